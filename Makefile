# SPDX-License-Identifier: EUPL-1.2
# isac: a toolkit for ISACs.  See README.md.

VERSION = 0.2.0

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/isac
COMPDIR ?= $(PREFIX)/share/bash-completion/completions
LOCALEDIR ?= $(PREFIX)/share/locale

CFLAGS ?= -O2 -g
WARNFLAGS ?= -Wall -Wextra -Werror
ALL_CFLAGS = -std=c17 $(WARNFLAGS) $(CFLAGS) $(CPPFLAGS) -Ilib \
	-D_DEFAULT_SOURCE -DVERSION='"$(VERSION)"' -DDATADIR='"$(DATADIR)"' \
	-DLOCALEDIR='"$(LOCALEDIR)"'
LDLIBS = -lcsv -lunistring -lzip -lexpat -lm -lxlsxwriter

# Build directory: `make asan' builds a second tree beside the first.
B = build

# Every cmd/isac-*.c is a program; every lib/*.c is part of the library;
# cmd/common.c is what only programs do (usage, messages, exit).
PROGS = $(patsubst cmd/%.c,%,$(wildcard cmd/isac-*.c))
LIBOBJS = $(patsubst lib/%.c,$(B)/%.o,$(wildcard lib/*.c))
CMDOBJS = $(B)/common.o
HEADERS = $(wildcard lib/*.h) cmd/common.h
MAN1 = $(PROGS:%=man/%.1)
MAN5 = man/isac-formats.5
MAN7 = man/isac.7
DATA = $(wildcard share/isac/*.csv)
EXAMPLES = $(wildcard share/isac/examples/*.csv)
TESTS ?= t

# The message catalogues (gettext): po/LANG.po, kept by translators, is
# compiled to $(B)/locale/LANG/LC_MESSAGES/isac.mo, where the programs in
# $(B) find it (data.c).  po/isac.pot is made from the sources by `make
# pot', and `make update-po' merges it into every po/LANG.po.  xgettext
# learns which arguments are messages from the functions that take them.
LINGUAS = $(patsubst po/%.po,%,$(wildcard po/*.po))
MOS = $(LINGUAS:%=$(B)/locale/%/LC_MESSAGES/isac.mo)
XGETTEXT_OPTS = --from-code=UTF-8 -L C --add-comments=TRANSLATORS: \
	--package-name=isac --package-version=$(VERSION) \
	--msgid-bugs-address="the isac project (README.md)" --no-wrap --sort-by-file \
	-k_ -kN_ -kP_:1,2 -kdiag_set:4 -kdiag_setn:5,6 -kusage:1 -knotice:1 -kwarning:1 -kwb_fail:3 \
	-kbook_fail:2 --flag=diag_set:4:c-format --flag=diag_setn:5:c-format --flag=diag_setn:6:c-format --flag=usage:1:c-format \
	--flag=warning:1:c-format --flag=notice:1:c-format --flag=wb_fail:3:c-format \
	--flag=book_fail:2:c-format

SANFLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all

all: deps-check $(PROGS:%=$(B)/%) $(MOS)

$(B):
	mkdir -p $@

$(B)/%.o: lib/%.c $(HEADERS) | $(B)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/common.o: cmd/common.c $(HEADERS) | $(B)
	$(CC) $(ALL_CFLAGS) -Icmd -c -o $@ $<

$(B)/isac-%: cmd/isac-%.c $(CMDOBJS) $(LIBOBJS) $(HEADERS)
	$(CC) $(ALL_CFLAGS) -Icmd $(LDFLAGS) -o $@ $< $(CMDOBJS) $(LIBOBJS) \
		$(LDLIBS)

$(B)/locale/%/LC_MESSAGES/isac.mo: po/%.po
	@mkdir -p $(@D)
	msgfmt --check -o $@ $<

POT = po/isac.pot
pot:
	xgettext $(XGETTEXT_OPTS) -o $(POT) cmd/*.c cmd/*.h lib/*.c

update-po: pot
	for l in $(LINGUAS); do \
		msgmerge -q --no-wrap --update --backup=none po/$$l.po po/isac.pot; \
	done

# Test helpers: t/*.c, each a small driver of one lib/ module.
TESTPROGS = $(patsubst t/%.c,$(B)/%,$(wildcard t/*.c))
$(B)/%: t/%.c $(LIBOBJS) $(HEADERS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIBOBJS) $(LDLIBS)

# Names the missing build and test packages, or installs them (deps).
deps-check:
	@sh .ci/deps --check build

deps:
	sh .ci/deps --install

demo: all
	$(B)/isac-score share/isac/examples/answers-2026.csv

check: all $(TESTPROGS)
	@sh .ci/deps --check test
	B=$(B) sh t/run $(TESTS)

# The tests that change the machine they run on, in t/install/ (the
# Debian package installed with apt-get, as root): never part of check,
# whose bats does not look into subdirectories; CI (.ci/run) runs them.
check-install: all
	@sh .ci/deps --check test
	B=$(B) sh t/run t/install

asan:
	$(MAKE) B=build-asan CFLAGS='$(SANFLAGS)' LDFLAGS='$(SANFLAGS)' check

# libFuzzer targets (fuzz/*.c, clang), each run for FUZZTIME seconds,
# seeded from t/data/ and share/isac/; what they find lands in $(B)/fuzz/.
FUZZCC = clang
FUZZTIME = 60
FUZZLEN = 140000
FUZZSAN = -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZOBJS = $(patsubst lib/%.c,$(B)/fuzz/lib/%.o,$(wildcard lib/*.c))
FUZZERS = $(patsubst fuzz/%.c,$(B)/fuzz/%,$(wildcard fuzz/*.c))

$(B)/fuzz/lib/%.o: lib/%.c $(HEADERS)
	@mkdir -p $(B)/fuzz/lib
	$(FUZZCC) $(ALL_CFLAGS:-O2=-O1) $(FUZZSAN) -fsanitize=fuzzer-no-link \
		-c -o $@ $<

$(B)/fuzz/%: fuzz/%.c fuzz/fuzz.h $(FUZZOBJS)
	$(FUZZCC) $(ALL_CFLAGS:-O2=-O1) $(FUZZSAN) -fsanitize=fuzzer \
		-o $@ $< $(FUZZOBJS) $(LDLIBS)

fuzz: $(FUZZERS)
	@for f in $(FUZZERS); do \
		n=$${f##*/}; mkdir -p $$f.corpus; \
		echo "fuzz: $$n for $(FUZZTIME) s"; \
		ISAC_DATADIR=share/isac $$f -max_total_time=$(FUZZTIME) \
		    -max_len=$(FUZZLEN) -timeout=20 -rss_limit_mb=2048 \
		    -artifact_prefix=$$f- -print_final_stats=1 \
		    $$f.corpus fuzz/seeds t/data share/isac 2>$$f.log || \
		    { tail -40 $$f.log; exit 1; }; \
		grep -E '^stat::number_of_executed_units' $$f.log; \
	done

# The benchmark (bench/run): not part of check; BENCH_BIG=1 adds 10M rows.
bench: all $(B)/csvcount
	B=$(B) sh bench/run

$(B)/csvcount: bench/csvcount.c | $(B)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ bench/csvcount.c $(LDLIBS)

# Every program over the fixtures under valgrind: any error or leak fails.
valgrind: all
	B=$(B) sh t/valgrind.sh

.PHONY: bench fuzz valgrind

lint-man:
	@for f in $(MAN1) $(MAN5) $(MAN7); do \
		out=$$(groff -man -ww -z $$f 2>&1); \
		[ -z "$$out" ] || { echo "$$f: $$out"; exit 1; }; \
	done

# install copies each file and adds its installed path (without DESTDIR),
# and that of each directory it had to make, to the list MANIFEST, as it
# goes, so that even an install that failed half way can be undone.
# uninstall removes the files listed, then those of the directories listed
# that are empty, and so never a file install did not write (DATADIR may
# hold a user's own models, examples/records a user's notes).  Paths reach
# the shell as single-quoted words, $(call q,...), never as shell text;
# the files installed are found by the shell's globs.
MANIFEST = $(DATADIR)/.installed

# $(call q,TEXT): TEXT as one single-quoted shell word.
q = '$(subst ','\'',$(1))'

# install's shell functions, which add to the list in the file $l (a
# temporary file until the directory of MANIFEST is made, then MANIFEST):
#   mkd DIR           makes DIR and its parents, listing those it made;
#   put MODE SRC DEST copies SRC to the file DEST with MODE;
#   lnk TARGET DEST   makes DEST a symbolic link to TARGET.
INSTALL_FUNCS = \
	mkd() { [ ! -d "$$D$$1" ] || return 0; \
		case $$1 in /|.) mkdir -p -- "$$D$$1"; return;; esac; \
		mkd "$$(dirname -- "$$1")"; mkdir -- "$$D$$1"; \
		printf '%s/\n' "$$1" >>"$$l"; }; \
	put() { mkd "$$(dirname -- "$$3")"; \
		install -m "$$1" -- "$$2" "$$D$$3"; printf '%s\n' "$$3" >>"$$l"; }; \
	lnk() { mkd "$$(dirname -- "$$2")"; \
		ln -sf -- "$$1" "$$D$$2"; printf '%s\n' "$$2" >>"$$l"; }

install: all
	@set -e; $(INSTALL_FUNCS); \
	D=$(call q,$(DESTDIR)); B=$(call q,$(B)); M=$(call q,$(MANIFEST)); \
	BIN=$(call q,$(BINDIR)); MAN=$(call q,$(MANDIR)); \
	DATA=$(call q,$(DATADIR)); COMP=$(call q,$(COMPDIR)); \
	LOC=$(call q,$(LOCALEDIR)); \
	if [ "$$(printf %s "$$D$$M$$BIN$$MAN$$DATA$$COMP$$LOC" | wc -l)" != 0 ]; \
	then echo "install: a newline in a directory name" >&2; exit 2; fi; \
	l=$$(mktemp); mkd "$$(dirname -- "$$M")"; \
	cat -- "$$l" >>"$$D$$M"; rm -f -- "$$l"; l=$$D$$M; \
	for c in cmd/isac-*.c; do p=$${c#cmd/}; p=$${p%.c}; \
		put 755 "$$B/$$p" "$$BIN/$$p"; \
		put 644 "man/$$p.1" "$$MAN/man1/$$p.1"; \
		[ "$$p" = isac-score ] || lnk isac-score "$$COMP/$$p"; \
	done; \
	put 644 completion/isac "$$COMP/isac-score"; \
	for f in po/*.po; do f=$${f#po/}; f=$${f%.po}; \
		put 644 "$$B/locale/$$f/LC_MESSAGES/isac.mo" \
		    "$$LOC/$$f/LC_MESSAGES/isac.mo"; done; \
	for f in man/*.5; do put 644 "$$f" "$$MAN/man5/$${f#man/}"; done; \
	for f in man/*.7; do put 644 "$$f" "$$MAN/man7/$${f#man/}"; done; \
	for f in share/isac/*.csv share/isac/examples/*.csv; do \
		put 644 "$$f" "$$DATA/$${f#share/isac/}"; done; \
	find share/isac/examples/records -type f | LC_ALL=C sort | \
	while IFS= read -r f; do m=644; [ ! -x "$$f" ] || m=755; \
		put $$m "$$f" "$$DATA/$${f#share/isac/}"; done; \
	LC_ALL=C sort -u -o "$$D$$M" -- "$$D$$M"; \
	echo "install: the files installed are listed in $$D$$M"

uninstall:
	@D=$(call q,$(DESTDIR)); M=$(call q,$(MANIFEST)); \
	if [ ! -f "$$D$$M" ]; then echo "uninstall: no list of" \
		"installed files $$D$$M: nothing removed" >&2; exit 2; fi; \
	while IFS= read -r f; do case $$f in ''|*/) ;; \
		*) rm -f -- "$$D$$f" || exit 2;; esac; done <"$$D$$M"; \
	dirs=$$(LC_ALL=C sort -r -- "$$D$$M") && rm -f -- "$$D$$M" && \
	printf '%s\n' "$$dirs" | while IFS= read -r f; do case $$f in */) \
		rmdir -- "$$D$$f" 2>/dev/null || :;; esac; done

clean:
	rm -rf build build-asan

# The Debian package, built from a copy of the files git tracks (or would
# track) in $(B)/deb/, so that the tree stays clean; the .deb lands in $(B).
deb:
	rm -rf $(B)/deb
	mkdir -p $(B)/deb/isac-$(VERSION)
	git ls-files -co --exclude-standard | \
		tar -cf - -T - | tar -xf - -C $(B)/deb/isac-$(VERSION)
	cd $(B)/deb/isac-$(VERSION) && \
		DEB_BUILD_OPTIONS="$${DEB_BUILD_OPTIONS:-nocheck parallel=2}" \
		dpkg-buildpackage -us -uc -b
	mv $(B)/deb/isac_$(VERSION)-*.deb $(B)/

# Objects are kept between builds, not removed as intermediate files.
.SECONDARY:

.PHONY: all asan check check-install clean deb demo deps deps-check \
	install lint-man pot uninstall update-po

# isac: a toolkit for ISACs.  See README.md.

VERSION = 0.2.0

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/isac
COMPDIR ?= $(PREFIX)/share/bash-completion/completions

CFLAGS ?= -O2 -g
WARNFLAGS ?= -Wall -Wextra -Werror
ALL_CFLAGS = -std=c17 $(WARNFLAGS) $(CFLAGS) $(CPPFLAGS) -Ilib \
	-D_DEFAULT_SOURCE -DVERSION='"$(VERSION)"' -DDATADIR='"$(DATADIR)"'
LDLIBS = -lcsv -lunistring

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

SANFLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all

all: deps-check $(PROGS:%=$(B)/%)

$(B):
	mkdir -p $@

$(B)/%.o: lib/%.c $(HEADERS) | $(B)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/common.o: cmd/common.c $(HEADERS) | $(B)
	$(CC) $(ALL_CFLAGS) -Icmd -c -o $@ $<

$(B)/isac-%: cmd/isac-%.c $(CMDOBJS) $(LIBOBJS) $(HEADERS)
	$(CC) $(ALL_CFLAGS) -Icmd $(LDFLAGS) -o $@ $< $(CMDOBJS) $(LIBOBJS) \
		$(LDLIBS)

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

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7 \
		$(DESTDIR)$(DATADIR)/examples
	for p in $(PROGS); do cp $(B)/$$p $(DESTDIR)$(BINDIR)/; done
	cp $(MAN1) $(DESTDIR)$(MANDIR)/man1/
	cp $(MAN5) $(DESTDIR)$(MANDIR)/man5/
	cp $(MAN7) $(DESTDIR)$(MANDIR)/man7/
	cp $(DATA) $(DESTDIR)$(DATADIR)/
	cp $(EXAMPLES) $(DESTDIR)$(DATADIR)/examples/
	cp -R share/isac/examples/records $(DESTDIR)$(DATADIR)/examples/
	mkdir -p $(DESTDIR)$(COMPDIR)
	cp completion/isac $(DESTDIR)$(COMPDIR)/isac-score
	for p in $(PROGS); do [ $$p = isac-score ] || \
		ln -sf isac-score $(DESTDIR)$(COMPDIR)/$$p; done

# Removes what install put there, file by file, and the directories only
# when that leaves them empty: DATADIR may hold a user's own models.
uninstall:
	for p in $(PROGS); do rm -f $(DESTDIR)$(BINDIR)/$$p; done
	for f in $(MAN1); do rm -f $(DESTDIR)$(MANDIR)/man1/$${f#man/}; done
	rm -f $(DESTDIR)$(MANDIR)/man5/isac-formats.5
	rm -f $(DESTDIR)$(MANDIR)/man7/isac.7
	for f in $(DATA) $(EXAMPLES); do \
		rm -f $(DESTDIR)$(DATADIR)/$${f#share/isac/}; done
	rm -rf $(DESTDIR)$(DATADIR)/examples/records
	for p in $(PROGS); do rm -f $(DESTDIR)$(COMPDIR)/$$p; done
	-rmdir $(DESTDIR)$(COMPDIR) $$(dirname $(DESTDIR)$(COMPDIR)) 2>/dev/null
	-rmdir $(DESTDIR)$(DATADIR)/examples $(DESTDIR)$(DATADIR) 2>/dev/null

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

.PHONY: all asan check clean deb demo deps deps-check install lint-man \
	uninstall

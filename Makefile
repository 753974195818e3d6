# isac: a toolkit for ISACs.  See README.md.

VERSION = 0.1.0

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/isac

CFLAGS ?= -O2 -g
WARNFLAGS ?= -Wall -Wextra -Werror
ALL_CFLAGS = -std=c17 $(WARNFLAGS) $(CFLAGS) $(CPPFLAGS) -Ilib \
	-D_DEFAULT_SOURCE -DVERSION='"$(VERSION)"' -DDATADIR='"$(DATADIR)"'
LDLIBS = -lcsv

# Build directory: `make asan' builds a second tree beside the first.
B = build

PROGS = isac-score
LIBOBJS = $(B)/answers.o $(B)/csv.o $(B)/data.o $(B)/diag.o \
	$(B)/model.o $(B)/score.o $(B)/strtab.o $(B)/tally.o $(B)/text.o
MAN1 = $(PROGS:%=man/%.1)
MAN5 = man/isac-formats.5
MAN7 = man/isac.7
DATA = share/isac/*.csv
EXAMPLES = share/isac/examples/*

SANFLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all

all: deps-check $(PROGS:%=$(B)/%)

$(B):
	mkdir -p $@

$(B)/%.o: lib/%.c lib/isac.h | $(B)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/isac-%: cmd/isac-%.c $(LIBOBJS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIBOBJS) $(LDLIBS)

# A test helper: prints what the CSV reader reads, as JSON.
$(B)/csvdump: t/csvdump.c $(LIBOBJS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIBOBJS) $(LDLIBS)

# Names the missing build and test packages, or installs them (deps).
deps-check:
	@sh .ci/deps --check build

deps:
	sh .ci/deps --install

demo: all
	$(B)/isac-score share/isac/examples/answers-2026.csv

check: all $(B)/csvdump
	@sh .ci/deps --check test
	B=$(B) sh t/run

asan:
	$(MAKE) B=build-asan CFLAGS='$(SANFLAGS)' LDFLAGS='$(SANFLAGS)' check

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

uninstall:
	for p in $(PROGS); do rm -f $(DESTDIR)$(BINDIR)/$$p; done
	for f in $(MAN1); do rm -f $(DESTDIR)$(MANDIR)/man1/$${f#man/}; done
	rm -f $(DESTDIR)$(MANDIR)/man5/isac-formats.5
	rm -f $(DESTDIR)$(MANDIR)/man7/isac.7
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build build-asan

.PHONY: all asan check clean demo deps deps-check install lint-man uninstall

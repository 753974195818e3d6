# SPDX-License-Identifier: EUPL-1.2
# The build, the installation, the data directory and the manual pages.
load test_helper

programs() {
	ls "$TOP"/cmd/isac-*.c | sed 's|.*/||; s|\.c$||'
}

@test "build: every program has --help (exit 0), --version and exits 2 on a usage error" {
	for p in $(programs); do
		run -0 --separate-stderr "$p" --help
		assert_line --index 0 --partial "usage: $p"
		run -0 "$p" --version
		assert_output --regexp "^$p [0-9.]+$"
		run -2 --separate-stderr "$p" --no-such-option
		[ -z "$output" ]
	done
}

@test "build: every program and file format has a manual page, clean under groff -ww" {
	for page in $(programs | sed 's|$|.1|') isac.7 isac-formats.5; do
		[ -f "$TOP/man/$page" ]
		run -0 --separate-stderr groff -man -ww -z "$TOP/man/$page"
		assert_equal "$stderr" ""
		run -0 --separate-stderr groff -man -Tutf8 -P-cbou "$TOP/man/$page"
		assert_output --partial "EXIT STATUS"
		assert_output --partial "EXAMPLES"
	done
}

@test "build: make install puts programs, pages and data under DESTDIR and PREFIX, and uninstall removes them" {
	d="$BATS_TEST_TMPDIR/dest"
	make -s -C "$TOP" B="${ISAC_BUILD##*/}" install DESTDIR="$d" PREFIX=/opt/isac >/dev/null
	[ -x "$d/opt/isac/bin/isac-score" ]
	[ -f "$d/opt/isac/share/man/man1/isac-score.1" ]
	[ -f "$d/opt/isac/share/man/man5/isac-formats.5" ]
	[ -f "$d/opt/isac/share/man/man7/isac.7" ]
	[ -f "$d/opt/isac/share/isac/model.en.csv" ]
	[ -f "$d/opt/isac/share/isac/model.nl.csv" ]
	[ -f "$d/opt/isac/share/isac/examples/answers-2026.csv" ]
	make -s -C "$TOP" B="${ISAC_BUILD##*/}" uninstall DESTDIR="$d" PREFIX=/opt/isac >/dev/null
	[ ! -e "$d/opt/isac/bin/isac-score" ]
	[ ! -e "$d/opt/isac/share/isac" ]
	[ ! -e "$d/opt/isac/share/man/man1/isac-score.1" ]
	# Every directory install made is gone with it.
	[ ! -e "$d/opt" ]
}

# install_in DEST PREFIX, uninstall_in DEST PREFIX: make install or
# uninstall with DESTDIR=DEST.
install_in() {
	make -s -C "$TOP" B="${ISAC_BUILD##*/}" install DESTDIR="$1" PREFIX="$2"
}
uninstall_in() {
	make -s -C "$TOP" B="${ISAC_BUILD##*/}" uninstall DESTDIR="$1" PREFIX="$2"
}

@test "build: make install lists what it wrote in DATADIR/.installed, and uninstall removes exactly that" {
	d="$BATS_TEST_TMPDIR/dest"
	# What was there before: a program of another package, a model of
	# the user's own in the data directory.
	mkdir -p "$d/opt/isac/bin" "$d/opt/isac/share/isac"
	echo other >"$d/opt/isac/bin/other-tool"
	echo mine >"$d/opt/isac/share/isac/model.fr.csv"
	run -0 install_in "$d" /opt/isac
	assert_output "install: the files installed are listed in $d/opt/isac/share/isac/.installed"
	run -0 cat "$d/opt/isac/share/isac/.installed"
	assert_line "/opt/isac/bin/isac-score"
	assert_line "/opt/isac/share/bash-completion/completions/isac-render"
	assert_line "/opt/isac/share/isac/examples/records/cron/yearly"
	assert_line "/opt/isac/share/man/"
	refute_line "/opt/isac/bin/"
	refute_line "/opt/isac/share/isac/"
	refute_line --partial "model.fr.csv"
	# A second install over the first lists what both made.
	install_in "$d" /opt/isac >/dev/null
	# What the user adds after install.
	echo notes >"$d/opt/isac/share/isac/examples/notes.txt"
	run -0 uninstall_in "$d" /opt/isac
	assert_output ""
	run -0 find "$d" -type f
	assert_equal "${#lines[@]}" 3
	assert_line "$d/opt/isac/bin/other-tool"
	assert_line "$d/opt/isac/share/isac/model.fr.csv"
	assert_line "$d/opt/isac/share/isac/examples/notes.txt"
	[ ! -e "$d/opt/isac/share/man" ]
	[ ! -e "$d/opt/isac/share/bash-completion" ]
}

@test "build: install and uninstall take a PREFIX with spaces, quotes, ; and backticks as it is, and remove nothing beside it" {
	d="$BATS_TEST_TMPDIR/dest"
	mkdir -p "$d/dir"
	echo keep >"$d/dir/file"
	install_in "$d" "/dir/file x" >/dev/null
	[ -x "$d/dir/file x/bin/isac-score" ]
	[ -f "$d/dir/file x/share/isac/examples/records/Makefile" ]
	uninstall_in "$d" "/dir/file x"
	[ ! -e "$d/dir/file x" ]
	run -0 cat "$d/dir/file"
	assert_output keep
	p="/o'k; \`id>$BATS_TEST_TMPDIR/PWNED\` & x"
	install_in "$d" "$p" >/dev/null
	[ -x "$d$p/bin/isac-score" ]
	[ -f "$d$p/share/isac/model.en.csv" ]
	uninstall_in "$d" "$p"
	run -0 find "$d" "$BATS_TEST_TMPDIR" -name "*PWNED"
	assert_output ""
	run -0 find "$d"
	assert_output "$d
$d/dir
$d/dir/file"
}

@test "build: make uninstall without the list of installed files removes nothing and says so" {
	d="$BATS_TEST_TMPDIR/dest"
	mkdir -p "$d/opt/isac/bin"
	echo "by hand" >"$d/opt/isac/bin/isac-score"
	run -2 --separate-stderr uninstall_in "$d" /opt/isac
	assert_equal "${stderr_lines[0]}" "uninstall: no list of installed files $d/opt/isac/share/isac/.installed: nothing removed"
	run -0 cat "$d/opt/isac/bin/isac-score"
	assert_output "by hand"
}

@test "build: an installed program finds its data beside it, away from the source tree" {
	d="$BATS_TEST_TMPDIR/dest"
	make -s -C "$TOP" B="${ISAC_BUILD##*/}" install DESTDIR="$d" PREFIX=/usr >/dev/null
	mv "$d/usr" "$BATS_TEST_TMPDIR/moved"
	cd "$BATS_TEST_TMPDIR"
	run -0 "$BATS_TEST_TMPDIR/moved/bin/isac-score" -T -l nl
	assert_line --index 1 --partial "Is er een gemeenschappelijk"
	run -0 "$BATS_TEST_TMPDIR/moved/bin/isac-score" "$BATS_TEST_TMPDIR/moved/share/isac/examples/answers-2026.csv"
	assert_line "SAP,1,7,7,2,4,0,8,0"
}

@test "build: ISAC_DATADIR overrides where the data is found" {
	mkdir "$BATS_TEST_TMPDIR/data"
	cp "$DATA/model-small.csv" "$BATS_TEST_TMPDIR/data/model.en.csv"
	ISAC_DATADIR="$BATS_TEST_TMPDIR/data" run -0 isac-score -T -l en
	assert_line --index 1 "ACT.1.1,ACT,1,Do the participants share information?,,,"
	ISAC_DATADIR="$BATS_TEST_TMPDIR/data" run -2 --separate-stderr isac-score -T -l nl
	assert_equal "$stderr" "isac-score: $BATS_TEST_TMPDIR/data/model.nl.csv: No such file or directory (set ISAC_DATADIR to the directory of the isac data)"
}

@test "build: the README's demo runs the bundled example" {
	run -0 make -s -C "$TOP" B="${ISAC_BUILD##*/}" demo
	assert_line "SAP,1,7,7,2,4,0,8,0"
}

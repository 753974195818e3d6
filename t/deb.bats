# The Debian package: make deb builds it from a copy of the tree, lintian
# finds no error in it, and (as root, as in CI) it installs, works from
# the installed paths, and is removed again.
load test_helper

DEB_NAME="isac_0.2.0-1_$(dpkg --print-architecture)"

setup_file() {
	# One build for the whole file, outside the source tree.
	export DEBB="$BATS_FILE_TMPDIR/b"
	make -s -C "$BATS_TEST_DIRNAME/.." deb B="$DEBB" \
		>"$BATS_FILE_TMPDIR/deb.log" 2>&1 ||
		{ cat "$BATS_FILE_TMPDIR/deb.log" >&3; return 1; }
}

# A package this file installed is removed even when its test fails.
teardown() {
	if [ -e "$BATS_TEST_TMPDIR/installed" ]; then
		DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq isac >/dev/null 2>&1 || :
	fi
}

@test "deb: make deb builds the package from a copy, leaving the tree as it was" {
	[ -f "$DEBB/$DEB_NAME.deb" ]
	# The copy holds what git would track, the build happened there.
	[ -f "$DEBB/deb/isac-0.2.0/debian/rules" ]
	[ ! -e "$DEBB/deb/isac-0.2.0/.git" ]
	[ ! -e "$TOP/debian/isac" ]
	[ ! -e "$TOP/debian/.debhelper" ]
	run -0 git -C "$TOP" status --porcelain --ignored -- debian
	refute_output --partial "debian/isac"
	refute_output --partial "debian/files"
}

@test "deb: the package holds the programs, pages, data, examples and completion, under /usr" {
	run -0 dpkg-deb -c "$DEBB/$DEB_NAME.deb"
	for f in ./usr/bin/isac-score ./usr/bin/isac-gap ./usr/bin/isac-plan \
	    ./usr/bin/isac-roster ./usr/bin/isac-render \
	    ./usr/share/man/man1/isac-score.1.gz ./usr/share/man/man5/isac-formats.5.gz \
	    ./usr/share/man/man7/isac.7.gz ./usr/share/isac/model.nl.csv \
	    ./usr/share/isac/examples/answers-2026.csv \
	    ./usr/share/isac/examples/records/Makefile \
	    ./usr/share/isac/examples/records/.gitattributes \
	    ./usr/share/isac/examples/records/hooks/pre-commit \
	    ./usr/share/bash-completion/completions/isac-score \
	    ./usr/share/bash-completion/completions/isac-render \
	    ./usr/share/doc/isac/copyright; do
		assert_line --regexp " $f( |$)"
	done
	refute_output --partial "/usr/local"
	run -0 dpkg-deb -f "$DEBB/$DEB_NAME.deb" Package Depends
	assert_line "Package: isac"
	assert_line --regexp "^Depends: .*libcsv3"
}

@test "deb: lintian finds no error in the package" {
	run -0 --separate-stderr lintian "$DEBB/$DEB_NAME.deb"
	refute_line --regexp "^E: "
}

@test "deb: installed with apt-get, each program runs from /usr/bin with its data in /usr/share/isac, and is removed again" {
	# Installing a package system-wide needs root; CI runs as root.
	[ "$(id -u)" = 0 ] || skip "installing a .deb needs root (CI runs this)"
	! dpkg -s isac >/dev/null 2>&1 || skip "isac is installed on this machine already"
	cp "$DEBB/$DEB_NAME.deb" "$BATS_TEST_TMPDIR/"
	cd "$BATS_TEST_TMPDIR"
	touch "$BATS_TEST_TMPDIR/installed"
	run -0 env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$DEB_NAME.deb"
	for p in isac-score isac-gap isac-plan isac-roster isac-render; do
		run -0 "/usr/bin/$p" --version
		assert_output "$p 0.2.0"
	done
	# No ISAC_DATADIR, away from the tree: the data compiled in is found.
	run -0 /usr/bin/isac-score /usr/share/isac/examples/answers-2026.csv
	assert_line "SAP,1,7,7,2,4,0,8,0"
	run -0 /usr/bin/isac-score -T -l nl
	assert_line --index 1 --partial "Is er een gemeenschappelijk"
	# The example records repository, copied and run with the installed
	# programs only.
	cp -R /usr/share/isac/examples/records "$BATS_TEST_TMPDIR/isac"
	run -0 env PATH=/usr/bin:/bin make -s -C "$BATS_TEST_TMPDIR/isac"
	[ -s "$BATS_TEST_TMPDIR/isac/score.csv" ]
	[ -s "$BATS_TEST_TMPDIR/isac/report-2026.html" ]
	# Completion, as bash-completion loads it for an interactive shell.
	run -0 bash -c '. /usr/share/bash-completion/bash_completion
		__load_completion isac-render && complete -p isac-render'
	assert_output "complete -F _isac isac-render"
	run -0 env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq isac
	rm "$BATS_TEST_TMPDIR/installed"
	[ ! -e /usr/bin/isac-score ]
	[ ! -e /usr/share/isac/model.en.csv ]
	[ ! -e /usr/share/bash-completion/completions/isac-score ]
}

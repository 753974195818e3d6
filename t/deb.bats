# SPDX-License-Identifier: EUPL-1.2
# The Debian package: make deb builds it from a copy of the tree, and
# lintian finds no error in it.  Installing it changes the machine: that
# test is t/install/deb.bats, run by make check-install only.
load test_helper

DEB_NAME="isac_0.2.0-1_$(dpkg --print-architecture)"

setup_file() {
	# One build for the whole file, outside the source tree.
	export DEBB="$BATS_FILE_TMPDIR/b"
	make -s -C "$BATS_TEST_DIRNAME/.." deb B="$DEBB" \
		>"$BATS_FILE_TMPDIR/deb.log" 2>&1 ||
		{ cat "$BATS_FILE_TMPDIR/deb.log" >&3; return 1; }
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
	    ./usr/share/locale/nl/LC_MESSAGES/isac.mo \
	    ./usr/share/doc/isac/copyright; do
		assert_line --regexp " $f( |$)"
	done
	refute_output --partial "/usr/local"
	# dpkg lists the package's files, not make install's list.
	refute_output --partial ".installed"
	run -0 dpkg-deb -f "$DEBB/$DEB_NAME.deb" Package Depends
	assert_line "Package: isac"
	assert_line --regexp "^Depends: .*libcsv3"
	for l in libunistring libzip libexpat1 libxlsxwriter; do
		assert_line --regexp "^Depends: .*$l"
	done
}

@test "deb: lintian finds no error in the package" {
	run -0 --separate-stderr lintian "$DEBB/$DEB_NAME.deb"
	refute_line --regexp "^E: "
}

# SPDX-License-Identifier: EUPL-1.2
# The Debian package installed with apt-get, run from the installed paths
# and removed again.  This changes the machine it runs on, and so it is
# never part of make check: make check-install runs it (as root), and CI
# (.ci/run) runs that.
load ../test_helper

# This file is one directory down from the others.
TOP="$BATS_TEST_DIRNAME/../.."

DEB_NAME="isac_0.2.0-1_$(dpkg --print-architecture)"

setup_file() {
	# Asked for, and so a failure rather than a skip when it cannot run.
	if [ "$(id -u)" != 0 ]; then
		echo "make check-install installs a .deb with apt-get: run it as root" >&3
		return 1
	fi
	if dpkg -s isac >/dev/null 2>&1; then
		echo "make check-install: isac is installed on this machine already;" \
		    "remove it first (apt-get remove isac)" >&3
		return 1
	fi
	export DEBB="$BATS_FILE_TMPDIR/b"
	make -s -C "$TOP" deb B="$DEBB" >"$BATS_FILE_TMPDIR/deb.log" 2>&1 ||
		{ cat "$BATS_FILE_TMPDIR/deb.log" >&3; return 1; }
}

# The package this file installed is removed even when its test fails.
teardown() {
	if [ -e "$BATS_TEST_TMPDIR/installed" ]; then
		DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq isac >/dev/null 2>&1 || :
	fi
}

@test "deb: installed with apt-get, each program runs from /usr/bin with its data in /usr/share/isac, and is removed again" {
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
	# The Dutch messages, from /usr/share/locale.
	LANG=nl_NL.UTF-8 run -0 /usr/bin/isac-score --help
	assert_line --index 0 --regexp '^gebruik: isac-score '
	LANG=nl_NL.UTF-8 run -2 /usr/bin/isac-score -c foo
	assert_line --index 0 --partial 'onbekende consensusregel'
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
	[ ! -e /usr/share/locale/nl/LC_MESSAGES/isac.mo ]
}

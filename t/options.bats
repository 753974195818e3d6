# SPDX-License-Identifier: EUPL-1.2
# One letter, one meaning: a short option means the same in every program
# (issue 20), and the long names agree where the meaning does.
load test_helper

# options PROG: "X --long" for each short option in PROG's --help.
options() {
	"$1" --help | sed -n 's/^  -\([A-Za-z0-9]\), \(--[a-z-]*\).*/\1 \2/p'
}

@test "options: a short option names the same long option in all five programs" {
	for p in isac-score isac-gap isac-plan isac-roster isac-render; do
		options "$p"
	done | sort -u >"$BATS_TEST_TMPDIR/all"
	run -0 awk '{ n[$1]++; l[$1] = l[$1] " " $2 } END {
		for (k in n) if (n[k] > 1) print "-" k ":" l[k] }' "$BATS_TEST_TMPDIR/all"
	assert_output ""
	# the letters every program shares
	for p in isac-score isac-gap isac-plan isac-roster isac-render; do
		run -0 options "$p"
		assert_line "d --delimiter"
		assert_line "l --lang"
		assert_line "t --tsv"
		assert_line "h --help"
		assert_line "V --version"
	done
}

@test "options: isac-gap -T is no option, not a file named 2" {
	answers no >"$BATS_TEST_TMPDIR/a.csv"
	run -2 --separate-stderr isac-gap -T 2 "$BATS_TEST_TMPDIR/a.csv"
	assert_output ""
	assert_equal "${stderr_lines[0]}" "isac-gap: invalid option -- 'T'"
	run -1 isac-gap -g "$DATA/gap/targets.csv" "$BATS_TEST_TMPDIR/a.csv"
}

@test "options: isac(7) has a table of the shared options, and every program's letters agree with it" {
	run -0 grep -c '^\.It Fl [A-Za-z] Ta ' "$TOP/man/isac.7"
	[ "$output" -ge 20 ]
	for p in isac-score isac-gap isac-plan isac-roster isac-render; do
		options "$p"
	done | sort -u | while read -r k l; do
		grep -q "^\.It Fl $k Ta Fl \\\\${l#-} " "$TOP/man/isac.7" ||
		    { echo "-$k $l is not in isac(7)"; exit 1; }
	done
}

# SPDX-License-Identifier: EUPL-1.2
# t/test_helper.bash: loaded by every bats file.
bats_require_minimum_version 1.5.0
bats_load_library bats-support
bats_load_library bats-assert

DATA="$BATS_TEST_DIRNAME/data"
SHARE="$BATS_TEST_DIRNAME/../share/isac"
TOP="$BATS_TEST_DIRNAME/.."

# Runs are the same whatever the caller's locale and data directory, and
# a make run by a test is not a sub-make of the make that runs the suite.
unset ISAC_DATADIR LANGUAGE LC_ALL LC_MESSAGES MAKEFLAGS MAKELEVEL MFLAGS
export LANG=C

# answers DEFAULT [ID=ANSWER ...]: every question of the development model
# answered DEFAULT, except those named; ID= leaves one unanswered.
answers() {
	local def=$1
	shift
	awk -F, -v def="$def" -v ov="$*" '
		BEGIN {
			n = split(ov, a, " ")
			for (i = 1; i <= n; i++) {
				k = index(a[i], "=")
				o[substr(a[i], 1, k - 1)] = substr(a[i], k + 1)
			}
			print "id,answer"
		}
		NR > 1 { print $1 "," (($1 in o) ? o[$1] : def) }
	' "$SHARE/model.en.csv"
}

# row CAPABILITY: the score row of one capability from the last run.
row() {
	printf '%s\n' "$output" | grep "^$1,"
}

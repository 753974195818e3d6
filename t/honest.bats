# SPDX-License-Identifier: EUPL-1.2
# What is the guide's and what is the toolkit's (issue 21, section 6): no
# level for a capability answered all n/a, the desired-state target, the
# consensus word, the meeting count, and the man pages' wording.
load test_helper

setup() {
	H="$DATA/honest"
	S="$BATS_TEST_TMPDIR/score.csv"
	ROSTER="$SHARE/examples/roster.csv"
	NOLEVEL="isac-score: warning: capability ACT has no level: every question of it is n/a"
}

# --- no level -----------------------------------------------------------

@test "honest: a capability answered all n/a has no level, an empty cell and a warning naming it" {
	run -0 --separate-stderr isac-score "$H/all-na.csv"
	assert_output "capability,level,yes_1,applicable_1,yes_2,applicable_2,yes_3,applicable_3,unanswered
SAP,3,7,7,4,4,8,8,0
WM,3,6,6,5,5,3,3,0
ISM,3,1,1,2,2,5,5,0
SAL,3,2,2,5,5,4,4,0
ACT,,0,0,0,0,0,0,0"
	assert_equal "$stderr" "$NOLEVEL"
}

@test "honest: one applicable question is enough for a level" {
	sed 's/^ACT.3.2,n\/a,/ACT.3.2,no,/' "$H/all-na.csv" >"$BATS_TEST_TMPDIR/a.csv"
	run -0 --separate-stderr isac-score "$BATS_TEST_TMPDIR/a.csv"
	assert_line "ACT,2,0,0,0,0,0,1,0"
	[ -z "$stderr" ]
}

@test "honest: the no-level warning names the period, -q silences it" {
	run -0 --separate-stderr isac-score "$H/two-years.csv"
	assert_line "2023,ACT,,0,0,0,0,0,0,0"
	assert_line "2024,ACT,3,1,1,1,1,2,2,0"
	assert_equal "$stderr" "isac-score: warning: period '2023': capability ACT has no level: every question of it is n/a"
	run -0 --separate-stderr isac-score -q "$H/two-years.csv"
	[ -z "$stderr" ]
}

@test "honest: --explain lists nothing missing for a capability with no level" {
	run -0 isac-score -q -x "$H/all-na.csv"
	assert_line "ACT,,0,0,0,0,0,0,0,"
}

# --- render -------------------------------------------------------------

@test "honest: render shows no level as a word, in English and Dutch" {
	isac-score -q "$H/all-na.csv" >"$S"
	run -0 isac-render --tlp clear -f md "$S"
	assert_line "| ACT | Action | no level | 0/0 | 0/0 | 0/0 | 0 |"
	run -0 isac-render --tlp clear -f md -l nl "$S"
	assert_line "| ACT | Actie | geen niveau | 0/0 | 0/0 | 0/0 | 0 |"
}

@test "honest: the HTML grid says no level, and keeps the level attribute empty" {
	isac-score -q "$H/all-na.csv" >"$S"
	run -0 isac-render --tlp clear -f html "$S"
	assert_output --partial '<tr data-cap="ACT" data-level="">'
	assert_output --partial '<td class="level none" title="no level: every question n/a">no level</td>'
	refute_output --partial 'data-level="-'
}

@test "honest: the radar and bar charts label a capability with no level" {
	isac-score -q "$H/all-na.csv" >"$S"
	run -0 isac-render --tlp clear -f svg --chart radar "$S"
	assert_output --partial '>no level</text>'
	refute_output --partial 'level -'
	run -0 isac-render --tlp clear -f svg --chart bars "$S"
	assert_output --partial '>no level</text>'
}

@test "honest: the trend table says no level, the trend chart leaves the point out" {
	isac-score -q "$H/two-years.csv" >"$S"
	run -0 isac-render --tlp clear -f html "$S"
	assert_output --partial '<th scope="row">Action<span class="code">ACT</span></th><td class="lv" title="no level: every question n/a">no level</td><td class="lv l3">3'
	run -0 isac-render --tlp clear -f svg --chart trend "$S"
	assert_output --regexp 'data-cap="ACT">
<polyline [^>]* points="[0-9.]+,[0-9.]+"/>'
}

@test "honest: json keeps the empty level as an empty string" {
	isac-score -q "$H/all-na.csv" >"$S"
	run -0 isac-render -f json "$S"
	assert_line --partial '{"capability": "ACT", "level": "", "yes_1": "0"'
}

# --- gap ----------------------------------------------------------------

@test "honest: a capability with no level has no items and a gap of 0, whatever its target" {
	run -0 isac-gap -L 3 "$H/all-na.csv"
	assert_output "capability,level,id,answer,question,note"
	run -0 isac-gap -s -L 2 "$H/all-na.csv"
	assert_line "ACT,,2,0"
}

@test "honest: the gap summary of no level renders as a word" {
	isac-gap -s -L 2 "$H/all-na.csv" >"$S" || true
	run -0 isac-render --tlp clear -f html "$S"
	assert_output --partial '<tr data-cap="ACT"><th scope="row">Action<span class="code">ACT</span></th><td class="num">no level</td><td class="num">2</td><td class="num">0</td>'
}

@test "honest: changes per capability leave the change empty where a period has no level" {
	run -1 isac-gap -C -s "$H/two-years.csv"
	assert_line "ACT,,3,"
	assert_line "SAP,3,3,0"
}

@test "honest: a desired-state checklist that does not answer a capability keeps its current level" {
	run -1 --separate-stderr isac-gap -s -g "$H/desired-sap.csv" "$H/current.csv"
	assert_output "capability,current,target,gap
SAP,2,3,1
WM,2,2,0
ISM,2,2,0
SAL,2,2,0
ACT,2,2,0"
	[ -z "$stderr" ]
}

@test "honest: a desired-state checklist answered all n/a for a capability keeps its current level" {
	{
		cat "$H/desired-sap.csv"
		grep '^ACT' "$H/all-na.csv" | cut -d, -f1,2,4
	} >"$BATS_TEST_TMPDIR/d.csv"
	run -1 isac-gap -s -g "$BATS_TEST_TMPDIR/d.csv" "$H/current.csv"
	assert_line "ACT,2,2,0"
}

# --- consensus ----------------------------------------------------------

@test "honest: one yes and two no make partial, as isac-score(1) documents" {
	printf 'id,answer,respondent\nSAP.1.1,yes,Drinkwater Zuid\nSAP.1.1,no,Waterschap Noord\nSAP.1.1,no,Havenbedrijf West\n' >"$BATS_TEST_TMPDIR/a.csv"
	run -1 isac-gap -L 1 "$BATS_TEST_TMPDIR/a.csv"
	assert_line --index 1 --partial "SAP,1,SAP.1.1,partial,"
	run grep -c "one yes and two no make" "$TOP/man/isac-score.1"
	assert_output 1
}

# --- meetings and terms -------------------------------------------------

@test "honest: monthly meetings, which the guide allows, are no warning" {
	run -0 --separate-stderr isac-roster meetings -y 2027 -n 12 "$ROSTER"
	[ -z "$stderr" ]
	[ "${#lines[@]}" -eq 13 ]
	run -0 --separate-stderr isac-roster meetings -y 2027 -n 10 "$ROSTER"
	assert_equal "$stderr" "isac-roster: warning: 10 meetings a year: the guide speaks of four to eight"
}

# --- the man pages say what is the toolkit's ----------------------------

@test "honest: the man pages say the guide gives no formula for a level" {
	run grep -l "guide gives no formula" "$TOP/man/isac-score.1" "$TOP/man/isac.7"
	assert_equal "${#lines[@]}" 2
	run grep -c "toolkit's reading" "$TOP/man/isac-score.1"
	[ "$output" -ge 2 ]
}

@test "honest: the term of two years is the toolkit's default, not the guide's cycle" {
	run -1 grep -rn "cycle of evaluation" "$TOP/man" "$TOP/README.md" "$TOP/cmd"
	run -0 grep -c "The guide sets no term" "$TOP/man/isac-roster.1"
}

@test "honest: an owner per capability is said to be the toolkit's own" {
	run -0 grep -c "one owner: the toolkit's own idea" "$TOP/man/isac-plan.1"
	run -0 grep -c "owners belong to the topics" "$TOP/man/isac-plan.1"
}

@test "honest: the phase plans are called a condensed rendering, never transcribed" {
	run -1 grep -n "Dutch text is transcribed\|Dutch files are transcribed" "$TOP/man"/*
	run -0 grep -l "condensed rendering" "$TOP/man/isac-plan.1" \
	    "$TOP/man/isac-formats.5" "$TOP/man/isac.7" "$TOP/README.md"
	assert_equal "${#lines[@]}" 4
}

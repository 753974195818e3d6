# SPDX-License-Identifier: EUPL-1.2
# isac-plan: a development plan from the output of isac-gap.
load test_helper

setup() {
	A="$BATS_TEST_TMPDIR/answers.csv"
	GAP="$BATS_TEST_TMPDIR/gap.csv"
	P="$BATS_TEST_TMPDIR/plan.csv"
	G="$DATA/gap"
	HDR="step,capability,level,reaches,id,action,guidance,owner,status"
	# the gap of the example year to the targets SAP 2, WM 3
	isac-gap -g "$G/targets.csv" "$SHARE/examples/answers-2026.csv" >"$GAP" || true
}

# cols LIST: those columns of the last run's output, written with -t
cols() {
	printf '%s\n' "$output" | awk -F'\t' -v c="$1" '
		BEGIN { n = split(c, k, ",") }
		{ s = ""; for (i = 1; i <= n; i++) s = s (i > 1 ? "," : "") $k[i]; print s }'
}

# --- steps -------------------------------------------------------------

@test "plan: from all-no answers, two capabilities at a time, level 1 before level 2" {
	answers no >"$A"
	isac-gap -L 3 "$A" >"$GAP" || true
	run -0 isac-plan "$GAP"
	[ "${#lines[@]}" -eq 57 ]
	assert_equal "$(printf '%s\n' "${lines[@]:1}" | cut -d, -f1-4 | uniq | tr '\n' ' ')" \
	    "1,SAP,1,1 1,WM,1,1 2,SAP,2,2 2,WM,2,2 3,SAP,3,3 3,WM,3,3 4,ISM,1,1 4,SAL,1,1 5,ISM,2,2 5,SAL,2,2 6,ISM,3,3 6,SAL,3,3 7,ACT,1,1 8,ACT,2,2 9,ACT,3,3 "
}

@test "plan: --parallel sets how many capabilities a step takes" {
	answers no >"$A"
	isac-gap -L 2 "$A" >"$GAP" || true
	run -0 isac-plan --parallel 3 "$GAP"
	assert_equal "$(printf '%s\n' "${lines[@]:1}" | cut -d, -f1-3 | uniq | tr '\n' ' ')" \
	    "1,SAP,1 1,WM,1 1,ISM,1 2,SAP,2 2,WM,2 2,ISM,2 3,SAL,1 3,ACT,1 4,SAL,2 4,ACT,2 "
	run -0 isac-plan --parallel 1 "$GAP"
	assert_equal "$(printf '%s\n' "${lines[@]:1}" | cut -d, -f1-3 | uniq | tr '\n' ' ')" \
	    "1,SAP,1 2,SAP,2 3,WM,1 4,WM,2 5,ISM,1 6,ISM,2 7,SAL,1 8,SAL,2 9,ACT,1 10,ACT,2 "
}

@test "plan: a capability that is done makes room for the next in the following step" {
	answers yes SAP.2.1=no WM.1.1=no WM.2.1=no WM.3.1=no ISM.1.1=no >"$A"
	isac-gap -L 3 "$A" >"$GAP" || true
	run -0 isac-plan -t "$GAP"
	assert_equal "$(cols 1,2,3,4,5)" "step,capability,level,reaches,id
1,SAP,2,2,SAP.2.1
1,WM,1,1,WM.1.1
2,WM,2,2,WM.2.1
2,ISM,1,1,ISM.1.1
3,WM,3,3,WM.3.1"
}

@test "plan: --order gap takes first the gap spanning most levels, then the one of most items" {
	answers yes SAP.3.1=no WM.1.1=no ISM.2.1=no ISM.3.1=no SAL.2.1=no SAL.2.2=no >"$A"
	isac-gap -L 3 "$A" >"$GAP" || true
	run -0 isac-plan --order gap --parallel 1 "$GAP"
	assert_equal "$(printf '%s\n' "${lines[@]:1}" | cut -d, -f1-3 | uniq | tr '\n' ' ')" \
	    "1,ISM,2 2,ISM,3 3,SAL,2 4,SAP,3 5,WM,1 "
	run -0 isac-plan --order model --parallel 1 "$GAP"
	assert_equal "$(printf '%s\n' "${lines[@]:1}" | cut -d, -f1-3 | uniq | tr '\n' ' ')" \
	    "1,SAP,3 2,WM,1 3,ISM,2 4,ISM,3 5,SAL,2 "
}

@test "plan: reaches is the level held after the step, a met level in between counted" {
	answers yes SAP.1.1=no SAP.3.2=no >"$A"
	isac-gap -L 3 "$A" >"$GAP" || true
	run -0 isac-plan -t --parallel 1 "$GAP"
	assert_equal "$(cols 1,3,4,5)" "step,level,reaches,id
1,1,2,SAP.1.1
2,3,3,SAP.3.2"
}

@test "plan: every item of the gap is in the plan exactly once, in any input order" {
	answers no >"$A"
	isac-gap -L 3 "$A" | sed 1d | sort -r | sed '1i capability,level,id,answer,question' >"$GAP"
	run -0 isac-plan "$GAP"
	assert_equal "$(printf '%s\n' "${lines[@]:1}" | cut -d, -f5 | sort)" \
	    "$(sed 1d "$SHARE/model.en.csv" | cut -d, -f1 | sort)"
	run -0 isac-plan "$GAP"
	assert_line --index 1 --partial "1,SAP,1,1,SAP.1.1,"
}

@test "plan: an empty gap is an empty plan" {
	answers yes >"$A"
	isac-gap -L 3 "$A" >"$GAP"
	run -0 isac-plan "$GAP"
	assert_output "$HDR"
}

# --- the texts ---------------------------------------------------------

@test "plan: the action is the question as something to achieve, and the guidance the guide's tools" {
	run -0 isac-plan "$GAP"
	assert_line --index 2 "1,SAP,2,2,SAP.2.4,Adopt a coordinated communication strategy for the ISAC.,\"Consider staging a workshop to determine a strategy and activities schedule for the forthcoming year. | Record the strategy and activities schedule in an annual plan. | Schedule an evaluation at the end of the year to review the annual plan and make new agreements for the next year. | Ensure that the colleagues involved in communications and/or press relations know each other or can readily get in touch, by holding a meeting or creating an overview.\",,open,"
	assert_line --index 1 --partial ",,open,budget only for the kick-off"
}

@test "plan: where the guide names no tool for a level, the guidance is its features" {
	answers yes ACT.1.1=no >"$A"
	isac-gap -L 1 "$A" >"$GAP" || true
	run -0 isac-plan "$GAP"
	assert_line --index 1 "1,ACT,1,1,ACT.1.1,$(grep '^ACT.1.1,' "$SHARE/actions.en.csv" | cut -d, -f2-),$(grep '^ACT,1,feature,' "$SHARE/guidance.en.csv" | cut -d, -f4-),,open"
}

@test "plan: --lang nl writes the actions, guidance and status in Dutch" {
	run -0 isac-plan -l nl "$GAP"
	assert_line --index 2 --partial "1,SAP,2,2,SAP.2.4,$(grep '^SAP.2.4,' "$SHARE/actions.nl.csv" | cut -d, -f2-),"
	assert_line --index 2 --partial "$(grep '^SAP,2,tool,' "$SHARE/guidance.nl.csv" | head -1 | cut -d, -f4-) | "
	run -0 isac-plan -t -q -l nl -r "$G/register.csv" -e 2026-10-01 "$GAP"
	assert_equal "$(cols 5,9)" "id,status
SAP.2.3,gestart
SAP.2.4,heropend
WM.3.1,open
WM.3.2,vervallen
WM.3.3,open"
}

@test "plan: the gap's notes are carried into a note column" {
	run -0 isac-plan "$GAP"
	assert_line --index 0 "$HDR,note"
	assert_line --index 1 --partial ",open,budget only for the kick-off"
	cut -d, -f1-3 "$GAP" >"$BATS_TEST_TMPDIR/bare.csv"
	run -0 isac-plan "$BATS_TEST_TMPDIR/bare.csv"
	assert_line --index 0 "$HDR"
}

# --- owners and dates ----------------------------------------------------

@test "plan: --owners gives each capability an active fixed representative, round-robin" {
	answers no >"$A"
	isac-gap -L 1 "$A" >"$GAP" || true
	run -0 isac-plan -t -o "$G/roster.csv" "$GAP"
	assert_equal "$(cols 2,8 | uniq)" "capability,owner
SAP,Anna de Vries
WM,Carla Smit
ISM,Eva Visser
SAL,Anna de Vries
ACT,Carla Smit"
}

@test "plan: without --owners the owner is empty" {
	run -0 isac-plan -t "$GAP"
	assert_equal "$(cols 8 | sort -u)" "$(printf '\nowner')"
}

@test "plan: --start dates the steps, --step-months long, across a year end" {
	answers no >"$A"
	isac-gap -L 2 "$A" >"$GAP" || true
	run -0 isac-plan -t -S 2026-11-01 -M 2 "$GAP"
	assert_equal "$(cols 1,2,3,4,5,6,7,8,9,10,11 | head -1)" "$HDR,start,end"
	assert_equal "$(cols 1,10,11 | uniq)" "step,start,end
1,2026-11-01,2026-12-31
2,2027-01-01,2027-02-28
3,2027-03-01,2027-04-30
4,2027-05-01,2027-06-30
5,2027-07-01,2027-08-31
6,2027-09-01,2027-10-31"
	run -0 isac-plan -t -S 2027-10-01 "$GAP"
	assert_equal "$(cols 1,10,11 | uniq | sed -n 2,3p)" "1,2027-10-01,2027-12-31
2,2028-01-01,2028-03-31"
}

# --- the action register ---------------------------------------------------

@test "plan: --register keeps owner, status and note, reopens what was done before the evaluation, and counts" {
	run -0 --separate-stderr isac-plan -t -o "$G/roster.csv" -r "$G/register.csv" -e 2026-10-01 "$GAP"
	assert_equal "$(cols 5,8,9,10)" "id,owner,status,note
SAP.2.3,Eva Visser,started,asked the board
SAP.2.4,Anna de Vries,reopened,
WM.3.1,Carla Smit,open,
WM.3.2,Bram Jansen,dropped,evaluation planned for Q3
WM.3.3,Carla Smit,open,"
	assert_equal "$stderr" "isac-plan: $G/register.csv: 2 items met, 3 still missing, 2 new
isac-plan: warning: $G/register.csv:4: SAP.2.4 was done on 2026-06-15, but the evaluation after it still finds it missing: reopened"
}

@test "plan: a step done after the evaluation stays done" {
	run -0 --separate-stderr isac-plan -t -r "$G/register.csv" -e 2026-06-14 "$GAP"
	assert_equal "$(cols 5,9 | grep SAP.2.4)" "SAP.2.4,done"
	assert_equal "$stderr" "isac-plan: $G/register.csv: 2 items met, 3 still missing, 2 new"
	# the day it ends counts as after: done that day, still done
	run -0 isac-plan -t -q -r "$G/register.csv" -e 2026-06-15 "$GAP"
	assert_equal "$(cols 5,9 | grep SAP.2.4)" "SAP.2.4,done"
}

@test "plan: the gap's period says when the evaluation was, to the end of the period" {
	{ echo "period,id,answer"; answers yes SAP.2.4=no | sed 1d | sed 's/^/2026-Q1,/'; } >"$A"
	isac-gap -L 2 "$A" >"$GAP" || [ $? = 1 ]
	run -0 isac-plan -t -q -r "$G/register.csv" "$GAP"
	assert_equal "$(cols 5,9 | grep SAP.2.4)" "SAP.2.4,done"
	sed -i 's/2026-Q1,/2026-Q3,/' "$A"
	isac-gap -L 2 "$A" >"$GAP" || [ $? = 1 ]
	run -0 isac-plan -t -q -r "$G/register.csv" "$GAP"
	assert_equal "$(cols 5,9 | grep SAP.2.4)" "SAP.2.4,reopened"
	# -e says it when the period does not
	run -0 isac-plan -t -q -r "$G/register.csv" -e 2026-01-01 "$GAP"
	assert_equal "$(cols 5,9 | grep SAP.2.4)" "SAP.2.4,done"
}

@test "plan: a gap of two periods is refused" {
	{ echo "period,capability,level,id"; echo "2025,SAP,1,SAP.1.1"; echo "2026,SAP,1,SAP.1.2"; } >"$GAP"
	run -2 --separate-stderr isac-plan "$GAP"
	assert_equal "$stderr" "isac-plan: $GAP:3: period '2026', but the gap is of period '2025': a gap is made from one evaluation"
}

@test "plan: a step marked done without a date is kept done, with a warning that asks for the date" {
	sed 's/DONE,2026-06-15/DONE,/' "$G/register.csv" >"$BATS_TEST_TMPDIR/r.csv"
	run -0 --separate-stderr isac-plan -t -r "$BATS_TEST_TMPDIR/r.csv" -e 2026-10-01 "$GAP"
	assert_equal "$(cols 5,9 | grep SAP.2.4)" "SAP.2.4,done"
	assert_equal "${stderr#*$'\n'}" "isac-plan: warning: $BATS_TEST_TMPDIR/r.csv:4: SAP.2.4 is done but still missing in this gap; give the day it was done (column date) so that the next evaluation can tell"
}

@test "plan: the register's own dates and columns are kept, and the register is never written" {
	sed 's/^WM.3.2,Bram Jansen,vervallen,2026-04-01,\(.*\),$/WM.3.2,Bram Jansen,gestart,2026-04-01,\1,900/' "$G/register.csv" |
	    sed '1s/$/,start,end/; 2,$s/$/,,/; /^SAP.2.3/s/,,$/,2027-02-01,2027-05-31/' >"$BATS_TEST_TMPDIR/r.csv"
	cp "$BATS_TEST_TMPDIR/r.csv" "$BATS_TEST_TMPDIR/r.orig"
	run -0 isac-plan -t -q -r "$BATS_TEST_TMPDIR/r.csv" -S 2027-01-01 "$GAP"
	assert_equal "$(cols 5,9,10,11 | sed -n 2,3p)" "SAP.2.3,started,2027-02-01,2027-05-31
SAP.2.4,done,2027-01-01,2027-03-31"
	cmp "$BATS_TEST_TMPDIR/r.csv" "$BATS_TEST_TMPDIR/r.orig"
	sed -i 's/2027-02-01/1-2-2027x/' "$BATS_TEST_TMPDIR/r.csv"
	run -2 --separate-stderr isac-plan -r "$BATS_TEST_TMPDIR/r.csv" -S 2027-01-01 "$GAP"
	assert_equal "$stderr" "isac-plan: $BATS_TEST_TMPDIR/r.csv:3: bad date '1-2-2027x' in column 'start' (use YYYY-MM-DD or DD-MM-YYYY)"
}

@test "plan: a bad date in the register is an error, also on an item already met" {
	sed 's/^SAP.2.2,Carla Smit,done,2026-03-02/SAP.2.2,Carla Smit,done,31-02-2026/' "$G/register.csv" >"$BATS_TEST_TMPDIR/r.csv"
	run -2 --separate-stderr isac-plan -r "$BATS_TEST_TMPDIR/r.csv" "$GAP"
	assert_output ""
	assert_equal "$stderr" "isac-plan: $BATS_TEST_TMPDIR/r.csv:2: bad date '31-02-2026' in column 'date' (use YYYY-MM-DD or DD-MM-YYYY)"
}

@test "plan: -q keeps the counts and warnings about the register quiet" {
	run -0 --separate-stderr isac-plan -q -r "$G/register.csv" -e 2026-10-01 "$GAP"
	[ -z "$stderr" ]
}

@test "plan: --previous is --register by its older name" {
	run -0 isac-plan -q -r "$G/register.csv" "$GAP"
	a=$output
	run -0 isac-plan -q --previous "$G/register.csv" "$GAP"
	assert_equal "$output" "$a"
}

# --- phase plans -------------------------------------------------------

@test "plan: --template start and regional print the phase plans in English and Dutch" {
	run -0 isac-plan -T start -l en
	assert_equal "$output" "$(cat "$SHARE/template-start.en.csv")"
	run -0 isac-plan -T regional -l nl
	assert_equal "$output" "$(cat "$SHARE/template-regional.nl.csv")"
	run -0 isac-plan --template=start -l nl -t
	assert_line --index 0 "$(printf 'phase\tstep\taction\tguidance')"
	assert_line --index 1 --partial "$(printf '1. Verkennen\t1\tZoek binnen jouw sector')"
}

# --- errors ------------------------------------------------------------

@test "plan: an unknown id in the gap is an error naming file:line" {
	printf 'capability,level,id\nSAP,1,SAP.1.1\nSAP,1,SAP.1.99\n' >"$GAP"
	run -2 --separate-stderr isac-plan "$GAP"
	assert_equal "$stderr" "isac-plan: $GAP:3: unknown question id 'SAP.1.99'"
	[ -z "$output" ]
}

@test "plan: a gap item in the wrong capability or level is an error naming file:line" {
	printf 'capability,level,id\nWM,1,SAP.1.1\n' >"$GAP"
	run -2 --separate-stderr isac-plan "$GAP"
	assert_equal "$stderr" "isac-plan: $GAP:2: SAP.1.1 is in capability SAP, not 'WM'"
	printf 'capability,level,id\nSAP,2,SAP.1.1\n' >"$GAP"
	run -2 --separate-stderr isac-plan "$GAP"
	assert_equal "$stderr" "isac-plan: $GAP:2: SAP.1.1 is at level 1, not '2'"
}

@test "plan: a gap item listed twice is an error naming both lines" {
	printf 'capability,level,id\nSAP,1,SAP.1.1\nSAP,1,sap.1.1\n' >"$GAP"
	run -2 --separate-stderr isac-plan "$GAP"
	assert_equal "$stderr" "isac-plan: $GAP:3: SAP.1.1 listed twice (first on line 2)"
}

@test "plan: a gap without an id column is an error" {
	isac-gap -s -L 3 "$SHARE/examples/answers-2026.csv" >"$GAP" || true
	run -2 --separate-stderr isac-plan "$GAP"
	assert_equal "$stderr" "isac-plan: $GAP:1: no column 'level' (or 'niveau') in the header; found 'capability', 'current', 'target', 'gap' with delimiter ','"
}

@test "plan: a bad status in the previous plan is an error naming file:line" {
	printf 'id,status\nSAP.2.3,bezig\n' >"$P"
	run -2 --separate-stderr isac-plan -p "$P" "$GAP"
	assert_equal "$stderr" "isac-plan: $P:2: unknown status 'bezig' for SAP.2.3: use open, started, done, dropped or reopened"
	[ -z "$output" ]
}

@test "plan: an item twice or unknown in the previous plan is an error" {
	printf 'id,status\nSAP.2.3,open\nSAP.2.3,done\n' >"$P"
	run -2 --separate-stderr isac-plan -p "$P" "$GAP"
	assert_equal "$stderr" "isac-plan: $P:3: SAP.2.3 listed twice (first on line 2)"
	printf 'id,status\nXYZ.1,open\n' >"$P"
	run -2 --separate-stderr isac-plan -p "$P" "$GAP"
	assert_equal "$stderr" "isac-plan: $P:2: unknown question id 'XYZ.1'"
	printf 'id,owner\nSAP.2.3,Anna\n' >"$P"
	run -2 --separate-stderr isac-plan -p "$P" "$GAP"
	assert_equal "$stderr" "isac-plan: $P:1: no column 'status' in the header; found 'id', 'owner' with delimiter ','"
}

@test "plan: a roster with a bad rep, a bad date or no active fixed representative is an error" {
	R="$BATS_TEST_TMPDIR/roster.csv"
	printf 'org,name,rep,left\nA,Ann,chief,\n' >"$R"
	run -2 --separate-stderr isac-plan -o "$R" "$GAP"
	assert_equal "$stderr" "isac-plan: $R:2: unknown rep 'chief': use primary, substitute or nothing"
	printf 'org,name,rep,left\nA,Ann,vaste,\nA,Bob,plaatsvervanger,\n' >"$R"
	run -0 isac-plan -o "$R" "$GAP"
	assert_line --index 1 --partial ",Ann,open"
	printf 'org,name,rep,left\nA,Ann,primary,2026-02-30\n' >"$R"
	run -2 --separate-stderr isac-plan -o "$R" "$GAP"
	assert_equal "$stderr" "isac-plan: $R:2: bad date '2026-02-30' in column 'left'"
	printf 'org,name,rep,left\nA,Ann,primary,2026-01-31\nA,Bob,substitute,\n' >"$R"
	run -2 --separate-stderr isac-plan -o "$R" "$GAP"
	assert_equal "$stderr" "isac-plan: $R: no active fixed representative to own the plan"
	[ -z "$output" ]
}

@test "plan: usage errors" {
	run -2 --separate-stderr isac-plan --parallel 0 "$GAP"
	assert_equal "${stderr%%$'\n'*}" "isac-plan: --parallel takes a whole number from 1 to 99, not '0'"
	run -2 --separate-stderr isac-plan -M 2 "$GAP"
	assert_equal "${stderr%%$'\n'*}" "isac-plan: -M goes with -S"
	run -2 --separate-stderr isac-plan -S 2027-13-01 "$GAP"
	assert_equal "${stderr%%$'\n'*}" "isac-plan: -S takes a date YYYY-MM-DD, not '2027-13-01'"
	run -2 --separate-stderr isac-plan --order size "$GAP"
	assert_equal "${stderr%%$'\n'*}" "isac-plan: unknown order 'size': use model or gap"
	run -2 --separate-stderr isac-plan -T begin
	assert_equal "${stderr%%$'\n'*}" "isac-plan: unknown template 'begin': use start or regional"
	run -2 --separate-stderr isac-plan -T start "$GAP"
	assert_equal "${stderr%%$'\n'*}" "isac-plan: -T takes no gap and none of -M, -m, -o, -r, -S"
	run -2 --separate-stderr isac-plan "$GAP" "$GAP"
	assert_equal "${stderr%%$'\n'*}" "isac-plan: one gap at a time"
	run -2 --separate-stderr isac-plan -r - <"$GAP"
	assert_equal "${stderr%%$'\n'*}" "isac-plan: -r - and the gap cannot both be the standard input"
	run -2 --separate-stderr isac-plan -e 2026-10-01 "$GAP"
	assert_equal "${stderr%%$'\n'*}" "isac-plan: -e goes with -r"
}

# --- the man page's examples -----------------------------------------------

@test "plan: example: score, gap and plan in one pipeline, with last year's register" {
	run -0 --separate-stderr sh -c "isac-gap -g '$G/targets.csv' '$SHARE/examples/answers-2026.csv' |
	    isac-plan -t --owners '$G/roster.csv' --start 2027-01-01 --register '$G/register.csv' --evaluated 2026-10-01"
	assert_equal "$(cols 1,2,5,8,9,10,11)" "step,capability,id,owner,status,start,end
1,SAP,SAP.2.3,Eva Visser,started,2027-01-01,2027-03-31
1,SAP,SAP.2.4,Anna de Vries,reopened,2027-01-01,2027-03-31
1,WM,WM.3.1,Carla Smit,open,2027-01-01,2027-03-31
1,WM,WM.3.2,Bram Jansen,dropped,2027-01-01,2027-03-31
1,WM,WM.3.3,Carla Smit,open,2027-01-01,2027-03-31"
}

# SPDX-License-Identifier: EUPL-1.2
# isac-score: answers to a level per capability.
load test_helper

setup() {
	A="$BATS_TEST_TMPDIR/answers.csv"
}

# --- the level rule ----------------------------------------------------

@test "score: every question yes reaches level 3 in every capability" {
	answers yes >"$A"
	run -0 --separate-stderr isac-score "$A"
	assert_line --index 0 "capability,level,yes_1,applicable_1,yes_2,applicable_2,yes_3,applicable_3,unanswered"
	assert_line --index 1 "SAP,3,7,7,4,4,8,8,0"
	assert_line --index 2 "WM,3,6,6,5,5,3,3,0"
	assert_line --index 3 "ISM,3,1,1,2,2,5,5,0"
	assert_line --index 4 "SAL,3,2,2,5,5,4,4,0"
	assert_line --index 5 "ACT,3,1,1,1,1,2,2,0"
	[ "${#lines[@]}" -eq 6 ]
	[ -z "$stderr" ]
}

@test "score: every question no gives level 0 in every capability" {
	answers no >"$A"
	run -0 isac-score "$A"
	assert_line "SAP,0,0,7,0,4,0,8,0"
	assert_line "ACT,0,0,1,0,1,0,2,0"
}

@test "score: one no at level 1 holds a capability at level 0" {
	answers yes WM.1.3=no >"$A"
	run -0 isac-score "$A"
	assert_equal "$(row WM)" "WM,0,5,6,5,5,3,3,0"
	assert_equal "$(row SAP)" "SAP,3,7,7,4,4,8,8,0"
}

@test "score: levels are reached top-down: level 3 yes does not count above a missing level 2" {
	answers yes SAP.2.4=no >"$A"
	run -0 isac-score "$A"
	assert_equal "$(row SAP)" "SAP,1,7,7,3,4,8,8,0"
}

@test "score: a no at level 3 only leaves a capability at level 2" {
	answers yes ACT.3.2=no >"$A"
	run -0 isac-score "$A"
	assert_equal "$(row ACT)" "ACT,2,1,1,1,1,1,2,0"
}

@test "score: n/a answers are left out of a level" {
	answers yes SAP.2.1=n/a >"$A"
	run -0 isac-score "$A"
	assert_equal "$(row SAP)" "SAP,3,7,7,3,3,8,8,0"
}

@test "score: a level whose questions are all n/a does not hold a capability back" {
	answers yes ACT.2.1=n/a ACT.3.1=no >"$A"
	run -0 isac-score "$A"
	assert_equal "$(row ACT)" "ACT,2,1,1,0,0,1,2,0"
	answers yes ISM.1.1=nvt >"$A"
	run -0 isac-score "$A"
	assert_equal "$(row ISM)" "ISM,3,0,0,2,2,5,5,0"
}

@test "score: partial is not yes" {
	answers yes SAL.1.1=partial >"$A"
	run -0 isac-score "$A"
	assert_equal "$(row SAL)" "SAL,0,1,2,5,5,4,4,0"
}

@test "score: capabilities come out in the model's order whatever the input's order" {
	answers yes >"$A"
	{ head -n 1 "$A"; tail -n +2 "$A" | sort -r; } >"$BATS_TEST_TMPDIR/r.csv"
	run -0 isac-score "$BATS_TEST_TMPDIR/r.csv"
	[ "$(printf '%s\n' "$output" | cut -d, -f1 | tr '\n' ' ')" = "capability SAP WM ISM SAL ACT " ]
}

# --- unanswered questions ------------------------------------------------

@test "score: unanswered questions count as not met and are warned about once" {
	answers yes SAP.1.2= WM.2.1= >"$A"
	run -0 --separate-stderr isac-score "$A"
	assert_equal "$(row SAP)" "SAP,0,6,7,4,4,8,8,1"
	assert_equal "$(row WM)" "WM,1,6,6,4,5,3,3,1"
	assert_equal "$stderr" "isac-score: warning: unanswered, counted as not met: SAP.1.2 WM.2.1"
}

@test "score: questions missing from the file count as unanswered" {
	printf 'id,answer\nSAP.1.1,yes\nACT.1.1,yes\n' >"$A"
	run -0 --separate-stderr isac-score "$A"
	assert_equal "$(row SAP)" "SAP,0,1,7,0,4,0,8,18"
	assert_equal "$(row ACT)" "ACT,1,1,1,0,1,0,2,3"
	[ "$(printf '%s\n' "$stderr" | wc -l)" -eq 1 ]
	assert_equal "$(printf '%s\n' "$stderr" | wc -w)" "$((7 + 54))"
}

@test "score: --quiet silences the warning about unanswered questions" {
	answers yes SAP.1.2= >"$A"
	run -0 --separate-stderr isac-score --quiet "$A"
	[ -z "$stderr" ]
	assert_equal "$(row SAP)" "SAP,0,6,7,4,4,8,8,1"
}

@test "score: a row with neither id nor answer is a note and is skipped" {
	answers yes >"$A"
	{ echo "id,answer,notes"; tail -n +2 "$A" | sed 's/$/,/'; echo ",,discussed on 12 May"; } >"$BATS_TEST_TMPDIR/n.csv"
	run -0 isac-score "$BATS_TEST_TMPDIR/n.csv"
	assert_line "SAP,3,7,7,4,4,8,8,0"
}

# --- answer words --------------------------------------------------------

@test "score: answer words are read in English and Dutch, in any case, with spaces around" {
	for w in yes Y ja J 1 true TRUE waar WAAR; do
		answers no "SAP.1.1=$w" >"$A"
		run -0 isac-score "$A"
		assert_equal "$(row SAP | cut -d, -f3)" 1
	done
	for w in no N nee 0 false onwaar ONWAAR; do
		answers yes "SAP.1.1=$w" >"$A"
		run -0 isac-score "$A"
		assert_equal "$(row SAP | cut -d, -f2,3,4)" "0,6,7"
	done
	for w in partial Partially partly deels gedeeltelijk; do
		answers yes "SAP.1.1=$w" >"$A"
		run -0 isac-score "$A"
		assert_equal "$(row SAP | cut -d, -f2,3,4)" "0,6,7"
	done
	for w in n/a N/A na n.a. nvt NVT n.v.t. n.v.t; do
		answers yes "SAP.1.1=$w" >"$A"
		run -0 isac-score "$A"
		assert_equal "$(row SAP | cut -d, -f2,3,4)" "3,6,6"
	done
}

@test "score: spaces around an answer are ignored" {
	printf 'id,answer\nSAP.1.1, Yes \nSAP.1.2,"\tnee "\n' >"$A"
	run -0 isac-score -q "$A"
	assert_equal "$(row SAP | cut -d, -f3,4)" "1,7"
}

@test "score: spelled-out n/a in English and Dutch is n/a" {
	printf 'id,answer\nSAP.1.1,not applicable\nSAP.1.2,Niet van toepassing\n' >"$A"
	run -0 -- isac-score -q "$A"
	assert_equal "$(row SAP | cut -d, -f3,4)" "0,5"
}

@test "score: an unknown answer is an error naming the file, the line, the answer and the id" {
	answers yes SAP.1.2=perhaps >"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: $A:3: unknown answer 'perhaps' for SAP.1.2"
	[ -z "$output" ]
}

@test "score: an unknown question id is an error naming the file and the line" {
	answers yes >"$A"
	echo "SAP.9.9,yes" >>"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: $A:58: unknown question id 'SAP.9.9'"
	[ -z "$output" ]
}

@test "score: question ids are matched without case and spaces" {
	printf 'id,answer\n sap.1.1 ,yes\nWm.1.1,yes\n' >"$A"
	run -0 isac-score -q "$A"
	assert_equal "$(row SAP | cut -d, -f3)" 1
	assert_equal "$(row WM | cut -d, -f3)" 1
}

@test "score: an answer without a question id is an error" {
	printf 'id,answer\nSAP.1.1,yes\n,no\n' >"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: $A:3: answer 'no' without a question id"
}

# --- bad input -----------------------------------------------------------

@test "score: an empty input is an error" {
	: >"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: $A: empty input: no header line"
	[ -z "$output" ]
}

@test "score: a header without the answer column is an error naming the header line" {
	printf 'id;antwort\nSAP.1.1;ja\n' >"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: $A:1: no column 'answer' (or 'antwoord') in the header; found 'id', 'antwort' with delimiter ';'"
}

@test "score: a header without the id column is an error" {
	run -2 --separate-stderr isac-score "$DATA/csv-test-data/csv/bad-header-wrong-header.csv"
	assert_equal "$stderr" "isac-score: $DATA/csv-test-data/csv/bad-header-wrong-header.csv:1: no column 'id' (or 'nr') in the header; found 'qux', 'quux', 'quuz' with delimiter ','"
}

@test "score: a header alone, with no answers, is an error" {
	echo "id,answer" >"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: $A: no answers: no row names a question"
	printf 'id,answer,notes\n,,just a note\n' >"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: $A: no answers: no row names a question"
}

@test "score: an answer column named twice is an error" {
	printf 'id,answer,Answer\nSAP.1.1,yes,no\n' >"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: $A:1: columns 2 'answer' and 3 'Answer' name the same column"
}

@test "score: the same question answered twice is an error naming both lines" {
	answers yes >"$A"
	echo "SAP.1.4,no" >>"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: $A:58: SAP.1.4 answered twice (first on line 5)"
	[ -z "$output" ]
}

@test "score: an empty second answer to a question is still a duplicate" {
	printf 'id,answer\nSAP.1.1,yes\nsap.1.1,\n' >"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: $A:3: SAP.1.1 answered twice (first on line 2)"
}

@test "score: a duplicate across files names both files" {
	printf 'respondent,id,answer\nann,SAP.1.1,yes\n' >"$BATS_TEST_TMPDIR/a.csv"
	printf 'respondent,id,answer\nbob,SAP.1.1,yes\nann,SAP.1.1,no\n' >"$BATS_TEST_TMPDIR/b.csv"
	run -2 --separate-stderr isac-score "$BATS_TEST_TMPDIR/a.csv" "$BATS_TEST_TMPDIR/b.csv"
	assert_equal "$stderr" "isac-score: $BATS_TEST_TMPDIR/b.csv:3: SAP.1.1 answered twice by 'ann' (first at $BATS_TEST_TMPDIR/a.csv:2)"
}

@test "score: nothing is written when a later file is bad" {
	answers yes >"$BATS_TEST_TMPDIR/good.csv"
	printf 'id,answer\nSAP.1.1,maybe\n' >"$BATS_TEST_TMPDIR/bad.csv"
	run -2 --separate-stderr isac-score "$BATS_TEST_TMPDIR/good.csv" "$BATS_TEST_TMPDIR/bad.csv"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-score: $BATS_TEST_TMPDIR/bad.csv:2: unknown answer 'maybe' for SAP.1.1"
}

@test "score: a file that cannot be opened is an error naming it" {
	run -2 --separate-stderr isac-score "$BATS_TEST_TMPDIR/nonesuch.csv"
	assert_equal "$stderr" "isac-score: $BATS_TEST_TMPDIR/nonesuch.csv: No such file or directory"
}

@test "score: standard input is read when no file or - is named, and errors call it <stdin>" {
	answers yes SAP.1.1=no >"$A"
	run -0 isac-score <"$A"
	assert_line "SAP,0,6,7,4,4,8,8,0"
	run -0 isac-score - <"$A"
	assert_line "SAP,0,6,7,4,4,8,8,0"
	run -2 --separate-stderr isac-score <<<$'id,answer\nSAP.1.1,zeker'
	assert_equal "$stderr" "isac-score: <stdin>:2: unknown answer 'zeker' for SAP.1.1"
}

# --- respondents and consensus -------------------------------------------

# votes ID ANSWER...: one respondent per answer, r1, r2, ...
votes() {
	local id=$1 i=0 a
	shift
	echo "respondent,id,answer"
	for a in "$@"; do
		i=$((i + 1))
		echo "r$i,$id,$a"
	done
}

@test "score: by majority a question is yes when more than half the votes are yes" {
	votes ACT.1.1 yes yes no >"$A"
	run -0 isac-score -q "$A"
	assert_equal "$(row ACT | cut -d, -f2,3)" "1,1"
	votes ACT.1.1 yes no partial >"$A"
	run -0 isac-score -q "$A"
	assert_equal "$(row ACT | cut -d, -f2,3)" "0,0"
}

@test "score: by majority a tie is not yes" {
	votes ACT.1.1 yes no >"$A"
	run -0 isac-score -q --consensus majority "$A"
	assert_equal "$(row ACT | cut -d, -f2,3)" "0,0"
}

@test "score: n/a votes abstain, and a question is n/a only when every vote is n/a" {
	votes ACT.1.1 yes n/a n/a >"$A"
	run -0 isac-score -q "$A"
	assert_equal "$(row ACT | cut -d, -f2,3,4)" "1,1,1"
	votes ACT.1.1 n/a n/a >"$A"
	run -0 isac-score -q "$A"
	assert_equal "$(row ACT | cut -d, -f3,4)" "0,0"
	votes ACT.1.1 no n/a n/a >"$A"
	run -0 isac-score -q "$A"
	assert_equal "$(row ACT | cut -d, -f3,4)" "0,1"
}

@test "score: by all a question is yes only when every vote is yes" {
	votes ACT.1.1 yes yes yes >"$A"
	run -0 isac-score -q -c all "$A"
	assert_equal "$(row ACT | cut -d, -f3)" 1
	votes ACT.1.1 yes yes partial >"$A"
	run -0 isac-score -q -c all "$A"
	assert_equal "$(row ACT | cut -d, -f3)" 0
}

@test "score: by any a question is yes when one vote is yes" {
	votes ACT.1.1 no no yes >"$A"
	run -0 isac-score -q -c any "$A"
	assert_equal "$(row ACT | cut -d, -f3)" 1
	votes ACT.1.1 no partial >"$A"
	run -0 isac-score -q -c any "$A"
	assert_equal "$(row ACT | cut -d, -f3)" 0
}

@test "score: a respondent who leaves a question empty does not vote on it" {
	votes ACT.1.1 yes "" "" >"$A"
	run -0 --separate-stderr isac-score -c all "$A"
	assert_equal "$(row ACT | cut -d, -f3,4,9)" "1,1,3"
}

@test "score: each file without a respondent column is one respondent" {
	answers yes >"$BATS_TEST_TMPDIR/ann.csv"
	answers yes SAP.1.1=no >"$BATS_TEST_TMPDIR/bob.csv"
	run -0 isac-score "$BATS_TEST_TMPDIR/ann.csv" "$BATS_TEST_TMPDIR/bob.csv"
	assert_equal "$(row SAP)" "SAP,0,6,7,4,4,8,8,0"
	run -0 isac-score -c any "$BATS_TEST_TMPDIR/ann.csv" "$BATS_TEST_TMPDIR/bob.csv"
	assert_equal "$(row SAP)" "SAP,3,7,7,4,4,8,8,0"
	run -0 isac-score -D "$BATS_TEST_TMPDIR/ann.csv" "$BATS_TEST_TMPDIR/bob.csv"
	assert_line --index 1 "SAP.1.1,1,1,0,0,0,Has an information exchange objective been formulated in mutual consultation?,"
}

@test "score: two respondents answering the same question is no duplicate" {
	votes SAP.1.1 yes no >"$A"
	run -0 isac-score -q "$A"
}

@test "score: an unknown consensus rule is a usage error" {
	answers yes >"$A"
	run -2 --separate-stderr isac-score -c most "$A"
	assert_equal "${stderr_lines[0]}" "isac-score: unknown consensus rule 'most': use majority, all or any"
	[ -z "$output" ]
}

# --- disagreements -------------------------------------------------------

@test "score: --disagreements lists the questions respondents answer differently, with the counts" {
	{
		echo "respondent,id,answer"
		echo "ann,SAP.1.1,yes"; echo "bob,SAP.1.1,no"; echo "cas,SAP.1.1,"
		echo "ann,SAP.1.2,yes"; echo "bob,SAP.1.2,yes"; echo "cas,SAP.1.2,yes"
		echo "ann,ACT.3.2,n/a"; echo "bob,ACT.3.2,partial"
	} >"$A"
	run -0 isac-score -D "$A"
	assert_line --index 0 "id,yes,no,partial,n/a,unanswered,question,notes"
	assert_line --index 1 "SAP.1.1,1,1,0,0,1,Has an information exchange objective been formulated in mutual consultation?,"
	assert_line --index 2 "ACT.3.2,0,0,1,1,1,\"Is the ISAC visible in the media, branch or region?\","
	[ "${#lines[@]}" -eq 3 ]
}

@test "score: --disagreements of one respondent is an empty table" {
	answers yes >"$A"
	run -0 isac-score --disagreements "$A"
	assert_output "id,yes,no,partial,n/a,unanswered,question,notes"
}

@test "score: --disagreements gives the question in the language asked for" {
	run -0 isac-score -D -l nl "$SHARE/examples/antwoorden-excel.csv"
	assert_line --index 1 --regexp '^SAP\.2\.2,2,1,0,0,0,"Zijn ambities'
}

# --- periods ------------------------------------------------------------

@test "score: with a period column there is a row per capability per period" {
	run -0 isac-score "$SHARE/examples/answers-history.csv"
	assert_line --index 0 --regexp '^period,capability,level,'
	[ "${#lines[@]}" -eq 16 ]
	assert_equal "$(printf '%s\n' "$output" | cut -d, -f1 | uniq | tr '\n' ' ')" "period 2024 2025 2026 "
}

@test "score: each period is scored on its own answers" {
	{
		echo "period,id,answer"
		answers yes | tail -n +2 | sed 's/^/2026,/'
		answers no | tail -n +2 | sed 's/^/2025,/'
	} >"$A"
	run -0 isac-score "$A"
	assert_line --index 1 "2025,SAP,0,0,7,0,4,0,8,0"
	assert_line --index 6 "2026,SAP,3,7,7,4,4,8,8,0"
}

@test "score: periods sort in natural order, numbers by value" {
	printf 'period,id,answer\n2025-Q10,ACT.1.1,yes\n2025-Q2,ACT.1.1,yes\n2024-Q4,ACT.1.1,no\n' >"$A"
	run -0 isac-score -q "$A"
	assert_equal "$(printf '%s\n' "$output" | cut -d, -f1 | uniq | tr '\n' ' ')" "period 2024-Q4 2025-Q2 2025-Q10 "
}

@test "score: the same respondent may answer a question once in each period" {
	printf 'period,id,answer\n2025,ACT.1.1,yes\n2026,ACT.1.1,yes\n2026,ACT.1.1,no\n' >"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: $A:4: ACT.1.1 answered twice in period '2026' (first on line 3)"
}

@test "score: the unanswered warning names the period" {
	printf 'period,id,answer\n2026,ACT.1.1,yes\n' >"$A"
	run -0 --separate-stderr isac-score -m "$DATA/model-small.csv" "$A"
	assert_equal "$stderr" "isac-score: warning: period '2026': unanswered, counted as not met: ACT.2.1"
}

@test "score: an empty period is an error" {
	printf 'period,id,answer\n2026,ACT.1.1,yes\n,SAP.1.1,yes\n' >"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: $A:3: no period for SAP.1.1"
}

@test "score: files with and without a period column do not mix" {
	printf 'period,id,answer\n2026,ACT.1.1,yes\n' >"$BATS_TEST_TMPDIR/a.csv"
	printf 'id,answer\nACT.1.1,yes\n' >"$BATS_TEST_TMPDIR/b.csv"
	run -2 --separate-stderr isac-score "$BATS_TEST_TMPDIR/a.csv" "$BATS_TEST_TMPDIR/b.csv"
	assert_equal "$stderr" "isac-score: $BATS_TEST_TMPDIR/b.csv:1: no column 'period', but $BATS_TEST_TMPDIR/a.csv has one"
}

# --- spreadsheets --------------------------------------------------------

@test "score: a Dutch Excel export (BOM, semicolons, CRLF, ja/nee/nvt) scores like the same answers in plain CSV" {
	run -0 --separate-stderr isac-score "$DATA/dutch-excel.csv"
	[ -z "$stderr" ]
	excel=$output
	run -0 isac-score "$DATA/dutch-excel-plain.csv"
	assert_equal "$excel" "$output"
	assert_line "SAP,1,7,7,3,4,0,8,0"
}

@test "score: the Dutch Excel example scores by majority over its three respondents" {
	run -0 isac-score "$SHARE/examples/antwoorden-excel.csv"
	assert_line "ISM,2,1,1,2,2,2,5,0"
	assert_line "WM,2,6,6,5,5,0,3,0"
	run -0 isac-score -c any "$SHARE/examples/antwoorden-excel.csv"
	assert_line "WM,2,6,6,5,5,1,3,0"
}

# --- the template --------------------------------------------------------

@test "score: --template prints the blank checklist in the model's order" {
	run -0 isac-score --template -l en
	assert_line --index 0 "id,capability,level,question,answer,respondent,note"
	assert_line --index 1 "SAP.1.1,SAP,1,Has an information exchange objective been formulated in mutual consultation?,,,"
	assert_line --index 56 "ACT.3.2,ACT,3,\"Is the ISAC visible in the media, branch or region?\",,,"
	[ "${#lines[@]}" -eq 57 ]
}

@test "score: --lang nl gives the Dutch checklist with the same ids" {
	run -0 isac-score -T --lang nl
	assert_line --index 1 "SAP.1.1,SAP,1,Is er een gemeenschappelijk geformuleerd doel van informatie-uitwisseling?,,,"
	nl_ids=$(printf '%s\n' "$output" | cut -d, -f1)
	run -0 isac-score -T --lang en
	assert_equal "$nl_ids" "$(printf '%s\n' "$output" | cut -d, -f1)"
}

@test "score: the language comes from LC_ALL, LC_MESSAGES or LANG, Dutch when it starts with nl" {
	LANG=nl_NL.UTF-8 run -0 isac-score -T
	assert_line --index 1 --partial "Is er een gemeenschappelijk"
	LANG=nl_NL.UTF-8 LC_ALL=en_GB.UTF-8 run -0 isac-score -T
	assert_line --index 1 --partial "Has an information exchange"
	LANG=C LC_MESSAGES=nl_BE run -0 isac-score -T
	assert_line --index 1 --partial "Is er een gemeenschappelijk"
	LANG=C run -0 isac-score -T
	assert_line --index 1 --partial "Has an information exchange"
}

@test "score: the filled template is valid input as it is" {
	isac-score -T -l nl | sed 's/,,,$/,ja,,/' >"$A"
	run -0 --separate-stderr isac-score "$A"
	assert_line "SAP,3,7,7,4,4,8,8,0"
	[ -z "$stderr" ]
	isac-score -T | isac-score -q >"$BATS_TEST_TMPDIR/blank.out"
	run -0 cat "$BATS_TEST_TMPDIR/blank.out"
	assert_line "SAP,0,0,7,0,4,0,8,19"
}

@test "score: --template takes no file" {
	run -2 --separate-stderr isac-score -T "$A"
	assert_equal "${stderr_lines[0]}" "isac-score: -T takes no answers files (did you mean -p FILE?)"
	assert_equal "${stderr_lines[1]%% [[]*}" "usage: isac-score"
	[ -z "$output" ]
}

@test "score: an unknown language is a usage error" {
	run -2 --separate-stderr isac-score -T -l de
	assert_equal "${stderr_lines[0]}" "isac-score: unknown language 'de': use en or nl"
}

# --- other models --------------------------------------------------------

@test "score: --model scores against a model file of one's own" {
	printf 'id,answer\nACT.1.1,yes\nACT.2.1,partial\n' >"$A"
	run -0 isac-score -m "$DATA/model-small.csv" "$A"
	assert_output "capability,level,yes_1,applicable_1,yes_2,applicable_2,unanswered
ACT,1,1,1,0,1,0"
}

@test "score: the NCSC criteria model is bundled, in English and Dutch" {
	printf 'id,answer\nMAN.1.1,yes\nCONF.1.1,yes\nLAW.1.1,no\nCERT.1.1,n/a\n' >"$A"
	run -0 --separate-stderr isac-score -m ncsc-criteria "$A"
	assert_output "capability,level,yes_1,applicable_1,unanswered
MAN,1,1,1,0
CONF,1,1,1,0
LAW,0,0,1,0
CERT,,0,0,0"
	assert_equal "$stderr" "isac-score: warning: capability CERT has no level: every question of it is n/a"
	run -0 isac-score -T -m ncsc-criteria -l nl
	assert_line --index 2 --partial "CONF.1.1,CONF,1,Kan jouw organisatie"
}

@test "score: a model naming a question twice is an error naming both lines" {
	printf 'id,capability,level,question\nA.1.1,A,1,One?\na.1.1,A,1,Two?\n' >"$BATS_TEST_TMPDIR/m.csv"
	run -2 --separate-stderr isac-score -T -m "$BATS_TEST_TMPDIR/m.csv"
	assert_equal "$stderr" "isac-score: $BATS_TEST_TMPDIR/m.csv:3: a.1.1 defined twice (first on line 2)"
}

@test "score: a model level must be a number from 1 to 9" {
	for l in 0 x 10 -1 ""; do
		printf 'id,capability,level,question\nA.1.1,A,%s,One?\n' "$l" >"$BATS_TEST_TMPDIR/m.csv"
		run -2 --separate-stderr isac-score -T -m "$BATS_TEST_TMPDIR/m.csv"
		assert_equal "$stderr" "isac-score: $BATS_TEST_TMPDIR/m.csv:2: level '$l' of A.1.1 is not a number from 1 to 9"
	done
}

@test "score: a model question needs an id, a capability and a text" {
	m="$BATS_TEST_TMPDIR/m.csv"
	printf 'id,capability,level,question\n,A,1,One?\n' >"$m"
	run -2 --separate-stderr isac-score -T -m "$m"
	assert_equal "$stderr" "isac-score: $m:2: question without an id"
	printf 'id,capability,level,question\nA.1.1, ,1,One?\n' >"$m"
	run -2 --separate-stderr isac-score -T -m "$m"
	assert_equal "$stderr" "isac-score: $m:2: no capability for A.1.1"
	printf 'id,capability,level,question\nA.1.1,A,1,\n' >"$m"
	run -2 --separate-stderr isac-score -T -m "$m"
	assert_equal "$stderr" "isac-score: $m:2: no question text for A.1.1"
}

@test "score: a model without questions is an error" {
	m="$BATS_TEST_TMPDIR/m.csv"
	printf 'id,capability,level,question\n' >"$m"
	run -2 --separate-stderr isac-score -T -m "$m"
	assert_equal "$stderr" "isac-score: $m: the model has no questions"
}

@test "score: a model file that does not exist is an error" {
	run -2 --separate-stderr isac-score -T -m "$BATS_TEST_TMPDIR/none.csv"
	assert_equal "$stderr" "isac-score: $BATS_TEST_TMPDIR/none.csv: No such file or directory"
}

# --- output --------------------------------------------------------------

@test "score: --tsv writes tab-separated values" {
	answers yes >"$A"
	run -0 isac-score --tsv "$A"
	assert_line --index 1 "$(printf 'SAP\t3\t7\t7\t4\t4\t8\t8\t0')"
}

@test "score: a write error is an error, not a silent success" {
	answers yes >"$A"
	run -2 --separate-stderr sh -c 'isac-score "$1" >/dev/full' sh "$A"
	assert_equal "$stderr" "isac-score: stdout: No space left on device"
}

# --- options -------------------------------------------------------------

@test "score: --help prints the usage to stdout and exits 0" {
	run -0 --separate-stderr isac-score --help
	assert_line --index 0 --partial "usage: isac-score"
	assert_line --partial "--consensus"
	[ -z "$stderr" ]
}

@test "score: getopt's messages name the program, however it is called" {
	run -2 --separate-stderr "$ISAC_BUILD/isac-score" -z
	assert_equal "${stderr_lines[0]}" "isac-score: invalid option -- 'z'"
}

@test "score: --version prints the version" {
	run -0 isac-score --version
	assert_output --regexp '^isac-score [0-9]+\.[0-9]+\.[0-9]+$'
}

@test "score: an unknown option is a usage error" {
	run -2 --separate-stderr isac-score --frobnicate
	assert_equal "${stderr_lines[0]}" "isac-score: unrecognized option '--frobnicate'"
	assert_equal "${stderr_lines[1]%% [[]*}" "usage: isac-score"
	[ -z "$output" ]
}

# --- what a new user hit -----------------------------------------------

@test "score: partial is not no: deels against nee is a disagreement, nee against nee is not" {
	printf 'respondent,id,answer\nann,SAP.1.1,deels\nbob,SAP.1.1,nee\n' >"$A"
	run -0 isac-score -D -q "$A"
	assert_line --index 1 --partial "SAP.1.1,0,1,1,0,0,"
	printf 'respondent,id,answer\nann,SAP.1.1,nee\nbob,SAP.1.1,nee\n' >"$A"
	run -0 isac-score -D -q "$A"
	[ "${#lines[@]}" -eq 1 ]
}

@test "score: partial and no are kept apart in the re-assessment template" {
	answers yes SAP.1.1=deels SAP.1.2=nee >"$A"
	run -0 isac-score -T -l nl -p "$A"
	assert_line --index 1 --regexp '^SAP\.1\.1,SAP,1,.*,,,,deels,,[0-9a-f]{7} [0-9a-f]{7}$'
	assert_line --index 2 --regexp '^SAP\.1\.2,SAP,1,.*,,,,nee,,[0-9a-f]{7} [0-9a-f]{7}$'
}

@test "score: a no-break space around a period or respondent is trimmed like a space" {
	printf 'period,respondent,id,answer\n2025\302\240,ann,SAP.1.1,yes\n2025,ann,SAP.1.2,yes\n' >"$A"
	run -0 isac-score -q "$A"
	[ "$(grep -c '^2025,' <<<"$output")" -eq 5 ]
	assert_line "2025,SAP,0,2,7,0,4,0,8,17"
	printf 'period,respondent,id,answer\n2025,ann,SAP.1.1,yes\n2025,ann\302\240,SAP.1.1,no\n' >"$A"
	run -2 --separate-stderr isac-score -q "$A"
	assert_equal "$stderr" "isac-score: $A:3: SAP.1.1 answered twice by 'ann' in period '2025' (first on line 2)"
}

@test "score: a respondent named on some rows of a file and not on others is an error, not another respondent" {
	printf 'respondent,id,answer\nann,SAP.1.1,yes\n,SAP.1.2,yes\n' >"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: $A:3: no respondent, but line 2 names one: name the respondent on every row, or on none"
	[ -z "$output" ]
	printf 'respondent,id,answer\n,SAP.1.1,yes\n,,\nann,SAP.1.2,yes\n' >"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: $A:4: a respondent, but line 2 names none: name the respondent on every row, or on none"
}

@test "score: a form whose respondent column is left empty is one respondent, the file" {
	isac-score -T | sed 's/,,,$/,yes,,/' >"$A"
	isac-score -T | sed 's/,,,$/,no,,/' >"$BATS_TEST_TMPDIR/b.csv"
	run -0 isac-score -D "$A" "$BATS_TEST_TMPDIR/b.csv"
	assert_line --index 1 --regexp '^SAP\.1\.1,1,1,0,0,0,'
}

@test "score: a member who writes in a previous column is warned, once per file, naming it" {
	P="$BATS_TEST_TMPDIR/prev.csv"
	printf 'id,answer,note\nSAP.1.1,yes,old\n' >"$P"
	# columns: id capability level question answer respondent note
	# previous previous_note previous_check
	isac-score -T -t -p "$P" >"$BATS_TEST_TMPDIR/form.tsv"
	run -0 head -1 "$BATS_TEST_TMPDIR/form.tsv"
	assert_output "$(printf 'id\tcapability\tlevel\tquestion\tanswer\trespondent\tnote\tprevious\tprevious_note\tprevious_check')"
	fill() {
		awk -F'\t' -v OFS='\t' -v r="$1" -v c="$2" -v v="$3" \
		    'NR > 1 { $5 = "yes" } NR == r { $c = v } { print }' \
		    "$BATS_TEST_TMPDIR/form.tsv" >"$A"
	}
	# last year's answer and note, as the form wrote them: no warning
	fill 1 1 id
	run -0 --separate-stderr isac-score "$A"
	assert_equal "$stderr" ""
	# a note typed where last year's stands, on a row that had none
	fill 3 9 "my note"
	run -0 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: warning: $A:3: column 'previous_note' holds last year's note and is not read: this year's goes in column 'note'"
	# last year's answer changed
	fill 2 8 no
	run -0 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: warning: $A:2: column 'previous' holds last year's answer and is not read: this year's goes in column 'answer'"
	run -0 --separate-stderr isac-score -q "$A"
	[ -z "$stderr" ]
}

@test "score: the same file named twice is an error, not two respondents" {
	answers yes >"$A"
	cd "$BATS_TEST_TMPDIR"
	run -2 --separate-stderr isac-score answers.csv ./answers.csv
	assert_equal "$stderr" "isac-score: ./answers.csv: the same file as 'answers.csv', named twice"
	[ -z "$output" ]
}

@test "score: input bytes in messages are escaped, never sent to the terminal raw" {
	printf 'id,answer\nSAP.1.1,\033[31mred\t\n' >"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: $A:2: unknown answer '\\033[31mred' for SAP.1.1"
	printf '\342\200\213id,answer\nSAP.1.1,yes\n' >"$A"
	run -2 --separate-stderr isac-score "$A"
	[[ "$stderr" == *"found '\\u200Bid', 'answer'"* ]]
}

@test "score: a model not found says a bundled model was looked for, and names them" {
	run -2 --separate-stderr isac-score -T -m nosuch
	assert_equal "$stderr" "isac-score: nosuch: no such model file, nor a bundled model of that name (bundled: guidelines, model, ncsc-criteria)"
}

@test "score: usage errors say why" {
	run -2 --separate-stderr isac-score -T -D
	assert_equal "${stderr_lines[0]}" "isac-score: -T and -D exclude each other"
	run -2 --separate-stderr isac-score -p x.csv
	assert_equal "${stderr_lines[0]}" "isac-score: -p goes with -T"
	run -2 --separate-stderr isac-score -x -D
	assert_equal "${stderr_lines[0]}" "isac-score: -x goes with scores, not with -T or -D"
	run -2 --separate-stderr isac-score -l de
	assert_equal "${stderr_lines[0]}" "isac-score: unknown language 'de': use en or nl"
	assert_equal "${stderr_lines[1]%% [[]*}" "usage: isac-score"
	[ -z "$output" ]
}

@test "score: --help and --version fail on a full disk" {
	run bash -c 'isac-score --help >/dev/full'
	[ "$status" -eq 2 ]
	run bash -c 'isac-score --version >/dev/full'
	[ "$status" -eq 2 ]
}

@test "score: a capability with fewer levels than the model stops at its own top level" {
	m="$BATS_TEST_TMPDIR/m.csv"
	printf 'id,capability,level,question\nA.1.1,A,1,a1?\nA.2.1,A,2,a2?\nA.3.1,A,3,a3?\nB.1.1,B,1,b1?\n' >"$m"
	printf 'id,answer\nA.1.1,yes\nA.2.1,yes\nA.3.1,no\nB.1.1,yes\n' >"$A"
	run -0 isac-score -m "$m" "$A"
	assert_line --index 1 "A,2,1,1,1,1,0,1,0"
	assert_line --index 2 "B,1,1,1,0,0,0,0,0"
}

@test "score: a model with a level missing in a capability is refused" {
	m="$BATS_TEST_TMPDIR/m.csv"
	printf 'id,capability,level,question\nA.1.1,A,1,a1?\nA.3.1,A,3,a3?\n' >"$m"
	run -2 --separate-stderr isac-score -T -m "$m"
	assert_equal "$stderr" "isac-score: $m: capability A has questions at level 3 but none at level 2"
}

# --- the second year ---------------------------------------------------

@test "score: --explain names the ids of the next level not answered yes, n/a counting as met" {
	answers yes SAP.2.1=no SAP.2.3=partial SAP.2.2=n/a WM.1.2= >"$A"
	run -0 --separate-stderr isac-score -x "$A"
	assert_line --index 0 --partial ",unanswered,missing"
	assert_equal "$(row SAP)" "SAP,1,7,7,1,3,8,8,0,SAP.2.1 SAP.2.3"
	assert_equal "$(row WM)" "WM,0,5,6,5,5,3,3,1,WM.1.2"
	assert_equal "$(row ISM)" "ISM,3,1,1,2,2,5,5,0,"
}

@test "score: --template --previous shows the latest period's answers and notes, and the filled form reads back" {
	P="$BATS_TEST_TMPDIR/prev.csv"
	printf 'period,id,answer,note\n2025,SAP.1.1,no,old\n2026,SAP.1.1,yes,"agreed, in May"\n2026,SAP.1.2,partial,\n' >"$P"
	run -0 isac-score -T -p "$P"
	assert_line --index 0 "id,capability,level,question,answer,respondent,note,previous,previous_note,previous_check"
	assert_line --index 1 --regexp '^SAP\.1\.1,SAP,1,.*,,,,yes,"agreed, in May",[0-9a-f]{7} [0-9a-f]{7}$'
	assert_line --index 2 --regexp '^SAP\.1\.2,SAP,1,.*,,,,partial,,[0-9a-f]{7} [0-9a-f]{7}$'
	assert_line --index 3 --regexp '^SAP\.1\.3,SAP,1,.*,,,,,,[0-9a-f]{7} [0-9a-f]{7}$'
	printf '%s\n' "$output" | sed '2s/,,,,yes,/,yes,,,yes,/' >"$A"
	run -0 isac-score -q "$A"
	assert_equal "$(row SAP)" "SAP,0,1,7,0,4,0,8,18"
}

@test "score: an evaluation more than two years old is due, with a warning that -q silences" {
	printf 'period,id,answer\n2023,SAP.1.1,yes\n2024,SAP.1.1,yes\n' >"$A"
	ISAC_TODAY=2027-01-01 run -0 --separate-stderr isac-score "$A"
	assert_line --index 0 --partial "period,capability"
	[[ "$stderr" == *"isac-score: warning: the latest period, '2024', is more than two years ago: the NCSC advises an evaluation every two years"* ]]
	ISAC_TODAY=2026-12-31 run -0 --separate-stderr isac-score "$A"
	[[ "$stderr" != *"more than two years"* ]]
	ISAC_TODAY=2027-01-01 run -0 --separate-stderr isac-score -q "$A"
	[ -z "$stderr" ]
	printf 'period,id,answer\n2024-11-24,SAP.1.1,yes\n' >"$A"
	ISAC_TODAY=2026-11-25 run -0 --separate-stderr isac-score "$A"
	[[ "$stderr" == *"'2024-11-24', is more than two years ago"* ]]
	ISAC_TODAY=2026-11-24 run -0 --separate-stderr isac-score "$A"
	[[ "$stderr" != *"more than two years"* ]]
	ISAC_TODAY=2026-13-01 run -2 --separate-stderr isac-score "$A"
	assert_equal "${stderr_lines[-1]}" "isac-score: ISAC_TODAY: '2026-13-01' is not a date YYYY-MM-DD"
}

@test "score: Dutch column names read like the English ones, and notes go into --disagreements" {
	printf 'periode;deelnemer;vraag;antwoord;toelichting\n2026;ann;x;ja;klaar\n2026;bob;x;nee;nog niet\n' |
		sed 's/;x;/;SAP.1.1;/' >"$A"
	sed -i '1s/vraag/id/' "$A"
	run -0 --separate-stderr isac-score -D "$A"
	assert_line --index 0 "period,id,yes,no,partial,n/a,unanswered,question,notes"
	assert_line --index 1 --regexp '^2026,SAP\.1\.1,1,1,0,0,0,.*,ann: klaar \| bob: nog niet$'
}

@test "score: --excel writes semicolons, a byte-order mark and CRLF, and reads back" {
	answers yes >"$A"
	run -0 isac-score --excel "$A"
	isac-score --excel "$A" >"$BATS_TEST_TMPDIR/x.csv"
	[ "$(head -c 3 "$BATS_TEST_TMPDIR/x.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ]
	[ "$(sed -n 2p "$BATS_TEST_TMPDIR/x.csv")" = "$(printf 'SAP;3;7;7;4;4;8;8;0\r')" ]
	run -0 isac-score -T --excel
	isac-score -T --excel | sed '1!s/;;*$/;ja/; 1!s/\r$/;ja\r/; 1s/answer/answer;x/' >/dev/null
}

@test "score: two respondents whose names differ only in case are counted apart, with a warning naming both" {
	printf 'respondent,id,answer\nDrinkwater Zuid,SAP.1.1,yes\nDrinkwater zuid,SAP.1.1,no\nX,SAP.1.1,no\n' > "$BATS_TEST_TMPDIR/a.csv"
	run -0 --separate-stderr isac-score -D "$BATS_TEST_TMPDIR/a.csv"
	assert_line --index 1 --regexp '^SAP\.1\.1,1,2,0,0,0,'
	[[ "$stderr" == *"a.csv:3: respondent 'Drinkwater zuid' and respondent 'Drinkwater Zuid' are one name but for case or spelling: counted as two respondents"* ]]
	# -q keeps it quiet, as every warning
	run -0 --separate-stderr isac-score -q -D "$BATS_TEST_TMPDIR/a.csv"
	assert_equal "$stderr" ""
}

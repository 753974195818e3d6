# SPDX-License-Identifier: EUPL-1.2
# Labels travel: every row made from a labelled row carries the strictest
# label, through every program and every pipe (isac-formats(5), LABELS).
load test_helper

setup() {
	A="$BATS_TEST_TMPDIR/answers.csv"
	R="$BATS_TEST_TMPDIR/red.csv"
	GAP="$BATS_TEST_TMPDIR/gap.csv"
	# two respondents: A says yes openly, B says no with a red note
	printf 'respondent,id,answer,note,tlp\nA,SAP.2.2,yes,,clear\nB,SAP.2.2,no,SECRET,red\n' >"$R"
}

# every SAP question answered yes by A, SAP.1.1 no by B under TLP:RED
red_answers() {
	{
		echo "respondent,id,answer,note,tlp"
		awk -F, 'NR > 1 && $1 ~ /^SAP/ { print "A," $1 ",yes,,clear" }' \
		    "$SHARE/model.en.csv"
		echo "B,SAP.1.1,no,SECRET,red"
		echo "B,WM.1.1,yes,,green"
	} >"$A"
}

# --- isac-score ----------------------------------------------------------

@test "tlp: a disagreement keeps the label of its red note, and render --tlp clear leaves it out" {
	run -0 isac-score -D "$R"
	assert_line --index 0 "id,yes,no,partial,n/a,unanswered,question,notes,tlp"
	assert_line --index 1 --partial ",B: SECRET,TLP:RED"
	run -0 --separate-stderr sh -c "isac-score -D '$R' | isac-render --tlp clear"
	refute_output --partial SECRET
	assert_equal "$stderr" "isac-render: warning: <stdin>: 1 row labelled stricter than TLP:CLEAR left out"
}

@test "tlp: isac-score -D | isac-render --tlp clear shows no red note in any format" {
	for f in text md html json csv; do
		run -0 --separate-stderr sh -c "isac-score -D '$R' | isac-render -f $f --tlp clear"
		refute_output --partial SECRET
	done
}

@test "tlp: without --tlp the document takes the strictest label present" {
	run -0 sh -c "isac-score -D '$R' | isac-render -f md"
	assert_line --index 0 "**TLP:RED**"
	assert_output --partial SECRET
}

@test "tlp: a score row carries the strictest label of its capability's answers, and no other" {
	red_answers
	run -0 isac-score -q "$A"
	assert_line --index 0 --partial ",unanswered,tlp"
	assert_line --index 1 --regexp '^SAP,.*,TLP:RED$'
	assert_line --index 2 --regexp '^WM,.*,TLP:GREEN$'
	assert_line --index 3 --regexp '^ISM,.*,$'
	run -0 --separate-stderr sh -c "isac-score -q '$A' | isac-render -f csv --tlp green"
	refute_output --partial "SAP,"
	assert_output --partial "WM,"
	assert_equal "$stderr" "isac-render: warning: <stdin>: 1 row labelled stricter than TLP:GREEN left out"
}

@test "tlp: --explain keeps the row's label beside the missing ids" {
	red_answers
	run -0 isac-score -q -x "$A"
	assert_line --index 1 --regexp '^SAP,0,.*,SAP\.1\.1,TLP:RED$'
}

@test "tlp: answers without a tlp column give tables without one" {
	answers yes >"$A"
	run -0 isac-score "$A"
	refute_output --partial tlp
	run -0 isac-score -D "$A"
	assert_output "id,yes,no,partial,n/a,unanswered,question,notes"
}

@test "tlp: the re-assessment form keeps the label of last year's answer and note" {
	run -0 isac-score -T -p "$R"
	assert_line --index 0 "id,capability,level,question,answer,respondent,note,previous,previous_note,previous_check,tlp"
	assert_output --regexp $'\nSAP\\.2\\.2,SAP,2,[^\n]*,,,,partial,B: SECRET,[0-9a-f ]{15},TLP:RED\n'
	assert_output --regexp $'\nSAP\\.1\\.1,SAP,1,[^\n]*,,,,,,[0-9a-f ]{15},\n'
}

@test "tlp: an unknown label in the answers is an error at its line" {
	printf 'id,answer,tlp\nSAP.1.1,yes,clear\nSAP.1.2,yes,purple\n' >"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_output ""
	assert_equal "$stderr" "isac-score: $A:3: unknown TLP label 'purple': use clear, green, amber, amber+strict or red"
	printf 'id,answer,tlp\nSAP.1.1,yes,white\n' >"$A"
	run -2 --separate-stderr isac-score "$A"
	assert_equal "$stderr" "isac-score: $A:2: TLP label 'white': TLP 2.0 renamed WHITE to CLEAR"
}

@test "tlp: a second tlp column, in any case, is refused by every program at the header" {
	printf 'respondent,id,answer,tlp,TLP\nA,SAP.1.1,yes,clear,red\n' >"$A"
	for p in "isac-score" "isac-score -D" "isac-gap -L 1"; do
		run -2 --separate-stderr $p "$A"
		assert_output ""
		assert_equal "$stderr" "${p%% *}: $A:1: columns 4 'tlp' and 5 'TLP' name the same column"
	done
	printf 'date,summary,tlp,TLP\n2026-01-02,SECRET,red,red\n' >"$A"
	for f in text csv md html svg json; do
		run -2 --separate-stderr isac-render -f $f --tlp clear "$A"
		assert_output ""
		assert_equal "$stderr" "isac-render: $A:1: columns 3 'tlp' and 4 'TLP' name the same column"
	done
}

# --- isac-gap ------------------------------------------------------------

@test "tlp: a gap item keeps its question's label; a summary row its capability's" {
	red_answers
	run -1 isac-gap -L 1 "$A"
	assert_line --index 0 "capability,level,id,answer,question,note,tlp"
	assert_line --index 1 --regexp '^SAP,1,SAP\.1\.1,partial,.*,B: SECRET,TLP:RED$'
	run -1 isac-gap -s -L 1 "$A"
	assert_line --index 1 "SAP,0,1,1,TLP:RED"
	assert_line --index 2 "WM,0,1,1,TLP:GREEN"
	assert_line --index 3 "ISM,0,1,1,"
}

@test "tlp: a target's label reaches the items and the summary of its capability" {
	answers no >"$A"
	printf 'capability,target,tlp\nSAP,1,amber\nWM,1,\n' >"$BATS_TEST_TMPDIR/t.csv"
	run -1 isac-gap -s -g "$BATS_TEST_TMPDIR/t.csv" "$A"
	assert_line --index 0 "capability,current,target,gap,tlp"
	assert_line --index 1 "SAP,0,1,1,TLP:AMBER"
	assert_line --index 2 "WM,0,1,1,"
	run -1 isac-gap -g "$BATS_TEST_TMPDIR/t.csv" "$A"
	assert_line --index 1 --regexp '^SAP,1,SAP\.1\.1,no,.*,TLP:AMBER$'
	printf 'capability,target,tlp\nSAP,1,blue\n' >"$BATS_TEST_TMPDIR/t.csv"
	run -2 --separate-stderr isac-gap -g "$BATS_TEST_TMPDIR/t.csv" "$A"
	assert_equal "$stderr" "isac-gap: $BATS_TEST_TMPDIR/t.csv:2: unknown TLP label 'blue': use clear, green, amber, amber+strict or red"
}

@test "tlp: a change carries the stricter label of its two periods" {
	{
		echo "period,id,answer,tlp"
		echo "2025,SAP.1.1,no,green"
		echo "2025,SAP.1.2,no,"
		echo "2026,SAP.1.1,yes,red"
		echo "2026,SAP.1.2,yes,"
	} >"$A"
	run -1 isac-gap -C "$A"
	assert_line --index 0 "capability,level,id,from,to,question,tlp"
	assert_line --index 1 --regexp '^SAP,1,SAP\.1\.1,no,yes,.*,TLP:RED$'
	assert_line --index 2 --regexp '^SAP,1,SAP\.1\.2,no,yes,.*,$'
	run -0 isac-gap -C -s "$A"
	assert_line --index 1 "SAP,0,0,0,TLP:RED"
}

# --- isac-plan -----------------------------------------------------------

@test "tlp: isac-gap | isac-plan | isac-render keeps a red item out of a clear document" {
	red_answers
	run -0 --separate-stderr sh -c "isac-gap -L 1 '$A' | isac-plan | isac-render -f md --tlp clear"
	refute_output --partial "SAP.1.1"
	assert_output --partial "WM.1.2"
	refute_output --partial "WM.1.1"
	assert_equal "$stderr" "isac-render: warning: <stdin>: 1 row labelled stricter than TLP:CLEAR left out"
	run -0 sh -c "isac-gap -L 1 '$A' | isac-plan"
	assert_line --index 0 "step,capability,level,reaches,id,action,guidance,owner,status,note,tlp"
	assert_output --regexp $'\n1,SAP,1,1,SAP\\.1\\.1,[^\n]*,TLP:RED\n'
}

@test "tlp: a step keeps the label of its row in the previous plan, and of its owner's roster row" {
	answers no >"$A"
	isac-gap -L 1 "$A" >"$GAP" || [ $? = 1 ]
	isac-plan "$GAP" | awk -F, 'NR == 1 { print $0 ",tlp"; next }
		$5 == "SAP.1.2" { print $0 ",amber"; next } { print $0 "," }' >"$BATS_TEST_TMPDIR/prev.csv"
	run -0 isac-plan -q -p "$BATS_TEST_TMPDIR/prev.csv" "$GAP"
	assert_line --index 0 --partial ",status,tlp"
	assert_output --regexp $'\n1,SAP,1,1,SAP\\.1\\.2,[^\n]*,TLP:AMBER\n'
	assert_output --regexp $'\n1,SAP,1,1,SAP\\.1\\.1,[^\n]*,open,\n'
	printf 'org,name,email,role,rep,tlp\nA,Anna,anna@a.nl,chair,primary,red\nB,Bob,bob@b.nl,,primary,\n' >"$BATS_TEST_TMPDIR/roster.csv"
	run -0 isac-plan -o "$BATS_TEST_TMPDIR/roster.csv" "$GAP"
	assert_output --regexp $'\n1,SAP,1,1,SAP\\.1\\.1,[^\n]*,Anna,open,TLP:RED\n'
	assert_output --regexp $'\n1,WM,1,1,WM\\.1\\.1,[^\n]*,Bob,open,\n'
}

@test "tlp: a previous plan with both owner and Owner is refused, not half read" {
	answers no >"$A"
	isac-gap -L 1 "$A" >"$GAP" || [ $? = 1 ]
	isac-plan "$GAP" | sed '1s/$/,Owner/; 2,$s/$/,x/' >"$BATS_TEST_TMPDIR/prev.csv"
	run -2 --separate-stderr isac-plan -p "$BATS_TEST_TMPDIR/prev.csv" "$GAP"
	assert_output ""
	assert_equal "$stderr" "isac-plan: $BATS_TEST_TMPDIR/prev.csv:1: columns 8 'owner' and 10 'Owner' name the same column"
}

# --- no silent cuts ------------------------------------------------------

@test "tlp: a note longer than 4096 bytes is kept whole, and the next respondent's note too" {
	long=$(awk 'BEGIN { for (i = 0; i < 1500; i++) printf "\303\251\342\202\254"; }')
	printf 'respondent,id,answer,note\nA,SAP.1.1,yes,%s\nB,SAP.1.1,no,second note\n' "$long" >"$A"
	run -0 isac-score -D "$A"
	assert_line --index 1 --partial "A: $long | B: second note"
	run -1 isac-gap -L 1 "$A"
	assert_output --partial "A: $long | B: second note"
	printf '%s\n' "$output" | iconv -f UTF-8 -t UTF-8 >/dev/null
}

# SPDX-License-Identifier: EUPL-1.2
# isac-roster due: what needs a person by a date (issue 19), from the
# roster, the meetings, the plan and the answers; exit 1 when anything is
# due, like a linter, so that cron mails only then.
load test_helper

setup() {
	G="$DATA/roster/good.csv"
	L="$DATA/roster/labelled.csv"
	R="$BATS_TEST_TMPDIR/roster.csv"
	M="$BATS_TEST_TMPDIR/meetings.csv"
	P="$BATS_TEST_TMPDIR/plan.csv"
	A="$BATS_TEST_TMPDIR/answers.csv"
	HDR="due,kind,subject,who,message"
	# N: the good roster with its officers elected again on 2027-01-01,
	# so that no term ends before 2029.
	N="$BATS_TEST_TMPDIR/new.csv"
	sed '2s/,[0-9-]*$/,2027-01-01/; 4s/,[0-9-]*$/,2027-01-01/;
	    6s/,[0-9-]*$/,2027-01-01/' "$G" >"$N"
}

# plan: a small plan with dates, as isac-plan -S writes one, into $P.
plan() {
	cat >"$P" <<'EOF'
step,capability,level,reaches,id,action,guidance,owner,status,start,end
1,SAP,2,2,SAP.2.10,Write the year plan.,,Anna de Vries,gestart,2027-01-01,2027-03-31
1,SAP,2,2,SAP.2.9,Find resources.,,Eva Smit,open,2027-01-01,2027-03-31
1,SAP,2,2,SAP.2.3,Agree the goals.,,Eva Smit,klaar,2027-01-01,2027-03-31
2,WM,3,3,WM.3.1,"Staff the ISAC, in part.",,,vervallen,2027-04-01,2027-06-30
2,WM,3,3,WM.3.3,Agree procedures.,,Chantal Bakker,heropend,2027-04-01,2027-06-30
EOF
}

@test "due: the example records on 2031-01-15: the evaluation is overdue and three terms have ended, exit 1" {
	cp -R "$SHARE/examples/records" "$BATS_TEST_TMPDIR/rec"
	cd "$BATS_TEST_TMPDIR/rec"
	ISAC_TODAY=2031-01-15 run -1 --separate-stderr isac-roster due \
	    --answers answers/2025.csv --answers answers/2026.csv roster.csv
	assert_output "$HDR
2026-02-01,term,secretary,Eva Smit,\"secretary of Hoogheemraadschap Oost, afdeling IV since 2024-02-01: the term of at most 2 years ended on 2026-02-01\"
2027-03-01,term,vice-chair,Chantal Bakker,vice-chair of Drinkwater Zuid since 2025-03-01: the term of at most 2 years ended on 2027-03-01
2028-02-03,term,chair,Anna de Vries,chair of Waterschap Noord since 2026-02-03: the term of at most 2 years ended on 2028-02-03
2028-12-31,evaluation,2026,,\"the latest evaluation, of period '2026', ended on 2026-12-31: the NCSC advises one every two years (\"\"Plan elke 2 jaar een evaluatie\"\")\""
	[ -z "$stderr" ]
	# The latest period is the one that ends last, in any order given.
	ISAC_TODAY=2031-01-15 run -1 isac-roster due --answers answers/2026.csv \
	    --answers answers/2025.csv roster.csv
	assert_line --index 4 --partial "2028-12-31,evaluation,2026,,"
}

@test "due: nothing due is exit 0 and the header only" {
	printf 'period,id,answer\n2025-H1,SAP.1.1,yes\n' >"$A"
	ISAC_TODAY=2025-06-01 run -0 --separate-stderr isac-roster due --answers "$A" "$G"
	assert_output "$HDR"
	[ -z "$stderr" ]
	run -0 isac-roster due -t --date 2025-06-01 "$G"
	assert_output "$(printf 'due\tkind\tsubject\twho\tmessage')"
}

@test "due: the evaluation is due two years after the end of its period, not before" {
	printf 'periode,nr,antwoord\n2025-Q2,SAP.1.1,ja\n2024,SAP.1.1,ja\n' >"$A"
	run -0 isac-roster due --date 2027-06-30 --answers "$A" "$N"
	refute_output --partial evaluation
	run -1 isac-roster due --date 2027-07-01 --answers "$A" "$N"
	assert_line --index 1 "2027-06-30,evaluation,2025-Q2,,\"the latest evaluation, of period '2025-Q2', ended on 2025-06-30: the NCSC advises one every two years (\"\"Plan elke 2 jaar een evaluatie\"\")\""
	ISAC_TODAY=2027-07-01 run -1 isac-roster due --answers "$A" "$N"
	assert_line --index 1 --partial "2027-06-30,evaluation,2025-Q2,"
	ISAC_TODAY=2027-07-01 run -0 isac-roster due --date 2027-01-01 --answers "$A" "$N"
	assert_output "$HDR"
}

@test "due: answers without a period are warned about; the wrong file is refused at its header" {
	printf 'id,answer\nSAP.1.1,yes\n' >"$A"
	run -0 --separate-stderr isac-roster due --date 2025-06-01 --answers "$A" "$G"
	assert_output "$HDR"
	assert_equal "$stderr" "isac-roster: warning: $A: no column 'period': when it was answered cannot be told"
	printf 'period,id,answer\nnajaar,SAP.1.1,yes\n' >"$A"
	run -0 --separate-stderr isac-roster due --date 2025-06-01 --answers "$A" "$G"
	assert_equal "$stderr" "isac-roster: warning: no period of the answers says a date: whether an evaluation is due cannot be told"
	run -2 --separate-stderr isac-roster due --answers "$G" "$G"
	[ -z "$output" ]
	[[ "$stderr" == "isac-roster: $G:1: no column 'id' (or 'nr')"* ]]
	run -2 --separate-stderr isac-roster due --answers "$G.none" "$G"
	[[ "$stderr" == "isac-roster: $G.none"*"No such file or directory" ]]
}

@test "due: the terms that ended, as terms --max-years says" {
	run -1 isac-roster due --date 2026-11-24 "$G"
	assert_output "$HDR
2026-01-10,term,chair,Anna de Vries,chair of Waterschap Noord since 2024-01-10: the term of at most 2 years ended on 2026-01-10
2026-02-01,term,secretary,Eva Smit,\"secretary of Hoogheemraadschap Oost, afdeling IV since 2024-02-01: the term of at most 2 years ended on 2026-02-01\""
	run -1 isac-roster terms --date 2026-11-24 "$G"
	[ "${#lines[@]}" -eq 3 ]
	run -0 isac-roster due --max-years 3 --date 2026-11-24 "$G"
	assert_output "$HDR"
	run -1 isac-roster due --max-years 1 --date 2026-03-01 "$G"
	assert_line --index 3 "2026-03-01,term,vice-chair,Chantal Bakker,vice-chair of Drinkwater Zuid since 2025-03-01: the term of at most 1 year ended on 2026-03-01"
}

@test "due: a member who has not signed, due the day they joined, or today when that is unknown" {
	sed '5s/2024-01-12,2024-01-12/,2024-01-12/; 7s/2024-02-01,2024-02-01/,/' "$G" >"$R"
	run -1 isac-roster due --date 2025-06-01 "$R"
	assert_output "$HDR
2024-01-12,signature,Drinkwater Zuid,Dirk Visser,line 5: has not signed the membership guidelines
2025-06-01,signature,\"Hoogheemraadschap Oost, afdeling IV\",Frank Mulder,line 7: has not signed the membership guidelines"
}

@test "due: an agenda within --days or past while its meeting is ahead; a meeting within seven days" {
	isac-roster meetings -y 2027 "$G" >"$M"
	# 2027-02-02 (agenda 2027-01-12), 2027-03-30 (agenda 2027-03-09), ...
	run -0 isac-roster due --date 2026-12-28 --meetings "$M" "$N"
	assert_output "$HDR"
	run -1 isac-roster due --date 2026-12-29 --meetings "$M" "$N"
	assert_output "$HDR
2027-01-12,agenda,2027-02-02,Eva Smit,the agenda of the meeting on 2027-02-02 is due on 2027-01-12"
	run -1 isac-roster due --date 2027-01-27 --meetings "$M" "$N"
	assert_output "$HDR
2027-01-12,agenda,2027-02-02,Eva Smit,the agenda of the meeting on 2027-02-02 was due on 2027-01-12
2027-02-02,meeting,2027-02-02,Waterschap Noord,\"the meeting on 2027-02-02, hosted by Waterschap Noord\""
	run -0 isac-roster due --date 2027-02-03 --meetings "$M" "$N"
	assert_output "$HDR"
	run -1 isac-roster due --date 2027-02-03 --days 34 --meetings "$M" "$N"
	assert_line --index 1 "2027-03-09,agenda,2027-03-30,Eva Smit,the agenda of the meeting on 2027-03-30 is due on 2027-03-09"
	run -1 isac-roster due --date 2027-02-03 --days 34 --meetings "$M" "$N"
	[ "${#lines[@]}" -eq 2 ]
	run -0 isac-roster due --date 2027-02-03 --days 33 --meetings "$M" "$N"
}

@test "due: plan steps past their end that are neither done nor dropped, by id in natural order" {
	plan
	run -0 isac-roster due --date 2027-03-31 --plan "$P" "$N"
	assert_output "$HDR"
	run -1 isac-roster due --date 2027-07-01 --plan "$P" "$N"
	assert_output "$HDR
2027-03-31,step,SAP.2.9,Eva Smit,line 3: ended on 2027-03-31 and is open: Find resources.
2027-03-31,step,SAP.2.10,Anna de Vries,line 2: ended on 2027-03-31 and is started: Write the year plan.
2027-06-30,step,WM.3.3,Chantal Bakker,line 6: ended on 2027-06-30 and is reopened: Agree procedures."
}

@test "due: a plan without dates is warned about; a bad status or date is an error with file and line" {
	plan
	printf 'id,owner,status\nSAP.2.9,Eva Smit,open\n' >"$P.nodates"
	run -0 --separate-stderr isac-roster due --date 2027-07-01 --plan "$P.nodates" "$N"
	assert_output "$HDR"
	assert_equal "$stderr" "isac-roster: warning: $P.nodates: no column 'end': no step of the plan can be due"
	sed -i '3s/,open,/,half,/' "$P"
	run -2 --separate-stderr isac-roster due --date 2027-07-01 --plan "$P" "$N"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: $P:3: unknown status 'half': use open, started, done, dropped or reopened"
	plan
	sed -i '3s/2027-03-31$/31-3-27/' "$P"
	run -2 --separate-stderr isac-roster due --date 2027-07-01 --plan "$P" "$N"
	assert_equal "$stderr" "isac-roster: $P:3: bad date '31-3-27' in column 'end' (use YYYY-MM-DD or DD-MM-YYYY)"
	printf 'date,agenda_due,host\n2027-02-02,30-2-2027,x\n' >"$M"
	run -2 --separate-stderr isac-roster due --meetings "$M" "$N"
	assert_equal "$stderr" "isac-roster: $M:2: bad date '30-2-2027' in column 'agenda_due' (use YYYY-MM-DD or DD-MM-YYYY)"
	run -2 --separate-stderr isac-roster due --meetings "$N" "$N"
	[[ "$stderr" == "isac-roster: $N:1: no column 'date' (or 'datum') in the header"* ]]
}

@test "due: day-first dates are read in the meetings and the plan" {
	plan
	sed -i '6s/2027-06-30$/30-6-2027/' "$P"
	run -1 isac-roster due --date 2027-07-01 --plan "$P" "$N"
	assert_line --index 3 "2027-06-30,step,WM.3.3,Chantal Bakker,line 6: ended on 2027-06-30 and is reopened: Agree procedures."
	printf 'datum,agenda_due,gastheer\n2-2-2027,12-1-2027,Waterschap Noord\n' >"$M"
	run -1 isac-roster due --date 2027-01-27 --meetings "$M" "$N"
	assert_line --index 1 "2027-01-12,agenda,2027-02-02,Eva Smit,the agenda of the meeting on 2027-02-02 was due on 2027-01-12"
	assert_line --index 2 "2027-02-02,meeting,2027-02-02,Waterschap Noord,\"the meeting on 2027-02-02, hosted by Waterschap Noord\""
}

@test "due: labels travel: each row carries the label of the rows it came from" {
	printf 'period,id,answer,tlp\n2024,SAP.1.1,yes,green\n2024,SAP.1.2,yes,amber\n2023,SAP.1.1,yes,red\n' >"$A"
	isac-roster meetings -y 2027 "$L" >"$M"
	sed '5s/,Red,/,red,/; 5s/2024-01-12,2024-01-12/,2024-01-12/' "$L" >"$R"
	plan
	sed -i '1s/$/,tlp/; 2s/$/,amber+strict/; 3,$s/$/,/' "$P"
	run -1 isac-roster due --date 2027-07-01 --answers "$A" --meetings "$M" --plan "$P" "$R"
	assert_output "$HDR,tlp
2024-01-12,signature,Drinkwater Zuid,Dirk Visser,line 5: has not signed the membership guidelines,TLP:RED
2026-01-10,term,chair,Anna de Vries,chair of Waterschap Noord since 2024-01-10: the term of at most 2 years ended on 2026-01-10,TLP:CLEAR
2026-02-01,term,secretary,Eva Smit,\"secretary of Hoogheemraadschap Oost, afdeling IV since 2024-02-01: the term of at most 2 years ended on 2026-02-01\",
2026-12-31,evaluation,2024,,\"the latest evaluation, of period '2024', ended on 2024-12-31: the NCSC advises one every two years (\"\"Plan elke 2 jaar een evaluatie\"\")\",TLP:AMBER
2027-03-01,term,vice-chair,Chantal Bakker,vice-chair of Drinkwater Zuid since 2025-03-01: the term of at most 2 years ended on 2027-03-01,TLP:GREEN
2027-03-31,step,SAP.2.9,Eva Smit,line 3: ended on 2027-03-31 and is open: Find resources.,
2027-03-31,step,SAP.2.10,Anna de Vries,line 2: ended on 2027-03-31 and is started: Write the year plan.,TLP:AMBER+STRICT
2027-06-22,agenda,2027-07-13,Eva Smit,the agenda of the meeting on 2027-07-13 was due on 2027-06-22,TLP:GREEN
2027-06-30,step,WM.3.3,Chantal Bakker,line 6: ended on 2027-06-30 and is reopened: Agree procedures.,"
	# A meeting carries its row's label; its agenda the secretary's too.
	run -1 isac-roster due --date 2027-05-10 --meetings "$M" "$L"
	assert_line "2027-05-11,agenda,2027-06-01,Eva Smit,the agenda of the meeting on 2027-06-01 is due on 2027-05-11,"
	run -1 isac-roster due --date 2027-01-27 --meetings "$M" "$L"
	assert_line "2027-02-02,meeting,2027-02-02,Waterschap Noord,\"the meeting on 2027-02-02, hosted by Waterschap Noord\",TLP:AMBER"
	sed -i '3s/,TLP:RED$/,TLP:GREEN/' "$M"
	sed '6s/,,eva.smit/,red,eva.smit/' "$L" >"$R"
	run -1 isac-roster due --date 2027-03-20 --meetings "$M" "$R"
	assert_line "2027-03-09,agenda,2027-03-30,Eva Smit,the agenda of the meeting on 2027-03-30 was due on 2027-03-09,TLP:RED"
}

@test "due: a tlp column in any input gives the table a tlp column, even with no label in it" {
	plan
	sed -i '1s/$/,tlp/; 2,$s/$/,/' "$P"
	run -1 isac-roster due --date 2027-07-01 --plan "$P" "$N"
	assert_line --index 0 "$HDR,tlp"
	assert_line --index 1 "2027-03-31,step,SAP.2.9,Eva Smit,line 3: ended on 2027-03-31 and is open: Find resources.,"
	run -0 isac-roster due --date 2025-06-01 "$L"
	assert_output "$HDR,tlp"
}

@test "due: isac-render knows the table, in English and Dutch" {
	run -0 bash -c "isac-roster due --date 2026-11-24 '$G' | isac-render -f md --tlp clear -l nl"
	assert_line --index 1 "# Te doen"
	assert_output --partial "| 2026-01-10 | termijn | voorzitter | Anna de Vries | voorzitter van Waterschap Noord sinds 2024-01-10: de termijn van hoogstens 2 jaar eindigde op 2026-01-10 |"
	run -0 bash -c "isac-roster due --date 2026-11-24 '$G' | isac-render -f md --tlp clear"
	assert_line --index 1 "# Due"
	assert_output --partial "| 2026-01-10 | term | chair | Anna de Vries |"
}

@test "due: usage errors: options of other commands, one letter one meaning, one standard input" {
	run -2 --separate-stderr isac-roster check --answers "$A" "$G"
	assert_equal "${stderr_lines[0]}" "isac-roster: --answers goes with due"
	run -2 --separate-stderr isac-roster meetings -y 2027 --days 3 "$G"
	assert_equal "${stderr_lines[0]}" "isac-roster: --days goes with due"
	run -2 --separate-stderr isac-roster due --count 3 "$G"
	assert_equal "${stderr_lines[0]}" "isac-roster: -n goes with meetings"
	run -2 --separate-stderr isac-roster due --days 400 "$G"
	assert_equal "${stderr_lines[0]}" "isac-roster: --days takes a whole number from 0 to 366, not '400'"
	run -2 --separate-stderr isac-roster due --date tomorrow "$G"
	assert_equal "${stderr_lines[0]}" "isac-roster: --date takes a date YYYY-MM-DD, not 'tomorrow'"
	run -2 --separate-stderr isac-roster check --plan "$P" "$G"
	assert_equal "${stderr_lines[0]}" "isac-roster: --plan goes with due"
	run -2 --separate-stderr isac-roster terms --meetings "$M" "$G"
	assert_equal "${stderr_lines[0]}" "isac-roster: --meetings goes with due or topics or agenda or minutes"
	run -2 --separate-stderr sh -c "isac-roster due --answers - - <'$G'"
	assert_equal "${stderr_lines[0]}" "isac-roster: only one file can be the standard input"
	# -d is the delimiter, with due as everywhere
	sed 's/,/;/g' "$G" >"$R"
	run -0 isac-roster check -d ';' "$R"
	run -0 isac-roster due -d ';' --date 2025-06-01 "$R"
	assert_output "$HDR"
	run -0 isac-roster due --delimiter ';' --date 2025-06-01 "$R"
	assert_output "$HDR"
}

@test "due: the roster may come from the standard input; the answers too" {
	printf 'period,id,answer\n2020,SAP.1.1,yes\n' >"$A"
	run -1 sh -c "isac-roster due --date 2023-01-02 --answers - '$G' <'$A'"
	assert_line --index 1 --partial "2022-12-31,evaluation,2020,,"
	run -0 sh -c "isac-roster due --date 2025-06-01 - <'$G'"
	assert_output "$HDR"
}

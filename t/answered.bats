# SPDX-License-Identifier: EUPL-1.2
# Who has answered (issue 21 §3): isac-roster answered, the roster beside
# the answers; isac-score -D --by-respondent, who answered what.  The
# fixtures are the example roster and answers whose notes are the
# guide's own words ("met alle deelnemers na te lopen").
load test_helper

setup() {
	A="$DATA/answered/answers.csv"
	R="$DATA/answered/roster.csv"
	HDR="period,org,name,respondent,answered,unanswered,checklist,tlp"
	T="$BATS_TEST_TMPDIR"
}

# --- isac-roster answered ---------------------------------------------------

@test "answered: an organisation nobody answered for is missing, its representatives named, and the check exits 1" {
	run -1 --separate-stderr isac-roster answered "$R" "$A"
	assert_line --index 0 "$HDR"
	assert_line "2026,Zuiveringsbedrijf Midden,Karin Vos,,0,56,missing,TLP:GREEN"
	assert_line "2026,Zuiveringsbedrijf Midden,Lars Meijer,,0,56,missing,"
	assert_line "2026,Havenbedrijf West,Ingrid Peters,,0,56,missing,"
	assert_line "2026,Havenbedrijf West,Jan Hendriks,,0,56,missing,"
	# the representative who left is not who to remind
	refute_line --partial "Henk Bos"
}

@test "answered: an organisation that answered every question has returned it" {
	run -1 --separate-stderr isac-roster answered "$R" "$A"
	assert_line --index 1 "2026,Waterschap Noord,,Waterschap Noord,56,0,returned,"
}

@test "answered: a respondent's name in another case is the organisation, its return incomplete with the counts of the model's questions" {
	run -1 --separate-stderr isac-roster answered "$R" "$A"
	assert_line --index 2 "2026,Drinkwater Zuid,,Drinkwater zuid,3,53,incomplete,TLP:AMBER"
	refute_line --partial "Chantal Bakker"
	# matched, but not silently: isac-score would count it apart
	[[ "$stderr" == *"respondent 'Drinkwater zuid' is written 'Drinkwater Zuid' on the roster ("*"): isac-score counts each spelling as a respondent of its own"* ]]
}

@test "answered: a respondent that names a representative is that person's organisation returning it" {
	run -1 --separate-stderr isac-roster answered "$R" "$A"
	assert_line --index 3 "2026,\"Hoogheemraadschap Oost, afdeling IV\",Eva Smit,Eva Smit,2,54,incomplete,"
	refute_line --partial "Gert de Boer"
}

@test "answered: a name not on the roster is a warning with its line and the name it resembles, and not a return" {
	run -1 --separate-stderr isac-roster answered "$R" "$A"
	# the other warning is of Drinkwater zuid, matched but written otherwise
	assert_equal "${stderr_lines[1]}" "isac-roster: warning: $A:287: respondent 'Havenbedrijf-West' is not on the roster, not counted as a return: it resembles 'Havenbedrijf West' ($R:8)"
	assert_equal "${#stderr_lines[@]}" 2
	assert_line --index 8 "2026,,,Havenbedrijf-West,1,55,not on the roster,"
	assert_line "2026,Havenbedrijf West,Ingrid Peters,,0,56,missing,"
}

@test "answered: a typo of a letter resembles the roster name; a name like none is a plain warning" {
	printf '%s\n' respondent,id,answer 'Waterschap Nord,SAP.1.1,yes' \
	    'Waterschap Noord,SAP.1.1,yes' 'Gemeente West,SAP.1.1,no' \
	    'Eva  Smit,SAP.1.1,yes' >"$T/a.csv"
	run -1 --separate-stderr isac-roster answered "$R" "$T/a.csv"
	assert_equal "${stderr_lines[0]}" "isac-roster: warning: $T/a.csv:2: respondent 'Waterschap Nord' is not on the roster, not counted as a return: it resembles 'Waterschap Noord' ($R:2)"
	assert_equal "${stderr_lines[1]}" "isac-roster: warning: $T/a.csv:4: respondent 'Gemeente West' is not on the roster, not counted as a return"
	assert_equal "${stderr_lines[2]}" "isac-roster: warning: $T/a.csv:5: respondent 'Eva  Smit' is not on the roster, not counted as a return: it resembles 'Eva Smit' ($R:6)"
	assert_line "Waterschap Noord,,Waterschap Noord,1,55,incomplete,"
	assert_line ",,Waterschap Nord,1,55,not on the roster,"
}

@test "answered: the same name in two organisations is ambiguous, a warning naming both" {
	sed '$a\
Drinkwater Zuid,Eva Smit,e.smit@dwzuid.nl,member,,2024-01-12,2024-01-12,,,' \
	    "$R" >"$T/r.csv"
	printf '%s\n' respondent,id,answer 'eva smit,SAP.1.1,yes' >"$T/a.csv"
	run -1 --separate-stderr isac-roster answered "$T/r.csv" "$T/a.csv"
	assert_equal "${stderr_lines[0]}" "isac-roster: warning: $T/a.csv:2: respondent 'eva smit' names people of two organisations, 'Drinkwater Zuid' and 'Hoogheemraadschap Oost, afdeling IV': not counted as a return"
	assert_line ",,eva smit,1,55,not on the roster,"
	assert_line "\"Hoogheemraadschap Oost, afdeling IV\",Eva Smit,,0,56,missing,"
}

@test "answered: names are the same in any Unicode spelling: case folded, NFC" {
	printf '%s\n' org,name,email,role,rep,signed,joined,left \
	    'Waterschap Één,Anna,a@w.nl,chair,primary,2024-01-01,2024-01-01,' >"$T/r.csv"
	printf 'respondent,id,answer\nwaterschap e\xcc\x81e\xcc\x81n,SAP.1.1,yes\n' >"$T/a.csv"
	run -0 --separate-stderr isac-roster answered "$T/r.csv" "$T/a.csv"
	# each as written: the roster's NFC, the respondent's NFD
	assert_output "$(printf 'org,name,respondent,answered,unanswered,checklist\nWaterschap \303\211\303\251n,,waterschap e\314\201e\314\201n,1,55,incomplete')"
	# the same name, written otherwise: said once, with where
	assert_equal "${#stderr_lines[@]}" 1
	[[ "$stderr" == *"a.csv:2: respondent 'waterschap e"*"' is written 'Waterschap "*"' on the roster"* ]]
}

@test "answered: an earlier period asks only the organisations of that period, and all returned exits 0" {
	run -0 --separate-stderr isac-roster answered -P 2025 "$R" "$A"
	assert_equal "${#lines[@]}" 5
	assert_line --index 4 "2025,Havenbedrijf West,,Havenbedrijf West,56,0,returned,"
	refute_line --partial "Zuiveringsbedrijf"
	assert_equal "$stderr" ""
}

@test "answered: the default period is the latest" {
	run -1 --separate-stderr isac-roster answered "$R" "$A"
	refute_line --partial "2025,"
	run -1 --separate-stderr isac-roster answered --period 2026 "$R" "$A"
	assert_line --index 1 "2026,Waterschap Noord,,Waterschap Noord,56,0,returned,"
}

@test "answered: a period the answers do not have is an error, nothing written" {
	run -2 --separate-stderr isac-roster answered -P 2027 "$R" "$A"
	assert_output ""
	assert_equal "$stderr" "isac-roster: $A: no period '2027' in the answers: they have '2025' to '2026'"
}

@test "answered: -m counts the questions of another model" {
	printf '%s\n' respondent,id,answer 'Waterschap Noord,ACT.1.1,yes' \
	    'Waterschap Noord,ACT.2.1,no' 'Drinkwater Zuid,ACT.1.1,yes' \
	    >"$T/a.csv"
	run -1 --separate-stderr isac-roster answered -m "$DATA/model-small.csv" "$R" "$T/a.csv"
	assert_line --index 1 "Waterschap Noord,,Waterschap Noord,2,0,returned,"
	assert_line --index 2 "Drinkwater Zuid,,Drinkwater Zuid,1,1,incomplete,TLP:AMBER"
	assert_line --index 3 "\"Hoogheemraadschap Oost, afdeling IV\",Eva Smit,,0,2,missing,"
}

@test "answered: Dutch answers and roster are read, the header written in Dutch for Excel" {
	cd "$SHARE/examples/records"
	run -0 --separate-stderr isac-roster answered --excel -l nl roster.csv answers/2026.csv
	assert_line --index 0 "$(printf '\357\273\277')periode;organisatie;naam;respondent;beantwoord;onbeantwoord;checklist"$'\r'
	assert_line --index 5 "2026;Zuiveringsbedrijf Midden;;Zuiveringsbedrijf Midden;56;0;returned"$'\r'
}

@test "answered: it takes the roster and answers files; -m and -P go with it alone" {
	run -2 --separate-stderr isac-roster answered "$R"
	assert_output ""
	assert_equal "${stderr_lines[0]}" "isac-roster: answered takes the roster and answers files"
	run -2 --separate-stderr isac-roster check -P 2026 "$R"
	assert_equal "${stderr_lines[0]}" "isac-roster: -P goes with answered"
	run -2 --separate-stderr isac-roster terms -m model "$R"
	assert_equal "${stderr_lines[0]}" "isac-roster: -m goes with answered"
}

@test "answered: bad answers are an error at their line, nothing written" {
	printf '%s\n' respondent,id,answer 'Waterschap Noord,SAP.1.1,perhaps' >"$T/a.csv"
	run -2 --separate-stderr isac-roster answered "$R" "$T/a.csv"
	assert_output ""
	assert_equal "$stderr" "isac-roster: $T/a.csv:2: unknown answer 'perhaps' for SAP.1.1"
}

# --- isac-score -D --by-respondent ------------------------------------------

@test "by-respondent: a row per respondent of each disputed question, with answer, note and its own label" {
	run -0 --separate-stderr isac-score -D --by-respondent "$A"
	assert_equal "${#lines[@]}" 5
	assert_line --index 0 "period,id,respondent,answer,note,question,tlp"
	Q="Has an information exchange objective been formulated in mutual consultation?"
	assert_line --index 1 "2026,SAP.1.1,Waterschap Noord,yes,,$Q,"
	assert_line --index 2 "2026,SAP.1.1,Drinkwater zuid,no,Het wordt aangeraden om deze met alle deelnemers na te lopen,$Q,TLP:AMBER"
	assert_line --index 3 "2026,SAP.1.1,Eva Smit,partial,zodat er een gezamenlijk beeld wordt gevormd,$Q,"
	assert_line --index 4 "2026,SAP.1.1,Havenbedrijf-West,yes,,$Q,"
}

@test "by-respondent: a respondent who did not answer a disputed question has an empty answer" {
	printf '%s\n' respondent,id,answer,note 'Anna,SAP.1.1,yes,' 'Bram,SAP.1.1,no,' \
	    'Chantal,SAP.1.1,,nog niet besproken' 'Chantal,SAP.1.2,yes,' >"$T/a.csv"
	run -0 --separate-stderr isac-score -D --by-respondent "$T/a.csv"
	assert_line --index 3 "SAP.1.1,Chantal,,nog niet besproken,Has an information exchange objective been formulated in mutual consultation?"
	assert_equal "${#lines[@]}" 4
}

@test "by-respondent: the table is an answers file that gives the same disagreements" {
	isac-score -D --by-respondent "$A" >"$T/who.csv"
	run -0 --separate-stderr isac-score -D "$T/who.csv"
	assert_line --index 1 --partial "2026,SAP.1.1,2,1,1,0,0,"
	assert_equal "${#lines[@]}" 2
}

@test "by-respondent: it goes with -D" {
	run -2 --separate-stderr isac-score --by-respondent "$A"
	assert_output ""
	assert_equal "${stderr_lines[0]}" "isac-score: --by-respondent goes with -D"
}

# --- isac-render ------------------------------------------------------------

@test "render: both tables are recognised, headed and worded in Dutch" {
	isac-roster answered "$R" "$A" >"$T/returns.csv" 2>/dev/null || true
	isac-score -D --by-respondent "$A" >"$T/who.csv"
	run -0 --separate-stderr isac-render -f md -l nl "$T/returns.csv" "$T/who.csv"
	assert_line "# Ingeleverde checklists"
	assert_line "# Verschillen per respondent"
	assert_line "| 2026 | Zuiveringsbedrijf Midden | Lars Meijer |  | 0 | 56 | ontbreekt |  |"
	assert_line "| 2026 |  |  | Havenbedrijf-West | 1 | 55 | niet op de deelnemerslijst |  |"
	assert_line --partial "| 2026 | SAP.1.1 | Eva Smit | deels | zodat er een gezamenlijk beeld wordt gevormd | Is er een gemeenschappelijk geformuleerd doel van informatie-uitwisseling? |"
	run -0 --separate-stderr isac-render -f md "$T/returns.csv"
	assert_line "# Checklist returns"
	assert_line "| 2026 | Drinkwater Zuid |  | Drinkwater zuid | 3 | 53 | incomplete | TLP:AMBER |"
}

@test "render: the returns carry their strictest label to the document" {
	isac-roster answered "$R" "$A" >"$T/returns.csv" 2>/dev/null || true
	run -0 --separate-stderr isac-render -f md "$T/returns.csv"
	assert_line --index 0 "**TLP:AMBER**"
}

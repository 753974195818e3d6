# SPDX-License-Identifier: EUPL-1.2
# The two-yearly evaluation and the membership guidelines (issue 21 §4):
# isac-roster evaluation, the form of "Plan elke 2 jaar een evaluatie";
# isac-roster due counting the evaluation from the record of evaluations
# held; and the guide's membership guidelines as a checklist model.
load test_helper

setup() {
	D="$DATA/evaluation"
	R="$D/roster.csv"
	A="$D/attendance.csv"
	E="$D/evaluations.csv"
	T="$BATS_TEST_TMPDIR"
	HDR="period,question,guidance,answer,org,meetings,attended,rate,absent,brings,takes,tlp"
}

@test "evaluation: the form asks Fase 1's founding questions, in Dutch as the guide writes them" {
	run -0 --separate-stderr isac-roster evaluation -l nl "$R" "$A"
	[ -z "$stderr" ]
	assert_line --index 0 "$HDR"
	run -0 bash -c "isac-roster evaluation -l nl '$R' '$A' | csvdump /dev/stdin |
	    jq -r '.[1:6][] | .[1]'"
	assert_output "Wie zijn wij en wat hebben we gemeen?
Wat is het gezamenlijke doel?
Hebben we nog andere organisaties nodig om dit doel te bereiken?
Wat voor informatie willen wij samen gaan delen?
Zijn wij de juiste personen die in de ISAC moeten zitten?"
	run -0 bash -c "isac-roster evaluation -l nl '$R' '$A' | csvdump /dev/stdin |
	    jq -r '.[1][2]'"
	assert_output "Denk hierbij aan processen, systemen, ketenafhankelijkheden, gezamenlijke uitdagingen, incidenten."
}

@test "evaluation: in English the same five questions, in the toolkit's translation marked as such" {
	run -0 bash -c "isac-roster evaluation -l en '$R' '$A' | csvdump /dev/stdin |
	    jq -r '.[1:6][] | .[1]'"
	assert_output "Who are we and what do we have in common?
What is the common objective?
Do we need other organisations to achieve this objective?
What kind of information do we want to share together?
Are we the right people to sit in the ISAC?"
	run -0 bash -c "csvdump '$SHARE/evaluation.en.csv' | jq -r '.[1:][] | .[3]' | sort -u"
	assert_output "002 Fase 1: Verkennen (translated by the isac developers)"
	run -0 bash -c "csvdump '$SHARE/evaluation.nl.csv' | jq -r '.[1:][] | .[3]' | sort -u"
	assert_output "002 Fase 1: Verkennen"
}

@test "evaluation: attendance per member organisation over the period, the absent ones marked, brengen and halen left to fill in" {
	run -0 --separate-stderr isac-roster evaluation --from 2024-11-27 \
	    --to 2026-03-03 "$R" "$A"
	[ -z "$stderr" ]
	run -0 bash -c "isac-roster evaluation --from 2024-11-27 --to 2026-03-03 \
	    '$R' '$A' | tail -n +7"
	assert_output "2024-11-27..2026-03-03,,,,Havenbedrijf Oost,3,3,100,no,,,TLP:CLEAR
2024-11-27..2026-03-03,,,,Terminal West,3,2,67,no,,,TLP:GREEN
2024-11-27..2026-03-03,,,,Loodsdienst Zuid,3,0,0,yes,,,
2024-11-27..2026-03-03,,,,Sleepdienst Noord,2,2,100,no,,,TLP:AMBER"
}

@test "evaluation: without a period, every meeting counts and the period is the first to the last" {
	run -0 bash -c "isac-roster evaluation '$R' '$A' | tail -n +7"
	assert_output "2024-03-05..2026-03-03,,,,Havenbedrijf Oost,4,4,100,no,,,TLP:CLEAR
2024-03-05..2026-03-03,,,,Terminal West,4,3,75,no,,,TLP:GREEN
2024-03-05..2026-03-03,,,,Loodsdienst Zuid,4,1,25,no,,,
2024-03-05..2026-03-03,,,,Sleepdienst Noord,2,2,100,no,,,TLP:AMBER"
}

@test "evaluation: --evaluations starts the period the day after the last evaluation held" {
	want=$(isac-roster evaluation --from 2024-11-27 "$R" "$A")
	run -0 --separate-stderr isac-roster evaluation --evaluations "$E" "$R" "$A"
	assert_output "$want"
	# An evaluation after --to is not yet held for that period.
	printf 'datum\n2024-11-26\n2026-01-20\n' >"$T/ev.csv"
	run -0 bash -c "isac-roster evaluation --evaluations '$T/ev.csv' \
	    --to 2025-12-31 '$R' '$A' | sed -n 7p"
	assert_output "2024-11-27..2025-12-31,,,,Havenbedrijf Oost,2,2,100,no,,,TLP:CLEAR"
}

@test "evaluation: a member's row carries the labels of its roster rows and of its attendance rows in the period; a question's row none" {
	sed '1s/$/,tlp/; 1!s/$/,/; /^2025-03-04,Terminal West/s/,$/,red/;
	    /^2024-03-05,Havenbedrijf Oost/s/,$/,red/' "$A" >"$T/att.csv"
	run -0 isac-roster evaluation --from 2025-01-01 "$R" "$T/att.csv"
	assert_line --index 1 --regexp ',$'
	assert_line --index 6 --regexp ',Havenbedrijf Oost,.*,TLP:CLEAR$'
	assert_line --index 7 --regexp ',Terminal West,.*,TLP:RED$'
}

@test "evaluation: no meeting in the period is a warning, and the form is still written" {
	run -0 --separate-stderr isac-roster evaluation --from 2027-01-01 "$R" "$A"
	assert_equal "$stderr" "isac-roster: warning: $A: no meeting from 2027-01-01 on in the period: no attendance to evaluate"
	assert_line --index 6 ",,,,Havenbedrijf Oost,0,0,,no,,,TLP:CLEAR"
}

@test "evaluation: --to before --from, and --from with --evaluations, are usage errors" {
	run -2 --separate-stderr isac-roster evaluation --from 2026-01-01 --to 2025-01-01 "$R" "$A"
	[ -z "$output" ]
	assert_equal "${stderr_lines[0]}" "isac-roster: --to is before --from"
	run -2 --separate-stderr isac-roster evaluation --from 2026-01-01 --evaluations "$E" "$R" "$A"
	assert_equal "${stderr_lines[0]}" "isac-roster: --from and --evaluations both say where the period starts: give one"
	run -2 --separate-stderr isac-roster attendance --from 2026-01-01 "$R" "$A"
	assert_equal "${stderr_lines[0]}" "isac-roster: --from goes with evaluation"
	run -2 --separate-stderr isac-roster check --evaluations "$E" "$R"
	assert_equal "${stderr_lines[0]}" "isac-roster: --evaluations goes with due or evaluation"
	run -2 --separate-stderr isac-roster evaluation "$R"
	assert_equal "${stderr_lines[0]}" "isac-roster: evaluation takes two files"
}

@test "evaluation: a bad date in the record or the attendance is an error at its line, and nothing is written" {
	printf 'datum,toelichting\n2024-11-26,eerste\n31-31-2025,tweede\n' >"$T/ev.csv"
	run -2 --separate-stderr isac-roster evaluation --evaluations "$T/ev.csv" "$R" "$A"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: $T/ev.csv:3: bad date '31-31-2025' in column 'date' (use YYYY-MM-DD or DD-MM-YYYY)"
	printf 'datum,toelichting\n,zonder datum\n' >"$T/ev.csv"
	run -2 --separate-stderr isac-roster due --evaluations "$T/ev.csv" "$R"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: $T/ev.csv:2: no date in column 'date'"
	sed '3s/2024-03-05/5 maart/' "$A" >"$T/att.csv"
	run -2 --separate-stderr isac-roster evaluation --from 2025-01-01 "$R" "$T/att.csv"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: $T/att.csv:3: bad date '5 maart' in column 'date' (use YYYY-MM-DD or DD-MM-YYYY)"
	printf 'toelichting\nzonder datum\n' >"$T/ev.csv"
	run -2 --separate-stderr isac-roster evaluation --evaluations "$T/ev.csv" "$R" "$A"
	[ -z "$output" ]
	assert_output ""
}

@test "evaluation: isac-render shows the form as an evaluation, with Dutch titles and words" {
	run -0 bash -c "isac-roster evaluation -l nl --from 2024-11-27 '$R' '$A' |
	    isac-render -f md -l nl --tlp amber"
	assert_line "# Evaluatie"
	assert_line "| periode | vraag | handreiking | antwoord | organisatie | bijeenkomsten | bijgewoond | opkomst | afwezig | brengen | halen | tlp |"
	assert_line "| 2024-11-27..2026-03-03 |  |  |  | Loodsdienst Zuid | 3 | 0 | 0 | ja |  |  |  |"
	# The Dutch header is read back as the same kind.
	run -0 bash -c "isac-roster evaluation --excel -l nl '$R' '$A' |
	    isac-render -f md -l en --tlp amber"
	assert_line "# Evaluation"
}

@test "due: the evaluation is counted from the last evaluation held, not from the last checklist" {
	# The checklist was answered in 2026; the last evaluation was held
	# on 2024-11-26: two years later it is due, whatever the answers say.
	printf 'period,id,answer\n2026,SAP.1.1,yes\n' >"$T/answers.csv"
	run -1 --separate-stderr isac-roster due --date 2026-11-26 --evaluations "$E" \
	    --answers "$T/answers.csv" "$R"
	[ -z "$stderr" ]
	assert_output 'due,kind,subject,who,message,tlp
2026-11-26,evaluation,2024-11-26,,"the last evaluation was held on 2024-11-26: the NCSC advises one every two years (""Plan elke 2 jaar een evaluatie"")",'
	run -0 isac-roster due --date 2026-11-25 --evaluations "$E" "$R"
	assert_output "due,kind,subject,who,message,tlp"
}

@test "due: the evaluation's item carries the label of the record's row" {
	printf 'date,note,tlp\n2022-05-10,first,green\n2024-11-26,second,amber\n' >"$T/ev.csv"
	run -1 isac-roster due --date 2027-01-15 --evaluations "$T/ev.csv" "$R"
	assert_line --index 1 --regexp '^2026-11-26,evaluation,2024-11-26,,.*,TLP:AMBER$'
}

@test "due: a record that names no evaluation leaves it to the answers, or warns" {
	printf 'period,id,answer\n2023,SAP.1.1,yes\n' >"$T/answers.csv"
	printf 'datum,toelichting\n2027-03-01,gepland\n' >"$T/ev.csv"
	run -1 --separate-stderr isac-roster due --date 2026-06-01 --evaluations "$T/ev.csv" \
	    --answers "$T/answers.csv" "$R"
	[ -z "$stderr" ]
	assert_line --index 1 --partial "2025-12-31,evaluation,2023,,\"the latest evaluation, of period '2023'"
	run -0 --separate-stderr isac-roster due --date 2026-06-01 --evaluations "$T/ev.csv" "$R"
	assert_equal "$stderr" "isac-roster: warning: $T/ev.csv: no evaluation held by 2026-06-01 in it: whether one is due cannot be told"
}

@test "guidelines: isac-score -m share/isac/guidelines.nl.csv scores the membership guidelines, level 1 where they cover a topic" {
	run -0 --separate-stderr isac-score -m "$SHARE/guidelines.nl.csv" "$D/guidelines-answers.csv"
	[ -z "$stderr" ]
	assert_output "capability,level,yes_1,applicable_1,unanswered
ORG,1,2,2,0
REP,1,2,2,0
ADM,1,2,2,0
CHG,0,0,1,0
ABS,1,1,1,0
INF,0,2,3,0
ROL,0,0,2,0"
	# By its bundled name too.
	run -0 isac-score -m guidelines "$D/guidelines-answers.csv"
	assert_line "CHG,0,0,1,0"
}

@test "guidelines: isac-score -T -m gives the blank form of every topic the guide names" {
	run -0 --separate-stderr isac-score -T -m guidelines -l nl
	[ -z "$stderr" ]
	assert_line --index 0 "id,capability,level,question,answer,respondent,note"
	assert_line --index 6 "ADM.1.2,ADM,1,Leggen de richtlijnen vast dat de leden het unaniem eens moeten zijn of een partij en diens voorgestelde vertegenwoordiger toetreedt?,,,"
	run -0 bash -c "isac-score -T -m guidelines -l en | cut -d, -f2 | sed 1d | uniq | tr '\n' ' '"
	assert_output "ORG REP ADM CHG ABS INF ROL "
}

@test "guidelines: both languages have the same questions at one level, and the Dutch quotes are the guide's" {
	run -0 bash -c "diff <(csvdump '$SHARE/guidelines.nl.csv' | jq -c 'map(.[0:3])') \
	    <(csvdump '$SHARE/guidelines.en.csv' | jq -c 'map(.[0:3])')"
	run -0 bash -c "csvdump '$SHARE/guidelines.nl.csv' | jq -r '.[1:][] | .[2]' | sort -u"
	assert_output "1"
	run -0 bash -c "csvdump '$SHARE/guidelines.nl.csv' | jq -r '.[1:][] | .[4]' | grep -c 'Ook bevat dit document afspraken over afwezigheid van een organisatie.'"
	assert_output "1"
	run -1 bash -c "csvdump '$SHARE/guidelines.en.csv' | jq -r '.[1:][] | .[5]' | grep -vc 'translated by the isac developers'"
	assert_output "0"
}

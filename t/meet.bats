# SPDX-License-Identifier: EUPL-1.2
# isac-roster's meeting cycle (Start een ISAC, Fase 3): the annual planning,
# the agenda, the minutes form, the actions register, a fixed venue, the
# back-up representatives' attendance and the admission vote.
load test_helper

setup() {
	D="$DATA/meet"
	R="$D/roster.csv"
	M="$D/meetings.csv"
	T="$D/topics.csv"
	A="$D/actions.csv"
	X="$BATS_TEST_TMPDIR"
}

# --- annual planning ----------------------------------------------------------

@test "meet: the meetings table carries each meeting's topics with their owners" {
	run -0 isac-roster meetings -y 2027 --topics "$T" "$R"
	assert_line --index 0 "date,agenda_due,host,topics"
	assert_line --index 1 "2027-02-02,2027-01-12,Waterschap Noord,Jaarplanning: onderwerpen en eigenaren voor het jaar (Anna de Vries)"
	assert_line --index 2 "2027-03-30,2027-03-09,Drinkwater Zuid,Informatie over incidenten meenemen naar vergaderingen (Chantal Bakker)"
	assert_line --index 4 "2027-07-13,2027-06-22,Havenbedrijf West,"
	# the fixture is what the command writes
	assert_equal "$output" "$(cat "$M")"
}

@test "meet: a topic for a month with no meeting is a finding of topics, not a warning of meetings" {
	sed 's/,maart,/,augustus,/' "$T" >"$X/t.csv"
	run -0 --separate-stderr isac-roster meetings -y 2027 --topics "$X/t.csv" "$R"
	assert_equal "$stderr" ""
	isac-roster meetings -y 2027 --topics "$X/t.csv" "$R" >"$X/m.csv"
	run -1 --separate-stderr isac-roster topics --meetings "$X/m.csv" "$R" "$X/t.csv"
	assert_line --index 1 "error,topic-meeting,,Chantal Bakker,line 3: no meeting in augustus in $X/m.csv for 'Informatie over incidenten meenemen naar vergaderingen'"
}

@test "meet: the calendar's events carry their topics, and none labelled red" {
	printf 'topic,owner,meeting,tlp\nRondje langs de incidenten,Anna de Vries,februari,red\nJaarplanning,Anna de Vries,February,amber\n' >"$X/t.csv"
	run -0 isac-roster meetings -y 2027 --ics --dtstamp 2026-12-01 --topics "$X/t.csv" "$R"
	assert_output --partial "Topics: Jaarplanning (Anna de Vries)"
	refute_output --partial "Rondje langs"
	run -0 isac-roster meetings -y 2027 --topics "$X/t.csv" "$R"
	assert_line --index 1 '2027-02-02,2027-01-12,Waterschap Noord,Rondje langs de incidenten (Anna de Vries); Jaarplanning (Anna de Vries),TLP:RED'
}

@test "meet: topics whose owners are members and whose meetings exist have no findings" {
	run -0 --separate-stderr isac-roster topics --meetings "$M" "$R" "$T"
	assert_output "severity,rule,org,name,message"
}

@test "meet: an owner not in the roster, a host that is no member and a missing meeting are findings, exit 1" {
	cp "$T" "$X/t.csv"
	echo "Bekende gezichten,Piet Onbekend,2027-05-04,,Gemaal Centraal" >>"$X/t.csv"
	echo "Rondje Rood,,juli,," >>"$X/t.csv"
	run -1 --separate-stderr isac-roster topics --meetings "$M" "$R" "$X/t.csv"
	assert_line --index 1 "error,topic-owner,Gemaal Centraal,Piet Onbekend,\"line 6: the owner of 'Bekende gezichten', Piet Onbekend, is not an active member in the roster\""
	assert_line --index 2 "error,topic-host,Gemaal Centraal,Piet Onbekend,\"line 6: the host of 'Bekende gezichten', Gemaal Centraal, is not a member organisation\""
	assert_line --index 3 "error,topic-meeting,Gemaal Centraal,Piet Onbekend,line 6: no meeting on 2027-05-04 in $M for 'Bekende gezichten'"
	assert_line --index 4 "error,topic-owner,,,line 7: 'Rondje Rood' has no owner"
	assert_equal "${#lines[@]}" 5
}

@test "meet: a meeting that is neither a date nor a month is an input error at its line" {
	printf 'topic,owner,meeting\nJaarplanning,Anna de Vries,volgende keer\n' >"$X/t.csv"
	run -2 --separate-stderr isac-roster topics "$R" "$X/t.csv"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: $X/t.csv:2: bad meeting 'volgende keer' in column 'meeting': use its date, a month as YYYY-MM or the name of a month"
}

# --- agenda -------------------------------------------------------------------

@test "meet: an agenda and a minutes form show their standing items in the document's language, whatever language wrote them" {
	isac-roster agenda --meetings "$M" --topics "$T" --actions "$A" \
	    --date 2027-01-01 -l nl "$R" > "$X/agenda-nl.csv"
	run -0 --separate-stderr isac-render -f md -l en "$X/agenda-nl.csv"
	assert_output --partial "| 2 | Actions of the previous meeting | Eva Smit |  | yes |"
	assert_output --partial "| 4 | Current affairs and members' questions |"
	assert_output --partial "| 7 | Any other business |"
	# the topics and actions people wrote are kept as written
	assert_output --partial "| 2.2 | Spreker zoeken voor de jaarplanning |"
	isac-roster minutes --meetings "$M" --topics "$T" --actions "$A" \
	    --date 2027-01-01 "$R" > "$X/minutes-en.csv"
	run -0 --separate-stderr isac-render -f md -l nl "$X/minutes-en.csv"
	assert_output --partial "| 5 | Pauze |"
	assert_output --partial "| Rondje Rood (TLP:RED, niet genotuleerd) | Anna de Vries | niet genotuleerd |"
	refute_output --partial "not minuted"
}

@test "meet: the agenda has the standing items, the open actions and the planned topics in order" {
	run -0 isac-roster agenda --meetings "$M" --topics "$T" --actions "$A" --date 2027-01-01 -l nl "$R"
	assert_output 'meeting,number,item,owner,speaker,minuted,tlp
2027-02-02,1,Opening,Anna de Vries,,yes,
2027-02-02,2,Actiepunten van de vorige bijeenkomst,Eva Smit,,yes,
2027-02-02,2.1,Template agenda van ncsc.nl/samenwerking bekijken,Eva Smit,,yes,
2027-02-02,2.2,Spreker zoeken voor de jaarplanning,Anna de Vries,,yes,
2027-02-02,3,Jaarplanning: onderwerpen en eigenaren voor het jaar,Anna de Vries,,yes,
2027-02-02,4,Actualiteiten en vragen van deelnemers,Anna de Vries,,yes,
2027-02-02,5,Pauze,,,yes,
2027-02-02,6,"Rondje Rood (TLP:RED, niet genotuleerd)",Anna de Vries,,no,TLP:RED
2027-02-02,7,Rondvraag,Anna de Vries,,yes,
2027-02-02,8,Sluiting,Anna de Vries,,yes,'
}

@test "meet: a meeting shorter than two hours has no break; the speaker stands beside the topic" {
	run -0 isac-roster agenda --meetings "$M" --topics "$T" --meeting 2027-06-01 --duration 119 "$R"
	refute_output --partial "Break"
	assert_line --index 3 "2027-06-01,3,Kijkje in de keuken: een actueel thema van de gastorganisatie,Eva Smit,Frank Mulder,yes,"
	run -0 isac-roster agenda --meetings "$M" --meeting 2027-06-01 --duration 120 "$R"
	assert_line --index 4 "2027-06-01,4,Break,,,yes,"
}

@test "meet: render --tlp amber leaves the Rondje Rood out of the agenda and counts it" {
	run -0 --separate-stderr sh -c "isac-roster agenda --meetings '$M' --meeting 2027-02-02 '$R' | isac-render -f csv --tlp amber"
	refute_output --partial "Rondje Rood"
	assert_output --partial "Any other business"
	assert_equal "$stderr" "isac-render: warning: <stdin>: 1 row labelled stricter than TLP:AMBER left out"
}

@test "meet: an agenda needs a meeting in the table" {
	run -2 --separate-stderr isac-roster agenda --meetings "$M" --meeting 2027-02-03 "$R"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: $M: no meeting on 2027-02-03"
	run -2 --separate-stderr isac-roster agenda "$R"
	assert_equal "${stderr_lines[0]}" "isac-roster: agenda needs --meetings file"
}

# --- minutes and actions ------------------------------------------------------

@test "meet: the minutes form has room for notes on every item but the Rondje Rood" {
	run -0 isac-roster minutes --meetings "$M" --topics "$T" --actions "$A" --meeting 2027-03-30 "$R"
	assert_line --index 0 "meeting,number,item,owner,minutes,tlp"
	assert_line --index 8 "2027-03-30,6,\"Rondje Rood (TLP:RED, not minuted)\",Anna de Vries,not minuted,TLP:RED"
	# every other row ends in an empty notes cell and no label
	assert_equal "$(printf '%s\n' "$output" | grep -c ',,$')" 9
	run -0 isac-roster minutes --meetings "$M" --meeting 2027-03-30 -l nl "$R"
	assert_output --partial "niet genotuleerd,TLP:RED"
}

@test "meet: due reminds the owner of an action past its end, not of one done or without an end" {
	run -1 isac-roster due --date 2027-02-10 --max-years 9 --actions "$A" "$R"
	assert_output "due,kind,subject,who,message
2027-01-31,action,Template agenda van ncsc.nl/samenwerking bekijken,Eva Smit,\"line 2: agreed on 2026-11-10, ended on 2027-01-31 and is open\""
	run -0 isac-roster due --date 2027-01-31 --max-years 9 --actions "$A" "$R"
	assert_output "due,kind,subject,who,message"
}

@test "meet: an action with an unknown status is an input error at its line" {
	printf 'action,owner,status\nMaillijst,Eva Smit,misschien\n' >"$X/a.csv"
	run -2 --separate-stderr isac-roster due --actions "$X/a.csv" "$R"
	assert_equal "$stderr" "isac-roster: $X/a.csv:2: unknown status 'misschien': use open, started, done, dropped or reopened"
}

# --- venue, back-up representatives, admission --------------------------------

@test "meet: a fixed venue replaces the host rotation in the table and the calendar" {
	run -0 isac-roster meetings -y 2027 -n 4 --venue "Utrecht" "$R"
	assert_line --index 0 "date,agenda_due,host,venue"
	assert_line --index 1 "2027-02-16,2027-01-26,,Utrecht"
	run -0 isac-roster meetings -y 2027 -n 4 --ics --dtstamp 2026-12-01 --venue "Utrecht" "$R"
	assert_output --partial "LOCATION:Utrecht"
	refute_output --partial "Host:"
	run -2 --separate-stderr isac-roster meetings -y 2027 --venue Utrecht --first-host "Drinkwater Zuid" "$R"
	assert_equal "${stderr_lines[0]}" "isac-roster: --venue is where every meeting is: not with --first-host or --location"
}

@test "meet: a back-up representative below the agreed minimum is flagged, exit 1" {
	run -1 isac-roster attendance --substitutes --min-substitute 2 "$R" "$D/attendance.csv"
	assert_output "org,name,meetings,attended,rate,below_minimum
Waterschap Noord,Bram Jansen,2,2,100,no
Drinkwater Zuid,Dirk Visser,2,1,50,yes
\"Hoogheemraadschap Oost, afdeling IV\",Gert de Boer,2,1,50,yes
Havenbedrijf West,Jan Hendriks,2,0,0,yes"
	run -0 isac-roster attendance --substitutes --min-substitute 0 "$R" "$D/attendance.csv"
	run -2 --separate-stderr isac-roster attendance --min-substitute 1 "$R" "$D/attendance.csv"
	assert_equal "${stderr_lines[0]}" "isac-roster: --min-substitute goes with --substitutes"
}

@test "meet: the admission names the candidate and its proposed representative; a missing one is a finding" {
	run -1 --separate-stderr isac-roster admit "$R" "$D/votes.csv"
	assert_output "candidate,representative,decision,missing
Netbeheer Delta,Olga Dekker,admitted,
Gemaal Centraal,,pending,\"Drinkwater Zuid; Hoogheemraadschap Oost, afdeling IV; Havenbedrijf West\""
	assert_equal "$stderr" "isac-roster: warning: $D/votes.csv: no representative proposed for 'Gemaal Centraal': the guide has the organisation and its representative voted on together"
	grep -v Gemaal "$D/votes.csv" >"$X/v.csv"
	run -0 isac-roster admit "$R" "$X/v.csv"
}

@test "meet: two representatives proposed for one candidate are an input error" {
	sed '3s/,,/,Piet Dekker,/' "$D/votes.csv" >"$X/v.csv"
	run -2 --separate-stderr isac-roster admit "$R" "$X/v.csv"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: $X/v.csv:3: 'Piet Dekker' proposed as the representative of 'Netbeheer Delta', 'Olga Dekker' on line 2: vote on one proposal at a time"
}

@test "meet: the new tables are recognised by isac-render with their Dutch titles" {
	run -0 sh -c "isac-roster agenda --meetings '$M' --meeting 2027-02-02 -l nl '$R' | isac-render -f md -l nl --tlp red"
	assert_output --partial "Agenda"
	assert_output --partial "agendapunt"
	run -0 sh -c "isac-render -f md -l nl '$T'"
	assert_output --partial "Jaarplanning"
	run -0 sh -c "isac-render -f md -l nl '$A'"
	assert_output --partial "Actiepunten"
}

@test "meet: the EXAMPLES of the man page plan, check and write an agenda without the Rondje Rood" {
	cd "$X"
	cp "$T" topics.csv
	cp "$A" actions.csv
	cp "$R" roster.csv
	isac-roster meetings -y 2027 --topics topics.csv roster.csv \
	    > meetings.csv
	run -0 isac-roster topics --meetings meetings.csv roster.csv topics.csv
	run -0 --separate-stderr sh -c 'isac-roster agenda --meetings meetings.csv --topics topics.csv \
	    --actions actions.csv --date 2027-01-01 -l nl roster.csv |
	    isac-render -f html --tlp amber > agenda.html'
	grep -q "Jaarplanning: onderwerpen" agenda.html
	run grep -c "Rondje Rood" agenda.html
	assert_output 0
}

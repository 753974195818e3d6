# SPDX-License-Identifier: EUPL-1.2
# Dutch from end to end (issue 20): with -l nl a document is wholly
# Dutch, in every format, and a spreadsheet for people (--excel) has
# Dutch column titles that every program reads back.  The words of both
# languages are lib/vocab.c's.
load test_helper

E="$BATS_TEST_DIRNAME/../share/isac/examples"
D="$BATS_TEST_DIRNAME/data/dutch"
PY=/usr/bin/python3

# The English words of the toolkit's own that a Dutch document must not
# show: headings, column names, values (answers, statuses, severities,
# decisions, roles, yes and no), phrases, weekdays and months.  Words
# that Dutch writes the same are not here: open (a status in both), plan,
# per, over, of, checklist, respondent, april, september, november,
# december.
ENGLISH="capability capabilities level levels maturity current target
targets action actions guidance owner status step reaches started done
dropped reopened yes no partial unanswered period question questions
answer answers answered note notes error warning pending admitted
rejected date host rate flagged candidate decision missing members
member meetings meeting attendance admission changes change gap gaps
findings roster severity rule message org name email role chair vice
secretary substitute primary since line column due longest absence
present term ended applicable reached needed disagreements
representative mailing phases monday tuesday wednesday thursday friday
saturday sunday january february march may june july august october
and the time"

# The words of the tables the guides' meeting cycle, evaluation and
# annual report add.
ENGLISH_MORE="topic topics item items minuted minutes speaker venue brings
takes absent evaluation returned incomplete feature features tool tools
attention description contents introduction summary year brief number
source given closing break affairs signature agreed hosted held advises
every two"

setup() {
	T="$BATS_TEST_TMPDIR"
	unset COLUMNS
}

# tables: every table of the annual report, made from the examples in
# English (the programs' default), in $T; $TABLES names them in order.
tables() {
	cd "$T"
	isac-score "$E/answers-history.csv" > score.csv
	isac-score -D "$E/antwoorden-excel.csv" > disagreements.csv
	isac-gap -g "$E/targets.csv" "$E/answers-2026.csv" > gap.csv || true
	isac-gap -s -g "$E/targets.csv" "$E/answers-2026.csv" > summary.csv || true
	isac-gap -C "$E/answers-history.csv" > changes.csv || true
	isac-gap -C -s "$E/answers-history.csv" > changesum.csv || true
	isac-plan -S 2027-01-01 -r "$E/register.csv" gap.csv > plan.csv 2>/dev/null
	isac-roster check --warn-orgs 2 "$D/roster.csv" > check.csv || true
	isac-roster meetings -y 2027 "$E/roster.csv" > meetings.csv
	isac-roster attendance "$E/roster.csv" "$E/attendance.csv" > attendance.csv || true
	isac-roster attendance --substitutes "$E/roster.csv" "$E/attendance.csv" > repatt.csv || true
	isac-roster admit "$E/roster.csv" "$E/votes.csv" > admission.csv
	isac-roster terms --date 2027-01-01 "$E/roster.csv" > terms.csv || true
	cp "$E/roster.csv" roster.csv
	TABLES="score.csv disagreements.csv gap.csv summary.csv changes.csv
	    changesum.csv plan.csv check.csv meetings.csv attendance.csv
	    repatt.csv admission.csv terms.csv roster.csv"
}

# english FORMAT: the toolkit's English words in the document on stdin,
# but for the notes the examples' people wrote in English.
english() {
	local f=$1
	shift
	$PY "$D/words.py" "$f" -d "$E/register.csv" -d "$E/answers-2026.csv" \
	    $ENGLISH "$@"
}

@test "dutch: an annual report with -l nl has no English word of the toolkit's own, in html, md and text" {
	tables
	isac-render -f html -l nl --tlp amber --title 'Jaarverslag 2026' \
	    $TABLES > report.html
	run -0 english html < report.html
	assert_output ""
	isac-render -f md -l nl --tlp amber $TABLES > report.md
	run -0 english text < report.md
	assert_output ""
	# wide enough that the notes the examples' people wrote are whole
	COLUMNS=1000 isac-render -l nl $TABLES > report.txt
	run -0 english text < report.txt
	assert_output ""
	# and the check finds them where they are: in English
	isac-render -f html -l en --tlp amber $TABLES > report-en.html
	run -1 english html < report-en.html
	assert_line --partial "Maturity"
	assert_line --partial "Tuesday"
	assert_line --partial "started"
}

@test "dutch: the records' annual report, with the meeting cycle, the evaluation, the returns and what is due, has no English word of the toolkit's own" {
	cp -R "$E/records" "$T/rec"
	cd "$T/rec"
	make -s >/dev/null 2>&1
	isac-roster answered roster.csv answers/2026.csv > returns.csv || true
	isac-score -D --by-respondent answers/2026.csv > disresp.csv
	isac-gap -g targets.csv --level-guide answers/*.csv > levels.csv || true
	isac-roster due --date 2027-03-01 --actions actions.csv \
	    --evaluations evaluations.csv --meetings meetings-2027.csv \
	    roster.csv > due.csv || true
	isac-render --report 2026 -f html -l nl --tlp amber --name Water-ISAC \
	    --date 2026-12-31 --intro intro.md score.csv summary-2026.csv \
	    plan-2027.csv attendance-report.csv roster.csv admissions.csv \
	    terms.csv check.csv meetings-2027.csv topics.csv topics-check.csv \
	    agenda-2027.csv minutes-2027.csv actions.csv evaluation-form.csv \
	    returns.csv disresp.csv levels.csv due.csv > all.html 2>/dev/null
	# the words of the guide's tools ("in-kind") are the guide's Dutch
	run -0 english html $ENGLISH_MORE < all.html
	assert_output ""
}

@test "dutch: what is due is shown in Dutch: its kind, the role it names and its message" {
	cd "$T"
	isac-roster meetings -y 2027 "$E/records/roster.csv" > m.csv
	isac-roster due --date 2027-03-01 --actions "$E/records/actions.csv" \
	    --meetings m.csv "$E/records/roster.csv" > due.csv || true
	run -0 --separate-stderr isac-render -f md -l nl due.csv
	assert_output --partial "| termijn | secretaris | Eva Smit | secretaris van "
	assert_output --regexp "\| actiepunt \| .* \| regel [0-9]+: afgesproken op 2026-11-24, eindigde op 2027-01-31 en is open \|"
	assert_output --partial "| agenda | 2027-03-30 |"
	assert_output --partial "de agenda van de bijeenkomst op 2027-03-30 moet klaar zijn op"
	refute_output --partial "ended on"
	# in English, as written
	run -0 --separate-stderr isac-render -f md -l en due.csv
	assert_output --partial "agreed on 2026-11-24, ended on 2027-01-31 and is open"
}

@test "dutch: statuses typed in any case or language are shown in the document's language" {
	{
		echo "step,capability,level,reaches,id,action,guidance,owner,status"
		echo "1,SAP,2,2,SAP.2.2,a,,A,done"
		echo "1,SAP,2,2,SAP.2.3,b,,B,DONE"
		echo "1,SAP,2,2,SAP.2.4,c,,C,Gestart"
		echo "2,WM,2,2,WM.2.1,d,,D,vervallen"
		echo "2,WM,2,2,WM.2.2,e,,E, Reopened "
		echo "2,WM,2,2,WM.2.3,f,,F,bezig"
	} > "$T/plan.csv"
	run -0 sh -c "isac-render -f json -l nl '$T/plan.csv' | jq -r '.[].status'"
	assert_output "klaar
klaar
gestart
vervallen
heropend
bezig"
	run -0 sh -c "isac-render -f json -l en '$T/plan.csv' | jq -r '.[].status'"
	assert_output "done
done
started
dropped
reopened
bezig"
	# and the data, rewritten as CSV, as written
	run -0 isac-render -f csv -l nl "$T/plan.csv"
	assert_line --index 3 "1,SAP,2,2,SAP.2.4,c,,C,Gestart"
}

@test "dutch: answers, severities, decisions, yes and no and roles are shown in the document's language" {
	printf 'id,answer\nSAP.1.1,YES\nSAP.1.2,Nee\nSAP.1.3,gedeeltelijk\nSAP.1.4,n.v.t.\nSAP.1.5,perhaps\n' > "$T/answers.csv"
	run -0 sh -c "isac-render -f json -l nl '$T/answers.csv' | jq -r '.[].answer'"
	assert_output "ja
nee
deels
nvt
perhaps"
	run -0 sh -c "isac-render -f json -l en '$T/answers.csv' | jq -r '.[].answer'"
	assert_output "yes
no
partial
n/a
perhaps"
	printf 'candidate,decision,missing\nA,pending,\nB,Toegelaten,\nC,rejected,X\n' > "$T/adm.csv"
	run -0 sh -c "isac-render -f json -l nl '$T/adm.csv' | jq -r '.[].decision'"
	assert_output "in behandeling
toegelaten
afgewezen"
	printf 'org,meetings,attended,rate,longest_absence,flagged\nA,6,2,33,4,yes\nB,6,6,100,0,NO\n' > "$T/att.csv"
	run -0 sh -c "isac-render -f json -l nl '$T/att.csv' | jq -r '.[].flagged'"
	assert_output "ja
nee"
	printf 'role,org,name,since,term_end\nchair,A,B,2024-01-01,2026-01-01\nVice-Voorzitter,A,C,2024-01-01,2026-01-01\n' > "$T/terms.csv"
	run -0 sh -c "isac-render -f json -l nl '$T/terms.csv' | jq -r '.[].role'"
	assert_output "voorzitter
vicevoorzitter"
	run -0 sh -c "isac-render -f json -l en '$T/terms.csv' | jq -r '.[].role'"
	assert_output "chair
vice-chair"
}

@test "dutch: column titles of known kinds are Dutch with -l nl; a secretary's own column stays as written" {
	printf 'date,agenda_due,host,budget\n2027-02-02,2027-01-12,A,5000\n' > "$T/m.csv"
	run -0 isac-render -l nl "$T/m.csv"
	assert_line --index 0 "datum                    agenda gereed            gastheer  budget"
	run -0 sh -c "isac-render -f html -l nl --tlp clear '$T/m.csv' | $PY '$BATS_TEST_DIRNAME/data/render/html.py' cells"
	assert_line --index 0 '["datum", "agenda gereed", "gastheer", "budget"]'
	run -0 isac-render -f md -l nl --tlp clear "$T/m.csv"
	assert_line --index 2 "| datum | agenda gereed | gastheer | budget |"
	# a plain table is what its header says, in any language
	printf 'date,host\n1,2\n' > "$T/plain.csv"
	run -0 isac-render -l nl "$T/plain.csv"
	assert_line --index 0 "date  host"
}

@test "dutch: a meeting's dates are shown with their weekday and month in words; json and csv keep them as written" {
	printf 'date,agenda_due,host\n2027-02-02,2027-01-12,A\n2027-13-01,,B\n' > "$T/m.csv"
	run -0 isac-render -l nl "$T/m.csv"
	assert_output "datum                    agenda gereed            gastheer
dinsdag 2 februari 2027  dinsdag 12 januari 2027  A
2027-13-01                                        B"
	run -0 isac-render -l en "$T/m.csv"
	assert_line --index 1 "Tuesday 2 February 2027  Tuesday 12 January 2027  A"
	run -0 sh -c "isac-render -f html -l nl --tlp clear '$T/m.csv' | $PY '$BATS_TEST_DIRNAME/data/render/html.py' cells"
	assert_line --index 1 '["dinsdag 2 februari 2027", "dinsdag 12 januari 2027", "A"]'
	run -0 sh -c "isac-render -f json -l nl '$T/m.csv' | jq -r '.[0].date'"
	assert_output "2027-02-02"
	run -0 isac-render -f csv -l nl "$T/m.csv"
	assert_line --index 1 "2027-02-02,2027-01-12,A"
}

@test "dutch: a plan made in English shows the Dutch guide's actions and guidance with -l nl; a secretary's own action is kept" {
	isac-gap -g "$E/targets.csv" "$E/answers-2026.csv" > "$T/gap.csv" || true
	isac-plan "$T/gap.csv" > "$T/plan.csv"
	# the secretary rewrote the action of WM.3.1
	sed -i 's/^\(1,WM,3,3,WM.3.1,\)"[^"]*"/\1Hire an analyst/' "$T/plan.csv"
	nl23=$(grep '^SAP.2.3,' "$SHARE/actions.nl.csv" | cut -d, -f2- | tr -d '"')
	nlguide=$(grep '^SAP,2,tool,' "$SHARE/guidance.nl.csv" | head -1 | cut -d, -f4-)
	run -0 sh -c "isac-render -f json -l nl '$T/plan.csv' | jq -r '.[] | .id + \" \" + .action'"
	assert_line --index 0 "SAP.2.3 $nl23"
	assert_line --index 2 "WM.3.1 Hire an analyst"
	run -0 sh -c "isac-render -f json -l nl '$T/plan.csv' | jq -r '.[0].guidance'"
	assert_output --partial "$nlguide | "
	# and a Dutch plan in an English document, the other way round
	isac-plan -l nl "$T/gap.csv" > "$T/plan-nl.csv"
	run -0 sh -c "isac-render -f json -l en '$T/plan-nl.csv' | jq -r '.[0].action'"
	assert_output "$(grep '^SAP.2.3,' "$SHARE/actions.en.csv" | cut -d, -f2- | tr -d '"')"
	# and the questions of a gap
	run -0 sh -c "isac-render -f json -l nl '$T/gap.csv' | jq -r '.[0].question'"
	assert_output "$(grep '^SAP.2.3,' "$SHARE/model.nl.csv" | cut -d, -f4- | tr -d '"')"
}

@test "dutch: roster findings are shown from their rule in the document's language, the line kept" {
	isac-roster check --warn-orgs 2 "$D/roster.csv" > "$T/check.csv" || true
	run -0 sh -c "isac-render -f json -l nl '$T/check.csv' | jq -r '.[] | .severity + \"|\" + .rule + \"|\" + .message'"
	assert_output "fout|functioneel adres|regel 3: 'info@' is een functionele mailbox, geen persoonlijk adres
fout|niet ondertekend|regel 3: heeft de deelnemersrichtlijnen niet ondertekend
fout|ongeldige datum|regel 4: ongeldige datum '2024-13-01' in kolom 'ondertekend' (schrijf JJJJ-MM-DD of DD-MM-JJJJ)
fout|dubbel adres|regel 4: hetzelfde adres als op regel 2
fout|dubbele persoon|regel 4: dezelfde persoon als op regel 2
fout|ongeldig adres|regel 5: een domein zonder punt
fout|vertrek voor toetreding|regel 8: vertrokken vóór de toetreding
fout|vaste vertegenwoordigers|3 vaste vertegenwoordigers: de handreiking vraagt om één, hoogstens twee
waarschuwing|vervanger|geen vaste vervanger
waarschuwing|gemengde domeinen|mensen op 2 maildomeinen: dwzuid.nl, elders.nl
fout|vaste vertegenwoordigers|geen vaste vertegenwoordiger: de handreiking vraagt om één, hoogstens twee
fout|voorzitter|regel 5: een tweede voorzitter; de eerste staat op regel 2
fout|vicevoorzitter|geen actieve vicevoorzitter
fout|secretaris|geen actieve secretaris
waarschuwing|omvang|3 actieve organisaties: meer dan 2"
	# in English, as isac-roster wrote them
	run -0 sh -c "isac-render -f json -l en '$T/check.csv' | jq -r '.[].message'"
	assert_output "$(tail -n +2 "$T/check.csv" | sed 's/^[^,]*,[^,]*,[^,]*,[^,]*,//; s/^"//; s/"$//')"
}

@test "dutch: a finding whose message is not known is what its rule checks, with its line, in a Dutch document" {
	printf 'severity,rule,org,name,message\nerror,signed,A,B,line 9: no signature on file\nerror,size,,,\nwarning,own-rule,A,,line 2: something else\n' > "$T/f.csv"
	run -0 sh -c "isac-render -f json -l nl '$T/f.csv' | jq -r '.[] | .rule + \"|\" + .message'"
	assert_output "niet ondertekend|regel 9: heeft de deelnemersrichtlijnen niet ondertekend
omvang|te veel actieve organisaties
own-rule|line 2: something else"
	run -0 sh -c "isac-render -f json -l en '$T/f.csv' | jq -r '.[] | .rule + \"|\" + .message'"
	assert_output "signed|line 9: no signature on file
size|too many active organisations
own-rule|line 2: something else"
}

@test "dutch: json keys stay English, whatever the header's language; the values are the document's" {
	printf 'kandidaat;besluit;ontbreekt\nA;toegelaten;\n' > "$T/adm.csv"
	run -0 sh -c "isac-render -f json -l en '$T/adm.csv'"
	assert_output '[
  {"candidate": "A", "decision": "admitted", "missing": ""}
]'
	run -0 sh -c "isac-render -f json -l nl '$T/adm.csv'"
	assert_output '[
  {"candidate": "A", "decision": "toegelaten", "missing": ""}
]'
	isac-score --excel -l nl "$E/answers-2026.csv" > "$T/score.csv"
	run -0 sh -c "isac-render -f json '$T/score.csv' | jq -r '.[0] | keys_unsorted | join(\",\")'"
	assert_output "capability,level,yes_1,applicable_1,yes_2,applicable_2,yes_3,applicable_3,unanswered"
}

@test "dutch: --excel -l nl writes Dutch column titles, and the program that reads each table reads them back" {
	cd "$T"
	# isac-score: the template a member fills in, back to isac-score
	isac-score -T --excel -l nl > form.csv
	assert_equal "$(head -1 form.csv)" $'\xef\xbb\xbfnr;capaciteit;niveau;vraag;antwoord;respondent;toelichting\r'
	sed 's/;;;\r$/;ja;;\r/' form.csv > filled.csv
	run -0 isac-score filled.csv
	assert_line --index 1 "SAP,3,7,7,4,4,8,8,0"
	# isac-score: a score, to isac-render
	isac-score --excel -l nl "$E/answers-history.csv" > score.csv
	assert_equal "$(head -1 score.csv)" $'\xef\xbb\xbfperiode;capaciteit;niveau;ja 1;van toepassing 1;ja 2;van toepassing 2;ja 3;van toepassing 3;onbeantwoord\r'
	run -0 isac-render -f csv score.csv
	assert_line --index 1 "2024,SAP,0,6,7,0,4,0,8,0"
	isac-render -f html --tlp clear score.csv | grep -q 'class="kind-score"'
	# isac-gap: a gap, to isac-plan; a summary, back to isac-gap as target
	isac-gap --excel -l nl -g "$E/targets.csv" "$E/answers-2026.csv" > gap.csv || true
	assert_equal "$(head -1 gap.csv)" $'\xef\xbb\xbfcapaciteit;niveau;nr;antwoord;vraag;toelichting\r'
	isac-gap -g "$E/targets.csv" "$E/answers-2026.csv" > gap-en.csv || true
	assert_equal "$(isac-plan gap.csv)" "$(isac-plan gap-en.csv)"
	isac-gap -s --excel -l nl -g "$E/targets.csv" "$E/answers-2026.csv" > summary.csv || true
	assert_equal "$(head -1 summary.csv)" $'\xef\xbb\xbfcapaciteit;huidig;doel;verschil\r'
	run -1 isac-gap -s -g summary.csv "$E/answers-2026.csv"
	assert_line --index 1 "SAP,1,2,1"
	# isac-plan: a plan, back to isac-plan as the register
	isac-plan --excel -l nl -S 2027-01-01 -r "$E/register.csv" gap-en.csv > plan.csv 2>/dev/null
	assert_equal "$(head -1 plan.csv)" $'\xef\xbb\xbfstap;capaciteit;niveau;bereikt;nr;actie;handreiking;eigenaar;voortgang;begin;eind;toelichting\r'
	isac-plan -S 2027-01-01 -r "$E/register.csv" gap-en.csv > plan-en.csv 2>/dev/null
	run -0 sh -c "isac-plan -t -q -r plan.csv gap-en.csv | cut -f5,8,9"
	assert_line --index 1 "SAP.2.3	Eva Smit	started"
	assert_output "$(isac-plan -t -q -r plan-en.csv gap-en.csv | cut -f5,8,9)"
	# isac-roster: every table to isac-render, recognised by its kind
	isac-roster check --excel -l nl "$D/roster.csv" > roster-findings.csv || true
	isac-roster meetings -y 2027 --excel -l nl "$E/roster.csv" > meetings.csv
	isac-roster admit --excel -l nl "$E/roster.csv" "$E/votes.csv" > admission.csv
	isac-roster terms --date 2027-01-01 --excel -l nl "$E/roster.csv" > terms.csv || true
	isac-roster attendance --excel -l nl "$E/roster.csv" "$E/attendance.csv" > attendance.csv || true
	isac-roster attendance --substitutes --excel -l nl "$E/roster.csv" "$E/attendance.csv" > representatives-attendance.csv || true
	assert_equal "$(head -1 meetings.csv)" $'\xef\xbb\xbfdatum;agenda gereed;gastheer\r'
	for k in roster-findings meetings admission terms attendance \
	    representatives-attendance; do
		isac-render -f html --tlp clear "$k.csv" |
		    grep -q "class=\"kind-$k\"" || { echo "$k"; false; }
	done
	# isac-roster: the evidence, to isac-score
	isac-roster evidence --excel -l nl "$E/roster.csv" > evidence.csv
	assert_equal "$(head -1 evidence.csv)" $'\xef\xbb\xbfnr;antwoord;toelichting\r'
	run -0 --separate-stderr isac-score evidence.csv
	assert_line --index 2 --partial "WM,0,2,6,"
}

@test "dutch: headers stay English without --excel, or without -l nl" {
	run -0 isac-score -l nl "$E/answers-2026.csv"
	assert_line --index 0 "capability,level,yes_1,applicable_1,yes_2,applicable_2,yes_3,applicable_3,unanswered"
	run -0 sh -c "isac-score --excel -l en '$E/answers-2026.csv' | head -1"
	assert_output $'\xef\xbb\xbfcapability;level;yes_1;applicable_1;yes_2;applicable_2;yes_3;applicable_3;unanswered\r'
	# the locale is -l's default
	run -0 sh -c "LANG=nl_NL.UTF-8 isac-score --excel '$E/answers-2026.csv' | head -1"
	assert_output --partial "capaciteit;niveau;ja 1"
}

@test "dutch: a column named twice, once by its Dutch title, is refused" {
	printf 'capability,level,yes_1,ja 1,unanswered\n' > "$T/s.csv"
	run -2 --separate-stderr isac-render "$T/s.csv"
	assert_equal "$stderr" "isac-render: $T/s.csv:1: columns 3 'yes_1' and 4 'ja 1' name the same column"
	printf 'date,status,voortgang\n' > "$T/p.csv"
	run -2 --separate-stderr isac-render "$T/p.csv"
	assert_equal "$stderr" "isac-render: $T/p.csv:1: columns 2 'status' and 3 'voortgang' name the same column"
}

@test "dutch: the Dutch titles of every kind's columns read back as those columns" {
	K="$BATS_TEST_DIRNAME/data/render/kinds"
	for f in "$K"/*.csv; do
		k=$(basename "$f" .csv)
		[ "$k" != table ] || continue
		isac-render -f csv --excel -l nl "$f" > "$T/$k.csv" 2>/dev/null
		# Dutch: no column keeps its English name but tlp and the
		# respondent, a Dutch word too
		en=$(head -1 "$f")
		nl=$(head -1 "$T/$k.csv" | tr -d '\r\357\273\277' | tr ';' ,)
		[ "$(printf '%s\n%s\n' "$en" "$nl" | tr , '\n' |
		    grep -vx 'tlp\|respondent' | sort | uniq -d)" = "" ] ||
		    { echo "$k: $nl"; false; }
		isac-render -f html --tlp red "$T/$k.csv" |
		    grep -q "class=\"kind-$k\"" || { echo "$k: not a $k"; false; }
		run -0 sh -c "isac-render -f json '$T/$k.csv' | jq -r '.[0] | keys_unsorted | join(\",\")'"
		assert_equal "$output" "$en"
	done
}

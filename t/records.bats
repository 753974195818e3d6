# SPDX-License-Identifier: EUPL-1.2
# The example records repository (share/isac/examples/records): copied,
# made a git repository, its yearly evaluation, the register the owners
# keep, hook, diff driver, cron script and its installers.
load test_helper

RECORDS="$BATS_TEST_DIRNAME/../share/isac/examples/records"

# A file name that runs commands wherever a shell reads it as text, with
# spaces, a ; and a leading -.
HOSTILE='-x $(id>PWNED1) `id>PWNED2`; id>PWNED3 y.csv'

# What make says of the example's register, each time it makes the plan.
PLANSAYS="isac-plan: register.csv: 3 items met, 8 still missing, 0 new
isac-plan: warning: register.csv:4: SAP.2.4 was done on 2026-03-20, but the evaluation after it still finds it missing: reopened"

# The files people write, which make and cron never change.
HANDMADE="answers targets.csv roster.csv attendance.csv votes.csv register.csv topics.csv actions.csv"

# no_pwned: no command hidden in a file name ran, here or in the repository.
no_pwned() {
	run -0 find "$BATS_TEST_TMPDIR" -name 'PWNED*'
	assert_output ""
}

# A copy of the records as a git repository, set up as its README says.
setup() {
	R="$BATS_TEST_TMPDIR/isac"
	cp -R "$RECORDS" "$R"
	cd "$R"
	make -s clean
	git init -q
	git config user.name "Secretaris"
	git config user.email "secretaris@example.nl"
	git config commit.gpgsign false
	make -s setup
}

# commit_all MESSAGE: everything committed, past the hook.
commit_all() {
	git add -A
	git commit -q --no-verify -m "$1"
}

# keep NAME: a copy of the files people write, to compare with later.
keep() {
	rm -rf "$BATS_TEST_TMPDIR/kept.$1"
	mkdir "$BATS_TEST_TMPDIR/kept.$1"
	# shellcheck disable=SC2086
	cp -R $HANDMADE "$BATS_TEST_TMPDIR/kept.$1/"
}

# kept NAME: the files people write are byte for byte those kept, and no
# file was added to or taken from them.
kept() {
	local f
	for f in $HANDMADE; do
		diff -r -- "$BATS_TEST_TMPDIR/kept.$1/$f" "$f"
	done
}

# The register as an owner keeps it in a spreadsheet: CRLF, a column of
# their own (budget), a start set by hand (begin), dates day first as
# Dutch Excel writes them, a note with a comma, a step done.
OWNED=$'nr,eigenaar,status,datum,toelichting,budget,begin\r
SAP.2.3,Anna de Vries,klaar,12-3-2027,"Begroting 2027 toegekend, 5000 euro.",5000,\r
SAP.2.4,Anna de Vries,klaar,2026-03-20,,,\r
WM.3.1,Chantal Bakker,klaar,10/1/2028,,,\r
WM.3.3,Chantal Bakker,klaar,1-6-2027,,,\r
ACT.2.1,Ingrid Peters,gestart,,Eerst een verkenning.,,1/2/2027\r
'

# next_year: the answers of 2027, those of 2026 with SAP.2.3 now met and
# ISM.2.2 no longer, made as a secretary would, with cp and sed.
next_year() {
	cp answers/2026.csv answers/2027.csv
	sed -i -e 's/^2026,/2027,/' -e '/,SAP\.2\.3,/s/,deels,/,ja,/' \
	    -e '/,ISM\.2\.2,/s/,ja,/,nee,/' answers/2027.csv
}

# plan FILE: id, owner, status, start and end of each step of a plan.
plan() {
	python3 -c '
import csv, sys
print("id,owner,status,start,end")
for r in csv.DictReader(open(sys.argv[1], newline="")):
	print(",".join((r["id"], r["owner"], r["status"], r["start"], r["end"])))
' "$1"
}

@test "records: make is the yearly evaluation: score, disagreements, gap, plan, calendar, mailing list and report" {
	run -0 make -s
	assert_output "$PLANSAYS"
	run -0 cat score.csv
	assert_line "2026,WM,2,6,6,5,5,0,3,0"
	assert_line "2025,WM,1,6,6,4,5,0,3,0"
	run -0 cut -d, -f1,2 disagreements-2026.csv
	assert_output "period,id
2026,SAP.2.2
2026,WM.2.2
2026,SAL.2.4
2026,ACT.2.1"
	run -0 cat summary-2026.csv
	assert_output "period,capability,current,target,gap
2026,SAP,1,2,1
2026,WM,2,3,1
2026,ISM,2,2,0
2026,SAL,1,2,1
2026,ACT,1,2,1"
	run -0 plan plan-2027.csv
	assert_output "id,owner,status,start,end
SAP.2.3,Anna de Vries,gestart,2027-01-01,2027-03-31
SAP.2.4,Anna de Vries,heropend,2027-01-01,2027-03-31
WM.3.1,Chantal Bakker,open,2027-01-01,2027-03-31
WM.3.2,Chantal Bakker,vervallen,2027-01-01,2027-03-31
WM.3.3,Chantal Bakker,open,2027-01-01,2027-03-31
SAL.2.2,Eva Smit,gestart,2027-04-01,2027-06-30
SAL.2.4,Eva Smit,open,2027-04-01,2027-06-30
ACT.2.1,Ingrid Peters,open,2027-04-01,2027-06-30"
	run -0 cut -d, -f1,2,5 plan-2027.csv
	assert_line --index 1 "1,SAP,SAP.2.3"
	assert_line --index 8 "2,ACT,ACT.2.1"
	run -0 grep -c "^BEGIN:VEVENT" meetings-2027.ics
	assert_output 6
	run -0 head -2 meetings-2027.csv
	assert_output "date,agenda_due,host,topics
2027-02-02,2027-01-12,Waterschap Noord,Jaarplanning: onderwerpen en eigenaren voor het jaar (Anna de Vries)"
	run -0 wc -l <members.txt
	assert_output 10
	run -0 grep -c "TLP:AMBER" report-2026.html
	run -0 grep -o "<title>[^<]*</title>" report-2026.html
	assert_output "<title>TLP:AMBER — Jaarverslag Water-ISAC 2026</title>"
	run -0 cat check.csv
	assert_output "severity,rule,org,name,message"
}

@test "records: no make rule writes a file people write" {
	make -s 2>/dev/null
	for f in register.csv roster.csv targets.csv attendance.csv votes.csv \
	    topics.csv actions.csv answers/2025.csv answers/2026.csv; do
		run -0 make -n -B "$f"
		assert_output "make: Nothing to be done for '$f'."
	done
	# As a derived file has one.
	run -0 make -n -B plan-2027.csv
	assert_output --partial "isac-plan -l 'nl' -r register.csv -o roster.csv"
}

@test "records: a register kept by hand survives any number of make and make -B runs, byte for byte, own columns, hand-set dates and Dutch dates included" {
	printf '%s' "$OWNED" >register.csv
	keep owned
	run -0 make -s
	assert_output "isac-plan: register.csv: 0 items met, 5 still missing, 3 new
isac-plan: warning: register.csv:3: SAP.2.4 was done on 2026-03-20, but the evaluation after it still finds it missing: reopened"
	kept owned
	# The plan takes what the owners wrote: SAP.2.3 was done in March
	# 2027, after the evaluation of 2026: it stays done; the start set by
	# hand; the owners of the register over those of the roster.
	run -0 plan plan-2027.csv
	assert_line "SAP.2.3,Anna de Vries,klaar,2027-01-01,2027-03-31"
	assert_line "SAP.2.4,Anna de Vries,heropend,2027-01-01,2027-03-31"
	assert_line "WM.3.1,Chantal Bakker,klaar,2027-01-01,2027-03-31"
	assert_line "ACT.2.1,Ingrid Peters,gestart,2027-02-01,2027-06-30"
	run -0 grep -c '^1,SAP,2,2,SAP.2.3,.*,"Begroting 2027 toegekend, 5000 euro."$' plan-2027.csv
	cp plan-2027.csv "$BATS_TEST_TMPDIR/plan"
	for i in 1 2 3; do
		make -s 2>/dev/null
		kept owned
		make -s -B 2>/dev/null
		kept owned
	done
	cmp plan-2027.csv "$BATS_TEST_TMPDIR/plan"
	# A change of the roster remakes the plan, and leaves the register.
	sed -i 's/+31 6 1234 5678/+31 6 8765 4321/' roster.csv
	keep roster
	run -0 make -s
	kept roster
	cmp plan-2027.csv "$BATS_TEST_TMPDIR/plan"
	[ ! -e register.csv.new ]
}

@test "records: a change of the register alone remakes the plan and the report, and nothing else" {
	make -s 2>/dev/null
	commit_all "Records"
	sed -i 's/^SAL\.2\.4,Eva Smit,open,,,$/SAL.2.4,Eva Smit,gestart,3-2-2027,Met de werkgroep,/' register.csv
	keep register
	run -0 make -s
	kept register
	run -0 git status --porcelain
	assert_output " M plan-2027.csv
 M register.csv
 M report-2026.html"
	run -0 plan plan-2027.csv
	assert_line "SAL.2.4,Eva Smit,gestart,2027-04-01,2027-06-30"
}

@test "records: a second evaluation a year later adds new items, and reopens a done item only when it ended after the day it was done" {
	printf '%s' "$OWNED" >register.csv
	make -s 2>/dev/null
	next_year
	keep second
	run -0 make -s
	# WM.3.1 was done on 10 January 2028, after the evaluation of 2027
	# ended: still done.  WM.3.3, done on 1 June 2027, and SAP.2.4, done
	# in 2026, are still missing in that evaluation: reopened.  SAP.2.3 is
	# met; ISM.2.2 is new.
	assert_output "isac-plan: register.csv: 1 items met, 4 still missing, 4 new
isac-plan: warning: register.csv:3: SAP.2.4 was done on 2026-03-20, but the evaluation after it still finds it missing: reopened
isac-plan: warning: register.csv:5: WM.3.3 was done on 2027-06-01, but the evaluation after it still finds it missing: reopened"
	kept second
	run -0 plan plan-2028.csv
	assert_output "id,owner,status,start,end
SAP.2.4,Anna de Vries,heropend,2028-01-01,2028-03-31
WM.3.1,Chantal Bakker,klaar,2028-01-01,2028-03-31
WM.3.2,Chantal Bakker,open,2028-01-01,2028-03-31
WM.3.3,Chantal Bakker,heropend,2028-01-01,2028-03-31
ISM.2.2,Eva Smit,open,2028-04-01,2028-06-30
SAL.2.2,Ingrid Peters,open,2028-04-01,2028-06-30
SAL.2.4,Ingrid Peters,open,2028-04-01,2028-06-30
ACT.2.1,Ingrid Peters,gestart,2027-02-01,2028-09-30"
	[ -s report-2027.html ]
	[ -s meetings-2028.ics ]
	# Last year's plan stays as it was made; make no longer writes it.
	[ -s plan-2027.csv ]
	make -s -B 2>/dev/null
	kept second
}

@test "records: bad answers stop make and leave the last good score" {
	make -s 2>/dev/null
	cp score.csv "$BATS_TEST_TMPDIR/score.csv"
	sed -i '3s/,ja,/,misschien,/' answers/2026.csv
	run -2 make -s
	assert_line "isac-score: answers/2026.csv:3: unknown answer 'misschien' for SAP.1.2"
	cmp score.csv "$BATS_TEST_TMPDIR/score.csv"
	[ ! -e score.csv.new ]
}

@test "records: a register that does not read stops make, says where, and keeps the last plan" {
	make -s 2>/dev/null
	cp plan-2027.csv "$BATS_TEST_TMPDIR/plan"
	sed -i 's/^SAP\.2\.3,Anna de Vries,gestart,/SAP.2.3,Anna de Vries,bezig,/' register.csv
	run -2 make -s
	assert_line "isac-plan: register.csv:3: unknown status 'bezig' for SAP.2.3: use open, started, done, dropped or reopened"
	cmp plan-2027.csv "$BATS_TEST_TMPDIR/plan"
}

@test "records: without a register, make plans every item open, the owners from the roster" {
	rm register.csv
	run -0 make -s
	assert_output ""
	run -0 plan plan-2027.csv
	assert_line "SAP.2.3,Anna de Vries,open,2027-01-01,2027-03-31"
	refute_output --partial "gestart"
}

@test "records: a repository without answers: make says what to add and exits 2, without reading the terminal" {
	rm answers/*.csv
	run -2 timeout 20 make -s </dev/null
	assert_line --index 0 "make: no answers yet, so nothing to evaluate."
	assert_line "Add the answers of the evaluation as answers/YYYY.csv (YYYY the"
	assert_line "  periode,deelnemer,nr,antwoord,toelichting"
	assert_line "  make checklist.csv    (isac-score -T -l nl > checklist.csv)"
	[ ! -e score.csv ]
	# On a terminal, where a program reading its standard input would
	# wait for the user: it does not.
	run -2 timeout 20 script -qec "PATH='$PATH' make -s" /dev/null
	assert_output --partial "make: no answers yet"
	# The blank checklist it names.
	run -0 make -s checklist.csv
	run -0 head -2 checklist.csv
	assert_output "id,capability,level,question,answer,respondent,note
SAP.1.1,SAP,1,Is er een gemeenschappelijk geformuleerd doel van informatie-uitwisseling?,,,"
	# Without answers, cron says the same, and that the evaluation failed.
	commit_all "A new ISAC"
	run -2 timeout 20 cron/yearly
	assert_line --index 0 "The yearly evaluation in $R failed:"
	assert_output --partial "make: no answers yet"
}

@test "records: make checklist.csv is next year's checklist, the last answers beside the empty ones" {
	run -0 make -s checklist.csv
	run -0 cut -d, -f1,5,8 checklist.csv
	assert_line --index 0 "id,answer,previous"
	assert_line --index 1 "SAP.1.1,,ja"
	run -0 make -s
	[ -s score.csv ]
	# A form to send round, not a record: git ignores it.
	run -0 git status --porcelain --ignored checklist.csv
	assert_output "!! checklist.csv"
}

@test "records: the pre-commit hook lets a good roster in and refuses one that breaks the rules" {
	[ "$(git config core.hooksPath)" = hooks ]
	git add -A
	run -0 git commit -q -m "Records of the Water-ISAC"
	# The secretary leaves without a successor.
	sed -i '/^"Hoogheemraadschap Oost, afdeling IV",Eva Smit,/s/,secretaris,/,lid,/' roster.csv
	run -1 git commit -q -a -m "Eva Smit no longer secretary"
	assert_line --partial "no active secretary"
	assert_line "pre-commit: roster.csv breaks the guide's rules: commit refused"
	run -0 git log --oneline
	assert_output --regexp "^[0-9a-f]+ Records of the Water-ISAC$"
	# The hook checks what is committed, not the working tree.
	run -0 git commit -q -m "Nothing" --allow-empty
}

@test "records: the pre-commit hook lets warnings through and refuses answers that do not read" {
	git add -A
	git commit -q -m "Records"
	# Without a substitute: a warning only.
	sed -i '/,Lars Meijer,/d' roster.csv
	run -0 git commit -q -a -m "Lars Meijer left"
	assert_line --regexp "^warning +substitute +Zuiveringsbedrijf Midden +no standard substitute$"
	sed -i '3s/,ja,/,misschien,/' answers/2026.csv
	run -1 git commit -q -a -m "Bad answer"
	assert_line "isac-score: answers/2026.csv:3: unknown answer 'misschien' for SAP.1.2"
	assert_line "pre-commit: the answers do not read: commit refused"
}

@test "records: the pre-commit hook refuses a register that does not read, and lets a good one in" {
	git add -A
	git commit -q -m "Records"
	sed -i 's/^SAP\.2\.3,Anna de Vries,gestart,/SAP.2.3,Anna de Vries,bezig,/' register.csv
	run -1 git commit -q -a -m "SAP.2.3"
	assert_output "isac-plan: register.csv:3: unknown status 'bezig' for SAP.2.3: use open, started, done, dropped or reopened
pre-commit: register.csv does not read: commit refused"
	sed -i 's/,bezig,2026-02-10,/,klaar,12-3-2027,/' register.csv
	run -0 git commit -q -a -m "SAP.2.3 done"
	assert_output ""
}

@test "records: the pre-commit hook, without the isac programs on PATH, says they are missing and how to fix PATH" {
	git add -A
	git commit -q -m "Records"
	sed -i 's/+31 6 1234 5678/+31 6 8765 4321/' roster.csv
	git add roster.csv
	# A git GUI's PATH: git, and the system's tools, but not isac.
	mkdir "$BATS_TEST_TMPDIR/bin"
	ln -s "$(command -v git)" "$BATS_TEST_TMPDIR/bin/git"
	run -1 env PATH="$BATS_TEST_TMPDIR/bin:/usr/bin:/bin" git commit -q -m "Phone"
	assert_line --index 0 "pre-commit: the isac programs are not on PATH (missing: isac-roster isac-render isac-score isac-plan),"
	assert_line --regexp "^PATH here is: (.*:)?$BATS_TEST_TMPDIR/bin:/usr/bin:/bin\$"
	assert_line "Or commit without the checks: git commit --no-verify"
	refute_output --partial "does not read"
	run -0 git commit -q -m "Phone"
}

@test "records: the pre-commit hook never refuses a commit that changes nothing, a bad roster beside it and no programs on PATH" {
	git add -A
	git commit -q -m "Records"
	printf 'org,name\n' >roster.csv
	mkdir "$BATS_TEST_TMPDIR/bin"
	ln -s "$(command -v git)" "$BATS_TEST_TMPDIR/bin/git"
	run -0 env PATH="$BATS_TEST_TMPDIR/bin:/usr/bin:/bin" git commit -q --allow-empty -m "Meeting held"
	assert_output ""
	run -0 git commit -q --allow-empty -m "Nothing"
	assert_output ""
	# Nor a first commit of nothing, in a new repository.
	mkdir "$BATS_TEST_TMPDIR/new"
	cd "$BATS_TEST_TMPDIR/new"
	git init -q
	git config core.hooksPath "$R/hooks"
	run -0 env PATH="$BATS_TEST_TMPDIR/bin:/usr/bin:/bin" git -c user.name=S -c user.email=s@example.nl commit -q --allow-empty -m "Start"
	assert_output ""
	# And a commit of other files only needs no program.
	cd "$R"
	git checkout -q roster.csv
	echo "Notulen" >notulen.txt
	git add notulen.txt
	run -0 env PATH="$BATS_TEST_TMPDIR/bin:/usr/bin:/bin" git commit -q -m "Minutes"
	assert_output ""
}

@test "records: git diff shows the answers and the score as aligned text" {
	make -s 2>/dev/null
	git add -A
	git commit -q -m "Records"
	sed -i 's/^2026,Waterschap Noord,ISM.3.4,nee,$/2026,Waterschap Noord,ISM.3.4,ja,/' answers/2026.csv
	run -0 git diff answers/2026.csv
	assert_line --regexp '^-2026 +Waterschap Noord +ISM\.3\.4 +nee$'
	assert_line --regexp '^\+2026 +Waterschap Noord +ISM\.3\.4 +ja$'
	run -0 git diff --stat answers/2026.csv
	assert_line --partial "1 file changed, 1 insertion(+), 1 deletion(-)"
	# From a folder below, too.
	cd answers
	run -0 git diff 2026.csv
	assert_line --regexp '^\+2026 +Waterschap Noord +ISM\.3\.4 +ja$'
}

@test "records: git diff and git log -p show a CSV the tools cannot read, and one named -f.csv, as it is" {
	git add -A
	git commit -q -m "Records"
	printf 'a,b\n"1,2\n' >kapot.csv
	printf 'nr,status\nSAP.2.3,klaar\n' >-f.csv
	git add -- kapot.csv -f.csv
	git commit -q --no-verify -m "Two odd files"
	run -0 git log -p -1
	assert_line '+a,b'
	assert_line '+"1,2'
	assert_line '+nr       status'
	assert_line '+SAP.2.3  klaar'
	printf 'a,b\n"1,3\n' >kapot.csv
	printf 'nr,status\nSAP.2.3,gestart\n' >-f.csv
	run -0 git diff
	assert_line '-"1,2'
	assert_line '+"1,3'
	assert_line '+SAP.2.3  gestart'
	refute_output --partial "fatal"
	# Without isac-render on PATH, the text as it is.
	run -0 env PATH=/usr/bin:/bin git diff -- -f.csv
	assert_line '-SAP.2.3,klaar'
	assert_line '+SAP.2.3,gestart'
	run -0 env PATH=/usr/bin:/bin git log -p --format=%s
	refute_output --partial "fatal"
	no_pwned
}

@test "records: the diff driver shows a table as text, anything else as it is, and says how it is used" {
	run -0 hooks/textconv -l nl targets.csv
	assert_output "capaciteit  streefniveau
SAP         2
WM          3
ISM         2
SAL         2
ACT         2"
	printf 'a,b\n"1,2\n' >kapot.csv
	run -0 hooks/textconv kapot.csv
	assert_output 'a,b
"1,2'
	run -2 hooks/textconv
	assert_output "usage: hooks/textconv [-l lang] file"
	run -0 git config diff.isac.textconv
	assert_output "hooks/textconv -l nl"
}

@test "records: answers files named with a command substitution, backticks, spaces, ; and a leading - are read as the others, and run nothing" {
	make -s 2>/dev/null
	mkdir "$BATS_TEST_TMPDIR/before"
	cp *.csv *.ics *.txt *.html "$BATS_TEST_TMPDIR/before/"
	make -s clean
	mv answers/2025.csv "answers/$HOSTILE"
	run -0 make -s
	assert_output "$PLANSAYS"
	for f in "$BATS_TEST_TMPDIR"/before/*; do
		cmp "$f" "${f##*/}"
	done
	run -0 grep -c '^2025,' score.csv
	assert_output 5
	no_pwned
	# A change of that file, and of nothing else, remakes what reads it.
	sed -i 's/^\(2025,[^,]*,WM\.1\.1\),ja,/\1,nee,/' "answers/$HOSTILE"
	run -0 make -s
	run -0 grep '^2025,WM,' score.csv
	assert_output "2025,WM,0,5,6,4,5,0,3,0"
	no_pwned
}

@test "records: the settings reach the programs as they are, quotes, ; and backticks in a title too" {
	run -0 make -s report-2026.html TITLE="Water's \`id>PWNED\`; \"jaar\""
	run -0 grep -o "<title>[^<]*</title>" report-2026.html
	assert_output "<title>TLP:AMBER — Water&#39;s \`id&gt;PWNED\`; &quot;jaar&quot;</title>"
	no_pwned
}

@test "records: the hook and the cron script read answers with such names in a repository with such a name, and run nothing" {
	mv answers/2025.csv "answers/$HOSTILE"
	make -s 2>/dev/null
	git add -A
	run -0 git commit -q -m "Records"
	H="$BATS_TEST_TMPDIR/records \$(id>PWNED4) \`id>PWNED5\`; x"
	mv "$R" "$H"
	cd /
	run -0 env ISAC_TODAY=2026-01-15 "$H/cron/yearly"
	assert_output ""
	cd "$H"
	sed -i '3s/,ja,/,misschien,/' "answers/$HOSTILE"
	run -1 git commit -q -a -m "Bad answer"
	assert_line "isac-score: answers/$HOSTILE:3: unknown answer 'misschien' for SAP.1.2"
	assert_line "pre-commit: the answers do not read: commit refused"
	# git diff of that file, through the driver.
	run -0 git diff -- "answers/$HOSTILE"
	assert_line --regexp '^\+2025 +Waterschap Noord +SAP\.1\.2 +misschien'
	no_pwned
}

@test "records: the cron script is silent when nothing needs a person" {
	make -s 2>/dev/null
	commit_all "Records"
	# Before Eva Smit's term ends, with every agenda far ahead.
	run -0 env ISAC_TODAY=2026-01-15 cron/yearly
	assert_output ""
	run -0 git status --porcelain
	assert_output ""
}

@test "records: the cron script says when the evaluation is overdue and which terms ended" {
	make -s 2>/dev/null
	commit_all "Records"
	run -1 env ISAC_TODAY=2031-01-15 cron/yearly
	assert_line --index 0 "Due (isac-roster due):"
	# The evaluation was due two years after the last one held, on
	# 2025-11-25 by evaluations.csv, not after the last checklist.
	assert_line --regexp "^2027-11-25[ ,]+evaluation[ ,]+2025-11-25[ ,]"
	refute_line --regexp "^2028-12-31[ ,]+evaluation[ ,]"
	# Three terms ended: those of the chair, vice-chair and secretary.
	# (the who column may wrap a name: the first name is on the line)
	assert_line --regexp "^[0-9-]+[ ,]+term[ ,].*Anna"
	assert_line --regexp "^[0-9-]+[ ,]+term[ ,].*Chantal"
	assert_line --regexp "^[0-9-]+[ ,]+term[ ,].*Eva"
	# And the action agreed at a meeting that passed its end, open.
	assert_line --regexp "^2027-01-31[ ,]+action[ ,]+Template agenda"
	refute_output --partial "changed these files"
}

@test "records: the cron script speaks when files change, names only the derived files to commit, never -a, and commits nothing" {
	make -s 2>/dev/null
	commit_all "Records"
	# An owner's half-made edit of the register, and a lower target.
	sed -i 's/^SAL\.2\.4,Eva Smit,open,,,$/SAL.2.4,Eva Smit,gestart,,,/' register.csv
	sed -i 's/^ACT,2$/ACT,1/' targets.csv
	git commit -q --no-verify -m "ACT: level 1 is enough" targets.csv
	keep half
	run -1 env ISAC_TODAY=2026-01-15 cron/yearly
	assert_line --index 0 "The yearly evaluation in $R changed these files:"
	assert_line " M summary-2026.csv"
	assert_line " M plan-2027.csv"
	assert_line " M report-2026.html"
	refute_line " M register.csv"
	assert_line "  git add -- gap-2026.csv plan-2027.csv report-2026.html summary-2026.csv &&"
	assert_line "  git commit -m 'Jaarlijkse evaluatie' -- gap-2026.csv plan-2027.csv report-2026.html summary-2026.csv"
	refute_output --partial "commit -a"
	kept half
	run -0 git log --format=%s
	assert_output "ACT: level 1 is enough
Records"
	# The command it gives commits the derived files, and only them.
	git add -- gap-2026.csv plan-2027.csv report-2026.html summary-2026.csv &&
	    git commit -q -m 'Jaarlijkse evaluatie' -- gap-2026.csv plan-2027.csv report-2026.html summary-2026.csv
	run -0 git status --porcelain
	assert_output " M register.csv"
	run -0 env ISAC_TODAY=2026-01-15 cron/yearly
	assert_output ""
}

@test "records: the cron script speaks when the roster check finds something" {
	sed -i 's/eva.smit@hhoost.nl/secretariaat@hhoost.nl/' roster.csv
	make -s 2>/dev/null
	commit_all "Functional address"
	run -1 env ISAC_TODAY=2026-01-15 cron/yearly
	assert_line --index 0 "The roster check found something (isac-roster check roster.csv):"
	assert_output --partial "functional-address"
	refute_output --partial "changed these files"
}

@test "records: the cron script exits 2 and says why when the evaluation fails" {
	make -s 2>/dev/null
	commit_all "Records"
	printf 'org,name\n' >roster.csv
	run -2 env ISAC_TODAY=2026-01-15 cron/yearly
	assert_line --index 0 "The yearly evaluation in $R failed:"
	assert_output --regexp "isac-[a-z]+: roster.csv:1: no column"
}

@test "records: two cron runs at once follow each other, each with its whole report" {
	make -s 2>/dev/null
	commit_all "Records"
	sed -i 's/^ACT,2$/ACT,1/' targets.csv
	git commit -q -a -m "ACT: level 1 is enough" --no-verify
	# make, slowed down and logging when it starts and ends.
	mkdir "$BATS_TEST_TMPDIR/bin"
	printf '#!/bin/sh\necho start >>"$MAKELOG"; sleep 1\n%s "$@"; s=$?\necho end >>"$MAKELOG"; exit $s\n' \
	    "$(command -v make)" >"$BATS_TEST_TMPDIR/bin/make"
	chmod +x "$BATS_TEST_TMPDIR/bin/make"
	export MAKELOG="$BATS_TEST_TMPDIR/make.log"
	export ISAC_TODAY=2026-01-15
	PATH="$BATS_TEST_TMPDIR/bin:$PATH" cron/yearly >"$BATS_TEST_TMPDIR/1" 2>&1 &
	p1=$!
	PATH="$BATS_TEST_TMPDIR/bin:$PATH" cron/yearly >"$BATS_TEST_TMPDIR/2" 2>&1 &
	p2=$!
	s1=0 s2=0
	wait "$p1" || s1=$?
	wait "$p2" || s2=$?
	assert_equal "$s1 $s2" "1 1"
	# make -B, then make derived, by each run in turn.
	run -0 cat "$MAKELOG"
	assert_output "start
end
start
end
start
end
start
end"
	for f in 1 2; do
		run -0 cat "$BATS_TEST_TMPDIR/$f"
		assert_line --index 0 "The yearly evaluation in $R changed these files:"
		assert_line " M summary-2026.csv"
		assert_line " M report-2026.html"
		assert_equal "${lines[-1]}" "  git commit -m 'Jaarlijkse evaluatie' -- gap-2026.csv plan-2027.csv report-2026.html summary-2026.csv"
	done
	# The two reports are the same, line for line.
	cmp "$BATS_TEST_TMPDIR/1" "$BATS_TEST_TMPDIR/2"
}

# fake_crontab: a crontab command on PATH that keeps the table in
# $BATS_TEST_TMPDIR/crontab, as cron's does, and says so when there is none.
fake_crontab() {
	mkdir -p "$BATS_TEST_TMPDIR/bin"
	cat >"$BATS_TEST_TMPDIR/bin/crontab" <<'EOF'
#!/bin/sh
t=$CRONTAB_FILE
case $* in
-l)	[ -f "$t" ] || { echo "no crontab for secretaris" >&2; exit 1; }
	cat "$t" ;;
-)	cat >"$t.new" && mv "$t.new" "$t" ;;
*)	echo "fake crontab: $*" >&2; exit 2 ;;
esac
EOF
	chmod +x "$BATS_TEST_TMPDIR/bin/crontab"
	export CRONTAB_FILE="$BATS_TEST_TMPDIR/crontab"
	PATH="$BATS_TEST_TMPDIR/bin:$PATH"
}

@test "records: cron/install puts one entry in the crontab however often it runs, and leaves the others alone" {
	fake_crontab
	printf '%s\n' "MAILTO=ik@example.nl" "30 6 * * 1 backup" >"$CRONTAB_FILE"
	run -0 cron/install
	assert_output "cron/install: the yearly evaluation of $R is in your crontab (crontab -l)"
	cp "$CRONTAB_FILE" "$BATS_TEST_TMPDIR/once"
	run -0 cron/install
	cmp "$CRONTAB_FILE" "$BATS_TEST_TMPDIR/once"
	run -0 cat "$CRONTAB_FILE"
	assert_line --index 0 "MAILTO=ik@example.nl"
	assert_line --index 1 "30 6 * * 1 backup"
	assert_line --index 2 "# BEGIN isac-yearly $R"
	assert_line --index 3 "# The yearly evaluation of the ISAC (cron/install -r takes it out)."
	assert_line --index 4 --regexp "^0 7 15 1 \* PATH='[^']*' '$R/cron/yearly'\$"
	assert_line --index 5 "# END isac-yearly $R"
	assert_equal "${#lines[@]}" 6
	# Its PATH: where the programs are now, and the system's.
	local path
	path=$(sed -n "s/^0 7 15 1 \* PATH='\([^']*\)' .*/\1/p" "$CRONTAB_FILE")
	[[ ":$path:" == *":$(dirname "$(command -v isac-score)"):"* ]]
	[[ ":$path:" == *":/usr/bin:"* ]]
	# Nothing set for the other entries: no MAILTO or PATH line of its own.
	run -0 grep -c '^[A-Z]*=' "$CRONTAB_FILE"
	assert_output 1
	# The job's line runs the job, from anywhere.
	line=$(grep '^0 7 15 1 \* ' "$CRONTAB_FILE")
	make -s 2>/dev/null
	commit_all "Records"
	cd /
	run -0 env -i HOME="$HOME" ISAC_TODAY=2026-01-15 sh -c "${line#0 7 15 1 \* }"
	assert_output ""
	# And out again: the crontab as it was.
	cd "$R"
	run -0 cron/install -r
	run -0 cat "$CRONTAB_FILE"
	assert_output "MAILTO=ik@example.nl
30 6 * * 1 backup"
}

@test "records: cron/install starts an empty crontab, keeps a second repository's entry apart, and quotes a path with quotes" {
	fake_crontab
	run -0 cron/install
	run -0 grep -c . "$CRONTAB_FILE"
	assert_output 4
	Q="$BATS_TEST_TMPDIR/Anna's isac \$(id>PWNED6)"
	cp -R "$R" "$Q"
	run -0 "$Q/cron/install"
	run -0 "$Q/cron/install"
	run -0 grep -c '^0 7 15 1 ' "$CRONTAB_FILE"
	assert_output 2
	run -0 grep -F "'$BATS_TEST_TMPDIR/Anna'\\''s isac \$(id>PWNED6)/cron/yearly'" "$CRONTAB_FILE"
	run -0 "$Q/cron/install" -r
	run -0 grep -c '^0 7 15 1 ' "$CRONTAB_FILE"
	assert_output 1
	run -0 grep -F "'$R/cron/yearly'" "$CRONTAB_FILE"
	no_pwned
}

@test "records: cron/install without cron points to the timer, and a crontab that does not list leaves the crontab alone" {
	mkdir "$BATS_TEST_TMPDIR/bin"
	for p in sh dirname mktemp cat rm sed awk make isac-roster; do
		ln -s "$(command -v "$p")" "$BATS_TEST_TMPDIR/bin/$p"
	done
	run -2 env PATH="$BATS_TEST_TMPDIR/bin" cron/install
	assert_line --index 0 "cron/install: there is no crontab command here (cron is not installed)."
	assert_line "  systemctl --user enable --now isac-yearly.timer"
	# A crontab -l that fails otherwise: nothing is written.
	fake_crontab
	printf '#!/bin/sh\n[ "$1" = - ] && { cat >"$CRONTAB_FILE"; exit 0; }\necho "crontab: cannot read the table" >&2; exit 1\n' \
	    >"$BATS_TEST_TMPDIR/bin/crontab"
	run -2 cron/install
	assert_output "cron/install: crontab -l failed: crontab: cannot read the table"
	[ ! -e "$CRONTAB_FILE" ]
	run -2 cron/install -x
	assert_output "usage: cron/install [-r]"
}

@test "records: the systemd user units run cron/yearly in ~/isac on 15 January, and systemd-analyze finds nothing wrong" {
	run -0 cat cron/isac-yearly.timer
	assert_line "OnCalendar=*-01-15 07:00"
	assert_line "Persistent=true"
	assert_line "WantedBy=timers.target"
	run -0 cat cron/isac-yearly.service
	assert_line "Type=oneshot"
	assert_line "ExecStart=%h/isac/cron/yearly"
	assert_line "WorkingDirectory=%h/isac"
	run -0 systemd-analyze calendar '*-01-15 07:00'
	assert_line --regexp "Next elapse: .* [0-9]{4}-01-15 07:00:00"
	# Verified as a user's units, with the records in ~/isac.
	export HOME="$BATS_TEST_TMPDIR/home" XDG_RUNTIME_DIR="$BATS_TEST_TMPDIR/run"
	mkdir -p "$HOME/.config/systemd/user" "$XDG_RUNTIME_DIR"
	chmod 700 "$XDG_RUNTIME_DIR"
	cp -R "$R" "$HOME/isac"
	cp cron/isac-yearly.service cron/isac-yearly.timer "$HOME/.config/systemd/user/"
	run -0 systemd-analyze --user verify \
	    "$HOME/.config/systemd/user/isac-yearly.timer" \
	    "$HOME/.config/systemd/user/isac-yearly.service"
	assert_output ""
	# A service that does not exist where it is looked for is found out.
	rm -r "$HOME/isac"
	run -1 systemd-analyze --user verify \
	    "$HOME/.config/systemd/user/isac-yearly.service"
	assert_output --partial "isac/cron/yearly"
}

@test "records: make install puts the repository, hidden files and modes included, under the data" {
	d="$BATS_TEST_TMPDIR/dest"
	make -s -C "$TOP" B="${ISAC_BUILD##*/}" install DESTDIR="$d" PREFIX=/usr >/dev/null
	r="$d/usr/share/isac/examples/records"
	[ -f "$r/.gitattributes" ]
	[ -f "$r/answers/2026.csv" ]
	[ -f "$r/register.csv" ]
	[ -f "$r/cron/isac-yearly.timer" ]
	[ -x "$r/hooks/pre-commit" ]
	[ -x "$r/hooks/textconv" ]
	[ -x "$r/cron/yearly" ]
	[ -x "$r/cron/install" ]
	make -s -C "$TOP" B="${ISAC_BUILD##*/}" uninstall DESTDIR="$d" PREFIX=/usr >/dev/null
	[ ! -e "$r" ]
	[ ! -e "$d/usr" ]
}

@test "records: make uninstall leaves a file the user put in the installed repository, and what holds it" {
	d="$BATS_TEST_TMPDIR/dest"
	make -s -C "$TOP" B="${ISAC_BUILD##*/}" install DESTDIR="$d" PREFIX=/usr >/dev/null
	r="$d/usr/share/isac/examples/records"
	echo "notes of the secretary" >"$r/answers/notes.txt"
	make -s -C "$TOP" B="${ISAC_BUILD##*/}" uninstall DESTDIR="$d" PREFIX=/usr >/dev/null
	run -0 find "$d" -type f
	assert_output "$r/answers/notes.txt"
	run -0 cat "$r/answers/notes.txt"
	assert_output "notes of the secretary"
	[ ! -e "$d/usr/bin" ]
}

# The example records repository (share/isac/examples/records): copied,
# made a git repository, its yearly evaluation, hook, cron script and diffs.
load test_helper

RECORDS="$BATS_TEST_DIRNAME/../share/isac/examples/records"

# A file name that runs commands wherever a shell reads it as text, with
# spaces, a ; and a leading -.
HOSTILE='-x $(id>PWNED1) `id>PWNED2`; id>PWNED3 y.csv'

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

@test "records: make is the yearly evaluation: score, disagreements, gap, plan, calendar, mailing list and report" {
	run -0 make -s
	assert_output "isac-plan: plan-2026.csv: 3 items met, 8 still missing, 0 new
isac-plan: warning: plan-2026.csv:4: SAP.2.4 is done but still missing in this gap; give the day it was done (column date) so that the next evaluation can tell"
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
	run -0 cut -d, -f1,2,5 plan-2027.csv
	assert_line --index 1 "1,SAP,SAP.2.3"
	assert_line --index 8 "2,ACT,ACT.2.1"
	run -0 grep -c "^BEGIN:VEVENT" meetings-2027.ics
	assert_output 6
	run -0 head -2 meetings-2027.csv
	assert_output "date,agenda_due,host
2027-02-02,2027-01-12,Waterschap Noord"
	run -0 wc -l <members.txt
	assert_output 10
	run -0 grep -c "TLP:AMBER" report-2026.html
	run -0 grep -o "<title>[^<]*</title>" report-2026.html
	assert_output "<title>TLP:AMBER — Jaarverslag Water-ISAC 2026</title>"
	run -0 cat check.csv
	assert_output "severity,rule,org,name,message"
}

@test "records: make again changes nothing, and keeps the statuses of this year's plan" {
	make -s 2>/dev/null
	# An owner drops an item of this year's plan.
	sed -i 's/^\(1,SAP,2,2,SAP.2.3,.*\),gestart,/\1,vervallen,/' plan-2027.csv
	run -0 make -B -s
	assert_output "isac-plan: plan-2027.csv: 0 items met, 8 still missing, 0 new
isac-plan: warning: plan-2027.csv:3: SAP.2.4 is done but still missing in this gap; give the day it was done (column date) so that the next evaluation can tell"
	run -0 grep -c '^1,SAP,2,2,SAP.2.3,.*,vervallen,' plan-2027.csv
	cp -R . "$BATS_TEST_TMPDIR/before"
	make -B -s 2>/dev/null
	for f in *.csv *.ics *.txt *.html; do
		cmp "$f" "$BATS_TEST_TMPDIR/before/$f"
	done
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

@test "records: the cron script is silent when nothing changed, and speaks when files change or the roster check fails" {
	make -s 2>/dev/null
	git add -A
	git commit -q -m "Records"
	run -0 cron/yearly
	assert_output ""
	# A lower target: the derived files change, and the mail says which.
	sed -i 's/^ACT,2$/ACT,1/' targets.csv
	git commit -q -a -m "ACT: level 1 is enough" --no-verify
	run -1 cron/yearly
	assert_line --partial "changed these files:"
	assert_line " M summary-2026.csv"
	assert_line " M report-2026.html"
	git reset -q --hard HEAD~1
	# A functional address: an error of the roster check.
	sed -i 's/eva.smit@hhoost.nl/secretariaat@hhoost.nl/' roster.csv
	git commit -q -a -m "Functional address" --no-verify
	make -s 2>/dev/null
	git commit -q -a -m "Derived" --no-verify
	run -1 cron/yearly
	assert_line --index 0 "The roster check found something (isac-roster check roster.csv):"
	assert_output --partial "functional-address"
	refute_output --partial "changed these files"
}

@test "records: the cron script exits 2 and says why when the evaluation fails" {
	make -s 2>/dev/null
	git add -A
	git commit -q -m "Records"
	printf 'org,name\n' >roster.csv
	run -2 cron/yearly
	assert_line --index 0 "The yearly evaluation in $R failed:"
	assert_output --regexp "isac-[a-z]+: roster.csv:1: no column"
}

@test "records: answers files named with a command substitution, backticks, spaces, ; and a leading - are read as the others, and run nothing" {
	make -s 2>/dev/null
	mkdir "$BATS_TEST_TMPDIR/before"
	cp *.csv *.ics *.txt *.html "$BATS_TEST_TMPDIR/before/"
	make -s clean
	mv answers/2025.csv "answers/$HOSTILE"
	run -0 make -s
	assert_output "isac-plan: plan-2026.csv: 3 items met, 8 still missing, 0 new
isac-plan: warning: plan-2026.csv:4: SAP.2.4 is done but still missing in this gap; give the day it was done (column date) so that the next evaluation can tell"
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
	run -0 "$H/cron/yearly"
	assert_output ""
	cd "$H"
	sed -i '3s/,ja,/,misschien,/' "answers/$HOSTILE"
	run -1 git commit -q -a -m "Bad answer"
	assert_line "isac-score: answers/$HOSTILE:3: unknown answer 'misschien' for SAP.1.2"
	assert_line "pre-commit: the answers do not read: commit refused"
	no_pwned
}

@test "records: two cron runs at once follow each other, each with its whole report" {
	make -s 2>/dev/null
	git add -A
	git commit -q -m "Records"
	sed -i 's/^ACT,2$/ACT,1/' targets.csv
	git commit -q -a -m "ACT: level 1 is enough" --no-verify
	# make, slowed down and logging when it starts and ends.
	mkdir "$BATS_TEST_TMPDIR/bin"
	printf '#!/bin/sh\necho start >>"$MAKELOG"; sleep 1\n%s "$@"; s=$?\necho end >>"$MAKELOG"; exit $s\n' \
	    "$(command -v make)" >"$BATS_TEST_TMPDIR/bin/make"
	chmod +x "$BATS_TEST_TMPDIR/bin/make"
	export MAKELOG="$BATS_TEST_TMPDIR/make.log"
	PATH="$BATS_TEST_TMPDIR/bin:$PATH" cron/yearly >"$BATS_TEST_TMPDIR/1" 2>&1 &
	p1=$!
	PATH="$BATS_TEST_TMPDIR/bin:$PATH" cron/yearly >"$BATS_TEST_TMPDIR/2" 2>&1 &
	p2=$!
	s1=0 s2=0
	wait "$p1" || s1=$?
	wait "$p2" || s2=$?
	assert_equal "$s1 $s2" "1 1"
	run -0 cat "$MAKELOG"
	assert_output "start
end
start
end"
	for f in 1 2; do
		run -0 cat "$BATS_TEST_TMPDIR/$f"
		assert_line --index 0 "The yearly evaluation in $R changed these files:"
		assert_line " M summary-2026.csv"
		assert_line " M report-2026.html"
		assert_equal "${lines[-1]}" "  git commit -a -m 'Yearly evaluation'"
	done
	# The second run found the plan the first had made.
	run -0 cat "$BATS_TEST_TMPDIR/1" "$BATS_TEST_TMPDIR/2"
	assert_line "isac-plan: plan-2027.csv: 1 items met, 7 still missing, 0 new"
	assert_line "isac-plan: plan-2027.csv: 0 items met, 7 still missing, 0 new"
	# Otherwise the two reports are the same, line for line.
	run -0 diff <(sed 's/: [01] items met/: N items met/' "$BATS_TEST_TMPDIR/1") \
	    <(sed 's/: [01] items met/: N items met/' "$BATS_TEST_TMPDIR/2")
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
}

@test "records: make install puts the repository, hidden files and modes included, under the data" {
	d="$BATS_TEST_TMPDIR/dest"
	make -s -C "$TOP" B="${ISAC_BUILD##*/}" install DESTDIR="$d" PREFIX=/usr >/dev/null
	r="$d/usr/share/isac/examples/records"
	[ -f "$r/.gitattributes" ]
	[ -f "$r/answers/2026.csv" ]
	[ -x "$r/hooks/pre-commit" ]
	[ -x "$r/cron/yearly" ]
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

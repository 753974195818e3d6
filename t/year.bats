# SPDX-License-Identifier: EUPL-1.2
# A whole year, and the start of the next, in the example records
# repository, as the secretary and the owners live it: the evaluation,
# owners' edits of the register (one left half made), roster changes,
# cron runs in between (two at once), a second evaluation a year later.
# After every step, no byte that a person wrote is lost or changed by
# make or cron.
load test_helper

RECORDS="$BATS_TEST_DIRNAME/../share/isac/examples/records"

# The files people write.
HANDMADE="answers targets.csv roster.csv attendance.csv votes.csv register.csv topics.csv actions.csv"

setup() {
	R="$BATS_TEST_TMPDIR/isac"
	K="$BATS_TEST_TMPDIR/kept"
	cp -R "$RECORDS" "$R"
	cd "$R"
	make -s clean
	git init -q
	git config user.name "Secretaris"
	git config user.email "secretaris@example.nl"
	git config commit.gpgsign false
	make -s setup
}

# wrote: a person has written: what the files people write now hold is
# what must be kept, byte for byte.
wrote() {
	rm -rf "$K"
	mkdir "$K"
	# shellcheck disable=SC2086
	cp -R $HANDMADE "$K/"
}

# intact: the files people write are byte for byte what they wrote, with
# none added or taken away.
intact() {
	local f
	for f in $HANDMADE; do
		diff -r -- "$K/$f" "$f"
	done
}

# cron DATE: cron/yearly as on DATE; its output in $output, its status
# in $status; the hand-made files checked after it.
cron() {
	run env ISAC_TODAY="$1" cron/yearly
	intact
}

# commit_derived: runs the commands cron gave to commit what it changed.
commit_derived() {
	local cmd
	cmd=$(printf '%s\n' "$output" | sed -n '/^  git add -- /,/^  git commit /p')
	[ -n "$cmd" ]
	run -0 sh -c "$cmd"
}

# step ID: the status, start and end of an item in a plan.
step() {
	python3 -c '
import csv, sys
for r in csv.DictReader(open(sys.argv[1], newline="")):
	if r["id"] == sys.argv[2]:
		print(",".join((r["status"], r["start"], r["end"])))
' "$1" "$2"
}

@test "year: an evaluation, the owners' edits, roster changes, cron runs, two at once, and the evaluation a year later lose no byte a person wrote" {
	# Autumn 2026: the evaluation, and the records committed.
	wrote
	run -0 make -s
	assert_line "isac-plan: register.csv: 3 items met, 8 still missing, 0 new"
	intact
	run -0 make -s -B
	intact
	git add -A
	run -0 git commit -q -m "Evaluatie 2026"
	run -0 git status --porcelain
	assert_output ""

	# January 2027: the owners keep the register in a spreadsheet, which
	# writes CRLF and dates day first; Anna adds a column of her own.
	python3 - <<'EOF'
import csv
rows = list(csv.reader(open("register.csv", newline="")))
rows[0].append("risico")
for r in rows[1:]:
	r.append("")
	if r[0] == "SAP.2.3":
		r[2:5] = ["klaar", "12-3-2027", "Begroting 2027 toegekend, \"ruim\"."]
		r[6] = "laag"
	if r[0] == "SAL.2.4":
		r[2:4] = ["gestart", "3/2/2027"]
with open("register.csv", "w", newline="") as f:
	csv.writer(f, lineterminator="\r\n").writerows(rows)
EOF
	wrote
	run -0 git commit -q -m "Register: SAP.2.3 klaar, SAL.2.4 gestart" register.csv
	assert_output ""
	intact

	# Ingrid starts an edit and leaves it half made, uncommitted.
	sed -i 's/^ACT\.2\.1,Ingrid Peters,open,,,,\r$/ACT.2.1,Ingrid Peters,gestart,,Verkenning met,,\r/' register.csv
	run -0 grep -c '^ACT\.2\.1,Ingrid Peters,gestart,' register.csv
	wrote

	# 15 January 2027: cron.  The plan takes the owners' statuses; the
	# mail names the derived files to commit, and only those.
	cron 2027-01-15
	[ "$status" = 1 ]
	assert_line "The yearly evaluation in $R changed these files:"
	assert_line " M plan-2027.csv"
	refute_line " M register.csv"
	refute_output --partial "commit -a"
	run -0 step plan-2027.csv SAP.2.3
	assert_output "klaar,2027-01-01,2027-03-31"
	run -0 step plan-2027.csv ACT.2.1
	assert_output "gestart,2027-04-01,2027-06-30"
	cron 2027-01-15
	commit_derived
	intact
	run -0 git status --porcelain
	assert_output " M register.csv"
	# Ingrid finishes her edit, and commits it.
	sed -i 's/,Verkenning met,/,"Verkenning met de waterschappen",/' register.csv
	wrote
	run -0 git commit -q -m "Register: ACT.2.1" register.csv
	intact

	# February 2027: the roster changes, with Dutch dates: Eva is
	# re-elected, Anna's number changes, Netbeheer Delta joins.
	sed -i -e '/,Eva Smit,/s/,2024-02-01$/,1-2-2027/' \
	    -e 's/+31 6 1234 5678/+31 6 8765 4321/' roster.csv
	printf '%s\n' \
	    'Netbeheer Delta,Femke de Wit,f.dewit@netbeheerdelta.nl,lid,vast,1-3-2027,1-3-2027,,,' \
	    'Netbeheer Delta,Otto Kramer,o.kramer@netbeheerdelta.nl,lid,vervanger,1-3-2027,1-3-2027,,,' \
	    >>roster.csv
	wrote
	run -0 make -s
	intact
	git add roster.csv
	run -0 git commit -q -m "Rooster: Eva herkozen, Netbeheer Delta toegetreden"
	run -0 grep -c 'netbeheerdelta' members.txt
	assert_output 2

	# 1 June 2027: two cron runs at once: one after the other, the same
	# report, and the records intact.
	env ISAC_TODAY=2027-06-01 cron/yearly >"$BATS_TEST_TMPDIR/1" 2>&1 &
	p1=$!
	env ISAC_TODAY=2027-06-01 cron/yearly >"$BATS_TEST_TMPDIR/2" 2>&1 &
	p2=$!
	s1=0 s2=0
	wait "$p1" || s1=$?
	wait "$p2" || s2=$?
	assert_equal "$s1" "$s2"
	[ "$s1" != 2 ]
	cmp "$BATS_TEST_TMPDIR/1" "$BATS_TEST_TMPDIR/2"
	intact
	# The roster's derived files, made in February, are still to commit.
	run -0 cat "$BATS_TEST_TMPDIR/1"
	assert_line " M members.txt"
	commit_derived
	run -0 git status --porcelain
	assert_output ""

	# Autumn 2027: the second evaluation.  SAP.2.3 is met now; ISM.2.2 is
	# missing again, a new item; the step done in March is met, those
	# done before the evaluation and still missing are reopened.
	cp answers/2026.csv answers/2027.csv
	sed -i -e 's/^2026,/2027,/' -e '/,SAP\.2\.3,/s/,deels,/,ja,/' \
	    -e '/,ISM\.2\.2,/s/,ja,/,nee,/' answers/2027.csv
	# Chantal marks WM.3.1 done in January 2028, after the evaluation.
	sed -i 's/^WM\.3\.1,Chantal Bakker,open,,,,\r$/WM.3.1,Chantal Bakker,klaar,10-1-2028,,,\r/' register.csv
	wrote
	run -0 make -s
	assert_line --regexp "^isac-plan: register.csv: [0-9]+ items met, [0-9]+ still missing, 1 new$"
	intact
	run -0 step plan-2028.csv WM.3.1
	assert_output "klaar,2028-01-01,2028-03-31"
	run -0 step plan-2028.csv SAP.2.4
	assert_output "heropend,2028-01-01,2028-03-31"
	run -0 step plan-2028.csv ISM.2.2
	assert_output --regexp "^open,"
	run -0 step plan-2028.csv SAP.2.3
	assert_output ""
	run -0 step plan-2028.csv SAL.2.4
	assert_output --regexp "^gestart,"
	git add answers/2027.csv register.csv
	run -0 git commit -q -m "Evaluatie 2027"

	# 15 January 2028: cron, the new year's files to commit.
	cron 2028-01-15
	[ "$status" = 1 ]
	assert_line "?? plan-2028.csv"
	commit_derived
	cron 2028-01-15
	refute_output --partial "changed these files"
	run -0 git status --porcelain
	assert_output ""
	make -s -B 2>/dev/null
	intact

	# Every version of the register in git is one a person committed.
	run -0 git log --format=%s -- register.csv
	assert_output "Evaluatie 2027
Register: ACT.2.1
Register: SAP.2.3 klaar, SAL.2.4 gestart
Evaluatie 2026"
	# And the last holds every byte written: the own column, the CRLF.
	run -0 git show HEAD:register.csv
	assert_line --index 0 $'nr,eigenaar,status,datum,toelichting,budget,risico\r'
	assert_line $'SAP.2.3,Anna de Vries,klaar,12-3-2027,"Begroting 2027 toegekend, ""ruim"".",5000,laag\r'
}

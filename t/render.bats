# SPDX-License-Identifier: EUPL-1.2
# isac-render: the toolkit's tables as text, Markdown, HTML, SVG, JSON, CSV.
load test_helper

R="$BATS_TEST_DIRNAME/data/render"
PY=/usr/bin/python3

setup() {
	T="$BATS_TEST_TMPDIR"
	# text fits 80 columns unless a test says otherwise
	unset COLUMNS
}

# cells: the rows of the tables of the HTML on stdin, as JSON arrays.
cells() {
	$PY "$R/html.py" cells
}

# --- text ---------------------------------------------------------------

@test "render: a score on the terminal names its capabilities, a level as yes/applicable" {
	COLUMNS=120 run -0 isac-render "$R/score.csv"
	assert_output "capability  name                                              level  level 1  level 2  level 3  unanswered
SAP         Strategy and action plan                          1      7/7      2/4      0/8      0
WM          Working method                                    2      6/6      5/5      0/3      0
ISM         Information structure and information management  2      1/1      2/2      2/4      0
SAL         Situational awareness and lessons learned         1      2/2      3/5      0/4      0
ACT         Action                                            1      1/1      0/1      0/2      0"
}

@test "render: text columns line up by display width, accents one column, wide characters two" {
	run -0 isac-render "$R/widths.csv"
	assert_output "org       city
Zoë & Cö  Den Haag
日本      Tōkyō
e         x"
}

@test "render: text wraps long cells at their words to fit COLUMNS, the columns aligned" {
	printf 'id,what,who\n1,"The quick brown fox jumps over the lazy dog, twice",Anna de Vries\n2,short,Bob\n' > "$T/w.csv"
	COLUMNS=40 run -0 isac-render "$T/w.csv"
	assert_output "id  what                   who

1   The quick brown fox    Anna de Vries
    jumps over the lazy
    dog, twice

2   short                  Bob"
	COLUMNS=80 run -0 isac-render "$T/w.csv"
	assert_output "id  what                                                who
1   The quick brown fox jumps over the lazy dog, twice  Anna de Vries
2   short                                               Bob"
}

@test "render: text fits 80 columns written to a file without COLUMNS, and no line ends in a space" {
	isac-render "$R/plan.csv" > "$T/plan.txt"
	width() {
		$PY -c 'import sys; print(max(len(l.rstrip("\n")) for l in sys.stdin))' < "$1"
	}
	[ "$(width "$T/plan.txt")" -le 80 ]
	run -1 grep -c ' $' "$T/plan.txt"
	# every cell of the plan is there, whole, beside its column's title
	# (dates are shown with their weekday, as a document shows them)
	run -0 $PY -c '
import csv, re, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
text = open(sys.argv[2], encoding="utf-8").read()
blocks = [re.sub(r"\s+", " ", b) for b in text.split("\n\n")]
assert len(blocks) == len(rows) - 1, (len(blocks), len(rows))
for row, b in zip(rows[1:], blocks):
    for head, cell in zip(rows[0], row):
        if cell and head not in ("start", "end"):
            assert re.sub(r"\s+", " ", cell) in b, (head, cell)
print("ok")' "$R/plan.csv" "$T/plan.txt"
	assert_output ok
	# COLUMNS is honoured writing to a file too: a row a line
	COLUMNS=100000 isac-render "$R/plan.csv" > "$T/wide.txt"
	[ "$(width "$T/wide.txt")" -gt 80 ]
	assert_equal "$(wc -l < "$T/wide.txt")" "$(wc -l < "$R/plan.csv")"
}

@test "render: a table too wide to keep its words is written a record at a time, a title beside each value" {
	COLUMNS=80 run -0 isac-render "$R/plan.csv"
	assert_line --index 0 --regexp '^step +1$'
	assert_line --index 1 --regexp '^capability +SAP$'
	assert_line --regexp '^action +Make resources \(funding, in-kind, personnel\) available for ISAC'
	# an empty cell is left out: the first step has no owner
	[ "$(printf '%s\n' "$output" | sed '/^$/q' | grep -c '^owner')" = 0 ]
	# a blank line between the records, one record per row
	[ "$(printf '%s\n' "$output" | grep -c '^step ')" = "$(($(wc -l < "$R/plan.csv") - 1))" ]
	# in Dutch, the titles are Dutch
	COLUMNS=80 run -0 isac-render -l nl "$R/plan.csv"
	assert_line --index 0 --regexp '^stap +1$'
	# a table whose words fit stays in columns
	COLUMNS=80 run -0 isac-render "$R/score.csv"
	assert_line --index 0 --regexp '^capability +name +level'
}

@test "render: a word wider than its column is cut between characters, a wide character whole" {
	printf 'a,b\nx,Zoë-Tōkyō-日本語-supercalifragilistic\n' > "$T/u.csv"
	COLUMNS=16 run -0 isac-render "$T/u.csv"
	assert_output "a  b

x  Zoë-Tōkyō-日
   本語-supercal
   ifragilistic"
}

@test "render: text in Dutch names the capabilities in Dutch, from a Dutch header" {
	run -0 isac-render -l nl "$R/dutch-score.csv"
	assert_output "capaciteit  naam                    niveau  niveau 1  niveau 2  onbeantwoord
SAP         Strategie en actieplan  2       1/1       1/1       0"
}

@test "render: control characters in the data never reach the terminal" {
	printf 'a,b\n"x\033[31my",z\n' > "$T/esc.csv"
	run -0 isac-render "$T/esc.csv"
	assert_output "a        b
x�[31my  z"
}

@test "render: no colour when the output is not a terminal" {
	run -0 isac-render --tlp red "$R/score.csv"
	refute_output --partial $'\033'
	assert_line --index 0 "TLP:RED"
}

@test "render: colour on a terminal, unless NO_COLOR is set" {
	command -v script >/dev/null || fail "no script(1): apt-get install bsdutils"
	run -0 script -qec "isac-render --tlp red $R/widths.csv" /dev/null
	assert_output --partial $'\033[1;91;40mTLP:RED\033[0m'
	run -0 env NO_COLOR=1 script -qec "isac-render --tlp red $R/widths.csv" /dev/null
	refute_output --partial $'\033'
}

@test "render: the blank template is a list of questions with a box each" {
	isac-score -T > "$T/template.csv"
	run -0 isac-render "$T/template.csv"
	assert_line --index 0 "SAP  Strategy and action plan"
	assert_line --index 1 "  Level 1"
	assert_line --index 2 "  [ ] SAP.1.1  Has an information exchange objective been formulated in mutual"
	assert_line --index 3 "               consultation?"
	[ "$(printf '%s\n' "$output" | grep -c '^  \[ \] ')" -eq 56 ]
	COLUMNS=200 run -0 isac-render "$T/template.csv"
	assert_line --index 2 "  [ ] SAP.1.1  Has an information exchange objective been formulated in mutual consultation?"
}

@test "render: several files are one document, a section each in the order given" {
	run -0 isac-render --title Report "$R/summary.csv" "$R/widths.csv"
	assert_output "Report
======

Current and target level
========================

capability  current  target  gap
SAP         1        2       1
WM          2        2       0
ISM         2        2       0
SAL         1        2       1
ACT         1        2       1

widths.csv
==========

org       city
Zoë & Cö  Den Haag
日本      Tōkyō
e         x"
}

# --- Markdown -----------------------------------------------------------

@test "render: Markdown tables parse back with cmark-gfm to the same cells" {
	run -0 --separate-stderr isac-render -f md --tlp red "$R/hostile.csv"
	printf '%s\n' "$output" > "$T/out.md"
	run -0 sh -c "cmark-gfm --unsafe -e table '$T/out.md' | $PY '$R/html.py' cells"
	assert_output '["org", "note", "tlp"]
["<script>alert(1)</script>", "a|b", "TLP:CLEAR"]
["]]>", "two\nlines", "TLP:GREEN"]
["=HYPERLINK(\"http://x\")", "@SUM(A1)", "TLP:AMBER"]
["Café Zoë", "日本語 & *em* `c`", "TLP:RED"]'
}

@test "render: Markdown escapes pipes, markup and line ends in fields" {
	run -0 isac-render -f md --tlp red "$R/hostile.csv"
	assert_output '**TLP:RED**

# hostile.csv

| org | note | tlp |
| --- | --- | --- |
| \<script\>alert(1)\</script\> | a\|b | TLP:CLEAR |
| \]\]\> | two<br>lines | TLP:GREEN |
| =HYPERLINK("http://x") | @SUM(A1) | TLP:AMBER |
| Café Zoë | 日本語 \& \*em\* \`c\` | TLP:RED |'
}

@test "render: every kind of table renders as a Markdown table cmark-gfm reads" {
	isac-score -D "$SHARE/examples/antwoorden-excel.csv" > "$T/disagreements.csv"
	for f in score history summary gap plan findings widths; do
		cp "$R/$f.csv" "$T/"
	done
	for f in "$T"/*.csv; do
		isac-render -f md --tlp amber "$f" > "$T/out.md"
		rows=$(cmark-gfm -e table "$T/out.md" | cells | wc -l)
		want=$(isac-render -f json "$f" | jq length)
		[ "$rows" -eq $((want + 1)) ] || { echo "$f: $rows rows"; false; }
	done
}

@test "render: the blank template in Markdown is a task list" {
	isac-score -T -l nl > "$T/template.csv"
	run -0 isac-render -f md -l nl --tlp green "$T/template.csv"
	assert_line --index 0 "**TLP:GREEN**"
	assert_line --index 1 "# Checklist"
	assert_line --index 2 "### Strategie en actieplan (SAP)"
	assert_line --index 3 "**Niveau 1**"
	[ "$(printf '%s\n' "$output" | grep -c '^- \[ \] ')" -eq 56 ]
}

# --- JSON ---------------------------------------------------------------

@test "render: JSON of every csv-spectrum case is its expected JSON" {
	n=0
	for json in "$DATA"/csv-spectrum/json/*.json; do
		name=$(basename "$json" .json)
		# upstream's expected file is not an array and has other data
		[ "$name" = location_coordinates ] && continue
		got=$(isac-render -f json "$DATA/csv-spectrum/csvs/$name.csv" |
		    jq -c .)
		assert_equal "$got" "$(jq -c . "$json")"
		n=$((n + 1))
	done
	[ "$n" -eq 11 ]
}

@test "render: JSON escapes quotes, backslashes and control characters" {
	printf 'a,b\n"say ""hi""\\",x\001y\n' > "$T/j.csv"
	run -0 isac-render -f json "$T/j.csv"
	assert_output '[
  {"a": "say \"hi\"\\", "b": "x\u0001y"}
]'
	run -0 sh -c "isac-render -f json '$R/hostile.csv' | jq -r '.[0].org, .[1].note'"
	assert_output "<script>alert(1)</script>
two
lines"
}

@test "render: JSON of several files is an object keyed by the file names" {
	run -0 sh -c "cd '$R' && isac-render -f json summary.csv widths.csv | jq -c 'keys_unsorted, (.\"widths.csv\" | length)'"
	assert_output '["summary.csv","widths.csv"]
3'
}

# --- CSV ----------------------------------------------------------------

@test "render: csv writes the table again, canonical" {
	printf 'a;b\n1;"x,y"\n' > "$T/c.csv"
	run -0 isac-render -f csv "$T/c.csv"
	assert_output 'a,b
1,"x,y"'
}

@test "render: --excel writes ; a BOM and CRLF, and neutralises formulas" {
	run -0 sh -c "isac-render --excel --tlp red '$R/hostile.csv' | od -An -c | head -1"
	assert_output --partial '357 273 277   o   r   g   ;'
	run -0 sh -c "isac-render --excel --tlp red '$R/hostile.csv' | tr -d '\r' | sed -n 5p"
	assert_output "\"'=HYPERLINK(\"\"http://x\"\")\";'@SUM(A1);TLP:AMBER"
	run -0 sh -c "isac-render --excel --no-spreadsheet-safe --tlp red '$R/hostile.csv' | tr -d '\r' | sed -n 5p"
	assert_output '"=HYPERLINK(""http://x"")";@SUM(A1);TLP:AMBER'
}

@test "render: --spreadsheet-safe puts a quote before = + - @ TAB CR LF, not before a number" {
	printf 'a,b\n+1,-1\n-x,"\tz"\n=1,ok\n' > "$T/s.csv"
	run -0 isac-render --spreadsheet-safe "$T/s.csv"
	assert_output "a,b
+1,-1
'-x,'	z
'=1,ok"
}

@test "render: csv of several files with one header is one table; other headers are an error" {
	cp "$R/widths.csv" "$T/w2.csv"
	run -0 isac-render -t "$R/widths.csv" "$T/w2.csv"
	[ "${#lines[@]}" -eq 7 ]
	run -2 --separate-stderr isac-render -f csv "$R/widths.csv" "$R/summary.csv"
	assert_output ""
	assert_equal "$stderr" "isac-render: $R/summary.csv:1: csv writes one table, and this header is not that of $R/widths.csv"
}

# --- HTML ---------------------------------------------------------------

@test "render: HTML is one valid HTML5 page: lang set, no script, no external resource" {
	run -0 --separate-stderr isac-render -f html -l nl --tlp amber "$R/score.csv" "$R/summary.csv" "$R/plan.csv" "$R/findings.csv" "$R/hostile.csv"
	printf '%s\n' "$output" > "$T/r.html"
	run -0 $PY "$R/html.py" strict < "$T/r.html"
	run -0 grep -c '<html lang="nl">' "$T/r.html"
	run -1 grep -Ei '<script|<link|<img|<iframe|src=|href=|@import|url\(' "$T/r.html"
}

@test "render: HTML shows hostile data as text, never as markup" {
	run -0 sh -c "isac-render -f html --tlp red '$R/hostile.csv' | $PY '$R/html.py' cells"
	assert_line --index 1 '["<script>alert(1)</script>", "a|b", "TLP:CLEAR"]'
	assert_line --index 2 '["]]>", "two\nlines", "TLP:GREEN"]'
	run -0 isac-render -f html --tlp red "$R/hostile.csv"
	assert_output --partial '&lt;script&gt;alert(1)&lt;/script&gt;'
}

@test "render: the HTML score is the grid, reached levels filled, the target of a gap summary marked" {
	run -0 sh -c "isac-render -f html --tlp amber '$R/score.csv' '$R/summary.csv' | $PY '$R/html.py' grid"
	assert_output "SAP 1 2
WM 2 2
ISM 2 2
SAL 1 2
ACT 1 2"
	run -0 sh -c "isac-render -f html --tlp amber '$R/score.csv' | $PY '$R/html.py' grid"
	assert_line --index 0 "SAP 1 -"
}

@test "render: the HTML score names the capabilities in --lang" {
	run -0 sh -c "isac-render -f html -l nl --tlp amber '$R/score.csv' | $PY '$R/html.py' cells | sed -n 2p"
	assert_output '["Strategie en actieplanSAP", "7/7", "2/4", "0/8", "1"]'
}

@test "render: several periods in HTML add a trend of the levels" {
	run -0 sh -c "isac-render -f html --tlp amber '$R/history.csv' | $PY '$R/html.py' cells | grep -A1 2024"
	assert_output '["Capability", "2024", "2025", "2026"]
["Strategy and action planSAP", "0", "1 ▲", "1"]'
}

@test "render: the HTML checklist has four tick boxes and a notes line per question" {
	isac-score -T -l nl > "$T/template.csv"
	run -0 isac-render -f html -l nl --tlp green "$T/template.csv"
	[ "$(printf '%s\n' "$output" | grep -o 'class="tick"' | wc -l)" -eq 224 ]
	[ "$(printf '%s\n' "$output" | grep -o 'class="notes"' | wc -l)" -eq 56 ]
	assert_output --partial '<th scope="col" class="box">deels</th>'
}

@test "render: a filled-in template in HTML has its answers ticked" {
	isac-score -T > "$T/template.csv"
	sed -i 's/^\(SAP\.1\.1,.*\),,,$/\1,yes,,/' "$T/template.csv"
	run -0 isac-render -f html --tlp green "$T/template.csv"
	[ "$(printf '%s\n' "$output" | grep -o '&#10003;' | wc -l)" -eq 1 ]
}

@test "render: a plan in HTML is its steps on a timeline" {
	run -0 isac-render -f html --tlp amber "$R/plan.csv"
	[ "$(printf '%s\n' "$output" | grep -c '<li class="step')" -eq 5 ]
	assert_output --partial '<div class="when">Wednesday 1 April 2026 &#8211; Tuesday 30 June 2026</div>'
}

@test "render: roster findings in HTML are grouped by severity, errors first" {
	run -0 sh -c "isac-render -f html --tlp amber '$R/findings.csv' | grep -o '<h3>[^<]*</h3>'"
	assert_output "<h3>error (2)</h3>
<h3>warning (1)</h3>
<h3>info (1)</h3>"
}

# --- SVG ----------------------------------------------------------------

@test "render: a score and a gap summary make a radar chart that xmllint reads" {
	isac-render -f svg --tlp amber -l nl "$R/score.csv" "$R/summary.csv" > "$T/r.svg"
	run -0 xmllint --noout "$T/r.svg"
	run -0 grep -c '<polygon class="current"' "$T/r.svg"
	run -0 grep -c '<polygon class="target"' "$T/r.svg"
	run -0 grep -c 'Strategie en' "$T/r.svg"
	run -0 grep -c 'xml:lang="nl"' "$T/r.svg"
}

@test "render: several periods make a trend chart, a line per capability" {
	isac-render -f svg --tlp amber "$R/history.csv" > "$T/t.svg"
	run -0 xmllint --noout "$T/t.svg"
	run -0 grep -c '<g class="series"' "$T/t.svg"
	assert_output 5
}

@test "render: --chart bars draws a bar per capability" {
	isac-render -f svg --chart bars --tlp amber "$R/summary.csv" > "$T/b.svg"
	run -0 xmllint --noout "$T/b.svg"
	run -0 grep -c '<rect class="current"' "$T/b.svg"
	assert_output 5
	run -0 grep -c '<line class="target"' "$T/b.svg"
	assert_output 5
}

@test "render: text in a chart is escaped" {
	printf 'capability,current,target,gap\n<b>&]]>,1,2,1\n' > "$T/g.csv"
	isac-render -f svg --tlp clear "$T/g.csv" > "$T/g.svg"
	run -0 xmllint --noout "$T/g.svg"
	run -0 xmllint --xpath 'string(//*[local-name()="text"][contains(., "]]")])' "$T/g.svg"
	assert_output "<b>&]]>"
}

@test "render: only scores and gap summaries are charts" {
	run -2 --separate-stderr isac-render -f svg "$R/plan.csv"
	assert_output ""
	assert_equal "$stderr" "isac-render: $R/plan.csv: a chart draws a score or a gap summary, not a plan"
	run -2 --separate-stderr isac-render -f svg --chart trend "$R/summary.csv"
	assert_equal "$stderr" "isac-render: a trend needs a score, with a period column"
}

# --- TLP ----------------------------------------------------------------

@test "render: the TLP label tops text, Markdown, HTML and SVG" {
	run -0 isac-render --tlp amber+strict "$R/widths.csv"
	assert_line --index 0 "TLP:AMBER+STRICT"
	run -0 isac-render -f md --tlp Amber+Strict "$R/widths.csv"
	assert_line --index 0 "**TLP:AMBER+STRICT**"
	run -0 sh -c "isac-render -f html --tlp TLP:red '$R/widths.csv' | $PY '$R/html.py' text"
	assert_output --regexp '^widths.csv TLP:RED '
	run -0 sh -c "isac-render -f svg --tlp green '$R/summary.csv' | xmllint --xpath 'string(//*[local-name()=\"g\"][@class=\"tlp\"])' -"
	assert_output --partial "TLP:GREEN"
}

@test "render: the TLP label is never translated and is in its colour on black" {
	run -0 isac-render -f html -l nl --tlp red "$R/widths.csv"
	assert_output --partial '<p class="tlp tlp-red">TLP:RED</p>'
	assert_output --partial '.tlp{display:inline-block;background:#000;'
	assert_output --partial '.tlp-red{color:#FF2B2B}'
	for l in clear:FFFFFF green:33FF00 amber:FFC000 amber+strict:FFC000 red:FF2B2B; do
		isac-render -f svg --tlp "${l%%:*}" "$R/summary.csv" > "$T/l.svg"
		grep -q "fill=\"#${l#*:}\">TLP:$(echo "${l%%:*}" | tr a-z A-Z)</text>" "$T/l.svg"
		grep -q 'fill="#000000"/>' "$T/l.svg"
	done
}

@test "render: printed HTML has the TLP label in the header and footer of every page" {
	run -0 isac-render -f html --tlp amber "$R/widths.csv"
	assert_output --partial '@page{@top-right{content:"TLP:AMBER";color:#FFC000;background:#000;'
	assert_output --partial '}@bottom-right{content:"TLP:AMBER";color:#FFC000;background:#000;'
}

@test "render: TLP:WHITE is refused with a hint that TLP 2.0 renamed it CLEAR" {
	run -2 --separate-stderr isac-render --tlp white "$R/widths.csv"
	assert_output ""
	assert_equal "${stderr_lines[0]}" "isac-render: --tlp white: TLP 2.0 renamed WHITE to CLEAR: use --tlp clear"
}

@test "render: an unknown TLP label is an error, in --tlp and in a tlp column" {
	run -2 --separate-stderr isac-render --tlp orange "$R/widths.csv"
	assert_equal "${stderr_lines[0]}" "isac-render: unknown TLP label 'orange': use clear, green, amber, amber+strict or red"
	printf 'a,tlp\nx,green\ny,purple\n' > "$T/u.csv"
	run -2 --separate-stderr isac-render "$T/u.csv"
	assert_output ""
	assert_equal "$stderr" "isac-render: $T/u.csv:3: unknown TLP label 'purple': use clear, green, amber, amber+strict or red"
	printf 'a,tlp\ny,WHITE\n' > "$T/w.csv"
	run -2 --separate-stderr isac-render "$T/w.csv"
	assert_equal "$stderr" "isac-render: $T/w.csv:2: TLP label 'WHITE': TLP 2.0 renamed WHITE to CLEAR"
}

@test "render: rows labelled stricter than the document are left out, and stderr says how many" {
	run -0 --separate-stderr isac-render -f json --tlp green "$R/hostile.csv"
	assert_equal "$stderr" "isac-render: warning: $R/hostile.csv: 2 rows labelled stricter than TLP:GREEN left out"
	run -0 jq -r '.[].tlp' <<< "$output"
	assert_output "TLP:CLEAR
TLP:GREEN"
	run -0 --separate-stderr isac-render -f html --tlp green "$R/hostile.csv"
	refute_output --partial "Café"
	run -0 --separate-stderr isac-render -f csv --tlp amber "$R/hostile.csv"
	assert_equal "$stderr" "isac-render: warning: $R/hostile.csv: 1 row labelled stricter than TLP:AMBER left out"
	[ "${#lines[@]}" -eq 5 ]
}

@test "render: a TLP:RED item never lands in a TLP:GREEN report" {
	for f in text md html svg json csv; do
		printf 'capability,current,target,gap,tlp\nSAP,1,2,1,green\nSECRET,1,3,2,red\n' > "$T/g.csv"
		run -0 --separate-stderr isac-render -f $f --tlp green "$T/g.csv"
		refute_output --partial SECRET
	done
}

@test "render: without --tlp, a tlp column gives the document its strictest label" {
	printf 'a,tlp\nx,green\ny,amber\nz,\n' > "$T/s.csv"
	run -0 isac-render "$T/s.csv"
	assert_line --index 0 "TLP:AMBER"
	run -0 --separate-stderr isac-render -f md "$R/widths.csv"
	assert_equal "$stderr" "isac-render: warning: no TLP label: give one with --tlp"
}

# --- kinds, errors, usage -----------------------------------------------

@test "render: tables are recognised by their header, in English or Dutch" {
	isac-score -T > "$T/template.csv"
	isac-score -D "$SHARE/examples/antwoorden-excel.csv" > "$T/disagreements.csv"
	printf 'respondent,id,answer\nA,SAP.1.1,yes\n' > "$T/answers.csv"
	printf 'capaciteit;huidig;doel;gap\nSAP;1;2;1\n' > "$T/doel.csv"
	printf 'org,name,email,role,rep\nA,B,b@a.nl,chair,yes\n' > "$T/roster.csv"
	printf 'date,agenda_due,host\n2027-01-12,2026-12-22,A\n' > "$T/meetings.csv"
	printf 'org,meetings,attended,rate,longest_absence,flagged\nA,6,2,33%%,4,yes\n' > "$T/attendance.csv"
	printf 'candidate,decision,missing\nC,refused,B\n' > "$T/admission.csv"
	printf 'capability,from,to,change\nWM,1,2,+1\n' > "$T/changes.csv"
	for f in template:template disagreements:disagreements answers:answers \
	    doel:gap-summary roster:roster meetings:meetings attendance:attendance \
	    admission:admission changes:changes-summary; do
		isac-render -f html --tlp clear "$T/${f%%:*}.csv" |
		    grep -q "class=\"kind-${f#*:}\"" || { echo "$f"; false; }
	done
	for f in score:score summary:gap-summary gap:gap plan:plan findings:roster-findings widths:table; do
		isac-render -f html --tlp clear "$R/${f%%:*}.csv" |
		    grep -q "class=\"kind-${f#*:}\"" || { echo "$f"; false; }
	done
	run -0 sh -c "isac-render -f html --tlp clear '$T/attendance.csv' | grep -c '<tr class=\"flag\">'"
}

@test "render: a level that is not a number is an error naming the line, and nothing is written" {
	sed '3s/^WM,2,/WM,two,/' "$R/score.csv" > "$T/bad.csv"
	run -2 --separate-stderr isac-render -f html "$T/bad.csv"
	assert_output ""
	assert_equal "$stderr" "isac-render: $T/bad.csv:3: 'two' in column 'level' is not a whole number from 0 to 3"
}

@test "render: usage errors say why" {
	run -2 --separate-stderr isac-render -f pdf
	assert_equal "${stderr_lines[0]}" "isac-render: unknown format 'pdf': use text, md, html, svg, json, csv, xlsx or ods"
	run -2 --separate-stderr isac-render -f html --excel
	assert_equal "${stderr_lines[0]}" "isac-render: -t, --excel and --[no-]spreadsheet-safe go with --format csv"
	run -2 --separate-stderr isac-render --chart radar
	assert_equal "${stderr_lines[0]}" "isac-render: --chart goes with --format svg or html"
	run -2 --separate-stderr isac-render -f svg --chart pie
	assert_equal "${stderr_lines[0]}" "isac-render: unknown chart 'pie': use radar, bars or trend"
}

@test "render: output is the same on every run: no timestamps" {
	a=$(isac-render -f html --tlp amber "$R/score.csv" "$R/summary.csv" "$R/plan.csv" | md5sum)
	sleep 1
	b=$(isac-render -f html --tlp amber "$R/score.csv" "$R/summary.csv" "$R/plan.csv" | md5sum)
	assert_equal "$a" "$b"
}

# --- EXAMPLES of isac-render(1) -------------------------------------------

@test "render: the EXAMPLES of the manual work" {
	cd "$T"
	E="$SHARE/examples"
	run -0 sh -c "isac-score '$E/answers-2026.csv' | isac-render"
	assert_line --index 1 "SAP         Strategy and action     1      7/7      2/4      0/8      0"
	assert_line --index 2 "            plan"
	isac-score "$E/answers-2026.csv" | isac-render -f html --tlp amber -l nl > rapport.html
	isac-score "$E/answers-2026.csv" > score.csv
	# isac-gap exits 1: it found a gap
	isac-gap -s -L 2 "$E/answers-2026.csv" > summary.csv || [ $? -eq 1 ]
	isac-gap -L 2 "$E/answers-2026.csv" > gap.csv || [ $? -eq 1 ]
	isac-plan -S 2027-01-01 gap.csv > plan.csv
	isac-render -f html --tlp amber -l nl --title 'Jaarverslag 2026' \
	    score.csv summary.csv plan.csv > jaarverslag.html
	$PY "$R/html.py" strict < jaarverslag.html
	isac-render -f svg --tlp green score.csv summary.csv > radar.svg
	isac-score "$E/answers-history.csv" | isac-render -f svg --tlp green > trend.svg
	xmllint --noout radar.svg trend.svg
	isac-score -T -l nl | isac-render -f html -l nl --tlp green > checklist.html
	isac-score -T | isac-render -f md --tlp green > checklist.md
	isac-score -D "$E/antwoorden-excel.csv" | isac-render -f md --tlp amber > d.md
	run -0 sh -c "isac-score '$E/answers-2026.csv' | isac-render -f json | jq -r '.[] | select(.level == \"1\") | .capability'"
	assert_output "SAP
SAL
ACT"
	isac-render -f md --tlp amber gap.csv > gap.md
	isac-gap -C "$E/answers-history.csv" > changes.csv || [ $? -eq 1 ]
	isac-render -f md --tlp amber changes.csv > changes.md
	grep -q '^| SAP | 2 | SAP.2.2 | no | yes |' changes.md
	isac-render -f md --tlp amber plan.csv > plan.md
	isac-render --excel "$R/hostile.csv" > leden.csv
}

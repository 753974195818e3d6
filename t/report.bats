# SPDX-License-Identifier: EUPL-1.2
# isac-render --report: the annual report (Jaarverslag) of the example
# records, in HTML, text and Markdown; checked by axe-core in Chromium
# and printed to PDF.
load test_helper

D="$BATS_TEST_DIRNAME/data/report"
AXE="${ISAC_AXE_DIR:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/isac/axe}/node_modules/axe-core/axe.min.js"

# The example records, made once: their tables are the report's.
setup_file() {
	cp -R "$BATS_TEST_DIRNAME/../share/isac/examples/records" \
	    "$BATS_FILE_TMPDIR/rec"
	make -s -C "$BATS_FILE_TMPDIR/rec" >/dev/null 2>&1
}

setup() {
	T="$BATS_TEST_TMPDIR"
	REC="$BATS_FILE_TMPDIR/rec"
	TABLES="score.csv summary-2026.csv plan-2027.csv attendance-report.csv roster.csv admissions.csv terms.csv check.csv meetings-2027.csv"
}

# report ARGS...: the report of 2026 from the records' tables, in Dutch.
report() {
	(cd "$REC" && isac-render --report 2026 --date 2026-12-15 \
	    --name Water-ISAC --tlp amber -l nl "$@" $TABLES)
}

browser() {
	timeout 120 chromium --headless --no-sandbox --disable-gpu \
	    --disable-quic --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync \
	    --user-data-dir="$T/profile" "$@" 2>/dev/null
}

@test "report: the title page names the year, the ISAC, the label and the day with its weekday" {
	run -0 report -f html --intro "$D/intro.md"
	assert_output --partial '<header class="title-page">
<p class="tlp tlp-amber">TLP:AMBER</p>
<h1>Jaarverslag 2026</h1>
<p class="isac">Water-ISAC</p>
<p class="date"><time datetime="2026-12-15">dinsdag 15 december 2026</time></p>'
	run -0 report -f html -l en
	assert_output --partial '<h1>Annual report 2026</h1>'
	assert_output --partial 'Tuesday 15 December 2026</time>'
}

@test "report: the contents link to the summary, the introduction and every section" {
	report -f html --intro "$D/intro.md" > "$T/r.html"
	run -0 sh -c "sed -n '/<nav/,/<\/nav>/p' '$T/r.html' | grep -o 'href=\"#[a-z0-9]*\"' | tr '\n' ' '"
	assert_output 'href="#summary" href="#intro" href="#s1" href="#s2" href="#s3" href="#s4" href="#s5" href="#s6" href="#s7" href="#s8" href="#s9" '
	for id in summary intro s1 s2 s3 s4 s5 s6 s7 s8 s9; do
		grep -q "<section id=\"$id\"" "$T/r.html" || fail "no section $id"
	done
}

@test "report: the year in brief is counted from the tables: meetings, attendance, members, plan" {
	report -f md > "$T/r.md"
	run -0 sed -n '/^## Het jaar/,/^### /p' "$T/r.md"
	assert_output --partial '| Bijeenkomsten gehouden | 6 | Aanwezigheid |'
	assert_output --partial '| Gemiddelde aanwezigheid | 90% | Aanwezigheid |'
	assert_output --partial '| Organisaties toegetreden | 1 | Deelnemers |'
	assert_output --partial '| Organisaties vertrokken | 0 | Deelnemers |'
	assert_output --partial '| Capaciteiten op het gewenste niveau | 1 van 5 | Huidig en gewenst niveau |'
	assert_output --partial '| Kandidaten in behandeling | 1 | Toelating |'
	# the attendance: 27 of 30 meetings of the members attended
	run -0 /usr/bin/python3 -c 'import csv, sys
r = list(csv.DictReader(open(sys.argv[1])))
print(round(100 * sum(int(x["attended"]) for x in r) / sum(int(x["meetings"]) for x in r)))' "$REC/attendance-report.csv"
	assert_output 90
}

@test "report: a member joining in the year is counted, one leaving too" {
	(cd "$REC" && { cat roster.csv; printf 'Gemaal Zuidkust,Piet Bos,p.bos@gemaal.nl,lid,vast,2026-02-01,2026-02-01,2026-11-01,,\n'; }) > "$T/roster.csv"
	run -0 sh -c "isac-render --report 2026 -f md '$T/roster.csv' 2>/dev/null | grep -E 'Organisations|Representatives'"
	assert_output '| Organisations at the end of the year | 5 | Members |
| Organisations joined | 2 | Members |
| Organisations left | 1 | Members |
| Representatives joined | 3 | Members |
| Representatives left | 1 | Members |'
}

@test "report: the levels a year ago and now stand beside the target" {
	report -f md > "$T/r.md"
	run -0 sed -n '/^### Niveaus/,/^| Actie/p' "$T/r.md"
	assert_line '| Capaciteit | 2025 | 2026 | Doel |'
	assert_line '| --- | ---: | ---: | ---: |'
	assert_line '| Manier van werken | 1 | 2 | 3 |'
}

@test "report: a table not given is named in the summary, never guessed" {
	run -0 isac-render --report 2026 -f text --date 2026-12-15 "$REC/score.csv"
	assert_output --partial 'Meetings held                              –  not given: Attendance'
	assert_output --partial 'Topics in the annual planning              –  not given: Topics'
	assert_output --partial 'Plan steps done                            –  not given: Action plan'
}

@test "report: the introduction's HTML is escaped, a javascript link keeps only its text" {
	run -0 report -f html --intro "$D/intro.md"
	assert_output --partial '<p>&lt;script&gt;alert(&quot;intro&quot;)&lt;/script&gt; and a link and <a href="https://www.ncsc.nl/">the NCSC</a> and snake_case_words.</p>'
	assert_output --partial '<li><strong>six</strong> meetings, each at a member&#39;s</li>'
	assert_output --partial '<ol>
<li>Blijf samen aan vertrouwen bouwen</li>'
	refute_output --partial '<script>alert'
	refute_output --partial 'javascript:'
}

@test "report: headings go down one level at a time, the introduction's under its own" {
	report -f html --intro "$D/intro.md" > "$T/r.html"
	run -0 /usr/bin/python3 "$D/headings.py" < "$T/r.html"
	refute_output --partial jump
	assert_output --partial 'h2 Inleiding
h3 The year of the Water-ISAC
h4 What we did'
	[ "$(grep -c '^h1 ' <<<"$output")" -eq 1 ]
}

@test "report: a plan's guidance is shown once per capability and level, not under every step" {
	report -f html > "$T/r.html"
	run -0 grep -c '<ul class="guidance">' "$T/r.html"
	# one per capability and level of the plan
	n=$(awk -F, 'NR > 1 { print $2 "," $3 }' "$REC/plan-2027.csv" | sort -u | wc -l)
	assert_output "$n"
	[ "$(awk -F, 'NR > 1' "$REC/plan-2027.csv" | wc -l)" -gt "$n" ]
}

@test "report: dates in the sections carry their weekday" {
	run -0 report -f html
	assert_output --partial 'dinsdag 2 februari 2027'
	assert_output --partial '<div class="when">vrijdag 1 januari 2027 &#8211; woensdag 31 maart 2027</div>'
}

@test "report: in text the numbers are aligned right and the introduction wrapped" {
	COLUMNS=60 run -0 report -f text --intro "$D/intro.md"
	assert_output --partial 'Capaciteiten op het gewenste niveau     1 van 5  Huidig en gewenst niveau'
	assert_output --partial 'Bijeenkomsten gehouden                        6  Aanwezigheid'
	assert_output --partial '<script>alert("intro")</script> and a link and the NCSC'
	run -0 sh -c "COLUMNS=60 isac-render --report 2026 --date 2026-12-15 --intro '$D/intro.md' '$REC/score.csv' | sed -n '/^Introduction/,\$p' | awk 'length > 60' | wc -l"
	assert_output 0
}

@test "report: in Markdown the introduction's headings are shifted and cmark-gfm reads it back" {
	report -f md --intro "$D/intro.md" > "$T/r.md"
	run -0 grep -E '^#+ ' "$T/r.md"
	assert_line --index 0 '# Jaarverslag 2026'
	assert_line '### The year of the Water-ISAC'
	assert_line '#### What we did'
	run -0 sh -c "cmark-gfm -e table '$T/r.md' | grep -c '<td align=\"right\">'"
	[ "$output" -gt 20 ]
	run -0 cmark-gfm -e table "$T/r.md"
	refute_output --partial '<script'
	assert_output --partial '&lt;script&gt;'

}

@test "report: goes with text, md and html, and --intro, --name and --date with --report" {
	run -2 --separate-stderr isac-render --report 2026 -f json "$REC/score.csv"
	[[ "$stderr" == "isac-render: --report goes with --format text, md or html"* ]]
	assert_output ''
	run -2 --separate-stderr isac-render --intro "$D/intro.md" "$REC/score.csv"
	[[ "$stderr" == "isac-render: --name, --intro and --date go with --report"* ]]
	run -2 --separate-stderr isac-render --report 26 "$REC/score.csv"
	[[ "$stderr" == "isac-render: --report takes a whole number from 1000 to 9999, not '26'"* ]]
	run -2 --separate-stderr isac-render --report 2026 --date 15-13-2026 "$REC/score.csv"
	[[ "$stderr" == "isac-render: --date takes a date YYYY-MM-DD, not '15-13-2026'"* ]]
}

@test "report: an introduction that cannot be read is an error, and nothing is written" {
	run -2 --separate-stderr isac-render --report 2026 --intro "$T/none.md" "$REC/score.csv"
	assert_equal "$stderr" "isac-render: $T/none.md: cannot open: No such file or directory"
	assert_output ''
	printf 'a\0b\n' > "$T/nul.md"
	run -2 --separate-stderr isac-render --report 2026 -f html --intro "$T/nul.md" "$REC/score.csv"
	assert_equal "$stderr" "isac-render: $T/nul.md: a NUL byte: not a text"
	assert_output ''
}

@test "report: the records build the annual report with one make, the chair's introduction in it" {
	[ -f "$REC/intro.md" ]
	run -0 grep -c '<section id="intro">' "$REC/report-2026.html"
	assert_output 1
	run -0 grep -c '<header class="title-page">' "$REC/report-2026.html"
	run -0 grep -o '<h1>[^<]*</h1>' "$REC/report-2026.html"
	assert_output '<h1>Jaarverslag Water-ISAC 2026</h1>'
	git -C "$BATS_TEST_DIRNAME/.." diff --quiet -- share/isac/examples/records/intro.md
	cmp "$REC/intro.md" "$BATS_TEST_DIRNAME/../share/isac/examples/records/intro.md"
}

@test "report: axe-core finds no WCAG 2.1 AA violation in the bundled report, in Dutch and English" {
	[ -f "$AXE" ] || fail "no axe-core: sh .ci/deps --install"
	run -0 /usr/bin/python3 "$D/axe.py" "$AXE" "$REC/report-2026.html" "$T"
	assert_output ''
	report -f html -l en --intro "$D/intro.md" > "$T/en.html"
	run -0 /usr/bin/python3 "$D/axe.py" "$AXE" "$T/en.html" "$T"
	assert_output ''
}

@test "report: axe-core in this test finds a violation when there is one" {
	[ -f "$AXE" ] || fail "no axe-core: sh .ci/deps --install"
	sed 's/<html lang="nl">/<html>/' "$REC/report-2026.html" > "$T/nolang.html"
	run -0 /usr/bin/python3 "$D/axe.py" "$AXE" "$T/nolang.html" "$T"
	assert_output 'html-has-lang: 1 nodes: html'
}

@test "report: prints to A4 with the TLP label on every page, the title page and contents first" {
	browser --no-pdf-header-footer --print-to-pdf="$T/r.pdf" \
	    "file://$REC/report-2026.html"
	run -0 pdfinfo "$T/r.pdf"
	assert_output --partial "(A4)"
	pages=$(pdfinfo "$T/r.pdf" | awk '/^Pages:/ { print $2 }')
	[ "$pages" -gt 3 ]
	for p in $(seq 1 "$pages"); do
		n=$(pdftotext -f "$p" -l "$p" "$T/r.pdf" - | grep -c 'TLP:AMBER')
		[ "$n" -ge 2 ] || fail "page $p: $n labels"
	done
	run -0 pdftotext -f 1 -l 1 "$T/r.pdf" -
	assert_output --partial 'Jaarverslag Water-ISAC 2026'
	assert_output --partial 'Inhoud'
	refute_output --partial 'Bijeenkomsten gehouden'
	run -0 pdftotext -f 2 -l 2 "$T/r.pdf" -
	assert_output --partial 'Het jaar in het kort'
}

@test "report: the manual's example pipeline makes the report" {
	run -0 sh -c "sed -n '/^The annual report of a year/,/^\.Ed/p' '$BATS_TEST_DIRNAME/../man/isac-render.1' | grep '^\\$ ' | sed 's/^\\$ //'"
	cmds=$output
	[ -n "$cmds" ]
	cd "$REC"
	run -0 sh -c "$cmds"
	run -0 grep -c '<nav class="toc"' report.html
	assert_output 1
}

# SPDX-License-Identifier: EUPL-1.2
# Workbooks out: isac-render -f xlsx and -f ods, a sheet per table, and
# the fillable checklist, isac-score -T -f xlsx|ods.  What a workbook
# holds is read from its XML (t/data/workbook/book.py); what it means is
# asked of LibreOffice, which saves it as CSV for the toolkit to read:
# those tests need soffice (libreoffice-calc-nogui, from .ci/deps) and
# skip without it, as t/office.bats does.
load test_helper

W="$BATS_TEST_DIRNAME/data/workbook"
R="$BATS_TEST_DIRNAME/data/render"
K="$R/kinds"
PY=/usr/bin/python3

setup() {
	cd "$BATS_TEST_TMPDIR"
}

office() {
	command -v soffice >/dev/null ||
		skip "needs LibreOffice (soffice): sh .ci/deps --install, without ISAC_NO_OFFICE=1"
}

book() {
	$PY "$W/book.py" "$@"
}

# calc FILTER OUTDIR FILE...: LibreOffice headless converts the files, with
# a profile of its own for this test file (as t/office.bats).
calc() {
	local filter=$1 dir=$2
	shift 2
	soffice -env:UserInstallation="file://$BATS_FILE_TMPDIR/lo" --headless \
		--convert-to "$filter" --outdir "$dir" "$@" \
		>"$BATS_TEST_TMPDIR/soffice.log" 2>&1 ||
		{ cat "$BATS_TEST_TMPDIR/soffice.log" >&2; return 1; }
}

# CSV as UTF-8; with -1 every sheet, each to FILE-SHEET.csv.
CSV="csv:Text - txt - csv (StarCalc):44,34,76,1"
CSV_ALL="$CSV,,0,false,true,false,false,false,-1"

# sheet CSV: the table LibreOffice saved, without the label row above
# it, written again canonically by isac-render -f csv.
sheet() {
	sed '1{/^"\{0,1\}TLP:/d}' "$1" | isac-render -f csv
}

# --- isac-render --------------------------------------------------------

@test "workbook-out: every kind of table, as xlsx and as ods, saved as CSV by LibreOffice, is the table isac-render -f csv writes" {
	office
	for f in "$K"/*.csv "$R/hostile.csv"; do
		b=$(basename "$f" .csv)
		isac-render -f xlsx "$f" >"$b.xlsx" 2>/dev/null
		isac-render -f ods "$f" >"$b.ods" 2>/dev/null
	done
	calc "$CSV" x ./*.xlsx
	calc "$CSV" o ./*.ods
	n=0
	for f in "$K"/*.csv "$R/hostile.csv"; do
		b=$(basename "$f" .csv)
		isac-render -f csv "$f" >want.csv 2>/dev/null
		for d in x o; do
			sheet "$d/$b.csv" >got.csv
			diff want.csv got.csv || { echo "$d/$b differs" >&2; false; }
			n=$((n + 1))
		done
	done
	[ "$n" -eq 38 ]
	# the hostile table: a formula stays text, two lines one cell
	run -0 sheet o/hostile.csv
	assert_line '"=HYPERLINK(""http://x"")",@SUM(A1),TLP:AMBER'
	assert_line --index 2 ']]>,"two'
}

@test "workbook-out: a report of a score, a gap summary, a plan and findings is one workbook, a sheet per table named from its heading" {
	office
	# in Dutch, the sheets are named in Dutch (and the cells are Dutch,
	# as in every document: t/dutch.bats)
	isac-render -f xlsx -l nl --tlp amber "$R/score.csv" "$R/summary.csv" \
	    "$R/plan.csv" "$R/findings.csv" >report-nl.xlsx
	run -0 book part report-nl.xlsx xl/workbook.xml
	assert_output --partial '<sheet name="Volwassenheid per capaciteit" sheetId="1"'
	assert_output --partial '<sheet name="Huidig en gewenst niveau" sheetId="2"'
	assert_output --partial '<sheet name="Actieplan" sheetId="3"'
	assert_output --partial '<sheet name="Bevindingen over de deelnemers" sheetId="4"'
	isac-render -f xlsx -l en --tlp amber "$R/score.csv" "$R/summary.csv" \
	    "$R/plan.csv" "$R/findings.csv" >report.xlsx
	isac-render -f ods -l en --tlp amber "$R/score.csv" "$R/summary.csv" \
	    "$R/plan.csv" "$R/findings.csv" >report.ods
	calc "$CSV_ALL" x report.xlsx
	calc "$CSV_ALL" o report.ods
	for d in x o; do
		for s in "Maturity per capability:score" \
		    "Current and target level:summary" "Action plan:plan" \
		    "Roster findings:findings"; do
			run -0 sheet "$d/report-${s%%:*}.csv"
			assert_output "$(isac-render -f csv "$R/${s#*:}.csv")"
		done
	done
}

@test "workbook-out: numbers are numbers where the kind declares them, dates are dates, and text is never a formula" {
	isac-render -f xlsx "$R/plan.csv" >plan.xlsx
	isac-render -f ods "$R/plan.csv" >plan.ods
	isac-render -f xlsx "$R/hostile.csv" >hostile.xlsx 2>/dev/null
	isac-render -f ods "$R/hostile.csv" >hostile.ods 2>/dev/null
	# the label row is 1, the header 2; step (A) and level (C) numbers
	run -0 book xlsx-cell plan.xlsx 1 A3
	assert_output '<c r="A3"><v>1</v></c>'
	run -0 book xlsx-cell plan.xlsx 1 C3
	assert_output '<c r="C3"><v>2</v></c>'
	run -0 book xlsx-cell plan.xlsx 1 B3
	assert_output '<c r="B3" t="inlineStr"><is><t>SAP</t></is></c>'
	# start (J) 2026-01-01: Excel's day 46023, shown as yyyy-mm-dd
	run -0 book xlsx-cell plan.xlsx 1 J3
	assert_output --regexp '^<c r="J3" s="[0-9]+"><v>46023</v></c>$'
	run -0 book xlsx-xf plan.xlsx 1 J3
	assert_output --partial 'numFmtId="164"'
	run -0 book part plan.xlsx xl/styles.xml
	assert_output --partial '<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
	run -0 book ods-cell plan.ods 1 3 1
	assert_output '<table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>'
	run -0 book ods-cell plan.ods 1 3 10
	assert_output --regexp 'office:value-type="date" office:date-value="2026-01-01"><text:p>2026-01-01</text:p>'
	# its label row, its header, then the third row of the table
	run -0 book xlsx-cell hostile.xlsx 1 A5
	assert_output '<c r="A5" t="inlineStr"><is><t>=HYPERLINK("http://x")</t></is></c>'
	run -0 book ods-cell hostile.ods 1 5 1
	assert_output '<table:table-cell office:value-type="string"><text:p>=HYPERLINK(&quot;http://x&quot;)</text:p></table:table-cell>'
	refute_output --partial 'formula'
}

@test "workbook-out: the label is in a row above the header, frozen with it, and in every page's header and footer" {
	isac-render -f xlsx --tlp amber "$R/score.csv" >s.xlsx
	isac-render -f ods --tlp amber "$R/score.csv" >s.ods
	run -0 book xlsx-cell s.xlsx 1 A1
	assert_output --regexp '^<c r="A1" s="[0-9]+" t="inlineStr"><is><t>TLP:AMBER</t></is></c>$'
	run -0 book xlsx-cell s.xlsx 1 A2
	assert_output --partial '<t>capability</t>'
	run -0 book part s.xlsx xl/worksheets/sheet1.xml
	assert_output --partial '<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>'
	assert_output --partial '<oddHeader>&amp;L&amp;A&amp;C&amp;"-,Bold"TLP:AMBER</oddHeader>'
	assert_output --partial '<oddFooter>&amp;C&amp;"-,Bold"TLP:AMBER&amp;R&amp;P / &amp;N</oddFooter>'
	run -0 book part s.xlsx docProps/core.xml
	assert_output --partial '<cp:keywords>TLP:AMBER</cp:keywords>'
	run -0 book ods-cell s.ods 1 1 1
	assert_output '<table:table-cell table:style-name="label" office:value-type="string"><text:p>TLP:AMBER</text:p></table:table-cell>'
	run -0 book part s.ods styles.xml
	assert_output --partial '<style:header><style:region-left><text:p><text:sheet-name>?</text:sheet-name></text:p></style:region-left><style:region-center><text:p><text:span text:style-name="B">TLP:AMBER</text:span></text:p></style:region-center></style:header>'
	assert_output --partial '<style:footer><style:region-center><text:p><text:span text:style-name="B">TLP:AMBER</text:span></text:p></style:region-center>'
	run -0 book part s.ods settings.xml
	assert_output --partial '<config:config-item config:name="VerticalSplitPosition" config:type="int">2</config:config-item>'
	run -0 book part s.ods meta.xml
	assert_output --partial '<meta:keyword>TLP:AMBER</meta:keyword>'
}

@test "workbook-out: the label is the strictest of the rows, the rows stricter than --tlp are left out and counted" {
	isac-render -f xlsx "$K/plan.csv" >all.xlsx
	run -0 book xlsx-cell all.xlsx 1 A1
	assert_output --partial '<t>TLP:RED</t>'
	run -0 --separate-stderr isac-render -f ods --tlp amber "$K/plan.csv"
	[ "$stderr" = "isac-render: warning: $K/plan.csv: 1 row labelled stricter than TLP:AMBER left out" ]
	isac-render -f ods --tlp amber "$K/plan.csv" >amber.ods 2>/dev/null
	run -0 book part amber.ods content.xml
	refute_output --partial SECRET
	assert_output --partial 'Write the plan'
}

@test "workbook-out: without a label the header is the first row, and a warning asks for one" {
	run -0 --separate-stderr isac-render -f ods "$R/summary.csv"
	[ "$stderr" = "isac-render: warning: no TLP label: give one with --tlp" ]
	isac-render -f xlsx "$R/summary.csv" >s.xlsx 2>/dev/null
	run -0 book xlsx-cell s.xlsx 1 A1
	assert_output --partial '<t>capability</t>'
	run -0 book part s.xlsx xl/worksheets/sheet1.xml
	assert_output --partial '<oddHeader>&amp;L&amp;A</oddHeader><oddFooter>&amp;R&amp;P / &amp;N</oddFooter>'
}

@test "workbook-out: the same tables give the same bytes, dated 1980-01-01 or by SOURCE_DATE_EPOCH" {
	for f in xlsx ods; do
		isac-render -f $f --tlp green "$R/plan.csv" >a.$f
		TZ=Asia/Tokyo isac-render -f $f --tlp green "$R/plan.csv" >b.$f
		cmp a.$f b.$f
		SOURCE_DATE_EPOCH=1767225600 isac-render -f $f --tlp green \
		    "$R/plan.csv" >c.$f
		SOURCE_DATE_EPOCH=1767225600 isac-render -f $f --tlp green \
		    "$R/plan.csv" >d.$f
		cmp c.$f d.$f
		! cmp -s a.$f c.$f
	done
	run -0 book part a.xlsx docProps/core.xml
	assert_output --partial '<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created>'
	run -0 book part c.xlsx docProps/core.xml
	assert_output --partial '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>'
	run -0 book part c.ods meta.xml
	assert_output --partial '<meta:creation-date>2026-01-01T00:00:00</meta:creation-date>'
	run -0 book parts c.ods
	assert_line 'content.xml deflated 2026-01-01'
	run -2 env SOURCE_DATE_EPOCH=yesterday isac-render -f ods --tlp clear \
	    "$R/plan.csv"
	assert_output "isac-render: SOURCE_DATE_EPOCH 'yesterday' is not a number of seconds since 1970"
}

@test "workbook-out: the ods package starts with its mimetype, stored, and its manifest names the parts" {
	isac-render -f ods --tlp clear "$R/score.csv" >s.ods
	# the local header of the first entry: the name at 30, the content at 38
	run -0 $PY -c 'import sys; b = open(sys.argv[1], "rb").read(); print(b[30:38].decode(), b[38:84].decode())' s.ods
	assert_output "mimetype application/vnd.oasis.opendocument.spreadsheet"
	run -0 book parts s.ods
	assert_output "mimetype stored 1980-01-01
META-INF/manifest.xml deflated 1980-01-01
content.xml deflated 1980-01-01
styles.xml deflated 1980-01-01
meta.xml deflated 1980-01-01
settings.xml deflated 1980-01-01"
	run -0 book part s.ods META-INF/manifest.xml
	assert_output --partial '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
	assert_output --partial '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
	xmllint --noout <(book part s.ods content.xml) <(book part s.ods styles.xml) \
	    <(book part s.ods meta.xml) <(book part s.ods settings.xml)
}

@test "workbook-out: sheet names keep to Excel's limits: 31 characters, none of []:*?/\\, unique without case" {
	mkdir a b
	printf 'x\n1\n' >a/notes.csv
	printf 'x\n2\n' >b/Notes.csv
	printf 'x\n3\n' >'a/what[is]:this*?a very long name indeed.csv'
	isac-render -f xlsx --tlp clear a/notes.csv b/Notes.csv \
	    'a/what[is]:this*?a very long name indeed.csv' >n.xlsx
	run -0 book part n.xlsx xl/workbook.xml
	assert_output --partial '<sheet name="notes.csv" sheetId="1"'
	assert_output --partial '<sheet name="Notes.csv (2)" sheetId="2"'
	assert_output --partial '<sheet name="what-is--this--a very long name" sheetId="3"'
	isac-render -f ods --tlp clear a/notes.csv b/Notes.csv >n.ods
	run -0 book part n.ods content.xml
	assert_output --partial '<table:table table:name="Notes.csv (2)"'
}

@test "workbook-out: a cell longer than a workbook holds is an error at its line, and nothing is written" {
	$PY -c 'print("org,note\nA,short\nB," + "x" * 40000)' >long.csv
	for f in xlsx ods; do
		run -2 --separate-stderr isac-render -f $f --tlp clear long.csv
		[ "$output" = "" ]
		[ "$stderr" = "isac-render: long.csv:3: column 'note' holds 40000 characters, more than a workbook's cell (32767)" ]
	done
}

@test "workbook-out: no temporary directory is an error, nothing written and nothing left behind" {
	mkdir tmp
	run -2 --separate-stderr env TMPDIR="$PWD/none" isac-render -f xlsx \
	    --tlp clear "$R/score.csv"
	[ "$output" = "" ]
	[ "$stderr" = "isac-render: $PWD/none: cannot make a temporary file: No such file or directory" ]
	TMPDIR="$PWD/tmp" isac-render -f xlsx --tlp clear "$R/score.csv" >s.xlsx
	[ -s s.xlsx ]
	run -0 ls -A tmp
	assert_output ""
}

@test "workbook-out: a workbook is not written to a terminal" {
	run -2 script -qec "isac-render -f xlsx '$R/score.csv'" /dev/null
	assert_output --partial "isac-render: -f xlsx writes a workbook, not for a terminal: redirect standard output to a file"
	run -2 script -qec "isac-score -T -f ods" /dev/null
	assert_output --partial "isac-score: -f ods writes a workbook, not for a terminal: redirect standard output to a file"
}

@test "workbook-out: isac-render names the workbook formats in its errors" {
	run -2 isac-render -f xls "$R/score.csv"
	assert_line --index 0 "isac-render: unknown format 'xls': use text, md, html, svg, json, csv, xlsx or ods"
}

# --- the checklist ------------------------------------------------------

@test "workbook-out: the Dutch checklist workbook has a drop-down of ja, nee, deels and n.v.t., its questions locked and its answers open" {
	isac-score -T -f xlsx -l nl >form.xlsx
	run -0 book xlsx-cell form.xlsx 1 A1
	assert_output --partial '<t>Nr</t>'
	run -0 book part form.xlsx xl/worksheets/sheet1.xml
	assert_output --partial '<c r="E1" s="1" t="inlineStr"><is><t>Antwoord</t></is></c><c r="F1" s="1" t="inlineStr"><is><t>Deelnemer</t></is></c><c r="G1" s="1" t="inlineStr"><is><t>Toelichting</t></is></c></row>'
	assert_output --partial '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>'
	assert_output --partial '<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="Antwoord" prompt="ja, nee, deels of n.v.t." sqref="E2:E57"><formula1>"ja,nee,deels,n.v.t."</formula1></dataValidation>'
	# the respondent once, in F2; the rows below show it
	assert_output --partial 'sqref="F2"'
	run -0 book xlsx-cell form.xlsx 1 F3
	assert_output '<c r="F3" t="str"><f>$F$2&amp;""</f><v></v></c>'
	for c in E2 F2 G2; do
		run -0 book xlsx-xf form.xlsx 1 $c
		assert_output --partial '<protection locked="0"/>'
	done
	for c in A2 C2 D2; do
		run -0 book xlsx-xf form.xlsx 1 $c
		refute_output --partial 'locked="0"'
	done
	isac-score -T -f ods -l nl >form.ods
	run -0 book part form.ods content.xml
	assert_output --partial 'table:condition="of:cell-content-is-in-list(&quot;ja&quot;;&quot;nee&quot;;&quot;deels&quot;;&quot;n.v.t.&quot;)"'
	assert_output --partial '<table:table table:name="Checklist" table:style-name="ta" table:protected="true">'
	run -0 book ods-cell form.ods 1 2 5
	assert_output '<table:table-cell table:style-name="ce4" table:content-validation-name="v0.4"/>'
	run -0 book ods-style form.ods ce4
	assert_output --partial 'style:cell-protect="none"'
	run -0 book ods-cell form.ods 1 2 4
	assert_output --partial 'style-name="ce2"'
	run -0 book ods-style form.ods ce2
	refute_output --partial 'cell-protect'
}

@test "workbook-out: the checklist in English offers yes, no, partial and n/a" {
	isac-score -T -f xlsx -l en >form.xlsx
	run -0 book part form.xlsx xl/worksheets/sheet1.xml
	assert_output --partial '<formula1>"yes,no,partial,n/a"</formula1>'
	assert_output --partial '<t>Respondent</t>'
}

@test "workbook-out: the checklist prints landscape, its header on every page, with the label asked for" {
	isac-score -T -f xlsx -l nl --tlp amber >form.xlsx
	run -0 book part form.xlsx xl/worksheets/sheet1.xml
	assert_output --partial '<pageSetup paperSize="9" fitToHeight="0" orientation="landscape"/>'
	assert_output --partial '<oddHeader>&amp;L&amp;A&amp;C&amp;"-,Bold"TLP:AMBER</oddHeader>'
	assert_output --partial '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
	run -0 book part form.xlsx xl/workbook.xml
	assert_output --partial '<definedName name="_xlnm.Print_Titles" localSheetId="0">Checklist!$1:$1</definedName>'
	# the label travels with the answers: a tlp column, open, with its drop-down
	run -0 book xlsx-cell form.xlsx 1 H2
	assert_output --partial '<t>TLP:AMBER</t>'
	isac-score -T -f ods -l nl --tlp amber >form.ods
	run -0 book part form.ods styles.xml
	assert_output --partial 'style:print-orientation="landscape"'
	assert_output --partial 'TLP:AMBER'
	run -0 book part form.ods content.xml
	assert_output --partial '<table:table-header-rows><table:table-row><table:table-cell table:style-name="head" office:value-type="string"><text:p>Nr</text:p>'
}

@test "workbook-out: with --previous, last year's answer and notes stand beside, locked, in the form's words" {
	p="$SHARE/examples/answers-2026.csv"
	isac-score -T -f xlsx -l nl -p "$p" >form.xlsx
	run -0 book part form.xlsx xl/worksheets/sheet1.xml
	assert_output --partial '<t>Vorig</t></is></c><c r="I1" s="1" t="inlineStr"><is><t>Vorige toelichting</t>'
	# the CSV template has the same answers, in isac's own words
	isac-score -T -l nl -p "$p" >form.csv
	$PY -c 'import csv, sys
for i, r in enumerate(csv.DictReader(open(sys.argv[1])), 2):
    print("H%d %s" % (i, {"nvt": "n.v.t."}.get(r["previous"], r["previous"])))
' form.csv >previous.txt
	[ "$(wc -l <previous.txt)" -eq 56 ]
	grep -q ' n.v.t.$' previous.txt
	while read -r ref prev; do
		run -0 book xlsx-cell form.xlsx 1 "$ref"
		assert_output --partial "<t>$prev</t>"
	done <previous.txt
	run -0 book xlsx-xf form.xlsx 1 H2
	refute_output --partial 'locked="0"'
}

@test "workbook-out: the checklist re-saved by LibreOffice keeps its drop-downs, and a filled copy scores as the same answers in CSV" {
	office
	# the same answers, as a member would type them in CSV
	awk -F, 'NR == 1 { print "id,answer,note"; next }
	    { a = "ja"; if (NR % 4 == 0) a = "nee"; else if (NR % 5 == 0)
	    a = "deels"; else if (NR % 7 == 0) a = "n.v.t."
	    n = ""; if (NR % 6 == 0) n = "\"zie het jaarplan, 2026\""
	    print $1 "," a "," n }' "$SHARE/model.nl.csv" >same.csv
	isac-score same.csv >want.txt
	for f in xlsx ods; do
		isac-score -T -f $f -l nl >form.$f
		calc $f saved form.$f
		$PY "$W/fill.py" form.$f filled.$f same.csv "Havenbedrijf West"
		calc $f again filled.$f
		# read back as it is, and as LibreOffice saves it as CSV
		run -0 isac-score again/filled.$f
		assert_output "$(cat want.txt)"
		calc "$CSV" back again/filled.$f
		run -0 isac-score back/filled.csv
		assert_output "$(cat want.txt)"
		grep -q '"zie het jaarplan, 2026"' back/filled.csv
		# one respondent, typed once
		run -0 $PY -c 'import csv, sys
print(*sorted({r[5] for r in csv.reader(open(sys.argv[1]))}), sep="\n")
' back/filled.csv
		assert_output "Deelnemer
Havenbedrijf West"
		rm -r back
	done
	run -0 book part saved/form.xlsx xl/worksheets/sheet1.xml
	assert_output --partial 'sqref="E2:E57" type="list"><formula1>&quot;ja,nee,deels,n.v.t.&quot;</formula1>'
	run -0 book part again/filled.xlsx xl/worksheets/sheet1.xml
	assert_output --partial 'sqref="E2:E57" type="list"><formula1>&quot;ja,nee,deels,n.v.t.&quot;</formula1>'
	assert_output --partial '<sheetProtection sheet="true"'
	run -0 book part again/filled.ods content.xml
	assert_output --partial 'table:condition="of:cell-content-is-in-list(&quot;ja&quot;;&quot;nee&quot;;&quot;deels&quot;;&quot;n.v.t.&quot;)"'
	assert_output --partial 'table:protected="true"'
}

@test "workbook-out: a checklist workbook answered without a respondent is the file's answers, read as it is" {
	printf 'id,answer,note\nSAP.1.1,nee,nog niet\nWM.1.1,n.v.t.,\nACT.1.1,deels,\n' >same.csv
	for f in xlsx ods; do
		isac-score -T -f $f -l nl >form.$f
		$PY "$W/fill.py" form.$f filled.$f same.csv ""
		run -0 --separate-stderr isac-score -q filled.$f
		assert_output "$(isac-score -q same.csv)"
		# the file is the respondent, and its note is with its answer
		printf 'id,answer\nSAP.1.1,ja\n' >other.csv
		run -0 isac-score -D -l nl filled.$f other.csv
		assert_line --index 1 --regexp "^SAP\.1\.1,1,1,0,0,0,.*,filled\.$f\[Checklist\]: nog niet$"
	done
}

@test "workbook-out: a workbook without a label reads back, sheet by sheet, as the tables it was made from" {
	isac-render -f xlsx "$R/score.csv" "$R/summary.csv" "$R/plan.csv" \
	    "$R/widths.csv" >u.xlsx 2>/dev/null
	isac-render -f ods "$R/score.csv" "$R/summary.csv" "$R/plan.csv" \
	    "$R/widths.csv" >u.ods 2>/dev/null
	for f in xlsx ods; do
		for s in "Maturity per capability:score" \
		    "Current and target level:summary" "Action plan:plan" \
		    "widths.csv:widths"; do
			run -0 isac-render -f csv --sheet "${s%%:*}" u.$f
			assert_output "$(isac-render -f csv "$R/${s#*:}.csv")"
		done
	done
}

@test "workbook-out: the blank checklist workbook gives the same bytes every time" {
	isac-score -T -f xlsx -l nl >a.xlsx
	isac-score -T -f xlsx -l nl >b.xlsx
	cmp a.xlsx b.xlsx
	isac-score -T -f ods -p "$SHARE/examples/answers-2026.csv" >a.ods
	isac-score -T -f ods -p "$SHARE/examples/answers-2026.csv" >b.ods
	cmp a.ods b.ods
}

@test "workbook-out: isac-score takes -f and --tlp only for the template workbook" {
	run -2 isac-score -f xlsx "$SHARE/examples/answers-2026.csv"
	assert_line --index 0 "isac-score: -f xlsx goes with -T"
	run -2 isac-score -T -f xls
	assert_line --index 0 "isac-score: unknown format 'xls': use csv, xlsx or ods"
	run -2 isac-score -T -f ods -t
	assert_line --index 0 "isac-score: -t and --excel go with -f csv"
	run -2 isac-score -T --tlp amber
	assert_line --index 0 "isac-score: --tlp goes with -T -f xlsx or ods"
	run -2 isac-score -T -f ods --tlp white
	assert_line --index 0 "isac-score: --tlp white: TLP 2.0 renamed WHITE to CLEAR: use --tlp clear"
	run -0 isac-score -T -f csv
	assert_output "$(isac-score -T)"
}

@test "workbook-out: a labelled workbook reads back labelled, every row carrying the label of the row above its header" {
	isac-render -f xlsx --tlp amber "$R/score.csv" >l.xlsx 2>/dev/null
	isac-render -f ods --tlp amber "$R/score.csv" >l.ods 2>/dev/null
	for f in l.xlsx l.ods; do
		run -0 isac-render -f csv "$f"
		assert_line --index 0 --regexp ',tlp$'
		refute_line --regexp ',$'
		[ "$(grep -c ',TLP:AMBER$' <<<"$output")" = "$(($(wc -l <"$R/score.csv") - 1))" ]
		# --tlp green leaves every row out, and says so.
		run -0 --separate-stderr isac-render -f csv --tlp green "$f"
		assert_output "$(head -1 "$R/score.csv"),tlp"
		[[ "$stderr" == *"labelled stricter than TLP:GREEN left out"* ]]
	done
}

@test "workbook-out: a label row in CSV, as a spreadsheet saves a labelled sheet, labels every row; a stricter row keeps its own" {
	printf 'TLP:AMBER,,,\nid,answer,respondent,tlp\nSAP.1.1,yes,A,\nSAP.1.2,yes,A,red\nSAP.1.3,no,A,green\n' >a.csv
	run -0 isac-render -f csv a.csv
	assert_output "id,answer,respondent,tlp
SAP.1.1,yes,A,TLP:AMBER
SAP.1.2,yes,A,TLP:RED
SAP.1.3,no,A,TLP:AMBER"
	# A program reading answers takes the label too: the score row of
	# SAP is as strict as its strictest answer.
	run -0 isac-score -q a.csv
	assert_line --regexp '^SAP,.*,TLP:RED$'
	# Without a tlp column, one is added last.
	printf '"TLP:RED"\nid,answer\nSAP.1.1,yes\n' >b.csv
	run -0 isac-render -f csv b.csv
	assert_output "id,answer,tlp
SAP.1.1,yes,TLP:RED"
	run -0 --separate-stderr isac-render -f md --tlp amber b.csv
	[[ "$stderr" == *"1 row labelled stricter than TLP:AMBER left out"* ]]
}

@test "workbook-out: a label row with no header below it is an error at its line; a one-column table headed tlp is not a label row" {
	printf 'TLP:AMBER,,\n' >c.csv
	run -2 --separate-stderr isac-render c.csv
	assert_equal "$stderr" "isac-render: c.csv:1: a TLP label and no header line"
	printf 'tlp\namber\n' >d.csv
	run -0 isac-render -f csv d.csv
	assert_output "tlp
TLP:AMBER"
}

# SPDX-License-Identifier: EUPL-1.2
# Workbooks read directly: .xlsx and .ods wherever a program reads a
# table (isac-formats(5), WORKBOOKS).
#
# t/data/workbook/cells.xlsx and cells.ods were made once from cells.fods
# by LibreOffice 7.4:
#   soffice --headless --convert-to xlsx cells.fods   (and ods)
# make.py writes, at test time, what LibreOffice never writes and the
# hostile workbooks.  The bundled examples are saved as .xlsx and .ods by
# LibreOffice here, where it is installed (as .ci/deps installs it).
load test_helper

W="$DATA/workbook"
EX="$SHARE/examples"

setup_file() {
	python3 "$BATS_TEST_DIRNAME/data/workbook/make.py" "$BATS_FILE_TMPDIR/wb"
	command -v soffice >/dev/null || return 0
	mkdir -p "$BATS_FILE_TMPDIR/lo"
	cp "$EX/answers-2026.csv" "$EX/answers-history.csv" "$EX/roster.csv" \
	    "$EX/targets.csv" "$EX/register.csv" "$BATS_FILE_TMPDIR/lo/"
	(cd "$BATS_FILE_TMPDIR/lo" && for fmt in xlsx ods; do
		soffice -env:UserInstallation="file://$BATS_FILE_TMPDIR/profile" \
		    --headless --convert-to $fmt ./*.csv >soffice.log 2>&1 ||
		    { cat soffice.log >&2; exit 1; }
	done)
}

setup() {
	M="$BATS_FILE_TMPDIR/wb"
	H="$M/hostile"
	LO="$BATS_FILE_TMPDIR/lo"
	export ISAC_TODAY=2026-11-23
	cd "$BATS_TEST_TMPDIR"
}

# office: the tests of what LibreOffice saves need it; they say so.
office() {
	command -v soffice >/dev/null ||
		skip "needs LibreOffice (soffice): sh .ci/deps --install, without ISAC_NO_OFFICE=1"
	[ -s "$LO/answers-2026.xlsx" ] && [ -s "$LO/answers-2026.ods" ]
}

# same CMD...: CMD gives the same status and output for each workbook
# LibreOffice saved as for the CSV it was saved from ({} is the name
# without extension), and does not fail.
same() {
	local csv xlsx ods
	csv=$("${@//\{\}/$LO/ex.csv}" 2>&1; echo "exit $?")
	[ "$(printf '%s\n' "$csv" | tail -1)" != "exit 2" ] ||
		{ echo "the CSV fails: $csv"; return 1; }
	for ext in xlsx ods; do
		out=$("${@//\{\}/$LO/ex.$ext}" 2>&1; echo "exit $?")
		[ "$out" = "$csv" ] || {
			echo "$ext differs from csv for: $*"
			diff <(printf '%s\n' "$csv") <(printf '%s\n' "$out")
			return 1
		}
	done
}

# refused FILE MESSAGE: every program that reads FILE as a table stops at
# once with exit 2 and the one line MESSAGE, nothing on standard output.
refused() {
	local f=$1 msg=$2 p
	for p in "isac-render -f csv" "isac-score" "isac-roster check"; do
		run --separate-stderr timeout 20 $p "$f"
		[ "$status" -eq 2 ] || { echo "$p $f: exit $status"; return 1; }
		assert_equal "$output" ""
		assert_equal "$stderr" "${p%% *}: $msg"
	done
}

@test "workbook: the example answers saved by LibreOffice as .xlsx and .ods score exactly like the CSV" {
	office
	for f in answers-2026 answers-history; do
		for ext in csv xlsx ods; do cp "$LO/$f.$ext" "$LO/ex.$ext"; done
		same isac-score {}
		same isac-score -D {}
		same isac-score -x -l nl {}
		same isac-gap -L 2 {}
	done
	run -0 isac-score "$LO/answers-2026.xlsx"
	assert_line "SAP,1,7,7,2,4,0,8,0"
}

@test "workbook: isac-gap -g with targets and answers saved as workbooks gives what the CSV gives" {
	office
	for ext in csv xlsx ods; do
		cp "$LO/targets.$ext" "$LO/ex.$ext"
	done
	same isac-gap -g {} "$EX/answers-2026.csv"
	same isac-gap -s -g {} "$LO/answers-2026.xlsx"
	run -1 isac-gap -s -g "$LO/targets.ods" "$LO/answers-2026.ods"
	assert_output "$(isac-gap -s -g "$EX/targets.csv" "$EX/answers-2026.csv")"
	assert_line "SAP,1,2,1"
}

@test "workbook: isac-roster check of a roster saved as .xlsx and .ods checks like the CSV" {
	office
	for ext in csv xlsx ods; do cp "$LO/roster.$ext" "$LO/ex.$ext"; done
	same isac-roster check {}
	same isac-roster mailing-list {}
	same isac-roster terms {}
}

@test "workbook: isac-render renders workbooks LibreOffice saved as it renders their CSV" {
	office
	for f in answers-2026 roster; do
		for ext in csv xlsx ods; do cp "$LO/$f.$ext" "$LO/ex.$ext"; done
		for fmt in text md html json csv; do
			same isac-render -f $fmt {}
		done
	done
	isac-score "$EX/answers-2026.csv" >score.csv
	run -0 --separate-stderr isac-render -f md "$LO/answers-2026.xlsx" score.csv
	assert_output "$(isac-render -f md "$EX/answers-2026.csv" score.csv 2>/dev/null)"
}

@test "workbook: every cell of a plain table reads from a workbook as from its CSV, the sheet named in the title" {
	office
	for ext in csv xlsx ods; do cp "$LO/register.$ext" "$LO/ex.$ext"; done
	same isac-render -f csv {}
	run -0 --separate-stderr isac-render -f md "$LO/register.ods"
	assert_line --index 0 '# register.ods\[register\]'
	assert_line "| SAP.2.3 | Eva Smit | Gestart | 2026-02-10 | asked the board | 5000 |"
}

@test "workbook: a workbook on standard input reads as one named" {
	run -0 isac-score -q <"$W/cells.xlsx"
	assert_output "$(isac-score -q "$W/cells.xlsx")"
	run -2 --separate-stderr isac-score --sheet fouten <"$W/cells.ods"
	assert_equal "$stderr" "isac-score: <stdin>[Fouten]:7: unknown answer 'perhaps' for SAP.1.2"
}

@test "workbook: cells read as the workbook holds them: shared strings, paragraphs, booleans, dates as YYYY-MM-DD, numbers" {
	for f in cells.xlsx cells.ods; do
		run -0 isac-render -f csv "$W/$f"
		assert_output 'id,answer,notes,,checked,date,count
SAP.1.1,yes,"two
lines",,TRUE,2026-02-03,2
SAP.1.2,no,a  b,,FALSE,2026-10-05,2.5
SAP.1.3,partial,,,,,
SAP.1.4,n/a,"Één, ""twee""",,,,'
	done
}

@test "workbook: --sheet reads the sheet named, in any case; dates, times and percentages as the toolkit reads them" {
	for f in cells.xlsx cells.ods; do
		run -0 isac-render -f csv --sheet typen "$W/$f"
		assert_output 'text,number,date,datetime,time,bool,percent,formula
2024,2024,2024-01-10,2026-02-03 10:30:00,10:30:00,TRUE,0.25,0.333333333333333
-1,-0.5,1999-12-31,2026-02-03,23:59:59,FALSE,1,xy'
	done
}

@test "workbook: the first sheet is read without --sheet, hidden or not, and answers in it score" {
	run -0 isac-score -q "$W/cells.ods"
	assert_line "SAP,0,1,6,0,4,0,8,15"
	run -0 isac-score -q "$W/cells.xlsx"
	assert_output "$(isac-score -q "$W/cells.ods")"
	run -0 isac-render -f csv "$M/two.xlsx"
	assert_output "x"
}

@test "workbook: an error names the file, the sheet and the row as the spreadsheet numbers it" {
	for f in cells.xlsx cells.ods; do
		run -2 --separate-stderr isac-score --sheet Fouten "$W/$f"
		assert_equal "$stderr" "isac-score: $W/$f[Fouten]:7: unknown answer 'perhaps' for SAP.1.2"
		assert_equal "$output" ""
	done
	run -2 --separate-stderr isac-score --sheet Tweede "$M/two.xlsx"
	assert_equal "$stderr" "isac-score: $M/two.xlsx[Tweede]:9: unknown answer 'maybe' for SAP.1.1"
}

@test "workbook: --sheet naming no sheet of the workbook is an error naming the sheets there are" {
	run -2 --separate-stderr isac-score --sheet Blad9 "$W/cells.xlsx"
	assert_equal "$stderr" "isac-score: $W/cells.xlsx: no sheet 'Blad9'; the workbook has 'Antwoorden', 'Fouten', 'Typen'"
	run -2 --separate-stderr isac-gap -L 2 --sheet Blad9 "$W/cells.ods"
	assert_equal "$stderr" "isac-gap: $W/cells.ods: no sheet 'Blad9'; the workbook has 'Antwoorden', 'Fouten', 'Typen'"
	assert_equal "$output" ""
}

@test "workbook: --sheet does not apply to CSV, and needs a name" {
	run -0 isac-score --sheet Blad1 "$EX/answers-2026.csv"
	assert_output "$(isac-score "$EX/answers-2026.csv")"
	run -2 --separate-stderr isac-score --sheet "" "$EX/answers-2026.csv"
	assert_equal "${stderr%%$'\n'*}" "isac-score: --sheet takes the name of a sheet"
}

@test "workbook: every program takes --sheet, and says so in --help and its manual" {
	local p
	for p in isac-score isac-gap isac-plan isac-roster isac-render; do
		run -0 $p --help
		assert_line --partial "--sheet NAME"
		grep -q 'Fl \\-sheet' "$TOP/man/$p.1" ||
			{ echo "$p.1 lacks --sheet"; return 1; }
	done
	run -2 --separate-stderr isac-plan -q --sheet Nope "$W/cells.xlsx"
	assert_equal "$stderr" "isac-plan: $W/cells.xlsx: no sheet 'Nope'; the workbook has 'Antwoorden', 'Fouten', 'Typen'"
	run -2 --separate-stderr isac-roster check --sheet Nope "$W/cells.ods"
	assert_equal "$stderr" "isac-roster: $W/cells.ods: no sheet 'Nope'; the workbook has 'Antwoorden', 'Fouten', 'Typen'"
}

@test "workbook: a merged header cell is its first cell; the cell it covers is an empty column" {
	run -0 isac-render -f json "$W/cells.xlsx"
	assert_line --index 1 --partial '"note": "two\nlines", "": "", "checked": "TRUE"'
}

@test "workbook: a row shorter than the header is padded; a value right of the header is an error naming its column" {
	run -2 --separate-stderr isac-render -f csv "$M/wide.xlsx"
	assert_equal "$stderr" "isac-render: $M/wide.xlsx[Blad1]:4: a value in column E, but the header names 2 columns"
	run -0 isac-render -f csv --sheet Antwoorden "$W/cells.ods"
	assert_line "SAP.1.3,partial,,,,,"
}

@test "workbook: inline strings, rich text runs without phonetic ones, formula strings, errors, booleans and _xHHHH_ escapes" {
	run -0 isac-render -f json "$M/inline.xlsx"
	assert_output '[
  {"id": "SAP.1.1", "answer": "yes", "note": "line one\nline two"},
  {"id": "SAP.1.2", "answer": "no", "note": "#DIV/0!"},
  {"id": "SAP.1.3", "answer": "yes", "note": "a\rb _x0041_"}
]'
	# the boolean as the workbook holds it: a document shows it as the
	# answer it is, the data keeps it as written
	run -0 isac-render -f csv "$M/inline.xlsx"
	assert_output --partial $'\nSAP.1.3,TRUE,'
}

@test "workbook: numbers as General shows them, and dates and times by the cell's number format, 1904 dates too" {
	run -0 isac-render -f csv "$M/numbers.xlsx"
	assert_output 'n,date,custom,text,datetime
0.3,1904-01-01,2027-01-02,7,2027-01-02 18:00:00
0.0000001,1904-01-02,-1,1E+020,2027-01-02
2,123456789012,-2.5,9.00719925474099E+015,1000000000000000'
}

@test "workbook: ODF text: white space collapsed, text:s, tabs, line breaks, paragraphs; no annotations; repeats; hidden cells kept" {
	run -0 timeout 20 isac-render -f json "$M/text.ods"
	assert_output '[
  {"id": "SAP.1.1", "answer": "yes", "note": "a   b\tc\nd\ne f", "x": "hidden"},
  {"id": "SAP.1.2", "answer": "no", "note": "", "x": ""},
  {"id": "SAP.1.2", "answer": "no", "note": "", "x": ""},
  {"id": "SAP.1.3", "answer": "n/a", "note": "2", "x": "2"}
]'
}

@test "workbook: parts named to climb out of a directory are never read or written" {
	mkdir -p a/b && cd a/b
	run -0 isac-score -q "$M/names.xlsx"
	assert_line "SAP,0,1,7,0,4,0,8,18"
	[ ! -e ../../escaped-by-name ] && [ ! -e /tmp/escaped-by-name ]
}

@test "workbook: an .xls or a workbook with a password says to save it as .xlsx" {
	refused "$H/old.xls" "$H/old.xls: an Excel 97-2003 workbook (.xls) or one with a password: save it as .xlsx, .ods or CSV"
}

@test "hostile workbook: a part that declares more than 256 MiB is refused unread" {
	refused "$H/bomb-declared.xlsx" "$H/bomb-declared.xlsx: xl/worksheets/sheet1.xml unpacks to 2147483648 bytes, more than the limit of 256 MiB"
}

@test "hostile workbook: a part that grows more than 400 to 1 is refused as a zip bomb" {
	refused "$H/bomb-ratio.xlsx" "$H/bomb-ratio.xlsx: xl/worksheets/sheet1.xml unpacks 41943246 bytes from 40954, more than 400 to 1: a zip bomb"
}

@test "hostile workbook: a part that unpacks to more than it declares is stopped" {
	refused "$H/bomb-lie.xlsx" "$H/bomb-lie.xlsx: xl/worksheets/sheet1.xml unpacks to other than the 1000 bytes it declares"
}

@test "hostile workbook: billion laughs in the shared strings is an error, not a hang" {
	refused "$H/laughs.xlsx" "$H/laughs.xlsx[Blad1]: xl/sharedStrings.xml: a DOCTYPE, which no workbook part has"
}

@test "hostile workbook: an external entity is never resolved" {
	refused "$H/xxe.xlsx" "$H/xxe.xlsx[Blad1]: xl/sharedStrings.xml: a DOCTYPE, which no workbook part has"
}

@test "hostile workbook: more than 4194304 shared strings stop at the limit" {
	refused "$H/strings.xlsx" "$H/strings.xlsx[Blad1]: xl/sharedStrings.xml: more than 4194304 strings"
}

@test "hostile workbook: a shared string longer than a field may be is an error" {
	refused "$H/long-string.xlsx" "$H/long-string.xlsx[Blad1]: xl/sharedStrings.xml: string 0 longer than 1048576 bytes"
}

@test "hostile workbook: a cell that names a shared string there is not is an error at its row" {
	run -2 --separate-stderr isac-render -f csv "$H/bad-index.xlsx"
	assert_equal "$stderr" "isac-render: $H/bad-index.xlsx[Blad1]:3: a cell refers to shared string '7', but there are 1"
}

@test "hostile workbook: a row repeated two billion times stops at the last row of a sheet" {
	run -2 --separate-stderr timeout 20 isac-render -f csv "$H/repeat-rows.ods"
	assert_equal "$stderr" "isac-render: $H/repeat-rows.ods[Blad1]: cells beyond row 1048576, the last row of a sheet"
	assert_equal "$output" ""
}

@test "hostile workbook: a cell repeated two billion times stops at the field limit" {
	run -2 --separate-stderr timeout 20 isac-render -f csv "$H/repeat-cols.ods"
	assert_equal "$stderr" "isac-render: $H/repeat-cols.ods[Blad1]:2: more than 4096 fields in a record"
}

@test "hostile workbook: a relationship to ../../../ is no part of the workbook" {
	refused "$H/dotdot.xlsx" "$H/dotdot.xlsx: xl/_rels/workbook.xml.rels: '../../../worksheets/sheet1.xml' is no part of the workbook"
}

@test "hostile workbook: a truncated zip is a broken zip file" {
	refused "$H/truncated.xlsx" "$H/truncated.xlsx: not a workbook: a broken zip file (Not a zip archive)"
}

@test "hostile workbook: a zip that is neither .xlsx nor .ods, empty or not, says so" {
	refused "$H/neither.zip" "$H/neither.zip: a zip file, but neither an .xlsx nor an .ods workbook"
	refused "$H/empty.zip" "$H/empty.zip: a zip file, but neither an .xlsx nor an .ods workbook"
	refused "$H/writer.odt" "$H/writer.odt: an OpenDocument file, but not a spreadsheet (application/vnd.oasis.opendocument.text)"
}

@test "hostile workbook: a workbook of more than 64 MiB stops at the limit, on standard input too" {
	run -2 --separate-stderr bash -c \
	    "{ printf 'PK\\003\\004'; head -c 100000000 /dev/zero; } | timeout 20 isac-score"
	assert_equal "$stderr" "isac-score: <stdin>: a workbook larger than 64 MiB, the limit"
	assert_equal "$output" ""
}

@test "hostile workbook: more than 10000 parts, 65536 cell formats or 4096 sheets stop at the limit" {
	refused "$H/parts.xlsx" "$H/parts.xlsx: not a workbook: a zip file of more than 10000 parts"
	refused "$H/styles.xlsx" "$H/styles.xlsx[Blad1]: xl/styles.xml: more than 65536 cell formats"
	refused "$H/sheets.xlsx" "$H/sheets.xlsx: more than 4096 sheets"
}

@test "hostile workbook: parts that unpack to more than 512 MiB together are refused before one is read" {
	refused "$H/total.xlsx" "$H/total.xlsx: its parts unpack to more than the limit of 512 MiB"
}

@test "hostile workbook: cells that repeat to more than 256 MiB of text stop at the limit" {
	run -2 --separate-stderr timeout 60 isac-render -f csv "$H/text.ods"
	assert_equal "$stderr" "isac-render: $H/text.ods[Blad1]:19: the cells hold more than 256 MiB of text, the limit"
	assert_equal "$output" ""
}

@test "hostile workbook: XML nested 10000 deep, rows out of order and broken XML are errors" {
	refused "$H/deep.xlsx" "$H/deep.xlsx[Blad1]: xl/worksheets/sheet1.xml: elements nested deeper than 256"
	run -2 --separate-stderr isac-render -f csv "$H/rows-back.xlsx"
	assert_equal "$stderr" "isac-render: $H/rows-back.xlsx[Blad1]:2: row 2 comes after row 5"
	run -2 --separate-stderr isac-render -f csv "$H/bad-xml.xlsx"
	assert_equal "$stderr" "isac-render: $H/bad-xml.xlsx[Blad1]: xl/worksheets/sheet1.xml: bad XML at line 1, column 190: mismatched tag"
}

@test "hostile workbook: every hostile workbook ends in one line naming it, in every program, never a hang" {
	local f p bad=""
	for f in "$H"/*; do
		for p in "isac-score -q" "isac-gap -L 2" "isac-plan -q" \
		    "isac-roster check" "isac-render -f html"; do
			run --separate-stderr timeout 20 $p "$f"
			[ "$status" -eq 2 ] && [ -z "$output" ] &&
			    [ "$(printf '%s\n' "$stderr" | wc -l)" -eq 1 ] &&
			    [[ $stderr == "${p%% *}: $f"* ]] ||
			    bad+="$p $f: $status $stderr"$'\n'
		done
	done
	[ -z "$bad" ] || { printf '%s' "$bad"; return 1; }
}

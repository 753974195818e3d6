# SPDX-License-Identifier: EUPL-1.2
# The round trip with a real office suite: what the toolkit writes for
# Excel opens in LibreOffice Calc, is saved as .xlsx and back as CSV, and
# reads again the same; a sheet typed with Dutch settings and saved as CSV
# scores.  LibreOffice is Debian's libreoffice-calc-nogui, which .ci/deps
# installs unless ISAC_NO_OFFICE=1.
load test_helper

setup() {
	command -v soffice >/dev/null ||
		skip "needs LibreOffice (soffice): sh .ci/deps --install, without ISAC_NO_OFFICE=1"
	cd "$BATS_TEST_TMPDIR"
}

# calc FILTER OUTDIR FILE [INFILTER]: LibreOffice headless converts FILE
# to FILTER in OUTDIR, with a profile of its own, fresh for this file.
calc() {
	soffice -env:UserInstallation="file://$BATS_FILE_TMPDIR/lo" --headless \
		${4:+--infilter="$4"} --convert-to "$1" --outdir "$2" "$3" \
		>"$BATS_TEST_TMPDIR/soffice.log" 2>&1 &&
		[ -s "$2/$(basename "${3%.*}").${1%%:*}" ] ||
		{ cat "$BATS_TEST_TMPDIR/soffice.log" >&2; return 1; }
}

# The CSV filter: semicolon (59), double quote (34), the character set
# (76 UTF-8, 1 Windows-1252), from line 1.
CSV_UTF8="Text - txt - csv (StarCalc):59,34,76,1"
CSV_1252="Text - txt - csv (StarCalc):59,34,1,1"

@test "office: a score written with --excel goes to .xlsx and back through LibreOffice with the same levels" {
	isac-score "$SHARE/examples/answers-2026.csv" >score.csv
	isac-render -f csv --excel score.csv >excel.csv
	calc xlsx xlsx excel.csv "$CSV_UTF8"
	# An .xlsx is a zip file: it starts with PK.
	run -0 head -c 2 xlsx/excel.xlsx
	assert_output "PK"
	calc "csv:$CSV_UTF8" back xlsx/excel.xlsx
	run -0 isac-render -f csv back/excel.csv
	assert_output "$(cat score.csv)"
	assert_line "SAP,1,7,7,2,4,0,8,0"
}

@test "office: the members' answers written for Excel go through .xlsx and score and disagree the same" {
	a="$SHARE/examples/antwoorden-excel.csv"
	isac-render -f csv --excel "$a" >antwoorden.csv
	calc xlsx xlsx antwoorden.csv "$CSV_UTF8"
	calc "csv:$CSV_UTF8" back xlsx/antwoorden.xlsx
	run -0 isac-score -c majority back/antwoorden.csv
	assert_output "$(isac-score -c majority "$a")"
	run -0 isac-score -D -l nl back/antwoorden.csv
	assert_output "$(isac-score -D -l nl "$a")"
	assert_line --index 1 --partial "SAP.2.2,2,1,0,0,0,"
}

@test "office: a sheet typed in LibreOffice with Dutch settings, saved as CSV (; and Windows-1252), scores" {
	calc "csv:$CSV_1252" nl "$DATA/office/antwoorden.fods"
	# Windows-1252, as Dutch Windows saves: the ë of financiën is 0xEB.
	run -0 od -An -tx1 nl/antwoorden.csv
	assert_output --partial " eb "
	run -1 iconv -f UTF-8 -t UTF-8 nl/antwoorden.csv
	run -0 head -1 nl/antwoorden.csv
	assert_output '"Deelnemer";"Nr";"Vraag";"Antwoord";"Toelichting";"Ingevuld op"'
	run -0 isac-score nl/antwoorden.csv
	assert_output "capability,level,yes_1,applicable_1,yes_2,applicable_2,yes_3,applicable_3,unanswered
SAP,1,7,7,2,4,0,8,0
WM,2,6,6,5,5,0,3,0
ISM,2,1,1,2,2,2,4,0
SAL,1,2,2,3,5,0,4,0
ACT,1,1,1,0,1,0,2,0"
	run -0 isac-score -D -l nl nl/antwoorden.csv
	assert_output 'id,yes,no,partial,n/a,unanswered,question,notes
SAP.2.2,2,1,0,0,0,"Zijn ambities, toegevoegde waarde en activiteiten vastgelegd in een jaarplan?",
WM.2.2,2,0,1,0,0,Vinden er activiteiten plaats buiten de ISAC-bijeenkomst?,"Havenbedrijf West: Één keer, bij de oefening"
ACT.2.1,1,2,0,0,0,"Worden er activiteiten of initiatieven ontplooid die gericht zijn op het vergroten van de weerbaarheid van de sector of regio (gezamenlijk onderzoek uitvoeren, uitwisseling van medewerkers, gezamenlijke dreigingsanalyses, etc.)?",'
}

#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# t/data/enc/make.sh: makes the encoding fixtures, byte for byte as the
# spreadsheets write them, from one table of answers to the checklist of
# share/isac/model.en.csv.  Run it here after changing the table; the
# files it makes are committed, so the tests need no iconv of their own.
#
#   answers-utf8.csv       UTF-8, ',', LF: the reference
#   antwoorden-excel.csv   Dutch Excel "CSV (puntkomma-gescheiden)":
#                          Windows-1252, ';', CRLF, no byte-order mark,
#                          Dutch column names and answers
#   answers-unicode.txt    Excel or LibreOffice "Unicode text": UTF-16LE
#                          with the mark FF FE, TAB, CRLF
#   answers-utf16be.txt    UTF-16BE with the mark FE FF, TAB, CRLF
#
# A cell with the delimiter, a double quote or a line end is quoted, and
# a line end inside a cell is LF, as Excel writes them (Alt+Enter).
set -eu
cd "$(dirname "$0")"

# id, answer, Dutch answer, note ("|" stands for a line end in the cell)
table() {
	cat <<'TABLE'
SAP.1.1	yes	ja	Doel vastgesteld in de ledenvergadering
SAP.1.2	yes	ja	
SAP.1.3	yes	ja	Uren: financiën regelt de penningmeester (€ 1.500 per jaar)
SAP.1.4	yes	ja	
SAP.1.5	yes	ja	“Akkoord” – zie notulen…
SAP.1.6	yes	ja	
SAP.1.7	n/a	nvt	
SAP.2.1	yes	ja	
SAP.2.2	partial	deels	Eerste regel|tweede regel
SAP.2.3	yes	ja	
SAP.2.4	no	nee	
SAP.3.1	no	nee	
SAP.3.2	no	nee	
SAP.3.3	no	nee	
SAP.3.4	no	nee	
SAP.3.5	no	nee	
SAP.3.6	no	nee	
SAP.3.7	no	nee	
SAP.3.8	no	nee	
WM.1.1	yes	ja	
WM.1.2	yes	ja	Coördinatie bij de voorzitter
WM.1.3	yes	ja	
WM.1.4	yes	ja	
WM.1.5	yes	ja	
WM.1.6	yes	ja	
WM.2.1	yes	ja	
WM.2.2	yes	ja	
WM.2.3	yes	ja	Geëvalueerd; zie ‘jaarplan’
WM.2.4	yes	ja	
WM.2.5	yes	ja	
WM.3.1	yes	ja	
WM.3.2	partial	deels	
WM.3.3	no	nee	
ISM.1.1	yes	ja	
ISM.2.1	yes	ja	
ISM.2.2	yes	ja	Œuvre — Ž š Ÿ ™ ‰ † ‡ ƒ ˆ ˜ • › ‹ ‚ „ Š Ž ž œ
ISM.3.1	yes	ja	
ISM.3.2	yes	ja	
ISM.3.3	yes	ja	
ISM.3.4	yes	ja	
ISM.3.5	yes	ja	
SAL.1.1	yes	ja	
SAL.1.2	yes	ja	
SAL.2.1	yes	ja	
SAL.2.2	no	nee	
SAL.2.3	yes	ja	
SAL.2.4	yes	ja	
SAL.2.5	n/a	nvt	
SAL.3.1	no	nee	
SAL.3.2	no	nee	
SAL.3.3	no	nee	
SAL.3.4	no	nee	
ACT.1.1	yes	ja	Café-overleg, 2× per jaar: ½ dag
ACT.2.1	partial	deels	
ACT.3.1	no	nee	
ACT.3.2	no	nee	
TABLE
}

# write DELIM EOL HEADER ANSWERCOLUMN: the table as a spreadsheet writes it
write() {
	table | awk -F '\t' -v d="$1" -v eol="$2" -v hdr="$3" -v col="$4" '
		function cell(s) {
			gsub(/\|/, "\n", s)
			if (index(s, d) || index(s, "\"") || index(s, "\n")) {
				gsub(/"/, "\"\"", s)
				s = "\"" s "\""
			}
			return s
		}
		BEGIN { gsub(/,/, d, hdr); printf "%s%s", hdr, eol }
		{ printf "%s%s%s%s%s%s", cell($1), d, cell($col), d, cell($4), eol }
	'
}

write , '\n' id,answer,note 2 >answers-utf8.csv
write ';' '\r\n' Vraagnummer,Antwoord,Toelichting 3 |
    iconv -f UTF-8 -t WINDOWS-1252 >antwoorden-excel.csv
{ printf '\377\376'; write '	' '\r\n' id,answer,note 2 |
    iconv -f UTF-8 -t UTF-16LE; } >answers-unicode.txt
{ printf '\376\377'; write '	' '\r\n' id,answer,note 2 |
    iconv -f UTF-8 -t UTF-16BE; } >answers-utf16be.txt

# SPDX-License-Identifier: EUPL-1.2
# lib/ on its own: the table reader, the output handle, the data lookups.
load test_helper

setup() {
	F="$BATS_TEST_TMPDIR/t.csv"
}

@test "table: keeps every column and each row's line, multi-line fields included" {
	printf 'a,b,c\n1,2,3\n\n"x\ny",5,6\n7,8,9\n' >"$F"
	run -0 libtest table "$F"
	assert_output "$(printf '1|a|b|c\n2|1|2|3\n4|x\ny|5|6\n6|7|8|9')"
}

@test "table: finds columns by their English or Dutch name, in any case" {
	printf 'Organisatie;Naam;E-mail\nA;B;C\n' >"$F"
	run -0 libtest col "$F" org
	assert_output 0
	run -0 libtest col "$F" email
	assert_output 2
	run -2 --separate-stderr libtest col "$F" role
	assert_equal "$stderr" "libtest: $F:1: no column 'role' (or 'rol') in the header; found 'Organisatie', 'Naam', 'E-mail' with delimiter ';'"
}

@test "table: a column named twice, in two languages, is an error" {
	printf 'answer,antwoord\nyes,ja\n' >"$F"
	run -2 --separate-stderr libtest col "$F" answer
	assert_equal "$stderr" "libtest: $F:1: columns 1 'answer' and 2 'antwoord' name the same column"
}

@test "table: a row of the wrong width is an error naming its line" {
	printf 'a,b\n1,2\n3\n' >"$F"
	run -2 --separate-stderr libtest table "$F"
	assert_equal "$stderr" "libtest: $F:3: 1 field, but the header has 2"
}

@test "out: CSV quotes only fields that need it and doubles quotes" {
	run -0 libtest out csv a 'b,c' 'say "hi"' "$(printf 'x\ny')" / 1 '' 3
	assert_output "$(printf 'a,"b,c","say ""hi""","x\ny"\n1,,3')"
}

@test "out: TSV uses a TAB and quotes a field holding one" {
	run -0 libtest out tsv a "$(printf 'b\tc')" 'd,e'
	assert_output "$(printf 'a\t"b\tc"\td,e')"
}

@test "out: the Excel dialect writes a byte-order mark once, semicolons and CRLF" {
	libtest out excel a 'b;c' / d e >"$F"
	[ "$(od -An -tx1 "$F" | tr -d ' \n')" = "$(printf '\357\273\277a;"b;c"\r\nd;e\r\n' | od -An -tx1 | tr -d ' \n')" ]
}

@test "out: spreadsheet-safe puts an apostrophe before what a spreadsheet runs, not before numbers" {
	run -0 libtest out csv -s '=1+2' '+cmd' '-2+3' '@SUM(A1)' '-1' '+3' 'plain' "$(printf '\tx')"
	assert_output "$(printf "'=1+2,'+cmd,'-2+3,'@SUM(A1),-1,+3,plain,'\tx")"
	run -0 libtest out csv '=1+2'
	assert_output "=1+2"
}

@test "out: a full disk is an error, not a silent success" {
	run bash -c 'libtest out csv a b >/dev/full'
	[ "$status" -eq 2 ]
	[[ "$output" == *"No space left on device"* ]]
}

@test "guide: capability names in English and Dutch" {
	run -0 libtest guide en WM
	assert_output "Working method"
	run -0 libtest guide nl WM
	assert_output "Manier van werken"
	run -0 libtest guide en NOPE
	assert_output "(none)"
}

@test "guide: tools and strategies per capability and level, and points for attention at level 0" {
	run -0 libtest guide en SAP 1 tool
	n=$(awk -F, '$1 == "SAP" && $2 == "1" && $3 == "tool"' "$SHARE/guidance.en.csv" | wc -l)
	[ "$n" -gt 0 ]
	assert_line --index "$n" "$n"
	run -0 libtest guide nl SAP 0 attention
	assert_line --index 0 "Houd in de gaten of de ambities en het beoogde ontwikkelpad van de ISAC voor alle deelnemers duidelijk zijn."
	assert_line --index 2 "2"
}

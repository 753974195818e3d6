# SPDX-License-Identifier: EUPL-1.2
# The CSV layer (lib/csv.c): what every program reads and writes.
# csvdump prints what the reader reads, header first, as JSON.
load test_helper

setup() {
	F="$BATS_TEST_TMPDIR/in.csv"
}

# same_json FILE EXPECTED: csvdump FILE equals the expected JSON.
same_json() {
	local got want
	got=$(csvdump "$1" | jq -c .) || return 1
	want=$(jq -c . "$2") || return 1
	if [ "$got" != "$want" ]; then
		echo "$1: got $got, want $want"
		return 1
	fi
}

@test "csv: every valid case of csv-test-data reads as its JSON says" {
	n=0
	for json in "$DATA"/csv-test-data/json/*.json; do
		name=$(basename "$json" .json)
		case $name in
		header-*) # expected as objects keyed by the header foo,bar,baz
			got=$(csvdump "$DATA/csv-test-data/csv/$name.csv" |
			    jq -c '.[0] as $h | .[1:] | map([$h, .] | transpose | map({(.[0]): .[1]}) | add)')
			assert_equal "$got" "$(jq -c . "$json")"
			;;
		all-empty|empty-one-column) # blank lines are skipped: below
			;;
		*)
			same_json "$DATA/csv-test-data/csv/$name.csv" "$json"
			;;
		esac
		n=$((n + 1))
	done
	[ "$n" -eq 18 ]
}

@test "csv: every valid case of csv-spectrum reads as its JSON says" {
	n=0
	for json in "$DATA"/csv-spectrum/json/*.json; do
		name=$(basename "$json" .json)
		[ "$name" = location_coordinates ] && continue
		got=$(csvdump "$DATA/csv-spectrum/csvs/$name.csv" |
		    jq -c '.[0] as $h | .[1:] | map([$h, .] | transpose | map({(.[0]): .[1]}) | add)')
		assert_equal "$got" "$(jq -c . "$json")"
		n=$((n + 1))
	done
	[ "$n" -eq 11 ]
}

@test "csv: blank lines are skipped, so a file of blank lines is empty" {
	run -2 --separate-stderr csvdump "$DATA/csv-test-data/csv/all-empty.csv"
	assert_equal "$stderr" "csvdump: $DATA/csv-test-data/csv/all-empty.csv: empty input: no header line"
	run -0 csvdump "$DATA/csv-test-data/csv/empty-one-column.csv"
	assert_output '[["foo"]]'
}

@test "csv: a row with fewer fields than the header is an error" {
	run -2 --separate-stderr csvdump "$DATA/csv-test-data/csv/bad-header-less-fields.csv"
	assert_equal "$stderr" "csvdump: $DATA/csv-test-data/csv/bad-header-less-fields.csv:2: 2 fields, but the header has 3"
}

@test "csv: a row with more fields than the header is an error" {
	run -2 --separate-stderr csvdump "$DATA/csv-test-data/csv/bad-header-more-fields.csv"
	assert_equal "$stderr" "csvdump: $DATA/csv-test-data/csv/bad-header-more-fields.csv:2: 4 fields, but the header has 3"
}

@test "csv: an empty file is an error" {
	run -2 --separate-stderr csvdump "$DATA/csv-test-data/csv/bad-header-no-header.csv"
	assert_equal "$stderr" "csvdump: $DATA/csv-test-data/csv/bad-header-no-header.csv: empty input: no header line"
}

@test "csv: a quote not closed at the end of the file is an error naming the record's line" {
	run -2 --separate-stderr csvdump "$DATA/csv-test-data/csv/bad-missing-quote.csv"
	assert_equal "$stderr" "csvdump: $DATA/csv-test-data/csv/bad-missing-quote.csv:2: quoted field not closed at end of file"
}

@test "csv: text after a closing quote is an error" {
	run -2 --separate-stderr csvdump "$DATA/csv-test-data/csv/bad-quotes-with-unescaped-quote.csv"
	assert_equal "$stderr" "csvdump: $DATA/csv-test-data/csv/bad-quotes-with-unescaped-quote.csv:2: bad quoting: text after the closing quote of a field"
}

@test "csv: a quote inside an unquoted field is an error" {
	for f in "$DATA/csv-test-data/csv/bad-unescaped-quote.csv" "$DATA/csv-spectrum/csvs/location_coordinates.csv"; do
		run -2 --separate-stderr csvdump "$f"
		assert_equal "$stderr" "csvdump: $f:2: bad quoting: a quote inside an unquoted field (quote the field and double the quote)"
	done
}

@test "csv: the delimiter is guessed from the header line among comma, semicolon and tab" {
	printf 'a;b;c\n1;2,5;3\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["a","b","c"],["1","2,5","3"]]'
	printf 'a\tb\n1;2\t3,4\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["a","b"],["1;2","3,4"]]'
	printf 'a,b\n1;2,3\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["a","b"],["1;2","3"]]'
}

@test "csv: delimiters inside quotes in the header do not count, and comma wins a tie" {
	printf '"a;b;c",d\n1,2\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["a;b;c","d"],["1","2"]]'
	printf 'a,b;c\n1,2;3\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["a","b;c"],["1","2;3"]]'
}

@test "csv: the delimiter is guessed from the header even after blank lines" {
	printf '\r\n\nid;answer;notes\nSAP.1.1;yes;a,b,c\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["id","answer","notes"],["SAP.1.1","yes","a,b,c"]]'
}

@test "csv: --delimiter forces the delimiter" {
	printf 'id;answer;a,b,c\nSAP.1.1;yes;x,y,z\n' >"$F"
	run -2 --separate-stderr isac-score -q "$F"
	assert_equal "$stderr" "isac-score: $F:1: no column 'id' (or 'nr') in the header; found 'id;answer;a', 'b', 'c' with delimiter ','"
	run -0 isac-score -q --delimiter ';' "$F"
	assert_line --partial "SAP,0,1,7"
	printf 'id\tanswer\nSAP.1.1\tyes\n' >"$F"
	run -0 isac-score -q -d tab "$F"
	assert_line --partial "SAP,0,1,7"
	run -0 isac-score -q -d '\t' "$F"
	assert_line --partial "SAP,0,1,7"
	printf 'id;answer;a,b,c\nSAP.1.1;yes;x,y,z\n' >"$F"
	run -0 isac-score -q -d semicolon "$F"
	assert_line --partial "SAP,0,1,7"
	printf 'id,answer,notes;a;b;c\nSAP.1.1,yes,x;y;z;w\n' >"$F"
	run -2 isac-score -q "$F"
	run -0 isac-score -q -d comma "$F"
	assert_line --partial "SAP,0,1,7"
	run -2 --separate-stderr isac-score -d ';;' "$F"
	assert_equal "${stderr_lines[0]}" "isac-score: bad delimiter ';;': use one character, or tab"
}

@test "csv: a UTF-8 byte-order mark is dropped" {
	printf '\357\273\277id,answer\nSAP.1.1,yes\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["id","answer"],["SAP.1.1","yes"]]'
}

@test "csv: LF, CRLF and CR line ends all read, and count lines alike" {
	for eol in '\n' '\r\n' '\r'; do
		printf "id,answer${eol}SAP.1.1,yes${eol}${eol}SAP.1.2,perhaps${eol}" >"$F"
		run -2 --separate-stderr isac-score "$F"
		assert_equal "$stderr" "isac-score: $F:4: unknown answer 'perhaps' for SAP.1.2"
	done
	printf 'a,b\r1,2\r' >"$F"
	run -0 csvdump "$F"
	assert_output '[["a","b"],["1","2"]]'
}

@test "csv: line numbers count the newlines inside quoted fields" {
	printf 'id,answer,notes\nSAP.1.1,yes,"one\ntwo\r\nthree"\nSAP.1.2,perhaps,x\n' >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_equal "$stderr" "isac-score: $F:5: unknown answer 'perhaps' for SAP.1.2"
}

@test "csv: an error in a record spanning lines names the line it starts on" {
	printf 'id,answer,notes\nSAP.1.1,"may\nbe",x\n' >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_equal "$stderr" "isac-score: $F:2: unknown answer 'may\\nbe' for SAP.1.1"
}

@test "csv: field text is kept exactly: spaces and tabs are not trimmed" {
	printf 'a,b\n  x , \ty\t\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["a","b"],["  x "," \ty\t"]]'
}

@test "csv: rows of empty fields, as spreadsheets write, are skipped like blank lines" {
	printf 'a;b;c\r\n1;2;3\r\n;;\r\n  ; ;\r\n\r\n4;5;6\r\n;;\r\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["a","b","c"],["1","2","3"],["4","5","6"]]'
}

@test "csv: blank lines before the header are skipped and the header's line is named" {
	printf '\n\nid,antwort\nSAP.1.1,ja\n' >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_equal "$stderr" "isac-score: $F:3: no column 'answer' (or 'antwoord') in the header; found 'id', 'antwort' with delimiter ','"
}

@test "csv: columns are found by name in any case, with spaces around, in any order" {
	printf 'Notes, ANSWER ,Id\nx,Yes,sap.1.1\n' >"$F"
	run -0 isac-score -q "$F"
	assert_line --partial "SAP,0,1,7"
}

@test "csv: a NUL byte in a field is an error" {
	printf 'id,answer\nSAP.1.1,y\000s\n' >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_equal "$stderr" "isac-score: $F:2: NUL byte in a field: is this a text file?"
}

@test "csv: a field longer than 1 MiB is an error" {
	{ printf 'id,answer,notes\nSAP.1.1,yes,'; head -c 1048577 /dev/zero | tr '\0' x; printf '\n'; } >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_equal "$stderr" "isac-score: $F:2: field longer than 1048576 bytes"
	{ printf 'id,answer,notes\nSAP.1.1,yes,'; head -c 1048576 /dev/zero | tr '\0' x; printf '\n'; } >"$F"
	run -0 isac-score -q "$F"
}

@test "csv: a record of more than 4096 fields is an error" {
	{ printf 'id,answer'; seq 4095 | sed 's/^/,c/' | tr -d '\n'; printf '\n'; } >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_equal "$stderr" "isac-score: $F:1: more than 4096 fields in a record"
}

@test "csv: output quotes a field only when it holds the delimiter, a quote or a line end" {
	printf 'id,capability,level,question\nA.1.1,A,1,plain text\nA.1.2,A,1,"with, comma"\nA.1.3,A,1,"say ""yes"""\nA.1.4,A,1,"two\nlines"\nA.1.5,A,1,semi;colon\n' >"$F"
	run -0 isac-score -T -m "$F"
	assert_output 'id,capability,level,question,answer,respondent,note
A.1.1,A,1,plain text,,,
A.1.2,A,1,"with, comma",,,
A.1.3,A,1,"say ""yes""",,,
A.1.4,A,1,"two
lines",,,
A.1.5,A,1,semi;colon,,,'
}

@test "csv: TSV output quotes a field holding a tab or line end, and reads back unchanged" {
	printf 'id,capability,level,question\nA.1.1,A,1,"tab\there"\nA.1.2,A,1,"two\nlines"\nA.1.3,A,1,"with, comma"\n' >"$F"
	isac-score -T -m "$F" >"$BATS_TEST_TMPDIR/out.csv"
	isac-score -T --tsv -m "$F" >"$BATS_TEST_TMPDIR/out.tsv"
	run -0 cat "$BATS_TEST_TMPDIR/out.tsv"
	assert_line --index 1 "$(printf 'A.1.1\tA\t1\t"tab\there"\t\t\t')"
	assert_line --index 4 "$(printf 'A.1.3\tA\t1\twith, comma\t\t\t')"
	assert_equal "$(csvdump "$BATS_TEST_TMPDIR/out.tsv")" "$(csvdump "$BATS_TEST_TMPDIR/out.csv")"
}

@test "csv: output has LF line ends and no byte-order mark, whatever the input had" {
	isac-score "$DATA/dutch-excel.csv" >"$BATS_TEST_TMPDIR/out.csv"
	run -1 grep -c $'\r' "$BATS_TEST_TMPDIR/out.csv"
	[ "$(head -c 3 "$BATS_TEST_TMPDIR/out.csv")" = "cap" ]
}

@test "csv: Excel's first line sep=; sets the delimiter, is skipped, and lines stay physical" {
	printf 'sep=;\r\nid;answer;note\r\nSAP.1.1;ja;a,b,c\r\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["id","answer","note"],["SAP.1.1","ja","a,b,c"]]'
	printf 'sep=;\r\nid;answer;note\r\nSAP.1.1;ja;x\r\nSAP.1.2;misschien;y\r\n' >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_equal "$stderr" "isac-score: $F:4: unknown answer 'misschien' for SAP.1.2"
	printf 'sep=,\nid;answer,note\nSAP.1.1;x,y\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["id;answer","note"],["SAP.1.1;x","y"]]'
	printf 'SEP=|\nid|answer;x\n1|2;3\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["id","answer;x"],["1","2;3"]]'
}

@test "csv: sep= with a TAB, after a byte-order mark, and in UTF-16" {
	printf 'sep=\t\na\tb,c\n1\t2,3\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["a","b,c"],["1","2,3"]]'
	printf '\357\273\277sep=;\na;b\n1;2\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["a","b"],["1","2"]]'
	printf 'sep=;\r\na;b,c\r\n1;2,3\r\n' | { printf '\377\376'; iconv -f UTF-8 -t UTF-16LE; } >"$F"
	run -0 csvdump "$F"
	assert_output '[["a","b,c"],["1","2,3"]]'
}

@test "csv: a line that only looks like sep= is the header, and -d outranks sep=" {
	printf 'sep=;;\nx;y;z\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["sep=","",""],["x","y","z"]]'
	printf '\nsep=;\na;b\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["sep=",""],["a","b"]]'
	printf 'sep=;\na,b;c\n1,2;3\n' >"$F"
	run -0 csvdump -d , "$F"
	assert_output '[["a","b;c"],["1","2;3"]]'
	printf 'sep=;\n' >"$F"
	run -2 --separate-stderr csvdump "$F"
	assert_equal "$stderr" "csvdump: $F: empty input: no header line"
	printf 'sep=;' >"$F"
	run -2 --separate-stderr csvdump "$F"
	assert_equal "$stderr" "csvdump: $F: empty input: no header line"
}

@test "csv: columns are found by their Dutch names as well" {
	printf 'Vraagnummer;Antwoord;Toelichting\r\nSAP.1.1;ja;x\r\n' >"$F"
	run -0 isac-score -q "$F"
	assert_line --partial "SAP,0,1,7"
	printf 'NR,antwoord\nSAP.1.1,ja\n' >"$F"
	run -0 isac-score -q "$F"
	assert_line --partial "SAP,0,1,7"
}

@test "csv: a missing column says what was looked for, what the header holds, and the delimiter" {
	printf 'a;b;c\n1;2;3\n' >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_equal "$stderr" "isac-score: $F:1: no column 'id' (or 'nr') in the header; found 'a', 'b', 'c' with delimiter ';'"
	printf 'id\tantw\nSAP.1.1\tja\n' >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_equal "$stderr" "isac-score: $F:1: no column 'answer' (or 'antwoord') in the header; found 'id', 'antw' with delimiter TAB"
}

@test "csv: header text in a message is escaped, not sent to the terminal raw" {
	printf 'x\033[31m,\342\200\256b\nSAP.1.1,ja\n' >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_equal "$stderr" "isac-score: $F:1: no column 'id' (or 'nr') in the header; found 'x\\033[31m', '\\u202Eb' with delimiter ','"
}

@test "csv: a column given by two of its names is an error" {
	printf 'id,Nr,answer\nSAP.1.1,SAP.1.2,yes\n' >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_equal "$stderr" "isac-score: $F:1: columns 1 'id' and 2 'Nr' name the same column"
}

@test "csv: /dev/zero stops at once with the NUL error" {
	run -2 --separate-stderr timeout 20 isac-score /dev/zero
	assert_equal "$stderr" "isac-score: /dev/zero:1: NUL byte in a field: is this a text file?"
	run -2 --separate-stderr sh -c 'head -c 3000000 /dev/zero | isac-score'
	assert_equal "$stderr" "isac-score: <stdin>:1: NUL byte in a field: is this a text file?"
	run -2 --separate-stderr sh -c 'head -c 3000000 /dev/zero | csvdump -e utf-16'
	assert_equal "$stderr" "csvdump: <stdin>:1: NUL byte in a field: is this a text file?"
}

@test "csv: a line with no end stops at the field limit while it is read" {
	run -2 --separate-stderr sh -c "yes | tr -d '\n' | head -c 3000000 | isac-score"
	assert_equal "$stderr" "isac-score: <stdin>:1: field longer than 1048576 bytes"
	run -2 --separate-stderr timeout 20 sh -c "yes | tr -d '\n' | isac-score"
	assert_equal "$stderr" "isac-score: <stdin>:1: field longer than 1048576 bytes"
	run -2 --separate-stderr timeout 20 sh -c "printf 'id,answer\n\"' | cat - /dev/zero | tr '\\000' x | isac-score"
	assert_equal "$stderr" "isac-score: <stdin>:2: field longer than 1048576 bytes"
	run -2 --separate-stderr timeout 20 sh -c "yes y, | tr -d '\n' | isac-score"
	assert_equal "$stderr" "isac-score: <stdin>:1: more than 4096 fields in a record"
}

@test "csv: a record longer than 16 MiB is an error naming its line" {
	{ printf 'id,answer\nSAP.1.1,yes\n'; for i in $(seq 17); do head -c 1000000 /dev/zero | tr '\0' x; printf ','; done; printf '\n'; } >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_equal "$stderr" "isac-score: $F:3: record longer than 16777216 bytes"
}

@test "csv: a limit hit in a record spanning lines names the line the record starts on" {
	{ printf 'id,answer,notes\nSAP.1.1,yes,x\nSAP.1.2,yes,"a\nb\n'; head -c 1048577 /dev/zero | tr '\0' x; printf '"\n'; } >"$F"
	[ "$(wc -l <"$F")" -eq 5 ]
	run -2 --separate-stderr isac-score "$F"
	assert_equal "$stderr" "isac-score: $F:3: field longer than 1048576 bytes"
	printf 'id,answer,notes\nSAP.1.1,yes,x\nSAP.1.2,yes,"a\nb\nc\000"\n' >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_equal "$stderr" "isac-score: $F:3: NUL byte in a field: is this a text file?"
	{ printf 'id,answer,notes\nSAP.1.1,yes,x\nSAP.1.2,"a\nb",'; head -c 1048577 /dev/zero | tr '\0' x; printf '\n'; } >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_equal "$stderr" "isac-score: $F:3: field longer than 1048576 bytes"
}

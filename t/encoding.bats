# SPDX-License-Identifier: EUPL-1.2
# The reader's input side (lib/encoding.c, lib/csv.c): files in the
# encodings spreadsheets save in, all read as UTF-8.  The fixtures in
# t/data/enc are one set of answers saved four ways (see make.sh there).
load test_helper

setup() {
	F="$BATS_TEST_TMPDIR/in.csv"
	ENC="$DATA/enc"
}

# utf8 FILE: FILE is valid UTF-8
utf8() {
	iconv -f UTF-8 -t UTF-8 "$1" >/dev/null
}

@test "reader: a Windows-1252 file from Dutch Excel reads as UTF-8" {
	run -0 csvdump "$ENC/antwoorden-excel.csv"
	[ "$(jq -c '.[0]' <<<"$output")" = '["Vraagnummer","Antwoord","Toelichting"]' ]
	[ "$(jq -c '.[3]' <<<"$output")" = '["SAP.1.3","ja","Uren: financiën regelt de penningmeester (€ 1.500 per jaar)"]' ]
	[ "$(jq -c '.[5]' <<<"$output")" = '["SAP.1.5","ja","“Akkoord” – zie notulen…"]' ]
	printf '%s\n' "$output" >"$BATS_TEST_TMPDIR/out"
	utf8 "$BATS_TEST_TMPDIR/out"
	# every note as the UTF-8 reference has it, the line break included
	assert_equal "$(jq -c '[.[1:][] | .[0], .[2]]' <<<"$output")" \
	    "$(csvdump "$ENC/answers-utf8.csv" | jq -c '[.[1:][] | .[0], .[2]]')"
}

@test "reader: Excel's Unicode text (UTF-16LE, its mark, TAB, CRLF) reads as the UTF-8 file does" {
	[ "$(head -c 2 "$ENC/answers-unicode.txt" | od -An -tx1)" = " ff fe" ]
	run -0 csvdump "$ENC/answers-unicode.txt"
	assert_output "$(csvdump "$ENC/answers-utf8.csv")"
	assert_output --partial '["SAP.2.2","partial","Eerste regel\ntweede regel"]'
}

@test "reader: UTF-16BE with its byte-order mark reads as the UTF-8 file does" {
	[ "$(head -c 2 "$ENC/answers-utf16be.txt" | od -An -tx1)" = " fe ff" ]
	run -0 csvdump "$ENC/answers-utf16be.txt"
	assert_output "$(csvdump "$ENC/answers-utf8.csv")"
}

@test "reader: isac-score gives the same levels for the same answers in UTF-8, Windows-1252 and UTF-16" {
	run -0 isac-score "$ENC/answers-utf8.csv"
	want=$output
	assert_line "SAP,1,6,6,2,4,0,8,0"
	assert_line "ISM,3,1,1,2,2,5,5,0"
	for f in antwoorden-excel.csv answers-unicode.txt answers-utf16be.txt; do
		run -0 isac-score "$ENC/$f"
		assert_output "$want"
	done
	run -0 isac-score --encoding UTF-16LE "$ENC/answers-unicode.txt"
	assert_output "$want"
	run -0 isac-score --encoding windows-1252 "$ENC/antwoorden-excel.csv"
	assert_output "$want"
}

@test "reader: the Windows-1252 characters 0x80-0x9F read as their Unicode characters" {
	printf 'a\n"\200\202\203\204\205\206\207\210\211\212\213\214\216\221\222\223\224\225\226\227\230\231\232\233\234\236\237"\n' >"$F"
	for enc in "" -ecp1252 -eWindows-1252; do
		run -0 csvdump $enc "$F"
		assert_output '[["a"],["€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"]]'
	done
}

@test "reader: the Windows-1252 bytes 0xA0-0xFF read as U+00A0-U+00FF" {
	{ printf 'a\n'; awk 'BEGIN { for (i = 160; i < 256; i++) printf "%c", i; printf "\n" }'; } >"$F"
	[ "$(wc -c <"$F")" -eq 99 ]
	want=$(tail -c 97 "$F" | head -c 96 | iconv -f ISO-8859-1 -t UTF-8)
	run -0 csvdump "$F"
	assert_output "$(jq -nc --arg s "$want" '[["a"],[$s]]')"
	[ "$(printf '%s' "$want" | wc -c)" -eq 192 ]
}

@test "reader: ASCII then a byte that is not UTF-8 reads as Windows-1252 from there, even past the first buffer" {
	{ printf 'id,note\n'; for i in $(seq 3000); do printf 'A.%d,plain ASCII text\n' "$i"; done; printf 'B.1,financi\353n \200 5\n'; } >"$F"
	run -0 csvdump "$F"
	[ "$(jq -c '.[-1]' <<<"$output")" = '["B.1","financiën € 5"]' ]
	[ "$(jq length <<<"$output")" -eq 3002 ]
}

@test "reader: a byte that is not UTF-8 after UTF-8 text is an error naming its line and byte" {
	printf 'id,note\nA,financiën\nB,financi\353n\n' >"$F"
	run -2 --separate-stderr csvdump "$F"
	assert_equal "$stderr" "csvdump: $F:3: mixed encodings: UTF-8 and Windows-1252 text in one file (byte 0xEB); save it as UTF-8"
	printf '\357\273\277id,note\nA,x\nB,y\n\nC,financi\353n\n' >"$F"
	run -2 --separate-stderr csvdump "$F"
	assert_equal "$stderr" "csvdump: $F:5: invalid UTF-8 (byte 0xEB) in a file marked as UTF-8 by its byte-order mark"
}

@test "reader: with utf-8 named, a byte that is not UTF-8 is an error naming its line and byte" {
	printf 'id,answer\nSAP.1.1,ja\nSAP.1.2,"two\nlines \351"\n' >"$F"
	run -2 --separate-stderr csvdump -e utf-8 "$F"
	assert_equal "$stderr" "csvdump: $F:4: invalid UTF-8 (byte 0xE9)"
	run -2 --separate-stderr isac-score --encoding utf8 "$F"
	assert_equal "$stderr" "isac-score: $F:4: invalid UTF-8 (byte 0xE9)"
	run -0 csvdump "$F"
	assert_output '[["id","answer"],["SAP.1.1","ja"],["SAP.1.2","two\nlines é"]]'
}

@test "reader: overlong forms, surrogates, code points past U+10FFFF and cut sequences are not UTF-8" {
	for bad in '\300\257' '\301\277' '\340\200\257' '\355\240\200' '\355\277\277' '\364\220\200\200' '\365\200\200\200' '\370\210\200\200\200' '\377' '\200' '\342\202'; do
		printf "a\nx$bad\n" >"$F"
		run -2 --separate-stderr csvdump -e utf-8 "$F"
		first=$(printf "$bad" | od -An -tx1 | awk '{ print toupper($1) }')
		assert_equal "$stderr" "csvdump: $F:2: invalid UTF-8 (byte 0x$first)"
	done
	printf 'a\n\342\202' >"$F"
	run -2 --separate-stderr csvdump -e utf-8 "$F"
	assert_equal "$stderr" "csvdump: $F:2: invalid UTF-8 (byte 0xE2)"
	# the largest valid forms are valid
	printf 'a\n\337\277\357\277\277\364\217\277\277\355\237\277\356\200\200\n' >"$F"
	run -0 csvdump -e utf-8 "$F"
	assert_output "$(printf '[["a"],["\337\277\357\277\277\364\217\277\277\355\237\277\356\200\200"]]')"
}

@test "reader: what is neither UTF-8 nor Windows-1252 is an error, and what is read is valid UTF-8" {
	printf 'a\n\300\257 \355\240\200 \364\240\200\200\n' >"$F"
	run -0 csvdump "$F"
	assert_output "$(printf '[["a"],["\303\200\302\257 \303\255\302\240\342\202\254 \303\264\302\240\342\202\254\342\202\254"]]')"
	printf '%s\n' "$output" >"$BATS_TEST_TMPDIR/out"
	utf8 "$BATS_TEST_TMPDIR/out"
	printf 'a\nx\n\300\220\n' >"$F"
	run -2 --separate-stderr csvdump "$F"
	assert_equal "$stderr" "csvdump: $F:3: byte 0x90 is neither UTF-8 nor Windows-1252: is this a text file?"
}

@test "reader: with windows-1252 named, the five bytes it leaves undefined are errors" {
	for b in 201 215 217 220 235; do
		printf "a\nx\n\\$b\n" >"$F"
		run -2 --separate-stderr csvdump -e cp1252 "$F"
		hex=$(printf '%X' "$((8#$b))")
		assert_equal "$stderr" "csvdump: $F:3: byte 0x$hex is not a Windows-1252 character"
	done
}

@test "reader: with windows-1252 named, even valid UTF-8 reads as Windows-1252" {
	printf 'a\nfinanci\303\253n\n' >"$F"
	run -0 csvdump -e windows-1252 "$F"
	assert_output '[["a"],["financiÃ«n"]]'
	run -0 csvdump -e Latin1 "$F"
	assert_output '[["a"],["financiÃ«n"]]'
	run -0 csvdump -e ISO-8859-1 "$F"
	assert_output '[["a"],["financiÃ«n"]]'
}

@test "reader: encoding names are known in any case, and others are refused" {
	printf 'a\nb\n' >"$F"
	for e in utf-8 UTF8 Utf-16 utf16le UTF-16BE cp1252 WINDOWS-1252 latin1 iso-8859-1 auto; do
		run -0 csvdump -e "$e" "$F"
	done
	run -2 --separate-stderr csvdump -e utf-32 "$F"
	assert_equal "$stderr" "csvdump: bad encoding 'utf-32'"
	run -2 --separate-stderr isac-score --encoding ebcdic "$F"
	assert_equal "${stderr_lines[0]}" "isac-score: unknown encoding 'ebcdic': use utf-8, windows-1252, utf-16, utf-16le or utf-16be"
}

@test "reader: a UTF-16 surrogate pair reads as one 4-byte UTF-8 character" {
	printf '\377\376a\000\n\000=\330M\334x\000\n\000' >"$F"
	run -0 csvdump "$F"
	assert_output '[["a"],["👍x"]]'
	printf '\376\377\000a\000\n\330=\334M\000x\000\n' >"$F"
	run -0 csvdump "$F"
	assert_output '[["a"],["👍x"]]'
}

@test "reader: an unpaired UTF-16 surrogate is an error naming its line" {
	printf '\377\376a\000\n\000b\000\n\000=\330x\000\n\000' >"$F"
	run -2 --separate-stderr csvdump "$F"
	assert_equal "$stderr" "csvdump: $F:3: invalid UTF-16: unpaired surrogate 0xD83D"
	printf '\377\376a\000\n\000M\334\n\000' >"$F"
	run -2 --separate-stderr csvdump "$F"
	assert_equal "$stderr" "csvdump: $F:2: invalid UTF-16: unpaired surrogate 0xDC4D"
	printf '\377\376a\000\n\000b\000=\330' >"$F"
	run -2 --separate-stderr csvdump "$F"
	assert_equal "$stderr" "csvdump: $F:2: invalid UTF-16: unpaired surrogate 0xD83D"
}

@test "reader: UTF-16 that ends in an odd byte is an error" {
	printf '\377\376a\000\n\000b\000\n' >"$F"
	run -2 --separate-stderr csvdump "$F"
	assert_equal "$stderr" "csvdump: $F:2: invalid UTF-16: the file ends in half a character (an odd number of bytes)"
}

@test "reader: utf-16 named reads by the byte-order mark, little-endian without one" {
	printf 'a\000\n\000\351\000\n\000' >"$F"
	run -0 csvdump -e utf-16 "$F"
	assert_output '[["a"],["é"]]'
	run -0 csvdump -e utf-16le "$F"
	assert_output '[["a"],["é"]]'
	printf '\376\377\000a\000\n\000\351\000\n' >"$F"
	run -0 csvdump -e utf-16 "$F"
	assert_output '[["a"],["é"]]'
	# without the mark and the name, UTF-16 is taken for binary
	printf 'a\000\n\000' >"$F"
	run -2 --separate-stderr csvdump "$F"
	assert_equal "$stderr" "csvdump: $F:1: NUL byte in a field: is this a text file?"
}

@test "reader: utf-16le or utf-16be named drops a mark of that order and refuses the other" {
	printf '\000a\000\n\000\351\000\n' >"$F"
	run -0 csvdump -e utf-16be "$F"
	assert_output '[["a"],["é"]]'
	printf '\376\377\000a\000\n\000\351\000\n' >"$F"
	run -0 csvdump -e utf-16be "$F"
	assert_output '[["a"],["é"]]'
	run -2 --separate-stderr csvdump -e utf-16le "$F"
	assert_equal "$stderr" "csvdump: $F:1: the byte-order mark says UTF-16BE, not the UTF-16LE asked for"
	printf '\377\376a\000\n\000' >"$F"
	run -2 --separate-stderr csvdump -e utf-16be "$F"
	assert_equal "$stderr" "csvdump: $F:1: the byte-order mark says UTF-16LE, not the UTF-16BE asked for"
}

@test "reader: line numbers count the lines of the converted text" {
	printf 'id\tanswer\r\nSAP.1.1\tja\r\n\r\nSAP.1.2\t"nee\nof\nja"\r\nSAP.1.3\tmisschien\r\n' |
	    { printf '\377\376'; iconv -f UTF-8 -t UTF-16LE; } >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_equal "$stderr" "isac-score: $F:4: unknown answer 'nee\\nof\\nja' for SAP.1.2"
}

@test "reader: what the reader reads from every fixture is valid UTF-8" {
	for f in "$ENC"/*.csv "$ENC"/*.txt; do
		csvdump "$f" >"$BATS_TEST_TMPDIR/out"
		utf8 "$BATS_TEST_TMPDIR/out"
		[ -s "$BATS_TEST_TMPDIR/out" ]
	done
	run -1 utf8 "$ENC/antwoorden-excel.csv"
}

@test "reader: the fixtures are what make.sh makes" {
	command -v iconv >/dev/null || fail "no iconv"
	cp -R "$ENC" "$BATS_TEST_TMPDIR/enc"
	sh "$BATS_TEST_TMPDIR/enc/make.sh"
	for f in "$ENC"/*.csv "$ENC"/*.txt; do
		cmp "$f" "$BATS_TEST_TMPDIR/enc/${f##*/}"
	done
}

@test "reader: a character cut by the end of a 64 KiB read reads whole" {
	# é (C3 A9) at bytes 65535-65536
	{ printf 'a\n'; head -c 65533 /dev/zero | tr '\0' x; printf '\303\251\n'; } >"$F"
	run -0 csvdump -e utf-8 "$F"
	[ "$(jq -r '.[1][0][-2:]' <<<"$output")" = "xé" ]
	# the same with no encoding named: still UTF-8, not Windows-1252
	run -0 csvdump "$F"
	[ "$(jq -r '.[1][0][-2:]' <<<"$output")" = "xé" ]
	# a lead byte at 65536 whose next byte is not UTF-8: Windows-1252
	{ printf 'a\n'; head -c 65533 /dev/zero | tr '\0' x; printf '\303n\n'; } >"$F"
	run -0 csvdump "$F"
	[ "$(jq -r '.[1][0][-3:]' <<<"$output")" = "xÃn" ]
	# a UTF-16 surrogate pair at bytes 65535-65538
	{ printf '\377\376a\000\n\000'; head -c 32764 /dev/zero | tr '\0' x | iconv -f UTF-8 -t UTF-16LE; printf '=\330M\334\n\000'; } >"$F"
	run -0 csvdump "$F"
	[ "$(jq -r '.[1][0][-2:]' <<<"$output")" = "x👍" ]
	[ "$(jq -r '.[1][0] | length' <<<"$output")" -eq 32765 ]
}

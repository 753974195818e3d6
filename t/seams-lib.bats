# SPDX-License-Identifier: EUPL-1.2
# Seams in lib/ (issue 18, items 4, 6 and 9): whole numbers that wrapped,
# the two orders of mixed encodings, spreadsheet safety after leading
# blanks, and text made one line for line-oriented readers.
load test_helper

setup() {
	F="$BATS_TEST_TMPDIR/in.csv"
	T="$BATS_TEST_TMPDIR"
	R="$DATA/render"
}

# --- whole numbers (text_uint) ---------------------------------------------

@test "number: a digit above the largest allowed is refused, not wrapped" {
	run -2 --separate-stderr libtest uint 3 7
	assert_equal "$stderr" "libtest: '7' is not a whole number from 0 to 3"
	run -2 --separate-stderr libtest uint 5 9
	assert_equal "$stderr" "libtest: '9' is not a whole number from 0 to 5"
	run -0 libtest uint 3 3
	assert_output 3
	run -0 libtest uint 3 ' 2 '
	assert_output 2
}

@test "number: with 0 the largest, only 0 is a number" {
	run -0 libtest uint 0 0
	assert_output 0
	run -0 libtest uint 0 000
	assert_output 0
	for n in 1 9 10; do
		run -2 --separate-stderr libtest uint 0 "$n"
		assert_equal "$stderr" "libtest: '$n' is not a whole number from 0 to 0"
	done
}

@test "number: one past the largest, in more digits, and past the range of an unsigned long are refused" {
	run -0 libtest uint 9 9
	assert_output 9
	run -0 libtest uint 1000 1000
	assert_output 1000
	for a in "9 10" "1000 1001" "5 15" "18446744073709551615 18446744073709551616" "18446744073709551615 99999999999999999999" "3 -1" "3 +1" "3 ''"; do
		eval "set -- $a"
		run -2 --separate-stderr libtest uint "$1" "$2"
		assert_equal "$stderr" "libtest: '$2' is not a whole number from 0 to $1"
	done
	run -0 libtest uint 18446744073709551615 18446744073709551615
	assert_output 18446744073709551615
}

@test "number: level 7 in a score table of a three-level model is an error naming its line, and nothing is written" {
	sed '3s/^WM,2,/WM,7,/' "$R/score.csv" >"$F"
	for f in html csv text; do
		run -2 --separate-stderr isac-render -f "$f" --tlp clear "$F"
		assert_output ""
		assert_equal "$stderr" "isac-render: $F:3: '7' in column 'level' is not a whole number from 0 to 3"
	done
	sed '3s/^WM,2,/WM,3,/' "$R/score.csv" >"$F"
	run -0 isac-render -f csv --tlp clear "$F"
}

@test "number: a target level past the model in isac-gap --target is an error naming its line" {
	answers yes >"$T/answers.csv"
	for t in 7 4 10 18446744073709551617; do
		printf 'capability,target\nSAP,2\nWM,%s\n' "$t" >"$F"
		run -2 --separate-stderr isac-gap -g "$F" "$T/answers.csv"
		assert_output ""
		assert_equal "$stderr" "isac-gap: $F:3: target '$t' for WM is not a level of the model: use 0 to 3"
	done
}

@test "number: a level past 9 in a gap summary is an error naming its line" {
	sed '3s/^WM,2,2,0$/WM,2,10,8/' "$R/summary.csv" >"$F"
	! cmp -s "$F" "$R/summary.csv"
	run -2 --separate-stderr isac-render -f html --tlp clear "$F"
	assert_output ""
	assert_equal "$stderr" "isac-render: $F:3: '10' in column 'target' is not a whole number from 0 to 9"
}

# --- mixed encodings ---------------------------------------------------------

@test "encoding: Windows-1252 first and UTF-8 later is an error, as the other order is" {
	printf 'id,note\nA,financi\353n\nB,financi\303\253n\n' >"$F"
	run -2 --separate-stderr csvdump "$F"
	assert_equal "$stderr" "csvdump: $F:3: mixed encodings: UTF-8 and Windows-1252 text in one file (bytes 0xC3 0xAB); save it as UTF-8"
	# the other order, as it was
	printf 'id,note\nA,financi\303\253n\nB,financi\353n\n' >"$F"
	run -2 --separate-stderr csvdump "$F"
	assert_equal "$stderr" "csvdump: $F:3: mixed encodings: UTF-8 and Windows-1252 text in one file (byte 0xEB); save it as UTF-8"
	# and through a program, nothing written in either order
	printf 'id,answer,note\nSAP.1.1,yes,financi\353n\nSAP.1.2,no,\n\nSAP.1.3,no,financi\303\253n\n' >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_output ""
	assert_equal "$stderr" "isac-score: $F:5: mixed encodings: UTF-8 and Windows-1252 text in one file (bytes 0xC3 0xAB); save it as UTF-8"
	printf 'id,answer,note\nSAP.1.1,yes,financi\303\253n\nSAP.1.2,no,\n\nSAP.1.3,no,financi\353n\n' >"$F"
	run -2 --separate-stderr isac-score "$F"
	assert_output ""
	assert_equal "$stderr" "isac-score: $F:5: mixed encodings: UTF-8 and Windows-1252 text in one file (byte 0xEB); save it as UTF-8"
}

@test "encoding: after Windows-1252, UTF-8 of three and four bytes is an error too, on its own line" {
	printf 'id,note\nA,financi\353n\nB,x\nC,"two\nlines \342\202\254 5"\n' >"$F"
	run -2 --separate-stderr csvdump "$F"
	assert_equal "$stderr" "csvdump: $F:5: mixed encodings: UTF-8 and Windows-1252 text in one file (bytes 0xE2 0x82 0xAC); save it as UTF-8"
	printf 'id,note\nA,\200 5\nB,\360\237\230\200\n' >"$F"
	run -2 --separate-stderr csvdump "$F"
	assert_equal "$stderr" "csvdump: $F:3: mixed encodings: UTF-8 and Windows-1252 text in one file (bytes 0xF0 0x9F 0x98 0x80); save it as UTF-8"
}

@test "encoding: UTF-8 after Windows-1252 is found where it straddles two buffers" {
	for pad in 65529 65530 65531 65532 65533; do
		{ printf 'a\n\353\n'; head -c "$pad" /dev/zero | tr '\0' x; printf '\342\202\254\n'; } >"$F"
		run -2 --separate-stderr csvdump "$F"
		assert_equal "$stderr" "csvdump: $F:3: mixed encodings: UTF-8 and Windows-1252 text in one file (bytes 0xE2 0x82 0xAC); save it as UTF-8"
	done
}

@test "encoding: Windows-1252 that is not UTF-8 after the guess still reads, a lead byte at the end included" {
	# Ã then a space, Â at the very end: no UTF-8 sequence
	printf 'id,note\nA,financi\353n\nB,\303 \200\nC,\302' >"$F"
	run -0 csvdump "$F"
	assert_output '[["id","note"],["A","financiën"],["B","Ã €"],["C","Â"]]'
}

@test "encoding: with windows-1252 named, UTF-8 after Windows-1252 reads as Windows-1252" {
	printf 'id,note\nA,financi\353n\nB,financi\303\253n\n' >"$F"
	for e in windows-1252 cp1252 latin1; do
		run -0 csvdump -e "$e" "$F"
		assert_output '[["id","note"],["A","financiën"],["B","financiÃ«n"]]'
	done
}

# --- spreadsheet safety ------------------------------------------------------

@test "safe: a formula after leading spaces or tabs gets an apostrophe" {
	run -0 libtest out csv -s ' =1+1' "$(printf '\t=1+1')" '  @SUM(A1)' "$(printf ' \t+cmd')" ' -2+3' '   '
	assert_output "$(printf "' =1+1,'\t=1+1,'  @SUM(A1),' \t+cmd,' -2+3,   ")"
	run -0 libtest out csv ' =1+1'
	assert_output ' =1+1'
}

@test "safe: a plain signed number after leading spaces is left alone; a leading TAB is not" {
	run -0 libtest out csv -s ' -1' '  +3' ' 5' "$(printf '\t-1')" ' - 1' ' -'
	assert_output "$(printf " -1,  +3, 5,'\t-1,' - 1,' -")"
}

@test "safe: isac-render --spreadsheet-safe and --excel neutralise ' =1+1' and TAB =1+1" {
	printf 'id,note\nA, =1+1\nB,"\t=1+1"\nC, -1\nD,plain\n' >"$F"
	run -0 isac-render -f csv --spreadsheet-safe --tlp clear "$F"
	assert_output "$(printf "id,note\nA,' =1+1\nB,'\t=1+1\nC, -1\nD,plain")"
	run -0 isac-render -f csv --excel --tlp clear "$F"
	assert_output "$(printf "\357\273\277id;note\r\nA;' =1+1\r\nB;'\t=1+1\r\nC; -1\r\nD;plain\r")"
	run -0 isac-render -f csv --tlp clear "$F"
	assert_output "$(printf "id,note\nA, =1+1\nB,\t=1+1\nC, -1\nD,plain")"
}

# --- one line (text_oneline) -------------------------------------------------

@test "oneline: NEL, U+2028 and U+2029 become one space each" {
	run -0 libtest oneline "$(printf 'a\302\205b\342\200\250c\342\200\251d')"
	assert_output "$(printf '[a b c d]\n7')"
}

@test "oneline: every C1 control, 0x80 to 0x9F as UTF-8, becomes a space" {
	s=$(awk 'BEGIN { for (i = 128; i < 160; i++) printf "\302%c", i }')
	[ "${#s}" -gt 0 ]
	run -0 env LC_ALL=C libtest oneline "x${s}y"
	assert_output "[x$(printf '%32s' '')y]
34"
}

@test "oneline: CR, LF, TAB, the other C0 controls and DEL become spaces" {
	run -0 libtest oneline "$(printf 'a\r\nb\tc\001d\037e\177f')"
	assert_output "$(printf '[a  b c d e f]\n12')"
}

@test "oneline: printable UTF-8 is kept, and so are invisible characters that break no line" {
	run -0 libtest oneline "$(printf 'financi\303\253n \342\202\254 5\342\200\213!')"
	assert_output "$(printf '[financi\303\253n \342\202\254 5\342\200\213!]\n20')"
}

@test "oneline: a byte that is not UTF-8 becomes a space" {
	run -0 libtest oneline "$(printf 'x\205y\303')"
	assert_output "$(printf '[x y ]\n4')"
}

@test "oneline: a line longer than any buffer is kept whole" {
	long=$(awk 'BEGIN { for (i = 0; i < 3000; i++) printf "\303\251"; }')
	run -0 libtest oneline "$long"
	assert_output "$(printf '[%s]\n6000' "$long")"
}

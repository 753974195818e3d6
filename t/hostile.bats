#!/usr/bin/env bats
# SPDX-License-Identifier: EUPL-1.2
# hostile.bats: the hostile corpus (t/data/hostile/, and what make-big.sh
# writes) through every program that reads that kind of file.  Each run
# ends in a result (exit 0; 1 for a check that finds something) or in one
# clear error: exit 2, one line naming the file (and line), nothing on
# standard output.  Never a crash, a hang, a sanitizer report, or a raw
# control byte in a message.

load test_helper

H="$DATA/hostile"
GOOD="$SHARE/examples/answers-2026.csv"
GAP="$DATA/render/gap.csv"

setup_file() {
	sh "$BATS_TEST_DIRNAME/data/hostile/make-big.sh" "$BATS_FILE_TMPDIR/big"
}

# check FILE PROG ARGS...: runs one program (FILE is the hostile input
# among ARGS) and prints what is wrong with how it ended, if anything.
check() {
	local file=$1 out err st lines prog=$2
	shift
	out=$(mktemp) err=$(mktemp)
	timeout 20 "$@" >"$out" 2>"$err" </dev/null
	st=$?
	lines=$(wc -l <"$err")
	if [ $st -eq 124 ]; then
		echo "$*: hangs"
	elif [ $st -gt 2 ]; then
		echo "$*: exit $st: $(head -c 300 "$err")"
	elif grep -qE 'Sanitizer|runtime error:|==[0-9]+==' "$err"; then
		echo "$*: sanitizer: $(head -c 300 "$err")"
	elif LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]' "$err"; then
		echo "$*: raw control bytes in the message"
	elif [ $st -eq 2 ] && [ -s "$out" ]; then
		echo "$*: exit 2 after output"
	elif [ $st -eq 2 ] && [ "$lines" -ne 1 ]; then
		echo "$*: exit 2 with $lines lines: $(head -c 300 "$err")"
	elif [ $st -eq 2 ] && ! grep -qF "$prog: $file" "$err" &&
	    ! grep -qE "^$prog: [^ ]+\.csv(:[0-9]+)?: " "$err"; then
		echo "$*: the message names no file: $(cat "$err")"
	elif [ $st -eq 1 ] && [ "$prog" != isac-gap ] &&
	    [ "$prog $2" != "isac-roster check" ]; then
		echo "$*: exit 1"
	elif [ $st -lt 2 ] && [ ! -s "$out" ]; then
		echo "$*: exit $st without output"
	elif [ $st -lt 2 ] && grep -qv "^$prog: warning: " "$err"; then
		echo "$*: exit $st with a message that is no warning"
	fi
	rm -f "$out" "$err"
}

# corpus: every hostile file, small and big.
corpus() {
	ls "$H"/*.csv "$H"/*.bin "$BATS_FILE_TMPDIR"/big/*.csv
}

# each ROLE: runs every corpus file through the programs that read it as
# ROLE, and fails listing every run that went wrong.
each() {
	local role=$1 f bad=""
	for f in $(corpus); do
		case $role in
		answers)
			bad+=$(check "$f" isac-score -q "$f")
			bad+=$(check "$f" isac-score -D "$f")
			bad+=$(check "$f" isac-gap -L 2 "$f")
			bad+=$(check "$f" isac-gap -C "$f")
			;;
		model)
			bad+=$(check "$f" isac-score -m "$f" "$GOOD")
			;;
		target)
			bad+=$(check "$f" isac-gap -g "$f" "$GOOD")
			;;
		gap)
			bad+=$(check "$f" isac-plan -q "$f")
			bad+=$(check "$f" isac-plan -q -p "$f" "$GAP")
			;;
		roster)
			bad+=$(check "$f" isac-roster check "$f")
			bad+=$(check "$f" isac-roster mailing-list "$f")
			bad+=$(check "$f" isac-plan -q -o "$f" "$GAP")
			;;
		render)
			for fmt in text csv md html svg json; do
				bad+=$(check "$f" isac-render -f $fmt "$f")
			done
			;;
		esac
	done
	[ -z "$bad" ] || { printf '%s\n' "$bad"; return 1; }
}

@test "hostile: the corpus holds at least 40 files" {
	[ "$(corpus | wc -l)" -ge 40 ]
}

@test "hostile: every corpus file read as answers ends in a result or one clear error" {
	each answers
}

@test "hostile: every corpus file read as a model ends in a result or one clear error" {
	each model
}

@test "hostile: every corpus file read as targets ends in a result or one clear error" {
	each target
}

@test "hostile: every corpus file read as a gap or a previous plan ends in a result or one clear error" {
	each gap
}

@test "hostile: every corpus file read as a roster ends in a result or one clear error" {
	each roster
}

@test "hostile: every corpus file renders in every format or ends in one clear error" {
	each render
}

# --- tables of every kind (kind-*.csv) -----------------------------------

@test "hostile: a table of any kind naming a column twice, in either language or case, is refused by isac-render, isac-plan and isac-gap" {
	local f n=0 bad="" cmd
	for f in "$H"/kind-*twice.csv; do
		n=$((n + 1))
		for cmd in "isac-render -f text" "isac-render -f csv" \
		    "isac-render -f md" "isac-render -f html" \
		    "isac-render -f svg" "isac-render -f json --tlp clear" \
		    "isac-plan -q" "isac-gap -L 2" "isac-gap -C"; do
			run --separate-stderr timeout 20 $cmd "$f"
			[ "$status" -eq 2 ] && [ -z "$output" ] &&
			    [[ $stderr =~ ^${cmd%% *}:\ $f:1:\ columns\ [0-9]+\ \'[^\']+\'\ and\ [0-9]+\ \'[^\']+\'\ name\ the\ same\ column$ ]] ||
			    bad+="$cmd $f: $status '$stderr'"$'\n'
		done
		run --separate-stderr timeout 20 isac-plan -q -p "$f" "$GAP"
		[ "$status" -eq 2 ] && [[ $stderr == "isac-plan: $f:1: columns "* ]] ||
		    bad+="isac-plan -p $f: $status '$stderr'"$'\n'
		run --separate-stderr timeout 20 isac-gap -g "$f" "$GOOD"
		[ "$status" -eq 2 ] && [[ $stderr == "isac-gap: $f:1: columns "* ]] ||
		    bad+="isac-gap -g $f: $status '$stderr'"$'\n'
	done
	[ "$n" -ge 18 ]
	[ -z "$bad" ] || { printf '%s' "$bad"; return 1; }
}

@test "hostile: a tlp column in the corpus tables labels the document TLP:RED, and --tlp clear leaves its red and amber rows out" {
	local f n=0
	for f in "$H"/kind-*-tlp-[0-9]*.csv; do
		n=$((n + 1))
		run -0 --separate-stderr isac-render "$f"
		assert_line --index 0 TLP:RED
		for fmt in text csv md html json; do
			run -0 --separate-stderr isac-render -f $fmt --tlp clear "$f"
			assert_equal "$stderr" "isac-render: warning: $f: 2 rows labelled stricter than TLP:CLEAR left out"
			refute_output --partial TLP:RED
			refute_output --partial TLP:AMBER
			refute_output --regexp '[Rr]ed (note|question|action|message)'
		done
	done
	[ "$n" -ge 18 ]
}

@test "hostile: a tlp column in every position of a table of every kind is found, and its red row left out" {
	local k f p n bad=""
	for k in "$DATA"/render/kinds/*.csv; do
		n=$(head -1 "$k" | awk -F, '{ print NF }')
		for p in $(seq 1 "$n"); do
			f=$BATS_TEST_TMPDIR/${k##*/}
			# the tlp column (last) moved to position p
			awk -F, -v OFS=, -v p="$p" '{
				t = $NF; s = ""
				for (i = 1; i < NF; i++) {
					if (i == p) s = s t OFS
					s = s $i (i < NF - 1 || p == NF ? OFS : "")
				}
				if (p == NF) s = s t
				print s }' "$k" >"$f"
			run --separate-stderr isac-render -f html --tlp clear "$f"
			[ "$status" -eq 0 ] && [[ $output != *SECRET* ]] &&
			    [ "$stderr" = "isac-render: warning: $f: 1 row labelled stricter than TLP:CLEAR left out" ] ||
			    bad+="$k at $p: $status $stderr"$'\n'
			run --separate-stderr isac-render "$f"
			[ "$status" -eq 0 ] && [ "${lines[0]}" = TLP:RED ] ||
			    bad+="$k at $p: $status ${lines[0]}"$'\n'
		done
	done
	[ -z "$bad" ] || { printf '%s' "$bad"; return 1; }
}

@test "hostile: huge counts in a score or gap summary are an error naming the line, in every format" {
	for fmt in text csv md html svg json; do
		run -2 --separate-stderr isac-render -f $fmt "$H/kind-score-huge.csv"
		assert_output ""
		assert_equal "$stderr" "isac-render: $H/kind-score-huge.csv:3: '18446744073709551616' in column 'yes_1' is not a whole number from 0 to 100000"
		run -2 --separate-stderr isac-render -f $fmt "$H/kind-gap-summary-huge.csv"
		assert_equal "$stderr" "isac-render: $H/kind-gap-summary-huge.csv:3: '9223372036854775808' in column 'current' is not a whole number from 0 to 9"
	done
}

# --- input that changes while it is read ----------------------------------

@test "hostile: a file that changes while it is read is an error naming where reading stopped" {
	local f=$BATS_TEST_TMPDIR/c.csv s=$BATS_TEST_TMPDIR/s.csv
	big() { awk 'BEGIN { print "a,b"; for (i = 1; i <= 20000; i++) print "r" i ",x" }' >"$f"; }
	big
	run -0 libtest change "$f" none
	assert_output 20000
	big
	run -2 --separate-stderr libtest change "$f" truncate
	assert_output ""
	assert_equal "$stderr" "libtest: $f:10618: changed while it was read"
	big
	run -2 --separate-stderr libtest change "$f" append
	assert_equal "$stderr" "libtest: $f:20002: changed while it was read"
	big
	run -2 --separate-stderr libtest change "$f" touch
	assert_equal "$stderr" "libtest: $f:20001: changed while it was read"
	# a file read whole when it was opened, changed before its end is read
	for how in truncate append touch; do
		printf 'a,b\n1,2\n' >"$s"
		run -2 --separate-stderr libtest change "$s" $how
		assert_equal "$stderr" "libtest: $s:2: changed while it was read"
	done
}

@test "hostile: a pipe is read as it comes: no size to compare" {
	local p=$BATS_TEST_TMPDIR/fifo
	mkfifo "$p"
	printf 'a,b\n1,2\n3,4\n' >"$p" &
	run -0 libtest change "$p" none
	assert_output 2
	wait
	run -0 sh -c "printf 'a,b\n1,2\n' | isac-render -f csv"
	assert_output "a,b
1,2"
}

@test "hostile: isac-score gives every small corpus file its known result or message" {
	local f st err bad=""
	cd "$H"
	while IFS=$'\t' read -r f st err; do
		run --separate-stderr timeout 20 isac-score -q "$f"
		[ "$status" = "$st" ] && [ "$stderr" = "$err" ] ||
		    bad+="$f: $status '$stderr', not $st '$err'"$'\n'
	done <expected-score.txt
	[ -z "$bad" ] || { printf '%s' "$bad"; return 1; }
}

@test "hostile: a 100 MB field stops at the 1 MiB limit in every program" {
	local f=$BATS_FILE_TMPDIR/big/field-100mb.csv
	run -2 --separate-stderr timeout 20 isac-score "$f"
	assert_equal "$stderr" "isac-score: $f:2: field longer than 1048576 bytes"
	assert_equal "$output" ""
	run -2 --separate-stderr timeout 20 isac-render -f html "$f"
	assert_equal "$stderr" "isac-render: $f:2: field longer than 1048576 bytes"
	# isac-roster refuses an answers header before any row: a roster's.
	r=$BATS_TEST_TMPDIR/roster-100mb.csv
	{ echo org,name,email,role,rep,signed,joined,left; tail -n +2 "$f"; } >"$r"
	run -2 --separate-stderr timeout 20 isac-roster check "$r"
	assert_equal "$stderr" "isac-roster: $r:2: field longer than 1048576 bytes"
}

@test "hostile: endless records stop at a limit: /dev/zero, and yes without line ends" {
	run -2 --separate-stderr timeout 20 isac-gap -L 2 /dev/zero
	assert_equal "$stderr" "isac-gap: /dev/zero:1: NUL byte in a field: is this a text file?"
	run -2 --separate-stderr timeout 20 sh -c "yes | tr -d '\\n' | isac-score"
	assert_equal "$stderr" "isac-score: <stdin>:1: field longer than 1048576 bytes"
	run -2 --separate-stderr timeout 20 sh -c "yes 'id,' | tr -d '\\n' | isac-render"
	assert_equal "$stderr" "isac-render: <stdin>:1: more than 4096 fields in a record"
}

@test "hostile: 100,000 columns stop at 4096, and a million empty lines count" {
	local b=$BATS_FILE_TMPDIR/big
	run -2 --separate-stderr timeout 20 isac-plan "$b/columns-100k.csv"
	assert_equal "$stderr" "isac-plan: $b/columns-100k.csv:1: more than 4096 fields in a record"
	run -2 --separate-stderr timeout 20 isac-score "$b/empty-lines.csv"
	assert_equal "$stderr" "isac-score: $b/empty-lines.csv: empty input: no header line"
	run -2 --separate-stderr timeout 20 isac-score "$b/empty-lines-then-row.csv"
	assert_equal "$stderr" "isac-score: $b/empty-lines-then-row.csv:1000002: unknown answer 'maybe' for SAP.1.1"
}

@test "hostile: a quote left open at the end of 10 MB names its line and writes nothing" {
	local f=$BATS_FILE_TMPDIR/big/unbalanced-quote-10mb.csv
	run -2 --separate-stderr timeout 20 isac-score -D "$f"
	assert_equal "$stderr" "isac-score: $f:250002: quoted field not closed at end of file"
	assert_equal "$output" ""
	run -2 --separate-stderr timeout 20 isac-render -f json "$f"
	assert_equal "$stderr" "isac-render: $f:250002: quoted field not closed at end of file"
	assert_equal "$output" ""
}

@test "hostile: more than 1000 periods or 100000 respondents is an error naming the line" {
	local f=$BATS_TEST_TMPDIR/p.csv
	awk 'BEGIN { print "period,id,answer"
		for (i = 0; i <= 1000; i++) print "p" i ",SAP.1.1,yes" }' >"$f"
	run -2 --separate-stderr isac-score "$f"
	assert_equal "$stderr" "isac-score: $f:1002: more than 1000 periods"
	awk 'BEGIN { print "respondent,id,answer"
		for (i = 0; i <= 100000; i++) print "r" i ",SAP.1.1,yes" }' >"$f"
	run -2 --separate-stderr isac-gap -L 2 "$f"
	assert_equal "$stderr" "isac-gap: $f:100002: more than 100000 respondents"
	run -2 --separate-stderr isac-score -q "$BATS_FILE_TMPDIR/big/periods-2000.csv"
	assert_equal "$stderr" "isac-score: $BATS_FILE_TMPDIR/big/periods-2000.csv:1002: more than 1000 periods"
}

@test "hostile: a CR line end followed by text then LF counts two lines" {
	local f=$BATS_TEST_TMPDIR/cr.csv
	printf 'id,answer\r\nSAP.1.1,yes\rSAP.1.2,no\nSAP.1.3,maybe\n' >"$f"
	run -2 --separate-stderr isac-score "$f"
	assert_equal "$stderr" "isac-score: $f:4: unknown answer 'maybe' for SAP.1.3"
	printf 'id,answer,note\n"SAP.1.1",yes,"a\r"\nSAP.1.2,maybe,\n' >"$f"
	run -2 --separate-stderr isac-score "$f"
	assert_equal "$stderr" "isac-score: $f:4: unknown answer 'maybe' for SAP.1.2"
}

@test "hostile: an answer given twice out of order names the first line" {
	local f=$BATS_TEST_TMPDIR/twice.csv
	printf 'respondent,id,answer\nA,SAP.1.2,yes\nB,SAP.1.2,no\nA,SAP.1.1,yes\nA,SAP.1.3,no\nA,sap.1.2,no\n' >"$f"
	run -2 --separate-stderr isac-score "$f"
	assert_equal "$stderr" "isac-score: $f:6: SAP.1.2 answered twice by 'A' (first on line 2)"
}

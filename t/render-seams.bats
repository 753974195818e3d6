# SPDX-License-Identifier: EUPL-1.2
# isac-render at its seams (issue 18): headers that name a column twice,
# the TLP label of every kind of table in every format, rows left out
# without a trace, headers checked before rows, and time in proportion
# to the rows.
load test_helper

R="$BATS_TEST_DIRNAME/data/render"
K="$R/kinds"
FORMATS="text csv md html svg json"

setup() {
	T="$BATS_TEST_TMPDIR"
}

# charts KIND-FILE: is it a kind a chart draws?
charts() {
	case ${1##*/} in
	score.csv|gap-summary.csv) return 0 ;;
	*) return 1 ;;
	esac
}

@test "render-seams: a header naming tlp twice is refused in every format, and nothing is written" {
	for f in $FORMATS; do
		run -2 --separate-stderr sh -c "printf 'date,summary,tlp,TLP\n2026-01-02,SECRET,red,red\n' | isac-render -f $f --tlp clear"
		assert_output ""
		assert_equal "$stderr" "isac-render: <stdin>:1: columns 3 'tlp' and 4 'TLP' name the same column"
	done
}

@test "render-seams: a score or gap summary naming a column twice, in any language or case, is refused in every format" {
	local h
	while IFS='|' read -r h msg; do
		for f in $FORMATS; do
			run -2 --separate-stderr sh -c "printf '%s\nSAP,1,1,1,0,X\n' '$h' | isac-render -f $f"
			assert_output ""
			assert_equal "$stderr" "isac-render: <stdin>:1: $msg"
		done
	done <<-'EOF'
	capability,level,yes_1,applicable_1,unanswered,capability|columns 1 'capability' and 6 'capability' name the same column
	capability,level,yes_1,applicable_1,unanswered,Niveau|columns 2 'level' and 6 'Niveau' name the same column
	capability,level,yes_1,applicable_1,YES_1,unanswered|columns 3 'yes_1' and 5 'YES_1' name the same column
	capability,level,yes_1,applicable_1,unanswered,Unanswered|columns 5 'unanswered' and 6 'Unanswered' name the same column
	capability,current,target,gap,huidig,x|columns 2 'current' and 5 'huidig' name the same column
	EOF
}

@test "render-seams: a TLP:RED row of every kind is left out with --tlp clear, in every format, and counted" {
	local k f
	for k in "$K"/*.csv; do
		for f in $FORMATS; do
			run --separate-stderr isac-render -f $f --tlp clear "$k"
			if [ $f = svg ] && ! charts "$k"; then
				[ "$status" -eq 2 ] || { echo "$k $f: $status"; false; }
				assert_output ""
				continue
			fi
			[ "$status" -eq 0 ] || { echo "$k $f: $status $stderr"; false; }
			refute_output --partial SECRET
			assert_equal "$stderr" "isac-render: warning: $k: 1 row labelled stricter than TLP:CLEAR left out"
			case $f in
			csv|json) assert_output --partial TLP:CLEAR ;;
			*) assert_output --partial TLP:CLEAR
			   refute_output --partial TLP:RED ;;
			esac
		done
	done
}

@test "render-seams: without --tlp a TLP:RED row of every kind labels the document TLP:RED, in every format" {
	local k f
	for k in "$K"/*.csv; do
		for f in $FORMATS; do
			[ $f = svg ] && ! charts "$k" && continue
			run -0 --separate-stderr isac-render -f $f "$k"
			assert_output --partial SECRET
			assert_equal "$stderr" ""
			case $f in
			text) assert_line --index 0 TLP:RED ;;
			md) assert_line --index 0 '**TLP:RED**' ;;
			html) assert_output --partial '<p class="tlp tlp-red">TLP:RED</p>'
			      assert_output --regexp '<title>TLP:RED — ' ;;
			svg) assert_output --regexp '<title>TLP:RED — ' ;;
			json) assert_output --partial '"tlp": "TLP:RED"' ;;
			csv) assert_output --regexp ',TLP:RED$' ;;
			esac
		done
	done
}

@test "render-seams: every kind is recognised by its header and drawn as its kind" {
	local k kind
	for k in "$K"/*.csv; do
		kind=${k##*/}
		kind=${kind%.csv}
		isac-render -f html --tlp red "$k" | grep -q "<section id=\"s1\" class=\"kind-$kind\">" ||
		    { echo "$k: not a $kind"; false; }
	done
}

@test "render-seams: rows left out leave no trace: no red target in the grid or the chart, no red period in a title" {
	printf 'capability,current,target,gap,tlp\nSAP,1,3,2,red\nSECRET,2,3,1,red\n' >"$T/target.csv"
	run -0 --separate-stderr isac-render -f html --tlp clear "$K/score.csv" "$T/target.csv"
	refute_output --partial SECRET
	refute_output --partial data-target
	refute_output --partial 'class="target"'
	refute_output --partial '<span class="k-tgt">'
	assert_output --partial '<h2>Maturity per capability 2026</h2>'
	run -0 --separate-stderr isac-render -f svg --tlp clear "$K/score.csv" "$T/target.csv"
	refute_output --partial 'class="target"'
	assert_output --partial '<title>TLP:CLEAR — Maturity per capability 2026</title>'
	# the same files without the label's limit: the target is there
	run -0 --separate-stderr isac-render -f svg --chart radar --tlp red "$K/score.csv" "$T/target.csv"
	assert_output --partial 'class="target"'
	assert_output --partial '<title>TLP:RED — Current and target level 2099SECRET</title>'
	run -0 --separate-stderr isac-render -f html --tlp red "$K/score.csv" "$T/target.csv"
	assert_output --partial '<span class="k-tgt">'
}

@test "render-seams: a chart's kind is checked on the header, before a row is read" {
	run -2 --separate-stderr timeout 10 sh -c "yes a,b | isac-render -f svg"
	assert_output ""
	assert_equal "$stderr" "isac-render: <stdin>: a chart draws a score or a gap summary, not a table"
}

@test "render-seams: csv of several files checks each header before its rows" {
	run -2 --separate-stderr timeout 10 sh -c "yes a,b | isac-render -f csv '$R/widths.csv' -"
	assert_output ""
	assert_equal "$stderr" "isac-render: <stdin>:1: csv writes one table, and this header is not that of $R/widths.csv"
}

@test "render-seams: a table is kept whole up to 1,000,000 rows, and one more is an error naming its line" {
	run -2 --separate-stderr timeout 60 sh -c "yes x | isac-render -f json"
	assert_output ""
	assert_equal "$stderr" "isac-render: <stdin>:1000002: more than 1000000 rows: a table is kept whole, and this is the limit"
}

@test "render-seams: 20,000 severities, and 20,000 periods each with its own capability, take seconds, not minutes" {
	awk 'BEGIN { print "severity,rule,org,name,message"
		for (i = 0; i < 20000; i++) print "s" i ",R,O,N,m" i }' >"$T/f.csv"
	run -0 --separate-stderr timeout 20 isac-render -f html --tlp clear "$T/f.csv"
	[ "$(grep -c '<div class="sev sev-other">' <<<"$output")" -eq 20000 ]
	assert_output --partial '<h3>s19999 (1)</h3>'
	awk 'BEGIN { print "period,capability,level,yes_1,applicable_1,unanswered"
		for (i = 0; i < 20000; i++) print "p" i ",C" i ",1,1,1,0" }' >"$T/s.csv"
	# too sparse for a table of every period by every capability: its rows
	run -0 --separate-stderr timeout 20 isac-render -f html --tlp clear "$T/s.csv"
	assert_output --partial '<table class="plain">'
	refute_output --partial '<table class="trend">'
	[ "$(grep -c '^<tr><td>p[0-9]*</td>' <<<"$output")" -eq 20000 ]
	run -0 --separate-stderr timeout 20 isac-render -f svg --tlp clear "$T/s.csv"
	[ "$(grep -c '<g class="series"' <<<"$output")" -eq 20000 ]
}

@test "render-seams: a score of many periods of few capabilities is still a trend table" {
	awk 'BEGIN { print "period,capability,level,yes_1,applicable_1,unanswered"
		for (i = 0; i < 300; i++) { print "p" i ",SAP,1,1,1,0"; print "p" i ",WM,0,0,1,0" } }' >"$T/s.csv"
	run -0 --separate-stderr isac-render -f html --tlp clear "$T/s.csv"
	assert_output --partial '<table class="trend">'
	assert_output --partial '<title>TLP:CLEAR — Maturity per capability p0–p299</title>'
}

@test "render-seams: a capability twice in a gap summary is an error naming both lines" {
	printf 'capability,current,target,gap\nSAP,1,2,1\nWM,1,1,0\nSAP,1,3,2\n' >"$T/g.csv"
	run -2 --separate-stderr isac-render -f html "$T/g.csv"
	assert_output ""
	assert_equal "$stderr" "isac-render: $T/g.csv:4: capability 'SAP' twice in a gap summary (first on line 2)"
}

@test "render-seams: a capability scored twice in a period names the first line, however the rows are ordered" {
	printf 'period,capability,level,yes_1,applicable_1,unanswered\n2,WM,1,1,1,0\n1,SAP,1,1,1,0\n2,SAP,0,0,1,0\n1,SAP,0,0,1,0\n2,WM,0,0,1,0\n' >"$T/s.csv"
	run -2 --separate-stderr isac-render "$T/s.csv"
	assert_equal "$stderr" "isac-render: $T/s.csv:5: capability 'SAP' scored twice in period '1' (first on line 3)"
}

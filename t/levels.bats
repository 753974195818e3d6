# SPDX-License-Identifier: EUPL-1.2
# What a level means (issue 21 §1): the guide's features, tools and
# strategies and points for attention of each missing level (isac-gap and
# isac-plan --level-guide), the whole model as a guide (isac-plan --guide),
# and isac-render showing a guide once per capability and level.
load test_helper

L="$BATS_TEST_DIRNAME/data/levels"

setup() {
	T="$BATS_TEST_TMPDIR"
	unset COLUMNS
}

# expected LANG CAP LEVEL: the bundled guidance of one capability and
# level, as the guide table writes it (kind words in LANG, no id column).
expected() {
	awk -F, -v cap="$2" -v lv="$3" -v nl="$1" 'BEGIN { OFS = "," }
	    NR > 1 && $1 == cap && $2 == lv {
		if (nl == "nl") {
			sub(/^feature$/, "kenmerk", $3)
			sub(/^tool$/, "hulpmiddel", $3)
			sub(/^attention$/, "aandachtspunt", $3)
		}
		print
	}' "$SHARE/guidance.$1.csv"
}

# headings: the HTML headings on stdin, one "hN text" a line.
headings() {
	grep -o '<h[1-6][^>]*>[^<]*' | sed 's/<h\([1-6]\)[^>]*>/h\1 /'
}

@test "levels: isac-gap --level-guide gives the guide's features, tools and points for attention of each missing level, verbatim" {
	run -1 isac-gap -g "$L/targets.csv" --level-guide "$L/answers.csv"
	assert_line --index 0 "capability,level,kind,text"
	assert_line "SAP,,name,Strategy and action plan"
	for lv in "" 2; do
		expected en SAP "$lv" > "$T/want"
		while IFS= read -r line; do
			assert_line "$line"
		done < "$T/want"
	done
	expected en WM 2 > "$T/want"
	[ "$(grep -cxFf "$T/want" <<<"$output")" -eq "$(wc -l < "$T/want")" ]
	# levels reached, and capabilities at their target, are not explained
	refute_line --regexp '^SAP,1,'
	refute_line --regexp '^WM,(1|3),'
	refute_line --regexp '^(ISM|SAL|ACT),'
}

@test "levels: isac-gap --level-guide -l nl gives the Dutch guide's words" {
	run -1 isac-gap -g "$L/targets.csv" --level-guide -l nl "$L/answers.csv"
	assert_line "SAP,,naam,Strategie en actieplan"
	assert_line "SAP,2,kenmerk,Zorg voor een periodieke (jaarlijkse) evaluatie waarin de werkwijze en resultaten van de ISAC besproken worden."
	expected nl WM "" > "$T/want"
	[ "$(grep -cxFf "$T/want" <<<"$output")" -eq 3 ]
}

@test "levels: without --level-guide isac-gap writes the gap as before" {
	run -1 isac-gap -g "$L/targets.csv" "$L/answers.csv"
	assert_line --index 0 "capability,level,id,answer,question,note"
	assert_line --partial "SAP,2,SAP.2.1,partial,"
	refute_output --partial "feature"
}

@test "levels: nothing missing, --level-guide writes the header alone and exits 0" {
	run -0 isac-gap -L 1 --level-guide "$L/answers.csv"
	assert_output "capability,level,kind,text"
}

@test "levels: --level-guide goes with a target, not with -s or -C" {
	run -2 --separate-stderr isac-gap -g "$L/targets.csv" -s --level-guide "$L/answers.csv"
	assert_output ""
	assert_equal "${stderr_lines[0]}" "isac-gap: --level-guide goes with a target, without -C or -s"
	run -2 --separate-stderr isac-gap -C --level-guide "$L/answers.csv"
	assert_equal "${stderr_lines[0]}" "isac-gap: --level-guide goes with a target, without -C or -s"
}

@test "levels: a capability's explanation carries the strictest label of its answers" {
	run -1 isac-gap -g "$L/targets.csv" --level-guide "$L/answers-amber.csv"
	assert_line --index 0 "capability,level,kind,text,tlp"
	assert_line "SAP,,name,Strategy and action plan,TLP:AMBER"
	assert_line "SAP,2,tool,Record the strategy and activities schedule in an annual plan.,TLP:AMBER"
	assert_line "WM,,name,Working method,"
	refute_line --regexp '^SAP,.*[^R]$'
}

@test "levels: isac-plan --level-guide explains the levels of the plan's steps" {
	isac-gap -g "$L/targets.csv" "$L/answers.csv" > "$T/gap.csv" || true
	run -0 isac-plan --level-guide "$T/gap.csv"
	assert_line --index 0 "capability,level,kind,text"
	expected en SAP 2 > "$T/want"
	[ "$(grep -cxFf "$T/want" <<<"$output")" -eq 8 ]
	assert_line "WM,2,tool,Organise introductory sessions or joint meetings with other ISACs."
	refute_line --regexp '^(ISM|SAL|ACT),'
}

@test "levels: isac-plan --guide writes every capability and level: description, features, tools, points for attention and questions" {
	run -0 isac-plan --guide
	assert_line --index 0 "capability,level,kind,id,text"
	# every row of the bundled guidance, every question, every name
	sed 1d "$SHARE/guidance.en.csv" | sed 's/^\([A-Z]*\),\([0-9]*\),\([a-z]*\),/\1,\2,\3,,/' > "$T/want"
	sed 1d "$SHARE/model.en.csv" | sed 's/^\([^,]*\),\([^,]*\),\([^,]*\),/\2,\3,question,\1,/' >> "$T/want"
	[ "$(grep -cxFf "$T/want" <<<"$output")" -eq "$(wc -l < "$T/want")" ]
	assert_line "WM,,name,,Working method"
	assert_line --partial "ACT,,description,,\"The information exchange and analysis in an ISAC create opportunities"
	[ "${#lines[@]}" -eq $((1 + $(wc -l < "$T/want") + 10)) ]
}

@test "levels: isac-plan --guide -l nl is the Dutch guide, verbatim" {
	run -0 isac-plan --guide -l nl
	assert_line "WM,,aandachtspunt,,Maak afspraken over wat te doen wanneer een ISAC-deelnemer meerdere keren niet aanwezig is bij een ISAC."
	assert_line "SAP,1,vraag,SAP.1.1,Is er een gemeenschappelijk geformuleerd doel van informatie-uitwisseling?"
	expected nl ISM 3 | sed 's/^\([A-Z]*\),\([0-9]*\),\([a-z]*\),/\1,\2,\3,,/' > "$T/want"
	[ "$(grep -cxFf "$T/want" <<<"$output")" -eq 9 ]
}

@test "levels: isac-plan --guide with another model takes its questions" {
	printf 'id,capability,level,question\nWM.1.1,WM,1,Is TLP used?\n' > "$T/m.csv"
	run -0 isac-plan --guide -m "$T/m.csv"
	assert_line "WM,1,question,WM.1.1,Is TLP used?"
	refute_line --regexp '^(SAP|WM,2|WM,3),'
}

@test "levels: --guide takes no gap and no plan options" {
	run -2 --separate-stderr isac-plan --guide "$L/targets.csv"
	assert_output ""
	assert_equal "${stderr_lines[0]}" "isac-plan: --guide takes no gap and none of -M, -o, -r, -S, -T, --level-guide"
	run -2 --separate-stderr isac-plan --level-guide -T start
	assert_equal "${stderr_lines[0]}" "isac-plan: --level-guide goes with a gap, not with -T"
}

@test "levels: isac-render shows a guide as capability, level, then features, tools and questions, wrapped" {
	isac-plan --guide > "$T/guide.csv"
	run -0 isac-render --tlp clear "$T/guide.csv"
	# (bats leaves the blank lines out of lines)
	assert_line --index 1 "Strategy and action plan (SAP)"
	assert_line --index 2 "------------------------------"
	assert_line "Points for attention"
	assert_line "Level 3"
	assert_line "  Tools and strategies"
	assert_line "    - Organise introductory sessions or joint meetings with other ISACs."
	assert_line "    - SAP.1.1  Has an information exchange objective been formulated in mutual"
	assert_line "               consultation?"
	# once per capability and level
	[ "$(grep -c '^Level 2$' <<<"$output")" -eq 5 ]
	[ "$(grep -c '^  Features$' <<<"$output")" -eq 15 ]
}

@test "levels: the guide in Markdown has headings per capability, level and kind, and lists" {
	isac-plan --guide -l nl > "$T/guide.csv"
	run -0 isac-render -f md -l nl --tlp clear "$T/guide.csv"
	assert_line "# Wat elk niveau inhoudt"
	assert_line "## Manier van werken (WM)"
	assert_line "### Aandachtspunten"
	assert_line "### Niveau 2"
	assert_line "#### Handvatten en hulpmiddelen"
	assert_line "- **ISM.1.1** Wordt er op dit moment mondeling informatie gedeeld tussen deelnemers?"
}

@test "levels: the guide in HTML skips no heading level, with or without other sections" {
	isac-plan --guide > "$T/guide.csv"
	isac-render -f html --tlp clear "$T/guide.csv" | headings > "$T/h1"
	isac-render -f html --tlp clear "$L/targets.csv" "$T/guide.csv" | headings > "$T/h2"
	for f in "$T/h1" "$T/h2"; do
		run -0 awk '{ n = substr($1, 2) + 0; if (n > prev + 1) print "jump: " $0; prev = n }' "$f"
		assert_output ""
	done
	run -0 cat "$T/h1"
	assert_line --index 1 "h2 Strategy and action plan"
	assert_line --index 2 "h3 Points for attention"
	assert_line --index 3 "h3 Level 1"
	assert_line --index 4 "h4 Features"
	run -1 grep -c '^h4 Features' "$T/h2"
	assert_output 0
	run -0 grep -c '^h5 Features' "$T/h2"
	assert_output 15
}

@test "levels: the HTML report shows a level's tools once, not under every step of the plan" {
	isac-gap -g "$L/targets.csv" "$L/answers.csv" > "$T/gap.csv" || true
	isac-gap -g "$L/targets.csv" --level-guide "$L/answers.csv" > "$T/explain.csv" || true
	isac-plan "$T/gap.csv" > "$T/plan.csv"
	# four steps of SAP level 2 carry the same guidance in the plan's CSV
	run -0 grep -c 'Record the strategy and activities schedule' "$T/plan.csv"
	assert_output 4
	run -0 sh -c "isac-render -f html --tlp clear '$T/plan.csv' | grep -o 'Record the strategy and activities schedule' | wc -l"
	assert_output 1
	run -0 sh -c "isac-render -f html --tlp clear '$T/plan.csv' '$T/explain.csv' | grep -o 'Record the strategy and activities schedule' | wc -l"
	assert_output 1
	run -1 sh -c "isac-render -f html --tlp clear '$T/plan.csv' '$T/explain.csv' | grep -c '<ul class=\"guidance\">'"
	assert_output 0
}

@test "levels: the guide as JSON keeps its rows, keyed by the English column names" {
	isac-gap -g "$L/targets.csv" --level-guide -l nl "$L/answers.csv" > "$T/e.csv" || true
	run -0 isac-render -f json -l nl --tlp clear "$T/e.csv"
	assert_line --index 1 '  {"capability": "SAP", "level": "", "kind": "naam", "text": "Strategie en actieplan"},'
}

@test "levels: an English guide rendered in Dutch gets Dutch headings and kind words" {
	isac-gap -g "$L/targets.csv" --level-guide "$L/answers.csv" > "$T/e.csv" || true
	run -0 isac-render -f md -l nl --tlp clear "$T/e.csv"
	assert_line "### Niveau 2"
	assert_line "#### Kenmerken"
	run -0 isac-render -f json -l nl --tlp clear "$T/e.csv"
	assert_line --partial '"kind": "kenmerk"'
}

@test "levels: the bundled guidance is the guide's own words, English and Dutch alike" {
	run -0 sh -c "cut -d, -f1-3 '$SHARE/guidance.en.csv' | sort | uniq -c"
	assert_line --regexp '^ +5 SAP,1,feature$'
	assert_line --regexp '^ +3 WM,,attention$'
	assert_line --regexp '^ +4 ACT,2,tool$'
	run -0 diff <(cut -d, -f1-3 "$SHARE/guidance.en.csv") <(cut -d, -f1-3 "$SHARE/guidance.nl.csv")
}

@test "levels: a guide written in English reads as the Dutch guide in a Dutch document, and the other way round" {
	isac-plan --guide > "$BATS_TEST_TMPDIR/en.csv"
	isac-plan --guide -l nl > "$BATS_TEST_TMPDIR/nl.csv"
	# the same document, whatever language the table was written in
	isac-render -f md -l nl "$BATS_TEST_TMPDIR/nl.csv" > "$BATS_TEST_TMPDIR/nl.md" 2>/dev/null
	run -0 --separate-stderr isac-render -f md -l nl "$BATS_TEST_TMPDIR/en.csv"
	assert_output "$(cat "$BATS_TEST_TMPDIR/nl.md")"
	assert_output --partial "Houd in de gaten of de ambities"
	isac-render -f md -l en "$BATS_TEST_TMPDIR/en.csv" > "$BATS_TEST_TMPDIR/en.md" 2>/dev/null
	run -0 --separate-stderr isac-render -f md -l en "$BATS_TEST_TMPDIR/nl.csv"
	assert_output "$(cat "$BATS_TEST_TMPDIR/en.md")"
	# a text the guide does not have is kept as written
	printf 'capability,level,kind,text\nSAP,1,feature,Our own words.\n' > "$BATS_TEST_TMPDIR/own.csv"
	run -0 --separate-stderr isac-render -f md -l nl "$BATS_TEST_TMPDIR/own.csv"
	assert_output --partial "Our own words."
}

# SPDX-License-Identifier: EUPL-1.2
# The model as data (share/isac/): the checklist and guidance as the
# NCSC guide prints them, in English and Dutch.
load test_helper

# counts FILE: "CAPABILITY LEVEL COUNT" per level, in file order.
counts() {
	csvdump "$1" | jq -r '.[1:] | map(.[1] + " " + .[2]) | .[]' | uniq -c |
	    awk '{ print $2, $3, $1 }' | tr '\n' ' '
}

@test "model: the checklist has 56 questions in 5 capabilities at 3 levels, as the guide counts them" {
	want="SAP 1 7 SAP 2 4 SAP 3 8 WM 1 6 WM 2 5 WM 3 3 ISM 1 1 ISM 2 2 ISM 3 5 SAL 1 2 SAL 2 5 SAL 3 4 ACT 1 1 ACT 2 1 ACT 3 2 "
	assert_equal "$(counts "$SHARE/model.en.csv")" "$want"
	assert_equal "$(counts "$SHARE/model.nl.csv")" "$want"
}

@test "model: question ids are CODE.LEVEL.N, numbered in the guide's order" {
	for lang in en nl; do
		run -0 sh -c "csvdump '$SHARE/model.$lang.csv' | jq -r '.[1:][] | @tsv'"
		prev=
		n=0
		while IFS=$'\t' read -r id cap level text; do
			key="$cap.$level"
			[ "$key" = "$prev" ] && n=$((n + 1)) || n=1
			prev=$key
			assert_equal "$id" "$cap.$level.$n"
			[ -n "$text" ]
		done <<<"$output"
	done
}

@test "model: the English and Dutch checklists have the same ids in the same order" {
	en=$(cut -d, -f1-3 "$SHARE/model.en.csv")
	nl=$(cut -d, -f1-3 "$SHARE/model.nl.csv")
	assert_equal "$en" "$nl"
	en=$(csvdump "$SHARE/ncsc-criteria.en.csv" | jq -c 'map(.[0:3])')
	nl=$(csvdump "$SHARE/ncsc-criteria.nl.csv" | jq -c 'map(.[0:3])')
	assert_equal "$en" "$nl"
}

@test "model: the checklist is transcribed from the guide, word for word" {
	# Spot checks against the text of the NCSC guide, both languages.
	run -0 isac-score -T -l en
	assert_line "WM.2.5,WM,2,\"Do the chair, vice-chair and secretary prepare the ISAC meetings and share duties?\",,,"
	assert_line "ISM.1.1,ISM,1,Is information currently being shared verbally between participants?,,,"
	assert_line "SAP.3.4,SAP,3,Is the ISAC independent?,,,"
	run -0 isac-score -T -l nl
	assert_line "WM.1.2,WM,1,Wordt het Traffic Light Protocol (TLP) gehanteerd?,,,"
	assert_line "SAP.3.4,SAP,3,Is de ISAC een zelfstandige organisatie?,,,"
	assert_line "ACT.3.2,ACT,3,\"Is de ISAC zichtbaar in de media, branche of regio?\",,,"
}

@test "model: the capabilities files name the model's capabilities in its order" {
	for lang in en nl; do
		run -0 sh -c "csvdump '$SHARE/capabilities.$lang.csv' | jq -r '.[0], (.[1:][] | .[0]) | tostring'"
		assert_output '["capability","name","description"]
SAP
WM
ISM
SAL
ACT'
	done
	run -0 csvdump "$SHARE/capabilities.en.csv"
	assert_output --partial '"SAL","Situational awareness and lessons learned"'
	run -0 csvdump "$SHARE/capabilities.nl.csv"
	assert_output --partial '"ISM","Informatiestructuur en -management"'
}

@test "model: guidance gives features at every level, and points for attention, for every capability" {
	for lang in en nl; do
		f="$SHARE/guidance.$lang.csv"
		assert_equal "$(head -n 1 "$f")" "capability,level,kind,text"
		run -0 sh -c "csvdump '$f' | jq -r '.[1:][] | select(.[2] == \"feature\") | .[0] + .[1]' | uniq | tr '\n' ' '"
		assert_output "SAP1 SAP2 SAP3 WM1 WM2 WM3 ISM1 ISM2 ISM3 SAL1 SAL2 SAL3 ACT1 ACT2 ACT3 "
		run -0 sh -c "csvdump '$f' | jq -r '.[1:][] | select(.[2] == \"attention\") | .[0] + \"/\" + .[1]' | uniq | tr '\n' ' '"
		assert_output "SAP/ WM/ ISM/ SAL/ ACT/ "
		run -0 sh -c "csvdump '$f' | jq -r '.[1:][] | .[2]' | sort -u | tr '\n' ' '"
		assert_output "attention feature tool "
	done
}

@test "model: English and Dutch guidance have the same items per capability, level and kind" {
	en=$(csvdump "$SHARE/guidance.en.csv" | jq -r '.[1:][] | .[0:3] | join(",")' | uniq -c)
	nl=$(csvdump "$SHARE/guidance.nl.csv" | jq -r '.[1:][] | .[0:3] | join(",")' | uniq -c)
	assert_equal "$en" "$nl"
}

@test "model: tools and strategies exist where the guide gives them, and not at SAL and ACT level 1" {
	run -0 sh -c "csvdump '$SHARE/guidance.en.csv' | jq -r '.[1:][] | select(.[2] == \"tool\") | .[0] + .[1]' | uniq | tr '\n' ' '"
	assert_output "SAP1 SAP2 SAP3 WM1 WM2 WM3 ISM1 ISM2 ISM3 SAL2 SAL3 ACT2 ACT3 "
}

@test "model: the data files are plain: UTF-8 without BOM, LF line ends, no trailing spaces" {
	for f in "$SHARE"/*.csv "$SHARE"/examples/answers-*.csv; do
		run -1 grep -c $'\r' "$f"
		run -1 grep -c ' $' "$f"
		[ "$(head -c 3 "$f" | od -An -tx1 | tr -d ' ')" != "efbbbf" ]
		iconv -f UTF-8 -t UTF-8 "$f" >/dev/null
	done
}

@test "model: every bundled file reads without error" {
	for f in "$SHARE"/*.csv "$SHARE"/examples/*.csv; do
		run -0 csvdump "$f"
	done
	for m in "$SHARE"/model.*.csv "$SHARE"/ncsc-criteria.*.csv; do
		run -0 isac-score -T -m "$m"
	done
}

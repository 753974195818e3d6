# SPDX-License-Identifier: EUPL-1.2
# isac-gap: the checklist items between the answers and a target level.
load test_helper

setup() {
	A="$BATS_TEST_TMPDIR/answers.csv"
	T="$BATS_TEST_TMPDIR/target.csv"
	G="$DATA/gap"
	H="$SHARE/examples/answers-history.csv"
	HDR="capability,level,id,answer,question"
}

# --- the gap -----------------------------------------------------------

@test "gap: target levels: the items below a listed target, unlisted capabilities keep their level" {
	answers yes SAP.2.1=no SAP.3.1=no WM.1.1=no ISM.2.1=no >"$A"
	run -1 --separate-stderr isac-gap -g "$G/targets.csv" "$A"
	assert_output "$HDR
SAP,2,SAP.2.1,no,Are the working methods and results of the ISAC discussed on an annual basis?
WM,1,WM.1.1,no,Are participants required to sign guidelines and agreements prior to being allowed to participate in information sharing?"
	[ -z "$stderr" ]
}

@test "gap: target levels: an empty target keeps the current level, other columns are ignored" {
	answers no >"$A"
	run -1 isac-gap -s -g "$G/targets-notes.csv" "$A"
	assert_output "capability,current,target,gap
SAP,0,2,2
WM,0,3,3
ISM,0,0,0
SAL,0,1,1
ACT,0,0,0"
}

@test "gap: --target-level sets one target for every capability" {
	answers yes SAP.1.1=no WM.2.1=no ISM.3.1=no >"$A"
	run -1 isac-gap -L 2 "$A"
	assert_output "$HDR
SAP,1,SAP.1.1,no,Has an information exchange objective been formulated in mutual consultation?
WM,2,WM.2.1,no,Do the ISAC members also meet in smaller groups to address certain themes?"
}

@test "gap: a desired-state checklist: its score per capability is the target" {
	answers no >"$A"
	run -1 isac-gap -s -g "$G/desired.csv" "$A"
	assert_output "capability,current,target,gap
SAP,0,2,2
WM,0,2,2
ISM,0,2,2
SAL,0,2,2
ACT,0,1,1"
	run -1 isac-gap -g "$G/desired.csv" "$A"
	assert_line --index 1 --partial "SAP,1,SAP.1.1,no,"
	refute_output --partial ",3,"
	refute_output --partial "ACT,2,"
	[ "${#lines[@]}" -eq 34 ]
}

@test "gap: a desired-state checklist with several respondents takes the consensus" {
	{ echo "respondent,id,answer"; answers yes | sed 1d | sed 's/^/a,/'
	  answers yes SAP.3.1=no | sed 1d | sed 's/^/b,/'
	  answers yes | sed 1d | sed 's/^/c,/'; } >"$T"
	answers no >"$A"
	run -1 isac-gap -s -g "$T" "$A"
	assert_line --index 1 "SAP,0,3,3"
	run -1 isac-gap -s -c all -g "$T" "$A"
	assert_line --index 1 "SAP,0,2,2"
}

@test "gap: n/a is not a gap, partial and unanswered are, and nothing above the target is" {
	answers no SAP.1.1=n/a SAP.1.2=partial SAP.1.3= SAP.1.4=yes SAP.1.5=yes \
	    SAP.1.6=yes SAP.1.7=yes >"$A"
	run -1 isac-gap -L 1 "$A"
	assert_line --index 1 "SAP,1,SAP.1.2,partial,\"Have common features of the ISAC participants been shared? Consider aspects such as business processes, systems, chain responsibilities, shared challenges and incidents.\""
	assert_line --index 2 "SAP,1,SAP.1.3,,Do the participants free up time to be able to participate in the ISAC?"
	refute_output --partial "SAP.1.1"
	refute_output --partial "SAP.1.4"
	refute_output --partial ",2,"
	[ "${#lines[@]}" -eq 13 ]
}

@test "gap: rows run top-down: capabilities in model order, levels ascending, items in model order" {
	answers no >"$A"
	run -1 isac-gap -L 3 "$A"
	[ "${#lines[@]}" -eq 57 ]
	assert_equal "$(printf '%s\n' "${lines[@]:1}" | cut -d, -f3 | tr '\n' ' ')" \
	    "$(sed 1d "$SHARE/model.en.csv" | cut -d, -f1 | tr '\n' ' ')"
}

@test "gap: a target below the current level is no gap, exit 0" {
	answers yes >"$A"
	run -0 isac-gap -s -g "$G/targets.csv" "$A"
	assert_line --index 1 "SAP,3,2,0"
	run -0 isac-gap -L 3 "$A"
	assert_output "$HDR"
}

@test "gap: --lang nl writes the questions and answers in Dutch" {
	answers ja SAP.1.1=nee >"$A"
	run -1 isac-gap -l nl -L 1 "$A"
	assert_output "$HDR
SAP,1,SAP.1.1,nee,Is er een gemeenschappelijk geformuleerd doel van informatie-uitwisseling?"
}

@test "gap: answers with notes add a note column" {
	{ echo "id,answer,note"; answers yes SAP.1.1=no | sed 1d | sed 's/$/,/;
	  s/^SAP.1.1,no,$/SAP.1.1,no,not yet discussed/'; } >"$A"
	run -1 isac-gap -L 1 "$A"
	assert_output "$HDR,note
SAP,1,SAP.1.1,no,Has an information exchange objective been formulated in mutual consultation?,not yet discussed"
}

@test "gap: the consensus rule is the one of isac-score" {
	{ echo "respondent,id,answer"; answers yes | sed 1d | sed 's/^/a,/'
	  answers yes SAP.1.1=no | sed 1d | sed 's/^/b,/'
	  answers yes | sed 1d | sed 's/^/c,/'; } >"$A"
	run -0 isac-gap -L 1 "$A"
	run -1 isac-gap -L 1 -c all "$A"
	assert_line --index 1 --partial "SAP,1,SAP.1.1,partial,"
}

@test "gap: the current level is exactly isac-score's" {
	run -1 isac-gap -s -L 3 "$SHARE/examples/antwoorden-excel.csv"
	assert_equal "$(printf '%s\n' "${lines[@]:1}" | cut -d, -f1,2)" \
	    "$(isac-score "$SHARE/examples/antwoorden-excel.csv" | sed 1d | cut -d, -f1,2)"
}

# --- periods -----------------------------------------------------------

@test "gap: with periods the latest period is compared, and named in the first column" {
	run -1 isac-gap -s -L 2 "$H"
	assert_output "period,capability,current,target,gap
2026,SAP,1,2,1
2026,WM,2,2,0
2026,ISM,2,2,0
2026,SAL,1,2,1
2026,ACT,1,2,1"
}

@test "gap: --period compares another period" {
	run -1 isac-gap -L 1 -P 2024 "$H"
	assert_output "period,$HDR
2024,SAP,1,SAP.1.6,no,Have individuals in the right job profiles been delegated to attend the ISAC meeting to achieve the intended information sharing?
2024,WM,1,WM.1.3,no,\"Have the admission criteria, process agreements and ways of dealing with confidential (and other) information been recorded in membership guidelines?\"
2024,SAL,1,SAL.1.2,no,Does participation in the ISAC increase the effectiveness of mitigating measures in participants' organisations?"
}

@test "gap: an unknown period is an error" {
	run -2 --separate-stderr isac-gap -L 1 -P 2023 "$H"
	assert_equal "$stderr" "isac-gap: $H: no period '2023' in the answers: they have '2024' to '2026'"
	[ -z "$output" ]
}

@test "gap: --period without periods in the answers is an error" {
	answers yes >"$A"
	run -2 --separate-stderr isac-gap -L 1 -P 2026 "$A"
	assert_equal "$stderr" "isac-gap: $A: no period '2026': the answers have no period column"
}

# --- changes -----------------------------------------------------------

@test "gap: --changes lists the questions whose answer changed between the two latest periods" {
	run -1 isac-gap -C "$H"
	assert_output "capability,level,id,from,to,question
SAP,2,SAP.2.2,no,yes,\"Are the ambitions, added value and activities recorded in an annual plan?\"
SAP,2,SAP.2.3,no,partial,\"Are resources (funding, in-kind, personnel) made available for ISAC objectives on an ad hoc basis?\"
WM,2,WM.2.2,no,yes,Do any activities take place outside the ISAC meetings?
WM,3,WM.3.2,no,partial,Are efforts being made to systematically improve the working method?
ISM,3,ISM.3.2,no,yes,Do collaboration and information exchange take place on an online platform?
SAL,2,SAL.2.1,no,yes,Is a sectoral environmental assessment drawn up and is this done regularly?
SAL,2,SAL.2.4,no,partial,\"Is perspective for action, when appropriate, added by sharing information (TLP: AMBER and TLP: GREEN)?\""
}

@test "gap: --changes --summary gives the levels and the signed difference" {
	run -1 isac-gap -C -s --from 2024 --to 2026 "$H"
	assert_output "capability,from,to,change
SAP,0,1,+1
WM,0,2,+2
ISM,1,2,+1
SAL,0,1,+1
ACT,1,1,0"
	run -1 isac-gap -C -s --from 2026 --to 2024 "$H"
	assert_line --index 2 "WM,2,0,-2"
}

@test "gap: --to alone compares with the period before it, --from alone with the latest" {
	run -1 isac-gap -C -s --to 2025 "$H"
	assert_line --index 1 "SAP,0,1,+1"
	run -1 isac-gap -C -s --from 2025 "$H"
	assert_line --index 1 "SAP,1,1,0"
	assert_line --index 2 "WM,1,2,+1"
}

@test "gap: --changes exits 0 when nothing changed, writing the header" {
	{ echo "period,id,answer"; answers yes | sed 1d | sed 's/^/2025,/'
	  answers yes | sed 1d | sed 's/^/2026,/'; } >"$A"
	run -0 isac-gap -C "$A"
	assert_output "capability,level,id,from,to,question"
	run -0 isac-gap -C -s "$A"
	assert_line --index 1 "SAP,3,3,0"
}

@test "gap: --changes --summary exits 0 when answers changed but no level did" {
	{ echo "period,id,answer"; answers yes SAP.3.1=no | sed 1d | sed 's/^/2025,/'
	  answers yes SAP.3.1=partial | sed 1d | sed 's/^/2026,/'; } >"$A"
	run -1 isac-gap -C "$A"
	assert_line --index 1 --partial "SAP,3,SAP.3.1,no,partial,"
	run -0 isac-gap -C -s "$A"
}

@test "gap: --changes with fewer than two periods is an error" {
	answers yes >"$A"
	run -2 --separate-stderr isac-gap -C "$A"
	assert_equal "$stderr" "isac-gap: $A: comparing needs two periods; the answers have 1"
	[ -z "$output" ]
	{ echo "period,id,answer"; answers yes | sed 1d | sed 's/^/2026,/'; } >"$A"
	run -2 --separate-stderr isac-gap -C "$A"
	assert_equal "$stderr" "isac-gap: $A: comparing needs two periods; the answers have 1"
}

@test "gap: --changes to the first period has nothing to compare with" {
	run -2 --separate-stderr isac-gap -C --to 2024 "$H"
	assert_equal "$stderr" "isac-gap: $H: no period before '2024' to compare it with"
}

# --- errors ------------------------------------------------------------

@test "gap: a target level outside the model is an error naming file:line" {
	answers yes >"$A"
	printf 'capability,target\nSAP,2\nWM,4\n' >"$T"
	run -2 --separate-stderr isac-gap -g "$T" "$A"
	assert_equal "$stderr" "isac-gap: $T:3: target '4' for WM is not a level of the model: use 0 to 3"
	[ -z "$output" ]
}

@test "gap: a target that is not a number is an error naming file:line" {
	answers yes >"$A"
	printf 'capability,target\nSAP,two\n' >"$T"
	run -2 --separate-stderr isac-gap -g "$T" "$A"
	assert_equal "$stderr" "isac-gap: $T:2: target 'two' for SAP is not a level of the model: use 0 to 3"
}

@test "gap: an unknown capability in the target is an error naming file:line" {
	answers yes >"$A"
	printf 'capability,target\nSAP,2\nXYZ,1\n' >"$T"
	run -2 --separate-stderr isac-gap -g "$T" "$A"
	assert_equal "$stderr" "isac-gap: $T:3: unknown capability 'XYZ'"
}

@test "gap: a capability listed twice in the target is an error naming both lines" {
	answers yes >"$A"
	printf 'capability,target\nSAP,2\nWM,1\nsap,3\n' >"$T"
	run -2 --separate-stderr isac-gap -g "$T" "$A"
	assert_equal "$stderr" "isac-gap: $T:4: capability SAP listed twice (first on line 2)"
}

@test "gap: a target row without a capability is an error" {
	answers yes >"$A"
	printf 'capability,target\n,2\n' >"$T"
	run -2 --separate-stderr isac-gap -g "$T" "$A"
	assert_equal "$stderr" "isac-gap: $T:2: no capability"
}

@test "gap: a target file of neither form is an error naming both forms" {
	answers yes >"$A"
	printf 'capability,level\nSAP,2\n' >"$T"
	run -2 --separate-stderr isac-gap -g "$T" "$A"
	assert_equal "$stderr" "isac-gap: $T:1: neither target levels (columns capability, target) nor a desired-state checklist (columns id, answer)"
	[ -z "$output" ]
}

@test "gap: target levels without a capability column are an error" {
	answers yes >"$A"
	printf 'target\n2\n' >"$T"
	run -2 --separate-stderr isac-gap -g "$T" "$A"
	assert_equal "$stderr" "isac-gap: $T:1: no column 'capability' (or 'capaciteit') in the header; found 'target' with delimiter ','"
}

@test "gap: a bad answer in a desired-state checklist is an error naming file:line" {
	answers yes >"$A"
	answers yes SAP.1.3=maybe >"$T"
	run -2 --separate-stderr isac-gap -g "$T" "$A"
	assert_equal "$stderr" "isac-gap: $T:4: unknown answer 'maybe' for SAP.1.3"
}

@test "gap: a missing target file is an error" {
	answers yes >"$A"
	run -2 --separate-stderr isac-gap -g "$BATS_TEST_TMPDIR/none.csv" "$A"
	assert_equal "$stderr" "isac-gap: $BATS_TEST_TMPDIR/none.csv: No such file or directory"
}

@test "gap: usage errors: no target, two targets, -L out of range, options of the other mode" {
	answers yes >"$A"
	run -2 --separate-stderr isac-gap "$A"
	assert_equal "${stderr%%$'\n'*}" "isac-gap: a target is needed: -g FILE or -L LEVEL"
	run -2 --separate-stderr isac-gap -L 1 -g "$G/targets.csv" "$A"
	assert_equal "${stderr%%$'\n'*}" "isac-gap: -g and -L exclude each other"
	run -2 --separate-stderr isac-gap -L 4 "$A"
	assert_equal "${stderr%%$'\n'*}" "isac-gap: -L 4 is not a level of the model: use 0 to 3"
	run -2 --separate-stderr isac-gap -L x "$A"
	assert_equal "${stderr%%$'\n'*}" "isac-gap: -L takes a whole number from 0 to 9, not 'x'"
	run -2 --separate-stderr isac-gap -C -L 1 "$A"
	assert_equal "${stderr%%$'\n'*}" "isac-gap: -C compares two periods: no -g, -L or -P"
	run -2 --separate-stderr isac-gap -L 1 --from 2024 "$A"
	assert_equal "${stderr%%$'\n'*}" "isac-gap: --from and --to go with -C"
	run -2 --separate-stderr isac-gap -g - <"$A"
	assert_equal "${stderr%%$'\n'*}" "isac-gap: -g - and the answers cannot both be the standard input"
	[ -z "$output" ]
}

@test "gap: the target may come from the standard input" {
	answers yes SAP.2.1=no >"$A"
	run -1 isac-gap -s -g - "$A" <"$G/targets.csv"
	assert_line --index 1 "SAP,1,2,1"
}

# --- the man page's examples -----------------------------------------------

@test "gap: example: the gap to the targets of the example year" {
	run -1 isac-gap -s -g "$G/targets.csv" "$SHARE/examples/answers-2026.csv"
	assert_output "capability,current,target,gap
SAP,1,2,1
WM,2,3,1
ISM,2,2,0
SAL,1,1,0
ACT,1,1,0"
	run -1 isac-gap -g "$G/targets.csv" "$SHARE/examples/answers-2026.csv"
	assert_equal "$(printf '%s\n' "${lines[@]}" | cut -d, -f1-4)" "capability,level,id,answer
SAP,2,SAP.2.3,partial
SAP,2,SAP.2.4,no
WM,3,WM.3.1,no
WM,3,WM.3.2,partial
WM,3,WM.3.3,no"
}

@test "gap: example: a cron job tells a gap (1) from an error (2)" {
	cd "$BATS_TEST_TMPDIR"
	cp "$G/targets.csv" "$SHARE/examples/answers-2026.csv" .
	run -0 sh -c 'isac-gap -g targets.csv answers-2026.csv >gap.csv
	    case $? in
	    1)	echo "still a gap: $(($(wc -l <gap.csv) - 1)) items" ;;
	    2)	echo "isac-gap failed" >&2; exit 2 ;;
	    esac'
	assert_output "still a gap: 5 items"
}

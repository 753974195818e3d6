# SPDX-License-Identifier: EUPL-1.2
# Bash completion (completion/isac), driven as bash drives it: the words
# of the line in COMP_WORDS, split at = as the default COMP_WORDBREAKS
# splits them, and the completion function called for the program.
load test_helper

COMPLETION="$BATS_TEST_DIRNAME/../completion/isac"

# comp LINE: the completions bash offers at the end of LINE, one a line.
comp() {
	bash -c '
		. "$1"
		line=$2
		words=()
		for w in $line; do
			# readline breaks "--lang=n" into "--lang" "=" "n".
			if [[ $w == --*=* ]]; then
				words+=("${w%%=*}" "=")
				[[ -n ${w#*=} ]] && words+=("${w#*=}")
			else
				words+=("$w")
			fi
		done
		[[ $line == *" " || $line == *= ]] && words+=("")
		COMP_WORDS=("${words[@]}")
		COMP_CWORD=$((${#words[@]} - 1))
		COMP_LINE=$line
		COMP_POINT=${#line}
		_isac "${words[0]}"
		printf "%s\n" "${COMPREPLY[@]}"
	' comp "$COMPLETION" "$1"
}

@test "completion: options of each program come from its --help" {
	run -0 comp "isac-score --con"
	assert_output "--consensus"
	run -0 comp "isac-gap --ta"
	assert_output "--target-level
--target"
	run -0 comp "isac-plan --pa"
	assert_output "--parallel"
	run -0 comp "isac-render --sp"
	assert_output "--spreadsheet-safe"
	run -0 comp "isac-score -"
	assert_line -- "-D"
	assert_line -- "--disagreements"
	assert_line -- "--version"
}

@test "completion: --lang, --consensus and --encoding take their values" {
	run -0 comp "isac-score --lang "
	assert_output "en
nl"
	run -0 comp "isac-gap -c "
	assert_output "majority
all
any"
	run -0 comp "isac-score --consensus=a"
	assert_output "all
any"
	run -0 comp "isac-render --encoding u"
	assert_output "utf-8
utf-16
utf-16le
utf-16be"
}

@test "completion: --format is the formats of render and of the score's template, and of the roster's mailing list" {
	run -0 comp "isac-render -f "
	assert_output "text
md
html
svg
json
csv
xlsx
ods"
	run -0 comp "isac-score --format "
	assert_output "csv
xlsx
ods"
	run -0 comp "isac-render --format=h"
	assert_output "html"
	run -0 comp "isac-roster mailing-list -f m"
	assert_output "mailman"
}

@test "completion: --tlp takes the TLP 2.0 labels, without white" {
	run -0 comp "isac-render --tlp "
	assert_output "clear
green
amber
amber+strict
red"
	run -0 comp "isac-render --tlp w"
	assert_output ""
}

@test "completion: --model offers the bundled models beside files" {
	cd "$BATS_TEST_TMPDIR"
	touch my-model.csv
	ISAC_DATADIR="$SHARE" run -0 comp "isac-score -m "
	assert_line "model"
	assert_line "ncsc-criteria"
	assert_line "my-model.csv"
	refute_line "actions"
	ISAC_DATADIR="$SHARE" run -0 comp "isac-gap --model n"
	assert_output "ncsc-criteria"
}

@test "completion: isac-roster completes its commands, then only their options" {
	run -0 comp "isac-roster "
	assert_output "check
mailing-list
meetings
attendance
admit
terms
evidence
due
evaluation
answered
topics
agenda
minutes"
	run -0 comp "isac-roster answered --"
	assert_line -- "--period"
	assert_line -- "--model"
	refute_line -- "--year"
	run -0 comp "isac-roster check --"
	refute_line -- "--period"
	run -0 comp "isac-roster m"
	assert_output "mailing-list
meetings
minutes"
	run -0 comp "isac-roster check --"
	refute_line -- "--year"
	refute_line -- "--duration"
	assert_line -- "--max-orgs"
	assert_line -- "--tsv"
	run -0 comp "isac-roster -t meetings --"
	assert_line -- "--year"
	assert_line -- "--ics"
	refute_line -- "--max-orgs"
	run -0 comp "isac-roster meetings -w th"
	assert_output "thursday"
	run -0 comp "isac-roster evaluation --"
	assert_line -- "--from"
	assert_line -- "--to"
	assert_line -- "--evaluations"
	refute_line -- "--plan"
	run -0 comp "isac-roster due --"
	assert_line -- "--evaluations"
	refute_line -- "--from"
	assert_line -- "--answers"
	assert_line -- "--days"
	assert_line -- "--plan"
	assert_line -- "--date"
	refute_line -- "--avoid"
	run -0 comp "isac-roster meetings --"
	assert_line -- "--avoid"
	assert_line -- "--no-carnival"
	assert_line -- "--location"
	assert_line -- "--previous"
	refute_line -- "--answers"
	run -0 comp "isac-roster mailing-list --a"
	assert_output "--all"
}

@test "completion: plan templates, chart kinds and file arguments" {
	run -0 comp "isac-plan -T "
	assert_output "start
regional"
	run -0 comp "isac-render --chart "
	assert_output "radar
bars
trend"
	cd "$BATS_TEST_TMPDIR"
	touch target.csv
	run -0 comp "isac-gap -g tar"
	assert_output "target.csv"
	run -0 comp "isac-score tar"
	assert_output "target.csv"
	run -0 comp "isac-gap --period "
	assert_output ""
}

@test "completion: make install puts it where bash-completion loads it by the program's name" {
	d="$BATS_TEST_TMPDIR/dest"
	make -s -C "$TOP" B="${ISAC_BUILD##*/}" install DESTDIR="$d" PREFIX=/usr >/dev/null
	for p in isac-score isac-gap isac-plan isac-roster isac-render; do
		[ -f "$d/usr/share/bash-completion/completions/$p" ]
	done
	run -0 bash -c '
		. /usr/share/bash-completion/bash_completion
		XDG_DATA_DIRS=$1/usr/share __load_completion isac-render || exit 1
		complete -p isac-render isac-roster
		COMP_WORDS=(isac-render --tlp a) COMP_CWORD=2
		_isac isac-render
		echo "${COMPREPLY[*]}"
	' sh "$d"
	assert_output "complete -F _isac isac-render
complete -F _isac isac-roster
amber amber+strict"
	make -s -C "$TOP" B="${ISAC_BUILD##*/}" uninstall DESTDIR="$d" PREFIX=/usr >/dev/null
	[ ! -e "$d/usr/share/bash-completion/completions/isac-score" ]
	[ ! -e "$d/usr/share/bash-completion" ]
}

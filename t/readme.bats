# SPDX-License-Identifier: EUPL-1.2
# The walk-throughs of the READMEs work as written: every "$ " command
# between "<!-- walk-through" and "<!-- end of walk-through -->" (or the
# next "## " heading) runs, in order, from where the reader is, and
# prints what the README shows, as t/examples.bats does for the manual
# pages.  HOME is a temporary one, so that ~/isac is a fresh copy.
load test_helper

# walkthrough FILE: the commands of its walk-throughs as records:
# "SEC<TAB>reset" where one starts from the reader's first place again,
# "SEC<TAB>keep" where it goes on from the last ("continued"),
# "CMD<TAB>command" (its lines joined by \001) and "OUT<TAB>line".  In an
# indented block, a command starts with "$ "; a line ending in "\", "|"
# or "&&" goes on; what follows up to the next command or the end of the block
# is its output.  A blank line belongs to the block when the block goes
# on after it.
walkthrough() {
	awk '
	{ line[NR] = $0 }
	END {
		for (i = 1; i <= NR; i++) {
			l = line[i]
			if (l ~ /^<!-- walk-through/) {
				flush(); on = 1
				print "SEC\t" (l ~ /continued/ ? "keep" : "reset")
				continue
			}
			if (l ~ /^<!-- end of walk-through/ || l ~ /^## /) {
				flush(); on = 0; continue
			}
			if (!on) continue
			if (l == "") {
				for (j = i + 1; j <= NR && line[j] == ""; j++) ;
				if (j <= NR && line[j] ~ /^    / && cmd != "")
					out[++n] = ""
				else
					flush()
				continue
			}
			if (l !~ /^    /) { flush(); continue }
			l = substr(l, 5)
			if (cont) {
				cmd = cmd "\001" l; cont = l ~ /([|\\]|&&)$/
				continue
			}
			if (l ~ /^\$ /) {
				flush(); cmd = substr(l, 3); cont = cmd ~ /([|\\]|&&)$/
				continue
			}
			if (cmd != "") out[++n] = l
		}
		flush()
	}
	function flush(   k) {
		if (cmd != "") {
			print "CMD\t" cmd
			for (k = 1; k <= n; k++)
				print "OUT\t" out[k]
		}
		cmd = ""; n = 0; cont = 0
	}
	' "$1"
}

# matches WANT GOT: GOT is WANT, where a line "..." in WANT stands for
# any lines: those before it must begin GOT, those after it end it.
matches() {
	local want=$1 got=$2 head tail
	if [[ $want != *$'\n...\n'* && $want != "..."$'\n'* && $want != *$'\n...' ]]; then
		[ "$got" = "$want" ]
		return
	fi
	want=$'\n'$want$'\n'
	head=${want%%$'\n...\n'*}
	tail=${want#*$'\n...\n'}
	head=${head#$'\n'}
	tail=${tail%$'\n'}
	got=$'\n'$got$'\n'
	[[ $got == $'\n'"$head"* ]] || [ -z "$head" ] || return 1
	[[ $got == *"$tail"$'\n' ]] || [ -z "$tail" ] || return 1
}

# run_walkthrough FILE DIR [FROM TO]: runs the commands of FILE in order,
# each in bash from where the one before left off, or from DIR where a
# walk-through starts afresh, with FROM in a command read as TO; prints
# "RAN BAD", and each failure on stderr.
run_walkthrough() {
	local file=$1 start=$2 cwd=$2 from=${3-} to=${4-} kind text cmd="" want="" ran=0 bad=0
	local state=$BATS_TEST_TMPDIR/.cwd
	one() {
		local got rc c
		[ -n "$cmd" ] || return 0
		c=${cmd//$'\001'/$'\n'}
		[ -z "$from" ] || c=${c//"$from"/"$to"}
		got=$(cd "$cwd" && bash -c "$c
rc=\$?; pwd >'$state'; exit \$rc" 2>&1)
		rc=$?
		cwd=$(cat "$state")
		ran=$((ran + 1))
		if [ "$rc" != 0 ] || ! matches "${want%$'\n'}" "$got"; then
			printf '%s: %s\n--- exit status %s; wanted:\n%s--- got:\n%s\n' \
			    "$file" "$c" "$rc" "$want" "$got" >&2
			bad=$((bad + 1))
		fi
	}
	while IFS=$'\t' read -r kind text; do
		case $kind in
		SEC)	one; cmd="" want=""
			[ "$text" = keep ] || cwd=$start ;;
		CMD)	one; cmd=$text want="" ;;
		OUT)	want+="$text"$'\n' ;;
		esac
	done < <(walkthrough "$file")
	one
	echo "$ran $bad"
}

setup() {
	export HOME="$BATS_TEST_TMPDIR/home"
	mkdir -p "$HOME"
	git config --global user.name "Secretaris"
	git config --global user.email "secretaris@example.nl"
	git config --global commit.gpgsign false
	git config --global init.defaultBranch main
}

@test "readme: the walk-through of the README runs as written from the root of the source tree" {
	# A copy of the tree, as far as the commands read it.
	mkdir "$BATS_TEST_TMPDIR/tree"
	cp -R "$TOP/share" "$BATS_TEST_TMPDIR/tree/share"
	read -r n b < <(run_walkthrough "$TOP/README.md" "$BATS_TEST_TMPDIR/tree")
	echo "# README.md: $n commands run, $b differ" >&3
	[ "$n" -ge 20 ]
	[ "$b" = 0 ]
}

@test "readme: the walk-through of the records' README runs as written, the records copied from the data" {
	mkdir "$BATS_TEST_TMPDIR/here"
	read -r n b < <(run_walkthrough "$TOP/share/isac/examples/records/README.md" \
	    "$BATS_TEST_TMPDIR/here" /usr/share/isac "$TOP/share/isac")
	echo "# records/README.md: $n commands run, $b differ" >&3
	[ "$n" -ge 15 ]
	[ "$b" = 0 ]
	# The secretary's repository, where the README left it: clean but
	# for the new year's derived files.
	run -0 git -C "$HOME/isac" log --format=%s
	assert_output "Evaluatie 2027
Plan 2027 bijgewerkt
SAP.2.3 klaar
Het archief van de Water-ISAC"
}

@test "readme: no walk-through command writes a file by a shell redirection, which leaves an empty file when the command fails" {
	local f
	for f in "$TOP/README.md" "$TOP/share/isac/examples/records/README.md"; do
		run -0 walkthrough "$f"
		refute_output --regexp $'^CMD\t.*[^2&]>[ ]*[^&/ ]'
		refute_output --regexp $'^CMD\t.*>[ ]*[^&]*\\.(csv|ics|txt|html)'
	done
}

@test "readme: the walk-through reader sees what a README shows, an ellipsis standing for lines left out" {
	matches $'a\nb' $'a\nb'
	! matches $'a\nb' $'a\nc'
	matches $'a\n...\nz' $'a\nb\nc\nz'
	! matches $'a\n...\nz' $'a\nb\nc\ny'
	! matches $'a\n...\nz' $'b\nz'
	matches $'...\nz' $'a\nz'
	matches $'a\n...' $'a\nb'
	run -0 walkthrough <(printf '%s\n' '<!-- walk-through -->' '' \
	    '    $ printf "a\n\nb\n" |' '        cat' '    a' '' '    b' '' \
	    'Text.' '' '    $ true' '## Next' '    $ false')
	assert_output $'SEC\treset\nCMD\tprintf "a\\n\\nb\\n" |\001    cat\nOUT\ta\nOUT\t\nOUT\tb\nCMD\ttrue'
}

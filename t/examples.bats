# SPDX-License-Identifier: EUPL-1.2
# Every EXAMPLES pipeline in the manual pages that can run here prints
# what the page shows.
load test_helper

# examples PAGE: the examples of a page as records: "BLK" at each literal
# display, "CMD<TAB>command" (its lines joined by \001) and "OUT<TAB>line".
# A command starts with "$ " in a literal display; a line ending in "|"
# or "\" goes on, on a line indented four spaces; what follows up to the
# next command or the end of the display is its output, as it is.
# Output with an ellipsis is shown in part: its command is marked "CMD?"
# and runs, but is not compared.
examples() {
	awk '
	function flush() {
		if (cmd != "") {
			gsub(/\n/, "\001", cmd)
			print (part ? "CMD?\t" : "CMD\t") cmd
			for (i = 1; i <= n; i++)
				print "OUT\t" out[i]
		}
		cmd = ""; n = 0; part = 0
	}
	function unesc(s) {
		gsub(/\\e/, "\\", s); gsub(/\\&/, "", s); gsub(/\\\(aq/, "\047", s)
		return s
	}
	/^\.Sh EXAMPLES/ { inex = 1; next }
	/^\.Sh / { inex = 0 }
	!inex { next }
	/^\.Bd -literal/ { lit = 1; print "BLK"; next }
	/^\.Ed/ { flush(); lit = 0; next }
	!lit { next }
	{ line = unesc($0) }
	line ~ /^\$ / {
		flush(); cmd = substr(line, 3); cont = cmd ~ /[|\\]$/
		next
	}
	cont {
		sub(/^    /, "", line); cmd = cmd "\n" line
		cont = line ~ /[|\\]$/; next
	}
	cmd != "" { out[++n] = line; if (line ~ /\.\.\./) part = 1 }
	' "$1"
}

# runnable CMD: can the command run here?  Every program it calls is
# installed and every file it reads exists (files it writes, after ">"
# or as the last argument of cp or mv, need not): answers/*.csv or a
# user's roster.csv are the reader's own.
runnable() {
	local w
	for w in $(printf '%s\n' "$1" | tr '\001' ' ' | awk '{
		first = 1
		for (i = 1; i <= NF; i++) {
			if ($i == "\\") continue
			if ($i ~ /^[|;]$/ || $i ~ /^(&&|\|\|)$/) { first = 1; continue }
			if ($i ~ /^[0-9]?>/) { if ($i ~ /^[0-9]?>$/) i++; continue }
			if (first) { print "cmd:" $i; c = $i; first = 0; continue }
			if ($i !~ /\.(csv|txt|ics|tsv)$/) continue
			if ((c == "cp" || c == "mv") && (i == NF ||
			    $(i + 1) ~ /^([|;]|&&|\|\|)$/)) continue
			print "file:" $i
		} }'); do
		case $w in
		cmd:*) command -v -- "${w#cmd:}" >/dev/null || return 1 ;;
		file:*\$*|file:*\**|file:*\?*) return 1 ;;
		file:*) [ -e "${w#file:}" ] || return 1 ;;
		esac
	done
}

# run_examples PAGE: runs the runnable examples of a page in order, each
# display from a fresh directory where share/ is the tree's (a display
# stops at its first command that cannot run here), and prints
# "RAN DIFFERING".  Each difference goes to stderr.
run_examples() {
	local page=$1 ran=0 bad=0 kind text cmd="" want="" part=0 stop=0
	local home=$BATS_TEST_TMPDIR/ex.$page cwd
	mkdir -p "$home"
	ln -sfn "$TOP/share" "$home/share"
	cwd=$home
	# one: runs the command collected so far
	one() {
		local got
		[ -n "$cmd" ] && [ "$stop" = 0 ] || return 0
		if ! (cd "$cwd" && runnable "$cmd"); then
			stop=1
			return 0
		fi
		got=$(cd "$cwd" && bash -c "${cmd//$'\001'/$'\n'}
rc=\$?; pwd >'$home/.cwd'; exit \$rc" 2>&1) || true
		cwd=$(cat "$home/.cwd" 2>/dev/null || echo "$cwd")
		ran=$((ran + 1))
		[ "$part" = 1 ] || [ "$got" = "${want%$'\n'}" ] && return 0
		printf '%s: %s\n--- wanted:\n%s--- got:\n%s\n' "$page" \
		    "${cmd//$'\001'/$'\n'}" "$want" "$got" >&2
		bad=$((bad + 1))
	}
	while IFS=$'\t' read -r kind text; do
		case $kind in
		BLK)	one; cmd="" stop=0 cwd=$home ;;
		CMD|CMD\?)
			one
			cmd=$text want=""
			part=0
			[ "$kind" = CMD ] || part=1 ;;
		OUT)	want+="$text"$'\n' ;;
		esac
	done < <(examples "$TOP/man/$page")
	one
	echo "$ran $bad"
}

@test "examples: every runnable example of every manual page prints what the page shows" {
	local bad=0 n b
	for page in $(cd "$TOP/man" && ls); do
		read -r n b < <(run_examples "$page")
		echo "# $page: $n examples run, $b differ" >&3
		bad=$((bad + b))
	done
	[ "$bad" -eq 0 ]
}

@test "examples: each program's page has runnable examples" {
	local n b
	for page in isac-score.1 isac-gap.1 isac-plan.1 isac-roster.1 isac-render.1; do
		read -r n b < <(run_examples "$page")
		echo "# $page: $n" >&3
		[ "$n" -ge 3 ]
	done
}

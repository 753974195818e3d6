# Every EXAMPLES pipeline in the manual pages that runs on the bundled
# examples prints what the page shows.
load test_helper

# examples PAGE: the runnable examples of a page, as "CMD<TAB>command" and
# "OUT<TAB>line" records.  A command starts with "$ " in a literal
# display; a line ending in "|" or "\" goes on; what follows up to the
# next command or the end of the display is its output.  A command runs
# only when each file it reads from share/ exists; output with an
# ellipsis is shown in part, and is not compared.
examples() {
	awk '
	function flush() {
		if (cmd != "" && !skip) {
			gsub(/\n/, "\001", cmd)
			print "CMD\t" cmd
			for (i = 1; i <= n; i++)
				print "OUT\t" out[i]
		}
		cmd = ""; n = 0; skip = 0
	}
	function unesc(s) {
		gsub(/\\e/, "\\", s); gsub(/\\&/, "", s); gsub(/\\\(aq/, "\047", s)
		return s
	}
	/^\.Sh EXAMPLES/ { inex = 1; next }
	/^\.Sh / { inex = 0 }
	!inex { next }
	/^\.Bd -literal/ { lit = 1; next }
	/^\.Ed/ { flush(); lit = 0; next }
	!lit { next }
	{ line = unesc($0); sub(/^    /, "", line) }
	line ~ /^\$ / {
		flush(); cmd = substr(line, 3); cont = cmd ~ /[|\\]$/
		next
	}
	cont { cmd = cmd "\n" line; cont = line ~ /[|\\]$/; next }
	cmd != "" { out[++n] = line; if (line ~ /\.\.\./) skip = 1 }
	' "$1" | awk -F'\t' '
	# keep a command only when every share/ path it names exists
	$1 == "CMD" { ok = 1; c = $2
		while (match(c, /(^|[ ])share\/isac\/[^ |>]*/)) {
			p = substr(c, RSTART, RLENGTH)
			sub(/^ /, "", p)
			if (system("test -e \"" top "/" p "\"") != 0) ok = 0
			c = substr(c, RSTART + RLENGTH)
		}
		if ($2 !~ /(^|[ ])share\/isac\//) ok = 0
	}
	ok { print }
	' top="$TOP"
}

# check CMD WANT: runs one example; a difference goes to stderr.
check() {
	local got
	got=$(bash -c "$1" 2>&1 || true)
	[ "$got" = "${2%$'\n'}" ] && return 0
	printf '%s\n--- wanted:\n%s--- got:\n%s\n' "$1" "$2" "$got" >&2
	return 1
}

# run_examples PAGE: prints "RAN FAILED" for the page's examples.
run_examples() {
	local page=$1 cmd="" want="" ran=0 bad=0
	cd "$BATS_TEST_TMPDIR"
	ln -sf "$TOP/share" share
	while IFS=$'\t' read -r kind text; do
		if [ "$kind" = CMD ]; then
			if [ -n "$cmd" ]; then
				check "$cmd" "$want" || bad=$((bad + 1))
				ran=$((ran + 1))
			fi
			cmd=${text//$'\001'/$'\n'} want=""
		else
			want+="$text"$'\n'
		fi
	done < <(examples "$TOP/man/$page")
	if [ -n "$cmd" ]; then
		check "$cmd" "$want" || bad=$((bad + 1))
		ran=$((ran + 1))
	fi
	echo "$ran $bad"
}

@test "examples: every runnable example of every manual page prints what the page shows" {
	local bad=0
	for page in $(cd "$TOP/man" && ls); do
		read -r n b < <(run_examples "$page")
		echo "# $page: $n examples run, $b differ" >&3
		bad=$((bad + b))
	done
	[ "$bad" -eq 0 ]
}

@test "examples: isac-score(1) has at least five runnable examples" {
	read -r n b < <(run_examples isac-score.1)
	[ "$n" -ge 5 ]
	[ "$b" -eq 0 ]
}

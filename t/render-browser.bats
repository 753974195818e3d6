# SPDX-License-Identifier: EUPL-1.2
# isac-render's HTML report in a real browser: headless Chromium reads the
# grid back from the DOM, takes a screenshot and prints the report to A4.
load test_helper

R="$BATS_TEST_DIRNAME/data/render"

setup() {
	command -v chromium >/dev/null || fail "no chromium: sh .ci/deps --install"
	T="$BATS_TEST_TMPDIR"
	isac-score -T -l nl > "$T/template.csv"
	isac-render -f html --tlp amber -l nl --title "Jaarverslag 2026" \
	    "$R/score.csv" "$R/summary.csv" "$R/plan.csv" "$T/template.csv" \
	    > "$T/rapport.html"
}

# browser ARGS...: headless Chromium, no network, a profile of its own.
browser() {
	timeout 120 chromium --headless --no-sandbox --disable-gpu \
	    --disable-quic --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync \
	    --user-data-dir="$T/profile" "$@" 2>/dev/null
}

@test "render-browser: the grid read back from Chromium's DOM has the levels and targets" {
	browser --dump-dom "file://$T/rapport.html" > "$T/dom.html"
	run -0 /usr/bin/python3 "$R/html.py" grid < "$T/dom.html"
	assert_output "SAP 1 2
WM 2 2
ISM 2 2
SAL 1 2
ACT 1 2"
	run -0 /usr/bin/python3 "$R/html.py" text < "$T/dom.html"
	assert_output --regexp '^Jaarverslag 2026 TLP:AMBER Volwassenheid per capaciteit Capaciteit Niveau 1 Niveau 2 Niveau 3 Niveau Strategie en actieplanSAP 7/7 2/4 0/8 1 '
}

@test "render-browser: Chromium takes a screenshot of the report" {
	browser --hide-scrollbars --window-size=1100,1600 \
	    --screenshot="$T/rapport.png" "file://$T/rapport.html"
	[ -s "$T/rapport.png" ]
	run -0 sh -c "head -c 8 '$T/rapport.png' | od -An -tx1"
	assert_output " 89 50 4e 47 0d 0a 1a 0a"
}

@test "render-browser: the report prints to A4 with the TLP label on every page" {
	browser --no-pdf-header-footer --print-to-pdf="$T/rapport.pdf" \
	    "file://$T/rapport.html"
	run -0 pdfinfo "$T/rapport.pdf"
	assert_output --partial "(A4)"
	pages=$(pdfinfo "$T/rapport.pdf" | awk '/^Pages:/ { print $2 }')
	[ "$pages" -gt 5 ]
	for p in $(seq 1 "$pages"); do
		n=$(pdftotext -f "$p" -l "$p" "$T/rapport.pdf" - | grep -c 'TLP:AMBER')
		[ "$n" -ge 2 ] || { echo "page $p: $n labels"; false; }
	done
}

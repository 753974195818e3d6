# SPDX-License-Identifier: EUPL-1.2
# The licence (issue 20): LICENSE holds the EUPL-1.2 in English and in
# its official Dutch text, debian/copyright states it in the
# machine-readable format, and every source file carries an SPDX line,
# which tools/spdx-check finds missing and adds.
load test_helper

# section N: the Nth text of LICENSE (1 English, 2 Dutch), between the
# lines of = that part them, without the blank lines around it.
section() {
	awk -v n="$1" '/^=+$/ { s++; next } s == n' "$TOP/LICENSE" |
	    sed '1{/^$/d;}' | sed '${/^$/d;}'
}

# tree: a small tree in $R of every kind of file spdx-check knows, with
# the script itself in tools/.
tree() {
	R="$BATS_TEST_TMPDIR/tree"
	mkdir -p "$R"/tools "$R"/lib "$R"/man "$R"/t/data/enc "$R"/bench \
	    "$R"/share/isac "$R"/t/data/csv-spectrum "$R"/hooks
	cp "$TOP/tools/spdx-check" "$R/tools/"
	printf '/*\n * a.c: a file.\n */\nint a;\n' >"$R/lib/a.c"
	printf 'int b;\n' >"$R/lib/with space.h"
	printf '/* SPDX-License-Identifier: EUPL-1.2 */\nint c;\n' >"$R/lib/c.c"
	printf '1\n2\n3\n4\n5\n/* SPDX-License-Identifier: EUPL-1.2 */\n' \
	    >"$R/lib/late.c"
	# A real page, without its own SPDX line once the tree has them.
	sed '/SPDX-License-Identifier/d' "$TOP/man/isac-score.1" \
	    >"$R/man/isac-score.1"
	printf '# The build.\nall:\n\ttrue\n' >"$R/Makefile"
	printf '#!/bin/sh\n# run: runs.\necho run\n' >"$R/bench/run"
	chmod 755 "$R/bench/run"
	printf '#!/bin/sh\nexit 0\n' >"$R/hooks/pre-commit"
	chmod 755 "$R/hooks/pre-commit"
	printf '# a test\n@test "x" { true; }\n' >"$R/t/x.bats"
	printf '#!/bin/sh\n# make.sh: fixtures.\n' >"$R/t/data/enc/make.sh"
	printf 'a,b\n1,2\n' >"$R/t/data/csv-spectrum/x.csv"
	printf 'id,question\n' >"$R/share/isac/model.en.csv"
	printf '# Notes\n' >"$R/README.md"
}

@test "license: LICENSE says the EUPL-1.2 applies and both texts have identical value" {
	run -0 sed -n 1,3p "$TOP/LICENSE"
	assert_output "isac is licensed under the EUPL-1.2. All linguistic versions approved by the
European Commission have identical value (Article 13); the English and the
Dutch versions follow."
}

@test "license: LICENSE holds the English text of the EUPL-1.2, whole" {
	run -0 section 1
	assert_line --index 0 "                      EUROPEAN UNION PUBLIC LICENCE v. 1.2"
	assert_line --index 1 "                      EUPL © the European Union 2007, 2016"
	assert_line "2. Scope of the rights granted by the Licence"
	assert_line "the licence of the economic rights here above listed."
	assert_line "All linguistic versions of this Licence, approved by the European Commission,"
	assert_line "- Québec Free and Open-Source Licence — Reciprocity (LiLiQ-R) or Strong"
	assert_line --index $((${#lines[@]} - 1)) "EUPL version."
	# Whole and unaltered: the text as two independent copies have it
	# (MinBZK's LICENSES/EUPL-1.2-EN.txt, VNG Realisatie's LICENSE).
	[ "$(section 1 | wc -l)" -eq 287 ]
	assert_equal "$(section 1 | sha256sum)" \
	    "6fc9e709ccbfe0d77fbffa2427a983282be2eb88e47b1cdb49f21a83b4d1e665  -"
}

@test "license: LICENSE holds the official Dutch text of the EUPL-1.2, whole, after the English" {
	run -0 section 2
	assert_line --index 0 "OPENBARE LICENTIE VAN DE EUROPESE UNIE v. 1.2."
	assert_line --index 1 "EUPL © Europese Unie 2007, 2016"
	assert_line "                  In licentie gegeven krachtens de EUPL"
	assert_line "2.Draagwijdte van de uit hoofde van de licentie verleende rechten"
	assert_output --partial "Alle door de Europese Commissie goedgekeurde taalversies van deze licentie hebben dezelfde waarde."
	assert_line "—  Québec Free and Open-Source Licence — Reciprocity (LiLiQ-R) of Strong Reciprocity (LiLiQ-R+)."
	assert_line --index $((${#lines[@]} - 1)) "Voor alle andere wijzigingen van of aanvullingen op dit aanhangsel is de ontwikkeling van een nieuwe EUPL-versie vereist."
	# Whole and unaltered: the text as two independent copies have it
	# (MinBZK's LICENSES/EUPL-1.2-NL.txt, VNG Realisatie's LICENTIE),
	# without their byte-order mark, CRs and spaces at the ends of lines.
	[ "$(section 2 | wc -l)" -eq 97 ]
	assert_equal "$(section 2 | sha256sum)" \
	    "541d7dbaeb88ef16ceebb90ef66ddc8f173cb422237de1f4a556cc1299c3172d  -"
	run -0 grep -c '^=\{72\}$' "$TOP/LICENSE"
	assert_output 2
}

@test "license: debian/copyright gives every file the EUPL-1.2 and holds LICENSE's English text" {
	C="$TOP/debian/copyright"
	run -0 sed -n '/^Files: \*$/,/^$/p' "$C"
	assert_line "License: EUPL-1.2"
	# The License paragraph, its continuation lines unfolded as DEP-5
	# folds them: one space in front, " ." for a blank line.
	run -0 awk '/^License: EUPL-1.2$/ && ++n == 2 { p = 1; next }
	    p && /^$/ { exit } p' "$C"
	[ "${#lines[@]}" -gt 200 ]
	diff <(printf '%s\n' "$output" | sed 's/^ //; s/^\.$//') <(section 1)
	run -0 grep -c '^License: NCSC-publication$' "$C"
	assert_output 2
	run -1 grep -n '^License: none' "$C"
}

@test "spdx-check: names the source files lacking the line, not data, documents or fixtures" {
	tree
	git -C "$R" init -q
	run -1 --separate-stderr "$R/tools/spdx-check"
	assert_output "Makefile
bench/run
hooks/pre-commit
lib/a.c
lib/late.c
lib/with space.h
man/isac-score.1
t/data/enc/make.sh
t/x.bats"
	assert_equal "$stderr" "spdx-check: 9 files lack the line SPDX-License-Identifier: EUPL-1.2 (tools/spdx-check --add adds it)"
	# Outside a git work tree it looks at every file alike.
	rm -rf "$R/.git"
	run -1 --separate-stderr "$R/tools/spdx-check"
	assert_line "lib/with space.h"
	[ "${#lines[@]}" -eq 9 ]
}

@test "spdx-check: --add writes the line in each file's syntax, after a #! line, once" {
	tree
	cp -R "$R" "$BATS_TEST_TMPDIR/before"
	B="$BATS_TEST_TMPDIR/before"
	git -C "$R" init -q
	run -0 "$R/tools/spdx-check" --add
	[ "${#lines[@]}" -eq 9 ]
	run -0 sed -n 1p "$R/lib/a.c"
	assert_output "/* SPDX-License-Identifier: EUPL-1.2 */"
	run -0 sed -n 1p "$R/lib/with space.h"
	assert_output "/* SPDX-License-Identifier: EUPL-1.2 */"
	run -0 sed -n 1p "$R/man/isac-score.1"
	assert_output '.\" SPDX-License-Identifier: EUPL-1.2'
	run -0 sed -n 1p "$R/Makefile"
	assert_output "# SPDX-License-Identifier: EUPL-1.2"
	run -0 sed -n 1,2p "$R/bench/run"
	assert_output "#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2"
	run -0 sed -n 1,2p "$R/t/data/enc/make.sh"
	assert_line --index 1 "# SPDX-License-Identifier: EUPL-1.2"
	# The rest of each file is as it was; modes stay; data is untouched.
	sed 1d "$R/lib/a.c" | cmp - "$B/lib/a.c"
	sed 2d "$R/bench/run" | cmp - "$B/bench/run"
	sed 2d "$R/hooks/pre-commit" | cmp - "$B/hooks/pre-commit"
	[ -x "$R/bench/run" ] && [ -x "$R/hooks/pre-commit" ]
	cmp "$R/lib/c.c" "$B/lib/c.c"
	cmp "$R/t/data/csv-spectrum/x.csv" "$B/t/data/csv-spectrum/x.csv"
	cmp "$R/share/isac/model.en.csv" "$B/share/isac/model.en.csv"
	cmp "$R/README.md" "$B/README.md"
	# A second look finds nothing; a second --add adds nothing.
	run -0 --separate-stderr "$R/tools/spdx-check"
	assert_output ""
	run -0 "$R/tools/spdx-check" --add
	assert_output ""
	# A line too far down counts as missing.
	run -0 sed -n 1p "$R/lib/late.c"
	assert_output "/* SPDX-License-Identifier: EUPL-1.2 */"
	sed 1d "$R/lib/late.c" | cmp - "$B/lib/late.c"
}

@test "spdx-check: a page with the line is clean under groff -ww and reads the same" {
	tree
	git -C "$R" init -q
	"$R/tools/spdx-check" --add >/dev/null
	run -0 --separate-stderr groff -man -ww -z "$R/man/isac-score.1"
	assert_equal "$stderr" ""
	diff <(groff -man -Tutf8 -P-cbou "$R/man/isac-score.1") \
	    <(groff -man -Tutf8 -P-cbou "$TOP/man/isac-score.1")
	# and the C file compiles.
	cc -std=c17 -Wall -Wextra -Werror -c -o "$BATS_TEST_TMPDIR/a.o" \
	    "$R/lib/a.c"
}

@test "spdx-check: a usage error is exit 2 with the usage" {
	run -2 --separate-stderr "$TOP/tools/spdx-check" --remove
	assert_equal "$stderr" "usage: tools/spdx-check [--add]"
	assert_output ""
}

# NOTE: this test FAILS until the lead runs `tools/spdx-check --add' on
# the whole tree once the other branches are merged (issue 20); the tests
# above show what --add does, and that the tree still builds after it.
@test "license: every source file carries SPDX-License-Identifier: EUPL-1.2 (tools/spdx-check)" {
	run -0 --separate-stderr "$TOP/tools/spdx-check"
	assert_output ""
}

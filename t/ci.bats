# SPDX-License-Identifier: EUPL-1.2
# .ci/run tells the truth: a failing test fails CI.
load test_helper

# The environment of a fresh shell: bats puts its own libexec first on
# PATH, where a nested bats would miss the functions its wrapper defines.
fresh() {
	env -i HOME="$HOME" PATH="$(printf '%s' "$PATH" | tr ':' '\n' |
	    grep -v bats-core | paste -sd:)" "$@"
}

# A copy of the tree that builds, with one bats file of its own.
copy_tree() {
	d="$BATS_TEST_TMPDIR/tree"
	mkdir -p "$d/t"
	cp -R "$TOP/Makefile" "$TOP/.ci" "$TOP/lib" "$TOP/cmd" "$TOP/share" "$TOP/man" "$d/"
	cp "$TOP/t/run" "$TOP/t/test_helper.bash" "$d/t/"
}

@test "ci: .ci/run exits non-zero and counts the failure when a test fails" {
	copy_tree
	# bats would read a literal test line here as one of this file's own
	printf 'load test_helper\n%stest "passes" { true; }\n%stest "fails on purpose" { false; }\n' @ @ >"$d/t/one.bats"
	run --separate-stderr fresh TESTS=t/one.bats sh "$d/.ci/run"
	[ "$status" -ne 0 ]
	assert_equal "${lines[-1]}" "2 passed, 2 failed"
}

@test "ci: .ci/run exits 0 when every test passes" {
	copy_tree
	printf 'load test_helper\n%stest "passes" { isac-score --version; }\n' @ >"$d/t/one.bats"
	run --separate-stderr fresh TESTS=t/one.bats sh "$d/.ci/run"
	assert_equal "$status" 0
	assert_equal "${lines[-1]}" "2 passed, 0 failed"
}

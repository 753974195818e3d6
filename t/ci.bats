# .ci/run tells the truth: a failing test fails CI.
load test_helper

# A copy of the tree that builds, with one bats file of its own.
copy_tree() {
	d="$BATS_TEST_TMPDIR/tree"
	mkdir -p "$d/t"
	cp -R "$TOP/Makefile" "$TOP/.ci" "$TOP/lib" "$TOP/cmd" "$TOP/share" "$TOP/man" "$d/"
	cp "$TOP/t/run" "$TOP/t/test_helper.bash" "$d/t/"
}

@test "ci: .ci/run exits non-zero and counts the failure when a test fails" {
	copy_tree
	cat >"$d/t/one.bats" <<'BATS'
load test_helper
@test "passes" { true; }
@test "fails on purpose" { false; }
BATS
	run --separate-stderr env TESTS=t/one.bats sh "$d/.ci/run"
	[ "$status" -ne 0 ]
	assert_equal "${lines[-1]}" "2 passed, 2 failed"
}

@test "ci: .ci/run exits 0 when every test passes" {
	copy_tree
	cat >"$d/t/one.bats" <<'BATS'
load test_helper
@test "passes" { isac-score --version; }
BATS
	run --separate-stderr env TESTS=t/one.bats sh "$d/.ci/run"
	assert_equal "$status" 0
	assert_equal "${lines[-1]}" "2 passed, 0 failed"
}

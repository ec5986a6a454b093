#!/bin/sh
# run_unit.sh — runs each cmocka unit test binary (under $TEST_PREFIX, e.g. valgrind)
# and ends with one line "N passed, N failed" summed over every suite.
passed=0; failed=0; status=0
for t in "$@"; do
    out=$(${TEST_PREFIX:-} "$t" 2>&1); rc=$?
    printf '%s\n' "$out"
    p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' | tail -n 1)
    f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' | tail -n 1)
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
    if [ "$rc" -ne 0 ]; then
        status=1
        [ -z "$f" ] && failed=$((failed + 1)) && echo "$t: exited $rc"
    fi
done
echo "unit: $passed passed, $failed failed"
exit $status

#!/bin/sh
# replay.sh TARGET... — `make test`'s share of the fuzzers: runs each target
# (built with replay_main.c, no libFuzzer) once over every input of
# tests/fuzz/corpus/<target>/, and ends with "fuzz: N passed, N failed", one
# test per target.
passed=0; failed=0; status=0
for bin in "$@"; do
    name=$(basename "$bin")
    dirs="tests/fuzz/corpus/$name"
    [ -d "$dirs" ] || { echo "$name: no corpus at $dirs"; failed=$((failed + 1)); status=1; continue; }
    if out=$("$bin" "$dirs" 2>&1); then
        echo "$out"
        passed=$((passed + 1))
    else
        printf '%s\n' "$out" | tail -n 30
        echo "$name: FAILED on its corpus"
        failed=$((failed + 1)); status=1
    fi
done
echo "fuzz: $passed passed, $failed failed"
exit $status

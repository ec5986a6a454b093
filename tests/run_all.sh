#!/bin/sh
# run_all.sh UNITS INTEGS [FUZZ] — `make test`: the unit suites, then the
# integration suites against a private redis-server, then the hosts test
# (workers in network namespaces; skipped without root), then the replay of
# the fuzz corpus (FUZZ: the targets built with replay_main.c), then one
# summary line over all.
units=$1; integs=$2; fuzz=${3:-}
out=$(mktemp); trap 'rm -f "$out"' EXIT
status=0
passed=0; failed=0
# tally: adds the "N passed, N failed" of the last line of $out.
tally() {
    line=$(tail -n 1 "$out")
    p=$(echo "$line" | sed -n 's/.* \([0-9]*\) passed.*/\1/p'); f=$(echo "$line" | sed -n 's/.*, \([0-9]*\) failed.*/\1/p')
    passed=$(( passed + ${p:-0} )); failed=$(( failed + ${f:-0} ))
}
# Each half's status is its own, not tee's: a pipe into tee would hide a failure.
sh tests/run_unit.sh $units >"$out" 2>&1 || status=1
cat "$out"; tally
sh tests/integ/run.sh $integs >"$out" 2>&1 || status=1
cat "$out"; tally
sh tests/hosts/test_hosts.sh >"$out" 2>&1 || status=1
cat "$out"; tally
if [ -n "$fuzz" ]; then
    sh tests/fuzz/replay.sh $fuzz >"$out" 2>&1 || status=1
    cat "$out"; tally
fi
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "$passed passed, $failed failed"
exit $status

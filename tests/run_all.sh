#!/bin/sh
# run_all.sh UNITS INTEGS — `make test`: the unit suites, then the integration
# suites against a private redis-server, then one summary line over both.
units=$1; integs=$2
out=$(mktemp); trap 'rm -f "$out"' EXIT
status=0
# Each half's status is its own, not tee's: a pipe into tee would hide a failure.
sh tests/run_unit.sh $units >"$out" 2>&1 || status=1
cat "$out"
u=$(tail -n 1 "$out")
sh tests/integ/run.sh $integs >"$out" 2>&1 || status=1
cat "$out"
i=$(tail -n 1 "$out")
up=$(echo "$u" | sed -n 's/.* \([0-9]*\) passed.*/\1/p'); uf=$(echo "$u" | sed -n 's/.*, \([0-9]*\) failed.*/\1/p')
ip=$(echo "$i" | sed -n 's/.* \([0-9]*\) passed.*/\1/p'); if=$(echo "$i" | sed -n 's/.*, \([0-9]*\) failed.*/\1/p')
passed=$(( ${up:-0} + ${ip:-0} )); failed=$(( ${uf:-0} + ${if:-0} ))
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "$passed passed, $failed failed"
exit $status

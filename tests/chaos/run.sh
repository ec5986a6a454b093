#!/bin/sh
# run.sh ITEMS FAULTS [SEED] [FLOOD] — `make chaos`: the chaos run
# (build/tests/chaos/chaos, which starts its own redis-server with AOF), then,
# when FLOOD is given, test_flood with FLOOD malformed messages. Exits 1 when
# either failed.
set -u
items=$1; faults=$2; seed=${3:-}; flood=${4:-}
tmp=$(mktemp -d /tmp/wwchaos.XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
# the harness wants a shared redis-server's socket; chaos runs its own
export WW_TEST_REDIS="$tmp/unused.sock" WW_TEST_TMP="$tmp"
[ -n "${CHAOS_KEEP:-}" ] && trap - EXIT
status=0
build/tests/chaos/chaos --items "$items" --faults "$faults" ${seed:+--seed "$seed"} || status=1
if [ -n "$flood" ]; then
    echo "== test_flood with $flood malformed messages"
    WW_FLOOD_MESSAGES=$flood sh tests/integ/run.sh build/tests/integ/test_flood >"$tmp/flood.out" 2>&1 \
        || status=1
    grep -v '^\[' "$tmp/flood.out"
fi
exit $status

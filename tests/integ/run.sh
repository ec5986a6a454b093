#!/bin/sh
# run.sh TEST... — starts a private redis-server on a unix socket in a
# temporary directory (no port, no persistence), runs each integration test
# binary against it (WW_TEST_REDIS names the socket), and stops it again.
# Ends with "integ: N passed, N failed" summed over the suites.
set -u
tmp=$(mktemp -d /tmp/wwinteg.XXXXXX)
sock="$tmp/redis.sock"
redis-server --port 0 --unixsocket "$sock" --unixsocketperm 700 --save '' --appendonly no \
    --daemonize yes --pidfile "$tmp/redis.pid" --logfile "$tmp/redis.log" --dir "$tmp"
cleanup() {
    [ -f "$tmp/redis.pid" ] && kill "$(cat "$tmp/redis.pid")" 2>/dev/null
    sleep 0.2
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
i=0
while [ ! -S "$sock" ]; do
    i=$((i + 1)); [ $i -gt 100 ] && { echo "redis-server did not start"; cat "$tmp/redis.log"; exit 1; }
    sleep 0.05
done
export WW_TEST_REDIS="$sock" WW_TEST_TMP="$tmp"
sh tests/run_unit.sh "$@" >"$tmp/out" 2>&1
rc=$?
sed 's/^unit: /integ: /' "$tmp/out"
exit $rc

#!/bin/sh
# ceilings.sh — what the building blocks give on this machine, beside which
# the pipeline's figures are read: redis-benchmark (Debian's redis-tools,
# which comes with redis-server) against a private redis-server on a unix
# socket, for the operations the pipeline uses, then raw ZeroMQ (bench_zmq).
#
# Depths: per-item commands (XADD, SETRANGE, GETRANGE, HINCRBY) run inside
# the scripts, a batch at a time (the worker's batch-size, 64), so they are
# pipelined 64 deep here; a script call and XREADGROUP are one round trip per
# batch, so one at a time (XREADGROUP COUNT 64 of 3 KB entries, one
# consumer). 4 clients (a daemon and workers). One line per operation:
#   ceiling_redis op=… depth=… clients=… calls_per_s=… [entries_per_s=…]
set -eu
tmp=$(mktemp -d /tmp/wwceil.XXXXXX)
cleanup() {
    [ -f "$tmp/redis.pid" ] && kill "$(cat "$tmp/redis.pid")" 2>/dev/null || true
    sleep 0.2; rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
if ! command -v redis-benchmark >/dev/null; then
    echo "ceilings: redis-benchmark not found (Debian: redis-tools): Redis ceilings skipped"
else
    redis-server --port 0 --unixsocket "$tmp/redis.sock" --save '' --appendonly no \
        --daemonize yes --pidfile "$tmp/redis.pid" --logfile "$tmp/redis.log" --dir "$tmp"
    i=0
    while [ ! -S "$tmp/redis.sock" ]; do
        i=$((i + 1))
        if [ $i -gt 100 ]; then echo "ceilings.sh: redis-server did not start" >&2; exit 1; fi
        sleep 0.05
    done
    rcli() { redis-cli -s "$tmp/redis.sock" "$@" >/dev/null; }
    # bench OP DEPTH CLIENTS N PER_CALL COMMAND...: one line; PER_CALL entries per call.
    bench() {
        op=$1 depth=$2 clients=$3 n=$4 per=$5; shift 5
        rps=$(redis-benchmark -s "$tmp/redis.sock" -c "$clients" -P "$depth" -n "$n" --csv "$@" |
              awk -F'","' 'NR == 2 { printf "%.0f", $2 }')
        extra=""
        [ "$per" -gt 1 ] && extra=$(awk -v r="$rps" -v p="$per" 'BEGIN { printf " entries_per_s=%.0f", r * p }')
        echo "ceiling_redis op=$op depth=$depth clients=$clients calls_per_s=$rps$extra"
    }
    msg=$(head -c 3072 /dev/zero | tr '\0' x)
    record=$(head -c 172 /dev/zero | tr '\0' r)
    bench xadd_3kb 64 4 100000 1 XADD in '*' m "$msg"
    rcli XGROUP CREATE in g 0
    bench xreadgroup_count64_3kb 1 1 1500 64 XREADGROUP GROUP g c COUNT 64 STREAMS in '>'
    rcli DEL in
    sha=$(redis-cli -s "$tmp/redis.sock" SCRIPT LOAD "return 1")
    bench evalsha_trivial 1 4 100000 1 EVALSHA "$sha" 0
    rcli SETRANGE seg 65471 x
    bench setrange_172b_in_64kb 64 4 200000 1 SETRANGE seg 32768 "$record"
    bench getrange_172b_of_64kb 64 4 200000 1 GETRANGE seg 32768 32939
    bench hincrby 64 4 200000 1 -r 10000 HINCRBY 'ev:__rand_int__' reports 1
fi
${BENCH_PREFIX:-} build/tests/bench/bench_zmq "${BENCH_ZMQ_MESSAGES:-100000}"

#!/bin/sh
# index.sh — what the near-duplicate index costs: a private redis-server on
# a unix socket, then bench_index (tests/bench/bench_index.c) grows the
# remembered set through the worker's own lookup and commit code and prints
# Redis memory and CPU per item, lookup + commit time and the worker's index
# size at each size. BENCH_INDEX_MAX caps the largest size (default 1000000);
# BENCH_INDEX_WORKERS, BENCH_INDEX_MSG_BYTES: see bench_index.c.
set -eu
tmp=$(mktemp -d /tmp/wwindex.XXXXXX)
cleanup() {
    [ -f "$tmp/redis.pid" ] && kill "$(cat "$tmp/redis.pid")" 2>/dev/null || true
    sleep 0.2; rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
# The listpack limits are the ones deploy/redis.conf sets (the index keeps no
# hash any more: they change nothing it measures); BENCH_REDIS_DEFAULTS=1
# measures a plain redis-server instead.
limits="--hash-max-listpack-entries 1024 --hash-max-listpack-value 128"
[ "${BENCH_REDIS_DEFAULTS:-0}" = 1 ] && limits=""
# shellcheck disable=SC2086
redis-server --port 0 --unixsocket "$tmp/redis.sock" --save '' --appendonly no $limits \
    --daemonize yes --pidfile "$tmp/redis.pid" --logfile "$tmp/redis.log" --dir "$tmp"
i=0
while [ ! -S "$tmp/redis.sock" ]; do
    i=$((i + 1))
    if [ "$i" -gt 100 ]; then echo "index.sh: redis-server did not start" >&2; exit 1; fi
    sleep 0.05
done
${BENCH_PREFIX:-} build/tests/bench/bench_index "$tmp/redis.sock"

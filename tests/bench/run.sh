#!/bin/sh
# run.sh — `make bench`, in one run (figures, not assertions: the machine is
# shared, so compare the figures of one run with each other):
#   1. the ceilings: redis-benchmark for the Redis operations the pipeline
#      uses, raw ZeroMQ PUSH/PULL and PUB/SUB of 3 KB (ceilings.sh);
#   2. per stage, in process, us per 3 KB item in en, ru, ar, zh
#      (bench_stages), and the same stages' instructions per item under
#      callgrind, which repeat on a noisy machine (stages_ir.sh);
#   3. end to end with 1 and 2 workers, CPU of every process, Redis commands
#      and bytes per item, latency at saturation and at 1,000 items/s, and
#      the naive Python pipeline fed by the same driver (e2e.sh);
#   4. memory per remembered item at 10^4, 10^5, 10^6 (index.sh).
# Knobs: BENCH_ITEMS (end-to-end items per saturation run, 20000),
# BENCH_RATE / BENCH_RATE_SECONDS (1000 items/s for 10 s), BENCH_WINDOW
# (1000 in flight at saturation), BENCH_STAGE_ITEMS (5000 per script),
# BENCH_INDEX_MAX (10^6), BENCH_ZMQ_MESSAGES (100000), BENCH_MICRO=1 (also
# the single-stage benches bench_normalise, bench_fingerprint,
# bench_classify), BENCH_PREFIX (a wrapper for the in-process benches, e.g.
# "valgrind --tool=callgrind").
set -eu
b=build/tests/bench
echo "== make bench $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores," \
     "$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)," \
     "$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)," \
     "$(git describe --always --dirty 2>/dev/null || echo 'no git')"
echo "== 1. ceilings"
sh tests/bench/ceilings.sh
echo "== 2. per stage, in process"
${BENCH_PREFIX:-} "$b/bench_stages" "${BENCH_STAGE_ITEMS:-5000}"
sh tests/bench/stages_ir.sh
if [ "${BENCH_MICRO:-0}" = 1 ]; then
    for m in bench_normalise bench_fingerprint bench_classify; do ${BENCH_PREFIX:-} "$b/$m"; done
fi
echo "== 3. end to end (with 4. latency and 5. the Python pipeline)"
sh tests/bench/e2e.sh "${BENCH_ITEMS:-20000}"
echo "== 6. memory per remembered item"
sh tests/bench/index.sh

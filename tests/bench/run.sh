#!/bin/sh
# run.sh BENCH... — `make bench`: runs each CPU bench (one line of figures
# each), then the end-to-end bench: a private redis-server, wirewatchd and
# two workers, N generated 3 KB items fed through the acknowledged endpoint
# while `wirewatch tail` counts them out. Figures, not assertions: the
# machines are shared, so compare ratios measured in one run.
set -eu
for b in "$@"; do
    case $b in */bench_index) continue ;; esac # needs Redis: index.sh runs it
    ${BENCH_PREFIX:-} "$b"
done
sh tests/bench/index.sh
sh tests/bench/pipeline.sh "${BENCH_ITEMS:-20000}"

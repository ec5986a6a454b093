#!/bin/sh
# stages_ir.sh [ITEMS] — bench_stages under callgrind, one script at a time:
# thousands of instructions per item and stage. Unlike the times, these
# repeat from run to run on a shared, noisy machine, so they are what to
# compare across runs. ITEMS per script (default 200; the pool's 64 warm-up
# items count too). Skipped when valgrind is not installed.
set -eu
n=${1:-200}
if ! command -v valgrind >/dev/null || ! command -v callgrind_annotate >/dev/null; then
    echo "stages_ir: valgrind not found: instruction counts skipped"
    exit 0
fi
tmp=$(mktemp -d /tmp/wwir.XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
langs="en ru ar zh"
for l in $langs; do
    valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.$l" \
        build/tests/bench/bench_stages "$n" deploy/catalog/events.catalog "$l" >/dev/null 2>&1
    # the calls of run_item: "IR (PCT)  => tests/bench/bench_stages.c:stage_NAME[.isra.0] (Nx)"
    callgrind_annotate --inclusive=yes "$tmp/cg.$l" 2>/dev/null |
        sed -n 's/^ *\([0-9,]*\) ([^)]*)  => [^ ]*:stage_\([a-z]*\)[.a-z0-9]* (\([0-9]*\)x)$/\2 \1 \3/p' |
        tr -d , | sed "s/^/$l /" >> "$tmp/ir"
done
awk -v langs="$langs" '
    { ir[$2, $1] = $3 / $4 / 1000; if (!($2 in seen)) { seen[$2] = 1; order[++k] = $2 } }
    END {
        nl = split(langs, L, " ")
        printf "bench_stages_ir %-12s", "stage"
        for (j = 1; j <= nl; j++) printf " %8s", L[j]
        printf "   (thousands of instructions per item, callgrind)\n"
        for (i = 1; i <= k; i++) {
            printf "bench_stages_ir %-12s", order[i]
            for (j = 1; j <= nl; j++) { printf " %8.1f", ir[order[i], L[j]]; t[j] += ir[order[i], L[j]] }
            printf "\n"
        }
        printf "bench_stages_ir %-12s", "total"
        for (j = 1; j <= nl; j++) printf " %8.1f", t[j]
        printf "\n"
    }' "$tmp/ir"

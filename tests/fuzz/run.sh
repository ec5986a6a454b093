#!/bin/sh
# run.sh SECONDS TARGET... — runs each libFuzzer target for SECONDS, seeded
# from tests/fuzz/corpus/<target>/ (kept in git: every crash found stays a
# regression input) and, for the text targets, from the sample feed's pages.
# Exits non-zero on the first crash; the reproducer is left in build/fuzz/.
set -eu
seconds=$1; shift
for bin in "$@"; do
    name=$(basename "$bin")
    seeds="tests/fuzz/corpus/$name"
    work="build/fuzz/work-$name"
    mkdir -p "$seeds" "$work"
    case "$name" in
    fuzz_text|fuzz_classify)
        i=0
        while IFS= read -r line; do
            i=$((i + 1)); printf '%s' "$line" > "$work/feed-$i"
        done < sample_feed/feed.jsonl ;;
    fuzz_catalog)
        head -c 4000 deploy/catalog/events.catalog > "$work/catalog-head" ;;
    esac
    echo "== $name for ${seconds}s"
    if ! "$bin" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -artifact_prefix="build/fuzz/$name-" "$work" "$seeds" > "$work.log" 2>&1; then
        tail -n 40 "$work.log"
        echo "$name: crashed; reproducer in build/fuzz/$name-*"
        exit 1
    fi
    tail -n 2 "$work.log"
done

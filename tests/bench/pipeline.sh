#!/bin/sh
# pipeline.sh N — end-to-end throughput of the real programs on this machine.
set -eu
n=${1:-20000}
tmp=$(mktemp -d /tmp/wwbench.XXXXXX)
pids=""
cleanup() {
    for p in $pids; do kill "$p" 2>/dev/null || true; done
    [ -f "$tmp/redis.pid" ] && kill "$(cat "$tmp/redis.pid")" 2>/dev/null || true
    sleep 0.2; rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
redis-server --port 0 --unixsocket "$tmp/redis.sock" --save '' --appendonly no \
    --daemonize yes --pidfile "$tmp/redis.pid" --logfile "$tmp/redis.log" --dir "$tmp"
while [ ! -S "$tmp/redis.sock" ]; do sleep 0.05; done
cat > "$tmp/ww.conf" <<CONF
redis $tmp/redis.sock
ingest-endpoint ipc://$tmp/ingest
ack-endpoint ipc://$tmp/ack
publish-endpoint ipc://$tmp/pub
replay-endpoint ipc://$tmp/replay
catalog $PWD/deploy/catalog/events.catalog
backlog-limit 1000000
CONF
# 3 KB items with distinct texts: a paragraph of wire copy repeated with the
# item number woven in, so that no two are duplicates.
awk -v n="$n" 'BEGIN {
    p = "MOSCOW, March 6. /TASS/. Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry discussed the ceasefire in Syria by phone on Sunday, the ministry said. ";
    for (i = 0; i < n; i++) {
        body = "";
        for (k = 0; length(body) < 3000; k++) body = body p "Paragraph " k " of item " i ". ";
        printf "{\"id\":\"b%d\",\"source\":\"bench\",\"url\":\"https://b/%d\",\"title\":\"Item %d\",\"body\":\"%s\",\"published\":\"2016-03-06T12:00:00Z\"}\n", i, i, i, body;
    }
}' > "$tmp/items.jsonl"
build/bin/wirewatchd -c "$tmp/ww.conf" 2>"$tmp/d.log" &
pids="$pids $!"
for i in 1 2; do
    build/bin/wirewatch-worker -c "$tmp/ww.conf" 2>"$tmp/w$i.log" &
    pids="$pids $!"
done
sleep 0.3
start=$(date +%s%N)
build/bin/wirewatch tail -c "$tmp/ww.conf" --count "$n" --timeout 30 > "$tmp/out.jsonl" &
tail_pid=$!
sleep 0.2
build/bin/wirewatch feed -c "$tmp/ww.conf" --window 500 "$tmp/items.jsonl" > "$tmp/feed.out"
fed=$(date +%s%N)
wait "$tail_pid"
end=$(date +%s%N)
got=$(wc -l < "$tmp/out.jsonl")
awk -v n="$n" -v got="$got" -v s="$start" -v f="$fed" -v e="$end" 'BEGIN {
    printf "bench_pipeline items=%d published=%d bytes_per_item=3072 workers=2 ingest_items_per_s=%.0f end_to_end_items_per_s=%.0f\n",
        n, got, n / ((f - s) / 1e9), got / ((e - s) / 1e9) }'

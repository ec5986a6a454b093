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
# 3 KB items with distinct texts: words drawn at random from a vocabulary of
# wire copy (no two items are near copies), behind a TASS-style dateline.
awk -v n="$n" 'BEGIN {
    srand(7);
    nw = split("the ministers discussed ceasefire in syria and humanitarian access to besieged towns said ministry statement on sunday talks geneva envoy convoys monitoring group sides agreed continue contacts yemen ukraine minsk agreements progress violations reported officials washington moscow phone call initiative american side terrorist groups excluded truce council resolution border crossing aid trucks reached province governor refugees returned schools reopened market prices rose wheat harvest exports ports shipping insurance rates fell banks lending central rate inflation budget deficit parliament vote coalition opposition protest police arrested court ruling appeal sentence prison election campaign candidate polls turnout results", w, " ");
    for (i = 0; i < n; i++) {
        body = "MOSCOW, March 6. /TASS/.";
        while (length(body) < 3000) body = body " " w[int(rand() * nw) + 1];
        printf "{\"id\":\"b%d\",\"source\":\"bench\",\"url\":\"https://b/%d\",\"title\":\"Item %d\",\"body\":\"%s.\",\"published\":\"2016-03-06T12:00:00Z\"}\n", i, i, i, body;
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

#!/bin/sh
# demo.sh — the whole pipeline on sample_feed, on this machine: installs what
# is missing, builds, starts a private redis-server, wirewatchd and three
# workers, feeds sample_feed/feed.jsonl, prints the enriched items as JSON
# Lines, and stops everything it started. Nothing is left behind.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
make -s -j2 all

tmp=$(mktemp -d /tmp/wirewatch-demo.XXXXXX)
pids=""
cleanup() {
    for p in $pids; do kill "$p" 2>/dev/null || true; done
    [ -f "$tmp/redis.pid" ] && kill "$(cat "$tmp/redis.pid")" 2>/dev/null || true
    sleep 0.3
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

redis-server --port 0 --unixsocket "$tmp/redis.sock" --save '' --appendonly no \
    --daemonize yes --pidfile "$tmp/redis.pid" --logfile "$tmp/redis.log" --dir "$tmp"
while [ ! -S "$tmp/redis.sock" ]; do sleep 0.05; done

cat > "$tmp/wirewatch.conf" <<CONF
redis $tmp/redis.sock
ingest-endpoint ipc://$tmp/ingest
ack-endpoint ipc://$tmp/ack
publish-endpoint ipc://$tmp/pub
replay-endpoint ipc://$tmp/replay
catalog $PWD/deploy/catalog/events.catalog
CONF

build/bin/wirewatchd -c "$tmp/wirewatch.conf" 2>"$tmp/wirewatchd.log" &
pids="$pids $!"
for i in 1 2 3; do
    build/bin/wirewatch-worker -c "$tmp/wirewatch.conf" 2>"$tmp/worker$i.log" &
    pids="$pids $!"
done

echo "== feeding sample_feed/feed.jsonl (the broken lines are rejected on purpose)"
build/bin/wirewatch feed -c "$tmp/wirewatch.conf" sample_feed/feed.jsonl
n=$(grep -c . sample_feed/feed.jsonl)
echo "== what a dashboard receives (wirewatch tail --from 1 --brief): seq, topic, id, language,"
echo "   duplicate verdict, event instance; then the event updates"
build/bin/wirewatch tail -c "$tmp/wirewatch.conf" --from 1 --timeout 3 --brief
echo "== the first enriched items in full, as JSON (wirewatch tail --topic item. --from 1 --count 2)"
build/bin/wirewatch tail -c "$tmp/wirewatch.conf" --topic item. --from 1 --count 2
echo "== done: the $n lines of sample_feed went through; everything started here is stopped"

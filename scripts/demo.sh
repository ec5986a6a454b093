#!/bin/sh
# demo.sh — the whole pipeline on sample_feed, on this machine: installs what
# is missing, builds, starts a private redis-server, wirewatchd, three
# workers and the live board (wirewatch board, on BOARD_LISTEN, default
# 127.0.0.1:8080: its address is printed), feeds sample_feed/feed.jsonl,
# prints the enriched items as JSON Lines, and stops everything it started.
# Run from a terminal, it waits for Enter before stopping, so that the board
# can be looked at. Nothing is left behind.
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
board-listen ${BOARD_LISTEN:-127.0.0.1:8080}
CONF

build/bin/wirewatchd -c "$tmp/wirewatch.conf" 2>"$tmp/wirewatchd.log" &
pids="$pids $!"
for i in 1 2 3; do
    build/bin/wirewatch-worker -c "$tmp/wirewatch.conf" 2>"$tmp/worker$i.log" &
    pids="$pids $!"
done

build/bin/wirewatch board -c "$tmp/wirewatch.conf" >"$tmp/board.out" 2>"$tmp/board.log" &
pids="$pids $!"
i=0
while ! grep -q http "$tmp/board.out" 2>/dev/null; do
    i=$((i + 1))
    if [ $i -gt 100 ]; then echo "== the board did not start:"; cat "$tmp/board.log"; break; fi
    sleep 0.1
done
board=$(sed -n 's/^wirewatch board: //p' "$tmp/board.out")
[ -n "$board" ] && echo "== the live board: open $board in a browser (it fills up as items arrive)"

echo "== feeding sample_feed/feed.jsonl (the broken lines are rejected on purpose)"
build/bin/wirewatch feed -c "$tmp/wirewatch.conf" sample_feed/feed.jsonl
n=$(grep -c . sample_feed/feed.jsonl)
echo "== what a dashboard receives (wirewatch tail --from 1 --brief): seq, topic, id, language,"
echo "   duplicate verdict, event instance; then the event updates"
build/bin/wirewatch tail -c "$tmp/wirewatch.conf" --from 1 --timeout 3 --brief
echo "== the first enriched items in full, as JSON (wirewatch tail --topic item. --from 1 --count 2)"
build/bin/wirewatch tail -c "$tmp/wirewatch.conf" --topic item. --from 1 --count 2
[ -n "$board" ] && echo "== the live board is at $board"
if [ -t 0 ] && [ -n "$board" ]; then
    printf '== press Enter to stop everything (the board stays up until then) '
    read -r _
fi
echo "== done: the $n lines of sample_feed went through; everything started here is stopped"

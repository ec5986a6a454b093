#!/bin/sh
# test_hosts.sh — workers on other hosts, and one of those hosts dying.
#
# Three "hosts", network namespaces this test creates itself: h0 runs
# redis-server (TCP) and wirewatchd, h1 and h2 run two workers each, joined
# to h0 by veth pairs on a private subnet (10.231.1.0/24 to h1, 10.231.2.0/24
# to h2) that exists only inside them. The workers reach Redis over TCP
# across those links. The test
#   1. feeds ITEMS_A items and waits until all are published (every worker
#      host is seen to commit);
#   2. freezes h1 (SIGSTOP), feeds ITEMS_B more, and waits until h1's
#      consumers hold entries (delivered to them, never committed);
#   3. kills host h1: its links go down (no FIN reaches Redis) and every
#      process in its namespace gets SIGKILL, while the feed goes on;
#   4. checks that h2 claims what h1 held (after claim-idle, 2 s here) and
#      that every item comes out exactly once, with seqs 1..N without gaps
#      (`wirewatch tail`, and the output stream's length).
# Needs root (ip netns, veth): without it, or when namespaces cannot be made
# here, it says so and counts as skipped. Ends with "hosts: N passed, N
# failed[, N skipped]". Run by `make test` (tests/run_all.sh) and alone by
# `make test-hosts`. About 5 s.
set -u
ITEMS_A=${HOSTS_ITEMS_A:-600}
ITEMS_B=${HOSTS_ITEMS_B:-4400}
N=$((ITEMS_A + ITEMS_B))
bin=$PWD/build/bin
tag=ww$$
h0=${tag}h0 h1=${tag}h1 h2=${tag}h2
tmp=$(mktemp -d /tmp/wwhosts.XXXXXX)
made=""
failures=0

say() { echo "hosts: $*"; }
skip() {
    say "skipped: $*"
    cleanup
    say "0 passed, 0 failed, 1 skipped"
    exit 0
}
fail() { say "FAIL: $*"; failures=$((failures + 1)); }
in_ns() { ns=$1; shift; ip netns exec "$ns" "$@"; }
rcli() { in_ns "$h0" redis-cli -p 6379 "$@"; }

cleanup() {
    for ns in $made; do
        for p in $(ip netns pids "$ns" 2>/dev/null); do kill -9 "$p" 2>/dev/null; done
    done
    sleep 0.2
    for ns in $made; do ip netns del "$ns" 2>/dev/null; done
    made=""
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# Waits up to $2 seconds for the command $1 (a shell snippet) to succeed.
wait_for() {
    i=0
    while ! eval "$1"; do
        i=$((i + 1))
        [ $i -gt $(($2 * 10)) ] && return 1
        sleep 0.1
    done
}

[ "$(id -u)" -eq 0 ] || skip "needs root to create network namespaces (run as root: make test-hosts)"
command -v ip >/dev/null || skip "ip not found (Debian: iproute2)"
for p in wirewatchd wirewatch-worker wirewatch; do
    [ -x "$bin/$p" ] || { say "FAIL: $bin/$p not built"; exit 1; }
done

# --- the hosts and their links ---
for ns in "$h0" "$h1" "$h2"; do
    if ! ip netns add "$ns" 2>"$tmp/ip.err"; then
        skip "cannot create a network namespace here: $(cat "$tmp/ip.err")"
    fi
    made="$made $ns"
    # a namespace may be made where processes cannot enter it (a chroot
    # whose / is no mount point: "mount --make-rslave / failed")
    in_ns "$ns" ip link set lo up 2>"$tmp/ip.err" ||
        skip "cannot run a process in a network namespace here: $(head -n 1 "$tmp/ip.err")"
done
for k in 1 2; do
    eval "peer=\$h$k"
    ip link add "${tag}a$k" type veth peer name "${tag}b$k" 2>"$tmp/ip.err" ||
        skip "cannot create a veth pair here: $(cat "$tmp/ip.err")"
    ip link set "${tag}a$k" netns "$h0"
    ip link set "${tag}b$k" netns "$peer"
    in_ns "$h0" ip addr add "10.231.$k.1/24" dev "${tag}a$k"
    in_ns "$peer" ip addr add "10.231.$k.2/24" dev "${tag}b$k"
    in_ns "$h0" ip link set "${tag}a$k" up
    in_ns "$peer" ip link set "${tag}b$k" up
done

# --- h0: Redis and the daemon ---
in_ns "$h0" redis-server --port 6379 --bind 0.0.0.0 --protected-mode no --save '' \
    --appendonly no --daemonize yes --pidfile "$tmp/redis.pid" --logfile "$tmp/redis.log" \
    --dir "$tmp"
wait_for 'rcli PING >/dev/null 2>&1' 5 || { fail "redis-server did not start in $h0"; cleanup; exit 1; }
conf() { # conf FILE REDIS [WORKER-NAME]
    cat > "$1" <<CONF
redis $2
redis-timeout 2s
ingest-endpoint ipc://$tmp/ingest
ack-endpoint ipc://$tmp/ack
publish-endpoint ipc://$tmp/pub
replay-endpoint ipc://$tmp/replay
catalog none
claim-idle 2s
batch-size 32
stats-interval 1s
CONF
    [ -n "${3:-}" ] && echo "worker-name $3" >> "$1"
}
conf "$tmp/h0.conf" 127.0.0.1:6379
in_ns "$h0" "$bin/wirewatchd" -c "$tmp/h0.conf" 2>"$tmp/daemon.log" &
# --- h1, h2: two workers each, Redis across the link ---
for k in 1 2; do
    eval "peer=\$h$k"
    for w in 1 2; do
        conf "$tmp/h$k-w$w.conf" "10.231.$k.1:6379" "h$k-w$w"
        in_ns "$peer" "$bin/wirewatch-worker" -c "$tmp/h$k-w$w.conf" 2>"$tmp/h$k-w$w.log" &
    done
done
wait_for '[ -S "$tmp/ingest" ] || [ -e "$tmp/ack" ]' 10 || fail "the daemon did not bind"

# --- the items: distinct texts, ids b0..b(N-1) ---
awk -v n="$N" 'BEGIN {
    srand(11);
    nw = split("talks envoy ceasefire convoy ministry statement council border aid trucks province governor refugees schools market prices wheat harvest exports ports shipping banks lending budget deficit parliament vote coalition protest police court ruling appeal election campaign polls turnout results delegation visit analysts agreement district experts", w, " ");
    for (i = 0; i < n; i++) {
        body = "GENEVA, March 6 (Reuters) -";
        while (length(body) < 900) body = body " " w[int(rand() * nw) + 1];
        printf "{\"id\":\"b%d\",\"source\":\"hosts\",\"url\":\"https://h/%d\",\"title\":\"Item %d\",\"body\":\"%s.\",\"published\":\"2016-03-06T12:00:00Z\"}\n", i, i, i, body;
    }
}' > "$tmp/items.jsonl"
head -n "$ITEMS_A" "$tmp/items.jsonl" > "$tmp/a.jsonl"
tail -n "$ITEMS_B" "$tmp/items.jsonl" > "$tmp/b.jsonl"

outlen() { rcli XLEN 'ww:{w}:out' 2>/dev/null || echo 0; }
feed() { in_ns "$h0" "$bin/wirewatch" feed -c "$tmp/h0.conf" --window 200 --timeout 60 "$@"; }

# 1. every worker host at work
feed "$tmp/a.jsonl" > "$tmp/feed-a.out" 2>&1 || fail "feeding the first $ITEMS_A items failed"
wait_for '[ "$(outlen)" -ge "$ITEMS_A" ]' 20 || fail "the first $ITEMS_A items were not published"
for k in 1 2; do
    rcli XINFO CONSUMERS 'ww:{w}:in' workers > "$tmp/consumers" 2>&1
    grep -q "^h$k-w" "$tmp/consumers" || fail "no worker of h$k is a consumer: $(cat "$tmp/consumers")"
done

# 2. h1 frozen while the feed goes on: entries are delivered to it, not committed
h1_pids=$(ip netns pids "$h1")
kill -STOP $h1_pids
feed "$tmp/b.jsonl" > "$tmp/feed-b.out" 2>&1 &
feed_pid=$!
held() { # entries pending at h1's consumers
    rcli XINFO CONSUMERS 'ww:{w}:in' workers 2>/dev/null |
        awk '/^name$/ { getline; h1 = ($0 ~ /^h1-/) } /^pending$/ { getline; if (h1) s += $0 } END { print s + 0 }'
}
wait_for '[ "$(held)" -gt 0 ]' 20 || fail "h1's workers never held an entry"
held_before=$(held)

# 3. host h1 dies: links down, every process killed
feeding=done
kill -0 "$feed_pid" 2>/dev/null && feeding=running
in_ns "$h1" ip link set "${tag}b1" down
kill -9 $h1_pids
kill -CONT $h1_pids 2>/dev/null
say "killed host h1 (pids $(echo $h1_pids)) holding $held_before entries, the feed $feeding"

# 4. everything out exactly once
wait "$feed_pid" || fail "feeding the last $ITEMS_B items failed: $(tail -n 3 "$tmp/feed-b.out")"
in_ns "$h0" "$bin/wirewatch" tail -c "$tmp/h0.conf" --from 1 --count "$N" --timeout 30 \
    > "$tmp/out.jsonl" 2>"$tmp/tail.err" ||
    fail "tail stopped after $(wc -l < "$tmp/out.jsonl") of $N messages $(cat "$tmp/tail.err")"
python3 - "$tmp/out.jsonl" "$N" > "$tmp/check.out" 2>&1 <<'PY' || fail "$(cat "$tmp/check.out")"
import json, sys
path, n = sys.argv[1], int(sys.argv[2])
lines = [json.loads(l) for l in open(path) if l.strip()]
items = [l for l in lines if l.get("topic", "").startswith("item.")]
ids = [l["id"] for l in items]
seqs = sorted(l["seq"] for l in items)
want = {"b%d" % i for i in range(n)}
errors = []
if len(items) != len(lines):
    errors.append("%d messages that are not items" % (len(lines) - len(items)))
if len(ids) != len(set(ids)):
    errors.append("%d items came out twice" % (len(ids) - len(set(ids))))
if set(ids) != want:
    errors.append("missing %d, unexpected %d" % (len(want - set(ids)), len(set(ids) - want)))
if seqs != list(range(1, n + 1)):
    errors.append("seqs are not 1..%d without gaps (got %d, %s..%s)" %
                  (n, len(seqs), seqs[0] if seqs else "-", seqs[-1] if seqs else "-"))
if errors:
    sys.exit("; ".join(errors))
print("%d items, each once, seqs 1..%d" % (n, n))
PY
[ "$(outlen)" -eq "$N" ] || fail "the output stream holds $(outlen) entries, not $N"
claimed=$(cat "$tmp"/h2-w*.log | sed -n 's/.*claimed \([0-9]*\) entries.*/\1/p' | awk '{ s += $1 } END { print s + 0 }')
[ "$claimed" -ge "$held_before" ] || fail "h2 claimed $claimed entries, h1 held $held_before"
pending=$(rcli XPENDING 'ww:{w}:in' workers | head -n 1)
[ "$pending" = 0 ] || fail "$pending entries still pending"
if [ "$failures" -eq 0 ]; then
    say "$(cat "$tmp/check.out"); h2 claimed $claimed entries h1 held"
    cleanup
    say "1 passed, 0 failed"
    exit 0
fi
for f in "$tmp"/*.log; do echo "--- $f"; tail -n 5 "$f"; done
cleanup
say "0 passed, 1 failed"
exit 1

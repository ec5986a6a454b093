#!/bin/sh
# e2e.sh N — end to end, in one run: wirewatch with 1 and with 2 workers, and
# the naive Python pipeline (naive.py), each on a fresh private redis-server
# (unix socket, no persistence), all fed by the same driver (bench_driver:
# PUSH to the ingest endpoint, SUB on the publish endpoint).
#
# For each pipeline:
#   1. saturation: N distinct 3 KB items, at most BENCH_WINDOW (1000) in
#      flight; items/s, latency ingest-to-publish (closed loop: at saturation
#      it is the window over the rate), and per item the CPU of every process
#      (/proc/PID/stat; redis-server from INFO's used_cpu_*), Redis commands
#      (INFO commandstats, scripts' inner commands included) and Redis bytes
#      (INFO used_memory, after - before);
#   2. latency at BENCH_RATE (1000) items/s for BENCH_RATE_SECONDS (10).
# Before them, the daemon alone (no worker), N items queued: what ingest
# costs Redis and the daemon. Then the ratio of wirewatch to the Python
# pipeline. Figures, not
# assertions: the machine is shared; compare within one run.
set -eu
n=${1:-20000}
window=${BENCH_WINDOW:-1000}
rate=${BENCH_RATE:-1000}
rate_n=$(( rate * ${BENCH_RATE_SECONDS:-10} ))
python=${BENCH_PYTHON:-/usr/bin/python3}
tick=$(getconf CLK_TCK)
driver=build/tests/bench/bench_driver
tmp=$(mktemp -d /tmp/wwe2e.XXXXXX)
pids=""
cleanup() {
    stop_all
    rm -rf "$tmp"
}
stop_all() {
    for p in $pids; do kill "$p" 2>/dev/null || true; done
    for p in $pids; do wait "$p" 2>/dev/null || true; done
    pids=""
    if [ -f "$tmp/redis.pid" ]; then
        kill "$(cat "$tmp/redis.pid")" 2>/dev/null || true
        i=0
        while [ -S "$tmp/redis.sock" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
        rm -f "$tmp/redis.pid"
    fi
    rm -rf "$tmp/run"
}
trap cleanup EXIT INT TERM

start_redis() {
    mkdir -p "$tmp/run"
    redis-server --port 0 --unixsocket "$tmp/redis.sock" --save '' --appendonly no \
        --daemonize yes --pidfile "$tmp/redis.pid" --logfile "$tmp/run/redis.log" --dir "$tmp/run"
    i=0
    while [ ! -S "$tmp/redis.sock" ] || [ ! -s "$tmp/redis.pid" ]; do
        i=$((i + 1))
        if [ $i -gt 100 ]; then echo "e2e.sh: redis-server did not start" >&2; exit 1; fi
        sleep 0.05
    done
}
rcli() { redis-cli -s "$tmp/redis.sock" "$@"; }
wait_file() {
    i=0
    while [ ! -e "$1" ]; do
        i=$((i + 1))
        if [ $i -gt 100 ]; then echo "e2e.sh: $1 did not appear" >&2; exit 1; fi
        sleep 0.05
    done
}

# CPU seconds of PID so far (user + system, every thread).
cpu_of() { awk -v t="$tick" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / t }' "/proc/$1/stat"; }
redis_cpu() { rcli INFO cpu | tr -d '\r' | awk -F: '/^used_cpu_(sys|user):/ { s += $2 } END { printf "%.6f", s }'; }
redis_mem() { rcli INFO memory | tr -d '\r' | awk -F: '/^used_memory:/ { print $2 }'; }
# "command calls" per line, from INFO commandstats (INFO itself left out).
redis_calls() {
    rcli INFO commandstats | tr -d '\r' |
        sed -n 's/^cmdstat_\([^:]*\):calls=\([0-9]*\),.*/\1 \2/p' | grep -v '^info '
}

# snapshot NAME PID...: CPU of each named process and Redis's counters.
snapshot() {
    out=$1; shift
    : > "$out"
    for np in "$@"; do
        echo "${np%%=*} $(cpu_of "${np#*=}")" >> "$out"
    done
    echo "redis $(redis_cpu)" >> "$out"
    echo "memory $(redis_mem)" >> "$out"
    redis_calls | sed 's/^/calls /' >> "$out"
}

# report LABEL ITEMS BEFORE AFTER: per-item CPU, commands and bytes.
report() {
    awk -v label="$1" -v n="$2" '
        FNR == NR { if ($1 == "calls") c0[$2] = $3; else v0[$1] = $2; next }
        $1 == "calls" { c1[$2] = $3; next }
        { order[++k] = $1; v1[$1] = $2 }
        END {
            line = ""; total = 0
            for (i = 1; i <= k; i++) {
                p = order[i]; if (p == "memory") continue
                us = (v1[p] - v0[p]) * 1e6 / n; total += us
                line = line sprintf(" %s=%.1f", p, us)
            }
            printf "e2e_cpu %s us_per_item%s sum=%.1f\n", label, line, total
            calls = 0; top = ""
            for (c in c1) { d[c] = c1[c] - c0[c]; calls += d[c] }
            for (j = 0; j < 8; j++) {           # the 8 most frequent, most first
                best = ""; for (c in d) if (best == "" || d[c] > d[best]) best = c
                if (best == "" || d[best] <= 0) break
                top = top sprintf(" %s=%.3f", best, d[best] / n); delete d[best]
            }
            printf "e2e_redis %s commands_per_item=%.2f bytes_per_item=%.0f per_item:%s\n",
                label, calls / n, (v1["memory"] - v0["memory"]) / n, top
        }' "$3" "$4"
}

# drive KEY LABEL ARGS...: runs the driver, prints its line under LABEL, and
# keeps its items/s in $tmp/KEY.rate.
drive() {
    d_key=$1 d_label=$2; shift 2
    if ! "$driver" "$@" > "$tmp/driver.out"; then
        echo "e2e.sh: $d_label: not every item came out exactly once:" >&2
    fi
    sed "s/^bench_driver /e2e $d_label /" "$tmp/driver.out"
    sed -n 's/.* items_per_s=\([0-9]*\).*/\1/p' "$tmp/driver.out" > "$tmp/$d_key.rate"
}

conf_wirewatch() {
    cat > "$tmp/run/ww.conf" <<CONF
redis $tmp/redis.sock
ingest-endpoint ipc://$tmp/run/ingest
ack-endpoint ipc://$tmp/run/ack
publish-endpoint ipc://$tmp/run/pub
replay-endpoint ipc://$tmp/run/replay
catalog $PWD/deploy/catalog/events.catalog
backlog-limit 1000000
CONF
}

run_wirewatch() {
    workers=$1
    label="pipeline=wirewatch workers=$workers"
    start_redis
    conf_wirewatch
    build/bin/wirewatchd -c "$tmp/run/ww.conf" 2>"$tmp/run/d.log" &
    pids="$pids $!"; procs="daemon=$!"
    i=1
    while [ $i -le "$workers" ]; do
        build/bin/wirewatch-worker -c "$tmp/run/ww.conf" 2>"$tmp/run/w$i.log" &
        pids="$pids $!"; procs="$procs worker$i=$!"
        i=$((i + 1))
    done
    wait_file "$tmp/run/ingest"
    sleep 0.5
    snapshot "$tmp/before" $procs
    drive "ww$workers" "$label mode=saturation window=$window" -n "$n" -w "$window" \
        "ipc://$tmp/run/ingest" "ipc://$tmp/run/pub"
    snapshot "$tmp/after" $procs
    report "$label mode=saturation" "$n" "$tmp/before" "$tmp/after"
    drive "ww${workers}_rate" "$label mode=rate rate=$rate" -n "$rate_n" -f "$n" -r "$rate" -w 1000000 \
        "ipc://$tmp/run/ingest" "ipc://$tmp/run/pub"
    stop_all
}

# The daemon alone (no worker): what queueing an item costs Redis and the
# daemon (ingest.lua: the XADD of the raw item, the scraper id, the seq).
run_ingest_only() {
    start_redis
    conf_wirewatch
    build/bin/wirewatchd -c "$tmp/run/ww.conf" 2>"$tmp/run/d.log" &
    pids="$pids $!"; procs="daemon=$!"
    wait_file "$tmp/run/ingest"
    sleep 0.5
    snapshot "$tmp/before" $procs
    "$driver" -n "$n" -w "$n" -t 1 "ipc://$tmp/run/ingest" "ipc://$tmp/run/pub" >/dev/null || true
    i=0
    while [ "$(rcli XLEN 'ww:{w}:in')" -lt "$n" ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
    snapshot "$tmp/after" $procs
    report "pipeline=wirewatch workers=0 mode=ingest_only queued=$(rcli XLEN 'ww:{w}:in')" "$n" \
        "$tmp/before" "$tmp/after"
    stop_all
}

run_python() {
    label="pipeline=python"
    start_redis
    "$python" tests/bench/naive.py "$tmp/redis.sock" "ipc://$tmp/run/ingest" \
        "ipc://$tmp/run/pub" 2>"$tmp/run/py.log" &
    pids="$pids $!"; procs="python=$!"
    wait_file "$tmp/run/ingest"
    sleep 0.5
    snapshot "$tmp/before" $procs
    drive py "$label mode=saturation window=$window" -n "$n" -w "$window" \
        "ipc://$tmp/run/ingest" "ipc://$tmp/run/pub"
    snapshot "$tmp/after" $procs
    report "$label mode=saturation" "$n" "$tmp/before" "$tmp/after"
    drive py_rate "$label mode=rate rate=$rate" -n "$rate_n" -f "$n" -r "$rate" -w 1000000 \
        "ipc://$tmp/run/ingest" "ipc://$tmp/run/pub"
    stop_all
}

run_ingest_only
run_wirewatch 1
run_wirewatch 2
if "$python" -c 'import zmq, redis, msgpack' 2>/dev/null; then
    run_python
    awk -v w1="$(cat "$tmp/ww1.rate")" -v w2="$(cat "$tmp/ww2.rate")" -v py="$(cat "$tmp/py.rate")" \
        'BEGIN { if (py > 0) printf "e2e_ratio wirewatch_1_worker/python=%.2f wirewatch_2_workers/python=%.2f (goal: 4 or more with 2 workers)\n", w1 / py, w2 / py }'
else
    echo "e2e: the Python pipeline skipped: $python lacks zmq, redis or msgpack" \
         "(apt-get install python3-zmq python3-redis python3-msgpack)"
fi

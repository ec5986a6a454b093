/* SPDX-License-Identifier: MIT
 *
 * chaos — `make chaos`: feeds N items through both ingest endpoints while
 * the processes around them fail, then checks what came out (check.c).
 *
 *   chaos [--items N] [--seed S] [--faults wk=6,ws=3,dk=3,rk=3] [--workers 3]
 *
 * Half the items go to the acknowledged endpoint (a DEALER that resends what
 * is not answered ok: after 3 s without an answer, or 200 ms after "retry
 * later"), half are PUSHed once, fire and forget. Every item has an id. At
 * random points of the feed (drawn from the seed, printed) these faults
 * happen, one after the other:
 *   wk  a worker is killed with SIGKILL and a new one started
 *   ws  a worker is stopped with SIGSTOP for claim-idle + 1..2 s, then continued
 *   dk  the daemon is killed with SIGKILL and started again
 *   rk  redis-server (AOF, appendfsync always) is killed with SIGKILL and
 *       started again on its files
 * and throughout, a subscriber is slow (slowsub.c). The feed does not pass
 * the point of the next fault before it has happened, so every fault falls
 * inside the feed. The processes are the real ones (build/bin), with their
 * own redis-server; the run's directory is kept when CHAOS_KEEP is set.
 * Exits 0 when every check passed. */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zmq.h>

#include "chaos.h"
#include "ww_clock.h"
#include "ww_proto.h"
#include "ww_zsock.h"

#define WINDOW 64               /* ack items in flight */
#define ACK_TIMEOUT_MS 3000     /* resend an item not answered in this time */
#define RETRY_MS 200            /* resend after "retry later" */
#define CLAIM_IDLE_MS 2000      /* the run's claim-idle */
#define MAX_WORKERS 16
#define DRAIN_TIMEOUT_MS 180000 /* after the feed, for the pipeline to empty */
#define SLOW_SLEEP_US 2000      /* the slow subscriber's pause per message */

typedef enum { F_WORKER_KILL, F_WORKER_STOP, F_DAEMON_KILL, F_REDIS_KILL, F_KINDS } fault_kind_t;
static const char *const fault_names[F_KINDS] = { "wk", "ws", "dk", "rk" };
static const char *const fault_text[F_KINDS] = {
    "worker killed (SIGKILL), a new one started", "worker stopped (SIGSTOP) past claim-idle",
    "daemon killed (SIGKILL) and started again", "redis-server killed (SIGKILL) and started again",
};

typedef struct {
    fault_kind_t kind;
    double at;          /* progress of the feed, 0..1 */
} fault_t;

typedef struct {
    bool busy;
    long item;
    uint32_t gen;
    int64_t due_ms;
} slot_t;

typedef struct {
    harness_t *h;
    uint64_t rng;
    long n_items;
    int n_workers;
    fault_t *faults;
    size_t n_faults, next_fault;
    /* processes */
    pid_t redis, daemon, slowsub;
    pid_t worker[MAX_WORKERS];
    /* a fault in progress: what to do when, or 0 */
    int64_t restore_ms;
    fault_kind_t restore_kind;
    int restore_worker;
    int64_t t0;
    /* the feed */
    void *ctx, *dealer, *push;
    slot_t slot[WINDOW];
    long ack_next, ack_done;
    fed_t fed;
} chaos_t;

static uint32_t
rnd(chaos_t *c, uint32_t n)
{
    c->rng ^= c->rng << 13, c->rng ^= c->rng >> 7, c->rng ^= c->rng << 17;
    return n ? (uint32_t)(c->rng % n) : 0;
}

static double
elapsed(const chaos_t *c)
{
    return (double)(ww_clock_mono_ms() - c->t0) / 1000;
}

static double
progress(const chaos_t *c)
{
    return (double)(c->ack_done + c->fed.push_sent) / (double)c->n_items;
}

static void
say(const chaos_t *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
say(const chaos_t *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("chaos: t=%6.1fs fed=%3.0f%% ", elapsed(c), 100 * progress(c));
    vprintf(fmt, ap);
    printf("\n");
    fflush(stdout);
    va_end(ap);
}

/* ---- processes ---------------------------------------------------------- */

static pid_t
start_daemon(chaos_t *c)
{
    pid_t pid = harness_start(c->h, "wirewatchd", NULL, NULL);
    /* a daemon that cannot start (the lock, an endpoint) exits at once */
    if (harness_wait(c->h, pid, 300) != -1) {
        fprintf(stderr, "chaos: wirewatchd exited at start; see %s\n", c->h->dir);
        exit(1);
    }
    return pid;
}

static void
kill_wait(chaos_t *c, pid_t pid)
{
    kill(pid, SIGKILL);
    if (harness_wait(c->h, pid, 10000) == -1)
        fprintf(stderr, "chaos: pid %ld did not die\n", (long)pid);
}

static void
fire(chaos_t *c, const fault_t *f)
{
    int w = (int)rnd(c, (uint32_t)c->n_workers);
    int64_t now = ww_clock_mono_ms();
    c->restore_kind = f->kind;
    c->restore_worker = w;
    switch (f->kind) {
    case F_WORKER_KILL:
        kill_wait(c, c->worker[w]);
        c->restore_ms = now + rnd(c, 1000);
        say(c, "fault wk: worker %d (pid %ld) killed; new one in %lld ms", w,
            (long)c->worker[w], (long long)(c->restore_ms - now));
        break;
    case F_WORKER_STOP:
        kill(c->worker[w], SIGSTOP);
        c->restore_ms = now + CLAIM_IDLE_MS + 1000 + rnd(c, 1000);
        say(c, "fault ws: worker %d (pid %ld) stopped for %lld ms (claim-idle %d ms)", w,
            (long)c->worker[w], (long long)(c->restore_ms - now), CLAIM_IDLE_MS);
        break;
    case F_DAEMON_KILL:
        kill_wait(c, c->daemon);
        c->restore_ms = now + 200 + rnd(c, 1300);
        say(c, "fault dk: daemon (pid %ld) killed; started again in %lld ms", (long)c->daemon,
            (long long)(c->restore_ms - now));
        break;
    case F_REDIS_KILL:
        kill_wait(c, c->redis);
        c->restore_ms = now + 500 + rnd(c, 1500);
        say(c, "fault rk: redis-server (pid %ld) killed; started again in %lld ms",
            (long)c->redis, (long long)(c->restore_ms - now));
        break;
    case F_KINDS:
        break;
    }
}

static void
restore(chaos_t *c)
{
    int w = c->restore_worker;
    c->restore_ms = 0;
    switch (c->restore_kind) {
    case F_WORKER_KILL:
        c->worker[w] = harness_start(c->h, "wirewatch-worker", NULL, NULL);
        say(c, "       worker %d started again (pid %ld)", w, (long)c->worker[w]);
        break;
    case F_WORKER_STOP:
        kill(c->worker[w], SIGCONT);
        say(c, "       worker %d (pid %ld) continued", w, (long)c->worker[w]);
        break;
    case F_DAEMON_KILL:
        c->daemon = start_daemon(c);
        say(c, "       daemon started again (pid %ld)", (long)c->daemon);
        break;
    case F_REDIS_KILL:
        c->redis = harness_own_redis(c->h, true);
        say(c, "       redis-server started again on its AOF (pid %ld)", (long)c->redis);
        break;
    case F_KINDS:
        break;
    }
}

/* Fires the next fault once the feed reached its point and the one before
 * is over; restores what a fault took away when its time comes. */
static void
faults_tick(chaos_t *c)
{
    if (c->restore_ms != 0) {
        if (ww_clock_mono_ms() >= c->restore_ms)
            restore(c);
        return;
    }
    if (c->next_fault < c->n_faults && progress(c) >= c->faults[c->next_fault].at)
        fire(c, &c->faults[c->next_fault++]);
}

/* New items may be sent unless the feed is at the next fault's point. */
static bool
may_feed(const chaos_t *c)
{
    return c->next_fault >= c->n_faults || progress(c) < c->faults[c->next_fault].at;
}

/* ---- the feed ----------------------------------------------------------- */

void
chaos_body(char *out, size_t cap, const char *id)
{
    static const char *const words[] = {
        "ministers", "talks", "ceasefire", "aid", "convoy", "border", "council", "envoy",
        "delegation", "statement", "agreement", "monitors", "province", "capital", "summit",
        "sanctions", "refugees", "elections", "parliament", "budget", "exports", "harvest",
        "pipeline", "reactor", "airport", "railway", "bridge", "river", "storm", "drought",
        "court", "ruling", "protest", "strike", "union", "factory", "bank", "rates",
    };
    uint64_t s = 0xcbf29ce484222325ULL;
    for (const char *p = id; *p; p++)
        s = (s ^ (unsigned char)*p) * 0x100000001b3ULL;
    size_t n = (size_t)snprintf(out, cap, "GENEVA. Chaos item %s.", id);
    for (int i = 0; i < 40 && n + 16 < cap; i++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        n += (size_t)snprintf(out + n, cap - n, " %s", words[(s >> 33) % 38]);
    }
}

static void
encode(ww_buf_t *b, const char *source, const char *id)
{
    char body[600];
    chaos_body(body, sizeof body, id);
    ww_buf_reset(b);
    harness_item(b, source, id, body);
}

static void
send_ack(chaos_t *c, size_t i, int64_t now)
{
    slot_t *s = &c->slot[i];
    char id[32], token[32];
    snprintf(id, sizeof id, "ack-%ld", s->item);
    int tlen = snprintf(token, sizeof token, "%ld:%u", s->item, s->gen);
    ww_buf_t b = WW_BUF_INIT;
    encode(&b, "chaos.ack", id);
    const void *f[2] = { token, b.ptr };
    size_t l[2] = { (size_t)tlen, b.len };
    if (ww_zsock_send(c->dealer, f, l, 2, ZMQ_DONTWAIT) == 0)
        s->due_ms = now + ACK_TIMEOUT_MS;
    else
        s->due_ms = now + RETRY_MS;
    ww_buf_free(&b);
}

static void
feed_ack(chaos_t *c, int64_t now)
{
    for (size_t i = 0; i < WINDOW; i++) {
        slot_t *s = &c->slot[i];
        if (!s->busy && c->ack_next < c->fed.n_ack && may_feed(c)) {
            s->busy = true, s->item = c->ack_next++, s->gen++, s->due_ms = now;
        } else if (s->busy && s->due_ms <= now) {
            c->fed.ack_resends++;
            s->gen++;
        }
        if (s->busy && s->due_ms <= now)
            send_ack(c, i, now);
    }
}

/* An answer names the item and the send it answers ("item:gen"). An ok
 * answer to any send of an item must carry the same ingest seq as every
 * other ok answer for it. */
static void
on_answer(chaos_t *c, const ww_zmsg_t *m, int64_t now)
{
    long item;
    unsigned gen;
    ww_ack_t ack;
    ww_reject_t why;
    if (m->n != 2 || sscanf(m->frame[0].ptr, "%ld:%u", &item, &gen) != 2 || item < 0 ||
        item >= c->fed.n_ack ||
        ww_proto_decode_ack((const uint8_t *)m->frame[1].ptr, m->frame[1].len, &ack, &why))
        return;
    uint64_t *seq = &c->fed.ack_seq[item];
    if (ack.status == WW_ACK_OK) {
        if (*seq != 0 && *seq != ack.ingest_seq) {
            c->fed.ack_mismatch++;
            fprintf(stderr, "chaos: ack-%ld answered ok with ingest seq %llu, earlier %llu\n",
                    item, (unsigned long long)ack.ingest_seq, (unsigned long long)*seq);
        }
        if (*seq == 0)
            *seq = ack.ingest_seq;
    }
    slot_t *s = NULL;
    for (size_t i = 0; i < WINDOW && s == NULL; i++)
        if (c->slot[i].busy && c->slot[i].item == item && c->slot[i].gen == gen)
            s = &c->slot[i];
    if (s == NULL)
        return; /* an answer to an earlier send of an item settled since */
    if (ack.status == WW_ACK_RETRY) {
        c->fed.ack_retry++;
        s->due_ms = now + RETRY_MS;
        return;
    }
    if (ack.status == WW_ACK_REJECTED) {
        c->fed.ack_rejected++;
        fprintf(stderr, "chaos: ack-%ld rejected: %.*s\n", item, (int)ack.reason.len,
                ack.reason.p);
    } else {
        c->fed.ack_already += ack.already;
    }
    s->busy = false;
    c->ack_done++;
}

static void
feed_push(chaos_t *c)
{
    ww_buf_t b = WW_BUF_INIT;
    /* PUSH keeps pace with the acknowledged feed */
    while (c->fed.push_sent < c->fed.n_push && c->fed.push_sent <= c->ack_done + WINDOW &&
           may_feed(c)) {
        char id[32];
        snprintf(id, sizeof id, "push-%ld", c->fed.push_sent);
        encode(&b, "chaos.push", id);
        const void *f[1] = { b.ptr };
        size_t l[1] = { b.len };
        if (ww_zsock_send(c->push, f, l, 1, ZMQ_DONTWAIT) == -1)
            break; /* high-water mark: the daemon is away or behind */
        c->fed.push_sent++;
    }
    ww_buf_free(&b);
}

static void
run_feed(chaos_t *c)
{
    ww_zmsg_t m = { 0 };
    int64_t last_say = 0;
    while (c->ack_done < c->fed.n_ack || c->fed.push_sent < c->fed.n_push ||
           c->next_fault < c->n_faults || c->restore_ms != 0) {
        int64_t now = ww_clock_mono_ms();
        faults_tick(c);
        feed_ack(c, now);
        feed_push(c);
        zmq_pollitem_t pi = { c->dealer, 0, ZMQ_POLLIN, 0 };
        if (zmq_poll(&pi, 1, 10) > 0)
            while (ww_zsock_recv(c->dealer, &m, ZMQ_DONTWAIT) == 0)
                on_answer(c, &m, ww_clock_mono_ms());
        if (now - last_say >= 5000) {
            say(c, "acknowledged %ld of %ld, pushed %ld of %ld", c->ack_done, c->fed.n_ack,
                c->fed.push_sent, c->fed.n_push);
            last_say = now;
        }
    }
    ww_zmsg_free(&m);
    say(c, "feed done: acknowledged %ld, pushed %ld; %ld resends, %ld \"retry later\", %ld "
        "\"already queued\"",
        c->ack_done, c->fed.push_sent, c->fed.ack_resends, c->fed.ack_retry,
        c->fed.ack_already);
}

/* ---- set-up ------------------------------------------------------------- */

static int
fault_cmp(const void *a, const void *b)
{
    double x = ((const fault_t *)a)->at, y = ((const fault_t *)b)->at;
    return x < y ? -1 : x > y;
}

/* Parses "wk=6,ws=3,dk=3,rk=3" and draws each fault's point of the feed
 * (between 5% and 90%). */
static int
plan_faults(chaos_t *c, const char *spec)
{
    int count[F_KINDS] = { 0 };
    char *copy = strdup(spec), *save = NULL;
    for (char *t = strtok_r(copy, ",", &save); t != NULL; t = strtok_r(NULL, ",", &save)) {
        int k = 0;
        while (k < F_KINDS && strncmp(t, fault_names[k], 2) != 0)
            k++;
        if (k == F_KINDS || t[2] != '=' || atoi(t + 3) < 0) {
            fprintf(stderr, "chaos: bad fault '%s' (want wk=N,ws=N,dk=N,rk=N)\n", t);
            free(copy);
            return -1;
        }
        count[k] = atoi(t + 3);
    }
    free(copy);
    for (int k = 0; k < F_KINDS; k++) {
        for (int i = 0; i < count[k]; i++) {
            c->faults = realloc(c->faults, (c->n_faults + 1) * sizeof *c->faults);
            c->faults[c->n_faults].kind = (fault_kind_t)k;
            c->faults[c->n_faults++].at = 0.05 + 0.85 * (double)rnd(c, 10000) / 10000;
        }
    }
    qsort(c->faults, c->n_faults, sizeof *c->faults, fault_cmp);
    printf("chaos: faults in order:");
    for (size_t i = 0; i < c->n_faults; i++)
        printf(" %s@%.0f%%", fault_names[c->faults[i].kind], 100 * c->faults[i].at);
    printf("\n");
    for (int k = 0; k < F_KINDS; k++)
        printf("chaos:   %s x%d: %s\n", fault_names[k], count[k], fault_text[k]);
    return 0;
}

static void
start_all(chaos_t *c)
{
    char conf[512];
    snprintf(conf, sizeof conf,
             "claim-idle %dms\nredis-timeout 1s\nstats-interval 1s\npublish-hwm 1000\n"
             "batch-size 32\noutput-maxlen %ld\n",
             CLAIM_IDLE_MS, 4 * c->n_items + 10000);
    c->h = harness_new("chaos", conf);
    if (c->h == NULL)
        exit(1);
    /* appendfsync always: an item is acknowledged only after Redis wrote it
     * to the AOF, so a SIGKILL of Redis cannot lose it (everysec may answer
     * before the write when a background fsync is slow) */
    c->redis = harness_own_redis(c->h, true);
    c->daemon = start_daemon(c);
    for (int i = 0; i < c->n_workers; i++)
        c->worker[i] = harness_start(c->h, "wirewatch-worker", NULL, NULL);
    char ep[400], out[400], sleep_us[32];
    snprintf(ep, sizeof ep, "ipc://%s/pub", c->h->dir);
    snprintf(out, sizeof out, "%s/slowsub.seqs", c->h->dir);
    snprintf(sleep_us, sizeof sleep_us, "%d", SLOW_SLEEP_US);
    c->slowsub = fork();
    if (c->slowsub == 0) {
        execl("/proc/self/exe", "chaos", "--slow-subscriber", ep, out, sleep_us, (char *)NULL);
        _exit(127);
    }
    c->ctx = zmq_ctx_new();
    c->dealer = harness_connect(c->h, c->ctx, ZMQ_DEALER, "ack");
    c->push = harness_connect(c->h, c->ctx, ZMQ_PUSH, "ingest");
    if (c->dealer == NULL || c->push == NULL)
        exit(1);
}

static long long
redis_int(harness_t *h, const char *fmt, const char *key)
{
    redisReply *r = harness_redis(h, fmt, key);
    long long v = -1;
    if (r != NULL && r->type == REDIS_REPLY_INTEGER)
        v = r->integer;
    else if (r != NULL && r->type == REDIS_REPLY_STRING)
        v = atoll(r->str);
    else if (r != NULL && r->type == REDIS_REPLY_ARRAY && r->elements > 0 &&
             r->element[0]->type == REDIS_REPLY_INTEGER)
        v = r->element[0]->integer; /* XPENDING: the count */
    if (r != NULL)
        freeReplyObject(r);
    return v;
}

/* Waits until nothing is queued or pending and the publisher has sent
 * everything: the input stream empty, no pending entry, pub == seq, for 2 s. */
static bool
drain(chaos_t *c)
{
    harness_t *h = c->h;
    int64_t give_up = ww_clock_mono_ms() + DRAIN_TIMEOUT_MS, calm_since = 0;
    while (ww_clock_mono_ms() < give_up) {
        long long in = redis_int(h, "XLEN %s", h->keys.in);
        long long pending = redis_int(h, "XPENDING %s " WW_GROUP, h->keys.in);
        long long seq = redis_int(h, "GET %s", h->keys.seq);
        long long pub = redis_int(h, "GET %s", h->keys.pub);
        bool calm = in == 0 && pending == 0 && seq > 0 && pub == seq;
        if (!calm)
            calm_since = 0;
        else if (calm_since == 0)
            calm_since = ww_clock_mono_ms();
        else if (ww_clock_mono_ms() - calm_since >= 2000)
            return true;
        harness_sleep_ms(100);
    }
    return false;
}

static void
stop_all(chaos_t *c)
{
    zmq_close(c->dealer);
    zmq_close(c->push);
    zmq_ctx_term(c->ctx);
    for (int i = 0; i < c->n_workers; i++) {
        int rc = harness_stop(c->h, c->worker[i], SIGTERM);
        if (rc != 0)
            printf("chaos: worker %d exited %d on SIGTERM\n", i, rc);
    }
    int rc = harness_stop(c->h, c->daemon, SIGTERM);
    if (rc != 0)
        printf("chaos: the daemon exited %d on SIGTERM\n", rc);
}

int
main(int argc, char **argv)
{
    if (argc == 5 && strcmp(argv[1], "--slow-subscriber") == 0)
        return slowsub_main(argv[2], argv[3], atol(argv[4]));
    static const struct option longs[] = {
        { "items", required_argument, NULL, 'n' }, { "seed", required_argument, NULL, 's' },
        { "faults", required_argument, NULL, 'f' }, { "workers", required_argument, NULL, 'w' },
        { NULL, 0, NULL, 0 },
    };
    chaos_t c;
    memset(&c, 0, sizeof c);
    c.n_items = 20000;
    c.n_workers = 3;
    unsigned long long seed = (unsigned long long)time(NULL);
    const char *faults = "wk=6,ws=3,dk=3,rk=3";
    int opt;
    while ((opt = getopt_long(argc, argv, "", longs, NULL)) != -1) {
        switch (opt) {
        case 'n': c.n_items = atol(optarg); break;
        case 's': seed = strtoull(optarg, NULL, 10); break;
        case 'f': faults = optarg; break;
        case 'w': c.n_workers = atoi(optarg); break;
        default:
            fprintf(stderr, "usage: chaos [--items N] [--seed S] [--faults wk=N,ws=N,dk=N,rk=N] "
                            "[--workers N]\n");
            return 64;
        }
    }
    if (c.n_items < 2 || c.n_workers < 1 || c.n_workers > MAX_WORKERS) {
        fprintf(stderr, "chaos: --items >= 2, --workers 1..%d\n", MAX_WORKERS);
        return 64;
    }
    signal(SIGPIPE, SIG_IGN);
    c.rng = seed * 0x9e3779b97f4a7c15ULL + 1;
    printf("chaos: seed %llu (again: make chaos CHAOS_SEED=%llu), %ld items (%ld acknowledged, "
           "%ld PUSHed), %d workers, redis-server with AOF, appendfsync always\n",
           seed, seed, c.n_items, c.n_items / 2, c.n_items - c.n_items / 2, c.n_workers);
    if (plan_faults(&c, faults) == -1)
        return 64;
    c.fed.n_ack = c.n_items / 2;
    c.fed.n_push = c.n_items - c.fed.n_ack;
    c.fed.ack_seq = calloc((size_t)c.fed.n_ack, sizeof *c.fed.ack_seq);
    start_all(&c);
    c.t0 = ww_clock_mono_ms();
    run_feed(&c);
    bool drained = drain(&c);
    if (drained)
        say(&c, "the pipeline is empty: nothing queued, nothing pending, all published");
    else
        say(&c, "the pipeline did not empty in %d s", DRAIN_TIMEOUT_MS / 1000);
    kill(c.slowsub, SIGTERM);
    waitpid(c.slowsub, NULL, 0);
    char slow_out[400];
    snprintf(slow_out, sizeof slow_out, "%s/slowsub.seqs", c.h->dir);
    int failed = check_all(c.h, &c.fed, slow_out) + !drained;
    stop_all(&c);
    printf("chaos: %s (%.0f s)\n", failed == 0 ? "PASSED" : "FAILED", elapsed(&c));
    if (getenv("CHAOS_KEEP") != NULL || failed > 0) {
        printf("chaos: the run's logs are in %s\n", c.h->dir);
        setenv("WW_TEST_KEEP", "1", 1);
    }
    harness_destroy(&c.h);
    free(c.fed.ack_seq);
    free(c.faults);
    return failed == 0 ? 0 : 1;
}

/* SPDX-License-Identifier: MIT
 *
 * wirewatch-worker — one worker process; run any number, on any machine that
 * reaches Redis. It opens no ZeroMQ socket: it reads the input stream through
 * the consumer group "workers" (consume.c) and hands each batch to the
 * pipeline (pipeline.c: enrich, classify, fingerprint, near verdicts, one
 * atomic commit). Entries a dead worker left pending are claimed after
 * claim-idle; one delivered max-deliveries times is dead-lettered.
 *
 * One thread; the loop blocks in XREADGROUP for at most BLOCK_MS so that
 * signals and claim scans are seen in time. This is the only file that exits. */
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "commit.h"
#include "consume.h"
#include "near.h"
#include "pipeline.h"
#include "report.h"
#include "worker.h"
#include "ww_alloc.h"
#include "ww_args.h"
#include "ww_clock.h"
#include "ww_log.h"
#include "ww_notify.h"
#include "ww_sig.h"

#define EXIT_USAGE 64
#define EXIT_CONFIG 78
#define BLOCK_MS 500       /* longest wait in XREADGROUP: bounds the reaction to signals */
#define REDIS_WAIT_MS 100
#define REDIS_BACKOFF_MAX_MS 5000 /* ww_redis's longest pause between attempts */

typedef struct {
    worker_t w;
    entry_t *entries;      /* batch-size entries, reused */
    result_t *results;
    bool own_pending;      /* re-read our own pending entries first (after a connect) */
    bool connected_once;   /* Redis took our credentials at least once */
    char claim_cursor[48];
    int64_t next_claim_ms;
    int64_t next_stats_ms;
    report_t report;       /* counters and heartbeat in Redis, for /metrics */
    ww_notify_t notify;    /* systemd: ready, status, watchdog */
    const char *config;    /* -c FILE, read again on SIGHUP for log-level */
    bool redis_down;       /* said so in the log: the next connect says it is back */
    int64_t down_since_ms;
    unsigned long down_attempts; /* failed connects since */
} loop_t;

static void
log_stats(const worker_t *w)
{
    const worker_stats_t *s = &w->stats;
    ww_log(WW_LOG_NOTICE, "stats",
           "name=%s read=%llu claimed=%llu committed=%llu near=%llu events=%llu dead=%llu "
           "lost_race=%llu conflicts=%llu stale=%llu candidates=%llu log_records=%llu "
           "log_newer=%llu index_items=%zu index_bytes=%zu redis_errors=%llu",
           w->name, (unsigned long long)s->read, (unsigned long long)s->claimed,
           (unsigned long long)s->committed, (unsigned long long)s->near,
           (unsigned long long)s->events,
           (unsigned long long)s->dead, (unsigned long long)s->lost_race,
           (unsigned long long)s->conflicts, (unsigned long long)s->stale,
           (unsigned long long)s->candidates, (unsigned long long)s->log_records,
           (unsigned long long)s->log_newer, w->log.index ? fpindex_count(w->log.index) : 0,
           w->log.index ? fpindex_bytes(w->log.index) : 0, (unsigned long long)s->redis_errors);
}

/* One line per change of Redis's availability, not one per attempt: when
 * it goes (the first failed connect, or a lost connection) with the reason,
 * and when it is back with how long it was away. Each attempt is logged at
 * info only. */
static void
say_redis_down(loop_t *l, const char *what)
{
    if (l->redis_down)
        return;
    l->redis_down = true;
    l->down_since_ms = ww_clock_mono_ms();
    l->down_attempts = 0;
    ww_log(WW_LOG_WARN, "redis",
           "unavailable (%s: %s; redis-timeout %lld ms): reconnecting every %d ms at most; "
           "one line when it is back",
           what, ww_redis_errstr(l->w.redis), l->w.conf.redis_timeout, REDIS_BACKOFF_MAX_MS);
}

/* Connects when needed. Returns -1 when Redis refuses the credentials
 * before the first connection ever succeeded: a config error. */
static int
keep_redis(loop_t *l)
{
    worker_t *w = &l->w;
    while (!ww_redis_connected(w->redis)) {
        if (!ww_redis_reconnect_due(w->redis, ww_clock_mono_ms())) {
            poll(NULL, 0, REDIS_WAIT_MS);
            return 0;
        }
        if (ww_redis_connect(w->redis) == -1 || consume_create_group(w) == -1) {
            if (!l->connected_once && ww_redis_refused(w->redis)) {
                ww_log(WW_LOG_ERROR, "redis", "%s: %s (redis-user, redis-password-file)",
                       w->conf.redis, ww_redis_errstr(w->redis));
                return -1;
            }
            ww_log(WW_LOG_INFO, "redis", "cannot connect: %s", ww_redis_errstr(w->redis));
            say_redis_down(l, "cannot connect");
            l->down_attempts++;
            return 0;
        }
        if (l->redis_down)
            ww_log(WW_LOG_NOTICE, "redis",
                   "available again after %.1f s (%lu attempts): connected to %s as consumer %s",
                   (double)(ww_clock_mono_ms() - l->down_since_ms) / 1000, l->down_attempts + 1,
                   w->conf.redis, w->name);
        else
            ww_log(WW_LOG_NOTICE, "redis", "connected to %s as consumer %s", w->conf.redis,
                   w->name);
        l->redis_down = false;
        l->own_pending = true;
        l->connected_once = true;
    }
    return 0;
}

/* One turn: claim what silent workers left, or read new entries. */
static void
step(loop_t *l)
{
    worker_t *w = &l->w;
    size_t max = (size_t)w->conf.batch_size, n = 0;
    int64_t now = ww_clock_mono_ms();
    int rc;
    if (now >= l->next_claim_ms) {
        rc = consume_claim(w, l->entries, max, l->claim_cursor, &n);
        if (n < max || strcmp(l->claim_cursor, "0-0") == 0)
            l->next_claim_ms = now + w->conf.claim_idle / 2;
        if (n > 0)
            ww_log(WW_LOG_NOTICE, "worker", "claimed %zu entries idle over %lldms", n,
                   w->conf.claim_idle);
    } else {
        rc = consume_read(w, l->entries, max, l->own_pending, BLOCK_MS, &n);
        if (rc == 0 && l->own_pending && n == 0)
            l->own_pending = false;
    }
    w->stats.read += n;
    if (rc == 0 && n > 0)
        rc = pipeline_batch(w, l->entries, l->results, n);
    else if (rc == 0)
        rc = pipeline_idle(w);
    if (rc == -1) {
        w->stats.redis_errors++;
        if (!ww_redis_connected(w->redis))
            say_redis_down(l, "connection lost");
        else
            poll(NULL, 0, REDIS_WAIT_MS); /* a script error: do not spin */
    }
}

/* Loads the catalog the config names (ww_conf_catalog: the shipped one when
 * it names none). At start a bad catalog is fatal (returns -1); on SIGHUP the
 * old one stays in force. */
static int
load_catalog(worker_t *w, bool reload)
{
    bool shipped = false;
    const char *path = ww_conf_catalog(&w->conf, &shipped);
    if (path == NULL) {
        ww_log(WW_LOG_NOTICE, "catalog", "none (catalog none): classification is off");
        return 0;
    }
    char err[512] = "";
    catalog_t *c = catalog_load(path, err, sizeof err);
    if (c == NULL) {
        ww_log(WW_LOG_ERROR, "catalog", "%s%s", err,
               reload ? " (the previous catalog stays in force)" : "");
        return -1;
    }
    catalog_destroy(&w->catalog);
    w->catalog = c;
    ww_log(WW_LOG_NOTICE, "catalog", "%s %s%s: %zu event types", reload ? "reloaded" : "loaded",
           path, shipped ? " (the shipped catalog)" : "", catalog_n_events(c));
    return 0;
}

/* SIGHUP: the catalog, and the config file's log-level (the other directives
 * need a restart). */
static void
reload(loop_t *l)
{
    ww_notify_reloading(false);
    load_catalog(&l->w, true);
    ww_conf_t fresh;
    char err[512] = "";
    if (ww_conf_load(&fresh, l->config, err, sizeof err) == -1)
        ww_log(WW_LOG_ERROR, "main", "reload: %s (log-level unchanged)", err);
    else
        ww_log(WW_LOG_NOTICE, "main", "reloaded: log-level=%s", fresh.log_level);
    ww_conf_free(&fresh);
    ww_notify_reloading(true);
}

/* The loop. Returns 0 on a stop signal, EXIT_CONFIG when Redis refuses the
 * credentials at the start. */
static int
run(loop_t *l, int sigfd)
{
    for (;;) {
        struct pollfd p = { sigfd, POLLIN, 0 };
        if (poll(&p, 1, 0) > 0) {
            ww_sig_events_t ev = ww_sig_take();
            if (ev.stop)
                return 0;
            if (ev.reload)
                reload(l);
        }
        if (keep_redis(l) == -1)
            return EXIT_CONFIG;
        if (ww_redis_connected(l->w.redis))
            step(l);
        report_tick(&l->w, &l->report, ww_clock_mono_ms());
        if (ww_redis_connected(l->w.redis))
            ww_notify_ready(&l->notify, "consuming");
        ww_notify_tick(&l->notify, ww_clock_mono_ms());
        if (ww_clock_mono_ms() >= l->next_stats_ms) {
            log_stats(&l->w);
            ww_notify_status("committed=%llu dead=%llu claimed=%llu redis %s",
                             (unsigned long long)l->w.stats.committed,
                             (unsigned long long)l->w.stats.dead,
                             (unsigned long long)l->w.stats.claimed,
                             ww_redis_connected(l->w.redis) ? "up" : "DOWN");
            l->next_stats_ms = ww_clock_mono_ms() + l->w.conf.stats_interval;
        }
    }
}

static void
set_name(worker_t *w)
{
    if (w->conf.worker_name[0] != '\0') {
        snprintf(w->name, sizeof w->name, "%s", w->conf.worker_name);
        return;
    }
    char host[64] = "worker";
    gethostname(host, sizeof host - 1);
    snprintf(w->name, sizeof w->name, "%s-%ld", host, (long)getpid());
}

int
main(int argc, char **argv)
{
    const char *config = NULL;
    int test_only = 0;
    char err[512] = "";
    ww_log_init("wirewatch-worker");
    switch (ww_args_parse(argc, argv, "wirewatch-worker", &config, &test_only)) {
    case WW_ARGS_RUN: break;
    case WW_ARGS_DONE: return 0;
    case WW_ARGS_USAGE: return EXIT_USAGE;
    }
    loop_t l;
    memset(&l, 0, sizeof l);
    worker_t *w = &l.w;
    if (ww_conf_load(&w->conf, config, err, sizeof err) == -1 ||
        ww_keys_init(&w->keys, w->conf.key_prefix) == -1) {
        fprintf(stderr, "wirewatch-worker: %s\n", err[0] ? err : "key-prefix too long");
        ww_conf_free(&w->conf);
        return EXIT_CONFIG;
    }
    /* signals first: a SIGHUP or SIGTERM while the catalog loads is taken in
     * the loop, not the default action that would kill the worker */
    int sigfd = ww_sig_init();
    if (load_catalog(w, false) == -1) {
        ww_conf_free(&w->conf);
        return EXIT_CONFIG;
    }
    if (test_only) {
        ww_conf_dump(&w->conf, stdout);
        printf("# configuration %s is valid%s\n", config ? config : "(defaults)",
               w->catalog ? ", and so is its catalog" : "");
        catalog_destroy(&w->catalog);
        ww_conf_free(&w->conf);
        return 0;
    }
    set_name(w);
    w->scripts[SCRIPT_COMMIT].src = ww_lua_commit;
    w->redis = ww_redis_new(w->conf.redis, (int)w->conf.redis_timeout, w->scripts, SCRIPT_COUNT);
    ww_redis_set_auth(w->redis, w->conf.redis_user, w->conf.redis_password_file);
    l.entries = ww_xcalloc((size_t)w->conf.batch_size, sizeof *l.entries);
    l.results = ww_xcalloc((size_t)w->conf.batch_size, sizeof *l.results);
    strcpy(l.claim_cursor, "0-0");
    l.next_stats_ms = ww_clock_mono_ms() + w->conf.stats_interval;
    ww_log(WW_LOG_NOTICE, "main", "started version=%s name=%s redis=%s prefix=%s batch=%lld",
           WW_VERSION, w->name, w->conf.redis, w->conf.key_prefix, w->conf.batch_size);
    report_init(&l.report);
    ww_notify_init(&l.notify);
    l.config = config;
    int rc = run(&l, sigfd);
    ww_log(WW_LOG_NOTICE, "main", "stopping");
    ww_notify_stopping();
    report_remove(w);
    log_stats(w);
    for (long long i = 0; i < w->conf.batch_size; i++)
        entry_free(&l.entries[i]);
    free(l.entries);
    free(l.results);
    ww_redis_destroy(&w->redis);
    near_free(w);
    catalog_destroy(&w->catalog);
    ww_conf_free(&w->conf);
    return rc;
}

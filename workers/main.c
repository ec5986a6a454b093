/* SPDX-License-Identifier: MIT
 *
 * wirewatch-worker — one worker process; run any number, on any machine that
 * reaches Redis. It opens no ZeroMQ socket: it reads the input stream through
 * the consumer group "workers" (consume.c), enriches each item (enrich.c:
 * normalise, hash, language, dateline), and commits each batch atomically
 * (commit.c). Entries a dead worker left pending are claimed after
 * claim-idle; one delivered max-deliveries times is dead-lettered.
 *
 * One thread; the loop blocks in XREADGROUP for at most BLOCK_MS so that
 * signals and claim scans are seen in time. This is the only file that exits. */
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dedup/bands.h"
#include "commit.h"
#include "consume.h"
#include "enrich.h"
#include "near.h"
#include "worker.h"
#include "ww_alloc.h"
#include "ww_args.h"
#include "ww_clock.h"
#include "ww_log.h"
#include "ww_sig.h"

#define EXIT_USAGE 64
#define EXIT_CONFIG 78
#define BLOCK_MS 500       /* longest wait in XREADGROUP: bounds the reaction to signals */
#define REDIS_WAIT_MS 100
/* Each round commits at least the first item turned away in the round before
 * (only a concurrent commit by another worker can turn it away again), so a
 * batch of N needs at most N rounds; the margin covers such races. */
#define CONFLICT_MARGIN 8

typedef struct {
    worker_t w;
    entry_t *entries;      /* batch-size entries, reused */
    result_t *results;
    bool own_pending;      /* re-read our own pending entries first (after a connect) */
    char claim_cursor[48];
    int64_t next_claim_ms;
    int64_t next_stats_ms;
} loop_t;

/* Classifies the item against the catalog; when it reports an event, encodes
 * the verdict into EVENT and tells the commit (R's event id and info). The
 * reported date also becomes the near-duplicate guard's date. */
static void
classify(worker_t *w, const ww_item_t *item, const enrich_t *en, result_t *r, ww_buf_t *event)
{
    if (w->catalog == NULL)
        return;
    classify_result_t c;
    classify_item(w->catalog, en->norm.title, en->norm.title_len, en->norm.body,
                  en->norm.body_len, en->lang, item->published, &c);
    if (c.type == NULL)
        return;
    enrich_encode_event(event, &c, r->event_id, sizeof r->event_id);
    snprintf(r->event_info, sizeof r->event_info, "%s\t%s\t%s\t%.*s\t%s", r->event_id,
             c.type, c.date, (int)(item->source.len < 256 ? item->source.len : 256),
             item->source.p, en->lang);
    r->day = bands_day_of_date(c.date);
    w->stats.events++;
}

/* Turns entry E into result R: an enriched item, or a dead letter. */
static void
process(worker_t *w, const entry_t *e, result_t *r, enrich_t *en, char *id)
{
    ww_item_t item;
    ww_reject_t why;
    memset(r, 0, sizeof *r);
    r->entry = e;
    bool ok = false;
    if (e->deliveries > (uint64_t)w->conf.max_deliveries) {
        why.code = WW_REJECT_COUNT;
        snprintf(why.text, sizeof why.text, "delivered %llu times without a commit",
                 (unsigned long long)e->deliveries);
    } else if (ww_proto_decode_item((const uint8_t *)e->raw.ptr, e->raw.len,
                                    (size_t)w->conf.max_item_size, &item, &why) == 0 &&
               enrich_analyse(&item, en, &why) == 0) {
        ok = true;
    }
    if (ok) {
        enrich_meta_t meta = { e->ingest_seq, e->received, ww_clock_wall_ms(), w->name,
                               w->conf.publish_text != 0 };
        enrich_item_id(&item, e->ingest_seq, id);
        ww_buf_t event = WW_BUF_INIT;
        classify(w, &item, en, r, &event);
        enrich_encode(&r->msg, &item, en, &meta, id, &event);
        ww_buf_free(&event);
        r->ident = id;
        memcpy(r->hash, en->hash, sizeof r->hash);
        r->hash64 = bands_hash64(en->hash);
        fingerprint_compute(en->norm.key, en->norm.key_len, &r->fp);
        r->has_fp = r->fp.n_shingles >= (uint32_t)w->conf.near_min_size;
        if (r->day == 0)
            r->day = bands_day_of_date(en->date);
        enrich_free(en);
        return;
    }
    snprintf(r->reason, sizeof r->reason, "%s", why.text);
    const char *code = why.code == WW_REJECT_COUNT ? "deliveries" : ww_reject_name(why.code);
    ww_dead_t dead = { r->reason, code, "worker", e->received, (const uint8_t *)e->raw.ptr,
                       e->raw.len };
    ww_proto_encode_dead(&r->msg, &dead);
    r->dead = true;
    r->ident = code;
    ww_log(WW_LOG_WARN, "worker", "dead-lettering entry=%s code=%s reason=\"%s\"", e->id, code,
           r->reason);
}

static void
count(worker_t *w, const result_t *results, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (results[i].conflict)
            w->stats.conflicts++;
        else if (results[i].seq == 0)
            w->stats.lost_race++;
        else if (results[i].dead)
            w->stats.dead++;
        else
            w->stats.committed++, w->stats.near += results[i].near;
    }
}

/* Moves the conflicted results of RESULTS[0..N) to the front (swapping whole
 * results, so each keeps its own buffers). Returns how many there are. */
static size_t
conflicted_first(result_t *results, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!results[i].conflict)
            continue;
        result_t tmp = results[k];
        results[k++] = results[i];
        results[i] = tmp;
    }
    return k;
}

/* Takes the near verdicts and commits; an item turned away because a near
 * copy was committed meanwhile is looked up again with what that commit
 * added. Returns -1 when Redis failed. */
static int
decide_and_commit(worker_t *w, result_t *results, size_t n)
{
    size_t pending = n;
    for (size_t round = 0; pending > 0 && round < n + CONFLICT_MARGIN; round++) {
        uint64_t watermark = 0;
        if (near_lookup(w, results, pending, &watermark) == -1 ||
            commit_batch(w, results, pending, watermark) == -1)
            return -1;
        count(w, results, pending);
        pending = conflicted_first(results, pending);
    }
    if (pending > 0)
        ww_log(WW_LOG_WARN, "worker", "%zu entries still in conflict, left pending", pending);
    return 0;
}

/* Processes and commits ENTRIES[0..N). Returns -1 when Redis failed. */
static int
handle_batch(loop_t *l, size_t n)
{
    worker_t *w = &l->w;
    char (*ids)[WW_MAX_ID + 1] = ww_xcalloc(n ? n : 1, sizeof *ids);
    enrich_t en;
    for (size_t i = 0; i < n; i++)
        process(w, &l->entries[i], &l->results[i], &en, ids[i]);
    int rc = decide_and_commit(w, l->results, n);
    for (size_t i = 0; i < n; i++)
        ww_buf_free(&l->results[i].msg);
    free(ids);
    return rc;
}

static void
log_stats(const worker_t *w)
{
    const worker_stats_t *s = &w->stats;
    ww_log(WW_LOG_NOTICE, "stats",
           "name=%s read=%llu claimed=%llu committed=%llu near=%llu events=%llu dead=%llu "
           "lost_race=%llu conflicts=%llu candidates=%llu redis_errors=%llu",
           w->name, (unsigned long long)s->read, (unsigned long long)s->claimed,
           (unsigned long long)s->committed, (unsigned long long)s->near,
           (unsigned long long)s->events,
           (unsigned long long)s->dead, (unsigned long long)s->lost_race,
           (unsigned long long)s->conflicts, (unsigned long long)s->candidates,
           (unsigned long long)s->redis_errors);
}

static void
keep_redis(loop_t *l)
{
    worker_t *w = &l->w;
    while (!ww_redis_connected(w->redis)) {
        if (!ww_redis_reconnect_due(w->redis, ww_clock_mono_ms())) {
            poll(NULL, 0, REDIS_WAIT_MS);
            return;
        }
        if (ww_redis_connect(w->redis) == -1 || consume_create_group(w) == -1) {
            ww_log(WW_LOG_WARN, "redis", "cannot connect: %s", ww_redis_errstr(w->redis));
            return;
        }
        ww_log(WW_LOG_NOTICE, "redis", "connected to %s as consumer %s", w->conf.redis, w->name);
        l->own_pending = true;
    }
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
        rc = handle_batch(l, n);
    if (rc == -1) {
        w->stats.redis_errors++;
        if (!ww_redis_connected(w->redis))
            ww_log(WW_LOG_WARN, "redis", "connection lost: %s", ww_redis_errstr(w->redis));
        else
            poll(NULL, 0, REDIS_WAIT_MS); /* a script error: do not spin */
    }
}

/* Loads the catalog named by the config. At start a bad catalog is fatal
 * (returns -1); on SIGHUP the old one stays in force. */
static int
load_catalog(worker_t *w, bool reload)
{
    if (w->conf.catalog[0] == '\0')
        return 0;
    char err[512] = "";
    catalog_t *c = catalog_load(w->conf.catalog, err, sizeof err);
    if (c == NULL) {
        ww_log(WW_LOG_ERROR, "catalog", "%s%s", err,
               reload ? " (the previous catalog stays in force)" : "");
        return -1;
    }
    catalog_destroy(&w->catalog);
    w->catalog = c;
    ww_log(WW_LOG_NOTICE, "catalog", "%s %s: %zu event types", reload ? "reloaded" : "loaded",
           w->conf.catalog, catalog_n_events(c));
    return 0;
}

static void
run(loop_t *l, int sigfd)
{
    for (;;) {
        struct pollfd p = { sigfd, POLLIN, 0 };
        if (poll(&p, 1, 0) > 0) {
            ww_sig_events_t ev = ww_sig_take();
            if (ev.stop)
                return;
            if (ev.reload)
                load_catalog(&l->w, true);
        }
        keep_redis(l);
        if (ww_redis_connected(l->w.redis))
            step(l);
        if (ww_clock_mono_ms() >= l->next_stats_ms) {
            log_stats(&l->w);
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
    int sigfd = ww_sig_init();
    set_name(w);
    w->scripts[SCRIPT_COMMIT].src = ww_lua_commit;
    w->redis = ww_redis_new(w->conf.redis, (int)w->conf.redis_timeout, w->scripts, SCRIPT_COUNT);
    l.entries = ww_xcalloc((size_t)w->conf.batch_size, sizeof *l.entries);
    l.results = ww_xcalloc((size_t)w->conf.batch_size, sizeof *l.results);
    strcpy(l.claim_cursor, "0-0");
    l.next_stats_ms = ww_clock_mono_ms() + w->conf.stats_interval;
    ww_log(WW_LOG_NOTICE, "main", "started version=%s name=%s redis=%s prefix=%s batch=%lld",
           WW_VERSION, w->name, w->conf.redis, w->conf.key_prefix, w->conf.batch_size);
    run(&l, sigfd);
    ww_log(WW_LOG_NOTICE, "main", "stopping");
    log_stats(w);
    for (long long i = 0; i < w->conf.batch_size; i++)
        entry_free(&l.entries[i]);
    free(l.entries);
    free(l.results);
    ww_redis_destroy(&w->redis);
    catalog_destroy(&w->catalog);
    ww_conf_free(&w->conf);
    return 0;
}

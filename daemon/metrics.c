/* SPDX-License-Identifier: MIT
 *
 * metrics — see metrics.h. libmicrohttpd runs in "external epoll" mode: it
 * owns one epoll descriptor, which main.c polls beside the ZeroMQ sockets,
 * and metrics_run lets it answer what is ready, in this thread, so the
 * handlers read the daemon's counters and its Redis connection directly.
 * Speaks (per scrape): XLEN, XRANGE P{w}:in - + COUNT 1, XPENDING P{w}:in
 * workers, GET P{w}:seq, SCAN MATCH P{w}:w:* and HGETALL of each report. */
#include "metrics.h"

#include <microhttpd.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "ww_addr.h"
#include "ww_alloc.h"
#include "ww_clock.h"
#include "ww_log.h"

#define CONNECTION_LIMIT 32
#define CONNECTION_TIMEOUT_S 10
#define WORKER_SILENT_MIN_MS 5000 /* a worker is alive if it reported within this */
#define WORKER_SILENT_BEATS 3     /* ... or three heartbeats, whichever is longer */
#define MAX_WORKERS 1024          /* reports read per scrape */

struct metrics {
    daemon_t *d;                  /* borrowed */
    struct MHD_Daemon *http;
    int fd;                       /* libmicrohttpd's epoll descriptor */
    unsigned port;
    uint64_t last_seq;            /* the commit counter at the last health check */
    int64_t last_seq_change_ms;   /* monotonic: when it last moved */
};

typedef struct {
    uint64_t length, pending;
    double oldest_s;
    uint64_t seq;                 /* publication seqs taken so far (commits) */
} queue_t;

typedef struct {
    char name[128];
    redisReply *fields;           /* HGETALL reply, owned */
} report_t;

/* --- rendering ---------------------------------------------------------- */

static void
head(ww_buf_t *b, const char *name, const char *type, const char *help)
{
    ww_buf_printf(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static void
one(ww_buf_t *b, const char *name, const char *type, const char *help, double v)
{
    head(b, name, type, help);
    ww_buf_printf(b, "%s %.17g\n", name, v);
}

/* A label value, escaped as the text format wants (\\, \", \n). */
static void
label(ww_buf_t *b, const char *v)
{
    ww_buf_putc(b, '"');
    for (; *v != '\0'; v++) {
        if (*v == '\\' || *v == '"')
            ww_buf_putc(b, '\\');
        if (*v == '\n')
            ww_buf_puts(b, "\\n");
        else
            ww_buf_putc(b, *v);
    }
    ww_buf_putc(b, '"');
}

static void
labelled(ww_buf_t *b, const char *name, const char *key, const char *value, double v)
{
    ww_buf_printf(b, "%s{%s=", name, key);
    label(b, value);
    ww_buf_printf(b, "} %.17g\n", v);
}

static void
render_ingest(const stats_t *s, ww_buf_t *b)
{
    one(b, "wirewatch_items_received_total", "counter",
        "messages read from the ingest endpoints", (double)s->received);
    one(b, "wirewatch_items_accepted_total", "counter", "items queued in Redis",
        (double)s->accepted);
    one(b, "wirewatch_items_already_queued_total", "counter",
        "items resent by a scraper and answered \"already queued\"", (double)s->already);
    one(b, "wirewatch_items_retry_total", "counter",
        "items answered \"retry later\" (backlog-limit reached)", (double)s->retry);
    head(b, "wirewatch_items_rejected_total", "counter",
         "input refused at ingest and dead-lettered, by reason code");
    for (int i = 1; i < WW_REJECT_COUNT; i++)
        labelled(b, "wirewatch_items_rejected_total", "reason",
                 ww_reject_name((ww_reject_code_t)i), (double)s->rejected[i]);
}

static void
render_published(const published_t *p, ww_buf_t *b)
{
    one(b, "wirewatch_items_published_total", "counter", "items published on PUB (item.*)",
        (double)p->items);
    one(b, "wirewatch_messages_published_total", "counter",
        "seqs published on PUB: items, dead letters and event updates", (double)p->messages);
    head(b, "wirewatch_duplicates_total", "counter", "items published as duplicates, by kind");
    labelled(b, "wirewatch_duplicates_total", "kind", "exact", (double)p->exact);
    labelled(b, "wirewatch_duplicates_total", "kind", "near", (double)p->near);
    head(b, "wirewatch_events_total", "counter",
         "items published reporting an event, by event type (copies included)");
    for (size_t i = 0; i < p->events.n; i++)
        labelled(b, "wirewatch_events_total", "type", p->events.label[i].name,
                 (double)p->events.label[i].count);
    one(b, "wirewatch_event_updates_total", "counter",
        "event instance states published (update.*)", (double)p->updates);
    head(b, "wirewatch_dead_letters_total", "counter",
         "dead letters published, by reason code (ingest and workers)");
    for (size_t i = 0; i < p->dead.n; i++)
        labelled(b, "wirewatch_dead_letters_total", "reason", p->dead.label[i].name,
                 (double)p->dead.label[i].count);
    head(b, "wirewatch_latency_seconds", "histogram",
         "time from ingest (received) to publication on PUB, per item");
    uint64_t cum = 0;
    for (size_t i = 0; i < PUBLISHED_BUCKETS; i++) {
        cum += p->latency[i];
        if (i + 1 < PUBLISHED_BUCKETS)
            ww_buf_printf(b, "wirewatch_latency_seconds_bucket{le=\"%g\"} %llu\n",
                          published_bounds[i], (unsigned long long)cum);
        else
            ww_buf_printf(b, "wirewatch_latency_seconds_bucket{le=\"+Inf\"} %llu\n",
                          (unsigned long long)cum);
    }
    ww_buf_printf(b, "wirewatch_latency_seconds_sum %.6f\nwirewatch_latency_seconds_count %llu\n",
                  p->latency_sum, (unsigned long long)p->latency_count);
}

static void
render_daemon(const stats_t *s, ww_buf_t *b)
{
    one(b, "wirewatch_trimmed_total", "counter",
        "seqs trimmed from the output stream before publication", (double)s->trimmed);
    one(b, "wirewatch_replay_requests_total", "counter", "replay requests",
        (double)s->replay_requests);
    one(b, "wirewatch_replay_sent_total", "counter", "messages sent by replay",
        (double)s->replay_sent);
    one(b, "wirewatch_replay_errors_total", "counter", "malformed replay requests",
        (double)s->replay_errors);
    one(b, "wirewatch_redis_errors_total", "counter",
        "the daemon's lost Redis connections and error replies", (double)s->redis_errors);
}

/* --- Redis reads -------------------------------------------------------- */

static uint64_t
integer_of(redisReply *r)
{
    uint64_t v = 0;
    if (r != NULL && r->type == REDIS_REPLY_INTEGER)
        v = (uint64_t)r->integer;
    else if (r != NULL && r->type == REDIS_REPLY_STRING)
        v = strtoull(r->str, NULL, 10);
    if (r != NULL)
        freeReplyObject(r);
    return v;
}

/* Reads the queue's state. Returns -1 when Redis does not answer. */
static int
read_queue(daemon_t *d, queue_t *q)
{
    memset(q, 0, sizeof *q);
    if (!ww_redis_connected(d->redis))
        return -1;
    redisReply *r = ww_redis_cmdf(d->redis, "XLEN %s", d->keys.in);
    if (r == NULL)
        return -1;
    q->length = integer_of(r);
    r = ww_redis_cmdf(d->redis, "XRANGE %s - + COUNT 1", d->keys.in);
    if (r != NULL && r->type == REDIS_REPLY_ARRAY && r->elements == 1) {
        const redisReply *f = r->element[0]->element[1];
        for (size_t i = 0; i + 1 < f->elements; i += 2)
            if (strcmp(f->element[i]->str, "r") == 0)
                q->oldest_s = (double)(ww_clock_wall_ms() - strtoll(f->element[i + 1]->str,
                                                                     NULL, 10)) / 1000.0;
    }
    if (r != NULL)
        freeReplyObject(r);
    r = ww_redis_cmdf(d->redis, "XPENDING %s %s", d->keys.in, WW_GROUP);
    if (r != NULL && r->type == REDIS_REPLY_ARRAY && r->elements >= 1)
        q->pending = (uint64_t)r->element[0]->integer;
    if (r != NULL)
        freeReplyObject(r);
    q->seq = integer_of(ww_redis_cmdf(d->redis, "GET %s", d->keys.seq));
    if (q->oldest_s < 0)
        q->oldest_s = 0;
    return ww_redis_connected(d->redis) ? 0 : -1;
}

/* Reads up to MAX_WORKERS reports into R. Returns how many. */
static size_t
read_reports(daemon_t *d, report_t *r)
{
    char pattern[200], cursor[32] = "0";
    snprintf(pattern, sizeof pattern, "%s*", d->keys.workers);
    size_t plen = strlen(d->keys.workers), n = 0;
    do {
        redisReply *s = ww_redis_cmdf(d->redis, "SCAN %s MATCH %s COUNT 1000", cursor, pattern);
        if (s == NULL || s->type != REDIS_REPLY_ARRAY || s->elements != 2) {
            if (s != NULL)
                freeReplyObject(s);
            break;
        }
        snprintf(cursor, sizeof cursor, "%s", s->element[0]->str);
        for (size_t i = 0; i < s->element[1]->elements && n < MAX_WORKERS; i++) {
            const char *key = s->element[1]->element[i]->str;
            redisReply *h = ww_redis_cmdf(d->redis, "HGETALL %s", key);
            if (h == NULL || h->type != REDIS_REPLY_ARRAY || h->elements == 0) {
                if (h != NULL)
                    freeReplyObject(h);
                continue;
            }
            snprintf(r[n].name, sizeof r[n].name, "%s", key + plen);
            r[n++].fields = h;
        }
        freeReplyObject(s);
    } while (strcmp(cursor, "0") != 0 && n < MAX_WORKERS);
    return n;
}

static const char *
field(const report_t *r, const char *name)
{
    for (size_t i = 0; i + 1 < r->fields->elements; i += 2)
        if (strcmp(r->fields->element[i]->str, name) == 0)
            return r->fields->element[i + 1]->str;
    return NULL;
}

static bool
is_fixed(const char *name)
{
    return strcmp(name, "pid") == 0 || strcmp(name, "started") == 0 || strcmp(name, "hb") == 0;
}

static int64_t
silent_limit_ms(const daemon_t *d)
{
    int64_t beats = d->conf.heartbeat * WORKER_SILENT_BEATS;
    return beats > WORKER_SILENT_MIN_MS ? beats : WORKER_SILENT_MIN_MS;
}

static size_t
count_alive(const daemon_t *d, const report_t *r, size_t n)
{
    size_t alive = 0;
    int64_t now = ww_clock_wall_ms();
    for (size_t i = 0; i < n; i++) {
        const char *hb = field(&r[i], "hb");
        alive += hb != NULL && now - strtoll(hb, NULL, 10) <= silent_limit_ms(d);
    }
    return alive;
}

static void
render_workers(const daemon_t *d, const report_t *r, size_t n, ww_buf_t *b)
{
    int64_t now = ww_clock_wall_ms();
    one(b, "wirewatch_workers_alive", "gauge",
        "workers that reported within three heartbeats (at least 5 s)",
        (double)count_alive(d, r, n));
    head(b, "wirewatch_worker_last_heartbeat_seconds", "gauge",
         "when each worker last reported (Unix time)");
    for (size_t i = 0; i < n; i++) {
        const char *hb = field(&r[i], "hb");
        labelled(b, "wirewatch_worker_last_heartbeat_seconds", "worker", r[i].name,
                 hb ? (double)strtoll(hb, NULL, 10) / 1000.0 : 0);
    }
    head(b, "wirewatch_worker_up", "gauge", "1 when the worker reported recently");
    for (size_t i = 0; i < n; i++) {
        const char *hb = field(&r[i], "hb");
        labelled(b, "wirewatch_worker_up", "worker", r[i].name,
                 hb != NULL && now - strtoll(hb, NULL, 10) <= silent_limit_ms(d));
    }
    double claimed = 0;
    for (size_t i = 0; i < n; i++)
        claimed += field(&r[i], "claimed") ? strtod(field(&r[i], "claimed"), NULL) : 0;
    one(b, "wirewatch_redeliveries_total", "counter",
        "entries taken over from a silent worker (sum over the reporting workers)", claimed);
    if (n == 0)
        return;
    /* every counter of the first report, one series per worker */
    for (size_t f = 0; f + 1 < r[0].fields->elements; f += 2) {
        const char *counter = r[0].fields->element[f]->str;
        if (is_fixed(counter))
            continue;
        char name[160], help[200];
        snprintf(name, sizeof name, "wirewatch_worker_%s_total", counter);
        snprintf(help, sizeof help, "the worker's %s counter since it started", counter);
        head(b, name, "counter", help);
        for (size_t i = 0; i < n; i++) {
            const char *v = field(&r[i], counter);
            if (v != NULL)
                labelled(b, name, "worker", r[i].name, strtod(v, NULL));
        }
    }
}

void
metrics_render(daemon_t *d, ww_buf_t *b)
{
    render_ingest(&d->stats, b);
    render_published(&d->stats.out, b);
    render_daemon(&d->stats, b);
    queue_t q;
    bool up = read_queue(d, &q) == 0;
    one(b, "wirewatch_redis_up", "gauge", "1 when the daemon's Redis answers", up);
    if (!up)
        return;
    one(b, "wirewatch_queue_length", "gauge", "items waiting in Redis for a worker or its commit",
        (double)q.length);
    one(b, "wirewatch_queue_pending", "gauge", "of which held by a worker", (double)q.pending);
    one(b, "wirewatch_queue_oldest_seconds", "gauge", "age of the oldest item waiting",
        q.oldest_s);
    report_t *r = ww_xcalloc(MAX_WORKERS, sizeof *r);
    size_t n = read_reports(d, r);
    render_workers(d, r, n, b);
    for (size_t i = 0; i < n; i++)
        freeReplyObject(r[i].fields);
    free(r);
}

/* 200 when Redis answers and the queue moves: it is empty, or a worker is
 * alive and commits went on within twice claim-idle (at least 10 s). */
static int
health(metrics_t *self, ww_buf_t *b)
{
    daemon_t *d = self->d;
    queue_t q;
    int64_t now = ww_clock_mono_ms();
    if (read_queue(d, &q) == -1) {
        ww_buf_printf(b, "{\"status\":\"fail\",\"reason\":\"redis does not answer\"}\n");
        return MHD_HTTP_SERVICE_UNAVAILABLE;
    }
    if (q.seq != self->last_seq || self->last_seq_change_ms == 0 || q.length == 0) {
        self->last_seq = q.seq;
        self->last_seq_change_ms = now;
    }
    report_t *r = ww_xcalloc(MAX_WORKERS, sizeof *r);
    size_t n = read_reports(d, r), alive = count_alive(d, r, n);
    for (size_t i = 0; i < n; i++)
        freeReplyObject(r[i].fields);
    free(r);
    int64_t stall = 2 * d->conf.claim_idle > 10000 ? 2 * d->conf.claim_idle : 10000;
    const char *why = NULL;
    char text[200];
    if (q.length > 0 && alive == 0) {
        snprintf(text, sizeof text, "no worker alive, %llu items waiting",
                 (unsigned long long)q.length);
        why = text;
    } else if (q.length > 0 && now - self->last_seq_change_ms > stall) {
        snprintf(text, sizeof text, "queue stuck: %llu items waiting, nothing committed for %llds",
                 (unsigned long long)q.length, (long long)(now - self->last_seq_change_ms) / 1000);
        why = text;
    }
    if (why != NULL) {
        ww_buf_printf(b, "{\"status\":\"fail\",\"reason\":\"%s\",\"queue\":%llu,\"workers\":%zu}\n",
                      why, (unsigned long long)q.length, alive);
        return MHD_HTTP_SERVICE_UNAVAILABLE;
    }
    ww_buf_printf(b, "{\"status\":\"ok\",\"queue\":%llu,\"oldest_seconds\":%.3f,\"workers\":%zu}\n",
                  (unsigned long long)q.length, q.oldest_s, alive);
    return MHD_HTTP_OK;
}

/* --- HTTP --------------------------------------------------------------- */

static enum MHD_Result
on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
           const char *version, const char *upload, size_t *upload_len, void **state)
{
    (void)version, (void)upload, (void)upload_len, (void)state;
    metrics_t *self = cls;
    ww_buf_t b = WW_BUF_INIT;
    unsigned status = MHD_HTTP_OK;
    const char *type = "text/plain; charset=utf-8";
    if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0) {
        status = MHD_HTTP_METHOD_NOT_ALLOWED;
        ww_buf_puts(&b, "only GET\n");
    } else if (strcmp(url, "/metrics") == 0) {
        type = "text/plain; version=0.0.4; charset=utf-8";
        metrics_render(self->d, &b);
    } else if (strcmp(url, "/health") == 0) {
        type = "application/json";
        status = (unsigned)health(self, &b);
    } else {
        status = MHD_HTTP_NOT_FOUND;
        ww_buf_puts(&b, "not found: GET /metrics or /health\n");
    }
    size_t len;
    char *body = ww_buf_steal(&b, &len);
    struct MHD_Response *r = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
    MHD_add_response_header(r, "Content-Type", type);
    enum MHD_Result rc = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return rc;
}

metrics_t *
metrics_new(daemon_t *d, char *err, size_t errlen)
{
    struct addrinfo *ai =
        ww_addr_resolve("metrics-endpoint", d->conf.metrics_endpoint, err, errlen);
    if (ai == NULL)
        return NULL;
    metrics_t *self = ww_xcalloc(1, sizeof *self);
    self->d = d;
    unsigned flags = MHD_USE_EPOLL | (ai->ai_family == AF_INET6 ? MHD_USE_IPv6 : 0);
    self->http = MHD_start_daemon(flags, 0, NULL, NULL, on_request, self, MHD_OPTION_SOCK_ADDR,
                                  ai->ai_addr, MHD_OPTION_CONNECTION_LIMIT, CONNECTION_LIMIT,
                                  MHD_OPTION_CONNECTION_TIMEOUT, CONNECTION_TIMEOUT_S,
                                  MHD_OPTION_END);
    freeaddrinfo(ai);
    if (self->http == NULL) {
        snprintf(err, errlen, "metrics-endpoint: cannot serve on %s (in use, or not an address "
                              "of this host)", d->conf.metrics_endpoint);
        free(self);
        return NULL;
    }
    const union MHD_DaemonInfo *i = MHD_get_daemon_info(self->http, MHD_DAEMON_INFO_EPOLL_FD);
    self->fd = i != NULL ? i->epoll_fd : -1;
    i = MHD_get_daemon_info(self->http, MHD_DAEMON_INFO_BIND_PORT);
    self->port = i != NULL ? i->port : 0;
    return self;
}

void
metrics_destroy(metrics_t **self_p)
{
    metrics_t *self = *self_p;
    if (self == NULL)
        return;
    MHD_stop_daemon(self->http);
    free(self);
    *self_p = NULL;
}

int
metrics_fd(const metrics_t *self)
{
    return self != NULL ? self->fd : -1;
}

unsigned
metrics_port(const metrics_t *self)
{
    return self != NULL ? self->port : 0;
}

int64_t
metrics_run(metrics_t *self, int64_t max_ms)
{
    if (self == NULL)
        return max_ms;
    MHD_run(self->http);
    MHD_UNSIGNED_LONG_LONG t = 0;
    if (MHD_get_timeout(self->http, &t) == MHD_YES && (int64_t)t < max_ms)
        return (int64_t)t;
    return max_ms;
}

/* SPDX-License-Identifier: MIT
 *
 * wirewatchd — the daemon at the edges of the pipeline.
 *
 *   binds PULL   ingest-endpoint   scrapers PUSH raw items, fire and forget
 *   binds ROUTER ack-endpoint      scrapers (DEALER/REQ) send items and get an
 *                                  ack once each is queued in Redis
 *   binds PUB    publish-endpoint  [topic, msgpack] enriched items, dead
 *                                  letters, heartbeats, to dashboards
 *   binds ROUTER replay-endpoint   subscribers fetch what they missed
 *   With curve-secret-key set, every endpoint speaks CURVE and a ZAP handler
 *   thread (lib/ww_curve) admits only the keys listed for it.
 *   Redis        accepted items go to the input stream that the workers read
 *                through a consumer group; their results come back through
 *                the output stream, which this process publishes in seq order.
 *
 * One thread, one zmq_poll loop (plus, with CURVE, the ZAP handler thread of
 * lib/ww_curve); the timeout is the nearest deadline. This is
 * the only file that exits. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "daemon.h"
#include "epoch.h"
#include "lock.h"
#include "peers.h"
#include "journal.h"
#include "metrics.h"
#include "service.h"
#include "ingest.h"
#include "publish.h"
#include "replay.h"
#include "ww_args.h"
#include "ww_clock.h"
#include "ww_log.h"
#include "ww_sig.h"
#include "ww_zsock.h"

#define EXIT_USAGE 64
#define EXIT_CONFIG 78
#define REDIS_WAIT_MS 100
#define STATE_CHECK_MS 1000 /* how often a live connection's state is checked */
#define REDIS_BACKOFF_MAX_MS 5000 /* ww_redis's longest pause between attempts */

/* CURVE on every endpoint when the config names the daemon's key
 * (ww_curve.h: the ZAP handler runs before anything binds), else plain
 * text, said once. Returns 0, or -1 with the reason in ERR. */
static int
start_curve(daemon_t *d, char *err, size_t errlen)
{
    const ww_conf_t *c = &d->conf;
    if (c->curve_secret_key[0] == '\0') {
        ww_log(WW_LOG_NOTICE, "curve", "off: every endpoint is plain text and open to whoever "
               "reaches it (curve-secret-key turns CURVE on)");
        return 0;
    }
    ww_curve_paths_t paths = { c->curve_secret_key, c->curve_feeders, c->curve_subscribers };
    size_t n_feeders = 0, n_subscribers = 0;
    if (ww_curve_server_check(&paths, &n_feeders, &n_subscribers, err, errlen) == -1)
        return -1;
    d->curve = ww_curve_server_new(d->zctx, &paths, err, errlen);
    if (d->curve == NULL)
        return -1;
    ww_log(WW_LOG_NOTICE, "curve", "on: ingest and ack take the %zu keys of %s, publish and "
           "replay the %zu keys of %s; every other peer is refused",
           n_feeders, c->curve_feeders, n_subscribers, c->curve_subscribers);
    return 0;
}

/* Connections the ZAP handler refused since the last stats line: one line. */
static void
log_refused(daemon_t *d)
{
    char last[700];
    uint64_t n = d->curve != NULL ? ww_curve_take_refused(d->curve, last, sizeof last) : 0;
    if (n > 0)
        ww_log(WW_LOG_WARN, "curve", "refused %llu connections since the last stats line: %s",
               (unsigned long long)n, last);
}

static void *
bind_socket(daemon_t *d, int type, const char *ep, const ww_zsock_opts_t *o,
            ww_curve_domain_t domain, char *err, size_t errlen)
{
    void *s = ww_zsock_open(d->zctx, type, o, err, errlen);
    if (s != NULL && (ww_curve_server_apply(d->curve, s, domain, err, errlen) == -1 ||
                      ww_zsock_attach(s, ep, true, err, errlen) == -1)) {
        zmq_close(s);
        s = NULL;
    }
    return s;
}

#define SUBSCRIPTION_MAX (64 * 1024) /* the largest frame PUB reads from a subscriber */

static int
open_sockets(daemon_t *d, char *err, size_t errlen)
{
    /* Items up to twice max-item-size are read and dead-lettered as too_large
     * with a reason; past that ZeroMQ drops the peer before we see them
     * (peers.h counts it). */
    int64_t hard_limit = WW_WIRE_LIMIT(d->conf.max_item_size);
    ww_zsock_opts_t in = { 1000, (int)d->conf.ingest_hwm, 0, hard_limit };
    /* Subscribers send only (un)subscriptions, short topic prefixes: without
     * a limit a peer's frame header makes libzmq allocate whatever it declares
     * (found by test_flood: ASan aborts on a ZMTP 1.0 length of 2^63) and
     * hold what the peer sends into it. */
    ww_zsock_opts_t out = { (int)d->conf.publish_hwm, 1000, 0, SUBSCRIPTION_MAX };
    int rep_hwm = d->conf.publish_hwm > REPLAY_ANSWER_MAX ? (int)d->conf.publish_hwm
                                                           : REPLAY_ANSWER_MAX;
    ww_zsock_opts_t rep = { rep_hwm, 1000, 0, 64 * 1024 };
    const ww_conf_t *c = &d->conf;
    d->pull = bind_socket(d, ZMQ_PULL, c->ingest_endpoint, &in, WW_CURVE_FEEDERS, err, errlen);
    if (d->pull == NULL)
        return -1;
    d->router = bind_socket(d, ZMQ_ROUTER, c->ack_endpoint, &in, WW_CURVE_FEEDERS, err, errlen);
    if (d->router == NULL)
        return -1;
    d->pub = bind_socket(d, ZMQ_PUB, c->publish_endpoint, &out, WW_CURVE_SUBSCRIBERS, err,
                         errlen);
    if (d->pub == NULL)
        return -1;
    d->replay = bind_socket(d, ZMQ_ROUTER, c->replay_endpoint, &rep, WW_CURVE_SUBSCRIBERS, err,
                            errlen);
    if (d->replay == NULL)
        return -1;
    if (d->conf.metrics_endpoint[0] == '\0')
        return 0;
    d->metrics = metrics_new(d, err, errlen);
    if (d->metrics != NULL)
        ww_log(WW_LOG_NOTICE, "metrics", "serving GET /metrics and /health on %s (port %u)",
               d->conf.metrics_endpoint, metrics_port(d->metrics));
    return d->metrics == NULL ? -1 : 0;
}

static void
close_sockets(daemon_t *d)
{
    metrics_destroy(&d->metrics);
    void **socks[] = { &d->pull, &d->router, &d->pub, &d->replay };
    for (size_t i = 0; i < sizeof socks / sizeof socks[0]; i++) {
        if (*socks[i] != NULL)
            zmq_close(*socks[i]);
        *socks[i] = NULL;
    }
}

/* Renews the instance lock when due. Returns -1 when another daemon holds
 * it (it took over while this one could not renew). */
static int
keep_lock(daemon_t *d, int64_t now)
{
    char who[200];
    lock_verdict_t v = lock_keep(d, now, who, sizeof who);
    if (v != LOCK_BUSY && v != LOCK_AWAY)
        return 0;
    ww_log(WW_LOG_ERROR, "main",
           "another wirewatchd took the instance lock %s: %s; stopping (two daemons must not "
           "share a key prefix)",
           d->keys.lock, who);
    return -1;
}

/* One daemon per configuration (lock.h): takes the instance lock when Redis
 * answers now (when it does not, at the first connect), waiting out a lock
 * left from another host, then checks that no process listens on the ipc://
 * endpoints about to be bound. Returns 0, or -1 with the reason in ERR. */
static int
claim_instance(daemon_t *d, char *err, size_t errlen)
{
    char who[200] = "";
    lock_verdict_t v = LOCK_ERROR;
    int64_t give_up = ww_clock_mono_ms() + LOCK_TTL_MS + LOCK_RENEW_MS;
    if (ww_redis_connect(d->redis) == -1 && ww_redis_refused(d->redis)) {
        snprintf(err, errlen, "redis %s: %s (redis-user, redis-password-file)", d->conf.redis,
                 ww_redis_errstr(d->redis));
        return -1;
    }
    if (ww_redis_connected(d->redis)) {
        v = lock_take(d, who, sizeof who);
        if (v == LOCK_AWAY)
            ww_log(WW_LOG_WARN, "main", "instance lock %s held by %s: waiting up to %d s for "
                   "it to expire", d->keys.lock, who, (LOCK_TTL_MS + LOCK_RENEW_MS) / 1000);
        while (v == LOCK_AWAY && ww_clock_mono_ms() < give_up) {
            zmq_poll(NULL, 0, LOCK_RENEW_MS);
            v = lock_take(d, who, sizeof who);
        }
    }
    if (v == LOCK_BUSY || v == LOCK_AWAY) {
        snprintf(err, errlen,
                 "another wirewatchd runs with this configuration: %s holds the instance "
                 "lock %s", who, d->keys.lock);
        return -1;
    }
    if (v == LOCK_HELD)
        d->lock_renew_ms = ww_clock_mono_ms() + LOCK_RENEW_MS;
    const char *eps[] = { d->conf.ingest_endpoint, d->conf.ack_endpoint,
                          d->conf.publish_endpoint, d->conf.replay_endpoint };
    for (size_t i = 0; i < sizeof eps / sizeof eps[0]; i++) {
        if (lock_check_ipc(eps[i]) == -1) {
            snprintf(err, errlen,
                     "%s is in use: a process accepts connections on it (another wirewatchd "
                     "with this configuration?); not replacing it", eps[i]);
            return -1;
        }
    }
    return 0;
}

/* Is Redis still the state we publish from (epoch.h)? If it lost it, say so
 * loudly and start publishing again from what it holds. Then make the
 * consumer group, so that items queued before the first worker starts (or
 * after the state was lost) are not skipped. */
static int
check_state(daemon_t *d, publisher_t *pubr)
{
    char why[384] = "";
    uint64_t was = publish_head(pubr);
    switch (epoch_check(d, was, why, sizeof why)) {
    case EPOCH_ERROR:
        return 0; /* connection closed: checked again after the reconnect */
    case EPOCH_SAME:
        break;
    case EPOCH_FIRST:
        ww_log(WW_LOG_NOTICE, "redis", "no wirewatch state found: new epoch %s", d->epoch);
        publish_reset(pubr, "no state found: a new one begins");
        break;
    case EPOCH_LOST:
        d->stats.redis_lost++;
        ww_log(WW_LOG_ERROR, "redis",
               "REDIS LOST ITS DATA: %s. Gone with it: items queued but not processed, "
               "duplicate and event memory, scraper ids, the replay window. Publishing starts "
               "again from what Redis holds (was at seq %llu); subscribers are told on '%s'; "
               "new epoch %s",
               why, (unsigned long long)was, WW_TOPIC_RESET, d->epoch);
        publish_reset(pubr, why);
        break;
    }
    redisReply *r = ww_redis_cmdf(d->redis, "XGROUP CREATE %s %s 0 MKSTREAM", d->keys.in,
                                  WW_GROUP);
    if (r != NULL && r->type == REDIS_REPLY_ERROR && !ww_redis_is_error(r, "BUSYGROUP"))
        ww_log(WW_LOG_WARN, "redis", "XGROUP CREATE: %s", r->str);
    if (r != NULL)
        freeReplyObject(r);
    return keep_lock(d, ww_clock_mono_ms());
}

/* Connects to Redis when due, and checks its state after every connect and
 * every STATE_CHECK_MS (a FLUSHALL does not break the connection). Returns
 * -1 when the daemon must stop: another one took the instance lock. */
static int
keep_redis(daemon_t *d, publisher_t *pubr, int64_t now)
{
    static int64_t next_check;
    if (ww_redis_connected(d->redis)) {
        if (now < next_check)
            return 0;
        next_check = now + STATE_CHECK_MS;
        return check_state(d, pubr);
    }
    if (!ww_redis_reconnect_due(d->redis, now))
        return 0;
    if (ww_redis_connect(d->redis) == -1) {
        /* one line per attempt only at info: log_redis_state says it once */
        ww_log(WW_LOG_INFO, "redis", "cannot connect: %s", ww_redis_errstr(d->redis));
        return 0;
    }
    next_check = now + STATE_CHECK_MS;
    d->lock_renew_ms = 0; /* renew at once: the lock may have expired meanwhile */
    return check_state(d, pubr);
}

/* One line per change of Redis's availability, not one per item or per
 * attempt: down with the reason, and up again with how long it was away and
 * how many items were answered "retry later" meanwhile. */
static void
log_redis_state(daemon_t *d, const ingest_t *ing, int64_t now)
{
    static enum { UNKNOWN, UP, DOWN } state = UNKNOWN;
    static int64_t since;
    static uint64_t retry_before;
    bool up = ww_redis_connected(d->redis);
    if ((up && state == UP) || (!up && state == DOWN))
        return;
    if (up && state == UNKNOWN) {
        ww_log(WW_LOG_NOTICE, "redis", "connected to %s", d->conf.redis);
    } else if (up) {
        ww_log(WW_LOG_NOTICE, "redis",
               "available again after %.1f s: %llu items were answered \"retry later\" "
               "meanwhile; %zu read from ingest-endpoint and held are queued now",
               (double)(now - since) / 1000, (unsigned long long)(d->stats.retry - retry_before),
               ingest_held(ing));
    } else {
        since = now;
        retry_before = d->stats.retry;
        ww_log(WW_LOG_WARN, "redis",
               "unavailable (%s; redis-timeout %lld ms): answering \"retry later\" on "
               "ack-endpoint, not reading ingest-endpoint, reconnecting every %d ms at most; "
               "one line when it is back",
               ww_redis_errstr(d->redis), d->conf.redis_timeout, REDIS_BACKOFF_MAX_MS);
    }
    state = up ? UP : DOWN;
}

static int64_t
min64(int64_t a, int64_t b)
{
    return a < b ? a : b;
}

/* The main loop. Returns 0 when a stop signal arrived, 1 when polling
 * failed, EXIT_CONFIG when another daemon took over the instance lock. */
static int
run(daemon_t *d, ingest_t *ing, publisher_t *pubr, peers_t *peers, service_t *svc, int sigfd)
{
    int64_t next_stats = ww_clock_mono_ms() + d->conf.stats_interval;
    int64_t timeout = 0;
    for (;;) {
        /* the metrics endpoint's descriptor sits before PULL, which is left
         * out (the last item) while ingest does not want to read it */
        /* the waker's socket and the metrics endpoint's descriptor sit before
         * PULL, which is left out (the last item) while ingest does not want
         * to read it; a descriptor of -1 is never ready */
        int wake_fd = publish_wake_fd(pubr, ww_clock_mono_ms());
        zmq_pollitem_t items[6] = {
            { NULL, sigfd, ZMQ_POLLIN, 0 },
            { d->router, 0, ZMQ_POLLIN, 0 },
            { d->replay, 0, ZMQ_POLLIN, 0 },
            { NULL, wake_fd, ZMQ_POLLIN, 0 },
            { NULL, metrics_fd(d->metrics), ZMQ_POLLIN, 0 },
            { d->pull, 0, ZMQ_POLLIN, 0 },
        };
        int pull = d->metrics != NULL ? 5 : 4;
        if (d->metrics == NULL)
            items[4] = items[5];
        int n_items = ingest_wants_pull(ing) && ww_redis_connected(d->redis) ? pull + 1 : pull;
        if (zmq_poll(items, n_items, (long)timeout) == -1 && errno != EINTR) {
            ww_log(WW_LOG_ERROR, "main", "zmq_poll: %s", zmq_strerror(errno));
            return 1;
        }
        if (items[0].revents & ZMQ_POLLIN) {
            ww_sig_events_t ev = ww_sig_take();
            if (ev.stop)
                return 0;
            if (ev.reload)
                service_reload(svc, d);
        }
        int64_t now = ww_clock_mono_ms();
        if (keep_redis(d, pubr, now) == -1)
            return EXIT_CONFIG;
        if (items[1].revents & ZMQ_POLLIN)
            ingest_on_router(ing);
        if (items[2].revents & ZMQ_POLLIN)
            replay_on_request(d, publish_head(pubr));
        if (wake_fd != -1 && (items[3].revents & ZMQ_POLLIN))
            (void)publish_on_wake(pubr);
        if (n_items > pull && (items[pull].revents & ZMQ_POLLIN))
            ingest_on_pull(ing);
        peers_check(peers);
        log_redis_state(d, ing, now);
        timeout = min64(ingest_tick(ing, now), publish_tick(pubr, ww_clock_wall_ms()));
        if (now >= next_stats) {
            uint64_t backlog = 0;
            if (ww_redis_connected(d->redis))
                (void)journal_backlog(d, &backlog);
            stats_log(&d->stats, backlog);
            service_status(d, backlog);
            log_refused(d);
            peers_interval(peers);
            next_stats = now + d->conf.stats_interval;
        }
        if (!ww_redis_connected(d->redis))
            timeout = min64(timeout, REDIS_WAIT_MS);
        timeout = min64(timeout, next_stats - now);
        timeout = metrics_run(d->metrics, timeout);
        timeout = min64(timeout, service_tick(svc, d, ww_clock_mono_ms()));
    }
}

/* On stop: try for a while to write what PULL already gave us, then publish
 * what is ready. */
static void
drain(daemon_t *d, ingest_t *ing, publisher_t *pubr)
{
    int64_t deadline = ww_clock_mono_ms() + d->conf.stop_timeout;
    while (ingest_held(ing) > 0 && ww_clock_mono_ms() < deadline) {
        (void)keep_redis(d, pubr, ww_clock_mono_ms());
        ingest_tick(ing, ww_clock_mono_ms());
        if (ingest_held(ing) > 0)
            zmq_poll(NULL, 0, REDIS_WAIT_MS);
    }
    if (ingest_held(ing) > 0)
        ww_log(WW_LOG_ERROR, "main", "stopping with %zu items read but not queued in Redis",
               ingest_held(ing));
    publish_tick(pubr, ww_clock_wall_ms());
}

int
main(int argc, char **argv)
{
    const char *config = NULL;
    int test_only = 0;
    char err[512];
    ww_log_init("wirewatchd");
    switch (ww_args_parse(argc, argv, "wirewatchd", &config, &test_only)) {
    case WW_ARGS_RUN: break;
    case WW_ARGS_DONE: return 0;
    case WW_ARGS_USAGE: return EXIT_USAGE;
    }
    daemon_t d;
    memset(&d, 0, sizeof d);
    if (ww_conf_load(&d.conf, config, err, sizeof err) == -1 ||
        ww_keys_init(&d.keys, d.conf.key_prefix) == -1) {
        fprintf(stderr, "wirewatchd: %s\n", err[0] ? err : "key-prefix too long");
        ww_conf_free(&d.conf);
        return EXIT_CONFIG;
    }
    ww_curve_paths_t curve = { d.conf.curve_secret_key, d.conf.curve_feeders,
                               d.conf.curve_subscribers };
    size_t n_keys[2];
    if (test_only && curve.secret_key[0] != '\0' &&
        ww_curve_server_check(&curve, &n_keys[0], &n_keys[1], err, sizeof err) == -1) {
        fprintf(stderr, "wirewatchd: %s\n", err);
        ww_conf_free(&d.conf);
        return EXIT_CONFIG;
    }
    if (test_only) {
        ww_conf_dump(&d.conf, stdout);
        printf("# configuration %s is valid\n", config ? config : "(defaults)");
        ww_conf_free(&d.conf);
        return 0;
    }
    int sigfd = ww_sig_init();
    service_t svc;
    service_init(&svc, config);
    d.scripts[SCRIPT_INGEST].src = ww_lua_ingest;
    d.scripts[SCRIPT_REJECT].src = ww_lua_reject;
    d.scripts[SCRIPT_LOCK].src = ww_lua_lock;
    d.redis = ww_redis_new(d.conf.redis, (int)d.conf.redis_timeout, d.scripts, SCRIPT_COUNT);
    ww_redis_set_auth(d.redis, d.conf.redis_user, d.conf.redis_password_file);
    d.zctx = zmq_ctx_new();
    int rc = 0;
    if (claim_instance(&d, err, sizeof err) == -1) {
        ww_log(WW_LOG_ERROR, "main", "%s", err);
        lock_release(&d);
        rc = EXIT_CONFIG;
    } else if (start_curve(&d, err, sizeof err) == -1) {
        ww_log(WW_LOG_ERROR, "curve", "%s", err);
        lock_release(&d);
        rc = EXIT_CONFIG;
    } else if (open_sockets(&d, err, sizeof err) == -1) {
        ww_log(WW_LOG_ERROR, "main", "%s", err);
        lock_release(&d);
        rc = 1;
    } else {
        ingest_t *ing = ingest_new(&d);
        publisher_t *pubr = publish_new(&d);
        peers_t *peers = peers_new(&d);
        ww_log(WW_LOG_NOTICE, "main",
               "started version=%s ingest=%s ack=%s publish=%s replay=%s redis=%s prefix=%s",
               WW_VERSION, d.conf.ingest_endpoint, d.conf.ack_endpoint,
               d.conf.publish_endpoint, d.conf.replay_endpoint, d.conf.redis,
               d.conf.key_prefix);
        rc = keep_redis(&d, pubr, ww_clock_mono_ms()) == -1 ? EXIT_CONFIG
                                                              : run(&d, ing, pubr, peers, &svc, sigfd);
        ww_log(WW_LOG_NOTICE, "main", "stopping");
        service_stopping();
        drain(&d, ing, pubr);
        lock_release(&d);
        peers_check(peers);
        stats_log(&d.stats, 0);
        ingest_destroy(&ing);
        publish_destroy(&pubr);
        peers_destroy(&peers);
    }
    close_sockets(&d);
    ww_curve_destroy(&d.curve);
    zmq_ctx_term(d.zctx);
    ww_redis_destroy(&d.redis);
    ww_conf_free(&d.conf);
    return rc;
}

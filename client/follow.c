/* SPDX-License-Identifier: MIT
 *
 * follow — see follow.h. Speaks PROTOCOL.md's PUB topics (the prefix, hb,
 * reset) and its replay requests: {from, to, topic} answered by the kept
 * messages, then replay.end {last, first, more}. */
#include "follow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "cli.h"
#include "ww_alloc.h"
#include "ww_clock.h"
#include "ww_proto.h"
#include "ww_zsock.h"

#define REPLAY_TIMEOUT_MS 5000 /* for each frame of a replay answer */
#define REPLAY_PATIENCE_MS 30000 /* answers that bring nothing new (Redis away): asked again */
#define REPLAY_PAUSE_MS 200      /* ... this often, for this long, before giving up */

struct follow {
    follow_opts_t o;
    void *sub;
    void *dealer;        /* gap fills */
    void *lookup;        /* follow_fetch: its own, so a fetch never cuts into a gap fill */
    bool started;        /* covered is known */
    uint64_t covered;    /* every seq <= covered was handed on or is known not to match */
    bool stopped;        /* the callback asked to stop */
    unsigned long lost;  /* seqs that replay could no longer give */
    char epoch[160];     /* run id of the daemon's Redis state; "" until known */
    bool heard;
    long handed;         /* messages handed on */
    ww_zmsg_t m;         /* live messages */
    ww_zmsg_t r;         /* replay answers */
};

/* What one replay answer does with each message it carries. */
typedef void deliver_fn(follow_t *self, const char *topic, size_t tlen, const ww_buf_t *body,
                        uint64_t seq, void *arg);

follow_t *
follow_new(void *ctx, const ww_conf_t *conf, const follow_opts_t *opts, char *err,
           size_t errlen)
{
    follow_t *self = ww_xcalloc(1, sizeof *self);
    self->o = *opts;
    char *pub_ep = ww_conf_connect_endpoint(conf->publish_endpoint);
    char *rep_ep = ww_conf_connect_endpoint(conf->replay_endpoint);
    ww_zsock_opts_t o = { 1000, 0, 0, -1 };
    /* CURVE clients when the config names curve-client-key */
    self->sub = cli_connect(ctx, ZMQ_SUB, pub_ep, &o, conf, err, errlen);
    if (self->sub != NULL)
        self->dealer = cli_connect(ctx, ZMQ_DEALER, rep_ep, &o, conf, err, errlen);
    if (self->dealer != NULL)
        self->lookup = cli_connect(ctx, ZMQ_DEALER, rep_ep, &o, conf, err, errlen);
    free(pub_ep);
    free(rep_ep);
    if (self->lookup == NULL) {
        follow_destroy(&self);
        return NULL;
    }
    const char *topics[] = { opts->topic, WW_TOPIC_HEARTBEAT, WW_TOPIC_RESET };
    for (size_t i = 0; i < sizeof topics / sizeof topics[0]; i++)
        zmq_setsockopt(self->sub, ZMQ_SUBSCRIBE, topics[i], strlen(topics[i]));
    return self;
}

void
follow_destroy(follow_t **self_p)
{
    follow_t *self = *self_p;
    if (self == NULL)
        return;
    void *socks[] = { self->sub, self->dealer, self->lookup };
    for (size_t i = 0; i < sizeof socks / sizeof socks[0]; i++)
        if (socks[i] != NULL)
            zmq_close(socks[i]);
    ww_zmsg_free(&self->m);
    ww_zmsg_free(&self->r);
    free(self);
    *self_p = NULL;
}

/* Sends {from, to, topic} on DEALER and hands each message of the answer to
 * DELIVER, up to its replay.end, decoded into *END. Returns 0, or -1 when
 * nothing (or a refusal) came back within WAIT_MS per frame. */
static int
replay_once(follow_t *self, void *dealer, const ww_replay_req_t *req, deliver_fn *deliver,
            void *arg, int wait_ms, ww_replay_end_t *end)
{
    ww_buf_t b = WW_BUF_INIT;
    ww_proto_encode_replay_req(&b, req);
    const void *frames[1] = { b.ptr };
    size_t lens[1] = { b.len };
    int rc = ww_zsock_send(dealer, frames, lens, 1, 0);
    ww_buf_free(&b);
    if (rc == -1)
        return -1;
    for (;;) {
        zmq_pollitem_t item = { dealer, 0, ZMQ_POLLIN, 0 };
        if (zmq_poll(&item, 1, wait_ms) <= 0 || ww_zsock_recv(dealer, &self->r, 0) == -1 ||
            self->r.n != 2)
            return -1;
        const ww_buf_t *topic = &self->r.frame[0], *body = &self->r.frame[1];
        self->heard = true;
        if (strcmp(topic->ptr, WW_TOPIC_REPLAY_ERROR) == 0) {
            fprintf(stderr, "%s: replay refused the request\n", self->o.who);
            return -1;
        }
        if (strcmp(topic->ptr, WW_TOPIC_REPLAY_END) != 0) {
            uint64_t seq = ww_proto_seq((const uint8_t *)body->ptr, body->len);
            deliver(self, topic->ptr, topic->len, body, seq, arg);
            continue;
        }
        ww_reject_t why;
        return ww_proto_decode_replay_end((const uint8_t *)body->ptr, body->len, end, &why);
    }
}

static void
deliver_in_order(follow_t *self, const char *topic, size_t tlen, const ww_buf_t *body,
                 uint64_t seq, void *arg)
{
    (void)arg;
    if (seq > self->covered && !self->stopped) {
        self->handed++;
        self->stopped = !self->o.on_message(self->o.arg, topic, tlen, body, seq);
        self->covered = seq;
    }
}

/* Asks the replay endpoint for (covered, to] (to = 0: up to the newest) and
 * hands on what comes back. Returns -1 when the daemon did not answer. */
static int
replay(follow_t *self, uint64_t to)
{
    int64_t patience = ww_clock_mono_ms() + REPLAY_PATIENCE_MS;
    while (!self->stopped) {
        uint64_t before = self->covered;
        ww_replay_req_t req = { self->covered + 1, to,
                                { self->o.topic, strlen(self->o.topic) } };
        ww_replay_end_t end;
        if (replay_once(self, self->dealer, &req, deliver_in_order, NULL, REPLAY_TIMEOUT_MS,
                        &end) == -1)
            return -1;
        if (end.first > self->covered + 1 && end.last >= end.first) {
            self->lost += end.first - self->covered - 1;
            fprintf(stderr, "%s: seq %llu..%llu no longer kept\n", self->o.who,
                    (unsigned long long)self->covered + 1, (unsigned long long)end.first - 1);
        }
        if (end.last > self->covered)
            self->covered = end.last;
        if (!end.more)
            return 0;
        if (self->covered > before) {
            patience = ww_clock_mono_ms() + REPLAY_PATIENCE_MS;
        } else if (ww_clock_mono_ms() >= patience) {
            return -1;      /* "more", and never anything new: the daemon cannot read now */
        } else {
            zmq_poll(NULL, 0, REPLAY_PAUSE_MS); /* not a tight loop while Redis is away */
        }
    }
    return 0;
}

static void
fill_gap(follow_t *self, uint64_t to)
{
    if (to > self->covered && replay(self, to) == -1) {
        fprintf(stderr, "%s: replay of seq %llu..%llu failed\n", self->o.who,
                (unsigned long long)self->covered + 1, (unsigned long long)to);
        self->lost += to - self->covered;
        self->covered = to;
    }
}

static bool
same_epoch(const follow_t *self, ww_str_t epoch)
{
    return epoch.len == 0 || epoch.len >= sizeof self->epoch ||
           (strlen(self->epoch) == epoch.len && memcmp(self->epoch, epoch.p, epoch.len) == 0);
}

static void
set_epoch(follow_t *self, ww_str_t epoch)
{
    memcpy(self->epoch, epoch.p, epoch.len);
    self->epoch[epoch.len] = '\0';
}

static void
on_reset(follow_t *self, const ww_buf_t *body)
{
    ww_reset_t r;
    ww_reject_t why;
    if (ww_proto_decode_reset((const uint8_t *)body->ptr, body->len, &r, &why) == -1 ||
        same_epoch(self, r.epoch))
        return;
    bool known = self->epoch[0] != '\0' || (self->started && self->covered > r.head);
    if (known)
        fprintf(stderr, "%s: the daemon reports that Redis lost its data (%.*s): "
                        "seqs after %llu start over (it had published up to %llu)\n",
                self->o.who, (int)r.reason.len, r.reason.p, (unsigned long long)r.head,
                (unsigned long long)r.was);
    set_epoch(self, r.epoch);
    self->started = true;
    self->covered = r.head;
    if (known && self->o.on_reset != NULL)
        self->o.on_reset(self->o.arg, r.head);
}

static void
on_heartbeat(follow_t *self, const ww_buf_t *body)
{
    ww_heartbeat_t hb;
    ww_reject_t why;
    if (ww_proto_decode_heartbeat((const uint8_t *)body->ptr, body->len, &hb, &why))
        return;
    if (!same_epoch(self, hb.epoch)) {
        if (self->epoch[0] != '\0') {
            /* The notice was missed: where the new history overlaps the old
             * one is unknown, so everything Redis now holds is fetched again. */
            fprintf(stderr, "%s: the daemon's Redis state changed (epoch %.*s) and its reset "
                            "notice was missed: replaying what it holds\n",
                    self->o.who, (int)hb.epoch.len, hb.epoch.p);
            self->covered = 0;
            if (self->o.on_reset != NULL)
                self->o.on_reset(self->o.arg, 0);
        }
        set_epoch(self, hb.epoch);
    }
    if (!self->started)
        self->started = true, self->covered = hb.head;
    fill_gap(self, hb.head);
}

static void
on_live(follow_t *self)
{
    const ww_buf_t *topic = &self->m.frame[0], *body = &self->m.frame[1];
    self->heard = true;
    if (strcmp(topic->ptr, WW_TOPIC_HEARTBEAT) == 0) {
        on_heartbeat(self, body);
        return;
    }
    if (strcmp(topic->ptr, WW_TOPIC_RESET) == 0) {
        on_reset(self, body);
        return;
    }
    if (strncmp(topic->ptr, self->o.topic, strlen(self->o.topic)) != 0)
        return;
    uint64_t seq = ww_proto_seq((const uint8_t *)body->ptr, body->len);
    if (!self->started)
        self->started = true, self->covered = seq - 1;
    if (seq <= self->covered)
        return;
    fill_gap(self, seq - 1); /* its answers arrive in self->r: self->m is kept */
    if (!self->stopped) {
        self->handed++;
        self->stopped = !self->o.on_message(self->o.arg, topic->ptr, topic->len, body, seq);
        self->covered = seq;
    }
}

void
follow_start_at(follow_t *self, uint64_t from)
{
    self->started = true;
    self->covered = from > 0 ? from - 1 : 0;
}

int
follow_replay(follow_t *self)
{
    return replay(self, 0);
}

void *
follow_socket(const follow_t *self)
{
    return self->sub;
}

long
follow_run(follow_t *self)
{
    long before = self->handed;
    while (!self->stopped && ww_zsock_recv(self->sub, &self->m, ZMQ_DONTWAIT) == 0)
        if (self->m.n == 2)
            on_live(self);
    return self->handed - before;
}

typedef struct {
    follow_on_message_fn *cb;
    void *arg;
} fetch_t;

static void
deliver_any(follow_t *self, const char *topic, size_t tlen, const ww_buf_t *body, uint64_t seq,
            void *arg)
{
    (void)self;
    fetch_t *f = arg;
    f->cb(f->arg, topic, tlen, body, seq);
}

int
follow_fetch(follow_t *self, uint64_t from, uint64_t to, const char *topic,
             follow_on_message_fn *cb, void *arg, int timeout_ms)
{
    int64_t until = ww_clock_mono_ms() + timeout_ms;
    fetch_t f = { cb, arg };
    /* what is left of an earlier answer that ran out of time */
    while (ww_zsock_recv(self->lookup, &self->r, ZMQ_DONTWAIT) == 0)
        ;
    for (;;) {
        int64_t left = until - ww_clock_mono_ms();
        if (left <= 0)
            return -1;
        ww_replay_req_t req = { from, to, { topic, strlen(topic) } };
        ww_replay_end_t end;
        if (replay_once(self, self->lookup, &req, deliver_any, &f, (int)left, &end) == -1)
            return -1;
        if (!end.more || (to > 0 && end.last >= to))
            return 0;
        from = end.last + 1;
    }
}

uint64_t
follow_covered(const follow_t *self)
{
    return self->covered;
}

bool
follow_done(const follow_t *self)
{
    return self->stopped;
}

bool
follow_heard(const follow_t *self)
{
    return self->heard;
}

unsigned long
follow_lost(const follow_t *self)
{
    return self->lost;
}

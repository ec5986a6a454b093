/* SPDX-License-Identifier: MIT
 *
 * publish — see publish.h. Speaks: GET/SET P{w}:pub; XRANGE P{w}:out
 * (cursor+1)-0 + COUNT n. The output stream's entry ids are "<seq>-0", so the
 * stream order is the seq order and a range read resumes exactly. */
#include "publish.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "waker.h"
#include "ww_alloc.h"
#include "ww_clock.h"
#include "ww_log.h"
#include "ww_zsock.h"

#define PUBLISH_BATCH 512
#define PUBLISH_IDLE_MS 5 /* poll interval of the output stream when it is quiet, */
#define PUBLISH_WOKEN_MS 250 /* ... and while the waker watches it (a safety net) */

struct publisher {
    daemon_t *d;
    waker_t *waker;      /* wakes the loop when the output stream grows */
    uint64_t cursor;     /* last seq sent */
    bool loaded;         /* cursor read from Redis */
    int64_t next_hb_ms;
    pubmsg_t out;
    ww_buf_t hb;
    bool reset_due;      /* send the reset notice once the cursor is loaded */
    uint64_t reset_was;  /* the cursor before the reset */
    char reset_why[256];
};

publisher_t *
publish_new(daemon_t *d)
{
    publisher_t *self = ww_xcalloc(1, sizeof *self);
    self->d = d;
    self->waker = waker_new(d);
    return self;
}

void
publish_destroy(publisher_t **self_p)
{
    if (*self_p == NULL)
        return;
    waker_destroy(&(*self_p)->waker);
    ww_buf_free(&(*self_p)->out.body);
    ww_buf_free(&(*self_p)->hb);
    free(*self_p);
    *self_p = NULL;
}

uint64_t
publish_head(const publisher_t *self)
{
    return self->cursor;
}

/* Field VALUE of NAME in a flat [name, value, …] reply array, or NULL. */
static const redisReply *
field(const redisReply *fields, const char *name)
{
    for (size_t i = 0; i + 1 < fields->elements; i += 2) {
        const redisReply *k = fields->element[i];
        if (k->type == REDIS_REPLY_STRING && strcmp(k->str, name) == 0)
            return fields->element[i + 1];
    }
    return NULL;
}

static ww_dup_status_t
dup_status(const redisReply *st)
{
    if (st != NULL && strcmp(st->str, "exact") == 0)
        return WW_DUP_EXACT;
    if (st != NULL && strcmp(st->str, "near") == 0)
        return WW_DUP_NEAR;
    return WW_DUP_NEW;
}

static uint64_t
field_u64(const redisReply *fields, const char *name)
{
    const redisReply *v = field(fields, name);
    return v != NULL ? strtoull(v->str, NULL, 10) : 0;
}

static ww_str_t
field_str(const redisReply *fields, const char *name)
{
    const redisReply *v = field(fields, name);
    return v != NULL ? (ww_str_t){ v->str, v->len } : (ww_str_t){ "", 0 };
}

static int
assemble_update(const redisReply *f, uint64_t seq, pubmsg_t *out)
{
    ww_event_state_t e = {
        field_str(f, "id"),           field_str(f, "type"),
        field_str(f, "date"),         field_u64(f, "reports"),
        field_u64(f, "first_seq"),    (int64_t)field_u64(f, "first_seen"),
        (int64_t)field_u64(f, "last_seen"), field_str(f, "outlets"),
        field_str(f, "langs"),
    };
    snprintf(out->topic[0], PUBLISH_TOPIC_MAX, "%s%.*s", WW_TOPIC_UPDATE, (int)e.type.len,
             e.type.p);
    out->n = 1;
    ww_proto_encode_event_state(&out->body, seq, &e);
    return 0;
}

/* The other roots a copy names: AL is "seq\tid\tseq\tid..." (commit.lua);
 * the ids point into AL. */
static void
other_roots(const redisReply *al, ww_dup_t *dup)
{
    const char *p = al->str, *end = al->str + al->len;
    while (p < end && dup->n_also < WW_MAX_ALSO) {
        const char *tab = memchr(p, '\t', (size_t)(end - p));
        if (tab == NULL)
            return;
        const char *id = tab + 1, *next = memchr(id, '\t', (size_t)(end - id));
        const char *id_end = next != NULL ? next : end;
        dup->also_seq[dup->n_also] = strtoull(p, NULL, 10);
        dup->also[dup->n_also++] = (ww_str_t){ id, (size_t)(id_end - id) };
        p = next != NULL ? next + 1 : end;
    }
}

static int
assemble_item(const redisReply *f, const redisReply *m, uint64_t seq, pubmsg_t *out)
{
    ww_verdict_t v;
    memset(&v, 0, sizeof v);
    v.dup.status = dup_status(field(f, "st"));
    v.dup.of = (ww_str_t){ "", 0 };
    if (v.dup.status != WW_DUP_NEW) {
        const redisReply *of = field(f, "of"), *os = field(f, "os"), *sim = field(f, "sim");
        const redisReply *al = field(f, "al");
        if (of == NULL || os == NULL)
            return -1;
        v.dup.of = (ww_str_t){ of->str, of->len };
        v.dup.of_seq = strtoull(os->str, NULL, 10);
        v.dup.similarity = sim != NULL ? strtod(sim->str, NULL) : 1.0;
        if (al != NULL && al->type == REDIS_REPLY_STRING)
            other_roots(al, &v.dup);
    }
    const redisReply *type = field(f, "et");
    if (type != NULL) {
        v.has_event = true;
        v.reports = field_u64(f, "er");
        v.first_report = field_u64(f, "ef") != 0;
        /* the instance the commit counted the item in: its own, its root's
         * (a copy), or an adjacent day's it joined (entries written before
         * these fields carry none: the worker's own map is kept) */
        if (field(f, "eid") != NULL) {
            v.type = (ww_str_t){ type->str, type->len };
            v.id = field_str(f, "eid");
            v.date = field_str(f, "ed");
            v.joined = field_u64(f, "ej") != 0;
        }
    }
    snprintf(out->topic[0], PUBLISH_TOPIC_MAX, "%s", ww_proto_item_topic(v.dup.status));
    out->n = 1;
    if (type != NULL)
        snprintf(out->topic[out->n++], PUBLISH_TOPIC_MAX, "%s%s", WW_TOPIC_EVENT, type->str);
    return ww_proto_finish_item(&out->body, (const uint8_t *)m->str, m->len, seq, &v);
}

int
publish_assemble(const redisReply *entry, uint64_t *seq, pubmsg_t *out)
{
    ww_buf_reset(&out->body);
    out->n = 0;
    if (entry->type != REDIS_REPLY_ARRAY || entry->elements != 2 ||
        entry->element[0]->type != REDIS_REPLY_STRING ||
        entry->element[1]->type != REDIS_REPLY_ARRAY)
        return -1;
    *seq = strtoull(entry->element[0]->str, NULL, 10);
    const redisReply *f = entry->element[1];
    const redisReply *kind = field(f, "k"), *m = field(f, "m");
    if (kind == NULL)
        return -1;
    if (strcmp(kind->str, "update") == 0)
        return assemble_update(f, *seq, out);
    if (m == NULL)
        return -1;
    if (strcmp(kind->str, "dead") == 0) {
        snprintf(out->topic[0], PUBLISH_TOPIC_MAX, "%s", WW_TOPIC_DEAD);
        out->n = 1;
        return ww_proto_add_seq(&out->body, (const uint8_t *)m->str, m->len, *seq);
    }
    return assemble_item(f, m, *seq, out);
}

static int
load_cursor(publisher_t *self)
{
    redisReply *r = ww_redis_cmdf(self->d->redis, "GET %s", self->d->keys.pub);
    if (r == NULL)
        return -1;
    self->cursor = r->type == REDIS_REPLY_STRING ? strtoull(r->str, NULL, 10) : 0;
    freeReplyObject(r);
    self->loaded = true;
    ww_log(WW_LOG_NOTICE, "publish", "resuming after seq=%llu", (unsigned long long)self->cursor);
    return 0;
}

static void send_message(publisher_t *self, const char *topic, const ww_buf_t *msg);

void
publish_reset(publisher_t *self, const char *why)
{
    if (!self->reset_due)
        self->reset_was = self->cursor;
    self->reset_due = true;
    self->loaded = false;
    snprintf(self->reset_why, sizeof self->reset_why, "%s", why);
}

static void
send_reset(publisher_t *self, int64_t now_ms)
{
    const char *epoch = self->d->epoch;
    ww_reset_t r = { { epoch, strlen(epoch) }, self->cursor, self->reset_was,
                     { self->reset_why, strlen(self->reset_why) }, now_ms };
    ww_buf_reset(&self->hb);
    ww_proto_encode_reset(&self->hb, &r);
    send_message(self, WW_TOPIC_RESET, &self->hb);
    self->reset_due = false;
    self->next_hb_ms = 0; /* and a heartbeat with the new head right after */
}

static void
send_message(publisher_t *self, const char *topic, const ww_buf_t *msg)
{
    const void *frames[2] = { topic, msg->ptr };
    size_t lens[2] = { strlen(topic), msg->len };
    /* PUB never blocks: past a subscriber's HWM ZeroMQ drops for that
     * subscriber only, who sees the gap in seq and replays. */
    if (ww_zsock_send(self->d->pub, frames, lens, 2, ZMQ_DONTWAIT) == -1)
        ww_log(WW_LOG_WARN, "publish", "send failed: %s", zmq_strerror(errno));
}

static void
send_entry(publisher_t *self, const redisReply *entry)
{
    uint64_t seq;
    if (publish_assemble(entry, &seq, &self->out) == -1) {
        ww_log(WW_LOG_ERROR, "publish", "malformed output entry after seq=%llu, skipped",
               (unsigned long long)self->cursor);
        seq = self->cursor + 1;
    } else {
        if (seq > self->cursor + 1) {
            self->d->stats.trimmed += seq - self->cursor - 1;
            ww_log(WW_LOG_WARN, "publish", "seq %llu..%llu trimmed before publication",
                   (unsigned long long)self->cursor + 1, (unsigned long long)seq - 1);
        }
        for (size_t i = 0; i < self->out.n; i++)
            send_message(self, self->out.topic[i], &self->out.body);
        self->d->stats.published++;
        published_count(&self->d->stats.out, self->out.topic[0],
                        self->out.n > 1 ? self->out.topic[1] + strlen(WW_TOPIC_EVENT) : NULL,
                        (const uint8_t *)self->out.body.ptr, self->out.body.len,
                        ww_clock_wall_ms());
    }
    self->cursor = seq;
}

/* One XRANGE batch. Returns the number of entries, or -1 on Redis failure. */
static int
publish_batch(publisher_t *self)
{
    char from[32];
    snprintf(from, sizeof from, "%llu-0", (unsigned long long)self->cursor + 1);
    redisReply *r = ww_redis_cmdf(self->d->redis, "XRANGE %s %s + COUNT %d", self->d->keys.out,
                                  from, PUBLISH_BATCH);
    if (r == NULL || r->type != REDIS_REPLY_ARRAY) {
        self->d->stats.redis_errors++;
        if (r != NULL)
            freeReplyObject(r);
        return -1;
    }
    for (size_t i = 0; i < r->elements; i++)
        send_entry(self, r->element[i]);
    int n = (int)r->elements;
    freeReplyObject(r);
    if (n > 0) {
        r = ww_redis_cmdf(self->d->redis, "SET %s %llu", self->d->keys.pub,
                          (unsigned long long)self->cursor);
        if (r == NULL)
            return -1;
        freeReplyObject(r);
    }
    return n;
}

static void
heartbeat(publisher_t *self, int64_t now_ms)
{
    if (now_ms < self->next_hb_ms)
        return;
    self->next_hb_ms = now_ms + self->d->conf.heartbeat;
    const char *epoch = self->d->epoch;
    ww_heartbeat_t hb = { self->cursor, now_ms, { epoch, strlen(epoch) } };
    ww_buf_reset(&self->hb);
    ww_proto_encode_heartbeat(&self->hb, &hb);
    send_message(self, WW_TOPIC_HEARTBEAT, &self->hb);
}

int64_t
publish_tick(publisher_t *self, int64_t now_ms)
{
    if (!ww_redis_connected(self->d->redis) || (!self->loaded && load_cursor(self) == -1))
        return PUBLISH_IDLE_MS;
    if (self->reset_due)
        send_reset(self, now_ms);
    int n = publish_batch(self);
    if (self->loaded)
        heartbeat(self, now_ms);
    if (n == PUBLISH_BATCH)
        return 0;
    if (!waker_armed(self->waker))
        return PUBLISH_IDLE_MS;
    int64_t until_hb = self->next_hb_ms - now_ms; /* the heartbeat stays on time */
    return until_hb < 0 ? 0 : until_hb < PUBLISH_WOKEN_MS ? until_hb : PUBLISH_WOKEN_MS;
}

int
publish_wake_fd(publisher_t *self, int64_t now_ms)
{
    if (!self->loaded)
        return -1;
    return waker_arm(self->waker, self->cursor, now_ms);
}

bool
publish_on_wake(publisher_t *self)
{
    return waker_fired(self->waker);
}

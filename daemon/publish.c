/* SPDX-License-Identifier: MIT
 *
 * publish — see publish.h. Speaks: GET/SET P{w}:pub; XRANGE P{w}:out
 * (cursor+1)-0 + COUNT n. The output stream's entry ids are "<seq>-0", so the
 * stream order is the seq order and a range read resumes exactly. */
#include "publish.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "ww_alloc.h"
#include "ww_log.h"
#include "ww_zsock.h"

#define PUBLISH_BATCH 512
#define PUBLISH_IDLE_MS 5 /* poll interval of the output stream when it is quiet */

struct publisher {
    daemon_t *d;
    uint64_t cursor;     /* last seq sent */
    bool loaded;         /* cursor read from Redis */
    int64_t next_hb_ms;
    ww_buf_t msg;
};

publisher_t *
publish_new(daemon_t *d)
{
    publisher_t *self = ww_xcalloc(1, sizeof *self);
    self->d = d;
    return self;
}

void
publish_destroy(publisher_t **self_p)
{
    if (*self_p == NULL)
        return;
    ww_buf_free(&(*self_p)->msg);
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

int
publish_assemble(const redisReply *entry, uint64_t *seq, const char **topic, ww_buf_t *msg)
{
    if (entry->type != REDIS_REPLY_ARRAY || entry->elements != 2 ||
        entry->element[0]->type != REDIS_REPLY_STRING ||
        entry->element[1]->type != REDIS_REPLY_ARRAY)
        return -1;
    *seq = strtoull(entry->element[0]->str, NULL, 10);
    const redisReply *f = entry->element[1];
    const redisReply *kind = field(f, "k"), *m = field(f, "m");
    if (kind == NULL || m == NULL)
        return -1;
    if (strcmp(kind->str, "dead") == 0) {
        *topic = WW_TOPIC_DEAD;
        return ww_proto_add_seq(msg, (const uint8_t *)m->str, m->len, *seq);
    }
    ww_dup_t dup = { dup_status(field(f, "st")), { "", 0 }, 0, 0.0 };
    if (dup.status != WW_DUP_NEW) {
        const redisReply *of = field(f, "of"), *os = field(f, "os"), *sim = field(f, "sim");
        if (of == NULL || os == NULL)
            return -1;
        dup.of = (ww_str_t){ of->str, of->len };
        dup.of_seq = strtoull(os->str, NULL, 10);
        dup.similarity = sim != NULL ? strtod(sim->str, NULL) : 1.0;
    }
    *topic = ww_proto_item_topic(dup.status);
    return ww_proto_finish_item(msg, (const uint8_t *)m->str, m->len, *seq, &dup);
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
    const char *topic;
    ww_buf_reset(&self->msg);
    if (publish_assemble(entry, &seq, &topic, &self->msg) == -1) {
        ww_log(WW_LOG_ERROR, "publish", "malformed output entry after seq=%llu, skipped",
               (unsigned long long)self->cursor);
        seq = self->cursor + 1;
    } else {
        if (seq > self->cursor + 1) {
            self->d->stats.trimmed += seq - self->cursor - 1;
            ww_log(WW_LOG_WARN, "publish", "seq %llu..%llu trimmed before publication",
                   (unsigned long long)self->cursor + 1, (unsigned long long)seq - 1);
        }
        send_message(self, topic, &self->msg);
        self->d->stats.published++;
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
    ww_buf_reset(&self->msg);
    ww_proto_encode_heartbeat(&self->msg, self->cursor, now_ms);
    send_message(self, WW_TOPIC_HEARTBEAT, &self->msg);
}

int64_t
publish_tick(publisher_t *self, int64_t now_ms)
{
    if (!ww_redis_connected(self->d->redis) || (!self->loaded && load_cursor(self) == -1))
        return PUBLISH_IDLE_MS;
    int n = publish_batch(self);
    if (self->loaded)
        heartbeat(self, now_ms);
    return n == PUBLISH_BATCH ? 0 : PUBLISH_IDLE_MS;
}

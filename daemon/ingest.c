/* SPDX-License-Identifier: MIT
 *
 * ingest — see ingest.h. A batch is read without blocking (up to
 * INGEST_BATCH messages), validated, and written with one script call, so the
 * Redis round trip is paid once per batch rather than once per item. */
#include "ingest.h"

#include <errno.h>
#include <string.h>
#include <zmq.h>

#include "frames.h"
#include "journal.h"
#include "ww_alloc.h"
#include "ww_clock.h"
#include "ww_log.h"
#include "ww_zsock.h"

#define INGEST_BATCH 256
#define HOLD_RETRY_MS 100  /* retry a held PULL batch / recheck the backlog */
/* A buffer that grew past this for one large message is freed once that
 * message is handled, so that what a burst of large (or oversized) input
 * leaves behind is not kept per slot: 2 batches x INGEST_BATCH slots x the
 * largest frame would be up to 2 GB with max-item-size 1 MB. */
#define KEEP_BYTES (16 * 1024)

typedef struct {
    ww_buf_t raw;          /* the item bytes */
    ww_buf_t route[3];     /* ROUTER only: identity, delimiter?, token? */
    size_t n_route;
    bool valid;
    ww_reject_t why;       /* when !valid */
    bool has_id;           /* valid and carries a scraper id: idkey is set */
    bool dead_lettered;    /* !valid, and written to the dead-letter stream */
    char idkey[JOURNAL_IDKEY_MAX];
} slot_t;

typedef struct {
    slot_t slot[INGEST_BATCH];
    size_t n;
    journal_ack_t ack[INGEST_BATCH]; /* after a flush: seq 0 = not queued */
} batch_t;

struct ingest {
    daemon_t *d;
    batch_t pull;          /* may be held between calls */
    batch_t router;        /* always answered before returning */
    bool backlog_full;     /* stop reading PULL until the backlog drains */
    int64_t next_check_ms;
    ww_zmsg_t msg;
};

ingest_t *
ingest_new(daemon_t *d)
{
    ingest_t *self = ww_xcalloc(1, sizeof *self);
    self->d = d;
    return self;
}

static void
batch_free(batch_t *b)
{
    for (size_t i = 0; i < INGEST_BATCH; i++) {
        ww_buf_free(&b->slot[i].raw);
        for (size_t j = 0; j < 3; j++)
            ww_buf_free(&b->slot[i].route[j]);
    }
}

void
ingest_destroy(ingest_t **self_p)
{
    ingest_t *self = *self_p;
    if (self == NULL)
        return;
    batch_free(&self->pull);
    batch_free(&self->router);
    ww_zmsg_free(&self->msg);
    free(self);
    *self_p = NULL;
}

/* Fills slot S from the message just read: the envelope to answer with (on
 * ROUTER), the item bytes (the payload; on PULL the one frame even when
 * there are more) and the verdict of frames_item. */
static void
take(ingest_t *self, slot_t *s, bool routed)
{
    const ww_zmsg_t *m = &self->msg;
    frames_t f;
    ww_item_t item;
    s->valid = frames_item(m, routed, (size_t)self->d->conf.max_item_size, &f, &item,
                           &s->why) == 0;
    s->has_id = s->valid && item.id.len > 0;
    s->dead_lettered = false;
    if (s->has_id)
        journal_idkey(self->d, &item, s->idkey);
    s->n_route = f.n_route;
    for (size_t i = 0; i < f.n_route; i++) {
        ww_buf_reset(&s->route[i]);
        ww_buf_append(&s->route[i], m->frame[i].ptr, m->frame[i].len);
    }
    ww_buf_reset(&s->raw);
    if (!routed)
        ww_buf_append(&s->raw, m->frame[0].ptr, m->frame[0].len);
    else if (f.has_payload)
        ww_buf_append(&s->raw, m->frame[f.payload].ptr, m->frame[f.payload].len);
}

static void
reply(ingest_t *self, const slot_t *s, const ww_ack_t *ack)
{
    ww_buf_t body = WW_BUF_INIT;
    ww_proto_encode_ack(&body, ack);
    const void *frames[4];
    size_t lens[4];
    size_t n = 0;
    for (; n < s->n_route; n++)
        frames[n] = s->route[n].ptr, lens[n] = s->route[n].len;
    frames[n] = body.ptr, lens[n] = body.len;
    /* A peer that went away is simply not answered (ROUTER drops it). */
    if (ww_zsock_send(self->d->router, frames, lens, n + 1, ZMQ_DONTWAIT) == -1)
        ww_log(WW_LOG_INFO, "ingest", "reply not sent: %s", zmq_strerror(errno));
    ww_buf_free(&body);
}

static void
reply_reason(ingest_t *self, const slot_t *s, ww_ack_status_t status, const char *reason)
{
    ww_ack_t ack = { status, 0, { reason, strlen(reason) }, false };
    reply(self, s, &ack);
}

/* Writes batch B to Redis: dead letters first (each once, even when the
 * batch is written again after a failure), then the valid items. Returns 0,
 * or -1 when Redis failed: then no valid item was queued (their acks say
 * seq 0), and the dead letters written so far are marked. */
static int
flush(ingest_t *self, batch_t *b, bool force)
{
    daemon_t *d = self->d;
    int64_t now = ww_clock_wall_ms();
    journal_item_t items[INGEST_BATCH];
    size_t idx[INGEST_BATCH], n = 0;
    for (size_t i = 0; i < b->n; i++) {
        slot_t *s = &b->slot[i];
        b->ack[i] = (journal_ack_t){ 0, false };
        if (s->valid) {
            idx[n] = i;
            items[n++] = (journal_item_t){ &s->raw, s->has_id ? s->idkey : NULL };
        } else if (!s->dead_lettered) {
            if (journal_reject(d, (const uint8_t *)s->raw.ptr, s->raw.len, &s->why, now) == -1)
                return -1;
            s->dead_lettered = true;
        }
    }
    journal_ack_t acks[INGEST_BATCH];
    uint64_t backlog = 0;
    if (journal_append(d, items, n, force, now, acks, &backlog) == -1)
        return -1;
    for (size_t j = 0; j < n; j++)
        b->ack[idx[j]] = acks[j];
    self->backlog_full = backlog >= (uint64_t)d->conf.backlog_limit;
    return 0;
}

static void
trim(ww_buf_t *b)
{
    if (b->cap > KEEP_BYTES)
        ww_buf_free(b);
}

/* Frees what B's handled slots and the receive buffers hold past KEEP_BYTES. */
static void
trim_batch(ingest_t *self, batch_t *b)
{
    for (size_t i = 0; i < b->n; i++) {
        trim(&b->slot[i].raw);
        for (size_t j = 0; j < b->slot[i].n_route; j++)
            trim(&b->slot[i].route[j]);
    }
    for (size_t i = 0; i < WW_ZSOCK_MAX_FRAMES; i++)
        trim(&self->msg.frame[i]);
}

static void
count(daemon_t *d, const batch_t *b)
{
    for (size_t i = 0; i < b->n; i++) {
        const slot_t *s = &b->slot[i];
        if (!s->valid)
            stats_reject(&d->stats, &s->why);
        else if (b->ack[i].seq == 0)
            d->stats.retry++;
        else if (b->ack[i].already)
            d->stats.already++;
        else
            d->stats.accepted++;
    }
}

/* Reads up to INGEST_BATCH messages from SOCK (ROUTED: the ack endpoint)
 * into B. */
static void
read_batch(ingest_t *self, void *sock, batch_t *b, bool routed)
{
    while (b->n < INGEST_BATCH) {
        if (ww_zsock_recv(sock, &self->msg, ZMQ_DONTWAIT) == -1)
            break;
        self->d->stats.received++;
        take(self, &b->slot[b->n++], routed);
    }
}

static void
try_pull_batch(ingest_t *self)
{
    /* Redis away: the batch is held (main.c logs the outage once). */
    if (!ww_redis_connected(self->d->redis) || flush(self, &self->pull, true) == -1)
        return;
    count(self->d, &self->pull);
    trim_batch(self, &self->pull);
    self->pull.n = 0;
}

void
ingest_on_pull(ingest_t *self)
{
    if (self->pull.n > 0)
        return;
    read_batch(self, self->d->pull, &self->pull, false);
    try_pull_batch(self);
}

void
ingest_on_router(ingest_t *self)
{
    batch_t *b = &self->router;
    read_batch(self, self->d->router, b, true);
    /* Redis away: "retry later" (main.c logs the outage once), except for
     * what was already dead-lettered. */
    bool ok = ww_redis_connected(self->d->redis) && flush(self, b, false) == 0;
    for (size_t i = 0; i < b->n; i++) {
        const slot_t *s = &b->slot[i];
        if (!ok && !s->dead_lettered) {
            reply_reason(self, s, WW_ACK_RETRY, "redis unavailable");
            self->d->stats.retry++;
        } else if (!s->valid) {
            stats_reject(&self->d->stats, &s->why);
            reply_reason(self, s, WW_ACK_REJECTED, s->why.text);
        } else if (b->ack[i].seq == 0) {
            self->d->stats.retry++;
            reply_reason(self, s, WW_ACK_RETRY, "backlog full");
        } else {
            if (b->ack[i].already)
                self->d->stats.already++;
            else
                self->d->stats.accepted++;
            ww_ack_t ack = { WW_ACK_OK, b->ack[i].seq, { NULL, 0 }, b->ack[i].already };
            reply(self, s, &ack);
        }
    }
    trim_batch(self, b);
    b->n = 0;
}

bool
ingest_wants_pull(const ingest_t *self)
{
    return self->pull.n == 0 && !self->backlog_full;
}

int64_t
ingest_tick(ingest_t *self, int64_t now_ms)
{
    if (self->pull.n == 0 && !self->backlog_full)
        return HOLD_RETRY_MS * 10;
    if (now_ms < self->next_check_ms)
        return self->next_check_ms - now_ms;
    self->next_check_ms = now_ms + HOLD_RETRY_MS;
    if (!ww_redis_connected(self->d->redis))
        return HOLD_RETRY_MS;
    if (self->pull.n > 0) {
        try_pull_batch(self);
    } else {
        uint64_t backlog;
        if (journal_backlog(self->d, &backlog) == 0)
            self->backlog_full = backlog >= (uint64_t)self->d->conf.backlog_limit;
    }
    return HOLD_RETRY_MS;
}

size_t
ingest_held(const ingest_t *self)
{
    return self->pull.n;
}

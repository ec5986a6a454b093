/* SPDX-License-Identifier: MIT
 *
 * consume — see consume.h. */
#include "consume.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ww_log.h"

static const redisReply *
field(const redisReply *fields, const char *name)
{
    for (size_t i = 0; i + 1 < fields->elements; i += 2)
        if (fields->element[i]->type == REDIS_REPLY_STRING &&
            strcmp(fields->element[i]->str, name) == 0)
            return fields->element[i + 1];
    return NULL;
}

/* Fills E from an [id, [field, value, …]] entry. A field missing from a
 * damaged entry leaves raw empty, which the worker dead-letters. */
static int
take_entry(const redisReply *r, entry_t *e)
{
    if (r->type != REDIS_REPLY_ARRAY || r->elements != 2 ||
        r->element[0]->type != REDIS_REPLY_STRING || r->element[0]->len >= sizeof e->id)
        return -1;
    memcpy(e->id, r->element[0]->str, r->element[0]->len + 1);
    ww_buf_reset(&e->raw);
    e->ingest_seq = 0;
    e->received = 0;
    e->deliveries = 1;
    const redisReply *f = r->element[1];
    if (f->type != REDIS_REPLY_ARRAY)
        return 0;
    const redisReply *m = field(f, "m"), *s = field(f, "s"), *rc = field(f, "r");
    if (m != NULL)
        ww_buf_append(&e->raw, m->str, m->len);
    if (s != NULL)
        e->ingest_seq = strtoull(s->str, NULL, 10);
    if (rc != NULL)
        e->received = strtoll(rc->str, NULL, 10);
    return 0;
}

static size_t
take_entries(const redisReply *list, entry_t *entries, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < list->elements && n < max; i++)
        if (take_entry(list->element[i], &entries[n]) == 0)
            n++;
    return n;
}

int
consume_create_group(worker_t *w)
{
    redisReply *r = ww_redis_cmdf(w->redis, "XGROUP CREATE %s %s 0 MKSTREAM", w->keys.in,
                                  WW_GROUP);
    if (r == NULL)
        return -1;
    if (r->type == REDIS_REPLY_ERROR && !ww_redis_is_error(r, "BUSYGROUP"))
        ww_log(WW_LOG_WARN, "consume", "XGROUP CREATE: %s", r->str);
    freeReplyObject(r);
    return 0;
}

int
consume_read(worker_t *w, entry_t *entries, size_t max, bool own_pending, int block_ms,
             size_t *n)
{
    *n = 0;
    redisReply *r = ww_redis_cmdf(w->redis, "XREADGROUP GROUP %s %s COUNT %d BLOCK %d STREAMS %s %s",
                                  WW_GROUP, w->name, (int)max, block_ms, w->keys.in,
                                  own_pending ? "0" : ">");
    if (r == NULL)
        return -1;
    int rc = 0;
    if (r->type == REDIS_REPLY_ERROR) {
        /* NOGROUP after a FLUSHALL or a lost stream: make the group again. */
        ww_log(WW_LOG_WARN, "consume", "XREADGROUP: %s", r->str);
        rc = ww_redis_is_error(r, "NOGROUP") ? consume_create_group(w) : -1;
    } else if (r->type == REDIS_REPLY_ARRAY && r->elements == 1 &&
               r->element[0]->elements == 2) {
        *n = take_entries(r->element[0]->element[1], entries, max);
    }
    freeReplyObject(r);
    return rc;
}

/* Fills the delivery counts of ENTRIES[0..N) from XPENDING. */
static int
read_deliveries(worker_t *w, entry_t *entries, size_t n)
{
    redisReply *r = ww_redis_cmdf(w->redis, "XPENDING %s %s %s %s %d %s", w->keys.in,
                                  WW_GROUP, entries[0].id, entries[n - 1].id, (int)(n * 2), w->name);
    if (r == NULL)
        return -1;
    if (r->type == REDIS_REPLY_ARRAY) {
        for (size_t i = 0; i < r->elements; i++) {
            const redisReply *p = r->element[i];
            if (p->type != REDIS_REPLY_ARRAY || p->elements != 4)
                continue;
            for (size_t j = 0; j < n; j++)
                if (strcmp(entries[j].id, p->element[0]->str) == 0)
                    entries[j].deliveries = (uint64_t)p->element[3]->integer;
        }
    }
    freeReplyObject(r);
    return 0;
}

int
consume_claim(worker_t *w, entry_t *entries, size_t max, char cursor[48], size_t *n)
{
    *n = 0;
    redisReply *r = ww_redis_cmdf(w->redis, "XAUTOCLAIM %s %s %s %lld %s COUNT %d", w->keys.in,
                                  WW_GROUP, w->name, w->conf.claim_idle, cursor, (int)max);
    if (r == NULL)
        return -1;
    if (r->type == REDIS_REPLY_ARRAY && r->elements >= 2 &&
        r->element[0]->type == REDIS_REPLY_STRING && r->element[0]->len < 48) {
        memcpy(cursor, r->element[0]->str, r->element[0]->len + 1);
        *n = take_entries(r->element[1], entries, max);
    } else if (r->type == REDIS_REPLY_ERROR) {
        ww_log(WW_LOG_WARN, "consume", "XAUTOCLAIM: %s", r->str);
        strcpy(cursor, "0-0");
    }
    freeReplyObject(r);
    if (*n > 0 && read_deliveries(w, entries, *n) == -1)
        return -1;
    w->stats.claimed += *n;
    return 0;
}

void
entry_free(entry_t *e)
{
    ww_buf_free(&e->raw);
}

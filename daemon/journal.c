/* SPDX-License-Identifier: MIT
 *
 * journal — see journal.h. Speaks: EVALSHA ingest.lua KEYS iseq in k:<hash>…;
 * EVALSHA reject.lua KEYS seq out dlq; XLEN in. */
#include "journal.h"

#include <stdio.h>
#include <string.h>
#include <xxhash.h>

#include "ww_alloc.h"
#include "ww_buf.h"

#define MAX_BATCH 512
#define APPEND_FIXED_KEYS 2
#define APPEND_FIXED_ARGS 3

void
journal_idkey(const daemon_t *d, const ww_item_t *item, char key[JOURNAL_IDKEY_MAX])
{
    /* The source's length first, so that ("ab", "c") and ("a", "bc") differ. */
    uint8_t buf[2 + WW_MAX_SOURCE + WW_MAX_ID];
    size_t slen = item->source.len < WW_MAX_SOURCE ? item->source.len : WW_MAX_SOURCE;
    size_t ilen = item->id.len < WW_MAX_ID ? item->id.len : WW_MAX_ID;
    buf[0] = (uint8_t)(slen >> 8), buf[1] = (uint8_t)slen;
    memcpy(buf + 2, item->source.p, slen);
    memcpy(buf + 2 + slen, item->id.p, ilen);
    XXH128_hash_t h = XXH3_128bits(buf, 2 + slen + ilen);
    snprintf(key, JOURNAL_IDKEY_MAX, "%s%016llx%016llx", d->keys.ids,
             (unsigned long long)h.high64, (unsigned long long)h.low64);
}

int
journal_append(daemon_t *d, const journal_item_t *items, size_t n, bool force,
               int64_t received, journal_ack_t *acks, uint64_t *backlog)
{
    if (n == 0 || n > MAX_BATCH)
        return n == 0 ? 0 : -1;
    enum { MAX_ARGC = APPEND_FIXED_KEYS + APPEND_FIXED_ARGS + 2 * MAX_BATCH };
    const char *argv[MAX_ARGC];
    size_t lens[MAX_ARGC];
    char limit[32], recv[32], keep[32];
    snprintf(limit, sizeof limit, "%lld", force ? 0LL : d->conf.backlog_limit);
    snprintf(recv, sizeof recv, "%lld", (long long)received);
    snprintf(keep, sizeof keep, "%lld", d->conf.scraper_id_retention);
    size_t k = 0;
    argv[k++] = d->keys.iseq;
    argv[k++] = d->keys.in;
    for (size_t i = 0; i < n; i++)
        argv[k++] = items[i].idkey != NULL ? items[i].idkey : d->keys.iseq;
    argv[k++] = limit;
    argv[k++] = recv;
    argv[k++] = keep;
    for (size_t i = 0; i < k; i++)
        lens[i] = strlen(argv[i]);
    for (size_t i = 0; i < n; i++, k++)
        argv[k] = items[i].raw->ptr, lens[k] = items[i].raw->len;
    redisReply *r = ww_redis_eval(d->redis, &d->scripts[SCRIPT_INGEST],
                                  APPEND_FIXED_KEYS + (int)n, (int)k, argv, lens);
    if (r == NULL || r->type != REDIS_REPLY_ARRAY || r->elements != n + 1) {
        d->stats.redis_errors++;
        if (r != NULL)
            freeReplyObject(r);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        long long v = r->element[i]->integer;
        acks[i].already = v < 0;
        acks[i].seq = (uint64_t)(v < 0 ? -v : v);
    }
    *backlog = (uint64_t)r->element[n]->integer;
    freeReplyObject(r);
    return 0;
}

int
journal_reject(daemon_t *d, const uint8_t *raw, size_t len, const ww_reject_t *why,
               int64_t received)
{
    ww_buf_t msg = WW_BUF_INIT;
    ww_dead_t dead = { why->text, ww_reject_name(why->code), "ingest", received, raw, len };
    ww_proto_encode_dead(&msg, &dead);
    char outmax[32], dlqmax[32];
    snprintf(outmax, sizeof outmax, "%lld", d->conf.output_maxlen);
    snprintf(dlqmax, sizeof dlqmax, "%lld", d->conf.deadletter_maxlen);
    const char *argv[] = { d->keys.seq, d->keys.out, d->keys.dlq, outmax, dlqmax,
                           dead.code, dead.reason, dead.origin, (const char *)raw, msg.ptr };
    size_t lens[10];
    for (int i = 0; i < 8; i++)
        lens[i] = strlen(argv[i]);
    lens[8] = len < WW_DEAD_RAW_MAX ? len : WW_DEAD_RAW_MAX;
    lens[9] = msg.len;
    if (lens[8] == 0)
        argv[8] = "";
    redisReply *r = ww_redis_eval(d->redis, &d->scripts[SCRIPT_REJECT], 3, 10, argv, lens);
    ww_buf_free(&msg);
    int rc = r != NULL && r->type == REDIS_REPLY_INTEGER ? 0 : -1;
    if (rc == -1)
        d->stats.redis_errors++;
    if (r != NULL)
        freeReplyObject(r);
    return rc;
}

int
journal_backlog(daemon_t *d, uint64_t *backlog)
{
    redisReply *r = ww_redis_cmdf(d->redis, "XLEN %s", d->keys.in);
    int rc = r != NULL && r->type == REDIS_REPLY_INTEGER ? 0 : -1;
    if (rc == 0)
        *backlog = (uint64_t)r->integer;
    else
        d->stats.redis_errors++;
    if (r != NULL)
        freeReplyObject(r);
    return rc;
}

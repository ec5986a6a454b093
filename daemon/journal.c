/* SPDX-License-Identifier: MIT
 *
 * journal — see journal.h. Speaks: EVALSHA ingest.lua KEYS iseq in;
 * EVALSHA reject.lua KEYS seq out dlq; XLEN in. */
#include "journal.h"

#include <stdio.h>
#include <string.h>

#include "ww_alloc.h"
#include "ww_buf.h"

#define MAX_BATCH 512

int
journal_append(daemon_t *d, const ww_buf_t *const *items, size_t n, bool force,
               int64_t received, uint64_t *seqs, uint64_t *backlog)
{
    if (n == 0 || n > MAX_BATCH)
        return n == 0 ? 0 : -1;
    const char *argv[MAX_BATCH + 4];
    size_t lens[MAX_BATCH + 4];
    char limit[32], recv[32];
    snprintf(limit, sizeof limit, "%lld", force ? 0LL : d->conf.backlog_limit);
    snprintf(recv, sizeof recv, "%lld", (long long)received);
    argv[0] = d->keys.iseq, lens[0] = strlen(argv[0]);
    argv[1] = d->keys.in, lens[1] = strlen(argv[1]);
    argv[2] = limit, lens[2] = strlen(limit);
    argv[3] = recv, lens[3] = strlen(recv);
    for (size_t i = 0; i < n; i++)
        argv[4 + i] = items[i]->ptr, lens[4 + i] = items[i]->len;
    redisReply *r = ww_redis_eval(d->redis, &d->scripts[SCRIPT_INGEST], 2, (int)n + 4, argv,
                                  lens);
    if (r == NULL || r->type != REDIS_REPLY_ARRAY || r->elements != n + 1) {
        d->stats.redis_errors++;
        if (r != NULL)
            freeReplyObject(r);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        seqs[i] = (uint64_t)r->element[i]->integer;
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

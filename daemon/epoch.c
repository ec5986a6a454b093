/* SPDX-License-Identifier: MIT
 *
 * epoch — see epoch.h. Speaks: SET P{w}:epoch <new> NX GET; GET P{w}:seq;
 * SET P{w}:epoch <new>. A run id is "<host>:<pid>:<wall ms>:<random>": unique
 * enough that two histories never share one. */
#include "epoch.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include "ww_clock.h"

static void
make_run_id(char *out, size_t len)
{
    char host[64] = "";
    uint32_t rnd = 0;
    gethostname(host, sizeof host - 1);
    if (getrandom(&rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd)
        rnd = (uint32_t)ww_clock_mono_ms();
    snprintf(out, len, "%s:%ld:%lld:%08x", host, (long)getpid(),
             (long long)ww_clock_wall_ms(), (unsigned)rnd);
}

/* The seq counter (0 when absent), or -1 when Redis failed. */
static long long
seq_counter(daemon_t *d)
{
    redisReply *r = ww_redis_cmdf(d->redis, "GET %s", d->keys.seq);
    if (r == NULL)
        return -1;
    long long v = r->type == REDIS_REPLY_STRING ? atoll(r->str) : 0;
    freeReplyObject(r);
    return v;
}

static int
write_run_id(daemon_t *d, const char *id)
{
    redisReply *r = ww_redis_cmdf(d->redis, "SET %s %s", d->keys.epoch, id);
    if (r == NULL)
        return -1;
    freeReplyObject(r);
    snprintf(d->epoch, sizeof d->epoch, "%s", id);
    return 0;
}

epoch_verdict_t
epoch_check(daemon_t *d, uint64_t published, char *why, size_t whylen)
{
    char fresh[sizeof d->epoch];
    make_run_id(fresh, sizeof fresh);
    redisReply *r = ww_redis_cmdf(d->redis, "SET %s %s NX GET", d->keys.epoch, fresh);
    if (r == NULL)
        return EPOCH_ERROR;
    if (r->type == REDIS_REPLY_NIL) {
        freeReplyObject(r);
        bool known = d->epoch[0] != '\0';
        if (known)
            snprintf(why, whylen, "its run id %s is gone", d->epoch);
        snprintf(d->epoch, sizeof d->epoch, "%s", fresh);
        return known ? EPOCH_LOST : EPOCH_FIRST;
    }
    if (r->type != REDIS_REPLY_STRING) {
        freeReplyObject(r);
        return EPOCH_ERROR;
    }
    bool changed = d->epoch[0] != '\0' && strcmp(d->epoch, r->str) != 0;
    if (changed)
        snprintf(why, whylen, "its run id changed from %s to %s", d->epoch, r->str);
    snprintf(d->epoch, sizeof d->epoch, "%s", r->str);
    freeReplyObject(r);
    if (changed)
        return EPOCH_LOST;
    long long seq = seq_counter(d);
    if (seq < 0)
        return EPOCH_ERROR;
    if ((uint64_t)seq >= published)
        return EPOCH_SAME;
    snprintf(why, whylen, "its seq counter (%lld) is below the %llu already published", seq,
             (unsigned long long)published);
    return write_run_id(d, fresh) == 0 ? EPOCH_LOST : EPOCH_ERROR;
}

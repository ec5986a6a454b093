/* SPDX-License-Identifier: MIT
 *
 * waker — see waker.h. Speaks: XREAD BLOCK <ms> STREAMS P{w}:out <cursor>-0. */
#include "waker.h"

#include <stdio.h>
#include <stdlib.h>

#include "ww_alloc.h"
#include "ww_log.h"

#define WAKER_BLOCK_MS "1000" /* XREAD's wait: then it is sent again */

struct waker {
    daemon_t *d;
    ww_redis_t *redis; /* its own connection: it stays blocked in XREAD */
    bool armed;        /* an XREAD waits for its answer */
    bool refused;      /* Redis refused XREAD: the publisher polls for good */
    bool up;           /* for the log: one line per change */
};

waker_t *
waker_new(daemon_t *d)
{
    waker_t *self = ww_xcalloc(1, sizeof *self);
    self->d = d;
    self->redis = ww_redis_new(d->conf.redis, (int)d->conf.redis_timeout, NULL, 0);
    ww_redis_set_auth(self->redis, d->conf.redis_user, d->conf.redis_password_file);
    return self;
}

void
waker_destroy(waker_t **self_p)
{
    if (*self_p == NULL)
        return;
    ww_redis_destroy(&(*self_p)->redis);
    free(*self_p);
    *self_p = NULL;
}

int
waker_arm(waker_t *self, uint64_t cursor, int64_t now_ms)
{
    if (self->armed)
        return ww_redis_fd(self->redis);
    if (self->refused)
        return -1;
    if (!ww_redis_connected(self->redis)) {
        if (!ww_redis_reconnect_due(self->redis, now_ms) || ww_redis_connect(self->redis) == -1)
            return -1;
    }
    char after[32];
    snprintf(after, sizeof after, "%llu-0", (unsigned long long)cursor);
    const char *argv[] = { "XREAD", "BLOCK", WAKER_BLOCK_MS, "STREAMS", self->d->keys.out, after };
    if (ww_redis_send(self->redis, 6, argv, NULL) == -1)
        return -1;
    self->armed = true;
    if (!self->up)
        ww_log(WW_LOG_INFO, "publish", "woken by the output stream (XREAD BLOCK)");
    self->up = true;
    return ww_redis_fd(self->redis);
}

bool
waker_fired(waker_t *self)
{
    bool dead;
    redisReply *r = ww_redis_poll_reply(self->redis, &dead);
    if (r == NULL && !dead)
        return false; /* part of the answer: wait for the rest */
    self->armed = false;
    if (r != NULL && r->type == REDIS_REPLY_ERROR) {
        /* a user without XREAD, say: poll as before, and say so once */
        ww_log(WW_LOG_WARN, "publish", "XREAD refused (%s): polling the output stream", r->str);
        self->refused = true;
        self->up = false;
    }
    if (r != NULL)
        freeReplyObject(r);
    return true;
}

bool
waker_armed(const waker_t *self)
{
    return self->armed;
}

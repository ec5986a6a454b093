/* SPDX-License-Identifier: MIT
 *
 * ww_redis — see ww_redis.h. One blocking hiredis context with a timeout on
 * connect and on every command, so that a stuck server cannot hang a process
 * forever: a timed-out command closes the connection like any other failure. */
#include "ww_redis.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "ww_alloc.h"

#define BACKOFF_MIN_MS 100
#define BACKOFF_MAX_MS 5000

struct ww_redis {
    char *addr;
    int timeout_ms;
    redisContext *ctx;    /* NULL while disconnected */
    ww_script_t *scripts; /* borrowed */
    size_t n_scripts;
    char errstr[256];
    int64_t next_attempt_ms;
    int backoff_ms;
};

ww_redis_t *
ww_redis_new(const char *addr, int timeout_ms, ww_script_t *scripts, size_t n)
{
    ww_redis_t *self = ww_xcalloc(1, sizeof *self);
    self->addr = ww_xstrdup(addr);
    self->timeout_ms = timeout_ms;
    self->scripts = scripts;
    self->n_scripts = n;
    self->backoff_ms = BACKOFF_MIN_MS;
    snprintf(self->errstr, sizeof self->errstr, "not connected");
    return self;
}

static void
disconnect(ww_redis_t *self)
{
    if (self->ctx != NULL) {
        if (self->ctx->err)
            snprintf(self->errstr, sizeof self->errstr, "%s", self->ctx->errstr);
        redisFree(self->ctx);
        self->ctx = NULL;
    }
}

void
ww_redis_destroy(ww_redis_t **self_p)
{
    if (*self_p == NULL)
        return;
    disconnect(*self_p);
    free((*self_p)->addr);
    free(*self_p);
    *self_p = NULL;
}

static int
load_scripts(ww_redis_t *self)
{
    for (size_t i = 0; i < self->n_scripts; i++) {
        redisReply *r = redisCommand(self->ctx, "SCRIPT LOAD %s", self->scripts[i].src);
        if (r == NULL || r->type != REDIS_REPLY_STRING || r->len != 40) {
            snprintf(self->errstr, sizeof self->errstr, "SCRIPT LOAD: %s",
                     r == NULL ? self->ctx->errstr
                               : r->type == REDIS_REPLY_ERROR ? r->str : "unexpected reply");
            if (r != NULL)
                freeReplyObject(r);
            return -1;
        }
        memcpy(self->scripts[i].sha, r->str, 41);
        freeReplyObject(r);
    }
    return 0;
}

int
ww_redis_connect(ww_redis_t *self)
{
    disconnect(self);
    struct timeval tv = { self->timeout_ms / 1000, (self->timeout_ms % 1000) * 1000 };
    if (self->addr[0] == '/') {
        self->ctx = redisConnectUnixWithTimeout(self->addr, tv);
    } else {
        char host[256];
        const char *colon = strrchr(self->addr, ':');
        size_t hlen = colon ? (size_t)(colon - self->addr) : strlen(self->addr);
        if (hlen >= sizeof host)
            hlen = sizeof host - 1;
        memcpy(host, self->addr, hlen);
        host[hlen] = '\0';
        self->ctx = redisConnectWithTimeout(host, colon ? atoi(colon + 1) : 6379, tv);
    }
    if (self->ctx == NULL || self->ctx->err) {
        snprintf(self->errstr, sizeof self->errstr, "%s: %s", self->addr,
                 self->ctx ? self->ctx->errstr : "cannot allocate context");
        if (self->ctx != NULL)
            redisFree(self->ctx);
        self->ctx = NULL;
        return -1;
    }
    redisSetTimeout(self->ctx, tv);
    if (load_scripts(self) == -1) {
        redisFree(self->ctx);
        self->ctx = NULL;
        return -1;
    }
    self->backoff_ms = BACKOFF_MIN_MS;
    return 0;
}

bool
ww_redis_connected(const ww_redis_t *self)
{
    return self->ctx != NULL;
}

bool
ww_redis_reconnect_due(ww_redis_t *self, int64_t now_ms)
{
    if (now_ms < self->next_attempt_ms)
        return false;
    self->next_attempt_ms = now_ms + self->backoff_ms;
    self->backoff_ms = self->backoff_ms * 2 > BACKOFF_MAX_MS ? BACKOFF_MAX_MS
                                                             : self->backoff_ms * 2;
    return true;
}

const char *
ww_redis_errstr(const ww_redis_t *self)
{
    return self->errstr;
}

int
ww_redis_append(ww_redis_t *self, int argc, const char **argv, const size_t *lens)
{
    if (self->ctx == NULL)
        return -1;
    if (redisAppendCommandArgv(self->ctx, argc, argv, lens) != REDIS_OK) {
        disconnect(self);
        return -1;
    }
    return 0;
}

redisReply *
ww_redis_reply(ww_redis_t *self)
{
    if (self->ctx == NULL)
        return NULL;
    void *reply = NULL;
    if (redisGetReply(self->ctx, &reply) != REDIS_OK || reply == NULL) {
        disconnect(self);
        return NULL;
    }
    return reply;
}

redisReply *
ww_redis_cmd(ww_redis_t *self, int argc, const char **argv, const size_t *lens)
{
    if (ww_redis_append(self, argc, argv, lens) == -1)
        return NULL;
    return ww_redis_reply(self);
}

redisReply *
ww_redis_cmdf(ww_redis_t *self, const char *fmt, ...)
{
    if (self->ctx == NULL)
        return NULL;
    va_list ap;
    va_start(ap, fmt);
    redisReply *r = redisvCommand(self->ctx, fmt, ap);
    va_end(ap);
    if (r == NULL)
        disconnect(self);
    return r;
}

int
ww_redis_append_eval(ww_redis_t *self, const ww_script_t *script, int nkeys, int argc,
                     const char **argv, const size_t *lens)
{
    const char **av = ww_xcalloc((size_t)argc + 3, sizeof *av);
    size_t *lv = ww_xcalloc((size_t)argc + 3, sizeof *lv);
    char nk[16];
    snprintf(nk, sizeof nk, "%d", nkeys);
    av[0] = "EVALSHA", lv[0] = 7;
    av[1] = script->sha, lv[1] = 40;
    av[2] = nk, lv[2] = strlen(nk);
    for (int i = 0; i < argc; i++) {
        av[i + 3] = argv[i];
        lv[i + 3] = lens ? lens[i] : strlen(argv[i]);
    }
    int rc = ww_redis_append(self, argc + 3, av, lv);
    free(av);
    free(lv);
    return rc;
}

redisReply *
ww_redis_eval(ww_redis_t *self, ww_script_t *script, int nkeys, int argc, const char **argv,
              const size_t *lens)
{
    if (ww_redis_append_eval(self, script, nkeys, argc, argv, lens) == -1)
        return NULL;
    redisReply *r = ww_redis_reply(self);
    if (r != NULL && ww_redis_is_error(r, "NOSCRIPT")) {
        freeReplyObject(r);
        if (load_scripts(self) == -1) {
            disconnect(self);
            return NULL;
        }
        if (ww_redis_append_eval(self, script, nkeys, argc, argv, lens) == -1)
            return NULL;
        r = ww_redis_reply(self);
    }
    return r;
}

bool
ww_redis_is_error(const redisReply *r, const char *prefix)
{
    return r != NULL && r->type == REDIS_REPLY_ERROR &&
           strncmp(r->str, prefix, strlen(prefix)) == 0;
}

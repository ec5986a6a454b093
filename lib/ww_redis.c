/* SPDX-License-Identifier: MIT
 *
 * ww_redis — see ww_redis.h. One blocking hiredis context with a timeout on
 * connect and on every command, so that a stuck server cannot hang a process
 * forever: a timed-out command closes the connection like any other failure. */
#include "ww_redis.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "ww_alloc.h"

#define BACKOFF_MIN_MS 100
#define BACKOFF_MAX_MS 5000

#define PASSWORD_MAX 4096

struct ww_redis {
    char *addr;
    char *user;          /* ACL user, or NULL: the default user */
    char *password_file; /* read at each connect, or NULL: no AUTH */
    bool refused;        /* the last connect failed on the credentials */
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
    free((*self_p)->user);
    free((*self_p)->password_file);
    free(*self_p);
    *self_p = NULL;
}

void
ww_redis_set_auth(ww_redis_t *self, const char *user, const char *password_file)
{
    free(self->user);
    free(self->password_file);
    self->user = user != NULL && user[0] != '\0' ? ww_xstrdup(user) : NULL;
    self->password_file = password_file != NULL && password_file[0] != '\0'
                              ? ww_xstrdup(password_file) : NULL;
}

bool
ww_redis_refused(const ww_redis_t *self)
{
    return self->refused;
}

/* The password: the first line of the file, without its line end. Returns
 * its length, or -1 with errstr set. */
static int
read_password(ww_redis_t *self, char *buf, size_t cap)
{
    FILE *f = fopen(self->password_file, "r");
    if (f == NULL) {
        snprintf(self->errstr, sizeof self->errstr, "redis-password-file %s: %s",
                 self->password_file, strerror(errno));
        return -1;
    }
    size_t n = fread(buf, 1, cap - 1, f);
    fclose(f);
    buf[n] = '\0';
    n = strcspn(buf, "\r\n");
    buf[n] = '\0';
    if (n == 0) {
        snprintf(self->errstr, sizeof self->errstr, "redis-password-file %s: empty first line",
                 self->password_file);
        return -1;
    }
    return (int)n;
}

/* AUTH [user] password, the password read from its file now and wiped from
 * memory once sent. Returns 0, or -1 with errstr set (and self->refused when
 * the server said no). */
static int
authenticate(ww_redis_t *self)
{
    if (self->password_file == NULL)
        return 0;
    char password[PASSWORD_MAX];
    int len = read_password(self, password, sizeof password);
    if (len == -1) {
        self->refused = true;
        return -1;
    }
    const char *argv[3] = { "AUTH", self->user, password };
    size_t lens[3] = { 4, self->user ? strlen(self->user) : 0, (size_t)len };
    int argc = self->user != NULL ? 3 : 2;
    if (self->user == NULL)
        argv[1] = password, lens[1] = (size_t)len;
    redisReply *r = redisCommandArgv(self->ctx, argc, argv, lens);
    explicit_bzero(password, sizeof password);
    if (r == NULL || r->type == REDIS_REPLY_ERROR) {
        self->refused = r != NULL;
        snprintf(self->errstr, sizeof self->errstr, "authentication as %s refused: %s",
                 self->user ? self->user : "the default user",
                 r == NULL ? self->ctx->errstr : r->str);
        if (r != NULL)
            freeReplyObject(r);
        return -1;
    }
    freeReplyObject(r);
    return 0;
}

static int
load_scripts(ww_redis_t *self)
{
    for (size_t i = 0; i < self->n_scripts; i++) {
        redisReply *r = redisCommand(self->ctx, "SCRIPT LOAD %s", self->scripts[i].src);
        /* Not allowed to load them: a config error (user, ACL), not an outage. */
        self->refused = ww_redis_is_error(r, "NOAUTH") || ww_redis_is_error(r, "NOPERM") ||
                        ww_redis_is_error(r, "WRONGPASS");
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
    self->refused = false;
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
    if (authenticate(self) == -1 || load_scripts(self) == -1) {
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

int
ww_redis_fd(const ww_redis_t *self)
{
    return self->ctx != NULL ? self->ctx->fd : -1;
}

int
ww_redis_send(ww_redis_t *self, int argc, const char **argv, const size_t *lens)
{
    if (ww_redis_append(self, argc, argv, lens) == -1)
        return -1;
    int done = 0;
    while (!done)
        if (redisBufferWrite(self->ctx, &done) != REDIS_OK) {
            disconnect(self);
            return -1;
        }
    return 0;
}

redisReply *
ww_redis_poll_reply(ww_redis_t *self, bool *dead)
{
    *dead = self->ctx == NULL;
    if (*dead)
        return NULL;
    void *reply = NULL;
    if (redisBufferRead(self->ctx) != REDIS_OK ||
        redisGetReplyFromReader(self->ctx, &reply) != REDIS_OK) {
        disconnect(self);
        *dead = true;
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

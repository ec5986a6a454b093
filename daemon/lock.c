/* SPDX-License-Identifier: MIT
 *
 * lock — see lock.h. Speaks: EVALSHA lock.lua KEYS P{w}:lock; connect(2) on
 * an ipc:// endpoint's socket file; /proc/<pid>/stat of a holder on this
 * host. */
#include "lock.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "ww_clock.h"

#define IPC_PREFIX "ipc://"
#define PROGRAM "wirewatchd"

static const char *
holder(daemon_t *d)
{
    if (d->lock_holder[0] == '\0') {
        char host[64] = "";
        uint32_t rnd = 0;
        gethostname(host, sizeof host - 1);
        if (getrandom(&rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd)
            rnd = (uint32_t)ww_clock_wall_ms();
        snprintf(d->lock_holder, sizeof d->lock_holder, "host=%s pid=%ld id=%08x", host,
                 (long)getpid(), (unsigned)rnd);
    }
    return d->lock_holder;
}

/* Parses "host=H pid=P …". Returns 0, or -1 when S is not a holder string. */
static int
parse_holder(const char *s, char *host, size_t hostlen, long *pid)
{
    const char *h = strstr(s, "host="), *p = strstr(s, " pid=");
    if (h != s || p == NULL || (size_t)(p - s - 5) >= hostlen)
        return -1;
    memcpy(host, s + 5, (size_t)(p - s - 5));
    host[p - s - 5] = '\0';
    *pid = strtol(p + 5, NULL, 10);
    return *pid > 0 ? 0 : -1;
}

/* True when PID runs here as a wirewatchd (not a zombie). */
static bool
alive_here(long pid)
{
    char path[64], stat[256] = "";
    snprintf(path, sizeof path, "/proc/%ld/stat", pid);
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return errno != ENOENT; /* no /proc: assume it runs */
    size_t n = fread(stat, 1, sizeof stat - 1, f);
    fclose(f);
    stat[n] = '\0';
    /* "pid (comm) state …"; comm may hold spaces and parentheses */
    const char *open = strchr(stat, '('), *close = strrchr(stat, ')');
    if (open == NULL || close == NULL || close[1] == '\0' || close[2] == 'Z')
        return false;
    return (size_t)(close - open - 1) == strlen(PROGRAM) &&
           memcmp(open + 1, PROGRAM, strlen(PROGRAM)) == 0;
}

static bool
on_this_host(const char *other, long *pid)
{
    char host[64], mine[64] = "";
    gethostname(mine, sizeof mine - 1);
    return parse_holder(other, host, sizeof host, pid) == 0 && strcmp(host, mine) == 0;
}

static void
describe(const char *other, char *who, size_t wholen)
{
    char host[64];
    long pid;
    if (parse_holder(other, host, sizeof host, &pid) == 0)
        snprintf(who, wholen, "host %s pid %ld", host, pid);
    else
        snprintf(who, wholen, "\"%s\"", other);
}

/* Runs lock.lua with EXPIRY ("0": release) and DEAD. Returns its reply. */
static redisReply *
run(daemon_t *d, const char *expiry, const char *dead)
{
    const char *argv[] = { d->keys.lock, holder(d), expiry, dead };
    return ww_redis_eval(d->redis, &d->scripts[SCRIPT_LOCK], 1, 4, argv, NULL);
}

lock_verdict_t
lock_take(daemon_t *d, char *who, size_t wholen)
{
    char ttl[32];
    snprintf(ttl, sizeof ttl, "%d", LOCK_TTL_MS);
    redisReply *r = run(d, ttl, "");
    long pid = 0;
    if (r != NULL && r->type == REDIS_REPLY_STRING && r->len > 0 && on_this_host(r->str, &pid) &&
        (pid == (long)getpid() || !alive_here(pid))) {
        /* its daemon died here without releasing it (with our pid: an earlier
         * life of this container's pid 1): take it over now */
        char dead[256];
        snprintf(dead, sizeof dead, "%s", r->str);
        freeReplyObject(r);
        r = run(d, ttl, dead);
    }
    if (r == NULL || r->type != REDIS_REPLY_STRING) {
        if (r != NULL)
            freeReplyObject(r);
        return LOCK_ERROR;
    }
    lock_verdict_t v = LOCK_HELD;
    if (r->len > 0) {
        describe(r->str, who, wholen);
        v = on_this_host(r->str, &pid) ? LOCK_BUSY : LOCK_AWAY;
    }
    freeReplyObject(r);
    return v;
}

lock_verdict_t
lock_keep(daemon_t *d, int64_t now_ms, char *who, size_t wholen)
{
    if (now_ms < d->lock_renew_ms)
        return LOCK_HELD;
    lock_verdict_t v = lock_take(d, who, wholen);
    if (v == LOCK_HELD)
        d->lock_renew_ms = now_ms + LOCK_RENEW_MS;
    return v;
}

void
lock_release(daemon_t *d)
{
    if (!ww_redis_connected(d->redis))
        return;
    redisReply *r = run(d, "0", "");
    if (r != NULL)
        freeReplyObject(r);
}

int
lock_check_ipc(const char *endpoint)
{
    size_t n = strlen(IPC_PREFIX);
    if (strncmp(endpoint, IPC_PREFIX, n) != 0 || endpoint[n] == '@')
        return 0; /* tcp:// fails to bind when taken; an abstract name too */
    struct sockaddr_un sa = { .sun_family = AF_UNIX };
    if (strlen(endpoint + n) >= sizeof sa.sun_path)
        return 0; /* zmq_bind reports the bad path */
    strcpy(sa.sun_path, endpoint + n);
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd == -1)
        return 0;
    int rc = connect(fd, (struct sockaddr *)&sa, sizeof sa);
    close(fd);
    return rc == 0 ? -1 : 0;
}

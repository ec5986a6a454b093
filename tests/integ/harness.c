/* SPDX-License-Identifier: MIT
 *
 * harness — see harness.h. */
#include "harness.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zmq.h>

#include "ww_alloc.h"
#include "ww_zsock.h"

#define MAX_ARGS 32

void
harness_sleep_ms(int ms)
{
    struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };
    while (nanosleep(&ts, &ts) == -1 && errno == EINTR) {
    }
}

harness_t *
harness_new(const char *name, const char *extra_conf)
{
    const char *sock = getenv("WW_TEST_REDIS");
    if (sock == NULL) {
        fprintf(stderr, "WW_TEST_REDIS is not set: run through tests/integ/run.sh\n");
        return NULL;
    }
    /* A write to a redis-server the test killed must fail, not kill the test. */
    signal(SIGPIPE, SIG_IGN);
    harness_t *h = ww_xcalloc(1, sizeof *h);
    snprintf(h->redis_path, sizeof h->redis_path, "%s", sock);
    snprintf(h->bindir, sizeof h->bindir, "build/bin");
    snprintf(h->dir, sizeof h->dir, "%s/%s-%ld", getenv("WW_TEST_TMP") ? getenv("WW_TEST_TMP")
                                                                       : "/tmp",
             name, (long)getpid());
    mkdir(h->dir, 0700);
    snprintf(h->prefix, sizeof h->prefix, "wwtest:%ld:%s:", (long)getpid(), name);
    ww_keys_init(&h->keys, h->prefix);
    snprintf(h->conf, sizeof h->conf, "%s/ww.conf", h->dir);
    FILE *f = fopen(h->conf, "w");
    fprintf(f,
            "redis %s\nkey-prefix %s\ningest-endpoint ipc://%s/ingest\n"
            "ack-endpoint ipc://%s/ack\npublish-endpoint ipc://%s/pub\n"
            "replay-endpoint ipc://%s/replay\nstats-interval 2s\n"
            "catalog deploy/catalog/events.catalog\n%s\n",
            sock, h->prefix, h->dir, h->dir, h->dir, h->dir, extra_conf ? extra_conf : "");
    fclose(f);
    h->redis = redisConnectUnix(sock);
    return h;
}

/* A test that fails jumps past its cleanup: its children must not outlive
 * it (they would hold run.sh's output pipe open). */
static void
die_with_parent(void)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    signal(SIGPIPE, SIG_DFL); /* the test ignores it; the programs keep their own */
}

static void
exec_child(const harness_t *h, const char *log, char **argv, bool own_stdout)
{
    int fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd >= 0) {
        dup2(fd, 2);
        if (!own_stdout)
            dup2(fd, 1);
        close(fd);
    }
    (void)h;
    execv(argv[0], argv);
    fprintf(stderr, "exec %s: %s\n", argv[0], strerror(errno));
    _exit(127);
}

static pid_t
spawn(harness_t *h, const char *prog, const char *sub, va_list ap, int out_fd,
      bool client_log)
{
    char *argv[MAX_ARGS];
    char path[512], log[512];
    size_t n = 0;
    snprintf(path, sizeof path, "%s/%s", h->bindir, prog);
    argv[n++] = path;
    if (sub != NULL)
        argv[n++] = (char *)sub;
    argv[n++] = (char *)"-c";
    argv[n++] = h->conf;
    const char *a;
    while (n < MAX_ARGS - 1 && (a = va_arg(ap, const char *)) != NULL)
        argv[n++] = (char *)a;
    argv[n] = NULL;
    snprintf(log, sizeof log, "%s/%s%s-%zu.log", h->dir, prog, client_log ? "-client" : "",
             h->n_children);
    pid_t pid = fork();
    if (pid == 0) {
        die_with_parent();
        if (out_fd >= 0)
            dup2(out_fd, 1);
        exec_child(h, log, argv, out_fd >= 0);
    }
    if (h->n_children < HARNESS_MAX_CHILDREN)
        h->child[h->n_children++] = pid;
    return pid;
}

pid_t
harness_start(harness_t *self, const char *prog, const char *sub, ...)
{
    va_list ap;
    va_start(ap, sub);
    pid_t pid = spawn(self, prog, sub, ap, -1, false);
    va_end(ap);
    return pid;
}

static void
forget(harness_t *self, pid_t pid)
{
    for (size_t i = 0; i < self->n_children; i++)
        if (self->child[i] == pid)
            self->child[i] = 0;
}

int
harness_wait(harness_t *self, pid_t pid, int timeout_ms)
{
    for (int waited = 0; waited <= timeout_ms; waited += 10) {
        int status;
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid) {
            forget(self, pid);
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
        harness_sleep_ms(10);
    }
    return -1;
}

int
harness_stop(harness_t *self, pid_t pid, int sig)
{
    kill(pid, sig);
    int rc = harness_wait(self, pid, 10000);
    if (rc == -1) {
        kill(pid, SIGKILL);
        rc = harness_wait(self, pid, 5000);
    }
    return rc;
}

int
harness_client(harness_t *self, ww_buf_t *out, const char *sub, ...)
{
    char path[512];
    snprintf(path, sizeof path, "%s/client-out-%zu", self->dir, self->n_children);
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    va_list ap;
    va_start(ap, sub);
    pid_t pid = spawn(self, "wirewatch", sub, ap, fd, true);
    va_end(ap);
    int rc = harness_wait(self, pid, 120000);
    if (rc == -1)
        rc = harness_stop(self, pid, SIGKILL);
    if (out != NULL) {
        lseek(fd, 0, SEEK_SET);
        char buf[65536];
        ssize_t n;
        while ((n = read(fd, buf, sizeof buf)) > 0)
            ww_buf_append(out, buf, (size_t)n);
    }
    close(fd);
    return rc;
}

redisReply *
harness_redis(harness_t *self, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    redisReply *r = redisvCommand(self->redis, fmt, ap);
    va_end(ap);
    return r;
}

bool
harness_wait_output(harness_t *self, long long n, int timeout_ms)
{
    for (int waited = 0; waited <= timeout_ms; waited += 20) {
        redisReply *r = harness_redis(self, "XLEN %s", self->keys.out);
        long long len = r != NULL && r->type == REDIS_REPLY_INTEGER ? r->integer : -1;
        if (r != NULL)
            freeReplyObject(r);
        if (len >= n)
            return true;
        harness_sleep_ms(20);
    }
    return false;
}

long long
harness_settle(harness_t *self, long long at_least, int timeout_ms)
{
    for (int waited = 0; waited <= timeout_ms; waited += 20) {
        redisReply *in = harness_redis(self, "XLEN %s", self->keys.in);
        redisReply *out = harness_redis(self, "XLEN %s", self->keys.out);
        bool ok = in != NULL && in->type == REDIS_REPLY_INTEGER && out != NULL &&
                  out->type == REDIS_REPLY_INTEGER;
        long long n_in = ok ? in->integer : -1, n_out = ok ? out->integer : -1;
        if (in != NULL)
            freeReplyObject(in);
        if (out != NULL)
            freeReplyObject(out);
        if (n_in == 0 && n_out >= at_least)
            return n_out;
        harness_sleep_ms(20);
    }
    return -1;
}

/* Words for generated items: each item draws its own sequence, so that no
 * two items share more than chance 3-word runs (none is a near copy). */
static const char *const vocabulary[] = {
    "ministers", "talks", "ceasefire", "aid", "convoy", "border", "council", "envoy",
    "delegation", "statement", "agreement", "monitors", "province", "capital", "summit",
    "sanctions", "refugees", "elections", "parliament", "budget", "exports", "harvest",
    "pipeline", "reactor", "airport", "railway", "bridge", "river", "storm", "drought",
    "court", "ruling", "protest", "strike", "union", "factory", "bank", "rates", "market",
    "shares", "oil", "gas", "grain", "steel", "ships", "port", "troops", "drills",
    "satellite", "launch", "vaccine", "hospital", "school", "museum", "festival", "match",
    "league", "coach", "record", "season", "north", "south", "east", "west", "early",
    "late", "new", "old", "first", "second", "third", "major", "minor", "joint", "local",
    "regional", "national", "foreign", "domestic", "urgent", "planned", "delayed",
};
#define N_WORDS (sizeof vocabulary / sizeof vocabulary[0])
#define WORDS_PER_ITEM 40

const char *
harness_write_items(harness_t *self, const char *file, const char *prefix, int n)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", self->dir, file);
    FILE *f = fopen(path, "w");
    unsigned long long state = 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < n; i++) {
        fprintf(f,
                "{\"id\": \"%s-%d\", \"source\": \"test.example\", \"url\": "
                "\"https://test.example/%s/%d\", \"title\": \"Item %d of the %s run\", "
                "\"body\": \"MOSCOW, March %d. /TASS/.",
                prefix, i, prefix, i, i, prefix, 1 + i % 28);
        for (int w = 0; w < WORDS_PER_ITEM; w++) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            fprintf(f, " %s", vocabulary[(state >> 33) % N_WORDS]);
        }
        fprintf(f, ".\", \"published\": \"2016-03-06T12:00:00Z\"}\n");
    }
    fclose(f);
    return path;
}

void
harness_destroy(harness_t **self_p)
{
    harness_t *h = *self_p;
    if (h == NULL)
        return;
    for (size_t i = 0; i < h->n_children; i++)
        if (h->child[i] > 0)
            harness_stop(h, h->child[i], SIGKILL);
    if (h->redis != NULL && strcmp(h->redis_path, getenv("WW_TEST_REDIS")) == 0) {
        redisReply *r = redisCommand(h->redis, "EVAL %s 0 %s*",
                                     "for _, k in ipairs(redis.call('KEYS', ARGV[1])) do "
                                     "redis.call('DEL', k) end return 0",
                                     h->prefix);
        if (r != NULL)
            freeReplyObject(r);
    }
    if (getenv("WW_TEST_KEEP") == NULL) {
        char cmd[600];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", h->dir);
        if (system(cmd) != 0)
            fprintf(stderr, "could not remove %s\n", h->dir);
    }
    if (h->redis != NULL)
        redisFree(h->redis);
    free(h);
    *self_p = NULL;
}

int
harness_teardown(void **state)
{
    harness_t *h = *state;
    harness_destroy(&h);
    *state = NULL;
    return 0;
}

void *
harness_connect(harness_t *self, void *ctx, int type, const char *name)
{
    char ep[400], err[256];
    snprintf(ep, sizeof ep, "ipc://%s/%s", self->dir, name);
    ww_zsock_opts_t o = { 1000, 1000, 1000, -1 };
    void *s = ww_zsock_new(ctx, type, ep, false, &o, err, sizeof err);
    if (s == NULL)
        fprintf(stderr, "connect %s: %s\n", ep, err);
    return s;
}

void
harness_item(ww_buf_t *out, const char *source, const char *id, const char *body)
{
    char title[600];
    snprintf(title, sizeof title, "%s from %s", id ? id : "(no id)", source);
    ww_item_t it = {
        { id, id ? strlen(id) : 0 },  { source, strlen(source) },
        { "https://test.example/", 21 }, { title, strlen(title) },
        { body, strlen(body) },       { NULL, 0 },
        1457276520000LL,
    };
    ww_proto_encode_item(out, &it);
}

int
harness_ack(void *dealer, const ww_buf_t *item, int timeout_ms, ww_zmsg_t *m, ww_ack_t *ack)
{
    static unsigned token;
    char tok[16];
    int tlen = snprintf(tok, sizeof tok, "t%u", ++token);
    const void *frames[2] = { tok, item->ptr };
    size_t lens[2] = { (size_t)tlen, item->len };
    if (ww_zsock_send(dealer, frames, lens, 2, 0) == -1)
        return -1;
    ww_reject_t why;
    for (;;) {
        zmq_pollitem_t pi = { dealer, 0, ZMQ_POLLIN, 0 };
        if (zmq_poll(&pi, 1, timeout_ms) != 1 || ww_zsock_recv(dealer, m, 0) == -1)
            return -1;
        /* an answer to an earlier token (a resend) is skipped */
        if (m->n == 2 && m->frame[0].len == (size_t)tlen &&
            memcmp(m->frame[0].ptr, tok, (size_t)tlen) == 0)
            break;
    }
    return ww_proto_decode_ack((const uint8_t *)m->frame[1].ptr, m->frame[1].len, ack, &why);
}

pid_t
harness_start_out(harness_t *self, const char *out, const char *prog, const char *sub, ...)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", self->dir, out);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    va_list ap;
    va_start(ap, sub);
    pid_t pid = spawn(self, prog, sub, ap, fd, false);
    va_end(ap);
    close(fd);
    return pid;
}

int
harness_read(harness_t *self, const char *name, ww_buf_t *out)
{
    char path[512], buf[65536];
    snprintf(path, sizeof path, "%s/%s", self->dir, name);
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return -1;
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0)
        ww_buf_append(out, buf, (size_t)n);
    close(fd);
    return 0;
}

bool
harness_log_has(harness_t *self, const char *prog, const char *needle)
{
    bool found = false;
    char name[128];
    for (size_t i = 0; i < HARNESS_MAX_CHILDREN && !found; i++) {
        ww_buf_t b = WW_BUF_INIT;
        snprintf(name, sizeof name, "%s-%zu.log", prog, i);
        if (harness_read(self, name, &b) == 0 && b.ptr != NULL)
            found = strstr(b.ptr, needle) != NULL;
        ww_buf_free(&b);
    }
    return found;
}

static pid_t
own_redis(harness_t *self, bool aof, const char *aclfile)
{
    char sock[sizeof self->redis_path], log[300];
    snprintf(sock, sizeof sock, "%.200s/own-redis.sock", self->dir);
    snprintf(log, sizeof log, "%s/own-redis.log", self->dir);
    unlink(sock);
    pid_t pid = fork();
    if (pid == 0) {
        die_with_parent();
        execlp("redis-server", "redis-server", "--port", "0", "--unixsocket", sock, "--dir",
               self->dir, "--appendonly", aof ? "yes" : "no", "--appendfsync", "always",
               "--save", "", "--logfile", log, aclfile ? "--aclfile" : (char *)NULL, aclfile,
               (char *)NULL);
        _exit(127);
    }
    if (self->n_children < HARNESS_MAX_CHILDREN)
        self->child[self->n_children++] = pid;
    struct stat st;
    for (int i = 0; i < 200 && stat(sock, &st) != 0; i++)
        harness_sleep_ms(25);
    if (strstr(self->redis_path, "own-redis.sock") == NULL) {
        FILE *f = fopen(self->conf, "a");
        fprintf(f, "redis %s\n", sock);
        fclose(f);
        snprintf(self->redis_path, sizeof self->redis_path, "%s", sock);
    }
    if (self->redis != NULL)
        redisFree(self->redis);
    /* The socket file exists from bind(); connect is refused until listen(). */
    self->redis = redisConnectUnix(sock);
    for (int i = 0; i < 200 && self->redis->err; i++) {
        redisFree(self->redis);
        harness_sleep_ms(25);
        self->redis = redisConnectUnix(sock);
    }
    return pid;
}

pid_t
harness_own_redis(harness_t *self, bool aof)
{
    return own_redis(self, aof, NULL);
}

pid_t
harness_own_redis_acl(harness_t *self, const char *aclfile)
{
    return own_redis(self, false, aclfile);
}

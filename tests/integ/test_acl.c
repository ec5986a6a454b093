/* SPDX-License-Identifier: MIT
 *
 * test_acl — the whole pipeline under the shipped Redis ACL: a redis-server
 * started with --aclfile, made from deploy/users.acl by
 * scripts/redis_acl.sh, the default user off; the daemon, two workers and the
 * read-only client each authenticate as their own user, with the password
 * read from a file named through ${...} in one shared config, as the units
 * do. Items flow (feed → tail, replayed), a dead letter is listed, the
 * events are listed, the daemon's metrics read the queue and the workers;
 * each user is refused what it has no business doing; a wrong or missing
 * password stops the daemon and a worker with exit 78 and a clear error, and
 * the client with exit 1; no password ever reaches a log or -t. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <cmocka.h>

#include "harness.h"

#define N_ITEMS 30

static const char *const users[] = { "wirewatchd", "wirewatch-worker", "wirewatch-reader",
                                     "wirewatch-operator" };

typedef struct {
    harness_t *h;
    char creds[400];     /* the passwords and users.acl */
    char password[4][80]; /* by user */
} fixture_t;

static void
run_or_fail(const char *cmd)
{
    if (system(cmd) != 0)
        fail_msg("failed: %s", cmd);
}

static void
read_password(fixture_t *fx, int u)
{
    char path[600];
    snprintf(path, sizeof path, "%s/%s.redis-password", fx->creds, users[u]);
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    assert_non_null(fgets(fx->password[u], sizeof fx->password[u], f));
    fx->password[u][strcspn(fx->password[u], "\n")] = '\0';
    assert_int_equal(strlen(fx->password[u]), 64);
    fclose(f);
}

static int
setup(void **state)
{
    fixture_t *fx = calloc(1, sizeof *fx);
    fx->h = harness_new("acl", "stats-interval 1s\nmetrics-endpoint 127.0.0.1:0");
    if (fx->h == NULL)
        return -1;
    harness_t *h = fx->h;
    snprintf(fx->creds, sizeof fx->creds, "%s/creds", h->dir);
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "sh scripts/redis_acl.sh deploy/users.acl %s >/dev/null",
             fx->creds);
    run_or_fail(cmd);
    for (int u = 0; u < 4; u++)
        read_password(fx, u);
    snprintf(cmd, sizeof cmd, "%s/users.acl", fx->creds);
    harness_own_redis_acl(h, cmd);
    /* One config for every program, as under the units: who it is comes
     * from the environment. The ACL's keys are under the default prefix. */
    FILE *f = fopen(h->conf, "a");
    fprintf(f, "key-prefix ww:\nredis-user ${WW_REDIS_USER}\n"
               "redis-password-file ${WW_TEST_CREDS}/${WW_REDIS_USER}.redis-password\n");
    fclose(f);
    setenv("WW_TEST_CREDS", fx->creds, 1);
    *state = fx;
    return 0;
}

static int
teardown(void **state)
{
    fixture_t *fx = *state;
    harness_destroy(&fx->h);
    free(fx);
    return 0;
}

static pid_t
start_as(harness_t *h, const char *user, const char *prog)
{
    setenv("WW_REDIS_USER", user, 1);
    return harness_start(h, prog, NULL, NULL);
}

static long
count_lines(const ww_buf_t *b)
{
    long n = 0;
    for (size_t i = 0; i < b->len; i++)
        n += b->ptr[i] == '\n';
    return n;
}

/* Authenticates the test's own connection as USER; returns the reply to CMD. */
static redisReply *
as_user(fixture_t *fx, int u, const char *cmd)
{
    redisReply *r = harness_redis(fx->h, "AUTH %s %s", users[u], fx->password[u]);
    assert_non_null(r);
    if (r->type == REDIS_REPLY_ERROR)
        fail_msg("AUTH %s: %s", users[u], r->str);
    freeReplyObject(r);
    return harness_redis(fx->h, cmd);
}

static void
expect_noperm(fixture_t *fx, int u, const char *cmd)
{
    redisReply *r = as_user(fx, u, cmd);
    assert_non_null(r);
    if (r->type != REDIS_REPLY_ERROR || strncmp(r->str, "NOPERM", 6) != 0)
        fail_msg("%s may run \"%s\" (reply type %d)", users[u], cmd, r->type);
    freeReplyObject(r);
}

/* Items flow end to end with each program as its own user; the reader lists
 * the dead letter. */
static void
test_pipeline_under_acl(void **state)
{
    fixture_t *fx = *state;
    harness_t *h = fx->h;
    start_as(h, "wirewatchd", "wirewatchd");
    start_as(h, "wirewatch-worker", "wirewatch-worker");
    start_as(h, "wirewatch-worker", "wirewatch-worker");
    const char *path = harness_write_items(h, "items.jsonl", "acl", N_ITEMS);
    FILE *f = fopen(path, "a");
    fputs("{\"id\": \"broken\", \"url\": \"https://test.example/broken\"}\n", f);
    fclose(f);
    setenv("WW_REDIS_USER", "wirewatch-reader", 1); /* feed and tail need no Redis */
    ww_buf_t out = WW_BUF_INIT;
    assert_int_equal(harness_client(h, &out, "feed", "--timeout", "20", path, NULL), 0);
    if (strstr(out.ptr, "30 accepted, 1 rejected, 0 not sent") == NULL)
        fail_msg("feed said: %s", out.ptr);
    /* the sample feed: event reports, exact and near copies, every path of
     * the commit script */
    ww_buf_reset(&out);
    assert_int_equal(harness_client(h, &out, "feed", "--timeout", "20", "sample_feed/feed.jsonl",
                                    NULL), 0);
    if (strstr(out.ptr, "38 accepted, 5 rejected, 0 not sent") == NULL)
        fail_msg("feed said: %s", out.ptr);
    ww_buf_reset(&out);
    assert_int_equal(harness_client(h, &out, "tail", "--from", "1", "--count", "68", "--topic",
                                    "item.", "--timeout", "30", NULL), 0);
    assert_int_equal(count_lines(&out), N_ITEMS + 38);
    assert_non_null(strstr(out.ptr, "\"status\":\"near\""));
    for (int i = 0; i < N_ITEMS; i++) {
        char id[64];
        snprintf(id, sizeof id, "\"id\":\"acl-%d\"", i);
        if (strstr(out.ptr, id) == NULL)
            fail_msg("%s missing from: %s", id, out.ptr);
    }
    ww_buf_reset(&out);
    assert_int_equal(harness_client(h, &out, "dlq", NULL), 0);
    if (strstr(out.ptr, "missing") == NULL || strstr(out.ptr, "broken") == NULL)
        fail_msg("dlq said: %s", out.ptr);
    ww_buf_reset(&out);
    assert_int_equal(harness_client(h, &out, "events", "--json", NULL), 0);
    if (strstr(out.ptr, "lavrov_kerry_call:") == NULL)
        fail_msg("events said: %s", out.ptr);
    /* the daemon's metrics read the queue and the workers' reports */
    char conf2[400], cmd[1200];
    snprintf(conf2, sizeof conf2, "%s/stats.conf", h->dir);
    snprintf(cmd, sizeof cmd, "port=$(cat %s/wirewatchd-*.log | sed -n 's/.*metrics: serving "
             ".*(port \\([0-9]*\\)).*/\\1/p' | head -n 1) && sed \"s/127.0.0.1:0/127.0.0.1:$port/\" %s > %s", h->dir,
             h->conf, conf2);
    run_or_fail(cmd);
    ww_buf_reset(&out);
    assert_int_equal(harness_client(h, &out, "stats", "-c", conf2, NULL), 0);
    if (strstr(out.ptr, "2 alive") == NULL || strstr(out.ptr, "received 74, accepted 68") == NULL)
        fail_msg("stats said: %s", out.ptr);
    ww_buf_free(&out);
    /* Nothing logged a password; the workers committed everything. */
    for (int u = 0; u < 4; u++) {
        snprintf(cmd, sizeof cmd, "grep -rqF '%s' %s/*.log", fx->password[u], h->dir);
        assert_int_not_equal(system(cmd), 0);
    }
    redisReply *r = as_user(fx, 1, "XPENDING ww:{w}:in workers");
    assert_int_equal(r->type, REDIS_REPLY_ARRAY);
    assert_int_equal(r->element[0]->integer, 0);
    freeReplyObject(r);
}

/* Least rights: each user is refused what it does not need. */
static void
test_each_user_only_what_it_needs(void **state)
{
    fixture_t *fx = *state;
    expect_noperm(fx, 0, "FLUSHALL");
    expect_noperm(fx, 0, "SET elsewhere 1");
    expect_noperm(fx, 0, "CONFIG GET requirepass");
    expect_noperm(fx, 0, "XREADGROUP GROUP workers x COUNT 1 STREAMS ww:{w}:in >");
    expect_noperm(fx, 1, "EVAL return 0");
    expect_noperm(fx, 1, "KEYS *");
    expect_noperm(fx, 1, "INCR ww:{w}:iseq");
    expect_noperm(fx, 2, "XDEL ww:{w}:dlq 1-0");
    expect_noperm(fx, 2, "GET ww:{w}:seq");
    expect_noperm(fx, 2, "HSET ww:{w}:w:x a b");
    expect_noperm(fx, 3, "XADD ww:{w}:dlq * k v");
    expect_noperm(fx, 3, "XDEL ww:{w}:out 1-0");
    redisReply *r = harness_redis(fx->h, "AUTH default x");
    assert_int_equal(r->type, REDIS_REPLY_ERROR); /* the default user is off */
    freeReplyObject(r);
}

/* A wrong or missing password: exit 78 and a clear line for the daemon and
 * a worker, exit 1 and a clear line for the client; the password itself in
 * no output. */
static void
test_wrong_password_is_refused(void **state)
{
    fixture_t *fx = *state;
    harness_t *h = fx->h;
    char cmd[2400];
    snprintf(cmd, sizeof cmd, "mkdir -p %s/wrong && cd %s/wrong && for u in wirewatchd "
             "wirewatch-worker wirewatch-reader; do echo not-the-password > $u.redis-password; "
             "done", h->dir, h->dir);
    run_or_fail(cmd);
    snprintf(cmd, sizeof cmd, "%s/wrong", h->dir);
    setenv("WW_TEST_CREDS", cmd, 1);
    pid_t d = start_as(h, "wirewatchd", "wirewatchd");
    pid_t w = start_as(h, "wirewatch-worker", "wirewatch-worker");
    assert_int_equal(harness_wait(h, d, 10000), 78);
    assert_int_equal(harness_wait(h, w, 10000), 78);
    assert_true(harness_log_has(h, "wirewatchd", "authentication as wirewatchd refused: "
                                                 "WRONGPASS"));
    assert_true(harness_log_has(h, "wirewatch-worker", "authentication as wirewatch-worker "
                                                       "refused: WRONGPASS"));
    setenv("WW_REDIS_USER", "wirewatch-reader", 1);
    snprintf(cmd, sizeof cmd, "build/bin/wirewatch dlq -c %s > %s/dlq.out 2>&1", h->conf,
             h->dir);
    int rc = system(cmd);
    assert_int_equal(WEXITSTATUS(rc), 1);
    snprintf(cmd, sizeof cmd, "grep -q 'authentication as wirewatch-reader refused: WRONGPASS' "
             "%s/dlq.out", h->dir);
    run_or_fail(cmd);
    /* no password file at all */
    setenv("WW_TEST_CREDS", "/nonexistent", 1);
    d = start_as(h, "wirewatchd", "wirewatchd");
    assert_int_equal(harness_wait(h, d, 10000), 78);
    assert_true(harness_log_has(h, "wirewatchd", "redis-password-file "
                                                 "/nonexistent/wirewatchd.redis-password: No "
                                                 "such file"));
    setenv("WW_TEST_CREDS", fx->creds, 1);
    snprintf(cmd, sizeof cmd, "build/bin/wirewatchd -t -c %s > %s/t.out 2>&1 && "
             "grep -q '^redis-password-file \"%s/wirewatchd.redis-password\"' %s/t.out && "
             "! grep -qF '%s' %s/t.out", h->conf, h->dir, fx->creds, h->dir, fx->password[0],
             h->dir);
    run_or_fail(cmd);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pipeline_under_acl),
        cmocka_unit_test(test_each_user_only_what_it_needs),
        cmocka_unit_test(test_wrong_password_is_refused),
    };
    return cmocka_run_group_tests_name("acl", tests, setup, teardown);
}

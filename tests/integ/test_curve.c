/* SPDX-License-Identifier: MIT
 *
 * test_curve — who may connect, with CURVE on every endpoint: keys made by
 * `wirewatch keygen`, a daemon with curve-secret-key, curve-feeders and
 * curve-subscribers, and real clients (feed, tail) and raw sockets of every
 * kind on every endpoint. A subscriber's key gets every item, live and
 * through replay; a feeder's key feeds on both ingest endpoints. An unknown
 * key can neither feed nor subscribe, a feeder's key cannot subscribe nor a
 * subscriber's feed, and a plain-text client gets nothing in and nothing out;
 * the daemon counts and logs the refusals; a key added or removed counts
 * without a restart. The dashboard examples (Python,
 * Node) subscribe with a key. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <zmq.h>

#include <cmocka.h>

#include "harness.h"
#include "output.h"
#include "ww_curve.h"
#include "ww_zsock.h"

#define N_ITEMS 20
#define REFUSED_WAIT_S "2" /* how long a refused client tries */

static const char *const roles[] = { "feeder", "subscriber", "stranger", "plain" };
enum { FEEDER, SUBSCRIBER, STRANGER, PLAIN };

typedef struct {
    harness_t *h;
    char conf[4][400]; /* a client config per role */
} fixture_t;

static void
run_or_fail(const char *cmd)
{
    if (system(cmd) != 0)
        fail_msg("failed: %s", cmd);
}

/* A client's config: the daemon's file plus its keys (none for "plain"). */
static void
write_client_conf(fixture_t *fx, int role)
{
    harness_t *h = fx->h;
    snprintf(fx->conf[role], sizeof fx->conf[role], "%s/%s.conf", h->dir, roles[role]);
    char cmd[1400];
    snprintf(cmd, sizeof cmd, "cp '%s' '%s'", h->conf, fx->conf[role]);
    run_or_fail(cmd);
    if (role == PLAIN)
        return;
    FILE *f = fopen(fx->conf[role], "a");
    fprintf(f, "curve-client-key %s/%s_secret\ncurve-server-key %s/server\n", h->dir,
            roles[role], h->dir);
    fclose(f);
}

static int
setup(void **state)
{
    fixture_t *fx = calloc(1, sizeof *fx);
    fx->h = harness_new("curve", "stats-interval 500ms");
    if (fx->h == NULL)
        return -1;
    harness_t *h = fx->h;
    char cmd[2000];
    const char *keys[] = { "server", "feeder", "subscriber", "stranger" };
    for (size_t i = 0; i < 4; i++) {
        snprintf(cmd, sizeof cmd, "build/bin/wirewatch keygen %s/%s >/dev/null", h->dir,
                 keys[i]);
        run_or_fail(cmd);
    }
    /* keygen never overwrites a key */
    snprintf(cmd, sizeof cmd, "build/bin/wirewatch keygen %s/server 2>/dev/null", h->dir);
    assert_int_not_equal(system(cmd), 0);
    snprintf(cmd, sizeof cmd, "mkdir %s/feeders %s/subscribers && cp %s/feeder %s/feeders/ && "
             "cp %s/subscriber %s/subscribers/", h->dir, h->dir, h->dir, h->dir, h->dir, h->dir);
    run_or_fail(cmd);
    struct stat st;
    snprintf(cmd, sizeof cmd, "%s/server_secret", h->dir);
    assert_int_equal(stat(cmd, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    FILE *f = fopen(h->conf, "a");
    fprintf(f, "curve-secret-key %s/server_secret\ncurve-feeders %s/feeders\n"
               "curve-subscribers %s/subscribers\n", h->dir, h->dir, h->dir);
    fclose(f);
    for (int r = 0; r < 4; r++)
        write_client_conf(fx, r);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    harness_sleep_ms(300);
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

/* A raw socket of TYPE connected to endpoint NAME with ROLE's keys. */
static void *
raw_socket(fixture_t *fx, void *ctx, int type, const char *name, int role)
{
    harness_t *h = fx->h;
    char ep[400], secret[400] = "", server[400] = "", err[256];
    snprintf(ep, sizeof ep, "ipc://%s/%s", h->dir, name);
    if (role != PLAIN) {
        snprintf(secret, sizeof secret, "%s/%s_secret", h->dir, roles[role]);
        snprintf(server, sizeof server, "%s/server", h->dir);
    }
    ww_zsock_opts_t o = { 1000, 1000, 0, -1 };
    void *s = ww_zsock_open(ctx, type, &o, err, sizeof err);
    assert_non_null(s);
    if (ww_curve_client_apply(s, secret, server, err, sizeof err) == -1 ||
        ww_zsock_attach(s, ep, false, err, sizeof err) == -1)
        fail_msg("%s: %s", ep, err);
    if (type == ZMQ_SUB)
        zmq_setsockopt(s, ZMQ_SUBSCRIBE, "", 0);
    return s;
}

static long long
ingest_seq(harness_t *h)
{
    redisReply *r = harness_redis(h, "GET %s", h->keys.iseq);
    long long seq = r != NULL && r->type == REDIS_REPLY_STRING ? atoll(r->str) : 0;
    if (r != NULL)
        freeReplyObject(r);
    return seq;
}

static long
count_lines(const ww_buf_t *b)
{
    long n = 0;
    for (size_t i = 0; i < b->len; i++)
        n += b->ptr[i] == '\n';
    return n;
}

/* The subscriber's key gets every item live, and again through replay; the
 * feeder's key feeds through the ack endpoint (feed) and PUSH. */
static void
test_subscriber_gets_everything(void **state)
{
    fixture_t *fx = *state;
    harness_t *h = fx->h;
    pid_t live = harness_start_out(h, "live.out", "wirewatch", "tail", "-c", fx->conf[SUBSCRIBER],
                                   "--count", "21", "--topic", "item.", "--timeout", "30", NULL);
    harness_sleep_ms(700); /* subscribed */
    const char *items = harness_write_items(h, "items.jsonl", "curve", N_ITEMS);
    ww_buf_t out = WW_BUF_INIT;
    assert_int_equal(harness_client(h, &out, "feed", "-c", fx->conf[FEEDER], items, NULL), 0);
    if (strstr(out.ptr, "20 accepted, 0 rejected, 0 not sent") == NULL)
        fail_msg("feed said: %s", out.ptr);
    void *ctx = zmq_ctx_new();
    void *push = raw_socket(fx, ctx, ZMQ_PUSH, "ingest", FEEDER);
    ww_buf_t item = WW_BUF_INIT;
    harness_item(&item, "test.example", "pushed-with-feeder-key", "an item pushed with a key");
    assert_int_equal(zmq_send(push, item.ptr, item.len, 0), (int)item.len);
    assert_int_equal(harness_wait(h, live, 30000), 0);
    ww_buf_t got = WW_BUF_INIT;
    assert_int_equal(harness_read(h, "live.out", &got), 0);
    assert_int_equal(count_lines(&got), N_ITEMS + 1);
    assert_non_null(strstr(got.ptr, "pushed-with-feeder-key"));
    ww_buf_reset(&out);
    assert_int_equal(harness_client(h, &out, "tail", "-c", fx->conf[SUBSCRIBER], "--from", "1",
                                    "--count", "21", "--topic", "item.", "--timeout", "10",
                                    NULL), 0);
    assert_int_equal(count_lines(&out), N_ITEMS + 1);
    for (int i = 0; i < N_ITEMS; i++) {
        char id[64];
        snprintf(id, sizeof id, "\"id\":\"curve-%d\"", i);
        if (strstr(out.ptr, id) == NULL || strstr(got.ptr, id) == NULL)
            fail_msg("%s missing", id);
    }
    ww_buf_free(&out);
    ww_buf_free(&got);
    ww_buf_free(&item);
    zmq_close(push);
    zmq_ctx_term(ctx);
}

/* Runs `wirewatch CMD` with ROLE's config in the background. */
static pid_t
start_client(fixture_t *fx, const char *out, const char *cmd, int role, const char *file)
{
    if (strcmp(cmd, "feed") == 0)
        return harness_start_out(fx->h, out, "wirewatch", "feed", "-c", fx->conf[role],
                                 "--timeout", REFUSED_WAIT_S, file, NULL);
    return harness_start_out(fx->h, out, "wirewatch", "tail", "-c", fx->conf[role],
                             "--timeout", REFUSED_WAIT_S, NULL);
}

/* Connections refused, summed over the daemon's "curve: refused N" lines. */
static long
refusals_logged(harness_t *h)
{
    ww_buf_t log = WW_BUF_INIT;
    long n = 0;
    harness_read(h, "wirewatchd-0.log", &log);
    for (const char *p = log.ptr; p != NULL && (p = strstr(p, "curve: refused ")) != NULL; p++)
        n += atol(p + strlen("curve: refused "));
    ww_buf_free(&log);
    return n;
}

/* Every wrong key, and no key at all, is kept out of every endpoint: feed
 * and tail fail, PUSH queues nothing, SUB hears nothing, while the right key
 * hears the heartbeat in the same time. */
static void
test_wrong_keys_are_refused(void **state)
{
    fixture_t *fx = *state;
    harness_t *h = fx->h;
    const char *items = harness_write_items(h, "refused.jsonl", "refused", 3);
    long long seq_before = ingest_seq(h);
    long refused_before = refusals_logged(h);
    struct {
        const char *cmd;
        int role;
        pid_t pid;
        char out[32];
    } runs[] = {
        { "feed", STRANGER, 0, "" }, { "feed", SUBSCRIBER, 0, "" }, { "feed", PLAIN, 0, "" },
        { "tail", STRANGER, 0, "" }, { "tail", FEEDER, 0, "" },     { "tail", PLAIN, 0, "" },
    };
    size_t n_runs = sizeof runs / sizeof runs[0];
    for (size_t i = 0; i < n_runs; i++) {
        snprintf(runs[i].out, sizeof runs[i].out, "%s-%s.out", runs[i].cmd,
                 roles[runs[i].role]);
        runs[i].pid = start_client(fx, runs[i].out, runs[i].cmd, runs[i].role, items);
    }
    void *ctx = zmq_ctx_new();
    void *push[3], *sub[4];
    int push_roles[3] = { STRANGER, SUBSCRIBER, PLAIN };
    ww_buf_t item = WW_BUF_INIT;
    harness_item(&item, "test.example", "pushed-without-right", "must not be queued");
    for (int i = 0; i < 3; i++) {
        push[i] = raw_socket(fx, ctx, ZMQ_PUSH, "ingest", push_roles[i]);
        zmq_send(push[i], item.ptr, item.len, ZMQ_DONTWAIT);
    }
    for (int r = 0; r < 4; r++)
        sub[r] = raw_socket(fx, ctx, ZMQ_SUB, "pub", r);
    bool heard[4] = { false, false, false, false };
    /* at least 3 s (three heartbeats) for the wrong keys; up to 15 s for the
     * right one on a loaded machine */
    for (int t = 0; t < 150 && (t < 30 || !heard[SUBSCRIBER]); t++) {
        zmq_pollitem_t pi[4];
        for (int r = 0; r < 4; r++)
            pi[r] = (zmq_pollitem_t){ sub[r], 0, ZMQ_POLLIN, 0 };
        zmq_poll(pi, 4, 100);
        ww_zmsg_t m = { 0 };
        for (int r = 0; r < 4; r++)
            while ((pi[r].revents & ZMQ_POLLIN) && ww_zsock_recv(sub[r], &m, ZMQ_DONTWAIT) == 0)
                heard[r] = true;
        ww_zmsg_free(&m);
    }
    assert_true(heard[SUBSCRIBER]); /* heartbeats flow to the right key */
    assert_false(heard[FEEDER]);
    assert_false(heard[STRANGER]);
    assert_false(heard[PLAIN]);
    for (size_t i = 0; i < n_runs; i++) {
        ww_buf_t out = WW_BUF_INIT;
        int rc = harness_wait(h, runs[i].pid, 20000);
        harness_read(h, runs[i].out, &out);
        if (rc != 1)
            fail_msg("%s with the %s key exited %d: %s", runs[i].cmd, roles[runs[i].role], rc,
                     out.ptr ? out.ptr : "");
        if (strcmp(runs[i].cmd, "feed") == 0 && strstr(out.ptr, "0 accepted") == NULL)
            fail_msg("%s: %s", runs[i].out, out.ptr);
        if (strcmp(runs[i].cmd, "tail") == 0 && out.len != 0)
            fail_msg("%s printed: %s", runs[i].out, out.ptr);
        ww_buf_free(&out);
    }
    assert_int_equal(ingest_seq(h), seq_before); /* nothing queued by anyone */
    long refused = 0;
    for (int t = 0; t < 100 && refused - refused_before < 7; t++) {
        harness_sleep_ms(100);
        refused = refusals_logged(h);
    }
    /* stranger: ack, ingest, pub, tail's pub and replay; feeder: pub, tail's
     * pub and replay; subscriber: ack, ingest. Plain text never reaches the
     * ZAP handler: its greeting is dropped first. */
    assert_true(refused - refused_before >= 7);
    assert_true(harness_log_has(h, "wirewatchd", "not in curve-subscribers"));
    for (int i = 0; i < 3; i++)
        zmq_close(push[i]);
    for (int r = 0; r < 4; r++)
        zmq_close(sub[r]);
    zmq_ctx_term(ctx);
    ww_buf_free(&item);
}

/* A key added to a directory is let in without a restart, and one removed
 * is kept out of the connections made after. */
static void
test_key_added_and_removed_while_running(void **state)
{
    fixture_t *fx = *state;
    harness_t *h = fx->h;
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "cp %s/stranger %s/subscribers/", h->dir, h->dir);
    run_or_fail(cmd);
    ww_buf_t out = WW_BUF_INIT;
    assert_int_equal(harness_client(h, &out, "tail", "-c", fx->conf[STRANGER], "--from", "1",
                                    "--count", "1", "--timeout", "10", NULL), 0);
    assert_int_equal(count_lines(&out), 1);
    snprintf(cmd, sizeof cmd, "rm %s/subscribers/stranger", h->dir);
    run_or_fail(cmd);
    ww_buf_reset(&out);
    assert_int_equal(harness_client(h, &out, "tail", "-c", fx->conf[STRANGER], "--timeout",
                                    REFUSED_WAIT_S, NULL), 1);
    assert_int_equal(out.len, 0);
    ww_buf_free(&out);
}

/* Runs a dashboard example (COMMAND) with the subscriber's key over the
 * whole kept range; it must print every item. */
static void
run_dashboard(fixture_t *fx, const char *command)
{
    harness_t *h = fx->h;
    char cmd[2400];
    snprintf(cmd, sizeof cmd, "%s --publish ipc://%s/pub --replay ipc://%s/replay --from 1 "
             "--count %d --topic item. --timeout 10 --client-key %s/subscriber_secret "
             "--server-key %s/server > %s/dash.out 2> %s/dash.err", command, h->dir, h->dir,
             N_ITEMS + 1, h->dir, h->dir, h->dir, h->dir);
    if (system(cmd) != 0) {
        snprintf(cmd, sizeof cmd, "cat %s/dash.err >&2", h->dir);
        (void)system(cmd);
        fail_msg("%s failed", command);
    }
    ww_buf_t out = WW_BUF_INIT;
    assert_int_equal(harness_read(h, "dash.out", &out), 0);
    assert_int_equal(count_lines(&out), N_ITEMS + 1);
    if (strstr(out.ptr, "\"id\": \"curve-19\"") == NULL && /* Python's json, Node's */
        strstr(out.ptr, "\"id\":\"curve-19\"") == NULL)
        fail_msg("%s printed: %s", command, out.ptr);
    ww_buf_free(&out);
}

/* The dashboard examples speak CURVE too (skipped where their language or
 * its ZeroMQ binding is missing, as in test_dashboards). */
static void
test_dashboards_with_a_key(void **state)
{
    fixture_t *fx = *state;
    bool ran = false;
    static const char *const pythons[] = { "python3", "/usr/bin/python3" };
    for (size_t i = 0; i < sizeof pythons / sizeof pythons[0] && !ran; i++) {
        char cmd[200];
        snprintf(cmd, sizeof cmd, "%s -c 'import zmq, msgpack' 2>/dev/null", pythons[i]);
        if (system(cmd) == 0) {
            snprintf(cmd, sizeof cmd, "%s examples/dashboard.py", pythons[i]);
            run_dashboard(fx, cmd);
            ran = true;
        }
    }
    if (system("command -v node >/dev/null") == 0 &&
        system("test -d examples/node/node_modules/zeromq || (cd examples/node && npm ci "
               "--no-audit --no-fund >/dev/null 2>&1)") == 0) {
        run_dashboard(fx, "node examples/node/dashboard.mjs");
        ran = true;
    }
    if (!ran) {
        fprintf(stderr, "skipped: neither python3-zmq nor node with zeromq\n");
        skip();
    }
}

/* Half a CURVE setup is a config error, not an open endpoint. */
static void
test_half_a_setup_is_refused(void **state)
{
    fixture_t *fx = *state;
    harness_t *h = fx->h;
    char path[400], cmd[1200];
    snprintf(path, sizeof path, "%s/half.conf", h->dir);
    FILE *f = fopen(path, "w");
    fprintf(f, "curve-secret-key %s/server_secret\ncurve-feeders %s/feeders\n", h->dir, h->dir);
    fclose(f);
    snprintf(cmd, sizeof cmd, "build/bin/wirewatchd -t -c %s >/dev/null 2>&1", path);
    int rc = system(cmd);
    assert_int_equal(WEXITSTATUS(rc), 78);
    f = fopen(path, "w");
    fprintf(f, "curve-secret-key %s/server\ncurve-feeders %s/feeders\n"
               "curve-subscribers %s/subscribers\n", h->dir, h->dir, h->dir);
    fclose(f);
    snprintf(cmd, sizeof cmd, "mv %s/server_secret %s/server_secret.away", h->dir, h->dir);
    run_or_fail(cmd);
    snprintf(cmd, sizeof cmd, "build/bin/wirewatchd -t -c %s 2>&1 | grep -q 'no secret key'",
             path);
    int found = system(cmd);
    snprintf(cmd, sizeof cmd, "mv %s/server_secret.away %s/server_secret", h->dir, h->dir);
    run_or_fail(cmd);
    assert_int_equal(found, 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subscriber_gets_everything),
        cmocka_unit_test(test_wrong_keys_are_refused),
        cmocka_unit_test(test_dashboards_with_a_key),
        cmocka_unit_test(test_key_added_and_removed_while_running),
        cmocka_unit_test(test_half_a_setup_is_refused),
    };
    return cmocka_run_group_tests_name("curve", tests, setup, teardown);
}

/* SPDX-License-Identifier: MIT
 *
 * test_instance — one wirewatchd per configuration: a second daemon started
 * with the same config exits 78 naming the first (host, pid), and the first
 * keeps its sockets and goes on accepting items; a daemon does not replace an
 * ipc:// endpoint on which another process listens; a daemon stopped cleanly
 * releases the lock, and one killed on this host does not keep it. */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zmq.h>

#include <cmocka.h>

#include "harness.h"
#include "ww_proto.h"
#include "ww_zsock.h"

#define EXIT_CONFIG 78

static bool
lock_names(harness_t *h, pid_t pid)
{
    redisReply *r = harness_redis(h, "GET %s", h->keys.lock);
    char want[32];
    snprintf(want, sizeof want, " pid=%ld ", (long)pid);
    bool ok = r != NULL && r->type == REDIS_REPLY_STRING && strstr(r->str, want) != NULL;
    if (r != NULL)
        freeReplyObject(r);
    return ok;
}

static bool
wait_lock(harness_t *h, pid_t pid, int timeout_ms)
{
    for (int waited = 0; waited < timeout_ms; waited += 50) {
        if (lock_names(h, pid))
            return true;
        harness_sleep_ms(50);
    }
    return false;
}

static void
assert_accepts(harness_t *h, const char *id)
{
    void *ctx = zmq_ctx_new();
    void *dealer = harness_connect(h, ctx, ZMQ_DEALER, "ack");
    ww_buf_t item = WW_BUF_INIT;
    harness_item(&item, "test.example", id, "still reachable");
    ww_zmsg_t m = { 0 };
    ww_ack_t ack;
    assert_int_equal(harness_ack(dealer, &item, 5000, &m, &ack), 0);
    assert_int_equal(ack.status, WW_ACK_OK);
    ww_zmsg_free(&m);
    ww_buf_free(&item);
    zmq_close(dealer);
    zmq_ctx_term(ctx);
}

static void
test_second_daemon_refused(void **state)
{
    (void)state;
    harness_t *h = harness_new("instance", NULL);
    assert_non_null(h);
    pid_t first = harness_start(h, "wirewatchd", NULL, NULL);
    assert_true(wait_lock(h, first, 5000));
    pid_t second = harness_start(h, "wirewatchd", NULL, NULL);
    assert_int_equal(harness_wait(h, second, 10000), EXIT_CONFIG);
    char host[64] = "", want[128];
    gethostname(host, sizeof host - 1);
    snprintf(want, sizeof want, "another wirewatchd runs with this configuration: host %s pid %ld",
             host, (long)first);
    assert_true(harness_log_has(h, "wirewatchd", want));
    /* the first kept its sockets and its lock */
    assert_accepts(h, "after-second");
    assert_true(lock_names(h, first));

    /* Stopped cleanly, it releases the lock: the next one starts at once. */
    assert_int_equal(harness_stop(h, first, SIGTERM), 0);
    redisReply *r = harness_redis(h, "EXISTS %s", h->keys.lock);
    assert_int_equal(r->integer, 0);
    freeReplyObject(r);
    pid_t third = harness_start(h, "wirewatchd", NULL, NULL);
    assert_true(wait_lock(h, third, 5000));
    /* Killed, it leaves the lock behind; a daemon on this host sees that its
     * holder is gone and takes it over without waiting for the expiry. */
    assert_int_equal(harness_stop(h, third, SIGKILL), 128 + SIGKILL);
    assert_true(lock_names(h, third));
    pid_t fourth = harness_start(h, "wirewatchd", NULL, NULL);
    assert_true(wait_lock(h, fourth, 5000));
    assert_accepts(h, "after-restart");
    harness_destroy(&h);
}

static void
test_live_ipc_endpoint_not_replaced(void **state)
{
    (void)state;
    /* Another program (here: the test) listens on the ingest endpoint; no
     * instance lock tells who. */
    harness_t *h = harness_new("ipcbusy", NULL);
    assert_non_null(h);
    void *ctx = zmq_ctx_new();
    char ep[600], err[256], path[300];
    snprintf(path, sizeof path, "%.280s/ingest", h->dir);
    snprintf(ep, sizeof ep, "ipc://%s", path);
    ww_zsock_opts_t o = { 1000, 1000, 0, -1 };
    void *pull = ww_zsock_new(ctx, ZMQ_PULL, ep, true, &o, err, sizeof err);
    assert_non_null(pull);
    struct stat before, after;
    assert_int_equal(stat(path, &before), 0);
    pid_t d = harness_start(h, "wirewatchd", NULL, NULL);
    assert_int_equal(harness_wait(h, d, 10000), EXIT_CONFIG);
    char want[700];
    snprintf(want, sizeof want, "%s is in use", ep);
    assert_true(harness_log_has(h, "wirewatchd", want));
    assert_int_equal(stat(path, &after), 0);
    assert_int_equal(before.st_ino, after.st_ino);
    redisReply *r = harness_redis(h, "EXISTS %s", h->keys.lock);
    assert_int_equal(r->integer, 0); /* it released the lock it had taken */
    freeReplyObject(r);

    /* Once nothing listens, the file left behind is replaced. */
    zmq_close(pull);
    d = harness_start(h, "wirewatchd", NULL, NULL);
    assert_true(wait_lock(h, d, 5000));
    assert_accepts(h, "after-ipc");
    zmq_ctx_term(ctx);
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_second_daemon_refused),
        cmocka_unit_test(test_live_ipc_endpoint_not_replaced),
    };
    return cmocka_run_group_tests_name("instance", tests, NULL, NULL);
}

/* SPDX-License-Identifier: MIT
 *
 * test_redis_reset — Redis restarted empty (no AOF) while the daemon runs:
 * the daemon notices at the reconnect that its state is gone, says so
 * loudly, publishes a "reset" notice with a new epoch, and publishes again
 * from what Redis holds; a live `wirewatch tail` follows the new history and
 * prints every item fed after the restart. Runs its own redis-server. */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zmq.h>

#include <cmocka.h>

#include "harness.h"
#include "output.h"
#include "ww_proto.h"
#include "ww_zsock.h"

#define BEFORE 50
#define AFTER 50

/* The string at KEY (the caller frees it), or NULL. A connection that broke
 * while Redis was taken away is made again, for up to 5 s. */
static char *
get_string(harness_t *h, const char *key)
{
    redisReply *r = harness_redis(h, "GET %s", key);
    for (int tries = 0; r == NULL && tries < 50; tries++) {
        harness_sleep_ms(100);
        redisReconnect(h->redis);
        r = harness_redis(h, "GET %s", key);
    }
    assert_non_null(r);
    char *v = r->type == REDIS_REPLY_STRING ? strdup(r->str) : NULL;
    freeReplyObject(r);
    return v;
}

/* Waits up to TIMEOUT_MS for a reset notice whose epoch is not OLD. */
static bool
wait_reset(void *sub, const char *old, int timeout_ms, ww_zmsg_t *m, ww_reset_t *r)
{
    for (int waited = 0; waited < timeout_ms; waited += 100) {
        zmq_pollitem_t pi = { sub, 0, ZMQ_POLLIN, 0 };
        if (zmq_poll(&pi, 1, 100) != 1 || ww_zsock_recv(sub, m, 0) == -1 || m->n != 2)
            continue;
        ww_reject_t why;
        if (ww_proto_decode_reset((const uint8_t *)m->frame[1].ptr, m->frame[1].len, r,
                                  &why) == 0 &&
            (r->epoch.len != strlen(old) || memcmp(r->epoch.p, old, r->epoch.len) != 0))
            return true;
    }
    return false;
}

/* Waits until the publisher's cursor, which a reset reports as "was",
 * reaches N. */
static void
wait_published(harness_t *h, long long n)
{
    for (int waited = 0; waited < 10000; waited += 50) {
        char *pub = get_string(h, h->keys.pub);
        long long cursor = pub ? atoll(pub) : 0;
        free(pub);
        if (cursor >= n)
            return;
        harness_sleep_ms(50);
    }
    fail_msg("the publisher did not reach seq %lld", n);
}

static void
assert_ids(json_t *lines, const char *prefix, int n)
{
    char id[32];
    for (int i = 0; i < n; i++) {
        snprintf(id, sizeof id, "%s-%d", prefix, i);
        if (output_find(lines, "id", id) == NULL)
            fail_msg("tail did not print %s", id);
    }
}

static void
test_redis_restarted_empty(void **state)
{
    (void)state;
    harness_t *h = harness_new("redisreset", "redis-timeout 500ms");
    assert_non_null(h);
    pid_t redis = harness_own_redis(h, false);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    pid_t tail = harness_start_out(h, "tail.out", "wirewatch", "tail", "--topic", "item.",
                                   "--count", "100", "--timeout", "30", NULL);
    void *ctx = zmq_ctx_new();
    void *sub = harness_connect(h, ctx, ZMQ_SUB, "pub");
    zmq_setsockopt(sub, ZMQ_SUBSCRIBE, WW_TOPIC_RESET, strlen(WW_TOPIC_RESET));
    harness_sleep_ms(500);
    const char *items = harness_write_items(h, "before.jsonl", "before", BEFORE);
    assert_int_equal(harness_client(h, NULL, "feed", items, NULL), 0);
    assert_true(harness_wait_output(h, BEFORE, 20000));
    wait_published(h, BEFORE);
    char *epoch = get_string(h, h->keys.epoch);
    assert_non_null(epoch);

    assert_int_equal(harness_stop(h, redis, SIGKILL), 128 + SIGKILL);
    harness_own_redis(h, false); /* the same socket, empty */
    items = harness_write_items(h, "after.jsonl", "after", AFTER);
    assert_int_equal(harness_client(h, NULL, "feed", items, NULL), 0);

    ww_zmsg_t m = { 0 };
    ww_reset_t r;
    assert_true(wait_reset(sub, epoch, 10000, &m, &r));
    assert_int_equal(r.head, 0);
    assert_true(r.was >= BEFORE);
    char *now = get_string(h, h->keys.epoch);
    assert_non_null(now);
    assert_int_equal(r.epoch.len, strlen(now));
    assert_memory_equal(r.epoch.p, now, r.epoch.len);

    assert_int_equal(harness_wait(h, tail, 40000), 0);
    ww_buf_t out = WW_BUF_INIT;
    assert_int_equal(harness_read(h, "tail.out", &out), 0);
    json_t *lines = output_parse_lines(&out);
    assert_int_equal(json_array_size(lines), BEFORE + AFTER);
    assert_ids(lines, "before", BEFORE);
    assert_ids(lines, "after", AFTER);
    json_decref(lines);
    ww_buf_free(&out);
    assert_true(harness_log_has(h, "wirewatchd", "REDIS LOST ITS DATA"));
    assert_true(harness_log_has(h, "wirewatch", "Redis lost its data"));
    /* A late subscriber's replay answers from the new history. */
    lines = output_tail(h, 1, AFTER, "item.");
    assert_int_equal(json_array_size(lines), AFTER);
    assert_ids(lines, "after", AFTER);
    json_decref(lines);

    free(epoch);
    free(now);
    ww_zmsg_free(&m);
    zmq_close(sub);
    zmq_ctx_term(ctx);
    harness_destroy(&h);
}

/* FLUSHALL keeps the connection: the daemon finds out within a second. */
static void
test_state_wiped_under_a_live_connection(void **state)
{
    (void)state;
    harness_t *h = harness_new("rediswipe", NULL);
    assert_non_null(h);
    harness_own_redis(h, false);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    void *ctx = zmq_ctx_new();
    void *sub = harness_connect(h, ctx, ZMQ_SUB, "pub");
    zmq_setsockopt(sub, ZMQ_SUBSCRIBE, WW_TOPIC_RESET, strlen(WW_TOPIC_RESET));
    const char *items = harness_write_items(h, "first.jsonl", "first", 20);
    assert_int_equal(harness_client(h, NULL, "feed", items, NULL), 0);
    assert_true(harness_wait_output(h, 20, 20000));
    wait_published(h, 20);
    char *epoch = get_string(h, h->keys.epoch);
    assert_non_null(epoch);
    redisReply *r = harness_redis(h, "FLUSHALL");
    assert_non_null(r);
    freeReplyObject(r);

    ww_zmsg_t m = { 0 };
    ww_reset_t reset;
    assert_true(wait_reset(sub, epoch, 5000, &m, &reset));
    assert_int_equal(reset.head, 0);
    assert_true(reset.was >= 20);
    assert_true(harness_log_has(h, "wirewatchd", "REDIS LOST ITS DATA: its run id"));
    items = harness_write_items(h, "second.jsonl", "second", 20);
    assert_int_equal(harness_client(h, NULL, "feed", items, NULL), 0);
    json_t *lines = output_tail(h, 1, 20, "item.");
    assert_int_equal(json_array_size(lines), 20);
    assert_ids(lines, "second", 20);
    json_decref(lines);
    free(epoch);
    ww_zmsg_free(&m);
    zmq_close(sub);
    zmq_ctx_term(ctx);
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_redis_restarted_empty),
        cmocka_unit_test(test_state_wiped_under_a_live_connection),
    };
    return cmocka_run_group_tests_name("redis_reset", tests, NULL, NULL);
}

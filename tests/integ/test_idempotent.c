/* SPDX-License-Identifier: MIT
 *
 * test_idempotent — exactly once from the scraper's side: an item with a
 * scraper id that is sent again (the whole feed a second time, as after a lost
 * ack; the same items once more through PUSH; one item resent on a new
 * connection after its ack was lost) is answered "already queued" with its
 * first ingest seq and published once. Items without an id stay at least
 * once: sent twice, they are queued twice. */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include <cmocka.h>

#include "harness.h"
#include "output.h"
#include "ww_proto.h"
#include "ww_zsock.h"

#define ITEMS 300

static long long
redis_int(harness_t *h, const char *cmd, const char *key)
{
    redisReply *r = harness_redis(h, "%s %s", cmd, key);
    assert_non_null(r);
    long long v = r->type == REDIS_REPLY_INTEGER ? r->integer
                  : r->type == REDIS_REPLY_STRING ? atoll(r->str)
                                                  : -1;
    freeReplyObject(r);
    return v;
}

static void
push_same_items(harness_t *h, void *ctx)
{
    void *push = harness_connect(h, ctx, ZMQ_PUSH, "ingest");
    assert_non_null(push);
    ww_buf_t b = WW_BUF_INIT;
    char id[32];
    for (int i = 0; i < ITEMS; i++) {
        snprintf(id, sizeof id, "idem-%d", i);
        ww_buf_reset(&b);
        /* the same (source, id) as the fed line; the text does not matter */
        harness_item(&b, "test.example", id, "pushed again");
        const void *f[1] = { b.ptr };
        size_t l[1] = { b.len };
        assert_int_equal(ww_zsock_send(push, f, l, 1, 0), 0);
    }
    ww_buf_free(&b);
    zmq_close(push);
}

/* Sends an item on a DEALER and closes it without reading the answer (the
 * ack is lost), then sends it again on a new connection. Returns the ack. */
static ww_ack_t
resend_after_lost_ack(harness_t *h, void *ctx, const ww_buf_t *item, ww_zmsg_t *m)
{
    void *lost = harness_connect(h, ctx, ZMQ_DEALER, "ack");
    const void *f[2] = { "lost", item->ptr };
    size_t l[2] = { 4, item->len };
    assert_int_equal(ww_zsock_send(lost, f, l, 2, 0), 0);
    long long before = redis_int(h, "GET", h->keys.iseq);
    for (int i = 0; i < 500 && redis_int(h, "GET", h->keys.iseq) == before; i++)
        harness_sleep_ms(10);
    zmq_close(lost);
    void *dealer = harness_connect(h, ctx, ZMQ_DEALER, "ack");
    ww_ack_t ack;
    assert_int_equal(harness_ack(dealer, item, 10000, m, &ack), 0);
    zmq_close(dealer);
    return ack;
}

static void
test_resent_items_published_once(void **state)
{
    (void)state;
    harness_t *h = harness_new("idem", NULL);
    assert_non_null(h);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    const char *items = harness_write_items(h, "items.jsonl", "idem", ITEMS);
    ww_buf_t out = WW_BUF_INIT;
    assert_int_equal(harness_client(h, &out, "feed", items, NULL), 0);
    assert_non_null(strstr(out.ptr, "300 accepted, 0 rejected, 0 not sent; 0 of the"));
    /* The scraper did not see the acks and sends everything again. */
    ww_buf_reset(&out);
    assert_int_equal(harness_client(h, &out, "feed", items, NULL), 0);
    if (strstr(out.ptr, "300 accepted, 0 rejected, 0 not sent; 300 of the accepted were "
                        "already queued") == NULL)
        fail_msg("second feed: %s", out.ptr);
    ww_buf_free(&out);
    void *ctx = zmq_ctx_new();
    push_same_items(h, ctx);

    ww_zmsg_t m = { 0 };
    ww_buf_t item = WW_BUF_INIT;
    harness_item(&item, "test.example", "idem-lost", "an item whose ack was lost");
    ww_ack_t ack = resend_after_lost_ack(h, ctx, &item, &m);
    assert_int_equal(ack.status, WW_ACK_OK);
    assert_true(ack.already);
    assert_int_equal(ack.ingest_seq, ITEMS + 1);

    /* PULL is read in order: once this marker is queued, the pushed copies
     * have all been judged. */
    void *dealer = harness_connect(h, ctx, ZMQ_DEALER, "ack");
    ww_buf_reset(&item);
    harness_item(&item, "test.example", "idem-marker", "the last one");
    assert_int_equal(harness_ack(dealer, &item, 10000, &m, &ack), 0);
    assert_false(ack.already);
    assert_true(harness_wait_output(h, ITEMS + 2, 30000));
    harness_sleep_ms(500); /* room for a wrong extra publication to show */
    assert_int_equal(redis_int(h, "GET", h->keys.iseq), ITEMS + 2);
    assert_int_equal(redis_int(h, "XLEN", h->keys.out), ITEMS + 2);

    json_t *lines = output_tail(h, 1, ITEMS + 2, "item.");
    assert_int_equal(json_array_size(lines), ITEMS + 2);
    char id[32];
    for (int i = 0; i < ITEMS; i++) {
        snprintf(id, sizeof id, "idem-%d", i);
        json_t *l = output_find(lines, "id", id);
        if (l == NULL || strcmp(output_dup_status(l), "new") != 0)
            fail_msg("%s: %s", id, l ? output_dup_status(l) : "not published");
    }
    json_t *lost = output_find(lines, "id", "idem-lost");
    assert_non_null(lost);
    assert_int_equal(json_integer_value(json_object_get(lost, "ingest_seq")), ITEMS + 1);
    json_decref(lines);
    ww_buf_free(&item);
    ww_zmsg_free(&m);
    zmq_close(dealer);
    zmq_ctx_term(ctx);
    harness_destroy(&h);
}

static void
test_without_id_at_least_once(void **state)
{
    (void)state;
    harness_t *h = harness_new("noid", NULL);
    assert_non_null(h);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    void *ctx = zmq_ctx_new();
    void *dealer = harness_connect(h, ctx, ZMQ_DEALER, "ack");
    ww_zmsg_t m = { 0 };
    ww_ack_t ack;
    ww_buf_t item = WW_BUF_INIT;
    static const char body[] = "MOSCOW, March 6. /TASS/. An item sent without a scraper id.";
    harness_item(&item, "test.example", NULL, body);
    for (int i = 1; i <= 2; i++) {
        assert_int_equal(harness_ack(dealer, &item, 10000, &m, &ack), 0);
        assert_int_equal(ack.status, WW_ACK_OK);
        assert_false(ack.already);
        assert_int_equal(ack.ingest_seq, i);
    }
    /* The key is (source, id): the same id from another source is another item. */
    ww_buf_reset(&item);
    harness_item(&item, "a.example", "same-id", "first source");
    assert_int_equal(harness_ack(dealer, &item, 10000, &m, &ack), 0);
    assert_false(ack.already);
    ww_buf_reset(&item);
    harness_item(&item, "b.example", "same-id", "second source");
    assert_int_equal(harness_ack(dealer, &item, 10000, &m, &ack), 0);
    assert_false(ack.already);
    assert_int_equal(ack.ingest_seq, 4);

    json_t *lines = output_tail(h, 1, 4, "item.");
    assert_int_equal(json_array_size(lines), 4);
    int exact = 0;
    for (size_t i = 0; i < 4; i++)
        exact += strcmp(output_dup_status(json_array_get(lines, i)), "exact") == 0;
    assert_int_equal(exact, 1); /* the id-less item's second copy */
    json_decref(lines);
    ww_buf_free(&item);
    ww_zmsg_free(&m);
    zmq_close(dealer);
    zmq_ctx_term(ctx);
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_resent_items_published_once),
        cmocka_unit_test(test_without_id_at_least_once),
    };
    return cmocka_run_group_tests_name("idempotent", tests, NULL, NULL);
}

/* SPDX-License-Identifier: MIT
 *
 * test_bad_input — refused input is never dropped: through the PULL endpoint
 * every kind of bad message ends in the dead-letter stream with its code and
 * is published on "dead"; through the ROUTER endpoint a REQ scraper is told
 * why, and is told to retry when the backlog is full. */
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

static void
pack_item(ww_buf_t *b, const char *title, size_t title_len, size_t body_len, int version)
{
    msgpack_packer pk;
    msgpack_packer_init(&pk, b, ww_buf_msgpack_write);
    msgpack_pack_map(&pk, 6);
    msgpack_pack_str(&pk, 1);
    msgpack_pack_str_body(&pk, "v", 1);
    msgpack_pack_int(&pk, version);
    static const char *const keys[] = { "source", "url", "title", "body" };
    for (size_t i = 0; i < 4; i++) {
        msgpack_pack_str(&pk, strlen(keys[i]));
        msgpack_pack_str_body(&pk, keys[i], strlen(keys[i]));
        if (i == 2) {
            msgpack_pack_str(&pk, title_len);
            msgpack_pack_str_body(&pk, title, title_len);
        } else if (i == 3) {
            char *body = malloc(body_len + 1);
            memset(body, 'x', body_len);
            msgpack_pack_str(&pk, body_len);
            msgpack_pack_str_body(&pk, body, body_len);
            free(body);
        } else {
            msgpack_pack_str(&pk, 4);
            msgpack_pack_str_body(&pk, "test", 4);
        }
    }
    msgpack_pack_str(&pk, 9);
    msgpack_pack_str_body(&pk, "published", 9);
    msgpack_pack_int64(&pk, 1457276520000LL);
}

static void
send1(void *s, const void *p, size_t n)
{
    const void *f[1] = { p };
    size_t l[1] = { n };
    assert_int_equal(ww_zsock_send(s, f, l, 1, 0), 0);
}

static void
test_pull_bad_messages_dead_lettered(void **state)
{
    (void)state;
    harness_t *h = harness_new("badpull", "max-item-size 4kb");
    assert_non_null(h);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    void *ctx = zmq_ctx_new();
    void *push = harness_connect(h, ctx, ZMQ_PUSH, "ingest");
    assert_non_null(push);
    ww_buf_t b = WW_BUF_INIT;
    send1(push, "\x93\x01", 2);                     /* array cut short */
    pack_item(&b, "ok", 2, 10, 1);
    ww_buf_putc(&b, '\xc0');
    send1(push, b.ptr, b.len);                      /* trailing nil */
    ww_buf_reset(&b);
    pack_item(&b, "\xff\xfe", 2, 10, 1);
    send1(push, b.ptr, b.len);                      /* invalid UTF-8 */
    ww_buf_reset(&b);
    pack_item(&b, "big", 3, 5000, 1);
    send1(push, b.ptr, b.len);                      /* over max-item-size */
    ww_buf_reset(&b);
    pack_item(&b, "v2", 2, 10, 2);
    send1(push, b.ptr, b.len);                      /* unknown version */
    send1(push, "\xa5hello", 6);                    /* a str, not a map */
    const void *two[2] = { "a", "b" };
    size_t two_len[2] = { 1, 1 };
    assert_int_equal(ww_zsock_send(push, two, two_len, 2, 0), 0); /* two frames */
    ww_buf_reset(&b);
    pack_item(&b, "good", 4, 10, 1);
    send1(push, b.ptr, b.len);                      /* and a good one after them */
    ww_buf_free(&b);

    json_t *lines = output_tail(h, 1, 8, NULL);
    assert_int_equal(json_array_size(lines), 8);
    static const char *const codes[] = { "not_msgpack", "trailing", "bad_utf8", "too_large",
                                         "version", "not_map", "frames" };
    for (size_t i = 0; i < 7; i++) {
        json_t *l = json_array_get(lines, i);
        assert_string_equal(json_string_value(json_object_get(l, "topic")), "dead");
        assert_string_equal(json_string_value(json_object_get(l, "code")), codes[i]);
        assert_true(strlen(json_string_value(json_object_get(l, "reason"))) > 5);
    }
    assert_string_equal(json_string_value(json_object_get(json_array_get(lines, 7), "topic")),
                        "item.new");
    json_decref(lines);
    redisReply *r = harness_redis(h, "XLEN %s", h->keys.dlq);
    assert_int_equal(r->integer, 7);
    freeReplyObject(r);
    zmq_close(push);
    zmq_ctx_term(ctx);
    harness_destroy(&h);
}

static ww_ack_t
req_roundtrip(void *req, const ww_buf_t *item, ww_zmsg_t *m)
{
    send1(req, item->ptr, item->len);
    zmq_pollitem_t pi = { req, 0, ZMQ_POLLIN, 0 };
    assert_int_equal(zmq_poll(&pi, 1, 10000), 1);
    assert_int_equal(ww_zsock_recv(req, m, 0), 0);
    assert_int_equal(m->n, 1);
    ww_ack_t ack;
    ww_reject_t why;
    assert_int_equal(ww_proto_decode_ack((const uint8_t *)m->frame[0].ptr, m->frame[0].len, &ack,
                                         &why), 0);
    return ack;
}

static void
test_router_answers_reject_and_retry(void **state)
{
    (void)state;
    /* No worker runs, so the backlog fills up after three items. */
    harness_t *h = harness_new("badrouter", "backlog-limit 3");
    assert_non_null(h);
    harness_start(h, "wirewatchd", NULL, NULL);
    void *ctx = zmq_ctx_new();
    void *req = harness_connect(h, ctx, ZMQ_REQ, "ack");
    assert_non_null(req);
    ww_zmsg_t m = { 0 };
    ww_buf_t b = WW_BUF_INIT;
    pack_item(&b, "\xc3\x28", 2, 10, 1);
    ww_ack_t ack = req_roundtrip(req, &b, &m);
    assert_int_equal(ack.status, WW_ACK_REJECTED);
    assert_non_null(strstr(m.frame[0].ptr, "invalid UTF-8"));
    for (int i = 0; i < 3; i++) {
        ww_buf_reset(&b);
        char title[16];
        snprintf(title, sizeof title, "item %d", i);
        pack_item(&b, title, strlen(title), 10, 1);
        ack = req_roundtrip(req, &b, &m);
        assert_int_equal(ack.status, WW_ACK_OK);
        assert_int_equal(ack.ingest_seq, i + 1);
    }
    ack = req_roundtrip(req, &b, &m);
    assert_int_equal(ack.status, WW_ACK_RETRY);
    assert_non_null(strstr(m.frame[0].ptr, "backlog"));
    /* A worker drains the backlog; the same item is then accepted. */
    harness_start(h, "wirewatch-worker", NULL, NULL);
    assert_true(harness_wait_output(h, 4, 10000));
    harness_sleep_ms(200);
    ack = req_roundtrip(req, &b, &m);
    assert_int_equal(ack.status, WW_ACK_OK);
    ww_buf_free(&b);
    ww_zmsg_free(&m);
    zmq_close(req);
    zmq_ctx_term(ctx);
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pull_bad_messages_dead_lettered),
        cmocka_unit_test(test_router_answers_reject_and_retry),
    };
    return cmocka_run_group_tests_name("bad_input", tests, NULL, NULL);
}

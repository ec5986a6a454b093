/* SPDX-License-Identifier: MIT
 *
 * test_oversize — an item larger than the daemon's socket limit
 * (WW_WIRE_LIMIT: twice max-item-size plus 64 KB) never disappears without a
 * trace: `wirewatch feed` reports the line as too large, does not send it and
 * exits 1, while an item between max-item-size and that limit is still sent
 * and dead-lettered as too_large; sent anyway by another scraper, through
 * PUSH or DEALER, the message ZeroMQ drops with its connection is counted and
 * logged by the daemon, which goes on serving that scraper. */
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

#define MAX_ITEM 4096
#define LIMIT WW_WIRE_LIMIT(MAX_ITEM)

static void
write_line(FILE *f, const char *id, size_t body_len)
{
    fprintf(f, "{\"id\": \"%s\", \"source\": \"test.example\", \"url\": \"https://test.example/\", "
               "\"title\": \"%s\", \"body\": \"",
            id, id);
    for (size_t i = 0; i < body_len; i++)
        fputc("abcdefgh "[i % 9], f);
    fprintf(f, "\", \"published\": \"2016-03-06T12:00:00Z\"}\n");
}

static void
test_feed_refuses_what_the_socket_would_drop(void **state)
{
    (void)state;
    harness_t *h = harness_new("oversize", "max-item-size 4kb\nstats-interval 500ms");
    assert_non_null(h);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    char path[400];
    snprintf(path, sizeof path, "%s/big.jsonl", h->dir);
    FILE *f = fopen(path, "w");
    write_line(f, "small-1", 100);
    write_line(f, "between", 6000);   /* over max-item-size, under the limit */
    write_line(f, "huge", LIMIT + 10); /* over the limit */
    write_line(f, "small-2", 100);
    fclose(f);
    ww_buf_t out = WW_BUF_INIT;
    assert_int_equal(harness_client(h, &out, "feed", "--timeout", "10", path, NULL), 1);
    if (strstr(out.ptr, "big.jsonl:3: not sent: too large") == NULL ||
        strstr(out.ptr, "big.jsonl:2: rejected: message larger than max-item-size") == NULL ||
        strstr(out.ptr, "2 accepted, 1 rejected, 1 not sent") == NULL)
        fail_msg("feed said: %s", out.ptr);
    ww_buf_free(&out);
    json_t *dead = output_tail(h, 1, 1, "dead");
    assert_int_equal(json_array_size(dead), 1);
    assert_string_equal(json_string_value(json_object_get(json_array_get(dead, 0), "code")),
                        "too_large");
    json_decref(dead);
    harness_destroy(&h);
}

static void
send_frames(void *sock, const char *token, const ww_buf_t *item)
{
    const void *f[2] = { token, item->ptr };
    size_t l[2] = { token ? strlen(token) : 0, item->len };
    size_t n = token ? 2 : 1;
    assert_int_equal(ww_zsock_send(sock, token ? f : f + 1, token ? l : l + 1, n, 0), 0);
}

static void
test_daemon_counts_dropped_connections(void **state)
{
    (void)state;
    harness_t *h = harness_new("dropped", "max-item-size 4kb\nstats-interval 500ms");
    assert_non_null(h);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    void *ctx = zmq_ctx_new();
    void *push = harness_connect(h, ctx, ZMQ_PUSH, "ingest");
    void *dealer = harness_connect(h, ctx, ZMQ_DEALER, "ack");
    char *body = malloc(LIMIT + 1);
    memset(body, 'x', LIMIT);
    body[LIMIT] = '\0';
    ww_buf_t huge = WW_BUF_INIT, small = WW_BUF_INIT;
    harness_item(&huge, "test.example", "huge", body);
    free(body);
    harness_sleep_ms(300); /* connected */
    send_frames(push, NULL, &huge);
    send_frames(dealer, "t-huge", &huge);
    harness_sleep_ms(500); /* what follows on a dropped connection goes with it */
    /* Both scrapers are still served: ZeroMQ reconnects them. */
    harness_item(&small, "test.example", "pushed-after", "a small item");
    send_frames(push, NULL, &small);
    ww_buf_reset(&small);
    harness_item(&small, "test.example", "acked-after", "another small item");
    ww_zmsg_t m = { 0 };
    ww_ack_t ack;
    assert_int_equal(harness_ack(dealer, &small, 10000, &m, &ack), 0);
    assert_int_equal(ack.status, WW_ACK_OK);
    assert_true(harness_wait_output(h, 2, 10000));

    bool logged = false;
    for (int i = 0; i < 50 && !logged; i++) {
        harness_sleep_ms(100);
        logged = harness_log_has(h, "wirewatchd", "disconnected_pull=1 disconnected_ack=1");
    }
    assert_true(logged);
    char want[200];
    snprintf(want, sizeof want, "ingest-endpoint: a peer connection ended: the peer closed it, "
                                "or ZeroMQ dropped it with a message over %lld bytes", LIMIT);
    assert_true(harness_log_has(h, "wirewatchd", want));
    assert_true(harness_log_has(h, "wirewatchd", "ack-endpoint: a peer connection ended"));
    ww_zmsg_free(&m);
    ww_buf_free(&huge);
    ww_buf_free(&small);
    zmq_close(push);
    zmq_close(dealer);
    zmq_ctx_term(ctx);
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_feed_refuses_what_the_socket_would_drop),
        cmocka_unit_test(test_daemon_counts_dropped_connections),
    };
    return cmocka_run_group_tests_name("oversize", tests, NULL, NULL);
}

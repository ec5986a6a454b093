/* SPDX-License-Identifier: MIT
 *
 * test_client — what an operator gets from the client: `wirewatch feed`
 * names a line that is not JSON with its line, column and reason; `tail`
 * exits 1 when no daemon answers; `dlq` lists dead letters by the item's id
 * and source, shows one with its raw item decoded, and requeues one once its
 * cause is fixed. And the replay endpoint: a malformed request gets
 * "replay.error", a valid empty range "replay.end" alone, and a request
 * without a topic every copy that live PUB sends (event.* too). */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <zmq.h>

#include "harness.h"
#include "output.h"
#include "ww_proto.h"
#include "ww_zsock.h"

#define SAMPLE_FEED "sample_feed/feed.jsonl"
#define SAMPLE_LINES 43

static void
assert_contains(const ww_buf_t *b, const char *needle)
{
    if (b->len == 0 || strstr(b->ptr, needle) == NULL)
        fail_msg("\"%s\" not in:\n%s", needle, b->len ? b->ptr : "");
}

static harness_t *
start(const char *name, const char *extra)
{
    harness_t *h = harness_new(name, extra);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    return h;
}

static void
test_feed_names_json_errors(void **state)
{
    harness_t *h = *state = start("client_feed", NULL);
    char path[512];
    snprintf(path, sizeof path, "%s/bad.jsonl", h->dir);
    FILE *f = fopen(path, "w");
    fputs("{\"id\": \"a\", \"source\": \"x\", \"title\": \"lone \\ud800 surrogate\"}\n"
          "{\"id\": \"b\", \"source\": \"x\", \"title\": \"caf\xe9\"}\n"
          "\n"
          "{\"id\": \"c\",, \"source\": \"x\"}\n",
          f);
    fclose(f);
    ww_buf_t out = WW_BUF_INIT;
    assert_int_equal(harness_client(h, &out, "feed", "--strict", path, NULL), 1);
    char want[700];
    snprintf(want, sizeof want, "%s:1:59: invalid JSON: invalid Unicode '\\uD800'", path);
    assert_contains(&out, want);
    snprintf(want, sizeof want, "%s:2:", path);
    assert_contains(&out, want);
    assert_contains(&out, "unable to decode byte 0xe9");
    snprintf(want, sizeof want, "%s:4:12: invalid JSON", path);
    assert_contains(&out, want);
    assert_contains(&out, "(rejected: expected a map");
    assert_contains(&out, "3 rejected");
    ww_buf_free(&out);
}

static void
test_tail_fails_without_daemon(void **state)
{
    harness_t *h = *state = harness_new("client_tail", NULL);
    assert_int_equal(harness_client(h, NULL, "tail", "--timeout", "1", NULL), 1);
    assert_int_equal(harness_client(h, NULL, "tail", "--from", "1", "--timeout", "1", NULL), 1);
}

static void
test_dlq_lists_shows_and_requeues(void **state)
{
    harness_t *h = *state = start("client_dlq", "max-item-size 1kb");
    char path[512];
    snprintf(path, sizeof path, "%s/items.jsonl", h->dir);
    FILE *f = fopen(path, "w");
    fprintf(f, "{\"id\": \"nosrc-1\", \"url\": \"https://x.example/1\", \"title\": \"t\", "
               "\"body\": \"b\", \"published\": \"2016-03-06T12:00:00Z\"}\n");
    fprintf(f, "{\"id\": \"big-1\", \"source\": \"big.example\", \"url\": \"https://big.example/1\", "
               "\"title\": \"A long one\", \"published\": \"2016-03-06T12:00:00Z\", \"body\": \"");
    for (int i = 0; i < 150; i++)
        fprintf(f, "word%d ", i);
    fprintf(f, "\"}\n");
    fprintf(f, "this line is no JSON at all\n");
    fclose(f);
    assert_int_equal(harness_client(h, NULL, "feed", path, NULL), 0);

    ww_buf_t out = WW_BUF_INIT;
    assert_int_equal(harness_client(h, &out, "dlq", NULL), 0);
    assert_contains(&out, "missing ");
    assert_contains(&out, "nosrc-1");  /* the item's id, not the stream's */
    assert_contains(&out, "big-1");
    assert_contains(&out, "big.example");

    ww_buf_reset(&out);
    assert_int_equal(harness_client(h, &out, "dlq", "show", "big-1", NULL), 0);
    assert_contains(&out, "\"code\": \"too_large\"");
    assert_contains(&out, "\"title\": \"A long one\"");        /* decoded, not base64 */
    assert_contains(&out, "\"published\": \"2016-03-06T12:00:00Z\"");
    assert_contains(&out, "word149");
    ww_buf_reset(&out);
    assert_int_equal(harness_client(h, &out, "dlq", "show", "no-such-item", NULL), 1);
    /* a line that was no JSON shows as its text (it travelled as a bin) */
    ww_buf_reset(&out);
    assert_int_equal(harness_client(h, &out, "dlq", "show", "3", NULL), 0);
    assert_contains(&out, "\"this line is no JSON at all\"");

    /* The cause fixed (a larger max-item-size, daemon and worker restarted),
     * the item goes through. */
    harness_stop(h, h->child[0], SIGTERM);
    harness_stop(h, h->child[1], SIGTERM);
    f = fopen(h->conf, "a");
    fputs("max-item-size 1mb\n", f);
    fclose(f);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    ww_buf_reset(&out);
    assert_int_equal(harness_client(h, &out, "dlq", "requeue", "big-1", NULL), 0);
    assert_contains(&out, "big-1: queued again as ingest seq");
    json_t *lines = output_tail(h, 4, 1, ""); /* after the three dead letters */
    json_t *item = output_find(lines, "id", "big-1");
    assert_non_null(item);
    assert_string_equal(json_string_value(json_object_get(item, "topic")), "item.new");
    json_decref(lines);
    ww_buf_reset(&out);
    assert_int_equal(harness_client(h, &out, "dlq", "--json", NULL), 0);
    assert_true(strstr(out.ptr, "big-1") == NULL); /* its dead letter is gone */
    assert_contains(&out, "\"id\":\"nosrc-1\",\"source\":null");
    ww_buf_free(&out);
}

/* Sends one frame to the replay endpoint; collects the answer up to
 * replay.end or replay.error into COUNTS by topic prefix. Returns the topic
 * that ended it. */
typedef struct {
    int item, event, update, dead, other;
} counts_t;

static const char *
ask(void *dealer, const void *req, size_t len, counts_t *c, ww_buf_t *last_body)
{
    static char end[32];
    const void *frames[1] = { req };
    size_t lens[1] = { len };
    assert_int_equal(ww_zsock_send(dealer, frames, lens, 1, 0), 0);
    ww_zmsg_t m = { 0 };
    for (;;) {
        zmq_pollitem_t it = { dealer, 0, ZMQ_POLLIN, 0 };
        assert_true(zmq_poll(&it, 1, 5000) == 1);
        assert_int_equal(ww_zsock_recv(dealer, &m, 0), 0);
        assert_int_equal(m.n, 2);
        const char *t = m.frame[0].ptr;
        if (strncmp(t, "replay.", 7) == 0) {
            snprintf(end, sizeof end, "%s", t);
            ww_buf_reset(last_body);
            ww_buf_append(last_body, m.frame[1].ptr, m.frame[1].len);
            ww_zmsg_free(&m);
            return end;
        }
        if (strncmp(t, "item.", 5) == 0)
            c->item++;
        else if (strncmp(t, "event.", 6) == 0)
            c->event++;
        else if (strncmp(t, "update.", 7) == 0)
            c->update++;
        else if (strcmp(t, "dead") == 0)
            c->dead++;
        else
            c->other++;
    }
}

static void
test_replay_answers(void **state)
{
    harness_t *h = *state = start("client_replay", NULL);
    assert_int_equal(harness_client(h, NULL, "feed", SAMPLE_FEED, NULL), 0);
    long long total = harness_settle(h, SAMPLE_LINES, 30000);
    if (total < 0)
        fail_msg("the pipeline did not settle");
    /* what live PUB sent, as tail saw it: items reporting an event */
    json_t *lines = output_tail(h, 1, total, "");
    int with_event = 0;
    for (size_t i = 0; i < json_array_size(lines); i++)
        with_event += json_is_object(json_object_get(json_array_get(lines, i), "event"));
    json_decref(lines);
    assert_true(with_event > 0);

    void *ctx = zmq_ctx_new();
    void *dealer = harness_connect(h, ctx, ZMQ_DEALER, "replay");
    ww_buf_t body = WW_BUF_INIT, req = WW_BUF_INIT;
    counts_t c = { 0 };
    assert_string_equal(ask(dealer, "not msgpack", 11, &c, &body), "replay.error");
    msgpack_unpacked u;
    ww_reject_t why;
    assert_int_equal(ww_proto_unpack((const uint8_t *)body.ptr, body.len, &u, &why), 0);
    assert_non_null(ww_proto_get(&u.data, "error"));
    msgpack_unpacked_destroy(&u);

    ww_replay_req_t r = { 100000, 0, { "", 0 } };
    ww_proto_encode_replay_req(&req, &r);
    assert_string_equal(ask(dealer, req.ptr, req.len, &c, &body), "replay.end");
    assert_int_equal(c.item + c.event + c.update + c.dead + c.other, 0);

    r.from = 1;
    ww_buf_reset(&req);
    ww_proto_encode_replay_req(&req, &r);
    assert_string_equal(ask(dealer, req.ptr, req.len, &c, &body), "replay.end");
    assert_int_equal(c.item + c.dead + c.update, total);
    assert_int_equal(c.item + c.dead, SAMPLE_LINES);
    assert_int_equal(c.event, with_event);
    assert_true(c.update > 0);
    zmq_close(dealer);
    zmq_ctx_term(ctx);
    ww_buf_free(&body), ww_buf_free(&req);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_feed_names_json_errors, harness_teardown),
        cmocka_unit_test_teardown(test_tail_fails_without_daemon, harness_teardown),
        cmocka_unit_test_teardown(test_dlq_lists_shows_and_requeues, harness_teardown),
        cmocka_unit_test_teardown(test_replay_answers, harness_teardown),
    };
    return cmocka_run_group_tests_name("client", tests, NULL, NULL);
}

/* SPDX-License-Identifier: MIT
 *
 * test_poison — what reaches a worker without passing the daemon's checks is
 * still never lost nor retried forever: an undecodable entry is
 * dead-lettered by the worker (origin "worker"), and an entry delivered
 * max-deliveries times without a commit (a worker that dies on it every time)
 * is dead-lettered with code "deliveries" by the worker that claims it next. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"
#include "output.h"
#include "ww_keys.h"

static void
free_reply(redisReply *r)
{
    assert_non_null(r);
    assert_int_not_equal(r->type, REDIS_REPLY_ERROR);
    freeReplyObject(r);
}

static void
test_poison_entries_dead_lettered(void **state)
{
    (void)state;
    harness_t *h = harness_new("poison", "claim-idle 200ms\nmax-deliveries 3");
    assert_non_null(h);
    free_reply(harness_redis(h, "XGROUP CREATE %s %s 0 MKSTREAM", h->keys.in, WW_GROUP));
    /* An entry a dying worker keeps failing on: delivered 5 times to a
     * consumer that never commits. */
    redisReply *id = harness_redis(h, "XADD %s * m %b s 1 r 0", h->keys.in, "\x81\xa1v\x01", 4);
    assert_int_equal(id->type, REDIS_REPLY_STRING);
    free_reply(harness_redis(h, "XREADGROUP GROUP %s ghost COUNT 1 STREAMS %s >", WW_GROUP,
                             h->keys.in));
    free_reply(harness_redis(h, "XCLAIM %s %s ghost 0 %s RETRYCOUNT 5", h->keys.in, WW_GROUP,
                             id->str));
    freeReplyObject(id);
    /* Bytes that are not msgpack at all, in the stream directly. */
    free_reply(harness_redis(h, "XADD %s * m %b s 2 r 0", h->keys.in, "\xc1\xc1", 2));
    harness_sleep_ms(300); /* the ghost's entry is now idle past claim-idle */
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    assert_true(harness_wait_output(h, 2, 10000));
    json_t *lines = output_tail(h, 1, 2, "dead");
    assert_int_equal(json_array_size(lines), 2);
    bool deliveries = false, not_msgpack = false;
    size_t i;
    json_t *l;
    json_array_foreach(lines, i, l) {
        const char *code = json_string_value(json_object_get(l, "code"));
        assert_string_equal(json_string_value(json_object_get(l, "origin")), "worker");
        deliveries |= strcmp(code, "deliveries") == 0;
        not_msgpack |= strcmp(code, "not_msgpack") == 0;
    }
    assert_true(deliveries);
    assert_true(not_msgpack);
    json_decref(lines);
    redisReply *r = harness_redis(h, "XPENDING %s %s", h->keys.in, WW_GROUP);
    assert_int_equal(r->element[0]->integer, 0);
    freeReplyObject(r);
    r = harness_redis(h, "XLEN %s", h->keys.dlq);
    assert_int_equal(r->integer, 2);
    freeReplyObject(r);
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_poison_entries_dead_lettered),
    };
    return cmocka_run_group_tests_name("poison", tests, NULL, NULL);
}

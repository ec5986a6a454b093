/* SPDX-License-Identifier: MIT
 *
 * test_redis_outage — Redis taken away for 10 s in the middle of a feed
 * (SIGSTOP: it hangs rather than refuses, the worse case), then given back,
 * with nothing restarted: the acknowledged endpoint answers "retry later"
 * meanwhile, `wirewatch feed` says that it waits and why, the daemon and each
 * worker log one line when Redis goes and one when it is back, and every
 * acknowledged item comes out exactly once, seqs contiguous, nothing left
 * pending. A command
 * that Redis runs after the daemon gave up on it (the ack said "retry") is
 * what the scraper ids are for: the resent item is "already queued". Runs its
 * own redis-server (AOF on). */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include <cmocka.h>

#include "harness.h"
#include "output.h"
#include "ww_proto.h"

#define OUTAGE_PAIRS_MAX 6 /* down/up pairs a loaded machine may log in one outage */
#define ITEMS 3000
#define OUTAGE_MS 10000

static size_t
count_in_log(harness_t *h, const char *name, const char *needle)
{
    ww_buf_t b = WW_BUF_INIT;
    size_t n = 0;
    if (harness_read(h, name, &b) == 0 && b.ptr != NULL)
        for (const char *p = strstr(b.ptr, needle); p != NULL; p = strstr(p + 1, needle))
            n++;
    ww_buf_free(&b);
    return n;
}

/* Every id of the feed once in the output stream, seqs 1..N without a gap. */
static void
assert_exactly_once(harness_t *h)
{
    static unsigned char seen[ITEMS];
    memset(seen, 0, sizeof seen);
    redisReply *r = harness_redis(h, "XRANGE %s - +", h->keys.out);
    assert_non_null(r);
    assert_int_equal(r->elements, ITEMS);
    for (size_t i = 0; i < r->elements; i++) {
        unsigned long long seq = strtoull(r->element[i]->element[0]->str, NULL, 10);
        if (seq != i + 1)
            fail_msg("entry %zu has seq %llu", i, seq);
        redisReply *f = r->element[i]->element[1];
        for (size_t j = 0; j + 1 < f->elements; j += 2) {
            if (strcmp(f->element[j]->str, "m") != 0)
                continue;
            msgpack_unpacked u;
            ww_reject_t why;
            assert_int_equal(ww_proto_unpack((const uint8_t *)f->element[j + 1]->str,
                                             f->element[j + 1]->len, &u, &why), 0);
            const msgpack_object *id = ww_proto_get(&u.data, "id");
            assert_non_null(id);
            int k = -1;
            sscanf(id->via.str.ptr, "out-%d", &k);
            if (k < 0 || k >= ITEMS || seen[k]++)
                fail_msg("%.*s published twice or unknown", (int)id->via.str.size,
                         id->via.str.ptr);
            msgpack_unpacked_destroy(&u);
        }
    }
    freeReplyObject(r);
    r = harness_redis(h, "XLEN %s", h->keys.in);
    assert_int_equal(r->integer, 0);
    freeReplyObject(r);
    r = harness_redis(h, "XPENDING %s workers", h->keys.in);
    assert_int_equal(r->element[0]->integer, 0);
    freeReplyObject(r);
}

static void
test_redis_away_for_ten_seconds(void **state)
{
    (void)state;
    harness_t *h = harness_new("outage", "redis-timeout 500ms\nbatch-size 16");
    assert_non_null(h);
    pid_t redis = harness_own_redis(h, true);
    pid_t daemon = harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    const char *items = harness_write_items(h, "items.jsonl", "out", ITEMS);
    pid_t feeder = harness_start_out(h, "feed.out", "wirewatch", "feed", "--window", "10",
                                     items, NULL);
    /* Redis goes while the feed is still sending: as soon as the workers publish (on a fresh
       machine with nothing else running, the daemon had taken all 3000 items before the
       300th was published, and the test proved nothing) */
    assert_true(harness_wait_output(h, 20, 30000));
    kill(redis, SIGSTOP);
    harness_sleep_ms(OUTAGE_MS);
    /* the feed must still be running, or the test proves nothing */
    assert_int_equal(harness_wait(h, feeder, 0), -1);
    kill(redis, SIGCONT);
    assert_int_equal(harness_wait(h, feeder, 120000), 0);
    assert_true(harness_wait_output(h, ITEMS, 60000));
    harness_sleep_ms(1500); /* room for a wrong extra publication to show */
    assert_exactly_once(h);

    ww_buf_t out = WW_BUF_INIT;
    assert_int_equal(harness_read(h, "feed.out", &out), 0);
    if (strstr(out.ptr, "3000 accepted, 0 rejected, 0 not sent") == NULL)
        fail_msg("feed said: %s", out.ptr);
    ww_buf_free(&out);
    assert_true(harness_log_has(h, "wirewatch", "wirewatch feed: waiting: "));
    assert_true(harness_log_has(h, "wirewatch", "wirewatch feed: the daemon accepts items again"));
    /* one line down, one line up (a slow moment of a loaded machine may add
     * pairs, each a real loss of Redis): not one per item, batch or attempt,
     * which the per-attempt "redis: cannot connect" lines would show (they are
     * at info; a line down may itself say "unavailable (cannot connect: ...)"
     * when an attempt to connect was what found Redis gone) */
    size_t down = count_in_log(h, "wirewatchd-1.log", "redis: unavailable");
    assert_true(down >= 1 && down <= OUTAGE_PAIRS_MAX);
    assert_int_equal(count_in_log(h, "wirewatchd-1.log", "redis: available again after"), down);
    assert_int_equal(count_in_log(h, "wirewatchd-1.log", "redis: cannot connect"), 0);
    /* the workers too: one line when Redis goes, one when it is back, not
     * one per attempt (a slow moment after the outage may add a line down
     * whose line up is still to come) */
    for (int i = 2; i <= 3; i++) {
        char name[64];
        snprintf(name, sizeof name, "wirewatch-worker-%d.log", i);
        size_t wdown = count_in_log(h, name, "redis: unavailable");
        size_t wup = count_in_log(h, name, "redis: available again after");
        if (wdown < 1 || wdown > OUTAGE_PAIRS_MAX || wup < 1 || wup > wdown || wup + 1 < wdown)
            fail_msg("%s: %zu lines 'redis: unavailable', %zu 'available again'", name, wdown,
                     wup);
        assert_int_equal(count_in_log(h, name, "redis: cannot connect"), 0);
    }
    assert_int_equal(harness_stop(h, daemon, SIGTERM), 0);
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_redis_away_for_ten_seconds),
    };
    return cmocka_run_group_tests_name("redis_outage", tests, NULL, NULL);
}

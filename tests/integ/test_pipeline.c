/* SPDX-License-Identifier: MIT
 *
 * test_pipeline — the promises of the whole pipeline, through the real
 * programs, real ZeroMQ sockets and a real redis-server: sample_feed comes
 * out right, dead letters carry their reasons, parallel workers never process
 * an item twice, a worker killed with SIGKILL loses nothing, a daemon
 * restarted mid-feed loses nothing, a late subscriber replays what it missed. */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"
#include "output.h"
#include "ww_proto.h"

#define SAMPLE_FEED "sample_feed/feed.jsonl"
#define SAMPLE_EXPECT "tests/data/sample_feed.expect"

typedef struct {
    char id[128];
    char expect[16];
    char of[128];
} expect_t;

static size_t
load_expect(expect_t *e, size_t max)
{
    FILE *f = fopen(SAMPLE_EXPECT, "r");
    assert_non_null(f);
    char line[512];
    size_t n = 0;
    while (n < max && fgets(line, sizeof line, f) != NULL) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        long no;
        e[n].of[0] = '\0';
        if (sscanf(line, "%ld\t%127s\t%15s\t%127s", &no, e[n].id, e[n].expect, e[n].of) >= 3)
            n++;
    }
    fclose(f);
    return n;
}

/* The id of the first copy of LINE's text: itself when new. */
static const char *
root_of(json_t *line)
{
    if (strcmp(output_dup_status(line), "new") != 0)
        return output_dup_of(line);
    return json_string_value(json_object_get(line, "id"));
}

static long
count_topic(json_t *lines, const char *topic)
{
    long n = 0;
    size_t i;
    json_t *l;
    json_array_foreach(lines, i, l)
        n += strcmp(json_string_value(json_object_get(l, "topic")), topic) == 0;
    return n;
}

static void
assert_event(json_t *lines, const char *id, const char *type, const char *date)
{
    json_t *item = output_find(lines, "id", id);
    assert_non_null(item);
    json_t *ev = json_object_get(item, "event");
    if (type == NULL) {
        assert_true(json_is_null(ev));
        return;
    }
    const char *got_type = json_string_value(json_object_get(ev, "type"));
    const char *got_date = json_string_value(json_object_get(ev, "date"));
    if (got_type == NULL || strcmp(got_type, type) != 0 || strcmp(got_date, date) != 0)
        fail_msg("%s: event %s %s, want %s %s", id, got_type ? got_type : "null",
                 got_date ? got_date : "", type, date);
    assert_true(json_integer_value(json_object_get(ev, "reports")) >= 1);
}

static void
check_events(json_t *lines)
{
    assert_event(lines, "tass-20160221-1", "lavrov_kerry_call", "2016-02-21");
    assert_event(lines, "tass-ru-20160221-5", "lavrov_kerry_call", "2016-02-21");
    assert_event(lines, "ria-20160221-20", NULL, NULL);
    assert_event(lines, "reuters-20160212-1", "lavrov_kerry_meeting", "2016-02-11");
    assert_event(lines, "tass-20160225-4", NULL, NULL);
}

static void
check_sample_items(json_t *lines, const expect_t *e, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (strcmp(e[i].expect, "dead") == 0)
            continue;
        json_t *item = output_find(lines, "id", e[i].id);
        if (item == NULL)
            fail_msg("item %s was not published", e[i].id);
        assert_non_null(json_object_get(item, "seq"));
        if (strcmp(e[i].expect, "exact") == 0 || strcmp(e[i].expect, "near") == 0) {
            json_t *first = output_find(lines, "id", e[i].of);
            assert_non_null(first);
            /* "First" is the copy committed first: both name the same
             * earliest copy (one of them may be it). */
            if (strcmp(root_of(item), root_of(first)) != 0)
                fail_msg("%s should be an %s duplicate of %s (roots %s, %s)", e[i].id,
                         e[i].expect, e[i].of, root_of(item), root_of(first));
            if (strcmp(e[i].expect, "exact") == 0 &&
                strcmp(output_dup_status(strcmp(output_dup_status(item), "new") == 0 ? first
                                                                                     : item),
                       "exact") != 0)
                fail_msg("%s and %s differ only in page chrome: want exact", e[i].id, e[i].of);
        } else if (strcmp(e[i].expect, "new") == 0 &&
                   strcmp(output_dup_status(item), "new") != 0) {
            /* With workers in parallel a copy may be committed before its
             * original: then the original names that copy, and only a copy
             * of its own. */
            const char *of = output_dup_of(item);
            bool own_copy = false;
            for (size_t k = 0; k < n; k++)
                own_copy |= strcmp(e[k].id, of) == 0 && strcmp(e[k].of, e[i].id) == 0;
            if (!own_copy)
                fail_msg("%s came out %s of %s, which is not a copy of it", e[i].id,
                         output_dup_status(item), of);
        }
    }
}

static void
test_sample_feed(void **state)
{
    (void)state;
    harness_t *h = harness_new("sample", NULL);
    assert_non_null(h);
    harness_start(h, "wirewatchd", NULL, NULL);
    for (int i = 0; i < 3; i++)
        harness_start(h, "wirewatch-worker", NULL, NULL);
    ww_buf_t out = WW_BUF_INIT;
    int rc = harness_client(h, &out, "feed", SAMPLE_FEED, NULL);
    assert_int_equal(rc, 0);
    assert_non_null(strstr(out.ptr, "38 accepted, 5 rejected, 0 not sent"));
    assert_non_null(strstr(out.ptr, ":14: rejected: missing field: source"));
    ww_buf_free(&out);

    /* Items and dead letters (event updates have topics of their own). */
    json_t *lines = output_tail(h, 1, 38, "item.");
    json_t *dead = output_tail(h, 1, 5, "dead");
    json_array_extend(lines, dead);
    json_decref(dead);
    assert_int_equal(json_array_size(lines), 43);
    assert_int_equal(count_topic(lines, "dead"), 5);
    check_events(lines);
    expect_t e[64];
    size_t n = load_expect(e, 64);
    assert_int_equal(n, 43);
    check_sample_items(lines, e, n);
    long exact = 0;
    for (size_t i = 0; i < n; i++)
        exact += strcmp(e[i].expect, "exact") == 0;
    assert_int_equal(count_topic(lines, "item.dup.exact"), exact);
    json_decref(lines);

    redisReply *r = harness_redis(h, "XRANGE %s - +", h->keys.dlq);
    assert_int_equal(r->elements, 5);
    static const char *const codes[] = { "not_map", "missing", "bad_type", "bad_type", "empty" };
    for (size_t i = 0; i < r->elements; i++) {
        redisReply *f = r->element[i]->element[1];
        assert_string_equal(f->element[0]->str, "code");
        assert_string_equal(f->element[1]->str, codes[i]);
        assert_string_equal(f->element[2]->str, "reason");
        assert_true(f->element[3]->len > 5);
    }
    freeReplyObject(r);
    harness_destroy(&h);
}

/* Reads the output stream: one ingest seq and one worker per entry. */
static size_t
output_ingest_seqs(harness_t *h, long long *seqs, size_t max, char workers[][64], size_t *n_workers)
{
    redisReply *r = harness_redis(h, "XRANGE %s - +", h->keys.out);
    size_t n = 0;
    *n_workers = 0;
    for (size_t i = 0; i < r->elements && n < max; i++) {
        redisReply *f = r->element[i]->element[1];
        for (size_t j = 0; j + 1 < f->elements; j += 2) {
            if (strcmp(f->element[j]->str, "m") != 0)
                continue;
            msgpack_unpacked u;
            ww_reject_t why;
            assert_int_equal(ww_proto_unpack((const uint8_t *)f->element[j + 1]->str,
                                             f->element[j + 1]->len, &u, &why), 0);
            seqs[n++] = (long long)ww_proto_get(&u.data, "ingest_seq")->via.u64;
            const msgpack_object *w = ww_proto_get(&u.data, "worker");
            bool known = false;
            for (size_t k = 0; k < *n_workers; k++)
                known |= strncmp(workers[k], w->via.str.ptr, w->via.str.size) == 0;
            if (!known && *n_workers < 8) {
                snprintf(workers[*n_workers], 64, "%.*s", (int)w->via.str.size, w->via.str.ptr);
                (*n_workers)++;
            }
            msgpack_unpacked_destroy(&u);
        }
    }
    freeReplyObject(r);
    return n;
}

static int
cmp_ll(const void *a, const void *b)
{
    long long x = *(const long long *)a, y = *(const long long *)b;
    return x < y ? -1 : x > y;
}

/* Every ingest seq 1..N exactly once. */
static void
assert_each_once(long long *seqs, size_t n, size_t expected)
{
    assert_int_equal(n, expected);
    qsort(seqs, n, sizeof *seqs, cmp_ll);
    for (size_t i = 0; i < n; i++)
        if (seqs[i] != (long long)i + 1)
            fail_msg("ingest seq %zu: got %lld (processed twice or lost)", i + 1, seqs[i]);
}

static void
test_parallel_workers_never_twice(void **state)
{
    (void)state;
    harness_t *h = harness_new("parallel", "batch-size 8");
    assert_non_null(h);
    harness_start(h, "wirewatchd", NULL, NULL);
    for (int i = 0; i < 3; i++)
        harness_start(h, "wirewatch-worker", NULL, NULL);
    /* all three read before the feed starts: on a loaded machine one that is
     * still starting would leave the whole feed to the others */
    long long consumers = 0;
    for (int waited = 0; waited < 20000 && consumers < 3; waited += 50) {
        redisReply *r = harness_redis(h, "XINFO CONSUMERS %s %s", h->keys.in, WW_GROUP);
        consumers = r != NULL && r->type == REDIS_REPLY_ARRAY ? (long long)r->elements : 0;
        if (r != NULL)
            freeReplyObject(r);
        if (consumers < 3)
            harness_sleep_ms(50);
    }
    assert_int_equal(consumers, 3);
    const char *items = harness_write_items(h, "items.jsonl", "par", 600);
    assert_int_equal(harness_client(h, NULL, "feed", items, NULL), 0);
    assert_true(harness_wait_output(h, 600, 30000));
    harness_sleep_ms(300);
    static long long seqs[1000];
    char workers[8][64];
    size_t n_workers;
    size_t n = output_ingest_seqs(h, seqs, 1000, workers, &n_workers);
    assert_each_once(seqs, n, 600);
    assert_true(n_workers >= 2);
    harness_destroy(&h);
}

static void
assert_tail_contiguous(harness_t *h, long n)
{
    json_t *lines = output_tail(h, 1, n, NULL);
    assert_int_equal(json_array_size(lines), n);
    for (long i = 0; i < n; i++) {
        json_t *l = json_array_get(lines, (size_t)i);
        if (json_integer_value(json_object_get(l, "seq")) != i + 1)
            fail_msg("line %ld has seq %lld", i, json_integer_value(json_object_get(l, "seq")));
    }
    json_decref(lines);
}

static void
test_worker_killed_loses_nothing(void **state)
{
    (void)state;
    harness_t *h = harness_new("sigkill", "batch-size 16\nclaim-idle 1s");
    assert_non_null(h);
    harness_start(h, "wirewatchd", NULL, NULL);
    pid_t victim = harness_start(h, "wirewatch-worker", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    const char *items = harness_write_items(h, "items.jsonl", "kill", 2000);
    pid_t feeder = harness_start(h, "wirewatch", "feed", items, NULL);
    assert_true(harness_wait_output(h, 200, 30000));
    assert_int_equal(harness_stop(h, victim, SIGKILL), 128 + SIGKILL);
    assert_int_equal(harness_wait(h, feeder, 60000), 0);
    assert_true(harness_wait_output(h, 2000, 30000));
    harness_sleep_ms(1500); /* room for a wrong extra publication to show */
    static long long seqs[3000];
    char workers[8][64];
    size_t n_workers;
    size_t n = output_ingest_seqs(h, seqs, 3000, workers, &n_workers);
    assert_each_once(seqs, n, 2000);
    assert_tail_contiguous(h, 2000);
    redisReply *r = harness_redis(h, "XLEN %s", h->keys.in);
    assert_int_equal(r->integer, 0);
    freeReplyObject(r);
    harness_destroy(&h);
}

static void
test_daemon_restart_loses_nothing(void **state)
{
    (void)state;
    harness_t *h = harness_new("restart", NULL);
    assert_non_null(h);
    pid_t daemon = harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    const char *items = harness_write_items(h, "items.jsonl", "rst", 1500);
    pid_t feeder = harness_start(h, "wirewatch", "feed", "--window", "20", items, NULL);
    assert_true(harness_wait_output(h, 100, 30000));
    assert_int_equal(harness_stop(h, daemon, SIGKILL), 128 + SIGKILL);
    harness_sleep_ms(500);
    harness_start(h, "wirewatchd", NULL, NULL);
    assert_int_equal(harness_wait(h, feeder, 90000), 0);
    assert_true(harness_wait_output(h, 1500, 30000));
    /* Resent items are queued twice and come out as exact duplicates; what
     * matters is that every one of the 1500 ids came out as new once. */
    json_t *lines = output_tail(h, 1, 1500, "item.new");
    assert_int_equal(json_array_size(lines), 1500);
    char id[32];
    for (int i = 0; i < 1500; i++) {
        snprintf(id, sizeof id, "rst-%d", i);
        if (output_find(lines, "id", id) == NULL)
            fail_msg("%s lost", id);
    }
    json_decref(lines);
    harness_destroy(&h);
}

static void
test_late_subscriber_replays(void **state)
{
    (void)state;
    harness_t *h = harness_new("late", NULL);
    assert_non_null(h);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    const char *items = harness_write_items(h, "items.jsonl", "late", 60);
    assert_int_equal(harness_client(h, NULL, "feed", items, NULL), 0);
    assert_true(harness_wait_output(h, 60, 20000));
    /* Joins after everything was published: replays from seq 31. */
    json_t *lines = output_tail(h, 31, 30, NULL);
    assert_int_equal(json_array_size(lines), 30);
    for (size_t i = 0; i < 30; i++)
        assert_int_equal(json_integer_value(json_object_get(json_array_get(lines, i), "seq")),
                         (json_int_t)(31 + i));
    json_decref(lines);
    /* A live subscriber started before new items arrive gets them too. */
    pid_t tail = harness_start(h, "wirewatch", "tail", "--count", "20", "--timeout", "20", NULL);
    harness_sleep_ms(500);
    items = harness_write_items(h, "more.jsonl", "later", 20);
    assert_int_equal(harness_client(h, NULL, "feed", items, NULL), 0);
    assert_int_equal(harness_wait(h, tail, 30000), 0);
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sample_feed),
        cmocka_unit_test(test_parallel_workers_never_twice),
        cmocka_unit_test(test_worker_killed_loses_nothing),
        cmocka_unit_test(test_daemon_restart_loses_nothing),
        cmocka_unit_test(test_late_subscriber_replays),
    };
    return cmocka_run_group_tests_name("pipeline", tests, NULL, NULL);
}

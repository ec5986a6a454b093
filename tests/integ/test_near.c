/* SPDX-License-Identifier: MIT
 *
 * test_near — near duplicates through the real pipeline: a reprint with a
 * changed word is "near" of its original, and two near copies (a reprint, or
 * a brief cut from a long story) handed to two workers at the same moment
 * give exactly one "new", every time; a worker
 * that starts later loads the fingerprint log and finds copies of what was
 * committed before it; past dedup-retention, the log and every worker's
 * index forget; a page with another story's lead appended is a copy of its
 * own story, not of the other; a copy near two earlier copies of one story
 * that are not near each other names both. */
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

#define PAIRS 60
#define BODY_WORDS 120

static const char *const words[] = {
    "the", "ministers", "discussed", "ceasefire", "in", "Syria", "and", "humanitarian",
    "access", "to", "besieged", "towns", "said", "ministry", "statement", "on", "Sunday",
    "talks", "Geneva", "envoy", "convoys", "monitoring", "group", "sides", "agreed",
    "continue", "contacts", "Yemen", "Ukraine", "Minsk", "agreements", "progress",
    "violations", "reported", "officials", "Washington", "Moscow", "phone", "call",
    "initiative", "American", "side", "terrorist", "groups", "excluded", "truce",
};
#define N_WORDS (sizeof words / sizeof words[0])

/* Words FROM..TO-1 of the wire text drawn by SEED (its dateline when FROM is 0);
 * VARIANT changes one word. */
static void
make_span(char *out, size_t n, unsigned seed, int variant, int from, int to)
{
    unsigned long long s = seed * 2654435761ULL + 1;
    size_t len = (size_t)snprintf(out, n, "%s", from == 0 ? "MOSCOW, March 6. /TASS/." : "");
    for (int w = 0; w < to; w++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        const char *word = words[(s >> 33) % N_WORDS];
        if (variant && w == BODY_WORDS / 2)
            word = "corrected";
        if (w >= from)
            len += (size_t)snprintf(out + len, n - len, " %s", word);
    }
}

/* A wire text of N_WORDS_OUT words drawn by SEED; VARIANT changes one word. */
static void
make_text(char *out, size_t n, unsigned seed, int variant, int n_words_out)
{
    make_span(out, n, seed, variant, 0, n_words_out);
}

/* A wire text of BODY_WORDS words drawn by SEED; VARIANT changes one word. */
static void
make_body(char *out, size_t n, unsigned seed, int variant)
{
    make_text(out, n, seed, variant, BODY_WORDS);
}

static void
pack_item(ww_buf_t *b, const char *id, const char *body)
{
    ww_item_t it;
    memset(&it, 0, sizeof it);
    it.id = (ww_str_t){ id, strlen(id) };
    it.source = (ww_str_t){ "test", 4 };
    it.url = (ww_str_t){ "https://t/", 10 };
    it.title = (ww_str_t){ "", 0 };
    it.body = (ww_str_t){ body, strlen(body) };
    it.published = 1457276520000LL;
    ww_buf_reset(b);
    ww_proto_encode_item(b, &it);
}

/* One test's pipeline: the daemon, WORKERS workers (the first one's pid in WORKER), and a
 * PUSH socket on the ingest endpoint. */
typedef struct {
    harness_t *h;
    void *ctx, *push;
    pid_t worker;
} run_t;

static run_t
start_run(const char *name, const char *conf, int workers)
{
    run_t r = { .h = harness_new(name, conf) };
    assert_non_null(r.h);
    harness_start(r.h, "wirewatchd", NULL, NULL);
    for (int i = 0; i < workers; i++) {
        pid_t pid = harness_start(r.h, "wirewatch-worker", NULL, NULL);
        if (i == 0)
            r.worker = pid;
    }
    harness_sleep_ms(300);
    r.ctx = zmq_ctx_new();
    r.push = harness_connect(r.h, r.ctx, ZMQ_PUSH, "ingest");
    assert_non_null(r.push);
    return r;
}

static void
stop_run(run_t *r)
{
    zmq_close(r->push);
    zmq_ctx_term(r->ctx);
    harness_destroy(&r->h);
}

static void
test_concurrent_near_copies_one_new(void **state)
{
    (void)state;
    run_t r = start_run("nearrace", "batch-size 1", 2);
    harness_t *h = r.h;
    void *push = r.push;
    ww_buf_t b = WW_BUF_INIT;
    static char body[4096];
    char id[32];
    for (int p = 0; p < PAIRS; p++) {
        for (int v = 0; v < 2; v++) {
            make_body(body, sizeof body, (unsigned)p, v);
            snprintf(id, sizeof id, "p%d-%c", p, v ? 'b' : 'a');
            pack_item(&b, id, body);
            const void *f[1] = { b.ptr };
            size_t l[1] = { b.len };
            assert_int_equal(ww_zsock_send(push, f, l, 1, 0), 0);
        }
        /* let both workers take one copy each before the next pair */
        assert_true(harness_wait_output(h, 2LL * (p + 1), 10000));
    }
    json_t *lines = output_tail(h, 1, 2 * PAIRS, NULL);
    assert_int_equal(json_array_size(lines), 2 * PAIRS);
    for (int p = 0; p < PAIRS; p++) {
        char a[32], c[32];
        snprintf(a, sizeof a, "p%d-a", p);
        snprintf(c, sizeof c, "p%d-b", p);
        json_t *la = output_find(lines, "id", a), *lb = output_find(lines, "id", c);
        assert_non_null(la);
        assert_non_null(lb);
        const char *sa = output_dup_status(la), *sb = output_dup_status(lb);
        int news = (strcmp(sa, "new") == 0) + (strcmp(sb, "new") == 0);
        if (news != 1)
            fail_msg("pair %d: statuses %s and %s, want exactly one new", p, sa, sb);
        json_t *dup = strcmp(sa, "new") == 0 ? lb : la;
        assert_string_equal(output_dup_status(dup), "near");
        assert_string_equal(output_dup_of(dup), strcmp(sa, "new") == 0 ? a : c);
    }
    json_decref(lines);
    ww_buf_free(&b);
    stop_run(&r);
}

/* A brief cut from the lead of a long story (a third of it: a resemblance
 * near 0.3, which few LSH bands would catch) and the story, handed to two
 * workers at the same moment, give exactly one "new": the commit's conflict
 * check finds the marks the other worker's record shares. */
static void
test_concurrent_brief_and_story_one_new(void **state)
{
    (void)state;
    enum { STORIES = 40, STORY_WORDS = 3 * BODY_WORDS };
    run_t r = start_run("nearbrief", "batch-size 1", 2);
    harness_t *h = r.h;
    void *push = r.push;
    ww_buf_t b = WW_BUF_INIT;
    static char body[8192];
    char id[32];
    for (int p = 0; p < STORIES; p++) {
        for (int v = 0; v < 2; v++) {
            make_text(body, sizeof body, 500u + (unsigned)p, 0, v ? BODY_WORDS : STORY_WORDS);
            snprintf(id, sizeof id, "s%d-%s", p, v ? "brief" : "story");
            pack_item(&b, id, body);
            const void *f[1] = { b.ptr };
            size_t l[1] = { b.len };
            assert_int_equal(ww_zsock_send(push, f, l, 1, 0), 0);
        }
        assert_true(harness_wait_output(h, 2LL * (p + 1), 10000));
    }
    json_t *lines = output_tail(h, 1, 2 * STORIES, NULL);
    assert_int_equal(json_array_size(lines), 2 * STORIES);
    for (int p = 0; p < STORIES; p++) {
        char a[32], c[32];
        snprintf(a, sizeof a, "s%d-story", p);
        snprintf(c, sizeof c, "s%d-brief", p);
        json_t *la = output_find(lines, "id", a), *lb = output_find(lines, "id", c);
        assert_non_null(la);
        assert_non_null(lb);
        const char *sa = output_dup_status(la), *sb = output_dup_status(lb);
        if ((strcmp(sa, "new") == 0) + (strcmp(sb, "new") == 0) != 1)
            fail_msg("story %d: statuses %s and %s, want exactly one new", p, sa, sb);
        json_t *dup = strcmp(sa, "new") == 0 ? lb : la;
        assert_string_equal(output_dup_status(dup), "near");
        assert_string_equal(output_dup_of(dup), strcmp(sa, "new") == 0 ? a : c);
    }
    json_decref(lines);
    ww_buf_free(&b);
    stop_run(&r);
}

/* A burst of copies of one story (a wire item reprinted everywhere at once)
 * lands in the same batches of two workers: one new, every other copy near
 * with the same earliest copy. */
static void
test_burst_of_copies_one_root(void **state)
{
    (void)state;
    run_t r = start_run("nearburst", NULL, 2);
    harness_t *h = r.h;
    void *push = r.push;
    ww_buf_t b = WW_BUF_INIT;
    static char body[4096];
    char id[32];
    enum { COPIES = 200 };
    for (int c = 0; c < COPIES; c++) {
        make_body(body, sizeof body, 4242, 0);
        /* each copy changes one word of its own */
        size_t len = strlen(body);
        snprintf(body + len, sizeof body - len, " copy%d", c);
        snprintf(id, sizeof id, "burst-%d", c);
        pack_item(&b, id, body);
        const void *f[1] = { b.ptr };
        size_t l[1] = { b.len };
        assert_int_equal(ww_zsock_send(push, f, l, 1, 0), 0);
    }
    assert_true(harness_wait_output(h, COPIES, 30000));
    json_t *lines = output_tail(h, 1, COPIES, "item.");
    assert_int_equal(json_array_size(lines), COPIES);
    size_t i;
    json_t *l;
    int news = 0;
    const char *root = NULL;
    json_array_foreach(lines, i, l) {
        if (strcmp(output_dup_status(l), "new") == 0) {
            news++;
            root = json_string_value(json_object_get(l, "id"));
        }
    }
    assert_int_equal(news, 1);
    json_array_foreach(lines, i, l) {
        if (strcmp(output_dup_status(l), "new") == 0)
            continue;
        assert_string_equal(output_dup_status(l), "near");
        assert_string_equal(output_dup_of(l), root);
    }
    json_decref(lines);
    ww_buf_free(&b);
    stop_run(&r);
}

/* Sends the item ID with BODY to the ingest socket PUSH. */
static void
send_item(void *push, ww_buf_t *b, const char *id, const char *body)
{
    pack_item(b, id, body);
    const void *f[1] = { b->ptr };
    size_t l[1] = { b->len };
    assert_int_equal(ww_zsock_send(push, f, l, 1, 0), 0);
}

/* Worker A commits ORIGINALS (more than one log segment) and stops; worker B,
 * started afterwards, must find every original in the log it loads. */
/* Sends BODY as item ID and waits until OUT items are out. */
static void
send_one(harness_t *h, void *push, const char *id, const char *body, long long out)
{
    ww_buf_t b = WW_BUF_INIT;
    pack_item(&b, id, body);
    const void *f[1] = { b.ptr };
    size_t l[1] = { b.len };
    assert_int_equal(ww_zsock_send(push, f, l, 1, 0), 0);
    ww_buf_free(&b);
    assert_true(harness_wait_output(h, out, 10000));
}

/* A page that appends the lead of another story (a "read more" teaser) to its own holds
   both whole: both are contained in it. The verdict names its own story, which it resembles
   most, not the other, even when the other came first. */
static void
test_teaser_page_is_its_own_story(void **state)
{
    (void)state;
    run_t r = start_run("nearteaser", NULL, 1);
    harness_t *h = r.h;
    void *push = r.push;
    static char other[4096], story[4096], page[8300];
    make_text(other, sizeof other, 7, 0, 70);
    make_body(story, sizeof story, 8, 0);
    snprintf(page, sizeof page, "%s\nRead more: %s", story, other);
    send_one(h, push, "other", other, 1);
    send_one(h, push, "story", story, 2);
    send_one(h, push, "page", page, 3);
    json_t *lines = output_tail(h, 1, 3, NULL);
    assert_int_equal(json_array_size(lines), 3);
    assert_string_equal(output_dup_status(output_find(lines, "id", "story")), "new");
    json_t *p = output_find(lines, "id", "page");
    assert_string_equal(output_dup_status(p), "near");
    assert_string_equal(output_dup_of(p), "story");
    /* the two stories share nothing: the page does not make them one */
    assert_null(json_object_get(json_object_get(p, "dup"), "also"));
    json_decref(lines);
    stop_run(&r);
}

/* Three copies of one story: a brief cut from its lead, a rewrite that keeps its
   second part, and the whole story, which comes last. The brief and the rewrite share
   a passage but are not near each other, so both are published new; the whole story is
   near both: its verdict names one as `of` and the other in `also`, which joins them. */
static const char *const two_roots_ids[] = { "brief", "rewrite", "whole" };

static void
make_two_roots(char texts[3][8192])
{
    make_span(texts[0], 8192, 31, 0, 0, 140);
    make_span(texts[1], 8192, 31, 0, 80, 320);
    make_span(texts[2], 8192, 31, 0, 0, 320);
}

static void
assert_two_roots_named(harness_t *h)
{
    json_t *lines = output_tail(h, 1, 3, NULL);
    assert_int_equal(json_array_size(lines), 3);
    assert_string_equal(output_dup_status(output_find(lines, "id", "brief")), "new");
    assert_string_equal(output_dup_status(output_find(lines, "id", "rewrite")), "new");
    json_t *w = output_find(lines, "id", "whole");
    assert_string_equal(output_dup_status(w), "near");
    const char *of = output_dup_of(w);
    const char *other = strcmp(of, "brief") == 0 ? "rewrite" : "brief";
    json_t *also = json_object_get(json_object_get(w, "dup"), "also");
    assert_int_equal(json_array_size(also), 1);
    json_t *a = json_array_get(also, 0);
    assert_string_equal(json_string_value(json_object_get(a, "of")), other);
    assert_int_equal(json_integer_value(json_object_get(a, "of_seq")),
                     json_integer_value(json_object_get(output_find(lines, "id", other), "seq")));
    json_decref(lines);
}

/* One at a time: the whole story meets both roots in the fingerprint log. */
static void
test_copy_of_two_roots_names_both(void **state)
{
    (void)state;
    run_t r = start_run("neartwo", NULL, 1);
    static char texts[3][8192];
    make_two_roots(texts);
    for (int i = 0; i < 3; i++)
        send_one(r.h, r.push, two_roots_ids[i], texts[i], i + 1);
    assert_two_roots_named(r.h);
    stop_run(&r);
}

/* All three in one batch: the worker starts once they are queued, so the whole
 * story meets both roots among the batch's earlier entries. */
static void
test_copy_of_two_roots_in_one_batch(void **state)
{
    (void)state;
    run_t r = start_run("neartwobatch", NULL, 0);
    static char texts[3][8192];
    make_two_roots(texts);
    ww_buf_t b = WW_BUF_INIT;
    for (int i = 0; i < 3; i++)
        send_item(r.push, &b, two_roots_ids[i], texts[i]);
    ww_buf_free(&b);
    long long queued = 0;
    for (int tries = 0; queued < 3 && tries < 200; tries++) {
        harness_sleep_ms(25);
        redisReply *n = harness_redis(r.h, "XLEN %s", r.h->keys.in);
        queued = n->integer;
        freeReplyObject(n);
    }
    assert_int_equal(queued, 3);
    harness_start(r.h, "wirewatch-worker", NULL, NULL);
    assert_true(harness_wait_output(r.h, 3, 10000));
    assert_two_roots_named(r.h);
    stop_run(&r);
}

static void
test_new_worker_loads_the_log(void **state)
{
    (void)state;
    enum { ORIGINALS = 500 };
    run_t r = start_run("nearload", NULL, 1);
    harness_t *h = r.h;
    void *push = r.push;
    pid_t a = r.worker;
    ww_buf_t b = WW_BUF_INIT;
    static char body[4096];
    char id[32];
    for (int p = 0; p < ORIGINALS; p++) {
        make_body(body, sizeof body, 1000u + (unsigned)p, 0);
        snprintf(id, sizeof id, "o%d", p);
        send_item(push, &b, id, body);
    }
    assert_true(harness_wait_output(h, ORIGINALS, 30000));
    assert_int_equal(harness_stop(h, a, SIGTERM), 0);
    /* the log spans more than one segment */
    redisReply *seg = harness_redis(h, "EXISTS %s1", h->keys.log);
    assert_int_equal(seg->integer, 1);
    freeReplyObject(seg);

    harness_start(h, "wirewatch-worker", NULL, NULL);
    for (int p = 0; p < ORIGINALS; p++) {
        make_body(body, sizeof body, 1000u + (unsigned)p, 1);
        snprintf(id, sizeof id, "c%d", p);
        send_item(push, &b, id, body);
    }
    assert_true(harness_wait_output(h, 2 * ORIGINALS, 30000));
    json_t *lines = output_tail(h, ORIGINALS + 1, ORIGINALS, "item.");
    assert_int_equal(json_array_size(lines), ORIGINALS);
    size_t i;
    json_t *l;
    json_array_foreach(lines, i, l) {
        const char *cid = json_string_value(json_object_get(l, "id"));
        char want[32];
        snprintf(want, sizeof want, "o%s", cid + 1);
        if (strcmp(output_dup_status(l), "near") != 0 || strcmp(output_dup_of(l), want) != 0)
            fail_msg("%s: %s of %s, want near of %s", cid, output_dup_status(l),
                     output_dup_of(l) ? output_dup_of(l) : "-", want);
    }
    json_decref(lines);
    ww_buf_free(&b);
    stop_run(&r);
}

/* With a retention of 2 s, a copy sent 4 s after its original is new: the
 * worker's index dropped the record and the log segment expired in Redis. */
static void
test_retention_forgets(void **state)
{
    (void)state;
    run_t r = start_run("nearttl", "dedup-retention 2s", 1);
    harness_t *h = r.h;
    void *push = r.push;
    ww_buf_t b = WW_BUF_INIT;
    static char body[4096];
    make_body(body, sizeof body, 77, 0);
    send_item(push, &b, "first", body);
    make_body(body, sizeof body, 77, 1);
    send_item(push, &b, "soon", body);
    assert_true(harness_wait_output(h, 2, 10000));
    harness_sleep_ms(4000);
    redisReply *seg = harness_redis(h, "EXISTS %s0", h->keys.log);
    assert_int_equal(seg->integer, 0);
    freeReplyObject(seg);
    send_item(push, &b, "late", body);
    assert_true(harness_wait_output(h, 3, 10000));
    json_t *lines = output_tail(h, 1, 3, "item.");
    assert_int_equal(json_array_size(lines), 3);
    assert_string_equal(output_dup_status(output_find(lines, "id", "soon")), "near");
    assert_string_equal(output_dup_status(output_find(lines, "id", "late")), "new");
    json_decref(lines);
    ww_buf_free(&b);
    stop_run(&r);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_concurrent_near_copies_one_new),
        cmocka_unit_test(test_concurrent_brief_and_story_one_new),
        cmocka_unit_test(test_burst_of_copies_one_root),
        cmocka_unit_test(test_teaser_page_is_its_own_story),
        cmocka_unit_test(test_copy_of_two_roots_names_both),
        cmocka_unit_test(test_copy_of_two_roots_in_one_batch),
        cmocka_unit_test(test_new_worker_loads_the_log),
        cmocka_unit_test(test_retention_forgets),
    };
    return cmocka_run_group_tests_name("near", tests, NULL, NULL);
}

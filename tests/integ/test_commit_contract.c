/* SPDX-License-Identifier: MIT
 *
 * test_commit_contract — commit.lua, as the worker embeds it (with the
 * prologue generated from workers/commit_contract.h), run against the real
 * redis-server: a call with the counts of the contract commits its entry; a
 * call with one key or one argument too few or too many, or with a record
 * body of the wrong size, is refused with an "ERR commit contract" reply and
 * leaves everything as it was (the entry still pending, no seq taken). A
 * call whose watermark the log has left too far behind, or that is past the
 * log's end, or that lies in a segment gone from Redis, is answered "stale"
 * with nothing done. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "commit_contract.h"
#include "harness.h"
#include "ww_keys.h"

extern const char ww_lua_commit[];

#define MAX_ARGS (3 + WW_LUA_FIXED_KEYS + WW_LUA_KEYS_PER + WW_LUA_FIXED_ARGS + WW_LUA_ARGS_PER + 2)
#define KEY_LEN 200

typedef struct {
    const char *watermark;
    int key_delta;     /* keys added (> 0) or dropped (< 0) from the contract's count */
    int arg_delta;     /* the same for the arguments */
    size_t body_len;   /* the entry's record body: BODY_SHORT, or a wrong size */
} call_t;

static void
ok_reply(redisReply *r)
{
    assert_non_null(r);
    if (r->type == REDIS_REPLY_ERROR)
        fail_msg("unexpected error reply: %s", r->str);
    freeReplyObject(r);
}

/* Runs commit.lua for one item entry ENTRY_ID, shaped by C. Returns the reply. */
static redisReply *
run(harness_t *h, const char *entry_id, const call_t *c)
{
    static char keys[WW_LUA_FIXED_KEYS + WW_LUA_KEYS_PER + 2][KEY_LEN];
    static char body[WW_LUA_BODY_SHORT + WW_LUA_EVENT + WW_LUA_FP_FIXED +
                     WW_LUA_MARKS * WW_LUA_MARK_BYTES + 2];
    const char *argv[MAX_ARGS];
    size_t lens[MAX_ARGS], argc = 0;
    int nk = 0;
    snprintf(keys[nk++], KEY_LEN, "%s", h->keys.in);
    snprintf(keys[nk++], KEY_LEN, "%s", h->keys.seq);
    snprintf(keys[nk++], KEY_LEN, "%s", h->keys.out);
    snprintf(keys[nk++], KEY_LEN, "%s", h->keys.dlq);
    snprintf(keys[nk++], KEY_LEN, "%s", h->keys.log_end);
    assert_int_equal(nk, WW_LUA_FIXED_KEYS);
    while (nk < WW_LUA_FIXED_KEYS + WW_LUA_KEYS_PER + c->key_delta)
        snprintf(keys[nk++], KEY_LEN, "%snone", h->keys.events);
    argv[argc++] = "EVAL";
    argv[argc++] = ww_lua_commit;
    static char nkeys[16];
    snprintf(nkeys, sizeof nkeys, "%d", nk);
    argv[argc++] = nkeys;
    for (int i = 0; i < nk; i++)
        argv[argc++] = keys[i];
    const char *fixed[WW_LUA_FIXED_ARGS] = { WW_GROUP, "1000", "1000", "60000",
                                             c->watermark ? c->watermark : "0", h->keys.log,
                                             "60000" };
    for (int i = 0; i < WW_LUA_FIXED_ARGS; i++)
        argv[argc++] = fixed[i];
    /* a body without a fingerprint, event or copy part: flags 8 (a bit
     * the layout does not use), day, hash (no NUL inside, for strlen) */
    memset(body, 'v', sizeof body);
    body[0] = 8;
    body[c->body_len] = '\0';
    const char *entry[WW_LUA_ARGS_PER] = { entry_id, "item", "it-1", "\x81\xa1v\x01", "", "",
                                           body, "", "" };
    for (int i = 0; i < WW_LUA_ARGS_PER + c->arg_delta; i++)
        argv[argc++] = i < WW_LUA_ARGS_PER ? entry[i] : "extra";
    for (size_t i = 0; i < argc; i++)
        lens[i] = strlen(argv[i]);
    return redisCommandArgv(h->redis, (int)argc, argv, lens);
}

/* Asserts that REPLY is a contract error and that nothing was committed. */
static void
refused(harness_t *h, redisReply *reply)
{
    assert_non_null(reply);
    assert_int_equal(reply->type, REDIS_REPLY_ERROR);
    if (strncmp(reply->str, "ERR commit contract", 19) != 0)
        fail_msg("not a contract error: %s", reply->str);
    freeReplyObject(reply);
    redisReply *seq = harness_redis(h, "EXISTS %s", h->keys.seq);
    assert_int_equal(seq->integer, 0);
    freeReplyObject(seq);
    redisReply *p = harness_redis(h, "XPENDING %s %s", h->keys.in, WW_GROUP);
    assert_int_equal(p->type, REDIS_REPLY_ARRAY);
    assert_int_equal(p->element[0]->integer, 1);
    freeReplyObject(p);
}

static void
test_contract_checked(void **state)
{
    (void)state;
    harness_t *h = harness_new("contract", NULL);
    assert_non_null(h);
    ok_reply(harness_redis(h, "XGROUP CREATE %s %s 0 MKSTREAM", h->keys.in, WW_GROUP));
    redisReply *id = harness_redis(h, "XADD %s * m x s 1 r 0", h->keys.in);
    assert_int_equal(id->type, REDIS_REPLY_STRING);
    ok_reply(harness_redis(h, "XREADGROUP GROUP %s t COUNT 1 STREAMS %s >", WW_GROUP,
                           h->keys.in));

    const size_t ok = WW_LUA_BODY_SHORT;
    const call_t bad[] = {
        { NULL, -1, 0, ok }, { NULL, 1, 0, ok }, { NULL, 0, -1, ok }, { NULL, 0, 1, ok },
        { NULL, 0, 0, ok - 1 }, { NULL, 0, 0, ok + 1 }, { NULL, 0, 0, 0 },
        { NULL, 0, 0, WW_LUA_BODY_SHORT + WW_LUA_FP_FIXED },
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        refused(h, run(h, id->str, &bad[i]));

    redisReply *good = run(h, id->str, &(call_t){ NULL, 0, 0, ok });
    assert_non_null(good);
    if (good->type == REDIS_REPLY_ERROR)
        fail_msg("the contract's own counts refused: %s", good->str);
    assert_int_equal(good->type, REDIS_REPLY_ARRAY);
    assert_int_equal(good->elements, 3);
    assert_string_equal(good->element[0]->str, "ok");
    /* the log: one record, the head, this body and the item id as its root */
    assert_int_equal(good->element[1]->len, WW_LUA_HEAD + ok + 4);
    assert_int_equal(good->element[2]->integer, 1); /* its publication seq */
    freeReplyObject(good);
    redisReply *out = harness_redis(h, "XLEN %s", h->keys.out);
    assert_int_equal(out->integer, 1);
    freeReplyObject(out);
    freeReplyObject(id);
    harness_destroy(&h);
}

/* Asserts that REPLY is { "stale", END } and that nothing was committed. */
static void
stale(harness_t *h, redisReply *reply, long long end)
{
    assert_non_null(reply);
    if (reply->type == REDIS_REPLY_ERROR)
        fail_msg("error reply: %s", reply->str);
    assert_int_equal(reply->type, REDIS_REPLY_ARRAY);
    assert_int_equal(reply->elements, 2);
    assert_string_equal(reply->element[0]->str, "stale");
    assert_int_equal(reply->element[1]->integer, end);
    freeReplyObject(reply);
    redisReply *seq = harness_redis(h, "EXISTS %s", h->keys.seq);
    assert_int_equal(seq->integer, 0);
    freeReplyObject(seq);
}

static void
test_stale_watermarks(void **state)
{
    (void)state;
    harness_t *h = harness_new("stale", NULL);
    assert_non_null(h);
    ok_reply(harness_redis(h, "XGROUP CREATE %s %s 0 MKSTREAM", h->keys.in, WW_GROUP));
    redisReply *id = harness_redis(h, "XADD %s * m x s 1 r 0", h->keys.in);
    ok_reply(harness_redis(h, "XREADGROUP GROUP %s t COUNT 1 STREAMS %s >", WW_GROUP,
                           h->keys.in));
    const size_t ok = WW_LUA_BODY_SHORT;
    char mark[32];
    /* the log ends past what one call may read */
    ok_reply(harness_redis(h, "SET %s %d", h->keys.log_end, WW_LUA_TAIL_MAX + 1));
    stale(h, run(h, id->str, &(call_t){ "0", 0, 0, ok }), WW_LUA_TAIL_MAX + 1);
    /* a watermark past the log's end (the log was lost) */
    snprintf(mark, sizeof mark, "%d", WW_LUA_TAIL_MAX + 2);
    stale(h, run(h, id->str, &(call_t){ mark, 0, 0, ok }), WW_LUA_TAIL_MAX + 1);
    /* the tail lies in a segment that is gone (expired) */
    snprintf(mark, sizeof mark, "%d", WW_LUA_TAIL_MAX - 100);
    stale(h, run(h, id->str, &(call_t){ mark, 0, 0, ok }), WW_LUA_TAIL_MAX + 1);
    /* up to date: committed, and the record goes at the log's end */
    snprintf(mark, sizeof mark, "%d", WW_LUA_TAIL_MAX + 1);
    redisReply *good = run(h, id->str, &(call_t){ mark, 0, 0, ok });
    assert_int_equal(good->type, REDIS_REPLY_ARRAY);
    assert_string_equal(good->element[0]->str, "ok");
    assert_int_equal(good->element[2]->integer, 1);
    freeReplyObject(good);
    redisReply *end = harness_redis(h, "GET %s", h->keys.log_end);
    assert_int_equal(atoll(end->str), WW_LUA_TAIL_MAX + 1 + WW_LUA_HEAD + ok + 4);
    freeReplyObject(end);
    freeReplyObject(id);
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contract_checked),
        cmocka_unit_test(test_stale_watermarks),
    };
    return cmocka_run_group_tests_name("commit_contract", tests, NULL, NULL);
}

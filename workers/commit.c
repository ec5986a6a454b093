/* SPDX-License-Identifier: MIT
 *
 * commit — see commit.h. Speaks: EVALSHA commit.lua with the KEYS and ARGV
 * of workers/commit_contract.h (all keys under the {w} tag), each documented
 * at the top of workers/commit.lua. */
#include "commit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commit_contract.h"
#include "dedup/bands.h"
#include "ww_alloc.h"
#include "ww_log.h"

/* The byte layout the script takes is bands.h's. */
_Static_assert(WW_LUA_BANDS == FP_BANDS, "commit_contract.h: band count");
_Static_assert(WW_LUA_KEYS_PER == 1 + FP_BANDS + 3, "commit_contract.h: keys per entry");
_Static_assert(WW_LUA_VALUES == FP_BANDS * 4, "commit_contract.h: band values");
_Static_assert(WW_LUA_SKETCH == BANDS_SKETCH_VALUE, "commit_contract.h: sketch size");
_Static_assert(WW_LUA_REC == BANDS_RECORD, "commit_contract.h: bucket record size");
_Static_assert(WW_LUA_RREC == 6 + FP_BANDS * 4, "commit_contract.h: recent-log record size");

#define FIXED_KEYS WW_LUA_FIXED_KEYS
#define KEYS_PER_ENTRY WW_LUA_KEYS_PER
#define FIXED_ARGS WW_LUA_FIXED_ARGS
#define ARGS_PER_ENTRY WW_LUA_ARGS_PER
#define KEY_LEN 160

typedef struct {
    const char **argv;
    size_t *lens;
    size_t n, cap;          /* pushed so far (counting any beyond cap), room */
    char (*keys)[KEY_LEN];  /* KEYS_PER_ENTRY per entry */
    ww_buf_t extra;         /* per-entry strings: lows, sketch, verdict */
    size_t *extra_off;      /* 3 offsets per entry into extra */
} args_t;

static void
push(args_t *a, const char *p, size_t len)
{
    if (a->n < a->cap) {
        a->argv[a->n] = p;
        a->lens[a->n] = len;
    }
    a->n++;
}

static void
push_str(args_t *a, const char *s)
{
    push(a, s, strlen(s));
}

/* The keys of entry R: its exact key, its buckets and its event instance's
 * hash and sets, or placeholders. */
static void
entry_keys(worker_t *w, const result_t *r, char (*keys)[KEY_LEN])
{
    snprintf(keys[0], KEY_LEN, "%s%s", w->keys.exact, r->dead ? "none" : r->hash);
    for (int b = 0; b < FP_BANDS; b++) {
        if (!r->dead && r->has_fp)
            bands_bucket_key(&w->keys, b, r->fp.bands[b], keys[1 + b], KEY_LEN);
        else
            snprintf(keys[1 + b], KEY_LEN, "%snone", w->keys.bands);
    }
    const char *id = !r->dead && r->event_id[0] ? r->event_id : "none";
    snprintf(keys[1 + FP_BANDS], KEY_LEN, "%s%s", w->keys.events, id);
    snprintf(keys[2 + FP_BANDS], KEY_LEN, "%s%s:outlets", w->keys.events, id);
    snprintf(keys[3 + FP_BANDS], KEY_LEN, "%s%s:langs", w->keys.events, id);
}

/* Appends entry R's lows, sketch and verdict to A->extra; records offsets. */
static void
entry_extra(args_t *a, const result_t *r, size_t i)
{
    size_t *off = &a->extra_off[4 * i];
    off[0] = a->extra.len;
    if (!r->dead && r->has_fp) {
        uint8_t values[FP_BANDS * 4];
        bands_values(&r->fp, values);
        ww_buf_append(&a->extra, values, sizeof values);
    }
    off[1] = a->extra.len;
    if (!r->dead && r->has_fp)
        bands_encode_sketch(&a->extra, &r->fp, r->day, r->hash64);
    off[2] = a->extra.len;
    if (!r->dead && r->near && r->near_index > 0)
        ww_buf_printf(&a->extra, "%s@%zu\t%.3f", r->exact ? "=" : "", r->near_index,
                      r->similarity);
    else if (!r->dead && r->near)
        ww_buf_printf(&a->extra, "%s%llu\t%s\t%.3f", r->exact ? "=" : "",
                      (unsigned long long)r->root_seq, r->root_id, r->similarity);
    off[3] = a->extra.len;
}

static void
push_entry(args_t *a, const result_t *r, size_t i)
{
    const char *raw = r->dead && r->entry->raw.ptr ? r->entry->raw.ptr : "";
    size_t raw_len = r->dead ? r->entry->raw.len : 0;
    if (raw_len > WW_DEAD_RAW_MAX)
        raw_len = WW_DEAD_RAW_MAX;
    push_str(a, r->entry->id);
    push_str(a, r->dead ? "dead" : "item");
    push_str(a, r->ident);
    push(a, r->msg.ptr, r->msg.len);
    push(a, raw, raw_len);
    push_str(a, r->dead ? r->reason : "");
    const size_t *off = &a->extra_off[4 * i];
    for (int k = 0; k < 3; k++)
        push(a, a->extra.ptr + off[k], off[k + 1] - off[k]);
    push_str(a, r->dead ? "" : r->event_info);
}

int
commit_batch(worker_t *w, result_t *results, size_t n, uint64_t watermark)
{
    if (n == 0)
        return 0;
    args_t a = { 0 };
    size_t nkeys = FIXED_KEYS + n * KEYS_PER_ENTRY;
    size_t argc = nkeys + FIXED_ARGS + n * ARGS_PER_ENTRY;
    a.cap = argc;
    a.argv = ww_xcalloc(argc, sizeof *a.argv);
    a.lens = ww_xcalloc(argc, sizeof *a.lens);
    a.keys = ww_xcalloc(n * KEYS_PER_ENTRY, sizeof *a.keys);
    a.extra_off = ww_xcalloc(4 * n, sizeof *a.extra_off);
    ww_buf_reserve(&a.extra, n * (FP_BANDS * 4 + BANDS_SKETCH_VALUE + 64));
    for (size_t i = 0; i < n; i++) {
        entry_keys(w, &results[i], &a.keys[i * KEYS_PER_ENTRY]);
        entry_extra(&a, &results[i], i);
    }
    char outmax[32], dlqmax[32], ttl[32], mark[32], maxage[16], ettl[32];
    snprintf(outmax, sizeof outmax, "%lld", w->conf.output_maxlen);
    snprintf(dlqmax, sizeof dlqmax, "%lld", w->conf.deadletter_maxlen);
    snprintf(ttl, sizeof ttl, "%lld", w->conf.dedup_retention);
    snprintf(mark, sizeof mark, "%llu", (unsigned long long)watermark);
    snprintf(maxage, sizeof maxage, "%u", bands_max_age_days(w->conf.dedup_retention));
    snprintf(ettl, sizeof ettl, "%lld", w->conf.event_retention);
    const char *fixed_keys[] = { w->keys.in, w->keys.seq, w->keys.out, w->keys.dlq,
                                 w->keys.recent };
    _Static_assert(sizeof fixed_keys / sizeof *fixed_keys == FIXED_KEYS, "fixed keys");
    for (size_t i = 0; i < FIXED_KEYS; i++)
        push_str(&a, fixed_keys[i]);
    for (size_t i = 0; i < n * KEYS_PER_ENTRY; i++)
        push_str(&a, a.keys[i]);
    const char *fixed_args[] = { WW_GROUP, outmax, dlqmax, ttl, mark, maxage,
                                 w->keys.sketches, ettl };
    _Static_assert(sizeof fixed_args / sizeof *fixed_args == FIXED_ARGS, "fixed args");
    for (size_t i = 0; i < FIXED_ARGS; i++)
        push_str(&a, fixed_args[i]);
    for (size_t i = 0; i < n; i++)
        push_entry(&a, &results[i], i);

    redisReply *rep = NULL;
    if (a.n == argc)
        rep = ww_redis_eval(w->redis, &w->scripts[SCRIPT_COMMIT], (int)nkeys, (int)a.n, a.argv,
                            a.lens);
    else
        ww_log(WW_LOG_ERROR, "commit", "%zu arguments made for %zu: commit_contract.h broken",
               a.n, argc);
    int rc = -1;
    if (rep != NULL && rep->type == REDIS_REPLY_ARRAY && rep->elements == n) {
        for (size_t i = 0; i < n; i++) {
            long long v = rep->element[i]->integer;
            results[i].conflict = v < 0;
            results[i].seq = v > 0 ? (uint64_t)v : 0;
        }
        rc = 0;
    } else if (rep != NULL) {
        ww_log(WW_LOG_ERROR, "commit", "commit script failed: %s",
               rep->type == REDIS_REPLY_ERROR ? rep->str : "unexpected reply");
    }
    if (rep != NULL)
        freeReplyObject(rep);
    free(a.argv);
    free(a.lens);
    free(a.keys);
    free(a.extra_off);
    ww_buf_free(&a.extra);
    return rc;
}

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
#include "dedup/fpindex.h"
#include "events/dates.h"
#include "near.h"
#include "ww_alloc.h"
#include "ww_log.h"

/* The byte layout the script takes is bands.h's. */
_Static_assert(WW_LUA_SEGMENT == BANDS_SEGMENT, "commit_contract.h: segment size");
_Static_assert(WW_LUA_HEAD == BANDS_HEAD, "commit_contract.h: record head");
_Static_assert(WW_LUA_BODY_SHORT == BANDS_BODY_SHORT, "commit_contract.h: short body");
_Static_assert(WW_LUA_EVENT == BANDS_EVENT, "commit_contract.h: event part");
_Static_assert(WW_LUA_FP_FIXED == BANDS_FP_FIXED, "commit_contract.h: fingerprint part");
_Static_assert(WW_LUA_MARK_BYTES == FP_MARK_BYTES, "commit_contract.h: mark width");
_Static_assert(WW_LUA_MARKS == FP_MARKS, "commit_contract.h: marks per text");
_Static_assert(WW_LUA_PROBE == FPINDEX_PROBE, "commit_contract.h: keys a candidate shares");
_Static_assert(WW_LUA_KEY_ALL == FPINDEX_KEY_ALL, "commit_contract.h: when all marks are keys");
_Static_assert(WW_LUA_KEYS_PER == 6,
               "commit_contract.h: an instance and its two neighbours, and its alternative's");
_Static_assert(WW_LUA_FLAG_FP == BANDS_FLAG_FP && WW_LUA_FLAG_COPY == BANDS_FLAG_COPY &&
                   WW_LUA_FLAG_EVENT == BANDS_FLAG_EVENT,
               "commit_contract.h: record flags");
_Static_assert(WW_LUA_FLAG_LEAD == BANDS_FLAG_LEAD && WW_LUA_LEAD_FIXED == BANDS_LEAD_FIXED &&
                   WW_LUA_LEAD_BYTES == LEAD_SIG_BYTES && WW_LUA_LEAD_MAX == LEAD_SENTENCES,
               "commit_contract.h: lead part");

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
    ww_buf_t extra;         /* per-entry strings: record body, verdict, event */
    size_t *extra_off;      /* 4 offsets per entry into extra */
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

/* The dates of the days before and after R's event date ("" for a side its
 * date is sure of: no instance of that day may take it). */
static void
adjacent_dates(const result_t *r, char before[11], char after[11])
{
    uint16_t day = bands_day_of_date(r->ev_date);
    before[0] = after[0] = '\0';
    if (day < 2)
        return;
    if (r->ev_unsure & UNSURE_BEFORE)
        dates_format(day - 1, before);
    if (r->ev_unsure & UNSURE_AFTER)
        dates_format(day + 1, after);
}

/* The keys of entry R: its event instance's hash and the same type's of the
 * day before and after, then its alternative type's of the same three days.
 * The script takes KEYS_PER_ENTRY keys for every entry, so a slot that names
 * no instance (a dead letter, no event or no alternative, the days next to a
 * sure date) holds the key "<events prefix>none", which it never reads. */
static void
entry_keys(worker_t *w, const result_t *r, char (*keys)[KEY_LEN])
{
    char days[KEYS_PER_ENTRY][11];
    const char *types[KEYS_PER_ENTRY] = { r->ev_type, r->ev_type, r->ev_type,
                                          r->ev_alt,  r->ev_alt,  r->ev_alt };
    memcpy(days[0], r->ev_date, sizeof days[0]);
    adjacent_dates(r, days[1], days[2]);
    memcpy(days[3], days[0], 3 * sizeof days[0]);
    for (int k = 0; k < KEYS_PER_ENTRY; k++) {
        int n = -1;
        if (!r->dead && r->ev_type != NULL && types[k] != NULL && days[k][0] != '\0')
            n = snprintf(keys[k], KEY_LEN, "%s%s:%s", w->keys.events, types[k], days[k]);
        if (n < 0 || n >= KEY_LEN) /* none, or a type name too long for a key */
            snprintf(keys[k], KEY_LEN, "%snone", w->keys.events);
    }
}

/* Appends entry R's record body and verdict to A->extra; records offsets. */
static void
entry_extra(args_t *a, const result_t *r, size_t i)
{
    size_t *off = &a->extra_off[4 * i];
    off[0] = a->extra.len;
    if (!r->dead) {
        bands_body_t b = { r->has_fp ? &r->fp : NULL, r->day, r->hash64, r->near && !r->exact,
                           r->event_type, r->event_day };
        bands_encode_body(&a->extra, &b);
    }
    off[1] = a->extra.len;
    if (!r->dead && r->near && r->near_index > 0)
        ww_buf_printf(&a->extra, "%s@%zu\t%.3f", r->exact ? "=" : "", r->near_index,
                      r->similarity);
    else if (!r->dead && r->near)
        ww_buf_printf(&a->extra, "%s%llu\t%s\t%.3f", r->exact ? "=" : "",
                      (unsigned long long)r->root_seq, r->root_id, r->similarity);
    for (size_t k = 0; !r->dead && r->near && k < r->n_also; k++) {
        if (r->also_entry[k] > 0)
            ww_buf_printf(&a->extra, "\t@%zu\t", r->also_entry[k]);
        else
            ww_buf_printf(&a->extra, "\t%llu\t%s", (unsigned long long)r->also_seq[k],
                          r->also_id[k]);
    }
    off[2] = a->extra.len;
    if (!r->dead && r->ev_type != NULL) {
        char before[11], after[11];
        adjacent_dates(r, before, after);
        ww_buf_printf(&a->extra, "%s:%s\t%s\t%s\t%s\t%s\t%s\t%s\t%u", r->ev_type, r->ev_date,
                      r->ev_type, r->ev_date, r->origin, before, after,
                      r->ev_alt != NULL ? r->ev_alt : "",
                      r->ev_alt != NULL ? (unsigned)bands_type_hash(r->ev_alt) : 0u);
    }
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
}

/* Reads the reply REP to a call for RESULTS[0..N). Returns 0 (*STALE set),
 * or -1 when it is not what the script answers. */
static int
take_reply(worker_t *w, const redisReply *rep, result_t *results, size_t n, bool *stale)
{
    if (rep->type != REDIS_REPLY_ARRAY || rep->elements < 2 ||
        rep->element[0]->type != REDIS_REPLY_STRING)
        return -1;
    const redisReply *tag = rep->element[0], *bytes = rep->element[1];
    if (strcmp(tag->str, "stale") == 0 && bytes->type == REDIS_REPLY_INTEGER) {
        *stale = true;
        return 0;
    }
    if (strcmp(tag->str, "ok") != 0 || bytes->type != REDIS_REPLY_STRING ||
        rep->elements != 2 + n)
        return -1;
    for (size_t i = 0; i < n; i++) {
        long long v = rep->element[2 + i]->integer;
        results[i].conflict = v < 0;
        results[i].seq = v > 0 ? (uint64_t)v : 0;
    }
    near_apply(w, (const uint8_t *)bytes->str, bytes->len);
    return 0;
}

int
commit_batch(worker_t *w, result_t *results, size_t n, bool *stale)
{
    *stale = false;
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
    ww_buf_reserve(&a.extra, n * (BANDS_BODY_MAX + 256));
    for (size_t i = 0; i < n; i++) {
        entry_keys(w, &results[i], &a.keys[i * KEYS_PER_ENTRY]);
        entry_extra(&a, &results[i], i);
    }
    char outmax[32], dlqmax[32], ttl[32], mark[32], ettl[32];
    snprintf(outmax, sizeof outmax, "%lld", w->conf.output_maxlen);
    snprintf(dlqmax, sizeof dlqmax, "%lld", w->conf.deadletter_maxlen);
    snprintf(ttl, sizeof ttl, "%lld", w->conf.dedup_retention);
    snprintf(mark, sizeof mark, "%llu", (unsigned long long)w->log.pos);
    snprintf(ettl, sizeof ettl, "%lld", w->conf.event_retention);
    const char *fixed_keys[] = { w->keys.in, w->keys.seq, w->keys.out, w->keys.dlq,
                                 w->keys.log_end };
    _Static_assert(sizeof fixed_keys / sizeof *fixed_keys == FIXED_KEYS, "fixed keys");
    for (size_t i = 0; i < FIXED_KEYS; i++)
        push_str(&a, fixed_keys[i]);
    for (size_t i = 0; i < n * KEYS_PER_ENTRY; i++)
        push_str(&a, a.keys[i]);
    const char *fixed_args[] = { WW_GROUP, outmax, dlqmax, ttl, mark, w->keys.log, ettl };
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
    if (rep != NULL) {
        rc = take_reply(w, rep, results, n, stale);
        if (rc == -1)
            ww_log(WW_LOG_ERROR, "commit", "commit script failed: %s",
                   rep->type == REDIS_REPLY_ERROR ? rep->str : "unexpected reply");
        freeReplyObject(rep);
    }
    free(a.argv);
    free(a.lens);
    free(a.keys);
    free(a.extra_off);
    ww_buf_free(&a.extra);
    return rc;
}

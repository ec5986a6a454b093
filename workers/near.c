/* SPDX-License-Identifier: MIT
 *
 * near — see near.h. Two pipelined rounds per batch: the seq counter and
 * every bucket, then every candidate's sketch. */
#include "near.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dedup/bands.h"
#include "ww_alloc.h"
#include "ww_clock.h"
#include "ww_log.h"

typedef struct {
    size_t item;   /* index in results */
    uint64_t seq;  /* candidate */
} cand_t;

/* Round 1: reads the watermark and the buckets; fills CANDS (grown). */
static int
read_buckets(worker_t *w, result_t *results, size_t n, uint64_t *watermark, cand_t **cands,
             size_t *n_cands)
{
    if (ww_redis_append(w->redis, 2, (const char *[]){ "GET", w->keys.seq }, NULL) == -1)
        return -1;
    char key[160];
    for (size_t i = 0; i < n; i++) {
        for (int b = 0; b < FP_BANDS && results[i].has_fp; b++) {
            bands_bucket_key(&w->keys, b, results[i].fp.bands[b], key, sizeof key);
            if (ww_redis_append(w->redis, 2, (const char *[]){ "GET", key }, NULL) == -1)
                return -1;
        }
    }
    redisReply *r = ww_redis_reply(w->redis);
    if (r == NULL)
        return -1;
    *watermark = r->type == REDIS_REPLY_STRING ? strtoull(r->str, NULL, 10) : 0;
    freeReplyObject(r);
    unsigned today = bands_day(ww_clock_wall_ms());
    unsigned max_age = bands_max_age_days(w->conf.dedup_retention);
    size_t max = (size_t)w->conf.near_max_candidates;
    uint64_t *seqs = ww_xcalloc(max, sizeof *seqs);
    for (size_t i = 0; i < n; i++) {
        size_t found = 0;
        for (int b = 0; b < FP_BANDS && results[i].has_fp; b++) {
            r = ww_redis_reply(w->redis);
            if (r == NULL) {
                free(seqs);
                return -1;
            }
            if (r->type == REDIS_REPLY_STRING)
                bands_candidates((const uint8_t *)r->str, r->len,
                                 (uint16_t)(results[i].fp.bands[b] & 0xffff), today, max_age,
                                 seqs, &found, max);
            freeReplyObject(r);
        }
        *cands = ww_xrealloc(*cands, (*n_cands + found + 1) * sizeof **cands);
        for (size_t k = 0; k < found; k++)
            (*cands)[(*n_cands)++] = (cand_t){ i, seqs[k] };
    }
    free(seqs);
    return 0;
}

/* Verifies candidate FP (reporting DAY) for result R. Returns its similarity
 * when it is near, else a negative number. */
static double
verify_candidate(const worker_t *w, const result_t *r, const fingerprint_t *fp, uint16_t day)
{
    /* Alike words about two different dates: a template, not a copy. */
    if (r->day != 0 && day != 0 && r->day != day)
        return -1.0;
    fp_params_t p = { w->conf.near_resemblance, w->conf.near_containment,
                      (uint32_t)w->conf.near_containment_size, (uint32_t)w->conf.near_min_size };
    double sim;
    return fingerprint_is_near(&r->fp, fp, &p, &sim) ? sim : -1.0;
}

/* Takes a verified candidate as R's verdict when it beats the one R has: an
 * exact copy beats a near one, a higher similarity a lower one, and on a tie
 * the earliest root wins, so that every copy names the same one. */
static bool
better(const result_t *r, bool exact, double sim, uint64_t root_seq)
{
    if (!r->near)
        return true;
    if (exact != r->exact)
        return exact;
    return sim > r->similarity || (sim == r->similarity && root_seq < r->root_seq);
}

/* Keeps candidate SKETCH for result R when it verifies and beats the best. */
static void
consider(worker_t *w, result_t *r, const redisReply *reply)
{
    bands_sketch_t c;
    if (reply->type != REDIS_REPLY_STRING ||
        bands_decode_sketch((const uint8_t *)reply->str, reply->len, &c) == -1 ||
        c.root_id.len > WW_MAX_ID)
        return;
    bool exact = c.hash == r->hash64;
    double sim = exact ? 1.0 : verify_candidate(w, r, &c.fp, c.day);
    if (sim < 0.0 || !better(r, exact, sim, c.root_seq))
        return;
    r->near = true;
    r->exact = exact;
    r->near_index = 0;
    r->similarity = sim;
    r->root_seq = c.root_seq;
    memcpy(r->root_id, c.root_id.p, c.root_id.len);
    r->root_id[c.root_id.len] = '\0';
}

/* Round 2: reads and verifies every candidate's sketch. */
static int
verify(worker_t *w, result_t *results, const cand_t *cands, size_t n_cands)
{
    char key[160], field[32];
    for (size_t k = 0; k < n_cands; k++) {
        bands_sketch_key(&w->keys, cands[k].seq, key, sizeof key, field, sizeof field);
        if (ww_redis_append(w->redis, 3, (const char *[]){ "HGET", key, field }, NULL) == -1)
            return -1;
    }
    for (size_t k = 0; k < n_cands; k++) {
        redisReply *r = ww_redis_reply(w->redis);
        if (r == NULL)
            return -1;
        consider(w, &results[cands[k].item], r);
        freeReplyObject(r);
    }
    return 0;
}

/* Two entries of one batch can be near copies of each other: neither is in
 * Redis yet, so each later entry is also compared with the earlier ones that
 * share a band (commit.lua gives it the root its earlier entry gets). */
static void
within_batch(const worker_t *w, result_t *results, size_t n)
{
    for (size_t j = 1; j < n; j++) {
        result_t *r = &results[j];
        for (size_t i = 0; i < j && r->has_fp && !r->dead; i++) {
            const result_t *e = &results[i];
            bool shares = false;
            for (int b = 0; b < FP_BANDS && e->has_fp && !e->dead && !shares; b++)
                shares = e->fp.bands[b] == r->fp.bands[b];
            bool exact = shares && e->hash64 == r->hash64;
            double sim = exact ? 1.0 : shares ? verify_candidate(w, r, &e->fp, e->day) : -1.0;
            /* an earlier entry of the batch has a later root than any in Redis */
            if (sim < 0.0 || !better(r, exact, sim, UINT64_MAX) ||
                (r->near && sim == r->similarity && exact == r->exact))
                continue;
            r->near = true;
            r->exact = exact;
            r->near_index = i + 1;
            r->similarity = sim;
        }
    }
}

int
near_lookup(worker_t *w, result_t *results, size_t n, uint64_t *watermark)
{
    cand_t *cands = NULL;
    size_t n_cands = 0;
    for (size_t i = 0; i < n; i++)
        results[i].near = results[i].exact = false, results[i].near_index = 0;
    int rc = read_buckets(w, results, n, watermark, &cands, &n_cands);
    if (rc == 0)
        rc = verify(w, results, cands, n_cands);
    if (rc == 0)
        within_batch(w, results, n);
    w->stats.candidates += n_cands;
    free(cands);
    return rc;
}

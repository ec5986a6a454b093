/* SPDX-License-Identifier: MIT
 *
 * near — see near.h. Speaks: GET P{w}:lend; EXISTS and GETRANGE
 * P{w}:l:<n>, pipelined. */
#include "near.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dedup/bands.h"
#include "events/dates.h"
#include "ww_alloc.h"
#include "ww_clock.h"
#include "ww_log.h"

#define READ_AHEAD 32  /* segments read per pipelined round */
#define PROBE 256      /* segments probed per round when looking for the oldest */
#define KEY_LEN 160
#define VERIFIED_MAX 16 /* verified candidates of one result kept for its other roots */

/* What a result verified against: a record of the log, or (REC NULL) the
 * batch's entry ENTRY - 1. */
typedef struct {
    const fpindex_rec_t *rec;
    size_t entry;
} link_t;

/* What one result of a batch verified against, and the log record it took
 * (NULL: none, or an entry of the batch). */
typedef struct {
    link_t links[VERIFIED_MAX];
    size_t n;
    const fpindex_rec_t *best;
} verified_t;

static void
add_link(verified_t *v, const fpindex_rec_t *rec, size_t entry)
{
    if (v->n < VERIFIED_MAX)
        v->links[v->n++] = (link_t){ rec, entry };
}

static void
segment_key(const worker_t *w, uint64_t k, char *key)
{
    snprintf(key, KEY_LEN, "%s%llu", w->keys.log, (unsigned long long)k);
}

static int
read_end(worker_t *w, uint64_t *end)
{
    redisReply *r = ww_redis_cmdf(w->redis, "GET %s", w->keys.log_end);
    if (r == NULL)
        return -1;
    *end = r->type == REDIS_REPLY_STRING ? strtoull(r->str, NULL, 10) : 0;
    freeReplyObject(r);
    return 0;
}

/* The position where the oldest segment still in Redis starts, for a log
 * that ends at END: segments expire oldest first, so it follows the last
 * missing one below the log's end. */
static int
find_oldest(worker_t *w, uint64_t end, uint64_t *start)
{
    *start = 0;
    if (end == 0)
        return 0;
    char key[KEY_LEN];
    for (uint64_t top = (end - 1) / BANDS_SEGMENT + 1; top > 0;) {
        uint64_t bottom = top > PROBE ? top - PROBE : 0;
        for (uint64_t k = top; k-- > bottom;) {
            segment_key(w, k, key);
            if (ww_redis_append(w->redis, 2, (const char *[]){ "EXISTS", key }, NULL) == -1)
                return -1;
        }
        bool missing = false;
        for (uint64_t k = top; k-- > bottom;) {
            redisReply *r = ww_redis_reply(w->redis);
            if (r == NULL)
                return -1;
            if (!missing && r->type == REDIS_REPLY_INTEGER && r->integer == 0) {
                missing = true;
                *start = (k + 1) * BANDS_SEGMENT;
            }
            freeReplyObject(r);
        }
        if (missing) {
            if (*start > end)
                *start = end; /* every segment expired: follow from the end */
            return 0;
        }
        top = bottom;
    }
    return 0;
}

void
near_apply(worker_t *w, const uint8_t *p, size_t len)
{
    bands_reader_t rd;
    bands_reader_init(&rd, p, len, w->log.pos);
    bands_record_t rec;
    int rc;
    while ((rc = bands_next(&rd, &rec)) == 1) {
        fpindex_add(w->log.index, &rec);
        w->stats.log_records++;
    }
    if (rd.newer > 0 && !w->log.warned_newer) {
        ww_log(WW_LOG_WARN, "near",
               "skipped %zu fingerprint log records written by a newer worker: upgrade this "
               "worker (its near-duplicate lookups miss those items)", rd.newer);
        w->log.warned_newer = true;
    }
    w->stats.log_newer += rd.newer;
    if (rc == -1 && w->log.loaded) {
        ww_log(WW_LOG_ERROR, "near", "malformed fingerprint log at position %llu: reloading it",
               (unsigned long long)(w->log.pos + rd.off));
        w->log.loaded = false;
    }
    w->log.pos += len;
}

/* Reads [w->log.pos, END) in rounds of READ_AHEAD segments. */
static int
read_to(worker_t *w, uint64_t end)
{
    char key[KEY_LEN], from_s[24], to_s[24];
    while (w->log.pos < end) {
        uint64_t from = w->log.pos, stops[READ_AHEAD];
        size_t n = 0;
        for (; n < READ_AHEAD && from < end; n++) {
            uint64_t k = from / BANDS_SEGMENT, base = k * BANDS_SEGMENT;
            stops[n] = end < base + BANDS_SEGMENT ? end : base + BANDS_SEGMENT;
            segment_key(w, k, key);
            snprintf(from_s, sizeof from_s, "%llu", (unsigned long long)(from - base));
            snprintf(to_s, sizeof to_s, "%llu", (unsigned long long)(stops[n] - 1 - base));
            if (ww_redis_append(w->redis, 4, (const char *[]){ "GETRANGE", key, from_s, to_s },
                                NULL) == -1)
                return -1;
            from = stops[n];
        }
        for (size_t i = 0; i < n; i++) {
            redisReply *r = ww_redis_reply(w->redis);
            if (r == NULL)
                return -1;
            /* A segment that expired holds only records past the retention. */
            if (r->type == REDIS_REPLY_STRING && r->len == stops[i] - w->log.pos)
                near_apply(w, (const uint8_t *)r->str, r->len);
            w->log.pos = stops[i];
            freeReplyObject(r);
        }
    }
    return 0;
}

int
near_catch_up(worker_t *w)
{
    uint64_t end = 0;
    if (read_end(w, &end) == -1)
        return -1;
    if (w->log.index == NULL)
        w->log.index = fpindex_new();
    if (!w->log.loaded || end < w->log.pos) {
        fpindex_clear(w->log.index);
        if (find_oldest(w, end, &w->log.pos) == -1)
            return -1;
        ww_log(WW_LOG_NOTICE, "near", "loading the fingerprint log: bytes %llu to %llu",
               (unsigned long long)w->log.pos, (unsigned long long)end);
        w->log.loaded = true;
    }
    return read_to(w, end);
}

void
near_free(worker_t *w)
{
    fpindex_destroy(&w->log.index);
}

/* The verification rule: the sketch part from the config, the containment
 * part as measured (docs/NEAR_DUPLICATES.md). */
static fp_rule_t
rule_of(const worker_t *w)
{
    fp_rule_t rule = FP_RULE_DEFAULT;
    rule.sketch = (fp_params_t){ w->conf.near_resemblance, w->conf.near_containment,
                                 (uint32_t)w->conf.near_containment_size,
                                 (uint32_t)w->conf.near_min_size };
    return rule;
}

/* Verifies candidate FP for result R (fingerprint_verify: resemblance or
 * containment, and the date rule). Returns its rank when it is near
 * (fingerprint_rank; the score goes to *SCORE), else a negative number. */
static double
verify_candidate(const fp_rule_t *rule, const result_t *r, const fingerprint_t *fp,
                 double *score)
{
    fp_verdict_t v;
    if (!fingerprint_verify(&r->fp, fp, rule, &v))
        return -1.0;
    *score = v.score;
    return fingerprint_rank(&v);
}

/* Takes a verified candidate as R's verdict when it beats the one R has: an
 * exact copy beats a near one, a higher rank a lower one, and on a tie the
 * earliest root wins, so that every copy names the same one. */
static bool
better(const result_t *r, bool exact, double rank, uint64_t root_seq)
{
    if (!r->near)
        return true;
    if (exact != r->exact)
        return exact;
    return rank > r->match_rank || (rank == r->match_rank && root_seq < r->root_seq);
}

/* Keeps record C for result R when it verifies and beats the best (*BEST).
 * Returns true when C verifies. */
static bool
consider(const fp_rule_t *rule, result_t *r, const fpindex_rec_t *c, const fpindex_rec_t **best)
{
    size_t id_len = strlen(c->root_id);
    if (id_len > WW_MAX_ID)
        return false;
    bool exact = c->hash == r->hash64;
    double rank = exact ? 1.0 : -1.0, score = 1.0;
    if (!exact && c->has_fp && r->has_fp) {
        fingerprint_t fp;
        fpindex_rec_fp(c, &fp);
        rank = verify_candidate(rule, r, &fp, &score);
    }
    if (rank < 0.0)
        return false;
    if (!better(r, exact, rank, c->root_seq))
        return true;
    r->near = true;
    r->exact = exact;
    r->near_index = 0;
    r->match_rank = rank;
    r->similarity = exact ? bands_similarity(c->similarity) : score;
    r->root_seq = c->root_seq;
    memcpy(r->root_id, c->root_id, id_len + 1);
    *best = c;
    return true;
}

/* The catalog's event type whose record hash is HASH, or NULL (no event, no
 * catalog, or a type the catalog no longer has). */
static const char *
type_named(const worker_t *w, uint16_t hash)
{
    if (w->catalog == NULL || hash == 0)
        return NULL;
    for (size_t i = 0; i < catalog_n_events(w->catalog); i++) {
        const char *name = catalog_event(w->catalog, i)->name;
        if (bands_type_hash(name) == hash)
            return name;
    }
    return NULL;
}

/* R counts in the instance its own classification names. */
static void
own_event(result_t *r)
{
    r->ev_type = r->own_type;
    r->ev_unsure = r->own_unsure;
    r->ev_alt = r->own_alt;
    memcpy(r->ev_date, r->own_date, sizeof r->ev_date);
    r->event_type = r->own_type != NULL ? bands_type_hash(r->own_type) : 0;
    r->event_day = r->own_type != NULL ? bands_day_of_date(r->own_date) : 0;
}

/* R, a copy, counts in the instance its root counts in: TYPE (a record's
 * type hash, 0: none) on DAY. */
static void
root_event(const worker_t *w, result_t *r, uint16_t type, uint16_t day)
{
    r->ev_type = type_named(w, type);
    r->ev_unsure = 0;
    r->ev_alt = NULL;
    r->event_type = r->ev_type != NULL ? type : 0;
    r->event_day = r->ev_type != NULL ? day : 0;
    if (r->ev_type != NULL)
        dates_format(day, r->ev_date);
    else
        r->ev_date[0] = '\0';
}

/* The similarity of R to the record ROOT_SEQ of the log, when the index
 * still holds it with a fingerprint (else R's similarity stays). */
static void
similarity_to_log_root(const worker_t *w, const fp_rule_t *rule, result_t *r,
                       uint64_t root_seq)
{
    const fpindex_rec_t *root = fpindex_find(w->log.index, root_seq);
    if (root == NULL || !root->has_fp || !r->has_fp)
        return;
    fingerprint_t fp;
    fpindex_rec_fp(root, &fp);
    fp_verdict_t v;
    fingerprint_verify(&r->fp, &fp, rule, &v);
    r->similarity = v.score;
}

/* The similarity of near copy R (of batch entry E, itself a near copy) to
 * the root E names: an earlier entry of the batch, or a record of the log. */
static void
similarity_to_root(const worker_t *w, const fp_rule_t *rule, const result_t *results,
                   result_t *r, const result_t *e)
{
    while (e->near && e->near_index > 0)
        e = &results[e->near_index - 1];
    if (e->near) {
        similarity_to_log_root(w, rule, r, e->root_seq);
    } else if (e->has_fp && r->has_fp) {
        fp_verdict_t v;
        fingerprint_verify(&r->fp, &e->fp, rule, &v);
        r->similarity = v.score;
    }
}

/* The keys (fpindex_is_key) each pair of RESULTS[0..N) shares: [j * N + i]
 * for i < j (caller frees). Each key of the batch goes into a small
 * open-addressing table that chains the entries holding it, instead of a
 * merge per pair. */
static uint32_t *
batch_shared(const result_t *results, size_t n)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += !results[i].dead && results[i].has_fp ? results[i].fp.n_marks : 0;
    size_t cap = 64;
    while (cap < 2 * total)
        cap *= 2;
    /* slot -> the newest (mark, entry) element holding that mark + 1 (0: empty);
     * element -> its entry, its mark, the older element of the same mark + 1 */
    uint32_t *slot = ww_xcalloc(cap, sizeof *slot);
    uint32_t *entry = ww_xmalloc((total ? total : 1) * sizeof *entry);
    uint32_t *mark = ww_xmalloc((total ? total : 1) * sizeof *mark);
    uint32_t *older = ww_xmalloc((total ? total : 1) * sizeof *older);
    uint32_t *shared = ww_xcalloc(n * n, sizeof *shared);
    size_t m = 0;
    for (size_t j = 0; j < n; j++) {
        const result_t *r = &results[j];
        for (uint32_t k = 0; !r->dead && r->has_fp && k < r->fp.n_marks; k++) {
            if (!fpindex_is_key(&r->fp, k))
                continue;
            uint32_t x = r->fp.marks[k];
            size_t h = (size_t)(((uint64_t)x * UINT64_C(0x9e3779b97f4a7c15)) >> 32) & (cap - 1);
            while (slot[h] != 0 && mark[slot[h] - 1] != x)
                h = (h + 1) & (cap - 1);
            for (uint32_t e = slot[h]; e != 0; e = older[e - 1])
                shared[j * n + entry[e - 1]]++;
            entry[m] = (uint32_t)j;
            mark[m] = x;
            older[m] = slot[h];
            slot[h] = (uint32_t)(++m);
        }
    }
    free(slot);
    free(entry);
    free(mark);
    free(older);
    return shared;
}

/* True when earlier entry E is a lookup candidate for R, with which it
 * shares SHARED keys: the same exact hash, or (both long enough) as many
 * shared keys as the index asks. */
static bool
batch_candidate(const result_t *e, const result_t *r, uint32_t shared)
{
    if (e->hash64 == r->hash64)
        return true;
    if (!e->has_fp || !r->has_fp)
        return false;
    uint32_t need = FPINDEX_PROBE, ke = fpindex_keys(&e->fp), kr = fpindex_keys(&r->fp);
    if (ke < need)
        need = ke;
    if (kr < need)
        need = kr;
    return need > 0 && shared >= need;
}

/* Two entries of one batch can be copies of each other: neither is in the
 * log yet, so each later entry is also compared with the earlier ones it
 * would find in the index; commit.lua gives it the root its earlier entry
 * gets. */
static void
within_batch(const fp_rule_t *rule, result_t *results, size_t n, verified_t *verified)
{
    uint32_t *shared = batch_shared(results, n);
    for (size_t j = 1; j < n; j++) {
        result_t *r = &results[j];
        for (size_t i = 0; i < j && !r->dead; i++) {
            const result_t *e = &results[i];
            if (e->dead || !batch_candidate(e, r, shared[j * n + i]))
                continue;
            bool exact = e->hash64 == r->hash64;
            double rank = exact ? 1.0 : -1.0, score = 1.0;
            if (!exact && e->has_fp && r->has_fp)
                rank = verify_candidate(rule, r, &e->fp, &score);
            if (rank >= 0.0)
                add_link(&verified[j], NULL, i + 1);
            /* an earlier entry of the batch has a later root than any in the log */
            if (rank < 0.0 || !better(r, exact, rank, UINT64_MAX) ||
                (r->near && rank == r->match_rank && exact == r->exact))
                continue;
            r->near = true;
            r->exact = exact;
            r->near_index = i + 1;
            r->match_rank = rank;
            r->similarity = exact ? (e->near ? e->similarity : 1.0) : score;
            r->ev_type = e->ev_type;
            r->ev_unsure = 0;
            r->ev_alt = NULL;
            memcpy(r->ev_date, e->ev_date, sizeof r->ev_date);
            r->event_type = e->event_type;
            r->event_day = e->event_day;
        }
    }
    free(shared);
}

/* True when R already names the log root ROOT_SEQ (ENTRY 0) or the root of
 * the batch's entry ENTRY - 1 among its other roots. */
static bool
names_also(const result_t *r, uint64_t root_seq, size_t entry)
{
    for (size_t k = 0; k < r->n_also; k++) {
        if (entry > 0 ? r->also_entry[k] == entry : r->also_seq[k] == root_seq)
            return true;
    }
    return false;
}

/* The fingerprint of what link L names (false when it has none). */
static bool
link_fp(const result_t *results, const link_t *l, fingerprint_t *fp)
{
    if (l->rec != NULL) {
        if (l->rec->has_fp)
            fpindex_rec_fp(l->rec, fp);
        return l->rec->has_fp;
    }
    if (results[l->entry - 1].has_fp)
        *fp = results[l->entry - 1].fp;
    return results[l->entry - 1].has_fp;
}

/* True when A verifies B as the same agency's update of one story. */
static bool
is_update(const fp_rule_t *rule, const fingerprint_t *a, const fingerprint_t *b)
{
    fp_verdict_t v;
    return fingerprint_verify(a, b, rule, &v) && v.why == FP_NEAR_UPDATE;
}

/* Once every verdict of RESULTS[0..N) is taken: a copy names the roots of
 * the other records and entries it verified against too, when what it
 * matched there shares FP_ALSO_SHARED_MARKS marks with what it took (a
 * third copy near a brief and a rewrite of one story, which are not near
 * each other, shows them to be one story; a page with another story's lead
 * appended as a teaser matches two stories that share nothing), or when
 * the copy's own lead verified it as the same agency's update (RULE; an
 * update and a client's reprint of it are one story with the first version,
 * whichever of them the copy took). A root of the batch is named by its
 * entry (commit.lua knows its seq); commit.lua drops a root that turns out
 * to be the copy's own. */
static void
name_other_roots(const fp_rule_t *rule, result_t *results, size_t n, const verified_t *verified)
{
    for (size_t i = 0; i < n; i++) {
        result_t *r = &results[i];
        const verified_t *v = &verified[i];
        /* a near copy took a record of the log (v->best) or an entry of the batch */
        link_t took = { r->near_index == 0 ? v->best : NULL, r->near_index };
        fingerprint_t mine, theirs;
        if (!r->near || !link_fp(results, &took, &mine))
            continue;
        for (size_t k = 0; k < v->n && r->n_also < WW_MAX_ALSO; k++) {
            const link_t *l = &v->links[k];
            if (l->rec != NULL && ((r->near_index == 0 && l->rec->root_seq == r->root_seq) ||
                                   names_also(r, l->rec->root_seq, 0)))
                continue;
            if (l->rec == NULL && (l->entry == r->near_index || names_also(r, 0, l->entry)))
                continue;
            if (!link_fp(results, l, &theirs) ||
                (fingerprint_shared_marks(&mine, &theirs) < FP_ALSO_SHARED_MARKS &&
                 !is_update(rule, &r->fp, &theirs)))
                continue;
            size_t a = r->n_also++;
            r->also_entry[a] = l->entry;
            r->also_seq[a] = l->rec != NULL ? l->rec->root_seq : 0;
            if (l->rec != NULL)
                memcpy(r->also_id[a], l->rec->root_id, strlen(l->rec->root_id) + 1);
            else
                r->also_id[a][0] = '\0';
        }
    }
}

/* Once every verdict of RESULTS[0..N) is taken: a near copy of a copy gets
 * its similarity to the root itself (VIA_COPY[i]: result i matched a record
 * of the log that is a copy), and an exact copy of such an entry of the
 * batch that entry's similarity. In batch order, so that an entry is final
 * before a later one reads it. */
static void
similarities_to_roots(const worker_t *w, const fp_rule_t *rule, result_t *results, size_t n,
                      const bool *via_copy)
{
    for (size_t i = 0; i < n; i++) {
        result_t *r = &results[i];
        if (!r->near)
            continue;
        if (r->near_index == 0) {
            if (!r->exact && via_copy[i])
                similarity_to_log_root(w, rule, r, r->root_seq);
            continue;
        }
        const result_t *e = &results[r->near_index - 1];
        if (r->exact)
            r->similarity = e->near ? e->similarity : 1.0;
        else if (e->near)
            similarity_to_root(w, rule, results, r, e);
    }
}

void
near_lookup(worker_t *w, result_t *results, size_t n)
{
    if (w->log.index == NULL)
        w->log.index = fpindex_new();
    int64_t oldest_ms = ww_clock_wall_ms() - w->conf.dedup_retention;
    fpindex_expire(w->log.index, oldest_ms > 0 ? (uint32_t)(oldest_ms / 1000) : 0);
    size_t max = (size_t)w->conf.near_max_candidates;
    const fpindex_rec_t **cands = ww_xcalloc(max, sizeof *cands);
    bool *via_copy = ww_xcalloc(n ? n : 1, sizeof *via_copy);
    verified_t *verified = ww_xcalloc(n ? n : 1, sizeof *verified);
    fp_rule_t rule = rule_of(w);
    for (size_t i = 0; i < n; i++) {
        result_t *r = &results[i];
        r->near = r->exact = false;
        r->near_index = 0;
        r->n_also = 0;
        own_event(r);
        if (r->dead)
            continue;
        const fpindex_rec_t *best = NULL;
        const fpindex_rec_t *x = fpindex_exact(w->log.index, r->hash64);
        if (x != NULL)
            consider(&rule, r, x, &best);
        if (r->has_fp) {
            size_t k = fpindex_candidates(w->log.index, &r->fp, cands, max);
            for (size_t c = 0; c < k; c++) {
                if (consider(&rule, r, cands[c], &best))
                    add_link(&verified[i], cands[c], 0);
            }
            w->stats.candidates += k;
        }
        if (best == NULL)
            continue;
        verified[i].best = best;
        /* a copy carries its root's verdict: the instance it counts in, and
         * (a copy of a copy) its similarity to the root itself */
        root_event(w, r, best->event_type, best->event_day);
        via_copy[i] = best->root_seq != best->seq;
    }
    free(cands);
    within_batch(&rule, results, n, verified);
    name_other_roots(&rule, results, n, verified);
    similarities_to_roots(w, &rule, results, n, via_copy);
    free(verified);
    free(via_copy);
}

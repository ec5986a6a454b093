/* SPDX-License-Identifier: MIT
 *
 * pipeline — see pipeline.h. */
#include "pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dedup/bands.h"
#include "enrich.h"
#include "near.h"
#include "text/url_words.h"
#include "ww_alloc.h"
#include "ww_clock.h"
#include "ww_log.h"

/* Each round commits at least the first item turned away in the round before
 * (only a concurrent commit by another worker can turn it away again), so a
 * batch of N needs at most N rounds; the margin covers such races and the
 * rounds spent catching up with the log. */
#define CONFLICT_MARGIN 8

/* Classifies the item against the catalog; when it reports an event, encodes
 * the verdict into EVENT and keeps it in R (own_type, own_date, and whether
 * the date fell back to the dateline or the publication day), which near.c
 * turns into the instance the item counts in. The reported date also
 * becomes the near-duplicate rule's date. */
static void
classify(worker_t *w, const ww_item_t *item, const enrich_t *en, result_t *r, ww_buf_t *event)
{
    snprintf(r->origin, sizeof r->origin, "%.*s\t%s",
             (int)(item->source.len < 256 ? item->source.len : 256), item->source.p, en->lang);
    if (w->catalog == NULL)
        return;
    classify_result_t c;
    char words[URL_WORDS_MAX];
    size_t title_len = en->norm.title_len;
    const char *title = url_words_title(en->norm.title, &title_len, item->url.p, item->url.len,
                                        words);
    classify_item(w->catalog, title, title_len, en->norm.body, en->norm.body_len, en->lang,
                  item->published, &c);
    /* the near-duplicate rule compares what texts say: the publication day, or a date held
       to it, differs between copies published on two days; a story that recalls an event
       days old says that day too */
    const char *day = classify_text_day(&c);
    r->day = day != NULL ? bands_day_of_date(day) : 0;
    r->parties = c.parties;
    if (c.type == NULL)
        return;
    char id[128];
    enrich_encode_event(event, &c, id, sizeof id);
    r->own_type = c.type;
    r->own_alt = c.alt_type;
    snprintf(r->own_date, sizeof r->own_date, "%s", c.date);
    if (c.date_how == CLASSIFY_DATE_DATELINE || c.date_how == CLASSIFY_DATE_PUBLISHED)
        r->own_unsure = UNSURE_BEFORE | UNSURE_AFTER;
    else if (c.date_local_ahead)
        r->own_unsure = UNSURE_BEFORE;   /* a day ahead of Moscow's: never the day after */
    w->stats.events++;
}

void
pipeline_process(worker_t *w, const entry_t *e, result_t *r, char *id)
{
    enrich_t en;
    ww_item_t item;
    ww_reject_t why;
    memset(r, 0, sizeof *r);
    r->entry = e;
    bool ok = false;
    if (e->deliveries > (uint64_t)w->conf.max_deliveries) {
        why.code = WW_REJECT_COUNT;
        snprintf(why.text, sizeof why.text, "delivered %llu times without a commit",
                 (unsigned long long)e->deliveries);
    } else if (ww_proto_decode_item((const uint8_t *)e->raw.ptr, e->raw.len,
                                    (size_t)w->conf.max_item_size, &item, &why) == 0 &&
               enrich_analyse(&item, &en, &why) == 0) {
        ok = true;
    }
    if (ok) {
        enrich_meta_t meta = { e->ingest_seq, e->received, ww_clock_wall_ms(), w->name,
                               w->conf.publish_text != 0 };
        enrich_item_id(&item, e->ingest_seq, id);
        ww_buf_t event = WW_BUF_INIT;
        classify(w, &item, &en, r, &event);
        enrich_encode(&r->msg, &item, &en, &meta, id, &event);
        ww_buf_free(&event);
        r->ident = id;
        memcpy(r->hash, en.hash, sizeof r->hash);
        r->hash64 = bands_hash64(en.hash);
        fingerprint_compute(en.norm.key, en.norm.key_len, &r->fp);
        lead_compute(en.norm.body, en.norm.body_len, &r->fp.lead);
        r->fp.lead.parties = r->parties;
        r->has_fp = r->fp.n_shingles >= (uint32_t)w->conf.near_min_size;
        if (r->day == 0)
            r->day = bands_day_of_date(en.date);
        r->fp.day = r->day;
        enrich_free(&en);
        return;
    }
    snprintf(r->reason, sizeof r->reason, "%s", why.text);
    const char *code = why.code == WW_REJECT_COUNT ? "deliveries" : ww_reject_name(why.code);
    ww_dead_t dead = { r->reason, code, "worker", e->received, (const uint8_t *)e->raw.ptr,
                       e->raw.len };
    ww_proto_encode_dead(&r->msg, &dead);
    r->dead = true;
    r->ident = code;
    ww_log(WW_LOG_WARN, "worker", "dead-lettering entry=%s code=%s reason=\"%s\"", e->id, code,
           r->reason);
}

static void
count(worker_t *w, const result_t *results, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (results[i].conflict)
            w->stats.conflicts++;
        else if (results[i].seq == 0)
            w->stats.lost_race++;
        else if (results[i].dead)
            w->stats.dead++;
        else
            w->stats.committed++, w->stats.near += results[i].near;
    }
}

/* Moves the conflicted results of RESULTS[0..N) to the front (swapping whole
 * results, so each keeps its own buffers). Returns how many there are. */
static size_t
conflicted_first(result_t *results, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!results[i].conflict)
            continue;
        result_t tmp = results[k];
        results[k++] = results[i];
        results[i] = tmp;
    }
    return k;
}

int
pipeline_commit(worker_t *w, result_t *results, size_t n)
{
    size_t pending = n;
    for (size_t round = 0; pending > 0 && round < n + CONFLICT_MARGIN; round++) {
        bool stale = false;
        /* What other workers committed since this one's last commit: read by
         * plain GETRANGEs here, so that commit.lua only scans what lands
         * between this read and the commit. */
        if (round == 0 && near_catch_up(w) == -1)
            return -1;
        near_lookup(w, results, pending);
        if (commit_batch(w, results, pending, &stale) == -1)
            return -1;
        if (stale) {
            w->stats.stale++;
            if (near_catch_up(w) == -1)
                return -1;
            continue;
        }
        count(w, results, pending);
        pending = conflicted_first(results, pending);
    }
    if (pending > 0)
        ww_log(WW_LOG_WARN, "worker", "%zu entries still in conflict, left pending", pending);
    return 0;
}

int
pipeline_idle(worker_t *w)
{
    return near_catch_up(w);
}

int
pipeline_batch(worker_t *w, const entry_t *entries, result_t *results, size_t n)
{
    char (*ids)[WW_MAX_ID + 1] = ww_xcalloc(n ? n : 1, sizeof *ids);
    for (size_t i = 0; i < n; i++)
        pipeline_process(w, &entries[i], &results[i], ids[i]);
    int rc = pipeline_commit(w, results, n);
    for (size_t i = 0; i < n; i++)
        ww_buf_free(&results[i].msg);
    free(ids);
    return rc;
}

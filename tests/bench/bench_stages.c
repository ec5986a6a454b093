/* SPDX-License-Identifier: MIT
 *
 * bench_stages — what a worker spends on one 3 KB item, stage by stage, in
 * process: the calls pipeline_process makes, in its order, timed one by one
 * on the same item (so each stage finds the caches as the worker leaves
 * them). Stages:
 *
 *   decode       ww_proto_decode_item of the raw msgpack item
 *   normalise    normalise_item + normalise_hash_hex (the exact hash)
 *   lang         lang_detect on the cleaned body (the item gives no lang)
 *   dateline     dates_find_dateline + dates_resolve_month_day
 *   fingerprint  fingerprint_compute on the key (sketch, bands, marks) and
 *                lead_compute on the body (credit, lead sentences)
 *   classify     classify_item, the whole shipped catalog loaded
 *   encode       enrich_encode_event (when an event) + enrich_encode
 *
 * and their sum, for the scripts en, ru, ar, zh: items of bench_corpus.h,
 * POOL_ITEMS per script cycled through, warmed up once. Prints one table,
 * microseconds per item, each row prefixed "bench_stages" for grep. What
 * the worker does beside (XREADGROUP, the lookup in its index, the commit)
 * is Redis's and the index's: bench_index and the end-to-end bench time it.
 *
 * Usage: bench_stages [ITEMS [CATALOG [LANG]]] (ITEMS per script, default
 * 4000; LANG: only that script, for a profiler). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_corpus.h"
#include "dedup/fingerprint.h"
#include "enrich.h"
#include "events/classify.h"
#include "events/dates.h"
#include "text/lang.h"
#include "text/normalise.h"
#include "ww_alloc.h"
#include "ww_proto.h"

#define POOL_ITEMS    64
#define DEFAULT_ITEMS 4000
#define CATALOG_PATH  "deploy/catalog/events.catalog"
#define PUBLISHED_MS  1457265600000LL /* 2016-03-06T12:00:00Z */

enum { ST_DECODE, ST_NORMALISE, ST_LANG, ST_DATELINE, ST_FINGERPRINT, ST_CLASSIFY, ST_ENCODE,
       ST_COUNT };
static const char *const stage_names[ST_COUNT] = { "decode",      "normalise", "lang",
                                                   "dateline",    "fingerprint", "classify",
                                                   "encode" };

static int64_t
now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Encodes item I of script CODE with BODY (ITEM_BYTES) as a scraper sends
 * it, without lang, into OUT. */
static void
make_raw(ww_buf_t *out, const char *code, size_t i, const char *body)
{
    char id[32], url[64], title[64];
    snprintf(id, sizeof id, "%s-%zu", code, i);
    snprintf(url, sizeof url, "https://bench.example/%s/%zu", code, i);
    snprintf(title, sizeof title, "Item %zu", i);
    ww_item_t it = { .id = { id, strlen(id) },
                     .source = { "bench", 5 },
                     .url = { url, strlen(url) },
                     .title = { title, strlen(title) },
                     .body = { body, ITEM_BYTES },
                     .published = PUBLISHED_MS };
    ww_proto_encode_item(out, &it);
}

/* One function per stage, never inlined, so that a profiler (callgrind:
 * tests/bench/stages_ir.sh) counts each stage's work under its own name. */
#define STAGE static __attribute__((noinline))

STAGE int
stage_decode(const ww_buf_t *raw, ww_item_t *item)
{
    ww_reject_t why;
    return ww_proto_decode_item((const uint8_t *)raw->ptr, raw->len, 1 << 20, item, &why);
}

STAGE int
stage_normalise(const ww_item_t *item, enrich_t *en)
{
    if (normalise_item(item->title.p, item->title.len, item->body.p, item->body.len,
                       &en->norm) == -1)
        return -1;
    normalise_hash_hex(en->norm.key, en->norm.key_len, en->hash);
    return 0;
}

STAGE void
stage_lang(enrich_t *en)
{
    snprintf(en->lang, sizeof en->lang, "%s", lang_detect(en->norm.body, en->norm.body_len));
}

STAGE void
stage_dateline(const ww_item_t *item, enrich_t *en)
{
    dateline_t dl;
    if (dates_find_dateline(en->norm.body, en->norm.body_len, en->lang, &dl)) {
        en->has_dateline = true;
        snprintf(en->place, sizeof en->place, "%s", dl.place);
        if (dl.month > 0)
            dates_resolve_month_day(dl.month, dl.day, item->published, en->date);
    }
}

STAGE void
stage_fingerprint(const enrich_t *en, fingerprint_t *fp)
{
    fingerprint_compute(en->norm.key, en->norm.key_len, fp);
    lead_compute(en->norm.body, en->norm.body_len, &fp->lead);
}

STAGE void
stage_classify(const catalog_t *cat, const ww_item_t *item, const enrich_t *en,
               classify_result_t *c)
{
    classify_item(cat, en->norm.title, en->norm.title_len, en->norm.body, en->norm.body_len,
                  en->lang, item->published, c);
}

STAGE void
stage_encode(const ww_item_t *item, const enrich_t *en, const classify_result_t *c)
{
    ww_buf_t event = WW_BUF_INIT, msg = WW_BUF_INIT;
    char event_id[160], id[WW_MAX_ID + 1];
    if (c->type != NULL)
        enrich_encode_event(&event, c, event_id, sizeof event_id);
    enrich_item_id(item, 1, id);
    enrich_meta_t meta = { 1, PUBLISHED_MS, PUBLISHED_MS, "bench", false };
    enrich_encode(&msg, item, en, &meta, id, &event);
    ww_buf_free(&event);
    ww_buf_free(&msg);
}

/* Runs the stages on RAW once, adding each stage's ns to NS[]. Returns 1
 * when the item reported an event, 0 when not, -1 when it was refused. */
static int
run_item(const catalog_t *cat, const ww_buf_t *raw, int64_t *ns)
{
    int64_t t[ST_COUNT + 1];
    ww_item_t item;
    enrich_t en;
    fingerprint_t fp;
    classify_result_t c;
    memset(&en, 0, sizeof en);
    t[0] = now_ns();
    if (stage_decode(raw, &item) == -1)
        return -1;
    t[1] = now_ns();
    if (stage_normalise(&item, &en) == -1)
        return -1;
    t[2] = now_ns();
    stage_lang(&en);
    t[3] = now_ns();
    stage_dateline(&item, &en);
    t[4] = now_ns();
    stage_fingerprint(&en, &fp);
    t[5] = now_ns();
    stage_classify(cat, &item, &en, &c);
    t[6] = now_ns();
    stage_encode(&item, &en, &c);
    t[7] = now_ns();
    for (size_t s = 0; s < ST_COUNT; s++)
        ns[s] += t[s + 1] - t[s];
    enrich_free(&en);
    return c.type != NULL;
}

int
main(int argc, char **argv)
{
    long items = argc > 1 ? atol(argv[1]) : DEFAULT_ITEMS;
    const char *path = argc > 2 ? argv[2] : CATALOG_PATH;
    const char *only = argc > 3 ? argv[3] : NULL;
    if (items <= 0) {
        fprintf(stderr, "usage: %s [ITEMS [CATALOG [LANG]]]\n", argv[0]);
        return 64;
    }
    char err[256];
    catalog_t *cat = catalog_load(path, err, sizeof err);
    if (cat == NULL) {
        fprintf(stderr, "bench_stages: %s\n", err);
        return 1;
    }
    double us[CORPUS_COUNT][ST_COUNT] = { { 0 } };
    int events[CORPUS_COUNT] = { 0 };
    uint64_t rng;
    char *body = ww_xmalloc(ITEM_BYTES);
    ww_buf_t pool[POOL_ITEMS];
    for (size_t c = 0; c < CORPUS_COUNT; c++) {
        if (only != NULL && strcmp(only, corpora[c].code) != 0)
            continue;
        rng = UINT64_C(0x2545f4914f6cdd1d) ^ (c + 1) * UINT64_C(0x9e3779b97f4a7c15);
        for (size_t i = 0; i < POOL_ITEMS; i++) {
            corpus_make_item(&rng, &corpora[c], body);
            pool[i] = (ww_buf_t)WW_BUF_INIT;
            make_raw(&pool[i], corpora[c].code, i, body);
        }
        int64_t ns[ST_COUNT] = { 0 };
        events[c] = 0;
        for (size_t i = 0; i < POOL_ITEMS; i++) /* warm up; counts the events */
            events[c] += run_item(cat, &pool[i], ns) == 1;
        memset(ns, 0, sizeof ns);
        for (long k = 0; k < items; k++) {
            if (run_item(cat, &pool[k % POOL_ITEMS], ns) == -1) {
                fprintf(stderr, "bench_stages: a %s item was refused\n", corpora[c].code);
                return 1;
            }
        }
        for (size_t s = 0; s < ST_COUNT; s++)
            us[c][s] = (double)ns[s] / 1e3 / (double)items;
        for (size_t i = 0; i < POOL_ITEMS; i++)
            ww_buf_free(&pool[i]);
    }
    printf("bench_stages %-12s", "stage");
    for (size_t c = 0; c < CORPUS_COUNT; c++)
        printf(" %8s", corpora[c].code);
    printf("   (us per %d-byte item, %ld items per script)\n", ITEM_BYTES, items);
    double total[CORPUS_COUNT] = { 0 };
    for (size_t s = 0; s < ST_COUNT; s++) {
        printf("bench_stages %-12s", stage_names[s]);
        for (size_t c = 0; c < CORPUS_COUNT; c++) {
            printf(" %8.1f", us[c][s]);
            total[c] += us[c][s];
        }
        printf("\n");
    }
    printf("bench_stages %-12s", "total");
    for (size_t c = 0; c < CORPUS_COUNT; c++)
        printf(" %8.1f", total[c]);
    printf("\nbench_stages %-12s", "items/s/core");
    for (size_t c = 0; c < CORPUS_COUNT; c++)
        if (total[c] > 0)
            printf(" %8.0f", 1e6 / total[c]);
        else
            printf(" %8s", "-");
    printf("\nbench_stages %-12s", "events/pool");
    for (size_t c = 0; c < CORPUS_COUNT; c++)
        printf(" %5d/%-2d", events[c], POOL_ITEMS);
    printf("\n");
    free(body);
    catalog_destroy(&cat);
    return 0;
}

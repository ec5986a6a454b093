/* SPDX-License-Identifier: MIT
 *
 * eval_dups_offline — measures near-duplicate detection on the labelled
 * corpus tests/data/eval/dups.jsonl, offline (no Redis), exactly as the
 * worker would decide: each item is normalised and fingerprinted, then
 * compared with every earlier remembered item that the candidate scheme
 * proposes; the candidates that pass the verification rule are near, and
 * the most similar one is the item's match. An exact key hash match wins
 * before any of that, as in the worker.
 *
 * Build: `make evaluators` (CI compiles it) writes build/eval/eval_dups_offline.
 *
 * Run: build/eval/eval_dups_offline [-s blocks|bands|either|all] [-r RES] [-c CONT]
 *      [-m SIZE] [-k BITS] [-q] [-S] [-D] [FILE]
 *   -s  candidate scheme: Manku SimHash tables (blocks, then Hamming <= -k),
 *       MinHash LSH bands, their union, or every earlier item (default bands)
 *   -r -c -m  the fp_params_t of the verification rule (default FP_PARAMS_DEFAULT)
 *   -q  no error list;  -S  sweep the thresholds and print a table
 *   -D  dump "id<TAB>cluster<TAB>normalised key" lines instead (to inspect
 *       what normalisation left of the page chrome)
 *
 * A predicted pair is (item, the earlier item it was matched to); it is
 * correct when both are in the same label cluster. Recall counts the items
 * that have an earlier item of their cluster. Output: one summary line with
 * precision, recall and F1, recall by kind, the hard pairs (label.hard_with)
 * wrongly merged, candidate counts per lookup, and every error. Exit 0, or 1
 * when the corpus cannot be read. */
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dedup/fingerprint.h"
#include "text/normalise.h"
#include "ww_alloc.h"

#define DEFAULT_CORPUS "tests/data/eval/dups.jsonl"
#define MAX_KINDS      16
#define LABEL_LEN      64

typedef enum { SCHEME_BLOCKS, SCHEME_BANDS, SCHEME_EITHER, SCHEME_ALL } scheme_t;

static const char *const scheme_names[] = { "blocks", "bands", "either", "all" };

typedef struct {
    char id[LABEL_LEN];
    char cluster[LABEL_LEN];
    char kind[LABEL_LEN];
    char hard_with[LABEL_LEN]; /* "" when the item has no hard partner */
    char hash[33];             /* exact key hash */
    fingerprint_t fp;
} item_t;

typedef struct {
    scheme_t scheme;
    int max_distance; /* Hamming bound after a Manku block hit */
    fp_params_t params;
    bool quiet;
    FILE *dump; /* when not NULL, load_corpus writes each normalised key here */
} run_opts_t;

typedef struct {
    size_t positives;     /* items with an earlier item of their cluster */
    size_t predicted;     /* items matched to an earlier item */
    size_t correct;       /* ... of the same cluster */
    size_t candidates;    /* candidates proposed, all lookups */
    size_t foreign;       /* ... of another cluster */
    size_t comparisons;   /* earlier items, all lookups: the denominator of the rates */
    size_t hard_merged;   /* hard pairs wrongly merged */
    size_t hard_pairs;
} score_t;

static void
copy_label(char dst[LABEL_LEN], json_t *obj, const char *name)
{
    const char *s = json_string_value(json_object_get(obj, name));
    snprintf(dst, LABEL_LEN, "%s", s != NULL ? s : "");
}

/* Reads, normalises and fingerprints the corpus. Returns the items (caller
 * frees) and their count in *N, or NULL with a message on stderr. */
static item_t *
load_corpus(const char *path, size_t *n, FILE *dump)
{
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        perror(path);
        return NULL;
    }
    item_t *items = NULL;
    size_t cap = 0;
    *n = 0;
    char *line = NULL;
    size_t line_cap = 0;
    for (size_t lineno = 1; getline(&line, &line_cap, f) > 0; lineno++) {
        json_error_t err;
        json_t *obj = json_loads(line, 0, &err);
        const char *title = json_string_value(json_object_get(obj, "title"));
        const char *body = json_string_value(json_object_get(obj, "body"));
        if (obj == NULL || title == NULL || body == NULL) {
            fprintf(stderr, "%s:%zu: not an item: %s\n", path, lineno, obj ? "" : err.text);
            json_decref(obj);
            continue;
        }
        if (*n == cap) {
            cap = cap ? 2 * cap : 256;
            items = ww_xrealloc(items, cap * sizeof *items);
        }
        item_t *it = &items[*n];
        memset(it, 0, sizeof *it);
        json_t *label = json_object_get(obj, "label");
        copy_label(it->id, obj, "id");
        copy_label(it->cluster, label, "cluster");
        copy_label(it->kind, label, "kind");
        copy_label(it->hard_with, label, "hard_with");
        normalised_t norm;
        if (normalise_item(title, strlen(title), body, strlen(body), &norm) == -1) {
            fprintf(stderr, "%s:%zu: %s: bad UTF-8, skipped\n", path, lineno, it->id);
            json_decref(obj);
            continue;
        }
        if (dump != NULL)
            fprintf(dump, "%s\t%s\t%.*s\n", it->id, it->cluster, (int)norm.key_len, norm.key);
        normalise_hash_hex(norm.key, norm.key_len, it->hash);
        fingerprint_compute(norm.key, norm.key_len, &it->fp);
        normalised_free(&norm);
        json_decref(obj);
        (*n)++;
    }
    free(line);
    fclose(f);
    return items;
}

static bool
shares_block(const fingerprint_t *a, const fingerprint_t *b, int max_distance)
{
    uint32_t ka[FP_BLOCKS], kb[FP_BLOCKS];
    fingerprint_blocks(a->simhash, ka);
    fingerprint_blocks(b->simhash, kb);
    for (int t = 0; t < FP_BLOCKS; t++) {
        if (ka[t] == kb[t])
            return fingerprint_distance(a->simhash, b->simhash) <= max_distance;
    }
    return false;
}

static bool
shares_band(const fingerprint_t *a, const fingerprint_t *b)
{
    for (int j = 0; j < FP_BANDS; j++) {
        if (a->bands[j] == b->bands[j])
            return true;
    }
    return false;
}

/* True when the scheme would put B among A's candidates. Texts without
 * shingles are never remembered in the tables. */
static bool
is_candidate(const run_opts_t *o, const fingerprint_t *a, const fingerprint_t *b)
{
    if (a->n_shingles == 0 || b->n_shingles == 0)
        return false;
    switch (o->scheme) {
    case SCHEME_BLOCKS:
        return shares_block(a, b, o->max_distance);
    case SCHEME_BANDS:
        return shares_band(a, b);
    case SCHEME_EITHER:
        return shares_block(a, b, o->max_distance) || shares_band(a, b);
    case SCHEME_ALL:
        break;
    }
    return true;
}

/* The earlier item that item I is matched to, or -1: an exact hash match
 * first, else the most similar verified candidate. Counts candidates. */
static long
match_of(const item_t *items, size_t i, const run_opts_t *o, score_t *sc, double *sim)
{
    long best = -1;
    double best_sim = -1.0;
    *sim = 0.0;
    for (size_t j = 0; j < i; j++) {
        if (strcmp(items[i].hash, items[j].hash) == 0) {
            *sim = 1.0;
            return (long)j;
        }
    }
    for (size_t j = 0; j < i; j++) {
        if (!is_candidate(o, &items[i].fp, &items[j].fp))
            continue;
        sc->candidates++;
        if (strcmp(items[i].cluster, items[j].cluster) != 0)
            sc->foreign++;
        double s;
        if (fingerprint_is_near(&items[i].fp, &items[j].fp, &o->params, &s) && s > best_sim) {
            best = (long)j;
            best_sim = s;
        }
    }
    sc->comparisons += i;
    *sim = best_sim;
    return best;
}

static void
print_pair(const char *what, const item_t *a, const item_t *b)
{
    printf("  %s %s (%s, %s) ~ %s (%s, %s): J=%.3f C=%.3f hamming=%d sizes=%u/%u\n", what,
           a->id, a->kind, a->cluster, b->id, b->kind, b->cluster,
           fingerprint_similarity(&a->fp, &b->fp), fingerprint_containment(&a->fp, &b->fp),
           fingerprint_distance(a->fp.simhash, b->fp.simhash), a->fp.n_shingles,
           b->fp.n_shingles);
}

/* Reports a missed duplicate against the most similar earlier item of its cluster. */
static void
print_miss(const item_t *items, size_t i, const run_opts_t *o)
{
    long best = -1;
    for (size_t j = 0; j < i; j++) {
        if (strcmp(items[i].cluster, items[j].cluster) == 0
            && (best < 0 || fingerprint_similarity(&items[i].fp, &items[j].fp)
                                > fingerprint_similarity(&items[i].fp, &items[best].fp)))
            best = (long)j;
    }
    bool cand = is_candidate(o, &items[i].fp, &items[best].fp);
    print_pair(cand ? "MISS (rejected)" : "MISS (no candidate)", &items[i], &items[best]);
}

static bool
has_earlier_in_cluster(const item_t *items, size_t i)
{
    for (size_t j = 0; j < i; j++) {
        if (strcmp(items[i].cluster, items[j].cluster) == 0)
            return true;
    }
    return false;
}

static long
find_id(const item_t *items, size_t n, const char *id)
{
    for (size_t j = 0; j < n; j++) {
        if (strcmp(items[j].id, id) == 0)
            return (long)j;
    }
    return -1;
}

/* Counts the hard pairs that the rule would call near, whichever came first. */
static void
score_hard_pairs(const item_t *items, size_t n, const run_opts_t *o, score_t *sc)
{
    for (size_t i = 0; i < n; i++) {
        long j = items[i].hard_with[0] ? find_id(items, n, items[i].hard_with) : -1;
        if (j < 0)
            continue;
        sc->hard_pairs++;
        const fingerprint_t *a = &items[i].fp, *b = &items[j].fp;
        if (is_candidate(o, a, b) && fingerprint_is_near(a, b, &o->params, NULL)) {
            sc->hard_merged++;
            if (!o->quiet)
                print_pair("HARD PAIR MERGED", &items[i], &items[j]);
        }
    }
}

static void
evaluate(const item_t *items, size_t n, const run_opts_t *o, score_t *sc)
{
    memset(sc, 0, sizeof *sc);
    for (size_t i = 0; i < n; i++) {
        bool positive = has_earlier_in_cluster(items, i);
        double sim;
        long j = match_of(items, i, o, sc, &sim);
        sc->positives += positive;
        if (j >= 0) {
            sc->predicted++;
            bool ok = strcmp(items[i].cluster, items[j].cluster) == 0;
            sc->correct += ok;
            if (!ok && !o->quiet)
                print_pair("FALSE MATCH", &items[i], &items[j]);
        }
        if (positive && (j < 0 || strcmp(items[i].cluster, items[j].cluster) != 0) && !o->quiet)
            print_miss(items, i, o);
    }
    score_hard_pairs(items, n, o, sc);
}

static void
ratios(const score_t *sc, double *p, double *r, double *f1)
{
    *p = sc->predicted ? (double)sc->correct / sc->predicted : 1.0;
    *r = sc->positives ? (double)sc->correct / sc->positives : 1.0;
    *f1 = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
}

/* Recall per label kind, over the items that have an earlier item of their cluster. */
static void
print_kinds(const item_t *items, size_t n, const run_opts_t *o)
{
    char kinds[MAX_KINDS][LABEL_LEN];
    size_t found[MAX_KINDS] = { 0 }, total[MAX_KINDS] = { 0 };
    size_t n_kinds = 0;
    score_t scratch;
    for (size_t i = 0; i < n; i++) {
        if (!has_earlier_in_cluster(items, i))
            continue;
        size_t k = 0;
        while (k < n_kinds && strcmp(kinds[k], items[i].kind) != 0)
            k++;
        if (k == n_kinds && n_kinds < MAX_KINDS)
            snprintf(kinds[n_kinds++], LABEL_LEN, "%s", items[i].kind);
        if (k == MAX_KINDS)
            continue;
        double sim;
        long j = match_of(items, i, o, &scratch, &sim);
        total[k]++;
        found[k] += j >= 0 && strcmp(items[i].cluster, items[j].cluster) == 0;
    }
    printf("recall by kind:");
    for (size_t k = 0; k < n_kinds; k++)
        printf(" %s=%zu/%zu", kinds[k], found[k], total[k]);
    printf("\n");
}

static void
print_summary(const item_t *items, size_t n, const run_opts_t *o, const score_t *sc)
{
    double p, r, f1;
    ratios(sc, &p, &r, &f1);
    printf("eval_dups scheme=%s items=%zu positives=%zu predicted=%zu correct=%zu "
           "precision=%.4f recall=%.4f f1=%.4f\n",
           scheme_names[o->scheme], n, sc->positives, sc->predicted, sc->correct, p, r, f1);
    printf("params: min_resemblance=%.2f min_containment=%.2f min_containment_size=%u "
           "min_size=%u max_distance=%d\n", o->params.min_resemblance,
           o->params.min_containment, o->params.min_containment_size, o->params.min_size,
           o->max_distance);
    printf("hard pairs merged: %zu of %zu\n", sc->hard_merged, sc->hard_pairs);
    double foreign_rate = sc->comparisons ? (double)sc->foreign / sc->comparisons : 0.0;
    printf("candidates per lookup: %.2f here; foreign-candidate rate %.5f per remembered item "
           "(%.0f per lookup at 10^6 items on this one-topic corpus)\n",
           n ? (double)sc->candidates / n : 0.0, foreign_rate, foreign_rate * 1e6);
    print_kinds(items, n, o);
}

static void
sweep(const item_t *items, size_t n, run_opts_t o)
{
    static const double res[] = { 0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.70 };
    static const double cont[] = { 0.70, 0.75, 0.80, 0.85, 0.90, 1.01 };
    o.quiet = true;
    printf("scheme min_resemblance min_containment precision recall f1 hard_merged\n");
    for (size_t a = 0; a < sizeof res / sizeof res[0]; a++) {
        for (size_t b = 0; b < sizeof cont / sizeof cont[0]; b++) {
            o.params.min_resemblance = res[a];
            o.params.min_containment = cont[b];
            score_t sc;
            double p, r, f1;
            evaluate(items, n, &o, &sc);
            ratios(&sc, &p, &r, &f1);
            printf("%s %.2f %.2f %.4f %.4f %.4f %zu\n", scheme_names[o.scheme], res[a], cont[b],
                   p, r, f1, sc.hard_merged);
        }
    }
}

static int
parse_scheme(const char *s, scheme_t *out)
{
    for (int i = 0; i < (int)(sizeof scheme_names / sizeof scheme_names[0]); i++) {
        if (strcmp(s, scheme_names[i]) == 0) {
            *out = (scheme_t)i;
            return 0;
        }
    }
    return -1;
}

int
main(int argc, char **argv)
{
    const fp_params_t defaults = FP_PARAMS_DEFAULT;
    run_opts_t o = { SCHEME_BANDS, 3, defaults, false, NULL };
    bool do_sweep = false;
    int opt;
    while ((opt = getopt(argc, argv, "s:r:c:m:k:qSD")) != -1) {
        switch (opt) {
        case 's':
            if (parse_scheme(optarg, &o.scheme) == -1)
                goto usage;
            break;
        case 'r': o.params.min_resemblance = atof(optarg); break;
        case 'c': o.params.min_containment = atof(optarg); break;
        case 'm': o.params.min_containment_size = (uint32_t)atoi(optarg); break;
        case 'k': o.max_distance = atoi(optarg); break;
        case 'q': o.quiet = true; break;
        case 'S': do_sweep = true; break;
        case 'D': o.dump = stdout; break;
        default: goto usage;
        }
    }
    size_t n;
    item_t *items = load_corpus(optind < argc ? argv[optind] : DEFAULT_CORPUS, &n, o.dump);
    if (items == NULL)
        return 1;
    if (do_sweep && o.dump == NULL) {
        sweep(items, n, o);
    } else if (o.dump == NULL) {
        score_t sc;
        evaluate(items, n, &o, &sc);
        print_summary(items, n, &o, &sc);
    }
    free(items);
    return 0;
usage:
    fprintf(stderr, "usage: %s [-s blocks|bands|either|all] [-r RES] [-c CONT] [-m SIZE] "
                    "[-k BITS] [-q] [-S] [-D] [FILE]\n", argv[0]);
    return 64;
}

/* SPDX-License-Identifier: MIT
 *
 * eval_dups_offline — measures near-duplicate detection offline (no Redis),
 * deciding as the worker does, on two kinds of labelled input:
 *
 *   our corpus   tests/data/eval/dups.jsonl (label.cluster, label.kind,
 *                label.hard_with), the default;
 *   real pages   ../shared/eval/real-dev.jsonl (dup_group), with -R: both
 *                halves that eval/real_pages.py makes (it is run to write
 *                each half as the pipeline is fed it: same split, same
 *                published times, same order), read at run time only.
 *
 * Each item is normalised (normalise_item), fingerprinted, and given the
 * day its text reports as the worker gives it (the classifier's event date,
 * else the dateline's date; -n leaves days out). Then, in stream order: an
 * exact key hash match with a remembered item wins; otherwise the candidate
 * scheme proposes remembered items, fingerprint_verify() checks each, and the
 * best verified one (fingerprint_rank) is the match. The item's verdict names
 * the match's root (its earliest copy), and the roots of other verified items
 * that share FP_ALSO_SHARED_MARKS marks with the match, as the pipeline's does.
 *
 * Build: `make evaluators` (CI compiles it) writes build/eval/eval_dups_offline.
 *
 * Run: build/eval/eval_dups_offline [-s SCHEME] [-r RES] [-c CONT] [-m SIZE]
 *      [-C MARKCONT] [-M SHARED] [-P PROBE] [-k BITS] [-a MARKS] [-n] [-q] [-L] [-S]
 *      [-D] [-R REAL] [-e SEED] [-x CATALOG] [FILE]
 *   -s  candidates: blocks (Manku SimHash tables, Hamming <= -k), bands
 *       (MinHash LSH), marks (the memindex of winnowing marks, -P shared),
 *       bands+marks (default), either (blocks or bands), all (every earlier item)
 *   -r -c -m  the sketch part of the rule (FP_PARAMS_DEFAULT)
 *   -C -M     the marks part: containment and marks shared (FP_RULE_DEFAULT)
 *   -a  marks the records matched must share for a verdict to name a second
 *       root (FP_ALSO_SHARED_MARKS; a large number names none)
 *   -n  no days (the date rule off);  -q  no error list;  -S  sweep -C x -M
 *   -L  list every pair of items that credit one agency: "LEAD", copy or apart, the
 *       lead's resemblance, marks shared, the two days, whether they name the same
 *       people, the rule's verdict, the agency and the ids (the update rule's
 *       evidence, lead.h)
 *   -D  dump "id<TAB>cluster<TAB>normalised key" lines instead (our corpus,
 *       then with -R the real halves)
 *   -R  also score the real pages of REAL, halves dev and check (seed -e, 12)
 *
 * Scores. Our corpus, per item: a verdict is right when its root is of the
 * item's cluster; recall over the items that have an earlier item of their
 * cluster; the hard pairs (label.hard_with) the rule merges. Every corpus,
 * per pair (as eval/real_score.py): the copy pairs of one cluster found when
 * verdicts join them, precision over verdicts; and every pair of different
 * clusters that the rule alone would call near, whatever the order and the
 * candidates ("rule merges"). Every missed pair and false merge is printed
 * with its ids. Exit 0; 1 when an input cannot be read; 64 on bad usage. */
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dedup/fingerprint.h"
#include "dedup/memindex.h"
#include "events/catalog.h"
#include "events/classify.h"
#include "events/dates.h"
#include "text/normalise.h"
#include "text/url_words.h"
#include "ww_alloc.h"

#define DEFAULT_CORPUS  "tests/data/eval/dups.jsonl"
#define DEFAULT_CATALOG "deploy/catalog/events.catalog"
#define REAL_PAGES_PY   "eval/real_pages.py"
#define DEFAULT_SEED    "12"
#define LABEL_LEN       96
#define MAX_KINDS       16
#define MAX_ALSO        3      /* as WW_MAX_ALSO in the worker */
#define VERIFIED_MAX    16     /* verified candidates kept per lookup, as near.c */

typedef enum { SCHEME_BLOCKS, SCHEME_BANDS, SCHEME_MARKS, SCHEME_BOTH, SCHEME_EITHER,
               SCHEME_ALL } scheme_t;

static const char *const scheme_names[] = { "blocks", "bands", "marks", "bands+marks",
                                            "either", "all" };

typedef struct {
    char id[LABEL_LEN];
    char cluster[LABEL_LEN];   /* "" = a story of its own (real pages without dup_group) */
    char kind[LABEL_LEN];
    char hard_with[LABEL_LEN]; /* "" when the item has no hard partner */
    char hash[33];             /* exact key hash */
    fingerprint_t fp;          /* day included */
    uint64_t simhash;          /* fingerprint_simhash of the key, for the block scheme */
} item_t;

typedef struct {
    const char *name;
    item_t *items;
    size_t n;
    bool per_item;             /* our corpus: per-item scores and hard pairs too */
} corpus_t;

typedef struct {
    scheme_t scheme;
    int max_distance;          /* Hamming bound after a Manku block hit */
    uint32_t probe;            /* marks shared to be a memindex candidate */
    fp_rule_t rule;
    bool quiet;
    bool leads;                /* -L: list every pair that credits one agency */
    uint32_t also_marks;       /* ... when the record matched shares this many marks with
                                  theirs (FP_ALSO_SHARED_MARKS; -a) */
} run_opts_t;

typedef struct {
    size_t positives, predicted, correct;   /* per item (our corpus) */
    size_t verdicts, right_verdicts;        /* per verdict (as real_score.py) */
    size_t pairs, pairs_found;              /* copy pairs of one cluster */
    size_t candidates, foreign, comparisons;
    size_t hard_pairs, hard_merged, rule_merges;
    size_t also;                            /* other roots named */
    size_t by_why[FP_OTHER_DAY + 1];        /* verdicts by the part of the rule that passed */
} score_t;

typedef struct {
    const catalog_t *catalog;  /* NULL: no days */
    FILE *dump;
} load_opts_t;

static const char *const why_names[] = { "-", "resemblance", "sketch-containment", "marks",
                                         "update", "other-day" };

/* ---- loading ---- */

static void
copy_str(char *dst, size_t cap, json_t *v)
{
    const char *s = json_string_value(v);
    snprintf(dst, cap, "%s", s != NULL ? s : "");
}

/* RFC 3339 ("2015-10-08T14:32:00+03:00" or "...Z") to ms since the epoch. */
static bool
parse_time(const char *s, int64_t *ms)
{
    int y, mo, d, h, mi, sec, n = 0;
    if (s == NULL || sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &sec, &n) != 6)
        return false;
    int off = 0, oh, om;
    if ((s[n] == '+' || s[n] == '-') && sscanf(s + n + 1, "%2d:%2d", &oh, &om) == 2)
        off = (oh * 60 + om) * (s[n] == '-' ? -1 : 1);
    if (!dates_valid(y, mo, d))
        return false;
    *ms = ((dates_days_from_civil(y, mo, d) * 24LL + h) * 60 + mi - off) * 60000LL + sec * 1000LL;
    return true;
}

/* The day the worker gives the text: the date the text gives its event, else the
   dateline's (pipeline.c); and the parties it names into *PARTIES. */
static uint16_t
day_of(const load_opts_t *lo, const normalised_t *norm, const char *url, const char *lang,
       int64_t published, uint32_t *parties)
{
    char date[11] = "", words[URL_WORDS_MAX];
    size_t title_len = norm->title_len;
    const char *title = url_words_title(norm->title, &title_len, url, url ? strlen(url) : 0,
                                        words);
    classify_result_t c;
    classify_item(lo->catalog, title, title_len, norm->body, norm->body_len,
                  lang[0] ? lang : NULL, published, &c);
    *parties = c.parties;
    const char *text_day = classify_text_day(&c);
    if (text_day != NULL) {
        snprintf(date, sizeof date, "%s", text_day);
    } else {
        dateline_t dl;
        if (dates_find_dateline(norm->body, norm->body_len, lang[0] ? lang : NULL, &dl) &&
            dl.month > 0)
            dates_resolve_month_day(dl.month, dl.day, published, date);
    }
    int32_t days;
    return date[0] && dates_parse_iso(date, strlen(date), &days) && days > 0 && days < 65536
               ? (uint16_t)days : 0;
}

/* Normalises and fingerprints one line's item into *IT (labels already set). */
static bool
analyse(const load_opts_t *lo, json_t *obj, item_t *it)
{
    const char *title = json_string_value(json_object_get(obj, "title"));
    const char *body = json_string_value(json_object_get(obj, "body"));
    char lang[16];
    copy_str(lang, sizeof lang, json_object_get(obj, "lang"));
    if (title == NULL)
        title = "";
    normalised_t norm;
    if (body == NULL || normalise_item(title, strlen(title), body, strlen(body), &norm) == -1)
        return false;
    if (lo->dump != NULL)
        fprintf(lo->dump, "%s\t%s\t%.*s\n", it->id, it->cluster, (int)norm.key_len, norm.key);
    normalise_hash_hex(norm.key, norm.key_len, it->hash);
    fingerprint_compute(norm.key, norm.key_len, &it->fp);
    lead_compute(norm.body, norm.body_len, &it->fp.lead);
    it->simhash = fingerprint_simhash(norm.key, norm.key_len);
    int64_t published;
    if (lo->catalog != NULL &&
        parse_time(json_string_value(json_object_get(obj, "published")), &published))
        it->fp.day = day_of(lo, &norm, json_string_value(json_object_get(obj, "url")), lang,
                            published, &it->fp.lead.parties);
    normalised_free(&norm);
    return true;
}

/* Reads the JSON Lines of PATH into C. LABELS, when not NULL, gives each id
 * its cluster (the real pages: id -> dup_group); else the line's label does.
 * Returns 0, or -1 with a message on stderr. */
static int
load(const char *path, json_t *labels, const load_opts_t *lo, corpus_t *c)
{
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        perror(path);
        return -1;
    }
    size_t cap = 0;
    char *line = NULL;
    size_t line_cap = 0;
    for (size_t lineno = 1; getline(&line, &line_cap, f) > 0; lineno++) {
        json_error_t err;
        json_t *obj = json_loads(line, 0, &err);
        if (c->n == cap) {
            cap = cap ? 2 * cap : 256;
            c->items = ww_xrealloc(c->items, cap * sizeof *c->items);
        }
        item_t *it = &c->items[c->n];
        memset(it, 0, sizeof *it);
        copy_str(it->id, sizeof it->id, json_object_get(obj, "id"));
        json_t *label = json_object_get(obj, "label");
        if (labels != NULL) {
            copy_str(it->cluster, sizeof it->cluster, json_object_get(labels, it->id));
        } else {
            copy_str(it->cluster, sizeof it->cluster, json_object_get(label, "cluster"));
            copy_str(it->kind, sizeof it->kind, json_object_get(label, "kind"));
            copy_str(it->hard_with, sizeof it->hard_with, json_object_get(label, "hard_with"));
        }
        if (obj == NULL || !analyse(lo, obj, it))
            fprintf(stderr, "%s:%zu: not an item, skipped: %s\n", path, lineno,
                    obj ? "no body or bad UTF-8" : err.text);
        else
            c->n++;
        json_decref(obj);
    }
    free(line);
    fclose(f);
    return 0;
}

/* id -> dup_group of every page of REAL (a JSON object, caller decrefs). */
static json_t *
load_real_labels(const char *real)
{
    FILE *f = fopen(real, "r");
    if (f == NULL) {
        perror(real);
        return NULL;
    }
    json_t *map = json_object();
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        json_t *obj = json_loads(line, 0, NULL);
        const char *id = json_string_value(json_object_get(obj, "id"));
        const char *group = json_string_value(json_object_get(obj, "dup_group"));
        if (id != NULL)
            json_object_set_new(map, id, json_string(group != NULL ? group : ""));
        json_decref(obj);
    }
    free(line);
    fclose(f);
    return map;
}

/* Writes half HALF of REAL as eval/real_pages.py feeds it into a temporary
 * file and loads it. Returns 0, or -1 with a message on stderr. */
static int
load_real_half(const char *real, const char *seed, const char *half, json_t *labels,
               const load_opts_t *lo, corpus_t *c)
{
    char tmp[] = "/tmp/eval_dups_real_XXXXXX";
    int fd = mkstemp(tmp);
    if (fd == -1) {
        perror("mkstemp");
        return -1;
    }
    close(fd);
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "python3 %s feed '%s' '%s' %s %s >/dev/null", REAL_PAGES_PY, real,
             seed, half, tmp);
    int rc = system(cmd) == 0 ? load(tmp, labels, lo, c) : -1;
    if (rc == -1)
        fprintf(stderr, "eval_dups_offline: `%s` failed\n", cmd);
    unlink(tmp);
    return rc;
}

/* ---- candidates and matching ---- */

static bool
shares_block(const item_t *a, const item_t *b, int max_distance)
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

/* True when the scheme proposes B (remembered) for A; IN_INDEX says whether
 * the memindex returned B for A. Texts without shingles are never remembered. */
static bool
is_candidate(const run_opts_t *o, const item_t *a, const item_t *b, bool in_index)
{
    if (a->fp.n_shingles == 0 || b->fp.n_shingles == 0)
        return false;
    switch (o->scheme) {
    case SCHEME_BLOCKS: return shares_block(a, b, o->max_distance);
    case SCHEME_BANDS: return shares_band(&a->fp, &b->fp);
    case SCHEME_MARKS: return in_index;
    case SCHEME_BOTH: return in_index || shares_band(&a->fp, &b->fp);
    case SCHEME_EITHER: return shares_block(a, b, o->max_distance) || shares_band(&a->fp, &b->fp);
    case SCHEME_ALL: break;
    }
    return true;
}

static bool
same_cluster(const item_t *a, const item_t *b)
{
    return a->cluster[0] && strcmp(a->cluster, b->cluster) == 0;
}

/* Adds R to the roots ALSO[0..*N) when it is neither ROOT nor there yet. */
static void
add_also(long *also, size_t *n, long root, long r)
{
    if (r == root || *n == MAX_ALSO)
        return;
    for (size_t k = 0; k < *n; k++) {
        if (also[k] == r)
            return;
    }
    also[(*n)++] = r;
}

/* Replays C as a stream: ROOT[i] is the root item i's verdict names (i when
 * new), MATCH[i] the remembered item it matched (-1 when new), ALSO[i *
 * MAX_ALSO ..] the N_ALSO[i] other roots of the items it verified against
 * whose marks it shares as the worker asks (near.c, name_other_roots). */
static void
replay(const corpus_t *c, const run_opts_t *o, long *root, long *match, long *also,
       size_t *n_also, score_t *sc)
{
    memindex_t *index = memindex_new(o->probe);
    bool *hit = ww_xcalloc(c->n ? c->n : 1, sizeof *hit);
    uint64_t *found = ww_xmalloc((c->n ? c->n : 1) * sizeof *found);
    for (size_t i = 0; i < c->n; i++) {
        const item_t *it = &c->items[i];
        match[i] = -1;
        n_also[i] = 0;
        for (size_t j = 0; j < i && match[i] < 0; j++) {
            if (strcmp(it->hash, c->items[j].hash) == 0)
                match[i] = (long)j;
        }
        if (match[i] >= 0) {
            sc->by_why[FP_NEAR_RESEMBLANCE]++;
            root[i] = root[match[i]];
            continue;
        }
        size_t n_found = memindex_query(index, &it->fp, found, c->n);
        for (size_t k = 0; k < n_found; k++)
            hit[found[k] - 1] = true;
        double best = -1.0;
        fp_why_t best_why = FP_NOT_NEAR;
        long verified[VERIFIED_MAX];
        size_t n_verified = 0;
        for (size_t j = 0; j < i; j++) {
            const item_t *e = &c->items[j];
            if (!is_candidate(o, it, e, hit[j]))
                continue;
            sc->candidates++;
            sc->foreign += !same_cluster(it, e);
            fp_verdict_t v;
            double rank = fingerprint_verify(&it->fp, &e->fp, &o->rule, &v) ? fingerprint_rank(&v)
                                                                            : -1.0;
            if (rank >= 0.0 && n_verified < VERIFIED_MAX)
                verified[n_verified++] = (long)j;
            if (rank > best) {
                best = rank;
                best_why = v.why;
                match[i] = (long)j;
            }
        }
        for (size_t k = 0; k < n_found; k++)
            hit[found[k] - 1] = false;
        sc->comparisons += i;
        sc->by_why[best_why]++;
        root[i] = match[i] >= 0 ? root[match[i]] : (long)i;
        for (size_t k = 0; match[i] >= 0 && k < n_verified; k++) {
            const item_t *m = &c->items[match[i]], *e = &c->items[verified[k]];
            fp_verdict_t u;
            if (fingerprint_shared_marks(&m->fp, &e->fp) >= o->also_marks ||
                (fingerprint_verify(&it->fp, &e->fp, &o->rule, &u) && u.why == FP_NEAR_UPDATE))
                add_also(&also[i * MAX_ALSO], &n_also[i], root[i], root[verified[k]]);
        }
        if (it->fp.n_shingles > 0)
            memindex_add(index, &it->fp, i + 1);   /* seqs from 1 */
    }
    free(found);
    free(hit);
    memindex_destroy(&index);
}

/* ---- scores ---- */

static void
print_pair(const char *what, const item_t *a, const item_t *b, const run_opts_t *o)
{
    if (o->quiet)
        return;
    fp_verdict_t v;
    fingerprint_verify(&a->fp, &b->fp, &o->rule, &v);
    printf("  %s %s (%s%s%s) ~ %s (%s%s%s): J=%.3f C=%.3f marks %u/%u/%u sizes=%u/%u "
           "days=%u/%u credits=%s/%s lead=%.2f rule=%s\n", what, a->id, a->cluster[0] ? a->cluster : "no group",
           a->kind[0] ? ", " : "", a->kind, b->id, b->cluster[0] ? b->cluster : "no group",
           b->kind[0] ? ", " : "", b->kind, v.resemblance,
           fingerprint_containment(&a->fp, &b->fp), v.shared, a->fp.n_marks, b->fp.n_marks,
           a->fp.n_shingles, b->fp.n_shingles, a->fp.day, b->fp.day,
           a->fp.lead.credit ? lead_credit_name(a->fp.lead.credit) : "-",
           b->fp.lead.credit ? lead_credit_name(b->fp.lead.credit) : "-",
           lead_similarity(&a->fp.lead, &b->fp.lead), why_names[v.why]);
}

static long
find_root(long *parent, long i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

static void
score_link(const corpus_t *c, const run_opts_t *o, long *parent, size_t i, long to, score_t *sc)
{
    const item_t *of = &c->items[to];
    sc->verdicts++;
    if (same_cluster(&c->items[i], of)) {
        sc->right_verdicts++;
        parent[find_root(parent, (long)i)] = find_root(parent, to);
    } else {
        print_pair("FALSE MERGE", &c->items[i], of, o);
    }
}

/* Per verdict and per pair, as eval/real_score.py scores the pipeline: a
 * root a verdict names besides its own (ALSO) counts as a verdict too. */
static void
score_pairs(const corpus_t *c, const run_opts_t *o, const long *root, const long *match,
            const long *also, const size_t *n_also, score_t *sc)
{
    long *parent = ww_xmalloc((c->n ? c->n : 1) * sizeof *parent);
    for (size_t i = 0; i < c->n; i++)
        parent[i] = (long)i;
    for (size_t i = 0; i < c->n; i++) {
        if (match[i] < 0)
            continue;
        score_link(c, o, parent, i, root[i], sc);
        for (size_t k = 0; k < n_also[i]; k++) {
            sc->also++;
            score_link(c, o, parent, i, also[i * MAX_ALSO + k], sc);
        }
    }
    for (size_t i = 0; i < c->n; i++) {
        for (size_t j = i + 1; j < c->n; j++) {
            const item_t *a = &c->items[i], *b = &c->items[j];
            fp_verdict_t v;
            if (o->leads && a->fp.lead.credit != 0 &&
                a->fp.lead.credit == b->fp.lead.credit) {
                fingerprint_verify(&a->fp, &b->fp, &o->rule, &v);
                printf("LEAD\t%s\t%.2f\t%u\t%u/%u\t%s\t%s\t%s\t%s\t%s\n",
                       same_cluster(a, b) ? "COPY" : "apart",
                       lead_similarity(&a->fp.lead, &b->fp.lead), v.shared, a->fp.day,
                       b->fp.day,
                       a->fp.lead.parties == b->fp.lead.parties ? "same-people" : "other-people",
                       why_names[v.why], lead_credit_name(a->fp.lead.credit), a->id, b->id);
            }
            if (same_cluster(a, b)) {
                sc->pairs++;
                bool found = find_root(parent, (long)i) == find_root(parent, (long)j);
                sc->pairs_found += found;
                if (!found)
                    print_pair("PAIR MISSED", b, a, o);
            } else if (a->fp.n_shingles > 0 && b->fp.n_shingles > 0 &&
                       fingerprint_verify(&a->fp, &b->fp, &o->rule, &v)) {
                sc->rule_merges++;
                print_pair("RULE MERGES", b, a, o);
            }
        }
    }
    free(parent);
}

static long
find_id(const corpus_t *c, const char *id)
{
    for (size_t j = 0; j < c->n; j++) {
        if (strcmp(c->items[j].id, id) == 0)
            return (long)j;
    }
    return -1;
}

/* Our corpus: per item, and the hard pairs. */
static void
score_items(const corpus_t *c, const run_opts_t *o, const long *root, const long *match,
            score_t *sc)
{
    for (size_t i = 0; i < c->n; i++) {
        bool positive = false;
        for (size_t j = 0; j < i && !positive; j++)
            positive = same_cluster(&c->items[i], &c->items[j]);
        sc->positives += positive;
        bool right = match[i] >= 0 && same_cluster(&c->items[i], &c->items[root[i]]);
        sc->predicted += match[i] >= 0;
        sc->correct += right;
        if (positive && !right)
            print_pair(match[i] >= 0 ? "MISS (wrong match)" : "MISS", &c->items[i],
                       &c->items[match[i] >= 0 ? match[i] : (long)i - 1], o);
        long j = c->items[i].hard_with[0] ? find_id(c, c->items[i].hard_with) : -1;
        if (j < 0)
            continue;
        sc->hard_pairs++;
        fp_verdict_t v;
        if (fingerprint_verify(&c->items[i].fp, &c->items[j].fp, &o->rule, &v)) {
            sc->hard_merged++;
            print_pair("HARD PAIR MERGED", &c->items[i], &c->items[j], o);
        }
    }
}

static double
ratio(size_t a, size_t b)
{
    return b ? (double)a / (double)b : 1.0;
}

static void
evaluate(const corpus_t *c, const run_opts_t *o, score_t *sc)
{
    memset(sc, 0, sizeof *sc);
    long *root = ww_xmalloc((c->n ? c->n : 1) * sizeof *root);
    long *match = ww_xmalloc((c->n ? c->n : 1) * sizeof *match);
    long *also = ww_xmalloc((c->n ? c->n : 1) * MAX_ALSO * sizeof *also);
    size_t *n_also = ww_xmalloc((c->n ? c->n : 1) * sizeof *n_also);
    replay(c, o, root, match, also, n_also, sc);
    if (!o->quiet)
        printf("%s: errors\n", c->name);
    if (c->per_item)
        score_items(c, o, root, match, sc);
    score_pairs(c, o, root, match, also, n_also, sc);
    free(n_also);
    free(also);
    free(match);
    free(root);
}

static void
print_summary(const corpus_t *c, const run_opts_t *o, const score_t *sc)
{
    printf("%s: items=%zu scheme=%s\n", c->name, c->n, scheme_names[o->scheme]);
    if (c->per_item)
        printf("  per item: precision %.4f (%zu/%zu) recall %.4f (%zu/%zu); hard pairs merged "
               "%zu of %zu\n", ratio(sc->correct, sc->predicted), sc->correct, sc->predicted,
               ratio(sc->correct, sc->positives), sc->correct, sc->positives, sc->hard_merged,
               sc->hard_pairs);
    printf("  copy pairs found %.4f (%zu/%zu); verdict precision %.4f (%zu/%zu); rule merges "
           "%zu pairs of different stories\n", ratio(sc->pairs_found, sc->pairs),
           sc->pairs_found, sc->pairs, ratio(sc->right_verdicts, sc->verdicts),
           sc->right_verdicts, sc->verdicts, sc->rule_merges);
    printf("  verdicts by rule: exact+resemblance %zu, sketch containment %zu, marks %zu, "
           "update %zu; "
           "other roots named %zu; candidates per lookup %.2f, foreign rate %.5f\n",
           sc->by_why[FP_NEAR_RESEMBLANCE], sc->by_why[FP_NEAR_SKETCH_CONTAINMENT],
           sc->by_why[FP_NEAR_MARKS], sc->by_why[FP_NEAR_UPDATE], sc->also,
           c->n ? (double)sc->candidates / c->n : 0.0, ratio(sc->foreign, sc->comparisons));
}

static void
sweep(corpus_t *cs, size_t n_cs, run_opts_t o)
{
    static const double cont[] = { 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9 };
    static const uint32_t shared[] = { 3, 4, 5, 6, 8, 10 };
    o.quiet = true;
    printf("min_mark_containment min_shared_marks");
    for (size_t k = 0; k < n_cs; k++)
        printf(" | %s: pairs verdict_precision rule_merges", cs[k].name);
    printf("\n");
    for (size_t a = 0; a < sizeof cont / sizeof cont[0]; a++) {
        for (size_t b = 0; b < sizeof shared / sizeof shared[0]; b++) {
            o.rule.min_mark_containment = cont[a];
            o.rule.min_shared_marks = shared[b];
            printf("%.2f %u", cont[a], shared[b]);
            for (size_t k = 0; k < n_cs; k++) {
                score_t sc;
                evaluate(&cs[k], &o, &sc);
                printf(" | %zu/%zu %.3f %zu", sc.pairs_found, sc.pairs,
                       ratio(sc.right_verdicts, sc.verdicts), sc.rule_merges);
            }
            printf("\n");
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
    const fp_rule_t rule = FP_RULE_DEFAULT;
    run_opts_t o = { SCHEME_BOTH, 3, MEMINDEX_PROBE_DEFAULT, rule, false, false,
                     FP_ALSO_SHARED_MARKS };
    bool do_sweep = false, no_days = false;
    const char *real = NULL, *seed = DEFAULT_SEED, *catalog_path = DEFAULT_CATALOG;
    load_opts_t lo = { NULL, NULL };
    int opt;
    while ((opt = getopt(argc, argv, "s:r:c:m:C:M:P:k:a:nqLSDR:e:x:")) != -1) {
        switch (opt) {
        case 's':
            if (parse_scheme(optarg, &o.scheme) == -1)
                goto usage;
            break;
        case 'r': o.rule.sketch.min_resemblance = atof(optarg); break;
        case 'c': o.rule.sketch.min_containment = atof(optarg); break;
        case 'm': o.rule.sketch.min_containment_size = (uint32_t)atoi(optarg); break;
        case 'C': o.rule.min_mark_containment = atof(optarg); break;
        case 'M': o.rule.min_shared_marks = (uint32_t)atoi(optarg); break;
        case 'P': o.probe = (uint32_t)atoi(optarg); break;
        case 'k': o.max_distance = atoi(optarg); break;
        case 'n': no_days = true; break;
        case 'q': o.quiet = true; break;
        case 'L': o.leads = true; break;
        case 'a': o.also_marks = (uint32_t)atoi(optarg); break;
        case 'S': do_sweep = true; break;
        case 'D': lo.dump = stdout; break;
        case 'R': real = optarg; break;
        case 'e': seed = optarg; break;
        case 'x': catalog_path = optarg; break;
        default: goto usage;
        }
    }
    char err[512];
    catalog_t *catalog = NULL;
    if (!no_days && (catalog = catalog_load(catalog_path, err, sizeof err)) == NULL) {
        fprintf(stderr, "eval_dups_offline: %s\n", err);
        return 1;
    }
    lo.catalog = catalog;
    corpus_t cs[3] = { { "corpus", NULL, 0, true }, { "real dev", NULL, 0, false },
                       { "real check", NULL, 0, false } };
    size_t n_cs = 1;
    int rc = load(optind < argc ? argv[optind] : DEFAULT_CORPUS, NULL, &lo, &cs[0]);
    if (rc == 0 && real != NULL) {
        json_t *labels = load_real_labels(real);
        rc = labels == NULL ? -1 : load_real_half(real, seed, "dev", labels, &lo, &cs[1]);
        if (rc == 0)
            rc = load_real_half(real, seed, "check", labels, &lo, &cs[2]);
        json_decref(labels);
        n_cs = 3;
    }
    if (rc == 0 && lo.dump == NULL) {
        if (do_sweep) {
            sweep(cs, n_cs, o);
        } else {
            for (size_t k = 0; k < n_cs; k++) {
                score_t sc;
                evaluate(&cs[k], &o, &sc);
                print_summary(&cs[k], &o, &sc);
            }
        }
    }
    for (size_t k = 0; k < 3; k++)
        free(cs[k].items);
    catalog_destroy(&catalog);
    return rc == 0 ? 0 : 1;
usage:
    fprintf(stderr, "usage: %s [-s blocks|bands|marks|bands+marks|either|all] [-r RES] "
                    "[-c CONT] [-m SIZE] [-C MARKCONT] [-M SHARED] [-P PROBE] [-k BITS] "
                    "[-a MARKS] [-n] [-q] [-L] [-S] [-D] [-R REAL] [-e SEED] [-x CATALOG] "
                    "[FILE]\n", argv[0]);
    return 64;
}

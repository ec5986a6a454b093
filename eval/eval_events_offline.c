/* SPDX-License-Identifier: MIT
 *
 * eval_events_offline — measures event classification on the labelled corpus
 * tests/data/eval/events.jsonl (tests/data/eval/EVENTS.md), offline, as the
 * worker decides: each raw item is normalised (normalise_item: chrome removed,
 * NFC) and classified against the catalog with its own publication time and
 * language (when the scraper gave one).
 *
 * Build: `make evaluators` (CI compiles it) writes build/eval/eval_events_offline.
 *
 * Run: build/eval/eval_events_offline [-c CATALOG] [-n] [-q] [FILE]
 *   -c  the catalog (default deploy/catalog/events.catalog)
 *   -n  classify the raw title and body, without normalise_item
 *   -q  summary only, no list of errors
 *
 * Output: per event type, precision, recall and F1 (an item counts for the type
 * it is labelled with and the type it is given); the micro average over all
 * types; date accuracy (of the items given the right type, how many got the
 * labelled date); pairwise grouping precision, recall and F1 over instance ids
 * (type + ":" + date: two items are grouped when they get the same id, and
 * belong together when their labels give the same id); accuracy by label kind;
 * then every error, one line each. Exit 0, 1 when the corpus or catalog
 * cannot be read. */
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "events/classify.h"
#include "events/dates.h"
#include "text/normalise.h"
#include "text/url_words.h"
#include "ww_alloc.h"

#define DEFAULT_CORPUS  "tests/data/eval/events.jsonl"
#define DEFAULT_CATALOG "deploy/catalog/events.catalog"
#define FIELD_LEN       64
#define TITLE_SHOWN     70
#define MAX_TYPES       32
#define MAX_KINDS       32

typedef struct {
    char id[FIELD_LEN], kind[FIELD_LEN], lang[8];
    char gold_type[FIELD_LEN], gold_date[11];   /* "" = no event */
    char pred_type[FIELD_LEN], pred_date[11];
    double confidence;
    bool date_from_text;
    char title[TITLE_SHOWN * 4 + 1];
} row_t;

typedef struct {
    const char *name;
    size_t tp, fp, fn;
} type_score_t;

static void
copy_str(char *dst, size_t cap, json_t *v)
{
    const char *s = json_string_value(v);
    snprintf(dst, cap, "%s", s != NULL ? s : "");
}

/* RFC 3339 ("2015-10-08T14:32:00+03:00", "...Z", fractions allowed) to ms since the epoch. */
static bool
parse_rfc3339(const char *s, int64_t *ms)
{
    int y, mo, d, h, mi, sec, n = 0;
    if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &sec, &n) != 6 || n == 0)
        return false;
    const char *p = s + n;
    int frac_ms = 0;
    if (*p == '.') {
        int scale = 100;
        for (p++; *p >= '0' && *p <= '9'; p++, scale /= 10)
            frac_ms += (*p - '0') * scale;
    }
    int offset_min = 0;
    if (*p == '+' || *p == '-') {
        int oh, om;
        if (sscanf(p + 1, "%2d:%2d", &oh, &om) != 2)
            return false;
        offset_min = (oh * 60 + om) * (*p == '-' ? -1 : 1);
    } else if (*p != 'Z' && *p != 'z') {
        return false;
    }
    if (!dates_valid(y, mo, d))
        return false;
    int64_t days = dates_days_from_civil(y, mo, d);
    *ms = ((days * 24 + h) * 60 + mi - offset_min) * 60000LL + sec * 1000LL + frac_ms;
    return true;
}

/* Classifies one corpus line into *R. Returns false when the line is not an item. */
static bool
run_line(const catalog_t *cat, const char *line, bool normalise, row_t *r)
{
    json_error_t jerr;
    json_t *obj = json_loads(line, 0, &jerr);
    const char *title = json_string_value(json_object_get(obj, "title"));
    const char *body = json_string_value(json_object_get(obj, "body"));
    const char *published = json_string_value(json_object_get(obj, "published"));
    int64_t pub_ms;
    if (obj == NULL || title == NULL || body == NULL || published == NULL ||
        !parse_rfc3339(published, &pub_ms)) {
        json_decref(obj);
        return false;
    }
    memset(r, 0, sizeof *r);
    json_t *label = json_object_get(obj, "label");
    copy_str(r->id, sizeof r->id, json_object_get(obj, "id"));
    copy_str(r->lang, sizeof r->lang, json_object_get(obj, "lang"));
    copy_str(r->kind, sizeof r->kind, json_object_get(label, "kind"));
    copy_str(r->gold_type, sizeof r->gold_type, json_object_get(label, "event"));
    copy_str(r->gold_date, sizeof r->gold_date, json_object_get(label, "date"));
    normalised_t norm;
    bool normalised = normalise &&
                      normalise_item(title, strlen(title), body, strlen(body), &norm) == 0;
    const char *t = normalised ? norm.title : title;
    const char *b = normalised ? norm.body : body;
    size_t tl = normalised ? norm.title_len : strlen(title);
    size_t bl = normalised ? norm.body_len : strlen(body);
    const char *url = json_string_value(json_object_get(obj, "url"));
    char words[URL_WORDS_MAX];
    t = url_words_title(t, &tl, url, url ? strlen(url) : 0, words);
    classify_result_t out;
    classify_item(cat, t, tl, b, bl, r->lang[0] ? r->lang : NULL, pub_ms, &out);
    snprintf(r->pred_type, sizeof r->pred_type, "%s", out.type ? out.type : "");
    snprintf(r->pred_date, sizeof r->pred_date, "%s", out.date);
    r->confidence = out.confidence;
    r->date_from_text = out.date_from_text;
    snprintf(r->title, sizeof r->title, "%.*s", TITLE_SHOWN, tl > 0 ? t : b);
    for (char *p = r->title; *p; p++)
        if (*p == '\n')
            *p = ' ';
    if (normalised)
        normalised_free(&norm);
    json_decref(obj);
    return true;
}

static type_score_t *
type_slot(type_score_t *v, size_t *n, const char *name)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp(v[i].name, name) == 0)
            return &v[i];
    if (*n == MAX_TYPES)
        return &v[MAX_TYPES - 1];
    v[*n] = (type_score_t){ name, 0, 0, 0 };
    return &v[(*n)++];
}

static double
f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static double
ratio(size_t a, size_t b)
{
    return b > 0 ? (double)a / (double)b : 0;
}

static void
report_types(const row_t *rows, size_t n)
{
    type_score_t types[MAX_TYPES];
    size_t nt = 0, tp = 0, fp = 0, fn = 0;
    for (size_t i = 0; i < n; i++) {
        const row_t *r = &rows[i];
        if (r->gold_type[0])
            type_slot(types, &nt, r->gold_type);
        if (r->pred_type[0])
            type_slot(types, &nt, r->pred_type);
        if (r->gold_type[0] && strcmp(r->gold_type, r->pred_type) == 0) {
            type_slot(types, &nt, r->gold_type)->tp++;
            tp++;
            continue;
        }
        if (r->pred_type[0]) {
            type_slot(types, &nt, r->pred_type)->fp++;
            fp++;
        }
        if (r->gold_type[0]) {
            type_slot(types, &nt, r->gold_type)->fn++;
            fn++;
        }
    }
    printf("%-30s %6s %6s %6s %9s %9s %9s\n", "type", "tp", "fp", "fn", "precision", "recall", "f1");
    for (size_t k = 0; k < nt; k++) {
        double p = ratio(types[k].tp, types[k].tp + types[k].fp);
        double rc = ratio(types[k].tp, types[k].tp + types[k].fn);
        printf("%-30s %6zu %6zu %6zu %9.3f %9.3f %9.3f\n", types[k].name, types[k].tp, types[k].fp,
               types[k].fn, p, rc, f1(p, rc));
    }
    double p = ratio(tp, tp + fp), rc = ratio(tp, tp + fn);
    printf("%-30s %6zu %6zu %6zu %9.3f %9.3f %9.3f\n", "all types (micro)", tp, fp, fn, p, rc, f1(p, rc));
}

static void
report_dates(const row_t *rows, size_t n)
{
    size_t typed = 0, right = 0, from_text = 0, gold = 0;
    for (size_t i = 0; i < n; i++) {
        const row_t *r = &rows[i];
        gold += r->gold_type[0] != '\0';
        if (!r->gold_type[0] || strcmp(r->gold_type, r->pred_type) != 0)
            continue;
        typed++;
        right += strcmp(r->gold_date, r->pred_date) == 0;
        from_text += r->date_from_text;
    }
    printf("date accuracy: %.3f (%zu of %zu items given the right type; %zu of all %zu labelled "
           "events right in type and date; %zu dates read from the text)\n",
           ratio(right, typed), right, typed, right, gold, from_text);
}

static bool
same_instance(const char *ta, const char *da, const char *tb, const char *db)
{
    return ta[0] && strcmp(ta, tb) == 0 && strcmp(da, db) == 0;
}

static void
report_grouping(const row_t *rows, size_t n)
{
    size_t both = 0, pred = 0, gold = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            bool g = same_instance(rows[i].gold_type, rows[i].gold_date, rows[j].gold_type,
                                   rows[j].gold_date);
            bool p = same_instance(rows[i].pred_type, rows[i].pred_date, rows[j].pred_type,
                                   rows[j].pred_date);
            gold += g;
            pred += p;
            both += g && p;
        }
    double p = ratio(both, pred), r = ratio(both, gold);
    printf("grouping (pairs with one instance id): precision %.3f recall %.3f f1 %.3f "
           "(%zu predicted pairs, %zu labelled, %zu both)\n", p, r, f1(p, r), pred, gold, both);
}

static void
report_kinds(const row_t *rows, size_t n)
{
    const char *kinds[MAX_KINDS];
    size_t total[MAX_KINDS] = { 0 }, ok[MAX_KINDS] = { 0 }, nk = 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        while (k < nk && strcmp(kinds[k], rows[i].kind) != 0)
            k++;
        if (k == nk && nk < MAX_KINDS)
            kinds[nk++] = rows[i].kind;
        if (k == MAX_KINDS)
            continue;
        total[k]++;
        ok[k] += strcmp(rows[i].gold_type, rows[i].pred_type) == 0 &&
                 (!rows[i].gold_type[0] || strcmp(rows[i].gold_date, rows[i].pred_date) == 0);
    }
    printf("by kind (type and date right):");
    for (size_t k = 0; k < nk; k++)
        printf(" %s %zu/%zu", kinds[k], ok[k], total[k]);
    printf("\n");
}

static void
report_errors(const row_t *rows, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const row_t *r = &rows[i];
        bool type_ok = strcmp(r->gold_type, r->pred_type) == 0;
        bool date_ok = !r->gold_type[0] || strcmp(r->gold_date, r->pred_date) == 0;
        if (type_ok && date_ok)
            continue;
        printf("%s %s %-18s %s: gold %s %s, got %s %s (%.2f%s) | %s\n", type_ok ? "DATE" : "TYPE",
               r->id, r->kind, r->lang[0] ? r->lang : "--", r->gold_type[0] ? r->gold_type : "-",
               r->gold_date, r->pred_type[0] ? r->pred_type : "-", r->pred_date, r->confidence,
               r->date_from_text ? "" : ", publication date", r->title);
    }
}

int
main(int argc, char **argv)
{
    const char *catalog_path = DEFAULT_CATALOG;
    bool normalise = true, quiet = false;
    int opt;
    while ((opt = getopt(argc, argv, "c:nq")) != -1) {
        switch (opt) {
        case 'c': catalog_path = optarg; break;
        case 'n': normalise = false; break;
        case 'q': quiet = true; break;
        default:
            fprintf(stderr, "usage: %s [-c CATALOG] [-n] [-q] [FILE]\n", argv[0]);
            return 64;
        }
    }
    const char *path = optind < argc ? argv[optind] : DEFAULT_CORPUS;
    char err[256];
    catalog_t *cat = catalog_load(catalog_path, err, sizeof err);
    if (cat == NULL) {
        fprintf(stderr, "eval_events_offline: %s\n", err);
        return 1;
    }
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        perror(path);
        catalog_destroy(&cat);
        return 1;
    }
    row_t *rows = NULL;
    size_t n = 0, cap = 0, lineno = 0;
    char *line = NULL;
    size_t line_cap = 0;
    while (getline(&line, &line_cap, f) > 0) {
        lineno++;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            rows = ww_xrealloc(rows, cap * sizeof *rows);
        }
        if (run_line(cat, line, normalise, &rows[n]))
            n++;
        else
            fprintf(stderr, "%s:%zu: not an item\n", path, lineno);
    }
    free(line);
    fclose(f);
    printf("eval_events_offline: %zu items from %s, catalog %s%s\n", n, path, catalog_path,
           normalise ? ", normalised" : ", raw text");
    report_types(rows, n);
    report_dates(rows, n);
    report_grouping(rows, n);
    report_kinds(rows, n);
    if (!quiet)
        report_errors(rows, n);
    free(rows);
    catalog_destroy(&cat);
    return 0;
}

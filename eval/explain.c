/* SPDX-License-Identifier: MIT
 *
 * explain — shows how the classifier decides on chosen items, the way the
 * worker sees them: each item of a JSON Lines file (title, body, lang,
 * published as RFC 3339 or ms) is normalised (normalise_item) and classified
 * with classify_explain, which prints the units (lead marked), every catalog
 * hit and its state, and the result.
 *
 * Build: `make evaluators` writes build/eval/explain.
 * Run:   build/eval/explain [-c CATALOG] FILE [ID...]   (no ID: every item)
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "events/catalog.h"
#include "events/classify.h"
#include "text/normalise.h"
#include "text/url_words.h"
#include "ww_buf.h"
#include "ww_time.h"

static bool
wanted(const char *id, char **ids, int n)
{
    if (n == 0)
        return true;
    for (int i = 0; i < n; i++)
        if (strcmp(ids[i], id) == 0)
            return true;
    return false;
}

static int64_t
published_of(json_t *v)
{
    if (json_is_integer(v))
        return (int64_t)json_integer_value(v);
    int64_t ms = 0;
    if (json_is_string(v) &&
        ww_time_parse_rfc3339(json_string_value(v), strlen(json_string_value(v)), &ms) == 0)
        return ms;
    return 0;
}

static void
explain(const catalog_t *cat, json_t *obj)
{
    const char *id = json_string_value(json_object_get(obj, "id"));
    const char *title = json_string_value(json_object_get(obj, "title"));
    const char *body = json_string_value(json_object_get(obj, "body"));
    const char *lang = json_string_value(json_object_get(obj, "lang"));
    int64_t published = published_of(json_object_get(obj, "published"));
    title = title ? title : "";
    body = body ? body : "";
    normalised_t n;
    if (normalise_item(title, strlen(title), body, strlen(body), &n) == -1) {
        printf("== %s: invalid UTF-8\n", id ? id : "?");
        return;
    }
    ww_buf_t trace = WW_BUF_INIT;
    classify_result_t r;
    const char *url = json_string_value(json_object_get(obj, "url"));
    char words[URL_WORDS_MAX];
    size_t title_len = n.title_len;
    const char *t = url_words_title(n.title, &title_len, url, url ? strlen(url) : 0, words);
    classify_explain(cat, t, title_len, n.body, n.body_len, lang, published, &r, &trace);
    printf("== %s (%s)\n%s\n", id ? id : "?", lang ? lang : "und", trace.ptr ? trace.ptr : "");
    ww_buf_free(&trace);
    normalised_free(&n);
}

int
main(int argc, char **argv)
{
    const char *path = "deploy/catalog/events.catalog";
    int opt;
    while ((opt = getopt(argc, argv, "c:")) != -1) {
        if (opt != 'c') {
            fprintf(stderr, "usage: %s [-c CATALOG] FILE [ID...]\n", argv[0]);
            return 64;
        }
        path = optarg;
    }
    if (optind >= argc) {
        fprintf(stderr, "usage: %s [-c CATALOG] FILE [ID...]\n", argv[0]);
        return 64;
    }
    char err[512];
    catalog_t *cat = catalog_load(path, err, sizeof err);
    if (cat == NULL) {
        fprintf(stderr, "explain: %s\n", err);
        return 78;
    }
    FILE *f = fopen(argv[optind], "r");
    if (f == NULL) {
        perror(argv[optind]);
        catalog_destroy(&cat);
        return 66;
    }
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        json_t *obj = json_loads(line, 0, NULL);
        const char *id = json_string_value(json_object_get(obj, "id"));
        if (obj != NULL && id != NULL && wanted(id, argv + optind + 1, argc - optind - 1))
            explain(cat, obj);
        json_decref(obj);
    }
    free(line);
    fclose(f);
    catalog_destroy(&cat);
    return 0;
}

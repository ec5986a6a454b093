/* SPDX-License-Identifier: MIT
 *
 * catalog_cases — helpers of the catalog tests (see catalog_cases.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "catalog_cases.h"
#include "text/fold.h"
#include "ww_buf.h"

catalog_t *
parse(const char *text, char *err, size_t errlen)
{
    return catalog_parse(text, strlen(text), "test.catalog", err, errlen);
}

catalog_t *
parse_or_fail(const char *text)
{
    char err[256];
    catalog_t *c = parse(text, err, sizeof err);
    if (c == NULL)
        fail_msg("%s", err);
    return c;
}

void
check_error(const char *text, const char *want)
{
    char err[256];
    catalog_t *c = parse(text, err, sizeof err);
    if (c != NULL) {
        catalog_destroy(&c);
        fail_msg("expected an error \"%s\" from:\n%s", want, text);
    }
    if (strstr(err, want) == NULL)
        fail_msg("error \"%s\" does not contain \"%s\"", err, want);
}

void
scan_folded(const catalog_t *c, const char *text, catalog_hits_t *hits)
{
    ww_buf_t f = WW_BUF_INIT;
    fold_append_lossy(FOLD_MATCH, text, strlen(text), &f);
    catalog_scan(c, f.ptr, f.len, hits);
    ww_buf_free(&f);
}

void
check_hit(const catalog_t *c, const char *text, size_t n, size_t at, catalog_kind_t kind,
          uint8_t reach)
{
    catalog_hits_t hits = { 0 };
    scan_folded(c, text, &hits);
    assert_int_equal(hits.n, n);
    assert_int_equal(hits.v[at].kind, kind);
    assert_int_equal(hits.v[at].reach, reach);
    catalog_hits_free(&hits);
}

/* The hits of SRC, as "kind:name" joined by spaces; the caller frees it. */
static char *
scan_names(const catalog_t *c, const char *src)
{
    static const char *const kinds[] = { "actor", "role", "action", "topic", "neg", "neg",
                                         "bg", "bg", "partner", "deal", "setting", "deny",
                                         "deny", "conj", "sub", "sub", "partner", "compl",
                                         "rel", "pair", "add" };
    _Static_assert(sizeof kinds / sizeof kinds[0] == CATALOG_KIND_COUNT, "a name per kind");
    ww_buf_t out = WW_BUF_INIT;
    catalog_hits_t hits = { 0 };
    scan_folded(c, src, &hits);
    for (size_t i = 0; i < hits.n; i++) {
        const catalog_hit_t *h = &hits.v[i];
        const char *name = catalog_name(c, (catalog_kind_t)h->kind, h->ref);
        ww_buf_printf(&out, "%s%s:%s", out.len ? " " : "", kinds[h->kind], name ? name : "-");
    }
    ww_buf_putc(&out, '\0');
    catalog_hits_free(&hits);
    return ww_buf_steal(&out, NULL);
}

void
check_scan(const catalog_t *c, const char *src, const char *want)
{
    char *got = scan_names(c, src);
    if (strcmp(got, want) != 0)
        fail_msg("scan \"%s\": got \"%s\", want \"%s\"", src, got, want);
    free(got);
}

/* SPDX-License-Identifier: MIT
 *
 * dates_cases — what test_dates and test_dates_lexicon share: times, the fold, and the
 * check of one scanned expression. */
#include "dates_cases.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "text/fold.h"
#include "ww_buf.h"

#define DAY_MS 86400000LL

int64_t
at(int y, int m, int d, int hours)
{
    return (int64_t)dates_days_from_civil(y, m, d) * DAY_MS + (int64_t)hours * 3600000LL;
}

char *
fold(const char *s)
{
    ww_buf_t b = WW_BUF_INIT;
    fold_append_lossy(FOLD_MATCH, s, strlen(s), &b);
    ww_buf_putc(&b, '\0');
    return ww_buf_steal(&b, NULL);
}

void
check_scan(const dates_lex_t *lex, const char *text, const char *lang, int64_t anchor,
           dates_kind_t kind, const char *want)
{
    char *f = fold(text);
    dates_expr_t e[4];
    size_t n = dates_scan(lex, f, strlen(f), lang, anchor, e, 4);
    if (want == NULL) {
        if (n != 0)
            fail_msg("\"%s\": expected no date, got %zu", text, n);
        free(f);
        return;
    }
    if (n == 0)
        fail_msg("\"%s\": no date found", text);
    char iso[11];
    dates_format(e[0].days, iso);
    if (strcmp(iso, want) != 0 || e[0].kind != kind)
        fail_msg("\"%s\": got %s kind %d, want %s kind %d", text, iso, e[0].kind, want, kind);
    assert_true(e[0].start < e[0].end && e[0].end <= strlen(f));
    free(f);
}

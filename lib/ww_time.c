/* SPDX-License-Identifier: MIT
 *
 * ww_time — see ww_time.h. Civil dates are converted with timegm (UTC), so no
 * time zone database or locale is consulted. */
#include "ww_time.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* Reads N digits at *P into *OUT and advances. */
static bool
digits(const char **p, const char *end, int n, int *out)
{
    int x = 0;
    for (int i = 0; i < n; i++, (*p)++) {
        if (*p >= end || !isdigit((unsigned char)**p))
            return false;
        x = x * 10 + (**p - '0');
    }
    *out = x;
    return true;
}

static bool
expect(const char **p, const char *end, const char *any)
{
    if (*p >= end || strchr(any, **p) == NULL)
        return false;
    (*p)++;
    return true;
}

static int
days_in_month(int y, int m)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

int
ww_time_parse_rfc3339(const char *s, size_t len, int64_t *ms)
{
    const char *p = s, *end = s + len;
    int y, mo, d, h, mi, sec, frac = 0;
    if (!digits(&p, end, 4, &y) || !expect(&p, end, "-") || !digits(&p, end, 2, &mo) ||
        !expect(&p, end, "-") || !digits(&p, end, 2, &d) || !expect(&p, end, "Tt ") ||
        !digits(&p, end, 2, &h) || !expect(&p, end, ":") || !digits(&p, end, 2, &mi) ||
        !expect(&p, end, ":") || !digits(&p, end, 2, &sec))
        return -1;
    if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 || sec > 60)
        return -1;
    if (p < end && *p == '.') {
        p++;
        int n = 0, scale = 100;
        while (p < end && isdigit((unsigned char)*p)) {
            if (n++ < 3)
                frac += (*p - '0') * scale, scale /= 10;
            p++;
        }
        if (n == 0)
            return -1;
    }
    int offset_min = 0;
    if (p < end && (*p == 'Z' || *p == 'z')) {
        p++;
    } else {
        int sign = p < end && *p == '-' ? -1 : 1, oh, om;
        if (!expect(&p, end, "+-") || !digits(&p, end, 2, &oh) || !expect(&p, end, ":") ||
            !digits(&p, end, 2, &om) || oh > 23 || om > 59)
            return -1;
        offset_min = sign * (oh * 60 + om);
    }
    if (p != end)
        return -1;
    struct tm tm = { 0 };
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = sec;
    time_t t = timegm(&tm);
    *ms = ((int64_t)t - (int64_t)offset_min * 60) * 1000 + frac;
    return 0;
}

void
ww_time_format_rfc3339(int64_t ms, char out[32])
{
    /* floor division without ms - 999, which overflows for INT64_MIN: any
     * int64 arrives from a scraper's `published` (found by fuzz_json) */
    int64_t sec = ms / 1000;
    int rem = (int)(ms % 1000);
    if (rem < 0)
        sec--, rem += 1000;
    time_t t = (time_t)sec;
    struct tm tm;
    size_t n = 0;
    if (gmtime_r(&t, &tm) != NULL)
        n = strftime(out, 32, "%Y-%m-%dT%H:%M:%S", &tm);
    if (n == 0) {
        snprintf(out, 32, "%lld ms", (long long)ms);
        return;
    }
    if (rem != 0)
        snprintf(out + n, 32 - n, ".%03dZ", rem);
    else
        snprintf(out + n, 32 - n, "Z");
}

/* SPDX-License-Identifier: MIT
 *
 * dates — see dates.h. This file holds the civil-day arithmetic (Howard
 * Hinnant's days_from_civil and civil_from_days, exact for every day of the
 * proleptic Gregorian calendar) and the resolution of a date that the text
 * leaves incomplete: a month/day without a year, a day of the month, a
 * weekday. Resolution never looks forward further than the caller's limit:
 * the result is the latest matching day on or before it, or INT32_MIN.
 *
 * The rest of the module (dates_int.h lists its files): the lexicon
 * (dates_words_table.c), the reader of dates in
 * running text (dates_scan.c) and the dateline reader (dates_dateline.c). */
#include "dates_int.h"

#define SEARCH_YEARS 8       /* Feb 29 may lie this many years back */

int32_t
dates_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + doe - 719468);
}

void
dates_civil_from_days(int32_t days, int *y, int *m, int *d)
{
    const int32_t z = days + 719468;
    const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int32_t doe = z - era * 146097;
    const int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int32_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

int32_t
dates_day_of_ms(int64_t ms)
{
    int64_t q = ms / MS_PER_DAY;
    if (ms % MS_PER_DAY < 0)
        q--;
    return (int32_t)q;
}

bool
dates_valid(int y, int m, int d)
{
    static const int mdays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return false;
    if (m == 2 && d == 29)
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return true;
}

void
dates_format(int32_t days, char out[11])
{
    int y, m, d;
    dates_civil_from_days(days, &y, &m, &d);
    if (y < 0 || y > 9999) {
        y = 0;
        m = 1;
        d = 1;
    }
    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
}

bool
dates_parse_iso(const char *s, size_t len, int32_t *days)
{
    static const char shape[] = "dddd-dd-dd";
    if (len != sizeof shape - 1)
        return false;
    for (size_t i = 0; i < len; i++) {
        bool digit = s[i] >= '0' && s[i] <= '9';
        if (shape[i] == 'd' ? !digit : s[i] != '-')
            return false;
    }
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    if (!dates_valid(y, m, d))
        return false;
    *days = dates_days_from_civil(y, m, d);
    return true;
}

/* The last Sunday of month M of year Y. */
static int32_t
last_sunday(int y, int m)
{
    int32_t end = dates_days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1;
    return end - dates_weekday_of(end);
}

int32_t
dates_moscow_day_of_ms(int64_t ms)
{
    int32_t utc = dates_day_of_ms(ms);
    int y, m, d;
    dates_civil_from_days(utc, &y, &m, &d);
    int hours = 3;
    if (utc >= dates_days_from_civil(2011, 3, 27) && utc < dates_days_from_civil(2014, 10, 26))
        hours = 4;
    else if (y < 2011 && utc >= last_sunday(y, 3) && utc < last_sunday(y, 10))
        hours = 4;
    return dates_day_of_ms(ms + (int64_t)hours * 3600000LL);
}

/* 1970-01-01 was a Thursday. */
int
dates_weekday_of(int32_t days)
{
    int w = (int)((days + 4) % 7);
    return w < 0 ? w + 7 : w;
}

/* The Solar Hijri year starts at the March equinox: 1 Farvardin 1395 was 20 March 2016. */
#define JALALI_REF_YEAR 1395

static bool
jalali_leap(int jy)
{
    int r = ((jy % 33) + 33) % 33;
    return r == 1 || r == 5 || r == 9 || r == 13 || r == 17 || r == 22 || r == 26 || r == 30;
}

/* Days since the epoch of 1 Farvardin of JY. */
static int32_t
jalali_new_year(int jy)
{
    int32_t t = dates_days_from_civil(2016, 3, 20);
    for (int y = JALALI_REF_YEAR; y < jy; y++)
        t += jalali_leap(y) ? 366 : 365;
    for (int y = JALALI_REF_YEAR; y > jy; y--)
        t -= jalali_leap(y - 1) ? 366 : 365;
    return t;
}

int32_t
dates_days_from_jalali(int jy, int jm, int jd)
{
    int len = jm <= 6 ? 31 : jm <= 11 ? 30 : jalali_leap(jy) ? 30 : 29;
    if (jm < 1 || jm > 12 || jd < 1 || jd > len)
        return INT32_MIN;
    return jalali_new_year(jy) + (jm <= 6 ? (jm - 1) * 31 : 186 + (jm - 7) * 30) + jd - 1;
}

/* The latest Solar Hijri month JM, day JD no later than LIMIT, or INT32_MIN. */
static int32_t
latest_jalali(int jm, int jd, int32_t limit)
{
    int y, m, d;
    dates_civil_from_days(limit, &y, &m, &d);
    for (int jy = y - 621; jy >= y - 623; jy--) {     /* the Solar Hijri year of LIMIT, or before */
        int32_t t = dates_days_from_jalali(jy, jm, jd);
        if (t != INT32_MIN && t <= limit)
            return t;
    }
    return INT32_MIN;
}

int32_t
dates_latest_month_day(int month, int day, int32_t limit)
{
    if (month > 12)
        return latest_jalali(month - 12, day, limit);
    int y, m, d;
    dates_civil_from_days(limit, &y, &m, &d);
    for (int year = y; year >= y - SEARCH_YEARS; year--) {
        if (!dates_valid(year, month, day))
            continue;
        int32_t t = dates_days_from_civil(year, month, day);
        if (t <= limit)
            return t;
    }
    return INT32_MIN;
}

int32_t
dates_latest_day_of_month(int day, int32_t limit)
{
    int y, m, d;
    dates_civil_from_days(limit, &y, &m, &d);
    for (int k = 0; k < 3; k++) {
        if (dates_valid(y, m, day) && dates_days_from_civil(y, m, day) <= limit)
            return dates_days_from_civil(y, m, day);
        if (--m == 0) {
            m = 12;
            y--;
        }
    }
    return INT32_MIN;
}

void
dates_resolve_month_day(int month, int day, int64_t published_ms, char out[11])
{
    int32_t pub = dates_day_of_ms(published_ms);
    int32_t t = month == 0 && day > 0 ? dates_latest_day_of_month(day, pub + DATES_AHEAD_DAYS)
                                      : dates_latest_month_day(month, day, pub + DATES_AHEAD_DAYS);
    dates_format(t == INT32_MIN ? pub : t, out);
}

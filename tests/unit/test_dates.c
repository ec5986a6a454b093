/* SPDX-License-Identifier: MIT
 *
 * test_dates — month-day resolution across a year boundary, weekdays,
 * explicit and relative dates, ranges, eves, the scanner's order (the
 * lexicon's own invariants are test_dates_lexicon's, datelines
 * test_dateline's). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "dates_cases.h"
#include "events/dates.h"
#include "events/dates_int.h" /* the module's own test: internal conversions */
#include "text/fold.h"
#include "ww_buf.h"

#define DAY_MS 86400000LL

static void
test_month_day_year_boundary(void **state)
{
    (void)state;
    char out[11];
    dates_resolve_month_day(12, 31, at(2015, 1, 1, 9), out);
    assert_string_equal(out, "2014-12-31");
    dates_resolve_month_day(1, 1, at(2014, 12, 31, 22), out);    /* a day ahead: time zones */
    assert_string_equal(out, "2015-01-01");
    dates_resolve_month_day(1, 2, at(2014, 12, 31, 22), out);    /* two days ahead */
    assert_string_equal(out, "2015-01-02");
    dates_resolve_month_day(1, 3, at(2014, 12, 31, 22), out);    /* three: last year's */
    assert_string_equal(out, "2014-01-03");
    dates_resolve_month_day(3, 6, at(2016, 3, 6, 14), out);
    assert_string_equal(out, "2016-03-06");
    dates_resolve_month_day(2, 29, at(2015, 6, 1, 0), out);      /* the last leap day */
    assert_string_equal(out, "2012-02-29");
    dates_resolve_month_day(4, 31, at(2015, 6, 1, 0), out);      /* no such day: publication */
    assert_string_equal(out, "2015-06-01");
    dates_resolve_month_day(0, 0, at(2015, 6, 1, 0), out);
    assert_string_equal(out, "2015-06-01");
    /* the day alone ("華盛頓3日"): the latest such day of a month */
    dates_resolve_month_day(0, 3, at(2014, 3, 4, 1), out);
    assert_string_equal(out, "2014-03-03");
    dates_resolve_month_day(0, 31, at(2014, 3, 4, 1), out);
    assert_string_equal(out, "2014-01-31");
}

static void
test_civil_days(void **state)
{
    (void)state;
    assert_int_equal(dates_days_from_civil(1970, 1, 1), 0);
    assert_int_equal(dates_days_from_civil(2000, 3, 1), 11017);
    for (int32_t d = -800000; d < 800000; d += 997) {
        int y, m, dd;
        dates_civil_from_days(d, &y, &m, &dd);
        assert_int_equal(dates_days_from_civil(y, m, dd), d);
    }
    assert_int_equal(dates_day_of_ms(-1), -1);
    assert_int_equal(dates_day_of_ms(DAY_MS - 1), 0);
    int32_t days;
    char iso[11];
    assert_true(dates_parse_iso("2016-02-29", 10, &days));
    dates_format(days, iso);
    assert_string_equal(iso, "2016-02-29");
    assert_false(dates_parse_iso("2015-02-29", 10, &days));
    assert_false(dates_parse_iso("2015-2-28", 9, &days));
    assert_false(dates_parse_iso("2015/02/28", 10, &days));
}

/* Moscow's day: UTC+3, UTC+4 from 2011-03-27 to 2014-10-25, summer time before 2011. */
static void
test_moscow_day(void **state)
{
    (void)state;
    const int64_t h = 3600000;
    int32_t d16 = dates_days_from_civil(2016, 8, 16), d13 = dates_days_from_civil(2013, 2, 17);
    int32_t s10 = dates_days_from_civil(2010, 7, 1), w10 = dates_days_from_civil(2010, 1, 15);
    assert_int_equal(dates_moscow_day_of_ms(d16 * DAY_MS + 20 * h + 59 * 60000), d16);
    assert_int_equal(dates_moscow_day_of_ms(d16 * DAY_MS + 21 * h), d16 + 1);
    assert_int_equal(dates_moscow_day_of_ms(d13 * DAY_MS + 19 * h + 59 * 60000), d13);
    assert_int_equal(dates_moscow_day_of_ms(d13 * DAY_MS + 20 * h), d13 + 1);
    assert_int_equal(dates_moscow_day_of_ms(s10 * DAY_MS + 20 * h), s10 + 1);
    assert_int_equal(dates_moscow_day_of_ms(w10 * DAY_MS + 20 * h), w10);
    assert_int_equal(dates_moscow_day_of_ms(w10 * DAY_MS + 21 * h), w10 + 1);
}

static void
test_explicit_dates(void **state)
{
    (void)state;
    dates_lex_t *lex = dates_lex_new();
    int64_t pub = at(2016, 3, 6, 12);
    check_scan(lex, "signed on 13 August 2015 in Vienna", "en", pub, DATES_EXPLICIT, "2015-08-13");
    check_scan(lex, "On August 13, 2015, they met", "en", pub, DATES_EXPLICIT, "2015-08-13");
    check_scan(lex, "the deal of 13.08.2015", NULL, pub, DATES_EXPLICIT, "2015-08-13");
    check_scan(lex, "dated 2015-08-13", NULL, pub, DATES_EXPLICIT, "2015-08-13");
    /* slashes: the order is the country's; read only when one number is over 12 */
    check_scan(lex, "le 13/08/2015 à Vienne", NULL, pub, DATES_EXPLICIT, "2015-08-13");
    check_scan(lex, "on 08/13/2015 in Vienna", NULL, pub, DATES_EXPLICIT, "2015-08-13");
    check_scan(lex, "le 09/08/2015 à Vienne", NULL, pub, DATES_NONE, NULL);
    check_scan(lex, "13 августа 2015 года", "ru", pub, DATES_EXPLICIT, "2015-08-13");
    check_scan(lex, "am 13. August 2015", "de", pub, DATES_EXPLICIT, "2015-08-13");
    check_scan(lex, "el 13 de agosto de 2015", "es", pub, DATES_EXPLICIT, "2015-08-13");
    check_scan(lex, "2015年8月13日", "zh", pub, DATES_EXPLICIT, "2015-08-13");
    check_scan(lex, "2015년 8월 13일", "ko", pub, DATES_EXPLICIT, "2015-08-13");
    check_scan(lex, "13 Αυγούστου 2015", "el", pub, DATES_EXPLICIT, "2015-08-13");
    check_scan(lex, "١٣ أغسطس ٢٠١٥", "ar", pub, DATES_EXPLICIT, "2015-08-13");
    check_scan(lex, "2015. augusztus 13.", "hu", pub, DATES_EXPLICIT, "2015-08-13");
    check_scan(lex, "on 31.02.2015", NULL, pub, DATES_EXPLICIT, NULL);       /* no such day */
    check_scan(lex, "in January 2015", "en", pub, DATES_EXPLICIT, NULL);     /* no day */
    /* a web address is where the page was filed, not a date its text tells */
    check_scan(lex, "https://example.org/world/2015/08/13/talks-123/", NULL, pub, DATES_NONE,
               NULL);
    check_scan(lex, "see www.example.org/2015-08-13/talks then", NULL, pub, DATES_NONE, NULL);
    check_scan(lex, "Printed from https://example.org/a on 13.08.2015", NULL, pub,
               DATES_EXPLICIT, "2015-08-13");
    dates_lex_destroy(&lex);
}

static void
test_month_days(void **state)
{
    (void)state;
    dates_lex_t *lex = dates_lex_new();
    int64_t pub = at(2015, 1, 26, 8);
    check_scan(lex, "On January 25, the minister spoke", "en", pub, DATES_MONTH_DAY, "2015-01-25");
    check_scan(lex, "on Jan. 25", "en", pub, DATES_MONTH_DAY, "2015-01-25");
    check_scan(lex, "25 января министр", "ru", pub, DATES_MONTH_DAY, "2015-01-25");
    check_scan(lex, "25 січня", "uk", pub, DATES_MONTH_DAY, "2015-01-25");
    check_scan(lex, "am 25. Januar", "de", pub, DATES_MONTH_DAY, "2015-01-25");
    check_scan(lex, "le 25 janvier", "fr", pub, DATES_MONTH_DAY, "2015-01-25");
    check_scan(lex, "le 1er janvier", "fr", pub, DATES_MONTH_DAY, "2015-01-01");
    check_scan(lex, "el 25 de enero", "es", pub, DATES_MONTH_DAY, "2015-01-25");
    check_scan(lex, "il 25 gennaio", "it", pub, DATES_MONTH_DAY, "2015-01-25");
    check_scan(lex, "em 25 de janeiro", "pt", pub, DATES_MONTH_DAY, "2015-01-25");
    check_scan(lex, "25 stycznia", "pl", pub, DATES_MONTH_DAY, "2015-01-25");
    check_scan(lex, "25 Ocak'ta", "tr", pub, DATES_MONTH_DAY, "2015-01-25");
    check_scan(lex, "1月25日", "ja", pub, DATES_MONTH_DAY, "2015-01-25");
    check_scan(lex, "外相は25日、", "ja", pub, DATES_MONTH_DAY, "2015-01-25");     /* day only */
    check_scan(lex, "29일 통화", "ko", pub, DATES_MONTH_DAY, "2014-12-29");   /* not 3 days ahead */
    /* a count of days is no day of the month: "3日間", "3일간" */
    check_scan(lex, "3日間にわたる協議", "ja", pub, DATES_NONE, NULL);
    check_scan(lex, "3일간의 협상", "ko", pub, DATES_NONE, NULL);
    check_scan(lex, "外相は3日、", "ja", pub, DATES_MONTH_DAY, "2015-01-03");
    check_scan(lex, "25 בינואר", "he", pub, DATES_MONTH_DAY, "2015-01-25");
    check_scan(lex, "25 जनवरी", "hi", pub, DATES_MONTH_DAY, "2015-01-25");
    check_scan(lex, "25 كانون الثاني", "ar", pub, DATES_MONTH_DAY, "2015-01-25");
    /* published on New Year's Day, the text says December 31 */
    check_scan(lex, "on December 31", "en", at(2015, 1, 1, 10), DATES_MONTH_DAY, "2014-12-31");
    dates_lex_destroy(&lex);
}

/* The Solar Hijri calendar of the Iranian press: new years on the March equinox, leap
   years by the 33-year rule (1395, 1399 and 1403 have a 30 Esfand). */
static void
test_jalali(void **state)
{
    (void)state;
    assert_int_equal(dates_days_from_jalali(1395, 1, 1), dates_days_from_civil(2016, 3, 20));
    assert_int_equal(dates_days_from_jalali(1396, 1, 1), dates_days_from_civil(2017, 3, 21));
    assert_int_equal(dates_days_from_jalali(1392, 1, 1), dates_days_from_civil(2013, 3, 21));
    assert_int_equal(dates_days_from_jalali(1403, 1, 1), dates_days_from_civil(2024, 3, 20));
    assert_int_equal(dates_days_from_jalali(1404, 1, 1), dates_days_from_civil(2025, 3, 21));
    assert_int_equal(dates_days_from_jalali(1357, 11, 22), dates_days_from_civil(1979, 2, 11));
    assert_int_equal(dates_days_from_jalali(1395, 6, 28), dates_days_from_civil(2016, 9, 18));
    assert_int_equal(dates_days_from_jalali(1399, 12, 30), dates_days_from_civil(2021, 3, 20));
    assert_int_equal(dates_days_from_jalali(1398, 12, 30), INT32_MIN);   /* not a leap year */
    assert_int_equal(dates_days_from_jalali(1395, 7, 31), INT32_MIN);
    dates_lex_t *lex = dates_lex_new();
    check_scan(lex, "روز ۲۸ شهریور", "fa", at(2016, 9, 19, 10), DATES_MONTH_DAY, "2016-09-18");
    check_scan(lex, "۳۰ دی", "fa", at(2016, 1, 21, 10), DATES_MONTH_DAY, "2016-01-20");
    check_scan(lex, "۱۰ اسفند", "fa", at(2017, 3, 1, 10), DATES_MONTH_DAY, "2017-02-28");
    check_scan(lex, "۲۸ شهریور", NULL, at(2016, 9, 19, 10), DATES_MONTH_DAY, NULL);
    dates_lex_destroy(&lex);
    assert_int_equal(dates_month_of_word("شهریور", strlen("شهریور"), NULL), 0);   /* datelines */
}

static void
test_weekdays(void **state)
{
    (void)state;
    dates_lex_t *lex = dates_lex_new();
    int64_t sunday = at(2016, 3, 6, 15);     /* Sunday 6 March 2016 */
    check_scan(lex, "said on Sunday", "en", sunday, DATES_WEEKDAY, "2016-03-06");
    check_scan(lex, "spoke on Saturday", "en", sunday, DATES_WEEKDAY, "2016-03-05");
    check_scan(lex, "on Monday", "en", sunday, DATES_WEEKDAY, "2016-02-29");
    check_scan(lex, "в воскресенье", "ru", sunday, DATES_WEEKDAY, "2016-03-06");
    check_scan(lex, "в пятницу", "ru", sunday, DATES_WEEKDAY, "2016-03-04");
    check_scan(lex, "у п’ятницю", "uk", sunday, DATES_WEEKDAY, "2016-03-04");
    check_scan(lex, "am Sonntag", "de", sunday, DATES_WEEKDAY, "2016-03-06");
    check_scan(lex, "dimanche", "fr", sunday, DATES_WEEKDAY, "2016-03-06");
    check_scan(lex, "el domingo", "es", sunday, DATES_WEEKDAY, "2016-03-06");
    check_scan(lex, "na quinta-feira", "pt", sunday, DATES_WEEKDAY, "2016-03-03");
    check_scan(lex, "giovedì", "it", sunday, DATES_WEEKDAY, "2016-03-03");
    check_scan(lex, "يوم الأحد", "ar", sunday, DATES_WEEKDAY, "2016-03-06");
    check_scan(lex, "روز پنج‌شنبه", "fa", sunday, DATES_WEEKDAY, "2016-03-03");
    check_scan(lex, "την Κυριακή", "el", sunday, DATES_WEEKDAY, "2016-03-06");
    check_scan(lex, "रविवार को", "hi", sunday, DATES_WEEKDAY, "2016-03-06");
    check_scan(lex, "ביום ראשון", "he", sunday, DATES_WEEKDAY, "2016-03-06");
    check_scan(lex, "外交部星期日表示", "zh", sunday, DATES_WEEKDAY, "2016-03-06");
    check_scan(lex, "日曜日に", "ja", sunday, DATES_WEEKDAY, "2016-03-06");
    check_scan(lex, "일요일에", "ko", sunday, DATES_WEEKDAY, "2016-03-06");
    /* a weekday before a date is the date's: a page's date line, a day after the anchor */
    check_scan(lex, "الأحد - 10 يناير 2016", "ar", at(2016, 1, 9, 23), DATES_EXPLICIT, "2016-01-10");
    check_scan(lex, "Sunday, January 10", "en", at(2016, 1, 9, 23), DATES_MONTH_DAY, "2016-01-10");
    check_scan(lex, "på fredagen", "sv", sunday, DATES_WEEKDAY, "2016-03-04");
    check_scan(lex, "fredagen", "da", sunday, DATES_WEEKDAY, "2016-03-04");
    check_scan(lex, "på fredagen", "no", sunday, DATES_WEEKDAY, "2016-03-04");
    dates_lex_destroy(&lex);
}

static void
test_relative_words(void **state)
{
    (void)state;
    dates_lex_t *lex = dates_lex_new();
    int64_t pub = at(2016, 3, 6, 15);
    check_scan(lex, "yesterday", "en", pub, DATES_RELATIVE, "2016-03-05");
    check_scan(lex, "today", "en", pub, DATES_RELATIVE, "2016-03-06");
    check_scan(lex, "вчера", "ru", pub, DATES_RELATIVE, "2016-03-05");
    check_scan(lex, "Сегодня", "ru", pub, DATES_RELATIVE, "2016-03-06");
    check_scan(lex, "gestern", "de", pub, DATES_RELATIVE, "2016-03-05");
    check_scan(lex, "hier", "fr", pub, DATES_RELATIVE, "2016-03-05");
    check_scan(lex, "hier", "de", pub, DATES_RELATIVE, NULL);     /* German: "here" */
    check_scan(lex, "hier", NULL, pub, DATES_RELATIVE, NULL);
    check_scan(lex, "ayer", "es", pub, DATES_RELATIVE, "2016-03-05");
    check_scan(lex, "أمس", "ar", pub, DATES_RELATIVE, "2016-03-05");
    check_scan(lex, "昨天", "zh", pub, DATES_RELATIVE, "2016-03-05");
    check_scan(lex, "i går", "sv", pub, DATES_RELATIVE, "2016-03-05");
    check_scan(lex, "कल", "hi", pub, DATES_RELATIVE, "2016-03-05");     /* said of what is told */
    check_scan(lex, "کل", "ur", pub, DATES_RELATIVE, "2016-03-05");
    check_scan(lex, "كل", "ar", pub, DATES_RELATIVE, NULL);              /* Arabic: "every" */
    check_scan(lex, "कल", "mr", pub, DATES_RELATIVE, NULL);             /* Marathi: "a trend" */
    /* a weekday next to the relative word names the day; a day of the month in brackets
       names it more surely still */
    int64_t monday = at(2016, 3, 7, 3);
    check_scan(lex, "today, Sunday", "en", monday, DATES_WEEKDAY, "2016-03-06");
    check_scan(lex, "spoke today (Sunday) with", "en", monday, DATES_WEEKDAY, "2016-03-06");
    check_scan(lex, "שוחח היום (שבת) עם", "he", monday, DATES_WEEKDAY, "2016-03-05");
    check_scan(lex, "اليوم، الأحد", "ar", monday, DATES_WEEKDAY, "2016-03-06");
    check_scan(lex, "أمس الأحد", "ar", at(2016, 3, 6, 10), DATES_WEEKDAY, "2016-03-06");
    check_scan(lex, "conversou ontem (6) por telefone", "pt", monday, DATES_MONTH_DAY,
               "2016-03-06");
    check_scan(lex, "el miércoles (2)", "es", monday, DATES_MONTH_DAY, "2016-03-02");
    dates_lex_destroy(&lex);
}

/* The writer's zone: summer time in Europe, Turkey's change of 2016, Iran's summer hour. */
static void
test_writer_zones(void **state)
{
    (void)state;
    assert_int_equal(dates_writer_zone("de", at(2016, 1, 17, 12)), 60);
    assert_int_equal(dates_writer_zone("de", at(2016, 7, 17, 12)), 120);
    assert_int_equal(dates_writer_zone("de", at(2016, 3, 27, 0)), 60);    /* before 01:00 UTC */
    assert_int_equal(dates_writer_zone("de", at(2016, 3, 27, 1)), 120);
    assert_int_equal(dates_writer_zone("de", at(2016, 10, 30, 1)), 60);
    assert_int_equal(dates_writer_zone("tr", at(2016, 1, 10, 12)), 120);
    assert_int_equal(dates_writer_zone("tr", at(2016, 7, 10, 12)), 180);
    assert_int_equal(dates_writer_zone("tr", at(2016, 12, 10, 12)), 180);  /* UTC+3 since Sept */
    assert_int_equal(dates_writer_zone("fa", at(2016, 9, 18, 12)), 270);
    assert_int_equal(dates_writer_zone("fa", at(2016, 12, 18, 12)), 210);
    assert_int_equal(dates_writer_zone("pt", at(2016, 9, 18, 12)), -180);
    assert_int_equal(dates_writer_zone("zh-Hant", at(2016, 9, 18, 12)), 480);
    assert_int_equal(dates_writer_zone("ru", at(2016, 9, 18, 12)), DATES_ZONE_MOSCOW);
    assert_int_equal(dates_writer_zone("en", at(2016, 9, 18, 12)), DATES_ZONE_NONE);
    assert_int_equal(dates_writer_zone(NULL, at(2016, 9, 18, 12)), DATES_ZONE_NONE);
}

/* Numeric dates: year first with any separator, day first with dots or dashes; slashed, the
   larger number is the day, and both 12 or less the day comes first outside English. */
static void
test_numeric_forms(void **state)
{
    (void)state;
    dates_lex_t *lex = dates_lex_new();
    int64_t pub = at(2016, 6, 20, 12);
    check_scan(lex, "(2016/01/12)", "zh", pub, DATES_EXPLICIT, "2016-01-12");
    check_scan(lex, "(2016.01.12)", "ko", pub, DATES_EXPLICIT, "2016-01-12");
    check_scan(lex, "(12-01-2016)", "it", pub, DATES_EXPLICIT, "2016-01-12");
    check_scan(lex, "(12/01/2016)", "fr", pub, DATES_EXPLICIT, "2016-01-12");
    check_scan(lex, "(12/01/2016)", "en", pub, DATES_EXPLICIT, NULL);
    check_scan(lex, "(12/01/2016)", NULL, pub, DATES_EXPLICIT, NULL);
    check_scan(lex, "01/13/2016", "en", pub, DATES_EXPLICIT, "2016-01-13");
    check_scan(lex, "12.01-2016", "de", pub, DATES_EXPLICIT, NULL);
    dates_lex_destroy(&lex);
}

/* Scans TEXT (folded first) against Wednesday 7 September 2016, noon, into E (4 at most);
   returns how many expressions it holds. */
static size_t
scan_on_wednesday(const dates_lex_t *lex, const char *text, const char *lang, dates_expr_t *e)
{
    char *f = fold(text);
    size_t n = dates_scan(lex, f, strlen(f), lang, at(2016, 9, 7, 12), e, 4);
    free(f);
    return n;
}

/* Scans TEXT and checks that its first expression is SPAN: one end of a range of days. */
static void
check_span(const dates_lex_t *lex, const char *text, const char *lang, bool span)
{
    dates_expr_t e[4];
    if (scan_on_wednesday(lex, text, lang, e) == 0)
        fail_msg("\"%s\": no date found", text);
    if (e[0].span != span)
        fail_msg("\"%s\": span %d, want %d", text, e[0].span, span);
}

/* A range of days written as one word, its day first or last, is a span: "Sept. 8-9",
   "8–9 сентября", "8./9. September", "8～9日". A day alone, a clock after a dash, a numeric
   date and a dash with spaces around it are not. */
static void
test_range_of_days(void **state)
{
    (void)state;
    dates_lex_t *lex = dates_lex_new();
    check_span(lex, "to meet in Geneva on Sept. 8-9 to discuss Syria", "en", true);
    check_span(lex, "on September 8\u20139", "en", true);
    check_span(lex, "on 8-9 September", "en", true);
    check_span(lex, "встретятся в Женеве 8-9 сентября", "ru", true);
    check_span(lex, "am 8./9. September in Genf", "de", true);
    check_span(lex, "am 8.-9. September", "de", true);
    check_span(lex, "στις 8-9 Σεπτεμβρίου", "el", true);
    check_span(lex, "ジュネーブで8～9日に会談", "ja", true);
    check_span(lex, "spoke by phone on Sept. 8", "en", false);
    check_span(lex, "8 сентября", "ru", false);
    check_span(lex, "on Sept. 8 - 9 people were hurt", "en", false);
    check_span(lex, "on Sept. 8-9:30", "en", false);
    check_span(lex, "signed on 13-08-2015", "en", false);
    check_span(lex, "on September 8-20", "en", false);
    dates_lex_destroy(&lex);
}

/* Mongolian numbers its months: "10 дугаар сарын 5-нд" (the 5th of the 10th month), "8-р
   сарын 5", "2016 оны 8 дугаар сарын 5" (with the year and its mark "оны"). */
static void
test_month_by_number(void **state)
{
    (void)state;
    dates_lex_t *lex = dates_lex_new();
    int64_t wed = at(2016, 9, 7, 12);
    check_scan(lex, "8 дугаар сарын 5-нд утсаар ярьжээ", "mn", wed, DATES_MONTH_DAY,
               "2016-08-05");
    check_scan(lex, "8-р сарын 5-нд", "mn", wed, DATES_MONTH_DAY, "2016-08-05");
    check_scan(lex, "2015 оны 10 дугаар сарын 5", "mn", wed, DATES_EXPLICIT, "2015-10-05");
    check_scan(lex, "8 сарын хугацаанд", "mn", wed, DATES_MONTH_DAY, NULL);
    dates_lex_destroy(&lex);
}

/* Scans TEXT and checks that it holds WANT expressions. */
static void
check_count(const dates_lex_t *lex, const char *text, const char *lang, size_t want)
{
    dates_expr_t e[4];
    size_t n = scan_on_wednesday(lex, text, lang, e);
    if (n != want)
        fail_msg("\"%s\": %zu expressions, want %zu", text, n, want);
}

/* The eve of something told is no day before the story's: "la veille de l'élection", "la
   víspera de", and Russian "накануне" set after a day as its apposition ("в субботу,
   накануне выборов"). Alone, they are still the day before; so is Japanese "前日" after a
   date and an ideographic comma (the day before that date). */
static void
test_eve_of_something(void **state)
{
    (void)state;
    dates_lex_t *lex = dates_lex_new();
    int64_t wed = at(2016, 9, 7, 12);
    check_count(lex, "samedi, la veille de l'élection", "fr", 1);
    check_count(lex, "el sábado, la víspera de las elecciones", "es", 1);
    check_count(lex, "в субботу, накануне президентских выборов", "ru", 1);
    check_count(lex, "в субботу накануне выборов", "ru", 1);
    check_scan(lex, "в субботу, накануне президентских выборов", "ru", wed, DATES_WEEKDAY,
               "2016-09-03");
    check_scan(lex, "la veille, Lavrov a parlé à Kerry", "fr", wed, DATES_RELATIVE, "2016-09-06");
    check_scan(lex, "Накануне Лавров заявил", "ru", wed, DATES_RELATIVE, "2016-09-06");
    check_count(lex, "外相は19日、前日に行った会談", "ja", 2);
    check_count(lex, "on Saturday, the day before the vote", "en", 1);
    check_scan(lex, "he had spoken to Kerry the day before.", "en", wed, DATES_RELATIVE,
               "2016-09-06");
    dates_lex_destroy(&lex);
}

/* A weekday with a word that says it is to come dates nothing told: "next Monday", "à partir
   de lundi", "lundi prochain", "el próximo lunes", "ab Montag"; a word that goes on one side
   only does not count on the other ("reiste am Montag ab", left on Monday). */
static void
test_weekday_to_come(void **state)
{
    (void)state;
    dates_lex_t *lex = dates_lex_new();
    int64_t wed = at(2016, 9, 7, 12);
    check_scan(lex, "the truce takes effect next Monday", "en", wed, DATES_WEEKDAY, NULL);
    check_scan(lex, "la trêve entre en vigueur à partir de lundi", "fr", wed, DATES_WEEKDAY, NULL);
    check_scan(lex, "ils se retrouveront lundi prochain", "fr", wed, DATES_WEEKDAY, NULL);
    check_scan(lex, "se reunirán el próximo lunes", "es", wed, DATES_WEEKDAY, NULL);
    check_scan(lex, "se reunirán el lunes próximo", "es", wed, DATES_WEEKDAY, NULL);
    check_scan(lex, "die Waffenruhe gilt ab Montag", "de", wed, DATES_WEEKDAY, NULL);
    check_scan(lex, "Lawrow reiste am Montag ab", "de", wed, DATES_WEEKDAY, "2016-09-05");
    check_scan(lex, "They spoke on Monday", "en", wed, DATES_WEEKDAY, "2016-09-05");
    /* "next" in more languages */
    check_scan(lex, "gencatan senjata mulai berlaku Sabtu mendatang", "id", wed, DATES_WEEKDAY,
               NULL);
    check_scan(lex, "η εκεχειρία ισχύει από το επόμενο Σάββατο", "el", wed, DATES_WEEKDAY, NULL);
    check_scan(lex, "armistițiul intră în vigoare sâmbătă viitoare", "ro", wed, DATES_WEEKDAY,
               NULL);
    check_scan(lex, "युद्धविराम अगले शनिवार से लागू होगा", "hi", wed, DATES_WEEKDAY, NULL);
    check_scan(lex, "vopenka začne platit příští sobotu", "cs", wed, DATES_WEEKDAY, NULL);
    check_scan(lex, "Lavrov och Kerry talade i telefon på måndagen", "sv", wed, DATES_WEEKDAY,
               "2016-09-05");
    /* next to "tomorrow", on either side: tomorrow's weekday */
    check_scan(lex, "pertemuan yang dijadwalkan Kamis besok", "id", wed, DATES_WEEKDAY, NULL);
    check_scan(lex, "they meet tomorrow, Thursday, in Geneva", "en", wed, DATES_WEEKDAY, NULL);
    check_scan(lex, "they met yesterday, Tuesday, in Geneva", "en", wed, DATES_WEEKDAY,
               "2016-09-06");
    dates_lex_destroy(&lex);
}

/* "The day before" counts back from the date told before it, else from the anchor. */
static void
test_day_before(void **state)
{
    (void)state;
    dates_lex_t *lex = dates_lex_new();
    int64_t pub = at(2016, 9, 21, 12);
    check_scan(lex, "Lavrov said they had spoken the day before", "en", pub, DATES_RELATIVE,
               "2016-09-20");
    check_scan(lex, "la veille", "fr", pub, DATES_RELATIVE, "2016-09-20");
    check_scan(lex, "the day before yesterday", "en", pub, DATES_RELATIVE, "2016-09-19");
    char *f = fold("В понедельник Лавров заявил, что днём ранее говорил с Керри.");
    dates_expr_t e[4];
    size_t n = dates_scan(lex, f, strlen(f), "ru", pub, e, 4);
    assert_int_equal(n, 2);
    char iso[11];
    dates_format(e[1].days, iso);
    assert_string_equal(iso, "2016-09-18");     /* Monday the 19th, the day before */
    free(f);
    f = fold("ラブロフ外相は19日、前日にケリー国務長官と電話会談した。");
    n = dates_scan(lex, f, strlen(f), "ja", pub, e, 4);
    assert_int_equal(n, 2);
    dates_format(e[1].days, iso);
    assert_string_equal(iso, "2016-09-18");
    free(f);
    dates_lex_destroy(&lex);
}

static void
test_scan_order_and_future(void **state)
{
    (void)state;
    dates_lex_t *lex = dates_lex_new();
    char *f = fold("On March 1 they spoke; on March 20 they will meet; yesterday was quiet.");
    dates_expr_t e[8];
    size_t n = dates_scan(lex, f, strlen(f), "en", at(2016, 3, 6, 12), e, 8);
    assert_int_equal(n, 2);       /* March 20, two weeks on, is a date to come: dropped */
    char iso[11];
    dates_format(e[0].days, iso);
    assert_string_equal(iso, "2016-03-01");
    assert_int_equal(e[1].kind, DATES_RELATIVE);
    assert_true(e[0].end <= e[1].start);
    free(f);
    f = fold("On May 20 they spoke.");   /* ten weeks on: last year's, a year back is fine */
    assert_int_equal(dates_scan(lex, f, strlen(f), "en", at(2016, 3, 6, 12), e, 8), 1);
    dates_format(e[0].days, iso);
    assert_string_equal(iso, "2015-05-20");
    free(f);
    f = fold("signed on 20 March 2016");       /* explicit and in the future: dropped */
    assert_int_equal(dates_scan(lex, f, strlen(f), "en", at(2016, 3, 6, 12), e, 8), 0);
    free(f);
    dates_lex_destroy(&lex);
}

static void
test_scan_any_bytes(void **state)
{
    (void)state;
    dates_lex_t *lex = dates_lex_new();
    unsigned seed = 12345;
    char buf[512];
    dates_expr_t e[8];
    for (int round = 0; round < 500; round++) {
        size_t n = (size_t)(round % 200) + 1;
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = (char)(seed >> 16);
        }
        dateline_t dl;
        (void)dates_find_dateline(buf, n, NULL, &dl);
        (void)dates_scan(lex, buf, n, NULL, 0, e, 8);
        ww_buf_t b = WW_BUF_INIT;
        fold_append_lossy(FOLD_MATCH, buf, n, &b);
        (void)dates_scan(lex, b.ptr, b.len, "en", at(2016, 1, 1, 0), e, 8);
        ww_buf_free(&b);
    }
    dates_lex_destroy(&lex);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_month_day_year_boundary),
        cmocka_unit_test(test_civil_days),
        cmocka_unit_test(test_moscow_day),
        cmocka_unit_test(test_explicit_dates),
        cmocka_unit_test(test_month_days),
        cmocka_unit_test(test_weekdays),
        cmocka_unit_test(test_jalali),
        cmocka_unit_test(test_relative_words),
        cmocka_unit_test(test_day_before),
        cmocka_unit_test(test_range_of_days),
        cmocka_unit_test(test_eve_of_something),
        cmocka_unit_test(test_month_by_number),
        cmocka_unit_test(test_weekday_to_come),
        cmocka_unit_test(test_numeric_forms),
        cmocka_unit_test(test_writer_zones),
        cmocka_unit_test(test_scan_order_and_future),
        cmocka_unit_test(test_scan_any_bytes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

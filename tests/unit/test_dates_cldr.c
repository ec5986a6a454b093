/* SPDX-License-Identifier: MIT
 *
 * test_dates_cldr — checks the hand-typed month and weekday words of
 * dates_words_table.c against CLDR, through ICU (a dependency of this test only:
 * the lexicon stays data in C). For every language with month or weekday
 * rows, ICU's wide Gregorian names (format and stand-alone) are folded as the
 * lexicon folds them (FOLD_MATCH) and dates_scan must read "6 <month>" or
 * "<month> 6" as the 6th of that month, and "<weekday>" as that weekday.
 * Every miss is printed as one line "lang kind index icu-form"; the test
 * fails when any miss is not in the skip table below. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <unicode/uclean.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "events/dates_int.h" /* the lexicon's words, their kind and language */
#include "text/fold.h"
#include "ww_buf.h"

#define DAY_MS 86400000LL
#define MAX_LANGS 128

/* The ICU languages of a lexicon language other than its own tag: Norwegian is written in
   Bokmål and Nynorsk (the rows have both), Tagalog is CLDR's Filipino. */
static const struct {
    const char *lang, *icu;
} icu_langs[] = {
    { "no", "nb" },
    { "no", "nn" },
    { "tl", "fil" },
};

/* The scripts a language's rows are written in besides its locales' default one: Serbian in
   Latin letters, Uzbek in Cyrillic (ICU's "uz" is Latin). Locales in other scripts
   (az_Cyrl, bs_Cyrl, uz_Arab ...) have no rows and are not checked. */
static const struct {
    const char *lang, *script;
} extra_scripts[] = {
    { "sr", "Latn" },
    { "uz", "Cyrl" },
};

/* CLDR forms the lexicon leaves out on purpose, each with its reason (dates_words_table.c's comments
   say the same); the lexicon has the form news writes instead. KIND is "month" or "weekday",
   FORM as CLDR writes it; INDEX -1 and FORM NULL: every name of that kind. */
static const struct {
    const char *lang, *kind;
    int index;
    const char *form;
} skips[] = {
    /* the weekday is also a week: the lexicon has "on Sunday" (კვირას), "շաբաթ օրը",
       "pada Minggu", "noong Linggo" */
    { "ka", "weekday", 0, "კვირა" },
    { "hy", "weekday", 6, "շաբաթ" },
    { "id", "weekday", 0, "Minggu" },
    { "tl", "weekday", 0, "Linggo" },
    /* Urdu "پیر" is also a saint, "بدھ" the Buddha, "ہفتہ" a week: "پیر کو", "بدھ کو", "ہفتہ کو" */
    { "ur", "weekday", 1, "پیر" },
    { "ur", "weekday", 3, "بدھ" },
    { "ur", "weekday", 6, "ہفتہ" },
    /* Vietnamese "thứ hai" is also "second": "vào thứ Hai", "hôm thứ Hai" */
    { "vi", "weekday", -1, NULL },
    /* Tamil's bare names are the sun, the moon and the planets (வெள்ளி is also silver): news
       writes "வெள்ளிக்கிழமை", "வெள்ளியன்று" */
    { "ta", "weekday", -1, NULL },
    /* CLDR's ps names the Gregorian months by Afghanistan's solar months (وری, غویی ...),
       which the lexicon reads as those (Solar Hijri, as in Persian); its Saturday "اونۍ" is
       also the week: the lexicon has "شنبې" */
    { "ps", "month", -1, NULL },
    { "ps", "weekday", 6, "اونۍ" },
    /* Burmese "အင်္ဂါ" (Tuesday) alone starts "အင်္ဂါရပ်" (features): "အင်္ဂါနေ့"; Khmer's bare
       weekday names are the sun, the moon and the planets: "ថ្ងៃច័ន្ទ" */
    { "my", "weekday", 2, "အင်္ဂါ" },
    { "km", "weekday", -1, NULL },
    /* Mongolian weekdays are personal names too (Баасан, Бямба, Пүрэв): "бямба гарагт";
       Tajik "Душанбе" (Monday) is the capital: "рӯзи душанбе"; Kyrgyz "жума" (Friday) is also
       the week: "жума күнү" */
    { "mn", "weekday", -1, NULL },
    { "tg", "weekday", 1, "Душанбе" },
    { "ky", "weekday", 5, "жума" },
};

typedef struct {
    size_t misses, skipped, checked;
} tally_t;

static bool
is_skipped(const char *lang, const char *kind, int index, const char *folded)
{
    for (size_t i = 0; i < sizeof skips / sizeof skips[0]; i++) {
        if (strcmp(skips[i].lang, lang) != 0 || strcmp(skips[i].kind, kind) != 0)
            continue;
        if (skips[i].index == -1)
            return true;
        if (skips[i].index != index)
            continue;
        ww_buf_t f = WW_BUF_INIT;
        fold_append_lossy(FOLD_MATCH, skips[i].form, strlen(skips[i].form), &f);
        bool same = f.len == strlen(folded) && memcmp(f.ptr, folded, f.len) == 0;
        ww_buf_free(&f);
        if (same)
            return true;
    }
    return false;
}

/* True when ICU's LOCALE is one of LANG's: its language is LANG (or one of icu_langs) and its
   script the default one or one the rows are written in. */
static bool
locale_belongs(const char *locale, const char *lang)
{
    char l[16], script[16];
    UErrorCode st = U_ZERO_ERROR;
    uloc_getLanguage(locale, l, (int32_t)sizeof l, &st);
    uloc_getScript(locale, script, (int32_t)sizeof script, &st);
    if (U_FAILURE(st))
        return false;
    bool ours = strcmp(l, lang) == 0;
    for (size_t i = 0; i < sizeof icu_langs / sizeof icu_langs[0]; i++)
        ours = ours || (strcmp(icu_langs[i].lang, lang) == 0 && strcmp(icu_langs[i].icu, l) == 0);
    if (!ours)
        return false;
    if (script[0] == '\0')
        return true;
    for (size_t i = 0; i < sizeof extra_scripts / sizeof extra_scripts[0]; i++)
        if (strcmp(extra_scripts[i].lang, lang) == 0 && strcmp(extra_scripts[i].script, script) == 0)
            return true;
    return false;
}

/* Sunday 6 March 2016, 15:00 UTC, as in test_dates; for "6 April", which is a date to come
   on 6 March (DATES_COMING_DAYS), 6 September 2016. */
static int64_t
anchor_ms(int month)
{
    return (int64_t)dates_days_from_civil(2016, month == 4 ? 9 : 3, 6) * DAY_MS +
           15 * 3600000LL;
}

/* True when dates_scan reads TEXT (original, folded here) in LANG as WANT_KIND with month
   MONTH and day DAY (MONTH 0: a weekday, DAY its number, Sunday 0). */
static bool
scan_reads(const dates_lex_t *lex, const char *text, const char *lang, int month, int day)
{
    ww_buf_t f = WW_BUF_INIT;
    fold_append_lossy(FOLD_MATCH, text, strlen(text), &f);
    dates_expr_t ex[8];
    size_t n = dates_scan(lex, f.ptr, f.len, lang, anchor_ms(month), ex, 8);
    ww_buf_free(&f);
    for (size_t i = 0; i < n; i++) {
        int y, m, d;
        dates_civil_from_days(ex[i].days, &y, &m, &d);
        if (month == 0 && ex[i].kind == DATES_WEEKDAY && dates_weekday_of(ex[i].days) == day)
            return true;
        if (month != 0 && (ex[i].kind == DATES_MONTH_DAY || ex[i].kind == DATES_EXPLICIT) &&
            m == month && d == day)
            return true;
    }
    return false;
}

/* True when LINE was given before (each miss is printed once, for its first locale). */
static bool
seen_before(const char *line)
{
    static char seen[4096][512];
    static size_t n;
    for (size_t i = 0; i < n; i++)
        if (strncmp(seen[i], line, sizeof seen[i] - 1) == 0)
            return true;
    if (n < sizeof seen / sizeof seen[0])
        snprintf(seen[n++], sizeof seen[0], "%s", line);
    return false;
}

/* Checks one name: INDEX is 0-based (January, Sunday). */
static void
check_name(const dates_lex_t *lex, const char *lang, const char *locale, bool month, int index,
           const char *name, tally_t *t)
{
    const char *kind = month ? "month" : "weekday";
    ww_buf_t folded = WW_BUF_INIT;
    fold_append_lossy(FOLD_MATCH, name, strlen(name), &folded);
    char text[256];
    bool ok;
    if (month) {
        snprintf(text, sizeof text, "6 %s", name);
        ok = scan_reads(lex, text, lang, index + 1, 6);
        if (!ok) {
            snprintf(text, sizeof text, "%s 6", name);
            ok = scan_reads(lex, text, lang, index + 1, 6);
        }
    } else {
        ok = scan_reads(lex, name, lang, 0, index);
    }
    t->checked++;
    if (!ok) {
        if (is_skipped(lang, kind, index, folded.ptr)) {
            t->skipped++;
        } else {
            char line[512];
            snprintf(line, sizeof line, "%s %s %d %s", lang, kind, index, folded.ptr);
            if (!seen_before(line))
                printf("%s %s %d %s (%s)\n", lang, kind, index, name, locale);
            t->misses++;
        }
    }
    ww_buf_free(&folded);
}

/* Asks ICU for LOCALE's Gregorian names and checks each against LANG's words. */
static void
check_locale(const dates_lex_t *lex, const char *lang, const char *locale, bool months,
             bool weekdays, tally_t *t)
{
    char loc[64];
    snprintf(loc, sizeof loc, "%s@calendar=gregorian", locale);
    UErrorCode st = U_ZERO_ERROR;
    UDateFormat *fmt = udat_open(UDAT_DEFAULT, UDAT_DEFAULT, loc, NULL, 0, NULL, 0, &st);
    if (U_FAILURE(st) || fmt == NULL)
        fail_msg("%s: udat_open: %s", loc, u_errorName(st));
    const char *valid = udat_getLocaleByType(fmt, ULOC_VALID_LOCALE, &st);
    /* a language ICU has no data for falls back to the root locale */
    if (U_FAILURE(st) || valid == NULL || valid[0] == '\0' || strcmp(valid, "root") == 0)
        fail_msg("%s: ICU has no data (valid locale \"%s\"): list it in skips", loc,
                 valid != NULL ? valid : "");
    static const UDateFormatSymbolType month_types[] = { UDAT_MONTHS, UDAT_STANDALONE_MONTHS };
    static const UDateFormatSymbolType day_types[] = { UDAT_WEEKDAYS, UDAT_STANDALONE_WEEKDAYS };
    for (int w = 0; w < 2; w++) {
        bool month = w == 0;
        if ((month && !months) || (!month && !weekdays))
            continue;
        for (int k = 0; k < 2; k++) {
            UDateFormatSymbolType type = month ? month_types[k] : day_types[k];
            int32_t count = udat_countSymbols(fmt, type);
            /* weekdays: ICU's index 1 is Sunday (index 0 is empty) */
            int32_t first = month ? 0 : 1, want = month ? 12 : 8;
            assert_int_equal(count, want);
            for (int32_t i = first; i < count; i++) {
                UChar u[128];
                char name[512];
                st = U_ZERO_ERROR;
                int32_t ulen = udat_getSymbols(fmt, type, i, u, 128, &st);
                assert_true(U_SUCCESS(st));
                int32_t nlen;
                u_strToUTF8(name, (int32_t)sizeof name, &nlen, u, ulen, &st);
                assert_true(U_SUCCESS(st) && nlen < (int32_t)sizeof name);
                check_name(lex, lang, locale, month, (int)(i - first), name, t);
            }
        }
    }
    udat_close(fmt);
}

static void
test_lexicon_has_cldr_names(void **state)
{
    (void)state;
    dates_lex_t *lex = dates_lex_new();
    /* the languages with month or weekday rows, in the table's order */
    const char *langs[MAX_LANGS];
    bool has_month[MAX_LANGS] = { false }, has_weekday[MAX_LANGS] = { false };
    size_t n_langs = 0;
    for (size_t i = 0; i < lex->n_words; i++) {
        const lex_word_t *w = &lex->words[i];
        if (w->kind != W_MONTH && w->kind != W_WEEKDAY)
            continue;
        size_t k = 0;
        while (k < n_langs && strcmp(langs[k], w->lang) != 0)
            k++;
        if (k == n_langs) {
            assert_true(n_langs < MAX_LANGS);
            langs[n_langs++] = w->lang;
        }
        if (w->kind == W_MONTH)
            has_month[k] = true;
        else
            has_weekday[k] = true;
    }
    assert_true(n_langs >= 40);
    tally_t t = { 0, 0, 0 };
    size_t n_locales = 0;
    for (size_t k = 0; k < n_langs; k++) {
        /* every ICU locale of the language (its regions: ar_MA, fa_AF, de_AT ...) */
        for (int32_t a = 0; a < uloc_countAvailable(); a++) {
            const char *locale = uloc_getAvailable(a);
            if (locale_belongs(locale, langs[k])) {
                check_locale(lex, langs[k], locale, has_month[k], has_weekday[k], &t);
                n_locales++;
            }
        }
    }
    printf("cldr: %zu languages, %zu locales, %zu names checked, %zu skipped, %zu missed\n", n_langs, n_locales,
           t.checked, t.skipped, t.misses);
    dates_lex_destroy(&lex);
    u_cleanup();
    if (t.misses > 0)
        fail_msg("%zu CLDR month/weekday names the lexicon does not read (listed above)",
                 t.misses);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lexicon_has_cldr_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

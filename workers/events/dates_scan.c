/* SPDX-License-Identifier: MIT
 *
 * dates_scan — dates_scan (see dates.h): the dates in running folded text.
 * The text is cut into tokens (dates_tokens.h), and a small grammar
 * is tried at each token, the most specific rule first: numeric dates
 * (13.08.2015, 2015-08-13), Han/Hangul dates (2015年8月13日), day-first and
 * month-first dates with an optional year, then weekdays and relative words.
 * A match is resolved against the anchor (dates.c) and skipped past.
 *
 * Invariants: reads only the text it is given (folded, so the lexicon's
 * words compare byte for byte); never writes more than MAX expressions;
 * frees the tokens before it returns. */
#include "dates_tokens.h"

/* ------------------------------------------------------------------ */
/* The grammar of dates in text                                        */
/* ------------------------------------------------------------------ */

/* The last token kind_at looked up: each rule asks about the token it starts at. */
typedef struct {
    size_t i;
    int kind, value;
    size_t used;
} memo_t;

typedef struct {
    const dates_lex_t *lex;
    const char *text;
    const toks_t *t;
    const char *lang;
    memo_t *memo;
} scan_t;

typedef struct {
    dates_kind_t kind;
    int year, month, day;  /* year 0 = none; WEEKDAY: day = weekday; RELATIVE: day = offset */
    size_t first, last;    /* tokens, inclusive */
    bool before;           /* RELATIVE: counted from the date told before it, if any */
    bool to_come;          /* WEEKDAY: a word next to it says it is to come */
} found_t;

static bool
tok_punct(const scan_t *s, size_t i, int32_t c)
{
    return i < s->t->n && s->t->v[i].type == T_PUNCT && s->t->v[i].value == c;
}

static bool
tok_num(const scan_t *s, size_t i, int lo, int hi, int maxdigits)
{
    return i < s->t->n && s->t->v[i].type == T_NUM && s->t->v[i].ndigits <= maxdigits &&
           s->t->v[i].value >= lo && s->t->v[i].value <= hi;
}

static bool
tok_year(const scan_t *s, size_t i)
{
    return tok_num(s, i, YEAR_MIN, YEAR_MAX, 4) && s->t->v[i].ndigits == 4;
}

static bool
tok_is(const scan_t *s, size_t i, const char *w)
{
    if (i >= s->t->n || s->t->v[i].type != T_WORD)
        return false;
    size_t n = s->t->v[i].end - s->t->v[i].start;
    return strlen(w) == n && memcmp(s->text + s->t->v[i].start, w, n) == 0;
}

/* True when token I opens the noun a word of the day before governs: "la veille de
   l'élection", "la víspera de la votación", "la vigilia del voto", "na véspera da reunião",
   and in English text "the day before the vote", are the eve of something told, not the day
   before the story's. */
static bool
eve_of_a_noun(const scan_t *s, size_t i)
{
    static const char *const of[] = { "de", "d", "du", "des", "di", "del", "della", "dello",
                                      "dei", "degli", "delle", "da", "do", "dos", "das" };
    static const char *const en[] = { "the", "a", "an", "his", "their" };
    for (size_t k = 0; k < sizeof of / sizeof of[0]; k++)
        if (tok_is(s, i, of[k]))
            return true;
    bool english = s->lang != NULL && strcmp(s->lang, "en") == 0;
    for (size_t k = 0; english && k < sizeof en / sizeof en[0]; k++)
        if (tok_is(s, i, en[k]))
            return true;
    return false;
}

/* True when the relative word at token FIRST stands right after the expression that ends at
   token LAST, a comma between at most: "в субботу, накануне президентских выборов" (on
   Saturday, the eve of the elections) tells that day again, not the day before the story's. */
static bool
apposition(const scan_t *s, size_t last, size_t first)
{
    return first == last + 1 ||
           (first == last + 2 && (tok_punct(s, last + 1, ',') || tok_punct(s, last + 1, 0x060C)));
}

/* The kind of lexicon word at token I (0 when none); *value and *used get its value and size. */
static int
kind_at(const scan_t *s, size_t i, int *value, size_t *used)
{
    if (i >= s->t->n)
        return 0;
    memo_t *m = s->memo;
    if (m->i != i) {
        size_t k = 1;
        const lex_word_t *w = dates_word_at(s->lex, s->text, s->t, i, s->lang, &k);
        m->i = i;
        m->kind = w != NULL ? w->kind : 0;
        m->value = w != NULL ? w->value : 0;
        m->used = k;
    }
    if (m->kind != 0) {
        *value = m->value;
        *used = m->used;
    }
    return m->kind;
}

/* Skips an ordinal suffix glued to a number ("1st", "1er", "13-го") and "de"/"del" fillers. */
static size_t
skip_ordinal(const scan_t *s, size_t i)
{
    static const char *const suffix[] = { "st", "nd", "rd", "th", "er", "e", "º", "ª", "го" };
    if (tok_punct(s, i, '-') && !s->t->v[i].space_before && tok_is(s, i + 1, "го"))
        return i + 2;
    if (i < s->t->n && s->t->v[i].type == T_WORD && !s->t->v[i].space_before)
        for (size_t k = 0; k < sizeof suffix / sizeof suffix[0]; k++)
            if (tok_is(s, i, suffix[k]))
                return i + 1;
    return i;
}

static size_t
skip_filler(const scan_t *s, size_t i)
{
    return (tok_is(s, i, "de") || tok_is(s, i, "del")) ? i + 1 : i;
}

/* Records that tokens FIRST..LAST (inclusive) hold the date in *F: explicit when it has a
   year, a month-day otherwise. Returns true. */
static bool
found_date(found_t *f, size_t first, size_t last)
{
    f->first = first;
    f->last = last;
    f->kind = f->year ? DATES_EXPLICIT : DATES_MONTH_DAY;
    return true;
}

/* True when token K, right after a day's mark, makes the number a count of days: "3日間"
   (three days), "3일간". */
static bool
span_after(const scan_t *s, size_t k)
{
    static const char *const marks[] = { "間", "间", "간" };
    if (k >= s->t->n || s->t->v[k].space_before)
        return false;
    const tok_t *t = &s->t->v[k];
    for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++)
        if (t->end - t->start == strlen(marks[m]) &&
            memcmp(s->text + t->start, marks[m], t->end - t->start) == 0)
            return true;
    return false;
}

/* [YEAR 年] MONTH 月 DAY 日, spaces allowed between the parts (Korean writes them), or a day
   of the month alone: DAY 日 (not a count of days, "3日間"). */
static bool
match_cjk(const scan_t *s, size_t i, found_t *f)
{
    int v;
    size_t k, j = i;
    f->year = 0;
    if (tok_year(s, j) && kind_at(s, j + 1, &v, &k) == W_YEAR_MARK) {
        f->year = s->t->v[j].value;
        j += 2;
    }
    if (j == i && tok_num(s, j, 1, 31, 2) && kind_at(s, j + 1, &v, &k) == W_DAY_MARK &&
        !span_after(s, j + 2)) {
        f->month = 0;                   /* Xinhua's and NHK's "6日", Yonhap's "18일" */
        f->day = s->t->v[j].value;
        return found_date(f, i, j + 1);
    }
    if (!tok_num(s, j, 1, 12, 2) || kind_at(s, j + 1, &v, &k) != W_MONTH_MARK)
        return false;
    f->month = s->t->v[j].value;
    if (!tok_num(s, j + 2, 1, 31, 2) || kind_at(s, j + 3, &v, &k) != W_DAY_MARK)
        return false;
    f->day = s->t->v[j + 2].value;
    return found_date(f, i, j + 3);
}

/* True when tokens I+1 and I+3 are both SEP (the one separator of a numeric date). */
static bool
two_numbers(const scan_t *s, size_t i, int sep)
{
    return tok_punct(s, i + 1, sep) && tok_punct(s, i + 3, sep);
}

/* 13.08.2015 and 13-08-2015 (day first), 2015-08-13, 2015/08/13 and 2015.08.13 (year first:
   no one writes a year, a day, a month), written without spaces; 13/08/2015 and 08/13/2015
   when one of the two numbers is over 12, or, both 12 or less, day first in a text of a known
   language other than English and Filipino (the United States and the Philippines put the
   month first). */
static bool
match_numeric(const scan_t *s, size_t i, found_t *f)
{
    const tok_t *v = s->t->v;
    if (i + 4 >= s->t->n)
        return false;
    for (size_t j = i + 1; j <= i + 4; j++)
        if (v[j].space_before)
            return false;
    if (tok_num(s, i, 1, 31, 2) && (two_numbers(s, i, '.') || two_numbers(s, i, '-')) &&
        tok_num(s, i + 2, 1, 12, 2) && tok_year(s, i + 4)) {
        f->day = v[i].value, f->month = v[i + 2].value, f->year = v[i + 4].value;
    } else if (tok_year(s, i) &&
               (two_numbers(s, i, '-') || two_numbers(s, i, '/') || two_numbers(s, i, '.')) &&
               tok_num(s, i + 2, 1, 12, 2) && tok_num(s, i + 4, 1, 31, 2)) {
        f->year = v[i].value, f->month = v[i + 2].value, f->day = v[i + 4].value;
    } else if (tok_num(s, i, 1, 31, 2) && two_numbers(s, i, '/') && tok_num(s, i + 2, 1, 31, 2) &&
               tok_year(s, i + 4) &&
               ((v[i].value > 12) != (v[i + 2].value > 12) ||
                (v[i].value <= 12 && v[i + 2].value <= 12 && s->lang != NULL &&
                 strcmp(s->lang, "en") != 0 && strcmp(s->lang, "tl") != 0))) {
        bool day_first = v[i].value > 12 || v[i + 2].value <= 12;
        f->day = v[day_first ? i : i + 2].value, f->month = v[day_first ? i + 2 : i].value;
        f->year = v[i + 4].value;
    } else {
        return false;
    }
    return found_date(f, i, i + 4);         /* explicit: every form has a year */
}

/* An optional ", 2015", " 2015", " de 2015", " năm 2015" after a day and month; returns the
   next token. */
static size_t
take_year(const scan_t *s, size_t j, found_t *f)
{
    size_t k = j;
    int v;
    size_t used;
    if (tok_punct(s, k, ','))
        k++;
    k = skip_filler(s, k);
    if (kind_at(s, k, &v, &used) == W_YEAR_WORD)
        k += used;
    if (tok_year(s, k)) {
        f->year = s->t->v[k].value;
        return k + 1;
    }
    return j;
}

/* A year and its mark before a day and month ("2016. gada 6. martā", "2016 m. kovo 6 d.",
   "2016 жылғы 6 наурыз", "2016 წლის 6 მარტს") into *F; returns the date's first token,
   FIRST when there is none. */
static size_t
year_before(const scan_t *s, size_t first, found_t *f)
{
    int v;
    size_t used, m = first;
    if (f->year != 0 || m < 2)
        return first;
    m -= tok_punct(s, m - 1, '.');
    if (m < 2 || kind_at(s, m - 1, &v, &used) != W_YEAR_MARK || used != 1)
        return first;
    m--;
    m -= tok_punct(s, m - 1, '.');
    if (m < 1 || !tok_year(s, m - 1))
        return first;
    f->year = s->t->v[m - 1].value;
    return m - 1;
}

/* DAY [.] [de] MONTH [year]: "13 August 2015", "6. März", "25 de enero de 2015", "6 марта". */
static bool
match_day_first(const scan_t *s, size_t i, found_t *f)
{
    int v;
    size_t used;
    if (!tok_num(s, i, 1, 31, 2))
        return false;
    size_t j = skip_ordinal(s, i + 1);
    if (tok_punct(s, j, '.'))
        j++;
    else if (tok_punct(s, j, '-') && !s->t->v[j].space_before && j + 1 < s->t->n &&
             !s->t->v[j + 1].space_before)
        j++;                                            /* Uzbek "6-mart" */
    j = skip_filler(s, j);
    if (kind_at(s, j, &v, &used) != W_MONTH)
        return false;
    f->day = s->t->v[i].value;
    f->month = v;
    f->year = 0;
    j += used;
    if (tok_punct(s, j, '.') && tok_year(s, j + 1))
        j++;
    size_t last = take_year(s, j, f) - 1;
    return found_date(f, year_before(s, i, f), last);
}

/* A month told by its number and the word for "of the month", as Mongolian dates: [YEAR оны]
   M [дугаар | дүгээр | -р] сарын D ("10 дугаар сарын 5-нд", "2016 оны 8-р сарын 5"): the
   ordinal mark of the month's number may stand before "сарын". */
static bool
match_month_number(const scan_t *s, size_t i, found_t *f)
{
    if (!tok_num(s, i, 1, 12, 2))
        return false;
    size_t j = i + 1;
    if (tok_is(s, j, "дугаар") || tok_is(s, j, "дүгээр"))
        j++;
    else if (tok_punct(s, j, '-') && tok_is(s, j + 1, "р"))
        j += 2;
    if (!tok_is(s, j, "сарын") || !tok_num(s, j + 1, 1, 31, 2))
        return false;
    f->year = 0;
    f->month = s->t->v[i].value;
    f->day = s->t->v[j + 1].value;
    return found_date(f, year_before(s, i, f), j + 1);
}

/* The digits "/ M [/ YYYY]" glued after a day at token J, into *F (the month 0 when there
   are none); returns the token after them. */
static size_t
take_slash_month(const scan_t *s, size_t j, found_t *f)
{
    const tok_t *v = s->t->v;
    f->month = 0;
    if (!tok_punct(s, j, '/') || !tok_num(s, j + 1, 1, 12, 2) || v[j].space_before ||
        v[j + 1].space_before)
        return j;
    f->month = v[j + 1].value;
    j += 2;
    if (tok_punct(s, j, '/') && tok_year(s, j + 1) && !v[j].space_before &&
        !v[j + 1].space_before) {
        f->year = v[j + 1].value;
        j += 2;
    }
    return j;
}

/* [YEAR.] MONTH [.] DAY [year]: "January 25, 2015", "Feb. 12", "2015. augusztus 13." */
static bool
match_month_first(const scan_t *s, size_t i, found_t *f)
{
    int v;
    size_t used;
    size_t first = i;
    f->year = 0;
    if (kind_at(s, i, &v, &used) != W_MONTH)
        return false;
    size_t j = i + used;
    if (tok_punct(s, j, '.'))
        j++;
    if (!tok_num(s, j, 1, 31, 2))
        return false;
    f->month = v;
    f->day = s->t->v[j].value;
    if (i >= 2 && tok_punct(s, i - 1, '.') && tok_year(s, i - 2)) {
        f->year = s->t->v[i - 2].value;
        first = i - 2;
    }
    j = skip_ordinal(s, j + 1);
    size_t end = f->year ? j : take_year(s, j, f);
    return found_date(f, year_before(s, first, f), end - 1);
}

/* Dates told by words before the numbers (Vietnamese, Thai, Swahili, Indonesian, and
   Spanish, Portuguese, Italian): DAYWORD D / M [/ YYYY] ("ngày 6/3"), [DAYWORD] D MONTHWORD
   M [[,] YEARWORD YYYY] ("ngày 6 tháng 3 năm 2016"), DAYWORD D MONTH ("dia 12 de
   setembro"), DAYWORD D (a day of the month: "วันที่ 6", "tarehe 6", "el día 18"; not
   "el día 3 de la tregua"). */
static bool
match_day_word(const scan_t *s, size_t i, found_t *f)
{
    int v;
    size_t used, j = i;
    bool has_word = kind_at(s, i, &v, &used) == W_DAY_WORD;
    if (has_word)
        j += used;
    else if (i >= s->t->n || s->t->v[i].type != T_NUM)   /* a weekday that ends the text */
        return false;
    if (!tok_num(s, j, 1, 31, 2))
        return false;
    f->year = 0;
    f->day = s->t->v[j].value;
    size_t k = take_slash_month(s, j + 1, f);
    if (has_word && f->month > 0)
        return found_date(f, i, k - 1);
    f->year = 0;
    if (kind_at(s, j + 1, &v, &used) == W_MONTH_WORD && tok_num(s, j + 1 + used, 1, 12, 2)) {
        f->month = s->t->v[j + 1 + used].value;
        return found_date(f, i, take_year(s, j + 2 + used, f) - 1);
    }
    if (!has_word)
        return false;
    if (match_day_first(s, j, f)) {                    /* "วันที่ 25 มกราคม" */
        f->first = i;
        return true;
    }
    if (tok_is(s, j + 1, "de") || tok_is(s, j + 1, "del") || tok_is(s, j + 1, "di") ||
        tok_is(s, j + 1, "da") || tok_is(s, j + 1, "do") || tok_is(s, j + 1, "della"))
        return false;                   /* "el día 3 de la tregua": the truce's third day */
    f->month = 0;
    return found_date(f, i, j);
}

/* True when a W_NEXT word that goes before a weekday ends right before token I, or one that
   goes after it starts at token J (the token after a weekday that spans [I, J)): the weekday
   is to come. */
static bool
next_word_around(const scan_t *s, size_t i, size_t j)
{
    int v;
    size_t used;
    for (size_t k = 1; k <= MAX_JOIN && k <= i; k++)
        if (kind_at(s, i - k, &v, &used) == W_NEXT && used == k && v != 1)
            return true;
    return kind_at(s, j, &v, &used) == W_NEXT && v != 0;
}

/* A weekday or relative word. A weekday next to a relative word names the day more
   surely than the word, which counts from a day the reader may not share ("today,
   Sunday", "yesterday Sunday", "today (Sunday)": Sunday). A day of the month in brackets
   after either is surer still ("yesterday (14)", "el miércoles (14)", the house style of
   some agencies), and so is a date after a weekday ("Sunday, 10 January 2016", "الأحد - 10
   يناير 2016": a page's own date line): the weekday is the date's. */
static bool
match_word(const scan_t *s, size_t i, found_t *f)
{
    int v;
    size_t used;
    int k = kind_at(s, i, &v, &used);
    if (k != W_WEEKDAY && k != W_RELATIVE && k != W_BEFORE)
        return false;
    if (k == W_BEFORE && eve_of_a_noun(s, i + used))
        return false;
    f->kind = k == W_WEEKDAY ? DATES_WEEKDAY : DATES_RELATIVE;
    f->before = k == W_BEFORE;
    k = k == W_BEFORE ? W_RELATIVE : k;
    f->day = v;
    f->first = i;
    f->last = i + used - 1;
    size_t j = f->last + 1;
    if (k == W_WEEKDAY) {
        size_t d = j + (tok_punct(s, j, ',') || tok_punct(s, j, 0x060C) || tok_punct(s, j, '-') ||
                        tok_punct(s, j, 0x2013) || tok_punct(s, j, 0x2014));
        found_t date;
        if ((match_day_first(s, d, &date) || match_month_first(s, d, &date) ||
             match_day_word(s, d, &date)) && date.month > 0) {
            *f = date;
            f->first = i;
            return true;
        }
    }
    j += tok_punct(s, j, ',') || tok_punct(s, j, 0x060C) || tok_punct(s, j, 0x3001) ||
         tok_punct(s, j, 0xFF0C);                          /* , ، 、 ， */
    int wv;
    size_t wused;
    bool tomorrow = false;              /* "tomorrow, Wednesday", "Rabu besok": to come */
    /* the weekday in brackets: "today (Saturday)", "היום (שבת)" */
    bool bracket = k == W_RELATIVE && tok_punct(s, j, '(') &&
                   kind_at(s, j + 1, &wv, &wused) == W_WEEKDAY && tok_punct(s, j + 1 + wused, ')');
    if (k == W_RELATIVE && (bracket || kind_at(s, j, &wv, &wused) == W_WEEKDAY)) {
        tomorrow = v > 0;
        f->kind = DATES_WEEKDAY;
        f->day = wv;
        f->last = bracket ? j + 1 + wused : j + wused - 1;
    } else if (k == W_WEEKDAY && kind_at(s, j, &wv, &wused) == W_RELATIVE && wv > 0) {
        tomorrow = true;
        f->last = j + wused - 1;
    }
    j = f->last + 1;
    if (f->kind == DATES_WEEKDAY)
        f->to_come = tomorrow || next_word_around(s, i, j);
    if (tok_punct(s, j, '(') && tok_num(s, j + 1, 1, 31, 2)) {
        found_t d = { .year = 0, .day = s->t->v[j + 1].value };
        size_t end = take_slash_month(s, j + 2, &d);  /* "pada Minggu (6/3)": day first */
        if (tok_punct(s, end, ')')) {
            f->kind = d.year ? DATES_EXPLICIT : DATES_MONTH_DAY;
            f->year = d.year;
            f->month = d.month;
            f->day = d.day;
            f->last = end;
        }
    }
    return true;
}

/* Resolves F against ANCHOR (days); false when it names no real or no past date. */
static bool
resolve(const found_t *f, int32_t anchor, int32_t *days)
{
    switch (f->kind) {
    case DATES_EXPLICIT:
        if (!dates_valid(f->year, f->month, f->day))
            return false;
        *days = dates_days_from_civil(f->year, f->month, f->day);
        break;
    case DATES_MONTH_DAY:
        /* "scheduled for November 14", written on November 6: a date to come, not last
           year's (a month and day further back than the weeks ahead would carry a year) */
        if (f->month > 0 && dates_latest_month_day(f->month, f->day,
                                                   anchor + DATES_AHEAD_DAYS + DATES_COMING_DAYS) >
                                anchor + DATES_AHEAD_DAYS)
            return false;
        *days = f->month > 0 ? dates_latest_month_day(f->month, f->day, anchor + DATES_AHEAD_DAYS)
                             : dates_latest_day_of_month(f->day, anchor + DATES_AHEAD_DAYS);
        if (*days == INT32_MIN)
            return false;
        break;
    case DATES_WEEKDAY:
        *days = anchor - ((dates_weekday_of(anchor) - f->day + 7) % 7);
        break;
    case DATES_RELATIVE:
        *days = anchor + f->day;
        break;
    default:
        return false;
    }
    return *days <= anchor + DATES_AHEAD_DAYS;
}

/* True when token I joins the two days of a range: a hyphen, a dash, a tilde, a slash. */
static bool
range_mark(const scan_t *s, size_t i)
{
    static const int32_t marks[] = { '-', 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, '~', 0xFF5E,
                                     0x301C, '/' };
    if (i >= s->t->n || s->t->v[i].type != T_PUNCT)
        return false;
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
        if (s->t->v[i].value == marks[k])
            return true;
    return false;
}

#define SPAN_DAYS 7     /* the longest range of days a meeting, visit or session is told by */

/* True when the date F names is one end of a range of days written as one word: its day, the
   first token, follows another day and a range mark ("8-9 September", "8./9. September",
   "8～9日"), or its day, the last token, is followed by them ("Sept. 8-9", "September 8–9").
   The other day lies within SPAN_DAYS on the right side: "March 8-10 people" is read as a
   range too, harmlessly (that date then dates no action). */
static bool
range_of_days(const scan_t *s, const found_t *f)
{
    const tok_t *v = s->t->v;
    if (f->day < 1 || f->kind == DATES_WEEKDAY || f->kind == DATES_RELATIVE)
        return false;
    size_t a = f->first, b = f->last;
    if (v[b].type == T_NUM && v[b].value == f->day && range_mark(s, b + 1) &&
        !v[b + 1].space_before && b + 2 < s->t->n && !v[b + 2].space_before &&
        tok_num(s, b + 2, f->day + 1, f->day + SPAN_DAYS, 2) &&
        !(b + 3 < s->t->n && v[b + 3].type == T_PUNCT && v[b + 3].value == ':'))
        return true;
    if (v[a].type != T_NUM || v[a].value != f->day || v[a].space_before || a < 2)
        return false;
    size_t m = a - 1, d = a - 2;
    if (!range_mark(s, m))
        return false;
    if (d > 0 && tok_punct(s, d, '.') && !v[d].space_before)    /* "8./9. September" */
        d--;
    return !v[m].space_before && tok_num(s, d, f->day - SPAN_DAYS, f->day - 1, 2);
}

size_t
dates_scan(const dates_lex_t *lex, const char *text, size_t len, const char *lang,
           int64_t anchor_ms, dates_expr_t *out, size_t max)
{
    toks_t t = TOKS_INIT(t);
    dates_tokenize(lex, text, len, &t);
    char tag[8];                        /* "sr-Latn" is "sr": the rows name bare languages */
    size_t tn = lang != NULL ? strcspn(lang, "-_") : 0;
    if (tn == 0 || tn >= sizeof tag || strcmp(lang, "und") == 0) {
        lang = NULL;
    } else {
        for (size_t k = 0; k < tn; k++)
            tag[k] = (char)(lang[k] >= 'A' && lang[k] <= 'Z' ? lang[k] - 'A' + 'a' : lang[k]);
        tag[tn] = '\0';
        lang = tag;
    }
    memo_t memo = { .i = SIZE_MAX };
    scan_t s = { lex, text, &t, lang, &memo };
    int32_t anchor = dates_day_of_ms(anchor_ms);
    size_t n = 0, last = SIZE_MAX;     /* the last token of the last expression */
    for (size_t i = 0; i < t.n && n < max; i++) {
        found_t f = { .kind = DATES_NONE };
        if (!match_numeric(&s, i, &f) && !match_cjk(&s, i, &f) &&
            !match_month_number(&s, i, &f) && !match_day_word(&s, i, &f) &&
            !match_day_first(&s, i, &f) && !match_month_first(&s, i, &f) &&
            !match_word(&s, i, &f))
            continue;
        if (f.kind == DATES_RELATIVE && !f.before && n > 0 && apposition(&s, last, f.first)) {
            i = f.last;
            continue;
        }
        int32_t days;
        bool dated = f.kind == DATES_RELATIVE && f.before && n > 0;
        if (dated)      /* "В понедельник Лавров заявил, что днём ранее ...", "19日、前日に" */
            days = out[n - 1].days + f.day;
        /* a weekday to come dates nothing told ("the truce takes effect from Monday") */
        if (!(f.kind == DATES_WEEKDAY && f.to_come) && (dated || resolve(&f, anchor, &days))) {
            out[n].kind = f.kind;
            out[n].days = days;
            out[n].start = t.v[f.first].start;
            out[n].end = t.v[f.last].end;
            out[n].span = range_of_days(&s, &f);
            n++;
            last = f.last;
        }
        i = f.last;
    }
    dates_toks_free(&t);
    return n;
}

/* SPDX-License-Identifier: MIT
 *
 * dates — reads the dates a wire story gives and resolves them to a civil
 * date (proleptic Gregorian, UTC days): the dateline ("MOSCOW, March 6.
 * /TASS/."), explicit dates ("13 August 2015", "13.08.2015", "2015年8月13日"),
 * month-days without a year ("On January 25", "25 января", "le 25 janvier"),
 * weekdays ("on Sunday", "в воскресенье") and relative words ("yesterday",
 * "вчера", "gestern", "昨天").
 *
 * Pure: no clock, no environment, no I/O, no state that changes. A year that
 * the text leaves out is supplied by the caller's anchor (the publication
 * time, or the dateline's date). Month, weekday and relative words for many
 * languages are DATA in dates_words_table.c (one table); dates_lex_new() folds
 * them into FOLD_MATCH (text/fold.h), the form catalog terms and the texts
 * classify scans are in too, and compiles them into a hash table for
 * dates_scan(). */
#ifndef WW_WORKERS_EVENTS_DATES_H
#define WW_WORKERS_EVENTS_DATES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ww_buf.h"

#define DATES_DATELINE_WINDOW 2048 /* a dateline starts a paragraph in the first 2 KB */
#define DATES_AHEAD_DAYS 2         /* how far past publication a text's date may lie */
#define DATES_COMING_DAYS 45       /* a month and day (no year) this many days past that is a
                                      date to come, not the same day a year back */

typedef struct {
    char place[64];   /* "MOSCOW", "WASHINGTON", "МОСКВА" as written (NUL-terminated) */
    char agency[32];  /* "TASS", "Sputnik", "Reuters", "ТАСС" or "" */
    int month, day;   /* 0 when the dateline has no date (e.g. "MOSCOW (Sputnik) —"); month 0 with a
                         day when it gives the day alone ("（中央社華盛頓3日綜合外電報導）") */
    size_t end;       /* byte offset in the body just past the dateline */
} dateline_t;

/* Finds a wire dateline at the start of a paragraph in the first ~2 KB of BODY: "MOSCOW, March 6. /TASS/.",
   "MOSCOW (Sputnik) —", "WASHINGTON, Feb 12 (Reuters) -", "МОСКВА, 6 марта. /ТАСС/.", "BERLIN, 6. März (dpa) -",
   "PARIS, 6 mars (AFP) -" ... Returns true and fills *out, false when there is none.
   Also read: "МОСКВА, 6 мар — РИА Новости.", "Москва. 6 марта. INTERFAX.RU -",
   "SEOUL, Feb. 19 (Yonhap) --", "新华社莫斯科3月6日电（记者 …）", "（中央社記者…華盛頓3日專電）".
   LANG (the text's, or NULL when unknown) reads a month name of its own language as it means
   there: Croatian "2. listopada" is October 2, Czech and Polish November. */
bool dates_find_dateline(const char *body, size_t len, const char *lang, dateline_t *out);

/* Resolves a month/day without a year against the publication time: the latest such date not more than
   2 days after PUBLISHED_MS (a dateline is at most a day or two ahead because of time zones). Writes "YYYY-MM-DD".
   MONTH 0 with a DAY: the latest such day of a month ("華盛頓3日"). A month/day that exists in no year (13,
   April 31) writes the publication date. */
void dates_resolve_month_day(int month, int day, int64_t published_ms, char out[11]);

/* ---- civil-day arithmetic (days since 1970-01-01, UTC) ---- */

/* Days since the epoch of Y-M-D (any Y; M 1..12; D 1..31, not checked). */
int32_t dates_days_from_civil(int y, int m, int d);
/* The inverse of dates_days_from_civil. */
void dates_civil_from_days(int32_t days, int *y, int *m, int *d);
/* The UTC day of a time in milliseconds since the epoch (floors negatives). */
int32_t dates_day_of_ms(int64_t ms);
/* The day in Moscow (the day event dates are given in) of a time in milliseconds since
   the epoch: UTC+4 from 2011-03-27 to 2014-10-25, UTC+3 after; before, UTC+3, and UTC+4
   in summer (the last Sunday of March to the last Sunday of October). */
int32_t dates_moscow_day_of_ms(int64_t ms);
/* True when Y-M-D exists in the Gregorian calendar (year 1..9999). */
bool dates_valid(int y, int m, int d);
/* Writes DAYS as "YYYY-MM-DD" into out[11] (NUL-terminated). */
void dates_format(int32_t days, char out[11]);
/* Parses exactly "YYYY-MM-DD" (LEN bytes) into *days. Returns false on any other text
   or an impossible date. */
bool dates_parse_iso(const char *s, size_t len, int32_t *days);

/* ---- the writer's zone ---- */

#define DATES_ZONE_NONE INT32_MIN    /* written in many zones: count from UTC */
#define DATES_ZONE_MOSCOW INT32_MAX  /* Moscow's, with its history (dates_moscow_day_of_ms) */

/* Minutes east of UTC of the zone the press of LANG ("de", "zh-Hant") mostly writes in at
   MS (summer time included), DATES_ZONE_MOSCOW, or DATES_ZONE_NONE (unknown or written in
   many zones). Pure. */
int32_t dates_writer_zone(const char *lang, int64_t ms);

/* ---- dates in running text ---- */

typedef enum {
    DATES_NONE = 0,
    DATES_EXPLICIT,   /* a full date: "13 August 2015", "13.08.2015", "2015年8月13日" */
    DATES_MONTH_DAY,  /* "On January 25", "25 января", "6日": year (and month) from the anchor */
    DATES_WEEKDAY,    /* "on Sunday": the latest such weekday on or before the anchor day */
    DATES_RELATIVE    /* "yesterday", "today", "вчера", "накануне" */
} dates_kind_t;

typedef struct {
    dates_kind_t kind;
    int32_t days;        /* the resolved date, days since the epoch */
    size_t start, end;   /* the expression's bytes in the scanned text */
    bool span;           /* one end of a range of days ("8-9 September", "Sept. 8–9",
                            "8.–9. September"): a meeting's or a visit's, not one day's */
} dates_expr_t;

/* The month, weekday and relative words, compiled for lookups. Immutable once built, so one
   lexicon may be shared by any number of readers. */
typedef struct dates_lex dates_lex_t;

/* Builds the lexicon from the table in dates_words_table.c. Caller destroys. Never NULL. */
dates_lex_t *dates_lex_new(void);
/* Destroys *self_p if not NULL and sets it to NULL. Safe to call twice. */
void dates_lex_destroy(dates_lex_t **self_p);
/* Number of words in the lexicon, and the number of languages they cover. */
size_t dates_lex_size(const dates_lex_t *self, size_t *n_langs);
/* Word I (< dates_lex_size) as stored, not NUL-terminated: *len bytes, borrowed (static).
   *lang gets its language tag. For tests and diagnostics. */
const char *dates_lex_word(const dates_lex_t *self, size_t i, size_t *len, const char **lang);

/* Finds the date expressions in TEXT (LEN bytes in FOLD_MATCH) and resolves each one:
   explicit dates as written; month-days and weekdays against ANCHOR_MS (the publication time,
   or midnight of the dateline's date); relative words as day offsets from the anchor day. LANG
   ("en", "fr", ... or NULL / "und") lets words that mean different things in different
   languages count ("hier" is French for yesterday, German for here): they are used only when
   LANG names their language. Dates later than the anchor by more than DATES_AHEAD_DAYS are
   dropped, and so is a month and day that falls within DATES_COMING_DAYS after that. Writes
   at most MAX expressions into OUT, in text order, and returns how many. */
size_t dates_scan(const dates_lex_t *lex, const char *text, size_t len, const char *lang,
                  int64_t anchor_ms, dates_expr_t *out, size_t max);

#endif

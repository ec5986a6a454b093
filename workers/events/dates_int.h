/* SPDX-License-Identifier: MIT
 *
 * dates_int — what the files of the dates module share; no other module
 * includes this header. The module's files:
 *
 *   dates.c           civil-day arithmetic and resolving a month/day, weekday
 *                     or day of the month against an anchor day
 *   dates_words.c     the lexicon: the hash table dates_lex_new builds over
 *                     the month, weekday and relative words
 *   dates_words_table.c  those words (DATA)
 *   dates_tokens.c    the tokens of folded text and the lexicon words they
 *                     spell (dates_tokens.h)
 *   dates_scan.c      dates_scan: the grammar of dates over those tokens
 *   dates_dateline.c  dates_find_dateline, on the original (unfolded) text
 *
 * The lexicon's words and its hash table are defined here so that the
 * scanner's per-token lookup (dates_lex_find) stays inline. */
#ifndef WW_WORKERS_EVENTS_DATES_INT_H
#define WW_WORKERS_EVENTS_DATES_INT_H

#include <string.h>
#include <utf8proc.h>

#include "dates.h"
#include "ww_buf.h"
#include "ww_strtab.h"
#include "ww_utf8.h"

#define MS_PER_DAY 86400000LL
#define MAX_WORD 64          /* longest lexicon word, in bytes */
#define YEAR_MIN 1900        /* four-digit numbers in this range are years */
#define YEAR_MAX 2199

typedef enum {
    W_MONTH = 1,  /* value 1..12; 13..24 the months of the Solar Hijri (Iranian) year */
    W_WEEKDAY,    /* value 0 (Sunday) .. 6 */
    W_RELATIVE,   /* value: day offset from the anchor */
    W_BEFORE,     /* value: day offset from the date told before it ("the day before") */
    W_NEXT,       /* the weekday next to it is to come; value 0: a word before it ("next
                     Monday"), 1: after it ("lundi prochain"), 2: either */
    W_YEAR_MARK,  /* 年 년: follows a year */
    W_MONTH_MARK, /* 月 월 */
    W_DAY_MARK,   /* 日 号 일 */
    W_DAY_WORD,   /* Vietnamese "ngày", Thai "วันที่": the day's number follows */
    W_MONTH_WORD, /* Vietnamese "tháng": the month's number follows */
    W_YEAR_WORD   /* Vietnamese "năm": the year follows */
} word_kind_t;

/* A row of the date lexicon (dates_words_table.c; the format in dates_words.c). */
typedef struct {
    const char *lang;
    word_kind_t kind;
    int base;          /* value of the first group */
    const char *words; /* groups separated by ';', forms by '|', "!" = this language only */
} lex_row_t;
extern const lex_row_t dates_lex_rows[];
extern const size_t dates_lex_n_rows;

#define THAI_FIRST 0x0E00    /* the Thai block, whose words are not spaced apart */
#define THAI_LAST 0x0E7F

/* The scripts of South-East Asia whose words are not spaced apart: Thai, Myanmar, Khmer. */
static inline bool
dates_is_unspaced(int32_t cp)
{
    return (cp >= THAI_FIRST && cp <= THAI_LAST) || (cp >= 0x1000 && cp <= 0x109F) ||
           (cp >= 0x1780 && cp <= 0x17FF);
}

typedef struct {
    const char *word;   /* in FOLD_MATCH, into the lexicon's arena, not NUL-terminated */
    uint32_t at;        /* where word starts in the arena */
    uint16_t len;
    uint8_t kind;       /* word_kind_t */
    int8_t value;
    bool lang_only;     /* counts only when the caller's language is the row's */
    const char *lang;
} lex_word_t;

struct dates_lex {
    ww_buf_t arena;     /* owned: every word in FOLD_MATCH */
    lex_word_t *words;  /* owned */
    size_t n_words;
    ww_strtab_t table;  /* owned: every word, its index into words as its value */
    ww_strtab_t heads;  /* owned: the first token of every word, the most tokens of a word
                           it begins as its value (dates_lex_index_heads) */
    size_t n_langs;
    uint32_t thai_first[(THAI_LAST - THAI_FIRST + 1) / 32]; /* Thai letters a word starts with */
    size_t thai_max;    /* bytes of the longest word in Thai, Myanmar or Khmer letters */
};

/* ---- dates.c ---- */

/* Sunday = 0 .. Saturday = 6. */
int dates_weekday_of(int32_t days);
/* The latest MONTH/DAY no later than LIMIT (days), or INT32_MIN when no year has it. MONTH
   13..24 is month MONTH - 12 of the Solar Hijri year (dates_days_from_jalali). */
int32_t dates_latest_month_day(int month, int day, int32_t limit);
/* Days since the epoch of day JD of month JM (1..12) of the Solar Hijri year JY, by the
   33-year rule of its leap years (exact for the years 1244-1403 AP, and astronomically
   right within a day for those around them: 1865-2090); INT32_MIN when JM/JD is no day of
   that year. */
int32_t dates_days_from_jalali(int jy, int jm, int jd);
/* The latest day numbered DAY (of any month) no later than LIMIT, or INT32_MIN. */
int32_t dates_latest_day_of_month(int day, int32_t limit);

/* ---- dates_tokens.c ---- */

/* Fills LEX->heads from its words, once they are all in LEX->table. */
void dates_lex_index_heads(dates_lex_t *lex);

/* ---- dates_words.c ---- */

/* The month named by the letters P[0..N) of original (unfolded) text in language LANG (NULL
   when unknown: then words marked for one language only never count), or 0. */
int dates_month_of_word(const char *p, size_t n, const char *lang);

/* ---- shared inline helpers ---- */

/* LANG is a bare language tag ("en", "sr": dates_scan cuts "sr-Latn" to "sr") or NULL. */
static inline bool
dates_lang_allows(const lex_word_t *w, const char *lang)
{
    return !w->lang_only || (lang != NULL && strcmp(lang, w->lang) == 0);
}

/* The lexicon word spelled P[0..N), allowed for LANG, or NULL: the row of LANG when one has
   it (Croatian "listopad" is October, Czech and Polish November), else the first row. */
static inline const lex_word_t *
dates_lex_find(const dates_lex_t *lex, const char *p, size_t n, const char *lang)
{
    const lex_word_t *best = NULL;
    bool best_own = false;
    for (const ww_strtab_entry_t *e = ww_strtab_find(&lex->table, p, n, ww_strtab_hash(p, n));
         e != NULL; e = ww_strtab_next(&lex->table, e)) {
        const lex_word_t *w = &lex->words[e->value];
        if (!dates_lang_allows(w, lang))
            continue;
        bool own = lang != NULL && strcmp(lang, w->lang) == 0;
        if (best == NULL || (own && !best_own) || (own == best_own && w < best)) {
            best = w;
            best_own = own;
        }
    }
    return best;
}

/* The code point at byte I of P[0..LEN) and its size in *n; an invalid byte reads as U+FFFD
   of size 1. */
static inline int32_t
dates_peek_cp(const uint8_t *p, size_t len, size_t i, size_t *n)
{
    return ww_utf8_next(p + i, len - i, n);
}

/* A letter or mark (or ZWNJ/ZWJ, which join Persian words). */
static inline bool
dates_is_wordish(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp == 0x200C || cp == 0x200D)
        return true;
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
}

#endif

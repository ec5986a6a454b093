/* SPDX-License-Identifier: MIT
 *
 * dates_scan — dates_scan (see dates.h): the dates in running folded text.
 * The text is cut into tokens (numbers, words, single punctuation marks; a
 * Han, Kana or Hangul character is a word of its own), and a small grammar
 * is tried at each token, the most specific rule first: numeric dates
 * (13.08.2015, 2015-08-13), Han/Hangul dates (2015年8月13日), day-first and
 * month-first dates with an optional year, then weekdays and relative words.
 * A match is resolved against the anchor (dates.c) and skipped past.
 *
 * Invariants: reads only the text it is given (folded, so the lexicon's
 * words compare byte for byte); never writes more than MAX expressions;
 * allocates only when a text has more than TOKENS_INLINE tokens, and frees
 * that before it returns. */
#include "dates_int.h"

#include <stdlib.h>

#include "ww_alloc.h"

#define MAX_JOIN 4           /* words of a multi-word or CJK lexicon entry */
#define TOKENS_INLINE 128    /* tokens kept on the stack before the heap */

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

typedef enum { T_NUM, T_WORD, T_PUNCT } tok_type_t;

typedef struct {
    size_t start, end;
    uint8_t type;       /* tok_type_t */
    bool space_before;  /* whitespace separates it from the previous token */
    bool cjk;           /* one Han, Kana or Hangul character */
    uint8_t ndigits;    /* T_NUM: digits (capped at 9) */
    int32_t value;      /* T_NUM: the number; T_PUNCT: the code point */
} tok_t;

typedef struct {
    tok_t small[TOKENS_INLINE];
    tok_t *v;
    size_t n, cap;
} toks_t;

static void
toks_push(toks_t *t, const tok_t *x)
{
    if (t->n == t->cap) {
        size_t cap = t->cap * 2;
        if (t->v == t->small) {
            t->v = ww_xmalloc(cap * sizeof *t->v);
            memcpy(t->v, t->small, t->n * sizeof *t->v);
        } else {
            t->v = ww_xrealloc(t->v, cap * sizeof *t->v);
        }
        t->cap = cap;
    }
    t->v[t->n++] = *x;
}

static inline bool
is_cjk(int32_t cp)
{
    if (cp < 0x3040)                    /* every letter of the Latin, Cyrillic, Arabic... */
        return false;
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

/* A letter of a script that separates its words with spaces. */
static inline bool
is_spaced_letter(int32_t cp)
{
    return dates_is_wordish(cp) && !is_cjk(cp);
}

static inline bool
is_thai(int32_t cp)
{
    return cp >= THAI_FIRST && cp <= THAI_LAST;
}

/* The end of the word whose letters go on at byte I after the letter LAST: an apostrophe or
   hyphen between two letters stays inside the word, and so does a dot between two Thai
   letters ("มี.ค."). */
static size_t
word_end(const uint8_t *p, size_t len, size_t i, int32_t last)
{
    size_t n, n2;
    while (i < len) {
        int32_t c = dates_peek_cp(p, len, i, &n);
        if (is_spaced_letter(c)) {
            last = c;
            i += n;
            continue;
        }
        if ((c != '\'' && c != '-' && c != '.') || i + n >= len)
            break;
        int32_t next = dates_peek_cp(p, len, i + n, &n2);
        if (c == '.' ? !(is_thai(last) && is_thai(next) && dates_is_wordish(next))
                     : !is_spaced_letter(next))
            break;
        last = c;
        i += n;
    }
    return i;
}

/* Reads the digits from byte I into *x (its value capped at nine digits); returns their end. */
static size_t
number_end(const uint8_t *p, size_t len, size_t i, tok_t *x)
{
    x->type = T_NUM;
    while (i < len && p[i] >= '0' && p[i] <= '9') {
        if (x->ndigits < 9)
            x->value = x->value * 10 + (p[i] - '0');
        x->ndigits = (uint8_t)(x->ndigits < 9 ? x->ndigits + 1 : 9);
        i++;
    }
    return i;
}

/* A Thai vowel sign or tone mark, or a Myanmar or Khmer vowel sign, sign or virama, which
   belongs to the letter before it. */
static inline bool
is_thai_mark(int32_t cp)
{
    if (cp >= 0x1000 && cp <= 0x109F)
        return (cp >= 0x102B && cp <= 0x103E) || (cp >= 0x1056 && cp <= 0x1059) ||
               (cp >= 0x105E && cp <= 0x1060) || (cp >= 0x1062 && cp <= 0x1064) ||
               (cp >= 0x1067 && cp <= 0x106D) || (cp >= 0x1071 && cp <= 0x1074) ||
               (cp >= 0x1082 && cp <= 0x108D) || cp == 0x108F || (cp >= 0x109A && cp <= 0x109D);
    if (cp >= 0x1780 && cp <= 0x17FF)
        return (cp >= 0x17B4 && cp <= 0x17D3) || cp == 0x17DD;
    return cp == 0x0E31 || (cp >= 0x0E34 && cp <= 0x0E3A) || (cp >= 0x0E47 && cp <= 0x0E4E);
}

/* The bytes of the longest lexicon word at byte I of the Thai (Myanmar, Khmer) run
   P[i..end) that ends where a letter does (not before a vowel or tone mark), or 0. */
static size_t
thai_word_at(const dates_lex_t *lex, const uint8_t *p, size_t i, size_t end)
{
    size_t n, best = 0;
    int32_t cp = dates_peek_cp(p, end, i, &n);
    uint32_t bit = (uint32_t)(cp - THAI_FIRST);
    if (!dates_is_unspaced(cp) || (is_thai(cp) && !(lex->thai_first[bit / 32] & (1u << (bit % 32)))))
        return 0;
    uint32_t h = WW_STRTAB_SEED;
    for (size_t k = i; k < end && k - i < lex->thai_max; k++) {
        h = ww_strtab_hash_step(h, p[k]);
        if (k + 1 < end && (p[k + 1] & 0xC0) == 0x80)
            continue;                                   /* inside a character */
        if (k + 1 < end && is_thai_mark(dates_peek_cp(p, end, k + 1, &n)))
            continue;
        if (ww_strtab_find(&lex->table, (const char *)p + i, k + 1 - i, h) != NULL)
            best = k + 1 - i;
    }
    return best;
}

/* Pushes the word P[start..end); a Thai, Myanmar or Khmer word, whose language writes no
   spaces between words, is cut so that each lexicon word in it is a token of its own
   ("เมื่อวันจันทร์ที่" holds "วันจันทร์"). */
static void
push_word(const dates_lex_t *lex, const uint8_t *p, size_t start, size_t end, tok_t *x,
          toks_t *t)
{
    size_t n;
    if (!dates_is_unspaced(dates_peek_cp(p, end, start, &n))) {
        x->end = end;
        toks_push(t, x);
        return;
    }
    size_t rest = start;                                /* the part no word was found in */
    for (size_t i = start; i < end;) {
        size_t w = thai_word_at(lex, p, i, end);
        if (w == 0) {
            dates_peek_cp(p, end, i, &n);
            i += n;
            continue;
        }
        if (rest < i) {
            x->start = rest, x->end = i;
            toks_push(t, x);
            x->space_before = false;
        }
        x->start = i, x->end = i + w;
        toks_push(t, x);
        x->space_before = false;
        i += w;
        rest = i;
    }
    if (rest < end) {
        x->start = rest, x->end = end;
        toks_push(t, x);
    }
}

/* True when a web address begins at byte I of P (LEN bytes). */
static bool
url_at(const uint8_t *p, size_t len, size_t i)
{
    static const char *const schemes[] = { "http://", "https://", "www." };
    if (p[i] != 'h' && p[i] != 'w')
        return false;
    for (size_t k = 0; k < sizeof schemes / sizeof schemes[0]; k++) {
        size_t n = strlen(schemes[k]);
        if (len - i >= n && memcmp(p + i, schemes[k], n) == 0)
            return true;
    }
    return false;
}

/* Splits TEXT into numbers, words and single punctuation marks. A CJK character is a word of
   its own; a Thai run is cut at the lexicon's words. A web address is no token: the date in
   its path ("/2016/09/10/") is where the page was filed, which a print or mobile copy of
   the page may show and another copy not. */
static void
tokenize(const dates_lex_t *lex, const char *text, size_t len, toks_t *t)
{
    const uint8_t *p = (const uint8_t *)text;
    size_t i = 0;
    bool space = true;
    while (i < len) {
        size_t n;
        int32_t cp = dates_peek_cp(p, len, i, &n);
        if (cp == ' ' || cp == '\n') {
            space = true;
            i += n;
            continue;
        }
        if (space && url_at(p, len, i)) {
            while (i < len && p[i] != ' ' && p[i] != '\n')
                i++;
            continue;
        }
        tok_t x = { .start = i, .space_before = space };
        space = false;
        if (cp >= '0' && cp <= '9') {
            i = number_end(p, len, i, &x);
        } else if (is_cjk(cp)) {
            x.type = T_WORD;
            x.cjk = true;
            i += n;
        } else if (dates_is_wordish(cp)) {
            x.type = T_WORD;
            i = word_end(p, len, i + n, cp);
            push_word(lex, p, x.start, i, &x, t);
            continue;
        } else {
            x.type = T_PUNCT;
            x.value = cp;
            i += n;
        }
        x.end = i;
        toks_push(t, &x);
    }
}

/* True when tokens T[i..i+k) can spell one lexicon word: words only, joined by one space, or
   by nothing between CJK characters. */
static bool
joined(const toks_t *t, size_t i, size_t k)
{
    if (t->v[i].type != T_WORD)
        return false;
    for (size_t j = i + 1; j < i + k; j++) {
        const tok_t *a = &t->v[j - 1], *b = &t->v[j];
        if (!(b->type == T_WORD && b->cjk == a->cjk &&
              (a->cjk ? !b->space_before : b->space_before && b->start == a->end + 1)))
            return false;
    }
    return true;
}

void
dates_lex_index_heads(dates_lex_t *lex)
{
    for (size_t i = 0; i < lex->n_words; i++) {
        const lex_word_t *w = &lex->words[i];
        toks_t t = { .v = NULL, .n = 0, .cap = TOKENS_INLINE };
        t.v = t.small;
        tokenize(lex, w->word, w->len, &t);
        if (t.n >= 1 && t.n <= MAX_JOIN && joined(&t, 0, t.n)) {
            const char *h = w->word + t.v[0].start;
            size_t hn = t.v[0].end - t.v[0].start;
            uint32_t *most = ww_strtab_value(&lex->heads, h, hn);
            if (most == NULL)
                ww_strtab_add(&lex->heads, h, hn, (uint32_t)t.n);
            else if (*most < t.n)
                *most = (uint32_t)t.n;
        }
        if (t.v != t.small)
            free(t.v);
    }
}

/* The lexicon word made of tokens T[i..i+k) (joined by one space, or by nothing for CJK), for
   the largest k that is one; *used gets k. Only a token that begins a word is tried. */
static const lex_word_t *
word_at(const dates_lex_t *lex, const char *text, const toks_t *t, size_t i, const char *lang,
        size_t *used)
{
    if (t->v[i].type != T_WORD)
        return NULL;
    size_t hn = t->v[i].end - t->v[i].start;
    const ww_strtab_entry_t *head = ww_strtab_find(&lex->heads, text + t->v[i].start, hn,
                                                   ww_strtab_hash(text + t->v[i].start, hn));
    for (size_t k = head != NULL ? head->value : 0; k >= 1; k--) {
        if (i + k > t->n || !joined(t, i, k))
            continue;
        size_t n = t->v[i + k - 1].end - t->v[i].start;
        if (n > MAX_WORD)
            continue;
        const lex_word_t *w = dates_lex_find(lex, text + t->v[i].start, n, lang);
        if (w != NULL) {
            *used = k;
            return w;
        }
    }
    /* Turkish glues case endings on with an apostrophe: "Ocak'ta", "Pazar'ı". */
    const char *q = memchr(text + t->v[i].start, '\'', t->v[i].end - t->v[i].start);
    if (q != NULL && q > text + t->v[i].start) {
        const lex_word_t *w = dates_lex_find(lex, text + t->v[i].start,
                                       (size_t)(q - (text + t->v[i].start)), lang);
        if (w != NULL)
            *used = 1;
        return w;
    }
    return NULL;
}

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

/* The kind of lexicon word at token I (0 when none); *value and *used get its value and size. */
static int
kind_at(const scan_t *s, size_t i, int *value, size_t *used)
{
    if (i >= s->t->n)
        return 0;
    memo_t *m = s->memo;
    if (m->i != i) {
        size_t k = 1;
        const lex_word_t *w = word_at(s->lex, s->text, s->t, i, s->lang, &k);
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

/* [YEAR 年] MONTH 月 DAY 日, spaces allowed between the parts (Korean writes them), or a day
   of the month alone: DAY 日. */
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
    if (j == i && tok_num(s, j, 1, 31, 2) && kind_at(s, j + 1, &v, &k) == W_DAY_MARK) {
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
   Sunday", "yesterday Sunday", "today (Sunday)": Sunday). A day of the month in brackets after either is
   surer still ("yesterday (14)", "el miércoles (14)", the house style of some agencies),
   and so is a date after a weekday ("Sunday, 10 January 2016", "الأحد - 10 يناير 2016": a
   page's own date line): the weekday is the date's. */
static bool
match_word(const scan_t *s, size_t i, found_t *f)
{
    int v;
    size_t used;
    int k = kind_at(s, i, &v, &used);
    if (k != W_WEEKDAY && k != W_RELATIVE && k != W_BEFORE)
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

size_t
dates_scan(const dates_lex_t *lex, const char *text, size_t len, const char *lang,
           int64_t anchor_ms, dates_expr_t *out, size_t max)
{
    toks_t t = { .v = NULL, .n = 0, .cap = TOKENS_INLINE };
    t.v = t.small;
    tokenize(lex, text, len, &t);
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
    size_t n = 0;
    for (size_t i = 0; i < t.n && n < max; i++) {
        found_t f = { .kind = DATES_NONE };
        if (!match_numeric(&s, i, &f) && !match_cjk(&s, i, &f) && !match_day_word(&s, i, &f) &&
            !match_day_first(&s, i, &f) && !match_month_first(&s, i, &f) &&
            !match_word(&s, i, &f))
            continue;
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
            n++;
        }
        i = f.last;
    }
    if (t.v != t.small)
        free(t.v);
    return n;
}

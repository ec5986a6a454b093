/* SPDX-License-Identifier: MIT
 *
 * dates_words — the date lexicon: dates_lex_new's hash table over the month,
 * weekday and relative words of the catalog's 74 languages (their rows, DATA,
 * are in dates_words_table.c), and the month lookup the dateline reader uses.
 *
 * A row lists the forms of each month (or weekday) in order, groups
 * separated by ';' and forms within a group by '|': the group's position
 * gives the value (the row's base, plus one per group). A form written
 * "!word" counts only when the caller names the row's language (the word
 * means something else in another language: French "hier" is German "here").
 * A word two rows give different meanings (Croatian "listopad" is October,
 * Czech November) is marked in all of them but one; when the caller's
 * language has a row with the word, that row's meaning counts.
 *
 * The rows are written as the languages write the words; the compiled
 * lexicon holds each word in FOLD_MATCH (fold.h), the form of the text it
 * is looked up in, so a lookup is a plain byte comparison. It is immutable
 * once built. */
#include "dates_int.h"

#include <stdlib.h>

#include "text/fold.h"
#include "ww_alloc.h"
#include "ww_buf.h"

/* ------------------------------------------------------------------ */
/* The compiled lexicon                                                */
/* ------------------------------------------------------------------ */

/* Calls FN for every form of every row; stops and returns true when FN does. */
typedef bool lex_visit_fn(void *arg, const lex_row_t *row, const char *w, size_t len, int value,
                          bool lang_only);

static bool
lex_visit(lex_visit_fn *fn, void *arg, word_kind_t only)
{
    for (size_t r = 0; r < dates_lex_n_rows; r++) {
        const lex_row_t *row = &dates_lex_rows[r];
        if (only != 0 && row->kind != only)
            continue;
        int value = row->base;
        const char *p = row->words;
        while (*p != '\0') {
            size_t n = strcspn(p, "|;");
            bool lang_only = n > 0 && *p == '!';
            if (n > (size_t)lang_only &&
                fn(arg, row, p + lang_only, n - lang_only, value, lang_only))
                return true;
            p += n;
            if (*p == ';')
                value++;
            if (*p != '\0')
                p++;
        }
    }
    return false;
}

/* Folds each word into the lexicon's arena; the words point into it once
 * it has stopped growing (build_lex). */
static bool
collect_word(void *arg, const lex_row_t *row, const char *w, size_t len, int value, bool lang_only)
{
    dates_lex_t *lex = arg;
    lex_word_t *x = &lex->words[lex->n_words++];
    size_t at = lex->arena.len;
    if (fold_append(FOLD_MATCH, w, len, &lex->arena) == -1)
        abort(); /* the rows are UTF-8 */
    x->word = NULL;
    x->at = (uint32_t)at;
    x->len = (uint16_t)(lex->arena.len - at);
    x->kind = (uint8_t)row->kind;
    x->value = (int8_t)value;
    x->lang_only = lang_only;
    x->lang = row->lang;
    return false;
}

static bool
count_word(void *arg, const lex_row_t *row, const char *w, size_t len, int value, bool lang_only)
{
    (void)row, (void)w, (void)len, (void)value, (void)lang_only;
    (*(size_t *)arg)++;
    return false;
}

/* The lexicon of the words of kind ONLY (0: every kind). */
static dates_lex_t *
build_lex(word_kind_t only)
{
    dates_lex_t *self = ww_xcalloc(1, sizeof *self);
    size_t n = 0;
    lex_visit(count_word, &n, only);
    self->words = ww_xcalloc(n ? n : 1, sizeof *self->words);
    lex_visit(collect_word, self, only);
    for (size_t i = 0; i < self->n_words; i++)
        self->words[i].word = self->arena.ptr + self->words[i].at;
    for (size_t i = 0; i < self->n_words; i++) {
        const lex_word_t *w = &self->words[i];
        ww_strtab_add(&self->table, w->word, w->len, (uint32_t)i);
        size_t cp_len;
        int32_t cp = dates_peek_cp((const uint8_t *)w->word, w->len, 0, &cp_len);
        if (cp >= THAI_FIRST && cp <= THAI_LAST)
            self->thai_first[(cp - THAI_FIRST) / 32] |= 1u << ((cp - THAI_FIRST) % 32);
        if (dates_is_unspaced(cp) && w->len > self->thai_max)
            self->thai_max = w->len;
    }
    dates_lex_index_heads(self);
    const char **seen = ww_xmalloc(dates_lex_n_rows * sizeof *seen);
    for (size_t r = 0; r < dates_lex_n_rows; r++) {
        size_t k = 0;
        while (k < self->n_langs && strcmp(seen[k], dates_lex_rows[r].lang) != 0)
            k++;
        if (k == self->n_langs)
            seen[self->n_langs++] = dates_lex_rows[r].lang;
    }
    free(seen);
    return self;
}

dates_lex_t *
dates_lex_new(void)
{
    return build_lex(0);
}

void
dates_lex_destroy(dates_lex_t **self_p)
{
    if (self_p == NULL || *self_p == NULL)
        return;
    dates_lex_t *self = *self_p;
    free(self->words);
    ww_strtab_free(&self->table);
    ww_strtab_free(&self->heads);
    ww_buf_free(&self->arena);
    free(self);
    *self_p = NULL;
}

size_t
dates_lex_size(const dates_lex_t *self, size_t *n_langs)
{
    if (n_langs != NULL)
        *n_langs = self->n_langs;
    return self->n_words;
}

const char *
dates_lex_word(const dates_lex_t *self, size_t i, size_t *len, const char **lang)
{
    if (i >= self->n_words) {
        *len = 0;
        return NULL;
    }
    *len = self->words[i].len;
    if (lang != NULL)
        *lang = self->words[i].lang;
    return self->words[i].word;
}

/* ------------------------------------------------------------------ */
/* Months in original text (datelines)                                 */
/* ------------------------------------------------------------------ */

/* The month words, built on first use (without a lock: callers are
 * single-threaded) and kept for the life of the process. */
static dates_lex_t *months;

int
dates_month_of_word(const char *p, size_t n, const char *lang)
{
    if (n == 0 || n > MAX_WORD)
        return 0;
    if (months == NULL)
        months = build_lex(W_MONTH);
    ww_buf_t f = WW_BUF_INIT;
    const lex_word_t *w = NULL;
    if (fold_append(FOLD_MATCH, p, n, &f) == 0 && f.len > 0)
        w = dates_lex_find(months, f.ptr, f.len, lang);
    ww_buf_free(&f);
    return w != NULL && w->value <= 12 ? w->value : 0;    /* datelines are Gregorian */
}

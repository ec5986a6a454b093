/* SPDX-License-Identifier: MIT
 *
 * dates_tokens — dates_tokenize, dates_word_at and dates_lex_index_heads (see
 * dates_tokens.h and dates_int.h): the tokens of folded text, and the lexicon's words they
 * spell. A token is looked up only when some lexicon word begins with it (the lexicon's
 * heads), so most words of running text cost one lookup.
 *
 * Invariants: reads only the text it is given; allocates only when a text has more than
 * TOKENS_INLINE tokens (dates_toks_free frees that). */
#include "dates_tokens.h"

#include "ww_alloc.h"

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
    if (!dates_is_unspaced(cp) ||
        (is_thai(cp) && !(lex->thai_first[bit / 32] & (1u << (bit % 32)))))
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
void
dates_tokenize(const dates_lex_t *lex, const char *text, size_t len, toks_t *t)
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
        toks_t t = TOKS_INIT(t);
        dates_tokenize(lex, w->word, w->len, &t);
        if (t.n >= 1 && t.n <= MAX_JOIN && joined(&t, 0, t.n)) {
            const char *h = w->word + t.v[0].start;
            size_t hn = t.v[0].end - t.v[0].start;
            uint32_t *most = ww_strtab_value(&lex->heads, h, hn);
            if (most == NULL)
                ww_strtab_add(&lex->heads, h, hn, (uint32_t)t.n);
            else if (*most < t.n)
                *most = (uint32_t)t.n;
        }
        dates_toks_free(&t);
    }
}

/* The lexicon word made of tokens T[i..i+k) (joined by one space, or by nothing for CJK), for
   the largest k that is one; *used gets k. Only a token that begins a word is tried. */
const lex_word_t *
dates_word_at(const dates_lex_t *lex, const char *text, const toks_t *t, size_t i,
              const char *lang, size_t *used)
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

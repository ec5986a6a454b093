/* SPDX-License-Identifier: MIT
 *
 * chrome — which lines of a scraped page are not the article (see chrome.h).
 *
 * Every line is folded once (FOLD_KEY of fold.h: letters folded,
 * punctuation and symbols gaps) into one shared buffer, and chrome_tables.c
 * looks the folded line up in the phrase tables. Captions and credits need
 * their punctuation (©, '/', " - "), so those rules look at the line in
 * FOLD_MATCH, a few dozen bytes at a time. The work per line is bounded,
 * so a page costs time linear in its length. */
#include "chrome.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "chrome_int.h"
#include "fold.h"
#include "lang.h"
#include "ww_alloc.h"
#include "ww_buf.h"
#include "swar.h"
#include "ww_utf8.h"

#define CHROME_CAPTION_WORDS  60 /* a photo caption is one or two sentences */
#define CHROME_HEADLINE_WORDS 16 /* the longest headline-shaped line we call a list item */
#define CHROME_LIST_ITEMS     10 /* a related list longer than this is more likely text */
#define CHROME_RUN_MIN        3  /* a menu is at least three short lines */
#define CHROME_RUN_ITEM_WORDS 3  /* "English" inside a Cyrillic menu */
#define CREDIT_TAIL_BYTES     96 /* "Alexander Shcherbak/TASS", "EPA/LEONHARD FOEGER / POOL" */
#define SUFFIX_BYTES          48 /* " - Sputnik International" */
#define PREFIX_BYTES          24 /* the longest caption prefix, "(archivio)" with room */

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

#define CHROME_TAIL_WORDS 3 /* a tag or a label after the last sentence */
#define UNSPACED_WORD_LETTERS 6 /* letters of a word, counted in scripts that run words together */

/* What chrome_mark learns about one line before judging it. */
typedef struct {
    const char *text;       /* borrowed from the caller */
    size_t len;
    size_t fold_off;        /* the key form, in page_t.folds */
    size_t fold_len;
    size_t words;           /* folded tokens, plus one per two CJK characters */
    lang_script_t script;   /* majority script of its letters; NONE without letters */
    bool ends_sentence;     /* last character closes a sentence or a quote */
} line_t;

typedef struct {
    line_t *lines;
    size_t n;
    ww_buf_t folds;         /* every line's key form, back to back */
    size_t title_off;       /* the title's key form, in folds */
    size_t title_len;
    lang_script_t dominant; /* the article's script; NONE when it has no letters */
    chrome_why_t *why;
} page_t;

static const char *const why_names[CHROME_WHY_COUNT] = {
    [CHROME_KEEP] = "keep",       [CHROME_BLANK] = "blank",     [CHROME_NO_LETTERS] = "no-letters",
    [CHROME_MENU] = "menu",       [CHROME_WIDGET] = "widget",   [CHROME_RELATED] = "related",
    [CHROME_NOTICE] = "notice",   [CHROME_CAPTION] = "caption", [CHROME_SCRIPT] = "script",
    [CHROME_TITLE] = "title",
};

const char *
chrome_why_str(chrome_why_t why)
{
    return (unsigned)why < CHROME_WHY_COUNT ? why_names[why] : "unknown";
}

static bool
closes_sentence(int32_t cp)
{
    static const int32_t closers[] = {
        '.', '!', '?', ':', ';', '"', '\'', 0x2026 /* … */, 0x00BB /* » */, 0x201D /* ” */,
        0x2019 /* ’ */, 0x201C /* “ */, 0x3002 /* 。 */, 0xFF01 /* ！ */, 0xFF1F /* ？ */,
        0x061F /* ؟ */, 0x06D4 /* ۔ */, 0x0964 /* । */, 0x0589 /* ։ */, 0x1362 /* ። */,
        0x104B /* ။ */, 0x17D4 /* ។ */,
    };
    for (size_t i = 0; i < N_ELEMS(closers); i++)
        if (cp == closers[i])
            return true;
    return false;
}

/* Scripts, CJK characters, letters of the scripts that may run words together (Thai, and
 * the other scripts: Khmer, Myanmar, Lao) and the last character of L's own text (valid
 * UTF-8: analyse_line has folded it). */
static void
scan_letters(line_t *l, size_t per_script[LANG_SCRIPT_COUNT], size_t *cjk, size_t *unspaced)
{
    size_t raw[LANG_SCRIPT_COUNT] = { 0 };
    lang_count_scripts(l->text, l->len, raw);
    for (int s = LANG_SCRIPT_LATIN; s < LANG_SCRIPT_COUNT; s++)
        per_script[family_of((lang_script_t)s)] += raw[s];
    *cjk += raw[LANG_SCRIPT_HAN] + raw[LANG_SCRIPT_KANA];
    *unspaced += raw[LANG_SCRIPT_THAI] + raw[LANG_SCRIPT_OTHER];
    int32_t last = 0;
    if (l->len > 0) {
        const uint8_t *p = (const uint8_t *)l->text;
        size_t at = ww_utf8_back(p, l->len);
        ww_utf8_decode(p + at, l->len - at, &last);
    }
    l->ends_sentence = closes_sentence(last);
}

/* How many bytes of S (LEN) are ' ', eight a step: a byte of the word XOR
 * "        " is zero exactly when adding 0x7F to its low seven bits, or-ed
 * with the byte, leaves the top bit clear (no sum carries into the next
 * byte). */
static size_t
count_spaces(const char *s, size_t len)
{
    size_t count = 0, i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, sizeof w);
        uint64_t v = w ^ SWAR_BYTES(' ');
        uint64_t zeros = ~(((v & SWAR_BYTES(0x7F)) + SWAR_BYTES(0x7F)) | v) & SWAR_BYTES(0x80);
        count += swar_count_tops(zeros);
    }
    for (; i < len; i++)
        count += s[i] == ' ';
    return count;
}

static void
analyse_line(page_t *pg, line_t *l, const chrome_line_t *in)
{
    l->text = in->text;
    l->len = in->len;
    l->fold_off = pg->folds.len;
    if (l->len > 0 && fold_append(FOLD_KEY, l->text, l->len, &pg->folds) == -1)
        l->len = 0; /* the caller promised valid UTF-8; treat a broken line as blank */
    l->fold_len = pg->folds.len - l->fold_off;

    size_t per_script[LANG_SCRIPT_COUNT] = { 0 };
    size_t cjk = 0, unspaced = 0;
    scan_letters(l, per_script, &cjk, &unspaced);
    l->script = LANG_SCRIPT_NONE;
    for (int s = LANG_SCRIPT_LATIN; s < LANG_SCRIPT_COUNT; s++)
        if (per_script[s] > per_script[l->script])
            l->script = (lang_script_t)s;

    l->words = l->fold_len > 0 ? 1 + count_spaces(pg->folds.ptr + l->fold_off, l->fold_len) : 0;
    l->words += cjk / 2;
    /* a Thai or Khmer paragraph puts spaces between phrases, not words: count its letters
       as words of UNSPACED_WORD_LETTERS when that makes more ("ได้หารือทางโทรศัพท์เมื่อวัน
       เสาร์ที่ผ่านมา ..." is no three-word tag line) */
    if (unspaced / UNSPACED_WORD_LETTERS > l->words)
        l->words = unspaced / UNSPACED_WORD_LETTERS;
}

static const char *
fold_of(const page_t *pg, const line_t *l)
{
    return pg->folds.ptr + l->fold_off;
}

/* The article's script: the majority, by words, over the title and the
 * lines long enough to be prose, or over every line when there are none. */
static lang_script_t
dominant_script(const page_t *pg, const line_t *title)
{
    for (int pass = 0; pass < 2; pass++) {
        size_t votes[LANG_SCRIPT_COUNT] = { 0 };
        votes[title->script] += title->words;
        for (size_t i = 0; i < pg->n; i++) {
            const line_t *l = &pg->lines[i];
            if (pass == 1 || l->words > CHROME_SHORT_WORDS)
                votes[l->script] += l->words;
        }
        lang_script_t best = LANG_SCRIPT_NONE;
        size_t best_votes = 0;
        for (int s = LANG_SCRIPT_LATIN; s < LANG_SCRIPT_COUNT; s++)
            if (votes[s] > best_votes) {
                best = (lang_script_t)s;
                best_votes = votes[s];
            }
        if (best != LANG_SCRIPT_NONE)
            return best;
    }
    return LANG_SCRIPT_NONE;
}

/* Strips leading and trailing number tokens ("Comments 12", "0 comments"). */
static void
strip_counters(const char **f, size_t *len)
{
    while (*len > 0) {
        const char *sp = memchr(*f, ' ', *len);
        size_t tok = sp ? (size_t)(sp - *f) : *len;
        if (sp == NULL || strspn(*f, "0123456789") < tok)
            break;
        *f += tok + 1;
        *len -= tok + 1;
    }
    while (*len > 0) {
        size_t i = *len;
        while (i > 0 && (*f)[i - 1] >= '0' && (*f)[i - 1] <= '9')
            i--;
        if (i == *len || i == 0 || (*f)[i - 1] != ' ')
            break;
        *len = i - 1;
    }
}

/* The reason TABLE-phrase matches L, or CHROME_KEEP. *IS_HEADER tells
 * whether L is a "Read also" header alone on its line.
 *
 * The rule, table by table in order: an exact table matches a line equal
 * to one of its phrases; a prefix table also matches a line that starts
 * with a phrase ending at a word boundary, and the first such phrase in
 * the table decides whether the match was exact. A "Read also" prefix does
 * not make a long sentence chrome ("Related to this, he said ..."). */
static chrome_why_t
match_tables(const page_t *pg, const line_t *l, bool *is_header)
{
    const char *f = fold_of(pg, l);
    size_t len = l->fold_len;
    strip_counters(&f, &len);
    *is_header = false;
    if (len == 0)
        return CHROME_KEEP;
    /* the lowest phrase index that matched, per table */
    size_t exact[CHROME_N_TABLES], first[CHROME_N_TABLES];
    chrome_phrase_hits(f, len, exact, first);

    for (size_t t = 0; t < CHROME_N_TABLES; t++) {
        const table_t *tb = &chrome_tables[t];
        if (l->words > tb->max_words)
            continue;
        bool prefix_counts = tb->how == MATCH_PREFIX &&
                             !(tb->why == CHROME_RELATED && l->ends_sentence &&
                               l->words > CHROME_SHORT_WORDS);
        size_t hit = prefix_counts ? first[t] : exact[t];
        if (hit == CHROME_NO_MATCH)
            continue;
        *is_header = tb->why == CHROME_RELATED && hit == exact[t];
        return tb->why;
    }
    return CHROME_KEEP;
}

/* The match form (fold.h) of the whole characters of S (LEN bytes of
 * valid UTF-8, perhaps cut in the middle of the last one) into OUT. */
static void
match_form(const char *s, size_t len, ww_buf_t *out)
{
    ww_buf_reset(out);
    len -= ww_utf8_cut_tail((const uint8_t *)s, len);
    if (fold_append(FOLD_MATCH, s, len, out) == -1)
        ww_buf_reset(out);
}

/* A credit at the end of a line: "Name/TASS", "EPA/NAME / POOL",
 * "Reuters/Name". Only the last CREDIT_TAIL_BYTES are looked at. */
static bool
has_credit_tail(const char *s, size_t len)
{
    size_t start = len > CREDIT_TAIL_BYTES ? len - CREDIT_TAIL_BYTES : 0;
    start = ww_utf8_align((const uint8_t *)s, len, start);
    if (memchr(s + start, '/', len - start) == NULL)
        return false;
    ww_buf_t tail = WW_BUF_INIT;
    match_form(s + start, len - start, &tail);
    bool hit = false;
    const char *slash = tail.len ? memchr(tail.ptr, '/', tail.len) : NULL;
    if (slash != NULL && chrome_ends_with_agency(tail.ptr, (size_t)(slash - tail.ptr)))
        hit = true;
    const char *end = tail.ptr + tail.len;
    for (const char *p = slash ? slash + 1 : end + 1; !hit && p <= end;) {
        const char *q = memchr(p, '/', (size_t)(end - p));
        if (q == NULL)
            q = end;
        hit = chrome_is_agency(p, (size_t)(q - p));
        p = q + 1;
    }
    ww_buf_free(&tail);
    return hit;
}

/* Where a trailing " - <site>" starts in S, or LEN. */
static size_t
site_suffix_at(const char *s, size_t len)
{
    static const char *const seps[] = { " - ", " | ", " \xe2\x80\x93 ", " \xe2\x80\x94 " };
    size_t lo = len > SUFFIX_BYTES ? len - SUFFIX_BYTES : 0;
    for (size_t i = len; i-- > lo;) {
        if (s[i] != ' ')
            continue; /* every separator starts with one */
        for (size_t k = 0; k < N_ELEMS(seps); k++) {
            size_t n = strlen(seps[k]);
            if (i + n > len || memcmp(s + i, seps[k], n) != 0)
                continue;
            ww_buf_t f = WW_BUF_INIT;
            bool hit = fold_append(FOLD_KEY, s + i + n, len - i - n, &f) == 0 && f.len > 0 &&
                       chrome_is_outlet(f.ptr, f.len);
            ww_buf_free(&f);
            return hit ? i : len;
        }
    }
    return len;
}

size_t
chrome_title_len(const char *title, size_t len)
{
    size_t at = site_suffix_at(title, len);
    while (at > 0 && title[at - 1] == ' ')
        at--;
    return at == 0 ? len : at; /* a title that is only a site name stays */
}

static bool
is_caption(const line_t *l)
{
    if (l->words > CHROME_CAPTION_WORDS)
        return false;
    ww_buf_t head = WW_BUF_INIT;
    match_form(l->text, l->len < PREFIX_BYTES ? l->len : PREFIX_BYTES, &head);
    bool has_prefix = chrome_has_caption_prefix(head.ptr, head.len);
    ww_buf_free(&head);
    if (has_prefix)
        return true;
    if (l->ends_sentence)
        return false;
    return has_credit_tail(l->text, l->len) || site_suffix_at(l->text, l->len) < l->len;
}

/* True when the bytes after a caption's copy are a credit: a few words
 * with a '/', a ©, or an agency name. */
static bool
is_credit(const char *s, size_t len)
{
    size_t words = 1;
    for (size_t i = 0; i < len; i++)
        words += s[i] == ' ';
    if (words > CHROME_SHORT_WORDS)
        return false;
    for (size_t i = 0; i + 1 < len; i++)
        if (s[i] == '\xc2' && s[i + 1] == '\xa9') /* © */
            return true;
    if (memchr(s, '/', len) != NULL)
        return true;
    ww_buf_t low = WW_BUF_INIT;
    match_form(s, len, &low);
    bool hit = chrome_is_agency(low.ptr, low.len);
    ww_buf_free(&low);
    return hit;
}

/* A caption printed twice, once with a credit appended: both copies go. */
static void
mark_caption_pairs(page_t *pg)
{
    for (size_t i = 0; i + 1 < pg->n; i++) {
        const line_t *a = &pg->lines[i], *b = &pg->lines[i + 1];
        if (a->len == 0 || b->len == 0 || a->len == b->len)
            continue;
        const line_t *s = a->len < b->len ? a : b, *l = a->len < b->len ? b : a;
        if (memcmp(l->text, s->text, s->len) != 0 || l->text[s->len] != ' ')
            continue;
        if (is_credit(l->text + s->len + 1, l->len - s->len - 1))
            pg->why[i] = pg->why[i + 1] = CHROME_CAPTION;
    }
}

static bool
is_headline_shaped(const line_t *l)
{
    return !l->ends_sentence && l->words <= CHROME_HEADLINE_WORDS;
}

/* The verdict on line I from the line alone, the title and the line before. */
static chrome_why_t
judge(const page_t *pg, size_t i, size_t *list_left)
{
    const line_t *l = &pg->lines[i];
    if (l->script == LANG_SCRIPT_NONE)
        return CHROME_NO_LETTERS;
    if (pg->title_len > 0 && l->fold_len == pg->title_len &&
        memcmp(fold_of(pg, l), pg->folds.ptr + pg->title_off, l->fold_len) == 0)
        return CHROME_TITLE;
    bool is_header = false;
    chrome_why_t why = match_tables(pg, l, &is_header);
    if (is_header)
        *list_left = CHROME_LIST_ITEMS;
    else if (why == CHROME_KEEP && *list_left > 0 && is_headline_shaped(l)) {
        (*list_left)--;
        return CHROME_RELATED;
    } else
        *list_left = 0;
    if (why != CHROME_KEEP)
        return why;
    if (is_caption(l))
        return CHROME_CAPTION;
    /* Sputnik-style teaser: a linked headline glued under a photo caption. */
    if (i > 0 && pg->why[i - 1] == CHROME_CAPTION && is_headline_shaped(l))
        return CHROME_RELATED;
    if (pg->dominant != LANG_SCRIPT_NONE && l->script != pg->dominant &&
        l->words <= CHROME_SHORT_WORDS)
        return CHROME_SCRIPT;
    return CHROME_KEEP;
}

/* A menu mostly in a foreign script drags its few same-script items
 * ("• English" after "• Русский") along with it. Blank lines do not break
 * a run; any line longer than CHROME_SHORT_WORDS does. */
static void
mark_foreign_runs(page_t *pg)
{
    size_t i = 0;
    while (i < pg->n) {
        size_t start = i, lines = 0, foreign = 0;
        for (; i < pg->n && pg->lines[i].words <= CHROME_SHORT_WORDS; i++) {
            const line_t *l = &pg->lines[i];
            if (l->len == 0)
                continue;
            lines++;
            foreign += l->script != LANG_SCRIPT_NONE && l->script != pg->dominant;
        }
        if (lines >= CHROME_RUN_MIN && foreign * 3 >= lines * 2)
            for (size_t j = start; j < i; j++)
                if (pg->why[j] == CHROME_KEEP && pg->lines[j].words <= CHROME_RUN_ITEM_WORDS)
                    pg->why[j] = CHROME_SCRIPT;
        if (i == start)
            i++;
    }
}

/* Page edges. A page's header sits above its headline, so once the headline
 * is found in the body, the short lines above it that are not sentences
 * (section names such as "Russian Politics & Diplomacy", a date stamp) are
 * header chrome. Below the last sentence, a tail of short lines without a
 * sentence end (tag lists: "Tags", "Syria", "Ukraine") is footer chrome.
 * Neither touches a line that ends a sentence, so a one-line standfirst or
 * a closing quote stays. */
static void
mark_edges(page_t *pg)
{
    size_t head = pg->n;
    for (size_t i = 0; i < pg->n && head == pg->n; i++)
        if (pg->why[i] == CHROME_TITLE)
            head = i;
    for (size_t i = 0; i < head && head < pg->n; i++)
        if (pg->why[i] == CHROME_KEEP && !pg->lines[i].ends_sentence &&
            pg->lines[i].words <= CHROME_SHORT_WORDS)
            pg->why[i] = CHROME_MENU;
    for (size_t i = pg->n; i > 0; i--) {
        const line_t *l = &pg->lines[i - 1];
        if (pg->why[i - 1] != CHROME_KEEP)
            continue;
        if (l->ends_sentence || l->words > CHROME_TAIL_WORDS)
            break;
        pg->why[i - 1] = CHROME_MENU;
    }
}

/* The key: the non-empty key forms of the title and the kept lines, one
 * space apart. That is the FOLD_KEY of title "\n" lines because a line
 * break is a gap between segments: nothing combines across it, and runs
 * of gaps become one space, none at either end. */
static void
append_key(const page_t *pg, const line_t *title, ww_buf_t *key)
{
    ww_buf_reserve(key, title->fold_len + pg->folds.len + pg->n);
    size_t start = key->len;
    if (title->fold_len > 0)
        ww_buf_append(key, fold_of(pg, title), title->fold_len);
    for (size_t i = 0; i < pg->n; i++) {
        const line_t *l = &pg->lines[i];
        if (pg->why[i] != CHROME_KEEP || l->fold_len == 0)
            continue;
        if (key->len > start)
            ww_buf_putc(key, ' ');
        ww_buf_append(key, fold_of(pg, l), l->fold_len);
    }
}

void
chrome_mark(const chrome_line_t *lines, size_t n, const char *title, size_t title_len,
            chrome_why_t *why, ww_buf_t *key)
{
    page_t pg = { .lines = ww_xcalloc(n ? n : 1, sizeof(line_t)), .n = n, .why = why,
                  .folds = WW_BUF_INIT };
    ww_buf_reserve(&pg.folds, 0); /* folds.ptr is never NULL below */
    for (size_t i = 0; i < n; i++)
        analyse_line(&pg, &pg.lines[i], &lines[i]);
    chrome_line_t t = { title, title_len };
    line_t tl;
    analyse_line(&pg, &tl, &t);
    pg.title_off = tl.fold_off;
    pg.title_len = tl.fold_len;
    pg.dominant = dominant_script(&pg, &tl);

    for (size_t i = 0; i < n; i++)
        why[i] = pg.lines[i].len == 0 ? CHROME_BLANK : CHROME_KEEP;
    mark_caption_pairs(&pg);
    size_t list_left = 0;
    for (size_t i = 0; i < n; i++)
        if (why[i] == CHROME_KEEP)
            why[i] = judge(&pg, i, &list_left);
    mark_foreign_runs(&pg);
    mark_edges(&pg);
    if (key != NULL)
        append_key(&pg, &tl, key);
    ww_buf_free(&pg.folds);
    free(pg.lines);
}

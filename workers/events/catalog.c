/* SPDX-License-Identifier: MIT
 *
 * catalog — the compiled snapshot (see catalog.h): the automaton over every
 * folded term (automaton.h), the scan with its word-boundary checks, and
 * the lookups classify needs. The file format lives in catalog_parse.c
 * (with catalog_lex.c and catalog_terms.c). */
#include "catalog_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "ww_alloc.h"
#include "ww_buf.h"
#include "ww_utf8.h"

#define READ_CHUNK 65536

/* ------------------------------------------------------------------ */
/* Characters                                                          */
/* ------------------------------------------------------------------ */

/* The code point at byte I (< LEN), or -1 when the bytes there are not one. */
static int32_t
decode_at(const uint8_t *p, size_t len, size_t i)
{
    int32_t cp;
    return ww_utf8_decode(p + i, len - i, &cp) > 0 ? cp : -1;
}

/* The code point that ends just before byte I, or -1 at the start; *at gets its offset. */
static int32_t
decode_before(const uint8_t *p, size_t len, size_t i, size_t *at)
{
    if (i == 0)
        return -1;
    *at = ww_utf8_back(p, i);
    return decode_at(p, len, *at);
}

static bool
is_word_cp(int32_t cp)
{
    if (cp < 0)
        return false;
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    if (cp == 0x200C || cp == 0x200D)
        return true;
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME) || c == UTF8PROC_CATEGORY_ND;
}

/* Scripts written without spaces between words: no boundary check at a term's end there. */
static bool
is_unspaced(int32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) ||
           (cp >= 0xFF66 && cp <= 0xFF9F) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x0E00 && cp <= 0x0E7F) || (cp >= 0x1000 && cp <= 0x109F) ||
           (cp >= 0x1780 && cp <= 0x17FF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

static bool
has_proclitics(int32_t cp)
{
    return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x05D0 && cp <= 0x05EA);
}

/* Arabic و ف ب ل ك and Hebrew ו ה ב ל מ ש כ attach to the word that follows them. */
static bool
is_proclitic(int32_t cp)
{
    switch (cp) {
    case 0x0648: case 0x0641: case 0x0628: case 0x0644: case 0x0643:
    case 0x05D5: case 0x05D4: case 0x05D1: case 0x05DC: case 0x05DE: case 0x05E9: case 0x05DB:
        return true;
    default:
        return false;
    }
}

/* A term that ends in an Arabic letter (hamza to yeh, two bytes each) and is three letters or
   longer may take an attached pronoun: not the particles ("في", "ان"), whose "فيه", "انه" say
   something else. */
static bool
takes_enclitic(int32_t last, size_t len)
{
    return last >= 0x0621 && last <= 0x064A && len >= 6;
}

uint8_t
catalog_term_flags(const char *bytes, size_t len)
{
    const uint8_t *p = (const uint8_t *)bytes;
    size_t at = 0;
    int32_t first = decode_at(p, len, 0);
    int32_t last = decode_before(p, len, len, &at);
    uint8_t flags = 0;
    if (is_word_cp(first) && !is_unspaced(first))
        flags |= TERM_LEFT | (has_proclitics(first) ? TERM_PROCLITIC : 0);
    if (is_word_cp(last) && !is_unspaced(last))
        flags |= TERM_RIGHT | (takes_enclitic(last, len) ? TERM_ENCLITIC : 0);
    return flags;
}

static bool
left_ok(const uint8_t *p, size_t len, size_t start, uint8_t flags)
{
    size_t at = 0;
    int32_t cp = decode_before(p, len, start, &at);
    if (!is_word_cp(cp))
        return true;
    if (!(flags & TERM_PROCLITIC))
        return false;
    for (int k = 0; k < 2 && is_proclitic(cp); k++) {
        cp = decode_before(p, len, at, &at);
        if (!is_word_cp(cp))
            return true;
    }
    return false;
}

/* The pronouns Arabic attaches to a noun, verb or preposition, folded (ة is ه): his, her or
   their, their two, their men, their women, your, your two, yours, ours. Not "ي" (mine): a
   term with it is most often an adjective of another sense ("روسي", Russian). Each begins with
   ك ن or ه (U+0643, U+0646, U+0647), checked first: this runs wherever a term ends inside an
   Arabic word. */
static size_t
enclitic_at(const uint8_t *p, size_t len, size_t end)
{
    static const char *const pronoun[] = { "هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا",
                                           "ه", "ك" };
    if (len - end < 2 || p[end] != 0xD9 ||
        (p[end + 1] != 0x83 && p[end + 1] != 0x86 && p[end + 1] != 0x87))
        return 0;
    for (size_t k = 0; k < sizeof pronoun / sizeof pronoun[0]; k++) {
        size_t n = strlen(pronoun[k]);
        if (n <= len - end && memcmp(p + end, pronoun[k], n) == 0 &&
            (end + n >= len || !is_word_cp(decode_at(p, len, end + n))))
            return n;
    }
    return 0;
}

static bool
right_ok(const uint8_t *p, size_t len, size_t end, uint8_t flags)
{
    return end >= len || !is_word_cp(decode_at(p, len, end)) ||
           ((flags & TERM_ENCLITIC) && enclitic_at(p, len, end) > 0);
}

/* True when a number ends right before START, a space or none between ("20 times", "20次"):
   digits (the fold made every decimal digit ASCII) not glued to the letter of a word before
   (a script without spaces glues them to its text: "通话20次"). */
static bool
number_before(const uint8_t *p, size_t len, size_t start)
{
    size_t at = start;
    if (at > 0 && p[at - 1] == ' ')
        at--;
    size_t digits = at;
    while (digits > 0 && p[digits - 1] >= '0' && p[digits - 1] <= '9')
        digits--;
    if (digits == at)
        return false;
    size_t before = 0;
    int32_t cp = digits == 0 ? -1 : decode_before(p, len, digits, &before);
    return !is_word_cp(cp) || is_unspaced(cp);
}

static int
cmp_tenure(const void *a, const void *b)
{
    const period_t *x = a, *y = b;
    return x->who < y->who ? -1 : x->who > y->who;
}

/* Sorts the tenures by actor and indexes them: catalog_holds_office reads one actor's. */
static void
index_tenures(catalog_t *self)
{
    size_t n_actors = self->n_names[CATALOG_ACTOR];
    if (self->n_tenures > 0)
        qsort(self->tenures, self->n_tenures, sizeof *self->tenures, cmp_tenure);
    free(self->tenure_from);
    self->tenure_from = ww_xcalloc(n_actors + 1, sizeof *self->tenure_from);
    size_t i = 0;
    for (size_t a = 0; a <= n_actors; a++) {
        while (i < self->n_tenures && self->tenures[i].who < a)
            i++;
        self->tenure_from[a] = (uint32_t)i;
    }
}

void
catalog_compile(catalog_t *self)
{
    index_tenures(self);
    size_t n = self->n_terms;
    const char **keys = ww_xcalloc(n ? n : 1, sizeof *keys);
    uint32_t *lens = ww_xcalloc(n ? n : 1, sizeof *lens);
    uint32_t *next = ww_xcalloc(n ? n : 1, sizeof *next);
    for (size_t i = 0; i < n; i++) {
        keys[i] = self->terms[i].bytes;
        lens[i] = self->terms[i].len;
    }
    automaton_build(&self->ac, keys, lens, n, next);
    for (size_t i = 0; i < n; i++)
        self->terms[i].next = next[i];
    free(keys);
    free(lens);
    free(next);
}

/* ------------------------------------------------------------------ */
/* Scanning                                                            */
/* ------------------------------------------------------------------ */

static void
hits_push(catalog_hits_t *h, uint32_t start, uint32_t end, const term_t *t, uint32_t ref,
          bool split)
{
    if (h->n == h->cap) {
        h->cap = h->cap ? h->cap * 2 : 64;
        h->v = ww_xrealloc(h->v, h->cap * sizeof *h->v);
    }
    h->v[h->n++] = (catalog_hit_t){ start, end, ref, t->kind, t->reach, split, t->langs };
}

/* The words before a gap found lately (term, span), for the words after it to join. */
#define HEADS_KEPT 8

typedef struct {
    uint32_t term[HEADS_KEPT], start[HEADS_KEPT], end[HEADS_KEPT];
    size_t n;                /* found so far; the latest HEADS_KEPT are kept, in a ring */
} heads_t;

/* True when the bytes P[FROM, TO) may stand in a gap: at most CATALOG_GAP_WORDS words and
   CATALOG_GAP_BYTES bytes, and nothing but words and spaces (no clause's punctuation). */
static bool
gap_ok(const uint8_t *p, size_t from, size_t to)
{
    if (to - from > CATALOG_GAP_BYTES)
        return false;
    unsigned words = 0;
    bool in_word = false;
    for (size_t i = from, n; i < to; i += n) {
        int32_t cp = ww_utf8_next(p + i, to - i, &n);
        bool word = is_word_cp(cp) || cp == '-' || cp == '\'';
        if (!word && cp != ' ')
            return false;
        words += word && !in_word;
        in_word = word;
    }
    return words <= CATALOG_GAP_WORDS;
}

/* The start of the words before T's gap that end in a gap's reach before START, or -1. */
static int64_t
head_before(const heads_t *heads, const uint8_t *p, const term_t *t, size_t start)
{
    size_t kept = heads->n < HEADS_KEPT ? heads->n : HEADS_KEPT;
    for (size_t k = 0; k < kept; k++) {
        size_t at = (heads->n - 1 - k) % HEADS_KEPT;     /* the latest first */
        if (heads->term[at] == t->head && heads->end[at] <= start &&
            gap_ok(p, heads->end[at], start))
            return heads->start[at];
    }
    return -1;
}

/* Reports the terms that end at byte END (exclusive) in state S; keeps the words before a
   gap in HEADS. */
static size_t
report(const catalog_t *self, const uint8_t *p, size_t len, size_t end, uint32_t s,
       catalog_hits_t *hits, heads_t *heads)
{
    const automaton_t *ac = &self->ac;
    size_t excepts = 0;
    for (uint32_t u = ac->first[s]; u != AUTOMATON_NONE; u = ac->dict[u]) {
        for (uint32_t k = ac->out[u]; k != AUTOMATON_NONE; k = self->terms[k].next) {
            const term_t *t = &self->terms[k];
            size_t start = end - t->len;
            /* a counter glued to its number ("30차례", "5回"): the number is its left edge */
            bool glued = (t->flags & TERM_NUMBER) && start > 0 && p[start - 1] >= '0' &&
                         p[start - 1] <= '9';
            if ((t->flags & TERM_LEFT) && !glued && !left_ok(p, len, start, t->flags))
                continue;
            if ((t->flags & TERM_RIGHT) && !right_ok(p, len, end, t->flags))
                continue;
            if ((t->flags & TERM_NUMBER) && !number_before(p, len, start))
                continue;
            if (t->kind == CATALOG_HEAD) {
                size_t at = heads->n++ % HEADS_KEPT;
                heads->term[at] = k;
                heads->start[at] = (uint32_t)start;
                heads->end[at] = (uint32_t)end;
                continue;
            }
            bool split = t->head != CATALOG_NONE;
            if (split) {
                int64_t from = head_before(heads, p, t, start);
                if (from < 0)
                    continue;
                start = (size_t)from;
            }
            bool ex = t->kind == CATALOG_EXCEPT;
            hits_push(hits, (uint32_t)start, (uint32_t)end, t, ex ? k : t->ref, split);
            excepts += ex;
        }
    }
    return excepts;
}

/* Drops the hits that lie inside an except hit of their own entity, and the EXCEPTS except
   hits. The except hits are first copied past the end of the list, where compacting it cannot
   write over them (checked in place, an except hit could be overwritten by a kept hit before a
   later hit inside it was checked: see test_scan_except_overlap), and each hit is checked
   against them only, not against the whole list, which was quadratic in the hits of a long
   Chinese text. */
static void
apply_excepts(const catalog_t *self, catalog_hits_t *h, size_t excepts)
{
    size_t n = h->n;
    if (h->cap < n + excepts) {
        h->cap = n + excepts;
        h->v = ww_xrealloc(h->v, h->cap * sizeof *h->v);
    }
    catalog_hit_t *ex = h->v + n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (h->v[i].kind == CATALOG_EXCEPT)
            ex[k++] = h->v[i];
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        const catalog_hit_t *x = &h->v[i];
        bool keep = x->kind != CATALOG_EXCEPT;
        for (size_t j = 0; keep && j < k; j++) {
            const term_t *t = &self->terms[ex[j].ref];
            keep = !(t->owner_kind == x->kind && t->ref == x->ref && ex[j].start <= x->start &&
                     x->end <= ex[j].end);
        }
        if (keep)
            h->v[w++] = *x;
    }
    h->n = w;
}

size_t
catalog_scan(const catalog_t *self, const char *text, size_t len, catalog_hits_t *hits)
{
    const automaton_t *ac = &self->ac;
    const uint8_t *p = (const uint8_t *)text;
    hits->n = 0;
    if (len > UINT32_MAX)
        len = UINT32_MAX;
    size_t excepts = 0;
    uint32_t s = 0;
    heads_t heads = { .n = 0 };
    for (size_t i = 0; i < len;) {
        i = automaton_run(ac, &s, p, i, len);
        if (ac->first[s] != AUTOMATON_NONE)
            excepts += report(self, p, len, i, s, hits, &heads);
    }
    if (excepts > 0)
        apply_excepts(self, hits, excepts);
    return hits->n;
}

void
catalog_hits_free(catalog_hits_t *hits)
{
    if (hits == NULL)
        return;
    free(hits->v);
    hits->v = NULL;
    hits->n = hits->cap = 0;
}

/* ------------------------------------------------------------------ */
/* Lookups                                                             */
/* ------------------------------------------------------------------ */

size_t
catalog_count(const catalog_t *self, catalog_kind_t kind)
{
    return kind <= CATALOG_TOPIC ? self->n_names[kind] : 0;
}

const char *
catalog_name(const catalog_t *self, catalog_kind_t kind, uint32_t ref)
{
    if (kind > CATALOG_TOPIC || ref >= self->n_names[kind])
        return NULL;
    return self->names[kind][ref];
}

bool
catalog_actor_is_unnamed(const catalog_t *self, uint32_t actor)
{
    return actor < self->n_names[CATALOG_ACTOR] && self->unnamed[actor];
}

bool
catalog_action_is_weak(const catalog_t *self, uint32_t action)
{
    return action < self->n_names[CATALOG_ACTION] && self->weak[action];
}

bool
catalog_action_is_previewed(const catalog_t *self, uint32_t action)
{
    return action < self->n_names[CATALOG_ACTION] && self->previewed[action];
}

int64_t
catalog_action_implies(const catalog_t *self, uint32_t action)
{
    if (action >= self->n_names[CATALOG_ACTION] || self->implies[action] == CATALOG_NONE)
        return -1;
    return self->implies[action];
}

int64_t
catalog_action_alternative(const catalog_t *self, uint32_t action)
{
    if (action >= self->n_names[CATALOG_ACTION] || self->alternative[action] == CATALOG_NONE)
        return -1;
    return self->alternative[action];
}

int
catalog_action_object(const catalog_t *self, uint32_t action)
{
    return action < self->n_names[CATALOG_ACTION] ? self->object[action] : -1;
}

int64_t
catalog_action_yields(const catalog_t *self, uint32_t action)
{
    if (action >= self->n_names[CATALOG_ACTION] || self->yields[action] == CATALOG_NONE)
        return -1;
    return self->yields[action];
}

int64_t
catalog_role_holder(const catalog_t *self, uint32_t role, int32_t day)
{
    for (size_t i = 0; i < self->n_holders; i++) {
        const period_t *h = &self->holders[i];
        if (h->what == role && h->from <= day && day <= h->to)
            return h->who;
    }
    return -1;
}

bool
catalog_holds_office(const catalog_t *self, uint32_t actor, uint32_t office, int32_t day)
{
    if (actor >= self->n_names[CATALOG_ACTOR])
        return false;
    for (size_t i = self->tenure_from[actor]; i < self->tenure_from[actor + 1]; i++) {
        const period_t *t = &self->tenures[i];
        if (t->what == office && t->from <= day && day <= t->to)
            return true;
    }
    return false;
}

size_t
catalog_n_events(const catalog_t *self)
{
    return self->n_events;
}

const catalog_event_t *
catalog_event(const catalog_t *self, size_t i)
{
    return i < self->n_events ? &self->events[i] : NULL;
}

catalog_langs_t
catalog_lang_mask(const catalog_t *self, const char *lang)
{
    catalog_langs_t m = { { 0, 0 } };
    if (lang == NULL)
        return m;
    size_t n = strcspn(lang, "-_");
    /* Norwegian Bokmål and Nynorsk, as scrapers tag them, are the catalog's "no" */
    if (n == 2 && (strncmp(lang, "nb", 2) == 0 || strncmp(lang, "nn", 2) == 0)) {
        lang = "no";
        n = 2;
    }
    for (size_t i = 0; i < self->n_langs && i < CATALOG_LANGS; i++)
        if (strlen(self->langs[i]) == n && memcmp(self->langs[i], lang, n) == 0) {
            m.w[i / 64] = (uint64_t)1 << (i % 64);
            break;
        }
    return m;
}

const dates_lex_t *
catalog_dates(const catalog_t *self)
{
    return self->dates;
}

void
catalog_stats(const catalog_t *self, catalog_stats_t *out)
{
    memset(out, 0, sizeof *out);
    out->actors = self->n_names[CATALOG_ACTOR];
    out->roles = self->n_names[CATALOG_ROLE];
    out->actions = self->n_names[CATALOG_ACTION];
    out->topics = self->n_names[CATALOG_TOPIC];
    out->offices = self->n_offices;
    out->events = self->n_events;
    for (size_t i = 0; i < self->n_terms; i++)
        out->terms += self->terms[i].next == CATALOG_NONE;   /* one per distinct byte string */
    out->langs = self->n_langs;
    out->states = self->ac.n_states;
    out->date_words = self->dates ? dates_lex_size(self->dates, NULL) : 0;
}

/* ------------------------------------------------------------------ */
/* Lifetime                                                            */
/* ------------------------------------------------------------------ */

static void
free_names(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

void
catalog_destroy(catalog_t **self_p)
{
    if (self_p == NULL || *self_p == NULL)
        return;
    catalog_t *self = *self_p;
    for (int k = 0; k < 4; k++)
        free_names(self->names[k], self->n_names[k]);
    free(self->weak);
    free(self->previewed);
    free(self->unnamed);
    free(self->implies);
    free(self->yields);
    free(self->alternative);
    free(self->object);
    free(self->role_office);
    free_names(self->offices, self->n_offices);
    free(self->tenures);
    free(self->tenure_from);
    free(self->holders);
    for (size_t i = 0; i < self->n_events; i++)
        free((char *)(uintptr_t)self->events[i].name);
    free(self->events);
    for (size_t i = 0; i < self->n_terms; i++)
        free(self->terms[i].bytes);
    free(self->terms);
    automaton_free(&self->ac);
    dates_lex_destroy(&self->dates);
    free(self);
    *self_p = NULL;
}

catalog_t *
catalog_load(const char *path, char *err, size_t errlen)
{
    ww_buf_t text = WW_BUF_INIT;
    catalog_t *self = NULL;
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        goto done;
    }
    for (;;) {
        ww_buf_reserve(&text, READ_CHUNK);
        size_t n = fread(text.ptr + text.len, 1, READ_CHUNK, f);
        text.len += n;
        if (n < READ_CHUNK)
            break;
    }
    if (ferror(f)) {
        snprintf(err, errlen, "%s: read error", path);
        goto done;
    }
    self = catalog_parse(text.ptr, text.len, path, err, errlen);
done:
    if (f != NULL)
        fclose(f);
    ww_buf_free(&text);
    return self;
}

/* SPDX-License-Identifier: MIT
 *
 * catalog_terms — the terms of a catalog being parsed: each one is folded
 * (FOLD_MATCH of text/fold.h, spaces at its ends trimmed; a '*' at an end turns that end's
 * word-boundary check off) and added to ps->cat->terms with its kind, the
 * entity it names, its language bit and, for negation cues, its reach. A term with a
 * gap (" ~ ") is stored as two: the words before it (kind CATALOG_HEAD) and the words
 * after it, which name the entity and point to the first; the scan joins them.
 *
 * Invariants: a term's bytes are folded, non-empty and hold no '\n'. Outside
 * a group, the same bytes never name two entities of one kind (an error
 * names the line of the first); the same term again for the same entity
 * only adds its language (a term with a gap is stored again).
 * ps->terms_by_bytes finds every term by its bytes (ww_strtab.h); the kind
 * is checked on each. */
#include "catalog_parse_int.h"

#include <stdlib.h>
#include <string.h>

#include "text/fold.h"
#include "ww_alloc.h"

#define TERM_MAX_LEN 255

/* ------------------------------------------------------------------ */
/* Languages                                                           */
/* ------------------------------------------------------------------ */

/* Sets ps->lang_bit for LANG, adding the language to the catalog's list when new.
   Returns -1 when the list is full (a language would share another's bit). */
static int
note_lang(parser_t *ps, const char *lang)
{
    catalog_t *c = ps->cat;
    char base[4] = { 0 };
    size_t n = strcspn(lang, "-");
    memcpy(base, lang, n < 3 ? n : 3);
    size_t i = 0;
    while (i < c->n_langs && strcmp(c->langs[i], base) != 0)
        i++;
    if (i == CATALOG_LANGS)
        return catalog_fail(ps, ps->line, "language \"%s\" is one more than the %d a catalog "
                            "may use", base, CATALOG_LANGS);
    if (i == c->n_langs)
        memcpy(c->langs[c->n_langs++], base, sizeof base);
    ps->lang_bit = (catalog_langs_t){ { 0, 0 } };
    ps->lang_bit.w[i / 64] = (uint64_t)1 << (i % 64);
    return 0;
}

int
catalog_terms_lang(parser_t *ps)
{
    if (!catalog_lex_is_lang(ps->args[1].p, ps->args[1].len))
        return catalog_fail(ps, ps->line, "bad language tag \"%s\" (want e.g. en, ru, zh-hant)",
                            ps->args[1].p);
    return note_lang(ps, ps->args[1].p);
}

/* ------------------------------------------------------------------ */
/* The hash of terms                                                   */
/* ------------------------------------------------------------------ */

/* The existing terms of kind KIND with the bytes P[0..N): *SAME gets the one that names REF
   with FLAGS for OWNER_KIND (the same term, listed again), *OTHER one that names another
   entity (an error) and *LINE the line that defined it; NULL when there is none. */
static void
find_terms(parser_t *ps, uint8_t kind, const char *p, size_t n, uint32_t ref, uint8_t flags,
           uint8_t owner_kind, term_t **same, term_t **other, size_t *line)
{
    *same = *other = NULL;
    for (const ww_strtab_entry_t *e = ww_strtab_find(&ps->terms_by_bytes, p, n,
                                                     ww_strtab_hash(p, n));
         e != NULL; e = ww_strtab_next(&ps->terms_by_bytes, e)) {
        term_t *t = &ps->cat->terms[e->value];
        if (t->kind != kind || t->head != CATALOG_NONE)
            continue;                   /* the words after a gap are the gapped term's own */
        if (t->ref == ref && t->flags == flags && t->owner_kind == owner_kind &&
            t->reach == ps->reach) {
            *same = t;                  /* a cue's reach is its language's: "no" reaches one
                                           word in English and two in Spanish */
        } else if (t->ref != ref && *other == NULL) {
            *other = t;
            *line = ps->term_line[e->value];
        }
    }
}

/* ------------------------------------------------------------------ */
/* Adding terms                                                        */
/* ------------------------------------------------------------------ */

static const char *
kind_word(uint8_t kind)
{
    static const char *const w[] = { "actor", "role", "action", "topic", "negation cue",
                                     "negation cue", "background cue", "background cue",
                                     "partner word", "deal word", "setting word",
                                     "denial cue", "denial cue", "conjunction",
                                     "subordinate word", "subordinate word", "partner word",
                                     "complement word", "relative word", "pair word",
                                     "additive word", "exception" };
    _Static_assert(sizeof w / sizeof w[0] == CATALOG_EXCEPT + 1, "a word per kind");
    return kind <= CATALOG_EXCEPT ? w[kind] : "?";
}

/* Folds P[0..N) into *F and sets [*lo, *hi) to the fold without spaces at its ends. Returns
   false when nothing is left or the fold holds a line break; *F is then freed. */
static bool
fold_term(const char *p, size_t n, ww_buf_t *f, size_t *lo, size_t *hi)
{
    fold_append_lossy(FOLD_MATCH, p, n, f);
    *lo = 0;
    *hi = f->len;
    while (*lo < *hi && f->ptr[*lo] == ' ')
        (*lo)++;
    while (*hi > *lo && f->ptr[*hi - 1] == ' ')
        (*hi)--;
    if (*lo == *hi || memchr(f->ptr + *lo, '\n', *hi - *lo) != NULL) {
        ww_buf_free(f);
        return false;
    }
    return true;
}

/* Appends a term of BYTES[0..N) (copied) to the catalog and to the hash. */
static void
store_term(parser_t *ps, const char *bytes, size_t n, uint8_t kind, uint32_t ref,
           uint8_t owner_kind, uint8_t flags)
{
    catalog_t *c = ps->cat;
    c->terms = catalog_grow(c->terms, c->n_terms, sizeof *c->terms);
    ps->term_line = catalog_grow(ps->term_line, c->n_terms, sizeof *ps->term_line);
    term_t *t = &c->terms[c->n_terms];
    t->bytes = ww_xstrndup(bytes, n);
    t->len = (uint32_t)n;
    t->ref = ref;
    t->next = CATALOG_NONE;
    t->head = CATALOG_NONE;
    t->kind = kind;
    t->owner_kind = owner_kind;
    t->flags = flags;
    t->reach = ps->reach;
    t->langs = ps->lang_bit;
    ps->term_line[c->n_terms] = ps->line;
    ww_strtab_add(&ps->terms_by_bytes, t->bytes, t->len, (uint32_t)c->n_terms);
    c->n_terms++;
}

/* A term's words, folded: [lo, hi) of F, with the TERM_* flags they need. */
typedef struct {
    ww_buf_t f;
    size_t lo, hi;
    uint8_t flags;
} folded_t;

/* Folds the words P[0..N) of term A (a '*' at an end turns off that end's boundary check;
   NUMBER: "# " stood before them) into *OUT. Returns -1, *OUT freed, when they are empty,
   too long or fold to nothing. */
static int
fold_words(parser_t *ps, const arg_t *a, const char *p, size_t n, bool number, folded_t *out)
{
    bool open_left = n > 0 && p[0] == '*', open_right = n > 1 && p[n - 1] == '*';
    p += open_left;
    n -= open_left + open_right;
    if (n == 0 || n > TERM_MAX_LEN)
        return catalog_fail(ps, ps->line, "term \"%s\" is empty or longer than %d bytes",
                            a->p, TERM_MAX_LEN);
    out->f = (ww_buf_t)WW_BUF_INIT;
    if (!fold_term(p, n, &out->f, &out->lo, &out->hi))
        return catalog_fail(ps, ps->line, "term \"%s\" folds to nothing", a->p);
    out->flags = catalog_term_flags(out->f.ptr + out->lo, out->hi - out->lo);
    if (open_left)
        out->flags &= (uint8_t)~(TERM_LEFT | TERM_PROCLITIC);
    if (open_right)
        out->flags &= (uint8_t)~(TERM_RIGHT | TERM_ENCLITIC);
    if (number)
        out->flags |= TERM_NUMBER;
    return 0;
}

/* A term with a gap, "wymienili ~ poglądy": the words before it (HEAD) and after it (TAIL),
   each stored on its own; the tail names the entity and points to its head. */
static void
store_split(parser_t *ps, const folded_t *head, const folded_t *tail, uint8_t kind, uint32_t ref,
            uint8_t owner_kind)
{
    store_term(ps, head->f.ptr + head->lo, head->hi - head->lo, CATALOG_HEAD, ref, owner_kind,
               head->flags);
    uint32_t h = (uint32_t)(ps->cat->n_terms - 1);
    store_term(ps, tail->f.ptr + tail->lo, tail->hi - tail->lo, kind, ref, owner_kind,
               tail->flags);
    ps->cat->terms[ps->cat->n_terms - 1].head = h;
}

#define GAP_MARK " ~ "

int
catalog_terms_add(parser_t *ps, const arg_t *a, uint8_t kind, uint32_t ref, uint8_t owner_kind)
{
    catalog_t *c = ps->cat;
    const char *p = a->p;
    size_t n = a->len;
    bool number = n > 2 && p[0] == '#' && p[1] == ' ';      /* "# times": after a number */
    p += number ? 2 : 0;
    n -= number ? 2 : 0;
    const char *gap = strstr(p, GAP_MARK);
    if (gap != NULL && (size_t)(gap - p) < n) {
        size_t before = (size_t)(gap - p), skip = before + strlen(GAP_MARK);
        folded_t head, tail;
        if (fold_words(ps, a, p, before, number, &head) == -1)
            return -1;
        if (fold_words(ps, a, p + skip, n - skip, false, &tail) == -1) {
            ww_buf_free(&head.f);
            return -1;
        }
        store_split(ps, &head, &tail, kind, ref, owner_kind);
        ww_buf_free(&head.f);
        ww_buf_free(&tail.f);
        return 0;
    }
    folded_t w;
    if (fold_words(ps, a, p, n, number, &w) == -1)
        return -1;
    size_t line = 0;
    term_t *same = NULL, *other = NULL;
    if (!ps->shared)
        find_terms(ps, kind, w.f.ptr + w.lo, w.hi - w.lo, ref, w.flags, owner_kind, &same, &other,
                   &line);
    if (other != NULL && kind <= CATALOG_TOPIC) {
        ww_buf_free(&w.f);
        return catalog_fail(ps, ps->line, "term \"%s\" already names %s \"%s\" (line %zu)",
                            a->p, kind_word(kind), c->names[kind][other->ref], line);
    }
    if (same != NULL) {                 /* the same word in two languages ("Lavrov") */
        same->langs.w[0] |= ps->lang_bit.w[0];
        same->langs.w[1] |= ps->lang_bit.w[1];
    } else {
        store_term(ps, w.f.ptr + w.lo, w.hi - w.lo, kind, ref, owner_kind, w.flags);
    }
    ww_buf_free(&w.f);
    return 0;
}

int
catalog_terms_add_line(parser_t *ps, uint8_t kind, uint32_t ref, uint8_t owner_kind)
{
    if (catalog_terms_lang(ps) == -1)
        return -1;
    size_t first = 2;
    ps->reach = kind == CATALOG_NEG_BEFORE  ? CATALOG_REACH_BEFORE
                : kind == CATALOG_NEG_AFTER ? CATALOG_REACH_AFTER
                : kind == CATALOG_BG_BEFORE ? CATALOG_REACH_BG_BEFORE
                : kind == CATALOG_BG_AFTER  ? CATALOG_REACH_BG_AFTER
                : kind == CATALOG_PARTNER   ? CATALOG_REACH_PARTNER
                : kind == CATALOG_DEAL      ? CATALOG_REACH_DEAL
                : kind == CATALOG_SETTING   ? CATALOG_REACH_SETTING
                : kind == CATALOG_DENY_BEFORE || kind == CATALOG_DENY_AFTER ? CATALOG_REACH_DENY
                : kind == CATALOG_SUB_BEFORE || kind == CATALOG_SUB_AFTER   ? CATALOG_REACH_SUB
                : kind == CATALOG_PARTNER_AFTER ? CATALOG_REACH_PARTNER_AFTER
                : kind == CATALOG_ACTION && ps->adverbial ? CATALOG_ADVERBIAL
                : kind == CATALOG_ACTION && ps->planned   ? CATALOG_PLANNED
                                              : 0;
    bool cue = kind >= CATALOG_NEG_BEFORE && kind < CATALOG_KIND_COUNT &&
               kind != CATALOG_CONJUNCTION && kind != CATALOG_COMPLEMENT &&
               kind != CATALOG_RELATIVE && kind != CATALOG_PAIR &&
               kind != CATALOG_ADDITIVE; /* the kinds with a reach */
    const arg_t *n = &ps->args[2];
    if (cue && n->len >= 1 && n->len <= 2 && n->p[0] >= '0' && n->p[0] <= '9' &&
        (n->len == 1 || (n->p[1] >= '0' && n->p[1] <= '9'))) {
        /* before LANG N TERM...: reach N words */
        unsigned r = (unsigned)(n->p[0] - '0');
        if (n->len == 2)
            r = r * 10 + (unsigned)(n->p[1] - '0');
        if (r > CATALOG_REACH_MAX)
            return catalog_fail(ps, ps->line, "reach %u is more than %d words", r,
                                CATALOG_REACH_MAX);
        ps->reach = (uint8_t)r;
        first = 3;
    }
    if (first >= ps->n_args)
        return catalog_fail(ps, ps->line, "no terms after the language tag");
    for (size_t i = first; i < ps->n_args; i++)
        if (catalog_terms_add(ps, &ps->args[i], kind, ref, owner_kind) == -1)
            return -1;
    return 0;
}

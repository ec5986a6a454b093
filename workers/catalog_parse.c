/* SPDX-License-Identifier: MIT
 *
 * catalog_parse — reads the catalog's text format (docs/CATALOG.md) into a
 * catalog_t and hands it to catalog_compile. Line-based: a keyword, then
 * arguments, bare or "quoted" (with \" and \\ as the only escapes); '#'
 * outside quotes starts a comment. actor/role/action/topic/negation open a
 * section that the lines after them fill; event and version stand alone.
 *
 * Every error stops the parse with "file:line: reason". References (a role's
 * holder, an event's actors, offices and action) may point forward: they are
 * resolved when the whole file has been read, and an error names the line
 * that made the reference. */
#include "catalog_int.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ww_alloc.h"
#include "ww_buf.h"

#define NAME_MAX_LEN 63
#define TERM_MAX_LEN 255
#define CATALOG_VERSION 1

typedef enum { SEC_NONE, SEC_ACTOR, SEC_ROLE, SEC_ACTION, SEC_TOPIC, SEC_NEGATION, SEC_GROUP } section_t;

typedef struct {
    const char *p;               /* NUL-terminated, in the parser's scratch */
    size_t off, len;             /* where it starts in the scratch, and its length */
} arg_t;

typedef struct {
    uint32_t role;
    char *actor;                 /* owned */
    int32_t from, to;
    size_t line;
} pending_holder_t;

typedef struct {
    uint32_t event;
    char **refs;                 /* owned: actors and "@office"s */
    size_t n_refs;
    char *action;                /* owned */
    size_t line;
} pending_event_t;

/* A group's member or term, kept until the end of the file, when members are known. */
typedef struct {
    uint32_t group;
    char *text;                  /* owned: a member's name, or a term */
    uint64_t lang_bit;           /* terms */
    size_t line;
} pending_group_t;

typedef struct {
    catalog_t *cat;
    const char *name;
    size_t line;
    char *err;
    size_t errlen;
    section_t section;
    uint32_t cur;                /* the entity the section is about */
    ww_buf_t scratch;            /* unescaped arguments of the current line */
    arg_t *args;
    size_t n_args, cap_args;
    size_t *term_line;           /* per term: the line that defined it */
    size_t cap_terms;
    uint32_t *slots;             /* hash of terms by (kind, bytes): index + 1, 0 = empty */
    size_t n_slots;
    pending_holder_t *holders;
    size_t n_holders;
    pending_event_t *events;
    size_t n_events;
    uint64_t lang_bit;           /* the language of the current term line */
    uint8_t reach;               /* the reach of the current negation line */
    bool shared;                 /* adding a group's term: one term may name several entities */
    char **groups;               /* owned group names */
    size_t n_groups;
    pending_group_t *members, *group_terms;
    size_t n_members, n_group_terms;
} parser_t;

/* Grows *V (of elements of SIZE) to hold N + 1 elements. */
static void *
grow(void *v, size_t n, size_t size)
{
    if ((n & (n - 1)) != 0 && n >= 8)
        return v;               /* capacity is the next power of two, at least 8 */
    size_t cap = n < 8 ? 8 : n * 2;
    return ww_xrealloc(v, cap * size);
}

static int
fail(parser_t *ps, size_t line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int
fail(parser_t *ps, size_t line, const char *fmt, ...)
{
    char why[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    if (ps->errlen > 0)
        snprintf(ps->err, ps->errlen, "%s:%zu: %s", ps->name, line, why);
    return -1;
}

/* ------------------------------------------------------------------ */
/* Lines                                                               */
/* ------------------------------------------------------------------ */

static void
push_arg(parser_t *ps, size_t off)
{
    if (ps->n_args == ps->cap_args) {
        ps->cap_args = ps->cap_args ? ps->cap_args * 2 : 16;
        ps->args = ww_xrealloc(ps->args, ps->cap_args * sizeof *ps->args);
    }
    ps->args[ps->n_args].p = NULL;          /* set when the line is done: scratch may move */
    ps->args[ps->n_args].off = off;
    ps->args[ps->n_args].len = ps->scratch.len - off;
    ps->n_args++;
    ww_buf_putc(&ps->scratch, '\0');
}

/* Splits LINE into arguments in ps->args. Returns 0, or -1 (error set). */
static int
split_line(parser_t *ps, const char *line, size_t len)
{
    ww_buf_reset(&ps->scratch);
    ps->n_args = 0;
    size_t i = 0;
    while (i < len) {
        char c = line[i];
        if (c == ' ' || c == '\t' || c == '\r') {
            i++;
            continue;
        }
        if (c == '#')
            break;
        size_t off = ps->scratch.len;
        if (c == '"') {
            for (i++;; i++) {
                if (i >= len)
                    return fail(ps, ps->line, "unbalanced quotes");
                if (line[i] == '"')
                    break;
                if (line[i] == '\\' && i + 1 < len && (line[i + 1] == '"' || line[i + 1] == '\\'))
                    i++;
                ww_buf_putc(&ps->scratch, line[i]);
            }
            i++;
            if (i < len && line[i] != ' ' && line[i] != '\t' && line[i] != '\r' && line[i] != '#')
                return fail(ps, ps->line, "text right after a closing quote");
        } else {
            for (; i < len && line[i] != ' ' && line[i] != '\t' && line[i] != '\r' && line[i] != '#';
                 i++) {
                if (line[i] == '"')
                    return fail(ps, ps->line, "quote inside a word: quote the whole term");
                ww_buf_putc(&ps->scratch, line[i]);
            }
        }
        push_arg(ps, off);
    }
    for (size_t k = 0; k < ps->n_args; k++)
        ps->args[k].p = ps->scratch.ptr + ps->args[k].off;
    return 0;
}

static bool
is_name(const char *s, size_t len)
{
    if (len == 0 || len > NAME_MAX_LEN || !(s[0] >= 'a' && s[0] <= 'z'))
        return false;
    for (size_t i = 0; i < len; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
            return false;
    return true;
}

/* "en", "ru", "zh-hant", "pt-br": two or three lowercase letters, optionally a subtag. */
static bool
is_lang(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && s[i] >= 'a' && s[i] <= 'z')
        i++;
    if (i < 2 || i > 3)
        return false;
    if (i == len)
        return true;
    if (s[i] != '-' || len - i - 1 < 2 || len - i - 1 > 8)
        return false;
    for (i++; i < len; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9')))
            return false;
    return true;
}

/* A period's end: "YYYY-MM-DD", or "-" for open (OPEN is the value then). */
static int
parse_day(parser_t *ps, const arg_t *a, int32_t open, int32_t *day)
{
    if (a->len == 1 && a->p[0] == '-') {
        *day = open;
        return 0;
    }
    if (!dates_parse_iso(a->p, a->len, day))
        return fail(ps, ps->line, "bad date \"%s\" (want YYYY-MM-DD or -)", a->p);
    return 0;
}

static int
parse_period(parser_t *ps, const arg_t *from, const arg_t *to, int32_t *a, int32_t *b)
{
    if (parse_day(ps, from, INT32_MIN, a) == -1 || parse_day(ps, to, INT32_MAX, b) == -1)
        return -1;
    if (*a > *b)
        return fail(ps, ps->line, "period ends (%s) before it starts (%s)", to->p, from->p);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Entities                                                            */
/* ------------------------------------------------------------------ */

static int64_t
find_name(char **v, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(v[i], name) == 0)
            return (int64_t)i;
    return -1;
}

/* Adds a named entity of KIND (ACTOR..TOPIC); -1 on a bad or duplicate name. */
static int
add_entity(parser_t *ps, catalog_kind_t kind, const arg_t *name)
{
    static const char *const what[] = { "actor", "role", "action", "topic" };
    catalog_t *c = ps->cat;
    if (!is_name(name->p, name->len))
        return fail(ps, ps->line, "bad %s name \"%s\" (want [a-z][a-z0-9_]*)", what[kind], name->p);
    if (find_name(c->names[kind], c->n_names[kind], name->p) >= 0)
        return fail(ps, ps->line, "duplicate %s \"%s\"", what[kind], name->p);
    size_t n = c->n_names[kind];
    c->names[kind] = grow(c->names[kind], n, sizeof *c->names[kind]);
    c->names[kind][n] = ww_xstrdup(name->p);
    if (kind == CATALOG_ACTION) {
        c->weak = grow(c->weak, n, sizeof *c->weak);
        c->weak[n] = false;
    } else if (kind == CATALOG_ROLE) {
        c->role_office = grow(c->role_office, n, sizeof *c->role_office);
        c->role_office[n] = CATALOG_NONE;
    }
    c->n_names[kind]++;
    ps->cur = (uint32_t)n;
    return 0;
}

static uint32_t
intern_office(parser_t *ps, const char *name)
{
    catalog_t *c = ps->cat;
    int64_t k = find_name(c->offices, c->n_offices, name);
    if (k >= 0)
        return (uint32_t)k;
    c->offices = grow(c->offices, c->n_offices, sizeof *c->offices);
    c->offices[c->n_offices] = ww_xstrdup(name);
    return (uint32_t)c->n_offices++;
}

static void
add_period(period_t **v, size_t *n, uint32_t who, uint32_t what, int32_t from, int32_t to)
{
    *v = grow(*v, *n, sizeof **v);
    (*v)[(*n)++] = (period_t){ who, what, from, to };
}

/* Sets ps->lang_bit for LANG, adding the language to the catalog's list when new. */
static void
note_lang(parser_t *ps, const char *lang)
{
    catalog_t *c = ps->cat;
    char base[4] = { 0 };
    size_t n = strcspn(lang, "-");
    memcpy(base, lang, n < 3 ? n : 3);
    size_t i = 0;
    while (i < c->n_langs && strcmp(c->langs[i], base) != 0)
        i++;
    if (i == c->n_langs && c->n_langs < CATALOG_LANGS)
        memcpy(c->langs[c->n_langs++], base, sizeof base);
    ps->lang_bit = (uint64_t)1 << (i < CATALOG_LANGS ? i : CATALOG_LANGS - 1);
}

/* ------------------------------------------------------------------ */
/* Terms                                                               */
/* ------------------------------------------------------------------ */

static uint32_t
term_hash(uint8_t kind, const char *p, size_t n)
{
    uint32_t h = 2166136261u ^ kind;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)p[i]) * 16777619u;
    return h;
}

static void
rehash(parser_t *ps)
{
    free(ps->slots);
    ps->n_slots = ps->n_slots ? ps->n_slots * 2 : 1024;
    ps->slots = ww_xcalloc(ps->n_slots, sizeof *ps->slots);
    for (size_t i = 0; i < ps->cat->n_terms; i++) {
        const term_t *t = &ps->cat->terms[i];
        size_t s = term_hash(t->kind, t->bytes, t->len) & (ps->n_slots - 1);
        while (ps->slots[s] != 0)
            s = (s + 1) & (ps->n_slots - 1);
        ps->slots[s] = (uint32_t)(i + 1);
    }
}

/* An existing term of the same kind and bytes, or NULL; *line gets the line that defined it. */
static term_t *
find_term(parser_t *ps, uint8_t kind, const char *p, size_t n, size_t *line)
{
    if (ps->n_slots == 0)
        return NULL;
    size_t s = term_hash(kind, p, n) & (ps->n_slots - 1);
    for (; ps->slots[s] != 0; s = (s + 1) & (ps->n_slots - 1)) {
        term_t *t = &ps->cat->terms[ps->slots[s] - 1];
        if (t->kind == kind && t->len == n && memcmp(t->bytes, p, n) == 0) {
            *line = ps->term_line[ps->slots[s] - 1];
            return t;
        }
    }
    return NULL;
}

static const char *
kind_word(uint8_t kind)
{
    static const char *const w[] = { "actor", "role", "action", "topic", "negation cue",
                                     "negation cue", "exception" };
    return kind <= CATALOG_EXCEPT ? w[kind] : "?";
}

/* Folds one term and adds it. OWNER_KIND matters for except terms only. */
static int
add_term(parser_t *ps, const arg_t *a, uint8_t kind, uint32_t ref, uint8_t owner_kind)
{
    catalog_t *c = ps->cat;
    const char *p = a->p;
    size_t n = a->len;
    bool open_left = n > 0 && p[0] == '*', open_right = n > 1 && p[n - 1] == '*';
    p += open_left;
    n -= open_left + open_right;
    if (n == 0 || n > TERM_MAX_LEN)
        return fail(ps, ps->line, "term \"%s\" is empty or longer than %d bytes", a->p, TERM_MAX_LEN);
    ww_buf_t f = WW_BUF_INIT;
    dates_fold(p, n, &f);
    size_t lo = 0, hi = f.len;
    while (lo < hi && f.ptr[lo] == ' ')
        lo++;
    while (hi > lo && f.ptr[hi - 1] == ' ')
        hi--;
    if (lo == hi || memchr(f.ptr + lo, '\n', hi - lo) != NULL) {
        ww_buf_free(&f);
        return fail(ps, ps->line, "term \"%s\" folds to nothing", a->p);
    }
    size_t line = 0;
    term_t *old = ps->shared ? NULL : find_term(ps, kind, f.ptr + lo, hi - lo, &line);
    if (old != NULL && kind <= CATALOG_TOPIC && old->ref != ref) {
        ww_buf_free(&f);
        return fail(ps, ps->line, "term \"%s\" already names %s \"%s\" (line %zu)", a->p,
                    kind_word(kind), c->names[kind][old->ref], line);
    }
    uint8_t flags = catalog_term_flags(f.ptr + lo, hi - lo);
    if (open_left)
        flags &= (uint8_t)~(TERM_LEFT | TERM_PROCLITIC);
    if (open_right)
        flags &= (uint8_t)~TERM_RIGHT;
    if (old != NULL && old->ref == ref && old->flags == flags && old->owner_kind == owner_kind) {
        old->langs |= ps->lang_bit;
        ww_buf_free(&f);
        return 0;               /* the same word in two languages ("Lavrov") */
    }
    c->terms = grow(c->terms, c->n_terms, sizeof *c->terms);
    ps->term_line = grow(ps->term_line, c->n_terms, sizeof *ps->term_line);
    term_t *t = &c->terms[c->n_terms];
    t->bytes = ww_xstrndup(f.ptr + lo, hi - lo);
    t->len = (uint32_t)(hi - lo);
    t->ref = ref;
    t->next = CATALOG_NONE;
    t->kind = kind;
    t->owner_kind = owner_kind;
    t->flags = flags;
    t->reach = ps->reach;
    t->langs = ps->lang_bit;
    ps->term_line[c->n_terms] = ps->line;
    c->n_terms++;
    ww_buf_free(&f);
    if (c->n_terms * 2 > ps->n_slots)
        rehash(ps);
    else {
        size_t s = term_hash(kind, t->bytes, t->len) & (ps->n_slots - 1);
        while (ps->slots[s] != 0)
            s = (s + 1) & (ps->n_slots - 1);
        ps->slots[s] = (uint32_t)c->n_terms;
    }
    return 0;
}

/* LANG TERM...: the shared shape of alias, phrase, except, before and after lines. */
static int
add_terms(parser_t *ps, uint8_t kind, uint32_t ref, uint8_t owner_kind)
{
    if (!is_lang(ps->args[1].p, ps->args[1].len))
        return fail(ps, ps->line, "bad language tag \"%s\" (want e.g. en, ru, zh-hant)",
                    ps->args[1].p);
    note_lang(ps, ps->args[1].p);
    size_t first = 2;
    ps->reach = kind == CATALOG_NEG_BEFORE ? CATALOG_REACH_BEFORE
                : kind == CATALOG_NEG_AFTER ? CATALOG_REACH_AFTER : 0;
    if ((kind == CATALOG_NEG_BEFORE || kind == CATALOG_NEG_AFTER) && ps->args[2].len == 1 &&
        ps->args[2].p[0] >= '0' && ps->args[2].p[0] <= '9') {
        ps->reach = (uint8_t)(ps->args[2].p[0] - '0');   /* before LANG N TERM...: reach N words */
        first = 3;
    }
    if (first >= ps->n_args)
        return fail(ps, ps->line, "no terms after the language tag");
    for (size_t i = first; i < ps->n_args; i++)
        if (add_term(ps, &ps->args[i], kind, ref, owner_kind) == -1)
            return -1;
    return 0;
}

/* group NAME: terms that name several actors or roles at once ("the foreign ministers of
   Russia and the U.S."); member REF... names them, alias lines give the terms. */
static int
kw_group(parser_t *ps)
{
    const arg_t *a = &ps->args[1];
    if (!is_name(a->p, a->len))
        return fail(ps, ps->line, "bad group name \"%s\"", a->p);
    if (find_name(ps->groups, ps->n_groups, a->p) >= 0)
        return fail(ps, ps->line, "duplicate group \"%s\"", a->p);
    ps->groups = grow(ps->groups, ps->n_groups, sizeof *ps->groups);
    ps->groups[ps->n_groups] = ww_xstrdup(a->p);
    ps->cur = (uint32_t)ps->n_groups++;
    ps->section = SEC_GROUP;
    return 0;
}

static void
add_pending(pending_group_t **v, size_t *n, uint32_t group, const char *text, uint64_t bit,
            size_t line)
{
    *v = grow(*v, *n, sizeof **v);
    (*v)[(*n)++] = (pending_group_t){ group, ww_xstrdup(text), bit, line };
}

static int
kw_member(parser_t *ps)
{
    for (size_t i = 1; i < ps->n_args; i++)
        add_pending(&ps->members, &ps->n_members, ps->cur, ps->args[i].p, 0, ps->line);
    return 0;
}

static int
group_alias(parser_t *ps)
{
    if (!is_lang(ps->args[1].p, ps->args[1].len))
        return fail(ps, ps->line, "bad language tag \"%s\" (want e.g. en, ru, zh-hant)",
                    ps->args[1].p);
    note_lang(ps, ps->args[1].p);
    for (size_t i = 2; i < ps->n_args; i++)
        add_pending(&ps->group_terms, &ps->n_group_terms, ps->cur, ps->args[i].p, ps->lang_bit,
                    ps->line);
    return 0;
}

/* Adds each group term once for every member of its group. */
static int
resolve_groups(parser_t *ps)
{
    catalog_t *c = ps->cat;
    for (size_t g = 0; g < ps->n_groups; g++) {
        size_t members = 0;
        for (size_t i = 0; i < ps->n_members; i++) {
            const pending_group_t *m = &ps->members[i];
            if (m->group != g)
                continue;
            int64_t a = find_name(c->names[CATALOG_ACTOR], c->n_names[CATALOG_ACTOR], m->text);
            int64_t r = find_name(c->names[CATALOG_ROLE], c->n_names[CATALOG_ROLE], m->text);
            if (a < 0 && r < 0)
                return fail(ps, m->line, "undefined actor or role \"%s\"", m->text);
            uint8_t kind = a >= 0 ? CATALOG_ACTOR : CATALOG_ROLE;
            uint32_t ref = (uint32_t)(a >= 0 ? a : r);
            members++;
            for (size_t k = 0; k < ps->n_group_terms; k++) {
                const pending_group_t *t = &ps->group_terms[k];
                if (t->group != g)
                    continue;
                arg_t arg = { t->text, 0, strlen(t->text) };
                ps->line = t->line;
                ps->lang_bit = t->lang_bit;
                ps->reach = 0;
                ps->shared = true;
                int rc = add_term(ps, &arg, kind, ref, kind);
                ps->shared = false;
                if (rc == -1)
                    return -1;
            }
        }
        if (members < 2)
            return fail(ps, ps->line, "group \"%s\" needs two or more members", ps->groups[g]);
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Keywords                                                            */
/* ------------------------------------------------------------------ */

static int
kw_version(parser_t *ps)
{
    if (strcmp(ps->args[1].p, "1") != 0)
        return fail(ps, ps->line, "unsupported catalog version \"%s\" (this build reads %d)",
                    ps->args[1].p, CATALOG_VERSION);
    return 0;
}

static int
open_section(parser_t *ps, section_t sec, catalog_kind_t kind)
{
    ps->section = sec;
    return add_entity(ps, kind, &ps->args[1]);
}

static int kw_actor(parser_t *ps) { return open_section(ps, SEC_ACTOR, CATALOG_ACTOR); }
static int kw_role(parser_t *ps) { return open_section(ps, SEC_ROLE, CATALOG_ROLE); }
static int kw_topic(parser_t *ps) { return open_section(ps, SEC_TOPIC, CATALOG_TOPIC); }

static int
kw_action(parser_t *ps)
{
    if (ps->n_args == 3 && strcmp(ps->args[2].p, "weak") != 0)
        return fail(ps, ps->line, "unknown action flag \"%s\" (want weak)", ps->args[2].p);
    if (open_section(ps, SEC_ACTION, CATALOG_ACTION) == -1)
        return -1;
    ps->cat->weak[ps->cur] = ps->n_args == 3;
    return 0;
}

static int
kw_negation(parser_t *ps)
{
    ps->section = SEC_NEGATION;
    ps->cur = 0;
    return 0;
}

static catalog_kind_t
section_kind(section_t s)
{
    switch (s) {
    case SEC_ACTOR: return CATALOG_ACTOR;
    case SEC_ROLE: return CATALOG_ROLE;
    case SEC_ACTION: return CATALOG_ACTION;
    default: return CATALOG_TOPIC;
    }
}

static int
kw_terms(parser_t *ps)
{
    if (ps->section == SEC_GROUP)
        return group_alias(ps);
    catalog_kind_t k = section_kind(ps->section);
    return add_terms(ps, (uint8_t)k, ps->cur, (uint8_t)k);
}

static int
kw_except(parser_t *ps)
{
    return add_terms(ps, CATALOG_EXCEPT, ps->cur, (uint8_t)section_kind(ps->section));
}

static int
kw_before(parser_t *ps)
{
    return add_terms(ps, CATALOG_NEG_BEFORE, 0, CATALOG_NEG_BEFORE);
}

static int
kw_after(parser_t *ps)
{
    return add_terms(ps, CATALOG_NEG_AFTER, 0, CATALOG_NEG_AFTER);
}

/* actor: office NAME FROM TO; role: office NAME (whoever holds the role holds the office). */
static int
kw_office(parser_t *ps)
{
    catalog_t *c = ps->cat;
    if (!is_name(ps->args[1].p, ps->args[1].len))
        return fail(ps, ps->line, "bad office name \"%s\"", ps->args[1].p);
    if (ps->section == SEC_ROLE) {
        if (ps->n_args != 2)
            return fail(ps, ps->line, "a role's office line takes one name (the holders' periods "
                                      "come from its holder lines)");
        if (c->role_office[ps->cur] != CATALOG_NONE)
            return fail(ps, ps->line, "role \"%s\" already has an office",
                        c->names[CATALOG_ROLE][ps->cur]);
        c->role_office[ps->cur] = intern_office(ps, ps->args[1].p);
        return 0;
    }
    if (ps->n_args != 4)
        return fail(ps, ps->line, "usage: office NAME FROM TO");
    int32_t from, to;
    if (parse_period(ps, &ps->args[2], &ps->args[3], &from, &to) == -1)
        return -1;
    add_period(&c->tenures, &c->n_tenures, ps->cur, intern_office(ps, ps->args[1].p), from, to);
    return 0;
}

static int
kw_holder(parser_t *ps)
{
    int32_t from, to;
    if (parse_period(ps, &ps->args[2], &ps->args[3], &from, &to) == -1)
        return -1;
    ps->holders = grow(ps->holders, ps->n_holders, sizeof *ps->holders);
    ps->holders[ps->n_holders++] =
        (pending_holder_t){ ps->cur, ww_xstrdup(ps->args[1].p), from, to, ps->line };
    return 0;
}

/* event NAME actors REF... action ACTION */
static int
kw_event(parser_t *ps)
{
    catalog_t *c = ps->cat;
    const arg_t *a = ps->args;
    ps->section = SEC_NONE;
    if (!is_name(a[1].p, a[1].len))
        return fail(ps, ps->line, "bad event name \"%s\"", a[1].p);
    for (size_t i = 0; i < c->n_events; i++)
        if (strcmp(c->events[i].name, a[1].p) == 0)
            return fail(ps, ps->line, "duplicate event \"%s\"", a[1].p);
    if (ps->n_args < 6 || strcmp(a[2].p, "actors") != 0 || strcmp(a[ps->n_args - 2].p, "action") != 0)
        return fail(ps, ps->line, "usage: event NAME actors ACTOR... action ACTION");
    size_t n_refs = ps->n_args - 5;
    if (n_refs > CATALOG_EVENT_ACTORS)
        return fail(ps, ps->line, "an event has at most %d actors", CATALOG_EVENT_ACTORS);
    c->events = grow(c->events, c->n_events, sizeof *c->events);
    memset(&c->events[c->n_events], 0, sizeof c->events[0]);
    c->events[c->n_events].name = ww_xstrdup(a[1].p);
    ps->events = grow(ps->events, ps->n_events, sizeof *ps->events);
    pending_event_t *e = &ps->events[ps->n_events++];
    e->event = (uint32_t)c->n_events++;
    e->refs = ww_xcalloc(n_refs, sizeof *e->refs);
    e->n_refs = n_refs;
    for (size_t i = 0; i < n_refs; i++)
        e->refs[i] = ww_xstrdup(a[3 + i].p);
    e->action = ww_xstrdup(a[ps->n_args - 1].p);
    e->line = ps->line;
    return 0;
}

typedef int keyword_fn(parser_t *ps);

typedef struct {
    const char *word;
    keyword_fn *fn;
    size_t min_args, max_args;   /* arguments after the keyword; 0 = any number */
    unsigned sections;           /* bit (1 << section) where the line may appear */
} keyword_t;

#define IN(s) (1u << (s))
#define ANYWHERE 0xFFu
#define MANY SIZE_MAX

static const keyword_t keywords[] = {
    { "version",  kw_version,  1, 1,    ANYWHERE },
    { "actor",    kw_actor,    1, 1,    ANYWHERE },
    { "role",     kw_role,     1, 1,    ANYWHERE },
    { "action",   kw_action,   1, 2,    ANYWHERE },
    { "topic",    kw_topic,    1, 1,    ANYWHERE },
    { "negation", kw_negation, 0, 0,    ANYWHERE },
    { "group",    kw_group,    1, 1,    ANYWHERE },
    { "member",   kw_member,   1, MANY, IN(SEC_GROUP) },
    { "event",    kw_event,    5, MANY, ANYWHERE },
    { "alias",    kw_terms,    2, MANY, IN(SEC_ACTOR) | IN(SEC_ROLE) | IN(SEC_GROUP) },
    { "phrase",   kw_terms,    2, MANY, IN(SEC_ACTION) | IN(SEC_TOPIC) },
    { "except",   kw_except,   2, MANY, IN(SEC_ACTOR) | IN(SEC_ROLE) | IN(SEC_ACTION) | IN(SEC_TOPIC) },
    { "office",   kw_office,   1, 3,    IN(SEC_ACTOR) | IN(SEC_ROLE) },
    { "holder",   kw_holder,   3, 3,    IN(SEC_ROLE) },
    { "before",   kw_before,   2, MANY, IN(SEC_NEGATION) },
    { "after",    kw_after,    2, MANY, IN(SEC_NEGATION) },
};

static int
parse_line(parser_t *ps, const char *line, size_t len)
{
    if (split_line(ps, line, len) == -1)
        return -1;
    if (ps->n_args == 0)
        return 0;
    const char *w = ps->args[0].p;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        const keyword_t *k = &keywords[i];
        if (strcmp(k->word, w) != 0)
            continue;
        if (!(k->sections & IN(ps->section)))
            return fail(ps, ps->line, "\"%s\" outside the section it belongs to", w);
        size_t n = ps->n_args - 1;
        if (n < k->min_args || n > k->max_args)
            return fail(ps, ps->line, "wrong number of arguments to \"%s\"", w);
        return k->fn(ps);
    }
    return fail(ps, ps->line, "unknown keyword \"%s\"", w);
}

/* ------------------------------------------------------------------ */
/* The end of the file: references                                    */
/* ------------------------------------------------------------------ */

static int
resolve_holders(parser_t *ps)
{
    catalog_t *c = ps->cat;
    for (size_t i = 0; i < ps->n_holders; i++) {
        const pending_holder_t *h = &ps->holders[i];
        int64_t a = find_name(c->names[CATALOG_ACTOR], c->n_names[CATALOG_ACTOR], h->actor);
        if (a < 0)
            return fail(ps, h->line, "undefined actor \"%s\"", h->actor);
        add_period(&c->holders, &c->n_holders, (uint32_t)a, h->role, h->from, h->to);
        if (c->role_office[h->role] != CATALOG_NONE)
            add_period(&c->tenures, &c->n_tenures, (uint32_t)a, c->role_office[h->role], h->from,
                       h->to);
    }
    return 0;
}

static int
resolve_event(parser_t *ps, const pending_event_t *p)
{
    catalog_t *c = ps->cat;
    catalog_event_t *e = &c->events[p->event];
    int64_t act = find_name(c->names[CATALOG_ACTION], c->n_names[CATALOG_ACTION], p->action);
    if (act < 0)
        return fail(ps, p->line, "undefined action \"%s\"", p->action);
    e->action = (uint32_t)act;
    for (size_t i = 0; i < p->n_refs; i++) {
        const char *r = p->refs[i];
        if (r[0] == '@') {
            int64_t o = find_name(c->offices, c->n_offices, r + 1);
            if (o < 0)
                return fail(ps, p->line, "undefined office \"%s\" (no actor or role holds it)", r + 1);
            e->offices[e->n_offices++] = (uint32_t)o;
            continue;
        }
        int64_t a = find_name(c->names[CATALOG_ACTOR], c->n_names[CATALOG_ACTOR], r);
        if (a < 0)
            return fail(ps, p->line, "undefined actor \"%s\"", r);
        for (size_t j = 0; j < e->n_actors; j++)
            if (e->actors[j] == (uint32_t)a)
                return fail(ps, p->line, "actor \"%s\" listed twice", r);
        e->actors[e->n_actors++] = (uint32_t)a;
    }
    return 0;
}

static int
finish(parser_t *ps)
{
    if (resolve_holders(ps) == -1 || resolve_groups(ps) == -1)
        return -1;
    for (size_t i = 0; i < ps->n_events; i++)
        if (resolve_event(ps, &ps->events[i]) == -1)
            return -1;
    catalog_compile(ps->cat);
    ps->cat->dates = dates_lex_new();
    return 0;
}

static void
parser_free(parser_t *ps)
{
    ww_buf_free(&ps->scratch);
    free(ps->args);
    free(ps->term_line);
    free(ps->slots);
    for (size_t i = 0; i < ps->n_holders; i++)
        free(ps->holders[i].actor);
    free(ps->holders);
    for (size_t i = 0; i < ps->n_events; i++) {
        for (size_t j = 0; j < ps->events[i].n_refs; j++)
            free(ps->events[i].refs[j]);
        free(ps->events[i].refs);
        free(ps->events[i].action);
    }
    free(ps->events);
    for (size_t i = 0; i < ps->n_groups; i++)
        free(ps->groups[i]);
    free(ps->groups);
    for (size_t i = 0; i < ps->n_members; i++)
        free(ps->members[i].text);
    free(ps->members);
    for (size_t i = 0; i < ps->n_group_terms; i++)
        free(ps->group_terms[i].text);
    free(ps->group_terms);
}

catalog_t *
catalog_parse(const char *text, size_t len, const char *name, char *err, size_t errlen)
{
    parser_t ps = { .name = name ? name : "catalog", .err = err, .errlen = errlen };
    ps.cat = ww_xcalloc(1, sizeof *ps.cat);
    if (errlen > 0)
        err[0] = '\0';
    size_t at = 0;
    while (at < len) {
        const char *nl = memchr(text + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - text) : len;
        ps.line++;
        if (memchr(text + at, '\0', end - at) != NULL) {
            fail(&ps, ps.line, "NUL byte in the text");
            goto fail;
        }
        if (parse_line(&ps, text + at, end - at) == -1)
            goto fail;
        at = end + 1;
    }
    if (finish(&ps) == -1)
        goto fail;
    parser_free(&ps);
    return ps.cat;
fail:
    parser_free(&ps);
    catalog_destroy(&ps.cat);
    return NULL;
}

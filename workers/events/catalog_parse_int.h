/* SPDX-License-Identifier: MIT
 *
 * catalog_parse_int — the parser's state, shared by the three files that
 * read the catalog's text format and by nothing else (catalog.c, the
 * compiled snapshot, needs only catalog_int.h):
 *
 *   catalog_lex.c     a line into arguments, and the checks of one argument
 *                     (names, language tags, dates); the error message
 *   catalog_terms.c   folding a term and adding it to the catalog's table,
 *                     with a hash of the terms so far to find duplicates
 *   catalog_parse.c   the statements (one function per keyword, chosen by
 *                     a table), the references resolved at the end of the
 *                     file, and catalog_parse itself
 *
 * Every function that can fail returns 0 or -1; on -1 the message
 * "file:line: reason" is already in the caller's buffer (catalog_fail)
 * and the parse stops. The parser owns everything it points to until
 * catalog_parse frees it; what it adds to ps->cat belongs to the catalog. */
#ifndef WW_WORKERS_EVENTS_CATALOG_PARSE_INT_H
#define WW_WORKERS_EVENTS_CATALOG_PARSE_INT_H

#include "catalog_int.h"

#include "ww_buf.h"
#include "ww_strtab.h"

typedef enum {
    SEC_NONE, SEC_ACTOR, SEC_ROLE, SEC_ACTION, SEC_TOPIC, SEC_NEGATION, SEC_GROUP,
    SEC_BACKGROUND, SEC_PARTNER, SEC_DEAL, SEC_SETTING, SEC_DENIAL, SEC_CONJUNCTION,
    SEC_SUBORDINATE, SEC_COMPLEMENT, SEC_RELATIVE, SEC_PAIR, SEC_ADDITIVE, SEC_PLAN
} section_t;

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
    catalog_langs_t lang_bit;    /* terms */
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
    ww_strtab_t terms_by_bytes;  /* every term's bytes (owned by the terms), its index */
    pending_holder_t *holders;
    size_t n_holders;
    pending_event_t *events;
    size_t n_events;
    catalog_langs_t lang_bit;    /* the language of the current term line */
    uint8_t reach;               /* the reach of the current negation line */
    bool adverbial;              /* the current line is an action's `adverb` line */
    bool planned;                /* the current line is an action's `plan` line */
    bool shared;                 /* adding a group's term: one term may name several entities */
    char **groups;               /* owned group names */
    size_t n_groups;
    pending_group_t *members, *group_terms;
    size_t n_members, n_group_terms;
} parser_t;

/* ---- catalog_lex.c ---- */

/* Grows V (an array of elements of SIZE, holding N) so that it holds N + 1; its capacity is
   kept at the next power of two, at least 8. Returns the array, which may have moved. */
void *catalog_grow(void *v, size_t n, size_t size);

/* Writes "file:LINE: reason" into the parser's error buffer; returns -1. */
int catalog_fail(parser_t *ps, size_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Splits LINE (LEN bytes, no '\n') into ps->args: bare or "quoted" arguments, '#' starts a
   comment. Returns 0, or -1 (error set). */
int catalog_lex_split(parser_t *ps, const char *line, size_t len);

/* An entity name: [a-z][a-z0-9_]*, at most 63 bytes. */
bool catalog_lex_is_name(const char *s, size_t len);

/* A language tag: "en", "ru", "zh-hant", "pt-br". */
bool catalog_lex_is_lang(const char *s, size_t len);

/* FROM TO as a period: "YYYY-MM-DD" or "-" (open) each, FROM not after TO. Returns 0, or -1
   (error set). */
int catalog_lex_period(parser_t *ps, const arg_t *from, const arg_t *to, int32_t *a, int32_t *b);

/* ---- catalog_terms.c ---- */

/* Checks the language tag in ps->args[1] and makes it the language of the line's terms
   (ps->lang_bit), adding it to the catalog's languages when new. Returns 0, or -1. */
int catalog_terms_lang(parser_t *ps);

/* Folds the term A and adds it as KIND naming REF (OWNER_KIND matters for except terms
   only), with the line's language and reach. Returns 0, or -1 (error set). */
int catalog_terms_add(parser_t *ps, const arg_t *a, uint8_t kind, uint32_t ref,
                      uint8_t owner_kind);

/* LANG [REACH] TERM...: the terms of an alias, phrase, except, before or after line. Returns 0,
   or -1 (error set). */
int catalog_terms_add_line(parser_t *ps, uint8_t kind, uint32_t ref, uint8_t owner_kind);

#endif

/* SPDX-License-Identifier: MIT
 *
 * catalog_int — what catalog.c (the compiled snapshot: automaton, scan,
 * lookups) and the parser of the file format (catalog_parse.c,
 * catalog_lex.c, catalog_terms.c; their own state is in catalog_parse_int.h)
 * share. No other module includes this header. */
#ifndef WW_WORKERS_EVENTS_CATALOG_INT_H
#define WW_WORKERS_EVENTS_CATALOG_INT_H

#include "automaton.h"
#include "catalog.h"

#define CATALOG_NONE AUTOMATON_NONE
#define CATALOG_EXCEPT CATALOG_KIND_COUNT    /* term kind of an "except" term */
#define CATALOG_HEAD (CATALOG_KIND_COUNT + 1) /* term kind of the words before a phrase's gap */
#define CATALOG_GAP_WORDS 3                  /* words a gap ("wymienili ~ poglądy") may hold */
#define CATALOG_GAP_BYTES 48                 /* ... in this many bytes at most */
#define CATALOG_LANGS 128                    /* one bit each in a term's language set */

enum {
    TERM_LEFT = 1,       /* the character before the term must not be a letter or digit */
    TERM_RIGHT = 2,      /* nor the character after it */
    TERM_PROCLITIC = 4,  /* Arabic/Hebrew: one or two attached particles may precede it */
    TERM_NUMBER = 8,     /* a number must come right before it: "# times" is "20 times" */
    TERM_ENCLITIC = 16   /* Arabic: an attached pronoun may follow it ("محادثاتهما") */
};

typedef struct {
    char *bytes;         /* folded, owned */
    uint32_t len;
    uint32_t ref;        /* entity index (for an except term: the entity it protects) */
    uint32_t next;       /* next term with the same bytes, CATALOG_NONE at the end */
    uint32_t head;       /* the words after a gap: the CATALOG_HEAD term of the words before
                            it, which must end at most CATALOG_GAP_WORDS words before these
                            start; CATALOG_NONE for a term without a gap */
    uint8_t kind;        /* catalog_kind_t, or CATALOG_EXCEPT */
    uint8_t owner_kind;  /* for an except term: the kind of the entity it protects */
    uint8_t flags;       /* TERM_* */
    uint8_t reach;       /* negation cues: words they reach */
    catalog_langs_t langs; /* bit i: language i of the catalog lists this term */
} term_t;

typedef struct {
    uint32_t who;        /* actor */
    uint32_t what;       /* office (tenure) or role (holder) */
    int32_t from, to;    /* inclusive days; INT32_MIN / INT32_MAX when open */
} period_t;

struct catalog {
    char **names[4];            /* ACTOR, ROLE, ACTION, TOPIC: owned names */
    size_t n_names[4];
    bool *weak;                 /* per action */
    bool *previewed;            /* per action: it has `plan` phrases (it may be announced) */
    bool *unnamed;              /* per actor: a description, not a name ("his counterpart") */
    uint32_t *implies;          /* per action: the action it implies, or CATALOG_NONE */
    uint32_t *yields;           /* per action: the action it yields to, or CATALOG_NONE */
    uint32_t *alternative;      /* per action: the other action it may be, or CATALOG_NONE */
    int8_t *object;             /* per action: the words within which a name must follow its
                                   phrases ("object N"), or -1 */
    uint32_t *role_office;      /* per role: the office its holders hold, or CATALOG_NONE */
    char **offices;             /* owned names */
    size_t n_offices;
    period_t *tenures;          /* actor holds office; sorted by actor when compiled */
    size_t n_tenures;
    uint32_t *tenure_from;      /* per actor, and one past the last: its first tenure */
    period_t *holders;          /* actor holds role */
    size_t n_holders;
    catalog_event_t *events;    /* names owned */
    size_t n_events;
    term_t *terms;              /* owned */
    size_t n_terms;
    char langs[CATALOG_LANGS][4];  /* language tags (the part before '-'), in order of use */
    size_t n_langs;
    automaton_t ac;             /* over every term's folded bytes */
    dates_lex_t *dates;         /* owned */
};

/* Builds self->ac from self->terms, chaining terms that share bytes (term.next). */
void catalog_compile(catalog_t *self);

/* The TERM_* flags a term of BYTES (folded, without its '*' marks) needs. */
uint8_t catalog_term_flags(const char *bytes, size_t len);

#endif

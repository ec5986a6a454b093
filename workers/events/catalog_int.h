/* SPDX-License-Identifier: MIT
 *
 * catalog_int — what catalog.c (the compiled snapshot: automaton, scan,
 * lookups) and the parser of the file format (catalog_parse.c,
 * catalog_lex.c, catalog_terms.c; their own state is in catalog_parse_int.h)
 * share. No other module includes this header. */
#ifndef WW_CATALOG_INT_H
#define WW_CATALOG_INT_H

#include "catalog.h"

#define CATALOG_NONE UINT32_MAX
#define CATALOG_EXCEPT CATALOG_KIND_COUNT    /* term kind of an "except" term */
#define CATALOG_LANGS 64                     /* one bit each in a term's language mask */

enum {
    TERM_LEFT = 1,       /* the character before the term must not be a letter or digit */
    TERM_RIGHT = 2,      /* nor the character after it */
    TERM_PROCLITIC = 4   /* Arabic/Hebrew: one or two attached particles may precede it */
};

typedef struct {
    char *bytes;         /* folded, owned */
    uint32_t len;
    uint32_t ref;        /* entity index (for an except term: the entity it protects) */
    uint32_t next;       /* next term with the same bytes, CATALOG_NONE at the end */
    uint8_t kind;        /* catalog_kind_t, or CATALOG_EXCEPT */
    uint8_t owner_kind;  /* for an except term: the kind of the entity it protects */
    uint8_t flags;       /* TERM_* */
    uint8_t reach;       /* negation cues: words they reach */
    uint64_t langs;      /* bit i: language i of the catalog lists this term */
} term_t;

typedef struct {
    uint32_t who;        /* actor */
    uint32_t what;       /* office (tenure) or role (holder) */
    int32_t from, to;    /* inclusive days; INT32_MIN / INT32_MAX when open */
} period_t;

/* The Aho–Corasick automaton over the folded bytes of every term. State 0 is the root. Shallow
   states have a full 256-entry table with failures resolved; a deeper state with many children
   has a full table of its own edges; the others a short sorted edge list. */
typedef struct {
    uint32_t n_states;
    uint32_t *fail;      /* failure link */
    uint32_t *out;       /* first term ending here, CATALOG_NONE when none */
    uint32_t *dict;      /* nearest state on the failure chain with a term, or CATALOG_NONE */
    uint32_t *first;     /* the state itself when a term ends there, else dict */
    uint32_t *edge_off;  /* first edge in ebyte/eto */
    uint16_t *edge_n;    /* number of edges */
    uint32_t *dense;     /* index of a 256-entry table in dense_pool, or CATALOG_NONE */
    uint8_t *ebyte;      /* edges, sorted by byte within a state */
    uint32_t *eto;
    uint32_t *dense_pool;
} ac_t;

struct catalog {
    char **names[4];            /* ACTOR, ROLE, ACTION, TOPIC: owned names */
    size_t n_names[4];
    bool *weak;                 /* per action */
    uint32_t *role_office;      /* per role: the office its holders hold, or CATALOG_NONE */
    char **offices;             /* owned names */
    size_t n_offices;
    period_t *tenures;          /* actor holds office */
    size_t n_tenures;
    period_t *holders;          /* actor holds role */
    size_t n_holders;
    catalog_event_t *events;    /* names owned */
    size_t n_events;
    term_t *terms;              /* owned */
    size_t n_terms;
    char langs[CATALOG_LANGS][4];  /* language tags (the part before '-'), in order of use */
    size_t n_langs;
    ac_t ac;
    dates_lex_t *dates;         /* owned */
};

/* Builds self->ac from self->terms, chaining terms that share bytes. */
void catalog_compile(catalog_t *self);

/* The TERM_* flags a term of BYTES (folded, without its '*' marks) needs. */
uint8_t catalog_term_flags(const char *bytes, size_t len);

#endif

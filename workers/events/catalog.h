/* SPDX-License-Identifier: MIT
 *
 * catalog — the event catalog: actors (with their names in many languages
 * and scripts, and the offices they held when), roles ("U.S. Secretary of
 * State": whoever held it at the time), actions ("phone call", "Telefonat"),
 * topics, negation cues, and the event types that combine them. The file
 * format is documented in docs/CATALOG.md; deploy/catalog/events.catalog is
 * the catalog we ship.
 *
 * A loaded catalog is an immutable snapshot: parse, check and compile once,
 * then share it read-only (the worker swaps in a new one on SIGHUP only when
 * it loaded cleanly). Compiling folds every term into FOLD_MATCH
 * (text/fold.h) and builds one Aho–Corasick automaton over the folded UTF-8 bytes of all of them, so
 * catalog_scan reads a text once, whatever the size of the catalog. Word
 * boundaries are checked at each end of a term written in a script that
 * separates words with spaces; a '*' at that end of the term turns the check
 * off ("Лавров*", "*라브로프" ...); Han, Kana and Thai never check.
 *
 * Parsing is pure (catalog_parse reads memory); only catalog_load touches a
 * file. */
#ifndef WW_WORKERS_EVENTS_CATALOG_H
#define WW_WORKERS_EVENTS_CATALOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dates.h"

#define CATALOG_EVENT_ACTORS 8   /* actors (named or "@office") in one event type */
#define CATALOG_REACH_BEFORE 2   /* "did not [hold a] phone call": words a "before" cue reaches */
#define CATALOG_REACH_AFTER 5    /* "Telefonat [zwischen Lawrow und Kerry] fand nicht statt" */
#define CATALOG_REACH_BG_BEFORE 8 /* "recalled that [the terms had been worked out in his] phone
                                     conversations": words a background "before" cue reaches */
#define CATALOG_REACH_BG_AFTER 3  /* "had spoken by phone [with Kerry] earlier" */
#define CATALOG_REACH_PARTNER 4   /* "with [his Jordanian counterpart Nasser] Judeh" */
#define CATALOG_REACH_DEAL 8      /* "the agreements reached by [Russian Foreign Minister Sergei]
                                     Lavrov and [U.S. Secretary of State John] Kerry" */
#define CATALOG_REACH_SETTING 2   /* "in [their first] phone call" */
#define CATALOG_REACH_DENY 20     /* "denied reports that [Sergei Lavrov and John Kerry had
                                     spoken] by phone" */
#define CATALOG_REACH_SUB 1       /* "the deputy of [Sergei] Lavrov" */
#define CATALOG_REACH_PARTNER_AFTER 0 /* "[Zarif] ile" */
#define CATALOG_REACH_MAX 30      /* the largest REACH a term line may give */
#define CATALOG_ADVERBIAL 1       /* an action phrase's hit.reach: an `adverb` line's phrase, which
                                     tells how or where ("face to face", "on the sidelines of"),
                                     never what a talk was about */
#define CATALOG_PLANNED 2         /* an action phrase's hit.reach: a `plan` line's phrase, the
                                     action told as one to come ("will meet", "встретятся") */
#define CATALOG_CUE_PLAN 1        /* a negation cue's hit.ref: a `plan` section's cue, which
                                     tells the action as one to come ("will", "next week") */

typedef struct catalog catalog_t;

/* What a term names. */
typedef enum {
    CATALOG_ACTOR,       /* ref: an actor */
    CATALOG_ROLE,        /* ref: a role; its holder depends on the date */
    CATALOG_ACTION,      /* ref: an action */
    CATALOG_TOPIC,       /* ref: a topic */
    CATALOG_NEG_BEFORE,  /* a negation cue that negates an action phrase after it */
    CATALOG_NEG_AFTER,   /* a negation cue that negates an action phrase before it */
    CATALOG_BG_BEFORE,   /* a background cue ("recalled that"): the action phrase after it is
                            a recollection, not what the story reports */
    CATALOG_BG_AFTER,    /* a background cue after the action phrase it marks ("earlier") */
    CATALOG_PARTNER,     /* a word that introduces the other party of a call ("with") */
    CATALOG_DEAL,        /* words after which the actors named are the parties of a deal, not
                            of the story's action ("the agreements reached by") */
    CATALOG_SETTING,     /* words that tell an action phrase as the setting of what the
                            sentence says ("in a phone call they could not agree") */
    CATALOG_DENY_BEFORE, /* a denial of the action phrase after it ("denied reports that"):
                            a negation that leaves a setting alone ("denied in a phone call") */
    CATALOG_DENY_AFTER,  /* a denial after the action phrase it denies (Turkish "yalanladı") */
    CATALOG_CONJUNCTION, /* a word that opens another clause ("but", "но", "لكن"): no cue
                            reaches across it */
    CATALOG_SUB_BEFORE,  /* a word that makes the actor after it someone's superior, no
                            party ("заместитель [Лаврова]", "l'adjoint de [Lavrov]") */
    CATALOG_SUB_AFTER,   /* ... the actor before it ("[Lavrov]'s deputy", "[Lawrows]
                            Stellvertreter") */
    CATALOG_PARTNER_AFTER, /* a word after the other party of a call, in languages with
                            postpositions (Turkish "[Zarif] ile", Hindi "[जरीफ] के साथ") */
    CATALOG_COMPLEMENT,  /* a word that opens a clause that is a verb's object ("that",
                            "que"): a name after it is no object of the verb before it */
    CATALOG_RELATIVE,    /* a word that opens a relative clause ("who", "который"): after a
                            name and a comma, the clause tells what that one did */
    CATALOG_PAIR,        /* words that name the two parties at once ("the two ministers",
                            "стороны", "両外相"): those the story named around them */
    CATALOG_ADDITIVE,    /* a word that opens a sentence with another item of the news ("In
                            addition", "Кроме того", "Además"): no cue */
    CATALOG_KIND_COUNT
} catalog_kind_t;

/* A set of the catalog's languages, one bit each (bit i: the i-th language its term lines
   use; CATALOG_LANGS of them at most). The empty set stands for "any language". */
typedef struct {
    uint64_t w[2];
} catalog_langs_t;

static inline bool
catalog_langs_empty(catalog_langs_t a)
{
    return (a.w[0] | a.w[1]) == 0;
}

/* True when A and B share a language. */
static inline bool
catalog_langs_meet(catalog_langs_t a, catalog_langs_t b)
{
    return ((a.w[0] & b.w[0]) | (a.w[1] & b.w[1])) != 0;
}

static inline bool
catalog_langs_equal(catalog_langs_t a, catalog_langs_t b)
{
    return a.w[0] == b.w[0] && a.w[1] == b.w[1];
}

/* One term found in a text: bytes [start, end) of the scanned (folded) text. */
typedef struct {
    uint32_t start, end;
    uint32_t ref;        /* index into the kind's table (0 for negation cues; pair words:
                            0, or 1 + the action of a `readout` line) */
    uint8_t kind;        /* catalog_kind_t */
    uint8_t reach;       /* negation and background cues: how many words away the phrase they
                            mark may be; action phrases: CATALOG_ADVERBIAL or 0 */
    bool split;          /* the term's words have a gap ("wymienili we wtorek poglądy"): the
                            words between them are not the term's */
    catalog_langs_t langs; /* the languages whose term lines list the term (catalog_lang_mask) */
} catalog_hit_t;

/* A growable list of hits, owned by the caller and reused across scans. */
typedef struct {
    catalog_hit_t *v;    /* owned */
    size_t n, cap;
} catalog_hits_t;

/* An event type: the named actors, plus "@office" places, each filled by another actor who
   held that office on the day in question, and the action that joins them; an event of the
   type happens only from FROM to TO (days since the epoch; INT32_MIN, INT32_MAX: open). */
typedef struct {
    const char *name;
    uint32_t action;
    uint32_t actors[CATALOG_EVENT_ACTORS];
    size_t n_actors;
    uint32_t offices[CATALOG_EVENT_ACTORS];
    size_t n_offices;
    int32_t from, to;
} catalog_event_t;

typedef struct {
    size_t actors, roles, actions, topics, offices, events;
    size_t terms;        /* distinct folded terms in the automaton */
    size_t langs;        /* distinct language tags on term lines */
    size_t states;       /* automaton states */
    size_t date_words;   /* month, weekday and relative words (dates_words_table.c) */
} catalog_stats_t;

/* Reads and compiles the catalog file PATH. Returns the catalog (caller destroys), or NULL with
   "file:line: reason" (or "file: reason" when it cannot be read) in ERR (ERRLEN bytes). */
catalog_t *catalog_load(const char *path, char *err, size_t errlen);

/* The same from memory: TEXT is LEN bytes (need not be NUL-terminated); NAME is the file name
   used in error messages. */
catalog_t *catalog_parse(const char *text, size_t len, const char *name, char *err, size_t errlen);

/* Destroys *self_p if not NULL and sets it to NULL. Safe to call twice. */
void catalog_destroy(catalog_t **self_p);

void catalog_stats(const catalog_t *self, catalog_stats_t *out);

/* Finds every term of the catalog in TEXT (LEN bytes in FOLD_MATCH), replacing the
   contents of HITS; hits come in order of their end offset. A hit inside a longer "except" term
   of the same entity is left out. Returns hits->n. */
size_t catalog_scan(const catalog_t *self, const char *text, size_t len, catalog_hits_t *hits);

/* Frees the list and empties it. NULL-safe, idempotent. */
void catalog_hits_free(catalog_hits_t *hits);

/* Entities. Names are borrowed: valid until catalog_destroy. KIND is one of ACTOR, ROLE,
   ACTION or TOPIC; a REF out of range gives NULL. */
size_t catalog_count(const catalog_t *self, catalog_kind_t kind);
const char *catalog_name(const catalog_t *self, catalog_kind_t kind, uint32_t ref);

/* True when ACTOR was declared "unnamed": a description ("his Jordanian counterpart") that
   stands for a participant the story does not name. */
bool catalog_actor_is_unnamed(const catalog_t *self, uint32_t actor);

/* True when ACTION was declared "weak": a verb like "said" that counts only when a story
   names no other action. */
bool catalog_action_is_weak(const catalog_t *self, uint32_t action);

/* True when ACTION has `plan` phrases: told as one to come in a story's opening, it is the
   story's event (a meeting announced). */
bool catalog_action_is_previewed(const catalog_t *self, uint32_t action);

/* The action ACTION was declared to imply ("action conversation implies phone_call": two
   ministers who spoke, the medium unsaid, most likely spoke by phone), or -1. */
int64_t catalog_action_implies(const catalog_t *self, uint32_t action);

/* The other action ACTION may be ("action talks implies meeting or phone_call": talks, the
   medium unsaid, most likely held in person, but a call when the same actors had one that
   day), or -1. */
int64_t catalog_action_alternative(const catalog_t *self, uint32_t action);

/* The words within which an actor's name must follow a phrase of ACTION for it to count
   ("action dialled implies phone_call" with "object 0": "called Lavrov", not "called for"),
   or -1 when its phrases count alone. */
int catalog_action_object(const catalog_t *self, uint32_t action);

/* The action ACTION was declared to yield to ("action meeting yields phone_call": a meeting
   told in the sentence of a call is what the call arranged or discussed), or the one the
   action it implies yields to ("talks implies meeting"), or -1. */
int64_t catalog_action_yields(const catalog_t *self, uint32_t action);

/* The actor who held ROLE on DAY (days since the epoch), or -1 when nobody did. */
int64_t catalog_role_holder(const catalog_t *self, uint32_t role, int32_t day);

/* True when ACTOR held OFFICE on DAY. */
bool catalog_holds_office(const catalog_t *self, uint32_t actor, uint32_t office, int32_t day);

size_t catalog_n_events(const catalog_t *self);
/* Borrowed, until catalog_destroy; NULL when I is out of range. */
const catalog_event_t *catalog_event(const catalog_t *self, size_t i);

/* The bit of language LANG ("en", "pt", "zh-hant": the part before '-' counts) among the
   languages of the catalog's term lines, or the empty set when LANG is NULL or no term line
   uses it. */
catalog_langs_t catalog_lang_mask(const catalog_t *self, const char *lang);

/* The date lexicon compiled with this catalog (borrowed, until catalog_destroy). */
const dates_lex_t *catalog_dates(const catalog_t *self);

#endif

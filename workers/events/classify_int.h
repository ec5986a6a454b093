/* SPDX-License-Identifier: MIT
 *
 * classify_int — what the files of the classify module share; no other
 * module includes this header. The module's files, in the order the work
 * runs (classify.c lists the steps):
 *
 *   classify_lead.c    the dateline, the units (title and sentences, folded
 *                      into one text) and which of them make the lead
 *   classify.c         the scan, the hits' annotations, the story's action,
 *                      the event type, the result; classify_item itself
 *   classify_clause.c  which cue (negation, recollection, setting, partner,
 *                      deal) reaches which phrase, in its clause
 *   classify_weigh.c   which units tell the story, and the weight of each
 *   classify_evidence.c the evidence of each action phrase for or against an
 *                      event type, the choice
 *   classify_actors.c  the participants of the action
 *   classify_date.c    the event's date: which sentence dates it, what counts from what
 *   classify_date_near.c which date of a sentence is the one next to an action
 *
 * One work_t lives for one classify_item call, on its stack; everything it
 * points to is freed before classify_item returns. Units are in text order
 * and do not overlap; hits refer to bytes of work_t.text and are sorted by their start, so
 * the hits of one unit are hits [unit_hits[u], unit_hits[u + 1]). */
#ifndef WW_WORKERS_EVENTS_CLASSIFY_INT_H
#define WW_WORKERS_EVENTS_CLASSIFY_INT_H

#include "classify.h"
#include "dates.h"
#include "ww_buf.h"

#define MAX_PARTICIPANTS 16
#define UNIT_DATES_MAX 16        /* date expressions of one unit kept (classify_date_near.c) */
#define UNIT_DATES_CACHE 8       /* units whose expressions are kept at once */

/* The date expressions of one unit, scanned once for every question asked of it from one
   anchor (bytes of the folded text): classify_unit_dates. */
typedef struct {
    uint32_t unit_plus1;     /* the unit, plus 1; 0: empty */
    uint32_t n;
    int64_t anchor_ms;       /* what weekdays and relative words were counted from */
    dates_expr_t e[UNIT_DATES_MAX];
} unit_dates_t;
#define NO_DAY INT32_MIN
#define WRITER_UTC DATES_ZONE_NONE      /* work_t.writer_zone: no one zone, count from UTC */
#define WRITER_MOSCOW DATES_ZONE_MOSCOW /* ... Moscow's, with its history */

typedef struct {
    uint32_t start, end;     /* in the folded text */
    int32_t para;            /* body paragraph, -1 for the title */
    bool lead;
    bool taken_in;           /* a lead unit only because the lead took its paragraph in, to
                                meet who spoke with whom (classify_weigh.c) */
    bool prose;              /* its paragraph reads as prose: ends with a stop, or is long */
    bool question;           /* ends with a question mark: it asks, and reports nothing */
    double weight;           /* how much what it says counts: 1 in the lead, less further on */
} unit_t;

typedef struct {
    const catalog_t *cat;
    int64_t published_ms;
    int32_t pub_day;
    const char *lang;        /* as given; NULL when unknown */
    const char *lang_tag;    /* as given, or as detected once asked (classify_text_lang_mask) */
    catalog_langs_t lang_mask; /* its bit among the catalog's languages, empty = any */
    bool lang_known;         /* lang_mask is settled (given, or detected when first needed) */
    int32_t writer_zone;     /* minutes east of UTC the text's language is mostly written in,
                                WRITER_MOSCOW, or WRITER_UTC (classify_event_date) */
    int64_t anchor_ms;       /* what weekdays and relative words count from, and */
    int32_t dl_day;          /* the dateline's day or NO_DAY (both classify_event_date's) */
    const char *title, *body;
    size_t title_len, body_len;
    ww_buf_t text;           /* the folded title and sentences */
    unit_t *units;
    size_t n_units, cap_units;
    catalog_hits_t hits;
    uint32_t *unit_of;       /* per hit: its unit */
    uint32_t *unit_hits;     /* per unit: its first hit (hits are in text order); one more
                                at the end: hits.n */
    uint32_t *unit_kinds;    /* per unit: the kinds of its hits, KIND_BIT each */
    int64_t *actor_of;       /* per hit: the actor it names (roles resolved), or -1 */
    uint8_t *state;          /* per hit: HIT_* */
    dateline_t dl;
    bool has_dl;
    bool has_asides;         /* some hit is HIT_ASIDE */
    unit_dates_t *dates;     /* UNIT_DATES_CACHE entries, by unit modulo: a memo, filled
                                through a const work_t too (classify_item's stack) */
    classify_date_how_t date_how; /* where classify_event_date found the date */
    bool date_local_ahead;   /* ... and whether it is a day in a zone ahead (classify.h) */
    ww_buf_t *trace;         /* classify_explain's account, or NULL */
} work_t;

/* HIT_PARTNER: an actor that a partner word introduces ("with Cavusoglu", "mit Judeh").
   HIT_BACKGROUND: an action phrase told as a recollection ("recalled that ... in his phone
   conversations with Kerry"): not the story's action, but it does not negate the action
   elsewhere either.
   HIT_TOPIC: an action phrase that is what a talk told just before it was about ("discussed
   the Geneva talks", "ont évoqué lundi les négociations"): no evidence of its own action.
   HIT_DEAL: an actor named as a party of a deal the story names ("the agreements reached by
   Lavrov and Kerry"): a party of no action but a call told after it (classify_party).
   HIT_NO_OBJECT: an action phrase that counts only with a name after it and has none
   ("called for calm", "called on Moscow"): no evidence.
   HIT_ASIDE: a hit in a relative clause that follows a name and a comma and tells what that
   one did with another ("Zarif, who spoke with Kerry on Monday, called Lavrov"): its actors
   are no parties of an action outside it, and its actions have no parties outside it but the
   name before it (classify_mark_asides). */
enum { HIT_NESTED = 1, HIT_NEGATED = 2, HIT_BACKGROUND = 4, HIT_PARTNER = 8, HIT_DEAL = 16,
       HIT_TOPIC = 32, HIT_NO_OBJECT = 64, HIT_ASIDE = 128 };

/* A small set of actors, in the order they were added. */
typedef struct {
    uint32_t v[MAX_PARTICIPANTS];
    size_t n;
} actor_set_t;

/* ---- classify_lead.c ---- */

/* Reads w->title and w->body (both non-NULL) into w->text and w->units, finds the dateline
   (w->dl, w->has_dl) and marks the lead's units. The buffers it fills belong to W. */
void classify_find_lead(work_t *w);

/* The story's first sentence: the first unit of the body that is prose, or w->n_units. */
size_t classify_first_sentence(const work_t *w);

/* True when unit UI is the title or a scraped page's headline: a line of no prose above the
   story's first sentence. */
bool classify_is_headline(const work_t *w, size_t ui);

/* The length of a clock time at the start of P[0..N) ("19:10", "17h05", "16.47", "6時12分",
   "6시 12분"): one or two digits of hours, a mark, two digits of minutes (the first 0-5); 0
   when P does not open with one. */
size_t classify_clock_len(const char *p, size_t n);

/* ---- classify_weigh.c ---- */

/* Extends the lead to the story's top when the lead is page chrome, and sets every unit's
   weight. Needs the hits annotated (actor_of, unit_of). */
void classify_weigh_units(work_t *w);
/* True when actor hit I names someone by name (or a role's holder), not by a description
   that stands for someone unnamed ("his counterpart") (classify.c). */
bool classify_is_name(const work_t *w, size_t i);
/* True when two paragraphs or more open with a clock time: a live blog, whose entries each
   tell a story of their own. */
bool classify_live_blog(const work_t *w);

/* ---- classify_evidence.c ---- */

/* Chooses the event the evidence points to and fills OUT's type, date, confidence and
   action; leaves the type NULL (and names the story's action) when the evidence is not
   enough. */
void classify_decide(work_t *w, classify_result_t *out);

/* ---- classify_parties.c ---- */

/* The most specific event type for ACTION and the participants S; NULL when none fits. */
const catalog_event_t *classify_match_event(const work_t *w, uint32_t action,
                                            const actor_set_t *s);

/* When S holds more than two participants of the action phrase at hit M, the event type of
   the two its sentence makes the parties (S becomes those two); NULL when none fits, and then
   *KNOWN tells whether the parties are known all the same (a call of three, or one with
   someone unnamed): a call no event type names, which S must not be matched as a whole. */
const catalog_event_t *classify_nearest_parties(const work_t *w, size_t m, uint32_t action,
                                                actor_set_t *s, bool *known);

/* ---- classify_actors.c ---- */

/* The hit of the sentence that tells of the action at hit M: M itself, unless M is in the
   title or in a line of no prose above the story's first sentence (a scraped page's
   headline); then the first lead sentence (prose first) with the same unnegated action. */
size_t classify_action_sentence(const work_t *w, size_t m);

/* The clause of hit H inside unit U, as bytes [*FROM, *TO): bounded by commas, colons,
   dashes and brackets. */
void classify_clause_of(const work_t *w, const unit_t *u, const catalog_hit_t *h,
                        uint32_t *from, uint32_t *to);

/* Fills *S with the participants of the action at hit M; returns true for a tight match (the
   actors stand with the action in one title, clause or sentence). */
bool classify_participants(const work_t *w, size_t m, actor_set_t *s);

/* True when the action at hit A is a call told after the deal party at hit I, in its
   sentence ("the truce reached by Lavrov and Kerry in a phone call"). */
bool classify_deal_party_calls(const work_t *w, size_t i, size_t a);

/* Marks HIT_ASIDE on the hits of each aside: the words after a name and a comma, opened by a
   relative word of the text's language and ending at the next clause break, when they hold
   an action phrase and another actor. Needs actor_of and the actions' HIT_NESTED. */
void classify_mark_asides(work_t *w);

/* True when byte POS of unit UI lies in an aside's clause that does not hold bytes [A, B). */
bool classify_aside_apart(const work_t *w, uint32_t ui, uint32_t pos, uint32_t a, uint32_t b);

/* True when the actor at hit I stands apart from the action at hit A, one of them in an aside
   (HIT_ASIDE) the other is not in, and I is not the name the aside follows. */
bool classify_apart(const work_t *w, size_t i, size_t a);

/* The actor hit I names as a party of the action at hit A: its actor; -1 when it names none,
   stands apart from A (classify_apart), or is a party of a deal (HIT_DEAL) and A is no call
   told after it. Inline: it runs for every hit the participants are looked for among. */
static inline int64_t
classify_party(const work_t *w, size_t i, size_t a)
{
    if (((w->state[i] | w->state[a]) & HIT_ASIDE) && classify_apart(w, i, a))
        return -1;
    if (!(w->state[i] & HIT_DEAL))
        return w->actor_of[i];
    return classify_deal_party_calls(w, i, a) ? w->actor_of[i] : -1;
}

/* ---- classify_date_near.c ---- */

/* The date expressions of unit UI counted from ANCHOR_MS (bytes of the folded text), scanned
   once per item and anchor: the cues' checks count from the publication time, the date
   chooser from anchor_of's day. */
const unit_dates_t *classify_unit_dates(const work_t *w, uint32_t ui, int64_t anchor_ms);

/* Which dates classify_date_in_unit takes: any, weekdays and relative words only, or only
   those told in a named clock of Moscow or Washington (their Moscow day: "early Saturday
   Moscow time", "Friday evening Washington time"). */
typedef enum { PICK_ANY, PICK_WORDS, PICK_CLOCKED } pick_t;

/* The date expression of unit UI within its bytes [LO, HI) (the unit, or a clause of it)
   nearest the bytes [A, B), of the kind PICK takes, as its Moscow day; NO_DAY when there is
   none. *APART (when not NULL) tells whether that date lies in another clause than [A, B), or
   is the reader's. */
int32_t classify_date_in_unit(const work_t *w, uint32_t ui, uint32_t lo, uint32_t hi, uint32_t a,
                              uint32_t b, int64_t anchor_ms, pick_t pick, bool *apart);

/* Whether DAY, read outside the action's sentence, may be the news's: not a week or more
   before the anchor. */
bool classify_news_day(int32_t day, int64_t anchor_ms);

/* True when the date starting at byte START belongs to a noun ("the agreements of February
   12", "соглашений от 12 февраля"). */
bool classify_attributive(const work_t *w, uint32_t start);

/* ---- classify_date.c ---- */

/* The Moscow day of the date DAY told at bytes [START, END) of unit UI (NEXT: where the next
   date begins), and in *ZONE the clock it is told in: 1 Moscow's (or Washington's, moved to
   Moscow's), -1 a reader's ahead of Moscow, 0 none named (classify_clock.c). */
int32_t classify_moscow_day(const work_t *w, uint32_t ui, uint32_t start, uint32_t end,
                            uint32_t next, int32_t day, int *zone);

/* Fills OUT ("YYYY-MM-DD") with the date of the action at hit M, the evidence for event E, and
   w->date_how with where it came from; returns true when the text gave it, false when it fell
   back to the publication day (also when the text's date lies past the publication's Moscow
   day: TEXT_OUT then holds that date, else ""). */
bool classify_event_date(work_t *w, size_t m, const catalog_event_t *e, char out[11],
                         char text_out[11]);

/* Fills OUT with the day the action to come at hit M (a preview: classify_to_come) is
   announced for, from its sentence, or the first sentence when M's (a headline's) gives none,
   or else the publication day; sets w->date_how. Returns true when the text gave it. */
bool classify_preview_date(work_t *w, size_t m, char out[11]);

/* True when the lead sentence that tells the action at hit M, or a lead sentence of prose
   next to it, gives a date two days or more after DAY (a statement's, a truce's): that is the
   story's news. Call after classify_event_date. */
bool classify_told_later(const work_t *w, size_t m, int32_t day);

/* The day the sentence of action hit I gives next to it (the nearest date expression, any
   kind), or NO_DAY when it gives none. Call after classify_event_date. */
int32_t classify_day_at(const work_t *w, size_t i);

/* The catalog's bit of the text's language (given, else detected once); 0 when unknown. */
catalog_langs_t classify_text_lang_mask(work_t *w);

/* ---- classify_clause.c ---- */

/* True when the folded bytes [A, B) stay in one clause and hold at most REACH words (AFTER:
   they follow an action phrase, where the commas of Chinese and Japanese end its clause). */
bool classify_near_in_clause(const work_t *w, uint32_t a, uint32_t b, int reach, bool after);

/* True when hit H's language is the text's (any, when the text's is unknown): a cue, a
   conjunction or a complement word counts in its own language only. */
bool classify_of_text_lang(work_t *w, const catalog_hit_t *h);

/* classify_of_text_lang for a reader that may not detect the language: as it stands (the
   caller's language, or the one detected once a cue asked; any before that). */
bool classify_of_lang_so_far(const work_t *w, const catalog_hit_t *h);

/* True when a cue of the text's language, of kinds BEFORE / AFTER (CATALOG_KIND_COUNT: none
   of that side), reaches action or actor hit I in its clause. */
bool classify_is_cued(work_t *w, size_t i, uint8_t before, uint8_t after);

/* True when action hit I is told as one to come, and nothing else negates it: a `plan`
   phrase ("will meet"), or a phrase a `plan` cue reaches ("will hold talks", "next week"),
   that no other negation cue or denial reaches ("will not meet", "cancelled"). */
bool classify_to_come(work_t *w, size_t i);

/* True when a number of three or more stands right before action hit I ("30 phone calls"):
   a count of contacts, told as background. */
bool classify_is_count(const work_t *w, size_t i);

/* ---- shared inline helpers ---- */

static inline bool
classify_is_action(const catalog_hit_t *h)
{
    return h->kind == CATALOG_ACTION;
}

/* A hit kind's bit in a unit's kinds (work_t.unit_kinds). */
#define KIND_BIT(k) (UINT32_C(1) << (k))
_Static_assert(CATALOG_KIND_COUNT < 32, "a unit's kinds are bits of 32");

/* True when unit U holds a hit of one of the KINDS (KIND_BITs): the walks over its hits
   that look for those kinds only can skip it otherwise. */
static inline bool
classify_unit_holds(const work_t *w, size_t u, uint32_t kinds)
{
    return (w->unit_kinds[u] & kinds) != 0;
}

/* True when action REF is ACTION or one that may be it ("sprachen" for "telefoniert"). */
static inline bool
classify_may_be(const catalog_t *cat, uint32_t ref, uint32_t action)
{
    return ref == action || catalog_action_implies(cat, ref) == (int64_t)action;
}

/* True when hit I is an occurrence of ACTION, neither nested nor negated, in a lead unit. */
static inline bool
classify_tells_of(const work_t *w, size_t i, uint32_t action)
{
    const catalog_hit_t *h = &w->hits.v[i];
    return h->kind == CATALOG_ACTION && h->ref == action && w->state[i] == 0 &&
           w->units[w->unit_of[i]].lead;
}

/* Adds actor A (ignored when negative, or when the set is full) unless it is there. */
static inline void
classify_set_add(actor_set_t *s, int64_t a)
{
    if (a < 0 || s->n == MAX_PARTICIPANTS)
        return;
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i] == (uint32_t)a)
            return;
    s->v[s->n++] = (uint32_t)a;
}

static inline bool
classify_set_has(const actor_set_t *s, uint32_t a)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i] == a)
            return true;
    return false;
}

#endif

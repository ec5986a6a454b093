/* SPDX-License-Identifier: MIT
 *
 * classify — decides which known event a wire item reports and when it
 * happened, from the item's title and body and a loaded catalog.
 *
 * Pure: no I/O, clock or global state; the only input besides the text is
 * the publication time, which supplies the year a text leaves out and the
 * holder of a role ("the U.S. Secretary of State") on that day.
 *
 * The rules (docs/CATALOG.md has the long form):
 *  - The lead weighs most: the title, up to two paragraphs before the
 *    dateline (the standfirst), and the dateline's paragraph and the next
 *    one, at most CLASSIFY_LEAD_SENTENCES sentences; without a dateline, the
 *    first paragraph of prose and the next one, and the short lines before
 *    them. When the lead names no actor and no topic (page chrome), the
 *    story's top is the lead instead: the first unit naming an actor and
 *    the sentences after it; when it names a topic but no actor, the next
 *    paragraph of prose joins it (the wire's "Lavrov made the demand in a
 *    telephone conversation with Kerry"). Later sentences count less the further they
 *    lie, and an event needs a lead sentence that says it: a call that the
 *    background paragraphs mention in passing does not make a story a call.
 *  - Every action phrase is evidence for the event type its participants
 *    and its action make, weighted by its sentence; a phrase whose action
 *    implies another ("discussed" implies a call) is weaker evidence of that
 *    one; participants found around the phrase rather than with it count
 *    less; a negated phrase ("did not speak by phone", "kein Telefonat",
 *    "could not reach") counts against; a recollection ("recalled that")
 *    and a weak action ("said") count for nothing. The type with the most
 *    evidence wins, so a call told in the title and the lead outweighs a
 *    meeting mentioned once. Talk words alone ("discussed", "consultations"),
 *    a phrase whose parties are only found around it, or a meeting, after
 *    the first sentence make no event when the title or the first sentence
 *    states a call of two named others that no type names. Nor does a call
 *    told in passing (past the first paragraph, standing alone, in a story
 *    whose opening names no one and tells no talk), nor a headline's talk
 *    over a body that tells it only as a habit, a count or a recollection.
 *    A call told only past the first sentence yields to another call of
 *    ours that the first sentence states outright, of no day or of the last
 *    two: the first sentence's call is the news.
 *  - The participants are the actors (and role holders on the publication
 *    day) found together with the action: in the title when it carries the
 *    action and two actors, else in the action's clause, else in its
 *    sentence, else in the title and the sentences around it (a looser
 *    match, lower confidence).
 *  - The event type is the most specific one whose actors and action match;
 *    "@office" places are filled by other participants holding the office.
 *  - The date is the one the action's sentence gives (the expression
 *    nearest the action), else a weekday or relative word in the sentences
 *    around it, else the dateline's, else a date in another sentence of the
 *    action or around it, else a weekday or relative word in the lead, else
 *    the publication date (date_from_text false, lower confidence). A date
 *    a week or more before the publication, read outside the action's
 *    sentence, is background and not taken; so is a range of days ("Sept.
 *    8-9"), a date a German participle phrase holds ("die am Freitag
 *    vereinbarte Waffenruhe") and one marked as a start ("27일 0시부터").
 *    A later sentence that tells the action in Moscow's or Washington's
 *    named clock gives the Moscow day over a lead's day one apart. An
 *    event dated two days or more before the publication, in a story whose
 *    lead prose dates something later, is recalled: no event. */
#ifndef WW_WORKERS_EVENTS_CLASSIFY_H
#define WW_WORKERS_EVENTS_CLASSIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "catalog.h"
#include "ww_buf.h"

#define CLASSIFY_MAX_ACTORS 8
#define CLASSIFY_MAX_TOPICS 8
#define CLASSIFY_LEAD_SENTENCES 4   /* sentences from the dateline's paragraph on */
#define CLASSIFY_STANDFIRST 2       /* paragraphs before the dateline that belong to the lead */
#define CLASSIFY_PRE_LINES 4        /* without a dateline: short lines before the first prose */
#define CLASSIFY_TEXT_MAX 65536     /* bytes of folded text read: the rest of a page is not */
#define CLASSIFY_UNIT_MAX 2048      /* a longer sentence (its stops lost) is cut at spaces */

/* Where the event's date came from, surest first. */
typedef enum {
    CLASSIFY_DATE_NONE,           /* no event */
    CLASSIFY_DATE_TEXT,           /* a date, weekday or relative word the text gives for the
                                     action (its sentence, the ones around it, the lead) */
    CLASSIFY_DATE_DATELINE,       /* the dateline's: the day the writer filed, which may be a day
                                     after the event */
    CLASSIFY_DATE_PUBLISHED       /* none in the text: the publication day */
} classify_date_how_t;

typedef struct {
    const char *type;             /* event type name, borrowed from the catalog; NULL = no event */
    char date[11];                /* "YYYY-MM-DD" resolved event date ("" when no event) */
    char text_date[11];           /* the date the text gives, when it lies past the publication's
                                     Moscow day (date is then that day), or two days or more
                                     before it (no event then: a recollection); "" otherwise */
    bool date_from_text;          /* false = fell back to the publication date */
    classify_date_how_t date_how; /* where date came from (date_from_text: not PUBLISHED) */
    bool date_local_ahead;        /* date is the text's, read as the writer's own day in a time
                                     zone more than an hour ahead of Moscow's: a call in the
                                     Moscow evening was there the next day, so the event may be
                                     on the Moscow day before */
    double confidence;            /* 0..1 */
    const char *actors[8]; size_t n_actors;  /* canonical actor names found, borrowed */
    uint32_t parties;             /* the set of named actors found (not "unnamed" descriptions
                                     such as "his counterpart"), as a hash of their names
                                     independent of order; 0 when none */
    const char *action;           /* canonical action name or NULL */
    const char *alt_type;         /* the event type the story may be instead, or NULL: its
                                     event rests only on phrases of an action that may be
                                     another ("talks implies meeting or phone_call"), whose
                                     participants make ALT_TYPE with that other action (the
                                     worker joins that type's instance of the day, if any) */
    const char *topics[8]; size_t n_topics;
} classify_result_t;

/* Classifies one item. TITLE and BODY are (ptr, len) UTF-8, chrome already stripped, original
   case, paragraphs joined by "\n"; either may be empty (and then NULL). LANG ("en", "ru", ...)
   may be NULL or "und"; it only decides whether words that differ between languages count as
   dates. PUBLISHED_MS is the publication time in ms since the epoch (UTC). Fills *OUT, whose
   strings are borrowed from CAT and live until catalog_destroy. Actors are listed in the
   order the story names them (the lead first), topics by how often they come up.
   Returns 0; never fails on any input, valid UTF-8 or not. */
int classify_item(const catalog_t *cat, const char *title, size_t title_len, const char *body,
                  size_t body_len, const char *lang, int64_t published_ms, classify_result_t *out);

/* The date the text itself gives for the event of OUT, for comparing copies: text_date when
   set (also when OUT reports no event, for a recollection days old), else date unless it fell
   back to the publication day; NULL when the text gives none. */
const char *classify_text_day(const classify_result_t *out);

/* classify_item that also appends to TRACE how it decided, for people and tools
   (eval/explain): the units with the lead marked, every hit with its unit and state, the
   story's action, its participants and the event type. Same result as classify_item. */
int classify_explain(const catalog_t *cat, const char *title, size_t title_len, const char *body,
                     size_t body_len, const char *lang, int64_t published_ms,
                     classify_result_t *out, ww_buf_t *trace);

#endif

/* SPDX-License-Identifier: MIT
 *
 * classify_weigh — the first half of step 5 of classify (see classify.c): which
 * units tell the story and how much each weighs. The lead counts whole; it
 * takes in the paragraph that names who spoke with whom, the sentence an
 * excerpt's title points to, the "the sides also discussed" after a readout's
 * cut lead; a live blog's entries count as stories of their own; the rest
 * counts less the further it lies; a listing's or an aggregator's first line that names
 * someone is its lead. classify_evidence.c weighs each action phrase's evidence by its
 * unit. */
#include "classify_int.h"

#include <string.h>

#define WEIGHT_TITLE 1.5      /* the title says what the story is about */
#define WEIGHT_TAIL 0.35      /* the weight of the first unit after the lead ... */
#define WEIGHT_DECAY 0.8      /* ... times this for each unit further on ... */
#define WEIGHT_MIN 0.05       /* ... down to this */

/* ------------------------------------------------------------------ */
/* The story's top and the weight of each unit                         */
/* ------------------------------------------------------------------ */

/* True when unit range [FROM, TO) names actor A. */
static bool
names_actor(const work_t *w, size_t from, size_t to, int64_t a)
{
    for (size_t i = w->unit_hits[from]; i < w->unit_hits[to]; i++)
        if (w->actor_of[i] == a)
            return true;
    return false;
}

/* True when unit range [FROM, TO) names an actor other than A (any actor: A = -1). */
static bool
names_another(const work_t *w, size_t from, size_t to, int64_t a)
{
    for (size_t i = w->unit_hits[from]; i < w->unit_hits[to]; i++)
        if (w->actor_of[i] >= 0 && w->actor_of[i] != a)
            return true;
    return false;
}

/* True when unit range [FROM, TO) names an actor other than A who, with A, may be the two
   parties of some event type: the other one spoken with ("... with Kerry"), not a third
   whose own words the story goes on to ("defence minister Shoigu said on Sunday ..."). */
static bool
names_a_party_with(const work_t *w, size_t from, size_t to, int64_t a)
{
    for (size_t i = w->unit_hits[from]; i < w->unit_hits[to]; i++) {
        int64_t who = w->actor_of[i];
        if (who < 0 || who == a)
            continue;
        actor_set_t two = { .n = 0 };
        classify_set_add(&two, a);
        classify_set_add(&two, who);
        for (size_t k = 0; k < catalog_n_events(w->cat); k++)
            if (classify_match_event(w, catalog_event(w->cat, k)->action, &two) != NULL)
                return true;
    }
    return false;
}

/* True when the body's own lead (no paragraph taken in) tells an action, unnegated and not
   recalled, in a sentence that names no one: its parties are named around it ("The two
   ministers spoke by phone on Monday." then "Lavrov urged ...", "Kerry said ..."). */
static bool
lead_action_without_parties(const work_t *w)
{
    for (size_t i = 0; i < w->hits.n; i++) {
        uint32_t ui = w->unit_of[i];
        const unit_t *u = &w->units[ui];
        if (u->lead && !u->taken_in && u->para >= 0 && classify_is_action(&w->hits.v[i]) &&
            w->state[i] == 0 && !catalog_action_is_weak(w->cat, w->hits.v[i].ref) &&
            !names_another(w, ui, ui + 1, -1 /* anyone */))
            return true;
    }
    return false;
}

/* True when unit range [FROM, TO) tells an action (unnegated, not recalled, not weak) and
   names one actor only, not A: the other party of someone it does not name again ("The
   minister made the remarks in a telephone conversation with John Kerry"). */
static bool
tells_with_one_other(const work_t *w, size_t from, size_t to, int64_t a)
{
    int64_t other = -1;
    bool action = false;
    for (size_t i = w->unit_hits[from]; i < w->unit_hits[to]; i++) {
        int64_t who = w->actor_of[i];
        if (who >= 0 && (who == a || (other >= 0 && who != other)))
            return false;
        if (who >= 0)
            other = who;
        action |= classify_is_action(&w->hits.v[i]) && w->state[i] == 0 &&
                  !catalog_action_is_weak(w->cat, w->hits.v[i].ref);
    }
    return other >= 0 && action;
}

/* A lead that names no actor ("Russia urged the U.S. on Monday to rein in the rebels in
   Aleppo"), or one only ("Lavrov noted that the rebels refuse a ceasefire, the ministry
   said"), tells the news by what was said: the wire names who said it to whom, and where, in
   the next paragraph of prose ("Lavrov made the demand in a telephone conversation with
   Kerry"), which belongs to the lead then; when the lead named someone, only if that
   paragraph names them again, or tells an action with one other and no one else ("The
   minister made the remarks in a telephone conversation with Kerry": a story about stocks
   that names Putin is not told further by "Lavrov and Kerry spoke by phone"). A lead that names
   someone takes in one paragraph, and a second only when the first named them alone again and
   the second tells the action with one other ("... Lavrov drew his interlocutor's attention
   to ..." then "The conversation with Kerry took place by phone on Saturday"); one that named
   no one may take in a second, to meet whom the actor its first named spoke with (AGAIN: it
   took one in already). Returns whether the lead may take in another: TAKE_AGAIN, or
   TAKE_AGAIN_LATER when no excerpt's pair or sides' sentence is taken in first. */
enum { TAKE_NO_MORE, TAKE_AGAIN, TAKE_AGAIN_LATER };

static int
extend_lead_to_speaker(work_t *w, bool again)
{
    int64_t named = -1;                 /* the one actor the lead names, or -1 */
    size_t last = w->n_units;
    for (size_t i = 0; i < w->hits.n; i++) {
        const unit_t *u = &w->units[w->unit_of[i]];
        if (w->actor_of[i] < 0 || !u->lead || u->para < 0)
            continue;
        if (named >= 0 && w->actor_of[i] != named)
            return TAKE_NO_MORE;               /* two: the lead tells them together */
        named = w->actor_of[i];
    }
    for (size_t u = 0; u < w->n_units; u++)
        if (w->units[u].lead && w->units[u].para >= 0)
            last = u;
    if (last == w->n_units || (again && named < 0))
        return TAKE_NO_MORE;
    size_t from = w->n_units, to = w->n_units;
    for (size_t u = last + 1; u < w->n_units; u++) {
        if (from == w->n_units && w->units[u].prose)
            from = u;
        if (from < w->n_units && w->units[u].para != w->units[from].para) {
            to = u;
            break;
        }
    }
    /* a lead that told the action without its parties meets the other in a paragraph; taken
       in a second time, only the paragraph that tells the action with one other does */
    bool with_other = named >= 0 && tells_with_one_other(w, from, to, named);
    bool again_speaker = named >= 0 && names_actor(w, from, to, named) &&
                         !names_another(w, from, to, named);
    bool meets = named >= 0 && (again ? with_other
                                      : (names_actor(w, from, to, named) ||
                                         (lead_action_without_parties(w) &&
                                          names_a_party_with(w, from, to, named)) ||
                                         with_other));
    if (from == w->n_units || (named >= 0 && !meets))
        return TAKE_NO_MORE;
    for (size_t u = from; u < to; u++)
        w->units[u].lead = w->units[u].taken_in = true;
    return named < 0 ? TAKE_AGAIN : !again && again_speaker ? TAKE_AGAIN_LATER : TAKE_NO_MORE;
}

/* True when unit range [FROM, TO) tells an action that is not weak; one unnegated and not
   recalled only when TOLD. */
static bool
tells_action(const work_t *w, size_t from, size_t to, bool told)
{
    for (size_t i = w->unit_hits[from]; i < w->unit_hits[to]; i++)
        if (classify_is_action(&w->hits.v[i]) && (!told || w->state[i] == 0) &&
            !catalog_action_is_weak(w->cat, w->hits.v[i].ref))
            return true;
    return false;
}

/* Adds the actors unit U names to the pair *A, *B (-1: none yet); false when U names a third. */
static bool
add_named(const work_t *w, size_t u, int64_t *a, int64_t *b)
{
    for (size_t i = w->unit_hits[u]; i < w->unit_hits[u + 1]; i++) {
        int64_t who = w->actor_of[i];
        if (who < 0 || who == *a || who == *b)
            continue;
        if (*b >= 0)
            return false;
        *(*a < 0 ? a : b) = who;
    }
    return true;
}

/* A page cut out of the middle of a story (a scraped excerpt) whose title, or address, names
   two actors and whose lead tells no action, not even one to come: the story is what the
   first sentence that tells an action and names both of them says ("Lavrov informed Kerry of ...", in the
   fifth paragraph of a page that opens with what Lavrov said). That sentence joins the lead.
   A title that names more than two, or a lead that tells an action, is a story of its own. */
static bool
take_in_titled_pair(work_t *w)
{
    int64_t a = -1, b = -1;
    size_t body = 0;
    for (; body < w->n_units && w->units[body].para < 0; body++)
        if (!add_named(w, body, &a, &b))
            return false;               /* three */
    if (b < 0)
        return false;
    for (size_t u = 0; u < w->n_units; u++)
        if (w->units[u].lead && tells_action(w, u, u + 1, false))
            return false;
    for (size_t u = body; u < w->n_units; u++)
        if (!w->units[u].lead && w->units[u].prose && tells_action(w, u, u + 1, true) &&
            names_actor(w, u, u + 1, a) && names_actor(w, u, u + 1, b)) {
            w->units[u].lead = w->units[u].taken_in = true;
            return true;
        }
    return false;
}

/* A readout cut after its first paragraph: a lead that names two actors, each with what they
   said, and tells no action ("Lavrov stressed ..." "Kerry assured ..."), then "The sides also
   discussed ..." right after it, naming no one: that sentence is the lead's, its parties the
   two. A lead that names one actor, or three, or tells an action, is another story. */
static bool
take_in_sides_action(work_t *w)
{
    int64_t a = -1, b = -1;
    size_t last = w->n_units;
    for (size_t u = 0; u < w->n_units; u++) {
        if (!w->units[u].lead || w->units[u].para < 0)
            continue;
        if (tells_action(w, u, u + 1, false) || !add_named(w, u, &a, &b))
            return false;               /* an action of its own, or three */
        last = u;
    }
    size_t u = last + 1;                /* prose, or the last words of a scrape cut short */
    if (b < 0 || u >= w->n_units || !(w->units[u].prose || u + 1 == w->n_units) ||
        w->units[u].lead ||
        !tells_action(w, u, u + 1, true) || names_another(w, u, u + 1, -1 /* anyone */))
        return false;
    w->units[u].lead = w->units[u].taken_in = true;
    return true;
}

/* True when unit U holds a date of the publication's day or the two before it ("on
   Saturday", "today", "5 March"): what it tells is news, not a recollection. */
#define FRESH_DAYS 2

static bool
dated_fresh(const work_t *w, size_t u)
{
    const unit_dates_t *d = classify_unit_dates(w, (uint32_t)u, w->published_ms);
    for (size_t k = 0; k < d->n; k++)
        if (d->e[k].days <= w->pub_day && d->e[k].days >= w->pub_day - FRESH_DAYS)
            return true;
    return false;
}

/* True when the sentence after unit U, in its paragraph or the next, names actor A or B:
   what U tells goes on ("A senior official said Kerry made clear ..."), one of the story's
   items, not a line in passing. */
static bool
told_on(const work_t *w, size_t u, int64_t a, int64_t b)
{
    size_t v = u + 1;
    return v < w->n_units && w->units[v].para <= w->units[u].para + 1 &&
           (names_actor(w, v, v + 1, a) || names_actor(w, v, v + 1, b));
}

/* True when unit U is a sentence of prose past the lead that tells an action, unrecalled, of
   two actors it names (*A and *B) on a day of the news: an item that may join the lead. */
static bool
tells_a_pair_fresh(const work_t *w, size_t u, int64_t *a, int64_t *b)
{
    *a = *b = -1;
    return !w->units[u].lead && w->units[u].prose && tells_action(w, u, u + 1, true) &&
           add_named(w, u, a, b) && *b >= 0 && dated_fresh(w, u);
}

/* A story whose lead tells no action outright (its headline is the topic: "Aleppo under
   fire") and which tells, further down, an action of two actors named together on a day of
   the news ("On Saturday Lavrov and Kerry again spoke by phone"): that sentence is a story
   of its own and joins the lead when the next sentence goes on about it. An undated sentence
   there is background; a recollection ("had spoken", "weeks earlier") is no news; a lone
   sentence is a line in passing. */
static bool
take_in_dated_pair(work_t *w)
{
    size_t u = 0;
    for (; u < w->n_units && w->units[u].lead; u++)
        if (tells_action(w, u, u + 1, true))
            return false;
    for (size_t v = u; v < w->n_units; v++) {
        if (w->units[v].lead)
            return false;
        int64_t a, b;
        if (tells_a_pair_fresh(w, v, &a, &b) && told_on(w, v, a, b)) {
            w->units[v].lead = w->units[v].taken_in = true;
            return true;
        }
    }
    return false;
}

/* True when unit U opens with an additive word of its language ("In addition", "Кроме того",
   "Además", "此外"): it tells another item of the news. */
#define ADDITIVE_AT 3           /* bytes before the word: an opening quote or dash */

static bool
opens_with_addition(const work_t *w, size_t u)
{
    for (size_t i = w->unit_hits[u]; i < w->unit_hits[u + 1]; i++) {
        const catalog_hit_t *h = &w->hits.v[i];
        if (h->start > w->units[u].start + ADDITIVE_AT)
            return false;
        if (h->kind == CATALOG_ADDITIVE && classify_of_lang_so_far(w, h))
            return true;
    }
    return false;
}

/* A story whose lead tells another event ("Lavrov held talks with Steinmeier in Berlin") and
   which adds, past the lead, a sentence that opens with an additive word and tells an action
   of two actors it names, on a day of the news ("Кроме того, в среду Лавров провел
   телефонный разговор с Джоном Керри", "Además, el jefe de la diplomacia rusa mantuvo este
   martes una conversación telefónica con John Kerry"): that item is one of the story's and
   joins the lead. */
static bool
take_in_added_item(work_t *w)
{
    for (size_t u = 0; u < w->n_units; u++) {
        int64_t a, b;
        if (!opens_with_addition(w, u) || !tells_a_pair_fresh(w, u, &a, &b))
            continue;
        w->units[u].lead = w->units[u].taken_in = true;
        return true;
    }
    return false;
}

/* True when unit U is a line of a clock time alone, with its "p.m." or its zone's name at most
   ("8:30 p.m.", "3.41pm GMT", "19:42 MSK"): a live blog's stamp over the entry below it. */
#define STAMP_TAIL 12

static bool
clock_line(const work_t *w, size_t u)
{
    const unit_t *unit = &w->units[u];
    const char *p = w->text.ptr + unit->start;
    size_t n = unit->end - unit->start, k = classify_clock_len(p, n);
    if (unit->para < 0 || k == 0 || n - k > STAMP_TAIL)
        return false;
    for (size_t j = k; j < n; j++)
        if (!(p[j] >= 'a' && p[j] <= 'z') && p[j] != ' ' && p[j] != '.')
            return false;
    return true;
}

/* True when unit U opens a paragraph of prose with a clock time ("17h05", "19:10", "16.47"),
   or opens the paragraph under a clock's line: an entry of a live blog. A line of no prose
   after a time ("14:45 Lavrov and Kerry discuss Ukraine in phone call") is a news feed's
   headline, beside the story. */
static bool
opens_entry(const work_t *w, size_t u)
{
    const unit_t *unit = &w->units[u];
    if (unit->para < 0 || !unit->prose || (u > 0 && w->units[u - 1].para == unit->para))
        return false;
    if (u > 0 && clock_line(w, u - 1))
        return true;                    /* the entry under its stamp's line */
    const char *p = w->text.ptr + unit->start;
    size_t n = unit->end - unit->start, k = classify_clock_len(p, n);
    return k > 0 && k < n && p[k] == ' ';
}

/* True when two paragraphs or more open with a clock time, or follow a line of one: a live
   blog, whose entries each tell a story of their own, however far down. */
#define LIVE_ENTRIES 2

bool
classify_live_blog(const work_t *w)
{
    size_t entries = 0;
    for (size_t u = 0; u < w->n_units && entries < LIVE_ENTRIES; u++)
        entries += opens_entry(w, u);
    return entries >= LIVE_ENTRIES;
}

/* True when unit U is a line of no prose that no prose follows: an item of a list ("Latest
   news"), or the last line of the page, not a headline over its story. */
static bool
list_line(const work_t *w, size_t u)
{
    return !w->units[u].prose && (u + 1 == w->n_units || !w->units[u + 1].prose);
}

/* True when unit U is a short line of no prose that ends with a clock time ("15 июня, 19:42",
   "2016-06-15 19:42"): a listing's stamp over the headline of its next line. */
#define STAMP_MAX 40

static bool
stamp_line(const work_t *w, size_t u)
{
    const unit_t *unit = &w->units[u];
    size_t n = unit->end - unit->start;
    const char *p = w->text.ptr + unit->start;
    if (unit->prose || n > STAMP_MAX)
        return false;
    for (size_t k = 0; k + 4 <= n; k++)
        if ((k == 0 || p[k - 1] == ' ') && classify_clock_len(p + k, n - k) == n - k)
            return true;
    return false;
}

/* True when unit U names someone (an actor hit that still stands for one). */
static bool
names_someone(const work_t *w, size_t u)
{
    for (uint32_t i = w->unit_hits[u]; i < w->unit_hits[u + 1]; i++)
        if (w->actor_of[i] >= 0)
            return true;
    return false;
}

/* True when no unit of the page is prose: a listing, an aggregator's page. */
static bool
no_prose(const work_t *w)
{
    for (size_t u = 0; u < w->n_units; u++)
        if (w->units[u].prose)
            return false;
    return true;
}

/* A listing (a page of no prose: an agency's page of a person, a topic or a rubric) whose lines
   are stamped headlines: its first entry that names someone, the latest of them, is what the
   page shows of them ("15 июня, 19:42 / Лавров и Керри обсудили по телефону ... / Министры
   также затронули ..."); entries above it tell other news. It joins the lead with its stamp,
   which dates it, and the lines up to the next stamp. */
static bool
take_in_first_entry(work_t *w)
{
    if (!no_prose(w))
        return false;
    for (size_t s = 0; s + 1 < w->n_units; s++) {
        if (!stamp_line(w, s))
            continue;
        if (w->units[s + 1].lead)
            return false;
        if (!names_someone(w, s + 1))
            continue;                   /* another story's entry above it */
        for (size_t u = s; u < w->n_units && (u == s || !stamp_line(w, u)); u++)
            w->units[u].lead = w->units[u].taken_in = true;
        return true;
    }
    return false;
}

/* True when unit U is a line of no prose that ends with its age, an aggregator's headline
   ("Lavrov, Kerry discuss Aleppo by phone Reuters 8h", "... 25m", "... 3 hours ago"). */
static bool
aged_line(const work_t *w, size_t u)
{
    static const char *const ends[] = { "h", "m", "min", "mins", "hrs", "hours ago",
                                        "minutes ago", "hour ago" };
    const unit_t *unit = &w->units[u];
    if (unit->prose || unit->para < 0)
        return false;
    const char *p = w->text.ptr + unit->start;
    size_t n = unit->end - unit->start;
    while (n > 0 && p[n - 1] == ' ')
        n--;
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t m = strlen(ends[k]), d = n - m;
        if (n <= m + 1 || memcmp(p + d, ends[k], m) != 0)
            continue;
        if (d > 0 && p[d - 1] == ' ' && m > 3)
            d--;                        /* "3 hours ago" */
        size_t digits = d;
        while (digits > 0 && p[digits - 1] >= '0' && p[digits - 1] <= '9')
            digits--;
        if (digits < d && digits > 0 && p[digits - 1] == ' ')
            return true;
    }
    return false;
}

/* An aggregator's list of no prose whose lines end with their age (three or more): its first
   line that names someone is what the page shows of them ("Russian warships pass ... 1h /
   Lavrov, Kerry discuss eastern Aleppo by phone on Thursday ... Reuters 8h"); it joins the
   lead. */
#define AGED_LINES 3

static bool
take_in_aged_entry(work_t *w)
{
    if (!no_prose(w))
        return false;
    size_t aged = 0, first = w->n_units;
    for (size_t u = 0; u < w->n_units; u++) {
        if (!aged_line(w, u))
            continue;
        aged++;
        if (first == w->n_units && names_someone(w, u))
            first = u;
    }
    if (aged < AGED_LINES || first == w->n_units || w->units[first].lead)
        return false;
    w->units[first].lead = w->units[first].taken_in = true;
    return true;
}

/* When the lead names no actor and no topic (a page whose first paragraphs are chrome: a
   paywall notice, a menu), the story's top is the lead instead: the first unit that names
   an actor, not a list's line, and the units after it (CLASSIFY_LEAD_SENTENCES of prose). A
   lead that names a topic is a story of its own, and an actor named later is a passing
   mention. Then weighs every unit: a lead unit counts whole, a later one less the further it
   lies. */
void
classify_weigh_units(work_t *w)
{
    size_t top = w->n_units;
    for (size_t i = 0; i < w->hits.n; i++) {
        const catalog_hit_t *h = &w->hits.v[i];
        if (w->actor_of[i] < 0 && h->kind != CATALOG_TOPIC)
            continue;
        if (w->units[w->unit_of[i]].lead) {
            top = w->n_units;               /* the lead is the story's: it stays */
            break;
        }
        if (w->actor_of[i] >= 0 && w->unit_of[i] < top && !list_line(w, w->unit_of[i]))
            top = w->unit_of[i];
    }
    size_t prose = 0;
    for (size_t u = top; u < w->n_units && prose < CLASSIFY_LEAD_SENTENCES; u++) {
        w->units[u].lead = true;
        prose += w->units[u].prose;
    }
    /* the speaker's paragraph, then the one that names whom they spoke with */
    int more = top == w->n_units ? extend_lead_to_speaker(w, false) : TAKE_NO_MORE;
    if (more == TAKE_AGAIN)
        extend_lead_to_speaker(w, true);
    bool titled = take_in_titled_pair(w);
    bool sides = take_in_sides_action(w);
    if (!titled && !sides && more == TAKE_AGAIN_LATER)
        extend_lead_to_speaker(w, true);
    else if (!titled && !sides && !take_in_dated_pair(w) && !take_in_first_entry(w) &&
             !take_in_aged_entry(w))
        take_in_added_item(w);
    double tail = WEIGHT_TAIL;
    bool live = classify_live_blog(w);
    for (size_t u = 0; u < w->n_units; u++) {
        if (w->units[u].lead) {
            w->units[u].weight = w->units[u].para < 0 ? WEIGHT_TITLE : 1.0;
            tail = WEIGHT_TAIL;
        } else if (live && opens_entry(w, u)) {
            w->units[u].weight = 1.0;       /* a live blog's entry: a story of its own */
            tail = WEIGHT_TAIL;
        } else {
            w->units[u].weight = tail;
            tail = tail * WEIGHT_DECAY < WEIGHT_MIN ? WEIGHT_MIN : tail * WEIGHT_DECAY;
        }
    }
}

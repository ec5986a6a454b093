/* SPDX-License-Identifier: MIT
 *
 * classify_evidence — step 5 of classify (see classify.c; classify.h states
 * the rules): the weight of each unit, the evidence each action phrase gives
 * for or against an event type, and the choice of the type with the most.
 *
 * The weights and strengths below are the whole of the scoring; they were
 * set on the team's own corpora and one half of the real development pages
 * (docs/EVALUATION.md), and are checked on the other half. */
#include "classify_int.h"

#include <string.h>

#define MAX_CANDIDATES 16     /* event types one story may give evidence for */
#define WEIGHT_TITLE 1.5      /* the title says what the story is about */
#define WEIGHT_TAIL 0.35      /* the weight of the first unit after the lead ... */
#define WEIGHT_DECAY 0.8      /* ... times this for each unit further on ... */
#define WEIGHT_MIN 0.05       /* ... down to this */
#define STRENGTH_IMPLIED 0.6  /* "spoke", "discussed" against "spoke by phone" */
#define STRENGTH_LOOSE 0.6    /* participants found around the action, not with it */
#define ACCEPT 0.5            /* the least evidence for an event, */
#define ACCEPT_HIT 0.55       /* of which one hit must give this much: the lead must say it */

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
   that names Putin is not told further by "Lavrov and Kerry spoke by phone"). A lead that names someone takes in one paragraph
   only; one that named no one may take in a second, to meet whom the actor its first named
   spoke with (AGAIN: it took one in already). Returns whether the lead may take in another:
   it took one in, and named no one before. */
static bool
extend_lead_to_speaker(work_t *w, bool again)
{
    int64_t named = -1;                 /* the one actor the lead names, or -1 */
    size_t last = w->n_units;
    for (size_t i = 0; i < w->hits.n; i++) {
        const unit_t *u = &w->units[w->unit_of[i]];
        if (w->actor_of[i] < 0 || !u->lead || u->para < 0)
            continue;
        if (named >= 0 && w->actor_of[i] != named)
            return false;               /* two: the lead tells them together */
        named = w->actor_of[i];
    }
    for (size_t u = 0; u < w->n_units; u++)
        if (w->units[u].lead && w->units[u].para >= 0)
            last = u;
    if (last == w->n_units || (again && named < 0))
        return false;
    size_t from = w->n_units, to = w->n_units;
    for (size_t u = last + 1; u < w->n_units; u++) {
        if (from == w->n_units && w->units[u].prose)
            from = u;
        if (from < w->n_units && w->units[u].para != w->units[from].para) {
            to = u;
            break;
        }
    }
    /* a lead that told the action without its parties meets the other in a paragraph */
    bool meets = named >= 0 && (names_actor(w, from, to, named) ||
                                (lead_action_without_parties(w) &&
                                 names_another(w, from, to, named)) ||
                                tells_with_one_other(w, from, to, named));
    if (from == w->n_units || (named >= 0 && !meets))
        return false;
    for (size_t u = from; u < to; u++)
        w->units[u].lead = w->units[u].taken_in = true;
    return named < 0;
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

/* A page cut out of the middle of a story (a scraped excerpt) whose title, or address, names
   two actors and whose lead tells no action, not even one to come: the story is what the first sentence
   that tells an action and names both of them says ("Lavrov informed Kerry of ...", in the
   fifth paragraph of a page that opens with what Lavrov said). That sentence joins the lead.
   A title that names more than two, or a lead that tells an action, is a story of its own. */
static void
take_in_titled_pair(work_t *w)
{
    int64_t a = -1, b = -1;
    size_t body = 0;
    for (; body < w->n_units && w->units[body].para < 0; body++)
        ;
    for (size_t i = 0; i < w->unit_hits[body]; i++) {
        int64_t who = w->actor_of[i];
        if (who < 0 || who == a || who == b)
            continue;
        if (b >= 0)
            return;                     /* three */
        *(a < 0 ? &a : &b) = who;
    }
    if (b < 0)
        return;
    for (size_t u = 0; u < w->n_units; u++)
        if (w->units[u].lead && tells_action(w, u, u + 1, false))
            return;
    for (size_t u = body; u < w->n_units; u++)
        if (!w->units[u].lead && w->units[u].prose && tells_action(w, u, u + 1, true) &&
            names_actor(w, u, u + 1, a) && names_actor(w, u, u + 1, b)) {
            w->units[u].lead = w->units[u].taken_in = true;
            return;
        }
}

/* A readout cut after its first paragraph: a lead that names two actors, each with what they
   said, and tells no action ("Lavrov stressed ..." "Kerry assured ..."), then "The sides also
   discussed ..." right after it, naming no one: that sentence is the lead's, its parties the
   two. A lead that names one actor, or three, or tells an action, is another story. */
static void
take_in_sides_action(work_t *w)
{
    int64_t a = -1, b = -1;
    size_t last = w->n_units;
    for (size_t u = 0; u < w->n_units; u++) {
        if (!w->units[u].lead || w->units[u].para < 0)
            continue;
        if (tells_action(w, u, u + 1, false))
            return;
        last = u;
        for (size_t i = w->unit_hits[u]; i < w->unit_hits[u + 1]; i++) {
            int64_t who = w->actor_of[i];
            if (who < 0 || who == a || who == b)
                continue;
            if (b >= 0)
                return;                 /* three */
            *(a < 0 ? &a : &b) = who;
        }
    }
    size_t u = last + 1;                /* prose, or the last words of a scrape cut short */
    if (b < 0 || u >= w->n_units || !(w->units[u].prose || u + 1 == w->n_units) ||
        w->units[u].lead ||
        !tells_action(w, u, u + 1, true) || names_another(w, u, u + 1, -1 /* anyone */))
        return;
    w->units[u].lead = w->units[u].taken_in = true;
}

/* True when unit U opens a paragraph with a clock time ("17h05", "19:10", "16.47"): an entry
   of a live blog. */
static bool
opens_entry(const work_t *w, size_t u)
{
    const unit_t *unit = &w->units[u];
    if (unit->para < 0 || (u > 0 && w->units[u - 1].para == unit->para))
        return false;
    const char *p = w->text.ptr + unit->start;
    size_t n = unit->end - unit->start, i = 0;
    while (i < n && i < 2 && p[i] >= '0' && p[i] <= '9')
        i++;
    if (i == 0 || i + 4 > n || (p[i] != ':' && p[i] != 'h' && p[i] != '.'))
        return false;
    return p[i + 1] >= '0' && p[i + 1] <= '5' && p[i + 2] >= '0' && p[i + 2] <= '9' &&
           p[i + 3] == ' ';
}

/* True when two paragraphs or more open with a clock time: a live blog, whose entries each
   tell a story of their own, however far down. */
#define LIVE_ENTRIES 2

static bool
live_blog(const work_t *w)
{
    size_t entries = 0;
    for (size_t u = 0; u < w->n_units && entries < LIVE_ENTRIES; u++)
        entries += opens_entry(w, u);
    return entries >= LIVE_ENTRIES;
}

/* When the lead names no actor and no topic (a page whose first paragraphs are chrome: a
   paywall notice, a menu), the story's top is the lead instead: the first unit that names
   an actor and the units after it (CLASSIFY_LEAD_SENTENCES of prose). A lead that names a
   topic is a story of its own, and an actor named later is a passing mention. Then weighs
   every unit: a lead unit counts whole, a later one less the further it lies. */
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
        if (w->actor_of[i] >= 0 && w->unit_of[i] < top)
            top = w->unit_of[i];
    }
    size_t prose = 0;
    for (size_t u = top; u < w->n_units && prose < CLASSIFY_LEAD_SENTENCES; u++) {
        w->units[u].lead = true;
        prose += w->units[u].prose;
    }
    /* the speaker's paragraph, then the one that names whom they spoke with */
    if (top == w->n_units && extend_lead_to_speaker(w, false))
        extend_lead_to_speaker(w, true);
    take_in_titled_pair(w);
    take_in_sides_action(w);
    double tail = WEIGHT_TAIL;
    bool live = live_blog(w);
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

/* ------------------------------------------------------------------ */
/* The evidence                                                        */
/* ------------------------------------------------------------------ */

static double
confidence(const work_t *w, size_t m, bool tight, bool from_text, const actor_set_t *s,
           const catalog_event_t *e, double score)
{
    double c = tight ? 0.75 : 0.55;
    if (w->units[w->unit_of[m]].para < 0)
        c += 0.1;                               /* the title itself says it */
    c += from_text ? 0.1 : -0.1;
    if (catalog_action_implies(w->cat, w->hits.v[m].ref) >= 0)
        c -= 0.1;                               /* the medium is inferred, not said */
    if (score < 1.0)
        c -= 0.1;
    size_t need = e->n_actors + e->n_offices;
    if (s->n > need)
        c -= 0.05 * (double)(s->n - need < 3 ? s->n - need : 3);
    return c < 0.05 ? 0.05 : c > 0.99 ? 0.99 : c;
}

/* One event type with the evidence for it. */
typedef struct {
    const catalog_event_t *e;
    double score;       /* the sum of the evidence, for less against */
    size_t hit;         /* the action hit that says it best */
    double best;        /* ... and what it added */
    bool sure;          /* a phrase of an action that may be no other says it */
} candidate_t;

/* True when hit I's action yields to another that its unit states, unnegated: a meeting
   told in the sentence of a call ("agreed by phone to meet") is not a meeting's evidence. */
static bool
yields(const work_t *w, size_t i)
{
    int64_t other = catalog_action_yields(w->cat, w->hits.v[i].ref);
    uint32_t u = w->unit_of[i];
    for (size_t j = w->unit_hits[u]; other >= 0 && j < w->unit_hits[u + 1]; j++)
        if (classify_is_action(&w->hits.v[j]) && w->hits.v[j].ref == (uint32_t)other &&
            w->state[j] == 0)
            return true;
    return false;
}

/* True when hit I is in the title and the body's lead tells its action only negated: a
   headline drops the "may" and the "will" of the sentence it shortens ("Lavrov, Kerry to
   talk by phone" over "... could speak by phone in the coming days"). */
static bool
title_shortens_a_negation(const work_t *w, size_t i)
{
    if (w->units[w->unit_of[i]].para >= 0)
        return false;
    bool negated = false;
    for (size_t j = 0; j < w->hits.n; j++) {
        const unit_t *u = &w->units[w->unit_of[j]];
        if (u->para < 0 || !u->lead || w->hits.v[j].kind != CATALOG_ACTION ||
            w->hits.v[j].ref != w->hits.v[i].ref || (w->state[j] & HIT_NESTED))
            continue;
        if (!(w->state[j] & HIT_NEGATED))
            return false;
        negated = true;
    }
    return negated;
}

/* The event type that ACTION and the participants of action hit I make (NULL: none); *TIGHT
   set when they stand with the phrase. */
static const catalog_event_t *
event_of_hit(const work_t *w, size_t i, uint32_t action, bool *tight)
{
    actor_set_t s;
    *tight = classify_participants(w, i, &s);
    bool known;
    const catalog_event_t *e = classify_nearest_parties(w, i, action, &s, &known);
    return e == NULL && !known ? classify_match_event(w, action, &s) : e;
}

/* What action hit I says for or against an event: its event type in *E (NULL when its
   participants make none) and how much it weighs (negative when it is negated). */
static double
evidence(const work_t *w, size_t i, const catalog_event_t **e)
{
    const catalog_hit_t *h = &w->hits.v[i];
    *e = NULL;
    if (!classify_is_action(h) ||
        (w->state[i] & (HIT_NESTED | HIT_BACKGROUND | HIT_TOPIC | HIT_NO_OBJECT)) ||
        catalog_action_is_weak(w->cat, h->ref) || yields(w, i) ||
        title_shortens_a_negation(w, i))
        return 0;
    int64_t implied = catalog_action_implies(w->cat, h->ref);
    bool tight;
    *e = event_of_hit(w, i, implied >= 0 ? (uint32_t)implied : h->ref, &tight);
    double v = w->units[w->unit_of[i]].weight * (implied >= 0 ? STRENGTH_IMPLIED : 1.0) *
               (tight ? 1.0 : STRENGTH_LOOSE);
    return (w->state[i] & HIT_NEGATED) ? -v : v;
}

/* Sums the evidence of every action hit per event type into C (at most MAX_CANDIDATES);
   returns how many there are. */
static size_t
gather(const work_t *w, candidate_t *c)
{
    size_t n = 0;
    for (size_t i = 0; i < w->hits.n; i++) {
        const catalog_event_t *e;
        double v = evidence(w, i, &e);
        if (e == NULL || v == 0)
            continue;
        size_t k = 0;
        while (k < n && c[k].e != e)
            k++;
        if (k == n) {
            if (n == MAX_CANDIDATES)
                continue;
            c[n++] = (candidate_t){ e, 0, i, 0, false };
        }
        c[k].score += v;
        if (v > 0 && catalog_action_alternative(w->cat, w->hits.v[i].ref) < 0)
            c[k].sure = true;
        if (v > c[k].best) {
            c[k].best = v;
            c[k].hit = i;
        }
        if (w->trace != NULL)
            ww_buf_printf(w->trace, "evidence hit %zu for %s: %+.2f\n", i, e->name, v);
    }
    return n;
}

/* How an action phrase ranks as the story's action: a stated action first, then one that
   implies another ("discussed"), then a weak one ("said"). */
static int
action_rank(const work_t *w, uint32_t action)
{
    return catalog_action_is_weak(w->cat, action)          ? 2
           : catalog_action_implies(w->cat, action) >= 0 ? 1
                                                           : 0;
}

/* The story's action when it reports no event: the unnegated action phrase of the
   heaviest unit, the first of them, of the best rank there is. */
static const char *
story_action(const work_t *w)
{
    int64_t best = -1;
    for (int rank = 0; rank < 3 && best < 0; rank++)
        for (size_t i = 0; i < w->hits.n; i++) {
            const catalog_hit_t *h = &w->hits.v[i];
            if (!classify_is_action(h) || w->state[i] != 0 || action_rank(w, h->ref) != rank)
                continue;
            if (best < 0 || w->units[w->unit_of[i]].weight >
                                w->units[w->unit_of[best]].weight)
                best = (int64_t)i;
        }
    return best < 0 ? NULL : catalog_name(w->cat, CATALOG_ACTION, w->hits.v[best].ref);
}

/* True when the text dates the event at hit M (DATE, from its sentences, not its dateline)
   two days or more before the publication's day (in UTC, the earliest of the days it may be
   where the text was written and in Moscow), and the lead tells something else that the text
   dates later: the story is about that, and recalls the event ("Lavrov, who discussed Syria
   with Kerry by phone on Saturday, said on Monday ..."); or the event is told only in a
   paragraph the lead took in ("Lavrov rejected new sanctions. ... Lavrov and Kerry had last
   spoken by phone on December 2."): a story that is the call's tells it as news. Nor is an
   event that a line of no prose (a headline in a list) dates a week or more back: "Lawrow und
   Kerry telefonieren erneut (18.02.2015)" under "Related" on a June page. (A sentence that
   dates a call a month back still reports it: an archive fetched late.) */
#define WEEK_OLD 7

static bool
days_old(const work_t *w, size_t m, const char *date)
{
    int32_t day;
    const unit_t *u = &w->units[w->unit_of[classify_action_sentence(w, m)]];
    return w->date_how == CLASSIFY_DATE_TEXT && dates_parse_iso(date, 10, &day) &&
           day < w->pub_day - 1 &&
           ((day <= w->pub_day - WEEK_OLD && !u->prose) || w->units[w->unit_of[m]].taken_in ||
            classify_told_later(w, m, day));
}

/* The event the evidence points to: the type with the most, when that is enough. */
void
classify_decide(work_t *w, classify_result_t *out)
{
    candidate_t c[MAX_CANDIDATES];
    size_t n = gather(w, c);
    const candidate_t *best = NULL;
    for (size_t k = 0; k < n; k++)
        if (c[k].best > 0 && (best == NULL || c[k].score > best->score))
            best = &c[k];
    if (best == NULL || best->score < ACCEPT || best->best < ACCEPT_HIT) {
        out->action = story_action(w);
        return;
    }
    size_t m = best->hit;
    bool from_text = classify_event_date(w, m, out->date, out->text_date);
    if (from_text && days_old(w, m, out->date)) {
        memcpy(out->text_date, out->date, sizeof out->text_date);  /* copies still compare it */
        out->date[0] = '\0';
        out->action = story_action(w);
        return;
    }
    out->action = catalog_name(w->cat, CATALOG_ACTION, best->e->action);
    int64_t alt = catalog_action_alternative(w->cat, w->hits.v[m].ref);
    bool tight_alt;
    const catalog_event_t *other = best->sure || alt < 0 ? NULL
                                   : event_of_hit(w, m, (uint32_t)alt, &tight_alt);
    if (other != NULL && other != best->e) {
        /* "pourparlers", "переговоры", "محادثات" alone: the medium is unsaid */
        out->alt_type = other->name;
        out->action = catalog_name(w->cat, CATALOG_ACTION, w->hits.v[m].ref);
    }
    actor_set_t s;
    bool tight = classify_participants(w, m, &s);
    out->type = best->e->name;
    out->date_from_text = from_text;
    out->confidence = confidence(w, m, tight, out->date_from_text, &s, best->e, best->score);
}

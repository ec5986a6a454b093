/* SPDX-License-Identifier: MIT
 *
 * classify_evidence — step 5 of classify (see classify.c; classify.h states
 * the rules): the evidence each action phrase gives for or against an event
 * type, weighed by its unit (classify_weigh.c), and the choice of the type
 * with the most.
 *
 * The strengths and thresholds below, with classify_weigh.c's weights, are the
 * whole of the scoring; they were set on the team's own corpora and one half of
 * the real development pages (docs/EVALUATION.md), and are checked on the other
 * half. */
#include "classify_int.h"

#include <string.h>

#define MAX_CANDIDATES 16     /* event types one story may give evidence for */
#define STRENGTH_IMPLIED 0.6  /* "spoke", "discussed" against "spoke by phone" */
#define STRENGTH_LOOSE 0.6    /* participants found around the action, not with it */
#define ACCEPT 0.5            /* the least evidence for an event, */
#define ACCEPT_HIT 0.55       /* of which one hit must give this much: the lead must say it */

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
    uint32_t end;       /* where the last phrase that said it ends */
    double last;        /* ... and what it said */
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

/* True when hit I is in the title (or a scraped page's headline line) and the body's lead
   tells its action only negated: a headline drops the "may" and the "will" of the sentence it
   shortens ("Lavrov, Kerry to talk by phone" over "... could speak by phone in the coming
   days"). */
static bool
title_shortens_a_negation(const work_t *w, size_t i)
{
    if (!classify_is_headline(w, w->unit_of[i]))
        return false;
    if (w->units[w->unit_of[i]].para >= 0 && (w->state[i] & HIT_NEGATED))
        return false;                   /* a headline line that says the negation itself */
    bool negated = false;
    for (size_t j = 0; j < w->hits.n; j++) {
        const unit_t *u = &w->units[w->unit_of[j]];
        if (u->para < 0 || !u->lead || w->unit_of[j] <= w->unit_of[i] ||
            w->hits.v[j].kind != CATALOG_ACTION || w->hits.v[j].ref != w->hits.v[i].ref ||
            (w->state[j] & HIT_NESTED))
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

/* True when action hit I states its action outright: unnegated, not recalled, no talk whose
   medium is unsaid, no weak "said". */
static bool
stated_outright(const work_t *w, size_t i)
{
    const catalog_hit_t *h = &w->hits.v[i];
    return classify_is_action(h) && w->state[i] == 0 &&
           catalog_action_implies(w->cat, h->ref) < 0 &&
           catalog_action_alternative(w->cat, h->ref) < 0 &&
           !catalog_action_is_weak(w->cat, h->ref);
}

/* How many of the participants S are named (not described: "his counterpart"). */
static size_t
named_in(const work_t *w, const actor_set_t *s)
{
    size_t named = 0;
    for (size_t k = 0; k < s->n; k++)
        named += !catalog_actor_is_unnamed(w->cat, s->v[k]);
    return named;
}

/* What action hit I says for or against an event: its event type in *E (NULL when its
   participants make none) and how much it weighs (negative when it is negated). A phrase
   whose medium is unsaid ("talked", "discussed") says its alternative (a meeting) when MET
   has the alternative's bit, the story stating that one and no call; negated, it still
   speaks against the call ("failed to reach"). */
static double
evidence(const work_t *w, size_t i, const catalog_event_t **e, uint64_t met)
{
    const catalog_hit_t *h = &w->hits.v[i];
    *e = NULL;
    if (!classify_is_action(h) || h->reach == CATALOG_PLANNED ||  /* "will meet": no news */
        (w->state[i] & (HIT_NESTED | HIT_BACKGROUND | HIT_TOPIC | HIT_NO_OBJECT)) ||
        catalog_action_is_weak(w->cat, h->ref) || yields(w, i) ||
        title_shortens_a_negation(w, i) || w->units[w->unit_of[i]].question)
        return 0;
    int64_t implied = catalog_action_implies(w->cat, h->ref);
    int64_t alt = catalog_action_alternative(w->cat, h->ref);
    if (implied >= 0 && alt >= 0 && alt < 64 && (met & (UINT64_C(1) << alt)) &&
        !(w->state[i] & HIT_NEGATED))
        implied = alt;
    bool tight;
    *e = event_of_hit(w, i, implied >= 0 ? (uint32_t)implied : h->ref, &tight);
    double v = w->units[w->unit_of[i]].weight * (implied >= 0 ? STRENGTH_IMPLIED : 1.0) *
               (tight ? 1.0 : STRENGTH_LOOSE);
    return (w->state[i] & HIT_NEGATED) ? -v : v;
}

/* True when unit U tells a talk: an action phrase, neither negated nor recalled, whose
   medium is unsaid (it has an alternative). */
static bool
tells_talk(const work_t *w, size_t u)
{
    for (size_t i = w->unit_hits[u]; i < w->unit_hits[u + 1]; i++)
        if (classify_is_action(&w->hits.v[i]) && w->state[i] == 0 &&
            catalog_action_alternative(w->cat, w->hits.v[i].ref) >= 0)
            return true;
    return false;
}

/* The actions a talk phrase may be (its alternative, a meeting) that the story states as
   news and whose talk it then is, as a mask: bit A when a phrase of action A itself, in the
   title or the story's first sentence, gives evidence enough for an event to be the story's
   (ACCEPT_HIT), and neither a phrase there of the action the talk implies (a call) nor one
   anywhere that implies only that ("called Lavrov") does. "Sergei Lavrov and John Kerry met
   in Geneva on Friday. ... The two talked for nearly 12 hours": the talk is the meeting's.
   A meeting told further down ("the two agreed to look for a date for their first
   meeting") leaves the talk a call. Bit C too when the lead, or a sentence that tells a
   talk ("görüşme ABD tarafının talebiyle gerçekleşti": the talk took place at the U.S.
   side's request), holds a readout's word for action C ("pourparlers à l'initiative de la
   partie américaine": a call), the talk's alternative, and no phrase there states the action
   the talk implies (a meeting). */
static uint64_t
meetings_stated(const work_t *w)
{
    uint64_t stated = 0, called = 0, readout = 0;
    size_t first = classify_first_sentence(w);
    for (size_t i = 0; i < w->hits.n; i++) {
        const catalog_hit_t *h = &w->hits.v[i];
        if (h->kind == CATALOG_PAIR && h->ref > 0 && h->ref <= 64 && w->state[i] == 0 &&
            (w->units[w->unit_of[i]].lead || tells_talk(w, w->unit_of[i])))
            readout |= UINT64_C(1) << (h->ref - 1);
        if (!classify_is_action(h) || w->state[i] != 0 || h->ref >= 64)
            continue;
        int64_t implied = catalog_action_implies(w->cat, h->ref);
        const unit_t *u = &w->units[w->unit_of[i]];
        if (implied < 0 && u->para >= 0 && w->unit_of[i] != first)
            continue;                   /* a meeting is the story's in its title or first sentence */
        int64_t alt = catalog_action_alternative(w->cat, h->ref);
        if (implied >= 0 && alt >= 0)
            continue;                   /* a talk: what it is is the question */
        const catalog_event_t *e;
        if (evidence(w, i, &e, 0) < ACCEPT_HIT || e == NULL)
            continue;                   /* told as news: in the lead, with its parties */
        if (implied >= 0 && implied < 64)
            called |= UINT64_C(1) << implied;
        else if (implied < 0)
            stated |= UINT64_C(1) << h->ref;
    }
    uint64_t met = 0;
    for (size_t i = 0; i < w->hits.n; i++) {
        const catalog_hit_t *h = &w->hits.v[i];
        int64_t implied = classify_is_action(h) ? catalog_action_implies(w->cat, h->ref) : -1;
        int64_t alt = classify_is_action(h) ? catalog_action_alternative(w->cat, h->ref) : -1;
        if (implied >= 0 && implied < 64 && alt >= 0 && alt < 64 &&
            ((stated | readout) & (UINT64_C(1) << alt)) && !(stated & (UINT64_C(1) << implied)) &&
            !(called & (UINT64_C(1) << implied)))
            met |= UINT64_C(1) << alt;
    }
    return met;
}

/* One event announced in the story's opening, and the phrase that announces it. */
typedef struct {
    size_t hit;                 /* SIZE_MAX: none */
    const catalog_event_t *e;
} preview_t;

/* True when talk hit I follows, in its sentence, a phrase of E's action told to come: what
   the meeting is to discuss ("will meet in Geneva on Friday to discuss Syria", "يلتقيان في
   زيورخ لبحث"), not a talk held before it ("Kerry, Lavrov talk ahead of Vienna meeting"). */
static bool
purpose_of_plan(work_t *w, size_t i, const catalog_event_t *e)
{
    if (catalog_action_alternative(w->cat, w->hits.v[i].ref) != (int64_t)e->action)
        return false;
    for (size_t j = w->unit_hits[w->unit_of[i]]; j < i; j++)
        if (classify_is_action(&w->hits.v[j]) &&
            classify_may_be(w->cat, w->hits.v[j].ref, e->action) && classify_to_come(w, j))
            return true;
    return false;
}

/* The story's preview: a phrase of its opening (the title, the lines above the first
   sentence, the first sentence; the heaviest unit that has one) that tells an action to come
   (classify_to_come) that may be announced (it has `plan` phrases, or a talk implies one that
   has), with two named parties who make an event type, in a story whose opening tells no such
   action called off ("Planned Kerry-Lavrov meeting called off") and whose lead states no
   other event of ours ("Kerry to meet Lavrov in Geneva on Friday", "Лавров и Керри
   встретятся в Женеве"). The story is that event's; a call told past the lead arranged it. A
   lead that tells the call ("agreed by phone to meet", "The two top diplomats agreed to a
   personal meeting ... in a phone call") is the call's: the labels of real pages count a call
   that arranged a meeting as the call's story. */
static preview_t
preview_of(work_t *w, uint64_t met)
{
    preview_t p = { SIZE_MAX, NULL };
    size_t first = classify_first_sentence(w);
    for (size_t i = 0; i < w->hits.n && w->unit_of[i] <= first; i++) {
        uint32_t u = w->unit_of[i];
        const catalog_hit_t *h = &w->hits.v[i];
        if (!classify_is_action(h) ||
            !(w->units[u].para < 0 || u == first || classify_is_headline(w, u)))
            continue;
        int64_t implied = catalog_action_implies(w->cat, h->ref);
        uint32_t action = implied >= 0 ? (uint32_t)implied : h->ref;
        if (!catalog_action_is_previewed(w->cat, action))
            continue;
        bool tight;
        bool to_come = classify_to_come(w, i);
        if (!to_come && w->state[i] == HIT_NEGATED && implied < 0 &&
            event_of_hit(w, i, action, &tight) != NULL)
            return (preview_t){ SIZE_MAX, NULL };       /* called off (not "suspended talks") */
        if (!to_come ||
            (p.hit != SIZE_MAX && w->units[u].weight <= w->units[w->unit_of[p.hit]].weight))
            continue;
        const catalog_event_t *e = event_of_hit(w, i, action, &tight);
        actor_set_t s;
        if (e != NULL && tight && classify_participants(w, i, &s) && named_in(w, &s) >= 2)
            p = (preview_t){ i, e };
    }
    for (size_t i = 0; p.hit != SIZE_MAX && i < w->hits.n; i++) {
        uint32_t u = w->unit_of[i];
        const catalog_event_t *e;
        if ((w->units[u].lead || w->units[u].para < 0 || classify_is_headline(w, u)) &&
            evidence(w, i, &e, met) >= ACCEPT_HIT && e != NULL && e != p.e &&
            !purpose_of_plan(w, i, p.e))
            return (preview_t){ SIZE_MAX, NULL };       /* the lead tells another event */
    }
    return p;
}

/* Sums the evidence of every action hit per event type into C (at most MAX_CANDIDATES);
   returns how many there are. With a preview P, its phrase counts for its event as one
   stated, nothing counts against it (its other phrases to come; "failed to close a deal on
   the sidelines of the G20" before it), and nothing for another event: the talk the meeting
   is to hold is its own ("to discuss Syria"), a call told further on arranged it. */
static size_t
gather(work_t *w, candidate_t *c, preview_t p, uint64_t met)
{
    size_t n = 0;
    if (p.hit != SIZE_MAX && p.e->action < 64)
        met |= UINT64_C(1) << p.e->action;
    for (size_t i = 0; i < w->hits.n; i++) {
        const catalog_event_t *e;
        double v = evidence(w, i, &e, met);
        if (i == p.hit)
            e = p.e, v = w->units[w->unit_of[i]].weight;
        else if (p.hit != SIZE_MAX && (e != p.e ? v > 0 : v < 0))
            v = 0;
        if (e == NULL || v == 0)
            continue;
        size_t k = 0;
        while (k < n && c[k].e != e)
            k++;
        if (k == n) {
            if (n == MAX_CANDIDATES)
                continue;
            c[n++] = (candidate_t){ e, 0, i, 0, false, 0, 0 };
        }
        /* phrases that overlap tell the event once ("sechs Stunden" and "Stunden lang" in
           "trafen sich sechs Stunden lang"): the stronger counts */
        const catalog_hit_t *h = &w->hits.v[i];
        double add = v;
        if (v > 0 && c[k].last > 0 && h->start < c[k].end)
            add = v > c[k].last ? v - c[k].last : 0;
        if (v > 0 && (h->start >= c[k].end || v > c[k].last))
            c[k].last = v;
        c[k].end = h->end > c[k].end ? h->end : c[k].end;
        c[k].score += add;
        if (v > 0 && (catalog_action_alternative(w->cat, w->hits.v[i].ref) < 0 || i == p.hit))
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

/* True when BEST, told after the first sentence only by talk words whose medium is unsaid
   ("consultations", "discussed"), by a phrase whose parties are found only around it, or by
   an action that yields to the lead's (a meeting recalled under a call), yields to a call of
   others that the title or the first sentence states: a phrase there of an action said
   outright, unnegated, whose participants, two of them named, make no event type
   ("岸田外相はケリー米国務長官と電話で会談し ... ケリー氏は、前日に行ったラブロフ外相との協議の
   内容についても説明した": the story is Kishida's call). */
static bool
yields_to_lead(const work_t *w, const candidate_t *best)
{
    size_t first = classify_first_sentence(w);
    if (w->units[w->unit_of[best->hit]].para < 0 || w->unit_of[best->hit] == first)
        return false;
    actor_set_t own;
    bool told = best->sure && classify_participants(w, best->hit, &own);
    for (size_t i = 0; i < w->hits.n; i++) {
        const catalog_hit_t *h = &w->hits.v[i];
        if ((w->units[w->unit_of[i]].para >= 0 && w->unit_of[i] != first) ||
            !stated_outright(w, i))
            continue;
        bool tight;
        if (event_of_hit(w, i, h->ref, &tight) != NULL || !tight)
            continue;
        actor_set_t s;
        classify_participants(w, i, &s);
        if (named_in(w, &s) >= 2 &&
            (!told || catalog_action_yields(w->cat, best->e->action) == (int64_t)h->ref))
            return true;
    }
    return false;
}

/* True when BEST is told only past the first sentence, while the first sentence states
   another event of ours of the same action outright (a phrase said outright, unnegated,
   between two named parties who make that event, of no day or of the last two): the first
   sentence is the news, the later one another item of the story ("Kerry und Lawrow haben am
   Samstag miteinander telefoniert ... Obama hatte am Freitag mit Putin telefoniert"; s77,
   s82). The title and the lines above the first sentence do not count either way: a headline
   may tell a plan. A meeting of the first sentence is left to the other rules: it may be one
   to come ("kommen am Donnerstag zu Beratungen zusammen"). */
#define FIRST_NEWS_DAYS 2   /* a print edition's call of two days before is still its news */

static bool
yields_to_first(const work_t *w, const candidate_t *best)
{
    size_t first = classify_first_sentence(w);
    if (first >= w->n_units || w->unit_of[best->hit] <= first)
        return false;
    bool other = false;
    for (uint32_t i = w->unit_hits[first]; i < w->unit_hits[first + 1]; i++) {
        const catalog_hit_t *h = &w->hits.v[i];
        if (!stated_outright(w, i) || yields(w, i))
            continue;
        bool tight;
        const catalog_event_t *e = event_of_hit(w, i, h->ref, &tight);
        if (e == best->e)
            return false;                   /* the first sentence tells BEST's event too */
        actor_set_t s;
        bool named = e != NULL && tight && classify_participants(w, i, &s) &&
                     named_in(w, &s) >= 2;
        /* the news: a day of its own in the last two, or none (not a caption's "before
           their meeting in Paris, June 5", nor a weekday that a meeting to come names) */
        bool call = named && e->action == best->e->action;
        int32_t day = call ? classify_day_at(w, i) : NO_DAY;
        other |= call &&
                 (day == NO_DAY || (day >= w->pub_day - FIRST_NEWS_DAYS && day <= w->pub_day));
    }
    return other;
}

/* True when BEST is told in passing, in a story that opens on something else ("Crimea votes
   in referendum ... Kerry and Lavrov also spoke by phone on Saturday. The EU will discuss
   sanctions on Monday."): the sentence of its action, past the first sentence's paragraph,
   stands alone (the next sentence names none of its parties), while nothing above it that
   opens the story (the title, the lines above the first sentence, the first two sentences, a
   headline line) names anyone or tells a talk ("witnesses said" is no talk of the call's
   kind). A sentence that gives no day and tells the call as the setting of something said
   may tell the source of what the lead said ("Das sagte Lawrow in einem Telefonat mit
   Kerry"); a live blog's entries are stories of their own. */
static bool
in_passing(work_t *w, const candidate_t *best)
{
    size_t first = classify_first_sentence(w);
    size_t ui = w->unit_of[best->hit];
    if (first >= w->n_units || w->units[ui].para <= w->units[first].para || classify_live_blog(w))
        return false;
    /* a sentence of no day whose call is the setting of something said ("Das sagte Lawrow in
       einem Telefonat mit Kerry") may tell the source of what the lead said */
    if (classify_unit_dates(w, (uint32_t)ui, w->published_ms)->n == 0 &&
        classify_is_cued(w, best->hit, CATALOG_SETTING, CATALOG_KIND_COUNT))
        return false;
    /* it goes on, one of the story's items: the next sentence names one of its parties, or
       a later sentence of its paragraph does or tells the call again ("Вечером в субботу
       Лавров позвонил Керри. Как сообщили в МИД РФ, российский министр выразил ...
       Господин Керри ... Это первый с начала перемирия звонок ...") */
    actor_set_t parties;
    classify_participants(w, best->hit, &parties);
    for (size_t k = ui + 1; k < w->n_units; k++) {
        bool same = w->units[k].para == w->units[ui].para;
        if (!same && !(k == ui + 1 && w->units[k].para == w->units[ui].para + 1))
            break;
        for (uint32_t i = w->unit_hits[k]; i < w->unit_hits[k + 1]; i++) {
            if (w->actor_of[i] >= 0 && classify_set_has(&parties, (uint32_t)w->actor_of[i]))
                return false;
            if (same && w->state[i] == 0 && classify_is_action(&w->hits.v[i]) &&
                classify_may_be(w->cat, w->hits.v[i].ref, best->e->action))
                return false;
        }
    }
    /* the opening goes on to the second sentence: a line of chrome may read as the first */
    size_t open = first + 1;
    while (open < w->n_units && !w->units[open].prose)
        open++;
    if (ui <= open)
        return false;
    for (size_t u = 0; u < ui; u++) {
        if (u > open && w->units[u].prose)
            continue;
        for (uint32_t i = w->unit_hits[u]; i < w->unit_hits[u + 1]; i++)
            if (classify_is_name(w, i) || (classify_is_action(&w->hits.v[i]) &&
                                           classify_may_be(w->cat, w->hits.v[i].ref,
                                                           best->e->action)))
                return false;
    }
    return true;
}

/* True when BEST rests on a headline, and the story's body tells its action (or one that may
   be it) only as a habit, a count, a recollection or a call that did not happen ("Kerry-
   Lavrov, un duo pendu au téléphone ... se sont parlé plus de cinquante fois au téléphone";
   "Lavrov aspetto telefonata Kerry ... finora non c'è stata alcuna telefonata"): the headline
   sums up a body that reports no call. */
static bool
headline_only(const work_t *w, const candidate_t *best)
{
    if (!classify_is_headline(w, w->unit_of[best->hit]))
        return false;
    bool told = false;
    for (size_t i = 0; i < w->hits.n; i++) {
        const catalog_hit_t *h = &w->hits.v[i];
        if (!classify_is_action(h) || classify_is_headline(w, w->unit_of[i]) ||
            !classify_may_be(w->cat, h->ref, best->e->action))
            continue;
        if (!(w->state[i] & (HIT_NEGATED | HIT_BACKGROUND)))
            return false;
        told = true;
    }
    return told;
}

/* True when DATE ("YYYY-MM-DD") falls in event type E's period ("during" in the catalog: a
   Lavrov-Kerry call only while Kerry was Secretary of State, so that a page of 2018 that
   recalls their calls, undated, is none). */
static bool
in_period(const catalog_event_t *e, const char *date)
{
    int32_t day;
    if (!dates_parse_iso(date, strlen(date), &day))
        return true;
    return day >= e->from && day <= e->to;
}

/* The event the evidence points to: the type with the most, when that is enough. */
void
classify_decide(work_t *w, classify_result_t *out)
{
    candidate_t c[MAX_CANDIDATES];
    uint64_t met = meetings_stated(w);
    preview_t p = preview_of(w, met);
    size_t n = gather(w, c, p, met);
    const candidate_t *best = NULL;
    bool from_text = false;
    /* the strongest event, and when its date tells it as a recollection, the next: "On
       Saturday, Lavrov and Kerry held another phone call. ... A day earlier, on Friday, the
       ministers met in Rome" is the call's story, though the meeting weighs more */
    bool passed[MAX_CANDIDATES] = { false };
    for (;;) {
        best = NULL;
        for (size_t k = 0; k < n; k++)
            if (!passed[k] && c[k].best > 0 && (best == NULL || c[k].score > best->score))
                best = &c[k];
        bool announced = best != NULL && best->e == p.e;
        const char *no = best == NULL || announced ? NULL
                         : yields_to_lead(w, best)
                             ? "talks after a lead that tells a call of others"
                         : headline_only(w, best)
                             ? "a headline over a body that tells it only as a habit, a count, "
                               "a recollection or not held"
                         : in_passing(w, best)
                             ? "told in passing, in a story that opens on something else"
                             : NULL;
        if (no != NULL) {
            if (w->trace != NULL)
                ww_buf_printf(w->trace, "rejected %s: %s\n", best->e->name, no);
            best = NULL;
        }
        if (best == NULL || best->score < ACCEPT || best->best < ACCEPT_HIT) {
            out->action = story_action(w);
            return;
        }
        if (announced) {
            from_text = classify_preview_date(w, p.hit, out->date);
            if (in_period(best->e, out->date))
                break;
            out->action = story_action(w);
            return;
        }
        from_text = classify_event_date(w, best->hit, best->e, out->date, out->text_date);
        bool recalled = from_text && days_old(w, best->hit, out->date);
        bool rival = false;     /* another call of ours has evidence: a cheap look first */
        for (size_t k = 0; k < n && !rival; k++)
            rival = &c[k] != best && c[k].best > 0 && c[k].e->action == best->e->action;
        bool later = !recalled && rival && yields_to_first(w, best);  /* the next is tried */
        const char *why = recalled                        ? "told as a recollection"
                          : later                          ? "told past a first sentence that "
                                                             "states another event"
                          : !in_period(best->e, out->date) ? "outside the event's period"
                                                           : NULL;
        if (why == NULL)
            break;
        if (w->trace != NULL)
            ww_buf_printf(w->trace, "rejected %s: dated %s, %s\n", best->e->name, out->date, why);
        if (from_text)
            memcpy(out->text_date, out->date, sizeof out->text_date); /* copies still compare it */
        out->date[0] = '\0';
        passed[best - c] = true;
        if (!recalled && !later) {
            out->action = story_action(w);
            return;
        }
    }
    size_t m = best->hit;
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

/* SPDX-License-Identifier: MIT
 *
 * classify_date — the date of the story's event (step 5 of classify, see
 * classify.c; classify.h states the order of preference): which sentence
 * dates the event (the action's own, the next one that tells it again, one
 * in Moscow's clock, the dateline, the lead's words, a retelling further
 * down) and what weekdays and relative words count from (the dateline's day,
 * the page's date line, the publication time). Which date of a sentence is
 * the one next to the action is classify_date_near.c's.
 *
 * Reads the work_t only. A date is never later than the anchor by more
 * than DATES_AHEAD_DAYS (dates_scan drops those). */
#include "classify_int.h"

#include <string.h>

#define MS_PER_DAY 86400000LL

/* A writer's zone this many minutes east of UTC or more is over an hour ahead of Moscow
   (UTC+3, and UTC+4 in 2011-2014): its day may begin before Moscow's ends. */
#define MOSCOW_AHEAD_MIN 300

/* The writer's zone of W's language (detected when not given) at the publication time, or
   WRITER_UTC (dates_writer_zone). */
static int32_t
writer_zone(work_t *w)
{
    if (catalog_langs_empty(classify_text_lang_mask(w)) || w->lang_tag == NULL)
        return WRITER_UTC;
    return dates_writer_zone(w->lang_tag, w->published_ms);
}

/* True when unit UI may date the news told next to it: a line of no prose (the page's date
   line), the story's first sentence, or a sentence that names someone or tells an action.
   Past the first sentence, "Na sexta-feira, mais de 40 pessoas morreram no incêndio" tells
   another event, and its Friday is not the day of the call told next to it. */
static bool
dates_the_news(const work_t *w, uint32_t ui)
{
    if (!w->units[ui].prose || ui <= classify_first_sentence(w))
        return true;
    for (uint32_t i = w->unit_hits[ui]; i < w->unit_hits[ui + 1]; i++)
        if (w->actor_of[i] >= 0 || classify_is_action(&w->hits.v[i]) ||
            w->hits.v[i].kind == CATALOG_PAIR)
            return true;
    return false;
}

/* True when every party of A is one of B's (or A names none). */
static bool
within_parties(const actor_set_t *a, const actor_set_t *b)
{
    for (size_t i = 0; i < a->n; i++) {
        bool found = false;
        for (size_t j = 0; j < b->n && !found; j++)
            found = a->v[i] == b->v[j];
        if (!found)
            return false;
    }
    return true;
}

/* True when A and B hold the same parties. */
static bool
same_parties(const actor_set_t *a, const actor_set_t *b)
{
    return a->n == b->n && within_parties(a, b);
}

/* True when hit I tells ACTION (or one that may be it: "sprachen" next to "telefoniert") with
   the parties PARTIES. */
static bool
tells_exchange(const work_t *w, size_t i, uint32_t action, const actor_set_t *parties)
{
    const catalog_hit_t *h = &w->hits.v[i];
    actor_set_t s;
    return classify_is_action(h) && classify_may_be(w->cat, h->ref, action) &&
           classify_participants(w, i, &s) && same_parties(&s, parties);
}

/* True when hit I, unnegated, tells ACTION again, by a phrase of it, of one that may be it or
   of one it may be ("spoke", then "the telephone conversation"), naming no one else than
   PARTIES. */
static bool
retells(const work_t *w, size_t i, uint32_t action, const actor_set_t *parties)
{
    const catalog_hit_t *h = &w->hits.v[i];
    if (w->state[i] != 0 || !classify_is_action(h) ||
        !(classify_may_be(w->cat, h->ref, action) || classify_may_be(w->cat, action, h->ref)))
        return false;
    actor_set_t s;
    classify_participants(w, i, &s);
    return within_parties(&s, parties);
}

/* The bytes a date of unit UI is read nearest when it dates the news of action hit M told
   next to it: the unit's own phrase of that action, or of one that may be it ("sprachen"
   next to "telefoniert"), told tightly with M's PARTIES ("Kerry's meeting with Putin on
   Thursday" is another's); else its start, so that its first date is taken: a sentence's
   own date comes early, by its subject and verb, and one further on belongs to what it goes
   on to tell ("Kerry demanded this Saturday that ... reach the wreck of the plane downed on
   Thursday"). */
static void
anchor_in(const work_t *w, uint32_t ui, size_t m, const actor_set_t *parties, uint32_t *a,
          uint32_t *b)
{
    uint32_t action = w->hits.v[m].ref;
    for (uint32_t i = w->unit_hits[ui]; i < w->unit_hits[ui + 1]; i++) {
        if (!(w->state[i] & HIT_NESTED) && tells_exchange(w, i, action, parties)) {
            *a = w->hits.v[i].start, *b = w->hits.v[i].end;
            return;
        }
    }
    *a = *b = w->units[ui].start;
}

/* The date in a lead unit of the body next to unit UI that may date the news
   (dates_the_news) of action hit M, nearest that unit's anchor (anchor_in). */
static int32_t
date_next_to(const work_t *w, uint32_t ui, size_t m, int64_t anchor_ms, pick_t pick)
{
    actor_set_t parties;
    classify_participants(w, m, &parties);
    for (uint32_t i = ui > 0 ? ui - 1 : ui + 1; i <= ui + 1 && i < w->n_units; i += 2) {
        if (w->units[i].lead && w->units[i].para >= 0 && dates_the_news(w, i)) {
            uint32_t a, b;
            anchor_in(w, i, m, &parties, &a, &b);
            int32_t day = classify_date_in_unit(w, i, w->units[i].start, w->units[i].end, a, b,
                                                anchor_ms, pick, NULL);
            if (classify_news_day(day, anchor_ms))
                return day;
        }
    }
    return NO_DAY;
}

/* The date unit K gives, of the kind PICK takes, in the clause of its own phrase of action hit
   M's action (or one that may be it, or one it may be: "spoke ... late on Friday", then "the
   telephone conversation took place early on Saturday Moscow time"), unnegated, naming no one
   else than M's PARTIES; NO_DAY when it gives none there. */
static int32_t
date_of_telling_in(const work_t *w, uint32_t k, size_t m, const actor_set_t *parties,
                   int64_t anchor_ms, pick_t pick)
{
    uint32_t action = w->hits.v[m].ref;
    for (uint32_t i = w->unit_hits[k]; i < w->unit_hits[k + 1]; i++) {
        const catalog_hit_t *h = &w->hits.v[i];
        if (!retells(w, i, action, parties))
            continue;
        /* only the words up to the actions told before and after it: "the ministers
           discussed the results of their meeting in Berlin on Sunday" is the meeting's */
        uint32_t lo = w->units[k].start, hi = w->units[k].end;
        for (uint32_t j = w->unit_hits[k]; j < w->unit_hits[k + 1]; j++) {
            const catalog_hit_t *o = &w->hits.v[j];
            if (j == i || !classify_is_action(o) || (w->state[j] & HIT_NESTED))
                continue;
            if (o->end <= h->start && o->end > lo)
                lo = o->end;
            if (o->start >= h->end && o->start < hi)
                hi = o->start;
        }
        bool apart;
        int32_t day =
            classify_date_in_unit(w, k, lo, hi, h->start, h->end, anchor_ms, pick, &apart);
        /* (a Moscow day may be the day after a dateline's in Washington) */
        int32_t latest = dates_day_of_ms(anchor_ms) + (pick == PICK_CLOCKED ? 1 : 0);
        if (day != NO_DAY && !apart && classify_news_day(day, anchor_ms) && day <= latest)
            return day;
    }
    return NO_DAY;
}

/* The date the lead sentence after unit UI gives in the clause of its own phrase of action hit
   M's action (date_of_telling_in), for when the only date of M's sentence belongs to another
   clause: "Lavrov ja Kerry ovat keskustelleet puhelimitse, vaikka Yhdysvallat ilmoitti
   maanantaina ... . Puhelu käytiin keskiviikkona." */
static int32_t
date_of_next_telling(const work_t *w, uint32_t ui, size_t m, int64_t anchor_ms)
{
    actor_set_t parties;
    classify_participants(w, m, &parties);
    uint32_t k = ui + 1;
    if (k < w->n_units && w->units[k].lead && w->units[k].para >= 0)
        return date_of_telling_in(w, k, m, &parties, anchor_ms, PICK_ANY);
    return NO_DAY;
}

/* The Moscow day one of the sentences after unit UI gives action hit M's action in a named
   clock, Moscow's or Washington's, when it tells the action again ("Kerry spoke with Lavrov
   late on Friday ... the conversation took place in the early hours of Saturday Moscow time",
   "28일 밤(미 동부시간) ... 통화가 모스크바 시간으로 29일 새벽에 이뤄졌다"): the event's day
   is the Moscow day, which a day told in another zone may precede or follow by one. */
#define CLOCKED_TELLING_UNITS 3

static int32_t
clocked_day_told_after(const work_t *w, uint32_t ui, size_t m, int64_t anchor_ms)
{
    actor_set_t parties;
    classify_participants(w, m, &parties);
    for (uint32_t k = ui + 1; k <= ui + CLOCKED_TELLING_UNITS && k < w->n_units; k++) {
        if (w->units[k].para < 0 || !w->units[k].prose)
            continue;
        int32_t day = date_of_telling_in(w, k, m, &parties, anchor_ms, PICK_CLOCKED);
        if (day != NO_DAY)
            return day;
    }
    return NO_DAY;
}

/* The date next to action hit I in its unit when it may date the news, or NO_DAY: not one in
   a relative or complement clause after it ("the sides discussed the events in Odessa, where
   more than 40 people died on May 2"). */
static int32_t
news_date_at(const work_t *w, size_t i, int64_t anchor_ms)
{
    const catalog_hit_t *o = &w->hits.v[i];
    uint32_t ui = w->unit_of[i], hi = w->units[ui].end;
    for (size_t j = i + 1; j < w->unit_hits[ui + 1]; j++) {
        const catalog_hit_t *c = &w->hits.v[j];
        if ((c->kind == CATALOG_COMPLEMENT || c->kind == CATALOG_RELATIVE) &&
            c->start >= o->end && classify_of_lang_so_far(w, c)) {
            hi = c->start;
            break;
        }
    }
    int32_t day = classify_date_in_unit(w, ui, w->units[ui].start, hi, o->start, o->end, anchor_ms,
                                        PICK_ANY, NULL);
    return classify_news_day(day, anchor_ms) ? day : NO_DAY;
}

/* The date in another sentence of the body that tells of the action of hit A: in the lead,
   or (LEAD false) past it, where an updated story keeps its first version's lead. A phrase of
   an action that may be A's, or that A's may be, tells it when it names no one else than A's
   parties ("telefonata Kerry-Lavrov", then "si sono sentiti al telefono martedì 26
   aprile"). */
static int32_t
date_in_retelling(const work_t *w, size_t a, int64_t anchor_ms, bool lead)
{
    uint32_t action = w->hits.v[a].ref;
    actor_set_t parties;
    classify_participants(w, a, &parties);
    for (size_t i = 0; i < w->hits.n; i++) {
        const catalog_hit_t *o = &w->hits.v[i];
        const unit_t *u = &w->units[w->unit_of[i]];
        if (i == a || u->lead != lead || u->para < 0)
            continue;
        bool same = o->kind == CATALOG_ACTION && o->ref == action && w->state[i] == 0;
        if (!same && !retells(w, i, action, &parties))
            continue;
        int32_t day = news_date_at(w, i, anchor_ms);
        if (day != NO_DAY)
            return day;
    }
    return NO_DAY;
}

/* The date of the first sentence, when it tells action hit A's action again (a phrase of an
   action that may be it, unnegated) between A's two parties and dates it on the publication's
   day or the day before: "Kerry told Lavrov on Sunday that ... . Kerry spoke with Lavrov by
   phone as Washington weighed a response to the attack near Damascus on Wednesday" (the
   attack's Wednesday, a recollection's day, is not the call's). NO_DAY when it does not. */
static int32_t
fresh_date_of_first_telling(const work_t *w, size_t a, int64_t anchor_ms)
{
    size_t first = classify_first_sentence(w);
    if (first >= w->n_units || w->unit_of[a] == first)
        return NO_DAY;
    actor_set_t parties, s;
    if (!classify_participants(w, a, &parties) || parties.n != 2)
        return NO_DAY;
    for (size_t i = w->unit_hits[first]; i < w->unit_hits[first + 1]; i++) {
        const catalog_hit_t *h = &w->hits.v[i];
        if (w->state[i] != 0 || !classify_is_action(h) ||
            !classify_may_be(w->cat, h->ref, w->hits.v[a].ref) ||
            !classify_participants(w, i, &s) || !same_parties(&s, &parties))
            continue;
        int32_t day = news_date_at(w, i, anchor_ms);
        if (day != NO_DAY && day >= w->pub_day - 1 && day <= w->pub_day)
            return day;
    }
    return NO_DAY;
}

/* A weekday or relative word anywhere in the lead, the one nearest hit H in its unit: in the
   title, a line above the story's first sentence (its headline) or a sentence; not in a line
   of no prose below it ("18:03 Погода на неділю", a list's next headline). */
static int32_t
word_in_lead(const work_t *w, const catalog_hit_t *h, int64_t anchor_ms)
{
    size_t first = classify_first_sentence(w);
    for (size_t i = 0; i < w->n_units; i++) {
        const unit_t *u = &w->units[i];
        bool line_below = i > first && !u->prose && u->para >= 0;
        if (u->lead && !line_below) {
            int32_t day = classify_date_in_unit(w, (uint32_t)i, w->units[i].start, w->units[i].end,
                                                h->start, h->end, anchor_ms, PICK_WORDS, NULL);
            if (day != NO_DAY)
                return day;
        }
    }
    return NO_DAY;
}

#define PAGE_DATE_LINE_MAX 96   /* bytes: a stamp, a section and a page number, not prose */
#define PAGE_DATE_DAYS 7        /* how far before the publication a stamp may be */

/* True when S[0..N) holds four digits in a row: a whole date has a year. */
static bool
has_four_digits(const char *s, size_t n)
{
    int run = 0;
    for (size_t i = 0; i < n; i++) {
        run = s[i] >= '0' && s[i] <= '9' ? run + 1 : 0;
        if (run == 4)
            return true;
    }
    return false;
}

/* The day of the page's own date line: a short line above the story's first sentence that
   holds a whole date ("Maandag 21 juli 2014 | Binnenland", "№143 от 15.08.2014", "15 Feb 2017
   13:20"), in the week up to the publication's day or the day after it (a print edition put
   online the evening before its date). It is the day the text was written (a
   print edition's, a page's stamp), which the publication time of a feed or a scrape may
   follow by a day or two: "yesterday" counts from it. NO_DAY when there is none. */
static int32_t
page_date_day(const work_t *w)
{
    int32_t pub = dates_moscow_day_of_ms(w->published_ms);
    size_t first = classify_first_sentence(w);
    for (size_t i = 0; i < first; i++) {
        const unit_t *u = &w->units[i];
        if (u->para < 0 || u->end - u->start > PAGE_DATE_LINE_MAX ||
            !has_four_digits(w->text.ptr + u->start, u->end - u->start))
            continue;
        dates_expr_t e[2];
        size_t n = dates_scan(catalog_dates(w->cat), w->text.ptr + u->start, u->end - u->start,
                              w->lang, w->published_ms, e, 2);
        for (size_t j = 0; j < n; j++)
            if (e[j].kind == DATES_EXPLICIT && e[j].days <= pub + 1 &&
                e[j].days >= pub - PAGE_DATE_DAYS)
                return e[j].days;
    }
    return NO_DAY;
}

/* What weekdays and relative words count from (lead_date): the dateline's day, else the
   page's date line's, else the publication's day in the writer's zone or the publication
   time. *DL_DAY gets the dateline's day, or NO_DAY. */
static int64_t
anchor_of(const work_t *w, int32_t *dl_day)
{
    int64_t anchor_ms = w->published_ms;
    int32_t page_day;
    *dl_day = NO_DAY;
    if (w->has_dl && w->dl.day > 0) {
        char iso[11];
        dates_resolve_month_day(w->dl.month, w->dl.day, w->published_ms, iso);
        if (dates_parse_iso(iso, 10, dl_day))
            anchor_ms = (int64_t)*dl_day * MS_PER_DAY;
    } else if ((page_day = page_date_day(w)) != NO_DAY) {
        anchor_ms = (int64_t)page_day * MS_PER_DAY;
    } else if (w->writer_zone != WRITER_UTC) {
        /* "вчера" written at 01:30 in Moscow is the Moscow day before, "어제" written at 08:00
           in Seoul the Seoul day before, whatever the UTC day */
        int32_t local = w->writer_zone == WRITER_MOSCOW
                            ? dates_moscow_day_of_ms(w->published_ms)
                            : dates_day_of_ms(w->published_ms + (int64_t)w->writer_zone * 60000);
        anchor_ms = (int64_t)local * MS_PER_DAY + MS_PER_DAY / 2;
    }
    return anchor_ms;
}

/* The date of a sentence of the body, lead or not, that tells event E another way when no
   other date was found: a phrase of E's action or of a talk that implies it, unnegated, whose
   parties are none ("Розмова телефоном відбулася в неділю", "The call took place on Sunday")
   or make E. */
static int32_t
date_of_event_sentence(const work_t *w, const catalog_event_t *e, int64_t anchor_ms)
{
    for (size_t i = 0; e != NULL && i < w->hits.n; i++) {
        const catalog_hit_t *o = &w->hits.v[i];
        if (!classify_is_action(o) || w->state[i] != 0 || w->units[w->unit_of[i]].para < 0 ||
            !classify_may_be(w->cat, o->ref, e->action))
            continue;
        actor_set_t s;
        classify_participants(w, i, &s);
        if (s.n > 0 && classify_match_event(w, e->action, &s) != e)
            continue;
        int32_t day = news_date_at(w, i, anchor_ms);
        if (day != NO_DAY)
            return day;
    }
    return NO_DAY;
}

/* True when the title tells the action of body hit M (or one that may be it) with M's parties
   ("Lavrov und Kerry sprachen über die Türkei", "Lavrov e Kerry si sono sentiti"): the story
   is the exchange, even when it was made known days after it ("wie erst am Dienstag bekannt
   wurde, haben Lawrow und Kerry bereits am Sonntag telefoniert"). */
static bool
title_tells(const work_t *w, size_t m)
{
    if (w->units[w->unit_of[m]].para < 0)
        return false;           /* the title's own phrase: what the body says of it decides */
    actor_set_t parties;
    classify_participants(w, m, &parties);
    for (size_t i = 0; i < w->hits.n && w->units[w->unit_of[i]].para < 0; i++)
        if (w->state[i] == 0 && tells_exchange(w, i, w->hits.v[m].ref, &parties))
            return true;
    return false;
}

/* The date the lead gives for the action at hit M, in this order: the nearest date in the
   sentence that tells of the action (classify_action_sentence); a weekday or relative word in
   the sentences around it ("... yesterday. The phone conversation was held at Moscow's
   initiative."); the dateline's date (the day the writer filed, at most a day after the
   event); a date in another lead sentence that tells of the action; a date in the sentences
   around; a weekday or relative word anywhere in the lead; a date in a sentence past the
   lead that tells of the action (an updated story); a date in any sentence that tells the
   event E another way, naming no one else (date_of_event_sentence). Weekdays and relative
   words count from anchor_of's day. Returns NO_DAY when the text gives none; sets
   *FROM_DATELINE when the dateline's date is the one returned. */
static int32_t
lead_date(const work_t *w, size_t m, const catalog_event_t *e, bool *from_dateline)
{
    int32_t dl_day = w->dl_day;
    int64_t anchor_ms = w->anchor_ms;
    size_t a = classify_action_sentence(w, m);
    uint32_t ui = w->unit_of[a];
    const catalog_hit_t *h = &w->hits.v[a];
    bool apart;
    int32_t day = classify_date_in_unit(w, ui, w->units[ui].start, w->units[ui].end, h->start,
                                        h->end, anchor_ms, PICK_ANY, &apart);
    if (day != NO_DAY && apart) {
        int32_t told = date_of_next_telling(w, ui, a, anchor_ms);
        day = told != NO_DAY ? told : day;
    }
    if (day != NO_DAY) {
        int32_t clocked = clocked_day_told_after(w, ui, a, anchor_ms);
        if (clocked == day + 1 || clocked == day - 1)
            day = clocked;
    }
    if (day != NO_DAY && day < w->pub_day - 1) {
        int32_t fresh = fresh_date_of_first_telling(w, a, anchor_ms);
        day = fresh != NO_DAY ? fresh : day;
    }
    if (day == NO_DAY)
        day = date_of_next_telling(w, ui, a, anchor_ms);
    if (day == NO_DAY)
        day = date_next_to(w, ui, a, anchor_ms, PICK_WORDS);
    if (day == NO_DAY && dl_day != NO_DAY) {
        *from_dateline = true;
        return dl_day;
    }
    if (day == NO_DAY)
        day = date_in_retelling(w, a, anchor_ms, true);
    if (day == NO_DAY)
        day = date_next_to(w, ui, a, anchor_ms, PICK_ANY);
    if (day == NO_DAY)
        day = word_in_lead(w, h, anchor_ms);
    if (day == NO_DAY)
        day = date_in_retelling(w, a, anchor_ms, false);
    if (day == NO_DAY)
        day = date_of_event_sentence(w, e, anchor_ms);
    return day;
}

int32_t
classify_day_at(const work_t *w, size_t i)
{
    uint32_t ui = w->unit_of[i];
    return classify_date_in_unit(w, ui, w->units[ui].start, w->units[ui].end, w->hits.v[i].start,
                                 w->hits.v[i].end, w->anchor_ms, PICK_ANY, NULL);
}

bool
classify_told_later(const work_t *w, size_t m, int32_t day)
{
    if (title_tells(w, m))
        return false;
    int64_t anchor_ms = w->anchor_ms;
    uint32_t ui = w->unit_of[classify_action_sentence(w, m)];
    /* any date of the prose, whatever verb it goes with ("Lavrov, who discussed Syria with
       Kerry on Saturday, said on Monday", "The truce, which Lavrov and Kerry agreed by phone
       on Friday, took effect on Monday"); not a page's own date line ("Updated 2013-02-19
       00:28") */
    for (uint32_t k = ui > 0 ? ui - 1 : 0; k <= ui + 1 && k < w->n_units; k++) {
        const unit_t *u = &w->units[k];
        if (!u->lead || !u->prose)
            continue;
        const unit_dates_t *c = classify_unit_dates(w, k, anchor_ms);
        for (size_t j = 0; j < c->n; j++)
            if (c->e[j].days >= day + 2 &&
                !((c->e[j].kind == DATES_EXPLICIT || c->e[j].kind == DATES_MONTH_DAY) &&
                  classify_attributive(w, (uint32_t)c->e[j].start)))
                return true;
    }
    return false;
}

bool
classify_event_date(work_t *w, size_t m, const catalog_event_t *e, char out[11],
                    char text_out[11])
{
    /* asked only when there is an event to date: the language may need detecting */
    w->writer_zone = writer_zone(w);
    w->anchor_ms = anchor_of(w, &w->dl_day);
    bool from_dateline = false;
    int32_t day = lead_date(w, m, e, &from_dateline);
    text_out[0] = '\0';
    /* an event told is no later than the day (in Moscow) it was published on: a later date
       is a dateline or a weekday counted in a time zone ahead, and the day is the
       publication's, as unsure as when the text gives none */
    int32_t latest = dates_moscow_day_of_ms(w->published_ms), fallback = w->pub_day;
    if (day != NO_DAY && day > latest) {
        dates_format(day, text_out);
        day = NO_DAY;
        fallback = latest;
    }
    dates_format(day == NO_DAY ? fallback : day, out);
    w->date_how = day == NO_DAY   ? CLASSIFY_DATE_PUBLISHED
                  : from_dateline ? CLASSIFY_DATE_DATELINE
                                  : CLASSIFY_DATE_TEXT;
    w->date_local_ahead = w->date_how == CLASSIFY_DATE_TEXT && w->writer_zone != WRITER_UTC &&
                          w->writer_zone != WRITER_MOSCOW && w->writer_zone >= MOSCOW_AHEAD_MIN;
    return day != NO_DAY;
}

/* The day an action to come is announced for, read in unit UI nearest bytes [A, B): the
   days a text names ahead lie up to PREVIEW_DAYS after publication ("on September 9", a
   weekday counted forward: "will meet on Friday" on a Thursday is the next day, "tomorrow");
   a day before the publication's eve is some other thing's. NO_DAY when there is none. */
#define PREVIEW_DAYS 45

static int32_t
day_ahead_in(const work_t *w, uint32_t ui, uint32_t a, uint32_t b)
{
    const unit_t *u = &w->units[ui];
    dates_expr_t e[16];
    size_t n = dates_scan(catalog_dates(w->cat), w->text.ptr + u->start, u->end - u->start,
                          w->lang, w->published_ms + PREVIEW_DAYS * MS_PER_DAY, e, 16);
    int32_t best = NO_DAY;
    uint32_t best_gap = UINT32_MAX;
    for (size_t k = 0; k < n; k++) {
        int32_t day = e[k].days;
        if (e[k].kind == DATES_RELATIVE)
            day -= PREVIEW_DAYS;            /* counted from the shifted anchor */
        else if (e[k].kind == DATES_WEEKDAY)
            while (day - 7 >= w->pub_day)
                day -= 7;                   /* the first such weekday from publication on */
        uint32_t s = u->start + (uint32_t)e[k].start, t = u->start + (uint32_t)e[k].end;
        uint32_t gap = s >= b ? s - b : a >= t ? a - t : 0;
        if (day >= w->pub_day - 1 && gap < best_gap)
            best = day, best_gap = gap;
    }
    return best;
}

bool
classify_preview_date(work_t *w, size_t m, char out[11])
{
    const catalog_hit_t *h = &w->hits.v[m];
    int32_t day = day_ahead_in(w, w->unit_of[m], h->start, h->end);
    size_t first = classify_first_sentence(w);
    if (day == NO_DAY && w->unit_of[m] < first && first < w->n_units)
        day = day_ahead_in(w, (uint32_t)first, w->units[first].start, w->units[first].start);
    dates_format(day == NO_DAY ? w->pub_day : day, out);
    w->date_how = day == NO_DAY ? CLASSIFY_DATE_PUBLISHED : CLASSIFY_DATE_TEXT;
    w->date_local_ahead = false;
    return day != NO_DAY;
}

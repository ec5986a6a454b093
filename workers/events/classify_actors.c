/* SPDX-License-Identifier: MIT
 *
 * classify_actors — who took part in the story's action (step 5 of
 * classify, see classify.c): the actors (roles already resolved to their
 * holders on the publication day) that stand with the action, looked for
 * from the tightest place outwards: the title when it carries the action and
 * two actors, the action's clause, its sentence, then the title and the lead
 * sentences around it and those that tell of the same action.
 *
 * Reads the work_t only; it never changes a hit, a unit or the text. */
#include "classify_int.h"

bool
classify_deal_party_calls(const work_t *w, size_t i, size_t a)
{
    const catalog_hit_t *h = &w->hits.v[a];
    return w->unit_of[a] == w->unit_of[i] && h->start >= w->hits.v[i].end &&
           catalog_action_implies(w->cat, h->ref) < 0;
}

/* Adds the parties of the action at hit A named within folded bytes [from, to) of unit UI:
   the unit's bytes, or a part of them. The hits of UI come first among those that start at or
   after its start (classify_int.h), so the walk starts there. */
static void
actors_between(const work_t *w, size_t a, uint32_t ui, uint32_t from, uint32_t to,
               actor_set_t *s)
{
    for (size_t i = w->unit_hits[ui]; i < w->hits.n && w->hits.v[i].start < to; i++)
        if (w->hits.v[i].start >= from && w->hits.v[i].end <= to)
            classify_set_add(s, classify_party(w, i, a));
}

/* Sets *S to the parties of the action at hit A named within folded bytes [from, to) of unit
   UI; true when there are two or more. */
static bool
two_in(const work_t *w, size_t a, uint32_t ui, uint32_t from, uint32_t to, actor_set_t *s)
{
    s->n = 0;
    actors_between(w, a, ui, from, to, s);
    return s->n >= 2;
}

/* True when a clause break starts at byte I of P[0..END) (I < END), and its length in *LEN:
   , ; : ( ) or — – ، 、 ， ；. The marks of more than one byte are matched on all their bytes
   at once: their lead bytes are shared with whole blocks (0xD8 with most Arabic letters), so
   this test runs on nearly every byte of an Arabic or Chinese clause. */
static inline bool
is_clause_break(const char *p, uint32_t i, uint32_t end, uint32_t *len)
{
    /* the bytes a break may start with: one lookup passes over the rest */
    static const bool may_start[256] = { [','] = true, [';'] = true, [':'] = true, ['('] = true,
                                         [')'] = true, [0xD8] = true, [0xE2] = true,
                                         [0xE3] = true, [0xEF] = true };
    const uint8_t *b = (const uint8_t *)p + i;
    uint32_t left = end - i;
    uint32_t n = 0;                                 /* the length of the mark found */
    *len = 1;
    if (!may_start[b[0]])
        return false;
    switch (b[0]) {
    case ',': case ';': case ':': case '(': case ')':
        n = 1;
        break;
    case 0xD8:                                      /* ، U+060C */
        n = left >= 2 && b[1] == 0x8C ? 2 : 0;
        break;
    case 0xE2:                                      /* — U+2014, – U+2013 */
        n = left >= 3 && b[1] == 0x80 && (b[2] == 0x94 || b[2] == 0x93) ? 3 : 0;
        break;
    case 0xE3:                                      /* 、 U+3001 */
        n = left >= 3 && b[1] == 0x80 && b[2] == 0x81 ? 3 : 0;
        break;
    case 0xEF:                                      /* ， U+FF0C, ； U+FF1B */
        n = left >= 3 && b[1] == 0xBC && (b[2] == 0x8C || b[2] == 0x9B) ? 3 : 0;
        break;
    default:
        break;
    }
    *len = n > 0 ? n : 1;
    return n > 0;
}

void
classify_clause_of(const work_t *w, const unit_t *u, const catalog_hit_t *h, uint32_t *from,
                   uint32_t *to)
{
    const char *p = w->text.ptr;
    uint32_t len;
    *from = u->start;
    for (uint32_t i = h->start; i-- > u->start;)   /* the last break before the hit */
        if (is_clause_break(p, i, u->end, &len)) {
            *from = i + len;
            break;
        }
    *to = u->end;
    for (uint32_t i = h->end; i < u->end; i++)
        if (is_clause_break(p, i, u->end, &len)) {
            *to = i;
            break;
        }
    /* a conjunction after the phrase opens another clause ("se reunieron en Moscú antes de
       que Kerry fuera recibido por Putin") */
    size_t ui = (size_t)(u - w->units);
    if (!classify_unit_holds(w, ui, KIND_BIT(CATALOG_CONJUNCTION)))
        return;
    for (size_t k = w->unit_hits[ui]; k < w->unit_hits[ui + 1]; k++) {
        const catalog_hit_t *c = &w->hits.v[k];
        if (c->kind == CATALOG_CONJUNCTION && c->start >= h->end && c->start < *to &&
            classify_of_lang_so_far(w, c)) {
            *to = c->start;
            break;
        }
    }
}

static bool
spaces_only(const work_t *w, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++)
        if (w->text.ptr[i] != ' ')
            return false;
    return true;
}

/* The byte after the comma that follows hit H, when only spaces stand between them; 0 when
   none follows it. */
static uint32_t
comma_after(const work_t *w, const catalog_hit_t *h, uint32_t end)
{
    const char *p = w->text.ptr;
    uint32_t i = h->end;
    while (i < end && p[i] == ' ')
        i++;
    return i < end && p[i] == ',' ? i + 1 : 0;
}

void
classify_mark_asides(work_t *w)
{
    const catalog_hit_t *h = w->hits.v;
    for (size_t u = 0; u < w->n_units; u++) {
        const unit_t *unit = &w->units[u];
        size_t last = w->unit_hits[u + 1];
        for (size_t j = w->unit_hits[u]; j < last; j++) {
            uint32_t from;
            if (w->actor_of[j] < 0 || (from = comma_after(w, &h[j], unit->end)) == 0)
                continue;
            catalog_hit_t at = { .start = from, .end = from };
            uint32_t a, to;
            classify_clause_of(w, unit, &at, &a, &to);
            bool action = false, other = false;
            size_t k = j + 1;
            while (k < last && h[k].start < from)
                k++;
            size_t first = k;
            if (first == last || h[first].kind != CATALOG_RELATIVE ||
                !classify_of_text_lang(w, &h[first]) || !spaces_only(w, from, h[first].start))
                continue;               /* no relative clause: an apposition, a list */
            for (; k < last && h[k].end <= to; k++) {
                action |= classify_is_action(&h[k]) && !(w->state[k] & HIT_NESTED) &&
                          !catalog_action_is_weak(w->cat, h[k].ref);
                other |= w->actor_of[k] >= 0 && w->actor_of[k] != w->actor_of[j];
            }
            if (!action || !other)
                continue;
            for (k = first; k < last && h[k].end <= to; k++)
                w->state[k] |= HIT_ASIDE;
            w->has_asides = true;
            while (j + 1 < last && h[j + 1].start < to)
                j++;                    /* on past the aside */
        }
    }
}

bool
classify_aside_apart(const work_t *w, uint32_t ui, uint32_t pos, uint32_t a, uint32_t b)
{
    catalog_hit_t at = { .start = pos, .end = pos };
    uint32_t from, to;
    classify_clause_of(w, &w->units[ui], &at, &from, &to);
    if (a >= from && b <= to)
        return false;
    for (size_t k = w->unit_hits[ui]; k < w->unit_hits[ui + 1]; k++)
        if (w->hits.v[k].start >= from && w->hits.v[k].end <= to && (w->state[k] & HIT_ASIDE))
            return true;
    return false;
}

bool
classify_apart(const work_t *w, size_t i, size_t a)
{
    const catalog_hit_t *h = w->hits.v;
    uint32_t u = w->unit_of[a];
    if (w->unit_of[i] != u)
        return true;                    /* one of them is in an aside of its own unit */
    uint32_t from, to;
    classify_clause_of(w, &w->units[u], &h[a], &from, &to);
    if (h[i].start >= from && h[i].end <= to)
        return false;                   /* in one clause */
    if (w->state[i] & HIT_ASIDE)
        return true;                    /* in an aside the action is not in */
    /* the action is in an aside: the name before it is the one who did it */
    return !(h[i].end <= from && comma_after(w, &h[i], from) == from);
}

size_t
classify_action_sentence(const work_t *w, size_t m)
{
    if (!classify_is_headline(w, w->unit_of[m]))
        return m;
    for (int pass = 0; pass < 2; pass++)        /* prose first: not the headline repeated */
        for (size_t i = 0; i < w->hits.n; i++) {
            const unit_t *u = &w->units[w->unit_of[i]];
            if (classify_tells_of(w, i, w->hits.v[m].ref) && u->para >= 0 &&
                (u->prose || pass == 1))
                return i;
        }
    return m;
}

/* True when the action at hit M opens its clause, and the one party unit UI names stands
   right after the phrase, as its object ("The conversation with John Kerry took place at the
   American side's initiative", "Разговор с Джоном Керри состоялся"): the unit tells the
   action of someone named before it. Not "Asked about a conversation with Kerry, he
   declined to comment". */
#define OBJECT_REACH 2
#define OPENS_REACH 1           /* words before the phrase in its clause: an article */

static bool
object_only(const work_t *w, size_t m, uint32_t ui)
{
    const catalog_hit_t *h = w->hits.v;
    uint32_t from, to;
    classify_clause_of(w, &w->units[ui], &h[m], &from, &to);
    actor_set_t s = { .n = 0 };
    actors_between(w, m, ui, w->units[ui].start, w->units[ui].end, &s);
    if (s.n != 1 || !classify_near_in_clause(w, from, h[m].start, OPENS_REACH, false))
        return false;
    for (size_t i = w->unit_hits[ui]; i < w->unit_hits[ui + 1]; i++)
        if (classify_party(w, i, m) >= 0)
            return h[i].start >= h[m].end && h[i].end <= to &&
                   classify_near_in_clause(w, h[m].end, h[i].start, OBJECT_REACH, true);
    return false;
}

/* True when unit UI, which names no actor, names the two parties at once in the clause of
   the action at hit M ("The sides also discussed ...", "Стороны обсудили ...", "両外相は
   ...話し合った"), and the lead tells no action M's may be instead: after "Kerry met Lavrov
   in Paris", "the two ministers discussed" is the meeting's talk. */
static bool
pair_told(const work_t *w, size_t m, uint32_t ui)
{
    const catalog_hit_t *h = w->hits.v;
    uint32_t from, to;
    classify_clause_of(w, &w->units[ui], &h[m], &from, &to);
    bool pair = false;
    for (size_t i = w->unit_hits[ui]; i < w->unit_hits[ui + 1]; i++) {
        if (w->actor_of[i] >= 0)
            return false;
        pair |= h[i].kind == CATALOG_PAIR && h[i].start >= from && h[i].end <= to &&
                classify_of_lang_so_far(w, &h[i]);
    }
    int64_t alt = catalog_action_alternative(w->cat, h[m].ref);
    for (size_t i = 0; pair && alt >= 0 && i < w->hits.n; i++)   /* the whole lead: last */
        if (w->units[w->unit_of[i]].lead && classify_is_action(&h[i]) && w->state[i] == 0 &&
            classify_may_be(w->cat, h[i].ref, (uint32_t)alt))
            return false;
    return pair;
}

/* True when a title line tells ACTION with exactly two parties, which it sets in *S: they are
   the parties of the lead sentence that tells the same action without naming two ("Kerry
   telefoniert mit Steinmeier" over "Beide hätten in dem Telefonat ... betont. Kerry hatte
   angekündigt, auch mit Lawrow sprechen zu wollen": Steinmeier's call, not Lavrov's). */
static bool
title_parties(const work_t *w, uint32_t action, actor_set_t *s)
{
    for (uint32_t ti = 0; ti < w->n_units && w->units[ti].para < 0; ti++)
        for (size_t j = w->unit_hits[ti]; j < w->unit_hits[ti + 1]; j++)
            if (classify_tells_of(w, j, action)) {
                if (two_in(w, j, ti, w->units[ti].start, w->units[ti].end, s) && s->n == 2)
                    return true;
                s->n = 0;
                break;
            }
    return false;
}

/* When the title carries the action but not two actors, the lead sentence that tells of the
   action is read instead. */
bool
classify_participants(const work_t *w, size_t m, actor_set_t *s)
{
    s->n = 0;
    if (w->units[w->unit_of[m]].para < 0) {
        uint32_t ti = w->unit_of[m];
        const unit_t *t = &w->units[ti];
        if (two_in(w, m, ti, t->start, t->end, s))
            return true;
        s->n = 0;
        m = classify_action_sentence(w, m);
    }
    const catalog_hit_t *h = &w->hits.v[m];
    uint32_t ui = w->unit_of[m];
    const unit_t *u = &w->units[ui];
    if (u->para >= 0) {
        uint32_t from, to;
        classify_clause_of(w, u, h, &from, &to);
        if (two_in(w, m, ui, from, to, s) || two_in(w, m, ui, u->start, u->end, s))
            return true;
    }
    /* Looser: the title, the lead units next to the action's, and the other lead units that
       tell of the same action ("... have spoken by phone again." ... "The foreign ministers
       of Russia and the U.S. discussed Aleppo by telephone on 14 December."). The title's
       units come before the body's (classify_find_lead), so none past LAST_NEAR is near. A
       unit the lead took in to meet the parties is near too ("The two ministers spoke by
       phone." "Lavrov urged ..." "Kerry said ..."); and when the action is told in a unit
       the lead took in, every lead unit is ("Lavrov said ..." "He added ..." "The minister
       made the remarks in a telephone conversation with Kerry"). */
    if (u->para >= 0 && title_parties(w, h->ref, s))
        return false;
    size_t last_near = u->para < 0 ? (size_t)ui + 2 : (size_t)ui + 1;
    if (last_near + 1 < w->n_units && w->units[last_near + 1].taken_in)
        last_near++;
    /* "The sides discussed ...", "The conversation took place at the initiative of the
       American side": the two are whoever the lead's sentences name, before or after (an
       excerpt that begins after the names' sentence) */
    /* The hits of a unit come together: one that tells of the action is enough to read the
       unit, and only a lead unit's can (classify_tells_of). Those units are read first: of
       the names found around, theirs are nearer the action than a title's that tells
       something else ("Lavrov warns of civil war as Kerry readies for Geneva" over "Lavrov
       discussed by telephone ... His conversation partner was Steinmeier"). */
    for (size_t i = 0; i < w->n_units; i++) {
        const unit_t *v = &w->units[i];
        if (!v->lead)
            continue;
        for (size_t j = w->unit_hits[i]; j < w->unit_hits[i + 1]; j++)
            if (classify_tells_of(w, j, h->ref)) {
                actors_between(w, m, (uint32_t)i, v->start, v->end, s);
                break;
            }
    }
    bool paired = u->lead && u->para >= 0 && pair_told(w, m, ui);
    for (size_t i = 0; i < w->n_units && (i <= last_near || w->units[i].para < 0 || paired);
         i++) {
        const unit_t *v = &w->units[i];
        bool near = v->para < 0 || i + 1 == ui || (i >= ui && i <= last_near) ||
                    (u->taken_in && v->lead) || (paired && v->lead && v->prose);
        if (near)
            actors_between(w, m, (uint32_t)i, v->start, v->end, s);
    }
    /* a lead sentence that tells the action with its object only, or with the words for the
       two parties, the two named in the lead around it and no one else: as tight as one
       sentence */
    return s->n == 2 && u->lead && u->para >= 0 && (paired || object_only(w, m, ui));
}

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

#include <string.h>

/* Adds the actors named within folded bytes [from, to). */
static void
actors_between(const work_t *w, uint32_t from, uint32_t to, actor_set_t *s)
{
    size_t lo = 0, hi = w->hits.n;             /* the first hit starting at FROM or later */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (w->hits.v[mid].start < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < w->hits.n && w->hits.v[i].start < to; i++)
        if (w->hits.v[i].end <= to)
            classify_set_add(s, w->actor_of[i]);
}

/* Sets *S to the actors named within folded bytes [from, to); true when there are two or more. */
static bool
two_in(const work_t *w, uint32_t from, uint32_t to, actor_set_t *s)
{
    s->n = 0;
    actors_between(w, from, to, s);
    return s->n >= 2;
}

static inline bool
is_clause_break(const char *p, uint32_t i, uint32_t end, uint32_t *len)
{
    /* — – ، 、 ， ； */
    static const struct { uint8_t n; char b[4]; } marks[] = {
        { 3, "\xe2\x80\x94" }, { 3, "\xe2\x80\x93" }, { 2, "\xd8\x8c" },
        { 3, "\xe3\x80\x81" }, { 3, "\xef\xbc\x8c" }, { 3, "\xef\xbc\x9b" } };
    /* 1: a break of one byte; 2: the first byte of a longer mark */
    static const uint8_t first[256] = { [','] = 1, [';'] = 1, [':'] = 1, ['('] = 1, [')'] = 1,
                                        [0xE2] = 2, [0xD8] = 2, [0xE3] = 2, [0xEF] = 2 };
    uint8_t c = (uint8_t)p[i];
    *len = 1;
    if (first[c] != 2)
        return first[c] == 1;
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++) {
        uint32_t n = marks[k].n;
        if (i + n <= end && memcmp(p + i, marks[k].b, n) == 0) {
            *len = n;
            return true;
        }
    }
    return false;
}

/* The clause of hit H inside unit U: bounded by commas, colons, dashes and brackets. */
static void
clause_of(const work_t *w, const unit_t *u, const catalog_hit_t *h, uint32_t *from, uint32_t *to)
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
}

size_t
classify_action_sentence(const work_t *w, size_t m)
{
    if (w->units[w->unit_of[m]].para >= 0)
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

/* When the title carries the action but not two actors, the lead sentence that tells of the
   action is read instead. */
bool
classify_participants(const work_t *w, size_t m, actor_set_t *s)
{
    s->n = 0;
    if (w->units[w->unit_of[m]].para < 0) {
        const unit_t *t = &w->units[w->unit_of[m]];
        if (two_in(w, t->start, t->end, s))
            return true;
        s->n = 0;
        m = classify_action_sentence(w, m);
    }
    const catalog_hit_t *h = &w->hits.v[m];
    uint32_t ui = w->unit_of[m];
    const unit_t *u = &w->units[ui];
    if (u->para >= 0) {
        uint32_t from, to;
        clause_of(w, u, h, &from, &to);
        if (two_in(w, from, to, s) || two_in(w, u->start, u->end, s))
            return true;
    }
    /* Looser: the title, the lead units next to the action's, and the other lead units that
       tell of the same action ("... have spoken by phone again." ... "The foreign ministers
       of Russia and the U.S. discussed Aleppo by telephone on 14 December."). */
    for (size_t i = 0; i < w->n_units; i++) {
        const unit_t *v = &w->units[i];
        bool near = v->para < 0 || i + 1 == ui || i == ui || i == ui + 1 ||
                    (u->para < 0 && i <= ui + 2);
        if (near)
            actors_between(w, v->start, v->end, s);
    }
    for (size_t i = 0; i < w->hits.n; i++) {
        const unit_t *v = &w->units[w->unit_of[i]];
        if (classify_tells_of(w, i, h->ref))
            actors_between(w, v->start, v->end, s);
    }
    return false;
}

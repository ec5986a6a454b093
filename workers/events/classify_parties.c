/* SPDX-License-Identifier: MIT
 *
 * classify_parties — part of step 5 of classify (see classify.c): which event type the
 * participants of an action phrase make, and, when its sentence names more than two, which
 * two of them are the parties (classify_nearest_parties states the rules). Reads the work_t
 * only. */
#include "classify_int.h"

/* True when each "@office" place of E is filled by a different participant that E does not
   name and that held the office on the publication day. */
static bool
offices_filled(const work_t *w, const catalog_event_t *e, const actor_set_t *s)
{
    bool ok = true;
    bool used[MAX_PARTICIPANTS] = { false };
    for (size_t o = 0; o < e->n_offices && ok; o++) {
        ok = false;
        for (size_t i = 0; i < s->n && !ok; i++) {
            bool named = false;
            for (size_t j = 0; j < e->n_actors; j++)
                named = named || e->actors[j] == s->v[i];
            if (!named && !used[i] &&
                catalog_holds_office(w->cat, s->v[i], e->offices[o], w->pub_day))
                ok = used[i] = true;
        }
    }
    return ok;
}

const catalog_event_t *
classify_match_event(const work_t *w, uint32_t action, const actor_set_t *s)
{
    const catalog_event_t *best = NULL;
    size_t best_score = 0;
    for (size_t k = 0; k < catalog_n_events(w->cat); k++) {
        const catalog_event_t *e = catalog_event(w->cat, k);
        if (e->action != action)
            continue;
        bool ok = true;
        for (size_t i = 0; i < e->n_actors && ok; i++)
            ok = classify_set_has(s, e->actors[i]);
        ok = ok && offices_filled(w, e, s);
        size_t score = 2 * e->n_actors + e->n_offices + 1;
        if (ok && score > best_score) {
            best = e;
            best_score = score;
        }
    }
    return best;
}

/* A call has two parties. When more actors stand with the action phrase at hit M, its
   sentence says which two, and the first of these that an event type fits is taken:
   1. the first two actors of the sentence when nothing but a comma or two short words
      ("and", "y el") stand between them (joins): "Lavrov and Kerry discussed by phone
      al-Jubeir's plan";
      unless a partner word introduces a third ("Lavrov and Kerry each spoke by phone with
      Zarif": calls with the third, or one call of three);
   1b. its first actor and the first other one a partner word introduces: "Lawrow hat mit
      dem jordanischen Außenminister Judeh über seine Gespräche mit Kerry telefoniert";
   2. the two named nearest the action phrase: "Lavrov spoke by phone with Cavusoglu about
      the deal with Kerry";
   3. the sentence's first actor and the one named nearest the action: "ラブロフ外相は、
      チャブシオール外相と電話で会談し、ケリー国務長官との合意について説明した".
   Three actors that stand together ("Lavrov, Kerry and de Mistura spoke by phone") are a
   call of three, which no type of two fits; when no type fits the sentence's first actor and
   the one named nearest the phrase either ("Kerry spoke by phone with Klimkin about ... his
   talks with Lavrov"), the call is one no type names, not one of the actors as a whole. An actor the sentence does not name counts as
   the farthest. Leaves *S as it is and returns NULL when none fits; then *KNOWN tells
   whether the parties are known all the same: a call of three, or two nearest of which one
   is a description of someone unnamed ("his Saudi counterpart"): a call no event type
   names. */
#define COORDINATED_GAP 24     /* bytes between two actors read as one subject */
#define COORDINATED_WORD 4     /* ... of which each word has at most this many letters ("and",
                                  "y el", "und sein", "και ο") ... */
#define COORDINATED_WORDS 2    /* ... and at most this many */
#define AFTER_GAP 12           /* bytes between a phrase and the two it names right after it
                                  ("tra", "between", "между", "zwischen") */

/* True when folded bytes [A, B) join two actors into one subject: a comma, "and" and an
   article ("Lavrov and Kerry", "Lavrov y el secretario", "Лавров и Керри"), or a run without
   spaces (the particles of Chinese, Japanese or Korean: "と米国の"); not a date ("국무장관은 19일
   왕이"), nor "en Ginebra" ("tras sus conversaciones con Kerry en Ginebra, Lavrov habló ...":
   another clause's Kerry). */
static bool
joins(const work_t *w, uint32_t a, uint32_t b)
{
    if (b < a || b - a > COORDINATED_GAP)
        return false;
    const char *p = w->text.ptr;
    int words = 0, len = 0, spaces = 0;
    bool long_word = false;
    for (uint32_t i = a; i <= b; i++) {
        unsigned char c = i < b ? (unsigned char)p[i] : ' ';
        if (c >= '0' && c <= '9')
            return false;               /* a date between: "국무장관은 19일 왕이" */
        bool sep = c == ' ' || c == ',' || c == '.' || c == '-' || c == '(' || c == ')';
        if (!sep) {
            len += (c & 0xC0) != 0x80;  /* letters, not bytes: "και", "और" */
            continue;
        }
        spaces += c == ' ' && i < b;
        if (len > 0) {
            words++;
            long_word = long_word || len > COORDINATED_WORD;
        }
        len = 0;
    }
    if (spaces == 0)
        return true;                    /* "ラブロフ外相と米国のケリー" */
    return words <= COORDINATED_WORDS && !long_word;
}

static const catalog_event_t *
parties_fit(const work_t *w, uint32_t action, uint32_t a, uint32_t b, actor_set_t *s)
{
    actor_set_t two = { .n = 0 };
    classify_set_add(&two, a);
    classify_set_add(&two, b);
    const catalog_event_t *e = two.n == 2 ? classify_match_event(w, action, &two) : NULL;
    if (e != NULL)
        *s = two;
    return e;
}

/* What the sentence of an action phrase says of its actors (read_sentence). */
typedef struct {
    int64_t first, second;      /* the sentence's first two actors, in order, or -1 */
    int64_t partner;            /* the first other actor a partner word introduces, or -1 */
    bool coordinated;           /* the first two stand together: "Lavrov and Kerry" */
    bool second_with_next;      /* the second stands together with the next one named: "Kerry
                                   met with Lavrov and Putin" */
    int64_t next;               /* ... that one */
    bool verb_between;          /* the action phrase stands between the first and the second:
                                   "Kerry trifft Putin und Lawrow" */
    int64_t after[2];           /* two named together right after the phrase ("una telefonata
                                   tra Obama e Putin"), or -1 */
    bool three;                 /* ... and a third with them: "Lavrov, Kerry and Zarif" */
    uint32_t dist[MAX_PARTICIPANTS];  /* bytes from each of S's actors to the phrase */
    uint32_t first_start;       /* where the first actor's name begins */
} sentence_t;

/* Reads the sentence of the action phrase at hit M for the actors of S. Two actors stand
   together when nothing but a few bytes ("and", a comma) and no other term lie between. */
static void
read_sentence(const work_t *w, size_t m, const actor_set_t *s, sentence_t *t)
{
    const catalog_hit_t *h = &w->hits.v[m];
    uint32_t u = w->unit_of[m];
    *t = (sentence_t){ .first = -1, .second = -1, .partner = -1, .after = { -1, -1 },
                       .next = -1 };
    uint32_t first_end = 0;         /* where the first actor's name ends */
    uint32_t after_end = 0;         /* where the first actor after the phrase ends */
    for (size_t k = 0; k < s->n; k++)
        t->dist[k] = UINT32_MAX;
    uint32_t end = 0;               /* where the last actor of the subject ends */
    uint32_t second_end = 0;        /* where the second actor's name ends */
    bool with_first = false;        /* a partner word follows the first actor, before the
                                       second: "hat mit seinen Kollegen aus Russland und den
                                       USA, Lawrow und Kerry, telefoniert" */
    for (size_t i = w->unit_hits[u]; i < w->unit_hits[u + 1]; i++) {
        const catalog_hit_t *a = &w->hits.v[i];
        int64_t who = classify_party(w, i, m);
        bool open = end != UINT32_MAX && (t->second < 0 || t->coordinated) && !t->three;
        if (a->kind == CATALOG_PARTNER && t->first >= 0 && t->second < 0)
            with_first = true;
        if (who < 0) {
            if (t->first >= 0 && open && a->start >= end)
                end = UINT32_MAX;           /* another term between: not one subject */
            continue;
        }
        if (t->first >= 0 && who != t->first && t->partner < 0 &&
            ((w->state[i] & HIT_PARTNER) || (with_first && t->second < 0)))
            t->partner = who;
        if (a->start >= h->end && t->after[1] < 0) {
            if (t->after[0] < 0 && a->start - h->end <= AFTER_GAP) {
                t->after[0] = who;
                after_end = a->end;
            } else if (t->after[0] >= 0 && who == t->after[0]) {
                if (a->end > after_end)
                    after_end = a->end;
            } else if (t->after[0] >= 0 && after_end > 0 && a->start >= after_end &&
                       joins(w, after_end, a->start)) {
                t->after[1] = who;
            } else {
                after_end = 0;
            }
        }
        bool next_to = open && a->start >= end && joins(w, end, a->start);
        if (t->first < 0) {
            t->first = who;
            end = a->end;
            first_end = a->end;
            t->first_start = a->start;
        } else if (who == t->first || who == t->second) {
            if (open && a->end > end)
                end = a->end;               /* "Sergei Lavrov", then "Lavrov" within it */
        } else if (t->second < 0) {
            t->second = who;
            t->coordinated = next_to;
            end = next_to ? a->end : UINT32_MAX;
            second_end = a->end;
            t->verb_between = h->start >= first_end && h->end <= a->start;
        } else if (next_to) {
            t->three = true;
        } else if (!t->coordinated && second_end > 0 && a->start >= second_end &&
                   joins(w, second_end, a->start)) {
            t->second_with_next = true;
            t->next = who;
            second_end = 0;
        } else {
            second_end = 0;
        }
        uint32_t d = a->end <= h->start ? h->start - a->end
                     : a->start >= h->end ? a->start - h->end
                                          : 0;
        for (size_t k = 0; k < s->n; k++)
            if (s->v[k] == (uint32_t)who && d < t->dist[k])
                t->dist[k] = d;
    }
}

/* True when byte AT lies in the clause of the action phrase at hit M. */
static bool
in_clause(const work_t *w, size_t m, uint32_t at)
{
    uint32_t from, to;
    classify_clause_of(w, &w->units[w->unit_of[m]], &w->hits.v[m], &from, &to);
    return at >= from && at < to;
}

const catalog_event_t *
classify_nearest_parties(const work_t *w, size_t m, uint32_t action, actor_set_t *s, bool *known)
{
    *known = false;
    if (s->n <= 2)
        return NULL;
    m = classify_action_sentence(w, m);
    sentence_t t;
    read_sentence(w, m, s, &t);
    if (t.three) {
        *known = true;                      /* a call of three: no type of two */
        return NULL;
    }
    const catalog_event_t *e = NULL;
    /* "Lavrov and Kerry each spoke by phone with Zarif": the two spoke with a third */
    bool with_third = t.partner >= 0 && t.partner != t.second;
    /* "trattative tra Kerry e Lavrov e una telefonata tra Obama e Putin": the two named
       together right after the phrase are its parties */
    if (t.after[1] >= 0 && t.after[0] != t.after[1])
        e = parties_fit(w, action, (uint32_t)t.after[0], (uint32_t)t.after[1], s);
    if (e == NULL && t.coordinated && !with_third)
        e = parties_fit(w, action, (uint32_t)t.first, (uint32_t)t.second, s);
    if (e == NULL && t.partner >= 0)
        e = parties_fit(w, action, (uint32_t)t.first, (uint32_t)t.partner, s);
    /* the subject with each of two named together after it, when a partner word introduces
       them ("Kerry Soçi'de Lavrov ve Putin ile bir araya geldi") or the verb stands between
       ("Kerry trifft Putin und Lawrow") */
    if (e == NULL && t.second_with_next &&
        ((t.partner >= 0 && t.second != t.partner) || t.verb_between)) {
        e = parties_fit(w, action, (uint32_t)t.first, (uint32_t)t.second, s);
        if (e == NULL && t.verb_between)
            e = parties_fit(w, action, (uint32_t)t.first, (uint32_t)t.next, s);
    }
    size_t near[2] = { s->n, s->n };
    for (int pick = 0; pick < 2; pick++)
        for (size_t k = 0; k < s->n; k++)
            if (k != near[0] && (near[pick] == s->n || t.dist[k] < t.dist[near[pick]]))
                near[pick] = k;
    if (e == NULL && near[1] < s->n) {
        e = parties_fit(w, action, s->v[near[0]], s->v[near[1]], s);
        *known = e == NULL && (catalog_actor_is_unnamed(w->cat, s->v[near[0]]) ||
                               catalog_actor_is_unnamed(w->cat, s->v[near[1]]));
        if (*known)
            return NULL;
    }
    if (e == NULL && t.first >= 0) {
        size_t other = s->n;
        for (size_t k = 0; k < s->n; k++)
            if (s->v[k] != (uint32_t)t.first && (other == s->n || t.dist[k] < t.dist[other]))
                other = k;
        if (other < s->n) {
            e = parties_fit(w, action, (uint32_t)t.first, s->v[other], s);
            /* the sentence's subject and the one named nearest, both in it ("Kerry spoke by
               phone with Klimkin about ... Lavrov"), or the subject in the phrase's own
               clause and the others named only outside the sentence ("Panjikidze spoke by
               phone with her Lithuanian colleague." "Kerry and Lavrov ..."): a call no event
               type names */
            *known = e == NULL && (t.dist[other] != UINT32_MAX || in_clause(w, m, t.first_start));
        }
    }
    return e;
}

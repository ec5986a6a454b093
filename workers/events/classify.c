/* SPDX-License-Identifier: MIT
 *
 * classify — see classify.h for the rules. The work, in order:
 *
 *  1. find the dateline in the original body (dates_find_dateline);
 *  2. cut the title and body into sentences on the original text, where
 *     capitals still tell "U.S. Secretary" from a sentence end, and fold
 *     each one into one buffer, remembering where each unit (the title or a
 *     sentence) starts; mark the lead's units (steps 1 and 2 are
 *     classify_lead.c);
 *  3. scan the folded text once with the catalog's automaton;
 *  4. pin each hit to its unit, resolve roles to actors on the publication
 *     day, drop action phrases nested in longer ones ("telephone talks"
 *     holds "talks") and read a headline's bare "talks" as the longer
 *     phrase the body first tells them in, and mark negated action phrases
 *     and those told as a recollection ("recalled that ... in his phone
 *     conversations": which cue reaches which phrase is classify_clause.c);
 *  5. weigh each unit (classify_weigh.c) and sum, per event type, the
 *     evidence of every action phrase: its participants (classify_actors.c)
 *     and its action make the type, and of more than two participants its
 *     sentence names the parties (classify_parties.c); choose the type with
 *     the most and its date (classify_evidence.c, classify_date.c); when
 *     the date tells that one as a recollection, the next type of enough
 *     evidence.
 *
 * Nothing here allocates more than a few buffers per item; the scan is
 * linear in the text and the rest is linear in the hits (quadratic only in
 * the few action phrases). */
#include "classify_int.h"

#include <stdlib.h>
#include <string.h>

#include "text/lang.h"
#include "ww_alloc.h"

/* ------------------------------------------------------------------ */
/* Hits                                                                */
/* ------------------------------------------------------------------ */

/* The language bit that cues must match, and whose writers' time zone dates an event: the
   caller's language, or, when it gave none, the detected one (its tag in w->lang_tag).
   Detection costs more than the rest of classify, so it runs only when a cue stands next to
   a phrase it may mark, or an event is to be dated. */
catalog_langs_t
classify_text_lang_mask(work_t *w)
{
    if (!w->lang_known) {
        const char *l = w->body_len > 0 ? lang_detect(w->body, w->body_len)
                                         : lang_detect(w->title, w->title_len);
        w->lang_mask = catalog_lang_mask(w->cat, strcmp(l, "und") == 0 ? NULL : l);
        w->lang_tag = !catalog_langs_empty(w->lang_mask) ? l : NULL;
        w->lang_known = true;
    }
    return w->lang_mask;
}

/* Where the word that goes on at byte AT of the folded text ends, in a script written with
   spaces: ASCII letters and digits, and the two-byte letters of UTF-8 (Latin with marks,
   Greek, Cyrillic, Arabic, Hebrew) go on; a space, a mark of punctuation, the end, and the
   three-byte characters (Han, Kana, Thai, where no space ends a word) stop it. */
static uint32_t
word_end(const work_t *w, uint32_t at)
{
    const uint8_t *p = (const uint8_t *)w->text.ptr;
    while (at < w->text.len && ((p[at] >= 0x80 && p[at] < 0xE0) ||
                                (p[at] >= 'a' && p[at] <= 'z') || (p[at] >= '0' && p[at] <= '9')))
        at++;
    return at;
}

/* The longer action phrase that action hit I lies inside ("telephone talks" holds "talks"),
   or SIZE_MAX. A phrase with a gap holds only its own words. */
static size_t
container_of(const work_t *w, size_t i)
{
    const catalog_hit_t *h = w->hits.v;
    uint32_t u = w->unit_of[i];
    for (size_t j = w->unit_hits[u]; j < w->unit_hits[u + 1]; j++) {
        if (j == i || !classify_is_action(&h[j]) || h[j].start > h[i].start || h[j].split)
            continue;               /* the words in a gap are not the phrase's */
        /* a stem ("telefon görüşme*") holds the rest of the word it ends in, for a phrase
           that starts inside it ("telefon görüşmesinde" holds "görüşmesinde") */
        uint32_t end = h[i].end > h[j].end && h[i].start < h[j].end ? word_end(w, h[j].end)
                                                                     : h[j].end;
        if (h[i].end <= end && end - h[j].start > h[i].end - h[i].start)
            return j;
    }
    return SIZE_MAX;
}

#define MAX_NESTED_OTHER 16    /* nested phrases a bare one is compared with */

/* True when hits I and J are the same words of one action. */
static bool
same_words(const work_t *w, size_t i, size_t j)
{
    const catalog_hit_t *h = w->hits.v;
    uint32_t len = h[i].end - h[i].start;
    return h[j].ref == h[i].ref && h[j].end - h[j].start == len &&
           memcmp(w->text.ptr + h[j].start, w->text.ptr + h[i].start, len) == 0;
}

/* The action hit that action hit I, not nested itself, is short for, or SIZE_MAX: the body
   first tells I's words nested in a longer phrase of another action, in an earlier unit than
   I's or with I in the title. The headline's "محادثات" or "pourparlers" (talks, a meeting's
   word) over a body that says "محادثات هاتفية", "pourparlers téléphoniques" (phone talks);
   a later sentence's "the conversation" after "a phone conversation". A body that first uses
   the words bare ("会談した" before "電話会談") means them bare. Needs every HIT_NESTED;
   ACTS lists the N_ACTS action hits in text order. */
static size_t
short_for(const work_t *w, const size_t *acts, size_t n_acts, size_t i)
{
    const catalog_hit_t *h = w->hits.v;
    bool title = w->units[w->unit_of[i]].para < 0;
    for (size_t a = 0; a < n_acts; a++) {
        size_t j = acts[a];
        if (w->units[w->unit_of[j]].para < 0 || !same_words(w, i, j))
            continue;
        if (!(w->state[j] & HIT_NESTED) || (!title && w->unit_of[j] >= w->unit_of[i]))
            return SIZE_MAX;
        size_t k = container_of(w, j);
        return k != SIZE_MAX && h[k].ref != h[i].ref ? k : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Reads each bare action phrase that is short for a longer one as that one (short_for). Only
   a phrase whose words the text also nests in one of another action (a phone call's
   "conversation"; NESTED lists those nested hits, N_NESTED of them) may be. */
static void
read_short_phrases(work_t *w, const size_t *nested, size_t n_nested)
{
    if (n_nested == 0)
        return;
    const catalog_hit_t *h = w->hits.v;
    size_t *acts = ww_xmalloc((w->hits.n + 1) * sizeof *acts), n_acts = 0;
    for (size_t i = 0; i < w->hits.n; i++)
        if (classify_is_action(&h[i]))
            acts[n_acts++] = i;
    for (size_t a = 0; a < n_acts; a++) {
        size_t i = acts[a], m = 0;
        if (w->state[i] & HIT_NESTED)
            continue;
        while (m < n_nested && !same_words(w, i, nested[m]))
            m++;
        if (m == n_nested)
            continue;
        size_t k = short_for(w, acts, n_acts, i);
        if (k != SIZE_MAX)
            w->hits.v[i].ref = h[k].ref;    /* read as the phrase it is short for */
    }
    free(acts);
}

/* True when action hit I, of an action that yields to another (a meeting's "talks"), is the
   object of a phrase just before it in its clause that implies that other ("discussed the
   Geneva talks", «обсудили переговоры в Женеве», "ont évoqué lundi les négociations"): what
   the talk was about, not an event. */
#define TOPIC_REACH 2          /* words between the talk and the phrase it is about */

static bool
is_talk_topic(const work_t *w, size_t i)
{
    const catalog_hit_t *h = w->hits.v;
    int64_t other = catalog_action_yields(w->cat, h[i].ref);
    if (other < 0 || h[i].reach == CATALOG_ADVERBIAL)
        return false;
    uint32_t u = w->unit_of[i];
    for (size_t j = w->unit_hits[u]; j < i; j++)
        if (classify_is_action(&h[j]) && !(w->state[j] & HIT_NESTED) &&
            catalog_action_implies(w->cat, h[j].ref) == other && h[j].end <= h[i].start &&
            classify_near_in_clause(w, h[j].end, h[i].start, TOPIC_REACH, true))
            return true;
    return false;
}

/* True when hit I continues, right after a comma, the clause of hit J before it, naming no
   one: "Lavrov and Kerry spoke by phone last week, discussing Syria", "上周曾通电话,讨论...". */
#define CONTINUE_BYTES 24

static bool
continues(const work_t *w, size_t j, size_t i)
{
    const catalog_hit_t *h = w->hits.v;
    if (h[j].end > h[i].start || h[i].start - h[j].end > CONTINUE_BYTES)
        return false;
    for (size_t k = j + 1; k < i; k++)
        if (w->actor_of[k] >= 0)
            return false;
    return memchr(w->text.ptr + h[j].end, ',', h[i].start - h[j].end) != NULL;
}

/* True when action hit I names again, later in its sentence, the event of hit J before it:
   no other action phrase stands between and no one is named in I's clause ("обговорювали
   телефоном Лавров і Керрі, однак, судячи з повідомлень, розмова лише зафіксувала
   розбіжності"). */
static bool
refers_back(work_t *w, size_t j, size_t i)
{
    const catalog_hit_t *h = w->hits.v;
    if (j >= i)
        return false;
    for (size_t k = j + 1; k < i; k++)
        if (classify_is_action(&h[k]) && !(w->state[k] & HIT_NESTED))
            return false;
    uint32_t u = w->unit_of[i], from, to;
    classify_clause_of(w, &w->units[u], &h[i], &from, &to);
    for (size_t k = w->unit_hits[u]; k < w->unit_hits[u + 1]; k++)
        if (w->actor_of[k] >= 0 && h[k].start >= from && h[k].end <= to)
            return false;
    return true;
}

/* Marks HIT_BACKGROUND on the phrases that tell of a call or a meeting told as a
   recollection: those that imply its action, or may be it, in its clause ("The plan was
   discussed by Lavrov and Kerry in a phone call last month", "discussed the truce when they
   met in Geneva last month") or in a clause that continues it (continues), and those of its
   action that overlap it ("지난달 ... 전화 [통화]에서"). */
static void
recalled_with(work_t *w)
{
    const catalog_hit_t *h = w->hits.v;
    for (size_t i = 0; i < w->hits.n; i++) {
        int64_t implied = catalog_action_implies(w->cat, h[i].ref);
        int64_t other = catalog_action_alternative(w->cat, h[i].ref);
        if (!classify_is_action(&h[i]) || w->state[i] != 0)
            continue;
        uint32_t u = w->unit_of[i], from, to;
        classify_clause_of(w, &w->units[u], &h[i], &from, &to);
        for (size_t j = w->unit_hits[u]; j < w->unit_hits[u + 1]; j++) {
            if (!classify_is_action(&h[j]) ||
                (w->state[j] & (HIT_BACKGROUND | HIT_NESTED)) != HIT_BACKGROUND)
                continue;
            bool implies = (h[j].ref == (uint32_t)implied || h[j].ref == (uint32_t)other) &&
                           ((h[j].start >= from && h[j].end <= to) || continues(w, j, i) ||
                            refers_back(w, j, i));
            bool overlaps = h[j].ref == h[i].ref && h[j].start < h[i].end && h[i].start < h[j].end;
            if (implies || overlaps) {
                w->state[i] |= HIT_BACKGROUND;
                break;
            }
        }
    }
}

/* True when actor hit I is a description ("his counterpart") that a name stands for: inside
   a longer name or title ("his American counterpart"), or right next to a name ("his
   counterpart John Kerry", "Kerry, his counterpart"). */
/* classify_is_name: hit I names an actor by name (or a role's holder); is_description: by a
   description that stands for someone unnamed ("his counterpart"). */
bool
classify_is_name(const work_t *w, size_t i)
{
    return w->actor_of[i] >= 0 && !catalog_actor_is_unnamed(w->cat, (uint32_t)w->actor_of[i]);
}

static bool
is_description(const work_t *w, size_t i)
{
    return w->actor_of[i] >= 0 && catalog_actor_is_unnamed(w->cat, (uint32_t)w->actor_of[i]);
}

/* True when the possessive "'s " begins at byte AT of the folded text ("Lavrov's deputy"). */
static bool
possessive_at(const work_t *w, uint32_t at)
{
    const char *p = w->text.ptr;
    return at + 2 < w->text.len && p[at] == '\'' && p[at + 1] == 's' && p[at + 2] == ' ';
}

#define APPOSITION_BEFORE 8    /* bytes from a name to the description after it: ", his " */
#define APPOSITION_AFTER 3     /* bytes from the description to the name after it */

/* The actor, other than OTHER, whose name stands next to description hit I as its apposition
   (see described_name), or -1. */
static int64_t
name_described(const work_t *w, size_t i, int64_t other)
{
    const catalog_hit_t *h = w->hits.v;
    uint32_t u = w->unit_of[i];
    for (size_t j = w->unit_hits[u]; j < w->unit_hits[u + 1]; j++) {
        if (j == i || w->actor_of[j] < 0 || w->actor_of[j] == w->actor_of[i] ||
            w->actor_of[j] == other)
            continue;
        /* inside, or starting inside a title that ends within a word ("Venemaa
           välisminist*" holds the start of "välisministri") */
        bool inside = h[j].start <= h[i].start && h[i].start < h[j].end;
        bool before = h[j].end <= h[i].start && h[i].start - h[j].end <= APPOSITION_BEFORE;
        bool after = h[j].start >= h[i].end && h[j].start - h[i].end <= APPOSITION_AFTER;
        if (inside || before || after)
            return w->actor_of[j];
    }
    return -1;
}

static bool
described_name(const work_t *w, size_t i)
{
    return name_described(w, i, -1) >= 0;
}

/* True when description hit I lies inside a word that names both parties at once ("die
   Außenminister beider Länder", "the foreign ministers of both countries"): the two, not
   someone else's minister. */
static bool
inside_pair_word(const work_t *w, size_t i)
{
    const catalog_hit_t *h = w->hits.v;
    uint32_t u = w->unit_of[i];
    for (size_t j = w->unit_hits[u]; j < w->unit_hits[u + 1]; j++)
        if (h[j].kind == CATALOG_PAIR && h[j].start <= h[i].start && h[i].end <= h[j].end)
            return true;
    return false;
}

/* The possessor of a description that names someone else, in a sentence whose subject is a
   third, is no party: "Lavrov discussed Syria by phone with Kerry's Saudi counterpart Adel
   al-Jubeir", "avec l'homologue saoudien de Kerry, Adel al-Jubeir". In "Lavrov's U.S.
   counterpart John Kerry called him" (no one before the possessor) Lavrov stays one.

   True when name hit X possesses description hit D: "'s" after X, or "of", "de", "di", "do",
   "da", "du", "del" right before X, or nothing at all (a genitive: "коллега Керри") between
   D and X. */
#define POSSESSOR_REACH 2      /* words between the possessor and the description */

static bool
possesses(const work_t *w, const catalog_hit_t *x, const catalog_hit_t *d)
{
    const char *p = w->text.ptr;
    if (x->end <= d->start)
        return x->end + 3 <= d->start && possessive_at(w, x->end) &&
               classify_near_in_clause(w, x->end + 3, d->start, POSSESSOR_REACH, false);
    if (d->end > x->start || !classify_near_in_clause(w, d->end, x->start, POSSESSOR_REACH, false))
        return false;
    if (x->start == d->end + 1)
        return true;                                       /* "коллега Керри" */
    static const char *const marks[] = { " of ", " de ", " di ", " do ", " da ", " du ",
                                         " del " };
    for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++) {
        size_t n = strlen(marks[m]);
        if (x->start >= d->end + n - 1 && memcmp(p + x->start - n, marks[m], n) == 0)
            return true;
    }
    return false;
}

/* True when a named actor other than X and Y stands before byte FIRST in unit U: the
   sentence's subject. */
static bool
third_before(const work_t *w, uint32_t u, uint32_t first, int64_t x, int64_t y)
{
    const catalog_hit_t *h = w->hits.v;
    for (size_t z = w->unit_hits[u]; z < w->unit_hits[u + 1] && h[z].end <= first; z++)
        if (classify_is_name(w, z) && w->actor_of[z] != x && w->actor_of[z] != y)
            return true;
    return false;
}

/* Drops the possessors of the descriptions of the text (possesses): the named actor hit
   nearest each description on either side, when the description names someone else and a
   third is the sentence's subject. Every hit of the possessor's name goes ("John Kerry" and
   "Kerry"). */
static void
drop_possessors(work_t *w)
{
    const catalog_hit_t *h = w->hits.v;
    for (size_t k = 0; k < w->hits.n; k++) {
        if (!is_description(w, k))
            continue;
        uint32_t u = w->unit_of[k];
        size_t sides[2] = { SIZE_MAX, SIZE_MAX };   /* the named hits nearest before, after */
        for (size_t j = k; j-- > w->unit_hits[u] && sides[0] == SIZE_MAX;)
            if (classify_is_name(w, j) && h[j].end <= h[k].start)
                sides[0] = j;
        for (size_t j = k + 1; j < w->unit_hits[u + 1] && sides[1] == SIZE_MAX; j++)
            if (classify_is_name(w, j) && h[j].start >= h[k].end)
                sides[1] = j;
        for (int s = 0; s < 2; s++) {
            size_t i = sides[s];
            if (i == SIZE_MAX || !possesses(w, &h[i], &h[k]))
                continue;
            int64_t x = w->actor_of[i], y = name_described(w, k, x);
            uint32_t first = h[i].start < h[k].start ? h[i].start : h[k].start;
            if (y < 0 || !third_before(w, u, first, x, y))
                continue;
            for (size_t j = w->unit_hits[u]; j < w->unit_hits[u + 1]; j++)
                if (w->actor_of[j] == x && h[j].start < h[i].end && h[i].start < h[j].end)
                    w->actor_of[j] = -1;
        }
    }
}

/* True when action hit I qualifies a negated talk just before it in its clause: "не
   разговаривал с Керри по телефону", "had not talked with Kerry by phone", "had tried to
   reach Russian Foreign Minister Sergey Lavrov by telephone" (the negation reaches the verb,
   the phone phrase says how the talk that did not happen would have been held). The talk's
   action implies I's; the names and titles of its object do not count among the words
   between. */
#define QUALIFIER_REACH 3      /* words between the talk and the phrase that qualifies it */

static bool
qualifies_negated_talk(const work_t *w, size_t i)
{
    const catalog_hit_t *h = w->hits.v;
    uint32_t u = w->unit_of[i];
    for (size_t j = i; j-- > w->unit_hits[u];) {
        if (!classify_is_action(&h[j]) || h[j].end > h[i].start)
            continue;
        if (!(w->state[j] & HIT_NEGATED) ||
            catalog_action_implies(w->cat, h[j].ref) != (int64_t)h[i].ref)
            return false;
        uint32_t at = h[j].end;     /* the words between, around the names there */
        for (size_t k = j + 1; k < i; k++) {
            if (w->actor_of[k] < 0 || h[k].end <= at || h[k].end > h[i].start)
                continue;
            if (h[k].start > at && !classify_near_in_clause(w, at, h[k].start,
                                                            QUALIFIER_REACH, true))
                return false;
            at = h[k].end;
        }
        return classify_near_in_clause(w, at, h[i].start, QUALIFIER_REACH, true);
    }
    return false;
}

/* True when action hit I's action needs a name after its phrase (catalog_action_object) and
   none stands there, or the phrase is a complement word of the text's language: "called for
   calm", "called on Moscow", "called Lavrov's remarks" (a possessive: the name is not the one
   called), "informó el lunes que Lavrov y Kerry se reunirán" (a complement word: the name
   opens the clause that is the verb's object). */
static bool
lacks_object(work_t *w, size_t i)
{
    const catalog_hit_t *h = w->hits.v;
    int reach = catalog_action_object(w->cat, h[i].ref);
    if (reach < 0)
        return false;
    uint32_t u = w->unit_of[i];
    /* the same word a complement of the text's language ("rằng", that, folds to English
       "rang"): no verb of the other language */
    for (size_t j = w->unit_hits[u]; j < w->unit_hits[u + 1]; j++)
        if (j != i && h[j].kind == CATALOG_COMPLEMENT && h[j].start == h[i].start &&
            h[j].end == h[i].end && classify_of_text_lang(w, &h[j]))
            return true;
    for (size_t j = i + 1; j < w->unit_hits[u + 1]; j++) {
        if (h[j].start < h[i].end)
            continue;
        if (h[j].kind == CATALOG_COMPLEMENT && classify_of_text_lang(w, &h[j]))
            return true;
        if (w->actor_of[j] < 0)
            continue;
        if (!classify_near_in_clause(w, h[i].end, h[j].start, reach, true))
            return true;            /* the hits are in text order: the rest lie further */
        return possessive_at(w, h[j].end);
    }
    return true;
}

/* Sorts the hits by start (then end). The scan reports them by end, so they are nearly in
   order already: an insertion sort is linear for them. */
static void
sort_hits(catalog_hits_t *hits)
{
    catalog_hit_t *v = hits->v;
    for (size_t i = 1; i < hits->n; i++) {
        catalog_hit_t x = v[i];
        size_t j = i;
        while (j > 0 && (v[j - 1].start > x.start ||
                         (v[j - 1].start == x.start && v[j - 1].end > x.end))) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
}

/* The actor hit H names: the actor itself, or a role's holder on the publication day; -1
   when it names neither. */
static int64_t
hit_actor(const work_t *w, const catalog_hit_t *h)
{
    if (h->kind == CATALOG_ACTOR)
        return (int64_t)h->ref;
    if (h->kind == CATALOG_ROLE)
        return catalog_role_holder(w->cat, h->ref, w->pub_day);
    return -1;
}

/* Step 4: pins each hit to its unit and its actor, and marks nested and negated actions. */
static void
annotate(work_t *w)
{
    sort_hits(&w->hits);
    const catalog_hit_t *h = w->hits.v;
    size_t n = w->hits.n;
    w->unit_of = ww_xmalloc((n + 1) * sizeof *w->unit_of);
    w->actor_of = ww_xmalloc((n + 1) * sizeof *w->actor_of);
    w->state = ww_xcalloc(n + 1, 1);
    w->unit_hits = ww_xmalloc((w->n_units + 1) * sizeof *w->unit_hits);
    w->unit_kinds = ww_xcalloc(w->n_units + 1, sizeof *w->unit_kinds);
    size_t u = 0, at = 0;
    size_t nested[MAX_NESTED_OTHER], n_nested = 0; /* inside a phrase of another action */
    bool subordinates = false, descriptions = false;  /* the text has such hits */
    bool recalled = false;                            /* ... and a recollection */
    for (size_t i = 0; i < n; i++) {
        /* a hit's unit is the last one starting at or before it (the first unit when none
           does); the hits are sorted by start, so the walk only goes forward */
        while (at + 1 < w->n_units && w->units[at + 1].start <= h[i].start)
            at++;
        w->unit_of[i] = (uint32_t)at;
        w->unit_kinds[at] |= KIND_BIT(h[i].kind);
        w->actor_of[i] = hit_actor(w, &h[i]);
        while (u <= w->unit_of[i])
            w->unit_hits[u++] = (uint32_t)i;
        subordinates |= h[i].kind == CATALOG_SUB_BEFORE || h[i].kind == CATALOG_SUB_AFTER;
        descriptions |= is_description(w, i);
    }
    while (u <= w->n_units)
        w->unit_hits[u++] = (uint32_t)n;
    for (size_t i = 0; subordinates && i < n; i++)
        if (classify_is_name(w, i) &&
            classify_is_cued(w, i, CATALOG_SUB_BEFORE, CATALOG_SUB_AFTER))
            w->actor_of[i] = -1;    /* someone's superior */
    if (descriptions)
        drop_possessors(w);         /* the possessor of another's title */
    for (size_t i = 0; i < n; i++)
        if (is_description(w, i) && (described_name(w, i) || inside_pair_word(w, i)))
            w->actor_of[i] = -1;    /* a description of a name, or one of both parties */
    for (size_t i = 0; i < n; i++) {
        if (w->actor_of[i] >= 0 &&
            classify_is_cued(w, i, CATALOG_PARTNER, CATALOG_PARTNER_AFTER))
            w->state[i] |= HIT_PARTNER;
        if (w->actor_of[i] >= 0 && classify_is_cued(w, i, CATALOG_DEAL, CATALOG_KIND_COUNT))
            w->state[i] |= HIT_DEAL;
        if (!classify_is_action(&h[i]))
            continue;
        size_t container = container_of(w, i);
        if (container != SIZE_MAX) {
            w->state[i] |= HIT_NESTED;
            if (h[container].ref != h[i].ref && n_nested < MAX_NESTED_OTHER)
                nested[n_nested++] = i;
        }
        /* "in a phone call they could not agree": what the sentence negates after its
           setting is not the setting */
        bool setting = classify_is_cued(w, i, CATALOG_SETTING, CATALOG_KIND_COUNT);
        if (h[i].reach == CATALOG_PLANNED ||   /* "will meet": never what happened */
            classify_is_cued(w, i, CATALOG_NEG_BEFORE,
                             setting ? CATALOG_KIND_COUNT : CATALOG_NEG_AFTER) ||
            (!setting && classify_is_cued(w, i, CATALOG_DENY_BEFORE, CATALOG_DENY_AFTER)))
            w->state[i] |= HIT_NEGATED;
        else if (classify_is_cued(w, i, CATALOG_BG_BEFORE, CATALOG_BG_AFTER) ||
                 classify_is_count(w, i))
            w->state[i] |= HIT_BACKGROUND, recalled = true;
        else if (qualifies_negated_talk(w, i))
            w->state[i] |= HIT_NEGATED;
        else if (is_talk_topic(w, i))
            w->state[i] |= HIT_TOPIC;
        if (lacks_object(w, i))
            w->state[i] |= HIT_NO_OBJECT;
    }
    if (recalled)
        recalled_with(w);
    classify_mark_asides(w);
    read_short_phrases(w, nested, n_nested);
}

/* ------------------------------------------------------------------ */
/* The result                                                          */
/* ------------------------------------------------------------------ */

/* FNV-1a of NAME, never 0. */
static uint32_t
name_hash(const char *name)
{
    uint32_t h = 2166136261u;
    for (const char *p = name; *p != '\0'; p++)
        h = (h ^ (uint8_t)*p) * 16777619u;
    return h != 0 ? h : 1;
}

static void
list_actors(const work_t *w, classify_result_t *out)
{
    actor_set_t s = { .n = 0 };
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < w->hits.n; i++)
            if (w->units[w->unit_of[i]].lead == (pass == 0))
                classify_set_add(&s, w->actor_of[i]);
    for (size_t i = 0; i < s.n; i++) {
        const char *name = catalog_name(w->cat, CATALOG_ACTOR, s.v[i]);
        if (out->n_actors < CLASSIFY_MAX_ACTORS)
            out->actors[out->n_actors++] = name;
        if (!catalog_actor_is_unnamed(w->cat, s.v[i]))
            out->parties += name_hash(name);
    }
}

static void
list_topics(const work_t *w, classify_result_t *out)
{
    size_t nt = catalog_count(w->cat, CATALOG_TOPIC);
    if (nt == 0)
        return;
    size_t *count = ww_xcalloc(nt, sizeof *count);
    uint32_t *first = ww_xmalloc(nt * sizeof *first);
    for (size_t t = 0; t < nt; t++)
        first[t] = UINT32_MAX;
    for (size_t i = 0; i < w->hits.n; i++) {
        const catalog_hit_t *h = &w->hits.v[i];
        if (h->kind != CATALOG_TOPIC)
            continue;
        count[h->ref]++;
        if (h->start < first[h->ref])
            first[h->ref] = h->start;
    }
    while (out->n_topics < CLASSIFY_MAX_TOPICS) {
        size_t best = nt;
        for (size_t t = 0; t < nt; t++)
            if (count[t] > 0 && (best == nt || count[t] > count[best] ||
                                 (count[t] == count[best] && first[t] < first[best])))
                best = t;
        if (best == nt)
            break;
        out->topics[out->n_topics++] = catalog_name(w->cat, CATALOG_TOPIC, (uint32_t)best);
        count[best] = 0;
    }
    free(count);
    free(first);
}

/* The account of units and hits for classify_explain. */
static void
trace_units_and_hits(work_t *w)
{
    static const char *const kinds[] = { "actor", "role", "action", "topic", "neg<", "neg>",
                                         "bg<", "bg>", "with", "deal", "setting", "deny<",
                                         "deny>", "conj", "sub<", "sub>", "with>", "compl",
                                         "rel", "pair", "add" };
    _Static_assert(sizeof kinds / sizeof kinds[0] == CATALOG_KIND_COUNT, "a word per kind");
    for (size_t u = 0; u < w->n_units; u++) {
        const unit_t *x = &w->units[u];
        ww_buf_printf(w->trace, "unit %zu %s%d w%.2f%s%s%s: %.*s\n", u,
                      x->para < 0 ? "title" : "p", x->para < 0 ? 0 : x->para, x->weight,
                      x->lead ? " lead" : "", x->taken_in ? " taken" : "", x->prose ? " prose" : "",
                      (int)(x->end - x->start), w->text.ptr + x->start);
    }
    for (size_t i = 0; i < w->hits.n; i++) {
        const catalog_hit_t *h = &w->hits.v[i];
        const char *name = h->kind <= CATALOG_TOPIC ? catalog_name(w->cat, h->kind, h->ref) : "";
        bool plan = (h->kind == CATALOG_NEG_BEFORE || h->kind == CATALOG_NEG_AFTER) &&
                    h->ref == CATALOG_CUE_PLAN;
        ww_buf_printf(w->trace, "hit %zu unit %u %s %s \"%.*s\"%s%s%s%s%s%s%s", i, w->unit_of[i],
                      plan ? (h->kind == CATALOG_NEG_BEFORE ? "plan<" : "plan>")
                      : h->kind < sizeof kinds / sizeof kinds[0] ? kinds[h->kind] : "?",
                      name ? name : "", (int)(h->end - h->start), w->text.ptr + h->start,
                      (w->state[i] & HIT_NESTED) ? " nested" : "",
                      (w->state[i] & HIT_PARTNER) ? " partner" : "",
                      (w->state[i] & HIT_DEAL) ? " deal-party" : "",
                      (w->state[i] & HIT_NEGATED) ? " negated" : "",
                      classify_to_come(w, i) ? " to-come" : "",
                      (w->state[i] & HIT_BACKGROUND) ? " background" : "",
                      (w->state[i] & HIT_TOPIC) ? " topic-of-talk" : "");
        if (w->actor_of[i] >= 0)
            ww_buf_printf(w->trace, " -> %s",
                          catalog_name(w->cat, CATALOG_ACTOR, (uint32_t)w->actor_of[i]));
        ww_buf_putc(w->trace, '\n');
    }
}

static int
classify_with(const catalog_t *cat, const char *title, size_t title_len, const char *body,
              size_t body_len, const char *lang, int64_t published_ms, classify_result_t *out,
              ww_buf_t *trace)
{
    memset(out, 0, sizeof *out);
    if (cat == NULL)
        return 0;
    unit_dates_t dates[UNIT_DATES_CACHE];      /* only the tags are cleared */
    for (size_t i = 0; i < UNIT_DATES_CACHE; i++)
        dates[i].unit_plus1 = 0;
    work_t w = { .cat = cat, .published_ms = published_ms, .trace = trace, .dates = dates };
    w.pub_day = dates_day_of_ms(published_ms);
    if (title == NULL || title_len == 0) {
        title = "";
        title_len = 0;
    }
    if (body == NULL || body_len == 0) {
        body = "";
        body_len = 0;
    }
    w.lang = (lang == NULL || strcmp(lang, "und") == 0) ? NULL : lang;
    w.lang_mask = catalog_lang_mask(cat, w.lang);
    w.lang_known = w.lang != NULL;
    w.lang_tag = w.lang;
    w.title = title;
    w.title_len = title_len;
    w.body = body;
    w.body_len = body_len;
    classify_find_lead(&w);
    if (w.n_units > 0) {
        catalog_scan(cat, w.text.ptr, w.text.len, &w.hits);
        annotate(&w);
        classify_weigh_units(&w);
        if (w.trace != NULL)
            trace_units_and_hits(&w);
        classify_decide(&w, out);
        out->date_how = out->type != NULL ? w.date_how : CLASSIFY_DATE_NONE;
        out->date_local_ahead = out->type != NULL && w.date_local_ahead;
        list_actors(&w, out);
        list_topics(&w, out);
    }
    free(w.unit_of);
    free(w.unit_hits);
    free(w.unit_kinds);
    free(w.actor_of);
    free(w.state);
    catalog_hits_free(&w.hits);
    free(w.units);
    ww_buf_free(&w.text);
    return 0;
}

int
classify_item(const catalog_t *cat, const char *title, size_t title_len, const char *body,
              size_t body_len, const char *lang, int64_t published_ms, classify_result_t *out)
{
    return classify_with(cat, title, title_len, body, body_len, lang, published_ms, out, NULL);
}

int
classify_explain(const catalog_t *cat, const char *title, size_t title_len, const char *body,
                 size_t body_len, const char *lang, int64_t published_ms,
                 classify_result_t *out, ww_buf_t *trace)
{
    int rc = classify_with(cat, title, title_len, body, body_len, lang, published_ms, out, trace);
    static const char *const how[] = { "-", "text", "dateline", "published" };
    ww_buf_printf(trace, "result: %s %s (date from %s) confidence %.2f action %s%s%s\n",
                  out->type ? out->type : "(none)", out->date, how[out->date_how],
                  out->confidence, out->action ? out->action : "(none)",
                  out->alt_type ? " or " : "", out->alt_type ? out->alt_type : "");
    return rc;
}

const char *
classify_text_day(const classify_result_t *out)
{
    if (out->text_date[0] != '\0')
        return out->text_date;
    if (out->type == NULL)
        return NULL;
    return out->date_how == CLASSIFY_DATE_PUBLISHED ? NULL : out->date;
}

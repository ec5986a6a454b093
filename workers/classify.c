/* SPDX-License-Identifier: MIT
 *
 * classify — see classify.h for the rules. The work, in order:
 *
 *  1. find the dateline in the original body (dates_find_dateline);
 *  2. cut the title and body into sentences on the original text, where
 *     capitals still tell "U.S. Secretary" from a sentence end, and fold
 *     each one into one buffer, remembering where each unit (the title or a
 *     sentence) starts; mark the lead's units;
 *  3. scan the folded text once with the catalog's automaton;
 *  4. pin each hit to its unit, resolve roles to actors on the publication
 *     day, drop action phrases nested in longer ones ("telephone talks"
 *     holds "talks"), and mark negated action phrases;
 *  5. choose the story's action, its participants, the event type, the date.
 *
 * Nothing here allocates more than a few buffers per item; the scan is
 * linear in the text and the rest is linear in the hits (quadratic only in
 * the few action phrases). */
#include "classify.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "lang.h"
#include "ww_alloc.h"
#include "ww_buf.h"

#define MS_PER_DAY 86400000LL
#define MAX_PARTICIPANTS 16
#define NEG_MAX_BYTES 96      /* outside parentheses; bounds the gap where words have no spaces */
#define MAX_EXPRS 16
#define NO_DAY INT32_MIN
#define PROSE_MIN_BYTES 160      /* a paragraph this long is prose even without a final stop */

typedef struct {
    uint32_t start, end;     /* in the folded text */
    int32_t para;            /* body paragraph, -1 for the title */
    bool lead;
    bool prose;              /* its paragraph reads as prose: ends with a stop, or is long */
} unit_t;

typedef struct {
    const catalog_t *cat;
    int64_t published_ms;
    int32_t pub_day;
    const char *lang;        /* as given; NULL when unknown */
    uint64_t lang_mask;      /* its bit among the catalog's languages, 0 = any */
    bool lang_known;         /* lang_mask is settled (given, or detected when first needed) */
    const char *title, *body;
    size_t title_len, body_len;
    ww_buf_t text;           /* the folded title and sentences */
    unit_t *units;
    size_t n_units, cap_units;
    catalog_hits_t hits;
    uint32_t *unit_of;       /* per hit: its unit */
    int64_t *actor_of;       /* per hit: the actor it names (roles resolved), or -1 */
    uint8_t *state;          /* per hit: HIT_* */
    dateline_t dl;
    bool has_dl;
} work_t;

enum { HIT_NESTED = 1, HIT_NEGATED = 2 };

/* ------------------------------------------------------------------ */
/* Sentences                                                           */
/* ------------------------------------------------------------------ */

static bool
is_abbreviation(const char *s, size_t at)
{
    static const char *const abbr[] = {
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "col", "lt", "sgt", "capt",
        "prof", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "nos", "approx", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est", "fig"
    };
    size_t b = at;
    while (b > 0 && ((s[b - 1] >= 'a' && s[b - 1] <= 'z') || (s[b - 1] >= 'A' && s[b - 1] <= 'Z')))
        b--;
    size_t n = at - b;
    if (n == 1)
        return true;                        /* U.S., J. Kerry */
    if (n == 0) {
        size_t d = at;                      /* "6. März": a day, not a sentence end */
        while (d > 0 && s[d - 1] >= '0' && s[d - 1] <= '9')
            d--;
        return at - d >= 1 && at - d <= 2 && (d == 0 || s[d - 1] == ' ');
    }
    for (size_t i = 0; i < sizeof abbr / sizeof abbr[0]; i++) {
        if (strlen(abbr[i]) != n)
            continue;
        size_t k = 0;
        while (k < n && (s[b + k] | 0x20) == abbr[i][k])
            k++;
        if (k == n)
            return true;
    }
    return false;
}

static int32_t
cp_at(const char *s, size_t len, size_t i, size_t *n)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t r = utf8proc_iterate((const uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
    *n = r > 0 ? (size_t)r : 1;
    return r > 0 ? cp : -1;
}

/* Closing quotes and brackets that may follow a sentence's last stop. */
static bool
is_closer(int32_t cp)
{
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
           cp == 0x00BB || cp == 0x300D || cp == 0x300F || cp == 0xFF09;
}

/* Only these bytes can start a stop: . ! ? and the lead bytes of 。！？।؟… */
static inline bool
may_stop(uint8_t b)
{
    return b == '.' || b == '!' || b == '?' || b == 0xE3 || b == 0xEF || b == 0xE0 || b == 0xD8 ||
           b == 0xE2;
}

/* If a sentence ends at byte I of S[0..LEN) (a stop), returns the offset just past it and its
   closing quotes; otherwise 0. */
static size_t
sentence_end(const char *s, size_t len, size_t i)
{
    if (!may_stop((uint8_t)s[i]))
        return 0;
    size_t n;
    int32_t cp = cp_at(s, len, i, &n);
    bool always = cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0x0964;  /* 。！？। */
    if (!always && cp != '.' && cp != '!' && cp != '?' && cp != 0x061F && cp != 0x2026)
        return 0;
    if (cp == '.' && is_abbreviation(s, i))
        return 0;
    size_t j = i + n;
    while (j < len) {
        int32_t c = cp_at(s, len, j, &n);
        if (!is_closer(c))
            break;
        j += n;
    }
    if (always || j >= len)
        return j;
    if (s[j] != ' ')
        return 0;
    size_t k = j;
    while (k < len && s[k] == ' ')
        k++;
    if (k < len && (cp == '.' || cp == 0x2026)) {
        int32_t next = cp_at(s, len, k, &n);
        if (utf8proc_category(next) == UTF8PROC_CATEGORY_LL)
            return 0;                       /* "approx. five": a stop inside a sentence */
    }
    return j;
}

static void
add_unit(work_t *w, const char *s, size_t n, int32_t para, char sep)
{
    while (n > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r'))
        s++, n--;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    if (n == 0)
        return;
    if (w->text.len > 0)
        ww_buf_putc(&w->text, sep);
    if (w->n_units == w->cap_units) {
        w->cap_units = w->cap_units ? w->cap_units * 2 : 32;
        w->units = ww_xrealloc(w->units, w->cap_units * sizeof *w->units);
    }
    unit_t *u = &w->units[w->n_units++];
    u->start = (uint32_t)w->text.len;
    dates_fold(s, n, &w->text);
    u->end = (uint32_t)w->text.len;
    u->para = para;
    u->lead = false;
    u->prose = false;
}

static bool
is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return false;
    return true;
}

/* A paragraph of prose ends with a sentence stop, or is too long for a headline or a menu. */
static bool
is_prose(const char *s, size_t n)
{
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    if (n >= PROSE_MIN_BYTES)
        return true;
    size_t i = n;
    while (i > 0) {                         /* step back over closing quotes */
        size_t j = i - 1;
        while (j > 0 && ((uint8_t)s[j] & 0xC0) == 0x80)
            j--;
        size_t k;
        int32_t cp = cp_at(s, n, j, &k);
        if (is_closer(cp)) {
            i = j;
            continue;
        }
        return cp == '.' || cp == '!' || cp == '?' || cp == 0x3002 || cp == 0xFF01 ||
               cp == 0xFF1F || cp == 0x061F || cp == 0x0964 || cp == 0x2026;
    }
    return false;
}

/* Cuts S[0..LEN) into paragraphs and sentences, numbering the paragraphs from *para. */
static void
segment(work_t *w, const char *s, size_t len, int32_t *para)
{
    size_t at = 0;
    while (at < len) {
        const char *nl = memchr(s + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - s) : len;
        if (!is_blank(s + at, end - at)) {
            size_t from = at;
            char sep = '\n';
            for (size_t i = at; i < end; i++) {
                if (!may_stop((uint8_t)s[i]))
                    continue;
                size_t stop = sentence_end(s, end, i);
                if (stop == 0)
                    continue;
                add_unit(w, s + from, stop - from, *para, sep);
                sep = ' ';
                from = i = stop;
                i--;
            }
            size_t before = w->n_units;
            add_unit(w, s + from, end - from, *para, sep);
            bool prose = is_prose(s + at, end - at);
            for (size_t k = before > 0 ? before - 1 : 0; k < w->n_units; k++)
                if (w->units[k].para == *para)
                    w->units[k].prose = prose;
            (*para)++;
        }
        at = end + 1;
    }
}

/* Marks the lead: the title; the first paragraph of the story proper and the next paragraph
   of prose (with any captions between), at most CLASSIFY_LEAD_SENTENCES sentences of prose;
   and the short paragraphs before it. With a
   dateline, the story proper starts at the dateline and up to CLASSIFY_STANDFIRST paragraphs
   before it (a standfirst) count. Without one, it starts at the first paragraph of prose,
   and the lines before it (a repeated headline, a section name, a subtitle) count, at most
   CLASSIFY_PRE_LINES of them: a page whose first line is "World" still has a lead. */
static void
mark_lead(work_t *w, int32_t dl_para)
{
    int32_t first = dl_para, before = CLASSIFY_STANDFIRST;
    if (!w->has_dl) {
        first = -1;
        for (size_t i = 0; i < w->n_units && first < 0; i++)
            if (w->units[i].para >= 0 && w->units[i].prose)
                first = w->units[i].para;
        if (first < 0)
            first = 0;
        before = CLASSIFY_PRE_LINES;
    }
    size_t taken = 0;
    int32_t prose_paras = 0, last = -1;
    for (size_t i = 0; i < w->n_units; i++) {
        unit_t *u = &w->units[i];
        if (u->para < 0 || (u->para >= first - before && u->para < first)) {
            u->lead = true;
            continue;
        }
        if (u->para < first || taken >= CLASSIFY_LEAD_SENTENCES)
            continue;
        if (u->para != last) {                  /* a new paragraph: is there room for it? */
            if (prose_paras == 2)
                break;
            prose_paras += u->prose || u->para == first;
            last = u->para;
        }
        u->lead = true;
        taken += u->prose;                      /* captions and credit lines come free */
    }
}

/* ------------------------------------------------------------------ */
/* Hits                                                                */
/* ------------------------------------------------------------------ */

static uint32_t
unit_of_offset(const work_t *w, uint32_t off)
{
    size_t lo = 0, hi = w->n_units;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (w->units[mid].start <= off)
            lo = mid;
        else
            hi = mid;
    }
    return (uint32_t)lo;
}

static bool
is_action(const catalog_hit_t *h)
{
    return h->kind == CATALOG_ACTION;
}

/* True when the folded bytes [a, b) stay in one clause and hold at most REACH words and
   NEG_MAX_BYTES bytes. A pair of commas is a parenthesis ("Телефонный разговор, о котором
   сообщали СМИ, не состоялся"): what it holds is not counted; a lone comma ends the clause
   ("had a call, but the meeting did not take place"). */
static bool
near_in_clause(const work_t *w, uint32_t a, uint32_t b, int reach)
{
    if (b < a)
        return false;
    int spaces = 0, commas = 0;
    uint32_t bytes = 0;
    for (uint32_t i = a; i < b; i++) {
        char c = w->text.ptr[i];
        if (c == ';' || c == ':' || c == '\n')
            return false;
        if (c == ',') {
            commas++;
            continue;
        }
        if (commas % 2 == 0) {
            spaces += c == ' ';
            bytes++;
        }
    }
    /* REACH words in between: REACH + 1 spaces. */
    return commas % 2 == 0 && spaces <= reach + 1 && bytes <= NEG_MAX_BYTES;
}

/* The language bit that negation cues must match: the caller's language, or, when it gave
   none, the detected one. Detection costs more than the rest of classify, so it runs only for
   the rare item that has a negation cue next to an action phrase. */
static uint64_t
text_lang_mask(work_t *w)
{
    if (!w->lang_known) {
        const char *l = w->body_len > 0 ? lang_detect(w->body, w->body_len)
                                         : lang_detect(w->title, w->title_len);
        w->lang_mask = strcmp(l, "und") == 0 ? 0 : catalog_lang_mask(w->cat, l);
        w->lang_known = true;
    }
    return w->lang_mask;
}

static void
annotate(work_t *w)
{
    const catalog_hit_t *h = w->hits.v;
    size_t n = w->hits.n;
    w->unit_of = ww_xmalloc((n + 1) * sizeof *w->unit_of);
    w->actor_of = ww_xmalloc((n + 1) * sizeof *w->actor_of);
    w->state = ww_xcalloc(n + 1, 1);
    for (size_t i = 0; i < n; i++) {
        w->unit_of[i] = unit_of_offset(w, h[i].start);
        w->actor_of[i] = h[i].kind == CATALOG_ACTOR ? (int64_t)h[i].ref
                         : h[i].kind == CATALOG_ROLE ? catalog_role_holder(w->cat, h[i].ref, w->pub_day)
                                                     : -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (!is_action(&h[i]))
            continue;
        for (size_t j = 0; j < n; j++) {
            if (j == i || !is_action(&h[j]))
                continue;
            if (h[j].start <= h[i].start && h[i].end <= h[j].end &&
                h[j].end - h[j].start > h[i].end - h[i].start) {
                w->state[i] |= HIT_NESTED;
                break;
            }
        }
        for (size_t j = 0; j < n && !(w->state[i] & HIT_NEGATED); j++) {
            if (w->unit_of[j] != w->unit_of[i])
                continue;
            if ((h[j].kind == CATALOG_NEG_BEFORE && h[j].end <= h[i].start &&
                 near_in_clause(w, h[j].end, h[i].start, h[j].reach)) ||
                (h[j].kind == CATALOG_NEG_AFTER && h[j].start >= h[i].end &&
                 near_in_clause(w, h[i].end, h[j].start, h[j].reach))) {
                /* Portuguese "no sábado" is "on Saturday": a cue counts in its own language. */
                uint64_t mask = text_lang_mask(w);
                if (mask == 0 || (h[j].langs & mask))
                    w->state[i] |= HIT_NEGATED;
            }
        }
    }
}

/* ------------------------------------------------------------------ */
/* The story's action                                                  */
/* ------------------------------------------------------------------ */

static bool
usable_action(const work_t *w, size_t i, bool weak)
{
    const catalog_hit_t *h = &w->hits.v[i];
    return is_action(h) && w->state[i] == 0 && w->units[w->unit_of[i]].lead &&
           catalog_action_is_weak(w->cat, h->ref) == weak;
}

static bool
blocked(const work_t *w, uint32_t action)
{
    for (size_t i = 0; i < w->hits.n; i++)
        if (is_action(&w->hits.v[i]) && w->hits.v[i].ref == action &&
            (w->state[i] & HIT_NEGATED) && w->units[w->unit_of[i]].lead)
            return true;
    return false;
}

static size_t
lead_count(const work_t *w, uint32_t action, bool weak)
{
    size_t n = 0;
    for (size_t i = 0; i < w->hits.n; i++)
        n += usable_action(w, i, weak) && w->hits.v[i].ref == action;
    return n;
}

/* The hit that gives the story its action: in the first lead unit with a usable action, the
   first occurrence of the action the lead names most often. Returns -1 when there is none. */
static int64_t
main_action(const work_t *w)
{
    for (int pass = 0; pass < 2; pass++) {
        bool weak = pass == 1;
        for (size_t u = 0; u < w->n_units; u++) {
            if (!w->units[u].lead)
                continue;
            int64_t best = -1;
            size_t best_n = 0;
            for (size_t i = 0; i < w->hits.n; i++) {
                if (w->unit_of[i] != u || !usable_action(w, i, weak) ||
                    blocked(w, w->hits.v[i].ref))
                    continue;
                size_t n = lead_count(w, w->hits.v[i].ref, weak);
                if (best < 0 || n > best_n ||
                    (n == best_n && w->hits.v[i].start < w->hits.v[best].start)) {
                    best = (int64_t)i;
                    best_n = n;
                }
            }
            if (best >= 0)
                return best;
        }
    }
    return -1;
}

/* ------------------------------------------------------------------ */
/* Participants                                                        */
/* ------------------------------------------------------------------ */

typedef struct {
    uint32_t v[MAX_PARTICIPANTS];
    size_t n;
} actor_set_t;

static void
set_add(actor_set_t *s, int64_t a)
{
    if (a < 0 || s->n == MAX_PARTICIPANTS)
        return;
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i] == (uint32_t)a)
            return;
    s->v[s->n++] = (uint32_t)a;
}

static bool
set_has(const actor_set_t *s, uint32_t a)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i] == a)
            return true;
    return false;
}

/* Adds the actors named within folded bytes [from, to). */
static void
actors_between(const work_t *w, uint32_t from, uint32_t to, actor_set_t *s)
{
    for (size_t i = 0; i < w->hits.n; i++)
        if (w->hits.v[i].start >= from && w->hits.v[i].end <= to)
            set_add(s, w->actor_of[i]);
}

static bool
is_clause_break(const char *p, uint32_t i, uint32_t end, uint32_t *len)
{
    static const char *const marks[] = { "\xe2\x80\x94", "\xe2\x80\x93", "\xd8\x8c",
                                         "\xe3\x80\x81", "\xef\xbc\x8c", "\xef\xbc\x9b" };
    char c = p[i];
    *len = 1;
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')')
        return true;
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++) {
        uint32_t n = (uint32_t)strlen(marks[k]);
        if (i + n <= end && memcmp(p + i, marks[k], n) == 0) {
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
    for (uint32_t i = u->start; i < h->start; i++)
        if (is_clause_break(p, i, u->end, &len))
            *from = i + len;
    *to = u->end;
    for (uint32_t i = h->end; i < u->end; i++)
        if (is_clause_break(p, i, u->end, &len)) {
            *to = i;
            break;
        }
}

/* The sentence that tells of the action: when the title carries it, the first lead sentence
   that names the same action does. */
static size_t
action_sentence(const work_t *w, size_t m)
{
    if (w->units[w->unit_of[m]].para >= 0)
        return m;
    for (int pass = 0; pass < 2; pass++)        /* prose first: not the headline repeated */
        for (size_t i = 0; i < w->hits.n; i++) {
            const unit_t *u = &w->units[w->unit_of[i]];
            if (w->hits.v[i].kind == CATALOG_ACTION && w->hits.v[i].ref == w->hits.v[m].ref &&
                w->state[i] == 0 && u->lead && u->para >= 0 && (u->prose || pass == 1))
                return i;
        }
    return m;
}

/* Fills *S with the participants of the action at hit M; returns true for a tight match (the
   actors stand with the action in one title, clause or sentence). When the title carries the
   action but not two actors, the lead sentence that tells of the action is read instead. */
static bool
participants(const work_t *w, size_t m, actor_set_t *s)
{
    s->n = 0;
    if (w->units[w->unit_of[m]].para < 0) {
        const unit_t *t = &w->units[w->unit_of[m]];
        actors_between(w, t->start, t->end, s);
        if (s->n >= 2)
            return true;
        s->n = 0;
        m = action_sentence(w, m);
    }
    const catalog_hit_t *h = &w->hits.v[m];
    uint32_t ui = w->unit_of[m];
    const unit_t *u = &w->units[ui];
    if (u->para >= 0) {
        uint32_t from, to;
        clause_of(w, u, h, &from, &to);
        actors_between(w, from, to, s);
        if (s->n >= 2)
            return true;
        s->n = 0;
        actors_between(w, u->start, u->end, s);
        if (s->n >= 2)
            return true;
    }
    /* Looser: the title, the lead units next to the action's, and the other lead units that
       tell of the same action ("... have spoken by phone again." ... "The foreign ministers
       of Russia and the U.S. discussed Aleppo by telephone on 14 December."). */
    for (size_t i = 0; i < w->n_units; i++) {
        const unit_t *v = &w->units[i];
        bool near = v->para < 0 || i + 1 == ui || i == ui || i == ui + 1 ||
                    (u->para < 0 && i <= ui + 2);
        if (v->lead && near)
            actors_between(w, v->start, v->end, s);
    }
    for (size_t i = 0; i < w->hits.n; i++) {
        const unit_t *v = &w->units[w->unit_of[i]];
        if (w->hits.v[i].kind == CATALOG_ACTION && w->hits.v[i].ref == h->ref && w->state[i] == 0 &&
            v->lead)
            actors_between(w, v->start, v->end, s);
    }
    return false;
}

/* The most specific event type for ACTION and the participants; NULL when none fits. */
static const catalog_event_t *
match_event(const work_t *w, uint32_t action, const actor_set_t *s)
{
    const catalog_event_t *best = NULL;
    size_t best_score = 0;
    for (size_t k = 0; k < catalog_n_events(w->cat); k++) {
        const catalog_event_t *e = catalog_event(w->cat, k);
        if (e->action != action)
            continue;
        bool ok = true;
        for (size_t i = 0; i < e->n_actors && ok; i++)
            ok = set_has(s, e->actors[i]);
        bool used[MAX_PARTICIPANTS] = { false };
        for (size_t o = 0; o < e->n_offices && ok; o++) {
            ok = false;
            for (size_t i = 0; i < s->n && !ok; i++) {
                bool named = false;
                for (size_t j = 0; j < e->n_actors; j++)
                    named = named || e->actors[j] == s->v[i];
                if (!named && !used[i] && catalog_holds_office(w->cat, s->v[i], e->offices[o], w->pub_day))
                    ok = used[i] = true;
            }
        }
        size_t score = 2 * e->n_actors + e->n_offices + 1;
        if (ok && score > best_score) {
            best = e;
            best_score = score;
        }
    }
    return best;
}

/* ------------------------------------------------------------------ */
/* The date                                                            */
/* ------------------------------------------------------------------ */

/* "the agreements of February 12", "соглашений от 12 февраля": a date that belongs to a noun,
   not to the action. */
static bool
attributive(const work_t *w, uint32_t start)
{
    static const char *const preps[] = { "of", "from", "since", "until", "till", "dated", "от", "с",
                                         "до", "vom", "seit", "bis", "du", "depuis", "del", "desde",
                                         "hasta", "dal", "fino", "desde", "até", "z", "od" };
    const char *p = w->text.ptr;
    uint32_t e = start;
    while (e > 0 && p[e - 1] == ' ')
        e--;
    uint32_t b = e;
    while (b > 0 && p[b - 1] != ' ' && p[b - 1] != '\n')
        b--;
    for (size_t i = 0; i < sizeof preps / sizeof preps[0]; i++)
        if (strlen(preps[i]) == e - b && memcmp(p + b, preps[i], e - b) == 0)
            return true;
    return false;
}

/* The date expression in unit U nearest the bytes [a, b); WORDS_ONLY keeps weekdays and
   relative words only. Returns the day, or NO_DAY. */
static int32_t
date_in_unit(const work_t *w, const unit_t *u, uint32_t a, uint32_t b, int64_t anchor_ms,
             bool words_only)
{
    dates_expr_t e[MAX_EXPRS];
    const dates_lex_t *lex = catalog_dates(w->cat);
    size_t n = dates_scan(lex, w->text.ptr + u->start, u->end - u->start, w->lang, anchor_ms, e,
                          MAX_EXPRS);
    int32_t best = NO_DAY;
    uint64_t best_d = UINT64_MAX;
    for (size_t i = 0; i < n; i++) {
        uint32_t s = u->start + (uint32_t)e[i].start, t = u->start + (uint32_t)e[i].end;
        if (words_only && e[i].kind != DATES_WEEKDAY && e[i].kind != DATES_RELATIVE)
            continue;
        if ((e[i].kind == DATES_EXPLICIT || e[i].kind == DATES_MONTH_DAY) && attributive(w, s))
            continue;
        /* Han, Kana and Hangul put the time before the verb ("外相は10日、…と電話で会談し、
           北朝鮮が9日に行った…"): there, a date after the action weighs four times its distance. */
        uint64_t after = (uint8_t)w->text.ptr[a] >= 0xE3 ? 8 : 2;
        uint64_t d = t <= a ? (uint64_t)(a - t) * 2 : s >= b ? (uint64_t)(s - b) * after + 1 : 0;
        if (d < best_d) {
            best_d = d;
            best = e[i].days;
        }
    }
    return best;
}

/* The date the lead gives for the action at hit M, in this order: the nearest date in the
   sentence that tells of the action (action_sentence); a weekday or relative word in the
   sentences around it ("... yesterday. The phone conversation was
   held at Moscow's initiative."); the dateline's date (the day the writer filed, at most a
   day after the event); a date in another lead sentence that tells of the action; a date in
   the sentences around; a weekday or relative word anywhere in the lead. Weekdays and relative words count from the dateline's day when there is one.
   Returns NO_DAY when the lead gives none. */
static int32_t
lead_date(const work_t *w, size_t m)
{
    int64_t anchor_ms = w->published_ms;
    int32_t dl_day = NO_DAY;
    if (w->has_dl && w->dl.month > 0) {
        char iso[11];
        dates_resolve_month_day(w->dl.month, w->dl.day, w->published_ms, iso);
        if (dates_parse_iso(iso, 10, &dl_day))
            anchor_ms = (int64_t)dl_day * MS_PER_DAY;
    }
    size_t a = action_sentence(w, m);
    uint32_t ui = w->unit_of[a];
    const catalog_hit_t *h = &w->hits.v[a];
    int32_t day = date_in_unit(w, &w->units[ui], h->start, h->end, anchor_ms, false);
    if (day != NO_DAY)
        return day;
    for (int words_only = 1; words_only >= 0; words_only--) {
        for (size_t i = 0; i < w->n_units; i++) {
            bool next_to = i + 1 == ui || i == ui + 1;
            if (w->units[i].lead && next_to && w->units[i].para >= 0) {
                day = date_in_unit(w, &w->units[i], h->start, h->end, anchor_ms, words_only);
                if (day != NO_DAY)
                    return day;
            }
        }
        if (!words_only)
            continue;
        if (dl_day != NO_DAY)
            return dl_day;
        for (size_t i = 0; i < w->hits.n; i++) {      /* the other sentences that tell of it */
            const catalog_hit_t *o = &w->hits.v[i];
            if (i == a || o->kind != CATALOG_ACTION || o->ref != h->ref || w->state[i] != 0 ||
                !w->units[w->unit_of[i]].lead || w->units[w->unit_of[i]].para < 0)
                continue;
            day = date_in_unit(w, &w->units[w->unit_of[i]], o->start, o->end, anchor_ms, false);
            if (day != NO_DAY)
                return day;
        }
    }
    for (size_t i = 0; i < w->n_units; i++)
        if (w->units[i].lead) {
            day = date_in_unit(w, &w->units[i], h->start, h->end, anchor_ms, true);
            if (day != NO_DAY)
                return day;
        }
    return NO_DAY;
}

/* Fills out->date; returns true when the text gave it. */
static bool
event_date(const work_t *w, size_t m, char out[11])
{
    int32_t day = lead_date(w, m);
    dates_format(day == NO_DAY ? w->pub_day : day, out);
    return day != NO_DAY;
}

/* ------------------------------------------------------------------ */
/* The result                                                          */
/* ------------------------------------------------------------------ */

static void
list_actors(const work_t *w, classify_result_t *out)
{
    actor_set_t s = { .n = 0 };
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < w->hits.n; i++)
            if (w->units[w->unit_of[i]].lead == (pass == 0))
                set_add(&s, w->actor_of[i]);
    for (size_t i = 0; i < s.n && out->n_actors < CLASSIFY_MAX_ACTORS; i++)
        out->actors[out->n_actors++] = catalog_name(w->cat, CATALOG_ACTOR, s.v[i]);
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

static double
confidence(const work_t *w, size_t m, bool tight, bool from_text, const actor_set_t *s,
           const catalog_event_t *e)
{
    double c = tight ? 0.75 : 0.55;
    if (w->units[w->unit_of[m]].para < 0)
        c += 0.1;                               /* the title itself says it */
    c += from_text ? 0.1 : -0.1;
    size_t need = e->n_actors + e->n_offices;
    if (s->n > need)
        c -= 0.05 * (double)(s->n - need < 3 ? s->n - need : 3);
    return c < 0.05 ? 0.05 : c > 0.99 ? 0.99 : c;
}

static void
decide(work_t *w, classify_result_t *out)
{
    int64_t m = main_action(w);
    if (m < 0)
        return;
    uint32_t action = w->hits.v[m].ref;
    out->action = catalog_name(w->cat, CATALOG_ACTION, action);
    actor_set_t s;
    bool tight = participants(w, (size_t)m, &s);
    const catalog_event_t *e = match_event(w, action, &s);
    if (e == NULL)
        return;
    out->type = e->name;
    out->date_from_text = event_date(w, (size_t)m, out->date);
    out->confidence = confidence(w, (size_t)m, tight, out->date_from_text, &s, e);
}

int
classify_item(const catalog_t *cat, const char *title, size_t title_len, const char *body,
              size_t body_len, const char *lang, int64_t published_ms, classify_result_t *out)
{
    memset(out, 0, sizeof *out);
    if (cat == NULL)
        return 0;
    work_t w = { .cat = cat, .published_ms = published_ms };
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
    w.title = title;
    w.title_len = title_len;
    w.body = body;
    w.body_len = body_len;
    size_t dl_start = 0, dl_end = 0;
    w.has_dl = body_len > 0 && dates_find_dateline(body, body_len, &w.dl);
    if (w.has_dl) {
        dl_end = w.dl.end;
        dl_start = dl_end;
        while (dl_start > 0 && body[dl_start - 1] != '\n')
            dl_start--;
    }
    int32_t para = 0;
    add_unit(&w, title, title_len, -1, '\n');
    segment(&w, body, dl_start, &para);
    int32_t first = para;
    segment(&w, body + dl_end, body_len - dl_end, &para);
    mark_lead(&w, w.has_dl ? first : 0);
    if (w.n_units > 0) {
        catalog_scan(cat, w.text.ptr, w.text.len, &w.hits);
        annotate(&w);
        decide(&w, out);
        list_actors(&w, out);
        list_topics(&w, out);
    }
    free(w.unit_of);
    free(w.actor_of);
    free(w.state);
    catalog_hits_free(&w.hits);
    free(w.units);
    ww_buf_free(&w.text);
    return 0;
}

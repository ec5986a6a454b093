/* SPDX-License-Identifier: MIT
 *
 * classify_clause — which cue reaches which action phrase (step 4 of classify.c): how far
 * a cue reaches in its clause (commas, the commas of other scripts, parentheses), over the
 * names of a phrase's parties, never past another event's phrase or a conjunction. */
#include "classify_int.h"

#include <string.h>

#define NEG_MAX_BYTES 96      /* outside parentheses; bounds the gap where words have no spaces */
#define CUE_BYTES_PER_WORD 16 /* a cue that reaches far may span this many bytes per word */
#define ADJACENT_BYTES 4      /* between a cue of reach 0 and its phrase: a space, a quote (a
                                 typographic one, "«больше шестидесяти» телефонных") */
#define CLAUSE_MAX_BYTES 1024 /* no cue is further from its phrase, parentheses and all */

/* The commas of other scripts, which the fold keeps: the Arabic "،" counts as a comma
   wherever it stands. The ideographic and full-width ones ("、" "，") and the full-width
   semicolon and colon ("；" "：") count only after an action phrase: there they end the
   clause its verb ends ("電話会談したが、合意しなかった": held phone talks, but did not
   agree), while before one they set off a time or a topic ("停戦は今月初め、…電話会談で
   合意された"). */
enum { WIDE_NONE, WIDE_COMMA, WIDE_END };

/* Which mark starts at byte I of P[0..END): WIDE_COMMA or WIDE_END (its length in *LEN), or
   WIDE_NONE. CJK: whether the CJK marks count. */
static inline int
wide_mark(const uint8_t *p, uint32_t i, uint32_t end, bool cjk, uint32_t *len)
{
    *len = 3;
    if (p[i] == 0xD8 && i + 1 < end && p[i + 1] == 0x8C) {
        *len = 2;
        return WIDE_COMMA;                                        /* U+060C */
    }
    if (!cjk || i + 2 >= end)
        return WIDE_NONE;
    if (p[i] == 0xE3 && p[i + 1] == 0x80 && p[i + 2] == 0x81)
        return WIDE_COMMA;                                        /* U+3001 */
    if (p[i] == 0xEF && p[i + 1] == 0xBC)
        return p[i + 2] == 0x8C                       ? WIDE_COMMA /* U+FF0C */
               : p[i + 2] == 0x9B || p[i + 2] == 0x9A ? WIDE_END   /* U+FF1B, U+FF1A */
                                                      : WIDE_NONE;
    return WIDE_NONE;
}

/* The bytes past the first of a letter at byte I of P[0..END) in a script that spaces its
   words but spells them in three bytes a letter, long words (Devanagari to Sinhala, U+0900 to
   U+0DFF; Georgian, U+10A0 to U+10FF); 0 for any other byte. Such a letter counts as one byte,
   as a Latin one does: a Tamil word of eight letters is 24 bytes, and reach counts words. */
static inline uint32_t
long_letter_tail(const uint8_t *p, uint32_t i, uint32_t end)
{
    if (p[i] < 0xE0 || i + 2 >= end)
        return 0;               /* most bytes: one test */
    if (p[i] == 0xE0 && p[i + 1] >= 0xA4 && p[i + 1] <= 0xB7)
        return 2;
    if (p[i] == 0xE1 && (p[i + 1] == 0x83 || (p[i + 1] == 0x82 && p[i + 2] >= 0xA0)))
        return 2;
    return 0;
}

/* The length of the space and dash at byte I of P[0..END) when a space follows them: a
   hyphen, an en or an em dash set apart (" - ", " — "), which sets off an aside as commas do
   ("what Lavrov and Kerry said - and didn't say - on the phone"); 0 otherwise. */
static inline uint32_t
spaced_dash(const uint8_t *p, uint32_t i, uint32_t end)
{
    if (i + 2 >= end || (p[i + 1] != '-' && p[i + 1] != 0xE2))
        return 0;               /* most spaces: a letter follows */
    if (p[i + 1] == '-' && p[i + 2] == ' ')
        return 2;
    if (i + 4 < end && p[i + 1] == 0xE2 && p[i + 2] == 0x80 &&
        (p[i + 3] == 0x93 || p[i + 3] == 0x94) && p[i + 4] == ' ')
        return 4;
    return 0;
}

/* True when a name ends at byte END and another starts at byte START: the dash between is a
   pair's ("the Kerry - Lavrov phone call of last week"), no aside. */
static bool
names_around(const work_t *w, uint32_t end, uint32_t start)
{
    bool before = false, after = false;
    for (size_t j = 0; j < w->hits.n && w->hits.v[j].start <= start; j++) {
        const catalog_hit_t *h = &w->hits.v[j];
        if (h->kind != CATALOG_ACTOR && h->kind != CATALOG_ROLE)
            continue;
        before |= h->end == end;
        after |= h->start == start;
    }
    return before && after;
}

/* True when a sentence ends at byte I (before B) of a unit that holds more than one, as a
   title does ("Lawrow rozmawiał z Kerrym. \"Referendum odbędzie się zgodnie z planem\""): "?"
   or "!" and a space, or a stop, a space and an opening quote. A stop alone may end an
   abbreviation ("u.s. officials"). */
static inline bool
sentence_ends(const uint8_t *p, uint32_t i, uint32_t b)
{
    if ((p[i] != '.' && p[i] != '?' && p[i] != '!') || i + 1 >= b || p[i + 1] != ' ')
        return false;
    if (p[i] != '.')
        return true;
    if (i + 2 >= b)
        return false;
    uint8_t q = p[i + 2];
    return q == '"' || q == '\'' || (q == 0xC2 && i + 3 < b && p[i + 3] == 0xAB) ||  /* « */
           (q == 0xE2 && i + 4 < b && p[i + 3] == 0x80 &&
            (p[i + 4] == 0x9C || p[i + 4] == 0x9E));                             /* “ „ */
}

/* True when the folded bytes [a, b) stay in one clause and hold at most REACH words and
   NEG_MAX_BYTES bytes. A pair of commas is a parenthesis ("Телефонный разговор, о котором
   сообщали СМИ, не состоялся"): what it holds is not counted; a lone comma ends the clause
   ("had a call, but the meeting did not take place"). A dash set apart is a comma. AFTER:
   [a, b) follows an action phrase, so that the CJK marks count (wide_mark). */
bool
classify_near_in_clause(const work_t *w, uint32_t a, uint32_t b, int reach, bool after)
{
    /* REACH words in between: REACH + 1 spaces. Reach 0 is next to the phrase, in every
       script: "several calls", "電話会談し|なかった" (the negation glued to the verb). */
    uint32_t max_bytes = (uint32_t)reach * CUE_BYTES_PER_WORD;
    if (max_bytes < NEG_MAX_BYTES)
        max_bytes = reach == 0 ? ADJACENT_BYTES : NEG_MAX_BYTES;
    if (b < a || b - a > CLAUSE_MAX_BYTES)
        return false;           /* also bounds the work: a scan never reads more than this */
    int spaces = 0, commas = 0;
    uint32_t bytes = 0;
    const uint8_t *p = (const uint8_t *)w->text.ptr;
    for (uint32_t i = a; i < b; i++) {
        uint8_t c = p[i];
        if (c == ';' || c == ':' || c == '\n' || sentence_ends(p, i, b))
            return false;
        bool comma = c == ',';
        uint32_t dash = c == ' ' ? spaced_dash(p, i, b) : 0;
        if (dash > 0 && !names_around(w, i, i + dash + 1)) {   /* " - ", " – ", " — " */
            comma = true;
            i += dash - 1;
        }
        if (c >= 0xD8) {                /* the lead byte of every mark wide_mark knows */
            uint32_t len;
            int wide = wide_mark(p, i, b, after, &len);
            if (wide == WIDE_END)
                return false;
            if (wide == WIDE_COMMA) {
                comma = true;
                i += len - 1;
            }
        }
        if (comma) {
            commas++;
            continue;
        }
        if (commas % 2 == 0) {
            spaces += c == ' ';
            bytes++;
            if (spaces > reach + 1 || bytes > max_bytes)
                return false;   /* what is counted only grows */
            i += long_letter_tail(p, i, b);
        }
    }
    return commas % 2 == 0;
}

/* True when after cue C reaches action hit I over the parties named right after it, the
   phrase opening its sentence: "A phone call between [Russian Foreign Minister Sergei Lavrov]
   and [John Kerry] did not take place", "La telefonata tra [...] e [...] è stata annullata".
   The phrase is the subject, the names its complement (each at most NAME_GAP words after the
   phrase or the name before), the cue the predicate (within its reach of the last name). No
   actor stands before the phrase ("Lavrov spoke by phone with Kerry about the postponed
   conference" is a call), no other action phrase after it. */
#define NAME_GAP 2

static bool
reaches_over_names(const work_t *w, const catalog_hit_t *c, size_t i)
{
    const catalog_hit_t *h = w->hits.v;
    uint32_t u = w->unit_of[i], at = h[i].end;
    bool named = false;
    for (size_t j = w->unit_hits[u]; j < w->unit_hits[u + 1] && h[j].start < c->start; j++) {
        if (classify_is_action(&h[j]) && h[j].start >= h[i].end)
            return false;                           /* another phrase: a verb first, "بحث
                                                       لافروف هاتفيا مع ..." */
        if (w->actor_of[j] < 0)
            continue;
        if (h[j].end <= h[i].start)
            return false;                           /* an actor before the phrase */
        if (h[j].start < at) {                      /* overlaps the name before */
            at = h[j].end > at ? h[j].end : at;
            continue;
        }
        if (h[j].end > c->start || !classify_near_in_clause(w, at, h[j].start, NAME_GAP, true))
            return false;
        at = h[j].end;
        named = true;
    }
    return named && classify_near_in_clause(w, at, c->start, c->reach, true);
}

/* True when denial cue C reaches action hit A through the comma of a complement clause, as
   languages that set one off write a denied report: "опровергла сообщения о том, что Лавров
   ... обсуждал по телефону", "dementierte, dass ...": its reach on each side of the comma. */
static bool
denies_through_complement(const work_t *w, const catalog_hit_t *c, const catalog_hit_t *a)
{
    const char *p = w->text.ptr;
    for (size_t j = 0; j < w->hits.n && w->hits.v[j].start < a->start; j++) {
        const catalog_hit_t *k = &w->hits.v[j];
        if (k->kind != CATALOG_COMPLEMENT || k->start <= c->end || k->end > a->start ||
            !classify_of_lang_so_far(w, k))
            continue;
        uint32_t comma = k->start;
        while (comma > c->end && p[comma - 1] == ' ')
            comma--;
        if (comma > c->end && p[comma - 1] == ',' &&
            classify_near_in_clause(w, c->end, comma - 1, c->reach, false) &&
            classify_near_in_clause(w, k->end, a->start, c->reach, false))
            return true;
    }
    return false;
}

/* True when hit C is a cue of kinds BEFORE / AFTER (negation or background) within its reach
   of action hit I, or, after it, over the names of its parties (reaches_over_names). A cue
   before that ends inside the phrase, or with it, reaches it ("si erano [sentiti] al
   telefono": the cue "si erano sentiti" and the phrase "sentiti al telefono" share a word;
   "попросили разговор" holds the whole phrase "разговор"). */
static bool
cue_reaches(const work_t *w, const catalog_hit_t *c, size_t i, uint8_t before, uint8_t after)
{
    const catalog_hit_t *a = &w->hits.v[i];
    if (c->kind == before && c->start < a->start && c->end > a->start && c->end <= a->end)
        return true;
    if (c->kind == before && c->end <= a->start)
        return classify_near_in_clause(w, c->end, a->start, c->reach, false) ||
               (c->kind == CATALOG_DENY_BEFORE && denies_through_complement(w, c, a));
    return c->kind == after && c->start >= a->end &&
           (classify_near_in_clause(w, a->end, c->start, c->reach, true) ||
            reaches_over_names(w, c, i));
}

/* Portuguese "no sábado" is "on Saturday": no negation in a Portuguese text. */
bool
classify_of_text_lang(work_t *w, const catalog_hit_t *h)
{
    classify_text_lang_mask(w);         /* settles w->lang_mask */
    return classify_of_lang_so_far(w, h);
}

bool
classify_of_lang_so_far(const work_t *w, const catalog_hit_t *h)
{
    return catalog_langs_empty(w->lang_mask) || catalog_langs_meet(h->langs, w->lang_mask);
}

/* The bytes between cue C and action hit A, on whichever side of it C stands. */
static void
cue_gap(const catalog_hit_t *c, const catalog_hit_t *a, uint32_t *from, uint32_t *to)
{
    bool before = c->end <= a->start;
    *from = before ? c->end : a->end;
    *to = before ? a->start : c->start;
}

/* True when action hit B is another event's phrase than action hit A's: neither the same
   action nor one that implies the other, nor a weak one ("said"). A meeting is another
   event's than a call; "discussed" (which implies a call) is not. */
static bool
is_other_event(const work_t *w, const catalog_hit_t *a, const catalog_hit_t *b)
{
    return !classify_may_be(w->cat, b->ref, a->ref) && !classify_may_be(w->cat, a->ref, b->ref) &&
           !catalog_action_is_weak(w->cat, b->ref);
}

/* True when an action phrase of another event stands between cue C and action hit I, in
   I's unit: the cue is that phrase's ("spoke by phone but the meeting was cancelled",
   "did not meet but spoke by phone"). */
static bool
other_event_between(const work_t *w, size_t i, const catalog_hit_t *c)
{
    const catalog_hit_t *h = w->hits.v;
    uint32_t from, to, u = w->unit_of[i];
    cue_gap(c, &h[i], &from, &to);
    for (size_t j = w->unit_hits[u]; j < w->unit_hits[u + 1]; j++)
        if (classify_is_action(&h[j]) && h[j].start >= from && h[j].end <= to &&
            is_other_event(w, &h[i], &h[j]))
            return true;
    return false;
}

/* True when relative word R, after action hit I, opens a clause about another noun than the
   phrase: words stand between them, and the last before R is no party's name ("the call
   between Lavrov and Kerry, which ..." is about the call). */
static bool
about_another_noun(const work_t *w, size_t i, size_t r)
{
    const catalog_hit_t *h = w->hits.v;
    uint32_t end = h[i].end;                /* where the phrase, or a name after it, ends */
    for (size_t j = i + 1; j < r; j++)
        if (w->actor_of[j] >= 0 && h[j].end > end && h[j].end <= h[r].start)
            end = h[j].end;
    for (uint32_t k = end; k < h[r].start; k++) {
        unsigned char ch = (unsigned char)w->text.ptr[k];
        if (ch >= 0x80 || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z'))
            return true;
    }
    return false;
}

/* True when cue C is another clause's than action hit I: a conjunction of the text's language
   ("but", "maar", "لكن") stands between them, the cue before it ("did not meet but spoke by
   phone") or after it negating the verb next to it, of reach LOCAL_REACH or less ("talade i
   telefon men kom inte överens", spoke by phone but did not agree). A cue that reaches
   further after its phrase says the event did not happen, and the clause after the
   conjunction may have that event as its subject ("the call was planned but did not take
   place"). Nor does a cue after the phrase reach back across a relative word that opens a
   clause about another noun, nor one before it out of a relative clause that closes first. */
#define LOCAL_REACH 2

static bool
other_clause_between(work_t *w, size_t i, const catalog_hit_t *c)
{
    const catalog_hit_t *h = w->hits.v;
    uint32_t from, to, u = w->unit_of[i];
    cue_gap(c, &h[i], &from, &to);
    bool after = c->start >= h[i].end;
    /* a relative clause about another noun than the phrase ("nel corso di una telefonata, le
       condizioni per la cessazione delle ostilità, che potrebbe essere annunciata nei prossimi
       giorni"): its cue is its own. One right after the phrase is about it ("the call, which
       did not take place"). */
    for (size_t j = w->unit_hits[u]; after && j < w->unit_hits[u + 1]; j++)
        if (h[j].kind == CATALOG_RELATIVE && h[j].start >= from && h[j].end <= to &&
            classify_of_text_lang(w, &h[j]) && about_another_noun(w, i, j))
            return true;
    /* a cue before the phrase inside a relative clause that closes before it ("Lavrov and
       Kerry, who met in Geneva earlier this month, discussed Aleppo by phone"): the relative
       clause's time */
    if (!after && c->end > c->start && c->end <= h[i].start &&
        memchr(w->text.ptr + c->end - 1, ',', h[i].start - (c->end - 1)) != NULL)
        for (size_t j = w->unit_hits[u]; j < w->unit_hits[u + 1] && h[j].start < c->start; j++)
            if (h[j].kind == CATALOG_RELATIVE && h[j].end <= c->start &&
                classify_of_text_lang(w, &h[j]) &&
                memchr(w->text.ptr + h[j].end, ',', c->start - h[j].end) == NULL)
                return true;
    if (after && c->reach > LOCAL_REACH)
        return false;
    for (size_t j = w->unit_hits[u]; j < w->unit_hits[u + 1]; j++)
        if (h[j].kind == CATALOG_CONJUNCTION && h[j].start >= from && h[j].end <= to &&
            classify_of_text_lang(w, &h[j]))
            return true;
    return false;
}

/* True when a date, a weekday or a relative day stands between cue C and action hit I: the
   phrase has a time of its own ("keçən ay Cenevrədə görüşən Lavrov və Kerri dünən telefonla
   danışıblar", met last month, spoke by phone yesterday). */
static bool
date_between(const work_t *w, size_t i, const catalog_hit_t *c)
{
    uint32_t from, to;
    cue_gap(c, &w->hits.v[i], &from, &to);
    dates_expr_t e[1];
    return to > from && dates_scan(catalog_dates(w->cat), w->text.ptr + from, to - from, w->lang,
                                   w->published_ms, e, 1) > 0;
}

/* True when recollection cue C is a word of a date ("днём ранее", "a day earlier": the day
   before a date told, no recollection): of C's unit's dates, scanned once per item. */
static bool
cue_in_date(const work_t *w, uint32_t u, const catalog_hit_t *c)
{
    const unit_dates_t *d = classify_unit_dates(w, u, w->published_ms);
    for (size_t k = 0; k < d->n; k++)
        if (d->e[k].start <= c->start && c->end <= d->e[k].end)
            return true;
    return false;
}

/* A recollection cue that reaches this many words opens a clause of what came before
   ("recalled that", "Напомним,", "Vale lembrar que"): a date in it is the recalled event's,
   not one of the phrase's own. */
#define RECALL_CLAUSE_REACH 14

/* True when a cue of the text's language, of kinds BEFORE / AFTER, reaches action hit I:
   a negation cue negates it, a background cue makes it a recollection. A negation or a
   denial reaches no phrase past another event's (other_event_between); a recollection of a
   few words none past a date of its own (date_between); no cue reaches into another clause
   (other_clause_between). */
/* Which negation cues classify_is_cued's walk takes: all, those that are no `plan` cue (but
   the words of the phrase itself: "se" in "se reunir" is no Portuguese "if"), or `plan`
   cues only. */
typedef enum { CUES_ALL, CUES_OUTRIGHT, CUES_PLAN } cues_t;

static bool
cued(work_t *w, size_t i, uint8_t before, uint8_t after, cues_t which)
{
    const catalog_hit_t *h = w->hits.v;
    uint32_t u = w->unit_of[i];
    if (!classify_unit_holds(w, u, KIND_BIT(before) | KIND_BIT(after)))
        return false;                   /* no cue of either kind in the unit */
    bool nearest = before == CATALOG_NEG_BEFORE || before == CATALOG_DENY_BEFORE;
    /* a weak action ("said") gives no evidence: what its date is does not matter */
    bool recalled = before == CATALOG_BG_BEFORE && !catalog_action_is_weak(w->cat, h[i].ref);
    for (size_t j = w->unit_hits[u]; j < w->unit_hits[u + 1]; j++) {
        if ((which == CUES_ALL || (h[j].ref == CATALOG_CUE_PLAN) == (which == CUES_PLAN)) &&
            !(which == CUES_OUTRIGHT && h[j].start >= h[i].start && h[j].end <= h[i].end) &&
            cue_reaches(w, &h[j], i, before, after) &&
            !(nearest && other_event_between(w, i, &h[j])) && !other_clause_between(w, i, &h[j]) &&
            classify_of_text_lang(w, &h[j]) &&
            !(recalled && ((h[j].reach < RECALL_CLAUSE_REACH && date_between(w, i, &h[j])) ||
                           cue_in_date(w, u, &h[j]))))
            return true;
    }
    return false;
}

bool
classify_is_cued(work_t *w, size_t i, uint8_t before, uint8_t after)
{
    return cued(w, i, before, after, CUES_ALL);
}

bool
classify_to_come(work_t *w, size_t i)
{
    const catalog_hit_t *h = &w->hits.v[i];
    if (!classify_is_action(h) || w->state[i] != HIT_NEGATED)
        return false;
    bool setting = classify_is_cued(w, i, CATALOG_SETTING, CATALOG_KIND_COUNT);
    uint8_t after = setting ? CATALOG_KIND_COUNT : CATALOG_NEG_AFTER;
    return (h->reach == CATALOG_PLANNED || cued(w, i, CATALOG_NEG_BEFORE, after, CUES_PLAN)) &&
           !cued(w, i, CATALOG_NEG_BEFORE, after, CUES_OUTRIGHT) &&
           (setting || !cued(w, i, CATALOG_DENY_BEFORE, CATALOG_DENY_AFTER, CUES_ALL));
}

/* True when action hit I is counted: a number of COUNT_MIN or more, in digits, stands right
   before it ("more than 30 phone calls", "25 телефонных разговоров", "30 Telefonate", "أكثر
   من 30 اتصالا هاتفيا"): the contacts of a period, not a call of the story. A number that is
   part of a date ("the March 6 phone call"), a year ("their 2015 phone call") or glued to
   letters ("G20") counts nothing. */
#define COUNT_MIN 3
#define COUNT_MAX 999
#define COUNT_DATE_WINDOW 48    /* bytes before the number where its date would start */

bool
classify_is_count(const work_t *w, size_t i)
{
    if (w->hits.v[i].reach == CATALOG_ADVERBIAL)
        return false;               /* "after 12 hours of talks": a duration, not a count */
    const char *p = w->text.ptr;
    const unit_t *u = &w->units[w->unit_of[i]];
    uint32_t end = w->hits.v[i].start;
    if (end < u->start + 2 || p[end - 1] != ' ')
        return false;
    uint32_t k = end - 1;
    while (k > u->start && p[k - 1] >= '0' && p[k - 1] <= '9')
        k--;
    if (k == end - 1 || end - 1 - k > 3)
        return false;
    if (k > u->start && p[k - 1] != ' ' && p[k - 1] != '(')
        return false;                       /* "G20", "5.30", "1,000" */
    unsigned n = 0;
    for (uint32_t j = k; j < end - 1; j++)
        n = n * 10 + (unsigned)(p[j] - '0');
    if (n < COUNT_MIN || n > COUNT_MAX)
        return false;
    uint32_t from = k > u->start + COUNT_DATE_WINDOW ? k - COUNT_DATE_WINDOW : u->start;
    while (from > u->start && p[from - 1] != ' ')
        from++;                             /* start at a word */
    dates_expr_t e[4];
    size_t found = dates_scan(catalog_dates(w->cat), p + from, end - 1 - from, w->lang,
                              w->published_ms, e, 4);
    for (size_t j = 0; j < found; j++)
        if (from + e[j].start <= k && k < from + e[j].end)
            return false;                   /* the day of a date */
    return true;
}

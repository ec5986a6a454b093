/* SPDX-License-Identifier: MIT
 *
 * classify_date_near — which date of a unit is the one next to an action (the first half of
 * classify_date.c's work): each unit's expressions, scanned once per anchor; the dates that
 * belong to something else (a noun's "of February 12", a German participle phrase, a start
 * "from the 27th", a possessive, a listing's stamp, an aside); the clause a date lies in; the
 * Moscow day of a date told in a named clock (classify_clock.c). Which sentence dates the
 * event is classify_date.c's. Reads the work_t only. */
#include "classify_int.h"

#include <string.h>

#define DATE_WINDOW 600     /* bytes on each side of the action that a date is looked for in */
#define BACKGROUND_DAYS 7   /* a date this many days before the anchor, read outside the action's
                               sentence, is background ("the agreements reached during Kerry's
                               visit on July 15"), not the news's day */

/* Whether DAY, read outside the action's sentence, may be the event's. */
bool
classify_news_day(int32_t day, int64_t anchor_ms)
{
    return day != NO_DAY && day > dates_day_of_ms(anchor_ms) - BACKGROUND_DAYS;
}

/* True when the word that ends before byte AT (spaces skipped) is WORD; *START gets where it
   begins. */
static bool
word_before(const work_t *w, uint32_t at, const char *word, uint32_t *start)
{
    const char *p = w->text.ptr;
    uint32_t e = at;
    while (e > 0 && p[e - 1] == ' ')
        e--;
    uint32_t b = e;
    while (b > 0 && p[b - 1] != ' ' && p[b - 1] != '\n')
        b--;
    *start = b;
    return strlen(word) == e - b && memcmp(p + b, word, e - b) == 0;
}

/* "the agreements of February 12", "соглашений от 12 февраля": a date that belongs to a noun,
   not to the action. */
bool
classify_attributive(const work_t *w, uint32_t start)
{
    static const char *const preps[] = { "of", "from", "since", "until", "till", "dated", "от",
                                         "с", "до", "vom", "seit", "bis", "du", "depuis", "del",
                                         "desde", "hasta", "dal", "fino", "até", "z", "od", "од",
                                         "від" };
    uint32_t b;
    for (size_t i = 0; i < sizeof preps / sizeof preps[0]; i++)
        if (word_before(w, start, preps[i], &b))
            return true;
    return false;
}

/* True when the date that ends at byte END is the start of something, as Korean, Japanese and
   Chinese mark it right after the date, its clock and a bracket between ("27일 0시(시리아
   시간)부터 발효되는 합의", "27日0時から", "27日零时起"): the time from which a truce holds, not
   the day of the action. Anything else between (a comma: "7日、午後6時から約20分間" is the
   call's own time) ends the look. */
#define FROM_MARK_BYTES 48

static bool
from_the_date(const work_t *w, uint32_t end)
{
    static const char *const marks[] = { "부터", "から", "起" };
    static const char *const clock[] = { "시", "분", "時", "分", "点", "时", "半", "오전", "오후",
                                         "午前", "午後", "上午", "下午", "零" };
    const char *p = w->text.ptr;
    int depth = 0;
    uint32_t i = end;
    while (i < w->text.len && i < end + FROM_MARK_BYTES) {
        unsigned char c = (unsigned char)p[i];
        if (c == '(' || c == ')') {
            depth += c == '(' ? 1 : -1;
            i++;
            continue;
        }
        if (depth > 0 || c == ' ' || c == ':' || (c >= '0' && c <= '9')) {
            i++;
            continue;
        }
        for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
            if (strncmp(p + i, marks[k], strlen(marks[k])) == 0)
                return true;
        size_t k = 0;
        while (k < sizeof clock / sizeof clock[0] &&
               strncmp(p + i, clock[k], strlen(clock[k])) != 0)
            k++;
        if (k == sizeof clock / sizeof clock[0])
            return false;
        i += (uint32_t)strlen(clock[k]);
    }
    return false;
}

/* True when the date at byte START opens a German attributive participle phrase: "über die am
   Freitag in Minsk vereinbarte Waffenruhe" (the truce agreed on Friday) dates the agreement,
   not the action. */
static bool
in_participle_phrase(const work_t *w, uint32_t start)
{
    static const char *const articles[] = { "die", "der", "den", "das", "dem", "des", "eine",
                                            "einer", "einen", "einem" };
    uint32_t am, art;
    if (!word_before(w, start, "am", &am))
        return false;
    for (size_t i = 0; i < sizeof articles / sizeof articles[0]; i++)
        if (word_before(w, am, articles[i], &art))
            return true;
    return false;
}

/* True when a clock time follows byte AT (classify_clock_len): a date right before it, in the
   line of no prose that tells the action, is when the line was posted ("9月18日 6時12分 米ロ外相
   が電話会談", a list's stamp), not the day of what the line tells. (A page's own date line
   next to the story, "Stand: 04.06.2016 17:00 Uhr", still dates it.) */
static bool
clock_after(const work_t *w, uint32_t at, bool comma)
{
    uint32_t i = at;
    if (comma && i < w->text.len && w->text.ptr[i] == ',')
        i++;                            /* "Minggu 02 Okt 2016, 09:00 WIB" */
    while (i < w->text.len && w->text.ptr[i] == ' ')
        i++;
    return classify_clock_len(w->text.ptr + i, w->text.len - i) > 0;
}

/* A unit of at most CLASSIFY_UNIT_MAX bytes, up to UNIT_DATES_MAX expressions. */
const unit_dates_t *
classify_unit_dates(const work_t *w, uint32_t ui, int64_t anchor_ms)
{
    unit_dates_t *c = &w->dates[ui % UNIT_DATES_CACHE];
    if (c->unit_plus1 != ui + 1 || c->anchor_ms != anchor_ms) {
        const unit_t *u = &w->units[ui];
        c->n = (uint32_t)dates_scan(catalog_dates(w->cat), w->text.ptr + u->start,
                                    u->end - u->start, w->lang, anchor_ms, c->e, UNIT_DATES_MAX);
        for (uint32_t i = 0; i < c->n; i++)
            c->e[i].start += u->start, c->e[i].end += u->start;
        c->unit_plus1 = ui + 1;
        c->anchor_ms = anchor_ms;
    }
    return c;
}

#define OTHER_CLAUSE (2 * 2 * DATE_WINDOW)     /* more than any distance within the window */

/* True when a complement or relative word of the text's language ("that", "что", "da",
   "which", "который", "الذي") lies between bytes FROM and TO of unit UI. */
static bool
clause_word_between(const work_t *w, uint32_t ui, uint32_t from, uint32_t to)
{
    if (!classify_unit_holds(w, ui, KIND_BIT(CATALOG_COMPLEMENT) | KIND_BIT(CATALOG_RELATIVE)))
        return false;
    for (size_t i = w->unit_hits[ui]; i < w->hits.n && w->hits.v[i].start < to; i++)
        if ((w->hits.v[i].kind == CATALOG_COMPLEMENT || w->hits.v[i].kind == CATALOG_RELATIVE) &&
            w->hits.v[i].start >= from && classify_of_lang_so_far(w, &w->hits.v[i]))
            return true;
    return false;
}

/* True when a clause ends between bytes FROM and TO of unit UI: a comma, a semicolon, or a
   complement or relative word. Han and Kana, which put the time before the verb across a
   comma ("外相は10日、…と電話で会談し"), do not count their ideographic comma. */
static bool
clause_between(const work_t *w, uint32_t ui, uint32_t from, uint32_t to)
{
    const char *p = w->text.ptr + from;
    return memchr(p, ',', to - from) || memchr(p, ';', to - from) ||
           clause_word_between(w, ui, from, to);
}

/* Where the clause that a date ending at byte T opens begins, for an action at byte A after
   it: past the comma right after the date (a parenthesis between at most), which sets off a
   date put first ("ngày 18/2 (theo giờ địa phương), Ngoại trưởng Nga ... đã điện đàm", "On
   Monday, Lavrov spoke"); T itself when another word comes first ("Wie das Außenamt am
   Sonntag mitteilte, sprachen Lawrow und Kerry"). */
static uint32_t
fronted_end(const work_t *w, uint32_t t, uint32_t a)
{
    const char *p = w->text.ptr;
    uint32_t k = t;
    while (k < a && p[k] == ' ')
        k++;
    if (k < a && p[k] == '(') {
        const char *close = memchr(p + k, ')', a - k);
        if (close == NULL)
            return t;
        k = (uint32_t)(close - p) + 1;
    }
    return k < a && p[k] == ',' ? k + 1 : t;
}

/* True when the date ending at byte T is an English possessive ("last Wednesday's alleged
   attack") of a noun other than the action at byte A ("yesterday's phone call" is the call's
   own day). */
static bool
possessive_of_another(const work_t *w, uint32_t t, uint32_t a)
{
    const char *p = w->text.ptr;        /* the scan ends a weekday past its "'s" */
    if (t < 2 || p[t - 2] != '\'' || p[t - 1] != 's')
        return false;
    return !(a >= t && a <= t + 1);
}

/* The date expression of unit UI within its bytes [LO, HI) (the unit, or a clause of it)
   nearest the bytes [a, b), of the kind PICK takes. Returns the day, or NO_DAY; *APART (when
   not NULL) tells whether that date lies in another clause than the bytes [a, b), or is the
   reader's. */
int32_t
classify_date_in_unit(const work_t *w, uint32_t ui, uint32_t lo, uint32_t hi, uint32_t a,
                      uint32_t b, int64_t anchor_ms, pick_t pick, bool *apart)
{
    /* only the words around the action: a date that belongs to it is near it */
    uint32_t ca = a < lo ? lo : a > hi ? hi : a;   /* the action, or */
    uint32_t cb = b < ca ? ca : b > hi ? hi : b;   /* the range's nearer end */
    uint32_t from = ca > lo + DATE_WINDOW ? ca - DATE_WINDOW : lo;
    uint32_t to = cb + DATE_WINDOW < hi ? cb + DATE_WINDOW : hi;
    const unit_dates_t *c = classify_unit_dates(w, ui, anchor_ms);
    /* the action told in a line of no prose: a list's headline, which its stamp may open or
       close ("... via telepon detikNews | Minggu 02 Okt 2016, 09:00 WIB") */
    bool own_line = !w->units[ui].prose && a >= w->units[ui].start && a < w->units[ui].end;
    int32_t best = NO_DAY;
    uint64_t best_d = UINT64_MAX;
    bool best_apart = false;
    for (size_t i = 0; i < c->n; i++) {
        const dates_expr_t *e = c->e;
        uint32_t s = (uint32_t)e[i].start, t = (uint32_t)e[i].end;
        if (s < from || t > to)
            continue;
        if (pick == PICK_WORDS && e[i].kind != DATES_WEEKDAY && e[i].kind != DATES_RELATIVE)
            continue;
        /* "tomorrow" names what is to come: never the day of an event already told */
        if (e[i].kind == DATES_RELATIVE && e[i].days > dates_day_of_ms(anchor_ms))
            continue;
        if ((e[i].kind == DATES_EXPLICIT || e[i].kind == DATES_MONTH_DAY) &&
            classify_attributive(w, s))
            continue;
        if (in_participle_phrase(w, s) || from_the_date(w, t))
            continue;
        /* a range of days ("to meet in Geneva on Sept. 8-9") is a meeting's or a visit's */
        if (e[i].span)
            continue;
        if (possessive_of_another(w, t, a))
            continue;
        int zone;
        int32_t day = classify_moscow_day(w, ui, s, t,
                                          i + 1 < c->n ? (uint32_t)e[i + 1].start : UINT32_MAX,
                                          e[i].days, &zone);
        if (pick == PICK_CLOCKED && zone <= 0)
            continue;
        /* a weekday of Moscow's clock may be the day after the anchor's, a Washington day:
           "(WASHINGTON, Friday) ... early Saturday Moscow time" */
        if (zone > 0 && e[i].kind == DATES_WEEKDAY && day + 6 == dates_day_of_ms(anchor_ms))
            day += 7;
        /* the reader's day, ahead of Moscow: any other date near the action comes first */
        bool reader = zone < 0;
        /* (a comma before the clock only in a stamp that follows the line's words: a listing's
           stamp alone on its line, "15 июня, 19:42", dates the entry below it) */
        if (own_line && (e[i].kind == DATES_EXPLICIT || e[i].kind == DATES_MONTH_DAY) &&
            clock_after(w, t, s > w->units[ui].start))
            continue;
        /* "Zarif, who spoke with Kerry on Monday, called Lavrov": the aside's day */
        if (w->has_asides && classify_aside_apart(w, ui, s, a, b))
            continue;
        /* Han, Kana and Hangul put the time before the verb ("外相は10日、…と電話で会談し、
           北朝鮮が9日に行った…"): there, a date after the action weighs four times its distance. */
        uint64_t after = (uint8_t)w->text.ptr[a] >= 0xE3 ? 8 : 2;
        uint64_t d = zone > 0 ? 0
                     : t <= a ? (uint64_t)(a - t) * 2 + 1
                     : s >= b ? (uint64_t)(s - b) * after + 2
                              : 1;
        /* a date in another clause than the action's, past a comma or a complement word, is
           that clause's ("Wie das Außenamt am Sonntag mitteilte, sprachen Lawrow und Kerry am
           Samstagabend", "izjavio je danas da se u telefonskom razgovoru ..."): any in the
           action's clause comes first */
        if (zone <= 0 &&
            (t <= a ? clause_between(w, ui, fronted_end(w, t, a), a)
                    : s >= b && clause_between(w, ui, b, s)))
            d += OTHER_CLAUSE;
        if (reader)
            d += 2 * OTHER_CLAUSE;
        if (d < best_d) {
            best_d = d;
            best = day;
            /* apart: the date of another clause that follows the action, or that a
               complement word sets before it ("oświadczył w środę, że podczas rozmowy"); not
               a date put first ("On February 10, Lavrov had a telephone conversation") */
            best_apart =
                reader || (d >= OTHER_CLAUSE && (s >= b || clause_word_between(w, ui, t, a)));
        }
    }
    if (apart != NULL)
        *apart = best != NO_DAY && best_apart;
    return best;
}

/* SPDX-License-Identifier: MIT
 *
 * classify_clock — the clock a date of the text is told in, and the Moscow day it
 * makes (classify_moscow_day): a clock named next to the date ("Washington time",
 * "по московскому времени", "日本時間"), an evening in Washington (the next day in
 * Moscow; its clock may be named in the sentence next to the date's), the small hours
 * of a reader's clock ahead of Moscow (the day before). Used by classify_date.c's
 * date_in_unit. Reads the work_t only. */
#include "classify_int.h"

#include <string.h>
#include <strings.h>

/* The clock a date is told in, when the text names it right before the date (or one short
   word before it: "Washington time on Friday") or just after it in its clause, up to NEXT,
   where the next date begins ("late Friday - early Saturday Moscow time": Saturday's):
   -1 the reader's, ahead of Moscow ("18日夜（日本時間19日未明）", "현지시간 18일(한국시간
   19일)", "北京时间14日晚间"): the Moscow day, the one before in the small hours, used only
   when no other date stands near the action; -2 Washington's ("samedi soir, heure de
   Washington", "во вторник около 18:30 по вашингтонскому времени", "美国东部时间29日晚9时许"); +1 Moscow's ("early Saturday Moscow
   time", "モスクワ時間15日未明"); 0 none. The event's day is the Moscow day. */
#define ZONE_AFTER 40           /* bytes after a date in which its clock's name may begin */
#define ZONE_WORD 3             /* the longest word between a clock's name and the date */

enum { MARK_BEFORE = 1, MARK_AFTER = 2, MARK_CLOCK = 4 };

/* True when byte I of P (LEN bytes) ends a sentence: a stop that is not in a clock, an
   abbreviation before one or a time of day ("22.00", "godz. 21", "9 p.m."). */
static bool
sentence_stop(const char *p, uint32_t i, uint32_t len)
{
    if (p[i] != '.')
        return false;
    if (i + 1 < len && p[i + 1] >= 'a' && p[i + 1] <= 'z')
        return false;                                   /* the first stop of "p.m." */
    uint32_t k = i + 1 < len && p[i + 1] == ' ' ? i + 2 : i + 1;
    if (k < len && p[k] >= '0' && p[k] <= '9')
        return false;
    return !(i >= 2 && p[i - 2] == '.');                /* its last */
}

#define M(mark, zone, where) { mark, sizeof mark - 1, zone, where }
static const struct {
    const char *mark;
    uint32_t len;
    int zone;
    int where;      /* MARK_BEFORE, MARK_AFTER: on which side of the date it is written;
                       MARK_CLOCK: only with an hour next to the date */
} marks[] = {
    M("日本時間", -1, MARK_BEFORE), M("日本時間の", -1, MARK_BEFORE),
    M("한국시간", -1, MARK_BEFORE), M("한국시간으로", -1, MARK_BEFORE),
    M("한국 시간으로", -1, MARK_BEFORE),
    M("한국 시간", -1, MARK_BEFORE), M("北京时间", -1, MARK_BEFORE),
    M("北京時間", -1, MARK_BEFORE), M("ワシントン時間", -2, MARK_BEFORE),
    M("华盛顿时间", -2, MARK_BEFORE), M("華盛頓時間", -2, MARK_BEFORE),
    M("美国东部时间", -2, MARK_BEFORE), M("美东时间", -2, MARK_BEFORE),
    M("워싱턴 시간", -2, MARK_BEFORE), M("워싱턴 시간으로", -2, MARK_BEFORE),
    M("washington saatiyle", -2, MARK_BEFORE),
    M("по вашингтонскому времени", -2, MARK_BEFORE | MARK_AFTER),
    M("washington time", -2, MARK_BEFORE | MARK_AFTER),
    M("eastern time", -2, MARK_BEFORE | MARK_AFTER),
    M("동부시간", -2, MARK_BEFORE | MARK_AFTER),     /* "28일 밤(미 동부시간)" */
    M("東部時間", -2, MARK_BEFORE), M("東部時間の", -2, MARK_BEFORE),
    M("东部时间", -2, MARK_BEFORE),
    M("heure de washington", -2, MARK_BEFORE | MARK_AFTER),
    M("washingtoner zeit", -2, MARK_AFTER), M("ortszeit washington", -2, MARK_AFTER),
    M("hora de washington", -2, MARK_BEFORE | MARK_AFTER),
    M("ora di washington", -2, MARK_AFTER),
    M("czasu waszyngtonskiego", -2, MARK_BEFORE | MARK_AFTER),
    M("horario de washington", -2, MARK_AFTER), M("washingtonse tijd", -2, MARK_AFTER),
    M("за вашингтонським часом", -2, MARK_BEFORE | MARK_AFTER),
    M("بتوقيت واشنطن", -2, MARK_AFTER),
    M("モスクワ時間", 1, MARK_BEFORE), M("莫斯科时间", 1, MARK_BEFORE),
    M("莫斯科時間", 1, MARK_BEFORE), M("모스크바 시간", 1, MARK_BEFORE),
    M("모스크바 시간으로", 1, MARK_BEFORE), M("모스크바시간으로", 1, MARK_BEFORE),
    M("moskova saatiyle", 1, MARK_BEFORE),
    M("по московскому времени", 1, MARK_BEFORE | MARK_AFTER),
    M("moscow time", 1, MARK_BEFORE | MARK_AFTER),
    M("heure de moscou", 1, MARK_BEFORE | MARK_AFTER),
    M("moskauer zeit", 1, MARK_AFTER), M("ortszeit moskau", 1, MARK_AFTER),
    M("hora de moscu", 1, MARK_BEFORE | MARK_AFTER),
    M("hora de moscou", 1, MARK_BEFORE | MARK_AFTER), M("ora di mosca", 1, MARK_AFTER),
    M("horario de moscou", 1, MARK_AFTER), M("moskouse tijd", 1, MARK_AFTER),
    M("за московським часом", 1, MARK_BEFORE | MARK_AFTER),
    M("بتوقيت موسكو", 1, MARK_AFTER),
    M("gio ha noi", -1, MARK_AFTER), M("theo gio ha noi", -1, MARK_AFTER),
    M("theo gio moskva", 1, MARK_AFTER), M("gio moskva", 1, MARK_AFTER),
    M("po vasingtonskom vremenu", -2, MARK_AFTER), M("po istocnoamerickom vremenu", -2, MARK_AFTER),
    M("po moskovskom vremenu", 1, MARK_AFTER), M("østkysttid", -2, MARK_AFTER),
    M("amerikansk tid", -2, MARK_AFTER), M("edt", -2, MARK_AFTER), M("est)", -2, MARK_AFTER),
    /* a place, not a clock's name: Moscow's day only with an hour next to the date ("4 h du
       matin dimanche à Moscou", "klokken 06 mandag morgen i Moskva", "past 2 a.m. Friday in
       Moscow"), not "talks on Friday in Moscow" nor "said on Monday in Moscow" */
    M("in moscow", 1, MARK_AFTER | MARK_CLOCK), M("a moscou", 1, MARK_AFTER | MARK_CLOCK),
    M("in moskau", 1, MARK_AFTER | MARK_CLOCK), M("en moscu", 1, MARK_AFTER | MARK_CLOCK),
    M("em moscou", 1, MARK_AFTER | MARK_CLOCK), M("a mosca", 1, MARK_AFTER | MARK_CLOCK),
    M("in moskou", 1, MARK_AFTER | MARK_CLOCK), M("w moskwie", 1, MARK_AFTER | MARK_CLOCK),
    M("u moskvi", 1, MARK_AFTER | MARK_CLOCK), M("i moskva", 1, MARK_AFTER | MARK_CLOCK),
    M("v moskve", 1, MARK_AFTER | MARK_CLOCK), M("в москве", 1, MARK_AFTER | MARK_CLOCK),
    M("у москві", 1, MARK_AFTER | MARK_CLOCK), M("в москві", 1, MARK_AFTER | MARK_CLOCK),
    M("moskovassa", 1, MARK_AFTER | MARK_CLOCK), M("po moskovskom", 1, MARK_AFTER | MARK_CLOCK),
    M("ωρα ουασιγκτον", -2, MARK_AFTER), M("ωρα ουασινγκτον", -2, MARK_AFTER),
    M("ωρα μοσχασ", 1, MARK_AFTER),
    M("washingtoni ido szerint", -2, MARK_BEFORE | MARK_AFTER),
    M("moszkvai ido szerint", 1, MARK_BEFORE | MARK_AFTER),
    M("washingtonskeho casu", -2, MARK_AFTER),
    M("moskevskeho casu", 1, MARK_AFTER), M("ora washingtonului", -2, MARK_AFTER),
    M("ora moscovei", 1, MARK_AFTER), M("вашингтонско време", -2, MARK_AFTER),
    M("московско време", 1, MARK_AFTER),
};
#undef M

/* True when an hour in digits stands in the CLOCK_BEFORE bytes before byte START, in its
   sentence ("4 h du matin dimanche", "klokken 06 mandag"). */
#define CLOCK_BEFORE 24

static bool
hour_before(const char *p, uint32_t start)
{
    for (uint32_t k = start, n = 0; k > 0 && n < CLOCK_BEFORE; k--, n++) {
        if (p[k - 1] == '.' && k >= 2 && p[k - 2] >= 'a' && p[k - 2] <= 'z' &&
            !(k >= 3 && p[k - 3] == '.'))
            return false;                   /* a sentence's stop, not "a.m." */
        if (p[k - 1] >= '0' && p[k - 1] <= '9')
            return true;
    }
    return false;
}

/* True when WORD occurs in P[LO, HI). */
static bool
has_word(const char *p, uint32_t lo, uint32_t hi, const char *word)
{
    size_t n = strlen(word);
    for (uint32_t j = lo; j + n <= hi; j++)
        if (memcmp(p + j, word, n) == 0)
            return true;
    return false;
}

/* The words of an evening or a night (evening_near), and of a late afternoon in Washington,
   which is past midnight in Moscow. */
static const char *const evening_words[] = {
    "evening", "night", "p.m", "pm ", "soir", "nuit", "вечер", "ночью", "ночи", "abend",
    "nacht", "noche", "noite", "sera", "notte", "aksam", "gece", "wieczor", "nocy", "晚",
    "keso este", "ejjel", /* Hungarian late evening, night; not "este" alone (Spanish) */
    "uvece", "kveld", "kvall", "aften", "illalla", "vecer", "βραδυ", "νυχτα", "seara",
    "夜", "밤", "저녁", "مساء", "ليلا", "ليل",
    "late afternoon", "late in the afternoon", "spaten nachmittag", "fin d'apres-midi",
    "ultima hora de la tarde", "final da tarde",
};

/* True when the words from CLOCK_BEFORE bytes before the date at START up to a place's name at
   MARK tell a time of day, as an hour does: the small hours or the morning ("tôt vendredi
   matin à Moscou", "early Saturday morning in Moscow", "в субботу рано утром в Москве"), the
   evening or the night ("late Sunday evening in Moscow", "dimanche soir à Moscou", "в
   воскресенье вечером в Москве"). */
static bool
time_of_day_before(const char *p, uint32_t start, uint32_t mark)
{
    static const char *const morning[] = { " early", "morning", " dawn", " tot ", "matin",
                                           " aube", "madrugada", "manana", "mattina", "fruh",
                                           "рано", "утром", "утра" };
    uint32_t lo = start > CLOCK_BEFORE ? start - CLOCK_BEFORE : 0;
    for (size_t i = 0; i < sizeof morning / sizeof morning[0]; i++)
        if (has_word(p, lo, mark, morning[i]))
            return true;
    for (size_t i = 0; i < sizeof evening_words / sizeof evening_words[0]; i++)
        if (has_word(p, lo, mark, evening_words[i]))
            return true;
    return false;
}

static int
zone_of(const work_t *w, uint32_t start, uint32_t end, uint32_t next)
{
    const char *p = w->text.ptr;
    /* where a name written before the date ends: right before it, or before one short word */
    uint32_t ends[2], n_ends = 0, b = start;
    while (b > 0 && p[b - 1] == ' ')
        b--;
    ends[n_ends++] = b;
    uint32_t word = b;
    while (word > 0 && b - word <= ZONE_WORD && p[word - 1] >= 'a' && p[word - 1] <= 'z')
        word--;
    if (word < b && b - word <= ZONE_WORD && word > 0 && p[word - 1] == ' ') {
        while (word > 0 && p[word - 1] == ' ')
            word--;
        ends[n_ends++] = word;
    }
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        uint32_t n = marks[i].len;
        for (uint32_t k = 0; k < n_ends && (marks[i].where & MARK_BEFORE); k++)
            if (ends[k] >= n && memcmp(p + ends[k] - n, marks[i].mark, n) == 0)
                return marks[i].zone;
    }
    /* a name written after the date begins a word within its clause */
    uint32_t lim = end;
    while (lim < w->text.len && lim < end + ZONE_AFTER && lim < next && p[lim] != '\n' &&
           !sentence_stop(p, lim, w->text.len))
        lim++;
    for (uint32_t j = end; j < lim; j++) {
        if (j > end && p[j - 1] != ' ' && p[j - 1] != '(')
            continue;
        for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
            uint32_t n = marks[i].len;
            if ((marks[i].where & MARK_AFTER) && p[j] == marks[i].mark[0] &&
                j + n <= w->text.len && memcmp(p + j, marks[i].mark, n) == 0 &&
                (!(marks[i].where & MARK_CLOCK) || hour_before(p, start) ||
                 time_of_day_before(p, start, j)))
                return marks[i].zone;
        }
    }
    return 0;
}

/* True when the date at bytes [START, END) is told late in its day, right around it ("late
   Tuesday", "late on Tuesday", "Tuesday night", "Tuesday evening"): a cheap look, made for
   every date of no named clock before washington_clock_near's, and part of evening_near's. */
static bool
late_or_night(const work_t *w, uint32_t start, uint32_t end)
{
    static const char *const after[] = { " night", " evening" };
    const char *p = w->text.ptr;
    if ((start >= 5 && memcmp(p + start - 5, "late ", 5) == 0) ||
        (start >= 8 && memcmp(p + start - 8, "late on ", 8) == 0))
        return true;
    for (size_t i = 0; i < sizeof after / sizeof after[0]; i++)  /* "this evening", "tonight" */
        if (has_word(p, start, end, after[i] + 1))
            return true;
    for (size_t i = 0; i < sizeof after / sizeof after[0]; i++) {
        size_t n = strlen(after[i]);
        if (end + n <= w->text.len && memcmp(p + end, after[i], n) == 0)
            return true;
    }
    return false;
}

/* Where the words of the date that begins at NEXT begin, from END on: before its "late" or
   "late on" ("..., late Sunday evening"). */
static uint32_t
late_before(const char *p, uint32_t end, uint32_t next)
{
    static const char *const words[] = { "late on ", "late " };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        uint32_t n = (uint32_t)strlen(words[i]);
        if (next >= end + n && memcmp(p + next - n, words[i], n) == 0)
            return next - n;
    }
    return next;
}

/* True when the words around the date at bytes [START, END) of unit UI, in its sentence and
   before NEXT (where the next date's words begin: "Sunday afternoon Washington time, late
   Sunday evening in Moscow" tells the first no evening), tell an evening or a night ("late Friday
   evening", "вечером", "晚9时", "밤", "9 p.m.", "21:30"): in Washington, that is the next day
   in Moscow (7 or 8 hours ahead). */
#define EVENING_WINDOW 48

static bool
evening_near(const work_t *w, uint32_t ui, uint32_t start, uint32_t end, uint32_t next)
{
    const char *p = w->text.ptr;
    uint32_t lo = start, hi = end;
    while (lo > w->units[ui].start && start - lo < EVENING_WINDOW &&
           !sentence_stop(p, lo - 1, w->text.len))
        lo--;
    uint32_t cap = w->units[ui].end;
    if (next > end && next < cap)       /* the next date's words are its own ("late Sunday") */
        cap = late_before(p, end, next);
    while (hi < cap && hi - end < EVENING_WINDOW && !sentence_stop(p, hi, w->text.len))
        hi++;
    for (size_t i = 0; i < sizeof evening_words / sizeof evening_words[0]; i++)
        if (has_word(p, lo, hi, evening_words[i]))
            return true;
    if (has_word(p, lo, hi, "late ") && has_word(p, lo, hi, "afternoon"))
        return true;                    /* "late Friday afternoon" */
    if (late_or_night(w, start, end))
        return true;                    /* "spoke late Thursday": late in the day */
    /* the afternoon's hours from five: "오후 9시", "午後9時" */
    static const char *const pm[] = { "오후", "午後" };
    for (size_t i = 0; i < sizeof pm / sizeof pm[0]; i++) {
        size_t n = strlen(pm[i]);
        for (uint32_t j = lo; j + n < hi; j++) {
            if (memcmp(p + j, pm[i], n) != 0)
                continue;
            uint32_t k = j + (uint32_t)n + (p[j + n] == ' ');
            int hour = 0;
            for (; k < hi && p[k] >= '0' && p[k] <= '9' && hour < 100; k++)
                hour = hour * 10 + (p[k] - '0');
            if (hour >= 5 && hour <= 11)
                return true;
        }
    }
    /* a clock of 17:00 or later: "18:30", "21.00", "22h", "22 Uhr", "godz. 21" */
    for (uint32_t j = lo; j + 4 <= hi; j++) {
        if (p[j] < '1' || p[j] > '2' || p[j + 1] < '0' || p[j + 1] > '9' ||
            (j > lo && p[j - 1] >= '0' && p[j - 1] <= '9'))
            continue;
        const char *q = p + j + 2;
        bool digits = ((q[0] == ':' || q[0] == '.') && q[1] >= '0' && q[1] <= '5') ||
                      (q[0] == 'h' && (q[1] < 'a' || q[1] > 'z')) ||
                      (j + 5 <= hi && q[0] == ' ' && q[1] == 'h' && (q[2] < 'a' || q[2] > 'z')) ||
                      (j + 6 <= hi && memcmp(q, " uhr", 4) == 0) ||
                      (j >= lo + 6 && memcmp(p + j - 6, "godz. ", 6) == 0) ||
                      (j >= lo + 8 && memcmp(p + j - 8, "klokken ", 8) == 0) ||
                      (j >= lo + 4 && memcmp(p + j - 4, "kl. ", 4) == 0);
        int hour = digits ? (p[j] - '0') * 10 + (p[j + 1] - '0') : 0;
        if (hour >= 17 && hour <= 23)
            return true;
    }
    return false;
}

/* True when the words right around the date at bytes [START, END) of unit UI tell the small
   hours ("日本時間19日未明", "한국시간 19일 새벽", "北京时间19日凌晨"): in a reader's clock
   ahead of Moscow, the Moscow day before. */
#define SMALL_HOURS_WINDOW 16

static bool
small_hours_near(const work_t *w, uint32_t ui, uint32_t start, uint32_t end)
{
    static const char *const words[] = { "未明", "早朝", "凌晨", "清晨", "새벽", "rang sang" };
    const char *p = w->text.ptr;
    uint32_t lo = start > w->units[ui].start + SMALL_HOURS_WINDOW ? start - SMALL_HOURS_WINDOW
                                                                   : w->units[ui].start;
    uint32_t hi = end + SMALL_HOURS_WINDOW < w->units[ui].end ? end + SMALL_HOURS_WINDOW
                                                               : w->units[ui].end;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t n = strlen(words[i]);
        for (uint32_t j = lo; j + n <= hi; j++)
            if (memcmp(p + j, words[i], n) == 0)
                return true;
    }
    return false;
}

/* True when the sentence of unit UI, or a lead sentence next to it, names Washington's clock
   ("Kerry placed the call shortly before midnight Washington time", "after 6 p.m. in
   Washington"): an evening that the action's sentence tells without a clock is Washington's. */
static bool
washington_clock_near(const work_t *w, uint32_t ui)
{
    static const char *const more[] = { "p.m. in washington", "pm in washington" };
    const char *p = w->text.ptr;
    for (uint32_t k = ui > 0 ? ui - 1 : 0; k <= ui + 1 && k < w->n_units; k++) {
        const unit_t *u = &w->units[k];
        if (k != ui && !(u->lead && u->prose))
            continue;
        for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
            if (marks[i].zone == -2 && has_word(p, u->start, u->end, marks[i].mark))
                return true;
        for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
            if (has_word(p, u->start, u->end, more[i]))
                return true;
    }
    return false;
}

/* True when the story is written in Washington: its dateline's place ("WASHINGTON (Reuters)
   -"), or a line above its first sentence that is only the place, as a State Department
   statement sets it ("Washington, DC" over "September 30, 2016"). */
static bool
written_in_washington(const work_t *w)
{
    static const char *const lines[] = { "washington", "washington, dc", "washington, d.c.",
                                         "washington dc", "washington d.c." };
    if (w->has_dl && strncasecmp(w->dl.place, "washington", 10) == 0)
        return true;
    size_t first = classify_first_sentence(w);
    for (size_t i = 0; i < first && i < w->n_units; i++) {
        const unit_t *u = &w->units[i];
        for (size_t k = 0; u->para >= 0 && k < sizeof lines / sizeof lines[0]; k++)
            if (u->end - u->start == strlen(lines[k]) &&
                memcmp(w->text.ptr + u->start, lines[k], u->end - u->start) == 0)
                return true;
    }
    return false;
}

int32_t
classify_moscow_day(const work_t *w, uint32_t ui, uint32_t start, uint32_t end, uint32_t next,
                    int32_t day, int *zone)
{
    *zone = zone_of(w, start, end, next);
    if (*zone == -2) {          /* Washington's day: Moscow's, the next after an evening */
        *zone = 1;
        return day + (evening_near(w, ui, start, end, next) ? 1 : 0);
    }
    if (*zone == -1)            /* the reader's: the same Moscow day, but in the small hours */
        return day - (small_hours_near(w, ui, start, end) ? 1 : 0);
    if (*zone == 0 && late_or_night(w, start, end) &&
        (washington_clock_near(w, ui) || written_in_washington(w)))
        return day + 1;         /* an evening whose clock the next sentence names, or told
                                   in Washington ("spoke by phone this evening") */
    return day;
}

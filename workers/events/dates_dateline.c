/* SPDX-License-Identifier: MIT
 *
 * dates_dateline — dates_find_dateline (see dates.h): the wire dateline at
 * the start of a paragraph in the first DATES_DATELINE_WINDOW bytes of a
 * body: a place in capitals or capitalised words, then an optional
 * month-day, agency and dash ("MOSCOW, March 6. /TASS/.", "WASHINGTON, Feb
 * 12 (Reuters) -", "Москва. 6 марта. INTERFAX.RU -"), a Chinese agency's
 * "新华社莫斯科3月6日电", or in a script without capitals a place, its date and a
 * dash or agency ("มอสโก 14 มี.ค. -").
 *
 * It reads the original text, not the fold, because a dateline's place is
 * told by its capital letters; month names are looked up through the fold
 * (dates_month_of_word). A cursor never moves past the body's end, and a
 * reader that fails leaves the cursor where it was. The place and agency are
 * copied into the dateline_t, always NUL-terminated and within their size. */
#include "dates_int.h"

typedef struct {
    const uint8_t *p;
    size_t len, i;
    const char *lang;   /* the text's language, for its month names; NULL when unknown */
} cursor_t;

static int32_t
cur_cp(const cursor_t *c, size_t *n)
{
    if (c->i >= c->len) {
        *n = 0;
        return -1;
    }
    return dates_peek_cp(c->p, c->len, c->i, n);
}

static void
skip_spaces(cursor_t *c)
{
    size_t n;
    for (int32_t cp = cur_cp(c, &n); cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x202F;
         cp = cur_cp(c, &n))
        c->i += n;
}

/* Steps past WANT when the cursor is on it; returns whether it did. */
static bool
take_cp(cursor_t *c, int32_t want)
{
    size_t n;
    if (cur_cp(c, &n) != want)
        return false;
    c->i += n;
    return true;
}

/* Copies P[0..LEN) as the agency; LEN < sizeof out->agency. */
static void
set_agency(dateline_t *out, const uint8_t *p, size_t len)
{
    memcpy(out->agency, p, len);
    out->agency[len] = '\0';
}

static bool
is_upper(int32_t cp)
{
    if (cp < 0)
        return false;
    utf8proc_category_t k = utf8proc_category(cp);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

static bool
is_letter(int32_t cp)
{
    return cp >= 0 && dates_is_wordish(cp);
}

/* A place: one to four words that start with a capital ("MOSCOW", "NEW YORK", "ST. PETERSBURG",
   "Berlin"). *allcaps tells whether every letter was a capital. */
static bool
read_place(cursor_t *c, dateline_t *out, bool *allcaps)
{
    size_t start = c->i, n, letters = 0;
    *allcaps = true;
    for (int words = 0; words < 4; words++) {
        int32_t cp = cur_cp(c, &n);
        if (!is_upper(cp))
            break;
        size_t wl = 0;
        while (is_letter(cp) || ((cp == '-' || cp == '\'' || cp == 0x2019) && wl > 0)) {
            if (is_letter(cp)) {
                wl++;
                if (!is_upper(cp) && utf8proc_category(cp) != UTF8PROC_CATEGORY_MN)
                    *allcaps = false;
            }
            c->i += n;
            cp = cur_cp(c, &n);
        }
        if (cp == '.' && wl <= 3)
            c->i += n, cp = cur_cp(c, &n);
        letters += wl;
        size_t n2;
        if (cp != ' ' || c->i + 1 >= c->len ||
            !is_upper(dates_peek_cp(c->p, c->len, c->i + 1, &n2)))
            break;
        c->i += n;      /* the space before the next capitalised word */
    }
    size_t plen = c->i - start;
    while (plen > 0 && c->p[start + plen - 1] == ' ')
        plen--;
    if (letters < 2 || plen >= sizeof out->place)
        return false;
    memcpy(out->place, c->p + start, plen);
    out->place[plen] = '\0';
    return true;
}

/* Letters from the cursor: their length (0 when none). */
static size_t
letters_len(const cursor_t *c)
{
    cursor_t d = *c;
    size_t n;
    while (is_letter(cur_cp(&d, &n)))
        d.i += n;
    return d.i - c->i;
}

static bool
read_num(cursor_t *c, int *value, int maxdigits)
{
    int v = 0, k = 0;
    while (c->i < c->len && c->p[c->i] >= '0' && c->p[c->i] <= '9' && k < maxdigits) {
        v = v * 10 + (c->p[c->i++] - '0');
        k++;
    }
    *value = v;
    return k > 0 && !(c->i < c->len && c->p[c->i] >= '0' && c->p[c->i] <= '9');
}

/* A month's name ("March", "Feb", "марта", "März"): steps past it and sets *month. */
static bool
read_month_word(cursor_t *c, int *month)
{
    size_t wl = letters_len(c);
    if (wl == 0 || wl > MAX_WORD)
        return false;
    *month = dates_month_of_word((const char *)c->p + c->i, wl, c->lang);
    if (*month == 0)
        return false;
    c->i += wl;
    return true;
}

/* What follows a day that comes first: an ordinal suffix ("1st", "1er"), '.', "de ", and
   the month's name ("6 марта", "6. März", "6 de marzo"). */
static bool
read_month_after_day(cursor_t *c, int *month)
{
    size_t wl = letters_len(c);
    if (wl > 0 && wl <= 3)
        c->i += wl;
    take_cp(c, '.');
    skip_spaces(c);
    if (c->i + 3 <= c->len && memcmp(c->p + c->i, "de ", 3) == 0)
        c->i += 3;
    return read_month_word(c, month);
}

/* A month-day: "March 6", "Feb. 12", "6 марта", "6. März", "6 de marzo", "3月6日", with an
   optional year after it. */
static bool
read_month_day(cursor_t *c, int *month, int *day)
{
    cursor_t d = *c;
    int v;
    if (read_num(&d, &v, 2)) {                          /* day first */
        *day = v;
        if (take_cp(&d, 0x6708)) {                      /* 月: month first, in fact */
            if (!read_num(&d, day, 2))
                return false;
            *month = v;
            take_cp(&d, 0x65E5);                        /* 日 */
            *c = d;
            return true;
        }
        if (!read_month_after_day(&d, month))
            return false;
    } else {                                            /* month first */
        if (!read_month_word(&d, month))
            return false;
        take_cp(&d, '.');
        skip_spaces(&d);
        if (!read_num(&d, day, 2))
            return false;
    }
    if (*day < 1 || *day > 31)
        return false;
    cursor_t y = d;                                     /* an optional year */
    take_cp(&y, ',');
    skip_spaces(&y);
    if (read_num(&y, &v, 4) && v >= YEAR_MIN && v <= YEAR_MAX)
        d = y;
    *c = d;
    return true;
}

/* "(Reuters)", "(dpa)" or "/TASS/": an agency name of 2..31 bytes that starts with a letter.
   Returns the opening delimiter, or 0 when there is no agency. */
static int32_t
read_agency(cursor_t *c, dateline_t *out)
{
    size_t n;
    int32_t open = cur_cp(c, &n);
    int32_t close = open == '(' ? ')' : open == '/' ? '/' : 0;
    if (close == 0)
        return 0;
    cursor_t d = *c;
    d.i += n;
    size_t start = d.i;
    int32_t cp;
    while ((cp = cur_cp(&d, &n)) >= 0 && cp != close && cp != '\n' &&
           d.i - start < sizeof out->agency)
        d.i += n;
    size_t alen = d.i - start;
    int32_t first = alen > 0 ? dates_peek_cp(d.p, d.len, start, &n) : -1;
    if (cp != close || alen < 2 || alen >= sizeof out->agency || !is_letter(first))
        return 0;
    set_agency(out, d.p + start, alen);
    d.i += 1;
    *c = d;
    return open;
}

static bool
read_dash(cursor_t *c)
{
    size_t n;
    int32_t cp = cur_cp(c, &n);
    if (cp != '-' && cp != 0x2014 && cp != 0x2013)
        return false;
    c->i += n;
    if (cp == '-')
        take_cp(c, '-');
    return true;
}

/* "— РИА Новости." after a dash: one to three capitalised words, then '.' or ','. */
static void
read_trailing_agency(cursor_t *c, dateline_t *out)
{
    cursor_t d = *c;
    size_t n, start = d.i;
    for (int words = 0; words < 3; words++) {
        if (!is_upper(cur_cp(&d, &n)))
            return;
        d.i += letters_len(&d);
        int32_t cp = cur_cp(&d, &n);
        if (cp == '.' || cp == ',') {
            size_t alen = d.i - start;
            size_t after = d.i + n;
            if (alen >= sizeof out->agency ||
                (after < d.len && d.p[after] != ' ' && d.p[after] != '\n'))
                return;
            set_agency(out, d.p + start, alen);
            c->i = after;
            return;
        }
        if (cp != ' ')
            return;
        d.i += n;
    }
}

/* "INTERFAX.RU": an agency in capitals, letters and dots, without brackets. */
static void
read_bare_agency(cursor_t *c, dateline_t *out)
{
    cursor_t d = *c;
    size_t n, letters = 0, start = d.i;
    int32_t cp;
    while ((cp = cur_cp(&d, &n)) >= 0 && (is_upper(cp) || cp == '.')) {
        letters += cp != '.';
        d.i += n;
    }
    size_t alen = d.i - start;
    if (letters < 3 || alen >= sizeof out->agency || (cp != ' ' && cp != '-'))
        return;
    set_agency(out, d.p + start, alen);
    *c = d;
}

/* ", LETA--AFP." after a dateline's date: an agency in capitals (dashes joining two), ended by
   a full stop. */
static bool
read_comma_agency(cursor_t *c, dateline_t *out)
{
    cursor_t d = *c;
    if (!take_cp(&d, ','))
        return false;
    skip_spaces(&d);
    size_t n, letters = 0, start = d.i;
    int32_t cp;
    while ((cp = cur_cp(&d, &n)) >= 0 && (is_upper(cp) || (cp == '-' && letters > 0))) {
        letters += cp != '-';
        d.i += n;
    }
    size_t alen = d.i - start;
    if (letters < 3 || alen >= sizeof out->agency || cp != '.')
        return false;
    set_agency(out, d.p + start, alen);
    d.i += n;
    *c = d;
    return true;
}

static bool
is_han(int32_t cp)
{
    return cp >= 0x4E00 && cp <= 0x9FFF;
}

/* A reporter's credit in brackets, "（记者 …）", of at most 120 bytes. */
static void
skip_credit(cursor_t *c)
{
    size_t n;
    int32_t open = cur_cp(c, &n);
    if (open != 0xFF08 && open != '(')
        return;
    int32_t close = open == '(' ? ')' : 0xFF09;
    cursor_t d = *c;
    int32_t cp;
    while ((cp = cur_cp(&d, &n)) >= 0 && cp != close && cp != '\n' && d.i - c->i < 120)
        d.i += n;
    if (cp == close)
        c->i = d.i + n;
}

/* Chinese agencies: "新华社莫斯科3月6日电", "中新网北京3月6日电" and a reporter's credit in brackets. */
static bool
parse_han_dateline(const char *body, size_t len, size_t at, dateline_t *out)
{
    static const char *const agencies[] = { "新华社", "中新社", "中新网", "人民网", "央视网" };
    cursor_t c = { (const uint8_t *)body, len, at, NULL };
    size_t n;
    skip_spaces(&c);
    size_t start = c.i;
    for (size_t k = 0; k < sizeof agencies / sizeof agencies[0]; k++) {
        size_t al = strlen(agencies[k]);
        if (c.i + al <= len && memcmp(body + c.i, agencies[k], al) == 0) {
            memcpy(out->agency, agencies[k], al + 1);
            c.i += al;
            break;
        }
    }
    size_t place = c.i;
    while (is_han(cur_cp(&c, &n)) && c.i - place < sizeof out->place - 4)
        c.i += n;
    if (c.i == place || c.i == start || !read_month_day(&c, &out->month, &out->day))
        return false;
    int32_t cp = cur_cp(&c, &n);
    if (cp != 0x7535 && cp != 0x8BAF)                   /* 电 讯 */
        return false;
    c.i += n;
    memcpy(out->place, body + place, c.i - n - place);
    out->place[c.i - n - place] = '\0';
    char *digit = strpbrk(out->place, "0123456789");
    if (digit != NULL)
        *digit = '\0';
    skip_credit(&c);
    skip_spaces(&c);
    out->end = c.i;
    return true;
}

/* Taiwan's Central News Agency puts its credit in brackets, with the day alone: "（中央社華盛頓3日
   綜合外電報導）", "（中央社記者…華盛頓3日專電）". The place is kept when no reporter is named
   (a name runs into the place with nothing between). */
static bool
parse_cna_dateline(const char *body, size_t len, size_t at, dateline_t *out)
{
    static const char agency[] = "中央社", reporter[] = "記者";
    cursor_t c = { (const uint8_t *)body, len, at, NULL };
    size_t n;
    skip_spaces(&c);
    int32_t open = cur_cp(&c, &n);
    if (open != 0xFF08 && open != '(')                  /* （ ( */
        return false;
    c.i += n;
    if (c.i + sizeof agency - 1 > len || memcmp(body + c.i, agency, sizeof agency - 1) != 0)
        return false;
    c.i += sizeof agency - 1;
    bool named = c.i + sizeof reporter - 1 <= len &&
                 memcmp(body + c.i, reporter, sizeof reporter - 1) == 0;
    size_t place = c.i;
    while (is_han(cur_cp(&c, &n)) && c.i - place < 60)
        c.i += n;
    size_t place_end = c.i;
    int day;
    if (place_end == place || !read_num(&c, &day, 2) || day < 1 || day > 31 ||
        !take_cp(&c, 0x65E5))                           /* 日 */
        return false;
    bool wire = false;                                  /* 電, 專電, 綜合外電報導, 电 */
    for (size_t from = c.i; is_han(cur_cp(&c, &n)) && c.i - from < 30; c.i += n) {
        int32_t cp = cur_cp(&c, &n);
        wire |= cp == 0x96FB || cp == 0x7535;
    }
    if (!wire || !take_cp(&c, open == '(' ? ')' : 0xFF09))
        return false;
    memcpy(out->agency, agency, sizeof agency);
    if (!named && place_end - place < sizeof out->place) {
        memcpy(out->place, body + place, place_end - place);
        out->place[place_end - place] = '\0';
    }
    out->month = 0;
    out->day = day;
    skip_spaces(&c);
    out->end = c.i;
    return true;
}

/* "Москва. 6 марта. INTERFAX.RU -": the rest of a dateline after its place, from the full
   stop that ends the place: the date, a full stop, an agency in capitals and a dash. */
static bool
read_dotted_rest(cursor_t *c, dateline_t *out)
{
    take_cp(c, '.');
    skip_spaces(c);
    if (!read_month_day(c, &out->month, &out->day) || !take_cp(c, '.'))
        return false;
    skip_spaces(c);
    read_bare_agency(c, out);
    skip_spaces(c);
    if (out->agency[0] == '\0' || !read_dash(c))
        return false;
    skip_spaces(c);
    out->end = c->i;
    return true;
}

/* A letter of a script without capitals (Thai, Devanagari, Arabic), or a mark on one. */
static bool
is_caseless(int32_t cp)
{
    if (cp < 0)
        return false;
    utf8proc_category_t k = utf8proc_category(cp);
    return k == UTF8PROC_CATEGORY_LO || k == UTF8PROC_CATEGORY_MN || k == UTF8PROC_CATEGORY_MC;
}

/* A dateline in a script without capitals, where no capital tells the place: one to three
   words, an optional comma, the day and the month's name (abbreviations keep their dots:
   "มี.ค."), then a dash or an agency in brackets: "มอสโก 14 มี.ค. -", "मॉस्को, 14 मार्च
   (भाषा)". The date and what ends the dateline are required. */
static bool
parse_caseless_dateline(const char *body, size_t len, size_t at, const char *lang,
                        dateline_t *out)
{
    cursor_t c = { (const uint8_t *)body, len, at, lang };
    size_t n, start = c.i;
    int words = 0;
    while (words < 3 && is_caseless(cur_cp(&c, &n))) {
        while (is_caseless(cur_cp(&c, &n)))
            c.i += n;
        words++;
        if (cur_cp(&c, &n) != ' ' || c.i + 1 >= len ||
            !is_caseless(dates_peek_cp(c.p, c.len, c.i + 1, &n)))
            break;
        c.i += 1;
    }
    size_t plen = c.i - start;
    if (words == 0 || plen >= sizeof out->place)
        return false;
    take_cp(&c, ',');
    skip_spaces(&c);
    if (!read_num(&c, &out->day, 2) || out->day < 1 || out->day > 31)
        return false;
    skip_spaces(&c);
    size_t m = c.i;
    int32_t cp;
    while ((cp = cur_cp(&c, &n)) == '.' || is_letter(cp) || is_caseless(cp))
        c.i += n;
    size_t mlen = c.i - m;
    while (mlen > 0 && c.p[m + mlen - 1] == '.')
        mlen--;
    out->month = dates_month_of_word(body + m, mlen, lang);
    if (out->month == 0)
        return false;
    skip_spaces(&c);
    int year;
    cursor_t y = c;
    if (read_num(&y, &year, 4))
        c = y, skip_spaces(&c);
    take_cp(&c, '.');
    skip_spaces(&c);
    bool ended = read_agency(&c, out) != 0;
    skip_spaces(&c);
    ended = read_dash(&c) || ended;
    if (!ended)
        return false;
    skip_spaces(&c);
    memcpy(out->place, body + start, plen);
    out->place[plen] = '\0';
    out->end = c.i;
    return true;
}

/* Where a line that opens with a page's numeric time stamp goes on past it ("2016/9/24 08:15"
   before "（中央社華盛頓23日綜合外電報導）", "06.12.2016 14:05 MOSCOW, Dec 6 (Reuters) -"): digits
   and their separators, eight digits or more. AT when the line opens otherwise. */
#define STAMP_MIN_DIGITS 8

static size_t
past_stamp(const char *body, size_t len, size_t at)
{
    size_t i = at, digits = 0;
    while (i < len && ((body[i] >= '0' && body[i] <= '9') || body[i] == '/' || body[i] == '-' ||
                       body[i] == '.' || body[i] == ':' || body[i] == ' ')) {
        digits += body[i] >= '0' && body[i] <= '9';
        i++;
    }
    return digits >= STAMP_MIN_DIGITS ? i : at;
}

/* True when the cursor's line holds at most one more word: after a place in capitals and a
   dash, that is a credit line closing a story ("STT–AFP", "DPA–AFX"), not a dateline opening
   one. */
static bool
one_word_left(const cursor_t *c)
{
    for (size_t i = c->i; i < c->len && c->p[i] != '\n'; i++)
        if (c->p[i] == ' ')
            return false;
    return true;
}

static bool
parse_dateline(const char *body, size_t len, size_t at, const char *lang, dateline_t *out)
{
    cursor_t c = { (const uint8_t *)body, len, at, lang };
    bool allcaps, has_date = false, has_agency, ended = false;
    size_t n;
    memset(out, 0, sizeof *out);
    skip_spaces(&c);
    if (is_han(cur_cp(&c, &n)))
        return parse_han_dateline(body, len, at, out);
    if (parse_cna_dateline(body, len, at, out))
        return true;
    if (is_caseless(cur_cp(&c, &n)))
        return parse_caseless_dateline(body, len, c.i, lang, out);
    if (!read_place(&c, out, &allcaps))
        return false;
    skip_spaces(&c);
    if (cur_cp(&c, &n) == '.' && c.i + 2 < len && body[c.i + 1] == ' ' &&
        body[c.i + 2] >= '0' && body[c.i + 2] <= '9')
        return read_dotted_rest(&c, out);
    if (take_cp(&c, ',')) {
        skip_spaces(&c);
        has_date = read_month_day(&c, &out->month, &out->day);
        if (!has_date)
            return false;
        ended = take_cp(&c, '.');
        if (read_comma_agency(&c, out)) {          /* "MASKAVA, 13. februāris, LETA--AFP." */
            skip_spaces(&c);
            out->end = c.i;
            return allcaps;
        }
        skip_spaces(&c);
    } else if (allcaps) {
        /* "WASHINGTON 20 Julai -", "KUALA LUMPUR 20 Julai (Bernama) --": no comma; a dash or an
           agency must end it (below) */
        cursor_t d = c;
        if (read_month_day(&d, &out->month, &out->day)) {
            has_date = true;
            c = d;
            skip_spaces(&c);
        }
    }
    int32_t form = read_agency(&c, out);
    has_agency = form != 0;
    if (has_agency) {
        if (!take_cp(&c, '.'))
            take_cp(&c, ',');
        skip_spaces(&c);
    }
    bool dash = read_dash(&c);
    skip_spaces(&c);
    if (dash && !has_agency) {
        read_trailing_agency(&c, out);
        has_agency = out->agency[0] != '\0';
        skip_spaces(&c);
    }
    /* A capitalised phrase before "(X)" is often a photo caption ("Sergei Lavrov (EPA)"), so a
       place in mixed case needs "/AGENCY/" or a dash; a place in capitals needs a date or a
       dash. */
    bool ok = has_agency ? (allcaps || dash || form == '/')
                         : (allcaps && (dash || (has_date && ended)));
    if (!ok || (!has_date && !has_agency && one_word_left(&c)))
        return false;
    if (!has_date)
        out->month = out->day = 0;
    out->end = c.i;
    return true;
}

bool
dates_find_dateline(const char *body, size_t len, const char *lang, dateline_t *out)
{
    size_t limit = len < DATES_DATELINE_WINDOW ? len : DATES_DATELINE_WINDOW;
    size_t at = 0;
    while (at < limit) {
        if (parse_dateline(body, len, at, lang, out))
            return true;
        size_t after = past_stamp(body, limit, at);
        if (after > at && parse_dateline(body, len, after, lang, out))
            return true;
        const char *nl = memchr(body + at, '\n', limit - at);
        if (nl == NULL)
            break;
        at = (size_t)(nl - body) + 1;
    }
    memset(out, 0, sizeof *out);
    return false;
}

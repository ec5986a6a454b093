/* SPDX-License-Identifier: MIT
 *
 * classify_lead — steps 1 and 2 of classify (see classify.c): find the
 * dateline, cut the title and body into units (the title, then each
 * sentence of each paragraph) and fold them into one text, and mark the
 * units that make the lead (classify.h states the rule).
 *
 * Sentences are cut on the original text, where capitals still tell "U.S.
 * Secretary" from a sentence end; each unit is then folded (FOLD_MATCH)
 * onto the end of w->text, a title or paragraph's first sentence after a
 * '\n' and the next sentences after a ' ', so a unit never spans two
 * paragraphs and units come in text order without overlapping. The
 * dateline itself is left out of the units: only what follows it is read. */
#include "classify_int.h"

#include <string.h>
#include <utf8proc.h>

#include "text/fold.h"
#include "ww_alloc.h"
#include "ww_utf8.h"

#define PROSE_MIN_BYTES 160      /* a paragraph this long is prose even without a final stop */

static bool
is_abbreviation(const char *s, size_t at)
{
    static const char *const abbr[] = {
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "col", "lt", "sgt", "capt",
        "prof", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "nos", "approx", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est", "fig",
        "godz", "ca"
    };
    /* the word before the stop: its letters, ASCII or not ("Irán." is no initial) */
    size_t b = at, chars = 0;
    while (b > 0) {
        unsigned char c = (unsigned char)s[b - 1];
        if ((unsigned)((c | 0x20) - 'a') >= 26u && c < 0x80)
            break;
        b--;
        chars += (c & 0xC0) != 0x80;
    }
    size_t n = at - b;
    if (chars == 1)
        return true;                        /* U.S., J. Kerry, С. Лавров */
    if (n == 0) {
        size_t d = at;                      /* "6. März": a day, not a sentence end */
        while (d > 0 && s[d - 1] >= '0' && s[d - 1] <= '9')
            d--;
        return at - d >= 1 && at - d <= 2 && (d == 0 || s[d - 1] == ' ');
    }
    for (size_t i = 0; i < sizeof abbr / sizeof abbr[0]; i++) {
        if (abbr[i][0] != (s[b] | 0x20))
            continue;                       /* the first letter first: most words pass here */
        size_t k = 1;                       /* stops at ABBR's end: the word has no NUL */
        while (k < n && (s[b + k] | 0x20) == abbr[i][k])
            k++;
        if (k == n && abbr[i][n] == '\0')
            return true;
    }
    return false;
}

/* Closing quotes and brackets that may follow a sentence's last stop. */
static bool
is_closer(int32_t cp)
{
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
           cp == 0x00BB || cp == 0x300D || cp == 0x300F || cp == 0xFF09;
}

/* The first bytes of the stops: . ! ? and the lead bytes of 。！？।؟… and of the full stops of
   Armenian (։), Urdu (۔), Amharic (።), Myanmar (။) and Khmer (។) */
static const bool stop_lead[256] = { ['.'] = true, ['!'] = true, ['?'] = true, [0xE3] = true,
                                     [0xEF] = true, [0xE0] = true, [0xD8] = true, [0xE2] = true,
                                     [0xD6] = true, [0xDB] = true, [0xE1] = true };

/* True when a stop starts at byte I of S[0..LEN): . ! ? or 。！？।؟…։۔።။។ (their exact bytes: a
   lead byte alone is shared with every other character of its block). */
static inline bool
may_stop(const char *s, size_t i, size_t len)
{
    const uint8_t *p = (const uint8_t *)s + i;
    if (!stop_lead[p[0]])
        return false;
    if (p[0] < 0x80)
        return true;
    size_t n = len - i;
    switch (p[0]) {
    case 0xD6: return n >= 2 && p[1] == 0x89;                                /* ։ */
    case 0xD8: return n >= 2 && p[1] == 0x9F;                                /* ؟ */
    case 0xDB: return n >= 2 && p[1] == 0x94;                                /* ۔ */
    case 0xE1: return n >= 3 && ((p[1] == 0x8D && p[2] == 0xA2) ||          /* ። */
                                 (p[1] == 0x81 && p[2] == 0x8B) ||          /* ။ */
                                 (p[1] == 0x9F && p[2] == 0x94));           /* ។ */
    case 0xE0: return n >= 3 && p[1] == 0xA5 && p[2] == 0xA4;                /* । */
    case 0xE2: return n >= 3 && p[1] == 0x80 && p[2] == 0xA6;                /* … */
    case 0xE3: return n >= 3 && p[1] == 0x80 && p[2] == 0x82;                /* 。 */
    default:   return n >= 3 && p[1] == 0xBC && (p[2] == 0x81 || p[2] == 0x9F); /* ！？ */
    }
}

/* The bytes of S[I..I+8) where a stop may start, as a mask with bit 8k+7 set for byte I+k:
   every '.', '!' and '?', and every byte from 0xD6 up, where the other stops' lead bytes are.
   No byte a stop starts at is left out; a few others may be in (a byte just past a match, a
   lead byte of another character), and may_stop tells them apart. A byte of X ^ C is zero
   where X holds C, and a zero byte takes a borrow into its clear high bit in
   (X ^ C) - 0x01..01. A byte from 0xD6 up has its high bit set, and its low seven bits plus
   0x2A reach 0x80 without a carry into the next byte. */
static inline uint64_t
stop_candidates(const char *s, size_t i)
{
    const uint64_t ones = 0x0101010101010101u, highs = ones * 0x80;
    uint64_t x;
    memcpy(&x, s + i, sizeof x);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    x = __builtin_bswap64(x);                   /* byte I+k at bits 8k..8k+7 */
#endif
    uint64_t dot = x ^ (ones * '.'), bang = x ^ (ones * '!'), ask = x ^ (ones * '?');
    uint64_t zero = ((dot - ones) & ~dot) | ((bang - ones) & ~bang) | ((ask - ones) & ~ask);
    uint64_t high = ((x & ~highs) + ones * 0x2A) & x;
    return (zero | high) & highs;
}

/* The first byte at or after I (<= END) of S[0..END) where a stop starts (may_stop), or END.
   This is the segmenter's inner loop, and most bytes start no stop: it reads eight bytes at a
   time and looks closer only at the candidates, in text order. */
static inline size_t
next_stop(const char *s, size_t i, size_t end)
{
    while (end - i >= 8) {
        for (uint64_t m = stop_candidates(s, i); m != 0; m &= m - 1) {
            size_t at = i + (size_t)__builtin_ctzll(m) / 8;
            if (may_stop(s, at, end))
                return at;
        }
        i += 8;
    }
    while (i < end && !may_stop(s, i, end))
        i++;
    return i;
}

/* True for a Georgian letter of the everyday script (Mkhedruli). Unicode counts them small
   letters since it added the capitals (Mtavruli), but Georgian prose has no capitals: a
   sentence begins with one of these. */
static inline bool
is_mkhedruli(int32_t cp)
{
    return cp >= 0x10D0 && cp <= 0x10FF;
}

/* If a sentence ends at byte I of S[0..LEN) (a stop), returns the offset just past it and its
   closing quotes; otherwise 0. */
static size_t
sentence_end(const char *s, size_t len, size_t i)
{
    if (!may_stop(s, i, len))
        return 0;
    size_t n;
    int32_t cp = ww_utf8_next((const uint8_t *)s + i, len - i, &n);
    bool always = cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0x0964 ||
                  cp == 0x1362 || cp == 0x104B || cp == 0x17D4;      /* 。！？। ። ။ ។ */
    if (!always && cp != '.' && cp != '!' && cp != '?' && cp != 0x061F && cp != 0x2026 &&
        cp != 0x0589 && cp != 0x06D4)
        return 0;
    if (cp == '.' && is_abbreviation(s, i))
        return 0;
    size_t j = i + n;
    while (j < len) {
        int32_t c = ww_utf8_next((const uint8_t *)s + j, len - j, &n);
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
        int32_t next = ww_utf8_next((const uint8_t *)s + k, len - k, &n);
        if (utf8proc_category(next) == UTF8PROC_CATEGORY_LL && !is_mkhedruli(next))
            return 0;                       /* "approx. five": a stop inside a sentence */
    }
    return j;
}

/* Space within a line: what a unit or a paragraph is trimmed of. */
static inline bool
is_hspace(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* The length of S[0..N) without the spaces at its end. */
static size_t
trim_end(const char *s, size_t n)
{
    while (n > 0 && is_hspace(s[n - 1]))
        n--;
    return n;
}

/* The last character of S[0..N), closing quotes after it aside; -1 when there is none. */
static int32_t
last_mark(const char *s, size_t n)
{
    n = trim_end(s, n);
    size_t i = n;
    while (i > 0) {                         /* step back over closing quotes */
        size_t j = ww_utf8_back((const uint8_t *)s, i);
        size_t k;
        int32_t cp = ww_utf8_next((const uint8_t *)s + j, n - j, &k);
        if (!is_closer(cp))
            return cp;
        i = j;
    }
    return -1;
}

static bool
is_question_mark(int32_t cp)
{
    return cp == '?' || cp == 0xFF1F || cp == 0x061F;
}

/* True when S[0..N) (N > 0) ends with a question mark, closing quotes after it aside. The
   last byte answers for most units: an ASCII letter, digit or stop ends none. */
static bool
ends_with_question(const char *s, size_t n)
{
    unsigned char c = (unsigned char)s[n - 1];
    if (c == '?')
        return true;
    if (c < 0x80 && c != '"' && c != '\'' && c != ')' && c != ']')
        return false;
    return is_question_mark(last_mark(s, n));
}

static void
add_unit(work_t *w, const char *s, size_t n, int32_t para, char sep)
{
    while (n > 0 && is_hspace(s[0]))
        s++, n--;
    n = trim_end(s, n);
    if (n == 0 || w->text.len >= CLASSIFY_TEXT_MAX)
        return;                 /* a page past this is not read further: the work is bounded */
    while (n > CLASSIFY_UNIT_MAX) {
        /* a "sentence" this long has lost its stops: cut it at a space */
        size_t cut = CLASSIFY_UNIT_MAX;
        while (cut > CLASSIFY_UNIT_MAX / 2 && s[cut] != ' ')
            cut--;
        if (s[cut] != ' ')
            cut = ww_utf8_back((const uint8_t *)s, CLASSIFY_UNIT_MAX + 1);
        add_unit(w, s, cut, para, sep);
        s += cut;
        n -= cut;
        sep = ' ';
    }
    if (w->text.len > 0)
        ww_buf_putc(&w->text, sep);
    if (w->n_units == w->cap_units) {
        w->cap_units = w->cap_units ? w->cap_units * 2 : 32;
        w->units = ww_xrealloc(w->units, w->cap_units * sizeof *w->units);
    }
    unit_t *u = &w->units[w->n_units++];
    u->start = (uint32_t)w->text.len;
    fold_append_lossy(FOLD_MATCH, s, n, &w->text);
    u->end = (uint32_t)w->text.len;
    char *end = w->text.ptr + u->end;               /* a line wrapped by hand goes on */
    for (char *q = w->text.ptr + u->start; (q = memchr(q, '\n', (size_t)(end - q))) != NULL;)
        *q++ = ' ';
    u->para = para;
    u->lead = u->taken_in = false;
    u->prose = false;
    u->question = ends_with_question(s, n);
}

static bool
is_blank(const char *s, size_t n)
{
    return trim_end(s, n) == 0;
}

/* True when S[0..N) ends with a sentence stop, closing quotes after it aside. */
static bool
ends_with_stop(const char *s, size_t n)
{
    int32_t cp = last_mark(s, n);
    return cp == '.' || cp == '!' || is_question_mark(cp) || cp == 0x3002 || cp == 0xFF01 ||
           cp == 0x0964 || cp == 0x2026 || cp == 0x0589 || cp == 0x06D4 || cp == 0x1362 ||
           cp == 0x104B || cp == 0x17D4;
}

#define CREDIT_MAX_BYTES 24   /* an agency's credit after the last stop: "ČTK", "(AP)", "- EFE" */
#define CREDIT_MAX_WORDS 2

/* True when the N bytes at S may be an agency's credit: no digit, and a capital letter, a
   bracket, a slash or a dash first ("ČTK", "(AP)", "/TASS/", "– EFE"), not "стр. 6". */
static bool
credit_shaped(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return false;
    size_t k;
    int32_t cp = ww_utf8_next((const uint8_t *)s, n, &k);
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU || cp == '(' || cp == '[' ||
           cp == '/' || cp == '-' || cp == 0x2013 || cp == 0x2014;
}

/* True when S[0..N) ends with a stop followed by a short credit ("... na východě Ukrajiny.
   ČTK"): the paragraph's sentences end before it. */
static bool
ends_with_credit(const char *s, size_t n)
{
    n = trim_end(s, n);
    size_t i = n, words = 0;
    while (i > 0 && n - i <= CREDIT_MAX_BYTES) {
        if (s[i - 1] == ' ') {
            size_t tail = i;
            if (++words > CREDIT_MAX_WORDS)
                return false;
            while (i > 0 && s[i - 1] == ' ')
                i--;
            if (ends_with_stop(s, i))
                return credit_shaped(s + tail, n - tail);
            continue;
        }
        i--;
    }
    return false;
}

#define TRAIL_SEPARATORS 3   /* "Home » World » Europe »": a breadcrumb or a menu, however long */

/* How many times SEP occurs in S[0..N). */
static size_t
count_of(const char *s, size_t n, const char *sep)
{
    size_t m = strlen(sep), count = 0;
    for (size_t i = 0; i + m <= n; i++)
        if (s[i] == sep[0] && memcmp(s + i, sep, m) == 0) {
            count++;
            i += m - 1;
        }
    return count;
}

/* True when S[0..N) holds TRAIL_SEPARATORS or more of a trail's separators ("»", "›", " | ",
   " > "); a "»" that closes a French quote ("« ... »") is none. */
static bool
is_trail(const char *s, size_t n)
{
    size_t open = count_of(s, n, "\u00ab"), close = count_of(s, n, "\u00bb");
    size_t count = (close > open ? close - open : 0) + count_of(s, n, "\u203a") +
                   count_of(s, n, " | ") + count_of(s, n, " > ");
    return count >= TRAIL_SEPARATORS;
}

/* True when a short line holds more digits than letters: a date or a clock, whose stop is an
   abbreviation's ("17 ก.ย. 2559 22:00 น.", "9:50 p.m."), not a sentence's. */
#define STAMP_MAX_BYTES 64

static bool
mostly_digits(const char *s, size_t n)
{
    if (n > STAMP_MAX_BYTES)
        return false;
    size_t digits = 0, letters = 0;
    for (size_t i = 0, k; i < n; i += k) {
        int32_t cp = ww_utf8_next((const uint8_t *)s + i, n - i, &k);
        if (cp >= '0' && cp <= '9')
            digits++;
        else if (cp > 0 && utf8proc_category(cp) >= UTF8PROC_CATEGORY_LU &&
                 utf8proc_category(cp) <= UTF8PROC_CATEGORY_LO)
            letters++;
    }
    return digits > letters;
}

/* A paragraph of prose ends with a sentence stop (or one and an agency's credit), or is too
   long for a headline or a menu and no trail of links; not a line of a date or a clock. */
static bool
is_prose(const char *s, size_t n)
{
    if (mostly_digits(s, n))
        return false;
    return ends_with_stop(s, n) || ends_with_credit(s, n) ||
           (trim_end(s, n) >= PROSE_MIN_BYTES && !is_trail(s, n));
}

/* True when the line S[0..N) is a short one that ends with a year: a source's stamp under a
   headline ("la Repubblica  27 aprile 2016"), not the rest of a sentence. */
#define STAMP_LINE_MAX 48

static bool
stamp_with_year(const char *s, size_t n)
{
    n = trim_end(s, n);
    if (n > STAMP_LINE_MAX || n < 5 || s[n - 5] != ' ' || (s[n - 4] != '1' && s[n - 4] != '2'))
        return false;
    for (size_t k = n - 3; k < n; k++)
        if (s[k] < '0' || s[k] > '9')
            return false;
    return true;
}

/* The end of the paragraph whose first line ends at END (a '\n' or LEN): a line that ends
   without a stop and is followed by one that begins with a small letter was wrapped by
   hand (a print version, a mail, a feed cut at 72 columns: "Lavrov told\nhis counterpart"
   is one sentence), so the next line is part of it; not a source's stamp line. */
static size_t
paragraph_end(const char *s, size_t len, size_t at, size_t end)
{
    while (end < len && !is_blank(s + at, end - at) && !ends_with_stop(s + at, end - at)) {
        size_t next = end + 1;
        while (next < len && is_hspace(s[next]))
            next++;
        size_t n;
        if (next >= len ||
            utf8proc_category(ww_utf8_next((const uint8_t *)s + next, len - next, &n)) !=
                UTF8PROC_CATEGORY_LL)
            break;
        const char *nl = memchr(s + next, '\n', len - next);
        size_t next_end = nl ? (size_t)(nl - s) : len;
        if (stamp_with_year(s + next, next_end - next))
            break;
        at = end + 1;
        end = next_end;
    }
    return end;
}

/* Cuts S[0..LEN) into paragraphs and sentences, numbering the paragraphs from *para. */
static void
segment(work_t *w, const char *s, size_t len, int32_t *para)
{
    size_t at = 0;
    while (at < len) {
        const char *nl = memchr(s + at, '\n', len - at);
        size_t end = paragraph_end(s, len, at, nl ? (size_t)(nl - s) : len);
        if (!is_blank(s + at, end - at)) {
            size_t first = w->n_units;
            size_t from = at;
            char sep = '\n';
            for (size_t i = next_stop(s, at, end); i < end; i = next_stop(s, i + 1, end)) {
                size_t stop = sentence_end(s, end, i);
                if (stop == 0)
                    continue;
                add_unit(w, s + from, stop - from, *para, sep);
                sep = ' ';
                from = stop;
                i = stop - 1;                   /* the next stop is looked for from STOP on */
            }
            add_unit(w, s + from, end - from, *para, sep);
            bool prose = is_prose(s + at, end - at);
            for (size_t k = first; k < w->n_units; k++)     /* every sentence of it */
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
        size_t f = classify_first_sentence(w);
        first = f < w->n_units ? w->units[f].para : 0;
        before = CLASSIFY_PRE_LINES;
    }
    size_t taken = 0, last_told = w->n_units;
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
        if (u->prose || u->para == first)
            last_told = i;
    }
    /* lines between the story's paragraphs are its captions; lines after its last one, the
       page's furniture ("Latest news", a list of other headlines), are not its lead */
    for (size_t i = last_told + 1; last_told < w->n_units && i < w->n_units; i++)
        if (w->units[i].para >= first)
            w->units[i].lead = false;
}

void
classify_find_lead(work_t *w)
{
    const char *body = w->body;
    size_t dl_start = 0, dl_end = 0;
    w->has_dl = w->body_len > 0 && dates_find_dateline(body, w->body_len, w->lang, &w->dl);
    if (w->has_dl) {
        dl_end = w->dl.end;
        dl_start = dl_end;
        while (dl_start > 0 && body[dl_start - 1] != '\n')
            dl_start--;
    }
    int32_t para = 0;
    add_unit(w, w->title, w->title_len, -1, '\n');
    segment(w, body, dl_start, &para);
    int32_t first = para;
    segment(w, body + dl_end, w->body_len - dl_end, &para);
    mark_lead(w, w->has_dl ? first : 0);
}

size_t
classify_first_sentence(const work_t *w)
{
    size_t u = 0;
    while (u < w->n_units && !(w->units[u].prose && w->units[u].para >= 0))
        u++;
    return u;
}

bool
classify_is_headline(const work_t *w, size_t ui)
{
    const unit_t *u = &w->units[ui];
    return u->para < 0 || (!u->prose && ui < classify_first_sentence(w));
}

size_t
classify_clock_len(const char *p, size_t n)
{
    static const char *const marks[] = { ":", "h", ".", "時", "点", "點", "시" };
    size_t i = 0;
    while (i < n && i < 2 && p[i] >= '0' && p[i] <= '9')
        i++;
    if (i == 0)
        return 0;
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++) {
        size_t m = strlen(marks[k]), j = i + m;
        if (j > n || memcmp(p + i, marks[k], m) != 0)
            continue;
        if (m > 1 && j < n && p[j] == ' ')
            j++;                        /* "6시 12분" */
        return j + 2 <= n && p[j] >= '0' && p[j] <= '5' && p[j + 1] >= '0' && p[j + 1] <= '9'
                   ? j + 2
                   : 0;
    }
    return 0;
}

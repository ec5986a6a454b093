/* SPDX-License-Identifier: MIT
 *
 * fold — the forms of fold.h, written a segment at a time from the table of
 * fold_table.c (see fold_int.h). Every form has the same shape: ASCII
 * followed by ASCII is a segment of its own and its column is one byte (a
 * table of 128, learnt like every other entry); a segment of one non-ASCII
 * code point is copied from its table entry (for the BMP, from the word
 * table below, four bytes a code point); a longer segment goes through
 * fold_segment. A writer then applies the form's rule for spaces and line
 * breaks. Invariant: every form gives, byte for byte, what its slow path
 * gives for the whole text (tests/unit/test_fold.c checks it). */
#include "fold.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "fold_int.h"
#include "ww_buf.h"
#include "swar.h"
#include "ww_utf8.h"

/* Each column of every ASCII character: one byte each (fold_table.c gives
 * ASCII one byte in every column). */
static char ascii_col[COL_COUNT][128];
static bool has_ascii_col;
/* The table says what put_ascii_words assumes of the bytes it copies:
 * FOLD_TEXT keeps '!' to '~' as they are, FOLD_KEY lower-cases A to Z and
 * keeps a to z and 0 to 9, FOLD_MATCH lower-cases A to Z and keeps the
 * rest of '!' to '~' but '`' (which it makes an apostrophe) and ' '. */
static bool has_ascii_words[COL_COUNT];

static bool
is_alnum(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static void
learn_ascii(void)
{
    for (int c = 0; c < 128; c++) {
        const cp_info_t *e = fold_info_of(c);
        for (int col = 0; col < COL_COUNT; col++)
            ascii_col[col][c] = e->len[col] == 1 ? e->out[col][0] : ' ';
    }
    has_ascii_words[COL_NFC] = has_ascii_words[COL_KEY] = has_ascii_words[COL_MATCH] = true;
    for (int c = 0; c < 128; c++) {
        if (c > ' ' && c < 0x7F && ascii_col[COL_NFC][c] != c)
            has_ascii_words[COL_NFC] = false;
        int lower = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        if (is_alnum(c) && ascii_col[COL_KEY][c] != lower)
            has_ascii_words[COL_KEY] = false;
        if (c >= ' ' && c < 0x7F && c != '`' && ascii_col[COL_MATCH][c] != lower)
            has_ascii_words[COL_MATCH] = false;
    }
    has_ascii_col = true;
}

/* ---- the word table ------------------------------------------------------- */

/* What the walk's fast path needs to know of a BMP code point in one
 * column, in four bytes: whether a segment starts there, whether FOLD_TEXT's
 * first pass keeps it, and, when the code point alone is a segment whose
 * column is a word of 1 to 3 bytes (cp_info_t.is_word: no ' ' or '\n'),
 * that word. Filled from the code point's cp_info_t the first time the
 * fast path meets it, so it says nothing the table does not: it only saves
 * the page lookup and keeps what one step reads in one word. The array is
 * 1 MiB of zeroed memory, of which a text touches a page or two per script. */
#define WORD_KNOWN     0x01 /* filled */
#define WORD_STARTS    0x02 /* cp_info_t.starts has the column's bit */
#define WORD_ALONE     0x04 /* a segment of its own is bytes[0..len): starts, alone, is_word */
#define WORD_KEEP      0x08 /* FOLD_TEXT's first pass keeps it (CP_KEEP) */
#define WORD_LEN_SHIFT 4    /* flags >> WORD_LEN_SHIFT: the word's length, 1 to 3 */
#define BMP_CPS        0x10000

/* In memory: the word's three bytes (zero past its length), then the
 * flags; one 32-bit load and store, whatever the byte order. */
typedef uint32_t word_t;

static word_t bmp_words[COL_COUNT][BMP_CPS];

static inline uint8_t
word_byte(word_t w, size_t k)
{
    uint8_t b[sizeof w];
    memcpy(b, &w, sizeof w);
    return b[k];
}

static inline uint8_t
word_flags(word_t w)
{
    return word_byte(w, 3);
}

static word_t
learn_word(int32_t cp, column_t col)
{
    const cp_info_t *e = fold_info_of(cp);
    uint8_t bit = (uint8_t)(1u << col);
    uint8_t b[sizeof(word_t)] = { 0, 0, 0, WORD_KNOWN };
    if (e->starts & bit)
        b[3] |= WORD_STARTS;
    if (e->action == CP_KEEP)
        b[3] |= WORD_KEEP;
    size_t n = e->len[col];
    if ((e->starts & e->alone & e->is_word & bit) && n < sizeof b) {
        memcpy(b, e->out[col], n);
        b[3] |= (uint8_t)(WORD_ALONE | n << WORD_LEN_SHIFT);
    }
    word_t w;
    memcpy(&w, b, sizeof w);
    if (cp < BMP_CPS)
        bmp_words[col][cp] = w;
    return w;
}

/* The entry in column COL of the code point at S (LEN > 0 bytes) and its
 * length in *N; 0 when the bytes there are not valid UTF-8. Past the BMP
 * the entry is made afresh each time. */
static inline __attribute__((always_inline)) word_t
word_at(const uint8_t *s, size_t len, column_t col, size_t *n)
{
    int32_t cp;
    *n = ww_utf8_decode(s, len, &cp);
    if (*n == 0)
        return 0;
    word_t w = cp < BMP_CPS ? bmp_words[col][cp] : 0;
    return w != 0 ? w : learn_word(cp, col); /* a filled entry has WORD_KNOWN */
}

/* ---- writers -------------------------------------------------------------- */

/* Writes folded bytes into a buffer whose room the caller reserves, with
 * the form's rule for ' ' and '\n'. Positions are pointers held here, not
 * out->len, so that the compiler can keep them in registers. */
typedef struct {
    char *base;       /* out->ptr */
    char *w;          /* out->ptr + out->len */
    char *start;      /* where this call's text began (KEY), or a line began (TEXT) */
    char last;        /* MATCH: the byte before w, '\n' at the start of OUT */
    bool pending;     /* KEY and TEXT: a space is owed before the next visible byte */
    bool is_one_line; /* TEXT: every line break becomes a space too */
    bool is_reference; /* walk the whole text through fold_segment (fold_reference) */
    bool is_raw;       /* TEXT: the text has not been through clean: stop once is_unclean */
    bool is_unclean;   /* TEXT: met a code point that clean may change */
} writer_t;

static void
writer_init(writer_t *wr, ww_buf_t *out)
{
    wr->base = out->ptr;
    wr->w = wr->start = out->ptr + out->len;
    wr->last = out->len > 0 ? out->ptr[out->len - 1] : '\n';
    wr->pending = false;
    wr->is_one_line = false;
    wr->is_reference = false;
    wr->is_raw = false;
    wr->is_unclean = false;
}

/* Makes room in OUT for N more bytes after what WR has written. */
static void
writer_reserve(writer_t *wr, ww_buf_t *out, size_t n)
{
    size_t used = (size_t)(wr->w - wr->base), start = (size_t)(wr->start - wr->base);
    out->len = used;
    ww_buf_reserve(out, n);
    wr->base = out->ptr;
    wr->w = out->ptr + used;
    wr->start = out->ptr + start;
}

static void
writer_done(writer_t *wr, ww_buf_t *out)
{
    out->len = (size_t)(wr->w - wr->base);
    *wr->w = '\0';
}

/* FOLD_KEY: a ' ' is a gap, owed as one space before the next visible byte
 * and never at either end. It never writes more than it is fed plus one
 * owed space. */
static inline void
key_byte(writer_t *wr, char c)
{
    if (c == ' ') {
        wr->pending = wr->w > wr->start;
        return;
    }
    if (wr->pending)
        *wr->w++ = ' ';
    wr->pending = false;
    *wr->w++ = c;
}

/* FOLD_MATCH: a ' ' is written unless the byte before is a space or a line
 * break (or nothing). */
static inline void
match_byte(writer_t *wr, char c)
{
    if (c == ' ' && (wr->last == ' ' || wr->last == '\n'))
        return;
    *wr->w++ = c;
    wr->last = c;
}

/* FOLD_TEXT: spaces collapsed, lines trimmed, at most one blank line in a
 * row and none at the start; with is_one_line, a line break is a space. */
static inline void
text_byte(writer_t *wr, char c)
{
    if (c == ' ' || (c == '\n' && wr->is_one_line)) {
        wr->pending = wr->w > wr->start;
    } else if (c == '\n') {
        /* one blank line is as good a paragraph break as ten */
        bool blank_run = wr->w == wr->base ||
                         (wr->w - wr->base >= 2 && wr->w[-1] == '\n' && wr->w[-2] == '\n');
        if (!blank_run)
            *wr->w++ = '\n';
        wr->start = wr->w;
        wr->pending = false;
    } else {
        if (wr->pending)
            *wr->w++ = ' ';
        wr->pending = false;
        *wr->w++ = c;
    }
}

static inline void
put_byte(writer_t *wr, column_t col, char c)
{
    switch (col) {
    case COL_KEY: key_byte(wr, c); break;
    case COL_MATCH: match_byte(wr, c); break;
    case COL_NFC: text_byte(wr, c); break;
    case COL_CASE: *wr->w++ = c; break;
    default: break;
    }
}

/* Whether clean changes the ASCII byte C, or may: it keeps ' ' to '~' and
 * '\n' as they are and looks up the rest. */
static inline bool
is_unclean_ascii(uint8_t c)
{
    return (c < ' ' && c != '\n') || c == 0x7F;
}

/* put_byte for the ASCII byte C of the text, noting (FOLD_TEXT) a byte that
 * clean would change: see fold_with. */
static inline void
put_ascii(writer_t *wr, column_t col, uint8_t c)
{
    if (col == COL_NFC && is_unclean_ascii(c))
        wr->is_unclean = true;
    put_byte(wr, col, ascii_col[col][c]);
}

/* ---- the walk ------------------------------------------------------------- */

/* Bit 7 of each byte of W that is at least C (1 to 0x80): exact for the
 * bytes below 0x80, and the carry out of a byte from 0x80 up runs only into
 * the bytes after it. */
static inline uint64_t
bytes_at_least(uint64_t w, uint8_t c)
{
    return (w + SWAR_BYTES(0x80 - c)) & SWAR_BYTES(0x80);
}

/* Bit 7 of each byte of W that is C (below 0x80); exact as above. */
static inline uint64_t
bytes_equal(uint64_t w, uint8_t c)
{
    uint64_t x = w ^ SWAR_BYTES(c);
    return ~((x + SWAR_BYTES(0x7F)) | x) & SWAR_BYTES(0x80);
}

/* Writes, for FOLD_TEXT (COL_NFC), FOLD_MATCH and FOLD_KEY, the ASCII
 * bytes from I up to LAST (all of S[I..LAST) is ASCII) a word at a time
 * while eight bytes of S (LEN bytes) are left to load, and returns where
 * it stopped. The bytes that these writers only copy (FOLD_TEXT: '!' to
 * '~'; FOLD_MATCH: the same but '`', upper case lowered, and a ' ' that
 * follows no space or line break; FOLD_KEY: letters, lower-cased, and
 * digits) are found eight at a time: the lowest flagged byte of the tests
 * below is exact (a borrow or a carry only runs upwards, into bytes after
 * it), so the bytes before it are copied with one store, after the owed
 * space, and the byte that stopped the run goes through put_byte. The
 * same bytes as put_byte one at a time. */
static inline __attribute__((always_inline)) size_t
put_ascii_words(writer_t *wr, column_t col, const uint8_t *s, size_t i, size_t last, size_t len)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (!has_ascii_words[col])
        return i;
    while (i < last && len - i >= sizeof(uint64_t)) {
        uint64_t w, stops;
        memcpy(&w, s + i, sizeof w);
        uint64_t out = w;
        if (col == COL_NFC) {
            uint64_t del = w ^ SWAR_BYTES(0x7F);
            stops = ((w - SWAR_BYTES('!')) & ~w) | ((del - SWAR_BYTES(1)) & ~del);
        } else if (col == COL_MATCH) {
            /* match_byte drops a ' ' after ' ' or '\n': the byte before
             * the first is the last one written, the byte before each
             * other one is in W (a '\n' there stops the run before) */
            uint64_t after_space = bytes_equal(w << 8, ' ');
            if (wr->last == ' ' || wr->last == '\n')
                after_space |= 0x80;
            uint64_t printable = bytes_at_least(w, '!') & ~bytes_at_least(w, 0x7F);
            uint64_t copied = (printable & ~bytes_equal(w, '`')) |
                              (bytes_equal(w, ' ') & ~after_space);
            stops = ~copied;
            uint64_t upper = bytes_at_least(w, 'A') & ~bytes_at_least(w, 'Z' + 1);
            out = w | upper >> 2; /* 0x20 on every upper-case letter */
        } else {
            uint64_t lower = w | SWAR_BYTES(0x20);
            uint64_t letters = (lower + SWAR_BYTES(0x80 - 'a')) & ~(lower + SWAR_BYTES(0x80 - '{'));
            uint64_t digits = (w + SWAR_BYTES(0x80 - '0')) & ~(w + SWAR_BYTES(0x80 - ':'));
            stops = ~(letters | digits);
            out = w | ((letters & SWAR_BYTES(0x80)) >> 2); /* 0x20 on every letter */
        }
        stops &= SWAR_BYTES(0x80);
        size_t run = stops != 0 ? (size_t)__builtin_ctzll(stops) / 8 : sizeof w;
        if (run > last - i)
            run = last - i;
        if (run > 0) {
            if (col != COL_MATCH && wr->pending)
                *wr->w++ = ' ';
            wr->pending = false;
            memcpy(wr->w, &out, sizeof out); /* room: eight bytes are still to read */
            wr->w += run;
            if (col == COL_MATCH)
                wr->last = (char)(out >> (8 * (run - 1)));
            i += run;
        }
        if (run < sizeof w && i < last) {
            put_ascii(wr, col, s[i]);
            i++;
        }
    }
#else
    (void)wr, (void)col, (void)s, (void)last, (void)len;
#endif
    return i;
}

/* The segment at byte I of TEXT, whatever it holds, through the segmenter
 * and the table or the slow path (fold_int.h): a letter with the marks
 * that follow it, Hangul jamo, a code point that is not a word in COL (a
 * space, something that folds to nothing or to several words), and every
 * ASCII character that a non-starter follows. Puts its column into SEG
 * (before the writer's rules) and returns where it ends, or 0 on invalid
 * UTF-8. */
static size_t
walk_segment(const char *text, size_t len, size_t i, column_t col, ww_buf_t *seg)
{
    const uint8_t *s = (const uint8_t *)text;
    segmenter_t sg;
    segmenter_init(&sg, text, len, col);
    sg.at = i;
    size_t end;
    const cp_info_t *one;
    ww_buf_reset(seg);
    if (!next_segment(&sg, &end, &one))
        return 0;
    if (end == i + 1)
        ww_buf_putc(seg, ascii_col[col][s[i]]);
    else if (one != NULL && (one->alone & sg.bit))
        ww_buf_append(seg, one->out[col], one->len[col]);
    else
        fold_segment(s + i, end - i, col, seg);
    return end;
}

/* Whether clean keeps every code point of S (N bytes of valid UTF-8) as
 * it is. */
static bool
is_clean_span(const uint8_t *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t k = ww_utf8_decode(s + i, n - i, &cp);
        if (k == 0 || (cp < 0x80 ? is_unclean_ascii((uint8_t)cp) : fold_info_of(cp)->action != CP_KEEP))
            return false;
        i += k;
    }
    return true;
}

/* Writes column COL of TEXT (LEN bytes) through WR into OUT. Returns false
 * on invalid UTF-8. Room: every byte of the text, one owed space and one
 * table entry copied whole is enough while nothing writes more than it
 * reads; what grows reserves more.
 *
 * The fast path. Nearly every code point of running text is a segment of
 * its own (the next one starts a segment too) whose column is a word of
 * its own (WORD_ALONE). What every writer does with such a code point is
 * the same: pay an owed space, copy the bytes (a letter needs nothing
 * more). So the walk reads ASCII a byte at a time through ascii_col (runs
 * of eight and more in every form but FOLD_CASE a word at a time, through
 * put_ascii_words), and a non-ASCII code point with WORD_ALONE as one copy of its word, after one
 * look at the code point that follows it: when that one does not start a
 * segment (a combining mark, a Hangul vowel), walk_segment folds them
 * together, as it does every code point that is not WORD_ALONE. The
 * look-ahead's entry is kept for the next step, so each code point is
 * decoded and looked up once. That is the same result as segment by
 * segment, because the segments are the same and each is written as
 * walk_segment would write it (tests/unit/test_fold.c compares both with
 * the slow path). */
/* The reference path of walk (a writer made for the tests' comparison): the text as one
 * segment through the slow path. */
static bool
walk_reference(const char *text, size_t len, column_t col, writer_t *wr, ww_buf_t *out)
{
    if (!ww_utf8_valid(text, len))
        return false;
    ww_buf_t all = WW_BUF_INIT;
    fold_segment((const uint8_t *)text, len, col, &all);
    writer_reserve(wr, out, all.len + 1);
    for (size_t k = 0; k < all.len; k++)
        put_byte(wr, col, all.ptr[k]);
    ww_buf_free(&all);
    return true;
}

static inline __attribute__((always_inline)) bool
walk(const char *text, size_t len, column_t col, writer_t *wr_out, ww_buf_t *out)
{
    if (!has_ascii_col)
        learn_ascii();
    if (wr_out->is_reference)
        return walk_reference(text, len, col, wr_out, out);
    /* a copy of the caller's writer that no function call sees, so that
     * the compiler keeps it in registers */
    writer_t local = *wr_out, *wr = &local;
    /* room for the fast path: a word is at most 3 bytes and its code point
     * at least 2, and an owed space comes from a space that wrote nothing */
    writer_reserve(wr, out, len + len / 2 + FORM_BYTES + 1);
    const uint8_t *s = (const uint8_t *)text;
    ww_buf_t seg = WW_BUF_INIT;
    word_t e = 0; /* the entry of the non-ASCII code point at i, when not 0 */
    size_t i = 0, n = 0;
    bool ok = true;
    while (i < len) {
        if (col == COL_NFC && wr->is_raw && wr->is_unclean)
            break; /* fold_with starts over with clean's output */
        if (s[i] < 0x80) {
            /* a run of ASCII: each byte a segment of its own, but the last
             * when a non-starter follows */
            size_t last = i + 1 < len && s[i + 1] >= 0x80 ? i /* one, between words */
                                                           : i + ww_utf8_ascii_len(s + i, len - i) - 1;
            if (col != COL_CASE && last - i >= sizeof(uint64_t))
                i = put_ascii_words(wr, col, s, i, last, len);
            for (; i < last; i++)
                put_ascii(wr, col, s[i]);
            if (i + 1 == len) {
                put_ascii(wr, col, s[i++]);
                break;
            }
            e = word_at(s + i + 1, len - i - 1, col, &n);
            if (e == 0) {
                ok = false;
                break;
            }
            if (word_flags(e) & WORD_STARTS)
                put_ascii(wr, col, s[i++]);
        } else if (e == 0) {
            e = word_at(s + i, len - i, col, &n);
            if (e == 0) {
                ok = false;
                break;
            }
        }
        /* the code point at i is non-ASCII with entry e, or ASCII that a
         * non-starter follows: first the run of words from i */
        while (s[i] >= 0x80 && (word_flags(e) & WORD_ALONE)) {
            size_t j = i + n, next_n = 0;
            word_t next = 0;
            if (j < len && s[j] >= 0x80) {
                next = word_at(s + j, len - j, col, &next_n);
                if (!(word_flags(next) & WORD_STARTS))
                    break; /* a mark that combines with this one, or not UTF-8 */
            }
            if ((col == COL_KEY || col == COL_NFC) && wr->pending)
                *wr->w++ = ' ';
            wr->pending = false;
            if (col == COL_NFC && !(word_flags(e) & WORD_KEEP))
                wr->is_unclean = true;
            memcpy(wr->w, &e, sizeof e); /* the word and a byte past it, which is room */
            size_t k = word_flags(e) >> WORD_LEN_SHIFT;
            wr->w += k;
            if (col == COL_MATCH)
                wr->last = (char)word_byte(e, k - 1);
            i = j;
            e = next;
            n = next_n;
            if (e == 0)
                break; /* ASCII or the end next */
        }
        if (i == len || e == 0)
            continue;
        /* then the segment at i, whatever it is */
        size_t end = walk_segment(text, len, i, col, &seg);
        if (end == 0) {
            ok = false;
            break;
        }
        if (col == COL_NFC && !is_clean_span(s + i, end - i))
            wr->is_unclean = true;
        writer_reserve(wr, out, (len - end) + (len - end) / 2 + seg.len + FORM_BYTES + 1);
        for (size_t k = 0; k < seg.len; k++)
            put_byte(wr, col, seg.ptr[k]);
        i = end;
        e = 0;
    }
    ww_buf_free(&seg);
    *wr_out = local;
    return ok;
}

/* walk with COL a constant, so that put_byte's switch folds away; each a
 * function of its own, so that its loops get the registers. */
static __attribute__((noinline)) bool
walk_nfc(const char *text, size_t len, writer_t *wr, ww_buf_t *out)
{
    return walk(text, len, COL_NFC, wr, out);
}

static __attribute__((noinline)) bool
walk_case(const char *text, size_t len, writer_t *wr, ww_buf_t *out)
{
    return walk(text, len, COL_CASE, wr, out);
}

static __attribute__((noinline)) bool
walk_match(const char *text, size_t len, writer_t *wr, ww_buf_t *out)
{
    return walk(text, len, COL_MATCH, wr, out);
}

static __attribute__((noinline)) bool
walk_key(const char *text, size_t len, writer_t *wr, ww_buf_t *out)
{
    return walk(text, len, COL_KEY, wr, out);
}

/* True when the 8 bytes at S are ASCII that FOLD_TEXT's first pass keeps
 * as it is without a look (' ' to '~'; a '\n' among them is left to the
 * byte loop). The tests are the classic ones for "some byte is below N"
 * and "some byte is zero" (Anderson, Bit Twiddling Hacks), exact for
 * bytes below 0x80. */
static inline bool
is_plain_ascii8(const uint8_t *s)
{
    uint64_t w;
    memcpy(&w, s, sizeof w);
    if (w & SWAR_BYTES(0x80))
        return false;
    uint64_t del = w ^ SWAR_BYTES(0x7F);
    uint64_t below_space = (w - SWAR_BYTES(0x20)) & ~w;
    uint64_t is_del = (del - SWAR_BYTES(1)) & ~del;
    return ((below_space | is_del) & SWAR_BYTES(0x80)) == 0;
}

/* FOLD_TEXT's first pass into OUT: UTF-8 checked, every code point mapped
 * by its action (spaces ' ', line breaks '\n', invisible ones dropped).
 * Most text is kept as it is: runs of it are copied whole. Returns false on
 * invalid UTF-8 (OUT then holds junk). fold_with calls it only for text
 * in which the walk met something it may change. */
static bool
clean(const char *text, size_t len, ww_buf_t *out)
{
    const uint8_t *s = (const uint8_t *)text;
    ww_buf_reserve(out, len); /* nothing here grows */
    char *w = out->ptr + out->len;
    size_t i = 0;
    while (i < len) {
        size_t run = i;
        while (i < len) {
            uint8_t c = s[i];
            if (c < 0x80) {
                if (len - i >= 8 && s[i + 1] < 0x80 && is_plain_ascii8(s + i)) {
                    i += 8;
                    continue;
                }
                if ((c < 0x20 && c != '\n') || c == 0x7F)
                    break;
                i++;
                continue;
            }
            size_t k;
            if (!(word_flags(word_at(s + i, len - i, COL_NFC, &k)) & WORD_KEEP))
                break; /* not kept as it is, or not UTF-8 */
            i += k;
        }
        memcpy(w, s + run, i - run);
        w += i - run;
        if (i == len)
            break;
        int32_t cp;
        size_t k = ww_utf8_decode(s + i, len - i, &cp);
        if (k == 0) {
            out->len = (size_t)(w - out->ptr);
            return false;
        }
        cp_action_t action = cp < 0x80 ? fold_action_of(cp) : (cp_action_t)fold_info_of(cp)->action;
        switch (action) {
        case CP_KEEP:
            memcpy(w, s + i, k);
            w += k;
            break;
        case CP_SPACE:
            *w++ = ' ';
            break;
        case CP_NEWLINE:
            *w++ = '\n';
            if (cp == '\r' && i + 1 < len && s[i + 1] == '\n')
                k++;
            break;
        case CP_DROP:
            break;
        }
        i += k;
    }
    out->len = (size_t)(w - out->ptr);
    *w = '\0';
    return true;
}

static int
fold_with(fold_form_t form, const char *s, size_t len, ww_buf_t *out, bool is_reference)
{
    size_t undo = out->len;
    writer_t wr;
    bool ok;
    ww_buf_reserve(out, 0);
    if (form == FOLD_TEXT || form == FOLD_LINE) {
        /* Most text has nothing that clean changes; then clean's output is
         * the text itself, and the walk may as well read the text. So the
         * walk reads it first and notes every code point that clean may
         * change (an ASCII control but '\n', DEL, one whose action is not
         * CP_KEEP); at the first, or on invalid UTF-8, what it wrote is
         * undone and the text goes the long way: clean, then the walk. */
        if (!is_reference) {
            writer_init(&wr, out);
            wr.is_one_line = form == FOLD_LINE;
            wr.is_raw = true;
            if (walk_nfc(s, len, &wr, out) && !wr.is_unclean) {
                writer_done(&wr, out);
                return 0;
            }
            out->len = undo;
        }
        ww_buf_t raw = WW_BUF_INIT;
        ok = clean(s, len, &raw);
        if (ok) {
            writer_init(&wr, out);
            wr.is_one_line = form == FOLD_LINE;
            wr.is_reference = is_reference;
            walk_nfc(raw.ptr, raw.len, &wr, out);
            writer_done(&wr, out);
        }
        ww_buf_free(&raw);
    } else {
        writer_init(&wr, out);
        wr.is_reference = is_reference;
        ok = len == 0 || (form == FOLD_CASE    ? walk_case(s, len, &wr, out)
                          : form == FOLD_MATCH ? walk_match(s, len, &wr, out)
                                               : walk_key(s, len, &wr, out));
        writer_done(&wr, out);
    }
    if (!ok) {
        out->len = undo;
        out->ptr[undo] = '\0';
        return -1;
    }
    return 0;
}

int
fold_append(fold_form_t form, const char *s, size_t len, ww_buf_t *out)
{
    return fold_with(form, s, len, out, false);
}

int
fold_reference(fold_form_t form, const char *s, size_t len, ww_buf_t *out)
{
    return fold_with(form, s, len, out, true);
}

void
fold_append_lossy(fold_form_t form, const char *s, size_t len, ww_buf_t *out)
{
    if (fold_append(form, s, len, out) == 0)
        return;
    ww_buf_t clean = WW_BUF_INIT;
    const uint8_t *p = (const uint8_t *)s;
    for (size_t i = 0; i < len;) {
        size_t n;
        int32_t cp = ww_utf8_next(p + i, len - i, &n);
        uint8_t enc[WW_UTF8_MAX];
        ww_buf_append(&clean, enc, ww_utf8_encode(cp, enc));
        i += n;
    }
    fold_append(form, clean.ptr, clean.len, out);
    ww_buf_free(&clean);
}

int32_t
fold_char(fold_form_t form, int32_t cp)
{
    if (cp < 0 || cp >= CP_LIMIT || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    if (form != FOLD_CASE && form != FOLD_MATCH)
        return -1;
    column_t col = form == FOLD_CASE ? COL_CASE : COL_MATCH;
    const cp_info_t *e = fold_info_of(cp);
    uint8_t bit = (uint8_t)(1u << col);
    if (!(e->starts & bit) || !(e->alone & bit) || e->len[col] == 0)
        return -1;
    int32_t folded;
    size_t k = ww_utf8_decode((const uint8_t *)e->out[col], e->len[col], &folded);
    if (k != e->len[col] || (col == COL_MATCH && (folded == ' ' || folded == '\n')))
        return -1;
    return folded;
}

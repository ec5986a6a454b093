/* SPDX-License-Identifier: MIT
 *
 * fold — the forms of fold.h, written a segment at a time from the table of
 * fold_table.c (see fold_int.h). Every form has the same shape: ASCII
 * followed by ASCII is a segment of its own and its column is one byte (a
 * table of 128, learnt like every other entry); a segment of one non-ASCII
 * code point is copied from its table entry; a longer segment goes through
 * fold_segment. A writer then applies the form's rule for spaces and line
 * breaks. Invariant: every form gives, byte for byte, what its slow path
 * gives for the whole text (tests/unit/test_fold.c checks it). */
#include "fold.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "fold_int.h"
#include "ww_buf.h"
#include "ww_utf8.h"

/* Each column of every ASCII character: one byte each (fold_table.c gives
 * ASCII one byte in every column). */
static char ascii_col[COL_COUNT][128];
static bool has_ascii_col;

static void
learn_ascii(void)
{
    for (int c = 0; c < 128; c++) {
        const cp_info_t *e = fold_info_of(c);
        for (int col = 0; col < COL_COUNT; col++)
            ascii_col[col][c] = e->len[col] == 1 ? e->out[col][0] : ' ';
    }
    has_ascii_col = true;
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

/* ---- the walk ------------------------------------------------------------- */

/* Writes column COL of TEXT (LEN bytes) through WR into OUT. Returns false
 * on invalid UTF-8. Room: every byte of the text, one owed space and one
 * table entry copied whole is enough while nothing writes more than it
 * reads; what grows reserves more. */
static inline __attribute__((always_inline)) bool
walk(const char *text, size_t len, column_t col, writer_t *wr, ww_buf_t *out)
{
    if (!has_ascii_col)
        learn_ascii();
    if (wr->is_reference) {
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
    const char *ascii = ascii_col[col];
    writer_reserve(wr, out, len + FORM_BYTES + 1);
    segmenter_t sg;
    segmenter_init(&sg, text, len, col);
    const uint8_t *s = sg.s;
    ww_buf_t seg = WW_BUF_INIT;
    size_t i = 0;
    bool ok = true;
    for (;;) {
        while (i + 1 < len && (s[i] | s[i + 1]) < 0x80)
            put_byte(wr, col, ascii[s[i++]]);
        if (i + 1 == len && s[i] < 0x80)
            put_byte(wr, col, ascii[s[i++]]);
        if (i >= len)
            break;
        size_t end;
        const cp_info_t *one;
        sg.at = i;
        if (!next_segment(&sg, &end, &one)) {
            ok = false;
            break;
        }
        uint8_t bit = sg.bit;
        if (end == i + 1) {
            put_byte(wr, col, ascii[s[i]]);
        } else if (one != NULL && (one->same & bit)) {
            for (size_t k = i; k < end; k++)
                put_byte(wr, col, (char)s[k]);
        } else if (one != NULL && (one->alone & bit)) {
            size_t n = one->len[col];
            if (n > end - i)
                writer_reserve(wr, out, (len - i) + n + FORM_BYTES + 1);
            if ((one->is_word & bit) && !wr->pending) {
                /* letters only, nothing owed: the common case, one copy */
                memcpy(wr->w, one->out[col], FORM_BYTES);
                wr->w += n;
                if (col == COL_MATCH)
                    wr->last = one->out[col][n - 1];
            } else {
                for (size_t k = 0; k < n; k++)
                    put_byte(wr, col, one->out[col][k]);
            }
        } else {
            ww_buf_reset(&seg);
            fold_segment(s + i, end - i, col, &seg);
            writer_reserve(wr, out, (len - end) + seg.len + FORM_BYTES + 1);
            for (size_t k = 0; k < seg.len; k++)
                put_byte(wr, col, seg.ptr[k]);
        }
        i = end;
    }
    ww_buf_free(&seg);
    return ok;
}

/* walk with COL a constant, so that put_byte's switch folds away. */
static bool
walk_nfc(const char *text, size_t len, writer_t *wr, ww_buf_t *out)
{
    return walk(text, len, COL_NFC, wr, out);
}

static bool
walk_case(const char *text, size_t len, writer_t *wr, ww_buf_t *out)
{
    return walk(text, len, COL_CASE, wr, out);
}

static bool
walk_match(const char *text, size_t len, writer_t *wr, ww_buf_t *out)
{
    return walk(text, len, COL_MATCH, wr, out);
}

static bool
walk_key(const char *text, size_t len, writer_t *wr, ww_buf_t *out)
{
    return walk(text, len, COL_KEY, wr, out);
}

/* FOLD_TEXT's first pass into OUT: UTF-8 checked, every code point mapped
 * by its action (spaces ' ', line breaks '\n', invisible ones dropped).
 * Returns false on invalid UTF-8 (OUT then holds junk). */
static bool
clean(const char *text, size_t len, ww_buf_t *out)
{
    const uint8_t *s = (const uint8_t *)text;
    ww_buf_reserve(out, len); /* nothing here grows */
    char *w = out->ptr + out->len;
    size_t i = 0;
    while (i < len) {
        uint8_t c = s[i];
        if (c >= 0x20 && c < 0x7F) {
            *w++ = (char)c;
            i++;
            continue;
        }
        int32_t cp;
        size_t k = ww_utf8_decode(s + i, len - i, &cp);
        if (k == 0) {
            out->len = (size_t)(w - out->ptr);
            return false;
        }
        cp_action_t action = c < 0x80 ? fold_action_of(cp) : (cp_action_t)fold_info_of(cp)->action;
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

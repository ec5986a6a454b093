/* SPDX-License-Identifier: MIT
 *
 * dates_fold — dates_fold (see dates.h), the one case fold of the event
 * core: catalog terms, the texts classify scans and the date lexicon all go
 * through it, so they compare byte for byte. Each code point is premapped
 * (drops, spaces, apostrophes, hyphens, Arabic letter variants, digits),
 * case folded (utf8proc's full case folding, with fast paths for ASCII,
 * Cyrillic and the caseless scripts) and postmapped (ё, Greek accents).
 *
 * Invariants: the fold is idempotent (folding folded text changes nothing),
 * never writes two spaces in a row nor a space after a newline, and one
 * input byte never becomes more than FOLD_GROWTH output bytes. */
#include "dates_int.h"

#include "ww_buf.h"

/* Maps applied before case folding: -1 drops the code point. */
static int32_t
premap(int32_t cp)
{
    switch (cp) {
    case 0x00AD: case 0x200B: case 0x2060: case 0xFEFF: case 0x0640: case 0x0670:
    case 0x200E: case 0x200F: case 0x093C:
        return -1;
    case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
        return ' ';
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x02B9: case 0x00B4:
    case 0x2032: case 0xFF07:
        return '\'';
    case 0x2010: case 0x2011: case 0x05BE:
        return '-';
    case 0x0623: case 0x0625: case 0x0622: case 0x0671:
        return 0x0627;                          /* alef with hamza/madda -> alef */
    case 0x0649: case 0x06CC:
        return 0x064A;                          /* alef maqsura, Farsi yeh -> yeh */
    case 0x06A9:
        return 0x0643;                          /* keheh -> kaf */
    case 0x0629:
        return 0x0647;                          /* teh marbuta -> heh */
    default:
        break;
    }
    if (cp >= 0x2000 && cp <= 0x200A)
        return ' ';
    if ((cp >= 0x064B && cp <= 0x065F) || (cp >= 0x0591 && cp <= 0x05C7 && cp != 0x05C0 &&
                                            cp != 0x05C3 && cp != 0x05C6) ||
        (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
        return -1;
    if (cp >= 0x0660 && cp <= 0x0669)
        return '0' + (cp - 0x0660);
    if (cp >= 0x06F0 && cp <= 0x06F9)
        return '0' + (cp - 0x06F0);
    if (cp >= 0x0966 && cp <= 0x096F)
        return '0' + (cp - 0x0966);
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        return cp - 0xFEE0;                     /* fullwidth ASCII */
    if (cp >= 0x0958 && cp <= 0x095F) {
        static const int32_t base[8] = { 0x0915, 0x0916, 0x0917, 0x091C,
                                         0x0921, 0x0922, 0x092B, 0x092F };
        return base[cp - 0x0958];               /* Devanagari nukta letters */
    }
    return cp;
}

/* Maps applied after case folding: ё -> е, Greek accented vowels -> plain. */
static int32_t
postmap(int32_t cp)
{
    switch (cp) {
    case 0x0451: return 0x0435;                          /* ё */
    case 0x03AC: return 0x03B1;                          /* ά */
    case 0x03AD: return 0x03B5;                          /* έ */
    case 0x03AE: return 0x03B7;                          /* ή */
    case 0x03AF: case 0x03CA: case 0x0390: return 0x03B9; /* ί ϊ ΐ */
    case 0x03CC: return 0x03BF;                          /* ό */
    case 0x03CD: case 0x03CB: case 0x03B0: return 0x03C5; /* ύ ϋ ΰ */
    case 0x03CE: return 0x03C9;                          /* ώ */
    default: return cp;
    }
}

/* Letters of scripts without case (Hebrew, Arabic, Indic, Kana, Han, Hangul): no case fold. */
static bool
caseless(int32_t cp)
{
    return (cp >= 0x0590 && cp <= 0x0DFF) || (cp >= 0x3040 && cp <= 0x9FFF) ||
           (cp >= 0xAC00 && cp <= 0xD7AF);
}

/* The ASCII part of the fold: capitals, tabs and control spaces, the backtick. */
static inline int32_t
fold_ascii(int32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if (c == '\t' || c == '\r' || c == '\v' || c == '\f')
        return ' ';
    return c == '`' ? '\'' : c;
}

/* Combining accents after a Greek letter, and the dot of Turkish İ after its i, fold away. */
static bool
folds_away(int32_t cp, int32_t before)
{
    return cp >= 0x0300 && cp <= 0x036F &&
           ((before >= 0x0370 && before <= 0x03FF) || (cp == 0x0307 && before == 'i'));
}

/* Writes the fold of CP (after PREV, the last code point written) into OUT; returns the count. */
static size_t
fold_cp(int32_t cp, int32_t prev, int32_t out[4])
{
    cp = premap(cp);
    if (cp < 0)
        return 0;
    if (cp < 0x80) {
        out[0] = fold_ascii(cp);
        return 1;
    }
    if (folds_away(cp, prev))
        return 0;
    if (cp >= 0x0410 && cp <= 0x042F)
        cp += 0x20;                             /* Cyrillic capitals, the common case */
    else if (cp >= 0x0400 && cp <= 0x040F)
        cp += 0x50;
    if (caseless(cp) || (cp >= 0x0430 && cp <= 0x045F)) {
        out[0] = postmap(cp);
        return 1;
    }
    utf8proc_int32_t buf[4];
    size_t n = 1;
    buf[0] = cp;
    const utf8proc_property_t *prop = utf8proc_get_property(cp);
    if (prop->casefold_seqindex != UINT16_MAX) {
        int bound = 0;
        utf8proc_ssize_t r = utf8proc_decompose_char(cp, buf, 4, UTF8PROC_CASEFOLD, &bound);
        n = (r > 0 && r <= 4) ? (size_t)r : 1;
        if (r <= 0 || r > 4)
            buf[0] = cp;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t c = postmap(buf[i]);
        if (folds_away(c, k > 0 ? out[k - 1] : prev))
            continue;
        out[k++] = c;
    }
    return k;
}

/* Decodes the code point of two or more bytes at *I of P[0..LEN) and steps past it; an
   invalid byte reads as U+FFFD and is stepped over alone. */
static inline int32_t
next_cp(const uint8_t *p, size_t len, size_t *i)
{
    uint8_t c = p[*i];
    int32_t cp;
    if (c >= 0xC2 && c <= 0xDF && *i + 1 < len && (p[*i + 1] & 0xC0) == 0x80) {
        cp = ((c & 0x1F) << 6) | (p[*i + 1] & 0x3F);    /* two bytes, always valid */
        *i += 2;
    } else if (c >= 0xE1 && c <= 0xEC && *i + 2 < len && (p[*i + 1] & 0xC0) == 0x80 &&
               (p[*i + 2] & 0xC0) == 0x80) {
        /* three bytes, U+1000..U+CFFF: no overlong or surrogate is possible here */
        cp = ((c & 0x0F) << 12) | ((p[*i + 1] & 0x3F) << 6) | (p[*i + 2] & 0x3F);
        *i += 3;
    } else {
        utf8proc_ssize_t n = utf8proc_iterate(p + *i, (utf8proc_ssize_t)(len - *i), &cp);
        if (n <= 0) {
            cp = 0xFFFD;
            n = 1;
        }
        *i += (size_t)n;
    }
    return cp;
}

/* Writes O as UTF-8 at W; returns the byte after it. */
static inline uint8_t *
put_cp(uint8_t *w, int32_t o)
{
    if (o < 0x80) {
        *w++ = (uint8_t)o;
    } else if (o < 0x800) {
        *w++ = (uint8_t)(0xC0 | (o >> 6));
        *w++ = (uint8_t)(0x80 | (o & 0x3F));
    } else if (o < 0x10000) {
        *w++ = (uint8_t)(0xE0 | (o >> 12));
        *w++ = (uint8_t)(0x80 | ((o >> 6) & 0x3F));
        *w++ = (uint8_t)(0x80 | (o & 0x3F));
    } else {
        w += utf8proc_encode_char(o, w);
    }
    return w;
}

void
dates_fold(const char *s, size_t len, ww_buf_t *out)
{
    ww_buf_reserve(out, len * FOLD_GROWTH + 8);
    uint8_t *w = (uint8_t *)out->ptr + out->len;
    const uint8_t *p = (const uint8_t *)s;
    int32_t prev = out->len > 0 ? (uint8_t)out->ptr[out->len - 1] : '\n';
    size_t i = 0;
    while (i < len) {
        uint8_t c = p[i];
        if (c < 0x80) {                         /* ASCII inline: most bytes of most texts */
            c = (uint8_t)fold_ascii(c);
            i++;
            if (c == ' ' && (prev == ' ' || prev == '\n'))
                continue;
            *w++ = c;
            prev = c;
            continue;
        }
        int32_t f[4];
        size_t k = fold_cp(next_cp(p, len, &i), prev, f);
        for (size_t j = 0; j < k; j++) {
            if (f[j] == ' ' && (prev == ' ' || prev == '\n'))
                continue;                       /* runs of spaces become one */
            w = put_cp(w, f[j]);
            prev = f[j];
        }
    }
    out->len = (size_t)(w - (uint8_t *)out->ptr);
    out->ptr[out->len] = '\0';
}

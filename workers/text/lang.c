/* SPDX-License-Identifier: MIT
 *
 * lang — language guess by script, then by function words.
 *
 * Technique: the first LANG_SAMPLE_BYTES are cleaned (invalid bytes become
 * spaces), NFC-composed and case-folded (FOLD_CASE of fold.h). Every letter is
 * counted by script; the dominant script settles most languages outright
 * (Greek, Hebrew, Thai, ...). Within a script shared by several languages,
 * letters that only some of them use decide: і ї є ґ for Ukrainian, ў for
 * Belarusian, ј ђ ћ for Serbian, ѓ ќ ѕ for Macedonian, ҳ ҷ ӣ ӯ for Tajik, a frequent ъ with no
 * ы or э for Bulgarian; پ چ ژ گ ی ک for Persian, ے ں ٹ ڈ ڑ for Urdu,
 * ټ ډ ړ ښ ږ ګ ې ۍ for Pashto; Kana for
 * Japanese, Hangul for Korean. Latin text is scored by its most frequent
 * function words (the classic "stopword" method, e.g. Grefenstette 1995,
 * "Comparing two language identification schemes"), two points per hit,
 * with one extra point per letter that marks a language (ß, ñ, ł, ă, ...);
 * a short line with no function word can still be named by its letters.
 * Every list is a table of lang_tables.c; the code only counts.
 *
 * Speed: one pass, no copy. Where every character folds to one character
 * on its own (fold_char: nearly all text but NFD, ß, İ and
 * other scripts' rarities), the sample is folded a character at a time as
 * it is counted; otherwise it is folded whole first, with the same result.
 * The function words sit in one hash table (word -> the languages that
 * list it), keyed by a word's bytes as one 16-byte value and looked up
 * once the word ends; ASCII words are found and copied eight bytes at a
 * time. A word with a character no function word has (a Cyrillic letter)
 * is not looked up, and what a BMP code point is (script, mark, marker,
 * fold, and all of that for its fold) is remembered once looked up, one
 * load per character. The tables are filled on first use, without a lock:
 * the worker is single-threaded.
 *
 * Not done: languages outside the tables come back as the nearest table
 * language or "und"; mixed-language text gets the majority's code. */
#include "lang_int.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "fold.h"
#include "ww_alloc.h"
#include "ww_buf.h"
#include "swar.h"
#include "ww_utf8.h"

#define LANG_UND            "und"
#define LANG_MIN_LETTERS    6   /* fewer letters than this is a word, not a language */
#define LANG_MIN_HITS       2   /* Latin: at least two function words, */
#define LANG_MIN_MARKERS    3   /* or three letters only that language uses, or "und" */
#define LANG_WORD_MAX       40  /* bytes; longer tokens are never function words */
#define STOPWORD_POINTS     2   /* a function word outweighs one marker letter */
#define BMP_LIMIT           0x10000
#define CLASS_SCRIPT        0x0F /* in cp_class(): the lang_script_t */
#define CLASS_KNOWN         0x10 /* in cp_class(): looked up */
#define CLASS_MN            0x20 /* in cp_class(): a non-spacing mark */
#define CLASS_MARKER_SHIFT  8    /* in cp_class(): above it, the marked lang_id_t + 1 */
#define FOLD_NONE           0xFFFF /* in bmp_fold: no fold of its own */


/* What one pass over the sample found. */
typedef struct {
    size_t script[LANG_SCRIPT_COUNT]; /* letters per script */
    size_t marker[L_COUNT];           /* marker letters per language */
    size_t hits[L_LATIN_COUNT];       /* function words per Latin language */
    size_t letters;                   /* all letters: the sum of script[] */
} tally_t;

static lang_script_t
script_by_table(int32_t cp)
{
    utf8proc_category_t cat = utf8proc_category(cp);
    if (cat < UTF8PROC_CATEGORY_LU || cat > UTF8PROC_CATEGORY_LO)
        return LANG_SCRIPT_NONE;
    size_t lo = 0, hi = lang_n_script_ranges;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < lang_script_ranges[mid].lo)
            hi = mid;
        else if (cp > lang_script_ranges[mid].hi)
            lo = mid + 1;
        else
            return lang_script_ranges[mid].script;
    }
    return LANG_SCRIPT_OTHER;
}

/* lang_markers[] is sorted and its ranges do not overlap. */
static const marker_t *
marker_of(int32_t cp)
{
    size_t lo = 0, hi = lang_n_markers;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < lang_markers[mid].lo)
            hi = mid;
        else if (cp > lang_markers[mid].hi)
            lo = mid + 1;
        else
            return &lang_markers[mid];
    }
    return NULL;
}

/* What tally() needs of a code point, packed: the script in CLASS_SCRIPT,
 * CLASS_MN, and the language it marks plus one above CLASS_MARKER_SHIFT. */
static uint16_t
learn_class(int32_t cp)
{
    lang_script_t script = script_by_table(cp);
    uint16_t c = (uint16_t)(CLASS_KNOWN | script);
    if (script == LANG_SCRIPT_NONE && utf8proc_category(cp) == UTF8PROC_CATEGORY_MN)
        c |= CLASS_MN;
    const marker_t *m = script != LANG_SCRIPT_NONE ? marker_of(cp) : NULL;
    if (m != NULL)
        c |= (uint16_t)((m->lang + 1) << CLASS_MARKER_SHIFT);
    return c;
}

/* The classes of the BMP code points met so far; 0 for the others. */
static uint16_t bmp_class[BMP_LIMIT];

static inline uint16_t
cp_class(int32_t cp)
{
    if (cp < 0 || cp >= BMP_LIMIT)
        return learn_class(cp);
    if (bmp_class[cp] == 0)
        bmp_class[cp] = learn_class(cp);
    return bmp_class[cp];
}

lang_script_t
lang_script_of(int32_t cp)
{
    return (lang_script_t)(cp_class(cp) & CLASS_SCRIPT);
}

/* ---- function words -------------------------------------------------------- */

/* Function words are short (STOPWORD_KEY_BYTES at most), so a word is
 * looked up as one 16-byte key, zero-padded, hashed in a few instructions
 * once it ends, instead of a byte-at-a-time hash kept up letter by letter.
 * The table holds every word of the stopword lists once, with the Latin
 * languages that list it (bit per lang_id_t); open addressing, linear
 * probing, an empty slot has len 0. */
#define STOPWORD_KEY_BYTES 16
#define STOPWORD_SLOTS     1024 /* a power of two, well over twice the words */

typedef struct {
    uint64_t lo, hi;  /* the word's bytes, zero-padded (key_of) */
    uint32_t len;     /* 0: an empty slot */
    uint32_t langs;
} stopword_slot_t;

static stopword_slot_t stopword_slots[STOPWORD_SLOTS];
static size_t stopword_max_len; /* 0 until the table is built */
/* Bit per cp_class() & (CLASS_SCRIPT | CLASS_MN) found in a function word:
 * a word with any other character is never one. */
static uint64_t stopword_classes;

/* The first LEN (<= 8) bytes of the 8 loaded into W, the others zero. */
static inline uint64_t
keep_bytes(uint64_t w, size_t len)
{
    if (len >= 8)
        return w;
    if (len == 0)
        return 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return w & ~(~UINT64_C(0) >> (8 * len));
#else
    return w & ~(~UINT64_C(0) << (8 * len));
#endif
}

/* The key of the LEN (<= STOPWORD_KEY_BYTES) bytes at WORD; WORD may be
 * read up to STOPWORD_KEY_BYTES whatever LEN is: what lies past LEN is
 * dropped. */
static inline void
key_of(const uint8_t *word, size_t len, uint64_t *lo, uint64_t *hi)
{
    uint64_t a, b;
    memcpy(&a, word, 8);
    memcpy(&b, word + 8, 8);
    *lo = keep_bytes(a, len);
    *hi = len > 8 ? keep_bytes(b, len - 8) : 0;
}

static inline size_t
key_slot(uint64_t lo, uint64_t hi, size_t len)
{
    uint64_t h = (lo ^ (hi * UINT64_C(0xC2B2AE3D27D4EB4F)) ^ len) * UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(h >> 54) & (STOPWORD_SLOTS - 1); /* the top bits mix best */
}

/* The slot of the word with key LO, HI and length LEN, or the empty slot
 * where it would go. */
static inline stopword_slot_t *
slot_find(uint64_t lo, uint64_t hi, size_t len)
{
    size_t at = key_slot(lo, hi, len);
    for (;; at = (at + 1) & (STOPWORD_SLOTS - 1)) {
        stopword_slot_t *e = &stopword_slots[at];
        if (e->len == 0 || (e->lo == lo && e->hi == hi && e->len == len))
            return e;
    }
}

static void
build_stopwords(void)
{
    size_t n_words = 0;
    for (int l = 0; l < L_LATIN_COUNT; l++) {
        const char *p = lang_stopwords[l];
        while (*p != '\0') {
            size_t len = strcspn(p, " ");
            if (len > 0 && len <= LANG_WORD_MAX) {
                if (len > STOPWORD_KEY_BYTES)
                    abort(); /* the lists hold no word this long */
                uint8_t padded[STOPWORD_KEY_BYTES] = { 0 };
                memcpy(padded, p, len);
                uint64_t lo, hi;
                key_of(padded, len, &lo, &hi);
                stopword_slot_t *e = slot_find(lo, hi, len);
                if (e->len == 0) {
                    if (++n_words * 2 > STOPWORD_SLOTS)
                        abort(); /* the lists outgrew the table */
                    *e = (stopword_slot_t){ .lo = lo, .hi = hi, .len = (uint32_t)len };
                }
                e->langs |= 1u << l;
                if (len > stopword_max_len)
                    stopword_max_len = len;
                for (size_t i = 0; i < len;) {
                    int32_t cp;
                    size_t k = ww_utf8_decode((const uint8_t *)p + i, len - i, &cp);
                    if (k == 0)
                        abort(); /* the lists are UTF-8 */
                    stopword_classes |= UINT64_C(1) << (cp_class(cp) & (CLASS_SCRIPT | CLASS_MN));
                    i += k;
                }
            }
            p += len + (p[len] == ' ');
        }
    }
}

/* Counts one function word if WORD (LEN bytes, folded; readable up to
 * STOPWORD_KEY_BYTES) is in a Latin list. */
static inline void
score_word(tally_t *t, const uint8_t *word, size_t len)
{
    if (len == 0 || len > stopword_max_len)
        return;
    uint64_t lo, hi;
    key_of(word, len, &lo, &hi);
    const stopword_slot_t *e = slot_find(lo, hi, len);
    for (uint32_t langs = e->langs; langs != 0; langs &= langs - 1)
        t->hits[__builtin_ctz(langs)]++;
}

static inline bool
is_ascii_letter(uint8_t c)
{
    return (uint8_t)((c | 0x20) - 'a') <= 'z' - 'a';
}

/* Bit 7 set in each byte of W that is an ASCII letter (is_ascii_letter):
 * with the top bit dropped and 0x20 or-ed in (lower case), a byte is a
 * letter when adding 0x80 - 'a' sets its top bit and adding 0x80 - '{'
 * does not; no sum carries into the next byte. Bytes of 0x80 and above are
 * dropped at the end. */
static inline uint64_t
letter_tops(uint64_t w)
{
    uint64_t lower = (w & SWAR_BYTES(0x7F)) | SWAR_BYTES(0x20);
    return (lower + SWAR_BYTES(0x80 - 'a')) & ~(lower + SWAR_BYTES(0x80 - '{')) & ~w & SWAR_BYTES(0x80);
}

/* How many of the bytes in memory order of W come before the first whose
 * bit 7 is set in TOPS (not zero). */
static inline size_t
bytes_before(uint64_t tops)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return (size_t)__builtin_clzll(tops) / 8;
#else
    return (size_t)__builtin_ctzll(tops) / 8;
#endif
}

/* How many ASCII letters S (LEN > 0 bytes, S[0] a letter) starts with:
 * eight bytes a step, the way a word ends found in one step for most
 * words, then one at a time near the end. */
static inline size_t
ascii_letter_run(const uint8_t *s, size_t len)
{
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, sizeof w);
        uint64_t others = ~letter_tops(w) & SWAR_BYTES(0x80);
        if (others != 0)
            return i + bytes_before(others);
    }
    while (i < len && is_ascii_letter(s[i]))
        i++;
    return i;
}

/* Stores the N ASCII letters at S, lower case, at DST (WORD_BYTES of a
 * word from an offset at most STOPWORD_KEY_BYTES - N). AVAIL is how many
 * bytes S has: with eight or more, eight go at once, and what follows the
 * letters is junk that key_of() drops. */
static inline void
lower_copy(uint8_t *dst, const uint8_t *s, size_t n, size_t avail)
{
    if (n <= 8 && avail >= 8) {
        uint64_t w;
        memcpy(&w, s, sizeof w);
        w |= SWAR_BYTES(0x20);
        memcpy(dst, &w, sizeof w);
        return;
    }
    for (size_t i = 0; i < n; i++)
        dst[i] = s[i] | 0x20;
}

/* How many of the N ASCII bytes at S are letters, eight a step: with 0x20
 * or-ed in (lower case), a byte is a letter when adding 0x80 - 'a' sets its
 * top bit and adding 0x80 - '{' does not; no byte is above 0x7F, so no sum
 * carries into the next byte. */
static size_t
ascii_letters(const uint8_t *s, size_t n)
{
    size_t count = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, sizeof w);
        uint64_t lower = w | SWAR_BYTES(0x20);
        uint64_t tops = (lower + SWAR_BYTES(0x80 - 'a')) & ~(lower + SWAR_BYTES(0x80 - '{')) & SWAR_BYTES(0x80);
        count += swar_count_tops(tops);
    }
    for (; i < n; i++)
        count += is_ascii_letter(s[i]);
    return count;
}

void
lang_count_scripts(const char *text, size_t len, size_t counts[LANG_SCRIPT_COUNT])
{
    const uint8_t *s = (const uint8_t *)text;
    size_t i = 0;
    while (i < len) {
        if (s[i] < 0x80) {
            /* one byte between words of another script, or a run of ASCII */
            size_t n = i + 1 < len && s[i + 1] >= 0x80 ? 1 : ww_utf8_ascii_len(s + i, len - i);
            counts[LANG_SCRIPT_LATIN] += ascii_letters(s + i, n);
            i += n;
            continue;
        }
        int32_t cp;
        size_t k = ww_utf8_decode(s + i, len - i, &cp);
        if (k == 0) {
            i++;
            continue;
        }
        lang_script_t script = (lang_script_t)(cp_class(cp) & CLASS_SCRIPT);
        if (script != LANG_SCRIPT_NONE)
            counts[script]++;
        i += k;
    }
}

/* What fold_char(FOLD_CASE) says of each BMP code point met so far: 0
 * not asked yet, FOLD_NONE no answer, else the folded code point. */
static uint16_t bmp_fold[BMP_LIMIT];

static inline int32_t
bmp_fold_of(int32_t cp)
{
    if (bmp_fold[cp] == 0) {
        int32_t f = fold_char(FOLD_CASE, cp);
        bmp_fold[cp] = f <= 0 || f >= FOLD_NONE ? FOLD_NONE : (uint16_t)f;
    }
    return bmp_fold[cp] == FOLD_NONE ? -1 : bmp_fold[cp];
}

/* The word being read. */
typedef struct {
    uint8_t *bytes;  /* WORD_BYTES: its folded bytes, as far as they matter */
    size_t max;      /* longer words are not looked up: stopword_max_len */
    size_t len;      /* its length in bytes */
    bool is_open;
} word_t;

/* A word's buffer: the longest function word, then room for the eight
 * bytes tally() stores at once past it, and for key_of()'s reads. */
#define WORD_BYTES (STOPWORD_KEY_BYTES + 8)

static inline void
word_open(word_t *w)
{
    if (!w->is_open) {
        w->is_open = true;
        w->len = 0;
    }
}

static inline void
word_add(word_t *w, uint8_t c)
{
    /* past max the word is never looked up: the last byte takes the rest */
    w->bytes[w->len < w->max ? w->len : w->max] = c;
    w->len++;
}

static inline void
word_close(word_t *w, tally_t *t)
{
    if (w->is_open)
        score_word(t, w->bytes, w->len);
    w->is_open = false;
}

/* Counts a non-ASCII character of class CLS (cp_class): its script and marker. Returns
 * true when it belongs to a word, W then open; a character of no script that is no mark
 * closes W. */
static inline bool
count_class(tally_t *t, word_t *w, uint16_t cls)
{
    lang_script_t script = (lang_script_t)(cls & CLASS_SCRIPT);
    if (script != LANG_SCRIPT_NONE) {
        t->script[script]++;
        if (cls >> CLASS_MARKER_SHIFT)
            t->marker[(cls >> CLASS_MARKER_SHIFT) - 1]++;
    } else if (!(cls & CLASS_MN)) {
        word_close(w, t);
        return false;
    }
    word_open(w);
    return true;
}

/* Counts the non-ASCII character CP of an already folded sample (BYTES, N
 * its UTF-8). */
static inline void
count_char(tally_t *t, word_t *w, int32_t cp, const uint8_t *bytes, size_t n)
{
    uint16_t cls = cp_class(cp);
    if (!count_class(t, w, cls))
        return;
    if (!(stopword_classes & (UINT64_C(1) << (cls & (CLASS_SCRIPT | CLASS_MN))))) {
        w->len = w->max + 1; /* no function word has this character */
        return;
    }
    for (size_t i = 0; i < n; i++)
        word_add(w, bytes[i]);
}

/* What tally() needs of a raw BMP code point, in one load instead of a
 * fold lookup and a class lookup per character (most of the cost of a
 * sample in another script than Latin): the code point fold_char gives
 * (bmp_fold_of) below RAW_FOLD_MASK, that code point's cp_class() above
 * RAW_CLASS_SHIFT, and two flags. 0 is not looked up yet. */
#define RAW_FOLD_MASK    0xFFFFu
#define RAW_CLASS_SHIFT  16        /* cp_class() fits in 13 bits */
#define RAW_CLASS_MASK   0x1FFFu
#define RAW_NO_FOLD      (1u << 29) /* does not fold alone: tally gives up */
#define RAW_WORDY        (1u << 30) /* its fold may be in a function word */
#define RAW_KNOWN        (1u << 31)
static uint32_t bmp_raw[BMP_LIMIT];

static uint32_t
learn_raw(int32_t cp)
{
    int32_t f = bmp_fold_of(cp);
    if (f < 0)
        return RAW_KNOWN | RAW_NO_FOLD;
    uint16_t cls = cp_class(f);
    uint32_t info = RAW_KNOWN | (uint32_t)f | (uint32_t)cls << RAW_CLASS_SHIFT;
    if (stopword_classes & (UINT64_C(1) << (cls & (CLASS_SCRIPT | CLASS_MN))))
        info |= RAW_WORDY;
    return info;
}

static inline uint32_t
raw_info(int32_t cp)
{
    if (bmp_raw[cp] == 0)
        bmp_raw[cp] = learn_raw(cp);
    return bmp_raw[cp];
}

/* count_char() for a raw non-ASCII BMP character whose raw_info() is INFO
 * (not RAW_NO_FOLD): the same counts, the same word. */
static inline void
count_raw(tally_t *t, word_t *w, uint32_t info)
{
    if (!count_class(t, w, (uint16_t)((info >> RAW_CLASS_SHIFT) & RAW_CLASS_MASK)))
        return;
    if (!(info & RAW_WORDY)) {
        w->len = w->max + 1; /* no function word has this character */
        return;
    }
    if (w->len > w->max)
        return; /* already too long to be looked up: its bytes no longer matter */
    int32_t cp = (int32_t)(info & RAW_FOLD_MASK);
    if (cp < 0x80) {
        word_add(w, (uint8_t)cp); /* ſ folds to s, K (Kelvin) to k */
        return;
    }
    word_add(w, (uint8_t)(cp < 0x800 ? 0xC0 | (cp >> 6) : 0xE0 | (cp >> 12)));
    if (cp >= 0x800)
        word_add(w, (uint8_t)(0x80 | ((cp >> 6) & 0x3F)));
    word_add(w, (uint8_t)(0x80 | (cp & 0x3F)));
}

/* One pass over a sample S (LEN bytes): letters by script, markers,
 * function words. With IS_RAW the sample is as the caller gave it and each
 * character is folded here by bmp_fold_of(); the pass gives up and returns
 * false at the first character that cannot be folded alone (or is not
 * UTF-8, or is past the BMP), leaving the work to fold_append(FOLD_CASE). Without, S is already
 * folded and the pass returns true. Either way ASCII letters may be upper
 * case: they are lower-cased here. */
static bool
tally(tally_t *t, const uint8_t *s, size_t len, bool is_raw)
{
    uint8_t word[WORD_BYTES] = { 0 };
    word_t w = { .bytes = word, .max = stopword_max_len, .len = 0, .is_open = false };
    size_t latin = 0; /* ASCII letters, added at the end */
    const uint8_t *p = s;
    const uint8_t *end = s + len;
    while (p < end) {
        if (*p < 0x80 && !is_ascii_letter(*p)) {
            word_close(&w, t);
            p++;
        } else if (*p < 0x80) {
            /* ASCII letters: Latin, no markers, in a word */
            word_open(&w);
            size_t n = ascii_letter_run(p, (size_t)(end - p));
            if (w.len + n <= w.max)
                lower_copy(word + w.len, p, n, (size_t)(end - p));
            w.len += n; /* past max its bytes no longer matter */
            latin += n;
            p += n;
        } else {
            int32_t cp;
            size_t k = ww_utf8_decode(p, (size_t)(end - p), &cp);
            if (is_raw) {
                /* the whole run of non-ASCII characters here: a word of
                 * another script is one, without the tests for ASCII */
                for (;;) {
                    uint32_t info;
                    if (k == 0 || cp >= BMP_LIMIT || ((info = raw_info(cp)) & RAW_NO_FOLD))
                        return false;
                    count_raw(t, &w, info);
                    p += k;
                    if (p == end || *p < 0x80)
                        break;
                    k = ww_utf8_decode(p, (size_t)(end - p), &cp);
                }
                continue;
            } else {
                if (k == 0)
                    break;
                count_char(t, &w, cp, p, k);
            }
            p += k;
        }
    }
    word_close(&w, t);
    t->script[LANG_SCRIPT_LATIN] += latin;
    /* every letter counts in one script: summed once here, not each time */
    for (int sc = LANG_SCRIPT_LATIN; sc < LANG_SCRIPT_COUNT; sc++)
        t->letters += t->script[sc];
    return true;
}

/* Han, Kana and Hangul share one budget: Japanese mixes Han with Kana and
 * Korean sometimes quotes Han, so the minority scripts decide. */
static const char *
pick_cjk(const tally_t *t)
{
    size_t han = t->script[LANG_SCRIPT_HAN];
    size_t kana = t->script[LANG_SCRIPT_KANA];
    size_t hangul = t->script[LANG_SCRIPT_HANGUL];
    if (hangul * 2 >= han + kana)
        return "ko";
    if (kana >= 2 && kana * 20 >= han + kana)
        return "ja";
    return "zh";
}

/* Per-mille of the Cyrillic letters that are markers of language L. */
static size_t
permille(const tally_t *t, lang_id_t l, lang_script_t script)
{
    size_t all = t->script[script];
    return all ? t->marker[l] * 1000 / all : 0;
}

/* Thresholds are a few times below the letters' usual frequency in running
 * text (і ≈ 5% in Ukrainian, ъ ≈ 2.5% in Bulgarian, ј ≈ 4% in Serbian, ы ≈
 * 2% in Russian) and far above what a quoted name brings in. */
static const char *
pick_cyrillic(const tally_t *t)
{
    const lang_script_t cy = LANG_SCRIPT_CYRILLIC;
    if (permille(t, L_BE, cy) >= 3)
        return "be";
    if (permille(t, L_UK, cy) >= 5 && t->marker[L_RU] * 4 < t->marker[L_UK])
        return "uk";
    if (permille(t, L_MK, cy) >= 2)
        return "mk";
    if (permille(t, L_SR, cy) >= 3)
        return "sr";
    if (permille(t, L_TG, cy) >= 3)
        return "tg";
    if (permille(t, L_KK, cy) >= 10)
        return "kk";
    if (permille(t, L_RU, cy) < 2 && permille(t, L_BG, cy) >= 8)
        return "bg";
    return "ru";
}

/* Pashto letters (ټ ډ ړ ښ ږ ګ ې ۍ) and Urdu ones (ے ں ٹ) first, since both also use the
 * Persian ones; Persian wins over Arabic when its ی ک پ outnumber the Arabic ي ك ة. */
static const char *
pick_arabic(const tally_t *t)
{
    if (t->marker[L_PS] >= 2 && permille(t, L_PS, LANG_SCRIPT_ARABIC) >= 10 &&
        t->marker[L_PS] > t->marker[L_UR])
        return "ps";
    if (t->marker[L_UR] >= 2 && permille(t, L_UR, LANG_SCRIPT_ARABIC) >= 10)
        return "ur";
    if (t->marker[L_FA] > t->marker[L_AR])
        return "fa";
    return "ar";
}

static const char *
pick_latin(const tally_t *t)
{
    int best = -1;
    size_t best_score = 0;
    for (int l = 0; l < L_LATIN_COUNT; l++) {
        if (t->hits[l] < LANG_MIN_HITS && t->marker[l] < LANG_MIN_MARKERS)
            continue;
        size_t score = t->hits[l] * STOPWORD_POINTS + t->marker[l];
        if (score > best_score) {
            best = l;
            best_score = score;
        }
    }
    return best < 0 ? LANG_UND : lang_code[best];
}

/* The code of each script that one language owns outright. */
static const char *const script_lang[LANG_SCRIPT_COUNT] = {
    [LANG_SCRIPT_GREEK] = "el",    [LANG_SCRIPT_ARMENIAN] = "hy",
    [LANG_SCRIPT_HEBREW] = "he",   [LANG_SCRIPT_DEVANAGARI] = "hi",
    [LANG_SCRIPT_THAI] = "th",     [LANG_SCRIPT_GEORGIAN] = "ka",
};

static const char *
pick(const tally_t *t)
{
    if (t->letters < LANG_MIN_LETTERS)
        return LANG_UND;
    size_t cjk = t->script[LANG_SCRIPT_HAN] + t->script[LANG_SCRIPT_KANA] +
                 t->script[LANG_SCRIPT_HANGUL];
    lang_script_t top = LANG_SCRIPT_NONE;
    for (int s = LANG_SCRIPT_LATIN; s < LANG_SCRIPT_COUNT; s++)
        if (t->script[s] > t->script[top])
            top = (lang_script_t)s;
    if (cjk > t->script[top])
        return pick_cjk(t);
    switch (top) {
    case LANG_SCRIPT_LATIN:    return pick_latin(t);
    case LANG_SCRIPT_CYRILLIC: return pick_cyrillic(t);
    case LANG_SCRIPT_ARABIC:   return pick_arabic(t);
    case LANG_SCRIPT_HAN:
    case LANG_SCRIPT_KANA:
    case LANG_SCRIPT_HANGUL:   return pick_cjk(t);
    default:
        return script_lang[top] != NULL ? script_lang[top] : LANG_UND;
    }
}

/* Folds the first LANG_SAMPLE_BYTES of TEXT into OUT, each invalid byte
 * first turned into a space: NFC and case folding (FOLD_CASE). */
static void
fold_sample(const uint8_t *text, size_t n, ww_buf_t *out)
{
    /* A character cut by the end of the sample would become spaces, which
     * count for nothing; so the sample may as well end before it. */
    size_t whole = n - ww_utf8_cut_tail(text, n);
    if (fold_append(FOLD_CASE, (const char *)text, whole, out) == 0)
        return;
    uint8_t *clean = ww_xmalloc(n);
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        size_t k = ww_utf8_decode(text + i, n - i, &cp);
        if (k == 0) {
            clean[i++] = ' ';
            continue;
        }
        memcpy(clean + i, text + i, k);
        i += k;
    }
    fold_append(FOLD_CASE, (const char *)clean, n, out);
    free(clean);
}

const char *
lang_detect(const char *text, size_t len)
{
    size_t n = len < LANG_SAMPLE_BYTES ? len : LANG_SAMPLE_BYTES;
    if (n == 0)
        return LANG_UND;
    if (stopword_max_len == 0)
        build_stopwords();
    const uint8_t *sample = (const uint8_t *)text;
    tally_t t;
    memset(&t, 0, sizeof t);
    /* a character cut by the end of the sample would only become spaces */
    if (tally(&t, sample, n - ww_utf8_cut_tail(sample, n), true))
        return pick(&t);
    memset(&t, 0, sizeof t);
    ww_buf_t folded = WW_BUF_INIT;
    fold_sample(sample, n, &folded);
    tally(&t, (const uint8_t *)folded.ptr, folded.len, false);
    ww_buf_free(&folded);
    return pick(&t);
}

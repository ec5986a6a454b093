/* SPDX-License-Identifier: MIT
 *
 * lang — language guess by script, then by function words.
 *
 * Technique: the first LANG_SAMPLE_BYTES are cleaned (invalid bytes become
 * spaces), NFC-composed and case-folded with utf8proc. Every letter is
 * counted by script; the dominant script settles most languages outright
 * (Greek, Hebrew, Thai, ...). Within a script shared by several languages,
 * letters that only some of them use decide: і ї є ґ for Ukrainian, ў for
 * Belarusian, ј ђ ћ for Serbian, ѓ ќ ѕ for Macedonian, a frequent ъ with no
 * ы or э for Bulgarian; پ چ ژ گ ی ک for Persian, ے ں ٹ ڈ ڑ for Urdu; Kana for
 * Japanese, Hangul for Korean. Latin text is scored by its most frequent
 * function words (the classic "stopword" method, e.g. Grefenstette 1995,
 * "Comparing two language identification schemes"), two points per hit,
 * with one extra point per letter that marks a language (ß, ñ, ł, ă, ...);
 * a short line with no function word can still be named by its letters.
 * Every list is a table below; the code only counts.
 *
 * Not done: languages outside the tables come back as the nearest table
 * language or "und"; mixed-language text gets the majority's code. */
#include "lang.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "ww_alloc.h"

#define LANG_UND            "und"
#define LANG_MIN_LETTERS    6   /* fewer letters than this is a word, not a language */
#define LANG_MIN_HITS       2   /* Latin: at least two function words, */
#define LANG_MIN_MARKERS    3   /* or three letters only that language uses, or "und" */
#define LANG_WORD_MAX       40  /* bytes; longer tokens are never function words */
#define STOPWORD_POINTS     2   /* a function word outweighs one marker letter */

/* Languages told apart below the script level. */
typedef enum {
    L_EN, L_DE, L_FR, L_ES, L_IT, L_PT, L_NL, L_PL, L_TR, L_SV, L_RO, L_CS, L_ID, L_VI,
    L_LATIN_COUNT,
    L_RU = L_LATIN_COUNT, L_UK, L_BE, L_BG, L_SR, L_MK, L_KK,
    L_AR, L_FA, L_UR,
    L_COUNT
} lang_id_t;

static const char *const lang_code[L_COUNT] = {
    [L_EN] = "en", [L_DE] = "de", [L_FR] = "fr", [L_ES] = "es", [L_IT] = "it",
    [L_PT] = "pt", [L_NL] = "nl", [L_PL] = "pl", [L_TR] = "tr", [L_SV] = "sv",
    [L_RO] = "ro", [L_CS] = "cs", [L_ID] = "id", [L_VI] = "vi",
    [L_RU] = "ru", [L_UK] = "uk", [L_BE] = "be", [L_BG] = "bg", [L_SR] = "sr",
    [L_MK] = "mk", [L_KK] = "kk", [L_AR] = "ar", [L_FA] = "fa", [L_UR] = "ur",
};

/* The most common function words of each Latin-script language, lower case,
 * NFC, one space apart and one space at each end (so " word " finds a
 * whole word). Overlaps between languages are fine: the totals decide. */
static const char *const stopwords[L_LATIN_COUNT] = {
    [L_EN] = " the of and to in a is that for on with as was by at from it be are this have"
             " has an not but which said were his he had they its will been who would their"
             " or after also more than over into about ",
    [L_DE] = " der die das und ist nicht ein eine einen dem den des mit von zu im auf für sich"
             " auch es wird wurde werden hat haben sie als bei nach aus dass wie oder noch um"
             " sind über zum zur am vom ",
    [L_FR] = " le la les de des du et est un une en que qui dans pour pas sur au aux par avec"
             " ce cette il elle ont ne se son sa ses mais plus été sont qu à comme leur entre"
             " après ",
    [L_ES] = " el la los las de del y en que es un una por con para no se lo su sus al como"
             " más pero fue ha han sobre este esta entre también ya según desde ",
    [L_IT] = " il lo la gli le di del della dei delle e è che un una per con non si da in al"
             " alla nel nella sono ha anche come più ma dell nell all questo questa dopo ",
    [L_PT] = " o a os as de do da dos das e é que um uma em no na nos nas por para com não se"
             " ao à seu sua mais mas foi como também ser pelo pela entre ",
    [L_NL] = " de het een en van is in dat die op te met voor niet zijn aan er ook als bij"
             " door om maar naar dan heeft werd wordt hij zij worden tot deze uit nog ",
    [L_PL] = " i w z na się nie do to że jest o jak po co ale za od jego już tak przez przy są"
             " dla oraz być był była było może został które który która ",
    [L_TR] = " ve bir bu da de için ile olarak çok daha ne gibi en ama olan sonra kadar her ki"
             " mi göre değil var tarafından ise şu ya üzerinde ancak ",
    [L_SV] = " och i att det som en på är av för med till den har de inte om ett han hon var"
             " men från vid så kan också efter sin sina eller ",
    [L_RO] = " și şi în de la cu pe că a al ale este un o nu se care din pentru mai au fost"
             " sunt lui acest această după sau dar fi ",
    [L_CS] = " a v se na je že s z do to o jako pro by ale i jsou k po jeho už který která"
             " které byl byla bylo také podle při od ",
    [L_ID] = " yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada"
             " oleh mereka kami sebagai atau telah bahwa saat lebih sudah bisa para menurut"
             " kata ",
    [L_VI] = " của và là các có được cho không những người trong với này đã một để đến khi về"
             " theo tại từ ông bà nhưng cũng sẽ như nhiều rằng ",
};

typedef struct {
    int32_t lo, hi;       /* inclusive code point range */
    lang_id_t lang;       /* the language this letter points to */
} marker_t;

/* Letters (lower case, after folding) that only some languages of a script
 * use. Latin markers add to the function-word score; Cyrillic and Arabic
 * markers decide on their own (see pick_cyrillic, pick_arabic). */
static const marker_t markers[] = {
    { 0x00DF, 0x00DF, L_DE },   /* ß */
    { 0x00E3, 0x00E3, L_PT },   /* ã */
    { 0x00E5, 0x00E5, L_SV },   /* å */
    { 0x00EA, 0x00EA, L_FR },   /* ê */
    { 0x00EC, 0x00EC, L_IT },   /* ì */
    { 0x00F1, 0x00F1, L_ES },   /* ñ */
    { 0x00F2, 0x00F2, L_IT },   /* ò */
    { 0x00F5, 0x00F5, L_PT },   /* õ */
    { 0x00F9, 0x00F9, L_FR },   /* ù */
    { 0x00FB, 0x00FB, L_FR },   /* û */
    { 0x0103, 0x0103, L_RO },   /* ă */
    { 0x0105, 0x0105, L_PL },   /* ą */
    { 0x0111, 0x0111, L_VI },   /* đ */
    { 0x0119, 0x0119, L_PL },   /* ę */
    { 0x011B, 0x011B, L_CS },   /* ě */
    { 0x011F, 0x011F, L_TR },   /* ğ */
    { 0x0131, 0x0131, L_TR },   /* dotless ı */
    { 0x0142, 0x0142, L_PL },   /* ł */
    { 0x0144, 0x0144, L_PL },   /* ń */
    { 0x0153, 0x0153, L_FR },   /* œ */
    { 0x0159, 0x0159, L_CS },   /* ř */
    { 0x015B, 0x015B, L_PL },   /* ś */
    { 0x015F, 0x015F, L_TR },   /* ş */
    { 0x0163, 0x0163, L_RO },   /* ţ */
    { 0x016F, 0x016F, L_CS },   /* ů */
    { 0x017A, 0x017A, L_PL },   /* ź */
    { 0x017C, 0x017C, L_PL },   /* ż */
    { 0x01A1, 0x01A1, L_VI },   /* ơ */
    { 0x01B0, 0x01B0, L_VI },   /* ư */
    { 0x0219, 0x0219, L_RO },   /* ș */
    { 0x021B, 0x021B, L_RO },   /* ț */
    { 0x044A, 0x044A, L_BG },   /* ъ */
    { 0x044B, 0x044B, L_RU },   /* ы */
    { 0x044D, 0x044D, L_RU },   /* э */
    { 0x0451, 0x0451, L_RU },   /* ё */
    { 0x0452, 0x0452, L_SR },   /* ђ */
    { 0x0453, 0x0453, L_MK },   /* ѓ */
    { 0x0454, 0x0454, L_UK },   /* є */
    { 0x0455, 0x0455, L_MK },   /* ѕ */
    { 0x0456, 0x0457, L_UK },   /* і ї */
    { 0x0458, 0x0458, L_SR },   /* ј */
    { 0x045B, 0x045B, L_SR },   /* ћ */
    { 0x045C, 0x045C, L_MK },   /* ќ */
    { 0x045E, 0x045E, L_BE },   /* ў */
    { 0x0491, 0x0491, L_UK },   /* ґ */
    { 0x0493, 0x0493, L_KK },   /* ғ */
    { 0x049B, 0x049B, L_KK },   /* қ */
    { 0x04A3, 0x04A3, L_KK },   /* ң */
    { 0x04AF, 0x04AF, L_KK },   /* ү */
    { 0x04B1, 0x04B1, L_KK },   /* ұ */
    { 0x04BB, 0x04BB, L_KK },   /* һ */
    { 0x04D9, 0x04D9, L_KK },   /* ә */
    { 0x04E9, 0x04E9, L_KK },   /* ө */
    { 0x0629, 0x0629, L_AR },   /* ة */
    { 0x0643, 0x0643, L_AR },   /* ك */
    { 0x064A, 0x064A, L_AR },   /* ي */
    { 0x0679, 0x0679, L_UR },   /* ٹ */
    { 0x067E, 0x067E, L_FA },   /* پ */
    { 0x0686, 0x0686, L_FA },   /* چ */
    { 0x0688, 0x0688, L_UR },   /* ڈ */
    { 0x0691, 0x0691, L_UR },   /* ڑ */
    { 0x0698, 0x0698, L_FA },   /* ژ */
    { 0x06A9, 0x06A9, L_FA },   /* ک */
    { 0x06AF, 0x06AF, L_FA },   /* گ */
    { 0x06BA, 0x06BA, L_UR },   /* ں */
    { 0x06C1, 0x06C1, L_UR },   /* ہ */
    { 0x06CC, 0x06CC, L_FA },   /* ی */
    { 0x06D2, 0x06D2, L_UR },   /* ے */
    { 0x1EA0, 0x1EF9, L_VI },   /* ạ ả ấ ... ỹ: Vietnamese tone letters */
};

typedef struct {
    int32_t lo, hi;
    lang_script_t script;
} script_range_t;

/* Unicode blocks by script, sorted by lo for the binary search. */
static const script_range_t script_ranges[] = {
    { 0x0041, 0x024F, LANG_SCRIPT_LATIN },
    { 0x0250, 0x02AF, LANG_SCRIPT_LATIN },      /* IPA extensions */
    { 0x0370, 0x03FF, LANG_SCRIPT_GREEK },
    { 0x0400, 0x052F, LANG_SCRIPT_CYRILLIC },
    { 0x0530, 0x058F, LANG_SCRIPT_ARMENIAN },
    { 0x0590, 0x05FF, LANG_SCRIPT_HEBREW },
    { 0x0600, 0x06FF, LANG_SCRIPT_ARABIC },
    { 0x0750, 0x077F, LANG_SCRIPT_ARABIC },
    { 0x08A0, 0x08FF, LANG_SCRIPT_ARABIC },
    { 0x0900, 0x097F, LANG_SCRIPT_DEVANAGARI },
    { 0x0E00, 0x0E7F, LANG_SCRIPT_THAI },
    { 0x10A0, 0x10FF, LANG_SCRIPT_GEORGIAN },
    { 0x1100, 0x11FF, LANG_SCRIPT_HANGUL },
    { 0x1C80, 0x1C8F, LANG_SCRIPT_CYRILLIC },
    { 0x1C90, 0x1CBF, LANG_SCRIPT_GEORGIAN },
    { 0x1E00, 0x1EFF, LANG_SCRIPT_LATIN },
    { 0x1F00, 0x1FFF, LANG_SCRIPT_GREEK },
    { 0x2C60, 0x2C7F, LANG_SCRIPT_LATIN },
    { 0x2D00, 0x2D2F, LANG_SCRIPT_GEORGIAN },
    { 0x2DE0, 0x2DFF, LANG_SCRIPT_CYRILLIC },
    { 0x2E80, 0x2FDF, LANG_SCRIPT_HAN },
    { 0x3005, 0x3007, LANG_SCRIPT_HAN },        /* 々 〆 〇 */
    { 0x3040, 0x30FF, LANG_SCRIPT_KANA },
    { 0x3130, 0x318F, LANG_SCRIPT_HANGUL },
    { 0x31F0, 0x31FF, LANG_SCRIPT_KANA },
    { 0x3400, 0x4DBF, LANG_SCRIPT_HAN },
    { 0x4E00, 0x9FFF, LANG_SCRIPT_HAN },
    { 0xA640, 0xA69F, LANG_SCRIPT_CYRILLIC },
    { 0xA720, 0xA7FF, LANG_SCRIPT_LATIN },
    { 0xA8E0, 0xA8FF, LANG_SCRIPT_DEVANAGARI },
    { 0xA960, 0xA97F, LANG_SCRIPT_HANGUL },
    { 0xAB30, 0xAB6F, LANG_SCRIPT_LATIN },
    { 0xAC00, 0xD7FF, LANG_SCRIPT_HANGUL },
    { 0xF900, 0xFAFF, LANG_SCRIPT_HAN },
    { 0xFB13, 0xFB17, LANG_SCRIPT_ARMENIAN },
    { 0xFB1D, 0xFB4F, LANG_SCRIPT_HEBREW },
    { 0xFB50, 0xFDFF, LANG_SCRIPT_ARABIC },
    { 0xFE70, 0xFEFF, LANG_SCRIPT_ARABIC },
    { 0xFF21, 0xFF5A, LANG_SCRIPT_LATIN },      /* full-width A-z */
    { 0xFF66, 0xFF9F, LANG_SCRIPT_KANA },       /* half-width Katakana */
    { 0x20000, 0x323AF, LANG_SCRIPT_HAN },
};

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* What one pass over the sample found. */
typedef struct {
    size_t script[LANG_SCRIPT_COUNT]; /* letters per script */
    size_t marker[L_COUNT];           /* marker letters per language */
    size_t hits[L_LATIN_COUNT];       /* function words per Latin language */
    size_t letters;                   /* all letters */
} tally_t;

lang_script_t
lang_script_of(int32_t cp)
{
    utf8proc_category_t cat = utf8proc_category(cp);
    if (cat < UTF8PROC_CATEGORY_LU || cat > UTF8PROC_CATEGORY_LO)
        return LANG_SCRIPT_NONE;
    size_t lo = 0, hi = N_ELEMS(script_ranges);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < script_ranges[mid].lo)
            hi = mid;
        else if (cp > script_ranges[mid].hi)
            lo = mid + 1;
        else
            return script_ranges[mid].script;
    }
    return LANG_SCRIPT_OTHER;
}

static const marker_t *
marker_of(int32_t cp)
{
    if (cp < markers[0].lo)
        return NULL;
    for (size_t i = 0; i < N_ELEMS(markers); i++)
        if (cp >= markers[i].lo && cp <= markers[i].hi)
            return &markers[i];
    return NULL;
}

/* Copies at most LANG_SAMPLE_BYTES of TEXT, turning each invalid byte into a
 * space, and returns it NFC-composed and case-folded with its length in
 * *OUT_LEN (caller frees), or NULL when there is nothing to look at. */
static uint8_t *
fold_sample(const char *text, size_t len, size_t *out_len)
{
    size_t n = len < LANG_SAMPLE_BYTES ? len : LANG_SAMPLE_BYTES;
    if (n == 0)
        return NULL;
    uint8_t *clean = ww_xmalloc(n);
    const uint8_t *p = (const uint8_t *)text;
    size_t i = 0;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) {
            clean[i++] = ' ';
            continue;
        }
        memcpy(clean + i, p + i, (size_t)k);
        i += (size_t)k;
    }
    uint8_t *folded = NULL;
    utf8proc_ssize_t r = utf8proc_map(clean, (utf8proc_ssize_t)n, &folded,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
    free(clean);
    if (r < 0)
        return NULL;
    *out_len = (size_t)r;
    return folded;
}

/* Counts one function word if WORD (LEN bytes) is in a Latin table. */
static void
score_word(tally_t *t, const uint8_t *word, size_t len)
{
    if (len == 0 || len > LANG_WORD_MAX)
        return;
    char needle[LANG_WORD_MAX + 3];
    needle[0] = ' ';
    memcpy(needle + 1, word, len);
    needle[len + 1] = ' ';
    needle[len + 2] = '\0';
    for (int l = 0; l < L_LATIN_COUNT; l++)
        if (strstr(stopwords[l], needle) != NULL)
            t->hits[l]++;
}

/* One pass over the folded sample: letters by script, markers, words. */
static void
tally(tally_t *t, const uint8_t *s, size_t len)
{
    const uint8_t *word = NULL;
    const uint8_t *p = s;
    const uint8_t *end = s + len;
    while (p < end) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(p, end - p, &cp);
        if (k <= 0)
            break;
        lang_script_t script = lang_script_of(cp);
        bool in_word = script != LANG_SCRIPT_NONE ||
                       utf8proc_category(cp) == UTF8PROC_CATEGORY_MN;
        if (script != LANG_SCRIPT_NONE) {
            t->script[script]++;
            t->letters++;
            const marker_t *m = marker_of(cp);
            if (m != NULL)
                t->marker[m->lang]++;
        }
        if (in_word && word == NULL)
            word = p;
        else if (!in_word && word != NULL) {
            score_word(t, word, (size_t)(p - word));
            word = NULL;
        }
        p += k;
    }
    if (word != NULL)
        score_word(t, word, (size_t)(p - word));
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
    if (permille(t, L_KK, cy) >= 10)
        return "kk";
    if (permille(t, L_RU, cy) < 2 && permille(t, L_BG, cy) >= 8)
        return "bg";
    return "ru";
}

/* Urdu letters (ے ں ٹ) first, since Urdu also uses the Persian ones; Persian
 * wins over Arabic when its ی ک پ outnumber the Arabic ي ك ة. */
static const char *
pick_arabic(const tally_t *t)
{
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

const char *
lang_detect(const char *text, size_t len)
{
    size_t n = 0;
    uint8_t *sample = fold_sample(text, len, &n);
    if (sample == NULL)
        return LANG_UND;
    tally_t t;
    memset(&t, 0, sizeof t);
    tally(&t, sample, n);
    free(sample);
    return pick(&t);
}

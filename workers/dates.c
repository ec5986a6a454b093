/* SPDX-License-Identifier: MIT
 *
 * dates — see dates.h. Four parts: civil-day arithmetic (Howard Hinnant's
 * days_from_civil), the fold, the lexicon (DATA: month, weekday and relative
 * words, then a hash table over them), and two readers: dates_scan, a small
 * token grammar for dates in running text, and dates_find_dateline, which
 * reads the original (unfolded) text because a dateline's place is told by
 * its capital letters.
 *
 * Lexicon rows are stored already folded (dates_fold(word) == word; a unit
 * test checks every word). A row lists the forms of each month (or weekday)
 * in order, groups separated by ';' and forms within a group by '|': the
 * group's position gives the value. A form written "!word" counts only when
 * the caller names the row's language (the word means something else in
 * another language: French "hier" is German "here"). */
#include "dates.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "ww_alloc.h"

#define MS_PER_DAY 86400000LL
#define FOLD_GROWTH 5        /* one input byte folds to at most 4.5 output bytes */
#define MAX_WORD 64          /* longest lexicon word, in bytes */
#define MAX_JOIN 3           /* words of a multi-word or CJK lexicon entry */
#define TOKENS_INLINE 128    /* tokens kept on the stack before the heap */
#define YEAR_MIN 1900        /* four-digit numbers in this range are years */
#define YEAR_MAX 2199
#define SEARCH_YEARS 8       /* Feb 29 may lie this many years back */

/* ------------------------------------------------------------------ */
/* Civil days                                                          */
/* ------------------------------------------------------------------ */

int32_t
dates_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + doe - 719468);
}

void
dates_civil_from_days(int32_t days, int *y, int *m, int *d)
{
    const int32_t z = days + 719468;
    const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int32_t doe = z - era * 146097;
    const int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int32_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

int32_t
dates_day_of_ms(int64_t ms)
{
    int64_t q = ms / MS_PER_DAY;
    if (ms % MS_PER_DAY < 0)
        q--;
    return (int32_t)q;
}

bool
dates_valid(int y, int m, int d)
{
    static const int mdays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return false;
    if (m == 2 && d == 29)
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return true;
}

void
dates_format(int32_t days, char out[11])
{
    int y, m, d;
    dates_civil_from_days(days, &y, &m, &d);
    if (y < 0 || y > 9999) {
        y = 0;
        m = 1;
        d = 1;
    }
    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
}

bool
dates_parse_iso(const char *s, size_t len, int32_t *days)
{
    static const char shape[] = "dddd-dd-dd";
    if (len != sizeof shape - 1)
        return false;
    for (size_t i = 0; i < len; i++) {
        bool digit = s[i] >= '0' && s[i] <= '9';
        if (shape[i] == 'd' ? !digit : s[i] != '-')
            return false;
    }
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    if (!dates_valid(y, m, d))
        return false;
    *days = dates_days_from_civil(y, m, d);
    return true;
}

/* Sunday = 0 .. Saturday = 6; 1970-01-01 was a Thursday. */
static int
weekday_of(int32_t days)
{
    int w = (int)((days + 4) % 7);
    return w < 0 ? w + 7 : w;
}

/* The latest MONTH/DAY no later than LIMIT (days), or INT32_MIN when no year has it. */
static int32_t
latest_month_day(int month, int day, int32_t limit)
{
    int y, m, d;
    dates_civil_from_days(limit, &y, &m, &d);
    for (int year = y; year >= y - SEARCH_YEARS; year--) {
        if (!dates_valid(year, month, day))
            continue;
        int32_t t = dates_days_from_civil(year, month, day);
        if (t <= limit)
            return t;
    }
    return INT32_MIN;
}

/* The latest day numbered DAY (of any month) no later than LIMIT, or INT32_MIN. */
static int32_t
latest_day_of_month(int day, int32_t limit)
{
    int y, m, d;
    dates_civil_from_days(limit, &y, &m, &d);
    for (int k = 0; k < 3; k++) {
        if (dates_valid(y, m, day) && dates_days_from_civil(y, m, day) <= limit)
            return dates_days_from_civil(y, m, day);
        if (--m == 0) {
            m = 12;
            y--;
        }
    }
    return INT32_MIN;
}

void
dates_resolve_month_day(int month, int day, int64_t published_ms, char out[11])
{
    int32_t pub = dates_day_of_ms(published_ms);
    int32_t t = latest_month_day(month, day, pub + DATES_AHEAD_DAYS);
    dates_format(t == INT32_MIN ? pub : t, out);
}

/* ------------------------------------------------------------------ */
/* The fold                                                            */
/* ------------------------------------------------------------------ */

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

/* Writes the fold of CP (after PREV, the last code point written) into OUT; returns the count. */
static size_t
fold_cp(int32_t cp, int32_t prev, int32_t out[4])
{
    cp = premap(cp);
    if (cp < 0)
        return 0;
    if (cp < 0x80) {
        out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        if (cp == '\t' || cp == '\r' || cp == '\v' || cp == '\f')
            out[0] = ' ';
        else if (cp == '`')
            out[0] = '\'';
        return 1;
    }
    /* Combining accents after a Greek letter or the dot of Turkish İ fold away. */
    if (cp >= 0x0300 && cp <= 0x036F &&
        ((prev >= 0x0370 && prev <= 0x03FF) || (cp == 0x0307 && prev == 'i')))
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
        int32_t before = k > 0 ? out[k - 1] : prev;
        if (c >= 0x0300 && c <= 0x036F &&
            ((before >= 0x0370 && before <= 0x03FF) || (c == 0x0307 && before == 'i')))
            continue;
        out[k++] = c;
    }
    return k;
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
        int32_t cp;
        uint8_t c = p[i];
        if (c < 0x80) {                         /* ASCII inline: most bytes of most texts */
            if (c >= 'A' && c <= 'Z')
                c = (uint8_t)(c + 32);
            else if (c == '\t' || c == '\r' || c == '\v' || c == '\f')
                c = ' ';
            else if (c == '`')
                c = '\'';
            i++;
            if (c == ' ' && (prev == ' ' || prev == '\n'))
                continue;
            *w++ = c;
            prev = c;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF && i + 1 < len && (p[i + 1] & 0xC0) == 0x80) {
            cp = ((c & 0x1F) << 6) | (p[i + 1] & 0x3F);     /* two bytes, always valid */
            i += 2;
        } else if (c >= 0xE1 && c <= 0xEC && i + 2 < len && (p[i + 1] & 0xC0) == 0x80 &&
                   (p[i + 2] & 0xC0) == 0x80) {
            /* three bytes, U+1000..U+CFFF: no overlong or surrogate is possible here */
            cp = ((c & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
            i += 3;
        } else {
            utf8proc_ssize_t n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
            if (n <= 0) {
                cp = 0xFFFD;
                n = 1;
            }
            i += (size_t)n;
        }
        int32_t f[4];
        size_t k = fold_cp(cp, prev, f);
        for (size_t j = 0; j < k; j++) {
            int32_t o = f[j];
            if (o == ' ' && (prev == ' ' || prev == '\n'))
                continue;                       /* runs of spaces become one */
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
            prev = o;
        }
    }
    out->len = (size_t)(w - (uint8_t *)out->ptr);
    out->ptr[out->len] = '\0';
}

/* Folds S into DST (capacity CAP, at least FOLD_GROWTH * LEN + 1); returns the length or 0. */
static size_t
fold_small(const char *s, size_t len, char *dst, size_t cap)
{
    if (len * FOLD_GROWTH + 9 > cap)
        return 0;
    ww_buf_t b = { dst, 0, cap };
    dates_fold(s, len, &b);     /* never grows: capacity was checked above */
    return b.len;
}

/* ------------------------------------------------------------------ */
/* The lexicon (DATA)                                                  */
/* ------------------------------------------------------------------ */

typedef enum {
    W_MONTH = 1,  /* value 1..12 */
    W_WEEKDAY,    /* value 0 (Sunday) .. 6 */
    W_RELATIVE,   /* value: day offset from the anchor */
    W_YEAR_MARK,  /* 年 년: follows a year */
    W_MONTH_MARK, /* 月 월 */
    W_DAY_MARK    /* 日 号 일 */
} word_kind_t;

typedef struct {
    const char *lang;
    word_kind_t kind;
    int base;          /* value of the first group */
    const char *words; /* groups separated by ';', forms by '|', "!" = this language only */
} lex_row_t;

static const lex_row_t lex_rows[] = {
    /* months: day-first or month-first, genitive and locative forms where a language has them */
    { "en", W_MONTH, 1, "january|jan;february|feb;march|mar;april|apr;may;june|jun;july|jul;"
      "august|aug;september|sept|sep;october|oct;november|nov;december|dec" },
    { "ru", W_MONTH, 1, "январь|января|январе|янв;февраль|февраля|феврале|фев|февр;"
      "март|марта|марте|мар;апрель|апреля|апреле|апр;май|мая|мае;июнь|июня|июне|июн;"
      "июль|июля|июле|июл;август|августа|августе|авг;сентябрь|сентября|сентябре|сен|сент;"
      "октябрь|октября|октябре|окт;ноябрь|ноября|ноябре|ноя|нояб;декабрь|декабря|декабре|дек" },
    { "uk", W_MONTH, 1, "січень|січня|січні|січ;лютий|лютого|лютому|лют;березень|березня|березні|бер;"
      "квітень|квітня|квітні|квіт;травень|травня|травні|трав;червень|червня|червні|черв;"
      "липень|липня|липні|лип;серпень|серпня|серпні|серп;вересень|вересня|вересні|вер;"
      "жовтень|жовтня|жовтні|жовт;листопад|листопада|листопаді|лист;грудень|грудня|грудні|груд" },
    { "bg", W_MONTH, 1, "януари;февруари;март;април;май;юни;юли;август;септември;октомври;"
      "ноември;декември" },
    { "sr", W_MONTH, 1, "јануар|јануара;фебруар|фебруара;март|марта;април|априла;мај|маја;"
      "јун|јуна;јул|јула;август|августа;септембар|септембра;октобар|октобра;"
      "новембар|новембра;децембар|децембра" },
    { "de", W_MONTH, 1, "januar|jänner|jan;februar|feber|feb|febr;märz|maerz|mrz;april|apr;mai;"
      "juni|jun;juli|jul;august|aug;september|sept|sep;oktober|okt;november|nov;dezember|dez" },
    { "fr", W_MONTH, 1, "janvier|janv;février|fevrier|févr|fevr;mars;avril|avr;mai;juin;"
      "juillet|juil;août|aout;septembre|sept;octobre|oct;novembre|nov;décembre|decembre|déc" },
    { "es", W_MONTH, 1, "enero|ene;febrero|feb;marzo|mar;abril|abr;mayo;junio|jun;julio|jul;"
      "agosto|ago;septiembre|setiembre|sept;octubre|oct;noviembre|nov;diciembre|dic" },
    { "it", W_MONTH, 1, "gennaio;febbraio|febb;marzo;aprile;maggio;giugno;luglio;agosto;"
      "settembre|sett;ottobre|ott;novembre;dicembre|dic" },
    { "pt", W_MONTH, 1, "janeiro;fevereiro|fev;março|marco;abril;maio;junho;julho;agosto;"
      "setembro;outubro;novembro;dezembro|dez" },
    { "pl", W_MONTH, 1, "styczeń|stycznia;luty|lutego;marzec|marca;kwiecień|kwietnia;maj|maja;"
      "czerwiec|czerwca;lipiec|lipca;sierpień|sierpnia;wrzesień|września;"
      "październik|października;listopad|listopada;grudzień|grudnia" },
    { "cs", W_MONTH, 1, "leden|ledna;únor|února;březen|března;duben|dubna;květen|května;"
      "červen|června;červenec|července;srpen|srpna;září;říjen|října;listopad|listopadu;"
      "prosinec|prosince" },
    { "tr", W_MONTH, 1, "ocak;şubat;mart;nisan;mayıs;haziran;temmuz;ağustos;eylül;ekim;kasım;aralık" },
    { "nl", W_MONTH, 1, "januari;februari;maart|mrt;april;mei;juni;juli;augustus;september;"
      "oktober;november;december" },
    { "sv", W_MONTH, 1, "januari;februari;mars;april;maj;juni;juli;augusti;september;oktober;"
      "november;december" },
    { "da", W_MONTH, 1, "januar;februar;marts;april;maj;juni;juli;august;september;oktober;"
      "november;december" },
    { "no", W_MONTH, 1, "januar;februar;mars;april;mai;juni;juli;august;september;oktober;"
      "november;desember" },
    { "fi", W_MONTH, 1, "tammikuuta|tammikuu;helmikuuta|helmikuu;maaliskuuta|maaliskuu;"
      "huhtikuuta|huhtikuu;toukokuuta|toukokuu;kesäkuuta|kesäkuu;heinäkuuta|heinäkuu;"
      "elokuuta|elokuu;syyskuuta|syyskuu;lokakuuta|lokakuu;marraskuuta|marraskuu;"
      "joulukuuta|joulukuu" },
    { "hu", W_MONTH, 1, "január;február;március;április;május;június;július;augusztus;"
      "szeptember;október;november;december" },
    { "ro", W_MONTH, 1, "ianuarie;februarie;martie;aprilie;mai;iunie;iulie;august;septembrie;"
      "octombrie;noiembrie;decembrie" },
    { "el", W_MONTH, 1, "ιανουαριου|ιανουαριοσ;φεβρουαριου|φεβρουαριοσ;μαρτιου|μαρτιοσ;"
      "απριλιου|απριλιοσ;μαιου|μαιοσ;ιουνιου|ιουνιοσ;ιουλιου|ιουλιοσ;αυγουστου|αυγουστοσ;"
      "σεπτεμβριου|σεπτεμβριοσ;οκτωβριου|οκτωβριοσ;νοεμβριου|νοεμβριοσ;δεκεμβριου|δεκεμβριοσ" },
    { "ar", W_MONTH, 1, "يناير|كانون الثاني;فبراير|شباط;مارس|اذار;ابريل|نيسان;مايو|ايار;"
      "يونيو|حزيران;يوليو|تموز;اغسطس|اب;سبتمبر|ايلول;اكتوبر|تشرين الاول;"
      "نوفمبر|تشرين الثاني;ديسمبر|كانون الاول" },
    { "fa", W_MONTH, 1, "ژانويه;فوريه;مارس;اوريل;مه;ژوئن;ژوئيه|جولاي;اوت|اگوست;سپتامبر;اكتبر;"
      "نوامبر;دسامبر" },
    { "he", W_MONTH, 1, "ינואר|בינואר;פברואר|בפברואר;מרץ|מרס|במרץ|במרס;אפריל|באפריל;מאי|במאי;"
      "יוני|ביוני;יולי|ביולי;אוגוסט|באוגוסט;ספטמבר|בספטמבר;אוקטובר|באוקטובר;"
      "נובמבר|בנובמבר;דצמבר|בדצמבר" },
    { "hi", W_MONTH, 1, "जनवरी;फरवरी;मार्च;अप्रैल;मई;जून;जुलाई;अगस्त;सितंबर|सितम्बर;"
      "अक्टूबर|अक्तूबर;नवंबर|नवम्बर;दिसंबर|दिसम्बर" },

    /* weekdays, Sunday first */
    { "en", W_WEEKDAY, 0, "sunday;monday;tuesday;wednesday;thursday;friday;saturday" },
    { "ru", W_WEEKDAY, 0, "воскресенье;понедельник;вторник;среда|среду;четверг;пятница|пятницу;"
      "суббота|субботу" },
    { "uk", W_WEEKDAY, 0, "неділя|неділю;понеділок;вівторок;середа|середу;четвер;"
      "п'ятниця|п'ятницю;субота|суботу" },
    { "bg", W_WEEKDAY, 0, "неделя;понеделник;вторник;сряда;четвъртък;петък;събота" },
    { "sr", W_WEEKDAY, 0, "недеља|недељу;понедељак;уторак;среда|среду;четвртак;петак;субота|суботу" },
    /* German glues the time of day on: "am Samstagabend" */
    { "de", W_WEEKDAY, 0,
      "sonntag|sonntagabend|sonntagmorgen|sonntagnachmittag|sonntagnacht;"
      "montag|montagabend|montagmorgen|montagnachmittag|montagnacht;"
      "dienstag|dienstagabend|dienstagmorgen|dienstagnachmittag|dienstagnacht;"
      "mittwoch|mittwochabend|mittwochmorgen|mittwochnachmittag|mittwochnacht;"
      "donnerstag|donnerstagabend|donnerstagmorgen|donnerstagnachmittag|donnerstagnacht;"
      "freitag|freitagabend|freitagmorgen|freitagnachmittag|freitagnacht;"
      "samstag|samstagabend|samstagmorgen|samstagnachmittag|samstagnacht|sonnabend|sonnabendabend" },
    { "fr", W_WEEKDAY, 0, "dimanche;lundi;mardi;mercredi;jeudi;vendredi;samedi" },
    { "es", W_WEEKDAY, 0, "domingo;lunes;martes;miércoles|miercoles;jueves;viernes;sábado|sabado" },
    { "it", W_WEEKDAY, 0, "domenica;lunedì|lunedi;martedì|martedi;mercoledì|mercoledi;"
      "giovedì|giovedi;venerdì|venerdi;sabato" },
    { "pt", W_WEEKDAY, 0, "domingo;segunda-feira;terça-feira|terca-feira;quarta-feira;"
      "quinta-feira;sexta-feira;sábado" },
    { "pl", W_WEEKDAY, 0, "niedziela|niedzielę;poniedziałek;wtorek;środa|środę;czwartek;piątek;"
      "sobota|sobotę" },
    { "cs", W_WEEKDAY, 0, "neděle|neděli;pondělí;úterý;středa|středu;čtvrtek;pátek;sobota|sobotu" },
    { "tr", W_WEEKDAY, 0, "pazar;pazartesi;salı;çarşamba;perşembe;cuma;cumartesi" },
    { "nl", W_WEEKDAY, 0, "zondag;maandag;dinsdag;woensdag;donderdag;vrijdag;zaterdag" },
    { "sv", W_WEEKDAY, 0, "söndag|söndags;måndag|måndags;tisdag|tisdags;onsdag|onsdags;"
      "torsdag|torsdags;fredag|fredags;lördag|lördags" },
    { "da", W_WEEKDAY, 0, "søndag;mandag;tirsdag;onsdag;torsdag;fredag;lørdag" },
    { "fi", W_WEEKDAY, 0, "sunnuntaina|sunnuntai;maanantaina|maanantai;tiistaina|tiistai;"
      "keskiviikkona|keskiviikko;torstaina|torstai;perjantaina|perjantai;lauantaina|lauantai" },
    { "hu", W_WEEKDAY, 0, "vasárnap;hétfő|hétfőn;kedd|kedden;szerda|szerdán;"
      "csütörtök|csütörtökön;péntek|pénteken;szombat|szombaton" },
    { "ro", W_WEEKDAY, 0, "duminică;!luni;marți;miercuri;!joi;vineri;sâmbătă" },
    { "el", W_WEEKDAY, 0, "κυριακη;δευτερα;τριτη;τεταρτη;πεμπτη;παρασκευη;σαββατο" },
    { "ar", W_WEEKDAY, 0, "الاحد;الاثنين;الثلاثاء;الاربعاء;الخميس;الجمعه;السبت" },
    { "fa", W_WEEKDAY, 0, "يكشنبه|يك شنبه;دوشنبه|دو شنبه;سه‌شنبه|سه شنبه|سهشنبه;"
      "چهارشنبه|چهار شنبه;پنجشنبه|پنج‌شنبه|پنج شنبه;جمعه;شنبه" },
    { "he", W_WEEKDAY, 0, "יום ראשון|ביום ראשון;יום שני|ביום שני;יום שלישי|ביום שלישי;"
      "יום רביעי|ביום רביעי;יום חמישי|ביום חמישי;יום שישי|ביום שישי;שבת|בשבת" },
    { "hi", W_WEEKDAY, 0, "रविवार|इतवार;सोमवार;मंगलवार;बुधवार;गुरुवार|बृहस्पतिवार|वीरवार;"
      "शुक्रवार;शनिवार" },
    { "zh", W_WEEKDAY, 0, "星期日|星期天|周日|週日|礼拜天|禮拜天;星期一|周一|週一;星期二|周二|週二;"
      "星期三|周三|週三;星期四|周四|週四;星期五|周五|週五;星期六|周六|週六" },
    { "ja", W_WEEKDAY, 0, "日曜日|日曜;月曜日|月曜;火曜日|火曜;水曜日|水曜;木曜日|木曜;金曜日|金曜;"
      "土曜日|土曜" },
    { "ko", W_WEEKDAY, 0, "일요일;월요일;화요일;수요일;목요일;금요일;토요일" },

    /* relative words: yesterday, today, the day before yesterday, "on the eve" */
    { "en", W_RELATIVE, -1, "yesterday;today" },
    { "ru", W_RELATIVE, -2, "позавчера;вчера|накануне;сегодня" },
    { "uk", W_RELATIVE, -2, "позавчора;вчора|учора|напередодні;сьогодні" },
    { "bg", W_RELATIVE, -1, "вчера;днес" },
    { "sr", W_RELATIVE, -1, "јуче;данас" },
    { "de", W_RELATIVE, -2, "vorgestern;gestern;heute" },
    { "fr", W_RELATIVE, -2, "avant-hier;!hier;aujourd'hui" },
    { "es", W_RELATIVE, -2, "anteayer;ayer;hoy" },
    { "it", W_RELATIVE, -1, "ieri;oggi" },
    { "pt", W_RELATIVE, -1, "ontem;hoje" },
    { "pl", W_RELATIVE, -2, "przedwczoraj;wczoraj;dzisiaj|dziś" },
    { "cs", W_RELATIVE, -2, "předevčírem;včera;dnes" },
    { "tr", W_RELATIVE, -1, "dün;bugün" },
    { "nl", W_RELATIVE, -2, "eergisteren;gisteren;vandaag" },
    { "sv", W_RELATIVE, -1, "igår|i går;idag|i dag" },
    { "da", W_RELATIVE, -1, "!i går;!i dag" },
    { "fi", W_RELATIVE, -1, "eilen;tänään" },
    { "hu", W_RELATIVE, -1, "tegnap;!ma" },
    { "ro", W_RELATIVE, -1, "!ieri;astăzi|!azi" },
    { "el", W_RELATIVE, -2, "προχθεσ;χθεσ|χτεσ;σημερα" },
    { "ar", W_RELATIVE, -1, "امس|الامس;اليوم" },
    { "fa", W_RELATIVE, -1, "ديروز;امروز" },
    { "he", W_RELATIVE, -1, "אתמול;היום" },
    { "hi", W_RELATIVE, 0, "आज" },
    { "zh", W_RELATIVE, -2, "前天;昨天|昨日;今天|今日" },
    { "ja", W_RELATIVE, -2, "一昨日|おととい;昨日|きのう;本日|今日|きょう" },
    { "ko", W_RELATIVE, -2, "그저께|그제;어제;오늘" },

    /* marks of numeric dates in Han and Hangul: 2015年8月13日, 2015년 8월 13일 */
    { "zh", W_YEAR_MARK, 0, "年" },
    { "zh", W_MONTH_MARK, 0, "月" },
    { "zh", W_DAY_MARK, 0, "日|号|號" },
    { "ko", W_YEAR_MARK, 0, "년" },
    { "ko", W_MONTH_MARK, 0, "월" },
    { "ko", W_DAY_MARK, 0, "일" },
};

#define LEX_ROWS (sizeof lex_rows / sizeof lex_rows[0])

typedef struct {
    const char *word;   /* into lex_rows, not NUL-terminated */
    uint16_t len;
    uint8_t kind;       /* word_kind_t */
    int8_t value;
    bool lang_only;     /* counts only when the caller's language is the row's */
    const char *lang;
} lex_word_t;

struct dates_lex {
    lex_word_t *words;  /* owned */
    size_t n_words;
    uint32_t *slots;    /* open addressing: index + 1 into words, 0 = empty */
    size_t mask;        /* slots - 1, a power of two minus one */
    size_t n_langs;
};

/* Calls FN for every form of every row; stops and returns true when FN does. */
typedef bool lex_visit_fn(void *arg, const lex_row_t *row, const char *w, size_t len, int value,
                          bool lang_only);

static bool
lex_visit(lex_visit_fn *fn, void *arg, word_kind_t only)
{
    for (size_t r = 0; r < LEX_ROWS; r++) {
        const lex_row_t *row = &lex_rows[r];
        if (only != 0 && row->kind != only)
            continue;
        int value = row->base;
        const char *p = row->words;
        while (*p != '\0') {
            size_t n = strcspn(p, "|;");
            bool lang_only = n > 0 && *p == '!';
            if (n > (size_t)lang_only && fn(arg, row, p + lang_only, n - lang_only, value, lang_only))
                return true;
            p += n;
            if (*p == ';')
                value++;
            if (*p != '\0')
                p++;
        }
    }
    return false;
}

static uint32_t
hash_bytes(const char *p, size_t n)
{
    uint32_t h = 2166136261u;               /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)p[i]) * 16777619u;
    return h;
}

static bool
collect_word(void *arg, const lex_row_t *row, const char *w, size_t len, int value, bool lang_only)
{
    dates_lex_t *lex = arg;
    lex_word_t *x = &lex->words[lex->n_words++];
    x->word = w;
    x->len = (uint16_t)len;
    x->kind = (uint8_t)row->kind;
    x->value = (int8_t)value;
    x->lang_only = lang_only;
    x->lang = row->lang;
    return false;
}

static bool
count_word(void *arg, const lex_row_t *row, const char *w, size_t len, int value, bool lang_only)
{
    (void)row, (void)w, (void)len, (void)value, (void)lang_only;
    (*(size_t *)arg)++;
    return false;
}

dates_lex_t *
dates_lex_new(void)
{
    dates_lex_t *self = ww_xcalloc(1, sizeof *self);
    size_t n = 0;
    lex_visit(count_word, &n, 0);
    self->words = ww_xcalloc(n, sizeof *self->words);
    lex_visit(collect_word, self, 0);
    size_t cap = 16;
    while (cap < n * 2)
        cap *= 2;
    self->slots = ww_xcalloc(cap, sizeof *self->slots);
    self->mask = cap - 1;
    for (size_t i = 0; i < self->n_words; i++) {
        size_t s = hash_bytes(self->words[i].word, self->words[i].len) & self->mask;
        while (self->slots[s] != 0)
            s = (s + 1) & self->mask;
        self->slots[s] = (uint32_t)(i + 1);
    }
    const char *seen[LEX_ROWS];
    for (size_t r = 0; r < LEX_ROWS; r++) {
        size_t k = 0;
        while (k < self->n_langs && strcmp(seen[k], lex_rows[r].lang) != 0)
            k++;
        if (k == self->n_langs)
            seen[self->n_langs++] = lex_rows[r].lang;
    }
    return self;
}

void
dates_lex_destroy(dates_lex_t **self_p)
{
    if (self_p == NULL || *self_p == NULL)
        return;
    dates_lex_t *self = *self_p;
    free(self->words);
    free(self->slots);
    free(self);
    *self_p = NULL;
}

size_t
dates_lex_size(const dates_lex_t *self, size_t *n_langs)
{
    if (n_langs != NULL)
        *n_langs = self->n_langs;
    return self->n_words;
}

const char *
dates_lex_word(const dates_lex_t *self, size_t i, size_t *len, const char **lang)
{
    if (i >= self->n_words) {
        *len = 0;
        return NULL;
    }
    *len = self->words[i].len;
    if (lang != NULL)
        *lang = self->words[i].lang;
    return self->words[i].word;
}

static bool
lang_allows(const lex_word_t *w, const char *lang)
{
    return !w->lang_only || (lang != NULL && strcmp(lang, w->lang) == 0);
}

/* The lexicon word spelled P[0..N), allowed for LANG, or NULL. */
static const lex_word_t *
lex_find(const dates_lex_t *lex, const char *p, size_t n, const char *lang)
{
    size_t s = hash_bytes(p, n) & lex->mask;
    while (lex->slots[s] != 0) {
        const lex_word_t *w = &lex->words[lex->slots[s] - 1];
        if (w->len == n && memcmp(w->word, p, n) == 0 && lang_allows(w, lang))
            return w;
        s = (s + 1) & lex->mask;
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

typedef enum { T_NUM, T_WORD, T_PUNCT } tok_type_t;

typedef struct {
    size_t start, end;
    uint8_t type;       /* tok_type_t */
    bool space_before;  /* whitespace separates it from the previous token */
    bool cjk;           /* one Han, Kana or Hangul character */
    uint8_t ndigits;    /* T_NUM: digits (capped at 9) */
    int32_t value;      /* T_NUM: the number; T_PUNCT: the code point */
} tok_t;

typedef struct {
    tok_t small[TOKENS_INLINE];
    tok_t *v;
    size_t n, cap;
} toks_t;

static void
toks_push(toks_t *t, const tok_t *x)
{
    if (t->n == t->cap) {
        size_t cap = t->cap * 2;
        if (t->v == t->small) {
            t->v = ww_xmalloc(cap * sizeof *t->v);
            memcpy(t->v, t->small, t->n * sizeof *t->v);
        } else {
            t->v = ww_xrealloc(t->v, cap * sizeof *t->v);
        }
        t->cap = cap;
    }
    t->v[t->n++] = *x;
}

static bool
is_cjk(int32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

static bool
is_wordish(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp == 0x200C || cp == 0x200D)
        return true;                            /* ZWNJ/ZWJ join Persian words */
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
}

static int32_t
peek_cp(const uint8_t *p, size_t len, size_t i, size_t *n)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t r = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
    if (r <= 0) {
        *n = 1;
        return 0xFFFD;
    }
    *n = (size_t)r;
    return cp;
}

/* Splits TEXT into numbers, words and single punctuation marks. A CJK character is a word of
   its own; an apostrophe or hyphen between two letters stays inside the word. */
static void
tokenize(const char *text, size_t len, toks_t *t)
{
    const uint8_t *p = (const uint8_t *)text;
    size_t i = 0;
    bool space = true;
    while (i < len) {
        size_t n;
        int32_t cp = peek_cp(p, len, i, &n);
        if (cp == ' ' || cp == '\n') {
            space = true;
            i += n;
            continue;
        }
        tok_t x = { .start = i, .space_before = space };
        space = false;
        if (cp >= '0' && cp <= '9') {
            x.type = T_NUM;
            while (i < len && p[i] >= '0' && p[i] <= '9') {
                if (x.ndigits < 9)
                    x.value = x.value * 10 + (p[i] - '0');
                x.ndigits = (uint8_t)(x.ndigits < 9 ? x.ndigits + 1 : 9);
                i++;
            }
        } else if (is_cjk(cp)) {
            x.type = T_WORD;
            x.cjk = true;
            i += n;
        } else if (is_wordish(cp)) {
            x.type = T_WORD;
            i += n;
            while (i < len) {
                int32_t c = peek_cp(p, len, i, &n);
                if (is_wordish(c) && !is_cjk(c)) {
                    i += n;
                    continue;
                }
                size_t n2;
                if ((c == '\'' || c == '-') && i + n < len &&
                    is_wordish(peek_cp(p, len, i + n, &n2)) && !is_cjk(peek_cp(p, len, i + n, &n2))) {
                    i += n;
                    continue;
                }
                break;
            }
        } else {
            x.type = T_PUNCT;
            x.value = cp;
            i += n;
        }
        x.end = i;
        toks_push(t, &x);
    }
}

/* The lexicon word made of tokens T[i..i+k) (joined by one space, or by nothing for CJK), for
   the largest k that is one; *used gets k. */
static const lex_word_t *
word_at(const dates_lex_t *lex, const char *text, const toks_t *t, size_t i, const char *lang,
        size_t *used)
{
    if (t->v[i].type != T_WORD)
        return NULL;
    for (size_t k = MAX_JOIN; k >= 1; k--) {
        if (i + k > t->n)
            continue;
        bool ok = true;
        for (size_t j = i + 1; j < i + k && ok; j++) {
            const tok_t *a = &t->v[j - 1], *b = &t->v[j];
            ok = b->type == T_WORD && b->cjk == a->cjk &&
                 (a->cjk ? !b->space_before : b->space_before && b->start == a->end + 1);
        }
        if (!ok)
            continue;
        size_t n = t->v[i + k - 1].end - t->v[i].start;
        if (n > MAX_WORD)
            continue;
        const lex_word_t *w = lex_find(lex, text + t->v[i].start, n, lang);
        if (w != NULL) {
            *used = k;
            return w;
        }
    }
    /* Turkish glues case endings on with an apostrophe: "Ocak'ta", "Pazar'ı". */
    const char *q = memchr(text + t->v[i].start, '\'', t->v[i].end - t->v[i].start);
    if (q != NULL && q > text + t->v[i].start) {
        const lex_word_t *w = lex_find(lex, text + t->v[i].start,
                                       (size_t)(q - (text + t->v[i].start)), lang);
        if (w != NULL)
            *used = 1;
        return w;
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* The grammar of dates in text                                        */
/* ------------------------------------------------------------------ */

typedef struct {
    const dates_lex_t *lex;
    const char *text;
    const toks_t *t;
    const char *lang;
} scan_t;

typedef struct {
    dates_kind_t kind;
    int year, month, day;  /* year 0 = none; WEEKDAY: day = weekday; RELATIVE: day = offset */
    size_t first, last;    /* tokens, inclusive */
} found_t;

static bool
tok_punct(const scan_t *s, size_t i, int32_t c)
{
    return i < s->t->n && s->t->v[i].type == T_PUNCT && s->t->v[i].value == c;
}

static bool
tok_num(const scan_t *s, size_t i, int lo, int hi, int maxdigits)
{
    return i < s->t->n && s->t->v[i].type == T_NUM && s->t->v[i].ndigits <= maxdigits &&
           s->t->v[i].value >= lo && s->t->v[i].value <= hi;
}

static bool
tok_year(const scan_t *s, size_t i)
{
    return tok_num(s, i, YEAR_MIN, YEAR_MAX, 4) && s->t->v[i].ndigits == 4;
}

static bool
tok_is(const scan_t *s, size_t i, const char *w)
{
    if (i >= s->t->n || s->t->v[i].type != T_WORD)
        return false;
    size_t n = s->t->v[i].end - s->t->v[i].start;
    return strlen(w) == n && memcmp(s->text + s->t->v[i].start, w, n) == 0;
}

/* The kind of lexicon word at token I (0 when none); *value and *used get its value and size. */
static int
kind_at(const scan_t *s, size_t i, int *value, size_t *used)
{
    if (i >= s->t->n)
        return 0;
    size_t k = 1;
    const lex_word_t *w = word_at(s->lex, s->text, s->t, i, s->lang, &k);
    if (w == NULL)
        return 0;
    *value = w->value;
    *used = k;
    return w->kind;
}

/* Skips an ordinal suffix glued to a number ("1st", "1er", "13-го") and "de"/"del" fillers. */
static size_t
skip_ordinal(const scan_t *s, size_t i)
{
    static const char *const suffix[] = { "st", "nd", "rd", "th", "er", "e", "º", "ª", "го" };
    if (tok_punct(s, i, '-') && !s->t->v[i].space_before && tok_is(s, i + 1, "го"))
        return i + 2;
    if (i < s->t->n && s->t->v[i].type == T_WORD && !s->t->v[i].space_before)
        for (size_t k = 0; k < sizeof suffix / sizeof suffix[0]; k++)
            if (tok_is(s, i, suffix[k]))
                return i + 1;
    return i;
}

static size_t
skip_filler(const scan_t *s, size_t i)
{
    return (tok_is(s, i, "de") || tok_is(s, i, "del")) ? i + 1 : i;
}

/* [YEAR 年] MONTH 月 DAY 日, spaces allowed between the parts (Korean writes them), or a day
   of the month alone: DAY 日. */
static bool
match_cjk(const scan_t *s, size_t i, found_t *f)
{
    int v;
    size_t k, j = i;
    f->year = 0;
    if (tok_year(s, j) && kind_at(s, j + 1, &v, &k) == W_YEAR_MARK) {
        f->year = s->t->v[j].value;
        j += 2;
    }
    if (j == i && tok_num(s, j, 1, 31, 2) && kind_at(s, j + 1, &v, &k) == W_DAY_MARK) {
        f->month = 0;                   /* Xinhua's and NHK's "6日", Yonhap's "18일" */
        f->day = s->t->v[j].value;
        f->first = i;
        f->last = j + 1;
        f->kind = DATES_MONTH_DAY;
        return true;
    }
    if (!tok_num(s, j, 1, 12, 2) || kind_at(s, j + 1, &v, &k) != W_MONTH_MARK)
        return false;
    f->month = s->t->v[j].value;
    if (!tok_num(s, j + 2, 1, 31, 2) || kind_at(s, j + 3, &v, &k) != W_DAY_MARK)
        return false;
    f->day = s->t->v[j + 2].value;
    f->first = i;
    f->last = j + 3;
    f->kind = f->year ? DATES_EXPLICIT : DATES_MONTH_DAY;
    return true;
}

/* 13.08.2015 and 2015-08-13, written without spaces. */
static bool
match_numeric(const scan_t *s, size_t i, found_t *f)
{
    const tok_t *v = s->t->v;
    if (i + 4 >= s->t->n)
        return false;
    for (size_t j = i + 1; j <= i + 4; j++)
        if (v[j].space_before)
            return false;
    if (tok_num(s, i, 1, 31, 2) && tok_punct(s, i + 1, '.') && tok_num(s, i + 2, 1, 12, 2) &&
        tok_punct(s, i + 3, '.') && tok_year(s, i + 4)) {
        f->day = v[i].value, f->month = v[i + 2].value, f->year = v[i + 4].value;
    } else if (tok_year(s, i) && tok_punct(s, i + 1, '-') && tok_num(s, i + 2, 1, 12, 2) &&
               tok_punct(s, i + 3, '-') && tok_num(s, i + 4, 1, 31, 2)) {
        f->year = v[i].value, f->month = v[i + 2].value, f->day = v[i + 4].value;
    } else {
        return false;
    }
    f->kind = DATES_EXPLICIT;
    f->first = i;
    f->last = i + 4;
    return true;
}

/* An optional ", 2015", " 2015", " de 2015" after a day and month; returns the next token. */
static size_t
take_year(const scan_t *s, size_t j, found_t *f)
{
    size_t k = j;
    if (tok_punct(s, k, ','))
        k++;
    k = skip_filler(s, k);
    if (tok_year(s, k)) {
        f->year = s->t->v[k].value;
        return k + 1;
    }
    return j;
}

/* DAY [.] [de] MONTH [year]: "13 August 2015", "6. März", "25 de enero de 2015", "6 марта". */
static bool
match_day_first(const scan_t *s, size_t i, found_t *f)
{
    int v;
    size_t used;
    if (!tok_num(s, i, 1, 31, 2))
        return false;
    size_t j = skip_ordinal(s, i + 1);
    if (tok_punct(s, j, '.'))
        j++;
    j = skip_filler(s, j);
    if (kind_at(s, j, &v, &used) != W_MONTH)
        return false;
    f->day = s->t->v[i].value;
    f->month = v;
    f->year = 0;
    j += used;
    if (tok_punct(s, j, '.') && tok_year(s, j + 1))
        j++;
    size_t end = take_year(s, j, f);
    f->first = i;
    f->last = end - 1;
    f->kind = f->year ? DATES_EXPLICIT : DATES_MONTH_DAY;
    return true;
}

/* [YEAR.] MONTH [.] DAY [year]: "January 25, 2015", "Feb. 12", "2015. augusztus 13." */
static bool
match_month_first(const scan_t *s, size_t i, found_t *f)
{
    int v;
    size_t used;
    size_t first = i;
    f->year = 0;
    if (kind_at(s, i, &v, &used) != W_MONTH)
        return false;
    size_t j = i + used;
    if (tok_punct(s, j, '.'))
        j++;
    if (!tok_num(s, j, 1, 31, 2))
        return false;
    f->month = v;
    f->day = s->t->v[j].value;
    if (i >= 2 && tok_punct(s, i - 1, '.') && tok_year(s, i - 2)) {
        f->year = s->t->v[i - 2].value;
        first = i - 2;
    }
    j = skip_ordinal(s, j + 1);
    size_t end = f->year ? j : take_year(s, j, f);
    f->first = first;
    f->last = end - 1;
    f->kind = f->year ? DATES_EXPLICIT : DATES_MONTH_DAY;
    return true;
}

static bool
match_word(const scan_t *s, size_t i, found_t *f)
{
    int v;
    size_t used;
    int k = kind_at(s, i, &v, &used);
    if (k != W_WEEKDAY && k != W_RELATIVE)
        return false;
    f->kind = k == W_WEEKDAY ? DATES_WEEKDAY : DATES_RELATIVE;
    f->day = v;
    f->first = i;
    f->last = i + used - 1;
    return true;
}

/* Resolves F against ANCHOR (days); false when it names no real or no past date. */
static bool
resolve(const found_t *f, int32_t anchor, int32_t *days)
{
    switch (f->kind) {
    case DATES_EXPLICIT:
        if (!dates_valid(f->year, f->month, f->day))
            return false;
        *days = dates_days_from_civil(f->year, f->month, f->day);
        break;
    case DATES_MONTH_DAY:
        *days = f->month > 0 ? latest_month_day(f->month, f->day, anchor + DATES_AHEAD_DAYS)
                             : latest_day_of_month(f->day, anchor + DATES_AHEAD_DAYS);
        if (*days == INT32_MIN)
            return false;
        break;
    case DATES_WEEKDAY:
        *days = anchor - ((weekday_of(anchor) - f->day + 7) % 7);
        break;
    case DATES_RELATIVE:
        *days = anchor + f->day;
        break;
    default:
        return false;
    }
    return *days <= anchor + DATES_AHEAD_DAYS;
}

size_t
dates_scan(const dates_lex_t *lex, const char *text, size_t len, const char *lang,
           int64_t anchor_ms, dates_expr_t *out, size_t max)
{
    toks_t t = { .v = NULL, .n = 0, .cap = TOKENS_INLINE };
    t.v = t.small;
    tokenize(text, len, &t);
    if (lang != NULL && strcmp(lang, "und") == 0)
        lang = NULL;
    scan_t s = { lex, text, &t, lang };
    int32_t anchor = dates_day_of_ms(anchor_ms);
    size_t n = 0;
    for (size_t i = 0; i < t.n && n < max; i++) {
        found_t f;
        if (!match_numeric(&s, i, &f) && !match_cjk(&s, i, &f) && !match_day_first(&s, i, &f) &&
            !match_month_first(&s, i, &f) && !match_word(&s, i, &f))
            continue;
        int32_t days;
        if (resolve(&f, anchor, &days)) {
            out[n].kind = f.kind;
            out[n].days = days;
            out[n].start = t.v[f.first].start;
            out[n].end = t.v[f.last].end;
            n++;
        }
        i = f.last;
    }
    if (t.v != t.small)
        free(t.v);
    return n;
}

/* ------------------------------------------------------------------ */
/* Datelines                                                           */
/* ------------------------------------------------------------------ */

typedef struct {
    const char *want;
    size_t len;
    int value;
} month_probe_t;

static bool
probe_month(void *arg, const lex_row_t *row, const char *w, size_t len, int value, bool lang_only)
{
    (void)row;
    month_probe_t *m = arg;
    if (lang_only || len != m->len || memcmp(w, m->want, len) != 0)
        return false;
    m->value = value;
    return true;
}

/* The month named by the letters P[0..N) of original text, or 0. */
static int
month_of_word(const char *p, size_t n)
{
    char folded[MAX_WORD * FOLD_GROWTH + 16];
    month_probe_t m = { folded, fold_small(p, n, folded, sizeof folded), 0 };
    if (m.len == 0 || !lex_visit(probe_month, &m, W_MONTH))
        return 0;
    return m.value;
}

typedef struct {
    const uint8_t *p;
    size_t len, i;
} cursor_t;

static int32_t
cur_cp(const cursor_t *c, size_t *n)
{
    if (c->i >= c->len) {
        *n = 0;
        return -1;
    }
    return peek_cp(c->p, c->len, c->i, n);
}

static void
skip_spaces(cursor_t *c)
{
    size_t n;
    for (int32_t cp = cur_cp(c, &n); cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x202F;
         cp = cur_cp(c, &n))
        c->i += n;
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
    return cp >= 0 && is_wordish(cp);
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
        if (cp != ' ' || c->i + 1 >= c->len || !is_upper(peek_cp(c->p, c->len, c->i + 1, &n2)))
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

/* A month-day: "March 6", "Feb. 12", "6 марта", "6. März", "6 de marzo", "3月6日", with an
   optional year after it. */
static bool
read_month_day(cursor_t *c, int *month, int *day)
{
    cursor_t d = *c;
    size_t n, wl;
    int v;
    if (read_num(&d, &v, 2)) {                          /* day first */
        *day = v;
        if (cur_cp(&d, &n) == 0x6708) {                 /* 月: month first, in fact */
            d.i += n;
            if (!read_num(&d, day, 2))
                return false;
            *month = v;
            if (cur_cp(&d, &n) == 0x65E5)               /* 日 */
                d.i += n;
            *c = d;
            return true;
        }
        if ((wl = letters_len(&d)) > 0 && wl <= 3)      /* 1st, 1er */
            d.i += wl;
        if (cur_cp(&d, &n) == '.')
            d.i += n;
        skip_spaces(&d);
        if (d.i + 3 <= d.len && memcmp(d.p + d.i, "de ", 3) == 0)
            d.i += 3;
        wl = letters_len(&d);
        if (wl == 0 || wl > MAX_WORD || (*month = month_of_word((const char *)d.p + d.i, wl)) == 0)
            return false;
        d.i += wl;
    } else {                                            /* month first */
        wl = letters_len(&d);
        if (wl == 0 || wl > MAX_WORD || (*month = month_of_word((const char *)d.p + d.i, wl)) == 0)
            return false;
        d.i += wl;
        if (cur_cp(&d, &n) == '.')
            d.i += n;
        skip_spaces(&d);
        if (!read_num(&d, day, 2))
            return false;
    }
    if (*day < 1 || *day > 31)
        return false;
    cursor_t y = d;                                     /* an optional year */
    if (cur_cp(&y, &n) == ',')
        y.i += n;
    skip_spaces(&y);
    if (read_num(&y, &v, 4) && v >= YEAR_MIN && v <= YEAR_MAX)
        d = y;
    *c = d;
    return true;
}

/* "(Reuters)", "(dpa)" or "/TASS/": an agency name of 2..31 bytes that starts with a letter. Returns
   the opening delimiter, or 0 when there is no agency. */
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
    while ((cp = cur_cp(&d, &n)) >= 0 && cp != close && cp != '\n' && d.i - start < sizeof out->agency)
        d.i += n;
    size_t alen = d.i - start;
    int32_t first = alen > 0 ? peek_cp(d.p, d.len, start, &n) : -1;
    if (cp != close || alen < 2 || alen >= sizeof out->agency || !is_letter(first))
        return 0;
    memcpy(out->agency, d.p + start, alen);
    out->agency[alen] = '\0';
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
    if (cp == '-' && cur_cp(c, &n) == '-')
        c->i += n;
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
            if (alen >= sizeof out->agency || (after < d.len && d.p[after] != ' ' && d.p[after] != '\n'))
                return;
            memcpy(out->agency, d.p + start, alen);
            out->agency[alen] = '\0';
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
    memcpy(out->agency, d.p + start, alen);
    out->agency[alen] = '\0';
    *c = d;
}

static bool
is_han(int32_t cp)
{
    return cp >= 0x4E00 && cp <= 0x9FFF;
}

/* Chinese agencies: "新华社莫斯科3月6日电", "中新网北京3月6日电" and a reporter's credit in brackets. */
static bool
parse_han_dateline(const char *body, size_t len, size_t at, dateline_t *out)
{
    static const char *const agencies[] = { "新华社", "中新社", "中新网", "人民网", "央视网" };
    cursor_t c = { (const uint8_t *)body, len, at };
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
    if (cur_cp(&c, &n) == 0xFF08 || cur_cp(&c, &n) == '(') {   /* （记者 …） */
        int32_t close = cur_cp(&c, &n) == '(' ? ')' : 0xFF09;
        cursor_t d = c;
        while ((cp = cur_cp(&d, &n)) >= 0 && cp != close && cp != '\n' && d.i - c.i < 120)
            d.i += n;
        if (cp == close)
            c.i = d.i + n;
    }
    skip_spaces(&c);
    out->end = c.i;
    return true;
}

static bool
parse_dateline(const char *body, size_t len, size_t at, dateline_t *out)
{
    cursor_t c = { (const uint8_t *)body, len, at };
    bool allcaps, has_date = false, has_agency, ended = false;
    size_t n;
    memset(out, 0, sizeof *out);
    skip_spaces(&c);
    if (is_han(cur_cp(&c, &n)))
        return parse_han_dateline(body, len, at, out);
    if (!read_place(&c, out, &allcaps))
        return false;
    skip_spaces(&c);
    if (cur_cp(&c, &n) == '.' && c.i + 2 < len && body[c.i + 1] == ' ' &&
        body[c.i + 2] >= '0' && body[c.i + 2] <= '9') {
        c.i += n;                                        /* "Москва. 6 марта. INTERFAX.RU -" */
        skip_spaces(&c);
        if (!read_month_day(&c, &out->month, &out->day) || cur_cp(&c, &n) != '.')
            return false;
        c.i += n;
        skip_spaces(&c);
        read_bare_agency(&c, out);
        skip_spaces(&c);
        if (out->agency[0] == '\0' || !read_dash(&c))
            return false;
        skip_spaces(&c);
        out->end = c.i;
        return true;
    }
    if (cur_cp(&c, &n) == ',') {
        c.i += n;
        skip_spaces(&c);
        has_date = read_month_day(&c, &out->month, &out->day);
        if (!has_date)
            return false;
        if (cur_cp(&c, &n) == '.')
            c.i += n, ended = true;
        skip_spaces(&c);
    }
    int32_t form = read_agency(&c, out);
    has_agency = form != 0;
    if (has_agency) {
        if (cur_cp(&c, &n) == '.' || cur_cp(&c, &n) == ',')
            c.i += n;
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
       place in mixed case needs "/AGENCY/" or a dash; a place in capitals needs a date or a dash. */
    bool ok = has_agency ? (allcaps || dash || form == '/')
                         : (allcaps && (dash || (has_date && ended)));
    if (!ok)
        return false;
    if (!has_date)
        out->month = out->day = 0;
    out->end = c.i;
    return true;
}

bool
dates_find_dateline(const char *body, size_t len, dateline_t *out)
{
    size_t limit = len < DATES_DATELINE_WINDOW ? len : DATES_DATELINE_WINDOW;
    size_t at = 0;
    while (at < limit) {
        if (parse_dateline(body, len, at, out))
            return true;
        const char *nl = memchr(body + at, '\n', limit - at);
        if (nl == NULL)
            break;
        at = (size_t)(nl - body) + 1;
    }
    memset(out, 0, sizeof *out);
    return false;
}

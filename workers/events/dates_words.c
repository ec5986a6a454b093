/* SPDX-License-Identifier: MIT
 *
 * dates_words — the date lexicon: the month, weekday and relative words of
 * about 28 languages (DATA, one table), dates_lex_new's hash table over them,
 * and the month lookup the dateline reader uses.
 *
 * A row lists the forms of each month (or weekday) in order, groups
 * separated by ';' and forms within a group by '|': the group's position
 * gives the value (the row's base, plus one per group). A form written
 * "!word" counts only when the caller names the row's language (the word
 * means something else in another language: French "hier" is German "here").
 *
 * The rows are written as the languages write the words; the compiled
 * lexicon holds each word in FOLD_MATCH (fold.h), the form of the text it
 * is looked up in, so a lookup is a plain byte comparison. It is immutable
 * once built. */
#include "dates_int.h"

#include <stdlib.h>

#include "text/fold.h"
#include "ww_alloc.h"
#include "ww_buf.h"

/* ------------------------------------------------------------------ */
/* The rows (DATA)                                                     */
/* ------------------------------------------------------------------ */

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

/* ------------------------------------------------------------------ */
/* The compiled lexicon                                                */
/* ------------------------------------------------------------------ */

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
            if (n > (size_t)lang_only &&
                fn(arg, row, p + lang_only, n - lang_only, value, lang_only))
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

/* Folds each word into the lexicon's arena; the words point into it once
 * it has stopped growing (build_lex). */
static bool
collect_word(void *arg, const lex_row_t *row, const char *w, size_t len, int value, bool lang_only)
{
    dates_lex_t *lex = arg;
    lex_word_t *x = &lex->words[lex->n_words++];
    size_t at = lex->arena.len;
    if (fold_append(FOLD_MATCH, w, len, &lex->arena) == -1)
        abort(); /* the rows are UTF-8 */
    x->word = NULL;
    x->at = (uint32_t)at;
    x->len = (uint16_t)(lex->arena.len - at);
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

/* The lexicon of the words of kind ONLY (0: every kind). */
static dates_lex_t *
build_lex(word_kind_t only)
{
    dates_lex_t *self = ww_xcalloc(1, sizeof *self);
    size_t n = 0;
    lex_visit(count_word, &n, only);
    self->words = ww_xcalloc(n ? n : 1, sizeof *self->words);
    lex_visit(collect_word, self, only);
    for (size_t i = 0; i < self->n_words; i++)
        self->words[i].word = self->arena.ptr + self->words[i].at;
    for (size_t i = 0; i < self->n_words; i++)
        ww_strtab_add(&self->table, self->words[i].word, self->words[i].len, (uint32_t)i);
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

dates_lex_t *
dates_lex_new(void)
{
    return build_lex(0);
}

void
dates_lex_destroy(dates_lex_t **self_p)
{
    if (self_p == NULL || *self_p == NULL)
        return;
    dates_lex_t *self = *self_p;
    free(self->words);
    ww_strtab_free(&self->table);
    ww_buf_free(&self->arena);
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

/* ------------------------------------------------------------------ */
/* Months in original text (datelines)                                 */
/* ------------------------------------------------------------------ */

/* The month words, built on first use (without a lock: callers are
 * single-threaded) and kept for the life of the process. */
static dates_lex_t *months;

int
dates_month_of_word(const char *p, size_t n)
{
    if (n == 0 || n > MAX_WORD)
        return 0;
    if (months == NULL)
        months = build_lex(W_MONTH);
    ww_buf_t f = WW_BUF_INIT;
    const lex_word_t *w = NULL;
    if (fold_append(FOLD_MATCH, p, n, &f) == 0 && f.len > 0)
        w = dates_lex_find(months, f.ptr, f.len, NULL); /* NULL: no language-only word */
    ww_buf_free(&f);
    return w != NULL ? w->value : 0;
}

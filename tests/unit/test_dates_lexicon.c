/* SPDX-License-Identifier: MIT
 *
 * test_dates_lexicon — the date lexicon's own invariants: its words are folded, a word two
 * languages read differently is marked for all but one, every language of it reads its
 * forms, and ordinary sentences of one language hold no date read as another's. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "dates_cases.h"
#include "events/dates.h"
#include "events/dates_int.h" /* the module's own test: the lexicon's rows */
#include "text/fold.h"
#include "ww_buf.h"

static void
test_lexicon_is_folded(void **state)
{
    (void)state;
    dates_lex_t *lex = dates_lex_new();
    size_t n_langs = 0;
    size_t n = dates_lex_size(lex, &n_langs);
    assert_true(n > 500);
    assert_true(n_langs >= 20);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *lang;
        const char *w = dates_lex_word(lex, i, &len, &lang);
        ww_buf_t b = WW_BUF_INIT;
        assert_int_equal(fold_append(FOLD_MATCH, w, len, &b), 0);
        if (b.len != len || memcmp(b.ptr, w, len) != 0)
            fail_msg("lexicon word \"%.*s\" (%s) is not in FOLD_MATCH \"%s\"", (int)len, w, lang,
                     b.ptr);
        ww_buf_free(&b);
    }
    dates_lex_destroy(&lex);
    dates_lex_destroy(&lex);
}

/* A word that two rows give different meanings (Croatian "listopad" is October, Czech and
   Polish November) is marked "!" in all of them but one, so that a text of unknown language
   reads it one way. */
static void
test_lexicon_meanings_agree(void **state)
{
    (void)state;
    dates_lex_t *lex = dates_lex_new();
    for (size_t i = 0; i < lex->n_words; i++) {
        const lex_word_t *a = &lex->words[i];
        for (size_t j = i + 1; j < lex->n_words; j++) {
            const lex_word_t *b = &lex->words[j];
            if (a->len != b->len || memcmp(a->word, b->word, a->len) != 0 || a->lang_only ||
                b->lang_only)
                continue;
            if (a->kind != b->kind || a->value != b->value)
                fail_msg("\"%.*s\" means %d/%d in %s and %d/%d in %s", (int)a->len, a->word,
                         a->kind, a->value, a->lang, b->kind, b->value, b->lang);
        }
    }
    dates_lex_destroy(&lex);
}

typedef struct {
    const char *lang, *text;
    dates_kind_t kind;
    const char *want;
} scan_case_t;

/* The languages added with the catalog's: a day and month, a weekday, yesterday, written for
   this test, against Sunday 6 March 2016, 15:00 UTC. */
static const scan_case_t new_languages[] = {
    { "sk", "stretnutie 25. januára", DATES_MONTH_DAY, "2016-01-25" },
    { "sk", "v piatok telefonovali", DATES_WEEKDAY, "2016-03-04" },
    { "sk", "včera večer", DATES_RELATIVE, "2016-03-05" },
    { "sl", "25. januarja 2016", DATES_EXPLICIT, "2016-01-25" },
    { "sl", "v petek sta govorila", DATES_WEEKDAY, "2016-03-04" },
    { "sl", "včeraj", DATES_RELATIVE, "2016-03-05" },
    { "hr", "25. siječnja", DATES_MONTH_DAY, "2016-01-25" },
    { "hr", "6. listopada", DATES_MONTH_DAY, "2015-10-06" },   /* Croatian October */
    { "cs", "6. listopadu", DATES_MONTH_DAY, "2015-11-06" },   /* Czech November */
    { "hr", "u petak", DATES_WEEKDAY, "2016-03-04" },
    { "hr", "jučer", DATES_RELATIVE, "2016-03-05" },
    { "bs", "25. januara", DATES_MONTH_DAY, "2016-01-25" },
    { "bs", "u subotu", DATES_WEEKDAY, "2016-03-05" },
    { "bs", "prekjučer", DATES_RELATIVE, "2016-03-04" },
    { "sr-Latn", "u četvrtak", DATES_WEEKDAY, "2016-03-03" },
    { "sr-Latn", "u četvrtak 3. marta", DATES_MONTH_DAY, "2016-03-03" },     /* the weekday's date */
    { "sr-Latn", "juče", DATES_RELATIVE, "2016-03-05" },
    { "sr-Latn", "sutra", DATES_RELATIVE, "2016-03-07" },
    { "sr", "прекјуче", DATES_RELATIVE, "2016-03-04" },
    { "mk", "25 јануари", DATES_MONTH_DAY, "2016-01-25" },
    { "mk", "во петок", DATES_WEEKDAY, "2016-03-04" },
    { "mk", "вчера", DATES_RELATIVE, "2016-03-05" },
    { "be", "25 студзеня", DATES_MONTH_DAY, "2016-01-25" },
    { "be", "у пятніцу", DATES_WEEKDAY, "2016-03-04" },
    { "be", "учора", DATES_RELATIVE, "2016-03-05" },
    { "et", "25. jaanuaril", DATES_MONTH_DAY, "2016-01-25" },
    { "et", "reedel", DATES_WEEKDAY, "2016-03-04" },
    { "et", "eile", DATES_RELATIVE, "2016-03-05" },
    { "lv", "25. janvārī", DATES_MONTH_DAY, "2016-01-25" },
    { "lv", "piektdien", DATES_WEEKDAY, "2016-03-04" },
    { "lv", "vakar", DATES_RELATIVE, "2016-03-05" },
    { "lt", "sausio 25 d.", DATES_MONTH_DAY, "2016-01-25" },
    { "lt", "penktadienį", DATES_WEEKDAY, "2016-03-04" },
    { "lt", "užvakar", DATES_RELATIVE, "2016-03-04" },
    { "ca", "el 25 de gener", DATES_MONTH_DAY, "2016-01-25" },
    { "ca", "el 6 d'abril de 2015", DATES_EXPLICIT, "2015-04-06" },
    { "ca", "divendres", DATES_WEEKDAY, "2016-03-04" },
    { "ca", "ahir", DATES_RELATIVE, "2016-03-05" },
    { "sq", "më 25 janar", DATES_MONTH_DAY, "2016-01-25" },
    { "sq", "të premten", DATES_WEEKDAY, "2016-03-04" },
    { "sq", "dje", DATES_RELATIVE, "2016-03-05" },
    { "az", "25 yanvarda", DATES_MONTH_DAY, "2016-01-25" },
    { "az", "yanvarın 25-də", DATES_MONTH_DAY, "2016-01-25" },
    { "az", "cümə günü", DATES_WEEKDAY, "2016-03-04" },
    { "az", "bazar ertəsi", DATES_WEEKDAY, "2016-02-29" },
    { "az", "dünən", DATES_RELATIVE, "2016-03-05" },
    { "kk", "25 қаңтарда", DATES_MONTH_DAY, "2016-01-25" },
    { "kk", "жұма күні", DATES_WEEKDAY, "2016-03-04" },
    { "kk", "кеше", DATES_RELATIVE, "2016-03-05" },
    { "uz", "25-yanvar kuni", DATES_MONTH_DAY, "2016-01-25" },
    { "uz", "juma kuni", DATES_WEEKDAY, "2016-03-04" },
    { "uz", "kecha", DATES_RELATIVE, "2016-03-05" },
    { "ka", "25 იანვარს", DATES_MONTH_DAY, "2016-01-25" },
    { "ka", "პარასკევს", DATES_WEEKDAY, "2016-03-04" },
    { "ka", "გუშინ", DATES_RELATIVE, "2016-03-05" },
    { "hy", "հունվարի 25-ին", DATES_MONTH_DAY, "2016-01-25" },
    { "hy", "ուրբաթ", DATES_WEEKDAY, "2016-03-04" },
    { "hy", "երեկ", DATES_RELATIVE, "2016-03-05" },
    { "ur", "25 جنوری", DATES_MONTH_DAY, "2016-01-25" },
    { "ur", "جمعہ کو", DATES_WEEKDAY, "2016-03-04" },
    { "ur", "گزشتہ روز", DATES_RELATIVE, "2016-03-05" },
    { "bn", "২৫ জানুয়ারি", DATES_MONTH_DAY, "2016-01-25" },
    { "bn", "শুক্রবার", DATES_WEEKDAY, "2016-03-04" },
    { "bn", "রোববার", DATES_WEEKDAY, "2016-03-06" },   /* Sunday as Bangladesh writes it */
    { "bn", "গতকাল", DATES_RELATIVE, "2016-03-05" },
    { "mr", "२५ जानेवारी", DATES_MONTH_DAY, "2016-01-25" },
    { "mr", "शुक्रवारी", DATES_WEEKDAY, "2016-03-04" },
    { "mr", "काल", DATES_RELATIVE, "2016-03-05" },
    { "ta", "ஜனவரி 25", DATES_MONTH_DAY, "2016-01-25" },
    { "ta", "வெள்ளிக்கிழமை", DATES_WEEKDAY, "2016-03-04" },
    { "ta", "நேற்று", DATES_RELATIVE, "2016-03-05" },
    { "vi", "ngày 25/1", DATES_MONTH_DAY, "2016-01-25" },
    { "vi", "ngày 25 tháng 1 năm 2016", DATES_EXPLICIT, "2016-01-25" },
    { "vi", "25/1/2016", DATES_EXPLICIT, "2016-01-25" },        /* 25 can only be the day */
    { "vi", "5/1/2016", DATES_EXPLICIT, "2016-01-05" },         /* Vietnam writes the day first */
    { "vi", "vào thứ Sáu", DATES_WEEKDAY, "2016-03-04" },
    { "vi", "hôm thứ Sáu (4/3)", DATES_MONTH_DAY, "2016-03-04" },
    { "vi", "lần thứ hai", DATES_WEEKDAY, NULL },               /* "the second time" */
    { "vi", "hôm qua", DATES_RELATIVE, "2016-03-05" },
    { "th", "เมื่อวันที่ 25 มกราคม", DATES_MONTH_DAY, "2016-01-25" },
    { "th", "25 ม.ค. 2559", DATES_MONTH_DAY, "2016-01-25" },     /* a Buddhist year */
    { "th", "เมื่อวันศุกร์ที่ผ่านมา", DATES_WEEKDAY, "2016-03-04" },
    { "th", "เมื่อวานนี้", DATES_RELATIVE, "2016-03-05" },
    { "id", "25 Januari", DATES_MONTH_DAY, "2016-01-25" },
    { "id", "pada Jumat (4/3)", DATES_MONTH_DAY, "2016-03-04" },
    { "id", "pada Minggu", DATES_WEEKDAY, "2016-03-06" },
    { "id", "kemarin", DATES_RELATIVE, "2016-03-05" },
    { "ms", "25 Januari", DATES_MONTH_DAY, "2016-01-25" },
    { "ms", "pada hari Jumaat", DATES_WEEKDAY, "2016-03-04" },
    { "ms", "semalam", DATES_RELATIVE, "2016-03-05" },
    { "tl", "noong Enero 25", DATES_MONTH_DAY, "2016-01-25" },
    { "tl", "noong Biyernes", DATES_WEEKDAY, "2016-03-04" },
    { "tl", "kahapon", DATES_RELATIVE, "2016-03-05" },
    { "sw", "tarehe 25 Januari", DATES_MONTH_DAY, "2016-01-25" },
    { "sw", "siku ya Ijumaa", DATES_WEEKDAY, "2016-03-04" },
    { "sw", "jana", DATES_RELATIVE, "2016-03-05" },
    { "no", "fredag", DATES_WEEKDAY, "2016-03-04" },
    { "bg", "в неделя", DATES_WEEKDAY, "2016-03-06" },
    { "no", "i går", DATES_RELATIVE, "2016-03-05" },
    /* a year before the day and month */
    { "lv", "2015. gada 25. janvārī", DATES_EXPLICIT, "2015-01-25" },
    { "lt", "2015 m. sausio 25 d.", DATES_EXPLICIT, "2015-01-25" },
    { "kk", "2015 жылғы 25 қаңтарда", DATES_EXPLICIT, "2015-01-25" },
    { "ka", "2015 წლის 25 იანვარს", DATES_EXPLICIT, "2015-01-25" },
    { "hy", "2015 թ. հունվարի 25-ին", DATES_EXPLICIT, "2015-01-25" },
    /* forms added to languages that had rows */
    { "hu", "január 25-én", DATES_MONTH_DAY, "2016-01-25" },
    { "hu", "márc. 4.", DATES_MONTH_DAY, "2016-03-04" },
    { "tr", "dün akşam", DATES_RELATIVE, "2016-03-05" },
    { "el", "25 Ιαν. 2016", DATES_EXPLICIT, "2016-01-25" },
    { "fi", "toissapäivänä", DATES_RELATIVE, "2016-03-04" },
    { "en", "tomorrow", DATES_RELATIVE, "2016-03-07" },
    { "pt", "amanhã", DATES_RELATIVE, "2016-03-07" },
    /* a day of the month told alone, and after a weekday */
    { "es", "el día 25", DATES_MONTH_DAY, "2016-02-25" },
    { "pt", "no dia 25", DATES_MONTH_DAY, "2016-02-25" },
    { "pt", "na sexta-feira, dia 26 de fevereiro", DATES_MONTH_DAY, "2016-02-26" },
    { "it", "il giorno 25", DATES_MONTH_DAY, "2016-02-25" },
    { "ru", "25 числа", DATES_MONTH_DAY, "2016-02-25" },
    /* a weekday with the article */
    { "mk", "во вторникот", DATES_WEEKDAY, "2016-03-01" },
    { "bg", "в петъка", DATES_WEEKDAY, "2016-03-04" },
    { "he", "ביום ב'", DATES_WEEKDAY, "2016-02-29" },
    { "he", "ביום ו׳", DATES_WEEKDAY, "2016-03-04" },
    /* the adjectives of a day: "yesterday's conversation" */
    { "pl", "podczas przedwczorajszej rozmowy", DATES_RELATIVE, "2016-03-04" },
    { "pl", "we wczorajszej rozmowie", DATES_RELATIVE, "2016-03-05" },
    { "ru", "во вчерашнем разговоре", DATES_RELATIVE, "2016-03-05" },
    { "uk", "під час вчорашньої розмови", DATES_RELATIVE, "2016-03-05" },
    { "de", "im gestrigen Telefonat", DATES_RELATIVE, "2016-03-05" },
    { "de", "im vorgestrigen Telefonat", DATES_RELATIVE, "2016-03-04" },
    { "cs", "ve včerejším rozhovoru", DATES_RELATIVE, "2016-03-05" },
    { "hr", "u jučerašnjem razgovoru", DATES_RELATIVE, "2016-03-05" },
    { "hu", "a tegnapi telefonbeszélgetés", DATES_RELATIVE, "2016-03-05" },
    { "tr", "dünkü telefon görüşmesinde", DATES_RELATIVE, "2016-03-05" },
    { "el", "στη χθεσινή τηλεφωνική επικοινωνία", DATES_RELATIVE, "2016-03-05" },
    { "fi", "eilisessä puhelussa", DATES_RELATIVE, "2016-03-05" },
    { "sv", "gårdagens samtal", DATES_RELATIVE, "2016-03-05" },
    /* the parts of today */
    { "en", "spoke with Lavrov this morning", DATES_RELATIVE, "2016-03-06" },
    { "fr", "s'est entretenu ce matin", DATES_RELATIVE, "2016-03-06" },
    { "es", "conversó esta mañana", DATES_RELATIVE, "2016-03-06" },
    { "it", "ha parlato stamattina", DATES_RELATIVE, "2016-03-06" },
    { "pt", "conversou nesta manhã", DATES_RELATIVE, "2016-03-06" },
};

static void
test_new_languages(void **state)
{
    (void)state;
    dates_lex_t *lex = dates_lex_new();
    int64_t sunday = at(2016, 3, 6, 15);
    size_t n_langs = 0;
    dates_lex_size(lex, &n_langs);
    assert_true(n_langs >= 54);
    for (size_t i = 0; i < sizeof new_languages / sizeof new_languages[0]; i++) {
        const scan_case_t *c = &new_languages[i];
        check_scan(lex, c->text, c->lang, sunday, c->kind, c->want);
    }
    dates_lex_destroy(&lex);
}

/* Ordinary sentences hold no date, whatever language they are read as: the words of one
   language that are common words of another are marked for their own language only. */
static void
test_no_date_in_other_languages(void **state)
{
    (void)state;
    static const char *const plain[][2] = {
        { "fr", "L'homme a dit qu'il reviendrait bientôt." },
        { "sv", "Ett besök i Moskva planeras av ministern." },
        { "en", "The Danes read the sutra in Maine, then went to the bazar." },
        { "en", "Juma, Khamis, Leo and Jana met Ahad at the market." },
        { "cs", "Ministři mají 3 návrhy a 2 dny na jednání." },
        { "ru", "Это лист 2 документа, а не лист 3." },
        { "ru", "Эта неделя была трудной." },
        { "tr", "Mayın 3 askeri yaraladı, sabah saatlerinde." },
        { "it", "Il lupo torna nella tana con 2 cuccioli." },
        { "de", "Die Minister sprachen über 6 Mail-Adressen und 2 Mail." },
        { "hr", "Dobro jutro, rekao je ministar." },
        { "hi", "बैठक मे 6 लोग थे और काल बहुत लंबा था।" },
        { "ar", "قال جون كيري إن 6 دول شاركت." },
        { "fr", "les 6 des 10 pays ont voté, a dit Marc." },
        { "en", "The Mac 6 and the Mac 7 were old computers." },
        { "vi", "Đây là lần thứ hai bộ trưởng đến thăm, lần thứ ba sẽ vào năm sau." },
        { "id", "Dalam tiga minggu terakhir, menteri bertemu dua kali." },
        { "ka", "ეს კვირა რთული იყო." },
        { "es", "Es el día 3 de la tregua." },
        { "he", "ביום אחד נפגשו השרים בז'נבה." },
    };
    dates_lex_t *lex = dates_lex_new();
    int64_t pub = at(2016, 3, 6, 15);
    static const char *const readers[] = { NULL, "en", "de", "fr", "ru", "pt" };
    for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++) {
        check_scan(lex, plain[i][1], plain[i][0], pub, DATES_NONE, NULL);
        for (size_t r = 0; r < sizeof readers / sizeof readers[0]; r++)
            check_scan(lex, plain[i][1], readers[r], pub, DATES_NONE, NULL);
    }
    dates_lex_destroy(&lex);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lexicon_is_folded),
        cmocka_unit_test(test_lexicon_meanings_agree),
        cmocka_unit_test(test_new_languages),
        cmocka_unit_test(test_no_date_in_other_languages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

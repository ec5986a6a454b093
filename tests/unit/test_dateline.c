/* SPDX-License-Identifier: MIT
 *
 * test_dateline — dates_find_dateline: wire datelines in several languages
 * and agency styles, one in a later paragraph, lines that are none, and the
 * window it looks in. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "events/dates.h"
#include "ww_buf.h"

static void
check_dateline(const char *body, const char *place, const char *agency, int month, int day,
               const char *rest)
{
    dateline_t dl;
    assert_true(dates_find_dateline(body, strlen(body), NULL, &dl));
    assert_string_equal(dl.place, place);
    assert_string_equal(dl.agency, agency);
    assert_int_equal(dl.month, month);
    assert_int_equal(dl.day, day);
    assert_true(dl.end <= strlen(body));
    assert_string_equal(body + dl.end, rest);
}

static void
test_dateline_english(void **state)
{
    (void)state;
    check_dateline("MOSCOW, March 6. /TASS/. The two ministers spoke.", "MOSCOW", "TASS", 3, 6,
                   "The two ministers spoke.");
    check_dateline("MOSCOW (Sputnik) — The ministry said so.", "MOSCOW", "Sputnik", 0, 0,
                   "The ministry said so.");
    check_dateline("WASHINGTON, Feb 12 (Reuters) - Officials met.", "WASHINGTON", "Reuters", 2, 12,
                   "Officials met.");
    check_dateline("NEW YORK, Sept. 30, 2015 (AP) — Talks went on.", "NEW YORK", "AP", 9, 30,
                   "Talks went on.");
    check_dateline("BEIJING, Nov 3 (Xinhua) -- Wang spoke.", "BEIJING", "Xinhua", 11, 3, "Wang spoke.");
    check_dateline("GENEVA, July 14 — A deal was reached.", "GENEVA", "", 7, 14, "A deal was reached.");
    check_dateline("GENEVA — A deal was reached.", "GENEVA", "", 0, 0, "A deal was reached.");
}

static void
test_dateline_other_languages(void **state)
{
    (void)state;
    check_dateline("МОСКВА, 6 марта. /ТАСС/. Министры обсудили.", "МОСКВА", "ТАСС", 3, 6,
                   "Министры обсудили.");
    check_dateline("МОСКВА, 12 дек — РИА Новости. Глава МИД сказал.", "МОСКВА", "РИА Новости", 12, 12,
                   "Глава МИД сказал.");
    check_dateline("BERLIN, 6. März (dpa) - Der Minister sprach.", "BERLIN", "dpa", 3, 6,
                   "Der Minister sprach.");
    check_dateline("Berlin (dpa) - Der Minister sprach.", "Berlin", "dpa", 0, 0, "Der Minister sprach.");
    check_dateline("PARIS, 6 mars (AFP) - Le ministre a parlé.", "PARIS", "AFP", 3, 6,
                   "Le ministre a parlé.");
    check_dateline("MADRID, 25 de enero (EFE) - El ministro habló.", "MADRID", "EFE", 1, 25,
                   "El ministro habló.");
    check_dateline("КИЇВ, 1 квітня. /Укрінформ/. Міністр заявив.", "КИЇВ", "Укрінформ", 4, 1,
                   "Міністр заявив.");
    check_dateline("Москва. 13 февраля. INTERFAX.RU - Министры обсудили.", "Москва", "INTERFAX.RU", 2,
                   13, "Министры обсудили.");
    check_dateline("SEOUL, Feb. 19 (Yonhap) -- The minister said.", "SEOUL", "Yonhap", 2, 19,
                   "The minister said.");
    check_dateline("新华社莫斯科6月24日电（记者 张伟）俄罗斯外长拉夫罗夫24日表示", "莫斯科", "新华社", 6, 24,
                   "俄罗斯外长拉夫罗夫24日表示");
    check_dateline("中新网北京3月6日电 外交部发言人表示", "北京", "中新网", 3, 6, "外交部发言人表示");
    /* Taiwan's CNA: the day alone, in brackets; no place when a reporter is named */
    check_dateline("（中央社華盛頓3日綜合外電報導）美國國務卿凱瑞今天表示", "華盛頓", "中央社", 0, 3,
                   "美國國務卿凱瑞今天表示");
    check_dateline("（中央社記者林小明華盛頓3日專電）國務卿凱瑞今天表示", "", "中央社", 0, 3,
                   "國務卿凱瑞今天表示");
    check_dateline("MASKAVA, 13. februāris, LETA--AFP. Ministri apsprieda.", "MASKAVA", "LETA--AFP",
                   2, 13, "Ministri apsprieda.");
    /* scripts without capitals: the date and a dash or agency tell the dateline */
    check_dateline("มอสโก 14 มี.ค. - กระทรวงการต่างประเทศรัสเซียเผยว่า", "มอสโก", "", 3, 14,
                   "กระทรวงการต่างประเทศรัสเซียเผยว่า");
    check_dateline("मॉस्को, 14 मार्च (भाषा) रूस के विदेश मंत्री ने कहा", "मॉस्को", "भाषा", 3, 14,
                   "रूस के विदेश मंत्री ने कहा");
    /* no comma between the place in capitals and its date: a dash or an agency ends it */
    check_dateline("WASHINGTON 20 Julai - Menteri Luar Rusia berkata.", "WASHINGTON", "", 7, 20,
                   "Menteri Luar Rusia berkata.");
    check_dateline("KUALA LUMPUR 20 Julai (Bernama) -- Menteri itu berkata.", "KUALA LUMPUR",
                   "Bernama", 7, 20, "Menteri itu berkata.");
}

static void
test_dateline_later_paragraph(void **state)
{
    (void)state;
    const char *body = "Sergei Lavrov (R) and John Kerry (archive)\n"
                       "© Photographer/TASS\n"
                       "MOSCOW, October 8. /TASS/. The ministers spoke.";
    dateline_t dl;
    assert_true(dates_find_dateline(body, strlen(body), NULL, &dl));
    assert_string_equal(dl.place, "MOSCOW");
    assert_int_equal(dl.month, 10);
    assert_int_equal(dl.day, 8);
    assert_string_equal(body + dl.end, "The ministers spoke.");
}

/* A page's numeric time stamp before the dateline on its line is passed over; a stamp of
   fewer than eight digits (a live blog's "16:55 GMT") is not one, and a stamp alone is no
   dateline. */
static void
test_dateline_after_a_stamp(void **state)
{
    (void)state;
    check_dateline("2016/9/24 08:15（中央社華盛頓23日綜合外電報導）美國國務卿凱瑞今天表示", "華盛頓",
                   "中央社", 0, 23, "美國國務卿凱瑞今天表示");
    check_dateline("06.12.2016 14:05 MOSCOW, Dec 6 (Reuters) - Officials met.", "MOSCOW",
                   "Reuters", 12, 6, "Officials met.");
    static const char *const none[] = { "16:55 GMT MOSCOW, Dec 6 (Reuters) - Officials met.",
                                        "2016/9/24 08:15", "2016/9/24 08:15 The ministers spoke." };
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        dateline_t dl;
        assert_false(dates_find_dateline(none[i], strlen(none[i]), NULL, &dl));
    }
}

static void
test_dateline_rejects(void **state)
{
    (void)state;
    static const char *const not_datelines[] = {
        "Russian Foreign Minister Sergei Lavrov (R) and US Secretary of State John Kerry",
        "Sergei Lavrov (archive)",
        "US Secretary of State John Kerry and Sergey Lavrov (archive) Alexander Shcherbak/TASS",
        "The ministers spoke by phone on Sunday.",
        "Moscow, the capital, was quiet.",
        "",
        "\n\n\n",
        "MOSCOW, Marchember 6. /TASS/. Nothing.",
        "มอสโก 14 มี.ค. กระทรวงการต่างประเทศรัสเซียเผยว่า",    /* no dash, no agency */
        "रूस के विदेश मंत्री 14 मार्च को मिले",
        "NATO 20 Julai menyatakan sokongan.",             /* no comma, no dash, no agency */
        /* a credit line that closes a short story: a place in capitals, a dash, one word */
        "Ministerit tapasivat torstaina.\nSTT–AFP\nLue myös:",
        "Die Minister sprachen lange.\nDPA - AFX",
        "NTV - Dünya\n07.12.2016 Çarşamba 20:20",
    };
    for (size_t i = 0; i < sizeof not_datelines / sizeof not_datelines[0]; i++) {
        dateline_t dl;
        assert_false(dates_find_dateline(not_datelines[i], strlen(not_datelines[i]), NULL, &dl));
        assert_int_equal(dl.month, 0);
        assert_string_equal(dl.place, "");
    }
}

/* A month name read in the text's language: Croatian "listopad" is October, Czech and Polish
   November; unknown, a word of one language only does not count. */
static void
test_dateline_month_of_its_language(void **state)
{
    (void)state;
    const char *body = "MOSKVA, 2. listopada (Hina) - Ministri su razgovarali.";
    dateline_t dl;
    assert_true(dates_find_dateline(body, strlen(body), "hr", &dl));
    assert_int_equal(dl.month, 10);
    assert_int_equal(dl.day, 2);
    assert_true(dates_find_dateline(body, strlen(body), "cs", &dl));
    assert_int_equal(dl.month, 11);
}

static void
test_dateline_window(void **state)
{
    (void)state;
    ww_buf_t b = WW_BUF_INIT;
    for (int i = 0; i < 60; i++)
        ww_buf_puts(&b, "A paragraph of filler text that says nothing much.\n");
    ww_buf_puts(&b, "MOSCOW, March 6. /TASS/. Too late to be a dateline.");
    dateline_t dl;
    assert_true(b.len > DATES_DATELINE_WINDOW);
    assert_false(dates_find_dateline(b.ptr, b.len, NULL, &dl));
    ww_buf_free(&b);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dateline_english),
        cmocka_unit_test(test_dateline_other_languages),
        cmocka_unit_test(test_dateline_later_paragraph),
        cmocka_unit_test(test_dateline_after_a_stamp),
        cmocka_unit_test(test_dateline_rejects),
        cmocka_unit_test(test_dateline_month_of_its_language),
        cmocka_unit_test(test_dateline_window),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

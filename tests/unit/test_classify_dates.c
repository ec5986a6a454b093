/* SPDX-License-Identifier: MIT
 *
 * test_classify_dates — the date classify gives an event, against the shipped catalog: the
 * sentence that tells it and those around, the dateline, weekdays and relative words, a page's
 * own date line, updated stories, dates that belong to something else (a range, a truce's
 * start, a participle phrase). Which day a date is in Moscow is test_classify_clocks.c's. The
 * texts are written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "classify_cases.h"
#include "events/classify.h"

/* An updated wire story puts the update first; the call and its day stay further down. */
static void
test_updated_story_keeps_its_date(void **state)
{
    const catalog_t *c = *state;
    classify_result_t r = run(c, "pt", "Lavrov e Kerry discutem Aleppo por telefone",
                              "ATUALIZADA ÀS 18H: acrescenta declarações do Departamento de "
                              "Estado.\n"
                              "O Departamento de Estado confirmou a conversa e disse que Kerry "
                              "reiterou sua preocupação com a situação humanitária.\n"
                              "Serguei Lavrov e John Kerry discutiram por telefone nesta "
                              "segunda-feira a situação em Aleppo, informou a chancelaria russa.",
                              at(2016, 9, 20, 1));
    expect("atualizada", &r, "lavrov_kerry_call", "2016-09-19");
    assert_true(r.date_from_text);
}

/* "The day before" a date the sentence tells ("On Monday Lavrov said that the day before he
   had spoken with Kerry") is that date's day before; "днём ранее" is no recollection cue. */
static void
test_the_day_before(void **state)
{
    static const case_t cases[] = {
        { "ru", "", "В понедельник Сергей Лавров заявил журналистам, что днём ранее провёл "
          "телефонный разговор с Джоном Керри.", "lavrov_kerry_call", "2016-09-18" },
        { "ja", "", "ロシアのラブロフ外相は19日、前日にケリー米国務長官と電話会談したと明らかにした。",
          "lavrov_kerry_call", "2016-09-18" },
        { "en", "", "Lavrov told reporters on Monday that he had spoken by phone with Kerry the "
          "day before.", "lavrov_kerry_call", "2016-09-18" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 12));
}

/* A weekday to come in the call's sentence ("the truce that takes effect from next Monday")
   is no date of the call: the call is the publication's day, not the Monday before. */
static void
test_weekday_to_come_is_no_date(void **state)
{
    static const case_t cases[] = {
        { "en", "", "Lavrov and Kerry discussed by phone the truce that takes effect next Monday.",
          "lavrov_kerry_call", "2016-09-07" },
        { "fr", "", "Lavrov et Kerry ont évoqué au téléphone la trêve qui entrera en vigueur à "
          "partir de lundi.", "lavrov_kerry_call", "2016-09-07" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 7, 12));
}

/* A range of days in the call's sentence is the meeting's it arranged ("agreed in a phone
   call to meet in Geneva on Sept. 8-9"): it dates no call, the page's date line does. */
static void
test_range_of_days_is_no_call_date(void **state)
{
    static const case_t cases[] = {
        { "en", "Lavrov, Kerry to meet Sept. 8-9 to discuss Syria",
          "date 2016-09-07\nRussia's Foreign Minister Sergei Lavrov and U.S. Secretary of State "
          "John Kerry agreed in a phone call to meet in Geneva on Sept. 8-9 to discuss the "
          "conflict in Syria, the ministry said.", "lavrov_kerry_call", "2016-09-07" },
        { "en", "Lavrov, Kerry talk", "Sergei Lavrov and John Kerry spoke by phone on Sept. 7 "
          "and agreed to meet in Geneva on Sept. 8-9.", "lavrov_kerry_call", "2016-09-07" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 8, 6));
}

/* A call dated days back by a noun's date in its sentence ("the attack near Damascus on
   Wednesday") takes the day of the first sentence when that one tells it again between the
   same two: "Kerry told Lavrov on Sunday". Told to someone else, the first sentence gives it
   no day, and the call stays a recollection. */
static void
test_first_sentence_dates_the_call(void **state)
{
    static const case_t cases[] = {
        { "en", "", "WASHINGTON (Reuters) - Secretary of State John Kerry told Russian Foreign "
          "Minister Sergei Lavrov on Sunday that Syria's offer came too late, an official said."
          "\nKerry spoke with Lavrov by phone as Washington weighed a response to the attack "
          "near Damascus on Wednesday.", "lavrov_kerry_call", "2013-08-25" },
        { "en", "", "WASHINGTON (Reuters) - Secretary of State John Kerry told reporters on "
          "Sunday that Syria's offer came too late.\nKerry spoke with Lavrov by phone as "
          "Washington weighed a response to the attack near Damascus on Wednesday.", NULL,
          NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2013, 8, 25, 17));
}

/* A German attributive participle phrase holds its own date: "über die am Freitag in Minsk
   vereinbarte Waffenruhe" (the truce agreed on Friday) leaves the call its Saturday. */
static void
test_date_of_a_participle_phrase(void **state)
{
    static const case_t cases[] = {
        { "de", "", "Lawrow und Kerry haben am Samstag über die am Freitag in Minsk vereinbarte "
          "Waffenruhe telefoniert.", "lavrov_kerry_call", "2014-09-06" },
        { "de", "", "Lawrow und Kerry haben am Freitag über die Waffenruhe telefoniert.",
          "lavrov_kerry_call", "2014-09-05" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 9, 6, 18));
}

/* A date marked as the start of something ("27일 0시(시리아 시간)부터 발효되는", from 0:00 on
   the 27th) is the truce's; the call's own start ("7日、午後6時から約20分間") stays its day. */
static void
test_date_a_truce_starts_from(void **state)
{
    static const case_t cases[] = {
        { "ko", "", "러시아 외무부는 26일(현지시간) 세르게이 라브로프 장관과 존 케리 미 국무장관이 전화 "
          "통화를 하고 27일 0시(시리아 시간)부터 발효되는 휴전 합의의 이행 방안을 논의했다고 "
          "밝혔다.", "lavrov_kerry_call", "2016-02-26" },
        { "ja", "", "ラブロフ外相とケリー国務長官は26日、午後6時から約20分間、電話で会談した。",
          "lavrov_kerry_call", "2016-02-26" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 2, 27, 0));
}

/* A newspaper's page carries its own date line ("الأحد - 10 يناير 2016", the next day's
   edition) between the headline and the story: its weekday is that date's, not a weekday of
   the call ("أمس السبت", yesterday Saturday, is). */
static void
test_page_date_line(void **state)
{
    static const case_t cases[] = {
        { "ar", "",
          "صحيفة الخبر\nلافروف وكيري يبحثان هاتفيا الأزمة السورية\nالأحد - 10 يناير 2016 م\n"
          "موسكو: «الخبر»\nبحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأميركي جون كيري، في "
          "اتصال هاتفي مساء أمس السبت، الأزمة السورية والتحضيرات لمفاوضات جنيف.",
          "lavrov_kerry_call", "2016-01-09" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 1, 9, 23) + 20 * 60000);
    /* the headline line's own stamp, after its words and a comma before the clock, is when
       the line was posted: the body's day comes first */
    static const case_t stamped[] = {
        { "id", "", "Kerry dan Lavrov kembali bicara soal Suriah via telepon detikNews | "
          "Internasional | Minggu 02 Okt 2016, 09:00 WIB\n\nMoskow - Menlu AS John Kerry dan "
          "Menlu Rusia Sergei Lavrov kembali berbicara melalui telepon soal Suriah.\n\n"
          "Kementerian Luar Negeri Rusia menyebut kedua menlu berbicara pada Sabtu (1/10/2016).",
          "lavrov_kerry_call", "2016-10-01" },
    };
    check_cases(*state, stamped, 1, at(2016, 10, 2, 2));
}

/* A short line above the story that holds a whole date is the page's own stamp (a print
   edition's, a page's): "yesterday" counts from it, not from a publication time a day later
   (a feed, a scrape), nor from one the evening before (a print edition put online the evening
   before its date). A stamp more than a week before the publication is not the page's. */
static void
test_relative_words_count_from_the_page_stamp(void **state)
{
    static const case_t cases[] = {
        { "nl", "Amerikanen zetten Moskou onder druk", "Maandag 21 juli 2014 | Buitenland | "
          "pagina 3\nMinister John Kerry belde gisteren met zijn Russische ambtgenoot Sergej "
          "Lavrov over de onderzoekers bij het wrak.", "lavrov_kerry_call", "2014-07-20" },
        { "ru", "Конвой ждёт", "Газета «Вестник» №143 от 21.07.2014\nВчера глава МИД России "
          "Сергей Лавров провел телефонный разговор с госсекретарем США Джоном Керри.",
          "lavrov_kerry_call", "2014-07-20" },
        { "ru", "Конвой ждёт", "Газета «Вестник» №143 от 01.07.2014\nВчера глава МИД России "
          "Сергей Лавров провел телефонный разговор с госсекретарем США Джоном Керри.",
          "lavrov_kerry_call", "2014-07-21" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 7, 22, 5));
    static const case_t evening_before[] = {
        { "ru", "Москва и Вашингтон сверяют часы", "Газета «Вестник» №170 от 19.09.2015, стр. 6"
          "\nГлава МИД России Сергей Лавров и госсекретарь США Джон Керри вчера провели "
          "телефонный разговор о Сирии.", "lavrov_kerry_call", "2015-09-18" },
    };
    check_cases(*state, evening_before, 1, at(2015, 9, 18, 20) + 30 * 60000);
}

/* Every sentence of a paragraph of prose is prose: the meeting told in the first sentence is
   dated by it, not by the call that prepared it in the second ("в среду"). */
static void
test_sentences_of_a_paragraph(void **state)
{
    static const case_t cases[] = {
        { "ru", "Лавров и Керри встретились в Женеве",
          "Сергей Лавров и Джон Керри в пятницу провели переговоры в Женеве. Встреча была "
          "подготовлена в ходе телефонного разговора министров в среду.", "lavrov_kerry_meeting",
          "2016-09-23" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 23, 15));
}

/* A call told first by what was said, dated only in a later paragraph's sentence that names
   it again without its parties ("Розмова телефоном відбулася в неділю"). */
static void
test_dated_in_a_later_sentence(void **state)
{
    static const case_t cases[] = {
        { "uk", "Керрі закликав Лаврова забезпечити доступ до місця катастрофи",
          "Держсекретар США Джон Керрі закликав главу МЗС РФ Сергія Лаврова забезпечити доступ "
          "експертів до місця катастрофи.\n"
          "Американський дипломат наполягав на негайному припиненні вогню, повідомили в "
          "Держдепартаменті.\n"
          "Розмова телефоном відбулася в неділю.", "lavrov_kerry_call", "2014-07-20" },
        { "en", "Kerry urges Lavrov to open access to crash site",
          "Secretary of State John Kerry urged Russian Foreign Minister Sergei Lavrov to secure "
          "access to the crash site.\n"
          "He pressed for an immediate ceasefire, the State Department said.\n"
          "The phone call took place on Sunday.", "lavrov_kerry_call", "2014-07-20" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 7, 21, 7));
}

/* The only date of the call's sentence belongs to another clause ("although Washington said
   on Monday", "said on Wednesday that in the conversation"); the next sentence dates the call
   in its own clause. A date the next sentence gives another action is that action's. */
static void
test_dated_by_the_next_sentence(void **state)
{
    static const case_t cases[] = {
        { "en", "Lavrov and Kerry talk despite the suspension",
          "Sergei Lavrov and John Kerry discussed Syria by phone, although Washington announced "
          "on Monday that it was suspending bilateral talks with Moscow.\n"
          "The call took place on Wednesday, according to the Russian Foreign Ministry.",
          "lavrov_kerry_call", "2016-10-05" },
        { "de", "Lawrow: Kerry versprach Einfluss auf Kiew",
          "Der russische Außenminister Sergej Lawrow sagte am Donnerstag, dass US-Außenminister "
          "John Kerry ihm im Telefongespräch Einfluss auf Kiew zugesagt habe.\n"
          "Das Gespräch fand am Mittwoch statt.", "lavrov_kerry_call", "2016-10-05" },
        { "en", "Lavrov and Kerry talk despite the suspension",
          "Sergei Lavrov and John Kerry discussed Syria by phone, although Washington announced "
          "on Thursday that it was suspending bilateral talks with Moscow.\n"
          "The ministers discussed the results of the meeting in Lausanne on Sunday.",
          "lavrov_kerry_call", "2016-10-06" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 10, 6, 15));
}

/* The call's sentence has no date and the next one tells it again with its day, then the day
   it was announced: the retelling's own clause dates the call, before any weekday around. */
static void
test_undated_call_dated_by_its_retelling(void **state)
{
    static const case_t cases[] = {
        { "pl", "", "Ławrow i Kerry ponownie rozmawiali przez telefon o rozejmie w Syrii. Do "
          "rozmowy doszło w niedzielę 14 lutego, poinformowało w poniedziałek rosyjskie MSZ.",
          "lavrov_kerry_call", "2016-02-14" },
        { "en", "", "Lavrov and Kerry spoke by phone again about the Syrian truce. The "
          "conversation took place on Sunday, February 14, the Russian ministry said on Monday.",
          "lavrov_kerry_call", "2016-02-14" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 2, 15, 20));
}

/* A scraped page's headline (a line of the body above the story, no title given) tells the
   call without a day; the story's first sentence dates it, before the dateline does. */
static void
test_headline_line_dated_by_the_story(void **state)
{
    static const case_t cases[] = {
        { "en", "", "Kerry, Lavrov discuss Aleppo evacuation proposals by phone\n"
          "MOSCOW, Dec 4 (Reuters)\nPublished December 4, 2016\n"
          "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry "
          "discussed ways to end the fighting in Aleppo in a telephone conversation on Saturday, "
          "the Russian Foreign Ministry said on Sunday.", "lavrov_kerry_call", "2016-12-03" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 12, 4, 12));
}

/* A day's possessive belongs to its noun: "last Wednesday's attack" is the attack's day, not
   the call's; "yesterday's phone call" is the call's, and so is "Friday's" told by an
   adjective. */
static void
test_a_days_possessive(void **state)
{
    static const case_t cases[] = {
        { "en", "Lavrov warns Kerry against military action",
          "Russian Foreign Minister Sergei Lavrov warned Secretary of State John Kerry on Monday "
          "against any military action, the ministry said.\n"
          "In a telephone conversation initiated by the American side, Lavrov told Kerry to wait "
          "for the inspectors to examine the site of last Wednesday's attack.",
          "lavrov_kerry_call", "2013-08-26" },
        { "en", "", "In yesterday's phone call, Sergei Lavrov told John Kerry to wait for the "
          "inspectors.", "lavrov_kerry_call", "2013-08-25" },
        /* the weekday's adjective: Polish, Czech, Slovak, Ukrainian "Friday's conversation" */
        { "pl", "", "W piątkowej rozmowie telefonicznej Siergiej Ławrow i John Kerry omówili "
          "sytuację w Syrii.", "lavrov_kerry_call", "2013-08-23" },
        { "cs", "", "V pátečním telefonátu Sergej Lavrov a John Kerry probrali situaci v Sýrii.",
          "lavrov_kerry_call", "2013-08-23" },
        { "sk", "", "V piatkovom telefonickom rozhovore Sergej Lavrov a John Kerry prebrali "
          "situáciu v Sýrii.", "lavrov_kerry_call", "2013-08-23" },
        { "uk", "", "У п'ятничній телефонній розмові Сергій Лавров і Джон Керрі обговорили "
          "ситуацію в Сирії.", "lavrov_kerry_call", "2013-08-23" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2013, 8, 26, 16));
}

/* A long breadcrumb above the page's date line is no sentence: the stamp under it still
   dates the readout's "today" (published after midnight in Moscow). */
static void
test_stamp_below_a_breadcrumb(void **state)
{
    static const case_t cases[] = {
        { "en", "", "U.S. Department of State\n"
          "Home » Under Secretary for Public Diplomacy and Public Affairs » Bureau of Public "
          "Affairs » Bureau of Public Affairs: Press Office » Press Releases: 2016 » February »\n"
          "Secretary Kerry's Call With Russian Foreign Minister Lavrov\nPress Statement\n"
          "Washington, DC\nFebruary 20, 2016\n"
          "Secretary Kerry spoke today with Russian Foreign Minister Sergey Lavrov to discuss "
          "the cessation of hostilities in Syria.", "lavrov_kerry_call", "2016-02-20" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 2, 21, 1));
}

static void
test_page_without_dateline(void **state)
{
    const catalog_t *c = *state;
    /* Section names and the headline repeated before the story: the lead is the first prose. */
    classify_result_t r = run(c, "de", "Russland und USA beraten erneut über Syrien",
                              "Welt\nRussland und USA beraten erneut über Syrien\n"
                              "Moskau und Washington bleiben im Gespräch: Die Außenminister beider "
                              "Länder haben erneut miteinander telefoniert.\n"
                              "Das Außenministerium in Moskau\nBild: Agentur\n"
                              "Die Außenminister Russlands und der USA haben am 4. März telefonisch "
                              "über die Waffenruhe beraten.\n", at(2016, 3, 5, 9));
    expect("offices in one term", &r, "lavrov_kerry_call", "2016-03-04");
    r = run(c, "de", "Kein Durchbruch bei Treffen von Kerry und Lawrow",
            "Bei einem Treffen in Paris haben US-Außenminister John Kerry und sein russischer "
            "Kollege Sergej Lawrow am Sonntagabend keine Einigung erzielt.", at(2014, 3, 31, 7));
    expect("kein reaches one word", &r, "lavrov_kerry_meeting", "2014-03-30");
}

static void
test_event_dates(void **state)
{
    const catalog_t *c = *state;
    /* a dateline past the publication's day in Moscow (a writer in a time zone ahead, or a
       page dated by its edition): the call was no later than the publication */
    classify_result_t late = run(c, "en", "Lavrov, Kerry talk",
                                 "Aug. 17, 2016 - Sergey Lavrov and John Kerry held a telephone "
                                 "conversation, the Russian foreign ministry said.",
                                 at(2016, 8, 16, 20));
    expect("dateline ahead", &late, "lavrov_kerry_call", "2016-08-16");
    assert_string_equal(late.text_date, "2016-08-17");
    assert_int_equal(late.date_how, CLASSIFY_DATE_PUBLISHED);
    late = run(c, "en", "Lavrov, Kerry talk",
               "Aug. 17, 2016 - Sergey Lavrov and John Kerry held a telephone conversation, the "
               "Russian foreign ministry said.", at(2016, 8, 16, 22));
    expect("dateline on the Moscow day", &late, "lavrov_kerry_call", "2016-08-17");
    assert_string_equal(late.text_date, "");
    classify_result_t r = run(c, "en", "Lavrov and Kerry talk",
                              "On January 25, Foreign Minister Sergey Lavrov spoke with U.S. Secretary "
                              "of State John Kerry during a phone call.", at(2015, 1, 26, 9));
    expect("month-day", &r, "lavrov_kerry_call", "2015-01-25");
    /* a date that belongs to a noun is not the call's date: the dateline is */
    r = run(c, "en", "Lavrov, Kerry discuss Minsk deal",
            "MOSCOW, October 8. /TASS/. Lavrov and Kerry discussed by phone the Minsk agreements of "
            "February 12.", at(2015, 10, 8, 11));
    expect("attributive", &r, "lavrov_kerry_call", "2015-10-08");
    /* no date anywhere: the publication date, with less confidence */
    classify_result_t dated = run(c, "en", "Lavrov and Kerry discuss Syria",
                                  "Lavrov and Kerry discussed Syria in a telephone conversation on "
                                  "Tuesday, the ministry said.", at(2016, 5, 10, 22));
    r = run(c, "en", "Lavrov and Kerry discuss Syria",
            "Lavrov and Kerry discussed Syria in a telephone conversation, the ministry said.",
            at(2016, 5, 10, 22));
    expect("fallback", &r, "lavrov_kerry_call", "2016-05-10");
    assert_false(r.date_from_text);
    assert_true(dated.date_from_text);
    assert_true(r.confidence < dated.confidence);
    /* a weekday resolves against the dateline, not the publication time */
    r = run(c, "en", "Lavrov and Kerry talk by phone",
            "MOSCOW, March 6. /TASS/. Lavrov and Kerry spoke by phone on Sunday.",
            at(2016, 3, 5, 22));      /* 22:00 UTC Saturday is 01:00 Sunday in Moscow */
    expect("weekday vs dateline", &r, "lavrov_kerry_call", "2016-03-06");
}

/* A date a week or more before the publication, read in another sentence than the one that
   tells the call, is background (the agreements of a visit a month before): the call is the
   publication's day. Nearer, or in the call's own sentence, the date is the call's. */
static void
test_background_date(void **state)
{
    static const case_t cases[] = {
        { "en", "Lavrov and Kerry spoke by phone",
          "The ministers discussed preparations to carry out the agreements reached during "
          "Kerry's visit to Moscow on July 15, the ministry said.",
          "lavrov_kerry_call", "2016-08-16" },
        { "en", "Lavrov and Kerry spoke by phone",
          "The ministers discussed on August 15 preparations to carry out the agreements, the "
          "ministry said.",
          "lavrov_kerry_call", "2016-08-15" },
        { "en", "Ministers talk",
          "Lavrov and Kerry spoke by phone on July 15 about the agreements, the ministry said.",
          "lavrov_kerry_call", "2016-07-15" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 8, 16, 10));
}

/* Day words the lexicon lacked: Arabic "البارحة" and Persian "روز گذشته" (yesterday), the
   Greek genitive weekday ("το βράδυ της Κυριακής"), Dutch weekday compounds ("zondagavond"),
   Brazil's short weekday ("nesta segunda"), last night in hr/bg ("sinoć", "снощи"), Arabic
   "أول من أمس", Chinese "当天" (the same day). */
static void
test_more_day_words(void **state)
{
    static const case_t cases[] = {
        { "ar", "", "بحث وزير الخارجية الروسي سيرغي لافروف البارحة هاتفيا مع نظيره الأمريكي جون "
          "كيري الوضع في سوريا.", "lavrov_kerry_call", "2016-09-18" },
        { "fa", "", "سرگئی لاوروف و جان کری روز گذشته در تماس تلفنی درباره سوریه گفت‌وگو کردند.",
          "lavrov_kerry_call", "2016-09-18" },
        { "el", "", "Ο Σεργκέι Λαβρόφ και ο Τζον Κέρι είχαν τηλεφωνική επικοινωνία το βράδυ της "
          "Κυριακής.", "lavrov_kerry_call", "2016-09-18" },
        { "nl", "", "Lavrov en Kerry hebben zondagavond telefonisch overlegd over Syrië.",
          "lavrov_kerry_call", "2016-09-18" },
        /* Brazil's "nesta segunda" (this Monday) */
        { "pt", "", "Lavrov e Kerry conversaram por telefone nesta segunda sobre a Síria.",
          "lavrov_kerry_call", "2016-09-19" },
        /* a weekday's adjective (ru "субботнего", Saturday's); Vietnamese "sáng 18/9" (the
           morning of) */
        { "ru", "", "Итоги субботнего телефонного разговора Лаврова и Керри оказались скромными, "
          "хотя в ночь на пятницу в Мюнхене была достигнута договоренность.",
          "lavrov_kerry_call", "2016-09-17" },
        { "vi", "", "Ngoại trưởng Mỹ John Kerry sáng 18/9 đã điện đàm với người đồng cấp Nga "
          "Sergei Lavrov.", "lavrov_kerry_call", "2016-09-18" },
        /* "the same day" is the date told before it: the ministry's 18th, not the test's 17th */
        { "zh", "俄美外长通电话讨论朝鲜问题",
          "新华社莫斯科9月18日电 俄罗斯外交部18日发布消息说，俄外长拉夫罗夫当天与美国国务卿克里通电话，"
          "讨论了朝鲜17日进行导弹试射后的半岛局势。", "lavrov_kerry_call", "2016-09-18" },
        /* last night in the South Slavic languages and Bulgarian; Arabic "أول من أمس" (the
           day before yesterday) */
        { "hr", "", "Lavrov je sinoć telefonom razgovarao s Kerryjem o Siriji.",
          "lavrov_kerry_call", "2016-09-18" },
        { "bg", "", "Лавров и Кери са разговаряли снощи по телефона за Сирия.",
          "lavrov_kerry_call", "2016-09-18" },
        { "ar", "", "بحث لافروف هاتفيا أول من أمس مع نظيره الأمريكي جون كيري الوضع في سوريا.",
          "lavrov_kerry_call", "2016-09-17" },
        /* the reader's clock beside the event's: the event's day */
        { "ja", "", "ラブロフ外相とケリー国務長官は18日夜（日本時間19日未明）、電話で会談した。",
          "lavrov_kerry_call", "2016-09-18" },
        { "ko", "", "라브로프 장관과 케리 장관은 현지시간 18일(한국시간 19일) 전화 통화를 했다.",
          "lavrov_kerry_call", "2016-09-18" },
        { "vi", "", "Tối 18/9 theo giờ Moskva (tức rạng sáng 19/9 giờ Hà Nội), Ngoại trưởng "
          "Sergei Lavrov và Ngoại trưởng John Kerry đã điện đàm.", "lavrov_kerry_call",
          "2016-09-18" },
        /* the reader's clock alone: the Moscow day, the one before in the small hours */
        { "zh", "", "俄罗斯外长拉夫罗夫北京时间18日晚间与美国国务卿克里通电话。",
          "lavrov_kerry_call", "2016-09-18" },
        { "ja", "", "ラブロフ外相とケリー国務長官は日本時間19日未明、電話で会談した。",
          "lavrov_kerry_call", "2016-09-18" },
        { "ja", "", "ロシアのラブロフ外相は日本時間の19日未明、アメリカのケリー国務長官と電話で"
          "会談した。", "lavrov_kerry_call", "2016-09-18" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 9));
}

/* A sentence next to the call's that tells of no one ("On Friday, more than 40 people died
   in a fire") does not date the call, nor a list's next headline; a date that belongs to a
   noun in Serbian and Ukrainian ("споразума од 21. фебруара") does not either; nor a date
   the sentence before the call's gives after its own. */
static void
test_other_events_next_to_the_call(void **state)
{
    static const case_t cases[] = {
        { "pt", "", "O governo russo voltou a exigir neste domingo que Kiev suspenda a operação "
          "militar no leste.\n"
          "Na sexta-feira, mais de 40 pessoas morreram num incêndio em Odessa.\n"
          "O pedido foi feito pelo chanceler Sergei Lavrov em conversa telefônica com o "
          "secretário de Estado americano, John Kerry.", "lavrov_kerry_call", "2014-05-04" },
    };
    /* a list's next headline below the story's first sentence dates nothing of it */
    static const case_t lists[] = {
        { "uk", "", "Стрічка новин\n"
          "20:40 У Києві відкрили нову станцію метро\n"
          "19:15 Лавров і Керрі телефоном обговорили мінські домовленості\n"
          "Міністри обговорили також іранську ядерну програму, повідомили в МЗС Росії.\n"
          "18:10 Прогноз погоди на неділю: дощі на заході", "lavrov_kerry_call", "2015-03-21" },
    };
    check_cases(*state, lists, sizeof lists / sizeof lists[0], at(2015, 3, 21, 19));
    /* a list headline's own stamp is when it was posted (in Tokyo, the next day) */
    static const case_t stamps[] = {
        { "ja", "", "国際ニュース一覧\n"
          "9月18日 6時12分 米ロ外相が電話会談 停戦めぐり\n"
          "ロシアのラブロフ外相は17日、アメリカのケリー国務長官と電話で会談し、停戦の維持を求めました。\n"
          "9月18日 5時40分 ニューヨークで爆発", "lavrov_kerry_call", "2016-09-17" },
        { "ko", "", "국제 뉴스\n"
          "9월 18일 6시 12분 러-미 외무장관 전화통화\n"
          "라브로프 러시아 외무장관은 17일 케리 미국 국무장관과 전화통화를 했다.\n"
          "9월 18일 5시 40분 뉴욕에서 폭발", "lavrov_kerry_call", "2016-09-17" },
    };
    check_cases(*state, stamps, sizeof stamps / sizeof stamps[0], at(2016, 9, 17, 22));
    /* "today" under a CNA dateline is the dateline's day, not Taipei's next morning */
    static const case_t cna[] = {
        { "zh", "", "（中央社華盛頓3日綜合外電報導）美國國務院表示，國務卿凱瑞今天與俄羅斯外長拉夫羅夫"
          "通電話。", "lavrov_kerry_call", "2014-03-03" },
    };
    check_cases(*state, cna, sizeof cna / sizeof cna[0], at(2014, 3, 4, 1));
    static const case_t nouns[] = {
        { "sr", "", "Лавров и Кери разговарали су телефоном о спровођењу споразума од 21. "
          "фебруара.", "lavrov_kerry_call", "2014-02-23" },
        { "uk", "", "Лавров і Керрі обговорили телефоном виконання угоди від 21 лютого.",
          "lavrov_kerry_call", "2014-02-23" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 5, 4, 15));
    check_cases(*state, nouns, sizeof nouns / sizeof nouns[0], at(2014, 2, 23, 15));
    /* the sentence before the call's gives its own date first; a later one is what it goes
       on to tell (the plane downed on Thursday) */
    static const case_t first[] = {
        { "es", "Kerry exige a Lavrov acceso al lugar del siniestro",
          "El secretario de Estado John Kerry exigió este sábado al ministro ruso Sergei Lavrov "
          "que los investigadores puedan acceder a los restos del avión derribado el jueves.\n"
          "En una llamada telefónica, Kerry trasladó a Lavrov la grave preocupación de "
          "Washington.", "lavrov_kerry_call", "2014-07-19" },
        { "en", "Kerry presses Lavrov on crash site",
          "Secretary of State John Kerry on Saturday pressed Russian Foreign Minister Sergei "
          "Lavrov to secure access to the wreckage of the airliner downed on Thursday.\n"
          "In a phone call, Kerry told Lavrov that the separatists were blocking monitors.",
          "lavrov_kerry_call", "2014-07-19" },
    };
    check_cases(*state, first, sizeof first / sizeof first[0], at(2014, 7, 19, 18));
    /* the announcement's day in a clause of its own is not the call's; nor in the sentence
       next to the call's, which tells the call with its parties */
    static const case_t announced[] = {
        { "de", "Lawrow und Kerry telefonieren",
          "Wie das Außenamt in Moskau am Sonntag mitteilte, telefonierten Sergej Lawrow und John "
          "Kerry am Samstagabend über die Lage in der Ostukraine.", "lavrov_kerry_call",
          "2015-01-24" },
        { "de", "Kerry und Lawrow telefonieren",
          "Nach dem Raketenangriff auf Mariupol haben die Außenminister Russlands und der USA "
          "telefoniert.\nWie das Außenamt in Moskau am Sonntag mitteilte, sprachen Sergej Lawrow "
          "und John Kerry am Samstagabend über die Lage in der Ostukraine.", "lavrov_kerry_call",
          "2015-01-24" },
    };
    check_cases(*state, announced, sizeof announced / sizeof announced[0], at(2015, 1, 25, 10));
    /* a month and day to come in the call's sentence ("scheduled for November 14") is no
       date of the call, nor the same day a year back */
    static const case_t coming[] = {
        { "bg", "Лавров и Кери обсъдиха катастрофата над Синай",
          "Министърът на външните работи на Русия Сергей Лавров е обсъдил в петък с американския "
          "държавен секретар катастрофата над Синай.\n"
          "По време на разговора двамата са обсъдили и подготовката за срещата за Сирия във "
          "Виена, насрочена за 14 ноември.", "lavrov_kerry_call", "2015-11-06" },
    };
    check_cases(*state, coming, sizeof coming / sizeof coming[0], at(2015, 11, 6, 15));
    /* a sentence that tells the call again dates it, but not with the date of a clause "where"
       opens after its action: what happened there */
    static const case_t where[] = {
        { "en", "Kerry and Lavrov discuss Odessa",
          "U.S. Secretary of State John Kerry had a telephone conversation with Russian Foreign "
          "Minister Sergei Lavrov.\nThe conversation was initiated by the American side, the "
          "Russian foreign ministry said. The sides discussed the situation in Ukraine, including "
          "the events in Odessa, where on May 2 more than 40 people were killed.",
          "lavrov_kerry_call", "2014-05-03" },
        { "uk", "Керрі і Лавров обговорили події в Одесі",
          "Держсекретар США Джон Керрі провів телефонну розмову з міністром закордонних справ "
          "Росії Сергієм Лавровим.\nРозмова відбулася з ініціативи американської сторони, "
          "повідомили в МЗС Росії. Сторони обговорили ситуацію в Україні, зокрема події в "
          "Одесі, де 2 травня загинули понад 40 людей.", "lavrov_kerry_call", "2014-05-03" },
    };
    check_cases(*state, where, sizeof where / sizeof where[0], at(2014, 5, 3, 20));
}

/* A date put first and set off by a comma (a parenthesis between at most) dates the clause
   after it, before a date that an attribute of the call's topic holds ("the agreements reached
   in Munich on February 12"). */
static void
test_date_put_first(void **state)
{
    static const case_t cases[] = {
        { "vi", "", "Theo phóng viên tại Moskva, ngày 18/2 (theo giờ địa phương), Ngoại trưởng "
          "Nga Sergei Lavrov đã điện đàm với Ngoại trưởng Mỹ John Kerry về việc thực hiện các "
          "thỏa thuận đạt được tại Munich hôm 12/2.", "lavrov_kerry_call", "2016-02-18" },
        { "en", "", "On February 18, Russian Foreign Minister Sergei Lavrov spoke by phone with "
          "John Kerry about the agreements reached in Munich on February 12.",
          "lavrov_kerry_call", "2016-02-18" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 2, 19, 1));
}

/* A headline line tells the call with no day, a source's stamp line follows it (not the rest
   of its sentence, though it begins with a small letter), and the story retells the call in a
   phrase of another action that may be it ("si sono sentiti al telefono martedì 26 aprile"):
   the retelling's day, not the stamp's. */
static void
test_headline_line_over_a_stamp_line(void **state)
{
    static const case_t cases[] = {
        { "it", "", "Siria, telefonata Kerry-Lavrov su Aleppo: \"Salvare la tregua\"\n"
          "la Repubblica  27 aprile 2016\n"
          "Il segretario di Stato americano John Kerry e il ministro degli Esteri russo Serghei "
          "Lavrov si sono sentiti al telefono martedì 26 aprile per discutere di Aleppo.",
          "lavrov_kerry_call", "2016-04-26" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 4, 27, 8));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_updated_story_keeps_its_date),
        cmocka_unit_test(test_the_day_before),
        cmocka_unit_test(test_weekday_to_come_is_no_date),
        cmocka_unit_test(test_page_date_line),
        cmocka_unit_test(test_relative_words_count_from_the_page_stamp),
        cmocka_unit_test(test_sentences_of_a_paragraph),
        cmocka_unit_test(test_dated_in_a_later_sentence),
        cmocka_unit_test(test_dated_by_the_next_sentence),
        cmocka_unit_test(test_headline_line_dated_by_the_story),
        cmocka_unit_test(test_a_days_possessive),
        cmocka_unit_test(test_stamp_below_a_breadcrumb),
        cmocka_unit_test(test_page_without_dateline),
        cmocka_unit_test(test_event_dates),
        cmocka_unit_test(test_background_date),
        cmocka_unit_test(test_more_day_words),
        cmocka_unit_test(test_other_events_next_to_the_call),
        cmocka_unit_test(test_range_of_days_is_no_call_date),
        cmocka_unit_test(test_first_sentence_dates_the_call),
        cmocka_unit_test(test_undated_call_dated_by_its_retelling),
        cmocka_unit_test(test_date_put_first),
        cmocka_unit_test(test_headline_line_over_a_stamp_line),
        cmocka_unit_test(test_date_of_a_participle_phrase),
        cmocka_unit_test(test_date_a_truce_starts_from),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

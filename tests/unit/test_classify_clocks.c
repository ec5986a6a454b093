/* SPDX-License-Identifier: MIT
 *
 * test_classify_clocks — which day a date is in Moscow, against the shipped catalog: the
 * writer's zone ("вчера" at 01:30 in Moscow, "어제" at 08:00 in Seoul, Central Europe's
 * summer time), evenings and nights in Washington, clocks named next to the day or told in a
 * later sentence. The other date rules are test_classify_dates.c's. The texts are written for
 * these tests. */
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

/* "Вчера" and "сегодня" written at 01:30 in Moscow (22:30 UTC the day before) count from the
   Moscow day; a weekday in English still counts from the publication time. */
static void
test_moscow_writers_day(void **state)
{
    static const case_t cases[] = {
        { "ru", "Лавров и Керри поговорили по телефону",
          "Сергей Лавров и Джон Керри вчера обсудили по телефону Сирию.",
          "lavrov_kerry_call", "2016-09-19" },
        { "ru", "Лавров и Керри поговорили по телефону",
          "Сергей Лавров и Джон Керри сегодня обсудили по телефону Сирию.",
          "lavrov_kerry_call", "2016-09-20" },
        { "en", "Lavrov, Kerry talk", "Sergei Lavrov and John Kerry discussed Syria by phone yesterday.",
          "lavrov_kerry_call", "2016-09-18" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 22) + 30 * 60000);
}

/* A writer far east of UTC counts "yesterday" and weekdays from the day where it writes:
   08:00 on Tuesday in Seoul and Tokyo, 07:00 in Beijing, 04:30 in Delhi is Monday 23:00 UTC.
   Hindi "कल" is yesterday in a told call ("आजकल", nowadays, is no date); English still counts
   from UTC. A date read in a zone ahead of Moscow is marked so (date_local_ahead). */
static void
test_writers_zone_day(void **state)
{
    static const case_t cases[] = {
        { "ko", "라브로프-케리 전화 통화",
          "라브로프 러시아 외무장관과 케리 미국 국무장관이 어제 전화 통화를 했다.",
          "lavrov_kerry_call", "2016-01-11" },
        { "ja", "ラブロフ外相とケリー国務長官が電話会談",
          "ラブロフ外相は昨日、ケリー国務長官と電話で会談した。", "lavrov_kerry_call",
          "2016-01-11" },
        { "zh", "拉夫罗夫与克里通电话", "俄罗斯外长拉夫罗夫昨天与美国国务卿克里通电话。",
          "lavrov_kerry_call", "2016-01-11" },
        { "ko", "라브로프-케리 전화 통화",
          "라브로프 러시아 외무장관과 케리 미국 국무장관이 월요일 전화 통화를 했다.",
          "lavrov_kerry_call", "2016-01-11" },
        { "hi", "लावरोव और केरी के बीच फोन पर बातचीत",
          "रूसी विदेश मंत्री लावरोव और अमेरिकी विदेश मंत्री केरी ने कल फोन पर बातचीत की।",
          "lavrov_kerry_call", "2016-01-11" },
        { "en", "Lavrov, Kerry talk", "Sergei Lavrov and John Kerry discussed Syria by phone yesterday.",
          "lavrov_kerry_call", "2016-01-10" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 1, 11, 23));
    classify_result_t r = run(*state, "hi", "लावरोव और केरी के बीच फोन पर बातचीत",
                              "आजकल रूसी विदेश मंत्री लावरोव और अमेरिकी विदेश मंत्री केरी ने फोन पर "
                              "बातचीत की।", at(2016, 1, 12, 4));
    expect("nowadays", &r, "lavrov_kerry_call", "2016-01-12");
    assert_false(r.date_from_text);
    r = run(*state, "ar", "لافروف وكيري يبحثان هاتفيا الأزمة السورية",
            "بحث وزير الخارجية الروسي سيرغي لافروف مع وزير الخارجية الأمريكي جون كيري في اتصال "
            "هاتفي كل جوانب الأزمة السورية.", at(2016, 1, 11, 23));
    expect("Arabic every", &r, "lavrov_kerry_call", "2016-01-11");
    assert_false(r.date_from_text);
    /* the Seoul day may be the Moscow day after the call's; Moscow's and UTC's are not */
    static const char *const langs[] = { "ko", "ru", "en" };
    static const char *const bodies[] = {
        "라브로프 러시아 외무장관과 케리 미국 국무장관이 11일 전화 통화를 했다.",
        "Сергей Лавров и Джон Керри 11 января обсудили по телефону Сирию.",
        "Sergei Lavrov and John Kerry discussed Syria by phone on January 11.",
    };
    for (size_t i = 0; i < 3; i++) {
        r = run(*state, langs[i], "", bodies[i], at(2016, 1, 11, 23));
        expect(langs[i], &r, "lavrov_kerry_call", "2016-01-11");
        assert_int_equal(r.date_local_ahead, i == 0);
    }
}

/* A later sentence that tells the call again in Moscow's clock gives its Moscow day, which the
   lead's Washington day precedes: "late on Friday" under a Washington Friday dateline, then
   "in the early hours of Saturday Moscow time"; Korean "28일 밤(미 동부시간)", then
   "모스크바 시간으로 29일 새벽". */
static void
test_moscow_day_told_after(void **state)
{
    static const case_t cases[] = {
        { "en", "", "WASHINGTON (Reuters) - U.S. Secretary of State John Kerry spoke with Russian "
          "Foreign Minister Sergei Lavrov late on Friday about the monitors held in eastern "
          "Ukraine, an official said.\nThe Russian Foreign Ministry said the conversation took "
          "place in the early hours of Saturday Moscow time.", "lavrov_kerry_call",
          "2014-04-26" },
        { "ko", "", "존 케리 미국 국무장관이 28일 밤 세르게이 라브로프 러시아 외무장관과 "
          "전화통화를 하고 휴전 방안을 논의했다.\n러시아 외무부는 통화가 모스크바 시간으로 "
          "29일 새벽에 이뤄졌다고 밝혔다.", "lavrov_kerry_call", "2016-04-29" },
    };
    check_cases(*state, cases, 1, at(2014, 4, 26, 1));
    check_cases(*state, cases + 1, 1, at(2016, 4, 29, 3));
}

/* The later sentence may tell the exchange more precisely than the lead ("spoke", then "the
   telephone conversation"); Moscow's morning named by the place with a time of day ("tôt
   samedi matin à Moscou"); the US Eastern clock before its day with Japanese "の". */
static void
test_moscow_day_told_after_in_more_shapes(void **state)
{
    static const case_t cases[] = {
        { "en", "", "WASHINGTON/MOSCOW (Reuters) - Secretary of State John Kerry spoke with "
          "Russian Foreign Minister Sergei Lavrov late on Friday about Aleppo, the State "
          "Department said.\nThe Russian ministry said the telephone conversation took place "
          "early on Saturday Moscow time.", "lavrov_kerry_call", "2016-09-24" },
        { "fr", "", "Le secrétaire d'Etat John Kerry s'est entretenu vendredi soir au téléphone "
          "avec Sergueï Lavrov au sujet d'Alep.\nL'entretien a eu lieu vers 21 h, heure de "
          "Washington, soit tôt samedi matin à Moscou, selon la diplomatie russe.",
          "lavrov_kerry_call", "2016-09-24" },
        { "ja", "", "ケリー国務長官は米東部時間の23日午後9時ごろ、ロシアのラブロフ外相と電話で"
          "会談し、アレッポ情勢について協議した。", "lavrov_kerry_call", "2016-09-24" },
        /* a Washington afternoon, then the same day's late evening in Moscow: the "late" is
           the second date's, and "evening in Moscow" is Moscow's clock */
        { "en", "", "Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov "
          "held phone talks Friday on Aleppo.\n\nThe call took place Friday afternoon "
          "Washington time, late Friday evening in Moscow.", "lavrov_kerry_call", "2016-09-23" },
        /* written in Washington, but the evening is told in Moscow: its day */
        { "en", "", "WASHINGTON (Reuters) - Secretary of State John Kerry spoke by phone with "
          "Russian Foreign Minister Sergei Lavrov late Thursday evening in Moscow, the State "
          "Department said.", "lavrov_kerry_call", "2016-09-22" },
        /* Hungarian: Washington's clock named before the day, "késő este" (late evening) */
        { "hu", "", "John Kerry amerikai külügyminiszter washingtoni idő szerint pénteken késő "
          "este telefonált Szergej Lavrov orosz külügyminiszterrel Aleppóról.",
          "lavrov_kerry_call", "2016-09-24" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 24, 6));
}

/* An evening told in Washington is the next day in Moscow: a State Department statement
   placed "Washington, DC" over its date, a WASHINGTON dateline. Told in Moscow, the same
   evening stays its day. */
static void
test_evening_told_in_washington(void **state)
{
    static const case_t cases[] = {
        { "en", "", "Press Statement\nWashington, DC\nSeptember 30, 2016\nSecretary Kerry "
          "spoke by phone this evening with Russian Foreign Minister Sergey Lavrov about "
          "Aleppo.", "lavrov_kerry_call", "2016-10-01" },
        { "en", "", "WASHINGTON (Reuters) - Secretary of State John Kerry spoke by phone with "
          "Russian Foreign Minister Sergei Lavrov late on Friday about Aleppo.",
          "lavrov_kerry_call", "2016-10-01" },
        { "en", "", "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov spoke by phone "
          "with Secretary of State John Kerry late on Friday about Aleppo.",
          "lavrov_kerry_call", "2016-09-30" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 10, 1, 2));
}

/* Central and Eastern European writers count from their day, with summer time: 22:30 UTC on
   Sunday 18 September 2016 is 00:30 on Monday in Berlin and Warsaw, 01:30 in Athens; 22:30
   UTC on 17 January 2016 is 23:30 in Berlin, still Sunday. English still counts from UTC. */
static void
test_european_writers_day(void **state)
{
    static const case_t summer[] = {
        { "de", "", "Lawrow und Kerry haben gestern in einem Telefonat über Syrien beraten.",
          "lavrov_kerry_call", "2016-09-18" },
        { "pl", "", "Ławrow i Kerry rozmawiali wczoraj telefonicznie o Syrii.",
          "lavrov_kerry_call", "2016-09-18" },
        { "el", "", "Ο Λαβρόφ και ο Κέρι συνομίλησαν χθες τηλεφωνικά για τη Συρία.",
          "lavrov_kerry_call", "2016-09-18" },
        { "en", "", "Lavrov and Kerry discussed Syria by phone yesterday.", "lavrov_kerry_call",
          "2016-09-17" },
        { "fr", "", "Sergueï Lavrov et John Kerry se sont entretenus hier soir par téléphone.",
          "lavrov_kerry_call", "2016-09-18" },
        /* Turkey at UTC+3 since 7 September 2016; Arabic at UTC+3 */
        { "tr", "", "Lavrov ile Kerry dün akşam telefonda görüştü.", "lavrov_kerry_call",
          "2016-09-18" },
        { "ar", "", "بحث لافروف وكيري أمس في اتصال هاتفي الهدنة في سوريا.", "lavrov_kerry_call",
          "2016-09-18" },
    };
    check_cases(*state, summer, sizeof summer / sizeof summer[0], at(2016, 9, 18, 22) + 1800000);
    static const case_t winter[] = {
        { "de", "", "Lawrow und Kerry haben gestern in einem Telefonat über Syrien beraten.",
          "lavrov_kerry_call", "2016-01-16" },
    };
    check_cases(*state, winter, 1, at(2016, 1, 17, 22) + 1800000);
    /* Kyiv at UTC+2 in winter: 21:30 UTC is 23:30 there, still the 21st; Brazil at UTC-3:
       02:00 UTC is 23:00 the day before; Tehran at UTC+4:30 in summer: 19:45 UTC is 00:15 */
    static const case_t more[] = {
        { "uk", "", "Лавров і Керрі вчора провели телефонну розмову щодо Сирії.",
          "lavrov_kerry_call", "2016-02-20" },
    };
    check_cases(*state, more, 1, at(2016, 2, 21, 21) + 1800000);
    static const case_t brazil[] = {
        { "pt", "", "O chanceler russo Serguei Lavrov e o secretário de Estado John Kerry "
          "conversaram hoje por telefone sobre a Síria.", "lavrov_kerry_call", "2016-09-18" },
    };
    check_cases(*state, brazil, 1, at(2016, 9, 19, 2));
    static const case_t iran[] = {
        { "fa", "", "لاوروف و کری دیروز در گفتگوی تلفنی درباره آتش بس سوریه گفتگو کردند.",
          "lavrov_kerry_call", "2016-09-18" },
    };
    check_cases(*state, iran, 1, at(2016, 9, 18, 19) + 2700000);
}

/* "Last night", "anoche", "la nuit dernière", "прошлой ночью", "gisteravond", "昨晚": the evening
   before the publication. */
static void
test_last_night(void **state)
{
    static const case_t cases[] = {
        { "en", "", "Lavrov and Kerry spoke by phone last night about Aleppo, officials said.",
          "lavrov_kerry_call", "2016-09-19" },
        { "es", "", "Lavrov y Kerry hablaron por teléfono anoche sobre Alepo.", "lavrov_kerry_call",
          "2016-09-19" },
        { "fr", "",
          "Lavrov et Kerry se sont entretenus la nuit dernière par téléphone de la situation à "
          "Alep.",
          "lavrov_kerry_call", "2016-09-19" },
        { "ru", "", "Лавров и Керри прошлой ночью провели телефонный разговор.", "lavrov_kerry_call",
          "2016-09-19" },
        { "de", "", "Lawrow und Kerry haben vergangene Nacht miteinander telefoniert.",
          "lavrov_kerry_call", "2016-09-19" },
        { "tr", "", "Lavrov ile Kerry geçen gece telefonda görüştü.", "lavrov_kerry_call",
          "2016-09-19" },
        { "nl", "", "Lavrov en Kerry hebben gisteravond met elkaar gebeld.", "lavrov_kerry_call",
          "2016-09-19" },
        { "ar", "", "أجرى لافروف وكيري الليلة الماضية اتصالا هاتفيا.", "lavrov_kerry_call",
          "2016-09-19" },
        { "fa", "", "لاوروف و کری دیشب تلفنی گفتگو کردند.", "lavrov_kerry_call", "2016-09-19" },
        { "he", "", "לברוב וקרי שוחחו אמש בטלפון.", "lavrov_kerry_call", "2016-09-19" },
        { "vi", "", "Ngoại trưởng Lavrov và Ngoại trưởng Kerry đã điện đàm tối qua.",
          "lavrov_kerry_call", "2016-09-19" },
        { "id", "", "Lavrov dan Kerry berbicara melalui telepon tadi malam.", "lavrov_kerry_call",
          "2016-09-19" },
        { "zh", "", "拉夫罗夫与克里昨晚通电话。", "lavrov_kerry_call", "2016-09-19" },
        { "ja", "", "ラブロフ外相とケリー国務長官は昨夜、電話会談した。", "lavrov_kerry_call",
          "2016-09-19" },
        { "ko", "", "라브로프 외무장관과 케리 국무장관은 어젯밤 전화 통화를 했다.",
          "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 20, 10));
}

/* A date told in Moscow's clock is the event's; one told in Washington's is not. */
static void
test_named_clocks(void **state)
{
    static const case_t clocks[] = {
        { "en", "Kerry, Lavrov discuss truce",
          "Secretary of State John Kerry spoke with Russian Foreign Minister Sergei Lavrov by "
          "phone late Friday - early Saturday Moscow time - to discuss the truce.",
          "lavrov_kerry_call", "2016-07-09" },
        { "ja", "", "ラブロフ外相とケリー国務長官は、モスクワ時間9日未明（ワシントン時間8日夜）に電話で会談した。",
          "lavrov_kerry_call", "2016-07-09" },
        { "ru", "", "Министры переговорили по телефону в пятницу около 18:30 по вашингтонскому "
          "времени, сообщил Госдеп. Сергей Лавров и Джон Керри обсудили Сирию.",
          "lavrov_kerry_call", "2016-07-09" },
        /* an evening on Washington's clock is the next day in Moscow */
        { "zh", "", "拉夫罗夫与克里于美国东部时间8日晚9时许通电话。", "lavrov_kerry_call", "2016-07-09" },
        { "pl", "", "Ławrow i Kerry rozmawiali telefonicznie późnym wieczorem w piątek czasu "
          "waszyngtońskiego.", "lavrov_kerry_call", "2016-07-09" },
        { "pt", "", "Lavrov e Kerry conversaram por telefone na noite desta sexta-feira (8), pelo "
          "horário de Washington.", "lavrov_kerry_call", "2016-07-09" },
        { "uk", "", "Лавров і Керрі поговорили телефоном у п'ятницю ввечері за вашингтонським "
          "часом.", "lavrov_kerry_call", "2016-07-09" },
        /* the clock's name before the day; an evening told as "p.m.", "22 Uhr", "godz. 21",
           "مساء" */
        { "en", "", "John Kerry spoke by phone with Sergei Lavrov shortly after 9 p.m. Washington "
          "time Friday, officials said.", "lavrov_kerry_call", "2016-07-09" },
        { "es", "", "Kerry y Lavrov hablaron por teléfono hacia las 22.00 hora de Washington del "
          "viernes.", "lavrov_kerry_call", "2016-07-09" },
        { "de", "", "Kerry und Lawrow telefonierten am Freitag gegen 22 Uhr Ortszeit Washington.",
          "lavrov_kerry_call", "2016-07-09" },
        { "pl", "", "Ławrow i Kerry rozmawiali telefonicznie w piątek około godz. 21 czasu "
          "waszyngtońskiego.", "lavrov_kerry_call", "2016-07-09" },
        { "ar", "", "أجرى جون كيري اتصالا هاتفيا بسيرغي لافروف عند العاشرة من مساء الجمعة بتوقيت "
          "واشنطن.", "lavrov_kerry_call", "2016-07-09" },
        /* Washington's clock called Eastern time; an afternoon's hour from five, "오후 10시" */
        { "en", "", "John Kerry telephoned Sergei Lavrov at about 10 p.m. Eastern time on Friday, a "
          "State Department official said.", "lavrov_kerry_call", "2016-07-09" },
        { "ko", "", "존 케리 국무장관은 미 동부시간 8일 오후 10시께 세르게이 라브로프 러시아 "
          "외무장관과 전화 통화를 했다.", "lavrov_kerry_call", "2016-07-09" },
        { "ja", "", "ケリー国務長官は米東部時間8日午後10時ごろ、ロシアのラブロフ外相と電話で会談した。",
          "lavrov_kerry_call", "2016-07-09" },
        /* a late afternoon in Washington is past midnight in Moscow */
        { "en", "", "John Kerry spoke with Sergei Lavrov by phone late Friday afternoon, "
          "Washington time, officials said.", "lavrov_kerry_call", "2016-07-09" },
        { "es", "", "Kerry habló por teléfono con Lavrov a última hora de la tarde del viernes, "
          "hora de Washington.", "lavrov_kerry_call", "2016-07-09" },
        /* the clock's name after the date and the hour ("el jueves por la noche, pasadas las
           once (hora de Washington)") */
        { "es", "", "Kerry habló por teléfono con Lavrov el viernes por la noche, pasadas las "
          "once (hora de Washington), según el Departamento de Estado.", "lavrov_kerry_call",
          "2016-07-09" },
        /* the evening told in the action's sentence, its clock named in the next one; "late
           Friday" is late in the day; no clock named: the day as told */
        { "en", "", "John Kerry and Sergei Lavrov spoke by phone late Friday night about Syria.\n\n"
          "The State Department said Kerry placed the call shortly before midnight Washington "
          "time.", "lavrov_kerry_call", "2016-07-09" },
        { "en", "", "John Kerry spoke late Friday with Sergei Lavrov about the truce. The call "
          "began after 6 p.m. in Washington and lasted an hour, a spokesman said.",
          "lavrov_kerry_call", "2016-07-09" },
        { "en", "", "John Kerry and Sergei Lavrov spoke by phone late Friday night about Syria.\n\n"
          "The State Department said the call lasted an hour.", "lavrov_kerry_call",
          "2016-07-08" },
        /* the hour in Moscow told next to the day, "à Moscou", "i Moskva"; Washington's clock in
           more languages; "this evening" with the clock as "EDT" */
        { "fr", "", "John Kerry a téléphoné à Sergueï Lavrov au sujet de la Syrie.\n\n"
          "L'appel a eu lieu vendredi vers 21 h, heure de Washington, soit 4 h du matin samedi à "
          "Moscou.", "lavrov_kerry_call", "2016-07-09" },
        { "no", "", "John Kerry ringte Sergej Lavrov om Syria.\n\nSamtalen fant sted klokken 22 "
          "fredag kveld østkysttid, det vil si klokken 05 lørdag morgen i Moskva.",
          "lavrov_kerry_call", "2016-07-09" },
        { "sr", "", "Džon Keri telefonirao je Sergeju Lavrovu u petak uveče po vašingtonskom "
          "vremenu, saopštio je Stejt department.", "lavrov_kerry_call", "2016-07-09" },
        { "el", "", "Τηλεφωνική συνομιλία είχαν ο Τζον Κέρι και ο Σεργκέι Λαβρόφ, αργά το βράδυ "
          "της Παρασκευής ώρα Ουάσιγκτον.", "lavrov_kerry_call", "2016-07-09" },
        /* "in Moscow" without an hour is a place: the day as told */
        { "en", "", "Sergei Lavrov said on Saturday in Moscow that he had discussed Syria with "
          "John Kerry by phone on Friday.", "lavrov_kerry_call", "2016-07-08" },
    };
    check_cases(*state, clocks, sizeof clocks / sizeof clocks[0], at(2016, 7, 9, 5));
    /* a readout of "this evening", posted that evening in Washington, its clock "EDT" */
    static const case_t readout[] = {
        { "en", "", "Secretary Kerry spoke by phone with Foreign Minister Sergei Lavrov this "
          "evening. The call began at about 6:45 p.m. EDT and lasted half an hour.",
          "lavrov_kerry_call", "2016-07-09" },
    };
    check_cases(*state, readout, 1, at(2016, 7, 8, 23));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_moscow_writers_day),
        cmocka_unit_test(test_writers_zone_day),
        cmocka_unit_test(test_moscow_day_told_after),
        cmocka_unit_test(test_moscow_day_told_after_in_more_shapes),
        cmocka_unit_test(test_evening_told_in_washington),
        cmocka_unit_test(test_european_writers_day),
        cmocka_unit_test(test_last_night),
        cmocka_unit_test(test_named_clocks),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

/* SPDX-License-Identifier: MIT
 *
 * test_classify_more_words — calls told in general, recalled, or not held, in the words the
 * probe rounds of 2026-12-06 brought, against the shipped catalog: contacts of recent days,
 * counts and habits, a call named by its month, pluperfects, "including by phone", calls put
 * off, refused, only proposed. None is the report of one call, but the controls. The older
 * kinds are test_classify_habits.c's and test_classify_recalled.c's. The texts are written
 * for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "classify_cases.h"

/* The contacts of recent days, a series or a recollection told in passing (Italian "nei
   giorni scorsi", Russian "в последние дни", Turkish "son günlerde", Arabic "خلال الأيام
   الماضية"), and the Italian pluperfect passive with the topic for subject; "talked on the
   phone a lot", "more phone conversations". A call that has its own day stays a call. */
static void
test_recent_days(void **state)
{
    static const case_t cases[] = {
        { "it", "", "La Russia era rappresentata dal viceministro. Il tema libico era stato "
          "toccato, nei giorni scorsi, anche in una telefonata tra Kerry e Lavrov.", NULL, NULL },
        { "it", "", "Kerry e Lavrov hanno parlato al telefono della Libia nei giorni scorsi.",
          NULL, NULL },
        { "ru", "", "Лавров и Керри в последние дни обсуждали по телефону ситуацию в Алеппо.",
          NULL, NULL },
        { "tr", "", "Lavrov ve Kerry son günlerde telefonda Halep'teki durumu görüştü.", NULL,
          NULL },
        { "ar", "", "بحث لافروف وكيري هاتفيا الوضع في حلب خلال الأيام الماضية.", NULL, NULL },
        /* a count's headline, and "more phone conversations than with any other" */
        { "en", "John Kerry and Sergei Lavrov talked on the phone a lot", "The Washington "
          "tally covers four years.", NULL, NULL },
        { "en", "", "In four years, John Kerry has had more phone conversations with Sergei "
          "Lavrov than with any other foreign counterpart.", NULL, NULL },
        { "ru", "", "Лавров и Керри в понедельник обсудили по телефону ситуацию в Алеппо, "
          "где в последние дни усилились бои.", "lavrov_kerry_call", "2016-09-12" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 13, 9));
}

/* Counts, recollections and calls not held in more words: Russian "на минувшей неделе" and
   "больше телефонных разговоров, чем", Estonian "nädal varem" over the parties, Finnish
   "lukuisat puhelut", Macedonian "не се одржал", Dutch "vaker aan de telefoon dan", Swedish
   "fler gånger än"; Spanish "habló de" (one spoke of something) is no talk. */
static void
test_counts_and_recollections_in_more_words(void **state)
{
    static const case_t cases[] = {
        { "ru", "", "Рекордный год: последний разговор Лаврова и Керри по телефону прошел на "
          "минувшей неделе.", NULL, NULL },
        { "ru", "", "За четыре года Керри провел с Лавровым больше телефонных разговоров, чем "
          "любой "
          "из его предшественников.", NULL, NULL },
        { "et", "", "Juba nädal varem oli välisminister Kerry Sergei Lavroviga telefoni teel "
          "rääkinud.", NULL, NULL },
        { "fi", "", "Yhdysvallat jäi sivuun. Lukuisat Kerryn ja Lavrovin puhelut eivät tuottaneet "
          "tulosta.", NULL, NULL },
        { "mk", "", "Најавениот телефонски разговор меѓу Лавров и Кери, според изворите, сепак не "
          "се одржал.", NULL, NULL },
        { "es", "", "El secretario de Estado, John Kerry, habló de una violación flagrante, "
          "mientras Serguéi Lavrov defendió el referéndum.", NULL, NULL },
        { "nl", "", "Geen minister heeft John Kerry vaker aan de telefoon dan Sergej Lavrov.", NULL,
          NULL },
        { "sv", "", "Sergej Lavrov och John Kerry har talats vid i telefon fler gånger än någon "
          "kan "
          "räkna.", NULL, NULL },
        /* Italian "a few calls" */
        { "it", "", "Nelle ultime settimane John Kerry e Sergei Lavrov si sono limitati a qualche "
          "telefonata.", NULL, NULL },
        /* a number of times a day, right before the phrase */
        { "en", "", "\"Sometimes we talk two or three times a day on the phone,\" Sergei Lavrov "
          "said of John Kerry in a television interview.", NULL, NULL },
        /* "more than to anyone else", "more than to any other foreign minister" */
        { "en", "Kerry: I have talked to Lavrov more than to anyone else", "The interview was "
          "broadcast on Sunday.", NULL, NULL },
        { "en", "", "In the interview, John Kerry said he has probably spoken to Sergei Lavrov "
          "more than to any other foreign minister in the world.", NULL, NULL },
        { "es", "", "John Kerry habló por teléfono el jueves con Serguéi Lavrov sobre Siria.",
          "lavrov_kerry_call", "2016-12-29" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 12, 29, 12));
}

/* A call named by its month's adjective (Russian "июльского", Ukrainian "липневої", Polish
   "lipcowej"), the Persian pluperfect after the phrase ("هشدار داده بود"), Slovenian
   "poskuša" (tries) and Swahili "wiki kadhaa za mazungumzo" (weeks of talks): no call of the
   news. */
static void
test_months_pluperfects_and_tries(void **state)
{
    static const case_t cases[] = {
        { "ru", "", "Во время июльского телефонного разговора Лавров и Керри обсуждали "
          "Сирию.", NULL, NULL },
        { "uk", "", "Під час липневої телефонної розмови Керрі та Лавров обговорювали "
          "Сирію.", NULL, NULL },
        { "pl", "", "W lipcowej rozmowie telefonicznej Ławrow i Kerry omawiali Syrię.", NULL,
          NULL },
        { "fa", "", "جان کری در تماس تلفنی با سرگئی لاوروف درباره حلب هشدار داده بود.", NULL,
          NULL },
        { "sl", "", "John Kerry že nekaj dni poskuša po telefonu priklicati ruskega "
          "zunanjega ministra Sergeja Lavrova.", NULL, NULL },
        { "sw", "", "Mkataba ulifikiwa baada ya wiki kadhaa za mazungumzo kati ya John "
          "Kerry na Sergei Lavrov.", NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 13, 12));
}

/* "Including by phone" after contacts told in general: the phone is one of their ways, a
   series, not the news's call (English, Russian, Armenian, Serbian). */
static void
test_including_by_phone(void **state)
{
    static const case_t cases[] = {
        { "en", "", "In an interview, Lavrov said he has discussed Karabakh with John Kerry "
          "several times, including by phone.", NULL, NULL },
        { "ru", "", "Лавров сообщил, что обсуждал с Джоном Керри ситуацию в Карабахе, в том "
          "числе по телефону.", NULL, NULL },
        { "hy", "", "Լավրովը նշել է, որ մի քանի անգամ քննարկել է Ղարաբաղի հարցը Ջոն Քերիի "
          "հետ, այդ թվում՝ հեռախոսով։", NULL, NULL },
        { "sr-latn", "", "Lavrov je ovih dana u kontaktu sa američkim kolegom Kerijem, između "
          "ostalog i telefonom.", NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 4, 20, 9));
}

/* Series, recollections and refusals in more words: Catalan "setmanes de", Croatian
   "prošloga tjedna", Turkish "birkaç kez", Polish "liczne", Russian "по числу", Czech "odmítl"
   (refused). */
static void
test_series_and_refusals_more_words(void **state)
{
    static const case_t cases[] = {
        { "ca", "", "L'acord el van tancar John Kerry i Serguei Lavrov a Ginebra després de "
          "setmanes de converses telefòniques.", NULL, NULL },
        { "hr", "", "O provedbi sporazuma razgovarali su prošloga tjedna telefonom John "
          "Kerry i Sergej Lavrov.", NULL, NULL },
        { "tr", "", "İki bakan Lavrov ve Kerry, toplantıdan önce de birkaç kez telefonda "
          "görüşmüştü.", NULL, NULL },
        { "pl", "", "Wizytę poprzedziły liczne rozmowy telefoniczne Kerry'ego i Ławrowa w "
          "sprawie rozejmu.", NULL, NULL },
        { "ru", "", "Лавров и Керри поставили рекорд по числу телефонных разговоров.", NULL,
          NULL },
        { "cs", "", "John Kerry odmítl telefonát se Sergejem Lavrovem, tvrdí ruský list.", NULL,
          NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 12, 28, 9));
}

/* Calls asked for and left unanswered, planned, or every call (Persian, Armenian, Ukrainian,
   Russian). */
static void
test_asked_planned_every(void **state)
{
    static const case_t cases[] = {
        { "fa", "", "درخواست لاوروف برای گفت‌وگوی تلفنی با جان کری بی‌پاسخ ماند.", NULL, NULL },
        { "hy", "", "Լավրովի եւ Քերիի նոր հեռախոսազրույց է նախատեսվում։", NULL, NULL },
        { "uk", "", "Клімкін: Джон Керрі інформує нас про кожну розмову з Сергієм Лавровим.",
          NULL, NULL },
        { "ru", "", "Керри рассказывает Киеву о каждом телефонном разговоре с Лавровым.", NULL,
          NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 3, 5, 9));
}

/* Habits, counts and calls not held in the words of the probe rounds of the session's end:
   Belarusian "неаднойчы", Polish "kilkanaście razy", Romanian "ore întregi la telefon",
   Persian "صدها ساعت", Danish "talrige telefonsamtaler", English "dozens of times" far after
   the verb, "sometimes" after it, "always" before it; Spanish "se negó a", "pidió ... hablar
   ... pero la conversación no llegó a producirse", Portuguese "rejeita", Czech "nebyl",
   Uzbek "rejalashtirilmagan", Russian "об организации". A call of its day stays a call. */
static void
test_habits_and_refusals_of_late_rounds(void **state)
{
    static const case_t cases[] = {
        { "be", "", "Лаўроў і Кэры неаднойчы абмяркоўвалі па тэлефоне сітуацыю ва Украіне.",
          NULL, NULL },
        { "pl", "", "Kerry i Ławrow rozmawiali telefonicznie kilkanaście razy od początku "
          "kryzysu.", NULL, NULL },
        { "ro", "", "Kerry a spus că a petrecut ore întregi la telefon cu Lavrov.", NULL, NULL },
        { "fa", "", "لاوروف گفت صدها ساعت با کری تلفنی صحبت کرده است.", NULL, NULL },
        { "da", "", "Aftalen kom efter talrige telefonsamtaler mellem Kerry og Lavrov.", NULL,
          NULL },
        { "en", "", "Kerry has spoken with Lavrov, the Russian foreign minister, by his aides' "
          "tally more than two dozen times this year.", NULL, NULL },
        { "en", "", "I talk to Sergey Lavrov by phone sometimes, Kerry said.", NULL, NULL },
        { "en", "", "Lavrov said Primakov always picked up the phone when Kerry called.", NULL,
          NULL },
        { "es", "", "Kerry se negó a hablar por teléfono con Lavrov sobre Alepo.", NULL, NULL },
        { "es", "", "Kerry pidió el miércoles hablar por teléfono con Lavrov, pero la "
          "conversación no llegó a producirse.", NULL, NULL },
        { "pt", "Rússia rejeita conversa telefônica entre Lavrov e Kerry", "Moscou não quer "
          "um novo contato.", NULL, NULL },
        { "cs", "", "Kerry Lavrovovi nevolal. Telefonát mezi Lavrovem a Kerrym nebyl.", NULL,
          NULL },
        { "uz", "", "Lavrov Kerri bilan telefon orqali suhbat rejalashtirilmaganini aytdi.",
          NULL, NULL },
        { "ru", "", "Госдеп обратился с просьбой об организации телефонного разговора Керри и "
          "Лаврова.", NULL, NULL },
        /* Croatian refused and proposed, Norwegian "the call that never came", a Slovak
           interview given to a channel, Hebrew "including a phone call", Swedish "preceded by
           weeks of phone calls", Russian "about forty times", Norwegian "will talk" */
        { "hr", "Kerry odbio razgovor s Lavrovom", "", NULL, NULL },
        { "hr", "", "Moskva predložila razgovor Lavrova i Kerryja.", NULL, NULL },
        { "no", "Samtalen mellom Kerry og Lavrov som aldri kom", "", NULL, NULL },
        { "sk", "", "Kerry v rozhovore pre televíziu CNN povedal, že Lavrov je tvrdý "
          "vyjednávač.", NULL, NULL },
        { "he", "", "ההסכם גובש לאחר שיחות רבות, כולל שיחת טלפון בין קרי ללברוב.", NULL, NULL },
        { "sv", "", "Mötet föregicks av veckor av telefonsamtal mellan Kerry och Lavrov.",
          "lavrov_kerry_meeting", NULL },
        { "ru", "", "Лавров сказал, что разговаривал с Керри по телефону, наверное, раз сорок.",
          NULL, NULL },
        { "no", "", "Kerry skal snakke med Sergej Lavrov på telefon i løpet av dagen.", NULL,
          NULL },
        { "pl", "", "Kerry i Ławrow rozmawiali telefonicznie w środę o Ukrainie.",
          "lavrov_kerry_call", "2016-10-05" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 10, 6, 9));
}

/* The last rounds' words: Russian "отказался от" (refused), a Greek pluperfect and "the
   previous week", Danish "daglige" (daily) calls, Serbian "krajem decembra" (late in
   December), Japanese "60回を超える電話会談を重ねた" (held more than 60 calls), French
   "innombrables" (countless), Slovak "v najbližších dňoch" (in the coming days) before the
   phrase. A call of its day stays a call. */
static void
test_last_rounds_words(void **state)
{
    static const case_t cases[] = {
        { "ru", "", "Лавров отказался от телефонного разговора с Керри.", NULL, NULL },
        { "el", "", "Ο Τζον Κέρι είχε μιλήσει τηλεφωνικά με τον Σεργκέι Λαβρόφ την προηγούμενη "
          "εβδομάδα.", NULL, NULL },
        { "da", "", "Efter en uge med daglige telefonsamtaler mellem John Kerry og Sergej Lavrov "
          "trådte våbenhvilen i kraft.", NULL, NULL },
        { "sr", "", "Keri i Lavrov su krajem decembra ponovo razgovarali telefonom o Ukrajini.",
          NULL, NULL },
        { "ja", "", "ケリー氏とラブロフ氏は60回を超える電話会談を重ねた。", NULL, NULL },
        { "fr", "", "Les innombrables coups de fil entre John Kerry et Sergueï Lavrov n'ont rien "
          "changé.", NULL, NULL },
        { "sk", "", "Lavrov oznámil, že sa v najbližších dňoch telefonicky spojí s Johnom "
          "Kerrym.", NULL, NULL },
        /* calls not returned, no reason to call, several and dozens of calls */
        { "en", "", "Kerry has been trying for days to reach Lavrov by telephone, but the calls "
          "have not been returned.", NULL, NULL },
        { "sk", "Kerry: Nemám dôvod volať Lavrovovi", "", NULL, NULL },
        { "cs", "", "Kerry a Lavrov se na příměří shodli po několika telefonátech.", NULL, NULL },
        { "uk", "", "Керрі залишає посаду після десятків телефонних розмов з Лавровим.", NULL,
          NULL },
        { "en", "", "After the Munich deal a week of late-night phone calls between Kerry and "
          "Lavrov followed.", NULL, NULL },
        { "sr", "", "Keri i Lavrov su u sredu razgovarali telefonom o Ukrajini.",
          "lavrov_kerry_call", "2016-10-05" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 10, 6, 9));
}

/* A Turkish participle stands before the noun it modifies: "planlanan telefon görüşmesi" (the
   planned phone call) is no call, but "... başlaması planlanan ateşkesin uygulanmasını telefonda
   görüştü" (discussed by phone the truce planned to start) is one. */
static void
test_turkish_participles(void **state)
{
    static const case_t cases[] = {
        { "tr", "", "Rusya Dışişleri Bakanı Sergey Lavrov ile ABD Dışişleri Bakanı John Kerry, "
          "Suriye'de başlaması planlanan ateşkesin uygulanmasını telefonda görüştü.",
          "lavrov_kerry_call", NULL },
        { "tr", "", "Lavrov ile Kerry arasında planlanan telefon görüşmesi hakkında bilgi "
          "verilmedi.", NULL, NULL },
        { "tr", "", "Lavrov ile Kerry arasında ertelenen bir telefon görüşmesi oldu.", NULL,
          NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 10, 6, 9));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_recent_days),
        cmocka_unit_test(test_counts_and_recollections_in_more_words),
        cmocka_unit_test(test_months_pluperfects_and_tries),
        cmocka_unit_test(test_including_by_phone),
        cmocka_unit_test(test_series_and_refusals_more_words),
        cmocka_unit_test(test_asked_planned_every),
        cmocka_unit_test(test_habits_and_refusals_of_late_rounds),
        cmocka_unit_test(test_last_rounds_words),
        cmocka_unit_test(test_turkish_participles),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

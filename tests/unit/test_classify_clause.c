/* SPDX-License-Identifier: MIT
 *
 * test_classify_clause — how far a cue reaches, against the shipped catalog
 * (workers/events/classify_clause.c): a call told as the setting of what the
 * sentence negates, the commas of other scripts, the nearest event's
 * negation, conjunctions, the parties' names between a call and "did not
 * take place", participles of another noun, each language's reach, and a
 * negated talk's phone phrase. The texts are written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "classify_cases.h"

/* "In einem Telefonat konnten sie sich nicht einigen": a negation after a call told as the
   setting negates what happened in it; a call that "did not take place" is still none. */
static void
test_call_as_setting(void **state)
{
    static const case_t cases[] = {
        { "de", "Keine Einigung",
          "Lawrow und Kerry haben sich am Montag in einem Telefonat nicht auf eine neue "
          "Waffenruhe einigen können.", "lavrov_kerry_call", "2016-09-19" },
        { "ru", "Лавров и Керри не договорились",
          "В ходе телефонного разговора в понедельник Лавров и Керри не смогли договориться о "
          "новом перемирии.", "lavrov_kerry_call", "2016-09-19" },
        { "de", "Kein Telefonat",
          "Ein Telefonat zwischen Lawrow und Kerry fand am Montag nicht statt.", NULL, NULL },
        { "de", "Lawrow und Kerry telefonierten nicht",
          "Lawrow und Kerry telefonierten am Montag nicht, sagte eine Sprecherin.", NULL, NULL },
        /* "held phone talks, but did not agree": the ideographic comma ends the call's clause
           (a comma before the phrase does not: "停戦は今月初め、…電話会談で", in
           test_weeks_back_in_more_languages, stays a recollection) */
        { "ja", "", "ラブロフ外相とケリー国務長官は19日、電話会談したが、停戦では合意しなかった。",
          "lavrov_kerry_call", "2016-09-19" },
        /* a negation is the nearest event's: the meeting's, not the call's; "neither ...
           nor" negates both */
        { "en", "", "Lavrov and Kerry spoke by phone but the meeting was cancelled.",
          "lavrov_kerry_call", "2016-09-19" },
        { "fr", "", "Lavrov et Kerry se sont parlé au téléphone mais la rencontre a été reportée.",
          "lavrov_kerry_call", "2016-09-19" },
        { "en", "", "Lavrov and Kerry have neither met nor spoken by phone since July.", NULL,
          NULL },
        { "fr", "",
          "Lavrov et Kerry ne se sont ni rencontrés ni parlé au téléphone depuis juillet.", NULL,
          NULL },
        /* Korean negates the verb right after it; an "않았다" of the next clause does not
           ("talked, but did not agree"); a call tried ("시도했으나") did not happen */
        { "ko", "", "라브로프 장관과 케리 장관은 19일 전화 통화를 했지만 휴전에는 합의하지 않았다.",
          "lavrov_kerry_call", "2016-09-19" },
        { "ko", "", "라브로프 장관과 케리 장관은 19일 전화 통화를 하지 않았다.", NULL, NULL },
        { "ko", "", "미 국무부는 19일 케리 장관이 며칠째 라브로프 장관과 전화 통화를 시도했으나 "
          "연결되지 않았다고 밝혔다.", NULL, NULL },
        /* Turkish "olmadı" (was not) right after the phrase, not a later clause's */
        { "tr", "", "Lavrov ile Kerry telefonda görüştü ama anlaşma olmadı.", "lavrov_kerry_call",
          "2016-09-19" },
        { "tr", "", "Lavrov ile Kerry arasında telefon görüşmesi olmadı.", NULL, NULL },
        /* German "nicht" a few words on belongs to another verb; "fand ... nicht statt"
           reaches further */
        { "de", "", "Lawrow und Kerry telefonierten am Montag und konnten sich nicht einigen.",
          "lavrov_kerry_call", "2016-09-19" },
        { "de", "", "Ein Telefonat zwischen Lawrow und Kerry fand am Montag nicht statt.", NULL,
          NULL },
        { "de", "", "Lawrow und Kerry telefonierten am Montag nicht.", NULL, NULL },
        /* Dutch and the Scandinavian languages put the negation after the verb of a main
           clause */
        { "nl", "", "Kerry belde Lavrov maandag niet.", NULL, NULL },
        { "sv", "", "Kerry ringde inte Lavrov på måndagen.", NULL, NULL },
        { "no", "", "Kerry ringte ikke Lavrov mandag.", NULL, NULL },
        { "sv", "", "Lavrov och Kerry talade i telefon på måndagen men enades inte om Aleppo.",
          "lavrov_kerry_call", "2016-09-19" },
        { "nl", "", "Lavrov en Kerry spraken telefonisch maar waren het niet eens.",
          "lavrov_kerry_call", "2016-09-19" },
        { "nl", "", "Lavrov en Kerry belden maandag over Syrië en waren het niet eens over Aleppo.",
          "lavrov_kerry_call", "2016-09-19" },
        /* the negation glued to the verb the phrase ends with (a cue of reach 0) */
        { "ja", "", "ラブロフ外相はケリー国務長官と電話会談しなかった。", NULL, NULL },
        { "ja", "", "ラブロフ外相はケリー国務長官から電話を受けていないと述べた。", NULL, NULL },
        { "ja", "", "ラブロフ外相とケリー国務長官は19日電話会談したが詳細は明らかにしていない。",
          "lavrov_kerry_call", "2016-09-19" },
        /* "tried to consult by phone for days, but could not reach him" */
        { "ja", "",
          "米国務省は19日、ケリー国務長官が数日にわたりラブロフ外相と電話で協議しようとしたが、"
          "連絡がつかなかったと明らかにした。",
          NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 14));
}

/* A conjunction opens another clause where no comma stands before it: a negation of the verb
   after "men" (but) is not the call's; one that says the event did not happen still is
   ("prévu mais n'a pas eu lieu"). Persian negates the verb with a prefix ("نکردند"), "in a
   phone call" ("در") is a setting, "tried" ("تلاش کرد") a try. */
static void
test_conjunction_opens_a_clause(void **state)
{
    static const case_t cases[] = {
        { "sv", "", "Lavrov och Kerry talade i telefon men kom inte överens.",
          "lavrov_kerry_call", "2016-09-19" },
        { "da", "", "Lavrov og Kerry talte i telefon men blev ikke enige.", "lavrov_kerry_call",
          "2016-09-19" },
        { "sv", "", "Lavrov och Kerry talade inte i telefon men träffades i Genève.",
          "lavrov_kerry_meeting", "2016-09-19" },
        { "fr", "", "L'entretien téléphonique entre Lavrov et Kerry était prévu mais n'a pas eu "
          "lieu.", NULL, NULL },
        { "fa", "", "لاوروف و کری گفتگوی تلفنی نداشتند.", NULL, NULL },
        { "fa", "", "لاوروف با کری تماس تلفنی برقرار نکرد.", NULL, NULL },
        { "fa", "", "لاوروف و کری در تماس تلفنی درباره سوریه گفتگو کردند اما توافقی حاصل نشد.",
          "lavrov_kerry_call", "2016-09-19" },
        { "fa", "", "لاوروف در گفتگوی تلفنی با کری به توافق آتش بس اشاره نکرد.",
          "lavrov_kerry_call", "2016-09-19" },
        { "fa", "", "جان کری چند روز تلاش کرد با سرگئی لاوروف تماس تلفنی بگیرد اما موفق نشد.",
          NULL, NULL },
        /* "while" opens another clause: what was planned there is not the call */
        { "fr", "", "Nouvel échange téléphonique lundi entre Sergueï Lavrov et John Kerry, alors "
          "que l'évacuation d'Alep, prévue à l'aube, a été suspendue.", "lavrov_kerry_call",
          "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 14));
}

/* A call that did not take place, its parties named at length after it: the names do not
   count in the cue's reach when the phrase opens its sentence; after "Lavrov spoke by phone
   with Kerry" a postponed conference is not the call. */
static void
test_cue_over_the_parties_names(void **state)
{
    static const case_t cases[] = {
        { "en", "", "A phone call between Russian Foreign Minister Sergei Lavrov and U.S. "
          "Secretary of State John Kerry did not take place on Monday.", NULL, NULL },
        { "en", "", "The phone call between Lavrov and Kerry was planned but did not take place.",
          NULL, NULL },
        { "ru", "", "Телефонный разговор министра иностранных дел России Сергея Лаврова и "
          "госсекретаря США Джона Керри не состоялся.", NULL, NULL },
        { "it", "", "La telefonata tra il ministro degli Esteri russo Sergej Lavrov e il "
          "segretario di Stato John Kerry è stata annullata.", NULL, NULL },
        { "ar", "", "الاتصال الهاتفي بين وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية "
          "الأمريكي جون كيري لم يتم.", NULL, NULL },
        { "en", "", "Russian Foreign Minister Sergei Lavrov spoke by phone with U.S. Secretary of "
          "State John Kerry about the postponed Geneva conference.", "lavrov_kerry_call",
          "2016-09-19" },
        { "es", "", "Lavrov conversó por teléfono con John Kerry sobre la ayuda humanitaria "
          "aplazada.", "lavrov_kerry_call", "2016-09-19" },
        { "ar", "", "بحث لافروف هاتفيا مع وزير الخارجية الأمريكي جون كيري المؤتمر الذي تم "
          "تأجيله.", "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 14));
}

/* A bare participle ("cancelled", "reportée", "aplazada") reaches 2 words after the phrase:
   further on it is another noun's ("the aid convoys delayed at the border"); with its
   auxiliary ("was cancelled", "a été annulé", "fue cancelada") it reaches as far as before. */
static void
test_participle_of_another_noun(void **state)
{
    static const case_t cases[] = {
        { "en", "", "Lavrov and Kerry discussed by phone the aid convoys delayed at the Turkish "
          "border.", "lavrov_kerry_call", "2016-09-19" },
        { "fr", "", "Lavrov et Kerry ont évoqué au téléphone la conférence de paix reportée à "
          "octobre.", "lavrov_kerry_call", "2016-09-19" },
        { "es", "", "Lavrov y Kerry hablaron por teléfono sobre la conferencia de paz aplazada.",
          "lavrov_kerry_call", "2016-09-19" },
        { "pt", "", "Lavrov e Kerry conversaram por telefone sobre a conferência de paz adiada.",
          "lavrov_kerry_call", "2016-09-19" },
        { "en", "Lavrov-Kerry phone call cancelled", "Moscow said the call would be rescheduled.",
          NULL, NULL },
        { "en", "", "The phone call between Lavrov and Kerry, set for Monday, was abruptly "
          "cancelled.", NULL, NULL },
        { "fr", "", "L'appel téléphonique entre Lavrov et Kerry prévu lundi a finalement été "
          "annulé.", NULL, NULL },
        { "es", "", "La conversación telefónica entre Lavrov y Kerry prevista para el lunes fue "
          "cancelada.", NULL, NULL },
        { "it", "", "La telefonata tra Lavrov e Kerry prevista per lunedì è stata rinviata.", NULL,
          NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 14));
}

/* "No" reaches two words in Spanish, one in English: "no ha hablado por teléfono". */
static void
test_cue_reach_by_language(void **state)
{
    static const case_t cases[] = {
        { "es", "", "Lavrov dijo el lunes que no ha hablado por teléfono con Kerry desde el "
          "colapso de la tregua.", NULL, NULL },
        { "en", "", "Lavrov said on Monday there was no doubt he had spoken by phone with Kerry "
          "about the truce.", "lavrov_kerry_call", "2016-10-10" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 10, 10, 15));
}

/* A negated talk negates the phone phrase that qualifies it: "не разговаривал с Керри по
   телефону" (the negation reaches the verb, not "по телефону"); a phone phrase after another
   clause stays. */
static void
test_negated_talk_by_phone(void **state)
{
    static const case_t cases[] = {
        { "ru", "", "Лавров заявил в понедельник, что не разговаривал с Керри по телефону после "
          "срыва перемирия.", NULL, NULL },
        { "de", "", "Lawrow sagte am Montag, er habe seit dem Scheitern der Waffenruhe nicht mehr "
          "mit Kerry telefoniert.", NULL, NULL },
        { "it", "", "Lavrov ha detto lunedì di non aver più parlato al telefono con Kerry dal "
          "crollo della tregua.", NULL, NULL },
        { "ru", "", "Лавров и Керри не встречались, но обсудили ситуацию по телефону в "
          "понедельник.", "lavrov_kerry_call", "2016-10-10" },
        /* the names and titles of the one tried are the verb's object, not words between */
        { "en", "", "Secretary of State John Kerry told lawmakers on Monday he had tried several "
          "times in the past two days to reach Russian Foreign Minister Sergey Lavrov by "
          "telephone, without success.\n"
          "\"I hope they will pick up, because there is a lot to talk about.\"", NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 10, 10, 15));
}

/* A dash set apart (" - ", " – ", " — ") sets off an aside as commas do: a negation inside
   one reaches nothing past it ("what they said - and didn't say - on the phone"), and one
   before it reaches over it ("did not - despite expectations - speak by phone"). A dash
   between two names is a pair's ("Κέρι - Λαβρόφ της περασμένης εβδομάδας": in
   test_classify_recalled.c). */
static void
test_dashes_set_off_an_aside(void **state)
{
    static const case_t cases[] = {
        { "en", "What Lavrov and Kerry said - and didn't say - on the phone", "Saturday's phone "
          "call between Russian Foreign Minister Sergei Lavrov and Secretary of State John Kerry "
          "produced two different readouts.", "lavrov_kerry_call", "2015-10-03" },
        { "en", "", "Sergei Lavrov and John Kerry did not \u2014 despite expectations \u2014 "
          "speak by phone on Saturday, officials said.", NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2015, 10, 4, 10));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_call_as_setting),
        cmocka_unit_test(test_conjunction_opens_a_clause),
        cmocka_unit_test(test_cue_over_the_parties_names),
        cmocka_unit_test(test_participle_of_another_noun),
        cmocka_unit_test(test_cue_reach_by_language),
        cmocka_unit_test(test_negated_talk_by_phone),
        cmocka_unit_test(test_dashes_set_off_an_aside),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

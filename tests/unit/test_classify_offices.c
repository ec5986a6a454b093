/* SPDX-License-Identifier: MIT
 *
 * test_classify_offices — the parties of a call named by their office, not their name, against
 * the shipped catalog (workers/events/classify_parties.c): "his American counterpart", "the
 * two foreign ministers", a bare "the foreign minister", subordinates and other titles, in
 * several languages. The texts are written for these tests. */
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

/* "His Jordanian counterpart" and "the Jordanian foreign minister" in more languages: an
   unnamed party, so a call with him about the deal with Kerry is no Lavrov-Kerry call; a
   Japanese, Korean or Chinese title after a name is that name's. */
static void
test_unnamed_counterpart_more_languages(void **state)
{
    static const case_t counterparts[] = {
        { "el", "", "Ο Σεργκέι Λαβρόφ είχε τη Δευτέρα τηλεφωνική επικοινωνία με τον Ιορδανό ομόλογό "
                "του για τη συμφωνία με τον Τζον Κέρι.", NULL, NULL },
        { "he", "", "סרגיי לברוב שוחח ביום שני בטלפון עם עמיתו הירדני על ההסכם עם ג'ון קרי.", NULL, NULL },
        { "nl", "", "Sergej Lavrov heeft maandag telefonisch overlegd met zijn Jordaanse ambtgenoot "
                "over het akkoord met John Kerry.", NULL, NULL },
        { "id", "", "Sergei Lavrov pada Senin berbicara melalui telepon dengan mitranya dari Yordania "
                "mengenai kesepakatan dengan John Kerry.", NULL, NULL },
        { "vi", "", "Ngày 19/9, ông Sergei Lavrov đã điện đàm với người đồng cấp Jordan về thỏa thuận "
                "với ông John Kerry.", NULL, NULL },
        { "ja", "", "ラブロフ外相は19日、ヨルダンの外相と電話で会談し、ケリー国務長官との合意について"
                "説明した。", NULL, NULL },
        { "ko", "", "라브로프 장관은 19일 요르단 외무장관과 전화 통화를 하고 케리 장관과의 합의에 대해 "
                "설명했다.", NULL, NULL },
        { "zh", "", "拉夫罗夫19日与约旦外交大臣通电话，介绍了与克里达成的协议。", NULL, NULL },
        { "en", "", "Sergei Lavrov discussed by phone on Monday with the Jordanian foreign minister "
                "the deal with John Kerry.", NULL, NULL },
        { "de", "", "Sergej Lawrow hat am Montag mit dem jordanischen Außenminister über die "
                "Vereinbarung mit John Kerry telefoniert.", NULL, NULL },
        { "es", "", "Serguéi Lavrov conversó el lunes por teléfono con el canciller jordano sobre el "
                "acuerdo con John Kerry.", NULL, NULL },
        { "ru", "", "Сергей Лавров в понедельник обсудил по телефону с министром иностранных дел "
                "Иордании договоренности с Джоном Керри.", NULL, NULL },
        { "ar", "", "بحث سيرغي لافروف هاتفيا يوم الاثنين مع وزير الخارجية الأردني الاتفاق مع جون "
                "كيري.", NULL, NULL },
    };
    check_not_type(*state, counterparts, sizeof counterparts / sizeof counterparts[0],
                   at(2016, 9, 19, 14), "lavrov_kerry_call");
    static const case_t named[] = {
        { "ja", "ロ米外相が電話会談", "ラブロフ外相は19日、ケリー国務長官と電話で会談した。",
          "lavrov_kerry_call", "2016-09-19" },
        { "ko", "라브로프-케리 통화",
          "라브로프 외무장관과 케리 국무장관이 19일 전화 통화를 했다.", "lavrov_kerry_call",
          "2016-09-19" },
        { "zh", "拉夫罗夫与克里通电话", "俄罗斯外长拉夫罗夫19日与美国国务卿克里通电话。",
          "lavrov_kerry_call", "2016-09-19" },
        { "ja", "両外相が電話会談", "ラブロフ外相とケリー国務長官は19日、電話で会談した。両外相は"
                "シリア情勢について協議した。", "lavrov_kerry_call", "2016-09-19" },
        /* the title next to a first name and surname, and the ministry's own formula */
        { "de", "Lawrow und Kerry", "Das sagte Außenminister Sergej Lawrow in einem Telefonat mit "
                "seinem US-Kollegen John Kerry am Montag.", "lavrov_kerry_call", "2016-09-19" },
        { "ru", "О телефонном разговоре С.В.Лаврова с Дж.Керри",
          "19 сентября состоялся телефонный разговор Министра иностранных дел Российской "
          "Федерации С.В.Лаврова с Государственным секретарём США Дж.Керри.", "lavrov_kerry_call",
          "2016-09-19" },
        /* "his Russian counterpart" with "his own" between the title and the name */
        { "fa", "", "جان کری روز دوشنبه در تماس تلفنی با همتای روس خود سرگئی لاوروف درباره سوریه "
                "گفت‌وگو کرد.", "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, named, sizeof named / sizeof named[0], at(2016, 9, 19, 14));
}

/* Someone's deputy or spokesman is not that someone: "Kerry spoke by phone with Lavrov's deputy
   Sergei Ryabkov" is no Lavrov-Kerry call; nor is an Assistant or Deputy Secretary of State
   the Secretary, nor Kerry in "with Kerry's Saudi counterpart Adel al-Jubeir". The superior
   named again as a party still is one, and so is the possessor who is the sentence's subject
   ("Lavrov's U.S. counterpart John Kerry called him"). */
static void
test_subordinates_and_other_titles(void **state)
{
    static const case_t cases[] = {
        { "en", "", "Kerry spoke by phone on Monday with Lavrov's deputy Sergei Ryabkov.", NULL,
          NULL },
        { "ru", "", "Керри в понедельник провел телефонный разговор с заместителем Лаврова "
          "Сергеем Рябковым.", NULL, NULL },
        { "de", "", "Kerry telefonierte am Montag mit Lawrows Stellvertreter Sergej Rjabkow.", NULL,
          NULL },
        /* the ministry is no minister (Hungarian "külügyminisztérium" holds "külügyminiszter") */
        { "hu", "", "Az orosz külügyminisztérium hétfőn közölte, hogy John Kerry telefonon "
          "egyeztetett a török külügyminiszterrel.", NULL, NULL },
        { "fr", "", "Kerry s'est entretenu lundi par téléphone avec l'adjoint de Lavrov, Sergueï "
          "Riabkov.", NULL, NULL },
        { "nl", "", "Kerry sprak maandag telefonisch met de plaatsvervanger van Lavrov, Sergej "
          "Rjabkov.", NULL, NULL },
        { "cs", "", "Kerry v pondělí telefonoval s náměstkem Lavrova Sergejem Rjabkovem.", NULL,
          NULL },
        { "fa", "", "کری روز دوشنبه با معاون لاوروف گفتگوی تلفنی داشت.", NULL, NULL },
        { "en", "", "Lavrov spoke by phone on Monday with Assistant Secretary of State Victoria "
          "Nuland.", NULL, NULL },
        { "en", "", "Lavrov spoke by phone on Monday with Deputy Secretary of State Antony Blinken.",
          NULL, NULL },
        /* the Holy See's Secretary of State */
        { "it", "", "Il ministro degli Esteri russo Serghei Lavrov ha avuto lunedì un colloquio "
          "telefonico con il segretario di Stato vaticano, cardinale Pietro Parolin.", NULL,
          NULL },
        { "en", "", "Lavrov spoke by phone on Monday with the Vatican Secretary of State, Cardinal "
          "Pietro Parolin.", NULL, NULL },
        { "en", "", "Zakharova, Lavrov's spokeswoman, said Lavrov and Kerry spoke by phone on "
          "Monday.", "lavrov_kerry_call", "2016-09-19" },
        { "de", "", "Lawrows Sprecherin sagte, Lawrow und Kerry hätten am Montag telefoniert.",
          "lavrov_kerry_call", "2016-09-19" },
        { "en", "", "Lavrov discussed Syria by phone with Kerry's Saudi counterpart Adel "
          "al-Jubeir on Monday.", "lavrov_foreign_minister_call", "2016-09-19" },
        { "fr", "", "Lavrov s'est entretenu lundi par téléphone avec l'homologue saoudien de "
          "Kerry, Adel al-Jubeir.", "lavrov_foreign_minister_call", "2016-09-19" },
        { "en", "", "Lavrov's U.S. counterpart John Kerry called him on Monday to discuss Syria.",
          "lavrov_kerry_call", "2016-09-19" },
        { "en", "", "Lavrov and his U.S. counterpart John Kerry spoke by phone on Monday.",
          "lavrov_kerry_call", "2016-09-19" },
        /* deputies and assistants in the South Slavic and Slovak titles ("Заместник-министърът
           на външните работи на Русия", "помоћница државног секретара") */
        { "bg", "", "Заместник-министърът на външните работи на Русия Сергей Рябков е разговарял "
          "по телефона със заместник-държавния секретар на САЩ.", NULL, NULL },
        { "sr", "", "Заменик министра спољних послова Русије разговарао је телефоном са "
          "помоћницом државног секретара САД.", NULL, NULL },
        { "hr", "", "Zamjenik ruskog ministra vanjskih poslova telefonski je razgovarao s "
          "pomoćnicom američkog državnog tajnika.", NULL, NULL },
        /* deputies named: their own call ("Ryabkov discussed Ukraine by phone with Nuland");
           Portuguese "vice-ministro", "subsecretária" */
        { "fr", "", "Le vice-ministre russe Sergueï Riabkov s'est entretenu vendredi au téléphone "
          "avec Wendy Sherman sur l'Iran.\nLavrov et Kerry se sont retrouvés la semaine dernière "
          "à Vienne.", NULL, NULL },
        { "en", "Ryabkov, Nuland discuss Ukraine by phone",
          "Deputy Foreign Minister Sergei Ryabkov spoke by phone with Victoria Nuland on Monday, "
          "the ministry said.\nLavrov met Kerry in Vienna last week.", NULL, NULL },
        { "pt", "Vice-chanceleres da Rússia e dos EUA discutem a Ucrânia",
          "O vice-ministro das Relações Exteriores da Rússia e a subsecretária de Estado dos EUA "
          "conversaram por telefone nesta segunda-feira.", NULL, NULL },
        { "ro", "", "Adjunctul ministrului rus de Externe și asistenta secretarului de stat "
          "american s-au consultat luni la Moscova.", NULL, NULL },
        { "sk", "", "Námestník ruského ministra zahraničných vecí telefonoval so zástupcom "
          "amerického ministra zahraničných vecí.", NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 15));
}

/* Both parties named by office together ("the U.S. and Russian foreign ministers"): the
   holders of the day. A South Korea-U.S. summit ("한미 정상") is no Russian-U.S. one. */
static void
test_both_by_office(void **state)
{
    static const case_t kerry_era[] = {
        { "en", "", "The top U.S. and Russian diplomats discussed the Aleppo truce by telephone on "
          "Monday.", "lavrov_kerry_call", "2016-09-19" },
        { "es", "", "Los cancilleres de Estados Unidos y Rusia hablaron el lunes por teléfono sobre "
          "la tregua en Siria.", "lavrov_kerry_call", "2016-09-19" },
        { "it", "", "I ministri degli Esteri di Russia e Stati Uniti hanno avuto lunedì un "
          "colloquio telefonico sulla Siria.", "lavrov_kerry_call", "2016-09-19" },
        { "tr", "", "Rusya ve ABD dışişleri bakanları pazartesi günü telefonda Suriye'yi "
          "görüştü.", "lavrov_kerry_call", "2016-09-19" },
        { "ko", "", "박근혜 대통령과 오바마 대통령은 19일 한미 정상 전화통화를 했다.", NULL, NULL },
    };
    check_cases(*state, kerry_era, sizeof kerry_era / sizeof kerry_era[0], at(2016, 9, 19, 15));
    /* the Secretary by office only, the minister with "РФ" and by name */
    /* "the two" with the verb of talk: the two the lead names */
    static const case_t the_two[] = {
        { "en", "Lavrov to Kerry: Washington must rein in Kiev",
          "Russian Foreign Minister Sergey Lavrov has urged US Secretary of State John Kerry to "
          "use Washington's influence on Kiev. The two spoke on Monday, the Russian Foreign "
          "Ministry said.", "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, the_two, 1, at(2016, 9, 19, 15));
    static const case_t by_title[] = {
        { "uk", "", "Державний секретар США в понеділок провів розмову з міністром закордонних "
          "справ РФ Сергієм Лавровим.", "lavrov_kerry_call", "2016-09-19" },
        /* the State Department's readout: "the Secretary" */
        { "en", "Secretary's Call With Russian Foreign Minister Lavrov",
          "The Secretary spoke today with Russian Foreign Minister Sergey Lavrov about the "
          "cessation of hostilities in Syria.", "lavrov_kerry_call", "2016-09-19" },
        { "sk", "", "Ruský minister zahraničných vecí Sergej Lavrov a šéf amerického ministerstva "
          "zahraničia sa v pondelok počas rozhovoru dohodli na výmene informácií.",
          "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, by_title, sizeof by_title / sizeof by_title[0], at(2016, 9, 19, 15));
    static const case_t tillerson_era[] = {
        { "en", "", "The top U.S. and Russian diplomats discussed Syria by telephone on Monday.",
          NULL, NULL },
    };
    check_not_type(*state, tillerson_era, 1, at(2017, 9, 18, 15), "lavrov_kerry_call");
}

/* Both ministers in one phrase ("the foreign ministers of Russia and the U.S."), and calling
   verbs, in languages the catalog had fewer words for; a meeting "colloqui a Ginevra". */
static void
test_joint_offices_more_languages(void **state)
{
    static const case_t cases[] = {
        { "no", "", "Russlands og USAs utenriksministre snakket i telefon mandag om Syria.",
          "lavrov_kerry_call", "2016-09-19" },
        { "sk", "", "Ministri zahraničných vecí Ruska a USA v pondelok telefonovali o Sýrii.",
          "lavrov_kerry_call", "2016-09-19" },
        { "nl", "", "De ministers van Buitenlandse Zaken van Rusland en de VS hebben maandag "
          "telefonisch overlegd over Syrië.", "lavrov_kerry_call", "2016-09-19" },
        { "ur", "", "روس اور امریکا کے وزرائے خارجہ نے پیر کو ٹیلی فون پر شام کی صورتحال پر بات "
          "چیت کی۔", "lavrov_kerry_call", "2016-09-19" },
        { "lv", "", "Sergejs Lavrovs pirmdien piezvanīja Džonam Kerijam.", "lavrov_kerry_call",
          "2016-09-19" },
        { "nl", "", "Lavrov en Kerry hebben maandag getelefoneerd over Syrië.", "lavrov_kerry_call",
          "2016-09-19" },
        { "pt", "", "Lavrov falou na segunda-feira ao telefone com John Kerry.", "lavrov_kerry_call",
          "2016-09-19" },
        { "uk", "", "Голова МЗС РФ і держсекретар США в понеділок провели телефонну розмову.",
          "lavrov_kerry_call", "2016-09-19" },
        { "sl", "", "Sergej Lavrov je v ponedeljek poklical Johna Kerryja.", "lavrov_kerry_call",
          "2016-09-19" },
        { "it", "", "Dopo tredici ore di colloqui a Ginevra, John Kerry e Serghei Lavrov hanno "
          "annunciato lunedì un accordo sulla tregua.", "lavrov_kerry_meeting", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 20));
}

/* Another country's foreign minister named by the bare title ("Szijjártó Péter
   külügyminiszter", "ministar spoljnih poslova Srbije Ivica Dačić") is the call's other
   party (a call of Lavrov's with another minister), not someone to replace with Kerry from a
   later paragraph; inside a longer title
   ("amerikai külügyminiszter") or a ministry's name ("külügyminisztérium") it is no one. */
static void
test_bare_foreign_minister_more_languages(void **state)
{
    static const case_t cases[] = {
        { "hu", "", "Szijjártó Péter külügyminiszter telefonon egyeztetett Szergej Lavrov orosz "
          "külügyminiszterrel.\nLavrov korábban Genfben találkozott John Kerry amerikai "
          "külügyminiszterrel.", "lavrov_foreign_minister_call", "2016-09-19" },
        { "sr", "", "Министар спољних послова Србије Ивица Дачић разговарао је телефоном са "
          "Сергејом Лавровом.\nЛавров ће сутра разговарати са Керијем у Женеви.", "lavrov_foreign_minister_call",
          "2016-09-19" },
        { "az", "", "Azərbaycanın xarici işlər naziri Elmar Məmmədyarov Sergey Lavrovla telefon "
          "danışığı aparıb.\nABŞ dövlət katibi Con Kerri də tərəfləri təmkinli olmağa çağırıb.",
          "lavrov_foreign_minister_call", "2016-09-19" },
        { "hu", "", "Szergej Lavrov orosz és John Kerry amerikai külügyminiszter vasárnap "
          "telefonon egyeztetett a szíriai tűzszünetről - közölte az orosz "
          "külügyminisztérium.", "lavrov_kerry_call", "2016-09-18" },
        /* the bare title begins inside a longer one that ends within the word: the longer
           one, and the name after it, stand for it */
        { "et", "", "USA riigisekretär rääkis pühapäeval telefoni teel Venemaa välisministri "
          "Sergei Lavroviga Süüria relvarahust.", "lavrov_kerry_call", "2016-09-18" },
        /* Slovak "his American counterpart" in the instrumental */
        { "sk", "", "Šéf ruskej diplomacie Sergej Lavrov v nedeľu telefonicky hovoril so svojím "
          "americkým náprotivkom o situácii v Aleppe.", "lavrov_kerry_call", "2016-09-18" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 10));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unnamed_counterpart_more_languages),
        cmocka_unit_test(test_subordinates_and_other_titles),
        cmocka_unit_test(test_both_by_office),
        cmocka_unit_test(test_joint_offices_more_languages),
        cmocka_unit_test(test_bare_foreign_minister_more_languages),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

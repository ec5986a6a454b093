/* SPDX-License-Identifier: MIT
 *
 * test_classify — event recognition against the shipped catalog: calls
 * reported in many languages and scripts, roles resolved by the publication
 * date, and the five real seed pages when ../shared/seeds is there (a call
 * or a meeting, when the medium is unsaid, is test_classify_medium's; what
 * makes a told call no event is in test_classify_cues, the
 * event's date in test_classify_dates, who the parties are in
 * test_classify_parties, which part of a page tells the story in
 * test_classify_lead, the news languages added last in test_classify_languages). The texts
 * are written for these tests. */
#include <dirent.h>
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
#include "events/dates.h"
#include "ww_buf.h"

#define SEEDS "../shared/seeds"

static void
test_call_english(void **state)
{
    const catalog_t *c = *state;
    classify_result_t r = run(c, "en", "Lavrov and Kerry discuss Syrian truce",
                              "MOSCOW, March 6. /TASS/. Russia's top diplomat Sergei Lavrov and U.S. "
                              "Secretary of State John Kerry discussed the truce in Syria in a "
                              "telephone conversation on Sunday, the Russian foreign ministry said.\n"
                              "The conversation was initiated by the American side.",
                              at(2016, 3, 6, 12));
    expect("english", &r, "lavrov_kerry_call", "2016-03-06");
    assert_true(r.date_from_text);
    assert_string_equal(r.action, "phone_call");
    assert_true(has(r.actors, r.n_actors, "lavrov"));
    assert_true(has(r.actors, r.n_actors, "kerry"));
    assert_true(has(r.topics, r.n_topics, "syria"));
    assert_true(has(r.topics, r.n_topics, "ceasefire"));
    assert_true(r.confidence >= 0.8);
}

typedef struct {
    const char *lang, *title, *body, *date;
} story_t;

/* Published on Sunday 6 March 2016, 15:00 UTC, unless the text says otherwise. */
static const story_t calls[] = {
    { "ru", "Лавров и Керри обсудили по телефону ситуацию в Сирии",
      "МОСКВА, 6 марта. /ТАСС/. Министр иностранных дел России Сергей Лавров и госсекретарь США "
      "Джон Керри в воскресенье провели телефонный разговор, сообщили в МИД РФ.", "2016-03-06" },
    { "uk", "Лавров і Керрі провели телефонну розмову",
      "Міністр закордонних справ Росії Сергій Лавров у суботу провів телефонну розмову з "
      "держсекретарем США Джоном Керрі.", "2016-03-05" },
    { "de", "Lawrow und Kerry telefonieren wegen Syrien",
      "BERLIN, 6. März (dpa) - Der russische Außenminister Sergej Lawrow hat am Samstag mit "
      "US-Außenminister John Kerry telefoniert. Beide sprachen über die Waffenruhe.", "2016-03-05" },
    { "fr", "Lavrov et Kerry font le point sur la Syrie",
      "PARIS, 6 mars (AFP) - Le chef de la diplomatie russe Sergueï Lavrov a eu un entretien "
      "téléphonique avec le secrétaire d'État américain John Kerry le 4 mars, selon Moscou.",
      "2016-03-04" },
    { "es", "Lavrov y Kerry conversan por teléfono sobre Ucrania",
      "MADRID, 6 de marzo (EFE) - El canciller ruso, Serguéi Lavrov, y el secretario de Estado "
      "estadounidense, John Kerry, mantuvieron ayer una conversación telefónica sobre Ucrania.",
      "2016-03-05" },
    { "it", "Lavrov e Kerry, colloquio telefonico sulla Siria",
      "Il ministro degli Esteri russo Sergei Lavrov ha avuto domenica un colloquio telefonico con "
      "il segretario di Stato americano John Kerry.", "2016-03-06" },
    { "pt", "Lavrov e Kerry conversam por telefone",
      "O chanceler russo, Serguei Lavrov, e o secretário de Estado americano, John Kerry, "
      "tiveram no sábado uma conversa telefônica sobre a Síria.", "2016-03-05" },
    { "pl", "Ławrow rozmawiał telefonicznie z Kerrym",
      "Szef MSZ Rosji Siergiej Ławrow odbył w niedzielę rozmowę telefoniczną z sekretarzem stanu "
      "USA Johnem Kerrym.", "2016-03-06" },
    { "tr", "Lavrov ile Kerry telefonda görüştü",
      "Rusya Dışişleri Bakanı Sergey Lavrov, ABD Dışişleri Bakanı John Kerry ile pazar günü "
      "telefonda görüştü.", "2016-03-06" },
    { "ar", "لافروف وكيري يبحثان هاتفيا الأزمة السورية",
      "موسكو - أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره الأمريكي جون كيري "
      "يوم الأحد، بحثا خلاله الوضع في سوريا.", "2016-03-06" },
    { "fa", "گفتگوی تلفنی لاوروف و کری درباره سوریه",
      "سرگئی لاوروف وزیر امور خارجه روسیه روز پنج‌شنبه در گفتگوی تلفنی با جان کری وزیر خارجه "
      "آمریکا درباره سوریه گفتگو کرد.", "2016-03-03" },
    { "el", "Τηλεφωνική επικοινωνία Λαβρόφ - Κέρι για τη Συρία",
      "Ο Ρώσος υπουργός Εξωτερικών Σεργκέι Λαβρόφ είχε την Κυριακή τηλεφωνική επικοινωνία με τον "
      "Αμερικανό ομόλογό του Τζον Κέρι.", "2016-03-06" },
    { "hi", "लावरोव और केरी ने फोन पर बात की",
      "रूसी विदेश मंत्री सर्गेई लावरोव ने शनिवार को अमेरिकी विदेश मंत्री जॉन केरी से फोन पर बात की।",
      "2016-03-05" },
    { "he", "לברוב וקרי שוחחו בטלפון על סוריה",
      "שר החוץ הרוסי סרגיי לברוב שוחח ביום ראשון בטלפון עם מזכיר המדינה האמריקאי ג'ון קרי.",
      "2016-03-06" },
    { "zh", "拉夫罗夫与克里通电话讨论叙利亚局势",
      "新华社莫斯科3月5日电 俄罗斯外长拉夫罗夫5日与美国国务卿克里通电话，双方讨论了叙利亚停火问题。",
      "2016-03-05" },
    { "ja", "ラブロフ外相とケリー国務長官が電話会談",
      "ロシアのラブロフ外相は2016年3月5日、ケリー米国務長官と電話会談し、シリア情勢について協議した。",
      "2016-03-05" },
    { "ko", "라브로프 외무장관, 케리 국무장관과 전화 통화",
      "세르게이 라브로프 러시아 외무장관은 일요일 존 케리 미국 국무장관과 전화 통화를 하고 시리아 "
      "휴전 문제를 논의했다.", "2016-03-06" },
};

static void
test_calls_many_languages(void **state)
{
    const catalog_t *c = *state;
    size_t failures = 0;
    for (size_t i = 0; i < sizeof calls / sizeof calls[0]; i++) {
        classify_result_t r = run(c, calls[i].lang, calls[i].title, calls[i].body, at(2016, 3, 6, 15));
        bool ok = r.type != NULL && strcmp(r.type, "lavrov_kerry_call") == 0 &&
                  strcmp(r.date, calls[i].date) == 0 && r.date_from_text &&
                  has(r.actors, r.n_actors, "lavrov") && has(r.actors, r.n_actors, "kerry");
        if (!ok) {
            print_error("%s: type %s date %s (want %s) from_text %d action %s actors %zu\n",
                        calls[i].lang, r.type ? r.type : "-", r.date, calls[i].date,
                        r.date_from_text, r.action ? r.action : "-", r.n_actors);
            failures++;
        }
    }
    assert_int_equal(failures, 0);
}

/* Role-only and inflected mentions in languages the calls above do not cover, calls with
   the foreign ministers of 2013–2016, and negations: (lang, title, body, type, date). All
   published on Sunday 6 March 2016, 15:00 UTC. */
static const case_t wider[] = {
    /* Kerry named only as "the U.S. foreign minister" / "his U.S. counterpart". */
    { "it", "Siria, telefonata tra Lavrov e il capo della diplomazia Usa",
      "Il ministro degli Esteri russo Serghei Lavrov ha avuto sabato una telefonata con il "
      "ministro degli Esteri americano.", "lavrov_kerry_call", "2016-03-05" },
    { "tr", "Lavrov, ABD'li mevkidaşıyla telefonda görüştü",
      "Rusya Dışişleri Bakanı Lavrov'un ABD Dışişleri Bakanı ile cumartesi günü yaptığı telefon "
      "görüşmesinde Suriye ele alındı.", "lavrov_kerry_call", "2016-03-05" },
    { "tr", "Lavrov ve Kerry telefonda görüştü",
      "Lavrov'la Kerry'nin pazar günkü telefon görüşmesinde Suriye'deki ateşkes ele alındı.",
      "lavrov_kerry_call", "2016-03-06" },
    { "pl", "Ławrow i Kerry rozmawiali telefonicznie",
      "Szef rosyjskiej dyplomacji Ławrow rozmawiał w sobotę telefonicznie z amerykańskim "
      "sekretarzem stanu.", "lavrov_kerry_call", "2016-03-05" },
    { "uk", "Лавров провів телефонну розмову з американським колегою",
      "Глава МЗС Росії Сергій Лавров у суботу провів телефонну розмову з американським колегою.",
      "lavrov_kerry_call", "2016-03-05" },
    { "de", "Lawrow telefoniert mit amerikanischem Amtskollegen",
      "Der russische Außenminister Sergej Lawrow hat am Samstag mit seinem amerikanischen "
      "Amtskollegen telefoniert.", "lavrov_kerry_call", "2016-03-05" },
    /* A verb of its own for the call: Turkish "telefonlaştı" (phoned each other), Polish
       "zatelefonował do"; the Turkish negative is another word. */
    { "tr", "Kerry ile Lavrov telefonlaştı",
      "ABD Dışişleri Bakanı John Kerry ile Rus mevkidaşı Sergey Lavrov cumartesi günü "
      "telefonlaştı.", "lavrov_kerry_call", "2016-03-05" },
    { "pl", "", "Szef MSZ Rosji Siergiej Ławrow zatelefonował w sobotę do Johna Kerry'ego.",
      "lavrov_kerry_call", "2016-03-05" },
    { "tr", "", "Kerry ile Lavrov cumartesi günü telefonlaşmadı.", NULL, NULL },
    /* A day between the verb and its object: "wymienili w sobotę poglądy". */
    { "pl", "Ławrow i Kerry o Ukrainie",
      "Szef rosyjskiej dyplomacji Siergiej Ławrow i sekretarz stanu USA John Kerry wymienili w "
      "sobotę poglądy na temat sytuacji na Ukrainie.", "lavrov_kerry_call", "2016-03-05" },
    /* French words between the auxiliary and the verb: "ont à nouveau discuté" */
    { "fr", "Alep : Moscou et Washington",
      "Sergueï Lavrov et John Kerry ont à nouveau discuté samedi de la situation à Alep.",
      "lavrov_kerry_call", "2016-03-05" },
    { "el", "Λαβρόφ και Κέρι για τη Συρία",
      "Ο Σεργκέι Λαβρόφ και ο Τζον Κέρι αντάλλαξαν το Σάββατο απόψεις για την εκεχειρία στη "
      "Συρία.", "lavrov_kerry_call", "2016-03-05" },
    /* contact taken, a day between ("nahm am Samstag Kontakt ... auf"); the pluperfect of
       reported speech ("s'était entretenu"); talking again ("voltaram a dialogar") */
    { "de", "Kerry nimmt Kontakt mit Lawrow auf",
      "US-Außenminister John Kerry nahm am Samstag Kontakt mit dem russischen Außenminister "
      "Sergej Lawrow auf.", "lavrov_kerry_call", "2016-03-05" },
    { "fr", "Syrie: Lavrov et Kerry",
      "Le ministère russe a indiqué samedi que Sergueï Lavrov s'était entretenu avec John Kerry "
      "de la trêve.", "lavrov_kerry_call", "2016-03-05" },
    { "pt", "Lavrov e Kerry",
      "O ministro russo Sergei Lavrov e o secretário de Estado John Kerry voltaram a dialogar "
      "neste sábado sobre a Síria.", "lavrov_kerry_call", "2016-03-05" },
    /* the German perfect, the medium told in a later paragraph */
    { "de", "Lawrow und Kerry beraten über Waffenruhe",
      "Sergej Lawrow und John Kerry haben am Samstag über die Waffenruhe in Syrien "
      "gesprochen.\nKerry hatte zuvor bei einem Besuch in London gesagt, die Waffenruhe sei "
      "brüchig. Lawrow griff die Idee wenige Stunden später auf.\nDas Telefongespräch habe auf "
      "Initiative Kerrys stattgefunden, teilte das Außenministerium in Moskau mit.",
      "lavrov_kerry_call", "2016-03-05" },
    /* German adjectives after "sein", "ein" or no article take the strong ending. */
    { "de", "Telefonat zwischen Washington und Moskau",
      "Der amerikanische Außenminister und sein russischer Amtskollege haben am Samstag "
      "miteinander telefoniert.", "lavrov_kerry_call", "2016-03-05" },
    { "el", "Τηλεφωνική συνομιλία Λαβρόφ με τον ΥΠΕΞ των ΗΠΑ",
      "Ο Ρώσος ΥΠΕΞ είχε το Σάββατο τηλεφωνική συνομιλία με τον Αμερικανό ΥΠΕΞ για τη Συρία.",
      "lavrov_kerry_call", "2016-03-05" },
    { "hi", "लावरोव ने अमेरिकी समकक्ष से फोन पर बातचीत की",
      "रूसी विदेश मंत्री लावरोव ने शनिवार को अमेरिका के विदेश मंत्री से टेलीफोन पर बातचीत की।",
      "lavrov_kerry_call", "2016-03-05" },
    { "pt", "Lavrov e Kerry falam por telefone",
      "O chefe da diplomacia russa, Serguei Lavrov, telefonou no sábado ao chefe da diplomacia "
      "norte-americana.", "lavrov_kerry_call", "2016-03-05" },
    /* Other foreign ministers. */
    { "en", "Lavrov, Hammond discuss Syria by phone",
      "Russian Foreign Minister Sergei Lavrov and British Foreign Secretary Philip Hammond "
      "discussed Syria in a telephone conversation on Saturday.",
      "lavrov_foreign_minister_call", "2016-03-05" },
    { "it", "Telefonata Lavrov-Gentiloni sulla Libia",
      "Il ministro degli Esteri Paolo Gentiloni ha avuto sabato un colloquio telefonico con il "
      "collega russo Serghei Lavrov.", "lavrov_foreign_minister_call", "2016-03-05" },
    { "ru", "Лавров и Муаллем провели телефонный разговор",
      "Министр иностранных дел России Сергей Лавров в субботу провел телефонный разговор с "
      "главой МИД Сирии Валидом Муаллемом.", "lavrov_foreign_minister_call", "2016-03-05" },
    { "ar", "لافروف وشكري يبحثان هاتفيا الأزمة الليبية",
      "أجرى وزير الخارجية الروسي سيرغي لافروف يوم السبت اتصالا هاتفيا مع وزير الخارجية المصري "
      "سامح شكري.", "lavrov_foreign_minister_call", "2016-03-05" },
    { "pl", "Ławrow rozmawiał telefonicznie z Waszczykowskim",
      "Szef MSZ Rosji Siergiej Ławrow rozmawiał w sobotę telefonicznie z Witoldem "
      "Waszczykowskim.", "lavrov_foreign_minister_call", "2016-03-05" },
    { "el", "Τηλεφωνική επικοινωνία Κοτζιά - Λαβρόφ",
      "Ο υπουργός Εξωτερικών Νίκος Κοτζιάς είχε το Σάββατο τηλεφωνική επικοινωνία με τον Σεργκέι "
      "Λαβρόφ.", "lavrov_foreign_minister_call", "2016-03-05" },
    { "hi", "सुषमा स्वराज ने लावरोव से फोन पर बात की",
      "विदेश मंत्री सुषमा स्वराज ने शनिवार को रूसी विदेश मंत्री सर्गेई लावरोव से फोन पर बात की।",
      "lavrov_foreign_minister_call", "2016-03-05" },
    /* Not held, or told as a recollection. */
    { "it", "Salta la telefonata tra Lavrov e Kerry",
      "La telefonata tra Lavrov e Kerry prevista per sabato è stata rinviata.", NULL, NULL },
    { "tr", "Lavrov ile Kerry telefonda görüşmedi",
      "Lavrov ile Kerry cumartesi günü telefonda görüşmedi.", NULL, NULL },
    { "pl", "Rozmowa Ławrowa z Kerrym przełożona",
      "Rozmowa telefoniczna Ławrowa z Kerrym została przełożona.", NULL, NULL },
    { "en", "Lavrov says truce holds",
      "MOSCOW, March 6. /TASS/. The truce in Syria is largely holding, Russian Foreign Minister "
      "Sergei Lavrov told a news conference on Sunday.\n"
      "The minister recalled that the terms of the truce had been worked out in his telephone "
      "conversations with U.S. Secretary of State John Kerry on February 20 and 21.", NULL, NULL },
    { "ru", "Лавров: перемирие в Сирии в целом соблюдается",
      "МОСКВА, 6 марта. /ТАСС/. Перемирие в Сирии в целом соблюдается, заявил на пресс-конференции "
      "глава МИД РФ Сергей Лавров.\n"
      "Он напомнил, что условия перемирия были согласованы в ходе его телефонных переговоров с "
      "госсекретарем США Джоном Керри.", NULL, NULL },
};

static void
test_wider_languages_and_ministers(void **state)
{
    check_cases(*state, wider, sizeof wider / sizeof wider[0], at(2016, 3, 6, 15));
}

/* The catalog widened language by language (docs/CATALOG.md, "Languages"): in each newly
   covered language a call, and in several a conversation told without a medium, a meeting
   and a call that did not happen, so that each language's names, roles and phrases are
   exercised. The sentences are written for this test. Published on Sunday 6 March 2016,
   15:00 UTC; the type is checked (many of these languages have no date words yet). */
static const case_t widened[] = {
    /* Serbian (Latin and Cyrillic), Croatian, Bulgarian, Macedonian, Slovenian. */
    { "sr", "Lavrov i Keri razgovarali telefonom",
      "Ministar spoljnih poslova Rusije Sergej Lavrov razgovarao je telefonom sa državnim "
      "sekretarom SAD Džonom Kerijem o situaciji u Siriji.", "lavrov_kerry_call", NULL },
    { "sr", "Lavrov i Keri sastali su se u Ženevi",
      "Šef ruske diplomatije Sergej Lavrov i američki državni sekretar Džon Keri sastali su se "
      "u Ženevi.", "lavrov_kerry_meeting", NULL },
    { "sr", "Telefonski razgovor Lavrova i Kerija nije održan",
      "Planirani telefonski razgovor Lavrova i Kerija nije održan.", NULL, NULL },
    { "sr", "Лавров и Кери разговарали телефоном",
      "Министар спољних послова Русије Сергеј Лавров разговарао је телефоном са државним "
      "секретаром САД Џоном Керијем.", "lavrov_kerry_call", NULL },
    { "hr", "Lavrov i Kerry razgovarali telefonom",
      "Ruski ministar vanjskih poslova Sergej Lavrov razgovarao je telefonom s američkim "
      "državnim tajnikom Johnom Kerryjem.", "lavrov_kerry_call", NULL },
    { "bg", "Лавров и Кери проведоха телефонен разговор",
      "Руският външен министър Сергей Лавров проведе телефонен разговор с държавния секретар "
      "на САЩ Джон Кери.", "lavrov_kerry_call", NULL },
    { "bg", "Лавров и Кери се срещнаха в Женева",
      "Руският външен министър Сергей Лавров и американският държавен секретар Джон Кери се "
      "срещнаха в Женева.", "lavrov_kerry_meeting", NULL },
    { "mk", "Лавров и Кери разговараа по телефон",
      "Рускиот министер за надворешни работи Сергеј Лавров разговараше по телефон со "
      "американскиот државен секретар Џон Кери.", "lavrov_kerry_call", NULL },
    { "sl", "Lavrov in Kerry po telefonu o Siriji",
      "Ruski zunanji minister Sergej Lavrov se je po telefonu pogovarjal z ameriškim državnim "
      "sekretarjem Johnom Kerryjem.", "lavrov_kerry_call", NULL },
    { "sl", "Pogovor ni bil izveden",
      "Telefonski pogovor med Lavrovom in Kerryjem ni bil izveden.", NULL, NULL },
    /* Slovak, Czech, Belarusian. */
    { "sk", "Lavrov a Kerry telefonovali o Sýrii",
      "Šéf ruskej diplomacie Sergej Lavrov telefonoval s americkým ministrom zahraničných vecí "
      "Johnom Kerrym.", "lavrov_kerry_call", NULL },
    { "sk", "Lavrov sa stretol s Kerrym v Ženeve",
      "Ruský minister zahraničných vecí Sergej Lavrov sa stretol s americkým štátnym "
      "tajomníkom Johnom Kerrym v Ženeve.", "lavrov_kerry_meeting", NULL },
    { "cs", "Lavrov a Kerry spolu telefonovali",
      "Ruský ministr zahraničí Sergej Lavrov telefonoval s americkým ministrem zahraničí "
      "Johnem Kerrym o situaci v Sýrii.", "lavrov_kerry_call", NULL },
    { "cs", "Lavrov a Kerry hovořili o Sýrii",
      "Ruský ministr zahraničí Sergej Lavrov a americký ministr zahraničí John Kerry hovořili o "
      "situaci v Sýrii.", "lavrov_kerry_call", NULL },
    { "cs", "Telefonát Lavrova s Kerrym se neuskutečnil",
      "Plánovaný telefonát Lavrova s Kerrym se neuskutečnil.", NULL, NULL },
    { "be", "Лаўроў і Кэры правялі тэлефонную размову",
      "Міністр замежных спраў Расіі Сяргей Лаўроў правёў тэлефонную размову з дзяржсакратаром "
      "ЗША Джонам Кэры.", "lavrov_kerry_call", NULL },
    /* Nordic and Baltic languages, Dutch. */
    { "da", "Lavrov og Kerry talte i telefon",
      "Ruslands udenrigsminister Sergej Lavrov havde en telefonsamtale med den amerikanske "
      "udenrigsminister John Kerry.", "lavrov_kerry_call", NULL },
    { "da", "Lavrov og Kerry mødtes i Genève",
      "Den russiske udenrigsminister Sergej Lavrov og den amerikanske udenrigsminister John "
      "Kerry mødtes i Genève.", "lavrov_kerry_meeting", NULL },
    { "no", "Lavrov og Kerry snakket i telefonen",
      "Russlands utenriksminister Sergej Lavrov hadde en telefonsamtale med USAs "
      "utenriksminister John Kerry.", "lavrov_kerry_call", NULL },
    { "sv", "Lavrov ringde Kerry",
      "Rysslands utrikesminister Sergej Lavrov ringde upp USA:s utrikesminister John Kerry.",
      "lavrov_kerry_call", NULL },
    { "nl", "Lavrov en Kerry belden over Syrië",
      "De Russische minister van Buitenlandse Zaken Sergej Lavrov belde met zijn Amerikaanse "
      "ambtgenoot John Kerry.", "lavrov_kerry_call", NULL },
    /* Dutch "met" is "with": no meeting; English "met" still is one. */
    { "nl", "Lavrov en Kerry spraken over Syrië",
      "De Russische minister Sergej Lavrov sprak met zijn Amerikaanse ambtgenoot John Kerry over "
      "het staakt-het-vuren in Syrië. Volgens Moskou spraken de twee met elkaar over Aleppo.",
      "lavrov_kerry_call", NULL },
    { "en", "Lavrov, Kerry meet in Geneva",
      "Russian Foreign Minister Sergei Lavrov met Kerry in Geneva to discuss the truce in Syria.",
      "lavrov_kerry_meeting", NULL },
    { "fi", "Lavrov ja Kerry keskustelivat puhelimitse",
      "Venäjän ulkoministeri Sergei Lavrov keskusteli puhelimitse Yhdysvaltain ulkoministerin "
      "John Kerryn kanssa Syyriasta.", "lavrov_kerry_call", NULL },
    { "fi", "Lavrov ja Kerry eivät keskustelleet",
      "Venäjän ulkoministeri Lavrov ja Yhdysvaltain ulkoministeri Kerry eivät keskustelleet "
      "puhelimessa.", NULL, NULL },
    /* Bulgarian: the full definite article ("телефонният разговор"), "са обсъдили" */
    { "bg", "", "Телефонният разговор между Сергей Лавров и Джон Кери се е състоял в събота.",
      "lavrov_kerry_call", NULL },
    { "bg", "", "Сергей Лавров и Джон Кери са обсъдили ситуацията в Йемен.", "lavrov_kerry_call",
      NULL },
    /* Malay: the call's purpose ("untuk membincangkan") counts neither way */
    { "ms", "", "Sergei Lavrov menghubungi John Kerry melalui telefon pada Sabtu untuk "
      "membincangkan pelaksanaan gencatan senjata.", "lavrov_kerry_call", NULL },
    /* Vietnamese "rằng" (that) folds to English "rang" (telephoned): no call */
    { "vi", "Nga cảnh báo Mỹ về Syria",
      "Ngoại trưởng Nga Sergei Lavrov hôm thứ Hai cho biết rằng Ngoại trưởng Mỹ John Kerry đã "
      "đồng ý với kế hoạch.", NULL, NULL },
    /* Dutch: a headline's present, the participle */
    { "nl", "Kerry en Lavrov praten met elkaar", "", "lavrov_kerry_call", NULL },
    { "nl", "", "Minister Lavrov en de Amerikaanse minister Kerry hebben vanmiddag met elkaar "
      "overlegd over een diplomatieke oplossing.", "lavrov_kerry_call", NULL },
    { "fi", "Lavrovin ja Kerryn puhelu",
      "Venäjän ulkoministerin Sergei Lavrovin ja Yhdysvaltain ulkoministerin John Kerryn "
      "puhelussa tiistaina käsiteltiin Syyrian tilannetta.", "lavrov_kerry_call", NULL },
    { "et", "Lavrov ja Kerry pidasid telefonivestluse",
      "Venemaa välisminister Sergei Lavrov pidas telefonivestluse USA välisministri John "
      "Kerryga.", "lavrov_kerry_call", NULL },
    { "lv", "Lavrovs un Kerijs runāja pa telefonu",
      "Krievijas ārlietu ministrs Sergejs Lavrovs pa telefonu apsprieda situāciju Sīrijā ar "
      "ASV valsts sekretāru Džonu Keriju.", "lavrov_kerry_call", NULL },
    { "lt", "Lavrovas ir Kerry kalbėjosi telefonu",
      "Rusijos užsienio reikalų ministras Sergejus Lavrovas telefonu kalbėjosi su JAV "
      "valstybės sekretoriumi Johnu Kerry.", "lavrov_kerry_call", NULL },
    /* Romanian, Catalan, Hungarian, Albanian. */
    { "ro", "Lavrov și Kerry au avut o convorbire telefonică",
      "Ministrul rus de externe, Serghei Lavrov, a avut o convorbire telefonică cu secretarul "
      "de stat american John Kerry.", "lavrov_kerry_call", NULL },
    { "ro", "Convorbire amânată",
      "Convorbirea telefonică dintre Lavrov și Kerry a fost amânată.", NULL, NULL },
    { "ca", "Lavrov i Kerry parlen per telèfon",
      "El ministre d'Afers Estrangers rus, Serguei Lavrov, ha mantingut una conversa telefònica "
      "amb el secretari d'Estat nord-americà, John Kerry.", "lavrov_kerry_call", NULL },
    { "hu", "Lavrov és Kerry telefonon egyeztetett",
      "Szergej Lavrov orosz külügyminiszter telefonon tárgyalt John Kerry amerikai "
      "külügyminiszterrel.", "lavrov_kerry_call", NULL },
    { "hu", "Lavrov és Kerry Genfben találkozott",
      "Szergej Lavrov orosz külügyminiszter és John Kerry amerikai külügyminiszter Genfben "
      "találkozott.", "lavrov_kerry_meeting", NULL },
    { "sq", "Lavrov dhe Kerry zhvilluan bisedë telefonike",
      "Ministri i Jashtëm rus Sergei Lavrov zhvilloi një bisedë telefonike me Sekretarin "
      "amerikan të Shtetit John Kerry.", "lavrov_kerry_call", NULL },
    /* Azerbaijani, Kazakh, Uzbek, Georgian, Armenian. */
    { "az", "Lavrov və Kerri telefonla danışıb",
      "Rusiya xarici işlər naziri Sergey Lavrov ABŞ dövlət katibi Con Kerri ilə telefon "
      "danışığı aparıb.", "lavrov_kerry_call", NULL },
    { "kk", "Лавров пен Керри телефон арқылы сөйлесті",
      "Ресей Сыртқы істер министрі Сергей Лавров АҚШ Мемлекеттік хатшысы Джон Керримен телефон "
      "арқылы сөйлесті.", "lavrov_kerry_call", NULL },
    { "uz", "Lavrov va Kerri telefon orqali suhbatlashdi",
      "Rossiya tashqi ishlar vaziri Sergey Lavrov AQSh Davlat kotibi Jon Kerri bilan telefon "
      "orqali suhbatlashdi.", "lavrov_kerry_call", NULL },
    { "ka", "ლავროვმა და კერიმ ტელეფონით ისაუბრეს",
      "რუსეთის საგარეო საქმეთა მინისტრმა სერგეი ლავროვმა აშშ-ის სახელმწიფო მდივან ჯონ "
      "კერისთან სატელეფონო საუბარი გამართა.", "lavrov_kerry_call", NULL },
    { "hy", "Լավրովը և Քերին հեռախոսազրույց են ունեցել",
      "ՌԴ արտաքին գործերի նախարար Սերգեյ Լավրովը հեռախոսազրույց է ունեցել ԱՄՆ պետքարտուղար "
      "Ջոն Քերիի հետ։", "lavrov_kerry_call", NULL },
    /* Urdu, Marathi, Bengali, Tamil. */
    { "ur", "لاوروف اور کیری کی ٹیلیفون پر بات چیت",
      "روسی وزیر خارجہ سرگئی لاوروف نے امریکی وزیر خارجہ جان کیری سے ٹیلیفون پر بات چیت کی۔",
      "lavrov_kerry_call", NULL },
    { "mr", "लावरोव्ह आणि केरी यांची फोनवरून चर्चा",
      "रशियाचे परराष्ट्र मंत्री सर्गेई लावरोव्ह यांनी अमेरिकेचे परराष्ट्र मंत्री जॉन केरी यांच्याशी "
      "फोनवरून चर्चा केली.", "lavrov_kerry_call", NULL },
    { "bn", "ল্যাভরভ ও কেরির ফোনালাপ",
      "রুশ পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ মার্কিন পররাষ্ট্রমন্ত্রী জন কেরির সঙ্গে ফোনে কথা বলেছেন।",
      "lavrov_kerry_call", NULL },
    { "ta", "லாவ்ரோவ் - கெர்ரி தொலைபேசியில் பேச்சு",
      "ரஷ்ய வெளியுறவு அமைச்சர் செர்கேய் லாவ்ரோவ் அமெரிக்க வெளியுறவுத் துறை அமைச்சர் ஜான் "
      "கெர்ரியுடன் தொலைபேசியில் பேசினார்.", "lavrov_kerry_call", NULL },
    /* Headlines in the present tense. */
    { "de", "Lawrow und Kerry telefonieren wegen Syrien",
      "Der russische Außenminister Sergej Lawrow und US-Außenminister John Kerry haben über die "
      "Lage in Syrien beraten.", "lavrov_kerry_call", NULL },
    { "es", "Lavrov y Kerry conversan sobre Siria",
      "El canciller ruso y el secretario de Estado estadounidense abordan la situación en Siria.",
      "lavrov_kerry_call", NULL },
    { "de", "Lawrow und Kerry wollen telefonieren",
      "Der russische Außenminister Sergej Lawrow und US-Außenminister John Kerry wollen am "
      "Montag telefonieren.", NULL, NULL },
    /* A call of last week, recalled in a story about something else. */
    { "pt", "Lavrov: a trégua na Síria está se mantendo",
      "O chanceler russo, Serguei Lavrov, disse neste domingo que a trégua na Síria está se "
      "mantendo. Ele e John Kerry conversaram por telefone na semana passada.", NULL, NULL },
    { "de", "Lawrow: Waffenruhe in Syrien hält",
      "Der russische Außenminister Sergej Lawrow sagte am Sonntag, die Waffenruhe in Syrien "
      "halte. Er hatte vergangene Woche mit John Kerry telefoniert.", NULL, NULL },
    /* Vietnamese, Thai, Indonesian, Malay, Tagalog, Swahili. */
    { "vi", "Ngoại trưởng Nga và Mỹ điện đàm về Syria",
      "Ngoại trưởng Nga Sergei Lavrov đã điện đàm với Ngoại trưởng Mỹ John Kerry về tình hình "
      "Syria.", "lavrov_kerry_call", NULL },
    { "vi", "Syria",
      "Trong cuộc điện thoại với người đồng cấp Mỹ John Kerry, ông Lavrov kêu gọi ngừng bắn tại "
      "Aleppo.", "lavrov_kerry_call", NULL },
    { "vi", "Lavrov và Kerry gặp nhau tại Geneva",
      "Ngoại trưởng Nga Sergei Lavrov và Ngoại trưởng Mỹ John Kerry đã có cuộc gặp tại Geneva.",
      "lavrov_kerry_meeting", NULL },
    { "th", "ลาฟรอฟหารือทางโทรศัพท์กับแคร์รี",
      "นายเซอร์เกย์ ลาฟรอฟ รัฐมนตรีว่าการกระทรวงการต่างประเทศรัสเซีย หารือทางโทรศัพท์กับนายจอห์น "
      "แคร์รี รัฐมนตรีว่าการกระทรวงการต่างประเทศสหรัฐ", "lavrov_kerry_call", NULL },
    { "id", "Lavrov dan Kerry berbicara melalui telepon",
      "Menteri Luar Negeri Rusia Sergei Lavrov berbicara melalui telepon dengan Menteri Luar "
      "Negeri AS John Kerry mengenai Suriah.", "lavrov_kerry_call", NULL },
    { "id", "Lavrov dan Kerry tidak berbicara melalui telepon",
      "Menlu Rusia Sergei Lavrov dan Menlu AS John Kerry tidak berbicara melalui telepon.",
      NULL, NULL },
    { "id", "Lavrov dan Kerry bertemu di Jenewa",
      "Menlu Rusia Sergei Lavrov bertemu dengan Menlu AS John Kerry di Jenewa.",
      "lavrov_kerry_meeting", NULL },
    { "ms", "Lavrov dan Kerry bercakap melalui telefon",
      "Menteri Luar Rusia Sergei Lavrov mengadakan perbualan telefon dengan Setiausaha Negara "
      "AS John Kerry.", "lavrov_kerry_call", NULL },
    { "tl", "Lavrov at Kerry, nag-usap sa telepono",
      "Nag-usap sa telepono sina Russian Foreign Minister Sergei Lavrov at US Secretary of "
      "State John Kerry tungkol sa Syria.", "lavrov_kerry_call", NULL },
    { "sw", "Lavrov na Kerry wazungumza kwa simu",
      "Waziri wa Mambo ya Nje wa Urusi Sergei Lavrov alizungumza kwa simu na Waziri wa Mambo ya "
      "Nje wa Marekani John Kerry kuhusu Syria.", "lavrov_kerry_call", NULL },
};

static void
test_widened_languages(void **state)
{
    const catalog_t *c = *state;
    size_t failures = 0;
    for (size_t i = 0; i < sizeof widened / sizeof widened[0]; i++) {
        const case_t *k = &widened[i];
        classify_result_t r = run(c, k->lang, k->title, k->body, at(2016, 3, 6, 15));
        bool ok = k->type == NULL ? r.type == NULL
                                  : r.type != NULL && strcmp(r.type, k->type) == 0 &&
                                        has(r.actors, r.n_actors, "lavrov") &&
                                        has(r.actors, r.n_actors, "kerry") &&
                                        (k->date == NULL || strcmp(r.date, k->date) == 0);
        if (!ok) {
            print_error("%zu %s \"%s\": type %s (want %s) action %s actors %zu\n", i, k->lang,
                        k->title, r.type ? r.type : "-", k->type ? k->type : "-",
                        r.action ? r.action : "-", r.n_actors);
            failures++;
        }
    }
    assert_int_equal(failures, 0);
}

/* "Kerry called Lavrov" with a verb that can only mean telephoning: Czech and Slovak
   "zavolal", Bulgarian "се обади на", Romanian "l-a sunat", Arabic "اتصل ب" (as weak as
   its noun "اتصال"). */
static void
test_telephoning_verbs(void **state)
{
    static const case_t cases[] = {
        { "cs", "Kerry volal Lavrovovi",
          "Americký ministr zahraničí John Kerry v pondělí zavolal ruskému ministrovi zahraničí "
          "Sergeji Lavrovovi.", "lavrov_kerry_call", "2016-09-19" },
        { "sk", "Kerry volal Lavrovovi",
          "Americký minister zahraničných vecí John Kerry v pondelok zatelefonoval ruskému "
          "ministrovi zahraničných vecí Sergejovi Lavrovovi.", "lavrov_kerry_call", "2016-09-19" },
        { "bg", "Кери се обади на Лавров",
          "Държавният секретар на САЩ Джон Кери се обади в понеделник на руския външен министър "
          "Сергей Лавров.", "lavrov_kerry_call", "2016-09-19" },
        { "ro", "Kerry l-a sunat pe Lavrov",
          "Secretarul de stat american John Kerry l-a sunat luni pe ministrul rus de externe "
          "Serghei Lavrov.", "lavrov_kerry_call", "2016-09-19" },
        { "ar", "كيري يتصل بلافروف",
          "اتصل وزير الخارجية الأمريكي جون كيري يوم الاثنين بنظيره الروسي سيرغي لافروف، وفق ما "
          "أعلنت الخارجية الروسية.", "lavrov_kerry_call", "2016-09-19" },
        { "ar", "لافروف وكيري يلتقيان في جنيف",
          "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في جنيف يوم الاثنين، "
          "بعد أن اتصل به الأسبوع الماضي.", "lavrov_kerry_meeting", "2016-09-19" },
        /* a call received, Hungarian "felhívta" (not "felhívta a figyelmet", drew attention),
           Dutch "belde", a call from ("telefon od", "から電話を受けた", "接到…的电话") */
        { "es", "",
          "El canciller ruso, Serguéi Lavrov, recibió una llamada de John Kerry el lunes.",
          "lavrov_kerry_call", "2016-09-19" },
        { "fr", "", "Sergueï Lavrov a reçu un appel de John Kerry lundi.", "lavrov_kerry_call",
          "2016-09-19" },
        { "hu", "", "John Kerry hétfőn felhívta Szergej Lavrovot.", "lavrov_kerry_call",
          "2016-09-19" },
        { "hu", "",
          "Szergej Lavrov hétfőn felhívta a figyelmet arra, hogy John Kerry nem válaszolt.", NULL,
          NULL },
        { "nl", "", "John Kerry belde maandag Sergej Lavrov over Syrië.", "lavrov_kerry_call",
          "2016-09-19" },
        { "pl", "", "Ławrow odebrał w poniedziałek telefon od Kerry'ego.", "lavrov_kerry_call",
          "2016-09-19" },
        { "tr", "", "Lavrov, pazartesi günü Kerry'den bir telefon aldı.", "lavrov_kerry_call",
          "2016-09-19" },
        { "ja", "", "ラブロフ外相は19日、ケリー国務長官から電話を受けた。", "lavrov_kerry_call",
          "2016-09-19" },
        { "zh", "", "拉夫罗夫19日接到克里的电话。", "lavrov_kerry_call", "2016-09-19" },
        { "ar", "", "هاتف وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف يوم الاثنين.",
          "lavrov_kerry_call", "2016-09-19" },
        { "ko", "", "라브로프 장관은 19일 케리 장관으로부터 전화를 받았다.", "lavrov_kerry_call",
          "2016-09-19" },
        /* idioms: reaching for the receiver, having someone on the line; and Russian
           "связался с" (got in touch with), the medium unsaid */
        { "de", "", "Am Montag griff John Kerry zum Hörer, um Sergej Lawrow vor einem Bruch zu "
          "warnen.", "lavrov_kerry_call", "2016-09-19" },
        { "en", "", "John Kerry picked up the phone on Monday to tell his Russian counterpart "
          "Sergei Lavrov that the truce was at risk.", "lavrov_kerry_call", "2016-09-19" },
        { "nl", "", "Maandag had Sergej Lavrov zijn Amerikaanse ambtgenoot John Kerry aan de "
          "lijn.", "lavrov_kerry_call", "2016-09-19" },
        { "ru", "", "Госсекретарь США Джон Керри в понедельник связался с главой МИД России "
          "Сергеем Лавровым.", "lavrov_kerry_call", "2016-09-19" },
        /* Western Armenian spellings; the head of the State Department */
        { "hy", "", "Ռուսիոյ արտաքին գործոց նախարար Սերկէյ Լաւրով հեռաձայնային խօսակցութիւն "
          "ունեցած է Ճոն Քէրիի հետ։", "lavrov_kerry_call", "2016-09-19" },
        { "vi", "", "Người đứng đầu Bộ Ngoại giao Mỹ ngày 19/9 đã điện đàm với người đồng cấp "
          "Nga Sergei Lavrov.", "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 15));
}

/* Calls with other foreign ministers, named as the newly covered languages write them: the
   other party is recognised, so the call is no Lavrov–Kerry call. */
static const case_t widened_ministers[] = {
    { "sr", "Lavrov i Štajnmajer razgovarali telefonom",
      "Ministar spoljnih poslova Rusije Sergej Lavrov razgovarao je telefonom sa nemačkim "
      "kolegom Frankom-Valterom Štajnmajerom.", "lavrov_foreign_minister_call", NULL },
    { "bg", "Лавров и Зариф проведоха телефонен разговор",
      "Руският външен министър Сергей Лавров проведе телефонен разговор с иранския си колега "
      "Мохамад Джавад Зариф.", "lavrov_foreign_minister_call", NULL },
    { "cs", "Lavrov telefonoval s Ayraultem",
      "Ruský ministr zahraničí Sergej Lavrov telefonoval s francouzským ministrem zahraničí "
      "Jeanem-Marcem Ayraultem.", "lavrov_foreign_minister_call", NULL },
    { "ka", "ლავროვი და ზარიფი ტელეფონით ისაუბრეს",
      "რუსეთის საგარეო საქმეთა მინისტრმა სერგეი ლავროვმა ირანის საგარეო საქმეთა მინისტრ "
      "ჯავად ზარიფთან სატელეფონო საუბარი გამართა.", "lavrov_foreign_minister_call", NULL },
    { "hy", "Լավրովը և Չավուշօղլուն հեռախոսազրույց են ունեցել",
      "ՌԴ ԱԳ նախարար Սերգեյ Լավրովը հեռախոսազրույց է ունեցել Թուրքիայի ԱԳ նախարար Մևլութ "
      "Չավուշօղլուի հետ։", "lavrov_foreign_minister_call", NULL },
};

static void
test_widened_ministers(void **state)
{
    const catalog_t *c = *state;
    size_t failures = 0;
    for (size_t i = 0; i < sizeof widened_ministers / sizeof widened_ministers[0]; i++) {
        const case_t *k = &widened_ministers[i];
        classify_result_t r = run(c, k->lang, k->title, k->body, at(2016, 3, 6, 15));
        if (r.type == NULL || strcmp(r.type, k->type) != 0 || has(r.actors, r.n_actors, "kerry")) {
            print_error("%zu %s \"%s\": type %s (want %s) actors %zu\n", i, k->lang, k->title,
                        r.type ? r.type : "-", k->type, r.n_actors);
            failures++;
        }
    }
    assert_int_equal(failures, 0);
}

/* Foreign ministers after 2017: their calls with Lavrov are calls with a foreign minister. */
static void
test_later_ministers(void **state)
{
    const catalog_t *c = *state;
    classify_result_t r = run(c, "ru", "Лавров и Ле Дриан обсудили по телефону ситуацию в Сирии",
                              "Министр иностранных дел России Сергей Лавров провел телефонный "
                              "разговор с главой МИД Франции Жан-Ивом Ле Дрианом.",
                              at(2018, 5, 6, 15));
    expect("le drian", &r, "lavrov_foreign_minister_call", NULL);
    r = run(c, "de", "Lawrow telefoniert mit Baerbock",
            "Der russische Außenminister Sergej Lawrow hat mit Bundesaußenministerin Annalena "
            "Baerbock telefoniert.",
            at(2022, 2, 6, 15));
    expect("baerbock", &r, "lavrov_foreign_minister_call", NULL);
    r = run(c, "en", "Lavrov, Jaishankar discuss ties by phone",
            "Russian Foreign Minister Sergei Lavrov and Indian External Affairs Minister S. "
            "Jaishankar discussed bilateral ties in a telephone conversation.",
            at(2020, 7, 6, 15));
    expect("jaishankar", &r, "lavrov_foreign_minister_call", NULL);
}

static void
test_role_by_date(void **state)
{
    const catalog_t *c = *state;
    const char *title = "Lavrov discusses Syria with U.S. counterpart";
    const char *body = "Russian Foreign Minister Sergei Lavrov discussed Syria by phone with the "
                       "U.S. Secretary of State on Monday, the ministry said.";
    classify_result_t r = run(c, "en", title, body, at(2015, 5, 11, 12));
    expect("role 2015", &r, "lavrov_kerry_call", "2015-05-11");
    assert_true(has(r.actors, r.n_actors, "kerry"));
    r = run(c, "en", title, body, at(2017, 5, 15, 12));
    expect("role 2017", &r, NULL, NULL);     /* a Secretary of State is no foreign minister */
    assert_string_equal(r.action, "phone_call");
    assert_true(has(r.actors, r.n_actors, "tillerson"));
    assert_false(has(r.actors, r.n_actors, "kerry"));
}

static void
test_putin_obama_call(void **state)
{
    const catalog_t *c = *state;
    classify_result_t r = run(c, "en", "Putin, Obama discuss Ukraine in phone call",
                              "Russian President Vladimir Putin and U.S. President Barack Obama held a "
                              "telephone conversation on Wednesday, the Kremlin said.",
                              at(2015, 9, 30, 18));
    expect("putin obama", &r, "putin_obama_call", "2015-09-30");
}

static void
test_any_input(void **state)
{
    const catalog_t *c = *state;
    classify_result_t r;
    assert_int_equal(classify_item(c, NULL, 0, NULL, 0, NULL, 0, &r), 0);
    assert_null(r.type);
    assert_int_equal(classify_item(NULL, "x", 1, "y", 1, "en", 0, &r), 0);
    assert_null(r.type);
    static const char bad[] = "Lavrov \xff\xfe and Kerry \xc0 spoke by phone \xe2\x82";
    assert_int_equal(classify_item(c, bad, sizeof bad - 1, bad, sizeof bad - 1, "und", 0, &r), 0);
    char buf[2048];
    unsigned seed = 99;
    for (int round = 0; round < 200; round++) {
        size_t n = (size_t)(round * 37 % (int)sizeof buf);
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = (char)((seed >> 16) % 7 == 0 ? '\n' : (seed >> 8));
        }
        assert_int_equal(classify_item(c, buf, n / 8, buf, n, NULL, (int64_t)seed * 1000, &r), 0);
    }
}

/* ---- the real pages in ../shared/seeds ---- */

static char *
read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    ww_buf_t b = WW_BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        ww_buf_append(&b, chunk, n);
    fclose(f);
    ww_buf_putc(&b, '\0');
    return ww_buf_steal(&b, len);
}

static void
test_seeds(void **state)
{
    const catalog_t *c = *state;
    /* Publication times assumed for each page (the pages carry no year). */
    static const struct {
        const char *prefix;
        int y, m, d, h;
        const char *date;
    } seeds[] = {
        { "000_", 2015, 10, 8, 12, "2015-10-08" },   /* "said on Thursday", dateline October 8 */
        { "001_", 2016, 6, 7, 12, "2016-06-07" },    /* dateline June 7 */
        { "002_", 2016, 5, 9, 16, "2016-05-09" },    /* "discussed ... Monday" (Victory Day) */
        { "003_", 2015, 1, 25, 18, "2015-01-25" },   /* "On January 25" */
        { "004_", 2016, 3, 6, 12, "2016-03-06" },    /* "said on Sunday", dateline March 6 */
    };
    DIR *dir = opendir(SEEDS);
    if (dir == NULL)
        skip();
    size_t found = 0;
    struct dirent *de;
    while ((de = readdir(dir)) != NULL) {
        for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
            if (strncmp(de->d_name, seeds[i].prefix, strlen(seeds[i].prefix)) != 0)
                continue;
            char path[512];
            snprintf(path, sizeof path, "%s/%s", SEEDS, de->d_name);
            size_t len;
            char *text = read_file(path, &len);
            assert_non_null(text);
            classify_result_t r;
            int64_t pub = at(seeds[i].y, seeds[i].m, seeds[i].d, seeds[i].h);
            assert_int_equal(classify_item(c, "", 0, text, len, "en", pub, &r), 0);
            expect(de->d_name, &r, "lavrov_kerry_call", seeds[i].date);
            assert_true(r.date_from_text);
            found++;
            free(text);
        }
    }
    closedir(dir);
    assert_int_equal(found, 5);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_call_english),
        cmocka_unit_test(test_calls_many_languages),
        cmocka_unit_test(test_wider_languages_and_ministers),
        cmocka_unit_test(test_widened_languages),
        cmocka_unit_test(test_telephoning_verbs),
        cmocka_unit_test(test_widened_ministers),
        cmocka_unit_test(test_later_ministers),
        cmocka_unit_test(test_role_by_date),
        cmocka_unit_test(test_putin_obama_call),
        cmocka_unit_test(test_any_input),
        cmocka_unit_test(test_seeds),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

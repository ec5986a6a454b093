/* SPDX-License-Identifier: MIT
 *
 * test_classify_parties — who the parties of a call are, against the shipped catalog
 * (workers/events/classify_parties.c): calls with other ministers and envoys, calls of
 * three, the parties of a deal or the authors of remarks the story names (parties named by
 * their office: test_classify_offices.c). The texts are written for these tests. */
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

/* A title's two are those of the lead sentence that tells the same call without naming
   them: a call with another minister under a title that names Kerry or Lavrov is none of
   theirs. */
static void
test_title_of_a_call_with_another_minister(void **state)
{
    static const case_t titled[] = {
        { "de", "Kerry telefoniert mit Steinmeier über Syrien",
          "US-Außenminister John Kerry hat mit Frank-Walter Steinmeier über Syrien beraten.\n"
          "Beide hätten in dem Telefonat die Notwendigkeit einer politischen Lösung betont.\n"
          "Kerry hatte zuvor angekündigt, bald auch mit Sergej Lawrow sprechen zu wollen.",
          NULL, NULL },
        { "en", "Kerry, Steinmeier discuss Syria by phone",
          "Secretary of State John Kerry and German Foreign Minister Frank-Walter Steinmeier "
          "discussed Syria on Friday.\n"
          "In the call, both stressed the need for a political solution; Kerry also plans to "
          "speak with Sergei Lavrov.", NULL, NULL },
        /* a name with a case ending (Bengali genitive "শ্যাননের") */
        { "bn", "রুশ উপপররাষ্ট্রমন্ত্রী ও মার্কিন আন্ডার সেক্রেটারির ফোনালাপ",
          "রাশিয়ার উপপররাষ্ট্রমন্ত্রী সের্গেই রিয়াবকভ শুক্রবার মার্কিন আন্ডার সেক্রেটারি অব স্টেট "
          "টমাস শ্যাননের সঙ্গে টেলিফোনে কথা বলেছেন।\nআলাপে দ্বিপক্ষীয় সম্পর্ক উঠে আসে। "
          "লাভরভ ও কেরি আলেপ্পো নিয়ে আলোচনা অব্যাহত রেখেছেন।", NULL, NULL },
        /* Wang Yi in Vietnamese, the call with Kerry only planned */
        { "vi", "Ngoại trưởng Nga và Trung Quốc điện đàm về Syria",
          "Ngoại trưởng Nga Sergei Lavrov ngày 17/2 đã điện đàm với Ngoại trưởng Trung Quốc Vương "
          "Nghị về tình hình Syria.\nSắp tới ông Lavrov dự kiến sẽ điện đàm với Ngoại trưởng Mỹ "
          "John Kerry.", NULL, NULL },
        /* others who call Kerry: a head of government, an adviser */
        { "he", "נתניהו שוחח עם קרי",
          "ראש הממשלה בנימין נתניהו שוחח הלילה בטלפון עם מזכיר המדינה ג'ון קרי.\n"
          "קרי שוחח באותו יום גם עם שר החוץ הרוסי.", NULL, NULL },
        { "uk", "Яценюк провів телефонну розмову з Керрі",
          "Прем'єр-міністр Арсеній Яценюк провів телефонну розмову з державним секретарем США "
          "Джоном Керрі. Керрі розповів про свої контакти з Сергієм Лавровим.", NULL, NULL },
        /* the two named together right after the call's noun are its parties */
        { "it", "Siria, tregua in bilico",
          "L'accordo è frutto di settimane di trattative tra Kerry e Lavrov e di una telefonata "
          "tra Obama e Putin lunedì.", NULL, NULL },
        /* the contacts between two are a channel, not the call's parties */
        { "da", "Russisk viceudenrigsminister talte med amerikansk kollega",
          "Ruslands viceudenrigsminister Sergej Rjabkov har talt i telefon med den amerikanske "
          "viceudenrigsminister Thomas Shannon om Syrien.\n"
          "Ifølge ministeriet var samtalen en opfølgning på kontakterne mellem "
          "udenrigsministrene Lavrov og Kerry.", NULL, NULL },
        { "en", "Russian deputy minister talks with US counterpart",
          "Russian Deputy Foreign Minister Sergei Ryabkov spoke by phone with Under Secretary "
          "of State Thomas Shannon about Syria.\n"
          "The conversation followed up on the contacts between ministers Lavrov and Kerry, "
          "the ministry said.", NULL, NULL },
    };
    check_not_type(*state, titled, sizeof titled / sizeof titled[0], at(2015, 9, 18, 10),
                   "lavrov_kerry_call");
}

/* Calls with other ministers: the parties are the two the sentence makes (coordinated,
   a partner word, the nearest two, the subject and the nearest); Kerry or Lavrov named in
   the call's topic is no party. */
static void
test_call_with_another_minister(void **state)
{
    const catalog_t *c = *state;
    classify_result_t r = run(c, "en", "Lavrov, Zarif discuss nuclear deal by phone",
                              "MOSCOW, July 2. /TASS/. Russian Foreign Minister Sergey Lavrov and "
                              "Iranian Foreign Minister Mohammad Javad Zarif discussed the nuclear "
                              "deal in a telephone conversation on Thursday, the ministry said.",
                              at(2015, 7, 2, 10));
    expect("zarif", &r, "lavrov_foreign_minister_call", "2015-07-02");
    assert_true(has(r.actors, r.n_actors, "zarif"));
    assert_false(has(r.actors, r.n_actors, "kerry"));
    r = run(c, "en", "Russian, Iranian ministers talk",
            "Lavrov and Zarif spoke by phone on Monday, a day after Lavrov met Kerry in Vienna.",
            at(2015, 7, 6, 10));
    expect("zarif, kerry in passing", &r, "lavrov_foreign_minister_call", "2015-07-06");
    r = run(c, "sv", "Wallström och Lavrov talades vid",
            "Utrikesminister Margot Wallström talade i telefon med Sergej Lavrov på måndagen, "
            "dagen efter Lavrovs samtal med John Kerry.", at(2015, 7, 6, 10));
    expect("wallström", &r, "lavrov_foreign_minister_call", "2015-07-06");
    r = run(c, "en", "Lavrov talks by phone with UN envoy",
            "Sergei Lavrov spoke by phone on Monday with the UN special envoy for Syria.",
            at(2016, 3, 7, 10));
    expect("no other minister", &r, NULL, NULL);
    assert_string_equal(r.action, "phone_call");
    static const case_t cases[] = {
        /* Korean "one after another" after the partners: the subject called each */
        { "ko", "케리, 왕이·라브로프와 잇따라 통화",
          "존 케리 미국 국무장관은 19일 왕이 중국 외교부장, 세르게이 라브로프 러시아 외무장관과 "
          "잇따라 전화통화를 했다.", "lavrov_kerry_call", "2016-09-19" },
        /* the subject of "said" is no party of the call the two after it held */
        { "en", "", "Iranian Foreign Minister Zarif said Lavrov and Kerry spoke by phone on "
          "Friday.", "lavrov_kerry_call", "2016-09-16" },
        /* the parties nearest the call */
        { "pt", "Lavrov conversa com chanceler turco",
          "O chanceler russo Serguei Lavrov conversou por telefone nesta segunda-feira com o "
          "ministro turco das Relações Exteriores, Mevlut Cavusoglu, sobre os acordos com John "
          "Kerry.", "lavrov_foreign_minister_call", "2016-09-19" },
        /* a third minister in the object */
        { "en", "Lavrov, Kerry discuss Saudi proposal",
          "Sergei Lavrov and John Kerry discussed by phone Adel al-Jubeir's proposal for Yemen "
          "on Monday.", "lavrov_kerry_call", "2016-09-19" },
        /* the subject and the one nearest the call */
        { "ja", "ラブロフ外相、トルコ外相と電話会談",
          "ラブロフ外相は19日、トルコのチャブシオール外相と電話で会談し、ケリー国務長官との"
          "合意について説明した。", "lavrov_foreign_minister_call", "2016-09-19" },
        { "ko", "라브로프, 터키 외무장관과 통화",
          "라브로프 러시아 외무장관은 19일 차우쇼을루 터키 외무장관과 전화통화를 하고 케리 미 "
          "국무장관과의 합의 내용을 설명했다.", "lavrov_foreign_minister_call", "2016-09-19" },
        /* an unnamed counterpart */
        { "en", "Lavrov, Jordanian counterpart talk",
          "Sergei Lavrov discussed by phone with his Jordanian counterpart on Monday the "
          "results of his talks with John Kerry in Geneva.", "lavrov_foreign_minister_call",
          "2016-09-19" },
        { "ru", "Лавров провел разговор с иорданским коллегой",
          "Сергей Лавров в понедельник провел телефонный разговор с иорданским коллегой, "
          "обсудив итоги переговоров с Джоном Керри в Женеве.", "lavrov_foreign_minister_call",
          "2016-09-19" },
        /* a counterpart named, before or after its description */
        { "en", "Lavrov, Kerry talk Syria",
          "Sergei Lavrov discussed Syria by phone on Monday with his counterpart John Kerry.",
          "lavrov_kerry_call", "2016-09-19" },
        { "en", "Lavrov, Kerry talk Syria",
          "Sergei Lavrov discussed Syria by phone on Monday with John Kerry, his counterpart.",
          "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(c, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 14));
}

/* Kerry's calls with other ministers, Lavrov in the topic: no type fits the sentence's
   subject and the one named nearest, and no story is a Lavrov-Kerry call. */
static void
test_kerrys_calls_with_others(void **state)
{
    static const case_t kerrys[] = {
        { "en", "Kerry calls Saudi counterpart",
          "John Kerry spoke by phone on Monday with his Saudi counterpart about Yemen and the "
          "truce agreed with Sergei Lavrov.", NULL, NULL },
        { "en", "Kerry, Klimkin talk",
          "U.S. Secretary of State John Kerry spoke by phone on Tuesday with Ukrainian Foreign "
          "Minister Pavlo Klimkin about the Minsk agreements and the proposals he had "
          "discussed with Sergei Lavrov.", NULL, NULL },
        { "fr", "Kerry et Klimkine au téléphone",
          "Le secrétaire d'État américain John Kerry s'est entretenu mardi par téléphone avec le "
          "ministre ukrainien des Affaires étrangères Pavlo Klimkine des accords de Minsk et de "
          "ses discussions avec Sergueï Lavrov.", NULL, NULL },
    };
    check_not_type(*state, kerrys, sizeof kerrys / sizeof kerrys[0], at(2016, 9, 19, 14),
                   "lavrov_kerry_call");
}

/* A call whose clause names one actor, Lavrov and Kerry named only in another sentence: the
   call is that actor's with someone the story does not name. Lavrov and Kerry stay the
   parties of a call whose sentence names only who told of it. */
static void
test_subject_named_alone(void **state)
{
    static const case_t others[] = {
        { "en", "", "TBILISI, March 2. Foreign Minister Maia Panjikidze spoke by phone with her "
          "Lithuanian colleague about Crimea. Kerry and Lavrov will meet in Rome tomorrow.",
          NULL, NULL },
        { "ka", "", "თბილისი, 2 მარტი. მინისტრმა მაია ფანჯიკიძემ ტელეფონით ისაუბრა ლიტველ "
          "კოლეგასთან ყირიმის შესახებ. კერი და ლავროვი ხვალ რომში შეხვდებიან.", NULL, NULL },
    };
    check_not_type(*state, others, sizeof others / sizeof others[0], at(2014, 3, 2, 12),
                   "lavrov_kerry_call");
    static const case_t told[] = {
        { "en", "", "Sergei Lavrov and John Kerry discussed Syria on Monday. According to Maria "
          "Zakharova, the ministers spoke by phone for an hour.", "lavrov_kerry_call",
          "2016-09-19" },
        { "en", "", "Sergei Lavrov and John Kerry discussed Syria on Monday. Maria Zakharova "
          "said the two ministers spoke by phone for an hour.", "lavrov_kerry_call",
          "2016-09-19" },
    };
    check_cases(*state, told, sizeof told / sizeof told[0], at(2016, 9, 19, 15));
}

/* Three actors in a call's sentence: a partner word says which is the other party ("mit",
   "each spoke with", "ile", "と"); one named in the call's topic ("über seine Gespräche mit
   Kerry", "Tras sus conversaciones con Kerry") or who tells of the call (Steinmeier) is
   none. */
static void
test_partner_among_three(void **state)
{
    static const case_t cases[] = {
        /* "mit ... telefoniert"; two together and a third a partner word introduces */
        { "de", "Lawrow telefoniert mit Judeh",
          "Sergej Lawrow hat am Montag mit dem jordanischen Außenminister Nasser Judeh über "
          "die Ergebnisse seiner Gespräche mit John Kerry telefoniert.",
          "lavrov_foreign_minister_call", "2016-09-19" },
        { "de", "Lawrow und Kerry telefonieren mit Sarif",
          "Sergej Lawrow und John Kerry haben am Montag jeweils mit dem iranischen "
          "Außenminister Mohammed Dschawad Sarif telefoniert.", "lavrov_foreign_minister_call",
          "2016-09-19" },
        /* the partner word after the subject, the two named far after it in apposition:
           the subject called each of them */
        { "de", "Außenminister",
          "Bundesaußenminister Frank-Walter Steinmeier hat am Montag mit seinen Kollegen aus "
          "Russland und den USA, Sergej Lawrow und John Kerry, telefoniert.",
          "lavrov_foreign_minister_call", "2016-09-19" },
        /* a word that spreads the call over the two ("each", "chacun", "по отдельности")
           introduces its other party */
        { "en", "", "Lavrov and Kerry each spoke by phone with Iranian Foreign Minister Mohammad "
          "Javad Zarif on Monday.", "lavrov_foreign_minister_call", "2016-09-19" },
        { "fr", "", "Lavrov et Kerry se sont chacun entretenus par téléphone lundi avec Mohammad "
          "Javad Zarif.", "lavrov_foreign_minister_call", "2016-09-19" },
        { "ru", "", "Лавров и Керри в понедельник по отдельности провели телефонные разговоры с "
          "Зарифом.", "lavrov_foreign_minister_call", "2016-09-19" },
        /* the partner word after the name in languages with postpositions, the topic's
           partner in German ("über seine Gespräche mit Kerry") */
        { "tr", "", "Lavrov pazartesi günü Ürdünlü mevkidaşı ile telefonda görüşerek Kerry ile "
          "varılan anlaşmayı ele aldı.", "lavrov_foreign_minister_call", "2016-09-19" },
        { "ja", "", "ラブロフ外相は19日、ヨルダンの外相と電話で会談し、ケリー国務長官との合意について"
          "説明した。", "lavrov_foreign_minister_call", "2016-09-19" },
        { "de", "", "Lawrow informierte Sarif am Montag telefonisch über seine Gespräche mit Kerry.",
          "lavrov_foreign_minister_call", "2016-09-19" },
        /* "Kerry en Ginebra, Lavrov": no one subject */
        { "es", "Lavrov habla con Zarif",
          "Tras sus conversaciones con Kerry en Ginebra, Lavrov habló por teléfono con el "
          "canciller iraní Mohammad Javad Zarif el sábado.", "lavrov_foreign_minister_call",
          "2016-09-17" },
        /* "और": one subject, its words counted in letters */
        { "hi", "लावरोव और केरी", "लावरोव और केरी ने फोन पर जरीफ की योजना पर चर्चा की।",
          "lavrov_kerry_call", "2016-09-19" },
        /* a third minister who tells of the call */
        { "en", "Steinmeier welcomes call",
          "German Foreign Minister Frank-Walter Steinmeier said Lavrov and Kerry had spoken "
          "by phone on Monday about Aleppo.", "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 14));
}

/* Lavrov's calls with the UN's envoys and secretaries-general, named or described: the
   envoy is the other party, and Kerry in the next sentence is no party of the call; Lavrov
   and Kerry discussing the envoy's plan still speak with each other. */
/* Deputies' calls: a deputy's title that holds the minister's ("stellvertretende russische
   Außenminister", "Staatssekretär im US-Außenministerium", "副国务卿") is not the minister's,
   and the ministers on whose behalf the deputies talked ("on behalf of", "im Auftrag der
   Minister") are not its parties. */
static void
test_deputies_and_who_sent_them(void **state)
{
    static const case_t cases[] = {
        { "de", "",
          "Der stellvertretende russische Außenminister Sergej Rjabkow hat am Montag mit dem "
          "Staatssekretär im US-Außenministerium, Thomas Shannon, telefoniert.", NULL, NULL },
        { "en", "",
          "The deputies spoke by phone on Monday on behalf of ministers Sergei Lavrov and John "
          "Kerry.", NULL, NULL },
        { "de", "",
          "Rjabkow und Shannon telefonierten am Montag. Das Gespräch wurde im Auftrag der "
          "Minister Lawrow und Kerry geführt.", NULL, NULL },
        { "zh", "", "俄罗斯外长拉夫罗夫19日与美国副国务卿通电话。", NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 14));
}

static void
test_call_with_un_envoy(void **state)
{
    static const case_t cases[] = {
        { "en", "Lavrov, de Mistura discuss Syria by phone",
          "Russian Foreign Minister Sergei Lavrov discussed Syria by phone on Monday with UN envoy "
          "Staffan de Mistura. Kerry is due to meet Lavrov in Geneva on Friday.", NULL, NULL },
        { "ru", "Лавров обсудил с де Мистурой Сирию",
          "Министр иностранных дел России Сергей Лавров в понедельник в телефонном разговоре со "
          "спецпосланником ООН обсудил ситуацию в Сирии. Ранее Лавров встречался с Керри.",
          NULL, NULL },
        { "de", "Lawrow telefoniert mit de Mistura",
          "Der russische Außenminister Sergej Lawrow hat am Montag mit dem UN-Sondergesandten "
          "telefoniert. Kerry wird am Freitag in Genf erwartet.", NULL, NULL },
        { "es", "Lavrov habla por teléfono con el enviado de la ONU",
          "El canciller ruso, Serguéi Lavrov, habló el lunes por teléfono con el enviado especial "
          "de la ONU para Siria. Kerry llegará a Ginebra el viernes.", NULL, NULL },
        { "en", "Lavrov, Kerry discuss de Mistura plan",
          "Sergei Lavrov and John Kerry discussed by phone on Monday the proposals of UN envoy "
          "Staffan de Mistura.", "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 15));
}

/* What someone said is theirs: "spoke about remarks by John Kerry" names Kerry as the
   remarks' author, not as whom Lavrov spoke with; "according to Lavrov" is no such word. */
static void
test_remarks_by(void **state)
{
    static const case_t cases[] = {
        { "en", "Lavrov criticises Kerry remarks",
          "Russian Foreign Minister Sergei Lavrov spoke dismissively on Tuesday about remarks by "
          "John Kerry on Ukraine, saying Washington was misreading the situation.", NULL, NULL },
        { "es", "Lavrov responde a Kerry",
          "El canciller ruso, Serguéi Lavrov, habló el martes en una rueda de prensa en Moscú "
          "sobre las declaraciones de John Kerry acerca de Siria.", NULL, NULL },
        { "pt", "Lavrov responde a Kerry",
          "O chanceler russo, Serguei Lavrov, falou nesta terça-feira em entrevista coletiva em "
          "Moscou sobre as declarações de John Kerry a respeito da Síria.", NULL, NULL },
        { "ru", "Лавров и Керри обсудили Сирию",
          "Заявление МИД России: Сергей Лавров и Джон Керри во вторник обсудили по телефону "
          "ситуацию в Сирии.", "lavrov_kerry_call", "2016-04-12" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 4, 12, 20));
}

/* A call of three or more is no call between two (the README of the real pages counts
   conference calls as other calls), told as a conference or by three names together; a
   bilateral call's "call with" stays one. */
static void
test_conference_call(void **state)
{
    static const case_t cases[] = {
        { "en", "Lavrov, Kerry, de Mistura hold conference call on Syria",
          "Russian Foreign Minister Sergei Lavrov, U.S. Secretary of State John Kerry and UN "
          "envoy Staffan de Mistura held a conference call on Syria on Tuesday.", NULL, NULL },
        { "de", "Telefonkonferenz von Lawrow, Kerry und Sarif",
          "Sergej Lawrow, John Kerry und Mohammed Dschawad Sarif haben am Dienstag in einer "
          "Telefonkonferenz über das Atomabkommen beraten.", NULL, NULL },
        { "fr", "Conférence téléphonique sur la Syrie",
          "Sergueï Lavrov, John Kerry et Staffan de Mistura ont tenu mardi une conférence "
          "téléphonique sur la Syrie.", NULL, NULL },
        { "en", "",
          "Russian Foreign Minister Sergei Lavrov, U.S. Secretary of State John Kerry and UN "
          "envoy Staffan de Mistura spoke by phone on Tuesday about the Geneva talks.", NULL,
          NULL },
        { "ru", "",
          "Сергей Лавров, Джон Керри и Стаффан де Мистура во вторник обсудили по телефону "
          "переговоры по Сирии.", NULL, NULL },
        { "ar", "",
          "أجرى لافروف وكيري وظريف اتصالا هاتفيا يوم الثلاثاء بشأن الاتفاق النووي.", NULL, NULL },
        { "en", "", "Lavrov and Kerry and Zarif spoke by phone on Tuesday about the nuclear deal.",
          NULL, NULL },
        { "en", "Lavrov holds call with Kerry",
          "Sergei Lavrov held a call with John Kerry on Tuesday about Syria.",
          "lavrov_kerry_call", "2016-04-12" },
        { "en", "",
          "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry spoke by "
          "phone on Tuesday, a day after Kerry met Zarif in Vienna.", "lavrov_kerry_call",
          "2016-04-12" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 4, 12, 20));
}

/* "They discussed the agreements reached by Lavrov and Kerry": Lavrov and Kerry are the deal's
   parties, not the parties of the call or the talk told before them or of the verb after
   them; a call told after them ("the truce reached by Lavrov and Kerry in a phone call") is
   still theirs. */
static void
test_deal_parties(void **state)
{
    static const case_t cases[] = {
        { "en", "Lavrov holds phone talks with UN envoy",
          "Russian Foreign Minister Sergei Lavrov held phone talks on Monday with the UN special "
          "envoy for Syria. The U.S.-Russian deal reached by Lavrov and Kerry was discussed.",
          NULL, NULL },
        { "fr", "Lavrov s'entretient avec l'émissaire de l'ONU",
          "Le chef de la diplomatie russe Sergueï Lavrov s'est entretenu lundi par téléphone avec "
          "l'émissaire de l'ONU pour la Syrie. Ils ont évoqué l'accord conclu par Lavrov et Kerry.",
          NULL, NULL },
        { "ar", "لافروف يبحث هاتفيا مع دي ميستورا",
          "بحث وزير الخارجية الروسي سيرغي لافروف هاتفيا يوم الاثنين مع المبعوث الأممي الوضع في "
          "سوريا. وتناول الاتصال الاتفاق الروسي الأمريكي الذي توصل إليه لافروف وكيري.", NULL, NULL },
        { "ru", "Лавров и Чавушоглу",
          "Лавров в понедельник провел телефонный разговор с турецким коллегой. Министры обсудили "
          "реализацию договоренностей, достигнутых Лавровым и Керри в Женеве.",
          "lavrov_foreign_minister_call", "2016-09-19" },
        { "en", "Syria truce takes effect at midnight",
          "The ceasefire deal reached by Sergei Lavrov and John Kerry in a phone call on Monday "
          "will take effect at midnight, the State Department said.", "lavrov_kerry_call",
          "2016-09-19" },
        { "ru", "Лавров и Керри обсудили по телефону",
          "Лавров и Керри в понедельник по телефону обсудили выполнение договоренностей, "
          "достигнутых в Женеве.", "lavrov_kerry_call", "2016-09-19" },
        /* the parties of an event being prepared */
        { "en", "", "Ukrainian Foreign Minister Pavlo Klimkin spoke by phone with John Kerry on "
          "Monday. The two discussed preparations for Kerry's meeting with Lavrov.", NULL, NULL },
        { "ru", "", "Павел Климкин провел телефонный разговор с Джоном Керри. Стороны обсудили "
          "подготовку к встрече Керри с Лавровым.", NULL, NULL },
        { "en", "", "Lavrov and Kerry discussed by phone on Monday preparations for the Syria "
          "talks in Geneva.", "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 15));
}

/* Talks whose medium the text does not say ("pourparlers", "محادثات") make a meeting that may
   be the same actors' call (alt_type); a talk verb alone ("discussed") a call that may be
   their meeting; a meeting word, or a phone word, leaves no doubt. */
static void
test_talks_may_be_a_call(void **state)
{
    const catalog_t *c = *state;
    static const struct {
        const char *lang, *body, *type, *alt, *action;
    } cases[] = {
        { "fr", "Sergueï Lavrov et John Kerry ont tenu des pourparlers dimanche sur la Syrie.",
          "lavrov_kerry_meeting", "lavrov_kerry_call", "talks" },
        { "ar", "أجرى سيرغي لافروف وجون كيري يوم الأحد محادثات حول سوريا.",
          "lavrov_kerry_meeting", "lavrov_kerry_call", "talks" },
        { "en", "Sergei Lavrov met John Kerry in Geneva on Sunday and the two held talks on "
          "Syria.", "lavrov_kerry_meeting", NULL, "meeting" },
        { "ru", "Сергей Лавров и Джон Керри провели в воскресенье телефонные переговоры по "
          "Сирии.", "lavrov_kerry_call", NULL, "phone_call" },
        { "en", "Sergei Lavrov and John Kerry discussed the Syrian truce on Sunday, the Russian "
          "Foreign Ministry said.", "lavrov_kerry_call", "lavrov_kerry_meeting", "conversation" },
        { "pt", "Serguei Lavrov e John Kerry mantiveram conversações no domingo sobre a Síria.",
          "lavrov_kerry_meeting", "lavrov_kerry_call", "talks" },
        { "pt", "Serguei Lavrov e John Kerry mantiveram conversações telefônicas no domingo sobre "
          "a Síria.", "lavrov_kerry_call", NULL, "phone_call" },
        /* Turkish "görüştü" is both; with "telefonda" a call */
        { "tr", "Sergey Lavrov ve John Kerry pazar günü Suriye'deki son durumu görüştü.",
          "lavrov_kerry_meeting", "lavrov_kerry_call", "talks" },
        { "tr", "Sergey Lavrov ve John Kerry pazar günü Suriye'deki son durumu telefonda görüştü.",
          "lavrov_kerry_call", NULL, "phone_call" },
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        classify_result_t r = run(c, cases[k].lang, "", cases[k].body, at(2016, 3, 6, 18));
        expect(cases[k].body, &r, cases[k].type, "2016-03-06");
        if (cases[k].alt == NULL)
            assert_null(r.alt_type);
        else
            assert_string_equal(r.alt_type, cases[k].alt);
        assert_string_equal(r.action, cases[k].action);
    }
}

/* A readout's "at the initiative of the American side" tells an exchange of the two sides
   the lead's sentences name, before or after it: an excerpt may begin after the sentence
   that named them and name them only sentences later. A meeting told in the lead keeps the
   talk its own. */
static void
test_initiative_of_a_side(void **state)
{
    static const case_t cases[] = {
        { "ru", "", "...Беседа состоялась в понедельник по инициативе американской стороны.\n"
          "Особое внимание было уделено положению в Алеппо.\n"
          "Сергей Лавров призвал Джона Керри добиться отделения оппозиции от террористов.",
          "lavrov_kerry_call", "2016-09-19" },
        { "en", "", "...The conversation on Monday took place at the initiative of the American "
          "side.\nThe situation in Aleppo was the focus.\nSergei Lavrov urged John Kerry to "
          "separate the opposition from terrorists.",
          "lavrov_kerry_call", "2016-09-19" },
        { "ar", "", "...وجرت المحادثة يوم الاثنين بمبادرة من الجانب الأمريكي، واتفقا على البقاء على "
          "اتصال.\nودعا سيرغي لافروف جون كيري إلى الفصل بين المعارضة والإرهابيين.",
          "lavrov_kerry_call", "2016-09-19" },
        { "sv", "", "...Samtalet i måndags skedde på amerikanskt initiativ.\nSergej Lavrov "
          "uppmanade John Kerry att skilja oppositionen från terroristerna.", "lavrov_kerry_call",
          "2016-09-19" },
        { "en", "", "Sergei Lavrov met John Kerry in Geneva on Monday. The talks took place at "
          "the initiative of the American side.", "lavrov_kerry_meeting", "2016-09-19" },
        /* an excerpt whose lead names the two only in its third sentence */
        { "en", "", "World | Middle East\n...According to the Russian foreign ministry, the "
          "conversation on Monday took place at the initiative of the American side. Steps to "
          "restore the ceasefire in Aleppo were the focus.\nSecretary of State John Kerry is in "
          "Geneva, where his experts are working with those of Foreign Minister Sergei Lavrov.\n"
          "Kerry told reporters the situation was getting out of control.", "lavrov_kerry_call",
          "2016-09-19" },
        { "ru", "", "Мир | Ближний Восток\n...Как сообщили в МИД России, беседа в понедельник "
          "состоялась по инициативе американской стороны. Основное внимание было уделено "
          "восстановлению режима прекращения огня в Алеппо.\nГоссекретарь США Джон Керри "
          "находится в Женеве, где его эксперты работают с экспертами министра иностранных дел "
          "Сергея Лаврова.\nКерри сказал журналистам, что ситуация выходит из-под контроля.",
          "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 15));
}

/* "Called" with a name after it is a call ("Kerry called Lavrov", "called his Russian
   counterpart Sergei Lavrov"); with a preposition, a possessive or no name it is none; one
   that went unanswered is none. */
static void
test_called_someone(void **state)
{
    static const case_t cases[] = {
        { "en", "", "Kerry called Lavrov on Monday, the ministry said.", "lavrov_kerry_call",
          "2016-09-19" },
        { "en", "", "Kerry called his Russian counterpart Sergei Lavrov on Monday.",
          "lavrov_kerry_call", "2016-09-19" },
        { "en", "", "Kerry called on Russia on Monday to rein in Assad, Lavrov said.", NULL, NULL },
        { "en", "", "Kerry called Lavrov's proposal unacceptable on Monday.", NULL, NULL },
        { "en", "", "The so-called Lavrov-Kerry plan was agreed in September.", NULL, NULL },
        { "en", "", "Kerry called Lavrov on Monday but he did not answer.", NULL, NULL },
        /* a headline's present tense; "calls for" calls no one */
        { "en", "Kerry calls Lavrov over Aleppo", "", "lavrov_kerry_call", "2016-09-19" },
        { "en", "Kerry calls for talks with Lavrov over Aleppo", "", NULL, NULL },
        /* French, Spanish and Italian calling verbs, and what they call for */
        { "fr", "", "Sergueï Lavrov a appelé lundi le secrétaire d'Etat américain John Kerry "
          "pour parler d'Alep.", "lavrov_kerry_call", "2016-09-19" },
        { "fr", "", "Lundi, Lavrov a appelé à un cessez-le-feu à Alep, comme Kerry.", NULL, NULL },
        { "es", "", "Kerry llamó a su homólogo ruso, Serguéi Lavrov, el lunes para hablar de "
          "Alepo.", "lavrov_kerry_call", "2016-09-19" },
        { "es", "", "Lavrov llamó a la calma el lunes, mientras Kerry guardaba silencio.", NULL,
          NULL },
        /* a Spanish headline's present tense */
        { "es", "Kerry llama a Lavrov por los bombardeos en Alepo", "", "lavrov_kerry_call",
          "2016-09-19" },
        { "es", "Lavrov llama a la calma en Alepo tras hablar Kerry con Ankara", "", NULL, NULL },
        { "it", "", "Lunedì Kerry ha chiamato Sergei Lavrov per discutere di Aleppo.",
          "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 15));
}

/* Informing someone is an exchange between the two, the medium unsaid (a call, unless a
   meeting is told): a readout's "informed Kerry", in several languages. No name right after
   the verb, or one after a complement word ("informó que Lavrov y Kerry se reunirán"), is no
   one informed: what the ministry made known is a meeting announced. */
static void
test_informed_someone(void **state)
{
    static const case_t cases[] = {
        { "en", "", "Lavrov on Monday informed Kerry about the steps Damascus had taken, the "
          "ministry said.", "lavrov_kerry_call", "2016-09-19" },
        { "ru", "", "Сергей Лавров в понедельник проинформировал госсекретаря США Джона Керри о "
          "мерах, принятых Дамаском.", "lavrov_kerry_call", "2016-09-19" },
        { "es", "", "El canciller ruso, Serguéi Lavrov, informó el lunes al secretario de Estado "
          "John Kerry sobre las medidas adoptadas por Damasco.", "lavrov_kerry_call",
          "2016-09-19" },
        { "de", "", "Lawrow unterrichtete am Montag US-Außenminister John Kerry über die Lage in "
          "Aleppo.", "lavrov_kerry_call", "2016-09-19" },
        { "en", "", "Lavrov and Kerry met in Geneva on Monday. Lavrov informed Kerry about the "
          "steps Damascus had taken.", "lavrov_kerry_meeting", "2016-09-19" },
        { "en", "", "Lavrov informed reporters on Monday that he had no plans to meet Kerry.",
          NULL, NULL },
        { "es", "", "La cancillería rusa informó el lunes que Lavrov y Kerry se reunirán en "
          "Ginebra la próxima semana.", "lavrov_kerry_meeting", NULL },
        { "pt", "", "O ministério russo informou nesta segunda-feira que Lavrov e Kerry vão se "
          "reunir em Genebra.", "lavrov_kerry_meeting", NULL },
        /* urging, pressing, warning someone: the readout told by what was said */
        { "en", "Kerry presses Lavrov on Aleppo",
          "Secretary of State John Kerry on Monday urged Russian Foreign Minister Sergei Lavrov "
          "to use Moscow's influence on Damascus.\nThe two ministers also discussed aid "
          "deliveries.", "lavrov_kerry_call", "2016-09-19" },
        { "ru", "Лавров призвал Керри повлиять на Киев",
          "Сергей Лавров в понедельник призвал Джона Керри повлиять на Киев.",
          "lavrov_kerry_call", "2016-09-19" },
        { "zh", "", "克里19日敦促拉夫罗夫对叙利亚政府施加影响。", "lavrov_kerry_call",
          "2016-09-19" },
        { "en", "", "Kerry on Monday urged Russia to rein in Damascus.", NULL, NULL },
        { "en", "", "Lavrov and Kerry met in Geneva on Monday. Kerry urged Lavrov to use his "
          "influence.", "lavrov_kerry_meeting", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 15));
}

/* A relative clause after a name tells what that one did: "Zarif, who spoke with Kerry,
   called Lavrov" is no call of Lavrov's with Kerry; "Lavrov, who spoke with Kerry by phone"
   is. Not an apposition or a list ("Lavrov, the Russian foreign minister,"). */
static void
test_relative_clause(void **state)
{
    static const case_t cases[] = {
        { "en", "", "Iranian Foreign Minister Mohammad Javad Zarif, who spoke with Kerry on "
          "Monday, called Lavrov on Tuesday.", "lavrov_foreign_minister_call", "2016-09-20" },
        { "en", "", "Lavrov held a phone conversation with UN envoy Staffan de Mistura, who "
          "later briefed Kerry.", NULL, NULL },
        { "en", "", "Lavrov, who spoke with Kerry by phone on Tuesday, said the truce was "
          "holding.", "lavrov_kerry_call", "2016-09-20" },
        { "en", "", "Sergei Lavrov, the Russian foreign minister, spoke by phone with John Kerry "
          "on Tuesday.", "lavrov_kerry_call", "2016-09-20" },
        { "ru", "", "Лавров во вторник созвонился с главой МИД Ирана Зарифом, который ранее "
          "обсудил ситуацию с Керри.", "lavrov_foreign_minister_call", "2016-09-20" },
        /* an aside about the subject, then his call with a title and a declined first name */
        { "hr", "", "Američki državni tajnik John Kerry, koji se oporavlja od operacije, u utorak "
          "je telefonom razgovarao s ruskim šefom diplomacije Sergejem Lavrovom.",
          "lavrov_kerry_call", "2016-09-20" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 20, 15));
    /* an aside, and a call days old that a later statement recalls */
    static const case_t later[] = {
        { "en", "", "Iranian Foreign Minister Mohammad Javad Zarif, who spoke with Kerry on "
          "Monday, called Lavrov on Tuesday, and the Russian minister said on Friday that the "
          "talks had helped.", NULL, NULL },
    };
    check_cases(*state, later, 1, at(2016, 9, 23, 15));
}

/* Foreign ministers of 2013-2016 the catalog names: a call of Lavrov's with one is theirs,
   whatever Kerry did in the next paragraph or sentence. */
static void
test_other_ministers_by_name(void **state)
{
    static const case_t cases[] = {
        { "nl", "", "Minister Koenders heeft vrijdag gebeld met de Russische minister Lavrov over "
          "Syrië.\nKoenders sprak eerder deze week met de Amerikaanse minister Kerry.",
          "lavrov_foreign_minister_call", "2016-01-29" },
        { "pt", "", "O ministro Mauro Vieira manteve hoje conversa telefônica com o chanceler russo, "
          "Serguei Lavrov.\nKerry estará em Viena na próxima semana.",
          "lavrov_foreign_minister_call", "2016-01-29" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 1, 29, 18));
    /* ministers of smaller countries too (Croatia, the Czech Republic, Cuba), in office */
    static const case_t smaller[] = {
        { "hr", "Pusić razgovarala s Lavrovim",
          "Vesna Pusić razgovarala je telefonom s ruskim ministrom vanjskih poslova "
          "Sergejem Lavrovim.\nLavrov je tijekom vikenda razgovarao i s Johnom Kerryjem.",
          "lavrov_foreign_minister_call", "2015-03-13" },
        { "cs", "", "Lavrov v pátek telefonoval do Prahy.\nS ministrem Lubomírem Zaorálkem "
          "hovořil o Ukrajině.\nKerry se v pátek setká s Lavrovem v Londýně.",
          "lavrov_foreign_minister_call", "2015-03-13" },
        { "en", "", "Sergei Lavrov spoke by phone on Friday with Bruno Rodríguez.\nJohn Kerry is "
          "due in Havana next week.", "lavrov_foreign_minister_call", "2015-03-13" },
    };
    check_cases(*state, smaller, sizeof smaller / sizeof smaller[0], at(2015, 3, 13, 18));
    /* a surname alone, with a Georgian case ending ("ჯანელიძესთან": with Janelidze) */
    static const case_t surname[] = {
        { "en", "", "Before his visit, Kerry spoke by phone with Janelidze.\nLavrov said Moscow was "
          "watching NATO closely.", NULL, NULL },
        { "ka", "", "ვიზიტამდე კერიმ ჯანელიძესთან სატელეფონო საუბარი გამართა.\nლავროვმა "
          "განაცხადა, რომ მოსკოვი ნატოს აქტივობას ადევნებს თვალს.", NULL, NULL },
    };
    check_cases(*state, surname, sizeof surname / sizeof surname[0], at(2016, 7, 5, 18));
}

/* The call's partner named in the next sentence that tells of it ("His conversation partner
   was ..."), Kerry only in a title that tells something else: the call is not Kerry's. */
static void
test_partner_in_the_next_sentence(void **state)
{
    static const case_t cases[] = {
        { "en", "Lavrov warns of escalation in Ukraine as Kerry prepares for Geneva",
          "Russian Foreign Minister Sergei Lavrov on Tuesday discussed by telephone the military "
          "operation in eastern Ukraine, saying it put the talks in Geneva at risk.\n"
          "His conversation partner was German Foreign Minister Frank-Walter Steinmeier.",
          NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 4, 15, 18));
}

/* A subordinate clause of time after the action ("antes de que Kerry fuera recibido por
   Putin", "nachdem Kerry Putin getroffen hatte") is another clause: its names are no parties
   of the action before it, even when commas cut the subject off from its verb. */
static void
test_subordinate_clause_of_time(void **state)
{
    static const case_t cases[] = {
        { "es", "", "El secretario de Estado de EE UU, John Kerry, y el ministro de Exteriores "
          "ruso, Serguéi Lavrov, se reunieron este martes en Moscú durante varias horas antes "
          "de que Kerry fuera recibido por Vladimir Putin en el Kremlin.",
          "lavrov_kerry_meeting", "2016-03-22" },
        { "es", "", "John Kerry y Serguéi Lavrov se han reunido este martes en Moscú.",
          "lavrov_kerry_meeting", "2016-03-22" },
        { "de", "", "US-Außenminister John Kerry, und der russische Außenminister, Sergej Lawrow, "
          "trafen sich am Dienstag in Moskau, nachdem Kerry von Wladimir Putin empfangen "
          "worden war.", "lavrov_kerry_meeting", "2016-03-22" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 3, 24, 20));
}

/* Heads of state and government are actors: Kerry's call with Erdogan or Merkel, or
   Merkel's with Putin, names its other party, and a Lavrov named in the next sentence is no
   party of it. */
static void
test_heads_of_state_are_other_parties(void **state)
{
    static const case_t cases[] = {
        { "de", "Merkel telefoniert mit Putin", "Bundeskanzlerin Angela Merkel hat am Samstag "
          "mit Präsident Wladimir Putin telefoniert.\nDie Bemühungen von US-Außenminister Kerry "
          "und seinem Kollegen Lawrow um eine Waffenruhe seien bislang erfolglos geblieben.",
          NULL, NULL },
        { "en", "Kerry calls Erdogan", "Secretary of State John Kerry spoke by phone on Saturday "
          "with Turkish President Recep Tayyip Erdogan about Syria.\nRussian Foreign Minister "
          "Sergei Lavrov, meanwhile, said Moscow would press on.", NULL, NULL },
        { "ru", "Керри обсудил с Меркель Сирию", "Госсекретарь США Джон Керри в субботу провел "
          "телефонный разговор с канцлером Германии Ангелой Меркель.\nСергей Лавров в тот же "
          "день заявил, что Москва продолжит операцию.", NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 10, 1, 15));
}

/* The preparation of a meeting names the meeting's parties after it, in the genitive: the
   deputies' call "посвящен подготовке возможной встречи Сергея Лаврова и Джона Керри" is not
   the ministers'; the ministers' own call about preparing a meeting is theirs. */
static void
test_preparation_of_a_meeting(void **state)
{
    static const case_t cases[] = {
        { "ru", "Рябков и Нуланд обсудили Украину", "Заместитель министра иностранных дел России "
          "Сергей Рябков провел телефонный разговор с Викторией Нуланд.\nПо словам источника, "
          "разговор был посвящен подготовке возможной встречи Сергея Лаврова и Джона Керри в "
          "Пекине.", NULL, NULL },
        { "ru", "", "Сергей Лавров и Джон Керри в четверг провели телефонный разговор, посвященный "
          "подготовке предстоящей встречи в Пекине.", "lavrov_kerry_call", "2014-11-06" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 11, 6, 18));
}

/* Defence ministers are actors: their call is theirs, though the story names Lavrov and
   Kerry after it; a Lavrov–Kerry call about their talks stays the ministers' call. */
static void
test_defence_ministers_call(void **state)
{
    static const case_t cases[] = {
        { "en", "", "WASHINGTON, Sept 18 (Reuters) - Defense Secretary Ash Carter spoke by phone "
          "on Friday with Russian Defense Minister Sergei Shoigu, the first such contact in more "
          "than a year.\nSecretary of State John Kerry had pressed for the military talks in "
          "recent conversations with Russian Foreign Minister Sergei Lavrov, officials said.",
          NULL, NULL },
        { "en", "", "Sergei Lavrov and John Kerry discussed by phone on Friday the talks between "
          "Sergei Shoigu and Ash Carter on Syria.", "lavrov_kerry_call", "2015-09-18" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2015, 9, 18, 20));
}

/* Two calls of two pairs: the one the first sentence states outright is the news, though the
   other, told further down, weighs more ("Kerry und Lawrow haben am Samstag telefoniert ...
   Obama hatte am Freitag mit Putin telefoniert"); and the other way round. */
static void
test_call_of_the_first_sentence(void **state)
{
    static const case_t cases[] = {
        { "de", "Kerry und Lawrow verabreden Treffen in Paris",
          "US-Außenminister John Kerry und sein russischer Kollege Sergej Lawrow haben am Samstag "
          "miteinander telefoniert.\nZuvor hatte US-Präsident Barack Obama am Freitag mit dem "
          "russischen Präsidenten Wladimir Putin telefoniert. Obama und Putin hatten in dem "
          "Telefonat über die Krim gesprochen.", "lavrov_kerry_call", "2014-03-29" },
        { "en", "", "U.S. President Barack Obama and Russian President Vladimir Putin spoke by "
          "phone on Saturday about Ukraine.\nSergei Lavrov and John Kerry spoke by phone on "
          "Friday.", "putin_obama_call", "2014-03-29" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 3, 29, 19));
}

/* "Told" has the one told right after it: "Lavrov told Kerry that ..." is an exchange,
   "Lavrov told journalists that Kerry ..." is not (Kerry is named in what was said). */
static void
test_told_whom(void **state)
{
    static const case_t cases[] = {
        { "en", "", "Lavrov told journalists that Kerry had raised the proposal with him.", NULL,
          NULL },
        { "en", "", "Sergei Lavrov told the newspaper that Washington and Moscow disagreed on "
          "Aleppo, adding that John Kerry remained a partner.", NULL, NULL },
        { "en", "", "Lavrov told Kerry on Monday that Moscow would not accept the proposal.",
          "lavrov_kerry_call", "2016-04-18" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 4, 20, 9));
}

/* "The foreign ministers of both countries" names the two at once: its bare title is no other
   country's minister, whom the call would then be with. */
static void
test_ministers_of_both_countries(void **state)
{
    static const case_t cases[] = {
        { "de", "", "Moskau will einen Hilfskonvoi in die Ostukraine schicken. Nun haben die "
          "Außenminister beider Länder telefoniert. Russlands Außenminister Sergej Lawrow hat "
          "mit US-Außenminister John Kerry über eine humanitäre Mission gesprochen.",
          "lavrov_kerry_call", "2014-08-10" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 8, 10, 17));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_of_a_call_with_another_minister),
        cmocka_unit_test(test_call_with_another_minister),
        cmocka_unit_test(test_kerrys_calls_with_others),
        cmocka_unit_test(test_subject_named_alone),
        cmocka_unit_test(test_defence_ministers_call),
        cmocka_unit_test(test_partner_among_three),
        cmocka_unit_test(test_deputies_and_who_sent_them),
        cmocka_unit_test(test_call_with_un_envoy),
        cmocka_unit_test(test_remarks_by),
        cmocka_unit_test(test_conference_call),
        cmocka_unit_test(test_deal_parties),
        cmocka_unit_test(test_talks_may_be_a_call),
        cmocka_unit_test(test_called_someone),
        cmocka_unit_test(test_initiative_of_a_side),
        cmocka_unit_test(test_informed_someone),
        cmocka_unit_test(test_relative_clause),
        cmocka_unit_test(test_subordinate_clause_of_time),
        cmocka_unit_test(test_other_ministers_by_name),
        cmocka_unit_test(test_partner_in_the_next_sentence),
        cmocka_unit_test(test_heads_of_state_are_other_parties),
        cmocka_unit_test(test_preparation_of_a_meeting),
        cmocka_unit_test(test_call_of_the_first_sentence),
        cmocka_unit_test(test_told_whom),
        cmocka_unit_test(test_ministers_of_both_countries),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

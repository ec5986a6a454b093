/* SPDX-License-Identifier: MIT
 *
 * test_classify_medium — a call or a meeting, against the shipped catalog:
 * meetings told with talk words, face to face or on the sidelines; a call
 * that arranged a meeting; talks that are what two ministers discussed;
 * talks by telephone; and two ministers who spoke, the medium unsaid. The
 * texts are written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "classify_cases.h"

static void
test_meeting_is_not_a_call(void **state)
{
    const catalog_t *c = *state;
    classify_result_t r = run(c, "en", "Lavrov, Kerry meet in Geneva to discuss Syria",
                              "GENEVA, September 9 (Reuters) - Russian Foreign Minister Sergei Lavrov "
                              "and U.S. Secretary of State John Kerry met in Geneva on Friday for talks "
                              "on Syria.\n"
                              "The two held talks for more than twelve hours.\n"
                              "The ministers last spoke by phone on Monday.\n"
                              "Over the past week, this was their fourth phone conversation.",
                              at(2016, 9, 9, 20));
    expect("meeting", &r, "lavrov_kerry_meeting", "2016-09-09");
    assert_string_equal(r.action, "meeting");
    r = run(c, "ru", "Лавров и Керри встретились в Женеве",
            "ЖЕНЕВА, 9 сентября. /ТАСС/. Глава МИД России Сергей Лавров и госсекретарь США Джон Керри "
            "провели переговоры в Женеве.", at(2016, 9, 9, 20));
    expect("meeting ru", &r, "lavrov_kerry_meeting", "2016-09-09");
    /* Arabic: the verb in the dual, the meeting noun with its article */
    r = run(c, "ar", "", "سيرغي لافروف وجون كيري اجتمعا في جنيف يوم الجمعة لبحث الأزمة السورية. "
            "وكان الوزيران قد تحدثا هاتفيا يوم الأربعاء.", at(2016, 9, 9, 18));
    expect("meeting ar", &r, "lavrov_kerry_meeting", "2016-09-09");
    r = run(c, "ar", "", "عقد وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في جنيف "
            "يوم الجمعة اجتماعا مطولا بشأن سوريا. وسبق الاجتماع اتصال هاتفي بين الوزيرين يوم "
            "الأربعاء.", at(2016, 9, 9, 18));
    expect("meeting ar", &r, "lavrov_kerry_meeting", "2016-09-09");
    /* a French meeting in the news's present; a meeting a call discussed (the headline's
       bare "bahas") or agreed ("vereinbaren Treffen", a plan) leaves the call the story */
    static const case_t more[] = {
        { "fr", "", "John Kerry et Sergueï Lavrov se retrouvent ce vendredi à Genève pour tenter "
          "de sauver la trêve en Syrie.", "lavrov_kerry_meeting", "2016-09-09" },
        { "id", "Kerry dan Lavrov bahas persiapan pertemuan soal Suriah",
          "Menlu Rusia Sergei Lavrov dan Menlu AS John Kerry pada Jumat melakukan pembicaraan "
          "telepon untuk membahas persiapan pertemuan kelompok pendukung Suriah.",
          "lavrov_kerry_call", "2016-09-09" },
        { "de", "Kerry und Lawrow vereinbaren Treffen der Militärs",
          "US-Außenminister John Kerry und sein russischer Kollege Sergej Lawrow haben am "
          "Freitag miteinander telefoniert.", "lavrov_kerry_call", "2016-09-09" },
        /* met in person, in Dutch, Azerbaijani and Uzbek, after calls of the weeks before */
        { "nl", "", "John Kerry en Sergej Lavrov hebben vrijdag in Genève weer persoonlijk "
          "overlegd. De afgelopen weken hadden de twee alleen telefonisch contact.",
          "lavrov_kerry_meeting", "2016-09-09" },
        { "az", "", "Cenevrədə keçirilən görüşdə Con Kerri və Sergey Lavrov iştirak ediblər. Daha "
          "əvvəl onlar bir neçə dəfə telefonla danışmışdılar.", "lavrov_kerry_meeting",
          "2016-09-09" },
        { "uz", "", "AQSh davlat kotibi Jon Kerri juma kuni Jenevada Sergey Lavrov bilan muzokara "
          "olib bordi.", "lavrov_kerry_meeting", "2016-09-09" },
    };
    check_cases(c, more, sizeof more / sizeof more[0], at(2016, 9, 9, 18));
}

/* Talks face to face or on the sidelines (catalog `adverb` phrases); Vietnamese "hội đàm"
   (talks; "điện đàm" by telephone). */
static void
test_talks_face_to_face(void **state)
{
    static const case_t faces[] = {
        { "pl", "", "Siergiej Ławrow i John Kerry rozmawiali w piątek w cztery oczy o Syrii.",
          "lavrov_kerry_meeting", "2016-09-09" },
        { "ru", "", "Сергей Лавров и Джон Керри в пятницу поговорили с глазу на глаз о Сирии.",
          "lavrov_kerry_meeting", "2016-09-09" },
        { "nl", "", "Op de marge van de OVSE-raad in Hamburg hebben Kerry en Lavrov vrijdag "
          "opnieuw gesproken over Aleppo.", "lavrov_kerry_meeting", "2016-09-09" },
        { "en", "", "John Kerry and Sergei Lavrov talked in person on Friday in Geneva about the "
          "truce.", "lavrov_kerry_meeting", "2016-09-09" },
        { "it", "", "John Kerry e Sergei Lavrov hanno parlato di persona venerdì a Ginevra della "
          "tregua.", "lavrov_kerry_meeting", "2016-09-09" },
        { "vi", "", "Ngoại trưởng Nga Sergei Lavrov và Ngoại trưởng Mỹ John Kerry ngày 9/9 đã hội "
          "đàm về Syria.", "lavrov_kerry_meeting", "2016-09-09" },
        /* talks on the sidelines: where, not what they were about */
        { "id", "", "Menlu AS John Kerry dan Menlu Rusia Sergei Lavrov melakukan pembicaraan di "
          "sela-sela forum ASEAN di Bandar Seri Begawan, Jumat.", "lavrov_kerry_meeting",
          "2016-09-09" },
        { "en", "", "Sergei Lavrov and John Kerry spoke on Friday on the sidelines of the ASEAN "
          "forum.", "lavrov_kerry_meeting", "2016-09-09" },
    };
    check_cases(*state, faces, sizeof faces / sizeof faces[0], at(2016, 9, 9, 18));
}

/* Meetings told in other words: came together for a bilateral talk (de), together in Geneva
   (nl), met in Brunei (ko "만나"), a deal reached after talks and a joint news conference (en);
   a minister who met reporters (ko "기자들과 만나") met no one of the two. */
static void
test_meetings_in_other_words(void **state)
{
    static const case_t cases[] = {
        { "de", "", "US-Außenminister John Kerry und der russische Außenminister Sergej Lawrow "
          "sind am Freitag in München zu einem bilateralen Gespräch zusammengekommen.",
          "lavrov_kerry_meeting", "2016-09-09" },
        { "nl", "Kerry en Lavrov in Genève bijeen over Syrië",
          "John Kerry en Sergej Lavrov zijn vrijdag in Genève begonnen aan overleg over Syrië.",
          "lavrov_kerry_meeting", "2016-09-09" },
        { "ko", "", "존 케리 미국 국무장관과 세르게이 라브로프 러시아 외무장관이 9일 제네바에서 만나 "
          "시리아 휴전 방안을 논의했다.", "lavrov_kerry_meeting", "2016-09-09" },
        { "en", "", "The United States and Russia reached a deal on Friday, John Kerry said after "
          "talks with Sergei Lavrov in Geneva.\nKerry told a joint news conference with Lavrov "
          "that the truce would take effect on Monday.", NULL, NULL },
        { "ko", "", "세르게이 라브로프 러시아 외무장관은 9일 모스크바에서 기자들과 만나 존 케리 "
          "미국 국무장관의 제안을 비판했다.", NULL, NULL },
        /* Catalan's perfect; the eve of a meeting leaves the call its day's */
        { "ca", "", "John Kerry i Serguei Lavrov s'han reunit avui a Ginebra durant més de nou "
          "hores.", "lavrov_kerry_meeting", "2016-09-09" },
        { "fr", "", "Sergueï Lavrov et John Kerry se sont entretenus vendredi par téléphone, à la "
          "veille de la réunion de Genève.", "lavrov_kerry_call", "2016-09-09" },
        /* Turkish "began talks" in the dative, under a headline that they came together,
           whose length the next sentence expects */
        { "tr", "Kerry ve Lavrov Cenevre'de bir araya geldi",
          "ABD Dışişleri Bakanı John Kerry ve Rus mevkidaşı Sergey Lavrov, cuma günü Cenevre'de "
          "görüşmeye başladı. Görüşmenin saatlerce sürmesi bekleniyor.",
          "lavrov_kerry_meeting", "2016-09-09" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 9, 18));
}

/* A meeting stated in the first sentence: the talk words after it are its talk; a meeting
   told further down leaves the talk a call. */
static void
test_talks_at_a_meeting(void **state)
{
    static const case_t talks_at_meeting[] = {
        { "fr", "", "Sergueï Lavrov et John Kerry se sont rencontrés vendredi à Paris.\n"
          "La conversation a duré deux heures. Les ministres ont évoqué la Syrie et l'Ukraine, "
          "et Lavrov a parlé d'un entretien utile. Kerry a évoqué une conversation franche.",
          "lavrov_kerry_meeting", "2016-09-09" },
        { "it", "", "Sergei Lavrov e John Kerry si sono incontrati venerdì a Roma.\n"
          "Il colloquio è durato due ore. Kerry ha parlato di una conversazione costruttiva e "
          "Lavrov ha discusso della Siria.", "lavrov_kerry_meeting", "2016-09-09" },
        /* a joint press conference; negotiations in Romanian and Vietnamese; a ministry's
           "состоялись переговоры" */
        { "en", "", "Sergei Lavrov and John Kerry gave a joint press conference on Friday after "
          "discussing Syria.", "lavrov_kerry_meeting", "2016-09-09" },
        { "sv", "", "Sergej Lavrov och John Kerry inledde på fredagen förhandlingar om Syrien.",
          "lavrov_kerry_meeting", "2016-09-09" },
        { "he", "", "סרגיי לברוב וג'ון קרי הודיעו ביום שישי על ההסכם במסיבת עיתונאים משותפת "
          "בז'נבה.", "lavrov_kerry_meeting", "2016-09-09" },
        /* Slovene "sta se sestala", Bosnian marathon talks, Tajik "вохӯрии" */
        { "sl", "", "John Kerry in Sergej Lavrov sta se v petek sestala v Parizu.",
          "lavrov_kerry_meeting", "2016-09-09" },
        { "bs", "", "Nakon maratonskih pregovora u Ženevi, John Kerry i Sergej Lavrov objavili su "
          "u petak plan za primirje.", "lavrov_kerry_meeting", "2016-09-09" },
        { "tg", "Вохӯрии Лавров ва Керри дар Вена", "", "lavrov_kerry_meeting", "2016-09-09" },
        /* the verb between the subject and two named together */
        { "de", "Kerry trifft Putin und Lawrow in Sotschi", "", "lavrov_kerry_meeting",
          "2016-09-09" },
        /* Korean multilateral talks and a face-to-face meeting (대면) */
        { "ko", "케리-라브로프, 로잔서 시리아 다자회담",
          "미·러 외무장관이 대면한 것은 이달 초 이후 처음이다.", "lavrov_kerry_meeting",
          "2016-09-09" },
        /* the subject met two named together: a meeting with each */
        { "tr", "Kerry Soçi'de Lavrov ve Putin ile bir araya geldi",
          "ABD Dışişleri Bakanı John Kerry, Rusya'ya ilk ziyaretini gerçekleştirdi.",
          "lavrov_kerry_meeting", "2016-09-09" },
        /* Swedish talks in a place; not talks yesterday ("samtal i går"), below */
        { "sv", "", "Sergej Lavrov och John Kerry enades på fredagen efter samtal i Moskva.",
          "lavrov_kerry_meeting", "2016-09-09" },
        /* Japanese "held consultations" (協議を開いた): in one room */
        { "ja", "", "ケリー米国務長官は9日、国務省でロシアのラブロフ外相と協議を開いた。",
          "lavrov_kerry_meeting", "2016-09-09" },
        /* a marathon meeting (Danish), the verb "met" in Latvian */
        { "da", "", "Sergej Lavrov og John Kerry nåede fredag til enighed efter et maratonmøde i "
          "Moskva.", "lavrov_kerry_meeting", "2016-09-09" },
        { "lv", "", "Džons Kerijs piektdien Ženēvā tikās ar Sergeju Lavrovu.",
          "lavrov_kerry_meeting", "2016-09-09" },
        { "ro", "", "Secretarul de stat american John Kerry și ministrul rus de externe Serghei "
          "Lavrov au început vineri o nouă rundă de negocieri privind Siria.",
          "lavrov_kerry_meeting", "2016-09-09" },
        { "vi", "", "Ngoại trưởng Mỹ John Kerry và Ngoại trưởng Nga Sergei Lavrov ngày 9/9 đã "
          "đàm phán về lệnh ngừng bắn ở Syria.", "lavrov_kerry_meeting", "2016-09-09" },
        /* the verb apart from its "se", Slovak and Croatian talks and meetings, a joint
           press conference in Serbian */
        { "cs", "", "Sergej Lavrov a John Kerry se v pátek sešli v Ženevě.", "lavrov_kerry_meeting",
          "2016-09-09" },
        { "sk", "", "Sergej Lavrov a John Kerry v piatok večer rokovali v Ženeve o Sýrii.",
          "lavrov_kerry_meeting", "2016-09-09" },
        { "hr", "", "Sergej Lavrov i John Kerry sastali su se u petak u Ženevi.",
          "lavrov_kerry_meeting", "2016-09-09" },
        /* Hungarian "tárgyalás" (talks, negotiations) is a meeting's word, as "jednání" */
        { "hu", "Lavrov és Kerry genfi tárgyalása", "Szergej Lavrov orosz és John Kerry amerikai "
          "külügyminiszter pénteken tárgyalást folytatott a szíriai tűzszünetről. A tárgyalás "
          "után közös sajtótájékoztatót tartottak.", "lavrov_kerry_meeting", "2016-09-09" },
        { "sr", "", "Лавров и Кери разговарали су у петак више од девет сати у Женеви.\nНа "
          "заједничкој конференцији за новинаре Кери је рекао да је постигнут напредак.",
          "lavrov_kerry_meeting", "2016-09-09" },
        { "ru", "", "В пятницу состоялись переговоры Министра иностранных дел России С.В.Лаврова "
          "с Государственным секретарем США Дж.Керри.", "lavrov_kerry_meeting", "2016-09-09" },
        { "en", "", "Sergei Lavrov and John Kerry spoke on Friday about Syria, the State "
          "Department said.\nThe two discussed the ceasefire and agreed to look for a date "
          "for their first meeting.", "lavrov_kerry_call", "2016-09-09" },
    };
    check_cases(*state, talks_at_meeting,
                sizeof talks_at_meeting / sizeof talks_at_meeting[0], at(2016, 9, 9, 18));
}

/* Talks that lasted hours or days were held in person; a number before them is their
   duration, not a count of events. */
static void
test_talks_that_lasted(void **state)
{
    static const case_t cases[] = {
        /* hours of talks counted in digits: a duration, not a count of events */
        { "uk", "", "Москва: Керрі і Лавров у п'ятницю понад 10 годин обговорювали Сирію.",
          "lavrov_kerry_meeting", "2016-09-09" },
        { "fr", "", "Sergueï Lavrov et John Kerry ont annoncé vendredi un accord après 13 heures de "
          "négociations.", "lavrov_kerry_meeting", "2016-09-09" },
        /* in words */
        { "en", "", "Sergei Lavrov and John Kerry talked for about four hours on Friday at the "
          "Bocharov Ruchei residence.", "lavrov_kerry_meeting", "2016-09-09" },
        { "nl", "", "Lavrov en Kerry bereikten vrijdag na urenlange besprekingen een akkoord over "
          "Syrië.", "lavrov_kerry_meeting", "2016-09-09" },
        { "fr", "", "Sergueï Lavrov et John Kerry ont annoncé vendredi un accord après quatorze "
          "heures de discussions.", "lavrov_kerry_meeting", "2016-09-09" },
        /* talks that lasted days (Hebrew, English) */
        { "he", "", "ג'ון קרי וסרגיי לברוב הודיעו ביום שישי על הסכם בתום שלושה ימי שיחות.",
          "lavrov_kerry_meeting", "2016-09-09" },
        { "en", "", "John Kerry and Sergei Lavrov announced a plan on Friday after two days of "
          "talks.", "lavrov_kerry_meeting", "2016-09-09" },
        /* hours of talks in Portuguese ("conversa") and Romanian */
        { "pt", "", "Depois de longas horas de conversa, John Kerry e Serguei Lavrov anunciaram na "
          "sexta-feira um acordo.", "lavrov_kerry_meeting", "2016-09-09" },
        { "ro", "", "John Kerry și Serghei Lavrov au anunțat vineri un acord, după mai multe ore "
          "de discuții.", "lavrov_kerry_meeting", "2016-09-09" },
        /* Hungarian "for four hours" before the verb */
        { "hu", "", "Pénteken Genfben négy órán át tárgyalt John Kerry és Szergej Lavrov a "
          "szíriai tűzszünetről.", "lavrov_kerry_meeting", "2016-09-09" },
        /* Russian talks going on, Slovenian "for ten hours" */
        { "ru", "", "Министр иностранных дел России Сергей Лавров и госсекретарь США Джон Керри в "
          "пятницу проводят в Женеве переговоры по Сирии.", "lavrov_kerry_meeting",
          "2016-09-09" },
        { "sl", "", "John Kerry in Sergej Lavrov sta se v petek v Ženevi skoraj deset ur "
          "pogovarjala o premirju v Siriji.", "lavrov_kerry_meeting", "2016-09-09" },
        /* Polish "for six hours" after the verb */
        { "pl", "", "John Kerry i Siergiej Ławrow rozmawiali w piątek przez sześć godzin w "
          "Genewie.", "lavrov_kerry_meeting", "2016-09-09" },
        /* French marathon talks; a city's marathon is no meeting */
        { "fr", "", "Sergueï Lavrov et John Kerry ont annoncé vendredi un accord à l'issue de "
          "négociations marathon.", "lavrov_kerry_meeting", "2016-09-09" },
        { "en", "Lavrov phones Kerry after Boston marathon blasts",
          "Sergei Lavrov called John Kerry on Friday to express condolences over the bombings "
          "at the Boston marathon, the ministry said.", "lavrov_kerry_call", "2016-09-09" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 9, 18));
}

/* Phrases that overlap tell the event once: "sechs Stunden" and "Stunden lang" in "sechs
   Stunden lang getroffen" are one meeting's, which a call told in the title and the lead
   outweighs. */
static void
test_overlapping_phrases_count_once(void **state)
{
    static const case_t cases[] = {
        { "de", "Lawrow und Kerry telefonieren am Tag des Referendums",
          "16. März 2014, 20:30 Uhr\nQuelle: dpa\n\nMoskau (dpa) - Am Tag des Referendums auf "
          "der Krim haben der russische Außenminister Sergej Lawrow und sein US-Kollege John "
          "Kerry erneut miteinander telefoniert. Beide Seiten hätten am Sonntag vereinbart, eine "
          "Lösung der Krise zu suchen, teilte das Außenministerium in Moskau mit.\n\nKerry habe "
          "zudem Sorge über die Lage im Osten der Ukraine geäußert, hieß es aus Washington. Die "
          "beiden Minister hatten sich erst am Freitag in London sechs Stunden lang getroffen - "
          "ohne Ergebnis.", "lavrov_kerry_call", "2014-03-16" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 3, 16, 19));
}

/* A call that arranged a meeting is a call: the meeting told in the call's sentence is
   what the call was about. A meeting report that mentions a call in another sentence stays
   a meeting (test_meeting_is_not_a_call). */
static void
test_call_that_arranged_a_meeting(void **state)
{
    const catalog_t *c = *state;
    classify_result_t r = run(c, "en", "Lavrov and Kerry to hold talks in Vienna",
                              "Sergei Lavrov and John Kerry agreed on Tuesday in a telephone call "
                              "to hold a meeting in Vienna next week, the Russian foreign ministry "
                              "said.\n"
                              "The two ministers have met repeatedly since the spring.",
                              at(2015, 10, 20, 16));
    expect("meeting arranged by phone", &r, "lavrov_kerry_call", "2015-10-20");
    assert_string_equal(r.action, "phone_call");
    r = run(c, "ru", "Лавров и Керри договорились о встрече",
            "Сергей Лавров и Джон Керри в ходе телефонного разговора во вторник договорились о "
            "встрече в Вене.", at(2015, 10, 20, 16));
    expect("встреча по телефону", &r, "lavrov_kerry_call", "2015-10-20");
    r = run(c, "en", "Lavrov, Kerry met in Vienna",
            "Sergei Lavrov and John Kerry met in Vienna on Friday for talks on Syria.\n"
            "They had arranged the meeting by phone on Tuesday.", at(2015, 10, 23, 16));
    expect("the meeting itself", &r, "lavrov_kerry_meeting", "2015-10-23");
}

/* Talks that are what two ministers discussed, right after the verb ("ont évoqué lundi les
   négociations de Genève"), are no meeting of theirs; talks a few words on ("discussed Syria
   at their talks in Geneva") may be. */
static void
test_talks_as_topic(void **state)
{
    static const case_t cases[] = {
        { "fr", "Lavrov et Kerry",
          "Sergueï Lavrov et John Kerry ont évoqué lundi les négociations de Genève.",
          "lavrov_kerry_call", "2016-09-19" },
        { "en", "Lavrov, Kerry meet",
          "Sergei Lavrov and John Kerry discussed Syria at their talks in Geneva on Monday.",
          "lavrov_kerry_meeting", "2016-09-19" },
        { "ru", "Лавров и Керри",
          "Сергей Лавров и Джон Керри провели переговоры в Женеве в понедельник.",
          "lavrov_kerry_meeting", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 20));
}

/* Talks by telephone in the languages whose bare "talks" noun is a meeting's: "les
   pourparlers téléphoniques", "las negociaciones telefónicas". */
static void
test_talks_by_telephone(void **state)
{
    static const case_t cases[] = {
        /* hours after something, not hours of talks */
        { "pl", "Ławrow rozmawiał z Kerrym",
          "Siergiej Ławrow rozmawiał w poniedziałek z Johnem Kerrym o Krymie, kilka godzin po "
          "tym, jak Rosja zawetowała projekt rezolucji.",
          "lavrov_kerry_call", "2016-09-19" },
        { "sv", "", "Sergej Lavrov och John Kerry hade ett samtal i går om Syrien, meddelade "
          "ryska utrikesministeriet.", "lavrov_kerry_call", "2016-09-18" },
        { "fr", "", "Les pourparlers téléphoniques entre Sergueï Lavrov et John Kerry ont porté sur "
          "la Syrie, a indiqué lundi le ministère russe des Affaires étrangères.",
          "lavrov_kerry_call", "2016-09-19" },
        { "es", "", "Las negociaciones telefónicas entre Serguéi Lavrov y John Kerry se centraron "
          "el lunes en Siria.", "lavrov_kerry_call", "2016-09-19" },
        /* "by the telephone way" */
        { "es", "", "El canciller ruso, Serguei Lavrov, y el secretario de Estado John Kerry "
          "evaluaron el lunes por vía telefónica la situación en Siria.", "lavrov_kerry_call",
          "2016-09-19" },
        { "fr", "", "Les pourparlers entre Sergueï Lavrov et John Kerry ont eu lieu lundi à "
          "Genève.", "lavrov_kerry_meeting", "2016-09-19" },
        /* Tamil "பேச்சுவார்த்தை" is negotiations: held in a city, a meeting; by telephone, a
           call */
        { "ta", "", "அமெரிக்க வெளியுறவு அமைச்சர் ஜான் கெர்ரியும் ரஷ்ய வெளியுறவு அமைச்சர் செர்கேய் "
          "லாவ்ரோவும் திங்கள்கிழமை வியன்னாவில் பேச்சுவார்த்தை நடத்தினர்.", "lavrov_kerry_meeting",
          "2016-09-19" },
        { "ta", "", "அமெரிக்க வெளியுறவு அமைச்சர் ஜான் கெர்ரியும் ரஷ்ய வெளியுறவு அமைச்சர் செர்கேய் "
          "லாவ்ரோவும் திங்கள்கிழமை தொலைபேசி பேச்சுவார்த்தை நடத்தினர்.", "lavrov_kerry_call",
          "2016-09-19" },
        /* Greek puts the possessive between the adjective and the noun */
        { "el", "Κέρι σε Λαβρόφ: Η Ρωσία να στηρίξει τις συνομιλίες του Μινσκ",
          "Τη στήριξη της Μόσχας ζήτησε ο Τζον Κέρι από τον Σεργκέι Λαβρόφ, σε τηλεφωνική τους "
          "συνομιλία τη Δευτέρα.", "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 20));
}

/* Talks a readout says one side asked for ("à l'initiative de la partie américaine", the
   catalog's `readout` of the call), in the lead or in a sentence that tells the talks: the
   call, unless the lead states a meeting. */
static void
test_talks_at_a_sides_initiative(void **state)
{
    static const case_t cases[] = {
        { "fr", "Pourparlers Lavrov-Kerry",
          "Des pourparlers entre Sergueï Lavrov et John Kerry ont eu lieu lundi à l'initiative "
          "de la partie américaine, a indiqué le ministère russe.", "lavrov_kerry_call",
          "2016-09-19" },
        { "ru", "Переговоры Лаврова и Керри",
          "По американской инициативе в понедельник состоялись переговоры Сергея Лаврова с "
          "Джоном Керри.", "lavrov_kerry_call", "2016-09-19" },
        { "en", "Lavrov, Kerry hold talks",
          "Sergei Lavrov and John Kerry held talks on Monday at Washington's initiative, the "
          "Russian foreign ministry said.", "lavrov_kerry_call", "2016-09-19" },
        /* consulting each other, exchanging impressions */
        { "ro", "Lavrov și Kerry s-au consultat",
          "Lavrov și Kerry s-au consultat luni, la inițiativa părții americane, asupra "
          "situației din Siria.", "lavrov_kerry_call", "2016-09-19" },
        { "pt", "", "Lavrov e Kerry trocaram impressões esta segunda-feira sobre a situação na "
          "Síria.", "lavrov_kerry_call", "2016-09-19" },
        /* French "met en garde" warns: no meeting */
        { "fr", "Syrie: Lavrov met en garde Kerry",
          "Sergueï Lavrov a mis en garde lundi John Kerry lors d'un entretien téléphonique.",
          "lavrov_kerry_call", "2016-09-19" },
        /* Czech "jednali" (held talks) at Washington's initiative: the call */
        { "cs", "Lavrov a Kerry jednali o Ukrajině",
          "Sergej Lavrov a John Kerry v pondělí jednali o situaci na Ukrajině. Rozhovor se "
          "uskutečnil z iniciativy Washingtonu.", "lavrov_kerry_call", "2016-09-19" },
        /* the readout further down, in the sentence that names the talks again */
        { "fr", "Syrie: Lavrov et Kerry font le point",
          "Le chef de la diplomatie russe Sergueï Lavrov et le secrétaire d'Etat américain John "
          "Kerry ont tenu lundi des pourparlers sur la trêve en Syrie.\n"
          "Les deux hommes ont aussi évoqué l'aide humanitaire à Alep et la reprise des "
          "négociations entre Syriens à Genève.\n"
          "La Russie a de nouveau appelé Washington à séparer l'opposition modérée des groupes "
          "terroristes.\n"
          "Selon la diplomatie russe, ces pourparlers ont eu lieu à l'initiative de la partie "
          "américaine.", "lavrov_kerry_call", "2016-09-19" },
        /* the meeting stated: the initiative was the meeting's */
        { "fr", "Lavrov et Kerry se rencontrent à Genève",
          "Sergueï Lavrov et John Kerry se sont rencontrés lundi à Genève. Les pourparlers ont "
          "eu lieu à l'initiative de la partie américaine.", "lavrov_kerry_meeting",
          "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 20));
}

/* The medium unsaid: two ministers who spoke or discussed something, with no meeting told,
   had a call (the action says what the text told: a conversation, which may be the day's
   meeting); a meeting told in the same story outweighs that. */
static void
test_conversation_implies_call(void **state)
{
    const catalog_t *c = *state;
    classify_result_t r = run(c, "en", "Lavrov, Kerry discuss Syria truce",
                              "MOSCOW, May 3. Russian Foreign Minister Sergei Lavrov and U.S. "
                              "Secretary of State John Kerry discussed the truce in Syria on "
                              "Tuesday, the Russian ministry said.", at(2016, 5, 3, 15));
    expect("discussed", &r, "lavrov_kerry_call", "2016-05-03");
    assert_string_equal(r.action, "conversation");
    assert_string_equal(r.alt_type, "lavrov_kerry_meeting");
    r = run(c, "pl", "Ławrow i Kerry o Syrii",
            "Szef rosyjskiej dyplomacji Siergiej Ławrow i sekretarz stanu USA John Kerry "
            "omówili we wtorek sytuację w Syrii. Rozmowa odbyła się z inicjatywy strony "
            "amerykańskiej.", at(2016, 5, 3, 15));
    expect("rozmowa", &r, "lavrov_kerry_call", "2016-05-03");
    r = run(c, "fr", "", "Sergueï Lavrov a souligné mardi, au cours de son échange avec John "
            "Kerry, la nécessité de préserver la trêve en Syrie.", at(2016, 5, 3, 15));
    expect("échange avec", &r, "lavrov_kerry_call", "2016-05-03");
    r = run(c, "en", "Kerry, Lavrov confer as Iran talks enter final stretch",
            "Secretary of State John Kerry, negotiating with Iran's Foreign Minister Mohammad "
            "Javad Zarif in Lausanne, took time out on Tuesday to consult Russian Foreign Minister "
            "Sergei Lavrov.", at(2016, 5, 3, 15));
    expect("confer", &r, "lavrov_kerry_call", "2016-05-03");
    r = run(c, "en", "Lavrov, Kerry meet in Geneva",
            "GENEVA, May 3. Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State "
            "John Kerry met in Geneva on Tuesday and discussed the truce in Syria at the meeting.",
            at(2016, 5, 3, 15));
    expect("met and discussed", &r, "lavrov_kerry_meeting", "2016-05-03");
    r = run(c, "en", "Lavrov and Kerry speak ahead of talks",
            "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry spoke "
            "on Monday. They discussed the agenda of the Geneva meeting, where the two are to "
            "hold talks next week, the ministry said.", at(2016, 5, 2, 15));
    expect("spoke, a meeting to come", &r, "lavrov_kerry_call", "2016-05-02");
}

/* A meeting told without the word "met", by how it went, in languages a helper's audit of 51
   covered (it wrote these): days or hours of talks, marathon talks, face to face, on the
   sidelines of a forum. A call of the same words stays a call. */
static void
test_meetings_told_by_how(void **state)
{
    const struct {
        int64_t pub;
        case_t c;
    } cases[] = {
        { at(2013, 9, 14, 18), { "hi", "",
              "जिनेवा में तीन दिनों की गहन "
              "बातचीत के बाद लावरोव और केरी "
              "ने सीरिया के रासायनिक "
              "हथियारों को नष्ट करने के "
              "समझौते की घोषणा की।",
              "lavrov_kerry_meeting", "2013-09-14" } },
        { at(2013, 9, 14, 18), { "sw", "",
              "Baada ya siku tatu za mazungumzo makali mjini Geneva, Lavrov na Kerry "
              "walitangaza makubaliano ya kuteketeza silaha za kemikali za Syria.",
              "lavrov_kerry_meeting", "2013-09-14" } },
        { at(2013, 9, 14, 18), { "fi", "",
              "Kolmen päivän intensiivisten neuvottelujen jälkeen Lavrov ja Kerry "
              "ilmoittivat sopimuksesta Syyrian kemiallisten aseiden tuhoamisesta.",
              "lavrov_kerry_meeting", "2013-09-14" } },
        { at(2013, 9, 14, 18), { "ko", "",
              "제네바에서 사흘간의 집중적인 협상 끝에 라브로프 장관과 "
              "케리 장관은 시리아 화학무기 폐기에 관한 합의를 "
              "발표했다.",
              "lavrov_kerry_meeting", "2013-09-14" } },
        /* the days' count before "的" or an adjective, with no gap word between */
        { at(2013, 9, 14, 18), { "zh", "",
              "经过在日内瓦为期三天的密集谈判，拉夫罗夫和克里宣布就销毁叙利亚化学武器达成协议。",
              "lavrov_kerry_meeting", "2013-09-14" } },
        { at(2013, 9, 14, 18), { "zh-hant", "",
              "在日內瓦經過三天密集談判後，拉夫羅夫與凱瑞宣布就銷毀敘利亞化學武器達成協議。",
              "lavrov_kerry_meeting", "2013-09-14" } },
        { at(2016, 9, 10, 18), { "ja", "",
              "ラブロフ氏とケリー氏のマラソン協議は深夜、停戦合意で終わった。",
              "lavrov_kerry_meeting", "2016-09-10" } },
        { at(2016, 9, 10, 18), { "he", "",
              "שיחות המרתון בין לברוב לקרי הסתיימו בלילה "
              "בהסכם על הפסקת אש.",
              "lavrov_kerry_meeting", "2016-09-10" } },
        { at(2016, 8, 26, 18), { "da", "",
              "Lavrov og Kerry talte under fire øjne under en arbejdsmiddag på et hotel i "
              "Genève.",
              "lavrov_kerry_meeting", "2016-08-26" } },
        { at(2015, 8, 5, 18), { "bn", "",
              "আসিয়ান ফোরামের ফাঁকে "
              "কুয়ালালামপুরে ল্যাভরভ ও "
              "কেরি সিরিয়া নিয়ে আলোচনা "
              "করেন।",
              "lavrov_kerry_meeting", "2015-08-05" } },
        { at(2016, 10, 1, 18), { "fi", "",
              "Lavrov ja Kerry puhuivat lauantaina puhelimessa tunnin ajan Syyriasta.",
              "lavrov_kerry_call", "2016-10-01" } },
        { at(2016, 10, 1, 18), { "hi", "",
              "लावरोव और केरी ने शनिवार को एक "
              "घंटे तक फोन पर सीरिया के बारे "
              "में बात की।",
              "lavrov_kerry_call", "2016-10-01" } },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_cases(*state, &cases[i].c, 1, cases[i].pub);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_meeting_is_not_a_call),
        cmocka_unit_test(test_talks_face_to_face),
        cmocka_unit_test(test_meetings_in_other_words),
        cmocka_unit_test(test_talks_at_a_meeting),
        cmocka_unit_test(test_talks_that_lasted),
        cmocka_unit_test(test_overlapping_phrases_count_once),
        cmocka_unit_test(test_call_that_arranged_a_meeting),
        cmocka_unit_test(test_talks_by_telephone),
        cmocka_unit_test(test_talks_as_topic),
        cmocka_unit_test(test_talks_at_a_sides_initiative),
        cmocka_unit_test(test_conversation_implies_call),
        cmocka_unit_test(test_meetings_told_by_how),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

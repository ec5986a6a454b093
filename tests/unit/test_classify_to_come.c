/* SPDX-License-Identifier: MIT
 *
 * test_classify_to_come — a call told that has not happened yet, against the shipped
 * catalog: possible ("may", "in the coming days"), planned, intended, expected, announced
 * for tomorrow or later, or to come in a headline that shortens the body's plan. Calls that
 * did not happen otherwise (negated, denied, tried in vain) are test_classify_cues.c's. The
 * texts are written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "classify_cases.h"

/* "May" and "in the coming days" in more languages; a headline that drops the body's "may"
   ("Πιθανή ...", "会談へ") follows the body. */
static void
test_may_in_more_languages(void **state)
{
    const catalog_t *c = *state;
    static const case_t none[] = {
        /* Italian "si sentiranno": they will speak (by phone), "nelle prossime ore" */
        { "it", "Kerry e Lavrov si sentiranno nelle prossime ore",
          "Il segretario di Stato John Kerry e il ministro degli Esteri russo Serghei Lavrov si "
          "sentiranno nelle prossime ore per discutere della tregua in Siria. Lo ha annunciato "
          "il portavoce John Kirby, senza precisare l'orario della telefonata.", NULL, NULL },
        /* Persian puts the future's auxiliary after the noun ("تماس تلفنی خواهد داشت") and
           "soon" before the phrase */
        { "fa", "لاوروف: با کری صحبت می‌کنم",
          "سرگئی لاوروف وزیر خارجه روسیه امروز گفت که با جان کری تماس تلفنی خواهد داشت.",
          NULL, NULL },
        { "fa", "لاوروف و کری",
          "سرگئی لاوروف به زودی با جان کری تماس تلفنی برقرار می‌کند.", NULL, NULL },
        /* Dutch puts the infinitive last, far from "zullen" */
        { "nl", "MH17: de dag",
          "Volgens Russische media zullen de ministers van Buitenlandse Zaken Lavrov en Kerry "
          "vandaag telefonisch overleggen over de ramp.", NULL, NULL },
        /* Arabic "in the coming hours" between the future verb and the noun */
        { "ar", "مصادر: اتصال بين كيري ولافروف",
          "قالت مصادر دبلوماسية إن وزير الخارجية الأمريكي جون كيري سيجري خلال الساعات المقبلة "
          "اتصالاً هاتفياً بنظيره الروسي سيرغي لافروف.", NULL, NULL },
        /* the future glued to the verb (Arabic "سيجريان", Serbian "разговараће"); German
           "wollen" far from the infinitive at the clause's end; "tomorrow" next to the phrase */
        { "ar", "", "قال مصدر إن سيرغي لافروف وجون كيري سيجريان اتصالا هاتفيا لبحث الهدنة.",
          NULL, NULL },
        { "sr", "", "Сергеј Лавров и Џон Кери разговараће телефоном о Алепу, изјавио је Рјабков.",
          NULL, NULL },
        { "de", "", "John Kerry und Sergej Lawrow wollen nach Angaben aus Diplomatenkreisen am "
          "Freitag erneut miteinander telefonieren.", NULL, NULL },
        { "ru", "", "Сергей Лавров и Джон Керри поговорят по телефону завтра, сообщил "
          "источник.", NULL, NULL },
        { "fr", "", "Sergueï Lavrov et John Kerry auront demain un entretien téléphonique.", NULL,
          NULL },
        /* a try that failed: Ukrainian "спроба зв'язатися телефоном ... не вдалася" */
        { "uk", "", "Сергій Лавров заявив, що його спроба зв'язатися телефоном із Джоном Керрі "
          "не вдалася.", NULL, NULL },
        /* Turkish "expected" after the noun: "telefonda görüşmesinin beklendiğini" */
        { "tr", "Kerry, Lavrov'u arayacak",
          "Dışişleri Sözcüsü, Bakan John Kerry'nin Rus mevkidaşı Sergey Lavrov ile telefonda "
          "görüşmesinin beklendiğini söyledi.", NULL, NULL },
        { "ja", "露米外相、電話会談の可能性",
          "ロシアの外交官は19日、ラブロフ外相とケリー国務長官が近く電話で協議する可能性があると述べた。", NULL, NULL },
        { "ko", "러·미 외교장관 통화 가능성",
          "러시아 외교관은 19일 라브로프 장관과 케리 장관이 며칠 내 전화통화를 할 수 있다고 밝혔다.", NULL, NULL },
        { "fa", "احتمال گفتگوی تلفنی لاوروف و کری",
          "یک دیپلمات روس روز دوشنبه گفت لاوروف و کری ممکن است در روزهای آینده گفتگوی تلفنی داشته باشند.",
          NULL, NULL },
        { "hi", "लावरोव और केरी कर सकते हैं फोन पर बात",
          "एक रूसी राजनयिक ने सोमवार को कहा कि लावरोव और केरी आने वाले दिनों में फोन पर बात कर सकते हैं।",
          NULL, NULL },
        { "id", "Lavrov dan Kerry mungkin bicara lewat telepon",
          "Seorang diplomat Rusia mengatakan Senin bahwa Lavrov dan Kerry mungkin akan berbicara melalui telepon dalam beberapa hari mendatang.",
          NULL, NULL },
        { "vi", "Ngoại trưởng Nga, Mỹ có thể điện đàm",
          "Một nhà ngoại giao Nga cho biết hôm thứ Hai rằng Lavrov và Kerry có thể điện đàm trong những ngày tới.",
          NULL, NULL },
        { "el", "Πιθανή τηλεφωνική επικοινωνία Λαβρόφ - Κέρι",
          "Ρώσος διπλωμάτης δήλωσε τη Δευτέρα ότι ο Λαβρόφ και ο Κέρι ενδέχεται να έχουν τηλεφωνική επικοινωνία τις επόμενες ημέρες.",
          NULL, NULL },
        { "nl", "Lavrov en Kerry mogelijk telefonisch overleg",
          "Een Russische diplomaat zei maandag dat Lavrov en Kerry de komende dagen mogelijk telefonisch zullen overleggen.",
          NULL, NULL },
        { "he", "לברוב וקרי עשויים לשוחח בטלפון",
          "דיפלומט רוסי אמר ביום שני כי לברוב וקרי עשויים לשוחח בטלפון בימים הקרובים.",
          NULL, NULL },
        { "ro", "Lavrov și Kerry ar putea discuta la telefon",
          "Un diplomat rus a declarat luni că Lavrov și Kerry ar putea discuta la telefon în zilele următoare.",
          NULL, NULL },
        { "sr", "Лавров и Кери би могли да разговарају телефоном",
          "Руски дипломата рекао је у понедељак да би Лавров и Кери могли да разговарају телефоном наредних дана.",
          NULL, NULL },
    };
    check_cases(c, none, sizeof none / sizeof none[0], at(2016, 9, 19, 14));
    /* Arabic "the possibility of holding a meeting" is a meeting that may come; "قد" is "may"
       before an imperfect verb only, and before a perfect one it affirms */
    static const case_t arabic[] = {
        { "ar", "لافروف وكيري يبحثان هاتفيا الأزمة السورية",
          "بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري هاتفيا يوم الاثنين "
          "الأزمة السورية، وإمكانية عقد لقاء بين الوزيرين في جنيف.", "lavrov_kerry_call",
          "2016-09-19" },
        { "ar", "إمكانية لقاء لافروف وكيري",
          "قال دبلوماسي روسي يوم الاثنين إن موسكو وواشنطن تبحثان إمكانية عقد لقاء بين لافروف "
          "وكيري في جنيف.", NULL, NULL },
        { "ar", "سوريا", "وقد بحث لافروف وكيري في اتصال هاتفي اليوم الاثنين الوضع في سوريا.",
          "lavrov_kerry_call", "2016-09-19" },
        { "ar", "لافروف وكيري",
          "أعلنت الخارجية الروسية أن لافروف وكيري قد أجريا اتصالا هاتفيا اليوم الاثنين.",
          "lavrov_kerry_call", "2016-09-19" },
        { "ar", "لافروف وكيري", "قال دبلوماسي روسي إن لافروف وكيري قد يجريان اتصالا هاتفيا.",
          NULL, NULL },
    };
    check_cases(c, arabic, sizeof arabic / sizeof arabic[0], at(2016, 9, 19, 14));
}

/* A call is told after it happened: "tomorrow" in its sentence names what is to come. */
/* "Kerry will call Lavrov later on Monday to discuss Aleppo": the call and its purpose are to
   come; "called ... to discuss" is told. */
/* A visit to come for talks: the talks are to come too ("will travel to Moscow on Tuesday for
   talks with Lavrov", "sarà domani a Mosca per colloqui con Lavrov"); a call already held
   stays one. */
static void
test_visit_to_come(void **state)
{
    static const case_t cases[] = {
        { "en", "", "Secretary of State John Kerry will travel to Moscow on Tuesday for talks "
          "with Russian Foreign Minister Sergei Lavrov.", NULL, NULL },
        { "it", "", "Il segretario di Stato John Kerry sarà domani a Mosca per colloqui con il "
          "ministro degli Esteri Sergei Lavrov.", NULL, NULL },
        { "en", "", "Secretary of State John Kerry spoke by phone with Russian Foreign Minister "
          "Sergei Lavrov on Monday and will travel to Moscow next week.", "lavrov_kerry_call",
          "2016-09-19" },
        /* the purpose stands right before the talks: a call told after the visit is held */
        { "it", "", "Il segretario di Stato John Kerry sarà a Ginevra venerdì dopo aver parlato "
          "al telefono lunedì con il ministro degli Esteri russo Sergei Lavrov.",
          "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 15));
}

static void
test_call_to_come_and_its_purpose(void **state)
{
    static const case_t cases[] = {
        { "en", "Kerry to call Lavrov",
          "Secretary of State John Kerry will call Russian Foreign Minister Sergei Lavrov later on "
          "Monday to discuss Aleppo, a State Department spokesman said.", NULL, NULL },
        { "en", "Kerry calls Lavrov",
          "Secretary of State John Kerry called Russian Foreign Minister Sergei Lavrov on Monday to "
          "discuss Aleppo, a State Department spokesman said.", "lavrov_kerry_call",
          "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 15));
}

static void
test_tomorrow_is_not_the_call(void **state)
{
    const catalog_t *c = *state;
    classify_result_t r = run(c, "en", "Lavrov, Kerry speak before the Geneva meeting",
                              "Lavrov and Kerry spoke by phone ahead of the meeting in Geneva "
                              "tomorrow, the ministry said.", at(2016, 5, 3, 15));
    expect("tomorrow", &r, "lavrov_kerry_call", "2016-05-03");
    assert_false(r.date_from_text);
}

/* "Planned" after the noun it qualifies (Indonesian "yang direncanakan", Vietnamese "dự
   kiến"), and Tagalog "hindi natuloy" (did not go ahead) before it. */
static void
test_planned_after_the_noun(void **state)
{
    static const case_t cases[] = {
        { "id", "", "Pembicaraan telepon yang direncanakan antara Lavrov dan Kerry pada Senin "
          "akhirnya dibatalkan karena jadwal.", NULL, NULL },
        { "vi", "", "Cuộc điện đàm dự kiến giữa hai ông Lavrov và Kerry hôm thứ Hai đã bị lùi "
          "lại.", NULL, NULL },
        { "tl", "", "Hindi natuloy noong Lunes ang inaasahang pag-uusap sa telepono nina Lavrov at "
          "Kerry.", NULL, NULL },
        { "id", "", "Lavrov dan Kerry melakukan pembicaraan telepon pada Senin mengenai Suriah.",
          "lavrov_kerry_call", "2016-10-17" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 10, 18, 15));
}

/* Calls to come, sought, denied or only intended, in forms the catalog lacked: Malay
   "dijangka" (expected), Korean "계획" only as a plan to come (not the plan a meeting agreed on),
   Spanish "en las próximas horas", Polish and Swedish calls to come told before or after the
   phrase, Arabic "يعتزم" (intends), Russian "добивается" (seeks), a purpose ("aby", "чтобы"), a
   Japanese headline's "会談へ" (to hold talks), French "ne pas avoir eu de". */
static void
test_plans_in_more_forms(void **state)
{
    static const case_t cases[] = {
        { "ms", "", "Lavrov dan Kerry dijangka berbincang melalui telefon minggu depan.", NULL,
          NULL },
        /* days without managing to speak; Bulgarian "ready to discuss", "is being prepared" */
        { "en", "", "Kerry has gone three days without managing to speak by phone with Lavrov, "
          "the State Department said.", NULL, NULL },
        { "bg", "", "Лавров е готов да обсъди с Джон Кери положението в Украйна, заяви "
          "говорителят.\n\"Такъв разговор се подготвя\", каза той.", NULL, NULL },
        /* Thai "may talk by phone", "not yet" */
        { "th", "", "โฆษกระบุว่า นายลาฟรอฟและนายเคร์รีอาจหารือทางโทรศัพท์ในสัปดาห์นี้", NULL, NULL },
        { "th", "", "ยังไม่มีการยืนยันว่านายลาฟรอฟจะพูดคุยทางโทรศัพท์กับนายเคร์รีเมื่อใด", NULL,
          NULL },
        { "ko", "", "라브로프 장관과 케리 장관은 제네바에서 회담한 뒤 시리아 휴전 계획에 합의했다.",
          "lavrov_kerry_meeting", "2016-09-21" },
        { "ko", "", "라브로프 장관과 케리 장관 간 전화 통화는 현재 계획돼 있지 않다.", NULL, NULL },
        { "es", "", "Lavrov y Kerry hablarán por teléfono en las próximas horas.", NULL, NULL },
        { "pl", "", "Ławrow i Kerry przeprowadzą w najbliższych dniach rozmowę telefoniczną.",
          NULL, NULL },
        { "sv", "", "Utrikesministrarna Kerry och Lavrov ska enligt uppgift tala i telefon senare "
          "i veckan.", NULL, NULL },
        { "ar", "", "يعتزم كيري الاتصال بلافروف في أقرب وقت لبحث الهدنة.", NULL, NULL },
        { "ru", "", "Москва добивается срочного телефонного разговора Лаврова и Керри.", NULL,
          NULL },
        { "cs", "", "Lavrov a Kerry si v pondělí zatelefonují, aby probrali situaci v Sýrii.",
          NULL, NULL },
        { "ru", "", "Лавров и Керри созвонятся, чтобы обсудить ситуацию в Сирии.", NULL, NULL },
        { "ja", "ケリー長官とラブロフ外相、電話会談へ", "", NULL, NULL },
        { "fr", "", "Lavrov a affirmé lundi ne pas avoir eu de conversation téléphonique avec "
          "John Kerry.", NULL, NULL },
        { "fr", "", "Un entretien téléphonique entre Lavrov et Kerry, évoqué lundi, n'a "
          "finalement pas eu lieu.", NULL, NULL },
        { "cs", "", "Telefonát Lavrova s Kerrym zatím není na programu, uvedl mluvčí.", NULL,
          NULL },
        /* not held yet, wanted, planned */
        { "zh", "", "美方请求拉夫罗夫与克里通电话，但通话目前尚未进行。", NULL, NULL },
        { "nl", "", "Kerry wil Lavrov bellen over Aleppo.", NULL, NULL },
        { "ru", "Захарова: американцы попросили разговор Лаврова с Керри", "", NULL, NULL },
        /* a request made in a call: the call's setting, not what was asked for */
        { "es", "", "Lavrov pidió hoy en una conversación telefónica con John Kerry que la "
          "coalición declare sus objetivos.", "lavrov_kerry_call", "2016-09-21" },
        { "es", "", "Moscú solicitó una conversación telefónica entre Lavrov y Kerry.", NULL, NULL },
        /* asked by phone: the call's manner, not its request ("pidió por teléfono a Kerry");
           a headline's present with its article, and a request made formally */
        { "es", "", "Lavrov pidió por teléfono a Kerry que presione a Kiev, informó el ministerio "
          "el miércoles.", "lavrov_kerry_call", "2016-09-21" },
        { "pt", "Lavrov pede por telefone a Kerry que pressione Kiev", "", "lavrov_kerry_call",
          "2016-09-21" },
        { "es", "EEUU pide una conversación telefónica entre Kerry y Lavrov", "", NULL, NULL },
        { "pt", "", "Washington pediu formalmente uma conversa telefónica entre Kerry e Lavrov.",
          NULL, NULL },
        /* a call awaited */
        { "pl", "Ławrow: czekamy na telefon od Kerry'ego", "", NULL, NULL },
        { "en", "", "Lavrov said he was waiting for a phone call from Kerry, but the phone was "
          "silent.", NULL, NULL },
        { "ru", "", "Лавров ждет телефонного звонка от Керри.", NULL, NULL },
        { "de", "", "Lawrow wartet auf einen Anruf von Kerry.", NULL, NULL },
        /* the future of "to be": "there will be another phone conversation" */
        { "ru", "Лавров: у нас с Керри будет еще телефонный разговор", "", NULL, NULL },
        { "uk", "Лавров: у нас з Керрі буде ще телефонна розмова", "", NULL, NULL },
        /* a hedge in a relative clause about another noun is that clause's; one right after
           the phrase is about the call */
        { "it", "", "Lavrov e Kerry hanno concordato oggi, nel corso di una telefonata, le "
          "condizioni per la tregua in Siria, che potrebbe essere annunciata nei prossimi "
          "giorni.", "lavrov_kerry_call", "2016-09-21" },
        { "fr", "", "La conversation téléphonique entre Lavrov et Kerry, qui devait avoir lieu "
          "lundi, a été reportée.", NULL, NULL },
        { "tr", "", "Kerry, Lavrov ile telefonda görüşmeyi planladığını söyledi.", NULL, NULL },
        /* Korean: a call to come right after the phrase; the conference to be held after
           the call's clause ended ("통화를 하고 ... 열릴 예정인") leaves the call told */
        { "ko", "", "라브로프 장관과 케리 장관은 이번 주 통화할 예정이다.", NULL, NULL },
        { "ko", "", "케리 장관은 21일 라브로프 장관과 전화 통화를 하고 다음 달 제네바에서 열릴 예정인 "
          "회의 준비 상황을 논의했다.", "lavrov_kerry_call", "2016-09-21" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 21, 12));
}

/* Intentions and expectations in the Slavic languages: a call that "is expected" (bg "очаква
   се", "предстои"), "should" be held (sr "требало би да"), is planned or intended (uk
   "планує", "має намір"; pl "zamierza"; cs "hodlá"; hr "planira") has not been held; nor
   has one tried in vain (tr), or one that will be held (bn). */
static void
test_intended_and_expected_calls(void **state)
{
    static const case_t cases[] = {
        { "bg", "Очаква се разговор Лавров - Кери за Сирия", "", NULL, NULL },
        { "bg", "", "Предстои телефонен разговор между Лавров и Кери.", NULL, NULL },
        { "sr", "", "Лавров и Кери требало би ускоро да разговарају о примирју у Сирији.", NULL,
          NULL },
        { "uk", "", "Керрі має намір обговорити це питання в телефонній розмові з Лавровим.",
          NULL, NULL },
        { "pl", "", "Kerry zamierza rozmawiać telefonicznie z Ławrowem o Aleppo.", NULL, NULL },
        { "cs", "", "Kerry hodlá s Lavrovem telefonovat o Sýrii.", NULL, NULL },
        { "hr", "", "Kerry planira telefonski razgovor s Lavrovom o Siriji.", NULL, NULL },
        /* Kyrgyz intent "-а турган" after the verb: he said he would speak */
        { "ky", "", "Сергей Лавров Жон Керри менен Сирия боюнча телефондон сүйлөшө турганын "
          "билдирди.", NULL, NULL },
        /* planned past the day, announced */
        { "es", "", "Lavrov y Kerry tienen previsto mantener mañana un contacto telefónico sobre "
          "Ucrania.", NULL, NULL },
        { "de", "", "Lawrow kündigt ein Gespräch mit Kerry an.", NULL, NULL },
        /* Persian "ready to talk by phone" (the subjunctive after the medium), Hindi "tried to
           make contact by phone" */
        { "fa", "لاوروف و کری",
          "سرگئی لاوروف گفت که آماده است در صورت لزوم با جان کری تلفنی صحبت کند.", NULL, NULL },
        { "hi", "केरी और लावरोव",
          "जॉन केरी ने मंगलवार को सर्गेई लावरोव से फोन पर संपर्क करने का प्रयास किया था।", NULL,
          NULL },
        /* Indonesian: a talk told as the purpose of a meeting to come, no call; the meeting
           announced is the story's (test_classify_previews.c) */
        { "id", "Lavrov dan Kerry dijadwalkan bertemu di Jenewa",
          "Sergei Lavrov dan John Kerry dijadwalkan bertemu di Jenewa pekan depan untuk membahas "
          "krisis Suriah, kata juru bicara.", "lavrov_kerry_meeting", NULL },
        /* French future of the talk's verb and "probably" before the medium; a meeting "not
           ruled out" */
        { "fr", "", "Il n'y a pas de date fixée, mais Lavrov et Kerry se parleront très "
          "probablement par téléphone, a précisé la porte-parole, ajoutant qu'une rencontre entre "
          "Kerry et Lavrov n'était pas exclue.", NULL, NULL },
        /* Slovene "we did not talk" (the dual's auxiliary), Gujarati "tried" after the medium */
        { "sl", "Lavrov: S Kerryjem se po telefonu nisva pogovarjala",
          "Sergej Lavrov je danes zanikal poročanje, da se je po telefonu pogovarjal z Johnom "
          "Kerryjem.", NULL, NULL },
        { "gu", "", "જ્હોન કેરીએ શુક્રવારે સર્ગેઈ લાવરોવ સાથે ફોન પર વાત કરવાનો પ્રયાસ કર્યો.", NULL,
          NULL },
        /* Turkish future on the verb after the medium; Spanish "has requested" */
        { "tr", "Lavrov: Kerry'yi arayacağım",
          "Sergey Lavrov, Rusya'nın karşı önerilerini John Kerry'ye telefonda ileteceğini söyledi.",
          NULL, NULL },
        { "es", "", "El Ministerio ruso informó de que John Kerry ha solicitado una conversación "
          "telefónica con Serguéi Lavrov.", NULL, NULL },
        /* Japanese "being arranged" (調整中), Armenian "tried to" */
        { "ja", "ラブロフ外相とケリー長官の電話会談「調整中」",
          "ロシア外務省の報道官は20日、ラブロフ外相とケリー米国務長官の電話会談について「日程を"
          "調整している」と述べた。", NULL, NULL },
        { "hy", "", "Ջոն Քերին կիրակի օրը փորձել է հեռախոսով կապվել Սերգեյ Լավրովի հետ:", NULL,
          NULL },
        /* Georgian and Kazakh futures and plans after the medium */
        { "ka", "ლავროვი და კერი დღეს ტელეფონით ისაუბრებენ",
          "სერგეი ლავროვი და ჯონ კერი დღეს ტელეფონით ისაუბრებენ სირიის შესახებ.", NULL, NULL },
        { "kk", "Лавров Керримен сөйлеседі",
          "Сергей Лавров Джон Керримен Сирия бойынша телефон арқылы сөйлесуді жоспарлап отыр.",
          NULL, NULL },
        /* the governing verb far off, the infinitive right before the medium */
        { "hr", "", "Američki državni tajnik John Kerry namjerava prije sastanka skupine za "
          "potporu Siriji u Münchenu razgovarati telefonom s ruskim kolegom Sergejem Lavrovim.",
          NULL, NULL },
        { "ru", "", "Глава Госдепа Джон Керри намерен до начала встречи группы поддержки Сирии в "
          "Мюнхене поговорить по телефону с Сергеем Лавровым.", NULL, NULL },
        { "be", "", "Міністры Сяргей Лаўроў і Джон Кэры могуць замацаваць дамоўленасць падчас "
          "тэлефоннай размовы.", NULL, NULL },
        /* Turkish "tried to call ... did not take place", Bengali "will speak" */
        { "tr", "", "Kerry'nin Lavrov'u telefonla aramaya çalıştığı ancak görüşmenin "
          "gerçekleşmediği bildirildi.", NULL, NULL },
        { "bn", "যুদ্ধবিরতি নিয়ে আজ ফোনে কথা বলবেন লাভরভ-কেরি", "", NULL, NULL },
        /* the days to come before the phrase, a call expected, one "if necessary" */
        { "es", "", "Lavrov y Kerry mantendrán en los próximos días una nueva conversación "
          "telefónica sobre Siria.", NULL, NULL },
        { "ca", "El Kremlin espera una conversa Lavrov-Kerry en breu", "", NULL, NULL },
        { "zh", "", "拉夫罗夫表示，他计划在联大期间与克里讨论叙利亚问题，必要时也可以先通过电话沟通。",
          NULL, NULL },
        /* the German infinitive with "zu": announced, not held */
        { "de", "", "Sergej Lawrow hat angekündigt, in Kürze mit US-Außenminister John Kerry über "
          "den Hilfskonvoi zu telefonieren.", NULL, NULL },
        /* an expected call (Arabic "مرتقب", "خلال الساعات المقبلة") */
        { "ar", "", "قالت مصادر إن اتصالا هاتفيا مرتقبا بين كيري ولافروف سيجري خلال الساعات المقبلة.",
          NULL, NULL },
        /* a call proposed */
        { "fr", "Syrie : la Russie propose un nouveau contact Lavrov-Kerry",
          "La Russie a proposé une nouvelle conversation téléphonique entre Sergueï Lavrov et "
          "John Kerry, a indiqué lundi un vice-ministre.", NULL, NULL },
        /* told as done, it is the call */
        { "bg", "", "Лавров и Кери проведоха телефонен разговор в понеделник.",
          "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 20));
}

/* A scraped page's headline line shortens the body's plan as a title does ("to talk by phone
   in coming days" over "are likely to hold a telephone conversation"); one that tells the
   denial itself keeps it. */
static void
test_headline_line_shortens_a_plan(void **state)
{
    static const case_t cases[] = {
        { "en", "", "Interfax\nLavrov and Kerry to talk by phone - Ryabkov\n"
          "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry are "
          "likely to hold a telephone conversation in the coming days to discuss Syria, Russian "
          "Deputy Foreign Minister Sergei Ryabkov told Interfax on Wednesday.", NULL, NULL },
        /* a headline's "in coming days", without the article */
        { "en", "Lavrov and Kerry to talk by phone in coming days", "", NULL, NULL },
        { "pl", "", "Rzeczpospolita\nŚwiat\nŁawrow zaprzecza: nie było rozmowy z Kerrym\n"
          "Szef rosyjskiego MSZ Siergiej Ławrow zaprzeczył w czwartek doniesieniom, jakoby w "
          "środę rozmawiał telefonicznie z Johnem Kerrym.\n\"Nie było takiej rozmowy\" - "
          "powiedział dziennikarzom.", NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 21, 18));
}

/* A title of two sentences, the second a quote: its future ("will take place as planned")
   does not reach back over the stop to the call the first tells. */
static void
test_quote_after_a_title_stop(void **state)
{
    static const case_t cases[] = {
        { "pl", "Ławrow rozmawiał z Kerrym. \"Referendum na Krymie odbędzie się zgodnie z "
          "planem\"", "", "lavrov_kerry_call", "2014-03-15" },
        { "pl", "Ławrow rozmawiał z Kerrym. „Referendum odbędzie się zgodnie z planem”", "",
          "lavrov_kerry_call", "2014-03-15" },
        { "en", "Lavrov spoke by phone with Kerry. \"The referendum will go ahead as planned\"",
          "", "lavrov_kerry_call", "2014-03-15" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 3, 15, 18));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_may_in_more_languages),
        cmocka_unit_test(test_call_to_come_and_its_purpose),
        cmocka_unit_test(test_tomorrow_is_not_the_call),
        cmocka_unit_test(test_planned_after_the_noun),
        cmocka_unit_test(test_plans_in_more_forms),
        cmocka_unit_test(test_intended_and_expected_calls),
        cmocka_unit_test(test_headline_line_shortens_a_plan),
        cmocka_unit_test(test_quote_after_a_title_stop),
        cmocka_unit_test(test_visit_to_come),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

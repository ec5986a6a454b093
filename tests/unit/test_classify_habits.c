/* SPDX-License-Identifier: MIT
 *
 * test_classify_habits — calls told in general, against the shipped catalog: habits
 * ("regularly", "both in person and by telephone"), counts ("more than 60 times", spelled
 * out), series of calls, and several calls told in a meeting's sentence. None is the report
 * of one call. Calls recalled one by one are test_classify_recalled.c's. The texts are
 * written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "classify_cases.h"

/* Several calls told in a meeting's sentence leave it a meeting; a ceasefire is no
   suspension of the call that discussed it. */
static void
test_meeting_after_several_calls(void **state)
{
    const catalog_t *c = *state;
    static const case_t meetings[] = {
        { "fr", "Lavrov et Kerry réunis à Genève",
          "Sergueï Lavrov et John Kerry se sont réunis vendredi à Genève pour discuter de la "
          "Syrie, après plusieurs entretiens téléphoniques ces derniers jours.",
          "lavrov_kerry_meeting", "2016-09-16" },
        { "es", "Lavrov y Kerry se reúnen en Ginebra",
          "Serguéi Lavrov y John Kerry se reunieron el viernes en Ginebra para hablar sobre "
          "Siria, tras varias conversaciones telefónicas en los últimos días.",
          "lavrov_kerry_meeting", "2016-09-16" },
        { "ar", "لافروف وكيري يجتمعان في جنيف",
          "اجتمع وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في جنيف يوم الجمعة "
          "لبحث الأزمة السورية، بعد عدة اتصالات هاتفية خلال الأيام الماضية.",
          "lavrov_kerry_meeting", "2016-09-16" },
    };
    check_cases(c, meetings, sizeof meetings / sizeof meetings[0], at(2016, 9, 17, 10));
    classify_result_t r = run(c, "ru", "Лавров и Керри обсудили прекращение огня",
                              "Сергей Лавров и Джон Керри в воскресенье обсудили по телефону "
                              "параметры прекращения огня в Сирии.", at(2016, 2, 21, 18));
    expect("прекращение огня", &r, "lavrov_kerry_call", "2016-02-21");
}

/* Habits and counts are no report of one call. */
static void
test_habits_are_not_a_call(void **state)
{
    const catalog_t *c = *state;
    classify_result_t r = run(c, "en", "Diplomat: the ministers stay in touch",
                              "Lavrov and Kerry speak by phone almost every day, a senior Russian "
                              "diplomat told reporters on Friday.", at(2016, 10, 7, 12));
    expect("almost every day", &r, NULL, NULL);
    r = run(c, "ru", "Дипломат: министры на связи",
            "Лавров и Керри регулярно разговаривают по телефону, сообщил в пятницу "
            "российский дипломат.", at(2016, 10, 7, 12));
    expect("регулярно", &r, NULL, NULL);
    r = run(c, "en", "Lavrov, Kerry speak by phone",
            "Lavrov and Kerry spoke by phone on Friday about Aleppo, the ministry said.",
            at(2016, 10, 7, 18));
    expect("one call", &r, "lavrov_kerry_call", "2016-10-07");
    /* in more languages: almost every day, dozens of times, several times a day, often */
    static const case_t habits[] = {
        { "sr", "", "Vučić je rekao da se Lavrov i Keri stalno čuju telefonom, ali da to ne "
          "pomaže mnogo.", NULL, NULL },
        { "ms", "", "Lavrov dan Kerry telah beberapa kali berbincang melalui telefon, namun tiada "
          "tanda-tanda kompromi.", NULL, NULL },
        /* Bengali "in the last few months ... one after another" */
        { "bn", "", "গত কয়েক মাসে লাভরভ ও কেরির মধ্যে একের পর এক ফোনালাপ এবং বৈঠক হয়েছে।",
          NULL, NULL },
        /* weekly, dozens of times */
        { "hu", "", "Lavrov és Kerry január közepétől szinte hetente telefonált.", NULL, NULL },
        { "et", "", "Sergei Lavrov ja John Kerry on tänavu rääkinud telefoni teel kümneid kordi.",
          NULL, NULL },
        /* hundreds, dozens of calls in words */
        { "pt", "", "Kerry e Lavrov trocaram centenas de telefonemas em quatro anos.", NULL, NULL },
        { "en", "", "Lavrov and Kerry have held dozens of phone calls since the spring.", NULL,
          NULL },
        /* an interview's talks told about, hundreds of times */
        { "uk", "Лавров розповів про свої розмови з Керрі",
          "Сергій Лавров в інтерв'ю заявив, що його американський колега Джон Керрі "
          "розчарований.\n«Ми з Джоном за ці роки розмовляли, мабуть, сотні разів», – сказав "
          "Лавров.", NULL, NULL },
        { "en", "", "Lavrov said he and Kerry had spoken hundreds of times by phone.", NULL,
          NULL },
        /* "frequent" after the phrase */
        { "zh", "观察：俄美外长热线",
          "今年以来，俄罗斯外长拉夫罗夫与美国国务卿克里之间的电话联系十分频繁。", NULL, NULL },
        { "he", "", "לברוב אמר בראיון כי הוא משוחח בטלפון עם ג'ון קרי כמעט כל יום.", NULL, NULL },
        { "id", "", "Lavrov mengatakan ia berkomunikasi dengan Kerry lewat telepon hampir setiap "
          "hari.", NULL, NULL },
        { "nl", "", "Lavrov en Kerry voerden tientallen telefoongesprekken over Syrië.", NULL,
          NULL },
        { "sr", "", "Lavrov je rekao da često razgovara telefonom sa Kerijem.", NULL, NULL },
        { "fa", "", "لاوروف گفت که بارها با جان کری تلفنی صحبت کرده است.", NULL, NULL },
        { "el", "", "Ο Λαβρόφ είπε ότι μιλά συχνά στο τηλέφωνο με τον Κέρι.", NULL, NULL },
        { "de", "", "Zuletzt schien es, als würden Lawrow und Kerry im Stundentakt telefonieren.",
          NULL, NULL },
        /* a few times, a couple of times (Dutch, German, Spanish, English) */
        { "nl", "", "Lavrov en Kerry hadden elkaar daarna nog een paar keer gebeld om het bestand "
          "te redden.", NULL, NULL },
        { "de", "", "Lawrow und Kerry haben seitdem einige Male telefoniert.", NULL, NULL },
        { "es", "", "Lavrov y Kerry hablaron por teléfono unas cuantas veces durante la crisis.",
          NULL, NULL },
        { "en", "", "Lavrov and Kerry spoke by phone a couple of times during the crisis.", NULL,
          NULL },
        /* every week, sometimes several times a day */
        { "en", "Lavrov: 'John Kerry and I talk almost every week'",
          "\"We talk on the phone almost every week, sometimes several times a day,\" Lavrov "
          "said.", NULL, NULL },
        { "sv", "", "Lavrov och Kerry talade i telefon nästan varje vecka under hösten.", NULL,
          NULL },
        { "tr", "", "Lavrov ile Kerry neredeyse her hafta telefonda görüşüyor.", NULL, NULL },
        /* keeping in touch: "保持了密切沟通" */
        { "zh", "", "普京说，拉夫罗夫与克里在叙利亚问题上保持了密切沟通。", NULL, NULL },
        /* Chinese "協議" is an agreement, not the Japanese talks */
        { "zh", "", "俄羅斯外長拉夫羅夫20日表示，他與美國國務卿凱瑞就敘利亞停火協議的執行問題立場"
          "仍有分歧。", NULL, NULL },
        /* every few days, dozens of times, more than once; the contacts of recent weeks */
        { "sk", "", "Lavrov a Kerry si podľa neho telefonujú prakticky každých pár dní.", NULL,
          NULL },
        { "cs", "", "Kerry a Lavrov spolu během krize telefonovali desítky krát.", NULL, NULL },
        { "sr", "", "Лавров је рекао да је о томе више пута разговарао са Керијем.", NULL, NULL },
        { "en", "", "Lavrov and Kerry speak by phone every few days, a diplomat said.", NULL,
          NULL },
        { "pl", "", "Kanał Ławrow-Kerry, intensywnie wykorzystywany w ostatnich tygodniach w "
          "rozmowach telefonicznych, przyniósł harmonogram.", NULL, NULL },
        /* past the other's title and name; not past a date of the call's own */
        { "en", "", "Lavrov said he speaks by phone with U.S. Secretary of State John Kerry almost "
          "every day.", NULL, NULL },
        { "en", "", "Lavrov and Kerry spoke by phone on Friday, as they often do, the ministry "
          "said.", "lavrov_kerry_call", "2016-10-07" },
    };
    check_cases(c, habits, sizeof habits / sizeof habits[0], at(2016, 10, 7, 12));
}

/* A count of calls is no report of one: "have spoken by phone more than 20 times"; a number
   that counts something else leaves the call as it is. */
static void
test_counts_are_not_a_call(void **state)
{
    static const case_t cases[] = {
        { "en", "Lavrov, Kerry have spoken dozens of times",
          "Lavrov and Kerry have spoken by phone 25 times this year, a State Department official "
          "told reporters.", NULL, NULL },
        { "pt", "Lavrov e Kerry já conversaram 20 vezes",
          "Desde janeiro, o chanceler russo Serguei Lavrov e o secretário de Estado John Kerry já "
          "conversaram por telefone mais de 20 vezes, segundo a chancelaria russa.", NULL, NULL },
        { "ru", "Лавров и Керри говорили более 30 раз",
          "С начала года Лавров и Керри разговаривали по телефону более 30 раз, сообщил МИД.",
          NULL, NULL },
        { "zh", "拉夫罗夫与克里今年已通话20次",
          "俄罗斯外长拉夫罗夫与美国国务卿克里今年已通话20次。", NULL, NULL },
        { "en", "Lavrov, Kerry talk by phone",
          "Sergei Lavrov and John Kerry spoke by phone on Monday about the 2 Syrian towns under "
          "siege, the ministry said.", "lavrov_kerry_call", "2016-09-19" },
        /* a number right before the phrase counts the calls */
        { "en", "", "Lavrov and Kerry have held more than 30 phone calls this year, the ministry "
          "said.", NULL, NULL },
        { "ru", "", "С января Лавров и Керри провели 25 телефонных разговоров.", NULL, NULL },
        { "de", "", "Lawrow und Kerry haben in diesem Jahr mehr als 30 Telefonate geführt.", NULL,
          NULL },
        { "ar", "", "أجرى لافروف وكيري أكثر من 30 اتصالا هاتفيا هذا العام.", NULL, NULL },
        /* ... not a day of a date, a year, or one or two calls */
        { "en", "", "In their September 19 phone call, Lavrov and Kerry discussed the truce.",
          "lavrov_kerry_call", "2016-09-19" },
        { "en", "", "Lavrov and Kerry held 2 phone calls on Monday about Aleppo.",
          "lavrov_kerry_call", "2016-09-19" },
        /* the count before the phrase, in words, in Chinese numerals; their frequency */
        { "en", "Lavrov, Kerry have spoken 40 times by phone this year", "", NULL, NULL },
        { "en", "", "Lavrov and Kerry talked by phone four times in the week before the truce.",
          NULL, NULL },
        { "zh", "", "据俄方统计，拉夫罗夫与克里仅在9月就通话十余次。", NULL, NULL },
        { "en", "", "Lavrov joked about the frequency of his phone calls with John Kerry.", NULL,
          NULL },
        /* counts spelled out, after the verb; how often, as a frequency or every other week */
        { "cs", "", "Lavrov a Kerry spolu letos telefonovali víc než šedesátkrát.", NULL, NULL },
        { "de", "", "Lawrow und Kerry haben in diesem Jahr mehr als sechzigmal telefoniert.", NULL,
          NULL },
        { "en", "", "Lavrov and Kerry have spoken by phone more than sixty times since January.",
          NULL, NULL },
        { "es", "", "Lavrov y Kerry hablaron por teléfono más de cuarenta veces este año.", NULL,
          NULL },
        { "pt", "", "Lavrov e Kerry conversaram ao telefone com uma frequência que surpreendia os "
          "diplomatas.", NULL, NULL },
        { "en", "", "Kerry and Lavrov speak by phone every other week, a diplomat said.", NULL,
          NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 15));
}

/* A series of calls is no report of one: "after a series of phone calls", "nach einer Reihe
   von Telefonaten", "после серии телефонных разговоров"; a number of issues discussed by phone
   is one call. Counts before a verb that comes last ("onlarca kez"). */
static void
test_series_of_calls(void **state)
{
    static const case_t cases[] = {
        { "en", "", "After a series of phone calls between Lavrov and Kerry, the two sides agreed "
          "on Monday to extend the truce.", NULL, NULL },
        { "de", "", "Nach einer Reihe von Telefonaten zwischen Lawrow und Kerry einigten sich "
          "beide Seiten am Montag auf eine Verlängerung der Waffenruhe.", NULL, NULL },
        { "ru", "", "После серии телефонных разговоров Лаврова и Керри стороны в понедельник "
          "договорились продлить перемирие.", NULL, NULL },
        { "tr", "", "Lavrov, Kerry ile bu yıl onlarca kez telefonda konuştuğunu söyledi.", NULL,
          NULL },
        { "en", "", "Lavrov and Kerry discussed a number of issues by phone on Monday, the "
          "ministry said.", "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 15));
}

/* Both media named together tell the contacts in general, not one call: "we speak
   regularly, both in person and by telephone", "как лично, так и по телефону",
   "persönlich und telefonisch". */
static void
test_in_person_and_by_phone(void **state)
{
    static const case_t cases[] = {
        { "en", "Lavrov interview", "Question: How often do you talk with John Kerry?\nSergey "
          "Lavrov: We speak regularly, both in person and by telephone, and the dialogue is "
          "professional.", NULL, NULL },
        { "ru", "Интервью Лаврова", "Сергей Лавров рассказал, что с Джоном Керри они общаются "
          "как лично, так и по телефону.", NULL, NULL },
        { "de", "Lawrow im Interview", "Sergej Lawrow sagte, er tausche sich mit John Kerry "
          "persönlich und telefonisch aus.", NULL, NULL },
        /* either of them, or the two kinds of contacts listed */
        { "en", "", "John Kerry said he and Sergei Lavrov would keep talking, in person or by "
          "phone, until the truce held.", NULL, NULL },
        { "tl", "", "Ayon kay John Kerry, nag-uusap sila ni Sergey Lavrov, personal man o sa "
          "telepono, tungkol sa Syria.", NULL, NULL },
        { "ru", "", "Контакты между Сергеем Лавровым и Джоном Керри носят постоянный характер — "
          "это и встречи, и телефонные разговоры.", NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 10, 12, 15));
}

/* Countless times, over the past three years, on the phone and when we met: the everyday
   words of a count, a period and both media, in twenty languages (a helper's audit of 52 wrote
   these). One call of a day told "once again" or "for the third time this week" stays one. */
static void
test_countless_times(void **state)
{
    static const case_t counts[] = {
        { "en", "",
          "\"I told Kerry many times, on the phone and when we met, that the opposition "
          "must separate itself from al-Nusra,\" Lavrov said in an interview.", NULL, NULL },
        { "ru", "",
          "«Я много раз говорил Керри — и по телефону, "
          "и при встречах, — что оппозицию нужно "
          "отделить от «Нусры»», — заявил Лавров в "
          "интервью.", NULL, NULL },
        { "de", "",
          "Lawrow und Kerry haben in den vergangenen drei Jahren unzählige Male "
          "miteinander telefoniert.", NULL, NULL },
        { "fr", "",
          "Sergueï Lavrov et John Kerry se sont parlé au téléphone d'innombrables "
          "fois au cours des trois dernières années.", NULL, NULL },
        { "es", "",
          "Lavrov y Kerry han hablado por teléfono infinidad de veces en los últimos "
          "tres años.", NULL, NULL },
        { "pt", "",
          "Lavrov e Kerry já conversaram por telefone inúmeras vezes nos últimos três "
          "anos.", NULL, NULL },
        { "it", "",
          "Lavrov e Kerry si sono sentiti al telefono innumerevoli volte negli ultimi tre "
          "anni.", NULL, NULL },
        { "pl", "",
          "„Mówiłem Kerry'emu wiele razy, przez telefon i podczas spotkań, że "
          "opozycję trzeba oddzielić od Frontu al-Nusra” – powiedział Ławrow.", NULL, NULL },
        { "tr", "",
          "Lavrov, \"Kerry'ye hem telefonda hem de görüşmelerimizde pek çok kez "
          "muhalefetin Nusra Cephesi'nden ayrılması gerektiğini söyledim\" dedi.", NULL, NULL },
        { "ar", "",
          "تحدث لافروف وكيري هاتفيا مرات لا تحصى خلال "
          "السنوات الثلاث الماضية.", NULL, NULL },
        { "fa", "",
          "لاوروف گفت: «من بارها به کری، چه تلفنی و چه "
          "در دیدارهایمان، گفته‌ام که مخالفان باید "
          "از جبهه النصره جدا شوند.»", NULL, NULL },
        { "hi", "",
          "लावरोव और केरी पिछले तीन "
          "वर्षों में अनगिनत बार फोन पर "
          "बात कर चुके हैं।", NULL, NULL },
        { "zh", "",
          "每当拉夫罗夫与克里通电话，叙利亚问题总是首要议题。", NULL, NULL },
        { "ja", "",
          "ラブロフ外相とケリー国務長官は過去3年間、数え切れないほど電話で話してきた。", NULL, NULL },
        { "ko", "",
          "라브로프 장관과 케리 장관은 지난 3년 동안 셀 수 없이 "
          "많이 전화 통화를 했다.", NULL, NULL },
        { "id", "",
          "Ditanya berapa kali ia sudah berbicara dengan Kerry melalui telepon, Lavrov "
          "mengatakan sudah lama berhenti menghitung.", NULL, NULL },
        { "sw", "",
          "Lavrov na Kerry wamezungumza kwa simu mara nyingi mno katika kipindi cha miaka "
          "mitatu iliyopita.", NULL, NULL },
        { "fi", "",
          "Lavrov ja Kerry ovat puhuneet puhelimessa lukemattomia kertoja viimeisten "
          "kolmen vuoden aikana.", NULL, NULL },
        { "hu", "",
          "Lavrov és Kerry az elmúlt három évben számtalanszor beszélt egymással "
          "telefonon.", NULL, NULL },
        { "el", "",
          "Ο Λαβρόφ και ο Κέρι έχουν μιλήσει "
          "τηλεφωνικά αμέτρητες φορές τα τελευταία "
          "τρία χρόνια.", NULL, NULL },
    };
    check_cases(*state, counts, sizeof counts / sizeof counts[0], at(2016, 3, 8, 15));
    static const case_t one[] = {
        { "en", "",
          "Lavrov and Kerry once again spoke by phone on Monday to discuss the Syrian "
          "ceasefire.",
          "lavrov_kerry_call", "2016-03-07" },
        { "ru", "",
          "Во вторник Лавров и Керри провели уже "
          "третий за неделю телефонный разговор.",
          "lavrov_kerry_call", "2016-03-08" },
        { "de", "",
          "Lawrow und Kerry haben am Montag erneut über die Lage in Syrien telefoniert.",
          "lavrov_kerry_call", "2016-03-07" },
        { "fr", "",
          "Lavrov et Kerry se sont parlé au téléphone mardi, pour la troisième fois "
          "cette semaine.",
          "lavrov_kerry_call", "2016-03-08" },
        { "es", "",
          "Lavrov y Kerry volvieron a hablar por teléfono el lunes sobre la situación "
          "en Siria.",
          "lavrov_kerry_call", "2016-03-07" },
    };
    check_cases(*state, one, sizeof one / sizeof one[0], at(2016, 3, 8, 15));
}

/* "More times than I can count", "face to face and on the phone": a second pass of the
   helper's audit over 51 languages, for the words of the same families the first left out.
   (It wrote these.) */
static void
test_more_times_than_counted(void **state)
{
    static const case_t counts[] = {
        { "en", "",
          "Lavrov said: \"I have told Kerry more times than I can count, face to face and "
          "on the phone, that this cannot go on.\"", NULL, NULL },
        { "ru", "",
          "Лавров заявил: «Я бессчётное число раз "
          "говорил Керри, и с глазу на глаз, и по "
          "телефону, что так продолжаться не может».", NULL, NULL },
        { "de", "",
          "Lawrow sagte: „Ich habe Kerry unzählige Male gesagt, unter vier Augen und "
          "am Telefon, dass es so nicht weitergehen kann.“", NULL, NULL },
        { "fr", "",
          "Lavrov a déclaré : « J'ai dit d'innombrables fois à Kerry, en "
          "tête-à-tête et au téléphone, que cela ne pouvait pas continuer. »", NULL, NULL },
        { "es", "",
          "Lavrov afirmó: \"Le he dicho a Kerry un sinfín de veces, cara a cara y por "
          "teléfono, que esto no puede seguir así\".", NULL, NULL },
        { "it", "",
          "Lavrov ha dichiarato: \"Ho detto a Kerry innumerevoli volte, faccia a faccia e "
          "al telefono, che così non si può andare avanti\".", NULL, NULL },
        { "pl", "",
          "Ławrow powiedział: „Niezliczoną ilość razy mówiłem Kerry'emu, w "
          "cztery oczy i przez telefon, że tak dalej być nie może”.", NULL, NULL },
        { "tr", "",
          "Lavrov, \"Kerry'ye gerek yüz yüze gerekse telefonda bunun böyle "
          "gidemeyeceğini bilmem kaç kere söyledim\" dedi.", NULL, NULL },
        { "ar", "",
          "قال لافروف: \"قلت لكيري مرات لا تعد ولا "
          "تحصى، وجها لوجه وعبر الهاتف، إن هذا لا يمكن "
          "أن يستمر\".", NULL, NULL },
        { "zh", "",
          "拉夫罗夫说：“我已经无数遍地跟克里说过，无论是当面还是在电话中，这种情况不能继续下去。”", NULL, NULL },
        { "ja", "",
          "ラブロフ外相は「ケリー長官には、直接会った時も電話でも、このままではいけないと何度となく伝えてきた」と述べた。", NULL, NULL },
        { "ko", "",
          "라브로프 장관에 따르면 그는 케리 장관과 시리아 문제로 "
          "셀 수도 없이 많이 전화 통화를 했다.", NULL, NULL },
        { "hi", "",
          "लावरोव के मुताबिक वह केरी से "
          "सीरिया को लेकर फोन पर इतनी बार "
          "बात कर चुके हैं कि उन्हें "
          "गिनती याद नहीं।", NULL, NULL },
        { "id", "",
          "Lavrov mengatakan, \"Sudah tak terhitung kali saya katakan kepada Kerry, "
          "secara langsung maupun melalui telepon, bahwa ini tidak bisa terus "
          "berlanjut.\"", NULL, NULL },
        { "sv", "",
          "Lavrov sade: ”Jag har sagt till Kerry otaliga gånger, öga mot öga och i "
          "telefon, att det inte kan fortsätta så här.”", NULL, NULL },
        { "el", "",
          "Ο Λαβρόφ δήλωσε: «Έχω πει στον Κέρι "
          "αμέτρητες φορές, πρόσωπο με πρόσωπο και "
          "στο τηλέφωνο, ότι αυτό δεν μπορεί να "
          "συνεχιστεί».", NULL, NULL },
    };
    check_cases(*state, counts, sizeof counts / sizeof counts[0], at(2016, 3, 8, 15));
    /* "日夜" (day and night) is also the end of a date: "６日夜" is the night of the 6th */
    static const case_t night[] = {
        { "ja", "", "ケリー米国務長官は６日夜、ラブロフ外相に電話をかけ、アレッポでの人道的停戦について協議した。",
          "lavrov_kerry_call", "2016-03-06" },
    };
    check_cases(*state, night, 1, at(2016, 3, 8, 15));
}

/* The third audit's kinds (2026-12-06, tenth session): a count glued to its counter, the
   number of calls, calls after every talk, calls a few days ago or last week told first, a
   call only wished for. A report of two calls on one day stays a call. */
static void
test_counts_and_recollections_audit(void **state)
{
    static const case_t none[] = {
        { "ko", "", "존 케리 국무장관과 세르게이 라브로프 외무장관은 올해만 40차례 넘게 "
          "전화 통화를 했다.", NULL, NULL },
        { "en", "", "Sergei Lavrov said the number of his telephone conversations with John Kerry "
          "this year had passed forty.", NULL, NULL },
        { "uk", "", "За словами Клімкіна, після кожної розмови з Лавровим Джон Керрі телефонує "
          "йому.", NULL, NULL },
        { "ro", "", "Săptămâna trecută, Lavrov a vorbit la telefon cu John Kerry despre Siria, "
          "iar acum discuțiile s-au blocat.", NULL, NULL },
        { "it", "", "«Se Kerry vorrà chiamarmi, risponderò», ha detto Lavrov ai giornalisti a "
          "Mosca.", NULL, NULL },
        /* small counts in words after the verb */
        { "ru", "", "С начала года Лавров и Керри разговаривали по телефону восемь раз.", NULL,
          NULL },
        { "ar", "", "تبادل لافروف وكيري نحو أربعين اتصالا هاتفيا بشأن الهدنة في سوريا.", NULL,
          NULL },
        { "it", "", "Dal 2013 Lavrov e Kerry hanno avuto più di duecento conversazioni "
          "telefoniche.", NULL, NULL },
        { "de", "", "Dem Genfer Plan waren unzählige Telefonate zwischen John Kerry und Sergej "
          "Lawrow vorausgegangen.", NULL, NULL },
        /* the tens spelled out before the noun */
        { "de", "", "Mehr als fünfzig Telefonate seit Januar: kaum ein Außenministerpaar redet so "
          "viel miteinander wie John Kerry und Sergej Lawrow.", NULL, NULL },
    };
    check_cases(*state, none, sizeof none / sizeof none[0], at(2016, 6, 20, 12));
    static const case_t calls[] = {
        { "ko", "", "존 케리 국무장관과 세르게이 라브로프 외무장관은 20일 두 차례 전화 통화를 "
          "하고 시리아 휴전 방안을 논의했다.", "lavrov_kerry_call", "2016-06-20" },
        { "en", "", "John Kerry and Sergei Lavrov held a twenty-minute phone call on Monday about "
          "the truce in Syria.", "lavrov_kerry_call", "2016-06-20" },
    };
    check_cases(*state, calls, sizeof calls / sizeof calls[0], at(2016, 6, 20, 12));
}

/* Habits told by the adjective or the span that goes with the plural noun ("after weeks of
   almost daily calls", "telefonate quasi quotidiane", "appels quotidiens"), calls compared
   with everyone else's in a language that puts the verb last ("با کری بیش از هر وزیر دیگری
   تلفنی صحبت کرده‌ام"), and Croatian tries in vain ("bezuspješno pokušava telefonom dobiti"):
   no call. */
static void
test_habit_adjectives_and_attempts(void **state)
{
    static const case_t cases[] = {
        { "it", "Siria, gli Usa sospendono il dialogo con Mosca",
          "Dopo settimane di telefonate quasi quotidiane tra John Kerry e Sergei Lavrov, "
          "Washington ha annunciato la sospensione dei contatti con la Russia.", NULL, NULL },
        { "fr", "", "Après des appels quotidiens entre John Kerry et Sergueï Lavrov, Washington a "
          "suspendu ses contacts avec Moscou sur la Syrie.", NULL, NULL },
        { "es", "", "Tras semanas de llamadas diarias entre John Kerry y Serguéi Lavrov, Washington "
          "suspendió el diálogo con Moscú sobre Siria.", NULL, NULL },
        { "fa", "", "سرگئی لاوروف وزیر امور خارجه روسیه روز دوشنبه گفت که با جان کری بیش از هر "
          "وزیر دیگری تلفنی صحبت کرده است.", NULL, NULL },
        { "hr", "", "Američki državni tajnik John Kerry izjavio je u ponedjeljak da posljednja dva "
          "dana bezuspješno pokušava telefonom dobiti ruskog kolegu Sergeja Lavrova.", NULL, NULL },
        /* Hindi puts the count between the phone phrase and its verb */
        { "hi", "", "जॉन केरी और सर्गेई लावरोव के बीच फोन पर दर्जनों बार बातचीत हुई, लेकिन सीरिया "
          "पर कोई समझौता नहीं हुआ।", NULL, NULL },
        /* a call awaited has not come */
        { "en", "", "Russian Foreign Minister Sergei Lavrov said on Monday that he had expected a "
          "phone call from Secretary of State John Kerry about the Geneva deal.", NULL, NULL },
        /* at any hour, repeated, told in the pluperfect, only asked for */
        { "es", "", "Durante meses, Kerry y Lavrov se llamaban por teléfono a cualquier hora.",
          NULL, NULL },
        { "fa", "", "تحلیلگران می‌گویند این دوره با تماس‌های تلفنی مکرر کری و لاوروف شناخته "
          "می‌شد.", NULL, NULL },
        { "ca", "La treva a Síria aguanta", "La treva pactada per Rússia i els Estats Units ha "
          "entrat en vigor.\nKerry i Lavrov havien parlat per telèfon diumenge per ultimar "
          "detalls.", NULL, NULL },
        { "ko", "", "존 케리 미 국무장관이 세르게이 라브로프 러시아 외무장관에게 전화 통화를 "
          "요청했으나 아직 성사되지 않았다.", NULL, NULL },
        { "ms", "", "Setiausaha Negara AS John Kerry telah meminta untuk bercakap dengan Menteri "
          "Luar Rusia Sergei Lavrov melalui telefon, tetapi perbualan itu belum berlangsung.",
          NULL, NULL },
        /* a count set in typographic quotes right before the noun, "the number of calls",
           hundreds of hours, numerous calls, calls not answered */
        { "ru", "", "Сергей Лавров заявил, что за год он провел с Джоном Керри «больше "
          "шестидесяти» телефонных разговоров.", NULL, NULL },
        { "ru", "Лавров подсчитал число разговоров с Керри за год", "", NULL, NULL },
        { "he", "", "מאות שעות של שיחות טלפון: ג'ון קרי וסרגיי לברוב בנו מערכת יחסים מיוחדת.",
          NULL, NULL },
        { "hy", "", "Սերգեյ Լավրովի և Ջոն Քերիի բազմաթիվ հեռախոսազրույցներն օգնել են "
          "կայունացմանը։", NULL, NULL },
        { "fi", "", "John Kerry sanoi maanantaina, että Sergei Lavrov ei ollut vastannut hänen "
          "puheluihinsa.", NULL, NULL },
        /* daily, a series, days earlier, not planned */
        { "es", "", "Durante cuatro años, Kerry y Lavrov hablaban por teléfono a diario.", NULL,
          NULL },
        { "mk", "", "Октомври: серија телефонски разговори меѓу Лавров и Кери.", NULL, NULL },
        { "fi", "", "Putinin mukaan Lavrov ja Kerry olivat puhuneet puhelimessa vain päiviä "
          "aiemmin.", NULL, NULL },
        { "sk", "Lavrov odmietol telefonát", "Ruské ministerstvo zahraničných vecí uviedlo, že "
          "telefonický rozhovor Sergeja Lavrova s Johnom Kerrym po pozastavení rokovaní o Sýrii "
          "zatiaľ nie je naplánovaný.", NULL, NULL },
        { "en", "", "Russian Foreign Minister Sergei Lavrov says he and John Kerry have held "
          "\"dozens and dozens\" of telephone conversations in the past four years.", NULL,
          NULL },
        /* a call cancelled, sought, missed; hundreds of times */
        { "es", "", "El secretario de Estado John Kerry canceló a último momento una conversación "
          "telefónica con su homólogo ruso, Serguéi Lavrov.", NULL, NULL },
        { "sv", "", "John Kerry har sökt Sergej Lavrov per telefon. Något samtal har ännu inte "
          "kommit till stånd.", NULL, NULL },
        { "ru", "Лавров рассказал, что пропустил звонок Керри", "", NULL, NULL },
        { "hr", "", "John Kerry i Sergej Lavrov razgovarali su telefonom stotine puta.", NULL,
          NULL },
        /* more often, routinely, several; Norwegian tagged "nb" reads the catalog's "no" */
        { "de", "", "John Kerry sagte, er habe Sergej Lawrow öfter angerufen als seine Frau.",
          NULL, NULL },
        { "id", "", "Menurut Lavrov, ia dan John Kerry tetap rutin berbicara melalui telepon.",
          NULL, NULL },
        { "nb", "", "Diplomater anslår at John Kerry og Sergej Lavrov har hatt flere "
          "telefonsamtaler i år enn noe annet ministerpar.", NULL, NULL },
        /* one call told on its day stays one */
        { "it", "", "John Kerry e Sergei Lavrov hanno avuto lunedì una telefonata sulla Siria.",
          "lavrov_kerry_call", "2016-10-03" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 10, 3, 18));
}

/* A headline's phone talk over a body that tells it only as a count or a habit is no call;
   a body that also reports one call keeps it. */
static void
test_headline_over_a_habit(void **state)
{
    static const case_t cases[] = {
        { "en", "Kerry and Lavrov, a duo on the phone",
          "Since January, John Kerry and Sergei Lavrov have spoken by phone more than fifty "
          "times, according to the Russian ministry.\nRelations between the two men are "
          "courteous.", NULL, NULL },
        { "fr", "Kerry-Lavrov, un duo au téléphone",
          "Depuis janvier, John Kerry et Sergueï Lavrov se sont parlé plus de cinquante fois "
          "au téléphone, selon le ministère russe.\nLes relations entre les deux hommes sont "
          "courtoises.", NULL, NULL },
        { "en", "Kerry and Lavrov talk Syria by phone",
          "John Kerry and Sergei Lavrov discussed Syria by phone on Monday, the State "
          "Department said.\nThe two have spoken by phone more than fifty times this year.",
          "lavrov_kerry_call", "2016-09-12" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 12, 15));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_meeting_after_several_calls),
        cmocka_unit_test(test_habits_are_not_a_call),
        cmocka_unit_test(test_counts_are_not_a_call),
        cmocka_unit_test(test_series_of_calls),
        cmocka_unit_test(test_in_person_and_by_phone),
        cmocka_unit_test(test_countless_times),
        cmocka_unit_test(test_more_times_than_counted),
        cmocka_unit_test(test_counts_and_recollections_audit),
        cmocka_unit_test(test_headline_over_a_habit),
        cmocka_unit_test(test_habit_adjectives_and_attempts),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

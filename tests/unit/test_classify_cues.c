/* SPDX-License-Identifier: MIT
 *
 * test_classify_cues — a call told that did not happen, against the shipped
 * catalog: negated, denied, conditional, requested, refused, tried in vain, asked
 * about (a question), "could not take place" (and a last call recalled beside them).
 * Calls still to come are test_classify_to_come.c's; calls that happened before the
 * story, test_classify_recalled.c's and test_classify_habits.c's. The texts are
 * written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "classify_cases.h"

/* A last call recalled, calls tried again and again, talks suspended and calls that no one
   has scheduled are not the story's event. */
static void
test_recalled_suspended_unscheduled(void **state)
{
    const catalog_t *c = *state;
    classify_result_t r = run(c, "en", "Kerry leaves the State Department",
                              "John Kerry cleared his desk on Thursday after four years as "
                              "secretary of state.\n"
                              "He and Sergei Lavrov last spoke by phone in December, without "
                              "a breakthrough on Syria.", at(2017, 1, 19, 16));
    expect("last spoke", &r, NULL, NULL);
    r = run(c, "es", "Kerry se despide del Departamento de Estado",
            "John Kerry dejó el jueves el Departamento de Estado tras cuatro años en el cargo.\n"
            "Habló con Serguéi Lavrov por teléfono por última vez en diciembre.",
            at(2017, 1, 19, 16));
    expect("por última vez", &r, NULL, NULL);
    r = run(c, "fr", "Kerry et Lavrov se retrouvent à Genève",
            "John Kerry et Sergueï Lavrov se sont retrouvés samedi à Genève pour un tête-à-tête "
            "sur la Syrie.\n"
            "Ils s'étaient parlé au téléphone à plusieurs reprises cette semaine.",
            at(2016, 10, 15, 20));
    expect("à plusieurs reprises", &r, "lavrov_kerry_meeting", "2016-10-15");
    r = run(c, "ar", "موسكو: لا اتصالات بين لافروف وكيري",
            "قال مسؤول روسي اليوم إنه لا توجد حاليا أي اتصالات هاتفية مقررة بين سيرغي لافروف "
            "وجون كيري بعد قرار واشنطن تعليق المحادثات الثنائية.", at(2016, 10, 6, 12));
    expect("لا توجد ... مقررة", &r, NULL, NULL);
    r = run(c, "en", "Washington suspends talks with Moscow",
            "Washington decided on Monday to suspend bilateral talks between John Kerry and "
            "Sergei Lavrov on Syria, a State Department spokesman said.", at(2016, 10, 3, 18));
    expect("suspended talks", &r, NULL, NULL);
}


/* A call that may come, has yet to come or came weeks back is not the story's event. */
static void
test_maybe_not_yet_weeks_back(void **state)
{
    const catalog_t *c = *state;
    static const case_t none[] = {
        { "en", "Lavrov, Kerry may talk",
          "Sergei Lavrov and John Kerry could speak by phone in the coming days, a Russian "
          "diplomat said on Monday.", NULL, NULL },
        { "de", "Lawrow und Kerry könnten telefonieren",
          "Sergej Lawrow und John Kerry könnten in den kommenden Tagen telefonieren, sagte ein "
          "russischer Diplomat am Montag.", NULL, NULL },
        { "ru", "Лавров и Керри могут созвониться",
          "Сергей Лавров и Джон Керри могут провести телефонный разговор в ближайшие дни, "
          "сообщил в понедельник российский дипломат.", NULL, NULL },
        { "en", "No call yet",
          "Sergei Lavrov has not yet had a phone conversation with John Kerry, his spokeswoman "
          "said on Monday.", NULL, NULL },
        { "en", "Syria truce frays",
          "Fighting flared again near Aleppo on Monday. The truce was agreed in a phone call "
          "between Sergei Lavrov and John Kerry earlier this month.", NULL, NULL },
        { "en", "Aid convoy waits at the border",
          "The Russian convoy was still waiting at the border on Monday. It was among the "
          "subjects raised when Lavrov spoke by telephone with Kerry earlier in the week.", NULL,
          NULL },
        /* "in recent days", "a napokban", "ces derniers jours" */
        { "hu", "Lavrov a szíriai tűzszünetről", "Az orosz külügyminiszter hétfőn Moszkvában a "
          "szíriai tűzszünetről beszélt az újságíróknak. Lavrov elmondta, hogy a napokban "
          "telefonon egyeztetett John Kerryvel is.", NULL, NULL },
        { "en", "Convoy waits", "The convoy waited at the border on Monday. Sergei Lavrov spoke "
          "by phone with John Kerry about it in recent days, officials said.", NULL, NULL },
        { "fr", "Le convoi attend", "Le convoi attendait lundi à la frontière. Sergueï Lavrov "
          "s'est entretenu au téléphone avec John Kerry à ce sujet ces derniers jours.", NULL,
          NULL },
        { "es", "Combates en Alepo",
          "Los combates se reanudaron el lunes en Alepo. La tregua fue pactada a principios de "
          "este mes en una conversación telefónica entre Serguéi Lavrov y John Kerry.",
          NULL, NULL },
    };
    check_cases(c, none, sizeof none / sizeof none[0], at(2016, 9, 19, 14));
    classify_result_t r = run(c, "en", "Lavrov, Kerry discuss Aleppo by phone",
                              "Sergei Lavrov and John Kerry, who met in Geneva earlier this "
                              "month, discussed Aleppo by phone on Monday.", at(2016, 9, 19, 14));
    expect("a call after a meeting weeks back", &r, "lavrov_kerry_call", "2016-09-19");
    /* the same without a headline: the relative clause's time is its own */
    r = run(c, "en", "", "Sergei Lavrov and John Kerry, who met in Geneva earlier this month, "
            "discussed Aleppo by phone on Monday.", at(2016, 9, 19, 14));
    expect("a relative clause's time", &r, "lavrov_kerry_call", "2016-09-19");
}


/* A readout held "at Washington's request" or "at the Americans' initiative" is the exchange
   of the two sides the sentence before named; "the previous week" tells a recalled call as
   "last week" does (German from the start of a verb-final clause); more verbs of calling
   ("dialled", Ukrainian "подзвонив"), "took stock" and "exchanged opinions". Published
   Monday 19 September 2016. */
static void
test_request_of_washington_and_the_previous_week(void **state)
{
    static const case_t cases[] = {
        { "de", "",
          "Lawrow und Kerry vereinbarten, die Überwachung der Waffenruhe zu verstärken. Das "
          "Gespräch fand am Montag auf Wunsch Washingtons statt.", "lavrov_kerry_call",
          "2016-09-19" },
        { "pl", "",
          "Ławrow i Kerry uzgodnili dalsze konsultacje. Rozmowa odbyła się w poniedziałek z "
          "inicjatywy Amerykanów.", "lavrov_kerry_call", "2016-09-19" },
        { "de", "Gasstreit",
          "Der russische Außenminister Sergej Lawrow, der in der Vorwoche mit John Kerry über "
          "die Energiefrage telefoniert hatte, nannte den Vorschlag eine Grundlage.", NULL, NULL },
        { "sr-latn", "Lavrov u Beogradu",
          "Lavrov je rekao da je o tim temama razgovarao telefonom sa Kerijem prethodne "
          "nedelje.", NULL, NULL },
        { "en", "", "John Kerry dialled Sergei Lavrov on Monday over Aleppo.",
          "lavrov_kerry_call", "2016-09-19" },
        { "uk", "", "Держсекретар США Джон Керрі у понеділок подзвонив Сергію Лаврову.",
          "lavrov_kerry_call", "2016-09-19" },
        /* a wire's "took stock" and the exchange of opinions, where the medium goes unsaid */
        { "fr", "",
          "Sergueï Lavrov et John Kerry ont fait le point lundi sur la trêve en Syrie.",
          "lavrov_kerry_call", "2016-09-19" },
        { "it", "", "Sergej Lavrov e John Kerry hanno fatto il punto lunedì sulla tregua in Siria.",
          "lavrov_kerry_call", "2016-09-19" },
        { "ko", "",
          "라브로프 러시아 외무장관과 케리 미 국무장관은 19일 시리아 휴전에 대해 의견 교환을 했다.",
          "lavrov_kerry_call", "2016-09-19" },
        { "ja", "", "ラブロフ外相とケリー国務長官は19日、シリア情勢について意見を交わした。",
          "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 14));
}

/* Calls tried in vain, the try told apart from the call or the failure after it; a call
   made by people who "have tried" something else stays a call. */
static void
test_tried_in_vain_apart(void **state)
{
    const catalog_t *c = *state;
    static const case_t none[] = {
        { "en", "Kerry fails to reach Lavrov",
          "John Kerry tried for three days to reach Sergei Lavrov by phone but could not get through, a State Department spokeswoman said on Monday.",
          NULL, NULL },
        { "de", "Kerry erreicht Lawrow nicht",
          "John Kerry hat drei Tage lang vergeblich versucht, Sergej Lawrow telefonisch zu erreichen, sagte eine Sprecherin am Montag.",
          NULL, NULL },
        { "zh", "克里三天未能联系上拉夫罗夫",
          "美国国务院发言人19日说，克里三天来一直试图给拉夫罗夫打电话，但未能接通。", NULL, NULL },
        { "tr", "Kerry, Lavrov'a telefonla ulaşamadı",
          "ABD Dışişleri Bakanlığı sözcüsü, Kerry'nin üç gün boyunca Lavrov'a telefonla ulaşmaya çalıştığını ancak başaramadığını söyledi.",
          NULL, NULL },
        { "fr", "Kerry ne parvient pas à joindre Lavrov",
          "John Kerry a tenté pendant trois jours de joindre Sergueï Lavrov au téléphone, sans y parvenir, a indiqué lundi une porte-parole.",
          NULL, NULL },
        { "it", "Kerry non riesce a parlare con Lavrov",
          "John Kerry ha cercato per tre giorni di parlare al telefono con Serghei Lavrov, senza riuscirci, ha detto lunedì una portavoce.",
          NULL, NULL },
        { "no", "", "Kerry forsøkte lørdag å nå Lavrov på telefon, men fikk ikke kontakt.",
          NULL, NULL },
        { "sv", "", "Kerry försökte på lördagen nå Lavrov per telefon, men lyckades inte.", NULL,
          NULL },
        /* the day between the try and its verb ("cherché vendredi à joindre"), and a talk
           that "could not take place" */
        { "fr", "", "John Kerry a cherché vendredi à joindre par téléphone Sergueï Lavrov, mais "
          "l'entretien n'a pas pu avoir lieu.", NULL, NULL },
        { "en", "", "Secretary of State John Kerry was unable on Sunday to reach Russian Foreign "
          "Minister Sergei Lavrov by telephone, the State Department said.", NULL, NULL },
        /* called, but no reply came */
        { "ko", "", "케리 장관은 지난 16일 라브로프 장관에게 전화를 걸었으나 라브로프 장관 측이 사흘 "
          "동안 회신하지 않았다.", NULL, NULL },
        { "ko", "", "케리 장관은 지난 16일 라브로프 장관에게 전화를 걸었지만 러시아 측은 응답하지 "
          "않았다.", NULL, NULL },
    };
    check_cases(c, none, sizeof none / sizeof none[0], at(2016, 9, 19, 14));
    classify_result_t r = run(c, "en", "Lavrov, Kerry talk Syria",
                              "Sergei Lavrov and John Kerry, who have tried for months to broker a "
                              "truce, spoke by phone on Monday about Aleppo.", at(2016, 9, 19, 14));
    expect("a try in a parenthesis", &r, "lavrov_kerry_call", "2016-09-19");
    /* what failed is the agreement, not the call */
    r = run(c, "en", "Lavrov, Kerry fail to agree in phone call",
            "Sergei Lavrov and John Kerry spoke by phone on Monday but failed to agree on a new "
            "ceasefire, officials said.", at(2016, 9, 19, 14));
    expect("but failed to agree", &r, "lavrov_kerry_call", "2016-09-19");
    r = run(c, "en", "Kerry fails to reach Lavrov",
            "Kerry tried to reach Lavrov by phone on Monday but failed to reach him, officials "
            "said.", at(2016, 9, 19, 14));
    expect("but failed to reach", &r, NULL, NULL);
}


static void
test_negated_calls(void **state)
{
    const catalog_t *c = *state;
    classify_result_t r = run(c, "en", "No Lavrov-Kerry phone call took place, Moscow says",
                              "Lavrov and Kerry did not speak by phone on Monday, contrary to earlier "
                              "reports, the ministry said.", at(2016, 5, 10, 9));
    expect("negated en", &r, NULL, NULL);
    r = run(c, "ru", "МИД: разговора не было",
            "Телефонный разговор Лаврова и Керри, о котором сообщали СМИ, не состоялся.",
            at(2016, 5, 10, 9));
    expect("negated ru", &r, NULL, NULL);
    r = run(c, "de", "Moskau dementiert",
            "Es gab kein Telefonat zwischen Lawrow und Kerry, teilte das Ministerium mit.",
            at(2016, 5, 10, 9));
    expect("negated de", &r, NULL, NULL);
    r = run(c, "en", "Lavrov and Kerry will speak by phone on Friday",
            "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry will hold a "
            "phone call later this week, a diplomatic source said.", at(2016, 5, 10, 9));
    expect("future", &r, NULL, NULL);
    r = run(c, "en", "", "Lavrov accused Washington of stalling on Syria. A meeting with Kerry has "
            "not been scheduled, the ministry said.", at(2016, 5, 10, 9));
    expect("not scheduled", &r, NULL, NULL);
    r = run(c, "en", "", "A meeting between Lavrov and Kerry has not taken place, the ministry said.",
            at(2016, 5, 10, 9));
    expect("not taken place", &r, NULL, NULL);
    /* "no call so far", the Italian "alcuna" four words after "non" */
    r = run(c, "it", "", "Lavrov ha detto di essere pronto a parlare con John Kerry, precisando "
            "che finora non c'è stata alcuna telefonata tra loro.", at(2016, 10, 4, 12));
    expect("negated it", &r, NULL, NULL);
}


/* A call denied is no call ("denied reports that ... had spoken by phone", with ", что" /
   ", wonach" after the comma); a denial told in a call ("denied in a phone call with Kerry
   that ...") leaves the call a call. */
static void
test_denied_calls(void **state)
{
    static const case_t cases[] = {
        /* German "vor allem" (above all) is no "before" */
        { "de", "Lawrow und Kerry tauschen sich aus",
          "Sergej Lawrow und John Kerry haben sich am Montag vor allem per Telefon über Syrien "
          "ausgetauscht.", "lavrov_kerry_call", "2016-09-19" },
        /* "refuted", "rejected reports" */
        { "en", "", "The Russian Foreign Ministry on Monday refuted media reports that Sergei "
          "Lavrov and John Kerry had spoken by phone over the weekend.", NULL, NULL },
        { "en", "", "Moscow rejected reports that Lavrov and Kerry discussed Ukraine by phone on "
          "Sunday.", NULL, NULL },
        /* denials after the report they deny, in verb-last languages */
        { "ta", "", "செர்ஜி லாவ்ரோவ் திங்கள்கிழமை ஜான் கெர்ரியுடன் தொலைபேசியில் பேசியதாக வெளியான "
          "செய்திகள் உண்மையல்ல என ரஷ்ய வெளியுறவு அமைச்சகம் தெரிவித்தது.", NULL, NULL },
        { "bn", "", "লাভরভ সোমবার কেরির সঙ্গে ফোনে কথা বলেছেন বলে যে খবর বেরিয়েছে তা সত্য নয়, "
          "জানিয়েছে রুশ পররাষ্ট্র মন্ত্রণালয়।", NULL, NULL },
        { "en", "", "The Russian Foreign Ministry on Monday denied reports that Sergei Lavrov and "
          "John Kerry had spoken by phone over the weekend.", NULL, NULL },
        { "ru", "", "МИД России в понедельник опроверг сообщения о том, что Сергей Лавров и Джон "
          "Керри провели телефонный разговор в выходные.", NULL, NULL },
        { "de", "", "Das russische Außenministerium hat am Montag Berichte dementiert, wonach "
          "Sergej Lawrow und John Kerry am Wochenende telefoniert hätten.", NULL, NULL },
        { "tr", "", "Rusya Dışişleri Bakanlığı, Sergey Lavrov ile John Kerry'nin hafta sonu "
          "telefonda görüştüğü yönündeki haberleri yalanladı.", NULL, NULL },
        { "cs", "", "Ruské ministerstvo zahraničí v pondělí popřelo, že by Sergej Lavrov a John "
          "Kerry o víkendu telefonovali.", NULL, NULL },
        /* through the comma of the denied report ("о том, что"), past a date told with "в" */
        { "ru", "", "Мария Захарова опровергла появившиеся в ряде СМИ сообщения о том, что Сергей "
          "Лавров в выходные обсуждал по телефону с Джоном Керри ситуацию в Сирии.", NULL,
          NULL },
        { "sv", "Uppgift om telefonsamtal mellan Lavrov och Kerry dementeras",
          "Ryska utrikesdepartementet dementerar uppgifter om att Sergej Lavrov och John Kerry "
          "skulle ha talats vid i telefon på söndagen.", NULL, NULL },
        { "nl", "", "Het Russische ministerie van Buitenlandse Zaken heeft maandag ontkend dat "
          "Sergej Lavrov en John Kerry in het weekend telefonisch hebben overlegd.", NULL, NULL },
        { "en", "", "Russian Foreign Minister Sergei Lavrov denied in a phone call with U.S. "
          "Secretary of State John Kerry on Monday that Russian jets had struck the aid convoy.",
          "lavrov_kerry_call", "2016-09-19" },
        { "es", "", "Serguéi Lavrov desmintió el lunes en una conversación telefónica con John "
          "Kerry que aviones rusos hubieran atacado el convoy.", "lavrov_kerry_call",
          "2016-09-19" },
        /* the present tense, the neuter of a ministry */
        { "es", "", "La cancillería rusa niega que Lavrov y Kerry hayan hablado por teléfono este "
          "fin de semana.", NULL, NULL },
        { "ru", "", "МИД России опровергло сообщения о телефонном разговоре Лаврова и Керри в "
          "выходные.", NULL, NULL },
        { "uk", "", "У МЗС Росії заперечили, що Лавров і Керрі розмовляли телефоном у вихідні.",
          NULL, NULL },
        /* "allegedly" after the comma that ends the denial's clause */
        { "pl", "", "Rosyjskie MSZ dementuje doniesienia, jakoby Ławrow i Kerry rozmawiali w "
          "weekend przez telefon.", NULL, NULL },
        { "ru", "", "В МИД России назвали ложью сообщения о том, что Лавров и Керри якобы "
          "провели телефонный разговор в выходные.", NULL, NULL },
        { "ru", "", "Лавров и Керри в понедельник обсудили по телефону якобы имевшее место "
          "нарушение перемирия.", "lavrov_kerry_call", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 15));
}


/* A call told as a condition ("if Lavrov and Kerry speak by phone this week") or a
   question ("whether") has not been told as happening. */
static void
test_conditional_calls(void **state)
{
    static const case_t cases[] = {
        { "en", "", "If Lavrov and Kerry speak by phone this week, they may agree on a new truce, "
          "diplomats said on Monday.", NULL, NULL },
        { "ru", "", "Если Лавров и Керри обсудят ситуацию по телефону на этой неделе, они могут "
          "договориться о новом перемирии, считают дипломаты.", NULL, NULL },
        { "ar", "", "إذا تحدث لافروف وكيري هاتفيا هذا الأسبوع فقد يتفقان على هدنة جديدة، بحسب "
          "دبلوماسيين.", NULL, NULL },
        { "en", "", "Asked whether Lavrov and Kerry had spoken by phone, the spokeswoman declined "
          "to comment.", NULL, NULL },
        { "el", "", "Αν ο Λαβρόφ και ο Κέρι συνομιλήσουν τηλεφωνικά αυτή την εβδομάδα, μπορεί να "
          "συμφωνήσουν σε νέα εκεχειρία.", NULL, NULL },
        { "hu", "", "Ha Lavrov és Kerry a héten telefonon egyeztet, új tűzszünetben állapodhatnak "
          "meg, mondták diplomaták.", NULL, NULL },
        { "zh", "", "外交人士说，如果拉夫罗夫和克里本周通电话，他们可能就新的停火达成一致。", NULL,
          NULL },
        { "tr", "", "Lavrov ve Kerry bu hafta telefonda görüşürse yeni bir ateşkes üzerinde "
          "anlaşabilirler, dedi diplomatlar.", NULL, NULL },
        { "tr", "", "Lavrov ve Kerry pazartesi günü telefonda görüşerek Suriye'yi ele aldı.",
          "lavrov_kerry_call", "2016-10-10" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 10, 10, 15));
}


/* A call asked for has not happened; a call held at someone's request has. */
static void
test_requested_calls(void **state)
{
    static const case_t cases[] = {
        { "en", "", "The U.S. side has requested a telephone conversation between Sergei Lavrov "
          "and John Kerry, the Russian Foreign Ministry said on Monday.", NULL, NULL },
        { "ru", "", "Американская сторона запросила телефонный разговор Сергея Лаврова и Джона "
          "Керри, сообщили в понедельник в МИД России.", NULL, NULL },
        /* Russian: no time found for a call, proposals of one unanswered */
        { "ru", "", "МИД России пожаловался, что госсекретарь США Джон Керри не находит времени "
          "для телефонного разговора с Сергеем Лавровым.", NULL, NULL },
        { "ru", "", "«Наши предложения о телефонном контакте Лаврова с Керри остаются без "
          "ответа», — заявил дипломат.", NULL, NULL },
        /* Tagalog "has still not been able to talk by phone" */
        { "tl", "", "Hindi pa rin nakakausap sa telepono ni US Secretary of State John Kerry si "
          "Sergei Lavrov, ayon sa State Department.", NULL, NULL },
        /* a headline's present tense: "demande un entretien" */
        { "fr", "Washington demande un entretien Kerry-Lavrov", "Le département d'Etat a "
          "indiqué dimanche que John Kerry attendait toujours une réponse de Moscou.", NULL,
          NULL },
        /* the plural ("no requests for"), in a denial of attempts to reach him */
        { "ru", "", "Захарова опровергла сообщения о том, что Керри пытался связаться с "
          "Сергеем Лавровым. «Никаких запросов на телефонный разговор Лаврова и Керри от "
          "американской стороны не поступало», — написала она.", NULL, NULL },
        { "de", "", "Die US-Seite hat ein Telefonat zwischen Sergej Lawrow und John Kerry "
          "beantragt, teilte das russische Außenministerium am Montag mit.", NULL, NULL },
        { "es", "", "La parte estadounidense solicitó una conversación telefónica entre Serguéi "
          "Lavrov y John Kerry, informó el lunes la cancillería rusa.", NULL, NULL },
        { "en", "", "Sergei Lavrov and John Kerry held a telephone conversation on Monday at the "
          "request of the U.S. side, the ministry said.", "lavrov_kerry_call", "2016-11-07" },
        { "ru", "", "По просьбе американской стороны в понедельник состоялся телефонный разговор "
          "Сергея Лаврова и Джона Керри.", "lavrov_kerry_call", "2016-11-07" },
        { "en", "", "Kerry requested the call, in which he and Lavrov discussed Aleppo on Monday, "
          "the State Department said.", "lavrov_kerry_call", "2016-11-07" },
        /* asked for, in other words and tenses */
        { "ru", "", "Американская сторона дважды запрашивала телефонный разговор Лаврова и Керри, "
          "однако затем сама же его отменяла.", NULL, NULL },
        { "ru", "", "Керри попросил о телефонном разговоре с Лавровым, а потом отказался от него.",
          NULL, NULL },
        { "de", "", "Kerry hatte um ein Telefonat mit Lawrow gebeten, es dann aber abgesagt, "
          "teilte das russische Außenministerium mit.", NULL, NULL },
        { "fr", "", "Kerry avait demandé un entretien téléphonique avec Lavrov avant de l'annuler, "
          "selon la diplomatie russe.", NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 11, 7, 15));
}


/* A call refused, cancelled or only planned, with the verb first or the participle after the
   noun. */
static void
test_refused_cancelled_planned(void **state)
{
    static const case_t cases[] = {
        { "en", "Kerry tries to reach Lavrov",
          "U.S. Secretary of State John Kerry tried to call Russian Foreign Minister Sergei Lavrov "
          "on Saturday but the Russian side declined the call, an official said.", NULL, NULL },
        { "es", "Cancelada la llamada entre Lavrov y Kerry",
          "La conversación telefónica prevista entre el canciller ruso, Serguéi Lavrov, y el "
          "secretario de Estado de EEUU, John Kerry, fue cancelada el sábado.", NULL, NULL },
        { "pt", "Cancelado telefonema entre Lavrov e Kerry",
          "O telefonema previsto para sábado entre o chanceler russo, Serguei Lavrov, e o "
          "secretário de Estado dos EUA, John Kerry, foi cancelado.", NULL, NULL },
        { "el", "Ακυρώθηκε η τηλεφωνική επικοινωνία Λαβρόφ - Κέρι",
          "Η προγραμματισμένη για το Σάββατο τηλεφωνική συνομιλία του Ρώσου υπουργού Εξωτερικών "
          "Σεργκέι Λαβρόφ με τον υπουργό Εξωτερικών των ΗΠΑ Τζον Κέρι ακυρώθηκε.", NULL, NULL },
        { "es", "Lavrov y Kerry hablan por teléfono",
          "El canciller ruso, Serguéi Lavrov, y el secretario de Estado de EEUU, John Kerry, "
          "hablaron por teléfono el sábado sobre Siria.", "lavrov_kerry_call", "2016-10-01" },
        /* a try in the Dutch perfect */
        { "nl", "", "Kerry heeft zondag vergeefs geprobeerd Lavrov telefonisch te bereiken.", NULL,
          NULL },
        /* Korean "planned" after the noun ("통화 계획") */
        { "ko", "", "러시아 외무부는 라브로프 장관과 케리 장관의 전화 통화가 현재 계획돼 있지 않다고 "
          "밝혔다.", NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 10, 1, 20));
}


/* A call that went unanswered, one "to be held" with the Persian verb far after, one expected
   (sv "väntas"), one that could not be made (pt, es), talks threatened with suspension, one
   whose scheduling a spokeswoman would not confirm: none took place. */
static void
test_unanswered_expected_suspended(void **state)
{
    static const case_t cases[] = {
        { "en", "Kerry's calls to Lavrov go unanswered",
          "Secretary of State John Kerry has tried twice to get through to Sergei Lavrov, "
          "officials said.", NULL, NULL },
        { "fa", "", "سرگئی لاوروف قرار است امروز با جان کری درباره آتش‌بس در سوریه گفت‌وگوی تلفنی "
          "داشته باشد.", NULL, NULL },
        { "sv", "", "John Kerry väntas under onsdagen tala i telefon med Sergej Lavrov om Iran.",
          NULL, NULL },
        { "pt", "Kerry não consegue falar com Lavrov e ameaça suspender diálogo", "", NULL, NULL },
        { "es", "", "John Kerry no consiguió hablar por teléfono con Serguéi Lavrov este "
          "lunes.", NULL, NULL },
        /* whether a call is scheduled */
        { "pt", "", "A porta-voz recusou dizer se um telefonema entre John Kerry e Serguei "
          "Lavrov já está agendado.", NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 20));
}

/* A sentence that asks reports nothing: a briefing's question whose answer says no more
   ("Провел ли сегодня ... телефонный разговор ...?", "هل أجرى ... اتصالا هاتفيا ...؟"), while
   the answer that confirms the call still tells it. "No" reaches over two words: "No new
   Kerry call with Lavrov". */
static void
test_questions_and_no_new_call(void **state)
{
    static const case_t none[] = {
        { "ru", "Брифинг", "Вопрос: Провел ли сегодня Сергей Лавров телефонный разговор с "
          "Джоном Керри?\nОтвет: Информации об этом у меня пока нет.", NULL, NULL },
        { "ar", "مؤتمر صحفي", "سؤال: هل أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا "
          "مع نظيره الأمريكي جون كيري اليوم؟\nالجواب: لا أملك معلومات عن ذلك.", NULL, NULL },
        { "en", "No new Kerry call with Lavrov, official says", "A State Department official "
          "said there were no plans for the moment.", NULL, NULL },
    };
    check_cases(*state, none, sizeof none / sizeof none[0], at(2016, 5, 9, 19));
    static const case_t answered[] = {
        { "en", "Daily press briefing", "QUESTION: Did the Secretary speak by phone with Foreign "
          "Minister Lavrov today?\nMR KIRBY: He did. The Secretary spoke by phone with Foreign "
          "Minister Lavrov this morning about Aleppo.", "lavrov_kerry_call", "2016-05-09" },
    };
    check_cases(*state, answered, 1, at(2016, 5, 9, 19));
}

/* A call that "could not take place" or "never happened", told after the call's noun and
   whatever names and relative clause follow it; a call that did happen, with another event
   that did not after it, stays a call. */
static void
test_calls_that_did_not_happen(void **state)
{
    static const case_t none[] = {
        { "en", "Moscow says call postponed", "A telephone conversation between Sergei Lavrov "
          "and John Kerry, expected on Wednesday, could not take place, the Russian foreign "
          "ministry said.", NULL, NULL },
        { "en", "", "The phone call between Lavrov and Kerry that had been planned for Tuesday "
          "never happened, a diplomat said.", NULL, NULL },
        { "en", "", "The Lavrov-Kerry telephone call did not happen, Zakharova said.", NULL,
          NULL },
    };
    check_cases(*state, none, sizeof none / sizeof none[0], at(2016, 8, 31, 15));
    static const case_t held[] = {
        { "en", "", "Sergei Lavrov and John Kerry spoke by phone on Tuesday about the Geneva "
          "round, which did not take place last week.", "lavrov_kerry_call", "2016-08-30" },
        { "en", "", "Sergei Lavrov and John Kerry spoke by phone on Tuesday after a planned "
          "meeting of their deputies did not happen.", "lavrov_kerry_call", "2016-08-30" },
    };
    check_cases(*state, held, sizeof held / sizeof held[0], at(2016, 8, 31, 15));
}

/* A call only tried for or still to come: "attempts to set up a call", "they'll speak at
   some point"; a call held after days of attempts is still a call. */
static void
test_attempts_and_yet_to(void **state)
{
    static const case_t cases[] = {
        { "en", "", "Despite repeated attempts to set up a phone call with Sergei Lavrov, John "
          "Kerry's office said on Tuesday they'll speak at some point.", NULL, NULL },
        { "en", "", "John Kerry spoke by phone with Sergei Lavrov on Tuesday after days of "
          "attempts to reach him, officials said.", "lavrov_kerry_call", "2013-09-03" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2013, 9, 3, 18));
}

/* Korean puts "could not" after the noun ("통화 못해"), and a call that "will take place"
   ("통화가 이뤄질 것으로 기대한다") has not; a call held stays one. */
static void
test_korean_could_not_and_will(void **state)
{
    static const case_t cases[] = {
        { "ko", "케리 국무장관, 라브로프 외무장관과 통화 못해", "미 국무부는 존 케리 국무장관이 "
          "세르게이 라브로프 러시아 외무장관과 가능한 한 빨리 통화가 이뤄질 것으로 기대한다고 "
          "밝혔다.", NULL, NULL },
        { "ko", "케리, 라브로프와 통화", "존 케리 미 국무장관은 14일 세르게이 라브로프 러시아 "
          "외무장관과 전화 통화를 했다고 국무부가 밝혔다.", "lavrov_kerry_call", "2013-02-14" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2013, 2, 15, 1));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_recalled_suspended_unscheduled),
        cmocka_unit_test(test_maybe_not_yet_weeks_back),
        cmocka_unit_test(test_request_of_washington_and_the_previous_week),
        cmocka_unit_test(test_tried_in_vain_apart),
        cmocka_unit_test(test_negated_calls),
        cmocka_unit_test(test_denied_calls),
        cmocka_unit_test(test_conditional_calls),
        cmocka_unit_test(test_requested_calls),
        cmocka_unit_test(test_refused_cancelled_planned),
        cmocka_unit_test(test_unanswered_expected_suspended),
        cmocka_unit_test(test_questions_and_no_new_call),
        cmocka_unit_test(test_calls_that_did_not_happen),
        cmocka_unit_test(test_attempts_and_yet_to),
        cmocka_unit_test(test_korean_could_not_and_will),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

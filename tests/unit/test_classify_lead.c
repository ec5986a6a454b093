/* SPDX-License-Identifier: MIT
 *
 * test_classify_lead — which part of a page tells the story, against the shipped catalog
 * (classify_lead.c, classify_weigh_units): a headline over the body it shortens, a lead that
 * takes in the paragraph naming the speaker or the other party, chrome before the story, and
 * pages far longer than any story. The texts are written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "classify_cases.h"
#include "events/classify.h"
#include "ww_buf.h"

/* A headline's "talks" is short for the phone talks the body tells; a body that first uses the
   word bare, for a meeting, means the meeting, whatever call it recalls later. */
static void
test_headline_short_for_body(void **state)
{
    static const case_t cases[] = {
        { "fr", "Syrie : pourparlers Lavrov-Kerry", "Sergueï Lavrov et John Kerry ont tenu lundi "
          "des pourparlers téléphoniques sur le cessez-le-feu.", "lavrov_kerry_call", "2016-09-19" },
        { "es", "Negociaciones entre Lavrov y Kerry", "Serguéi Lavrov y John Kerry mantuvieron el "
          "lunes negociaciones telefónicas sobre la tregua.", "lavrov_kerry_call", "2016-09-19" },
        { "ar", "محادثات لافروف وكيري", "أجرى لافروف وكيري محادثات هاتفية تناولت التسوية في "
          "سوريا.\nوكان الوزيران قد التقيا في موسكو الشهر الماضي.", "lavrov_kerry_call",
          "2016-09-19" },
        { "ja", "米ロ外相が会談", "ラブロフ外相とケリー米国務長官は19日、ジュネーブで会談した。"
          "両外相は先週電話会談したばかりだ。", "lavrov_kerry_meeting", "2016-09-19" },
        { "ru", "Переговоры Лаврова и Керри в Женеве", "Сергей Лавров и Джон Керри в понедельник "
          "провели переговоры в Женеве. Накануне они провели телефонные переговоры.",
          "lavrov_kerry_meeting", "2016-09-19" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 20));
}

/* A headline and a lead that tell what was said ("Russia urges U.S. to rein in rebels") and
   name no one: the wire names who said it, and where, in the next paragraph, which is the
   lead's then. A call that paragraph recalls is still a recollection. */
static void
test_lead_reaches_the_speaker(void **state)
{
    static const case_t cases[] = {
        { "en", "Russia urges U.S. to rein in Syrian rebels",
          "MOSCOW, Sept 19 (Reuters) - Russia called on the United States on Monday to rein in "
          "rebel groups in Aleppo.\nThe Russian foreign ministry said the situation around the "
          "city was deteriorating.\nForeign Minister Sergei Lavrov made the demand in a telephone "
          "conversation with U.S. Secretary of State John Kerry, the ministry said.\nThe "
          "ministers also discussed humanitarian aid.", "lavrov_kerry_call", "2016-09-19" },
        { "de", "Moskau fordert von Washington Druck auf Rebellen",
          "Russland hat die USA aufgefordert, die Rebellen in Aleppo zu zügeln.\nDie Lage um die "
          "Stadt verschlechtere sich, teilte das Außenministerium in Moskau mit.\nDas sagte "
          "Außenminister Sergej Lawrow in einem Telefonat mit seinem US-Kollegen John Kerry.",
          "lavrov_kerry_call", "2016-09-19" },
        { "en", "Russia urges U.S. to rein in Syrian rebels",
          "Russia called on the United States on Monday to rein in rebel groups in Aleppo.\nThe "
          "Russian foreign ministry said the situation around the city was deteriorating.\n"
          "Lavrov raised the issue with Kerry by phone last week.", NULL, NULL },
        { "ja", "シリア アレッポで一時停戦延長",
          "アレッポでの一時的な停戦について、アメリカとロシアは期間を延長することで合意した。\n"
          "停戦はおおむね守られているという。\nこれに先立ち、ラブロフ外相とケリー国務長官が"
          "電話で会談していた。", NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 15));
}

/* An excerpt that starts mid-story: the lead tells what Lavrov said, the next paragraph in
   what call. The lead takes it in when it names Lavrov again, or tells an action with one
   other actor and no one else; a call it dates days back
   is recalled, and "Earlier this month," reaches past its comma. */
static void
test_lead_takes_in_the_call(void **state)
{
    static const case_t cases[] = {
        { "en", "",
          "\"The Syrian authorities have long been ready to let the fighters leave the city,\" "
          "the ministry's statement said.\n\nLavrov stressed that the rebels keep refusing a "
          "ceasefire under pressure from their commanders.\n\nDuring the conversation, Lavrov "
          "and Kerry also touched on Yemen and Libya.", "lavrov_kerry_call", "2016-12-14" },
        { "ru", "",
          "«Сирийские власти давно готовы выпустить боевиков из города», говорится в сообщении "
          "министерства.\n\nЛавров подчеркнул, что боевики отказываются от прекращения огня."
          "\n\nВ ходе разговора Лавров и Керри также затронули ситуацию в Йемене.",
          "lavrov_kerry_call", "2016-12-14" },
        { "es", "",
          "\"Las autoridades sirias llevan tiempo dispuestas a dejar salir a los combatientes\", "
          "señaló el comunicado de la cancillería.\n\nLavrov subrayó que los rebeldes se niegan "
          "a un alto el fuego.\n\nDurante la conversación, Lavrov y Kerry abordaron también la "
          "situación en Yemen.", "lavrov_kerry_call", "2016-12-14" },
        { "en", "",
          "Russian Foreign Minister Sergei Lavrov told reporters in Moscow on Wednesday that "
          "Russia would not accept new sanctions.\n\nLavrov said the West was trying to isolate "
          "Russia.\n\nEarlier this month, Lavrov and Kerry discussed Ukraine by phone.", NULL,
          NULL },
        { "de", "",
          "Der russische Außenminister Sergej Lawrow hat am Mittwoch in Moskau neue Sanktionen "
          "zurückgewiesen.\n\nLawrow sagte, der Westen wolle Russland isolieren.\n\nZuletzt "
          "hatten Lawrow und Kerry am 2. Dezember telefoniert.", NULL, NULL },
        { "en", "",
          "Russian stocks rebounded on Wednesday after President Vladimir Putin ordered troops "
          "back to their bases.\n\nThe index rose 5 percent.\n\nLavrov and Kerry discussed "
          "the sanctions by phone on Tuesday.", NULL, NULL },
        /* ... or names only the other party, with the call ("the minister", "er") */
        { "en", "Moscow urges Washington to rein in Aleppo rebels",
          "Russian Foreign Minister Sergei Lavrov said on Wednesday that the rebels in eastern "
          "Aleppo were refusing every offer of safe passage.\n\nHe added that the Syrian army "
          "had opened four corridors.\n\nThe minister made the remarks in a telephone "
          "conversation with U.S. Secretary of State John Kerry, the ministry said.",
          "lavrov_kerry_call", "2016-12-14" },
        { "de", "Moskau fordert Druck auf Rebellen",
          "Der russische Außenminister Sergej Lawrow hat am Mittwoch die Rebellen in Aleppo zum "
          "Abzug aufgefordert.\n\nDie syrische Armee habe vier Korridore geöffnet.\n\nDas "
          "sagte er in einem Telefonat mit US-Außenminister John Kerry.", "lavrov_kerry_call",
          "2016-12-14" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 12, 14, 20));
}

/* A lead that names the speaker alone, then a paragraph that names him alone again (what he
   said), then the one that tells the call with the other: both paragraphs join the lead. */
static void
test_lead_takes_in_the_call_later(void **state)
{
    static const case_t cases[] = {
        { "ru", "Лавров предостерег Вашингтон от поспешных шагов",
          "Глава МИД России Сергей Лавров предостерег США от «поспешных шагов» в связи с "
          "ситуацией на Украине.\n"
          "Российский министр подчеркнул, что введение санкций ударит по самим США.\n"
          "Лавров обратил внимание собеседника на разгул радикалов в Киеве.\n"
          "Беседа с госсекретарем США Джоном Керри прошла по телефону в субботу.",
          "lavrov_kerry_call", "2014-03-08" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 3, 9, 10));
}

/* An excerpt cut from the middle of a story, under a title (or an address) that names the
   two ministers and nothing they did: the lead tells what one of them said, the next
   paragraph what the other said, and the story is the first sentence that tells an action
   and names both. One they recall, or one to come, is not; nor is one under a title that
   names a third actor, or over a lead that tells an action of its own. */
static void
test_title_pair_takes_in_their_action(void **state)
{
    static const case_t cases[] = {
        { "en", "lavrov kerry syria aleppo",
          "Lavrov stressed that the armed groups keep violating the truce, the Russian Foreign "
          "Ministry said.\n\"Moscow expects Washington to honour its commitments,\" the statement "
          "said.\nAccording to the ministry, the U.S. Secretary of State said Washington was "
          "working with the opposition.\nThe ministers also touched on aid deliveries.\nLavrov "
          "briefed Kerry on the steps the Syrian government has taken to help civilians.",
          "lavrov_kerry_call", "2016-12-14" },
        { "ru", "лавров керри сирия",
          "Лавров подчеркнул, что боевики продолжают нарушать режим прекращения огня, сообщил "
          "МИД России.\n«Москва рассчитывает, что Вашингтон выполнит свои обязательства», "
          "говорится в сообщении.\nПо данным министерства, госсекретарь США заявил, что "
          "Вашингтон работает с оппозицией.\nЛавров проинформировал Керри о мерах сирийского "
          "правительства по помощи мирным жителям.", "lavrov_kerry_call", "2016-12-14" },
        { "es", "lavrov kerry siria",
          "Lavrov subrayó que los grupos armados siguen sin respetar la tregua, según la "
          "cancillería rusa.\n\"Moscú espera que Washington cumpla sus compromisos\", indica la "
          "nota.\nSegún el ministerio ruso, el secretario de Estado de EEUU dijo que Washington "
          "trabaja con la oposición.\nLavrov y Kerry discutieron además la situación humanitaria "
          "en Alepo.", "lavrov_kerry_call", "2016-12-14" },
        { "en", "lavrov kerry syria aleppo",
          "Lavrov stressed that the armed groups keep violating the truce, the Russian Foreign "
          "Ministry said.\n\"Moscow expects Washington to honour its commitments,\" the statement "
          "said.\nAccording to the ministry, the U.S. Secretary of State said Washington was "
          "working with the opposition.\nLavrov and Kerry discussed the truce when they met in "
          "Geneva last month.", NULL, NULL },
        { "en", "lavrov kerry syria aleppo",
          "Lavrov stressed that the armed groups keep violating the truce, the Russian Foreign "
          "Ministry said.\n\"Moscow expects Washington to honour its commitments,\" the statement "
          "said.\nAccording to the ministry, the U.S. Secretary of State said Washington was "
          "working with the opposition.\nLavrov and Kerry are expected to discuss the truce next "
          "week.", NULL, NULL },
        { "en", "lavrov kerry zarif syria",
          "Lavrov stressed that the armed groups keep violating the truce, the Russian Foreign "
          "Ministry said.\n\"Moscow expects Washington to honour its commitments,\" the statement "
          "said.\nAccording to the ministry, the U.S. Secretary of State said Washington was "
          "working with the opposition.\nLavrov briefed Kerry on the steps the Syrian government "
          "has taken to help civilians.", NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 12, 14, 12));
}

/* A readout that tells what Lavrov said, then "The conversation with Kerry took place at the
   American side's initiative": a lead sentence that opens with the action and names its
   object only tells the action of the one the lead named. Not a question about a
   conversation, nor the conversation of someone else. */
static void
test_lead_object_of_the_action(void **state)
{
    static const case_t cases[] = {
        { "en", "", "Russian Foreign Minister Sergei Lavrov said on Wednesday that the armed groups "
          "keep violating the truce in Aleppo.\nThe conversation with John Kerry took place at the "
          "initiative of the American side, the ministry said.", "lavrov_kerry_call",
          "2016-12-14" },
        { "ru", "", "Министр иностранных дел России Сергей Лавров заявил в среду, что боевики "
          "нарушают перемирие.\nРазговор с Джоном Керри состоялся по инициативе американской "
          "стороны.", "lavrov_kerry_call", "2016-12-14" },
        { "de", "", "Der russische Außenminister Sergej Lawrow sagte am Mittwoch, die Rebellen "
          "brächen die Waffenruhe.\nDas Gespräch mit John Kerry fand auf Initiative der "
          "amerikanischen Seite statt.", "lavrov_kerry_call", "2016-12-14" },
        { "fr", "", "Le ministre russe des Affaires étrangères Sergueï Lavrov a déclaré mercredi "
          "que les rebelles violaient la trêve.\nL'entretien avec John Kerry a eu lieu à "
          "l'initiative de la partie américaine.", "lavrov_kerry_call", "2016-12-14" },
        { "en", "", "Russian Foreign Minister Sergei Lavrov said on Wednesday that the armed groups "
          "keep violating the truce in Aleppo.\nAsked about a conversation with Kerry, he "
          "declined to comment.", NULL, NULL },
        { "ru", "", "Министр иностранных дел России Сергей Лавров заявил в среду, что боевики "
          "нарушают перемирие.\nОтвечая на вопрос о возможном разговоре с Керри, он отказался "
          "от комментариев.", NULL, NULL },
        { "en", "", "Iranian Foreign Minister Mohammad Javad Zarif said on Wednesday that the "
          "truce must hold.\nThe conversation with John Kerry took place at the initiative of "
          "the American side.", NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 12, 14, 20));
}

/* A readout's "at the initiative of" in more of its forms: Arabic "الطرف" (the party) for the
   side, Spanish "por iniciativa", German "der USA", Chinese "应美方倡议". The call it tells
   outweighs the talks with the opposition that the two urged on the Syrian government. */
static void
test_readout_initiative_forms(void **state)
{
    static const case_t cases[] = {
        { "ar", "", "وأضافت الوزارة، أن لافروف وكيري أكدا ضرورة أن تواصل الحكومة السورية "
          "المحادثات مع كل أطياف المعارضة.\nوجاءت المكالمة الهاتفية بمبادرة من الطرف الأمريكي.",
          "lavrov_kerry_call", "2016-05-09" },
        { "es", "", "Lavrov y Kerry subrayaron la necesidad de que el Gobierno sirio continúe las "
          "negociaciones con toda la oposición.\nLa conversación se celebró por iniciativa de la "
          "parte estadounidense.", "lavrov_kerry_call", "2016-05-09" },
        { "de", "", "Lawrow und Kerry betonten, die syrische Regierung müsse die Verhandlungen mit "
          "der gesamten Opposition fortsetzen.\nDas Gespräch fand auf Initiative der USA statt.",
          "lavrov_kerry_call", "2016-05-09" },
        { "zh", "", "拉夫罗夫与克里强调，叙利亚政府必须继续与所有反对派进行谈判。\n"
          "俄外交部说，此次交谈是应美方倡议进行的。", "lavrov_kerry_call", "2016-05-09" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 5, 9, 15));
}

/* A live blog: each entry that opens with a clock time, or lies under a clock's line, tells a
   story of its own, however far down; one time at the top of an article makes no live blog. */
static void
test_live_blog_entries(void **state)
{
    static const case_t cases[] = {
        { "fr", "Crise en Ukraine", "Samedi 12 avril 2014\n17h05 Des hommes armés prorusses se "
          "sont emparés du commissariat de Slaviansk.\n18h20 Kiev dénonce une agression et "
          "annonce une opération antiterroriste.\n18h45 Les routes vers la ville sont bloquées.\n"
          "19h10 Sergueï Lavrov et John Kerry se sont "
          "entretenus par téléphone.\n20h00 Le département d'Etat confirme l'entretien.",
          "lavrov_kerry_call", "2014-04-12" },
        { "ru", "Ситуация на Украине", "16:05 Вооруженные люди захватили здание милиции в "
          "Славянске.\n16:30 Киев объявил об антитеррористической операции.\n16:40 Дороги к "
          "городу перекрыты.\n16:47 Лавров и "
          "Керри провели телефонный разговор.\n17:20 Госдепартамент подтвердил разговор.",
          "lavrov_kerry_call", "2014-04-12" },
        { "en", "Ukraine crisis deepens", "18:05 Armed men seized the police station in "
          "Slaviansk.\nKiev denounced what it called aggression and announced an operation.\n"
          "The government said it would restore order within days.\nOfficials in the region "
          "said the roads were blocked.\nLavrov and Kerry spoke by phone on Saturday, the "
          "ministry said.", NULL, NULL },
        /* the clock on a line of its own, over the entry */
        { "en", "Ukraine crisis - live", "6.05pm BST\nArmed men have seized the police "
          "station in Slaviansk.\nKiev denounced what it called aggression.\n\n5.40pm BST\n"
          "The government said it would restore order.\n\n4.47pm BST\nRussia's foreign "
          "ministry says Sergei Lavrov has just spoken by phone with the US secretary of state, "
          "John Kerry.\nThe two agreed to stay in touch.\n\n3.10pm BST\nThe roads to the town "
          "are blocked.", "lavrov_kerry_call", "2014-04-12" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 4, 12, 20));
}

/* A readout cut after its first paragraph: what Lavrov said, what Kerry said, then "The sides
   also discussed ..." right after the lead, naming no one: the lead's two are its parties, as
   tightly as if the sentence named them ("стороны", "両外相"). After a meeting the lead tells,
   "the two ministers discussed" is the meeting's. */
static void
test_pair_words_after_the_lead(void **state)
{
    static const case_t cases[] = {
        { "ru", "", "С.В.Лавров подчеркнул необходимость срочных мер по деэскалации ситуации.\n"
          "Дж.Керри заверил, что Вашингтон будет побуждать Киев к конкретным шагам.\nСтороны "
          "обсудили также предстоящие контакты.", "lavrov_kerry_call", "2014-04-12" },
        { "en", "", "Lavrov stressed the need for urgent steps to calm the situation.\nKerry said "
          "Washington would urge Kiev to take concrete steps.\nThe two ministers also discussed "
          "the next round of talks.", "lavrov_kerry_call", "2014-04-12" },
        { "ja", "", "ラブロフ外相は事態の沈静化に向けた緊急の措置が必要だと強調した。\nケリー国務長官は"
          "米国がキエフに具体的な措置を促すと述べた。\n両外相は次回の協議についても話し合った。",
          "lavrov_kerry_call", "2014-04-12" },
        { "en", "", "Kerry met Lavrov in Paris on Saturday to prepare the Geneva conference.\nThe "
          "two ministers discussed a ceasefire in Aleppo and an exchange of prisoners.",
          "lavrov_kerry_meeting", "2014-04-12" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 4, 12, 20));
}

/* A lead that tells the call without its parties ("the two ministers") names them in the
   paragraphs after it, one each. */
static void
test_lead_meets_both_parties(void **state)
{
    static const case_t cases[] = {
        { "en", "Phone call on Syria",
          "The two ministers spoke by phone on Wednesday at the American side's initiative.\n"
          "Russian Foreign Minister Sergei Lavrov urged Washington to keep its commitments.\n"
          "Secretary of State John Kerry said the ceasefire must hold.", "lavrov_kerry_call",
          "2016-12-14" },
        { "fr", "",
          "Lors de leur conversation téléphonique, les deux ministres ont évoqué la situation à "
          "Alep.\n\nSergueï Lavrov a souligné la nécessité de séparer l'opposition des "
          "terroristes.\n\nJohn Kerry a pour sa part insisté sur l'aide humanitaire.",
          "lavrov_kerry_call", "2016-12-14" },
        { "en", "Phone call on Syria",
          "The two ministers spoke by phone on Wednesday.\nRussian Foreign Minister Sergei "
          "Lavrov urged the West to keep its commitments.\nIranian Foreign Minister Mohammad "
          "Javad Zarif said the ceasefire must hold.", "lavrov_foreign_minister_call",
          "2016-12-14" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 12, 14, 20));
}

/* A story whose headline and lead are the topic tells, further down, the two named together
   on a day of the news, and the next sentence goes on about it: one of the story's items. A
   lone sentence, an undated one or a recollection is a line in passing. */
static void
test_dated_pair_told_on(void **state)
{
    static const case_t cases[] = {
        { "en", "Shelling resumes around Donetsk airport",
          "Heavy shelling was heard around the airport of Donetsk on Saturday, residents said.\n"
          "Local officials reported damage to two schools and a hospital.\n"
          "The army said it had returned fire.\nThe rebels denied firing first.\n\n"
          "Sergei Lavrov and John Kerry discussed the fighting by phone on Saturday.\n"
          "Kerry urged Moscow to use its influence with the separatists, an official said.",
          "lavrov_kerry_call", "2014-04-12" },
        { "pl", "Naloty na Aleppo",
          "Wschodnie dzielnice Aleppo były w sobotę celem ciężkich nalotów.\n"
          "Według tzw. Białych Hełmów zginęło wiele osób.\n"
          "Armia ogłosiła początek ofensywy.\nONZ ostrzega przed katastrofą.\n\n"
          "W sobotę Siergiej Ławrow i John Kerry ponownie rozmawiali przez telefon.\n"
          "Kerry wezwał Rosję do wstrzymania nalotów.", "lavrov_kerry_call", "2014-04-12" },
        { "en", "Shelling resumes around Donetsk airport",
          "Heavy shelling was heard around the airport of Donetsk on Saturday, residents said.\n"
          "Local officials reported damage to two schools and a hospital.\n"
          "The army said it had returned fire.\nThe rebels denied firing first.\n\n"
          "Sergei Lavrov and John Kerry discussed the fighting by phone on Saturday.",
          NULL, NULL },
        { "en", "Shelling resumes around Donetsk airport",
          "Heavy shelling was heard around the airport of Donetsk on Saturday, residents said.\n"
          "Local officials reported damage to two schools and a hospital.\n"
          "The army said it had returned fire.\nThe rebels denied firing first.\n\n"
          "Sergei Lavrov and John Kerry have discussed the fighting by phone.\n"
          "Kerry urged Moscow to use its influence with the separatists, an official said.",
          NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 4, 12, 20));
}

/* A page whose first paragraphs are chrome still has a lead: the story's top. */
static void
test_chrome_before_the_story(void **state)
{
    const catalog_t *c = *state;
    classify_result_t r = run(c, "en", "",
                              "Subscribe to our newsletter for the best stories every morning.\n"
                              "We value your privacy and use cookies to improve your experience.\n"
                              "Lavrov and Kerry talk by phone about Aleppo\n"
                              "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State "
                              "John Kerry talked by phone on Wednesday about the situation in "
                              "Aleppo, the Russian ministry said.", at(2016, 9, 21, 18));
    expect("chrome first", &r, "lavrov_kerry_call", "2016-09-21");
}

/* The page's other headlines, below a short story ("Latest news", a news feed with times, a
   list under a story that names no one): beside the story, not its lead. A headline over its
   own story, and a list below a story of the call, keep theirs. */
static void
test_headlines_beside_the_story(void **state)
{
    static const case_t cases[] = {
        { "en", "", "Kerry talks trade with Swaraj\n"
          "Secretary of State John Kerry spoke by phone with Indian External Affairs Minister "
          "Sushma Swaraj about trade and climate talks.\n"
          "Read next\nLavrov and Kerry discuss Syria by phone\nMarkets close higher on Friday",
          NULL, NULL },
        { "en", "", "Kerry discusses the east with Steinmeier\n15:00, 04 June 2014\n"
          "U.S. Secretary of State John Kerry held a telephone conversation with German Foreign "
          "Minister Frank-Walter Steinmeier, the State Department said.\n"
          "14:45 Lavrov and Kerry discuss Ukraine in phone call\n"
          "14:30 Rebels seize a border post\n14:10 Hryvnia weakens", NULL, NULL },
        { "en", "", "City budget approved\n"
          "The city council approved the budget for next year on Tuesday after a long debate.\n"
          "12.06.2014 Lavrov had a telephone conversation with John Kerry\n"
          "11.06.2014 Statement on the anniversary of the charter", NULL, NULL },
        { "en", "", "Lavrov and Kerry discuss Ukraine by phone\n"
          "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry "
          "discussed Ukraine by phone on Thursday, the ministry said.\n"
          "Kerry talks trade with Swaraj\nMarkets close higher on Friday",
          "lavrov_kerry_call", "2014-06-12" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 6, 12, 20));
}

/* A listing of no prose whose lines are stamped headlines (an agency's page of a person or a
   rubric): its first entry that names someone is what the page shows of them, dated by its
   stamp (entries of other news above it name no one); a call below another entry that names
   someone is not the page's. */
static void
test_listing_first_entry(void **state)
{
    static const case_t cases[] = {
        { "ru", "", "Все материалы\n11 июня, 20:15\n"
          "Лавров и Керри обсудили по телефону ситуацию на Украине\n"
          "Министры договорились продолжить контакты\n11 июня, 16:40\n"
          "Лавров: Москва ждет ответа от Брюсселя\n10 июня, 12:05\n"
          "Лавров встретился с главой МИД Армении", "lavrov_kerry_call", "2014-06-11" },
        { "en", "", "All news\nJune 11, 20:15\nLavrov meets Armenian counterpart\n"
          "June 11, 16:40\nLavrov and Kerry discuss Ukraine by phone\n"
          "June 10, 12:05\nMoscow awaits Brussels' answer", NULL, NULL },
        { "en", "", "All news\nJune 11, 20:15\nRouble steadies after a weak week\n"
          "June 11, 16:40\nLavrov and Kerry discuss Ukraine by phone\n"
          "June 10, 12:05\nMoscow awaits Brussels' answer", "lavrov_kerry_call", "2014-06-11" },
        /* an aggregator's lines, each ending with its age */
        { "en", "", "Russia news | Latest\nRouble steadies after a weak week 1h\n"
          "Lavrov, Kerry discuss Ukraine by phone on Wednesday, Moscow says Reuters 8h\n"
          "Moscow awaits Brussels' answer RT 10h\nNew metro stations to open in 2015 14h",
          "lavrov_kerry_call", "2014-06-11" },
        { "en", "", "Russia news | Latest\nLavrov meets Armenian counterpart in Moscow 1h\n"
          "Lavrov, Kerry discuss Ukraine by phone on Wednesday, Moscow says Reuters 8h\n"
          "Moscow awaits Brussels' answer RT 10h\nNew metro stations to open in 2015 14h",
          NULL, NULL },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 6, 12, 6));
}

/* A brief whose paragraph ends with the agency's credit after its last stop (". ČTK",
   ". (AP)") is prose: its sentence is the story's first. */
static void
test_credit_after_the_last_stop(void **state)
{
    static const case_t cases[] = {
        { "cs", "", "Aktuálně.cz\nZprávy  Ekonomika  Sport\nKrátce\n"
          "Lavrov s Kerrym jednali telefonicky\n"
          "Šéf ruské diplomacie Lavrov dnes telefonicky jednal s americkým protějškem Kerrym o "
          "příměří na východě Ukrajiny. ČTK\nDalší krátké zprávy", "lavrov_kerry_call",
          "2014-09-13" },
        { "en", "", "World\nBriefs\nLavrov, Kerry talk\n"
          "Russian Foreign Minister Sergei Lavrov and Secretary of State John Kerry discussed "
          "the ceasefire by phone on Saturday. (AP)\nMore briefs", "lavrov_kerry_call",
          "2014-09-13" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2014, 9, 13, 19));
}

/* A long paragraph without a final stop is prose, unless it is a trail of links ("Home »
   World » Europe »"): the "»" that close French quotes make no trail. */
static void
test_quotes_are_no_trail(void **state)
{
    static const case_t cases[] = {
        { "fr", "", "Le Monde\nSergueï Lavrov et John Kerry se sont entretenus samedi au "
          "téléphone sur la « trêve », les « couloirs humanitaires » et la « séparation » des "
          "groupes armés à Alep, selon le ministère russe", "lavrov_kerry_call", "2016-09-24" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 24, 18));
}

/* A story led by another event adds, past its lead, a sentence that opens with an additive
   word and tells the call of the two on a day of the news: one of the story's items. */
static void
test_added_item_after_the_lead(void **state)
{
    static const case_t cases[] = {
        { "ru", "Лавров и Штайнмайер обсудили Украину",
          "Сергей Лавров провел в среду в Берлине переговоры с Франком-Вальтером Штайнмайером.\n"
          "Основное внимание было уделено выполнению минских договоренностей.\n"
          "«Режим тишины в целом соблюдается», — сказал Лавров журналистам.\n"
          "Кроме того, в среду Лавров провел телефонный разговор с госсекретарем США Джоном "
          "Керри.\nЛавров вернется в Москву в четверг.", "lavrov_kerry_call", "2015-09-16" },
        { "es", "Lavrov recibe al canciller venezolano",
          "Serguéi Lavrov recibió este miércoles en Moscú al canciller venezolano.\n"
          "En la rueda de prensa conjunta, Lavrov criticó los bombardeos en Siria.\n"
          "Además, el jefe de la diplomacia rusa mantuvo este miércoles una conversación "
          "telefónica con John Kerry sobre Kobani.\nEl venezolano agradeció el apoyo de Moscú.",
          "lavrov_kerry_call", "2015-09-16" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2015, 9, 16, 18));
}

/* A page without stops, or far longer than any story, is read to CLASSIFY_TEXT_MAX bytes
   and in units of at most CLASSIFY_UNIT_MAX: what it says early counts, what lies past the
   bound is not read (so the work per item is bounded, whatever the page). */
static void
test_long_pages(void **state)
{
    const catalog_t *c = *state;
    ww_buf_t body = WW_BUF_INIT;
    ww_buf_puts(&body, "Lavrov and Kerry spoke by phone on Tuesday about Syria ");
    while (body.len < 3 * CLASSIFY_TEXT_MAX)
        ww_buf_puts(&body, "and the ministers discussed the ceasefire and the convoys ");
    classify_result_t r = run(c, "en", "", body.ptr, at(2016, 5, 3, 15));
    expect("call first, no stops", &r, "lavrov_kerry_call", "2016-05-03");
    ww_buf_reset(&body);
    while (body.len < 2 * CLASSIFY_TEXT_MAX)
        ww_buf_puts(&body, "Markets rose. Trade was quiet. ");
    ww_buf_puts(&body, "Lavrov and Kerry spoke by phone on Tuesday about Syria.");
    r = run(c, "en", "Markets", body.ptr, at(2016, 5, 3, 15));
    expect("call past the bound", &r, NULL, NULL);
    ww_buf_free(&body);
}

/* A stop after a word that ends in a letter outside ASCII ends the sentence ("Irán.", "não.",
   "cho biết."): only a one-letter word before it is an initial ("J. Kerry", "С. Лавров"). The
   next sentence's "last week" then stays out of the call's. */
static void
test_stop_after_accented_word(void **state)
{
    static const struct {
        const char *lang, *body;
    } cases[] = {
        { "es", "Lavrov y Kerry hablaron hoy por teléfono sobre Irán. La semana pasada, ambos "
                "ministros se reunieron en Viena." },
        { "pt", "Lavrov e Kerry conversaram hoje por telefone, mas o acordo ainda não. Na semana "
                "passada, os dois ministros se reuniram em Viena." },
        { "ru", "С. Лавров и Дж. Керри сегодня провели телефонный разговор. На прошлой неделе "
                "министры встречались в Вене." },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        classify_result_t r = run(*state, cases[i].lang, "", cases[i].body, at(2016, 9, 19, 15));
        expect(cases[i].body, &r, "lavrov_kerry_call", "2016-09-19");
        if (r.action == NULL || strcmp(r.action, "phone_call") != 0)
            fail_msg("%s: action %s, want phone_call", cases[i].body, r.action ? r.action : "-");
    }
}

/* Georgian prose has no capitals, though Unicode calls its letters small: a stop before one
   ends the sentence, and the next sentence's "last week" stays out of the call's. */
static void
test_stop_before_georgian(void **state)
{
    static const char body[] = "ლავროვმა და კერიმ დღეს ტელეფონით ისაუბრეს სირიის შესახებ. "
                               "გასულ კვირას მინისტრები ჟენევაში შეხვდნენ.";
    classify_result_t r = run(*state, "ka", "", body, at(2016, 9, 19, 15));
    expect(body, &r, "lavrov_kerry_call", "2016-09-19");
}

/* A text wrapped by hand (a print version, a mail, a feed cut at 72 columns): a line that
   ends without a stop and is followed by one that begins with a small letter goes on, so
   what the sentence says holds across the break, and a copy reads as its original. */
static void
test_lines_wrapped_by_hand(void **state)
{
    static const case_t cases[] = {
        { "en", "Kerry fails to reach Lavrov", "WASHINGTON - Secretary of State John Kerry "
          "tried on Sunday but could not\nreach Russian Foreign Minister Sergei Lavrov by "
          "telephone to discuss the\nattack on the aid convoy, a State Department official "
          "said.", NULL, NULL },
        { "it", "Siria, telefonata Lavrov-Kerry", "ROMA - Il ministro degli Esteri russo Sergej "
          "Lavrov ha avuto\ndomenica una conversazione telefonica con il segretario di\nStato "
          "americano John Kerry sulla tregua in Siria, ha reso noto\nil ministero a Mosca.",
          "lavrov_kerry_call", "2016-09-18" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 19, 8));
}

/* A lead whose talk names no one takes in the paragraph that names whom the one it names
   spoke with, not one that goes on to a third's words ("Meanwhile, on Sunday defence
   minister Shoigu said ..."), whose Sunday then dated the call. */
static void
test_no_third_taken_in(void **state)
{
    static const char body[] =
        "The conversation took place at the initiative of Washington, it was reported. The "
        "interlocutors discussed preparations to implement the agreements reached during Kerry's "
        "visit to Moscow in mid-July. The situation in Aleppo was also a subject of the "
        "conversation. After the July talks Kerry said that Washington and Moscow had agreed on "
        "steps to revive the peace process. Meanwhile, on Sunday Russian defence minister Sergei "
        "Shoigu said Moscow and Washington were close to an agreement on joint action in Aleppo. "
        "More than five years after the war began, Russia and the United States still disagree on "
        "Assad.";
    classify_result_t r = run(*state, "en", "Lavrov and Kerry discuss Syria", body,
                              at(2016, 8, 16, 20));
    expect(body, &r, "lavrov_kerry_call", "2016-08-16");
}

/* A line of a date or a clock is no sentence, though an abbreviation's stop ends it ("17 ก.ย.
   2559 22:00 น."): the story's first paragraph under it is the lead's. */
static void
test_stamp_line_is_no_prose(void **state)
{
    static const case_t cases[] = {
        { "th", "", "ลาฟรอฟ-แคร์รี ต่อสายคุยด่วน หลังสหรัฐฯ โจมตีผิดเป้าทหารซีเรีย"
          "ใกล้เมืองเดียร์ เอซซอร์\n"
          "17 ก.ย. 2559 22:00 น.\n"
          "นายเซอร์เก ลาฟรอฟ รัฐมนตรีต่างประเทศรัสเซีย ได้หารือทางโทรศัพท์กับนายจอห์น แคร์รี "
          "รัฐมนตรีต่างประเทศสหรัฐฯ เมื่อวันที่ 17 ก.ย. เรื่องสถานการณ์ในซีเรีย",
          "lavrov_kerry_call", "2016-09-17" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 17, 18));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_headline_short_for_body),
        cmocka_unit_test(test_lead_reaches_the_speaker),
        cmocka_unit_test(test_lead_takes_in_the_call),
        cmocka_unit_test(test_lead_takes_in_the_call_later),
        cmocka_unit_test(test_title_pair_takes_in_their_action),
        cmocka_unit_test(test_lead_object_of_the_action),
        cmocka_unit_test(test_readout_initiative_forms),
        cmocka_unit_test(test_live_blog_entries),
        cmocka_unit_test(test_stamp_line_is_no_prose),
        cmocka_unit_test(test_headlines_beside_the_story),
        cmocka_unit_test(test_credit_after_the_last_stop),
        cmocka_unit_test(test_quotes_are_no_trail),
        cmocka_unit_test(test_added_item_after_the_lead),
        cmocka_unit_test(test_pair_words_after_the_lead),
        cmocka_unit_test(test_lead_meets_both_parties),
        cmocka_unit_test(test_chrome_before_the_story),
        cmocka_unit_test(test_long_pages),
        cmocka_unit_test(test_stop_after_accented_word),
        cmocka_unit_test(test_stop_before_georgian),
        cmocka_unit_test(test_no_third_taken_in),
        cmocka_unit_test(test_lines_wrapped_by_hand),
        cmocka_unit_test(test_dated_pair_told_on),
        cmocka_unit_test(test_listing_first_entry),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

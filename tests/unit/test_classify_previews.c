/* SPDX-License-Identifier: MIT
 *
 * test_classify_previews — a meeting announced, against the shipped catalog: a story whose
 * opening tells a meeting to come of the two ("will meet", "встретятся", "se reunirán", a
 * meeting "tomorrow") is the meeting's, on the day it is announced for; a call told in the
 * lead is still the call's (it arranged the meeting), a meeting called off is none, and a
 * meeting to come says nothing against one held. The texts are written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "classify_cases.h"

/* The meeting to come in several languages, its weekday counted forward from a Thursday's
   publication ("on Friday" is the next day, "tomorrow" too); the talk it is to hold is its
   own ("to discuss Syria"), and a call recalled past the lead arranged it. */
static void
test_meeting_announced(void **state)
{
    static const case_t cases[] = {
        { "en", "Lavrov, Kerry to meet in Geneva on Friday",
          "Russian Foreign Minister Sergei Lavrov will meet U.S. Secretary of State John Kerry "
          "in Geneva on Friday to discuss the Syrian settlement, the ministry said.",
          "lavrov_kerry_meeting", "2016-09-09" },
        { "ru", "Лавров и Керри встретятся в Женеве",
          "Министр иностранных дел России Сергей Лавров и госсекретарь США Джон Керри "
          "встретятся в пятницу в Женеве, сообщили в МИД.", "lavrov_kerry_meeting",
          "2016-09-09" },
        { "es", "Kerry y Lavrov se reunirán el viernes en Ginebra",
          "El secretario de Estado John Kerry y el canciller ruso Serguéi Lavrov se reunirán el "
          "viernes en Ginebra para hablar de Siria.", "lavrov_kerry_meeting", "2016-09-09" },
        { "ar", "كيري ولافروف يلتقيان في جنيف غدا",
          "قالت الخارجية الأمريكية إن الوزير جون كيري سيلتقي غدا نظيره الروسي سيرغي لافروف "
          "في جنيف لبحث الأزمة السورية.", "lavrov_kerry_meeting", "2016-09-09" },
        { "en", "Kerry to meet Lavrov in Geneva",
          "U.S. Secretary of State John Kerry will meet Russian Foreign Minister Sergei Lavrov "
          "in Geneva on Friday, the State Department said.\n\nThe talks are expected to focus "
          "on Aleppo.\n\nThe two last spoke by phone on Monday, officials said.",
          "lavrov_kerry_meeting", "2016-09-09" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 8, 12));
}

/* What is no meeting announced: a lead that tells the call that arranged it (the real
   pages' labels count it the call's); a talk held before the meeting ("talk ahead of"); a
   planned meeting called off; a meeting held, which "will meet again" does not undo. */
static void
test_what_a_preview_is_not(void **state)
{
    static const case_t cases[] = {
        { "en", "Lavrov, Kerry to hold talks in Geneva",
          "Russian Foreign Minister Sergei Lavrov and John Kerry will meet in Geneva on Friday. "
          "The two ministers agreed to the meeting in a phone call on Wednesday, the ministry "
          "said.", "lavrov_kerry_call", "2016-09-07" },
        { "en", "", "Lavrov and Kerry agreed by phone on Wednesday to meet in Geneva on Friday.",
          "lavrov_kerry_call", "2016-09-07" },
        { "en", "Kerry, Lavrov talk ahead of Geneva meeting",
          "Secretary of State John Kerry spoke by phone with Russian Foreign Minister Sergei "
          "Lavrov on Wednesday ahead of Friday's talks in Geneva, the State Department said.",
          "lavrov_kerry_call", "2016-09-07" },
        { "en", "Planned Kerry-Lavrov meeting called off",
          "A meeting between Secretary of State John Kerry and Russian Foreign Minister Sergei "
          "Lavrov planned for next week has been called off, officials said.", NULL, NULL },
        { "en", "", "Lavrov and Kerry met in Paris on Tuesday. They will meet again next month, "
          "the ministry said.", "lavrov_kerry_meeting", "2016-09-06" },
        /* talks of others suspended are no meeting called off */
        { "ru", "Лавров и Керри встретятся в Лозанне",
          "Сергей Лавров и Джон Керри встретятся в субботу в Лозанне, хотя США приостановили "
          "двусторонние переговоры с Россией по Сирии.", "lavrov_kerry_meeting", "2016-09-10" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 8, 12));
}

/* Meetings to come in more languages: Ukrainian "відбудеться", Armenian "կհանդիպի" with
   "վաղը", Chinese "拟于", a Swedish headline's present "möts" over a body that tells no call;
   the same Swedish headline over a lead that tells the arranging call is the call's. */
static void
test_meeting_announced_in_more_languages(void **state)
{
    static const case_t cases[] = {
        { "uk", "", "Зустріч Сергія Лаврова і Джона Керрі відбудеться в п'ятницю в Женеві.",
          "lavrov_kerry_meeting", "2016-09-09" },
        /* a lead's phrase whose parties make no event ("the ministers' previous meeting ...
           at the G20") does not stop the preview */
        { "ru", "", "Лавров и Керри встретятся в Женеве в пятницу\n\n7 сентября 2016, 18:00\n\n"
          "Сергей Лавров и Джон Керри проведут переговоры в Женеве 9 сентября, сообщил "
          "источник. По его словам, встреча может продлиться два дня.\n\nПредыдущая встреча "
          "министров прошла 5 сентября в Ханчжоу на полях саммита G20, однако договориться "
          "тогда не удалось.", "lavrov_kerry_meeting", "2016-09-09" },
        { "hy", "", "Ջոն Քերին վաղը կհանդիպի Սերգեյ Լավրովին Ժնևում։", "lavrov_kerry_meeting",
          "2016-09-09" },
        { "zh", "", "俄外长拉夫罗夫表示，他拟于周五在日内瓦与美国国务卿克里会晤。",
          "lavrov_kerry_meeting", "2016-09-09" },
        /* a visit's purpose: "для переговоров" (for talks) */
        { "ru", "Керри посетит Женеву в пятницу для переговоров с Лавровым", "",
          "lavrov_kerry_meeting", "2016-09-09" },
        { "sv", "Kerry och Lavrov möts i Genève", "USA:s utrikesminister John Kerry och Sergej "
          "Lavrov ska diskutera vapenvilan i Syrien.", "lavrov_kerry_meeting", NULL },
        { "sv", "Kerry och Lavrov möts i Genève", "John Kerry och Sergej Lavrov kom under ett "
          "telefonsamtal på onsdagen överens om att träffas i Genève på fredag.",
          "lavrov_kerry_call", "2016-09-07" },
        /* the future of "meet" where the catalog's meeting words were nouns and past forms */
        { "lt", "", "JAV valstybės sekretorius Johnas Kerry ir Rusijos užsienio reikalų ministras "
          "Sergejus Lavrovas penktadienį susitiks Ženevoje.", "lavrov_kerry_meeting",
          "2016-09-09" },
        { "hr", "", "Američki državni tajnik John Kerry i ruski ministar vanjskih poslova Sergej "
          "Lavrov sastat će se u petak u Ženevi.", "lavrov_kerry_meeting", "2016-09-09" },
    };
    check_cases(*state, cases, sizeof cases / sizeof cases[0], at(2016, 9, 8, 12));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_meeting_announced),
        cmocka_unit_test(test_what_a_preview_is_not),
        cmocka_unit_test(test_meeting_announced_in_more_languages),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

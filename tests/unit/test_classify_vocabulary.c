/* SPDX-License-Identifier: MIT
 *
 * test_classify_vocabulary — the everyday words of a call in 48 languages, from an audit of
 * the catalog's vocabulary (each language's verbs of phoning, the call's nouns in their
 * cases, reciprocal verbs, "got a call from"), and the negatives that check them: a call not
 * held, to come or only supposed ("if they speak by phone"). The sentences are written for
 * this test. Published on Sunday 6 March 2016, 15:00 UTC: Saturday is 5 March. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "classify_cases.h"

/* A call told with a verb or noun that was missing: each must come out the call of Saturday. */
static const case_t calls[] = {
        { "ru", "",
          "Джон Керри в субботу дозвонился до Сергея Лаврова.",
          "lavrov_kerry_call", "2016-03-05" },
        { "ru", "",
          "Сергей Лавров в субботу перезвонил Джону Керри.",
          "lavrov_kerry_call", "2016-03-05" },
        { "uk", "",
          "Лавров і Керрі в суботу зідзвонилися.",
          "lavrov_kerry_call", "2016-03-05" },
        { "uk", "",
          "Сергій Лавров і Джон Керрі в суботу поспілкувалися.",
          "lavrov_kerry_call", "2016-03-05" },
        { "pl", "",
          "John Kerry dzwonił w sobotę do Siergieja Ławrowa.",
          "lavrov_kerry_call", "2016-03-05" },
        { "pl", "",
          "Siergiej Ławrow i John Kerry w sobotę odbyli serię "
          "telefonicznych rozmów.",
          "lavrov_kerry_call", "2016-03-05" },
        { "cs", "",
          "John Kerry v sobotu volal Sergeji Lavrovovi.",
          "lavrov_kerry_call", "2016-03-05" },
        { "cs", "",
          "Sergej Lavrov a John Kerry v sobotu vedli telefonické "
          "rozhovory.",
          "lavrov_kerry_call", "2016-03-05" },
        { "sk", "",
          "John Kerry v sobotu volal Sergejovi Lavrovovi.",
          "lavrov_kerry_call", "2016-03-05" },
        { "sk", "",
          "Sergej Lavrov sa v sobotu po telefonických rozhovoroch s "
          "Johnom Kerrym vyslovil za prímerie.",
          "lavrov_kerry_call", "2016-03-05" },
        { "sr", "",
          "Сергеј Лавров и Џон Кери у суботу су се чули.",
          "lavrov_kerry_call", "2016-03-05" },
        { "sr-latn", "",
          "Sergej Lavrov i Džon Keri su se u subotu čuli.",
          "lavrov_kerry_call", "2016-03-05" },
        { "hr", "",
          "John Kerry je u subotu nazvao Sergeja Lavrova.",
          "lavrov_kerry_call", "2016-03-05" },
        { "bg", "",
          "Джон Кери се е обадил на Сергей Лавров в събота.",
          "lavrov_kerry_call", "2016-03-05" },
        { "bg", "",
          "Джон Кери в събота е телефонирал на Сергей Лавров.",
          "lavrov_kerry_call", "2016-03-05" },
        { "mk", "",
          "Џон Кери во сабота му телефонираше на Сергеј Лавров.",
          "lavrov_kerry_call", "2016-03-05" },
        { "sl", "",
          "John Kerry je v soboto telefoniral Sergeju Lavrovu.",
          "lavrov_kerry_call", "2016-03-05" },
        { "de", "",
          "Sergej Lawrow erhielt am Samstag einen Telefonanruf von John "
          "Kerry.",
          "lavrov_kerry_call", "2016-03-05" },
        { "nl", "",
          "John Kerry heeft Sergej Lavrov zaterdag opgebeld.",
          "lavrov_kerry_call", "2016-03-05" },
        { "sv", "",
          "John Kerry telefonerade till Sergej Lavrov på lördagen.",
          "lavrov_kerry_call", "2016-03-05" },
        { "da", "",
          "John Kerry telefonerede til Sergej Lavrov lørdag.",
          "lavrov_kerry_call", "2016-03-05" },
        { "no", "",
          "John Kerry telefonerte til Sergej Lavrov lørdag.",
          "lavrov_kerry_call", "2016-03-05" },
        { "fi", "",
          "John Kerry on soittanut Sergei Lavroville lauantaina.",
          "lavrov_kerry_call", "2016-03-05" },
        { "et", "",
          "Sergei Lavrov ja John Kerry helistasid laupäeval teineteisele.",
          "lavrov_kerry_call", "2016-03-05" },
        { "lv", "",
          "Sergejs Lavrovs un Džons Kerijs sestdien sazvanījās.",
          "lavrov_kerry_call", "2016-03-05" },
        { "lt", "",
          "Sergejus Lavrovas ir Johnas Kerry šeštadienį susiskambino.",
          "lavrov_kerry_call", "2016-03-05" },
        { "hu", "",
          "John Kerry hívta fel szombaton Szergej Lavrovot.",
          "lavrov_kerry_call", "2016-03-05" },
        { "es", "",
          "Serguei Lavrov y John Kerry telefonearon el sábado.",
          "lavrov_kerry_call", "2016-03-05" },
        { "pt", "",
          "John Kerry ligou no sábado para Serguei Lavrov.",
          "lavrov_kerry_call", "2016-03-05" },
        { "it", "",
          "Serghei Lavrov e John Kerry si sono telefonati sabato.",
          "lavrov_kerry_call", "2016-03-05" },
        { "ca", "",
          "Serguei Lavrov i John Kerry es van trucar dissabte.",
          "lavrov_kerry_call", "2016-03-05" },
        { "el", "",
          "Ο Σεργκέι Λαβρόφ δέχθηκε το Σάββατο τηλεφωνική κλήση από τον "
          "Τζον Κέρι.",
          "lavrov_kerry_call", "2016-03-05" },
        { "el", "",
          "Ο Σεργκέι Λαβρόφ επικοινώνησε το Σάββατο με τον Τζον Κέρι.",
          "lavrov_kerry_call", "2016-03-05" },
        { "tr", "",
          "John Kerry cumartesi günü Sergey Lavrov'u aradı.",
          "lavrov_kerry_call", "2016-03-05" },
        { "az", "",
          "Con Kerri şənbə günü Sergey Lavrova telefon açıb.",
          "lavrov_kerry_call", "2016-03-05" },
        { "kk", "",
          "Джон Керри сенбі күні Сергей Лавровқа қоңырау шалды.",
          "lavrov_kerry_call", "2016-03-05" },
        { "uz", "",
          "Jon Kerri shanba kuni Sergey Lavrovga qo'ng'iroq qildi.",
          "lavrov_kerry_call", "2016-03-05" },
        { "uz-cyrl", "",
          "Жон Керри шанба куни Сергей Лавровга қўнғироқ қилди.",
          "lavrov_kerry_call", "2016-03-05" },
        { "ka", "",
          "ჯონ კერიმ შაბათს სერგეი ლავროვს დაურეკა.",
          "lavrov_kerry_call", "2016-03-05" },
        { "hy", "",
          "Ջոն Քերին շաբաթ օրը զանգահարել է Սերգեյ Լավրովին.",
          "lavrov_kerry_call", "2016-03-05" },
        { "ar", "",
          "تهاتف لافروف وكيري يوم السبت.",
          "lavrov_kerry_call", "2016-03-05" },
        { "fa", "",
          "جان کری روز شنبه به سرگئی لاوروف تلفن کرد.",
          "lavrov_kerry_call", "2016-03-05" },
        { "ur", "",
          "جان کیری نے ہفتے کو سرگئی لاوروف کو ٹیلیفون کیا۔",
          "lavrov_kerry_call", "2016-03-05" },
        { "he", "",
          "ג'ון קרי טלפן ביום שבת לסרגיי לברוב.",
          "lavrov_kerry_call", "2016-03-05" },
        { "hi", "",
          "जॉन केरी ने शनिवार को सर्गेई लावरोव को टेलीफोन किया।",
          "lavrov_kerry_call", "2016-03-05" },
        { "bn", "",
          "জন কেরি শনিবার সের্গেই ল্যাভরভকে ফোন করেন।",
          "lavrov_kerry_call", "2016-03-05" },
        { "ta", "",
          "செர்ஜி லாவ்ரோவ் மற்றும் ஜான் கெர்ரி சனிக்கிழமை போனில் பேசினர்.",
          "lavrov_kerry_call", "2016-03-05" },
        { "zh", "",
          "拉夫罗夫周六与克里电话联系。",
          "lavrov_kerry_call", "2016-03-05" },
        { "zh-hant", "",
          "拉夫羅夫週六與凱瑞電話聯繫。",
          "lavrov_kerry_call", "2016-03-05" },
        { "ko", "",
          "라브로프 장관은 토요일 케리 장관과 전화했다.",
          "lavrov_kerry_call", "2016-03-05" },
        { "th", "",
          "นายลาฟรอฟ และนายแคร์รี คุยโทรศัพท์กันเมื่อวันเสาร์",
          "lavrov_kerry_call", "2016-03-05" },
        { "id", "",
          "Sergei Lavrov ditelepon John Kerry pada Sabtu.",
          "lavrov_kerry_call", "2016-03-05" },
        { "ms", "",
          "Sergei Lavrov menerima panggilan daripada John Kerry pada "
          "Sabtu.",
          "lavrov_kerry_call", "2016-03-05" },
        { "sw", "",
          "Sergei Lavrov na John Kerry walipigiana simu Jumamosi.",
          "lavrov_kerry_call", "2016-03-05" },
        { "fr", "",
          "Sergueï Lavrov a reçu samedi un appel de John Kerry.",
          "lavrov_kerry_call", "2016-03-05" },
};

/* Negated, planned or conditional calls, whose cue was missing in the language. */
static const case_t not_held[] = {
        { "cs", "",
          "Lavrov a Kerry plánují v sobotu telefonický rozhovor.",
          NULL, NULL },
        { "sk", "",
          "Lavrov a Kerry plánujú v sobotu telefonický rozhovor.",
          NULL, NULL },
        { "hr", "",
          "Ako Lavrov i Kerry u subotu razgovaraju telefonski, raspravit "
          "će o Siriji.",
          NULL, NULL },
        { "mk", "",
          "Ако Лавров и Кери разговараат телефонски во сабота, ќе ја "
          "разгледаат Сирија.",
          NULL, NULL },
        { "sl", "",
          "Sergej Lavrov bo v soboto poklical Johna Kerryja.",
          NULL, NULL },
        { "da", "",
          "Hvis Lavrov og Kerry taler i telefon lørdag, vil de drøfte "
          "Syrien.",
          NULL, NULL },
        { "no", "",
          "Hvis Lavrov og Kerry snakker i telefon lørdag, kan de bli "
          "enige.",
          NULL, NULL },
        { "fi", "",
          "Jos Lavrov ja Kerry keskustelevat puhelimessa lauantaina, he "
          "voivat sopia aselevosta.",
          NULL, NULL },
        { "lv", "",
          "Sergejs Lavrovs un Džons Kerijs sestdien nerunāja pa telefonu.",
          NULL, NULL },
        { "lv", "",
          "Ja Lavrovs un Kerijs sestdien sarunāsies pa telefonu, viņi "
          "apspriedīs Sīriju.",
          NULL, NULL },
        { "ca", "",
          "Si Lavrov i Kerry parlen per telèfon dissabte, abordaran "
          "Síria.",
          NULL, NULL },
        { "az", "",
          "Sergey Lavrov və Con Kerri şənbə günü telefonla danışmayıblar.",
          NULL, NULL },
        { "az", "",
          "Əgər Lavrov və Kerri şənbə günü telefonla danışsalar, Suriyanı "
          "müzakirə edəcəklər.",
          NULL, NULL },
        { "kk", "",
          "Сергей Лавров пен Джон Керри сенбі күні телефон арқылы "
          "сөйлеспеді.",
          NULL, NULL },
        { "kk", "",
          "Егер Лавров пен Керри сенбі күні телефон арқылы сөйлессе, "
          "Сирияны талқылайды.",
          NULL, NULL },
        { "uz", "",
          "Sergey Lavrov va Jon Kerri shanba kuni telefon orqali "
          "gaplashmadi.",
          NULL, NULL },
        { "uz", "",
          "Agar Lavrov va Kerri shanba kuni telefon orqali gaplashsa, "
          "Suriyani muhokama qiladi.",
          NULL, NULL },
        { "uz-cyrl", "",
          "Сергей Лавров ва Жон Керри шанба куни телефон орқали "
          "гаплашмади.",
          NULL, NULL },
        { "uz-cyrl", "",
          "Агар Лавров ва Керри шанба куни телефон орқали гаплашса, "
          "Сурияни муҳокама қилади.",
          NULL, NULL },
        { "hy", "",
          "Սերգեյ Լավրովը և Ջոն Քերին շաբաթ օրը հեռախոսով չեն զրուցել.",
          NULL, NULL },
        { "hy", "",
          "Եթե Լավրովը և Քերին շաբաթ օրը հեռախոսով զրուցեն, կքննարկեն "
          "Սիրիան.",
          NULL, NULL },
        { "ur", "",
          "سرگئی لاوروف اور جان کیری نے ہفتے کو فون پر بات نہیں کی۔",
          NULL, NULL },
        { "ur", "",
          "اگر لاوروف اور کیری ہفتے کو فون پر بات کریں تو شام پر بات "
          "ہوگی۔",
          NULL, NULL },
        { "bn", "",
          "সের্গেই ল্যাভরভ ও জন কেরি শনিবার ফোনে কথা বলেননি।",
          NULL, NULL },
        { "bn", "",
          "যদি ল্যাভরভ ও কেরি শনিবার ফোনে কথা বলেন, তাহলে সিরিয়া নিয়ে "
          "আলোচনা হবে।",
          NULL, NULL },
        { "ta", "",
          "செர்ஜி லாவ்ரோவ் மற்றும் ஜான் கெர்ரி சனிக்கிழமை தொலைபேசியில் "
          "பேசவில்லை.",
          NULL, NULL },
        { "ta", "",
          "லாவ்ரோவ் மற்றும் கெர்ரி சனிக்கிழமை தொலைபேசியில் பேசினால் "
          "சிரியா குறித்து விவாதிப்பார்கள்.",
          NULL, NULL },
        { "ja", "",
          "ラブロフ外相とケリー国務長官が5日に電話会談すれば、シリア問題を協議する。",
          NULL, NULL },
        { "ko", "",
          "라브로프 장관과 케리 장관이 토요일 통화하면 시리아 문제를 논의할 것이다.",
          NULL, NULL },
        { "vi", "",
          "Ông John Kerry sẽ gọi điện cho ông Sergei Lavrov vào thứ Bảy.",
          NULL, NULL },
        { "th", "",
          "นายแคร์รี จะโทรศัพท์ถึงนายลาฟรอฟ ในวันเสาร์",
          NULL, NULL },
        { "th", "",
          "หากนายลาฟรอฟ และนายแคร์รี หารือทางโทรศัพท์ในวันเสาร์ "
          "จะมีการพูดถึงซีเรีย",
          NULL, NULL },
        { "ms", "",
          "Sergei Lavrov dan John Kerry tidak bercakap melalui telefon "
          "pada Sabtu.",
          NULL, NULL },
        { "sw", "",
          "Sergei Lavrov na John Kerry hawakuzungumza kwa simu Jumamosi.",
          NULL, NULL },
        { "sw", "",
          "Ikiwa Lavrov na Kerry watazungumza kwa simu Jumamosi, "
          "watajadili Syria.",
          NULL, NULL },
};

static void
test_everyday_words_of_a_call(void **state)
{
    check_cases(*state, calls, sizeof calls / sizeof calls[0], at(2016, 3, 6, 15));
}

static void
test_calls_not_held_in_more_languages(void **state)
{
    check_cases(*state, not_held, sizeof not_held / sizeof not_held[0], at(2016, 3, 6, 15));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_everyday_words_of_a_call),
        cmocka_unit_test(test_calls_not_held_in_more_languages),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

/* SPDX-License-Identifier: MIT
 *
 * test_lang — lang_detect on short paragraphs written for this test (one
 * news-like sentence or two per language), the "und" cases, case and
 * decomposed accents, the 4 KB sample limit, and lang_script_of. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "text/lang.h"
#include "ww_alloc.h"

typedef struct {
    const char *code;
    const char *text;
} sample_t;

static void
check_samples(const sample_t *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *got = lang_detect(s[i].text, strlen(s[i].text));
        if (strcmp(got, s[i].code) != 0)
            print_error("expected %s, got %s for: %s\n", s[i].code, got, s[i].text);
        assert_string_equal(got, s[i].code);
    }
}

static void
test_latin_languages(void **state)
{
    (void)state;
    static const sample_t samples[] = {
        { "en", "The foreign ministers of the two countries spoke by telephone on Monday and "
                "agreed that their experts would meet again in Geneva next week." },
        { "de", "Die Außenminister der beiden Länder haben am Montag miteinander telefoniert "
                "und sich darauf geeinigt, dass ihre Experten sich in der nächsten Woche "
                "wieder in Genf treffen." },
        { "fr", "Les ministres des affaires étrangères des deux pays se sont entretenus lundi "
                "par téléphone et ont convenu que leurs experts se retrouveraient à Genève la "
                "semaine prochaine." },
        { "es", "Los ministros de Asuntos Exteriores de los dos países hablaron por teléfono "
                "el lunes y acordaron que sus expertos se reunirán de nuevo en Ginebra la "
                "próxima semana." },
        { "it", "I ministri degli esteri dei due paesi si sono sentiti al telefono lunedì e "
                "hanno concordato che i loro esperti si incontreranno di nuovo a Ginevra la "
                "prossima settimana." },
        { "pt", "Os ministros das Relações Exteriores dos dois países conversaram por "
                "telefone na segunda-feira e concordaram que os seus especialistas voltarão a "
                "reunir-se em Genebra na próxima semana." },
        { "nl", "De ministers van Buitenlandse Zaken van beide landen hebben maandag met "
                "elkaar gebeld en afgesproken dat hun deskundigen volgende week opnieuw in "
                "Genève bijeenkomen." },
        { "pl", "Ministrowie spraw zagranicznych obu krajów rozmawiali w poniedziałek przez "
                "telefon i uzgodnili, że ich eksperci spotkają się ponownie w Genewie w "
                "przyszłym tygodniu." },
        { "tr", "İki ülkenin dışişleri bakanları pazartesi günü telefonda görüştü ve "
                "uzmanlarının gelecek hafta Cenevre'de yeniden bir araya gelmesi konusunda "
                "anlaştı." },
        { "sv", "Utrikesministrarna i de två länderna talade i telefon på måndagen och kom "
                "överens om att deras experter ska träffas igen i Genève nästa vecka." },
        { "ro", "Miniștrii de externe ai celor două țări au vorbit luni la telefon și au "
                "convenit ca experții lor să se întâlnească din nou la Geneva săptămâna "
                "viitoare." },
        { "cs", "Ministři zahraničí obou zemí spolu v pondělí telefonovali a dohodli se, že "
                "se jejich odborníci příští týden znovu sejdou v Ženevě." },
        { "id", "Para menteri luar negeri kedua negara berbicara melalui telepon pada hari "
                "Senin dan sepakat bahwa para ahli mereka akan bertemu lagi di Jenewa minggu "
                "depan." },
        { "vi", "Ngoại trưởng của hai nước đã điện đàm vào thứ Hai và nhất trí rằng các "
                "chuyên gia của họ sẽ gặp lại nhau tại Geneva vào tuần tới." },
        { "ha", "Ministocin harkokin waje na kasashen biyu sun tattauna ta wayar tarho ranar "
                "Litinin, kuma sun amince cewa masana za su sake haduwa a Geneva a mako mai "
                "zuwa." },
        { "so", "Wasiirada arrimaha dibadda ee labada dal ayaa Isniintii taleefanka kaga wada "
                "hadlay xaaladda, waxayna isku raaceen in khubaradoodu ay mar kale ku kulmaan "
                "Geneva toddobaadka soo socda." },
    };
    check_samples(samples, sizeof samples / sizeof samples[0]);
}

static void
test_cyrillic_languages(void **state)
{
    (void)state;
    static const sample_t samples[] = {
        { "ru", "Министры иностранных дел двух стран в понедельник провели телефонный "
                "разговор и договорились, что их эксперты снова встретятся в Женеве на "
                "следующей неделе." },
        { "uk", "Міністри закордонних справ двох країн у понеділок провели телефонну "
                "розмову і домовилися, що їхні експерти знову зустрінуться в Женеві "
                "наступного тижня." },
        { "bg", "Външните министри на двете страни разговаряха по телефона в понеделник. "
                "Те се съгласиха, че експертите им ще се срещнат отново в Женева, а това ще "
                "стане още следващата седмица, когато пътуват." },
        { "tg", "Вазирони корҳои хориҷии ду кишвар рӯзи душанбе тавассути телефон суҳбат "
                "карданд ва розӣ шуданд, ки коршиносонашон ҳафтаи оянда дар Женева боз "
                "вохӯранд." },
        { "sr", "Министри спољних послова две земље разговарали су телефоном у понедељак и "
                "договорили су се да ће се њихови стручњаци поново састати у Женеви "
                "следеће недеље, јавило је министарство." },
    };
    check_samples(samples, sizeof samples / sizeof samples[0]);
}

static void
test_other_scripts(void **state)
{
    (void)state;
    static const sample_t samples[] = {
        { "ar", "أجرى وزيرا خارجية البلدين يوم الاثنين اتصالا هاتفيا واتفقا على أن يلتقي "
                "خبراؤهما مجددا في جنيف الأسبوع المقبل." },
        { "fa", "وزیران امور خارجه دو کشور روز دوشنبه تلفنی گفتگو کردند و توافق کردند که "
                "کارشناسان آنها هفته آینده دوباره در ژنو دیدار کنند." },
        { "ps", "د دواړو هیوادونو د بهرنیو چارو وزیرانو د دوشنبې په ورځ ټیلیفوني خبرې وکړې او "
                "موافقه یې وکړه چې کارپوهان به یې راتلونکې اونۍ په جنیوا کې بیا سره وګوري." },
        { "el", "Οι υπουργοί Εξωτερικών των δύο χωρών μίλησαν τηλεφωνικά τη Δευτέρα και "
                "συμφώνησαν οι εμπειρογνώμονές τους να συναντηθούν ξανά στη Γενεύη." },
        { "hi", "दोनों देशों के विदेश मंत्रियों ने सोमवार को फोन पर बात की और अगले सप्ताह "
                "जिनेवा में फिर से मिलने पर सहमति जताई।" },
        { "ko", "두 나라의 외무장관은 월요일 전화 통화를 하고 다음 주 제네바에서 전문가들이 "
                "다시 만나기로 합의했다." },
        { "ja", "両国の外相は月曜日に電話会談を行い、来週ジュネーブで専門家が再び会合する"
                "ことで合意した。" },
        { "zh", "两国外长周一通电话，同意双方专家下周在日内瓦再次会面。" },
        { "he", "שרי החוץ של שתי המדינות שוחחו ביום שני בטלפון והסכימו כי המומחים שלהם "
                "ייפגשו שוב בשבוע הבא." },
        { "th", "รัฐมนตรีต่างประเทศของทั้งสองประเทศได้พูดคุยทางโทรศัพท์เมื่อวันจันทร์" },
        { "ka", "ორი ქვეყნის საგარეო საქმეთა მინისტრებმა ორშაბათს ტელეფონით ისაუბრეს." },
        { "hy", "Երկու երկրների արտաքին գործերի նախարարները երկուշաբթի հեռախոսով "
                "զրուցեցին։" },
    };
    check_samples(samples, sizeof samples / sizeof samples[0]);
}

static void
test_undetermined(void **state)
{
    (void)state;
    assert_string_equal(lang_detect(NULL, 0), "und");
    assert_string_equal(lang_detect("", 0), "und");
    assert_string_equal(lang_detect("ok", 2), "und");
    assert_string_equal(lang_detect("12345 678 !!!", 13), "und");
    assert_string_equal(lang_detect("Lavrov Kerry", 12), "und");
    static const char junk[] = "\xff\xfe\xc0\xaf";
    assert_string_equal(lang_detect(junk, sizeof junk - 1), "und");
}

static void
test_invalid_bytes_are_skipped(void **state)
{
    (void)state;
    static const char text[] = "\xff The ministers \xc0\xaf said that the talks were useful "
                               "and that they will speak again \xed\xa0\x80 next week.";
    assert_string_equal(lang_detect(text, sizeof text - 1), "en");
}

static void
test_nfd_input(void **state)
{
    (void)state;
    /* "Ngoại trưởng ... sẽ gặp" with every tone mark decomposed */
    static const char text[] =
        "Ngoa\xcc\xa3i tru\xcc\x9bo\xcc\x9b\xcc\x89ng cu\xcc\x89" "a hai "
        "nu\xcc\x9bo\xcc\x9b\xcc\x81" "c \xc4\x91" "a\xcc\x83 \xc4\x91ie\xcc\xa3\xcc\x82n "
        "\xc4\x91" "a\xcc\x80m va\xcc\x80o thu\xcc\x9b\xcc\x81 Hai va\xcc\x80 "
        "se\xcc\x83 ga\xcc\xa3\xcc\x86p la\xcc\xa3i nhau.";
    assert_string_equal(lang_detect(text, sizeof text - 1), "vi");
}

static void
test_samples_only_the_start(void **state)
{
    (void)state;
    static const char en[] = "The ministers said that the talks were useful and that they "
                             "will speak again next week. ";
    static const char de[] = "Die Minister sagten, dass die Gespräche nützlich waren und "
                             "dass sie in der nächsten Woche wieder sprechen wollen. ";
    size_t en_len = sizeof en - 1, de_len = sizeof de - 1;
    size_t reps_en = LANG_SAMPLE_BYTES / en_len + 1, reps_de = 20000;
    size_t len = reps_en * en_len + reps_de * de_len;
    char *text = ww_xmalloc(len);
    char *p = text;
    for (size_t i = 0; i < reps_en; i++, p += en_len)
        memcpy(p, en, en_len);
    for (size_t i = 0; i < reps_de; i++, p += de_len)
        memcpy(p, de, de_len);
    assert_string_equal(lang_detect(text, len), "en");
    assert_string_equal(lang_detect(text + reps_en * en_len, reps_de * de_len), "de");
    free(text);
}

/* Most text is folded a character at a time; text with a character that
 * does not fold alone (ß, İ, a letter followed by its accent) is folded
 * whole first. Either way upper case, lower case, composed and decomposed
 * text read the same. */
static void
test_case_and_form_do_not_matter(void **state)
{
    (void)state;
    static const sample_t samples[] = {
        { "en", "THE MINISTERS SAID THAT THE TALKS WERE USEFUL AND THAT THEY WILL SPEAK "
                "AGAIN NEXT WEEK." },
        { "ru", "МИНИСТРЫ ЗАЯВИЛИ, ЧТО ПЕРЕГОВОРЫ БЫЛИ ПОЛЕЗНЫМИ И ЧТО ОНИ СНОВА "
                "ПОГОВОРЯТ НА СЛЕДУЮЩЕЙ НЕДЕЛЕ." },
        { "de", "DIE STRASSE IST FÜR DEN VERKEHR GESPERRT, TEILTE DIE POLIZEI AM MONTAG MIT." },
        { "de", "Die Straße ist für den Verkehr gesperrt, teilte die Polizei am Montag mit." },
        /* the same, decomposed: "fu" + U+0308 */
        { "de", "Die Stra\xc3\x9f" "e ist fu\xcc\x88r den Verkehr gesperrt, teilte die Polizei "
                "am Montag mit." },
        { "pl", "Minister powiedział, że rozmowy były przydatne i że wkrótce znowu się "
                "spotkają." },
        /* the same, decomposed: "z" + U+0307, "o" + U+0301, "e" + U+0328, ... */
        { "pl", "Minister powiedzia\xc5\x82, z\xcc\x87" "e rozmowy by\xc5\x82y przydatne i "
                "z\xcc\x87" "e wkro\xcc\x81tce znowu sie\xcc\xa8 spotkaja\xcc\xa8." },
        { "tr", "Bakan, görüşmelerin çok yararlı olduğunu ve İstanbul'da yeniden bir araya "
                "geleceklerini söyledi." },
        /* the long s folds to an ASCII s: every function word here has one */
        { "de", "ſie ſind daſs iſt" },
    };
    check_samples(samples, sizeof samples / sizeof samples[0]);
}

/* A character cut by the end of the sample counts for nothing. */
static void
test_sample_cut_inside_a_character(void **state)
{
    (void)state;
    static const char ru[] = "Министры заявили, что переговоры были полезными. ";
    size_t ru_len = sizeof ru - 1;
    size_t len = 1 + (LANG_SAMPLE_BYTES / ru_len + 2) * ru_len;
    char *text = ww_xmalloc(len);
    text[0] = '-'; /* shifts the letters so that the sample ends inside one: */
    for (size_t at = 1; at + ru_len <= len; at += ru_len)
        memcpy(text + at, ru, ru_len);
    assert_true(((unsigned char)text[LANG_SAMPLE_BYTES - 1] & 0xC0) == 0xC0); /* a first byte */
    assert_string_equal(lang_detect(text, len), "ru");
    assert_string_equal(lang_detect(text, len), lang_detect(text, LANG_SAMPLE_BYTES - 1));
    free(text);
}

static void
test_script_of(void **state)
{
    (void)state;
    assert_int_equal(lang_script_of('a'), LANG_SCRIPT_LATIN);
    assert_int_equal(lang_script_of(0x00E9), LANG_SCRIPT_LATIN);       /* é */
    assert_int_equal(lang_script_of(0x0416), LANG_SCRIPT_CYRILLIC);    /* Ж */
    assert_int_equal(lang_script_of(0x03A9), LANG_SCRIPT_GREEK);       /* Ω */
    assert_int_equal(lang_script_of(0x05D0), LANG_SCRIPT_HEBREW);      /* א */
    assert_int_equal(lang_script_of(0x0628), LANG_SCRIPT_ARABIC);      /* ب */
    assert_int_equal(lang_script_of(0x0915), LANG_SCRIPT_DEVANAGARI);  /* क */
    assert_int_equal(lang_script_of(0x0E01), LANG_SCRIPT_THAI);        /* ก */
    assert_int_equal(lang_script_of(0x10D0), LANG_SCRIPT_GEORGIAN);    /* ა */
    assert_int_equal(lang_script_of(0x0561), LANG_SCRIPT_ARMENIAN);    /* ա */
    assert_int_equal(lang_script_of(0xD55C), LANG_SCRIPT_HANGUL);      /* 한 */
    assert_int_equal(lang_script_of(0x3042), LANG_SCRIPT_KANA);        /* あ */
    assert_int_equal(lang_script_of(0x4E2D), LANG_SCRIPT_HAN);         /* 中 */
    assert_int_equal(lang_script_of(0x1200), LANG_SCRIPT_OTHER);       /* Ethiopic ሀ */
    assert_int_equal(lang_script_of('7'), LANG_SCRIPT_NONE);
    assert_int_equal(lang_script_of(','), LANG_SCRIPT_NONE);
    assert_int_equal(lang_script_of(0x060C), LANG_SCRIPT_NONE);        /* Arabic comma */
    assert_int_equal(lang_script_of(0x0301), LANG_SCRIPT_NONE);        /* combining acute */
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_latin_languages),
        cmocka_unit_test(test_cyrillic_languages),
        cmocka_unit_test(test_other_scripts),
        cmocka_unit_test(test_undetermined),
        cmocka_unit_test(test_invalid_bytes_are_skipped),
        cmocka_unit_test(test_nfd_input),
        cmocka_unit_test(test_samples_only_the_start),
        cmocka_unit_test(test_case_and_form_do_not_matter),
        cmocka_unit_test(test_sample_cut_inside_a_character),
        cmocka_unit_test(test_script_of),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

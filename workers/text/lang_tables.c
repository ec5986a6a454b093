/* SPDX-License-Identifier: MIT
 *
 * lang_tables — the data lang.c counts with (lang_int.h): language codes, the function words
 * of the Latin-script languages, the letters that mark a language within its script, and
 * the Unicode blocks of each script. */
#include "lang_int.h"

const char *const lang_code[L_COUNT] = {
    [L_EN] = "en", [L_DE] = "de", [L_FR] = "fr", [L_ES] = "es", [L_IT] = "it",
    [L_PT] = "pt", [L_NL] = "nl", [L_PL] = "pl", [L_TR] = "tr", [L_SV] = "sv",
    [L_RO] = "ro", [L_CS] = "cs", [L_ID] = "id", [L_VI] = "vi", [L_HA] = "ha", [L_SO] = "so",
    [L_RU] = "ru", [L_UK] = "uk", [L_BE] = "be", [L_BG] = "bg", [L_SR] = "sr",
    [L_MK] = "mk", [L_KK] = "kk", [L_TG] = "tg", [L_AR] = "ar", [L_FA] = "fa", [L_UR] = "ur", [L_PS] = "ps",
};

/* The most common function words of each Latin-script language, lower case,
 * NFC, one space apart and one space at each end (so " word " finds a
 * whole word). Overlaps between languages are fine: the totals decide. */
const char *const lang_stopwords[L_LATIN_COUNT] = {
    [L_EN] = " the of and to in a is that for on with as was by at from it be are this have"
             " has an not but which said were his he had they its will been who would their"
             " or after also more than over into about ",
    [L_DE] = " der die das und ist nicht ein eine einen dem den des mit von zu im auf für sich"
             " auch es wird wurde werden hat haben sie als bei nach aus dass wie oder noch um"
             " sind über zum zur am vom ",
    [L_FR] = " le la les de des du et est un une en que qui dans pour pas sur au aux par avec"
             " ce cette il elle ont ne se son sa ses mais plus été sont qu à comme leur entre"
             " après ",
    [L_ES] = " el la los las de del y en que es un una por con para no se lo su sus al como"
             " más pero fue ha han sobre este esta entre también ya según desde ",
    [L_IT] = " il lo la gli le di del della dei delle e è che un una per con non si da in al"
             " alla nel nella sono ha anche come più ma dell nell all questo questa dopo ",
    [L_PT] = " o a os as de do da dos das e é que um uma em no na nos nas por para com não se"
             " ao à seu sua mais mas foi como também ser pelo pela entre ",
    [L_NL] = " de het een en van is in dat die op te met voor niet zijn aan er ook als bij"
             " door om maar naar dan heeft werd wordt hij zij worden tot deze uit nog ",
    [L_PL] = " i w z na się nie do to że jest o jak po co ale za od jego już tak przez przy są"
             " dla oraz być był była było może został które który która ",
    [L_TR] = " ve bir bu da de için ile olarak çok daha ne gibi en ama olan sonra kadar her ki"
             " mi göre değil var tarafından ise şu ya üzerinde ancak ",
    [L_SV] = " och i att det som en på är av för med till den har de inte om ett han hon var"
             " men från vid så kan också efter sin sina eller ",
    [L_RO] = " și şi în de la cu pe că a al ale este un o nu se care din pentru mai au fost"
             " sunt lui acest această după sau dar fi ",
    [L_CS] = " a v se na je že s z do to o jako pro by ale i jsou k po jeho už který která"
             " které byl byla bylo také podle při od ",
    [L_ID] = " yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada"
             " oleh mereka kami sebagai atau telah bahwa saat lebih sudah bisa para menurut"
             " kata ",
    [L_VI] = " của và là các có được cho không những người trong với này đã một để đến khi về"
             " theo tại từ ông bà nhưng cũng sẽ như nhiều rằng ",
    [L_HA] = " da na ta ya su sun ba wanda cikin kan ga ake an za zai domin amma kuma game"
             " tare kasar wajen yayin inda shi ita wannan ",
    [L_SO] = " iyo oo ka ku ayaa in waxaa u ee waa uu ay waxay kala kaga ah ugu kale sidoo"
             " kale isla xilli ",
};

/* Letters (lower case, after folding) that only some languages of a script
 * use. Latin markers add to the function-word score; Cyrillic and Arabic
 * markers decide on their own (see pick_cyrillic, pick_arabic). */
const marker_t lang_markers[] = {
    { 0x00DF, 0x00DF, L_DE },   /* ß */
    { 0x00E3, 0x00E3, L_PT },   /* ã */
    { 0x00E5, 0x00E5, L_SV },   /* å */
    { 0x00EA, 0x00EA, L_FR },   /* ê */
    { 0x00EC, 0x00EC, L_IT },   /* ì */
    { 0x00F1, 0x00F1, L_ES },   /* ñ */
    { 0x00F2, 0x00F2, L_IT },   /* ò */
    { 0x00F5, 0x00F5, L_PT },   /* õ */
    { 0x00F9, 0x00F9, L_FR },   /* ù */
    { 0x00FB, 0x00FB, L_FR },   /* û */
    { 0x0103, 0x0103, L_RO },   /* ă */
    { 0x0105, 0x0105, L_PL },   /* ą */
    { 0x0111, 0x0111, L_VI },   /* đ */
    { 0x0119, 0x0119, L_PL },   /* ę */
    { 0x011B, 0x011B, L_CS },   /* ě */
    { 0x011F, 0x011F, L_TR },   /* ğ */
    { 0x0131, 0x0131, L_TR },   /* dotless ı */
    { 0x0142, 0x0142, L_PL },   /* ł */
    { 0x0144, 0x0144, L_PL },   /* ń */
    { 0x0153, 0x0153, L_FR },   /* œ */
    { 0x0159, 0x0159, L_CS },   /* ř */
    { 0x015B, 0x015B, L_PL },   /* ś */
    { 0x015F, 0x015F, L_TR },   /* ş */
    { 0x0163, 0x0163, L_RO },   /* ţ */
    { 0x016F, 0x016F, L_CS },   /* ů */
    { 0x017A, 0x017A, L_PL },   /* ź */
    { 0x017C, 0x017C, L_PL },   /* ż */
    { 0x01A1, 0x01A1, L_VI },   /* ơ */
    { 0x01B0, 0x01B0, L_VI },   /* ư */
    { 0x0219, 0x0219, L_RO },   /* ș */
    { 0x021B, 0x021B, L_RO },   /* ț */
    { 0x044A, 0x044A, L_BG },   /* ъ */
    { 0x044B, 0x044B, L_RU },   /* ы */
    { 0x044D, 0x044D, L_RU },   /* э */
    { 0x0451, 0x0451, L_RU },   /* ё */
    { 0x0452, 0x0452, L_SR },   /* ђ */
    { 0x0453, 0x0453, L_MK },   /* ѓ */
    { 0x0454, 0x0454, L_UK },   /* є */
    { 0x0455, 0x0455, L_MK },   /* ѕ */
    { 0x0456, 0x0457, L_UK },   /* і ї */
    { 0x0458, 0x0458, L_SR },   /* ј */
    { 0x045B, 0x045B, L_SR },   /* ћ */
    { 0x045C, 0x045C, L_MK },   /* ќ */
    { 0x045E, 0x045E, L_BE },   /* ў */
    { 0x0491, 0x0491, L_UK },   /* ґ */
    { 0x0493, 0x0493, L_KK },   /* ғ */
    { 0x049B, 0x049B, L_KK },   /* қ */
    { 0x04A3, 0x04A3, L_KK },   /* ң */
    { 0x04AF, 0x04AF, L_KK },   /* ү */
    { 0x04B1, 0x04B1, L_KK },   /* ұ */
    { 0x04B3, 0x04B3, L_TG },   /* ҳ */
    { 0x04B7, 0x04B7, L_TG },   /* ҷ */
    { 0x04BB, 0x04BB, L_KK },   /* һ */
    { 0x04D9, 0x04D9, L_KK },   /* ә */
    { 0x04E3, 0x04E3, L_TG },   /* ӣ */
    { 0x04E9, 0x04E9, L_KK },   /* ө */
    { 0x04EF, 0x04EF, L_TG },   /* ӯ */
    { 0x0629, 0x0629, L_AR },   /* ة */
    { 0x0643, 0x0643, L_AR },   /* ك */
    { 0x064A, 0x064A, L_AR },   /* ي */
    { 0x0679, 0x0679, L_UR },   /* ٹ */
    { 0x067C, 0x067C, L_PS },   /* ټ */
    { 0x067E, 0x067E, L_FA },   /* پ */
    { 0x0681, 0x0681, L_PS },   /* ځ */
    { 0x0685, 0x0685, L_PS },   /* څ */
    { 0x0686, 0x0686, L_FA },   /* چ */
    { 0x0688, 0x0688, L_UR },   /* ڈ */
    { 0x0689, 0x0689, L_PS },   /* ډ */
    { 0x0691, 0x0691, L_UR },   /* ڑ */
    { 0x0693, 0x0693, L_PS },   /* ړ */
    { 0x0696, 0x0696, L_PS },   /* ږ */
    { 0x0698, 0x0698, L_FA },   /* ژ */
    { 0x069A, 0x069A, L_PS },   /* ښ */
    { 0x06A9, 0x06A9, L_FA },   /* ک */
    { 0x06AB, 0x06AB, L_PS },   /* ګ */
    { 0x06AF, 0x06AF, L_FA },   /* گ */
    { 0x06BA, 0x06BA, L_UR },   /* ں */
    { 0x06BC, 0x06BC, L_PS },   /* ڼ */
    { 0x06C1, 0x06C1, L_UR },   /* ہ */
    { 0x06CC, 0x06CC, L_FA },   /* ی */
    { 0x06CD, 0x06CD, L_PS },   /* ۍ */
    { 0x06D0, 0x06D0, L_PS },   /* ې */
    { 0x06D2, 0x06D2, L_UR },   /* ے */
    { 0x1EA0, 0x1EF9, L_VI },   /* ạ ả ấ ... ỹ: Vietnamese tone letters */
};

/* Unicode blocks by script, sorted by lo for the binary search. */
const script_range_t lang_script_ranges[] = {
    { 0x0041, 0x024F, LANG_SCRIPT_LATIN },
    { 0x0250, 0x02AF, LANG_SCRIPT_LATIN },      /* IPA extensions */
    { 0x0370, 0x03FF, LANG_SCRIPT_GREEK },
    { 0x0400, 0x052F, LANG_SCRIPT_CYRILLIC },
    { 0x0530, 0x058F, LANG_SCRIPT_ARMENIAN },
    { 0x0590, 0x05FF, LANG_SCRIPT_HEBREW },
    { 0x0600, 0x06FF, LANG_SCRIPT_ARABIC },
    { 0x0750, 0x077F, LANG_SCRIPT_ARABIC },
    { 0x08A0, 0x08FF, LANG_SCRIPT_ARABIC },
    { 0x0900, 0x097F, LANG_SCRIPT_DEVANAGARI },
    { 0x0E00, 0x0E7F, LANG_SCRIPT_THAI },
    { 0x10A0, 0x10FF, LANG_SCRIPT_GEORGIAN },
    { 0x1100, 0x11FF, LANG_SCRIPT_HANGUL },
    { 0x1C80, 0x1C8F, LANG_SCRIPT_CYRILLIC },
    { 0x1C90, 0x1CBF, LANG_SCRIPT_GEORGIAN },
    { 0x1E00, 0x1EFF, LANG_SCRIPT_LATIN },
    { 0x1F00, 0x1FFF, LANG_SCRIPT_GREEK },
    { 0x2C60, 0x2C7F, LANG_SCRIPT_LATIN },
    { 0x2D00, 0x2D2F, LANG_SCRIPT_GEORGIAN },
    { 0x2DE0, 0x2DFF, LANG_SCRIPT_CYRILLIC },
    { 0x2E80, 0x2FDF, LANG_SCRIPT_HAN },
    { 0x3005, 0x3007, LANG_SCRIPT_HAN },        /* 々 〆 〇 */
    { 0x3040, 0x30FF, LANG_SCRIPT_KANA },
    { 0x3130, 0x318F, LANG_SCRIPT_HANGUL },
    { 0x31F0, 0x31FF, LANG_SCRIPT_KANA },
    { 0x3400, 0x4DBF, LANG_SCRIPT_HAN },
    { 0x4E00, 0x9FFF, LANG_SCRIPT_HAN },
    { 0xA640, 0xA69F, LANG_SCRIPT_CYRILLIC },
    { 0xA720, 0xA7FF, LANG_SCRIPT_LATIN },
    { 0xA8E0, 0xA8FF, LANG_SCRIPT_DEVANAGARI },
    { 0xA960, 0xA97F, LANG_SCRIPT_HANGUL },
    { 0xAB30, 0xAB6F, LANG_SCRIPT_LATIN },
    { 0xAC00, 0xD7FF, LANG_SCRIPT_HANGUL },
    { 0xF900, 0xFAFF, LANG_SCRIPT_HAN },
    { 0xFB13, 0xFB17, LANG_SCRIPT_ARMENIAN },
    { 0xFB1D, 0xFB4F, LANG_SCRIPT_HEBREW },
    { 0xFB50, 0xFDFF, LANG_SCRIPT_ARABIC },
    { 0xFE70, 0xFEFF, LANG_SCRIPT_ARABIC },
    { 0xFF21, 0xFF5A, LANG_SCRIPT_LATIN },      /* full-width A-z */
    { 0xFF66, 0xFF9F, LANG_SCRIPT_KANA },       /* half-width Katakana */
    { 0x20000, 0x323AF, LANG_SCRIPT_HAN },
};

const size_t lang_n_markers = sizeof lang_markers / sizeof lang_markers[0];
const size_t lang_n_script_ranges = sizeof lang_script_ranges / sizeof lang_script_ranges[0];

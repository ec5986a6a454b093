/* SPDX-License-Identifier: MIT
 *
 * chrome — which lines of a scraped page are not the article (see chrome.h).
 *
 * Every line is folded once (normalise_fold: NFKC_Casefold, punctuation and
 * symbols to spaces) into one shared buffer, so the tables below are written
 * in that form. All the phrases go into one hash table, built on first use
 * (without a lock: the worker is single-threaded): a line is looked up at
 * each place a phrase could end in it (a space, the end, a CJK character)
 * up to the length of the longest phrase, not compared with every phrase.
 * Captions and credits need their punctuation (©, '/', " - "), so those
 * rules look at the line itself, lower-cased a few dozen bytes at a time.
 * The work per line is bounded, so a page costs time linear in its length.
 *
 * Adding a phrase: write it the way normalise_fold would (lower case, ß as
 * ss, each apostrophe or hyphen as a space); test_normalise checks that. */
#include "chrome.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "lang.h"
#include "normalise.h"
#include "ww_alloc.h"
#include "ww_buf.h"

#define CHROME_NOTICE_WORDS   60 /* cookie and copyright notices run to a few sentences */
#define CHROME_CAPTION_WORDS  60 /* a photo caption is one or two sentences */
#define CHROME_INLINE_WORDS   20 /* "Read also: <a headline>" on one line */
#define CHROME_HEADLINE_WORDS 16 /* the longest headline-shaped line we call a list item */
#define CHROME_LIST_ITEMS     10 /* a related list longer than this is more likely text */
#define CHROME_RUN_MIN        3  /* a menu is at least three short lines */
#define CHROME_RUN_ITEM_WORDS 3  /* "English" inside a Cyrillic menu */
#define CREDIT_TAIL_BYTES     96 /* "Alexander Shcherbak/TASS", "EPA/LEONHARD FOEGER / POOL" */
#define SUFFIX_BYTES          48 /* " - Sputnik International" */
#define PREFIX_BYTES          24 /* the longest caption prefix, "(archivio)" with room */
#define LOWER_MAX             (4 * CREDIT_TAIL_BYTES) /* lower case can grow a few bytes */

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* Whole lines (counters such as "Comments 12" lose their digits first). */
static const char *const menu_phrases[] = {
    /* en */
    "all news", "news", "latest news", "top stories", "world", "politics", "economy",
    "business", "society", "sport", "sports", "science", "culture", "opinion", "analysis",
    "video", "videos", "photo", "photos", "multimedia", "newsfeed", "news feed", "home",
    "menu", "search", "more", "close", "subscribe", "chats", "chat", "loader", "loading",
    "comments", "comment", "share", "tweet", "email", "print", "login", "log in", "sign in",
    "register", "sign up", "log in or register", "advertisement", "advertising", "sponsored",
    "sponsored content", "accept", "accept all", "reject all", "cookie settings",
    "back to top", "next", "previous", "facebook", "twitter", "telegram", "whatsapp", "vk",
    "linkedin", "reddit", "rss", "international", "world news", "diplomacy", "middle east",
    "europe", "asia", "africa", "americas", "us news", "uk news",
    /* language switchers */
    "english", "русский", "deutsch", "français", "español", "العربية", "中文", "日本語",
    "português", "italiano", "türkçe", "فارسی", "українська",
    /* ru */
    "все новости", "новости", "лента новостей", "главное", "главная", "мир", "в мире", "россия",
    "в россии", "в стране", "международная панорама", "дипломатия", "за рубежом",
    "политика", "экономика", "общество", "спорт", "наука", "культура", "происшествия",
    "видео", "фото", "фоторепортаж", "мультимедиа", "меню", "поиск", "подписаться",
    "поделиться", "комментарии", "комментировать", "войти", "вход", "регистрация", "реклама",
    "читать далее", "подробнее", "ещё", "еще", "закрыть", "вконтакте", "одноклассники",
    "телеграм",
    /* de */
    "alle nachrichten", "nachrichten", "startseite", "welt", "politik", "wirtschaft",
    "gesellschaft", "kultur", "wissen", "meinung", "suche", "menü", "abonnieren", "teilen",
    "artikel teilen", "drucken", "kommentare", "kommentieren", "anmelden", "registrieren",
    "einloggen", "anzeige", "werbung", "mehr", "weiterlesen", "schliessen", "alle akzeptieren",
    "akzeptieren", "ablehnen", "zustimmen", "einstellungen", "datenschutz", "impressum",
    /* fr */
    "toutes les actualités", "actualités", "accueil", "monde", "politique", "économie",
    "société", "culture", "recherche", "partager", "imprimer", "commentaires", "commenter",
    "s abonner", "abonnez vous", "se connecter", "connexion", "s inscrire", "publicité",
    "lire la suite", "fermer", "tout accepter", "accepter", "refuser",
    "continuer sans accepter",
    /* es */
    "todas las noticias", "noticias", "última hora", "portada", "inicio", "mundo",
    "internacional", "política", "economía", "sociedad", "deportes", "buscar", "compartir",
    "imprimir", "comentarios", "comentar", "suscribirse", "suscríbete", "iniciar sesión",
    "registrarse", "publicidad", "leer más", "cerrar", "aceptar", "aceptar todo", "rechazar",
    /* ar */
    "كل الأخبار", "الأخبار", "أخبار", "الرئيسية", "العالم", "سياسة", "اقتصاد", "رياضة",
    "ثقافة", "بحث", "شارك", "مشاركة", "تعليقات", "التعليقات", "اشترك", "تسجيل الدخول", "إعلان",
    "اقرأ المزيد", "إغلاق", "موافق",
    /* zh */
    "所有新闻", "新闻", "首页", "国际", "国内", "世界", "政治", "经济", "社会", "体育", "文化",
    "视频", "图片", "搜索", "分享", "评论", "订阅", "登录", "注册", "广告", "更多", "关闭",
    "接受",
};

/* Short lines that start with one of these prompts. */
static const char *const widget_phrases[] = {
    "to participate in the discussion", "log in or register", "log in to", "sign in to",
    "please log in", "you must be logged in", "share this", "share on", "share via",
    "share article", "subscribe to", "follow us", "join us on", "sign up for", "click here",
    "download our app", "чтобы участвовать в дискуссии", "чтобы оставить комментарий",
    "авторизуйтесь или зарегистрируйтесь", "войдите или зарегистрируйтесь",
    "подписывайтесь на", "подпишитесь на", "поделиться в", "следите за нами",
    "присоединяйтесь к нам", "um an der diskussion teilzunehmen", "melden sie sich an",
    "jetzt abonnieren", "abonnieren sie", "teilen sie", "teilen auf", "folgen sie uns",
    "registrieren sie sich", "pour participer à la discussion", "connectez vous",
    "abonnez vous à", "suivez nous", "partager sur", "inscrivez vous",
    "para participar en la discusión", "inicia sesión", "suscríbete a", "síguenos en",
    "compartir en", "regístrate", "للمشاركة في النقاش", "سجل الدخول", "تابعونا على",
    "شارك على", "اشترك في", "参与讨论", "请登录", "关注我们", "分享到",
};

/* "Read also" and friends alone on a line open a list of headlines. */
static const char *const related_words[] = {
    "related", "recommended", "trending", "популярное", "рекомендуем", "meistgelesen",
    "empfohlen", "relacionado", "relacionados",
};

/* The same, as phrases that may also lead a headline on their line. */
static const char *const related_phrases[] = {
    "read also", "read more", "see also", "related news", "related articles",
    "related stories", "related topics", "related content", "related coverage",
    "more on this topic", "more on this story", "you may also like", "most read",
    "most popular", "читайте также", "читать также", "смотрите также", "по теме",
    "ещё по теме", "еще по теме", "материалы по теме", "новости по теме", "самое читаемое",
    "lesen sie auch", "lesen sie mehr", "mehr zum thema", "das könnte sie auch interessieren",
    "auch interessant", "weitere artikel", "verwandte artikel", "lire aussi", "à lire aussi",
    "lire également", "à lire également", "voir aussi", "sur le même sujet", "articles liés",
    "les plus lus", "nos recommandations", "leer también", "lea también", "lee también",
    "ver también", "te puede interesar", "le puede interesar", "noticias relacionadas",
    "más sobre este tema", "lo más leído", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ ايضا",
    "مواضيع ذات صلة", "أخبار ذات صلة", "الأكثر قراءة", "相关新闻", "相关阅读", "延伸阅读",
    "推荐阅读", "相关报道", "热门新闻", "阅读更多",
};

/* Lines of any length up to CHROME_NOTICE_WORDS that start with these. */
static const char *const notice_phrases[] = {
    "we use cookies", "this website uses cookies", "this site uses cookies",
    "our website uses cookies", "by continuing to browse", "by continuing to use",
    "by using this site", "by using our website", "get the latest news from",
    "all rights reserved", "subscribe to our newsletter", "sign up for our newsletter",
    "you are using an outdated browser", "please enable javascript",
    "your browser does not support", "reporting by", "additional reporting by",
    "editing by", "writing by", "our standards", "мы используем файлы cookie",
    "мы используем cookie",
    "мы используем куки", "этот сайт использует", "сайт использует файлы cookie",
    "продолжая использовать сайт", "продолжая пользоваться сайтом", "все права защищены",
    "при цитировании ссылка", "при использовании материалов", "wir verwenden cookies",
    "wir nutzen cookies", "diese website verwendet cookies", "diese webseite verwendet cookies",
    "diese website nutzt cookies", "um unsere webseite für sie optimal",
    "mit der nutzung dieser website", "alle rechte vorbehalten", "aktuelle nachrichten aus",
    "nous utilisons des cookies", "ce site utilise des cookies",
    "en poursuivant votre navigation", "en continuant à naviguer", "tous droits réservés",
    "toute l actualité", "utilizamos cookies", "usamos cookies",
    "este sitio web utiliza cookies", "este sitio utiliza cookies", "esta web utiliza cookies",
    "si continúa navegando", "al continuar navegando", "todos los derechos reservados",
    "las últimas noticias de", "نستخدم ملفات تعريف الارتباط",
    "يستخدم هذا الموقع ملفات تعريف الارتباط", "هذا الموقع يستخدم ملفات تعريف الارتباط",
    "جميع الحقوق محفوظة", "本网站使用cookie", "我们使用cookie", "版权所有",
};

/* Site names: a line of its own, a title's " - <site>" tail, a caption's tail. */
static const char *const outlet_phrases[] = {
    "sputnik international", "sputnik", "sputnik news", "sputnik deutschland",
    "sputnik france", "sputnik mundo", "tass", "тасс", "ria novosti", "риа новости", "rt",
    "rt news", "reuters", "interfax", "интерфакс", "the moscow times", "россия сегодня",
    "известия", "коммерсантъ", "ведомости", "lenta ru", "рбк", "bbc news", "bbc", "cnn",
    "al jazeera", "deutsche welle", "dw", "euronews", "france 24", "xinhua", "新华网", "新华社",
};

/* Photo agencies and pool credits, lower case with punctuation (these are
 * compared with the line itself, around its '/'). */
static const char *const agencies[] = {
    "tass", "тасс", "итар-тасс", "epa", "epa-efe", "afp", "ap", "ap photo", "reuters",
    "рейтер", "ria novosti", "риа новости", "sputnik", "спутник", "pool", "getty images",
    "xinhua", "синьхуа", "dpa", "picture alliance", "picture-alliance", "anadolu",
    "anadolu agency", "efe", "ansa", "kyodo", "yonhap", "bloomberg", "zuma press", "imago",
    "kremlin.ru", "пресс-служба", "press service", "handout", "wikimedia commons",
    "shutterstock",
};

/* Caption and credit openings, lower case with punctuation. */
static const char *const caption_prefixes[] = {
    "\xc2\xa9", "photo:", "photo :", "photos:", "photo credit", "photo by ", "фото:",
    "фото :", "фото -", "foto:", "fotos:", "bild:", "image:", "picture:", "credit:",
    "credits:", "(archive)", "(архив)", "(archiv)", "(archives)", "(archivo)", "(archivio)",
    "صورة:", "图片：", "图片:", "图：", "资料图",
};

typedef enum { MATCH_EXACT, MATCH_PREFIX } match_t;

#define PHRASE_SLOTS 1024 /* hash slots for every phrase of every table, a power of two */
#define NO_MATCH     SIZE_MAX

#define CHROME_TAIL_WORDS 3 /* a tag or a label after the last sentence */

typedef struct {
    const char *const *phrases;
    size_t n;
    match_t how;
    size_t max_words;  /* longer lines never match this table */
    chrome_why_t why;
} table_t;

/* Checked in this order; the first hit names the reason. */
static const table_t tables[] = {
    { menu_phrases,    N_ELEMS(menu_phrases),    MATCH_EXACT,  CHROME_SHORT_WORDS,
      CHROME_MENU },
    { outlet_phrases,  N_ELEMS(outlet_phrases),  MATCH_EXACT,  CHROME_SHORT_WORDS,
      CHROME_MENU },
    { related_words,   N_ELEMS(related_words),   MATCH_EXACT,  CHROME_SHORT_WORDS,
      CHROME_RELATED },
    { related_phrases, N_ELEMS(related_phrases), MATCH_PREFIX, CHROME_INLINE_WORDS,
      CHROME_RELATED },
    { widget_phrases,  N_ELEMS(widget_phrases),  MATCH_PREFIX, CHROME_SHORT_WORDS,
      CHROME_WIDGET },
    { notice_phrases,  N_ELEMS(notice_phrases),  MATCH_PREFIX, CHROME_NOTICE_WORDS,
      CHROME_NOTICE },
};

#define N_TABLES N_ELEMS(tables)
#define N_PHRASES                                                                            \
    (N_ELEMS(menu_phrases) + N_ELEMS(outlet_phrases) + N_ELEMS(related_words) +            \
     N_ELEMS(related_phrases) + N_ELEMS(widget_phrases) + N_ELEMS(notice_phrases))
_Static_assert(N_PHRASES * 2 <= PHRASE_SLOTS, "PHRASE_SLOTS: keep the table half empty");

/* One phrase of one table, in the hash table. */
typedef struct {
    const char *text; /* NULL: an empty slot */
    uint32_t hash;
    uint16_t len;
    uint16_t index;   /* in its table: the first phrase that matches wins */
    uint8_t table;    /* in tables[] */
} slot_t;

static slot_t slots[PHRASE_SLOTS];
static size_t phrase_max_len; /* bytes of the longest phrase; 0 until built */

#define FNV_OFFSET 2166136261u
#define FNV_PRIME  16777619u

static uint32_t
hash_step(uint32_t h, char c)
{
    return (h ^ (uint8_t)c) * FNV_PRIME;
}

static void
build_phrase_index(void)
{
    for (size_t t = 0; t < N_TABLES; t++) {
        for (size_t i = 0; i < tables[t].n; i++) {
            const char *ph = tables[t].phrases[i];
            size_t len = strlen(ph);
            uint32_t h = FNV_OFFSET;
            for (size_t k = 0; k < len; k++)
                h = hash_step(h, ph[k]);
            size_t at = h & (PHRASE_SLOTS - 1);
            while (slots[at].text != NULL)
                at = (at + 1) & (PHRASE_SLOTS - 1);
            slots[at] = (slot_t){ .text = ph, .hash = h, .len = (uint16_t)len,
                                  .index = (uint16_t)i, .table = (uint8_t)t };
            if (len > phrase_max_len)
                phrase_max_len = len;
        }
    }
}

/* What chrome_mark learns about one line before judging it. */
typedef struct {
    const char *text;       /* borrowed from the caller */
    size_t len;
    size_t fold_off;        /* the key form, in page_t.folds */
    size_t fold_len;
    size_t words;           /* folded tokens, plus one per two CJK characters */
    lang_script_t script;   /* majority script of its letters; NONE without letters */
    bool ends_sentence;     /* last character closes a sentence or a quote */
} line_t;

typedef struct {
    line_t *lines;
    size_t n;
    ww_buf_t folds;         /* every line's key form, back to back */
    size_t title_off;       /* the title's key form, in folds */
    size_t title_len;
    lang_script_t dominant; /* the article's script; NONE when it has no letters */
    chrome_why_t *why;
} page_t;

static const char *const why_names[CHROME_WHY_COUNT] = {
    [CHROME_KEEP] = "keep",       [CHROME_BLANK] = "blank",     [CHROME_NO_LETTERS] = "no-letters",
    [CHROME_MENU] = "menu",       [CHROME_WIDGET] = "widget",   [CHROME_RELATED] = "related",
    [CHROME_NOTICE] = "notice",   [CHROME_CAPTION] = "caption", [CHROME_SCRIPT] = "script",
    [CHROME_TITLE] = "title",
};

const char *
chrome_why_str(chrome_why_t why)
{
    return (unsigned)why < CHROME_WHY_COUNT ? why_names[why] : "unknown";
}

const char *
chrome_phrase(size_t i)
{
    for (size_t t = 0; t < N_ELEMS(tables); t++) {
        if (i < tables[t].n)
            return tables[t].phrases[i];
        i -= tables[t].n;
    }
    return NULL;
}

/* Han, Kana and Hangul count as one family: a Japanese page is not "foreign"
 * to its own Kanji. */
static lang_script_t
family_of(lang_script_t s)
{
    return s == LANG_SCRIPT_KANA || s == LANG_SCRIPT_HANGUL ? LANG_SCRIPT_HAN : s;
}

static bool
closes_sentence(int32_t cp)
{
    static const int32_t closers[] = {
        '.', '!', '?', ':', ';', '"', '\'', 0x2026 /* … */, 0x00BB /* » */, 0x201D /* ” */,
        0x2019 /* ’ */, 0x201C /* “ */, 0x3002 /* 。 */, 0xFF01 /* ！ */, 0xFF1F /* ？ */,
        0x061F /* ؟ */, 0x06D4 /* ۔ */, 0x0964 /* । */,
    };
    for (size_t i = 0; i < N_ELEMS(closers); i++)
        if (cp == closers[i])
            return true;
    return false;
}

/* Decodes the code point at P (valid UTF-8, END past it) into *CP and
 * returns its length; *CP is -1 at a byte that starts no whole character. */
static inline size_t
decode_valid(const uint8_t *p, const uint8_t *end, int32_t *cp)
{
    uint8_t c = p[0];
    size_t n = c < 0x80 ? 1 : c < 0xC0 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF8 ? 4 : 0;
    if (n == 0 || (size_t)(end - p) < n) {
        *cp = -1;
        return 1;
    }
    int32_t u = n == 1 ? c : c & (0x7F >> n);
    for (size_t i = 1; i < n; i++)
        u = (u << 6) | (p[i] & 0x3F);
    *cp = u;
    return n;
}

/* Scripts, CJK characters and the last character of L's own text. */
static void
scan_letters(line_t *l, size_t per_script[LANG_SCRIPT_COUNT], size_t *cjk)
{
    int32_t last = 0;
    const uint8_t *p = (const uint8_t *)l->text;
    const uint8_t *end = l->len > 0 ? p + l->len : p;
    while (p < end) {
        if (*p < 0x80) {
            /* ASCII: a letter is Latin, anything else has no script */
            size_t latin = 0;
            const uint8_t *q = p;
            for (; q < end && *q < 0x80; q++)
                latin += (uint8_t)((*q | 0x20) - 'a') <= 'z' - 'a';
            per_script[LANG_SCRIPT_LATIN] += latin;
            last = q[-1];
            p = q;
            continue;
        }
        int32_t cp;
        p += decode_valid(p, end, &cp);
        if (cp < 0)
            break;
        lang_script_t raw = lang_script_of(cp);
        lang_script_t s = family_of(raw);
        if (s != LANG_SCRIPT_NONE)
            per_script[s]++;
        if (s == LANG_SCRIPT_HAN && raw != LANG_SCRIPT_HANGUL)
            (*cjk)++;
        last = cp;
    }
    l->ends_sentence = closes_sentence(last);
}

static void
analyse_line(page_t *pg, line_t *l, const chrome_line_t *in)
{
    l->text = in->text;
    l->len = in->len;
    l->fold_off = pg->folds.len;
    if (l->len > 0 && normalise_fold(l->text, l->len, &pg->folds) == -1)
        l->len = 0; /* the caller promised valid UTF-8; treat a broken line as blank */
    l->fold_len = pg->folds.len - l->fold_off;

    size_t per_script[LANG_SCRIPT_COUNT] = { 0 };
    size_t cjk = 0;
    scan_letters(l, per_script, &cjk);
    l->script = LANG_SCRIPT_NONE;
    for (int s = LANG_SCRIPT_LATIN; s < LANG_SCRIPT_COUNT; s++)
        if (per_script[s] > per_script[l->script])
            l->script = (lang_script_t)s;

    const char *f = pg->folds.ptr + l->fold_off;
    l->words = l->fold_len > 0 ? 1 : 0;
    for (size_t i = 0; i < l->fold_len; i++)
        l->words += f[i] == ' ';
    l->words += cjk / 2;
}

static const char *
fold_of(const page_t *pg, const line_t *l)
{
    return pg->folds.ptr + l->fold_off;
}

/* The article's script: the majority, by words, over the title and the
 * lines long enough to be prose, or over every line when there are none. */
static lang_script_t
dominant_script(const page_t *pg, const line_t *title)
{
    for (int pass = 0; pass < 2; pass++) {
        size_t votes[LANG_SCRIPT_COUNT] = { 0 };
        votes[title->script] += title->words;
        for (size_t i = 0; i < pg->n; i++) {
            const line_t *l = &pg->lines[i];
            if (pass == 1 || l->words > CHROME_SHORT_WORDS)
                votes[l->script] += l->words;
        }
        lang_script_t best = LANG_SCRIPT_NONE;
        size_t best_votes = 0;
        for (int s = LANG_SCRIPT_LATIN; s < LANG_SCRIPT_COUNT; s++)
            if (votes[s] > best_votes) {
                best = (lang_script_t)s;
                best_votes = votes[s];
            }
        if (best != LANG_SCRIPT_NONE)
            return best;
    }
    return LANG_SCRIPT_NONE;
}

/* Strips leading and trailing number tokens ("Comments 12", "0 comments"). */
static void
strip_counters(const char **f, size_t *len)
{
    while (*len > 0) {
        const char *sp = memchr(*f, ' ', *len);
        size_t tok = sp ? (size_t)(sp - *f) : *len;
        if (sp == NULL || strspn(*f, "0123456789") < tok)
            break;
        *f += tok + 1;
        *len -= tok + 1;
    }
    while (*len > 0) {
        size_t i = *len;
        while (i > 0 && (*f)[i - 1] >= '0' && (*f)[i - 1] <= '9')
            i--;
        if (i == *len || i == 0 || (*f)[i - 1] != ' ')
            break;
        *len = i - 1;
    }
}

/* True when a phrase that is the first N bytes of F (LEN bytes) ends at a
 * word boundary there: the end, a space, or, since CJK text has no spaces,
 * any CJK character. */
static bool
ends_at_boundary(const char *f, size_t len, size_t n)
{
    if (n == len || f[n] == ' ')
        return true;
    if ((uint8_t)f[n] < 0xE1)
        return false; /* not the first byte of a character from U+1100 up */
    int32_t cp;
    decode_valid((const uint8_t *)f + n, (const uint8_t *)f + len, &cp);
    return family_of(lang_script_of(cp)) == LANG_SCRIPT_HAN;
}

/* The reason TABLE-phrase matches L, or CHROME_KEEP. *IS_HEADER tells
 * whether L is a "Read also" header alone on its line.
 *
 * The rule, table by table in order: an exact table matches a line equal
 * to one of its phrases; a prefix table also matches a line that starts
 * with a phrase ending at a word boundary, and the first such phrase in
 * the table decides whether the match was exact. A "Read also" prefix does
 * not make a long sentence chrome ("Related to this, he said ..."). */
static chrome_why_t
match_tables(const page_t *pg, const line_t *l, bool *is_header)
{
    const char *f = fold_of(pg, l);
    size_t len = l->fold_len;
    strip_counters(&f, &len);
    *is_header = false;
    if (len == 0)
        return CHROME_KEEP;
    if (phrase_max_len == 0)
        build_phrase_index();

    size_t exact[N_TABLES], first[N_TABLES]; /* the lowest phrase index that matched */
    for (size_t t = 0; t < N_TABLES; t++)
        exact[t] = first[t] = NO_MATCH;
    size_t limit = len < phrase_max_len ? len : phrase_max_len;
    uint32_t h = FNV_OFFSET;
    for (size_t n = 1; n <= limit; n++) {
        h = hash_step(h, f[n - 1]);
        if (n < len && f[n] != ' ' && (uint8_t)f[n] < 0xE1)
            continue; /* no phrase can end here (see ends_at_boundary) */
        bool checked = false, is_boundary = false;
        for (size_t at = h & (PHRASE_SLOTS - 1); slots[at].text != NULL;
             at = (at + 1) & (PHRASE_SLOTS - 1)) {
            const slot_t *sl = &slots[at];
            if (sl->hash != h || sl->len != n || memcmp(sl->text, f, n) != 0)
                continue;
            if (!checked) {
                is_boundary = ends_at_boundary(f, len, n);
                checked = true;
            }
            if (!is_boundary)
                break;
            if (n == len && sl->index < exact[sl->table])
                exact[sl->table] = sl->index;
            if ((n == len || tables[sl->table].how == MATCH_PREFIX) &&
                sl->index < first[sl->table])
                first[sl->table] = sl->index;
        }
    }

    for (size_t t = 0; t < N_TABLES; t++) {
        const table_t *tb = &tables[t];
        if (l->words > tb->max_words)
            continue;
        bool prefix_counts = tb->how == MATCH_PREFIX &&
                             !(tb->why == CHROME_RELATED && l->ends_sentence &&
                               l->words > CHROME_SHORT_WORDS);
        size_t hit = prefix_counts ? first[t] : exact[t];
        if (hit == NO_MATCH)
            continue;
        *is_header = tb->why == CHROME_RELATED && hit == exact[t];
        return tb->why;
    }
    return CHROME_KEEP;
}

/* Lower-cases whole characters of S (LEN bytes of valid UTF-8) into DST
 * until CAP bytes would be exceeded; returns the bytes written. */
static size_t
lower_utf8(const char *s, size_t len, char *dst, size_t cap)
{
    const uint8_t *p = (const uint8_t *)s;
    const uint8_t *end = p + len;
    size_t n = 0;
    while (p < end) {
        if (*p < 0x80) {
            if (n + 1 > cap)
                break;
            dst[n++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + ('a' - 'A') : *p);
            p++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(p, end - p, &cp);
        if (k <= 0)
            break;
        uint8_t enc[4];
        utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), enc);
        if (n + (size_t)m > cap)
            break;
        memcpy(dst + n, enc, (size_t)m);
        n += (size_t)m;
        p += k;
    }
    return n;
}

static bool
is_agency(const char *s, size_t len)
{
    while (len > 0 && s[0] == ' ')
        s++, len--;
    while (len > 0 && s[len - 1] == ' ')
        len--;
    while (len > 0 && ((s[len - 1] >= '0' && s[len - 1] <= '9') || s[len - 1] == ' '))
        len--; /* "AFP 2023" */
    for (size_t i = 0; i < N_ELEMS(agencies); i++)
        if (strlen(agencies[i]) == len && memcmp(s, agencies[i], len) == 0)
            return true;
    return false;
}

/* True when S ends with an agency as a whole word ("... John Kerry EPA"). */
static bool
ends_with_agency(const char *s, size_t len)
{
    while (len > 0 && s[len - 1] == ' ')
        len--;
    for (size_t i = 0; i < N_ELEMS(agencies); i++) {
        size_t n = strlen(agencies[i]);
        if (n <= len && memcmp(s + len - n, agencies[i], n) == 0 &&
            (n == len || s[len - n - 1] == ' '))
            return true;
    }
    return false;
}

/* A credit at the end of a line: "Name/TASS", "EPA/NAME / POOL",
 * "Reuters/Name". Only the last CREDIT_TAIL_BYTES are looked at. */
static bool
has_credit_tail(const char *s, size_t len)
{
    size_t start = len > CREDIT_TAIL_BYTES ? len - CREDIT_TAIL_BYTES : 0;
    while (start < len && ((unsigned char)s[start] & 0xC0) == 0x80)
        start++;
    char tail[LOWER_MAX];
    size_t n = lower_utf8(s + start, len - start, tail, sizeof tail);
    const char *slash = memchr(tail, '/', n);
    if (slash == NULL)
        return false;
    if (ends_with_agency(tail, (size_t)(slash - tail)))
        return true;
    const char *end = tail + n;
    for (const char *p = slash + 1; p <= end;) {
        const char *q = memchr(p, '/', (size_t)(end - p));
        if (q == NULL)
            q = end;
        if (is_agency(p, (size_t)(q - p)))
            return true;
        p = q + 1;
    }
    return false;
}

/* Where a trailing " - <site>" starts in S, or LEN. */
static size_t
site_suffix_at(const char *s, size_t len)
{
    static const char *const seps[] = { " - ", " | ", " \xe2\x80\x93 ", " \xe2\x80\x94 " };
    size_t lo = len > SUFFIX_BYTES ? len - SUFFIX_BYTES : 0;
    for (size_t i = len; i-- > lo;) {
        if (s[i] != ' ')
            continue; /* every separator starts with one */
        for (size_t k = 0; k < N_ELEMS(seps); k++) {
            size_t n = strlen(seps[k]);
            if (i + n > len || memcmp(s + i, seps[k], n) != 0)
                continue;
            ww_buf_t f = WW_BUF_INIT;
            bool hit = false;
            if (normalise_fold(s + i + n, len - i - n, &f) == 0 && f.len > 0)
                for (size_t j = 0; j < N_ELEMS(outlet_phrases) && !hit; j++)
                    hit = strlen(outlet_phrases[j]) == f.len &&
                          memcmp(f.ptr, outlet_phrases[j], f.len) == 0;
            ww_buf_free(&f);
            return hit ? i : len;
        }
    }
    return len;
}

size_t
chrome_title_len(const char *title, size_t len)
{
    size_t at = site_suffix_at(title, len);
    while (at > 0 && title[at - 1] == ' ')
        at--;
    return at == 0 ? len : at; /* a title that is only a site name stays */
}

static bool
is_caption(const line_t *l)
{
    if (l->words > CHROME_CAPTION_WORDS)
        return false;
    char head[4 * PREFIX_BYTES];
    size_t n = lower_utf8(l->text, l->len < PREFIX_BYTES ? l->len : PREFIX_BYTES, head,
                          sizeof head);
    for (size_t i = 0; i < N_ELEMS(caption_prefixes); i++) {
        size_t k = strlen(caption_prefixes[i]);
        if (k <= n && memcmp(head, caption_prefixes[i], k) == 0)
            return true;
    }
    if (l->ends_sentence)
        return false;
    return has_credit_tail(l->text, l->len) || site_suffix_at(l->text, l->len) < l->len;
}

/* True when the bytes after a caption's copy are a credit: a few words
 * with a '/', a ©, or an agency name. */
static bool
is_credit(const char *s, size_t len)
{
    size_t words = 1;
    for (size_t i = 0; i < len; i++)
        words += s[i] == ' ';
    if (words > CHROME_SHORT_WORDS)
        return false;
    char low[LOWER_MAX];
    size_t n = lower_utf8(s, len, low, sizeof low);
    for (size_t i = 0; i + 1 < len; i++)
        if (s[i] == '\xc2' && s[i + 1] == '\xa9') /* © */
            return true;
    return memchr(s, '/', len) != NULL || is_agency(low, n);
}

/* A caption printed twice, once with a credit appended: both copies go. */
static void
mark_caption_pairs(page_t *pg)
{
    for (size_t i = 0; i + 1 < pg->n; i++) {
        const line_t *a = &pg->lines[i], *b = &pg->lines[i + 1];
        if (a->len == 0 || b->len == 0 || a->len == b->len)
            continue;
        const line_t *s = a->len < b->len ? a : b, *l = a->len < b->len ? b : a;
        if (memcmp(l->text, s->text, s->len) != 0 || l->text[s->len] != ' ')
            continue;
        if (is_credit(l->text + s->len + 1, l->len - s->len - 1))
            pg->why[i] = pg->why[i + 1] = CHROME_CAPTION;
    }
}

static bool
is_headline_shaped(const line_t *l)
{
    return !l->ends_sentence && l->words <= CHROME_HEADLINE_WORDS;
}

/* The verdict on line I from the line alone, the title and the line before. */
static chrome_why_t
judge(const page_t *pg, size_t i, size_t *list_left)
{
    const line_t *l = &pg->lines[i];
    if (l->script == LANG_SCRIPT_NONE)
        return CHROME_NO_LETTERS;
    if (pg->title_len > 0 && l->fold_len == pg->title_len &&
        memcmp(fold_of(pg, l), pg->folds.ptr + pg->title_off, l->fold_len) == 0)
        return CHROME_TITLE;
    bool is_header = false;
    chrome_why_t why = match_tables(pg, l, &is_header);
    if (is_header)
        *list_left = CHROME_LIST_ITEMS;
    else if (why == CHROME_KEEP && *list_left > 0 && is_headline_shaped(l)) {
        (*list_left)--;
        return CHROME_RELATED;
    } else
        *list_left = 0;
    if (why != CHROME_KEEP)
        return why;
    if (is_caption(l))
        return CHROME_CAPTION;
    /* Sputnik-style teaser: a linked headline glued under a photo caption. */
    if (i > 0 && pg->why[i - 1] == CHROME_CAPTION && is_headline_shaped(l))
        return CHROME_RELATED;
    if (pg->dominant != LANG_SCRIPT_NONE && l->script != pg->dominant &&
        l->words <= CHROME_SHORT_WORDS)
        return CHROME_SCRIPT;
    return CHROME_KEEP;
}

/* A menu mostly in a foreign script drags its few same-script items
 * ("• English" after "• Русский") along with it. Blank lines do not break
 * a run; any line longer than CHROME_SHORT_WORDS does. */
static void
mark_foreign_runs(page_t *pg)
{
    size_t i = 0;
    while (i < pg->n) {
        size_t start = i, lines = 0, foreign = 0;
        for (; i < pg->n && pg->lines[i].words <= CHROME_SHORT_WORDS; i++) {
            const line_t *l = &pg->lines[i];
            if (l->len == 0)
                continue;
            lines++;
            foreign += l->script != LANG_SCRIPT_NONE && l->script != pg->dominant;
        }
        if (lines >= CHROME_RUN_MIN && foreign * 3 >= lines * 2)
            for (size_t j = start; j < i; j++)
                if (pg->why[j] == CHROME_KEEP && pg->lines[j].words <= CHROME_RUN_ITEM_WORDS)
                    pg->why[j] = CHROME_SCRIPT;
        if (i == start)
            i++;
    }
}

/* Page edges. A page's header sits above its headline, so once the headline
 * is found in the body, the short lines above it that are not sentences
 * (section names such as "Russian Politics & Diplomacy", a date stamp) are
 * header chrome. Below the last sentence, a tail of short lines without a
 * sentence end (tag lists: "Tags", "Syria", "Ukraine") is footer chrome.
 * Neither touches a line that ends a sentence, so a one-line standfirst or
 * a closing quote stays. */
static void
mark_edges(page_t *pg)
{
    size_t head = pg->n;
    for (size_t i = 0; i < pg->n && head == pg->n; i++)
        if (pg->why[i] == CHROME_TITLE)
            head = i;
    for (size_t i = 0; i < head && head < pg->n; i++)
        if (pg->why[i] == CHROME_KEEP && !pg->lines[i].ends_sentence &&
            pg->lines[i].words <= CHROME_SHORT_WORDS)
            pg->why[i] = CHROME_MENU;
    for (size_t i = pg->n; i > 0; i--) {
        const line_t *l = &pg->lines[i - 1];
        if (pg->why[i - 1] != CHROME_KEEP)
            continue;
        if (l->ends_sentence || l->words > CHROME_TAIL_WORDS)
            break;
        pg->why[i - 1] = CHROME_MENU;
    }
}

/* The key: the non-empty key forms of the title and the kept lines, one
 * space apart. That is normalise_fold(title "\n" lines) because a line
 * break is a gap between segments: nothing combines across it, and runs
 * of gaps become one space, none at either end. */
static void
append_key(const page_t *pg, const line_t *title, ww_buf_t *key)
{
    ww_buf_reserve(key, title->fold_len + pg->folds.len + pg->n);
    size_t start = key->len;
    if (title->fold_len > 0)
        ww_buf_append(key, fold_of(pg, title), title->fold_len);
    for (size_t i = 0; i < pg->n; i++) {
        const line_t *l = &pg->lines[i];
        if (pg->why[i] != CHROME_KEEP || l->fold_len == 0)
            continue;
        if (key->len > start)
            ww_buf_putc(key, ' ');
        ww_buf_append(key, fold_of(pg, l), l->fold_len);
    }
}

void
chrome_mark(const chrome_line_t *lines, size_t n, const char *title, size_t title_len,
            chrome_why_t *why, ww_buf_t *key)
{
    page_t pg = { .lines = ww_xcalloc(n ? n : 1, sizeof(line_t)), .n = n, .why = why,
                  .folds = WW_BUF_INIT };
    ww_buf_reserve(&pg.folds, 0); /* folds.ptr is never NULL below */
    for (size_t i = 0; i < n; i++)
        analyse_line(&pg, &pg.lines[i], &lines[i]);
    chrome_line_t t = { title, title_len };
    line_t tl;
    analyse_line(&pg, &tl, &t);
    pg.title_off = tl.fold_off;
    pg.title_len = tl.fold_len;
    pg.dominant = dominant_script(&pg, &tl);

    for (size_t i = 0; i < n; i++)
        why[i] = pg.lines[i].len == 0 ? CHROME_BLANK : CHROME_KEEP;
    mark_caption_pairs(&pg);
    size_t list_left = 0;
    for (size_t i = 0; i < n; i++)
        if (why[i] == CHROME_KEEP)
            why[i] = judge(&pg, i, &list_left);
    mark_foreign_runs(&pg);
    mark_edges(&pg);
    if (key != NULL)
        append_key(&pg, &tl, key);
    ww_buf_free(&pg.folds);
    free(pg.lines);
}

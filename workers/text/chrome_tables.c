/* SPDX-License-Identifier: MIT
 *
 * chrome_tables — the phrases that mark a line as page chrome, and the
 * lookups chrome.c makes in them (see chrome_int.h).
 *
 * The lists are written as people write the words; on first use (without
 * a lock: the worker is single-threaded) each is folded the way chrome.c
 * folds the line it is compared with: the phrases and outlet names in
 * FOLD_KEY, agencies and caption prefixes in FOLD_MATCH, which keeps their
 * punctuation (©, '/', ':'). All the phrases go into one hash table: a
 * line is looked up at each place a phrase could end in it (a space, the
 * end, a CJK character) up to the length of the longest phrase, not
 * compared with every phrase, so the work per line is bounded. */
#include "chrome_int.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "chrome.h"
#include "fold.h"
#include "lang.h"
#include "ww_alloc.h"
#include "ww_buf.h"
#include "ww_strtab.h"
#include "ww_utf8.h"

#define CHROME_NOTICE_WORDS   60 /* cookie and copyright notices run to a few sentences */
#define CHROME_INLINE_WORDS   20 /* "Read also: <a headline>" on one line */

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

/* Checked in this order; the first hit names the reason (see chrome_int.h).
 * The outlet names are also the site names chrome_is_outlet knows. */
#define OUTLET_TABLE 1
const table_t chrome_tables[] = {
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

/* Every phrase of every table, its table and index in the value:
 * (table << 16) | index; the first phrase of a table that matches wins. */
static ww_strtab_t phrases;

#define PHRASE_TABLE(v) ((v) >> 16)
#define PHRASE_INDEX(v) ((v) & 0xFFFF)

/* One list folded: pointers into one arena that lives as long as the
 * process, like fold.h's table. */
typedef struct {
    const char **text;
    size_t *len;
} folded_t;

static folded_t folded_tables[CHROME_N_TABLES];
static folded_t folded_agencies, folded_prefixes;
static bool is_built;

static void
fold_list(const char *const *src, size_t n, fold_form_t form, folded_t *dst)
{
    ww_buf_t arena = WW_BUF_INIT;
    size_t *at = ww_xcalloc(n ? n : 1, sizeof *at);
    dst->len = ww_xcalloc(n ? n : 1, sizeof *dst->len);
    dst->text = ww_xcalloc(n ? n : 1, sizeof *dst->text);
    for (size_t i = 0; i < n; i++) {
        at[i] = arena.len;
        if (fold_append(form, src[i], strlen(src[i]), &arena) == -1)
            abort(); /* the lists are UTF-8 */
        dst->len[i] = arena.len - at[i];
        ww_buf_putc(&arena, '\0');
    }
    for (size_t i = 0; i < n; i++)
        dst->text[i] = arena.ptr + at[i];
    free(at);
}

static void
build(void)
{
    for (size_t t = 0; t < CHROME_N_TABLES; t++) {
        fold_list(chrome_tables[t].phrases, chrome_tables[t].n, FOLD_KEY, &folded_tables[t]);
        for (size_t i = 0; i < chrome_tables[t].n; i++)
            ww_strtab_add(&phrases, folded_tables[t].text[i], folded_tables[t].len[i],
                          (uint32_t)(t << 16 | i));
    }
    fold_list(agencies, N_ELEMS(agencies), FOLD_MATCH, &folded_agencies);
    fold_list(caption_prefixes, N_ELEMS(caption_prefixes), FOLD_MATCH, &folded_prefixes);
    is_built = true;
}

const char *
chrome_phrase(size_t i)
{
    if (!is_built)
        build();
    for (size_t t = 0; t < CHROME_N_TABLES; t++) {
        if (i < chrome_tables[t].n)
            return folded_tables[t].text[i];
        i -= chrome_tables[t].n;
    }
    return NULL;
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
    if (ww_utf8_decode((const uint8_t *)f + n, len - n, &cp) == 0)
        return false;
    return family_of(lang_script_of(cp)) == LANG_SCRIPT_HAN;
}

void
chrome_phrase_hits(const char *f, size_t len, size_t exact[CHROME_N_TABLES],
                   size_t first[CHROME_N_TABLES])
{
    if (!is_built)
        build();
    for (size_t t = 0; t < CHROME_N_TABLES; t++)
        exact[t] = first[t] = CHROME_NO_MATCH;
    size_t limit = len < phrases.max_len ? len : phrases.max_len;
    uint32_t h = WW_STRTAB_SEED;
    for (size_t n = 1; n <= limit; n++) {
        h = ww_strtab_hash_step(h, (uint8_t)f[n - 1]);
        if (n < len && f[n] != ' ' && (uint8_t)f[n] < 0xE1)
            continue; /* no phrase can end here (see ends_at_boundary) */
        const ww_strtab_entry_t *e = ww_strtab_find(&phrases, f, n, h);
        if (e == NULL || !ends_at_boundary(f, len, n))
            continue;
        for (; e != NULL; e = ww_strtab_next(&phrases, e)) {
            size_t t = PHRASE_TABLE(e->value), i = PHRASE_INDEX(e->value);
            if (n == len && i < exact[t])
                exact[t] = i;
            if ((n == len || chrome_tables[t].how == MATCH_PREFIX) && i < first[t])
                first[t] = i;
        }
    }
}

/* True when S (LEN bytes) is one of the N strings of LIST. */
static bool
is_in(const folded_t *list, size_t n, const char *s, size_t len)
{
    for (size_t i = 0; i < n; i++)
        if (list->len[i] == len && memcmp(s, list->text[i], len) == 0)
            return true;
    return false;
}

bool
chrome_is_outlet(const char *f, size_t len)
{
    if (!is_built)
        build();
    return is_in(&folded_tables[OUTLET_TABLE], N_ELEMS(outlet_phrases), f, len);
}

bool
chrome_is_agency(const char *s, size_t len)
{
    while (len > 0 && s[0] == ' ')
        s++, len--;
    while (len > 0 && s[len - 1] == ' ')
        len--;
    while (len > 0 && ((s[len - 1] >= '0' && s[len - 1] <= '9') || s[len - 1] == ' '))
        len--; /* "AFP 2023" */
    if (!is_built)
        build();
    return is_in(&folded_agencies, N_ELEMS(agencies), s, len);
}

bool
chrome_ends_with_agency(const char *s, size_t len)
{
    while (len > 0 && s[len - 1] == ' ')
        len--;
    if (!is_built)
        build();
    for (size_t i = 0; i < N_ELEMS(agencies); i++) {
        size_t n = folded_agencies.len[i];
        if (n <= len && memcmp(s + len - n, folded_agencies.text[i], n) == 0 &&
            (n == len || s[len - n - 1] == ' '))
            return true;
    }
    return false;
}

bool
chrome_has_caption_prefix(const char *head, size_t n)
{
    if (!is_built)
        build();
    for (size_t i = 0; i < N_ELEMS(caption_prefixes); i++) {
        size_t k = folded_prefixes.len[i];
        if (k <= n && memcmp(head, folded_prefixes.text[i], k) == 0)
            return true;
    }
    return false;
}

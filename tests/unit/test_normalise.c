/* SPDX-License-Identifier: MIT
 *
 * test_normalise — chrome removal on pages written for this test in the
 * shape of real wire pages (TASS, Sputnik, a ministry press release, a German
 * and a Russian outlet, a few lines in French, Spanish, Arabic and Chinese),
 * Unicode clean-up, the key and its hash, and, when ../shared/seeds exists,
 * the real scraped pages kept there. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <utf8proc.h>

#include "chrome.h"
#include "normalise.h"
#include "ww_alloc.h"
#include "ww_buf.h"

#define SEEDS_DIR "../shared/seeds"

/* ---- the pages ---------------------------------------------------------- */

#define HEADLINE "Lavrov and Kerry discuss Aleppo truce by phone"
#define STANDFIRST "The ministers agreed that their experts will stay in contact in Geneva"
#define DATELINE "MOSCOW, April 12. /TASS/. Russian Foreign Minister Sergey Lavrov and US " \
                 "Secretary of State John Kerry spoke by telephone on Tuesday about the truce " \
                 "around Aleppo, the Russian Foreign Ministry said."
#define QUOTE "\"The ministers agreed that their experts in Geneva will keep working on the " \
              "details of the truce,\" the ministry said in a statement."
#define LAST "The call was made at the request of the American side."

static const char tass_page[] =
    "All news\n"
    "\n"
    HEADLINE "\n"
    "\n"
    STANDFIRST "\n"
    "The two ministers before talks in Geneva (archive) Ivan Petrov/TASS\n"
    "The two ministers before talks in Geneva (archive)\n"
    "\xc2\xa9 Ivan Petrov/TASS\n"
    "\n"
    DATELINE "\n"
    "\n"
    QUOTE "\n"
    "\n"
    LAST "\n";

static const char sputnik_page[] =
    "- Sputnik International\n"
    "World\n"
    "Get the latest news from around the world, breaking stories, features and analysis.\n"
    "\n"
    HEADLINE "\n"
    "\n"
    "\xc2\xa9 AFP 2016 / POOL / IVAN PETROVThe two ministers before talks in Geneva\n"
    "The two ministers before talks in Geneva - Sputnik International\n"
    "Subscribe\n"
    STANDFIRST "\n"
    "\n"
    DATELINE "\n"
    "\n"
    "Smoke over a district of Aleppo, April 10, 2016 - Sputnik International\n"
    "Russia, US Urge Aleppo Parties to Respect Truce\n"
    QUOTE "\n"
    "\n"
    LAST "\n"
    "\n"
    "Newsfeed\n"
    "0\n"
    "To participate in the discussion\n"
    "log in or register\n"
    "loader\n"
    "Chats\n"
    "\xd0\x97\xd0\xb0\xd0\xb3\xd0\xbe\xd0\xbb\xd0\xbe\xd0\xb2\xd0\xbe\xd0\xba "
    "\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xbe\xd0\xb9 \xd1\x81\xd1\x82\xd0\xb0\xd1\x82\xd1\x8c\xd0\xb8\n";
    /* the last line: "Заголовок новой статьи" */

static const char *const article_lines[] = { HEADLINE, STANDFIRST, DATELINE, QUOTE, LAST };

static const char ministry_page[] =
    "Press release on Foreign Minister Sergey Lavrov's telephone conversation with US "
    "Secretary of State John Kerry\n"
    "\n"
    "On March 3, Foreign Minister Sergey Lavrov and US Secretary of State John Kerry had a "
    "telephone conversation at the request of the American side.\n"
    "\n"
    "The ministers exchanged views on the humanitarian situation in Yemen and on the "
    "prospects for talks between the Yemeni parties.\n"
    "\n"
    "They agreed to stay in contact.\n"
    "\n"
    "\n"
    "  \xe2\x80\xa2 Президент России\n"
    "  \xe2\x80\xa2 Государственная Дума\n"
    "  \xe2\x80\xa2 Министерство финансов\n"
    "  \xe2\x80\xa2 Посольства и представительства\n"
    "  \xe2\x80\xa2 Архив\n"
    "  \xe2\x80\xa2 Русский\n"
    "  \xe2\x80\xa2 English\n"
    "  \xe2\x80\xa2 Fran\xc3\xa7" "ais\n";

static const char german_page[] =
    "Alle Nachrichten\n"
    "Politik\n"
    "\n"
    "Lawrow und Kerry beraten am Telefon über Syrien\n"
    "\n"
    "Der russische Außenminister Sergej Lawrow und sein US-Kollege John Kerry haben am "
    "Montag über die Lage in Syrien telefoniert.\n"
    "\n"
    "Beide Seiten hätten die Bedeutung der Waffenruhe betont, teilte das Außenministerium "
    "in Moskau mit.\n"
    "\n"
    "Lesen Sie auch\n"
    "Steinmeier reist nächste Woche nach Moskau\n"
    "Neue Gespräche in Genf geplant\n"
    "\n"
    "Das Gespräch fand auf Initiative der amerikanischen Seite statt.\n"
    "\n"
    "Teilen\n"
    "Kommentare (3)\n"
    "Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten. Wenn Sie die "
    "Seite weiter nutzen, stimmen Sie der Verwendung von Cookies zu.\n"
    "Alle akzeptieren\n";

static const char russian_page[] =
    "Все новости\n"
    "Политика\n"
    "\n"
    "Лавров и Керри обсудили по телефону ситуацию в Сирии\n"
    "\n"
    "Министр иностранных дел России Сергей Лавров провёл во вторник телефонный разговор с "
    "госсекретарём США Джоном Керри.\n"
    "Сергей Лавров и Джон Керри во время встречи в Женеве \xc2\xa9 Иван Петров/ТАСС\n"
    "\n"
    "Стороны обсудили ход выполнения договорённостей о прекращении огня, сообщили в МИД "
    "России.\n"
    "\n"
    "Читайте также: Лавров и Керри встретятся в Женеве на следующей неделе\n"
    "\n"
    "Разговор состоялся по инициативе американской стороны.\n"
    "\n"
    "Поделиться\n"
    "Комментарии 12\n"
    "Reuters\n";

/* ---- helpers ------------------------------------------------------------ */

static normalised_t
norm(const char *title, const char *body)
{
    normalised_t n;
    int rc = normalise_item(title, title ? strlen(title) : 0, body, body ? strlen(body) : 0,
                            &n);
    assert_int_equal(rc, 0);
    assert_non_null(n.title);
    assert_non_null(n.body);
    assert_non_null(n.key);
    assert_int_equal(strlen(n.title), n.title_len);
    assert_int_equal(strlen(n.body), n.body_len);
    assert_int_equal(strlen(n.key), n.key_len);
    return n;
}

/* Joins LINES with '\n' into a string the caller frees. */
static char *
join(const char *const *lines, size_t n)
{
    ww_buf_t b = WW_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            ww_buf_putc(&b, '\n');
        ww_buf_puts(&b, lines[i]);
    }
    return ww_buf_steal(&b, NULL);
}

static void
assert_body_is(const normalised_t *n, const char *const *lines, size_t count)
{
    char *want = join(lines, count);
    assert_string_equal(n->body, want);
    free(want);
}

static bool
body_has_line(const normalised_t *n, const char *line)
{
    size_t len = strlen(line);
    for (const char *p = n->body; p != NULL && *p != '\0';) {
        const char *nl = strchr(p, '\n');
        size_t k = nl ? (size_t)(nl - p) : strlen(p);
        if (k == len && memcmp(p, line, len) == 0)
            return true;
        p = nl ? nl + 1 : NULL;
    }
    return false;
}

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* ---- chrome on written pages -------------------------------------------- */

static void
test_tass_page(void **state)
{
    (void)state;
    normalised_t n = norm("", tass_page);
    assert_body_is(&n, article_lines, N_ELEMS(article_lines));
    assert_string_equal(n.title, "");
    normalised_free(&n);
}

static void
test_sputnik_page(void **state)
{
    (void)state;
    normalised_t n = norm("", sputnik_page);
    assert_body_is(&n, article_lines, N_ELEMS(article_lines));
    normalised_free(&n);
}

static void
test_same_article_different_chrome_same_key(void **state)
{
    (void)state;
    normalised_t a = norm("", tass_page);
    normalised_t b = norm("", sputnik_page);
    normalised_t c = norm(HEADLINE " - Sputnik International", sputnik_page);
    assert_string_equal(a.key, b.key);
    assert_string_equal(a.key, c.key);
    char ha[33], hb[33], hc[33];
    normalise_hash_hex(a.key, a.key_len, ha);
    normalise_hash_hex(b.key, b.key_len, hb);
    normalise_hash_hex(c.key, c.key_len, hc);
    assert_string_equal(ha, hb);
    assert_string_equal(ha, hc);
    assert_string_equal(c.title, HEADLINE);
    normalised_free(&a);
    normalised_free(&b);
    normalised_free(&c);
}

static void
test_ministry_page_cyrillic_menu(void **state)
{
    (void)state;
    normalised_t n = norm("", ministry_page);
    static const char *const want[] = {
        "Press release on Foreign Minister Sergey Lavrov's telephone conversation with US "
        "Secretary of State John Kerry",
        "On March 3, Foreign Minister Sergey Lavrov and US Secretary of State John Kerry had a "
        "telephone conversation at the request of the American side.",
        "The ministers exchanged views on the humanitarian situation in Yemen and on the "
        "prospects for talks between the Yemeni parties.",
        "They agreed to stay in contact.",
    };
    assert_body_is(&n, want, N_ELEMS(want));
    normalised_free(&n);
}

static void
test_german_page(void **state)
{
    (void)state;
    normalised_t n = norm("", german_page);
    static const char *const want[] = {
        "Lawrow und Kerry beraten am Telefon über Syrien",
        "Der russische Außenminister Sergej Lawrow und sein US-Kollege John Kerry haben am "
        "Montag über die Lage in Syrien telefoniert.",
        "Beide Seiten hätten die Bedeutung der Waffenruhe betont, teilte das Außenministerium "
        "in Moskau mit.",
        "Das Gespräch fand auf Initiative der amerikanischen Seite statt.",
    };
    assert_body_is(&n, want, N_ELEMS(want));
    normalised_free(&n);
}

static void
test_russian_page(void **state)
{
    (void)state;
    normalised_t n = norm("", russian_page);
    static const char *const want[] = {
        "Лавров и Керри обсудили по телефону ситуацию в Сирии",
        "Министр иностранных дел России Сергей Лавров провёл во вторник телефонный разговор с "
        "госсекретарём США Джоном Керри.",
        "Стороны обсудили ход выполнения договорённостей о прекращении огня, сообщили в МИД "
        "России.",
        "Разговор состоялся по инициативе американской стороны.",
    };
    assert_body_is(&n, want, N_ELEMS(want));
    normalised_free(&n);
}

static void
test_chrome_in_other_languages(void **state)
{
    (void)state;
    static const struct {
        const char *page;
        const char *sentence;
    } pages[] = {
        { "Accueil\n"
          "Lavrov et Kerry se sont entretenus par téléphone lundi, selon le ministère russe.\n"
          "Lire aussi : Les deux ministres se retrouveront à Genève\n"
          "Partager\n"
          "Nous utilisons des cookies pour améliorer votre expérience sur notre site.\n",
          "Lavrov et Kerry se sont entretenus par téléphone lundi, selon le ministère russe." },
        { "Portada\n"
          "Lavrov y Kerry hablaron por teléfono el lunes sobre la tregua en Siria.\n"
          "Leer también\n"
          "Los ministros se reunirán en Ginebra\n"
          "Compartir\n"
          "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.\n",
          "Lavrov y Kerry hablaron por teléfono el lunes sobre la tregua en Siria." },
        { "الرئيسية\n"
          "أجرى وزيرا خارجية روسيا والولايات المتحدة اتصالا هاتفيا يوم الاثنين بحثا خلاله "
          "الهدنة في سوريا.\n"
          "اقرأ أيضا\n"
          "شارك\n",
          "أجرى وزيرا خارجية روسيا والولايات المتحدة اتصالا هاتفيا يوم الاثنين بحثا خلاله "
          "الهدنة في سوريا." },
        { "首页\n"
          "俄罗斯外长拉夫罗夫周一与美国国务卿克里通电话，讨论了叙利亚停火问题。\n"
          "相关新闻\n"
          "分享\n",
          "俄罗斯外长拉夫罗夫周一与美国国务卿克里通电话，讨论了叙利亚停火问题。" },
    };
    for (size_t i = 0; i < N_ELEMS(pages); i++) {
        normalised_t n = norm("", pages[i].page);
        assert_string_equal(n.body, pages[i].sentence);
        normalised_free(&n);
    }
}

static void
test_real_sentences_stay(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "\"We will not accept \xc2\xa9 marks on a name that belongs to the people of the "
        "region,\" the minister told reporters on Monday.",
        "\xc2\xa9 is how the agency marks its own photographs, and the minister said he had "
        "never objected to that practice in any of his meetings with editors, since the "
        "agency had always been careful to credit every photographer by name in full, and "
        "had printed corrections whenever a credit was wrong, as it did twice last year "
        "after the summit in Vienna, where several pictures of the two delegations had been "
        "published without the name of the photographer who took them.",
        "The statement was carried by Interfax/TASS and other agencies on Monday evening.",
        "Photographers from EPA/POOL were not allowed into the room, the ministry said.",
        "Syrian truce",
        "They agreed to stay in contact.",
        "MOSCOW, April 12. /TASS/. The talks went on for an hour.",
        "Read also the full statement of the ministry, which was published on its website "
        "later that evening together with a transcript.",
    };
    char *body = join(lines, N_ELEMS(lines));
    normalised_t n = norm("", body);
    assert_body_is(&n, lines, N_ELEMS(lines));
    normalised_free(&n);
    free(body);
}

static void
test_title_repeated_in_body_removed(void **state)
{
    (void)state;
    normalised_t with = norm(HEADLINE, tass_page);
    assert_false(body_has_line(&with, HEADLINE));
    assert_string_equal(with.title, HEADLINE);

    static const char body[] = DATELINE "\n" LAST;
    normalised_t without = norm(HEADLINE, body);
    normalised_t shouted = norm(HEADLINE, "LAVROV  AND KERRY discuss aleppo truce BY PHONE\n"
                                          DATELINE "\n" LAST);
    assert_string_equal(without.body, shouted.body);
    assert_string_equal(without.key, shouted.key);

    normalised_t alone = norm("", tass_page);
    assert_string_equal(with.key, alone.key);
    normalised_free(&with);
    normalised_free(&without);
    normalised_free(&shouted);
    normalised_free(&alone);
}

/* ---- Unicode and the key ------------------------------------------------ */

static void
test_nfc_and_nfd_same_key(void **state)
{
    (void)state;
    normalised_t nfc = norm("Caf\xc3\xa9 talks", "Z\xc3\xbcrich, \xc3\xa9t\xc3\xa9: "
                                                 "\xc2\xab\xc3\x87" "a va\xc2\xbb, dit-il.");
    normalised_t nfd = norm("Cafe\xcc\x81 talks", "Zu\xcc\x88rich, e\xcc\x81te\xcc\x81: "
                                                  "\xc2\xab" "C\xcc\xa7" "a va\xc2\xbb, dit-il.");
    assert_string_equal(nfc.title, nfd.title);
    assert_string_equal(nfc.body, nfd.body);
    assert_string_equal(nfc.key, nfd.key);
    assert_string_equal(nfd.title, "Caf\xc3\xa9 talks");
    assert_string_equal(nfc.key, "caf\xc3\xa9 talks z\xc3\xbcrich \xc3\xa9t\xc3\xa9 "
                                 "\xc3\xa7" "a va dit il");
    normalised_free(&nfc);
    normalised_free(&nfd);
}

static void
test_spaces_and_invisibles(void **state)
{
    (void)state;
    normalised_t n = norm("  Lavrov\n and\tKerry  ",
                          "Lav\xc2\xadrov\xe2\x80\x8b and\xc2\xa0Kerry\xe2\x80\x82spoke "
                          "\xe2\x80\x8e today.\r\n\r\n"
                          "Second\xe2\x80\xa8line\tis \xe3\x80\x80 here.\xef\xbb\xbf\r"
                          "Third line.\x01\x7f");
    assert_string_equal(n.title, "Lavrov and Kerry");
    assert_string_equal(n.body, "Lavrov and Kerry spoke today.\nSecond\nline is here.\n"
                                "Third line.");
    normalised_free(&n);
}

static void
test_key_form(void **state)
{
    (void)state;
    normalised_t n = norm("Gr\xc3\xb6\xc3\x9f" "e: \xef\xbc\xa6\xef\xbc\xb5\xef\xbc\xac\xef\xbc\xac"
                          "\xe2\x80\x94width \xe2\x80\x9cquotes\xe2\x80\x9d & symbols \xe2\x82\xac"
                          "5 \xef\xac\x81" "ne",
                          "Line one.\n\n  Line\ttwo!!  ");
    assert_string_equal(n.key, "gr\xc3\xb6sse full width quotes symbols 5 fine line one line two");
    assert_string_equal(n.body, "Line one.\nLine two!!");
    normalised_free(&n);
}

static void
test_fold_ascii_matches_unicode_path(void **state)
{
    (void)state;
    static const char ascii[] = "  Hello, World! 123_abc-DEF (x/y) \"q\" ~end~  ";
    ww_buf_t a = WW_BUF_INIT, u = WW_BUF_INIT;
    assert_int_equal(normalise_fold(ascii, sizeof ascii - 1, &a), 0);
    assert_string_equal(a.ptr, "hello world 123 abc def x y q end");
    /* the same text plus one non-ASCII character takes the utf8proc path */
    ww_buf_puts(&u, ascii);
    ww_buf_puts(&u, "\xc3\xa9");
    ww_buf_t f = WW_BUF_INIT;
    assert_int_equal(normalise_fold(u.ptr, u.len, &f), 0);
    assert_string_equal(f.ptr, "hello world 123 abc def x y q end \xc3\xa9");
    ww_buf_free(&a);
    ww_buf_free(&u);
    ww_buf_free(&f);
}

static void
test_invalid_utf8(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "bad \xff byte", "overlong \xc0\xaf slash", "surrogate \xed\xa0\x80 half",
        "cut \xe2\x82", "too big \xf4\x90\x80\x80", "lone \x80 continuation",
    };
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        normalised_t n;
        memset(&n, 0xAB, sizeof n);
        normalised_t before = n;
        assert_int_equal(normalise_item("ok", 2, bad[i], strlen(bad[i]), &n), -1);
        assert_memory_equal(&n, &before, sizeof n);
        assert_int_equal(normalise_item(bad[i], strlen(bad[i]), "ok", 2, &n), -1);
        assert_memory_equal(&n, &before, sizeof n);
        ww_buf_t f = WW_BUF_INIT;
        ww_buf_puts(&f, "kept");
        assert_int_equal(normalise_fold(bad[i], strlen(bad[i]), &f), -1);
        assert_string_equal(f.ptr, "kept");
        ww_buf_free(&f);
    }
}

static void
test_empty_title_and_body(void **state)
{
    (void)state;
    normalised_t n = norm(NULL, LAST);
    assert_string_equal(n.title, "");
    assert_int_equal(n.title_len, 0);
    assert_string_equal(n.body, LAST);
    assert_string_equal(n.key, "the call was made at the request of the american side");
    normalised_free(&n);

    normalised_t e = norm("", "");
    assert_string_equal(e.title, "");
    assert_string_equal(e.body, "");
    assert_string_equal(e.key, "");
    normalised_free(&e);

    normalised_t only_title = norm(HEADLINE, NULL);
    assert_string_equal(only_title.body, "");
    assert_string_equal(only_title.key, "lavrov and kerry discuss aleppo truce by phone");
    normalised_free(&only_title);
}

static void
test_free_is_null_safe_and_idempotent(void **state)
{
    (void)state;
    normalised_free(NULL);
    normalised_t n = norm("a", "b");
    normalised_free(&n);
    normalised_free(&n);
    assert_null(n.title);
    assert_null(n.body);
    assert_null(n.key);
}

static void
test_hash_hex(void **state)
{
    (void)state;
    char hex[33];
    memset(hex, 'x', sizeof hex);
    normalise_hash_hex("", 0, hex);
    assert_string_equal(hex, "99aa06d3014798d86001c324468d497f"); /* XXH3-128 of "" */
    char other[33];
    normalise_hash_hex("lavrov kerry", 12, other);
    assert_int_equal(strlen(other), NORMALISE_HASH_HEX_LEN);
    assert_int_equal(strspn(other, "0123456789abcdef"), NORMALISE_HASH_HEX_LEN);
    assert_string_not_equal(hex, other);
    char again[33];
    normalise_hash_hex("lavrov kerry", 12, again);
    assert_string_equal(other, again);
}

static void
test_chrome_phrases_are_in_key_form(void **state)
{
    (void)state;
    size_t count = 0;
    for (const char *ph; (ph = chrome_phrase(count)) != NULL; count++) {
        ww_buf_t f = WW_BUF_INIT;
        assert_int_equal(normalise_fold(ph, strlen(ph), &f), 0);
        if (f.len != strlen(ph) || memcmp(f.ptr, ph, f.len) != 0)
            print_error("phrase \"%s\" folds to \"%s\"\n", ph, f.ptr ? f.ptr : "");
        assert_int_equal(f.len, strlen(ph));
        assert_memory_equal(f.ptr, ph, f.len);
        ww_buf_free(&f);
    }
    assert_true(count > 100);
}

static void
test_large_input(void **state)
{
    (void)state;
    ww_buf_t page = WW_BUF_INIT;
    while (page.len < 3u * 1024 * 1024) {
        ww_buf_puts(&page, tass_page);
        ww_buf_puts(&page, "Share\nComments 4\n\n");
    }
    normalised_t n;
    assert_int_equal(normalise_item("", 0, page.ptr, page.len, &n), 0);
    assert_true(n.body_len > page.len / 2);
    assert_null(strstr(n.body, "All news"));
    assert_null(strstr(n.body, "Comments"));
    normalised_free(&n);

    /* one line of a few MB, no breaks at all */
    ww_buf_reset(&page);
    while (page.len < 2u * 1024 * 1024)
        ww_buf_puts(&page, DATELINE " ");
    assert_int_equal(normalise_item("", 0, page.ptr, page.len, &n), 0);
    assert_int_equal(n.body_len, page.len - 1);
    normalised_free(&n);
    ww_buf_free(&page);
}

/* ---- the fast paths against utf8proc ------------------------------------ */

/* Text where folding a code point at a time from a table would be wrong:
 * what comes next combines with it, or it vanishes, or it grows. */
static const char *const tricky_texts[] = {
    /* NFD Latin */
    "Cafe\xcc\x81 cre\xcc\x80me bru\xcc\x82le\xcc\x81",
    /* ignorables between a letter and its mark */
    "e\xe2\x80\x8d\xcc\x81 a\xcd\x8f\xcc\x88 o\xef\xb8\x8f\xcc\x82",
    /* a mark first */
    "\xcc\x81leading mark",
    /* Hangul jamo: L V T, LV syllable + T */
    "\xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8 \xea\xb0\x80\xe1\x86\xa8 \xea\xb0\x80\xe1\x86\xa7",
    /* Indic vowel signs that compose: Oriya, Tamil, Kannada */
    "\xe0\xad\x87\xe0\xac\xbe \xe0\xaf\x86\xe0\xae\xbe \xe0\xb3\x86\xe0\xb3\x82",
    /* ... Sinhala, Myanmar */
    "\xe0\xb7\x99\xe0\xb7\x8f \xe1\x80\xa5\xe1\x80\xae",
    /* excluded compositions, singletons */
    "\xe0\xa5\x98 \xe2\x84\xa6 \xcd\x84 \xe0\xbd\xb3 \xe2\x84\xab",
    /* folds that grow */
    "Straße İstanbul \xef\xac\x81 \xc2\xbd \xe2\x91\xa0 \xef\xb7\xba \xc5\x89",
    /* Greek */
    "\xce\x9f\xce\x94\xce\x8c\xce\xa3 \xe1\xbe\x88 \xce\x90 \xcf\x82",
    /* Arabic marks */
    "\xd9\x84\xd8\xa7\xd9\x8b \xd8\xa7\xd9\x93 \xd9\x88\xd9\x94 \xd9\x84\xd8\xa7 \xef\xbb\xbb",
    /* Kana voicing */
    "\xe3\x81\x8b\xe3\x82\x99 \xef\xbd\xb6\xef\xbe\x9e \xe3\x83\x8f\xe3\x82\x9a",
    /* marks after punctuation and digits */
    "1\xcc\x81 -\xcc\x88 .\xe2\x83\x9d",
};

#define KEY_OPTIONS                                                                          \
    (UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE)

/* What utf8proc_map makes of TEXT with OPTIONS, as a string the caller frees. */
static char *
utf8proc_whole(const char *text, utf8proc_option_t options)
{
    uint8_t *m = NULL;
    assert_true(utf8proc_map((const uint8_t *)text, (utf8proc_ssize_t)strlen(text), &m,
                             options) >= 0);
    return (char *)m;
}

/* The key form the slow way, as normalise.h defines it: utf8proc_map over
 * the whole text, then punctuation, symbols, spaces and controls as gaps. */
static char *
reference_fold(const char *text)
{
    char *m = utf8proc_whole(text, KEY_OPTIONS);
    ww_buf_t b = WW_BUF_INIT;
    ww_buf_reserve(&b, 0);
    bool pending = false;
    for (size_t i = 0, n = strlen(m); i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const uint8_t *)m + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        assert_true(k > 0);
        utf8proc_category_t cat = utf8proc_category(cp);
        if ((cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_ZP) ||
            cat == UTF8PROC_CATEGORY_CC) {
            pending = b.len > 0;
        } else if (cat != UTF8PROC_CATEGORY_CF) {
            if (pending)
                ww_buf_putc(&b, ' ');
            pending = false;
            ww_buf_append(&b, m + i, (size_t)k);
        }
        i += (size_t)k;
    }
    free(m);
    return ww_buf_steal(&b, NULL);
}

static void
assert_fold_is_reference(const char *text)
{
    ww_buf_t f = WW_BUF_INIT;
    assert_int_equal(normalise_fold(text, strlen(text), &f), 0);
    char *want = reference_fold(text);
    if (strcmp(f.ptr ? f.ptr : "", want) != 0)
        print_error("fold of \"%s\": \"%s\", want \"%s\"\n", text, f.ptr, want);
    assert_string_equal(f.ptr ? f.ptr : "", want);
    free(want);
    ww_buf_free(&f);
}

static void
test_fold_matches_utf8proc(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(tricky_texts); i++) {
        const char *t = tricky_texts[i];
        assert_fold_is_reference(t);
        /* the same after ASCII, before ASCII, and twice over a line break */
        ww_buf_t b = WW_BUF_INIT;
        ww_buf_printf(&b, "x%s", t);
        assert_fold_is_reference(b.ptr);
        ww_buf_reset(&b);
        ww_buf_printf(&b, "%sy", t);
        assert_fold_is_reference(b.ptr);
        ww_buf_reset(&b);
        ww_buf_printf(&b, "%s\n%s", t, t);
        assert_fold_is_reference(b.ptr);
        ww_buf_free(&b);
    }
    for (size_t i = 0; chrome_phrase(i) != NULL; i++)
        assert_fold_is_reference(chrome_phrase(i));
    assert_fold_is_reference(DATELINE);
    assert_fold_is_reference(russian_page);
}

static void
test_nfc_matches_utf8proc(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(tricky_texts); i++) {
        normalised_t n = norm(tricky_texts[i], "");
        char *want = utf8proc_whole(tricky_texts[i], UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        assert_string_equal(n.title, want);
        free(want);
        normalised_free(&n);
    }
}

static void
test_casefold(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(tricky_texts); i++) {
        const char *t = tricky_texts[i];
        ww_buf_t f = WW_BUF_INIT;
        assert_int_equal(normalise_casefold(t, strlen(t), &f), 0);
        char *want = utf8proc_whole(t, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
        assert_string_equal(f.ptr, want);
        free(want);
        ww_buf_free(&f);
    }
    ww_buf_t f = WW_BUF_INIT;
    ww_buf_puts(&f, "kept");
    assert_int_equal(normalise_casefold("bad \xff", 5, &f), -1);
    assert_string_equal(f.ptr, "kept");
    ww_buf_free(&f);

    assert_int_equal(normalise_casefold_char('A'), 'a');
    assert_int_equal(normalise_casefold_char('7'), '7');
    assert_int_equal(normalise_casefold_char(0x0416), 0x0436); /* Ж ж */
    assert_int_equal(normalise_casefold_char(0x00C9), 0x00E9); /* É é */
    assert_int_equal(normalise_casefold_char(0x4E2D), 0x4E2D); /* 中 */
    assert_int_equal(normalise_casefold_char(0x0301), -1);     /* combines with what is before */
    assert_int_equal(normalise_casefold_char(0x1161), -1);     /* a Hangul vowel, likewise */
    assert_int_equal(normalise_casefold_char(0x00DF), -1);     /* ß folds to "ss" */
    assert_int_equal(normalise_casefold_char(0x0130), -1);     /* İ folds to i + dot */
    assert_int_equal(normalise_casefold_char(0xD800), -1);
    assert_int_equal(normalise_casefold_char(0x110000), -1);
    assert_int_equal(normalise_casefold_char(-1), -1);
}

/* The key is put together from chrome.c's folding of each line; it must be
 * what normalise.h says: the fold of title "\n" body. */
static void
test_key_is_fold_of_title_and_body(void **state)
{
    (void)state;
    static const char *const pages[] = { tass_page, sputnik_page, ministry_page, german_page,
                                         russian_page, "", "\n\n", "Share\nComments 3" };
    static const char *const titles[] = { "", HEADLINE, HEADLINE " - Sputnik International",
                                           "...", "\xe2\x80\x8d" };
    for (size_t p = 0; p < N_ELEMS(pages) + N_ELEMS(tricky_texts); p++) {
        const char *page = p < N_ELEMS(pages) ? pages[p] : tricky_texts[p - N_ELEMS(pages)];
        for (size_t t = 0; t < N_ELEMS(titles); t++) {
            normalised_t n = norm(titles[t], page);
            ww_buf_t joined = WW_BUF_INIT, want = WW_BUF_INIT;
            ww_buf_printf(&joined, "%s\n%s", n.title, n.body);
            assert_int_equal(normalise_fold(joined.ptr, joined.len, &want), 0);
            assert_string_equal(n.key, want.ptr ? want.ptr : "");
            ww_buf_free(&joined);
            ww_buf_free(&want);
            normalised_free(&n);
        }
    }
}

/* ---- the real pages in ../shared/seeds ---------------------------------- */

static char *
read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    ww_buf_t b = WW_BUF_INIT;
    char chunk[4096];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        ww_buf_append(&b, chunk, k);
    fclose(f);
    return ww_buf_steal(&b, len);
}

static bool
has_cyrillic(const char *s, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++)
        if ((unsigned char)s[i] == 0xD0 || (unsigned char)s[i] == 0xD1)
            return true;
    return false;
}

static size_t
count_words(const char *s, size_t len)
{
    size_t words = 0;
    bool in_word = false;
    for (size_t i = 0; i < len; i++) {
        bool space = s[i] == ' ' || s[i] == '\t';
        words += !space && !in_word;
        in_word = !space;
    }
    return words;
}

/* The dateline: the first line naming the agency, or else the first long
 * line opening with "On ". */
static bool
is_dateline(const char *line, size_t len)
{
    char buf[256];
    size_t k = len < sizeof buf - 1 ? len : sizeof buf - 1;
    memcpy(buf, line, k);
    buf[k] = '\0';
    return strstr(buf, "/TASS/") != NULL || strstr(buf, "(Sputnik)") != NULL ||
           (len > 80 && strncmp(line, "On ", 3) == 0);
}

/* The line, normalised on its own, is a substring of the page's body. */
static void
assert_line_kept(const normalised_t *page, const char *line, size_t len)
{
    normalised_t one;
    assert_int_equal(normalise_item("", 0, line, len, &one), 0);
    assert_true(one.body_len > 0);
    assert_non_null(strstr(page->body, one.body));
    normalised_free(&one);
}

static void
check_seed(const char *path)
{
    size_t len = 0;
    char *text = read_file(path, &len);
    assert_non_null(text);
    normalised_t n;
    assert_int_equal(normalise_item("", 0, text, len, &n), 0);
    assert_false(body_has_line(&n, "All news"));
    assert_null(strstr(n.body, "log in or register"));
    assert_null(strstr(n.body, "\n\xc2\xa9"));
    assert_false(strncmp(n.body, "\xc2\xa9", 2) == 0);
    bool dateline_seen = false;
    bool latin_page = !has_cyrillic(n.body, n.body_len) || n.body_len == 0;
    for (const char *p = text; p < text + len;) {
        const char *nl = memchr(p, '\n', (size_t)(text + len - p));
        size_t k = nl ? (size_t)(nl - p) : (size_t)(text + len - p);
        if (latin_page && has_cyrillic(p, k) && count_words(p, k) <= CHROME_SHORT_WORDS) {
            normalised_t one;
            assert_int_equal(normalise_item("", 0, p, k, &one), 0);
            if (one.body_len > 0 && body_has_line(&n, one.body))
                print_error("%s: menu line kept: %s\n", path, one.body);
            assert_false(one.body_len > 0 && body_has_line(&n, one.body));
            normalised_free(&one);
        }
        if (!dateline_seen && is_dateline(p, k)) {
            assert_line_kept(&n, p, k);
            dateline_seen = true;
        }
        p = nl ? nl + 1 : text + len;
    }
    assert_true(dateline_seen);
    normalised_free(&n);
    free(text);
}

static void
test_seed_pages(void **state)
{
    (void)state;
    DIR *dir = opendir(SEEDS_DIR);
    if (dir == NULL)
        skip();
    size_t seen = 0;
    for (struct dirent *e; (e = readdir(dir)) != NULL;) {
        size_t k = strlen(e->d_name);
        if (k < 5 || strcmp(e->d_name + k - 4, ".txt") != 0)
            continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", SEEDS_DIR, e->d_name);
        check_seed(path);
        seen++;
    }
    closedir(dir);
    assert_true(seen > 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tass_page),
        cmocka_unit_test(test_sputnik_page),
        cmocka_unit_test(test_same_article_different_chrome_same_key),
        cmocka_unit_test(test_ministry_page_cyrillic_menu),
        cmocka_unit_test(test_german_page),
        cmocka_unit_test(test_russian_page),
        cmocka_unit_test(test_chrome_in_other_languages),
        cmocka_unit_test(test_real_sentences_stay),
        cmocka_unit_test(test_title_repeated_in_body_removed),
        cmocka_unit_test(test_nfc_and_nfd_same_key),
        cmocka_unit_test(test_spaces_and_invisibles),
        cmocka_unit_test(test_key_form),
        cmocka_unit_test(test_fold_ascii_matches_unicode_path),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_empty_title_and_body),
        cmocka_unit_test(test_free_is_null_safe_and_idempotent),
        cmocka_unit_test(test_hash_hex),
        cmocka_unit_test(test_chrome_phrases_are_in_key_form),
        cmocka_unit_test(test_large_input),
        cmocka_unit_test(test_fold_matches_utf8proc),
        cmocka_unit_test(test_nfc_matches_utf8proc),
        cmocka_unit_test(test_casefold),
        cmocka_unit_test(test_key_is_fold_of_title_and_body),
        cmocka_unit_test(test_seed_pages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

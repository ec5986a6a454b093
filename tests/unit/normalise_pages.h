/* SPDX-License-Identifier: MIT
 *
 * normalise_pages — the texts test_normalise and test_chrome share: pages
 * written for these tests in the shape of real wire pages (TASS, Sputnik, a
 * ministry press release, a German and a Russian outlet), the article lines
 * every clean copy of the TASS and Sputnik pages reduces to, texts where
 * folding one code point at a time would go wrong, and norm(), which
 * normalises an item and checks the invariants of normalise.h. Data only
 * (static const) plus one static inline helper, so each test binary gets
 * its own copy and an unused one costs nothing. Include after cmocka.h. */
#ifndef WW_TESTS_UNIT_NORMALISE_PAGES_H
#define WW_TESTS_UNIT_NORMALISE_PAGES_H

#include <stddef.h>
#include <string.h>

#include "text/normalise.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

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

/* ---- helpers ------------------------------------------------------------ */

/* normalise_item on two NUL-terminated strings (NULL for none), checked. */
static inline normalised_t
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

#endif

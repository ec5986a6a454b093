/* SPDX-License-Identifier: MIT
 *
 * test_chrome — chrome removal on pages written for this test in the shape
 * of real wire pages (TASS, Sputnik, a ministry press release, a German and
 * a Russian outlet, a few lines in French, Spanish, Arabic and Chinese),
 * through normalise_item; that every chrome phrase is in key form; that the
 * key chrome.c puts together is the fold of title and body; and, when
 * ../shared/seeds exists, the real scraped pages kept there. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <dirent.h>

#include "text/chrome.h"
#include "text/fold.h"
#include "text/normalise.h"
#include "normalise_pages.h"
#include "ww_alloc.h"
#include "ww_buf.h"

#define SEEDS_DIR "../shared/seeds"

/* ---- helpers ------------------------------------------------------------ */

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

/* Normalises a body of LINES with no title and asserts that chrome removal kept every one. */
static void
assert_all_kept(const char *const *lines, size_t count)
{
    char *body = join(lines, count);
    normalised_t n = norm("", body);
    assert_body_is(&n, lines, count);
    normalised_free(&n);
    free(body);
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
    assert_all_kept(lines, N_ELEMS(lines));
}

/* Armenian ends its sentences with "։"; Thai puts spaces between phrases, not words, and often
   no stop at a paragraph's end: their paragraphs are no tag lines at the page's foot. */
static void
test_unspaced_paragraphs_stay(void **state)
{
    (void)state;
    static const char *const armenian[] = {
        "Սերգեյ Լավրովը և Ջոն Քերին շաբաթ օրը հեռախոսով քննարկել են Սիրիայի հարցը։",
        "Կողմերը պայմանավորվել են։",
    };
    assert_all_kept(armenian, N_ELEMS(armenian));       /* "։" ends a sentence: no tag line */
    static const char *const lines[] = {
        "รัฐมนตรีต่างประเทศรัสเซียและสหรัฐฯ ได้หารือทางโทรศัพท์เมื่อวันเสาร์ที่ผ่านมา "
        "ขณะที่การเจรจาสันติภาพยังคงดำเนินต่อไป",
        "ทั้งสองฝ่ายเห็นพ้องว่าควรเปิดทางให้ความช่วยเหลือด้านมนุษยธรรมเข้าถึงพลเรือน",
    };
    assert_all_kept(lines, N_ELEMS(lines));
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


/* The tables are written as people write the words and folded on first
 * use: no phrase may fold to nothing, and each is in FOLD_KEY. */
static void
test_chrome_phrases_are_in_key_form(void **state)
{
    (void)state;
    size_t count = 0;
    for (const char *ph; (ph = chrome_phrase(count)) != NULL; count++) {
        ww_buf_t f = WW_BUF_INIT;
        assert_int_equal(fold_append(FOLD_KEY, ph, strlen(ph), &f), 0);
        if (f.len == 0 || f.len != strlen(ph) || memcmp(f.ptr, ph, f.len) != 0)
            print_error("phrase \"%s\" folds to \"%s\"\n", ph, f.ptr ? f.ptr : "");
        assert_true(f.len > 0);
        assert_int_equal(f.len, strlen(ph));
        assert_memory_equal(f.ptr, ph, f.len);
        ww_buf_free(&f);
    }
    assert_true(count > 100);
}

/* ---- the key ------------------------------------------------------------ */

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
            assert_int_equal(fold_append(FOLD_KEY, joined.ptr, joined.len, &want), 0);
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
        cmocka_unit_test(test_unspaced_paragraphs_stay),
        cmocka_unit_test(test_tass_page),
        cmocka_unit_test(test_sputnik_page),
        cmocka_unit_test(test_same_article_different_chrome_same_key),
        cmocka_unit_test(test_ministry_page_cyrillic_menu),
        cmocka_unit_test(test_german_page),
        cmocka_unit_test(test_russian_page),
        cmocka_unit_test(test_chrome_in_other_languages),
        cmocka_unit_test(test_real_sentences_stay),
        cmocka_unit_test(test_title_repeated_in_body_removed),
        cmocka_unit_test(test_chrome_phrases_are_in_key_form),
        cmocka_unit_test(test_key_is_fold_of_title_and_body),
        cmocka_unit_test(test_seed_pages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: MIT
 *
 * test_url_words — the headline words of a page's address (workers/text/
 * url_words.h): the path segment with the most words, percent-decoded, ids,
 * dates and file extensions left out; nothing from an address that spells no
 * headline; never more than URL_WORDS_MAX bytes written. The addresses are
 * made up for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "text/url_words.h"

static void
assert_words(const char *url, const char *want)
{
    char out[URL_WORDS_MAX];
    size_t n = url_words(url, strlen(url), out);
    if (strcmp(out, want) != 0)
        fail_msg("%s: \"%s\", want \"%s\"", url, out, want);
    assert_int_equal(n, strlen(want));
}

static void
test_slugs(void **state)
{
    (void)state;
    /* an id after the words, a date before them, a file extension */
    assert_words("https://news.example.pl/swiat/news-ministrowie-rozmawiali-o-syrii,nId,123456",
                 "news ministrowie rozmawiali o syrii nId");
    assert_words("https://example.com.br/20161214/kerry-lavrov-rebeldes-aleppo-7167910.html",
                 "kerry lavrov rebeldes aleppo");
    assert_words("http://example.org/world/2016/03/06/lavrov_and_kerry_spoke_by_phone.php?id=4#top",
                 "lavrov and kerry spoke by phone");
    /* percent-encoded UTF-8 */
    assert_words("https://example.ir/news/216775-%D9%84%D8%A7%D9%88%D8%B1%D9%88%D9%81-"
                 "%DA%A9%D8%B1%DB%8C-%D8%AA%D9%84%D9%81%D9%86%DB%8C",
                 "لاوروف کری تلفنی");
    /* the later of two segments with as many words: the slug comes after the section */
    assert_words("https://example.com/news-from-europe/ministers-spoke-today/",
                 "ministers spoke today");
    /* no scheme: the path is what there is */
    assert_words("/a-b-c", "a b c");
}

static void
test_no_headline(void **state)
{
    (void)state;
    assert_words("https://example.com/", "");
    assert_words("https://example.com", "");
    assert_words("https://example.com/world/europe/", "");          /* sections */
    assert_words("https://example.com/news/1021239125.html", "");    /* an id */
    assert_words("https://example.com/a1-b2-c3-word-x9/", "");       /* ids more than words */
    assert_words("https://lavrov-kerry-call-example.com/", "");       /* the host is no slug */
    assert_words("https://example.com/slug-%FF%FE-words-here/", ""); /* invalid UTF-8 */
    assert_words("https://example.com/q?title=lavrov-and-kerry-spoke", ""); /* the query */
    assert_words("", "");
}

/* A slug longer than the output: whole words only, and nothing past the buffer; a segment
   longer than any headline is none. */
static void
test_long_slug(void **state)
{
    (void)state;
    char url[4096] = "https://example.com/";
    for (int i = 0; i < 150; i++)
        strcat(url, "word-");
    char out[URL_WORDS_MAX + 16];
    memset(out, 0x5a, sizeof out);
    size_t n = url_words(url, strlen(url), out);
    assert_true(n > 0 && n < URL_WORDS_MAX);
    assert_int_equal(strlen(out), n);
    assert_int_equal(n % 5, 4);   /* "word word ... word" */
    for (size_t i = URL_WORDS_MAX; i < sizeof out; i++)
        assert_int_equal((unsigned char)out[i], 0x5a);
    for (int i = 0; i < 150; i++)
        strcat(url, "word-");
    assert_int_equal(url_words(url, strlen(url), out), 0);
}

/* The title the classifier reads: the item's own when it has one. */
static void
test_title_first(void **state)
{
    (void)state;
    char buf[URL_WORDS_MAX];
    const char *url = "https://example.com/lavrov-and-kerry-spoke";
    size_t len = 5;
    assert_string_equal(url_words_title("Title", &len, url, strlen(url), buf), "Title");
    assert_int_equal(len, 5);
    len = 0;
    assert_string_equal(url_words_title("", &len, url, strlen(url), buf), "lavrov and kerry spoke");
    assert_int_equal(len, strlen("lavrov and kerry spoke"));
    len = 0;
    assert_string_equal(url_words_title("", &len, NULL, 0, buf), "");
    assert_int_equal(len, 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_slugs),
        cmocka_unit_test(test_no_headline),
        cmocka_unit_test(test_long_slug),
        cmocka_unit_test(test_title_first),
    };
    return cmocka_run_group_tests_name("url_words", tests, NULL, NULL);
}

/* SPDX-License-Identifier: MIT
 *
 * test_fold — the one fold engine (workers/text/fold.h): the forms agree
 * where they must (a word is the same word in FOLD_MATCH and FOLD_KEY), the
 * examples that four separate folds used to disagree on, idempotence, the
 * fast paths against the slow path over the whole text, FOLD_CASE against
 * utf8proc_map, fold_char, and invalid UTF-8. The real pages of
 * ../shared/seeds join the texts when they are there. */
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

#include "text/chrome.h"
#include "text/fold.h"
#include "text/normalise.h"
#include "normalise_pages.h"
#include "ww_buf.h"

/* The FORM of S as a string the caller frees; fails the test on -1. */
static char *
fold_str(fold_form_t form, const char *s)
{
    ww_buf_t b = WW_BUF_INIT;
    assert_int_equal(fold_append(form, s, strlen(s), &b), 0);
    ww_buf_putc(&b, '\0');
    return ww_buf_steal(&b, NULL);
}

/* ---- the forms agree ------------------------------------------------------ */

typedef struct {
    const char *in, *key, *match;
} example_t;

/* The first four are the inputs on which the old folds disagreed. */
static const example_t examples[] = {
    { "Ёлка", "елка", "елка" },
    { "ΆΘΗΝΑ", "αθηνα", "αθηνα" },
    { "أحمد", "احمد", "احمد" },
    { "Ｔｅｓｔ ١٢", "test 12", "test 12" },
    { "ЛАВРОВ встретился с Керри, ЁЛКА", "лавров встретился с керри елка",
      "лавров встретился с керри, елка" },
    { "Λαβρόφ ΣΥΡΊΑΣ", "λαβροφ συριασ", "λαβροφ συριασ" },
    { "أوباما وإيران", "اوباما وايران", "اوباما وايران" },
    { "Straße\u00a0İstanbul", "strasse istanbul", "strasse istanbul" },
    { "Dışişleri Łódź Đorđe møde", "disisleri lodz dorde møde", "disisleri lodz dorde møde" },
    { "١٢ ۱۲ १२ ３月６日", "12 12 12 3月6日", "12 12 12 3月6日" },
    { "soft\u00adhyphen\u200b", "softhyphen", "softhyphen" },
    { "line one\nline two", "line one line two", "line one\nline two" },
    { "ज़रीफ़", "जरीफ", "जरीफ" },
    { "Lavrov’s  CALL", "lavrov s call", "lavrov's call" },
    { "Café, Zürich — ça va", "cafe zurich ca va", "cafe, zurich — ca va" },
    { "Việt Nam", "viet nam", "viet nam" },
    { "ﬁne ½", "fine 1 2", "fine 1⁄2" },
    { "مدينة کتاب ی", "مدينه كتاب ي", "مدينه كتاب ي" },
    { "שָׁלוֹם", "שלום", "שלום" },
    { "Лавров‐Керри", "лавров керри", "лавров-керри" },
    { "Телефонный разговор Лаврова и Керри", "телефонныи разговор лаврова и керри",
      "телефонныи разговор лаврова и керри" },
};

static void
test_examples(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(examples); i++) {
        char *key = fold_str(FOLD_KEY, examples[i].in);
        char *match = fold_str(FOLD_MATCH, examples[i].in);
        if (strcmp(key, examples[i].key) != 0 || strcmp(match, examples[i].match) != 0)
            print_error("\"%s\": key \"%s\" match \"%s\"\n", examples[i].in, key, match);
        assert_string_equal(key, examples[i].key);
        assert_string_equal(match, examples[i].match);
        free(key);
        free(match);
    }
}

/* KEY of MATCH is KEY; both idempotent; each form equal to the slow path
 * over the whole text. */
static void
check_text(const char *t)
{
    char *key = fold_str(FOLD_KEY, t);
    char *match = fold_str(FOLD_MATCH, t);
    char *key_of_match = fold_str(FOLD_KEY, match);
    char *key2 = fold_str(FOLD_KEY, key);
    char *match2 = fold_str(FOLD_MATCH, match);
    if (strcmp(key_of_match, key) != 0)
        print_error("\"%s\": key \"%s\", key of match \"%s\"\n", t, key, key_of_match);
    assert_string_equal(key_of_match, key);
    assert_string_equal(key2, key);
    assert_string_equal(match2, match);
    free(key);
    free(match);
    free(key_of_match);
    free(key2);
    free(match2);

    static const fold_form_t forms[] = { FOLD_TEXT, FOLD_LINE, FOLD_CASE, FOLD_MATCH,
                                         FOLD_KEY };
    for (size_t f = 0; f < N_ELEMS(forms); f++) {
        ww_buf_t fast = WW_BUF_INIT, slow = WW_BUF_INIT;
        assert_int_equal(fold_append(forms[f], t, strlen(t), &fast), 0);
        assert_int_equal(fold_reference(forms[f], t, strlen(t), &slow), 0);
        if (fast.len != slow.len || memcmp(fast.ptr, slow.ptr, fast.len) != 0)
            print_error("form %d of \"%s\": \"%s\", slow path \"%s\"\n", (int)forms[f], t,
                        fast.ptr, slow.ptr);
        assert_int_equal(fast.len, slow.len);
        assert_memory_equal(fast.ptr, slow.ptr, fast.len);
        ww_buf_free(&fast);
        ww_buf_free(&slow);
    }
}

/* T, and T after ASCII, before ASCII, and twice over a line break. */
static void
check_text_around(const char *t)
{
    check_text(t);
    ww_buf_t b = WW_BUF_INIT;
    ww_buf_printf(&b, "x%s", t);
    check_text(b.ptr);
    ww_buf_reset(&b);
    ww_buf_printf(&b, "%sy", t);
    check_text(b.ptr);
    ww_buf_reset(&b);
    ww_buf_printf(&b, "%s\n%s", t, t);
    check_text(b.ptr);
    ww_buf_free(&b);
}

static void
test_properties(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(examples); i++)
        check_text_around(examples[i].in);
    for (size_t i = 0; i < N_ELEMS(tricky_texts); i++)
        check_text_around(tricky_texts[i]);
    static const char *const pages[] = { tass_page, sputnik_page, ministry_page, german_page,
                                         russian_page, DATELINE };
    for (size_t i = 0; i < N_ELEMS(pages); i++)
        check_text(pages[i]);
    for (size_t i = 0; chrome_phrase(i) != NULL; i++)
        check_text(chrome_phrase(i));
}

/* Random texts from characters that take every branch of the walk: its
 * fast path (ASCII, and runs of code points that are words of their own)
 * next to everything that must leave it (a mark that combines with the
 * letter before it, Hangul jamo, code points that fold to nothing, to
 * spaces or to several characters, invisible ones, line breaks, code
 * points past the BMP). Each form must equal the slow path. The tatweel
 * comes with a letter after it: a tatweel and then a mark that is not
 * dropped (U+0640 U+0301) after a letter folds apart on the fast path but
 * onto the letter on the slow path, which drops the tatweel before it
 * composes (known, left as it is: it changes no real text we have). */
static void
test_fast_path_random(void **state)
{
    (void)state;
    static const char *const pool[] = {
        "a", "Z", "q", "7", " ", " ", "  ", "\n", "\r", "\r\n", "\t", ".", ",", "'", "-", "`",
        "\x01", "\x7f", "\xc3\xa9", "e\xcc\x81", "\xcc\x81", "\xcc\x88", "\xd0\xb9",
        "\xd0\xb8\xcc\x86", "\xd0\x81", "\xd1\x91", "\xd0\x9b", "\xd0\xbb", "\xce\xac",
        "\xce\x86", "\xd8\xa7\xd9\x8b", "\xd9\x80\xd8\xa8", "\xd8\xa3", "\xd7\xa9\xd7\x81",
        "\xe4\xb8\xad", "\xed\x95\x9c", "\xe1\x84\x92", "\xe1\x85\xa1", "\xe1\x86\xab",
        "\xc2\xa0", "\xc2\xad", "\xe2\x80\x8b", "\xe2\x80\x8d", "\xef\xbb\xbf",
        "\xe2\x80\xa8", "\xef\xac\x81", "\xc3\x9f", "\xc4\xb0", "\xcd\x85", "\xc7\x85",
        "\xc2\xbd", "\xe2\x85\xab", "\xef\xbc\xb4", "\xf0\x9f\x98\x80",
        "\xf0\xa0\x80\x80", "\xe0\xa4\x95\xe0\xa4\xbc", "\xe0\xbd\xb3",
        "\xe1\xba\x9b\xcc\xa3", "\xc2\xb4", "\xd9\xa1", "\xe2\x80\x99", "\xe2\x80\x90",
        "\xc2\xab", "\xc2\xbb", "\xe2\x80\x94", "\xc5\x89", "\xe2\x80\x8e", "\xcc\xa3",
        "\xe3\x80\x80", "\xc2\x85", "\xd6\xbe", "\xd9\xae", "\xdb\x8c", "\xc6\xb5",
    };
    static const fold_form_t forms[] = { FOLD_TEXT, FOLD_LINE, FOLD_CASE, FOLD_MATCH,
                                         FOLD_KEY };
    uint64_t rng = 0x9e3779b97f4a7c15u;
    ww_buf_t t = WW_BUF_INIT, fast = WW_BUF_INIT, slow = WW_BUF_INIT;
    for (int round = 0; round < 4000; round++) {
        ww_buf_reset(&t);
        rng = rng * 6364136223846793005u + 1442695040888963407u;
        size_t n = 1 + (rng >> 33) % 24;
        for (size_t k = 0; k < n; k++) {
            rng = rng * 6364136223846793005u + 1442695040888963407u;
            /* runs of one script most of the time, as in running text */
            size_t pick = (rng >> 33) % (round % 3 == 0 ? N_ELEMS(pool) : 24);
            ww_buf_puts(&t, pool[round % 3 == 1 && pick < 16 ? pick + 18 : pick]);
        }
        for (size_t f = 0; f < N_ELEMS(forms); f++) {
            ww_buf_reset(&fast);
            ww_buf_reset(&slow);
            ww_buf_puts(&fast, f == 3 ? "x" : "");
            ww_buf_puts(&slow, f == 3 ? "x" : "");
            assert_int_equal(fold_append(forms[f], t.ptr, t.len, &fast), 0);
            assert_int_equal(fold_reference(forms[f], t.ptr, t.len, &slow), 0);
            if (fast.len != slow.len || memcmp(fast.ptr, slow.ptr, fast.len) != 0)
                print_error("form %d of \"%s\": \"%s\", slow path \"%s\"\n", (int)forms[f],
                            t.ptr, fast.ptr, slow.ptr);
            assert_int_equal(fast.len, slow.len);
            assert_memory_equal(fast.ptr, slow.ptr, fast.len);
        }
    }
    ww_buf_free(&t);
    ww_buf_free(&fast);
    ww_buf_free(&slow);
}

/* The real pages of ../shared/seeds, when present. */
static void
test_properties_on_seeds(void **state)
{
    (void)state;
    DIR *d = opendir("../shared/seeds");
    if (d == NULL) {
        print_message("skipped: ../shared/seeds is not there\n");
        skip();
    }
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (e->d_name[0] == '.')
            continue;
        char path[512];
        snprintf(path, sizeof path, "../shared/seeds/%s", e->d_name);
        FILE *f = fopen(path, "rb");
        if (f == NULL)
            continue;
        ww_buf_t text = WW_BUF_INIT;
        char chunk[4096];
        for (size_t k; (k = fread(chunk, 1, sizeof chunk, f)) > 0;)
            ww_buf_append(&text, chunk, k);
        fclose(f);
        check_text(text.ptr ? text.ptr : "");
        ww_buf_free(&text);
        n++;
    }
    closedir(d);
    assert_true(n >= 5);
}

/* ---- FOLD_CASE and FOLD_LINE against utf8proc ----------------------------- */

static char *
utf8proc_whole(const char *text, utf8proc_option_t options)
{
    uint8_t *m = NULL;
    assert_true(utf8proc_map((const uint8_t *)text, (utf8proc_ssize_t)strlen(text), &m,
                             options) >= 0);
    return (char *)m;
}

static void
test_case_is_utf8proc(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(tricky_texts); i++) {
        char *got = fold_str(FOLD_CASE, tricky_texts[i]);
        char *want = utf8proc_whole(tricky_texts[i],
                                    UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
        assert_string_equal(got, want);
        free(got);
        free(want);
        got = fold_str(FOLD_LINE, tricky_texts[i]);
        want = utf8proc_whole(tricky_texts[i], UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        assert_string_equal(got, want);
        free(got);
        free(want);
    }
}

static void
test_ascii_path_is_unicode_path(void **state)
{
    (void)state;
    static const char ascii[] = "  Hello, World! 123_abc-DEF (x/y) \"q\" `t` ~end~  ";
    char *key = fold_str(FOLD_KEY, ascii);
    assert_string_equal(key, "hello world 123 abc def x y q t end");
    char *match = fold_str(FOLD_MATCH, ascii);
    assert_string_equal(match, "hello, world! 123_abc-def (x/y) \"q\" 't' ~end~ ");
    /* the same text plus one non-ASCII character goes through the table */
    ww_buf_t u = WW_BUF_INIT;
    ww_buf_puts(&u, ascii);
    ww_buf_puts(&u, "\xc3\xa9");
    char *key_u = fold_str(FOLD_KEY, u.ptr);
    char *match_u = fold_str(FOLD_MATCH, u.ptr);
    assert_string_equal(key_u, "hello world 123 abc def x y q t end e");
    assert_string_equal(match_u, "hello, world! 123_abc-def (x/y) \"q\" 't' ~end~ e");
    free(key);
    free(match);
    free(key_u);
    free(match_u);
    ww_buf_free(&u);
}

static void
test_match_continues_out(void **state)
{
    (void)state;
    ww_buf_t b = WW_BUF_INIT;
    assert_int_equal(fold_append(FOLD_MATCH, "  one ", 6, &b), 0);
    assert_int_equal(fold_append(FOLD_MATCH, " two\n", 5, &b), 0);
    assert_int_equal(fold_append(FOLD_MATCH, " three", 6, &b), 0);
    assert_string_equal(b.ptr, "one two\nthree");
    ww_buf_free(&b);
}

/* ---- one character at a time ---------------------------------------------- */

static void
test_fold_char(void **state)
{
    (void)state;
    assert_int_equal(fold_char(FOLD_CASE, 'A'), 'a');
    assert_int_equal(fold_char(FOLD_CASE, '7'), '7');
    assert_int_equal(fold_char(FOLD_CASE, 0x0416), 0x0436); /* Ж ж */
    assert_int_equal(fold_char(FOLD_CASE, 0x00C9), 0x00E9); /* É é: FOLD_CASE keeps accents */
    assert_int_equal(fold_char(FOLD_CASE, 0x4E2D), 0x4E2D); /* 中 */
    assert_int_equal(fold_char(FOLD_CASE, 0x0301), -1);     /* combines with what is before */
    assert_int_equal(fold_char(FOLD_CASE, 0x1161), -1);     /* a Hangul vowel, likewise */
    assert_int_equal(fold_char(FOLD_CASE, 0x00DF), -1);     /* ß folds to "ss" */
    assert_int_equal(fold_char(FOLD_CASE, 0x0130), -1);     /* İ folds to i + dot */
    assert_int_equal(fold_char(FOLD_MATCH, 0x00C9), 'e');   /* É e */
    assert_int_equal(fold_char(FOLD_MATCH, 0x0401), 0x0435); /* Ё е */
    assert_int_equal(fold_char(FOLD_MATCH, 0x0386), 0x03B1); /* Ά α */
    assert_int_equal(fold_char(FOLD_MATCH, 0x0661), '1');    /* ١ */
    assert_int_equal(fold_char(FOLD_MATCH, 0x2019), '\'');
    assert_int_equal(fold_char(FOLD_MATCH, 0x00A0), -1);     /* a space */
    assert_int_equal(fold_char(FOLD_MATCH, 0x0130), 'i');    /* İ i */
    assert_int_equal(fold_char(FOLD_KEY, 'A'), -1);          /* not a per-character form */
    assert_int_equal(fold_char(FOLD_CASE, 0xD800), -1);
    assert_int_equal(fold_char(FOLD_CASE, 0x110000), -1);
    assert_int_equal(fold_char(FOLD_CASE, -1), -1);
}

/* ---- invalid UTF-8 -------------------------------------------------------- */

static void
test_invalid_utf8(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "bad \xff byte", "overlong \xc0\xaf slash", "surrogate \xed\xa0\x80 half",
        "cut \xe2\x82", "too big \xf4\x90\x80\x80", "lone \x80 continuation",
        "overlong three \xe0\x80\xaf",
    };
    static const fold_form_t forms[] = { FOLD_TEXT, FOLD_LINE, FOLD_CASE, FOLD_MATCH,
                                         FOLD_KEY };
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        for (size_t f = 0; f < N_ELEMS(forms); f++) {
            ww_buf_t b = WW_BUF_INIT;
            ww_buf_puts(&b, "kept");
            assert_int_equal(fold_append(forms[f], bad[i], strlen(bad[i]), &b), -1);
            assert_string_equal(b.ptr, "kept");
            ww_buf_free(&b);
        }
        ww_buf_t b = WW_BUF_INIT;
        fold_append_lossy(FOLD_MATCH, bad[i], strlen(bad[i]), &b);
        assert_non_null(strstr(b.ptr, "\xef\xbf\xbd")); /* U+FFFD */
        ww_buf_free(&b);
    }
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_examples),
        cmocka_unit_test(test_properties),
        cmocka_unit_test(test_properties_on_seeds),
        cmocka_unit_test(test_fast_path_random),
        cmocka_unit_test(test_case_is_utf8proc),
        cmocka_unit_test(test_ascii_path_is_unicode_path),
        cmocka_unit_test(test_match_continues_out),
        cmocka_unit_test(test_fold_char),
        cmocka_unit_test(test_invalid_utf8),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

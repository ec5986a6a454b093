/* SPDX-License-Identifier: MIT
 *
 * test_normalise — Unicode clean-up (invisible characters, spaces, NFC), the
 * key and its hash, invalid UTF-8, empty and very large input. The forms
 * themselves are tested in test_fold, chrome removal in test_chrome. */
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
#include "text/normalise.h"
#include "normalise_pages.h"
#include "ww_alloc.h"
#include "ww_buf.h"

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
    assert_string_equal(nfc.key, "cafe talks zurich ete ca va dit il");
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
    assert_string_equal(n.key, "grosse full width quotes symbols 5 fine line one line two");
    assert_string_equal(n.body, "Line one.\nLine two!!");
    normalised_free(&n);
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
static void
test_nfc_matches_utf8proc(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(tricky_texts); i++) {
        normalised_t n = norm(tricky_texts[i], "");
        uint8_t *want = NULL;
        assert_true(utf8proc_map((const uint8_t *)tricky_texts[i],
                                 (utf8proc_ssize_t)strlen(tricky_texts[i]), &want,
                                 UTF8PROC_STABLE | UTF8PROC_COMPOSE) >= 0);
        assert_string_equal(n.title, (char *)want);
        free(want);
        normalised_free(&n);
    }
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nfc_and_nfd_same_key),
        cmocka_unit_test(test_spaces_and_invisibles),
        cmocka_unit_test(test_key_form),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_empty_title_and_body),
        cmocka_unit_test(test_free_is_null_safe_and_idempotent),
        cmocka_unit_test(test_hash_hex),
        cmocka_unit_test(test_large_input),
        cmocka_unit_test(test_nfc_matches_utf8proc),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

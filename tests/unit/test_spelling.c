/* SPDX-License-Identifier: MIT
 *
 * test_spelling — the British/American hashing canon (workers/dedup/
 * spelling.h): both spellings of a word give one form, other words are
 * their own form, and nothing is written past the output buffer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "dedup/spelling.h"

#define GUARD 0x5a /* filler of the bytes around the output buffer */

/* The canonical form of WORD, NUL-terminated, in BUF (at least
 * SPELLING_MAX + 1 bytes); WORD itself when it is its own. */
static const char *
canon(const char *word, char *buf)
{
    char out[SPELLING_MAX];
    size_t n = spelling_canon(word, strlen(word), out);
    assert_true(n < SPELLING_MAX);
    if (n == 0)
        return word;
    memcpy(buf, out, n);
    buf[n] = '\0';
    return buf;
}

/* Asserts that BRITISH and AMERICAN have one canonical form, and that the
 * British spelling is not its own (the rule did fire). */
static void
check_pair(const char *british, const char *american)
{
    char a[SPELLING_MAX + 1], b[SPELLING_MAX + 1];
    const char *cb = canon(british, a);
    const char *ca = canon(american, b);
    if (strcmp(cb, ca) != 0 || strcmp(cb, british) == 0) {
        print_error("%s -> %s, %s -> %s\n", british, cb, american, ca);
        fail();
    }
}

/* Asserts that WORD is its own canonical form. */
static void
check_same(const char *word)
{
    char out[SPELLING_MAX];
    if (spelling_canon(word, strlen(word), out) != 0) {
        print_error("%s changed\n", word);
        fail();
    }
}

static void
test_our_family(void **state)
{
    (void)state;
    static const char *pairs[][2] = {
        { "colour", "color" },         { "colours", "colors" },
        { "coloured", "colored" },     { "colouring", "coloring" },
        { "colourful", "colorful" },   { "honour", "honor" },
        { "honoured", "honored" },     { "honourable", "honorable" },
        { "favour", "favor" },         { "favourite", "favorite" },
        { "favourites", "favorites" }, { "favourable", "favorable" },
        { "labour", "labor" },         { "labourer", "laborer" },
        { "labourers", "laborers" },   { "behaviour", "behavior" },
        { "behaviours", "behaviors" }, { "neighbour", "neighbor" },
        { "neighbours", "neighbors" }, { "neighbourhood", "neighborhood" },
        { "neighbourhoods", "neighborhoods" }, { "harbour", "harbor" },
        { "harboured", "harbored" },   { "rumour", "rumor" },
        { "rumours", "rumors" },       { "endeavour", "endeavor" },
        { "endeavouring", "endeavoring" }, { "colourise", "colorize" },
        { "colourised", "colorized" },
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        check_pair(pairs[i][0], pairs[i][1]);
}

static void
test_ise_and_yse_families(void **state)
{
    (void)state;
    static const char *pairs[][2] = {
        { "recognise", "recognize" },         { "recognised", "recognized" },
        { "recognises", "recognizes" },       { "recognising", "recognizing" },
        { "recognisable", "recognizable" },   { "organisation", "organization" },
        { "organisations", "organizations" }, { "organiser", "organizer" },
        { "organisers", "organizers" },       { "criticised", "criticized" },
        { "apologise", "apologize" },         { "analyse", "analyze" },
        { "analysed", "analyzed" },           { "analysing", "analyzing" },
        { "analyser", "analyzer" },           { "analysers", "analyzers" },
        { "paralysed", "paralyzed" },
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        check_pair(pairs[i][0], pairs[i][1]);
}

static void
test_re_ll_ence_ogue_programme(void **state)
{
    (void)state;
    static const char *pairs[][2] = {
        { "centre", "center" },       { "centres", "centers" },
        { "centred", "centered" },    { "theatre", "theater" },
        { "metres", "meters" },       { "kilometre", "kilometer" },
        { "fibre", "fiber" },         { "calibre", "caliber" },
        { "travelled", "traveled" },  { "travelling", "traveling" },
        { "traveller", "traveler" },  { "travellers", "travelers" },
        { "cancelled", "canceled" },  { "labelled", "labeled" },
        { "modelling", "modeling" },  { "fuelled", "fueled" },
        { "signalled", "signaled" },  { "dialled", "dialed" },
        { "defence", "defense" },     { "offences", "offenses" },
        { "licence", "license" },     { "pretence", "pretense" },
        { "dialogue", "dialog" },     { "catalogues", "catalogs" },
        { "catalogued", "cataloged" }, { "programme", "program" },
        { "programmes", "programs" },
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        check_pair(pairs[i][0], pairs[i][1]);
}

static void
test_other_words_are_their_own_form(void **state)
{
    (void)state;
    static const char *words[] = {
        /* no rule ends like them */
        "minister", "foreign", "telephone", "sergey", "washington", "lavrov",
        "kerry", "syria", "agreed", "conversation", "statement", "moscow",
        /* near misses of the rules */
        "hours", "flour", "yours", "tours", "called", "filled", "spelling",
        "killer", "sellers", "water", "order", "color", "center", "traveled",
        "defense", "dialog", "program", "journal", "courage", "sourced",
        /* short: under SPELLING_MIN bytes */
        "rise", "ours", "tre", "",
        /* not lowercase ASCII letters */
        "Colour", "colour1", "2colour", "col-our", "u s",
        "col\xc3\xb6ur",               /* an o with diaeresis */
        ("\xd1\x86\xd0\xb5\xd0\xbd\xd1\x82\xd1\x80" "e"), /* Cyrillic then a Latin e */
        /* long: SPELLING_MAX - 1 bytes */
        "abcdefghijklmnopqrstuvwxyzabcde",
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        check_same(words[i]);
}

static void
test_canon_is_stable(void **state)
{
    (void)state;
    /* A canonical form is its own: hashing it again changes nothing. */
    static const char *words[] = { "colour", "recognised", "centred", "travelled",
                                   "defences", "catalogues", "programmes" };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        char buf[SPELLING_MAX + 1];
        const char *c = canon(words[i], buf);
        char again[SPELLING_MAX + 1];
        assert_string_equal(canon(c, again), c);
    }
}

static void
test_no_write_past_out(void **state)
{
    (void)state;
    /* The longest word looked at, growing by one byte ("-tred" -> "-tered"):
     * the output fills SPELLING_MAX - 1 bytes and the guard is intact. */
    char word[SPELLING_MAX];
    size_t len = SPELLING_MAX - 2;
    memset(word, 'a', len - 4);
    memcpy(word + len - 4, "tred", 4);
    struct {
        char out[SPELLING_MAX];
        unsigned char guard[16];
    } box;
    memset(&box, GUARD, sizeof box);
    size_t n = spelling_canon(word, len, box.out);
    assert_int_equal(n, len + 1);
    assert_memory_equal(box.out + len - 4, "tered", 5);
    for (size_t i = 0; i < sizeof box.guard; i++)
        assert_int_equal(box.guard[i], GUARD);
    for (size_t i = n; i < SPELLING_MAX; i++)
        assert_int_equal((unsigned char)box.out[i], GUARD);

    /* One byte longer is not looked at: nothing written. */
    char longer[SPELLING_MAX];
    memset(longer, 'a', SPELLING_MAX - 5);
    memcpy(longer + SPELLING_MAX - 5, "tred", 4);
    memset(&box, GUARD, sizeof box);
    assert_int_equal(spelling_canon(longer, SPELLING_MAX - 1, box.out), 0);
    for (size_t i = 0; i < SPELLING_MAX; i++)
        assert_int_equal((unsigned char)box.out[i], GUARD);

    /* A word that is its own form leaves OUT untouched too. */
    assert_int_equal(spelling_canon("minister", 8, box.out), 0);
    for (size_t i = 0; i < SPELLING_MAX; i++)
        assert_int_equal((unsigned char)box.out[i], GUARD);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_our_family),
        cmocka_unit_test(test_ise_and_yse_families),
        cmocka_unit_test(test_re_ll_ence_ogue_programme),
        cmocka_unit_test(test_other_words_are_their_own_form),
        cmocka_unit_test(test_canon_is_stable),
        cmocka_unit_test(test_no_write_past_out),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

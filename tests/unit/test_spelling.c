/* SPDX-License-Identifier: MIT
 *
 * test_spelling — the British/American hashing canon (workers/dedup/
 * spelling.h): both spellings of a word give one form, other words are
 * their own form, and nothing is written past the output buffer; and what
 * it does to fingerprints (a respelled reprint is near, another report of
 * the same event is not). The stories are made up for these tests, in key
 * form (normalise_item: case-folded, punctuation turned into spaces). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dedup/fingerprint.h"
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

/* A local story, American spelling: 163 words, 20 of them spelled
 * otherwise in British English. */
static const char story_us[] =
    "harbor city opens navy research center\n"
    "portland maine june 3 the city council on tuesday opened a new research center on the "
    "old harbor front after two years of delays the program which mayor marsh called the "
    "favorite project of her term will employ two hundred engineers a labor union put up the "
    "building after it analyzed the need for jobs the first contracts were canceled last year "
    "when the license for the site was held up by a state court neighbors complained about "
    "noise and the color of the walls and the defense department warned that it might move "
    "the work but the council voted in march to honor its deal with the government marsh "
    "traveled to washington twice to save the project she said the organization running the "
    "site had recognized the need for local hiring and that rumors of a move to boston were "
    "false the center will welcome visitors in september and the old theater next door will "
    "reopen";

/* Its reprint by a British desk: the 20 words respelled, four small edits
 * ("mayor ellen marsh", "3 june", "says", "had never been true") and an
 * unrelated 77-word teaser of other news appended. */
static const char story_uk[] =
    "harbour city opens navy research centre\n"
    "portland maine 3 june the city council on tuesday opened a new research centre on the "
    "old harbour front after two years of delays the programme which mayor ellen marsh called "
    "the favourite project of her term will employ two hundred engineers a labour union put "
    "up the building after it analysed the need for jobs the first contracts were cancelled "
    "last year when the licence for the site was held up by a state court neighbours "
    "complained about noise and the colour of the walls and the defence department warned "
    "that it might move the work but the council voted in march to honour its deal with the "
    "government marsh travelled to washington twice to save the project she says the "
    "organisation running the site had recognised the need for local hiring and that rumours "
    "of a move to boston had never been true the centre will welcome visitors in september "
    "and the old theatre next door will reopen"
    /* the teaser */
    " more news the weather service warned of heavy rain across the north this weekend with "
    "up to three inches expected in some towns schools said they would decide on monday "
    "whether to close in sports the local baseball team won its fifth game in a row on sunday "
    "night beating the visitors by four runs in front of a crowd of twelve thousand tickets "
    "for the next home game go on sale on friday at the stadium";

/* Another outlet's report of the same opening: the same names and places,
 * a few of the same phrases, its own text. */
static const char story_other[] =
    "portland unveils waterfront defense lab\n"
    "mayor ellen marsh cut the ribbon on tuesday at a navy research center built on the old "
    "harbor front in portland maine ending a dispute that had run since 2014 the lab will be "
    "run by a consortium of three universities and its first tenants are two firms that "
    "build sonar for submarines critics on the council said the city gave away land worth "
    "millions and got only vague promises of jobs in return marsh said two hundred engineers "
    "would be hired by the end of next year and that the building had already drawn interest "
    "from companies in boston and new york a state court held up the site last year until "
    "the council voted in march to keep the deal";

/* The British spellings of story_uk. */
static const char *const respelled[] = {
    "harbour",   "centre",  "programme",    "favourite",  "labour",  "analysed",
    "cancelled", "licence", "neighbours",   "colour",     "defence", "honour",
    "travelled", "theatre", "organisation", "recognised", "rumours",
};
#define RESPELLED 20 /* words of story_uk in respelled[] */

static void
fingerprint_of(const char *text, fingerprint_t *fp)
{
    fingerprint_compute(text, strlen(text), fp);
}

/* TEXT with an "x" after every respelled word, in a buffer the caller
 * frees: the same edits, but to words no canon brings back. */
static char *
without_canon(const char *text)
{
    char *out = malloc(2 * strlen(text) + 1);
    assert_non_null(out);
    size_t n = 0;
    const char *p = text;
    while (*p != '\0') {
        size_t len = strcspn(p, " \n");
        memcpy(out + n, p, len);
        n += len;
        for (size_t i = 0; i < sizeof respelled / sizeof respelled[0]; i++) {
            if (strlen(respelled[i]) == len && memcmp(p, respelled[i], len) == 0)
                out[n++] = 'x';
        }
        p += len;
        if (*p != '\0')
            out[n++] = *p++;
    }
    out[n] = '\0';
    return out;
}

static void
test_respelled_reprint_is_near(void **state)
{
    (void)state;
    const fp_rule_t rule = FP_RULE_DEFAULT;
    fingerprint_t us, uk;
    fingerprint_of(story_us, &us);
    fingerprint_of(story_uk, &uk);
    fp_verdict_t v;
    assert_true(fingerprint_verify(&us, &uk, &rule, &v));
    assert_true(fingerprint_verify(&uk, &us, &rule, &v));

    /* The control: the same edits to words the canon does not know leave a
     * copy that is not near, so the canon is what finds this reprint. */
    char *control = without_canon(story_uk);
    assert_true(strlen(control) == strlen(story_uk) + RESPELLED);
    fingerprint_t c;
    fingerprint_of(control, &c);
    assert_false(fingerprint_verify(&us, &c, &rule, &v));
    free(control);
}

static void
test_other_report_of_the_event_is_not_near(void **state)
{
    (void)state;
    const fp_rule_t rule = FP_RULE_DEFAULT;
    fingerprint_t us, uk, other;
    fingerprint_of(story_us, &us);
    fingerprint_of(story_uk, &uk);
    fingerprint_of(story_other, &other);
    fp_verdict_t v;
    assert_false(fingerprint_verify(&us, &other, &rule, &v));
    assert_true(v.resemblance < 0.2);
    assert_false(fingerprint_verify(&uk, &other, &rule, &v));
    assert_true(v.resemblance < 0.2);
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
        cmocka_unit_test(test_respelled_reprint_is_near),
        cmocka_unit_test(test_other_report_of_the_event_is_not_near),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

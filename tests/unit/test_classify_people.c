/* SPDX-License-Identifier: MIT
 *
 * test_classify_people — the people a text names, as classify_item hashes them for the
 * near-duplicate rule of agency updates (classify_result_t.parties, workers/dedup/lead.h),
 * against the shipped catalog. The texts are written for this test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "classify_cases.h"
#include "events/classify.h"

/* The parties hash names the people a text names, however it names them and in whatever
   order: the same two in other words match, a third person or another minister does not,
   and an unnamed description ("his counterpart") counts for nobody. */
static void
test_parties_of_a_text(void **state)
{
    const catalog_t *c = *state;
    int64_t pub = at(2016, 2, 12, 10);
    uint32_t a = run(c, "en", "", "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of "
                     "State John Kerry discussed Syria by phone on Friday.", pub).parties;
    uint32_t b = run(c, "en", "", "Kerry told Lavrov in a call on Friday that the truce in Syria "
                     "must hold.", pub).parties;
    uint32_t other = run(c, "en", "", "Russian Foreign Minister Sergei Lavrov and Iran's Foreign "
                         "Minister Mohammad Javad Zarif discussed Syria by phone on Friday.",
                         pub).parties;
    uint32_t third = run(c, "en", "", "Lavrov and Kerry discussed Syria by phone on Friday, and "
                         "Lavrov later briefed Zarif.", pub).parties;
    uint32_t unnamed = run(c, "en", "", "Lavrov and Kerry discussed Syria by phone on Friday; "
                           "Lavrov then called his counterpart.", pub).parties;
    assert_true(a != 0);
    assert_true(a == b);
    assert_true(a != other);
    assert_true(a != third);
    assert_true(a == unnamed);
    assert_true(run(c, "en", "", "The weather was fine on Friday.", pub).parties == 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parties_of_a_text),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

/* SPDX-License-Identifier: MIT
 *
 * classify_cases — helpers of the classify tests (tests/unit/test_classify*.c). */
#ifndef WW_TESTS_UNIT_CLASSIFY_CASES_H
#define WW_TESTS_UNIT_CLASSIFY_CASES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "events/classify.h"

/* One text and the verdict it must get: TYPE NULL means no event. */
typedef struct {
    const char *lang, *title, *body, *type, *date;
} case_t;

/* Milliseconds since the epoch of Y-M-D at HOURS:00 UTC. */
int64_t at(int y, int m, int d, int hours);

/* cmocka group setup and teardown: the shipped catalog as *STATE. */
int group_setup(void **state);
int group_teardown(void **state);

/* Classifies one item (fails the test when classify_item does). */
classify_result_t run(const catalog_t *c, const char *lang, const char *title,
                      const char *body, int64_t pub);

/* True when NAME is one of the N strings of V. */
bool has(const char *const *v, size_t n, const char *name);

/* Fails the test (naming WHAT) unless R is of TYPE (NULL: no event) on DATE (NULL: any). */
void expect(const char *what, const classify_result_t *r, const char *type, const char *date);

/* Runs the N cases of K, published at PUB: each must come out its type and date (no event
   when type is NULL; any date when date is NULL). Prints every case that does not, then fails. */
void check_cases(const catalog_t *c, const case_t *k, size_t n, int64_t pub);

/* Runs the N cases of K, published at PUB (their type and date unused): none may come out
   TYPE. Prints every case that does, then fails. */
void check_not_type(const catalog_t *c, const case_t *k, size_t n, int64_t pub,
                    const char *type);

#endif

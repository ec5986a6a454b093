/* SPDX-License-Identifier: MIT
 *
 * dates_cases — helpers of the date scanner's tests (tests/unit/test_dates*.c). */
#ifndef WW_TESTS_UNIT_DATES_CASES_H
#define WW_TESTS_UNIT_DATES_CASES_H

#include <stdint.h>

#include "events/dates.h"

/* Milliseconds since the epoch of Y-M-D at HOURS:00 UTC. */
int64_t at(int y, int m, int d, int hours);

/* The FOLD_MATCH of S as a string the caller frees. */
char *fold(const char *s);

/* Scans TEXT (folded first) against ANCHOR and checks the first expression: of KIND, on the
   day WANT ("YYYY-MM-DD"); WANT NULL: no expression at all. */
void check_scan(const dates_lex_t *lex, const char *text, const char *lang, int64_t anchor,
                dates_kind_t kind, const char *want);

#endif

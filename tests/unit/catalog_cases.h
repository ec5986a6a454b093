/* SPDX-License-Identifier: MIT
 *
 * catalog_cases — helpers of the catalog tests (tests/unit/test_catalog*.c): a catalog
 * parsed from a string, its errors, and what it scans in a folded text. */
#ifndef WW_TESTS_UNIT_CATALOG_CASES_H
#define WW_TESTS_UNIT_CATALOG_CASES_H

#include <stddef.h>
#include <stdint.h>

#include "events/catalog.h"

/* TEXT parsed as "test.catalog"; NULL with the parser's error in ERR. */
catalog_t *parse(const char *text, char *err, size_t errlen);

/* TEXT parsed, or the test failed with the parser's error. */
catalog_t *parse_or_fail(const char *text);

/* Fails the test unless TEXT is rejected with an error that contains WANT. */
void check_error(const char *text, const char *want);

/* Folds TEXT and scans it with C into *HITS (which the caller frees). */
void scan_folded(const catalog_t *c, const char *text, catalog_hits_t *hits);

/* Fails the test unless C scans N hits in the folded TEXT and hit AT is of KIND with REACH. */
void check_hit(const catalog_t *c, const char *text, size_t n, size_t at, catalog_kind_t kind,
               uint8_t reach);

/* Fails the test unless the hits of SRC, as "kind:name" joined by spaces, are WANT. */
void check_scan(const catalog_t *c, const char *src, const char *want);

#endif

/* SPDX-License-Identifier: MIT
 *
 * fuzz_classify — the classifier with the shipped catalog on arbitrary text
 * (split at the first NUL into title and body). Run from the repository
 * root: it loads deploy/catalog/events.catalog once. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "events/catalog.h"
#include "events/classify.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static catalog_t *shipped;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (shipped == NULL) {
        char err[512];
        shipped = catalog_load("deploy/catalog/events.catalog", err, sizeof err);
        if (shipped == NULL) {
            fprintf(stderr, "%s\n", err);
            abort();
        }
    }
    const char *p = (const char *)data;
    const char *nul = memchr(p, '\0', size);
    size_t tlen = nul ? (size_t)(nul - p) : 0;
    classify_result_t r;
    classify_item(shipped, p, tlen, nul ? nul + 1 : p, nul ? size - tlen - 1 : size, NULL,
                  1457276520000LL, &r);
    return 0;
}

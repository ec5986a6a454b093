/* SPDX-License-Identifier: MIT
 *
 * fuzz_catalog — the catalog parser on arbitrary text, and the classifier
 * with whatever catalog parsed. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "events/catalog.h"
#include "events/classify.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char text[] =
    "MOSCOW, March 6. /TASS/. Russian Foreign Minister Sergei Lavrov and U.S. Secretary of "
    "State John Kerry discussed Syria by phone on Sunday, the ministry said.";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char err[256];
    catalog_t *c = catalog_parse((const char *)data, size, "fuzz", err, sizeof err);
    if (c != NULL) {
        classify_result_t r;
        classify_item(c, "", 0, text, strlen(text), "en", 1457276520000LL, &r);
        catalog_destroy(&c);
    }
    return 0;
}

/* SPDX-License-Identifier: MIT
 *
 * fuzz_text — the cores that read a scraped page: normalisation (chrome,
 * Unicode), language detection, fingerprinting, datelines. The input is
 * split at its first NUL into title and body. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "events/dates.h"
#include "dedup/fingerprint.h"
#include "text/lang.h"
#include "text/normalise.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = (const char *)data;
    const char *nul = memchr(p, '\0', size);
    size_t tlen = nul ? (size_t)(nul - p) : 0;
    const char *body = nul ? nul + 1 : p;
    size_t blen = nul ? size - tlen - 1 : size;
    normalised_t n;
    if (normalise_item(p, tlen, body, blen, &n) == 0) {
        char hex[33];
        normalise_hash_hex(n.key, n.key_len, hex);
        fingerprint_t fp;
        fingerprint_compute(n.key, n.key_len, &fp);
        dateline_t dl;
        if (dates_find_dateline(n.body, n.body_len, NULL, &dl) && dl.month > 0) {
            char date[11];
            dates_resolve_month_day(dl.month, dl.day, 1457276520000LL, date);
        }
        normalised_free(&n);
    }
    (void)lang_detect(body, blen);
    dateline_t raw;
    (void)dates_find_dateline(body, blen, "hr", &raw);
    return 0;
}

/* SPDX-License-Identifier: MIT
 *
 * fuzz_conf — config lines: every directive's value parser. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ww_conf.h"
#include "ww_time.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char line[4200];
    size_t n = size < sizeof line - 1 ? size : sizeof line - 1;
    memcpy(line, data, n);
    line[n] = '\0';
    ww_conf_t conf;
    char err[256];
    if (ww_conf_load(&conf, NULL, err, sizeof err) == 0)
        (void)ww_conf_set(&conf, line, err, sizeof err);
    ww_conf_free(&conf);
    int64_t ms;
    (void)ww_time_parse_rfc3339((const char *)data, size, &ms);
    return 0;
}

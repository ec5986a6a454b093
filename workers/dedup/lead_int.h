/* SPDX-License-Identifier: MIT
 *
 * lead_int — lead.c's view of lead_credit.c. */
#ifndef WW_WORKERS_DEDUP_LEAD_INT_H
#define WW_WORKERS_DEDUP_LEAD_INT_H

#include <stddef.h>
#include <stdint.h>

#include "lead.h"

/* The agency whose name comes first in S (LEN bytes of UTF-8, original
 * case), as a credit id, its name's offset in *AT; 0 when none. */
uint16_t lead_credit_of(const char *s, size_t len, size_t *at);

#endif

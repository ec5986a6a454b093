/* SPDX-License-Identifier: MIT
 *
 * ww_keys — see ww_keys.h. */
#include "ww_keys.h"

#include <stdio.h>
#include <string.h>

#define MAX_PREFIX 96

int
ww_keys_init(ww_keys_t *k, const char *prefix)
{
    if (strlen(prefix) > MAX_PREFIX)
        return -1;
    snprintf(k->iseq, sizeof k->iseq, "%s{w}:iseq", prefix);
    snprintf(k->in, sizeof k->in, "%s{w}:in", prefix);
    snprintf(k->seq, sizeof k->seq, "%s{w}:seq", prefix);
    snprintf(k->out, sizeof k->out, "%s{w}:out", prefix);
    snprintf(k->dlq, sizeof k->dlq, "%s{w}:dlq", prefix);
    snprintf(k->pub, sizeof k->pub, "%s{w}:pub", prefix);
    snprintf(k->log_end, sizeof k->log_end, "%s{w}:lend", prefix);
    snprintf(k->log, sizeof k->log, "%s{w}:l:", prefix);
    snprintf(k->events, sizeof k->events, "%s{w}:e:", prefix);

    snprintf(k->ids, sizeof k->ids, "%s{w}:k:", prefix);
    snprintf(k->epoch, sizeof k->epoch, "%s{w}:epoch", prefix);
    snprintf(k->lock, sizeof k->lock, "%s{w}:lock", prefix);
    snprintf(k->workers, sizeof k->workers, "%s{w}:w:", prefix);
    return 0;
}

/* SPDX-License-Identifier: MIT
 *
 * epoch — tells whether the Redis the daemon is talking to still holds the
 * state it was publishing from. P{w}:epoch holds a run id, written by the
 * first daemon that finds none. Redis has lost its data (restarted without
 * AOF, flushed, restored from an older copy, failed over to a stale replica)
 * when the run id is gone or is another one, or when the seq counter is below
 * what was already published; a new run id is then written, so that every
 * subscriber can tell the two histories apart (it rides on each heartbeat).
 * Decides nothing else: main.c logs, and the publisher starts again. */
#ifndef WW_DAEMON_EPOCH_H
#define WW_DAEMON_EPOCH_H

#include <stddef.h>
#include <stdint.h>

#include "daemon.h"

typedef enum {
    EPOCH_SAME,  /* the state is the one known (or, at start, found) */
    EPOCH_FIRST, /* no state found at start: a new run id was written */
    EPOCH_LOST,  /* the known state is gone: a new run id was written */
    EPOCH_ERROR, /* Redis failed: the connection is closed */
} epoch_verdict_t;

/* Checks the state after a connect (and now and then: a FLUSHALL does not
 * break the connection). PUBLISHED is the last seq published (0 before any).
 * The run id in force is kept in D->epoch. On EPOCH_LOST writes why into
 * WHY. */
epoch_verdict_t epoch_check(daemon_t *d, uint64_t published, char *why, size_t whylen);

#endif

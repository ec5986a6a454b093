/* SPDX-License-Identifier: MIT
 *
 * chaos — what the chaos driver (chaos.c: processes, faults, feed) hands to
 * its checker (check.c), and the slow subscriber (slowsub.c), which runs as
 * a process of its own (`chaos --slow-subscriber`). */
#ifndef WW_TESTS_CHAOS_CHAOS_H
#define WW_TESTS_CHAOS_CHAOS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "harness.h"

/* What the feed knows once it is done. Items are "ack-<i>" (source
 * chaos.ack, sent to the ack endpoint with their id, resent until answered
 * ok) and "push-<i>" (source chaos.push, PUSHed once). */
typedef struct {
    long n_ack, n_push;
    uint64_t *ack_seq;     /* ingest seq the ack endpoint answered, per item; 0 = never ok */
    long ack_already;      /* ok answers with `already` (a resend of a queued item) */
    long ack_mismatch;     /* ok answers whose seq differed from an earlier ok's */
    long ack_resends;      /* sends after the first (timeout, retry, lost answer) */
    long ack_retry;        /* "retry later" answers */
    long ack_rejected;     /* must stay 0: every item is valid */
    long push_sent;
} fed_t;

/* Checks what came out against FED (chaos.c waits for the pipeline to drain
 * first) and prints every figure. SLOW_OUT is the slow subscriber's file of
 * the seqs it received live. Returns the number of failed checks. */
int check_all(harness_t *h, const fed_t *fed, const char *slow_out);

/* The slow subscriber's main: SUB (RCVHWM small) on ENDPOINT, sleeping
 * SLEEP_US per message; on SIGTERM writes the seqs it received, one per
 * line, to OUT. Returns the exit status. */
int slowsub_main(const char *endpoint, const char *out, long sleep_us);

/* Item bodies: distinct texts of PRNG-drawn words. */
void chaos_body(char *out, size_t cap, const char *id);

#endif

/* SPDX-License-Identifier: MIT
 *
 * instances — the event instances Redis holds (P{w}:e:<type>:<date>, one
 * hash each: reports, first_seq, first_seen, last_seen, outlets and langs
 * tab-separated; see ww_keys.h), read as JSON for `wirewatch events` and
 * `wirewatch board`. Speaks SCAN MATCH and HGETALL. */
#ifndef WW_CLIENT_INSTANCES_H
#define WW_CLIENT_INSTANCES_H

#include <jansson.h>

#include "ww_keys.h"
#include "ww_redis.h"

/* Appends to IDS (a JSON array) the instance ids, TYPE:DATE, of event type
 * TYPE ("" = every type). Returns 0, or -1 when Redis failed (the reason in
 * ww_redis_errstr). */
int instances_scan(ww_redis_t *r, const ww_keys_t *keys, const char *type, json_t *ids);

/* The instance ID as a JSON object {id, type, date, reports, outlets,
 * langs, first_seq, first_seen, last_seen}: outlets and langs sorted arrays,
 * the times in ms. NULL when Redis has no such key (or failed). Caller
 * decrefs. */
json_t *instances_get(ww_redis_t *r, const ww_keys_t *keys, const char *id);

#endif

/* SPDX-License-Identifier: MIT
 *
 * output — reading what the pipeline produced, for the integration tests:
 * the JSON Lines that `wirewatch tail` printed, or the output stream; and
 * writing the JSON Lines a test feeds it. */
#ifndef WW_TESTS_INTEG_OUTPUT_H
#define WW_TESTS_INTEG_OUTPUT_H

#include <jansson.h>
#include <stddef.h>

#include "harness.h"
#include "ww_buf.h"

/* Parses the JSON Lines in OUT into an array (caller decrefs). */
json_t *output_parse_lines(const ww_buf_t *out);
/* The message of the array whose string field FIELD equals VALUE, or NULL. */
json_t *output_find(json_t *lines, const char *field, const char *value);
/* The dup.status and dup.of of an item line ("" when absent). */
const char *output_dup_status(json_t *line);
const char *output_dup_of(json_t *line);
/* Writes LINES (a JSON array) as JSON Lines into the test's directory as NAME; returns the
   path (static buffer). */
const char *output_write_lines(harness_t *h, const char *name, json_t *lines);
/* Writes LINES as NAME (output_write_lines) and feeds them with `wirewatch feed`; returns
   its exit status. */
int output_feed(harness_t *h, const char *name, json_t *lines);
/* Runs `wirewatch tail --from FROM --count N --timeout 10` and parses it. */
json_t *output_tail(harness_t *h, long from, long n, const char *topic);

#endif

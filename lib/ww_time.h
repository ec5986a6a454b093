/* SPDX-License-Identifier: MIT
 *
 * ww_time — RFC 3339 timestamps to and from milliseconds since the Unix epoch
 * (UTC), the unit of every time on the wire. */
#ifndef WW_TIME_H
#define WW_TIME_H

#include <stddef.h>
#include <stdint.h>

/* Parses "2016-03-06T15:42:00Z", "2016-03-06T18:42:00.250+03:00" (a space for
 * the T is allowed). Returns 0 and sets *MS, or -1 if S is not such a time. */
int ww_time_parse_rfc3339(const char *s, size_t len, int64_t *ms);
/* Writes MS as "2016-03-06T15:42:00Z" (with .mmm when not a whole second)
 * into OUT (at least 32 bytes). Takes any int64: a year outside 0000..9999
 * is written with the digits it has ("-292275055-05-16T16:47:04.192Z"). */
void ww_time_format_rfc3339(int64_t ms, char out[32]);

#endif

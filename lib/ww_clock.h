/* SPDX-License-Identifier: MIT
 *
 * ww_clock — monotonic and wall-clock milliseconds. Both go through function
 * pointers so that a test can inject time. */
#ifndef WW_CLOCK_H
#define WW_CLOCK_H

#include <stdint.h>

typedef int64_t ww_clock_fn(void);

/* Milliseconds on a clock that never jumps: for deadlines and idle times. */
extern ww_clock_fn *ww_clock_mono_ms;
/* Milliseconds since the Unix epoch, UTC: for timestamps in messages. */
extern ww_clock_fn *ww_clock_wall_ms;

#endif

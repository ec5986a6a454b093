/* SPDX-License-Identifier: MIT
 *
 * ww_clock — see ww_clock.h. */
#include "ww_clock.h"

#include <time.h>

static int64_t
read_clock(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int64_t
mono_ms(void)
{
    return read_clock(CLOCK_MONOTONIC);
}

static int64_t
wall_ms(void)
{
    return read_clock(CLOCK_REALTIME);
}

ww_clock_fn *ww_clock_mono_ms = mono_ms;
ww_clock_fn *ww_clock_wall_ms = wall_ms;

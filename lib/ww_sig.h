/* SPDX-License-Identifier: MIT
 *
 * ww_sig — turns SIGTERM, SIGINT and SIGHUP into a readable fd (the self-pipe
 * trick), so that a zmq_poll loop wakes up on them; ignores SIGPIPE. The only
 * global state is the pipe. */
#ifndef WW_SIG_H
#define WW_SIG_H

#include <stdbool.h>

typedef struct {
    bool stop;   /* SIGTERM or SIGINT arrived */
    bool reload; /* SIGHUP arrived */
} ww_sig_events_t;

/* Installs the handlers. Returns the fd to poll for reading, or -1 (errno). */
int ww_sig_init(void);
/* Drains the pipe and reports which signals arrived since the last call. */
ww_sig_events_t ww_sig_take(void);

#endif

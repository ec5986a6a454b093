/* SPDX-License-Identifier: MIT
 *
 * ww_sig — see ww_sig.h. The handler writes the signal number as one byte. */
#include "ww_sig.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static int pipe_fds[2] = { -1, -1 };

static void
on_signal(int sig)
{
    int saved = errno;
    unsigned char b = (unsigned char)sig;
    if (write(pipe_fds[1], &b, 1) < 0) {
        /* pipe full: a wake-up is already pending */
    }
    errno = saved;
}

int
ww_sig_init(void)
{
    if (pipe_fds[0] >= 0)
        return pipe_fds[0];
    if (pipe(pipe_fds) == -1)
        return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(pipe_fds[i], F_SETFL, fcntl(pipe_fds[i], F_GETFL) | O_NONBLOCK);
        fcntl(pipe_fds[i], F_SETFD, FD_CLOEXEC);
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    return pipe_fds[0];
}

ww_sig_events_t
ww_sig_take(void)
{
    ww_sig_events_t ev = { false, false };
    unsigned char b[64];
    ssize_t n;
    while ((n = read(pipe_fds[0], b, sizeof b)) > 0) {
        for (ssize_t i = 0; i < n; i++) {
            if (b[i] == SIGHUP)
                ev.reload = true;
            else
                ev.stop = true;
        }
    }
    return ev;
}

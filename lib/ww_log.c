/* SPDX-License-Identifier: MIT
 *
 * ww_log — see ww_log.h. Writes to stderr, one write per line. */
#include "ww_log.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

ww_log_level_t ww_log_level = WW_LOG_NOTICE;

static const char *prog_name = "wirewatch";
static const char level_letter[] = { 'E', 'W', 'N', 'I', 'D' };
static const int syslog_level[] = { 3, 4, 5, 6, 7 };
static const char *const level_names[] = { "error", "warn", "notice", "info", "debug" };

void
ww_log_init(const char *prog)
{
    prog_name = prog;
}

int
ww_log_parse_level(const char *name, ww_log_level_t *level)
{
    for (size_t i = 0; i < sizeof level_names / sizeof level_names[0]; i++) {
        if (strcmp(name, level_names[i]) == 0) {
            *level = (ww_log_level_t)i;
            return 0;
        }
    }
    return -1;
}

void
ww_log_write(ww_log_level_t level, const char *module, const char *fmt, ...)
{
    char line[2048];
    size_t n = 0;
    if (getenv("JOURNAL_STREAM") != NULL) {
        n = (size_t)snprintf(line, sizeof line, "<%d>", syslog_level[level]);
    } else {
        struct timespec ts;
        struct tm tm;
        clock_gettime(CLOCK_REALTIME, &ts);
        gmtime_r(&ts.tv_sec, &tm);
        n = strftime(line, sizeof line, "%Y-%m-%dT%H:%M:%S", &tm);
        n += (size_t)snprintf(line + n, sizeof line - n, ".%03ldZ ", ts.tv_nsec / 1000000);
    }
    n += (size_t)snprintf(line + n, sizeof line - n, "%s[%ld]: %c %s: ", prog_name,
                          (long)getpid(), level_letter[level], module);
    va_list ap;
    va_start(ap, fmt);
    if (n < sizeof line)
        n += (size_t)vsnprintf(line + n, sizeof line - n, fmt, ap);
    va_end(ap);
    if (n >= sizeof line - 1)
        n = sizeof line - 2;
    line[n++] = '\n';
    fwrite(line, 1, n, stderr);
}

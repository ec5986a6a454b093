/* SPDX-License-Identifier: MIT
 *
 * ww_log — one line per event, `key=value` fields, module name first:
 *   2026-11-25T10:00:00.123Z wirewatchd[4211]: W dispatch: worker silent seq=1832
 * Under systemd (JOURNAL_STREAM set) the time is left to journald and the line
 * starts with the syslog level instead (<4>). The level is checked before any
 * formatting, so a disabled debug line costs one comparison. */
#ifndef WW_LOG_H
#define WW_LOG_H

typedef enum {
    WW_LOG_ERROR,
    WW_LOG_WARN,
    WW_LOG_NOTICE,
    WW_LOG_INFO,
    WW_LOG_DEBUG,
} ww_log_level_t;

extern ww_log_level_t ww_log_level;

/* Sets the program name shown in every line (borrowed: a string literal). */
void ww_log_init(const char *prog);
/* Parses "error".."debug". Returns 0, or -1 for an unknown name. */
int ww_log_parse_level(const char *name, ww_log_level_t *level);
void ww_log_write(ww_log_level_t level, const char *module, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#define ww_log(level, module, ...)                                                              \
    do {                                                                                        \
        if ((level) <= ww_log_level)                                                            \
            ww_log_write((level), (module), __VA_ARGS__);                                       \
    } while (0)

#endif

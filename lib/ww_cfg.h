/* SPDX-License-Identifier: MIT
 *
 * ww_cfg — a table-driven parser for redis.conf-style files: `key value` lines,
 * `#` comments, values optionally in double quotes. One table (ww_opt_t[])
 * gives every directive its type, default, bounds, place in the caller's
 * struct and a help line; defaults, validation, --help and the dump of the
 * effective values all come from it. Sizes take units (64kb, 1mb, 2gb),
 * durations too (250ms, 15s, 5m, 2h, 7d; a bare number is seconds). A value
 * may name environment variables: ${NAME}, or ${NAME:-DEFAULT} when NAME may
 * be unset or empty (a systemd unit's ${CREDENTIALS_DIRECTORY}, for one); an
 * unset NAME without a default is an error. */
#ifndef WW_CFG_H
#define WW_CFG_H

#include <stddef.h>
#include <stdio.h>

typedef enum {
    WW_OPT_STR,      /* char * (owned by the struct; freed by ww_cfg_free) */
    WW_OPT_INT,      /* long long */
    WW_OPT_SIZE,     /* long long bytes */
    WW_OPT_DURATION, /* long long milliseconds */
    WW_OPT_BOOL,     /* int 0/1: yes/no */
    WW_OPT_RATIO,    /* double in [0, 1] (bounds ignored) */
} ww_opt_type_t;

typedef struct {
    const char *name;   /* the directive */
    ww_opt_type_t type;
    size_t offset;      /* offsetof the field in the caller's struct */
    const char *def;    /* default, written as in the file */
    long long min, max; /* bounds for numbers (in bytes / ms / units); min == max: none */
    const char *help;   /* one line */
} ww_opt_t;

/* Sets every field to its default. Returns 0 (defaults are trusted). */
void ww_cfg_defaults(const ww_opt_t *opts, size_t n, void *conf);
/* Reads PATH over the defaults already set. Returns 0, or -1 with
 * "file:line: reason" in ERR. */
int ww_cfg_load(const ww_opt_t *opts, size_t n, void *conf, const char *path, char *err,
                size_t errlen);
/* Parses one `key value` line; LINE is NUL-terminated. Returns 0 or -1 with ERR set
 * (without file and line). Blank and comment lines return 0. */
int ww_cfg_parse_line(const ww_opt_t *opts, size_t n, void *conf, const char *line, char *err,
                      size_t errlen);
/* Prints the effective value of every directive, as a valid config file. */
void ww_cfg_dump(const ww_opt_t *opts, size_t n, const void *conf, FILE *out);
/* Prints one line per directive: name, default, help. */
void ww_cfg_help(const ww_opt_t *opts, size_t n, FILE *out);
/* Frees the string fields. */
void ww_cfg_free(const ww_opt_t *opts, size_t n, void *conf);

#endif

/* SPDX-License-Identifier: MIT
 *
 * ww_args — the command line that wirewatchd and wirewatch-worker share:
 * -c/--config FILE, -t/--test, -h/--help, -v/--version. It prints help,
 * version and usage errors itself and tells main.c what to do; it never
 * exits (only main.c does). */
#ifndef WW_ARGS_H
#define WW_ARGS_H

typedef enum {
    WW_ARGS_RUN,    /* go on: *config and *test_only are set */
    WW_ARGS_DONE,   /* help or version printed: exit 0 */
    WW_ARGS_USAGE,  /* a usage error was printed: exit 64 */
} ww_args_result_t;

/* Parses ARGV for program PROG (its name in messages). *CONFIG is NULL when
 * no -c was given. */
ww_args_result_t ww_args_parse(int argc, char **argv, const char *prog, const char **config,
                               int *test_only);

#endif

/* SPDX-License-Identifier: MIT
 *
 * ww_args — see ww_args.h. */
#include "ww_args.h"

#include <getopt.h>
#include <stdio.h>

#include "ww_conf.h"

static void
usage(FILE *out, const char *prog)
{
    fprintf(out,
            "usage: %s [-c FILE] [-t] [-h] [-v]\n"
            "  -c, --config FILE  read FILE (redis.conf style); without it, defaults\n"
            "  -t, --test         check the config, print the effective values, exit\n"
            "  -h, --help         this help\n"
            "  -v, --version      print the version\n\n",
            prog);
    ww_conf_help(out);
}

ww_args_result_t
ww_args_parse(int argc, char **argv, const char *prog, const char **config, int *test_only)
{
    static const struct option longs[] = {
        { "config", required_argument, NULL, 'c' }, { "test", no_argument, NULL, 't' },
        { "help", no_argument, NULL, 'h' },         { "version", no_argument, NULL, 'v' },
        { NULL, 0, NULL, 0 },
    };
    *config = NULL;
    *test_only = 0;
    int c;
    while ((c = getopt_long(argc, argv, "c:thv", longs, NULL)) != -1) {
        switch (c) {
        case 'c': *config = optarg; break;
        case 't': *test_only = 1; break;
        case 'h': usage(stdout, prog); return WW_ARGS_DONE;
        case 'v': printf("%s %s\n", prog, WW_VERSION); return WW_ARGS_DONE;
        default: usage(stderr, prog); return WW_ARGS_USAGE;
        }
    }
    if (optind != argc) {
        fprintf(stderr, "%s: unexpected argument \"%s\"\n", prog, argv[optind]);
        return WW_ARGS_USAGE;
    }
    return WW_ARGS_RUN;
}

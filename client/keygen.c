/* SPDX-License-Identifier: MIT
 *
 * keygen — `wirewatch keygen PATH`: writes a new CURVE key pair in CZMQ's
 * zcert format, PATH (the public certificate: give it to the daemon's
 * curve-feeders or curve-subscribers directory, or to clients as
 * curve-server-key) and PATH_secret (both keys, mode 0600: the owner's
 * curve-secret-key or curve-client-key). Never overwrites a key. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "ww_curve.h"

static void
usage(FILE *out)
{
    fprintf(out, "usage: wirewatch keygen PATH\n"
                 "  Writes a CURVE key pair: PATH, the public certificate, and PATH_secret,\n"
                 "  which holds the secret key too (mode 0600). Refuses to overwrite either.\n");
}

int
cli_keygen(int argc, char **argv)
{
    if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        usage(stdout);
        return 0;
    }
    if (argc != 2 || argv[1][0] == '-' || argv[1][0] == '\0') {
        usage(stderr);
        return EXIT_USAGE;
    }
    char key[WW_CURVE_KEY_TXT], err[512];
    if (ww_curve_keygen(argv[1], key, err, sizeof err) == -1) {
        fprintf(stderr, "wirewatch keygen: %s\n", err);
        return 1;
    }
    printf("public key %s\n", key);
    printf("wrote %s (public certificate) and %s_secret (secret: keep it to its owner)\n",
           argv[1], argv[1]);
    return 0;
}

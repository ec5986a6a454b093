/* SPDX-License-Identifier: MIT
 *
 * wirewatch — the client: `wirewatch feed` sends JSON Lines to the daemon's
 * acknowledged ingest endpoint (DEALER → ROUTER); `wirewatch tail` prints
 * what the daemon publishes (SUB, plus DEALER → replay ROUTER to fill gaps);
 * `wirewatch dlq` lists the dead-letter stream and `wirewatch events` the
 * event instances (Redis); `wirewatch board` serves a live web page of them. */
#include <stdio.h>
#include <string.h>

#include <zmq.h>

#include "cli.h"
#include "ww_curve.h"
#include "ww_log.h"

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *help;
} command_t;

static const command_t commands[] = {
    { "feed", cli_feed, "send raw items (JSON Lines) through the acknowledged endpoint" },
    { "tail", cli_tail, "print published items as JSON Lines, filling gaps from replay" },
    { "dlq", cli_dlq, "list dead letters, show one, requeue them" },
    { "events", cli_events, "list the event instances Redis holds, show one with its seqs" },
    { "stats", cli_stats, "the daemon's health and metrics, for a person" },
    { "keygen", cli_keygen, "write a CURVE key pair: PATH (public) and PATH_secret" },
    { "board", cli_board, "serve the live event board, a web page (board-listen)" },
};

static void
usage(FILE *out)
{
    fprintf(out, "usage: wirewatch COMMAND [-c FILE] [options]  (wirewatch COMMAND --help)\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-6s %s\n", commands[i].name, commands[i].help);
}

int
main(int argc, char **argv)
{
    ww_log_init("wirewatch");
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-v") == 0) {
        printf("wirewatch %s\n", WW_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "wirewatch: unknown command \"%s\"\n", argv[1]);
    usage(stderr);
    return EXIT_USAGE;
}

int
cli_load_conf(ww_conf_t *conf, const char *path)
{
    char err[512] = "";
    if (ww_conf_load(conf, path, err, sizeof err) == -1) {
        fprintf(stderr, "wirewatch: %s\n", err);
        ww_conf_free(conf);
        return -1;
    }
    return 0;
}

ww_redis_t *
cli_redis(const ww_conf_t *conf, const char *cmd)
{
    ww_redis_t *r = ww_redis_new(conf->redis, (int)conf->redis_timeout, NULL, 0);
    ww_redis_set_auth(r, conf->redis_user, conf->redis_password_file);
    if (ww_redis_connect(r) == -1) {
        fprintf(stderr, "wirewatch %s: redis %s: %s%s\n", cmd, conf->redis, ww_redis_errstr(r),
                ww_redis_refused(r) ? " (redis-user, redis-password-file)" : "");
        ww_redis_destroy(&r);
    }
    return r;
}

void *
cli_connect(void *ctx, int type, const char *ep, const ww_zsock_opts_t *opts,
            const ww_conf_t *conf, char *err, size_t errlen)
{
    void *s = ww_zsock_open(ctx, type, opts, err, errlen);
    if (s != NULL && (ww_curve_client_apply(s, conf->curve_client_key, conf->curve_server_key,
                                            err, errlen) == -1 ||
                      ww_zsock_attach(s, ep, false, err, errlen) == -1)) {
        zmq_close(s);
        s = NULL;
    }
    return s;
}

/* SPDX-License-Identifier: MIT
 *
 * cli — the subcommands of the `wirewatch` client and what they share. Each
 * subcommand returns its exit status (sysexits: 0 ok, 1 failure, 64 usage,
 * 78 config). */
#ifndef WW_CLIENT_CLI_H
#define WW_CLIENT_CLI_H

#include <jansson.h>
#include <msgpack.h>

#include "ww_buf.h"
#include "ww_conf.h"
#include "ww_redis.h"
#include "ww_zsock.h"

#define EXIT_USAGE 64
#define EXIT_CONFIG 78

int cli_feed(int argc, char **argv);
int cli_tail(int argc, char **argv);
int cli_dlq(int argc, char **argv);
int cli_events(int argc, char **argv);
int cli_stats(int argc, char **argv);
int cli_keygen(int argc, char **argv);
int cli_board(int argc, char **argv);

/* Loads the config named by -c (or the defaults). Prints the error and
 * returns -1 on failure. */
int cli_load_conf(ww_conf_t *conf, const char *path);
/* Connects to the config's Redis. Returns the connection (caller destroys),
 * or NULL after printing "wirewatch CMD: why". */
ww_redis_t *cli_redis(const ww_conf_t *conf, const char *cmd);
/* Opens a socket of TYPE with OPTS and connects it to EP: a CURVE client when
 * the config names curve-client-key and curve-server-key. Returns the socket
 * (caller closes), or NULL with the reason in ERR. */
void *cli_connect(void *ctx, int type, const char *ep, const ww_zsock_opts_t *opts,
                  const ww_conf_t *conf, char *err, size_t errlen);

/* JSON Lines <-> msgpack (json.c). */
/* Converts one JSON Lines line to a raw-item msgpack message: every field is
 * carried over with its JSON type, except `published` given as an RFC 3339
 * string, which becomes milliseconds; `v` is added. Returns 0. A line that is
 * not a JSON object is still sent, as a msgpack bin of its bytes, so that the
 * daemon is the one judge of what is acceptable and dead-letters it; for it
 * the function returns -1 with "COLUMN: what is wrong" in ERR (the JSON
 * error, e.g. a lone surrogate escape or a byte that is not UTF-8). */
int json_line_to_msgpack(const char *line, size_t len, ww_buf_t *out, char *err,
                         size_t errlen);
/* Writes J as one line of compact JSON, keys in order, each real number in
 * the shortest form that reads back the same (0.85, not 0.84999999999999998).
 * Caller frees. */
char *json_dump_line(const json_t *j);
/* Converts a decoded message to JSON. Times (`published`, `received`,
 * `processed`) become RFC 3339 strings; bin values become base64. Caller
 * decrefs. */
json_t *json_from_msgpack(const msgpack_object *o);

#endif

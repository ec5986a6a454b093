/* SPDX-License-Identifier: MIT
 *
 * board_http — the board's HTTP side (libmicrohttpd, run from the board's own
 * poll loop: no thread):
 *   GET /, /board.css, /board.js   the page (board_assets.h); no data in it
 *   GET /events                    Server-Sent Events: first the snapshot,
 *                                  then every change as it comes
 *   GET /api/state                 the snapshot, JSON
 *   GET /api/event?id=TYPE:DATE    one instance with its reports, JSON
 * With a token, /events and /api/ answer only a request that carries it
 * (?token=, or "Authorization: Bearer"), compared in constant time; without
 * one the board listens on loopback only and answers only requests whose
 * Host names a loopback address (no DNS rebinding). Every answer carries a
 * Content-Security-Policy that allows no script but the board's own. */
#ifndef WW_CLIENT_BOARD_HTTP_H
#define WW_CLIENT_BOARD_HTTP_H

#include <stddef.h>
#include <stdint.h>

#include "ww_buf.h"

typedef struct board_http board_http_t;

/* Answers /api/WHAT (ID: the id argument, or NULL): JSON into OUT. Returns
 * the HTTP status. */
typedef unsigned board_api_fn(void *arg, const char *what, const char *id, ww_buf_t *out);

typedef struct {
    const char *listen;  /* HOST:PORT (board-listen) */
    const char *token;   /* NULL: none */
    board_api_fn *api;   /* /api/state gives the first message of /events */
    void *arg;
} board_http_opts_t;

/* Listens on OPTS->listen. Returns NULL with ERR set when it is malformed or
 * cannot be bound, or is not a loopback address and there is no token.
 * Caller destroys. */
board_http_t *board_http_new(const board_http_opts_t *opts, char *err, size_t errlen);
void board_http_destroy(board_http_t **self_p);
/* The descriptor to poll for input. */
int board_http_fd(const board_http_t *self);
/* Answers what is ready (never blocks). Returns the ms until it wants to run
 * again, at most MAX_MS. */
int64_t board_http_run(board_http_t *self, int64_t max_ms);
/* The port it listens on (board-listen may ask for port 0). */
unsigned board_http_port(const board_http_t *self);
/* Sends the event EVENT with DATA (one line of JSON) to every open event
 * stream; EVENT NULL sends a comment (a keep-alive). A stream that has more
 * than a few MB waiting is closed. */
void board_http_send(board_http_t *self, const char *event, const char *data);
/* Open event streams. */
size_t board_http_streams(const board_http_t *self);

#endif

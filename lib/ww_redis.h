/* SPDX-License-Identifier: MIT
 *
 * ww_redis — a hiredis connection that knows how to come back: connect to
 * host:port or a unix socket with a timeout, load the embedded Lua scripts,
 * run EVALSHA (reloading the scripts once on NOSCRIPT), pipeline commands.
 * A NULL reply means the connection is dead: the caller logs, counts, and
 * calls ww_redis_connect again after a pause (see ww_redis_reconnect_due).
 * This module returns errors; it never logs. */
#ifndef WW_REDIS_H
#define WW_REDIS_H

#include <hiredis/hiredis.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ww_redis ww_redis_t;

typedef struct {
    const char *src; /* Lua source, borrowed (the embedded ww_lua_* strings) */
    char sha[41];    /* filled by ww_redis_connect */
} ww_script_t;

/* Prepares a connection to ADDR ("host:port" or "/path/to.sock"); does not
 * connect. SCRIPTS (borrowed, must outlive the handle) are loaded on every
 * connect. Caller destroys. */
ww_redis_t *ww_redis_new(const char *addr, int timeout_ms, ww_script_t *scripts, size_t n);
void ww_redis_destroy(ww_redis_t **self_p);

/* Authenticates every connect with AUTH [USER] PASSWORD, PASSWORD the first
 * line of PASSWORD_FILE, read at each connect (a changed file is used at the
 * next one) and never kept or shown. USER NULL or "": the default user;
 * PASSWORD_FILE NULL or "": no AUTH. Copies both strings. */
void ww_redis_set_auth(ww_redis_t *self, const char *user, const char *password_file);
/* (Re)connects, authenticates and loads the scripts. Returns 0, or -1 with
 * the reason in ww_redis_errstr. */
int ww_redis_connect(ww_redis_t *self);
/* True when the last ww_redis_connect failed on the credentials, not on the
 * server's absence: the password file unreadable or empty, the password or
 * user refused, or the user not allowed to load the scripts (NOAUTH,
 * NOPERM). A configuration error: retrying will not help. */
bool ww_redis_refused(const ww_redis_t *self);
bool ww_redis_connected(const ww_redis_t *self);
/* True when a reconnect attempt is allowed now: attempts back off from 100 ms
 * to 5 s while the server stays away. */
bool ww_redis_reconnect_due(ww_redis_t *self, int64_t now_ms);
const char *ww_redis_errstr(const ww_redis_t *self);

/* Runs one command. Returns the reply (caller frees with freeReplyObject) or
 * NULL when the connection failed (it is then closed). An error reply is a
 * reply: check type == REDIS_REPLY_ERROR. LENS may be NULL for C strings. */
redisReply *ww_redis_cmd(ww_redis_t *self, int argc, const char **argv, const size_t *lens);
/* printf-style convenience for fixed commands. Same contract. */
redisReply *ww_redis_cmdf(ww_redis_t *self, const char *fmt, ...);
/* Runs SCRIPT with NKEYS keys then arguments (ARGV holds both). On NOSCRIPT
 * reloads and retries once. Same contract as ww_redis_cmd. */
redisReply *ww_redis_eval(ww_redis_t *self, ww_script_t *script, int nkeys, int argc,
                          const char **argv, const size_t *lens);

/* Pipelining: queue commands, then read one reply per queued command, in
 * order. ww_redis_append returns 0 or -1 (connection dead). */
int ww_redis_append(ww_redis_t *self, int argc, const char **argv, const size_t *lens);
int ww_redis_append_eval(ww_redis_t *self, const ww_script_t *script, int nkeys, int argc,
                         const char **argv, const size_t *lens);
redisReply *ww_redis_reply(ww_redis_t *self);

/* Waiting without blocking, for a connection kept for one blocking command
 * (XREAD BLOCK): ww_redis_fd is the socket to poll (-1 while disconnected);
 * ww_redis_send sends a command and returns 0, or -1 (dead); once the
 * socket is readable, ww_redis_poll_reply reads what it holds and returns
 * the reply when it is complete (caller frees), or NULL: not yet, or, with
 * *DEAD set, the connection failed (it is then closed). */
int ww_redis_fd(const ww_redis_t *self);
int ww_redis_send(ww_redis_t *self, int argc, const char **argv, const size_t *lens);
redisReply *ww_redis_poll_reply(ww_redis_t *self, bool *dead);

/* A reply that is an error starting with PREFIX ("NOSCRIPT", "BUSYGROUP"). */
bool ww_redis_is_error(const redisReply *r, const char *prefix);

#endif

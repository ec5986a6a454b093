/* SPDX-License-Identifier: MIT
 *
 * follow — a subscriber of the daemon's PUB socket that hands on every
 * message whose topic starts with a prefix exactly once, in seq order. It
 * subscribes (SUB) to the prefix, to heartbeats and to reset notices, and
 * fills every gap in seq — a message ZeroMQ dropped, a late start, the quiet
 * after a drop that only a heartbeat reveals — from the replay endpoint
 * (DEALER → ROUTER). When the daemon reports that Redis lost its data (a
 * "reset" notice, or a heartbeat naming another epoch when the notice was
 * missed) it says so on stderr, tells the caller, and follows the new
 * history. `wirewatch tail` and `wirewatch board` are built on it.
 * Single-threaded: every callback runs inside follow_run or follow_replay. */
#ifndef WW_CLIENT_FOLLOW_H
#define WW_CLIENT_FOLLOW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ww_buf.h"
#include "ww_conf.h"

typedef struct follow follow_t;

/* One message: TOPIC (TLEN bytes, NUL-terminated) and its msgpack BODY, with
 * its SEQ. Returns true to go on, false to stop: nothing more is handed on
 * and follow_done becomes true. Both buffers are borrowed for the call. */
typedef bool follow_on_message_fn(void *arg, const char *topic, size_t tlen,
                                  const ww_buf_t *body, uint64_t seq);
/* The daemon's Redis lost its data: seqs above HEAD start over (HEAD 0: the
 * notice was missed and everything kept is fetched again). */
typedef void follow_on_reset_fn(void *arg, uint64_t head);

typedef struct {
    const char *who;              /* prefix of its stderr lines, "wirewatch tail" */
    const char *topic;            /* "" = every topic */
    follow_on_message_fn *on_message;
    follow_on_reset_fn *on_reset; /* may be NULL */
    void *arg;
} follow_opts_t;

/* Connects to CONF's publish and replay endpoints, as a CURVE client when
 * CONF names the client keys (cli_connect; CONF borrowed for the call; OPTS->who and OPTS->topic must outlive the follower). Returns the
 * follower (caller destroys), or NULL with the reason in ERR. */
follow_t *follow_new(void *ctx, const ww_conf_t *conf, const follow_opts_t *opts, char *err,
                     size_t errlen);
void follow_destroy(follow_t **self_p);

/* Starts with seq FROM (>= 1): every kept message from FROM on is handed on,
 * by follow_replay now or by the first gap fill. Before it, the first
 * heartbeat or message sets where it starts. */
void follow_start_at(follow_t *self, uint64_t from);
/* Fills (covered, newest] from the replay endpoint now. Returns -1 when the
 * endpoint did not answer. */
int follow_replay(follow_t *self);
/* The SUB socket, to poll for ZMQ_POLLIN beside other sockets. */
void *follow_socket(const follow_t *self);
/* Handles what the SUB socket holds (never waits for more; may wait for a
 * replay answer to fill a gap). Returns the number of messages handed on. */
long follow_run(follow_t *self);

/* Fetches the kept messages FROM..TO (TO 0: up to the newest) whose topic
 * starts with TOPIC, on a second DEALER, handing each to CB whatever its seq
 * (the follower's own place is unchanged). Gives up after TIMEOUT_MS in all.
 * Returns 0, or -1 when the endpoint did not answer or the time ran out. */
int follow_fetch(follow_t *self, uint64_t from, uint64_t to, const char *topic,
                 follow_on_message_fn *cb, void *arg, int timeout_ms);

/* Every seq up to this one was handed on or is known not to match. */
uint64_t follow_covered(const follow_t *self);
/* The callback asked to stop. */
bool follow_done(const follow_t *self);
/* The daemon answered: a heartbeat, a message or a replay. */
bool follow_heard(const follow_t *self);
/* Seqs that replay could no longer give (trimmed, or replay failed). */
unsigned long follow_lost(const follow_t *self);

#endif

/* SPDX-License-Identifier: MIT
 *
 * publish — sends the output stream on PUB, in seq order, as two frames
 * [topic, msgpack], plus a heartbeat [hb, {head}] every `heartbeat` so that a
 * subscriber notices the messages it missed even when the feed goes quiet.
 * Its cursor (the last seq sent) is kept in Redis, so a restarted daemon goes
 * on where it stopped; a crash between sending and saving the cursor sends a
 * few messages twice, with the same seq, which subscribers drop. Each
 * heartbeat also names the epoch (the run id of the Redis state), so that a
 * subscriber that missed a reset notice still sees that seqs started over. */
#ifndef WW_DAEMON_PUBLISH_H
#define WW_DAEMON_PUBLISH_H

#include <hiredis/hiredis.h>
#include <stdint.h>

#include "daemon.h"
#include "ww_buf.h"

typedef struct publisher publisher_t;

/* D is borrowed. Caller destroys. */
publisher_t *publish_new(daemon_t *d);
void publish_destroy(publisher_t **self_p);
/* Sends what is new. Returns the ms until it wants to run again. */
int64_t publish_tick(publisher_t *self, int64_t now_ms);
/* The socket of the waker (waker.h), armed past the last seq sent, to poll
 * with the others; -1 when there is none (the publisher then polls the
 * stream every few ms). Connects the waker when due. */
int publish_wake_fd(publisher_t *self, int64_t now_ms);

/* Call when that socket is readable; true when there may be more to send. */
bool publish_on_wake(publisher_t *self);

/* The last seq sent (0 before the first). */
uint64_t publish_head(const publisher_t *self);
/* Redis lost the state published from (epoch.h): the cursor is read again
 * from what Redis holds, and before anything else a notice [reset, {epoch,
 * head, was, reason}] tells subscribers that seqs above head start over.
 * WHY (copied) is the reason. */
void publish_reset(publisher_t *self, const char *why);

/* One entry of the output stream gives one or two messages: an item that
 * reports an event goes out under its item.* topic and again, with the same
 * seq, under event.<type>. */
#define PUBLISH_MAX_COPIES 2
#define PUBLISH_TOPIC_MAX 96

typedef struct {
    size_t n;                                        /* messages */
    char topic[PUBLISH_MAX_COPIES][PUBLISH_TOPIC_MAX];
    ww_buf_t body;                                   /* the same body for every copy */
} pubmsg_t;

/* Turns one output-stream entry (an XRANGE element) into its seq and
 * messages (OUT->body is reset first; the caller frees it). Returns 0, or -1
 * when the entry is malformed. Shared with replay. */
int publish_assemble(const redisReply *entry, uint64_t *seq, pubmsg_t *out);

#endif

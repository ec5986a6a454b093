/* SPDX-License-Identifier: MIT
 *
 * replay — serves missed messages from Redis on the replay ROUTER (the
 * zguide's Clone pattern: live updates on PUB, history on request).
 *
 *   request  [identity][""]?[{v, from, to?, topic?}]
 *   answer   [identity][""]?[topic][msgpack]     for each kept message with
 *                                                from <= seq <= to whose topic
 *                                                starts with `topic` (every
 *                                                copy of a seq, as on PUB)
 *            [identity][""]?["replay.end"][{v, last, head, first, more}]
 *   or, to a malformed request, only
 *            [identity][""]?["replay.error"][{v, error, head}]
 * At most REPLAY_MAX messages are scanned per request; `more` says to ask
 * again from last + 1. `first` tells what the retention window still has. */
#ifndef WW_DAEMON_REPLAY_H
#define WW_DAEMON_REPLAY_H

#include "daemon.h"

#define REPLAY_MAX 1000 /* seqs scanned per request: bounds one answer's time */
/* The most messages one answer sends: two copies of each seq (item.* and
 * event.<type>) and replay.end. The replay socket's send high-water mark must
 * hold them, whatever publish-hwm says, or answers lose their end. */
#define REPLAY_ANSWER_MAX (2 * REPLAY_MAX + 1)

/* Answers every request waiting on the replay socket. HEAD is the newest seq
 * published. */
void replay_on_request(daemon_t *d, uint64_t head);

#endif

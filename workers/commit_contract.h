/* SPDX-License-Identifier: MIT
 *
 * commit_contract — the one statement of what workers/commit.c hands to
 * workers/commit.lua: how many KEYS and ARGV, in what groups, and the sizes
 * of the byte strings the two share. Plain #defines of numbers: at build
 * time scripts/embed.sh turns each `#define WW_LUA_NAME value` into
 * `local NAME = value` at the top of the embedded script, so the script and
 * the C side cannot disagree; the script checks #KEYS and #ARGV (and the
 * size of each entry's record body) against them before it touches anything,
 * and answers an error reply starting with "ERR commit contract" otherwise.
 * commit.c ties the sizes to the byte layout of workers/dedup/bands.h with
 * static assertions.
 *
 * KEYS: WW_LUA_FIXED_KEYS (input stream, seq counter, output stream,
 * dead-letter stream, log end), then WW_LUA_KEYS_PER per entry (its event
 * instance's hash, the same type's the day before and the day after, and the
 * alternative type's of the same three days). ARGV: WW_LUA_FIXED_ARGS, then WW_LUA_ARGS_PER per entry;
 * the meaning of each is documented at the top of workers/commit.lua. */
#ifndef WW_WORKERS_COMMIT_CONTRACT_H
#define WW_WORKERS_COMMIT_CONTRACT_H

#define WW_LUA_FIXED_KEYS 5
#define WW_LUA_KEYS_PER 6
#define WW_LUA_FIXED_ARGS 7
#define WW_LUA_ARGS_PER 9
#define WW_LUA_SEGMENT 65472   /* log segment bytes: BANDS_SEGMENT */
#define WW_LUA_HEAD 12         /* record head: BANDS_HEAD */
#define WW_LUA_BODY_SHORT 11   /* record body's fixed part: BANDS_BODY_SHORT */
#define WW_LUA_EVENT 4         /* its event part: BANDS_EVENT */
#define WW_LUA_FP_FIXED 67     /* its fingerprint part before the marks: BANDS_FP_FIXED */
#define WW_LUA_MARK_BYTES 3    /* one mark: FP_MARK_BYTES */
#define WW_LUA_MARKS 32        /* marks per text at most: FP_MARKS */
#define WW_LUA_PROBE 2         /* keys shared to be a candidate: FPINDEX_PROBE */
#define WW_LUA_KEY_ALL 16      /* fewer marks: all are keys (FPINDEX_KEY_ALL) */
#define WW_LUA_FLAG_FP 1       /* record flags: BANDS_FLAG_FP, _COPY, _EVENT */
#define WW_LUA_FLAG_COPY 2
#define WW_LUA_FLAG_EVENT 4
#define WW_LUA_FLAG_LEAD 8     /* ... and _LEAD */
#define WW_LUA_LEAD_FIXED 7    /* its lead part before the sentences: BANDS_LEAD_FIXED */
#define WW_LUA_LEAD_BYTES 16   /* bytes per lead sentence: LEAD_SIG_BYTES */
#define WW_LUA_LEAD_MAX 3      /* lead sentences at most: LEAD_SENTENCES */
/* The most log bytes a commit reads past the worker's watermark; beyond,
 * it answers "stale" (the worker catches up and calls again). */
#define WW_LUA_TAIL_MAX 131072

#endif

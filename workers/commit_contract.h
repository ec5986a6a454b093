/* SPDX-License-Identifier: MIT
 *
 * commit_contract — the one statement of what workers/commit.c hands to
 * workers/commit.lua: how many KEYS and ARGV, in what groups, and the sizes
 * of the byte strings the two share. Plain #defines of numbers: at build
 * time scripts/embed.sh turns each `#define WW_LUA_NAME value` into
 * `local NAME = value` at the top of the embedded script, so the script and
 * the C side cannot disagree; the script checks #KEYS and #ARGV (and the
 * byte sizes of each entry) against them before it touches anything, and
 * answers an error reply starting with "ERR commit contract" otherwise.
 * commit.c ties the sizes to the byte layout of workers/dedup/bands.h with
 * static assertions.
 *
 * KEYS: WW_LUA_FIXED_KEYS (input stream, seq counter, output stream,
 * dead-letter stream, recent log), then WW_LUA_KEYS_PER per entry (its exact
 * key, its WW_LUA_BANDS band buckets, its event instance's hash, outlet set,
 * language set). ARGV: WW_LUA_FIXED_ARGS, then WW_LUA_ARGS_PER per entry; the
 * meaning of each is documented at the top of workers/commit.lua. */
#ifndef WW_WORKERS_COMMIT_CONTRACT_H
#define WW_WORKERS_COMMIT_CONTRACT_H

#define WW_LUA_FIXED_KEYS 5
#define WW_LUA_KEYS_PER 20     /* 1 + WW_LUA_BANDS + 3 */
#define WW_LUA_FIXED_ARGS 8
#define WW_LUA_ARGS_PER 10
#define WW_LUA_BANDS 16        /* FP_BANDS */
#define WW_LUA_VALUES 64       /* an entry's band values: WW_LUA_BANDS x 4 bytes, big-endian */
#define WW_LUA_SKETCH 78       /* an entry's sketch: BANDS_SKETCH_VALUE */
#define WW_LUA_REC 9           /* a bucket record: BANDS_RECORD */
#define WW_LUA_RREC 70         /* a recent-log record: seq (6) | band values */

#endif

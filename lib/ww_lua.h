/* SPDX-License-Identifier: MIT
 *
 * ww_lua — the Redis scripts of lib/lua/, embedded at build time by
 * tools/embed.sh. Each is loaded with SCRIPT LOAD and run with EVALSHA. */
#ifndef WW_LUA_H
#define WW_LUA_H

extern const char ww_lua_ingest[];   /* accept one item: seq, input stream */
extern const char ww_lua_reject[];   /* dead-letter rejected input and publish it */
extern const char ww_lua_commit[];   /* worker commit: ack, dedup, output */

#endif

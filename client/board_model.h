/* SPDX-License-Identifier: MIT
 *
 * board_model — what `wirewatch board` knows and shows, as JSON for the page:
 * the event instances (their state, and the reports of each that it has
 * seen), the newest items (the incoming stream, and the originals that
 * duplicates point at), and counters. It decides nothing and touches no
 * socket: board.c feeds it decoded messages and instances read from Redis,
 * and sends what it returns to the browsers.
 *
 * The JSON the page gets (every string as the scraper sent it: the page
 * escapes it):
 *   item      {seq, id, source, url, title, lang, published, processed,
 *              dup: {status, of, of_seq, similarity, of_title, of_url,
 *              of_source}, event: {id, type, date, reports} or null}
 *   instance  {id, type, date, reports, outlets, langs, first_seq,
 *              first_seen, last_seen}  (times in ms)
 *   stats     {items, exact, near, rate}  (rate: live items/s, last 10 s) */
#ifndef WW_CLIENT_BOARD_MODEL_H
#define WW_CLIENT_BOARD_MODEL_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#define BOARD_STREAM 100   /* newest items a page gets when it connects */
#define BOARD_ITEMS 5000   /* newest items kept, to name the originals of duplicates */
#define BOARD_REPORTS 500  /* items kept per instance */

typedef struct board_model board_model_t;

/* Caller destroys. */
board_model_t *board_model_new(void);
void board_model_destroy(board_model_t **self_p);
/* Forgets everything (Redis lost its data). Items with a seq before FROM
 * (>= 1) are not seen by the board: an instance whose first report is older
 * is "incomplete" until its reports are fetched (board_model_set_reports). */
void board_model_clear(board_model_t *self, uint64_t from);

/* Adds instance STATE as read from Redis (instances_get; stolen). */
void board_model_load(board_model_t *self, json_t *state);

/* Turns a published item (MSG: json_from_msgpack of it) into the page's item
 * JSON. NULL when MSG is not an item. Caller decrefs. */
json_t *board_model_item(const json_t *msg);
/* The kept item SEQ (borrowed), or NULL. */
const json_t *board_model_find(const board_model_t *self, uint64_t seq);
/* Names ORIGINAL (an item JSON) as what the duplicate ITEM copies. */
void board_model_name_original(json_t *item, const json_t *original);
/* Adds ITEM (borrowed) to the stream and to its instance's reports; LIVE
 * items count towards the rate. NOW_MS is the board's clock. */
void board_model_add_item(board_model_t *self, json_t *item, bool live, int64_t now_ms);
/* Applies an update.<type> message (MSG: json_from_msgpack of it). Returns
 * the instance's new state (borrowed), or NULL when it was older than what
 * is known (or malformed). */
const json_t *board_model_update(board_model_t *self, const json_t *msg);

/* {instances: [...], stream: [... oldest first], stats}: what a page gets
 * first. Caller decrefs. */
json_t *board_model_snapshot(const board_model_t *self, int64_t now_ms);
/* {instance, reports: [items], complete}: instance ID in detail, or NULL when
 * unknown. Caller decrefs. */
json_t *board_model_detail(const board_model_t *self, const char *id);
/* True when every report of instance ID is kept (or ID is unknown). */
bool board_model_complete(const board_model_t *self, const char *id);
/* Replaces the reports of ID with ITEMS (an array of item JSON, stolen) and
 * marks it complete. */
void board_model_set_reports(board_model_t *self, const char *id, json_t *items);
json_t *board_model_stats(const board_model_t *self, int64_t now_ms);

#endif

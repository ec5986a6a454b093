/* SPDX-License-Identifier: MIT
 *
 * board_assets — the board's page (client/board/: index.html, board.css,
 * board.js), built into the program by scripts/embed_assets.sh. */
#ifndef WW_CLIENT_BOARD_ASSETS_H
#define WW_CLIENT_BOARD_ASSETS_H

#include <stddef.h>

typedef struct {
    const char *path;  /* URL path: "/", "/board.css", ...; NULL ends the table */
    const char *type;  /* Content-Type */
    const char *body;
    size_t len;
} board_asset_t;

extern const board_asset_t board_assets[];

#endif

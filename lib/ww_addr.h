/* SPDX-License-Identifier: MIT
 *
 * ww_addr — the HOST:PORT addresses of the HTTP endpoints (the daemon's
 * metrics-endpoint, the board's board-listen), turned into socket addresses
 * to listen on. */
#ifndef WW_ADDR_H
#define WW_ADDR_H

#include <stdbool.h>
#include <stddef.h>

struct addrinfo;

/* Parses ENDPOINT, HOST:PORT ("[v6]:PORT"; "*" or an empty host: every
 * address), and resolves it for listening. Returns the list (caller frees
 * with freeaddrinfo), or NULL with "DIRECTIVE: why" in ERR. */
struct addrinfo *ww_addr_resolve(const char *directive, const char *endpoint, char *err,
                                 size_t errlen);
/* True when AI is a loopback address (127.0.0.0/8, ::1): only this host can
 * reach it. */
bool ww_addr_is_loopback(const struct addrinfo *ai);

#endif

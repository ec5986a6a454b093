/* SPDX-License-Identifier: MIT
 *
 * ww_curve — who may connect: CURVE (ZeroMQ's encryption and authentication,
 * RFC 26) on the daemon's endpoints, with keys in CZMQ's zcert format (a
 * public certificate PATH, and PATH_secret holding both keys).
 *
 * Daemon side: its secret certificate, and two directories of public
 * certificates, one per ZAP domain (RFC 27):
 *
 *   domain "feeders"      ingest and ack endpoints    keys in curve-feeders
 *   domain "subscribers"  publish and replay          keys in curve-subscribers
 *
 * A handler thread answers ZeroMQ's authentication requests on
 * inproc://zeromq.zap.01 of the daemon's context (the shape of CZMQ's zauth
 * actor; zauth itself keeps one store for every socket of a process and
 * ignores the domain, so it could not keep a feeder off PUB). It fails
 * closed: the handler is bound before any CURVE socket binds (libzmq lets a
 * handshake through when no handler is there), and whatever is not a CURVE
 * request from a known domain with a key listed for it is refused (400). A
 * plain-text client never gets that far: a CURVE server drops a peer of
 * another mechanism at the greeting. The directories are read again when they
 * change (zcertstore), so a key is added or revoked without a restart, for
 * the connections made after.
 *
 * Client side: a client's secret certificate and the daemon's public one
 * make a socket a CURVE client.
 *
 * Library code: returns errors, never logs. */
#ifndef WW_CURVE_H
#define WW_CURVE_H

#include <stddef.h>
#include <stdint.h>

#define WW_CURVE_KEY_TXT 41 /* a Z85 key, 40 characters, and the NUL */

typedef struct ww_curve ww_curve_t;

typedef enum { WW_CURVE_FEEDERS, WW_CURVE_SUBSCRIBERS } ww_curve_domain_t;

typedef struct {
    const char *secret_key;  /* the daemon's secret certificate file */
    const char *feeders;     /* directory: public certificates allowed on ingest and ack */
    const char *subscribers; /* directory: ... on publish and replay */
} ww_curve_paths_t;

/* Writes a new key pair: PATH, the public certificate, and PATH_secret, both
 * keys (mode 0600). Refuses to overwrite either file. Copies the public key
 * (Z85) into PUBLIC_TXT. Returns 0, or -1 with ERR. */
int ww_curve_keygen(const char *path, char public_txt[WW_CURVE_KEY_TXT], char *err,
                    size_t errlen);

/* Checks the daemon's side without starting anything: the certificate
 * loads and holds a secret key, and both directories exist. Stores how many
 * certificates each directory holds. Returns 0, or -1 with ERR naming the
 * file. */
int ww_curve_server_check(const ww_curve_paths_t *paths, size_t *n_feeders,
                          size_t *n_subscribers, char *err, size_t errlen);

/* Checks PATHS (as ww_curve_server_check), binds the ZAP handler on CTX
 * (borrowed: must outlive the handle) and starts its thread. Returns the
 * handle (caller destroys, before terminating CTX), or NULL with ERR: a bad
 * key or directory, CURVE missing from libzmq, or another ZAP handler on
 * CTX. */
ww_curve_t *ww_curve_server_new(void *ctx, const ww_curve_paths_t *paths, char *err,
                                size_t errlen);
/* Makes SOCK, not yet bound, a CURVE server of DOMAIN. SELF NULL (plain
 * text) does nothing. Returns 0, or -1 with ERR. */
int ww_curve_server_apply(const ww_curve_t *self, void *sock, ww_curve_domain_t domain,
                          char *err, size_t errlen);
/* Connections refused since the last call. LAST gets, per domain with
 * refusals, their count and the last one ("2, the last domain=feeders
 * address=... key=...: not in curve-feeders; 1, the last domain=subscribers
 * ..."); "" when none. */
uint64_t ww_curve_take_refused(ww_curve_t *self, char *last, size_t lastlen);
/* Stops the handler thread and frees everything. NULL-safe; nulls *SELF_P. */
void ww_curve_destroy(ww_curve_t **self_p);

/* Makes SOCK, not yet connected, a CURVE client: CLIENT_KEY its secret
 * certificate (PATH_secret, or PATH with PATH_secret beside it), SERVER_KEY
 * the daemon's public certificate. Both empty: plain text, nothing done.
 * Returns 0, or -1 with ERR naming the file. */
int ww_curve_client_apply(void *sock, const char *client_key, const char *server_key,
                          char *err, size_t errlen);

#endif

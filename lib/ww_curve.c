/* SPDX-License-Identifier: MIT
 *
 * ww_curve — see ww_curve.h. Speaks ZAP 1.0 (RFC 27) on a REP socket bound to
 * inproc://zeromq.zap.01: a request is [version, request id, domain, address,
 * routing id, mechanism, credentials...], CURVE's one credential the client's
 * 32-byte public key; the answer is [version, request id, status code,
 * status text, user id, metadata]. The user id of an accepted peer is its
 * public key in Z85. */
#include "ww_curve.h"

#include <czmq.h>
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "ww_alloc.h"
#include "ww_zsock.h"

#define ZAP_ENDPOINT "inproc://zeromq.zap.01"
#define ZAP_VERSION "1.0"
#define KEY_BYTES 32

static const char *const domain_names[] = { "feeders", "subscribers" };
static const char *const domain_dirs[] = { "curve-feeders", "curve-subscribers" };

struct ww_curve {
    uint8_t secret[KEY_BYTES];   /* the daemon's secret key */
    zcertstore_t *store[2];      /* by domain; the thread's once it runs */
    void *zap;                   /* REP on ZAP_ENDPOINT; the thread's */
    void *ctl;                   /* PAIR: a message here stops the thread */
    void *ctl_peer;              /* its other end; the thread's */
    pthread_t thread;
    bool running;
    pthread_mutex_t lock;        /* guards the two fields below */
    uint64_t refused[3];         /* by domain (the third: none of ours), since the
                                  * last ww_curve_take_refused */
    char last[3][200];           /* the last refusal of each */
};

/* Loads the certificate in PATH (zcert_load reads PATH_secret first when it
 * exists). With WANT_SECRET, one without a secret key is an error. */
static zcert_t *
load_cert(const char *what, const char *path, bool want_secret, char *err, size_t errlen)
{
    zcert_t *cert = zcert_load(path);
    if (cert == NULL) {
        snprintf(err, errlen, "%s %s: cannot read a certificate there (wirewatch keygen "
                 "writes them)", what, path);
        return NULL;
    }
    static const uint8_t zero[KEY_BYTES];
    if (want_secret && memcmp(zcert_secret_key(cert), zero, KEY_BYTES) == 0) {
        snprintf(err, errlen, "%s %s: no secret key in it (name the PATH_secret file that "
                 "wirewatch keygen wrote)", what, path);
        zcert_destroy(&cert);
        return NULL;
    }
    return cert;
}

/* Public certificates in DIR: regular files, not hidden, not _secret. */
static int
count_certs(const char *what, const char *dir, size_t *n, char *err, size_t errlen)
{
    DIR *d = opendir(dir);
    if (d == NULL) {
        snprintf(err, errlen, "%s %s: %s", what, dir, strerror(errno));
        return -1;
    }
    *n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || (len > 7 && strcmp(e->d_name + len - 7, "_secret") == 0))
            continue;
        char path[4096];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
            (*n)++;
    }
    closedir(d);
    return 0;
}

int
ww_curve_keygen(const char *path, char public_txt[WW_CURVE_KEY_TXT], char *err, size_t errlen)
{
    char secret_path[4096];
    snprintf(secret_path, sizeof secret_path, "%s_secret", path);
    struct stat st;
    if (stat(path, &st) == 0 || stat(secret_path, &st) == 0) {
        snprintf(err, errlen, "%s or %s exists: not overwriting a key", path, secret_path);
        return -1;
    }
    if (!zmq_has("curve")) {
        snprintf(err, errlen, "this libzmq was built without CURVE");
        return -1;
    }
    zcert_t *cert = zcert_new();
    if (cert == NULL) {
        snprintf(err, errlen, "cannot make a key pair: %s", zmq_strerror(errno));
        return -1;
    }
    zcert_set_meta(cert, "created-by", "wirewatch keygen");
    int rc = zcert_save(cert, path);
    if (rc != 0)
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
    else
        snprintf(public_txt, WW_CURVE_KEY_TXT, "%s", zcert_public_txt(cert));
    zcert_destroy(&cert);
    return rc == 0 ? 0 : -1;
}

int
ww_curve_server_check(const ww_curve_paths_t *paths, size_t *n_feeders, size_t *n_subscribers,
                      char *err, size_t errlen)
{
    if (!zmq_has("curve")) {
        snprintf(err, errlen, "curve-secret-key is set but this libzmq was built without CURVE");
        return -1;
    }
    zcert_t *cert = load_cert("curve-secret-key", paths->secret_key, true, err, errlen);
    if (cert == NULL)
        return -1;
    zcert_destroy(&cert);
    if (count_certs(domain_dirs[0], paths->feeders, n_feeders, err, errlen) == -1 ||
        count_certs(domain_dirs[1], paths->subscribers, n_subscribers, err, errlen) == -1)
        return -1;
    return 0;
}

/* Sends the ZAP answer: [version, ID, CODE, TEXT, USER, metadata]. */
static void
zap_reply(void *sock, const ww_buf_t *id, const char *code, const char *text, const char *user)
{
    const void *frames[6] = { ZAP_VERSION, id != NULL ? id->ptr : "", code, text, user, "" };
    size_t lens[6] = { strlen(ZAP_VERSION), id != NULL ? id->len : 0, strlen(code),
                       strlen(text), strlen(user), 0 };
    (void)ww_zsock_send(sock, frames, lens, 6, 0);
}

static bool
frame_is(const ww_buf_t *f, const char *s)
{
    return f->len == strlen(s) && memcmp(f->ptr, s, f->len) == 0;
}

/* Frame I as a printable string, at most 64 bytes ("-" when absent). */
static void
frame_text(const ww_zmsg_t *m, size_t i, char out[65])
{
    size_t n = i < m->n ? m->frame[i].len : 0;
    n = n > 64 ? 64 : n;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)m->frame[i].ptr[k];
        out[k] = c >= 0x20 && c < 0x7f ? (char)c : '?';
    }
    if (n == 0)
        out[n++] = '-';
    out[n] = '\0';
}

static void
note_refusal(ww_curve_t *self, const ww_zmsg_t *m, const char *key, const char *why)
{
    char domain[65], address[65];
    frame_text(m, 2, domain);
    frame_text(m, 3, address);
    int d = 0;
    while (d < 2 && strcmp(domain, domain_names[d]) != 0)
        d++;
    pthread_mutex_lock(&self->lock);
    self->refused[d]++;
    snprintf(self->last[d], sizeof self->last[d], "domain=%s address=%s key=%s: %s", domain,
             address, key[0] ? key : "-", why);
    pthread_mutex_unlock(&self->lock);
}

/* Answers one request: 200 only for a CURVE peer whose key is listed for the
 * domain it asks for; 400 for anything else. */
static void
zap_handle(ww_curve_t *self, ww_zmsg_t *m)
{
    const ww_buf_t *id = m->n > 1 ? &m->frame[1] : NULL;
    if (m->n < 6 || m->truncated || !frame_is(&m->frame[0], ZAP_VERSION)) {
        note_refusal(self, m, "", "malformed ZAP request");
        zap_reply(self->zap, id, "400", "malformed request", "");
        return;
    }
    if (!frame_is(&m->frame[5], "CURVE") || m->n != 7 || m->frame[6].len != KEY_BYTES) {
        note_refusal(self, m, "", "not CURVE");
        zap_reply(self->zap, id, "400", "CURVE only", "");
        return;
    }
    char key[WW_CURVE_KEY_TXT];
    zmq_z85_encode(key, (const uint8_t *)m->frame[6].ptr, KEY_BYTES);
    for (int d = 0; d < 2; d++) {
        if (!frame_is(&m->frame[2], domain_names[d]))
            continue;
        if (zcertstore_lookup(self->store[d], key) != NULL) {
            zap_reply(self->zap, id, "200", "OK", key);
        } else {
            char why[64];
            snprintf(why, sizeof why, "not in %s", domain_dirs[d]);
            note_refusal(self, m, key, why);
            zap_reply(self->zap, id, "400", why, "");
        }
        return;
    }
    note_refusal(self, m, key, "unknown domain");
    zap_reply(self->zap, id, "400", "unknown domain", "");
}

static void *
zap_thread(void *arg)
{
    ww_curve_t *self = arg;
    ww_zmsg_t m;
    memset(&m, 0, sizeof m);
    for (;;) {
        zmq_pollitem_t items[2] = { { self->zap, 0, ZMQ_POLLIN, 0 },
                                    { self->ctl_peer, 0, ZMQ_POLLIN, 0 } };
        if (zmq_poll(items, 2, -1) == -1) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (items[1].revents & ZMQ_POLLIN)
            break;
        if ((items[0].revents & ZMQ_POLLIN) && ww_zsock_recv(self->zap, &m, 0) == 0)
            zap_handle(self, &m);
    }
    ww_zmsg_free(&m);
    zmq_close(self->zap);
    zmq_close(self->ctl_peer);
    return NULL;
}

/* The handler's sockets, made and bound in the caller's thread so that the
 * ZAP endpoint exists before ww_curve_server_new returns; the thread takes
 * them over (a socket may change threads across a full barrier, which
 * pthread_create is). */
static int
open_handler(ww_curve_t *self, void *ctx, char *err, size_t errlen)
{
    ww_zsock_opts_t o = { 1000, 1000, 0, -1 };
    char ctl_ep[64];
    snprintf(ctl_ep, sizeof ctl_ep, "inproc://ww-curve-%p", (void *)self);
    self->zap = ww_zsock_new(ctx, ZMQ_REP, ZAP_ENDPOINT, true, &o, err, errlen);
    if (self->zap == NULL)
        return -1;
    self->ctl = ww_zsock_new(ctx, ZMQ_PAIR, ctl_ep, true, &o, err, errlen);
    if (self->ctl == NULL)
        return -1;
    self->ctl_peer = ww_zsock_new(ctx, ZMQ_PAIR, ctl_ep, false, &o, err, errlen);
    return self->ctl_peer == NULL ? -1 : 0;
}

ww_curve_t *
ww_curve_server_new(void *ctx, const ww_curve_paths_t *paths, char *err, size_t errlen)
{
    size_t n_feeders, n_subscribers;
    if (ww_curve_server_check(paths, &n_feeders, &n_subscribers, err, errlen) == -1)
        return NULL;
    ww_curve_t *self = ww_xcalloc(1, sizeof *self);
    pthread_mutex_init(&self->lock, NULL);
    zcert_t *cert = load_cert("curve-secret-key", paths->secret_key, true, err, errlen);
    if (cert == NULL)
        goto fail;
    memcpy(self->secret, zcert_secret_key(cert), KEY_BYTES);
    zcert_destroy(&cert);
    self->store[WW_CURVE_FEEDERS] = zcertstore_new(paths->feeders);
    self->store[WW_CURVE_SUBSCRIBERS] = zcertstore_new(paths->subscribers);
    if (self->store[0] == NULL || self->store[1] == NULL) {
        snprintf(err, errlen, "cannot read the certificate directories");
        goto fail;
    }
    if (open_handler(self, ctx, err, errlen) == -1)
        goto fail;
    /* Signals are for the main thread's loop, never this one. */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    int rc = pthread_create(&self->thread, NULL, zap_thread, self);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rc != 0) {
        snprintf(err, errlen, "pthread_create: %s", strerror(rc));
        goto fail;
    }
    self->running = true;
    return self;
fail:
    ww_curve_destroy(&self);
    return NULL;
}

int
ww_curve_server_apply(const ww_curve_t *self, void *sock, ww_curve_domain_t domain, char *err,
                      size_t errlen)
{
    if (self == NULL)
        return 0;
    int one = 1;
    const char *name = domain_names[domain];
    if (zmq_setsockopt(sock, ZMQ_CURVE_SERVER, &one, sizeof one) == -1 ||
        zmq_setsockopt(sock, ZMQ_CURVE_SECRETKEY, self->secret, KEY_BYTES) == -1 ||
        zmq_setsockopt(sock, ZMQ_ZAP_DOMAIN, name, strlen(name)) == -1) {
        snprintf(err, errlen, "CURVE server options: %s", zmq_strerror(errno));
        return -1;
    }
    return 0;
}

uint64_t
ww_curve_take_refused(ww_curve_t *self, char *last, size_t lastlen)
{
    uint64_t total = 0;
    size_t used = 0;
    last[0] = '\0';
    pthread_mutex_lock(&self->lock);
    for (int d = 0; d < 3; d++) {
        if (self->refused[d] == 0)
            continue;
        int n = snprintf(last + used, lastlen - used, "%s%llu, the last %s", used ? "; " : "",
                         (unsigned long long)self->refused[d], self->last[d]);
        used = n < 0 || (size_t)n >= lastlen - used ? lastlen - 1 : used + (size_t)n;
        total += self->refused[d];
        self->refused[d] = 0;
    }
    pthread_mutex_unlock(&self->lock);
    return total;
}

void
ww_curve_destroy(ww_curve_t **self_p)
{
    ww_curve_t *self = *self_p;
    if (self == NULL)
        return;
    if (self->running) {
        zmq_send(self->ctl, "", 0, 0);
        pthread_join(self->thread, NULL);
    } else {
        if (self->zap != NULL)
            zmq_close(self->zap);
        if (self->ctl_peer != NULL)
            zmq_close(self->ctl_peer);
    }
    if (self->ctl != NULL)
        zmq_close(self->ctl);
    for (int d = 0; d < 2; d++)
        zcertstore_destroy(&self->store[d]);
    pthread_mutex_destroy(&self->lock);
    memset(self->secret, 0, sizeof self->secret);
    free(self);
    *self_p = NULL;
}

int
ww_curve_client_apply(void *sock, const char *client_key, const char *server_key, char *err,
                      size_t errlen)
{
    if (client_key[0] == '\0' && server_key[0] == '\0')
        return 0;
    if (!zmq_has("curve")) {
        snprintf(err, errlen, "curve-client-key is set but this libzmq was built without CURVE");
        return -1;
    }
    zcert_t *mine = load_cert("curve-client-key", client_key, true, err, errlen);
    if (mine == NULL)
        return -1;
    zcert_t *server = load_cert("curve-server-key", server_key, false, err, errlen);
    int rc = -1;
    if (server != NULL) {
        rc = zmq_setsockopt(sock, ZMQ_CURVE_SERVERKEY, zcert_public_key(server), KEY_BYTES) |
             zmq_setsockopt(sock, ZMQ_CURVE_PUBLICKEY, zcert_public_key(mine), KEY_BYTES) |
             zmq_setsockopt(sock, ZMQ_CURVE_SECRETKEY, zcert_secret_key(mine), KEY_BYTES);
        if (rc != 0)
            snprintf(err, errlen, "CURVE client options: %s", zmq_strerror(errno));
    }
    zcert_destroy(&mine);
    zcert_destroy(&server);
    return rc == 0 ? 0 : -1;
}

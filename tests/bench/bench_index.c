/* SPDX-License-Identifier: MIT
 *
 * bench_index — what the near-duplicate index costs in Redis, measured
 * through the worker's own code (consume.c, pipeline.c, near.c, commit.c,
 * commit.lua)
 * against the private redis-server that tests/bench/index.sh starts. The
 * remembered set grows in steps (10^4, 10^5, 10^6 items); at each size:
 *
 *   bench_index items=N used_memory_bytes=… bytes_per_item=…
 *       lookup_commit_us_per_item=… redis_cpu_us_per_item=…
 *       candidates_per_item=… fill_items_per_s=…
 *
 * bytes_per_item is (INFO used_memory now - before the first item) / N, the
 * output stream trimmed to nothing first: it is the replay window
 * (output-maxlen), not dedup memory. lookup_commit_us_per_item is the time
 * spent in pipeline_commit (near_lookup + commit_batch) on LOOKUP_ITEMS new
 * items, committed in batches of batch-size as the worker commits them (text making and
 * fingerprinting are outside the timing). redis_cpu_us_per_item is the CPU
 * time the server spent over those batches (their XADD and XREADGROUP
 * included): other load on the machine inflates it less than wall time.
 * candidates_per_item comes from the worker's stats over the same items,
 * which then stay remembered. At the largest size, one more line per key
 * kind: MEMORY USAGE over up to SAMPLE_KEYS keys of it, times its keys.
 *
 * The fill between the sizes does not go through commit.lua, whose Redis
 * time per item (redis_cpu_us_per_item) would make 10^6 items take 5 to 10
 * minutes on a 2-core machine: it writes, pipelined, the same keys with the
 * same bytes and the same commands (SET PX, APPEND, HSET, PEXPIRE) that
 * commit.lua leaves for a new item. Every measured item goes through the
 * worker's code, and the very first batch is committed that way and read
 * back against what the fill writes (check_layout): if commit.lua's layout
 * changes and the fill no longer matches it, the bench stops and says so.
 *
 * The items: distinct 3 KB texts of pseudo-words drawn by a PRNG from a
 * vocabulary of VOCABULARY words, so their band values spread like those of
 * unrelated stories and near duplicates are vanishingly rare; distinct exact
 * hashes; a 4-byte message. The key prefix is the shipped default, because
 * key names are part of what each item costs.
 *
 * Usage: bench_index SOCKET. Environment: BENCH_INDEX_MAX caps the sizes
 * (default 1000000); BENCH_INDEX_SIZES, comma-separated, replaces them. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dedup/bands.h"
#include "commit.h"
#include "consume.h"
#include "bench_words.h"
#include "dedup/fingerprint.h"
#include "pipeline.h"
#include "worker.h"
#include "ww_alloc.h"
#include "ww_clock.h"
#include "ww_log.h"

#define TEXT_BYTES 3072
#define VOCABULARY 4096
#define LOOKUP_ITEMS 6400 /* 100 batches of 64: enough to smooth one slow round trip */
#define DEFAULT_MAX 1000000
#define MAX_SIZES 16
#define SAMPLE_KEYS 300 /* MEMORY USAGE samples per key kind */
#define SCAN_COUNT 10000
#define READ_BLOCK_MS 1000       /* the entries were just added: XREADGROUP does not wait */
#define KEY_PREFIX "ww:"         /* the default of key-prefix */
#define BUCKETS (FP_BANDS << 16) /* (band, top 16 bits of its value) */

/* The message of every item, a msgpack map {"v": 1}: commit.lua stores it in
 * the output stream without reading it. */
static const char small_msg[] = "\x81\xa1v\x01";

typedef struct {
    worker_t w;
    size_t batch;     /* batch-size */
    entry_t *entries; /* batch entries, reused */
    result_t *results;
    char (*ids)[32]; /* item ids, "bench-<n>" */
    char (*vocab)[16];
    char *text; /* TEXT_BYTES, the text being fingerprinted */
    uint64_t rng;
    uint64_t made;          /* items made so far: numbers ids and hashes */
    uint64_t remembered;    /* items committed */
    uint8_t *expiring;      /* one bit per bucket the fill has given a PEXPIRE */
    uint64_t expiring_hash; /* the last sketch hash the fill gave one, plus 1 */
} bench_t;

typedef struct {
    const char *name;   /* as printed */
    const char *prefix; /* borrowed from the keys: a key of this kind starts with it */
    int whole;          /* the key is exactly PREFIX */
    uint64_t keys;      /* counted by SCAN */
    size_t n_samples;
    char *samples[SAMPLE_KEYS]; /* owned */
} kind_t;

static double
now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Fills B->text with TEXT_BYTES bytes of words, skewed towards the first
 * words of the vocabulary (the product of two uniforms), as in news copy. */
static void
make_text(bench_t *b)
{
    size_t len = 0;
    while (len < TEXT_BYTES) {
        uint64_t r = (next_random(&b->rng) % VOCABULARY) * (next_random(&b->rng) % VOCABULARY);
        const char *word = b->vocab[r / VOCABULARY];
        size_t wl = strlen(word);
        for (size_t i = 0; i <= wl && len < TEXT_BYTES; i++)
            b->text[len++] = i < wl ? word[i] : ' ';
    }
}

static int
bench_open(bench_t *b, const char *socket)
{
    worker_t *w = &b->w;
    char err[512] = "", line[600];
    snprintf(line, sizeof line, "redis %s", socket);
    if (ww_conf_load(&w->conf, NULL, err, sizeof err) == -1 ||
        ww_conf_set(&w->conf, line, err, sizeof err) == -1 ||
        ww_conf_set(&w->conf, "key-prefix " KEY_PREFIX, err, sizeof err) == -1 ||
        ww_keys_init(&w->keys, w->conf.key_prefix) == -1) {
        fprintf(stderr, "bench_index: %s\n", err);
        return -1;
    }
    snprintf(w->name, sizeof w->name, "bench");
    w->scripts[SCRIPT_COMMIT].src = ww_lua_commit;
    w->redis = ww_redis_new(w->conf.redis, (int)w->conf.redis_timeout, w->scripts, SCRIPT_COUNT);
    if (ww_redis_connect(w->redis) == -1 || consume_create_group(w) == -1) {
        fprintf(stderr, "bench_index: %s: %s\n", socket, ww_redis_errstr(w->redis));
        return -1;
    }
    b->batch = (size_t)w->conf.batch_size;
    b->entries = ww_xcalloc(b->batch, sizeof *b->entries);
    b->results = ww_xcalloc(b->batch, sizeof *b->results);
    b->ids = ww_xcalloc(b->batch, sizeof *b->ids);
    b->vocab = ww_xcalloc(VOCABULARY, sizeof *b->vocab);
    b->text = ww_xmalloc(TEXT_BYTES);
    b->expiring = ww_xcalloc(BUCKETS / 8, 1);
    b->rng = UINT64_C(0x2545f4914f6cdd1d);
    for (size_t i = 0; i < VOCABULARY; i++)
        make_word(&b->rng, b->vocab[i], sizeof b->vocab[i]);
    return 0;
}

static void
bench_close(bench_t *b)
{
    for (size_t i = 0; b->entries != NULL && i < b->batch; i++)
        entry_free(&b->entries[i]);
    free(b->entries);
    free(b->results);
    free(b->ids);
    free(b->vocab);
    free(b->text);
    free(b->expiring);
    ww_redis_destroy(&b->w.redis);
    ww_conf_free(&b->w.conf);
}

/* XADDs N entries to the input stream in one pipeline, with the fields the
 * daemon writes (m, s, r). */
static int
add_entries(bench_t *b, size_t n)
{
    worker_t *w = &b->w;
    char seq[24], received[24];
    snprintf(received, sizeof received, "%lld", (long long)ww_clock_wall_ms());
    for (size_t i = 0; i < n; i++) {
        snprintf(seq, sizeof seq, "%llu", (unsigned long long)(b->made + i + 1));
        const char *argv[] = {"XADD", w->keys.in, "*", "m", small_msg, "s", seq, "r", received};
        size_t lens[] = {4, strlen(w->keys.in), 1, 1, sizeof small_msg - 1, 1, strlen(seq),
                         1, strlen(received)};
        if (ww_redis_append(w->redis, 9, argv, lens) == -1)
            return -1;
    }
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        redisReply *r = ww_redis_reply(w->redis);
        if (r == NULL)
            return -1;
        if (r->type == REDIS_REPLY_ERROR) {
            fprintf(stderr, "bench_index: XADD: %s\n", r->str);
            rc = -1;
        }
        freeReplyObject(r);
    }
    return rc;
}

/* Makes the result of each of the N entries read, as pipeline_process()
 * does for a valid item (without the text layer: the texts are made here). */
static void
make_results(bench_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        result_t *r = &b->results[i];
        uint64_t num = ++b->made;
        memset(r, 0, sizeof *r);
        r->entry = &b->entries[i];
        make_text(b);
        fingerprint_compute(b->text, TEXT_BYTES, &r->fp);
        r->has_fp = r->fp.n_shingles >= (uint32_t)b->w.conf.near_min_size;
        snprintf(b->ids[i], sizeof b->ids[i], "bench-%llu", (unsigned long long)num);
        r->ident = b->ids[i];
        snprintf(r->hash, sizeof r->hash, "%016llx%016llx", (unsigned long long)num,
                 (unsigned long long)next_random(&b->rng));
        ww_buf_append(&r->msg, small_msg, sizeof small_msg - 1);
    }
}

/* Adds N items through the input stream and commits them; adds the time
 * spent in pipeline_commit to *SECONDS. */
static int
run_batch(bench_t *b, size_t n, double *seconds)
{
    worker_t *w = &b->w;
    size_t got = 0;
    if (add_entries(b, n) == -1 || consume_read(w, b->entries, n, false, READ_BLOCK_MS, &got) == -1)
        return -1;
    if (got != n) {
        fprintf(stderr, "bench_index: read %zu entries of %zu\n", got, n);
        return -1;
    }
    make_results(b, n);
    uint64_t before = w->stats.committed;
    double start = now_s();
    int rc = pipeline_commit(w, b->results, n);
    *seconds += now_s() - start;
    for (size_t i = 0; i < n; i++)
        ww_buf_free(&b->results[i].msg);
    uint64_t committed = w->stats.committed - before;
    b->remembered += committed;
    if (rc == -1)
        fprintf(stderr, "bench_index: commit failed: %s\n", ww_redis_errstr(w->redis));
    else if (committed != n)
        fprintf(stderr, "bench_index: %llu of %zu items committed\n", (unsigned long long)committed,
                n);
    return rc == 0 && committed == n ? 0 : -1;
}

/* What commit.lua leaves for a new item R (seq set): the record appended to
 * the bucket of band BAND, and the sketch. */
static void
band_record(const result_t *r, int band, unsigned today, uint8_t out[BANDS_RECORD])
{
    uint8_t lows[FP_BANDS * 2];
    bands_lows(&r->fp, lows);
    out[0] = lows[2 * band];
    out[1] = lows[2 * band + 1];
    for (int i = 0; i < 6; i++)
        out[2 + i] = (uint8_t)(r->seq >> (8 * (5 - i)));
    out[8] = (uint8_t)today;
}

static void
sketch_value(const result_t *r, ww_buf_t *out)
{
    ww_buf_reset(out);
    bands_encode_sketch(out, &r->fp, r->day, r->hash64);
    ww_buf_printf(out, "%llu\t%s", (unsigned long long)r->seq, r->ident);
}

/* Queues the commands that remember R as commit.lua does for a new item and
 * adds their number to *QUEUED. A bucket or sketch hash gets its PEXPIRE the
 * first time the fill touches it: APPEND and HSET keep a TTL, so commit.lua's
 * later PEXPIREs change nothing that the bench measures. */
static int
queue_item(bench_t *b, const result_t *r, unsigned today, const char *ttl, size_t *queued)
{
    ww_redis_t *redis = b->w.redis;
    char key[160], field[32];
    /* No exact key: a text long enough for the index is found as an exact
     * copy through it (bands.h). */
    for (int band = 0; band < FP_BANDS; band++) {
        uint8_t rec[BANDS_RECORD];
        band_record(r, band, today, rec);
        bands_bucket_key(&b->w.keys, band, r->fp.bands[band], key, sizeof key);
        const char *argv[] = {"APPEND", key, (const char *)rec};
        size_t lens[] = {6, strlen(key), sizeof rec};
        if (ww_redis_append(redis, 3, argv, lens) == -1)
            return -1;
        (*queued)++;
        size_t bit = (size_t)band << 16 | r->fp.bands[band] >> 16;
        if (b->expiring[bit / 8] & (1u << (bit % 8)))
            continue;
        b->expiring[bit / 8] |= (uint8_t)(1u << (bit % 8));
        if (ww_redis_append(redis, 3, (const char *[]){"PEXPIRE", key, ttl}, NULL) == -1)
            return -1;
        (*queued)++;
    }
    ww_buf_t sketch = WW_BUF_INIT;
    sketch_value(r, &sketch);
    bands_sketch_key(&b->w.keys, r->seq, key, sizeof key, field, sizeof field);
    const char *argv[] = {"HSET", key, field, sketch.ptr};
    size_t lens[] = {4, strlen(key), strlen(field), sketch.len};
    int rc = ww_redis_append(redis, 4, argv, lens);
    ww_buf_free(&sketch);
    (*queued)++;
    uint64_t hash = r->seq / BANDS_SEQS_PER_HASH + 1;
    if (rc == -1 || hash == b->expiring_hash)
        return rc;
    b->expiring_hash = hash;
    (*queued)++;
    return ww_redis_append(redis, 3, (const char *[]){"PEXPIRE", key, ttl}, NULL);
}

/* Reads N replies; an error reply fails the fill. */
static int
read_replies(bench_t *b, size_t n)
{
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        redisReply *r = ww_redis_reply(b->w.redis);
        if (r == NULL)
            return -1;
        if (r->type == REDIS_REPLY_ERROR && rc == 0) {
            fprintf(stderr, "bench_index: fill: %s\n", r->str);
            rc = -1;
        }
        freeReplyObject(r);
    }
    return rc;
}

/* Remembers items until TARGET are, without commit.lua: takes their seqs
 * from the counter at once, then writes what the script would have written,
 * pipelined one batch ahead (reading a batch's replies sends the next one, so
 * that Redis works while the next texts are fingerprinted). *SECONDS gets the
 * wall time. */
static int
fill(bench_t *b, uint64_t target, double *seconds)
{
    worker_t *w = &b->w;
    double start = now_s();
    uint64_t total = target > b->remembered ? target - b->remembered : 0;
    *seconds = 0;
    if (total == 0)
        return 0;
    redisReply *r =
        ww_redis_cmdf(w->redis, "INCRBY %s %llu", w->keys.seq, (unsigned long long)total);
    if (r == NULL)
        return -1;
    uint64_t last = r->type == REDIS_REPLY_INTEGER ? (uint64_t)r->integer : 0;
    freeReplyObject(r);
    if (last < total)
        return -1;
    char ttl[32];
    snprintf(ttl, sizeof ttl, "%lld", w->conf.dedup_retention);
    unsigned today = bands_day(ww_clock_wall_ms());
    size_t in_flight = 0;
    for (uint64_t done = 0; done < total;) {
        size_t n = total - done < b->batch ? (size_t)(total - done) : b->batch, queued = 0;
        int rc = 0;
        make_results(b, n);
        for (size_t i = 0; i < n && rc == 0; i++) {
            b->results[i].seq = last - total + 1 + done + i;
            rc = queue_item(b, &b->results[i], today, ttl, &queued);
        }
        for (size_t i = 0; i < n; i++)
            ww_buf_free(&b->results[i].msg);
        if (rc == -1 || read_replies(b, in_flight) == -1)
            return -1;
        in_flight = queued;
        done += n;
    }
    if (read_replies(b, in_flight) == -1)
        return -1;
    b->remembered += total;
    *seconds = now_s() - start;
    return 0;
}

/* Whether bucket (P, LEN) holds record REC. */
static bool
has_record(const uint8_t *p, size_t len, const uint8_t rec[BANDS_RECORD])
{
    for (size_t off = 0; off + BANDS_RECORD <= len; off += BANDS_RECORD)
        if (memcmp(p + off, rec, BANDS_RECORD) == 0)
            return true;
    return false;
}

/* Reads back what commit.lua left for the N results just committed and
 * compares it with what write_direct writes. Returns 0 when they match. */
static int
check_layout(bench_t *b, size_t n)
{
    worker_t *w = &b->w;
    unsigned today = bands_day(ww_clock_wall_ms());
    char key[160], field[32];
    ww_buf_t sketch = WW_BUF_INIT;
    const char *what = NULL;
    for (size_t i = 0; i < n && what == NULL; i++) {
        const result_t *r = &b->results[i];
        snprintf(key, sizeof key, "%s%s", w->keys.exact, r->hash);
        redisReply *x = ww_redis_cmdf(w->redis, "EXISTS %s", key);
        bands_sketch_key(&w->keys, r->seq, key, sizeof key, field, sizeof field);
        redisReply *sk = ww_redis_cmdf(w->redis, "HGET %s %s", key, field);
        sketch_value(r, &sketch);
        if (x == NULL || x->type != REDIS_REPLY_INTEGER || x->integer != 0)
            what = "exact key (none is written for a text with bands)";
        else if (sk == NULL || sk->type != REDIS_REPLY_STRING || sk->len != sketch.len ||
                 memcmp(sk->str, sketch.ptr, sketch.len) != 0)
            what = "sketch";
        for (int band = 0; band < FP_BANDS && what == NULL; band++) {
            uint8_t rec[BANDS_RECORD];
            band_record(r, band, today, rec);
            bands_bucket_key(&w->keys, band, r->fp.bands[band], key, sizeof key);
            redisReply *bk = ww_redis_cmdf(w->redis, "GET %s", key);
            if (bk == NULL || bk->type != REDIS_REPLY_STRING ||
                !has_record((const uint8_t *)bk->str, bk->len, rec))
                what = "bucket record";
            if (bk != NULL)
                freeReplyObject(bk);
        }
        if (x != NULL)
            freeReplyObject(x);
        if (sk != NULL)
            freeReplyObject(sk);
    }
    ww_buf_free(&sketch);
    if (what != NULL)
        fprintf(stderr,
                "bench_index: commit.lua no longer writes the %s as the fill does: "
                "update tests/bench/bench_index.c\n",
                what);
    return what == NULL ? 0 : -1;
}

/* Reads FIELD ("used_memory", "used_cpu_user") of INFO SECTION into *VALUE. */
static int
info_value(bench_t *b, const char *section, const char *field, double *value)
{
    redisReply *r = ww_redis_cmdf(b->w.redis, "INFO %s", section);
    if (r == NULL)
        return -1;
    char pattern[64];
    snprintf(pattern, sizeof pattern, "\n%s:", field);
    const char *p = r->type == REDIS_REPLY_STRING ? strstr(r->str, pattern) : NULL;
    if (p != NULL)
        *value = strtod(p + strlen(pattern), NULL);
    freeReplyObject(r);
    return p != NULL ? 0 : -1;
}

static int
used_memory(bench_t *b, long long *bytes)
{
    double v = 0;
    int rc = info_value(b, "memory", "used_memory", &v);
    *bytes = (long long)v;
    return rc;
}

/* CPU seconds the Redis server has used, user and system. */
static int
redis_cpu(bench_t *b, double *seconds)
{
    double user = 0, sys = 0;
    if (info_value(b, "cpu", "used_cpu_user", &user) == -1 ||
        info_value(b, "cpu", "used_cpu_sys", &sys) == -1)
        return -1;
    *seconds = user + sys;
    return 0;
}

/* Empties the output stream: the replay window, not dedup memory. */
static int
trim_output(bench_t *b)
{
    redisReply *r = ww_redis_cmdf(b->w.redis, "XTRIM %s MAXLEN 0", b->w.keys.out);
    if (r == NULL)
        return -1;
    freeReplyObject(r);
    return 0;
}

/* Counts the keys of each kind and keeps the first SAMPLE_KEYS of each (SCAN
 * walks the hash table, so the first ones are a fair sample). */
static int
scan_kinds(bench_t *b, kind_t *kinds, size_t n_kinds)
{
    char cursor[32] = "0", match[160];
    snprintf(match, sizeof match, "%s{w}:*", KEY_PREFIX);
    do {
        redisReply *r =
            ww_redis_cmdf(b->w.redis, "SCAN %s MATCH %s COUNT %d", cursor, match, SCAN_COUNT);
        if (r == NULL)
            return -1;
        if (r->type != REDIS_REPLY_ARRAY || r->elements != 2) {
            freeReplyObject(r);
            return -1;
        }
        snprintf(cursor, sizeof cursor, "%s", r->element[0]->str);
        const redisReply *keys = r->element[1];
        for (size_t i = 0; i < keys->elements; i++) {
            const char *key = keys->element[i]->str;
            for (size_t k = 0; k < n_kinds; k++) {
                kind_t *kind = &kinds[k];
                size_t pl = strlen(kind->prefix);
                if (strncmp(key, kind->prefix, pl) != 0 || (kind->whole && key[pl] != '\0'))
                    continue;
                kind->keys++;
                if (kind->n_samples < SAMPLE_KEYS)
                    kind->samples[kind->n_samples++] = ww_xstrdup(key);
                break;
            }
        }
        freeReplyObject(r);
    } while (strcmp(cursor, "0") != 0);
    return 0;
}

/* Sums MEMORY USAGE (every element counted) over KIND's samples. */
static int
sample_usage(bench_t *b, const kind_t *kind, long long *sum, char *encoding, size_t n)
{
    *sum = 0;
    snprintf(encoding, n, "-");
    for (size_t i = 0; i < kind->n_samples; i++) {
        redisReply *r = ww_redis_cmdf(b->w.redis, "MEMORY USAGE %s SAMPLES 0", kind->samples[i]);
        if (r == NULL)
            return -1;
        if (r->type == REDIS_REPLY_INTEGER)
            *sum += r->integer;
        freeReplyObject(r);
    }
    if (kind->n_samples == 0)
        return 0;
    redisReply *r = ww_redis_cmdf(b->w.redis, "OBJECT ENCODING %s", kind->samples[0]);
    if (r == NULL)
        return -1;
    if (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS)
        snprintf(encoding, n, "%s", r->str);
    freeReplyObject(r);
    return 0;
}

/* Prints where the memory goes, by key kind; USED is the used_memory growth. */
static int
breakdown(bench_t *b, long long used)
{
    const ww_keys_t *k = &b->w.keys;
    kind_t kinds[] = {
        {"exact", k->exact, 0, 0, 0, {NULL}},
        {"band_buckets", k->bands, 0, 0, 0, {NULL}},
        {"sketch_hashes", k->sketches, 0, 0, 0, {NULL}},
        {"output_stream", k->out, 1, 0, 0, {NULL}},
        {"input_stream", k->in, 1, 0, 0, {NULL}},
        {"other", KEY_PREFIX, 0, 0, 0, {NULL}},
    };
    size_t n_kinds = sizeof kinds / sizeof kinds[0];
    int rc = scan_kinds(b, kinds, n_kinds);
    double attributed = 0, n = (double)b->remembered;
    for (size_t i = 0; i < n_kinds && rc == 0; i++) {
        long long sum = 0;
        char encoding[32];
        rc = sample_usage(b, &kinds[i], &sum, encoding, sizeof encoding);
        double per_key = kinds[i].n_samples ? (double)sum / (double)kinds[i].n_samples : 0;
        double total = per_key * (double)kinds[i].keys;
        attributed += total;
        printf("bench_index_memory items=%llu kind=%s keys=%llu sampled=%zu encoding=%s "
               "bytes_per_key=%.0f est_bytes=%.0f bytes_per_item=%.1f\n",
               (unsigned long long)b->remembered, kinds[i].name, (unsigned long long)kinds[i].keys,
               kinds[i].n_samples, encoding, per_key, total, total / n);
    }
    double overhead = 0;
    if (rc == 0)
        rc = info_value(b, "memory", "used_memory_overhead", &overhead);
    if (rc == 0)
        printf("bench_index_memory items=%llu kind=unattributed est_bytes=%.0f "
               "bytes_per_item=%.1f used_memory_overhead=%.0f\n",
               (unsigned long long)b->remembered, (double)used - attributed,
               ((double)used - attributed) / n, overhead);
    printf("# MEMORY USAGE counts a key's value, name and dict entry, not its expiry entry nor\n"
           "# the slots of the keyspace and expiry tables: those are in \"unattributed\".\n"
           "# The output stream was trimmed (XTRIM MAXLEN 0) before measuring: it is the\n"
           "# replay window (output-maxlen), not dedup memory.\n");
    for (size_t i = 0; i < n_kinds; i++)
        for (size_t s = 0; s < kinds[i].n_samples; s++)
            free(kinds[i].samples[s]);
    return rc;
}

/* Grows the remembered set to SIZE, prints its line; the breakdown too when
 * LAST. BASE is used_memory before the first item. */
static int
measure(bench_t *b, uint64_t size, long long base, int last)
{
    worker_t *w = &b->w;
    uint64_t from = b->remembered;
    double fill_s = 0, timed = 0, cpu0 = 0, cpu1 = 0;
    long long used = 0;
    if (fill(b, size, &fill_s) == -1 || trim_output(b) == -1 || used_memory(b, &used) == -1)
        return -1;
    uint64_t n = b->remembered;
    if (last && breakdown(b, used - base) == -1)
        return -1;
    uint64_t cands = w->stats.candidates, before = b->remembered;
    if (redis_cpu(b, &cpu0) == -1)
        return -1;
    for (size_t done = 0; done < LOOKUP_ITEMS; done += b->batch) {
        size_t left = LOOKUP_ITEMS - done;
        if (run_batch(b, left < b->batch ? left : b->batch, &timed) == -1)
            return -1;
    }
    if (redis_cpu(b, &cpu1) == -1)
        return -1;
    double looked = (double)(b->remembered - before);
    printf("bench_index items=%llu used_memory_bytes=%lld bytes_per_item=%.1f "
           "lookup_commit_us_per_item=%.1f redis_cpu_us_per_item=%.1f "
           "candidates_per_item=%.4f fill_items_per_s=%.0f\n",
           (unsigned long long)n, used - base, (double)(used - base) / (double)n,
           timed * 1e6 / looked, (cpu1 - cpu0) * 1e6 / looked,
           (double)(w->stats.candidates - cands) / looked,
           fill_s > 0 ? (double)(n - from) / fill_s : 0);
    fflush(stdout);
    return trim_output(b);
}

/* Fills SIZES from BENCH_INDEX_SIZES or the default steps, capped by
 * BENCH_INDEX_MAX; returns how many, or -1 when malformed. */
static int
parse_sizes(uint64_t sizes[MAX_SIZES])
{
    const char *env = getenv("BENCH_INDEX_SIZES"), *cap = getenv("BENCH_INDEX_MAX");
    uint64_t max = cap != NULL ? strtoull(cap, NULL, 10) : DEFAULT_MAX;
    const char *p = env != NULL ? env : "10000,100000,1000000";
    int n = 0;
    while (*p != '\0') {
        char *end;
        uint64_t v = strtoull(p, &end, 10);
        if (end == p || v == 0 || (n > 0 && v <= sizes[n - 1]) || n == MAX_SIZES)
            return -1;
        if (v <= max)
            sizes[n++] = v;
        p = *end == ',' ? end + 1 : end;
        if (*end != ',' && *end != '\0')
            return -1;
    }
    return n;
}

int
main(int argc, char **argv)
{
    uint64_t sizes[MAX_SIZES];
    int n_sizes = parse_sizes(sizes);
    if (argc != 2 || n_sizes <= 0) {
        fprintf(stderr,
                "usage: %s SOCKET (BENCH_INDEX_SIZES: increasing sizes, "
                "comma-separated, at least one under BENCH_INDEX_MAX)\n",
                argv[0]);
        return 64;
    }
    ww_log_init("bench_index");
    bench_t b;
    memset(&b, 0, sizeof b);
    long long base = 0;
    int rc = bench_open(&b, argv[1]);
    if (rc == 0)
        rc = used_memory(&b, &base);
    double ignored = 0;
    if (rc == 0)
        rc = run_batch(&b, b.batch, &ignored);
    if (rc == 0)
        rc = check_layout(&b, b.batch);
    for (int i = 0; i < n_sizes && rc == 0; i++)
        rc = measure(&b, sizes[i], base, i == n_sizes - 1);
    if (rc == 0)
        printf("bench_index_check committed=%llu near=%llu conflicts=%llu\n",
               (unsigned long long)b.w.stats.committed, (unsigned long long)b.w.stats.near,
               (unsigned long long)b.w.stats.conflicts);
    bench_close(&b);
    return rc == 0 ? 0 : 1;
}

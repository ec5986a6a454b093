/* SPDX-License-Identifier: MIT
 *
 * bench_index — what the near-duplicate index costs, measured through the
 * worker's own code (consume.c, pipeline.c, near.c, commit.c, commit.lua)
 * against the private redis-server that tests/bench/index.sh starts. The
 * remembered set grows in steps (10^4, 10^5, 10^6 items); at each size:
 *
 *   bench_index items=N used_memory_bytes=… bytes_per_item=…
 *       lookup_commit_us_per_item=… redis_cpu_us_per_item=…
 *       candidates_per_item=… index_bytes_per_item=… fill_items_per_s=…
 *
 * bytes_per_item is (INFO used_memory now - after the first batch) / (N -
 * that batch), the output stream trimmed to nothing first: it is the replay
 * window (output-maxlen), not dedup memory. The first batch is left out:
 * after the first script calls used_memory stays about 0.5 MB higher
 * whatever follows, even after FLUSHALL, the same again on a second run (not
 * traced further); at 10^4 items that alone would add 50 bytes per item
 * that no item costs. lookup_commit_us_per_item is the time spent in
 * pipeline_commit (reading the log, lookup in the worker's index,
 * commit.lua) on LOOKUP_ITEMS new items, committed in batches of batch-size
 * as the worker commits them (text making and fingerprinting are outside
 * the timing).
 * redis_cpu_us_per_item is the CPU time the server spent over those batches
 * (their XADD and XREADGROUP included): other load on the machine inflates
 * it less than wall time. candidates_per_item comes from the worker's stats
 * over the same items, which then stay remembered. index_bytes_per_item is
 * what the worker's in-memory index holds (fpindex_bytes) per item. At the
 * largest size, one more line per key kind (MEMORY USAGE over up to
 * SAMPLE_KEYS keys of it, times its keys), and what a worker that starts
 * then costs to load the log (bench_index_load).
 *
 * The fill between the sizes goes through the same code. The "workers" are
 * in this process (BENCH_INDEX_WORKERS, default 1, each with its own index,
 * committing batches in turn): each reads what the others committed before
 * its own commit, as a worker does, but none commits while another looks,
 * so commit.lua never finds records to scan (tests/bench/e2e.sh runs
 * real workers).
 *
 * The items: distinct 3 KB texts of pseudo-words drawn by a PRNG from a
 * vocabulary of VOCABULARY words, so their band values spread like those of
 * unrelated stories and near duplicates are vanishingly rare; distinct exact
 * hashes; a 4-byte message (BENCH_INDEX_MSG_BYTES sets another size: the
 * message goes through commit.lua into the output stream, and Redis's Lua
 * hashes every byte of every string it makes). The key prefix is the shipped
 * default, because key names are part of what each item costs.
 *
 * Usage: bench_index SOCKET. Environment: BENCH_INDEX_MAX caps the sizes
 * (default 1000000); BENCH_INDEX_SIZES, comma-separated, replaces them;
 * BENCH_INDEX_MSG_BYTES, the message size; BENCH_INDEX_WORKERS, the workers. */
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
#include "near.h"
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
#define MAX_PEERS 16

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
    uint64_t warm;          /* ... of which before used_memory's base */
    size_t msg_bytes;       /* size of each item's message */
    worker_t *peers[MAX_PEERS]; /* the workers that commit in turn; [0] is &w */
    size_t n_peers, turn;
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
    b->rng = UINT64_C(0x2545f4914f6cdd1d);
    const char *mb = getenv("BENCH_INDEX_MSG_BYTES"), *np = getenv("BENCH_INDEX_WORKERS");
    b->msg_bytes = mb != NULL ? strtoull(mb, NULL, 10) : 0;
    b->n_peers = np != NULL ? strtoul(np, NULL, 10) : 1;
    if (b->n_peers < 1 || b->n_peers > MAX_PEERS) {
        fprintf(stderr, "bench_index: BENCH_INDEX_WORKERS: 1 to %d\n", MAX_PEERS);
        return -1;
    }
    b->peers[0] = w;
    for (size_t i = 1; i < b->n_peers; i++) {
        /* the same connection and config, borrowed; an index of its own */
        worker_t *p = ww_xcalloc(1, sizeof *p);
        *p = *w;
        p->log = (worker_log_t){ NULL, 0, false };
        b->peers[i] = p;
    }
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
    for (size_t i = 1; i < b->n_peers; i++) {
        near_free(b->peers[i]);
        free(b->peers[i]);
    }
    ww_redis_destroy(&b->w.redis);
    near_free(&b->w);
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
        r->hash64 = bands_hash64(r->hash);
        if (b->msg_bytes <= sizeof small_msg - 1)
            ww_buf_append(&r->msg, small_msg, sizeof small_msg - 1);
        else
            for (size_t left = b->msg_bytes; left > 0;) {
                size_t k = left < TEXT_BYTES ? left : TEXT_BYTES;
                ww_buf_append(&r->msg, b->text, k);
                left -= k;
            }
    }
}

/* Adds N items through the input stream and commits them (the workers take
 * turns); adds the time spent in pipeline_commit to *SECONDS. */
static int
run_batch(bench_t *b, size_t n, double *seconds)
{
    worker_t *w = b->peers[b->turn++ % b->n_peers];
    size_t got = 0;
    if (add_entries(b, n) == -1 ||
        consume_read(&b->w, b->entries, n, false, READ_BLOCK_MS, &got) == -1)
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

/* Remembers items through the worker's code until TARGET are; *SECONDS
 * gets the wall time. */
static int
fill(bench_t *b, uint64_t target, double *seconds)
{
    double start = now_s(), ignored = 0;
    while (b->remembered < target) {
        uint64_t left = target - b->remembered;
        if (run_batch(b, left < b->batch ? (size_t)left : b->batch, &ignored) == -1)
            return -1;
    }
    *seconds = now_s() - start;
    return 0;
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
        {"log_segments", k->log, 0, 0, 0, {NULL}},
        {"log_end", k->log_end, 1, 0, 0, {NULL}},
        {"events", k->events, 0, 0, 0, {NULL}},
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

static uint64_t
candidates(const bench_t *b)
{
    uint64_t n = 0;
    for (size_t i = 0; i < b->n_peers; i++)
        n += b->peers[i]->stats.candidates;
    return n;
}

/* This process's resident set, in kB (0 when unknown). */
static long
rss_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = 0;
    while (f != NULL && fgets(line, sizeof line, f) != NULL)
        if (strncmp(line, "VmRSS:", 6) == 0)
            kb = strtol(line + 6, NULL, 10);
    if (f != NULL)
        fclose(f);
    return kb;
}

/* What a worker that starts now costs: loading the whole log into its own
 * index (near_catch_up on a fresh worker), in wall time. */
static int
load(bench_t *b)
{
    worker_t w2;
    memset(&w2, 0, sizeof w2);
    w2.conf = b->w.conf; /* borrowed: not freed here */
    w2.keys = b->w.keys;
    w2.redis = ww_redis_new(w2.conf.redis, (int)w2.conf.redis_timeout, NULL, 0);
    long rss0 = rss_kb();
    double start = now_s();
    int rc = ww_redis_connect(w2.redis) == 0 && near_catch_up(&w2) == 0 ? 0 : -1;
    double took = now_s() - start;
    if (rc == 0)
        printf("bench_index_load items=%zu records_read=%llu seconds=%.2f records_per_s=%.0f "
               "index_bytes=%zu rss_growth_kb=%ld\n",
               fpindex_count(w2.log.index), (unsigned long long)w2.stats.log_records, took,
               (double)w2.stats.log_records / took, fpindex_bytes(w2.log.index),
               rss_kb() - rss0);
    near_free(&w2);
    ww_redis_destroy(&w2.redis);
    return rc;
}

/* Grows the remembered set to SIZE, prints its line; the breakdown too when
 * LAST. BASE is used_memory after the first batch. */
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
    if (last && (breakdown(b, used - base) == -1 || load(b) == -1))
        return -1;
    uint64_t cands = candidates(b), before = b->remembered;
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
           "candidates_per_item=%.4f index_bytes_per_item=%.0f rss_kb=%ld "
           "fill_items_per_s=%.0f\n",
           (unsigned long long)n, used - base, (double)(used - base) / (double)(n - b->warm),
           timed * 1e6 / looked, (cpu1 - cpu0) * 1e6 / looked,
           (double)(candidates(b) - cands) / looked,
           (double)fpindex_bytes(w->log.index) / (double)fpindex_count(w->log.index), rss_kb(),
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
    double ignored = 0;
    int rc = bench_open(&b, argv[1]);
    if (rc == 0)
        rc = run_batch(&b, b.batch, &ignored);
    if (rc == 0 && (rc = trim_output(&b)) == 0)
        rc = used_memory(&b, &base);
    b.warm = b.remembered;
    for (int i = 0; i < n_sizes && rc == 0; i++)
        rc = measure(&b, sizes[i], base, i == n_sizes - 1);
    if (rc == 0)
        printf("bench_index_check workers=%zu committed=%llu near=%llu conflicts=%llu "
               "stale=%llu\n",
               b.n_peers, (unsigned long long)b.remembered, (unsigned long long)b.w.stats.near,
               (unsigned long long)b.w.stats.conflicts, (unsigned long long)b.w.stats.stale);
    bench_close(&b);
    return rc == 0 ? 0 : 1;
}

/* SPDX-License-Identifier: MIT
 *
 * test_fpindex — the worker's in-memory index of the fingerprint log:
 * candidates by shared keys (the even marks, or all the marks of a text
 * with few; at least FPINDEX_PROBE shared, or all of a short text's; each
 * record once, most shared first, then newest), exact and seq lookups,
 * expiry from the oldest end, and the same answers after the tables grow
 * and shrink. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "dedup/fpindex.h"

/* Record SEQ: marks BASE, BASE + 1, ... (FP_MARKS of them), hash SEQ * 7919,
 * time TIME. */
static bands_record_t
make(uint64_t seq, uint32_t base, uint32_t time, bool has_fp, char *id, size_t idn)
{
    bands_record_t r;
    memset(&r, 0, sizeof r);
    r.seq = r.root_seq = seq;
    r.time = time;
    r.has_fp = has_fp;
    r.hash = seq * 7919;
    r.fp.n_marks = has_fp ? FP_MARKS : 0;
    for (uint32_t k = 0; k < r.fp.n_marks; k++)
        r.fp.marks[k] = base + k;
    r.fp.n_shingles = has_fp ? 50 : 0;
    snprintf(id, idn, "id-%llu", (unsigned long long)seq);
    r.root_id = (ww_str_t){ id, strlen(id) };
    return r;
}

static void
add(fpindex_t *x, uint64_t seq, uint32_t base, uint32_t time, bool has_fp)
{
    char id[32];
    bands_record_t r = make(seq, base, time, has_fp, id, sizeof id);
    fpindex_add(x, &r);
}

static void
test_candidates_and_exact(void **state)
{
    (void)state;
    fpindex_t *x = fpindex_new();
    add(x, 1, 1000, 10, true);
    add(x, 2, 2000, 10, true);
    add(x, 3, 1000, 11, true);  /* the same marks as 1 */
    add(x, 4, 5000, 11, false); /* no marks: found by hash only */
    fingerprint_t q;
    memset(&q, 0, sizeof q);
    /* a text of FPINDEX_KEY_ALL marks is keyed by its even ones: 1004, 1006
     * (shared with 1 and 3), 2030 (with 2) and 9000, 9002, ... 9008 */
    uint32_t qm[FPINDEX_KEY_ALL] = { 1003, 1004, 1005, 1006, 2030 };
    for (uint32_t k = 5; k < FPINDEX_KEY_ALL; k++)
        qm[k] = 9000 + k - 5;
    q.n_marks = FPINDEX_KEY_ALL;
    memcpy(q.marks, qm, sizeof qm);
    assert_int_equal(fpindex_keys(&q), 3 + (FPINDEX_KEY_ALL - 5 + 1) / 2);
    const fpindex_rec_t *c[8];
    size_t n = fpindex_candidates(x, &q, c, 8);
    assert_int_equal(n, 2);
    assert_int_equal(c[0]->seq, 3); /* newest first */
    assert_int_equal(c[1]->seq, 1);
    assert_string_equal(c[1]->root_id, "id-1");
    assert_int_equal(fpindex_candidates(x, &q, c, 1), 1);
    q.marks[3] = 1007;              /* one key shared with 1 and 3: not enough */
    assert_int_equal(fpindex_candidates(x, &q, c, 8), 0);
    q.n_marks = 1;                  /* a short text: its marks are keys, and 1 is all */
    q.marks[0] = 1003;
    assert_int_equal(fpindex_keys(&q), 1);
    assert_int_equal(fpindex_candidates(x, &q, c, 8), 0); /* 1003 is no key of 1 or 3 */
    q.marks[0] = 1004;
    assert_int_equal(fpindex_candidates(x, &q, c, 8), 2);
    q.n_marks = FP_MARKS;           /* shares every mark with 1 and 3: each once */
    for (uint32_t k = 0; k < FP_MARKS; k++)
        q.marks[k] = 1000 + k;
    assert_int_equal(fpindex_candidates(x, &q, c, 8), 2);
    for (uint32_t k = 0; k < 4; k++)
        q.marks[28 + k] = 2000 + k; /* 14 keys shared with 1 and 3, 2 with 2: 2 comes last */
    n = fpindex_candidates(x, &q, c, 8);
    assert_int_equal(n, 3);
    assert_int_equal(c[2]->seq, 2);
    assert_int_equal(fpindex_find(x, 2)->seq, 2);
    assert_null(fpindex_find(x, 5));
    assert_int_equal(fpindex_exact(x, 4 * 7919)->seq, 4);
    assert_int_equal(fpindex_exact(x, 2 * 7919)->seq, 2);
    assert_null(fpindex_exact(x, 5 * 7919));
    assert_int_equal(fpindex_count(x), 4);

    fpindex_expire(x, 11); /* drops 1 and 2 (time 10) */
    assert_int_equal(fpindex_count(x), 2);
    assert_null(fpindex_exact(x, 1 * 7919));
    assert_null(fpindex_find(x, 1));
    n = fpindex_candidates(x, &q, c, 8);
    assert_int_equal(n, 1);
    assert_int_equal(c[0]->seq, 3);
    fpindex_clear(x);
    assert_int_equal(fpindex_count(x), 0);
    assert_null(fpindex_exact(x, 3 * 7919));
    fpindex_destroy(&x);
    assert_null(x);
}

/* 20,000 records (the tables grow several times), then all but the last
 * 1,000 expire (they shrink): every answer stays what it was. */
static void
test_grow_and_shrink(void **state)
{
    (void)state;
    enum { N = 20000, KEEP = 1000 };
    fpindex_t *x = fpindex_new();
    for (uint64_t s = 1; s <= N; s++)
        add(x, s, (uint32_t)(s % 500) * 100, (uint32_t)s, true);
    size_t grown = fpindex_bytes(x);
    fingerprint_t q;
    memset(&q, 0, sizeof q);
    q.n_marks = FP_MARKS;
    for (uint32_t k = 0; k < FP_MARKS; k++)
        q.marks[k] = 7 * 100 + k; /* records s with s % 500 == 7 */
    const fpindex_rec_t *c[64];
    size_t n = fpindex_candidates(x, &q, c, 64);
    assert_int_equal(n, N / 500);
    assert_int_equal(c[0]->seq, N - 500 + 7);
    for (uint64_t s = 1; s <= N; s += 997)
        assert_int_equal(fpindex_exact(x, s * 7919)->seq, s);

    fpindex_expire(x, N - KEEP + 1);
    assert_int_equal(fpindex_count(x), KEEP);
    assert_true(fpindex_bytes(x) < grown / 4);
    n = fpindex_candidates(x, &q, c, 64);
    assert_int_equal(n, KEEP / 500);
    for (size_t i = 0; i < n; i++)
        assert_true(c[i]->seq > N - KEEP);
    assert_null(fpindex_exact(x, (uint64_t)(N - KEEP) * 7919));
    assert_int_equal(fpindex_exact(x, (uint64_t)(N - KEEP + 1) * 7919)->seq, N - KEEP + 1);
    fpindex_destroy(&x);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_candidates_and_exact),
        cmocka_unit_test(test_grow_and_shrink),
    };
    return cmocka_run_group_tests_name("fpindex", tests, NULL, NULL);
}

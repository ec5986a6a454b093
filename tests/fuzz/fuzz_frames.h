/* SPDX-License-Identifier: MIT
 *
 * fuzz_frames — turns a fuzzer's bytes into a ZeroMQ message as
 * ww_zsock_recv delivers it, for the targets that read multipart messages
 * (fuzz_ack, fuzz_replay). Layout: one byte of frame count (0..255; frames
 * past WW_ZSOCK_MAX_FRAMES are dropped and mark the message truncated, as
 * ww_zsock_recv does), then per frame a 2-byte big-endian length and that
 * many bytes (cut short at the end of the input). A message has at least one
 * frame, as from ZeroMQ. tests/fuzz/make_seeds.py writes seeds this way. */
#ifndef WW_TESTS_FUZZ_FUZZ_FRAMES_H
#define WW_TESTS_FUZZ_FUZZ_FRAMES_H

#include <stddef.h>
#include <stdint.h>

#include "ww_zsock.h"

static inline void
fuzz_frames_split(const uint8_t *data, size_t size, ww_zmsg_t *m)
{
    m->n = 0;
    m->truncated = false;
    size_t count = size > 0 ? data[0] : 1, pos = size > 0 ? 1 : 0;
    if (count == 0)
        count = 1;
    for (size_t i = 0; i < count; i++) {
        size_t len = 0;
        if (pos + 2 <= size)
            len = (size_t)data[pos] << 8 | data[pos + 1];
        pos = pos + 2 <= size ? pos + 2 : size;
        if (len > size - pos)
            len = size - pos;
        if (m->n < WW_ZSOCK_MAX_FRAMES) {
            ww_buf_t *f = &m->frame[m->n++];
            ww_buf_reset(f);
            ww_buf_append(f, data + pos, len);
        } else {
            m->truncated = true;
        }
        pos += len;
    }
}

#endif

/* SPDX-License-Identifier: MIT
 *
 * fuzz_proto — every decoder of ww_proto on untrusted bytes, and the
 * publisher's re-packing of whatever decodes as a map. */
#include <stddef.h>
#include <stdint.h>

#include "ww_proto.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ww_item_t item;
    ww_reject_t why;
    ww_ack_t ack;
    ww_replay_req_t req;
    ww_replay_end_t end;
    ww_heartbeat_t hb;
    ww_reset_t reset;
    (void)ww_proto_decode_item(data, size, 1 << 20, &item, &why);
    (void)ww_proto_decode_ack(data, size, &ack, &why);
    (void)ww_proto_decode_replay_req(data, size, &req, &why);
    (void)ww_proto_decode_replay_end(data, size, &end, &why);
    (void)ww_proto_decode_heartbeat(data, size, &hb, &why);
    (void)ww_proto_decode_reset(data, size, &reset, &why);
    ww_buf_t out = WW_BUF_INIT;
    ww_verdict_t v = { .dup = { .status = WW_DUP_NEAR, .of = { "x", 1 }, .of_seq = 1,
                                .similarity = 0.5, .n_also = 1, .also = { { "y", 1 } },
                                .also_seq = { 2 } },
                       .has_event = true, .reports = 2, .first_report = false };
    (void)ww_proto_finish_item(&out, data, size, 7, &v);
    ww_buf_reset(&out);
    /* a copy counted in its root's instance, which joined an adjacent day */
    v.type = (ww_str_t){ "lavrov_kerry_call", 17 };
    v.id = (ww_str_t){ "lavrov_kerry_call:2016-03-06", 28 };
    v.date = (ww_str_t){ "2016-03-06", 10 };
    v.joined = true;
    (void)ww_proto_finish_item(&out, data, size, 7, &v);
    ww_buf_reset(&out);
    (void)ww_proto_add_seq(&out, data, size, 7);
    ww_buf_free(&out);
    return 0;
}

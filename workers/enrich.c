/* SPDX-License-Identifier: MIT
 *
 * enrich — see enrich.h. */
#include "enrich.h"

#include <stdio.h>
#include <string.h>

#include "events/dates.h"
#include "text/lang.h"

int
enrich_analyse(const ww_item_t *item, enrich_t *out, ww_reject_t *why)
{
    memset(out, 0, sizeof *out);
    if (normalise_item(item->title.p, item->title.len, item->body.p, item->body.len,
                       &out->norm) == -1) {
        why->code = WW_REJECT_BAD_UTF8;
        snprintf(why->text, sizeof why->text, "title or body: invalid UTF-8");
        return -1;
    }
    normalise_hash_hex(out->norm.key, out->norm.key_len, out->hash);
    out->lang_given = item->lang.len > 0;
    if (out->lang_given) {
        size_t n = item->lang.len < WW_MAX_LANG ? item->lang.len : WW_MAX_LANG;
        memcpy(out->lang, item->lang.p, n);
        out->lang[n] = '\0';
    } else {
        snprintf(out->lang, sizeof out->lang, "%s",
                 lang_detect(out->norm.body_len ? out->norm.body : out->norm.title,
                             out->norm.body_len ? out->norm.body_len : out->norm.title_len));
    }
    dateline_t dl;
    if (dates_find_dateline(out->norm.body, out->norm.body_len, out->lang, &dl)) {
        out->has_dateline = true;
        snprintf(out->place, sizeof out->place, "%s", dl.place);
        if (dl.day > 0)
            dates_resolve_month_day(dl.month, dl.day, item->published, out->date);
    }
    return 0;
}

void
enrich_free(enrich_t *e)
{
    normalised_free(&e->norm);
}

void
enrich_item_id(const ww_item_t *item, uint64_t ingest_seq, char *id)
{
    if (item->id.len > 0) {
        memcpy(id, item->id.p, item->id.len);
        id[item->id.len] = '\0';
    } else {
        snprintf(id, WW_MAX_ID + 1, "ww-%llu", (unsigned long long)ingest_seq);
    }
}

void
enrich_encode(ww_buf_t *out, const ww_item_t *item, const enrich_t *e,
              const enrich_meta_t *meta, const char *id, const ww_buf_t *event)
{
    ww_enriched_t en;
    memset(&en, 0, sizeof en);
    en.item = item;
    en.id = (ww_str_t){ id, strlen(id) };
    en.ingest_seq = meta->ingest_seq;
    en.received = meta->received;
    en.processed = meta->processed;
    en.lang = e->lang;
    en.lang_given = e->lang_given;
    en.dateline_place = e->has_dateline ? e->place : NULL;
    en.dateline_date = e->has_dateline && e->date[0] ? e->date : NULL;
    en.worker = meta->worker;
    en.with_text = meta->with_text;
    en.text_title = (ww_str_t){ e->norm.title, e->norm.title_len };
    en.text_body = (ww_str_t){ e->norm.body, e->norm.body_len };
    if (event != NULL && event->len > 0) {
        en.event = (const uint8_t *)event->ptr;
        en.event_len = event->len;
    }
    ww_proto_encode_enriched(out, &en);
}

static void
pack_cstr(msgpack_packer *pk, const char *s)
{
    if (s == NULL) {
        msgpack_pack_nil(pk);
        return;
    }
    msgpack_pack_str(pk, strlen(s));
    msgpack_pack_str_body(pk, s, strlen(s));
}

static void
pack_names(msgpack_packer *pk, const char *const *names, size_t n)
{
    msgpack_pack_array(pk, n);
    for (size_t i = 0; i < n; i++)
        pack_cstr(pk, names[i]);
}

void
enrich_encode_event(ww_buf_t *out, const classify_result_t *c, char *id, size_t idlen)
{
    snprintf(id, idlen, "%s:%s", c->type, c->date);
    msgpack_packer pk;
    msgpack_packer_init(&pk, out, ww_buf_msgpack_write);
    msgpack_pack_map(&pk, 8);
    pack_cstr(&pk, "type");
    pack_cstr(&pk, c->type);
    pack_cstr(&pk, "id");
    pack_cstr(&pk, id);
    pack_cstr(&pk, "date");
    pack_cstr(&pk, c->date);
    pack_cstr(&pk, "confidence");
    msgpack_pack_double(&pk, c->confidence);
    pack_cstr(&pk, "date_from_text");
    c->date_from_text ? msgpack_pack_true(&pk) : msgpack_pack_false(&pk);
    pack_cstr(&pk, "actors");
    pack_names(&pk, c->actors, c->n_actors);
    pack_cstr(&pk, "action");
    pack_cstr(&pk, c->action);
    pack_cstr(&pk, "topics");
    pack_names(&pk, c->topics, c->n_topics);
}

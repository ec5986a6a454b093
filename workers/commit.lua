-- commit.lua: a worker's batch, committed atomically. First, the tail of the
-- fingerprint log since the worker's watermark (what other workers committed
-- since this worker last followed the log). Then for each entry: turn it away
-- (conflict) when a record of that tail shares the exact hash or enough
-- keys (winnowing marks the worker's index is keyed by) with it (a copy the
-- worker has not seen: the keys are what the index retrieves candidates by,
-- so a record that would have been a candidate is always found); acknowledge it, and stop there if
-- another worker already did (a slow worker whose entry was reclaimed
-- publishes nothing); take the next publication seq; take the worker's
-- duplicate verdict (exact, near, or new); append the result to the output
-- stream. Last, one record per new or near item is appended to the log.
--
-- The counts and sizes in capitals (FIXED_KEYS, KEYS_PER, SEGMENT, ...) are
-- defined in workers/commit_contract.h; the build puts them in front of this
-- script, and the script refuses a call that does not match them.
-- KEYS[1] input stream, KEYS[2] seq counter, KEYS[3] output stream,
-- KEYS[4] dead-letter stream, KEYS[5] log end (bytes ever written to the
-- log), then KEYS_PER per entry: its event instance's hash, the hashes of
-- the same type's instances the day before and the day after, and the
-- hashes of its alternative type's instances of its day, the day before and
-- the day after; a slot that names no instance (a dead letter, an item
-- without event or alternative, the days next to a sure date) holds the key
-- "<events prefix>none", never read.
-- ARGV[1] group, [2] output maxlen, [3] dead-letter maxlen, [4] retention ms,
-- [5] watermark (the log position the worker has followed the log to),
-- [6] log segment key prefix, [7] event retention ms,
-- then ARGS_PER per entry:
--   entry id, kind (item|dead), item id (dead: reason code), message,
--   raw (dead), reason (dead), record body (flags, day, hash, then the parts
--   its flags name; "" for a dead letter), the worker's verdict:
--   "rootseq\trootid\tsim" for a near copy, "@k\tsim" for a near copy of
--   this call's k-th entry, either prefixed with "=" for an exact copy (same
--   text; sim is then the similarity of that text to the root) and followed
--   by "\tseq\tid" for each other root of the log it is a copy of too, or
--   "\t@k\t" for the root of this call's k-th entry (the entry gets those
--   that are not its own root, as "seq\tid..." in "al"), or "",
--   event "id\ttype\tdate\tsource\tlang\tbefore\tafter\talt\talthash" or
--   "" (before and after: the dates of the day before and after when the
--   item's date is uncertain, else empty; alt and althash: the type the item
--   may be instead and its record hash, when its event rests on talks whose
--   medium it does not say, else empty and 0; a near copy of this call's
--   k-th entry counts in the instance that entry counted in, whatever its own
--   fields say).
-- The log's byte layout (records, segments P{w}:l:<n>) is in
-- workers/dedup/bands.h; the segment keys are named here from ARGV[6] and
-- carry the {w} tag of every declared key, so they live in their slot.
-- An item that counts in an event instance (its own; for a copy, its root's:
-- the worker names it; for an item whose date is uncertain and whose day has
-- no instance, an existing instance of the day before or after, which it
-- joins; for an item with an alternative type whose own instance of its day
-- does not exist, that type's instance of the day when it exists) adds a
-- report to it and is followed in the output stream by the
-- instance's new state (k update, its own seq); its entry carries the
-- instance (et type, eid id, ed date, ej 1 when it joined another day's or
-- another type's) and
-- the counts (er, ef); its log record names that instance.
-- Returns { "ok", log bytes from the watermark to the new log end (the tail
-- read, then the records appended), then one integer per entry: its
-- publication seq; 0 when another worker had acknowledged it; -1 on conflict
-- (nothing was done: look again with the tail) }, or { "stale", log end }
-- when the tail is longer than TAIL_MAX, or the watermark is past the log's
-- end or in a segment that expired (nothing was done: catch up, call again).

-- The call must match the contract, checked before anything is touched.
local n = (#ARGV - FIXED_ARGS) / ARGS_PER
local function contract_error(what)
    return redis.error_reply(string.format(
        'ERR commit contract: %s (got %d keys and %d args; want %d + %d per entry keys, '
        .. '%d + %d per entry args)', what, #KEYS, #ARGV, FIXED_KEYS, KEYS_PER, FIXED_ARGS,
        ARGS_PER))
end
if n < 1 or n ~= math.floor(n) then return contract_error('argument count') end
if #KEYS ~= FIXED_KEYS + n * KEYS_PER then return contract_error('key count') end

-- Where the fingerprint part of the record body starting at byte B of S
-- begins (nil without one), its number of marks, the body's length and its
-- number of lead sentences (the lead part follows the marks).
local function layout(s, b)
    local f = string.byte(s, b)
    local off = BODY_SHORT + (bit.band(f, FLAG_EVENT) ~= 0 and EVENT or 0)
    if bit.band(f, FLAG_FP) == 0 then return nil, 0, off, 0 end
    local m = string.byte(s, b + off + FP_FIXED - 1) or 0
    local len = off + FP_FIXED + MARK_BYTES * m
    if bit.band(f, FLAG_LEAD) == 0 then return b + off, m, len, 0 end
    local l = string.byte(s, b + len + LEAD_FIXED - 1) or 0
    return b + off, m, len + LEAD_FIXED + LEAD_BYTES * l, l
end

for i = 1, n do
    local a = FIXED_ARGS + (i - 1) * ARGS_PER
    local body, verdict = ARGV[a + 7], ARGV[a + 8]
    local ok = #body == 0 and ARGV[a + 2] == 'dead'
    if #body > 0 then
        local fp, m, want, l = layout(body, 1)
        local copy = bit.band(string.byte(body, 1), FLAG_COPY) ~= 0
        ok = #body == want and m <= MARKS and l <= LEAD_MAX and
             copy == (verdict ~= '' and string.sub(verdict, 1, 1) ~= '=')
    end
    if not ok then
        return contract_error(string.format('entry %d: record body of %d bytes', i, #body))
    end
end

local group, outmax, dlqmax, ttl = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local watermark, segprefix, ettl = tonumber(ARGV[5]), ARGV[6], ARGV[7]
local HASH_AT = 4             -- the exact hash's first byte in a body

-- The keys of the body starting at byte B of S, as the worker's index takes
-- them: its even marks, or all of them when it has fewer than KEY_ALL.
local function keys_of(s, b)
    local fp, m = layout(s, b)
    local out = {}
    if fp == nil then return out end
    local at = fp + FP_FIXED
    for _ = 1, m do
        local x, y, z = string.byte(s, at, at + 2)
        if z % 2 == 0 or m < KEY_ALL then out[#out + 1] = (x * 256 + y) * 256 + z end
        at = at + MARK_BYTES
    end
    return out
end

-- The log bytes [from, to), segment by segment.
local function read_log(from, to)
    local parts = {}
    while from < to do
        local k = math.floor(from / SEGMENT)
        local stop = math.min(to, (k + 1) * SEGMENT)
        parts[#parts + 1] = redis.call('GETRANGE', segprefix .. k, from - k * SEGMENT,
                                       stop - 1 - k * SEGMENT)
        from = stop
    end
    return table.concat(parts)
end

local log_end = tonumber(redis.call('GET', KEYS[5]) or '0')
if watermark > log_end or log_end - watermark > TAIL_MAX then return { 'stale', log_end } end
local tail = read_log(watermark, log_end)
if #tail ~= log_end - watermark then return { 'stale', log_end } end

-- Every exact hash the tail holds, and for each key (a mark the worker's
-- index is keyed by) the tail's records that hold it: an entry that shares
-- the hash, or as many keys with one record as the index asks (PROBE, or
-- all the keys of the one with fewer), was not seen by the worker's lookup.
local hashes, holders, n_keys, any_newer = {}, {}, {}, false
local p, r = 1, 0
while p <= #tail do
    local left = SEGMENT - (watermark + p - 1) % SEGMENT
    local len = left >= 2 and struct.unpack('>I2', tail, p) or 0
    if len == 0 then
        p = p + left  -- padding: the next record starts the next segment
    else
        local b = p + HEAD
        hashes[string.sub(tail, b + HASH_AT - 1, b + HASH_AT + 6)] = true
        r = r + 1
        local keys = keys_of(tail, b)
        n_keys[r] = #keys
        for _, x in ipairs(keys) do
            local h = holders[x]
            if h == nil then holders[x] = { r } else h[#h + 1] = r end
        end
        any_newer = true
        p = p + len
    end
end

local function conflict(body)
    if not any_newer then return false end
    if hashes[string.sub(body, HASH_AT, HASH_AT + 7)] then return true end
    local keys = keys_of(body, 1)
    local shared = {}
    for _, x in ipairs(keys) do
        for _, rec in ipairs(holders[x] or {}) do
            local c = (shared[rec] or 0) + 1
            shared[rec] = c
            if c >= math.min(PROBE, #keys, n_keys[rec]) then return true end
        end
    end
    return false
end

local now = redis.call('TIME')
local now_s = tonumber(now[1])
local now_ms = now_s * 1000 + math.floor(tonumber(now[2]) / 1000)
local seq0 = tonumber(redis.call('GET', KEYS[2]) or '0')
local seq = seq0
local records = {}  -- log records of this call, in seq order

local function split(s)
    local t = {}
    for part in string.gmatch(s .. '\t', '([^\t]*)\t') do t[#t + 1] = part end
    return t
end

-- LIST ("a\tb") with X added when it is not there yet.
local function add_member(list, x)
    if x == '' then return list end
    if list == '' then return x end
    for part in string.gmatch(list, '[^\t]+') do
        if part == x then return list end
    end
    return list .. '\t' .. x
end

-- Adds a report to the event instance H (a copy counts too: a reprint on
-- another outlet is a report from that outlet); SURE: the report is no copy
-- and says the instance's type with no other it may be. Returns the report
-- count, whether this was the first, and the fields of the state to publish.
-- The instance is one hash: reports, first_seq, first_seen, last_seen,
-- outlets and langs (tab-separated, first seen first), and sure (1 once a
-- sure report counted in it).
local function event_report(h, ev, sure)
    local cur = redis.call('HMGET', h, 'reports', 'first_seq', 'first_seen', 'outlets', 'langs')
    local reports = tonumber(cur[1] or '0') + 1
    local first_seq, first_seen = cur[2] or seq, cur[3] or now_ms
    local outlets, langs = add_member(cur[4] or '', ev[4]), add_member(cur[5] or '', ev[5])
    local fields = { 'reports', reports, 'first_seq', first_seq, 'first_seen', first_seen,
                     'last_seen', now_ms, 'outlets', outlets, 'langs', langs }
    if sure then fields[#fields + 1], fields[#fields + 2] = 'sure', 1 end
    redis.call('HSET', h, unpack(fields))
    redis.call('PEXPIRE', h, ettl)
    local state = { 'k', 'update', 'id', ev[1], 'type', ev[2], 'date', ev[3],
                    'reports', reports, 'first_seq', first_seq, 'first_seen', first_seen,
                    'last_seen', now_ms, 'outlets', outlets, 'langs', langs }
    return reports, reports == 1, state
end

local roots = {}  -- entry index -> { seq, id, ev } of its root once committed in this call

-- The event instance an item counts in: EV (split einfo: id, type, date,
-- source, lang, the day before, the day after, the alternative type, its
-- record hash) at the key KEYS_AT[1]; for a near copy of this call's entry
-- ROOT, the instance that entry counted in; for an item with an alternative
-- type (EV[8]: talks whose medium the text does not say) whose own type has
-- no sure instance of its day (event_report), the alternative's instance of
-- that day (KEYS_AT[4]) when a sure one exists (the same actors' call that
-- other reports made, not ones that were unsure themselves);
-- for an item whose date is uncertain (EV[6] or EV[7] set: the days it may
-- be) and whose own day has no instance yet, the instance of the day before
-- (KEYS_AT[2]) or, failing that, the day after (KEYS_AT[3]) when one exists,
-- or failing those, for an item with an alternative type, that type's sure
-- instance of the day before (KEYS_AT[5]) or after (KEYS_AT[6]).
-- Returns the key, EV with its id, type and date set, the shift in days (0,
-- -1, 1), and the record hash of the type when it changed (else nil).
local function instance(ev, keys_at, root)
    if root ~= nil then
        ev[1], ev[2], ev[3] = root.id, root.type, root.date
        return root.key, ev, root.shift, root.retype
    end
    local key, shift = keys_at[1], 0
    if ev[8] ~= '' and redis.call('HGET', key, 'sure') ~= '1' and
            redis.call('HGET', keys_at[4], 'sure') == '1' then
        ev[2] = ev[8]
        ev[1] = ev[2] .. ':' .. ev[3]
        return keys_at[4], ev, 0, tonumber(ev[9])
    end
    local retype = nil
    if (ev[6] ~= '' or ev[7] ~= '') and redis.call('EXISTS', key) == 0 then
        local alt = ev[8] ~= ''
        if ev[6] ~= '' and redis.call('EXISTS', keys_at[2]) == 1 then
            key, ev[3], shift = keys_at[2], ev[6], -1
        elseif ev[7] ~= '' and redis.call('EXISTS', keys_at[3]) == 1 then
            key, ev[3], shift = keys_at[3], ev[7], 1
        elseif alt and ev[6] ~= '' and redis.call('HGET', keys_at[5], 'sure') == '1' then
            key, ev[3], shift, ev[2], retype = keys_at[5], ev[6], -1, ev[8], tonumber(ev[9])
        elseif alt and ev[7] ~= '' and redis.call('HGET', keys_at[6], 'sure') == '1' then
            key, ev[3], shift, ev[2], retype = keys_at[6], ev[7], 1, ev[8], tonumber(ev[9])
        end
        ev[1] = ev[2] .. ':' .. ev[3]
    end
    return key, ev, shift, retype
end

-- BODY with its event type's record hash set to TYPE (a body without an
-- event part, or TYPE nil, is returned as it is).
local function set_type(body, type)
    if type == nil or bit.band(string.byte(body, 1), FLAG_EVENT) == 0 then return body end
    local at = BODY_SHORT + 1
    return string.sub(body, 1, at - 1) .. struct.pack('>I2', type) .. string.sub(body, at + 2)
end

-- BODY with its event day moved by SHIFT days (a body without an event part
-- is returned as it is).
local function shift_day(body, shift)
    if shift == 0 or bit.band(string.byte(body, 1), FLAG_EVENT) == 0 then return body end
    local at = BODY_SHORT + 3
    local day = struct.unpack('>I2', body, at)
    return string.sub(body, 1, at - 1) .. struct.pack('>I2', day + shift) ..
           string.sub(body, at + 2)
end

-- The other roots V names from index FROM on ("seq", "id" or "@k", ""),
-- as "seq\tid" pairs joined with tabs, without ROOTSEQ, a repeated root or
-- the root of an entry this call did not commit ("" when none).
local function other_roots(v, from, rootseq)
    local out, seen = {}, { [tostring(rootseq)] = true }
    for k = from, #v - 1, 2 do
        local s, id = v[k], v[k + 1]
        if string.sub(s, 1, 1) == '@' then
            local root = roots[tonumber(string.sub(s, 2))]
            s, id = root and tostring(root.seq), root and root.id
        end
        if s and not seen[s] then
            seen[s] = true
            out[#out + 1] = s
            out[#out + 1] = id
        end
    end
    return table.concat(out, '\t')
end

local function item(keys_at, ident, msg, body, verdict, einfo)
    local st, rootseq, rootid, sim, root, also = 'new', seq, ident, nil, nil, ''
    if verdict ~= '' then
        st = 'near'
        if string.sub(verdict, 1, 1) == '=' then
            st, verdict = 'exact', string.sub(verdict, 2)
        end
        local v = split(verdict)
        if string.sub(v[1], 1, 1) == '@' then
            root = roots[tonumber(string.sub(v[1], 2))]
            rootseq, rootid, sim = root.seq, root.id, v[2]
            also = other_roots(v, 3, rootseq)
        else
            rootseq, rootid, sim = v[1], v[2], v[3]
            also = other_roots(v, 4, rootseq)
        end
    end
    local key, ev, shift, retype = nil, nil, 0, nil
    if einfo ~= '' then
        key, ev, shift, retype = instance(split(einfo), keys_at, root and root.ev)
        body = set_type(shift_day(body, shift), retype)
    end
    if st ~= 'exact' then
        local copy = ''
        if st == 'near' then
            local b = math.floor(tonumber(sim) * 255 + 0.5)
            copy = struct.pack('>I6', tonumber(rootseq)) .. string.char(math.max(0, math.min(255, b)))
        end
        records[#records + 1] = struct.pack('>I2I6I4', HEAD + #body + #copy + #rootid, seq, now_s)
                                .. body .. copy .. rootid
    end
    local entry = { 'k', 'item', 'm', msg, 'st', st }
    if st ~= 'new' then
        for _, x in ipairs({ 'os', rootseq, 'of', rootid, 'sim', sim }) do entry[#entry + 1] = x end
        if also ~= '' then
            entry[#entry + 1], entry[#entry + 2] = 'al', also
        end
    end
    local state, mine = nil, nil
    if ev ~= nil then
        local reports, firstrep
        reports, firstrep, state = event_report(key, ev, st == 'new' and ev[8] == '')
        for _, x in ipairs({ 'et', ev[2], 'eid', ev[1], 'ed', ev[3], 'er', reports,
                             'ef', firstrep and 1 or 0,
                             'ej', (shift ~= 0 or retype ~= nil) and root == nil and 1 or 0 }) do
            entry[#entry + 1] = x
        end
        mine = { key = key, id = ev[1], type = ev[2], date = ev[3], shift = shift,
                 retype = retype }
    end
    redis.call('XADD', KEYS[3], 'MAXLEN', '~', outmax, seq .. '-0', unpack(entry))
    return { seq = rootseq, id = rootid, ev = mine }, state
end

local res, acked = {}, {}
for i = 1, n do
    local a = FIXED_ARGS + (i - 1) * ARGS_PER
    local k0 = FIXED_KEYS + (i - 1) * KEYS_PER
    local keys_at = {}
    for k = 1, KEYS_PER do keys_at[k] = KEYS[k0 + k] end
    local eid, kind, ident, msg = ARGV[a + 1], ARGV[a + 2], ARGV[a + 3], ARGV[a + 4]
    local body, verdict, einfo = ARGV[a + 7], ARGV[a + 8], ARGV[a + 9]
    local at = verdict ~= '' and string.match(verdict, '^=?@(%d+)') or nil
    local in_batch = at ~= nil
    local batch_root = in_batch and roots[tonumber(at)]
    if kind ~= 'dead' and conflict(body) then
        res[i] = -1
    elseif in_batch and not batch_root then
        res[i] = -1  -- a near copy of an entry this call did not commit
    elseif redis.call('XACK', KEYS[1], group, eid) == 0 then
        res[i] = 0
    else
        acked[#acked + 1] = eid
        seq = seq + 1
        res[i] = seq
        if kind == 'dead' then
            redis.call('XADD', KEYS[4], 'MAXLEN', '~', dlqmax, '*', 'code', ident,
                       'reason', ARGV[a + 6], 'origin', 'worker', 'raw', ARGV[a + 5], 'seq', seq)
            redis.call('XADD', KEYS[3], 'MAXLEN', '~', outmax, seq .. '-0', 'k', 'dead', 'm', msg)
        else
            local state
            roots[i], state = item(keys_at, ident, msg, body, verdict, einfo)
            if state then
                seq = seq + 1
                redis.call('XADD', KEYS[3], 'MAXLEN', '~', outmax, seq .. '-0', unpack(state))
            end
        end
    end
end
if #acked > 0 then redis.call('XDEL', KEYS[1], unpack(acked)) end
if seq ~= seq0 then redis.call('SET', KEYS[2], seq) end

-- Appends this call's records to the log: a segment is created whole
-- (zero-filled, so that Redis allocates it once) when the first record goes
-- into it; a record that does not fit in what is left of a segment starts
-- the next one. Every segment written gets its expiry pushed to the
-- retention, so it expires whole a retention after its last record.
local image = { tail }
local pos = log_end
local chunk, chunk_k, chunk_off = {}, nil, 0
local function flush()
    if chunk_k == nil or #chunk == 0 then return end
    local key = segprefix .. chunk_k
    redis.call('SETRANGE', key, chunk_off, table.concat(chunk))
    redis.call('PEXPIRE', key, ttl)
    chunk = {}
end
for _, rec in ipairs(records) do
    local k = math.floor(pos / SEGMENT)
    local off = pos - k * SEGMENT
    if off + #rec > SEGMENT then
        image[#image + 1] = string.rep('\0', SEGMENT - off)
        k, off = k + 1, 0
        pos = k * SEGMENT
    end
    if k ~= chunk_k then
        flush()
        -- a new segment, or one that expired under a quiet log: create it whole
        if off == 0 or redis.call('EXISTS', segprefix .. k) == 0 then
            redis.call('DEL', segprefix .. k)
            redis.call('SETRANGE', segprefix .. k, SEGMENT - 1, '\0')
        end
        chunk_k, chunk_off = k, off
    end
    chunk[#chunk + 1] = rec
    image[#image + 1] = rec
    pos = pos + #rec
end
flush()
if pos ~= log_end then redis.call('SET', KEYS[5], pos) end

local reply = { 'ok', table.concat(image) }
for i = 1, n do reply[#reply + 1] = res[i] end
return reply

-- commit.lua: a worker's batch, committed atomically. For each entry:
-- turn it away (conflict) when a near copy was committed since the worker
-- looked for candidates; acknowledge it, and stop there if another worker
-- already did (a slow worker whose entry was reclaimed publishes nothing);
-- delete it from the input stream; take the next publication seq; decide the
-- duplicate verdict (exact: the normalised text's hash is known; near: the
-- worker verified a candidate; else new); remember the item (exact key, band
-- records, sketch) and append the result to the output stream.
--
-- The counts and sizes in capitals (FIXED_KEYS, KEYS_PER, BANDS, REC, ...)
-- are defined in workers/commit_contract.h; the build puts them in front of
-- this script, and the script refuses a call that does not match them.
-- KEYS[1] input stream, KEYS[2] seq counter, KEYS[3] output stream,
-- KEYS[4] dead-letter stream, KEYS[5] recent log (the band values of the last
-- commits, newest last, RREC-byte records: seq (6) | BANDS band values (4 each)),
-- then KEYS_PER per entry: its exact-duplicate key, its
-- BANDS band buckets, and its event instance's hash, outlet set and language set
-- (a dead letter, a short text, an item without event repeat placeholders).
-- ARGV[1] group, [2] output maxlen, [3] dead-letter maxlen, [4] retention ms,
-- [5] watermark (the seq counter when the worker read the buckets),
-- [6] record max age in days, [7] sketch hash prefix, [8] event retention ms,
-- then ARGS_PER per entry:
--   entry id, kind (item|dead), item id (dead: reason code), message,
--   raw (dead), reason (dead), band values (VALUES bytes, "" without bands),
--   sketch (SKETCH bytes, "" without bands), the worker's verdict: "rootseq\trootid\tsim"
--   for a near copy, "@k\tsim" for a near copy of this call's k-th entry,
--   either prefixed with "=" for an exact copy (same text), or "",
--   event "id\ttype\tdate\tsource\tlang" or "".
-- An item that reports an event and is not a duplicate adds a report to the
-- event instance (duplicates count once) and is followed in the output
-- stream by the instance's new state (k update, its own seq).
-- Exact copies of a text long enough for the band index are found through it
-- (same bands, same exact hash in the sketch); only shorter texts keep an
-- exact key of their own, P{w}:x:<hash>.
-- Returns one integer per entry: its publication seq; 0 when another worker
-- had acknowledged it; -1 on conflict (nothing was done: look again).
--
-- The sketch hash P{w}:s:<seq/1024> is named here, from the seq taken here;
-- it carries the {w} tag of every declared key, so it lives in their slot.

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
for i = 1, n do
    local a = FIXED_ARGS + (i - 1) * ARGS_PER
    local nv, ns = #ARGV[a + 7], #ARGV[a + 8]
    if (nv ~= 0 and nv ~= VALUES) or (ns ~= 0 and ns ~= SKETCH) then
        return contract_error(string.format('entry %d: band values of %d bytes, sketch of %d',
                                            i, nv, ns))
    end
end

local RECENT_KEEP = 4096      -- records kept in the recent log
local REFRESH_EVERY = 8       -- a bucket's expiry is refreshed every 8th record
local group, outmax, dlqmax, ttl = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local watermark, maxage, skprefix = tonumber(ARGV[5]), tonumber(ARGV[6]), ARGV[7]
local ettl = ARGV[8]
local ttl2 = 2 * tonumber(ttl)
local now = redis.call('TIME')
local today = math.floor(tonumber(now[1]) / 86400) % 256
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)

local function be(n, bytes)
    local t = {}
    for i = bytes, 1, -1 do
        t[i] = string.char(n % 256)
        n = math.floor(n / 256)
    end
    return table.concat(t)
end

local function rd(s, i, bytes)
    local x = 0
    for k = i, i + bytes - 1 do x = x * 256 + string.byte(s, k) end
    return x
end

-- Every band value committed after the watermark by someone else: an entry
-- sharing one was not seen by the worker's lookup. Read once per call, before
-- this call appends anything. Returns false when the log does not reach back
-- to the watermark (a lookup that old is simply taken again).
local newer = {}
local function load_newer()
    local want = 64
    while true do
        local tail = redis.call('GETRANGE', KEYS[5], -want * RREC, -1)
        local nrec = math.floor(#tail / RREC)
        for r = nrec - 1, 0, -1 do
            local p = r * RREC + 1
            if rd(tail, p, 6) <= watermark then return true end
            for b = 0, BANDS - 1 do
                newer[b .. string.sub(tail, p + 6 + 4 * b, p + 9 + 4 * b)] = true
            end
        end
        if nrec < want then return true end
        if want >= RECENT_KEEP then return false end
        want = want * 4
    end
end
local reaches = load_newer()

local function conflict(values)
    if not reaches then return true end
    for b = 0, BANDS - 1 do
        if newer[b .. string.sub(values, 4 * b + 1, 4 * b + 4)] then return true end
    end
    return false
end

-- Appends a record. Every REFRESH_EVERY-th record, drops the records past
-- the retention from the front and pushes the expiry to twice the retention
-- (so a bucket outlives its youngest record unless it stays quiet for a whole
-- retention after REFRESH_EVERY - 1 appends).
local function append(key, rec)
    local len = redis.call('APPEND', key, rec)
    if (len / REC) % REFRESH_EVERY ~= 1 then return end
    local first = redis.call('GETRANGE', key, REC - 1, REC - 1)
    if #first == 1 and (today - string.byte(first)) % 256 > maxage then
        local all = redis.call('GET', key)
        local p = 1
        while p + REC - 1 <= #all and (today - string.byte(all, p + REC - 1)) % 256 > maxage do
            p = p + REC
        end
        redis.call('SET', key, string.sub(all, p))
    end
    redis.call('PEXPIRE', key, ttl2)
end

local function log_recent(seq, values)
    local len = redis.call('APPEND', KEYS[5], be(seq, 6) .. values)
    if len > 2 * RECENT_KEEP * RREC then
        redis.call('SET', KEYS[5], redis.call('GETRANGE', KEYS[5], -RECENT_KEEP * RREC, -1))
    end
end

local function remember(kbase, seq, values, sketch, rootseq, rootid)
    if values == '' then
        redis.call('SET', KEYS[kbase - 1], rootseq .. '\t' .. rootid, 'PX', ttl)
        return
    end
    local tail = be(seq, 6) .. string.char(today)
    for b = 0, BANDS - 1 do
        append(KEYS[kbase + b], string.sub(values, 4 * b + 3, 4 * b + 4) .. tail)
    end
    log_recent(seq, values)
    local sk = skprefix .. math.floor(seq / 1024)
    redis.call('HSET', sk, seq, sketch .. rootseq .. '\t' .. rootid)
    redis.call('PEXPIRE', sk, ttl)
end

local function split(s)
    local t = {}
    for part in string.gmatch(s .. '\t', '([^\t]*)\t') do t[#t + 1] = part end
    return t
end

-- Adds a report to the event instance when ST is new. Returns the report
-- count, whether this was the first, and the fields of the state to publish
-- (nil for a duplicate).
local function event_report(ebase, ev, seq, st)
    local h, outlets, langs = KEYS[ebase], KEYS[ebase + 1], KEYS[ebase + 2]
    if st ~= 'new' then
        return tonumber(redis.call('HGET', h, 'reports') or '0'), false, nil
    end
    local reports = redis.call('HINCRBY', h, 'reports', 1)
    redis.call('HSETNX', h, 'first_seq', seq)
    redis.call('HSETNX', h, 'first_seen', now_ms)
    redis.call('HSET', h, 'last_seen', now_ms)
    if ev[4] ~= '' then redis.call('SADD', outlets, ev[4]) end
    if ev[5] ~= '' then redis.call('SADD', langs, ev[5]) end
    for _, k in ipairs({ h, outlets, langs }) do redis.call('PEXPIRE', k, ettl) end
    local state = { 'k', 'update', 'id', ev[1], 'type', ev[2], 'date', ev[3],
                    'reports', reports, 'first_seq', redis.call('HGET', h, 'first_seq'),
                    'first_seen', redis.call('HGET', h, 'first_seen'), 'last_seen', now_ms,
                    'outlets', table.concat(redis.call('SMEMBERS', outlets), '\t'),
                    'langs', table.concat(redis.call('SMEMBERS', langs), '\t') }
    return reports, reports == 1, state
end

local roots = {}  -- entry index -> { rootseq, rootid } once committed in this call

local function item(kbase, seq, ident, msg, values, sketch, verdict, einfo)
    local st, rootseq, rootid, sim = 'new', seq, ident, nil
    local first = values == '' and redis.call('GET', KEYS[kbase - 1])
    if first then
        st, sim = 'exact', '1'
        local tab = string.find(first, '\t', 1, true)
        rootseq, rootid = string.sub(first, 1, tab - 1), string.sub(first, tab + 1)
    elseif verdict ~= '' then
        st = 'near'
        if string.sub(verdict, 1, 1) == '=' then
            st, verdict = 'exact', string.sub(verdict, 2)
        end
        local v = split(verdict)
        if string.sub(v[1], 1, 1) == '@' then
            local r = roots[tonumber(string.sub(v[1], 2))]
            rootseq, rootid, sim = r[1], r[2], v[2]
        else
            rootseq, rootid, sim = v[1], v[2], v[3]
        end
        if st == 'exact' then sim = '1' end
    end
    if st ~= 'exact' then remember(kbase, seq, values, sketch, rootseq, rootid) end
    local entry = { 'k', 'item', 'm', msg, 'st', st }
    if st ~= 'new' then
        for _, x in ipairs({ 'os', rootseq, 'of', rootid, 'sim', sim }) do entry[#entry + 1] = x end
    end
    local state
    if einfo ~= '' then
        local ev = split(einfo)
        local reports, firstrep
        reports, firstrep, state = event_report(kbase + BANDS, ev, seq, st)
        for _, x in ipairs({ 'et', ev[2], 'er', reports, 'ef', firstrep and 1 or 0 }) do
            entry[#entry + 1] = x
        end
    end
    redis.call('XADD', KEYS[3], 'MAXLEN', '~', outmax, seq .. '-0', unpack(entry))
    return rootseq, rootid, state
end

local res = {}
for i = 1, n do
    local a = FIXED_ARGS + (i - 1) * ARGS_PER
    local kbase = FIXED_KEYS + (i - 1) * KEYS_PER + 2
    local eid, kind, ident, msg = ARGV[a + 1], ARGV[a + 2], ARGV[a + 3], ARGV[a + 4]
    local values, sketch, verdict, einfo = ARGV[a + 7], ARGV[a + 8], ARGV[a + 9], ARGV[a + 10]
    local vref = split(verdict)[1] or ''
    if string.sub(vref, 1, 1) == '=' then vref = string.sub(vref, 2) end
    local in_batch = string.sub(vref, 1, 1) == '@'
    local batch_root = in_batch and roots[tonumber(string.sub(vref, 2))]
    if kind ~= 'dead' and values ~= '' and conflict(values) then
        res[i] = -1
    elseif in_batch and not batch_root then
        res[i] = -1  -- a near copy of an entry this call did not commit
    elseif redis.call('XACK', KEYS[1], group, eid) == 0 then
        res[i] = 0
    else
        redis.call('XDEL', KEYS[1], eid)
        local seq = redis.call('INCR', KEYS[2])
        if kind == 'dead' then
            redis.call('XADD', KEYS[4], 'MAXLEN', '~', dlqmax, '*', 'code', ident,
                       'reason', ARGV[a + 6], 'origin', 'worker', 'raw', ARGV[a + 5], 'seq', seq)
            redis.call('XADD', KEYS[3], 'MAXLEN', '~', outmax, seq .. '-0', 'k', 'dead', 'm', msg)
        else
            local rootseq, rootid, state = item(kbase, seq, ident, msg, values, sketch,
                                                verdict, einfo)
            roots[i] = { rootseq, rootid }
            if state then
                local useq = redis.call('INCR', KEYS[2])
                redis.call('XADD', KEYS[3], 'MAXLEN', '~', outmax, useq .. '-0', unpack(state))
            end
        end
        res[i] = seq
    end
end
return res

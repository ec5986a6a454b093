-- commit.lua: a worker's batch, committed atomically. For each entry:
-- turn it away (conflict) when a near copy was committed since the worker
-- looked for candidates; acknowledge it, and stop there if another worker
-- already did (a slow worker whose entry was reclaimed publishes nothing);
-- delete it from the input stream; take the next publication seq; decide the
-- duplicate verdict (exact: the normalised text's hash is known; near: the
-- worker verified a candidate; else new); remember the item (exact key, band
-- records, sketch) and append the result to the output stream.
--
-- KEYS[1] input stream, KEYS[2] seq counter, KEYS[3] output stream,
-- KEYS[4] dead-letter stream, then 20 per entry: its exact-duplicate key, its
-- 16 band buckets, and its event instance's hash, outlet set and language set
-- (a dead letter, a short text, an item without event repeat placeholders).
-- ARGV[1] group, [2] output maxlen, [3] dead-letter maxlen, [4] retention ms,
-- [5] watermark (the seq counter when the worker read the buckets),
-- [6] record max age in days, [7] sketch hash prefix, [8] event retention ms,
-- then 10 per entry:
--   entry id, kind (item|dead), item id (dead: reason code), message,
--   raw (dead), reason (dead), band lows (32 bytes, "" without bands),
--   sketch (70 bytes, "" without bands), near verdict "rootseq\trootid\tsim" or "",
--   event "id\ttype\tdate\tsource\tlang" or "".
-- An item that reports an event and is not a duplicate adds a report to the
-- event instance (duplicates count once) and is followed in the output
-- stream by the instance's new state (k update, its own seq).
-- Returns one integer per entry: its publication seq; 0 when another worker
-- had acknowledged it; -1 on conflict (nothing was done: look again).
--
-- The sketch hash P{w}:s:<seq/1024> is named here, from the seq taken here;
-- it carries the {w} tag of every declared key, so it lives in their slot.
local KEYS_PER, ARGS_PER, FIXED_ARGS, BANDS, REC = 20, 10, 8, 16, 9
local group, outmax, dlqmax, ttl = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local watermark, maxage, skprefix = tonumber(ARGV[5]), tonumber(ARGV[6]), ARGV[7]
local ettl = ARGV[8]
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

-- A record newer than the watermark with the same low bits in one of the
-- entry's buckets is a candidate the worker has not seen.
local function conflict(kbase, lows)
    for b = 0, BANDS - 1 do
        local tail = redis.call('GETRANGE', KEYS[kbase + b], -8 * REC, -1)
        local lo = string.sub(lows, 2 * b + 1, 2 * b + 2)
        local nrec = math.floor(#tail / REC)
        local newer = 0
        for r = nrec - 1, 0, -1 do
            local p = r * REC + 1
            if rd(tail, p + 2, 6) <= watermark then break end
            newer = newer + 1
            if string.sub(tail, p, p + 1) == lo then return true end
        end
        if nrec == 8 and newer == 8 then return true end
    end
    return false
end

-- Appends a record, first dropping records past the retention from the front.
local function append(key, rec)
    local first = redis.call('GETRANGE', key, REC - 1, REC - 1)
    if #first == 1 and (today - string.byte(first)) % 256 > maxage then
        local all = redis.call('GET', key)
        local p = 1
        while p + REC - 1 <= #all and (today - string.byte(all, p + REC - 1)) % 256 > maxage do
            p = p + REC
        end
        redis.call('SET', key, string.sub(all, p))
    end
    redis.call('APPEND', key, rec)
    redis.call('PEXPIRE', key, ttl)
end

local function remember(kbase, seq, lows, sketch, rootseq, rootid)
    redis.call('SET', KEYS[kbase - 1], rootseq .. '\t' .. rootid, 'PX', ttl)
    if lows == '' then return end
    local tail = be(seq, 6) .. string.char(today)
    for b = 0, BANDS - 1 do
        append(KEYS[kbase + b], string.sub(lows, 2 * b + 1, 2 * b + 2) .. tail)
    end
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

local function item(kbase, seq, ident, msg, lows, sketch, verdict, einfo)
    local first = redis.call('GET', KEYS[kbase - 1])
    local st, rootseq, rootid, sim = 'new', seq, ident, nil
    if first then
        st, sim = 'exact', '1'
        local tab = string.find(first, '\t', 1, true)
        rootseq, rootid = string.sub(first, 1, tab - 1), string.sub(first, tab + 1)
    elseif verdict ~= '' then
        st = 'near'
        local v = split(verdict)
        rootseq, rootid, sim = v[1], v[2], v[3]
    end
    if st ~= 'exact' then remember(kbase, seq, lows, sketch, rootseq, rootid) end
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
    if state then
        local useq = redis.call('INCR', KEYS[2])
        redis.call('XADD', KEYS[3], 'MAXLEN', '~', outmax, useq .. '-0', unpack(state))
    end
end

local res = {}
local n = (#ARGV - FIXED_ARGS) / ARGS_PER
for i = 1, n do
    local a = FIXED_ARGS + (i - 1) * ARGS_PER
    local kbase = 4 + (i - 1) * KEYS_PER + 2
    local eid, kind, ident, msg = ARGV[a + 1], ARGV[a + 2], ARGV[a + 3], ARGV[a + 4]
    local lows, sketch, verdict, einfo = ARGV[a + 7], ARGV[a + 8], ARGV[a + 9], ARGV[a + 10]
    if kind ~= 'dead' and lows ~= '' and conflict(kbase, lows) then
        res[i] = -1
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
            item(kbase, seq, ident, msg, lows, sketch, verdict, einfo)
        end
        res[i] = seq
    end
end
return res

-- commit.lua: a worker's batch, committed atomically. For each entry:
-- acknowledge it (and stop there if another worker already did: a slow worker
-- whose entry was reclaimed publishes nothing), delete it from the input
-- stream, decide its duplicate verdict, take the next publication seq and
-- append the result to the output stream.
-- KEYS[1] input stream, KEYS[2] seq counter, KEYS[3] output stream,
-- KEYS[4] dead-letter stream, KEYS[5..] one exact-duplicate key per entry
-- ARGV[1] group, ARGV[2] output maxlen, ARGV[3] dead-letter maxlen,
-- ARGV[4] dedup retention ms, then 6 per entry:
--   entry id, kind (item|dead), item id (or reason code), message,
--   raw and reason text (dead only)
-- Returns one integer per entry: its publication seq, or 0 when it was
-- already acknowledged by someone else.
local group, outmax, dlqmax, ttl = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local res = {}
local n = (#ARGV - 4) / 6
for i = 1, n do
    local a = 4 + (i - 1) * 6
    local eid, kind, ident, msg = ARGV[a + 1], ARGV[a + 2], ARGV[a + 3], ARGV[a + 4]
    if redis.call('XACK', KEYS[1], group, eid) == 0 then
        res[i] = 0
    else
        redis.call('XDEL', KEYS[1], eid)
        local seq = redis.call('INCR', KEYS[2])
        if kind == 'dead' then
            redis.call('XADD', KEYS[4], 'MAXLEN', '~', dlqmax, '*', 'code', ident,
                       'reason', ARGV[a + 6], 'origin', 'worker', 'raw', ARGV[a + 5], 'seq', seq)
            redis.call('XADD', KEYS[3], 'MAXLEN', '~', outmax, seq .. '-0', 'k', 'dead', 'm', msg)
        else
            local key = KEYS[4 + i]
            local first = redis.call('GET', key)
            if first then
                local tab = string.find(first, '\t', 1, true)
                redis.call('XADD', KEYS[3], 'MAXLEN', '~', outmax, seq .. '-0', 'k', 'item',
                           'm', msg, 'st', 'exact', 'os', string.sub(first, 1, tab - 1),
                           'of', string.sub(first, tab + 1), 'sim', '1')
            else
                redis.call('SET', key, seq .. '\t' .. ident, 'PX', ttl)
                redis.call('XADD', KEYS[3], 'MAXLEN', '~', outmax, seq .. '-0', 'k', 'item',
                           'm', msg, 'st', 'new')
            end
        end
        res[i] = seq
    end
end
return res

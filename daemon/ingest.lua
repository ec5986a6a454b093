-- ingest.lua: accept a batch of validated raw items into the input stream,
-- each at most once per (source, scraper id) within the retention window.
-- KEYS[1] iseq counter, KEYS[2] input stream, then one key per item: its
-- scraper-id key P{w}:k:<hash>, or KEYS[1] again when the item has no id
-- (such an item is queued every time it is sent: at least once).
-- ARGV[1] backlog limit (0 = none), ARGV[2] received ms, ARGV[3] id retention
-- ms, ARGV[4..] raw msgpack items.
-- Returns one integer per item: its new ingest seq; minus the ingest seq it
-- was queued under before (already queued: not queued again, whatever the
-- backlog); or 0 when the backlog was full ("retry later"); then the backlog
-- after the batch.
local FIXED_KEYS, FIXED_ARGS = 2, 3
local limit = tonumber(ARGV[1])
local backlog = redis.call('XLEN', KEYS[2])
local out = {}
for i = FIXED_ARGS + 1, #ARGV do
    local idkey = KEYS[FIXED_KEYS + i - FIXED_ARGS]
    local has_id = idkey ~= KEYS[1]
    local before = has_id and redis.call('GET', idkey)
    if before then
        out[#out + 1] = -tonumber(before)
    elseif limit > 0 and backlog >= limit then
        out[#out + 1] = 0
    else
        local seq = redis.call('INCR', KEYS[1])
        redis.call('XADD', KEYS[2], '*', 'm', ARGV[i], 's', seq, 'r', ARGV[2])
        if has_id then
            redis.call('SET', idkey, seq, 'PX', ARGV[3])
        end
        backlog = backlog + 1
        out[#out + 1] = seq
    end
end
out[#out + 1] = backlog
return out

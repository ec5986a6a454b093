-- ingest.lua: accept a batch of validated raw items into the input stream.
-- KEYS[1] iseq counter, KEYS[2] input stream
-- ARGV[1] backlog limit (0 = none), ARGV[2] received ms, ARGV[3..] raw msgpack items
-- Returns one integer per item, its ingest seq or 0 when the backlog was full
-- ("retry later"), followed by the backlog after the batch.
local limit = tonumber(ARGV[1])
local backlog = redis.call('XLEN', KEYS[2])
local out = {}
for i = 3, #ARGV do
    if limit > 0 and backlog >= limit then
        out[#out + 1] = 0
    else
        local seq = redis.call('INCR', KEYS[1])
        redis.call('XADD', KEYS[2], '*', 'm', ARGV[i], 's', seq, 'r', ARGV[2])
        backlog = backlog + 1
        out[#out + 1] = seq
    end
end
out[#out + 1] = backlog
return out

-- reject.lua: dead-letter one refused input and queue it for publication.
-- KEYS[1] seq counter, KEYS[2] output stream, KEYS[3] dead-letter stream
-- ARGV[1] output maxlen, ARGV[2] dead-letter maxlen, ARGV[3] reason code,
-- ARGV[4] reason text, ARGV[5] origin, ARGV[6] raw bytes (truncated),
-- ARGV[7] encoded dead-letter message (msgpack, without seq)
-- Returns the publication seq.
local seq = redis.call('INCR', KEYS[1])
redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[2], '*', 'code', ARGV[3], 'reason', ARGV[4],
           'origin', ARGV[5], 'raw', ARGV[6], 'seq', seq)
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[1], seq .. '-0', 'k', 'dead', 'm', ARGV[7])
return seq

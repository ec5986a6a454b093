-- lock.lua: the instance lock, one wirewatchd per key prefix.
-- KEYS[1] lock key
-- ARGV[1] our holder string, ARGV[2] expiry ms (0: release),
-- ARGV[3] a holder string known to be a dead process ("" if none).
-- Takes the lock when it is free, ours, or the dead holder's, and sets its
-- expiry (a renewal is the same call); releases it only when it is ours.
-- Returns "" when we hold it (or released it), else the holder's string.
local holder = redis.call('GET', KEYS[1])
if ARGV[2] == '0' then
    if holder == ARGV[1] then
        redis.call('DEL', KEYS[1])
    end
    return ''
end
if not holder or holder == ARGV[1] or holder == ARGV[3] then
    redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
    return ''
end
return holder

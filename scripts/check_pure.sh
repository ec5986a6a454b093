#!/bin/sh
# check_pure.sh DIR... — the pure cores (workers/text, dedup, events) take
# buffers and return results: they must not reach a socket, Redis, the log,
# the clock, the environment or the worker process. Lists every offending
# line and exits 1 when there is one.
set -eu
cd "$(dirname "$0")/.."
# headers a pure core may not include
headers='hiredis|zmq\.h|czmq\.h|ww_log\.h|ww_redis\.h|ww_clock\.h|ww_zsock\.h|ww_sig\.h|ww_conf\.h|ww_cfg\.h|ww_args\.h|time\.h|worker\.h|commit\.h|near\.h|consume\.h|pipeline\.h|enrich\.h'
# calls that read the clock or the environment
calls='\b(time|clock_gettime|gettimeofday|getenv|secure_getenv|rand|srand)[[:space:]]*\('
# strip_comments FILE: FILE with the text of /* */ and // comments blanked (strings are
# not parsed: a "/*" inside a string literal would start a comment)
strip_comments() {
    awk '{
        out = ""; i = 1; n = length($0)
        while (i <= n) {
            two = substr($0, i, 2)
            if (incomment) {
                if (two == "*/") { incomment = 0; i += 2 } else i++
            } else if (two == "/*") { incomment = 1; i += 2
            } else if (two == "//") { break
            } else { out = out substr($0, i, 1); i++ }
        }
        print out
    }' "$1"
}
bad=0
for dir in "$@"; do
    [ -d "$dir" ] || { echo "check_pure: no folder $dir" >&2; exit 2; }
    for f in "$dir"/*.c "$dir"/*.h; do
        [ -e "$f" ] || continue
        if grep -nE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]([^>\"]*/)?($headers)[>\"]" "$f" |
            sed "s|^|$f:|" | grep .; then bad=1; fi
        # the calls are looked for in the code only: comments (a "time (UTC+4)" in prose)
        # are blanked first, line numbers kept
        if strip_comments "$f" | grep -nE "$calls" | sed "s|^|$f:|" | grep .; then
            bad=1
        fi
    done
done
if [ "$bad" -ne 0 ]; then
    echo "check_pure: the lines above break the pure cores' rule (docs/ARCHITECTURE.md)" >&2
    exit 1
fi
echo "check-pure: $* include no socket, Redis, log, clock or worker header"

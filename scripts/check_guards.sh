#!/bin/sh
# check_guards.sh [--fix] — every header's include guard follows one scheme:
# WW_ + its path from the top of the tree, upper case, '/' and '.' as '_',
# with lib/ and proto/ left out (their files already start with ww_) and no
# second WW_. lib/ww_buf.h: WW_BUF_H; workers/text/fold.h:
# WW_WORKERS_TEXT_FOLD_H. Lists every header that does not; --fix renames.
set -eu
cd "$(dirname "$0")/.."
fix=0
[ "${1:-}" = --fix ] && fix=1
bad=0
for h in $(git ls-files '*.h'); do
    want=$(echo "$h" | sed -e 's#^lib/##' -e 's#^proto/##' -e 's#^ww_##' -e 's#[/.]#_#g' |
        tr 'a-z' 'A-Z')
    want="WW_$want"
    have=$(sed -n 's/^#ifndef \([A-Z0-9_]*\)$/\1/p' "$h" | head -n 1)
    [ "$have" = "$want" ] && continue
    if [ "$fix" -eq 1 ] && [ -n "$have" ]; then
        sed -i -e "s/^#ifndef $have\$/#ifndef $want/" -e "s/^#define $have\$/#define $want/" "$h"
    else
        echo "$h: include guard ${have:-(none)}, want $want"
        bad=1
    fi
done
[ "$bad" -eq 0 ] || exit 1
echo "check-guards: every header's guard is WW_<path>"

#!/bin/sh
# redis_acl.sh TEMPLATE DIR — makes a Redis ACL file from wirewatch's
# template (deploy/users.acl: each program's user with the least rights it
# needs, every user off and without a password): writes DIR/users.acl with
# each user on and the SHA-256 of its password, and each password, 32 random
# bytes in hex, into DIR/USER.redis-password (mode 0600; an existing one is
# kept, so running it again keeps the passwords). The default user stays off.
# Then: redis-server --aclfile DIR/users.acl (or `aclfile` in redis.conf),
# and each program's redis-password-file names its user's file
# (docs/OPERATIONS.md, "Redis users").
set -eu
[ $# -eq 2 ] || { echo "usage: redis_acl.sh TEMPLATE DIR" >&2; exit 64; }
template=$1
dir=$2
umask 077
mkdir -p "$dir"
tmp="$dir/users.acl.tmp"
: >"$tmp"
while read -r keyword user state rest; do
    [ -n "$keyword" ] || continue
    if [ "$keyword" != user ] || [ "$state" != off ]; then
        echo "redis_acl.sh: $template: expected \"user NAME off RULES\", got: $keyword $user" >&2
        exit 65
    fi
    if [ "$user" = default ]; then
        printf '%s %s %s %s\n' "$keyword" "$user" "$state" "$rest" >>"$tmp"
        continue
    fi
    pass="$dir/$user.redis-password"
    if [ ! -s "$pass" ]; then
        head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$pass"
        echo >>"$pass"
    fi
    hash=$(head -n 1 "$pass" | tr -d '\r\n' | sha256sum | cut -d ' ' -f 1)
    printf '%s %s on #%s %s\n' "$keyword" "$user" "$hash" "$rest" >>"$tmp"
done <"$template"
mv "$tmp" "$dir/users.acl"
chmod 644 "$dir/users.acl"
echo "wrote $dir/users.acl and the passwords $dir/*.redis-password"

#!/bin/sh
# deps.sh — installs the Debian 12 packages wirewatch needs to build and test
# (listed in .ci/packages), when any is missing. Uses sudo when not root.
set -eu
cd "$(dirname "$0")/.."
pkgs=$(cat .ci/packages)
missing=""
for p in $pkgs; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null

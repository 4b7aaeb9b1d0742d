#!/usr/bin/env bash
# On a fresh Debian 12 machine: installs the dependencies, builds figcheck, and checks the
# bundled seed article (facts/) against the embedded default exchange rates.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# Only what running figcheck needs: the binary (and its man pages), no test suite; tools/test.sh
# builds the tests.
bash "$root/tools/build.sh" -DFIGCHECK_BUILD_TESTS=OFF
build=${FIGCHECK_BUILD_DIR:-$root/build}
echo
echo "\$ figcheck check facts/"
cd "$root"
status=0
"$build/figcheck" check facts/ || status=$?
# 1 means figcheck found figures that do not add up: that is a result, not a failure to run.
[ "$status" -le 1 ] || exit "$status"

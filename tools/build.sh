#!/usr/bin/env bash
# Configures and builds figcheck into build/ (or $FIGCHECK_BUILD_DIR). Extra arguments go to cmake.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FIGCHECK_BUILD_DIR:-$root/build}
bash "$root/tools/deps.sh" ${FIGCHECK_DEPS_FLAGS:-}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFIGCHECK_WERROR=ON "$@" >/dev/null
cmake --build "$build" -j "$(nproc)"

#!/usr/bin/env bash
# Configures and builds figcheck into build/ (or $FIGCHECK_BUILD_DIR). Extra arguments go to cmake.
#
# FIGCHECK_SANITIZE=1 builds into build-asan/ with clang, AddressSanitizer + UndefinedBehaviorSanitizer
# and libFuzzer's coverage instrumentation: one build serves the test suite under the sanitizers
# (tools/test.sh) and the fuzz targets (tools/fuzz.sh), so CI compiles the library twice, not three times.
# FIGCHECK_BUILD_TARGETS="a b" builds only those targets.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/tools/deps.sh" ${FIGCHECK_DEPS_FLAGS:-}
# FIGCHECK_BUILD_TYPE: RelWithDebInfo by default; CI uses Release (-O2, no debug information:
# less compile time on its clean machine).
config=(-DCMAKE_BUILD_TYPE="${FIGCHECK_BUILD_TYPE:-RelWithDebInfo}" "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG"
        -DFIGCHECK_WERROR=ON)
if [ "${FIGCHECK_SANITIZE:-0}" = 1 ]; then
  build=${FIGCHECK_BUILD_DIR:-$root/build-asan}
  bash "$root/tools/deps.sh" --clang
  export CXX=${CXX_SANITIZE:-clang++}
  # A build-asan/ configured by an older figcheck with g++ cannot switch compilers in place.
  if [ -f "$build/CMakeCache.txt" ] && ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang' "$build/CMakeCache.txt"; then
    rm -rf "$build"
  fi
  # -O1 and line tables only: what ASan's reports need (symbolized lines), at half the compile time
  # of -O2 -g; assertions stay on.
  config=(-DCMAKE_BUILD_TYPE=Sanitize "-DCMAKE_CXX_FLAGS_SANITIZE=-O1 -gline-tables-only" -DFIGCHECK_WERROR=ON
          -DFIGCHECK_BUILD_FUZZERS=ON)
else
  build=${FIGCHECK_BUILD_DIR:-$root/build}
fi
# ccache, when installed, keeps rebuilds of a developer's tree short; CI's clean machine has none.
if command -v ccache >/dev/null; then config+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S "$root" -B "$build" "${config[@]}" "$@" >/dev/null
targets=()
for t in ${FIGCHECK_BUILD_TARGETS:-}; do targets+=(--target "$t"); done
cmake --build "$build" -j "$(nproc)" "${targets[@]}"

#!/usr/bin/env bash
# Installs the dependencies, builds figcheck with its tests, and runs the whole suite.
# FIGCHECK_SANITIZE=1 builds into build-asan/ with clang, AddressSanitizer + UndefinedBehaviorSanitizer
# (the same build tools/fuzz.sh uses for the fuzz targets) and runs the suite there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export FIGCHECK_DEPS_FLAGS=--test
# Tests ON explicitly: a build folder configured by quickstart.sh (tests OFF) keeps its cache.
bash "$root/tools/build.sh" -DFIGCHECK_BUILD_TESTS=ON  # FIGCHECK_SANITIZE=1 picks build-asan/ and the sanitizers
if [ "${FIGCHECK_SANITIZE:-0}" = 1 ]; then
  build=${FIGCHECK_BUILD_DIR:-$root/build-asan}
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
  build=${FIGCHECK_BUILD_DIR:-$root/build}
fi
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"

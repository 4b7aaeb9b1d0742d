#!/usr/bin/env bash
# Installs the dependencies, builds figcheck with its tests, and runs the whole suite.
# FIGCHECK_SANITIZE=1 builds into build-asan/ with AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export FIGCHECK_DEPS_FLAGS=--test
if [ "${FIGCHECK_SANITIZE:-0}" = 1 ]; then
  export FIGCHECK_BUILD_DIR=${FIGCHECK_BUILD_DIR:-$root/build-asan}
  bash "$root/tools/build.sh" -DFIGCHECK_BUILD_TESTS=ON -DFIGCHECK_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
  # Tests ON explicitly: a build folder configured by quickstart.sh (tests OFF) keeps its cache.
  bash "$root/tools/build.sh" -DFIGCHECK_BUILD_TESTS=ON
fi
build=${FIGCHECK_BUILD_DIR:-$root/build}
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"

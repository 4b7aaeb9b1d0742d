#!/usr/bin/env bash
# Runs the whole test suite under valgrind memcheck, following the figcheck processes the tests
# start, and fails on any memory error or definite/indirect leak.
#
#   tools/valgrind.sh                 # build/ (RelWithDebInfo, no sanitizers), every test
#   tools/valgrind.sh 'BadInput*'     # a gtest filter
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FIGCHECK_BUILD_DIR:-$root/build}
filter=${1:-*}
command -v valgrind >/dev/null || { echo "valgrind: not installed (apt-get install valgrind)" >&2; exit 2; }
cmake -S "$root" -B "$build" -DFIGCHECK_WERROR=ON >/dev/null
make -C "$build" -j "${FIGCHECK_JOBS:-2}" figcheck figcheck_tests >/dev/null
log=$build/valgrind.log
# Children are followed except the shells and interpreters some tests start; errors and
# definite or indirect leaks fail the run ("still reachable" is yaml-cpp's and libstdc++'s
# static state).
status=0
valgrind --tool=memcheck --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
  --show-leak-kinds=definite,indirect --trace-children=yes \
  --trace-children-skip='/bin/sh,/usr/bin/sh,/bin/bash,/usr/bin/bash,*python*,*chromium*' \
  --log-file="$log.%p" "$build/figcheck_tests" --gtest_filter="$filter" --gtest_brief=1 || status=$?
errors=$(cat "$log".* | grep -E "ERROR SUMMARY: [1-9]|definitely lost: [1-9]|indirectly lost: [1-9]" || true)
processes=$(ls "$log".* | wc -l)
rm -f "$log".*
echo "valgrind: $processes processes checked" >&2
if [ -n "$errors" ]; then
  echo "$errors" >&2
  exit 1
fi
exit "$status"

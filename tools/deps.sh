#!/usr/bin/env bash
# Installs figcheck's dependencies from Debian 12 packages (needs root or sudo); does nothing
# when they are already there. `--test` adds what the test suite's real consumers need:
# Chromium (renders the HTML report), python3-jsonschema (validates SARIF), valgrind,
# python3-yaml (the real-article evaluator, tests/articles/), python3-distributed (tools/dask_check.py's
# LocalCluster test). `--clang` checks only clang and its
# sanitizer runtimes.
set -euo pipefail
packages=(build-essential cmake g++ libboost-dev libyaml-cpp-dev libyaml-dev libcli11-dev nlohmann-json3-dev
          libfmt-dev libgtest-dev libgmock-dev)
packages+=(libicu-dev libhowardhinnant-date-dev)  # extraction: ICU width folding and character widths; date parsing
packages+=(pkgconf libsimdjson-dev libzip-dev libcurl4-openssl-dev)  # rate files as published (JSON, zip) and rates fetch
packages+=(libcpp-httplib-dev pkg-config)  # figcheck serve: the desk's HTTP server (found through pkg-config)
if [ "${1:-}" = "--test" ]; then
  packages+=(python3 python3-jsonschema chromium fonts-noto-cjk clang libclang-rt-14-dev)
  packages+=(libxml2-utils jq pre-commit git)  # xmllint --schema (JUnit XSD), the GitLab code-quality jq, the pre-commit hooks test
  packages+=(python3-selenium chromium-driver)  # the desk page driven in headless Chromium (tests/desk)
  packages+=(python3-yaml)  # tests/articles: the real-article evaluator reads labels and drafts with PyYAML
  packages+=(python3-distributed)  # tests/scale: tools/dask_check.py on a real Dask LocalCluster
fi
if [ "${1:-}" = "--clang" ]; then
  packages=(clang libclang-rt-14-dev)  # the sanitizer + fuzzer build (tools/build.sh with FIGCHECK_SANITIZE=1)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "figcheck: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

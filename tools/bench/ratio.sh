#!/usr/bin/env bash
# figcheck against the issue-16 peer (peer/bench/pycheck.py: PyYAML's C loader + decimal, one
# process per core) on the same archive, in one run on the same cores.
#
#   tools/bench/ratio.sh FIGCHECK_BINARY [FILES] [RUNS] [THREADS]
#
# Defaults: 10000 files (peer/bench/gen_archive.py ARCHIVE 10000 11, ~115k facts), 3 runs, 2
# threads. The archive is generated into a fresh temporary folder (removed at the end, with the
# reports). Timed: `figcheck check -j THREADS --format json -o FILE ARCHIVE`, the same with
# --format text, and `pycheck.py -j THREADS ARCHIVE`; with hyperfine when it is installed
# (--warmup 1, its means), else /usr/bin/time (the median wall time of RUNS runs, alternating
# the three commands so machine load hits all alike). Prints the ratios peer / figcheck, and
# facts per second of figcheck at THREADS and (hyperfine only) at one thread.
set -euo pipefail
bin=$(realpath "${1:?usage: ratio.sh FIGCHECK_BINARY [FILES] [RUNS] [THREADS]}")
files=${2:-10000}
runs=${3:-3}
threads=${4:-2}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/figcheck-ratio.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
archive="$tmp/a/archive"
python3 "$here/peer/bench/gen_archive.py" "$archive" "$files" 11 >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"

facts=$(grep -c '^  - id:' -r "$archive" | awk -F: '{ s += $2 } END { print s }')
json=("$bin" check -j "$threads" --format json -o "$tmp/out.json" "$archive")
json1=("$bin" check -j 1 --format json -o "$tmp/out1.json" "$archive")
echo "archive: $files files, $facts facts"
text=("$bin" check -j "$threads" --format text -o "$tmp/out.txt" "$archive")
peer=(python3 "$here/peer/bench/pycheck.py" -j "$threads" "$archive")

if command -v hyperfine >/dev/null; then
  # figcheck exits 1 when it finds wrong figures (the archive has some): -i accepts that.
  hyperfine -i -N --warmup 1 --runs "$runs" --export-json "$tmp/h.json" \
    -n "figcheck -j $threads json" "${json[*]}" -n "figcheck -j $threads text" "${text[*]}" \
    -n "pycheck -j $threads" "${peer[*]}" -n "figcheck -j 1 json" "${json1[*]}" >&2
  python3 - "$tmp/h.json" "$facts" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
facts = int(sys.argv[2])
names = list(r)
peer = next(n for n in names if n.startswith("pycheck"))
for n in names:
    print(f"{n:28s} mean {r[n]['mean']:.3f} s  median {r[n]['median']:.3f} s  (± {r[n]['stddev']:.3f})"
          f"  user {r[n]['user']:.3f} s  {facts / r[n]['mean']:,.0f} facts/s")
for n in names:
    if n != peer and "-j 1" not in n:
        print(f"ratio pycheck / {n}: {r[peer]['mean'] / r[n]['mean']:.1f}x (means), "
              f"{r[peer]['median'] / r[n]['median']:.1f}x (medians)")
PY
else
  # Prints the wall seconds of one run (the last line of time's report: figcheck's exit 1 adds one).
  timed() {
    /usr/bin/time -f '%e' -o "$tmp/time" "$@" >"$tmp/stdout" 2>/dev/null || true
    tail -n 1 "$tmp/time"
  }
  : >"$tmp/walls"
  for ((i = 1; i <= runs; i++)); do
    echo "peer $(timed "${peer[@]}")" >>"$tmp/walls"
    echo "json $(timed "${json[@]}")" >>"$tmp/walls"
    echo "text $(timed "${text[@]}")" >>"$tmp/walls"
  done
  median() { awk -v k="$1" '$1 == k { print $2 }' "$tmp/walls" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
  p=$(median peer) j=$(median json) t=$(median text)
  echo "median wall of $runs runs: pycheck -j $threads ${p}s, figcheck json ${j}s, figcheck text ${t}s"
  awk -v p="$p" -v j="$j" -v t="$t" 'BEGIN { printf "ratio pycheck / figcheck: json %.1fx, text %.1fx\n", p / j, p / t }'
fi
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) at end"

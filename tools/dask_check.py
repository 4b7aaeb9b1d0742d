#!/usr/bin/env python3
"""figcheck past one machine, under Dask.distributed (Debian: python3-distributed).

Partitions an NDJSON archive (one fact file per line) into contiguous blocks of lines, runs
`figcheck check --ndjson - -j 1` on each block in a Dask worker process, and gathers the result
records in input order on standard output (or -o FILE). Each worker numbers its block's lines
from 1; the records' "input_line" and every "line" inside them are moved back to the line of
the whole input, so the output is the output of one `figcheck check --ndjson -` over the
whole file (tests/scale/dask_check_test.py checks exactly that).

    tools/dask_check.py archive.ndjson                      # a LocalCluster, one worker per core
    tools/dask_check.py --workers 4 --partitions 64 archive.ndjson -o results.ndjson
    tools/dask_check.py --scheduler tcp://10.0.0.5:8786 archive.ndjson   # a running cluster

Every worker must be able to run `figcheck` (--figcheck PATH, default: figcheck on PATH).
Exit status as for `figcheck check`: 2 when some record was bad input, else 1 when some
figure is inconsistent, else 0.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys


def check_partition(figcheck, lines, first_line):
    """Runs figcheck over one block of NDJSON lines; returns (exit status, records as text).

    Runs in a Dask worker. Records are re-numbered to the line of the whole input."""
    proc = subprocess.run([figcheck, "check", "--ndjson", "-", "-j", "1"], input="".join(lines).encode("utf-8"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if proc.returncode not in (0, 1, 2):
        raise RuntimeError("figcheck failed with status %d: %s" % (proc.returncode, proc.stderr.decode(errors="replace")))
    offset = first_line - 1
    out = []
    for raw in proc.stdout.decode("utf-8").splitlines():
        record = json.loads(raw)
        if offset:
            _shift_lines(record, offset)
        # figcheck writes compact JSON, keys in its order, UTF-8 kept: write it back the same way.
        out.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    return proc.returncode, out


def _shift_lines(value, offset):
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in ("line", "input_line") and isinstance(inner, int) and inner > 0:
                value[key] = inner + offset
            else:
                _shift_lines(inner, offset)
    elif isinstance(value, list):
        for inner in value:
            _shift_lines(inner, offset)


def partitions(path, count):
    """The input's lines in `count` contiguous blocks, each with the number of its first line."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.readlines()
    size = max(1, -(-len(lines) // max(1, count)))
    return [(lines[i:i + size], i + 1) for i in range(0, len(lines), size)]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ndjson", help="the NDJSON archive, one fact file per line")
    parser.add_argument("-o", "--output", help="write the records here instead of standard output")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="LocalCluster worker processes")
    parser.add_argument("--partitions", type=int, default=0, help="blocks of lines (default: 4 per worker)")
    parser.add_argument("--figcheck", default=shutil.which("figcheck") or "figcheck", help="the figcheck binary")
    args = parser.parse_args(argv)

    from distributed import Client, LocalCluster

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        blocks = partitions(args.ndjson, args.partitions or 4 * args.workers)
        futures = [client.submit(check_partition, args.figcheck, lines, first, pure=False) for lines, first in blocks]
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    status = 0
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for code, records in results:
            status = max(status, code)
            for record in records:
                out.write(record + "\n")
    finally:
        if args.output:
            out.close()
    return status


if __name__ == "__main__":
    sys.exit(main())

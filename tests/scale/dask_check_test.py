#!/usr/bin/env python3
"""tools/dask_check.py gathers, from Dask worker processes of a LocalCluster, exactly what one
`figcheck check --ndjson -` writes over the whole input: the same records, in the same order,
with the same line numbers, and the same exit status. The input has good records, wrong
figures, a JSON syntax error and a record that is not a fact file, so line re-numbering of
diagnostics is exercised too.

usage: dask_check_test.py FIGCHECK_BINARY   (ctest: scale.dask_check; skipped without python3-distributed)"""
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))


def main():
    figcheck = os.path.abspath(sys.argv[1])
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("SKIP: python3-distributed is not installed")
        return 77
    sys.path.insert(0, os.path.join(root, "tools"))
    import dask_check

    with tempfile.TemporaryDirectory() as tmp:
        archive = os.path.join(tmp, "archive.ndjson")
        lines = subprocess.run([sys.executable, os.path.join(root, "tools", "bench", "generate_archive.py"),
                                "--count", "120", "--ndjson", "--seed", "5"],
                               check=True, stdout=subprocess.PIPE, text=True).stdout.splitlines(keepends=True)
        assert len(lines) == 120, len(lines)
        lines.insert(37, '{"article": oops}\n')
        lines.insert(80, '[1, 2, 3]\n')
        with open(archive, "w", encoding="utf-8") as f:
            f.writelines(lines)

        with open(archive, "rb") as f:
            single = subprocess.run([figcheck, "check", "--ndjson", "-", "-j", "1"], stdin=f,
                                    stdout=subprocess.PIPE, check=False)
        gathered_path = os.path.join(tmp, "gathered.ndjson")
        status = dask_check.main(["--workers", "2", "--partitions", "7", "--figcheck", figcheck,
                                  archive, "-o", gathered_path])
        with open(gathered_path, "rb") as f:
            gathered = f.read()

    expected = [json.loads(l) for l in single.stdout.decode("utf-8").splitlines()]
    got = [json.loads(l) for l in gathered.decode("utf-8").splitlines()]
    assert len(expected) == 122, len(expected)
    assert [r["input_line"] for r in got] == list(range(1, 123)), [r["input_line"] for r in got][:10]
    for i, (e, g) in enumerate(zip(expected, got)):
        assert e == g, "record %d differs:\n%s\n%s" % (i + 1, e, g)
    assert len(got) == len(expected)
    # Byte for byte too: the records are written back as figcheck writes them.
    assert gathered == single.stdout, "same records, different bytes"
    assert status == single.returncode == 2, (status, single.returncode)
    assert any(f["status"] == "error" for r in got for f in r["facts"]), "no wrong figure in the sample"
    print("ok: %d records gathered from 7 partitions equal one process's output" % len(got))
    return 0


if __name__ == "__main__":
    sys.exit(main())

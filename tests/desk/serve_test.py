#!/usr/bin/env python3
"""figcheck serve over real HTTP: the routes, the bad requests, 50 requests at once, a client
that trickles its request in, and the server still running at the end.

usage: serve_test.py FIGCHECK SOURCE_DIR
"""
import concurrent.futures
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from desk_server import DeskServer, seed_text  # noqa: E402

problems = []


def expect(condition, what):
    if not condition:
        problems.append(what)
        print("FAIL:", what)


def post(url, body, content_type="application/json"):
    data = body if isinstance(body, bytes) else body.encode("utf-8")
    request = urllib.request.Request(url + "api/check", data=data, method="POST", headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def main(figcheck, source_dir):
    seed = seed_text(source_dir)
    with DeskServer(figcheck) as server:
        expect(server.banner.startswith("figcheck serve: http://127.0.0.1:"), "binds 127.0.0.1 by default: " + server.banner)
        expect("this computer only" in server.banner, "says it is local only: " + server.banner)
        with urllib.request.urlopen(server.url + "healthz") as answer:
            expect(answer.status == 200 and answer.read() == b"ok\n", "GET /healthz is 200 ok")
        with urllib.request.urlopen(server.url) as answer:
            page = answer.read().decode("utf-8")
            expect(answer.headers["Content-Type"].startswith("text/html"), "GET / is HTML")
        for needle in ('<textarea', '<input type="date"', '<button type="submit"'):
            expect(needle in page, "the page has " + needle)
        for external in ("http://", "https://", "//fonts.", "@import", "<link", " src="):
            expect(external not in page, "the page loads nothing from elsewhere (found %r)" % external)

        status, body = post(server.url, json.dumps({"text": seed, "published": "2020-07-29"}))
        expect(status == 200, "a good request is 200 (got %d %s)" % (status, body[:200]))
        report = json.loads(body)
        expect(len(report["files"][0]["facts"]) == 6, "the seed has 6 facts")
        expect([f["code"] for f in report["files"][0]["findings"]] == ["mixed-rates"], "the seed's mixed rates")

        # --lang ko's twin: "lang": "ko" writes the messages in Korean; codes and severities stay.
        status, body = post(server.url, json.dumps({"text": seed, "published": "2020-07-29", "lang": "ko"}))
        expect(status == 200, "a request with lang ko is 200 (got %d %s)" % (status, body[:200]))
        finding = json.loads(body)["files"][0]["findings"][0]
        expect(finding["code"] == "mixed-rates" and "기사의 USD/KRW 환산" in finding["message"],
               "lang ko: the message in Korean, the code as is: %r" % finding)
        status, body = post(server.url, json.dumps({"text": seed, "lang": "kr"}))
        expect(status == 400 and "lang" in body, "an unknown lang is 400 (got %d %s)" % (status, body[:200]))
        with urllib.request.urlopen(server.url + "api/strings") as answer:
            strings = json.loads(answer.read().decode("utf-8"))
            expect(strings["ko"]["title"] == "figcheck 데스크", "GET /api/strings has the Korean words")
        expect('"figcheck 데스크"' in page and "/*FIGCHECK_STRINGS*/{}" not in page,
               "the page carries its words from the catalogue")

        bad = [
            ("malformed JSON", b'{"text": ', 400, "not valid JSON"),
            ("empty text", json.dumps({"text": "   "}), 400, "the text is empty"),
            ("no text", json.dumps({"published": "2020-07-29"}), 400, "no \"text\""),
            ("invalid UTF-8", b'{"text": "\xff\xfe"}', 400, "not valid UTF-8"),
            ("impossible date", json.dumps({"text": "75억 달러(약 8조원)", "published": "2020-13-45"}), 400,
             "'2020-13-45' is not a day"),
            ("over 2 MB", json.dumps({"text": "가" * (1024 * 1024)}), 413, "the limit is 2097152 bytes"),
            ("a body over the request limit", b" " * (13 * 1024 * 1024), 413, "the request is too large"),
        ]
        for what, body, want, message in bad:
            status, answer = post(server.url, body)
            expect(status == want, "%s: status %d, want %d" % (what, status, want))
            try:
                error = json.loads(answer)["error"]
            except (ValueError, KeyError):
                error = "(no JSON error: %r)" % answer[:100]
            expect(message in error, "%s: message %r says %r" % (what, error, message))
        try:
            with urllib.request.urlopen(server.url + "nothing-here") as answer:
                expect(False, "an unknown path is 404")
        except urllib.error.HTTPError as e:
            expect(e.code == 404, "an unknown path is 404")

        # A client that sends half a request and then nothing must not keep the server from others.
        slow = [socket.create_connection(("127.0.0.1", int(server.url.rsplit(":", 1)[1].strip("/")))) for _ in range(20)]
        for s in slow:
            s.sendall(b"POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"te")

        # 50 requests at once, all answered, all the same report.
        request = json.dumps({"text": seed, "published": "2020-07-29"})
        started = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(max_workers=50) as pool:
            answers = list(pool.map(lambda _: post(server.url, request), range(50)))
        expect(all(status == 200 for status, _ in answers), "50 concurrent requests all 200: %s" %
               sorted(set(status for status, _ in answers)))
        expect(len(set(body for _, body in answers)) == 1, "50 concurrent requests give one report")
        print("50 concurrent requests answered in %.1f s (with 20 stalled clients connected)" % (time.monotonic() - started))
        # The stalled clients are dropped after the read timeout.
        time.sleep(6)
        dropped = 0
        for s in slow:
            s.settimeout(2)
            try:
                data = s.recv(4096)
                dropped += 1 if data == b"" or data.startswith(b"HTTP/1.1 4") or data.startswith(b"HTTP/1.1 5") else 0
            except OSError:
                pass
            s.close()
        expect(dropped == len(slow), "the stalled clients were answered or dropped after the timeout (%d of %d)" %
               (dropped, len(slow)))
        # Malformed HTTP (not a request line, binary bytes, a header with no colon, a negative
        # length): each is refused with a 4xx or the connection closed, never a crash.
        port = int(server.url.rsplit(":", 1)[1].strip("/"))
        for raw in (b"\x00\xff\xfe garbage\r\n\r\n", b"GET\r\n\r\n", b"POST /api/check HTTP/1.1\r\nno colon here\r\n\r\n",
                    b"POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n{}",
                    b"POST /api/check HTTP/9.9\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}"):
            with socket.create_connection(("127.0.0.1", port)) as s:
                s.settimeout(10)
                s.sendall(raw)
                try:
                    data = s.recv(4096)
                except OSError:
                    data = b""
            expect(data == b"" or data.startswith(b"HTTP/1.1 4"), "malformed request %r: refused (%r)" % (raw[:30], data[:40]))
        with urllib.request.urlopen(server.url + "healthz") as answer:
            expect(answer.status == 200, "the server keeps running")
        expect(server.alive(), "the server process is alive")

    # The rates are opened once, before listening: a missing rate file stops the server at once.
    missing = subprocess.run([figcheck, "serve", "--port", "0", "--rates", "no-such-rates.csv"], capture_output=True,
                             text=True, timeout=30)
    expect(missing.returncode == 2 and "no-such-rates.csv" in missing.stderr,
           "serve with a missing rate file exits 2 naming it: %d %s" % (missing.returncode, missing.stderr))
    # The server is the program figcheck-serve beside the binary (or in ../libexec/figcheck): a
    # figcheck copied alone says what is missing, with exit status 2, and never hangs.
    with tempfile.TemporaryDirectory() as alone:
        copy = os.path.join(alone, "figcheck")
        shutil.copy(figcheck, copy)
        lone = subprocess.run([copy, "serve", "--port", "0"], capture_output=True, text=True, timeout=30)
        expect(lone.returncode == 2 and "figcheck-serve" in lone.stderr and "libexec/figcheck" in lone.stderr,
               "serve without figcheck-serve exits 2 naming it: %d %s" % (lone.returncode, lone.stderr))
    # Options are checked before the server starts, wherever they stand.
    bad = subprocess.run([figcheck, "serve", "--threads", "0"], capture_output=True, text=True, timeout=30)
    expect(bad.returncode == 2 and "--threads" in bad.stderr, "serve --threads 0: %d %s" % (bad.returncode, bad.stderr))
    print("ok" if not problems else "%d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

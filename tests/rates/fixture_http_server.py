#!/usr/bin/env python3
"""Serves rate fixtures to `figcheck rates fetch` tests, on 127.0.0.1 only.

  fixture_http_server.py FOLDER

Prints "PORT PID" on its first line, then serves FOLDER's files. Special paths:
  /truncated/NAME   announces NAME's full length, sends half of it and closes the connection
  /slow/NAME        waits 5 seconds before answering (for --timeout)
  anything missing  404
It stops by itself after 120 seconds, or when its standard input closes.
"""
import http.server
import os
import sys
import threading
import time

FOLDER = os.path.abspath(sys.argv[1])


class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=FOLDER, **kwargs)

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path.startswith("/truncated/"):
            path = os.path.join(FOLDER, os.path.basename(self.path))
            with open(path, "rb") as f:
                body = f.read()
            self.send_response(200)
            self.send_header("Content-Type", "text/csv")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        if self.path.startswith("/slow/"):
            time.sleep(5)
            self.path = "/" + os.path.basename(self.path)
        super().do_GET()


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], os.getpid(), flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    deadline = time.time() + 120
    # Stop when the test closes our standard input, or at the deadline.
    def watch_stdin():
        sys.stdin.read()
        os._exit(0)
    threading.Thread(target=watch_stdin, daemon=True).start()
    while time.time() < deadline:
        time.sleep(0.5)
    os._exit(0)


if __name__ == "__main__":
    main()

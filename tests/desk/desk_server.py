"""Starts `figcheck serve --port 0` for a test and stops it: the one server helper of the desk tests."""
import os
import signal
import subprocess
import time
import urllib.request


class DeskServer:
    def __init__(self, figcheck, *extra):
        self.process = subprocess.Popen([figcheck, "serve", "--port", "0", *extra], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        self.banner = self.process.stdout.readline().strip()
        # "figcheck serve: http://127.0.0.1:PORT/ (this computer only; ...)"
        if not self.banner.startswith("figcheck serve: http://"):
            self.stop()
            raise RuntimeError("figcheck serve did not start: %r %s" % (self.banner, self.process.stderr.read()))
        self.url = self.banner.split()[2]
        for _ in range(50):
            try:
                with urllib.request.urlopen(self.url + "healthz", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("figcheck serve does not answer /healthz")

    def alive(self):
        return self.process.poll() is None

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def seed_text(source_dir):
    with open(os.path.join(source_dir, "facts/articles/hankyung-china-ai-sanctions.ko.txt"), encoding="utf-8") as f:
        return f.read()


def slip_text(source_dir):
    """The seed with a planted 10x slip: 1조1944억원 (for 10억 달러) printed as 11조9440억원."""
    return seed_text(source_dir).replace("1조1944억원", "11조9440억원")

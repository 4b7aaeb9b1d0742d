#!/usr/bin/env python3
"""Renders the HTML report in headless Chromium: dumps the DOM it built and takes a
screenshot, then checks the charts were drawn and the hostile quote stayed text.

usage: check_html_chromium.py REPORT.html SCREENSHOT.png   (exit 77 = skipped: no chromium)
"""
import html.parser
import os
import shutil
import subprocess
import sys
import tempfile

HOSTILE = "<script>alert(1)</script> ]]> ::error file=x.yaml::pwned \"dq\" 'sq' | a*b_c `tick`"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars"]


class Dom(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.counts = {}
        self.classes = {}
        self.text = []
        self.stack = []

    def handle_starttag(self, tag, attrs):
        self.counts[tag] = self.counts.get(tag, 0) + 1
        for cls in (dict(attrs).get("class") or "").split():
            self.classes[(tag, cls)] = self.classes.get((tag, cls), 0) + 1

    def handle_data(self, data):
        self.text.append(data)


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run(browser, args, profile):
    cmd = [browser] + FLAGS + ["--user-data-dir=" + profile] + args
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=90, check=True)


def main(page, screenshot):
    browser = chromium()
    if not browser:
        print("SKIPPED: chromium is not installed (apt-get install chromium)")
        return 77
    url = "file://" + os.path.abspath(page)
    problems = []
    with tempfile.TemporaryDirectory() as profile:
        dom_text = run(browser, ["--dump-dom", url], profile).stdout.decode("utf-8")
    dom = Dom()
    dom.feed(dom_text)
    with open(page, encoding="utf-8") as f:
        source = f.read()
    expected_charts = source.count("<svg class=\"chart\"")
    if expected_charts == 0:
        problems.append("the page has no chart to draw")
    if dom.classes.get(("svg", "chart"), 0) != expected_charts:
        problems.append("chromium built %d charts, the page has %d" % (dom.classes.get(("svg", "chart"), 0), expected_charts))
    for tag, cls in (("polyline", "series"), ("rect", "implied"), ("rect", "tolerance")):
        if dom.classes.get((tag, cls), 0) == 0:
            problems.append("no <%s class=%s> in the rendered DOM" % (tag, cls))
    if dom.counts.get("script", 0) != 0:
        problems.append("the rendered DOM has a <script> element")
    if HOSTILE not in "".join(dom.text):
        problems.append("the hostile quote is not shown intact as text")

    with tempfile.TemporaryDirectory() as profile:
        run(browser, ["--screenshot=" + os.path.abspath(screenshot), "--window-size=1000,2600", url], profile)
    with open(screenshot, "rb") as f:
        png = f.read()
    if not png.startswith(b"\x89PNG\r\n\x1a\n"):
        problems.append("the screenshot is not a PNG")
    elif len(png) < 20000:
        problems.append("the screenshot is suspiciously small (%d bytes)" % len(png))
    for p in problems:
        print(p)
    if problems:
        return 1
    print("ok: chromium drew %d charts; screenshot %s (%d bytes)" % (expected_charts, screenshot, len(png)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

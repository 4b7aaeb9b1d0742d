#!/usr/bin/env python3
"""Installs the build with `cmake --install` (no flags; DESTDIR is a temporary folder) and checks
what a packager and a user rely on: a stripped binary that runs, the desk's server in
libexec/figcheck that the installed `figcheck serve` finds and starts, a man page per command made
from its --help, bash/zsh/fish completions where those shells look, and the docs.

usage: install_check.py BUILD_DIR WORK_DIR
"""
import os
import shutil
import subprocess
import sys
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "desk"))
from desk_server import DeskServer  # noqa: E402

COMMANDS = ["check", "parse", "extract", "rates", "convert", "serve", "config"]


def main(build, work):
    shutil.rmtree(work, ignore_errors=True)
    env = dict(os.environ, DESTDIR=work)
    proc = subprocess.run(["cmake", "--install", build], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        print("cmake --install failed:\n" + proc.stdout + proc.stderr)
        return 1
    cache = open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8").read()
    prefix = next(l.split("=", 1)[1] for l in cache.splitlines() if l.startswith("CMAKE_INSTALL_PREFIX:"))
    root = work + prefix
    problems = []

    binary = os.path.join(root, "bin/figcheck")
    if not os.access(binary, os.X_OK):
        print("no executable %s" % binary)
        return 1
    sections = subprocess.run(["readelf", "-S", binary], capture_output=True, text=True).stdout
    if ".symtab" in sections or ".debug_info" in sections:
        problems.append("bin/figcheck is not stripped")
    version = subprocess.run([binary, "--version"], capture_output=True, text=True)
    if version.returncode != 0 or not version.stdout.startswith("figcheck "):
        problems.append("installed figcheck --version: %r" % version.stdout)

    server = os.path.join(root, "libexec/figcheck/figcheck-serve")
    if not os.access(server, os.X_OK):
        problems.append("no executable %s (figcheck serve starts it)" % server)
    else:
        if ".symtab" in subprocess.run(["readelf", "-S", server], capture_output=True, text=True).stdout:
            problems.append("libexec/figcheck/figcheck-serve is not stripped")
        # The installed figcheck finds it from its own folder, wherever the tree was put (DESTDIR).
        try:
            with DeskServer(binary) as desk:
                with urllib.request.urlopen(desk.url + "healthz", timeout=5) as answer:
                    if answer.read() != b"ok\n":
                        problems.append("installed figcheck serve: /healthz did not answer ok")
        except RuntimeError as e:
            problems.append("installed figcheck serve: %s" % e)

    for command in [""] + COMMANDS:
        name = "figcheck" + ("-" + command if command else "")
        page = os.path.join(root, "share/man/man1", name + ".1")
        if not os.path.exists(page):
            problems.append("no man page %s" % page)
            continue
        text = open(page, encoding="utf-8").read()
        helptext = subprocess.run([binary] + ([command] if command else []) + ["--help"], capture_output=True,
                                  text=True).stdout
        if not text.startswith(".TH %s 1" % name.upper()):
            problems.append("%s: no .TH header" % page)
        # The page is the help text: its examples and exit codes, line for line.
        for line in helptext.splitlines():
            if line.startswith("  figcheck ") or line.startswith("  2  "):
                if line.replace("\\", "\\e") not in text:
                    problems.append("%s lacks the help line %r" % (page, line))

    completions = {
        "share/bash-completion/completions/figcheck": ["bash", "-n"],
        "share/zsh/site-functions/_figcheck": ["zsh", "-n"],
        "share/fish/vendor_completions.d/figcheck.fish": ["fish", "--no-execute"],
    }
    for path, syntax in completions.items():
        full = os.path.join(root, path)
        if not os.path.exists(full):
            problems.append("no completion %s" % path)
        elif shutil.which(syntax[0]):
            check = subprocess.run(syntax + [full], capture_output=True, text=True)
            if check.returncode != 0:
                problems.append("%s: %s" % (path, check.stderr))
    bash = os.path.join(root, "share/bash-completion/completions/figcheck")
    for words, expected in (("figcheck ch", "check"), ("figcheck check --format s", "sarif"),
                            ("figcheck check a.yaml --rates f", "fred"), ("figcheck rates --for", "--format")):
        script = ('source "%s"; COMP_WORDS=(%s); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _figcheck; '
                  'printf "%%s\\n" "${COMPREPLY[@]}"' % (bash, words))
        got = subprocess.run(["bash", "-c", script], capture_output=True, text=True, cwd=work).stdout.split()
        if expected not in got:
            problems.append("bash completion of %r gave %s, not %s" % (words, got, expected))

    for doc in ("README.md", "CHANGELOG.md", "docs/CHECKS.md"):
        if not os.path.exists(os.path.join(root, "share/doc/figcheck", doc)):
            problems.append("no share/doc/figcheck/%s" % doc)

    for p in problems:
        print(p)
    if problems:
        return 1
    print("ok: stripped binary and desk server, %d man pages, 3 completions, docs under %s" % (len(COMMANDS) + 1, prefix))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

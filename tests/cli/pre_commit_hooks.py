#!/usr/bin/env python3
"""Runs figcheck's .pre-commit-hooks.yaml with the real pre-commit tool (Debian's pre-commit)
against a sample repository in a temporary folder, as a user's repository would run it:
a good fact file passes, a wrong figure fails the hook and names it at file:line:col.

usage: pre_commit_hooks.py FIGCHECK SOURCE_DIR WORK_DIR   (exit 77 = skipped: no pre-commit or git)
"""
import os
import shutil
import subprocess
import sys


def run(args, cwd, env):
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)


def main(figcheck, source, work):
    for tool in ("pre-commit", "git"):
        if shutil.which(tool) is None:
            print("SKIPPED: %s is not installed" % tool)
            return 77
    shutil.rmtree(work, ignore_errors=True)
    repo = os.path.join(work, "sample")
    os.makedirs(os.path.join(repo, "facts"))
    env = dict(os.environ)
    env["PATH"] = os.path.dirname(os.path.abspath(figcheck)) + os.pathsep + env["PATH"]
    env["PRE_COMMIT_HOME"] = os.path.join(work, "pre-commit-home")
    env["HOME"] = work
    env.pop("NO_COLOR", None)
    for k in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        env.pop(k, None)
    shutil.copy(os.path.join(source, "facts/hankyung-2020-china-ai-sanctions.yaml"), os.path.join(repo, "facts/seed.yaml"))
    problems = []
    for args in (["git", "init", "-q"], ["git", "add", "facts"]):
        proc = run(args, repo, env)
        if proc.returncode != 0:
            print("%s failed: %s" % (" ".join(args), proc.stderr))
            return 1
    # try-repo reads the hooks from the source checkout (with its uncommitted changes), as a
    # user's `repo:` entry would from a release.
    good = run(["pre-commit", "try-repo", source, "figcheck", "--all-files"], repo, env)
    if good.returncode != 0:
        problems.append("the seed article should pass:\n" + good.stdout + good.stderr)

    shutil.copy(os.path.join(source, "tests/golden/cli/check-findings/findings.yaml"),
                os.path.join(repo, "facts/findings.yaml"))
    run(["git", "add", "facts"], repo, env)
    bad = run(["pre-commit", "try-repo", source, "figcheck", "--all-files"], repo, env)
    if bad.returncode == 0:
        problems.append("a wrong figure should fail the hook:\n" + bad.stdout)
    if "error[unit-slip] facts/findings.yaml:11:16:" not in bad.stdout:
        problems.append("the hook output lacks the finding with its file:line:col:\n" + bad.stdout + bad.stderr)
    for p in problems:
        print(p)
    if problems:
        return 1
    print("ok: pre-commit runs the figcheck hook: the seed passes, a wrong figure fails")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

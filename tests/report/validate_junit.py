#!/usr/bin/env python3
"""Parses a JUnit XML report the way CI systems do (an XML parser, then testsuites/testsuite/
testcase) and checks the counts, the unique names, and that hostile text survives intact.

usage: validate_junit.py REPORT.xml
"""
import sys
import xml.etree.ElementTree as ET

HOSTILE = "<script>alert(1)</script> ]]> ::error file=x.yaml::pwned \"dq\" 'sq' | a*b_c `tick`"


def main(path):
    root = ET.parse(path).getroot()  # raises on anything not well-formed
    problems = []
    if root.tag != "testsuites":
        problems.append("root is <%s>, not <testsuites>" % root.tag)
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for suite in root.findall("testsuite"):
        cases = suite.findall("testcase")
        counts = {
            "tests": len(cases),
            "failures": sum(1 for c in cases if c.find("failure") is not None),
            "errors": sum(1 for c in cases if c.find("error") is not None),
        }
        for key, value in counts.items():
            totals[key] += value
            if int(suite.get(key, "-1")) != value:
                problems.append("suite %s: %s=%s, counted %d" % (suite.get("name"), key, suite.get(key), value))
        names = [c.get("name") for c in cases]
        if len(set(names)) != len(names):
            problems.append("suite %s: testcase names are not unique: %s" % (suite.get("name"), names))
        for case in cases:
            if not case.get("classname") or not case.get("name"):
                problems.append("testcase without classname or name in %s" % suite.get("name"))
            for failure in case.findall("failure") + case.findall("error"):
                if not failure.get("type") or failure.get("message") is None:
                    problems.append("failure without type or message in %s" % case.get("name"))
    for key, value in totals.items():
        if int(root.get(key, "-1")) != value:
            problems.append("testsuites: %s=%s, counted %d" % (key, root.get(key), value))
    text = ET.tostring(root, encoding="unicode", method="text")
    if HOSTILE not in text:
        problems.append("the hostile quote did not survive intact")
    for p in problems:
        print(p)
    if problems:
        return 1
    print("ok: %s parses as JUnit (%d tests, %d failures, %d errors)"
          % (path, totals["tests"], totals["failures"], totals["errors"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

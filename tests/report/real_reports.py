#!/usr/bin/env python3
"""Runs the built figcheck on real fact files (the seed article, the findings catalogue, an
invalid file, an unreviewed draft) and checks its reports the way their consumers do:

- the JSON report against its published JSON Schema (docs/report.schema.json);
- the SARIF report against the SARIF 2.1.0 schema, with stable fingerprints: shifting every
  fact down by some lines changes no partialFingerprints;
- the JUnit report with `xmllint --schema` against the junit-10.xsd Jenkins' xUnit plugin uses,
  and every <testcase> carrying only name, classname, time, assertions, status, with time set.

usage: real_reports.py FIGCHECK SOURCE_DIR WORK_DIR   (exit 77 = skipped: a validator is missing)
"""
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

try:
    import jsonschema
except ImportError:
    print("SKIPPED: python3-jsonschema is not installed (apt-get install python3-jsonschema)")
    sys.exit(77)
if shutil.which("xmllint") is None:
    print("SKIPPED: xmllint is not installed (apt-get install libxml2-utils)")
    sys.exit(77)

TESTCASE_ATTRIBUTES = {"name", "classname", "time"}  # all that junit-10.xsd allows besides group


def validate(schema_path, document, what, problems):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    for error in cls(schema, format_checker=jsonschema.FormatChecker()).iter_errors(document):
        problems.append("%s: schema error at /%s: %s" % (what, "/".join(map(str, error.absolute_path)), error.message))


def run_check(figcheck, work, inputs):
    for name in ("r.json", "r.sarif", "r.xml"):
        if os.path.exists(os.path.join(work, name)):
            os.remove(os.path.join(work, name))
    proc = subprocess.run([figcheck, "check", *inputs, "-o", "r.json", "-o", "r.sarif", "-o", "r.xml"], cwd=work,
                          capture_output=True, text=True)
    if proc.returncode not in (0, 1, 2):
        raise SystemExit("figcheck exited %d: %s" % (proc.returncode, proc.stderr))
    with open(os.path.join(work, "r.json"), encoding="utf-8") as f:
        report = json.load(f)
    with open(os.path.join(work, "r.sarif"), encoding="utf-8") as f:
        sarif = json.load(f)
    return report, sarif


def fingerprints(sarif):
    return sorted((r["ruleId"], r["partialFingerprints"]["figcheck/v1"]) for r in sarif["runs"][0]["results"])


def main(figcheck, source, work):
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    shutil.copy(os.path.join(source, "facts/hankyung-2020-china-ai-sanctions.yaml"), os.path.join(work, "seed.yaml"))
    shutil.copy(os.path.join(source, "tests/golden/cli/check-findings/findings.yaml"), os.path.join(work, "findings.yaml"))
    with open(os.path.join(work, "seed.yaml"), encoding="utf-8") as f:
        seed = f.read()
    with open(os.path.join(work, "invalid.yaml"), "w", encoding="utf-8") as f:
        f.write("article: {id: x, publishd: 2020-07-29}\nfacts: []\n")
    with open(os.path.join(work, "draft.yaml"), "w", encoding="utf-8") as f:
        f.write(seed.replace("  - id: sensetime-valuation\n",
                             "  - id: sensetime-valuation\n    draft: 'conversion: check the figures'\n", 1))
    problems = []
    inputs = ["seed.yaml", "findings.yaml", "invalid.yaml", "draft.yaml"]
    report, sarif = run_check(figcheck, work, inputs)
    validate(os.path.join(source, "docs/report.schema.json"), report, "r.json", problems)
    validate(os.path.join(source, "tests/report/sarif-schema-2.1.0.json"), sarif, "r.sarif", problems)
    codes = {f["code"] for file in report["files"] for fact in file["facts"] for f in fact["findings"]}
    for expected in ("unit-slip", "rate-deviation"):
        if expected not in codes:
            problems.append("r.json: no %s finding to validate" % expected)

    xsd = subprocess.run(["xmllint", "--noout", "--schema", os.path.join(source, "tests/report/junit-10.xsd"), "r.xml"],
                         cwd=work, capture_output=True, text=True)
    if xsd.returncode != 0:
        problems.append("r.xml is not valid against junit-10.xsd:\n" + xsd.stderr)
    root = ET.parse(os.path.join(work, "r.xml")).getroot()
    cases = root.iter("testcase")
    count = 0
    for case in cases:
        count += 1
        extra = set(case.attrib) - TESTCASE_ATTRIBUTES
        if extra:
            problems.append("testcase %s has attributes %s" % (case.get("name"), sorted(extra)))
        if case.get("time") is None:
            problems.append("testcase %s has no time" % case.get("name"))
    if count < 10:
        problems.append("only %d testcases" % count)

    # GitLab Code Quality, converted from the SARIF report by ci/sarif-to-codequality.jq.
    if shutil.which("jq"):
        jq = subprocess.run(["jq", "-f", os.path.join(source, "ci/sarif-to-codequality.jq"), "r.sarif"], cwd=work,
                            capture_output=True, text=True)
        quality = json.loads(jq.stdout) if jq.returncode == 0 else None
        if not isinstance(quality, list) or len(quality) != len(sarif["runs"][0]["results"]):
            problems.append("code quality conversion failed: %s" % jq.stderr)
        else:
            prints = [q["fingerprint"] for q in quality]
            if len(set(prints)) != len(prints):
                problems.append("code quality fingerprints are not unique")
            for q in quality:
                if q["severity"] not in ("info", "minor", "major", "critical", "blocker") or \
                        not isinstance(q["location"]["lines"]["begin"], int) or not q["description"] or \
                        not q["check_name"] or not q["location"]["path"]:
                    problems.append("code quality entry: %s" % q)
    else:
        problems.append("jq is not installed (apt-get install jq): the GitLab code-quality recipe needs it")

    # SARIF fingerprints hold no line numbers: the same findings, every fact moved down 3 lines.
    before = fingerprints(sarif)
    for name in ("seed.yaml", "findings.yaml", "draft.yaml"):
        path = os.path.join(work, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write("# moved\n# down\n# three lines\n" + text)
    _, shifted = run_check(figcheck, work, inputs)
    after = fingerprints(shifted)
    lines_before = sorted(r["locations"][0]["physicalLocation"].get("region", {}).get("startLine", 0)
                          for r in sarif["runs"][0]["results"] if r["ruleId"] != "input-error")
    lines_after = sorted(r["locations"][0]["physicalLocation"].get("region", {}).get("startLine", 0)
                         for r in shifted["runs"][0]["results"] if r["ruleId"] != "input-error")
    if before != after:
        problems.append("partialFingerprints changed when the facts moved down:\n%s\n%s" % (before, after))
    if [l + 3 for l in lines_before] != lines_after:
        problems.append("the results did not move down 3 lines: %s -> %s" % (lines_before, lines_after))

    for p in problems:
        print(p)
    if problems:
        return 1
    print("ok: JSON schema, SARIF schema and fingerprints, JUnit XSD (%d testcases)" % count)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

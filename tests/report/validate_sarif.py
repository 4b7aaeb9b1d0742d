#!/usr/bin/env python3
"""Validates a SARIF file against the SARIF 2.1.0 JSON schema, then checks what GitHub code
scanning relies on: rules indexed consistently, a fingerprint per result, relative locations.

usage: validate_sarif.py SCHEMA SARIF   (exit 77 = skipped: python3-jsonschema is not installed)
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("SKIPPED: python3-jsonschema is not installed (apt-get install python3-jsonschema)")
    sys.exit(77)


def main(schema_path, sarif_path):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    with open(sarif_path, encoding="utf-8") as f:
        sarif = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(sarif), key=lambda e: list(e.absolute_path))
    for error in errors:
        print("schema error at /%s: %s" % ("/".join(map(str, error.absolute_path)), error.message))
    if errors:
        return 1

    problems = []
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    rule_ids = [r["id"] for r in rules]
    if len(set(rule_ids)) != len(rule_ids):
        problems.append("rule ids are not unique")
    if "input-error" not in rule_ids:
        problems.append("no input-error rule")
    for rule in rules:
        for key in ("shortDescription", "fullDescription", "help", "defaultConfiguration"):
            if key not in rule:
                problems.append("rule %s has no %s" % (rule["id"], key))
    fingerprints = set()
    for i, result in enumerate(run["results"]):
        if rules[result["ruleIndex"]]["id"] != result["ruleId"]:
            problems.append("result %d: ruleIndex does not point at ruleId %s" % (i, result["ruleId"]))
        fp = result.get("partialFingerprints", {}).get("figcheck/v1")
        if not fp:
            problems.append("result %d has no figcheck/v1 fingerprint" % i)
        elif fp in fingerprints:
            problems.append("result %d repeats fingerprint %s" % (i, fp))
        fingerprints.add(fp)
        artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
        if artifact.get("uriBaseId") != "%SRCROOT%" and not artifact["uri"].startswith("file://"):
            problems.append("result %d: relative uri without %%SRCROOT%%" % i)
    for p in problems:
        print(p)
    if problems:
        return 1
    print("ok: %s is valid SARIF 2.1.0 (%d rules, %d results)" % (sarif_path, len(rules), len(run["results"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))

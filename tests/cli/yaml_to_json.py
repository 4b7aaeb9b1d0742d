#!/usr/bin/env python3
"""Writes each YAML fact file given as one line of JSON, to test that `figcheck check --ndjson`
gives the verdicts of the YAML: every scalar keeps its text (a plain number stays a JSON number
written as in the YAML, 1.10 and 8950.0 included; a quoted one stays a string; true, false and
null only where the YAML text says exactly that), so the loader reads the same texts either way.

Prints "path<TAB>json" per file; a file that is not a single YAML mapping the JSON can hold
(aliases, non-text keys, several documents, too deep) is left out.
"""
import json
import re
import sys

import yaml

NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?\Z")
NULLS = {"", "~", "null", "Null", "NULL"}


def emit(node):
    if isinstance(node, yaml.MappingNode):
        parts = []
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                raise ValueError("a key that is not text")
            parts.append(json.dumps(key.value, ensure_ascii=False) + ":" + emit(value))
        return "{" + ",".join(parts) + "}"
    if isinstance(node, yaml.SequenceNode):
        return "[" + ",".join(emit(v) for v in node.value) + "]"
    text, plain = node.value, node.style is None
    if plain and node.tag.endswith((":int", ":float")) and NUMBER.match(text):
        return text
    if plain and node.tag.endswith(":bool") and text in ("true", "false"):
        return text
    if plain and node.tag.endswith(":null") and text in NULLS:
        return "null"
    return json.dumps(text, ensure_ascii=False)


for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
        if any(isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, Loader=yaml.SafeLoader)):
            continue
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        if not isinstance(root, yaml.MappingNode):
            continue
        line = emit(root)
    except (yaml.YAMLError, ValueError, RecursionError, UnicodeDecodeError):
        continue
    print(path + "\t" + line)

#!/usr/bin/env python3
"""Run figcheck the way a user does on every real article of tests/articles/ and score it
against the hand labels (labels.yaml; see README.md).

    python3 tests/articles/evaluate.py --figcheck build/figcheck            # table
    python3 tests/articles/evaluate.py --figcheck build/figcheck --json     # machine-readable
    python3 tests/articles/evaluate.py --figcheck build/figcheck --floors tests/articles/floors.yaml
    python3 tests/articles/evaluate.py --figcheck build/figcheck --misses   # every miss, one per line

For each article, in a temporary folder:
    figcheck extract --published DATE article.txt -o draft.yaml
    figcheck check draft.yaml --allow-drafts --format json   (drafts as they stand, like the one-step check)
Draft facts are matched to labels by the printed figures (their values, read the way
label_helper.py reads them) and the article line. With --floors the exit status is 1 when a
metric is below its floor (or a ceiling metric above its ceiling), 0 otherwise; 77 when PyYAML
is missing (ctest reports the test as skipped).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from decimal import Decimal as D

try:
    import yaml
except ImportError:  # pragma: no cover - reported to ctest as "skipped"
    print("evaluate.py: PyYAML (Debian python3-yaml) is not installed", file=sys.stderr)
    sys.exit(77)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import label_helper  # noqa: E402  (the same figure reader the labels were computed with)

WRONG_NEEDS_ERROR = ("slip", "wrong-currency", "far", "transposed")


def value(text):
    try:
        return label_helper.parse_figure(str(text))[0]
    except (ValueError, ArithmeticError):
        return None


def change_value(text):
    try:
        v = label_helper.change_interval(str(text))[0]
        return abs(v)
    except (ValueError, ArithmeticError):
        return None


def line_of(text, span):
    if not span:
        return None
    return text.count("\n", 0, int(span[0])) + 1


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def article_dirs(root):
    return sorted(os.path.join(root, d) for d in os.listdir(root)
                  if os.path.isfile(os.path.join(root, d, "labels.yaml")))


def pick(candidates, used, line):
    """The first unused candidate on the labelled line, else the first unused one."""
    free = [c for c in candidates if id(c) not in used]
    on_line = [c for c in free if c["_line"] == line]
    chosen = (on_line or free or [None])[0]
    if chosen is not None:
        used.add(id(chosen))
    return chosen


def evaluate_article(figcheck, d):
    with open(os.path.join(d, "labels.yaml"), encoding="utf-8") as f:
        labels = yaml.safe_load(f)
    with open(os.path.join(d, "source.yaml"), encoding="utf-8") as f:
        source = yaml.safe_load(f)
    article = os.path.join(d, "article.txt")
    with open(article, encoding="utf-8") as f:
        text = f.read()
    name = os.path.basename(d)
    r = {"id": name, "language": source.get("language"), "labelled": source.get("labelled"),
         "published": str(labels["published"]), "misses": []}
    miss = r["misses"].append

    with tempfile.TemporaryDirectory(prefix="figcheck-articles-") as tmp:
        draft_path = os.path.join(tmp, "draft.yaml")
        rc_x, _, err_x = run([figcheck, "extract", "--published", str(labels["published"]), article, "-o", draft_path], tmp)
        r["extract_exit"] = rc_x
        draft = {}
        if rc_x == 0 and os.path.exists(draft_path):
            with open(draft_path, encoding="utf-8") as f:
                draft = yaml.safe_load(f) or {}
            rc_c, out_c, err_c = run([figcheck, "check", draft_path, "--allow-drafts", "--format", "json"], tmp)
        else:
            rc_c, out_c, err_c = None, "", ""
            miss(f"{name}: extract exited {rc_x}: {err_x.strip()[:200]}")
        r["check_exit"] = rc_c
        if rc_c not in (None, 0, 1):
            miss(f"{name}: check exited {rc_c}: {err_c.strip()[:200]}")
        report = {}
        if out_c.strip():
            try:
                report = json.loads(out_c)
            except json.JSONDecodeError:
                miss(f"{name}: check --format json printed no JSON")
        # The one-step check of the article (#17) must give the same verdicts as extract + check.
        rc_1, out_1, err_1 = run([figcheck, "check", article, "--published", str(labels["published"]),
                                  "--format", "json"], tmp)
        try:
            one_step = json.loads(out_1) if out_1.strip() else {}
        except json.JSONDecodeError:
            one_step = {}
        r["one_step_differs"] = int(rc_1 != rc_c or verdicts(one_step) != verdicts(report))
        if r["one_step_differs"]:
            miss(f"{name}: the one-step check (exit {rc_1}) differs from extract + check (exit {rc_c}): "
                 f"{sorted(verdicts(one_step) ^ verdicts(report))[:4]} {err_1.strip()[:200]}")

    facts = draft.get("facts") or []
    for fct in facts:
        fct["_line"] = line_of(text, fct.get("span"))
    status = {}
    article_findings = []
    later = set()
    for fl in report.get("files", []):
        for fct in fl.get("facts", []):
            status[fct["id"]] = (fct.get("status"), [(g.get("code"), g.get("severity")) for g in fct.get("findings", [])])
            for g in fct.get("findings", []):
                later |= later_dates(g, r["published"])
        article_findings += [(g.get("code"), g.get("severity")) for g in fl.get("findings", [])]
        for g in fl.get("findings", []):
            later |= later_dates(g, r["published"])
    r["future_dates"] = len(later)
    for day in sorted(later):
        miss(f"{name}: a finding names {day}, after the publication day {r['published']}")

    draft_conv = [f for f in facts if "amount" in f and "converted" in f]
    draft_growth = [f for f in facts if "change" in f and "current" in f]

    # Conversions.
    used = set()
    conv = labels.get("conversions") or []
    r.update(conv_labelled=len(conv), conv_found=0, conv_draft=len(draft_conv), correct_labelled=0,
             correct_checked=0, false_alarms=0, wrong_labelled=0, wrong_caught=0)
    for c in conv:
        av, cv = value(c["amount"]), value(c["converted"])
        cands = [f for f in draft_conv if value(f["amount"]) == av and value(f["converted"]) == cv]
        f = pick(cands, used, c["line"])
        verdict = c["verdict"]
        if verdict == "correct":
            r["correct_labelled"] += 1
        else:
            r["wrong_labelled"] += 1
        if f is None:
            miss(f"{name}:{c['line']}: conversion not extracted: {c['amount']} -> {c['converted']} ({verdict})")
            continue
        r["conv_found"] += 1
        st, findings = status.get(f["id"], (None, []))
        if verdict == "correct":
            if st in ("ok", "warning", "error"):
                r["correct_checked"] += 1
            if st in ("warning", "error"):
                r["false_alarms"] += 1
                miss(f"{name}:{c['line']}: FALSE ALARM ({st}) on a correct figure: {c['amount']} -> {c['converted']}: "
                     + ", ".join(f"{code}/{sev}" for code, sev in findings if sev != "note"))
        else:
            need = ("error",) if verdict in WRONG_NEEDS_ERROR else ("warning", "error")
            if st in need:
                r["wrong_caught"] += 1
            else:
                miss(f"{name}:{c['line']}: wrong figure ({verdict}) not flagged as {'/'.join(need)} (status {st}): "
                     f"{c['amount']} -> {c['converted']}")
    spurious = [f for f in draft_conv if id(f) not in used]
    for f in spurious:
        miss(f"{name}:{f['_line']}: extracted conversion not in the labels: {f['amount']} -> {f['converted']}")

    # Growth.
    used = set()
    growth = [g for g in labels.get("growth") or [] if g.get("money", True)]
    r.update(growth_labelled=len(growth), growth_found=0, growth_prev_labelled=0, growth_prev_linked=0,
             growth_prev_checked=0, growth_wrong_labelled=0, growth_wrong_caught=0)
    for g in growth:
        cur, ch = value(g["current"]), change_value(g["change"])
        cands = [f for f in draft_growth if value(f["current"]) == cur and (ch is None or change_value(f["change"]) == ch)]
        f = pick(cands, used, g["line"])
        if g.get("previous_printed"):
            r["growth_prev_labelled"] += 1
        if g.get("verdict") == "wrong" and g.get("previous_printed"):
            r["growth_wrong_labelled"] += 1
        if f is None:
            miss(f"{name}:{g['line']}: growth not extracted: {g.get('previous')} -> {g['current']} ({g['change']})".replace("\n", " "))
            continue
        r["growth_found"] += 1
        if not g.get("previous_printed"):
            continue
        if f.get("previous") is None or value(f["previous"]) != value(g["previous"]):
            miss(f"{name}:{g['line']}: growth found but its printed previous figure {g['previous']} is not linked")
            continue
        r["growth_prev_linked"] += 1
        st, findings = status.get(f["id"], (None, []))
        if st in ("ok", "warning", "error"):
            r["growth_prev_checked"] += 1
        if g.get("verdict") == "wrong":
            if st == "error":
                r["growth_wrong_caught"] += 1
            else:
                miss(f"{name}:{g['line']}: wrong growth figure not an error (status {st}): {g['change']}")
        elif st in ("warning", "error"):
            r["false_alarms"] += 1
            miss(f"{name}:{g['line']}: FALSE ALARM ({st}) on a correct growth figure: {g['change']}")

    r["all_correct"] = bool(conv) and all(c["verdict"] == "correct" for c in conv)
    r["mixed_rates_warning"] = any(code == "mixed-rates" and sev in ("warning", "error") for code, sev in article_findings)
    if r["all_correct"] and r["mixed_rates_warning"]:
        miss(f"{name}: mixed-rates warning on an article whose conversions are all correct")
    r["exit2"] = int(r["extract_exit"] == 2 or r["check_exit"] == 2)
    r["crashed"] = int(r["extract_exit"] not in (0, 1, 2) or r["check_exit"] not in (None, 0, 1, 2))
    return r


DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


def verdicts(report):
    """Every fact's id, status and finding codes with severities, and the article's findings:
    what must not change between the one-step check and extract + check."""
    out = set()
    for fl in report.get("files", []):
        for fct in fl.get("facts", []):
            codes = tuple(sorted((g.get("code"), g.get("severity")) for g in fct.get("findings", [])))
            out.add((fct.get("id"), fct.get("status"), codes))
        out |= {("(article)", g.get("code"), g.get("severity")) for g in fl.get("findings", [])}
    return out


def later_dates(finding, published):
    """Days after publication that a finding's message or details name (issue #13: a rate day
    after publication is impossible, nothing may suggest one)."""
    text = " ".join([str(finding.get("message", ""))] + [str(d) for d in finding.get("details") or []])
    return {d for d in DATE.findall(text) if d > published}


def ratio(a, b):
    return round(a / b, 4) if b else None


def summarise(rows):
    s = {}
    for k in ("conv_labelled", "conv_found", "conv_draft", "correct_labelled", "correct_checked", "false_alarms",
              "wrong_labelled", "wrong_caught", "growth_labelled", "growth_found", "growth_prev_labelled",
              "growth_prev_linked", "growth_prev_checked", "growth_wrong_labelled", "growth_wrong_caught",
              "exit2", "crashed", "future_dates", "one_step_differs"):
        s[k] = sum(r[k] for r in rows)
    s["articles"] = len(rows)
    s["articles_ko"] = sum(r["language"] == "ko" for r in rows)
    s["articles_en"] = sum(r["language"] == "en" for r in rows)
    s["articles_blind"] = sum(r["labelled"] == "blind" for r in rows)
    s["all_correct_articles"] = sum(r["all_correct"] for r in rows)
    s["mixed_rates_on_all_correct"] = sum(r["all_correct"] and r["mixed_rates_warning"] for r in rows)
    s["conversion_recall"] = ratio(s["conv_found"], s["conv_labelled"])
    s["conversion_precision"] = ratio(s["conv_found"], s["conv_draft"])
    s["growth_recall"] = ratio(s["growth_found"], s["growth_labelled"])
    s["growth_prev_recall"] = ratio(s["growth_prev_linked"], s["growth_prev_labelled"])
    for lang in ("ko", "en"):
        part = [r for r in rows if r["language"] == lang]
        s[f"conversion_recall_{lang}"] = ratio(sum(r["conv_found"] for r in part), sum(r["conv_labelled"] for r in part))
    return s


def table(rows, s):
    head = f"{'article':48} {'conv':>7} {'draft':>5} {'growth':>7} {'prev':>5} {'alarm':>5} {'wrong':>6} {'mixed':>5} {'exit':>5}"
    out = [head, "-" * len(head)]
    for r in rows:
        out.append(f"{r['id'][:48]:48} {r['conv_found']:>3}/{r['conv_labelled']:<3} {r['conv_draft']:>5} "
                   f"{r['growth_found']:>3}/{r['growth_labelled']:<3} {r['growth_prev_linked']:>2}/{r['growth_prev_labelled']:<2} "
                   f"{r['false_alarms']:>5} {r['wrong_caught']:>2}/{r['wrong_labelled']:<3} "
                   f"{('W' if r['mixed_rates_warning'] else '-'):>5} {str(r['extract_exit']) + '/' + str(r['check_exit']):>5}")
    out.append("-" * len(head))
    out.append(f"articles {s['articles']} (ko {s['articles_ko']}, en {s['articles_en']}; labelled blind {s['articles_blind']})")
    out.append(f"conversions: found {s['conv_found']}/{s['conv_labelled']} (recall {s['conversion_recall']}; "
               f"ko {s['conversion_recall_ko']}, en {s['conversion_recall_en']}), precision {s['conv_found']}/{s['conv_draft']} = {s['conversion_precision']}")
    out.append(f"growth: found {s['growth_found']}/{s['growth_labelled']}; with a printed previous figure: linked "
               f"{s['growth_prev_linked']}/{s['growth_prev_labelled']}, checked {s['growth_prev_checked']}; "
               f"wrong growth caught {s['growth_wrong_caught']}/{s['growth_wrong_labelled']}")
    out.append(f"false alarms (warning/error on a figure labelled correct): {s['false_alarms']} "
               f"(on {s['correct_checked']} correct conversions checked)")
    out.append(f"wrong conversions caught: {s['wrong_caught']}/{s['wrong_labelled']}")
    out.append(f"mixed-rates warnings on all-correct articles: {s['mixed_rates_on_all_correct']}/{s['all_correct_articles']}")
    out.append(f"findings naming a day after publication: {s['future_dates']}")
    out.append(f"exit-2 runs: {s['exit2']}; crashes: {s['crashed']}")
    return "\n".join(out)


def check_floors(s, floors):
    failures = []
    for k, v in (floors.get("min") or {}).items():
        if s.get(k) is None or D(str(s[k])) < D(str(v)):
            failures.append(f"{k} = {s.get(k)} is below its floor {v}")
    for k, v in (floors.get("max") or {}).items():
        if s.get(k) is None or D(str(s[k])) > D(str(v)):
            failures.append(f"{k} = {s.get(k)} is above its ceiling {v}")
    return failures


FLOOR_TEMPLATE = """\
# Ratchet for the real-article set (tests/articles/README.md). The ctest `articles.evaluate`
# fails when a `min` metric falls below its floor or a `max` metric rises above its ceiling.
# Floors are what main measured when they were last set; whoever improves a metric raises its
# floor (or lowers its ceiling) in the same commit, and whoever adds articles re-measures:
#   python3 tests/articles/evaluate.py --figcheck build/figcheck --write-floors tests/articles/floors.yaml
# (review the diff: a floor must never go down to make a regression pass). The `max` metrics
# count the checker's problems on the figures the extractor delivers: an extraction change that
# finds more figures can raise them without any checker regression (more correct figures reach
# a checker that still over-warns). Such a commit re-measures and says so; a checker change
# never raises them. Targets from issues #13 and #14 are in the comments.
# Measured on {commit} with {articles} articles.
min:
  articles: {articles}  # the set only grows
  conv_found: {conv_found}  # of {conv_labelled} labelled conversion pairs
  conversion_recall: {conversion_recall}  # target (#14): >= 0.97
  conversion_precision: {conversion_precision}  # target (#14): >= 0.98
  growth_found: {growth_found}  # of {growth_labelled} labelled changes of a money figure
  growth_prev_linked: {growth_prev_linked}  # of {growth_prev_labelled} with the previous figure printed; target (#14): >= 0.9 of them
  growth_prev_checked: {growth_prev_checked}  # target (#13/#14): every linked one recomputed by check
  growth_wrong_caught: {growth_wrong_caught}  # of {growth_wrong_labelled}; target (#13): every wrong growth figure an error
  wrong_caught: {wrong_caught}  # of {wrong_labelled}; target (#13): every slip/wrong currency/far/transposed an error, stale at least a warning
  correct_checked: {correct_checked}  # correct conversions that reached the checker
max:
  false_alarms: {false_alarms}  # target (#13): 0 on this set (<= 1 per 50 correct conversions on the withheld one)
  mixed_rates_on_all_correct: {mixed_rates_on_all_correct}  # of {all_correct_articles} all-correct articles; target (#13): <= 1 in 20
  future_dates: {future_dates}  # findings naming a day after publication; target (#13): 0
  exit2: {exit2}
  crashed: {crashed}
  one_step_differs: {one_step_differs}  # articles whose one-step check differs from extract + check; target (#17): 0
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--figcheck", required=True, help="the figcheck binary")
    ap.add_argument("--articles", default=HERE, help="folder of article folders (default: this script's)")
    ap.add_argument("--json", action="store_true", help="print the summary and every article's counts as JSON")
    ap.add_argument("--misses", action="store_true", help="list every miss, false alarm and spurious fact")
    ap.add_argument("--floors", help="floors.yaml: fail (exit 1) when a metric is below its floor")
    ap.add_argument("--write-floors", metavar="FILE", help="write the measured metrics as a floors file (review the diff)")
    ap.add_argument("--commit", default="the current tree", help="what --write-floors says was measured")
    a = ap.parse_args()
    figcheck = os.path.abspath(a.figcheck)
    if not os.access(figcheck, os.X_OK):
        print(f"evaluate.py: {a.figcheck} is not an executable", file=sys.stderr)
        return 2
    rows = [evaluate_article(figcheck, d) for d in article_dirs(a.articles)]
    s = summarise(rows)
    if a.json:
        print(json.dumps({"summary": s, "articles": rows}, ensure_ascii=False, indent=2))
    else:
        print(table(rows, s))
    if a.misses:
        print("\nmisses:")
        for r in rows:
            for m in r["misses"]:
                print("  " + m)
    if a.write_floors:
        with open(a.write_floors, "w", encoding="utf-8") as f:
            f.write(FLOOR_TEMPLATE.format(commit=a.commit, **s))
    if a.floors:
        with open(a.floors, encoding="utf-8") as f:
            floors = yaml.safe_load(f) or {}
        failures = check_floors(s, floors)
        for fl in failures:
            print("BELOW FLOOR: " + fl, file=sys.stderr)
        if failures:
            print("(a `max` metric counts the checker's problems on the figures extracted: if an extraction change "
                  "made more figures reach the checker, re-measure with --write-floors and say so in the commit; "
                  "see tests/articles/README.md)", file=sys.stderr)
            return 1
        print(f"every metric meets its floor ({a.floors})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

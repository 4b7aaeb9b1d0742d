#!/usr/bin/env python3
"""Arithmetic behind the hand-made labels of the real-article set (tests/articles/).

Exact decimal arithmetic only (Python `decimal`, no binary floating point). For every labelled
conversion it reads the printed figures, the interval each covers as printed (see README.md,
"How the labels were made"), the implied rate interval, and the reference rates of the
publication day and the 5 business days before it from the repository's own rate tables
(rates/fred_h10.csv: FRED H.10 noon rates in New York; rates/ecb_reference.csv: ECB reference
rates), and says how far the printed figure is from the nearest of them. For every labelled
growth figure whose previous figure is printed it recomputes the change.

    python3 tests/articles/label_helper.py show  tests/articles/<id> ...   # print the arithmetic
    python3 tests/articles/label_helper.py fill  tests/articles/<id> ...   # write `arithmetic:` into labels.yaml
    python3 tests/articles/label_helper.py check tests/articles            # every `arithmetic:` is what the tables give

The verdict itself (`verdict:`) is written by a person; `fill` never changes it. `check` fails when
a stored `arithmetic:` differs from a fresh computation (a changed rate table or a changed label)
and when a labelled figure is not printed on the line the label names.
"""
import csv
import datetime as dt
import decimal
import functools
import os
import re
import sys
from decimal import Decimal as D

try:
    import yaml
except ImportError:  # pragma: no cover - reported to ctest as "skipped"
    print("label_helper.py: PyYAML (Debian python3-yaml) is not installed", file=sys.stderr)
    sys.exit(77)

decimal.getcontext().prec = 50
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RATES = os.path.join(ROOT, "rates")
WINDOW_BUSINESS_DAYS = 5          # the publication day and the 5 business days before it
HUNDRED = D(100)

# ---------------------------------------------------------------------------------------------
# Reference rates: value of one unit of BASE in QUOTE, per day, per source.

_fred = None
_ecb = None


def _load():
    global _fred, _ecb
    if _fred is not None:
        return
    _fred = {}
    with open(os.path.join(RATES, "fred_h10.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            day = row["observation_date"]
            _fred[day] = {k: D(v) for k, v in row.items() if k != "observation_date" and v}
    _ecb = {}
    with open(os.path.join(RATES, "ecb_reference.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            day = row["date"]
            per_eur = {"EUR": D(1)}
            for k, v in row.items():
                if k.endswith("_per_EUR") and v:
                    per_eur[k[:3]] = D(v)
            _ecb[day] = per_eur


@functools.lru_cache(maxsize=None)
def rate_sources(base, quote, day):
    """{source name: value of 1 BASE in QUOTE} on `day` (ISO string) from each table that has it."""
    _load()
    out = {}
    f = _fred.get(day, {})
    usd = {"USD": D(1)}
    if "DEXKOUS" in f:
        usd["KRW"] = f["DEXKOUS"]
    if "DEXCHUS" in f:
        usd["CNY"] = f["DEXCHUS"]
    if "DEXUSEU" in f:
        usd["EUR"] = D(1) / f["DEXUSEU"]
    if base in usd and quote in usd and base != quote:
        out["FRED H.10"] = usd[quote] / usd[base]
    e = _ecb.get(day, {})
    if base in e and quote in e and base != quote:
        out["ECB"] = e[quote] / e[base]
    return out


def business_days_back(day, n):
    """`day` (if a weekday) and the n weekdays before it, newest first."""
    d = dt.date.fromisoformat(day)
    out = []
    while len(out) < n + 1:
        if d.weekday() < 5:
            out.append(d.isoformat())
        d -= dt.timedelta(days=1)
    return out


def window_rates(base, quote, published):
    rows = []
    for day in business_days_back(published, WINDOW_BUSINESS_DAYS):
        for src, v in rate_sources(base, quote, day).items():
            rows.append((day, src, v))
    return rows


# ---------------------------------------------------------------------------------------------
# Figures as printed.

FULLWIDTH = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９，．"}
KO_BIG = {"경": D(10) ** 16, "조": D(10) ** 12, "억": D(10) ** 8, "만": D(10) ** 4}
KO_SMALL = {"천": D(1000), "백": D(100), "십": D(10)}
EN_UNITS = {"thousand": D(10) ** 3, "million": D(10) ** 6, "mln": D(10) ** 6, "mn": D(10) ** 6,
            "m": D(10) ** 6, "billion": D(10) ** 9, "bln": D(10) ** 9, "bn": D(10) ** 9,
            "b": D(10) ** 9, "trillion": D(10) ** 12, "tln": D(10) ** 12, "tr": D(10) ** 12,
            "quadrillion": D(10) ** 15}
APPROX_WORDS = ("약", "about", "around", "approximately", "nearly", "some ", "roughly", "almost",
                "more than", "over ", "이상", "가량", "여", "정도", "근", "대략")


def _ko_small(text):
    """'2천500' -> 2500, '12.5' -> 12.5, '1천39' -> 1039."""
    total = D(0)
    rest = text
    for ch, mult in KO_SMALL.items():
        if ch in rest:
            head, rest = rest.split(ch, 1)
            total += (D(head) if head else D(1)) * mult
    if rest:
        total += D(rest)
    return total


def parse_figure(text):
    """(value, unit of the last significant digit) of a printed money figure."""
    t = text.translate(FULLWIDTH).replace(",", "").replace("·", "")
    t = re.sub(r"(?<=[0-9])-(?=[A-Za-z])", " ", t)        # '14-trillion-won', '$11-billion'
    t = re.sub(r"(?<=[0-9])여\s*(?=[경조억만천])", "", t)    # '23억8000여 만원' is 23억8000만원 and more
    m = re.search(r"[0-9][0-9.]*\s*(?:[천백십]\s*[0-9.]*)*\s*(?:[경조억만]\s*(?:[0-9][0-9.]*\s*(?:[천백십]\s*[0-9.]*)*\s*[경조억만]?\s*)*)?", t)
    if m and re.search(r"[경조억만천백]", m.group(0)):
        s = re.sub(r"\s+", "", m.group(0))
        value = D(0)
        rest = s
        for ch, mult in KO_BIG.items():
            if ch in rest:
                head, rest = rest.split(ch, 1)
                value += _ko_small(head) * mult
        if rest:
            value += _ko_small(rest)
    else:
        m = re.search(r"([0-9][0-9.]*)\s*(quadrillion|trillion|billion|million|thousand|bln|mln|tln|bn|mn|tr|m|b)?\b",
                      t, re.IGNORECASE)
        if not m:
            raise ValueError(f"no number in {text!r}")
        value = D(m.group(1)) * EN_UNITS.get((m.group(2) or "").lower(), D(1))
    if value == 0:
        return value, D(1)
    exp = value.normalize().as_tuple().exponent
    return value, D(10) ** exp


def is_approx(text):
    low = text.lower()
    return any(w in low for w in APPROX_WORDS)


def interval(text, exact_unless_approx):
    """[low, high] the printed figure stands for. A converted figure is a rounded figure: half a
    unit of its last significant (non-zero) digit either side. An amount is taken as exact unless
    it carries 약/about/nearly..., then the same rule applies."""
    v, unit = parse_figure(text)
    if exact_unless_approx and not is_approx(text):
        return v, v, v
    half = unit / 2
    return v, v - half, v + half


def fmt(x, places=4):
    q = D(1).scaleb(-places)
    return str(x.quantize(q, rounding=decimal.ROUND_HALF_EVEN))


def pct(x):
    return fmt(x * HUNDRED, 2) + "%"


# ---------------------------------------------------------------------------------------------
# Conversions.

def conversion_arithmetic(item, published):
    base, quote = item["pair"].split("/")
    a, a_lo, a_hi = interval(item["amount"], True)
    c, c_lo, c_hi = interval(item["converted"], False)
    point = c / a
    lo, hi = c_lo / a_hi, c_hi / a_lo
    rows = window_rates(base, quote, published)
    if not rows:
        return {"implied_rate": fmt(point), "error": f"no {base}/{quote} reference rate in the window"}
    unit = f"{quote} per {base}"
    flip = rows[0][2] < 1      # show rates the way they are quoted: KRW per USD, not USD per KRW
    if flip:
        unit = f"{base} per {quote}"
        point, lo, hi = 1 / point, 1 / hi, 1 / lo
        rows = [(day, src, 1 / v) for day, src, v in rows]
    values = [v for _, _, v in rows]
    wmin, wmax = min(values), max(values)
    nearest = min(rows, key=lambda r: abs(r[2] - point))
    if hi < wmin:
        off = (hi - wmin) / wmin
    elif lo > wmax:
        off = (lo - wmax) / wmax
    else:
        off = D(0)
    out = {
        "rate_unit": unit,
        "implied_rate": fmt(point),
        "implied_interval": f"[{fmt(lo)}, {fmt(hi)}]",
        "window": f"{rows[-1][0]}..{rows[0][0]}: {fmt(wmin)}–{fmt(wmax)} ({', '.join(sorted({s for _, s, _ in rows}))})",
        "nearest_rate": f"{fmt(nearest[2])} ({nearest[1]}, {nearest[0]})",
        "point_off": pct((point - nearest[2]) / nearest[2]),
        "interval_off": pct(off),
    }
    # Power-of-ten: does point / 10^k land in the window?
    for k in (-4, -3, -2, -1, 1, 2, 3, 4):
        scaled = point / (D(10) ** k)
        if wmin * D("0.95") <= scaled <= wmax * D("1.05"):
            out["power_of_ten"] = f"10^{k}: {fmt(scaled)}"
    # The most recent earlier day (up to 3 years back) whose rate lies inside the implied interval.
    if off != 0:
        d = dt.date.fromisoformat(rows[-1][0]) - dt.timedelta(days=1)
        for _ in range(3 * 366):
            for src, v in rate_sources(base, quote, d.isoformat()).items():
                v = 1 / v if flip else v
                if lo <= v <= hi:
                    out["matches_earlier"] = f"{fmt(v)} ({src}, {d.isoformat()})"
                    break
            if "matches_earlier" in out:
                break
            d -= dt.timedelta(days=1)
    return out


# ---------------------------------------------------------------------------------------------
# Growth.

DECREASE = ("감소", "줄", "하락", "떨어", "down", "fell", "fall", "decline", "decrease", "drop", "lower",
            "shrank", "slid", "slump", "plunge", "plummet", "tumble", "sank", "lost", "dip", "-", "−", "↓", "축소", "급감", "낮")


def change_interval(text):
    t = text.translate(FULLWIDTH)
    m = re.search(r"([0-9][0-9.]*)\s*(%|percent|per cent|pct|퍼센트)", t)
    if m:
        v = D(m.group(1))
        exp = v.as_tuple().exponent
        half = D(10) ** exp / 2
        sign = -1 if any(w in t.lower() for w in DECREASE) else 1
        return sign * v, sign * v - half, sign * v + half
    m = re.search(r"([0-9][0-9.]*)\s*배", t)
    if m:   # N배: N times the previous figure, change (N-1)*100%
        v = (D(m.group(1)) - 1) * HUNDRED
        return v, v - 50, v + 50
    if "배" in t:   # '배 가까이 늘어': nearly double, taken as 1.8x to 2x
        return HUNDRED, D(80), HUNDRED if "가까이" in t else D(150)
    raise ValueError(f"no change in {text!r}")


def growth_arithmetic(item):
    if not item.get("previous_printed") or not item.get("previous"):
        return {"note": "previous figure not printed: the change cannot be recomputed from the text"}
    p, p_lo, p_hi = interval(item["previous"], False)
    c, c_lo, c_hi = interval(item["current"], False)
    if p == 0:
        return {"note": "previous figure is zero"}
    actual = (c - p) / p * HUNDRED
    # Bounds over the rounding intervals; previous and current are both positive here.
    lo = (c_lo - p_hi) / p_hi * HUNDRED
    hi = (c_hi - p_lo) / p_lo * HUNDRED
    s, s_lo, s_hi = change_interval(item["change"])
    holds = not (s_hi < lo or s_lo > hi)
    return {"recomputed_change": fmt(actual, 2) + "%", "range_after_rounding": f"[{fmt(lo, 2)}%, {fmt(hi, 2)}%]",
            "stated": fmt(s, 2) + "%", "holds": holds}


# ---------------------------------------------------------------------------------------------

def load(dirpath):
    with open(os.path.join(dirpath, "labels.yaml"), encoding="utf-8") as f:
        return yaml.safe_load(f)


def article_lines(dirpath):
    with open(os.path.join(dirpath, "article.txt"), encoding="utf-8") as f:
        return f.read().split("\n")


def compute(dirpath, labels):
    published = str(labels["published"])
    conv = [conversion_arithmetic(c, published) for c in labels.get("conversions") or []]
    growth = [growth_arithmetic(g) for g in labels.get("growth") or []]
    return conv, growth


def line_problems(dirpath, labels):
    lines = article_lines(dirpath)
    problems = []
    for kind in ("conversions", "growth"):
        for item in labels.get(kind) or []:
            n = item.get("line")
            if not isinstance(n, int) or not 1 <= n <= len(lines):
                problems.append(f"{kind}: line {n} is not a line of article.txt")
                continue
            for key in ("amount", "converted", "current", "change") + (("previous",) if item.get("previous_printed") else ()):
                text = item.get(key)
                if text and key == "change" and item.get("change_line"):
                    a, b = sorted((n, item["change_line"]))
                    if text not in "\n".join(lines[a - 1:b]):
                        problems.append(f"{kind} line {n}: change {text!r} not printed on lines {a}-{b}")
                    continue
                if text and key != "previous" and text not in lines[n - 1]:
                    problems.append(f"{kind} line {n}: {key} {text!r} not printed on that line")
                if text and key == "previous" and text not in "\n".join(lines[max(0, n - 3):n]):
                    problems.append(f"{kind} line {n}: previous {text!r} not printed on it or the two lines before")
    return problems


VERDICTS = {"correct", "stale", "slip", "wrong-currency", "far", "transposed"}
GROWTH_VERDICTS = {"correct", "wrong", "not-checkable"}
SOURCE_KEYS = ("url", "publisher", "title", "published", "date_established", "language", "retrieved_via", "labelled")


def form_problems(dirpath, labels):
    """What a label or source file must have: the keys the README promises, known verdicts."""
    problems = []
    try:
        with open(os.path.join(dirpath, "source.yaml"), encoding="utf-8") as f:
            source = yaml.safe_load(f) or {}
    except OSError:
        return ["source.yaml is missing"]
    for key in SOURCE_KEYS:
        if not source.get(key):
            problems.append(f"source.yaml has no {key}")
    if str(source.get("published")) != str(labels.get("published")):
        problems.append(f"source.yaml published {source.get('published')} differs from labels.yaml {labels.get('published')}")
    try:
        dt.date.fromisoformat(str(labels.get("published")))
    except ValueError:
        problems.append(f"published {labels.get('published')!r} is not YYYY-MM-DD")
    if source.get("labelled") not in ("blind", "after-run"):
        problems.append(f"source.yaml labelled {source.get('labelled')!r} is neither blind nor after-run")
    if source.get("language") != labels.get("language"):
        problems.append("source.yaml and labels.yaml disagree on the language")
    for c in labels.get("conversions") or []:
        if c.get("verdict") not in VERDICTS:
            problems.append(f"conversion line {c.get('line')}: verdict {c.get('verdict')!r} is not one of {sorted(VERDICTS)}")
        if not re.fullmatch(r"[A-Z]{3}/[A-Z]{3}", str(c.get("pair"))):
            problems.append(f"conversion line {c.get('line')}: pair {c.get('pair')!r} is not BASE/QUOTE")
        if not c.get("note"):
            problems.append(f"conversion line {c.get('line')}: no note")
    for g in labels.get("growth") or []:
        if g.get("verdict") not in GROWTH_VERDICTS:
            problems.append(f"growth line {g.get('line')}: verdict {g.get('verdict')!r} is not one of {sorted(GROWTH_VERDICTS)}")
        if g.get("verdict") in ("correct", "wrong") and not g.get("previous_printed") and g.get("money", True):
            problems.append(f"growth line {g.get('line')}: a verdict needs the previous figure printed")
    return problems


def dump(labels):
    return yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=1000)


def main(argv):
    if len(argv) < 3 or argv[1] not in ("show", "fill", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    cmd, targets = argv[1], argv[2:]
    dirs = []
    for t in targets:
        if os.path.isfile(os.path.join(t, "labels.yaml")):
            dirs.append(t)
        else:
            dirs += sorted(os.path.join(t, d) for d in os.listdir(t) if os.path.isfile(os.path.join(t, d, "labels.yaml")))
    failures = 0
    for d in dirs:
        labels = load(d)
        conv, growth = compute(d, labels)
        problems = line_problems(d, labels) + form_problems(d, labels)
        if cmd == "show":
            print(f"== {os.path.basename(d)} ({labels['published']})")
            for c, a in zip(labels.get("conversions") or [], conv):
                print(f"  L{c['line']} {c['amount']} -> {c['converted']} [{c['pair']}] verdict={c.get('verdict')}")
                for k, v in a.items():
                    print(f"      {k}: {v}")
            for g, a in zip(labels.get("growth") or [], growth):
                print(f"  L{g['line']} growth {g.get('previous')} -> {g['current']} ({g['change']}) verdict={g.get('verdict')}")
                for k, v in a.items():
                    print(f"      {k}: {v}")
            for p in problems:
                print("  PROBLEM:", p)
        elif cmd == "fill":
            for c, a in zip(labels.get("conversions") or [], conv):
                c["arithmetic"] = a
            for g, a in zip(labels.get("growth") or [], growth):
                g["arithmetic"] = a
            with open(os.path.join(d, "labels.yaml"), "w", encoding="utf-8") as f:
                f.write(dump(labels))
            for p in problems:
                print(f"{d}: {p}", file=sys.stderr)
            failures += bool(problems)
        else:
            stored_c = [c.get("arithmetic") for c in labels.get("conversions") or []]
            stored_g = [g.get("arithmetic") for g in labels.get("growth") or []]
            if stored_c != conv or stored_g != growth:
                print(f"{d}: stored arithmetic differs from a fresh computation (run `label_helper.py fill`)")
                failures += 1
            for p in problems:
                print(f"{d}: {p}")
                failures += 1
    if cmd == "check":
        print(f"label_helper: {len(dirs)} articles, {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

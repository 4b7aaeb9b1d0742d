#!/usr/bin/env python3
"""Writes a synthetic archive of fact files for benchmarks and scale tests.

Deterministic: the same --seed, --count and --wrong-percent give the same bytes on any machine
(only random.Random.random() is used, whose sequence Python guarantees, and every figure is
computed with exact fractions from the embedded FRED H.10 table, never with floats).

Each article has 3 to 8 facts drawn from what Korean and English business news print:
USD, CNY and EUR amounts converted to won written the Korean way (약 8조 9512억원) or the
English way (about 8.95 trillion won), growth figures (5억4200만위안 -> 8억1900만위안, 51% 증가),
and plain amounts. --wrong-percent of the conversions and growth figures are made wrong the
way newsrooms get them wrong: a unit slip (만 for 억), a figure off by 3-20%, a wrong change.

  tools/bench/generate_archive.py --count 10000 --out /tmp/archive            # YAML files
  tools/bench/generate_archive.py --count 10000 --ndjson > /tmp/archive.ndjson  # one per line
"""
import argparse
import csv
import json
import os
import random
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
FRED = os.path.join(HERE, "..", "..", "rates", "fred_h10.csv")


def load_days():
    """Days with all three FRED series, as (date, KRW per USD, CNY per USD, USD per EUR)."""
    days = []
    with open(FRED, newline="") as f:
        for row in csv.DictReader(f):
            try:
                days.append((row["observation_date"], Fraction(row["DEXKOUS"]), Fraction(row["DEXCHUS"]),
                             Fraction(row["DEXUSEU"])))
            except (ValueError, KeyError, TypeError):
                continue  # a holiday ('.') or a series that ended
    return days


def round_to(x, unit):
    """x rounded half up to a multiple of the integer `unit` (exact)."""
    return (x / unit + Fraction(1, 2)).__floor__() * unit


def korean_won(won):
    """A won amount rounded to 억 and written the Korean way: 약 8조 9512억원."""
    eok = int(round_to(won, 10**8) // 10**8)
    jo, rest = divmod(eok, 10000)
    if eok == 0:
        man = int(round_to(won, 10**4) // 10**4)
        return f"약 {man}만원"
    parts = []
    if jo:
        parts.append(f"{jo}조")
    if rest:
        parts.append(f"{rest}억")
    return "약 " + " ".join(parts) + "원"


def korean_amount(value, word):
    """A whole amount written like 5억4200만위안 (value a multiple of 만)."""
    man = int(value // 10**4)
    eok, man = divmod(man, 10000)
    text = (f"{eok}억" if eok else "") + (f"{man}만" if man else "")
    return text + word


def english_won(won):
    """Three significant digits in trillions or billions: 8.95 trillion won."""
    for scale, name in ((10**12, "trillion"), (10**9, "billion")):
        if won >= scale:
            v = won / scale
            decimals = 2 if v < 10 else 1 if v < 100 else 0
            scaled = int(round_to(v * 10**decimals, 1))
            text = f"{scaled // 10**decimals}.{scaled % 10**decimals:0{decimals}d}" if decimals else str(scaled)
            return f"about {text} {name} won"
    return f"about {max(1, int(round_to(won, 10**6)) // 10**6)} million won"


def percent_change(prev, cur):
    return round_to((Fraction(cur) - prev) * 100 / prev, 1)


class Generator:
    def __init__(self, seed, wrong_percent):
        self.rng = random.Random(seed)
        self.wrong = Fraction(wrong_percent, 100)
        self.days = load_days()

    def below(self, n):
        return int(self.rng.random() * n)

    def pick(self, seq):
        return seq[self.below(len(seq))]

    def is_wrong(self):
        return self.rng.random() < self.wrong

    def conversion(self, n, day, english):
        _, krw_usd, cny_usd, usd_eur = day
        kind = self.below(10)
        if kind < 6:  # USD
            if english:
                tenths = 1 + self.below(300)
                usd = Fraction(tenths, 10) * 10**9
                amount = f"${tenths // 10}.{tenths % 10} billion" if tenths % 10 else f"${tenths // 10} billion"
            else:
                eok = 1 + self.below(500)
                usd = Fraction(eok * 10**8)
                amount = f"{eok}억 달러"
            won = usd * krw_usd
        elif kind < 8:  # CNY, via the dollar
            man = (1 + self.below(9000)) * 100
            cny = Fraction(man * 10**4)
            amount = korean_amount(cny, "위안") if not english else f"{man // 100} million yuan"
            won = cny / cny_usd * krw_usd
        else:  # EUR, via the dollar
            man = (1 + self.below(500)) * 10
            eur = Fraction(man * 10**4)
            amount = f"{man}만 유로" if not english else f"€{man // 100}.{(man % 100) // 10} million"
            won = eur * usd_eur * krw_usd
        if won < 10**9:  # keep to figures the papers round to 억 or billions
            return self.conversion(n, day, english)
        if self.is_wrong():
            if self.below(2) == 0:
                won = won / 10**4  # a unit slip: 만 where 억 was meant
            else:
                won = won * (100 + (3 + self.below(18)) * (1 if self.below(2) else -1)) / 100
        converted = english_won(won) if english else ("한화 " if self.below(3) == 0 else "") + korean_won(won)
        quote = (f"The company was valued at {amount} ({converted})." if english else
                 f"이 회사는 {amount}({converted})의 가치로 평가받고 있다.")
        return {"id": f"conversion-{n}", "quote": quote, "amount": amount, "converted": converted,
                "source": "company filing, as cited by the article"}

    def growth(self, n, english):
        prev = (50 + self.below(9000)) * 10**6
        pct = self.below(120) - 30
        cur = round_to(Fraction(prev) * (100 + pct) / 100, 10**6)
        if cur <= 0:
            cur = Fraction(10**6)
        change = percent_change(prev, cur)
        if self.is_wrong():
            change += (5 + self.below(10)) * (1 if self.below(2) else -1)
        c = int(change)
        if english:
            previous, current = f"{prev // 10**6} million yuan", f"{int(cur) // 10**6} million yuan"
            stated = f"rose {c}%" if c >= 0 else f"fell {-c}%"
        else:
            previous, current = korean_amount(prev, "위안"), korean_amount(int(cur), "위안")
            stated = f"{c}% 증가" if c >= 0 else f"{-c}% 감소"
        return {"id": f"growth-{n}", "quote": f"net profit {previous} -> {current}, {stated}",
                "previous": previous, "current": current, "change": stated,
                "source": "annual reports"}

    def plain(self, n, english):
        if self.below(2):
            eok = 1 + self.below(9999)
            return {"id": f"amount-{n}", "amount": f"${eok // 10}.{eok % 10} billion" if english else f"{eok}억 달러"}
        return {"id": f"amount-{n}", "amount": {"value": str((1 + self.below(99999)) * 10**6), "currency": "USD",
                                                 "approximate": True}}

    def article(self, index):
        day = self.pick(self.days)
        english = self.below(3) == 0
        facts = []
        for n in range(1, 4 + self.below(6)):
            roll = self.below(10)
            if roll < 6:
                facts.append(self.conversion(n, day, english))
            elif roll < 8:
                facts.append(self.growth(n, english))
            else:
                facts.append(self.plain(n, english))
        return {
            "article": {"id": f"synthetic-{index:07d}", "title": f"Synthetic article {index}",
                        "publisher": "figcheck bench", "published": day[0], "language": "en" if english else "ko"},
            "facts": facts,
        }


def yaml_scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def to_yaml(doc):
    lines = ["article:"]
    for k, v in doc["article"].items():
        lines.append(f"  {k}: {yaml_scalar(v)}")
    lines.append("facts:")
    for fact in doc["facts"]:
        first = True
        for k, v in fact.items():
            prefix = "  - " if first else "    "
            first = False
            if isinstance(v, dict):
                inner = ", ".join(f"{ik}: {yaml_scalar(iv)}" for ik, iv in v.items())
                lines.append(f"{prefix}{k}: {{{inner}}}")
            else:
                lines.append(f"{prefix}{k}: {yaml_scalar(v)}")
    return "\n".join(lines) + "\n"


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--count", type=int, required=True, help="number of articles")
    p.add_argument("--out", help="folder for the YAML files (1000 per subfolder)")
    p.add_argument("--ndjson", action="store_true", help="write one JSON fact file per line to stdout")
    p.add_argument("--seed", type=int, default=8, help="random seed (default 8)")
    p.add_argument("--wrong-percent", type=int, default=10, help="share of wrong figures, percent (default 10)")
    args = p.parse_args()
    if bool(args.out) == args.ndjson:
        p.error("give exactly one of --out DIR or --ndjson")
    gen = Generator(args.seed, args.wrong_percent)
    for i in range(args.count):
        doc = gen.article(i)
        if args.ndjson:
            sys.stdout.write(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n")
        else:
            folder = os.path.join(args.out, f"{i // 1000:04d}")
            if i % 1000 == 0:
                os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, f"article-{i:07d}.yaml"), "w", encoding="utf-8") as f:
                f.write(to_yaml(doc))


if __name__ == "__main__":
    main()

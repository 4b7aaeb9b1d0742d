#include "core/extract/corpus.h"

#include <algorithm>

namespace figcheck {
namespace {

std::vector<std::string_view> Split(std::string_view s, std::string_view sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t p = s.find(sep); p != std::string_view::npos; p = s.find(sep, start)) {
    parts.push_back(s.substr(start, p - start));
    start = p + sep.size();
  }
  parts.push_back(s.substr(start));
  return parts;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t') out += c;
  }
  return out;
}

// "97.3%" for matched/total, rounded down, by integer arithmetic.
std::string Percent(std::size_t matched, std::size_t total) {
  if (total == 0) return "-";
  const std::size_t permille = matched * 1000 / total;
  return std::to_string(permille / 10) + "." + std::to_string(permille % 10) + "%";
}

std::string Ratio(std::size_t matched, std::size_t total) {
  return std::to_string(matched) + "/" + std::to_string(total) + " = " + Percent(matched, total);
}

std::string FormatExpected(const ExpectedFact& f) {
  switch (f.kind) {
    case FactKind::kConversion: return "conversion: " + f.amount + " => " + f.converted;
    case FactKind::kGrowth:
      return "growth: " + (f.previous.empty() ? std::string() : f.previous + " -> ") + f.current + " @ " + f.change;
    case FactKind::kAmount: return "amount: " + f.amount;
  }
  return {};
}

void Add(Score* score, std::size_t matched, std::size_t drafted, std::size_t expected) {
  score->matched += matched;
  score->drafted += drafted;
  score->expected += expected;
}

}  // namespace

bool Score::PrecisionAtLeast(std::size_t numerator, std::size_t denominator) const {
  return drafted == 0 || matched * denominator >= numerator * drafted;
}

bool Score::RecallAtLeast(std::size_t numerator, std::size_t denominator) const {
  return expected == 0 || matched * denominator >= numerator * expected;
}

bool ParseExpectedFacts(std::string_view cell, std::vector<ExpectedFact>* facts, std::string* error) {
  cell = Trim(cell);
  if (cell.empty()) return true;
  for (std::string_view part : Split(cell, " ; ")) {
    part = Trim(part);
    const std::size_t colon = part.find(": ");
    if (colon == std::string_view::npos) {
      *error = "fact without a kind: '" + std::string(part) + "'";
      return false;
    }
    const std::string_view kind = part.substr(0, colon);
    const std::string_view body = Trim(part.substr(colon + 2));
    ExpectedFact f;
    if (kind == "amount") {
      f.kind = FactKind::kAmount;
      f.amount = std::string(body);
    } else if (kind == "conversion") {
      const auto sides = Split(body, " => ");
      if (sides.size() != 2) {
        *error = "conversion needs 'amount => converted': '" + std::string(part) + "'";
        return false;
      }
      f.kind = FactKind::kConversion;
      f.amount = std::string(Trim(sides[0]));
      f.converted = std::string(Trim(sides[1]));
    } else if (kind == "growth") {
      const auto at = Split(body, " @ ");
      if (at.size() != 2) {
        *error = "growth needs 'current @ change': '" + std::string(part) + "'";
        return false;
      }
      f.kind = FactKind::kGrowth;
      f.change = std::string(Trim(at[1]));
      const auto arrow = Split(at[0], " -> ");
      if (arrow.size() == 2) {
        f.previous = std::string(Trim(arrow[0]));
        f.current = std::string(Trim(arrow[1]));
      } else {
        f.current = std::string(Trim(at[0]));
      }
    } else {
      *error = "unknown fact kind '" + std::string(kind) + "'";
      return false;
    }
    facts->push_back(std::move(f));
  }
  return true;
}

std::vector<LabelledSentence> ReadCorpus(std::string_view name, std::string_view contents,
                                         std::vector<std::string>* errors) {
  std::vector<LabelledSentence> corpus;
  std::size_t line_number = 0;
  std::size_t pos = 0;
  while (pos < contents.size()) {
    std::size_t eol = contents.find('\n', pos);
    if (eol == std::string_view::npos) eol = contents.size();
    std::string_view line = contents.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line_number == 1 || line.empty() || line.starts_with("#")) continue;
    const auto cols = Split(line, "\t");
    auto fail = [&](const std::string& message) {
      errors->push_back(std::string(name) + ":" + std::to_string(line_number) + ": " + message);
    };
    if (cols.size() != 7) {
      fail("expected 7 tab-separated columns, found " + std::to_string(cols.size()));
      continue;
    }
    LabelledSentence s;
    s.id = std::string(cols[0]);
    s.language = std::string(cols[1]);
    s.source = std::string(cols[2]) + " " + std::string(cols[3]) + ":" + std::string(cols[4]);
    s.sentence = std::string(cols[5]);
    if (s.language != "ko" && s.language != "en") {
      fail("language must be ko or en, not '" + s.language + "'");
      continue;
    }
    std::string error;
    if (!ParseExpectedFacts(cols[6], &s.facts, &error)) {
      fail(error);
      continue;
    }
    corpus.push_back(std::move(s));
  }
  return corpus;
}

bool SameFact(const DraftFact& d, const ExpectedFact& e) {
  return d.kind == e.kind && Squeeze(d.amount) == Squeeze(e.amount) && Squeeze(d.converted) == Squeeze(e.converted) &&
         Squeeze(d.previous) == Squeeze(e.previous) && Squeeze(d.current) == Squeeze(e.current) &&
         Squeeze(d.change) == Squeeze(e.change);
}

std::string FormatFact(const DraftFact& f) {
  ExpectedFact e{f.kind, f.amount, f.converted, f.previous, f.current, f.change};
  return FormatExpected(e);
}

Evaluation Evaluate(const std::vector<LabelledSentence>& corpus) {
  Evaluation ev;
  for (const LabelledSentence& s : corpus) {
    ++ev.sentences;
    const std::vector<DraftFact> drafted = ExtractSentenceFacts(s.sentence, s.language);
    std::vector<bool> taken(s.facts.size(), false);
    std::vector<bool> matched(drafted.size(), false);
    for (std::size_t d = 0; d < drafted.size(); ++d) {
      for (std::size_t e = 0; e < s.facts.size(); ++e) {
        if (!taken[e] && SameFact(drafted[d], s.facts[e])) {
          taken[e] = matched[d] = true;
          break;
        }
      }
    }
    for (std::size_t d = 0; d < drafted.size(); ++d) {
      const std::string kind(DraftKindName(drafted[d].kind));
      const std::size_t m = matched[d] ? 1 : 0;
      Add(&ev.all, m, 1, 0);
      Add(&ev.by_language[s.language], m, 1, 0);
      Add(&ev.by_kind[kind], m, 1, 0);
      if (!matched[d]) ev.misses.push_back({s.id, "extra   " + FormatFact(drafted[d])});
    }
    for (std::size_t e = 0; e < s.facts.size(); ++e) {
      const std::string kind(DraftKindName(s.facts[e].kind));
      Add(&ev.all, 0, 0, 1);
      Add(&ev.by_language[s.language], 0, 0, 1);
      Add(&ev.by_kind[kind], 0, 0, 1);
      if (!taken[e]) ev.misses.push_back({s.id, "missed  " + FormatExpected(s.facts[e])});
    }
  }
  return ev;
}

std::string FormatEvaluation(const Evaluation& ev, bool list_misses) {
  std::string out;
  auto row = [&](const std::string& label, const Score& s) {
    std::string line = label;
    line.resize(std::max<std::size_t>(line.size(), 12), ' ');
    out += line + "  precision " + Ratio(s.matched, s.drafted) + "   recall " + Ratio(s.matched, s.expected) + "\n";
  };
  out += std::to_string(ev.sentences) + " sentences\n";
  row("all", ev.all);
  for (const auto& [language, score] : ev.by_language) row("language " + language, score);
  for (const auto& [kind, score] : ev.by_kind) row(kind, score);
  if (list_misses && !ev.misses.empty()) {
    out += "\n";
    for (const Miss& m : ev.misses) out += m.sentence_id + "  " + m.what + "\n";
  }
  return out;
}

}  // namespace figcheck

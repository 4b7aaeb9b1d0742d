// The entry points the libFuzzer targets (tests/fuzz/*_fuzz.cc) and the regression test
// (fuzz_regression_test.cc) share, so a reproducer replays exactly what the fuzzer ran.
//
// Each entry takes arbitrary bytes and must return without crashing, leaking, hanging or
// tripping a sanitizer; it also checks invariants the readers promise (a loaded file has no
// error diagnostics, a parsed amount has a currency and a positive unit) and aborts if one breaks.
#pragma once

#include <cstdlib>
#include <string>
#include <string_view>
#include <variant>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/base/file_reader.h"
#include "core/base/utf8.h"
#include "core/check/checker.h"
#include "core/check/run.h"
#include "core/report/desk_request.h"
#include "core/extract/draft.h"
#include "core/extract/draft_writer.h"
#include "core/facts/loader.h"
#include "core/money/parse.h"
#include "core/money/written.h"
#include "core/rates/rate_file.h"
#include "core/rates/rate_sources.h"

namespace figcheck::fuzz {

inline void Require(bool condition) {
  if (!condition) std::abort();
}

// Figures as `figcheck parse` and the loader read them; parsed amounts are written back.
inline void FuzzParseFigure(std::string_view data) {
  auto amount = ParseAmount(data);
  if (auto* a = std::get_if<Amount>(&amount)) {
    Require(a->currency != nullptr && a->unit.sign() > 0);
    // The writers take a value at its unit; keep them to what an article could hold.
    if (a->value.MagnitudeExponent() < 40 && a->unit.MagnitudeExponent() > -20) {
      (void)WriteKorean(a->value, *a->currency, a->unit);
      (void)WriteEnglish(a->value, *a->currency, a->unit);
      (void)WriteLike(a->value, *a, data);
    }
  } else {
    Require(std::get<ParseError>(amount).column >= 1);
  }
  (void)ParseChange(data);
  ParseOptions won;
  won.currency = FindCurrencyByCode("KRW");
  (void)ParseFigure(data, won);
}

// A fact file, read as YAML and as JSON (the same bytes through both parsers); a file that
// loads is also checked against the embedded default rates.
inline void FuzzLoadFactFile(std::string_view data) {
  for (const FactFileSyntax syntax : {FactFileSyntax::kYaml, FactFileSyntax::kJson}) {
    LoadedFactFile loaded = LoadFactFile("fuzz.yaml", data, syntax);
    if (!loaded.file) {
      Require(!loaded.diagnostics.empty());
      continue;
    }
    for (const Diagnostic& d : loaded.diagnostics) Require(d.severity != Severity::kError);
    static const auto rates = DefaultRateSource();
    CheckOptions options;
    options.inference_days = 10;
    (void)CheckFactFile(*loaded.file, *rates, options);
  }
}

// A rate file under `name` (its extension chooses YAML or CSV); a table that loads answers
// one lookup per series.
inline void FuzzReadRateFile(std::string_view name, std::string_view data) {
  RateFileResult result = ReadRateFile(name, data);
  if (auto* diagnostics = std::get_if<Diagnostics>(&result)) {
    Require(!diagnostics->empty() && diagnostics->size() <= kMaxRateFileErrors);
    return;
  }
  const auto& table = std::get<std::shared_ptr<const RateTable>>(result);
  Require(table != nullptr);
  const Currency* usd = FindCurrencyByCode("USD");
  const Currency* krw = FindCurrencyByCode("KRW");
  const Date day = *Date::Parse("2020-07-28");
  (void)table->Find(*usd, *krw, day);
  (void)table->Series(*usd, *krw, *Date::Parse("2020-07-01"), day);
}

inline void FuzzReadRateCsv(std::string_view data) { FuzzReadRateFile("fuzz.csv", data); }
inline void FuzzReadRateYaml(std::string_view data) { FuzzReadRateFile("fuzz.yaml", data); }

// An article's raw text through `figcheck extract`; the draft it writes must be YAML the loader
// can parse (its facts may still need a person: draft facts are allowed to have errors).
inline void FuzzExtractDraft(std::string_view data) {
  const ArticleDraft draft = ExtractDraft("fuzz-article.txt", data);
  const std::string yaml = WriteDraftYaml(draft);
  const LoadedFactFile loaded = LoadFactFile("draft.yaml", yaml);
  for (const Diagnostic& d : loaded.diagnostics) {
    Require(d.message.find("invalid YAML") == std::string::npos);
  }
}

// A POST /api/check body as `figcheck serve` answers it, against the embedded rates; the same
// bytes are also sent as the article's text, so the one-step check sees them too. Every answer
// is 200 or a 4xx, always JSON, and every place it gives is inside the article.
inline void FuzzDeskRequest(std::string_view data) {
  static const InMemoryFileReader no_files;
  static const RateSourceCache sources(no_files);
  const DeskReply raw = AnswerCheckRequest(data, RunOptions{}, sources);
  Require(raw.status == 200 || (raw.status >= 400 && raw.status < 500));
  Require(nlohmann::json::accept(raw.body));
  if (FindInvalidUtf8(data)) return;
  const std::string request = nlohmann::json{{"text", std::string(data)}, {"published", "2020-07-29"}}.dump();
  const DeskReply text = AnswerCheckRequest(request, RunOptions{}, sources);
  Require(text.status == 200 || text.status == 400);
  if (text.status != 200) return;
  const auto report = nlohmann::json::parse(text.body);
  const auto lines = static_cast<long>(std::count(data.begin(), data.end(), '\n')) + 1;
  for (const auto& fact : report["files"][0]["facts"]) {
    for (const auto& span : fact["spans"]) {
      Require(span["line"].get<long>() >= 1 && span["line"].get<long>() <= lines);
      Require(span["offset"].get<std::size_t>() + span["length"].get<std::size_t>() <= data.size());
    }
  }
}

}  // namespace figcheck::fuzz

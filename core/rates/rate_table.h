// RateTable: a rate source held in memory — published series, each sorted by day — that derives
// what it does not store: inverses (1 / r, exactly) and crosses through a pivot currency.
//
// Invariants: every stored rate is positive decimal text already validated by the reader that
// built the table; it is turned into a Decimal only when asked for (so loading a large table
// costs no arithmetic). Each series holds at most one observation per day, oldest first. A table
// is immutable once built, so one table may be shared by any number of threads.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/date.h"
#include "core/base/source_location.h"
#include "core/rates/rate_source.h"

namespace figcheck {

// The currencies crosses go through, in the order they are tried (then any other currency the
// table stores). USD first: the FRED H.10 series are quoted against the dollar.
inline constexpr std::string_view kPivotCurrencies[] = {"USD", "EUR"};

class RateTable final : public RateSource {
 public:
  // One observation as stored: the day, and where its rate text sits in the table's text.
  struct StoredRate {
    Date date;
    std::uint32_t offset = 0;
    std::uint16_t length = 0;
    std::uint16_t source = 0;  // index into sources()
  };
  // A published series: `quote` per 1 `base`, one observation per day, oldest first.
  struct StoredSeries {
    const Currency* base = nullptr;
    const Currency* quote = nullptr;
    std::vector<StoredRate> rates;
  };

  std::string name() const override { return name_; }

  // Direct if a series stores base/quote, else the inverse of quote/base, else a cross
  // base/pivot × pivot/quote through USD, EUR, then any other stored currency, each leg found
  // with the kMaxStaleDays rule; a cross is observed_on the older of its two legs' days.
  // The same currency twice gives exactly 1 ("identity"). Nullopt when nothing qualifies.
  std::optional<RateObservation> Find(const Currency& base, const Currency& quote,
                                      const Date& date) const override;

  // Observations from `from` to `to`, oldest first, derived as Find would: a stored or inverse
  // series gives its own days; a cross gives the days on which both legs were observed.
  std::vector<RateObservation> Series(const Currency& base, const Currency& quote, const Date& from,
                                      const Date& to) const override;

  // Find's answer without deriving the rate: only the series are searched.
  bool Answers(const Currency& base, const Currency& quote, const Date& date) const override;

  // Series over one walk of the legs: each leg is looked up once per call, each rate parsed once,
  // and the skipped days are never derived.
  std::vector<RateObservation> SeriesExcept(const Currency& base, const Currency& quote, const Date& from,
                                            const Date& to,
                                            const std::function<bool(const Date&)>& skip) const override;

  const std::vector<StoredSeries>& series() const { return series_; }
  const std::vector<std::string>& sources() const { return sources_; }
  // Total number of stored observations.
  std::size_t size() const;

 private:
  friend class RateTableBuilder;
  RateTable() = default;

  struct Leg;     // one stored series used forwards or inverted
  struct Cross;   // base/pivot and pivot/quote
  struct Cursor;  // a leg walked day by day
  std::optional<Leg> FindLeg(const Currency& base, const Currency& quote) const;
  // Calls `visit(cross)` for each cross of base/quote in the order Find tries them, until it
  // returns true; returns whether it did.
  template <typename Visit>
  bool ForEachCross(const Currency& base, const Currency& quote, Visit visit) const;
  const StoredRate* Lookup(const StoredSeries& series, const Date& date) const;
  Decimal Value(const StoredRate& rate) const;
  RateObservation Observe(const Leg& leg, const StoredRate& rate, const Decimal& value) const;
  RateObservation Observe(const Cross& cross, const std::string& path, const StoredRate& r1, const Decimal& v1,
                          const StoredRate& r2, const Decimal& v2) const;

  std::string name_;
  std::shared_ptr<const std::string> owned_text_;  // null when text_ has static storage
  std::string_view text_;
  std::vector<std::string> sources_;
  std::vector<StoredSeries> series_;
  // kPivotCurrencies, then every other stored currency once, in series order: the pivots Find
  // tries for a cross.
  std::vector<const Currency*> pivots_;
};

// Collects observations and builds a RateTable. Readers validate each rate's text before
// adding it; the builder sorts, merges identical duplicates and reports conflicting ones.
class RateTableBuilder {
 public:
  // `file` names the input in diagnostics.
  explicit RateTableBuilder(std::string file) : file_(std::move(file)) {}

  // The index of source name `source` (added on first use).
  std::uint16_t Source(std::string_view source);
  // The index of the series of `quote` per `base` (added on first use).
  std::size_t Series(const Currency& base, const Currency& quote);
  // Adds an observation to series `series` on `date`; the rate is text[offset, offset + length)
  // of the text given to Finish, read at `line`:`column` (for duplicate diagnostics; column 0:
  // Finish works it out from the offset, which must then lie in the file's own text).
  void Add(std::size_t series, const Date& date, std::size_t offset, std::size_t length, std::uint16_t source,
           int line, int column = 0);

  // Builds the table over `text` (kept alive by `owned`, or static when `owned` is null).
  // Appends to *diagnostics one error per day that a series gives two different rates, and one
  // per day that a pair and its inverse contradict each other.
  std::shared_ptr<const RateTable> Finish(std::string name, std::shared_ptr<const std::string> owned,
                                          std::string_view text, Diagnostics* diagnostics);

 private:
  struct Pending {
    RateTable::StoredRate rate;
    int line;
    int column;
  };
  struct PendingSeries {
    const Currency* base;
    const Currency* quote;
    std::vector<Pending> rates;
  };
  // Appends one error per day on which a pair and its inverse (USD/KRW and KRW/USD) are both
  // stored and disagree beyond the rounding of their texts, naming both lines.
  void ReportContradictoryDirections(const RateTable& table, const std::vector<std::vector<const Pending*>>& kept,
                                     std::string_view text, Diagnostics* diagnostics) const;

  std::string file_;
  std::vector<std::string> sources_;
  std::vector<PendingSeries> series_;
};

}  // namespace figcheck

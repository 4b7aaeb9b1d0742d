#include "core/base/date.h"

#include <fmt/format.h>

namespace figcheck {

std::optional<Date> Date::FromYmd(int year, unsigned month, unsigned day) {
  const std::chrono::year_month_day ymd{std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)};
  if (!ymd.ok()) return std::nullopt;
  return Date(std::chrono::sys_days(ymd));
}

std::optional<Date> Date::Parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int fields[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (std::size_t i = starts[f]; i < starts[f] + lengths[f]; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      fields[f] = fields[f] * 10 + (text[i] - '0');
    }
  }
  if (fields[0] < 1000) return std::nullopt;
  return FromYmd(fields[0], static_cast<unsigned>(fields[1]), static_cast<unsigned>(fields[2]));
}

unsigned Date::iso_weekday_index() const {
  return std::chrono::weekday(days_).iso_encoding() - 1;
}

std::string Date::ToString() const {
  const auto d = ymd();
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                     static_cast<unsigned>(d.day()));
}

}  // namespace figcheck

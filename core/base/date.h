// Date: a calendar day (proleptic Gregorian), as articles and rate tables write it.
//
// Always a valid day: built only through Parse or FromDays, so 2020-02-30 cannot exist.
#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace figcheck {

class Date {
 public:
  // 1970-01-01; a placeholder for value types that need a default (a real day comes from Parse).
  Date() = default;
  // Reads "YYYY-MM-DD" (exactly that shape, years 1000..9999); nullopt for anything else or a
  // day that does not exist.
  static std::optional<Date> Parse(std::string_view text);
  static Date FromDays(std::chrono::sys_days days) { return Date(days); }
  static std::optional<Date> FromYmd(int year, unsigned month, unsigned day);

  std::chrono::sys_days days() const { return days_; }
  std::chrono::year_month_day ymd() const { return std::chrono::year_month_day(days_); }
  // 0 = Monday ... 6 = Sunday.
  unsigned iso_weekday_index() const;

  Date AddDays(int n) const { return Date(days_ + std::chrono::days(n)); }
  // Whole days from `other` to this (positive when this is later).
  int DaysSince(const Date& other) const { return static_cast<int>((days_ - other.days_).count()); }

  std::string ToString() const;  // "2020-07-29"

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;

 private:
  explicit Date(std::chrono::sys_days days) : days_(days) {}
  std::chrono::sys_days days_{};
};

}  // namespace figcheck

#include "core/money/parse.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/base/source_location.h"
#include "core/money/figure_shape.h"
#include "core/base/utf8.h"

namespace figcheck {
namespace {

// U+00B7, a decimal point between digits in older Korean print ("7·8억 달러" is 7.8억).
constexpr std::string_view kMiddleDot = "\xC2\xB7";

// More digits than any printed figure has; keeps hostile input cheap.
constexpr std::size_t kMaxNumberDigits = 40;

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x2009 || c == 0x202F ||
         c == 0x3000;
}

// How a qualifier word changes what a figure claims.
enum class Effect { kApproximate, kNearly, kAtLeast, kMoreThan, kLessThan, kAtMost, kEmphasis };

struct Qualifier {
  std::string_view text;
  Effect effect;
};

// Before the number. Longer phrases first where one starts another.
constexpr Qualifier kLeadingQualifiers[] = {
    {"approximately", Effect::kApproximate}, {"approx.", Effect::kApproximate},
    {"about", Effect::kApproximate},         {"around", Effect::kApproximate},
    {"roughly", Effect::kApproximate},       {"some", Effect::kApproximate},
    {"an estimated", Effect::kApproximate},  {"estimated", Effect::kApproximate},
    {"circa", Effect::kApproximate},         {"nearly", Effect::kNearly},
    {"almost", Effect::kNearly},             {"more than", Effect::kMoreThan},
    {"over", Effect::kMoreThan},             {"above", Effect::kMoreThan},
    {"in excess of", Effect::kMoreThan},     {"at least", Effect::kAtLeast},
    {"no less than", Effect::kAtLeast},      {"less than", Effect::kLessThan},
    {"fewer than", Effect::kLessThan},       {"under", Effect::kLessThan},
    {"below", Effect::kLessThan},            {"up to", Effect::kAtMost},
    {"at most", Effect::kAtMost},            {"no more than", Effect::kAtMost},
    {"대략", Effect::kApproximate},          {"약", Effect::kApproximate},
    {"최소", Effect::kAtLeast},              {"최대", Effect::kAtMost},
    {"무려", Effect::kEmphasis},
};

// After the number (and usually after the currency): "3억 달러 이상", "1천200만달러 상당".
constexpr Qualifier kTrailingQualifiers[] = {
    {"이상", Effect::kAtLeast},     {"초과", Effect::kMoreThan},   {"넘는", Effect::kMoreThan},
    {"넘게", Effect::kMoreThan},    {"넘은", Effect::kMoreThan},   {"넘어", Effect::kMoreThan},
    {"미만", Effect::kLessThan},    {"이하", Effect::kAtMost},     {"이내", Effect::kAtMost},
    {"가량", Effect::kApproximate}, {"안팎", Effect::kApproximate}, {"정도", Effect::kApproximate},
    {"내외", Effect::kApproximate}, {"상당", Effect::kApproximate}, {"쯤", Effect::kApproximate},
    {"or more", Effect::kAtLeast},  {"or less", Effect::kAtMost},  {"or so", Effect::kApproximate},
};

struct SmallUnit {
  std::string_view text;
  int exponent;
};
constexpr SmallUnit kSmallUnits[] = {{"천", 3}, {"백", 2}, {"십", 1}};

struct MyriadUnit {
  std::string_view text;
  int exponent;
};
constexpr MyriadUnit kMyriadUnits[] = {{"경", 16}, {"조", 12}, {"억", 8}, {"만", 4}};

struct ScaleWord {
  std::string_view text;
  int exponent;
};
constexpr ScaleWord kScaleWords[] = {
    {"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}, {"mln", 6}, {"mn", 6}, {"bln", 9},
    {"bn", 9},       {"trn", 12},    {"tn", 12},     {"k", 3},         {"m", 6},   {"b", 9},  {"t", 12},
};

constexpr std::string_view kIncreaseWords[] = {
    "increased", "increases", "increase", "rose", "risen", "rises", "rise", "up", "grew", "grown", "grows",
    "jumped", "climbed", "gained", "surged", "soared", "advanced", "expanded", "went up",
};
constexpr std::string_view kDecreaseWords[] = {
    "decreased", "decreases", "decrease", "declined", "declines", "decline", "fell", "fallen", "falls",
    "down", "dropped", "slid", "slumped", "plunged", "shrank", "contracted", "tumbled", "sank", "went down",
};
// After the figure: "a 51% increase", "3.2% drop".
constexpr std::string_view kIncreaseNouns[] = {"increase", "rise", "gain", "growth", "jump", "surge"};
constexpr std::string_view kDecreaseNouns[] = {"decrease", "decline", "drop", "fall", "loss", "slump", "reduction"};
// Korean verb stems; the rest of the word (증가한, 늘어난, 줄었다) goes with them.
constexpr std::string_view kIncreaseStems[] = {"증가", "상승", "급증", "급등", "성장", "신장", "증대",
                                               "확대", "늘", "올", "오른", "오르", "뛰"};
constexpr std::string_view kDecreaseStems[] = {"감소", "하락", "급감", "급락", "축소", "감축",
                                               "줄", "떨어", "내린", "내려", "내렸"};

struct DigitRun {
  Decimal value;
  Decimal unit{1};  // place of the last digit
  bool fraction = false;
  bool commas = false;
};

struct Coefficient {
  bool found = false;
  Decimal value;
  Decimal unit{1};
  bool fraction = false;
};

struct Qualifiers {
  bool approximate = false;
  Bound bound = Bound::kExact;
  std::string bound_text;
};

struct CurrencyMention {
  const Currency* currency = nullptr;
  std::size_t offset = 0;
  std::string_view text;
};

// A cursor over one figure's text (already checked to be valid UTF-8) that records the first
// error it meets. Methods that can fail return false after recording it.
class FigureReader {
 public:
  FigureReader(std::string_view text, const ParseOptions& options) : text_(text), options_(options) {}

  std::variant<Amount, ParseError> ReadAmount(FigureShape* shape);
  // `*committed` turns true once the text is certainly a change (a '%', '배', 'x' after the
  // number, or a word like "rose"), so that ParseFigure knows which error to report.
  std::variant<Change, ParseError> ReadChange(bool* committed);

 private:
  // --- characters
  bool AtEnd() const { return pos_ >= text_.size(); }
  std::string_view Rest() const { return text_.substr(pos_); }
  char32_t Peek() const {
    const auto decoded = DecodeUtf8(text_, pos_);
    return decoded ? decoded->code_point : 0;
  }
  bool PeekDigit() const { return !AtEnd() && IsAsciiDigit(text_[pos_]); }
  bool SkipSpaces() {
    const std::size_t start = pos_;
    while (const auto decoded = DecodeUtf8(text_, pos_)) {
      if (!IsSpace(decoded->code_point)) break;
      pos_ += decoded->length;
    }
    return pos_ != start;
  }
  // Consumes `word` if the text continues with it: Latin letters match in any case, and a word
  // ending in a Latin letter must not run on into another ("over" is not "overall").
  bool Consume(std::string_view word) {
    if (Rest().size() < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
      if (AsciiLower(text_[pos_ + i]) != AsciiLower(word[i])) return false;
    }
    const std::size_t end = pos_ + word.size();
    if (IsAsciiLetter(word.back()) && end < text_.size() && IsAsciiLetter(text_[end])) return false;
    pos_ = end;
    return true;
  }
  template <typename Range>
  std::optional<std::string_view> ConsumeAny(const Range& words) {
    for (std::string_view word : words) {
      if (Consume(word)) return word;
    }
    return std::nullopt;
  }
  const SmallUnit* PeekSmallUnit() const {
    for (const SmallUnit& u : kSmallUnits) {
      if (Rest().starts_with(u.text)) return &u;
    }
    return nullptr;
  }
  const MyriadUnit* PeekMyriad() const {
    for (const MyriadUnit& u : kMyriadUnits) {
      if (Rest().starts_with(u.text)) return &u;
    }
    return nullptr;
  }
  // The text from `offset` to the next space: what an error quotes.
  std::string_view WordAt(std::size_t offset) const {
    std::size_t end = offset;
    while (const auto decoded = DecodeUtf8(text_, end)) {
      if (IsSpace(decoded->code_point)) break;
      end += decoded->length;
    }
    return text_.substr(offset, end - offset);
  }
  std::string_view Trimmed() const {
    std::size_t begin = 0;
    while (const auto decoded = DecodeUtf8(text_, begin)) {
      if (!IsSpace(decoded->code_point)) break;
      begin += decoded->length;
    }
    std::size_t end = text_.size();
    while (end > begin && (text_[end - 1] == ' ' || text_[end - 1] == '\t' || text_[end - 1] == '\n' ||
                           text_[end - 1] == '\r')) {
      --end;
    }
    return text_.substr(begin, end - begin);
  }

  // --- errors
  bool Fail(std::size_t offset, std::string message) {
    error_ = ParseError{CodePointColumn(text_, offset) + 1, std::move(message)};
    return false;
  }
  // Why the text at pos_ is not a number.
  bool FailNoNumber() {
    if (AtEnd()) return Fail(0, fmt::format("no number in '{}'", Trimmed()));
    return Fail(pos_, fmt::format("expected a number, found '{}'", WordAt(pos_)));
  }
  // Fail, for functions that return the error itself.
  ParseError Error(std::size_t offset, std::string message) {
    Fail(offset, std::move(message));
    return error_;
  }
  ParseError NoNumberError() {
    FailNoNumber();
    return error_;
  }

  // --- pieces of a figure
  bool CheckWholeText();
  bool ApplyQualifier(const Qualifier& q, std::size_t offset, Qualifiers* state);
  bool ConsumeQualifier(std::span<const Qualifier> table, Qualifiers* state, bool* consumed);
  bool SetBound(Bound bound, std::size_t offset, std::string_view text, Qualifiers* state);
  bool ResolveAlias(const CurrencyAlias& alias, std::size_t offset, std::size_t length, CurrencyMention* out);
  bool ReadDigitRun(DigitRun* run);
  bool ReadCoefficient(Coefficient* c, FigureShape* shape);
  bool ReadNumber(Decimal* value, Decimal* unit, FigureShape* shape);
  // A native Korean numeral (한, 두, 세 ... 열) followed by '배', consumed; nullopt otherwise.
  std::optional<int> ConsumeKoreanNumeral() {
    static constexpr std::pair<std::string_view, int> kNumerals[] = {
        {"다섯", 5}, {"여섯", 6}, {"일곱", 7}, {"여덟", 8}, {"아홉", 9},
        {"한", 1},   {"두", 2},   {"세", 3},   {"네", 4},   {"열", 10},
    };
    for (const auto& [word, value] : kNumerals) {
      if (!Rest().starts_with(word)) continue;
      std::size_t k = pos_ + word.size();
      while (k < text_.size() && text_[k] == ' ') ++k;
      if (!text_.substr(k).starts_with("배")) continue;
      pos_ += word.size();
      return value;
    }
    return std::nullopt;
  }
  // A word after a change that gives its sign: 증가한, 줄어든, "increase", "drop".
  bool ConsumeSignWord(ChangeSign* sign);

  std::string_view text_;
  const ParseOptions& options_;
  std::size_t pos_ = 0;
  ParseError error_;
};

bool FigureReader::CheckWholeText() {
  if (text_.size() > kMaxFigureBytes) {
    return Fail(0, fmt::format("figure too long ({} bytes, at most {})", text_.size(), kMaxFigureBytes));
  }
  if (const auto bad = FindInvalidUtf8(text_)) return Fail(*bad, fmt::format("invalid utf-8 at byte {}", *bad + 1));
  bool blank = true;
  for (std::size_t offset = 0; offset < text_.size();) {
    const auto decoded = DecodeUtf8(text_, offset);
    const char32_t c = decoded->code_point;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      return Fail(offset, fmt::format("invalid character U+{:04X}", static_cast<std::uint32_t>(c)));
    }
    if (!IsSpace(c)) blank = false;
    offset += decoded->length;
  }
  if (blank) return Fail(0, "empty figure");
  return true;
}

bool FigureReader::SetBound(Bound bound, std::size_t offset, std::string_view text, Qualifiers* state) {
  if (state->bound != Bound::kExact && state->bound != bound) {
    return Fail(offset, fmt::format("'{}' contradicts '{}'", text, state->bound_text));
  }
  state->bound = bound;
  state->bound_text = std::string(text);
  return true;
}

bool FigureReader::ApplyQualifier(const Qualifier& q, std::size_t offset, Qualifiers* state) {
  std::string_view said = text_.substr(offset, q.text.size());
  switch (q.effect) {
    case Effect::kApproximate: state->approximate = true; return true;
    case Effect::kEmphasis: return true;
    case Effect::kNearly:
      state->approximate = true;
      return SetBound(Bound::kAtMost, offset, said, state);
    case Effect::kAtLeast: return SetBound(Bound::kAtLeast, offset, said, state);
    case Effect::kMoreThan: return SetBound(Bound::kMoreThan, offset, said, state);
    case Effect::kLessThan: return SetBound(Bound::kLessThan, offset, said, state);
    case Effect::kAtMost: return SetBound(Bound::kAtMost, offset, said, state);
  }
  return true;
}

bool FigureReader::ConsumeQualifier(std::span<const Qualifier> table, Qualifiers* state, bool* consumed) {
  *consumed = false;
  const std::size_t at = pos_;
  for (const Qualifier& q : table) {
    if (Consume(q.text)) {
      *consumed = true;
      return ApplyQualifier(q, at, state);
    }
  }
  return true;
}

bool FigureReader::ResolveAlias(const CurrencyAlias& alias, std::size_t offset, std::size_t length,
                                CurrencyMention* out) {
  const std::string_view said = text_.substr(offset, length);
  if (alias.match == AliasMatch::kAmbiguous) {
    const Currency* given = options_.currency;
    if (given == nullptr) {
      return Fail(offset, fmt::format("ambiguous currency '{}' (yen or yuan): give the currency", said));
    }
    if (given->code != "JPY" && given->code != "CNY") {
      return Fail(offset, fmt::format("'{}' is yen or yuan, not {}", said, given->code));
    }
    *out = CurrencyMention{given, offset, said};
    return true;
  }
  *out = CurrencyMention{alias.currency, offset, said};
  return true;
}

bool FigureReader::ReadDigitRun(DigitRun* run) {
  const std::size_t begin = pos_;
  std::string digits;
  bool commas = false;
  bool misplaced_comma = false;
  while (true) {
    const std::size_t chunk = pos_;
    while (PeekDigit()) digits.push_back(text_[pos_++]);
    const std::size_t length = pos_ - chunk;
    // A comma groups exactly three digits after it, and at most three before the first one.
    if (commas ? length != 3 : false) misplaced_comma = true;
    if (!AtEnd() && text_[pos_] == ',' && pos_ + 1 < text_.size() && IsAsciiDigit(text_[pos_ + 1])) {
      if (!commas && length > 3) misplaced_comma = true;
      commas = true;
      ++pos_;
      continue;
    }
    break;
  }
  std::size_t fraction_digits = 0;
  // The decimal point: '.', or the middle dot older Korean print sets between digits ("7·8억").
  std::size_t point = 0;
  if (!AtEnd() && text_[pos_] == '.') point = 1;
  else if (Rest().starts_with(kMiddleDot)) point = kMiddleDot.size();
  if (point > 0 && pos_ + point < text_.size() && IsAsciiDigit(text_[pos_ + point])) {
    pos_ += point;
    digits.push_back('.');
    while (PeekDigit()) {
      digits.push_back(text_[pos_++]);
      ++fraction_digits;
    }
  }
  const std::size_t count = digits.size() - (fraction_digits > 0 ? 1 : 0);
  if (count > kMaxNumberDigits) {
    return Fail(begin, fmt::format("too many digits in a number ({}, at most {})", count, kMaxNumberDigits));
  }
  if (misplaced_comma) return Fail(begin, fmt::format("misplaced comma in '{}'", text_.substr(begin, pos_ - begin)));
  const auto value = Decimal::Parse(digits);
  if (!value) return Fail(begin, fmt::format("unreadable number '{}'", text_.substr(begin, pos_ - begin)));
  run->value = *value;
  run->unit = Decimal::Pow10(-static_cast<int>(fraction_digits));
  run->fraction = fraction_digits > 0;
  run->commas = commas;
  return true;
}

// Digits and 천/백/십 within one myriad group: "1천200", "3천", "5백", "2,326", "12.5".
bool FigureReader::ReadCoefficient(Coefficient* c, FigureShape* shape) {
  std::optional<int> previous;  // exponent of the last small unit
  std::size_t previous_at = 0;
  while (true) {
    const std::size_t at = pos_;
    if (PeekDigit()) {
      DigitRun run;
      if (!ReadDigitRun(&run)) return false;
      shape->commas = shape->commas || run.commas;
      const SmallUnit* small = PeekSmallUnit();
      if (small != nullptr) {
        if (previous && small->exponent >= *previous) {
          return Fail(pos_, fmt::format("unit '{}' out of order", small->text));
        }
        const Decimal place = Decimal::Pow10(small->exponent);
        if (previous && run.value * place >= Decimal::Pow10(*previous)) {
          return Fail(at, fmt::format("'{}' does not fit below '{}'", text_.substr(at, pos_ + small->text.size() - at),
                                      text_.substr(previous_at, at - previous_at)));
        }
        pos_ += small->text.size();
        c->value += run.value * place;
        c->unit = run.unit * place;
        c->fraction = c->fraction || run.fraction;
        c->found = true;
        shape->small_units = true;
        previous = small->exponent;
        previous_at = at;
        continue;
      }
      if (previous && run.value >= Decimal::Pow10(*previous)) {
        return Fail(at, fmt::format("'{}' does not fit below '{}'", text_.substr(at, pos_ - at),
                                    text_.substr(previous_at, at - previous_at)));
      }
      c->value += run.value;
      c->unit = run.unit;
      c->fraction = c->fraction || run.fraction;
      c->found = true;
      return true;
    }
    const SmallUnit* small = PeekSmallUnit();
    if (small == nullptr) return true;
    // A bare 천/백/십 counts one of it: "천억원".
    if (previous && small->exponent >= *previous) return Fail(pos_, fmt::format("unit '{}' out of order", small->text));
    const Decimal place = Decimal::Pow10(small->exponent);
    pos_ += small->text.size();
    c->value += place;
    c->unit = place;
    c->found = true;
    shape->small_units = true;
    previous = small->exponent;
    previous_at = at;
  }
}

// A number with Korean myriad groups ("8조 9512억", "1억2천만", "10여억") or an English scale
// word ("7.5 billion", "7.5bn"). Sets *unit to the place of the last written digit.
bool FigureReader::ReadNumber(Decimal* value, Decimal* unit, FigureShape* shape) {
  shape->number_begin = pos_;
  std::optional<int> previous;  // exponent of the last myriad unit
  std::size_t previous_at = 0;
  std::size_t previous_end = 0;
  *value = Decimal(0);
  bool yeo = false;
  while (true) {
    const std::size_t group_at = pos_;
    Coefficient c;
    if (!ReadCoefficient(&c, shape)) return false;
    if (c.found && c.fraction && previous) {
      return Fail(group_at, fmt::format("a decimal fraction must start the figure: '{}'", WordAt(group_at)));
    }
    if (c.found && !yeo && Consume("여")) yeo = shape->yeo_before_unit = true;
    if (c.found) {
      // "400 억 달러", "4 조 6000 억원": a space between the digits and their unit.
      const std::size_t before_space = pos_;
      if (!SkipSpaces() || PeekMyriad() == nullptr) pos_ = before_space;
      else shape->spaced_groups = true;
    }
    const MyriadUnit* myriad = PeekMyriad();
    if (myriad == nullptr) {
      if (!c.found) return FailNoNumber();
      if (previous && c.value >= Decimal::Pow10(*previous)) {
        return Fail(group_at, fmt::format("'{}' does not fit below '{}'", text_.substr(group_at, pos_ - group_at),
                                          text_.substr(previous_at, previous_end - previous_at)));
      }
      *value += c.value;
      *unit = c.unit;
      break;
    }
    if (previous && myriad->exponent >= *previous) return Fail(pos_, fmt::format("unit '{}' out of order", myriad->text));
    if (!c.found) return Fail(pos_, fmt::format("missing number before '{}'", myriad->text));
    const Decimal place = Decimal::Pow10(myriad->exponent);
    if (previous && c.value * place >= Decimal::Pow10(*previous)) {
      return Fail(group_at, fmt::format("'{}' does not fit below '{}'",
                                        text_.substr(group_at, pos_ + myriad->text.size() - group_at),
                                        text_.substr(previous_at, previous_end - previous_at)));
    }
    pos_ += myriad->text.size();
    *value += c.value * place;
    *unit = c.unit * place;
    shape->myriad = true;
    shape->last_myriad = place;
    previous = myriad->exponent;
    previous_at = group_at;
    previous_end = pos_;
    if (!yeo && Consume("여")) yeo = shape->yeo_after_unit = true;
    if (c.fraction) {
      shape->decimal_group = true;
      break;
    }
    const std::size_t before_space = pos_;
    const bool spaced = SkipSpaces();
    if (PeekDigit() || PeekSmallUnit() != nullptr || PeekMyriad() != nullptr) {
      shape->spaced_groups = shape->spaced_groups || spaced;
      continue;
    }
    pos_ = before_space;
    break;
  }
  shape->number_end = pos_;
  if (!shape->myriad) {
    const std::size_t before_space = pos_;
    SkipSpaces();
    bool found = false;
    int exponent = 0;
    for (const ScaleWord& s : kScaleWords) {
      if (Consume(s.text)) {
        const Decimal scale = Decimal::Pow10(s.exponent);
        *value *= scale;
        *unit *= scale;
        shape->scale = scale;
        exponent = s.exponent;
        found = true;
        break;
      }
    }
    if (!found) pos_ = before_space;
    // "3 billion 200 million": a smaller whole number and scale word after the first.
    while (found) {
      const std::size_t before = pos_;
      SkipSpaces();
      Consume("and");
      SkipSpaces();
      if (!PeekDigit()) {
        pos_ = before;
        break;
      }
      DigitRun run;
      const std::size_t run_at = pos_;
      if (!ReadDigitRun(&run)) return false;
      SkipSpaces();
      const ScaleWord* next = nullptr;
      for (const ScaleWord& s : kScaleWords) {
        if (s.text.size() > 1 && s.exponent < exponent && Consume(s.text)) {
          next = &s;
          break;
        }
      }
      if (next == nullptr || run.fraction || run.value >= Decimal::Pow10(exponent - next->exponent)) {
        if (next != nullptr) {
          std::string_view above = text_.substr(shape->number_begin, run_at - shape->number_begin);
          while (!above.empty() && above.back() == ' ') above.remove_suffix(1);
          return Fail(run_at, fmt::format("'{}' does not fit below '{}'", text_.substr(run_at, pos_ - run_at), above));
        }
        pos_ = before;
        break;
      }
      const Decimal scale = Decimal::Pow10(next->exponent);
      *value += run.value * scale;
      *unit = run.unit * scale;
      exponent = next->exponent;
      shape->compound_scale = true;
    }
  }
  return true;
}

std::variant<Amount, ParseError> FigureReader::ReadAmount(FigureShape* shape) {
  if (!CheckWholeText()) return error_;
  Qualifiers qualifiers;
  std::vector<CurrencyMention> mentions;
  bool consumed = false;
  bool prefix_currency = false;
  while (true) {
    SkipSpaces();
    const std::size_t at = pos_;
    if (!ConsumeQualifier(kLeadingQualifiers, &qualifiers, &consumed)) return error_;
    if (consumed) continue;
    // 한화/원화/미화 say which currency the figure is in, before a number: "미화 2,326억 달러".
    if (Consume("한화") || Consume("원화")) {
      mentions.push_back({FindCurrencyByCode("KRW"), at, text_.substr(at, pos_ - at)});
      continue;
    }
    if (Consume("미화")) {
      mentions.push_back({FindCurrencyByCode("USD"), at, text_.substr(at, pos_ - at)});
      continue;
    }
    if (prefix_currency || PeekDigit()) break;
    CurrencyAlias alias;
    if (const std::size_t length = MatchCurrencyAliasPrefix(Rest(), &alias); length > 0) {
      CurrencyMention mention;
      if (!ResolveAlias(alias, at, length, &mention)) return error_;
      mentions.push_back(mention);
      pos_ += length;
      prefix_currency = true;
      continue;
    }
    // "US $7.5 billion"
    if (Consume("US")) {
      SkipSpaces();
      if (!AtEnd() && text_[pos_] == '$') continue;
      pos_ = at;
    }
    break;
  }
  if (!PeekDigit() && PeekSmallUnit() == nullptr) return NoNumberError();
  const std::size_t number_at = pos_;
  Decimal value;
  Decimal unit;
  if (!ReadNumber(&value, &unit, shape)) return error_;
  const std::size_t number_end = pos_;
  if (shape->yeo_before_unit || shape->yeo_after_unit) {
    if (!SetBound(Bound::kMoreThan, number_at, "여", &qualifiers)) return error_;
  }
  bool suffix_currency = false;
  while (true) {
    SkipSpaces();
    if (AtEnd()) break;
    const std::size_t at = pos_;
    if (!ConsumeQualifier(kTrailingQualifiers, &qualifiers, &consumed)) return error_;
    if (consumed) continue;
    if (suffix_currency && !shape->cents && PeekDigit()) {
      // "1482만7310달러55센트", "12 dollars 50 cents": the cents after the currency.
      DigitRun cents;
      if (!ReadDigitRun(&cents)) return error_;
      SkipSpaces();
      if (!(Consume("센트") || Consume("cents") || Consume("cent"))) {
        return Error(at, fmt::format("unexpected '{}'", WordAt(at)));
      }
      if (cents.fraction || cents.value >= Decimal(100)) {
        return Error(at, fmt::format("'{}': cents must be below 100", text_.substr(at, pos_ - at)));
      }
      if (unit < Decimal(1)) return Error(at, fmt::format("cents after a decimal fraction: '{}'", Trimmed()));
      value += cents.value * Decimal::Pow10(-2);
      unit = Decimal::Pow10(-2);
      shape->cents = true;
      continue;
    }
    CurrencyAlias alias;
    if (!suffix_currency) {
      if (const std::size_t length = MatchCurrencyAliasPrefix(Rest(), &alias); length > 0) {
        CurrencyMention mention;
        if (!ResolveAlias(alias, at, length, &mention)) return error_;
        mentions.push_back(mention);
        pos_ += length;
        suffix_currency = true;
        continue;
      }
    }
    const std::string_view word = WordAt(at);
    // A word of letters where the currency goes is a currency figcheck does not know.
    const auto first = DecodeUtf8(text_, at);
    const bool wordlike = first && (IsHangulSyllable(first->code_point) || IsAsciiLetter(text_[at])) &&
                          std::none_of(word.begin(), word.end(), IsAsciiDigit);
    if (mentions.empty() && wordlike) return Error(at, fmt::format("unknown currency '{}'", word));
    return Error(at, fmt::format("unexpected '{}'", word));
  }
  const Currency* currency = nullptr;
  std::string_view currency_text;
  for (const CurrencyMention& m : mentions) {
    if (currency == nullptr) {
      currency = m.currency;
      currency_text = m.text;
    } else if (m.currency != currency) {
      return Error(m.offset, fmt::format("currency '{}' contradicts '{}'", m.text, currency_text));
    }
  }
  if (currency == nullptr) currency = options_.currency;
  if (currency == nullptr) return Error(number_end, fmt::format("no currency in '{}'", Trimmed()));
  return Amount{value, currency, unit, qualifiers.approximate, qualifiers.bound};
}

bool FigureReader::ConsumeSignWord(ChangeSign* sign) {
  auto consume_stem = [&](std::span<const std::string_view> stems) {
    for (std::string_view stem : stems) {
      if (Rest().starts_with(stem)) {
        pos_ += stem.size();
        // The ending goes with the stem: 증가한, 늘어난, 줄었다.
        while (const auto decoded = DecodeUtf8(text_, pos_)) {
          if (!IsHangulSyllable(decoded->code_point)) break;
          pos_ += decoded->length;
        }
        return true;
      }
    }
    return false;
  };
  if (consume_stem(kIncreaseStems)) {
    *sign = ChangeSign::kIncrease;
    return true;
  }
  if (consume_stem(kDecreaseStems)) {
    *sign = ChangeSign::kDecrease;
    return true;
  }
  if (ConsumeAny(kIncreaseNouns)) {
    *sign = ChangeSign::kIncrease;
    return true;
  }
  if (ConsumeAny(kDecreaseNouns)) {
    *sign = ChangeSign::kDecrease;
    return true;
  }
  return false;
}

std::variant<Change, ParseError> FigureReader::ReadChange(bool* committed) {
  *committed = false;
  if (!CheckWholeText()) return error_;
  Qualifiers qualifiers;
  ChangeSign word_sign = ChangeSign::kUnspecified;
  std::string_view word_sign_text;
  auto set_word_sign = [&](ChangeSign sign, std::size_t at) {
    const std::string_view said = text_.substr(at, pos_ - at);
    if (word_sign != ChangeSign::kUnspecified && word_sign != sign) {
      return Fail(at, fmt::format("'{}' contradicts '{}'", said, word_sign_text));
    }
    word_sign = sign;
    word_sign_text = said;
    return true;
  };
  bool consumed = false;
  while (true) {
    SkipSpaces();
    const std::size_t at = pos_;
    if (!ConsumeQualifier(kLeadingQualifiers, &qualifiers, &consumed)) return error_;
    if (consumed) continue;
    std::optional<ChangeSign> verb;
    if (ConsumeAny(kIncreaseWords)) verb = ChangeSign::kIncrease;
    else if (ConsumeAny(kDecreaseWords)) verb = ChangeSign::kDecrease;
    if (!verb) break;
    *committed = true;
    if (!set_word_sign(*verb, at)) return error_;
    const std::size_t before_by = pos_;
    SkipSpaces();
    if (!Consume("by")) pos_ = before_by;
  }
  const std::size_t number_at = pos_;
  int explicit_sign = 0;
  if (Consume("+") || Consume("▲")) explicit_sign = 1;
  else if (Consume("-") || Consume("\u2212") || Consume("▼")) explicit_sign = -1;
  DigitRun run;
  if (const auto numeral = ConsumeKoreanNumeral()) {
    // "두 배", "세배": a native Korean numeral counts only as a ratio.
    const std::size_t after = pos_;
    SkipSpaces();
    if (!Rest().starts_with("배")) {
      pos_ = after;
      return Error(number_at, fmt::format("expected '배' after '{}'", text_.substr(number_at, after - number_at)));
    }
    run.value = Decimal(*numeral);
  } else {
    if (!PeekDigit()) return NoNumberError();
    if (!ReadDigitRun(&run)) return error_;
  }
  const std::string_view number_text = text_.substr(number_at, pos_ - number_at);
  const std::size_t after_number = pos_;
  std::optional<ChangeKind> kind;
  if (Consume("%") || Consume("％")) {
    const std::size_t after_percent = pos_;
    if (Consume("pt") || Consume("p")) {
      kind = ChangeKind::kPoints;
    } else {
      SkipSpaces();
      if (Consume("포인트") || Consume("percentage points") || Consume("points")) {
        kind = ChangeKind::kPoints;
      } else {
        pos_ = after_percent;
        kind = ChangeKind::kPercent;
      }
    }
  } else if (Consume("배") || Consume("x") || Consume("×") || Consume("-fold")) {
    kind = ChangeKind::kRatio;
  } else {
    SkipSpaces();
    if (Consume("percentage points") || Consume("percentage point") || Consume("포인트") || Consume("ppt") ||
        Consume("pp") || Consume("points")) {
      kind = ChangeKind::kPoints;
    } else if (Consume("percent") || Consume("per cent") || Consume("pct")) {
      kind = ChangeKind::kPercent;
    } else if (Consume("배") || Consume("fold") || Consume("times") || Consume("x")) {
      kind = ChangeKind::kRatio;
    }
  }
  if (!kind) {
    pos_ = after_number;
    return Error(after_number, fmt::format("expected '%', '%p' or '배' after '{}'", number_text));
  }
  *committed = true;
  if (!Consume("이나")) Consume("나");  // "51%나 증가": emphasis
  while (true) {
    SkipSpaces();
    if (AtEnd()) break;
    const std::size_t at = pos_;
    if (!ConsumeQualifier(kTrailingQualifiers, &qualifiers, &consumed)) return error_;
    if (consumed) continue;
    ChangeSign sign = ChangeSign::kUnspecified;
    if (ConsumeSignWord(&sign)) {
      if (!set_word_sign(sign, at)) return error_;
      continue;
    }
    return Error(at, fmt::format("unexpected '{}'", WordAt(at)));
  }
  ChangeSign sign = explicit_sign > 0 ? ChangeSign::kIncrease
                    : explicit_sign < 0 ? ChangeSign::kDecrease
                                        : ChangeSign::kUnspecified;
  if (word_sign != ChangeSign::kUnspecified) {
    if (sign != ChangeSign::kUnspecified && sign != word_sign) {
      // The sign is read first, so the word is what contradicts it: "-3% 증가".
      const std::size_t word_at = static_cast<std::size_t>(word_sign_text.data() - text_.data());
      return Error(word_at, fmt::format("'{}' contradicts '{}'", word_sign_text, WordAt(number_at)));
    }
    sign = word_sign;
  }
  if (*kind == ChangeKind::kRatio && sign == ChangeSign::kDecrease) {
    return Error(number_at, fmt::format("a ratio cannot be a decrease: '{}'", Trimmed()));
  }
  Change change;
  change.kind = *kind;
  change.value = sign == ChangeSign::kDecrease ? -run.value : run.value;
  change.unit = run.unit;
  change.sign = sign;
  change.approximate = qualifiers.approximate;
  change.bound = qualifiers.bound;
  return change;
}

}  // namespace

std::optional<SpelledNumber> ReadSpelledNumber(std::string_view text) {
  struct Word {
    std::string_view text;
    int value;
  };
  static constexpr Word kOnes[] = {
      {"zero", 0},     {"one", 1},        {"two", 2},       {"three", 3},    {"four", 4},
      {"five", 5},     {"six", 6},        {"seven", 7},     {"eight", 8},    {"nine", 9},
      {"ten", 10},     {"eleven", 11},    {"twelve", 12},   {"thirteen", 13}, {"fourteen", 14},
      {"fifteen", 15}, {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
      {"twenty", 20},  {"thirty", 30},    {"forty", 40},    {"fifty", 50},   {"sixty", 60},
      {"seventy", 70}, {"eighty", 80},    {"ninety", 90},
  };
  // The word at `at` (letters only, lower-cased) and where it ends.
  auto word_at = [&](std::size_t at, std::size_t* end) {
    std::string w;
    std::size_t i = at;
    while (i < text.size() && IsAsciiLetter(text[i])) w.push_back(AsciiLower(text[i++]));
    *end = i;
    return w;
  };
  auto value_of = [&](const std::string& w) -> std::optional<int> {
    for (const Word& x : kOnes) {
      if (w == x.text) return x.value;
    }
    return std::nullopt;
  };
  std::uint64_t total = 0;
  std::uint64_t current = 0;
  bool any = false;
  bool last_tens = false;  // "fifty" may take "two" after it
  std::string fraction;
  std::size_t pos = 0;
  std::size_t end_of_number = 0;
  while (pos < text.size()) {
    std::size_t end = 0;
    const std::string w = word_at(pos, &end);
    if (w.empty()) break;
    if (const auto v = value_of(w)) {
      if (any && current % 100 != 0 && !(last_tens && *v < 10)) break;  // "five six" is not a number
      current += static_cast<std::uint64_t>(*v);
      last_tens = *v >= 20 && *v % 10 == 0;
    } else if (w == "hundred" && any && current > 0 && current < 100) {
      current *= 100;
      last_tens = false;
    } else if (w == "thousand" && any && current > 0 && total == 0) {
      total = current * 1000;
      current = 0;
      last_tens = false;
    } else if (w == "and" && any) {
      // "five hundred and fifty": only when a number word follows.
      std::size_t next = end;
      while (next < text.size() && text[next] == ' ') ++next;
      std::size_t e2 = 0;
      if (!value_of(word_at(next, &e2))) break;
      pos = next;
      continue;
    } else if (w == "point" && any) {
      std::size_t next = end;
      std::string digits;
      std::size_t digits_end = end;
      while (true) {
        while (next < text.size() && text[next] == ' ') ++next;
        std::size_t e2 = 0;
        const auto d = value_of(word_at(next, &e2));
        if (!d || *d > 9) break;
        digits.push_back(static_cast<char>('0' + *d));
        digits_end = next = e2;
      }
      if (!digits.empty()) {
        fraction = digits;
        end_of_number = digits_end;
      }
      break;
    } else {
      break;
    }
    any = true;
    end_of_number = end;
    pos = end;
    // Words are separated by one space or a hyphen ("twenty-five").
    if (pos < text.size() && (text[pos] == ' ' || text[pos] == '-')) ++pos;
  }
  if (!any) return std::nullopt;
  std::string digits = std::to_string(total + current);
  if (!fraction.empty()) digits += "." + fraction;
  return SpelledNumber{digits, end_of_number};
}

namespace {

// The text the reader sees: full-width forms folded (one code point for one, so columns stay
// right) and a number written in English words ("five hundred fifty point two billion won")
// replaced by its digits when the text has no digit of its own.
std::string ReadableText(std::string_view text) {
  std::string folded = FoldWidth(text);
  // "14-trillion-won", "$11-billion": a hyphen between a number or scale word and a word is a
  // space (one character for one, so columns stay right).
  for (std::size_t i = 1; i + 1 < folded.size(); ++i) {
    if (folded[i] == '-' && (IsAsciiDigit(folded[i - 1]) || IsAsciiLetter(folded[i - 1])) && IsAsciiLetter(folded[i + 1])) {
      folded[i] = ' ';
    }
  }
  if (folded.size() > kMaxFigureBytes ||
      std::any_of(folded.begin(), folded.end(), [](char c) { return IsAsciiDigit(c); })) {
    return folded;
  }
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (!IsAsciiLetter(folded[i]) || (i > 0 && IsAsciiLetter(folded[i - 1]))) continue;
    if (const auto spelled = ReadSpelledNumber(std::string_view(folded).substr(i))) {
      return folded.substr(0, i) + spelled->digits + folded.substr(i + spelled->length);
    }
  }
  return folded;
}

// A byte offset in `from` moved to the same code point in `to` (texts with as many code points).
std::size_t SameCodePoint(std::string_view from, std::size_t offset, std::string_view to) {
  const int n = CodePointColumn(from, offset);
  std::size_t at = 0;
  for (int k = 0; k < n && at < to.size(); ++k) {
    std::size_t length = 0;
    DecodeAt(to, at, &length);
    at += length;
  }
  return at;
}

}  // namespace

std::variant<Amount, ParseError> ParseAmountWithShape(std::string_view text, const ParseOptions& options,
                                                      FigureShape* shape) {
  FigureShape scratch;
  FigureShape* out = shape != nullptr ? shape : &scratch;
  const std::string readable = ReadableText(text);
  auto result = FigureReader(readable, options).ReadAmount(out);
  // An error quotes the text as given ("ambiguous currency '￥'") when reading it as given fails
  // at the same place.
  if (readable != text && std::holds_alternative<ParseError>(result)) {
    FigureShape ignored;
    auto as_given = FigureReader(text, options).ReadAmount(&ignored);
    if (const auto* e = std::get_if<ParseError>(&as_given); e && e->column == std::get<ParseError>(result).column) {
      return as_given;
    }
  }
  if (readable != text && shape != nullptr) {
    // Offsets into the text as given, which is what written.cc splices.
    if (CodePointColumn(readable, readable.size()) == CodePointColumn(text, text.size())) {
      out->number_begin = SameCodePoint(readable, out->number_begin, text);
      out->number_end = SameCodePoint(readable, out->number_end, text);
    } else {
      out->number_begin = out->number_end = 0;
    }
  }
  return result;
}

std::variant<Amount, ParseError> ParseAmount(std::string_view text, const ParseOptions& options) {
  return ParseAmountWithShape(text, options, nullptr);
}

std::variant<Change, ParseError> ParseChange(std::string_view text) {
  bool committed = false;
  const ParseOptions options;
  const std::string readable = FoldWidth(text);
  auto change = FigureReader(readable, options).ReadChange(&committed);
  if (readable != text && std::holds_alternative<ParseError>(change)) return FigureReader(text, options).ReadChange(&committed);
  return change;
}

std::variant<Figure, ParseError> ParseFigure(std::string_view text, const ParseOptions& options) {
  bool committed = false;
  const std::string readable = FoldWidth(text);
  auto change = FigureReader(readable, options).ReadChange(&committed);
  if (readable != text && std::holds_alternative<ParseError>(change)) change = FigureReader(text, options).ReadChange(&committed);
  if (committed) {
    if (auto* c = std::get_if<Change>(&change)) return Figure{*c};
    return std::get<ParseError>(change);
  }
  auto amount = ParseAmount(text, options);
  if (auto* a = std::get_if<Amount>(&amount)) return Figure{*a};
  return std::get<ParseError>(amount);
}

}  // namespace figcheck

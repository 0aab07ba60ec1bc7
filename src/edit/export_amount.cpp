#include "edit/export_amount.hpp"

#include <cstdint>
#include <fmt/format.h>
#include <string>
#include <vector>

namespace acctmgr {
namespace {

bool is_amount_digit(char c) {
  return c >= '0' && c <= '9';
}

/// The mark that groups digits where `decimal` is the decimal one.
char group_mark(char decimal) {
  return decimal == '.' ? ',' : '.';
}

/// The group separator at `at` (its bytes), or empty: the spaces spreadsheets write in
/// European locales (plain, no-break, narrow no-break), the Swiss apostrophe, and the mark
/// that is not the decimal one.
std::string_view group_separator_at(std::string_view text, std::size_t at, char decimal) {
  static constexpr std::string_view spaces[] = {" ", "\u00A0", "\u202F", "'"};
  const std::string_view rest = text.substr(at);
  for (const std::string_view s : spaces)
    if (rest.starts_with(s)) return s;
  if (!rest.empty() && rest.front() == group_mark(decimal)) return rest.substr(0, 1);
  return {};
}

/// What to set when `mark` is most likely the file's decimal mark and the profile says
/// otherwise.
std::string decimal_hint(char mark) {
  return fmt::format("; if '{}' is its decimal mark, the import profile needs decimal: \"{}\"",
                     mark, mark);
}

std::string not_an_amount(std::string_view text, char decimal) {
  return decimal == '.'
             ? fmt::format("expected an amount such as -1234.56 or 1,234.56, not '{}'", text)
             : fmt::format("expected an amount such as -1234,56 or 1 234,56, not '{}'", text);
}

/// 10^13 in cents: the largest amount in size (SPEC section 2).
constexpr std::int64_t kMaxExportCents = 1'000'000'000'000'000;

} // namespace

Parsed<Money> parse_export_amount(std::string_view text, char decimal) {
  if (text.empty()) return "empty amount";
  std::string_view rest = text;
  const bool negative = rest.front() == '-';
  if (negative) rest.remove_prefix(1);

  // The whole part: groups of digits between separators of one kind.
  std::string digits;
  std::vector<std::size_t> groups{0};
  std::string_view separator;
  bool mixed = false;
  std::size_t i = 0;
  for (; i < rest.size() && rest[i] != decimal;) {
    if (is_amount_digit(rest[i])) {
      digits += rest[i++];
      ++groups.back();
      continue;
    }
    const std::string_view s = group_separator_at(rest, i, decimal);
    if (s.empty() || groups.back() == 0) return not_an_amount(text, decimal);
    mixed = mixed || (!separator.empty() && s != separator);
    separator = s;
    groups.push_back(0);
    i += s.size();
  }
  if (digits.empty()) return not_an_amount(text, decimal);
  // One group is digits as they come; more are 1 to 3 digits, then threes.
  bool by_threes = groups.size() == 1 || (!mixed && groups.front() <= 3);
  for (std::size_t g = 1; g < groups.size(); ++g)
    by_threes = by_threes && groups[g] == 3;
  if (!by_threes) {
    const std::string example = decimal == '.' ? "1,234,567.89" : "1 234 567,89";
    std::string message =
        fmt::format("amount '{}' is not grouped by threes as {} is", text, example);
    if (separator.size() == 1 && separator.front() == group_mark(decimal) && !mixed)
      message += decimal_hint(group_mark(decimal));
    return message;
  }

  // The decimals: one or two digits after the mark.
  std::string_view fraction;
  if (i < rest.size()) {
    fraction = rest.substr(i + 1);
    if (fraction.find(decimal) != std::string_view::npos)
      return fmt::format("amount '{}' has more than one decimal mark '{}'; if '{}' groups its "
                         "digits, the import profile needs decimal: \"{}\"",
                         text, decimal, decimal, group_mark(decimal));
    if (fraction.find(group_mark(decimal)) != std::string_view::npos)
      return fmt::format("amount '{}' has '{}' after its decimal mark '{}'{}", text,
                         group_mark(decimal), decimal, decimal_hint(group_mark(decimal)));
    if (fraction.empty()) return not_an_amount(text, decimal);
    for (const char c : fraction)
      if (!is_amount_digit(c)) return not_an_amount(text, decimal);
    if (fraction.size() > 2) return fmt::format("amount {} has more than 2 decimal places", text);
  }

  // At most 10^13: 14 digits once leading zeros are gone, checked before they are counted.
  const std::size_t first = std::min(digits.find_first_not_of('0'), digits.size());
  if (digits.size() - first > 14) return fmt::format("amount {} is above 10^13 in size", text);
  std::int64_t cents = 0;
  for (const char c : std::string_view(digits).substr(first))
    cents = cents * 10 + (c - '0');
  cents *= 100;
  if (!fraction.empty()) cents += (fraction[0] - '0') * 10;
  if (fraction.size() == 2) cents += fraction[1] - '0';
  if (cents > kMaxExportCents) return fmt::format("amount {} is above 10^13 in size", text);
  return Money::from_cents(negative ? -cents : cents);
}

} // namespace acctmgr

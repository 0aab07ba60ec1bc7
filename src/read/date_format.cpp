#include "read/date_format.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

constexpr std::string_view kDateDirectives = "Ymd";

bool is_date_digit(char c) {
  return c >= '0' && c <= '9';
}

} // namespace

std::optional<std::string> date_format_problem(std::string_view format) {
  int seen[3] = {0, 0, 0};
  for (std::size_t i = 0; i < format.size(); ++i) {
    if (is_date_digit(format[i]))
      return fmt::format("date_format \"{}\" has a digit: only %Y, %m and %d stand for digits",
                         format);
    if (format[i] != '%') continue;
    const char d = i + 1 < format.size() ? format[i + 1] : '\0';
    const std::size_t k = kDateDirectives.find(d);
    if (k == std::string_view::npos)
      return d == 'y' ? fmt::format("date_format \"{}\" has %y: two-digit years are ambiguous, "
                                    "write %Y (four digits)",
                                    format)
                      : fmt::format("date_format \"{}\" has '%{}': it knows %Y, %m and %d", format,
                                    format.substr(i + 1, 1));
    if (++seen[k] > 1) return fmt::format("date_format \"{}\" has %{} twice", format, d);
    ++i;
  }
  for (std::size_t k = 0; k < 3; ++k)
    if (seen[k] == 0)
      return fmt::format("date_format \"{}\" has no %{}: it needs %Y, %m and %d, once each", format,
                         kDateDirectives[k]);
  return std::nullopt;
}

std::string date_format_shape(std::string_view format) {
  std::string out;
  for (std::size_t i = 0; i < format.size(); ++i) {
    if (format[i] == '%' && i + 1 < format.size()) {
      const char d = format[++i];
      out += d == 'Y' ? "YYYY" : d == 'm' ? "MM" : d == 'd' ? "DD" : "?";
    } else {
      out += format[i];
    }
  }
  return out;
}

Parsed<Date> parse_date_as(std::string_view text, std::string_view format) {
  const auto expected = [&] {
    return fmt::format("expected a date {} (date_format \"{}\"), not '{}'",
                       date_format_shape(format), format, text);
  };
  if (text.empty()) return fmt::format("empty date (expected {})", date_format_shape(format));
  int year = 0, month = 0, day = 0;
  std::size_t at = 0;
  for (std::size_t i = 0; i < format.size(); ++i) {
    if (format[i] != '%') {
      if (at >= text.size() || text[at] != format[i]) return expected();
      ++at;
      continue;
    }
    const char d = format[++i];
    // %Y is four digits; %m and %d one or two, exactly two next to another directive.
    const bool packed =
        (i + 1 < format.size() && format[i + 1] == '%') || (i >= 3 && format[i - 3] == '%');
    const std::size_t least = d == 'Y' ? 4 : packed ? 2 : 1, most = d == 'Y' ? 4 : 2;
    std::size_t n = 0;
    int value = 0;
    while (n < most && at + n < text.size() && is_date_digit(text[at + n]))
      value = value * 10 + (text[at + n++] - '0');
    if (n < least) return expected(); // a digit left over fails at what follows
    at += n;
    (d == 'Y' ? year : d == 'm' ? month : day) = value;
  }
  if (at != text.size()) return expected();
  if (year == 0) return fmt::format("'{}': years run from 0001", text);
  if (month < 1 || month > 12)
    return fmt::format("no such date: '{}' has month {} (date_format \"{}\")", text, month, format);
  if (day < 1 || day > days_in_month(year, month))
    return fmt::format("no such date: '{}' ({:04}-{:02} has {} days)", text, year, month,
                       days_in_month(year, month));
  return Date{year, month, day};
}

} // namespace acctmgr

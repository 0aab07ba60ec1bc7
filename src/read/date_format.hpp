#pragma once

#include "model/month.hpp"
#include "read/scalars.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace acctmgr {

/// An import profile's `date_format` (SPEC section 10, v3): %Y (four digits), %m and %d (one or
/// two digits; two next to another directive, as in %Y%m%d), each exactly once, and literal
/// characters other than digits, which the date must repeat. Why `format` is not one, or nullopt.
std::optional<std::string> date_format_problem(std::string_view format);

/// How a person writes a date of `format`: "%d.%m.%Y" is "DD.MM.YYYY".
std::string date_format_shape(std::string_view format);

/// A real date written as `format` (one date_format_problem accepts) says, from 0001-01-01 on.
Parsed<Date> parse_date_as(std::string_view text, std::string_view format);

} // namespace acctmgr

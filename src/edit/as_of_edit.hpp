#pragma once

#include "edit/yaml_edit.hpp"
#include "model/month.hpp"

#include <string>
#include <string_view>
#include <vector>

/// The month close's edit of a portfolio file (`acctmgr close`, SPEC section 10): its
/// top-level `as_of:` set to a month. Pure: no disk access.
namespace acctmgr::portfolio_edit {

/// The edits that make the as_of of `text` (a whole portfolio file, a BOM kept) `month`:
/// the value replaced in place when the file has the key, keeping its quotes and whatever
/// follows it on its line; none when it reads `month` already; else `as_of: MONTH` added
/// just after the `currency:` entry in the mapping's own style (on the next line at its
/// indentation, with the file's line ends, or `, as_of: MONTH` in a flow mapping). Offsets
/// count the whole text. The text must parse, with a top-level `currency:` (the loader has
/// accepted it); otherwise, or for an as_of that is not a scalar, yaml_edit::EditError.
std::vector<yaml_edit::Edit> as_of_edits(std::string_view text, Month month);

/// `text` with as_of_edits applied.
std::string set_as_of(std::string_view text, Month month);

} // namespace acctmgr::portfolio_edit

#pragma once

#include "edit/yaml_edit.hpp"
#include "model/money.hpp"
#include "model/month.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

/// Edits of a portfolio file's text by what they mean (a client's month, an activity entry),
/// placed by yaml_edit. Each takes the whole file (a BOM is kept) and returns it edited. The
/// client must exist and the text must parse: the loader has accepted it already; otherwise
/// yaml_edit::EditError. Pure: no disk access.
namespace acctmgr::portfolio_edit {

/// An amount as the file writes it: 1250 for whole units, else two decimals (118500.50).
std::string amount_text(Money m);

/// Sets `key: {month: amount}` of `client` (key: revenue, cost or forecast): replaces the
/// month's value, or adds the entry in month order in the mapping's own style, or adds the
/// mapping `key: {month: amount}` as the client's last key.
std::string set_month(std::string_view text, std::string_view client, std::string_view key,
                      Month month, Money amount);

/// The offset of `client`'s `key` value for `month` in the text without its BOM (as the
/// loader counts), if there is one: to point at it in a message.
std::optional<std::size_t> month_offset(std::string_view text, std::string_view client,
                                        std::string_view key, Month month);

/// Appends an activity entry (fields already in YAML form) to `client`'s `activity:` list in
/// the list's own style, or adds the list as the client's last key.
std::string append_activity(std::string_view text, std::string_view client,
                            const yaml_edit::Fields& fields);

/// `text` as a double-quoted YAML string (for a note).
std::string quoted(std::string_view text);

} // namespace acctmgr::portfolio_edit

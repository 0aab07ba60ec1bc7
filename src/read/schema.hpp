#pragma once

#include "model/portfolio.hpp"
#include "read/load.hpp"
#include "read/schema_reader.hpp"

#include <optional>

namespace acctmgr {

/// Collections never nest deeper than clients > client > stakeholders > stakeholder > roles
/// below the top-level mapping.
inline constexpr int max_nesting = 6;

/// An ISO 4217 code such as USD (`currency:` of a portfolio or client, `reporting_currency`).
std::optional<std::string> read_currency(SchemaReader& reader, const YamlNode& value);

/// The settings file's `fx:` mapping, {YEAR: {CODE: rate}}, into `into`.
void read_fx(SchemaReader& reader, const YamlNode& value, Currencies& into);

/// Applies the keys present under `settings:` onto `into` (which holds the defaults or the
/// settings file's values), share bands band by band, and checks the merged bands.
void read_settings(SchemaReader& reader, const YamlNode& value, Settings& into);

/// A `bonus:` plan; `key` is its key node (the plan's recorded position).
std::optional<BonusPlan> read_bonus(SchemaReader& reader, const YamlNode& key,
                                    const YamlNode& value);

/// The import profiles of the settings file's `imports:` (SPEC section 10, v3), each checked:
/// its keys, its columns (client, amount, and month or date, no header mapped twice), its
/// date_format, decimal mark, separator, skip and skip_rows.
std::vector<ImportProfile> read_imports(SchemaReader& reader, const YamlNode& value);

/// The clients of a portfolio's `clients:` list, with every per-client rule checked.
std::vector<Client> read_clients(SchemaReader& reader, const YamlNode& value);

} // namespace acctmgr

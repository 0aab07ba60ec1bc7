#pragma once

#include "core/portfolio.hpp"
#include "io/load.hpp"
#include "io/schema_reader.hpp"

#include <optional>

namespace acctmgr {

/// Collections never nest deeper than clients > client > stakeholders > stakeholder > roles
/// below the top-level mapping.
inline constexpr int max_nesting = 6;

/// Applies the keys present under `settings:` onto `into` (which holds the defaults or the
/// settings file's values), share bands band by band, and checks the merged bands.
void read_settings(SchemaReader& reader, const YamlNode& value, Settings& into);

/// A `bonus:` plan; `key` is its key node (the plan's recorded position).
std::optional<BonusPlan> read_bonus(SchemaReader& reader, const YamlNode& key,
                                    const YamlNode& value);

/// The clients of a portfolio's `clients:` list, with every per-client rule checked.
std::vector<Client> read_clients(SchemaReader& reader, const YamlNode& value);

} // namespace acctmgr

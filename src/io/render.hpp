#pragma once

#include "core/table.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace acctmgr {

enum class Format { table, csv, json, md };

/// "table", "csv", "json", "md"; nullopt otherwise.
std::optional<Format> parse_format(std::string_view name);
/// The format implied by an output file's extension (.csv, .json, .md, .txt); nullopt if none.
std::optional<Format> format_for_path(std::string_view path);

/// Aligned text table; statuses coloured with ANSI escapes when `color` is set.
std::string render_table(const Table& t, bool color);
/// RFC 4180 CSV with a header row; formula-looking text cells neutralised.
std::string render_csv(const Table& t);
/// A JSON array of objects, one per row, keyed by column name; amounts as exact decimals.
std::string render_json(const Table& t);
/// A GitHub-flavoured Markdown table under a heading.
std::string render_md(const Table& t);

std::string render(const Table& t, Format f, bool color);

} // namespace acctmgr

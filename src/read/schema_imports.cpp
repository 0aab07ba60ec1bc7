#include "model/import_profile.hpp"
#include "read/date_format.hpp"
#include "read/schema.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

constexpr bool columns_follow_fields() {
  for (std::size_t i = 0; i < kImportFields.size(); ++i)
    if (std::string_view(kImportFields[i].name) != kImportColumnKeys[i].name ||
        static_cast<std::size_t>(kImportFields[i].value) != i)
      return false;
  return kImportFields.size() == kImportColumnKeys.size();
}
static_assert(columns_follow_fields(), "kImportColumnKeys must list kImportFields in order");

/// A profile is named on the command line (`--profile NAME`): an id, as clients' are.
constexpr const char* kProfileNameRule = "lower-case letters, digits, '_', '.' and '-', starting "
                                         "with a letter or digit";

/// The columns of a profile, in the file's order. Two of our fields read from one header
/// name are an error at the second: one column cannot be both the amount and the invoice.
void read_columns(SchemaReader& r, const YamlNode& value, ImportProfile& p) {
  if (!r.mapping(value, false)) return;
  Fields f(r, value, kImportColumnKeys);
  f.require("client");
  f.require("amount");
  r.tree().for_each_pair(value, [&](const YamlNode& key, const YamlNode& v) {
    if (key.kind != NodeKind::scalar) return;
    const std::optional<ImportField> field = parse_term(kImportFields, key.text);
    if (!field) return; // reported by Fields
    const std::optional<std::string> header = r.text(v);
    if (!header) return;
    for (const ImportColumn& c : p.columns)
      if (header_key(c.header) == header_key(*header)) {
        r.error(v, fmt::format("column '{}' is mapped twice, to {} and to {}: each field needs "
                               "a column of its own",
                               *header, to_string(c.field), to_string(*field)));
        return;
      }
    p.columns.push_back(ImportColumn{*field, *header, false, r.position(v)});
  });
}

/// `"."` or `","`.
std::optional<char> read_decimal(SchemaReader& r, const YamlNode& v) {
  if (!r.is_scalar(v, "a decimal mark")) return std::nullopt;
  if (v.text == "." || v.text == ",") return v.text.front();
  r.error(v, fmt::format("decimal is \".\" or \",\", not '{}'", v.text));
  return std::nullopt;
}

/// `","`, `";"` or `tab`.
std::optional<char> read_separator(SchemaReader& r, const YamlNode& v) {
  if (!r.is_scalar(v, "a separator")) return std::nullopt;
  if (v.text == "," || v.text == ";") return v.text.front();
  if (v.text == "tab") return '\t';
  r.error(v, fmt::format("separator is \",\", \";\" or tab, not '{}' (leave it out to detect it "
                         "from the header line)",
                         v.text));
  return std::nullopt;
}

/// Patterns of client cells: any text, "" too (an empty cell).
std::vector<std::string> read_skip_rows(SchemaReader& r, const YamlNode& value) {
  std::vector<std::string> out;
  if (!r.sequence(value)) return out;
  r.tree().for_each_child(value, [&](const YamlNode& item) {
    if (item.kind == NodeKind::null) {
      r.error(item, "expected a pattern of client cells, not nothing (write \"\" for an empty "
                    "cell)");
      return;
    }
    if (!r.is_scalar(item, "a pattern of client cells")) return;
    if (auto problem = text_problem(item.text, false)) {
      r.error(item, std::move(*problem));
      return;
    }
    out.emplace_back(item.text);
  });
  return out;
}

std::optional<ImportProfile> read_profile(SchemaReader& r, const YamlNode& key,
                                          const YamlNode& value) {
  if (!r.mapping(value, false)) return std::nullopt;
  const std::size_t before = r.problems().size();
  ImportProfile p;
  p.name = std::string(key.text);
  p.pos = r.position(key);
  Fields f(r, value, kImportProfileKeys);
  const YamlNode* columns = f.require("columns");
  if (columns) read_columns(r, *columns, p);
  const YamlNode* format = f.get("date_format");
  if (format && r.is_scalar(*format, "a date format")) {
    if (auto problem = date_format_problem(format->text))
      r.error(*format, std::move(*problem));
    else
      p.date_format = std::string(format->text);
  }
  if (const YamlNode* v = f.get("decimal"))
    if (auto mark = read_decimal(r, *v)) p.decimal = *mark;
  if (const YamlNode* v = f.get("separator")) p.separator = read_separator(r, *v);
  if (const YamlNode* v = f.get("skip"))
    if (auto n = r.whole(*v, 0, 1000)) p.skip = *n;
  if (const YamlNode* v = f.get("skip_rows")) p.skip_rows = read_skip_rows(r, *v);

  // The month of each row: from a month column, or from a date column read with date_format.
  if (columns && columns->kind == NodeKind::mapping) {
    const ImportColumn* month = p.column(ImportField::month);
    const ImportColumn* date = p.column(ImportField::date);
    if (month && date) {
      r.error(*columns, "columns map both month and date: map one (month for YYYY-MM cells, or "
                        "date with date_format)");
    } else if (!month && !date && r.problems().size() == before) {
      r.error(*columns, "columns need month (YYYY-MM cells) or date (read with date_format)");
    } else if (date && !format) {
      r.error(key, fmt::format("profile '{}' maps a date column but has no date_format (such "
                               "as \"%d.%m.%Y\")",
                               p.name));
    }
    if (format && !date)
      r.error(*f.key_node("date_format"),
              "date_format reads a date column, and columns map none (map date, or leave "
              "date_format out)");
  }
  if (r.problems().size() != before) return std::nullopt;
  return p;
}

} // namespace

std::vector<ImportProfile> read_imports(SchemaReader& r, const YamlNode& value) {
  std::vector<ImportProfile> out;
  if (!r.mapping(value)) return out;
  r.tree().for_each_pair(value, [&](const YamlNode& key, const YamlNode& v) {
    if (key.kind != NodeKind::scalar) return;
    if (!is_valid_id(key.text)) {
      r.error(key, fmt::format("profile name '{}': a name is {}", key.text, kProfileNameRule));
      return;
    }
    if (auto p = read_profile(r, key, v)) out.push_back(std::move(*p));
  });
  return out;
}

} // namespace acctmgr

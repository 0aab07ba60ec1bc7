#include "io/load.hpp"
#include "io/schema.hpp"
#include "io/source_check.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

/// Runs the byte and YAML checks, then `read` on the top-level mapping; throws InputError
/// with every problem found.
template <class Read>
void parse_document(std::string_view bytes, const std::string& file, const char* expected,
                    Read&& read) {
  const SourceText source(strip_bom(bytes), file);
  Problems problems(source);
  if (bytes.size() > max_file_bytes) {
    problems.file_error(fmt::format("file is larger than {} MiB", max_file_bytes >> 20));
  } else if (check_bytes(source, problems)) {
    if (auto tree = parse_yaml(source, problems, max_nesting)) {
      SchemaReader reader(*tree, problems);
      const YamlNode& root = tree->root();
      if (root.kind == NodeKind::mapping) {
        read(reader, root);
      } else if (root.kind != NodeKind::invalid) {
        reader.error(root, fmt::format("expected a mapping with {} at the top of the file, not {}",
                                       expected, SchemaReader::describe(root)));
      }
    }
  }
  if (!problems.empty()) throw InputError(problems.take());
}

void read_targets(SchemaReader& r, const YamlNode& value, std::map<int, Money>& targets) {
  if (!r.mapping(value)) return;
  Fields f(r, value, {"revenue"});
  const YamlNode* revenue = f.get("revenue");
  if (!revenue || !r.mapping(*revenue)) return;
  r.tree().for_each_pair(*revenue, [&](const YamlNode& k, const YamlNode& v) {
    if (k.kind != NodeKind::scalar) return;
    auto year = r.scalar(k, parse_year, "a year");
    auto amount = r.scalar(v, parse_amount);
    if (year && amount) targets[*year] = *amount;
  });
}

} // namespace

Portfolio parse_portfolio(std::string_view bytes, const std::string& file, const SettingsFile& base,
                          std::optional<Month> as_of_override, Month default_as_of) {
  Portfolio p;
  p.file = file;
  p.settings = base.settings;
  p.bonus = base.bonus;
  p.as_of = default_as_of;
  parse_document(bytes, file, "'manager:'", [&](SchemaReader& r, const YamlNode& root) {
    Fields f(r, root,
             {"manager", "currency", "as_of", "salary", "settings", "targets", "bonus", "clients"});
    if (const YamlNode* v = f.require("manager")) {
      p.manager_pos = r.position(*f.key_node("manager"));
      if (auto name = r.text(*v)) p.manager = *name;
    }
    if (const YamlNode* v = f.require("currency")) {
      p.currency_pos = r.position(*v);
      if (r.is_scalar(*v, "a currency code") && is_currency_code(v->text))
        p.currency = std::string(v->text);
      else if (v->kind == NodeKind::scalar)
        r.error(*v,
                fmt::format("expected an ISO 4217 currency code such as USD, not '{}'", v->text));
    }
    if (const YamlNode* v = f.get("as_of")) {
      p.as_of_pos = r.position(*v);
      if (auto m = r.scalar(*v, parse_month, "a month")) {
        p.as_of = *m;
        // A month not yet over has no final figures (SPEC section 3); refused even under
        // --as-of, since the file itself is wrong.
        if (*m > default_as_of)
          r.error(*v, fmt::format("as_of {} is after {}, the last complete month: as_of is the "
                                  "last closed month",
                                  to_string(*m), to_string(default_as_of)));
      }
    }
    if (as_of_override) p.as_of = *as_of_override;
    if (const YamlNode* v = f.get("salary")) p.salary = r.scalar(*v, parse_amount);
    if (const YamlNode* v = f.get("settings")) read_settings(r, *v, p.settings);
    if (const YamlNode* v = f.get("targets")) read_targets(r, *v, p.revenue_targets);
    if (const YamlNode* v = f.get("bonus")) p.bonus = read_bonus(r, *f.key_node("bonus"), *v);
    if (const YamlNode* v = f.get("clients")) p.clients = read_clients(r, *v);
  });
  return p;
}

namespace {

bool blank_or_comments(std::string_view bytes) {
  bool line_start = true, in_comment = false;
  for (char c : bytes) {
    if (c == '\n') {
      line_start = true;
      in_comment = false;
    } else if (in_comment || c == ' ' || c == '\t' || c == '\r') {
      continue;
    } else if (c == '#' && line_start) {
      in_comment = true;
    } else {
      return false;
    }
  }
  return true;
}

} // namespace

SettingsFile parse_settings_file(std::string_view bytes, const std::string& file) {
  SettingsFile s;
  s.path = file;
  // A settings file with nothing but blanks and comments means "all defaults", so that
  // `--config /dev/null` ignores any acctmgr.yaml above the current directory.
  if (blank_or_comments(bytes)) return s;
  parse_document(bytes, file, "'settings:' or 'bonus:'",
                 [&](SchemaReader& r, const YamlNode& root) {
                   Fields f(r, root, {"settings", "bonus"});
                   if (const YamlNode* v = f.get("settings")) read_settings(r, *v, s.settings);
                   if (const YamlNode* v = f.get("bonus"))
                     s.bonus = read_bonus(r, *f.key_node("bonus"), *v);
                 });
  return s;
}

} // namespace acctmgr

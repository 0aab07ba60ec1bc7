#include "read/load.hpp"
#include "read/schema.hpp"
#include "read/schema_client_stream.hpp"
#include "read/source_check.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

/// Runs the byte and YAML checks, then `read` on the top-level mapping (with the stream of
/// its clients, when `streams_clients`); throws InputError with every problem found.
template <class Read>
void parse_document(std::string_view bytes, const std::string& file, const char* expected,
                    bool streams_clients, Read&& read) {
  const SourceText source(strip_bom(bytes), file);
  Problems problems(source);
  if (bytes.size() > max_file_bytes) {
    problems.file_error(fmt::format("file is larger than {} MiB", max_file_bytes >> 20));
    throw InputError(problems.take());
  }
  if (!check_bytes(source, problems)) throw InputError(problems.take());
  ClientStream clients(source);
  const StreamedList streamed{"clients", [&clients](const YamlTree& tree, const YamlNode& item) {
                                clients.item(tree, item);
                              }};
  const auto tree =
      parse_yaml(source, problems, max_nesting, streams_clients ? &streamed : nullptr);
  if (tree) {
    SchemaReader reader(*tree, problems);
    const YamlNode& root = tree->root();
    if (root.kind == NodeKind::mapping) {
      read(reader, root, clients);
    } else if (root.kind != NodeKind::invalid) {
      reader.error(root, fmt::format("expected a mapping with {} at the top of the file, not {}",
                                     expected, SchemaReader::describe(root)));
    }
  }
  if (!problems.empty()) throw InputError(problems.take());
}

void read_targets(SchemaReader& r, const YamlNode& value, std::map<int, Money>& targets) {
  if (!r.mapping(value)) return;
  Fields f(r, value, kTargetsKeys);
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

std::optional<std::string> read_currency(SchemaReader& r, const YamlNode& v) {
  if (r.is_scalar(v, "a currency code") && is_currency_code(v.text)) return std::string(v.text);
  if (v.kind == NodeKind::scalar)
    r.error(v, fmt::format("expected an ISO 4217 currency code such as USD, not '{}'", v.text));
  return std::nullopt;
}

void read_fx(SchemaReader& r, const YamlNode& value, Currencies& into) {
  if (!r.mapping(value)) return;
  r.tree().for_each_pair(value, [&](const YamlNode& k, const YamlNode& v) {
    if (k.kind != NodeKind::scalar) return;
    auto year = r.scalar(k, parse_year, "a year");
    if (!r.mapping(v)) return;
    r.tree().for_each_pair(v, [&](const YamlNode& code_node, const YamlNode& rate_node) {
      if (code_node.kind != NodeKind::scalar) return;
      auto code = read_currency(r, code_node);
      auto rate = r.scalar(rate_node, parse_rate);
      if (!year || !code || !rate) return;
      if (*code == into.reporting && *rate != Ratio::integer(1))
        r.error(rate_node, fmt::format("{} is the reporting currency: its rate is 1", *code));
      into.fx[*year][*code] = *rate;
    });
  });
}

Portfolio parse_portfolio(std::string_view bytes, const std::string& file, const SettingsFile& base,
                          std::optional<Month> as_of_override, Month default_as_of) {
  Portfolio p;
  p.file = file;
  p.settings = base.settings;
  p.bonus = base.bonus;
  p.as_of = default_as_of;
  parse_document(
      bytes, file, "'manager:'", true,
      [&](SchemaReader& r, const YamlNode& root, ClientStream& streamed) {
        Fields f(r, root, kPortfolioKeys);
        if (const YamlNode* v = f.require("manager")) {
          p.manager_pos = r.position(*f.key_node("manager"));
          if (auto name = r.text(*v)) p.manager = *name;
        }
        if (const YamlNode* v = f.require("currency")) {
          p.currency_pos = r.position(*v);
          if (auto code = read_currency(r, *v)) p.currency = *code;
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
        // A list was streamed (read as it parsed); anything else is reported here.
        if (const YamlNode* v = f.get("clients"))
          p.clients =
              v->kind == NodeKind::sequence ? streamed.take(r.problems()) : read_clients(r, *v);
      });
  p.currencies = base.currencies;
  for (Client& c : p.clients)
    if (c.currency.empty()) c.currency = p.currency;
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
  parse_document(bytes, file, "'settings:', 'bonus:' or 'reporting_currency:'", false,
                 [&](SchemaReader& r, const YamlNode& root, ClientStream&) {
                   Fields f(r, root, kSettingsFileKeys);
                   if (const YamlNode* v = f.get("settings")) read_settings(r, *v, s.settings);
                   s.currencies.file = file;
                   if (const YamlNode* v = f.get("reporting_currency"))
                     if (auto code = read_currency(r, *v)) s.currencies.reporting = *code;
                   if (const YamlNode* v = f.get("fx")) {
                     if (s.currencies.reporting.empty() && !f.get("reporting_currency"))
                       r.error(*f.key_node("fx"),
                               "fx rates need 'reporting_currency:', the currency they convert "
                               "into");
                     read_fx(r, *v, s.currencies);
                   }
                   if (const YamlNode* v = f.get("bonus"))
                     s.bonus = read_bonus(r, *f.key_node("bonus"), *v);
                   if (const YamlNode* v = f.get("imports")) s.imports = read_imports(r, *v);
                 });
  return s;
}

} // namespace acctmgr

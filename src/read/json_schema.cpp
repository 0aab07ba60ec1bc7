#include "read/json_schema.hpp"

#include "model/finding.hpp"
#include "model/import_profile.hpp"
#include "model/portfolio.hpp"
#include "read/schema_keys.hpp"
#include "read/settings_table.hpp"
#include "text/json_value.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <span>
#include <stdexcept>

namespace acctmgr {
namespace {

using Array = JsonValue::Array;
using Object = JsonValue::Object;
using Properties = std::map<std::string_view, JsonValue>;

JsonValue ref(std::string_view def) {
  return Object{{"$ref", fmt::format("#/$defs/{}", def)}};
}

/// A mapping with exactly the keys of `keys`, each described by `properties`: a key without a
/// description, or a description of a key the loader does not read, is a bug.
JsonValue mapping(std::span<const Key> keys, const Properties& properties, Object extra = {}) {
  Object props;
  Array required;
  for (const Key& k : keys) {
    const auto it = properties.find(k.name);
    if (it == properties.end())
      throw std::logic_error(fmt::format("the schema does not describe key '{}'", k.name));
    props.emplace_back(std::string(k.name), it->second);
    if (k.need == Need::required) required.emplace_back(std::string(k.name));
  }
  if (properties.size() != keys.size())
    throw std::logic_error("the schema describes a key the loader does not read");
  Object o{{"type", "object"}, {"properties", std::move(props)}};
  if (!required.empty()) o.emplace_back("required", std::move(required));
  o.emplace_back("additionalProperties", false);
  o.insert(o.end(), extra.begin(), extra.end());
  return o;
}

/// One of a vocabulary's words, each explained in the description.
template <class T, std::size_t N>
JsonValue vocabulary(const std::array<T, N>& terms, std::string_view what) {
  Array names;
  std::string description(what);
  for (const T& t : terms) {
    names.emplace_back(t.name);
    description += fmt::format("\n- {}: {}", t.name, t.description);
  }
  return Object{{"description", description}, {"enum", std::move(names)}};
}

JsonValue string_pattern(std::string_view pattern, std::string_view description) {
  return Object{{"description", std::string(description)},
                {"type", "string"},
                {"pattern", std::string(pattern)}};
}

JsonValue keyed(std::string_view key_def, JsonValue value) {
  return Object{{"type", "object"},
                {"propertyNames", ref(key_def)},
                {"additionalProperties", std::move(value)}};
}

JsonValue list_of(JsonValue item) {
  return Object{{"type", "array"}, {"items", std::move(item)}};
}

JsonValue number_in(std::string_view description, Object limits) {
  Object o{{"description", std::string(description)}, {"type", "number"}};
  o.insert(o.end(), limits.begin(), limits.end());
  return o;
}

Object scalar_defs() {
  return {
      // Years 0001-9999 (SPEC section 12): never 0000.
      {"month", string_pattern("^(?!0000)[0-9]{4}-(0[1-9]|1[0-2])$", "a month, YYYY-MM")},
      {"date", string_pattern("^(?!0000)[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
                              "a day, YYYY-MM-DD")},
      // A key such as 2026 is a number to the YAML language server (YAML 1.2 core) and a
      // string to JSON tools: both are the year acctmgr reads. As a number it must have four
      // digits, so that a key 26 is flagged; a year before 1000, which acctmgr reads from
      // 0001, is flagged too, as a number loses its leading zeros.
      {"year", Object{{"description", "a (fiscal) year, YYYY"},
                      {"anyOf", Array{string_pattern("^(?!0000)[0-9]{4}$", "YYYY"),
                                      Object{{"type", "integer"},
                                             {"minimum", number("1000")},
                                             {"maximum", number("9999")}}}}}},
      {"id", string_pattern("^[a-z0-9][a-z0-9_.-]*$",
                            "lower-case letters, digits, '_', '.', '-', starting with a letter "
                            "or digit")},
      {"currency", string_pattern("^[A-Z]{3}$", "an ISO 4217 currency code such as USD")},
      {"text", string_pattern("^[^\\x00-\\x1f\\x7f]+$", "one line of text")},
      {"note", string_pattern("^[^\\x00-\\x08\\x0b-\\x1f\\x7f]+$", "free text, lines allowed")},
      {"amount", number_in("an amount of money: at least 0, at most 2 decimal places",
                           {{"minimum", number("0")},
                            {"maximum", number("10000000000000")},
                            {"multipleOf", number("0.01")}})},
      {"percentage",
       Object{
           {"description", "a percentage such as 30% or 12.5%, or a fraction 0..1 such as 0.3"},
           {"anyOf",
            Array{string_pattern("^(0|[1-9][0-9]{0,3})(\\.[0-9]{1,4})?%$", "a percentage"),
                  number_in("a fraction", {{"minimum", number("0")}, {"maximum", number("1")}})}}}},
      {"factor", number_in("a factor above 0, at most 100",
                           {{"exclusiveMinimum", number("0")}, {"maximum", number("100")}})},
      {"rate", number_in("1 unit of the currency in the reporting currency",
                         {{"exclusiveMinimum", number("0")}, {"maximum", number("1000000")}})},
      {"headcount", number_in("people, fractions of full-time allowed",
                              {{"minimum", number("0")}, {"multipleOf", number("0.01")}})},
      {"months", Object{{"description", "a number of months"},
                        {"type", "integer"},
                        {"minimum", number("1")},
                        {"maximum", number("120")}}},
      {"monthly_amounts", keyed("month", ref("amount"))},
      {"yearly_amounts", keyed("year", ref("amount"))},
  };
}

/// `- CODE` for codes that may go silent without a reason, else {code, reason, until}.
JsonValue silence() {
  Array short_codes, reasoned_codes;
  for (const CodeTerm& t : kFindingCodes)
    (needs_reason(t.value) ? reasoned_codes : short_codes).emplace_back(t.name);
  const JsonValue long_form =
      mapping(kSilenceKeys,
              {{"code", ref("finding_code")}, {"reason", ref("text")}, {"until", ref("month")}},
              {{"if", Object{{"properties", Object{{"code", Object{{"enum", reasoned_codes}}}}}}},
               {"then", Object{{"required", Array{"reason", "until"}}}}});
  return Object{{"anyOf", Array{Object{{"type", "string"}, {"enum", short_codes}}, long_form}}};
}

/// A client of any origin but existing needs the month it was won; a referral, who referred it.
Object origin_rules() {
  Array won_with;
  for (const auto& t : kOrigins)
    if (t.value != Origin::existing) won_with.emplace_back(t.name);
  const JsonValue referral = Object{{"const", to_string(Origin::referral)}};
  return {
      {"allOf",
       Array{Object{{"if", Object{{"required", Array{"origin"}},
                                  {"properties", Object{{"origin", Object{{"enum", won_with}}}}}}},
                    {"then", Object{{"required", Array{"won"}}}}},
             Object{{"if", Object{{"required", Array{"origin"}},
                                  {"properties", Object{{"origin", referral}}}}},
                    {"then", Object{{"required", Array{"referred_by"}}}},
                    {"else", Object{{"not", Object{{"required", Array{"referred_by"}}}}}}}}}};
}

JsonValue client() {
  return mapping(kClientKeys,
                 {{"id", ref("id")},
                  {"name", ref("text")},
                  {"currency", ref("currency")},
                  {"aliases", Object{{"description", "names the accounting system uses for the "
                                                     "client: an import's client column matches "
                                                     "its id, its name or one of these, ignoring "
                                                     "case and spacing"},
                                     {"type", "array"},
                                     {"items", ref("text")}}},
                  {"origin", vocabulary(kOrigins, "how the client came to the manager")},
                  {"won", ref("month")},
                  {"referred_by", ref("text")},
                  {"lost", ref("month")},
                  {"revenue", ref("monthly_amounts")},
                  {"forecast", ref("monthly_amounts")},
                  {"cost", ref("monthly_amounts")},
                  {"wallet", ref("yearly_amounts")},
                  {"team", mapping(kTeamKeys, {{"billable", ref("headcount")},
                                               {"unbilled", ref("headcount")}})},
                  {"last_price_increase", ref("month")},
                  {"ignore", list_of(ref("silence"))},
                  {"opportunities", list_of(ref("opportunity"))},
                  {"stakeholders", list_of(ref("stakeholder"))},
                  {"activity", list_of(ref("activity"))}},
                 origin_rules());
}

JsonValue opportunity() {
  return mapping(
      kOpportunityKeys,
      {{"id", ref("id")},
       {"kind", vocabulary(kOpportunityKinds, "what the opportunity sells")},
       {"value", Object{{"description", "the annual revenue it adds, above 0"},
                        {"allOf", Array{ref("amount")}},
                        {"exclusiveMinimum", number("0")}}},
       {"probability",
        Object{{"description", "a probability such as 50% or 0.5, at most 100%"},
               {"anyOf", Array{string_pattern("^(100(\\.0{1,4})?|[1-9]?[0-9](\\.[0-9]{1,4})?)%$",
                                              "a percentage"),
                               number_in("a fraction",
                                         {{"minimum", number("0")}, {"maximum", number("1")}})}}}},
       {"close", ref("month")},
       {"status", vocabulary(kOpportunityStatuses, "where it stands")},
       {"note", ref("note")}},
      // An open opportunity (the default status) needs a probability.
      {{"if", Object{{"properties", Object{{"status", Object{{"const", "open"}}}}}}},
       {"then", Object{{"required", Array{"probability"}}}}});
}

JsonValue stakeholder() {
  return mapping(kStakeholderKeys,
                 {{"id", ref("id")},
                  {"name", ref("text")},
                  {"title", ref("text")},
                  {"roles", list_of(vocabulary(kRoles, "a role in the client's decisions"))}});
}

JsonValue activity() {
  JsonValue with = Object{{"type", "array"}, {"items", ref("id")}, {"minItems", number("1")}};
  return mapping(kActivityKeys, {{"date", ref("date")},
                                 {"with", std::move(with)},
                                 {"mode", vocabulary(kModes, "how it happened")},
                                 {"note", ref("note")}});
}

/// What editors are told of a setting of `kind`.
JsonValue setting_schema(SettingKind kind) {
  switch (kind) {
  case SettingKind::month_of_year:
    return Object{{"description", "the month a fiscal year starts, 1..12"},
                  {"type", "integer"},
                  {"minimum", number("1")},
                  {"maximum", number("12")}};
  case SettingKind::percentage:
  case SettingKind::share_of_touches:
    return ref("percentage");
  case SettingKind::months:
    return ref("months");
  case SettingKind::per_week:
    return number_in("live touches a week", {{"exclusiveMinimum", number("0")},
                                             {"maximum", number("100")},
                                             {"multipleOf", number("0.01")}});
  case SettingKind::share_bands:
    return mapping(kShareBandsKeys, {{"saturated", ref("percentage")},
                                     {"core", ref("percentage")},
                                     {"reserve", ref("percentage")}});
  }
  return Object{};
}

JsonValue settings() {
  Properties properties;
  for (const Setting& s : kSettings)
    properties.emplace(s.key, setting_schema(s.kind));
  return mapping(kSettingsKeys, properties);
}

JsonValue bonus() {
  const JsonValue tier =
      mapping(kMultiplierKeys, {{"from", ref("amount")}, {"factor", ref("factor")}});
  return mapping(kBonusKeys, {{"target_pct", ref("percentage")},
                              {"threshold", ref("percentage")},
                              {"accelerator", ref("factor")},
                              {"growth_pct", ref("percentage")},
                              {"new_client", ref("amount")},
                              {"new_client_pct", ref("percentage")},
                              {"referral", ref("amount")},
                              {"multipliers", list_of(tier)},
                              {"cap_pct", ref("percentage")}});
}

JsonValue portfolio() {
  return mapping(kPortfolioKeys,
                 {{"manager", ref("text")},
                  {"currency", ref("currency")},
                  {"as_of", ref("month")},
                  {"salary", ref("amount")},
                  {"settings", ref("settings")},
                  {"targets", mapping(kTargetsKeys, {{"revenue", ref("yearly_amounts")}})},
                  {"bonus", ref("bonus")},
                  {"clients", list_of(ref("client"))}});
}

/// An import profile (SPEC section 10, v3): which header names our fields have, month or
/// date (a date needs date_format), how amounts and the separator are written.
JsonValue import_profile() {
  Properties columns;
  for (const auto& t : kImportFields)
    columns.emplace(t.name,
                    Object{{"description", fmt::format("the header name of {}", t.description)},
                           {"allOf", Array{ref("text")}}});
  const JsonValue month_or_date =
      Array{Object{{"required", Array{"month"}}}, Object{{"required", Array{"date"}}}};
  JsonValue format =
      Object{{"description", "%Y (four digits), %m and %d (one or two), each once, and literal "
                             "characters, such as %d.%m.%Y or %m/%d/%Y"},
             {"type", "string"},
             {"pattern",
              "^(?=.*%Y)(?=.*%m)(?=.*%d)(?!.*%Y.*%Y)(?!.*%m.*%m)(?!.*%d.*%d)([^%0-9]|%[Ymd])+$"}};
  return mapping(
      kImportProfileKeys,
      {{"columns", mapping(kImportColumnKeys, columns, {{"oneOf", month_or_date}})},
       {"date_format", std::move(format)},
       {"decimal",
        Object{{"description", "the decimal mark of amounts"}, {"enum", Array{".", ","}}}},
       {"separator", Object{{"description", "the field separator; default: detected from the "
                                            "header line"},
                            {"enum", Array{",", ";", "tab"}}}},
       {"skip", Object{{"description", "lines before the header line"},
                       {"type", "integer"},
                       {"minimum", number("0")},
                       {"maximum", number("1000")}}},
       {"skip_rows", list_of(Object{{"description", "rows whose client cell matches are skipped "
                                                    "(any case, * any text, \"\" an empty cell)"},
                                    {"type", "string"}})}},
      // A date column is read with date_format, and date_format reads one.
      {{"if", Object{{"properties", Object{{"columns", Object{{"required", Array{"date"}}}}}}}},
       {"then", Object{{"required", Array{"date_format"}}}},
       {"else", Object{{"not", Object{{"required", Array{"date_format"}}}}}}});
}

JsonValue settings_file() {
  return mapping(kSettingsFileKeys, {{"settings", ref("settings")},
                                     {"bonus", ref("bonus")},
                                     {"reporting_currency", ref("currency")},
                                     {"fx", keyed("year", keyed("currency", ref("rate")))},
                                     {"imports", keyed("id", ref("import_profile"))}});
}

/// A file with any key that only portfolios have is a portfolio.
JsonValue is_portfolio() {
  Array any;
  for (const Key& k : kPortfolioKeys)
    if (std::none_of(kSettingsFileKeys.begin(), kSettingsFileKeys.end(),
                     [&](const Key& s) { return s.name == k.name; }))
      any.emplace_back(Object{{"required", Array{std::string(k.name)}}});
  return Object{{"anyOf", std::move(any)}};
}

} // namespace

std::string json_schema() {
  Object defs = scalar_defs();
  defs.emplace_back("finding_code",
                    vocabulary(kFindingCodes, "a finding code (see man acctmgr, FINDINGS)"));
  defs.emplace_back("silence", silence());
  defs.emplace_back("opportunity", opportunity());
  defs.emplace_back("stakeholder", stakeholder());
  defs.emplace_back("activity", activity());
  defs.emplace_back("client", client());
  defs.emplace_back("settings", settings());
  defs.emplace_back("bonus", bonus());
  defs.emplace_back("import_profile", import_profile());
  defs.emplace_back("portfolio", portfolio());
  defs.emplace_back("settings_file", settings_file());
  const JsonValue schema = Object{
      {"$schema", "https://json-schema.org/draft/2020-12/schema"},
      {"title", "acctmgr portfolio or settings file"},
      {"description", "A portfolio (manager:, currency:, clients:...) or a settings file "
                      "(acctmgr.yaml). Generated by `acctmgr schema`; see man acctmgr-format."},
      {"type", "object"},
      {"if", is_portfolio()},
      {"then", ref("portfolio")},
      {"else", ref("settings_file")},
      {"$defs", std::move(defs)},
  };
  return schema.dump();
}

} // namespace acctmgr

// libFuzzer harness `acctmgr_fuzz_edit`: import's accounting CSV and plan, and the surgical
// file edits of `import`, `log` and `close` (src/edit/portfolio_edit.*, as_of_edit.*,
// yaml_edit.*), as src/cli/cmd_import.cpp, cmd_log.cpp and cmd_close.cpp call them, without a
// disk.
//
// Input: option bytes, then a portfolio, then (after a line "%%") an accounting CSV, then
// (after another "%%", optionally) a settings file whose `imports:` are the profiles to read
// the CSV with (SPEC section 10, v3).
//   byte 0: bits 0-1 the operation: 0 and 3 import the CSV (read_export, plan_import,
//           then set_month per entry added or replaced, checked one at a time, and
//           month_edits for them all, as cmd_import does: the same bytes), 1 set_month
//           directly, 2 append_activity (log); bits 2-3 the kind (revenue, cost, forecast);
//           bit 4 --replace; bit 5 set: the as_of edit (close) instead of the operation
//   bytes 1-9 (set_month, append_activity): the client, the month or date, the amount, the
//           stakeholders and mode; the CSV segment's first line is log's --note
//   byte 1 (close): the month closed, that many months before the last complete one
//   bytes 1-2 (import): byte 1 the profile (0: the built-in layout, else the settings file's
//           profiles, byte 1 - 1 modulo their number); byte 2 bit 0: months after 2026-10, the
//           last complete month, are refused (as for revenue and cost), else any month (as
//           for forecasts)
//
// Invariants, each an abort when broken, for a portfolio the loader accepts and an edit the
// editor accepts (yaml_edit::EditError is a refusal, exit 2; ACCTMGR_FUZZ_STRICT_EDIT=1 makes
// it an abort too, to look for files the editor cannot edit):
// - every edit is one replacement: the bytes before and after the edited region are the
//   original's, and the region is empty (an insertion) or lies within the month's old
//   amount (a replacement; for close, within the old as_of value, none when it is the month);
// - the edited file loads, with the same settings;
// - it reads back as the original model with exactly that change: the month set for that
//   client (or the activity appended, or as_of set), every other figure, name and entry as it
//   was; closing again to the same month edits nothing;
// - a refused CSV or settings file carries clean diagnostics; the plan's actions agree with
//   the file;
// - a CSV read with a profile gives rows as the reader promises: a client, a place on a line
//   of the CSV, a month not after the limit, an amount within 10^13 that reads back the same
//   when written grouped in the profile's style, an ISO code as currency; written again in our
//   own layout, the rows read back the same with the built-in layout.
#include "edit/accounting_csv.hpp"
#include "edit/as_of_edit.hpp"
#include "edit/export_amount.hpp"
#include "edit/import_plan.hpp"
#include "edit/portfolio_edit.hpp"
#include "edit/yaml_edit.hpp"
#include "fuzz_common.hpp"
#include "read/load.hpp"
#include "read/scalars.hpp"
#include "read/schema.hpp"
#include "read/source_check.hpp"
#include "read/source_text.hpp"
#include "read/yaml_tree.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fmt/format.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace acctmgr;

namespace {

const Month kToday{2026, 10};

bool strict_edit() {
  static const bool strict = [] {
    const char* v = std::getenv("ACCTMGR_FUZZ_STRICT_EDIT");
    return v != nullptr && *v == '1';
  }();
  return strict;
}

/// Everything a report can read from a portfolio, positions left out (an edit moves lines).
std::string fingerprint(const Portfolio& p) {
  auto series = [](const MonthSeries& s) {
    std::string out;
    for (const auto& [m, v] : s.entries())
      out += fmt::format("{}={},", to_string(m), to_string(v));
    return out;
  };
  auto month = [](const std::optional<Month>& m) { return m ? to_string(*m) : std::string("-"); };
  std::string out = fmt::format("{}|{}|{}|{}\n", p.manager, p.currency, to_string(p.as_of),
                                p.salary ? to_string(*p.salary) : "-");
  for (const auto& [y, v] : p.revenue_targets)
    out += fmt::format("target {}={}\n", y, to_string(v));
  for (const Client& c : p.clients) {
    out += fmt::format("client {}|{}|{}|{}|{}|{}|{}|{}\n", c.id, c.name, c.currency,
                       to_string(c.origin), month(c.won), c.referred_by, month(c.lost),
                       month(c.last_price_increase));
    out += fmt::format(" revenue {}\n forecast {}\n cost {}\n", series(c.revenue),
                       series(c.forecast), series(c.cost));
    for (const auto& [y, v] : c.wallet)
      out += fmt::format(" wallet {}={}\n", y, to_string(v));
    out += fmt::format(" ignore {} team {}\n", c.ignore.size(), c.team.has_value());
    for (const Stakeholder& s : c.stakeholders) {
      out += fmt::format(" stakeholder {}|{}|{}|", s.id, s.name, s.title);
      for (const Role r : s.roles)
        out += fmt::format("{},", to_string(r));
      out += '\n';
    }
    for (const Activity& a : c.activity) {
      out += fmt::format(" activity {}|{}|", to_string(a.date), to_string(a.mode));
      for (std::string_view w : a.with.ids())
        out += fmt::format("{},", w);
      out += fmt::format("|{}\n", a.note);
    }
    for (const Opportunity& o : c.opportunities)
      out += fmt::format(" opportunity {}|{}|{}|{}|{}\n", o.id, to_string(o.kind),
                         to_string(o.value), to_string(o.close), o.note);
  }
  return out;
}

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const utf8::Decoded d = utf8::decode(s, i);
    if (!d.cp) return false;
    i += d.length;
  }
  return true;
}

struct Run {
  SettingsFile settings; // the defaults: an edit is read back with the settings of the first read
  std::optional<Month> as_of;

  Portfolio load(std::string_view text) const {
    return parse_portfolio(text, "p.yaml", settings, as_of, kToday);
  }
};

/// The offset and length of the plain scalar that the loader reads at `offset` of the body.
std::optional<std::pair<std::size_t, std::size_t>> scalar_at(std::string_view body,
                                                             std::size_t offset) {
  const SourceText source(body, "p.yaml");
  Problems problems(source);
  const std::optional<YamlTree> tree = parse_yaml(source, problems, max_nesting);
  if (!tree) return std::nullopt;
  for (std::size_t i = 0; i < tree->node_count(); ++i) {
    const YamlNode& n = tree->at(static_cast<std::uint32_t>(i));
    if (n.kind == NodeKind::scalar && n.offset == offset && n.style == ScalarStyle::plain)
      return std::pair{offset, n.text.size()};
  }
  return std::nullopt;
}

/// `after` is `before` with one region replaced: returns [start, end) of the region in
/// `before`.
std::pair<std::size_t, std::size_t> changed_region(std::string_view before,
                                                   std::string_view after) {
  const std::size_t shorter = std::min(before.size(), after.size());
  std::size_t prefix = 0;
  while (prefix < shorter && before[prefix] == after[prefix])
    ++prefix;
  std::size_t suffix = 0;
  while (suffix < shorter - prefix &&
         before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
    ++suffix;
  return {prefix, before.size() - suffix};
}

[[noreturn]] void fail_edit(const char* what, std::string_view before, std::string_view after) {
  fuzz::fail(what, fmt::format("{}\n=== after the edit ===\n{}", before, after));
}

/// The edited file read back; a file that no longer loads is a finding (`what`: the edit).
Portfolio load_edited(const Run& run, std::string_view before, const std::string& after,
                      const char* what) {
  try {
    return run.load(after);
  } catch (const InputError& e) {
    std::string why;
    for (const Diagnostic& d : e.diagnostics())
      why += format_diagnostic(d);
    fail_edit(fmt::format("{} does not load:\n{}", what, why).c_str(), before, after);
  }
}

/// Sets one month through portfolio_edit::set_month and checks the edit; updates `text`
/// and `model` (the expected portfolio). False when the editor refused.
bool set_month_checked(const Run& run, std::string& text, Portfolio& model,
                       const std::string& client, ImportKind kind, Month month, Money amount) {
  const std::size_t bom = text.size() - strip_bom(text).size();
  const std::optional<std::size_t> old_at =
      portfolio_edit::month_offset(text, client, to_string(kind), month);
  std::string after;
  try {
    after = portfolio_edit::set_month(text, client, to_string(kind), month, amount);
  } catch (const yaml_edit::EditError& e) {
    if (strict_edit()) fail_edit(e.what(), text, "");
    return false;
  }
  const auto [start, end] = changed_region(text, after);
  if (old_at) {
    const auto scalar = scalar_at(strip_bom(text), *old_at);
    if (!scalar) fail_edit("month_offset points at no plain scalar", text, after);
    const std::size_t first = bom + scalar->first, last = first + scalar->second;
    if (start < end && (start < first || end > last))
      fail_edit("a replaced amount changed bytes outside the old amount", text, after);
  } else if (start != end) {
    fail_edit("an inserted entry removed or changed bytes of the file", text, after);
  }
  const Portfolio edited = load_edited(run, text, after, "the edited file");
  for (Client& c : model.clients)
    if (c.id == client) {
      MonthSeries& s = kind == ImportKind::revenue ? c.revenue
                       : kind == ImportKind::cost  ? c.cost
                                                   : c.forecast;
      std::vector<MonthSeries::Entry> entries;
      for (const auto& e : s.entries())
        if (e.first != month) entries.push_back(e);
      entries.emplace_back(month, amount);
      s = MonthSeries(std::move(entries));
    }
  if (fingerprint(edited) != fingerprint(model))
    fail_edit(fmt::format("the edited file reads back differently:\n{}\n=== expected ===\n{}",
                          fingerprint(edited), fingerprint(model))
                  .c_str(),
              text, after);
  text = std::move(after);
  return true;
}

/// `m` as an export in the profile's style writes it: grouped by threes with ',' (decimal '.')
/// or a no-break space (decimal ','), the decimal mark, two decimals.
std::string grouped(Money m, char decimal) {
  const std::string plain = to_string(m); // -1234.50
  const bool negative = plain.front() == '-';
  const std::string digits = plain.substr(negative ? 1 : 0, plain.size() - 3 - (negative ? 1 : 0));
  std::string out = negative ? "-" : "";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += decimal == '.' ? "," : "\u00A0";
    out += digits[i];
  }
  return out + decimal + plain.substr(plain.size() - 2);
}

/// A field of our own layout, quoted when it must be (RFC 4180).
std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos && !text.empty())
    return std::string(text);
  std::string out = "\"";
  for (const char c : text)
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + '"';
}

/// The rows of an export read with `profile`, checked against what the reader promises.
void check_rows(const AccountingExport& e, std::string_view csv, const ImportProfile& profile,
                std::optional<Month> latest) {
  const int lines = 1 + static_cast<int>(std::count(csv.begin(), csv.end(), '\n'));
  std::string again = "client,month,amount\n";
  for (const AccountingRow& r : e.rows) {
    if (r.client.empty()) fuzz::fail("a row without a client", csv);
    if (r.pos.line < 1 || r.pos.line > lines || r.pos.column < 1)
      fuzz::fail("a row placed outside the CSV", csv);
    if (latest && r.month > *latest) fuzz::fail("a month after the limit", csv);
    if (abs(r.amount) > Money::from_cents(1'000'000'000'000'000))
      fuzz::fail("an amount above 10^13", csv);
    const Parsed<Money> back =
        parse_export_amount(grouped(r.amount, profile.decimal), profile.decimal);
    if (!back || *back.value != r.amount)
      fuzz::fail(fmt::format("amount {} written as {} does not read back: {}", to_string(r.amount),
                             grouped(r.amount, profile.decimal), back.error)
                     .c_str(),
                 csv);
    if (r.currency && !is_currency_code(*r.currency)) fuzz::fail("a currency that is no code", csv);
    if (r.invoice && r.invoice->empty()) fuzz::fail("an empty invoice", csv);
    again +=
        fmt::format("{},{},{}\n", csv_field(r.client), to_string(r.month), to_string(r.amount));
  }
  // Our own layout, read with the built-in one, gives the same rows (clients, months, amounts).
  std::vector<AccountingRow> rows;
  try {
    rows = read_export(again, "again.csv", builtin_import_layout(), std::nullopt).rows;
  } catch (const InputError& err) {
    fuzz::fail(fmt::format("the rows written in our own layout do not read back: {}",
                           err.diagnostics().front().message)
                   .c_str(),
               again);
  }
  bool same = rows.size() == e.rows.size();
  for (std::size_t i = 0; same && i < rows.size(); ++i)
    same = rows[i].client == e.rows[i].client && rows[i].month == e.rows[i].month &&
           rows[i].amount == e.rows[i].amount;
  if (!same) fuzz::fail("the rows written in our own layout read back otherwise", again);
}

void import_csv(const Run& run, std::string text, Portfolio model, std::string_view csv,
                ImportKind kind, bool replace, const ImportProfile& profile,
                std::optional<Month> latest) {
  std::vector<AccountingRow> rows;
  try {
    const AccountingExport e = read_export(csv, "export.csv", profile, latest);
    check_rows(e, csv, profile, latest);
    rows = e.rows;
  } catch (const InputError& e) {
    fuzz::check_input_error(e);
    return;
  }
  const std::vector<Portfolio> portfolios{model};
  ImportPlan plan;
  try {
    plan = plan_import(rows, portfolios, kind, replace);
  } catch (const OverflowError&) {
    return; // rows summing past what acctmgr counts: exit 2
  }
  for (const RowProblem& p : plan.problems)
    if (p.pos.line < 1 || p.message.empty()) fuzz::fail("a row problem without a place", csv);
  if (!plan.problems.empty()) return;
  for (const FilePlan& fp : plan.files) {
    if (fp.portfolio != 0) fuzz::fail("a plan for a portfolio not given", csv);
    for (const PlannedEntry& e : fp.entries) {
      const Client* c = nullptr;
      for (const Client& candidate : model.clients)
        if (candidate.id == e.client) c = &candidate;
      if (!c) fuzz::fail("a planned entry for an unknown client", csv);
      const std::optional<Money> held = series_of(*c, kind).get(e.month);
      const bool ok =
          held != e.old                  ? false
          : e.action == EntryAction::add ? !held
          : e.action == EntryAction::unchanged
              ? held && *held == e.amount
              : held && *held != e.amount && (e.action == EntryAction::replace) == replace;
      if (!ok || e.rows < 1) fuzz::fail("a planned action that disagrees with the file", csv);
    }
  }
  for (const FilePlan& fp : plan.files)
    for (const PlannedEntry& e : fp.entries)
      if (e.action == EntryAction::conflict) return; // nothing is written
  // Credit notes may make a month net below 0, which import refuses (SPEC section 10): nothing
  // is written.
  for (const FilePlan& fp : plan.files)
    for (const PlannedEntry& e : fp.entries)
      if (e.amount < Money{}) return;
  const std::string original = text;
  std::vector<portfolio_edit::MonthSet> sets;
  for (const FilePlan& fp : plan.files)
    for (const PlannedEntry& e : fp.entries)
      if (e.action == EntryAction::add || e.action == EntryAction::replace) {
        if (!set_month_checked(run, text, model, e.client, kind, e.month, e.amount)) return;
        sets.push_back({e.client, to_string(kind), e.month, e.amount, std::nullopt});
      }
  // cmd_import makes the same edits from one parse, applied in one pass: the same bytes.
  std::string batch;
  try {
    batch = yaml_edit::apply(original, portfolio_edit::month_edits(original, sets));
  } catch (const yaml_edit::EditError& e) {
    fail_edit(fmt::format("month_edits refused what set_month accepted: {}", e.what()).c_str(),
              original, text);
  }
  if (batch != text) fail_edit("month_edits gave other bytes than set_month", original, batch);
}

void log_activity(const Run& run, const std::string& text, Portfolio model, const Client& client,
                  const std::uint8_t* opt, std::string_view note_line) {
  std::vector<std::string> with;
  for (std::size_t i = 0; i < client.stakeholders.size() && i < 8; ++i)
    if (opt[0] & (1u << i)) with.push_back(client.stakeholders[i].id);
  if (with.empty()) with.push_back(client.stakeholders.front().id);
  const Mode mode = kModes[opt[1] % kModes.size()].value;
  const Month m = kToday - opt[2] % 48;
  const Date date{m.year(), m.month(), 1 + opt[3] % days_in_month(m.year(), m.month())};
  std::string note(note_line.substr(0, note_line.find('\n')));
  // log refuses a note with a control character before any edit. One that is not UTF-8 it
  // does not (finding 1: the edited text is then refused by the read-back, with a message
  // pointing into text that was never written); left out here as log should refuse it too.
  if (text_problem(note, true) || !valid_utf8(note)) note.clear();

  std::string ids;
  for (const std::string& w : with)
    ids += (ids.empty() ? "" : ", ") + w;
  yaml_edit::Fields fields{
      {"date", to_string(date)}, {"with", "[" + ids + "]"}, {"mode", to_string(mode)}};
  if (!note.empty()) fields.emplace_back("note", portfolio_edit::quoted(note));
  std::string after;
  try {
    after = portfolio_edit::append_activity(text, client.id, fields);
  } catch (const yaml_edit::EditError& e) {
    if (strict_edit()) fail_edit(e.what(), text, "");
    return;
  }
  const auto [start, end] = changed_region(text, after);
  if (start != end) fail_edit("an appended activity removed or changed bytes", text, after);
  const Portfolio edited = load_edited(run, text, after, "the file with the new activity");
  for (Client& c : model.clients)
    if (c.id == client.id) c.activity.push_back(Activity{date, mode, IdList(with), note, {}});
  if (fingerprint(edited) != fingerprint(model))
    fail_edit(fmt::format("the file with the new activity reads back differently:\n{}\n=== "
                          "expected ===\n{}",
                          fingerprint(edited), fingerprint(model))
                  .c_str(),
              text, after);
}

/// The as_of edit of `close` (cmd_close does the same: as_of_edits on the file's bytes).
void close_month(const Run& run, const std::string& text, Portfolio model, Month month) {
  std::vector<yaml_edit::Edit> edits;
  try {
    edits = portfolio_edit::as_of_edits(text, month);
  } catch (const yaml_edit::EditError& e) {
    if (strict_edit()) fail_edit(e.what(), text, "");
    return;
  }
  const bool had = model.as_of_pos.line > 0;
  if (had && model.as_of == month) {
    if (!edits.empty()) fail_edit("an as_of that is the month was edited", text, "");
    return;
  }
  if (edits.size() != 1) fail_edit("not one edit for a new as_of", text, "");
  const std::string after = yaml_edit::apply(text, edits);
  const auto [start, end] = changed_region(text, after);
  const std::size_t bom = text.size() - strip_bom(text).size();
  if (had) {
    // Only bytes of the old value go, on its line, inside its quotes if any.
    const SourceText source(strip_bom(text), "p.yaml");
    if (start < bom || source.position(start - bom).line != model.as_of_pos.line ||
        source.position(end - bom).line != model.as_of_pos.line)
      fail_edit("the as_of edit changed bytes off the as_of line", text, after);
    for (std::size_t i = start; i < end; ++i)
      if (text[i] == '"' || text[i] == '\'' || text[i] == '#' || text[i] == ' ' ||
          text[i] == '\n' || text[i] == '\r' || text[i] == ':' || text[i] == ',')
        fail_edit("the as_of edit removed more than the old month", text, after);
  } else if (start != end) {
    fail_edit("an added as_of removed or changed bytes of the file", text, after);
  } else if (after.find("as_of: " + to_string(month)) == std::string::npos) {
    fail_edit("the added as_of is not `as_of: MONTH`", text, after);
  }
  const Portfolio edited = load_edited(run, text, after, "the closed file");
  if (edited.as_of_pos.line == 0) fail_edit("the closed file has no as_of", text, after);
  model.as_of = month;
  if (fingerprint(edited) != fingerprint(model))
    fail_edit(fmt::format("the closed file reads back differently:\n{}\n=== expected ===\n{}",
                          fingerprint(edited), fingerprint(model))
                  .c_str(),
              text, after);
  try {
    if (!portfolio_edit::as_of_edits(after, month).empty())
      fail_edit("closing the closed file again edits it", after, "");
  } catch (const yaml_edit::EditError& e) {
    fail_edit(fmt::format("the closed file cannot be closed again: {}", e.what()).c_str(), after,
              "");
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  constexpr std::size_t kOptions = 10;
  if (size < kOptions) return 0;
  const std::uint8_t* opt = data;
  const std::string_view body(reinterpret_cast<const char*>(data) + kOptions, size - kOptions);
  const std::vector<std::string_view> segments = fuzz::split_segments(body, 3);
  const std::string text(segments[0]);
  const std::string_view csv = segments.size() > 1 ? segments[1] : std::string_view();
  const std::string_view settings = segments.size() > 2 ? segments[2] : std::string_view();

  Run run;
  Portfolio original;
  try {
    original = run.load(text);
  } catch (const InputError& e) {
    fuzz::check_input_error(e);
    return 0;
  }
  if (opt[0] & 0x20) {
    // The as_of edit refuses no month; the loader reads back one not after the last complete.
    close_month(run, text, original, kToday - opt[1] % 48);
    return 0;
  }
  const ImportKind kind = kImportKinds[((opt[0] >> 2) & 3) % kImportKinds.size()].value;
  const bool replace = (opt[0] & 0x10) != 0;
  switch (opt[0] & 3) {
  case 1: {
    if (original.clients.empty()) return 0;
    const Client& c = original.clients[opt[1] % original.clients.size()];
    const Month month = original.as_of - 40 + opt[2] % 48;
    std::uint64_t cents = 0;
    for (std::size_t i = 3; i < 9; ++i)
      cents = cents << 8 | opt[i];
    if (opt[9] & 1) cents %= 100000000; // the usual sizes, below a million
    std::string edited = text;
    Portfolio model = original;
    set_month_checked(run, edited, model, c.id, kind, month,
                      Money::from_cents(static_cast<std::int64_t>(cents)));
    return 0;
  }
  case 2: {
    if (original.clients.empty()) return 0;
    const Client& c = original.clients[opt[1] % original.clients.size()];
    if (c.stakeholders.empty()) return 0; // log needs --with ids of the client's stakeholders
    log_activity(run, text, original, c, opt + 2, csv);
    return 0;
  }
  default: {
    ImportProfile profile = builtin_import_layout();
    if (opt[1] != 0 && !settings.empty()) {
      SettingsFile s;
      try {
        s = parse_settings_file(settings, "acctmgr.yaml");
      } catch (const InputError& e) {
        fuzz::check_input_error(e);
        return 0;
      }
      if (!s.imports.empty()) profile = s.imports[(opt[1] - 1u) % s.imports.size()];
    }
    const std::optional<Month> latest = (opt[2] & 1) ? std::optional(kToday) : std::nullopt;
    import_csv(run, text, original, csv, kind, replace, profile, latest);
    return 0;
  }
  }
}

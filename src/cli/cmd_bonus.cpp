#include "cli/commands.hpp"
#include "core/bonus.hpp"
#include "core/bonus_statement.hpp"
#include "core/bonus_whatif.hpp"
#include "io/diagnostic.hpp"
#include "io/render_statement.hpp"
#include "io/scalars.hpp"
#include "io/text.hpp"

#include <fmt/format.h>
#include <memory>

namespace acctmgr::cli {
namespace {

struct BonusOptions {
  InputOptions input;
  OutputOptions output;
  std::optional<int> year;
  bool actual_only = false;
  bool explain = false;
  std::vector<std::string> what_if; ///< CLIENT=+AMOUNT, as typed
};

/// Parses CLIENT=+AMOUNT (the + is optional; an amount as in the files).
WhatIf parse_what_if(const std::string& text) {
  const auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0)
    throw UsageError(fmt::format("--what-if '{}' is not CLIENT=+AMOUNT", escape_terminal(text)));
  std::string_view amount = std::string_view(text).substr(eq + 1);
  if (!amount.empty() && amount.front() == '+') amount.remove_prefix(1);
  const Parsed<Money> parsed = parse_amount(amount, false);
  if (!parsed)
    throw UsageError(fmt::format("--what-if '{}': {}", escape_terminal(text), parsed.error));
  return {text.substr(0, eq), *parsed.value};
}

/// Every portfolio's bonus problems at once, as FILE: error: lines (exit 2).
[[noreturn]] void throw_problems(const std::vector<BonusInputError>& errors) {
  std::vector<Diagnostic> diagnostics;
  for (const BonusInputError& e : errors)
    for (const std::string& problem : e.problems())
      diagnostics.push_back({e.file(), 0, 0, problem, {}});
  throw InputError(std::move(diagnostics));
}

std::string join_statements(const std::vector<Statement>& statements, Format f) {
  std::string out;
  for (const Statement& s : statements)
    out += (out.empty() ? "" : "\n") +
           (f == Format::md ? render_statement_md(s) : render_statement_text(s));
  return out;
}

/// The what-ifs that name a client of `p`.
std::vector<WhatIf> changes_for(const Portfolio& p, const std::vector<WhatIf>& all) {
  std::vector<WhatIf> out;
  for (const WhatIf& w : all)
    for (const Client& c : p.clients)
      if (c.id == w.client_id) out.push_back(w);
  return out;
}

void check_every_client_known(const std::vector<Portfolio>& portfolios,
                              const std::vector<WhatIf>& what_ifs) {
  for (const WhatIf& w : what_ifs) {
    bool found = false;
    std::string ids;
    for (const Portfolio& p : portfolios)
      for (const Client& c : p.clients) {
        found = found || c.id == w.client_id;
        ids += (ids.empty() ? "" : ", ") + c.id;
      }
    if (!found)
      throw UsageError(fmt::format("--what-if names unknown client '{}'; known clients: {}",
                                   escape_terminal(w.client_id), ids.empty() ? "none" : ids));
  }
}

int run_bonus(const BonusOptions& o) {
  const Format format = output_format(o.output); // usage errors come before any work
  std::vector<WhatIf> what_ifs;
  for (const std::string& text : o.what_if)
    what_ifs.push_back(parse_what_if(text));
  if (!what_ifs.empty() && o.actual_only)
    throw UsageError("--what-if adds forecast revenue, which --actual-only leaves out; use one "
                     "or the other");
  if (o.explain && (format == Format::csv || format == Format::json))
    throw UsageError("--explain prints a statement: use --format table or md");

  const Loaded loaded = load_inputs(o.input, o.output);
  const Basis basis = o.actual_only ? Basis::actual_only : Basis::projected;
  check_every_client_known(loaded.portfolios, what_ifs);

  std::vector<BonusResult> results;
  std::vector<BonusComparison> comparisons;
  std::vector<BonusInputError> errors;
  for (const Portfolio& p : loaded.portfolios) {
    const int year = o.year.value_or(default_bonus_year(p));
    try {
      if (what_ifs.empty()) {
        results.push_back(bonus(p, year, basis));
      } else if (auto changes = changes_for(p, what_ifs); !changes.empty()) {
        comparisons.push_back(compare_what_if(p, year, basis, changes));
      }
    } catch (const BonusInputError& e) {
      errors.push_back(e);
    } catch (const WhatIfError& e) {
      throw UsageError(e.what());
    }
  }
  if (!errors.empty()) throw_problems(errors);

  if (what_ifs.empty()) {
    if (!o.explain) {
      print_table(o.output, bonus_table(results));
      return 0;
    }
    std::vector<Statement> statements;
    for (const BonusResult& r : results)
      statements.push_back(bonus_statement(r));
    emit(o.output, join_statements(statements, format));
    return 0;
  }
  if (format == Format::csv || format == Format::json) {
    print_table(o.output, what_if_table(comparisons));
    return 0;
  }
  std::vector<Statement> statements;
  for (const BonusComparison& c : comparisons) {
    statements.push_back(what_if_statement(c));
    if (o.explain) statements.push_back(bonus_statement(c.what_if));
  }
  emit(o.output, join_statements(statements, format));
  return 0;
}

} // namespace

void setup_bonus(CLI::App& app, Runners& runners) {
  auto o = std::make_shared<BonusOptions>();
  CLI::App* cmd = app.add_subcommand(
      "bonus", "Bonus payout per manager under the bonus plan (target, growth, new clients, "
               "referrals, multiplier, cap)");
  add_input_options(*cmd, o->input);
  cmd->add_option("--year", o->year,
                  "Fiscal year Y (default: the one containing each portfolio's as_of)")
      ->check(CLI::Range(1, 9999));
  cmd->add_flag("--actual-only", o->actual_only,
                "Revenue of the year from actuals only: no forecast after as_of");
  cmd->add_flag("--explain", o->explain,
                "Print the statement step by step (inputs, formulas, tier, cap) to check by hand");
  cmd->add_option("--what-if", o->what_if,
                  "CLIENT=+AMOUNT: payout if CLIENT brought AMOUNT more over the rest of the "
                  "year (spread over the months after as_of); repeatable; never writes a file")
      ->allow_extra_args(false);
  add_output_options(*cmd, o->output);
  runners["bonus"] = [o] { return run_bonus(*o); };
}

} // namespace acctmgr::cli

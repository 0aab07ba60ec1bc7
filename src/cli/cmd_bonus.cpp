#include "cli/bonus_diagnostics.hpp"
#include "cli/commands.hpp"
#include "cli/rate_check.hpp"
#include "read/scalars.hpp"
#include "read/schema_reader.hpp"
#include "reports/bonus.hpp"
#include "reports/bonus_document.hpp"
#include "text/diagnostic.hpp"
#include "text/text.hpp"

#include <algorithm>
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
  std::vector<std::string> what_if; ///< [FILE:]CLIENT=AMOUNT, as typed
};

/// Parses [FILE:]CLIENT=AMOUNT: a signed amount as in the files (+ optional, - for a cut),
/// FILE the portfolio's file name without extension. A client id never holds ':' or '=', so
/// the last of each splits the text, whatever the file is called.
WhatIf parse_what_if(const std::string& text) {
  const auto eq = text.rfind('=');
  const auto colon = eq == std::string::npos ? std::string::npos : text.rfind(':', eq);
  const std::size_t client = colon == std::string::npos ? 0 : colon + 1;
  if (eq == std::string::npos || eq == client || colon == 0)
    throw UsageError(fmt::format("--what-if '{}' is not [FILE:]CLIENT=AMOUNT, such as "
                                 "acme=+50000 or acme=-20000",
                                 escape_terminal(text)));
  const Parsed<Money> amount = parse_signed_amount(std::string_view(text).substr(eq + 1));
  if (!amount)
    throw UsageError(fmt::format("--what-if '{}': {}", escape_terminal(text), amount.error));
  return {text.substr(client, eq - client), *amount.value,
          colon == std::string::npos ? "" : text.substr(0, colon)};
}

/// Every portfolio's bonus problems at once, located like the loader's (exit 2).
[[noreturn]] void throw_problems(const std::vector<BonusInputError>& errors) {
  std::vector<Diagnostic> diagnostics;
  for (const BonusInputError& e : errors)
    for (const BonusProblem& problem : e.located())
      diagnostics.push_back(bonus_diagnostic(e.file(), problem));
  throw InputError(std::move(diagnostics));
}

int bonus_command(const BonusOptions& o) {
  const Format format = output_format(o.output); // usage errors come before any work
  std::vector<WhatIf> what_ifs;
  for (const std::string& text : o.what_if)
    what_ifs.push_back(parse_what_if(text));
  const Basis basis = o.actual_only ? Basis::actual_only : Basis::projected;
  check_what_if_request(what_ifs, basis);
  const auto statement = formats_for(Holds::statement);
  if (o.explain && std::find(statement.begin(), statement.end(), format) == statement.end())
    throw UsageError("--explain prints a statement: use --format table or md");

  const Loaded loaded = load_inputs(o.input, o.output);
  check_what_if_clients(what_ifs, loaded.portfolios, closest);

  std::vector<RatesNeeded> rates;
  for (const Portfolio& p : loaded.portfolios)
    rates.push_back({&p, {o.year.value_or(default_bonus_year(p))}, true});
  require_rates(rates);

  std::vector<BonusResult> results;
  std::vector<BonusComparison> comparisons;
  std::vector<BonusInputError> errors;
  for (const Portfolio& p : loaded.portfolios) {
    const int year = o.year.value_or(default_bonus_year(p));
    try {
      if (what_ifs.empty()) {
        results.push_back(bonus(p, year, basis));
      } else if (auto changes = what_ifs_for(p, what_ifs); !changes.empty()) {
        comparisons.push_back(compare_what_if(p, year, basis, changes));
      }
    } catch (const BonusInputError& e) {
      errors.push_back(e);
    }
  }
  if (!errors.empty()) throw_problems(errors);

  const ReportInput in = report_input(loaded, PeriodSpec{});
  print(o.output,
        what_ifs.empty() ? bonus_document(in, results, o.explain)
                         : what_if_document(in, comparisons, o.explain),
        format);
  return 0;
}

int run_bonus(const BonusOptions& o) {
  try {
    return bonus_command(o);
  } catch (const WhatIfError& e) {
    throw UsageError(e.what()); // a what-if that cannot apply is a mistake on the command line
  }
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
      ->check(CLI::Range(1, 9999))
      ->option_text("YEAR");
  cmd->add_flag("--actual-only", o->actual_only,
                "Revenue of the year from actuals only: no forecast after as_of");
  cmd->add_flag("--explain", o->explain,
                "Print the statement step by step (inputs, formulas, tier, cap) to check by hand");
  cmd->add_option("--what-if", o->what_if,
                  "CLIENT=+AMOUNT: payout if CLIENT brought AMOUNT more over the rest of the "
                  "year (spread over the months after as_of), or less with -AMOUNT; AMOUNT is "
                  "in the client's currency (its currency:, else its file's); FILE:CLIENT "
                  "(FILE: the portfolio's file name without .yaml) for an id in several "
                  "portfolios; repeatable; never writes a file")
      ->allow_extra_args(false);
  add_output_options(*cmd, o->output);
  o->output.private_data = true; // salary: a new -o file gets 0600 (SPEC section 10)
  runners["bonus"] = [o] { return run_bonus(*o); };
}

} // namespace acctmgr::cli

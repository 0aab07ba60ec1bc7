#pragma once

#include "cli/common.hpp"

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace acctmgr::cli {

/// Builds a report table from the loaded portfolios and the period the user asked for.
using TableMaker = std::function<Table(const Loaded&, const PeriodSpec&)>;

/// Whether a report reads -p/--period (forecast always covers the fiscal year of as_of).
enum class PeriodOption { yes, no };

/// Adds a report subcommand with the input and output options (and -p when it takes a
/// period): it parses the options, loads every input, builds the table and prints it.
void setup_report(CLI::App& app, Runners& runners, const std::string& name,
                  const std::string& description, PeriodOption period, TableMaker make);

/// Every portfolio's report over its own resolution of `spec`, e.g.
/// `per_portfolio(loaded, spec, growth_report)`.
template <class Report, class Fn>
std::vector<Report> per_portfolio(const Loaded& loaded, const PeriodSpec& spec, Fn report) {
  std::vector<Report> out;
  out.reserve(loaded.portfolios.size());
  for (const Portfolio& p : loaded.portfolios)
    out.push_back(report(p, period_for(p, spec)));
  return out;
}

} // namespace acctmgr::cli

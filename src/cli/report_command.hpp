#pragma once

#include "cli/formats.hpp"
#include "cli/inputs.hpp"
#include "cli/options.hpp"
#include "cli/periods.hpp"
#include "cli/print.hpp"
#include "cli/rate_check.hpp"

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace acctmgr::cli {

/// The options of a report command: its inputs, -p and the output options.
struct ReportOptions {
  InputOptions input;
  std::string period = "ytd";
  OutputOptions output;
};

/// Builds a report's document from the loaded portfolios and their periods (core's
/// `<report>_document`).
using DocumentMaker = std::function<Document(const ReportInput&)>;

/// Loads every input, makes sure the settings give every plan rate of `rates`, makes the
/// document and prints it.
void load_and_print(const InputOptions& input, const OutputOptions& output, const PeriodSpec& spec,
                    const DocumentMaker& make, Format format,
                    RateYears rates = RateYears::period_end);

/// Whether a report reads -p/--period (forecast always covers the fiscal year of as_of).
enum class PeriodOption { yes, no };
/// Whether its table draws 12-month sparklines (and so takes --no-spark).
enum class Sparklines { yes, no };
/// Whether its table shows only its key columns in a narrow terminal (and so takes --wide).
enum class KeyColumns { yes, no };

/// Adds a report subcommand with the input and output options (and -p when it takes a
/// period): it parses the options, loads every input, builds the document and prints it.
/// `rates`: the fiscal years it converts at (summary's findings count needs as_of's too).
void setup_report(CLI::App& app, Runners& runners, const std::string& name,
                  const std::string& description, PeriodOption period, DocumentMaker make,
                  Sparklines spark = Sparklines::no, RateYears rates = RateYears::period_end,
                  KeyColumns keys = KeyColumns::no);

} // namespace acctmgr::cli

#include "cli/help_notes.hpp"

#include "model/finding.hpp"
#include "reports/growth.hpp"
#include "text/text.hpp"

#include <fmt/format.h>

namespace acctmgr::cli {
namespace {

/// Help lines stay within 80 columns, however long a description.
constexpr int kWidth = 79;

/// `text` wrapped to kWidth after `first`, the lines after the first indented as far as
/// `first` is wide.
std::string wrapped(const std::string& first, std::string_view text) {
  const int indent = display_width(first);
  std::string out;
  for (const std::string& line : wrap(text, kWidth - indent))
    out += (out.empty() ? first : std::string(static_cast<std::size_t>(indent), ' ')) + line + "\n";
  return out;
}

std::string statuses() {
  std::string out = "Status, the first that applies:\n";
  for (const auto& t : kGrowthStatuses)
    out += wrapped(fmt::format("  {:<16} ", t.name), t.description);
  return out + wrapped("", "A month is unknown for a client before its first revenue entry (0 "
                           "counts) unless the client was won after it. Rows that are not "
                           "comparable keep their figures but stay out of the TOTAL, of "
                           "BELOW_TARGET and DECLINING, and of the bonus growth component; a "
                           "note names them.") +
         "\n";
}

std::string summary_columns() {
  return wrapped("", "Columns: revenue is the whole book (every client's revenue in the period); "
                     "comparable_revenue that of the comparable clients (not handover, "
                     "no_history or partial_history), prev_revenue theirs a year earlier, growth "
                     "= comparable_revenue / prev_revenue - 1, judged by status; nrr, grr, "
                     "new_revenue, lost_revenue over the comparable clients; top_client_share "
                     "and hhi over the whole book; margin over the clients whose margin is "
                     "defined, margin_coverage = their share of the book's revenue; share and "
                     "headroom over the clients of `share` (not lost) with a wallet; findings = "
                     "warnings and errors.") +
         "\n";
}

std::string at_stake(bool review) {
  std::string out;
  if (review)
    out = wrapped("", "The review opens with top actions, the ten findings with the largest "
                      "at_stake, and lists its findings by at_stake, largest first.");
  out += wrapped("", "at_stake (check --format csv: the last column; json: a number or null) is "
                     "the money a finding puts at risk, in the reporting currency, rounded to "
                     "the cent once:");
  for (const CodeTerm& t : kFindingCodes)
    if (*t.at_stake != '\0') out += wrapped(fmt::format("  {:<21} ", t.name), t.at_stake);
  return out + "  every other code      none\n\n";
}

} // namespace

std::string numbers_help(std::string_view command) {
  if (command == "growth") return statuses();
  if (command == "summary") return summary_columns();
  if (command == "check") return at_stake(false);
  if (command == "review") return at_stake(true);
  return "";
}

} // namespace acctmgr::cli

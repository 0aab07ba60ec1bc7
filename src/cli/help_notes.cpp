#include "cli/help_notes.hpp"

#include "model/finding.hpp"
#include "reports/growth.hpp"

#include <fmt/format.h>

namespace acctmgr::cli {
namespace {

/// One line of help: `first`, then `text`. Help is wrapped to the terminal as a whole
/// (help_wrap.hpp), with the lines of a table indented as far as `first` is wide.
std::string wrapped(const std::string& first, std::string_view text) {
  return fmt::format("{}{}\n", first, text);
}

std::string statuses() {
  std::string out = "Status, the first that applies:\n";
  for (const auto& t : kGrowthStatuses)
    out += wrapped(fmt::format("  {:<16} ", t.name), t.description);
  return out +
         wrapped("", "A month is unknown for a client before its first revenue entry (0 "
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
    out = "Sections of the table and JSON, in this order:\n" +
          wrapped("  top actions  ", "the ten findings with the largest at_stake") +
          wrapped("  summary      ", "one row per manager, as `summary` prints it") +
          wrapped("  clients      ", "every client: 12-month sparkline, revenue, growth, "
                                     "status, share, margin, forecast, findings") +
          wrapped("  pipeline     ", "each client's gap and open opportunities, as `pipeline`") +
          wrapped("  findings     ", "every warning and error, by at_stake, largest first") +
          wrapped("  bonus        ", "each manager's bonus, and those without one and why") +
          wrapped("  silenced     ", "the findings the clients' ignore entries silence") + "\n" +
          wrapped("", "The html and md review, the page people send, reads as a report: the "
                      "team (its figures, top actions, the summary), then a part per manager "
                      "(figures, a revenue chart of the 12 months ending E against a year "
                      "earlier and the forecast months ahead, clients, pipeline, findings), "
                      "then silenced findings and the bonus.") +
          "\n";
  out += wrapped("", "at_stake (check --format csv: the last column; json: a number or null) is "
                     "the money a finding puts at risk, in the reporting currency, rounded to "
                     "the cent once:");
  for (const CodeTerm& t : kFindingCodes)
    if (*t.at_stake != '\0') out += wrapped(fmt::format("  {:<21} ", t.name), t.at_stake);
  return out + "  every other code      none\n\n";
}

std::string close_rules() {
  return wrapped("", "Before any file is written, every client active at MONTH (revenue in the 12 "
                     "months ending MONTH, not lost) must have a revenue entry for MONTH, 0 "
                     "included; each one without is an error at its `- id:` line, and no file "
                     "changes. A file already closed at MONTH is left as it is; a file without "
                     "as_of gets the key on the line after currency:. A summary per file goes "
                     "to stderr.") +
         "\n";
}

} // namespace

std::string numbers_help(std::string_view command) {
  if (command == "growth") return statuses();
  if (command == "summary") return summary_columns();
  if (command == "check") return at_stake(false);
  if (command == "review") return at_stake(true);
  if (command == "close") return close_rules();
  return "";
}

} // namespace acctmgr::cli

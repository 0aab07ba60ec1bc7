#pragma once

#include "document/statement.hpp"
#include "document/table.hpp"
#include "model/currency.hpp"
#include "model/finding.hpp"
#include "model/month.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace acctmgr {

/// A labelled monthly sequence, for charts: values[i] is the amount of month first + i, none
/// where it is not known (a month the file does not hold, SPEC section 3: a gap in a chart,
/// never 0).
struct Series {
  std::string subject; ///< what it is about: a manager, a client
  std::string label;   ///< what it measures: "revenue", "forecast", "a year earlier"
  Month first;
  std::vector<std::optional<Money>> values;
  /// How many months later than its own a chart draws it: 12 for "a year earlier", drawn
  /// beside the months it is compared with.
  int shift = 0;
};

/// Findings as `check` lists them (text lines, GitHub annotations) or as a table.
struct FindingList {
  std::vector<Finding> findings;
  /// True for `check`: with no findings, the human forms print nothing at all (the data forms
  /// still print a CSV header or `[]`).
  bool quiet_when_empty = false;
};

/// The findings' table: file,line,manager,client,code,severity,message,at_stake (empty where
/// a finding has no amount).
Table findings_table(const std::vector<Finding>& findings);

struct Section {
  std::string key; ///< its name as a JSON key when a document has several sections
  std::variant<Table, Statement, FindingList, Series> body;
  /// True for what the human forms already say in prose (a table's notes) but data formats
  /// need as data: shown in JSON only.
  bool data_only = false;
  /// Not empty: this section opens a part of the document with this heading (the review's
  /// team, each manager, and what closes it); HTML and Markdown print it as a heading above.
  std::string part{};
  /// A one-row table of key figures (the review's team and manager figures): HTML draws each
  /// column as a labelled figure rather than as a table.
  bool figures = false;
};

/// Where a document's numbers come from.
struct Context {
  std::string period;       ///< as asked: ytd, ttm, 2026-Q3...
  std::vector<Month> as_of; ///< each distinct as_of, in order of first appearance
  std::string currency;     ///< the run's currency (one per run), or its reporting currency
  /// The settings file read, "" for the defaults; none for a document made outside a run
  /// (then no renderer names it).
  std::optional<std::string> settings_file;
  bool converted = false;    ///< true when the run has a reporting currency (SPEC section 9)
  std::vector<FxRate> rates; ///< the plan rates the figures were converted at
};

/// Adds `rates` to the context's rates, each once, in order of fiscal year and currency.
void add_rates(Context& c, const std::vector<FxRate>& rates);

/// What every command prints: a title (may be empty), its context, then sections in reading
/// order. A value: it owns everything it holds and may outlive the portfolios it was made
/// from. Made by reports/, rendered whole by one renderer per format (write/).
struct Document {
  std::string title;
  Context context;
  std::vector<Section> sections;
};

} // namespace acctmgr

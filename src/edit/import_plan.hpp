#pragma once

#include "model/money.hpp"
#include "model/month.hpp"
#include "model/portfolio.hpp"
#include "model/vocabulary.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace acctmgr {

/// Which monthly mapping an import fills.
enum class ImportKind { revenue, cost, forecast };

inline constexpr std::array<Term<ImportKind>, 3> kImportKinds{{
    {ImportKind::revenue, "revenue", "monthly actuals (the default)"},
    {ImportKind::cost, "cost", "monthly delivery cost"},
    {ImportKind::forecast, "forecast", "monthly plan"},
}};
static_assert(is_complete(kImportKinds));

inline const char* to_string(ImportKind k) {
  return term_of(kImportKinds, k).name;
}

/// One data row of an accounting export, already checked (SPEC section 10).
struct AccountingRow {
  std::string client;
  std::string manager; ///< empty: any portfolio holding the client
  Month month;
  Money amount;
  SourcePos pos;         ///< the row's client field in the CSV
  SourcePos manager_pos; ///< its manager field, when there is one
  /// The invoice column's value, when the layout maps one (an import profile): two rows with
  /// one invoice are an export read twice, an error (SPEC section 10).
  std::optional<std::string> invoice;
  SourcePos invoice_pos; ///< its field
  /// The currency column's value, when the layout maps one: it must be the client's currency,
  /// as acctmgr never converts what it imports (SPEC section 10).
  std::optional<std::string> currency;
  SourcePos currency_pos; ///< its field
  /// Without an invoice column: the line (of pos) of an earlier row identical to this one in
  /// every field of the record, ignored columns too; 0 when there is none. Such rows are
  /// summed, as all rows are, and the import warns (an export concatenated twice?).
  int repeats_line = 0;
};

/// What an import does with one client's month.
enum class EntryAction { add, unchanged, replace, conflict };

/// One client and month of one portfolio: the CSV's rows summed, and what the file holds.
struct PlannedEntry {
  std::string client;
  Month month;
  Money amount;             ///< the sum of the rows
  std::optional<Money> old; ///< the file's value, if it has one
  EntryAction action = EntryAction::add;
  SourcePos first_row; ///< the first CSV row of the sum
  int rows = 0;        ///< how many CSV rows were summed
};

/// The entries of one portfolio, in client then month order.
struct FilePlan {
  std::size_t portfolio = 0; ///< index in the portfolios given
  std::vector<PlannedEntry> entries;
  std::size_t count(EntryAction a) const;
};

/// A row that cannot be placed (unknown client, ambiguous id, unknown manager).
struct RowProblem {
  SourcePos pos;
  std::string message;
};

struct ImportPlan {
  std::vector<FilePlan> files; ///< only portfolios with entries, in the order given
  std::vector<RowProblem> problems;
};

/// Places every row in the portfolio holding its client (the one of its manager, when the
/// row names one), sums the rows of each client and month with checked arithmetic, and
/// compares the sums with the file: no entry → add; the same amount → unchanged; another
/// amount → replace when `replace`, else conflict. A row whose invoice an earlier row has is
/// a problem naming both lines, and is not summed. Pure.
ImportPlan plan_import(std::span<const AccountingRow> rows, std::span<const Portfolio> portfolios,
                       ImportKind kind, bool replace);

/// The series `kind` names in a client.
const MonthSeries& series_of(const Client& c, ImportKind kind);

} // namespace acctmgr

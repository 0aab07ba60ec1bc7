#pragma once

#include "model/portfolio.hpp"
#include "model/vocabulary.hpp"
#include "text/case_fold.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctmgr {

/// A field `import` reads from each row of an accounting export (SPEC section 10).
enum class ImportField { client, month, date, amount, manager, currency, invoice };

inline constexpr std::array<Term<ImportField>, 7> kImportFields{{
    {ImportField::client, "client", "the client's id (required)"},
    {ImportField::month, "month", "the month, YYYY-MM (month or date)"},
    {ImportField::date, "date",
     "a date read with date_format: its month is the row's (month or date)"},
    {ImportField::amount, "amount", "the amount; a negative row is a credit note (required)"},
    {ImportField::manager, "manager", "the manager whose portfolio holds the client"},
    {ImportField::currency, "currency", "the amount's ISO 4217 code: the client's currency"},
    {ImportField::invoice, "invoice", "the invoice number: two rows with one are an error"},
}};
static_assert(is_complete(kImportFields));

inline const char* to_string(ImportField f) {
  return term_of(kImportFields, f).name;
}

/// A header name as columns are matched (SPEC section 10): without the blanks around it, case
/// folded (`Invoice Date` and ` INVOICE date` are one column, `Сумма` and `СУММА` too).
inline std::string header_key(std::string_view name) {
  const std::size_t first = name.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return fold_case(name.substr(first, name.find_last_not_of(" \t") + 1 - first));
}

/// One of our fields read from the column of the export's header named `header`.
struct ImportColumn {
  ImportField field = ImportField::client;
  std::string header; ///< as the settings file writes it; matched trimmed, ignoring case
  /// Read when the header has the column, else left out: the built-in layout's `manager`. A
  /// profile's columns are all required of the header.
  bool if_present = false;
  SourcePos pos; ///< the header name in the settings file
};

/// How to read one accounting system's export: an entry of `imports:` in the settings file
/// (SPEC section 10, v3), or the built-in layout.
struct ImportProfile {
  std::string name;                   ///< its key under `imports:`; empty for the built-in layout
  std::vector<ImportColumn> columns;  ///< in the order the settings file writes them
  std::string date_format;            ///< %Y, %m and %d with literal text; empty without date
  char decimal = '.';                 ///< '.' or ','
  std::optional<char> separator;      ///< ',', ';' or '\t'; none: detected from the header
  int skip = 0;                       ///< physical lines before the header
  std::vector<std::string> skip_rows; ///< client cell patterns (`*` any text) of rows to skip
  SourcePos pos;                      ///< its key in the settings file

  /// The column `field` is read from, or nullptr.
  const ImportColumn* column(ImportField field) const {
    for (const ImportColumn& c : columns)
      if (c.field == field) return &c;
    return nullptr;
  }
};

/// The layout of acctmgr's own CSV (SPEC section 10, v2), used when no profile applies:
/// columns `client`, `month` and `amount`, `manager` when the header has it, separated by
/// commas, decimal point.
inline ImportProfile builtin_import_layout() {
  ImportProfile p;
  p.columns = {{ImportField::client, "client", false, {}},
               {ImportField::month, "month", false, {}},
               {ImportField::amount, "amount", false, {}},
               {ImportField::manager, "manager", true, {}}};
  p.separator = ',';
  return p;
}

} // namespace acctmgr

#pragma once

// A row of an accounting export as the CSV reader makes it, for the tests of the import plan.

#include "edit/accounting_csv.hpp"

#include <cstdint>
#include <string>

namespace acctmgr::test {

/// A row of `cents` for `client` in month `m`, read at CSV line `line` (its client cell in
/// column 1, its manager cell, if any, in column 20).
inline AccountingRow export_row(std::string client, Month m, std::int64_t cents, int line,
                                std::string manager = "") {
  AccountingRow r;
  r.client = std::move(client);
  r.manager = std::move(manager);
  r.month = m;
  r.amount = Money::from_cents(cents);
  r.pos = {line, 1};
  r.manager_pos = {line, 20};
  return r;
}

} // namespace acctmgr::test

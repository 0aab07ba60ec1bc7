#include "core/report_input.hpp"

#include <algorithm>

namespace acctmgr {
namespace {

template <class T> void add_once(std::vector<T>& seen, const T& value) {
  if (std::find(seen.begin(), seen.end(), value) == seen.end()) seen.push_back(value);
}

} // namespace

Context context_of(const ReportInput& in) {
  Context c{to_string(in.spec), {}, {}, in.settings_file};
  for (const PortfolioPeriod& pp : in.portfolios)
    add_once(c.as_of, pp.portfolio->as_of);
  // The loader refuses a run of mixed currencies.
  if (!in.portfolios.empty()) c.currency = in.portfolios.front().portfolio->currency;
  return c;
}

Document table_document(const ReportInput& in, std::string key, Table table) {
  Document d{{}, context_of(in), {}};
  d.sections.push_back({std::move(key), std::move(table), false});
  return d;
}

} // namespace acctmgr

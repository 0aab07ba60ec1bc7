#include "reports/bonus_document.hpp"

#include "reports/bonus_statement.hpp"

namespace acctmgr {

Document bonus_document(const ReportInput& in, const std::vector<BonusResult>& results,
                        bool explain) {
  Document d{{}, context_of(in, {}), {}};
  for (const BonusResult& r : results)
    add_rates(d.context, r.rates); // Y's rates, whatever the period
  if (!explain) {
    d.sections.push_back({"bonus", bonus_table(results), false});
    return d;
  }
  for (const BonusResult& r : results)
    d.sections.push_back({"statement", bonus_statement(r), false});
  return d;
}

Document what_if_document(const ReportInput& in, const std::vector<BonusComparison>& comparisons,
                          bool explain) {
  Document d{{}, context_of(in, {}), {}};
  for (const BonusComparison& c : comparisons) {
    add_rates(d.context, c.current.rates);
    d.sections.push_back({"what_if", what_if_statement(c), false});
    if (explain) d.sections.push_back({"statement", bonus_statement(c.what_if), false});
  }
  // What the statements say in prose, as data.
  d.sections.push_back({"what_if", what_if_table(comparisons), true});
  return d;
}

} // namespace acctmgr

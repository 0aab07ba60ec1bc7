#include "cli/bonus_diagnostics.hpp"

#include "cli/located_diagnostic.hpp"
#include "reports/bonus.hpp"

namespace acctmgr::cli {

Diagnostic bonus_diagnostic(const std::string& file, const BonusProblem& problem) {
  return located_diagnostic(file, problem.pos, problem.message, problem.key);
}

std::vector<Diagnostic> bonus_warnings(const std::vector<Portfolio>& portfolios) {
  std::vector<Diagnostic> out;
  for (const Portfolio& p : portfolios) {
    if (!p.bonus) continue; // no plan applies: nothing a bonus would pay, nothing to warn of
    try {
      bonus(p, default_bonus_year(p), Basis::projected);
    } catch (const BonusInputError& e) {
      for (const BonusProblem& problem : e.located()) {
        out.push_back(bonus_diagnostic(e.file(), problem));
        out.back().warning = true;
      }
    }
  }
  return out;
}

} // namespace acctmgr::cli

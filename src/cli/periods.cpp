#include "cli/periods.hpp"

#include <fmt/format.h>

namespace acctmgr::cli {

PeriodSpec parse_period(const std::string& text) {
  if (auto spec = PeriodSpec::parse(text)) return *spec;
  if (auto meant = reversed_range(text))
    throw UsageError(fmt::format("--period '{}' ends before it starts: write the first month "
                                 "first ({})",
                                 text, to_string(*meant)));
  throw UsageError(fmt::format("--period '{}' is not one of ytd, ttm, YYYY, YYYY-QN, YYYY-MM or "
                               "a range YYYY-MM..YYYY-MM",
                               text));
}

Period period_for(const Portfolio& p, const PeriodSpec& spec) {
  if (auto period = resolve(spec, p.settings.calendar(), p.as_of)) return *period;
  if (requested_months(spec, p.settings.calendar(), p.as_of).empty())
    throw UsageError(fmt::format("period {} lies wholly before 0001-01 in the fiscal calendar "
                                 "of {} ({})",
                                 to_string(spec), p.manager, p.file));
  throw UsageError(fmt::format("period {} lies wholly after as_of {} of {} ({})", to_string(spec),
                               to_string(p.as_of), p.manager, p.file));
}

ReportInput report_input(const Loaded& loaded, const PeriodSpec& spec) {
  ReportInput in{{}, spec, loaded.settings_file.settings, loaded.settings_file.path};
  for (const Portfolio& p : loaded.portfolios)
    in.portfolios.push_back({&p, period_for(p, spec)});
  return in;
}

} // namespace acctmgr::cli

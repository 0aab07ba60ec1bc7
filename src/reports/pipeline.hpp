#pragma once

#include "document/document.hpp"
#include "model/money.hpp"
#include "model/month.hpp"
#include "model/portfolio.hpp"
#include "model/ratio.hpp"
#include "reports/finding_collector.hpp"
#include "reports/forecast.hpp"
#include "reports/report_input.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace acctmgr {

/// An amount for each opportunity kind: a fixed array, where a map cost every client row four
/// allocations.
class KindAmounts {
public:
  Money& operator[](OpportunityKind k) { return amounts_[static_cast<std::size_t>(k)]; }
  const Money& at(OpportunityKind k) const { return amounts_[static_cast<std::size_t>(k)]; }

private:
  std::array<Money, kOpportunityKinds.size()> amounts_{};
};

/// The pipeline figures of one row (SPEC 8.2), each amount rounded half-up to the cent once.
struct PipelineFigures {
  /// The forecast report's gap; none when it is empty (an unknown month of the previous year):
  /// no gap, adding 0 to the TOTAL, whose gap always has a value
  std::optional<Money> gap;
  std::int64_t open = 0;         ///< open opportunities closing after as_of
  Money weighted_in_year;        ///< Σ value × probability × (F − close) / 12, close <= F
  std::optional<Ratio> coverage; ///< weighted_in_year / gap; none when gap is 0 or none
  Money weighted_12m;            ///< Σ value × probability, close <= as_of + 12
  KindAmounts by_kind;           ///< weighted_12m by kind
  Money won_in_year;             ///< Σ value of won ones closing in the fiscal year
};

/// A listed client: its figures, and what its findings need.
struct ClientPipeline {
  const Client* client = nullptr;
  PipelineFigures figures;
  Ratio target;              ///< the growth target its gap is measured against
  bool has_open = false;     ///< any open opportunity, whatever its close month
  std::int64_t next_12m = 0; ///< open ones closing in as_of+1 .. as_of+12
  Money open_value;          ///< Σ value of the open ones, whatever their close month
  std::vector<const Opportunity*> overdue; ///< open ones with close <= as_of, in file order
};

/// One portfolio's pipeline for the fiscal year of as_of: the clients with an open
/// opportunity or a gap above 0, in file order, and the TOTAL of their rounded figures. A
/// client whose gap is empty is listed only for an open opportunity.
struct PipelineReport {
  const Portfolio* portfolio = nullptr;
  Month as_of;
  int fiscal_year = 0;
  std::vector<ClientPipeline> clients;
  PipelineFigures total; ///< sums of the rows; coverage from those sums
};

/// The pipeline of `p` at its as_of, the gap taken from forecast_report(p, p.as_of).
PipelineReport pipeline_report(const Portfolio& p);
/// The same from the forecast report of `p` at its as_of, when the caller already has it.
PipelineReport pipeline_report(const Portfolio& p, const ForecastReport& forecast);

/// The SPEC's pipeline table: manager,client,name,gap,open,weighted_in_year,coverage,
/// weighted_12m,upsell,cross_sell,new_unit,price_increase,won_in_year.
Table pipeline_table(const std::vector<PipelineReport>& reports);

/// The `pipeline` command's document: each portfolio for the fiscal year of its as_of.
Document pipeline_document(const ReportInput& in);

/// NO_PIPELINE, PIPELINE_SHORT, STALE_OPPORTUNITY and PIPELINE_OVER_WALLET (SPEC 8.2),
/// checked at the report's as_of.
void pipeline_findings(FindingCollector& f, const PipelineReport& r);

} // namespace acctmgr

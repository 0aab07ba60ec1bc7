#include "reports/margin.hpp"

#include "reports/at_stake.hpp"
#include "reports/conversion.hpp"
#include "reports/ignore.hpp"
#include "reports/overflow_context.hpp"
#include "reports/wording.hpp"

namespace acctmgr {

PeriodMargin period_margin(const Client& c, const MonthRange& months) {
  PeriodMargin out;
  out.cost = c.cost.sum(months);
  c.revenue.for_each_in(months, [&](Month m, Money v) {
    // An explicit 0 is a month without revenue: nothing was sold, so no cost is owed either.
    if (v.is_zero()) return;
    out.revenue += v;
    if (!c.cost.has(m)) out.missing_cost.push_back(m);
  });
  if (out.missing_cost.empty())
    out.margin = Ratio::of(out.revenue - out.cost, out.revenue); // none when revenue is 0
  return out;
}

PeriodMargin converted(PeriodMargin m, const Ratio& rate) {
  m.revenue = convert(m.revenue, rate);
  m.cost = convert(m.cost, rate);
  return m;
}

std::optional<Ratio> unbilled_share(const std::optional<Team>& team) {
  if (!team) return std::nullopt;
  const Ratio people = team->billable + team->unbilled;
  if (people.is_zero()) return std::nullopt;
  return team->unbilled / people;
}

bool prices_stale(const PeriodMargin& now, const PeriodMargin& before,
                  std::optional<Month> last_price_increase, const Settings& s, Month e) {
  // Both margins must be defined: a cost month missing on either side would fake a rise (or
  // hide one), and MISSING_COST already asks for the data. Costs must have existed before for
  // a rise to mean anything.
  if (!now.margin || !before.margin || before.cost.is_zero()) return false;
  const Ratio cost_growth = *Ratio::of(now.cost - before.cost, before.cost);
  // Both margins defined implies both revenues > 0, so revenue growth is defined.
  const Ratio revenue_growth = *Ratio::of(now.revenue - before.revenue, before.revenue);
  // "Faster than revenue": cost growth strictly above revenue growth, i.e. cost per unit of
  // revenue went up (equivalently, the margin fell). Costs and prices rising in step are fine.
  if (cost_growth < s.cost_rise || !(cost_growth > revenue_growth)) return false;
  const bool recent_increase =
      last_price_increase && window_ending(e, s.price_review_months).contains(*last_price_increase);
  return !recent_increase;
}

namespace {

std::vector<Code> margin_warnings(const ClientMargin& m, const Settings& s, Month e) {
  std::vector<Code> out;
  if (m.now.margin && *m.now.margin < s.margin_floor) out.push_back(Code::low_margin);
  if (m.now.margin && m.before.margin && *m.now.margin < *m.before.margin - s.margin_drop)
    out.push_back(Code::margin_drop);
  if (m.unbilled_share && *m.unbilled_share > s.unbilled_max) out.push_back(Code::unbilled_staff);
  if (prices_stale(m.now, m.before, m.client->last_price_increase, s, e))
    out.push_back(Code::stale_prices);
  if (!m.now.missing_cost.empty()) out.push_back(Code::missing_cost);
  return out;
}

} // namespace

MarginReport margin_report(const Portfolio& p, const Period& period) {
  MarginReport report{&p, period, {}};
  // At most a row a client: sized once, where doubling would hold up to three times that.
  report.clients.reserve(p.clients.size());
  const int year = p.settings.calendar().year_of(period.end());
  for (const Client& c : p.clients) {
    const auto where = overflow_context(p, c);
    ClientMargin m{&c,
                   period_margin(c, period.months),
                   period_margin(c, period.comparison),
                   unbilled_share(c.team),
                   {}};
    if (m.now.revenue.is_zero()) continue;
    // Judged in the client's own currency, then shown in the reporting one.
    m.warnings = margin_warnings(m, p.settings, period.end());
    const Ratio rate = client_rate(p, c, year);
    m.now = converted(std::move(m.now), rate);
    m.before = converted(std::move(m.before), rate);
    report.clients.push_back(std::move(m));
  }
  return report;
}

Table margin_table(const std::vector<MarginReport>& reports, const std::string& period_name) {
  Table t("margin (" + period_name + ")",
          {column("manager", CellKind::text), column("client", CellKind::text),
           column("name", CellKind::text), column("revenue", CellKind::amount),
           column("cost", CellKind::amount), column("margin", CellKind::ratio),
           column("prev_margin", CellKind::ratio), column("unbilled_share", CellKind::ratio),
           column("warnings", CellKind::text)});
  for (const MarginReport& r : reports) {
    const Portfolio& p = *r.portfolio;
    for (const ClientMargin& m : r.clients)
      t.add_row({{"manager", p.manager},
                 {"client", m.client->id},
                 {"name", m.client->name},
                 {"revenue", m.now.revenue},
                 {"cost", m.now.cost},
                 {"margin", optional_cell(m.now.margin)},
                 {"prev_margin", optional_cell(m.before.margin)},
                 {"unbilled_share", optional_cell(m.unbilled_share)},
                 {"warnings", joined_warnings(*m.client, m.warnings, r.period.end())}});
    const Settings& s = p.settings;
    t.add_note({quoted(p.manager), said(": "), months(r.period.months), said(" vs "),
                months(r.period.comparison), said(", floor "), percent(s.margin_floor),
                said(", drop "), percent(s.margin_drop), said(", unbilled max "),
                percent(s.unbilled_max), said(", cost rise "), percent(s.cost_rise), said(" ("),
                quoted(reporting_currency(p)), said(")")});
    add_rates_note(t, p, s.calendar().year_of(r.period.end()));
  }
  return t;
}

Document margin_document(const ReportInput& in) {
  std::vector<MarginReport> reports;
  for (const PortfolioPeriod& pp : in.portfolios)
    reports.push_back(margin_report(*pp.portfolio, pp.period));
  return table_document(in, "margin", margin_table(reports, to_string(in.spec)));
}

namespace {

/// Headcount: whole people as integers, fractional FTEs with two decimals.
std::string headcount(const Ratio& r) {
  return to_fixed(r, r.den() == 1 ? 0 : 2);
}

} // namespace

/// at_stake (SPEC section 5) is formed from the margin report's row: revenue and cost as it
/// shows them (converted at E's rate, each rounded once) and its margins, which are the
/// client's own-currency ratios (SPEC section 9), so that the amount is what a reader works
/// out from the row.
void margin_findings(FindingCollector& f, const MarginReport& r) {
  const Settings& s = r.portfolio->settings;
  for (const ClientMargin& m : r.clients) {
    const Client* c = m.client;
    const Ratio revenue = to_ratio(m.now.revenue), cost = to_ratio(m.now.cost);
    // MARGIN_DROP and STALE_PRICES: the margin points lost, on this period's revenue.
    auto points_lost = [&] {
      return stake_when_positive(revenue * (*m.before.margin - *m.now.margin));
    };
    for (Code w : m.warnings) {
      switch (w) {
      case Code::low_margin:
        // What the floor asks the account to earn and it does not.
        f.add(c, Code::low_margin,
              m.now.margin->is_negative() ? Severity::error : Severity::warning,
              stake(s.margin_floor * revenue - (revenue - cost)),
              fmt::format("margin {} is below the {} floor (revenue {}, cost {}){}",
                          percent_vs(*m.now.margin, s.margin_floor), s.margin_floor, m.now.revenue,
                          m.now.cost,
                          m.now.margin->is_negative() ? ": the account loses money" : ""));
        break;
      case Code::margin_drop:
        f.add(c, Code::margin_drop, points_lost(),
              fmt::format("margin fell from {} in {} to {}, more than the {} points allowed",
                          *m.before.margin, r.period.comparison,
                          percent_vs(*m.now.margin, *m.before.margin - s.margin_drop),
                          to_fixed(s.margin_drop * Ratio::integer(100), 1)));
        break;
      case Code::unbilled_staff: {
        const Team& t = *c->team;
        // The cost of the people no one pays for: the period's cost in their share.
        const std::optional<Money> unbilled_cost =
            m.now.cost > Money() ? std::optional(stake(cost * *m.unbilled_share)) : std::nullopt;
        f.add(c, Code::unbilled_staff, unbilled_cost,
              fmt::format("{} of {} people on the account are unbilled ({}, max {})",
                          headcount(t.unbilled), headcount(t.billable + t.unbilled),
                          percent_vs(*m.unbilled_share, s.unbilled_max), s.unbilled_max));
        break;
      }
      case Code::stale_prices: {
        const MonthRange review = window_ending(r.period.end(), s.price_review_months);
        f.add(c, Code::stale_prices, points_lost(),
              fmt::format(
                  "cost {} ({} -> {}) while revenue {}, and no price increase in {} "
                  "(last: {})",
                  // Converted amounts (a sub-cent cost may convert to 0): the rise as shown.
                  change_words(
                      Ratio::of(m.now.cost - m.before.cost, m.before.cost).value_or(Ratio())),
                  m.before.cost, m.now.cost,
                  change_words(Ratio::of(m.now.revenue - m.before.revenue, m.before.revenue)
                                   .value_or(Ratio())),
                  review, c->last_price_increase ? to_string(*c->last_price_increase) : "never"));
        break;
      }
      case Code::missing_cost:
        f.add(c, Code::missing_cost,
              fmt::format("no cost entered for {} although revenue was billed; margin undefined",
                          month_list(m.now.missing_cost)));
        break;
      default: // the margin report gives only the codes above
        break;
      }
    }
  }
}

} // namespace acctmgr

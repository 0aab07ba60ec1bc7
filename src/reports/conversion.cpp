#include "reports/conversion.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace acctmgr {
namespace {

/// Where the currency of `c`'s amounts (of the portfolio's own, without `c`) is named: the
/// client's own `currency:` when it has one, else the portfolio's.
RateNeededBy needed_by(const Portfolio& p, const Client* c) {
  if (c && c->currency_pos.line > 0)
    return {p.file, c->currency_pos.line, c->currency_pos.column, c->id};
  return {p.file, p.currency_pos.line, p.currency_pos.column, {}};
}

} // namespace

const std::string& reporting_currency(const Portfolio& p) {
  return p.currencies.converts() ? p.currencies.reporting : p.currency;
}

Ratio client_rate(const Portfolio& p, const Client& c, int fiscal_year) {
  return rate_of(p.currencies, c.currency, fiscal_year, needed_by(p, &c));
}

Ratio portfolio_rate(const Portfolio& p, int fiscal_year) {
  return rate_of(p.currencies, p.currency, fiscal_year, needed_by(p, nullptr));
}

std::vector<MissingRate> missing_rates(const Portfolio& p, int fiscal_year, bool own_amounts) {
  std::vector<MissingRate> out;
  if (!p.currencies.converts()) return out;
  std::set<std::pair<int, int>> named; // the places already reported
  const auto need = [&](const std::string& currency, const RateNeededBy& by) {
    try {
      rate_of(p.currencies, currency, fiscal_year, by);
    } catch (MissingRate& e) {
      if (named.emplace(by.line, by.column).second) out.push_back(std::move(e));
    }
  };
  if (own_amounts) need(p.currency, needed_by(p, nullptr));
  for (const Client& c : p.clients)
    need(c.currency, needed_by(p, &c));
  return out;
}

std::vector<FxRate> rates_used(const Portfolio& p, int fiscal_year, bool own_amounts) {
  std::vector<FxRate> out;
  if (!p.currencies.converts()) return out;
  auto add = [&](const std::string& currency, const Ratio& rate) {
    if (currency == p.currencies.reporting) return;
    FxRate r{fiscal_year, currency, rate};
    if (std::find(out.begin(), out.end(), r) == out.end()) out.push_back(std::move(r));
  };
  if (own_amounts) add(p.currency, portfolio_rate(p, fiscal_year));
  for (const Client& c : p.clients)
    add(c.currency, client_rate(p, c, fiscal_year));
  std::sort(out.begin(), out.end(),
            [](const FxRate& a, const FxRate& b) { return a.currency < b.currency; });
  return out;
}

Text rates_note(const std::string& manager, const std::string& reporting, int fiscal_year,
                const std::vector<FxRate>& rates) {
  Text note{quoted(manager), said(": in " + reporting + " at the plan rates of fiscal year " +
                                  std::to_string(fiscal_year) + ": ")};
  for (std::size_t i = 0; i < rates.size(); ++i)
    note.push_back(said((i == 0 ? "" : ", ") + rates[i].currency + " " + rate_text(rates[i].rate)));
  return note;
}

Text rates_note(const Portfolio& p, int fiscal_year, bool own_amounts) {
  const std::vector<FxRate> rates = rates_used(p, fiscal_year, own_amounts);
  if (rates.empty()) return {};
  return rates_note(p.manager, p.currencies.reporting, fiscal_year, rates);
}

void add_rates_note(Table& t, const Portfolio& p, int fiscal_year, bool own_amounts) {
  Text note = rates_note(p, fiscal_year, own_amounts);
  if (!note.empty()) t.add_note(std::move(note));
}

} // namespace acctmgr

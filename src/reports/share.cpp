#include "reports/share.hpp"

#include "model/period.hpp"
#include "reports/client_state.hpp"
#include "reports/conversion.hpp"
#include "reports/overflow_context.hpp"
#include "reports/wording.hpp"

#include <algorithm>

namespace acctmgr {

namespace {

/// Every client with a wallet entry for the fiscal year of E or revenue in the 12 months ending
/// E, lost or not, converted, sorted as the report is.
std::vector<ClientShare> wallet_rows(const Portfolio& p, Month e) {
  std::vector<ClientShare> rows;
  // At most a row a client: sized once, where doubling would hold up to three times that.
  rows.reserve(p.clients.size());
  const int year = p.settings.calendar().year_of(e);
  for (const Client& c : p.clients) {
    const auto where = overflow_context(p, c);
    ShareOfWallet s = share_of_wallet(c, p.settings, e);
    if (!s.wallet && s.revenue_12m.is_zero()) continue;
    rows.push_back({&c, converted(std::move(s), client_rate(p, c, year))});
  }
  // Headroom is where the growth is: the biggest opportunity first. Without a wallet there is
  // no headroom to rank, so those clients go last in file order.
  std::stable_sort(rows.begin(), rows.end(), [](const ClientShare& a, const ClientShare& b) {
    if (!a.figures.headroom || !b.figures.headroom)
      return a.figures.headroom.has_value() && !b.figures.headroom.has_value();
    return *a.figures.headroom > *b.figures.headroom;
  });
  return rows;
}

} // namespace

ShareReport share_report(const Portfolio& p, Month e) {
  ShareReport report{&p, e, wallet_rows(p, e), 0};
  // The clients with revenue in the 12 months ending E that are not lost at E (SPEC section 4,
  // v3): a lost client's budget is not headroom in the book, and a wallet without revenue is
  // not a share. Revenue is judged in the client's own currency, before conversion.
  const MonthRange window = window_ending(e, 12);
  std::erase_if(report.clients, [&](const ClientShare& c) {
    if (!(c.client->revenue.sum(window) > Money())) return true;
    if (!is_lost_at(*c.client, e)) return false;
    ++report.lost;
    return true;
  });
  return report;
}

Table share_table(const std::vector<ShareReport>& reports) {
  Table t("share of wallet",
          {column("manager", CellKind::text), column("client", CellKind::text),
           column("name", CellKind::text), column("revenue_12m", CellKind::amount),
           column("wallet", CellKind::amount), column("share", CellKind::ratio),
           column("headroom", CellKind::amount), column("band", CellKind::status)});
  for (const ShareReport& r : reports) {
    const Portfolio& p = *r.portfolio;
    for (const ClientShare& c : r.clients) {
      const ShareOfWallet& s = c.figures;
      t.add_row({{"manager", p.manager},
                 {"client", c.client->id},
                 {"name", c.client->name},
                 {"revenue_12m", s.revenue_12m},
                 {"wallet", optional_cell(s.wallet)},
                 {"share", optional_cell(s.share)},
                 {"headroom", optional_cell(s.headroom)},
                 {"band", keyword_cell(s.band)}});
    }
    const ShareBands& b = p.settings.share_bands;
    t.add_note({quoted(p.manager), said(": revenue "), months(window_ending(r.end, 12)),
                said(" against the wallet of fiscal year "),
                count(p.settings.calendar().year_of(r.end)), said("; bands saturated >= "),
                percent(b.saturated), said(", core >= "), percent(b.core), said(", reserve >= "),
                percent(b.reserve), said(" ("), quoted(reporting_currency(p)), said(")")});
    if (r.lost > 0)
      t.add_note({quoted(p.manager), said(": "), count(r.lost),
                  said(r.lost == 1 ? " client lost by " : " clients lost by "), month(r.end),
                  said(" left out (a lost client's wallet is not headroom)")});
    add_rates_note(t, p, p.settings.calendar().year_of(r.end));
  }
  return t;
}

Document share_document(const ReportInput& in) {
  std::vector<ShareReport> reports;
  for (const PortfolioPeriod& pp : in.portfolios)
    reports.push_back(share_report(*pp.portfolio, pp.period.end()));
  return table_document(in, "share", share_table(reports));
}

/// Judged in each client's own currency (SPEC section 9); the messages quote the amounts as the
/// share report shows them, converted at the same rate for both years.
void wallet_findings(FindingCollector& f, const ShareReport& r) {
  const Portfolio& p = *r.portfolio;
  const int year = p.settings.calendar().year_of(r.end);
  const std::string window = to_string(window_ending(r.end, 12));
  // Every client with a wallet or revenue, lost ones too (the report leaves them out):
  // WALLET_EXCEEDED and SATURATED apply to every client with a wallet (SPEC section 12).
  for (const ClientShare& cs : wallet_rows(p, r.end)) {
    const Client* c = cs.client;
    const ShareOfWallet& s = cs.figures;
    const ShareOfWallet own = share_of_wallet(*c, p.settings, r.end);
    const Ratio rate = client_rate(p, *c, year);
    const bool active = is_active_at(*c, r.end);
    if (active && !s.wallet)
      f.add(c, Code::no_wallet,
            fmt::format("no wallet estimate for fiscal year {}: share of wallet and headroom "
                        "unknown",
                        year));
    const auto prev = c->wallet.find(year - 1);
    if (active && own.wallet && prev != c->wallet.end() && *own.wallet < prev->second) {
      // at_stake (SPEC section 5): the budget that went, from both wallets as the message
      // quotes them, each converted once at the rate of E's fiscal year (SPEC 12).
      const Money before = convert(prev->second, rate);
      f.add(c, Code::wallet_shrinking, before - *s.wallet,
            fmt::format("wallet for fiscal year {} is {}, down {} from {} in {}", year, *s.wallet,
                        percent_vs(*Ratio::of(prev->second - *own.wallet, prev->second), Ratio()),
                        before, year - 1));
    }
    // Revenue above the wallet, rather than share > 100 %, so that a wallet of 0 against real
    // revenue (share undefined) is caught too.
    if (own.wallet && own.revenue_12m > *own.wallet) {
      const std::string share = s.share ? percent_vs(*s.share, Ratio::integer(1)) + ", " : "";
      f.add(c, Code::wallet_exceeded,
            fmt::format("revenue {} in {} exceeds the fiscal year {} wallet {} ({}the estimate "
                        "is stale)",
                        s.revenue_12m, window, year, *s.wallet, share));
    } else if (s.band == ShareBand::saturated) {
      f.add(c, Code::saturated,
            fmt::format("share of wallet {} (revenue {} of {}): defend the account; its growth "
                        "target is 0",
                        *s.share, s.revenue_12m, *s.wallet));
    }
  }
}

} // namespace acctmgr

#include "portfolio_builder.hpp"
#include "reports/share.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <string>

using namespace acctmgr;
using namespace acctmgr::test;

namespace {

// A client with 12 × `monthly` of revenue in the 12 months ending 2026-10 and a wallet for
// fiscal year 2026 (calendar fiscal year).
Client with_wallet(const char* id, int line, std::int64_t monthly, std::int64_t wallet) {
  Client c = client(id, line);
  c.revenue = flat("2025-11", "2026-10", monthly);
  c.wallet[2026] = Money::units(wallet);
  return c;
}

std::optional<ShareBand> band_at(std::int64_t monthly, std::int64_t wallet) {
  const Portfolio p = portfolio("2026-10", {with_wallet("a", 10, monthly, wallet)});
  return share_report(p, p.as_of).clients.at(0).figures.band;
}

} // namespace

TEST_CASE("share bands: each boundary belongs to the higher band") {
  // 12 × 75 = 900 of 1000 = 90 % exactly -> saturated; 12 × 74.99... is not whole, so use a
  // wallet one unit larger: 900 / 1001 = 89.9 % -> core.
  CHECK(band_at(75, 1000) == ShareBand::saturated);
  CHECK(band_at(75, 1001) == ShareBand::core);
  // 12 × 50 = 600 of 1200 = 50 % -> core; of 1201 -> reserve.
  CHECK(band_at(50, 1200) == ShareBand::core);
  CHECK(band_at(50, 1201) == ShareBand::reserve);
  // 12 × 15 = 180 of 1200 = 15 % -> reserve; of 1201 -> foothold.
  CHECK(band_at(15, 1200) == ShareBand::reserve);
  CHECK(band_at(15, 1201) == ShareBand::foothold);
}

TEST_CASE("share report: listed clients, figures and order") {
  Client big = with_wallet("big", 10, 10, 1000);    // 120 of 1000: headroom 880
  Client small = with_wallet("small", 20, 50, 900); // 600 of 900: headroom 300
  Client over = with_wallet("over", 30, 100, 1000); // 1200 of 1000: headroom 0, share 1.2
  Client no_wallet = client("nowallet", 40);        // revenue only: listed, last
  no_wallet.revenue = units({{"2026-10", 5}});
  Client wallet_only = client("walletonly", 50); // wallet, no revenue: not listed (SPEC 4, v3)
  wallet_only.wallet[2026] = Money::units(5000);
  Client old_wallet = client("oldwallet", 60); // wallet of 2025 only, revenue before the window
  old_wallet.wallet[2025] = Money::units(5000);
  old_wallet.revenue = units({{"2025-10", 100}});
  Client zero = client("zero", 70); // an explicit 0 is no revenue
  zero.revenue = units({{"2026-10", 0}});
  const Portfolio p =
      portfolio("2026-10", {no_wallet, big, small, over, wallet_only, old_wallet, zero});

  const ShareReport r = share_report(p, p.as_of);
  REQUIRE(r.clients.size() == 4);
  CHECK(r.clients[0].client->id == "big");
  CHECK(r.clients[1].client->id == "small");
  CHECK(r.clients[2].client->id == "over");
  CHECK(r.clients[3].client->id == "nowallet");
  CHECK(r.lost == 0); // walletonly, oldwallet and zero are left out, but none was lost

  const ShareOfWallet& b = r.clients[0].figures;
  CHECK(b.revenue_12m == Money::units(120));
  CHECK(b.headroom == Money::units(880));
  CHECK(b.share == Ratio(12, 100));
  CHECK(b.band == ShareBand::foothold);
  CHECK(r.clients[2].figures.share == Ratio(6, 5));
  CHECK(r.clients[2].figures.headroom == Money());
  CHECK(!r.clients[3].figures.wallet);
  CHECK(!r.clients[3].figures.band);
}

TEST_CASE("share report: the window is the 12 months ending E, the wallet that of E's year") {
  Client c = client("a", 10);
  // 2025-10 is outside the window ending 2026-10; 2025-11 is inside.
  c.revenue = units({{"2025-10", 1000}, {"2025-11", 300}, {"2026-10", 200}});
  c.wallet[2025] = Money::units(100);
  c.wallet[2026] = Money::units(1000);
  const Portfolio p = portfolio("2026-10", {c});
  const ShareOfWallet s = share_report(p, p.as_of).clients.at(0).figures;
  CHECK(s.revenue_12m == Money::units(500));
  CHECK(s.share == Ratio(1, 2));
  CHECK(s.band == ShareBand::core);
}

TEST_CASE("share table: SPEC columns and stable ties") {
  // Equal headroom keeps file order.
  Client a = with_wallet("a", 10, 10, 1000);
  Client b = with_wallet("b", 20, 10, 1000);
  const Portfolio p = portfolio("2026-10", {a, b});
  const Table t = share_table({share_report(p, p.as_of)});
  REQUIRE(t.columns().size() == 8);
  const char* names[] = {"manager", "client", "name",     "revenue_12m",
                         "wallet",  "share",  "headroom", "band"};
  for (std::size_t i = 0; i < 8; ++i)
    CHECK(t.columns()[i].name == names[i]);
  REQUIRE(t.rows().size() == 2);
  CHECK(std::get<std::string>(t.rows()[0].cells[1]) == "a");
  CHECK(std::get<std::string>(t.rows()[1].cells[1]) == "b");
  CHECK(std::get<std::string>(t.rows()[0].cells[7]) == "foothold");
  CHECK(t.notes().size() == 1);
}

namespace share_lost_test {

std::string note_text(const Text& note) {
  std::string out;
  for (const Span& s : note)
    out += s.kind == Span::Kind::value ? "<value>" : s.text;
  return out;
}

} // namespace share_lost_test

TEST_CASE("share report: a client lost at E is left out and counted; its findings stay") {
  using namespace share_lost_test;
  Client kept = with_wallet("kept", 10, 10, 1000); // 120 of 1,000: headroom 880
  Client gone = with_wallet("gone", 20, 10, 5000); // lost 2026-06: headroom 4,880 no more
  gone.lost = mon("2026-06");
  Client back = with_wallet("back", 30, 10, 2000); // lost, won back before E: headroom 1,880
  back.lost = mon("2026-03");
  back.origin = Origin::reactivated;
  back.won = mon("2026-05");
  Client over = with_wallet("over", 40, 100, 1000); // lost at E, 1,200 of 1,000
  over.lost = mon("2026-10");
  Client quiet = client("quiet", 50); // lost, no wallet, no revenue: never listed, not counted
  quiet.lost = mon("2025-01");
  const Portfolio p = portfolio("2026-10", {kept, gone, back, over, quiet});

  const ShareReport r = share_report(p, p.as_of);
  REQUIRE(r.clients.size() == 2);
  CHECK(r.clients[0].client->id == "back");
  CHECK(r.clients[1].client->id == "kept");
  CHECK(r.lost == 2); // gone and over

  const Table t = share_table({r});
  REQUIRE(t.notes().size() == 2);
  CHECK(note_text(t.notes()[1]) ==
        "Olena: <value> clients lost by <value> left out (a lost client's wallet is not headroom)");
  // Without a lost client, no such note.
  CHECK(share_table({share_report(portfolio("2026-10", {kept}), mon("2026-10"))}).notes().size() ==
        1);

  // WALLET_EXCEEDED applies to every client with a wallet, a lost one too (SPEC section 12).
  FindingCollector f(p, p.as_of);
  wallet_findings(f, r);
  const auto exceeded = std::find_if(f.active.begin(), f.active.end(), [](const Finding& x) {
    return x.code == Code::wallet_exceeded;
  });
  REQUIRE(exceeded != f.active.end());
  CHECK(exceeded->client == "over");
}

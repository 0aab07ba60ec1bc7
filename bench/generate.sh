#!/usr/bin/env bash
# Usage: bench/generate.sh CLIENTS [FIRST [MANAGER]] > portfolio.yaml
# A synthetic portfolio of CLIENTS clients numbered from FIRST (default 0), for the manager
# MANAGER (default "Bench Manager"): 34 months of revenue and cost, forecasts, wallets, a
# team, stakeholders, activities and, for some clients, every other field the examples use
# (origin, won, lost, referred_by, own currency, ignore, opportunities, notes), so that the
# loader does all of its work. Amounts are exact decimals; the file validates cleanly.
set -euo pipefail
awk -v n="${1:?number of clients}" -v first="${2:-0}" -v manager="${3:-Bench Manager}" 'BEGIN {
  print "# A generated benchmark portfolio (bench/generate.sh)."
  print "manager: " manager; print "currency: USD"; print "as_of: 2026-10"; print "salary: 60000"
  print "settings:"; print "  growth_target: 20%"; print "  margin_floor: 30%"
  print "  contact_window_months: 4"; print "  share_bands: {saturated: 95%}"
  print "targets:"
  printf "  revenue: {2025: %d, 2026: %d}\n", n * 500000, n * 600000
  print "bonus:"; print "  target_pct: 30%"; print "  threshold: 80%"; print "  accelerator: 1.5"
  print "  growth_pct: 1%"; print "  new_client: 1000"; print "  new_client_pct: 0.5%"
  print "  referral: 500"; print "  multipliers:"
  print "    - {from: 0, factor: 1}"; print "    - {from: 3000000, factor: 1.1}"
  print "  cap_pct: 45%"
  print "clients:"
  for (k = 0; k < n; k++) {
    i = first + k
    print "  - id: client-" i; print "    name: Client " i " Ltd"
    if (i % 50 == 1) print "    currency: USD"
    if (i % 10 == 0) { print "    origin: new"; print "    won: 2026-0" (1 + i % 9) }
    else if (i % 10 == 5) {
      print "    origin: referral"; print "    won: 2026-0" (1 + i % 9)
      print "    referred_by: Former Contact " i
    } else if (i % 10 == 7) { print "    origin: handover"; print "    won: 2026-01" }
    else if (i % 10 == 9) { print "    origin: reactivated"; print "    won: 2026-05"; print "    lost: 2025-02" }
    # 34 months, 2024-01..2026-10; every other client as a flow mapping over several lines
    # (as the examples write it), the others one month a line.
    multi = i % 2 == 0
    rev = ""; cost = ""
    for (m = 0; m < 34; m++) {
      y = 2024 + int(m / 12); mo = m % 12 + 1
      v = 40000 + (i * 37 + m * 101) % 9000 + (y - 2024) * 5000
      key = sprintf("%d-%02d", y, mo)
      if (multi) {
        sep = m == 0 ? "" : (m % 4 == 0 ? ",\n       " : ", ")
        rev = rev sep key ": " v "." (m % 10) "5"; cost = cost sep key ": " int(v * 0.62)
      } else {
        rev = rev "\n      " key ": " v "." (m % 10) "5"; cost = cost "\n      " key ": " int(v * 0.62)
      }
    }
    if (multi) { print "    revenue:\n      {" rev "}"; print "    cost:\n      {" cost "}" }
    else { print "    revenue:" rev; print "    cost:" cost }
    print "    forecast: {2026-11: 47000, 2026-12: 47000, 2027-01: 48000}"
    print "    wallet: {2025: 900000, 2026: " 800000 + (i % 7) * 100000 "}"
    print "    team: {billable: 8, unbilled: " i % 3 "}"
    print "    last_price_increase: 2026-0" (1 + i % 9)
    if (i % 20 == 3) {
      print "    ignore:"; print "      - NO_MEETING"
      print "      - {code: DECLINING, reason: \"budget frozen until the merger\", until: 2027-03}"
    }
    if (i % 3 == 0) {
      print "    opportunities:"
      print "      - {id: upsell-" i ", kind: upsell, value: 60000, probability: 50%, close: 2026-12}"
      print "      - {id: rates, kind: price_increase, value: 24000, close: 2026-06, status: won, note: \"signed in June\"}"
    }
    print "    stakeholders:"
    print "      - {id: cfo, name: Chief Financial Officer " i ", title: CFO, roles: [payer, decision_maker]}"
    print "      - {id: cto, name: Chief Technology Officer " i ", roles: [influencer]}"
    print "      - {id: user, name: Team Lead " i ", roles: [user]}"
    print "    activity:"
    for (a = 0; a < 12; a++)
      printf "      - {date: 2026-%02d-%02d, with: [%s], mode: %s%s}\n", 1 + (a + i) % 10, 1 + a * 2,
             (a % 3 == 0 ? "cfo" : (a % 3 == 1 ? "cto" : "cfo, user")),
             (a % 4 == 0 ? "meeting" : (a % 4 == 1 ? "call" : (a % 4 == 2 ? "email" : "video"))),
             (a == 0 ? ", note: \"quarterly review\"" : "")
  }
}'

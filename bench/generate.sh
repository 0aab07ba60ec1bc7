#!/usr/bin/env bash
# Usage: bench/generate.sh CLIENTS > portfolio.yaml
# A synthetic portfolio with CLIENTS clients, 24 months of revenue and cost, 3 forecast months,
# wallets, three stakeholders and twelve activities each: the shape of a real book, scaled up.
set -euo pipefail
awk -v n="${1:?number of clients}" 'BEGIN {
  print "manager: Bench Manager"; print "currency: USD"; print "as_of: 2026-10"
  print "salary: 60000"; print "targets:"; printf "  revenue: {2026: %d}\n", n * 600000
  print "bonus: {target_pct: 30%, growth_pct: 5%, new_client: 1000, referral: 500}"
  print "clients:"
  for (i = 0; i < n; i++) {
    print "  - id: client-" i; print "    name: Client " i " Ltd"
    if (i % 10 == 0) { print "    origin: new"; print "    won: 2026-0" (1 + i % 9) }
    rev = "{"; cost = "{"
    for (m = 0; m < 22; m++) {
      y = 2025 + int(m / 12); mo = m % 12 + 1
      v = 40000 + (i * 37 + m * 101) % 9000 + (y == 2026 ? 6000 : 0)
      key = sprintf("%d-%02d", y, mo)
      rev = rev (m ? ", " : "") key ": " v "." (m % 10) "5"
      cost = cost (m ? ", " : "") key ": " int(v * 0.62)
    }
    print "    revenue: " rev "}"; print "    cost: " cost "}"
    print "    forecast: {2026-11: 47000, 2026-12: 47000, 2027-01: 48000}"
    print "    wallet: {2025: 900000, 2026: " 800000 + (i % 7) * 100000 "}"
    print "    team: {billable: 8, unbilled: " i % 3 "}"
    print "    last_price_increase: 2026-0" (1 + i % 9)
    print "    stakeholders:"
    print "      - {id: cfo, name: Chief Financial Officer " i ", roles: [payer, decision_maker]}"
    print "      - {id: cto, name: Chief Technology Officer " i ", roles: [influencer]}"
    print "      - {id: user, name: Team Lead " i ", roles: [user]}"
    print "    activity:"
    for (a = 0; a < 12; a++)
      printf "      - {date: 2026-%02d-%02d, with: [%s], mode: %s}\n", 1 + (a + i) % 10, 1 + a * 2,
             (a % 3 == 0 ? "cfo" : (a % 3 == 1 ? "cto" : "cfo, user")), (a % 4 == 0 ? "meeting" : (a % 4 == 1 ? "call" : (a % 4 == 2 ? "email" : "video")))
  }
}'

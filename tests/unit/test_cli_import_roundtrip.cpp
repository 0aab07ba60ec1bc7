// Property: remove random months from a portfolio, export them as CSV (split into invoice
// rows, shuffled), import them back, and get the very figures of the original, so every report.
// The edits made one at a time and in one batch give the same bytes and the same diff.
#include "edit/accounting_csv.hpp"
#include "edit/import_plan.hpp"
#include "edit/portfolio_edit.hpp"
#include "edit/unified_diff.hpp"
#include "read/load.hpp"
#include "read/schema.hpp"
#include "read/source_text.hpp"
#include "read/yaml_tree.hpp"
#include "reference_diff.hpp"

#include <algorithm>
#include <cstdint>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fstream>
#include <random>
#include <sstream>

using namespace acctmgr;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Portfolio parse(std::string_view text) {
  return parse_portfolio(text, "p.yaml", {}, std::nullopt, Month(2026, 10));
}

struct Removed {
  std::size_t begin, end; ///< bytes removed
  std::string client;
  Month month;
  Money amount;
};

/// Picks about a third of the `key` entries of every client and where their bytes are.
std::vector<Removed> pick(std::string_view text, const Portfolio& p, std::string_view key,
                          std::mt19937& random) {
  const SourceText source(text, "p.yaml");
  Problems problems(source);
  const std::optional<YamlTree> tree = parse_yaml(source, problems, max_nesting);
  REQUIRE(tree);
  std::vector<Removed> out;
  const YamlNode* clients = yaml_edit::find_value(*tree, tree->root(), "clients");
  std::size_t index = 0;
  tree->for_each_child(*clients, [&](const YamlNode& c) {
    const Client& client = p.clients[index++];
    const YamlNode* map = yaml_edit::find_value(*tree, c, key);
    if (!map || map->kind != NodeKind::mapping) return;
    std::vector<std::pair<const YamlNode*, const YamlNode*>> entries;
    tree->for_each_pair(
        *map, [&](const YamlNode& k, const YamlNode& v) { entries.emplace_back(&k, &v); });
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (random() % 3 != 0 || entries.size() < 2) continue;
      const auto [k, v] = entries[i];
      const Month m = *Month::parse(k->text);
      // Not the last: up to the next key. The last: from the end of the value before it.
      const bool last = i + 1 == entries.size();
      const std::size_t begin =
          last ? yaml_edit::node_end(text, *tree, *entries[i - 1].second) : k->offset;
      const std::size_t end =
          last ? yaml_edit::node_end(text, *tree, *v) : entries[i + 1].first->offset;
      out.push_back({begin, end, client.id, m, *series_of(client, ImportKind::revenue).get(m)});
      if (key != "revenue") out.back().amount = *client.cost.get(m);
      if (last) break;
      ++i; // never two neighbours: each removal stays within its own bytes
    }
  });
  return out;
}

} // namespace

TEST_CASE("import round trip: removed months exported as CSV come back exactly") {
  std::mt19937 random(20261105);
  for (const char* name : {"olena-kovalenko", "james-whitfield", "priya-raman"})
    for (const ImportKind kind : {ImportKind::revenue, ImportKind::cost}) {
      CAPTURE(name);
      const std::string original =
          read(fmt::format("{}/examples/{}.yaml", ACCTMGR_SOURCE_DIR, name));
      const Portfolio before = parse(original);
      std::vector<Removed> removed = pick(original, before, to_string(kind), random);
      REQUIRE(removed.size() > 3);
      std::string stripped = original;
      std::sort(removed.begin(), removed.end(),
                [](const Removed& a, const Removed& b) { return a.begin > b.begin; });
      for (const Removed& r : removed)
        stripped.erase(r.begin, r.end - r.begin);
      const Portfolio without = parse(stripped);

      // The export: each month as two invoice rows (a third, then the rest), shuffled.
      std::vector<std::string> lines;
      for (const Removed& r : removed) {
        const Money third = Money::from_cents(r.amount.cents() / 3);
        lines.push_back(fmt::format("{},X,{},\"{:p}\"\r\n", r.client, r.month, third));
        lines.push_back(fmt::format("{},Y,{},{:p}\r\n", r.client, r.month, r.amount - third));
      }
      std::shuffle(lines.begin(), lines.end(), random);
      std::string csv = "Client,Invoice,Month,Amount\r\n";
      for (const std::string& l : lines)
        csv += l;

      const std::vector<AccountingRow> rows =
          read_export(csv, "export.csv", builtin_import_layout(), std::nullopt).rows;
      const std::vector<Portfolio> ps{without};
      const ImportPlan plan = plan_import(rows, ps, kind, false);
      REQUIRE(plan.problems.empty());
      REQUIRE(plan.files.size() == 1);
      CHECK(plan.files[0].count(EntryAction::add) == removed.size());
      std::string edited = stripped;
      std::vector<portfolio_edit::MonthSet> sets;
      for (const PlannedEntry& e : plan.files[0].entries) {
        edited = portfolio_edit::set_month(edited, e.client, to_string(kind), e.month, e.amount);
        sets.push_back({e.client, to_string(kind), e.month, e.amount, std::nullopt});
      }
      // As import makes them: all from one parse, and the diff from the edits.
      const std::vector<yaml_edit::Edit> edits = portfolio_edit::month_edits(stripped, sets);
      CHECK(yaml_edit::apply(stripped, edits) == edited);
      CHECK(unified_diff(stripped, edits, "p.yaml") ==
            reference::myers_unified_diff(stripped, edited, "p.yaml"));
      const Portfolio after = parse(edited);
      REQUIRE(after.clients.size() == before.clients.size());
      for (std::size_t i = 0; i < before.clients.size(); ++i) {
        CHECK(after.clients[i].revenue.entries() == before.clients[i].revenue.entries());
        CHECK(after.clients[i].cost.entries() == before.clients[i].cost.entries());
        CHECK(after.clients[i].forecast.entries() == before.clients[i].forecast.entries());
      }
      // Importing the same export again changes nothing.
      const std::vector<Portfolio> again{after};
      CHECK(plan_import(rows, again, kind, false).files[0].count(EntryAction::unchanged) ==
            removed.size());
    }
}

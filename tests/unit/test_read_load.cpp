#include "read/load.hpp"
#include "text/diagnostic.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

using namespace acctmgr;

namespace {

const Month oct26{2026, 10};

Portfolio parse(std::string_view yaml, const SettingsFile& base = {},
                std::optional<Month> as_of = std::nullopt) {
  return parse_portfolio(yaml, "p.yaml", base, as_of, oct26);
}

/// Every problem reported for `yaml`, as "LINE:COL: message".
std::vector<std::string> problems(std::string_view yaml, bool settings_file = false) {
  std::vector<std::string> out;
  try {
    if (settings_file)
      parse_settings_file(yaml, "acctmgr.yaml");
    else
      parse(yaml);
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics())
      out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message);
  }
  return out;
}

constexpr std::string_view full = R"(manager: Olena Kovalenko
currency: USD
as_of: 2026-09
salary: 48000
settings:
  fiscal_year_start: 4
  margin_floor: 25%
  share_bands: {core: 0.6}
targets:
  revenue: {2026: 3000000, 2027: 3600000.50}
bonus:
  target_pct: 30%
  accelerator: 1.5
  new_client: 1000
  multipliers: [{from: 0, factor: 1}, {from: 5000000, factor: 1.2}]
  cap_pct: 45%
clients:
  - id: acme
    name: Acme Corp
    origin: referral
    won: 2026-03
    referred_by: Ivan Petrenko
    lost: 2026-08
    revenue: {2025-01: 120000, 2025-02: 118500.50}
    forecast: {2026-11: 125000}
    cost: {2025-01: 80000}
    wallet: {2026: 1200000}
    team: {billable: 10, unbilled: 1.5}
    last_price_increase: 2025-04
    ignore: [NO_MEETING, STALE_PRICES]
    stakeholders:
      - {id: ivan, name: Ivan Petrenko, title: CFO, roles: [payer, decision_maker]}
      - {id: maria, name: "Марія Шевченко", roles: [influencer]}
    activity:
      - {date: 2026-09-14, with: [ivan, maria], mode: meeting}
      - {date: 2026-10-02, with: [maria], mode: call, note: "QBR prep"}
  - id: globex
    name: Globex
)";

} // namespace

TEST_CASE("every field of a portfolio reaches the model") {
  const Portfolio p = parse(full);
  CHECK(p.file == "p.yaml");
  CHECK(p.manager == "Olena Kovalenko");
  CHECK(p.manager_pos.line == 1);
  CHECK(p.currency == "USD");
  CHECK(p.as_of == Month(2026, 9));
  CHECK(p.salary == Money::units(48000));
  CHECK(p.settings.fiscal_year_start == 4);
  CHECK(p.settings.margin_floor == Ratio(1, 4));
  CHECK(p.settings.growth_target == Ratio(1, 5)); // default kept
  CHECK(p.settings.share_bands.core == Ratio(3, 5));
  CHECK(p.settings.share_bands.saturated == Ratio(9, 10));
  CHECK(p.revenue_targets.at(2027) == Money::from_cents(360000050));
  REQUIRE(p.bonus);
  CHECK(p.bonus->target_pct == Ratio(3, 10));
  CHECK(p.bonus->threshold == Ratio(0, 1));
  CHECK(p.bonus->accelerator == Ratio(3, 2));
  CHECK(p.bonus->new_client == Money::units(1000));
  CHECK(p.bonus->referral == Money());
  REQUIRE(p.bonus->multipliers.size() == 2);
  CHECK(p.bonus->multipliers[1].from == Money::units(5000000));
  CHECK(p.bonus->multipliers[1].factor == Ratio(6, 5));
  CHECK(p.bonus->cap_pct == Ratio(9, 20));
  CHECK(p.bonus->file == "p.yaml");
  CHECK(p.bonus->pos.line == 11);
  CHECK(p.bonus->pos.column == 1);
  REQUIRE(p.clients.size() == 2);
  const Client& c = p.clients[0];
  CHECK(c.id == "acme");
  CHECK(c.pos.line == 18);
  CHECK(c.pos.column == 5);
  CHECK(c.origin == Origin::referral);
  CHECK(c.won == Month(2026, 3));
  CHECK(c.referred_by == "Ivan Petrenko");
  CHECK(c.lost == Month(2026, 8));
  CHECK(c.revenue.get(Month(2025, 2)) == Money::from_cents(11850050));
  CHECK(c.forecast.get(Month(2026, 11)) == Money::units(125000));
  CHECK(c.cost.entries().size() == 1);
  CHECK(c.wallet.at(2026) == Money::units(1200000));
  REQUIRE(c.team);
  CHECK(c.team->billable == Ratio(10, 1));
  CHECK(c.team->unbilled == Ratio(3, 2));
  CHECK(c.last_price_increase == Month(2025, 4));
  REQUIRE(c.ignore.size() == 2);
  CHECK(c.ignore[0].code == Code::no_meeting);
  CHECK(c.ignore[1].code == Code::stale_prices);
  CHECK(!c.ignore[1].until);
  REQUIRE(c.stakeholders.size() == 2);
  CHECK(c.stakeholders[0].title == "CFO");
  CHECK(c.stakeholders[0].has_role(Role::decision_maker));
  CHECK(c.stakeholders[1].name == "Марія Шевченко");
  REQUIRE(c.activity.size() == 2);
  CHECK(c.activity[0].date == Date{2026, 9, 14});
  CHECK(c.activity[0].with.ids() == std::vector<std::string_view>{"ivan", "maria"});
  CHECK(c.activity[0].mode == Mode::meeting);
  CHECK(c.activity[1].note == "QBR prep");
  CHECK(c.activity[1].pos.line == 36);
  const Client& g = p.clients[1];
  CHECK(g.origin == Origin::existing);
  CHECK(!g.team);
  CHECK(g.revenue.empty());
}

TEST_CASE("as_of: --as-of overrides the file, the default applies without either") {
  CHECK(parse(full, {}, Month(2026, 1)).as_of == Month(2026, 1));
  CHECK(parse("manager: M\ncurrency: EUR\n").as_of == oct26);
}

TEST_CASE("the settings file merges key by key and band by band; own bonus replaces") {
  const SettingsFile base = parse_settings_file(R"(settings:
  growth_target: 25%
  margin_floor: 40%
  share_bands: {saturated: 95%, reserve: 10%}
bonus: {target_pct: 20%, referral: 500}
)",
                                                "acctmgr.yaml");
  CHECK(base.path == "acctmgr.yaml");
  const Portfolio inherits = parse("manager: M\ncurrency: USD\n", base);
  CHECK(inherits.settings.growth_target == Ratio(1, 4));
  REQUIRE(inherits.bonus);
  CHECK(inherits.bonus->referral == Money::units(500));
  CHECK(inherits.bonus->file == "acctmgr.yaml");
  CHECK(inherits.bonus->pos.line == 5);

  const Portfolio p = parse(full, base);
  CHECK(p.settings.growth_target == Ratio(1, 4)); // from the settings file
  CHECK(p.settings.margin_floor == Ratio(1, 4));  // own value wins
  CHECK(p.settings.share_bands.saturated == Ratio(19, 20));
  CHECK(p.settings.share_bands.core == Ratio(3, 5)); // own band
  CHECK(p.settings.share_bands.reserve == Ratio(1, 10));
  REQUIRE(p.bonus);
  CHECK(p.bonus->referral == Money()); // replaced whole, not merged
  CHECK(p.bonus->file == "p.yaml");

  // A band that is fine alone but crosses an inherited one after merging.
  CHECK(problems("manager: M\ncurrency: USD\nsettings:\n  share_bands: {core: 96%}\n") ==
        std::vector<std::string>{"4:16: share bands must descend strictly within 100%: "
                                 "saturated 90.0% > core 96.0% > reserve 15.0% > 0"});
}

TEST_CASE("every problem in a file is reported, with line and character column") {
  const auto found = problems("manager: Олена\ncurrency: usd\nsalry: 5\nclients:\n"
                              "  - {id: a, name: \"x\", revenue: {2025-01: 1.001}}\n");
  CHECK(found ==
        std::vector<std::string>{"2:11: expected an ISO 4217 currency code such as USD, not 'usd'",
                                 "3:1: unknown key 'salry' (did you mean 'salary'?)",
                                 "5:43: amount 1.001 has more than 2 decimal places"});
  // Columns count characters, not bytes: 'Олена' is 10 bytes, 5 characters.
  CHECK(problems("manager: Олена\ncurrency: USD\nbad: 1\n")[0] == "3:1: unknown key 'bad'");
  CHECK(problems("manager: Олена Ко\ncurrency: USD\nsalary: x\nsettings: {growth_target: Олена}\n")
            .back() == "4:27: expected a percentage like 30% or 0.30, not 'Олена'");
}

TEST_CASE("a file with thousands of problems on one long line: bounded output, fast") {
  // One flow list of 3000 clients on one line, every id a duplicate of the first.
  std::string yaml = "manager: M\ncurrency: USD\nclients: [";
  for (int i = 0; i < 3000; ++i)
    yaml += "{id: a, name: \"\xD0\x9E\"}, ";
  yaml += "]\n";
  std::vector<Diagnostic> found;
  try {
    parse(yaml);
  } catch (const InputError& e) {
    found = e.diagnostics();
  }
  REQUIRE(found.size() == 101);
  CHECK(found.back().line == 0);
  CHECK(found.back().message == "2899 more problems not shown; fix these first");
  // Columns count characters: each client is 20 characters ("{id: a, name: "О"}, ").
  CHECK(found[99].message == "duplicate client id 'a' (first at line 3, column 16)");
  CHECK(found[99].column == 16 + 100 * 20);
  // The excerpt is a cut of the line around the offending id, the caret under it.
  const std::string text = format_diagnostic(found[99]);
  CHECK(text.size() < 600);
  const auto lines = [&] {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);)
      out.push_back(l);
    return out;
  }();
  REQUIRE(lines.size() == 3);
  CHECK(lines[1].starts_with("  ..."));
  CHECK(lines[1].ends_with("..."));
  const std::size_t caret = lines[2].size() - 1;
  CHECK(lines[2][caret] == '^');
  // Under "a" of "{id: a": count characters, the Cyrillic letter is two bytes.
  std::size_t bytes = 0, chars = 0;
  while (chars < caret) {
    bytes += (static_cast<unsigned char>(lines[1][bytes]) & 0xE0) == 0xC0 ? std::size_t{2}
                                                                          : std::size_t{1};
    ++chars;
  }
  CHECK(lines[1].substr(bytes - 5, 6) == "{id: a");
}

TEST_CASE("settings files hold only settings and bonus") {
  CHECK(problems("manager: M\n", true) == std::vector<std::string>{"1:1: unknown key 'manager'"});
  CHECK(problems("bonus: {multipliers: [{from: 10, factor: 1}, {from: 10, factor: 2}]}\n", true)
            .size() == 1);
  const SettingsFile s = parse_settings_file("settings: {forecast_months: 6}\n", "x.yaml");
  CHECK(s.settings.forecast_months == 6);
  CHECK(!s.bonus);
}

TEST_CASE("the top of a file must be a mapping; a BOM is stripped") {
  CHECK(problems("- 1\n") ==
        std::vector<std::string>{"1:1: expected a mapping with 'manager:' at the top of the "
                                 "file, not a list"});
  CHECK(parse("\xEF\xBB\xBFmanager: M\ncurrency: USD\n").manager == "M");
  CHECK(problems("\xEF\xBB\xBFmanager: M\ncurrency: X\n") ==
        std::vector<std::string>{"2:11: expected an ISO 4217 currency code such as USD, not 'X'"});
  // A second BOM is refused once, not read by yaml-cpp with every position shifted.
  CHECK(problems("\xEF\xBB\xBF\xEF\xBB\xBFmanager: M\ncurrency: USD\n") ==
        std::vector<std::string>{
            "1:1: byte order mark (U+FEFF) is only allowed at the start of the file"});
}

TEST_CASE("null collections count as empty; a null bonus is refused") {
  const Portfolio p = parse("manager: M\ncurrency: USD\nsettings:\nclients:\n");
  CHECK(p.clients.empty());
  CHECK(problems("manager: M\ncurrency: USD\nbonus:\n") ==
        std::vector<std::string>{"3:1: expected a mapping, not nothing"});
}

namespace {

struct TempDir {
  std::filesystem::path path;
  std::filesystem::path old_cwd = std::filesystem::current_path();
  TempDir() {
    path = std::filesystem::temp_directory_path() /
           ("acctmgr-load-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
    std::filesystem::current_path(path);
  }
  ~TempDir() {
    std::filesystem::current_path(old_cwd);
    std::filesystem::remove_all(path);
  }
  void write(const std::string& name, std::string_view text) const {
    std::filesystem::create_directories((path / name).parent_path());
    std::ofstream(path / name, std::ios::binary) << text;
  }
};

std::vector<std::string> load_problems(const LoadRequest& request, std::istream& in) {
  std::vector<std::string> out;
  try {
    load(request, in);
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics())
      out.push_back(d.file + ":" + std::to_string(d.line) + ": " + d.message);
  }
  return out;
}

} // namespace

TEST_CASE("load: directories, stdin, the settings file, cross-file checks") {
  TempDir dir;
  dir.write("acctmgr.yaml", "settings: {growth_target: 30%}\n");
  dir.write("team/b.yaml", "manager: B\ncurrency: USD\n");
  dir.write("team/a.yml", "manager: A\ncurrency: USD\n");
  dir.write("team/acctmgr.yaml", "not: a portfolio\n");
  dir.write("team/.git/x.yaml", "broken: [\n");
  dir.write("team/notes.txt", "ignored\n");
  std::istringstream stdin_text("manager: S\ncurrency: USD\n");
  LoadRequest request;
  request.paths = {"team", "-"};
  // team/acctmgr.yaml is never a portfolio; as the nearest settings file of "team" it would
  // clash with the one "-" finds here, so --config chooses.
  request.config = "acctmgr.yaml";
  request.default_as_of = oct26;
  const Loaded loaded = load(request, stdin_text);
  CHECK(loaded.settings_file.path == "acctmgr.yaml");
  REQUIRE(loaded.portfolios.size() == 3);
  CHECK(loaded.portfolios[0].file == "team/a.yml");
  CHECK(loaded.portfolios[1].file == "team/b.yaml");
  CHECK(loaded.portfolios[2].file == "-");
  CHECK(loaded.portfolios[2].settings.growth_target == Ratio(3, 10));

  // The settings file is found in a parent directory too.
  dir.write("team/sub/c.yaml", "manager: C\ncurrency: USD\n");
  std::filesystem::remove(dir.path / "team/acctmgr.yaml");
  std::filesystem::current_path(dir.path / "team/sub");
  request.config.reset();
  request.paths = {"c.yaml"};
  CHECK(load(request, stdin_text).settings_file.path == "../../acctmgr.yaml");
  std::filesystem::current_path(dir.path);

  dir.write("eur.yaml", "manager: E\ncurrency: EUR\n");
  dir.write("empty/readme.md", "x\n");
  request.paths = {"team/a.yml", "eur.yaml", "missing.yaml", "empty"};
  CHECK(load_problems(request, stdin_text) ==
        std::vector<std::string>{
            "empty:0: no portfolio files (*.yaml, *.yml) in empty",
            "eur.yaml:2: currency EUR differs from USD in team/a.yml: mixed currencies: set "
            "reporting_currency and fx in acctmgr.yaml",
            "missing.yaml:0: cannot read missing.yaml: No such file or directory"});

  request.config = "team/b.yaml"; // --config naming a portfolio: its keys are unknown
  request.paths = {"team/a.yml"};
  CHECK(load_problems(request, stdin_text).size() == 2);
}

TEST_CASE("a settings file of blanks and comments means all defaults") {
  const SettingsFile s =
      parse_settings_file("# company settings: none yet\n\n   \n", "acctmgr.yaml");
  CHECK(s.path == "acctmgr.yaml");
  CHECK(s.settings.growth_target == Ratio(1, 5));
  CHECK(!s.bonus);
  CHECK(parse_settings_file("", "/dev/null").settings.fiscal_year_start == 1);
  // Anything else still goes through the strict parser.
  CHECK_THROWS_AS(parse_settings_file("# c\nsettings: 3\n", "acctmgr.yaml"), InputError);
}

namespace {

/// Every problem of a load as "FILE:LINE:COL: message".
std::vector<std::string> located_problems(const LoadRequest& request, std::istream& in) {
  std::vector<std::string> out;
  try {
    load(request, in);
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics())
      out.push_back(fmt::format("{}:{}:{}: {}", d.file, d.line, d.column, d.message));
  }
  return out;
}

} // namespace

TEST_CASE("as_of after the last complete month is refused at its value, --as-of or not") {
  TempDir dir;
  dir.write("acctmgr.yaml", "");
  dir.write("late.yaml", "manager: L\ncurrency: USD\nas_of:   2026-11\n");
  dir.write("flow.yaml", "{manager: F, currency: USD, as_of: 2999-01}\n");
  dir.write("closed.yaml", "manager: C\ncurrency: USD\nas_of: 2026-10\n");
  std::istringstream no_stdin;
  LoadRequest request;
  request.default_as_of = oct26; // "today" is in November 2026
  request.paths = {"closed.yaml"};
  CHECK(load(request, no_stdin).portfolios.front().as_of == oct26);
  request.paths = {"late.yaml", "flow.yaml", "closed.yaml"};
  const std::vector<std::string> expected{
      "late.yaml:3:10: as_of 2026-11 is after 2026-10, the last complete month: as_of is the "
      "last closed month",
      "flow.yaml:1:36: as_of 2999-01 is after 2026-10, the last complete month: as_of is the "
      "last closed month"};
  CHECK(located_problems(request, no_stdin) == expected);
  // --as-of replaces the month used, not what the file says.
  request.as_of = Month(2026, 6);
  CHECK(located_problems(request, no_stdin) == expected);
  // A file with other problems still hears about its as_of, in line order.
  dir.write("both.yaml", "manager: B\nas_of: 2027-01\ncurrency: usd\n");
  request.paths = {"both.yaml"};
  CHECK(located_problems(request, no_stdin) ==
        std::vector<std::string>{
            "both.yaml:2:8: as_of 2027-01 is after 2026-10, the last complete month: as_of is "
            "the last closed month",
            "both.yaml:3:11: expected an ISO 4217 currency code such as USD, not 'usd'"});
}

TEST_CASE("a portfolio without as_of gets the last complete month and a note, once") {
  TempDir dir;
  dir.write("acctmgr.yaml", "");
  dir.write("a.yaml", "manager: A\ncurrency: USD\n");
  dir.write("b.yaml", "manager: B\ncurrency: USD\nas_of: 2026-09\n");
  std::istringstream stdin_text("manager: S\ncurrency: USD\n");
  LoadRequest request;
  request.default_as_of = oct26;
  request.paths = {"a.yaml", "b.yaml", "-"};
  const Loaded loaded = load(request, stdin_text);
  CHECK(loaded.portfolios[0].as_of == oct26);
  CHECK(loaded.portfolios[1].as_of == Month(2026, 9));
  CHECK(loaded.portfolios[2].as_of == oct26);
  CHECK(loaded.notes ==
        std::vector<std::string>{"a.yaml has no as_of; using 2026-10, the last complete month",
                                 "<stdin> has no as_of; using 2026-10, the last complete month"});
  // An as_of equal to "today's" default is the file's own: no note.
  dir.write("c.yaml", "manager: C\ncurrency: USD\nas_of: 2026-10\n");
  request.paths = {"c.yaml"};
  CHECK(load(request, stdin_text).notes.empty());
  // --as-of names the month itself: nothing to point out.
  request.paths = {"a.yaml"};
  request.as_of = Month(2026, 3);
  const Loaded overridden = load(request, stdin_text);
  CHECK(overridden.portfolios[0].as_of == Month(2026, 3));
  CHECK(overridden.notes.empty());
}

TEST_CASE("one manager in two files of a run is refused at the second file's manager") {
  TempDir dir;
  dir.write("acctmgr.yaml", "");
  dir.write("olena.yaml", "# Olena's book\nmanager: Olena K\ncurrency: USD\nas_of: 2026-10\n");
  dir.write("team/copy.yaml", "currency: USD\nmanager:   Olena K\nas_of: 2026-10\n");
  dir.write("team/flow.yml", "{currency: USD, manager: Olena K}\n");
  dir.write("team/other.yaml", "manager: Olena Kovalenko\ncurrency: USD\n");
  std::istringstream no_stdin;
  LoadRequest request;
  request.config = "acctmgr.yaml";
  request.default_as_of = oct26;
  request.paths = {"olena.yaml", "team"};
  CHECK(located_problems(request, no_stdin) ==
        std::vector<std::string>{
            "team/copy.yaml:2:12: manager 'Olena K' is also in olena.yaml (line 2): one file per "
            "manager, or the team counts twice",
            "team/flow.yml:1:26: manager 'Olena K' is also in olena.yaml (line 2): one file per "
            "manager, or the team counts twice"});
  // The same file twice is the same double count, and said so.
  request.paths = {"olena.yaml", "./olena.yaml"};
  CHECK(located_problems(request, no_stdin) ==
        std::vector<std::string>{"./olena.yaml:2:10: manager 'Olena K' is also in olena.yaml "
                                 "(line 2), the same file given twice: one file per manager, or "
                                 "the team counts twice"});
  // Different names are different managers.
  request.paths = {"olena.yaml", "team/other.yaml"};
  CHECK(load(request, no_stdin).portfolios.size() == 2);
}

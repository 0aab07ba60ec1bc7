#include "read/schema.hpp"
#include "read/schema_client_stream.hpp"
#include "text/case_fold.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace acctmgr {
namespace {

/// Reports the second use of an id, naming where it was first used. Only offsets are kept,
/// not nodes: the clients' nodes are gone once each client is read.
class IdRegistry {
public:
  using Map = std::map<std::string, std::uint32_t, std::less<>>;
  IdRegistry(SchemaReader& r, const char* what) : r_(r), what_(what), first_(own_) {}
  /// Ids that outlive this registry: the clients', over every item of a streamed list.
  IdRegistry(SchemaReader& r, const char* what, Map& first) : r_(r), what_(what), first_(first) {}
  void add(const std::string& id, const YamlNode& at) {
    auto [it, fresh] = first_.emplace(id, at.offset);
    if (fresh) return;
    const SourcePos p = r_.problems().source().position(it->second);
    r_.error(at, fmt::format("duplicate {} id '{}' (first at line {}, column {})", what_, id,
                             p.line, p.column));
  }
  bool contains(std::string_view id) const { return first_.find(id) != first_.end(); }

private:
  SchemaReader& r_;
  const char* what_;
  Map own_;
  Map& first_;
};

/// Reports a client answering to a name another client of the file answers to (SPEC section
/// 10): a CSV row naming it could be either. A client may answer to one name several ways (its
/// name is its id, an alias repeats its name).
class NameRegistry {
public:
  NameRegistry(SchemaReader& r, NameUses& uses) : r_(r), uses_(uses) {}
  /// One name of the client whose entry is `item` and whose id is `id` (empty when bad):
  /// `what` is "id", "name" or "alias", `at` its value.
  void add(const YamlNode& item, const std::string& id, const char* what, const std::string& text,
           const YamlNode& at) {
    std::string key = matching_form(text);
    if (key.empty()) return;
    const auto [it, fresh] =
        uses_.try_emplace(std::move(key), NameUse{id, item.offset, what, text, at.offset});
    const NameUse& first = it->second;
    // A second client with the same id is a copied entry: one problem, IdRegistry's.
    if (fresh || first.client_at == item.offset || (!id.empty() && first.client == id)) return;
    r_.error(at,
             fmt::format("{} '{}' of {} matches the {} '{}' of client '{}' (line {}): an "
                         "import could not tell the two clients apart",
                         what, text,
                         id.empty() ? std::string("this client") : fmt::format("client '{}'", id),
                         first.what, first.text, first.client,
                         r_.problems().source().position(first.offset).line));
  }

private:
  SchemaReader& r_;
  NameUses& uses_;
};

std::optional<std::string> read_id(SchemaReader& r, const YamlNode& n) {
  if (!r.is_scalar(n, "an id")) return std::nullopt;
  if (is_valid_id(n.text)) return std::string(n.text);
  r.error(n, fmt::format("invalid id '{}': use lower-case letters, digits, '_', '.', '-' and "
                         "start with a letter or digit",
                         n.text));
  return std::nullopt;
}

/// The required `id` of an entry, checked against the ids seen so far; empty when it is bad.
std::string read_unique_id(SchemaReader& r, Fields& f, IdRegistry& ids) {
  const YamlNode* v = f.require("id");
  if (!v) return {};
  auto id = read_id(r, *v);
  if (!id) return {};
  ids.add(*id, *v);
  return *id;
}

template <class Key>
void read_amount_map(SchemaReader& r, const YamlNode& value,
                     Parsed<Key> (*parse_key)(std::string_view),
                     std::vector<std::pair<Key, Money>>& out) {
  if (!r.mapping(value)) return;
  // Sized once: a loaded portfolio is mostly these entries, and growth by doubling would
  // leave a third of their memory unused.
  out.reserve(out.size() + r.tree().child_count(value) / 2);
  r.tree().for_each_pair(value, [&](const YamlNode& k, const YamlNode& v) {
    if (k.kind != NodeKind::scalar) return;
    auto key = r.scalar(k, parse_key, "a key");
    auto amount = r.scalar(v, parse_amount);
    if (key && amount) out.emplace_back(*key, *amount);
  });
}

MonthSeries read_series(SchemaReader& r, const Fields& f, std::string_view key) {
  std::vector<MonthSeries::Entry> entries;
  if (const YamlNode* v = f.get(key)) read_amount_map(r, *v, parse_month, entries);
  return MonthSeries(std::move(entries));
}

std::optional<Month> read_month(SchemaReader& r, const Fields& f, std::string_view key) {
  const YamlNode* v = f.get(key);
  return v ? r.scalar(*v, parse_month, "a month") : std::nullopt;
}

void read_team(SchemaReader& r, const YamlNode& value, std::optional<Team>& team) {
  if (!r.mapping(value, false)) return;
  Fields f(r, value, kTeamKeys);
  Team t; // a missing count is 0: `team: {billable: 4}` has nobody unbilled
  if (const YamlNode* v = f.get("billable"))
    if (auto n = r.scalar(*v, parse_headcount)) t.billable = *n;
  if (const YamlNode* v = f.get("unbilled"))
    if (auto n = r.scalar(*v, parse_headcount)) t.unbilled = *n;
  team = t;
}

Stakeholder read_stakeholder(SchemaReader& r, const YamlNode& item, IdRegistry& ids) {
  Stakeholder s;
  s.pos = r.position(item);
  if (!r.mapping(item, false)) return s;
  Fields f(r, item, kStakeholderKeys);
  s.id = read_unique_id(r, f, ids);
  if (const YamlNode* v = f.require("name"))
    if (auto name = r.text(*v)) s.name = *name;
  if (const YamlNode* v = f.get("title"))
    if (auto title = r.text(*v)) s.title = *title;
  if (const YamlNode* v = f.get("roles"); v && r.sequence(*v)) {
    r.tree().for_each_child(*v, [&](const YamlNode& role) {
      if (auto role_value = r.choice(role, kRoles, "role")) s.roles.push_back(*role_value);
    });
  }
  return s;
}

Activity read_activity(SchemaReader& r, const YamlNode& item, const IdRegistry& stakeholders,
                       const std::string& client) {
  Activity a;
  a.pos = r.position(item);
  if (!r.mapping(item, false)) return a;
  Fields f(r, item, kActivityKeys);
  if (const YamlNode* v = f.require("date"))
    if (auto d = r.scalar(*v, parse_date, "a date")) a.date = *d;
  if (const YamlNode* v = f.require("mode"))
    if (auto mode = r.choice(*v, kModes, "mode")) a.mode = *mode;
  if (const YamlNode* v = f.get("note"))
    if (auto note = r.text(*v, true)) a.note = *note;
  const YamlNode* with = f.require("with");
  if (!with || !r.sequence(*with, false)) return a;
  if (with->first_child == YamlNode::none)
    r.error(*with, "'with' must name at least one stakeholder");
  r.tree().for_each_child(*with, [&](const YamlNode& who) {
    auto id = read_id(r, who);
    if (!id) return;
    if (!stakeholders.contains(*id))
      r.error(who, client.empty()
                       ? fmt::format("unknown stakeholder '{}'", *id)
                       : fmt::format("unknown stakeholder '{}' (not a stakeholder of client '{}')",
                                     *id, client));
    a.with.push_back(*id);
  });
  return a;
}

/// `- code` or `- {code: CODE, reason: "...", until: YYYY-MM}` (SPEC 8.4).
std::optional<Silence> read_silence(SchemaReader& r, const YamlNode& item) {
  Silence s;
  s.line = r.position(item).line;
  if (item.kind == NodeKind::scalar) {
    auto code = r.choice(item, kFindingCodes, "finding code");
    if (!code) return std::nullopt;
    if (needs_reason(*code)) {
      r.error(item, fmt::format("silencing {} needs a written reason and an end: write {{code: "
                                "{}, reason: \"why\", until: YYYY-MM}}",
                                item.text, item.text));
      return std::nullopt;
    }
    s.code = *code;
    return s;
  }
  if (!r.mapping(item, false)) return std::nullopt;
  Fields f(r, item, kSilenceKeys);
  const YamlNode* code_node = f.require("code");
  if (!code_node) return std::nullopt;
  auto code = r.choice(*code_node, kFindingCodes, "finding code");
  if (!code) return std::nullopt;
  s.code = *code;
  bool ok = true;
  if (const YamlNode* v = f.get("reason")) {
    if (auto reason = r.text(*v))
      s.reason = *reason;
    else
      ok = false;
  }
  if (const YamlNode* v = f.get("until")) {
    s.until = r.scalar(*v, parse_month, "a month");
    ok = ok && s.until;
  }
  if (needs_reason(s.code) && ok && (s.reason.empty() || !s.until))
    r.error(item, fmt::format("silencing {} needs {}: the excuse must be written down and "
                              "expire",
                              to_string(s.code),
                              s.reason.empty() && !s.until ? "a reason and an until month"
                              : s.reason.empty()           ? "a reason"
                                                           : "an until month (YYYY-MM)"));
  return s;
}

void read_ignore(SchemaReader& r, const YamlNode& list, std::vector<Silence>& out) {
  if (!r.sequence(list)) return;
  std::map<Code, int> first_line;
  r.tree().for_each_child(list, [&](const YamlNode& item) {
    auto s = read_silence(r, item);
    if (!s) return;
    auto [it, fresh] = first_line.emplace(s->code, s->line);
    if (!fresh)
      r.error(item, fmt::format("{} is ignored twice (first at line {}): keep one entry",
                                to_string(s->code), it->second));
    out.push_back(std::move(*s));
  });
}

Opportunity read_opportunity(SchemaReader& r, const YamlNode& item, IdRegistry& ids) {
  Opportunity o;
  o.pos = r.position(item);
  if (!r.mapping(item, false)) return o;
  Fields f(r, item, kOpportunityKeys);
  o.id = read_unique_id(r, f, ids);
  if (const YamlNode* v = f.require("kind"))
    if (auto kind = r.choice(*v, kOpportunityKinds, "opportunity kind")) o.kind = *kind;
  if (const YamlNode* v = f.require("value"))
    if (auto value = r.scalar(*v, parse_amount)) {
      if (value->is_zero())
        r.error(*v, "an opportunity's value must be above 0: the annual revenue it adds");
      o.value = *value;
    }
  if (const YamlNode* v = f.require("close"))
    if (auto close = r.scalar(*v, parse_month, "a month")) o.close = *close;
  if (const YamlNode* v = f.get("status"))
    if (auto status = r.choice(*v, kOpportunityStatuses, "opportunity status")) o.status = *status;
  if (const YamlNode* v = f.get("probability"))
    o.probability = r.scalar(*v, parse_percentage);
  else if (o.is_open())
    r.error(item, "an open opportunity needs 'probability' (e.g. 50%); won and lost ones may "
                  "leave it out");
  if (o.probability && *o.probability > Ratio::integer(1))
    r.error(*f.get("probability"), "a probability is at most 100%");
  if (const YamlNode* v = f.get("note"))
    if (auto note = r.text(*v, true)) o.note = *note;
  return o;
}

void check_origin(SchemaReader& r, const Fields& f, const YamlNode& item, const Client& c) {
  const YamlNode* origin = f.get("origin");
  const YamlNode& at = origin ? *origin : item;
  if (c.origin != Origin::existing && !f.get("won"))
    r.error(at, fmt::format("origin '{}' needs 'won: YYYY-MM', the month the client was won",
                            to_string(c.origin)));
  if (c.origin == Origin::referral && !f.get("referred_by"))
    r.error(at, "origin 'referral' needs 'referred_by', the person who brought the client");
  if (c.origin != Origin::referral && f.get("referred_by"))
    r.error(*f.key_node("referred_by"), "'referred_by' is only for clients with origin referral");
}

/// The names an import matches the client by besides its id (SPEC section 10), each
/// registered in `names` with the id's and the name's.
void read_names(SchemaReader& r, const Fields& f, const YamlNode& item, Client& c,
                NameRegistry& names) {
  if (!c.id.empty()) names.add(item, c.id, "id", c.id, *f.get("id"));
  if (!c.name.empty()) names.add(item, c.id, "name", c.name, *f.get("name"));
  const YamlNode* list = f.get("aliases");
  if (!list || !r.sequence(*list)) return;
  r.tree().for_each_child(*list, [&](const YamlNode& v) {
    auto alias = r.text(v);
    if (!alias) return;
    if (matching_form(*alias).empty()) { // only no-break spaces
      r.error(v, "must not be empty");
      return;
    }
    names.add(item, c.id, "alias", *alias, v);
    c.aliases.push_back(std::move(*alias));
  });
}

Client read_client(SchemaReader& r, const YamlNode& item, IdRegistry& client_ids,
                   NameRegistry& names) {
  Client c;
  c.pos = r.position(item);
  if (!r.mapping(item, false)) return c;
  Fields f(r, item, kClientKeys);
  c.id = read_unique_id(r, f, client_ids);
  if (const YamlNode* v = f.require("name"))
    if (auto name = r.text(*v)) c.name = *name;
  if (const YamlNode* v = f.get("currency")) {
    c.currency_pos = r.position(*v);
    if (auto code = read_currency(r, *v)) c.currency = *code;
  }
  read_names(r, f, item, c, names);
  if (const YamlNode* v = f.get("origin")) {
    if (auto origin = r.choice(*v, kOrigins, "origin")) c.origin = *origin;
  }
  c.won = read_month(r, f, "won");
  c.lost = read_month(r, f, "lost");
  c.last_price_increase = read_month(r, f, "last_price_increase");
  if (const YamlNode* v = f.get("referred_by"))
    if (auto who = r.text(*v)) c.referred_by = *who;
  check_origin(r, f, item, c);
  c.revenue = read_series(r, f, "revenue");
  c.forecast = read_series(r, f, "forecast");
  c.cost = read_series(r, f, "cost");
  if (const YamlNode* v = f.get("wallet")) {
    std::vector<std::pair<int, Money>> wallet;
    read_amount_map(r, *v, parse_year, wallet);
    c.wallet.insert(wallet.begin(), wallet.end());
  }
  if (const YamlNode* v = f.get("team")) read_team(r, *v, c.team);
  if (const YamlNode* v = f.get("ignore")) read_ignore(r, *v, c.ignore);
  IdRegistry opportunity_ids(r, "opportunity");
  if (const YamlNode* v = f.get("opportunities"); v && r.sequence(*v)) {
    c.opportunities.reserve(r.tree().child_count(*v));
    r.tree().for_each_child(*v, [&](const YamlNode& o) {
      c.opportunities.push_back(read_opportunity(r, o, opportunity_ids));
    });
  }
  IdRegistry stakeholder_ids(r, "stakeholder");
  if (const YamlNode* v = f.get("stakeholders"); v && r.sequence(*v)) {
    c.stakeholders.reserve(r.tree().child_count(*v));
    r.tree().for_each_child(*v, [&](const YamlNode& s) {
      c.stakeholders.push_back(read_stakeholder(r, s, stakeholder_ids));
    });
  }
  if (const YamlNode* v = f.get("activity"); v && r.sequence(*v)) {
    c.activity.reserve(r.tree().child_count(*v));
    r.tree().for_each_child(*v, [&](const YamlNode& a) {
      c.activity.push_back(read_activity(r, a, stakeholder_ids, c.id));
    });
  }
  return c;
}

} // namespace

void ClientStream::item(const YamlTree& tree, const YamlNode& item) {
  SchemaReader r(tree, problems_);
  IdRegistry ids(r, "client", ids_);
  NameRegistry names(r, names_);
  clients_.push_back(read_client(r, item, ids, names));
}

std::vector<Client> ClientStream::take(Problems& into) {
  into.absorb(std::move(problems_));
  // Grown one client at a time: cut to its size, or a team of many files keeps up to twice
  // its clients' room.
  clients_.shrink_to_fit();
  return std::move(clients_);
}

std::vector<Client> read_clients(SchemaReader& r, const YamlNode& value) {
  std::vector<Client> clients;
  if (!r.sequence(value)) return clients;
  IdRegistry ids(r, "client");
  NameUses uses;
  NameRegistry names(r, uses);
  r.tree().for_each_child(
      value, [&](const YamlNode& item) { clients.push_back(read_client(r, item, ids, names)); });
  return clients;
}

} // namespace acctmgr

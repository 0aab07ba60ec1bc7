#include "cli/clock.hpp"
#include "cli/commands.hpp"
#include "cli/file_edits.hpp"
#include "edit/portfolio_edit.hpp"
#include "read/scalars.hpp"
#include "read/schema_reader.hpp"
#include "text/diagnostic.hpp"

#include <algorithm>
#include <cstdio>
#include <fmt/format.h>
#include <memory>

namespace acctmgr::cli {
namespace {

struct LogOptions {
  std::string client;
  std::string mode;
  std::string with; ///< ID[,ID...]
  std::string date;
  std::string note;
  std::vector<std::string> paths;
  std::string config;
  bool follow = false; ///< -L/--follow
};

/// "a, b, c".
std::string comma_list(const std::vector<std::string>& words) {
  return fmt::format("{}", fmt::join(words, ", "));
}

/// "unknown X 'typed' (did you mean 'y'?; Xs: a, b)": what exists, and the likely typo.
std::string unknown(std::string_view what, const std::string& typed,
                    const std::vector<std::string>& known) {
  const std::vector<std::string_view> views(known.begin(), known.end());
  const std::string_view hint = closest(typed, views);
  return fmt::format("unknown {} '{}'{}; {}", what, typed,
                     hint.empty() ? "" : fmt::format(" (did you mean '{}'?)", hint),
                     known.empty() ? fmt::format("there is no {}", what)
                                   : fmt::format("{}s: {}", what, comma_list(known)));
}

/// The one portfolio holding `id`, and the client.
std::pair<const Portfolio*, const Client*> find_client(const Loaded& loaded,
                                                       const std::string& id) {
  std::vector<std::pair<const Portfolio*, const Client*>> found;
  std::vector<std::string> ids;
  for (const Portfolio& p : loaded.portfolios)
    for (const Client& c : p.clients) {
      ids.push_back(c.id);
      if (c.id == id) found.emplace_back(&p, &c);
    }
  if (found.empty()) throw UsageError(unknown("client", id, ids));
  if (found.size() > 1) {
    std::string where;
    for (const auto& [p, c] : found)
      where += fmt::format("{}{} ({})", where.empty() ? "" : ", ", shown_file(p->file), p->manager);
    throw UsageError(fmt::format("client '{}' is in several portfolios: {}; give only the file "
                                 "to edit",
                                 id, where));
  }
  return found.front();
}

/// "a,b" -> {"a", "b"}; an empty id (a stray comma) or one named twice is a usage error.
std::vector<std::string> split_ids(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = text.find(',', start);
    out.push_back(text.substr(start, comma == std::string::npos ? comma : comma - start));
    if (out.back().empty()) throw UsageError(fmt::format("--with '{}': an empty id", text));
    if (std::find(out.begin(), out.end() - 1, out.back()) != out.end() - 1)
      throw UsageError(fmt::format("--with '{}': '{}' is named twice", text, out.back()));
    if (comma == std::string::npos) return out;
    start = comma + 1;
  }
}

/// --date, else today; a day after today is refused before any file is read (SPEC section 7:
/// the activity log records what happened, not what is planned).
Date activity_date(const std::string& typed) {
  const Date now = today();
  if (typed.empty()) return now;
  const Parsed<Date> d = parse_date(typed);
  if (!d) throw UsageError(fmt::format("--date: {}", d.error));
  if (*d.value > now)
    throw UsageError(fmt::format("--date {} is after today, {}: log a meeting, call or message "
                                 "once it has happened",
                                 to_string(*d.value), to_string(now)));
  return *d.value;
}

int log_command(const LogOptions& o) {
  const std::vector<std::string> with = split_ids(o.with);
  const Date date = activity_date(o.date);
  EditInputs inputs(InputOptions{o.paths, o.config, "", 0, o.follow}, false);
  const Loaded& loaded = inputs.loaded();
  const auto [portfolio, client] = find_client(loaded, o.client);
  std::vector<std::string> stakeholders;
  for (const Stakeholder& s : client->stakeholders)
    stakeholders.push_back(s.id);
  for (const std::string& id : with)
    if (std::find(stakeholders.begin(), stakeholders.end(), id) == stakeholders.end())
      throw UsageError(
          fmt::format("client '{}': {}", o.client, unknown("stakeholder", id, stakeholders)));
  if (auto problem = text_problem(o.note, true))
    throw UsageError(fmt::format("--note: {}", *problem));

  yaml_edit::Fields fields{
      {"date", to_string(date)}, {"with", "[" + comma_list(with) + "]"}, {"mode", o.mode}};
  if (!o.note.empty()) fields.emplace_back("note", portfolio_edit::quoted(o.note));
  FileText f = inputs.text(portfolio->file);
  f.set_edits({portfolio_edit::activity_edit(f.before, o.client, fields)});
  // Read back: the file must load, with one more activity entry for the client.
  const Portfolio edited = reparse(f, loaded.settings_file);
  const auto it = std::find_if(edited.clients.begin(), edited.clients.end(),
                               [&](const Client& c) { return c.id == o.client; });
  if (it == edited.clients.end() || it->activity.size() != client->activity.size() + 1 ||
      std::none_of(it->activity.begin(), it->activity.end(),
                   [&](const Activity& a) { return a.date == date && a.note == o.note; }))
    throw std::logic_error(fmt::format("{}: the new activity did not read back", f.file));
  inputs.commit({f});
  fmt::print(stderr, "acctmgr: {}: logged {} with {} ({}) on {}\n", shown_file(f.file), o.mode,
             o.client, comma_list(with), to_string(date));
  return 0;
}

int run_log(const LogOptions& o) {
  try {
    return log_command(o);
  } catch (const InputError& e) {
    return report_unchanged(e);
  }
}

} // namespace

void setup_log(CLI::App& app, Runners& runners) {
  auto o = std::make_shared<LogOptions>();
  CLI::App* cmd = app.add_subcommand(
      "log", "Append a meeting, call or message with a client's stakeholders to its activity");
  cmd->add_option("client", o->client, "The client's id")->required();
  cmd->add_option("--mode", o->mode, "How it happened: " + comma_list(term_names(kModes)))
      ->check(CLI::IsMember(term_names(kModes)))
      ->required();
  cmd->add_option("--with", o->with, "Stakeholder ids of the client, comma-separated: ID[,ID...]")
      ->required();
  cmd->add_option("--date", o->date,
                  "The day it happened, YYYY-MM-DD, not after today (default: today)");
  cmd->add_option("--note", o->note, "A short note, stored quoted");
  cmd->add_option("paths", o->paths,
                  "Portfolio files or directories; the one holding CLIENT is edited. Default: "
                  "$ACCTMGR_FILE, else portfolio.yaml");
  cmd->add_option("--config", o->config,
                  "Settings file (default: $ACCTMGR_CONFIG, else the nearest acctmgr.yaml beside "
                  "the files given, or above); it is read, never written");
  add_follow_option(*cmd, o->follow);
  runners["log"] = [o] { return run_log(*o); };
}

} // namespace acctmgr::cli

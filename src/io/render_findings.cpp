#include "io/render_findings.hpp"

#include "io/text.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

std::string shown_file(const std::string& file) {
  return file == "-" ? "<stdin>" : file;
}

/// Escaping for the data part of a workflow command.
std::string github_data(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
    case '%':
      out += "%25";
      break;
    case '\r':
      out += "%0D";
      break;
    case '\n':
      out += "%0A";
      break;
    default:
      out += c;
    }
  }
  return out;
}

/// Escaping for a property value (file=..., title=...): also ':' and ','.
std::string github_property(const std::string& s) {
  std::string out;
  for (char c : github_data(s)) {
    switch (c) {
    case ':':
      out += "%3A";
      break;
    case ',':
      out += "%2C";
      break;
    default:
      out += c;
    }
  }
  return out;
}

const char* github_command(Severity s) {
  switch (s) {
  case Severity::info:
    return "notice";
  case Severity::warning:
    return "warning";
  case Severity::error:
    return "error";
  }
  return "warning";
}

} // namespace

std::string render_findings_text(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings) {
    const std::string who = f.client.empty() ? "" : " " + f.client;
    out += escape_terminal(fmt::format("{}:{}: {} {}{}: {}", shown_file(f.file), f.line,
                                       to_string(f.severity), f.code, who, f.message));
    out += '\n';
  }
  return out;
}

std::string render_findings_github(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings) {
    const std::string title = f.client.empty() ? f.code : f.code + " " + f.client;
    out += fmt::format("::{} file={},line={},title={}::{}\n", github_command(f.severity),
                       github_property(shown_file(f.file)), f.line, github_property(title),
                       github_data(escape_terminal(f.message)));
  }
  return out;
}

Table findings_table(const std::vector<Finding>& findings) {
  Table t;
  t.title = "findings";
  t.columns = {{"file", CellKind::text},    {"line", CellKind::count},
               {"manager", CellKind::text}, {"client", CellKind::text},
               {"code", CellKind::status},  {"severity", CellKind::status},
               {"message", CellKind::text}};
  for (const Finding& f : findings)
    t.rows.push_back({{shown_file(f.file), static_cast<std::int64_t>(f.line), f.manager, f.client,
                       f.code, std::string(to_string(f.severity)), f.message},
                      false});
  return t;
}

} // namespace acctmgr

#include "io/render.hpp"
#include "io/text.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

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

std::string render_github(const Document& d, const RenderOptions&) {
  std::string out;
  for_each_finding(d, "github", [&](const Finding& f) {
    const std::string code = to_string(f.code);
    const std::string title = f.client.empty() ? code : code + " " + f.client;
    out += fmt::format("::{} file={},line={},title={}::{}\n", github_command(f.severity),
                       github_property(shown_file(f.file)), f.line, github_property(title),
                       github_data(escape_terminal(f.message)));
  });
  return out;
}

} // namespace acctmgr

#include "text/diagnostic.hpp"
#include "text/text.hpp"
#include "write/render.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <optional>
#include <string_view>
#include <vector>

namespace acctmgr {
namespace {

/// Escaping for the data part of a workflow command: control characters (ESC, BEL, a line
/// break...) and invalid UTF-8 made visible as in the terminal (\x1b), so that nothing from a
/// file name or a file reaches the log raw, then GitHub's own escapes for '%', CR and LF.
std::string github_data(const std::string& s) {
  std::string out;
  for (char c : escape_terminal(s)) {
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

/// `file` relative to the workspace when it lies under it (a relative name is first resolved
/// against the current directory), lexically: the renderer never touches the disk.
std::optional<std::string> under_workspace(const std::string& file, const RenderOptions& o) {
  namespace fs = std::filesystem;
  if (o.workspace.empty() || file == "-") return std::nullopt;
  fs::path p(file);
  if (p.is_relative()) p = fs::path(o.current_dir) / p;
  const fs::path rel =
      p.lexically_normal().lexically_relative(fs::path(o.workspace).lexically_normal());
  if (rel.empty() || rel == "." || *rel.begin() == "..") return std::nullopt;
  return rel.generic_string();
}

/// A file as annotations name it: relative to $GITHUB_WORKSPACE when under it, else as given
/// without a leading "./" (GitHub matches `file=` against the paths of the diff).
std::string annotation_file(const std::string& file, const RenderOptions& o) {
  if (auto rel = under_workspace(file, o)) return *rel;
  std::string_view shown = file;
  while (shown.starts_with("./")) {
    shown.remove_prefix(2);
    while (shown.starts_with('/'))
      shown.remove_prefix(1);
  }
  return shown_file(std::string(shown.empty() ? file : shown));
}

} // namespace

std::string render_github(const Document& d, const RenderOptions& o) {
  TextOut out(o.sink);
  for_each_finding(d, "github", [&](const Finding& f) {
    const std::string code = to_string(f.code);
    const std::string title = f.client.empty() ? code : code + " " + f.client;
    out += fmt::format("::{} file={},line={},title={}::{}\n",
                       f.silenced ? "notice" : github_command(f.severity),
                       github_property(annotation_file(f.file, o)), f.line, github_property(title),
                       github_data(f.message));
  });
  return out.take();
}

std::string render_github_diagnostics(const std::vector<Diagnostic>& diagnostics,
                                      const RenderOptions& o) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    std::string where;
    if (!d.file.empty()) where = " file=" + github_property(annotation_file(d.file, o));
    if (!d.file.empty() && d.line > 0)
      where += fmt::format(",line={},col={}", d.line, d.column > 0 ? d.column : 1);
    out +=
        fmt::format("::{}{}::{}\n", d.warning ? "warning" : "error", where, github_data(d.message));
  }
  return out;
}

} // namespace acctmgr

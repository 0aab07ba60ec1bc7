#include "io/load.hpp"

#include "io/source_check.hpp"
#include "io/source_text.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>

namespace acctmgr {
namespace {

namespace fs = std::filesystem;

constexpr const char* settings_name = "acctmgr.yaml";

Diagnostic file_problem(const std::string& file, std::string message) {
  return Diagnostic{file, 0, 0, std::move(message), {}};
}

/// All of a stream, up to the size limit; `name` is the file shown in a problem.
std::optional<std::string> read_stream(std::istream& in, const std::string& name,
                                       std::vector<Diagnostic>& out) {
  std::string bytes;
  char chunk[65536];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > max_file_bytes) {
      out.push_back(
          file_problem(name, fmt::format("input is larger than {} MiB", max_file_bytes >> 20)));
      return std::nullopt;
    }
  }
  if (in.bad()) {
    out.push_back(file_problem(name, fmt::format("cannot read {}", name)));
    return std::nullopt;
  }
  return bytes;
}

/// The whole file. A regular file over the size limit is refused before it is read; pipes,
/// process substitutions and devices are read up to the limit.
std::optional<std::string> read_file(const std::string& path, std::vector<Diagnostic>& out) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    out.push_back(
        file_problem(path, fmt::format("cannot read {}: {}", path, std::strerror(EISDIR))));
    return std::nullopt;
  }
  if (fs::is_regular_file(path, ec) && fs::file_size(path, ec) > max_file_bytes && !ec) {
    out.push_back(
        file_problem(path, fmt::format("file is larger than {} MiB", max_file_bytes >> 20)));
    return std::nullopt;
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.push_back(file_problem(
        path, fmt::format("cannot read {}: {}", path, std::strerror(errno != 0 ? errno : EIO))));
    return std::nullopt;
  }
  return read_stream(in, path, out);
}

bool is_hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.';
}

bool is_portfolio_name(const fs::path& p) {
  const std::string ext = p.extension().string();
  return (ext == ".yaml" || ext == ".yml") && p.filename() != settings_name && !is_hidden(p);
}

/// Portfolio files under a directory, sorted so that runs are deterministic.
std::vector<std::string> scan_directory(const std::string& dir, std::vector<Diagnostic>& out) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (it->is_directory(ec) && is_hidden(it->path())) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && is_portfolio_name(it->path()))
      files.push_back(it->path().generic_string());
  }
  if (ec) out.push_back(file_problem(dir, fmt::format("cannot read {}: {}", dir, ec.message())));
  std::sort(files.begin(), files.end());
  if (files.empty() && !ec)
    out.push_back(file_problem(dir, fmt::format("no portfolio files (*.yaml, *.yml) in {}", dir)));
  return files;
}

std::vector<std::string> expand_paths(const std::vector<std::string>& given,
                                      std::vector<Diagnostic>& out) {
  std::vector<std::string> files;
  for (const std::string& path : given) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      for (std::string& f : scan_directory(path, out))
        files.push_back(std::move(f));
    } else if (path == "-" || fs::path(path).filename() != settings_name) {
      files.push_back(path); // a missing file is reported when it is read
    }
  }
  return files;
}

/// --config, else the nearest acctmgr.yaml from the current directory upwards, shown
/// relative to the current directory ("acctmgr.yaml", "../acctmgr.yaml").
std::optional<std::string> find_settings_file(const LoadRequest& request) {
  if (request.config) return request.config;
  std::error_code ec;
  fs::path dir = fs::current_path(ec);
  if (ec) return std::nullopt;
  std::string up;
  for (;;) {
    if (fs::is_regular_file(dir / settings_name, ec)) return up + settings_name;
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
    up += "../";
  }
}

/// The later file's `currency:` must match the first file's.
void check_currency(const Portfolio& p, std::string_view bytes, const Portfolio& first,
                    std::vector<Diagnostic>& out) {
  if (p.currency == first.currency) return;
  const SourceText source(strip_bom(bytes), p.file);
  out.push_back(Diagnostic{p.file, p.currency_pos.line, p.currency_pos.column,
                           fmt::format("currency {} differs from {} in {}: one run, one currency",
                                       p.currency, first.currency, first.file),
                           std::string(source.line_text(p.currency_pos.line))});
}

} // namespace

DefaultPortfolio default_portfolio() {
  const char* env = std::getenv("ACCTMGR_FILE");
  if (env != nullptr && *env != '\0') return {env, true};
  return {"portfolio.yaml", false};
}

Loaded load(const LoadRequest& request, std::istream& stdin_stream) {
  Loaded loaded;
  std::vector<Diagnostic> problems;
  if (auto path = find_settings_file(request)) {
    if (auto bytes = read_file(*path, problems)) {
      try {
        loaded.settings_file = parse_settings_file(*bytes, *path);
      } catch (const InputError& e) {
        problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
      }
    }
  }
  const std::vector<std::string> given =
      request.paths.empty() ? std::vector{default_portfolio().path} : request.paths;
  const std::vector<std::string> files = expand_paths(given, problems);
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string& file = files[i];
    if (request.progress) request.progress(i + 1, files.size(), file);
    auto bytes = file == "-" ? read_stream(stdin_stream, "-", problems) : read_file(file, problems);
    if (!bytes) continue;
    try {
      Portfolio p =
          parse_portfolio(*bytes, file, loaded.settings_file, request.as_of, request.default_as_of);
      if (!loaded.portfolios.empty())
        check_currency(p, *bytes, loaded.portfolios.front(), problems);
      loaded.portfolios.push_back(std::move(p));
    } catch (const InputError& e) {
      problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
    }
  }
  if (problems.empty() && loaded.portfolios.empty())
    problems.push_back(
        file_problem(given.front(),
                     "no portfolio files to read (*.yaml or *.yml; a file named acctmgr.yaml "
                     "is the settings file, never a portfolio)"));
  if (!problems.empty()) throw InputError(std::move(problems));
  return loaded;
}

} // namespace acctmgr

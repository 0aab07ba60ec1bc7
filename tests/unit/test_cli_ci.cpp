// CI on pull requests (SPEC section 5, v2): GitHub annotations name files as the diff does,
// and bad input reaches the pull request too.
#include "cli/commands.hpp"
#include "text/diagnostic.hpp"
#include "write/render.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>

using namespace acctmgr;

namespace {

/// check's document with one warning in each of `files`.
Document findings_in(const std::vector<std::string>& files) {
  std::vector<Finding> findings;
  for (const std::string& file : files)
    findings.push_back({file, 3, "Olena", "acme", Code::no_meeting, Severity::warning, "m"});
  return Document{{}, {}, {Section{"findings", FindingList{std::move(findings), true}, false}}};
}

/// The `file=` values of the annotations in `text`, one per line.
std::vector<std::string> annotated_files(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t at = text.find("file="); at != std::string::npos;
       at = text.find("file=", at + 1))
    out.push_back(text.substr(at + 5, text.find_first_of(",:", at + 5) - at - 5));
  return out;
}

RenderOptions in_workspace(std::string workspace, std::string current_dir) {
  RenderOptions o;
  o.workspace = std::move(workspace);
  o.current_dir = std::move(current_dir);
  return o;
}

} // namespace

TEST_CASE("annotations name files under $GITHUB_WORKSPACE relative to it") {
  const RenderOptions o = in_workspace("/ws/repo", "/ws/repo/team");
  CHECK(annotated_files(
            render_github(findings_in({"olena.yaml", "./a/b.yaml", "../x.yaml",
                                       "/ws/repo/team/c.yaml", "/ws/repo/./d/../e.yaml"}),
                          o)) == std::vector<std::string>{"team/olena.yaml", "team/a/b.yaml",
                                                          "x.yaml", "team/c.yaml", "e.yaml"});
  // A workspace given with a trailing slash is the same directory.
  CHECK(annotated_files(
            render_github(findings_in({"olena.yaml"}), in_workspace("/ws/repo/", "/ws/repo"))) ==
        std::vector<std::string>{"olena.yaml"});
}

TEST_CASE("annotations name other files as given, never with a leading ./") {
  const RenderOptions outside = in_workspace("/ws/repo", "/elsewhere");
  CHECK(
      annotated_files(render_github(
          findings_in({"./olena.yaml", "/tmp/x.yaml", "../up.yaml", "-", "/ws/repository/y.yaml"}),
          outside)) == std::vector<std::string>{"olena.yaml", "/tmp/x.yaml", "../up.yaml",
                                                "<stdin>", "/ws/repository/y.yaml"});
  CHECK(annotated_files(render_github(
            findings_in({"./team/a.yaml", "././b.yaml", ".//c.yaml", "x/./d.yaml"}), {})) ==
        std::vector<std::string>{"team/a.yaml", "b.yaml", "c.yaml", "x/./d.yaml"});
}

TEST_CASE("bad input as ::error annotations, escaped as the runner expects") {
  const std::vector<Diagnostic> problems = {
      {"./team/a,b.yaml", 9, 15, "expected a month YYYY-MM, not '2026-13'", "x"},
      {"team/c.yaml", 0, 0, "cannot read team/c.yaml: 100% gone\nreally", ""},
      {"team/d.yaml", 4, 0, "no column: \x1b[31m", ""},
  };
  // Messages are made terminal-safe first, as findings' are: each problem stays one line.
  CHECK(render_github_diagnostics(problems, in_workspace("/ws", "/ws")) ==
        "::error file=team/a%2Cb.yaml,line=9,col=15::expected a month YYYY-MM, not '2026-13'\n"
        "::error file=team/c.yaml::cannot read team/c.yaml: 100%25 gone\\nreally\n"
        "::error file=team/d.yaml,line=4,col=1::no column: \\x1b[31m\n");
  // A problem that concerns no file names none.
  CHECK(render_github_diagnostics({{"", 0, 0, "mixed currencies", ""}}, {}) ==
        "::error::mixed currencies\n");
}

TEST_CASE("the CLI reads $GITHUB_WORKSPACE for the renderer, which never reads it") {
  ::setenv("GITHUB_WORKSPACE", "/ws/repo", 1);
  const RenderOptions set = cli::ci_render_options(true);
  CHECK(set.color);
  CHECK(set.workspace == "/ws/repo");
  CHECK(set.current_dir == std::filesystem::current_path().string());
  ::setenv("GITHUB_WORKSPACE", "", 1);
  CHECK(cli::ci_render_options(false).workspace.empty());
  ::unsetenv("GITHUB_WORKSPACE");
  const RenderOptions unset = cli::ci_render_options(false);
  CHECK(unset.workspace.empty());
  CHECK_FALSE(unset.color);
}

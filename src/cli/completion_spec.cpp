#include "cli/completion.hpp"
#include "model/finding.hpp"
#include "write/render.hpp"

#include <cctype>
#include <string_view>

namespace acctmgr::cli {
namespace {

/// The choices of an IsMember check, from the type name CLI11 shows: TEXT:{auto,always,never}.
std::vector<std::string> member_choices(const CLI::Option& opt) {
  const std::string type = opt.get_type_name();
  const std::size_t open = type.find('{'), close = type.find('}', open);
  std::vector<std::string> out;
  if (open == std::string::npos || close == std::string::npos) return out;
  std::string_view list = std::string_view(type).substr(open + 1, close - open - 1);
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    out.emplace_back(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
  }
  return out;
}

bool names_word(std::string_view text, std::string_view word) {
  const auto is_word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    if ((at == 0 || !is_word_char(text[at - 1])) &&
        (end == text.size() || !is_word_char(text[end])))
      return true;
  }
  return false;
}

std::vector<std::string> words_of(const CLI::Option& opt) {
  std::vector<std::string> words = member_choices(opt);
  if (!words.empty()) return words;
  if (opt.check_lname("ignore")) return term_names(kFindingCodes);
  // Report commands check --format after parsing (its choices depend on the command); its
  // help names the formats offered.
  if (opt.check_lname("format"))
    for (const FormatTerm& f : kFormats)
      if (names_word(opt.get_description(), f.name)) words.emplace_back(f.name);
  return words;
}

CompletionOption option_of(const CLI::Option& opt) {
  CompletionOption o;
  for (const std::string& s : opt.get_snames())
    o.names.push_back("-" + s);
  for (const std::string& l : opt.get_lnames())
    o.names.push_back("--" + l);
  o.description = opt.get_description();
  o.takes_value = opt.get_expected_max() != 0;
  o.repeatable = o.takes_value && opt.get_expected_max() > 1;
  o.delimiter = opt.get_delimiter();
  if (o.takes_value) o.words = words_of(opt);
  o.revision = opt.get_option_text() == "REV";
  o.file = o.takes_value && o.words.empty() &&
           (names_word(o.description, "file") || names_word(o.description, "FILE"));
  return o;
}

} // namespace

CompletionSpec completion_spec(CLI::App& app) {
  CompletionSpec spec;
  for (const CLI::Option* opt : app.get_options())
    if (!opt->get_positional()) spec.options.push_back(option_of(*opt));
  const std::vector<CLI::App*> subs = app.get_subcommands([](CLI::App*) { return true; });
  std::vector<std::string> command_names;
  for (const CLI::App* sub : subs)
    command_names.push_back(sub->get_name());
  for (CLI::App* sub : subs) {
    CompletionCommand c{sub->get_name(), sub->get_description(), {}, false, {}};
    for (const CLI::Option* opt : sub->get_options()) {
      if (!opt->get_positional()) {
        c.options.push_back(option_of(*opt));
      } else if (!c.operands) {
        c.operands = true;
        // `help COMMAND` names a command; other operands are files or a closed list.
        c.operand_words = c.name == "help" ? command_names : member_choices(*opt);
        c.revision_first = opt->get_name() == "revision";
      }
    }
    spec.commands.push_back(std::move(c));
  }
  return spec;
}

} // namespace acctmgr::cli

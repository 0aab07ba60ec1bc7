#include "read/client_cuts.hpp"

#include <algorithm>

namespace acctmgr {
namespace {

/// A line without its line end (LF, or CRLF).
std::string_view line_at(std::string_view text, std::size_t begin, std::size_t& next) {
  std::size_t end = text.find('\n', begin);
  next = end == std::string_view::npos ? text.size() : end + 1;
  if (end == std::string_view::npos) end = text.size();
  if (end > begin && text[end - 1] == '\r') --end;
  return text.substr(begin, end - begin);
}

/// Blank, or only a comment after spaces.
bool is_blank_or_comment(std::string_view line) {
  const std::size_t i = line.find_first_not_of(' ');
  return i == std::string_view::npos || line[i] == '#';
}

/// `clients:` at column 0, then nothing or a comment.
bool is_clients_key(std::string_view line) {
  if (!line.starts_with("clients:")) return false;
  const std::string_view rest = line.substr(8);
  const std::size_t i = rest.find_first_not_of(' ');
  return i == std::string_view::npos || (rest[i] == '#' && i > 0);
}

/// Exactly `indent` spaces, then an item: "- " or a lone "-".
bool is_item(std::string_view line, std::size_t indent) {
  if (line.size() <= indent || line.find_first_not_of(' ') != indent || line[indent] != '-')
    return false;
  return line.size() == indent + 1 || line[indent + 1] == ' ';
}

/// plan_client_cuts's one pass, which `behind` follows.
std::optional<ClientCuts> plan_cuts(std::string_view text, std::size_t count,
                                    ReleaseBehind& behind) {
  // Small lists are not worth a thread: the pieces' setup would cost more than it saves.
  constexpr std::size_t min_piece = 256 * 1024;
  if (count < 2 || text.size() < 2 * min_piece) return std::nullopt;
  ClientCuts cuts;
  bool in_list = false; // past `clients:`
  std::size_t indent = 0, piece = 0;
  for (std::size_t at = 0, next = 0; at < text.size(); at = next) {
    behind.at(at);
    const std::string_view line = line_at(text, at, next);
    if (line.find('\t') < line.find_first_not_of(" \t")) return std::nullopt; // tab indent
    if (is_blank_or_comment(line)) continue;
    if (!in_list) {
      // Any top-level content, up to `clients:`; content at column 0 after the list (another
      // key) is less indented than its items, and refused below.
      in_list = is_clients_key(line);
      if (in_list) piece = std::max(min_piece, (text.size() - next) / count + 1);
      continue;
    }
    const std::size_t depth = line.find_first_not_of(' ');
    if (cuts.pieces.empty()) {
      indent = depth;
      if (indent == 0 || !is_item(line, indent)) return std::nullopt;
      cuts.pieces.push_back(at);
      cuts.items = 1;
      continue;
    }
    // The shape of one block list: items at its indentation, all else deeper.
    if (depth < indent || (depth == indent && !is_item(line, indent))) return std::nullopt;
    if (depth > indent) continue;
    ++cuts.items;
    if (at - cuts.pieces.back() >= piece) cuts.pieces.push_back(at);
  }
  if (cuts.pieces.size() < 2) return std::nullopt;
  return cuts;
}

} // namespace

std::optional<ClientCuts> plan_client_cuts(const SourceText& source, std::size_t count) {
  ReleaseBehind behind(source);
  auto cuts = plan_cuts(source.text(), count, behind);
  source.release(0, source.text().size()); // the next pass starts over at the beginning
  return cuts;
}

} // namespace acctmgr

#include "read/client_pieces.hpp"

#include "read/ordered_tasks.hpp"
#include "read/schema.hpp"
#include "read/schema_client_stream.hpp"
#include "read/yaml_tree.hpp"

#include <atomic>
#include <set>
#include <string_view>

namespace acctmgr {

std::optional<std::vector<Client>> read_client_pieces(const SourceText& source,
                                                      const ClientCuts& cuts, unsigned threads) {
  const std::size_t count = cuts.pieces.size();
  // Once a piece fails the file is parsed whole: the pieces not yet begun are skipped.
  std::atomic<bool> failed{false};
  const auto piece = [&](std::size_t i) -> std::optional<std::vector<Client>> {
    if (failed) return std::nullopt;
    const std::size_t begin = cuts.pieces[i];
    const std::size_t end = i + 1 < count ? cuts.pieces[i + 1] : source.text().size();
    Problems problems(source);
    ClientStream clients(source);
    const StreamedList items{
        "", [&clients](const YamlTree& tree, const YamlNode& item) { clients.item(tree, item); }};
    // The list's items sit one level lower in a piece than in the file: the same depth limit.
    const auto tree = parse_yaml_piece(source, begin, end, problems, max_nesting - 1, &items);
    std::vector<Client> read = clients.take(problems);
    source.release(begin, end); // read again only for a message, by the whole parse
    if (!tree || !problems.empty() || tree->root().kind != NodeKind::sequence) {
      failed = true;
      return std::nullopt;
    }
    return read;
  };
  std::optional<std::vector<Client>> all{std::in_place};
  all->reserve(cuts.items); // one allocation, not a doubling list and its copies
  run_ordered<std::optional<std::vector<Client>>>(
      count, thread_count(threads, count), piece, [](std::size_t) {},
      [&](std::size_t, std::optional<std::vector<Client>> read) {
        if (!read || !all) {
          all.reset();
          return;
        }
        for (Client& c : *read)
          all->push_back(std::move(c));
      });
  if (!all) return std::nullopt;
  std::set<std::string_view> ids;
  for (const Client& c : *all)
    if (!ids.insert(c.id).second) return std::nullopt; // a duplicate: reported by a whole parse
  return all;
}

} // namespace acctmgr

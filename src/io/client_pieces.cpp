#include "io/client_pieces.hpp"

#include "io/ordered_tasks.hpp"
#include "io/schema.hpp"
#include "io/schema_client_stream.hpp"
#include "io/yaml_tree.hpp"

#include <set>
#include <string_view>

namespace acctmgr {

std::optional<std::vector<Client>> read_client_pieces(const SourceText& source,
                                                      const ClientCuts& cuts, unsigned threads) {
  const std::size_t count = cuts.pieces.size();
  const auto piece = [&](std::size_t i) -> std::optional<std::vector<Client>> {
    const std::size_t end = i + 1 < count ? cuts.pieces[i + 1] : source.text().size();
    Problems problems(source);
    ClientStream clients(source);
    const StreamedList items{
        "", [&clients](const YamlTree& tree, const YamlNode& item) { clients.item(tree, item); }};
    // The list's items sit one level lower in a piece than in the file: the same depth limit.
    const auto tree =
        parse_yaml_piece(source, cuts.pieces[i], end, problems, max_nesting - 1, &items);
    std::vector<Client> read = clients.take(problems);
    if (!tree || !problems.empty() || tree->root().kind != NodeKind::sequence) return std::nullopt;
    return read;
  };
  std::optional<std::vector<Client>> all{std::in_place};
  std::set<std::string_view> ids;
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
  for (const Client& c : *all)
    if (!ids.insert(c.id).second) return std::nullopt; // a duplicate: reported by a whole parse
  return all;
}

} // namespace acctmgr

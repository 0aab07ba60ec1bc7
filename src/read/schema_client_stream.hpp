#pragma once

#include "model/portfolio.hpp"
#include "read/source_text.hpp"
#include "read/yaml_tree.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace acctmgr {

/// The first client of a file to answer to a name in an import: its id, name or an alias
/// (SPEC section 10), kept by the name's matching form.
struct NameUse {
  std::string client;      ///< its id
  std::uint32_t client_at; ///< its entry's offset, which tells clients apart (ids may be bad)
  const char* what;        ///< "id", "name" or "alias"
  std::string text;        ///< as written
  std::uint32_t offset;    ///< of the value
};
using NameUses = std::unordered_map<std::string, NameUse>;

/// Reads a portfolio's `clients:` items one at a time, as the parser completes each (see
/// StreamedList), checking every per-client rule, the uniqueness of client ids and that no two
/// clients answer to one name in an import. Its problems are kept apart until the whole file
/// has parsed: a file that turns out not to be YAML reports only that, and the others join the
/// file's problems where reading the `clients:` list whole would have reported them.
class ClientStream {
public:
  explicit ClientStream(const SourceText& source) : problems_(source) {}

  /// Reads one item of the list (a client's mapping, or whatever stands there).
  void item(const YamlTree& tree, const YamlNode& item);
  /// The clients read, in file order; their problems go to `into`.
  std::vector<Client> take(Problems& into);

private:
  Problems problems_;
  std::vector<Client> clients_;
  std::map<std::string, std::uint32_t, std::less<>> ids_; ///< client id -> first offset
  NameUses names_;
};

} // namespace acctmgr

#pragma once

#include "model/portfolio.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace acctmgr {

/// A client of the portfolios given to a command: the portfolio's index and the client.
struct ClientRef {
  std::size_t portfolio = 0;
  const Client* client = nullptr;
  bool operator==(const ClientRef&) const = default;
};

/// The clients of some portfolios by every name an import's client column matches them by
/// (SPEC section 10): the id, the name and each alias, compared in their matching form
/// (ignoring case in Unicode and runs of white space). Built once, then a lookup per row;
/// the portfolios must outlive it.
class ClientIndex {
public:
  explicit ClientIndex(std::span<const Portfolio> portfolios);
  // Its map holds views into its own strings: a copy would point into the original.
  ClientIndex(const ClientIndex&) = delete;
  ClientIndex& operator=(const ClientIndex&) = delete;

  /// The clients answering to `value`, in the order of the portfolios and of their files, each
  /// once: none, one, or (a name two portfolios share) several.
  std::span<const ClientRef> find(std::string_view value) const;

  /// The id, name or alias, as written, that `value` is a likely typo of, among the clients of
  /// the portfolio `only` (every portfolio when nullopt); empty when none is close.
  std::string_view closest(std::string_view value, std::optional<std::size_t> only) const;

private:
  /// One name a client answers to.
  struct Name {
    std::string form;      ///< matching_form of the text
    std::string_view text; ///< as written in the portfolio
    std::size_t portfolio;
  };
  std::vector<Name> names_;
  std::unordered_map<std::string_view, std::vector<ClientRef>> by_form_; ///< keys: names_' forms
};

} // namespace acctmgr

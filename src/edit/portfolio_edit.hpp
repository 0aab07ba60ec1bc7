#pragma once

#include "edit/yaml_edit.hpp"
#include "model/money.hpp"
#include "model/month.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

/// Edits of a portfolio file's text by what they mean (a client's month, an activity entry),
/// placed by yaml_edit. Each takes the whole file (a BOM is kept) and parses it once, handing
/// the clients over one at a time (memory does not grow with the file). The clients must
/// exist and the text must parse: the loader has accepted it already; otherwise
/// yaml_edit::EditError. Pure: no disk access.
namespace acctmgr::portfolio_edit {

/// An amount as the file writes it: 1250 for whole units, else two decimals (118500.50).
std::string amount_text(Money m);

/// A client's month: `key: {month: ...}` of `client` (key: revenue, cost or forecast).
struct MonthKey {
  std::string client;
  std::string key;
  Month month;
};

/// A client's month to set to `amount`.
struct MonthSet {
  std::string client;
  std::string key;
  Month month;
  Money amount;
  /// Whether the file held the month when the caller read it: when given, a text that
  /// disagrees is refused (yaml_edit::EditError), since it changed meanwhile.
  std::optional<bool> held;
};

/// Where the months of some keys stand in each client of a portfolio's text and where new ones
/// go: all that month_edits and month_offsets need, from one parse, kept without the text's
/// tree (its positions and the text of a new entry in each place, some hundred bytes a
/// client). It needs no plan: it can be made while the plan is.
class MonthLayout {
public:
  /// Parses `text` (a BOM is kept) for `keys` (revenue, cost, forecast): EditError when it
  /// does not parse. Editing a place the editor cannot edit is an EditError later, when asked.
  MonthLayout(std::string_view text, const std::vector<std::string>& keys);

  /// The edits that set every month of `sets` (their keys among those of the layout): a month
  /// the file holds has its value replaced; a new one is added in month order in the mapping's
  /// own style (several before one key, or at the mapping's end, in month order); a client
  /// without the mapping gets `key: {m1: a, m2: b}` as its last key, and a `key:` without a
  /// value is given that mapping. Applied with yaml_edit::apply to the text, they give what
  /// set_month gives for each set in turn. Offsets count the whole text (a BOM too); ordered as
  /// yaml_edit::sort_edits leaves them. A client, key and month set twice is an EditError.
  std::vector<yaml_edit::Edit> edits(const std::vector<MonthSet>& sets) const;

  /// For each of `months`, the offset of its value in the text without its BOM (as the loader
  /// counts), if the file holds one: to point at it in a message.
  std::vector<std::optional<std::size_t>> offsets(const std::vector<MonthKey>& months) const;

  /// Internal: one month a mapping holds.
  struct Held {
    Month month;
    std::uint32_t key_offset = 0;
    std::uint32_t value_offset = 0;
    std::uint32_t value_length = 0; ///< a plain scalar's; others are not replaced
    bool plain = false;
  };
  /// Internal: one key of one client.
  struct Key {
    enum class State : std::uint8_t { missing, null, mapping, other };
    State state = State::missing;
    /// missing: the key added as the client's last, holding "\x02"; null: "\x02" given as its
    /// value; mapping: a new entry "\x01: \x02" (month, amount) after the last (inside an
    /// empty `{}`).
    std::optional<yaml_edit::Edit> add;
    std::string cannot;    ///< why `add` could not be made
    std::string not_month; ///< a mapping's key that is no month: no edit of it is made
    std::vector<Held> held;
    /// A new entry before a key: the same text before every key of a mapping (its keys stand
    /// in one column), but for those in `before_at` (by key offset), if any.
    std::string before;
    std::vector<std::pair<std::uint32_t, std::string>> before_at;
  };

private:
  std::size_t bom_ = 0;
  std::vector<std::string> keys_;
  std::unordered_map<std::string, std::vector<Key>> clients_; ///< by id: a Key each of keys_
};

/// MonthLayout(text, the keys of `sets`).edits(sets): one parse.
std::vector<yaml_edit::Edit> month_edits(std::string_view text, const std::vector<MonthSet>& sets);

/// One month set: `text` with month_edits for `set` applied.
std::string set_month(std::string_view text, std::string_view client, std::string_view key,
                      Month month, Money amount);

/// MonthLayout(text, the keys of `months`).offsets(months): one parse.
std::vector<std::optional<std::size_t>> month_offsets(std::string_view text,
                                                      const std::vector<MonthKey>& months);

/// month_offsets for one month.
std::optional<std::size_t> month_offset(std::string_view text, std::string_view client,
                                        std::string_view key, Month month);

/// The edit that appends an activity entry (fields already in YAML form) to `client`'s
/// `activity:` list in the list's own style, or adds the list as the client's last key.
/// Its offset counts the whole text (a BOM too).
yaml_edit::Edit activity_edit(std::string_view text, std::string_view client,
                              const yaml_edit::Fields& fields);

/// `text` with activity_edit applied.
std::string append_activity(std::string_view text, std::string_view client,
                            const yaml_edit::Fields& fields);

/// `text` as a double-quoted YAML string (for a note).
std::string quoted(std::string_view text);

} // namespace acctmgr::portfolio_edit

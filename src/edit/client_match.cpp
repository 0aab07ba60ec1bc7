#include "edit/client_match.hpp"

#include "read/schema_reader.hpp"
#include "text/case_fold.hpp"

#include <algorithm>

namespace acctmgr {

ClientIndex::ClientIndex(std::span<const Portfolio> portfolios) {
  for (std::size_t p = 0; p < portfolios.size(); ++p)
    for (const Client& c : portfolios[p].clients) {
      names_.push_back({c.id, c.id, p}); // an id is its own matching form
      names_.push_back({matching_form(c.name), c.name, p});
      for (const std::string& alias : c.aliases)
        names_.push_back({matching_form(alias), alias, p});
    }
  // Keyed by views into names_, which is complete: its strings no longer move.
  by_form_.reserve(names_.size());
  std::size_t i = 0;
  for (std::size_t p = 0; p < portfolios.size(); ++p)
    for (const Client& c : portfolios[p].clients) {
      const std::size_t end = i + 2 + c.aliases.size();
      for (; i < end; ++i) {
        std::vector<ClientRef>& found = by_form_[names_[i].form];
        // A client answering to one name twice (its name is its id) is found once.
        if (found.empty() || found.back().client != &c) found.push_back({p, &c});
      }
    }
}

std::span<const ClientRef> ClientIndex::find(std::string_view value) const {
  const auto it = by_form_.find(matching_form(value));
  if (it == by_form_.end()) return {};
  return it->second;
}

std::string_view ClientIndex::closest(std::string_view value,
                                      std::optional<std::size_t> only) const {
  const std::string form = matching_form(value);
  // A typo changes a few characters: a name much longer or shorter is no candidate, and
  // leaving it out keeps a hint cheap in a portfolio of many clients.
  const std::size_t slack = std::max<std::size_t>(2, form.size() / 3);
  std::vector<std::string_view> forms;
  std::vector<const Name*> of;
  for (const Name& n : names_) {
    if (only && n.portfolio != *only) continue;
    const std::size_t gap =
        n.form.size() > form.size() ? n.form.size() - form.size() : form.size() - n.form.size();
    if (gap > slack) continue;
    forms.push_back(n.form);
    of.push_back(&n);
  }
  const std::string_view best = acctmgr::closest(form, forms);
  for (std::size_t k = 0; k < forms.size(); ++k)
    if (forms[k].data() == best.data()) return of[k]->text;
  return {};
}

} // namespace acctmgr

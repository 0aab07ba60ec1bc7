#include "reports/client_groups.hpp"

namespace acctmgr {

void add_client_ids(Text& note, const std::vector<const Client*>& clients) {
  for (std::size_t i = 0; i < clients.size() && i < kNoteIdsPerMonth; ++i) {
    if (i > 0) note.push_back(said(", "));
    note.push_back(quoted(clients[i]->id));
  }
  if (clients.size() > kNoteIdsPerMonth)
    note.insert(note.end(),
                {said(" and "), count(static_cast<std::int64_t>(clients.size() - kNoteIdsPerMonth)),
                 said(" more")});
}

void add_month_groups(Text& note, const ClientsByMonth& groups, const char* first,
                      const char* next) {
  std::size_t shown = 0;
  std::int64_t later = 0;
  for (const auto& [group_month, clients] : groups) {
    if (shown == kNoteMonths) {
      later += static_cast<std::int64_t>(clients.size());
      continue;
    }
    note.insert(note.end(), {said(shown == 0 ? first : next), month(group_month), said(": ")});
    add_client_ids(note, clients);
    ++shown;
  }
  if (later > 0)
    note.insert(note.end(), {said("; "), count(later), said(" more from later months")});
}

} // namespace acctmgr

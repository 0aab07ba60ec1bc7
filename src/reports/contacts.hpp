#pragma once

#include "document/document.hpp"
#include "model/month.hpp"
#include "model/period.hpp"
#include "model/portfolio.hpp"
#include "reports/finding_collector.hpp"
#include "reports/report_input.hpp"

#include <optional>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace acctmgr {

/// A live touch is a conversation: a meeting, video or call. Email and messages are not.
bool is_live(Mode m);

/// A client's payers and decision makers, to tell whether an activity entry includes one.
class Deciders {
public:
  explicit Deciders(const Client& c);
  /// True when `a.with` names at least one payer or decision maker (however many it names).
  bool included_in(const Activity& a) const;

private:
  // One hash lookup per name keeps a pass over the activity linear however long it grows.
  std::unordered_set<std::string_view> ids_;
};

struct ClientContacts {
  const Client* client = nullptr;
  bool has_payer = false;
  bool has_decision_maker = false;
  /// Latest meeting, video or call with a payer or decision maker, up to the end of E.
  std::optional<Date> last_decider_contact;
  /// Latest in-person meeting with anyone, up to the end of E.
  std::optional<Date> last_meeting;
  /// NO_PAYER, NO_DECISION_MAKER, DECIDER_SILENT, NO_MEETING as they apply, in SPEC order,
  /// before any `ignore:` list
  std::vector<Code> warnings;
};

/// One portfolio's contacts report at E: the clients active at E, in file order. Activity
/// dated after E (and so after as_of) is ignored.
struct ContactsReport {
  const Portfolio* portfolio = nullptr;
  Month end;
  MonthRange window; ///< the contact_window_months ending E
  std::vector<ClientContacts> clients;
};

/// One client's coverage and last contacts, judged against `window` (its last month is E).
ClientContacts client_contacts(const Client& c, const MonthRange& window);

ContactsReport contacts_report(const Portfolio& p, Month e);

/// The SPEC's contacts table: manager,client,name,has_payer,has_decision_maker,
/// last_decider_contact,last_meeting,warnings. The warnings cell leaves out codes the
/// client's `ignore:` list silences.
Table contacts_table(const std::vector<ContactsReport>& reports);

/// The `contacts` command's document: each portfolio at the end of its period.
Document contacts_document(const ReportInput& in);

/// NO_PAYER, NO_DECISION_MAKER, DECIDER_SILENT and NO_MEETING (SPEC section 5).
void contact_findings(FindingCollector& f, const ContactsReport& r);

} // namespace acctmgr

#include "core/document.hpp"

namespace acctmgr {

Table findings_table(const std::vector<Finding>& findings) {
  Table t("findings", {column("file", CellKind::text), column("line", CellKind::count),
                       column("manager", CellKind::text), column("client", CellKind::text),
                       column("code", CellKind::status), column("severity", CellKind::status),
                       column("message", CellKind::text)});
  for (const Finding& f : findings)
    t.add_row({{"file", shown_file(f.file)},
               {"line", static_cast<std::int64_t>(f.line)},
               {"manager", f.manager},
               {"client", f.client},
               {"code", std::string(to_string(f.code))},
               {"severity", std::string(severity_word(f))},
               {"message", f.message}});
  return t;
}

} // namespace acctmgr

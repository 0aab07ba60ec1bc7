#pragma once

#include <string>

namespace acctmgr {

enum class Severity { info, warning, error };

inline const char* to_string(Severity s) {
  switch (s) {
  case Severity::info:
    return "info";
  case Severity::warning:
    return "warning";
  case Severity::error:
    return "error";
  }
  return "";
}

/// Something `check` reports (SPEC section 5).
struct Finding {
  std::string file;
  int line = 0; ///< line of the client, or of `manager:` for findings about the portfolio
  std::string manager;
  std::string client; ///< client id; empty for a manager's TOTAL or the plan
  std::string code;   ///< BELOW_TARGET, LOW_MARGIN, ...
  Severity severity = Severity::warning;
  std::string message;
};

} // namespace acctmgr

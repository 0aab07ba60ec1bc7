#include "core/portfolio.hpp"

#include <algorithm>

namespace acctmgr {

const char* to_string(Origin o) {
  switch (o) {
  case Origin::existing:
    return "existing";
  case Origin::new_client:
    return "new";
  case Origin::reactivated:
    return "reactivated";
  case Origin::referral:
    return "referral";
  }
  return "";
}

const char* to_string(Role r) {
  switch (r) {
  case Role::payer:
    return "payer";
  case Role::decision_maker:
    return "decision_maker";
  case Role::influencer:
    return "influencer";
  case Role::user:
    return "user";
  }
  return "";
}

const char* to_string(Mode m) {
  switch (m) {
  case Mode::meeting:
    return "meeting";
  case Mode::video:
    return "video";
  case Mode::call:
    return "call";
  case Mode::email:
    return "email";
  case Mode::message:
    return "message";
  }
  return "";
}

bool Stakeholder::has_role(Role r) const {
  return std::find(roles.begin(), roles.end(), r) != roles.end();
}

} // namespace acctmgr

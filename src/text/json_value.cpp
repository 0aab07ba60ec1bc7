#include "text/json_value.hpp"

#include <fmt/format.h>

namespace acctmgr {
namespace {

void quote(std::string& out, const std::string& s) {
  out += '"';
  for (char c : s) {
    if (c == '"' || c == '\\')
      out += {'\\', c};
    else if (static_cast<unsigned char>(c) < 0x20)
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
    else
      out += c;
  }
  out += '"';
}

} // namespace

std::string JsonValue::dump() const {
  std::string out;
  dump(out, 0);
  return out + "\n";
}

void JsonValue::dump(std::string& out, int indent) const {
  const std::string pad(static_cast<std::size_t>(indent + 2), ' ');
  const std::string close_pad(static_cast<std::size_t>(indent), ' ');
  if (const auto* s = std::get_if<std::string>(&v_)) {
    quote(out, *s);
  } else if (const auto* b = std::get_if<bool>(&v_)) {
    out += *b ? "true" : "false";
  } else if (const auto* n = std::get_if<Number>(&v_)) {
    out += n->text;
  } else if (const auto* a = std::get_if<Array>(&v_)) {
    bool flat = true;
    for (const JsonValue& x : *a)
      flat = flat && !std::holds_alternative<Array>(x.v_) && !std::holds_alternative<Object>(x.v_);
    out += '[';
    for (std::size_t i = 0; i < a->size(); ++i) {
      out += i == 0 ? "" : ",";
      out += flat ? (i == 0 ? "" : " ") : "\n" + pad;
      (*a)[i].dump(out, indent + 2);
    }
    out += flat || a->empty() ? "]" : "\n" + close_pad + "]";
  } else {
    const Object& o = std::get<Object>(v_);
    out += '{';
    for (std::size_t i = 0; i < o.size(); ++i) {
      out += (i == 0 ? "\n" : ",\n") + pad;
      quote(out, o[i].first);
      out += ": ";
      o[i].second.dump(out, indent + 2);
    }
    out += o.empty() ? "}" : "\n" + close_pad + "}";
  }
}

} // namespace acctmgr

#include "io/json_value.hpp"

#include "core/overloaded.hpp"

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
  std::visit(Overloaded{
                 [&](const std::string& s) { quote(out, s); },
                 [&](bool b) { out += b ? "true" : "false"; },
                 [&](const Number& n) { out += n.text; },
                 [&](const Array& a) {
                   bool flat = true;
                   for (const JsonValue& x : a)
                     flat = flat && !std::holds_alternative<Array>(x.v_) &&
                            !std::holds_alternative<Object>(x.v_);
                   out += '[';
                   for (std::size_t i = 0; i < a.size(); ++i) {
                     out += i == 0 ? "" : ",";
                     out += flat ? (i == 0 ? "" : " ") : "\n" + pad;
                     a[i].dump(out, indent + 2);
                   }
                   out += flat || a.empty() ? "]" : "\n" + close_pad + "]";
                 },
                 [&](const Object& o) {
                   out += '{';
                   for (std::size_t i = 0; i < o.size(); ++i) {
                     out += (i == 0 ? "\n" : ",\n") + pad;
                     quote(out, o[i].first);
                     out += ": ";
                     o[i].second.dump(out, indent + 2);
                   }
                   out += o.empty() ? "}" : "\n" + close_pad + "}";
                 },
             },
             v_);
}

} // namespace acctmgr

#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace acctmgr {

/// A JSON value for documents built in code (the JSON schema): objects keep their keys in
/// the order they were written. Numbers are kept as their JSON text, so that 0.01 prints
/// as 0.01.
class JsonValue {
public:
  struct Number {
    std::string text;
  };
  using Array = std::vector<JsonValue>;
  using Object = std::vector<std::pair<std::string, JsonValue>>;

  JsonValue(const char* s) : v_(std::string(s)) {}
  JsonValue(std::string s) : v_(std::move(s)) {}
  JsonValue(bool b) : v_(b) {}
  JsonValue(Number n) : v_(std::move(n)) {}
  JsonValue(Array a) : v_(std::move(a)) {}
  JsonValue(Object o) : v_(std::move(o)) {}

  /// The value as JSON text, indented by two spaces, arrays of scalars on one line.
  std::string dump() const;

private:
  void dump(std::string& out, int indent) const;
  std::variant<std::string, bool, Number, Array, Object> v_;
};

/// A JSON number from its text, e.g. number("0.01").
inline JsonValue number(std::string text) {
  return JsonValue(JsonValue::Number{std::move(text)});
}

} // namespace acctmgr

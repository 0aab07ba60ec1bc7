#pragma once

// Small helpers to write Portfolios as C++ literals in unit tests.

#include "model/portfolio.hpp"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace acctmgr::test {

/// Month from "YYYY-MM"; the test's own literal, so a typo fails loudly.
inline Month mon(const char* text) {
  return Month::parse(text).value();
}

/// Date from "YYYY-MM-DD".
inline Date day(const char* text) {
  return Date::parse(text).value();
}

/// A series of whole currency units: {{"2026-01", 1000}, ...}.
inline MonthSeries units(std::initializer_list<std::pair<const char*, std::int64_t>> entries) {
  std::vector<MonthSeries::Entry> out;
  for (const auto& [m, v] : entries)
    out.emplace_back(mon(m), Money::units(v));
  return MonthSeries(std::move(out));
}

/// The same amount in every month of first..last.
inline MonthSeries flat(const char* first, const char* last, std::int64_t whole) {
  std::vector<MonthSeries::Entry> out;
  for (Month m = mon(first); m <= mon(last); m = m + 1)
    out.emplace_back(m, Money::units(whole));
  return MonthSeries(std::move(out));
}

inline Client client(std::string id, int line) {
  Client c;
  c.id = id;
  c.name = id + " Inc";
  c.pos = {line, 5};
  return c;
}

inline Stakeholder person(std::string id, std::vector<Role> roles) {
  Stakeholder s;
  s.id = id;
  s.name = id;
  s.roles = std::move(roles);
  return s;
}

inline Activity contact(const char* date, std::vector<std::string> with, Mode mode) {
  Activity a;
  a.date = day(date);
  a.with = IdList(with);
  a.mode = mode;
  return a;
}

/// An ignore entry in the short form: the code alone, silencing for good.
inline Silence silence(Code code) {
  return Silence{code, "", std::nullopt, 0};
}

inline Portfolio portfolio(const char* as_of, std::vector<Client> clients) {
  Portfolio p;
  p.file = "olena.yaml";
  p.manager = "Olena";
  p.currency = "USD";
  p.as_of = mon(as_of);
  p.manager_pos = {1, 1};
  p.clients = std::move(clients);
  return p;
}

} // namespace acctmgr::test

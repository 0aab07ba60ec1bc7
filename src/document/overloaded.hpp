#pragma once

namespace acctmgr {

/// A visitor from lambdas: std::visit(Overloaded{[](int) {...}, [](const std::string&) {...}}, v).
template <class... F> struct Overloaded : F... { using F::operator()...; };
template <class... F> Overloaded(F...) -> Overloaded<F...>;

} // namespace acctmgr

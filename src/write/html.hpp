#pragma once

#include "document/document.hpp"

#include <string>
#include <string_view>

namespace acctmgr {

/// Untrusted text made inert in HTML text and attribute values: control characters become
/// visible as in the terminal, then & < > " ' become character references.
std::string html_escape(std::string_view raw);

/// A line of prose: every span escaped, text quoted from a file set in <q>-less <span>s.
std::string html_prose(const Text& text);

/// A table as a <section>: its title as <h2>, a <table> (numbers right-aligned, TOTAL rows
/// bold), "(none)" when it has no rows, then its notes.
std::string html_table(const Table& t);

/// Findings grouped by manager (in order of first appearance), each group a table whose
/// severity column is a coloured badge.
std::string html_findings(const FindingList& list);

/// A statement: its title as <h2>, each section as <h3> and nested lists of lines.
std::string html_statement(const Statement& s);

} // namespace acctmgr

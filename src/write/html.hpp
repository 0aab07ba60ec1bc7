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

/// A table as a <section>: its title as <h3>, a <table> (headings in words, numbers
/// right-aligned, statuses coloured with a symbol, ids, codes and months unbroken, TOTAL rows
/// bold), then its notes. Without rows: the title and "none" on one line. `figures`: a
/// one-row table drawn as labelled figures.
std::string html_table(const Table& t, bool figures = false);

/// Findings grouped by manager (in order of first appearance; one manager: no heading), each
/// group a table whose severity column is a coloured badge; "none" inline when empty.
std::string html_findings(const FindingList& list);

/// A statement: its title as <h3>, each section as <h4> and nested lists of lines.
std::string html_statement(const Statement& s);

} // namespace acctmgr

#pragma once

#include "cli/options.hpp"
#include "write/render.hpp"

#include <optional>
#include <string>

/// Printing a document: to stdout (in parts, through the pager, coloured) or to -o FILE.
namespace acctmgr::cli {

/// Writes the rendered report (what its sink has not written) to stdout, or atomically to -o
/// FILE. With a `width` (a table fitted to the terminal, see table_width), what does not fit it
/// goes through the pager unless --no-pager.
void emit(const OutputOptions& o, const std::string& text, std::optional<int> width = {});

/// Where a renderer hands its text as it is made (RenderOptions::sink): stdout, when the
/// report goes there; none with -o, since a file is written whole, atomically.
TextOut::Sink stdout_sink(const OutputOptions& o);

/// The terminal width a table in `format` is fitted to: only a table, only to stdout, only
/// when stdout is a terminal; nullopt otherwise (pipes and files get every character).
std::optional<int> table_width(const OutputOptions& o, Format format);

/// Renders `d` in `format` (a table: coloured when colour is on, with sparklines unless
/// --no-spark or the locale is not UTF-8, fitted to the terminal) and emits it.
void print(const OutputOptions& o, const Document& d, Format format);

/// Whether to colour output: --color always/never, else only to a terminal and without
/// NO_COLOR.
bool use_color(const OutputOptions& o);

} // namespace acctmgr::cli

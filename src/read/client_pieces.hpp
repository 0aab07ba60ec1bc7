#pragma once

#include "model/portfolio.hpp"
#include "read/client_cuts.hpp"
#include "read/source_text.hpp"

#include <optional>
#include <vector>

namespace acctmgr {

/// The clients of a cut file (see ClientCuts), each piece parsed and read on its own, on up to
/// `threads` threads, in file order. nullopt when any piece has a problem of any kind or a
/// client id repeats across pieces: the caller then parses the file whole, so that every
/// message is exactly what one thread reports; a clean file gives the clients one thread gives.
/// Each piece's pages are let go once it is parsed (SourceText::release), and a piece holds
/// its own parser: a big file's parse holds a few pieces at a time, never the whole file.
std::optional<std::vector<Client>> read_client_pieces(const SourceText& source,
                                                      const ClientCuts& cuts, unsigned threads);

} // namespace acctmgr

#pragma once

#include <string>

namespace acctmgr {

/// The JSON Schema (draft 2020-12) of portfolio and settings files, for editors with the YAML
/// language server: built from the loader's key tables (schema_keys.hpp) and the
/// vocabularies, so that it names exactly the keys and words the loader accepts. A file with
/// a key only a portfolio has (manager, clients...) is checked as a portfolio, any other as a
/// settings file. Rules across keys and files (share bands descending, ids unique, `with`
/// naming the client's stakeholders) stay the loader's.
std::string json_schema();

} // namespace acctmgr

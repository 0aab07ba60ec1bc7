#pragma once

#include <string>
#include <string_view>

// Names people type, compared as people read them: an accounting system writes `ХАРКІВ
// ЛТД` or `ACME  Corp` where the portfolio says `Харків ЛТД` or `Acme Corp` (SPEC section 10).
namespace acctmgr {

/// Unicode's simple case folding (CaseFolding.txt, statuses C and S) of one code point in the
/// blocks our clients' names are written in: Basic Latin, Latin-1 Supplement, Latin Extended-A
/// and -B, Latin Extended Additional, Greek and Coptic, Cyrillic and Cyrillic Supplement. `İ`
/// (U+0130), which has no simple folding, folds to `i` as its lower case does; `ß` stays `ß`
/// (only the full folding makes it "ss"). Any other code point is its own fold.
char32_t fold_case(char32_t cp);

/// `s` with every character folded by fold_case; bytes that are not UTF-8 are kept as they are.
std::string fold_case(std::string_view s);

/// The form in which a name is matched (SPEC section 10): white space trimmed, each run of it
/// (space, tab, line breaks, no-break spaces U+00A0 and U+202F) made one space, and case folded.
/// `" ХАРКІВ\u00a0 Ltd "` and `"харків ltd"` have the same form. Empty for blank text.
std::string matching_form(std::string_view s);

} // namespace acctmgr

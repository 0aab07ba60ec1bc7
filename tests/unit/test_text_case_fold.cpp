#include "text/case_fold.hpp"

#include <doctest/doctest.h>

using namespace acctmgr;

TEST_CASE("fold_case: one code point, by Unicode's simple case folding") {
  CHECK(fold_case(U'A') == U'a');
  CHECK(fold_case(U'z') == U'z');
  CHECK(fold_case(U'@') == U'@'); // U+0040, just before A
  CHECK(fold_case(U'[') == U'[');
  // Latin-1: À..Þ but the multiplication sign; ß has no simple folding; µ is Greek mu.
  CHECK(fold_case(U'À') == U'à');
  CHECK(fold_case(U'Þ') == U'þ');
  CHECK(fold_case(U'×') == U'×');
  CHECK(fold_case(U'ß') == U'ß');
  CHECK(fold_case(U'\u00B5') == U'μ');
  // Latin Extended-A: pairs from even and from odd code points, and the odd ones out.
  CHECK(fold_case(U'Ā') == U'ā'); // U+0100
  CHECK(fold_case(U'Ł') == U'ł'); // U+0141, an odd upper case
  CHECK(fold_case(U'Ž') == U'ž'); // U+017D
  CHECK(fold_case(U'Ÿ') == U'ÿ'); // U+0178 folds into Latin-1
  CHECK(fold_case(U'İ') == U'i'); // its lower case: no simple folding
  CHECK(fold_case(U'ı') == U'ı');
  CHECK(fold_case(U'ſ') == U's');
  // Latin Extended-B and Additional: Romanian, Vietnamese.
  CHECK(fold_case(U'Ș') == U'ș');
  CHECK(fold_case(U'Ơ') == U'ơ');
  CHECK(fold_case(U'Ǆ') == U'ǆ');
  CHECK(fold_case(U'ǅ') == U'ǆ'); // title case folds too
  CHECK(fold_case(U'Ệ') == U'ệ');
  CHECK(fold_case(U'ẞ') == U'ß');
  // Greek: accented capitals, final sigma, symbol variants.
  CHECK(fold_case(U'Ω') == U'ω');
  CHECK(fold_case(U'Ά') == U'ά');
  CHECK(fold_case(U'Ώ') == U'ώ');
  CHECK(fold_case(U'ς') == U'σ');
  CHECK(fold_case(U'Σ') == U'σ');
  CHECK(fold_case(U'ϑ') == U'θ');
  // Cyrillic, Ukrainian letters among them.
  CHECK(fold_case(U'А') == U'а');
  CHECK(fold_case(U'Я') == U'я');
  CHECK(fold_case(U'Є') == U'є');
  CHECK(fold_case(U'І') == U'і');
  CHECK(fold_case(U'Ї') == U'ї');
  CHECK(fold_case(U'Ґ') == U'ґ'); // U+0490, among the pairs
  CHECK(fold_case(U'Ё') == U'ё');
  CHECK(fold_case(U'Ӂ') == U'ӂ'); // U+04C1, an odd upper case
  CHECK(fold_case(U'Ӏ') == U'ӏ'); // palochka
  CHECK(fold_case(U'Ԁ') == U'ԁ'); // Cyrillic Supplement
  CHECK(fold_case(U'ґ') == U'ґ');
  // Outside the blocks: as it is.
  CHECK(fold_case(U'Ա') == U'Ա'); // Armenian
  CHECK(fold_case(U'日') == U'日');
  CHECK(fold_case(U'😀') == U'😀');
}

TEST_CASE("fold_case: text") {
  CHECK(fold_case("ХАРКІВ") == "харків");
  CHECK(fold_case("Їжак ҐАНОК Євро") == "їжак ґанок євро");
  CHECK(fold_case("CRÈME BRÛLÉE Ltd") == "crème brûlée ltd");
  CHECK(fold_case("ΟΔΥΣΣΕΥΣ") == "οδυσσευσ"); // final sigma: simple folding knows no position
  CHECK(fold_case("STRAẞE") == "straße");
  CHECK(fold_case("") == "");
  CHECK(fold_case("a\xff"
                  "B") == "a\xff"
                          "b"); // a byte that is not UTF-8 stays
}

TEST_CASE("matching_form: trimmed, white space collapsed, case folded") {
  CHECK(matching_form("Acme Corp") == "acme corp");
  CHECK(matching_form("  ACME \t Corp  ") == "acme corp");
  CHECK(matching_form("ACME\u00A0Corp") == "acme corp");        // no-break space
  CHECK(matching_form("ACME\u202F\u00A0 Corp") == "acme corp"); // narrow no-break space too
  CHECK(matching_form("ACME\r\nCorp") == "acme corp");          // a quoted line break
  CHECK(matching_form("ТОВ  \"ХАРКІВ\"") == "тов \"харків\"");
  CHECK(matching_form("Acme-Corp") == "acme-corp");                 // punctuation is no space
  CHECK(matching_form("Acme Corp.") != matching_form("Acme Corp")); // nothing fuzzy
  CHECK(matching_form(" \t\u00A0 ") == "");
  CHECK(matching_form("") == "");
  // The same form for both spellings, and an id is its own form.
  CHECK(matching_form("Kyivstar  JSC") == matching_form("KYIVSTAR jsc"));
  CHECK(matching_form("acme-eu.2") == "acme-eu.2");
}

#include "edit/accounting_csv.hpp"

#include "read/scalars.hpp"
#include "read/source_check.hpp"
#include "read/source_text.hpp"
#include "text/ascii.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <functional>
#include <optional>
#include <unordered_map>

namespace acctmgr {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && is_blank(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back()))
    s.remove_suffix(1);
  return s;
}

bool at_record_end(std::string_view text, std::size_t i) {
  return i >= text.size() || text[i] == '\n' ||
         (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n');
}

/// Past the record end at `i` (LF or CR LF).
std::size_t skip_record_end(std::string_view text, std::size_t i) {
  if (i < text.size() && text[i] == '\r') ++i;
  return i < text.size() ? i + 1 : i;
}

/// The columns the reader uses, by position in the header.
struct Columns {
  static constexpr std::array<const char*, 4> names{"client", "month", "amount", "manager"};
  std::array<std::optional<std::size_t>, 4> at;
};

Columns read_header(const CsvRecord& header, Problems& problems) {
  Columns c;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string name = ascii_lower(trimmed(header[i].text));
    for (std::size_t k = 0; k < Columns::names.size(); ++k) {
      if (name != Columns::names[k]) continue;
      if (c.at[k])
        problems.error(header[i].offset, fmt::format("a second '{}' column", name));
      else
        c.at[k] = i;
    }
  }
  for (std::size_t k = 0; k < 3; ++k)
    if (!c.at[k])
      problems.error(header.front().offset,
                     fmt::format("the header has no '{}' column (it needs client, month and "
                                 "amount, in any order)",
                                 Columns::names[k]));
  return c;
}

/// Records compared field by field, every column: the rows of an export read twice.
struct SameRecordHash {
  std::size_t operator()(const CsvRecord* r) const {
    std::size_t h = r->size();
    for (const CsvField& f : *r)
      h = h * 1000003u ^ std::hash<std::string>{}(f.text);
    return h;
  }
};
struct SameRecord {
  bool operator()(const CsvRecord* a, const CsvRecord* b) const {
    return std::equal(a->begin(), a->end(), b->begin(), b->end(),
                      [](const CsvField& x, const CsvField& y) { return x.text == y.text; });
  }
};

} // namespace

std::vector<CsvRecord> split_csv(std::string_view text, Problems& problems) {
  std::vector<CsvRecord> records;
  std::size_t i = 0;
  while (i < text.size()) {
    if (at_record_end(text, i)) { // a blank line
      i = skip_record_end(text, i);
      continue;
    }
    CsvRecord record;
    for (bool more = true; more;) {
      CsvField field{{}, i, false};
      if (i < text.size() && text[i] == '"') {
        field.quoted = true;
        std::size_t j = i + 1;
        for (;; ++j) {
          if (j >= text.size()) {
            problems.error(i, "unclosed quote: the field runs to the end of the file");
            return records;
          }
          if (text[j] != '"') {
            field.text += text[j];
          } else if (j + 1 < text.size() && text[j + 1] == '"') {
            field.text += '"';
            ++j;
          } else {
            break;
          }
        }
        i = j + 1;
        if (!at_record_end(text, i) && text[i] != ',') {
          problems.error(i, "text after a closing quote: a quote inside a quoted field is "
                            "written \"\"");
          while (!at_record_end(text, i) && text[i] != ',')
            ++i;
        }
      } else {
        while (!at_record_end(text, i) && text[i] != ',')
          field.text += text[i++];
      }
      record.push_back(std::move(field));
      more = i < text.size() && text[i] == ',';
      if (more) ++i;
    }
    records.push_back(std::move(record));
    i = skip_record_end(text, i);
  }
  return records;
}

std::vector<AccountingRow> read_accounting_csv(std::string_view bytes, const std::string& file) {
  const SourceText source(strip_bom(bytes), file);
  Problems problems(source);
  std::vector<AccountingRow> rows;
  if (check_bytes(source, problems)) {
    const std::vector<CsvRecord> records = split_csv(source.text(), problems);
    if (records.empty()) problems.file_error("the CSV file is empty (expected a header line)");
    const Columns c = records.empty() ? Columns{} : read_header(records.front(), problems);
    const bool usable = problems.empty();
    // Each record's first row with the same fields, by its line.
    std::unordered_map<const CsvRecord*, int, SameRecordHash, SameRecord> first_rows;
    for (std::size_t r = 1; usable && r < records.size(); ++r) {
      const CsvRecord& rec = records[r];
      if (rec.size() != records.front().size()) {
        problems.error(rec.front().offset,
                       fmt::format("{} field{} where the header has {}", rec.size(),
                                   rec.size() == 1 ? "" : "s", records.front().size()));
        continue;
      }
      const CsvField& client = rec[*c.at[0]];
      const CsvField& month = rec[*c.at[1]];
      const CsvField& amount = rec[*c.at[2]];
      AccountingRow row;
      row.client = std::string(trimmed(client.text));
      row.pos = source.position(client.offset);
      bool ok = true;
      if (row.client.empty()) {
        problems.error(client.offset, "empty client");
        ok = false;
      }
      if (c.at[3]) {
        const CsvField& manager = rec[*c.at[3]];
        row.manager = std::string(trimmed(manager.text));
        row.manager_pos = source.position(manager.offset);
      }
      const Parsed<Month> m = parse_month(trimmed(month.text));
      if (m)
        row.month = *m.value;
      else
        problems.error(month.offset, m.error);
      // Quoting is how CSV writes a field, not a type: "1250.00" is an amount here.
      const Parsed<Money> a = parse_amount(trimmed(amount.text), false);
      if (a)
        row.amount = *a.value;
      else
        problems.error(amount.offset, a.error);
      if (!ok || !m || !a) continue;
      const auto [first, inserted] = first_rows.emplace(&rec, row.pos.line);
      if (!inserted) row.repeats_line = first->second;
      rows.push_back(std::move(row));
    }
  }
  if (!problems.empty()) throw InputError(problems.take());
  return rows;
}

} // namespace acctmgr

#include "edit/accounting_csv.hpp"

#include "edit/export_amount.hpp"
#include "edit/export_header.hpp"
#include "edit/import_profile.hpp"
#include "read/date_format.hpp"
#include "read/scalars.hpp"
#include "read/source_check.hpp"
#include "read/source_text.hpp"

#include <algorithm>
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

/// The first line of a CSV record at `offset` (the header line), without its line break.
std::string_view line_at(std::string_view text, std::size_t offset) {
  const std::size_t end = std::min(text.find('\n', offset), text.size());
  std::string_view line = text.substr(offset, end - offset);
  if (line.ends_with('\r')) line.remove_suffix(1);
  return line;
}

/// One row of an export: its cells by field, each trimmed and placed. A cell the row is too
/// short to have is empty, placed just past the row's last field.
class RowCells {
public:
  RowCells(const CsvRecord& record, const HeaderColumns& columns)
      : record_(record), columns_(columns) {}
  bool has(ImportField f) const { return columns_.of(f).has_value(); }
  std::string_view text(ImportField f) const {
    const CsvField* cell = field(f);
    return cell ? trimmed(cell->text) : std::string_view();
  }
  std::size_t offset(ImportField f) const {
    const CsvField* cell = field(f);
    return cell ? cell->offset : record_.back().end;
  }

private:
  const CsvField* field(ImportField f) const {
    const auto at = columns_.of(f);
    return at && *at < record_.size() ? &record_[*at] : nullptr;
  }
  const CsvRecord& record_;
  const HeaderColumns& columns_;
};

/// The row's month, from its month cell or its date cell (SPEC section 10), not after `latest`.
std::optional<Month> row_month(const RowCells& cells, const ImportProfile& profile,
                               std::optional<Month> latest, Problems& problems) {
  const bool dated = cells.has(ImportField::date);
  const ImportField field = dated ? ImportField::date : ImportField::month;
  const std::string_view text = cells.text(field);
  std::optional<Month> month;
  if (dated) {
    Parsed<Date> d = parse_date_as(text, profile.date_format);
    if (!d) problems.error(cells.offset(field), std::move(d.error));
    if (d) month = d.value->month_of();
  } else {
    Parsed<Month> m =
        text.empty() ? Parsed<Month>("empty month (expected YYYY-MM)") : parse_month(text);
    if (!m) problems.error(cells.offset(field), std::move(m.error));
    month = m.value;
  }
  if (month && latest && *month > *latest) {
    problems.error(cells.offset(field),
                   fmt::format("{} is after {}, the last complete month: a month not yet over has "
                               "no final figures",
                               dated ? fmt::format("date '{}' (month {})", text, *month)
                                     : fmt::format("month {}", *month),
                               *latest));
    return std::nullopt;
  }
  return month;
}

/// Where the header line starts: past the profile's `skip` lines and any blank line after them;
/// nullopt when the file has none (reported).
std::optional<std::size_t> header_offset(std::string_view text, const ImportProfile& profile,
                                         Problems& problems) {
  std::size_t at = after_lines(text, profile.skip);
  while (at != std::string_view::npos && at < text.size() && at_record_end(text, at))
    at = skip_record_end(text, at); // blank lines before the header
  if (at == std::string_view::npos || at >= text.size()) {
    problems.file_error(
        profile.skip == 0 ? std::string("the CSV file is empty (expected a header line)")
                          : fmt::format("no header line after the {} line{} that skip: {} "
                                        "leaves out",
                                        profile.skip, profile.skip == 1 ? "" : "s", profile.skip));
    return std::nullopt;
  }
  return at;
}

} // namespace

std::vector<CsvRecord> split_csv(std::string_view text, Problems& problems, char separator,
                                 std::size_t from) {
  std::vector<CsvRecord> records;
  std::size_t i = from;
  while (i < text.size()) {
    if (at_record_end(text, i)) { // a blank line
      i = skip_record_end(text, i);
      continue;
    }
    CsvRecord record;
    for (bool more = true; more;) {
      CsvField field{{}, i, false, i};
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
        if (!at_record_end(text, i) && text[i] != separator) {
          problems.error(i, "text after a closing quote: a quote inside a quoted field is "
                            "written \"\"");
          while (!at_record_end(text, i) && text[i] != separator)
            ++i;
        }
      } else {
        while (!at_record_end(text, i) && text[i] != separator)
          field.text += text[i++];
      }
      field.end = i;
      record.push_back(std::move(field));
      more = i < text.size() && text[i] == separator;
      if (more) ++i;
    }
    records.push_back(std::move(record));
    i = skip_record_end(text, i);
  }
  return records;
}

AccountingExport read_export(std::string_view bytes, const std::string& file,
                             const ImportProfile& profile, std::optional<Month> latest) {
  const SourceText source(strip_bom(bytes), file);
  Problems problems(source);
  AccountingExport out;
  if (!check_bytes(source, problems)) throw InputError(problems.take());
  const std::optional<std::size_t> start = header_offset(source.text(), profile, problems);
  if (!start) throw InputError(problems.take());
  const std::string_view header_line = line_at(source.text(), *start);
  const char separator = profile.separator.value_or(detect_separator(header_line));
  const std::vector<CsvRecord> records = split_csv(source.text(), problems, separator, *start);
  if (records.empty()) throw InputError(problems.take()); // an unclosed quote in the header
  const CsvRecord& header = records.front();
  const HeaderColumns columns = map_header(header, profile, separator, header_line, problems);
  if (!problems.empty()) throw InputError(problems.take());

  // Each record's first row with the same fields, by its line.
  std::unordered_map<const CsvRecord*, int, SameRecordHash, SameRecord> first_rows;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& rec = records[r];
    const RowCells cells(rec, columns);
    const std::string_view client = cells.text(ImportField::client);
    if (std::any_of(profile.skip_rows.begin(), profile.skip_rows.end(),
                    [&](const std::string& p) { return matches_skip_pattern(client, p); })) {
      ++out.skipped;
      continue;
    }
    if (rec.size() > header.size()) {
      problems.error(rec.front().offset,
                     fmt::format("{} fields where the header has {}", rec.size(), header.size()));
      continue;
    }
    AccountingRow row;
    row.client = std::string(client);
    row.pos = source.position(cells.offset(ImportField::client));
    bool ok = true;
    if (row.client.empty()) {
      problems.error(cells.offset(ImportField::client), "empty client");
      ok = false;
    }
    if (cells.has(ImportField::manager)) {
      row.manager = std::string(cells.text(ImportField::manager));
      row.manager_pos = source.position(cells.offset(ImportField::manager));
    }
    const std::optional<Month> month = row_month(cells, profile, latest, problems);
    ok = ok && month;
    if (month) row.month = *month;
    // Quoting is how CSV writes a field, not a type: "1,250.00" is an amount here.
    Parsed<Money> amount = parse_export_amount(cells.text(ImportField::amount), profile.decimal);
    if (amount)
      row.amount = *amount.value;
    else
      problems.error(cells.offset(ImportField::amount), std::move(amount.error));
    ok = ok && amount;
    if (cells.has(ImportField::currency)) {
      const std::string_view code = cells.text(ImportField::currency);
      if (is_currency_code(code)) {
        row.currency = std::string(code);
        row.currency_pos = source.position(cells.offset(ImportField::currency));
      } else {
        problems.error(cells.offset(ImportField::currency),
                       code.empty() ? std::string("empty currency (expected an ISO 4217 code "
                                                  "such as USD)")
                                    : fmt::format("expected an ISO 4217 currency code such as "
                                                  "USD, not '{}'",
                                                  code));
        ok = false;
      }
    }
    // An empty invoice cell is a row without an invoice: judged as rows are without the column.
    if (cells.has(ImportField::invoice) && !cells.text(ImportField::invoice).empty()) {
      row.invoice = std::string(cells.text(ImportField::invoice));
      row.invoice_pos = source.position(cells.offset(ImportField::invoice));
    }
    if (!ok) continue;
    if (!row.invoice) {
      const auto [first, inserted] = first_rows.emplace(&rec, row.pos.line);
      if (!inserted) row.repeats_line = first->second;
    }
    out.rows.push_back(std::move(row));
  }
  if (!problems.empty()) throw InputError(problems.take());
  return out;
}

} // namespace acctmgr

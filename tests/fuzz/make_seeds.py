#!/usr/bin/env python3
"""Writes the generated part of the seed corpus of each fuzzer into tests/fuzz/corpus/<target>/.

Run from anywhere: python3 tests/fuzz/make_seeds.py. Seeds are named seed-*; files named
crash-*, regression-* or edge-* are written by hand (or minimized by libFuzzer) and kept as
they are. Inputs follow each harness's layout (see the comment at the top of fuzz_reports.cpp
and fuzz_edit.cpp): option bytes, then segments separated by a line "%%".
"""
import csv
import io
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fuzz" / "corpus"
MARKER = b"\n%%\n"

EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.yaml") if p.name != "acctmgr.yaml")
SETTINGS = (ROOT / "examples" / "acctmgr.yaml").read_bytes()
ERRORS = sorted((ROOT / "tests" / "errors").glob("*.yaml"))
# An export in the built-in layout (v2's, the examples' until v3), and the examples' real ones,
# read with the profiles of their settings file.
EXPORT = (ROOT / "tests" / "fuzz" / "own-layout-export.csv").read_bytes()
REAL_EXPORTS = {"default": (b"\x01", ROOT / "examples" / "accounting-export-2026-11.csv"),
                "costs": (b"\x02", ROOT / "examples" / "cost-export-2026-11.csv")}

# Small portfolios in the shapes the editors must handle: flow and block collections, keys
# without values, empty lists, quoted keys, comments, CRLF, a BOM, no final line break.
FLOW = b"""manager: Flow Style
currency: USD
as_of: 2026-10
clients: [{id: a, name: A, revenue: {2025-10: 100, 2026-10: 130}, cost: {2026-10: 60},
  stakeholders: [{id: p, name: P, roles: [payer, decision_maker]}],
  activity: [{date: 2026-09-01, with: [p], mode: meeting}]}, {id: b, name: B, revenue: {}}]
"""
BLOCK = b"""# comment at the top
manager: Block Style   # trailing comment
currency: EUR
as_of: 2026-10
salary: 50000
targets:
  revenue: {2026: 1000}
clients:
  - id: a
    name: "A, quoted"
    revenue:
      2025-10: 100
      2026-09: 1000.50   # a comment
    cost:
    activity:
    stakeholders:
      - id: p
        name: P
        roles: [payer]
      - {id: q, name: Q, roles: [user]}
  - id: 'b'
    name: B
    origin: new
    won: 2026-01
    forecast: {2026-11: 10}
    activity:
      - date: 2026-10-02
        with: [r]
        mode: call
        note: "first"
    stakeholders: [{id: r, name: R, roles: [decision_maker]}]"""
MINIMAL = b"manager: M\ncurrency: USD\nas_of: 2026-10\nclients: []\n"
EMPTY_CLIENT = b"manager: M\ncurrency: USD\nclients:\n  - id: x\n    name: X\n"
# Where close puts as_of: a quoted value with a comment after it; none in a flow document.
QUOTED_AS_OF = b"manager: M\ncurrency: 'USD'   # dollars\nas_of: \"2026-09\"  # closed\nclients: []\n"
FLOW_NO_AS_OF = b"{manager: M, currency: USD,\n clients: [{id: a, name: A, revenue: {2026-10: 5}}]}"


def crlf(b: bytes) -> bytes:
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def variants(name: str, text: bytes):
    yield name, text
    yield name + "-crlf", crlf(text)
    yield name + "-bom", b"\xef\xbb\xbf" + text


def portfolios():
    for p in EXAMPLES:
        yield from variants(p.stem, p.read_bytes())
    for name, text in [("flow", FLOW), ("block", BLOCK), ("minimal", MINIMAL),
                       ("empty-client", EMPTY_CLIENT), ("quoted-as-of", QUOTED_AS_OF),
                       ("flow-no-as-of", FLOW_NO_AS_OF)]:
        yield from variants(name, text)


def client_ids(text: bytes):
    """The portfolio's client ids, as text (the CSV is written as text)."""
    found = re.findall(rb"(?:^|[{\s])- id: ([a-z0-9_.-]+)|\{id: ([a-z0-9_.-]+), name", text)
    return {(a or b).decode() for a, b in found}


def export_for(text: bytes) -> bytes:
    """The example export's rows for this portfolio's clients, plus a row for a month it
    holds (unchanged or a conflict) and one summed with another."""
    ids = client_ids(text)
    rows = list(csv.reader(io.StringIO(EXPORT.decode())))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(rows[0])
    for r in rows[1:]:
        if r[2] in ids:
            w.writerow(r)
    for i in sorted(ids)[:2]:
        w.writerow(["INV-X", "2026-10-01", i, "2026-10", "100", "held month"])
        w.writerow(["INV-Y", "2026-10-02", i, "2026-09", "1,000.50", ""])
    return out.getvalue().encode()


# Import profiles (SPEC section 10, v3), the edit harness's third segment: byte 1 of an import
# picks one (1 quickbooks, 2 xero, 3 1c, 4 tabbed; 0 the built-in layout).
PROFILES = """imports:
  quickbooks:
    columns: {client: Customer, date: Date, amount: Amount, invoice: Num}
    date_format: "%m/%d/%Y"
    skip: 4
    skip_rows: [""]
  xero:
    columns: {client: ContactName, invoice: InvoiceNumber, date: InvoiceDate, amount: Total,
              currency: Currency}
    date_format: "%d/%m/%Y"
  1c:
    columns: {client: Код клиента, date: Дата, amount: Сумма, currency: Валюта, invoice: Номер}
    date_format: "%d.%m.%Y"
    decimal: ","
    skip: 2
    skip_rows: ["итого*"]
  tabbed:
    columns: {client: client, month: month, amount: amount, manager: manager}
    separator: tab
    decimal: ","
""".encode()


def grouped(amount: str, sep: str, decimal: str) -> str:
    """1234.50 as an export writes it: 1,234.50 (sep ',') or 1 234,50 (a no-break space)."""
    negative = amount.startswith("-")
    whole, cents = amount.lstrip("-").split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ("-" if negative else "") + sep.join(groups) + decimal + cents


def export_rows(text: bytes):
    """The example export's rows for this portfolio's clients: (invoice, date, client, amount)."""
    ids = client_ids(text)
    rows = list(csv.reader(io.StringIO(EXPORT.decode())))
    out = [(r[0], r[1], r[2], "%.2f" % float(r[4])) for r in rows[1:] if r[2] in ids]
    for i in sorted(ids)[:2]:  # a month the file may hold, and one summed with another
        out += [("INV-X-" + i, "2026-10-01", i, "100.00"), ("INV-Y-" + i, "2026-09-02", i, "1000.50")]
    # A credit note on the day of each of the first two invoices: its month nets positive.
    out += [("CN-" + inv, d, c, "-100.00") for inv, d, c, _ in out[:2]]
    return out


def currency_of(text: bytes) -> str:
    m = re.search(rb"^currency: ([A-Z]{3})", text, re.M)
    return m.group(1).decode() if m else "USD"


def profile_exports(text: bytes):
    """The portfolio's rows in each profile's shape: QuickBooks, Xero, 1C and tab-separated."""
    rows = export_rows(text)
    cur = currency_of(text)
    ymd = lambda d: d.split("-")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    out.write('Northwind\r\nInvoice List\r\n"October 1-31, 2026"\r\n\r\n')
    w.writerow(["Date", "Transaction type", "Num", "Customer", "Due date", "Amount"])
    for inv, d, c, a in rows:
        y, m, day = ymd(d)
        w.writerow([f"{m}/{day}/{y}", "Invoice", inv, c, "", grouped(a, ",", ".")])
    out.write('TOTAL,,,,,"99,999.00"\r\n\r\n"Monday, December 07, 2026"\r\n')
    yield "quickbooks", b"\x01\x00", out.getvalue().encode()
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ContactName", "InvoiceNumber", "InvoiceDate", "Total", "Currency", "Status"])
    for inv, d, c, a in rows:
        y, m, day = ymd(d)
        w.writerow([c, inv, f"{day}/{m}/{y}", a, cur, "PAID"])
    yield "xero", b"\x02\x00", out.getvalue().encode()
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    out.write("\ufeffРеализация за октябрь 2026;;;;;\r\nОрганизация: ТОВ;;;;;\r\n")
    w.writerow(["Дата", "Номер", "Контрагент", "Код клиента", "Сумма", "Валюта"])
    for inv, d, c, a in rows:
        y, m, day = ymd(d)
        w.writerow([f"{day}.{m}.{y}", inv, 'ТОВ "Клиент; філія"', c, grouped(a, "\u00a0", ","), cur])
    w.writerow(["", "", "", "ИТОГО", "1\u00a0000,00", ""])
    data = out.getvalue().encode()
    yield "1c", b"\x03\x00", data
    yield "1c-closed", b"\x03\x01", data  # months after 2026-10 refused
    manager = re.search(rb"^manager: *(.*?) *(#.*)?$", text, re.M)
    manager = manager.group(1).decode().strip("\r") if manager else ""
    out = io.StringIO()
    out.write("manager\tclient\tmonth\tamount\n")
    for inv, d, c, a in rows:
        out.write(f"{manager}\t{c}\t{d[:7]}\t{a.replace('.', ',')}\n")
    yield "tabbed", b"\x04\x00", out.getvalue().encode()


def write(target: str, name: str, data: bytes):
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / f"seed-{name}").write_bytes(data)


def main():
    for target in ("fuzz_parse_portfolio", "acctmgr_fuzz", "acctmgr_fuzz_edit"):
        for old in (CORPUS / target).glob("seed-*"):
            old.unlink()
    # The loader alone: every portfolio, the settings file, every bad input.
    for name, text in portfolios():
        write("fuzz_parse_portfolio", name, text)
    write("fuzz_parse_portfolio", "settings", SETTINGS)
    for p in ERRORS:
        write("fuzz_parse_portfolio", "error-" + p.stem, p.read_bytes())

    # Reports: option bytes (period kind, as-of, basis, check flags, what-if), then the
    # portfolio, or the settings file and one or two portfolios.
    options = [b"\x00\x00", b"\x89\x13", b"\xd2\x24", b"\xb3\x61", b"\x04\x02", b"\x95\xb5"]
    for i, (name, text) in enumerate(portfolios()):
        write("acctmgr_fuzz", name, options[i % len(options)] + text)
        write("acctmgr_fuzz", name + "-settings",
              options[(i + 1) % len(options)] + SETTINGS + MARKER + text)
    pairs = [(EXAMPLES[i], EXAMPLES[(i + 1) % len(EXAMPLES)]) for i in range(len(EXAMPLES))]
    for i, (a, b) in enumerate(pairs):
        write("acctmgr_fuzz", f"team-{a.stem}-{b.stem}",
              options[i % len(options)] + SETTINGS + MARKER + a.read_bytes() + MARKER +
              b.read_bytes())
    for p in ERRORS:
        write("acctmgr_fuzz", "error-" + p.stem, b"\x00\x00" + p.read_bytes())

    # Edits: option bytes (operation, kind, --replace, close; client, month, amount,
    # stakeholders, mode, date), then the portfolio and an accounting export for its clients.
    ops = {
        "import": b"\x00" + bytes(9),
        "import-replace": b"\x10" + bytes(9),
        "import-cost": b"\x14" + bytes(9),
        "import-forecast": b"\x08" + bytes(9),
        "set-month": b"\x01\x00\x28\x00\x00\x00\x01\x86\xa0\x01",
        "set-month-new": b"\x05\x01\x2b\x00\x00\x00\x00\x30\x39\x01",
        "set-month-old": b"\x09\x02\x01\x00\x00\x00\x00\x00\x64\x00",
        "log": b"\x02\x00\x03\x00\x20\x05" + bytes(4),
        "log-other": b"\x02\x01\xff\x02\x01\x1c" + bytes(4),
        "close": b"\x20\x00" + bytes(8),
        "close-back": b"\x20\x03" + bytes(8),
    }
    for name, text in portfolios():
        export = export_for(text)
        for op, head in ops.items():
            tail = export if op.startswith("import") else b"Lunch at the \"Ritz\", agreed\n"
            write("acctmgr_fuzz_edit", f"{name}-{op}", head + text + MARKER + tail)
        for profile, head, export in profile_exports(text):
            write("acctmgr_fuzz_edit", f"{name}-import-{profile}",
                  b"\x00" + head + bytes(7) + text + MARKER + export + MARKER + PROFILES)
    write("acctmgr_fuzz_edit", "example-export",
          ops["import"] + EXAMPLES[0].read_bytes() + MARKER + EXPORT)
    for p in EXAMPLES:
        for profile, (byte, path) in REAL_EXPORTS.items():
            head = (ops["import-cost"] if profile == "costs" else ops["import"])[:1] + byte
            write("acctmgr_fuzz_edit", f"example-{p.stem}-import-{profile}",
                  head + bytes(8) + p.read_bytes() + MARKER + path.read_bytes() + MARKER +
                  SETTINGS)


if __name__ == "__main__":
    main()

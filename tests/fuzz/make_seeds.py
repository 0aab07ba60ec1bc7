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
EXPORT = (ROOT / "examples" / "accounting-export.csv").read_bytes()

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
    return re.findall(rb"(?:^|[{\s])- id: ([a-z0-9_.-]+)|\{id: ([a-z0-9_.-]+), name", text)


def export_for(text: bytes) -> bytes:
    """The example export's rows for this portfolio's clients, plus a row for a month it
    holds (unchanged or a conflict) and one summed with another."""
    ids = {a or b for a, b in client_ids(text)}
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
    write("acctmgr_fuzz_edit", "example-export",
          ops["import"] + EXAMPLES[0].read_bytes() + MARKER + EXPORT)


if __name__ == "__main__":
    main()

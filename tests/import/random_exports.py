#!/usr/bin/env python3
"""Usage: random_exports.py ACCTMGR [ROUNDS]  (ctest: import/random_exports)

A second implementation of SPEC section 10's import, checked against acctmgr on random
exports. Each round writes a portfolio and a settings file with four import profiles (the
shapes of QuickBooks Online, Xero, a 1C-style European system and a tab-separated sheet), an
export in one of them with random invoices and credit notes, then runs `acctmgr import` and
compares every month of every client in the written file with the totals summed here, in
integer cents, from the rows as this script generated them. Names are written as the id, the
name or an alias, in any case and with doubled or surrounding white space; amounts grouped or
not; a BOM, CRLF line ends, title lines, quoted separators and line breaks, total and blank
rows appear at random.

Every third round also plants one bad row (an amount, a date, a client or a currency that the
SPEC refuses) and checks that the import exits 2, names the CSV at that physical line, and
leaves the portfolio byte for byte as it was.

The rounds are seeded: a failure names its seed, and `random_exports.py ACCTMGR 1 SEED`
replays it, leaving its files in the printed directory.
"""
import os
import random
import subprocess
import sys
import tempfile

import yaml

MONTHS = [f"{y}-{m:02d}" for y in (2025, 2026) for m in range(1, 13)][:18]  # to 2026-06
LATIN = ["Acme", "Harbor", "Northwind", "Globex", "Initech", "Umbrella", "Vandelay", "Wayne"]
CYRILLIC = ["Київ", "Дніпро", "Львів", "Харків", "Одеса", "Полтава"]
SUFFIXES = ["Logistics Inc.", "Trading GmbH", "Group", "Foods", "ТОВ", "Systems, Ltd."]

PROFILES = """imports:
  quickbooks:
    columns: {client: Customer, date: Date, amount: Amount, invoice: Num}
    date_format: "%m/%d/%Y"
    skip: 3
    skip_rows: ["TOTAL", ""]
  xero:
    columns: {client: ContactName, invoice: InvoiceNumber, date: InvoiceDate, amount: Total,
              currency: Currency}
    date_format: "%d/%m/%Y"
  1c:
    columns: {client: Контрагент, date: Дата, amount: Сумма, currency: Валюта, invoice: Номер}
    date_format: "%d.%m.%Y"
    decimal: ","
    skip: 2
    skip_rows: ["итого*"]
  tabbed:
    columns: {client: client, month: month, amount: amount, manager: manager}
    separator: tab
    decimal: ","
"""


def clients(rnd):
    """Clients with distinct ids, names and aliases (compared as the SPEC compares them)."""
    out, seen = [], set()
    while len(out) < rnd.randint(1, 7):
        name = f"{rnd.choice(LATIN + CYRILLIC)} {rnd.choice(SUFFIXES)}"
        alias = f"{name} {rnd.choice(['(EMEA)', 'Holding', 'Ltd', 'Branch'])}"
        if {name.lower(), alias.lower()} & seen:
            continue
        seen |= {name.lower(), alias.lower()}
        cid = f"c{len(out) + 1}"
        seen.add(cid)
        out.append({"id": cid, "name": name, "alias": alias,
                    "currency": rnd.choice(["USD", "USD", "EUR"])})
    return out


def portfolio(cs, rnd):
    """The portfolio's text, and the ids of the clients that already hold 2024-12."""
    lines, held = ["manager: Random Round", "currency: USD", "as_of: 2026-06", "clients:"], []
    for c in cs:
        lines += [f"  - id: {c['id']}", f"    name: \"{c['name']}\"",
                  f"    aliases: [\"{c['alias']}\"]"]
        if c["currency"] != "USD":
            lines.append(f"    currency: {c['currency']}")
        if rnd.random() < 0.5:  # a month the file holds already: it must stay
            lines.append("    revenue: {2024-12: 1000}")
            held.append(c["id"])
    return "\n".join(lines) + "\n", held


def spelled(c, rnd):
    """How an export names the client: id, name or alias, in any case, spaces doubled."""
    text = rnd.choice([c["id"], c["name"], c["alias"]])
    text = rnd.choice([text, text.upper(), text.lower()])
    if rnd.random() < 0.3:
        text = text.replace(" ", "  ", 1)
    if rnd.random() < 0.2:
        text = f"  {text} "
    return text


def amount_text(cents, decimal, rnd):
    """Cents as an export writes them: grouped by threes or not, the decimal part optional."""
    negative, cents = cents < 0, abs(cents)
    whole, frac = divmod(cents, 100)
    digits = str(whole)
    if rnd.random() < 0.6 and whole >= 1000:
        sep = rnd.choice([",", " "] if decimal == "." else [".", " ", "\u00a0", "'"])
        groups = []
        while len(digits) > 3:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        digits = sep.join([digits] + groups)
    text = digits
    if frac or rnd.random() < 0.7:
        text += decimal + (f"{frac:02d}" if frac % 10 or rnd.random() < 0.5 else str(frac // 10))
    return ("-" if negative else "") + text


def date_text(month, fmt, rnd):
    y, m = month.split("-")
    d = f"{rnd.randint(1, 28):02d}"
    return fmt.replace("%Y", y).replace("%m", m).replace("%d", d)


def quote(field, sep):
    if any(ch in field for ch in (sep, '"', "\n", "\r")) or field != field.strip(" "):
        return '"' + field.replace('"', '""') + '"'
    return field


def rows_for(cs, rnd):
    """Invoices and credit notes: (client, month, cents); each month nets at least 0."""
    rows, totals = [], {}
    for c in cs:
        for month in rnd.sample(MONTHS, rnd.randint(1, 6)):
            net = 0
            for _ in range(rnd.randint(1, 4)):
                cents = rnd.choice([rnd.randint(0, 99), rnd.randint(100, 10**6),
                                    rnd.randint(10**6, 10**11)])
                rows.append((c, month, cents))
                net += cents
            if net > 0 and rnd.random() < 0.4:  # a credit note, up to the whole month
                credit = -rnd.randint(1, net)
                rows.append((c, month, credit))
                net += credit
            totals[(c["id"], month)] = net
    rnd.shuffle(rows)
    return rows, totals


SEPARATOR = {"quickbooks": ",", "xero": ",", "1c": ";", "tabbed": "\t"}
DATE_FORMAT = {"quickbooks": "%m/%d/%Y", "xero": "%d/%m/%Y", "1c": "%d.%m.%Y"}
NOT_A_DATE = {"quickbooks": "02/30/2026", "xero": "30/02/2026", "1c": "30.02.2026",
              "tabbed": "2026-13"}


def export(profile, rows, rnd, bad=None):
    """The export's text and the physical line (1-based) of each row, of its spoilt cell for
    the spoilt row. The row at index
    bad[0], if any, is spoilt as bad[1] says: an amount, a date (30 February, or month 13), a
    client or a currency that the SPEC refuses."""
    sep = SEPARATOR[profile]
    decimal = "," if profile in ("1c", "tabbed") else "."
    lines, where = [], []
    if profile == "quickbooks":
        lines += ["Random Co", "Sales by Customer Detail", "January 2025 - June 2026",
                  "Num,Date,Customer,Memo,Amount"]
    elif profile == "xero":
        lines.append("ContactName,InvoiceNumber,InvoiceDate,Total,Currency,Description")
    elif profile == "1c":
        lines += ["Реализация товаров и услуг;;;;", "Период: 2025-2026;;;;",
                  "Номер;Дата;Контрагент;Сумма;Валюта"]
    else:
        lines.append("manager\tclient\tmonth\tamount")
    for i, (c, month, cents) in enumerate(rows):
        spoilt = bad[1] if bad and bad[0] == i else None
        name = "Nobody Of That Name" if spoilt == "client" else spelled(c, rnd)
        amount = amount_text(cents, decimal, rnd) + ("x" if spoilt == "amount" else "")
        currency = "JPY" if spoilt == "currency" else c["currency"]
        date = (NOT_A_DATE[profile] if spoilt == "date"
                else date_text(month, DATE_FORMAT[profile], rnd) if profile in DATE_FORMAT
                else month)
        memo = rnd.choice(["", "Services", "Line one\nline two", 'Said "fine", signed'])
        if profile == "quickbooks":
            fields = [f"INV-{i}", date, name, memo, amount]
        elif profile == "xero":
            fields = [name, f"INV-{i}", date, amount, currency, memo]
        elif profile == "1c":
            fields = [f"РН-{i}", date, name, amount, currency]
        else:
            fields = ["Random Round", name, date, amount]
        cells = [quote(f, sep) for f in fields]
        line = sum(text.count("\n") + 1 for text in lines) + 1
        if spoilt:  # the line of the spoilt cell: a quoted line break before it moves it
            cell = fields.index({"client": name, "amount": amount, "date": date,
                                 "currency": currency}[spoilt])
            line += sep.join(cells[:cell]).count("\n")
        where.append(line)
        lines.append(sep.join(cells))
    if profile == "quickbooks":
        lines += ["TOTAL,,,,", "", "Cash basis, Monday"]
    elif profile == "1c":
        lines.append(";;Итого;;")
    eol = rnd.choice(["\n", "\r\n"])
    return ("\ufeff" if rnd.random() < 0.3 else "") + eol.join(lines) + eol, where


def cents_of(text):
    """'1234', '-1234.5' or '1234.56' as integer cents, exactly."""
    sign = -1 if text.startswith("-") else 1
    whole, _, frac = text.lstrip("-").partition(".")
    return sign * (int(whole) * 100 + int((frac + "00")[:2]))


def round_(acctmgr, seed, keep):
    """One random export imported; True when acctmgr agrees with this script."""
    rnd = random.Random(seed)
    cs = clients(rnd)
    profile = rnd.choice(sorted(SEPARATOR))
    rows, totals = rows_for(cs, rnd)
    bad = None
    if seed % 3 == 0:  # one bad row, at a random place, written like the others
        at = rnd.randint(0, len(rows))
        rows.insert(at, (rnd.choice(cs), "2026-01", 12345))
        kinds = ["amount", "date", "client"] + (["currency"] if profile in ("xero", "1c") else [])
        bad = (at, rnd.choice(kinds))
    csv_text, where = export(profile, rows, rnd, bad)
    text, held = portfolio(cs, rnd)

    d = tempfile.mkdtemp(prefix=f"acctmgr-import-{seed}-")
    files = {"acctmgr.yaml": "reporting_currency: USD\nfx:\n  2025: {EUR: 1.1}\n"
                             "  2026: {EUR: 1.1}\n" + PROFILES,
             "book.yaml": text, "export.csv": csv_text}
    for name, content in files.items():
        with open(os.path.join(d, name), "w", encoding="utf-8", newline="") as f:
            f.write(content)
    run = subprocess.run([acctmgr, "import", "--profile", profile, "export.csv", "book.yaml"],
                         cwd=d, capture_output=True, text=True,
                         env={"PATH": os.environ.get("PATH", ""), "NO_COLOR": "1"})
    with open(os.path.join(d, "book.yaml"), encoding="utf-8", newline="") as f:
        after = f.read()
    failures = []
    if bad:
        if run.returncode != 2:
            failures.append(f"a bad {bad[1]}: exit {run.returncode}, not 2")
        if f"export.csv:{where[bad[0]]}:" not in run.stderr:
            failures.append(f"a bad {bad[1]} at line {where[bad[0]]}: not reported there")
        if after != text:
            failures.append("a refused import changed the portfolio")
    elif run.returncode != 0:
        failures.append(f"exit {run.returncode}")
    else:
        book = yaml.load(after, Loader=yaml.BaseLoader)  # every scalar as text: exact
        got = {(c["id"], month): cents_of(value) for c in book["clients"]
               for month, value in (c.get("revenue") or {}).items()}
        want = dict(totals)
        want.update({(cid, "2024-12"): 100000 for cid in held})  # held before: it stays
        for key in sorted(set(got) | set(want)):
            if got.get(key) != want.get(key):
                failures.append(f"{key[0]} {key[1]}: imported {got.get(key)} cents, "
                                f"the rows sum to {want.get(key)}")
    if failures:
        print(f"seed {seed} ({profile}, {len(rows)} rows) failed; its files are in {d}:")
        for line in failures[:10]:
            print("  " + line)
        print("  stderr: " + run.stderr.strip()[:2000])
        return False
    if not keep:
        for name in files:
            os.remove(os.path.join(d, name))
        os.rmdir(d)
    return True


def main():
    acctmgr = os.path.abspath(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 150
    first = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    ok = sum(round_(acctmgr, seed, keep=len(sys.argv) > 3)
             for seed in range(first, first + rounds))
    print(f"{ok} of {rounds} random exports imported as summed here")
    return 0 if ok == rounds else 1


if __name__ == "__main__":
    sys.exit(main())

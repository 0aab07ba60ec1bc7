#!/usr/bin/env python3
"""The examples' HTML review in headless Chromium (SPEC section 11, v3): what a machine can see.

Usage: check_review.py ACCTMGR CHROMIUM EXAMPLES_DIR OUT_DIR

Renders `acctmgr review --format html EXAMPLES_DIR` into OUT_DIR/review.html, then
- loads a copy with a measuring script in a 1280 x 900 window (--dump-dom): no element reaches
  past the viewport's right edge, and the document has no horizontal scroll;
- checks the order of the parts (team, then the managers in input order, then silenced and
  bonus) and of the sections in each (team figures, top actions, summary; figures, chart,
  clients, pipeline, findings), and that no section is empty (a table without rows says "none"
  on its heading's line instead);
- prints the review to A4 (--print-to-pdf) and counts its pages: at most 6.
Exits 1 with what failed.
"""

import json
import os
import re
import subprocess
import sys

MAX_PAGES = 6
WIDTH = 1280

MEASURE = """
<script>
(function () {
  const width = document.documentElement.clientWidth;
  const wide = [];
  for (const e of document.querySelectorAll('body *')) {
    const r = e.getBoundingClientRect();
    if (r.width > 0 && r.right > width + 0.5)
      wide.push(e.tagName.toLowerCase() + '.' + (e.className.baseVal !== undefined ?
        e.className.baseVal : e.className) + ' right=' + Math.round(r.right) + ' ' +
        (e.textContent || '').trim().slice(0, 40));
  }
  const parts = [];
  for (const part of document.querySelectorAll('main > section.part')) {
    const sections = [];
    for (const s of part.children) {
      if (s.tagName === 'H2') continue;
      const heading = s.querySelector('h3');
      sections.push({
        kind: s.tagName === 'FIGURE' ? 'chart' : s.className,
        title: heading ? heading.firstChild.textContent.trim() : '',
        rows: s.querySelectorAll('tbody tr').length,
        figures: s.querySelectorAll('dl.figures > div').length,
        bars: s.querySelectorAll('rect.bar').length,
        none: s.querySelector('.none') !== null,
      });
    }
    parts.push({heading: part.querySelector('h2').textContent, sections: sections});
  }
  const out = {width: width, scroll_width: document.documentElement.scrollWidth,
               wide: wide, parts: parts};
  const pre = document.createElement('pre');
  pre.id = 'measured';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                  "--no-first-run", "--disable-dev-shm-usage"]


def chromium(binary, *args):
    return subprocess.run([binary, *CHROMIUM_FLAGS, *args], check=True, capture_output=True,
                          text=True, timeout=120).stdout


def page_count(pdf):
    try:
        info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    except (OSError, subprocess.CalledProcessError):
        data = open(pdf, "rb").read()
        return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def main():
    acctmgr, browser, examples, out = sys.argv[1:5]
    os.makedirs(out, exist_ok=True)
    review = os.path.join(out, "review.html")
    subprocess.run([acctmgr, "review", "-o", review, examples], check=True)
    html = open(review, encoding="utf-8").read()
    failures = []
    if "<script" in html:
        failures.append("the review holds a script")
    if re.search(r"""(src|href)=["']?(https?:|//)""", html) or "@import" in html:
        failures.append("the review refers to something outside the file")

    measured_page = os.path.join(out, "measure.html")
    with open(measured_page, "w", encoding="utf-8") as f:
        f.write(html.replace("</body>", MEASURE + "</body>"))
    dom = chromium(browser, f"--window-size={WIDTH},900", "--virtual-time-budget=5000",
                   "--dump-dom", "file://" + os.path.abspath(measured_page))
    found = re.search(r'<pre id="measured">(.*?)</pre>', dom, re.S)
    if not found:
        print("the measuring script wrote nothing", file=sys.stderr)
        return 1
    m = json.loads(found.group(1).replace("&quot;", '"').replace("&lt;", "<")
                   .replace("&gt;", ">").replace("&amp;", "&"))
    if m["width"] > WIDTH or m["width"] < WIDTH - 20:
        failures.append(f"viewport {m['width']} px, not {WIDTH}")
    if m["scroll_width"] > m["width"]:
        failures.append(f"horizontal scroll: {m['scroll_width']} px in a {m['width']} px window")
    for e in m["wide"][:20]:
        failures.append("wider than the window: " + e)

    headings = [p["heading"] for p in m["parts"]]
    managers = sorted({json.loads(subprocess.run(
        [acctmgr, "summary", "--format", "json", examples], check=True, capture_output=True,
        text=True).stdout)[i]["manager"] for i in range(4)})
    expected = ["team", *managers, "silenced and bonus"]
    if headings != expected:
        failures.append(f"parts {headings}, expected {expected}")
    order = {"team": ["team figures", "top actions", "summary"],
             "silenced and bonus": ["silenced", "bonus"]}
    for part in m["parts"]:
        kinds = []
        for s in part["sections"]:
            title = s["title"].split(" (")[0]
            kinds.append("chart" if s["kind"] == "chart" else title)
            empty = s["rows"] == 0 and s["figures"] == 0 and s["bars"] == 0
            if empty and not s["none"]:
                failures.append(f"{part['heading']}: empty section {s['title']!r} without 'none'")
            if s["none"] and "empty" not in s["kind"].split():
                failures.append(f"{part['heading']}: {s['title']!r} says none but has rows")
        want = order.get(part["heading"], ["figures", "chart", "clients", "pipeline", "findings"])
        if kinds != want:
            failures.append(f"{part['heading']}: sections {kinds}, expected {want}")

    pdf = os.path.join(out, "print.pdf")
    chromium(browser, "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
             "file://" + os.path.abspath(review))
    pages = page_count(pdf)
    if not 1 <= pages <= MAX_PAGES:
        failures.append(f"{pages} A4 pages, at most {MAX_PAGES}")

    print(f"viewport {m['width']} px, document {m['scroll_width']} px wide; parts: "
          f"{', '.join(headings)}; A4 pages: {pages}")
    for f in failures:
        print("FAIL: " + f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

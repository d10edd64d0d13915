#!/usr/bin/env python3
"""Checks NewsFigures HTML reports in headless Chromium (see scripts/test-report-browser.sh).

For each --records/--report pair: renders the page to DOM text and PNG (desktop and phone width),
and runs a probe copy of the page (the report itself has no scripts) whose script measures what the
browser made of it: every <mark>, its text, colour, size, and its details card before and after
keyboard focus; the charts; the page width on a phone. Then compares with the records: every
figure of every record must have its highlight. Exit status 1 on any failed check.
"""
import argparse
import glob
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import zlib
from html.parser import HTMLParser

PROBE = r"""
<script>
(function () {
  window.focus();
  const out = {marks: [], charts: [], headings: [], errors: [], hasFocus: document.hasFocus()};
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  for (const m of document.querySelectorAll('mark.fig')) {
    const copy = m.cloneNode(true);
    copy.querySelectorAll('.tip, .flag').forEach((e) => e.remove());
    const tip = m.querySelector(':scope > .tip');
    const style = getComputedStyle(m);
    const before = tip ? getComputedStyle(tip).display : 'missing';
    m.focus();
    const focused = document.activeElement === m;
    const after = tip ? getComputedStyle(tip).display : 'missing';
    const tipVisible = tip ? visible(tip) : false;
    const tipText = tip ? tip.textContent : '';
    m.blur();
    out.marks.push({id: m.id, kind: m.dataset.kind, figure: m.dataset.figure, text: copy.textContent,
      background: style.backgroundColor, underline: style.borderBottomStyle, visible: visible(m),
      tipBefore: before, tipAfter: after, tipVisible: tipVisible, tipText: tipText, focused: focused});
  }
  for (const s of document.querySelectorAll('svg.chart')) {
    const t = s.querySelector('title');
    const d = s.querySelector('desc');
    out.charts.push({title: t ? t.textContent : '', desc: d ? d.textContent : '', points: s.querySelectorAll('circle').length,
      ticks: s.querySelectorAll('text.tick').length, axisTitles: s.querySelectorAll('text.axis-title').length,
      width: s.getBoundingClientRect().width, height: s.getBoundingClientRect().height});
  }
  for (const h of document.querySelectorAll('h1, h2, h3, h4')) out.headings.push(h.tagName + ' ' + h.textContent.trim());
  out.wide = [];
  for (const e of document.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.right > window.innerWidth + 1 && getComputedStyle(e).display !== 'none' && out.wide.length < 8 && !e.closest('.tip'))
      out.wide.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right));
  }
  out.scrollWidth = document.documentElement.scrollWidth;
  out.innerWidth = window.innerWidth;
  out.height = document.documentElement.scrollHeight;
  const pre = document.createElement('pre');
  pre.id = 'nf-probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""


def chromium(browser, args, profile):
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
           "--disable-extensions", "--disable-background-networking", "--force-device-scale-factor=1",
           "--user-data-dir=" + profile] + args
    run = subprocess.run(cmd, capture_output=True, timeout=180)
    if run.returncode != 0:
        sys.exit("chromium failed (%d): %s" % (run.returncode, run.stderr.decode(errors="replace")[-2000:]))
    return run.stdout.decode("utf-8", errors="replace")


def png_pixels(path):
    """(width, height, rows of RGB(A) bytes) of an 8-bit, non-interlaced PNG (what Chromium writes)."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise ValueError("unsupported PNG (depth %d, colour %d, interlace %d)" % (depth, colour, interlace))
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def not_blank(path, problems):
    width, height, channels, rows = png_pixels(path)
    colours, inked, total = set(), 0, 0
    for row in rows[::4]:
        for x in range(0, width * channels, channels * 4):
            px = row[x:x + 3]
            total += 1
            colours.add(px)
            if sum(px) < 600:
                inked += 1
    share = inked / max(1, total)
    if len(colours) < 20 or share < 0.01:
        problems.append("%s looks blank: %d colours, %.2f %% inked" % (path, len(colours), 100 * share))
    return "%s: %dx%d, %d colours sampled, %.1f %% of pixels inked" % (os.path.basename(path), width, height, len(colours), 100 * share)


class TextOf(HTMLParser):
    """The visible text of a DOM dump (no style element content)."""

    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0
        self.external = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("style", "script"):
            self.skip += 1
        if tag in ("script", "img", "iframe", "video", "audio", "source", "embed", "object") and (a.get("src") or a.get("data")):
            self.external.append("<%s src=%s>" % (tag, a.get("src") or a.get("data")))
        if tag == "link" and a.get("href"):
            self.external.append("<link href=%s>" % a.get("href"))
        if tag in ("p", "li", "tr", "h1", "h2", "h3", "h4", "div", "br", "dt", "section", "article"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def load_records(path):
    files = sorted(glob.glob(os.path.join(path, "*.jsonl"))) if os.path.isdir(path) else [path]
    out = []
    for name in files:
        for line in open(name, encoding="utf-8"):
            line = line.strip()
            if line:
                obj = json.loads(line)
                if "figures" in obj:
                    out.append(obj)
    return out


def check(browser, out, records_path, report_path, profile):
    problems, notes = [], []
    name = os.path.splitext(os.path.basename(report_path))[0]
    records = load_records(records_path)
    page = open(report_path, encoding="utf-8").read()
    # Self-contained: no scripts, no stylesheets or images from elsewhere.
    scan = TextOf()
    scan.feed(page)
    if "<script" in page.lower():
        problems.append("%s: the report has a script" % name)
    if scan.external:
        problems.append("%s: loads from elsewhere: %s" % (name, scan.external[:5]))
    if re.search(r"url\(|@import", page):
        problems.append("%s: the stylesheet refers to other files" % name)
    probe_path = os.path.join(out, name + ".probe.html")
    with open(probe_path, "w", encoding="utf-8") as f:
        f.write(page.replace("</body>", PROBE + "</body>"))
    url = "file://" + os.path.abspath(probe_path)

    def probe(width, height):
        # A headless window that has not got the system's focus yet (seen on a loaded machine) matches no
        # :focus rule although the element is the active one: every card then reads "none" after focus.
        # That is the browser's state, not the page's: the probe is run again, up to three times.
        for attempt in range(3):
            dom = chromium(browser, ["--window-size=%d,%d" % (width, height), "--dump-dom", url], profile)
            found = re.search(r'<pre id="nf-probe">(.*?)</pre>', dom, re.S)
            if not found:
                sys.exit("%s: the probe did not run (DOM: %d bytes)" % (name, len(dom)))
            text = found.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
            result = json.loads(text)
            marks = result.get("marks", [])
            unfocused = marks and all(m.get("focused") and m.get("tipAfter") == "none" for m in marks)
            if not unfocused:
                return result
            print("report-browser: %s: no :focus style matched in this run (window without focus); again" % name, file=sys.stderr)
        return result

    desktop = probe(1280, 900)
    # Headless Chromium lays a DOM dump out at least 500 px wide (a 390 px window gives 500); the
    # phone screenshot below is the real 390 px.
    phone = probe(390, 844)
    # DOM text of the report itself (no probe), kept as an artefact.
    dom = chromium(browser, ["--window-size=1280,900", "--dump-dom", "file://" + os.path.abspath(report_path)], profile)
    with open(os.path.join(out, name + ".dom.html"), "w", encoding="utf-8") as f:
        f.write(dom)
    text = TextOf()
    text.feed(dom)
    dom_text = re.sub(r"\n\s*\n+", "\n", "".join(text.parts))
    with open(os.path.join(out, name + ".dom.txt"), "w", encoding="utf-8") as f:
        f.write(dom_text)
    for needed in ("Overview", "Series across documents", "Articles"):
        if needed not in dom_text:
            problems.append("%s: the DOM text has no %r" % (name, needed))

    # Every figure of every record has its highlight: right text, coloured, visible, details on focus.
    marks = {m["id"]: m for m in desktop["marks"]}
    expected = 0
    for n, record in enumerate(records):
        for i, figure in enumerate(record["figures"]):
            expected += 1
            m = marks.get("a%d-f%d" % (n, i))
            where = "%s: %s figure %d (%r)" % (name, record["source"], i, figure["text"])
            if m is None:
                problems.append(where + ": no highlight in the DOM")
                continue
            if m["text"] != figure["text"]:
                problems.append(where + ": highlighted text is %r" % m["text"])
            if m["kind"] != figure["kind"]:
                problems.append(where + ": marked as %s" % m["kind"])
            if m["background"] in ("rgba(0, 0, 0, 0)", "transparent") or m["underline"] in ("none", ""):
                problems.append(where + ": no colour (%s, %s)" % (m["background"], m["underline"]))
            if not m["visible"]:
                problems.append(where + ": not rendered")
            if m["tipBefore"] != "none" or m["tipAfter"] != "block" or not m["tipVisible"] or not m["focused"]:
                problems.append(where + ": details card %s before focus, %s after (focused %s)" % (m["tipBefore"], m["tipAfter"], m["focused"]))
            if not m["tipText"].startswith("kind " + figure["kind"]):
                problems.append(where + ": details card does not name the kind: %r" % m["tipText"])
    if len(desktop["marks"]) != expected:
        problems.append("%s: %d highlights for %d figures" % (name, len(desktop["marks"]), expected))
    kinds = {}
    for m in desktop["marks"]:
        kinds.setdefault(m["kind"], set()).add((m["background"], m["underline"]))
    if len({k: next(iter(v)) for k, v in kinds.items()}.values()) != len(kinds) or any(len(v) != 1 for v in kinds.values()):
        problems.append("%s: kinds do not each have one distinct style: %s" % (name, kinds))
    notes.append("%s: %d records, %d figures, %d highlights (%s)" % (
        name, len(records), expected, len(desktop["marks"]),
        ", ".join("%s %d" % (k, sum(1 for m in desktop["marks"] if m["kind"] == k)) for k in sorted(kinds))))

    # Charts.
    charts = desktop["charts"]
    if not charts:
        problems.append("%s: no series chart" % name)
    for c in charts:
        if c["points"] < 2 or c["ticks"] < 4 or c["axisTitles"] != 2 or c["width"] < 200 or c["height"] < 80:
            problems.append("%s: chart %r is incomplete: %s" % (name, c["title"], c))
    notes.append("%s: charts: %s" % (name, "; ".join("%s (%d points)" % (c["title"], c["points"]) for c in charts)))

    # Structure: one h1, the section headings, an h3 per article shown.
    h1 = [h for h in desktop["headings"] if h.startswith("H1 ")]
    if len(h1) != 1:
        problems.append("%s: %d h1 headings" % (name, len(h1)))
    for section in ("H2 Overview", "H2 Series across documents", "H2 Articles"):
        if section not in desktop["headings"]:
            problems.append("%s: no %r heading" % (name, section))
    if phone["scrollWidth"] > phone["innerWidth"] + 1:
        problems.append("%s: scrolls sideways on a phone (%d px wide in %d): %s" % (name, phone["scrollWidth"], phone["innerWidth"], phone["wide"]))

    # Screenshots of the whole page, desktop and phone.
    shots = []
    for label, width, height in (("desktop", 1280, desktop["height"]), ("phone", 390, phone["height"])):
        png = os.path.join(out, "%s.%s.png" % (name, label))
        chromium(browser, ["--window-size=%d,%d" % (width, min(height + 20, 16000)), "--screenshot=" + png,
                           "file://" + os.path.abspath(report_path)], profile)
        shots.append(not_blank(png, problems))
    notes += shots
    return problems, notes, records


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--browser", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--records", action="append", required=True)
    parser.add_argument("--report", action="append", required=True)
    args = parser.parse_args()
    problems, notes = [], []
    with tempfile.TemporaryDirectory() as profile:
        for records, report in zip(args.records, args.report):
            p, n, loaded = check(args.browser, args.out, records, report, profile)
            problems += p
            notes += n
    # The fixtures' report has the series the project started from: Zhejiang's buyers, 2020 → 2024.
    first = open(args.report[0], encoding="utf-8").read()
    if not re.search(r'<title id="chart\d+-title">buyers: count by published date</title>', first) or \
            "2020-11-07: 14,600 (" not in first or "2024-10-30: over 43,000 (" not in first:
        problems.append("the fixtures' report has no buyers chart from 2020-11-07 (14,600) to 2024-10-30 (over 43,000)")
    for n in notes:
        print("report-browser: " + n)
    for p in problems:
        print("report-browser: FAIL " + p, file=sys.stderr)
    print("report-browser: %s; artefacts in %s" % ("FAILED, %d problems" % len(problems) if problems else "passed", args.out))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

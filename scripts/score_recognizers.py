#!/usr/bin/env python3
"""Scores `newsfigures extract` on Microsoft Recognizers-Text's English cases
(../shared/corpora/recognizers-text-en, see its FORMAT.md).

Each case's input goes through the extractor as an article body (--as-body), with the case's
reference date as the published date. Per suite, predictions of the suite's kind are matched to
expected entities one to one: spans must overlap and the value must agree (kind + value; + currency
for money; + the resolved date for dates; + bound and ends for ranges). Precision = matched
predictions / predictions; recall = matched expected / expected. Cases whose upstream reference
implementation fails (reference_impl_fails) are scored separately and not in the main figures.
Negative cases (expected: []) count as passed when nothing of the kind is extracted.
number_range scores bounded figures only (bound range/min/max); a plain count is scored there only
where the case expects an exact value ("equals 20").

The number suites (number, number_range) print two rows: the plain scores, then the policy-adjusted
ones ("policy"). The policy row follows the project's negative list (DESIGN.md, "What figure means"; NameRules+English.swift):
numbers in names, phone numbers, identifiers and licence numbers, URLs and e-mail addresses, times
of day and ordinals are never figures. An expected entity of one of these classes is dropped from
the policy row's expected set, with any prediction overlapping it (neither credited nor charged):
  - a dotted code of three or more groups ("192.168.1.2": an address or version number);
  - a bare run of NameRules.identifierDigits (7) or more digits ("123456789101231");
  - digits with a single capital letter against them ("10G", "10M", like "5G" and "3M");
  - a number joined by a hyphen to a word before it ("SCP-173", like "COVID-19");
  - a numeric date ("5/17/2018": read as a date, not as three numbers);
  - a phone number ("+1-222-2222/2222", or four or more digit groups joined by - or /);
  - a number inside a URL or e-mail address; a time of day ("5 pm", "16:50");
  - digits led by a zero and more digits ("0000", "000 call", "at 07.01"): a code or a time;
  - a number straight after a NameRules.identifierWords word ("version two", "No. 5");
  - an ordinal ("between the tenth and the fifteenth").
In the number suite's policy row, a number the project reports as a money or percent figure
("$20", "3 hundred and 21 yuan") is scored from that figure (a number with a currency is a money
figure there, not a count); such figures are never counted as extras.
With --misses, the entities the policy excluded are listed (POLICY) with their class.

The date suites print a policy row too, for one convention: upstream ends "from 2014 to 2018" and
"between 2015 and Feb 2018" at the *start* of the last year or month (2018-01-01, 2018-02-01), so
that year or month is left out; the project's ranges include it (DESIGN.md: a "2016–2020 plan"
includes 2020). In the date policy row an end at the last day of the year or month upstream's end
opens is accepted; the plain row does not accept it.

Expected entities without a value are reported, not scored ("N without a value"): a percent or an
amount with no number ("a small percent"), and a date upstream gives no start or end for (its
seasons: "this summer" is only "2016-SU"). A prediction overlapping one is neither credited nor
charged. Dates upstream marks as not existing (value 0001-01-01: "Feb 30", "2/29/2019") are scored
apart: passed when no date is read there.

Usage: scripts/score_recognizers.py [--corpus DIR] [--binary PATH] [--suite NAME ...] [--misses N] [--json FILE]
"""
import argparse, json, os, re, subprocess, sys, tempfile

SUITES = {
    "number": "count", "percent": "percent", "currency": "money", "number_range": "count",
    "date_parser": "date", "date_period_parser": "date",
}
# Upstream unit names for which the ISO code is implied; "Cent"/"Pence" are hundredths.
UNIT_ISO = {"Dollar": "USD", "Pound": "GBP", "Euro": "EUR", "Yen": "JPY", "Yuan": "CNY", "Rupee": "INR",
            "Franc": "CHF", "Cent": "USD", "Pence": "GBP", "Penny": "GBP", "Bitcoin": "BTC",
            "Finnish markka": "FIM", "Peseta": "ESP", "Netherlands guilder": "NLG", "Turkish lira": "TRY"}
HUNDREDTHS = {"Cent", "Pence", "Penny"}
# The project's negative list, read from its rules (Sources/NewsFigures/Rules/NameRules+English.swift):
# digit runs this long are identifiers, and so is a number after one of these words ("No. 5", "version two").
def _name_rules():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "NewsFigures", "Rules", "NameRules+English.swift")
    source = open(path, encoding="utf-8").read()
    words = re.search(r"identifierWords: WordSet = \[(.*?)\]", source, re.S).group(1)
    digits = re.search(r"identifierDigits = (\d+)", source).group(1)
    return set(re.findall(r'"([^"]+)"', words)), int(digits)


IDENTIFIER_WORDS, IDENTIFIER_DIGITS = _name_rules()
# The suites of plain numbers, where the negative list applies.
POLICY_SUITES = ("number", "number_range")
DATE_SUITES = ("date_parser", "date_period_parser")


def close(a, b):
    if a is None or b is None:
        return False
    a, b = float(a), float(b)
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def overlaps(p, e):
    return p["start"] < e["end"] and e["start"] < p["end"]


def date_ok(p, e, policy=False):
    d = p.get("date") or {}
    start, end = d.get("start"), d.get("end")
    options = []
    for key in ("future", "past", "value"):
        v = e.get(key)
        if isinstance(v, str):
            options.append((v, v))
        elif isinstance(v, dict) and v.get("start"):
            options.append((v["start"], v.get("end")))
    for s, t in options:
        if start == s and (end == t or t is None):
            return True
        # Upstream periods often end exclusively (the day after): accept the day before too.
        if start == s and t and end and _day_before(t) == end:
            return True
        # Policy: upstream's end opens the last year or month of the range; the project's includes it.
        if policy and start == s and t and end and _last_day_of_unit_opened_at(t) == end:
            return True
    return False


def _last_day_of_unit_opened_at(iso):
    import calendar
    try:
        year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    except ValueError:
        return None
    if day != 1:
        return None
    if month == 1:
        return f"{year:04d}-12-31"
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _day_before(iso):
    import datetime
    try:
        return (datetime.date.fromisoformat(iso[:10]) - datetime.timedelta(days=1)).isoformat()
    except ValueError:
        return None


def has_date_value(e):
    for key in ("future", "past", "value"):
        v = e.get(key)
        if isinstance(v, str) or (isinstance(v, dict) and (v.get("start") or v.get("end"))):
            return True
    return False


def value_ok(suite, p, e, policy=False):
    if suite in DATE_SUITES:
        return date_ok(p, e, policy)
    if suite == "number_range":
        bound = e.get("bound")
        r = e.get("range") or {}
        want = {"between": "range", "min": "min", "max": "max", "exact": "exact"}.get(bound)
        if p.get("bound") != want:
            return False
        if bound == "between":
            return close(p.get("value"), r.get("low")) and close(p.get("high"), r.get("high"))
        if bound == "min":
            return close(p.get("value"), r.get("low"))
        if bound == "max":
            return close(p.get("value"), r.get("high"))
        return close(p.get("value"), e.get("value"))
    if suite == "currency":
        unit = e.get("iso") or UNIT_ISO.get(e.get("unit"), e.get("unit"))
        value = e.get("value")
        if e.get("unit") in HUNDREDTHS and value is not None:
            value = value / 100
        return p.get("unit") == unit and close(p.get("value"), value)
    return close(p.get("value"), e.get("value"))


def policy_reason(suite, case, e):
    """Why the project deliberately does not extract expected entity `e` (see the docstring), or None."""
    if suite not in POLICY_SUITES:
        return None
    text, start, end = case["input"], e["start"], e["end"]
    span = e.get("text") or text[start:end]
    # The whitespace-delimited run of the input around the entity.
    a, b = start, end
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    run = text[a:b].rstrip(".,;:!?)")
    before = text[:start].split()
    if re.fullmatch(r"[-+(]*\d+(\.\d+){2,}", run):
        return "dotted code"
    if re.fullmatch(r"[-−]?\s*\d{%d,}" % IDENTIFIER_DIGITS, span.strip()):
        return "bare digit run (identifier)"
    if re.fullmatch(r"[-−]?\d[\d.,]*[A-Z]", span.strip()):
        return "digits with a single capital (name)"
    if re.search(r"[A-Za-z]-\d", run) and re.search(r"\d", span) and text[max(0, start - 1)] == "-" and text[max(0, start - 2)].isalpha():
        return "name with a hyphenated number"
    if re.fullmatch(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}", run):
        return "numeric date"
    if re.fullmatch(r"\+\d[\d/-]+", run) or re.fullmatch(r"\d+([-/]\d+){3,}", run):
        return "phone number"
    if re.fullmatch(r"0\d+(\.\d+)?", span.strip()):
        return "digits led by a zero (a code or a time)"
    if re.search(r"://|@|^www\.", run):
        return "URL or e-mail address"
    if re.match(r"\s*(?:[ap]\.?m\b|o'clock)", text[end:], re.I) or re.fullmatch(r"\d{1,2}:\d{2}", run):
        return "time of day"
    if suite == "number" and before and before[-1].lower().strip(".") in IDENTIFIER_WORDS:
        return "number after an identifier word"
    if re.search(r"\bthe\s+(?:\w+th|first|second|third)\b|\d(?:st|nd|rd|th)\b", span, re.I):
        return "ordinal"
    return None


def row(label, cases, result):
    m, f, negatives = result["main"], result["fails"], result["negatives"]
    fp = f"{f[0] / f[1]:.2f}" if f[1] else "-"
    fr = f"{f[2] / f[3]:.2f}" if f[3] else "-"
    invalid = result["invalid"]
    valueless = result["valueless"] - invalid[1]
    note = f"   ({valueless} without a value, not scored)" if valueless else ""
    if invalid[1]:
        note += f"   (invalid dates: {invalid[0]}/{invalid[1]} read as none)"
    s = result["summary"]
    return f"{label:20} {cases:5} {s['precision']:7.3f} {s['recall']:7.3f}   {negatives[0]:3}/{negatives[1]:<3}     {fp}/{fr}{note}"


def score(suite, kind, cases, records, policy):
    totals = {"main": [0, 0, 0, 0], "fails": [0, 0, 0, 0]}  # matched preds, preds, matched expected, expected
    negatives = [0, 0]
    valueless = 0
    invalid = [0, 0]  # passed, cases
    excluded = []
    misses, extras = [], []
    for c in cases:
        r = records.get(c["id"])
        figures = r["figures"] if r else []
        # Policy: a number reported inside a money or percent figure is that figure's number.
        kinds = (kind, "money", "percent") if policy and suite == "number" else (kind,)
        preds = [p for p in figures if p["kind"] in kinds]
        if suite == "number_range":
            # A plain count is no range: only bounded figures are scored, and a plain count
            # only where the case expects an exact value ("equals 20").
            exact = [e for e in c["expected"] if e.get("bound") == "exact"]
            preds = [p for p in preds if p.get("bound") in ("range", "min", "max") or any(overlaps(p, e) for e in exact)]
        # A unit without a number ("a small percent") is no figure here: reported, not scored.
        def valueless_entity(e):
            if suite in DATE_SUITES:
                return not has_date_value(e) or e.get("value") == "0001-01-01"
            return suite in ("number", "percent", "currency") and e.get("value") is None

        # Upstream's mark for a date that does not exist ("Feb 30", "2/29/2019"): passed when nothing
        # is read there as a date, scored apart.
        for e in c["expected"]:
            if suite in DATE_SUITES and e.get("value") == "0001-01-01":
                invalid[1] += 1
                invalid[0] += 0 if any(overlaps(p, e) for p in preds) else 1
        expected = [e for e in c["expected"] if not valueless_entity(e)]
        valueless += len(c["expected"]) - len(expected)
        # A prediction where upstream gives no value is neither credited nor charged.
        preds = [p for p in preds if not any(overlaps(p, e) for e in c["expected"] if valueless_entity(e))]
        if policy and suite in POLICY_SUITES:
            kept = []
            for e in expected:
                reason = policy_reason(suite, c, e)
                if reason:
                    excluded.append((c["input"], e.get("text"), reason))
                    # Neither credited nor charged: what the project reads there is its own business.
                    preds = [p for p in preds if not overlaps(p, e)]
                else:
                    kept.append(e)
            expected = kept
            # Money and percent figures only stand in for expected numbers, never count as extras.
            preds = [p for p in preds if p["kind"] == kind or any(overlaps(p, e) for e in expected)]
        bucket = totals["fails" if c.get("reference_impl_fails") else "main"]
        used = set()
        for e in expected:
            hit = next((i for i, p in enumerate(preds) if i not in used and overlaps(p, e) and value_ok(suite, p, e, policy)), None)
            if hit is not None:
                used.add(hit)
                bucket[2] += 1
            else:
                misses.append((c["input"], e.get("text"), [(p["text"], p.get("value"), p.get("unit"), p.get("bound"), p.get("date")) for p in preds]))
        bucket[0] += len(used)
        bucket[1] += len(preds)
        bucket[3] += len(expected)
        for i, p in enumerate(preds):
            if i not in used:
                extras.append((c["input"], p["text"], p.get("value"), p.get("unit"), p.get("date")))
        if not c["expected"]:
            negatives[1] += 1
            negatives[0] += 1 if not preds else 0
    m = totals["main"]
    summary = {"precision": round(m[0] / m[1] if m[1] else 1.0, 4), "recall": round(m[2] / m[3] if m[3] else 1.0, 4),
               "negatives_passed": negatives[0], "negatives": negatives[1]}
    summary["invalid_dates_passed"], summary["invalid_dates"] = invalid
    return {"main": m, "fails": totals["fails"], "negatives": negatives, "valueless": valueless, "invalid": invalid, "summary": summary,
            "misses": misses, "extras": extras, "excluded": len(excluded), "excluded_items": excluded}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpora", "recognizers-text-en"))
    ap.add_argument("--binary", default=os.path.join(here, "..", ".build", "release", "newsfigures"))
    ap.add_argument("--suite", action="append")
    ap.add_argument("--misses", type=int, default=0, help="print N misses and N extras per suite")
    ap.add_argument("--json", help="write the scores as JSON")
    args = ap.parse_args()
    suites = args.suite or list(SUITES)
    report = {}
    print(f"{'suite':20} {'cases':>5} {'P':>7} {'R':>7}   negatives   ref-impl-fails (P/R)")
    print("(number and date suites: the plain scores, then the policy-adjusted ones; see the docstring)")
    for suite in suites:
        kind = SUITES[suite]
        cases = [json.loads(l) for l in open(os.path.join(args.corpus, suite + ".jsonl"), encoding="utf-8")]
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            for c in cases:
                line = {"id": c["id"], "text": c["input"]}
                if c.get("reference_date"):
                    line["published"] = c["reference_date"][:10]
                f.write(json.dumps(line) + "\n")
            path = f.name
        out = subprocess.run([args.binary, "extract", "--quiet", "--as-body", path], capture_output=True, text=True)
        os.unlink(path)
        records = {}
        for l in out.stdout.splitlines():
            r = json.loads(l)
            records[r["id"]] = r
        if len(records) < len(cases):
            print(f"WARNING: {suite}: {len(cases) - len(records)} cases produced no record (exit status {out.returncode}); "
                  f"{out.stderr.strip()[-300:]}", file=sys.stderr)
        plain = score(suite, kind, cases, records, policy=False)
        adjusted = score(suite, kind, cases, records, policy=True)
        print(row(suite, len(cases), plain))
        if suite in POLICY_SUITES:
            print(row("  policy", len(cases), adjusted) + f"   ({adjusted['excluded']} expected excluded by policy)")
        elif suite in DATE_SUITES:
            print(row("  policy", len(cases), adjusted) + "   (ranges include their last year or month)")
        report[suite] = {"cases": len(cases), **plain["summary"], "policy": adjusted["summary"]}
        for item in plain["misses"][: args.misses]:
            print("   MISS ", item)
        for item in plain["extras"][: args.misses]:
            print("   EXTRA", item)
        if args.misses:
            for item in adjusted["excluded_items"]:
                print("   POLICY", item)
    if args.json:
        json.dump(report, open(args.json, "w"), indent=2)


if __name__ == "__main__":
    main()

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

Usage: scripts/score_recognizers.py [--corpus DIR] [--binary PATH] [--suite NAME ...] [--misses N] [--json FILE]
"""
import argparse, json, os, subprocess, sys, tempfile

SUITES = {
    "number": "count", "percent": "percent", "currency": "money", "number_range": "count",
    "date_parser": "date", "date_period_parser": "date",
}
# Upstream unit names for which the ISO code is implied; "Cent"/"Pence" are hundredths.
UNIT_ISO = {"Dollar": "USD", "Pound": "GBP", "Euro": "EUR", "Yen": "JPY", "Yuan": "CNY", "Rupee": "INR",
            "Franc": "CHF", "Cent": "USD", "Pence": "GBP", "Penny": "GBP", "Bitcoin": "BTC",
            "Finnish markka": "FIM", "Peseta": "ESP", "Netherlands guilder": "NLG", "Turkish lira": "TRY"}
HUNDREDTHS = {"Cent", "Pence", "Penny"}


def close(a, b):
    if a is None or b is None:
        return False
    a, b = float(a), float(b)
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def overlaps(p, e):
    return p["start"] < e["end"] and e["start"] < p["end"]


def date_ok(p, e):
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
    return False


def _day_before(iso):
    import datetime
    try:
        return (datetime.date.fromisoformat(iso[:10]) - datetime.timedelta(days=1)).isoformat()
    except ValueError:
        return None


def value_ok(suite, p, e):
    if suite in ("date_parser", "date_period_parser"):
        return date_ok(p, e)
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
        totals = {"main": [0, 0, 0, 0], "fails": [0, 0, 0, 0]}  # matched preds, preds, matched expected, expected
        negatives = [0, 0]
        valueless = [0]
        misses, extras = [], []
        for c in cases:
            r = records.get(c["id"])
            preds = [p for p in (r["figures"] if r else []) if p["kind"] == kind]
            if suite == "number_range":
                preds = [p for p in preds if p.get("bound") in ("range", "min", "max") or True]
            # A unit without a number ("a small percent") is no figure here: reported, not scored.
            expected = [e for e in c["expected"] if not (suite in ("number", "percent", "currency") and e.get("value") is None)]
            valueless[0] += len(c["expected"]) - len(expected)
            bucket = totals["fails" if c.get("reference_impl_fails") else "main"]
            used = set()
            matched_preds = 0
            for e in expected:
                hit = next((i for i, p in enumerate(preds) if i not in used and overlaps(p, e) and value_ok(suite, p, e)), None)
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
        m, f = totals["main"], totals["fails"]
        precision = m[0] / m[1] if m[1] else 1.0
        recall = m[2] / m[3] if m[3] else 1.0
        fp = f"{f[0] / f[1]:.2f}" if f[1] else "-"
        fr = f"{f[2] / f[3]:.2f}" if f[3] else "-"
        note = f"   ({valueless[0]} without a value, not scored)" if valueless[0] else ""
        print(f"{suite:20} {len(cases):5} {precision:7.3f} {recall:7.3f}   {negatives[0]:3}/{negatives[1]:<3}     {fp}/{fr}{note}")
        report[suite] = {"cases": len(cases), "precision": round(precision, 4), "recall": round(recall, 4),
                         "negatives_passed": negatives[0], "negatives": negatives[1]}
        for item in misses[: args.misses]:
            print("   MISS ", item)
        for item in extras[: args.misses]:
            print("   EXTRA", item)
    if args.json:
        json.dump(report, open(args.json, "w"), indent=2)


if __name__ == "__main__":
    main()

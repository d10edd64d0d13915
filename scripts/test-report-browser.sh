#!/usr/bin/env bash
# The HTML report in a real browser. Runs the default pipeline (the bundled fixtures) into
# .build/report-browser/, renders its report.html in headless Chromium (installed from Debian's
# packages when missing) to PNG screenshots (desktop and phone width) and to DOM text, and checks:
# the page is not blank; every figure of every record has a highlight (a <mark> with the figure's
# text, coloured, visible, whose details card opens on keyboard focus); the series charts exist
# (the Zhejiang buyers, 2020 → 2024); nothing is loaded from elsewhere; no sideways scrolling on a
# phone. The screenshots and DOM dumps stay in .build/report-browser/ as test artefacts.
#   ./scripts/test-report-browser.sh            (NEWSFIGURES_BIN=… to test another build)
set -euo pipefail
cd "$(dirname "$0")/.."

browser=""
for name in chromium chromium-browser; do
  if command -v "$name" >/dev/null 2>&1; then browser=$(command -v "$name"); break; fi
done
if [ -z "$browser" ]; then
  echo "report-browser: installing chromium from Debian's packages" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
  browser=$(command -v chromium)
fi

bin=${NEWSFIGURES_BIN:-}
if [ -z "$bin" ]; then
  swift build --product newsfigures 2>&1 | grep -E "error|warning: " >&2 || true
  bin=.build/debug/newsfigures
fi

out=.build/report-browser
rm -rf "$out"
mkdir -p "$out"
sed "s|out/default/|$out/|g" Pipelines/default.yml > "$out/default.yml"
"$bin" run --quiet "$out/default.yml"
# The report command gives the same page from the records and run state of a batch directory.
"$bin" extract --quiet --validate --output "$out/batch" Fixtures/articles Fixtures/warc Fixtures/bad 2>/dev/null || true
"$bin" report --quiet "$out/batch" -o "$out/batch.html"

python3 scripts/report_browser_check.py --browser "$browser" --out "$out" \
  --records "$out/records.jsonl" --report "$out/report.html" \
  --records "$out/batch" --report "$out/batch.html"

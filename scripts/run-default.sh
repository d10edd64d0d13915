#!/usr/bin/env bash
# The README's first command: set up, build, and run the default pipeline (Pipelines/default.yml)
# on the bundled fixtures → out/default/records.jsonl, figures.csv, records.sqlite, report.txt, report.html.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
swift build -c release --product newsfigures 2>&1 | grep -v "unhandled\|CMakeLists.txt" >&2 || true
.build/release/newsfigures run Pipelines/default.yml
echo "records: out/default/records.jsonl ($(wc -l < out/default/records.jsonl) articles); reports: out/default/report.txt, out/default/report.html (open it in a browser)" >&2

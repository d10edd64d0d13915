#!/usr/bin/env bash
# The main job on the bundled fixtures: set up, build (release), extract every article in
# Fixtures/articles into out/records.jsonl, and print the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
swift build -c release --product newsfigures
mkdir -p out
.build/release/newsfigures extract Fixtures/articles > out/records.jsonl
echo "records: out/records.jsonl ($(wc -l < out/records.jsonl) articles)" >&2

#!/usr/bin/env bash
# Regenerates Fixtures/expected/NAME.EXT.json (one per Fixtures/articles/NAME.EXT) from the current build.
# Review every diff by hand before committing: a golden file is an expectation, not a snapshot.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product newsfigures >/dev/null
for input in Fixtures/articles/*.txt Fixtures/articles/*.html; do
  out="Fixtures/expected/$(basename "$input").json"
  .build/debug/newsfigures extract --quiet "$input" |
    python3 -c 'import json,sys; print(json.dumps(json.loads(sys.stdin.read()), indent=2, ensure_ascii=False))' > "$out"
  echo "wrote $out"
done

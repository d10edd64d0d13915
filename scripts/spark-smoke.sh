#!/usr/bin/env bash
# Spark smoke test: pyspark from PyPI in a virtualenv (.build/venv-spark), local[2,2] (two cores,
# tasks retried once), the WARC fixtures as shards. Checks that the records equal a single-machine
# run of the same inputs, that every shard has a status row, and that a second run in which every
# task's first attempt fails (so every shard comes from a Spark retry) gives byte-identical output. Needs Java 17 (on the machine) and a built binary
# (BINARY, default .build/debug/newsfigures, which `swift test` builds).
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${BINARY:-.build/debug/newsfigures}"
[ -x "$binary" ] || swift build --product newsfigures >/dev/null 2>&1
venv=.build/venv-spark
if ! "$venv/bin/python" -c "import pyspark" >/dev/null 2>&1; then
  echo "spark-smoke: installing pyspark into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q pyspark
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ls Fixtures/warc/*.warc Fixtures/warc/*.warc.gz | sort > "$work/manifest.txt"
start=$(date +%s)
# Run 2 fails the first attempt of every task: each shard's output then comes from a retry.
for run in 1 2; do
  flag=""; [ "$run" = 2 ] && flag="--fail-first-attempt"
  "$venv/bin/python" Pipelines/spark/newsfigures_spark.py --master 'local[2,2]' --binary "$binary" $flag \
      --manifest "$work/manifest.txt" --output "$work/run$run" > "$work/summary$run.json" 2> "$work/spark$run.log" \
    || { tail -40 "$work/spark$run.log" >&2; exit 1; }
done
grep -q "injected failure of the first attempt" "$work/spark2.log" || { echo "spark-smoke: no task was retried" >&2; exit 1; }
end=$(date +%s)
"$binary" extract --quiet $(cat "$work/manifest.txt") > "$work/single.jsonl" 2> "$work/single.err" || true
"$venv/bin/python" - "$work" <<'PY'
import glob, json, os, sys
work = sys.argv[1]
def records(run):
    parts = sorted(glob.glob(os.path.join(work, run, "records", "part-*")))
    return "".join(open(p).read() for p in parts)
single = open(os.path.join(work, "single.jsonl")).read()
one, two = records("run1"), records("run2")
assert one == single, "Spark records differ from the single-machine run"
assert one == two, "retried shards gave different records"
status = [json.loads(l) for p in glob.glob(os.path.join(work, "run1", "status", "part-*")) for l in open(p)]
manifest = [l.strip() for l in open(os.path.join(work, "manifest.txt"))]
assert sorted(s["shard"] for s in status) == sorted(manifest), "a shard has no status row"
assert sum(s["records"] for s in status) == len(single.splitlines())
cut = [s for s in status if s["shard"].endswith("cut-off.warc.gz")]
assert cut and cut[0]["failures"] == 1 and cut[0]["exit"] == 1, cut
print(f"spark-smoke: {len(manifest)} shards, {len(single.splitlines())} records, equal to the single-machine run; "
      f"a run whose every shard was retried is byte-identical; status rows {len(status)}")
PY
echo "spark-smoke: two local[2,2] runs in $((end - start)) s" >&2

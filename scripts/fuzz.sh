#!/usr/bin/env bash
# Runs the libFuzzer targets in Fuzz/ (built with -sanitize=fuzzer,address) for a given time each.
#
#   ./scripts/fuzz.sh [SECONDS] [TARGET...]     default: 60 seconds, every target
#   ./scripts/fuzz.sh 600 FuzzWARC FuzzGzip     ten minutes each for two targets
#
# Built in the debug configuration with -O (3-4x more inputs a second than -Onone; set
# FUZZ_SWIFTFLAGS="" for an unoptimised build). Seeds come from Fixtures/ and Pipelines/; the growing corpus, logs and any crash, leak, timeout or
# out-of-memory inputs are kept in .build-fuzz/ (ignored by git). A crash input is replayed with
# `Fuzz/.build/debug/TARGET FILE`. Exits 1 when any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
all=(FuzzHTML FuzzScrape FuzzFigures FuzzWARC FuzzGzip FuzzJSONL FuzzPipelineFile)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
for target in "${targets[@]}"; do
  case " ${all[*]} " in *" $target "*) ;; *) echo "unknown target $target (${all[*]})" >&2; exit 2 ;; esac
done
./scripts/setup.sh >/dev/null
# (The build description is planned anew: SwiftPM keeps a stale one for the path dependency and then misses source
# files added to the main package since the last fuzz build.)
rm -f Fuzz/.build/*/debug/description.json
(cd Fuzz && swift build -c debug -Xswiftc -sanitize=fuzzer,address ${FUZZ_SWIFTFLAGS--Xswiftc -O} 2>&1 | grep -E "error|Build complete" >&2)

work=.build-fuzz
mkdir -p "$work/artifacts" "$work/logs"

# The seed files of one target.
seeds() {
  case "$1" in
    FuzzHTML) ls Fixtures/articles/*.html Fixtures/encodings/*.html Fixtures/bad/*.html Fixtures/bad/invalid-utf8.txt Fixtures/hostile/*.html 2>/dev/null ;;
    FuzzScrape) ls Fixtures/articles/*.txt Fixtures/scrapes/*.txt Fixtures/bodies/*.txt ;;
    FuzzFigures) ls Fixtures/bodies/*.txt Fixtures/doctored/*.txt Pipelines/examples/*/*.txt Fixtures/hostile/*.txt 2>/dev/null ;;
    FuzzWARC) ls Fixtures/warc/* Fixtures/hostile/*.warc 2>/dev/null ;;
    FuzzGzip) ls Fixtures/gzip/* Fixtures/warc/*.gz ;;
    FuzzJSONL) ls Fixtures/bad/mixed.jsonl Fixtures/hostile/*.jsonl 2>/dev/null ;;
    FuzzPipelineFile) ls Pipelines/*.yml Pipelines/packs/*.yml Fixtures/hostile/*.yml 2>/dev/null ;;
  esac
}

status=0
printf '%-18s %8s %12s %10s %s\n' target seconds executions exec/s findings
for target in "${targets[@]}"; do
  rm -rf "$work/seeds/$target"
  mkdir -p "$work/seeds/$target" "$work/corpus/$target"
  for f in $(seeds "$target"); do
    # Seeds up to 256 KB as they are; the JSON lines dump decompressed as a seed of its own.
    [ "$(stat -c %s "$f")" -le 262144 ] && cp "$f" "$work/seeds/$target/"
  done
  [ "$target" = FuzzJSONL ] && gzip -dc Fixtures/gzip/dump.jsonl.gz > "$work/seeds/$target/dump.jsonl"
  log="$work/logs/$target.log"
  before=$(ls "$work/artifacts" | grep -c "^$target-" || true)
  # -timeout: one input taking 10 s is a finding (a hang); -rss_limit_mb: 2 GB is a finding.
  nice "Fuzz/.build/debug/$target" "$work/corpus/$target" "$work/seeds/$target" \
    -max_total_time="$seconds" -max_len=131072 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/artifacts/$target-" -print_final_stats=1 > "$log" 2>&1 || true
  after=$(ls "$work/artifacts" | grep -c "^$target-" || true)
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  found=$((after - before))
  printf '%-18s %8s %12s %10s %s\n' "$target" "$seconds" "${runs:-?}" "${rate:-?}" "$found"
  if [ "$found" -gt 0 ]; then
    status=1
    grep -E "ERROR|SUMMARY|Fatal error|panic|Test unit written" "$log" | head -5 | sed 's/^/    /'
  fi
done
exit $status

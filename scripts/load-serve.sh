#!/usr/bin/env bash
# Load check of `newsfigures serve` on loopback with wrk (Debian package, installed when missing).
#
#   ./scripts/load-serve.sh            60 s, 64 connections, a mix of good, malformed and oversized requests
#   DURATION=30s CONNECTIONS=32 ./scripts/load-serve.sh
#
# Each connection cycles through 12 requests: 6 good ones (the 2020 seed page and the 2024 article
# to /v1/extract, with and without validation; a record to /v1/validate), 5 malformed ones (a broken
# record, an impossible date, an unsupported media type, binary bytes, an unknown path) and one
# oversized body (over --max-body). It prints requests/s, latency, the count of each status, and the
# server's resident memory every 5 s, and fails when the server dies, when any response is a 5xx,
# when a good request is not answered 200, or when memory grows by more than 20 % after the first 10 s.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${DURATION:-60s}"
connections="${CONNECTIONS:-64}"
if ! command -v wrk >/dev/null 2>&1; then
  sudo=""; if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi
swift build -c release --product newsfigures >/dev/null 2>&1
work="$(mktemp -d)"
server=""
sampler=""
trap 'kill "$server" "$sampler" 2>/dev/null || true; rm -rf "$work"' EXIT
.build/release/newsfigures extract Fixtures/articles/ciie-2024-zhejiang-article.txt --published 2024-10-30 2>/dev/null > "$work/record.json"
head -c 300000 /dev/urandom | base64 -w0 > "$work/oversized.txt"
head -c 4096 /dev/urandom > "$work/binary.bin"
.build/release/newsfigures serve --port 0 --max-body 262144 2> "$work/serve.err" &
server=$!
for _ in $(seq 1 100); do grep -q "listening on" "$work/serve.err" 2>/dev/null && break; sleep 0.1; done
port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$work/serve.err" | grep -o '[0-9]*$')
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null

# Resident memory of the server every 5 s.
( while kill -0 "$server" 2>/dev/null; do
    awk '/VmRSS/ {print $2}' "/proc/$server/status" 2>/dev/null || true
    sleep 5
  done > "$work/rss.txt" ) &
sampler=$!

cat > "$work/mix.lua" <<LUA
local function file(name)
  local f = assert(io.open(name, "rb")); local s = f:read("*all"); f:close(); return s
end
local seed = file("Fixtures/articles/ciie-2020-zhejiang-shine-page.html")
local article = file("Fixtures/articles/ciie-2024-zhejiang-article.txt")
local record = file("$work/record.json")
local html = {["Content-Type"] = "text/html"}
local text = {["Content-Type"] = "text/plain"}
local json = {["Content-Type"] = "application/json"}
-- Good and bad alternate; each good one must be answered 200, each bad one 4xx.
local mix = {
  wrk.format("POST", "/v1/extract", html, seed),
  wrk.format("POST", "/v1/validate", json, string.sub(record, 1, 300)),
  wrk.format("POST", "/v1/extract?published=2024-10-30&validate=1", text, article),
  wrk.format("POST", "/v1/extract?published=2020-02-31", html, seed),
  wrk.format("POST", "/v1/validate", json, record),
  wrk.format("POST", "/v1/extract", {["Content-Type"] = "image/png"}, seed),
  wrk.format("POST", "/v1/extract?validate=1", html, seed),
  wrk.format("POST", "/v1/extract", {["Content-Type"] = "application/octet-stream"}, file("$work/binary.bin")),
  wrk.format("POST", "/v1/extract?as_body=1&published=2024-10-30", text, article),
  wrk.format("GET", "/v1/nothing-here", nil, nil),
  wrk.format("POST", "/v1/extract", html, seed),
  wrk.format("POST", "/v1/extract", text, file("$work/oversized.txt")),
}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) i = 0; counts = {} end
function request()
  i = i % #mix + 1
  return mix[i]
end
-- Connections interleave, so a response cannot be matched to its request here: statuses are
-- counted, and the check below wants exactly as many 200s as good requests (half of them).
function response(status, headers, body) counts[status] = (counts[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("counts")) do total[status] = (total[status] or 0) + n end
  end
  local keys = {}
  for status in pairs(total) do table.insert(keys, status) end
  table.sort(keys)
  local line = "statuses:"
  for _, status in ipairs(keys) do line = line .. string.format(" %d×%d", total[status], status) end
  io.write(line .. "\n")
  io.write(string.format("socket errors: %d connect, %d read, %d write, %d timeout\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
LUA
wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/mix.lua" "http://127.0.0.1:$port" | tee "$work/wrk.txt"
kill "$sampler" 2>/dev/null || true
echo "server resident memory every 5 s (MB): $(awk '{printf "%d ", $1/1024}' "$work/rss.txt")"
status=0
if ! kill -0 "$server" 2>/dev/null || ! curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; then
  echo "FAIL: the server is not answering after the run"; status=1
fi
if grep -Eq ' [0-9]+×5[0-9][0-9]' "$work/wrk.txt"; then echo "FAIL: 5xx responses"; status=1; fi
ok=$(grep -o ' [0-9]*×200' "$work/wrk.txt" | grep -o '^ [0-9]*' | tr -d ' ' || echo 0)
all=$(grep -o ' [0-9]*×[0-9]*' "$work/wrk.txt" | grep -o '^ [0-9]*' | paste -sd+ | bc)
# Each wrk thread cycles through the mix, so half the requests sent are good ones; at the end at
# most one request per connection is still unanswered: 2 × 200s is all responses give or take that.
if [ $(( ok * 2 - all )) -gt $(( connections + 2 )) ] || [ $(( all - ok * 2 )) -gt $(( connections + 2 )) ]; then
  echo "FAIL: $ok responses 200 of $all; half of the requests are good ones"; status=1
fi
awk 'NR == 3 {base = $1} {last = $1} END {
  if (base > 0 && last > base * 1.2) { printf "FAIL: memory grew from %d to %d MB\n", base/1024, last/1024; exit 1 }
  if (base > 0) printf "memory flat: %d MB at 10 s, %d MB at the end\n", base/1024, last/1024 }' "$work/rss.txt" || status=1
[ $status -eq 0 ] && echo "PASS: no crash, no 5xx, every good request answered 200, memory flat"
exit $status

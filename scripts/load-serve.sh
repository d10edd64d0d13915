#!/usr/bin/env bash
# Load check of `newsfigures serve` on loopback with wrk (Debian package, installed when missing):
# POST /v1/extract with the 2020 seed page, 64 connections, 30 seconds (set DURATION, CONNECTIONS).
# Prints requests/s, latency percentiles and any errors.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${DURATION:-30s}"
connections="${CONNECTIONS:-64}"
if ! command -v wrk >/dev/null 2>&1; then
  sudo=""; if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi
swift build -c release --product newsfigures >/dev/null 2>&1
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
.build/release/newsfigures serve --port 0 2> "$work/serve.err" &
server=$!
for _ in $(seq 1 100); do grep -q "listening on" "$work/serve.err" 2>/dev/null && break; sleep 0.1; done
port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$work/serve.err" | grep -o '[0-9]*$')
cat > "$work/post.lua" <<LUA
local f = io.open("Fixtures/articles/ciie-2020-zhejiang-shine-page.html", "rb")
wrk.method = "POST"
wrk.body = f:read("*all")
f:close()
wrk.headers["Content-Type"] = "text/html"
function done(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d non-2xx, %d connect, %d read, %d write, %d timeout\n",
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
LUA
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null
wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/post.lua" "http://127.0.0.1:$port/v1/extract"

#!/usr/bin/env bash
# Installs the system libraries the build needs when they are missing (Debian/Ubuntu).
# Safe to run again: it does nothing when everything is present.
set -euo pipefail

need=()
pkg-config --version >/dev/null 2>&1 || need+=(pkg-config)
pkg-config --exists libxml-2.0 2>/dev/null || need+=(libxml2-dev)
pkg-config --exists zlib 2>/dev/null || need+=(zlib1g-dev)
pkg-config --exists sqlite3 2>/dev/null || need+=(libsqlite3-dev)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)   # the tests query stores with the shell

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

# The tests read outputs back with Python's csv and jsonschema (draft 2020-12) modules.
if ! python3 -c "import jsonschema" >/dev/null 2>&1; then
  echo "setup: installing jsonschema from PyPI" >&2
  python3 -m pip install -q jsonschema || python3 -m pip install -q --user jsonschema
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: the Swift 6 toolchain (swift) is not on PATH" >&2
  exit 1
fi

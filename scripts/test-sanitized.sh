#!/usr/bin/env bash
# The whole test suite under a sanitizer, in its own build directory (.build-asan, .build-tsan):
#
#   ./scripts/test-sanitized.sh address     AddressSanitizer + LeakSanitizer, optimised build (what CI runs)
#   ./scripts/test-sanitized.sh thread      ThreadSanitizer
#
# The CLI tests run the tool built with the same sanitizer, so every child process is checked too;
# any report makes that process (and the run) fail. Extra arguments go to `swift test`
# (e.g. --filter HostileInputTests).
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-address}"
shift || true
case "$kind" in
  address)
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1"
    export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0"
    # Optimised (-c release, with testing enabled for @testable imports) unless SANITIZE_CONFIG=debug:
    # the suite runs in under a minute instead of about 14 (the 100 MB hostile page's SHA-256 and
    # parse dominate a debug build), for a longer build. ASan still checks every access.
    config="${SANITIZE_CONFIG:-release}"
    extra=()
    if [ "$config" = release ]; then extra=(-Xswiftc -enable-testing); fi
    exec swift test -c "$config" "${extra[@]}" --sanitize=address --scratch-path .build-asan "$@" ;;
  thread)
    export TSAN_OPTIONS="halt_on_error=0:second_deadlock_stack=1"
    exec swift test --sanitize=thread --scratch-path .build-tsan "$@" ;;
  *) echo "usage: $0 address|thread [swift test options]" >&2; exit 2 ;;
esac

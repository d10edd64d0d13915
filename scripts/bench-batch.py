#!/usr/bin/env python3
"""Batch throughput and memory on a generated WARC.gz, release build, in one run so ratios are fair.

    scripts/bench-batch.py [--size-mb 1024] [--small-mb 128] [--warcio]

Builds the release binary, generates the archives with make-bench-warc.py when missing
(/tmp/newsfigures-bench-<size>mb.warc.gz), then runs `newsfigures extract --quiet` over the large
archive with --jobs 1 and --jobs 2 (records to /dev/null) and reports docs/s, MB/s (compressed
archive bytes), the two-core speed-up and the peak resident memory of each run; then the peak
memory on the small archive, to show memory does not grow with archive size. With --warcio, also
counts the archive's records with warcio (installed from PyPI into a virtualenv under .build/) and
compares them with newsfigures' own accounting.
"""
import argparse
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BIN = os.path.join(ROOT, ".build", "release", "newsfigures")


def archive(size_mb):
    path = f"/tmp/newsfigures-bench-{size_mb}mb.warc.gz"
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "make-bench-warc.py"), "--size-mb", str(size_mb), "--out", path],
                       check=True)
    return path


def run(args):
    """Runs newsfigures in a child; returns (seconds, peak RSS in MB, summary line)."""
    start = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([BIN] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.monotonic() - start
    # ru_maxrss of children is the largest of any child so far: run the smaller ones after the larger.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    summary = [l for l in proc.stderr.splitlines() if l.startswith("articles ")]
    return seconds, max(peak, before) / 1024, summary[-1] if summary else proc.stderr.strip()[-300:]


def peak_rss(args):
    """Peak RSS of one run, measured in a fresh Python child so earlier runs do not mask it."""
    code = ("import resource,subprocess,sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, BIN] + args, capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def warcio_counts(path):
    venv = os.path.join(ROOT, ".build", "venv-warcio")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "warcio"], check=True)
    code = r'''
import sys
from collections import Counter
from warcio.archiveiterator import ArchiveIterator
c = Counter()
with open(sys.argv[1], "rb") as f:
    for r in ArchiveIterator(f):
        t = r.rec_type
        c[t] += 1
        if t == "response" and r.http_headers is not None:
            ct = (r.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
            status = r.http_headers.get_statuscode()
            if status.startswith("2") and ct in ("text/html", "application/xhtml+xml", "text/plain"):
                c["html responses"] += 1
print(dict(c))
'''
    out = subprocess.run([python, "-c", code, path], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--small-mb", type=int, default=128)
    parser.add_argument("--warcio", action="store_true")
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "newsfigures"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    large, small = archive(args.size_mb), archive(args.small_mb)
    mb = os.path.getsize(large) / 1e6
    print(f"archive: {large} ({mb:.0f} MB); small: {small} ({os.path.getsize(small) / 1e6:.0f} MB)")
    results = {}
    summaries = {}
    for jobs in (1, 2):
        # Standard error is not a terminal here, so there is no progress display; the summary line stays.
        results[jobs], _, summaries[jobs] = run(["extract", "--jobs", str(jobs), large])
        print(f"--jobs {jobs} summary: {summaries[jobs]}")
    articles = int(summaries[2].split(",")[0].split()[1]) if summaries[2].startswith("articles") else 0
    for jobs in (1, 2):
        s = results[jobs]
        print(f"--jobs {jobs}: {s:7.1f} s  {articles / s:7.1f} articles/s  {mb / s:6.1f} MB/s (compressed)")
    print(f"speed-up, 2 jobs over 1: {results[1] / results[2]:.2f}x")
    for label, path in (("large", large), ("small", small)):
        for jobs in (1, 2):
            print(f"peak RSS, {label} archive, --jobs {jobs}: {peak_rss(['extract', '--quiet', '--jobs', str(jobs), path]):.0f} MB")
    if args.warcio:
        print(f"warcio: {warcio_counts(large)}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Batch throughput and memory on a generated WARC.gz, release build, in one run so ratios are fair.

    scripts/bench-batch.py [--size-mb 1024] [--small-mb 128] [--warcio]

Builds the release binary, generates the archives with make-bench-warc.py when missing
(/tmp/newsfigures-bench-<size>mb.warc.gz), then runs `newsfigures extract --quiet` over the large
and the small archive with --jobs 1 and --jobs 2 (records to /dev/null) and reports articles/s,
MB/s (compressed archive bytes), the two-core speed-up and each run's own peak resident memory (two
sizes: memory does not grow with the archive); then the machine's own ceiling for two cores: two
independent single-job processes at once against one alone. With --warcio, also
counts the archive's records with warcio (installed from PyPI into a virtualenv under .build/) and
compares them with newsfigures' own accounting.
"""
import argparse
import os
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


def start(args):
    return subprocess.Popen([BIN] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def finish(proc, started):
    """Waits for one child; returns (seconds, its own peak RSS in MB, its summary line)."""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read()
    summary = [l for l in err.splitlines() if l.startswith("articles ")]
    return seconds, usage.ru_maxrss / 1024, summary[-1] if summary else err.strip()[-300:]


def run(args):
    started = time.monotonic()
    return finish(start(args), started)


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
    # Standard error is not a terminal here: no progress display, the summary line stays.
    rows = {}
    for label, path in (("large", large), ("small", small)):
        size = os.path.getsize(path) / 1e6
        for jobs in (1, 2):
            seconds, rss, summary = run(["extract", "--jobs", str(jobs), path])
            articles = int(summary.split(",")[0].split()[1]) if summary.startswith("articles") else 0
            rows[label, jobs] = seconds
            print(f"{label} ({size:.0f} MB), --jobs {jobs}: {seconds:7.1f} s  {articles / seconds:6.1f} articles/s  "
                  f"{size / seconds:5.1f} MB/s  peak RSS {rss:4.0f} MB   [{summary}]")
    for label in ("large", "small"):
        print(f"speed-up, {label}: --jobs 2 over --jobs 1 = {rows[label, 1] / rows[label, 2]:.2f}x")
    # What two cores of this machine give at best: two independent single-job processes at once,
    # against one alone (no sharing between them; shared hardware only).
    started = time.monotonic()
    pair = [start(["extract", "--jobs", "1", small]) for _ in range(2)]
    pair_seconds = max(finish(p, started)[0] for p in pair)
    ceiling = 2 * rows["small", 1] / pair_seconds
    print(f"machine ceiling: two independent --jobs 1 processes give {ceiling:.2f}x the throughput of one; "
          f"--jobs 2 reaches {rows['small', 1] / rows['small', 2] / ceiling:.0%} of it (small archive)")
    if args.warcio:
        print(f"warcio: {warcio_counts(large)}")


if __name__ == "__main__":
    main()

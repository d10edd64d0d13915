#!/usr/bin/env python3
"""newsfigures on Spark: one task per WARC file, as cc-pyspark jobs do it.

Input is a manifest of WARC paths, one per line (local paths, or paths every executor can read:
a shared file system or a mounted bucket). Each path is one Spark task, which runs the newsfigures
binary on that file and yields its records. Output, under --output:

  records/   JSON lines, one part file per shard, in manifest order
  status/    one JSON row per shard: shard, records, failures, seconds, exit
  parquet/   the records as Parquet (only when pyarrow is installed)

The binary is shipped with spark-submit --files (or --binary PATH for a local run) and found
with SparkFiles.get. It runs with an explicit environment and one job per task (Spark gives the
parallelism), and its exit status is checked: 0 and 1 (some inputs failed, reported in status)
are results; anything else fails the task, which Spark retries. newsfigures' output is
deterministic, so a retried shard gives byte-identical records.

Cluster:
  swift build -c release --static-swift-stdlib --product newsfigures
  spark-submit --master yarn --deploy-mode cluster \\
      --files .build/release/newsfigures \\
      --conf spark.task.maxFailures=4 \\
      Pipelines/spark/newsfigures_spark.py --manifest warc.paths --output hdfs:///out/run1
  (the binary carries the Swift runtime; executors need libxml2, zlib and libsqlite3, as on Debian
  with libxml2 zlib1g libsqlite3-0)
"""
import argparse
import json
import os
import subprocess
import time

ENVIRONMENT = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "HOME": "/tmp"}


def run_shard(path, binary, extra):
    """Runs newsfigures on one WARC; returns (record lines, status row). Raises on a crash."""
    start = time.monotonic()
    proc = subprocess.run([binary, "extract", "--quiet", "--jobs", "1", *extra, path], capture_output=True, env=ENVIRONMENT)
    seconds = time.monotonic() - start
    if proc.returncode not in (0, 1):
        # A crash or a usage error: fail the task so Spark retries it (or stops the job).
        raise RuntimeError(f"{path}: newsfigures exited with {proc.returncode}: {proc.stderr.decode(errors='replace')[-2000:]}")
    # Split on "\n" only: str.splitlines() would also split on U+0085, U+2028 and friends.
    records = [line.decode("utf-8") for line in proc.stdout.split(b"\n") if line]
    failures = [line for line in proc.stderr.decode("utf-8", errors="replace").split("\n")
                if line.startswith("newsfigures: ") and ": warning: " not in line]
    status = {"shard": path, "records": len(records), "failures": len(failures), "seconds": round(seconds, 3),
              "exit": proc.returncode, "errors": failures[:20]}
    return records, status


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--manifest", required=True, help="file of WARC paths, one per line")
    parser.add_argument("--output", required=True, help="output directory (must not exist)")
    parser.add_argument("--binary", default="newsfigures",
                        help="the newsfigures binary: a name shipped with --files, or a local path added here")
    parser.add_argument("--master", default=None, help="Spark master for a local run, e.g. local[2,2]")
    parser.add_argument("--published", default=None, help="reference date passed to newsfigures")
    parser.add_argument("--fail-first-attempt", action="store_true",
                        help="testing: every task's first attempt fails, so Spark retries every shard")
    args = parser.parse_args()

    from pyspark import SparkFiles, TaskContext
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("newsfigures")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    name = args.binary
    if os.path.sep in args.binary:  # a local path: ship it as --files would
        sc.addFile(os.path.abspath(args.binary))
        name = os.path.basename(args.binary)
    with open(args.manifest) as f:
        paths = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    extra = ["--published", args.published] if args.published else []

    fail_first = args.fail_first_attempt

    def task(path):
        if fail_first and TaskContext.get().attemptNumber() == 0:
            raise RuntimeError(f"{path}: injected failure of the first attempt")
        binary = SparkFiles.get(name)
        if not os.access(binary, os.X_OK):
            os.chmod(binary, 0o755)
        return run_shard(path, binary, extra)

    shards = sc.parallelize(paths, numSlices=max(1, len(paths))).map(task).cache()
    shards.flatMap(lambda r: r[0]).saveAsTextFile(os.path.join(args.output, "records"))
    shards.map(lambda r: json.dumps(r[1], sort_keys=True)).coalesce(1).saveAsTextFile(os.path.join(args.output, "status"))
    try:
        import pyarrow  # noqa: F401  (Parquet output only where it is installed)

        records = shards.flatMap(lambda r: r[0])
        if not records.isEmpty():
            spark.read.json(records).write.parquet(os.path.join(args.output, "parquet"))
    except ImportError:
        pass
    statuses = [r[1] for r in shards.collect()]
    print(json.dumps({"shards": len(statuses), "records": sum(s["records"] for s in statuses),
                      "failures": sum(s["failures"] for s in statuses)}))
    spark.stop()


if __name__ == "__main__":
    main()

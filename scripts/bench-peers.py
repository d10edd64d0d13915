#!/usr/bin/env python3
"""Times newsfigures against the article extractors users would pick instead, in the same run.

Peers: trafilatura and resiliparse (its main-content html2text), installed from PyPI into
.build/venv-peers on first use. Every tool gets the same pages of the chrome-stripping benchmark
(../shared/corpora/article-extraction-benchmark, unpacked once, outside the timed runs), read into
memory first and then processed in one process on one thread, best of --repeat rounds:

  newsfigures  `newsfigures bench --stages clean,end-to-end` (decode → libxml2 → article; and raw
               bytes → records with figures, which is more work than the peers do)
  trafilatura  trafilatura.extract(bytes), defaults but comments off (they are not article text)
  resiliparse  encoding detection → HTMLTree.parse → extract_plain_text(main_content=True)

Each tool's text is then scored with ../shared/tools/chrome_eval.py (token precision, recall and F1
against the human-marked article text), and the table gives pages/s and the throughput ratio of
newsfigures to each peer. The machine is shared and noisy: compare ratios, not absolute figures.

Usage: scripts/bench-peers.py [--repeat N] [--json FILE] [--binary PATH] [--corpus DIR]
"""
import argparse, gzip, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".build", "venv-peers")
# Module to import → what pip installs for it (trafilatura's justext needs lxml's cleaner, now a package of its own).
PEERS = {"trafilatura": ["trafilatura", "lxml_html_clean"], "resiliparse": ["resiliparse"]}

# Runs inside the venv: times one peer over the pages of a folder, writes its texts as JSONL.
DRIVER = r"""
import json, os, sys, time
peer, folder, out, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
names = sorted(os.listdir(folder))
pages = [open(os.path.join(folder, n), "rb").read() for n in names]
if peer == "trafilatura":
    import trafilatura
    def extract(raw):
        return trafilatura.extract(raw, include_comments=False) or ""
else:
    from resiliparse.parse.encoding import detect_encoding, bytes_to_str
    from resiliparse.parse.html import HTMLTree
    from resiliparse.extract.html2text import extract_plain_text
    def extract(raw):
        tree = HTMLTree.parse(bytes_to_str(raw, detect_encoding(raw)))
        return extract_plain_text(tree, main_content=True)
best, texts = None, None
for _ in range(rounds):
    start = time.perf_counter()
    result = [extract(raw) for raw in pages]
    seconds = time.perf_counter() - start
    if best is None or seconds < best:
        best, texts = seconds, result
with open(out, "w") as f:
    for name, text in zip(names, texts):
        f.write(json.dumps({"id": name.split(".")[0], "text": text}) + "\n")
print(json.dumps({"seconds": best}))
"""


def run(cmd, **kw):
    done = subprocess.run(cmd, **kw)
    if done.returncode != 0:
        sys.exit(f"bench-peers: {os.path.basename(cmd[0])} failed (exit {done.returncode})"
                 + (":\n" + done.stderr[-2000:] if isinstance(done.stderr, str) else ""))
    return done


def venv_python():
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        run([sys.executable, "-m", "venv", VENV])
    missing = [pkg for mod, pkgs in PEERS.items()
               if subprocess.run([python, "-c", f"import {mod}"], capture_output=True).returncode != 0 for pkg in pkgs]
    if missing:
        print(f"bench-peers: installing {', '.join(missing)} from PyPI into {VENV}", file=sys.stderr)
        run([python, "-m", "pip", "install", "-q", *missing])
    return python


def unpack(corpus, folder):
    src = os.path.join(corpus, "html")
    for name in sorted(os.listdir(src)):
        data = open(os.path.join(src, name), "rb").read()
        if name.endswith(".gz"):
            data, name = gzip.decompress(data), name[:-3]
        open(os.path.join(folder, name), "wb").write(data)


def score(corpus, predictions, name, work):
    out = os.path.join(work, f"{name}-metrics.json")
    run([sys.executable, os.path.join(ROOT, "..", "shared", "tools", "chrome_eval.py"), "--corpus", corpus,
         "--jsonl", predictions, "--name", name, "--bootstrap", "0", "--json-out", out], capture_output=True)
    metrics = json.load(open(out))
    return {k: metrics[k] for k in ("f1", "precision", "recall", "accuracy")}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "article-extraction-benchmark"))
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "newsfigures"))
    ap.add_argument("--repeat", type=int, default=5, help="rounds per tool; the best counts (default 5)")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = ap.parse_args()
    if args.binary == os.path.join(ROOT, ".build", "release", "newsfigures"):
        run(["swift", "build", "-c", "release", "--product", "newsfigures"], cwd=ROOT, stdout=subprocess.DEVNULL)
    python = venv_python()
    with tempfile.TemporaryDirectory(prefix="newsfigures-peers-") as work:
        folder = os.path.join(work, "html")
        os.mkdir(folder)
        unpack(args.corpus, folder)
        pages = len(os.listdir(folder))
        results = {}
        # newsfigures: timings from its own benchmark, texts from `clean`.
        bench_json = os.path.join(work, "bench.json")
        run([args.binary, "bench", "--repeat", str(args.repeat), "--stages", "decode,clean,end-to-end", "--json", bench_json,
             folder], stdout=subprocess.DEVNULL)
        stages = json.load(open(bench_json))["stages"]
        clean = run([args.binary, "clean", "--format", "json", folder], capture_output=True, text=True).stdout
        predictions = os.path.join(work, "newsfigures.jsonl")
        with open(predictions, "w") as f:
            for line in clean.splitlines():
                r = json.loads(line)
                f.write(json.dumps({"id": os.path.basename(r["source"]).split(".")[0], "text": r["text"]}) + "\n")
        metrics = score(args.corpus, predictions, "newsfigures", work)
        results["newsfigures (decode+clean)"] = {
            "seconds": stages["decode"]["seconds"] + stages["clean"]["seconds"], **metrics}
        results["newsfigures (end-to-end)"] = {"seconds": stages["end-to-end"]["seconds"], **metrics}
        results["libxml2 parse (floor)"] = {"seconds": stages["parse"]["seconds"]}
        for peer in PEERS:
            predictions = os.path.join(work, f"{peer}.jsonl")
            done = run([python, "-c", DRIVER, peer, folder, predictions, str(args.repeat)], capture_output=True, text=True)
            results[peer] = {"seconds": json.loads(done.stdout.strip().splitlines()[-1])["seconds"],
                             **score(args.corpus, predictions, peer, work)}
    ours = results["newsfigures (end-to-end)"]["seconds"]
    print(f"{pages} pages, best of {args.repeat} rounds each, one process and one thread per tool")
    print(f"{'tool':28} {'seconds':>8} {'pages/s':>8} {'F1':>6} {'P':>6} {'R':>6}  newsfigures end-to-end vs this")
    for name, r in results.items():
        f1 = r.get("f1")
        cells = [f"{r['seconds']:8.3f}", f"{pages / r['seconds']:8.0f}"]
        cells += [f"{r[k]:6.3f}" if f1 is not None else f"{'':6}" for k in ("f1", "precision", "recall")]
        print(f"{name:28} " + " ".join(cells) + f"  {r['seconds'] / ours:5.2f}× the throughput")
        r["pages_per_s"] = pages / r["seconds"]
    if args.json:
        json.dump({"pages": pages, "repeat": args.repeat, "tools": results}, open(args.json, "w"), indent=1)


if __name__ == "__main__":
    main()

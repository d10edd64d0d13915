#!/usr/bin/env python3
"""Builds a large WARC.gz for the batch benchmark from the pages of the article-extraction benchmark.

    scripts/make-bench-warc.py [--size-mb 1024] [--out /tmp/newsfigures-bench.warc.gz]

Written as crawlers write: one gzip member per record, a warcinfo record first, then for each page a
request record, a response record (HTTP headers, the page as received: every 5th gzip-encoded,
every 7th chunked) and a metadata record; every 40th response is an image (skipped by newsfigures).
Pages repeat in a fixed order with distinct URIs and record ids, so the file is the same on every run.
Stops once the file reaches the size asked for. Not committed: build it when benchmarking.
"""
import argparse
import gzip
import os
import random
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "shared", "corpora", "article-extraction-benchmark", "html")


def record(rtype, rid, block, uri, date, content_type):
    head = [
        "WARC/1.0",
        f"WARC-Type: {rtype}",
        f"WARC-Record-ID: <urn:uuid:{rid}>",
        f"WARC-Date: {date}",
        f"WARC-Target-URI: {uri}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(block)}",
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def chunked(data, size=8192):
    out = bytearray()
    for i in range(0, len(data), size):
        piece = data[i : i + size]
        out += f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    return bytes(out + b"0\r\n\r\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=float, default=1024)
    parser.add_argument("--out", default="/tmp/newsfigures-bench.warc.gz")
    parser.add_argument("--corpus", default=CORPUS)
    args = parser.parse_args()
    names = sorted(n for n in os.listdir(args.corpus) if n.endswith(".html.gz") or n.endswith(".html"))
    pages = []
    for n in names:
        with open(os.path.join(args.corpus, n), "rb") as f:
            data = f.read()
        pages.append(gzip.decompress(data) if n.endswith(".gz") else data)
    rng = random.Random(7)
    target = int(args.size_mb * 1024 * 1024)
    counts = {"warcinfo": 0, "request": 0, "response": 0, "metadata": 0, "image": 0}
    with open(args.out, "wb") as out:
        info = b"software: newsfigures make-bench-warc.py\r\nformat: WARC File Format 1.0\r\n"
        out.write(gzip.compress(record("warcinfo", uuid.UUID(int=rng.getrandbits(128)), info, "", "2024-05-01T00:00:00Z",
                                       "application/warc-fields"), compresslevel=6, mtime=0))
        counts["warcinfo"] += 1
        i = 0
        while out.tell() < target:
            page = pages[i % len(pages)]
            uri = f"https://news{i % 97}.example.com/{i // len(pages)}/{names[i % len(pages)][:16]}.html"
            date = f"2024-05-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00Z"
            rid = lambda: uuid.UUID(int=rng.getrandbits(128))
            request = f"GET /{i} HTTP/1.1\r\nHost: news{i % 97}.example.com\r\nUser-Agent: bench-crawler\r\n\r\n".encode()
            out.write(gzip.compress(record("request", rid(), request, uri, date, "application/http;msgtype=request"), compresslevel=6, mtime=0))
            counts["request"] += 1
            if i % 40 == 39:
                body = rng.randbytes(4096)
                head = "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n"
                counts["image"] += 1
            else:
                body = page
                head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                if i % 5 == 0:
                    body = gzip.compress(body, compresslevel=6, mtime=0)
                    head += "Content-Encoding: gzip\r\n"
                if i % 7 == 0:
                    body = chunked(body)
                    head += "Transfer-Encoding: chunked\r\n"
                else:
                    head += f"Content-Length: {len(body)}\r\n"
            block = (head + "\r\n").encode() + body
            out.write(gzip.compress(record("response", rid(), block, uri, date, "application/http;msgtype=response"), compresslevel=6, mtime=0))
            counts["response"] += 1
            meta = f"fetchTimeMs: {100 + i % 900}\r\noutlinks: {i % 50}\r\n".encode()
            out.write(gzip.compress(record("metadata", rid(), meta, uri, date, "application/warc-fields"), compresslevel=6, mtime=0))
            counts["metadata"] += 1
            i += 1
        size = out.tell()
    total = sum(v for k, v in counts.items() if k != "image")
    print(f"{args.out}: {size / 1e6:.1f} MB, {total} records ({counts['response']} responses, {counts['image']} of them images; "
          f"{counts['request']} requests, {counts['metadata']} metadata, 1 warcinfo)")


if __name__ == "__main__":
    main()

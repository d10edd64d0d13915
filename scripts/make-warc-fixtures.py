#!/usr/bin/env python3
"""Writes the small WARC test archives in Fixtures/warc (stdlib only; run again to rebuild them).

They follow what crawlers write (Heritrix, wget --warc, warcio): WARC/1.0 and 1.1 headers with CRLF
line ends, one gzip member per record in .warc.gz, a request before each response, HTTP responses
stored as received (chunked and gzip-encoded bodies left encoded), plus the awkward cases: a
Latin-1 page whose charset is only in the HTTP header, a WARC-Truncated record, a revisit, a
non-HTML payload, a 404, a DNS record, records whose Content-Length lies, and an archive cut off
in the middle of a record.
"""
import gzip
import json
import os
import zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures", "warc")


def page(title, paragraphs, charset_meta=True):
    meta = '<meta charset="utf-8">' if charset_meta else ""
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f"<!DOCTYPE html>\n<html><head>{meta}<title>{title}</title></head>\n<body>\n"
        f'<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a></nav>\n'
        f"<article><h1>{title}</h1>\n{body}</article>\n"
        f"<footer>Copyright 2021 Example News. All rights reserved.</footer>\n</body></html>\n"
    )


PORT = page(
    "Port traffic climbs",
    [
        "The port handled 14,600 containers in March, up 12 percent from a year earlier, the authority said on Monday.",
        "Some 61 shipping lines now call at the port, and officials expect about US$2.5 billion in new investment by 2025.",
        "Dock workers said the new cranes, which cost more than $40 million, had cut waiting times by half.",
    ],
)
HARVEST = page(
    "Harvest forecast raised",
    [
        "Farmers in the region expect to bring in 3.2 million tonnes of wheat this year, the ministry said on Tuesday.",
        "That would be nearly 8 percent more than last year, when drought cut the crop to 2.96 million tonnes.",
        "Exports could reach 1.1 million tonnes, worth roughly 300 million euros, according to the ministry.",
    ],
)
# Latin-1 bytes, no <meta charset>: only the HTTP Content-Type says iso-8859-1.
CAFE = page(
    "Café chain expands",
    [
        "The café chain will open 25 new shops across the country, its chief executive said on Wednesday.",
        "The expansion, costing £5 million, will create about 300 jobs, the company said in a statement.",
        "Sales rose 9 per cent to £48 million in the year to March, helped by demand for crème brûlée.",
    ],
    charset_meta=False,
)
RESOURCE = page(
    "Library opens archive",
    [
        "The city library opened an archive of 4,230 historical newspapers to the public on Thursday.",
        "Digitising the collection took six years and cost about 1.8 million dollars, the library said.",
    ],
)
LONG = page(
    "Rail line extended",
    [
        "The rail operator extended the line by 42 kilometres, adding seven stations, officials said on Friday.",
        "Ridership on the line rose 15 percent last year to 38 million passengers, the operator said.",
        "The extension cost 2.4 billion yuan and was completed three months ahead of schedule.",
    ]
    * 3,
)


def http_response(body, content_type="text/html; charset=utf-8", status="200 OK", extra=()):
    head = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}", "Server: nginx"]
    head += list(extra)
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body


def chunked(data, size=97):
    out = b""
    for i in range(0, len(data), size):
        piece = data[i : i + size]
        out += f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    return out + b"0\r\n\r\n"


def record(rtype, rid, block, uri=None, date="2021-03-15T08:30:00Z", content_type=None, extra=(), version="1.0", length=None):
    head = [f"WARC/{version}", f"WARC-Type: {rtype}", f"WARC-Record-ID: <urn:uuid:{rid}>", f"WARC-Date: {date}"]
    if uri:
        head.append(f"WARC-Target-URI: {uri}")
    if content_type:
        head.append(f"Content-Type: {content_type}")
    head += list(extra)
    head.append(f"Content-Length: {len(block) if length is None else length}")
    return ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"


def uid(n):
    return f"00000000-0000-4000-8000-{n:012d}"


def crawl_records():
    recs = []
    info = b"software: make-warc-fixtures.py\r\nformat: WARC File Format 1.0\r\n"
    recs.append(record("warcinfo", uid(1), info, content_type="application/warc-fields"))
    # 1. A request/response pair, plain HTML.
    req = b"GET /business/port HTTP/1.1\r\nHost: news.example.com\r\nUser-Agent: test-crawler\r\n\r\n"
    recs.append(record("request", uid(2), req, uri="http://news.example.com/business/port", content_type="application/http;msgtype=request"))
    recs.append(
        record("response", uid(3), http_response(PORT.encode()), uri="http://news.example.com/business/port",
               content_type="application/http;msgtype=response")
    )
    recs.append(record("metadata", uid(4), b"outlink: http://news.example.com/\r\n", uri="http://news.example.com/business/port",
                       content_type="application/warc-fields"))
    # 2. Chunked and gzip-encoded, as received.
    gz = gzip.compress(HARVEST.encode(), mtime=0)
    recs.append(
        record("response", uid(5),
               http_response(chunked(gz), extra=("Transfer-Encoding: chunked", "Content-Encoding: gzip")),
               uri="http://news.example.com/world/harvest", date="2021-03-16T09:00:00Z",
               content_type="application/http;msgtype=response", version="1.1")
    )
    # 3. Latin-1, charset only in the HTTP header, raw deflate body (Content-Encoding: deflate).
    deflater = zlib.compressobj(6, zlib.DEFLATED, -15)
    raw = deflater.compress(CAFE.encode("latin-1")) + deflater.flush()
    recs.append(
        record("response", uid(6), http_response(raw, "text/html; charset=ISO-8859-1", extra=("Content-Encoding: deflate",)),
               uri="http://news.example.com/business/cafe", content_type="application/http;msgtype=response")
    )
    # 4. Not articles: an image, a 404, a revisit, a DNS record.
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
    recs.append(record("response", uid(7), http_response(png, "image/png"), uri="http://news.example.com/logo.png",
                       content_type="application/http;msgtype=response"))
    recs.append(record("response", uid(8), http_response(b"<html><body>Not found</body></html>", status="404 Not Found"),
                       uri="http://news.example.com/missing", content_type="application/http;msgtype=response"))
    recs.append(record("revisit", uid(9), http_response(b""), uri="http://news.example.com/business/port",
                       content_type="application/http;msgtype=response",
                       extra=("WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest",
                              "WARC-Refers-To: <urn:uuid:" + uid(3) + ">")))
    recs.append(record("response", uid(10), b"20210315083000\nnews.example.com. 300 IN A 192.0.2.1\n", uri="dns:news.example.com",
                       content_type="text/dns"))
    # 5. A resource record (a page saved by a browser extension).
    recs.append(record("resource", uid(11), RESOURCE.encode(), uri="http://news.example.com/culture/library",
                       content_type="text/html; charset=utf-8"))
    # 6. Truncated by the crawler at a length limit: the payload stops mid-page.
    cut = LONG.encode()[: len(LONG.encode()) * 2 // 3]
    recs.append(record("response", uid(12), http_response(cut), uri="http://news.example.com/transport/rail",
                       content_type="application/http;msgtype=response", extra=("WARC-Truncated: length",)))
    return recs


def write_members(path, recs):
    with open(path, "wb") as f:
        for r in recs:
            f.write(gzip.compress(r, mtime=0))


def main():
    os.makedirs(OUT, exist_ok=True)
    recs = crawl_records()
    write_members(os.path.join(OUT, "crawl.warc.gz"), recs)
    # The same records, uncompressed and as one whole-file gzip member.
    with open(os.path.join(OUT, "crawl.warc"), "wb") as f:
        f.write(b"".join(recs))
    with open(os.path.join(OUT, "crawl-whole-file.warc.gz"), "wb") as f:
        f.write(gzip.compress(b"".join(recs), mtime=0))
    # Lying Content-Length: too short, too long, then a good record.
    short = http_response(PORT.encode())
    long_ = http_response(HARVEST.encode())
    lying = [
        record_raw_with_length(uid(21), short, len(short) - 200, "http://news.example.com/short"),
        record_raw_with_length(uid(22), long_, len(long_) + 150, "http://news.example.com/long"),
        record("resource", uid(23), RESOURCE.encode(), uri="http://news.example.com/after", content_type="text/html"),
    ]
    with open(os.path.join(OUT, "lying-lengths.warc"), "wb") as f:
        f.write(b"".join(lying))
    # Cut off inside the fourth record's gzip member (a download that stopped).
    members = [gzip.compress(r, mtime=0) for r in recs[:5]]
    data = b"".join(members[:4]) + members[4][: len(members[4]) // 2]
    with open(os.path.join(OUT, "cut-off.warc.gz"), "wb") as f:
        f.write(data)


def record_raw_with_length(rid, block, length, uri):
    """A response whose Content-Length header is `length`, whatever the block's real size."""
    head = ["WARC/1.0", "WARC-Type: response", f"WARC-Record-ID: <urn:uuid:{rid}>", "WARC-Date: 2021-03-17T10:00:00Z",
            f"WARC-Target-URI: {uri}", "Content-Type: application/http;msgtype=response", f"Content-Length: {length}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def gzip_fixtures():
    """Fixtures/gzip: a text article and a JSONL dump, gzip'd as `gzip -n` would."""
    root = os.path.join(OUT, "..")
    out = os.path.join(root, "gzip")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(root, "articles", "ciie-2024-zhejiang-article.txt"), "rb") as f:
        text = f.read()
    with open(os.path.join(out, "ciie-2024-zhejiang-article.txt.gz"), "wb") as f:
        f.write(gzip.compress(text, mtime=0))
    lines = b"".join(
        b'{"id": "jsonl-gz-%d", "url": "http://news.example.com/%d", "html": %s}\n'
        % (i, i, json.dumps(p).encode()) for i, p in enumerate([PORT, HARVEST, RESOURCE], 1))
    # A decompression bomb in miniature: 10 MB of zeros in 10 KB.
    with open(os.path.join(root, "bad", "zeros-10mb.html.gz"), "wb") as f:
        f.write(gzip.compress(bytes(10 << 20), compresslevel=9, mtime=0))
    # Two members: a dump appended to later is still one valid gzip file.
    half = lines.index(b"\n") + 1
    with open(os.path.join(out, "dump.jsonl.gz"), "wb") as f:
        f.write(gzip.compress(lines[:half], mtime=0) + gzip.compress(lines[half:], mtime=0))


if __name__ == "__main__":
    main()
    gzip_fixtures()

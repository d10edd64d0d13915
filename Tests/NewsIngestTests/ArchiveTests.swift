import Foundation
import TestSupport
import Testing

@testable import NewsIngest

/// Reads every item of the given inputs.
private func items(_ paths: [String]) -> [DocumentReader.Item] {
    var out: [DocumentReader.Item] = []
    DocumentReader().read(paths) { out.append($0) }
    return out
}

private func documents(_ items: [DocumentReader.Item]) -> [RawDocument] {
    items.compactMap { if case let .document(d) = $0 { d } else { nil } }
}

private func skips(_ items: [DocumentReader.Item]) -> [String] {
    items.compactMap { if case let .skipped(_, reason) = $0 { reason } else { nil } }
}

private func failures(_ items: [DocumentReader.Item]) -> [IngestFailure] {
    items.compactMap { if case let .failure(f) = $0 { f } else { nil } }
}

/// The crawl fixture (scripts/make-warc-fixtures.py) as crawlers write it.
@Suite struct WARCFixtureTests {
    static let crawl = Paths.fixture("warc/crawl.warc.gz")
    static let urls = [
        "http://news.example.com/business/port", "http://news.example.com/world/harvest", "http://news.example.com/business/cafe",
        "http://news.example.com/culture/library", "http://news.example.com/transport/rail",
    ]
    static let skipReasons = [
        "WARC warcinfo record", "WARC request record", "WARC metadata record", "non-HTML payload (image/png)", "HTTP status 404",
        "WARC revisit record", "WARC response to a DNS lookup",
    ]

    @Test func everyRecordIsADocumentOrASkip() {
        let all = items([Self.crawl])
        #expect(all.count == 12)
        let docs = documents(all)
        #expect(docs.map(\.url) == Self.urls)
        #expect(skips(all) == Self.skipReasons)
        #expect(failures(all).isEmpty)
        #expect(docs.map(\.id) == ["03", "05", "06", "11", "12"].map { "urn:uuid:00000000-0000-4000-8000-0000000000\($0)" })
        #expect(docs.first?.source == Self.crawl + "#urn:uuid:00000000-0000-4000-8000-000000000003")
        #expect(
            docs.map(\.fetched) == [
                "2021-03-15T08:30:00Z", "2021-03-16T09:00:00Z", "2021-03-15T08:30:00Z", "2021-03-15T08:30:00Z", "2021-03-15T08:30:00Z",
            ])
        #expect(docs.allSatisfy { $0.format == .html })
    }

    /// Offsets are where each record's gzip member starts (what CDX indexes use), as Python's zlib finds them.
    @Test func offsetsAreGzipMemberStarts() {
        let docs = documents(items([Self.crawl]))
        #expect(docs.map(\.archiveOffset) == [443, 1282, 2033, 3817, 4308])
        let plain = documents(items([Paths.fixture("warc/crawl.warc")]))
        #expect(plain.map(\.archiveOffset) == [596, 1886, 2716, 4968, 5754])
    }

    @Test func chunkedGzipEncodedPayloadIsDecoded() throws {
        let harvest = try #require(documents(items([Self.crawl])).first { $0.url?.hasSuffix("harvest") == true })
        #expect(harvest.text.contains("3.2 million tonnes of wheat"))
        #expect(harvest.text.contains("roughly 300 million euros"))
        #expect(harvest.notes.isEmpty)
    }

    @Test func latin1CharsetComesFromTheHTTPHeader() throws {
        let cafe = try #require(documents(items([Self.crawl])).first { $0.url?.hasSuffix("cafe") == true })
        #expect(cafe.text.contains("The café chain"))
        #expect(cafe.text.contains("costing £5 million"))
        #expect(cafe.text.contains("crème brûlée"))
        #expect(cafe.encoding.contains("iso-8859-1"))
    }

    @Test func truncatedRecordIsReadWithANote() throws {
        let rail = try #require(documents(items([Self.crawl])).last)
        #expect(rail.notes == ["payload truncated by the crawler (WARC-Truncated: length)"])
        #expect(rail.text.contains("The rail operator extended the line by 42 kilometres"))
    }

    @Test func wholeFileGzipAndPlainGiveTheSameDocuments() {
        let perRecord = documents(items([Self.crawl]))
        for variant in ["warc/crawl.warc", "warc/crawl-whole-file.warc.gz"] {
            let other = items([Paths.fixture(variant)])
            #expect(skips(other) == Self.skipReasons, "\(variant)")
            #expect(documents(other).map(\.text) == perRecord.map(\.text), "\(variant)")
            #expect(documents(other).map(\.id) == perRecord.map(\.id), "\(variant)")
        }
    }

    @Test func lyingContentLengthsAreRecovered() {
        let all = items([Paths.fixture("warc/lying-lengths.warc")])
        let docs = documents(all)
        #expect(all.count == 3)
        #expect(docs.map(\.url) == ["http://news.example.com/short", "http://news.example.com/long", "http://news.example.com/after"])
        // Too short: the block runs on to the next record; the page's last paragraph is there.
        #expect(docs[0].text.contains("cut waiting times by half"))
        #expect(docs[0].notes.first?.hasPrefix("Content-Length 544 is wrong") == true)
        // Too long: the block stops where the next record starts, and that record is still read.
        #expect(docs[1].text.contains("worth roughly 300 million euros"))
        #expect(docs[1].notes.first?.hasPrefix("Content-Length 891 is wrong") == true)
        #expect(docs[2].text.contains("4,230 historical newspapers"))
        #expect(docs[2].notes.isEmpty)
    }

    @Test func cutOffArchiveKeepsWhatCameBeforeAndReportsTheCutOnce() throws {
        let all = items([Paths.fixture("warc/cut-off.warc.gz")])
        #expect(documents(all).map(\.url) == ["http://news.example.com/business/port"])
        #expect(skips(all) == ["WARC warcinfo record", "WARC request record", "WARC metadata record"])
        let failure = try #require(failures(all).first)
        #expect(failures(all).count == 1)
        #expect(failure.source.hasSuffix("#urn:uuid:00000000-0000-4000-8000-000000000005"))
        #expect(failure.offset == 1282)
        #expect(failure.reason.hasPrefix("the archive ends inside this record (209 of 569 bytes)"))
        #expect(failure.reason.contains("gzip data ends early"))
    }
}

@Suite struct GzipInputTests {
    @Test func gzipTextIsTheSameDocumentAsThePlainFile() throws {
        let plain = try #require(documents(items([Paths.fixture("articles/ciie-2024-zhejiang-article.txt")])).first)
        let gz = try #require(documents(items([Paths.fixture("gzip/ciie-2024-zhejiang-article.txt.gz")])).first)
        #expect(gz.text == plain.text)
        #expect(gz.id == plain.id)
        #expect(gz.source.hasSuffix("ciie-2024-zhejiang-article.txt.gz"))
    }

    @Test func jsonlGzipWithTwoMembersGivesEveryLine() {
        let docs = documents(items([Paths.fixture("gzip/dump.jsonl.gz")]))
        #expect(docs.map(\.id) == ["jsonl-gz-1", "jsonl-gz-2", "jsonl-gz-3"])
        #expect(docs.map(\.source).map { $0.split(separator: "#").last.map(String.init) } == ["L1", "L2", "L3"])
    }

    @Test func corruptGzipIsAFailureNamingTheInput() throws {
        let path = NSTemporaryDirectory() + "newsfigures-corrupt-\(getpid()).gz"
        var bytes: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03]
        bytes += [UInt8](repeating: 0xFF, count: 40)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let all = items([path])
        let failure = try #require(failures(all).first)
        #expect(all.count == 1)
        #expect(failure.source == path)
        #expect(failure.reason.hasPrefix("corrupt gzip data"))
    }

    @Test func gzipBombIsStoppedAtTheDocumentLimit() throws {
        // 10 MB of zeros in 10 KB; with a 1 MB limit the reader stops and names the input.
        let path = Paths.fixture("bad/zeros-10mb.html.gz")
        var all: [DocumentReader.Item] = []
        DocumentReader(maxDocumentBytes: 1 << 20).read([path]) { all.append($0) }
        #expect(all.count == 1)
        #expect(failures(all).first == IngestFailure(source: path, reason: "larger than 1048576 bytes"))
        // Under the default limit the same file is read whole, and is binary content (NUL bytes).
        #expect(failures(items([path])).first?.reason.hasPrefix("binary content") == true)
    }
}

@Suite struct HTTPPayloadTests {
    static func response(_ head: String, _ body: [UInt8]) -> HTTPResponse? {
        HTTPResponse.parse(Array(head.replacingOccurrences(of: "\n", with: "\r\n").utf8) + body)
    }

    @Test func statusHeadersAndCharset() throws {
        let r = try #require(
            Self.response("HTTP/1.1 404 Not Found\nContent-Type: Text/HTML; Charset=\"Shift_JIS\"\nX-A: 1\nX-A: 2\n\n", []))
        #expect(r.status == 404)
        #expect(r.mediaType == "text/html")
        #expect(r.charset == "shift_jis")
        #expect(r.headers["x-a"] == "1, 2")
    }

    @Test func notHTTP() {
        #expect(HTTPResponse.parse(Array("20210315083000\nnews.example.com. 300 IN A 192.0.2.1\n".utf8)) == nil)
        #expect(HTTPResponse.parse(Array("HTTP/1.1 abc\r\n\r\n".utf8)) == nil)
    }

    @Test func dechunking() {
        let body = Array("5\r\nHello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n".utf8)
        guard case let .complete(out) = HTTPResponse.dechunk(body) else { Issue.record("not complete"); return }
        #expect(String(decoding: out, as: UTF8.self) == "Hello, world")
        // Stored already de-chunked (wget keeps the header): the body is left alone.
        guard case .notChunked = HTTPResponse.dechunk(Array("<html><body>Hi</body></html>".utf8)) else {
            Issue.record("should not be chunked"); return
        }
        guard case let .partial(part) = HTTPResponse.dechunk(Array("5\r\nHello\r\n20\r\nshort".utf8)) else {
            Issue.record("should be partial"); return
        }
        #expect(String(decoding: part, as: UTF8.self) == "Helloshort")
    }

    @Test func contentEncodingThatIsNotReallyCompressedIsKept() throws {
        let page = Array("<html><body><p>Plain</p></body></html>".utf8)
        let r = try #require(Self.response("HTTP/1.1 200 OK\nContent-Encoding: gzip\n\n", page))
        guard case let .success(decoded) = r.decodedBody(limit: 1 << 20) else { Issue.record("failed"); return }
        #expect(decoded.bytes == page)
    }

    @Test func unknownContentEncodingFails() throws {
        let r = try #require(Self.response("HTTP/1.1 200 OK\nContent-Encoding: br\n\n", [1, 2, 3]))
        guard case let .failure(reason) = r.decodedBody(limit: 1 << 20) else { Issue.record("should fail"); return }
        #expect(reason.text == "unsupported Content-Encoding \"br\"")
    }

    @Test func inflateStopsAtTheLimit() throws {
        let zeros = try #require(TestFiles.read(Paths.fixture("bad/zeros-10mb.html.gz")))
        let limited = try #require(Inflate.all(zeros, raw: false, limit: 100_000))
        #expect(limited.overLimit)
        #expect(limited.bytes.count < 200_000)
        let whole = try #require(Inflate.all(zeros, raw: false, limit: 20 << 20))
        #expect(!whole.overLimit && whole.complete && whole.bytes.count == 10 << 20)
        // Not compressed data at all.
        #expect(Inflate.all(Array("<html>".utf8), raw: false, limit: 100) == nil)
    }
}

/// Damaged archives built byte by byte: every record either read, skipped or reported, never a hang.
@Suite struct DamagedWARCTests {
    static func record(_ id: Int, _ block: String, length: Int? = nil, type: String = "response", lineEnd: String = "\r\n") -> String {
        let head = [
            "WARC/1.0", "WARC-Type: \(type)", "WARC-Record-ID: <urn:uuid:20000000-0000-4000-8000-\(String(format: "%012d", id))>",
            "WARC-Date: 2022-02-02T00:00:00Z", "WARC-Target-URI: http://example.org/\(id)",
            "Content-Type: application/http;msgtype=response",
            "Content-Length: \(length ?? block.utf8.count)",
        ]
        return head.joined(separator: lineEnd) + lineEnd + lineEnd + block + lineEnd + lineEnd
    }

    static func page(_ id: Int) -> String {
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Page \(id) reports 120 new homes and a $\(id) million budget.</p></body></html>"
    }

    static func items(of bytes: [UInt8]) -> [DocumentReader.Item] {
        let path = NSTemporaryDirectory() + "newsfigures-damaged-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).warc"
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var out: [DocumentReader.Item] = []
        DocumentReader().read([path]) { out.append($0) }
        return out
    }

    static func urls(_ items: [DocumentReader.Item]) -> [String] { documents(items).compactMap(\.url) }

    @Test func aLongLineThatStartsLikeAHeaderDoesNotHang() {
        // Longer than the reader's look-ahead, and shorter.
        for zeros in [100_000, 5000] {
            let all = Self.items(
                of: Array("WARC/1.0".utf8) + [UInt8](repeating: 0, count: zeros) + Array(("\r\n" + Self.record(1, Self.page(1))).utf8))
            #expect(failures(all).count == 1)
            #expect(failures(all).first?.reason.hasPrefix("not a WARC record header") == true)
            #expect(Self.urls(all) == ["http://example.org/1"])
        }
    }

    @Test func junkBetweenRecordsLosesNoRecord() {
        let text = Self.record(1, Self.page(1)) + "junk left by a broken writer\r\n" + Self.record(2, Self.page(2))
        let all = Self.items(of: Array(text.utf8))
        #expect(Self.urls(all) == ["http://example.org/1", "http://example.org/2"])
        #expect(documents(all).first?.notes.first?.contains("more bytes before the next record") == true)
        #expect(documents(all).last?.notes.isEmpty == true)
    }

    @Test func lineFeedOnlyArchivesAndExtraBlankLinesAreRead() {
        let text = Self.record(1, Self.page(1), lineEnd: "\n") + "\n\n\n" + Self.record(2, Self.page(2), lineEnd: "\n")
        let all = Self.items(of: Array(text.utf8))
        #expect(Self.urls(all) == ["http://example.org/1", "http://example.org/2"])
        #expect(documents(all).allSatisfy { $0.notes.isEmpty })
        #expect(documents(all).first?.text.contains("Page 1 reports 120 new homes") == true)
    }

    @Test(arguments: [2_000_000, 300_000_000])
    func anOversizedLyingContentLengthDoesNotSwallowTheRecordsAfterIt(length: Int) {
        let text = Self.record(1, Self.page(1), length: length) + Self.record(2, Self.page(2)) + Self.record(3, Self.page(3))
        let all = Self.items(of: Array(text.utf8))
        #expect(all.count == 3)
        #expect(Self.urls(all).suffix(2) == ["http://example.org/2", "http://example.org/3"])
    }

    @Test func aLargeNonHTMLPayloadIsStreamedPastAndCounted() {
        let image = "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n" + String(repeating: "\u{7F}", count: 3_000_000)
        let text = Self.record(1, image) + Self.record(2, Self.page(2))
        let all = Self.items(of: Array(text.utf8))
        #expect(skips(all) == ["non-HTML payload (image/jpeg)"])
        #expect(Self.urls(all) == ["http://example.org/2"])
    }

    @Test func bytesAfterTheLastGzipMemberAreReported() throws {
        let crawl = try #require(TestFiles.read(WARCFixtureTests.crawl))
        let all = Self.items(of: crawl + Array("WARC/1.0\r\nthis is not gzip".utf8))
        #expect(documents(all).count == 5)
        #expect(failures(all).count == 1)
        #expect(failures(all).first?.reason.hasPrefix("data after the last gzip member (at byte 4865) is not gzip") == true)
    }

    @Test func aHugeChunkSizeIsAPartialBodyNotACrash() {
        guard case let .partial(out) = HTTPResponse.dechunk(Array("3\r\nabc\r\n7fffffffffffffff\r\nxyz".utf8)) else {
            Issue.record("should be partial"); return
        }
        #expect(String(decoding: out, as: UTF8.self) == "abcxyz")
    }
}

/// Streams that break: in-memory reading, cut-off and corrupt gzip, bombs, many members.
@Suite struct BrokenStreamTests {
    static func fixture(_ name: String) -> [UInt8] { TestFiles.read(Paths.fixture(name)) ?? [] }

    static func read(_ bytes: [UInt8], _ source: String) -> [DocumentReader.Item] {
        var out: [DocumentReader.Item] = []
        DocumentReader().read(bytes: bytes, source: source) { out.append($0) }
        return out
    }

    /// Bytes in memory are read exactly as a file with those bytes and that name.
    @Test(arguments: [
        "warc/crawl.warc.gz", "warc/crawl.warc", "gzip/dump.jsonl.gz", "bad/mixed.jsonl", "articles/ciie-2020-zhejiang-shine-page.html",
    ])
    func inMemoryBytesReadAsTheFile(_ name: String) {
        let path = Paths.fixture(name)
        let fromFile = items([path])
        let fromMemory = Self.read(Self.fixture(name), path)
        #expect(fromMemory.count == fromFile.count)
        #expect(documents(fromMemory).map(\.text) == documents(fromFile).map(\.text))
        #expect(documents(fromMemory).map(\.source) == documents(fromFile).map(\.source))
        #expect(failures(fromMemory) == failures(fromFile))
        #expect(skips(fromMemory) == skips(fromFile))
        #expect(!documents(fromFile).isEmpty)
    }

    /// A page whose gzip ends early is a failure, not a silently shortened page.
    @Test func aPageCutOffInsideItsGzipIsAFailure() throws {
        let whole = Self.fixture("gzip/ciie-2024-zhejiang-article.txt.gz")
        let all = Self.read(Array(whole.prefix(whole.count / 2)), "cut.txt.gz")
        #expect(all.count == 1)
        let failure = try #require(failures(all).first)
        #expect(failure.source == "cut.txt.gz")
        #expect(failure.reason == "gzip data ends early (archive cut off at byte \(whole.count / 2))")
    }

    /// A gzip cut off before any of its text inflates is a cut, not an empty page: the cut is told even when no byte came
    /// out before it.
    @Test func aGzipCutOffBeforeAnyTextIsACutNotAnEmptyPage() throws {
        let whole = Self.fixture("gzip/ciie-2024-zhejiang-article.txt.gz")
        for cut in [12, 20, 40] {
            let all = Self.read(Array(whole.prefix(cut)), "cut.txt.gz")
            #expect(all.count == 1)
            let failure = try #require(failures(all).first)
            #expect(failure.reason == "gzip data ends early (archive cut off at byte \(cut))", "cut at \(cut)")
        }
    }

    /// JSON lines cut off inside their gzip: the whole lines before the cut are documents, the line
    /// the cut falls in is one failure with the cut as its reason (not a JSON error and then a cut).
    @Test func jsonLinesCutOffInsideTheirGzip() throws {
        let whole = Self.fixture("gzip/dump.jsonl.gz")
        let cut = Array(whole.prefix(whole.count * 2 / 3))
        let all = Self.read(cut, "cut.jsonl.gz")
        let failure = try #require(failures(all).last)
        #expect(failures(all).count == 1)
        #expect(failure.reason.hasPrefix("gzip data ends early"))
        #expect(failure.source == "cut.jsonl.gz#L\(documents(all).count + 1)")
        #expect(documents(all).count < 3)
    }

    /// Two 10 MB-of-zeros members (20 KB stored): past 16 MB the 1000:1 ratio ends the file.
    @Test func aBombIsRefusedByItsRatioBeforeTheSizeLimit() throws {
        let member = Self.fixture("bad/zeros-10mb.html.gz")
        let all = Self.read(member + member, "bomb.html.gz")
        #expect(all.count == 1)
        let failure = try #require(failures(all).first)
        #expect(failure.reason.hasPrefix("gzip bomb: "))
        #expect(failure.reason.hasSuffix(" (over 200:1); the rest of the file was not read"))
        // One member alone (10 MB, under the 16 MB floor) is read and judged by its content.
        #expect(failures(Self.read(member, "zeros.html.gz")).first?.reason.hasPrefix("binary content") == true)
    }

    /// 300,000 empty gzip members (6 MB) before a real one: read through, one document.
    @Test func manyEmptyMembersBeforeTheContent() throws {
        let empty: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(empty.count * 300_000 + 2048)
        for _ in 0..<300_000 { bytes += empty }
        bytes += Self.fixture("gzip/ciie-2024-zhejiang-article.txt.gz")
        let all = Self.read(bytes, "members.txt.gz")
        let plain = documents(items([Paths.fixture("articles/ciie-2024-zhejiang-article.txt")]))
        #expect(documents(all).map(\.text) == plain.map(\.text))
        #expect(all.count == 1)
    }

    /// A few NUL bytes are removed and counted; mostly-NUL content is still binary.
    @Test func nulBytesInTextAreDamageNotBinary() throws {
        let page = Array("<html><body><p>Some 61 projects\u{0} were signed.</p></body></html>".utf8)
        let document = try #require(documents(Self.read(page, "nul.html")).first)
        #expect(document.text == "<html><body><p>Some 61 projects were signed.</p></body></html>")
        #expect(document.encoding == "utf-8, 1 NUL byte removed")
        let binary = [UInt8](repeating: 0, count: 100) + Array("text".utf8)
        #expect(failures(Self.read(binary, "zeros.txt")).first?.reason.hasPrefix("binary content") == true)
    }
}

/// Cases found by the reliability review of the broken-stream handling.
@Suite struct BrokenStreamReviewTests {
    /// Bytes that are not gzip after a whole page earn a note, not a failure.
    @Test func bytesAfterAWholeGzipPageAreANote() throws {
        let bytes = BrokenStreamTests.fixture("gzip/ciie-2024-zhejiang-article.txt.gz") + Array("\n".utf8)
        let all = BrokenStreamTests.read(bytes, "page.txt.gz")
        let document = try #require(documents(all).first)
        #expect(all.count == 1)
        #expect(
            document.notes == [
                "data after the last gzip member (at byte \(bytes.count - 1)) is not gzip; the rest of the file was not read"
            ])
    }

    /// The opening of a gzip member holding `bytes` in stored (uncompressed) deflate blocks, with
    /// no trailer: a stream that is cut off somewhere inside.
    static func cutGzip(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]
        var start = 0
        while start < bytes.count {
            let n = min(65_535, bytes.count - start)
            out += [0, UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
            out += bytes[start..<start + n]
            start += n
        }
        return out
    }

    /// A first JSON line longer than the look-ahead, cut off, in a file whose name does not say
    /// JSON lines: the cut is the failure (it was "empty input" once).
    @Test func aLongFirstLineCutOffReportsTheCut() throws {
        let line = Array("{\"text\": \"Some 61 projects. ".utf8) + Array(repeating: UInt8(ascii: "a"), count: 200_000)
        let bytes = Self.cutGzip(line)
        let all = BrokenStreamTests.read(bytes, "dump.gz")
        let failure = try #require(failures(all).first)
        #expect(all.count == 1)
        #expect(failure.source == "dump.gz")
        #expect(failure.reason == "gzip data ends early (archive cut off at byte \(bytes.count))")
    }

    /// NUL bytes removed before decoding do not shift the offset of an invalid byte.
    @Test func invalidUTF8OffsetsCountTheNULs() throws {
        var bytes = Array("Published: 2020-11-07\n".utf8) + [0, 0, 0] + Array("Sales rose 5 percent ".utf8)
        let bad = bytes.count
        bytes += [0xFF] + Array(" here.\n".utf8)
        let failure = try #require(failures(BrokenStreamTests.read(bytes, "t.txt")).first)
        #expect(failure.reason == "invalid UTF-8 at byte \(bad)")
    }

    /// Cut anywhere, a whole-file gzip archive gives the same items as the whole archive up to the
    /// cut, then exactly one failure; a record whose block is whole is never lost.
    @Test func aWholeFileGzipArchiveCutAnywhere() throws {
        let whole = BrokenStreamTests.fixture("warc/crawl-whole-file.warc.gz")
        let complete = BrokenStreamTests.read(whole, "a.warc.gz")
        let full = documents(complete).map(\.text)
        for cut in stride(from: 40, to: whole.count - 8, by: 53) {
            let all = BrokenStreamTests.read(Array(whole.prefix(cut)), "a.warc.gz")
            let texts = documents(all).map(\.text)
            #expect(Array(full.prefix(texts.count)) == texts, "cut at \(cut)")
            #expect(failures(all).count == 1, "cut at \(cut): \(failures(all).map(\.reason))")
        }
    }
}

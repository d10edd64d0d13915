/// Reads WARC 1.0 and 1.1 records one at a time from a (decompressed) stream, never holding more
/// than one record.
///
/// Archives lie: a `Content-Length` may be too short or too long, a download may stop inside a
/// record, junk may sit between records. The reader checks that every block is followed by the
/// record separator and the next `WARC/` line; when it is not, it looks for the true boundary (in
/// the block already read, or ahead in the stream), keeps the record with a note, and goes on.
final class WARCReader {
    struct Record {
        /// Where the record starts: the gzip member's offset in the stored file for per-record gzip,
        /// else the byte offset in the (decompressed) stream.
        var offset: Int
        var version: String
        /// Header names lower-cased; the first value of a repeated name wins.
        var headers: [String: String]
        var block: [UInt8]
        /// Set when the block's end is not where `Content-Length` said.
        var lengthNote: String?
        /// The archive ends before the block does.
        var cutOff = false

        var type: String { headers["warc-type"]?.lowercased() ?? "" }
        var recordID: String? { headers["warc-record-id"].map(WARCReader.stripBrackets) }
    }

    /// A record's header could not be read; the reader has moved on to the next record.
    struct Problem: Error {
        var offset: Int
        var reason: String
    }

    enum Item {
        case record(Record)
        case problem(Problem)
    }

    let reader: StreamReader
    /// Blocks larger than this are skipped (streamed past) and reported.
    var maxBlock: Int
    static let maxHeaderBytes = 1 << 18
    static let separator: [UInt8] = Array("\r\n\r\n".utf8)
    static let versionPrefix: [UInt8] = Array("WARC/".utf8)
    /// What follows a record's block: the separator, then the next record's version line.
    static let boundary: [UInt8] = Array("\r\n\r\nWARC/1.".utf8)

    init(_ reader: StreamReader, maxBlock: Int = 64 << 20) {
        self.reader = reader
        self.maxBlock = maxBlock
    }

    static func stripBrackets(_ s: String) -> String {
        s.hasPrefix("<") && s.hasSuffix(">") ? String(s.dropFirst().dropLast()) : s
    }

    static func looksLikeWARC(_ head: some Collection<UInt8>) -> Bool {
        head.starts(with: Array("WARC/1.".utf8))
    }

    private var recordOffset: Int { reader.memberOffset(containing: reader.position) ?? reader.position }

    /// The next record or problem; nil at the end of the archive.
    func next() throws(IngestFailure) -> Item? {
        // Blank lines between records are tolerated.
        while let byte = try reader.peek(1).first, byte == 0x0D || byte == 0x0A { try reader.skip(1) }
        if try reader.atEnd() { return nil }
        let offset = recordOffset
        guard let versionLine = try reader.readLine(limit: 1024), Self.looksLikeWARC(versionLine) else {
            let skipped = try resynchronize()
            return .problem(Problem(offset: offset, reason: "not a WARC record header (skipped \(skipped) bytes to the next record)"))
        }
        let version = Self.text(versionLine)
        var headers: [String: String] = [:]
        var headerBytes = versionLine.count
        var lastName: String?
        while true {
            guard let line = try reader.readLine(limit: Self.maxHeaderBytes), !line.isEmpty else {
                return .problem(Problem(offset: offset, reason: "the archive ends inside a WARC header"))
            }
            headerBytes += line.count
            if headerBytes > Self.maxHeaderBytes {
                let skipped = try resynchronize()
                return .problem(
                    Problem(offset: offset, reason: "WARC header longer than \(Self.maxHeaderBytes) bytes (skipped \(skipped) bytes)"))
            }
            let content = Self.text(line)
            if content.isEmpty { break }
            if let first = line.first, first == 0x20 || first == 0x09, let name = lastName {
                headers[name, default: ""] += " " + content.trimmingSpaces()
                continue
            }
            guard let colon = content.firstIndex(of: ":") else { continue }
            let name = content[..<colon].trimmingSpaces().lowercased()
            if headers[name] == nil { headers[name] = content[content.index(after: colon)...].trimmingSpaces() }
            lastName = name
        }
        guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
            let skipped = try resynchronize()
            return .problem(
                Problem(
                    offset: offset,
                    reason:
                        "WARC record without a valid Content-Length (\(headers["content-length"] ?? "missing")); skipped \(skipped) bytes"
                ))
        }
        if length > maxBlock {
            try reader.skip(length)
            try consumeSeparator()
            return .problem(Problem(offset: offset, reason: "WARC record block of \(length) bytes is over the \(maxBlock)-byte limit"))
        }
        var record = Record(offset: offset, version: version, headers: headers, block: try reader.read(length))
        try settleEnd(of: &record, declared: length)
        return .record(record)
    }

    /// After the block: the separator and the next version line, or the end. Otherwise find the
    /// real end of the block.
    private func settleEnd(of record: inout Record, declared length: Int) throws(IngestFailure) {
        if record.block.count < length {
            if !cutAtBoundaryInBlock(&record, declared: length) { record.cutOff = true }
            return
        }
        let after = try reader.peek(Self.boundary.count)
        if after.isEmpty { return }
        if after.starts(with: Self.separator) {
            let rest = after.dropFirst(Self.separator.count)
            if rest.starts(with: Self.versionPrefix) || rest.allSatisfy({ $0 == 0x0D || $0 == 0x0A }) {
                try reader.skip(Self.separator.count)
                return
            }
        }
        if Self.looksLikeWARC(after) { return }  // separator missing, next record right there
        if cutAtBoundaryInBlock(&record, declared: length) { return }
        // Too short a Content-Length: the block goes on up to the next boundary (or the end).
        var extra: [UInt8] = []
        while true {
            let window = try reader.peek(1 << 16)
            if window.isEmpty { break }
            if let cut = Self.find(Self.boundary, in: window) {
                extra += window.prefix(cut - window.startIndex)
                try reader.skip(cut - window.startIndex + Self.separator.count)
                break
            }
            // Keep the tail that could start a boundary split across windows.
            let keep = min(window.count, Self.boundary.count - 1)
            let take = window.count - keep
            if take == 0 {
                extra += try reader.read(window.count)
                break
            }
            extra += try reader.read(take)
            if record.block.count + extra.count > maxBlock { break }
        }
        while extra.last == 0x0A || extra.last == 0x0D { extra.removeLast() }
        record.block += extra
        record.lengthNote = "Content-Length \(length) is wrong: the block ends after \(record.block.count) bytes"
    }

    /// Too long a Content-Length swallows the start of the next record: cut the block where the
    /// next record starts and put the rest back.
    private func cutAtBoundaryInBlock(_ record: inout Record, declared length: Int) -> Bool {
        guard let cut = Self.find(Self.boundary, in: record.block) else { return false }
        reader.unread(record.block[(cut + Self.separator.count)...])
        record.block.removeSubrange(cut...)
        record.lengthNote = "Content-Length \(length) is wrong: the block ends after \(cut) bytes"
        return true
    }

    private func consumeSeparator() throws(IngestFailure) {
        if try reader.peek(Self.separator.count).elementsEqual(Self.separator) { try reader.skip(Self.separator.count) }
    }

    /// Skips to the next line that starts a WARC record; returns the bytes skipped.
    private func resynchronize() throws(IngestFailure) -> Int {
        var skipped = 0
        while true {
            let head = try reader.peek(Self.versionPrefix.count + 2)
            if head.isEmpty || Self.looksLikeWARC(head) { return skipped }
            guard let line = try reader.readLine(limit: 1 << 20) else {
                skipped += try reader.skip(1 << 20)
                continue
            }
            skipped += line.count
        }
    }

    /// The absolute index where `needle` first occurs in `haystack`.
    static func find<C: RandomAccessCollection<UInt8>>(_ needle: [UInt8], in haystack: C) -> Int? where C.Index == Int {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var i = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while i <= last {
            guard let hit = haystack[i...last].firstIndex(of: first) else { return nil }
            if haystack[hit...].starts(with: needle) { return hit }
            i = hit + 1
        }
        return nil
    }

    static func text(_ line: some Collection<UInt8>) -> String {
        var bytes = Array(line)
        while bytes.last == 0x0A || bytes.last == 0x0D { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}

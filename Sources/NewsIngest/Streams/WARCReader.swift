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
        /// A large block not wanted by the caller: `block` holds only its opening bytes.
        var streamedPast = false

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
    static let versionPrefix: [UInt8] = Array("WARC/".utf8)

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

    /// Blocks longer than this are first looked at through their opening bytes, and streamed past
    /// without being held when `wantsBlock` says their content is not needed (images, videos…).
    static let largeBlock = 1 << 20
    static let peekBytes = 1 << 16

    /// The next record or problem; nil at the end of the archive. `wantsBlock` sees the headers and
    /// the block's opening bytes of a large block; false streams past the rest of it.
    func next(wantsBlock: (Record) -> Bool = { _ in true }) throws(IngestFailure) -> Item? {
        // Blank lines between records are tolerated.
        while let byte = try reader.peek(1).first, byte == 0x0D || byte == 0x0A { try reader.skip(1) }
        if try reader.atEnd() { return nil }
        let offset = recordOffset
        let first = try reader.readLine(limit: 1024)
        guard let versionLine = first, Self.startsWithVersionLine(versionLine) else {
            if first == nil { try reader.skipLine() }  // a line too long to be a header line
            let skipped = (first?.count ?? 0) + (try resynchronize())
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
        var record = Record(offset: offset, version: version, headers: headers, block: [])
        if length > Self.largeBlock {
            record.block = Array(try reader.peek(Self.peekBytes))
            if length > maxBlock || !wantsBlock(record) {
                // Stream past it line by line: a lying length cannot swallow the records after it.
                let wanted = wantsBlock(record)
                let skipped = try resynchronize()
                if wanted {
                    return .problem(
                        Problem(offset: offset, reason: "WARC record block of \(length) bytes is over the \(maxBlock)-byte limit"))
                }
                if skipped + 4 < length { record.lengthNote = "Content-Length \(length) is wrong: the block ends after \(skipped) bytes" }
                record.block = Array(record.block.prefix(min(skipped, record.block.count)))
                record.streamedPast = true
                return .record(record)
            }
        }
        record.block = try reader.read(length)
        try settleEnd(of: &record, declared: length)
        return .record(record)
    }

    /// After the block: blank lines and the next version line, or the end. Otherwise find the real
    /// end of the block: too long a Content-Length swallowed the next record's start (cut it off and
    /// put it back); too short a one (or junk after the block) leaves bytes before the next record
    /// (they are kept with the block, with a note).
    private func settleEnd(of record: inout Record, declared length: Int) throws(IngestFailure) {
        if record.block.count < length {
            if !cutAtRecordStartInBlock(&record, declared: length) { record.cutOff = true }
            return
        }
        let window: ArraySlice<UInt8>
        do { window = try reader.peek(64) } catch {
            // The block is whole and the archive breaks right after it: keep the record, report the break next.
            reader.deferError(error)
            return
        }
        let blank = window.prefix { $0 == 0x0D || $0 == 0x0A }.count
        if blank == window.count && window.count < 64 {
            try reader.skip(blank)
            return
        }
        if Self.startsWithVersionLine(window.dropFirst(blank)) {
            try reader.skip(blank)
            return
        }
        if cutAtRecordStartInBlock(&record, declared: length) { return }
        var extra: [UInt8] = []
        do {
            while record.block.count + extra.count <= maxBlock {
                if Self.startsWithVersionLine(try reader.peek(16)) { break }
                guard let line = try reader.readLine(limit: 1 << 20) else {
                    if try reader.atEnd() { break }
                    extra += try reader.read(1 << 20)
                    continue
                }
                extra += line
            }
        } catch {
            // The archive breaks after the block. With nothing but line ends before the break, the
            // block was whole (the break is in what would have been the next record): keep it and
            // report the break next. After other bytes, the record itself is cut off.
            guard extra.allSatisfy({ $0 == 0x0D || $0 == 0x0A }) else {
                record.cutOff = true
                return
            }
            reader.deferError(error)
            return
        }
        while extra.last == 0x0A || extra.last == 0x0D { extra.removeLast() }
        record.block += extra
        record.lengthNote = "Content-Length \(length) is wrong: \(extra.count) more bytes before the next record were kept with the block"
    }

    private func cutAtRecordStartInBlock(_ record: inout Record, declared length: Int) -> Bool {
        guard let start = Self.findRecordStart(in: record.block) else { return false }
        reader.unread(record.block[start...])
        var end = start
        while end > 0, record.block[end - 1] == 0x0A || record.block[end - 1] == 0x0D { end -= 1 }
        record.block.removeSubrange(end...)
        record.lengthNote = "Content-Length \(length) is wrong: the block ends after \(end) bytes"
        return true
    }

    /// Whether bytes start with a WARC version line ("WARC/1.0" or "WARC/1.1" and a line end).
    static func startsWithVersionLine(_ bytes: some Collection<UInt8>) -> Bool {
        let head = Array(bytes.prefix(10))
        guard head.count >= 9, head.starts(with: versionPrefix), head[5] == UInt8(ascii: "1"), head[6] == UInt8(ascii: "."),
            (0x30...0x39).contains(head[7])
        else { return false }
        return head[8] == 0x0A || (head[8] == 0x0D && (head.count < 10 || head[9] == 0x0A))
    }

    /// The index of the first WARC version line that starts a line (after a "\n") in `bytes`.
    static func findRecordStart(in bytes: [UInt8]) -> Int? {
        var from = 0
        while let hit = find(Array("\nWARC/1.".utf8), in: bytes[from...]) {
            if startsWithVersionLine(bytes[(hit + 1)...]) { return hit + 1 }
            from = hit + 1
        }
        return nil
    }

    /// Skips to the next line that is a WARC version line; returns the bytes skipped.
    private func resynchronize() throws(IngestFailure) -> Int {
        var skipped = 0
        while true {
            let head = try reader.peek(16)
            if head.isEmpty || Self.startsWithVersionLine(head) { return skipped }
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

import CZlib

/// gzip (or zlib) decompression over another stream, member after member: a `.warc.gz` written by a
/// crawler is one gzip member per record, and concatenated members are one valid gzip file.
///
/// Remembers where each member starts, in the stored file and in the decompressed stream, so a
/// record can be reported by the offset that archive indexes (CDX) use.
final class GzipStream: ByteStream {
    private let input: ByteStream
    private let source: String
    private var zs = z_stream()
    private let inBuffer: UnsafeMutableRawBufferPointer
    private var inputEnded = false
    private var finished = false
    private var produced = 0
    /// Stored-file bytes consumed by zlib: what was read minus what still waits in `inBuffer`.
    private var consumed: Int { input.storedBytesRead - Int(zs.avail_in) }
    /// Where the current ratio window started: (decompressed, stored) bytes.
    private var window = (produced: 0, stored: 0)
    /// (decompressed offset, stored offset) of recent member starts, oldest first.
    private var members: [(produced: Int, stored: Int)] = [(0, 0)]

    /// The gzip magic number.
    static let magic: [UInt8] = [0x1F, 0x8B]

    /// More than `maximumRatio` decompressed bytes per stored byte over `ratioFloor` decompressed
    /// bytes is a decompression bomb: text and HTML compress 3–15:1, a run of zeros 1032:1. Without
    /// this, a 1 MB file could cost minutes of inflating before any size limit is reached.
    static let maximumRatio = 200
    static let ratioFloor = 16 << 20

    init(_ input: ByteStream, source: String) throws(IngestFailure) {
        self.input = input
        self.source = source
        inBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 17, alignment: 16)
        // 15 + 32: a zlib or gzip header, detected automatically.
        guard newsfigures_inflateInit2(&zs, 15 + 32) == Z_OK else {
            inBuffer.deallocate()
            throw IngestFailure(source: source, reason: "cannot start zlib")
        }
    }

    deinit {
        inflateEnd(&zs)
        inBuffer.deallocate()
    }

    var storedBytesRead: Int { consumed }

    func memberOffset(containing position: Int) -> Int? {
        members.last(where: { $0.produced <= position }).flatMap { $0.produced == position ? $0.stored : nil }
    }

    private func refill() throws(IngestFailure) {
        guard zs.avail_in == 0, !inputEnded else { return }
        let n = try input.read(into: inBuffer)
        if n == 0 { inputEnded = true }
        zs.next_in = inBuffer.baseAddress?.assumingMemoryBound(to: Bytef.self)
        zs.avail_in = uInt(n)
    }

    /// Set when the input ends inside a member; reported once the bytes before it are handed out.
    private var cutOff = false
    /// Set when bytes that are not gzip follow the last member.
    private var trailing: IngestFailure?
    private var inMember = false

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestFailure) -> Int {
        guard buffer.count > 0 else { return 0 }
        // A member that inflates to nothing (an empty gzip member) yields no bytes: go on to the next.
        // (At the end, read once more, so that a cut or trailing bytes are told even when no byte came out before them:
        // a gzip cut off inside its header is a cut, not an empty page.)
        while true {
            let n = try readSome(into: buffer)
            if n > 0 { return n }
            if finished { return try readSome(into: buffer) }
        }
    }

    private func readSome(into buffer: UnsafeMutableRawBufferPointer) throws(IngestFailure) -> Int {
        if finished {
            if cutOff {
                cutOff = false
                throw IngestFailure(source: source, reason: "gzip data ends early (archive cut off at byte \(consumed))")
            }
            if let trailing {
                self.trailing = nil
                throw trailing
            }
            return 0
        }
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        zs.next_out = base.assumingMemoryBound(to: Bytef.self)
        zs.avail_out = uInt(buffer.count)
        while zs.avail_out > 0 {
            try refill()
            if zs.avail_in == 0 && inputEnded {
                cutOff = inMember
                finished = true
                break
            }
            let status = inflate(&zs, Z_NO_FLUSH)
            inMember = true
            if status == Z_STREAM_END {
                inMember = false
                try startNextMember(after: produced + buffer.count - Int(zs.avail_out))
                if finished { break }
                continue
            }
            if status == Z_BUF_ERROR { continue }
            if status != Z_OK {
                let message = zs.msg.map { String(cString: $0) } ?? "error \(status)"
                finished = true
                throw IngestFailure(source: source, reason: "corrupt gzip data at byte \(consumed): \(message)")
            }
        }
        let n = buffer.count - Int(zs.avail_out)
        produced += n
        // The ratio over each 16 MB of output: a bomb is caught whether it follows ordinary data or
        // is split into many small members.
        if produced - window.produced > Self.ratioFloor {
            let (out, stored) = (produced - window.produced, consumed - window.stored)
            if out / Self.maximumRatio > max(stored, 1) {
                finished = true
                throw IngestFailure(
                    source: source,
                    reason:
                        "gzip bomb: \(out) bytes inflated from \(stored) (over \(Self.maximumRatio):1); the rest of the file was not read"
                )
            }
            window = (produced, consumed)
        }
        return n
    }

    /// After a member's end: another member follows (reset and go on), or the file ends. Bytes that
    /// are not a gzip header after the last member (padding some tools add) end the stream.
    private func startNextMember(after producedSoFar: Int) throws(IngestFailure) {
        try refill()
        while zs.avail_in > 0, zs.next_in.pointee == 0, !inputEnded {
            // Zero padding between members (seen in some tape-era archives).
            zs.next_in += 1
            zs.avail_in -= 1
            try refill()
        }
        if zs.avail_in == 0 && inputEnded {
            finished = true
            return
        }
        if zs.avail_in >= 1, zs.next_in.pointee != Self.magic[0] {
            // Not another member: say so rather than drop what follows without a word.
            finished = true
            var failure = IngestFailure(
                source: source,
                reason: "data after the last gzip member (at byte \(consumed)) is not gzip; the rest of the file was not read")
            failure.afterCompleteData = true
            trailing = failure
            return
        }
        inflateReset(&zs)
        members.append((producedSoFar, consumed))
        if members.count > 8192 { members.removeFirst(4096) }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A source of bytes read front to back: a file, standard input, or a decompressor over one of them.
protocol ByteStream: AnyObject {
    /// Fills `buffer` from the front; returns the number of bytes written, 0 at the end of the stream.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestFailure) -> Int
    /// Bytes taken from the underlying file so far (compressed bytes for a decompressor).
    var storedBytesRead: Int { get }
    /// Offset in the stored file of the compressed member that starts at `position` of this stream,
    /// when the stream is a decompressor and a member starts there; nil otherwise.
    func memberOffset(containing position: Int) -> Int?
}

/// A file descriptor read in large blocks; closes the file when done.
final class FileStream: ByteStream {
    let source: String
    private let descriptor: Int32
    private(set) var storedBytesRead = 0

    /// Opens `path` ("-" is standard input).
    init(path: String) throws(IngestFailure) {
        source = path
        if path == "-" {
            descriptor = 0
        } else {
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw IngestFailure(source: path, reason: FileSystem.errorText().lowercased()) }
        }
    }

    deinit { if descriptor > 0 { close(descriptor) } }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestFailure) -> Int {
        while true {
            #if canImport(Glibc)
                let n = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            #else
                let n = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
            #endif
            if n >= 0 {
                storedBytesRead += n
                return n
            }
            if errno == EINTR { continue }
            let reason = errno == EISDIR ? "is a directory" : FileSystem.errorText().lowercased()
            throw IngestFailure(source: source, reason: reason)
        }
    }

    func memberOffset(containing position: Int) -> Int? { nil }
}

/// Bytes already in memory (an HTTP body, a buffer handed to the library, a fuzzer's input).
final class MemoryStream: ByteStream {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var storedBytesRead: Int { offset }
    func memberOffset(containing position: Int) -> Int? { nil }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestFailure) -> Int {
        let n = min(bytes.count - offset, buffer.count)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<offset + n])) }
        offset += n
        return n
    }
}

/// A read buffer over a stream with the operations the archive readers need: lines, exact counts,
/// look-ahead and push-back. `position` counts bytes handed out (after any decompression).
final class StreamReader {
    private let stream: ByteStream
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false
    private var pendingError: IngestFailure?
    private(set) var position = 0
    static let blockSize = 1 << 16
    static let zeros = [UInt8](repeating: 0, count: blockSize)

    init(_ stream: ByteStream) { self.stream = stream }

    var storedBytesRead: Int { stream.storedBytesRead }
    func memberOffset(containing position: Int) -> Int? { stream.memberOffset(containing: position) }

    /// Makes at least `count` bytes available unless the stream ends first; returns how many are.
    @discardableResult
    func fill(_ count: Int) throws(IngestFailure) -> Int {
        if buffer.count == start, let error = pendingError {
            pendingError = nil
            throw error
        }
        while buffer.count - start < count, !ended {
            if start > 0, start >= buffer.count / 2 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            let result = Self.readAppending(from: stream, to: &buffer, upTo: max(Self.blockSize, count - (buffer.count - start)))
            guard case let .success(n) = result else {
                if case let .failure(error) = result {
                    // Hand out what came before the error first; report it when nothing is left.
                    if buffer.count > start {
                        pendingError = error
                        ended = true
                        break
                    }
                    throw error
                }
                return 0
            }
            if n == 0 { ended = true }
        }
        return min(count, buffer.count - start)
    }

    /// One read of up to `want` bytes from `stream` onto the end of `array`; the bytes read, or the
    /// stream's error (then `array` is as it was).
    private static func readAppending(from stream: ByteStream, to array: inout [UInt8], upTo want: Int) -> Result<Int, IngestFailure> {
        let old = array.count
        // Room to read into: appending a contiguous block of zeros is a memcpy; a Repeated goes byte by byte.
        if want <= blockSize {
            zeros.withUnsafeBufferPointer { array.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<want])) }
        } else {
            array.append(contentsOf: [UInt8](repeating: 0, count: want))
        }
        let result = array.withUnsafeMutableBytes { raw in
            Result { () throws(IngestFailure) in
                try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[old..<(old + want)]))
            }
        }
        array.removeSubrange((old + ((try? result.get()) ?? 0))...)
        return result
    }

    /// Makes `error` what the stream gives once the bytes still buffered are handed out (for a
    /// reader that met it while looking ahead and must not lose it).
    func deferError(_ error: IngestFailure) {
        pendingError = error
        ended = true
    }

    /// True when no byte is left.
    func atEnd() throws(IngestFailure) -> Bool { try fill(1) == 0 }

    /// The next `count` bytes (fewer at the end) without consuming them.
    func peek(_ count: Int) throws(IngestFailure) -> ArraySlice<UInt8> {
        let n = try fill(count)
        return buffer[start..<(start + n)]
    }

    /// Up to `count` bytes.
    func read(_ count: Int) throws(IngestFailure) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(min(count, 1 << 24))
        // What is buffered first; then the stream reads straight onto the end of `out`, a block at a
        // time (through `fill`, each document cost a megabyte of zeros and two more copies).
        let buffered = min(count, buffer.count - start)
        out.append(contentsOf: buffer[start..<(start + buffered)])
        start += buffered
        position += buffered
        while out.count < count, start == buffer.count {
            if let error = pendingError {
                // Bytes before a broken stream are still handed out; the error comes next time.
                if out.isEmpty {
                    pendingError = nil
                    throw error
                }
                break
            }
            if ended { break }
            switch Self.readAppending(from: stream, to: &out, upTo: min(count - out.count, Self.blockSize)) {
            case let .success(n):
                if n == 0 { ended = true }
                position += n
            case let .failure(error):
                if out.isEmpty { throw error }
                pendingError = error
            }
        }
        return out
    }

    /// Drops up to `count` bytes; returns how many were dropped.
    @discardableResult
    func skip(_ count: Int) throws(IngestFailure) -> Int {
        var done = 0
        while done < count {
            let n = try fill(min(count - done, 1 << 20))
            if n == 0 { break }
            start += n
            position += n
            done += n
        }
        return done
    }

    /// The next line including its "\n" (or what is left at the end); nil at the end, or when no
    /// "\n" comes within `limit` bytes (then nothing is consumed).
    func readLine(limit: Int) throws(IngestFailure) -> [UInt8]? {
        var scanned = 0
        while true {
            if let i = buffer[(start + scanned)...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start...i])
                position += line.count
                start = i + 1
                return line
            }
            scanned = buffer.count - start
            if scanned >= limit { return nil }
            let have = try fill(scanned + 1)
            if have <= scanned {
                if scanned == 0 { return nil }
                // A last line cut short by a broken stream is not a line: report the break instead.
                if let error = pendingError, !error.afterCompleteData {
                    pendingError = nil
                    position += buffer.count - start
                    start = buffer.count
                    throw error
                }
                let line = Array(buffer[start...])
                start = buffer.count
                position += line.count
                return line
            }
        }
    }

    /// Everything read ahead and not yet handed out (for handing the stream to a decompressor).
    func takeBuffered() -> [UInt8] {
        let rest = Array(buffer[start...])
        position += rest.count
        buffer = []
        start = 0
        return rest
    }

    /// Drops everything up to and including the next "\n".
    func skipLine() throws(IngestFailure) {
        while true {
            let window = try peek(1 << 16)
            if window.isEmpty { return }
            if let nl = window.firstIndex(of: 0x0A) {
                try skip(nl - window.startIndex + 1)
                return
            }
            try skip(window.count)
        }
    }

    /// Puts bytes back in front of the stream (they will be read again).
    func unread(_ bytes: some Collection<UInt8>) {
        buffer.replaceSubrange(0..<start, with: [])
        buffer.insert(contentsOf: bytes, at: 0)
        start = 0
        position -= bytes.count
    }
}

/// Bytes already taken from a stream, handed out again before the rest of it.
final class PrefixedStream: ByteStream {
    private var prefix: [UInt8]
    private let rest: ByteStream

    init(_ prefix: [UInt8], then rest: ByteStream) {
        self.prefix = prefix
        self.rest = rest
    }

    var storedBytesRead: Int { rest.storedBytesRead - prefix.count }
    func memberOffset(containing position: Int) -> Int? { nil }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestFailure) -> Int {
        if prefix.isEmpty { return try rest.read(into: buffer) }
        let n = min(prefix.count, buffer.count)
        prefix.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        prefix.removeFirst(n)
        return n
    }
}

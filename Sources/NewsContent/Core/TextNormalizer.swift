/// Whitespace normalisation shared by both strippers.
enum TextNormalizer {
    /// Spaces of every kind (NBSP, thin, ideographic, zero-width) become one ASCII space;
    /// runs collapse; the ends are trimmed; control characters are dropped.
    static func collapse<S: StringProtocol>(_ text: S) -> String {
        // Fast path: ASCII text that only needs runs of spaces and newlines folded.
        if !text.utf8.contains(where: { $0 >= 0x80 }) { return collapseASCII(text) }
        // Byte level: the spaces and invisible characters to fold are all in a few UTF-8 forms.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { b in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                var width = 1
                var kind = 0  // 0 keep, 1 space, 2 drop
                if c < 0x80 {
                    if c == 0x20 || (c >= 0x09 && c <= 0x0D) { kind = 1 } else if c < 0x20 || c == 0x7F { kind = 2 }
                } else if c == 0xC2, i + 1 < n {
                    width = 2
                    if b[i + 1] == 0xA0 { kind = 1 } else if b[i + 1] == 0xAD { kind = 2 }
                } else if c == 0xE2, i + 2 < n, b[i + 1] == 0x80 {
                    width = 3
                    let d = b[i + 2]
                    if d <= 0x8A || d == 0xA8 || d == 0xA9 || d == 0xAF { kind = 1 } else if d >= 0x8B && d <= 0x8D { kind = 2 }
                } else if c == 0xE2, i + 2 < n, b[i + 1] == 0x81, b[i + 2] == 0x9F {
                    width = 3
                    kind = 1
                } else if c == 0xE1, i + 2 < n, b[i + 1] == 0x9A, b[i + 2] == 0x80 {
                    width = 3
                    kind = 1
                } else if c == 0xE3, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x80 {
                    width = 3
                    kind = 1
                } else if c == 0xEF, i + 2 < n, b[i + 1] == 0xBB, b[i + 2] == 0xBF {
                    width = 3
                    kind = 2
                } else {
                    width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
                }
                width = min(width, n - i)
                switch kind {
                case 1: pendingSpace = !out.isEmpty
                case 2: break
                default:
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<(i + width)]))
                }
                i += width
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func collapseASCII<S: StringProtocol>(_ text: S) -> String {
        if let collapsed = text.utf8.withContiguousStorageIfAvailable(collapseASCII(bytes:)) { return collapsed }
        return Array(text.utf8).withUnsafeBufferPointer(collapseASCII(bytes:))
    }

    /// ASCII only: whitespace runs become one space, the ends are trimmed, control bytes go.
    private static func collapseASCII(bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var written = 0
            var pendingSpace = false
            for b in bytes {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    pendingSpace = written > 0
                } else if b < 0x20 || b == 0x7F {
                    continue
                } else {
                    if pendingSpace {
                        out[written] = 0x20
                        written += 1
                    }
                    pendingSpace = false
                    out[written] = b
                    written += 1
                }
            }
            return written
        }
    }

    /// Characters that are not whitespace (ASCII spaces and NBSP; other spaces are rare).
    static func visibleCount<S: StringProtocol>(_ text: S) -> Int {
        if let count = text.utf8.withContiguousStorageIfAvailable(visibleCount(bytes:)) { return count }
        return Array(text.utf8).withUnsafeBufferPointer(visibleCount(bytes:))
    }

    /// Lead bytes and ASCII bytes count, except spaces; an NBSP (C2 A0) counted at its lead byte
    /// is taken back at its continuation byte. Branch-free, so the loop runs at memory speed.
    static func visibleCount(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for b in bytes {
            let continuation = b & 0xC0 == 0x80
            let space = b == 0x20 || b &- 0x09 <= 4
            count &+= continuation || space ? 0 : 1
            count &-= previous == 0xC2 && b == 0xA0 ? 1 : 0
            previous = b
        }
        return count
    }

    /// Letters and digits only, lower-cased: "Zhejiang's" and "Zhejiangs" compare equal.
    static func key<S: StringProtocol>(_ text: S) -> String {
        // ASCII: letters and digits are the alphabetic and numeric scalars, and lower-casing is + 0x20.
        if !text.utf8.contains(where: { $0 >= 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for b in text.utf8 { appendKey(ofASCII: b, to: &bytes) }
            return String(decoding: bytes, as: UTF8.self)
        }
        // Mixed text: ASCII scalars as above; only the others ask for their Unicode properties.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                appendKey(ofASCII: UInt8(scalar.value), to: &bytes)
            } else if scalar.properties.isAlphabetic {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An ASCII byte's part of a key: a letter lower-cased, a digit as it is, nothing else.
    @inline(__always) private static func appendKey(ofASCII b: UInt8, to bytes: inout [UInt8]) {
        if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
            bytes.append(b)
        } else if b >= 0x41 && b <= 0x5A {
            bytes.append(b + 0x20)
        }
    }

    /// Whether the text holds a letter or a digit of any script ("•" and "|" alone do not).
    static func hasAlphanumeric<S: StringProtocol>(_ text: S) -> Bool {
        text.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || ($0 >= 0x30 && $0 <= 0x39) })
            || text.unicodeScalars.contains(where: { $0.value >= 0x80 && ($0.properties.isAlphabetic || $0.properties.numericType != nil) })
    }

    /// The lines of a text, split on bytes: "\n", "\r\n" and a lone "\r" each end one. (A String
    /// split on "\n" compares Characters, and "\r\n" is one Character: Windows text stayed one line.)
    static func lines(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            let b = utf8[i]
            guard b == 0x0A || b == 0x0D else {
                i = utf8.index(after: i)
                continue
            }
            lines.append(Substring(utf8[start..<i]))
            i = utf8.index(after: i)
            if b == 0x0D, i != utf8.endIndex, utf8[i] == 0x0A { i = utf8.index(after: i) }
            start = i
        }
        lines.append(Substring(utf8[start..<utf8.endIndex]))
        return lines
    }

    /// `String.lowercased()` as UTF-8 bytes, with ASCII lowered in place and only other scalars
    /// looked up (the same mapping, scalar by scalar).
    static func lowercasedBytes<S: StringProtocol>(_ text: S) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        if !text.utf8.contains(where: { $0 >= 0x80 }) {
            for b in text.utf8 { bytes.append(ByteSearch.asciiLower(b)) }
            return bytes
        }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                bytes.append(ByteSearch.asciiLower(UInt8(scalar.value)))
            } else {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return bytes
    }

    static func wordCount<S: StringProtocol>(_ text: S) -> Int {
        var count = 0
        var inWord = false
        for b in text.utf8 {
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}

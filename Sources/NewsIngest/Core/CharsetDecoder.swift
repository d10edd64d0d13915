#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decides a document's encoding before any parser sees it: byte-order mark, then a declared
/// charset (`<meta charset>` for HTML), then UTF-8 validity, then Windows-1252 for HTML.
enum CharsetDecoder {
    struct Decoded {
        var text: String
        var encoding: String
    }

    /// Windows-1252's 0x80–0x9F; everything else maps to the same code point (Latin-1).
    static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static let latinNames: Set<String> = [
        "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "x-cp1252", "iso-8859-15",
    ]
    static let utf8Names: Set<String> = ["utf-8", "utf8", "unicode-1-1-utf-8"]

    static func decode(_ bytes: [UInt8], source: String, html: Bool?, declared: String? = nil) throws(IngestFailure) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw IngestFailure(
                    source: source,
                    reason: "invalid UTF-8 after a UTF-8 byte-order mark (byte \(firstInvalidUTF8(Array(bytes.dropFirst(3))) + 3))")
            }
            return Decoded(text: text, encoding: "utf-8 (byte-order mark)")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            return Decoded(
                text: String(decoding: units, as: UTF16.self),
                encoding: little ? "utf-16le (byte-order mark)" : "utf-16be (byte-order mark)")
        }
        if isBinary(bytes) { throw IngestFailure(source: source, reason: "binary content (NUL or control bytes), not text or HTML") }
        // A few NUL bytes in a page are damage, not a sign of binary data: drop them and say so.
        // memchr for NUL; whether there is a byte over 0x7F is asked only where it matters.
        let hasNUL = bytes.withUnsafeBufferPointer { $0.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
        if hasNUL {
            let nuls = bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
            var decoded: Decoded
            do { decoded = try decode(bytes.filter { $0 != 0 }, source: source, html: html, declared: declared) } catch {
                // Offsets in the file as it is (NUL is valid UTF-8, so the first bad byte is the same one).
                guard error.reason.hasPrefix("invalid UTF-8 at byte") else { throw error }
                throw IngestFailure(source: source, reason: "invalid UTF-8 at byte \(firstInvalidUTF8(bytes))")
            }
            decoded.encoding += ", \(nuls) NUL byte\(nuls == 1 ? "" : "s") removed"
            return decoded
        }
        let declaredLabel = html == false ? declared : (declared ?? declaredCharset(bytes))
        let validUTF8 = String(validating: bytes, as: UTF8.self)
        if let charset = declaredLabel?.lowercased(), !utf8Names.contains(charset) {
            // A page declaring a legacy charset whose bytes are valid UTF-8 (with non-ASCII) is UTF-8:
            // real legacy text is almost never valid UTF-8 by accident.
            if let text = validUTF8, byteClasses(bytes).high {
                return Decoded(text: text, encoding: "utf-8 (declared \(charset), bytes are UTF-8)")
            }
            if latinNames.contains(charset) {
                return Decoded(text: windows1252(bytes), encoding: "windows-1252 (declared \(charset))")
            }
            if let converter = IconvDecoder.converterName(for: charset), let decoded = IconvDecoder.decode(bytes, converter: converter) {
                let note = decoded.replaced > 0 ? ", \(decoded.replaced) undecodable bytes replaced" : ""
                return Decoded(text: decoded.text, encoding: "\(charset) (declared\(note))")
            }
            if let text = validUTF8 { return Decoded(text: text, encoding: "utf-8 (declared \(charset), unknown)") }
            throw IngestFailure(source: source, reason: "unsupported charset \"\(charset)\"")
        }
        if let text = validUTF8 {
            return Decoded(text: text, encoding: declaredLabel == nil ? "utf-8" : "utf-8 (declared)")
        }
        if html == true {
            // No charset, or one that lies (utf-8 declared, bytes are not): Windows-1252, as browsers do.
            let why = declaredLabel == nil ? "not valid UTF-8, no charset declared" : "declared utf-8, bytes are not UTF-8"
            return Decoded(text: windows1252(bytes), encoding: "windows-1252 (\(why))")
        }
        throw IngestFailure(source: source, reason: "invalid UTF-8 at byte \(firstInvalidUTF8(bytes))")
    }

    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let value = (0x80...0x9F).contains(b) ? windows1252High[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// NUL bytes, or many control bytes, in the first 8 KB.
    /// Whether the bytes hold a NUL, and whether any is 0x80 or above: one pass, eight bytes at a time.
    static func byteClasses(_ bytes: [UInt8]) -> (nul: Bool, high: Bool) {
        bytes.withUnsafeBytes { raw in
            var nul = false
            var high: UInt64 = 0
            var i = 0
            let n = raw.count
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                high |= word
                // A zero byte leaves its high bit set in (word - ones) & ~word.
                if (word &- ones) & ~word & highs != 0 { nul = true }
                i += 8
            }
            while i < n {
                let b = raw[i]
                high |= UInt64(b)
                if b == 0 { nul = true }
                i += 1
            }
            return (nul, high & highs != 0)
        }
    }

    static func isBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        var controls = 0
        var nuls = 0
        for b in head {
            if b == 0 { nuls += 1 }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
        }
        // Binary formats are full of NULs; text damaged by a few of them is still text.
        return head.count > 0 && ((nuls >= 8 && nuls * 100 > head.count) || controls * 10 > head.count)
    }

    /// Offset of the first byte that does not start a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            let width: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: width = 2
            case 0xE0: width = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: width = 3
            case 0xED: width = 3; high = 0x9F
            case 0xF0: width = 4; low = 0x90
            case 0xF1...0xF3: width = 4
            case 0xF4: width = 4; high = 0x8F
            default: return i
            }
            guard i + width <= n, (low...high).contains(bytes[i + 1]) else { return i }
            for k in 2..<width where !(0x80...0xBF).contains(bytes[i + k]) { return i }
            i += width
        }
        return n
    }

    /// `charset=` in the first 8 KB (`<meta charset>` or `http-equiv` Content-Type), lower-cased.
    /// The HTML standard's prescan stops at 1 KB; pages with long heads declare later than that.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(8192).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let needle = Array("charset".utf8)
        var i = 0
        while i + needle.count < head.count {
            if head[i] == needle[0], head[(i + 1)..<(i + needle.count)].elementsEqual(needle[1...]) {
                var k = i + needle.count
                while k < head.count, head[k] == 0x20 { k += 1 }
                guard k < head.count, head[k] == UInt8(ascii: "=") else { i += 1; continue }
                k += 1
                while k < head.count, head[k] == 0x20 || head[k] == UInt8(ascii: "\"") || head[k] == UInt8(ascii: "'") { k += 1 }
                var name: [UInt8] = []
                while k < head.count, name.count < 40 {
                    let c = head[k]
                    guard
                        (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
                            || c == UInt8(ascii: ":") || c == UInt8(ascii: ".")
                    else { break }
                    name.append(c)
                    k += 1
                }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            }
            i += 1
        }
        return nil
    }
}

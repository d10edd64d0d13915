/// Whitespace normalisation shared by both strippers.
enum TextNormalizer {
    /// Spaces of every kind (NBSP, thin, ideographic, zero-width) become one ASCII space;
    /// runs collapse; the ends are trimmed; control characters are dropped.
    static func collapse<S: StringProtocol>(_ text: S) -> String {
        // Fast path: ASCII text that only needs runs of spaces and newlines folded.
        if !text.utf8.contains(where: { $0 >= 0x80 }) { return collapseASCII(text) }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                pendingSpace = !out.isEmpty
            case 0x200B...0x200D, 0xFEFF, 0x00AD:
                continue
            case 0x00...0x1F, 0x7F:
                continue
            default:
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func collapseASCII<S: StringProtocol>(_ text: S) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for b in text.utf8 {
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                pendingSpace = !out.isEmpty
            } else if b < 0x20 || b == 0x7F {
                continue
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Characters that are not whitespace (ASCII spaces and NBSP; other spaces are rare).
    static func visibleCount<S: StringProtocol>(_ text: S) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for b in text.utf8 {
            defer { previous = b }
            if b & 0xC0 == 0x80 {
                // A continuation byte; NBSP (C2 A0) was counted at its lead byte: undo that.
                if previous == 0xC2 && b == 0xA0 { count -= 1 }
                continue
            }
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { continue }
            count += 1
        }
        return count
    }

    /// Letters and digits only, lower-cased: "Zhejiang's" and "Zhejiangs" compare equal.
    static func key<S: StringProtocol>(_ text: S) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
        }
        return String(out)
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

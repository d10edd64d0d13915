/// Splits UTF-8 text into words, numbers and symbols in one pass over the bytes.
enum Tokenizer {
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var i = 0
        var spaceBefore = true
        var newlineBefore = true
        let n = bytes.count
        let classes = FigureScanner.wordClasses
        let symbols = asciiSymbols
        // A number's digits without separators, and a word's lower-cased bytes (general path);
        // one buffer each for all of them.
        var digits: [UInt8] = []
        digits.reserveCapacity(64)
        var lowered: [UInt8] = []
        lowered.reserveCapacity(64)
        while i < n {
            let b = bytes[i]
            // Whitespace (ASCII and NBSP U+00A0 and the U+2000 block spaces).
            if b == 0x20 || b == 0x09 || b == 0x0D { spaceBefore = true; i += 1; continue }
            if b == 0x0A { spaceBefore = true; newlineBefore = true; i += 1; continue }
            if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { spaceBefore = true; i += 2; continue }
            if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, (0x80...0x8B).contains(bytes[i + 2]) || bytes[i + 2] == 0xAF {
                spaceBefore = true; i += 3; continue
            }
            let start = i
            if isDigit(b) {
                digits.removeAll(keepingCapacity: true)
                digits.append(b)
                i += 1
                var seenPoint = false
                var groupedBySpace = false
                while i < n {
                    let c = bytes[i]
                    if isDigit(c) { digits.append(c); i += 1; continue }
                    // Indian grouping: "12,34,567.89" (pairs of digits before the last three).
                    if c == UInt8(ascii: ","), !seenPoint, indianGrouping(bytes, from: i) {
                        i += 1
                        continue
                    }
                    // A thousands separator: ',' followed by exactly three digits.
                    if c == UInt8(ascii: ","), !seenPoint, i + 3 < n,
                        isDigit(bytes[i + 1]), isDigit(bytes[i + 2]), isDigit(bytes[i + 3]),
                        i + 4 >= n || !isDigit(bytes[i + 4])
                    {
                        i += 1
                        continue
                    }
                    // SI-style groups: "40 000", "1 414 021 100", "1\u{202F}234\u{202F}567.89" (narrow
                    // no-break or thin space always; a plain space only before "000" or in a run of groups).
                    if !seenPoint, digits.count <= 3 || groupedBySpace, let width = groupSpaceWidth(bytes, i),
                        i + width + 3 <= n, isDigit(bytes[i + width]), isDigit(bytes[i + width + 1]), isDigit(bytes[i + width + 2]),
                        i + width + 3 == n || !isDigit(bytes[i + width + 3])
                    {
                        let plain = width == 1
                        let zeros = bytes[i + width] == 0x30 && bytes[i + width + 1] == 0x30 && bytes[i + width + 2] == 0x30
                        // (Another group of exactly three digits: "604 932 3434" is a phone number's groups.)
                        let next = i + width + 3 + width
                        let another =
                            next + 3 <= n && groupSpaceWidth(bytes, i + width + 3) == width
                            && isDigit(bytes[next]) && isDigit(bytes[next + 1]) && isDigit(bytes[next + 2])
                            && (next + 3 == n || !isDigit(bytes[next + 3]))
                        if !plain || zeros || another || groupedBySpace {
                            groupedBySpace = true
                            digits.append(contentsOf: bytes[(i + width)..<(i + width + 3)])
                            i += width + 3
                            continue
                        }
                    }
                    // Continental grouping with a decimal comma: "1.111,11", "12.345.678,9".
                    if c == UInt8(ascii: "."), !seenPoint, !groupedBySpace, digits.count <= 3, let end = continentalGroups(bytes, from: i) {
                        var k = i
                        while k < end {
                            let d = bytes[k]
                            if isDigit(d) { digits.append(d) } else if d == UInt8(ascii: ",") { digits.append(UInt8(ascii: ".")) }
                            k += 1
                        }
                        seenPoint = true
                        i = end
                        break
                    }
                    if c == UInt8(ascii: "."), !seenPoint, i + 1 < n, isDigit(bytes[i + 1]) {
                        seenPoint = true
                        digits.append(c)
                        i += 1
                        continue
                    }
                    break
                }
                var integer: Int?
                if !seenPoint, digits.count == i - start, digits.count <= 18 {
                    integer = digits.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
                }
                tokens.append(
                    Token(
                        kind: .number, start: start, end: i, spaceBefore: spaceBefore,
                        newlineBefore: newlineBefore, norm: String(decoding: digits, as: UTF8.self),
                        capitalized: false, integer: integer))
            } else if isASCIILetter(b), let end = asciiWordEnd(bytes, from: i) {
                // Fast path: a plain ASCII word, lower-cased straight into its string's storage
                // (inline for words of up to 15 bytes) and looked up there.
                let count = end - i
                var wordClass: FigureScanner.WordClass = []
                let norm = String(unsafeUninitializedCapacity: count) { buffer in
                    for k in 0..<count {
                        let c = bytes[i + k]
                        buffer[k] = c >= 0x41 && c <= 0x5A ? c + 0x20 : c
                    }
                    wordClass = FigureScanner.wordClass(of: UnsafeBufferPointer(buffer), in: classes)
                    return count
                }
                tokens.append(
                    Token(
                        kind: .word, start: start, end: end, spaceBefore: spaceBefore, newlineBefore: newlineBefore, norm: norm,
                        capitalized: b >= 0x41 && b <= 0x5A, wordClass: wordClass))
                i = end
            } else if let width = letterWidth(bytes, i) {
                lowered.removeAll(keepingCapacity: true)
                let capitalized = (b >= 0x41 && b <= 0x5A) || (b >= 0x80 && isUpperNonASCII(bytes, i))
                var w = width
                while true {
                    if w == 1 {
                        let c = bytes[i]
                        lowered.append(c >= 0x41 && c <= 0x5A ? c + 0x20 : c)
                    } else {
                        lowered.append(contentsOf: bytes[i..<(i + w)])
                    }
                    i += w
                    guard i < n else { break }
                    if let next = letterWidth(bytes, i) { w = next; continue }
                    // "A&E", "R&D": an ampersand between capitals.
                    if ampersandJoins(bytes, i) {
                        lowered.append(UInt8(ascii: "&"))
                        i += 1
                        w = 1
                        continue
                    }
                    // An apostrophe inside a word: "Zhejiang's", "don’t".
                    if let apostrophe = apostropheWidth(bytes, i), i + apostrophe < n,
                        letterWidth(bytes, i + apostrophe) != nil
                    {
                        lowered.append(UInt8(ascii: "'"))
                        i += apostrophe
                        w = letterWidth(bytes, i) ?? 1
                        continue
                    }
                    break
                }
                tokens.append(
                    Token(
                        kind: .word, start: start, end: i, spaceBefore: spaceBefore,
                        newlineBefore: newlineBefore, norm: String(decoding: lowered, as: UTF8.self),
                        capitalized: capitalized,
                        wordClass: lowered.withUnsafeBufferPointer { FigureScanner.wordClass(of: $0, in: classes) }))
            } else {
                let width = scalarWidth(b)
                let end = min(n, i + width)
                i = end
                tokens.append(
                    Token(
                        kind: .symbol, start: start, end: end, spaceBefore: spaceBefore,
                        newlineBefore: newlineBefore,
                        norm: b < 0x80
                            ? symbols[Int(b)] : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
                        capitalized: false))
            }
            spaceBefore = false
            newlineBefore = false
        }
        return tokens
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Each ASCII character as a string, made once: symbols are a third of the tokens.
    static let asciiSymbols: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// Whether ",dd" at `i` starts a chain of two-digit groups that ends in a three-digit group.
    static func indianGrouping(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Bool {
        var k = i
        let n = bytes.count
        var pairs = 0
        while k + 2 < n, bytes[k] == UInt8(ascii: ","), isDigit(bytes[k + 1]), isDigit(bytes[k + 2]) {
            if k + 3 < n, isDigit(bytes[k + 3]) {
                // ",ddd": the last group.
                return pairs > 0 && (k + 4 >= n || !isDigit(bytes[k + 4]))
            }
            pairs += 1
            k += 3
        }
        return false
    }

    /// The end of ".ddd" groups and a ",d…" decimal part from `i` ("1.111,11" from the first "."), or nil:
    /// the comma makes the dots thousands separators, as continental Europe writes numbers. A list
    /// ("1.111,11,12") or a dotted code ("1.111.1") is no such number.
    static func continentalGroups(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        let n = bytes.count
        var k = i
        var groups = 0
        while k + 3 < n, bytes[k] == UInt8(ascii: "."), isDigit(bytes[k + 1]), isDigit(bytes[k + 2]), isDigit(bytes[k + 3]) {
            groups += 1
            k += 4
        }
        guard groups > 0, k + 1 < n, bytes[k] == UInt8(ascii: ","), isDigit(bytes[k + 1]) else { return nil }
        k += 1
        while k < n, isDigit(bytes[k]) { k += 1 }
        if k + 1 < n, bytes[k] == UInt8(ascii: ",") || bytes[k] == UInt8(ascii: "."), isDigit(bytes[k + 1]) { return nil }
        return k
    }

    /// Width of a digit-group separator at `i`: a space, U+202F (narrow no-break) or U+2009 (thin).
    static func groupSpaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard i < bytes.count else { return nil }
        if bytes[i] == 0x20 { return 1 }
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xAF || bytes[i + 2] == 0x89 { return 3 }
        return nil
    }

    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    /// The end of an ASCII-only word starting at `i`, or nil when the word goes on with non-ASCII
    /// letters or an inner apostrophe (the general path handles those).
    static func asciiWordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        var k = i
        let n = bytes.count
        while k < n, isASCIILetter(bytes[k]) { k += 1 }
        guard k < n else { return k }
        let c = bytes[k]
        if c >= 0x80 { return nil }
        if c == UInt8(ascii: "'"), k + 1 < n, isASCIILetter(bytes[k + 1]) || bytes[k + 1] >= 0x80 { return nil }
        if ampersandJoins(bytes, k) { return nil }
        return k
    }

    /// Whether the "&" at `k` joins capital letters into one word: "A&E", "R&D", "B&Q", "AT&T" (no space on either side).
    @inline(__always) static func ampersandJoins(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        k > 0 && k + 1 < bytes.count && bytes[k] == UInt8(ascii: "&") && bytes[k - 1] >= 0x41 && bytes[k - 1] <= 0x5A
            && bytes[k + 1] >= 0x41 && bytes[k + 1] <= 0x5A
    }

    @inline(__always) static func scalarWidth(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead >= 0xF0 { return 4 }
        if lead >= 0xE0 { return 3 }
        if lead >= 0xC0 { return 2 }
        return 1
    }

    /// Byte width of the letter at `i`, or nil when it is not a letter.
    static func letterWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let b = bytes[i]
        if b < 0x80 {
            return (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) ? 1 : nil
        }
        // Two-byte scalars (Latin, Greek, Cyrillic, Hebrew, Arabic…) from a table made once.
        if b >= 0xC2, b < 0xE0, i + 1 < bytes.count {
            return twoByteLetters[Int(b & 0x1F) << 6 | Int(bytes[i + 1] & 0x3F)] & 1 != 0 ? 2 : nil
        }
        // U+2000–U+206F (general punctuation: quotes, dashes, spaces) holds no letters.
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 || (bytes[i + 1] == 0x81 && bytes[i + 2] < 0xB0) { return nil }
        guard let scalar = decode(bytes, i) else { return nil }
        return scalar.properties.isAlphabetic ? scalarWidth(b) : nil
    }

    static func isUpperNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b >= 0xC2, b < 0xE0, i + 1 < bytes.count { return twoByteLetters[Int(b & 0x1F) << 6 | Int(bytes[i + 1] & 0x3F)] & 2 != 0 }
        return decode(bytes, i)?.properties.isUppercase ?? false
    }

    /// For each scalar U+0000–U+07FF: bit 0 when it is alphabetic, bit 1 when upper-case (Unicode
    /// properties cost a table search per call).
    static let twoByteLetters: [UInt8] = (0..<0x800).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        return (scalar.properties.isAlphabetic ? 1 : 0) | (scalar.properties.isUppercase ? 2 : 0)
    }

    static func apostropheWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        if bytes[i] == UInt8(ascii: "'") { return 1 }
        // U+2019 RIGHT SINGLE QUOTATION MARK.
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return nil
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Unicode.Scalar? {
        let width = scalarWidth(bytes[i])
        guard i + width <= bytes.count else { return nil }
        var value: UInt32
        switch width {
        case 2: value = UInt32(bytes[i] & 0x1F)
        case 3: value = UInt32(bytes[i] & 0x0F)
        case 4: value = UInt32(bytes[i] & 0x07)
        default: return Unicode.Scalar(bytes[i])
        }
        for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(value)
    }
}

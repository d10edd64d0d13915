/// Finds counts, money, percentages and dates in an article body.
///
/// The extractor reads the UTF-8 bytes once into tokens, runs the date rules and then the
/// numeric rules over them, and reports each figure with Unicode-scalar offsets into `text`.
public enum FigureExtractor {
    public static func extract(from text: String, options: ExtractionOptions = ExtractionOptions()) -> [Figure] {
        extractReportingOverflow(from: text, options: options).figures
    }

    /// The figures of `text`, and apart from them the ones left out because their value (or high
    /// end) is beyond what a JSON reader can hold as a number (`DecimalValue.fitsADouble`):
    /// "1e999%" would be infinity to it, "10^-400" zero.
    public static func extractReportingOverflow(
        from text: String, options: ExtractionOptions = ExtractionOptions()
    ) -> (figures: [Figure], overflowing: [Figure]) {
        var body = text
        let all = body.withUTF8 { bytes in allFigures(utf8: bytes, options: options) }
        guard all.contains(where: { !$0.fitsADouble }) else { return (all, []) }
        return (all.filter(\.fitsADouble), all.filter { !$0.fitsADouble })
    }

    /// Whether a change of the figure after `text` (the body before it, any case) is stated of an
    /// object named before "by" ("lowering wages by 0.16 percent", "cut deaths by a third") rather
    /// than of a figure before it ("43 events, up by 17", "surging by 73.8 percent").
    public static func changeIsOfAnObject(before text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && $0 != "'" }
        guard words.count >= 2, words[words.count - 1] == "by", text.last?.isWhitespace ?? false else { return false }
        let word = String(words[words.count - 2])
        return ChangeRules.before[word] == nil && !ChangeRules.linkers.contains(word)
    }

    /// Whether a lower-case word is a verb in the past tense as the date rules read one: an irregular
    /// past ("sank", "met", "died") or a word in "-ed" that is no adjective ("arrested"; not "based").
    public static func isPastTenseWord(_ word: String) -> Bool {
        DateRules.irregularPastVerbs.contains(word) || DateRules.isRegularPast(word)
    }

    /// Numbers in `text` with more significant digits than a figure can hold
    /// (`DecimalValue.maximumDigits`), which the extractor passes over: how many, and the
    /// Unicode-scalar offset of the first. A number is a run of digits, with "," groups of exactly
    /// three digits ("1,234,567") and one "." with digits after it; "1,2,3" is three numbers.
    public static func overlongNumbers(in text: String) -> (count: Int, firstOffset: Int)? {
        let bytes = Array(text.utf8)
        let n = bytes.count
        func isDigit(_ k: Int) -> Bool { k < n && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
        var count = 0
        var firstByte: Int?
        var i = 0
        while i < n {
            guard isDigit(i), i == 0 || !isDigit(i - 1) else {
                i += 1
                continue
            }
            let start = i
            var significant = 0
            func digits() {
                while isDigit(i) {
                    if significant > 0 || bytes[i] != 0x30 { significant += 1 }
                    i += 1
                }
            }
            digits()
            while i < n, bytes[i] == 0x2C, isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4) {
                i += 1
                digits()
            }
            if i < n, bytes[i] == 0x2E, isDigit(i + 1) {
                i += 1
                digits()
            }
            if significant > DecimalValue.maximumDigits {
                count += 1
                if firstByte == nil { firstByte = start }
            }
        }
        guard let firstByte else { return nil }
        return (count, bytes[..<firstByte].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) })
    }

    /// Extracts from UTF-8 bytes that are known to be valid; figures beyond a double's range are
    /// left out (`extractReportingOverflow` gives them back).
    public static func extract(utf8 bytes: UnsafeBufferPointer<UInt8>, options: ExtractionOptions) -> [Figure] {
        allFigures(utf8: bytes, options: options).filter(\.fitsADouble)
    }

    private static func allFigures(utf8 bytes: UnsafeBufferPointer<UInt8>, options: ExtractionOptions) -> [Figure] {
        let tokenArray = FigureScanner.tokens(of: bytes)
        var figures = tokenArray.withUnsafeBufferPointer { tokens in
            // The scanner (its memo of every number read) goes before the figures are made, and the
            // candidates are sorted in place: a text of a million figures peaked at 1.5 GB with both.
            var candidates = scan(bytes, tokens: tokens, options: options)
            candidates.sort { $0.firstToken < $1.firstToken }
            return figuresOf(candidates, tokens: tokens, bytes: bytes)
        }
        if !options.rulePacks.isEmpty {
            figures = RulePack.apply(options.rulePacks, to: figures, in: String(decoding: bytes, as: UTF8.self))
            figures = figures.filter { options.kinds.contains($0.kind) }
        }
        return figures
    }

    /// The candidates of a scan of `bytes`.
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, options: ExtractionOptions
    ) -> [Candidate] {
        var scanner = FigureScanner(bytes: bytes, tokens: tokens, options: options)
        scanner.run()
        return scanner.candidates
    }

    /// The scanner's candidates, in the order of the text, as figures.
    private static func figuresOf(
        _ candidates: [Candidate], tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>
    ) -> [Figure] {
        var offsets = ScalarOffsets(bytes)
        var figures: [Figure] = []
        figures.reserveCapacity(candidates.count)
        for candidate in candidates {
            let startByte = tokens[candidate.firstToken].start
            var endByte = tokens[candidate.lastToken].end
            // "last year's": the possessive is not part of the date.
            if candidate.kind == .date, tokens[candidate.lastToken].kind == .word, tokens[candidate.lastToken].norm.hasSuffix("'s") {
                endByte -= bytes[endByte - 2] == UInt8(ascii: "'") ? 2 : 4
            }
            let figureText = String(decoding: UnsafeBufferPointer(rebasing: bytes[startByte..<endByte]), as: UTF8.self)
            figures.append(
                Figure(
                    kind: candidate.kind, text: figureText,
                    start: offsets.scalarOffset(ofByte: startByte), end: offsets.scalarOffset(ofByte: endByte),
                    value: candidate.value, unit: candidate.unit, subject: candidate.subject,
                    bound: candidate.kind == .date ? nil : candidate.bound, high: candidate.high, change: candidate.change,
                    sentence: tokens[candidate.firstToken].sentence, date: candidate.date, resolved: candidate.resolved,
                    unitCandidates: candidate.unitCandidates
                ))
        }
        return figures
    }
}

/// Converts increasing UTF-8 byte offsets into Unicode-scalar offsets in one forward walk.
struct ScalarOffsets {
    let bytes: UnsafeBufferPointer<UInt8>
    private var byte = 0
    private var scalar = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func scalarOffset(ofByte target: Int) -> Int {
        // A figure that ends after the next one starts: step back instead of starting over.
        while byte > target {
            byte -= 1
            if bytes[byte] & 0xC0 != 0x80 { scalar -= 1 }
        }
        // Eight bytes at a time: a byte is a continuation byte when its top bits are 10.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while byte + 8 <= target {
                let word = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
                let continuation = (word & 0x8080_8080_8080_8080) & ~((word << 1) & 0x8080_8080_8080_8080)
                scalar += 8 - continuation.nonzeroBitCount
                byte += 8
            }
        }
        while byte < target {
            // Count lead bytes only; continuation bytes are 10xxxxxx.
            if bytes[byte] & 0xC0 != 0x80 { scalar += 1 }
            byte += 1
        }
        return scalar
    }
}

extension FigureExtractor {
    /// The sentences of a body as the extractor numbers them (`Figure.sentence` indexes this
    /// array): each sentence's text, from its first to its last token.
    public static func sentences(of text: String) -> [String] {
        var body = text
        return body.withUTF8 { bytes in
            var spans: [(start: Int, end: Int)] = []
            for token in FigureScanner.tokens(of: bytes) {
                if token.sentence < spans.count {
                    spans[token.sentence].end = token.end
                } else {
                    while spans.count < token.sentence { spans.append((token.start, token.start)) }
                    spans.append((token.start, token.end))
                }
            }
            return spans.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.start..<$0.end]), as: UTF8.self) }
        }
    }
}

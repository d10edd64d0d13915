/// One pass over a body's tokens that finds every figure.
struct FigureScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var tokens: [Token]
    let options: ExtractionOptions
    var consumed: [Bool]
    var candidates: [Candidate] = []
    /// The currency `¥` stands for in this text, if its words say.
    let yenYuan: String?

    init(bytes: UnsafeBufferPointer<UInt8>, options: ExtractionOptions) {
        self.bytes = bytes
        self.options = options
        var tokens = Tokenizer.tokenize(bytes)
        Sentences.assign(&tokens)
        self.tokens = tokens
        self.consumed = [Bool](repeating: false, count: tokens.count)
        Self.markAddresses(bytes: bytes, tokens: tokens, consumed: &consumed)
        var clue: String?
        // Only a text with a ¥ sign needs to know whether it speaks of yuan or yen.
        let hasYenSign = tokens.contains { $0.kind == .symbol && MoneyRules.yenYuanSymbols.contains($0.norm) }
        for token in tokens where hasYenSign && token.kind == .word {
            if let hit = MoneyRules.yenYuanClues.first(where: { $0.word == token.norm }) {
                if clue == nil { clue = hit.code } else if clue != hit.code { clue = nil; break }
            }
        }
        self.yenYuan = clue
    }

    /// Words at which some date or number rule can start.
    static let ruleStarters: Set<String> = {
        var words = Set<String>([
            "the", "a", "an", "in", "day", "q", "h", "half", "quarter", "between", "from", "one", "weekend", "rest", "early", "mid",
            "middle", "late", "earlier", "later", "within", "beginning", "start", "end", "century", "now",
        ])
        words.formUnion(DateRules.months.keys)
        words.formUnion(DateRules.weekdays.keys)
        words.formUnion(DateRules.relativeDays.keys)
        words.formUnion(DateRules.relativeShifts.keys)
        words.formUnion(DateRules.seasons.keys)
        words.formUnion(DateRules.ordinalDays.keys)
        words.formUnion(DateRules.ordinalTens.keys)
        words.formUnion(NumberRules.units.keys)
        words.formUnion(NumberRules.fractionOfScale.keys)
        return words
    }()

    /// URLs and e-mail addresses hold numbers that are never figures: their tokens are skipped.
    static func markAddresses(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], consumed: inout [Bool]) {
        // Byte ranges of whitespace-delimited runs that contain "://", start with "www.", or hold an "@" with a dot after it.
        var ranges: [Range<Int>] = []
        var i = 0
        let n = bytes.count
        while i < n {
            while i < n, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 }
            let start = i
            var scheme = false
            var at = -1
            var dotAfterAt = false
            while i < n, bytes[i] != 0x20, bytes[i] != 0x0A, bytes[i] != 0x09, bytes[i] != 0x0D {
                if bytes[i] == UInt8(ascii: ":"), i + 2 < n, bytes[i + 1] == UInt8(ascii: "/"), bytes[i + 2] == UInt8(ascii: "/") {
                    scheme = true
                }
                if bytes[i] == UInt8(ascii: "@") { at = i }
                if at >= 0, i > at, bytes[i] == UInt8(ascii: ".") { dotAfterAt = true }
                i += 1
            }
            let www =
                i - start > 4 && bytes[start] | 0x20 == UInt8(ascii: "w") && bytes[start + 1] | 0x20 == UInt8(ascii: "w")
                && bytes[start + 2] | 0x20 == UInt8(ascii: "w") && bytes[start + 3] == UInt8(ascii: ".")
            if scheme || www || (at > start && dotAfterAt) { ranges.append(start..<i) }
        }
        guard !ranges.isEmpty else { return }
        var r = 0
        for (index, token) in tokens.enumerated() {
            while r < ranges.count, ranges[r].upperBound <= token.start { r += 1 }
            if r < ranges.count, ranges[r].contains(token.start) { consumed[index] = true }
        }
    }

    mutating func run() {
        // One set lookup per word decides whether any rule can start there: most words start none.
        var starts = [Bool](repeating: false, count: tokens.count)
        for index in tokens.indices {
            let token = tokens[index]
            starts[index] = token.kind != .word || Self.ruleStarters.contains(token.norm) || token.norm.hasSuffix("'s")
        }
        var i = 0
        while i < tokens.count {
            if starts[i], !consumed[i], let next = matchDate(at: i) { i = next; continue }
            i += 1
        }
        i = 0
        while i < tokens.count {
            if starts[i], !consumed[i], let next = matchNumeric(at: i) { i = next; continue }
            i += 1
        }
        resolveElidedSubjects()
        mergeBoundPairs()
        mergeDateRanges()
    }

    /// "between Oct. 2 and October 22", "from Nov 1 to Nov 5", "January 12, 2016 - 01/22/2016":
    /// two dates joined into one span.
    mutating func mergeDateRanges() {
        candidates.sort { $0.firstToken < $1.firstToken }
        var index = 0
        while index + 1 < candidates.count {
            let a = candidates[index]
            let b = candidates[index + 1]
            let j = a.lastToken + 1
            guard a.kind == .date, b.kind == .date, j + 1 == b.firstToken, sameSentence(a.lastToken, b.firstToken),
                let start = a.date?.start, let end = b.date?.end, start.count == end.count, start <= end
            else { index += 1; continue }
            let joiner = tokens[j].norm
            let opener = a.firstToken > 0 ? word(a.firstToken - 1) : nil
            let ok = (joiner == "and" && opener == "between") || DateRules.rangeJoiners.contains(joiner)
            guard ok else { index += 1; continue }
            var merged = a
            merged.date = DateSpan(start: start, end: end)
            merged.lastToken = b.lastToken
            if opener == "between" || opener == "from" { merged.firstToken -= 1 }
            if a.resolved != b.resolved { merged.resolved = a.resolved ?? b.resolved }
            merged.needsPartner = false
            candidates[index] = merged
            candidates.remove(at: index + 1)
        }
        candidates.removeAll { $0.needsPartner }
    }

    /// "more than 10 and less than 40", "above 1000 and below 1500", "at most 100 and at least 20":
    /// a lower and an upper bound joined by "and"/"but" make one range.
    mutating func mergeBoundPairs() {
        candidates.sort { $0.firstToken < $1.firstToken }
        var index = 0
        while index + 1 < candidates.count {
            let a = candidates[index]
            let b = candidates[index + 1]
            let joinerAt = a.lastToken + 1
            let joined =
                joinerAt + 1 == b.firstToken && (word(joinerAt) == "and" || word(joinerAt) == "but")
                || (joinerAt + 1 == b.firstToken && symbol(joinerAt) == ",")
            if a.kind == b.kind, a.kind != .date, a.unit == b.unit, joined, sameSentence(a.lastToken, b.firstToken),
                let bounds = [a.bound, b.bound] as [Bound?]?, Set(bounds) == [.min, .max],
                let low = a.bound == .min ? a.value : b.value, let high = a.bound == .max ? a.value : b.value, low < high
            {
                var merged = a
                merged.bound = .range
                merged.value = low
                merged.high = high
                merged.lastToken = b.lastToken
                merged.subject = a.subject ?? b.subject
                candidates[index] = merged
                candidates.remove(at: index + 1)
            }
            index += 1
        }
    }

    // MARK: - Token helpers

    func word(_ i: Int) -> String? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word else { return nil }
        return tokens[i].norm
    }

    /// The word without a possessive "'s": "year's" → "year".
    func bareWord(_ i: Int) -> String? {
        guard let w = word(i) else { return nil }
        return w.hasSuffix("'s") ? String(w.dropLast(2)) : w
    }

    func symbol(_ i: Int) -> String? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .symbol else { return nil }
        return tokens[i].norm
    }

    func sameSentence(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b >= 0 && a < tokens.count && b < tokens.count && tokens[a].sentence == tokens[b].sentence
    }

    /// True when `i` exists, is in the sentence of `anchor` and touches the token before it.
    func attached(_ i: Int) -> Bool { i > 0 && i < tokens.count && !tokens[i].spaceBefore }

    /// A hyphen at `i` written tight between its neighbours: "forty-two", "2015-3", "two-thirds".
    func tightHyphen(_ i: Int) -> Bool { symbol(i) == "-" && attached(i) && attached(i + 1) }

    func text(_ first: Int, _ last: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[first].start..<tokens[last].end]), as: UTF8.self)
    }

    /// Whether the words at `i...` spell `phrase` (each element one token, lower-case).
    func matches(_ phrase: [String], at i: Int) -> Bool {
        guard i >= 0, i + phrase.count <= tokens.count else { return false }
        for (k, part) in phrase.enumerated() {
            let t = tokens[i + k]
            if t.norm != part {
                // "last year's": the possessive may end the last word.
                guard k == phrase.count - 1, t.kind == .word, t.norm.utf8.count == part.utf8.count + 2, t.norm.hasSuffix("'s"),
                    t.norm.hasPrefix(part)
                else { return false }
            }
            if k > 0 && !sameSentence(i, i + k) { return false }
        }
        return true
    }

    mutating func consume(_ first: Int, _ last: Int) {
        guard first <= last else { return }
        for k in first...last where k >= 0 && k < consumed.count { consumed[k] = true }
    }

    mutating func add(_ candidate: Candidate) {
        consume(candidate.firstToken, candidate.lastToken)
        if options.kinds.contains(candidate.kind) { candidates.append(candidate) }
    }
}

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
        var clue: String?
        for token in tokens where token.kind == .word {
            if let hit = MoneyRules.yenYuanClues.first(where: { $0.word == token.norm }) {
                if clue == nil { clue = hit.code } else if clue != hit.code { clue = nil; break }
            }
        }
        self.yenYuan = clue
    }

    mutating func run() {
        var i = 0
        while i < tokens.count {
            if !consumed[i], let next = matchDate(at: i) { i = next; continue }
            i += 1
        }
        i = 0
        while i < tokens.count {
            if !consumed[i], let next = matchNumeric(at: i) { i = next; continue }
            i += 1
        }
        resolveElidedSubjects()
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

    func text(_ first: Int, _ last: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[first].start..<tokens[last].end]), as: UTF8.self)
    }

    /// Whether the words at `i...` spell `phrase` (each element one token, lower-case).
    func matches(_ phrase: [String], at i: Int) -> Bool {
        guard i >= 0, i + phrase.count <= tokens.count else { return false }
        for (k, part) in phrase.enumerated() {
            let t = tokens[i + k]
            let norm = t.kind == .word && t.norm.hasSuffix("'s") && k == phrase.count - 1 ? String(t.norm.dropLast(2)) : t.norm
            if norm != part { return false }
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

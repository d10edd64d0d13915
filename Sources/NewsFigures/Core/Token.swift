/// A token of the body text, located by UTF-8 byte offsets.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        /// Letters (and apostrophes inside them).
        case word
        /// Digits with optional thousands separators and one decimal point: "14,600", "10.9".
        case number
        /// Any other single non-space character: "$", "%", "–", ",", ".".
        case symbol
    }

    // Stored wide fields first and the one-byte ones together at the end (56 bytes a token, not 80).
    /// UTF-8 byte range in the body.
    var start: Int
    var end: Int
    /// Words: lower-cased with ’ normalised to '. Numbers: the digits without separators.
    /// Symbols: the character itself.
    var norm: String
    /// Index of the sentence this token belongs to.
    var sentence: Int = 0
    /// Numbers written as plain digits (no separators, no point) of at most 18 digits: their value.
    /// Rules ask this of most numbers they meet; reading it from `norm` each time was a tenth of
    /// the date rules' time.
    var integer: Int? = nil
    var kind: Kind
    /// Whether whitespace separates this token from the previous one.
    var spaceBefore: Bool
    /// Whether a line break lies between this token and the previous one.
    var newlineBefore: Bool
    /// Words: the first letter is upper-case.
    var capitalized: Bool
    /// Words: what the scanner's gates need to know of them, looked up once by the tokenizer.
    var wordClass: FigureScanner.WordClass = []

    init(
        kind: Kind, start: Int, end: Int, spaceBefore: Bool, newlineBefore: Bool, norm: String, capitalized: Bool,
        integer: Int? = nil, wordClass: FigureScanner.WordClass = []
    ) {
        self.start = start
        self.end = end
        self.norm = norm
        self.integer = integer
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.newlineBefore = newlineBefore
        self.capitalized = capitalized
        self.wordClass = wordClass
    }

    func `is`(_ word: String) -> Bool { kind == .word && norm == word }
    func isSymbol(_ s: String) -> Bool { kind == .symbol && norm == s }
}

/// The scanner's tokens, fixed once made, read in place.
///
/// The rules read a field or two of a token at a time, thousands of times a text. Read from an
/// `Array`, each read went through the array's subscript, which the optimiser stops inlining into
/// the largest rule functions: there it became a call that copied the whole token out (retaining its
/// string) to read one field of it. This subscript is an address, always inlined, so that
/// `tokens[i].kind` is one load. Like the scanner's `bytes`, it borrows the tokens of an array that
/// its maker keeps alive while the scanner runs (`FigureExtractor.allFigures`); holding no reference,
/// it is copied with the scanner at no cost.
struct TokenList: RandomAccessCollection {
    private let buffer: UnsafeBufferPointer<Token>

    init(_ buffer: UnsafeBufferPointer<Token>) { self.buffer = buffer }

    var count: Int { buffer.count }
    var startIndex: Int { 0 }
    var endIndex: Int { buffer.count }
    var indices: Range<Int> { 0..<buffer.count }

    @inline(__always) subscript(position: Int) -> Token {
        unsafeAddress {
            precondition(position >= 0 && position < buffer.count, "token index out of range")
            return buffer.baseAddress.unsafelyUnwrapped + position
        }
    }

    /// The tokens as a buffer, for loops that read every token.
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Token>) throws -> R) rethrows -> R { try body(buffer) }
}

/// A figure while it is being built, located by token indices and UTF-8 byte offsets.
struct Candidate {
    var kind: FigureKind
    var firstToken: Int
    var lastToken: Int
    var value: DecimalValue?
    var unit: String?
    var subject: String?
    var bound: Bound?
    var high: DecimalValue?
    var change: Change?
    var date: DateSpan?
    var resolved: String?
    var unitCandidates: [String]?
    /// Counts: the number was followed by a verb or preposition, so its subject is elided.
    var elided = false
    /// Dates: only one end of a range ("now"), dropped when no other end joins it.
    var needsPartner = false
    /// Counts: where the subject ended (for change references after it).
    var subjectEnd: Int?
}

/// A number read from the text.
struct NumberMatch {
    var value: DecimalValue
    var first: Int
    var last: Int
    /// Written in words ("six").
    var words: Bool
    /// A scale word or suffix was applied ("billion", "bn").
    var scaled: Bool
    /// Digits only, no separators, no decimals: may be a year.
    var plainInteger: Bool
}

/// Why a number is not a figure; its tokens are skipped.
struct NotAFigure: Error {
    var last: Int
}

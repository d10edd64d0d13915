/// What a figure measures.
public enum FigureKind: String, Sendable, Codable, CaseIterable {
    case count, money, percent, date
}

/// How the stated value relates to the true one.
public enum Bound: String, Sendable, Codable, CaseIterable {
    /// The number as written.
    case exact
    /// "about", "around", "some", "roughly", "approximately".
    case approx
    /// A lower bound: "over", "more than", "exceeding", "at least".
    case min
    /// An upper bound: "under", "up to", "nearly", "less than".
    case max
    /// "5–10", "between 10 and 20": `value` is the low end and `high` the high end.
    case range
}

/// The direction of a stated change.
public enum ChangeDirection: String, Sendable, Codable {
    case increase, decrease
}

/// A figure that states a change: "surging 73.8 percent from last year's".
public struct Change: Sendable, Codable, Equatable {
    public var direction: ChangeDirection
    /// What the change is measured against ("last year", "year-on-year"), when stated.
    public var reference: String?

    public init(direction: ChangeDirection, reference: String?) {
        self.direction = direction
        self.reference = reference
    }
}

/// A calendar span as ISO 8601 text: full dates ("2020-11-07") or, when the year is unknown,
/// partial dates ("--11-05").
public struct DateSpan: Sendable, Codable, Equatable {
    public var start: String
    public var end: String

    public init(start: String, end: String) {
        self.start = start
        self.end = end
    }
}

/// One figure found in an article body.
public struct Figure: Sendable, Codable, Equatable {
    public var kind: FigureKind
    /// Exactly `body[start..<end]`.
    public var text: String
    /// Offsets in Unicode scalars into the body.
    public var start: Int
    public var end: Int
    /// The value for counts, money and percentages; nil for dates.
    public var value: DecimalValue?
    /// Money: ISO 4217 code; percent: "percent" or "percentage point".
    public var unit: String?
    /// What is counted or measured, as a noun phrase from the text.
    public var subject: String?
    public var bound: Bound?
    /// The upper end of a range.
    public var high: DecimalValue?
    public var change: Change?
    /// Index of the sentence (0-based) in the body.
    public var sentence: Int
    /// Dates: the calendar span.
    public var date: DateSpan?
    /// Dates: how the span was resolved ("absolute", "relative to published", "year from published",
    /// "relative to a date in the text": "three days after the June 4 election"; "fiscal year": the span is
    /// then the year or years alone, "2023" to "2024").
    public var resolved: String?
    /// Money with an ambiguous symbol (¥): the codes it could be. `unit` is nil then.
    public var unitCandidates: [String]?

    public init(
        kind: FigureKind, text: String, start: Int, end: Int, value: DecimalValue? = nil,
        unit: String? = nil, subject: String? = nil, bound: Bound? = nil, high: DecimalValue? = nil,
        change: Change? = nil, sentence: Int, date: DateSpan? = nil, resolved: String? = nil,
        unitCandidates: [String]? = nil
    ) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.unit = unit
        self.subject = subject
        self.bound = bound
        self.high = high
        self.change = change
        self.sentence = sentence
        self.date = date
        self.resolved = resolved
        self.unitCandidates = unitCandidates
    }
}

extension Figure {
    /// The record contract's member names.
    enum CodingKeys: String, CodingKey {
        case kind, text, start, end, value, unit, subject, bound, high, change, sentence, date, resolved
        case unitCandidates = "unit_candidates"
    }

    /// Encodes as the contract writes it: absent values as null, `unit_candidates` only when set.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(subject, forKey: .subject)
        try c.encode(bound, forKey: .bound)
        try c.encode(high, forKey: .high)
        try c.encode(change, forKey: .change)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(date, forKey: .date)
        try c.encode(resolved, forKey: .resolved)
        try c.encodeIfPresent(unitCandidates, forKey: .unitCandidates)
    }
}

extension Figure {
    /// Whether the value and the high end can be written as JSON numbers a reader holds as doubles.
    public var fitsADouble: Bool { (value?.fitsADouble ?? true) && (high?.fitsADouble ?? true) }
}

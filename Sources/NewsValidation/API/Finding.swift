import NewsFigures

/// How serious a finding is.
public enum Severity: String, Sendable, Codable, Comparable {
    case info, warning, error

    var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// One result of a validation rule.
public struct Finding: Sendable, Codable, Equatable {
    /// The rule's id, e.g. "schema.figure-span".
    public var rule: String
    public var severity: Severity
    /// Indices into the record's `figures` that the finding concerns.
    public var figures: [Int]
    public var message: String

    public init(rule: String, severity: Severity, figures: [Int], message: String) {
        self.rule = rule
        self.severity = severity
        self.figures = figures
        self.message = message
    }
}

/// What a rule sees: one article's body, its figures, its published day and its sentences.
public struct ValidationContext: Sendable {
    public let body: String
    public let figures: [Figure]
    /// The day the article was published (or the reference day it was read against), if known.
    public let published: CalendarDate?
    /// The body's sentences as the extractor numbers them (`Figure.sentence` indexes this).
    public let sentences: [String]
    let scalars: [Unicode.Scalar]
    let bySentence: [Int: [Int]]

    public init(body: String, figures: [Figure], published: CalendarDate? = nil) {
        self.body = body
        self.figures = figures
        self.published = published
        self.sentences = FigureExtractor.sentences(of: body)
        self.scalars = Array(body.unicodeScalars)
        self.bySentence = Dictionary(grouping: figures.indices, by: { figures[$0].sentence })
    }

    /// The first `count` characters of a figure's sentence, lower-cased (read in constant time, unlike
    /// `sentence(of:)`, which lower-cases the whole sentence).
    public func sentenceOpening(of figure: Figure, count: Int = 12) -> String {
        sentences.indices.contains(figure.sentence) ? sentences[figure.sentence].prefix(count).lowercased() : ""
    }

    /// The sentence of a figure, lower-cased ("" when out of range).
    public func sentence(of figure: Figure) -> String {
        sentences.indices.contains(figure.sentence) ? sentences[figure.sentence].lowercased() : ""
    }

    /// Body text between two figures (lower-cased), empty when they overlap or are out of order.
    public func text(between a: Figure, and b: Figure) -> String {
        slice(a.end, b.start).lowercased()
    }

    /// Up to `count` characters of body after a figure, lower-cased.
    public func after(_ figure: Figure, count: Int = 40) -> String {
        slice(figure.end, figure.end.addingReportingOverflow(count).overflow ? Int.max : figure.end + count).lowercased()
    }

    /// Up to `count` characters of body after a figure, lower-cased, its counted noun left out when the noun follows
    /// it: "43 events in all" → " in all", "1.2 goals a game" → " a game".
    public func after(_ figure: Figure, count: Int, pastSubject: Bool) -> Substring {
        let text = after(figure, count: count)[...]
        guard pastSubject, let subject = figure.subject?.lowercased(), text.hasPrefix(" " + subject) else { return text }
        return text.dropFirst(subject.count + 1)
    }

    /// The text around a figure within `reach` characters each side, up to the sentence breaks (". ") nearest to it,
    /// lower-cased: read in constant time, unlike `sentence(of:)`.
    public func around(_ figure: Figure, reach: Int) -> String {
        let before = before(figure, count: reach)
        let after = after(figure, count: reach)
        return String(before[(before.ranges(of: ". ").last?.upperBound ?? before.startIndex)...]) + " "
            + String(after[..<(after.firstRange(of: ". ")?.lowerBound ?? after.endIndex)])
    }

    /// Up to `count` characters of body before a figure, lower-cased.
    public func before(_ figure: Figure, count: Int = 40) -> String {
        slice(figure.start.subtractingReportingOverflow(count).overflow ? Int.min : figure.start - count, figure.start).lowercased()
    }

    func slice(_ from: Int, _ to: Int) -> String {
        let lower = max(0, min(from, scalars.count))
        let upper = max(lower, min(to, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    /// Indices of the figures in the same sentence as figure `index`, in order.
    public func sameSentence(as index: Int) -> [Int] { bySentence[figures[index].sentence] ?? [] }

    /// Whether the text holds any of the phrases.
    static func mentions(_ text: String, _ phrases: [String]) -> Bool { phrases.contains { text.contains($0) } }

    /// The head noun of a figure's subject, lower-case: its last word before any "of" ("tonnes of milk" →
    /// "tonnes", "megawatts of solar" → "megawatts", "foreign investment projects" → "projects").
    static func headNoun(_ subject: String) -> String {
        let lead = subject.lowercased().split(separator: " of ").first ?? ""
        return String(lead.split(separator: " ").last ?? "")
    }
}

/// A check over one article's figures. Each rule lives in its own file under Rules/ with the
/// cases that trigger it and the cases that must not in its doc comment and tests.
public protocol ValidationRule: Sendable {
    var id: String { get }
    func check(_ context: ValidationContext) -> [Finding]
}

extension Double {
    /// A short decimal for messages: "2434", "26", "45.5".
    var short: String {
        guard abs(self) < 1e15 else { return String(describing: self) }
        let rounded = (self * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A number as a reader writes it, for messages: "2,434", "45.5", "214.5 million", "1.038 billion"
    /// (four significant digits from a million up), "184.6", "1.1069" (two decimals under 1,000, four under 10).
    var readable: String {
        guard isFinite, abs(self) < 1e15 else { return String(describing: self) }
        for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] where abs(self) >= scale {
            let mantissa = self / scale
            let places = mantissa.magnitude >= 100 ? 1 : mantissa.magnitude >= 10 ? 2 : 3
            return Self.decimal(mantissa, places: places) + " " + word
        }
        return Self.decimal(self, places: abs(self) >= 1000 ? 0 : abs(self) >= 10 ? 2 : 4)
    }

    /// An amount with its currency: "$214.5 million", "£0.54", "INR 5.2 million".
    func money(_ code: String?) -> String {
        switch code {
        case "USD": return (self < 0 ? "-$" : "$") + abs(self).readable
        case "EUR": return (self < 0 ? "-€" : "€") + abs(self).readable
        case "GBP": return (self < 0 ? "-£" : "£") + abs(self).readable
        case let code?: return code + " " + readable
        case nil: return readable
        }
    }

    /// Rounded to `places` decimals, trailing zeros dropped, thousands grouped: "15,500", "1.04".
    private static func decimal(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        var whole = String(Int(rounded / scale))
        var fraction = String(Int(rounded.truncatingRemainder(dividingBy: scale)))
        if places > 0 {
            fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
        } else {
            fraction = ""
        }
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        return (value < 0 && rounded > 0 ? "-" : "") + whole + grouped + (fraction.isEmpty ? "" : "." + fraction)
    }
}

/// Runs rules over an article.
public enum Validator {
    public static let defaultRules: [any ValidationRule] = [
        FigureSpanRule(), SharesRule(), PartWholeRule(), ChangeArithmeticRule(), TotalsRule(), AveragesRule(), DateConsistencyRule(),
        PlausibilityRule(),
    ]

    /// Beyond this many figures in one record only the schema rule runs (the others compare
    /// figures pairwise within sentences; a hostile record must not tie up a server).
    public static let maximumFigures = 10_000

    /// Every rule id the default rules report (for checking names in pipeline files).
    public static let ruleIDs = [
        "schema.figure-span", "shares.total", "part-whole", "change.derived", "change.mismatch", "totals.parts", "totals.derived",
        "averages.mismatch", "dates.weekday", "dates.range-order", "dates.future-in-past", "plausibility.negative-count",
        "plausibility.share-over-100",
        "plausibility.money-scale",
    ]

    public static func validate(
        body: String, figures: [Figure], published: CalendarDate? = nil, rules: [any ValidationRule] = defaultRules
    ) -> [Finding] {
        let context = ValidationContext(body: body, figures: figures, published: published)
        if figures.count > maximumFigures {
            let schema = rules.filter { $0 is FigureSpanRule }.flatMap { $0.check(context) }
            return schema + [
                Finding(
                    rule: "validation.skipped", severity: .warning, figures: [],
                    message: "\(figures.count) figures: only the schema rule ran (limit \(maximumFigures))")
            ]
        }
        return rules.flatMap { $0.check(context) }
    }
}

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

/// A check over one article's figures.
public protocol ValidationRule: Sendable {
    var id: String { get }
    func check(body: String, figures: [Figure]) -> [Finding]
}

/// Runs rules over an article.
public enum Validator {
    public static let defaultRules: [any ValidationRule] = [FigureSpanRule()]

    public static func validate(body: String, figures: [Figure], rules: [any ValidationRule] = defaultRules) -> [Finding] {
        rules.flatMap { $0.check(body: body, figures: figures) }
    }
}

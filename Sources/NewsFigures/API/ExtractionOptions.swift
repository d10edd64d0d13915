/// What the extractor needs to know besides the text.
public struct ExtractionOptions: Sendable {
    /// The article's published day, used to resolve "on Saturday", "last year", "Nov 5".
    /// Without it, relative dates are not emitted and dates without a year stay partial.
    public var published: CalendarDate?
    /// The currency of a bare "$" (USD in English-language news unless the page says otherwise).
    public var bareDollar: String
    /// Which kinds to report.
    public var kinds: Set<FigureKind>
    /// User vocabulary applied after the built-in rules (see `RulePack`).
    public var rulePacks: [RulePack] = []

    public init(published: CalendarDate? = nil, bareDollar: String = "USD", kinds: Set<FigureKind> = Set(FigureKind.allCases)) {
        self.published = published
        self.bareDollar = bareDollar
        self.kinds = kinds
    }
}

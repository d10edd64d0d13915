import NewsFigures

/// plausibility.*: values that cannot be right.
///
/// - plausibility.negative-count (error): a count below zero ("-5 buyers").
/// - plausibility.share-over-100 (error): a percentage over 100 that is a share of something
///   ("120 percent of the market", a "share" subject) or of people who did what it counts ("backed by 114 percent of
///   voters", "of those voting", "said 118 percent of residents could now get …");
///   growth may exceed 100 percent, a share may not.
/// - plausibility.money-scale (error): an amount over 10^15 in any currency, ten times the world's
///   yearly output in dollars ("$2,000 trillion": a scale word where another was meant).
/// Does not fire: "up 150 percent" (a change); "60-percent share"; "$15.7 billion"; a ratio to a
/// level that may be exceeded ("debt at 131 percent of the economy's output", "115 percent of their
/// capacity"); a count with no subject or a net figure ("temperatures fall to -5", "net migration was
/// -12,000 people"); an amount in a currency of small units within its own scale ("Rp 2,750 trillion").
public struct PlausibilityRule: ValidationRule {
    public let id = "plausibility"
    static let shareCues = [" of the ", " of all ", " of its ", " of their ", " share", " stake"]
    /// Wholes a percentage may exceed: "131 percent of the economy's output", "of capacity".
    /// Lower-case words of a text.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }).map(String.init)
    }

    /// Whether the whole after "of" is one a percentage may exceed: a noun of `exceedableWholes` among its
    /// first four words before a preposition or punctuation ("of the economy's output", "of their capacity",
    /// "of its design capacity last year"; not "of the vote in the low-income district").
    static func ofExceedableWhole(_ following: String) -> Bool {
        var phrase = Substring(following)
        if let stop = phrase.firstIndex(where: { $0 == "," || $0 == "." || $0 == ";" }) { phrase = phrase[..<stop] }
        var ws = words(String(phrase))
        guard let of = ws.firstIndex(of: "of") else { return false }
        ws = Array(ws[(of + 1)...])
        let ends: Set<String> = ["in", "on", "at", "for", "by", "with", "from", "and", "or", "than", "to", "as"]
        if let stop = ws.firstIndex(where: ends.contains) { ws = Array(ws[..<stop]) }
        // (Any of the four words: a date or an adverb may follow the noun, "of its design capacity last year".)
        return ws.prefix(4).contains { word in
            let bare = word.hasSuffix("'s") ? String(word.dropLast(2)) : word
            return exceedableWholes.contains(bare) || exceedableWholes.contains(String(bare.dropLast()))
        }
    }

    /// Wholes of people, of whom a share can never exceed all: "of voters", "of residents" (and "of those voting", `thoseWho`).
    static let peopleWholes: Set<String> = [
        "everyone", "people", "voters", "residents", "respondents", "adults", "children", "pupils", "students",
        "workers", "employees", "members", "users", "customers", "households", "patients", "participants", "citizens",
        "women", "men", "parents", "teachers", "doctors", "nurses", "drivers", "passengers", "visitors", "fans", "readers",
        "viewers", "listeners", "shoppers", "consumers", "owners", "tenants", "homeowners", "farmers", "investors",
        "shareholders", "delegates", "americans", "britons", "europeans", "inhabitants", "electorate", "teenagers",
        "adolescents", "youths", "girls", "boys", "pensioners", "retirees", "staff", "smokers", "graduates", "commuters",
    ]
    /// Nouns after a noun of people that make the whole a measure of them, which may be exceeded: "130 percent of staff
    /// costs", "120 percent of pupil numbers".
    static let measuresOfPeople: Set<String> = [
        "costs", "cost", "numbers", "number", "levels", "level", "pay", "wages", "salaries", "income", "incomes", "spending",
        "budget", "budgets", "hours", "time", "turnover",
    ]

    /// Words after "those" that make them people: "of those voting", "of those who", "of those polled".
    static let thoseWho: Set<String> = [
        "who", "asked", "polled", "surveyed", "questioned", "interviewed", "eligible", "aged", "registered", "present",
    ]

    /// Whether a percentage is of people: "of" right after it, then a word of `peopleWholes`, not as a possessive
    /// ("114 percent of voters", "of those voting", "of residents, the poll found"; not "of residents' income", "of
    /// people's savings", "of staff costs" (`measuresOfPeople`), "120 percent of those in 2019", where "those" are the
    /// levels compared).
    static func ofPeople(_ following: String) -> Bool {
        let ws = Array(following.lowercased().split(separator: " ").prefix(3))
        guard ws.count >= 2, ws[0] == "of", !ws[1].contains("'"), !ws[1].contains("\u{2019}") else { return false }
        let noun = String(ws[1].filter { $0.isLetter })
        guard noun == "those" else {
            let measure =
                ws.count > 2 && !ws[1].contains(where: { ",.;".contains($0) })
                && measuresOfPeople.contains(String(ws[2].filter { $0.isLetter }))
            return peopleWholes.contains(noun) && !measure
        }
        let next = ws.count > 2 && ws[1].allSatisfy(\.isLetter) ? String(ws[2].filter { $0.isLetter }) : ""
        return thoseWho.contains(next) || next.hasSuffix("ing")
    }

    /// Whether the people of a share over 100 did something the share counts: the share is the agent ("backed by 114
    /// percent of voters"), "those" who did it ("114 percent of those voting") or the subject of its clause (`opensItsClause`:
    /// "said 118 percent of residents could now get …"); not a ratio to a number of people, which
    /// may exceed it ("Gross enrolment reached 104% of children of primary age", "Subscriptions equal 130% of residents").
    static func peopleActed(before: String, _ following: String) -> Bool {
        let words = before.lowercased().split(whereSeparator: { !$0.isLetter })
        if words.last == "by" { return true }
        // ("Turnout was put at 114 percent of voters": a share of people by its name.)
        if words.suffix(8).contains(where: { shareOfPeopleNouns.contains(String($0)) }) { return true }
        let ws = following.lowercased().split(separator: " ")
        if ws.count >= 2 && ws[1] == "those" { return true }
        // (In its sentence: the words after the last stop, or all of them when the sentence opens within reach.)
        let lower = before.lowercased()
        let stop = [". ", "? ", "! ", "\n"].compactMap { lower.ranges(of: $0).last?.upperBound }.max()
        let opensTheBody = before.count < 40 && stop == nil
        guard stop != nil || opensTheBody else { return opensItsClause(before: words, sentenceStart: false) }
        let own = lower[(stop ?? lower.startIndex)...].split(whereSeparator: { !$0.isLetter })
        return opensItsClause(before: Array(own), sentenceStart: true)
    }

    /// Words after which a share opens its clause, of what was said or found ("The regulator said 118 percent of residents
    /// could …", "The survey found that 114 percent of residents support …").
    static let clauseOpeners: Set<String> = [
        "that", "said", "says", "say", "found", "finds", "showed", "shows", "show", "suggested", "suggests", "estimated",
        "estimates", "reported", "reports", "claimed", "claims", "believes", "believed", "while", "whereas", "but",
    ]
    /// Words of a hedge before a share ("About 118 percent", "some 114 percent", "more than 104 percent").
    static let hedges: Set<String> = [
        "about", "some", "around", "roughly", "nearly", "almost", "approximately", "only", "just", "over", "more", "than",
        "fewer", "less", "up", "to", "under", "at", "least", "an", "estimated",
    ]

    /// Whether a share opens its clause, as the subject of what follows ("118 percent of residents could now get",
    /// "About 118 percent of residents have fibre"): the sentence's start or a word of `clauseOpeners` before it, past any
    /// hedge; people of whom it is a share did what it counts. (Not a ratio after a verb or preposition: "Gross enrolment
    /// reached 104% of children", "Subscriptions equal 130% of residents", "at 130% of residents".)
    /// `sentenceStart`: the words are all of the sentence before the share.
    static func opensItsClause(before words: [Substring], sentenceStart: Bool) -> Bool {
        var k = words.count
        // (Hedges: "more than", "up to", "at least", "an estimated"; "at" alone is a preposition.)
        while k > 0, hedges.contains(String(words[k - 1])), !(words[k - 1] == "at" && (k == words.count || words[k] != "least")) {
            k -= 1
        }
        return k == 0 ? sentenceStart : clauseOpeners.contains(String(words[k - 1]))
    }

    /// Nouns of a share of people: "turnout", "approval".
    static let shareOfPeopleNouns: Set<String> = ["turnout", "approval", "support", "participation", "uptake", "attendance"]

    static let exceedableWholes: Set<String> = [
        "capacity", "output", "gdp", "economy", "income", "earnings", "budget", "target", "average", "normal", "level",
        "value", "cost", "price", "salary", "wage", "limit", "quota", "size", "revenue", "debt", "goal", "requirement",
        "benchmark", "baseline", "estimate", "forecast", "peak", "pre-pandemic", "pre-crisis",
    ]
    /// Words before a count that allow it below zero: a balance, not a number of things.
    static let netWords: Set<String> = ["net", "balance", "difference", "change", "deficit", "surplus", "margin"]
    /// Currencies whose unit is small enough for amounts over 10^15 to be real (an order of
    /// magnitude per currency: 1 USD ≈ 15,000 IDR, 23,000 VND, 40,000 IRR).
    static let smallUnitScale: [String: Double] = [
        "IDR": 1e5, "VND": 1e5, "IRR": 1e5, "LAK": 1e5, "UZS": 1e5, "GNF": 1e4, "SLL": 1e5, "LBP": 1e5, "KRW": 1e4,
        "COP": 1e4, "PYG": 1e4, "MMK": 1e4, "KHR": 1e4, "UGX": 1e4, "TZS": 1e4, "MNT": 1e4, "JPY": 1e3, "HUF": 1e3, "CLP": 1e3,
        "NGN": 1e3, "PKR": 1e3, "INR": 1e2, "RUB": 1e2, "LKR": 1e3,
    ]

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        for (i, f) in context.figures.enumerated() {
            guard let value = f.value?.doubleValue else { continue }
            switch f.kind {
            case .count
            where value < 0 && f.subject != nil && !Self.words(context.before(f, count: 40)).contains(where: Self.netWords.contains):
                findings.append(
                    Finding(rule: "plausibility.negative-count", severity: .error, figures: [i], message: "\(f.text): a count below zero"))
            case .percent where value > 100 && f.change == nil && f.unit == "percent":
                let following = " " + context.after(f, count: 40)
                let isShare =
                    (f.subject ?? "").contains("share")
                    || ((ValidationContext.mentions(String(following.prefix(13)), Self.shareCues)
                        || (Self.ofPeople(following) && Self.peopleActed(before: context.before(f, count: 40), following)))
                        && !Self.ofExceedableWhole(following))
                if isShare {
                    findings.append(
                        Finding(
                            rule: "plausibility.share-over-100", severity: .error, figures: [i],
                            message: "\(f.text): a share cannot be over 100 percent"))
                }
            case .money where value > 1e15 * (f.unit.flatMap { Self.smallUnitScale[$0] } ?? 1):
                findings.append(
                    Finding(
                        rule: "plausibility.money-scale", severity: .error, figures: [i],
                        message: "\(f.text): \(f.value?.description ?? "") \(f.unit ?? "") is beyond any real amount"))
            default: break
            }
        }
        return findings
    }
}

import NewsFigures

/// shares.total: percentages that split one whole add up to at most 100.
///
/// A group is two or more percentages in one sentence, none stating a change and none in
/// percentage points, where the sentence speaks of shares ("among Zhejiang's buyers, 33.9 percent
/// represent food, 24.2 percent are from technology and 18.6 percent focus on consumer goods").
/// The group splits where the whole changes: a percentage of another named whole ("64 percent of
/// the renters … 58 percent of the landlords"), or a new "among" ("among voters under 30, 62
/// percent …, while among those over 65, 52 percent …"); and after shares that already make the
/// whole ("54 percent were women, 46 percent were men and 38 percent were over 50": the third is
/// another dimension); and between shares each with its own, different date ("58 percent in January
/// and 49 percent in February"). A share compared after "up from", "down from", "compared with" is
/// an earlier value of no group ("52 percent in 2020, down from 58 percent"). A percentage that qualifies a word after it is no share ("95 percent
/// effective", "20% cheaper"). The sum may exceed 100 by the rounding of the numbers as written
/// (half a unit of the last digit each: "34, 34 and 33 percent" is 101, within 1.5).
/// Fires: "among buyers, 63.9 percent …, 37.5 percent … and 18.6 percent …" (120 %).
/// Four or more shares over 100 % are a warning, not an error: "77 percent were aged 26 or above,
/// 65 percent were white, 11.9 percent black …" lists two dimensions of one population.
/// A ballot's answers need no share word and are one whole past 100 (`ballotAnswers`: "46.2 percent voted yes, 53.9
/// percent voted no and 2.4 percent spoiled their ballots").
/// Does not fire: answers to questions of their own, after "Among …" too ("Among people in their fifties, 45% did not
/// know …, and 72% could not say …", `separateQuestions`); habits or possessions each share has of its own ("72% own a
/// bicycle", "67% watch …, 42% follow …", `habitVerbs`); the seed's 76.7 %; "sales rose 80 percent and profit 30 percent" (changes, no
/// share words); "inflation was 60 percent and unemployment 50 percent" (no share words); answers
/// the text says overlap, in the sentence, before it or in the next ("could choose more than one answer", "among
/// their top three issues", `multipleAnswers`), or of the things counted in other words ("Many horses suffered from two or
/// three of the problems at once", "some companies broke several rules", "add up to over 100 since",
/// `distributiveOverlap`).
public struct SharesRule: ValidationRule {
    public let id = "shares.total"
    /// Words that make a sentence's percentages parts of one whole.
    static let cues = [
        "among", " of the ", " of all ", " of its ", "account for", "accounts for", "accounted for", "accounting for", "share",
        "respectively", "represent", "make up", "makes up", "made up", "making up", "comprise", "were from", "are from", "breakdown",
        "split", "poll", "undecided", "asked",
    ]
    /// Words that say the answers overlap, in the sentence or just before it: no whole to add up to
    /// ("Respondents could choose more than one answer: 64% cited price, 58% quality").
    static let multipleAnswers = [
        "more than one answer", "more than one option", "more than one response", "multiple answers", "multiple responses",
        "could choose more", "could pick more", "could select more", "could give more", "select all", "all that apply",
        "top three issues", "top two issues", "top five issues", "top three concerns", "top three priorities", "up to three",
        "up to two", "up to five", "several issues", "several reasons",
        "several answers", "several options", "several choices", "could name", "could give",
        "could cite", "could mention",
        // Overlap told of the things counted ("Many claims covered more than one kind of damage") or of the sum.
        "more than one kind", "more than one type", "more than one category", "more than one form", "more than one sort",
        "more than one of", "more than one.", "more than one;", "more than one)", "more than one,", "overlap",
        "mutually exclusive", "multiple categories", "multiple kinds", "multiple types", "add up to more than",
        "adds up to more than", "sum to more than", "total more than 100", "totals more than 100",
        // Or of the sum in other words ("add up to over 100 since …", "The total exceeds 100 percent because …").
        "add up to over", "adds up to over", "sum to over", "total over 100", "totals over 100", "exceed 100", "exceeds 100",
        "exceeded 100",
        // Or of the things counted ("The problems often occurred together").
        "occur together", "occurs together", "occurred together", "often together", "co-occur",
    ]
    /// Words of a vague number of the members counted ("Many horses", "some companies") and words of more than one
    /// thing each ("several rules", "two or three of the problems"): said one after the other, in one clause, they
    /// tell that members have more than one of the things the shares count (`distributiveOverlap`).
    static let someMembers: Set<String> = ["some", "many", "most", "few"]
    static let severalThings = [
        "several", "multiple", "more than one", "two or more", "two or three", "at least two", "both", "a combination of",
    ]
    /// How many words after `someMembers` a word of `severalThings` may stand.
    static let distributiveReach = 8

    /// Whether the text tells members having more than one of the things counted: "Many horses suffered from two or
    /// three of the problems at once", "some companies broke several rules", "many companies broke more than one rule".
    /// (Not "some 40 percent" nor "several thousand": a number after either word is a count, not an overlap.)
    static func distributiveOverlap(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" })
        for (k, word) in words.enumerated() where someMembers.contains(String(word)) {
            guard k + 1 < words.count, words[k + 1].first?.isLetter ?? false else { continue }
            var clause: [Substring] = []
            for next in words[(k + 1)...].prefix(distributiveReach) {
                clause.append(next.filter { $0.isLetter || $0 == "-" })
                if next.contains(where: { ",;:.".contains($0) }) { break }
            }
            let joined = " " + clause.joined(separator: " ") + " "
            for phrase in severalThings {
                guard let hit = joined.firstRange(of: " " + phrase + " ") else { continue }
                // ("several thousand", "more than one in five": a number, not things each member has.)
                let after = joined[hit.upperBound...].split(separator: " ").first.map(String.init) ?? ""
                if !numberWords.contains(after) { return true }
            }
        }
        return false
    }
    static let numberWords: Set<String> = [
        "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens", "in", "out",
        "percent", "per", "half", "third", "quarter", "fifth",
    ]

    /// Verbs of giving an answer, in all their forms: what respondents name, mention or choose.
    static let answerVerbs: Set<String> = [
        "name", "names", "named", "mention", "mentions", "mentioned", "choose", "chooses", "chose", "pick", "picks", "picked",
        "select", "selects", "selected", "cite", "cites", "cited", "list", "lists", "listed", "tick", "ticks", "ticked",
        "nominate", "nominates", "nominated",
    ]
    /// Words before a verb of `answerVerbs` that let each respondent give several answers ("free to name", "allowed to
    /// choose"); not "asked to name", which asks for one.
    static let answerLeave: Set<String> = ["free to", "allowed to", "able to", "permitted to", "invited to"]
    /// Words after a verb of `answerVerbs` of more than one answer each ("named several things", "list as many as").
    static let severalAnswers = severalThings + ["as many", "any number"]
    /// How many words after a verb of `answerVerbs` a word of `severalAnswers` may stand.
    static let severalAnswersReach = 3

    /// Whether the text lets respondents give several answers, in other words than `multipleAnswers`': leave to answer
    /// ("Visitors were free to name several things", "were allowed to pick") or a verb of answering with several things
    /// ("Respondents named several things", "could list as many as they liked"). (Not "asked to name their favourite".)
    static func severalAnswersAllowed(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        for (k, word) in words.enumerated() where answerVerbs.contains(word) {
            if answerLeave.contains(words[max(0, k - 2)..<k].joined(separator: " ")) { return true }
            // (The phrase may open any of the next `severalAnswersReach` words: "named two or more", "named at least two".)
            let rest = words[(k + 1)...]
            for j in 0..<min(severalAnswersReach, rest.count) {
                let tail = rest.dropFirst(j).prefix(4).joined(separator: " ") + " "
                if severalAnswers.contains(where: { tail.hasPrefix($0 + " ") }) { return true }
            }
        }
        return false
    }

    /// Whether the text says the answers or the things counted overlap (`multipleAnswers`, `distributiveOverlap`,
    /// `severalAnswersAllowed`).
    static func overlapTold(_ text: String) -> Bool {
        ValidationContext.mentions(text, multipleAnswers) || distributiveOverlap(text) || severalAnswersAllowed(text)
    }
    /// How far before a sentence (in characters) a word of `multipleAnswers` still speaks of it.
    static let multipleAnswersReach = 300
    /// Words right after a percentage that make it a degree, not a share: "95 percent effective",
    /// "20% cheaper", "30 percent more", "90 percent sure".
    static let qualifiedWords: Set<String> = [
        "more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger", "cheaper", "faster", "slower", "better",
        "worse", "greater", "effective", "efficient", "accurate", "likely", "unlikely", "sure", "certain", "confident", "full",
        "complete", "stronger", "weaker", "chance", "probability", "capacity",
    ]

    public init() {}

    /// Whether figure `i` may be a share: a plain percentage, not a change, range or degree.
    static func isShare(_ i: Int, _ context: ValidationContext) -> Bool {
        let f = context.figures[i]
        return f.kind == .percent && f.unit == "percent" && f.change == nil && f.bound != .range && f.value != nil
            && !qualifies(f, context)
    }

    /// Last words of a list's opening that each line completes with a thing of its own: "The share of homes with:",
    /// "Adults who:".
    static let propertyOpeners: Set<String> = [
        "with", "without", "who", "that", "which", "having", "owning", "have", "has", "using", "own", "owns", "use", "uses",
    ]

    /// Marks that open a line of a bulleted list.
    static let bullets: Set<Character> = ["-", "•", "*", "–", "·", "▪"]

    /// "gives the share of rehomed animals by species:\n- dogs: 52%\n- cats: 39%\n- rabbits …: 15%": a sentence ending
    /// in a colon and the bulleted lines after it, each holding one share, are one list of shares (the extractor ends a
    /// sentence at each line). Returns the shares of each list and the text of its opening sentence.
    static func bulletedLists(_ context: ValidationContext) -> [(shares: [Int], opening: String)] {
        let figures = context.figures
        var lists: [(shares: [Int], opening: String)] = []
        var s = 0
        while s < context.sentences.count {
            defer { s += 1 }
            let opening = context.sentences[s]
            guard opening.last(where: { !$0.isWhitespace }) == ":" else { continue }
            // ("The share of homes with:\n- broadband: 92%\n- a car: 78%": each line ends the opening with a thing of its own,
            // a share of all homes; not one whole cut into parts.)
            let lastWord = opening.lowercased().split(whereSeparator: { !$0.isLetter }).last.map(String.init) ?? ""
            if Self.propertyOpeners.contains(lastWord) { continue }
            var shares: [Int] = []
            var line = s + 1
            while line < context.sentences.count,
                let mark = context.sentences[line].first(where: { !$0.isWhitespace }), bullets.contains(mark)
            {
                let own = context.bySentence[line] ?? []
                guard own.count == 1, let only = own.first, isShare(only, context), figures[only].sentence == line else { break }
                shares.append(only)
                line += 1
            }
            if shares.count >= 2 { lists.append((shares, opening.lowercased())) }
        }
        return lists
    }

    public func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        let sentences = Set(context.figures.map(\.sentence))
        for sentence in sentences.sorted() {
            let shares = (context.bySentence[sentence] ?? []).filter { Self.isShare($0, context) }
            guard shares.count >= 2, let first = shares.first else { continue }
            findings += self.findings(shares, text: context.sentence(of: context.figures[first]), context)
        }
        for list in Self.bulletedLists(context) {
            findings += self.findings(list.shares, text: list.opening, context)
        }
        return findings
    }

    /// The findings on the shares of one sentence (or bulleted list) whose text is `text`.
    func findings(_ shares: [Int], text: String, _ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        // (A ballot's answers need no word of shares: "46.2 percent voted yes, 53.9 percent voted no and 2.4 percent spoiled
        // their ballots".)
        let ballot = Self.ballotAnswers(shares, context)
        guard let first = shares.first, ballot || ValidationContext.mentions(" " + text, Self.cues) else { return [] }
        guard shares.allSatisfy({ (context.figures[$0].value?.doubleValue ?? 0) <= 100 }) else { return [] }  // plausibility's
        // (Or in the sentence after: "… Respondents could name several issues.")
        let lead = context.before(context.figures[first], count: Self.multipleAnswersReach)
        let last = context.figures[shares[shares.count - 1]]
        var follow = context.after(last, count: Self.multipleAnswersReach)[...]
        if let end = follow.firstRange(of: ". ") {
            let rest = follow[end.upperBound...]
            follow = follow[..<(rest.firstRange(of: ". ")?.lowerBound ?? rest.endIndex)]
        }
        if Self.overlapTold(lead) || Self.overlapTold(text) || Self.overlapTold(String(follow)) {
            return []
        }
        for group in Self.wholes(shares, context, ballot: ballot)
        where group.count >= 2 && !Self.separateHabits(group, context) && !Self.separateQuestions(group, context) {
            let values = group.compactMap { context.figures[$0].value?.doubleValue }
            let total = values.reduce(0, +)
            let rounding = group.map { ChangeArithmeticRule.halfUnit(context.figures[$0].text) }.reduce(0, +)
            guard total > 100 + max(rounding, 0.05) else { continue }
            let parts = group.map { context.figures[$0].text }.joined(separator: " + ")
            // Long lists often mix dimensions of one population (age, then race): a warning.
            let severity: Severity = group.count <= 3 ? .error : .warning
            findings.append(
                Finding(
                    rule: id, severity: severity, figures: group,
                    message: "shares of one whole add up to \(total.short) percent (\(parts))"))
        }
        return findings
    }

    /// Words between two shares that compare them, so that they are of two wholes: "55% of young
    /// voters, compared with 71% among those over 65", "52 percent in 2020, down from 58 percent".
    /// ("58%, 16 points lower than the 74% among men": a share after "than" is compared too.)
    static let comparisons = ["compared with", "compared to", "up from", "down from", " than "]

    /// A share of the group just named by another share ("55% are women, and 60% of the women study
    /// science", "60% of them", "of whom"): a whole of its own.
    static func ofASubgroup(_ f: Figure, between: String, _ context: ValidationContext) -> Bool {
        let after = context.after(f, count: 16)
        if ["of them", "of whom", "of those", "of these", "of which"].contains(where: { after.hasPrefix(" " + $0) }) { return true }
        guard let subject = f.subject?.lowercased(), subject.count > 2 else { return false }
        return between.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0 == subject }
    }

    /// A share that is the earlier level of a change in its sentence: "rose by 4.8 percentage points to
    /// 71.2%, from 66.4% last year".
    static func earlierLevel(_ i: Int, _ context: ValidationContext) -> Bool {
        let f = context.figures[i]
        let lead = context.before(f, count: 8)
        guard lead.hasSuffix(" from ") || lead.hasSuffix(", from ") else { return false }
        return context.sameSentence(as: i).contains { context.figures[$0].change != nil }
    }

    /// Two shares each with its own, different date ("58 percent in January and 49 percent in
    /// February"): the same share at two times, not parts of one whole.
    /// (Figures are in text order, so the dates are the figures between the two shares and the run of
    /// date figures right after the second: read in constant time per pair, however long the sentence.)
    static func ownPeriods(_ a: Int, _ b: Int, _ context: ValidationContext) -> Bool {
        let figures = context.figures
        guard b - 1 > a, figures[b - 1].kind == .date, let first = figures[b - 1].date, b + 1 < figures.count,
            figures[b + 1].sentence == figures[b].sentence, figures[b + 1].kind == .date, let second = figures[b + 1].date
        else { return false }
        return first != second
    }

    /// Verbs of a habit or a possession: shares that each do one of these answer questions of their own
    /// ("72% own a car and 45% own a bicycle", "62 percent drink coffee daily and 48 percent drink tea"),
    /// unlike a choice ("60% prefer tea, 40% prefer coffee", "45% support Smith").
    static let habitVerbs: Set<String> = [
        "own", "owns", "owned", "have", "has", "had", "use", "uses", "used", "drink", "drinks", "eat", "eats", "watch", "watches",
        "read", "reads", "play", "plays", "visit", "visits", "visited", "wear", "wears", "smoke", "smokes", "speak", "speaks",
        "exercise", "exercises", "rent", "rents", "shop", "shops", "cycle", "cycles", "walk", "walks", "follow", "follows",
        "listen", "listens", "stream", "streams", "attend", "attends", "subscribe", "subscribe", "buy", "buys",
    ]

    /// Whether every share of a group is followed by a habit verb (`habitVerbs`), perhaps after "said they"
    /// ("67% watch the Premier League, 42% follow the Champions League").
    static func separateHabits(_ group: [Int], _ context: ValidationContext) -> Bool {
        group.allSatisfy { i in
            var words = context.after(context.figures[i], count: 24).lowercased().split(whereSeparator: { !$0.isLetter })[...]
            if let w = words.first, ["said", "say", "says"].contains(w) { words = words.dropFirst() }
            if let w = words.first, ["they", "that"].contains(w) { words = words.dropFirst() }
            return words.first.map { habitVerbs.contains(String($0)) } ?? false
        }
    }

    /// Words right after a share that say those it counts could not, did not or knew something: "45% did not know their
    /// state pension age", "72% could not say how much", "60% knew the rules", "38% were unable to name one".
    static let knowledgeOpenings = [
        "did not", "do not", "does not", "didn't", "don't", "doesn't", "could not", "couldn't", "cannot", "can't", "can not",
        "were not", "was not", "are not", "is not", "weren't", "wasn't", "aren't", "isn't", "would not", "wouldn't", "had not",
        "have not", "has not", "hadn't", "haven't", "hasn't", "were unable", "was unable", "are unable", "failed to",
        "knew", "know", "knows", "could name", "could say", "could identify", "could recall", "were aware", "are aware",
        "was aware",
    ]

    /// Whether every share of a group is followed by a word of `knowledgeOpenings`, perhaps after "said they": each
    /// answers a question of its own, which others may answer the same way ("45% did not know who their MP was, and
    /// 72% could not name their councillor"); unlike a poll's answers to one question, which name its options ("56% said
    /// yes, 38% said no and 16% did not know").
    static func separateQuestions(_ group: [Int], _ context: ValidationContext) -> Bool {
        group.allSatisfy { i in
            var words = context.after(context.figures[i], count: 32).lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" })[...]
            if let w = words.first, ["said", "say", "says"].contains(w) { words = words.dropFirst() }
            if let w = words.first, ["they", "that"].contains(w) { words = words.dropFirst() }
            let opening = words.prefix(2).joined(separator: " ")
            return knowledgeOpenings.contains { opening == $0 || opening.hasPrefix($0 + " ") }
        }
    }

    /// Verbs of a ballot's answers right after a share: "voted yes", "spoiled their ballots", "abstained".
    static let ballotVerbs: Set<String> = ["voted", "spoiled", "spoilt", "abstained"]

    /// The answer a share gives in a ballot, one of a question's plain options: "voted yes" → "yes", "voted against",
    /// "voted in favour", "voted blank", "spoiled their ballots", "abstained"; nil for anything else ("voted for Smith",
    /// "voted to approve the budget" may be answers to two questions; "voted in person" is no answer).
    /// `gapped`: the answer may leave out "voted", said of an answer after the first ("42% against", "40% in favour").
    static func ballotAnswer(_ i: Int, _ context: ValidationContext, gapped: Bool = false) -> String? {
        var words = Array(context.after(context.figures[i], count: 32).lowercased().split(whereSeparator: { !$0.isLetter }))
        if gapped, let first = words.first, first == "against" || first == "in" { words.insert("voted", at: 0) }
        guard let verb = words.first, ballotVerbs.contains(String(verb)) else { return nil }
        if verb != "voted" { return verb == "abstained" ? "abstained" : "spoiled" }
        guard words.count >= 2 else { return nil }
        if ["yes", "no", "blank", "against"].contains(words[1]) { return String(words[1]) }
        return words[1] == "in" && words.count >= 3 && ["favour", "favor"].contains(words[2]) ? "in favour" : nil
    }

    /// Whether the shares are a ballot's answers, each a different option of one question: "46.2 percent voted yes, 53.9
    /// percent voted no and 2.4 percent spoiled their ballots" (not "58% voted yes on the first question and 62% voted yes
    /// on the second", two questions).
    static func ballotAnswers(_ shares: [Int], _ context: ValidationContext) -> Bool {
        // (After the first, an answer may leave out its verb: "61% voted in favour, 42% against and 3% abstained".)
        let answers = shares.enumerated().compactMap { k, i in ballotAnswer(i, context, gapped: k > 0) }
        return shares.count >= 2 && answers.count == shares.count && Set(answers).count == answers.count
    }

    /// "95 percent effective", "20% cheaper than": a degree, not a share.
    static func qualifies(_ figure: Figure, _ context: ValidationContext) -> Bool {
        let next = context.after(figure, count: 16).split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        return qualifiedWords.contains(next)
    }

    /// Words after "in" that name a whole of their own when not a name: "in the first ballot", "in the second".
    static let ordinalWords: Set<String> = [
        "first", "second", "third", "fourth", "final", "last", "next", "other", "runoff",
        // Parts of a country: "In the north, 62% voted yes and in the south 58% voted no".
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "capital", "countryside",
        "cities", "suburbs", "provinces", "regions",
    ]
    /// Words that may join a clause before the phrase that opens it: "and in Bradford".
    static let clauseJoins: Set<String> = ["and", "but", "while", "whereas", "yet"]

    /// The place, group or round a share is said of, in a phrase that opens its clause right before it ("In Leeds 58
    /// percent", "; in Wales, 52 percent", "In the first ballot 55%", "and among men, 40%"), lower-cased; nil for none
    /// ("In the vote, 48 percent" names no whole of its own against another share: the words after "in" are neither a
    /// name nor an ordinal, `ordinalWords`).
    static func introducer(_ i: Int, _ context: ValidationContext) -> String? {
        let f = context.figures[i]
        var lead = Substring(context.slice(f.start - 48, f.start))
        while let last = lead.last, last == " " || last == "," { lead = lead.dropLast() }
        if let stop = lead.lastIndex(where: { ",;:.!?\n".contains($0) }) { lead = lead[lead.index(after: stop)...] }
        var words = lead.split(separator: " ")[...]
        // ("In Cork 57 percent voted yes and in Galway 51 percent voted no": a join with no comma starts the phrase too.)
        if let join = words.lastIndex(where: { clauseJoins.contains($0.lowercased()) }) { words = words[words.index(after: join)...] }
        guard let preposition = words.first?.lowercased(), words.count >= 2, words.count <= 5,
            words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" } })
        else { return nil }
        let next = words[words.index(after: words.startIndex)]
        if preposition == "among" { return words.joined(separator: " ").lowercased() }
        guard preposition == "in" else { return nil }
        let named = next.first?.isUppercase ?? false
        let third = words.dropFirst(2).first?.lowercased() ?? ""
        let ordinal = next == "the" && ordinalWords.contains(third)
        return named || ordinal ? words.joined(separator: " ").lowercased() : nil
    }

    /// The sentence's shares split into the wholes they are of (see the type's comment).
    /// (`ballot`: the shares are one ballot's answers, `ballotAnswers`, no other cut of its voters after shares that make
    /// 100.)
    static func wholes(_ shares: [Int], _ context: ValidationContext, ballot: Bool = false) -> [[Int]] {
        var groups: [[Int]] = []
        var current: [Int] = []
        var subject: String?
        // The place or group the first share of the group is said of ("In Leeds"), if any.
        var groupIntroducer: String?
        // The group's sum and rounding, kept as it grows (summed anew for each share, a long list was quadratic).
        var total = 0.0
        var rounding = 0.0
        for i in shares {
            let f = context.figures[i]
            var starts = false
            if let last = current.last {
                let between = context.text(between: context.figures[last], and: f)
                // ("55% back Smith, up from 50%, and 40% back Jones": the earlier value is of no group.)
                if ValidationContext.mentions(between, comparisons) || earlierLevel(i, context) { continue }
                // ("In Leeds 58 percent voted yes, and in Bradford 47 percent voted no": shares of two places.)
                let introduced = introducer(i, context)
                starts =
                    between.contains("among") || (f.subject != nil && subject != nil && f.subject != subject)
                    || (introduced != nil && introduced != groupIntroducer)
                    || (f.subject != subject && ofASubgroup(f, between: between, context))
                    || (!ballot && current.count >= 2 && total >= 99 && total <= 100 + max(rounding, 0.05))
                    || ownPeriods(last, i, context)
            }
            if starts {
                groups.append(current)
                current = []
                subject = nil
                total = 0
                rounding = 0
            }
            if current.isEmpty { groupIntroducer = introducer(i, context) }
            // ("Of the university's 8,000 students, 55% are women, and 60% of the men …": the count before the first
            // share names the whole when the share does not.)
            // (Among the few figures just before, not the whole sentence for each group: a long one would be read quadratically.)
            if current.isEmpty, f.subject == nil {
                subject = stride(from: i - 1, through: max(0, i - 8), by: -1).first {
                    context.figures[$0].sentence == f.sentence && context.figures[$0].kind == .count
                }.flatMap { context.figures[$0].subject }
            }
            current.append(i)
            total += f.value?.doubleValue ?? 0
            rounding += ChangeArithmeticRule.halfUnit(f.text)
            subject = subject ?? f.subject
        }
        groups.append(current)
        return groups
    }
}

/// One pass over a body's tokens that finds every figure.
struct FigureScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: TokenList
    /// The published date, when known (`ExtractionOptions.published`).
    let published: CalendarDate?
    var consumed: [Bool]
    var candidates: [Candidate] = []
    /// Results that several rules ask for at the same token, and the scan's settings.
    /// (The scanner is a struct that the compiler copies whole around many calls inside the rules:
    /// the settings live in the memo, so that a copy retains three references, not seven.)
    let memo: ScanMemo
    /// The currency `¥` stands for in this text, if its words say.
    var yenYuan: String? { memo.yenYuan }
    /// What a bare "$" is (`ExtractionOptions.bareDollar`).
    var bareDollar: String { memo.bareDollar }

    /// The tokens of `bytes`, with their sentences, for a scanner of them.
    static func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens = Tokenizer.tokenize(bytes)
        Sentences.assign(&tokens)
        return tokens
    }

    /// A scanner of `bytes`, whose tokens (`tokens(of:)`) both stay alive while it runs.
    init(bytes: UnsafeBufferPointer<UInt8>, tokens buffer: UnsafeBufferPointer<Token>, options: ExtractionOptions) {
        self.bytes = bytes
        self.published = options.published
        let tokens = TokenList(buffer)
        self.tokens = tokens
        self.consumed = [Bool](repeating: false, count: tokens.count)
        Self.markAddresses(bytes: bytes, tokens: tokens, consumed: &consumed)
        var clue: String?
        // Only a text with a ¥ sign needs to know whether it speaks of yuan or yen.
        // (Both signs are more than one byte long, so single-byte symbols are passed over unread.)
        let hasYenSign = tokens.contains { $0.kind == .symbol && $0.end - $0.start > 1 && MoneyRules.yenYuanSymbols.contains($0.norm) }
        for token in tokens where hasYenSign && token.kind == .word {
            // ("Japan's largest carmaker": the possessive is the place too.)
            let bare = token.norm.hasSuffix("'s") ? String(token.norm.dropLast(2)) : token.norm
            if let hit = MoneyRules.yenYuanClues.first(where: { $0.word == bare }) {
                if clue == nil { clue = hit.code } else if clue != hit.code { clue = nil; break }
            }
        }
        self.memo = ScanMemo(bareDollar: options.bareDollar, kinds: options.kinds, yenYuan: clue)
        markRoundTheClock()
    }

    /// Words at which some date or number rule can start.
    static let ruleStarters: WordSet = {
        var words = Set<String>([
            "the", "a", "an", "in", "day", "q", "h", "half", "quarter", "between", "from", "one", "weekend", "rest", "early", "mid",
            "middle", "late", "earlier", "later", "within", "beginning", "start", "end", "century", "now", "less", "for", "week", "year",
        ])
        words.formUnion(DateRules.months.keys)
        words.formUnion(DateRules.weekdays.keys)
        words.formUnion(DateRules.relativeDays.keys)
        words.formUnion(DateRules.vagueCounts.keys)
        words.formUnion(DateRules.relativeShifts.keys)
        words.formUnion(DateRules.seasons.keys)
        words.formUnion(DateRules.ordinalDays.keys)
        words.formUnion(DateRules.ordinalTens.keys)
        words.formUnion(NumberRules.units.keys)
        words.formUnion(NumberRules.fractionOfScale.keys)
        words.formUnion(HolidayRules.firstWords)
        words.formUnion(DateRules.fiscalWords.words)
        words.insert("following")
        words.insert("final")
        return WordSet(words.sorted())
    }()

    /// Common words at which a date rule can start ("the 1970s", "in the first week", "from March",
    /// "this weekend"), but which mostly start none: a date rule is only tried at them when a number
    /// or a word of `dateAnchors` follows within `weakStarterReach` tokens.
    static let weakDateStarters: WordSet = ["the", "a", "an", "in", "from", "between", "this", "for"]
    static let weakStarterReach = 5
    /// Words one of which every date read from a weak starter holds (numbers aside): the calendar's
    /// words, the words rules start at, and the words date rules look for after a starter.
    static let dateAnchors: WordSet = {
        var words = Set(ruleStarters.words)
        words.formUnion(DateRules.offsetUnits.keys)
        words.formUnion(DateRules.relativeUnits)
        words.formUnion(DateRules.decadeWords.keys)
        words.formUnion(DateRules.periodEdges.keys)
        words.formUnion(DateRules.periodParts.keys)
        words.formUnion(DateRules.periodStarts)
        words.formUnion(NumberRules.scaleWords.keys)
        words.formUnion([
            "decade", "decades", "century", "centuries", "weekend", "weekends", "quarter", "quarters", "half", "halves", "ago",
            "hence", "now", "q", "h", "s", "oh", "nought", "fortnight", "fortnights",
        ])
        words.formUnion(DateRules.dayParts.words)
        words.subtract(weakDateStarters.words)
        return WordSet(words.sorted())
    }()

    /// What the scanner's gates need to know about a word, found with one lookup per token.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt8
        /// Some rule can start at it (`ruleStarters`, and possessives).
        static let starter = WordClass(rawValue: 1)
        /// A weak date starter (`weakDateStarters`).
        static let weak = WordClass(rawValue: 2)
        /// A date anchor (`dateAnchors`, and possessives).
        static let anchor = WordClass(rawValue: 4)
        /// A word a number can start with (`numberStarters`).
        static let number = WordClass(rawValue: 8)
    }

    /// Words at which `readNumber` can read a number: "a"/"an" ("a dozen", "a third"), number
    /// words, and fractions of a scale ("half a million").
    static let numberStarters: WordSet = {
        var words = Set(["a", "an"])
        words.formUnion(NumberRules.units.keys)
        words.formUnion(NumberRules.fractionOfScale.keys)
        return WordSet(words.sorted())
    }()

    /// The words after which "a" or "an" can start a number (`readWords`, `aFraction`): "a dozen",
    /// "a couple", "a million", "a third", "a half million", "a three quarters" (a unit word).
    static let afterArticleInNumbers: WordSet = {
        var words = Set(["couple"])
        words.formUnion(NumberRules.units.keys)
        words.formUnion(NumberRules.fractionOfScale.keys)
        words.formUnion(NumberRules.multiplierWords.keys)
        words.formUnion(NumberRules.scaleWords.keys)
        words.formUnion(NumberRules.denominators.keys)
        return WordSet(words.sorted())
    }()

    /// Whether the word at `i` is "a" or "an" and no number can start there ("a year", "an hour"):
    /// the commonest words of the number rules, answered before any rule reads them.
    func articleStartsNoNumber(_ i: Int) -> Bool {
        let norm = tokens[i].norm
        guard norm == "a" || norm == "an" else { return false }
        guard let next = word(i + 1) else { return true }
        return !Self.afterArticleInNumbers.contains(next)
    }

    /// `WordClass` of each word of the three sets above.
    static let wordClasses: WordTable<WordClass> = {
        var classes: [String: WordClass] = [:]
        for w in ruleStarters.words { classes[w, default: []].insert(.starter) }
        for w in weakDateStarters.words { classes[w, default: []].insert(.weak) }
        for w in dateAnchors.words { classes[w, default: []].insert(.anchor) }
        for w in numberStarters.words { classes[w, default: []].insert(.number) }
        return WordTable(classes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }()

    /// The `WordClass` of a lower-cased word: possessives ("year's"; the tokenizer writes ’ as ') start
    /// rules and anchor dates.
    /// `table` is `wordClasses`, passed in so that a loop reads the static once.
    @inline(__always) static func wordClass(of word: UnsafeBufferPointer<UInt8>, in table: WordTable<WordClass>) -> WordClass {
        let n = word.count
        if n >= 2, word[n - 1] == UInt8(ascii: "s"), word[n - 2] == UInt8(ascii: "'") { return [.starter, .anchor] }
        return table[bytes: word] ?? []
    }

    /// Whether a number or a date anchor follows the weak starter at `i` closely enough.
    func anchorFollows(_ i: Int) -> Bool {
        var k = i + 1
        while k < tokens.count && k <= i + Self.weakStarterReach {
            if tokens[k].kind == .number || tokens[k].wordClass.contains(.anchor) { return true }
            k += 1
        }
        return false
    }

    /// "24/7", "24/7/365", "24-7": `NameRules.roundTheClock`, whose tokens are skipped.
    mutating func markRoundTheClock() {
        for i in tokens.indices where tokens[i].integer == 24 && !consumed[i] {
            // Nothing tight before: "1/24/7" and "x24/7" are something else.
            if i > 0, attached(i), tokens[i - 1].kind != .symbol || tokens[i - 1].norm == "/" || tokens[i - 1].norm == "-" { continue }
            for idiom in NameRules.roundTheClock {
                var k = i
                var matched = true
                for part in idiom.dropFirst() {
                    guard let joiner = symbol(k + 1), joiner == "/" || joiner == "-", attached(k + 1), attached(k + 2),
                        k + 2 < tokens.count, tokens[k + 2].kind == .number, tokens[k + 2].norm == part
                    else { matched = false; break }
                    k += 2
                }
                guard matched else { continue }
                // Nothing tight after but punctuation: "24/7/2019" is a date, "24/7s" something else.
                if attached(k + 1) {
                    let joined = symbol(k + 1) == nil || symbol(k + 1) == "/" || symbol(k + 1) == "-"
                    if joined || (attached(k + 2) && tokens[k + 2].kind == .number) { continue }
                }
                for t in i...k { consumed[t] = true }
                break
            }
        }
    }

    /// URLs and e-mail addresses hold numbers that are never figures: their tokens are skipped.
    static func markAddresses(bytes: UnsafeBufferPointer<UInt8>, tokens: TokenList, consumed: inout [Bool]) {
        // Byte ranges of whitespace-delimited runs that contain "://", start with "www.", or hold an "@" with a dot after it.
        // Only runs with an "@", a "://" or a leading "w" can be one, so only those are read whole.
        var ranges: [Range<Int>] = []
        let n = bytes.count
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
        var i = 0
        while i < n {
            let b = bytes[i]
            let trigger =
                b == UInt8(ascii: "@")
                || (b == UInt8(ascii: ":") && i + 2 < n && bytes[i + 1] == UInt8(ascii: "/") && bytes[i + 2] == UInt8(ascii: "/"))
                || (b | 0x20 == UInt8(ascii: "w") && (i == 0 || isSpace(bytes[i - 1])))
            guard trigger else { i += 1; continue }
            var start = i
            while start > 0, !isSpace(bytes[start - 1]) { start -= 1 }
            var scheme = false
            var at = -1
            var dotAfterAt = false
            var end = start
            while end < n, !isSpace(bytes[end]) {
                if bytes[end] == UInt8(ascii: ":"), end + 2 < n, bytes[end + 1] == UInt8(ascii: "/"), bytes[end + 2] == UInt8(ascii: "/") {
                    scheme = true
                }
                if bytes[end] == UInt8(ascii: "@") { at = end }
                if at >= 0, end > at, bytes[end] == UInt8(ascii: ".") { dotAfterAt = true }
                end += 1
            }
            let www =
                end - start > 4 && bytes[start] | 0x20 == UInt8(ascii: "w") && bytes[start + 1] | 0x20 == UInt8(ascii: "w")
                && bytes[start + 2] | 0x20 == UInt8(ascii: "w") && bytes[start + 3] == UInt8(ascii: ".")
            if scheme || www || (at > start && dotAfterAt), ranges.last.map({ $0.upperBound <= start }) ?? true {
                ranges.append(start..<end)
            }
            i = end
        }
        guard !ranges.isEmpty else { return }
        var r = 0
        for index in tokens.indices {
            let start = tokens[index].start
            while r < ranges.count, ranges[r].upperBound <= start { r += 1 }
            if r < ranges.count, ranges[r].contains(start) { consumed[index] = true }
        }
    }

    mutating func run() {
        // One lookup per word (made in init) decides whether any rule can start there: most words start none.
        var starts = [Bool](repeating: false, count: tokens.count)
        tokens.withUnsafeBufferPointer { tokens in
            for index in tokens.indices {
                switch tokens[index].kind {
                case .number: starts[index] = true
                // Date rules start at words and numbers only; the numeric rules at a symbol only when it is a fraction ("½").
                case .symbol:
                    starts[index] = tokens[index].end - tokens[index].start > 1 && NumberRules.vulgarFractions[tokens[index].norm] != nil
                case .word: starts[index] = tokens[index].wordClass.contains(.starter)
                }
            }
        }
        var i = 0
        while i < tokens.count {
            if starts[i], !consumed[i], !tokens[i].wordClass.contains(.weak) || anchorFollows(i), let next = matchDate(at: i) {
                i = next
                continue
            }
            i += 1
        }
        i = 0
        while i < tokens.count {
            if starts[i], !consumed[i], let next = matchNumeric(at: i) { i = next; continue }
            i += 1
        }
        resolveElidedSubjects()
        invertQuotesPerCurrency()
        mergeBoundPairs()
        mergeDateRanges()
        orderWeekdayLists()
        widenWeeksTo()
        narrowToMonthEdges()
        datesFromOtherDates()
        followingDays()
    }

    /// "The yen weakened to 150 per dollar", "The rupee fell to 82 against the dollar": a currency's level quoted as its units
    /// per another's rises as it weakens; the change of such a level is the opposite of its verb's (not "The euro rose to
    /// $1.12", quoted in the other currency).
    mutating func invertQuotesPerCurrency() {
        for index in candidates.indices where candidates[index].kind == .count {
            guard let change = candidates[index].change else { continue }
            let first = candidates[index].firstToken
            let last = candidates[index].lastToken
            let quoted: Int? =
                word(last + 1) == "per"
                ? last + 2 : (word(last + 1) == "against" || word(last + 1) == "to") && word(last + 2) == "the" ? last + 3 : nil
            guard let q = quoted, let other = word(q), Self.isCurrencyWord(other), sameSentence(last, q) else { continue }
            let own = (max(0, first - 8)..<first).last { k in
                sameSentence(k, first) && (word(k).map { Self.isCurrencyWord($0) && $0 != other } ?? false)
            }
            guard own != nil else { continue }
            candidates[index].change = Change(
                direction: change.direction == .increase ? .decrease : .increase, reference: change.reference)
        }
    }

    /// Whether the date at `first` is told in an aside: after "born", "founded" or "established", another event's
    /// ("a week after a raid on 4 March"), or in a clause of "who" or "which" set off by a comma ("The company, founded on
    /// 3 March 1998, said on Monday …").
    func inAside(_ first: Int) -> Bool {
        var k = first - 1
        while k >= 0, k >= first - 8, sameSentence(k, first) {
            if symbol(k) == "," { return false }
            if let w = word(k) {
                if DateRules.otherEventLeads.contains(w) { return true }
                // (A participle of a beginning set off as an aside, or a clause's own verb: not "The company was founded on 3
                // March 1998. The next day, …".)
                if DateRules.asideOpeners.contains(w),
                    symbol(k - 1) == "," || !sameSentence(k - 1, k)
                        || (word(k - 1).map { $0 == "was" || $0 == "were" } == true
                            && word(k - 2).map { $0 == "who" || $0 == "which" } == true)
                {
                    return true
                }
                if (w == "who" || w == "which"), symbol(k - 1) == "," { return true }
            }
            k -= 1
        }
        return false
    }

    /// "held on November 3; the results came the following Tuesday", "postponed from Thursday to the following
    /// Monday", "arrived on May 2 and left the next day", "returned its verdict on Friday, having retired the previous
    /// day": a day counted from the day dated just before it, in its sentence or the one before; the first such weekday
    /// after (or before) it, or the day after (or before) it.
    mutating func followingDays() {
        // (Most texts have neither word after "the": looked for first, by the bit of the tokens' class.)
        guard
            tokens.indices.contains(where: { k in
                k > 0 && tokens[k].wordClass.contains(.starter)
                    && (tokens[k].norm == "following" || tokens[k].norm == "next" || tokens[k].norm == "previous")
                    && tokens[k - 1].norm == "the"
            })
        else { return }
        // (The candidates are in the order the rules found them, not in the text's.)
        let dates = candidates.indices.filter { candidates[$0].kind == .date }.sorted {
            candidates[$0].firstToken < candidates[$1].firstToken
        }
        guard !dates.isEmpty else { return }
        // (Looked up, not searched for, at each "the following"/"the next": a long text may hold thousands.)
        var weekdayAt = oneWordDates(dates)
        // ("on 12 May; the previous Monday, …": a weekday read with its "previous" or "next" from the published day.)
        for d in dates where candidates[d].firstToken + 1 == candidates[d].lastToken {
            if let w = word(candidates[d].firstToken), w == "previous" || w == "next" || w == "following" {
                weekdayAt[candidates[d].lastToken] = d
            }
        }
        let covered = coveredTokens()
        var lastDay: (date: CalendarDate, sentence: Int)?
        // (The last day of the latest span too, "from Thursday to Saturday": the week after it counts from it.)
        var lastEnd: (date: CalendarDate, sentence: Int)?
        var added: [Candidate] = []
        var c = 0
        var k = candidates[dates[0]].lastToken + 1
        while k < tokens.count {
            // The dates that end before `k` are the ones it may count from.
            while c < dates.count, candidates[dates[c]].lastToken < k {
                let d = candidates[dates[c]]
                c += 1
                // (Not a day told in an aside: "Mr Smith, who was born on 3 March 1960, was arrested on Tuesday".)
                guard let span = d.date, span.end.utf8.count == 10, let end = CalendarDate(iso: span.end), !inAside(d.firstToken) else {
                    continue
                }
                // (Days only, up to a week of them: not "passed in March and was signed the following week".)
                if let start = CalendarDate(iso: span.start), end.dayNumber - start.dayNumber < 7 {
                    lastEnd = (end, tokens[d.lastToken].sentence)
                }
                guard span.start == span.end else { continue }
                lastDay = (end, tokens[d.lastToken].sentence)
            }
            // (A bit of the token's class first: most tokens are neither word.)
            guard tokens[k].wordClass.contains(.starter), let w = word(k), w == "following" || w == "next" || w == "previous",
                word(k - 1) == "the",
                sameSentence(k - 1, k + 1),
                let anchor = word(k + 1) == "week" ? lastEnd : lastDay, tokens[k].sentence - anchor.sentence <= 1
            else {
                k += 1
                continue
            }
            let back = w == "previous"
            if let weekday = DateRules.weekdays[tokens[k + 1].norm], tokens[k + 1].capitalized, let at = weekdayAt[k + 1] {
                let day = anchor.date.first(weekday, after: !back)
                redate(at, from: k - 1, to: day)
                lastDay = (day, tokens[k].sentence)
            } else if let part = word(k + 1), part == "day" || DateRules.partsOfDay.contains(part),
                !(k - 1...k + 1).contains(where: covered.contains)
            {
                // ("was not brought under control until the next morning", "had been seen the previous evening": a part of the
                // day after or before, that day.)
                let day = anchor.date.adding(days: back ? -1 : 1)
                added.append(
                    Candidate(
                        kind: .date, firstToken: k - 1, lastToken: k + 1, date: DateSpan(start: day.description, end: day.description),
                        resolved: "relative to a date in the text"))
                lastDay = (day, tokens[k].sentence)
            } else if word(k + 1) == "week", w != "next" {
                // ("will strike again from Thursday to Saturday … the following week": Monday to Sunday of the week after the day's
                // own; not "the next week", which is as often the seven days ahead, "over the next week".)
                // ("met the union on Thursday and had met it the previous week": the week before that day's, not the published
                // day's, which the relative rules read first.)
                let monday = anchor.date.adding(days: 1 - anchor.date.weekday + (back ? -7 : 7))
                let week = DateSpan(start: monday.description, end: monday.adding(days: 6).description)
                if !(k - 1...k + 1).contains(where: covered.contains) {
                    added.append(
                        Candidate(kind: .date, firstToken: k - 1, lastToken: k + 1, date: week, resolved: "relative to a date in the text"))
                } else if back,
                    let read = candidates.firstIndex(where: {
                        $0.kind == .date && $0.lastToken == k + 1 && $0.firstToken >= k - 1 && $0.resolved == "relative to published"
                    })
                {
                    candidates[read].firstToken = k - 1
                    candidates[read].date = week
                    candidates[read].resolved = "relative to a date in the text"
                }
            }
            k += 2
        }
        guard !added.isEmpty else { return }
        candidates.append(contentsOf: added)
        candidates.sort { $0.firstToken < $1.firstToken }
    }

    /// "three days after the June 4 election", "a week before the April 9 deadline", "the day after Christmas", "the
    /// Sunday after Thanksgiving": a day counted from a day the text dates right after it; "jailed in 2021 and released two years later": from the date before it in the
    /// sentence (a day from a day, a year from a year).
    mutating func datesFromOtherDates() {
        let dates = candidates.indices.filter { candidates[$0].kind == .date }
        guard !dates.isEmpty else { return }
        var added: [Candidate] = []
        let covered = coveredTokens()
        // (The ends of the figures that are no dates, once: looked for in all candidates for each offset was quadratic.)
        let figureEnds = Set(candidates.lazy.filter { $0.kind != .date }.map(\.lastToken))
        // (The dates of one word by where they stand, once, for the same reason: "the Sunday after Thanksgiving".)
        let oneWordDateAt = oneWordDates(dates)
        for (n, index) in dates.enumerated() {
            let anchor = candidates[index]
            guard let span = anchor.date, let from = CalendarDate(iso: span.start), let to = CalendarDate(iso: span.end),
                span.start.utf8.count == 10
            else { continue }
            let wholeYear = from.month == 1 && from.day == 1 && to.month == 12 && to.day == 31 && from.year == to.year
            // ("admitted 140 students in September, up from 122 a year earlier": a month's year before or after is that month's,
            // after a figure; "rose 6% in September from a year earlier" is the change's reference, as it is a day's.)
            let wholeMonth =
                from.day == 1 && from.year == to.year && from.month == to.month
                && to.day == CalendarDate.daysIn(month: to.month, year: to.year)
            guard from == to || wholeYear || wholeMonth else { continue }
            // Before the anchor: "N units after|before [the] <date>".
            var j = anchor.firstToken - 1
            if word(j) == "the" { j -= 1 }
            if let joiner = word(j), joiner == "after" || joiner == "before", let offset = offsetCount(endingAt: j - 1),
                sameSentence(offset.first, anchor.firstToken), !(offset.first...j).contains(where: covered.contains),
                from == to || offset.unit == "year"
            {
                let sign = joiner == "after" ? 1 : -1
                added.append(dated(offset.first, j, from, to, by: sign * offset.count, offset.unit, wholeYear || wholeMonth))
                continue
            }
            // "the day after Christmas", "the Sunday after Thanksgiving", "the Friday before the June 4 vote": the next day,
            // or the first such weekday, after (or before) a day.
            if let joiner = word(j), joiner == "after" || joiner == "before", from == to, word(j - 2) == "the",
                sameSentence(j - 2, anchor.firstToken)
            {
                let sign = joiner == "after" ? 1 : -1
                if word(j - 1) == "day", !(j - 2...j).contains(where: covered.contains) {
                    added.append(dated(j - 2, j, from, to, by: sign, "day", false))
                    continue
                }
                if let weekday = DateRules.weekdays[tokens[j - 1].norm], tokens[j - 1].capitalized, let at = oneWordDateAt[j - 1] {
                    redate(at, from: j - 2, to: from.first(weekday, after: sign > 0))
                    continue
                }
            }
            // After the anchor, in its sentence and before the next date: "… in 2021 and released two years later".
            let limit = n + 1 < dates.count ? candidates[dates[n + 1]].firstToken : tokens.count
            var k = anchor.lastToken + 1
            while k < limit, k <= anchor.lastToken + 12, sameSentence(anchor.lastToken, k) {
                // (Not a comparison, "a year later than planned", nor a change's reference after a figure counted from a day,
                // "against £150m a year earlier"; from a month it is that month's, "up from 122 a year earlier".)
                // (Nor the base of a change counted from a day, "profit, due on October 28, is expected to fall by a fifth from
                // a year earlier"; from a year it is that year's: "180 million passengers in 2024, up 8% from a year earlier".)
                if let w = word(k), w == "later" || w == "earlier", word(k + 1) != "than", let offset = offsetCount(endingAt: k - 1),
                    offset.first > anchor.lastToken, !(offset.first...k).contains(where: covered.contains),
                    from == to || offset.unit == "year",
                    !wholeMonth
                        || monthDatesOffset(
                            anchor, offset.first, later: w == "later", afterFigure: referenceBefore(offset.first, figureEnds)),
                    wholeMonth || !referenceBefore(offset.first, figureEnds),
                    wholeYear || !(word(offset.first - 1).map { ChangeRules.referenceLeads.contains($0) } ?? false)
                {
                    added.append(
                        dated(offset.first, k, from, to, by: (w == "later" ? 1 : -1) * offset.count, offset.unit, wholeYear || wholeMonth))
                    break
                }
                k += 1
            }
        }
        candidates.append(contentsOf: added)
        candidates.sort { $0.firstToken < $1.firstToken }
    }

    /// Whether the month `anchor` is the one an offset at `offset` counts from: not in an aside ("The company, founded in May,
    /// has 300 staff, up from 200 a year earlier"), not the end of a pair or span ("in March and April"), for a later one a month
    /// whose year is written ("in March 2019 … two years later"; not "The index was 102 in May; a year later it was 110", a year
    /// ahead of a past), and, when it dates a figure before it (`afterFigure`), no clause of another verb between them ("admitted
    /// 140 students in September, up from 122 a year earlier"; not "joined the club in May and scored 12 goals, up from 8 a year
    /// earlier"; but "opened in March 2019 and closed two years later").
    func monthDatesOffset(_ anchor: Candidate, _ offset: Int, later: Bool, afterFigure: Bool) -> Bool {
        if later, anchor.resolved != "absolute" { return false }
        if let joiner = word(anchor.firstToken - 1), joiner == "and" || joiner == "to" || joiner == "or",
            candidates.contains(where: { $0.kind == .date && $0.lastToken == anchor.firstToken - 2 })
        {
            return false
        }
        if inAside(anchor.firstToken) { return false }
        return !afterFigure
            || !(anchor.lastToken + 1..<offset).contains { k in
                (symbol(k) == ";" || word(k).map { ["and", "but", "while", "whereas"].contains($0) } == true)
                    && (k + 1...k + 2).contains { v in
                        v < offset && tokens[v].kind == .word && !tokens[v].capitalized
                            && (isPastVerb(v) || ["has", "have", "had", "is", "are", "was", "were"].contains(tokens[v].norm))
                    }
            }
    }

    /// The date candidates among `dates` (indices into `candidates`) that stand on one token, by that token.
    func oneWordDates(_ dates: [Int]) -> [Int: Int] {
        var at: [Int: Int] = [:]
        for d in dates where candidates[d].firstToken == candidates[d].lastToken { at[candidates[d].firstToken] = d }
        return at
    }

    /// The date candidate at `index` widened to start at token `first` and dated `day`, counted from another day of the
    /// text: "the following Monday", "the Sunday after Thanksgiving".
    mutating func redate(_ index: Int, from first: Int, to day: CalendarDate) {
        candidates[index].firstToken = first
        candidates[index].date = DateSpan(start: day.description, end: day.description)
        candidates[index].resolved = "relative to a date in the text"
    }

    /// The tokens the candidates read so far stand on.
    func coveredTokens() -> Set<Int> {
        var covered = Set<Int>()
        for c in candidates { for k in c.firstToken...max(c.firstToken, c.lastToken) { covered.insert(k) } }
        return covered
    }

    /// Whether a figure stands right before an offset at `k`, which then is a change's reference: "£150m a year earlier".
    private func referenceBefore(_ k: Int, _ figureEnds: Set<Int>) -> Bool {
        guard k > 0 else { return false }
        if tokens[k - 1].kind == .number || (tokens[k - 1].kind == .symbol && symbol(k - 1) != "," && symbol(k - 1) != ";") { return true }
        return figureEnds.contains(k - 1)
    }

    /// A day (or a whole year or month, `span`) shifted by a count of units, as a date candidate over `first`…`last`.
    private func dated(
        _ first: Int, _ last: Int, _ from: CalendarDate, _ to: CalendarDate, by count: Int, _ unit: String, _ span: Bool
    )
        -> Candidate
    {
        let start = FigureScanner.shift(from, by: count, unit)
        var end = span ? FigureScanner.shift(to, by: count, unit) : start
        // (A month's last day stays its last: February a year after one of 28 days may have 29.)
        if span, to.day == CalendarDate.daysIn(month: to.month, year: to.year) {
            end = CalendarDate(year: end.year, month: end.month, day: CalendarDate.daysIn(month: end.month, year: end.year)) ?? end
        }
        return Candidate(
            kind: .date, firstToken: first, lastToken: last, date: DateSpan(start: start.description, end: end.description),
            resolved: "relative to a date in the text")
    }

    /// "three days", "a week", "2 years" ending at `k` (the unit): its first token, count and unit.
    private func offsetCount(endingAt k: Int) -> (first: Int, count: Int, unit: String)? {
        guard let u = word(k), let unit = DateRules.offsetUnits[u], k >= 1 else { return nil }
        if let w = word(k - 1) {
            if (w == "a" || w == "an"), ["day", "week", "month", "year"].contains(u) { return (k - 1, 1, unit) }
            if let n = NumberRules.units[w], n > 0 { return (k - 1, n, unit) }
            return nil
        }
        guard let n = tokens[k - 1].integer, n > 0, n < 1000 else { return nil }
        return (k - 1, n, unit)
    }

    /// "in the week to Friday", "the week ending Sunday", "the week before Christmas", "the seven days to Sunday", "the two
    /// weeks before Christmas": the days that end on a day read alone (or the day before it).
    mutating func widenWeeksTo() {
        var weekendsRead: [Range<Int>] = []
        for index in candidates.indices where candidates[index].kind == .date {
            if let (first, start, end) = daysEnding(candidates[index]) {
                candidates[index].firstToken = first
                candidates[index].date = DateSpan(start: start.description, end: end.description)
            } else if let (first, start, end) = weekendBeside(candidates[index]) {
                weekendsRead.append(first..<candidates[index].firstToken)
                candidates[index].firstToken = first
                candidates[index].date = DateSpan(start: start.description, end: end.description)
                candidates[index].resolved = "relative to a date in the text"
            }
        }
        // (The words "the weekend" read on their own before are no weekend of their own.)
        if !weekendsRead.isEmpty {
            candidates.removeAll { c in c.kind == .date && weekendsRead.contains { $0.contains(c.firstToken) && $0.contains(c.lastToken) } }
        }
    }

    /// "the first two weeks of February", "the first 10 days of March", "the last fortnight of January": the days at a month's
    /// start or end, read with the whole month after them (the month alone was read, and "last two weeks" as a period of its
    /// own, which goes).
    mutating func narrowToMonthEdges() {
        var phrases: [Range<Int>] = []
        for index in candidates.indices where candidates[index].kind == .date {
            let c = candidates[index]
            guard word(c.firstToken - 1) == "of", let span = c.date, let from = CalendarDate(iso: span.start),
                let to = CalendarDate(iso: span.end), from.day == 1, from.year == to.year, from.month == to.month,
                to.day == CalendarDate.daysIn(month: to.month, year: to.year),
                let (lengthFirst, days) = daysOfLength(endingAt: c.firstToken - 2, minimumCount: 1)
            else { continue }
            let edgeAt = lengthFirst - 1
            guard let edge = word(edgeAt), edge == "first" || edge == "last", days < to.day, sameSentence(edgeAt, c.firstToken) else {
                continue
            }
            let first = word(edgeAt - 1) == "the" ? edgeAt - 1 : edgeAt
            let (start, end) = edge == "first" ? (from, from.adding(days: days - 1)) : (to.adding(days: 1 - days), to)
            candidates[index].firstToken = first
            candidates[index].date = DateSpan(start: start.description, end: end.description)
            phrases.append(first..<c.firstToken)
        }
        if !phrases.isEmpty {
            candidates.removeAll { c in c.kind == .date && phrases.contains { $0.contains(c.firstToken) && $0.contains(c.lastToken) } }
        }
    }

    /// "the weekend before Christmas", "the weekend after Easter": the Saturday and Sunday just before or just after a date
    /// read as one day `c`.
    func weekendBeside(_ c: Candidate) -> (first: Int, start: CalendarDate, end: CalendarDate)? {
        guard let before = weekendJoiner(before: c.firstToken), let span = c.date, span.start == span.end,
            let day = CalendarDate(iso: span.start)
        else { return nil }
        let saturday = Self.weekendSaturday(beside: day, before: before)
        // (Not one still to come in a past report: "Footfall rose 8% on the weekend after Easter" on the Wednesday after it.)
        if let published, published < saturday.adding(days: 1), sentenceTense(c.firstToken).past { return nil }
        return (c.firstToken - 3, saturday, saturday.adding(days: 1))
    }

    /// Whether "the weekend before" (true) or "the weekend after" (false) stands just before the date at `first`, in its
    /// sentence.
    func weekendJoiner(before first: Int) -> Bool? {
        let k = first - 1
        guard let joiner = word(k), joiner == "before" || joiner == "after", word(k - 1) == "weekend", word(k - 2) == "the",
            sameSentence(k - 2, first)
        else { return nil }
        return joiner == "before"
    }

    /// The Saturday of the weekend just before `day` (before it), or just after it.
    static func weekendSaturday(beside day: CalendarDate, before: Bool) -> CalendarDate {
        before ? day.first(7, after: false).adding(days: -1) : day.first(6, after: true)
    }

    /// The days a date read as one day `c` ends (`daysEnding(at:)`): the phrase's first token, its first and last day.
    /// (Rules that count from a date told before ask this of it: the days are widened only when the scan ends.)
    func daysEnding(_ c: Candidate) -> (first: Int, start: CalendarDate, end: CalendarDate)? {
        guard c.kind == .date, let span = c.date, span.start == span.end, let day = CalendarDate(iso: span.start),
            let period = daysEnding(at: c.firstToken)
        else { return nil }
        let (start, end) = Self.days(of: period, endingOn: day)
        return (period.first, start, end)
    }

    /// The first and last day of a `daysEnding(at:)` period read with the day `day` after its joiner.
    static func days(of period: (first: Int, days: Int, before: Bool, after: Bool), endingOn day: CalendarDate) -> (
        start: CalendarDate, end: CalendarDate
    ) {
        if period.after { return (day.adding(days: 1), day.adding(days: period.days)) }
        let end = period.before ? day.adding(days: -1) : day
        return (end.adding(days: 1 - period.days), end)
    }

    /// The days of "the week to", "the week ending", "the fortnight before", "the seven days to", "the two weeks before"
    /// just before the day at `first`: the phrase's first token, its length in days, and whether it ends the day before; or
    /// of "the week after", "the ten days after", which begin the day after it (`after`).
    /// (Not "a week before Christmas": one day, counted back.)
    func daysEnding(at first: Int) -> (first: Int, days: Int, before: Bool, after: Bool)? {
        let k = first - 1
        guard let joiner = word(k), joiner == "to" || joiner == "ending" || joiner == "before" || joiner == "after",
            let (lengthFirst, days) = daysOfLength(endingAt: k - 1, minimumCount: 2)
        else { return nil }
        let start = lengthFirst - 1
        guard word(start) == "the", sameSentence(start, first), days <= 366 else { return nil }
        return (start, days, joiner == "before", joiner == "after")
    }

    /// A length in days ending at token `k`: "week", "fortnight", or a count of at least `minimumCount` days or weeks
    /// ("seven days", "two weeks"); its first token and its days. (Read by `daysEnding(at:)` and `narrowToMonthEdges()`.)
    func daysOfLength(endingAt k: Int, minimumCount: Int) -> (first: Int, days: Int)? {
        guard let unit = word(k) else { return nil }
        if unit == "week" || unit == "fortnight" { return (k, unit == "week" ? 7 : 14) }
        guard let offset = offsetCount(endingAt: k), offset.unit == "day" || offset.unit == "week", offset.count >= minimumCount else {
            return nil
        }
        return (offset.first, offset.unit == "week" ? 7 * offset.count : offset.count)
    }

    /// "between Oct. 2 and October 22", "from Nov 1 to Nov 5", "January 12, 2016 - 01/22/2016":
    /// two dates joined into one span.
    mutating func mergeDateRanges() {
        candidates.sort { $0.firstToken < $1.firstToken }
        // Each candidate joins the one kept before it when they make a range (which may join the next
        // in turn); built anew rather than removed from in place, which was quadratic.
        var kept: [Candidate] = []
        kept.reserveCapacity(candidates.count)
        for candidate in candidates {
            if let last = kept.last, let merged = dateRange(last, candidate) {
                kept[kept.count - 1] = merged
            } else {
                if let last = kept.last, let moved = rescheduledDay(last, to: candidate) { kept[kept.count - 1] = moved }
                kept.append(candidate)
            }
        }
        kept.removeAll { $0.needsPartner }
        candidates = yearsAfterRanges(kept)
    }

    /// "between March and May next year", "from June 1 to 3 last year": a year relative to the published day right after a
    /// range whose year was not written is the range's year, one date.
    private func yearsAfterRanges(_ dates: [Candidate]) -> [Candidate] {
        var kept: [Candidate] = []
        kept.reserveCapacity(dates.count)
        for candidate in dates {
            // (Ranges of months or days only: a holiday's weekend reads its year after it itself, "over the Thanksgiving weekend
            // last year".)
            if let range = kept.last, range.kind == .date, candidate.kind == .date, range.resolved == "year from published",
                word(range.firstToken).map({ $0 == "between" || $0 == "from" || DateRules.months[$0] != nil }) == true,
                candidate.firstToken == range.lastToken + 1, candidate.lastToken == candidate.firstToken + 1,
                word(candidate.lastToken) == "year", word(candidate.firstToken).map({ DateRules.relativeShifts[$0] != nil }) == true,
                let span = range.date, span.start != span.end, let start = CalendarDate(iso: span.start),
                let end = CalendarDate(iso: span.end), let named = candidate.date.flatMap({ CalendarDate(iso: $0.start) })
            {
                // (A range across the new year is of the year it ends in: "from December to February this year".)
                let shift = named.year - (end.year > start.year ? end.year : start.year)
                // (A month's last day stays its last: "between January and February next year" ends on the 29th of a leap year.)
                let moved = { (d: CalendarDate, last: Bool) -> CalendarDate? in
                    let y = d.year + shift
                    let whole = last && d.day == CalendarDate.daysIn(month: d.month, year: d.year)
                    return CalendarDate(year: y, month: d.month, day: whole ? CalendarDate.daysIn(month: d.month, year: y) : d.day)
                }
                if let a = moved(start, false), let b = moved(end, true) {
                    var merged = range
                    merged.lastToken = candidate.lastToken
                    merged.date = DateSpan(start: a.description, end: b.description)
                    merged.resolved = "relative to published"
                    kept[kept.count - 1] = merged
                    continue
                }
            }
            kept.append(candidate)
        }
        return kept
    }

    /// The day `a` a thing was moved from, when `b` is the day it was moved to ("was postponed from Tuesday to next
    /// Monday", "pushed back from May 8 to May 21"): a day whose year or week the text leaves open is put beside `b`, before
    /// it for a delay, after it for a day brought forward, else the nearest; nil when `a` is no such day.
    private func rescheduledDay(_ a: Candidate, to b: Candidate) -> Candidate? {
        // (Over "the": "postponed from Thursday to the following Monday".)
        let gap = b.firstToken - a.lastToken
        guard a.kind == .date, b.kind == .date, gap == 2 || (gap == 3 && word(a.lastToken + 2) == "the"), word(a.lastToken + 1) == "to",
            a.resolved != "absolute",
            let aSpan = a.date, aSpan.start == aSpan.end, let from = CalendarDate(iso: aSpan.start),
            let bSpan = b.date, bSpan.start == bSpan.end, let to = CalendarDate(iso: bSpan.start),
            a.firstToken > 0, let verb = reschedulingVerb(before: a.firstToken - 1)
        else { return nil }
        let weekday = word(a.lastToken).map { DateRules.weekdays[$0] != nil } == true
        // ("moved the release from Thanksgiving to Christmas Day": a holiday's day in each year, not the same month and day.)
        let holiday = holidayNamed(by: a)
        let choices: [CalendarDate] =
            weekday
            ? (-1...1).map { from.adding(days: 7 * $0) }
            : (-1...1).compactMap { offset in
                if let holiday { return HolidayRules.date(holiday, in: from.year + offset) }
                return CalendarDate(year: from.year + offset, month: from.month, day: from.day)
            }
        let direction = reschedulingDirection(verb)
        let fitting = choices.filter { direction > 0 ? $0 < to : direction < 0 ? $0 > to : true }
        guard
            let best = to.nearest(among: fitting)
        else { return nil }
        var moved = a
        moved.date = DateSpan(start: best.description, end: best.description)
        return moved
    }

    /// Dates `a` and `b`, next to each other, as one range, or nil when they make none.
    private func dateRange(_ a: Candidate, _ b: Candidate) -> Candidate? {
        let j = a.lastToken + 1
        guard a.kind == .date, b.kind == .date, j + 1 == b.firstToken else { return nil }
        var start = a.date?.start
        var end = b.date?.end
        // "between now and November 15th": a day whose year was only the nearest one lies after now
        // as the end of the range (and before it as the start).
        if a.needsPartner, b.resolved == "year from published", let s = start, let e = end, e < s { end = Self.movingYear(e, by: 1) }
        if b.needsPartner, a.resolved == "year from published", let s = start, let e = end, e < s { start = Self.movingYear(s, by: -1) }
        // "from 1 January to 31 March", each end in its nearest year, may run backwards across the year's
        // turn: the range is read as one, in the years that put it nearest the published day.
        if a.resolved == "year from published", b.resolved == "year from published", let s = start, let e = end, e < s,
            let p = published
        {
            // (A holiday's own day in the other year, not its month and day: "between Good Friday and Easter Monday".)
            let endMoved = dayOf(b, e, inYear: Int(s.prefix(4)) ?? 0, notBefore: s)
            let startMoved = dayOf(a, s, inYear: Int(e.prefix(4)) ?? 0, notAfter: e)
            var choices: [(String, String)] = []
            if let startMoved { choices.append((startMoved, e)) }
            if let endMoved { choices.append((s, endMoved)) }
            // (Or both ends moved, the start into the published year or one beside it: "The castle is open from Easter Sunday to
            // 31 October", each end alone in another year, is the span under way.)
            for year in p.year - 1...p.year + 1 {
                if let first = dayOf(a, s, inYear: year, notAfter: "\(year)-12-31"), first.hasPrefix(String(year)),
                    let last = dayOf(b, e, inYear: year, notBefore: first)
                {
                    choices.append((first, last))
                }
            }
            if let best = choices.min(by: { Self.distance($0, from: p) < Self.distance($1, from: p) }) { (start, end) = best }
        }
        // "from Feb 1st to March 2019", "between Nov 5 and Jan 10, 2021": an end without a year takes
        // the year the other end states (the year before or after when the days would run backwards).
        var yearStated = false
        if b.resolved == "absolute", a.resolved == "year from published" || start?.hasPrefix("--") == true, let s = start, let e = end,
            let y = Int(e.prefix(4)), let moved = dayOf(a, s, inYear: y, notAfter: e)
        {
            start = moved
            yearStated = true
        } else if a.resolved == "absolute", b.resolved == "year from published" || end?.hasPrefix("--") == true, let s = start,
            let e = end, let y = Int(s.prefix(4)), let moved = dayOf(b, e, inYear: y, notBefore: s)
        {
            end = moved
            yearStated = true
        }
        // "from Friday to Sunday": a weekday that ends a range is the first such day from its start on (each read
        // alone, the Sunday may be the one gone: "will cover northern England from Friday to Sunday").
        let weekday = { (c: Candidate) -> Bool in
            c.date?.start == c.date?.end && (self.word(c.lastToken).map { DateRules.weekdays[$0] != nil } ?? false)
        }
        if let s = start, let e = end, e < s, weekday(a), weekday(b), var day = CalendarDate(iso: e), let first = CalendarDate(iso: s),
            first.dayNumber - day.dayNumber < 7
        {
            while day < first { day = day.adding(days: 7) }
            end = day.description
        }
        // ("from Monday to Thursday next week": the start in the week the end's "next week" names.)
        if weekday(a), let bSpan = b.date, bSpan.start == bSpan.end, word(b.lastToken) == "week",
            word(b.firstToken).map({ DateRules.weekdays[$0] != nil }) == true, let day = CalendarDate(iso: bSpan.start),
            let aDay = a.date.flatMap({ CalendarDate(iso: $0.start) })
        {
            // ("from Friday to Monday next week": a start after the end's weekday is in the week before.)
            let monday = day.adding(days: 1 - day.weekday)
            let first = monday.adding(days: aDay.weekday - 1)
            start = (first > day ? first.adding(days: -7) : first).description
        }
        let opener = a.firstToken > 0 ? word(a.firstToken - 1) : nil
        // "from December 20, 2020 to December 12, 2020": two days written in full, backwards, are kept as
        // one range as written (start after end), for validation to report, like "Nov 10–5".
        // (So are two days of one month whose year one end states: "between March 12 and March 8, 2024".)
        let writtenBackwards =
            (a.resolved == "absolute" && b.resolved == "absolute" || yearStated && start?.prefix(7) == end?.prefix(7))
            && (opener == "from" || opener == "between") && a.date?.start == a.date?.end && b.date?.start == b.date?.end
        guard sameSentence(a.lastToken, b.firstToken), let start, let end, start.count == end.count,
            start <= end || (writtenBackwards && start.count == 10)
        else { return nil }
        let joiner = tokens[j].norm
        let ok = (joiner == "and" && opener == "between") || DateRules.rangeJoiners.contains(joiner)
        // ("moved from Saturday to Sunday": the day it was and the day it is now.)
        guard ok, !(a.firstToken > 0 && rescheduledFrom(a.firstToken - 1)) else { return nil }
        var merged = a
        merged.date = DateSpan(start: start, end: end)
        merged.lastToken = b.lastToken
        if opener == "between" || opener == "from" { merged.firstToken -= 1 }
        if a.resolved != b.resolved { merged.resolved = yearStated ? "absolute" : a.resolved ?? b.resolved }
        merged.needsPartner = false
        return merged
    }

    /// The holiday whose name opens the date `c` ("Good Friday", "Labor Day"), whose day moves from year to year.
    private func holidayNamed(by c: Candidate) -> HolidayRules.Day? {
        HolidayRules.phrases.first { matches($0.words, at: c.firstToken) }.map { holidayDay($0.day) }
    }

    /// The start `iso` of the date `c` put in `year`, or the year before when it would fall after `limit`: a holiday's own
    /// day in that year, else the same month and day (`inYear`).
    private func dayOf(_ c: Candidate, _ iso: String, inYear year: Int, notAfter limit: String) -> String? {
        guard c.date?.start == iso, let holiday = holidayNamed(by: c) else { return Self.inYear(iso, year, notAfter: limit) }
        return [year, year - 1].lazy.compactMap { HolidayRules.date(holiday, in: $0)?.description }.first { $0 <= limit }
    }

    /// The end `iso` of the date `c` put in `year`, or the year after when it would fall before `limit`: a holiday's own last
    /// day in that year, else the same month and day.
    private func dayOf(_ c: Candidate, _ iso: String, inYear year: Int, notBefore limit: String) -> String? {
        guard c.date?.end == iso, let holiday = holidayNamed(by: c) else { return Self.inYear(iso, year, notBefore: limit) }
        return [year, year + 1].lazy.compactMap {
            HolidayRules.date(holiday, in: $0)?.adding(days: HolidayRules.length(holiday) - 1).description
        }.first { $0 >= limit }
    }

    /// A day ("2017-02-01" or "--02-01") put in year `year`, or the year before when it would then
    /// fall after `limit` (the other end of its range); nil when that day does not exist.
    /// (Only across months: "between March 12 and March 8, 2024" stays backwards, for validation to
    /// report, rather than becoming a year-long span.)
    static func inYear(_ iso: String, _ year: Int, notAfter limit: String) -> String? {
        guard let day = dayInYear(iso, year) else { return nil }
        return day <= limit || day.prefix(7) == limit.prefix(7) ? day : dayInYear(iso, year - 1)
    }

    /// The same, for the end of a range: the year after when it would fall before `limit`.
    static func inYear(_ iso: String, _ year: Int, notBefore limit: String) -> String? {
        guard let day = dayInYear(iso, year) else { return nil }
        return day >= limit || day.prefix(7) == limit.prefix(7) ? day : dayInYear(iso, year + 1)
    }

    private static func dayInYear(_ iso: String, _ year: Int) -> String? {
        let monthDay = iso.hasPrefix("--") ? iso.dropFirst(2) : iso.dropFirst(5)
        let parts = monthDay.split(separator: "-")
        guard parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]), let date = CalendarDate(year: year, month: m, day: d) else {
            return nil
        }
        return date.description
    }

    /// An ISO day moved by whole years (unchanged when that day does not exist then).
    /// Days from `day` to the span (zero inside it).
    static func distance(_ span: (String, String), from day: CalendarDate) -> Int {
        guard let a = CalendarDate(iso: span.0), let b = CalendarDate(iso: span.1) else { return Int.max }
        return max(0, a.dayNumber - day.dayNumber, day.dayNumber - b.dayNumber)
    }

    static func movingYear(_ iso: String, by years: Int) -> String {
        guard let d = CalendarDate(iso: iso), let moved = CalendarDate(year: d.year + years, month: d.month, day: d.day) else { return iso }
        return moved.description
    }

    /// "more than 10 and less than 40", "above 1000 and below 1500", "at most 100 and at least 20":
    /// a lower and an upper bound joined by "and"/"but" make one range.
    mutating func mergeBoundPairs() {
        candidates.sort { $0.firstToken < $1.firstToken }
        // Built anew rather than removed from in place, which was quadratic.
        var kept: [Candidate] = []
        kept.reserveCapacity(candidates.count)
        var index = 0
        while index < candidates.count {
            if index + 1 < candidates.count, let merged = boundPair(candidates[index], candidates[index + 1]) {
                kept.append(merged)
                index += 2
            } else {
                kept.append(candidates[index])
                index += 1
            }
        }
        candidates = kept
    }

    /// A lower and an upper bound next to each other as one range, or nil when they make none.
    private func boundPair(_ a: Candidate, _ b: Candidate) -> Candidate? {
        let joinerAt = a.lastToken + 1
        let joined =
            joinerAt + 1 == b.firstToken && (word(joinerAt) == "and" || word(joinerAt) == "but")
            || (joinerAt + 1 == b.firstToken && symbol(joinerAt) == ",")
        guard a.kind == b.kind, a.kind != .date, a.unit == b.unit, joined, sameSentence(a.lastToken, b.firstToken),
            let bounds = [a.bound, b.bound] as [Bound?]?, Set(bounds) == [.min, .max],
            let low = a.bound == .min ? a.value : b.value, let high = a.bound == .max ? a.value : b.value, low < high
        else { return nil }
        var merged = a
        merged.bound = .range
        merged.value = low
        merged.high = high
        merged.lastToken = b.lastToken
        merged.subject = a.subject ?? b.subject
        return merged
    }

    // MARK: - Token helpers

    // (`word`, `symbol`, `sameSentence` and `attached` are asked of nearly every token by every rule:
    // inlined, a call costs no more than its test, and a word only compared is not retained.)

    @inline(__always) func word(_ i: Int) -> String? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word else { return nil }
        return tokens[i].norm
    }

    /// The word without a possessive "'s": "year's" → "year".
    func bareWord(_ i: Int) -> String? {
        guard let w = word(i) else { return nil }
        return w.hasSuffix("'s") ? String(w.dropLast(2)) : w
    }

    @inline(__always) func symbol(_ i: Int) -> String? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .symbol else { return nil }
        return tokens[i].norm
    }

    @inline(__always) func sameSentence(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b >= 0 && a < tokens.count && b < tokens.count && tokens[a].sentence == tokens[b].sentence
    }

    /// Whether the token at `k` is a currency's sign before an amount: "$", "£", "€" (`MoneyRules.symbols`).
    @inline(__always) func currencySign(_ k: Int) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .symbol && (tokens[k].norm == "$" || MoneyRules.symbols[tokens[k].norm] != nil)
    }

    /// True when `i` exists, is in the sentence of `anchor` and touches the token before it.
    @inline(__always) func attached(_ i: Int) -> Bool { i > 0 && i < tokens.count && !tokens[i].spaceBefore }

    /// Whether a time word follows token `k`: "5 pm", "10 a.m.", "6 o'clock", "9 GMT".
    func meridiemFollows(_ k: Int) -> Bool {
        guard let w = word(k + 1) else { return false }
        return NameRules.timeWords.contains(w) || ((w == "a" || w == "p") && symbol(k + 2) == ".")
    }

    /// A hyphen at `i` written tight between its neighbours: "forty-two", "2015-3", "two-thirds".
    func tightHyphen(_ i: Int) -> Bool { symbol(i) == "-" && attached(i) && attached(i + 1) }

    func text(_ first: Int, _ last: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[first].start..<tokens[last].end]), as: UTF8.self)
    }

    /// Whether the words at `i...` spell `phrase` (each element one token, lower-case).
    func matches(_ phrase: [String], at i: Int) -> Bool {
        guard i >= 0, i + phrase.count <= tokens.count else { return false }
        for (k, part) in phrase.enumerated() {
            // (Read in place, not copied: `matches` is asked at many tokens.)
            let t = i + k
            if tokens[t].norm != part {
                // "last year's": the possessive may end the last word.
                guard k == phrase.count - 1, tokens[t].kind == .word, tokens[t].norm.utf8.count == part.utf8.count + 2,
                    tokens[t].norm.hasSuffix("'s"), tokens[t].norm.hasPrefix(part)
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
        if memo.kinds.contains(candidate.kind) { candidates.append(candidate) }
    }
}

/// The tests of a whole sentence the scanner keeps in its memo, read once per sentence.
enum SentenceTest: Int {
    /// `temperatureSentence`: it speaks of temperatures.
    case temperature
    /// `sportsSentence`: it tells of a game.
    case sports
    /// `proseSentence`: it ends with ".", "!" or "?".
    case prose
    /// `titleCaseSentence`: a headline in title case.
    case titleCase
    /// `everyWordCapitalised`.
    case capitalised
    /// A score ("24-10"), for `titleCaseEventVerb`.
    case score
    /// A lower-case past verb or "been", for a holiday before another event's "after".
    case pastVerb
}

/// What a scan has already read, by token: the tokens do not change during a scan, so neither do these.
final class ScanMemo {
    /// The scan's settings.
    let bareDollar: String
    let kinds: Set<FigureKind>
    let yenYuan: String?

    init(bareDollar: String, kinds: Set<FigureKind>, yenYuan: String?) {
        self.bareDollar = bareDollar
        self.kinds = kinds
        self.yenYuan = yenYuan
    }

    /// `readNumber`'s results, found through `numberSlots`.
    var numbers: [Result<NumberMatch?, NotAFigure>] = []
    /// By token index × 2 (+ 1 when read as money): the index in `numbers` of the result, or -1.
    /// (An array, not a dictionary: hashing the key cost a fifth of what the memo saves.)
    var numberSlots: [Int32] = []
    /// Whether the text writes money in millions with a tight "m" (`writesMoneyMillionsWithM`).
    var moneyMillionsM: Bool?
    /// Whether the text speaks of pounds sterling anywhere (`writesPounds`).
    var pounds: Bool?
    /// `sentenceTense` by sentence index: the sentence's clauses, each with the token it ends before.
    var sentenceTenses: [Int: [(end: Int, tense: (future: Bool, past: Bool))]] = [:]
    /// The currency "Rs" stands for in this text (`abbreviation(_:at:)`): found once.
    var rupee: String??
    /// `hyphenChain` by the token it starts at, for chains of three groups or more.
    var hyphenChains: [Int: (groups: Int, last: Int)] = [:]
    /// The dollar the text writes its amounts in (`textDollar()`): found once.
    var textDollar: String?
    /// The currency the text's places name in `MoneyRules.countryClues` (`localCurrency()`): found once.
    var localCurrency: String??
    /// The currencies the text names with a qualifier, "CFA francs", "Hong Kong dollars": each name's last token, its last
    /// word and its code, in text order (`qualifiedCurrency(_:before:)`), found once.
    var qualifiedCurrencies: [(last: Int, word: String, code: String)]?
    /// The currency a bare "kroner" stands for in this text (`kroner()`): found once.
    var kroner: String??
    /// The currency a bare "kr" stands for in this text (`kronaOrKrone()`): found once.
    var kr: String??
    /// What `sentenceHas` and `sentenceIs` found of each sentence: two bits a test (known, and its answer), by sentence
    /// index. (An array, not a dictionary for each test: hashing and key paths cost more than the tests they saved.)
    private var sentenceTests: [UInt16] = []

    func sentence(_ index: Int, _ test: SentenceTest) -> Bool? {
        guard index < sentenceTests.count else { return nil }
        let bits = sentenceTests[index] >> (2 * test.rawValue)
        return bits & 1 == 0 ? nil : bits & 2 != 0
    }

    func remember(_ index: Int, _ test: SentenceTest, _ answer: Bool) {
        if index >= sentenceTests.count { sentenceTests.append(contentsOf: repeatElement(0, count: index + 1 - sentenceTests.count)) }
        sentenceTests[index] |= (answer ? 3 : 1) << (2 * test.rawValue)
    }

    /// Whether the text is of Canada, and whether of Australia or New Zealand, and not the US (`textCountries()`): found once.
    var textCountries: (canadian: Bool, australasian: Bool)?
}

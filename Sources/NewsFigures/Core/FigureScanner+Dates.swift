extension FigureScanner {
    // MARK: - Dates

    /// Tries every date rule at token `i`; returns the index after the date when one matched.
    mutating func matchDate(at i: Int) -> Int? {
        let token = tokens[i]
        if token.kind == .number {
            if let next = anchoredPeriod(at: i) ?? numberedCentury(at: i) { return next }
            // "4-23 in next month": days of a relative month, before "4-23" reads as April 23.
            if daysOfRelativeMonthFollow(i), let next = dayFirstDate(at: i) { return next }
            return yearPair(at: i) ?? isoDate(at: i) ?? numericDate(at: i) ?? dayFirstDate(at: i) ?? relativeOffset(at: i) ?? yearDate(
                at: i)
                ?? bareDayOfThisMonth(at: i)
        }
        guard token.kind == .word else { return nil }
        // ("the previous quarter", "the same period last year": counted from a period the sentence named, before any rule.)
        if let next = periodBeforeNamedPeriod(at: token.norm == "the" ? i + 1 : i) { return next }
        // Tried in order; the first rule that reads a date wins. Only the rules that can start at
        // this word are tried (`WordDateRule.starts`): most words start one or two.
        var starts = WordDateRule.startsAt[token.norm] ?? 0
        // "Tuesday's primaries", "Friday's jobs report": a weekday's possessive starts the weekday rule.
        if starts == 0, token.norm.hasSuffix("'s"), let bare = bareWord(i), DateRules.weekdays[bare] != nil {
            starts = WordDateRule.weekdayDate.bit
        }
        // ("Last summer's heatwave": a season's possessive starts the season rule.)
        if starts == 0, token.norm.hasSuffix("'s"), let bare = bareWord(i), DateRules.seasons[bare] != nil {
            starts = WordDateRule.seasonDate.bit
        }
        #if DEBUG
            // Each rule's start words are its first test: a rule left out must read nothing here.
            for rule in WordDateRule.allCases where starts & rule.bit == 0 {
                assert(apply(rule, at: i) == nil, "date rule \(rule) read a date at \"\(token.norm)\", not one of its start words")
            }
        #endif
        var left = starts
        while left != 0 {
            let rule = WordDateRule.allCases[left.trailingZeroBitCount]
            left &= left - 1
            if let next = apply(rule, at: i) { return next }
        }
        return nil
    }

    private mutating func apply(_ rule: WordDateRule, at i: Int) -> Int? {
        switch rule {
        case .periodEnding: periodEnding(at: i)
        case .anchoredPeriod: anchoredPeriod(at: i)
        case .partOfPeriod: partOfPeriod(at: i)
        case .weekOfPeriod: weekOfPeriod(at: i)
        case .quarterDate: quarterDate(at: i)
        case .durationFrom: durationFrom(at: i)
        case .yearInWordsAfterIn: yearInWordsAfterIn(at: i)
        case .namedYear: namedYear(at: i)
        case .dayOfThisMonth: dayOfThisMonth(at: i)
        case .monthDate: monthDate(at: i)
        case .dayFirstDate: dayFirstDate(at: i)
        case .weekdayDate: weekdayDate(at: i)
        case .relativeOffset: relativeOffset(at: i)
        case .relativeDay: relativeDay(at: i)
        case .rollingPeriod: rollingPeriod(at: i)
        case .relativePeriod: relativePeriod(at: i)
        case .seasonDate: seasonDate(at: i)
        case .holidayDate: holidayDate(at: i)
        case .fiscalYear: fiscalYear(at: i)
        }
    }

    /// Whether the text names Canada or Canadians, and whether Australia or New Zealand, and not the United States or
    /// Americans, once per text.
    private func textCountries() -> (canadian: Bool, australasian: Bool) {
        if let known = memo.textCountries { return known }
        // (Possessives too, "Canada's House of Commons", and the provinces and their cities: "Windsor, Ontario", "Halifax,
        // Nova Scotia".)
        let names = Set(tokens.lazy.filter { $0.kind == .word }.map { $0.norm.hasSuffix("'s") ? String($0.norm.dropLast(2)) : $0.norm })
        // (The US as the tokens write it: "U.S." is four tokens, "US" a word in capitals, "the United States".)
        let american =
            !names.isDisjoint(with: ["american", "americans", "usa"])
            || tokens.indices.contains { k in
                (tokens[k].norm == "u" && symbol(k + 1) == "." && word(k + 2) == "s" && tokens[k].capitalized)
                    || (tokens[k].norm == "us" && text(k, k) == "US")
                    || (tokens[k].norm == "united" && word(k + 1) == "states" && tokens[k].capitalized)
            }
        let countries = (
            canadian: !names.isDisjoint(with: DateRules.canadianNames) && !american,
            australasian: !names.isDisjoint(with: HolidayRules.australasianNames) && !american
        )
        memo.textCountries = countries
        return countries
    }

    /// The day rule of a holiday as this text keeps it: Canada's Thanksgiving, the second Monday of October, in a text of
    /// Canada and not of the US ("Canadians celebrate Thanksgiving on Monday, October 13"); Father's Day (the third Sunday of
    /// June, the only holiday of that rule), the first Sunday of September in a text of Australia or New Zealand
    /// ("Australian retailers expect Father's Day spending to hit a record").
    func holidayDay(_ day: HolidayRules.Day) -> HolidayRules.Day {
        if case .afterThanksgiving(days: 0) = day, textCountries().canadian { return .nthWeekday(month: 10, weekday: 1, n: 2) }
        if case .nthWeekday(month: 6, weekday: 7, n: 3) = day, textCountries().australasian {
            return .nthWeekday(month: 9, weekday: 7, n: 1)
        }
        return day
    }

    /// "Christmas Day", "on Black Friday", "Easter 2019", "last Christmas" (`HolidayRules`): the day
    /// in the year written, else the nearest to the published day, moved by a relative word or by a
    /// sentence of one tense as `yearNear` moves a month and day.
    private mutating func holidayDate(at i: Int) -> Int? {
        // ("the spring bank holiday", "the early May bank holiday": a bank holiday's first word in lower case.)
        // (After "the" or a relative word only: "A spring bank holiday is a good time to plant" is any year's.)
        let lowerCaseFirst =
            !tokens[i].capitalized && HolidayRules.lowerCaseFirstWords.contains(tokens[i].norm)
            && (word(i - 1).map { $0 == "the" || DateRules.relativeShifts[$0] != nil } ?? false)
        guard tokens[i].capitalized || lowerCaseFirst else { return nil }
        for entry in HolidayRules.phrases where matches(entry.words, at: i) {
            if lowerCaseFirst, !entry.words.contains("bank") { continue }
            let holiday = holidayDay(entry.day)
            // ("the late May bank holiday" is the spring one, not the early: left to "late May".)
            if entry.words.first == "may", word(i - 1) == "late" { continue }
            let last = i + entry.words.count - 1
            guard sameSentence(i, last),
                (i...last).allSatisfy({
                    tokens[$0].capitalized || tokens[$0].kind == .symbol
                        || ($0 > i && HolidayRules.lowerCaseWords.contains(tokens[$0].norm)) || ($0 == i && lowerCaseFirst)
                })
            else { continue }
            // ("'The Nightmare Before Christmas'", "'Last Christmas'": a word of a quoted title of capitalised words.)
            if insideQuotedTitle(first: i, last: last) {
                consume(i, last)
                return last + 1
            }
            // ("Hungary celebrated St Stephen's Day on August 20": a saint's day its text's country keeps on another day.)
            if entry.words.count >= 3, let countries = HolidayRules.saintsDaysKeptOtherwise[entry.words[entry.words.count - 2]],
                tokens.contains(where: {
                    $0.kind == .word && countries.contains($0.norm.hasSuffix("'s") ? String($0.norm.dropLast(2)) : $0.norm)
                })
            {
                consume(i, last)
                return last + 1
            }
            // ("a May Day call": a distress call, no holiday.)
            if entry.words == ["may", "day"], word(last + 1).map(HolidayRules.afterDistressCalls.contains) ?? false {
                consume(i, last)
                return last + 1
            }
            // "every Easter Sunday", "each Christmas": any year's holiday, no date.
            if let p = word(i - 1), p == "every" || p == "each", sameSentence(i - 1, i) {
                consume(i - 1, last)
                return last + 1
            }
            var first = i
            var shift: Int?
            if let p = word(i - 1), sameSentence(i - 1, i), let s = DateRules.relativeShifts[p] {
                shift = s
                first = i - 1
            }
            // "Halloween falls on a Thursday this year", "born on Canada Day in 1990", "the Palm Sunday
            // tornado outbreak of 1965": a year named later in the clause.
            var yearShiftNamed: Int?
            var yearLater: Int?
            var k = last + 1
            // (Not a year compared with: "Footfall on St Patrick's Day was 18% higher than last year".)
            // (Nor a year of another event after "after", "following" or "since": "will step up patrols on Halloween after
            // complaints about fireworks last year", "The shop closes on Christmas Day following a row last year"; in a sentence
            // of the past, the holiday is the latest gone, "Traffic on New Year's Eve after the storm last year was light".)
            var otherEvent = false
            var otherAt = last
            while k <= last + 6, k + 1 < tokens.count, sameSentence(last, k + 1), symbol(k) != ",", symbol(k) != ";", word(k) != "than" {
                if word(k).map(DateRules.otherEventLeads.contains) == true {
                    otherEvent = true
                    otherAt = k
                    break
                }
                // (Not a year a change is measured from: "rose 5% on last year", "compared with last year".)
                // ("bookings for the Easter weekend were running behind last year", "ahead of last year": a comparison too.)
                if let w = word(k), let s = DateRules.relativeShifts[w], word(k + 1) == "year",
                    !(word(k - 1).map(ChangeRules.referenceLeads.contains) ?? false),
                    // ("were running behind last year"; not "fell behind last year", a time.)
                    word(k - 1) != "behind" || word(k - 2).map({ $0.hasPrefix("fell") || $0.hasPrefix("fall") }) == true,
                    !(word(k - 1) == "of" && word(k - 2) == "ahead")
                {
                    yearShiftNamed = s
                    break
                }
                if let w = word(k), w == "in" || w == "of", let y = year(k + 1), !attached(k + 2) || symbol(k + 2) != nil {
                    yearLater = y
                    break
                }
                k += 1
            }
            // ("Last year Black Friday sales rose 8%", "This year, Diwali falls in November", "Last year's Black Friday": a year
            // relative to the published one right before it, over a comma, is its year too.)
            if yearShiftNamed == nil, shift == nil {
                let yearWord = symbol(i - 1) == "," ? i - 2 : i - 1
                if bareWord(yearWord) == "year", let w = word(yearWord - 1), let s = DateRules.relativeShifts[w],
                    sameSentence(yearWord - 1, i)
                {
                    yearShiftNamed = s
                }
            }
            // ("Diwali in 2040", "the Lunar New Year of 2045": a year written for which the holiday has no day listed.)
            if let yearLater, shift == nil, HolidayRules.date(holiday, in: yearLater) == nil {
                consume(i, last)
                return last + 1
            }
            if let yearLater, shift == nil, let day = HolidayRules.date(holiday, in: yearLater) {
                return addHoliday(i, last, holiday, on: day, resolved: "absolute")
            }
            // "the Easter weekend", "over the Thanksgiving weekend", "the May bank holiday weekend": the holiday's
            // long weekend (`holidayWeekend`).
            // ("Busiest Easter Weekend Since 2019": capitalised in a headline of title case.)
            // (Every word capitalised too: "Black Friday Deals Drive Record Traffic", "Canada Day Crowds Pack Ottawa".)
            let headline = headlineSentence(i)
            let weekend =
                bareWord(last + 1) == "weekend" && sameSentence(last, last + 1) && (!tokens[last + 1].capitalized || headline)
            if entry.bare, !weekend {
                // "before Christmas", "at Easter", not "the Christmas tree", "Easter eggs", "on Christmas Island".
                // ("ahead of Thanksgiving and Christmas": after "and" or "or" joining it to a holiday read just before.)
                let joined =
                    (word(i - 1) == "and" || word(i - 1) == "or")
                    && candidates.last.map { $0.kind == .date && $0.lastToken == i - 2 && tokens[i - 2].capitalized } == true
                guard let p = word(i - 1), sameSentence(i - 1, i), HolidayRules.barePrepositions.contains(p) || joined else { return nil }
                // ("will choose between Christmas and Hanukkah celebrations": a choice, no span.)
                if p == "between", word(i - 2).map(HolidayRules.wordsOfChoice.contains) == true { return nil }
                // (A past verb may follow the phrase: "Retail sales over Christmas rose 1.9%"; and a part of the day, "on Christmas
                // morning".)
                if let n = word(last + 1), sameSentence(last, last + 1), !SubjectRules.stopWords.contains(n),
                    !(DateRules.irregularPastVerbs.contains(n) || (DateRules.isRegularPast(n) && !DateRules.edAdjectives.contains(n))),
                    !DateRules.partsOfDay.contains(n)
                {
                    return nil
                }
            }
            // "England vs Australia Day 4", "Team Canada Day 2", "Australia Day-Night Test": a day of a match (of one to five;
            // not a count after the holiday, "On Christmas Day 300 people died", "Valentine's Day 30 million roses arrived").
            let matchDay =
                tokens.indices.contains(last + 1) && tokens[last + 1].kind == .number && year(last + 1) == nil
                && (smallInteger(last + 1, maxDigits: 1) ?? 9) <= 5 && !countedPastModifiers(after: last + 1)
                && !(word(last + 2).map { DateRules.isPastForm($0) || DateRules.pluralVerbsAfterCountSubject.contains($0) } ?? false)
            if (sameSentence(last, last + 1) && (matchDay || tightHyphen(last + 1)))
                || (word(i - 1).map { DateRules.beforeMatchDays.contains($0) } ?? false)
            {
                consume(i, last)
                return last + 1
            }
            // "the Good Friday Agreement", "Halloween Kills": a capitalised word after makes a name.
            // (Not in a headline of title case, its weekend or a plural of it: "Black Friday Deals Drive Record Traffic".)
            if let n = word(last + 1), sameSentence(last, last + 1), tokens[last + 1].capitalized, !SubjectRules.stopWords.contains(n),
                DateRules.weekdays[n] == nil, month(last + 1) == nil, !(headline && (weekend || isPlural(n)))
            {
                consume(i, last)
                return last + 1
            }
            // "The 2004 Boxing Day tsunami": the year written before.
            if let y = year(i - 1), sameSentence(i - 1, i) {
                guard let day = HolidayRules.date(holiday, in: y) else { return nil }
                return addHoliday(i - 1, last, holiday, on: day, resolved: "absolute")
            }
            var end = last
            // ("on Christmas Eve last year", "the day after Thanksgiving last year": the year right after it is the holiday's
            // own, one date, as "April 1 last year" is.)
            // ("over the Thanksgiving weekend last year": after its weekend too.)
            let yearAt = weekend ? last + 2 : last + 1
            if yearShiftNamed != nil, word(yearAt + 1) == "year", DateRules.relativeShifts[tokens[yearAt].norm] != nil { end = yearAt + 1 }
            var written: Int?
            if let (y, yearEnd) = yearAfter(last + 1, anchor: i) {
                written = y
                end = yearEnd
            }
            if let written {
                guard let day = HolidayRules.date(holiday, in: written) else { return nil }
                return addHoliday(first, end, holiday, on: day, resolved: "absolute")
            }
            guard let published else {
                if case .fixed(let m, let d) = holiday {
                    return addDate(first, end, Self.partial(m, d), Self.partial(m, d), resolved: nil)
                }
                consume(first, end)
                return end + 1
            }
            let days = ((published.year - 1)...(published.year + 1)).compactMap { HolidayRules.date(holiday, in: $0) }
            let onOrBefore = days.last { !(published < $0) }
            let onOrAfter = days.first { !($0 < published) }
            var day: CalendarDate?
            // (The sentence's past verb, for a holiday before another event's "after": `otherEvent`.)
            // (Not a past verb in the other event's own clause, after a present verb before it: "Retailers are counting on Black
            // Friday to rescue the season after sales in October fell".)
            let presentBefore = (sentenceFirst(i)..<otherAt).contains { k in
                word(k).map { ["is", "are", "am", "has", "have"].contains($0) } == true || isPresentEventVerb(k)
            }
            let pastOfOther =
                otherEvent && shift == nil && !isFutureSentence(i) && !presentBefore
                && sentenceHas(i, .pastVerb) { j in
                    word(j) != nil && !tokens[j].capitalized && (isPastVerb(j) || tokens[j].norm == "been")
                }
            switch shift {
            case .none where pastOfOther: day = onOrBefore
            case .some(-1): day = days.last { $0 < published }
            case .some(1): day = days.first { published < $0 }
            case .some(0): day = days.first { $0.year == published.year }
            case .none where yearShiftNamed != nil:
                day = days.first { $0.year == published.year + (yearShiftNamed ?? 0) }
            default:
                day = published.nearest(among: days)
                // ("the Black Friday rush", "Black Friday deals": a modifier of what is near, the nearest.)
                let modifier =
                    !weekend && (word(end + 1).map { !tokens[end + 1].capitalized && !SubjectRules.stopWords.contains($0) } ?? false)
                // ("Black Friday is approaching", "as Christmas nears": ahead.)
                let approaching = (end + 1...end + 2).contains {
                    sameSentence(end, $0) && (word($0).map { DateRules.approachingWords.contains($0) } ?? false)
                }
                // ("to Friday, New Year's Day": the holiday set off after a date is that date when it falls on it.)
                let apposed =
                    symbol(first - 1) == ","
                    ? candidates.last(where: { $0.kind == .date && $0.lastToken == first - 2 }).flatMap { c in
                        days.first { $0.description == c.date?.start }
                    } : nil
                if let apposed {
                    day = apposed
                } else if word(first - 1) == "to", deferredBefore(first - 1) {
                    // ("pushed back the launch to New Year's Day": a day it was put off to, the nearest.)
                } else if calledOffBefore(first - 1, preposition: word(first - 1)) {
                    // ("called off the parade on St Patrick's Day", "Fireworks displays for Bonfire Night have been cancelled": the
                    // day of what is called off, the nearest.)
                } else if modifier, calledOffHolidayEvent(first: first, end: end) {
                    // ("Councils have cancelled Bonfire Night displays", "scrapped its Halloween parade": a held thing of the
                    // holiday called off, the nearest.)
                } else if approaching {
                    day = onOrAfter
                } else if let p = word(first - 1), p == "by" || p == "until" || p == "till", sameSentence(first - 1, first),
                    let next = onOrAfter, next.dayNumber - published.dayNumber <= DateRules.leadUpDays
                {
                    // ("with engineers hoping to reconnect them all by Boxing Day", "if the talks had not produced a deal by New
                    // Year's Day": a deadline of a holiday close ahead is that one, whatever the tense.)
                    day = next
                } else if leadsUpTo(first), let next = onOrAfter, next.dayNumber - published.dayNumber <= DateRules.leadUpDays {
                    // ("Retail sales rose ahead of Christmas" in December: what was done before a holiday
                    // still to come, when it is close.)
                    day = next
                } else if isDateline(first) || hangsOnPastVerb(first) {
                    day = onOrBefore
                } else if modifier {
                    // ("Remembrance Day services will be held on Monday": a modifier in a sentence of what is to
                    // come is the next; in a past one the nearest, as reports follow the day closely.)
                    // (But a past report is of none still to come but a close one, its lead-up: "Diwali's firework sales
                    // fell 11%" in July is last year's; "Walmart's Black Friday adscan just went up" in November this year's.)
                    if isFutureSentence(i), !isPastSentence(i) {
                        day = onOrAfter
                    } else if isPastSentence(i), !isFutureSentence(i), let nearest = day, published < nearest,
                        nearest.dayNumber - published.dayNumber > DateRules.leadUpDays
                    {
                        day = onOrBefore
                    }
                } else {
                    // ("Ulster and Munster meet again on Boxing Day": a present verb of an event before it in a sentence of no
                    // past is ahead.)
                    // (Not in a report told in the present, "The ceasefire holds on Christmas Day, officials say".)
                    // ("said on Thursday it had closed 14 stores and would shut another six before Christmas": what was said to
                    // come, ahead, whatever was said to have been; not one gone by 45 days or fewer, which it was said before,
                    // "said it would keep its stores closed on Thanksgiving" on the day after.)
                    let wouldBeforeIt = wouldAfterSaying(before: first)
                    let justGone = onOrBefore.map { published.dayNumber - $0.dayNumber <= DateRules.reportedMonthDaysGone } ?? false
                    let said = !justGone && wouldBeforeIt
                    let past = isPastSentence(i) && !said
                    let reportedNow = sentenceHasWord(i, in: DateRules.presentSayingVerbs)
                    // (Not in a headline of title case, whose present tells of what happened: "Black Friday Shoppers Flock To Malls"
                    // on the Sunday after is the nearest.)
                    let future =
                        isFutureSentence(i) || said
                        || (!past && !reportedNow && !headline && presentEventVerb(before: first, of: i, nounsAndInfinitives: false))
                    if future != past { day = future ? onOrAfter : onOrBefore }
                    // ("said on Friday it would keep the ice rink open on Boxing Day" on 27 December: ahead of the day it was
                    // said, within half a year of it.)
                    if wouldBeforeIt, let reported = reportedDay(before: first), reported.ahead,
                        let from = CalendarDate(iso: reported.day),
                        let next = days.first(where: { !($0 < from) }), next.dayNumber - from.dayNumber <= DateRules.saidAheadDays
                    {
                        day = next
                    }
                }
            }
            // ("London markets shut on Good Friday and Easter Monday" on Easter Sunday, "booked between Christmas and New Year's
            // Day": a holiday listed right after another takes its day nearest that one's.)
            if shift == nil, yearShiftNamed == nil, yearLater == nil, let p = word(first - 1), p == "and" || p == "or",
                let before = candidates.last, before.kind == .date, before.lastToken == first - 2, tokens[first - 2].capitalized,
                // (Not a span's end, "between Good Friday and Easter Monday": `dateRange` chooses both ends' years.)
                word(before.firstToken - 1) != "between",
                let start = before.date.flatMap({ CalendarDate(iso: $0.start) }),
                // (Holidays of one season only, within ten days: not "at Easter and Christmas".)
                let near = start.nearest(among: days),
                abs(near.dayNumber - start.dayNumber) <= DateRules.listedHolidayDays
            {
                day = near
            }
            // ("Box office receipts over the Thanksgiving weekend are forecast to top $250 million" on its Friday, "Menorah
            // lightings are planned across the city for Hanukkah" on its second day: a holiday's weekend, or a holiday of several
            // days, under way is this one, whatever the tense.)
            if shift == nil, yearShiftNamed == nil, yearLater == nil, let gone = onOrBefore, weekend || HolidayRules.length(holiday) > 1,
                !((weekend ? Self.holidayWeekend(gone).end : gone.adding(days: HolidayRules.length(holiday) - 1)) < published)
            {
                day = gone
            }
            // ("Traffic peaked in the week before Christmas" on 24 December: the days before a holiday under way are this
            // year's.)
            // (Not with a year named in the sentence: "Last year traffic peaked in the week before Christmas", "In 2026, …".)
            // ("Sales jumped the weekend before Christmas" on 20 December: the weekend before it too.)
            if shift == nil, yearShiftNamed == nil, yearLater == nil, let gone = day, gone < published, let next = onOrAfter,
                let start = startOfDaysBefore(first, endingBefore: next), !(published < start), !yearToldBefore(first)
            {
                day = next
            }
            guard let day else { return nil }
            let resolved = shift == nil && end == last ? "year from published" : "relative to published"
            if weekend, end == last || end == yearAt + 1 {
                let span = Self.holidayWeekend(day)
                return addDate(first, max(end, last + 1), span.start.description, span.end.description, resolved: resolved)
            }
            return addHoliday(first, end, holiday, on: day, resolved: resolved)
        }
        return nil
    }

    /// Whether the tokens from `first` to `last` stand in a quoted title of capitalised words (and short function words) with at
    /// least one other word, within eight tokens of each quote: "'The Nightmare Before Christmas'", "'Last Christmas'".
    func insideQuotedTitle(first: Int, last: Int) -> Bool {
        let titleWord = { (k: Int) -> Bool in
            self.tokens[k].kind == .word && (self.tokens[k].capitalized || NameRules.titleFunctionWords.contains(self.tokens[k].norm))
        }
        var open = first - 1
        while open >= 0, open >= first - 8, sameSentence(open, first), titleWord(open) { open -= 1 }
        guard open >= 0, let o = symbol(open), NameRules.openingQuotes.contains(o), attached(open + 1),
            open == 0 || tokens[open].spaceBefore
        else { return false }
        var close = last + 1
        while close < tokens.count, close <= last + 8, sameSentence(last, close), titleWord(close) { close += 1 }
        guard close < tokens.count, let c = symbol(close), NameRules.closingQuotes.contains(c), attached(close),
            (close - open - 1) > (last - first + 1), !titleCaseSentence(first)
        else { return false }
        // (A work's title: one opening with an article, "'The Nightmare Before Christmas'", or named as a work near it, "'Last
        // Christmas' topped the chart"; not a slogan, "'Stay Home This Christmas'".)
        return word(open + 1).map { $0 == "the" || $0 == "a" || $0 == "an" } == true
            || (max(0, open - 4)..<min(tokens.count, close + 5)).contains { k in
                sameSentence(k, first) && (word(k).map(DateRules.namesOfWorks.contains) ?? false)
            }
    }

    /// The first day of the days told before the holiday at `first` on `next`: "the week before", "the seven days to"
    /// (`daysEnding(at:)`), "the weekend before" (its Saturday).
    private func startOfDaysBefore(_ first: Int, endingBefore next: CalendarDate) -> CalendarDate? {
        if let period = daysEnding(at: first), !period.after { return Self.days(of: period, endingOn: next).start }
        if weekendJoiner(before: first) == true { return Self.weekendSaturday(beside: next, before: true) }
        return nil
    }

    /// A holiday's date from its first day, as many days as it lasts (`HolidayRules.length`).
    private mutating func addHoliday(_ first: Int, _ last: Int, _ holiday: HolidayRules.Day, on day: CalendarDate, resolved: String)
        -> Int
    {
        addDate(first, last, day.description, day.adding(days: HolidayRules.length(holiday) - 1).description, resolved: resolved)
    }

    /// Whether the holiday at `first` follows "ahead of", "before" or "the run-up to" (lead-up,
    /// build-up, "in the days leading up to"): a time before the holiday.
    func leadsUpTo(_ first: Int) -> Bool {
        guard let p = word(first - 1), sameSentence(first - 1, first) else { return false }
        // ("a week before Easter", "the day before Christmas", "two weeks before Easter": a time counted from the
        // holiday, not the time before it; "in the days before Christmas" is.)
        if p == "before" {
            guard let unit = word(first - 2) else { return true }
            if DateRules.unitsBeforeHoliday.contains(unit) { return false }
            let counted = first >= 3 && (tokens[first - 3].kind == .number || NumberRules.units[tokens[first - 3].norm] != nil)
            return !(unit.hasSuffix("s") && DateRules.unitsBeforeHoliday.contains(String(unit.dropLast())) && counted)
        }
        // ("bookings for the Easter weekend were running behind last year": what is booked or prepared for it.)
        let forAt = p == "the" ? first - 2 : first - 1
        if word(forAt) == "for", word(forAt - 1).map(DateRules.bookingsFor.contains) == true, sameSentence(forAt - 1, first) { return true }
        guard let q = word(first - 2) else { return false }
        return (p == "of" && q == "ahead") || (p == "to" && (q == "up" || q == "run-up" || q == "lead-up" || q == "build-up"))
    }

    /// The long weekend of a holiday on `day`: Saturday to a Monday holiday ("the Labor Day weekend"),
    /// a Friday holiday to Sunday, Thursday to Sunday ("the Thanksgiving weekend"), Good Friday to Easter
    /// Monday; a holiday on another day is its own day.
    static func holidayWeekend(_ day: CalendarDate) -> (start: CalendarDate, end: CalendarDate) {
        switch day.weekday {
        case 1: (day.adding(days: -2), day)
        case 4: (day, day.adding(days: 3))
        case 5: (day, day.adding(days: 2))
        case 7: (day.adding(days: -2), day.adding(days: 1))
        default: (day, day)
        }
    }

    private mutating func addDate(_ first: Int, _ last: Int, _ start: String, _ end: String, resolved: String?) -> Int {
        // ("The clocks change on the last Sunday of October every year", "held on 4 July each year": a day of every year,
        // with none written, is no date.)
        if resolved == "year from published" || start.hasPrefix("--"), saidOfEveryYear(after: last) || saidOfEveryYear(before: first) {
            consume(first, last)
            // ("the Sunday after Thanksgiving every year": the weekday counted from it is of every year too.)
            if first >= 3, let joiner = word(first - 1), joiner == "after" || joiner == "before", word(first - 3) == "the",
                DateRules.weekdays[tokens[first - 2].norm] != nil
            {
                candidates.removeAll { $0.kind == .date && $0.firstToken == first - 2 && $0.lastToken == first - 2 }
            }
            return last + 1
        }
        add(Candidate(kind: .date, firstToken: first, lastToken: last, date: DateSpan(start: start, end: end), resolved: resolved))
        return last + 1
    }

    /// An integer token of at most `digits` digits, as written (no separators, no point).
    func smallInteger(_ k: Int, maxDigits: Int) -> Int? {
        guard k >= 0, k < tokens.count, let value = tokens[k].integer, tokens[k].end - tokens[k].start <= maxDigits else { return nil }
        return value
    }

    func year(_ k: Int) -> Int? {
        guard let y = smallInteger(k, maxDigits: 4), tokens[k].end - tokens[k].start == 4, (1000...2999).contains(y) else { return nil }
        return y
    }

    /// The year written at `k` after a day and month: ", 2020", " 2020", "nineteen seventy eight",
    /// "two thousand and eighteen"; nil when none is.
    private func yearAfter(_ k: Int, anchor: Int) -> (year: Int, last: Int)? {
        var at = k
        if symbol(at) == "," { at += 1 }
        guard sameSentence(anchor, at) else { return nil }
        if let y = year(at) { return (y, at) }
        if let (y, end) = yearInWords(at) { return (y, end) }
        return nil
    }

    /// A day written as a cardinal number word after a month or "the": "fifteen", "twenty two", "twenty-two".
    private func cardinalDay(_ k: Int) -> (Int, Int)? {
        guard let w = word(k), let v = NumberRules.units[w], v >= 1 else { return nil }
        if v >= 20, v % 10 == 0 {
            var n = k + 1
            if symbol(n) == "-", attached(n) { n += 1 }
            if let u = word(n), let uv = NumberRules.units[u], uv >= 1, uv <= 9, v + uv <= 31 { return (v + uv, n) }
        }
        return v <= 31 ? (v, k) : nil
    }

    /// A year in words: "nineteen seventy eight", "nineteen zero one", "two thousand and eighteen", "two thousand".
    private func yearInWords(_ k: Int) -> (Int, Int)? {
        guard let w = word(k), let first = NumberRules.units[w] else { return nil }
        if first == 2, word(k + 1) == "thousand" {
            var n = k + 2
            if word(n) == "and" { n += 1 }
            if let rest = twoDigitWords(n) { return (2000 + rest.0, rest.1) }
            return (2000, k + 1)
        }
        guard first >= 10, first <= 20, let rest = twoDigitWords(k + 1) else { return nil }
        return (first * 100 + rest.0, rest.1)
    }

    /// "seventy eight", "zero one", "eighteen", "oh five": two digits in words.
    private func twoDigitWords(_ k: Int) -> (Int, Int)? {
        guard let w = word(k) else { return nil }
        if w == "zero" || w == "oh" || w == "nought", let u = word(k + 1), let v = NumberRules.units[u], v < 10 { return (v, k + 1) }
        guard let v = NumberRules.units[w] else { return nil }
        if v >= 20, v % 10 == 0 {
            var n = k + 1
            if symbol(n) == "-", attached(n) { n += 1 }
            if let u = word(n), let uv = NumberRules.units[u], uv >= 1, uv <= 9 { return (v + uv, n) }
        }
        return v < 100 ? (v, k) : nil
    }

    /// A day number with an optional ordinal suffix: "5", "5th". Returns the day and its last token.
    private func day(_ k: Int) -> (Int, Int)? {
        // "first", "twenty-first", "twenty second".
        if let w = word(k) {
            if let d = DateRules.ordinalDays[w] { return (d, k) }
            if let tens = DateRules.ordinalTens[w] {
                var n = k + 1
                if symbol(n) == "-", attached(n) { n += 1 }
                if let u = word(n), let unit = DateRules.ordinalDays[u], unit < 10, n == k + 1 || attached(n) || tokens[n].spaceBefore {
                    return (tens + unit, n)
                }
                if let d = DateRules.ordinalTensExact[w] { return (d, k) }
            }
            return nil
        }
        guard let d = smallInteger(k, maxDigits: 2), (1...31).contains(d) else { return nil }
        // "10:30 Aug. 9": minutes (or the second half of a ratio, "3:1") are no day.
        if symbol(k - 1) == ":", attached(k), attached(k - 1), k > 1, tokens[k - 2].kind == .number { return nil }
        if attached(k + 1), let w = word(k + 1), NumberRules.ordinalSuffixes.contains(w) { return (d, k + 1) }
        if attached(k + 1), word(k + 1) != nil { return nil }
        return (d, k)
    }

    /// The number ending at `k` is a time of day: "6:30", "6 p.m.", "6pm", "6 o'clock" ("from 10:30
    /// p.m. Aug. 9 to 6:30 a.m." is no range of days).
    private func isTimeOfDay(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].kind == .number else { return false }
        if symbol(k + 1) == ":", attached(k + 1), attached(k + 2), k + 2 < tokens.count, tokens[k + 2].kind == .number { return true }
        return meridiemFollows(k)
    }

    private func month(_ k: Int) -> Int? {
        guard let w = word(k), let m = DateRules.months[w] else { return nil }
        // "the May bank holiday" is one day, read by the holiday rules.
        if word(k + 1) == "bank", word(k + 2) == "holiday" || word(k + 2) == "holidays", word(k - 1) != "late" { return nil }
        // "April Fools' Day" is one day too.
        if m == 4, let n = word(k + 1), n.hasPrefix("fool") { return nil }
        return m
    }

    /// Whether a month word at `k` is really a month ("May" the verb, "march" the noun are not).
    private func monthIsCalendar(_ k: Int, followedByDateParts: Bool) -> Bool {
        guard let w = word(k) else { return false }
        let abbreviated = w.count <= 4 && w != "may" && w != "june" && w != "july"
        if abbreviated || DateRules.ambiguousMonths.contains(w) {
            // "monday, jan twenty two": a weekday before the month vouches for it.
            guard tokens[k].capitalized || (followedByDateParts && weekdayPrefix(before: k, last: k) != nil) else { return false }
        }
        if followedByDateParts { return true }
        if DateRules.ambiguousMonths.contains(w) || abbreviated {
            return word(k - 1).map { DateRules.datePrepositions.contains($0) } ?? false
        }
        return true
    }

    private static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        CalendarDate.pad(y, 4) + "-" + CalendarDate.pad(m, 2) + "-" + CalendarDate.pad(d, 2)
    }

    private static func partial(_ m: Int, _ d: Int) -> String { "--" + CalendarDate.pad(m, 2) + "-" + CalendarDate.pad(d, 2) }

    /// The year of a date written without one: the nearest to the published day, unless the sentence
    /// of token `tense` states one tense only and it puts the date on the other side of that day
    /// ("grew in March" is the March before, "will open in October" the October after). A sentence
    /// with both ("told investors on Oct. 31 that he will…") keeps the nearest. `wholeMonth`: the
    /// date is a month, which the published day may fall in (then that month it is).
    private func yearNear(month m: Int, day d: Int, weekday: Int? = nil, tense: Int? = nil, wholeMonth: Bool = false) -> Int? {
        // "Saturday 4 January": the year where the day is that weekday (within a year of the published day);
        // but a past verb the date hangs on keeps it on or before the published day ("was held on Saturday 4
        // January" is not next January's).
        if let weekday {
            let byTense = yearNear(month: m, day: d, tense: tense, wholeMonth: wholeMonth)
            guard let published, let y = byTense, CalendarDate(year: y, month: m, day: d)?.weekday != weekday,
                let n = nearestYear(month: m, day: d, weekday: weekday), let candidate = CalendarDate(year: n, month: m, day: d),
                candidate.weekday == weekday
            else { return byTense }
            // Only the date's own verb outweighs its weekday ("was held on Saturday 4 January"); a tense
            // elsewhere in the sentence does not ("Tickets for the final, on Saturday 18 May, went on sale").
            let past = tense.map { isDateline($0) || hangsOnPastVerb($0) } ?? false
            if past && published < candidate { return y }
            return n
        }
        let nearest = nearestYear(month: m, day: d)
        guard let y = nearest, let published, weekday == nil, let tense, !(m == 2 && d == 29),
            !(wholeMonth && published.year == y && published.month == m),
            let first = CalendarDate(year: y, month: m, day: wholeMonth ? 1 : d),
            let last = CalendarDate(year: y, month: m, day: wholeMonth ? CalendarDate.daysIn(month: m, year: y) : d)
        else { return nearest }
        // A dateline ("WASHINGTON, March 3 (Reuters) -") and a date hung on a past verb ("Navalny, who
        // died on Feb. 16, will be buried …") are on or before the published day, whatever the sentence.
        // (A reduced clause's participle right before its day too, in a sentence of the past.)
        let pastSentence = isPastSentence(tense) && !isFutureSentence(tense)
        if isDateline(tense) || hangsOnPastVerb(tense, reducedClauses: pastSentence) || datesAnIncident(tense) {
            return first > published ? y - 1 : y
        }
        // ("Results of the election, held on June 18, will be certified" on 1 July, "The concert, held on October 12, will be
        // broadcast next month" in January, "The festival, held on July 4, will feature 40 bands" in January: in a sentence
        // not of the past, the nearest such day.)
        if hangsOnPastVerb(tense, reducedClauses: true) { return y }
        // ("The judge said he would deliver his ruling on October 9": what was said to come is ahead, unless just gone by
        // `DateRules.reportedMonthDaysGone` days, "The ministry said schools would reopen on June 8" on 22 June.)
        if wouldAfterSaying(before: tense), !isFutureSentence(tense) {
            guard last < published else { return y }
            let gone = first > published ? CalendarDate(year: y - 1, month: m, day: wholeMonth ? 1 : d) : first
            return gone.map { published.dayNumber - $0.dayNumber <= DateRules.reportedMonthDaysGone } == true ? y : y + 1
        }
        // "have fallen 20% since April": a start already past; "remanded until March 28", "closed until May": an end
        // a past verb says nothing of, the nearest.
        // ("have until midnight on January 31": a time of day between "until" and its day.)
        let untilTime = word(tense - 1) == "on" && word(tense - 2).map { ["midnight", "noon", "midday"].contains($0) } == true
        let preposition =
            untilTime
            ? word(tense - 3)
            : word(tense - 1) == "early" || word(tense - 1) == "late" || word(tense - 1) == "mid" ? word(tense - 2) : word(tense - 1)
        if preposition == "since" || sinceEventIn(tense) { return first > published ? y - 1 : y }
        // "adjourned the hearing to July 12", "postponed to March 20": a day it was put off to, the nearest.
        // ("The hearing was rescheduled for December 14": put off to it, "for" as well as "to"; "The election, originally set
        // for April 11, has been rescheduled": the day a thing called off or moved was set for, the nearest too.)
        if preposition == "to" || preposition == "for", deferredBefore(tense - 1) { return y }
        // ("has cancelled sailings on Dec 28–30", "called off the parade on March 17": what is called off is dated, the
        // nearest; not "called on Friday", "called for talks on March 3".)
        if calledOffBefore(tense - 1, preposition: preposition) { return y }
        // ("INEC has fixed the governorship election in Ekiti for 17 June", "The matter was fixed for mention on 20 March": a day
        // a thing was set for, the nearest; "The vote is set for 15 October": one it is set for, ahead.)
        // (In a past sentence that tells what then happened, the day gone: "The case was fixed for 9 January but the judge was
        // absent".)
        if setForBefore(tense) {
            guard pastSentence else { return last < published ? y + 1 : y }
            // (Not a present perfect: "The launch, set for June 3, has been scrubbed" is the day ahead.)
            let happened = (tense + 1..<min(tokens.count, tense + 14)).contains { k in
                sameSentence(k, tense) && word(k) != nil && !tokens[k].capitalized && isPastVerb(k)
                    && !(word(k - 1).map { ["has", "have", "been", "had"].contains($0) } ?? false)
            }
            return happened ? (first > published ? y - 1 : y) : y
        }
        // (Unless the verb before "until" is past, "ran until March 28 last year", or the sentence is of what is to
        // come, "will stay in post until March 28"; "The sales, which started on Boxing Day, run until 5 January".)
        let untilAt = untilTime ? tense - 3 : tense - 1
        if preposition == "until" || preposition == "till",
            deferredBefore(untilAt) || (!isFutureSentence(tense) && untilAt >= 1 && word(untilAt - 1) != nil && !isPastVerb(untilAt - 1))
        {
            // ("The fuel tax holiday runs until March", "The road is closed until May": in a sentence of no past, an end
            // still ahead.)
            // (A present verb of lasting or a present "be" just before it: not "Data covering the months until March show".)
            let lasting = (max(0, untilAt - 3)..<untilAt).contains { j in
                sameSentence(j, untilAt) && !tokens[j].capitalized
                    && (word(j).map { DateRules.presentLasting.contains($0) || DateRules.presentBe.contains($0) } ?? false)
            }
            if lasting, !deferredBefore(untilAt), !isPastSentence(tense) { return last < published ? y + 1 : y }
            return y
        }
        // "voted on Friday to legalise cannabis from April 1", "agreed last week to hold talks on April 20": what a past
        // decision's infinitive dates comes after the decision, now or ahead; the nearest.
        // (A month alone may date the decision: "prosecutors decided to reopen the investigation in May".)
        // (After a decision the sentence dates, the first such day after it: "In January the club agreed to sign him on
        // February 1" is that February.)
        if !wholeMonth, decidedBefore(tense) {
            if let decided = candidates.last(where: { $0.kind == .date && $0.lastToken < tense && sameSentence($0.firstToken, tense) }),
                let start = decided.date.flatMap({ CalendarDate(iso: $0.start) }),
                let next = (start.year...(start.year + 1)).first(where: { yy in
                    CalendarDate(year: yy, month: m, day: d).map { $0 >= start } ?? false
                })
            {
                return next
            }
            return y
        }
        // ("The rule, which had been set to take effect on Dec. 1, was blocked", "The plant was due to open on March 3": what a
        // past "be" said was to come may be ahead or gone, the nearest.)
        if !wholeMonth, pastIntentBefore(tense) { return y }
        // ("The stadium is due to open in December"; not "Investors await the January figures".)
        // ("The law comes into force in October", "Americans vote in November": a present verb of an event, in a
        // sentence with no past verb, is of what is to come, as for weekdays.)
        // ("the strike, which begins on January 9": a present event verb of a relative clause the date hangs on.)
        let relativeEvent =
            (word(tense - 1) == "on" || word(tense - 1) == "in") && word(tense - 2).map { DateRules.presentEventVerbs.contains($0) } == true
            && word(tense - 3).map { DateRules.relativeWords.contains($0) } == true
        let future =
            isFutureSentence(tense) || intentAhead(before: tense, toOnly: true) || relativeEvent
            || (!isPastSentence(tense)
                && presentEventVerbInClause(before: tense, of: tense, prose: word(tense - 1) == "on" || word(tense - 1) == "from"))
        guard future != isPastSentence(tense) else { return y }
        if future, last < published, reportedOrModifierJustGone(tense, last: last, wholeMonth: wholeMonth) { return y }
        if future { return last < published ? y + 1 : y }
        // ("Tickets for the Dec 3–5 festival went on sale on Saturday": a day modifying a noun after a determiner, close ahead,
        // is that one whatever the sentence's past, which is another thing's.)
        if !wholeMonth, published < first, first.dayNumber - published.dayNumber <= DateRules.leadUpDays, modifiesNoun(tense) {
            return y
        }
        return first > published ? y - 1 : y
    }

    /// Whether the date from `first` (a month, days, dashes) modifies a lower-case noun after a determiner or a possessive,
    /// in a phrase of what is ahead of it, "Tickets for the Dec 3–5 festival", "ahead of the March 3 vote", "in the run-up to
    /// Labour's March 3 rally" (`DateRules.leadsToEventsAhead`), or in a sentence that moves, calls or calls off what it
    /// names, "The council postponed its March 3 vote", "The March 10 strike was called off" (`DateRules.schedulingVerbs`);
    /// not the past's own event, "The March 3 vote was won by Labour", nor after another preposition, "collapsed a week
    /// before the April 9 deadline", "at the March 8 protest".
    private func modifiesNoun(_ first: Int) -> Bool {
        guard determinerOrPossessive(first - 1) else { return false }
        let lead = word(first - 2).flatMap { DateRules.leadsToEventsAhead[$0] }
        guard
            lead.map({ $0.words.isEmpty || word(first - 3).map($0.contains) == true }) == true
                || (!(word(first - 2).map(DateRules.otherEventLeads.contains) ?? false)
                    && sentenceHasWord(first, in: DateRules.schedulingVerbs))
        else { return false }
        var k = first
        while k < tokens.count, k < first + 6, sameSentence(first, k),
            tokens[k].kind == .number || month(k) != nil || symbol(k).map(DateRules.rangeJoiners.contains) == true
        {
            k += 1
        }
        guard k > first, let noun = word(k), sameSentence(first, k), !tokens[k].capitalized else { return false }
        return !SubjectRules.stopWords.contains(noun) && !DateRules.clauseOpeners.contains(noun)
    }

    /// Whether a date without a year at `tense`, just gone, is of what is already past in a sentence of what is to come: a
    /// month of figures to be reported, gone by `DateRules.reportedMonthDaysGone` days or fewer ("The jobs report for June
    /// will be released on Friday", "will publish its June sales figures"), or a day modifying a noun after a determiner,
    /// gone by `DateRules.modifierDaysGone` days or fewer ("The Senate returns from its July 4 recess next week").
    private func reportedOrModifierJustGone(_ tense: Int, last: CalendarDate, wholeMonth: Bool) -> Bool {
        guard let published,
            published.dayNumber - last.dayNumber <= (wholeMonth ? DateRules.reportedMonthDaysGone : DateRules.modifierDaysGone)
        else { return false }
        var end = tense
        while end + 1 < tokens.count, sameSentence(end + 1, tense), tokens[end + 1].kind == .number {
            end += 1
        }
        if wholeMonth {
            // ("report for June", "figures for June"; "June figures", "its June jobs report".)
            let before = word(tense - 1) == "for" && word(tense - 2).map { DateRules.resultWords.contains($0) } == true
            let after = (end + 1...end + 2).contains {
                sameSentence($0, tense) && (word($0).map { DateRules.resultWords.contains($0) } ?? false)
            }
            return before || after
        }
        guard let next = word(end + 1), sameSentence(end + 1, tense), !tokens[end + 1].capitalized, !DateRules.clauseOpeners.contains(next),
            !SubjectRules.stopWords.contains(next)
        else { return false }
        return determinerOrPossessive(tense - 1)
    }

    /// Whether the sentence of token `i` has a past-tense verb: one of `DateRules.irregularPastVerbs`,
    /// or a lower-case word in "-ed" that is not one of `DateRules.edAdjectives`, ends no hyphenated
    /// compound ("Paris-based") and follows no article, adverb or present "is".
    private func isPastSentence(_ i: Int) -> Bool {
        if sentenceTense(i).past { return true }
        // A verb of saying dates only what stands close to it ("announced in March"); elsewhere it
        // frames the sentence ("The festival returns in March, organisers said"): up to three tokens
        // before the date ("told investors on Oct. 31") or right after it, not passive or infinitive.
        return (i - 3...i + 1).contains { k in
            k != i && sameSentence(k, i) && !tokens[k].capitalized
                && (word(k).map { DateRules.pastReportingVerbs.contains($0) } ?? false)
                && !(word(k - 1).map { DateRules.beforeNonFinite.contains($0) } ?? false)
        }
    }

    /// Whether a past verb stands just before the date at `first`, over at most two of
    /// `DateRules.beforeHungDate` ("who died on Feb. 16", "was founded in March").
    private func hangsOnPastVerb(_ first: Int, reducedClauses: Bool = true) -> Bool {
        var k = first - 1
        var skipped = 0
        while skipped < 2, let w = word(k), DateRules.beforeHungDate.contains(w), sameSentence(k, first) {
            k -= 1
            skipped += 1
        }
        // "another announced by MOTIE in March", "a law passed by Congress in June": a participle and its
        // agent's name; the participle dates what was done.
        // ("approved by the Treasury in March", "set by Treasury officials in March": a determiner and lower-case nouns too, up
        // to four words; and "set", whose participle has its agent.)
        var agent = k
        while agent > k - 4, agent > 1, let a = word(agent), a != "by", sameSentence(agent, first),
            tokens[agent].capitalized || DateRules.determiners.contains(a)
                || (!SubjectRules.stopWords.contains(a) && !DateRules.isPastForm(a))
        {
            agent -= 1
        }
        if agent < k, word(agent) == "by", agent > 0, let p = word(agent - 1), !tokens[agent - 1].capitalized,
            DateRules.isPastForm(p) || (p == "set" && !setForAMonthAhead(first)),
            !DateRules.aheadParticiples.contains(p) || p == "set",
            // (Not "will be signed by Biden in March", "The rules are set by the Treasury in March".)
            !(word(agent - 2).map { $0 == "be" || DateRules.presentBe.contains($0) } ?? false)
        {
            return true
        }
        guard k >= 0, sameSentence(k, first), let w = word(k), !tokens[k].capitalized else { return false }
        // ("She will return in March, having left in January": a participle after "having" dates what was done.)
        if k >= 1, word(k - 1) == "having", DateRules.isPastForm(w) || DateRules.pastOrParticiple.contains(w) { return true }
        // ("The results, expected in May, will show", "the event scheduled on March 20"; "The ban will be
        // lifted and replaced in April": a participle after "and" in a future sentence.)
        if DateRules.aheadParticiples.contains(w) || DateRules.futureMarkers.contains(w) { return false }
        if word(k - 1) == "and" || word(k - 1) == "or", isFutureSentence(first) { return false }
        // ("Results of the election, held on June 18, will be certified", "The painting, sold on June 3, will go on display": a
        // reduced clause's participle right before its date dates what was done; not "The festival, held every year in July".)
        if symbol(k - 1) == ",", DateRules.pastOrParticiple.contains(w) {
            return reducedClauses
        }
        return isPastVerb(k)
    }

    /// Whether "for" stands up to six tokens before the date at `first`, in its clause, after a verb of setting a day
    /// (`DateRules.scheduledFor`, `DateRules.fixingVerbs`) up to eight tokens before it: "fixed the governorship election in
    /// Ekiti for 17 June", "was fixed for mention on 20 March".
    func setForBefore(_ first: Int) -> Bool {
        guard
            let f = (max(0, first - 6)..<first).last(where: { k in
                // (Words only between: not a span's "for", "set ooo for 2 weeks starting May 20th".)
                word(k) == "for" && sameSentence(k, first) && (k + 1..<first).allSatisfy { tokens[$0].kind == .word }
            })
        else { return false }
        return (max(0, f - 8)..<f).contains { k in
            sameSentence(k, f) && !tokens[k].capitalized
                && (word(k).map { DateRules.scheduledFor.contains($0) || DateRules.fixingVerbs.contains($0) } ?? false)
                && !(k + 1..<f).contains { symbol($0) == "," || symbol($0) == ";" }
        }
    }

    /// Whether a verb of saying and then "would" (not "would have") stand before the day at `first`, in its sentence, the
    /// day of what was said to come: "Organisers said the match would be played on Saturday", "said a depression would
    /// intensify into a cyclonic storm by Thursday night".
    func wouldAfterSaying(before first: Int) -> Bool {
        guard
            let w = (max(0, first - 12)..<first).last(where: { k in
                word(k) == "would" && sameSentence(k, first) && word(k + 1) != "have" && !(word(k + 1) == "not" && word(k + 2) == "have")
            })
        else { return false }
        // ("said the storm, which made landfall near Cedar Key on Saturday night, would weaken over Georgia on Tuesday": over a
        // relative clause set off by commas.)
        // ("said its new production of Macbeth, first staged in 1847, would open on November 18": or a participle's, perhaps after
        // an adverb.)
        // ("said on Thursday it had closed 14 stores in September and would shut another six": over the figures read between.)
        var reach = 10 + (max(0, w - 16)..<w).count { consumed[$0] && sameSentence($0, w) }
        let participleAt = { (k: Int) -> Bool in
            self.word(k).map { DateRules.pastOrParticiple.contains($0) } == true || (self.word(k) != nil && self.isPastVerb(k))
        }
        if symbol(w - 1) == ",",
            let open = (max(0, w - 25)..<(w - 1)).last(where: { k in
                symbol(k) == "," && sameSentence(k, w)
                    && (word(k + 1) == "which" || word(k + 1) == "who" || participleAt(k + 1)
                        || (word(k + 1).map { $0 == "first" || $0.hasSuffix("ly") } == true && participleAt(k + 2)))
            })
        {
            reach += w - open
        }
        // ("said on Friday in a flash estimate, adding that it would publish the figures on February 16": a participle of saying
        // too.)
        let saying = { (k: Int) -> Bool in
            self.sameSentence(k, w) && !self.tokens[k].capitalized
                && (self.word(k).map {
                    DateRules.pastReportingVerbs.contains($0) || DateRules.sayingVerbs.contains($0)
                        || DateRules.sayingParticiples.contains($0)
                } ?? false)
        }
        if (max(0, w - reach)..<w).contains(where: saying) { return true }
        // (Further back when "that" opens what was said: "said on Friday that sales rose 2% and that it would report results on
        // 14 March", "told reporters on Sunday that voters would go to the polls in July and that parliament would be dissolved
        // on Thursday"; up to 30 tokens and no semicolon between.)
        guard !(max(0, w - 30)..<w).contains(where: { symbol($0) == ";" }) else { return false }
        // (Or "and that" just before it: "said like-for-like sales rose 2% in the six weeks to Christmas Eve and that it would".)
        let andThat = (max(1, w - 4)..<max(1, w)).contains { word($0) == "that" && word($0 - 1) == "and" && sameSentence($0, w) }
        return (max(0, w - 30)..<w).contains { k in
            saying(k) && (andThat || (k + 1..<min(k + 7, w)).contains { word($0) == "that" && sameSentence($0, w) })
        }
    }

    /// Whether the date starting at `d` follows "on" after an incident looked into (`DateRules.incidentNouns`), over a
    /// place: "about a burglary in Hove on December 28", "witnesses to a crash on the A38 on Tuesday", "into the fatal fire on
    /// Monday". Such a day is gone, whatever the sentence's tense, unless "will" or "shall" tells of what is done about it
    /// ("The committee will hear evidence about the accident on June 18").
    func datesAnIncident(_ d: Int) -> Bool {
        guard word(d - 1) == "on" else { return false }
        var k = d - 2
        // (Over a place: "in Hove", "at Kings Cross", a road's name with its number, "on the A38"; not "on Crimewatch".)
        // (Two places too: "a hit-and-run on the N7 near Naas".)
        for _ in 0..<2 {
            var place = k
            // (A road's number written against its letter is part of it: "the N7", "the M1".)
            while place > k - 3, place >= 1,
                tokens[place].capitalized || (tokens[place].kind == .number && attached(place) && tokens[place - 1].capitalized)
            {
                place -= 1
            }
            if place < k, word(place) == "the" { place -= 1 }
            guard place < k, let p = word(place),
                ["in", "at", "near"].contains(p) || (p == "on" && text(place + 1, k).contains(where: \.isNumber))
            else { break }
            k = place - 1
        }
        // (A noun of words joined by hyphens: "a hit-and-run", "a break-in".)
        var compound = k
        while compound >= 2, tightHyphen(compound - 1), word(compound - 2) != nil { compound -= 2 }
        guard k >= 0, sameSentence(k, d), word(k) != nil, DateRules.incidentNouns.contains(text(compound, k).lowercased()),
            !tokens[compound].capitalized
        else {
            return false
        }
        k = compound
        // (A determiner, over one adjective: "a burglary", "the fatal fire".)
        var det = k - 1
        if let w = word(det), !DateRules.determiners.contains(w), !w.hasSuffix("'s") { det -= 1 }
        guard let w = word(det), DateRules.determiners.contains(w) || w.hasSuffix("'s"), sameSentence(det, d) else { return false }
        // (Or "of" after what tells of it: "footage of the incident", "reports of a stabbing".)
        let lead =
            word(det - 1).map(DateRules.incidentLeads.contains) == true
            || (word(det - 1) == "of" && word(det - 2).map(DateRules.accountsOfIncidents.contains) == true)
        guard lead,
            !(max(0, det - 12)..<det).contains(where: { sameSentence($0, d) && (word($0) == "will" || word($0) == "shall") })
        else { return false }
        // (A word of looking into it up to ten words before: "want to speak to a man about", "witnesses to".)
        return (max(0, det - 10)..<det - 1).contains { j in
            sameSentence(j, d) && (word(j).map { DateRules.inquiryWords.contains($0) } ?? false)
        }
    }

    /// Whether "on" at `first` ends an event after "after" or "following" that a past verb goes before, over a determiner or a
    /// possessive and up to five words: "Djokovic said after his fourth-round defeat on Sunday" is the Sunday gone, whatever a
    /// quote before it tells of what is to come.
    func eventAfterPastVerb(_ first: Int) -> Bool {
        guard word(first) == "on" else { return false }
        var k = first - 1
        var words = 0
        while k >= 0, words < 6, sameSentence(k, first) {
            // ("his fourth-round defeat": over a tight hyphen.)
            if tightHyphen(k) {
                k -= 1
                continue
            }
            guard let w = word(k), !tokens[k].capitalized, !DateRules.determiners.contains(w), !w.hasSuffix("'s") else { break }
            words += 1
            k -= 1
        }
        guard words > 0, k >= 2, let w = word(k), DateRules.determiners.contains(w) || w.hasSuffix("'s"),
            let lead = word(k - 1), lead == "after" || lead == "following", !tokens[k - 2].capitalized, word(k - 2) != nil
        else { return false }
        return isPastVerb(k - 2) || DateRules.pastReportingVerbs.contains(tokens[k - 2].norm)
    }

    /// Whether the date at `first` opens a dateline: a capitalised place and a comma first in its
    /// paragraph before it, a dash (after an agency in brackets or not) after it: "WASHINGTON, March 3
    /// (Reuters) -", "LONDON, Nov 5 —".
    private func isDateline(_ first: Int) -> Bool {
        guard symbol(first - 1) == "," else { return false }
        var k = first - 2
        while k > 0, tokens[k].kind == .word, tokens[k].capitalized, !tokens[k].newlineBefore, first - k < 5 { k -= 1 }
        guard k >= 0, tokens[k].kind == .word, tokens[k].capitalized, k == 0 || tokens[k].newlineBefore else { return false }
        var e = first + 1
        while e < tokens.count, e < first + 5, tokens[e].kind != .symbol || tokens[e].norm == "." { e += 1 }
        if symbol(e) == "(" {
            while e < tokens.count, e < first + 12, symbol(e) != ")" { e += 1 }
            e += 1
        }
        return symbol(e).map { ["-", "–", "—", "--"].contains($0) } ?? false
    }

    /// Whether "of" at `k` is followed by a month in its sentence that no capitalised word after it makes a name's: "the
    /// first half of March" (not "The first half of March Madness").
    private func monthAfterOf(_ k: Int) -> Bool {
        word(k) == "of" && month(k + 1) != nil && sameSentence(k, k + 1)
            && !(k + 2 < tokens.count && tokens[k + 2].kind == .word && tokens[k + 2].capitalized && sameSentence(k, k + 2))
    }

    /// Whether the date at `first` ("in June", "June") is a month at most five months ahead of the published one in a sentence
    /// of what is to come, which "set by" an agent does not date as gone: "The exam, set by the board in June, will be marked
    /// in July" on 1 May (not "The rules set by the Treasury in March will be reviewed" in June).
    private func setForAMonthAhead(_ first: Int) -> Bool {
        guard let published, isFutureSentence(first), let m = month(first) ?? month(first + 1) else { return false }
        return (1...5).contains((m - published.month + 12) % 12)
    }

    /// Where a clause of another event opens after `i` in its sentence, within twelve tokens: at a word of
    /// `DateRules.otherEventOpeners` ("from Friday to Sunday, after flash floods closed roads", "…, although roads reopened").
    func clauseOfOtherEvent(after i: Int) -> Int? {
        (i + 1..<min(tokens.count, i + 12)).first { k in
            sameSentence(k, i) && !tokens[k].capitalized && (word(k).map(DateRules.otherEventOpeners.contains) ?? false)
        }
    }

    /// Whether the verb at `k` whose past is its base form (`DateRules.unchangedPasts`) is a past after a singular noun, its
    /// present being in "-s": "Air travel hit a record in November", "Inflation hit 5% in March", "Tesla cut prices in May",
    /// "The chief executive quit in February". An object follows (`objectFollows`), unless the verb is seldom a noun
    /// (`DateRules.unchangedPastsNeverNouns`): not a noun's, "a rate cut in June", "Power cut on Friday". Not "set", which
    /// schedules what is ahead as often ("The union set a Friday deadline"), nor a bare infinitive or a condition's verb
    /// ("could see inflation hit 4% in October", "would let Britain quit the treaty", "If inflation hit 5% in March").
    private func baseFormPastAfterNoun(_ k: Int) -> Bool {
        let w = tokens[k].norm
        guard DateRules.unchangedPasts.contains(w), !DateRules.pastsThatSchedule.contains(w), k > 0, !tokens[k].capitalized,
            let p = word(k - 1), sameSentence(k - 1, k), Self.singularNounBeforeVerb(p),
            DateRules.unchangedPastsNeverNouns.contains(w) || objectFollows(k)
        else { return false }
        var j = k - 2
        while j >= k - 4, j >= 0, sameSentence(j, k), let b = word(j) {
            if DateRules.beforeNonFinite.contains(b) || DateRules.bareInfinitiveLeads.contains(b) { return false }
            j -= 1
        }
        return true
    }

    /// Whether `p` may be a singular noun before its verb: no "-s", "-men" or "-ly" word, no pronoun, determiner, modal,
    /// adverb of how often ("often shut"), day ("on Friday set") or verb of being ("stay shut").
    private static func singularNounBeforeVerb(_ p: String) -> Bool {
        !p.hasSuffix("s") && !p.hasSuffix("men") && !p.hasSuffix("ly") && !p.contains("'") && !SubjectRules.stopWords.contains(p)
            && !DateRules.determiners.contains(p) && !DateRules.beforeNonFinite.contains(p) && !SubjectRules.irregularPlurals.contains(p)
            && !ChangeRules.auxiliaries.contains(p) && !DateRules.subjectPronouns.contains(p)
            && !DateRules.wordsKeepingBaseFormsPresent.contains(p) && !DateRules.linkingVerbs.contains(p)
            && DateRules.weekdays[p] == nil && DateRules.months[p] == nil && DateRules.relativeDays[p] == nil
    }

    /// Whether a verb's object starts right after `k`: a number or a currency sign ("hit 5%", "cut $2bn"), a determiner or an
    /// object pronoun ("hit a record", "hurt them"), a lower-case plural ("cut prices") or a name ("hit China").
    private func objectFollows(_ k: Int) -> Bool {
        guard k + 1 < tokens.count, sameSentence(k, k + 1) else { return false }
        let next = tokens[k + 1]
        if next.kind == .number { return true }
        if next.kind == .symbol { return currencySign(k + 1) }
        let o = next.norm
        return DateRules.determiners.contains(o) || SubjectRules.objectPronouns.contains(o)
            || (isPlural(o) && !next.capitalized && !SubjectRules.stopWords.contains(o))
            || (next.capitalized && DateRules.months[o] == nil && DateRules.weekdays[o] == nil)
    }

    /// Whether the lower-case word at `k` is a past-tense verb (`isPastSentence`).
    func isPastVerb(_ k: Int) -> Bool {
        let w = tokens[k].norm
        if DateRules.irregularPastVerbs.contains(w) { return true }
        // ("the record she set in August", "he hit a six": a verb whose past is its base form, after "he", "she" or "it",
        // is past, its present being "sets", "hits".)
        if DateRules.unchangedPasts.contains(w), k > 0, let p = word(k - 1), p == "he" || p == "she" || p == "it" { return true }
        if baseFormPastAfterNoun(k) { return true }
        // "won the election", not Korea's currency ("5 billion won", "the South Korean won"); and, like the
        // past tenses that are also participles, not in a relative or reduced clause ("The side that won the
        // league faces relegation", "The festival, held every year in July, draws").
        if w == "won" || DateRules.pastOrParticiple.contains(w) {
            guard k > 0, tokens[k - 1].kind == .word, !DateRules.relativeWords.contains(tokens[k - 1].norm) else { return false }
            if w == "won" && (NumberRules.scaleWords[tokens[k - 1].norm] != nil || ["the", "korean", "a"].contains(tokens[k - 1].norm)) {
                return false
            }
            // ("Cars sold in the EU must", "built before 1919", "made by Pfizer": a participle before its phrase;
            // not after "was", "had": "was held on Saturday".)
            if let next = word(k + 1), DateRules.afterParticiple.contains(next), !DateRules.finiteBefore.contains(tokens[k - 1].norm) {
                return false
            }
            if w == "won" { return true }
        }
        // (", followed by Broadcom on Thursday": an order of things, no tense.)
        if w == "followed", symbol(k - 1) == ",", word(k + 1) == "by" { return false }
        if DateRules.isRegularPast(w), reducedAfterPrepositionalObject(k) { return false }
        // ", priced at €1,999", ", valued at $3 billion": a regular participle of an amount opening a reduced clause
        // after a comma (not ", arrested at his home on Monday").
        if symbol(k - 1) == ",", DateRules.isRegularPast(w), word(k + 1) == "at", k + 2 < tokens.count,
            tokens[k + 2].kind == .number || (tokens[k + 2].kind == .symbol && attached(k + 3))
        {
            return false
        }
        // Not an adjective: after an article or an adverb ("a respected trainer", "highly rated").
        // Nor a participle after a present "is": "is closed", "are owned", "be sold", "is already sold out".
        var before = k - 1
        if let w = word(before), DateRules.adverbsAfterBe.contains(w), let b = word(before - 1), DateRules.beVerbs.contains(b) {
            before -= 1
        }
        // (Nor after a preposition before its noun: "tariffs on imported steel take effect", "Fares for reserved seats rise".)
        let beforeNoun =
            word(before).map { DateRules.prepositionsBeforeAdjectives.contains($0) } == true && k + 1 < tokens.count
            && tokens[k + 1].kind == .word && !tokens[k + 1].capitalized && !SubjectRules.stopWords.contains(tokens[k + 1].norm)
        // (Nor after a possessive: "Kew Gardens' illuminated trail", "the council's revised plan".)
        let possessed =
            (symbol(before).map { ($0 == "'" || $0 == "’") && attached(before) } ?? false)
            || (word(before).map { $0.hasSuffix("'s") || $0.hasSuffix("’s") } ?? false)
        let modifies =
            beforeNoun || possessed
            || word(before).map {
                ["a", "an", "the", "is", "are", "am", "be", "being", "it's"].contains($0) || $0.hasSuffix("ly")
                    || DateRules.linkingVerbs.contains($0)
            } ?? false
        return (DateRules.isRegularPast(w) || DateRules.pastOrParticiple.contains(w)) && !(attached(k) && symbol(k - 1) == "-") && !modifies
            && !afterWith(k)
    }

    /// Whether the regular past at `k` is a participle of a reduced clause after a preposition's noun, before a preposition of
    /// its own, in a clause whose modal, "be" or "to" stands before that preposition: "could not guarantee delivery for ground
    /// parcels shipped after Dec. 14" (not "Talks on the deal collapsed on Monday", whose verb it is).
    private func reducedAfterPrepositionalObject(_ k: Int) -> Bool {
        guard let next = word(k + 1), DateRules.afterParticiple.contains(next), sameSentence(k, k + 1) else { return false }
        var p = k - 1
        var nouns = 0
        while p >= 0, p >= k - 4, let w = word(p), !tokens[p].capitalized, !DateRules.prepositionsBeforeAdjectives.contains(w) {
            if SubjectRules.stopWords.contains(w) && !DateRules.determiners.contains(w) { return false }
            if !DateRules.determiners.contains(w) { nouns += 1 }
            p -= 1
        }
        guard nouns >= 1, p >= 1, let preposition = word(p), DateRules.prepositionsBeforeAdjectives.contains(preposition) else {
            return false
        }
        var j = p - 1
        while j >= 0, j >= p - 8, sameSentence(j, k), symbol(j) != ",", symbol(j) != ";" {
            guard let v = word(j) else {
                j -= 1
                continue
            }
            // (Not past a word opening the verb's own clause: "will rise after profits at the bank plunged in June"; before a
            // capitalised word or a number it is a date's or a name's preposition, "before Christmas".)
            if DateRules.clauseOpeners.contains(v) || DateRules.subordinators.contains(v), j + 1 < tokens.count,
                !tokens[j + 1].capitalized, tokens[j + 1].kind != .number
            {
                return false
            }
            if !tokens[j].capitalized,
                DateRules.modalsAhead.contains(v) || v == "can" || v == "cannot" || v == "would" || DateRules.beVerbs.contains(v)
            {
                return true
            }
            j -= 1
        }
        return false
    }

    /// Whether the word at `k` follows "with" and its noun: "with Carlos Alcaraz seeded first", "with the
    /// team based in Leeds" (a participle; not "charged with assault and jailed"); or a verb that keeps its object so,
    /// "keep the government funded past March 10", "keeps the road closed" (`DateRules.complementVerbs`).
    private func afterWith(_ k: Int) -> Bool {
        var j = k - 1
        var nouns = 0
        var joined = false
        while j >= 0, j >= k - 5, sameSentence(j, k), let w = word(j) {
            // (Up to three words of the object after a verb that keeps it so: "keeps the coast road closed".)
            if DateRules.complementVerbs.contains(w) { return j < k - 1 && nouns <= 3 }
            // (Up to three words of its noun, none joining a second verb: "with the defending champion seeded first"; not
            // "charged with assault and jailed".)
            if w == "with" || w == "without" { return j < k - 1 && (nouns <= 1 || (nouns <= 3 && !joined)) }
            if !tokens[j].capitalized && !DateRules.determiners.contains(w) { nouns += 1 }
            if w == "and" || w == "or" || w == "but" { joined = true }
            j -= 1
        }
        return false
    }

    private func nearestYear(month m: Int, day d: Int, weekday: Int? = nil) -> Int? {
        guard let published else { return nil }
        if let weekday {
            let matching = ((published.year - 1)...(published.year + 1)).compactMap { y in
                CalendarDate(year: y, month: m, day: d).flatMap {
                    $0.weekday == weekday ? (y, abs($0.dayNumber - published.dayNumber)) : nil
                }
            }
            if let best = matching.min(by: { $0.1 < $1.1 }) { return best.0 }
        }
        var best: (Int, Int)?
        // 29 February: the nearest year that has one (up to four years away).
        let leapDay = m == 2 && d == 29
        let reach = leapDay ? 4 : 1
        for y in (published.year - reach)...(published.year + reach) {
            if leapDay && !CalendarDate.isLeap(y) { continue }
            guard let date = CalendarDate(year: y, month: m, day: min(d, CalendarDate.daysIn(month: m, year: y))) else { continue }
            let distance = abs(date.dayNumber - published.dayNumber)
            if distance < (best?.1 ?? Int.max) { best = (y, distance) }
        }
        return best?.0
    }

    /// A written date that does not exist ("31 February 2020", "April 31"): no figure, and none of
    /// its parts read again as something else (the year alone, or 31 as a count).
    private mutating func noSuchDay(_ first: Int, _ last: Int) -> Int {
        for k in first...last { consumed[k] = true }
        return last + 1
    }

    /// Emits a day or a range of days in one month, with or without a year.
    private mutating func emitDays(
        first: Int, last: Int, month m: Int, from d1: Int, to d2: Int, month2: Int? = nil, year y: Int?, weekday: Int? = nil,
        numeric: Bool = false
    ) -> Int? {
        // A month written as a word makes an impossible day a non-date; digits alone ("by 3.45") may
        // well be something else, so they are left to the other rules.
        let noSuchDay = { (scanner: inout FigureScanner) -> Int? in numeric ? nil : scanner.noSuchDay(first, last) }
        let m2 = month2 ?? m
        // "Nov 10–5": days of one month written backwards are kept as written (start after end),
        // for validation to report, rather than dropped without a trace.
        let backwards = m2 == m && d2 < d1
        if let y {
            // ("Dec 28 to Jan 3, 2025": the year written is the end's; the start is in the year before.)
            guard let a = CalendarDate(year: m2 < m ? y - 1 : y, month: m, day: d1), let b = CalendarDate(year: y, month: m2, day: d2)
            else {
                return noSuchDay(&self)
            }
            guard a <= b || backwards else { return nil }
            return addDate(first, last, a.description, b.description, resolved: "absolute")
        }
        // No year written: valid in some year (29 February in a leap year).
        guard d1 <= CalendarDate.daysIn(month: m, year: 2000), d2 <= CalendarDate.daysIn(month: m2, year: 2000) else {
            return noSuchDay(&self)
        }
        // (A span of days takes its year from its end and the sentence's tense: "will run from Nov 20 to Dec 5" may be
        // running now; "Voting will take place between June 10 and 14" is ahead.)
        let single = d1 == d2 && (month2 ?? m) == m
        // (A span with the published day in it is that one, whatever the tense: "Engineering works from Feb 27 to March 3
        // have closed the line", published on February 28.)
        let running = yearRunning(month: m, from: d1, month: m2, to: d2)
        let spanYear = single ? nil : running ?? yearNear(month: m2, day: d2, tense: first).map { m2 < m ? $0 - 1 : $0 }
        if let y = spanYear ?? yearNear(month: m, day: d1, weekday: single ? weekday : nil, tense: single ? first : nil),
            let a = CalendarDate(year: y, month: m, day: d1)
        {
            let y2 = m2 < m ? y + 1 : y
            guard let b = CalendarDate(year: y2, month: m2, day: d2), a <= b || backwards else { return nil }
            return addDate(first, last, a.description, b.description, resolved: "year from published")
        }
        guard (m2, d2) >= (m, d1) || backwards else { return nil }
        return addDate(first, last, Self.partial(m, d1), Self.partial(m2, d2), resolved: nil)
    }

    /// "2023/24", "2019/2020", "the 2022-23 season": a fiscal year or a season, which spans two
    /// calendar years (both given whole). The second year written in two digits, or in four after a
    /// slash ("2016-2020" spans are `yearDate`'s). "2011-12" with a hyphen stays a year and a month.
    private mutating func yearPair(at i: Int) -> Int? {
        guard let y = year(i), (1800...2199).contains(y), let sep = symbol(i + 1), sep == "/" || sep == "-" || sep == "–",
            attached(i + 1), attached(i + 2), let n = smallInteger(i + 2, maxDigits: 4)
        else { return nil }
        let digits = tokens[i + 2].end - tokens[i + 2].start
        // ("from 2029-33", "covers 2025-50": a span of up to thirty years with its end cut to two digits past 12, no month.)
        let end = digits == 2 ? y / 100 * 100 + n : n
        // (Not after a plural, an identifier or "be": "pages 2019-45", "Invoices 2021-29", "The Test score was 2016-19".)
        let span =
            digits == 2 && sep != "/" && n > 12 && end > y + 1 && end - y <= 30
            && !(word(i - 1).map {
                (isPlural($0) && !SubjectRules.stopWords.contains($0) && !DateRules.verbsOfSpanning.contains($0))
                    || NameRules.identifierWords.contains($0)
                    || DateRules.beVerbs.contains($0) || $0 == "score" || $0 == "scores"
            } ?? false)
        guard (digits == 2 && n == (y + 1) % 100) || (digits == 4 && sep == "/" && n == y + 1) || span else { return nil }
        // "2011-12" may be December 2011; after "the" or "fiscal" or before a season noun it spans the
        // two years: "the 2009-10 season", "2010-11 and 2011-12 seasons", "the 2008-09 crisis".
        if digits == 2, sep != "/", n <= 12 {
            let before = word(i - 1).map { DateRules.beforeSplitYear.contains($0) } ?? false
            let after = (i + 3...i + 5).contains { k in
                sameSentence(i, k) && (word(k).map { DateRules.splitYearNouns.contains($0) } ?? false)
            }
            guard before || after else { return nil }
        }
        // Nothing tight around it: "1/2019/20", "2019/20/21", "2019/20x".
        if i > 0, attached(i), tokens[i - 1].kind == .number || symbol(i - 1) == "/" || symbol(i - 1) == "-" { return nil }
        if attached(i + 3), i + 3 < tokens.count, tokens[i + 3].kind != .symbol || symbol(i + 3) == "/" || symbol(i + 3) == "-" {
            return nil
        }
        // ("the budget for 2026-27 totals Rs 49 billion": a verb in "-s" before its object.)
        guard !unitFollows(i + 2),
            !looksCounted(after: i + 2) || (word(i + 3).map { DateRules.splitYearNouns.contains($0) } ?? false)
                || verbWithObject(after: i + 2)
        else { return nil }
        // "the 2023-24 fiscal year": a fiscal year, given as its two years (see `fiscalYear`).
        if !span, fiscalYearWords(at: i + 3), sameSentence(i, i + 4) {
            return addDate(i, i + 4, String(y), String(y + 1), resolved: "fiscal year")
        }
        return addDate(i, i + 2, Self.iso(y, 1, 1), Self.iso(span ? end : y + 1, 12, 31), resolved: "absolute")
    }

    /// "2020-11-07".
    private mutating func isoDate(at i: Int) -> Int? {
        guard let y = year(i), tightHyphen(i + 1), let m = smallInteger(i + 2, maxDigits: 2),
            tightHyphen(i + 3), let d = smallInteger(i + 4, maxDigits: 2)
        else { return nil }
        if attached(i + 5), i + 5 < tokens.count, tokens[i + 5].kind != .symbol || symbol(i + 5) == "-" { return nil }
        // "2020-13-01", "2021-02-29": the shape of a date, but no such day.
        guard let date = CalendarDate(year: y, month: m, day: d) else { return noSuchDay(i, i + 4) }
        return addDate(i, i + 4, date.description, date.description, resolved: "absolute")
    }

    /// "Nov 5–10", "November 7, 2020", "Nov. 30 – Dec. 2", "November 2020", "in November".
    private mutating func monthDate(at i: Int) -> Int? {
        guard let m = month(i) else { return nil }
        if m % 3 == 0, bareWord(i + 1) == "quarter", sameSentence(i, i + 1) { return quarterEndingIn(m, at: i) }
        var k = i + 1
        if symbol(k) == ".", attached(k) { k += 1 }
        // "Oct-2", "Oct/2".
        if let sep = symbol(k), sep == "-" || sep == "/", attached(k), attached(k + 1), tokens[k + 1].kind == .number { k += 1 }
        // "September the twenty-first", "jan twenty two".
        if word(k) == "the", day(k + 1) != nil || cardinalDay(k + 1) != nil { k += 1 }
        if let (d1, dayEnd) = day(k) ?? cardinalDay(k), sameSentence(i, k), monthIsCalendar(i, followedByDateParts: true) {
            var last = dayEnd
            var d2 = d1
            var m2: Int?
            var j = dayEnd + 1
            // A range: "5–10", "5 to 10", "30 – Dec 2", "between June 10 and 14".
            var between = false
            if j < tokens.count, DateRules.rangeJoiners.contains(tokens[j].norm) || (tokens[j].norm == "and" && word(i - 1) == "between"),
                sameSentence(i, j + 1), !rescheduledFrom(i - 1)
            {
                between = tokens[j].norm == "and"
                var n = j + 1
                if let mm = month(n), monthIsCalendar(n, followedByDateParts: true) {
                    m2 = mm
                    n += 1
                    if symbol(n) == ".", attached(n) { n += 1 }
                }
                if let (e, eEnd) = day(n), year(n) == nil || tokens[n].norm.utf8.count < 4, !isTimeOfDay(eEnd) {
                    d2 = e
                    last = eEnd
                    j = eEnd + 1
                } else {
                    m2 = nil
                    between = false
                }
            } else if word(j) == "and", let (e, eEnd) = day(j + 1), e == d1 + 1, !isTimeOfDay(eEnd), sameSentence(i, eEnd),
                eEnd + 1 >= tokens.count || !sameSentence(eEnd, eEnd + 1) || tokens[eEnd + 1].kind == .symbol || year(eEnd + 1) != nil
                    // ("Tickets for the two concerts on June 2 and 3 go on sale": inside a plural subject with no verb yet, the verb
                    // after is the subject's.)
                    || (word(eEnd + 1).map {
                        !isPlural($0) && (!DateRules.wordsAfterCountsNotDays.contains($0) || ($0 == "more" && word(eEnd + 2) == "than"))
                    } == true
                        && pluralSubjectWithoutVerb(before: i))
                    // ("the weekend of March 11 and 12 for further repairs", "on May 6 and 7 in Scotland": before a preposition
                    // too; not before a verb, "of" or "more", "on July 29 and 30 were killed", nor a range's "to" or a day's "by",
                    // "and 12 to 14 months later", "and 12 by March 20", nor with a verb that wants it as its subject later in
                    // the clause, "On August 14 and 15 with injuries were taken to hospital".)
                    || (word(eEnd + 1).map({
                        SubjectRules.stopWords.contains($0) && !DateRules.beVerbs.contains($0)
                            && !DateRules.pluralVerbsAfterCountSubject.contains($0) && !["of", "had", "more", "others"].contains($0)
                    }) == true
                        && !(word(eEnd + 1) == "to" && eEnd + 2 < tokens.count && tokens[eEnd + 2].kind == .number)
                        && !(word(eEnd + 1) == "by" && month(eEnd + 2) != nil)
                        // ("on March 24 and 25 while the line is upgraded": not a verb past a subordinator's clause.)
                        && !(eEnd + 2..<min(tokens.count, eEnd + 10)).contains { k in
                            sameSentence(eEnd, k)
                                && !(1..<k - eEnd).contains {
                                    symbol(eEnd + $0) == "," || word(eEnd + $0).map(DateRules.clauseOpeners.contains) == true
                                }
                                && (word(k).map {
                                    DateRules.beVerbs.contains($0) || DateRules.pluralVerbsAfterCountSubject.contains($0)
                                } ?? false)
                        })
            {
                // "on July 29 and 30": two days running, one span (not "on July 29 and 30 people died").
                d2 = e
                last = eEnd
                j = eEnd + 1
            }
            let written = yearAfter(j, anchor: i)
            var y = written?.year
            if let end = written?.last { last = end }
            // "from April 1 next year", "on March 3 last year": the year relative to the published one.
            if y == nil, let relative = relativeYear(at: j, of: i) {
                y = relative
                last = j + 1
            }
            let first = between ? i - 1 : weekdayPrefix(before: i, last: last) ?? i
            let weekday = first < i && !between ? word(first).flatMap { DateRules.weekdays[$0] } : nil
            last = closingBracket(first: first, date: i, last: last)
            if let next = emitDays(first: first, last: last, month: m, from: d1, to: d2, month2: m2, year: y, weekday: weekday) {
                return next
            }
            // "February 31, 2021": a date that names no day is no figure at all.
            consume(first, last)
            return last + 1
        }
        // "November 2020", "Nov. 2020", "November of 2020".
        var yk = k
        if word(yk) == "of" { yk += 1 }
        if let y = year(yk), sameSentence(i, yk), monthIsCalendar(i, followedByDateParts: true) {
            let end = CalendarDate.daysIn(month: m, year: y)
            return addDate(i, yk, Self.iso(y, m, 1), Self.iso(y, m, end), resolved: "absolute")
        }
        // "June of nineteen ninety nine".
        if yk > k, let (y, last) = yearInWords(yk), sameSentence(i, last), monthIsCalendar(i, followedByDateParts: true) {
            return addDate(i, last, Self.iso(y, m, 1), Self.iso(y, m, CalendarDate.daysIn(month: m, year: y)), resolved: "absolute")
        }
        // "November between 19 and 20", "Feb between 2-7 two thousand and eighteen".
        if word(k) == "between", let (d1, end1) = day(k + 1), let joiner = word(end1 + 1) ?? symbol(end1 + 1),
            joiner == "and" || joiner == "-" || joiner == "–", let (d2, end2) = day(end1 + 2), sameSentence(i, end2),
            monthIsCalendar(i, followedByDateParts: true)
        {
            let written = yearAfter(end2 + 1, anchor: i)
            let last = written?.last ?? end2
            if let next = emitDays(first: i, last: last, month: m, from: d1, to: d2, year: written?.year) { return next }
            consume(i, last)
            return last + 1
        }
        // "June next year", "March last year".
        if let rel = word(i + 1), let shift = DateRules.relativeShifts[rel], bareWord(i + 2) == "year", sameSentence(i, i + 2),
            monthIsCalendar(i, followedByDateParts: true) || (word(i)?.count ?? 0) > 3
        {
            guard let published else { consume(i, i + 2); return i + 3 }
            let y = published.year + shift
            return addDate(
                i, i + 2, Self.iso(y, m, 1), Self.iso(y, m, CalendarDate.daysIn(month: m, year: y)), resolved: "relative to published")
        }
        // "August 99": a month and a two-digit year.
        if let yy = smallInteger(k, maxDigits: 2), tokens[k].norm.utf8.count == 2, yy > 31, sameSentence(i, k), (word(i)?.count ?? 0) > 3,
            !(attached(k + 1) && k + 1 < tokens.count)
        {
            let y = expandYear(yy)
            return addDate(i, k, Self.iso(y, m, 1), Self.iso(y, m, CalendarDate.daysIn(month: m, year: y)), resolved: "absolute")
        }
        // "this September", "last sept", "next June": the month in the year before, of, or after publication.
        if let p = word(i - 1), let shift = DateRules.relativeShifts[p], sameSentence(i - 1, i),
            monthIsCalendar(i, followedByDateParts: true) || !DateRules.ambiguousMonths.contains(word(i) ?? "")
        {
            guard let published else { consume(i - 1, i); return i + 1 }
            var y = published.year
            if shift < 0 { y = m < published.month ? published.year : published.year - 1 }
            if shift > 0 { y = m > published.month ? published.year : published.year + 1 }
            return addDate(
                i - 1, i, Self.iso(y, m, 1), Self.iso(y, m, CalendarDate.daysIn(month: m, year: y)), resolved: "relative to published")
        }
        // "from March to May 2023", "between January and March": a span of months; a year written
        // at the end belongs to both.
        // ("the January-March quarter": the dash is a symbol, not a word.)
        if let joiner = word(i + 1) ?? symbol(i + 1),
            ["to", "through", "until", "till", "and"].contains(joiner) || symbol(i + 1) == "–" || symbol(i + 1) == "-",
            joiner != "and" || word(i - 1) == "between", !rescheduledFrom(i - 1), let m2 = month(i + 2), sameSentence(i, i + 2),
            monthIsCalendar(i + 2, followedByDateParts: true) || (word(i + 2)?.count ?? 0) > 3,
            monthIsCalendar(i, followedByDateParts: true) || (word(i)?.count ?? 0) > 3
        {
            let first = word(i - 1) == "from" || word(i - 1) == "between" ? i - 1 : i
            var last = i + 2
            var y2: Int?
            if let yy = year(i + 3) { y2 = yy; last = i + 3 }
            // "The fiscal year runs from October to September": a whole year's months with no year, any year's; and so are
            // months said of every year, "Hurricane season runs from June to November each year".
            if y2 == nil,
                saidOfEveryYear(after: last)
                    || (m2 + 12 - m) % 12 == 11
                        && (max(0, first - 6)..<first).contains(where: { k in
                            sameSentence(k, first) && (word(k).map { ["runs", "run", "fiscal", "financial"].contains($0) } ?? false)
                        })
            {
                consume(first, last)
                return last + 1
            }
            guard let endYear = y2 ?? yearNear(month: m2, day: 15, tense: i, wholeMonth: true) else {
                let a = "--" + CalendarDate.pad(m, 2)
                let b = "--" + CalendarDate.pad(m2, 2)
                return addDate(first, last, a, b, resolved: nil)
            }
            let startYear = m <= m2 ? endYear : endYear - 1
            return addDate(
                first, last, Self.iso(startYear, m, 1), Self.iso(endYear, m2, CalendarDate.daysIn(month: m2, year: endYear)),
                resolved: y2 == nil ? "year from published" : "absolute")
        }
        // "in November", or a capitalised full month name on its own: the month of the nearest year, or partial.
        // ("Retailers Report Strong December As Shoppers Return": after an adjective of how a period went too, a month that is no
        // first name, "Strong August Wilson Revival".)
        // ("Hot August Predicted By Forecasters", "Busy August For Seaside Towns": one before a word no surname is.)
        let nameFollows =
            word(i).map(DateRules.monthsThatAreNames.contains) == true && sameSentence(i, i + 1)
            && !(word(i + 1).map { DateRules.headlineWordsAhead.contains($0) || NameRules.titleCaseFunctionWords.contains($0) } ?? false)
        let afterAdjective =
            i > 0 && tokens[i - 1].capitalized && word(i - 1).map(DateRules.adjectivesOfPeriods.contains) == true && sameSentence(i - 1, i)
            && !nameFollows
        // ("April Jones, 52, said", "The singer April Wine": a month that is a given name, before a capitalised word that is
        // no date's, is a name outside a headline in title case; "In April Apple launched" keeps its preposition's month.)
        let givenName =
            word(i).map(DateRules.monthsThatAreNames.contains) == true && i + 1 < tokens.count && tokens[i + 1].kind == .word
            && tokens[i + 1].capitalized && sameSentence(i, i + 1) && month(i + 1) == nil
            && word(i + 1).map({
                DateRules.weekdays[$0] == nil && !NameRules.titleCaseFunctionWords.contains($0)
                    && !DateRules.headlineWordsAhead.contains($0)
            }) == true && !headlineSentence(i)
            // (Not an event's or a release's name: "the June Paris Air Show", "the company's June Investor Day", "June CPI", "the
            // June FOMC meeting": no determiner or possessive before, no capitals only, and no third capitalised word.)
            && !(word(i - 1).map { DateRules.determiners.contains($0) || $0.hasSuffix("'s") } ?? false)
            && text(i + 1, i + 1).contains(where: \.isLowercase)
            // (And a name's end after it: a comma or a stop, a verb, "who": not "June Retail sales rebounded", "said June Budget
            // measures would cost".)
            && (i + 2 >= tokens.count || !sameSentence(i, i + 2) || [",", ".", ";", ":", "("].contains(symbol(i + 2) ?? "")
                || word(i + 1).map({ $0.hasSuffix("'s") || $0.hasSuffix("’s") }) == true
                || word(i + 2).map({
                    DateRules.isPastForm($0) || DateRules.verbsAfterRelativeClauses.contains($0)
                        || ["says", "said", "told", "who", "sang", "sings", "wrote", "writes"].contains($0)
                }) == true)
        let bareFullName =
            (word(i)?.count ?? 0) > 3 && tokens[i].capitalized && !DateRules.ambiguousMonths.contains(word(i) ?? "")
            && (i == 0 || !tokens[i - 1].capitalized || tokens[i].newlineBefore || afterAdjective) && !givenName
        // "The December meeting was cancelled", "its March meeting": a capitalised month after a determiner, before a
        // noun (the determiner may open the sentence; not "May", a name as often: "the May government").
        let adjectival =
            (word(i)?.count ?? 0) > 3 && word(i) != "may" && tokens[i].capitalized && i > 0 && sameSentence(i - 1, i)
            && word(i - 1).map { DateRules.possessiveDeterminers.contains($0) } == true && sameSentence(i, i + 1)
            && word(i + 1).map { !SubjectRules.stopWords.contains($0) && DateRules.months[$0] == nil } == true && !tokens[i + 1].capitalized
        if (monthIsCalendar(i, followedByDateParts: false)
            && ((word(i - 1).map { DateRules.datePrepositions.contains($0) } ?? false) || bareFullName)) || adjectival
        {
            // "held every year in July", "each spring in April": any year's month, no date.
            if habitual(before: i) {
                consume(i, i)
                return i + 1
            }
            // (How a month went is told of the latest begun, "Dismal December For High Street" in June, unless a word of what
            // is to come says it is ahead, "Forecasters Warn Of Wet August Ahead", or it begins within `DateRules.leadUpDays`,
            // "Busy August For Seaside Towns" in late June.)
            let ahead = afterAdjective && sentenceHasWord(i, in: DateRules.headlineWordsAhead)
            let adjectiveYear = published.map { p -> Int in
                let next = m > p.month ? p.year : p.year + 1
                let close = CalendarDate(year: next, month: m, day: 1).map { $0.dayNumber - p.dayNumber <= DateRules.leadUpDays } ?? false
                return ahead || close ? (m >= p.month ? p.year : p.year + 1) : (m <= p.month ? p.year : p.year - 1)
            }
            // ("would grow by 1.4% next year, down from a forecast of 1.8% in March": the month of an earlier level is the latest
            // begun, whatever the sentence's tense.)
            let earlierLevelYear = earlierLevelsAnchor(i).map { a in m <= a.month ? a.year : a.year - 1 }
            if let y = afterAdjective ? adjectiveYear : earlierLevelYear ?? yearNear(month: m, day: 15, tense: i, wholeMonth: true) {
                return addDate(
                    i, i, Self.iso(y, m, 1), Self.iso(y, m, CalendarDate.daysIn(month: m, year: y)), resolved: "year from published")
            }
            let mm = "--" + CalendarDate.pad(m, 2)
            return addDate(i, i, mm, mm, resolved: nil)
        }
        return nil
    }

    /// The day the month at `i` is the latest begun by, when it is the time of an earlier level after "up from" or "down
    /// from" ("down from 4.1% in November", "down from a forecast of 1.8% in March", over the level's number, its percent or
    /// scale, and a noun of a level): the day before the date the sentence names before it, the later level's ("will be 5%
    /// in January, up from 4.8% in December" is the December before that January), else the published day.
    private func earlierLevelsAnchor(_ i: Int) -> CalendarDate? {
        guard let published, earlierLevelsMonth(i) else { return nil }
        // (A year named before is no such bound: "would grow by 1.4% next year, down from a forecast of 1.8% in March".)
        let later = candidates.last { $0.kind == .date && $0.lastToken < i && sameSentence($0.firstToken, i) }
        guard let span = later?.date, let start = CalendarDate(iso: span.start), let end = CalendarDate(iso: span.end),
            end.dayNumber - start.dayNumber < 300
        else { return published }
        return start.adding(days: -1)
    }

    /// Whether "in" and the month at `i` follow an earlier level after "up from" or "down from", with only the level's number,
    /// its percent, scale or currency, and words of a level between.
    private func earlierLevelsMonth(_ i: Int) -> Bool {
        guard word(i - 1) == "in", i >= 4 else { return false }
        var k = i - 2
        var numbers = 0
        while k >= max(1, i - 9), sameSentence(k, i) {
            if word(k) == "from" { return numbers > 0 && word(k - 1).map { $0 == "up" || $0 == "down" } == true }
            if tokens[k].kind == .number {
                numbers += 1
            } else if let w = word(k) {
                guard
                    ["a", "an", "the", "its", "of"].contains(w) || ChangeRules.earlierLevelNouns.contains(w)
                        || ChangeRules.formerModifiers.contains(w) || NumberRules.scaleWords[w] != nil || PercentRules.words.contains(w)
                        || percentAt(k) || currencySign(k)
                else { return false }
            } else if !(percentAt(k) || currencySign(k)) {
                return false
            }
            k -= 1
        }
        return false
    }

    /// Whether the words before the date at `first` say it of every year: "every year on 17 March", "Each year on 6 June",
    /// "annually on 1 April" (not "every year since 17 March").
    private func saidOfEveryYear(before first: Int) -> Bool {
        let on = word(first) == "on" ? first : first - 1
        guard word(on) == "on", on >= 1, sameSentence(on - 1, first) else { return false }
        if let w = word(on - 1), w == "annually" || w == "yearly" { return true }
        return (bareWord(on - 1).map(DateRules.everyYearNouns.contains) ?? false)
            && (word(on - 2).map { $0 == "each" || $0 == "every" } ?? false)
    }

    /// Whether the words after `last` say it of every year: "each year", "every winter", "annually".
    private func saidOfEveryYear(after last: Int) -> Bool {
        guard let w = word(last + 1), sameSentence(last, last + 1) else { return false }
        if w == "annually" || w == "yearly" { return true }
        return (w == "each" || w == "every") && (bareWord(last + 2).map(DateRules.everyYearNouns.contains) ?? false)
    }

    /// Whether "every", "each" or "annually" stands in the four words before the month at `i` in its clause: "held every
    /// year in July", "each year in March", "annually in May".
    private func habitual(before i: Int) -> Bool {
        // (Not an end: "Trains run every Sunday until May".)
        guard let p = word(i - 1), ["in", "every", "each", "during"].contains(p) else { return false }
        var k = i - 1
        while k >= 0, k >= i - 4, sameSentence(k, i), let w = word(k) {
            if w == "annually" || w == "yearly" { return true }
            // ("every year in July", not "Every game in April was postponed".)
            // ("each January", "every September": the month itself after the word.)
            // (Of the weeks or days of a month still to come, that month: "The market will be held every Saturday in July";
            // not "The market opens each weekend in January".)
            if w == "every" || w == "each", let n = bareWord(k + 1),
                ["year", "spring", "summer", "autumn", "fall", "winter", "season"].contains(n) || k + 1 == i
                    || ((["weekend", "week", "day", "night"].contains(n) || DateRules.weekdays[n] != nil) && !isFutureSentence(i))
            {
                return true
            }
            k -= 1
        }
        return false
    }

    /// A weekday named at `k` inside a date phrase: "Friday", "Tue", "Thur." (an abbreviation capitalised).
    private func weekdayName(_ k: Int) -> (weekday: Int, last: Int)? {
        guard let w = word(k), let weekday = DateRules.weekdays[w] else { return nil }
        if DateRules.weekdayAbbreviations.contains(w) {
            guard tokens[k].capitalized else { return nil }
            if symbol(k + 1) == ".", attached(k + 1) { return (weekday, k + 1) }
        }
        return (weekday, k)
    }

    /// A weekday written before an explicit date ("Saturday, Nov 7", "Thursday (March 7)") belongs to it;
    /// in brackets, only when they close right after the date ending at `last`.
    private func weekdayPrefix(before i: Int, last: Int) -> Int? {
        var k = i - 1
        if symbol(k) == "," { k -= 1 }
        if symbol(k) == "(" {
            guard symbol(last + 1) == ")" else { return nil }
            k -= 1
        }
        guard let w = word(k), DateRules.weekdays[w] != nil, sameSentence(k, i) else { return nil }
        return k
    }

    /// Whether a number of capitalised words in `names` and a capitalised street word (`NameRules.streetWords`) follow the
    /// token at `k`: "12 October Road", "12/24 George Street".
    private func streetNameFollows(_ k: Int, names: ClosedRange<Int>, words: WordSet = NameRules.streetWords) -> Bool {
        var j = k + 1
        while j - k - 1 < names.upperBound, j < tokens.count, tokens[j].kind == .word, tokens[j].capitalized, sameSentence(k, j),
            !NameRules.streetWords.contains(tokens[j].norm)
        {
            j += 1
        }
        return names.contains(j - k - 1) && j < tokens.count && tokens[j].kind == .word && tokens[j].capitalized && sameSentence(k, j)
            && words.contains(tokens[j].norm)
    }

    /// The date's last token, with the bracket that closes "Thursday (March 7)".
    private func closingBracket(first: Int, date i: Int, last: Int) -> Int {
        first < i && symbol(i - 1) == "(" ? last + 1 : last
    }

    /// "5 November 2020", "5–10 November".
    private mutating func dayFirstDate(at i: Int) -> Int? {
        guard let (d1, dEnd) = day(i) else { return nil }
        var k = dEnd + 1
        if symbol(k) == ".", attached(k), month(k + 1) != nil { k += 1 }
        var d2 = d1
        let opener = word(i - 1)
        if k < tokens.count, DateRules.rangeJoiners.contains(tokens[k].norm) || (tokens[k].norm == "and" && opener == "between"),
            let (e, eEnd) = day(k + 1), !isTimeOfDay(eEnd)
        {
            d2 = e
            k = eEnd + 1
        } else if word(k) == "and", let (e, eEnd) = day(k + 1), e == d1 + 1, !isTimeOfDay(eEnd),
            month(eEnd + 1) != nil || (word(eEnd + 1) == "of" && month(eEnd + 2) != nil)
        {
            // "on 14 and 15 October": two days running, one span.
            d2 = e
            k = eEnd + 1
        }
        // ("4-23 in next month"; not "to $3 in August", an amount and its month.)
        let linked =
            word(k) == "of"
            || (word(k) == "in" && word(k + 1).map { DateRules.relativeShifts[$0] != nil } == true && word(k + 2) == "month")
        if linked { k += 1 }
        // "the 20th of next month", "31st of this month", "from 4 to 22 this month", "between 4 and 22 this month".
        // (Not a bare number alone: "sales fell to 30 from 25 last month" is a count and a month.)
        let bareSingle = dEnd == i && d1 == d2 && !linked && !(opener.map { DateRules.beforeBareDayOfMonth.contains($0) } ?? false)
        if !bareSingle, let p = word(k), let shift = DateRules.relativeShifts[p], word(k + 1) == "month", sameSentence(i, k + 1) {
            let first = opener == "the" || ((opener == "from" || opener == "between") && d1 != d2) ? i - 1 : i
            guard let published else { consume(first, k + 1); return k + 2 }
            let total = published.year * 12 + published.month - 1 + shift
            // "the 31st of this month" in a month of 30 days: no such day, and not the month either.
            guard let a = CalendarDate(year: total / 12, month: total % 12 + 1, day: d1),
                let b = CalendarDate(year: total / 12, month: total % 12 + 1, day: d2), a <= b
            else { return noSuchDay(first, k + 1) }
            return addDate(first, k + 1, a.description, b.description, resolved: "relative to published")
        }
        // "from 4 to January 22, 1995", "from 02 to April 07": the month written with the second day.
        if d1 == d2, opener == "from" || opener == "between", k < tokens.count,
            DateRules.rangeJoiners.contains(tokens[k].norm) || (opener == "between" && tokens[k].norm == "and"),
            let m = month(k + 1), monthIsCalendar(k + 1, followedByDateParts: true), let (e, eEnd) = day(k + 2), e > d1,
            sameSentence(i, eEnd)
        {
            let written = yearAfter(eEnd + 1, anchor: i)
            let last = written?.last ?? eEnd
            if let next = emitDays(first: i - 1, last: last, month: m, from: d1, to: e, year: written?.year) { return next }
            consume(i - 1, last)
            return last + 1
        }
        // "on 2 and 4 December", "on 2, 4 and 6 December": days listed before their month are each a date of it (two days
        // running are one span, above).
        // (After a preposition of days only: not "He won 3 and 10 October".)
        if d1 == d2, dEnd == i, word(k) == "and" || word(k) == "or" || symbol(k) == ",",
            opener.map(DateRules.prepositionsBeforeDays.contains) == true
                || (symbol(i - 1) == "," && candidates.last.map { $0.kind == .date && $0.lastToken == i - 2 } == true)
        {
            var j = k
            var previous = d1
            while j < tokens.count, sameSentence(i, j), word(j) == "and" || word(j) == "or" || symbol(j) == ",",
                let (e, eEnd) = day(j + 1), eEnd == j + 1, e > previous, !isTimeOfDay(eEnd)
            {
                if let m = month(eEnd + 1), monthIsCalendar(eEnd + 1, followedByDateParts: true), sameSentence(i, eEnd + 1) {
                    // (In the year of the last day: "walked out on 12, 14 and 16 January" on 13 January are of one January.)
                    // (Of a stretch with the published day in it, that one: "cancelled on 27 and 29 December" on the 28th.)
                    // ("on 27 and 29 December next year".)
                    let written = yearAfter(eEnd + 2, anchor: i)?.year ?? relativeYear(at: eEnd + 2, of: i)
                    let running = yearRunning(month: m, from: d1, month: m, to: e)
                    if let y = written ?? listedDayYear(before: i, month: m) ?? running ?? yearNear(month: m, day: e, tense: i),
                        let date = CalendarDate(year: y, month: m, day: d1)
                    {
                        return addDate(
                            i, dEnd, date.description, date.description, resolved: written == nil ? "year from published" : "absolute")
                    }
                    if let next = emitDays(first: i, last: dEnd, month: m, from: d1, to: d1, year: written) { return next }
                    break
                }
                previous = e
                j = eEnd + 1
            }
        }
        // "20th dec": after a day with an ordinal suffix, a lower-case abbreviation is a month too (not "may", "mar").
        let suffixedDay = dEnd > i && tokens[dEnd].kind == .word
        guard let m = month(k), sameSentence(i, k),
            monthIsCalendar(k, followedByDateParts: true)
                || (suffixedDay && word(k).map { !DateRules.monthWordsOfOtherUse.contains($0) } ?? false)
        else { return nil }
        // ("The cafe at 12 October Road", "31 May Street": a street named after a month; not after a preposition of time, nor
        // before a lower-case noun or another name, "From 1 April Road tax rises", "on 4 July Avenue Q opened".)
        if streetNameFollows(k, names: 0...0, words: DateRules.streetWordsAfterMonths) {
            // (An address before the clause's end, or a lower-case past verb or stop word; or a verb in "-s", but not after a
            // preposition of time. After "on" only before the first two: "Traffic on 8 August Avenue was diverted", "The protest
            // was on 30 October Street."; "On 4 July Street parties were held" is the day.)
            let next = k + 2
            let clauseEnds = next >= tokens.count || !sameSentence(k, next) || tokens[next].kind == .symbol
            let lower = tokens.indices.contains(next) && !tokens[next].capitalized ? word(next) : nil
            let ends = clauseEnds || (lower.map { DateRules.isPastForm($0) || SubjectRules.stopWords.contains($0) } ?? false)
            let verbInS = lower.map { DateRules.unchangedPasts.contains($0) || $0.hasSuffix("s") } ?? false
            // (Or the event's own day right after, over a word of the time of day, after a street word that is no other word:
            // "at 12 October Road late on Tuesday", "from 31 May Street early yesterday", "to 4 June Avenue overnight"; not "on
            // 3 June Close tonight".)
            let dayFollows =
                word(k + 1).map(DateRules.plainStreetWords.contains) == true
                && lower.map { w in
                    DateRules.relativeDays[w] != nil || DateRules.partsOfDay.contains(w)
                        || (DateRules.timesOfDayBeforeDays.contains(w)
                            && word(next + 1).map {
                                DateRules.weekdays[$0] != nil || DateRules.relativeDays[$0] != nil || $0 == "on" || $0 == "last"
                                    || $0 == "this"
                            }
                                == true)
                } ?? false
            let address =
                dayFollows
                || (opener.map(DateRules.prepositionsBeforeDays.contains) == true ? opener == "on" && ends : ends || verbInS)
            if address {
                consume(i, k)
                return k + 1
            }
        }
        var written = yearAfter(k + 1, anchor: i)
        // ("on 14 August next year", "on 3 March last year": the year relative to the published one.)
        if written == nil, let relative = relativeYear(at: k + 1, of: i) {
            written = (relative, k + 2)
        }
        let y = written?.year
        // ("on 12, 14 and 16 January": the last day of a list of days is in the year of the days listed before it.)
        if y == nil, d1 == d2, let listed = listedDayYear(before: i, month: m), let date = CalendarDate(year: listed, month: m, day: d1) {
            return addDate(i, k, date.description, date.description, resolved: "year from published")
        }
        // "Wed, 22 of Jan": a weekday written before belongs to the date.
        let first = weekdayPrefix(before: i, last: written?.last ?? k) ?? i
        let last = closingBracket(first: first, date: i, last: written?.last ?? k)
        // ("Saturday 4 January": the year in which the 4th is a Saturday.)
        let weekday = first < i ? word(first).flatMap { DateRules.weekdays[$0] } : nil
        if let next = emitDays(first: first, last: last, month: m, from: d1, to: d2, year: y, weekday: weekday) { return next }
        consume(first, last)
        return last + 1
    }

    /// The year relative to the published one written at `j` in the sentence of `i`: "next year", "last year", "this year".
    private func relativeYear(at j: Int, of i: Int) -> Int? {
        guard let published, let rel = word(j), let shift = DateRules.relativeShifts[rel], bareWord(j + 1) == "year", sameSentence(i, j + 1)
        else { return nil }
        return published.year + shift
    }

    /// A year written at `j`, as digits ("2027") or relative to the published one ("last year"), with its last token and whether
    /// it is relative.
    private func yearWrittenAfter(_ j: Int, of i: Int) -> (year: Int, last: Int, relative: Bool)? {
        if let y = year(j) { return (y, j, false) }
        return relativeYear(at: j, of: i).map { ($0, j + 1, true) }
    }

    /// The year (this one or the last) in which the days from `m`/`d1` to `m2`/`d2` (in the next year when `m2` comes before
    /// `m`) hold the published day: a span running now.
    private func yearRunning(month m: Int, from d1: Int, month m2: Int, to d2: Int) -> Int? {
        published.flatMap { p in
            (p.year - 1...p.year).first { y in
                guard let a = CalendarDate(year: y, month: m, day: d1), let b = CalendarDate(year: m2 < m ? y + 1 : y, month: m2, day: d2)
                else { return false }
                return a <= p && p <= b
            }
        }
    }

    /// The year of a day of `month` dated just before the day at `i`, after a comma, "and" or "or" ("on 12, 14 and 16 January").
    private func listedDayYear(before i: Int, month m: Int) -> Int? {
        guard i >= 2, symbol(i - 1) == "," || word(i - 1) == "and" || word(i - 1) == "or", let previous = candidates.last,
            previous.kind == .date, previous.lastToken == i - 2, tokens[previous.firstToken].kind == .number,
            previous.firstToken == previous.lastToken, let span = previous.date, span.start == span.end,
            let day = CalendarDate(iso: span.start), day.month == m
        else { return nil }
        return day.year
    }

    /// "the three months to September", "the 12 months through October", "the year to March 2020",
    /// "the quarter ended Sept. 30", "the six months ended June 30, 2019", "the week ending Nov. 8":
    /// a period told by its length and its last month or day, as economic news reports them. The span
    /// runs back from that end (July 1 to September 30). Without a year, the end is the latest such
    /// month or day on or before the published day (these periods are reported once over); without a
    /// published day, the months stay partial.
    private mutating func periodEnding(at i: Int) -> Int? {
        var k = i + 1
        var count = 1
        if k < tokens.count, tokens[k].kind == .number || NumberRules.units[tokens[k].norm] != nil,
            let n = try? readNumber(at: k, money: false), let v = n.value.integerValue, (1...60).contains(v)
        {
            count = v
            k = n.last + 1
        }
        if let w = word(k), w == "fiscal" || w == "financial" { k += 1 }
        guard let unitWord = word(k), let unit = DateRules.periodEndingUnits[unitWord] else { return nil }
        guard let joiner = word(k + 1), DateRules.periodEndingJoiners.contains(joiner) else { return nil }
        var e = k + 2
        if word(e) == "in" { e += 1 }
        // "the 52 weeks to 24 February": the day first.
        var dayFirst: (day: Int, monthAt: Int)?
        if let (day, dayEnd) = day(e), month(dayEnd + 1) != nil || (word(dayEnd + 1) == "of" && month(dayEnd + 2) != nil) {
            dayFirst = (day, word(dayEnd + 1) == "of" ? dayEnd + 2 : dayEnd + 1)
            e = dayFirst?.monthAt ?? e
        }
        guard let m = month(e), sameSentence(i, e),
            dayFirst != nil || monthIsCalendar(e, followedByDateParts: true) || (word(e)?.count ?? 0) > 3
        else { return nil }
        var last = e
        var endDay: Int? = dayFirst?.day
        var d = e + 1
        if symbol(d) == ".", attached(d) { d += 1 }
        if dayFirst == nil, let (day, dayEnd) = day(d), sameSentence(i, d) {
            endDay = day
            last = dayEnd
        }
        let written = yearAfter(last + 1, anchor: i)
        if let end = written?.last { last = end }
        let months = unit == "year" ? 12 * count : unit == "quarter" ? 3 * count : count
        // A period that has ended ("ended", "to", "through" in a report) lies back; one still running or
        // ahead ("the quarter ending Sept. 30", "expects growth in the three months to December") is the
        // nearest.
        // (A future verb elsewhere takes the nearest end, not the next: "will rise by 5.1%, tracking inflation in the
        // 12 months to July" published in September is the July just gone.)
        let ending = joiner == "ending" || joiner == "ends"
        let unwritten =
            ending || isFutureSentence(i)
            ? yearNear(month: m, day: endDay ?? 28, tense: ending ? i : nil, wholeMonth: endDay == nil)
            : publishedYearOnOrBefore(month: m, day: endDay)
        guard let y = written?.year ?? unwritten else {
            // No year and no published day: the months alone ("--07" to "--09"), for months within one
            // year (a span across the new year would read backwards).
            let first = ((m - months) % 12 + 12) % 12 + 1
            guard unit != "week", unit != "day", unit != "fortnight", endDay == nil, first <= m, months < 12 else {
                consume(i, last); return last + 1
            }
            return addDate(i, last, "--" + CalendarDate.pad(first, 2), "--" + CalendarDate.pad(m, 2), resolved: nil)
        }
        guard let end = CalendarDate(year: y, month: m, day: endDay ?? CalendarDate.daysIn(month: m, year: y)) else {
            return noSuchDay(i, last)
        }
        let start: CalendarDate
        switch unit {
        case "day": start = end.adding(days: 1 - count)
        case "week": start = end.adding(days: 1 - 7 * count)
        case "fortnight": start = end.adding(days: 1 - 14 * count)
        default:
            // Back a whole number of months from the day after the end: "six months ended June 30" is January 1 to June 30.
            start = Self.shift(end.adding(days: 1), by: -months, "month")
        }
        return addDate(i, last, start.description, end.description, resolved: written == nil ? "year from published" : "absolute")
    }

    /// The year of the latest `month` (its `day`, else its last day) on or before the published day.
    private func publishedYearOnOrBefore(month m: Int, day d: Int?) -> Int? {
        guard let published else { return nil }
        let day = d ?? CalendarDate.daysIn(month: m, year: published.year)
        guard
            let thisYear = CalendarDate(year: published.year, month: m, day: min(day, CalendarDate.daysIn(month: m, year: published.year)))
        else { return nil }
        return thisYear <= published ? published.year : published.year - 1
    }

    /// "21st century", "in 15th  century": a century read at its number.
    private mutating func numberedCentury(at i: Int) -> Int? {
        guard let (n, last) = centuryAt(i), let w = word(last + 1), w == "century" || w == "centuries", sameSentence(i, last + 1) else {
            return nil
        }
        let start = (n - 1) * 100
        return addDate(i, last + 1, Self.iso(max(1, start), 1, 1), Self.iso(start + 99, 12, 31), resolved: "absolute")
    }

    /// Whether days of a relative month start at `i`: "4-23 in next month", "4 to 22 this month".
    private func daysOfRelativeMonthFollow(_ i: Int) -> Bool {
        guard i + 4 < tokens.count, DateRules.rangeJoiners.contains(tokens[i + 1].norm), tokens[i + 2].kind == .number else { return false }
        var k = i + 3
        if word(k) == "of" || word(k) == "in" { k += 1 }
        return (word(k).map { DateRules.relativeShifts[$0] != nil } ?? false) && word(k + 1) == "month"
    }

    /// "for 3 days from today", "for 1 week, from 20th Dec": a span of that length from a day.
    private mutating func durationFrom(at i: Int) -> Int? {
        guard word(i) == "for", let (parts, unitsEnd) = offsetParts(at: i + 1) else { return nil }
        var k = unitsEnd + 1
        if symbol(k) == "," { k += 1 }
        guard let w = word(k), w == "from" || DateRules.periodStarts.contains(w), k + 1 < tokens.count, sameSentence(i, k + 1) else {
            return nil
        }
        let before = candidates.count
        // ("for five days from Monday, September 17": the weekday before the date is the date's, read with it.)
        var dayAt = k + 1
        let dateAt = dayAt + (symbol(dayAt + 1) == "," ? 2 : 1)
        // (A day and its month after the comma, not any number: "from Monday, 5 shops said".)
        if word(dayAt).map({ DateRules.weekdays[$0] != nil }) == true, dateAt < tokens.count,
            month(dateAt) != nil
                || (day(dateAt).map { month($0.1 + 1) != nil || (word($0.1 + 1) == "of" && month($0.1 + 2) != nil) } ?? false)
        {
            dayAt = dateAt
        }
        guard let next = matchDay(at: dayAt) else { return nil }
        guard candidates.count == before + 1, candidates[before].firstToken == dayAt || candidates[before].firstToken == k + 1,
            let day = candidates[before].date,
            day.start == day.end, let anchor = CalendarDate(iso: day.start)
        else { consume(i, next - 1); return next }
        let resolved = candidates[before].resolved
        candidates.removeLast()
        let end = Self.shift(anchor, by: parts).adding(days: -1)
        return addDate(i, next - 1, anchor.description, end.description, resolved: resolved)
    }

    /// "year 247", "the year 2000": a year named after the word "year" (three or four digits).
    private mutating func namedYear(at i: Int) -> Int? {
        let at = word(i) == "the" ? i + 1 : i
        // "up 4% year to date", "year-to-date sales", "in the year to date": this year up to the published day (not a
        // fiscal year's, "fiscal year to date"; written apart, after "the", a figure or the sentence's start only, and before no
        // determiner of an object: not "took a year to date the remains", "his best year to date").
        let hyphenated = tightHyphen(at + 1)
        if word(at) == "year", let to = [at + 1, at + 2].first(where: { word($0) == "to" }),
            let d = [to + 1, to + 2].first(where: { word($0) == "date" }),
            (at + 1..<d).allSatisfy({ word($0) == "to" || symbol($0) == "-" }), sameSentence(i, d),
            !(word(i - 1).map(DateRules.fiscalWords.contains) ?? false),
            hyphenated
                || ((at > i || i == 0 || !sameSentence(i - 1, i) || tokens[i - 1].kind == .number || symbol(i - 1) == "%"
                    || (word(i - 1).map { PercentRules.words.contains($0) || $0 == "up" || $0 == "down" } ?? false))
                    && !(word(d + 1).map(DateRules.determiners.contains) ?? false))
        {
            guard let published else {
                consume(i, d)
                return d + 1
            }
            // ("down 5 percent from the year-to-date period last year": the same span of the year before.)
            let k = word(d + 1) == "period" ? d + 2 : d + 1
            if word(k) == "last", word(k + 1) == "year", sameSentence(i, k + 1) {
                let end = Self.shift(published, by: -1, "year")
                return addDate(i, k + 1, Self.iso(end.year, 1, 1), end.description, resolved: "relative to published")
            }
            return addDate(i, d, Self.iso(published.year, 1, 1), published.description, resolved: "relative to published")
        }
        guard word(at) == "year", let y = smallInteger(at + 1, maxDigits: 4), tokens[at + 1].norm.utf8.count >= 3, (100...2999).contains(y),
            sameSentence(i, at + 1), !attached(at + 2) || phraseEnds(at: at + 2) || symbol(at + 2) == ","
        else { return nil }
        return addDate(i, at + 1, Self.iso(y, 1, 1), Self.iso(y, 12, 31), resolved: "absolute")
    }

    /// "in nineteen twenty eight", "in one thousand seven hundred and eighty nine": a year in words
    /// after "in", where the phrase ends ("in two thousand homes" is a count).
    private mutating func yearInWordsAfterIn(at i: Int) -> Int? {
        guard word(i) == "in", let w = word(i + 1), NumberRules.units[w] != nil else { return nil }
        var found: (year: Int, last: Int)?
        if let (y, last) = yearInWords(i + 1), y >= 1500 {
            found = (y, last)
        } else if let n = try? readNumber(at: i + 1, money: false), n.words, let v = n.value.integerValue, (1000...2999).contains(v) {
            found = (v, n.last)
        }
        guard let (y, last) = found, sameSentence(i, last), phraseEnds(at: last + 1) || symbol(last + 1) == "," else { return nil }
        return addDate(i + 1, last, Self.iso(y, 1, 1), Self.iso(y, 12, 31), resolved: "absolute")
    }

    /// Whether the year at `i` is a change's base after "compared with" or a percentage's "on": "up 30% on 2027", "compared
    /// with 2027" (not "on 2027 Main Street", "with 2027 votes": a percentage or "compared" before it only).
    private func comparedYear(_ i: Int) -> Bool {
        guard i >= 2, let w = word(i - 1), sameSentence(i - 2, i) else { return false }
        // (Not a count told of a time after it: "drew 2,300 runners, compared with 2027 last year".)
        if let next = word(i + 1), DateRules.relativeShifts[next] != nil || next == "a" || next == "in" { return false }
        if w == "with" { return word(i - 2) == "compared" }
        return w == "on" && (symbol(i - 2) == "%" || word(i - 2).map { ["percent", "cent", "pct"].contains($0) } == true)
    }

    /// "in 2019", "since 2019", "2019–2020", "between 2020 and 2023", "from 2019 to 2021".
    private mutating func yearDate(at i: Int) -> Int? {
        // "called to 1909 Jolinda Drive": a house number, not a year (but "by 2030 Fifth Avenue will be
        // car-free": a year after a date preposition).
        if isStreetNumber(i), !(word(i - 1).map { DateRules.datePrepositions.contains($0) && $0 != "to" && $0 != "of" } ?? false) {
            return nil
        }
        // "The Class of 2027 will sit the new exams": a cohort named after its year, no date.
        if word(i - 1) == "of", bareWord(i - 2) == "class", year(i) != nil, sameSentence(i - 2, i) {
            consume(i, i)
            return i + 1
        }
        // "2016 Q3", "during 2016 H2": the quarter rule reads the year with its part.
        if let w = word(i + 1), w == "q" || w == "h", tokens[i + 1].capitalized, attached(i + 2), smallInteger(i + 2, maxDigits: 1) != nil {
            return nil
        }
        // "the 2022 fiscal year": a fiscal year (see `fiscalYear`).
        if let y = year(i), (1900...2100).contains(y), fiscalYearWords(at: i + 1), sameSentence(i, i + 2) {
            return addDate(i, i + 2, String(y), String(y), resolved: "fiscal year")
        }
        // "2016 June", "2016, Nov" (full month names, or any month after a comma).
        if let y = year(i), (1800...2199).contains(y) {
            var k = i + 1
            if symbol(k) == "," { k += 1 }
            if let m = month(k), sameSentence(i, k), (word(k)?.count ?? 0) > 3 || k == i + 2,
                !DateRules.ambiguousMonths.contains(word(k) ?? "") || tokens[k].capitalized
            {
                return addDate(i, k, Self.iso(y, m, 1), Self.iso(y, m, CalendarDate.daysIn(month: m, year: y)), resolved: "absolute")
            }
        }
        if let y = year(i), (1800...2199).contains(y), let w = word(i - 1), w == "between" || w == "from",
            let joiner = word(i + 1), (w == "between" && joiner == "and") || (w == "from" && (joiner == "to" || joiner == "through")),
            let y2 = year(i + 2), y2 > y, sameSentence(i, i + 2)
        {
            return addDate(i - 1, i + 2, Self.iso(y, 1, 1), Self.iso(y2, 12, 31), resolved: "absolute")
        }
        // "the 2016-2020 plan", "over 2014–2018": two years joined tight by a dash are a span of years,
        // unless something counted, scaled or a unit follows ("2000-3000 troops", "2000-3000 million").
        if let y = year(i), (1800...2199).contains(y), symbol(i + 1) == "-" || symbol(i + 1) == "–", attached(i + 1), attached(i + 2),
            let y2 = year(i + 2), y2 > y, y2 - y <= DateRules.maximumYearSpan, !unitFollows(i + 2), !looksCounted(after: i + 2),
            i == 0 || tokens[i - 1].kind != .symbol || !attached(i) || symbol(i - 1) == "("
        {
            let first = word(i - 1) == "between" || word(i - 1) == "from" ? i - 1 : i
            return addDate(first, i + 2, Self.iso(y, 1, 1), Self.iso(y2, 12, 31), resolved: "absolute")
        }
        // "the 2012 through 2015 design": two years joined by "through" are a span of years too.
        if let y = year(i), (1800...2199).contains(y), let joiner = word(i + 1), joiner == "through" || joiner == "thru",
            let y2 = year(i + 2), y2 > y, y2 - y <= DateRules.maximumYearSpan, !unitFollows(i + 2), !looksCounted(after: i + 2),
            sameSentence(i, i + 2), i == 0 || tokens[i - 1].kind != .number
        {
            let first = word(i - 1) == "between" ? i - 1 : i
            return addDate(first, i + 2, Self.iso(y, 1, 1), Self.iso(y2, 12, 31), resolved: "absolute")
        }
        // "the 2023 season", "its 1989 peak", "2019 sales", "the 2020 Olympics": a year before a noun of
        // something yearly is that year (not "the 2020 model", "2000 troops").
        // ("the 2024 Paris Olympics", "the 2023 Rugby World Cup": up to two capitalised words between after "the";
        // "the 2023 tax year": a tax year is the calendar year.)
        // (Before 1900 after "the" or a possessive only: "Guy Fawkes' 1605 plot", "the 1666 fire".)
        let ownedYear =
            word(i - 1).map { $0 == "the" || $0.hasSuffix("'s") || $0.hasSuffix("’s") } == true || symbol(i - 1) == "'"
            || symbol(i - 1) == "’"
        if let y = year(i), (1900...2100).contains(y) || (y >= 1000 && ownedYear), i + 1 < tokens.count, tokens[i + 1].spaceBefore,
            sameSentence(i, i + 1), !attached(i), !(i > 0 && tokens[i - 1].kind == .number)
        {
            var n = i + 1
            if word(i - 1) == "the" {
                while n < i + 3, n + 1 < tokens.count, tokens[n].kind == .word, tokens[n].capitalized, sameSentence(i, n + 1),
                    !(bareWord(n).map { DateRules.yearNouns.contains($0) } ?? false)
                {
                    n += 1
                }
            }
            let taxYear = bareWord(i + 1) == "tax" && (bareWord(i + 2).map { DateRules.taxPeriodWords.contains($0) } ?? false)
            if taxYear || (bareWord(n).map { DateRules.yearNouns.contains($0) } ?? false) {
                return addDate(i, i, Self.iso(y, 1, 1), Self.iso(y, 12, 31), resolved: "absolute")
            }
        }
        // "The Sensex ended 2024 with a gain", "entered 2025 with debts": a verb of a year's end or start before it.
        if let y = year(i), (1900...2100).contains(y), let w = word(i - 1), DateRules.yearVerbs.contains(w), sameSentence(i - 1, i),
            !looksCounted(after: i), !unitFollows(i), !attached(i + 1) || [",", ".", ";", ":", ")"].contains(symbol(i + 1) ?? "")
        {
            return addDate(i, i, Self.iso(y, 1, 1), Self.iso(y, 12, 31), resolved: "absolute")
        }
        // "The Met Office said 2026 was the warmest year on record", "2027 will be tougher": a year opening its clause, the
        // subject of a singular verb (not an amount, "£2000 was spent", "around 2000 was raised", nor a number before it).
        if let y = year(i), (1900...2100).contains(y), let v = word(i + 1), DateRules.verbsAfterYearSubject.contains(v),
            !tokens[i + 1].capitalized, sameSentence(i, i + 1), !attached(i), !unitFollows(i),
            i == 0 || !sameSentence(i - 1, i)
                || (word(i - 1).map { DateRules.clauseOpenersBeforeYear.contains($0) || DateRules.sayingVerbs.contains($0) } ?? false),
            !(i + 2 < tokens.count
                && (tokens[i + 2].kind == .number || currencySign(i + 2)))
        {
            return addDate(i, i, Self.iso(y, 1, 1), Self.iso(y, 12, 31), resolved: "absolute")
        }
        // (Punctuation may close it: "opened in 2012; two years earlier", "by 2024: one for …"; not a title's colon,
        // "from 2001: A Space Odyssey".)
        // (Nor a level after "to": "Gold climbed to 2030; …".)
        let colonTitle =
            symbol(i + 1) == ":" && i + 2 < tokens.count && tokens[i + 2].capitalized
            || ([";", ":", ")"].contains(symbol(i + 1) ?? "") && word(i - 1) == "to")
        // (Before 1800 only after "in", "since" or "back to": "signed in 1776", "dates back to 1785"; not "rose to 1750".)
        // (And where nothing but a stop word follows: not "ran in 1500 metre races".)
        guard let y = year(i), let w = word(i - 1),
            (1800...2199).contains(y)
                || (y >= 1000 && (w == "in" || w == "since" || (w == "to" && word(i - 2) == "back"))
                    && (word(i + 1).map { SubjectRules.stopWords.contains($0) } ?? true)),
            DateRules.datePrepositions.contains(w) || comparedYear(i),
            !attached(i + 1) || [",", ".", "–", "-", ";", ":", ")", "!", "?"].contains(symbol(i + 1) ?? ""), !colonTitle
        else { return nil }
        // ("The festival founded in 1990 returns on 14 August", "collapsed in 2019 reopens in May": a present verb of an event
        // before its preposition, no plural counted.)
        let eventVerbAfter =
            word(i + 1).map { DateRules.isPresentEventWord($0) } == true
            && (word(i + 2).map { DateRules.prepositionsAfterEventVerbs.contains($0) } ?? false)
        // ("Since 2020 prices have risen", "After 2008 banks were bailed out", "said that since 2015 officers have": a year after
        // a word of time that opens the sentence or its clause, before its subject; not "in 2000 homes", nor "Since 2,008 …".)
        // (Not a clause that a comma closes before the sentence's own: "After 2000 runners finished, the road reopened",
        // "Since 2000 people have died on the road, campaigners say"; a comma before a saying verb keeps the year.)
        let commaAt = (i + 1..<min(tokens.count, i + 16)).first { sameSentence(i, $0) && symbol($0) == "," }
        let closedClause =
            commaAt.map { c in
                !(c + 1...c + 3).contains { j in sameSentence(c, j) && (word(j).map(DateRules.sayingVerbs.contains) ?? false) }
            } ?? false
        let openingYear =
            !closedClause && (1900...2100).contains(y) && DateRules.yearOpeningPrepositions.contains(w)
            && (i < 2 || !sameSentence(i - 2, i) || (symbol(i - 2).map(NameRules.phraseOpeningMarks.contains) ?? false)
                || (word(i - 2).map(DateRules.clauseOpenersBeforeYear.contains) ?? false))
        // ("The law passed in 2024 comes into force", "The ban imposed in 2022 remains in place": a year after a participle's
        // preposition, before the verb of the clause's subject, which no plural counted is.)
        // (And a verb that no year counts after any date preposition: "The target of 300 homes by 2029 looks out of reach".)
        let subjectVerbAfter =
            word(i + 1).map(DateRules.verbsAfterDatedPhrase.contains) == true
            && (word(i - 2).map(DateRules.isPastForm) == true || word(i + 1).map(DateRules.verbsNoYearCounts.contains) == true)
        if looksCounted(after: i), !verbWithObject(after: i), !eventVerbAfter, !subjectVerbAfter, !openingYear { return nil }
        if let j = (symbol(i + 1) == "–" || symbol(i + 1) == "-") ? i + 2 : nil, let y2 = year(j), y2 > y {
            // "between 2000-2050 troops", "of 2010-2020 percent": counted or a unit after the second number.
            if unitFollows(j) || looksCounted(after: j) { return nil }
            return addDate(w == "between" ? i - 1 : i, j, Self.iso(y, 1, 1), Self.iso(y2, 12, 31), resolved: "absolute")
        }
        // "2016 June", "2016, Nov": a year then a month.
        var k = i + 1
        if symbol(k) == "," { k += 1 }
        if let m = month(k), sameSentence(i, k), monthIsCalendar(k, followedByDateParts: true) || (word(k)?.count ?? 0) > 3 {
            return addDate(i, k, Self.iso(y, m, 1), Self.iso(y, m, CalendarDate.daysIn(month: m, year: y)), resolved: "absolute")
        }
        return addDate(i, i, Self.iso(y, 1, 1), Self.iso(y, 12, 31), resolved: "absolute")
    }

    /// Whether a scale word, a percent or a currency word follows the number at `k`: it is an amount.
    private func unitFollows(_ k: Int) -> Bool {
        if let s = symbol(k + 1), PercentRules.symbols.contains(s) || MoneyRules.symbols[s] != nil { return true }
        guard let w = word(k + 1) else { return false }
        return NumberRules.scaleWords[w] != nil || PercentRules.words.contains(w) || MoneyRules.namesByFirstWord[w] != nil
            || (MoneyRules.codes.contains(w) && !MoneyRules.codesThatAreWords.contains(w))
    }

    /// "on Saturday", "last Friday", "next Monday": the nearest such day, by the sentence's tense.
    private mutating func weekdayDate(at i: Int) -> Int? {
        guard let w = bareWord(i), let weekday = DateRules.weekdays[w] else { return nil }
        if DateRules.weekdayAbbreviations.contains(w) {
            guard tokens[i].capitalized, symbol(i + 1) == "." else { return nil }
        }
        // "Black Friday", "Cyber Monday", "Super Tuesday": a name, not the nearest such day.
        if tokens[i].capitalized, i > 0, tokens[i - 1].capitalized, let p = word(i - 1), NameRules.weekdayNameModifiers.contains(p),
            sameSentence(i - 1, i)
        {
            consume(i - 1, i)
            return i + 1
        }
        // ("He played Man Friday", "his Girl Friday": Crusoe's servant, an assistant; not a headline's object, "Police Arrest Man
        // Friday", nor a name's last word, "the Isle of Man Friday", "The Spice Girl Friday announced".)
        if w == "friday", tokens[i].capitalized, i > 0, tokens[i - 1].capitalized, let p = word(i - 1),
            NameRules.namesBeforeFriday.contains(p),
            sameSentence(i - 1, i), !headlineSentence(i),
            !(i >= 2 && sameSentence(i - 2, i) && (word(i - 2) == "of" || (tokens[i - 2].capitalized && !determinerOrPossessive(i - 2))))
        {
            consume(i - 1, i)
            return i + 1
        }
        // "The Mail on Sunday", "the Independent on Sunday": a title, not a date.
        if tokens[i].capitalized, word(i - 1) == "on", i >= 2, tokens[i - 2].capitalized, sameSentence(i - 2, i),
            let name = word(i - 2), NameRules.titlesOnWeekdays.contains(name)
        {
            consume(i - 1, i)
            return i + 1
        }
        // "a rendition of 'Friday's Child'", "the film "Tuesday Night Blues"": a short title in quotes of capitalised words.
        if tokens[i].capitalized, let q = symbol(i - 1), NameRules.openingQuotes.contains(q), attached(i) {
            var k = i + 1
            // (Up to two words after it: not a quoted headline, "The headline read: 'Friday Chaos On The Roads'".)
            while k <= i + 3, k < tokens.count, tokens[k].kind == .word, tokens[k].capitalized, sameSentence(i, k) { k += 1 }
            if k > i + 1, let c = symbol(k), NameRules.closingQuotes.contains(c), attached(k) {
                consume(i, k - 1)
                return k
            }
            // ("The headline read: 'Sunday Trading Laws To Change'": in a quoted headline, a weekday before a capitalised plural,
            // perhaps over one word, is any such day, as in lower case.)
            // (Not a plural of the day's own events, "'Friday Strikes Cancel 200 Trains'": a plural of every week's only.)
            if (capitalisedPlural(i + 1, of: i) && word(i + 1).map(DateRules.everyWeekPlurals.contains) == true)
                || (i + 1 < tokens.count && tokens[i + 1].capitalized && word(i + 1).map { !isPlural($0) } == true
                    && capitalisedPlural(i + 2, of: i))
            {
                consume(i, i)
                return i + 1
            }
        }
        // "The Sunday Times", "a Sunday Telegraph poll", "Monday Night Football": a title, not a date.
        if tokens[i].capitalized, i + 1 < tokens.count, tokens[i + 1].capitalized, sameSentence(i, i + 1), let next = word(i + 1),
            NameRules.weekdayTitleWords.contains(next)
                || (DateRules.months[next] == nil && DateRules.weekdays[next] == nil
                    && word(i - 1).map { $0 == "the" || $0 == "a" } == true && sameSentence(i - 1, i))
        {
            consume(i, i + 1)
            return i + 2
        }
        // ("Tributes were paid to Sunday league footballer Harry Christmas", "She has a Saturday job": a weekday before a noun
        // of what is done every such day, `DateRules.everyWeekdayNouns`, with no word that dates it.)
        if !tokens[i].norm.hasSuffix("'s"), let n = word(i + 1), DateRules.everyWeekdayNouns.contains(n), !tokens[i + 1].capitalized,
            sameSentence(i, i + 1), !(word(i - 1).map(DateRules.weekdayDatingWords.contains) ?? false)
        {
            consume(i, i)
            return i + 1
        }
        // "cuts the number of Sunday services", "Monday mornings are the busiest": a weekday before a plural noun,
        // with no preposition that dates it, is any such day ("after Friday prayers", "from Tuesday primaries" date one).
        // ("on Sunday evenings", "on Friday nights": parts of every such day, whatever the preposition.)
        // ("Sunday trading laws", "Sunday bus services": one noun may stand between; not a part of the day, "Friday
        // night hours after the attack".)
        let between = word(i + 1).map { !isPlural($0) && !DateRules.partsOfDay.contains($0) } == true
        let pluralAt =
            between && word(i + 2).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } == true && !tokens[i + 2].capitalized
            ? i + 2 : i + 1
        if !tokens[i].norm.hasSuffix("'s"), let n = word(pluralAt), sameSentence(i, pluralAt), !tokens[i + 1].capitalized, isPlural(n),
            !SubjectRules.stopWords.contains(n), word(i + 1).map({ !SubjectRules.stopWords.contains($0) }) == true,
            DateRules.partsOfDays.contains(n) || !(word(i - 1).map { DateRules.weekdayDatingWords.contains($0) } ?? false),
            // ("Friday marks the 50th anniversary", "Sunday sees the final round": a verb in "-s" before its object.)
            // ("Monday marks a new start": an article after the verb too.)
            pluralAt > i + 1 || !weekdayVerbWithObject(after: i)
        {
            consume(i, i)
            return i + 1
        }
        // "Monday, January 12th, 2016", "on Thursday 21 March": the date rule takes the weekday with it.
        var after = i + 1
        if symbol(after) == "," || symbol(after) == "(" { after += 1 }
        if month(after) != nil,
            day(after + 1) != nil || cardinalDay(after + 1) != nil || (symbol(after + 1) == "." && day(after + 2) != nil)
        {
            return nil
        }
        if let (_, dayEnd) = day(after), sameSentence(i, dayEnd + 1),
            month(dayEnd + 1) != nil || (word(dayEnd + 1) == "of" && month(dayEnd + 2) != nil)
        {
            return nil
        }
        // "on a Saturday each month", "every Friday", "The bakery is closed on a Sunday": any such day, not one.
        // (In a past report "a" names the day's kind: "held the ceremony on a Monday", "Police said the attack,
        // on a Saturday night, left three dead".)
        let anyOfKind = { (scanner: FigureScanner, p: String) -> Bool in
            guard p == "a" || p == "an" else { return true }
            // ("Last year, Christmas fell on a Friday": the weekday a day falls on is its kind, in any tense.)
            if scanner.word(i - 2) == "on", scanner.word(i - 3).map(DateRules.fallingOnVerbs.contains) == true { return true }
            let report = (max(0, i - 20)...min(scanner.tokens.count - 1, i + 20)).contains { k in
                scanner.sameSentence(i, k) && !scanner.tokens[k].capitalized
                    && DateRules.pastReportingVerbs.contains(scanner.tokens[k].norm)
            }
            return !(scanner.isPastSentence(i) || report) || scanner.isFutureSentence(i)
        }
        // "sank on 2 February 2025, a Monday", "on 5 March (Monday)": the weekday of the date just read, no other day.
        let opener = word(i - 1) == "a" && symbol(i - 2) == "," ? i - 2 : symbol(i - 1) == "(" ? i - 1 : nil
        if let opener, let previous = candidates.last, previous.kind == .date, previous.lastToken == opener - 1, sameSentence(opener, i) {
            consume(opener + 1, i)
            return i + 1
        }
        // ("would run on a Sunday timetable", "on a reduced Saturday schedule": after "a", before a noun of how things run, the
        // kind of day, whatever the tense; not a day's event, "a Monday debate".)
        if word(i + 1).map(DateRules.dayKindNouns.contains) == true, sameSentence(i - 2, i + 1),
            let article = word(i - 1) == "a" || word(i - 1) == "an" ? i - 1 : word(i - 2) == "a" || word(i - 2) == "an" ? i - 2 : nil,
            article == i - 1 || word(i - 1).map({ !SubjectRules.stopWords.contains($0) }) == true
        {
            consume(i, i)
            return i + 1
        }
        if let p = word(i - 1), DateRules.anyWeekdayBefore.contains(p), sameSentence(i - 1, i), anyOfKind(self, p) {
            consume(i - 1, i)
            return i + 1
        }
        // "The ferry runs every 20 minutes, Monday to Friday": a bare span of weekdays in a sentence of a schedule is every
        // week's (not "from Monday to Friday", "on Monday to Friday").
        // (Not one of this week: "Protest marches take place every evening, Monday to Wednesday, this week".)
        if let joiner = word(i + 1), ["to", "through", "till"].contains(joiner), let end = weekdayName(i + 2), sameSentence(i, end.last),
            !(word(i - 1).map { DateRules.weekdayDatingWords.contains($0) || $0 == "between" } ?? false),
            (max(0, i - 20)...min(tokens.count - 1, end.last + 20)).contains(where: { k in
                sameSentence(k, i) && (word(k).map { DateRules.scheduleWords.contains($0) } ?? false)
            }),
            !(max(0, i - 20)...min(tokens.count - 1, end.last + 20)).contains(where: { k in
                sameSentence(k, i) && bareWord(k) == "week" && word(k - 1).map { DateRules.relativeShifts[$0] != nil } == true
            })
        {
            consume(i, end.last)
            return end.last + 1
        }
        // "every other Tuesday", "every second Friday", "on alternate Saturdays": a schedule, any such day.
        if let p = word(i - 1), DateRules.everyOtherWords.contains(p), word(i - 2) == "every" || word(i - 2) == "each",
            sameSentence(i - 2, i)
        {
            consume(i - 2, i)
            return i + 1
        }
        // "every Monday and Thursday", "every Tuesday, Thursday and Saturday": the days listed after "every" are of every week.
        var listed = i - 1
        var days = 0
        while listed >= 0, listed >= i - 12, sameSentence(listed, i),
            symbol(listed) == "," || word(listed).map({ $0 == "and" || $0 == "or" || DateRules.weekdays[$0] != nil }) == true
        {
            if word(listed).map({ DateRules.weekdays[$0] != nil }) == true { days += 1 }
            listed -= 1
        }
        if days > 0, listed < i - 1, word(listed).map({ $0 == "every" || $0 == "each" }) == true {
            consume(i, i)
            return i + 1
        }
        // "on Wednesday week", "a week on Wednesday" (British): the Wednesday a week after the coming one.
        let weekOn = word(i - 1) == "on" && word(i - 2) == "week" && word(i - 3) == "a" && sameSentence(i - 3, i)
        if weekOn || (word(i + 1) == "week" && sameSentence(i, i + 1) && word(i + 2) != "of" && !tokens[i + 1].capitalized) {
            let (first, last) = weekOn ? (i - 3, i) : (word(i - 1) == "on" ? i - 1 : i, i + 1)
            guard let published else { consume(first, last); return last + 1 }
            let ahead = (weekday - published.weekday + 7) % 7
            let day = published.adding(days: (ahead == 0 ? 7 : ahead) + 7)
            return addDate(first, last, day.description, day.description, resolved: "relative to published")
        }
        // "Friday next week", "Sunday of next week".
        var k = i + 1
        if word(k) == "of" { k += 1 }
        if let p = word(k), let shift = DateRules.relativeShifts[p], word(k + 1) == "week", sameSentence(i, k + 1) {
            let first = word(i - 1) == "on" ? i - 1 : i
            guard let published else { consume(first, k + 1); return k + 2 }
            let day = published.adding(days: 1 - published.weekday + 7 * shift + weekday - 1)
            return addDate(first, k + 1, day.description, day.description, resolved: "relative to published")
        }
        // "Friday the 15th": the nearest month where the 15th is a Friday, else the nearest 15th.
        if word(i + 1) == "the", let (d, dayEnd) = day(i + 2) ?? cardinalDay(i + 2), sameSentence(i, dayEnd) {
            guard let published else { consume(i, dayEnd); return dayEnd + 1 }
            var best: CalendarDate?
            for offset in -12...12 {
                let total = published.year * 12 + published.month - 1 + offset
                if let date = CalendarDate(year: total / 12, month: total % 12 + 1, day: d), date.weekday == weekday {
                    if best == nil || abs(date.dayNumber - published.dayNumber) < abs((best?.dayNumber ?? 0) - published.dayNumber) {
                        best = date
                    }
                }
            }
            guard let date = best else { return nil }
            return addDate(i, dayEnd, date.description, date.description, resolved: "relative to published")
        }
        // "the first Friday of July", "the last Monday of next month".
        if let ordinal = word(i - 1), let n = DateRules.ordinalDays[ordinal] ?? (ordinal == "last" ? -1 : nil), n <= 5,
            let link = word(i + 1), link == "of" || link == "in", sameSentence(i - 1, i + 2)
        {
            // "the last Thursday of every month": any such day.
            if let every = word(i + 2), every == "every" || every == "each", bareWord(i + 3) == "month" {
                consume(word(i - 2) == "the" ? i - 2 : i - 1, i + 3)
                return i + 4
            }
            var y: Int?
            var m: Int?
            var last = i + 2
            var relative = false
            if let mm = month(i + 2) {
                m = mm
                // ("on the second Saturday of July last year": the year right after it is its own, one date, as "April 1 last year"
                // is.)
                if let written = yearWrittenAfter(i + 3, of: i) { (y, last, relative) = (written.year, written.last, written.relative) }
            } else if let p = word(i + 2), let shift = DateRules.relativeShifts[p], word(i + 3) == "month", let published {
                let total = published.year * 12 + published.month - 1 + shift
                y = total / 12
                m = total % 12 + 1
                last = i + 3
            }
            if let m {
                let first = word(i - 2) == "the" ? i - 2 : i - 1
                guard let published else { consume(first, last); return last + 1 }
                let nth = { (year: Int) in HolidayRules.date(.nthWeekday(month: m, weekday: weekday, n: n), in: year) }
                var year = y ?? (m >= published.month ? published.year : published.year + 1)
                // ("The race was held on the first Sunday of November" in February: in a sentence of the past, the latest gone; and
                // so after a participle it hangs on, "The auction, held on the first Monday of November, raised £2m".)
                if y == nil, (isPastSentence(i) && !isFutureSentence(i)) || hangsOnPastVerb(first) {
                    while nth(year).map({ published < $0 }) == true { year -= 1 }
                }
                guard let date = nth(year), date.month == m else { return nil }
                return addDate(
                    first, last, date.description, date.description,
                    resolved: y == nil ? "year from published" : relative ? "relative to published" : "absolute")
            }
        }
        // "second Sunday", "the first Tuesday": that weekday of the published month.
        if let ordinal = word(i - 1), let n = DateRules.ordinalDays[ordinal], n <= 5, sameSentence(i - 1, i),
            word(i + 1) != "of" && word(i + 1) != "in"
        {
            let first = word(i - 2) == "the" ? i - 2 : i - 1
            // "the first Sunday after the vote": counted from a day this rule cannot date.
            if word(i + 1).map({ DateRules.weekdayAnchorWords.contains($0) }) ?? false { consume(first, i); return i + 1 }
            guard let published else { consume(first, i); return i + 1 }
            let days = CalendarDate.daysIn(month: published.month, year: published.year)
            let matching = (1...days).compactMap { CalendarDate(year: published.year, month: published.month, day: $0) }
                .filter { $0.weekday == weekday }
            // "the fifth Sunday" of a month with four: no such day, and not some other Sunday either.
            guard n <= matching.count else { consume(first, i); return i + 1 }
            return addDate(first, i, matching[n - 1].description, matching[n - 1].description, resolved: "relative to published")
        }
        var first = i
        var shift: Int?
        var forward = false
        let aheadOf = word(i - 1) == "of" && word(i - 2) == "ahead" && sameSentence(i - 2, i)
        if let p = word(i - 1), sameSentence(i - 1, i) {
            if p == "on" { first = i - 1 }
            if let s = DateRules.relativeShifts[p] { shift = s; first = i - 1 }
            // "the coming Friday": the next one, this week or the next.
            if DateRules.comingWords.contains(p) { shift = nil; forward = true }
            // ("Campaigning ends tomorrow night ahead of Tuesday's vote": what is done ahead of a day, in a sentence of no
            // past, is before it; in a past sentence the nearest such day, below.)
            if aheadOf, shift == nil, !isPastSentence(i) { forward = true }
        }
        guard let published else {
            // No reference day: the weekday says nothing datable. Skip it.
            consume(first, i)
            return i + 1
        }
        // A weekday next to a past verb of saying is the day of the report ("said on Tuesday"),
        // whatever else the sentence says of the future.
        // (Over its object too: "warned travellers on Monday that permits will be required", "told them on Friday".)
        // ("briefed MPs on Tuesday": an acronym's plural too.)
        let acronymPlural =
            first >= 2 && tokens[first - 1].kind == .word && text(first - 1, first - 1).dropLast().allSatisfy(\.isUppercase)
            && text(first - 1, first - 1).hasSuffix("s") && text(first - 1, first - 1).count >= 3
        let objectBefore =
            first >= 2 && (!tokens[first - 1].capitalized || acronymPlural)
            && (word(first - 1).map {
                SubjectRules.objectPronouns.contains($0) || (isPlural($0) && !SubjectRules.stopWords.contains($0))
            }
                ?? false)
        // ("informed the company on Wednesday that it will": a determiner and a noun.)
        let nounObjectBefore =
            first >= 3 && !tokens[first - 1].capitalized && (word(first - 2).map { $0 == "the" || $0 == "its" || $0 == "their" } ?? false)
            && (word(first - 1).map { !SubjectRules.stopWords.contains($0) } ?? false)
        let verbAt = nounObjectBefore ? first - 3 : objectBefore ? first - 2 : first - 1
        // (Not after a modal or "to", "will be released"; a capitalised one is a name, "Theresa May said on Sunday".)
        let reported = [verbAt, i + 1, verbBeforeNamedObject(before: first)].contains { k in
            sameSentence(k, i) && (word(k).map { DateRules.pastReportingVerbs.contains($0) } ?? false)
                && !(k > 0 && !tokens[k - 1].capitalized && (word(k - 1).map { DateRules.beforeNonFinite.contains($0) } ?? false))
        }
        // The verb the weekday hangs on, when it stands right before it, decides over the sentence:
        // "the strike, which began on Monday, is expected to last" (past); "a hearing is set for
        // Friday", "the report is due on Tuesday" (ahead).
        var scheduled = false
        // (Not a warning told of after its day, "The warning for Monday turned out to be unnecessary"; a change to it
        // before its day is told in the passive, "The warning for Saturday was lifted".)
        // ("a yellow warning for snow from Monday to Wednesday", "a warning for heavy rain on Friday": over what is
        // warned of, up to three words.)
        // (Not "issued a warning on Monday": the day of the warning after "for" only.)
        // ("has issued a yellow warning for ice from 6pm on Saturday": over a time of day, its preposition; not after a simple
        // past, "issued a warning for snow from 6pm on Saturday" on the Sunday, the one in force or gone.)
        let clock = word(first) == "on" ? timeOfDayStart(before: first) : nil
        let simplePastBefore =
            clock != nil
            && (sentenceFirst(i)..<first).contains { k in
                word(k) != nil && !tokens[k].capitalized && isPastVerb(k) && !(word(k - 1).map { $0 == "has" || $0 == "have" } ?? false)
            }
        let preposition = word(first) == "on" ? (simplePastBefore ? nil : clock) ?? first : first - 1
        let warnedFor =
            (word(preposition).map { $0 == "for" || $0 == "from" || $0 == "on" } ?? false)
            // ("a yellow warning for rain across Wales and south-west England on Sunday": over its places, up to ten tokens.)
            && (max(0, preposition - 10)..<max(0, preposition)).contains { k in
                sameSentence(k, i) && (word(k).map { DateRules.warningsFor.contains($0) } ?? false)
                    // ("Storm Warning Issued For Monday", "A storm warning has been issued for Monday": issued for the day.)
                    && (word(preposition) == "for"
                        && ((word(k + 1) == "issued" && k + 2 == preposition)
                            || (word(k + 1).map { $0 == "has" || $0 == "have" } == true && word(k + 2) == "been"
                                && word(k + 3) == "issued" && k + 4 == preposition))
                        || ((k + 1 == preposition && word(preposition) != "on") || word(k + 1) == "for")
                            && (k + 1..<preposition).allSatisfy {
                                // (Not one told in the past in its own words: "A warning for snow was in force from Friday to Sunday",
                                // "An amber warning for rain was issued on Sunday".)
                                (tokens[$0].kind == .word && !DateRules.clauseOpeners.contains(tokens[$0].norm)
                                    && !DateRules.pastBeAndHave.contains(tokens[$0].norm) && (tokens[$0].capitalized || !isPastVerb($0)))
                                    || tightHyphen($0)
                                    // ("and" between places: "across Wales and south-west England".)
                                    || (tokens[$0].norm == "and" && $0 + 1 < preposition
                                        && (tokens[$0 + 1].capitalized || tightHyphen($0 + 2)))
                            })
            }
            // (A past of another clause tells nothing of the warning: "from Friday to Sunday, after flash floods closed roads".)
            && !(i + 1..<(clauseOfOtherEvent(after: i) ?? min(tokens.count, i + 12))).contains { k in
                sameSentence(k, i) && !tokens[k].capitalized
                    && ((isPastVerb(k)
                        && !(word(k).map { DateRules.beVerbs.contains($0) || $0 == "had" } ?? false)
                        && !(word(k - 1).map { DateRules.beVerbs.contains($0) || $0 == "has" || $0 == "have" } ?? false))
                        // ("A warning for rain from Friday to Sunday had been in force": its own verb, in the past perfect.)
                        || (word(k) == "had" && word(k + 1) == "been"))
            }
        if word(first - 1) == "for", let v = word(first - 2), sameSentence(first - 2, i) {
            scheduled =
                DateRules.scheduledFor.contains(v) && (v != "set" || (word(first - 3).map { DateRules.beVerbs.contains($0) } ?? false))
                || warnedFor
        } else if warnedFor {
            scheduled = true
        } else if word(first) == "on", let f = word(first - 1), f == "follows" || f == "follow", !isPastSentence(i) {
            // ("The second leg follows on Wednesday at Anfield"; not what something follows, "follows a raid on Tuesday".)
            scheduled = true
        } else if word(first - 1) == "due", sameSentence(first - 1, i), !(word(first - 2).map { $0 == "was" || $0 == "were" } ?? false) {
            // ("which was due Monday, has been delayed" is past.)
            scheduled = true
        } else if let p = word(first - 1), p == "from" || p == "until" || p == "on", let state = word(first - 2),
            DateRules.inForceWords.contains(state), word(first - 3) == "in", word(first - 4).map(DateRules.presentBe.contains) == true,
            sameSentence(first - 4, i)
        {
            // ("A yellow warning is in force from Friday to Sunday", "The ban is in place until Sunday": a state still to
            // come; not "was in force on Saturday".)
            scheduled = true
        }
        // ("A ruling expected Friday", "a hearing scheduled Tuesday": a participle of what is to come.)
        // ("Leinster beat Munster 31-17 on Saturday and meet Toulouse next weekend": a score just before the day is a result.)
        // (Not a score wished for: "A 2-1 win on Saturday would secure the title".)
        let scoreBefore =
            (max(1, first - 3)..<max(1, first)).contains { k in
                tightHyphen(k) && sameSentence(k, first) && (tokens[k - 1].integer.map { $0 < 200 } ?? false)
                    && (k + 1 < tokens.count && tokens[k + 1].integer.map { $0 < 200 } ?? false)
            }
            && !(i + 1..<min(tokens.count, i + 4)).contains { k in
                sameSentence(i, k) && (word(k).map { $0 == "would" || $0 == "will" || $0 == "could" } ?? false)
            }
        let pastBefore =
            !scheduled
            && ((first - 1 >= 0 && sameSentence(first - 1, i) && word(first - 1) != nil && isPastVerb(first - 1)
                && !DateRules.futureMarkers.contains(tokens[first - 1].norm))
                || inParticipleClause(first, i) || scoreBefore || datesAnIncident(word(first) == "on" ? first + 1 : first)
                || eventAfterPastVerb(first))
        // "The Gophers play Saturday", "Lowe's reports earnings Wednesday", "the game is on Saturday": a
        // present-tense verb of an event up to three words before the weekday, in a sentence with no past
        // verb, is what is coming (news tells what happened in the past tense). Not a noun of the same
        // spelling after a determiner ("the report and Monday's announcement"), nor an infinitive.
        // ("Doors open at 7pm on Thursday": the time of day between them is passed over.)
        // ("Leeds host Chelsea at Elland Road on Saturday": so is the place.)
        let place = placeStart(before: first)
        let verbWindowEnd = timeOfDayStart(before: place ?? first) ?? place ?? first
        // ("Modi celebrates his 74th birthday on Tuesday", "Tottenham face Newcastle at home on Saturday": further
        // back in the clause, a verb of an event other than "is".)
        // ("covers Wales from Thursday evening to Saturday morning": a span's start after a present verb of an event; the
        // weekday its span ends on, when one follows.)
        let spanEnd: Int? = word(first - 1) == "from" ? weekdayEndingSpan(after: i) : nil
        let presentEvent =
            !reported && !pastBefore && !sentenceTense(i).past
            && (presentEventVerb(before: verbWindowEnd, of: i, nounsAndInfinitives: false)
                || presentEventVerbInClause(
                    before: verbWindowEnd, of: i,
                    // ("New parking charges apply from Monday", "Rail fares rise from Sunday": a start after "from" too.)
                    prose: word(first) == "on" || word(first - 1) == "on" || word(first - 1) == "from" || spanEnd != nil))
        // "Warnings are in place until Monday", "a warning for rain until 6pm on Monday": what lasts until a weekday,
        // in a sentence with no past verb, ends ahead; and so does what was put off until it ("the order had been
        // extended until 10pm on Saturday", `DateRules.deferralVerbs`).
        // ("adjourned the case to Monday": "to" after a verb that puts things off.)
        // ("cancelled until at least Monday".)
        let atLeast = word(first - 1) == "least" && word(first - 2) == "at" ? first - 3 : -1
        let untilAt = [first - 1, i - 1, timeOfDayStart(before: first) ?? -1, atLeast].first { k in
            k >= 0 && (word(k) == "until" || word(k) == "till" || (word(k) == "to" && deferredBefore(k))) && sameSentence(k, i)
        }
        let deferred = untilAt.map { deferredBefore($0) }
        let until = untilAt != nil && !reported && (deferred == true || (!pastBefore && !sentenceTense(i).past))
        // "Friday marks the 50th anniversary", "Tuesday is the deadline": the weekday as the subject of a present verb.
        // (After a colon or an opening quote too: "She said: 'Friday is the deadline.'")
        // (Or opening a clause after "and" or "but": "The council met on Tuesday and Wednesday is the deadline".)
        let subjectOfPresent =
            first == i
            && (i == 0 || !sameSentence(i - 1, i) || symbol(i - 1) == ":"
                || (symbol(i - 1).map(NameRules.openingQuotes.contains) == true && attached(i))
                || (word(i - 1).map { $0 == "and" || $0 == "but" } == true && !tokens[i].norm.hasSuffix("'s") && verbBefore(i - 1)))
            && (word(i + 1) == "is"
                || (word(i + 1).map {
                    $0.hasSuffix("s") && $0 != "was" && $0 != "has" && !tokens[i + 1].capitalized && !SubjectRules.stopWords.contains($0)
                        && !DateRules.afterListedWeekdays.contains($0)
                } == true
                    && weekdayVerbWithObject(after: i)))
        // ("The Met Office said Saturday would be warm": the weekday as the subject of "would" after a verb of saying.)
        // ("said Friday will be the busiest day": "will be" too; not "Consultants who walked out on Monday and Tuesday will meet
        // officials", whose verb is the subject's.)
        let subjectOfWould =
            first == i && word(i + 2) != "have"
            && ((word(i + 1) == "would" && wouldAfterSaying(before: i + 2))
                || (word(i + 1) == "will" && word(i + 2) == "be" && !tokens[i].norm.hasSuffix("'s")))
        // ("The road has been closed since Saturday and will reopen on Thursday": a day since which is gone, whatever else.)
        // (Not a "since" of cause before the weekday's verb: "Since Friday is a holiday, the office will close on Thursday".)
        let since =
            word(i - 1) == "since" && sameSentence(i - 1, i) && shift == nil
            && !(word(i + 1).map { DateRules.beVerbs.contains($0) || DateRules.modalsOfWhatMayCome.contains($0) || $0 == "will" } ?? false)
        let future =
            !since
            && (forward || scheduled || presentEvent || until || subjectOfPresent || subjectOfWould
                || (!reported && !pastBefore && (isFutureSentence(i) || intentAhead(before: first) || wouldAfterSaying(before: first))))
        let delta = weekday - published.weekday
        let date: CalendarDate
        let thisWeek = published.adding(days: weekday - published.weekday)
        // "Oracle reports results on Wednesday and Broadcom on Thursday", "…, followed by Broadcom on Thursday": a
        // weekday of a clause with its verb left out goes on from the weekday ahead before it.
        // (From the published day too, in a clause of no past: "returns today and the Lords on Tuesday".)
        // ("has cancelled all sailings on Tuesday" on a Sunday, "cancelled flights on Monday after the storm" on a Wednesday:
        // a day of what is called off is the nearest such day.)
        // ("Ahead of Tuesday's vote, the party launched its manifesto" on a Sunday, "Shares rose on Monday ahead of Tuesday's
        // vote" on a Wednesday: in a past sentence, the nearest too.)
        if shift == nil, !forward,
            (word(first) == "on" && cancelledBefore(first)) || aheadOf || calledOffPossessive(i) || setForCalledOff(first - 1)
        {
            let ahead = (weekday - published.weekday + 7) % 7
            let back = (published.weekday - weekday + 7) % 7
            let day = published.adding(days: ahead != 0 && ahead < back ? ahead : -back)
            return addDate(first, i, day.description, day.description, resolved: "relative to published")
        }
        if shift == nil, !forward, let day = gappedFrom(before: first), published < day || (day == published && !sentenceTense(i).past) {
            let step = (weekday - day.weekday + 7) % 7
            let next = day.adding(days: step == 0 ? 7 : step)
            return addDate(first, i, next.description, next.description, resolved: "relative to published")
        }
        // "He said on Monday that the vote would be held on Thursday", "Police said on Monday the suspect had been
        // arrested on Saturday": after the day of a report, "would" looks ahead of that day and "had" back from it.
        if shift == nil, !forward, let said = reportedDay(before: first), let day = CalendarDate(iso: said.day) {
            let step = (weekday - day.weekday + 7) % 7
            let reported = said.ahead ? day.adding(days: step == 0 ? 7 : step) : day.adding(days: step == 0 ? -7 : step - 7)
            return addDate(first, i, reported.description, reported.description, resolved: "relative to published")
        }
        // ("host Aberdeen on Sunday before a Champions League trip to Lisbon on Wednesday": after "before" and a noun of
        // no verb, the first such day after a day ahead read before it.)
        if shift == nil, !forward, let earlier = aheadDayBeforeBefore(first), published <= earlier {
            let next = earlier.first(weekday, after: true)
            return addDate(first, i, next.description, next.description, resolved: "relative to published")
        }
        // ("to Saturday morning" after "from Thursday evening": the first such day from the span's start on.)
        if shift == nil, !forward, let start = spanStart(before: first) {
            let step = (weekday - start.weekday + 7) % 7
            let end = start.adding(days: step)
            return addDate(first, i, end.description, end.description, resolved: "relative to published")
        }
        switch shift {
        case .some(-1): date = published.adding(days: delta < 0 ? delta : delta - 7)
        // "next Sunday" is the Sunday of next week, "this Friday" the Friday of this week (Monday-based weeks).
        case .some(1): date = thisWeek.adding(days: 7)
        // (On a Sunday, "plays its final concert this Saturday" is the coming one: a day of this week gone by is next
        // week's in a clause that tells of what is to come, "This Monday's strike will close 300 schools"; not a possessive's
        // after a preposition, "will face questions about this Monday's data leak", nor the subject of a past verb, "will
        // celebrate the win this Saturday brought them".)
        case .some(0):
            date =
                thisWeek < published && future
                    && !(tokens[i].norm.hasSuffix("'s") && word(first - 1).map(DateRules.beforePossessiveDayGone.contains) == true)
                    && !(i + 1 < tokens.count && isPastVerb(i + 1))
                ? thisWeek.adding(days: 7) : thisWeek
        default:
            // (A span ahead that has begun runs now: "The festival runs from Friday to Sunday" on its Saturday.)
            let begun = published.adding(days: delta <= 0 ? delta : delta - 7)
            // (Not one told with "will": "will cover northern England from Friday to Sunday" on a Sunday is next week's.)
            let will = (max(0, first - 12)..<first).contains { k in
                sameSentence(k, i) && (word(k).map { ["will", "shall", "'ll"].contains($0) } ?? false)
            }
            if future, let end = spanEnd, !will, !(begun.adding(days: (end - weekday + 7) % 7) < published) {
                date = begun
            } else if future {
                date = published.adding(days: delta >= 0 ? delta : delta + 7)
            } else {
                date = published.adding(days: delta <= 0 ? delta : delta - 7)
            }
        }
        return addDate(first, i, date.description, date.description, resolved: "relative to published")
    }

    /// "walked out on Monday and Tuesday", "strikes on Monday, Wednesday and Friday", "open on Friday and Saturday": weekdays
    /// listed with "and", "or" or commas are days of one stretch in the order told. Each was dated alone; where one falls
    /// before the one listed ahead of it (a past report on a Monday dates "Monday" that day and "Tuesday" the week before),
    /// a list that starts before the published day, or on it in a report, is dated back from its last day, each the last
    /// such day before the next; one that starts ahead, or today with what is called off ("cancelled flights on Wednesday
    /// and Thursday" on a Wednesday), is dated on from its first day.
    mutating func orderWeekdayLists() {
        guard let published else { return }
        var start = 0
        while start < candidates.count {
            // The list from `start`: each next date is a weekday (after "on") joined by commas, "and", "or" and "on" only.
            var end = start
            while end + 1 < candidates.count, weekdayListed(candidates[end], candidates[end + 1]) { end += 1 }
            defer { start = end + 1 }
            guard end > start else { continue }
            var days = (start...end).compactMap { candidates[$0].date.flatMap { CalendarDate(iso: $0.start) } }
            guard days.count == end - start + 1 else { continue }
            let first = candidates[start].firstToken
            // (Not with a word of the past after the list: "cancelled 300 flights on Wednesday and Thursday last week", "…, it
            // said on Friday".)
            // (Read up to 25 tokens past the list, in a loop: a sentence of thousands of lists read whole for each, through a
            // closure that copied the scanner, took seconds.)
            var pastMarked = false
            var k = first
            let reach = candidates[end].lastToken + 25
            while k < tokens.count, k <= reach, sameSentence(first, k) {
                if tokens[k].kind == .word, DateRules.pastMarkersAfterDays.contains(tokens[k].norm) {
                    pastMarked = true
                    break
                }
                k += 1
            }
            // ("cancelled flights on Monday and Tuesday a week ago", "… on Thursday and Friday earlier this month": days taken as
            // the nearest, ahead, go back a week in a sentence of no future.)
            if pastMarked, let last = days.last, published < last, !isFutureSentence(first) {
                days = days.map { $0.adding(days: -7) }
                for k in start...end {
                    candidates[k].date = DateSpan(start: days[k - start].description, end: days[k - start].description)
                }
            }
            guard zip(days, days.dropFirst()).contains(where: { $0.0 >= $0.1 }) else { continue }
            // (Each day is of its own weekday, whichever week it was put in.)
            let weekdays = days.map(\.weekday)
            var fixed = days
            let calledOff = days[0] == published && word(first) == "on" && cancelledBefore(first, overCounts: true) && !pastMarked
            if days[0] > published || calledOff {
                for k in 1..<fixed.count { fixed[k] = fixed[k - 1].first(weekdays[k], after: true) }
            } else {
                for k in stride(from: fixed.count - 2, through: 0, by: -1) { fixed[k] = fixed[k + 1].first(weekdays[k], after: false) }
            }
            for k in start...end where fixed[k - start] != days[k - start] {
                candidates[k].date = DateSpan(start: fixed[k - start].description, end: fixed[k - start].description)
            }
        }
    }

    /// Whether a verb with an object follows the weekday at `i` (`verbWithObject`), or one before an article: "Friday marks the
    /// 50th anniversary", "Monday marks a new start".
    private func weekdayVerbWithObject(after i: Int) -> Bool {
        verbWithObject(after: i) || word(i + 2).map { ["a", "an", "another"].contains($0) } == true
    }

    /// Whether the token at `k` is a capitalised plural in the sentence of `i`.
    func capitalisedPlural(_ k: Int, of i: Int) -> Bool {
        k < tokens.count && tokens[k].capitalized && sameSentence(i, k)
            && word(k).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } == true
    }

    /// Whether a verb stands before the token at `k` in its sentence (a past, a form of "be", a modal or a present verb of an
    /// event).
    private func verbBefore(_ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, sameSentence(j, k) {
            if let w = word(j), !tokens[j].capitalized || j == 0 || !sameSentence(j - 1, j) {
                // (A past in any form after a word that is no determiner: "Leeds won on Saturday".)
                if DateRules.beVerbs.contains(w) || DateRules.modalsOfWhatMayCome.contains(w) || ["will", "has", "have", "had"].contains(w)
                    || isPastVerb(j)
                    || (j > 0 && sameSentence(j - 1, j) && !(word(j - 1).map(DateRules.determiners.contains) ?? true)
                        && (w == "won" || DateRules.irregularPastVerbs.contains(w) || DateRules.pastOrParticiple.contains(w)
                            || (DateRules.isRegularPast(w) && !DateRules.edAdjectives.contains(w))))
                {
                    return true
                }
            }
            j -= 1
        }
        return false
    }

    /// Whether the sentence of `i` opens with a plural subject before it, over prepositions' phrases, and no verb yet: "Tickets
    /// for the two concerts at the 3Arena on June 2 and 3 go on sale" (not "On July 29 and 30 people died", "Police said on
    /// July 29 and 30 were").
    private func pluralSubjectWithoutVerb(before i: Int) -> Bool {
        // ("The concerts on June 2 and 3": over an article.)
        let start = word(sentenceFirst(i)).map { $0 == "the" || $0 == "all" } == true ? sentenceFirst(i) + 1 : sentenceFirst(i)
        guard start < i, let head = word(start), isPlural(head), !SubjectRules.stopWords.contains(head) else { return false }
        return !(start + 1..<i).contains { k in
            guard let w = word(k) else { return false }
            return DateRules.beVerbs.contains(w) || DateRules.modalsAhead.contains(w) || ChangeRules.auxiliaries.contains(w)
                || (!tokens[k].capitalized && (isPastVerb(k) || DateRules.sayingVerbs.contains(w) || isPresentEventVerb(k)))
        }
    }

    /// Whether `b` is a weekday listed right after the weekday `a`, both dated from the published day alone.
    private func weekdayListed(_ a: Candidate, _ b: Candidate) -> Bool {
        guard a.kind == .date, b.kind == .date, a.resolved == "relative to published", b.resolved == "relative to published",
            let aSpan = a.date, aSpan.start == aSpan.end, let bSpan = b.date, bSpan.start == bSpan.end,
            bareWord(a.lastToken).map({ DateRules.weekdays[$0] != nil }) == true, sameSentence(a.lastToken, b.firstToken),
            b.firstToken > a.lastToken + 1
        else { return false }
        let day = word(b.firstToken) == "on" ? b.firstToken + 1 : b.firstToken
        guard bareWord(day).map({ DateRules.weekdays[$0] != nil }) == true else { return false }
        // (Not the subject of the next clause: "injured on Saturday and Sunday's match is in doubt", "met on Tuesday and
        // Wednesday is the deadline": the list's last day ends its phrase.)
        // (Any word may follow a list inside the subject, before the clause's verb: "Strikes on Monday and Tuesday cancelled 120
        // operations", "Rain on Monday and Tuesday means the pitch is waterlogged".)
        let after = b.lastToken + 1
        guard !tokens[day].norm.hasSuffix("'s"),
            after >= tokens.count || !sameSentence(b.lastToken, after) || tokens[after].kind == .symbol
                || word(after).map(DateRules.afterListedWeekdays.contains) == true || !verbBefore(a.firstToken)
                // ("who walked out on Monday and Tuesday will meet officials": a modal after the list, but for "be", is the
                // main clause's.)
                || (word(after).map(DateRules.modals.contains) == true && word(after + 1) != "be")
        else { return false }
        return (a.lastToken + 1..<b.firstToken).allSatisfy { k in
            symbol(k) == "," || word(k).map { $0 == "and" || $0 == "or" || $0 == "on" } == true
        }
    }

    /// The day of a date read before "before" up to ten tokens ahead of `first`, with only words of a noun phrase between
    /// ("on Sunday before a Champions League trip to Lisbon on Wednesday"; not "before they travel to Lisbon").
    private func aheadDayBeforeBefore(_ first: Int) -> CalendarDate? {
        var b = first - 1
        while b >= 1, b >= first - 10, sameSentence(b, first), let w = word(b), w != "before" {
            if isPastVerb(b) || DateRules.clauseOpeners.contains(w)
                || SubjectRules.stopWords.contains(w) && !["a", "an", "the", "to", "of", "in", "at", "for"].contains(w)
            {
                return nil
            }
            b -= 1
        }
        guard word(b) == "before", let previous = candidates.last, previous.kind == .date, previous.lastToken == b - 1,
            let span = previous.date, span.start == span.end
        else { return nil }
        return CalendarDate(iso: span.start)
    }

    /// The weekday that ends a span begun by the weekday at `i`: "Thursday evening to Saturday morning", "Friday to Sunday".
    private func weekdayEndingSpan(after i: Int) -> Int? {
        var k = i + 1
        if word(k).map({ DateRules.partsOfDay.contains($0) }) == true { k += 1 }
        guard let joiner = word(k), ["to", "until", "till", "through"].contains(joiner), sameSentence(i, k + 1),
            let end = weekdayName(k + 1)
        else { return nil }
        return end.weekday
    }

    /// The day of a weekday that began a span just before the weekday at `first` ("from Thursday evening to"), read
    /// already: the span's end is the first such day from it on.
    private func spanStart(before first: Int) -> CalendarDate? {
        // ("from 6pm on Saturday until 10am on Sunday": over the times of day after "from" and the joiner.)
        var k = prepositionOverClock(before: first)
        guard let joiner = word(k), ["to", "until", "till", "through"].contains(joiner) else { return nil }
        k -= 1
        if word(k).map({ DateRules.partsOfDay.contains($0) }) == true { k -= 1 }
        guard let previous = candidates.last, previous.kind == .date, previous.lastToken == k, let span = previous.date,
            span.start == span.end, word(k).map({ DateRules.weekdays[$0] != nil }) == true
        else { return nil }
        let from = prepositionOverClock(before: previous.firstToken)
        guard word(from) == "from", !rescheduledFrom(from) else { return nil }
        return CalendarDate(iso: span.start)
    }

    /// The token before a day phrase that opens at `first`, over a time of day between it and the phrase's "on": "from" in
    /// "from 6pm on Saturday", "until" in "until 10am on Sunday"; else the token right before.
    private func prepositionOverClock(before first: Int) -> Int {
        word(first) == "on" ? timeOfDayStart(before: first) ?? first - 1 : first - 1
    }

    /// The day of a weekday just before `first` when only "and", ", followed by" or "then" and a name stand between
    /// ("on Wednesday and Broadcom on Thursday"): the clause of `first` leaves its verb out.
    private func gappedFrom(before first: Int) -> CalendarDate? {
        guard let previous = candidates.last, previous.kind == .date, previous.lastToken < first, first - previous.lastToken <= 6,
            sameSentence(previous.lastToken, first), let span = previous.date, span.start == span.end,
            word(previous.lastToken).map({ DateRules.weekdays[$0] != nil || $0 == "today" || $0 == "tomorrow" }) == true
        else { return nil }
        var k = previous.lastToken + 1
        let comma = symbol(k) == ","
        if comma { k += 1 }
        // (A comma alone may join them before "the" or a name: "reports results today, the others on Thursday", "Germany
        // plays today, France on Saturday".)
        let joinedByComma = comma && k < tokens.count && (word(k) == "the" || tokens[k].capitalized)
        if !joinedByComma {
            guard let joiner = word(k), joiner == "and" || joiner == "then" || (joiner == "followed" && word(k + 1) == "by") else {
                return nil
            }
            k += joiner == "followed" ? 2 : 1
        }
        let on = word(first) == "on" ? first : word(first - 1) == "on" ? first - 1 : first
        // A name (capitalised words) and nothing else before the weekday's "on"; or "the" and up to two words ("and the
        // Lords on Tuesday", "and the rest on Wednesday", "the women's on Sunday").
        // (No verb of their own: "and the others reported on Monday" is a clause.)
        if word(k) == "the", !tokens[k].capitalized {
            guard on - (k + 1) >= 1, on - (k + 1) <= 2,
                !(k + 1..<on).contains(where: {
                    isPastVerb($0)
                        || (word($0).map { DateRules.isPresentEventWord($0) || DateRules.pastReportingVerbs.contains($0) } ?? false)
                })
            else { return nil }
            return CalendarDate(iso: span.start)
        }
        // ("a warning for Sunday and Monday": nothing between "and" and the weekday.)
        guard k < on || (k == on && !joinedByComma), (k..<on).allSatisfy({ tokens[$0].capitalized }) else { return nil }
        return CalendarDate(iso: span.start)
    }

    /// Whether the weekday at `first`…`i` sits in a clause set off by commas that a past participle opens: "The
    /// suspect, arrested at his home on Monday, will appear in court on Friday" (not "The ruling, expected on Friday,").
    private func inParticipleClause(_ first: Int, _ i: Int) -> Bool {
        guard symbol(i + 1) == "," else { return false }
        var k = first - 1
        while k >= 0, k >= first - 8, sameSentence(k, first) {
            if let s = symbol(k) {
                guard s == ",", let w = word(k + 1), !tokens[k + 1].capitalized, !DateRules.aheadParticiples.contains(w) else {
                    return false
                }
                return DateRules.isRegularPast(w) || DateRules.pastOrParticiple.contains(w)
            }
            k -= 1
        }
        return false
    }

    /// The day of a report earlier in the sentence ("said on Monday", a single day right after a past verb of saying),
    /// when the words between it and `first` put what follows ahead of it ("would", "was to") or before it ("had"):
    /// the day, and which way.
    private func reportedDay(before first: Int) -> (day: String, ahead: Bool)? {
        // ("She told reporters on Monday that …", "told the BBC on Monday": over the verb's object, up to two words.)
        let reportDay = { (said: Candidate) -> Bool in
            (1...3).contains(where: { back in
                let v = said.firstToken - back
                return v >= 0 && self.sameSentence(v, said.firstToken)
                    && self.word(v).map(DateRules.pastReportingVerbs.contains) == true
                    && (v + 1..<said.firstToken).allSatisfy {
                        self.tokens[$0].kind == .word && !DateRules.clauseOpeners.contains(self.tokens[$0].norm)
                    }
            })
        }
        guard let latest = candidates.last(where: { $0.kind == .date }), latest.lastToken < first else { return nil }
        // (Further on, over other dates, when "that" opens what was said and "and that" the clause of the day: "said on
        // Thursday that the outbreak, first detected in July, had infected 212 people by the end of last month and that
        // clinics would open on Saturday"; up to 40 tokens.)
        // ("said on Thursday that it expected record numbers for the holy year in 2027 and would open an office on Saturday": or
        // "and" and "would" of the same subject.)
        let andThat = { (from: Int) -> Bool in
            (from..<first).contains { k in
                self.word(k - 1) == "and" && (self.word(k) == "that" || (self.word(k) == "would" && self.word(k + 1) != "have"))
            }
        }
        let found: Candidate? =
            reportDay(latest) && first - latest.lastToken <= 14
            ? latest
            : candidates.last(where: { c in
                c.kind == .date && c.lastToken < first && first - c.lastToken <= 40 && reportDay(c) && word(c.lastToken + 1) == "that"
                    && andThat(c.lastToken + 1)
            })
        guard let said = found, sameSentence(said.firstToken, first), let span = said.date, span.start == span.end,
            span.start.utf8.count == 10
        else { return nil }
        let far = said.lastToken != latest.lastToken
        var ahead: Bool?
        for k in (said.lastToken + 1)..<first {
            if symbol(k) == ";" || symbol(k) == "." { return nil }
            guard let w = word(k) else { continue }
            // (Not "would have": "told the inquiry on Tuesday that he would have resigned on Friday" looks back.)
            if (w == "would" && word(k + 1) != "have") || ((w == "was" || w == "were") && word(k + 1) == "to") {
                ahead = true
            } else if w == "had" || w == "hadn't" {
                ahead = false
            }
        }
        // (Further back, only what "would" tells: not "and that it expected to cut rates on Tuesday".)
        if far, ahead != true { return nil }
        return ahead.map { (span.start, $0) }
    }

    /// Whether a verb that puts things off (`DateRules.deferralVerbs`) stands in the six words before the
    /// "until" at `u`: "remanded in custody until", "the order had been extended until".
    private func deferredBefore(_ u: Int) -> Bool {
        // (Over the object's phrase, up to sixteen tokens, not past a comma and a clause's "and": "postponed the fraud hearing of the former federation president
        // to April 14", "postponed the trial of the former minister, his son and three associates to 14 January".)
        var k = u - 1
        while k >= 0, k >= u - 16, sameSentence(k, u), symbol(k) != ";",
            !(symbol(k) == "," && word(k + 1).map { DateRules.clauseJoiners.contains($0) } == true)
        {
            if let w = word(k), DateRules.deferralVerbs.contains(w) { return true }
            // ("has been put back to Saturday", "put off until Monday".)
            if putWithParticle(k) { return true }
            k -= 1
        }
        return false
    }

    /// Whether a verb that calls a thing off (`DateRules.cancellingVerbs`) stands before the preposition at `u` over its
    /// object, up to six lower-case words with no comma: "has cancelled sailings on", "called off the parade on" ("call"
    /// only with "off").
    private func cancelledBefore(_ u: Int, overCounts: Bool = false) -> Bool {
        var k = u - 1
        // (`overCounts`: over a count of what is called off too, "The airport cancelled 300 flights on Wednesday and Thursday";
        // alone, "Ryanair cancelled 400 flights on Monday" is the day of the act.)
        // (Over a place's capitalised names after a preposition, "all sailings between Holyhead and Dublin on Wednesday".)
        let placeName = { (k: Int) -> Bool in
            var n = k
            while n > k - 3, n > 0, self.tokens[n].kind == .word, self.tokens[n].capitalized { n -= 1 }
            return n < k && (self.word(n).map(DateRules.placePrepositionsOfCalledOff.contains) ?? false)
        }
        // (In a headline of title case, over its capitalised words: "Ferry Operator Cancels Sailings On Saturday".)
        let headline = titleCaseSentence(u)
        // (Over a count of what is called off after a headline's present too: "Heathrow Cancels 300 Flights On Tuesday"; not
        // in prose, "Ryanair cancelled 400 flights on Monday", "has cancelled 52 flights on Friday as fog blanketed Sydney".)
        var counted = false
        while k >= 0, k >= u - 9, sameSentence(k, u),
            tokens[k].kind == .number || (word(k) != nil && (!tokens[k].capitalized || headline || placeName(k)))
        {
            guard let w = word(k) else {
                counted = true
                k -= 1
                continue
            }
            // ("announced walkouts on June 29 and 30", "called a strike on Monday": what is announced to be held on a day too.)
            let announcing = DateRules.announcingVerbs.contains(w)
            // (A headline's past tells of what is gone: "Ryanair Cancelled Flights On Monday".)
            if DateRules.cancellingVerbs.contains(w) || announcing, !(headline && tokens[k].capitalized && DateRules.isPastForm(w)) {
                if counted, !overCounts, !headline || DateRules.isPastForm(w) { return false }
                // (Of a thing held on a day, not of the act: "cancelled the order on December 28", "cancelled his contract".)
                // (A noun, not an infinitive: "announced their plans to strike on Friday" is ahead.)
                let held = (k + 1..<u).contains { word($0).map(DateRules.heldEventNouns.contains) == true && word($0 - 1) != "to" }
                return k < u - 1 && held && (announcing || !w.hasPrefix("call") || word(k + 1) == "off")
            }
            k -= 1
        }
        return false
    }

    /// Whether the holiday from `first` to `end` is a modifier of a thing held (`DateRules.heldEventNouns`, up to two words
    /// after it) that a cancelling verb just before it, over a determiner or a possessive, calls off: "have cancelled Bonfire
    /// Night displays", "scrapped its Halloween fireworks display" (not "cancelled Christmas").
    private func calledOffHolidayEvent(first: Int, end: Int) -> Bool {
        guard (end + 1...end + 2).contains(where: { k in sameSentence(end, k) && word(k).map(DateRules.heldEventNouns.contains) == true })
        else { return false }
        var v = first - 1
        if let d = word(v), DateRules.determiners.contains(d) || d.hasSuffix("'s") { v -= 1 }
        if word(v) == "off" { v -= 1 }
        return v >= 0 && sameSentence(v, first) && offVerb(v)
    }

    /// Whether a date after `preposition` ("on", "from" or "for"; its token or the word before the date at `p`) is the day of
    /// something called off or put off (`cancelledBefore`, `setForCalledOff`): the nearest such day.
    private func calledOffBefore(_ p: Int, preposition: String?) -> Bool {
        guard let preposition, ["on", "from", "for"].contains(preposition) else { return false }
        return cancelledBefore(p) || setForCalledOff(p)
    }

    /// Whether the "for" at `f` is of a day things called off after it were for ("Fireworks displays for Bonfire Night have
    /// been cancelled"), or follows a word of setting a day (`DateRules.scheduledFor`) in a sentence that calls the thing
    /// off or puts it off: "The election, originally set for April 11, has been rescheduled", "The match, set for Friday, has been
    /// postponed" (not "The final, set for Sunday, went ahead").
    private func setForCalledOff(_ f: Int) -> Bool {
        // ("Edinburgh's street party on New Year's Eve has been cancelled": "on" after the thing called off too.)
        if word(f) == "on", f >= 1, tokens[f - 1].kind == .word, !tokens[f - 1].capitalized, !isPastVerb(f - 1),
            !DateRules.cancellingVerbs.contains(tokens[f - 1].norm), calledOffAfter(f, words: 7)
        {
            return true
        }
        guard word(f) == "for" else { return false }
        // ("Fireworks displays for Bonfire Night have been cancelled", "Flights for Christmas Eve were called off": the day
        // things are for, called off after it.)
        if f >= 1, tokens[f - 1].kind == .word, !tokens[f - 1].capitalized || !sameSentence(f - 2, f - 1), !isPastVerb(f - 1),
            calledOffAfter(f, words: 7)
        {
            return true
        }
        guard word(f - 1).map(DateRules.scheduledFor.contains) == true else { return false }
        return clauseHasWord(f, in: DateRules.cancellingVerbs) || clauseHasWord(f, in: DateRules.reschedulingVerbs)
            || clauseHasWord(f, in: DateRules.deferralVerbs)
    }

    /// Whether the weekday's possessive at `i` owns a thing held (`DateRules.heldEventNouns`, up to two words on) that is
    /// called off or put off, by the verb just before it or after the thing: "Unions called off Thursday's strike",
    /// "cancelled Saturday's home match", "Saturday's match has been postponed" (not "won Saturday's match", "Friday's
    /// strike closed 300 schools").
    private func calledOffPossessive(_ i: Int) -> Bool {
        guard tokens[i].norm.hasSuffix("'s") || tokens[i].norm.hasSuffix("’s"),
            let held = (i + 1...i + 3).first(where: { k in
                k < tokens.count && sameSentence(i, k) && (word(k).map(DateRules.heldEventNouns.contains) ?? false)
            }),
            (i + 1..<held).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].capitalized })
        else { return false }
        if i >= 1, sameSentence(i - 1, i), offVerb(i - 1) || (word(i - 1) == "off" && i >= 2 && offVerb(i - 2)) { return true }
        // (After the thing and up to five words of its phrase, over "has been", "was", "will be": "Friday's meeting of finance
        // ministers has been postponed", "Friday's match against Italy has been moved to Saturday", "Friday's concert at the
        // O2 has been cancelled".)
        return calledOffAfter(held, words: 6)
    }

    /// Whether the word at `k` (not capitalized) calls off or puts off: "cancelled", "called off", "postponed", "put back".
    private func offVerb(_ k: Int) -> Bool {
        guard let w = word(k), !tokens[k].capitalized else { return false }
        if w.hasPrefix("call") { return word(k + 1) == "off" }
        return DateRules.cancellingVerbs.contains(w) || DateRules.delayingVerbs.contains(w) || DateRules.reschedulingVerbs.contains(w)
            || putWithParticle(k)
    }

    /// Whether, within `words` tokens after `from` (words or numbers of a phrase, no past verb), auxiliaries ("has been",
    /// "were", "will be") stand before a verb that calls off or puts off (`offVerb`): "… has been postponed".
    private func calledOffAfter(_ from: Int, words: Int) -> Bool {
        let auxiliary = { (w: String) -> Bool in DateRules.beVerbs.contains(w) || ChangeRules.auxiliaries.contains(w) || w == "will" }
        guard
            var k = (from + 1...from + words).first(where: { k in
                k < tokens.count && sameSentence(from, k) && (word(k).map(auxiliary) ?? false)
            }),
            (from + 1..<k).allSatisfy({ tokens[$0].kind == .number || (tokens[$0].kind == .word && !isPastVerb($0)) })
        else { return false }
        let start = k
        while k < start + 3, k < tokens.count, sameSentence(from, k), let w = word(k), auxiliary(w) { k += 1 }
        return k < tokens.count && sameSentence(from, k) && offVerb(k)
    }

    /// Whether the word at `k` is a "from" after a verb that moves a thing from one day to another
    /// (`DateRules.reschedulingVerbs`) in the eight words before it, over its object but no comma: "was moved from
    /// Saturday to Sunday", "postponed the vote from May 8 to May 21". The two days are then two dates, not a span.
    func rescheduledFrom(_ k: Int) -> Bool { reschedulingVerb(before: k) != nil }

    /// The verb of `rescheduledFrom`, if any.
    func reschedulingVerb(before k: Int) -> Int? {
        guard word(k) == "from" else { return nil }
        var j = k - 1
        while j >= 0, j >= k - 8, sameSentence(j, k), tokens[j].kind == .word {
            // ("put back from Friday to Saturday", "put off".)
            if DateRules.reschedulingVerbs.contains(tokens[j].norm) || putWithParticle(j), !tokens[j].capitalized, movesADay(j, before: k) {
                return j
            }
            j -= 1
        }
        return nil
    }

    /// Whether the verb of `DateRules.reschedulingVerbs` at `j` moves a day before the "from" at `k`: "bring" only with its
    /// particle ("brought the vote forward from Friday"; not "would bring gales from Saturday to Monday"), "delay" not as a
    /// noun ("faced delays from Monday to Wednesday").
    private func movesADay(_ j: Int, before k: Int) -> Bool {
        let w = tokens[j].norm
        // ("Organisers brought the final from Sunday to Saturday": or with a thing held on a day as its object.)
        if w == "bring" || w == "brings" || w == "brought" {
            return (j + 1..<k).contains { m in
                word(m).map { $0 == "forward" || $0 == "back" || $0 == "up" || $0 == "final" || DateRules.heldEventNouns.contains($0) }
                    == true
            }
        }
        if w == "delay" || w == "delays" {
            return !(determinerOrPossessive(j - 1) || isPastVerb(j - 1) || word(j - 1).map(DateRules.beforeDelayNouns.contains) == true)
        }
        return true
    }

    /// Whether the word at `k` is "put" with a particle that moves a day: "put back", "put off", "put forward".
    func putWithParticle(_ k: Int) -> Bool {
        (word(k).map { DateRules.putForms.contains($0) } ?? false) && (word(k + 1).map { DateRules.putParticles.contains($0) } ?? false)
    }

    /// Which way the verb at `v` moves a day: later (+1: "postponed", "pushed back"), earlier (-1: "brought forward",
    /// "moved up") or either (0: "moved", "switched").
    func reschedulingDirection(_ v: Int) -> Int {
        let particle = word(v + 1)
        if DateRules.delayingVerbs.contains(tokens[v].norm) || particle == "back" { return 1 }
        if DateRules.advancingVerbs.contains(tokens[v].norm) || particle == "forward" || particle == "up" { return -1 }
        return 0
    }

    /// The first token of "at Elland Road", "in Manchester" (up to four capitalised words after "at" or
    /// "in") ending just before `first`, if any.
    private func placeStart(before first: Int) -> Int? {
        var k = first - 1
        while k >= 0, first - k <= 4, tokens[k].kind == .word, tokens[k].capitalized, month(k) == nil { k -= 1 }
        guard k < first - 1, k >= 0, word(k) == "at" || word(k) == "in", sameSentence(k, first) else { return nil }
        return k
    }

    /// The first token of "at 9am", "from 7.30 p.m.", "at 10:15" ending just before `first`, if any.
    private func timeOfDayStart(before first: Int) -> Int? {
        var k = first - 1
        if symbol(k) == ".", attached(k) { k -= 1 }
        var clock = false
        if let w = word(k), NameRules.timeWords.contains(w) {
            clock = true
            k -= 1
        } else if word(k) == "m", symbol(k - 1) == ".", word(k - 2) == "a" || word(k - 2) == "p" {
            clock = true
            k -= 3
        }
        guard k >= 0, tokens[k].kind == .number else { return nil }
        if symbol(k - 1) == ":", attached(k - 1), k >= 2, tokens[k - 2].kind == .number { clock = true; k -= 2 }
        guard clock, let w = word(k - 1), w == "at" || w == "from" || w == "by" || w == "until" || w == "till", sameSentence(k - 1, first)
        else { return nil }
        return k - 1
    }

    /// "02/22/2016", "21/04/2016", "21-04-16", "2015/08/12", "13.5.2015", and "on 4/22" (a day and
    /// month without a year only after a date preposition: "3/4" alone is a fraction).
    private mutating func numericDate(at i: Int) -> Int? {
        // ("a unit at 12/24 George Street": a flat's and a house's numbers before a street's name.)
        if symbol(i + 1) == "/", attached(i + 1), attached(i + 2), i + 2 < tokens.count, tokens[i + 2].kind == .number,
            streetNameFollows(i + 2, names: 1...2)
        {
            consume(i, i + 2)
            return i + 3
        }
        // "11 / 2016", "2016 - 11": a month and a year around a spaced separator.
        if let a = smallInteger(i, maxDigits: 4), let sep = symbol(i + 1), sep == "/" || sep == "-",
            let b = smallInteger(i + 2, maxDigits: 4),
            tokens[i + 1].spaceBefore || tokens[i + 2].spaceBefore, sameSentence(i, i + 2)
        {
            let (y, m) = tokens[i].norm.utf8.count == 4 ? (a, b) : (b, a)
            if (1800...2199).contains(y), (1...12).contains(m), (tokens[i].norm.utf8.count == 4) != (tokens[i + 2].norm.utf8.count == 4) {
                return addDate(i, i + 2, Self.iso(y, m, 1), Self.iso(y, m, CalendarDate.daysIn(month: m, year: y)), resolved: "absolute")
            }
        }
        // "2019-sep-1", "2019/sep/01".
        if let y = year(i), let sep = symbol(i + 1), sep == "-" || sep == "/", attached(i + 1), attached(i + 2), let m = month(i + 2),
            symbol(i + 3) == sep, attached(i + 3), attached(i + 4), let d = smallInteger(i + 4, maxDigits: 2),
            let date = CalendarDate(year: y, month: m, day: d)
        {
            return addDate(i, i + 4, date.description, date.description, resolved: "absolute")
        }
        // "on 4.22" (read by the tokenizer as a decimal): month and day after a date preposition (not "in":
        // "what's new in 2.26" is a version).
        // (Not a clock time: "delayed until 8.15pm", "until 2.20 a.m.".)
        if tokens[i].norm.utf8.contains(UInt8(ascii: ".")), let w = word(i - 1), ["on", "by", "until"].contains(w), !meridiemFollows(i) {
            let parts = tokens[i].norm.split(separator: ".")
            // Not when a percentage or a scale follows: "rose by 3.15 percent", "by 1.25 billion".
            let after = i + 1 < tokens.count ? tokens[i + 1].norm : ""
            let measured =
                PercentRules.words.contains(after) || PercentRules.symbols.contains(after) || after == "per"
                || NumberRules.scaleWords[after] != nil || NumberRules.attachedScales[after] != nil
            if parts.count == 2, parts[0].count <= 2, parts[1].count == 2, let m = Int(parts[0]), let d = Int(parts[1]),
                (1...12).contains(m), (1...31).contains(d), !measured,
                !(attached(i + 1) && symbol(i + 1) == ".")
            {
                if let next = emitDays(first: i, last: i, month: m, from: d, to: d, year: nil, numeric: true) { return next }
            }
        }
        // "13.5.2015" and "2015.5.13": the tokenizer reads "13.5" as one decimal number.
        let norm = tokens[i].norm
        if norm.utf8.contains(UInt8(ascii: ".")), symbol(i + 1) == ".", attached(i + 1), attached(i + 2),
            let c = smallInteger(i + 2, maxDigits: 4),
            tokens[i].end - tokens[i].start == norm.utf8.count
        {
            let parts = norm.split(separator: ".")
            if parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]) {
                let date: CalendarDate?
                if parts[0].count == 4 {
                    date = CalendarDate(year: a, month: b, day: c)
                } else if parts[0].count <= 2, parts[1].count <= 2, tokens[i + 2].norm.utf8.count == 4 || tokens[i + 2].norm.utf8.count == 2
                {
                    date = CalendarDate(year: tokens[i + 2].norm.utf8.count == 4 ? c : expandYear(c), month: b, day: a)
                } else {
                    date = nil
                }
                if let date { return addDate(i, i + 2, date.description, date.description, resolved: "absolute") }
            }
        }
        guard let a = smallInteger(i, maxDigits: 4), let sep = symbol(i + 1), sep == "/" || sep == "-" || sep == ".",
            attached(i + 1), attached(i + 2), let b = smallInteger(i + 2, maxDigits: 4)
        else { return nil }
        if b > 31 && !(tokens[i].norm.utf8.count <= 2 && tokens[i + 2].norm.utf8.count == 4) { return nil }
        let hasThird = symbol(i + 3) == sep && attached(i + 3) && attached(i + 4) && smallInteger(i + 4, maxDigits: 4) != nil
        if hasThird, let c = smallInteger(i + 4, maxDigits: 4) {
            if attached(i + 5), i + 5 < tokens.count, symbol(i + 5) == sep || tokens[i + 5].kind == .number { return nil }
            var y: Int
            var m: Int
            var d: Int
            if tokens[i].norm.utf8.count == 4 {
                (y, m, d) = (a, b, c)
            } else {
                y = tokens[i + 4].norm.utf8.count == 4 ? c : expandYear(c)
                // Day first when the first part cannot be a month; else month first (US English), unless only the day-first
                // reading agrees with the sentence's tense: no later than the published day in a past sentence ("The
                // contract, dated 12/03/2024, was signed": 12 March in a March article), and no earlier in one of the
                // future for the day the verb is on ("Polling will be held on 07/12/2031": 7 December in November; not
                // "Ballots from the 03/05/2031 primary will be recounted", "Orders placed after 09/10/2031 will ship").
                if a > 12 { (d, m) = (a, b) } else { (m, d) = (a, b) }
                if a <= 12, b <= 12, a != b, let published, let monthFirst = CalendarDate(year: y, month: a, day: b),
                    let dayFirst = CalendarDate(year: y, month: b, day: a)
                {
                    let future = isFutureSentence(i)
                    let past = isPastSentence(i)
                    if past, !future, monthFirst > published, dayFirst <= published { (d, m) = (a, b) }
                    if future, !past, monthFirst < published, dayFirst >= published,
                        word(i - 1).map(DateRules.prepositionsOfDueDays.contains) == true, !hangsOnPastVerb(i)
                    {
                        (d, m) = (a, b)
                    }
                }
            }
            guard tokens[i + 4].norm.utf8.count == 2 || tokens[i + 4].norm.utf8.count == 4,
                let date = CalendarDate(year: y, month: m, day: d)
            else {
                return nil
            }
            return addDate(i, i + 4, date.description, date.description, resolved: "absolute")
        }
        // "2020-11", "1995-01": a year and a month.
        if !hasThird, sep == "-" || sep == "/", tokens[i].norm.utf8.count == 4, (1800...2199).contains(a),
            tokens[i + 2].norm.utf8.count <= 2,
            (1...12).contains(b),
            !(attached(i + 3) && i + 3 < tokens.count && tokens[i + 3].kind != .symbol)
        {
            return addDate(i, i + 2, Self.iso(a, b, 1), Self.iso(a, b, CalendarDate.daysIn(month: b, year: a)), resolved: "absolute")
        }
        // "11/2016", "3/2015": a month and a year.
        if !hasThird, sep == "/" || sep == "-", tokens[i].norm.utf8.count <= 2, (1...12).contains(a), tokens[i + 2].norm.utf8.count == 4,
            let y = smallInteger(i + 2, maxDigits: 4), (1800...2199).contains(y)
        {
            return addDate(i, i + 2, Self.iso(y, a, 1), Self.iso(y, a, CalendarDate.daysIn(month: a, year: y)), resolved: "absolute")
        }
        // "08/12,2015": month/day, then the year after a comma.
        if sep == "/", tokens[i].norm.utf8.count <= 2, a <= 31, b <= 31, symbol(i + 3) == ",", attached(i + 3), attached(i + 4),
            let yy = smallInteger(i + 4, maxDigits: 4), tokens[i + 4].norm.utf8.count == 2 || tokens[i + 4].norm.utf8.count == 4
        {
            let y = tokens[i + 4].norm.utf8.count == 4 ? yy : expandYear(yy)
            let (m, d) = a > 12 ? (b, a) : (a, b)
            if let date = CalendarDate(year: y, month: m, day: d) {
                return addDate(i, i + 4, date.description, date.description, resolved: "absolute")
            }
        }
        // Day and month only, "4/22", "22/04", "on 4-22": one part must be above 12 (so "3/4" stays a
        // fraction), and a hyphen needs a date preposition before it.
        let preposition = word(i - 1).map { ["on", "by", "until", "till", "from", "since", "before", "after", "in"].contains($0) } ?? false
        guard sep == "/" || (sep == "-" && preposition), tokens[i].norm.utf8.count <= 2, a <= 31, b <= 31,
            (a > 12) != (b > 12) || (sep == "/" && a <= 12 && inSlashRange(i)),
            !(attached(i + 3) && symbol(i + 3) != nil && symbol(i + 3) != "." && symbol(i + 3) != ",")
        else { return nil }
        let (m, d) = a > 12 ? (b, a) : (a, b)
        return emitDays(first: i, last: i + 2, month: m, from: d, to: d, year: nil, numeric: true)
    }

    /// Whether the "m/d" at `i` is one end of "from 10/1 to 11/7" or "between 10/1 and 11/7", where
    /// "10/1" is no fraction.
    private func inSlashRange(_ i: Int) -> Bool {
        // "from 1/2 to 3/4" are fractions: neither end may look like a proper one with a small denominator.
        func slashPair(_ k: Int) -> Bool {
            guard let a = smallInteger(k, maxDigits: 2), symbol(k + 1) == "/", attached(k + 1), attached(k + 2),
                let b = smallInteger(k + 2, maxDigits: 2)
            else { return false }
            return !(a < b && b <= 10)
        }
        func joins(_ opener: String?, _ joiner: String?) -> Bool {
            guard let opener, let joiner else { return false }
            return (opener == "from" && DateRules.rangeJoiners.contains(joiner)) || (opener == "between" && joiner == "and")
        }
        guard slashPair(i) else { return false }
        if joins(word(i - 1), word(i + 3) ?? symbol(i + 3)), slashPair(i + 4), sameSentence(i, i + 6) { return true }
        return joins(word(i - 5), word(i - 1) ?? symbol(i - 1)) && slashPair(i - 4) && sameSentence(i - 5, i)
    }

    /// Two-digit years: "89" → 1989, "16" → 2016 (within 20 years after the published year, else the 1900s).
    private func expandYear(_ yy: Int) -> Int {
        guard yy < 100 else { return yy }
        let pivot = ((published?.year ?? 2025) % 100 + 20) % 100
        return yy <= pivot ? 2000 + yy : 1900 + yy
    }

    /// The span of a period named at `k`: "this/last/next year|month|week", a year "2020", a month
    /// "November" (nearest), returning the span and the last token.
    private func period(at k: Int) -> (CalendarDate, CalendarDate, Int, String)? {
        // "the early 2000s", "mid-1980s", "late '90s": a decade.
        if let decade = decadeStart(at: k), let a = CalendarDate(year: decade.year, month: 1, day: 1),
            let b = CalendarDate(year: decade.year + 9, month: 12, day: 31)
        {
            return (a, b, decade.last, "decade")
        }
        if let y = year(k), (1800...2199).contains(y), let a = CalendarDate(year: y, month: 1, day: 1),
            let b = CalendarDate(year: y, month: 12, day: 31)
        {
            return (a, b, k, "year")
        }
        // "of two thousand and twenty seven".
        if word(k - 1) == "of", let (y, last) = yearInWords(k), let a = CalendarDate(year: y, month: 1, day: 1),
            let b = CalendarDate(year: y, month: 12, day: 31)
        {
            return (a, b, last, "year")
        }
        if let m = month(k), monthIsCalendar(k, followedByDateParts: true) || (tokens[k].capitalized && (word(k)?.count ?? 0) > 3) {
            var last = k
            var y: Int? = nil
            if let yy = year(k + 1) { y = yy; last = k + 1 }
            // "the end of May last year".
            if y == nil, let relative = relativeYear(at: k + 1, of: k) {
                y = relative
                last = k + 2
            }
            guard let year = y ?? yearNear(month: m, day: 15, tense: k, wholeMonth: true),
                let a = CalendarDate(year: year, month: m, day: 1),
                let b = CalendarDate(year: year, month: m, day: CalendarDate.daysIn(month: m, year: year))
            else { return nil }
            return (a, b, last, "month")
        }
        guard let w = word(k), let shift = DateRules.relativeShifts[w], let unit = bareWord(k + 1), DateRules.relativeUnits.contains(unit),
            let published
        else { return nil }
        switch unit {
        case "year":
            guard let a = CalendarDate(year: published.year + shift, month: 1, day: 1),
                let b = CalendarDate(year: published.year + shift, month: 12, day: 31)
            else { return nil }
            return (a, b, k + 1, "year")
        case "month":
            let total = published.year * 12 + published.month - 1 + shift
            let (y, m) = (total / 12, total % 12 + 1)
            guard let a = CalendarDate(year: y, month: m, day: 1),
                let b = CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y))
            else { return nil }
            return (a, b, k + 1, "month")
        default:
            let monday = published.adding(days: 1 - published.weekday + 7 * shift)
            return (monday, monday.adding(days: 6), k + 1, "week")
        }
    }

    /// "early next year", "late last month", "mid-2020", "early November", "the weekend", "rest of the year".
    private mutating func partOfPeriod(at i: Int) -> Int? {
        guard let w = word(i) else { return nil }
        // "the weekend after next", "the weekend after the next".
        if w == "the", word(i + 1) == "weekend", word(i + 2) == "after" {
            var k = i + 3
            if word(k) == "the" { k += 1 }
            if word(k) == "next", sameSentence(i, k) {
                guard let published else { consume(i, k); return k + 1 }
                let saturday = published.adding(days: 6 - published.weekday + 14)
                return addDate(i, k, saturday.description, saturday.adding(days: 1).description, resolved: "relative to published")
            }
        }
        // "that weekend": the weekend of a day told before, which this rule cannot know.
        if w == "weekend", word(i - 1) == "that", sameSentence(i - 1, i) {
            consume(i - 1, i)
            return i + 1
        }
        // "the first weekend of October", "the last weekend in June 2025": its Saturday and Sunday.
        if w == "weekend", let ordinal = word(i - 1), let n = DateRules.ordinalDays[ordinal] ?? (ordinal == "last" ? -1 : nil), n <= 5,
            let link = word(i + 1), link == "of" || link == "in", let m = month(i + 2), sameSentence(i - 1, i + 2)
        {
            let first = word(i - 2) == "the" ? i - 2 : i - 1
            var last = i + 2
            var y: Int?
            var relative = false
            // ("the first weekend of October last year": the year right after it is its own.)
            if let written = yearWrittenAfter(i + 3, of: i) { (y, last, relative) = (written.year, written.last, written.relative) }
            guard let year = y ?? published.map({ m >= $0.month ? $0.year : $0.year + 1 }) else { consume(first, last); return last + 1 }
            guard let saturday = HolidayRules.date(.nthWeekday(month: m, weekday: 6, n: n), in: year), saturday.month == m else {
                consume(first, last)
                return last + 1
            }
            return addDate(
                first, last, saturday.description, saturday.adding(days: 1).description,
                resolved: y == nil ? "year from published" : relative ? "relative to published" : "absolute")
        }
        // "this weekend", "the weekend", "weekend".
        // ("last weekend's festival": the possessive too.)
        if w == "weekend" || ((w == "this" || w == "the" || w == "next" || w == "last") && bareWord(i + 1) == "weekend") {
            let last = w == "weekend" ? i : i + 1
            // "creating a long weekend", "a three-day weekend": a kind of weekend, not this one.
            if let p = word(last - 1), p == "long" || p == "day" || p == "holiday" { consume(i, last); return last + 1 }
            // "each weekend in January", "their busiest weekend", "weekend trading": a bare "weekend" is this
            // one only after a preposition ("over weekend" in a headline); "the weekend of 14 and 15 October"
            // is the dates that follow.
            // ("my weekend"; not "His weekend shift", "Their weekend sales": a possessive's weekend before a noun describes it.)
            let describes =
                word(i - 1).map { DateRules.determiners.contains($0) } == true
                && word(i + 1).map {
                    !SubjectRules.stopWords.contains($0) && !tokens[i + 1].capitalized && !DateRules.isPastForm($0)
                } == true && sameSentence(i, i + 1)
            if w == "weekend",
                describes || !(word(i - 1).map { DateRules.bareWeekendPrepositions.contains($0) } ?? false) || !sameSentence(i - 1, i)
            {
                consume(i, last)
                return last + 1
            }
            if word(last + 1) == "of", sameSentence(last, last + 1) {
                consume(i, last)
                return last + 1
            }
            guard let published else { consume(i, last); return last + 1 }
            var shift = w == "next" ? 1 : w == "last" ? -1 : 0
            // "Over the weekend, strikes killed 30 people" in a weekday's report: the weekend just gone.
            // ("runs through the weekend", "reopen by the weekend" look ahead: only "over", "at", "during"
            // or a past verb before it.)
            let leadsBack =
                (word(i - 1).map { DateRules.pastWeekendPrepositions.contains($0) } ?? false)
                || (i > 0 && word(i - 1) != nil && isPastVerb(i - 1))
                // ("The weekend saw 30 arrests": the weekend as the subject of a past verb.)
                || (word(last + 1) != nil && sameSentence(last, last + 1) && isPastVerb(last + 1))
            if shift == 0, w != "this", published.weekday < 6, leadsBack {
                let tense = sentenceTense(i)
                if tense.past && !tense.future { shift = -1 }
            }
            let saturday = published.adding(days: 6 - published.weekday + 7 * shift)
            return addDate(i, last, saturday.description, saturday.adding(days: 1).description, resolved: "relative to published")
        }
        // "rest of the week/month/year".
        if w == "rest", word(i + 1) == "of" || word(i + 1) == "the" || word(i + 1) == "this" {
            var k = i + 1
            if word(k) == "of" { k += 1 }
            if let d = word(k), ["the", "this", "my", "current"].contains(d) { k += 1 }
            guard let unit = word(k), DateRules.relativeUnits.contains(unit) else { return nil }
            guard let published, let span = periodOfUnit(unit, published) else {
                consume(i, k)
                return k + 1
            }
            return addDate(i, k, published.description, span.1.description, resolved: "relative to published")
        }
        // "earlier this year" (up to the published day), "later this month" (from it).
        if w == "earlier" || w == "later", var k = Optional(i + 1) {
            if word(k) == "in" { k += 1 }
            if let d = word(k), d == "this" || d == "the" { k += 1 }
            guard let unit = word(k), DateRules.relativeUnits.contains(unit), sameSentence(i, k) else { return nil }
            guard let published, let bounds = thisPeriod(unit, published) else { consume(i, k); return k + 1 }
            return w == "earlier"
                ? addDate(i, k, bounds.0.description, published.description, resolved: "relative to published")
                : addDate(i, k, published.description, bounds.1.description, resolved: "relative to published")
        }
        // "within 5 days", "within the next 3 years".
        // "within 5 days", "within the next 5 years 1 month 12 days", "less than 2 weeks from today".
        if w == "within" || (w == "less" && word(i + 1) == "than") {
            var k = w == "less" ? i + 2 : i + 1
            if word(k) == "the" { k += 1 }
            if let s = word(k), let shift = DateRules.relativeShifts[s], shift > 0 { k += 1 }
            guard let (parts, unitsEnd) = offsetParts(at: k), sameSentence(i, unitsEnd) else { return nil }
            var last = unitsEnd
            var base = 0
            if let dir = word(unitsEnd + 1), dir == "from" || dir == "after", let b = word(unitsEnd + 2) {
                if b == "now" {
                    last = unitsEnd + 2
                } else if let offset = DateRules.relativeDays[b] {
                    base = offset
                    last = unitsEnd + 2
                }
            }
            // "less than two weeks" alone is a duration; only a starting day makes it a span of dates.
            if w == "less" && last == unitsEnd { return nil }
            // "within 10 days of their shipments", "within a year of the vote": counted from another day.
            if last == unitsEnd, word(unitsEnd + 1) == "of", sameSentence(i, unitsEnd + 1) {
                consume(i, unitsEnd)
                return unitsEnd + 1
            }
            guard let published else { consume(i, last); return last + 1 }
            let start = published.adding(days: base)
            let end = Self.shift(start, by: parts).adding(days: -1)
            return addDate(i, last, start.description, end.description, resolved: "relative to published")
        }
        // "the 1970s", "the '70s", "the 70's", "the seventies", "the nineteen seventies", "the noughties".
        if w == "the" || w == "in", let decade = decadeStart(at: i + 1) ?? decadeInWords(at: i + 1) {
            let first = w == "the" ? i : i + 1
            return addDate(first, decade.last, Self.iso(decade.year, 1, 1), Self.iso(decade.year + 9, 12, 31), resolved: "absolute")
        }
        // "the 21st century", "15th century".
        if let (n, last) = centuryAt(w == "the" ? i + 1 : i), word(last + 1) == "century" || word(last + 1) == "centuries" {
            let start = (n - 1) * 100
            return addDate(i, last + 1, Self.iso(max(1, start), 1, 1), Self.iso(start + 99, 12, 31), resolved: "absolute")
        }
        // "this decade", "the next decade", "the past 2 decades", "the last two decades".
        do {
            var k = i
            if word(k) == "the" { k += 1 }
            if let rel = word(k), let shift = DateRules.relativeShifts[rel], sameSentence(i, k + 1) {
                var count = 1
                var unitAt = k + 1
                if let n = try? readNumber(at: k + 1, money: false), let c = n.value.integerValue, c > 0, c < 100 {
                    count = c
                    unitAt = n.last + 1
                }
                if let unit = word(unitAt), unit == "decade" || unit == "decades", let published {
                    // ("the last decade of strong growth": a part of something else, as "the last year of the war" is; "last"
                    // only, as "the past decade of austerity" is the decade before.)
                    if k > i, rel == "last", word(unitAt + 1) == "of", sameSentence(i, unitAt + 1) {
                        consume(i, unitAt)
                        return unitAt + 1
                    }
                    let decade = published.year / 10 * 10
                    let (from, to) =
                        shift == 0
                        ? (decade, decade + 9) : shift > 0 ? (decade + 10, decade + 9 + 10 * count) : (decade - 10 * count, decade - 1)
                    return addDate(i, unitAt, Self.iso(from, 1, 1), Self.iso(to, 12, 31), resolved: "relative to published")
                }
            }
        }
        // "the week before last", "the month before last", "the year before last".
        // (Not "the week before last year's election", "the week before last Christmas".)
        if w == "the", let unit = word(i + 1), DateRules.relativeUnits.contains(unit), word(i + 2) == "before", word(i + 3) == "last",
            sameSentence(i, i + 3),
            !(word(i + 4).map { n in
                sameSentence(i, i + 4)
                    && (n.hasSuffix("'s") || DateRules.relativeUnits.contains(n) || DateRules.weekdays[n] != nil
                        || DateRules.months[n] != nil
                        || DateRules.seasons[n] != nil || HolidayRules.firstWords.contains(n) || DateRules.dayParts.contains(n)
                        || n == "season")
            } ?? false)
        {
            guard let published else { consume(i, i + 3); return i + 4 }
            guard let (start, end) = thisPeriod(unit, Self.shift(published, by: -2, unit)) else { return nil }
            return addDate(i, i + 3, start.description, end.description, resolved: "relative to published")
        }
        // "the week after next", "the year after next", "the month after the next".
        if w == "the", let unit = word(i + 1), DateRules.relativeUnits.contains(unit), word(i + 2) == "after" {
            var k = i + 3
            if word(k) == "the" { k += 1 }
            // (The week, month or year of the day two of them on.)
            if word(k) == "next", let published, let (start, end) = thisPeriod(unit, Self.shift(published, by: 2, unit)) {
                return addDate(i, k, start.description, end.description, resolved: "relative to published")
            }
        }
        // "beginning of next week", "the end of 2000", "the middle of 2000": early, late, mid.
        var partWord = w
        var k = i + 1
        var edgeForm = false
        // "the first half of March", "the second half of January": a month's halves, as "early March" and "late January".
        if w == "first" || w == "second", word(i + 1) == "half", monthAfterOf(i + 2) {
            partWord = w == "first" ? "early" : "late"
            k = i + 3
        } else if let mapped = DateRules.periodEdges[w], word(i + 1) == "of" {
            partWord = mapped
            edgeForm = true
            k = i + 2
            if word(k) == "the" { k += 1 }
        }
        guard let part = DateRules.periodParts[partWord] else { return nil }
        // ("arrived a day late this week", "two hours late on Friday": "late" after a length of time is a delay, no part.)
        // (Not a length something lasted, "met for three days late last month".)
        if w == "late", let unit = word(i - 1), SubjectRules.durationUnits.contains(unit), sameSentence(i - 1, i),
            word(i - 3).map(DateRules.verbsOfDelay.contains) == true
        {
            return nil
        }
        if symbol(k) == "-", attached(k) { k += 1 }
        // "by the end of the year", "at the start of the month": the year or month of the published day,
        // unless the sentence names a year the phrase may mean ("At the end of the year, in 2008, he left").
        // ("Sales fell in 2024 but recovered by the end of the year": the year named before is the year's; "launched in 2024,
        // it will be expanded by the end of the year": in a clause of what is to come, a year gone by is no end ahead, and the
        // published year or month is meant.)
        var current: (CalendarDate, CalendarDate, Int, String)?
        var ofNamedYear = false
        if edgeForm, word(k - 1) == "the", let u = word(k), ["year", "month", "week"].contains(u), sameSentence(i, k) {
            var anchor: CalendarDate?? = .some(published)
            if sentenceNamesAYear(k) {
                // (What is to come after the year named, "will" or "should" between: "Inflation, which peaked in 2022, should
                // fall to 2% by the end of the year" is of the published year; "would", "could" or "may" may tell of a time
                // gone by, "In 2023 the company said it would close the plant by the end of the year": no year is taken.)
                let named = dateNamedBefore(i)?.lastToken ?? i
                let between = named < i ? Array(named + 1..<i) : []
                // (A verb of intent too: "produced 2 million tonnes in 2023 and aims for 3 million by the end of the year".)
                let future =
                    isFutureSentence(i)
                    || between.contains {
                        word($0).map { DateRules.modalsAhead.contains($0) || DateRules.intentBeforeTo.contains($0) } == true
                    }
                // ("In 2022 the minister said the law could pass by the end of the year": "could", "may", "might" after a
                // past verb of saying tell of a time gone by as "would" does.)
                // (Anywhere before it in the sentence: "The firm said in 2022 that it might float", "it was feared the deal
                // could collapse".)
                let reported = (sentenceFirst(i)..<i).contains {
                    !tokens[$0].capitalized
                        && word($0).map { DateRules.pastReportingVerbs.contains($0) || DateRules.pastVerbsOfThinking.contains($0) } == true
                }
                let hedged = between.contains {
                    word($0).map {
                        DateRules.modalsOfWhatMayHaveBeen.contains($0) || (reported && DateRules.modalsOfWhatMayCome.contains($0))
                    }
                        == true
                }
                let past =
                    sentenceTense(i).past && !future && !hedged && !between.contains { tokens[$0].kind == .word && isPresentEventVerb($0) }
                if u == "year", let y = yearNamedBefore(i), past || (future && published.map({ y > $0.year }) == true) {
                    anchor = CalendarDate(year: y, month: 1, day: 1)
                    ofNamedYear = true
                } else if !future || hedged || published == nil {
                    anchor = nil
                }
            }
            if let anchor {
                guard let day = anchor else { consume(i, k); return k + 1 }
                if let (a, b) = thisPeriod(u, day) { current = (a, b, k, u) }
            }
        }
        guard k < tokens.count, sameSentence(i, k), let (a, b, last, unit) = current ?? period(at: k) else { return nil }
        // ("at the end of the 2026-27 season": a year joined to the next is a season's, read by its own rule.)
        if unit == "year", let joiner = symbol(last + 1), joiner == "-" || joiner == "–" || joiner == "/", attached(last + 1),
            attached(last + 2), last + 2 < tokens.count, tokens[last + 2].kind == .number
        {
            return nil
        }
        let days = b.dayNumber - a.dayNumber + 1
        let start: CalendarDate
        let end: CalendarDate
        switch (unit, part) {
        // "the beginning / middle / end of 2000": thirds of the year; "early / late 2000": halves.
        case ("year", "early") where edgeForm: start = a; end = CalendarDate(year: a.year, month: 4, day: 30) ?? b
        case ("year", "mid") where edgeForm:
            start = CalendarDate(year: a.year, month: 5, day: 1) ?? a; end = CalendarDate(year: a.year, month: 8, day: 31) ?? b
        case ("year", "late") where edgeForm: start = CalendarDate(year: a.year, month: 9, day: 1) ?? a; end = b
        case ("year", "early"): start = a; end = CalendarDate(year: a.year, month: 6, day: 30) ?? b
        case ("year", "late"): start = CalendarDate(year: a.year, month: 7, day: 1) ?? a; end = b
        case ("year", _):
            start = CalendarDate(year: a.year, month: 4, day: 1) ?? a; end = CalendarDate(year: a.year, month: 9, day: 30) ?? b
        // Decades in thirds: "the early 2000s" 2000–2003, "the mid-1980s" 1983–1986, "the late 1990s" 1997–1999.
        case ("decade", "early"): start = a; end = CalendarDate(year: a.year + 3, month: 12, day: 31) ?? b
        case ("decade", "late"): start = CalendarDate(year: a.year + 7, month: 1, day: 1) ?? a; end = b
        case ("decade", _):
            start = CalendarDate(year: a.year + 3, month: 1, day: 1) ?? a; end = CalendarDate(year: a.year + 6, month: 12, day: 31) ?? b
        case ("month", "early"): start = a; end = a.adding(days: 14)
        case ("month", "late"): start = a.adding(days: 15); end = b
        case ("month", _): start = a.adding(days: 9); end = a.adding(days: 19)
        case (_, "early"): start = a; end = a.adding(days: 2)
        case (_, "late"): start = a.adding(days: 3); end = b
        default: start = a.adding(days: 1); end = a.adding(days: 4)
        }
        _ = days
        return addDate(
            i, last, start.description, end.description,
            resolved: ofNamedYear
                ? "relative to a date in the text"
                : current == nil && ((unit == "year" && word(k).flatMap { DateRules.relativeShifts[$0] } == nil) || unit == "decade")
                    ? "absolute" : "relative to published")
    }

    /// The whole current year, month or week around the published day.
    /// Whether the sentence of token `k` holds a number that may be a year (1800–2199, four digits).
    /// Whether a year, or one relative to the published day ("last year", "this year"), is named in the sentence before
    /// `first`: "Last year traffic peaked in the week before Christmas", "In 2026, …" (not one after it, of another date:
    /// "…, compared with the week before Christmas 2026").
    /// (Not `yearNamedBefore(_:)`, the year of the date told before.)
    private func yearToldBefore(_ first: Int) -> Bool {
        (sentenceFirst(first)..<first).contains { j in
            writtenYear(j) || (tokens[j].norm == "year" && word(j - 1).map { DateRules.relativeShifts[$0] != nil } == true)
        }
    }

    /// Whether token `j` is a year written in four digits, 1800–2199.
    private func writtenYear(_ j: Int) -> Bool {
        tokens[j].kind == .number && tokens[j].norm.utf8.count == 4 && year(j).map { (1800...2199).contains($0) } == true
    }

    /// Whether the sentence of token `k` writes a year (`writtenYear(_:)`) of its own: not one after "founded", "born" … ("The
    /// bridge club, founded in 1932, said it would close at the end of the month": the published month).
    private func sentenceNamesAYear(_ k: Int) -> Bool {
        var j = sentenceFirst(k)
        while j < tokens.count, sameSentence(j, k) {
            // (Set off by a comma: not the clause's own, "The club was founded in 1932 and by the end of the year had 40 members".)
            let opener = word(j - 1) == "in" ? j - 2 : j - 1
            let founding = word(opener).map(DateRules.asideOpeners.contains) == true && symbol(opener - 1) == ","
            if writtenYear(j), !founding { return true }
            j += 1
        }
        return false
    }

    private func thisPeriod(_ unit: String, _ published: CalendarDate) -> (CalendarDate, CalendarDate)? {
        switch unit {
        case "year":
            guard let a = CalendarDate(year: published.year, month: 1, day: 1),
                let b = CalendarDate(year: published.year, month: 12, day: 31)
            else {
                return nil
            }
            return (a, b)
        case "month":
            guard let a = CalendarDate(year: published.year, month: published.month, day: 1),
                let b = CalendarDate(
                    year: published.year, month: published.month, day: CalendarDate.daysIn(month: published.month, year: published.year))
            else { return nil }
            return (a, b)
        default:
            let monday = published.adding(days: 1 - published.weekday)
            return (monday, monday.adding(days: 6))
        }
    }

    /// "seventies", "nineteen seventies", "twenty-tens", "two thousands", "noughties" at `k`.
    private func decadeInWords(at k: Int) -> (year: Int, last: Int)? {
        var i = k
        var century: Int?
        if let w = word(i), w == "nineteen" {
            century = 1900; i += 1
        } else if word(i) == "twenty", symbol(i + 1) == "-" || word(i + 1) == "tens" {
            century = 2000
            i += symbol(i + 1) == "-" ? 2 : 1
        } else if word(i) == "two", word(i + 1) == "thousands" {
            return (2000, i + 1)
        } else if word(i) == "two", word(i + 1) == "thousand", word(i + 2) == "and", word(i + 3) == "tens" {
            return (2010, i + 3)
        }
        guard let w = word(i), let tens = DateRules.decadeWords[w] else { return nil }
        if w == "noughties" { return (2000, i) }
        if let century { return (century + tens, i) }
        return (tens >= 30 ? 1900 + tens : 2000 + tens, i)
    }

    /// "21st", "15th", "twenty-first" at `k`: the number of a century and its last token.
    private func centuryAt(_ k: Int) -> (Int, Int)? {
        if let n = smallInteger(k, maxDigits: 2), attached(k + 1), let s = word(k + 1), NumberRules.ordinalSuffixes.contains(s),
            (1...30).contains(n)
        {
            return (n, k + 1)
        }
        if let (d, last) = day(k), word(k) != nil, (1...30).contains(d) { return (d, last) }
        return nil
    }

    /// "1970s", "'70s", "70's" at `k`: the decade's first year and the last token.
    private func decadeStart(at k: Int) -> (year: Int, last: Int)? {
        var i = k
        var twoDigits = false
        if symbol(i) == "'" || symbol(i) == "’" { i += 1; twoDigits = true }
        guard let n = smallInteger(i, maxDigits: 4), n % 10 == 0, attached(i + 1) || (symbol(i + 1) == "'" && attached(i + 2)) else {
            return nil
        }
        var last = i + 1
        if symbol(last) == "'" || symbol(last) == "’" { last += 1 }
        guard word(last) == "s", attached(last) else { return nil }
        let digits = tokens[i].norm.utf8.count
        if digits == 4, (1000...2990).contains(n) { return (n, last) }
        if digits == 2, !twoDigits, agePossessive(before: i) || temperatureSentence(i) { return nil }
        if digits == 2 || twoDigits { return (n >= 30 ? 1900 + n : 2000 + n, last) }
        return nil
    }

    /// Whether the sentence of `k` speaks of temperatures ("Highs will be in the mid-80s", "lows in
    /// the 20s"): then a two-digit decade is degrees, not years.
    /// (Read once per sentence: a long sentence of decades is not read again for each.)
    private func temperatureSentence(_ k: Int) -> Bool {
        sentenceHas(k, .temperature) { j in
            (tokens[j].kind == .word && DateRules.temperatureWords.contains(tokens[j].norm))
                || (tokens[j].kind == .symbol && tokens[j].norm == "°")
        }
    }

    /// Whether some token of the sentence of `k` passes `test`, read once per sentence and kept in
    /// the memo under `cache`.
    /// (Inlined: the test's closure then captures nothing, where a closure passed to a call copied the scanner.)
    /// The first token of the sentence of token `k`.
    @inline(__always)
    func sentenceFirst(_ k: Int) -> Int {
        var first = k
        while first > 0, sameSentence(first - 1, k) { first -= 1 }
        return first
    }

    @inline(__always)
    func sentenceHas(_ k: Int, _ cache: SentenceTest, _ test: (Int) -> Bool) -> Bool {
        if let known = memo.sentence(tokens[k].sentence, cache) { return known }
        var j = sentenceFirst(k)
        var found = false
        while !found, j < tokens.count, sameSentence(j, k) {
            found = test(j)
            j += 1
        }
        memo.remember(tokens[k].sentence, cache, found)
        return found
    }

    /// Whether the sentence of `k`, from its first token to its last, passes `test`, read once per sentence and kept in
    /// the memo under `cache` (for a test of the whole sentence, which `sentenceHas` would run once per token).
    @inline(__always)
    func sentenceIs(_ k: Int, _ cache: SentenceTest, _ test: (Int, Int) -> Bool) -> Bool {
        if let known = memo.sentence(tokens[k].sentence, cache) { return known }
        let first = sentenceFirst(k)
        var last = k
        while last + 1 < tokens.count, sameSentence(last + 1, k) { last += 1 }
        let result = test(first, last)
        memo.remember(tokens[k].sentence, cache, result)
        return result
    }

    /// The verb of saying before a name or a bare noun as its object and a weekday: "told Reuters on Tuesday that",
    /// "told The Associated Press on Tuesday", "told parliament on Tuesday" (`DateRules.reportVerbsWithObject`), or -1.
    private func verbBeforeNamedObject(before first: Int) -> Int {
        var k = first - 1
        var names = 0
        while k >= 0, names < 4, tokens[k].kind == .word, tokens[k].capitalized, sameSentence(k, first) {
            k -= 1
            names += 1
        }
        if names == 0, let w = word(k), !SubjectRules.stopWords.contains(w), !isPastVerb(k) { k -= 1 }
        // ("told the BBC on Thursday", "told the Financial Times on Friday".)
        if names > 0, word(k) == "the", !tokens[k].capitalized { k -= 1 }
        if k < first - 1, let verb = word(k), DateRules.reportVerbsWithObject.contains(verb), sameSentence(k, first) { return k }
        // ("told the jury of eight men and four women on Wednesday": a longer object after a determiner, of lower-case words,
        // numbers and "of", "and", up to nine tokens; no verb of its own.)
        var j = first - 1
        // (Not past "for" or "about", nor "of" after a noun that is no group's, "warned the public of heavy snow on Sunday": the
        // day is then the thing's warned of.)
        while j >= 1, j >= first - 10, sameSentence(j, first), !tokens[j].capitalized,
            tokens[j].kind == .number
                || (word(j).map {
                    !DateRules.isPastForm($0) && !DateRules.beVerbs.contains($0) && !DateRules.modalsAhead.contains($0) && $0 != "that"
                        && $0 != "would" && $0 != "to" && $0 != "for" && $0 != "about"
                        // ("of" a possessor's noun, "the residents of the tower block", "its staff of about 300", not "of" what is
                        // told of, "warned the public of heavy snow", "told the parents of a staff training day".)
                        && ($0 != "of" || word(j - 1).map(DateRules.groupsTold.contains) == true
                            || (j + 1 < tokens.count
                                && (tokens[j + 1].kind == .number
                                    || ["the", "its", "their", "about", "some", "more", "nearly"].contains(tokens[j + 1].norm))))
                } ?? false)
        {
            if ["the", "a", "an", "its", "their", "his", "her"].contains(tokens[j].norm), let verb = word(j - 1),
                !tokens[j - 1].capitalized,
                DateRules.reportVerbsWithObject.contains(verb)
            {
                return j - 1
            }
            j -= 1
        }
        return -1
    }

    /// Whether "his", "her", "their"… stands before the two-digit decade at `k`, past an "early",
    /// "mid" or "late": "in their mid-50s", "in her early 30s" are ages, not decades.
    private func agePossessive(before k: Int) -> Bool {
        var j = k - 1
        if symbol(j) == "-", attached(j) { j -= 1 }
        if let w = word(j), DateRules.periodParts[w] != nil { j -= 1 }
        return word(j).map { DateRules.agePossessives.contains($0) } ?? false
    }

    private func periodOfUnit(_ unit: String, _ published: CalendarDate) -> (CalendarDate, CalendarDate)? {
        switch unit {
        case "year": return CalendarDate(year: published.year, month: 12, day: 31).map { (published, $0) }
        case "month":
            return CalendarDate(
                year: published.year, month: published.month, day: CalendarDate.daysIn(month: published.month, year: published.year)
            ).map { (published, $0) }
        default: return (published, published.adding(days: 7 - published.weekday))
        }
    }

    /// "the first week of October", "the second week of this year": the week (Monday to Sunday) that
    /// holds that period's first (second …) Thursday, as ISO 8601 counts weeks.
    private mutating func weekOfPeriod(at i: Int) -> Int? {
        var k = i
        if word(k) == "the" { k += 1 }
        // "of this year", "in October", or the period right after: "the third week next year".
        let linked = word(k + 2) == "of" || word(k + 2) == "in"
        let periodAt = linked ? k + 3 : k + 2
        guard let ordinal = word(k), let n = DateRules.ordinalDays[ordinal] ?? (ordinal == "last" || ordinal == "final" ? -1 : nil),
            n <= 5, word(k + 1) == "week" || word(k + 1) == "day",
            linked || (word(k + 2).map { DateRules.relativeShifts[$0] != nil } ?? false),
            sameSentence(i, periodAt), let (a, b, last, _) = period(at: periodAt) ?? publishedPeriod(at: periodAt)
        else { return nil }
        // "the last day of February", "the first day of March": that day of the period.
        if word(k + 1) == "day" {
            let day = n == -1 ? b : a.adding(days: n - 1)
            guard day <= b else { return nil }
            return addDate(i, last, day.description, day.description, resolved: "relative to published")
        }
        var thursdays: [CalendarDate] = []
        var day = a
        while day <= b {
            if day.weekday == 4 { thursdays.append(day) }
            day = day.adding(days: 1)
        }
        guard let thursday = n == -1 ? thursdays.last : (n <= thursdays.count ? thursdays[n - 1] : nil) else { return nil }
        let monday = thursday.adding(days: -3)
        return addDate(i, last, monday.description, monday.adding(days: 6).description, resolved: "relative to published")
    }

    /// "the year", "the month" after "the last day of": the published year or month.
    private func publishedPeriod(at k: Int) -> (CalendarDate, CalendarDate, Int, String)? {
        guard word(k) == "the", let unit = word(k + 1), unit == "year" || unit == "month", sameSentence(k, k + 1), let published,
            !attached(k + 2) || phraseEnds(at: k + 2)
        else { return nil }
        let month = unit == "year" ? 1 : published.month
        let lastMonth = unit == "year" ? 12 : published.month
        guard let a = CalendarDate(year: published.year, month: month, day: 1),
            let b = CalendarDate(year: published.year, month: lastMonth, day: CalendarDate.daysIn(month: lastMonth, year: published.year))
        else { return nil }
        return (a, b, k + 1, unit)
    }

    /// Whether the phrase ends before token `k`: the text or the sentence ends, or a full stop,
    /// "!" or "?" follows (not the point of a decimal).
    private func phraseEnds(at k: Int) -> Bool {
        guard k < tokens.count, sameSentence(k - 1, k) else { return true }
        guard let s = symbol(k), s == "." || s == "!" || s == "?" else { return false }
        return !(attached(k + 1) && k + 1 < tokens.count && tokens[k + 1].kind == .number)
    }

    /// "on 15", "for the second", "on the twenty second": a day of the published month written
    /// without a month, only where the phrase ends there ("on 15 counts" is no date).
    private mutating func bareDayOfThisMonth(at i: Int) -> Int? {
        var first = i
        var d: Int
        var last: Int
        if tokens[i].kind == .number {
            guard word(i - 1) == "on", let n = smallInteger(i, maxDigits: 2), (1...31).contains(n),
                !attached(i + 1) || phraseEnds(at: i + 1)
            else { return nil }
            // "Labour is on 44%, the Tories on 24% and the Lib Dems on 10": a poll's share, like those before it.
            let shareBefore = (max(0, i - 24)..<(i - 1)).contains { k in
                word(k) == "on" && sameSentence(k, i) && k + 2 < tokens.count && tokens[k + 1].kind == .number
                    && (PercentRules.symbols.contains(tokens[k + 2].norm) || PercentRules.words.contains(tokens[k + 2].norm)
                        || (tokens[k + 2].norm == "per" && word(k + 3) == "cent"))
            }
            // ("with the Conservatives on 14 and the Greens on 9": a tally of names, each "on" a number.)
            let tallyBefore = (max(1, i - 24)..<max(1, i - 1)).contains { k in
                word(k) == "on" && sameSentence(k, i) && k + 1 < tokens.count && tokens[k + 1].kind == .number
                    && tokens[k - 1].kind == .word && tokens[k - 1].capitalized && month(k + 2) == nil
            }
            if shareBefore || tallyBefore, i >= 2, tokens[i - 2].kind == .word, tokens[i - 2].capitalized { return nil }
            (d, last) = (n, i)
        } else {
            guard word(i) == "the", let p = word(i - 1), DateRules.bareDayPrepositions.contains(p) else { return nil }
            if let (n, end) = day(i + 1) {
                (d, last) = (n, end)
            } else if let (n, end) = cardinalDay(i + 1), n >= 13 {
                // "the thirty"; not "the two", "the twelve" (people, more often than days).
                (d, last) = (n, end)
            } else {
                return nil
            }
            // "10 for the first and 12 for the second": an enumeration, not days.
            var k = i - 1
            while k >= 0, sameSentence(k, i) {
                if let w = word(k), DateRules.ordinalDays[w] != nil || DateRules.ordinalTens[w] != nil || NumberRules.units[w] != nil {
                    return nil
                }
                k -= 1
            }
            first = i
        }
        guard phraseEnds(at: last + 1), sameSentence(first, last), let published else { return nil }
        guard let date = dayNearPublished(d, at: first, published: published) else { return nil }
        return addDate(first, last, date.description, date.description, resolved: "relative to published")
    }

    /// Day `d` of the published month, or of the month after in a sentence about what is to come when
    /// it has passed ("will vote on the 5th" published the 15th), or of the month before in a past one
    /// when it is still to come ("voted on the 25th"); the nearest month that has such a day.
    private func dayNearPublished(_ d: Int, at i: Int, published: CalendarDate) -> CalendarDate? {
        var offsets = [0, -1, 1]
        // The tense of its own clause: "arrested on the 12th and will appear on the 3rd"; a day a thing is
        // moved to or waits for is ahead ("was extended to the 29th", "postponed until the 22nd").
        let towards = word(i - 1).map { ["to", "until", "till", "by"].contains($0) } ?? false
        let pastHere = hangsOnPastVerb(i) || (isPastSentence(i) && !isFutureSentence(i))
        // ("The new fares take effect on the 1st": a present verb of an event, in a sentence with no past verb, as for months.)
        if d < published.day,
            futureBefore(i) || intentAhead(before: i)
                || (!isPastSentence(i) && presentEventVerbInClause(before: i, of: i, prose: word(i - 1) == "on"))
        {
            offsets = [1, 2]
        } else if d > published.day, pastHere, !towards {
            offsets = [-1, -2]
        } else if d > CalendarDate.daysIn(month: published.month, year: published.year) {
            // ("will vote on the 30th" published 28 February: the published month has no 30th; the next that has.)
            offsets = [1, 2]
        }
        for offset in offsets {
            let total = published.year * 12 + published.month - 1 + offset
            if let date = CalendarDate(year: total / 12, month: total % 12 + 1, day: d) { return date }
        }
        return nil
    }

    /// "on the 27th": a day of the published month (the nearest month where that day exists).
    private mutating func dayOfThisMonth(at i: Int) -> Int? {
        if tokens[i].kind == .word, i + 1 < tokens.count, tokens[i + 1].kind == .word { return bareDayOfThisMonth(at: i) }
        guard word(i) == "the", i + 1 < tokens.count, tokens[i + 1].kind == .number, let (d, last) = day(i + 1) else { return nil }
        // "the 27th"; "the 27" only after "on"/"for"/"by"/"until" and at the end of a phrase.
        let suffixed = last == i + 2
        let bare =
            last == i + 1 && (word(i - 1).map { ["on", "for", "by", "until", "till"].contains($0) } ?? false)
            && (last + 1 >= tokens.count || tokens[last + 1].kind == .symbol || !sameSentence(last, last + 1))
            // ("on the 17:42 service": a time.)
            && !((symbol(last + 1) == ":" || symbol(last + 1) == ".") && attached(last + 1) && attached(last + 2)
                && last + 2 < tokens.count && tokens[last + 2].kind == .number)
            // ("on the 10-year Treasury note": a compound modifier, no day.)
            && !tightHyphen(last + 1)
        guard suffixed || bare else { return nil }
        // Not an ordinal that modifies what follows: "the 7th China International Import Expo",
        // "the 10th anniversary", "the 3rd largest" (a date goes on with a function word or stops).
        // Nor a place in an order ("the 3rd row"), nor, unless a date preposition goes before ("the storm on
        // the 12th killed 3"), any other word but a function word ("earn the 20th spot"); nor a hyphen
        // ("the 14th-ranked").
        let afterDatePreposition =
            word(i - 1).map { DateRules.bareDayPrepositions.contains($0) || DateRules.dayEdgePrepositions.contains($0) } ?? false
        if last + 1 < tokens.count, sameSentence(last, last + 1), let next = word(last + 1),
            DateRules.ordinalHeads.contains(next) || DateRules.ordinalPlaces.contains(next) || next.hasSuffix("est")
                || tokens[last + 1].capitalized
                || (!afterDatePreposition && !SubjectRules.stopWords.contains(next) && month(last + 1) == nil)
        {
            return nil
        }
        if tightHyphen(last + 1) { return nil }
        // (Nor the first of two ordinals joined before such a word: "after the 4th and 5th fairways flooded"; "on the 4th and
        // 5th of May" is read with its month.)
        if let joiner = word(last + 1), joiner == "and" || joiner == "or", last + 2 < tokens.count,
            tokens[last + 2].kind == .number, let (_, secondLast) = day(last + 2), secondLast == last + 3,
            let next = word(secondLast + 1), sameSentence(last, secondLast + 1), !tokens[secondLast + 1].capitalized,
            // (A noun an ordinal orders, not "on the 4th and 5th respectively", "the 4th and 5th overnight".)
            isPlural(next) || DateRules.ordinalHeads.contains(next) || DateRules.ordinalPlaces.contains(next),
            !SubjectRules.stopWords.contains(next), month(secondLast + 1) == nil
        {
            return nil
        }
        // Not when a month follows ("the 5th of May" is read by the day-first rule).
        var k = last + 1
        if word(k) == "of" { k += 1 }
        if month(k) != nil || (word(k).map { DateRules.relativeShifts[$0] != nil } ?? false) { return nil }
        // A day of the month a date before it in the sentence named: "starts on 3 July, with the final on the
        // 16th" (dates are read in order, so that date is the last read).
        if let named = candidates.last, named.kind == .date, sameSentence(named.lastToken, i),
            (named.firstToken...named.lastToken).contains(where: { month($0) != nil }), let end = named.date?.end,
            let (year, month) = Self.yearAndMonth(end), named.date?.start.prefix(7) == end.prefix(7)
        {
            let iso = (year.map { CalendarDate.pad($0, 4) } ?? "-") + "-" + CalendarDate.pad(month, 2) + "-" + CalendarDate.pad(d, 2)
            guard CalendarDate(year: year ?? 2000, month: month, day: d) != nil else { return nil }
            return addDate(i, last, iso, iso, resolved: named.resolved)
        }
        guard let published, let date = dayNearPublished(d, at: i, published: published) else { return nil }
        return addDate(i, last, date.description, date.description, resolved: "relative to published")
    }

    /// The year (nil when partial) and month of an ISO day: "2024-07-03" → (2024, 7), "--07-03" → (nil, 7).
    static func yearAndMonth(_ iso: String) -> (Int?, Int)? {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        if iso.hasPrefix("--"), parts.count == 4, let m = Int(parts[2]) { return (nil, m) }
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        return (y, m)
    }

    /// Whether a superlative or "first time" stands a few words before `i` in its sentence: "the
    /// highest level in two years", "its first loss in a decade", "the most since".
    func looksBack(before i: Int) -> Bool {
        if let w = word(i - 2), DateRules.lookBackOrdinals.contains(w), sameSentence(i - 2, i) { return true }
        var k = i - 1
        while k >= 0, k >= i - DateRules.lookBackReach, sameSentence(k, i) {
            if let w = word(k) {
                if DateRules.lookBackWords.contains(w) || DateRules.isSuperlative(w) { return true }
            }
            k -= 1
        }
        // ("the biggest challenge to Vladimir Putin's rule in 23 years": a superlative further back, with
        // only its noun phrase between; not "The first phase will be completed in six months".)
        k = i - 1
        while k >= 0, k >= i - DateRules.superlativeReach, sameSentence(k, i), symbol(k) != ",", symbol(k) != ";" {
            if let w = word(k) {
                // ("the first increase above inflation in three years": "first" before a noun of change looks back too.)
                if w == "first" {
                    return word(k + 1).map { ChangeRules.nounsAfter[$0] != nil } == true
                        && (word(k - 1).map { DateRules.determiners.contains($0) } ?? false)
                }
                if DateRules.futureMarkers.contains(w) || DateRules.beVerbs.contains(w) { return false }
                if DateRules.isSuperlative(w) || ["most", "least", "record"].contains(w) { return true }
            }
            k -= 1
        }
        return false
    }

    /// "two days ago", "a month ago", "in 3 weeks", "two weeks from now", "three weeks from tomorrow",
    /// "the day before yesterday", "the day after tomorrow".
    private mutating func relativeOffset(at i: Int) -> Int? {
        if word(i) == "the" || word(i) == "day" {
            let k = word(i) == "the" ? i + 1 : i
            if word(k) == "day", let dir = word(k + 1), dir == "before" || dir == "after", let base = word(k + 2),
                let offset = DateRules.relativeDays[base], sameSentence(i, k + 2)
            {
                guard let published else { consume(i, k + 2); return k + 3 }
                let date = published.adding(days: offset + (dir == "before" ? -1 : 1))
                return addDate(i, k + 2, date.description, date.description, resolved: "relative to published")
            }
            return nil
        }
        var start = i
        var count: Int
        var unitAt: Int
        // ("The mayor was sworn in a week ago": a particle's "in" before an offset back is no "in" of one ahead; the offset
        // is read from the next token.)
        if word(i) == "in", (i + 2...i + 4).contains(where: { word($0) == "ago" && sameSentence(i, $0) }) { return nil }
        if word(i) == "in", i + 1 < tokens.count { start = i + 1 }
        // ("the first of three games in eight days", "40 flights in two days": a count of things in a span is a rate, no
        // day ahead, "will play four matches in 10 days"; not things known before, after a determiner, that a verb acts on:
        // "The council will vote on the 12 proposals in two weeks".)
        if word(i) == "in", let things = word(i - 1), isPlural(things), !SubjectRules.stopWords.contains(things), i >= 2,
            tokens[i - 2].kind == .number || NumberRules.units[tokens[i - 2].norm] != nil, sameSentence(i - 2, i),
            !determinerOrPossessive(i - 3)
        {
            return nil
        }
        // ("a top gang can shear 2,000 in a day", "raised $500 in an hour": a count right before "in a" day or less is a rate too.)
        // (Of a day or less: not "He turns 18 in a week", "Game 7 in a week".)
        if word(i) == "in", i >= 1, tokens[i - 1].kind == .number, word(i + 1).map({ $0 == "a" || $0 == "an" }) == true,
            word(i + 2).map(DateRules.unitsOfRates.contains) == true, sameSentence(i - 1, i + 2)
        {
            return nil
        }
        // "a few days ago", "few months ago": a vague count read as upstream conventions do.
        let vagueAt = word(start) == "a" ? start + 1 : start
        if let w = word(vagueAt), let v = DateRules.vagueCounts[w] {
            count = v
            unitAt = vagueAt + 1
        } else if let w = word(start), w == "a" || w == "an" {
            count = 1
            unitAt = start + 1
        } else if let n = try? readNumber(at: start, money: false), n.value.exponent >= 0, let v = n.value.integerValue, v > 0,
            v < 10_000
        {
            count = v
            unitAt = n.last + 1
        } else {
            return nil
        }
        // "two Sundays from now", "two monday later": the nth such weekday after (or before) the published day.
        if let w = word(unitAt),
            let weekday = DateRules.weekdayPlurals[w] ?? (DateRules.weekdayAbbreviations.contains(w) ? nil : DateRules.weekdays[w]),
            word(i) != "in", sameSentence(start, unitAt + 1)
        {
            return weekdaysAway(first: i, count: count, weekday: weekday, after: unitAt + 1)
        }
        // "in four business days", "ten working days ago": weekdays only.
        if let w = word(unitAt), DateRules.businessDayWords.contains(w), let d = word(unitAt + 1), d == "day" || d == "days",
            sameSentence(start, unitAt + 1)
        {
            return businessDaysAway(first: i, count: count, unitAt: unitAt + 1)
        }
        guard let unitWord = word(unitAt), sameSentence(start, unitAt) else { return nil }
        // "a decade ago", "two decades ago": ten years each (only with "ago": "in two decades the city grew"
        // is a span of time).
        let decades = (unitWord == "decade" || unitWord == "decades") && word(unitAt + 1) == "ago" && word(i) != "in"
        let fortnights = DateRules.fortnights.contains(unitWord)
        guard let unit = decades ? "year" : fortnights ? "week" : DateRules.offsetUnits[unitWord] else { return nil }
        // "1 month 21 days ago", "2 years, 1 month and 21 days ago": more parts of the same offset.
        var parts: [(count: Int, unit: String)] = [(decades ? 10 * count : fortnights ? 2 * count : count, unit)]
        while true {
            var n = unitAt + 1
            if word(n) == "and" || symbol(n) == "," { n += 1 }
            guard n < tokens.count, sameSentence(start, n), tokens[n].kind == .number || NumberRules.units[tokens[n].norm] != nil,
                let more = try? readNumber(at: n, money: false), let c = more.value.integerValue, c > 0, c < 10_000,
                let u = word(more.last + 1), let moreUnit = DateRules.offsetUnits[u]
            else { break }
            parts.append((c, moreUnit))
            unitAt = more.last + 1
        }
        // "4 weeks in the future": the days from tomorrow to then.
        if word(i) != "in", word(unitAt + 1) == "in", word(unitAt + 2) == "the", word(unitAt + 3) == "future" {
            let last = unitAt + 3
            guard let published else { consume(i, last); return last + 1 }
            let end = Self.shift(published, by: parts)
            return addDate(i, last, published.adding(days: 1).description, end.description, resolved: "relative to published")
        }
        // "a few years later", "in a few weeks": a vague count from some other day, or a vague
        // future, is no date; only "a few days ago" and "a few weeks from now" are read.
        if DateRules.vagueCounts[word(unitAt - 1) ?? ""] != nil {
            let w = word(unitAt + 1)
            guard word(i) != "in", w == "ago" || w == "hence" || (w == "from" && word(unitAt + 2) == "now") else { return nil }
        }
        var sign: Int
        var last = unitAt + 1
        var base = published
        if word(i) == "in" {
            // "the biggest drop in 10 months", "the first time in 15 years": a span looking back from
            // a superlative, not a day ahead.
            // In a past sentence it is how long something took: "The price has doubled in six months",
            // "Sales fell 10% in two years".
            // ("tripled to $2 trillion in two years": a "to" before a figure is no infinitive's.)
            let modal = (max(0, i - 4)..<i).contains {
                sameSentence($0, i) && (word($0).map { DateRules.beforeNonFinite.contains($0) } ?? false)
                    && !(word($0) == "to" && $0 + 1 < tokens.count && (tokens[$0 + 1].kind == .number || tokens[$0 + 1].kind == .symbol))
            }
            // ("sworn in seven weeks after the October 14 election": counted from another day, no date.)
            if let w = word(unitAt + 1), w == "after" || w == "before", let b = word(unitAt + 2), b != "now", b != "today",
                DateRules.relativeDays[b] == nil
            {
                consume(i, unitAt)
                return unitAt + 1
            }
            if looksBack(before: i) || (isPastSentence(i) && !isFutureSentence(i) && !modal) {
                consume(i, unitAt)
                return unitAt + 1
            }
            sign = 1
            last = unitAt
        } else if let w = word(unitAt + 1), w == "earlier" || w == "later" || (w == "before" && word(unitAt + 2) == nil) {
            // "Two months later, he died", "down from 6.2 percent a year earlier", "4% higher than a year before": counted
            // from a day the article told before, not from the published day; no date (as "that weekend").
            consume(i, unitAt + 1)
            return unitAt + 2
        } else if let w = word(unitAt + 1), w == "ago" {
            sign = -1
            // ("A year ago today": the day a year before the published one, "today" with it.)
            if w == "ago", word(unitAt + 2) == "today", sameSentence(unitAt, unitAt + 2) { last = unitAt + 2 }
        } else if word(unitAt + 1) == "hence" {
            sign = 1
        } else if let w = word(unitAt + 1), w == "from" || w == "after" || w == "before", let b = word(unitAt + 2) {
            sign = w == "before" ? -1 : 1
            if b == "now" || b == "today" {
                last = unitAt + 2
            } else if let offset = DateRules.relativeDays[b] {
                base = published?.adding(days: offset)
                last = unitAt + 2
            } else {
                return nil
            }
        } else {
            return nil
        }
        guard let base else { consume(i, last); return last + 1 }
        // Years and months first, then weeks and days, as people count.
        let (months, days) = Self.monthsAndDays(parts)
        let total = base.year * 12 + (base.month - 1) + sign * months
        let y = total / 12
        let m = total % 12 + 1
        guard let shifted = CalendarDate(year: y, month: m, day: min(base.day, CalendarDate.daysIn(month: m, year: y))) else { return nil }
        let date = shifted.adding(days: sign * days)
        return addDate(i, last, date.description, date.description, resolved: "relative to published")
    }

    /// The direction after an offset at `k`: "ago", "later", "from now", "before today"; the sign, the
    /// day counted from (relative to the published day) and the last token.
    private func offsetDirection(_ k: Int) -> (sign: Int, base: Int, last: Int)? {
        guard let w = word(k) else { return nil }
        if w == "ago" || w == "earlier" { return (-1, 0, k) }
        if w == "later" || w == "hence" { return (1, 0, k) }
        guard w == "from" || w == "after" || w == "before", let b = word(k + 1) else { return nil }
        let sign = w == "before" ? -1 : 1
        if b == "now" { return (sign, 0, k + 1) }
        if let offset = DateRules.relativeDays[b] { return (sign, offset, k + 1) }
        return nil
    }

    /// "two Sundays from now": the `count`th `weekday` after (or before) the published day, not counting that day.
    private mutating func weekdaysAway(first: Int, count: Int, weekday: Int, after k: Int) -> Int? {
        guard let (sign, base, last) = offsetDirection(k), count < 100 else { return nil }
        guard let published else { consume(first, last); return last + 1 }
        let date = published.adding(days: base).first(weekday, after: sign > 0).adding(days: sign * 7 * (count - 1))
        return addDate(first, last, date.description, date.description, resolved: "relative to published")
    }

    /// "in four business days", "ten working days ago": Saturdays and Sundays are not counted.
    private mutating func businessDaysAway(first: Int, count: Int, unitAt: Int) -> Int? {
        var sign = 1
        var last = unitAt
        var base = 0
        if word(first) != "in" {
            guard let direction = offsetDirection(unitAt + 1) else { return nil }
            (sign, base, last) = direction
        }
        guard count < 1000 else { return nil }
        guard let published else { consume(first, last); return last + 1 }
        var date = published.adding(days: base)
        var left = count
        while left > 0 {
            date = date.adding(days: sign)
            if date.weekday <= 5 { left -= 1 }
        }
        return addDate(first, last, date.description, date.description, resolved: "relative to published")
    }

    /// "Q3 2016", "the third quarter of 2016", "H1 2016", "the first half of this year", "2016 Q3".
    private mutating func quarterDate(at i: Int) -> Int? {
        // (A month starts a quarter only before "quarter": "Apple's March quarter".)
        if word(i + 1) != "quarter", tokens[i].capitalized, DateRules.months[tokens[i].norm] != nil { return nil }
        var first = i
        var k = i
        var part: (index: Int, of: Int)?
        // "Q3", "H2" (one token each: letters then digit are split, so "Q" + "3").
        var halfLetter = false
        if let w = word(k), w == "q" || w == "h", attached(k + 1), let n = smallInteger(k + 1, maxDigits: 1) {
            let of = w == "q" ? 4 : 2
            halfLetter = w == "h"
            guard (1...of).contains(n), tokens[k].capitalized else { return nil }
            part = (n, of)
            k += 2
        } else {
            if word(k) == "the" { k += 1 }
            // "last quarter", "this quarter", "next half": relative to the published day's quarter.
            if let w = word(k), let shift = DateRules.relativeShifts[w], let unit = word(k + 1), unit == "quarter" || unit == "half",
                word(k + 2) != "of", sameSentence(i, k + 1)
            {
                guard let published else { consume(i, k + 1); return k + 2 }
                let of = unit == "quarter" ? 4 : 2
                let months = 12 / of
                let current = (published.month - 1) / months
                let total = published.year * of + current + shift
                let (y, index) = (total / of, total % of)
                let m1 = index * months + 1
                let m2 = m1 + months - 1
                return addDate(
                    i, k + 1, Self.iso(y, m1, 1), Self.iso(y, m2, CalendarDate.daysIn(month: m2, year: y)),
                    resolved: "relative to published")
            }
            // "the first three months of the year", "the last six months of 2019".
            if let months = monthsOfTheYear(at: k, from: i) { return months }
            // "the June quarter", "Apple's March quarter": the quarter that ends in June, in March.
            let possessive = k > 0 && tokens[k - 1].capitalized && (word(k - 1).map { $0.hasSuffix("'s") || $0.hasSuffix("’s") } ?? false)
            if word(k - 1) == "the" || possessive, let m = month(k), m % 3 == 0, word(k + 1) == "quarter", sameSentence(i, k + 1) {
                part = (m / 3, 4)
                k += 2
                // ("the June quarter of 2019".)
                if word(k) == "of", year(k + 1) != nil { k += 1 }
            } else {
                guard let ordinal = word(k), let n = DateRules.ordinalDays[ordinal] ?? (ordinal == "last" || ordinal == "final" ? -1 : nil)
                else { return nil }
                // "second-quarter earnings": the ordinal joined to its unit by a hyphen.
                let unitAt = tightHyphen(k + 1) ? k + 2 : k + 1
                guard let unit = word(unitAt), unit == "quarter" || unit == "half", sameSentence(i, unitAt) else { return nil }
                // ("the first half of March": a month's half, read as "early March" from the ordinal.)
                if unit == "half", monthAfterOf(unitAt + 1) { return nil }
                let of = unit == "quarter" ? 4 : 2
                let index = n == -1 ? of : n
                guard (1...of).contains(index) else { return nil }
                part = (index, of)
                k = unitAt + 1
                if word(k) == "of" { k += 1 }
            }
        }
        guard let (index, of) = part else { return nil }
        // The year: written, "this/last/next year", or the published year.
        var y: Int?
        var last = k - 1
        if let yy = year(k), sameSentence(i, k) {
            y = yy
            last = k
        } else if word(k - 1) == "of", let (yy, end) = yearInWords(k), sameSentence(i, end) {
            y = yy
            last = end
        } else if let shift = word(k).flatMap({ DateRules.relativeShifts[$0] }), word(k + 1) == "year", let published {
            y = published.year + shift
            last = k + 1
        } else if let yy = year(i - 1), attached(i) || tokens[i].spaceBefore, sameSentence(i - 1, i) {
            y = yy
            first = i - 1
        }
        // "the third quarter of fiscal 2023": an "of" with no year read after it is not the date's.
        let ofSomethingElse = last == k - 1 && word(last) == "of" && last > i
        if ofSomethingElse { last -= 1 }
        // "the fiscal third quarter", "Q3 FY24", "the first quarter of fiscal 2023": a quarter of a fiscal
        // year, whose months differ by company, is no calendar quarter (its fiscal year is read on its own).
        let fiscalBefore = word(first - 1).map { DateRules.fiscalWords.contains($0) } ?? false
        // ("Q2 financial results", "second quarter fiscal policy": an adjective, no fiscal year.)
        let fiscalAfter = y == nil && fiscalYearAt(last + 1)
        let fiscalOf = y == nil && word(k - 1) == "of" && fiscalYearAt(k)
        if fiscalBefore || fiscalAfter || fiscalOf {
            consume(first, last)
            return last + 1
        }
        // "the final quarter of the match", "the first half of his rent": a part of something else.
        if ofSomethingElse, let w = word(k), DateRules.determiners.contains(w) || w.hasSuffix("'s"),
            !(word(k + 1).map { ["year", "calendar", "fiscal", "financial"].contains($0) } ?? false)
        {
            consume(first, last)
            return last + 1
        }
        // "H2" alone is as often hydrogen as a half-year: only with its year. A quarter or half of a game
        // ("scored twice in the second half", "outscored Denver 38-22 in the third quarter") is no date.
        // ("the lowest for any first half since 2012", "every third quarter": a kind of period, not one.)
        let anyOfKind = word(first - 1).map { $0 == "any" || $0 == "every" || $0 == "each" } ?? false
        if y == nil, halfLetter || sportsSentence(i) || anyOfKind {
            consume(first, last)
            return last + 1
        }
        let months = 12 / of
        let m1 = (index - 1) * months + 1
        let m2 = m1 + months - 1
        // ("created 9,400 jobs in H2 2027, up from 7,100 in the first half": an earlier part compared with one of its year read
        // before, that year's.)
        if y == nil, let comparedYear = yearOfLaterPartCompared(before: first, index: index, of: of) {
            return addDate(
                first, last, Self.iso(comparedYear, m1, 1),
                Self.iso(comparedYear, m2, CalendarDate.daysIn(month: m2, year: comparedYear)), resolved: "relative to a date in the text")
        }
        guard var year = y ?? published?.year else {
            consume(first, last)
            return last + 1
        }
        // No year written: a quarter still to come in a past-tense report is last year's; the quarter of
        // results ("second-quarter earnings", "its Q4 results") is the latest that has ended.
        // (Quarters only: "lighter second-half results" may well be expected ones.)
        // (Not an outlook for a quarter whose results are long out: "The company expects Q3 deliveries to exceed
        // 500,000" in February is of the Q3 to come; "Wall Street expects JPMorgan's Q4 profit to rise" in January
        // is of the Q4 just ended, whose results are still to be reported.)
        let quarterEnd = CalendarDate(year: year, month: m2, day: CalendarDate.daysIn(month: m2, year: year))
        var longOut = false
        if let published, let end = quarterEnd {
            // The last such quarter to have ended: this year's, else last year's.
            let ended =
                end < published ? end : CalendarDate(year: year - 1, month: m2, day: CalendarDate.daysIn(month: m2, year: year - 1)) ?? end
            longOut = published.dayNumber - ended.dayNumber > DateRules.resultsSeasonDays
        }
        let outlook = longOut && outlookBefore(first, of: i)
        let results =
            of == 4 && !outlook
            && (last + 1...last + 2).contains { sameSentence(i, $0) && (word($0).map { DateRules.resultWords.contains($0) } ?? false) }
        // ("Tesla is expected to report first-quarter deliveries on Wednesday" on 30 March, "will publish fourth-quarter
        // figures" on 29 December, "will publish its third-quarter figures in late October" on 7 September: results
        // still to be reported are of the first such quarter whose results are not out, one ending at most
        // `resultsSeasonDays` before the published day or after it; at most `quarterClosingDays` after it when the report
        // is days away, on a weekday or this week: "The Q3 earnings call is set for Tuesday" on 31 July is of a Q3 gone.)
        let cutoff = published?.adding(days: -DateRules.resultsSeasonDays)
        let reportSoon = (last + 1..<min(tokens.count, last + 12)).contains { k in
            sameSentence(i, k)
                && (word(k).map {
                    DateRules.weekdays[$0] != nil || DateRules.relativeDays[$0] != nil
                        || ($0 == "week" && word(k - 1).map { DateRules.relativeShifts[$0] != nil } == true)
                } ?? false)
        }
        let closing = reportSoon ? published?.adding(days: DateRules.quarterClosingDays) : nil
        let toReport =
            y == nil && results
                && (isFutureSentence(i) && !isPastSentence(i) || intentAhead(before: first, toOnly: true)
                    // (Said to be reported: only a quarter ending at most 45 days ahead, "said it would report third-quarter
                    // results on October 26" on 4 September; not "second-quarter results on January 29" in January.)
                    || ((wouldAfterSaying(before: first)
                        || (modalAfterResults(last) && !yearToldBefore(first) && word(first - 1).map({ $0.hasSuffix("'s") }) != true))
                        && quarterEnd.flatMap { end in published.map { (0...45).contains(end.dayNumber - $0.dayNumber) } } == true))
            ? ((year - 1)...(year + 1)).first { yy in
                CalendarDate(year: yy, month: m2, day: CalendarDate.daysIn(month: m2, year: yy)).map { end in
                    cutoff.map { end > $0 } == true && closing.map { end <= $0 } != false
                } ?? false
            } : nil
        if let toReport {
            year = toReport
        } else if y == nil, outlook, !isPastSentence(i) || presentOutlookBefore(first, of: i), let published, let end = quarterEnd,
            end < published
        {
            // ("The airline expects first-quarter bookings to rise 12%" on 31 December: the outlook is of the next one.)
            year += 1
        } else if y == nil, let published, let end = quarterEnd, results, !(end < published) {
            year -= 1
        } else if y == nil, !results, let published, let end = quarterEnd, end < published, !isPastSentence(i),
            word(first - 1).map(DateRules.periodTimePrepositions.contains) == true,
            isFutureSentence(i) || intentAhead(before: first, toOnly: true)
        {
            // ("plans to launch its processor in Q1", "will launch it in the second quarter" on 25 December: the one ahead; not
            // a period reported on, "will restate its first-half accounts", "a dividend for the first half".)
            year += 1
        } else if y == nil, let published, let start = CalendarDate(year: year, month: m1, day: 1), start > published,
            // (In a past report only: "OPEC+ ministers meet on Sunday to decide whether to extend output cuts into the third
            // quarter" on 30 June is of the quarter to come.)
            isPastSentence(i) || wouldAfterSaying(before: first) || yearToldBefore(first), !isFutureSentence(i),
            !outlookBefore(first, of: i, verbsOnly: true),
            // ("told analysts that margins would recover in the second half": what was said to come is ahead, unless the one
            // before ended at most `DateRules.reportedMonthDaysGone` days ago, "said profit would rise in the fourth quarter" on
            // 2 January.)
            !wouldAfterSaying(before: first) || justEnded(year: year - 1, month: m2, published) || yearToldBefore(first)
        {
            year -= 1
        }
        return addDate(
            first, last, Self.iso(year, m1, 1), Self.iso(year, m2, CalendarDate.daysIn(month: m2, year: year)),
            resolved: y == nil ? "year from published" : "absolute")
    }

    /// The year of a later quarter or half (`index` of `of`) with its year written, read before `first` in its sentence, when
    /// a word of comparison stands between them: "in H2 2027, up from 7,100 in the first half", "in Q4 2027, compared with the
    /// third quarter".
    private func yearOfLaterPartCompared(before first: Int, index: Int, of: Int) -> Int? {
        guard
            let named = candidates.last(where: { $0.kind == .date && $0.lastToken < first && sameSentence($0.firstToken, first) }),
            named.resolved == "absolute", let span = named.date, let start = CalendarDate(iso: span.start),
            let end = CalendarDate(iso: span.end), start.year == end.year, start.day == 1,
            end.month - start.month + 1 == 12 / of, (start.month - 1) % (12 / of) == 0,
            (start.month - 1) / (12 / of) + 1 > index,
            // (The word of comparison close before the part, in the same clause: "up from 7,100 in the first half"; not "rose from
            // a year earlier, and the first quarter would be tougher".)
            (max(named.lastToken + 1, first - 10)..<first).contains(where: { k in word(k).map(DateRules.comparisonLeads.contains) == true }
            ),
            !(named.lastToken + 1..<first).contains(where: { k in
                symbol(k) == ";" || word(k).map { $0 == "and" || $0 == "but" || $0 == "while" || $0 == "whereas" } == true
            })
        else { return nil }
        return start.year
    }

    /// Whether "will", "would" or "should" follows the results after the quarter ending at `last`, up to three tokens on:
    /// "said first-quarter revenue would be broadly flat" (an outlook of the quarter under way).
    private func modalAfterResults(_ last: Int) -> Bool {
        // (Not a perfect, "would have been higher".)
        (last + 1...last + 3).contains { k in
            sameSentence(last, k) && (word(k).map { $0 == "will" || $0 == "would" || $0 == "should" } ?? false) && word(k + 1) != "have"
        }
    }

    /// Whether the period ending with `month` of `year` ended at most `DateRules.reportedMonthDaysGone` days before `published`.
    private func justEnded(year: Int, month: Int, _ published: CalendarDate) -> Bool {
        guard let end = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)) else { return false }
        return end < published && published.dayNumber - end.dayNumber <= DateRules.reportedMonthDaysGone
    }

    /// Whether "since" and an event's noun phrase of up to three words stand before "in" or "on" and the date at `first`: "have
    /// fallen 40% since its IPO in November" (the event, and so the date, gone).
    private func sinceEventIn(_ first: Int) -> Bool {
        guard let p = word(first - 1), p == "in" || p == "on" else { return false }
        var k = first - 2
        while k >= 0, k >= first - 5, sameSentence(k, first), let w = word(k), w != "since" {
            guard !isPastVerb(k), !DateRules.beVerbs.contains(w), !DateRules.modalsAhead.contains(w) else { return false }
            k -= 1
        }
        return k < first - 2 && word(k) == "since" && sameSentence(k, first)
    }

    /// Whether an outlook verb in the present stands up to eight tokens before `first`: "Tesla said it expects first-quarter
    /// deliveries to rise" (the outlook's own tense, whatever the past of saying).
    private func presentOutlookBefore(_ first: Int, of i: Int) -> Bool {
        (max(0, first - 8)..<first).contains { k in
            sameSentence(k, i) && !tokens[k].capitalized
                && (word(k).map { DateRules.outlookWords.contains($0) && !DateRules.outlookNouns.contains($0) && $0.hasSuffix("s") }
                    ?? false)
        }
    }

    /// Whether a word of an outlook stands up to eight tokens before `first` in its sentence ("expects Q3 deliveries to
    /// exceed"). `verbsOnly`: a verb of one, not after "had": "has guided for sales growth in the second half", "sees
    /// growth in the fourth quarter" (a half or quarter still to come stays ahead); not the nouns ("cut its guidance after
    /// a weak fourth quarter").
    private func outlookBefore(_ first: Int, of i: Int, verbsOnly: Bool = false) -> Bool {
        (max(0, first - 8)..<first).contains { k in
            sameSentence(k, i)
                && (word(k).map { DateRules.outlookWords.contains($0) && !(verbsOnly && DateRules.outlookNouns.contains($0)) } ?? false)
                && !(verbsOnly && word(k - 1) == "had")
        }
    }

    /// "fiscal 2023", "fiscal year 2024", "FY24", "FY 2023-24", "financial year 2023/24": a fiscal year,
    /// whose months differ by company and country, is given as its year (or the two years it spans)
    /// alone, resolved "fiscal year"; not a calendar year.
    private mutating func fiscalYear(at i: Int) -> Int? {
        guard let w = word(i) else { return nil }
        var k = i + 1
        switch w {
        case "fiscal":
            if word(k) == "year" {
                k += 1
            } else if tightHyphen(k), word(k + 1) == "year" {
                k += 2
            }
        case "financial":
            guard word(k) == "year" else { return nil }
            k += 1
        case "fy":
            guard text(i, i) == "FY" else { return nil }
        default: return nil
        }
        guard k < tokens.count, sameSentence(i, k), tokens[k].kind == .number, let v = tokens[k].integer else { return nil }
        let digits = tokens[k].norm.utf8.count
        guard digits == 4 || (digits == 2 && w == "fy") else { return nil }
        let y1 = digits == 4 ? v : (v < 70 ? 2000 + v : 1900 + v)
        guard (1900...2100).contains(y1), !(attached(k + 1) && word(k + 1) != nil) else { return nil }
        var last = k
        var y2 = y1
        // "2023-24", "2023/24", "23-24", "2023-2024": the two years it spans ("FY2020-22": three fiscal years).
        if let sep = symbol(k + 1), sep == "-" || sep == "/" || sep == "–", attached(k + 1), attached(k + 2), k + 2 < tokens.count,
            let v2 = tokens[k + 2].integer
        {
            let d2 = tokens[k + 2].norm.utf8.count
            var next = d2 == 4 ? v2 : d2 == 2 ? (y1 / 100) * 100 + v2 : -1
            if d2 == 2, next < y1 { next += 100 }
            if next > y1, next <= y1 + 10 {
                y2 = next
                last = k + 2
            }
        }
        return addDate(i, last, String(y1), String(y2), resolved: "fiscal year")
    }

    /// Whether "fiscal year" or "financial year" is written at `k` (after its year: "the 2022 fiscal year").
    private func fiscalYearWords(at k: Int) -> Bool {
        guard let w = word(k), w == "fiscal" || w == "financial" else { return false }
        return word(k + 1) == "year"
    }

    /// Whether a fiscal year's words and number start at `j`: "fiscal 2023", "FY24", "fiscal year 2024".
    private func fiscalYearAt(_ j: Int) -> Bool {
        guard let w = word(j), DateRules.fiscalWords.contains(w) else { return false }
        var n = j + 1
        if word(n) == "year" { n += 1 }
        return n < tokens.count && tokens[n].kind == .number && sameSentence(j, n)
    }

    /// Whether a present-tense verb of an event (`DateRules.presentEventVerbs`) stands in the three tokens before
    /// `end`, in the sentence of `i`: "The Gophers play Saturday", "goes on sale in the summer". Without
    /// `nounsAndInfinitives`, not one after a determiner or "to" ("the report and Monday's announcement");
    /// without `be`, not "is"/"are".
    private func presentEventVerb(before end: Int, of i: Int, nounsAndInfinitives: Bool, be: Bool = true) -> Bool {
        (max(0, end - 3)..<end).contains { k in
            sameSentence(k, i) && (!tokens[k].capitalized || titleCaseEventVerb(k)) && DateRules.presentEventVerbs.contains(tokens[k].norm)
                && (be || (tokens[k].norm != "is" && tokens[k].norm != "are"))
                && (nounsAndInfinitives || !(word(k - 1).map { $0 == "to" || DateRules.determiners.contains($0) } ?? false))
                && !negatedAfterModal(k)
        }
    }

    /// Whether the verb at `k` follows a modal or "did" and a negation: "could not land on Tuesday", "did not play on
    /// Saturday" tell of what failed to happen, not of what is to come.
    private func negatedAfterModal(_ k: Int) -> Bool {
        guard k >= 2, let n = word(k - 1), n == "not" || n == "never", let m = word(k - 2) else { return false }
        return DateRules.conditionalModals.contains(m) || m == "did"
    }

    /// Whether the word at `k` is a present verb of an event (`DateRules.presentEventVerbs`), or one of
    /// `DateRules.presentEventVerbsInProse` in a sentence that ends with a stop: "Applications close on
    /// Friday" (a headline's "Stocks fall on Monday" tells of a day gone). The callers take the second
    /// kind only for a date after "on" ("The Dow closes Friday at a record" is a market report's).
    private func isPresentEventVerb(_ k: Int) -> Bool {
        let w = tokens[k].norm
        let always = DateRules.presentEventVerbs.contains(w)
        guard always || DateRules.presentEventVerbsInProse.contains(w) else { return false }
        // ("England won by 48 runs on Sunday", "Tesla beat forecasts on Sunday": a noun after a number or as a past verb's
        // object; not a main verb after a relative clause's, "The side that won returns on Sunday".)
        // (After a number only a plural is a noun: "The remaining 32 compete on Thursday" has its verb.)
        // (Not after a name's number: "The iPhone 19 goes on sale on 20 September", "Windows 12 launches on Tuesday".)
        let modelBefore =
            k >= 2 && tokens[k - 1].kind == .number && tokens[k - 2].kind == .word && (tokens[k - 2].capitalized || innerCapital(k - 2))
            && modelNumber(at: k - 1) == k - 1
        if k > 0,
            ((tokens[k - 1].kind == .number || NumberRules.units[tokens[k - 1].norm] != nil) && w.hasSuffix("s") && !w.hasSuffix("ss")
                && !modelBefore)
                || ((isPastVerb(k - 1) || (DateRules.unchangedPasts.contains(tokens[k - 1].norm) && !tokens[k - 1].capitalized))
                    && !(k > 1 && DateRules.relativeWords.contains(tokens[k - 2].norm)))
                // ("The band announced a stadium tour on Monday": a noun after "a" and a modifier, not the sentence's first words.)
                || (k > 1 && (tokens[k - 2].norm == "a" || tokens[k - 2].norm == "an") && !tokens[k - 2].capitalized
                    && tokens[k - 1].kind == .word && !tokens[k - 1].capitalized)
                // ("Ministers, who announced the tax rise on Monday": a past verb's object after "the" and a modifier.)
                || (k > 2 && DateRules.determiners.contains(tokens[k - 2].norm) && !tokens[k - 2].capitalized
                    && tokens[k - 1].kind == .word && !tokens[k - 1].capitalized && isPastVerb(k - 3))
                || afterAnAmount(k)
                // ("The minister unveiled new plans on Tuesday": a past verb's object after a modifier.)
                || (k > 1 && tokens[k - 1].kind == .word && !tokens[k - 1].capitalized
                    && !SubjectRules.stopWords.contains(tokens[k - 1].norm) && isPastVerb(k - 2)
                    && !(k > 2 && DateRules.relativeWords.contains(tokens[k - 3].norm)))
                // ("won in straight sets on Saturday": a plural noun after a preposition and a modifier of lower case.)
                || (k > 1 && w.hasSuffix("s") && DateRules.prepositionsBeforeAdjectives.contains(tokens[k - 2].norm)
                    && !tokens[k - 2].capitalized && tokens[k - 1].kind == .word && !tokens[k - 1].capitalized
                    && !SubjectRules.stopWords.contains(tokens[k - 1].norm))
        {
            return false
        }
        if always { return true }
        guard proseSentence(k) else { return false }
        // ("Wall Street gives back gains on Wednesday": a market's giving back; not "The bank gives back £200m to customers".)
        // ("The S&P 500 gives back 1% on Thursday": a percentage or points given back.)
        let givenBack =
            word(k + 2).map { DateRules.marketGivebacks.contains($0) } == true
            || (k + 3 < tokens.count && tokens[k + 2].kind == .number
                && (symbol(k + 3) == "%" || (word(k + 3).map { ["percent", "per", "pct", "points", "point"].contains($0) } ?? false)))
        if w == "gives" || w == "give", word(k + 1) == "back", givenBack {
            return false
        }
        // ("Stocks fall on Friday", "The index closes 2% higher on Thursday": a market's move is told after the day.)
        if DateRules.marketMoves.contains(w) {
            // (A close or an end told of a market is a move unless "early", "late" or a time of day tells its hours: "The
            // London Stock Exchange closes early on Tuesday", "closes at 1pm on Friday", "Markets close on Friday for Good
            // Friday"; not "closes at a record on Friday".)
            let schedule =
                ["close", "closes", "end", "ends"].contains(w)
                && (k + 1...k + 3).contains { j in
                    j < tokens.count && sameSentence(j, k)
                        && ((word(j).map { ["early", "late", "noon", "midday", "for"].contains($0) } ?? false) || meridiemFollows(j))
                }
            let market =
                !schedule
                && (max(0, k - 6)..<k).contains { j in
                    sameSentence(j, k) && (word(j).map { DateRules.marketNouns.contains($0) } ?? false)
                }
            let comparative = (k + 1...k + 5).contains { j in
                j < tokens.count && sameSentence(j, k) && (word(j).map { $0 == "higher" || $0 == "lower" } ?? false)
            }
            if market || comparative { return false }
        }
        return true
    }

    /// Whether the word at `k` is a noun after "a" and an amount: "reported a 12% rise in revenue on Friday", "a £2bn rise",
    /// "a 12 per cent rise", "a three-fold rise" (not "Prices 12% rise on Friday", with no article).
    private func afterAnAmount(_ k: Int) -> Bool {
        guard k >= 2 else { return false }
        var j = k - 1
        var amount = false
        while j > 0, j >= k - 5, sameSentence(j, k) {
            let t = tokens[j]
            if t.kind == .number || NumberRules.units[t.norm] != nil {
                amount = true
            } else if t.kind == .symbol {
                guard PercentRules.symbols.contains(t.norm) || MoneyRules.symbols[t.norm] != nil || t.norm == "-" || t.norm == "." else {
                    return false
                }
            } else if !(NumberRules.scaleWords[t.norm] != nil || NumberRules.attachedScales[t.norm] != nil
                || NumberRules.moneyOnlyScales[t.norm] != nil || PercentRules.words.contains(t.norm)
                || ["per", "cent", "fold", "point", "points"].contains(t.norm))
            {
                break
            }
            j -= 1
        }
        // (After a past verb: "Workers get a 4% rise in wages on Monday" has a present one of what is to come.)
        return amount && (tokens[j].norm == "a" || tokens[j].norm == "an") && !tokens[j].capitalized && j > 0
            && (isPastVerb(j - 1) || DateRules.pastReportingVerbs.contains(tokens[j - 1].norm))
    }

    /// Whether the capitalised word at `k` is a present verb of an event (`DateRules.presentEventVerbs`) in a headline in title
    /// case, after its subject: "Jets Host Patriots On Sunday In Key AFC Clash", "Apple Unveils New iPhone On Wednesday".
    /// (Not with a score in the headline: "Jets Host Patriots On Sunday, Lose 24-10" tells a result.)
    private func titleCaseEventVerb(_ k: Int) -> Bool {
        k > 0 && sameSentence(k - 1, k) && tokens[k - 1].kind == .word && tokens[k - 1].capitalized
            && DateRules.presentEventVerbs.contains(tokens[k].norm) && headlineSentence(k)
            && !sentenceHas(k, .score) { j in
                tightHyphen(j) && j > 0 && tokens[j - 1].kind == .number && j + 1 < tokens.count && tokens[j + 1].kind == .number
            }
    }

    /// Whether the sentence of `k` ends with ".", "!" or "?" (before any closing quote): prose, not a headline.
    private func proseSentence(_ k: Int) -> Bool {
        sentenceIs(k, .prose) { _, last in
            var e = last
            if let q = symbol(e), NameRules.closingQuotes.contains(q) || q == ")", e > 0, sameSentence(e - 1, e) { e -= 1 }
            return symbol(e).map { $0 == "." || $0 == "!" || $0 == "?" } ?? false
        }
    }

    /// Whether a weekday of the clause's own stands in the four tokens before the "after" or "before" at `k`, a day ahead
    /// later than the weekday at `i` would be: "resumes on Saturday after a rest day on Friday" (not "meets on Thursday after a
    /// brawl on Saturday", a brawl gone; nor "faces questions after a leak on Sunday", no day of its own).
    private func dayAheadBefore(_ k: Int, of i: Int) -> Bool {
        guard let published, let other = DateRules.weekdays[tokens[i].norm] else { return false }
        let ahead = { (weekday: Int) in (weekday - published.weekday + 7) % 7 }
        return (max(0, k - 4)..<k).contains { j in
            tokens[j].capitalized && DateRules.weekdays[tokens[j].norm].map { ahead($0) > ahead(other) } == true
        }
    }

    /// Whether a present verb of an event other than "is"/"are" stands up to ten words before `end`
    /// in the clause of `i`, with no punctuation or word opening a clause between: "celebrates his 74th
    /// birthday on Tuesday" (not after a determiner or "to": "the report …"), nor a phrase of "after" or "before" with no
    /// verb of its own after the clause's day ahead (`dayAheadBefore`).
    private func presentEventVerbInClause(before end: Int, of i: Int, prose: Bool = false) -> Bool {
        var k = end - 1
        // ("France holds the second round of its snap legislative election on Sunday", "fares rise by 4.9% on
        // Sunday": up to ten words, over a percentage or an amount.)
        while k >= 0, k >= end - 10, sameSentence(k, i),
            tokens[k].kind != .symbol || symbol(k).map({ ["-", "'", "%", "$", "£", "€"].contains($0) }) == true
        {
            if let w = word(k), !tokens[k].capitalized || titleCaseEventVerb(k) {
                // ("covers Devon and Cornwall on Monday": "and" between names joins no clause.)
                let namesJoined = w == "and" && k > 0 && tokens[k - 1].capitalized && k + 1 < tokens.count && tokens[k + 1].capitalized
                // ("The match resumes on Saturday after a rest day on Friday": over a phrase of "after" or "before" with no verb, of
                // an event beside the clause's own.)
                let verblessPhrase =
                    (w == "after" || w == "before") && dayAheadBefore(k, of: i)
                    && !(k + 1..<end).contains { j in
                        tokens[j].kind == .word && !tokens[j].capitalized
                            && (isPastVerb(j) || DateRules.isPastForm(tokens[j].norm)
                                || DateRules.presentEventVerbs.contains(tokens[j].norm)
                                || DateRules.subjectPronouns.contains(tokens[j].norm))
                    }
                if DateRules.clauseOpeners.contains(w), !namesJoined, !verblessPhrase { return false }
                // (Not a noun after a possessive or an adjective's determiner: "Trump's visit to Walter Reed on Saturday".)
                // (Nor an adjective after a form of "be": "polls are open until 8pm".)
                // ("The law comes into force in October": "come" only into force or effect, or in: "The new timetable comes in
                // on Sunday".)
                let comesInto = (w == "comes" || w == "come") && (word(k + 1) == "into" || (word(k + 1) == "in" && word(k + 2) == "on"))
                // (Nor after "would", "could": "his vow that Britain would leave the EU on Oct. 31".)
                // ("a launch window that opens on the 9th": "that" before a verb in "-s" is a relative pronoun, which no plural
                // follows as a determiner; not in a sentence of the past, "The team that hosts the final lost on Saturday", "complained
                // that changes on the 3rd had confused drivers".)
                let relativeThat =
                    word(k - 1) == "that" && w.hasSuffix("s") && !w.hasSuffix("ss")
                    && !(sentenceFirst(i)..<tokens.count).contains { j in
                        sameSentence(i, j) && tokens[j].kind == .word && !tokens[j].capitalized
                            && (DateRules.isPastForm(tokens[j].norm) || ["was", "were", "had"].contains(tokens[j].norm))
                    }
                if w != "is" && w != "are" && ((prose ? isPresentEventVerb(k) : DateRules.presentEventVerbs.contains(w)) || comesInto),
                    relativeThat
                        || !(word(k - 1).map {
                            $0 == "to" || DateRules.determiners.contains($0) || $0.hasSuffix("'s") || $0.hasSuffix("’s")
                                || DateRules.beVerbs.contains($0) || DateRules.conditionalModals.contains($0)
                        } ?? false), !negatedAfterModal(k)
                {
                    return true
                }
            }
            k -= 1
        }
        return false
    }

    /// Whether the "to" at `k` opens a headline's infinitive, its future: "NYSE To Shut Early On Friday", "Amazon to open 12
    /// warehouses on Monday" (a sentence with no stop, a subject of up to four words before, no verb among them; not "Road
    /// To Recovery", `DateRules.nounsBeforeTo`).
    private func headlineInfinitive(_ k: Int, opening: Int) -> Bool {
        // ("Wimbledon: Alcaraz To Face Sinner On Friday": the subject after a kicker of up to three words and its colon.)
        var subject = opening
        if let colon = (opening..<k).last(where: { symbol($0) == ":" }), colon - opening <= 3,
            (opening..<colon).allSatisfy({ tokens[$0].kind == .word })
        {
            subject = colon + 1
        }
        // (Not a plural after "To", a place gone to: "Black Friday Shoppers Flock To Malls".)
        guard k > subject, k - subject <= 4, let next = word(k + 1), !DateRules.determiners.contains(next),
            !(isPlural(next) && !next.hasSuffix("ss") && !next.hasSuffix("us")),
            !(word(k - 1).map { DateRules.nounsBeforeTo.contains($0) } ?? true), !proseSentence(k)
        else { return false }
        return (subject..<k).allSatisfy { j in tokens[j].kind == .word && !isPastVerb(j) && !DateRules.presentBe.contains(tokens[j].norm) }
    }

    /// Whether a marker of the future ("will", "next", "expected") stands before token `i` in its clause.
    /// Whether "should" or "could" in the clause before token `i`, or "would" after a verb of saying, tells of what is to
    /// come: "The lanes should be reviewed in the spring", "Rates could fall in the autumn", "said the lanes would be reviewed
    /// in the spring"; not of what might have been, "would have closed", "could not have finished", nor of a habit, "As a
    /// boy he would fish in the summer", "Bears would normally hibernate in the winter", nor in a sentence of a time gone,
    /// "said last year the work would be finished in the autumn".
    private func modalOfComing(before i: Int) -> Bool {
        let pastTime = (max(0, i - 20)..<i).contains { k in
            sameSentence(k, i) && (word(k).map { $0 == "last" || $0 == "ago" || DateRules.habitAdverbs.contains($0) } ?? false)
        }
        if pastTime { return false }
        if wouldAfterSaying(before: i) { return true }
        guard let k = clauseToken(before: i, where: { word($0).map(DateRules.modalsOfComing.contains) ?? false }) else { return false }
        var next = k + 1
        while let n = word(next), n == "not" || n == "never" || n == "n't" { next += 1 }
        return word(next) != "have"
    }

    private func futureBefore(_ i: Int) -> Bool {
        clauseToken(before: i) { DateRules.futureMarkers.contains(tokens[$0].norm) } != nil
    }

    /// The nearest token before `i` in its clause that `test` accepts: up to 12 tokens back, with no comma, semicolon or
    /// "and" between.
    private func clauseToken(before i: Int, where test: (Int) -> Bool) -> Int? {
        var k = i - 1
        while k >= 0, k >= i - 12, sameSentence(k, i), symbol(k) != ",", symbol(k) != ";", word(k) != "and" {
            if test(k) { return k }
            k -= 1
        }
        return nil
    }

    /// Whether the sentence of token `i` tells of a game (`DateRules.gameWords`, or a score "38-22"),
    /// read once per sentence.
    func sportsSentence(_ i: Int) -> Bool {
        sentenceHas(i, .sports) { k in
            if let w = word(k), DateRules.gameWords.contains(w) { return true }
            return tightPair(at: k, maxDigits: 3)
        }
    }

    /// The year of the last date read before token `i` in its sentence, when that date is one whole
    /// year ("in 2024", "the 2019 season").
    private func yearNamedBefore(_ i: Int) -> Int? {
        guard let c = dateNamedBefore(i), let span = c.date, span.start.hasSuffix("-01-01"), span.end.hasSuffix("-12-31"),
            span.start.prefix(4) == span.end.prefix(4),
            let y = Int(span.start.prefix(4))
        else { return nil }
        return y
    }

    /// The date read last before token `i` in its sentence.
    private func dateNamedBefore(_ i: Int) -> Candidate? {
        // (Back over this sentence's candidates only: a text of many sentences is not read again for each.)
        for c in candidates.reversed() {
            guard tokens[c.lastToken].sentence == tokens[i].sentence else { break }
            if c.kind == .date, c.lastToken < i { return c }
        }
        return nil
    }

    /// "the first three months of the year", "the first 6 months of 2019", "the last two months of
    /// last year": months from the start or up to the end of a year (the published one unless named).
    private mutating func monthsOfTheYear(at k: Int, from i: Int) -> Int? {
        guard let edge = word(k), edge == "first" || edge == "last", k + 2 < tokens.count, word(k + 2) == "months",
            word(k + 3) == "of", sameSentence(i, k + 3)
        else { return nil }
        let count: Int
        if let n = smallInteger(k + 1, maxDigits: 2) {
            count = n
        } else if let w = word(k + 1), let n = NumberRules.units[w] {
            count = n
        } else {
            return nil
        }
        guard (1...11).contains(count) else { return nil }
        var y: Int?
        var last = k + 4
        if let yy = year(k + 4) {
            y = yy
        } else if let w = word(k + 4), w == "the" || DateRules.relativeShifts[w] != nil, word(k + 5) == "year" {
            guard let published else { consume(i, k + 5); return k + 6 }
            y = published.year + (DateRules.relativeShifts[w] ?? 0)
            last = k + 5
        }
        guard let year = y, sameSentence(i, last) else { return nil }
        let (m1, m2) = edge == "first" ? (1, count) : (13 - count, 12)
        return addDate(
            i, last, Self.iso(year, m1, 1), Self.iso(year, m2, CalendarDate.daysIn(month: m2, year: year)),
            resolved: word(k + 4) == "the" || DateRules.relativeShifts[word(k + 4) ?? ""] != nil ? "relative to published" : "absolute")
    }

    /// "summer 2016", "this summer", "next spring" (northern-hemisphere meteorological seasons).
    private mutating func seasonDate(at i: Int) -> Int? {
        // ("Last summer's heatwave": a possessive after "last", "this" or "next" too.)
        let possessive = word(i)?.hasSuffix("'s") == true && word(i - 1).map { DateRules.relativeShifts[$0] != nil } == true
        guard let w = possessive ? bareWord(i) : word(i), let months = DateRules.seasons[w] else { return nil }
        // ("The next Winter Olympics", "the Spring Statement": a capitalised season in a name, outside a title-case line.)
        if tokens[i].capitalized, i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].capitalized, sameSentence(i, i + 1),
            !titleCaseSentence(i)
        {
            return nil
        }
        var first = i
        var last = i
        var y: Int?
        // ("will next fall in 2028": a verb after an adverb.)
        if let p = word(i - 1), let shift = DateRules.relativeShifts[p], sameSentence(i - 1, i),
            !(word(i - 2).map { DateRules.beforeVerbShift.contains($0) } ?? false)
        {
            first = i - 1
            // ("this winter" in February is the one begun in December: a season that runs into the new year counts from
            // the year it began.)
            y = published.map { $0.year + shift - (months.1 < months.0 && $0.month <= months.1 ? 1 : 0) }
            if y == nil { consume(first, last); return last + 1 }
            // ("This winter was the warmest on record" in March: in a past sentence, "this" season not yet begun is the one
            // just gone.)
            if shift == 0, let year = y, let published, let (a, _) = Self.seasonSpan(months, startingIn: year), published < a,
                isPastSentence(i), !isFutureSentence(i)
            {
                y = year - 1
            }
        } else {
            var k = i + 1
            if word(k) == "of" { k += 1 }
            if let yy = year(k), sameSentence(i, k) {
                y = yy
                last = k
            } else {
                return bareSeason(at: i, months: months)
            }
        }
        guard let year = y, let (a, b) = Self.seasonSpan(months, startingIn: year) else { return nil }
        return addDate(
            first, last, a.description, b.description,
            resolved: word(first) == w ? "absolute" : "relative to published")
    }

    /// "a weaker June quarter", "the September quarter": the quarter that ends in month `m` (Australian and Indian usage),
    /// the one under way on the published day, else the latest gone in a past sentence, the next in one of what is to come,
    /// else the nearest.
    private mutating func quarterEndingIn(_ m: Int, at i: Int) -> Int? {
        var last = i + 1
        // ("the June quarter of 2019", "the September quarter 2024": the year written.)
        let yearAt = word(last + 1) == "of" ? last + 2 : last + 1
        if let y = year(yearAt), sameSentence(i, yearAt), let a = CalendarDate(year: y, month: m - 2, day: 1),
            let b = CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y))
        {
            last = yearAt
            return addDate(i, last, a.description, b.description, resolved: "absolute")
        }
        guard let published else { consume(i, last); return last + 1 }
        let spans: [(CalendarDate, CalendarDate)] = ((published.year - 1)...(published.year + 1)).compactMap { y in
            guard let a = CalendarDate(year: y, month: m - 2, day: 1),
                let b = CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y))
            else { return nil }
            return (a, b)
        }
        let current = spans.first { !(published < $0.0) && !($0.1 < published) }
        let past = isPastSentence(i) && !isFutureSentence(i)
        let future = isFutureSentence(i) && !isPastSentence(i)
        let gone = spans.last { $0.1 < published }
        let coming = spans.first { published < $0.0 }
        // (Of no tense, "Reliance reported a 19% jump in its March quarter profit" in May: the nearest.)
        let nearest = [gone, coming].compactMap { $0 }.min {
            min(abs($0.0.dayNumber - published.dayNumber), abs($0.1.dayNumber - published.dayNumber))
                < min(abs($1.0.dayNumber - published.dayNumber), abs($1.1.dayNumber - published.dayNumber))
        }
        // ("Apple will report its December quarter results at the end of the month" on 2 January: results still to be reported
        // are of the first such quarter ending at most `DateRules.resultsSeasonDays` before the published day or after it, as
        // for "fourth-quarter results".)
        let results = (last + 1...last + 2).contains { sameSentence(i, $0) && word($0).map(DateRules.resultWords.contains) == true }
        let cutoff = published.adding(days: -DateRules.resultsSeasonDays)
        // (Not with the year it is of named in the sentence: "December quarter revenue will rise next year", "December quarter
        // earnings for 2024" in January 2024.)
        let laterYear = (i + 2..<min(tokens.count, i + 14)).contains { k in
            sameSentence(i, k)
                && ((word(k) == "next" && word(k + 1) == "year")
                    || (word(k - 1).map { $0 == "for" || $0 == "in" } == true && (year(k).map { $0 >= published.year } ?? false)))
        }
        if results, !laterYear, future || intentAhead(before: i, toOnly: true), let span = spans.first(where: { $0.1 > cutoff }) {
            return addDate(i, last, span.0.description, span.1.description, resolved: "relative to published")
        }
        guard let span = current ?? (past ? gone : future ? coming : nearest) else { return nil }
        return addDate(i, last, span.0.description, span.1.description, resolved: "relative to published")
    }

    /// A season's first and last day, from its months, starting in `year` (a winter ends the year after).
    static func seasonSpan(_ months: (Int, Int), startingIn year: Int) -> (CalendarDate, CalendarDate)? {
        let endYear = months.1 < months.0 ? year + 1 : year
        guard let a = CalendarDate(year: year, month: months.0, day: 1),
            let b = CalendarDate(year: endYear, month: months.1, day: CalendarDate.daysIn(month: months.1, year: endYear))
        else { return nil }
        return (a, b)
    }

    /// "was imposed in the summer", "will be reviewed in the spring", "starts in autumn": a season after a
    /// date preposition, at the end of its phrase, is the latest one begun in a past sentence and else
    /// the current or next one (not "the fall in prices", "the summer of love", "a winter coat").
    private mutating func bareSeason(at i: Int, months: (Int, Int)) -> Int? {
        var p = i - 1
        if word(p) == "the" { p -= 1 }
        guard let preposition = word(p), DateRules.seasonPrepositions.contains(preposition), sameSentence(p, i) else { return nil }
        // ("held steady since the fall", "over the fall": a drop, as often as autumn.)
        if word(i) == "fall", preposition != "in" && preposition != "during" && preposition != "by" { return nil }
        let next = i + 1
        let ends =
            next >= tokens.count || !sameSentence(i, next) || [".", ",", ";", ":", ")", "!", "?"].contains(symbol(next) ?? "")
            || (word(next).map { DateRules.afterBareSeason.contains($0) } ?? false)
        guard ends, tokens[i].capitalized == false || word(i - 1) == "the" else { return nil }
        let first = word(i - 1) == "the" ? i - 1 : i
        guard let published else { consume(first, i); return i + 1 }
        let spans = ((published.year - 1)...(published.year + 1)).compactMap { Self.seasonSpan(months, startingIn: $0) }
        // Its own clause's tense first ("began in the autumn and is due to finish in the summer"); "since" looks
        // back; a sentence of neither tense tells of any such season ("Ice forms on the lake in winter").
        // ("goes on sale in the summer", "starts in the autumn": a present verb of an event puts it ahead.)
        let presentEvent = presentEventVerb(before: p, of: p, nounsAndInfinitives: true, be: false)
        let ahead = intentAhead(before: p) || futureBefore(p) || modalOfComing(before: p) || (presentEvent && !sentenceTense(p).past)
        // ("Water restrictions imposed in the spring will stay": a participle right before tells of a season gone.)
        let participle = p > 0 && !tokens[p - 1].capitalized && isPastVerb(p - 1) && !(word(p - 2).map(DateRules.beVerbs.contains) ?? false)
        let past =
            preposition == "since" || participle
            || (!ahead && !isFutureSentence(i) && (isPastSentence(i) || reportedChange(before: p)))
        guard past || ahead || isFutureSentence(i) else { return nil }
        let span = past ? spans.last { !(published < $0.0) } : spans.first { !($0.1 < published) }
        guard let (a, b) = span else { return nil }
        return addDate(first, i, a.description, b.description, resolved: "relative to published")
    }

    /// Whether a noun of change (`ChangeRules.nounsNeedingOf`) is the head of the phrase before the preposition at `p`, in a
    /// sentence a past verb of saying reports and no present or modal verb tells of ahead: a change measured, of a time gone
    /// ("Dry cleaners reported a 15% rise in orders over the summer", "a fall in costs during the winter, the council said";
    /// not "A rise in orders over the summer is likely, the association said").
    private func reportedChange(before p: Int) -> Bool {
        var k = p - 1
        var noun = false
        while k > 0, k >= p - 8, sameSentence(k, p), tokens[k].kind == .word || symbol(k) == "%" || tokens[k].kind == .number {
            if let w = word(k), ChangeRules.nounsNeedingOf.contains(w), !tokens[k].capitalized,
                (k - 3..<k).contains(where: { j in
                    j >= 0 && sameSentence(j, k) && (word(j) == "a" || word(j) == "an" || word(j) == "the" || symbol(j) == "%")
                }),
                word(k + 1) == "in" || word(k + 1) == "of" || k + 1 == p
            {
                noun = true
                break
            }
            if let w = word(k), DateRules.relativeWords.contains(w) || DateRules.isPastForm(w) { return false }
            k -= 1
        }
        guard noun else { return false }
        var said = false
        var j = sentenceFirst(p)
        while j < tokens.count, sameSentence(j, p) {
            if let w = word(j), !tokens[j].capitalized {
                if DateRules.modals.contains(w) || w == "is" || w == "are" { return false }
                // (Not after a verb of what is feared or foreseen: "Farmers warned of a fall in yields over the winter"; one after
                // the season tells of another thing, "reported a rise in sales over the summer, but warned of a slowdown".)
                if DateRules.pastVerbsOfThinking.contains(w), j < p { return false }
                if DateRules.pastReportingVerbs.contains(w), !(word(j - 1).map(DateRules.beforeNonFinite.contains) ?? false) { said = true }
            }
            j += 1
        }
        return said
    }

    /// "the next 3 days", "past 3 weeks", "previous 2 months": a period that ends or starts on the published day.
    private mutating func rollingPeriod(at i: Int) -> Int? {
        guard let w = word(i), let shift = DateRules.relativeShifts[w], shift != 0, sameSentence(i, i + 2) else { return nil }
        // "is expected to last six weeks", "could last years": a verb.
        // ("set to begin on Monday and last six weeks": a verb joined to another; not "the first and last 10 minutes".)
        if w == "last", let p = word(i - 1), p == "to" || DateRules.beforeVerbShift.contains(p) || (p == "and" && word(i - 2) != "first") {
            return nil
        }
        var count: Int
        var unitAt: Int
        if let n = try? readNumber(at: i + 1, money: false), let c = n.value.integerValue, c > 0, c < 1000 {
            (count, unitAt) = (c, n.last + 1)
        } else if let c = smallInteger(i + 1, maxDigits: 3), c > 0, attached(i + 2) {
            // "last 3year": the unit written against the number.
            (count, unitAt) = (c, i + 2)
        } else if let v = word(i + 1).flatMap({ DateRules.vagueCounts[$0] }) {
            // "the past few days".
            (count, unitAt) = (v, i + 2)
        } else if let f = word(i + 1), DateRules.fortnights.contains(f) {
            // "over the past fortnight": one, two weeks.
            (count, unitAt) = (1, i + 1)
        } else {
            return nil
        }
        // "the past fortnight": two weeks.
        guard let unitWord = word(unitAt) else { return nil }
        let fortnights = DateRules.fortnights.contains(unitWord)
        if fortnights { count *= 2 }
        // "the last three days of the trial", "the last 100 hours of his life": a part of something else.
        if word(unitAt + 1) == "of", let d = word(unitAt + 2), DateRules.determiners.contains(d) || d.hasSuffix("'s") {
            consume(i, unitAt)
            return unitAt + 1
        }
        // "the past 48 hours", "the next 72 hours": the days they reach into, the published day with them.
        if unitWord == "hours" || unitWord == "hour", count <= 240 {
            guard let published else { consume(i, unitAt); return unitAt + 1 }
            let days = (count + 23) / 24
            let (a, b) = shift > 0 ? (published, published.adding(days: days)) : (published.adding(days: -days), published)
            return addDate(i, unitAt, a.description, b.description, resolved: "relative to published")
        }
        guard let unit = fortnights ? "week" : DateRules.offsetUnits[unitWord] else { return nil }
        let last = unitAt
        // "fell 3.1% in the three months to May compared with the previous three months": the span before a date the
        // sentence told first, not before the published day.
        // ("the seven days to Sunday … the previous seven days": before the days that end on Sunday.)
        if w == "previous" || w == "preceding", let before = dateNamedBefore(i), let span = before.date,
            let start = daysEnding(before)?.start ?? CalendarDate(iso: span.start), span.start.utf8.count == 10
        {
            return addDate(
                i, last, Self.shift(start, by: -count, unit).description, start.adding(days: -1).description,
                resolved: "relative to a date in the text")
        }
        guard let published else { consume(i, last); return last + 1 }
        let (a, b) =
            shift > 0
            ? (published.adding(days: 1), Self.shift(published, by: count, unit))
            : (Self.shift(published, by: -count, unit), published.adding(days: -1))
        return addDate(i, last, a.description, b.description, resolved: "relative to published")
    }

    /// A period counted from one the sentence named before it, of its length (`DateRules.periodLengths`): "sales in the
    /// third quarter rose 24% from the previous quarter" (the second quarter), "the 13 weeks to 25 March … the previous
    /// quarter" (the 13 weeks before), "31% from the same period last year", "6% lower than in the same month last year" (a
    /// year back). A calendar month or quarter goes back by the calendar.
    private mutating func periodBeforeNamedPeriod(at i: Int) -> Int? {
        // (Asked at most words a date rule starts at: the length first, then the word.)
        guard i < tokens.count, tokens[i].kind == .word, case let n = tokens[i].end - tokens[i].start, n == 4 || n == 5 || n == 8 || n == 9,
            let w = word(i), w == "previous" || w == "preceding" || w == "prior" || w == "last" || w == "same"
        else { return nil }
        let sameLastYear = w == "last" && word(i + 1) == "year" && word(i - 2) == "same" && sameSentence(i - 2, i + 1)
        // ("the same period a year earlier", "the same quarter a year ago": a year back too; not "a year before the
        // pandemic", counted from something else.)
        let sameYearEarlier =
            w == "same" && (word(i + 2) == "a" || word(i + 2) == "one") && word(i + 3) == "year"
            && (word(i + 4).map(DateRules.yearBackWords.contains) ?? false) && sameSentence(i, i + 4)
            && (word(i + 4) != "before" || phraseEnds(at: i + 5) || symbol(i + 5) != nil)
        let unitAt = sameLastYear ? i - 1 : i + 1
        guard w == "last" ? sameLastYear : w == "same" ? sameYearEarlier : true, let unit = word(unitAt),
            let lengths = DateRules.periodLengths[unit],
            sameSentence(i, unitAt), let before = dateNamedBefore(sameLastYear ? i - 2 : i), let span = before.date,
            span.start.utf8.count == 10, span.end.utf8.count == 10, var start = CalendarDate(iso: span.start),
            var end = CalendarDate(iso: span.end)
        else { return nil }
        // ("in the week to Sunday … the same week last year", "the seven days to Sunday … the previous seven days": the days
        // ending on a day are read as that day until the scan ends, `widenWeeksTo`.)
        if let widened = daysEnding(before) { (start, end) = (widened.start, widened.end) }
        guard lengths.contains(end.dayNumber - start.dayNumber + 1),
            // (A whole year a past verb dates is no period a year is counted back from: "The bank, founded in 1850, said profits
            // rose on the same period last year"; "In 2022, sales rose 4% from the same period last year" is.)
            !(start.month == 1 && start.day == 1 && end.month == 12 && end.day == 31 && hangsOnPastVerb(before.firstToken))
        else { return nil }
        let first = sameLastYear ? (word(i - 3) == "the" ? i - 3 : i - 2) : (word(i - 1) == "the" && sameSentence(i - 1, i) ? i - 1 : i)
        let last = sameLastYear ? i + 1 : sameYearEarlier ? i + 4 : unitAt
        let (a, b): (CalendarDate, CalendarDate)
        if sameLastYear || sameYearEarlier {
            (a, b) = (Self.shift(start, by: -1, "year"), Self.shift(end, by: -1, "year"))
        } else if start.day == 1, end.adding(days: 1).day == 1 {
            let months = (end.year * 12 + end.month) - (start.year * 12 + start.month) + 1
            (a, b) = (Self.shift(start, by: -months, "month"), start.adding(days: -1))
        } else {
            let days = end.dayNumber - start.dayNumber + 1
            (a, b) = (start.adding(days: -days), start.adding(days: -1))
        }
        return addDate(first, last, a.description, b.description, resolved: "relative to a date in the text")
    }

    /// "5 years 1 month 12 days", "2 weeks and 3 days" at `k`: the parts of an offset and the last unit's token.
    func offsetParts(at k: Int) -> ([(count: Int, unit: String)], Int)? {
        var parts: [(count: Int, unit: String)] = []
        var at = k
        var last = -1
        while at < tokens.count {
            if !parts.isEmpty, word(at) == "and" || symbol(at) == "," { at += 1 }
            guard at < tokens.count, tokens[at].kind == .number || NumberRules.units[tokens[at].norm] != nil,
                let n = try? readNumber(at: at, money: false), let c = n.value.integerValue, c > 0, c < 1000,
                let u = word(n.last + 1), let unit = DateRules.offsetUnits[u], sameSentence(k, n.last + 1)
            else { break }
            parts.append((c, unit))
            last = n.last + 1
            at = last + 1
        }
        return parts.isEmpty ? nil : (parts, last)
    }

    /// `date` moved by each part in turn: years and months by the calendar, then weeks and days.
    static func shift(_ date: CalendarDate, by parts: [(count: Int, unit: String)]) -> CalendarDate {
        let (months, days) = monthsAndDays(parts)
        return shift(date, by: months, "month").adding(days: days)
    }

    /// An offset's parts as whole months (years counted as 12) and days (weeks as 7).
    static func monthsAndDays(_ parts: [(count: Int, unit: String)]) -> (months: Int, days: Int) {
        var months = 0
        var days = 0
        for part in parts {
            switch part.unit {
            case "day": days += part.count
            case "week": days += 7 * part.count
            case "month": months += part.count
            default: months += 12 * part.count
            }
        }
        return (months, days)
    }

    /// `date` moved by `count` units, months and years by the calendar (the day clamped to the month).
    static func shift(_ date: CalendarDate, by count: Int, _ unit: String) -> CalendarDate {
        switch unit {
        case "day": return date.adding(days: count)
        case "week": return date.adding(days: 7 * count)
        default:
            let months = unit == "year" ? 12 * count : count
            let total = date.year * 12 + date.month - 1 + months
            let (y, m) = (total / 12, total % 12 + 1)
            return CalendarDate(year: y, month: m, day: min(date.day, CalendarDate.daysIn(month: m, year: y))) ?? date
        }
    }

    /// Whether the sentence of token `i` speaks of the future ("will", "is scheduled", "next").
    private func isFutureSentence(_ i: Int) -> Bool { sentenceTense(i).future }

    /// Whether the clause of token `i` has a future marker, and a past-tense verb (see
    /// `isPastSentence`; verbs of saying aside). A sentence is one clause unless a clause with a verb
    /// of its own follows ";", "but" or a comma and "and", "while", "whereas", "although", "though", "yet":
    /// "Nominations were announced in January, and the ceremony takes place on March 10" (the second
    /// clause is present, its date the nearest). Read once per sentence, so that a sentence with many
    /// dates is not read again for each.
    func sentenceTense(_ i: Int) -> (future: Bool, past: Bool) {
        let sentence = tokens[i].sentence
        let clauses = memo.sentenceTenses[sentence] ?? readClauses(from: i)
        // (The first clause ending after `i`, found by halving: the ends rise, and a sentence of thousands of clauses asks this
        // of each of its dates.)
        var low = 0
        var high = clauses.count
        while low < high {
            let mid = (low + high) / 2
            if i < clauses[mid].end { high = mid } else { low = mid + 1 }
        }
        return clauses[min(low, clauses.count - 1)].tense
    }

    /// Whether "having" at `k` opens a participle's clause, before a past participle or "been" (over an adverb in "-ly"): "The
    /// council meets on Wednesday, having delayed the vote", "Having narrowly lost on Saturday, the team travel to Paris on
    /// Friday". Its tense is its own, as a subordinate clause's.
    private func perfectParticiple(_ k: Int) -> Bool {
        guard tokens[k].norm == "having", k + 1 < tokens.count, tokens[k + 1].kind == .word else { return false }
        var next = k + 1
        // ("having narrowly lost", "having already cut its forecast in October".)
        if tokens[next].norm.hasSuffix("ly") || DateRules.adverbsBeforeParticiples.contains(tokens[next].norm), next + 1 < tokens.count,
            tokens[next + 1].kind == .word
        {
            next += 1
        }
        return tokens[next].norm == "been" || isPastVerb(next) || DateRules.pastOrParticiple.contains(tokens[next].norm)
            || DateRules.participlesAfterHaving.contains(tokens[next].norm)
    }

    /// Whether the word at `k` is a plural subject's present in its base form after a plural noun and before a determiner or a
    /// possessive: "who booked late summer holidays face a rise" (not a past form or a word of `SubjectRules.stopWords`).
    private func pluralsPresentAfterObject(_ k: Int) -> Bool {
        guard k >= 1, tokens[k].kind == .word, tokens[k - 1].kind == .word, !tokens[k - 1].capitalized, isPlural(tokens[k - 1].norm),
            !SubjectRules.stopWords.contains(tokens[k - 1].norm)
        else { return false }
        let w = tokens[k].norm
        return !w.hasSuffix("s") && !w.hasSuffix("ly") && !SubjectRules.stopWords.contains(w) && !DateRules.isPastForm(w)
            && !Self.presentParticiple(w) && determinerOrPossessive(k + 1)
    }

    /// The clauses of the sentence of token `i` (`sentenceTense`), each with the token it ends before.
    /// A clause with no verb of its own ("…, and 700 in April") takes the tense of the nearest clause
    /// before it that has one, else of the nearest after it.
    private func readClauses(from i: Int) -> [(end: Int, tense: (future: Bool, past: Bool))] {
        let sentence = tokens[i].sentence
        var k = i
        while k > 0, tokens[k - 1].sentence == sentence { k -= 1 }
        let opening = k
        var clauses: [(end: Int, tense: (future: Bool, past: Bool), verb: Bool, relative: Bool)] = []
        var tense = (future: false, past: false)
        var verb = false
        var interrupted: (tense: (future: Bool, past: Bool), verb: Bool)?
        // Whether the interrupting clause is a relative one with no comma before it, "who walked out on Monday", which ends
        // at a comma, or at a modal or a form of "be" or "have" once it has its verb (`DateRules.verbsAfterRelativeClauses`).
        var restrictive = false
        // Whether the clause read is one a subordinator opened ("after the coalition collapsed in November"): its
        // tense is its own and lends itself to no other clause, and a comma closes it when it opens the sentence.
        var subordinate = false
        while k < tokens.count, tokens[k].sentence == sentence {
            let token = tokens[k]
            if subordinate, interrupted == nil, token.kind == .symbol, token.norm == ",", clauses.isEmpty {
                clauses.append((k, tense, verb, true))
                tense = (false, false)
                verb = false
                subordinate = false
            }
            if token.kind == .word, !token.capitalized || k == opening,
                DateRules.subordinators.contains(token.norm) || perfectParticiple(k), interrupted == nil
            {
                if k > opening {
                    clauses.append((k, tense, verb, subordinate))
                    tense = (false, false)
                    verb = false
                }
                subordinate = true
                // ("Having cut rates in September, the Fed is expected to hold": a perfect participle's clause is of the past.)
                if token.norm == "having" { tense.past = true }
            }
            // (The token's kind first: most tokens open no clause.)
            let opens =
                k > opening
                && (token.kind == .symbol
                    ? token.norm == ";"
                    : token.kind == .word && !token.capitalized
                        && (token.norm == "but"
                            || (tokens[k - 1].kind == .symbol && tokens[k - 1].norm == "," && DateRules.clauseJoiners.contains(token.norm))
                            || (token.norm == "and" && verb && k + 1 < tokens.count && tokens[k + 1].kind == .word
                                && !tokens[k + 1].capitalized
                                // (Not a participle of a passive in the clause's future: "The ban will be lifted and
                                // replaced in April".)
                                // ("posted a loss on Tuesday and said it expected trading to remain weak": a past verb of saying
                                // too.)
                                && (DateRules.auxiliariesAfterAnd.contains(tokens[k + 1].norm)
                                    || (!tense.future && (isPastVerb(k + 1) || DateRules.sayingVerbs.contains(tokens[k + 1].norm)))
                                    || isPresentEventVerb(k + 1)))))
            // ", which opened in October," / ", who was elected in May,": a relative clause set off by commas
            // has its own tense; the clause it interrupts goes on after it ("The exhibition, which opened in
            // October, closes on 25 January").
            // ("Hospital consultants who walked out on Monday and Tuesday will meet officials on Wednesday", "a rise in rates
            // that takes effect on November 1": a relative clause with no commas, opened by "who", "which" or "that" right
            // before its verb, has its own tense too.)
            // ("The team that hosts the final lost on Saturday": a past verb after it is the main clause's too.)
            let restrictiveEnds =
                restrictive && verb && token.kind == .word && !token.capitalized
                && (DateRules.verbsAfterRelativeClauses.contains(token.norm) || (tense.future && DateRules.isPastForm(token.norm))
                    // ("The councillor who admitted fraud in January faces a hearing in July": a present verb of an event after
                    // a past one.)
                    || (tense.past && token.norm.hasSuffix("s") && isPresentEventVerb(k))
                    // ("Families who booked late summer holidays face a rise in prices from September 1": a plural's present in its
                    // base form after the past's plural object, before a determiner.)
                    || (tense.past && pluralsPresentAfterObject(k)))
            if let saved = interrupted, (token.kind == .symbol && token.norm == ",") || restrictiveEnds {
                clauses.append((k, tense, verb, true))
                (tense, verb) = saved
                interrupted = nil
                restrictive = false
            } else if interrupted == nil, !subordinate, token.kind == .word, !token.capitalized,
                // ("Families who booked late summer holidays face a rise": "who" after the sentence's first word too.)
                k > opening + 1 || (k > opening && token.norm == "who"),
                token.norm == "who" || token.norm == "which" || token.norm == "that",
                tokens[k - 1].kind == .word, !DateRules.pastReportingVerbs.contains(tokens[k - 1].norm),
                k + 1 < tokens.count, tokens[k + 1].kind == .word, !tokens[k + 1].capitalized,
                isPastVerb(k + 1) || isPresentEventVerb(k + 1)
            {
                clauses.append((k, tense, verb, false))
                interrupted = (tense, verb)
                restrictive = true
                // (A present verb of an event there tells of one to come: "The law that takes effect on Saturday will ban
                // vapes", "approved a rise that takes effect on November 1".)
                tense = (isPresentEventVerb(k + 1) && !isPastVerb(k + 1), false)
                verb = false
            } else if interrupted == nil, k > opening, token.kind == .word,
                token.norm == "which" || token.norm == "who"
                    // (", charged with bribery on Monday,": a participle set off after the subject, before the clause has its
                    // verb: "The former mayor, charged with bribery on Monday, appears in court on December 3".)
                    || (!verb && !subordinate && !token.capitalized && k >= opening + 2 && tokens[k - 2].kind == .word
                        && (isPastVerb(k) || DateRules.pastOrParticiple.contains(token.norm))),
                tokens[k - 1].kind == .symbol, tokens[k - 1].norm == ","
            {
                clauses.append((k, tense, verb, false))
                interrupted = (tense, verb)
                tense = (false, false)
                verb = false
            }
            // ("A man arrested on Tuesday appears in court on September 14", "The striker scored on Saturday, returns to training
            // on Monday": a present verb of an event after the clause's past one is a main verb of its own, and the past before
            // it a participle's or a clause's of its own, that lends its tense to no other.)
            if !opens, verb, tense.past, !tense.future, interrupted == nil, !subordinate, token.kind == .word, !token.capitalized,
                token.norm != "is", token.norm.hasSuffix("s"), isPresentEventVerb(k)
            {
                clauses.append((k, tense, verb, true))
                tense = (false, false)
                verb = false
            }
            if opens {
                clauses.append((k, tense, verb, interrupted != nil || subordinate))
                tense = (false, false)
                verb = false
                // ("The Bank, which cut rates in December and held them on Thursday, will publish …": a second verb joined by
                // "and" inside a relative clause is the relative clause's too, and the comma or the verb that ends it gives the
                // sentence back its own clause.)
                if interrupted == nil || token.norm != "and" {
                    interrupted = nil
                    restrictive = false
                }
                subordinate = false
            }
            if token.kind == .word {
                // ("The minister unveiled new plans on Tuesday": "plans" as a past verb's object marks nothing ahead; "their
                // plans to strike on Friday", "plans for Thursday's vote" do.)
                // ("was run on Sunday, a day later than planned", "The strike went ahead on Friday as planned": a comparison with
                // what was foreseen.)
                // ("withdrew on Thursday from next week's RBC Heritage": "next" before a possessive names a thing to come, not
                // the clause's time.)
                if (DateRules.futureMarkers.contains(token.norm) && !(token.norm == "plans" && plansUnveiled(k))
                    && !(k > 0 && (tokens[k - 1].norm == "than" || tokens[k - 1].norm == "as"))
                    && !(token.norm == "next" && k + 1 < tokens.count && tokens[k + 1].norm.hasSuffix("'s"))
                    // ("was charged the next day", "not brought under control until the next morning": counted from a day told,
                    // no time ahead.)
                    && !(token.norm == "next" && k > 0 && tokens[k - 1].norm == "the" && k + 1 < tokens.count
                        && ["day", "morning", "afternoon", "evening", "night"].contains(tokens[k + 1].norm)))
                    || (token.norm == "to" && headlineInfinitive(k, opening: opening))
                {
                    tense.future = true
                }
                // ("could be so sure what he was doing": "could be" is as often of the past.)
                if !token.capitalized, DateRules.modalsOfWhatMayCome.contains(token.norm), let next = word(k + 1), next != "have",
                    next != "not", !tokens[k + 1].capitalized, token.norm != "could" || next != "be"
                {
                    tense.future = true
                }
                // "The vote is set for 15 October", "the report is due on Friday": a present "be" and a word of
                // what is planned before its date ("is due to finish" is read where it stands, `intentAhead`).
                // ("The terminal is now due to open on Jan. 15": over an adverb, before "to" too.)
                let be =
                    k > opening + 1 && DateRules.adverbsBeforeParticiples.contains(tokens[k - 1].norm) ? k - 2 : k - 1
                if DateRules.aheadParticiples.contains(token.norm), k > opening, DateRules.presentBe.contains(tokens[be].norm),
                    k + 1 < tokens.count, ["for", "on", "in"].contains(tokens[k + 1].norm) || (be < k - 1 && tokens[k + 1].norm == "to")
                {
                    tense.future = true
                }
                // ("is now due to open on Jan. 15, two weeks later than planned", "Talks resume on Monday as agreed", "Rail fares rise
                // on March 1 as expected": a comparison with what was foreseen is no past.)
                if !tense.past, !token.capitalized, !DateRules.pastReportingVerbs.contains(token.norm),
                    !(k > opening && (tokens[k - 1].norm == "than" || tokens[k - 1].norm == "as"))
                {
                    tense.past = isPastVerb(k)
                }
                // ("Leinster, who lost 24-20 to Munster on Saturday, travel to Cardiff next week": the verb right after "who" or
                // "which" set off by a comma is the clause's own, a past in a participle's form or the base's too.)
                if !tense.past, interrupted != nil, !token.capitalized, k >= opening + 2,
                    tokens[k - 1].norm == "who" || tokens[k - 1].norm == "which",
                    tokens[k - 2].kind == .symbol, tokens[k - 2].norm == ",",
                    token.norm == "won" || DateRules.pastOrParticiple.contains(token.norm) || DateRules.unchangedPasts.contains(token.norm)
                {
                    tense.past = true
                }
                // ("A lorry driver who admitted causing the deaths of two cyclists in March was jailed": a verb of saying right
                // after the pronoun of a relative clause with no commas is that clause's own verb, and its past is the clause's.)
                if !tense.past, restrictive, !token.capitalized, k >= opening + 1,
                    ["who", "which", "that"].contains(tokens[k - 1].norm), DateRules.pastReportingVerbs.contains(token.norm), isPastVerb(k)
                {
                    tense.past = true
                }
                if k == opening, DateRules.pastQuestionOpeners.contains(token.norm) { tense.past = true }
                // (In a subordinate clause only a past or a future is a verb: "five weeks after an inconclusive vote on
                // May 21" has a noun.)
                // ("Temperatures hit 31C on Saturday, but forecasters say …": a verb whose past is its base form is a verb of its
                // clause, of no tense it could borrow from another.)
                // (Read only while the clause has no verb yet: most words are none.)
                // (A verb of saying is its clause's verb, of no tense the clause takes: "The company reported a loss in May
                // and will publish figures in August".)
                if !verb,
                    tense.past || tense.future || (!subordinate && !token.capitalized && isPresentEventVerb(k))
                        || (!token.capitalized && k > opening && DateRules.pastReportingVerbs.contains(token.norm)
                            && !DateRules.beforeNonFinite.contains(tokens[k - 1].norm))
                        || (!token.capitalized && k > opening && DateRules.unchangedPasts.contains(token.norm)
                            && (word(k - 1).map {
                                !DateRules.determiners.contains($0) && !DateRules.beforeNonFinite.contains($0)
                                    && !SubjectRules.stopWords.contains($0)
                            } ?? false))
                {
                    verb = true
                }
            } else if DateRules.futureMarkers.contains(token.norm) {
                tense.future = true
            }
            k += 1
        }
        clauses.append((k, tense, verb, interrupted != nil || subordinate))
        // Verbless clauses: the tense of the last clause with a verb before, else the first after.
        var shared: (future: Bool, past: Bool)? = nil
        // (A relative clause lends its tense to no other: "The exhibition, which opened in October, closes".)
        for c in clauses.indices {
            if clauses[c].verb { if !clauses[c].relative { shared = clauses[c].tense } } else if let shared { clauses[c].tense = shared }
        }
        if let firstVerb = clauses.firstIndex(where: { $0.verb && !$0.relative }) {
            for c in 0..<firstVerb where !clauses[c].verb { clauses[c].tense = clauses[firstVerb].tense }
        }
        let read = clauses.map { (end: $0.end, tense: $0.tense) }
        memo.sentenceTenses[sentence] = read
        return read
    }

    /// Whether a marker of what is to come stands before token `first` in its clause: "The Senate is
    /// set to vote on Friday", "Analysts expect the Fed to raise rates on Wednesday" (not "After
    /// losing on Sunday, the Lakers hope to bounce back", "…, after talks broke down on Tuesday").
    /// `toOnly`: only "is due to", "plans to" …, not "expect", "await" (which look at figures of a month
    /// past: "Investors await the January figures").
    private func intentAhead(before first: Int, toOnly: Bool = false) -> Bool {
        var k = first - 1
        while k >= 0, k >= first - 12, sameSentence(k, first) {
            if symbol(k) == "," || symbol(k) == ";" { return false }
            if let w = word(k) {
                if (!toOnly && DateRules.aheadMarkers.contains(w)) || isIntentBeforeTo(k) { return true }
                // A verb, not a noun after a determiner or a possessive ("wore a knee brace", "kept an eye on", "has her eye on").
                let verbUse = !determinerOrPossessive(k - 1)
                // ("Markets Brace for Fed Decision on Wednesday", "Retailers gear up for Black Friday", "Fans brace themselves for
                // Sunday's derby", "Britain braces itself for snow on Tuesday".)
                if !toOnly, verbUse, DateRules.aheadBeforeFor.contains(w), (k + 1...k + 3).contains(where: { word($0) == "for" }) {
                    return true
                }
                // ("Traders eye payrolls on Friday", "Stocks eye record high on Friday", "Oil eyes OPEC meeting on Sunday": "eye"
                // after a plural or a name, its subject; not "All eyes were on", "an eye test".)
                // (Not a name's word, "Moorfields Eye Hospital on Monday opened", but in a headline of title case.)
                if !toOnly, w == "eye" || w == "eyes", verbUse, k > 0, !tokens[k].capitalized || titleCaseSentence(k),
                    word(k - 1).map({ isPlural($0) && !SubjectRules.stopWords.contains($0) }) == true
                        || (tokens[k - 1].capitalized && tokens[k - 1].kind == .word
                            && !NameRules.capitalizedFunctionWords.contains(tokens[k - 1].norm)),
                    !(word(k + 1).map { ["on", "test", "tests", "contact", "drops", "surgery", "were", "are", "was", "is"].contains($0) }
                        ?? false)
                {
                    return true
                }
                // ("NASA is targeting Thursday", "The crew is aiming for a launch on Thursday".)
                // (Not past a verb of its own: "is targeting the record she set in October".)
                // ("are celebrating its centenary on Saturday"; not a result, "are celebrating a victory on Saturday".)
                if DateRules.progressiveIntents.contains(w)
                    || (DateRules.progressiveEvents.contains(w)
                        && !(k + 1..<first).contains { word($0).map { DateRules.resultNouns.contains($0) } ?? false }),
                    word(k - 1).map({ DateRules.presentBe.contains($0) }) == true,
                    !(k + 1..<first).contains(where: { j in
                        isPastVerb(j) || (word(j).map { ["he", "she", "they", "it", "we", "i", "you"].contains($0) } ?? false)
                    })
                {
                    return true
                }
                // ("Bus drivers plan a 24-hour stoppage on Friday": "plan" as a verb, not "a plan", "the union's plans",
                // "unveiled a new plan on Tuesday".)
                if !toOnly, DateRules.planVerbs.contains(w), !tokens[k].capitalized, !planIsNoun(k) { return true }
                // "The Senate must pass a spending bill by Friday", "The coach said the team must win on Sunday" (not
                // "must have", nor after a past verb other than one of saying: "He knew he must win on Saturday").
                if !toOnly, w == "must", word(k + 1) != "have", !pastNarrativeBefore(k) { return true }
                if DateRules.clauseOpeners.contains(w) { return false }
            }
            k -= 1
        }
        return false
    }

    /// Whether "plans" at `k` is the object of a past verb up to three words before it, over a determiner and modifiers,
    /// with no "to" after it: "unveiled new plans on Tuesday", "approved plans for 300 homes on Tuesday" (not "their plans
    /// to strike on Friday", "the plans for Saturday's parade", "the plans would be voted on Thursday").
    private func plansUnveiled(_ k: Int) -> Bool {
        if word(k + 1) == "to" { return false }
        var j = k - 1
        while j >= 0, j >= k - 3, sameSentence(j, k), let w = word(j) {
            if isPastVerb(j) { return true }
            if SubjectRules.stopWords.contains(w) && !DateRules.determiners.contains(w) { return false }
            j -= 1
        }
        return false
    }

    /// Whether "plan" or "plans" at `k` is a noun: right after a determiner or a possessive ("a plan", "the union's
    /// plans"), after a past verb with up to one modifier between ("unveiled new plans"), and "plan" after a
    /// determiner with up to two modifiers between ("a new rescue plan"; not "The drivers plan a stoppage", "The union
    /// plans a strike").
    private func planIsNoun(_ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, j >= k - 3, sameSentence(j, k), let w = word(j) {
            if DateRules.determiners.contains(w) || w.hasSuffix("'s") {
                // ("who announced the housing plans on Monday": a past verb's object over a modifier.)
                return j == k - 1 || tokens[k].norm == "plan" || (j > 0 && isPastVerb(j - 1))
            }
            if j >= k - 2, isPastVerb(j) { return true }
            if SubjectRules.stopWords.contains(w) || isPlural(w) { return false }
            j -= 1
        }
        return false
    }

    /// Whether the date at `first` is in an infinitive after a past verb of deciding (`DateRules.decisionVerbs`), in
    /// its clause: "voted on Friday to legalise cannabis from April 1" (not "went to the shops to buy bread on Monday").
    private func decidedBefore(_ first: Int) -> Bool {
        var k = first - 1
        while k > 0, k >= first - 12, sameSentence(k, first), symbol(k) != ",", symbol(k) != ";" {
            if let w = word(k) {
                if DateRules.clauseOpeners.contains(w) { return false }
                // (A participle between names another event: "asked officials to explain a payment made on February 14".)
                if isPastVerb(k) || DateRules.pastOrParticiple.contains(w) { return false }
                if w == "to", let verb = word(k + 1), !tokens[k + 1].capitalized, !DateRules.determiners.contains(verb) {
                    var j = k - 1
                    while j >= 0, j >= k - 5, sameSentence(j, k), let v = word(j) ?? symbol(j), v != ",", v != ";" {
                        if DateRules.decisionVerbs.contains(v), !tokens[j].capitalized { return true }
                        j -= 1
                    }
                    return false
                }
            }
            k -= 1
        }
        return false
    }

    /// Whether a past verb other than one of saying (`DateRules.sayingVerbs`) stands in the ten words
    /// before `k` in its clause: "He knew he must", "The coach had said the team must".
    private func pastNarrativeBefore(_ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, j >= k - 10, sameSentence(j, k), symbol(j) != ",", symbol(j) != ";" {
            if let w = word(j), !tokens[j].capitalized, !DateRules.sayingVerbs.contains(w), isPastVerb(j) { return true }
            j -= 1
        }
        return false
    }

    /// "is set to vote", "are due to", "intends to approve", "hope to reopen": a present verb of what
    /// is to come, before "to".
    /// Whether a past "be" and a word of what was planned before "to" stand up to eight tokens before the date at `first`, in
    /// its clause: "was set to take effect on", "had been due to open on", "were scheduled to meet on".
    private func pastIntentBefore(_ first: Int) -> Bool {
        var k = first - 1
        while k >= 2, k >= first - 8, sameSentence(k - 2, first), symbol(k) != ",", symbol(k) != ";" {
            // (A past of its own between is the date's verb: "who was due to stand trial fled the country on June 2".)
            // (Not an adjective after a determiner or a possessive: "to unveil its revamped menu on March 3".)
            if word(k) != nil, !tokens[k].capitalized, isPastVerb(k), !determinerOrPossessive(k - 1) { return false }
            if word(k) == "to", let w = word(k - 1), DateRules.aheadParticiples.contains(w) || DateRules.aheadBeforeTo.contains(w),
                let be = word(k - 2), be == "was" || be == "were" || be == "been",
                // (A verb after "to": not "due to the weather", "was set to 18C".)
                let verb = word(k + 1), !tokens[k + 1].capitalized, !DateRules.determiners.contains(verb),
                !DateRules.possessivesBeforeNouns.contains(verb)
            {
                // (Not a noun in "-ing": "was due to flooding"; "was due to bring" is a verb.)
                return !(verb.hasSuffix("ing") && verb.utf8.count >= 7)
            }
            k -= 1
        }
        return false
    }

    private func isIntentBeforeTo(_ k: Int) -> Bool {
        // ("are likely to have fallen": a perfect infinitive looks back.)
        guard word(k + 1) == "to", word(k + 2) != "have", sameSentence(k, k + 1), let w = word(k) else { return false }
        var before = sameSentence(k - 1, k) ? word(k - 1) : nil
        // ("The delay is due to bad weather in February": "due to" as "because of", before no verb.)
        if w == "due", let v = word(k + 2),
            DateRules.determiners.contains(v) || v.hasSuffix("er") || v.hasSuffix("s")
                || DateRules.notAfterDueTo.contains(v)
        {
            return false
        }
        // (A headline leaves its "be" out: "as temperatures set to hit 35C on Saturday".)
        if DateRules.aheadBeforeTo.contains(w) {
            return before.map {
                // (A capitalised noun too in a title-case headline: "Rail Union Set To Announce Strike Dates On Thursday".)
                DateRules.presentBe.contains($0)
                    || (!proseSentence(k) && (isPlural($0) || (tokens[k].capitalized && k >= 1 && tokens[k - 1].capitalized))
                        && !DateRules.notBeforeIntent.contains($0) && !SubjectRules.stopWords.contains($0))
            } ?? false
        }
        // ("did not want to": the word before the negation.)
        if before == "not" || before == "never" { before = sameSentence(k - 2, k) ? word(k - 2) : nil }
        guard DateRules.intentBeforeTo.contains(w) else { return false }
        return !(before.map { DateRules.determiners.contains($0) || DateRules.notBeforeIntent.contains($0) } ?? false)
    }

    /// "today", "yesterday", "tomorrow", with a part of the day ("yesterday afternoon").
    private mutating func relativeDay(at i: Int) -> Int? {
        if word(i) == "now" { return nowAsRangeEnd(at: i) }
        guard let w = bareWord(i), let offset = DateRules.relativeDays[w] else { return nil }
        // "told USA TODAY", "NBC's Today show": after a capitalised word of its sentence, a name.
        if tokens[i].capitalized, i > 0, tokens[i - 1].kind == .word, tokens[i - 1].capitalized, sameSentence(i - 1, i) { return nil }
        let last = w != "tonight" && (word(i + 1).map { DateRules.dayParts.contains($0) } ?? false) && sameSentence(i, i + 1) ? i + 1 : i
        guard let published else { consume(i, last); return last + 1 }
        let date = published.adding(days: offset)
        return addDate(i, last, date.description, date.description, resolved: "relative to published")
    }

    /// "this morning", "this afternoon", "this evening" (the published day), "last night" (the day before).
    private mutating func partOfTheDay(at i: Int) -> Int? {
        guard let w = word(i), w == "this" || w == "last", let part = bareWord(i + 1), DateRules.dayParts.contains(part),
            sameSentence(i, i + 1), (w == "this") != (part == "night"), word(i + 2) != "'s", word(i + 2) != "of", word(i - 1) != "the",
            // ("On his last night in Paris", "the band's last night on tour": a night of theirs.)
            !(word(i - 1).map { DateRules.agePossessives.contains($0) || $0.hasSuffix("'s") } ?? false)
        else { return nil }
        guard let published else { consume(i, i + 1); return i + 2 }
        let date = published.adding(days: w == "last" ? -1 : 0)
        return addDate(i, i + 1, date.description, date.description, resolved: "relative to published")
    }

    /// "between now and November 15th", "from now until May", "between Jan 22 and now": "now" is a
    /// day only as one end of a range; the candidate is dropped unless it joins the other end.
    private mutating func nowAsRangeEnd(at i: Int) -> Int? {
        let before = word(i - 1)
        let after = word(i + 1)
        var opener = false
        if before == "between" { opener = after == "and" }
        if before == "from" { opener = after.map { DateRules.rangeJoiners.contains($0) } ?? false }
        var closer = false
        if let b = before, b == "and" || DateRules.rangeJoiners.contains(b) {
            var k = i - 2
            while k >= 0, k >= i - 10, sameSentence(k, i) {
                if word(k) == (b == "and" ? "between" : "from") { closer = true; break }
                k -= 1
            }
        }
        guard opener || closer, let published else { return nil }
        add(
            Candidate(
                kind: .date, firstToken: i, lastToken: i, date: DateSpan(start: published.description, end: published.description),
                resolved: "relative to published", needsPartner: true))
        return i + 1
    }

    /// "last year", "this month", "next week"; "this day", "the past day".
    private mutating func relativePeriod(at i: Int) -> Int? {
        if let next = partOfTheDay(at: i) { return next }
        // Only the deictic days: "next day", "the last day" mostly count from some other day.
        if let w = word(i), let shift = DateRules.deicticDayShifts[w], bareWord(i + 1) == "day", sameSentence(i, i + 1),
            word(i + 2) != "of", word(i + 2) != "in"
        {
            guard let published else { consume(i, i + 1); return i + 2 }
            let date = published.adding(days: shift)
            return addDate(i, i + 1, date.description, date.description, resolved: "relative to published")
        }
        // "gained 12.9% in 2024 after rising 13.7% the previous year", "fell in 2019 and rose the following
        // year": counted from the year the sentence named before, not from the published day.
        if let w = word(i), w == "previous" || w == "following", bareWord(i + 1) == "year", sameSentence(i, i + 1),
            let named = yearNamedBefore(i)
        {
            let y = named + (w == "previous" ? -1 : 1)
            let first = word(i - 1) == "the" && sameSentence(i - 1, i) ? i - 1 : i
            return addDate(first, i + 1, Self.iso(y, 1, 1), Self.iso(y, 12, 31), resolved: "absolute")
        }
        guard let w = word(i), let shift = DateRules.relativeShifts[w], let unit = bareWord(i + 1),
            DateRules.relativeUnits.contains(unit), sameSentence(i, i + 1)
        else { return nil }
        // "this year's summit": the possessive belongs to the phrase but not to its text span.
        guard let published else { consume(i, i + 1); return i + 2 }
        // "This time last year, the club sat bottom", "at this time last week": the same day a year (a month, a week) ago.
        if w == "last", unit == "year" || unit == "month" || unit == "week", word(i - 1) == "time", word(i - 2) == "this",
            sameSentence(i - 2, i + 1)
        {
            let day = Self.shift(published, by: -1, unit)
            return addDate(i - 2, i + 1, day.description, day.description, resolved: "relative to published")
        }
        // "over the past year", "in the last month": the span up to the published day ("last year"
        // without "the" is the calendar year before; "the last year of the war" is no span of ours).
        if w == "past" || w == "last", word(i - 1) == "the", sameSentence(i - 1, i) {
            if word(i + 2) == "of" {
                consume(i - 1, i + 1)
                return i + 2
            }
            // (Counted as "the past 5 years" is: from the same day a unit back to the day before.)
            let from = Self.shift(published, by: -1, unit)
            return addDate(i - 1, i + 1, from.description, published.adding(days: -1).description, resolved: "relative to published")
        }
        let start: CalendarDate
        let end: CalendarDate
        switch unit {
        case "year":
            let y = published.year + shift
            guard let a = CalendarDate(year: y, month: 1, day: 1), let b = CalendarDate(year: y, month: 12, day: 31) else { return nil }
            start = a; end = b
        case "month":
            var m = published.month + shift
            var y = published.year
            if m < 1 { m += 12; y -= 1 }
            if m > 12 { m -= 12; y += 1 }
            guard let a = CalendarDate(year: y, month: m, day: 1),
                let b = CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y))
            else { return nil }
            start = a; end = b
        default:
            let monday = published.adding(days: 1 - published.weekday + 7 * shift)
            // "next week Sunday", "next week on Friday": one day of that week.
            var k = i + 2
            if word(k) == "on" { k += 1 }
            if let d = word(k), let weekday = DateRules.weekdays[d], sameSentence(i, k) {
                let day = monday.adding(days: weekday - 1)
                return addDate(i, k, day.description, day.description, resolved: "relative to published")
            }
            // "next week between Wednesday and Friday", "this week from Tue to Thur": days of that week.
            if let opener = word(i + 2), opener == "between" || opener == "from", let a = weekdayName(i + 3),
                let joiner = word(a.last + 1) ?? symbol(a.last + 1),
                opener == "between" ? joiner == "and" : DateRules.rangeJoiners.contains(joiner), let b = weekdayName(a.last + 2),
                a.weekday < b.weekday, sameSentence(i, b.last)
            {
                return addDate(
                    i, b.last, monday.adding(days: a.weekday - 1).description, monday.adding(days: b.weekday - 1).description,
                    resolved: "relative to published")
            }
            start = monday; end = monday.adding(days: 6)
        }
        // "so far this year", "this month so far", "this year to date": up to the published day.
        var (first, last, upTo) = (i, i + 1, end)
        if shift == 0 {
            if word(i - 2) == "so", word(i - 1) == "far", sameSentence(i - 2, i) {
                (first, upTo) = (i - 2, published)
            } else if word(i + 2) == "so", word(i + 3) == "far", sameSentence(i, i + 3) {
                (last, upTo) = (i + 3, published)
            } else if word(i + 2) == "to", word(i + 3) == "date", sameSentence(i, i + 3) {
                (last, upTo) = (i + 3, published)
            }
        }
        add(
            Candidate(
                kind: .date, firstToken: first, lastToken: last, date: DateSpan(start: start.description, end: upTo.description),
                resolved: "relative to published"))
        return last + 1
    }
}

extension FigureScanner {
    // MARK: - Periods anchored on a day

    /// The rules that read one day (not a period), for the day a period is anchored on.
    private mutating func matchDay(at k: Int) -> Int? {
        guard k < tokens.count else { return nil }
        if tokens[k].kind == .number { return isoDate(at: k) ?? numericDate(at: k) ?? dayFirstDate(at: k) }
        return dayOfThisMonth(at: k) ?? monthDate(at: k) ?? dayFirstDate(at: k) ?? weekdayDate(at: k) ?? relativeDay(at: k)
    }

    /// "starting", "beginning", "commencing" at token `k` (the length test spares most words a hash).
    private func isPeriodStart(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].kind == .word else { return false }
        return DateRules.periodStartLengths ~= tokens[k].norm.utf8.count && DateRules.periodStarts.contains(tokens[k].norm)
    }

    /// "the week of Nov 18" (its Monday to Sunday), "the week starting February 4", "2 weeks starting
    /// May 20th", "a week starting tomorrow" (from that day): a span of time placed by the day after it.
    mutating func anchoredPeriod(at i: Int) -> Int? {
        var count = 1
        var unit = "week"
        var k: Int
        var weekOf = false
        if word(i) == "the", word(i + 1) == "week", let w = word(i + 2), w == "of" || DateRules.periodStarts.contains(w) {
            weekOf = w == "of"
            k = i + 3
        } else if word(i) == "week", word(i - 1) != "the", word(i + 1) == "of" {
            // "week of September 16th".
            weekOf = true
            k = i + 2
        } else {
            // Cheap test first: most numbers have no "starting" a few words after them.
            // (A loop, not `contains(where: isPeriodStart)`: the method reference copies the scanner.)
            var startAt = i + 2
            while startAt <= i + 5, !isPeriodStart(startAt) { startAt += 1 }
            guard startAt <= i + 5 else { return nil }
            var unitAt = i + 1
            if word(i) != "a" && word(i) != "an" {
                guard tokens[i].kind == .number || NumberRules.units[tokens[i].norm] != nil,
                    let n = try? readNumber(at: i, money: false), let v = n.value.integerValue, v > 0, v < 1000
                else { return nil }
                count = v
                unitAt = n.last + 1
            }
            guard let u = word(unitAt), let offsetUnit = DateRules.offsetUnits[u], let s = word(unitAt + 1),
                DateRules.periodStarts.contains(s)
            else { return nil }
            unit = offsetUnit
            k = unitAt + 2
        }
        if !weekOf, word(k) == "on" || word(k) == "from" { k += 1 }
        guard k < tokens.count, sameSentence(i, k) else { return nil }
        // The day itself is read by the other rules; this one widens it into the period.
        // "next Monday" is read at the weekday, which looks back for "next".
        let before = candidates.count
        guard let next = matchDay(at: k) ?? (word(k).map { DateRules.relativeShifts[$0] != nil } ?? false ? matchDay(at: k + 1) : nil)
        else { return nil }
        guard candidates.count == before + 1, candidates[before].firstToken == k, let day = candidates[before].date, day.start == day.end,
            let anchor = CalendarDate(iso: day.start)
        else { consume(i, next - 1); return next }
        let resolved = candidates[before].resolved
        candidates.removeLast()
        let start = weekOf ? anchor.adding(days: 1 - anchor.weekday) : anchor
        let end = weekOf ? start.adding(days: 6) : Self.shift(start, by: count, unit).adding(days: -1)
        return addDate(i, next - 1, start.description, end.description, resolved: resolved)
    }
}

/// The date rules that start at a word, in the order they are tried, with the words each can
/// start at: the words its first test accepts. A rule's code and its start words change together;
/// debug builds check, at every word, that a rule not tried would have read nothing.
enum WordDateRule: Int, CaseIterable {
    case periodEnding, anchoredPeriod, partOfPeriod, weekOfPeriod, quarterDate, durationFrom, yearInWordsAfterIn, namedYear, dayOfThisMonth
    case monthDate, dayFirstDate, weekdayDate, relativeOffset, relativeDay, rollingPeriod, relativePeriod, seasonDate, holidayDate
    case fiscalYear

    var bit: UInt32 { 1 << UInt32(rawValue) }

    var starts: [String] {
        let shifts = DateRules.relativeShifts.keys
        let ordinals = DateRules.ordinalDays.keys
        switch self {
        // "the three months to September", "the week ending Nov. 8", "the year to March".
        case .periodEnding: return ["the"]
        // "the week of", "week of", "a week starting", "two weeks beginning".
        case .anchoredPeriod: return ["the", "week", "a", "an"] + NumberRules.units.keys
        // "the weekend", "rest of the year", "earlier this year", "within 5 days", "less than", "the 1970s",
        // "in the seventies", "21st century", "this decade", "the end of", "early 2000s".
        case .partOfPeriod:
            return ["the", "weekend", "this", "next", "last", "rest", "earlier", "later", "within", "less", "in"] + ordinals
                + DateRules.ordinalTens.keys + shifts + DateRules.periodEdges.keys + DateRules.periodParts.keys
        // "the third week of", "last week of".
        case .weekOfPeriod: return ["the", "last"] + ordinals
        // "Q3", "H2", "the first quarter", "last quarter", "Apple's March quarter".
        case .quarterDate:
            return ["q", "h", "the", "last", "final"] + shifts + ordinals
                + DateRules.months.keys.filter { (DateRules.months[$0] ?? 1) % 3 == 0 }
        case .durationFrom: return ["for"]
        case .yearInWordsAfterIn: return ["in"]
        case .namedYear: return ["the", "year"]
        case .dayOfThisMonth: return ["the"]
        case .monthDate: return DateRules.months.keys
        // "fifth of May", "twenty-first of June".
        case .dayFirstDate: return ordinals + DateRules.ordinalTens.keys
        case .weekdayDate: return DateRules.weekdays.keys
        // "the day before", "day after", "in 3 weeks", "a few days ago", "two weeks ago".
        case .relativeOffset: return ["the", "day", "in", "a", "an"] + DateRules.vagueCounts.keys + FigureScanner.numberStarters.words
        // "now" as a range end, "today", "today's".
        case .relativeDay: return ["now"] + DateRules.relativeDays.keys + DateRules.relativeDays.keys.map { $0 + "'s" }
        case .rollingPeriod: return shifts
        case .relativePeriod: return DateRules.deicticDayShifts.keys + shifts + ["following"]
        case .seasonDate: return DateRules.seasons.keys
        // ("Hanukkah's first candle", "Diwali's lights": a holiday of one word in the possessive.)
        case .holidayDate: return HolidayRules.firstWords + HolidayRules.phrases.filter { $0.words.count == 1 }.map { $0.words[0] + "'s" }
        case .fiscalYear: return DateRules.fiscalWords.words
        }
    }

    /// For each start word, the bits of the rules that can start there.
    static let startsAt: WordTable<UInt32> = {
        var masks: [String: UInt32] = [:]
        for rule in allCases {
            for word in rule.starts { masks[word, default: 0] |= rule.bit }
        }
        return WordTable(masks.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }()
}

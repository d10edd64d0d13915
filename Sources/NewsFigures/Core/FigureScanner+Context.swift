extension FigureScanner {
    // MARK: - Bounds

    /// The bound stated by the words that end just before token `first`, and where they start.
    func bound(before first: Int) -> (Bound, Int?) {
        // "up to a $250,000 fine", "more than a 10% cut": the bound reaches over the article (one, once).
        if first > 1, tokens[first - 1].kind == .word, tokens[first - 1].norm == "a" || tokens[first - 1].norm == "an",
            tokens[first].kind != .word, case let (bound, start?) = boundWords(before: first - 1), bound != .exact,
            first - 1 - start >= 2 || (word(start).map { BoundRules.beforeArticle.contains($0) } ?? false)
        {
            // (Only a bound of two words or more, or an adverb: "under a $30 million contract",
            // "over a $1 billion loan", "about a $10 million heist" are no bounds.)
            return (bound, start)
        }
        return boundWords(before: first)
    }

    /// The bound words written straight before `first`.
    private func boundWords(before first: Int) -> (Bound, Int?) {
        guard first > 0, let key = tokens[first - 1].kind == .word || tokens[first - 1].kind == .symbol ? tokens[first - 1].norm : nil,
            let candidates = BoundRules.byLastWord[key]
        else { return (.exact, nil) }
        for (phrase, bound) in candidates {
            let start = first - phrase.count
            guard start >= 0, sameSentence(start, first) else { continue }
            // "<>30", "=>30": an operator glued to another operator states no bound.
            if phrase.count == 1, tokens[start].kind == .symbol, start > 0, attached(start), tokens[start - 1].kind == .symbol,
                ["<", ">", "="].contains(tokens[start - 1].norm)
            {
                return (.exact, nil)
            }
            // "a 4-under 68", "a 2-over 74": a golf score's compound, not a bound.
            if tightHyphen(start - 1), start >= 2, tokens[start - 2].kind == .number { return (.exact, nil) }
            // "ticked up to 5.8 per cent", "went up to 120": "up" goes with a verb of motion, "to" gives the level.
            // ("Prices can go up to 10%": after a modal, a cap.)
            if phrase == ["up", "to"], let v = word(start - 1), ChangeRules.verbsMovingUp.contains(v), sameSentence(start - 1, start),
                !(word(start - 2).map { DateRules.beforeVerbShift.contains($0) } ?? false), matches(phrase, at: start)
            {
                return (.exact, nil)
            }
            // ("The jackpot has rolled over 17 times", "handed over 300 files": "over" goes with the verb.)
            if phrase == ["over"], let v = word(start - 1), BoundRules.phrasalVerbsWithOver.contains(v), sameSentence(start - 1, start),
                !(first + 1...first + 4).contains(where: { word($0) == "higher" || word($0) == "lower" })
            {
                return (.exact, nil)
            }
            // ("3,338 kilometres over 21 stages", "4,000 homes over 30 streets": after things counted, "over" spreads them over
            // other things counted; not an age, "1.2 million people over 65 live alone".)
            if phrase == ["over"], start >= 2, let things = word(start - 1), isPlural(things), !SubjectRules.stopWords.contains(things),
                tokens[start - 2].kind == .number || NumberRules.scaleWords[tokens[start - 2].norm] != nil,
                tokens[first].kind == .number, let spread = word(first + 1), isPlural(spread), !SubjectRules.stopWords.contains(spread),
                !SubjectRules.durationUnits.contains(spread), !tokens[first + 1].capitalized, sameSentence(start - 2, first + 1)
            {
                return (.exact, nil)
            }
            if phrase.count == 1, BoundRules.conditionalThresholds.contains(phrase[0]), !thresholdHolds(at: start, figure: first) {
                continue
            }
            if matches(phrase, at: start) { return (bound, start) }
        }
        if key == "at" || key == "to", let v = cappingVerb(before: first - 1), BoundRules.cappingVerbs[tokens[v].norm] == key {
            return (.max, first)
        }
        return (.exact, nil)
    }

    /// "will cap international student enrolments at 270,000", "limits arrivals to 50,000": a verb of a cap, its object
    /// (one to five lower-case words, no punctuation, no verb of change) and the "at" or "to" at `p`; the verb's position.
    func cappingVerb(before p: Int) -> Int? {
        var v = p - 1
        while v >= p - 6, v > 0, let w = word(v), !tokens[v].capitalized, sameSentence(v, p) {
            // (A verb, not a noun: "the limit on arrivals rose to 50,000".)
            if BoundRules.cappingVerbs[w] != nil {
                // (Not a person held to a tally, "Injuries limited him to 12 appearances".)
                let person = (v + 1..<p).contains {
                    SubjectRules.objectPronouns.contains(tokens[$0].norm) || SubjectRules.reflexivePronouns.contains(tokens[$0].norm)
                }
                return p - v >= 2 && !person && !determinerOrPossessive(v - 1)
                    ? v : nil
            }
            if ChangeRules.before[w] != nil { return nil }
            v -= 1
        }
        return nil
    }

    /// Whether the threshold word at `w` (`BoundRules.conditionalThresholds`) bounds the figure at `first`: "passed"
    /// before an amount, a scaled number or a level ("passed 160 billion tokens", not "passed 1,200 amendments"); "top" as a verb, after a
    /// modal or "to", or a noun before a large amount ("will top 10 lakh", "saw ridership top 10 lakh", in a headline "Revenue
    /// To Top $2bn"; not "the top 10 firms"); "past" after a verb or its object ("taking it past 20,000 locations"; not "walked past 3 houses").
    func thresholdHolds(at w: Int, figure first: Int) -> Bool {
        // (In a headline every word is capitalised: "Esports Revenue To Top $2bn".)
        let headline = tokens[w].capitalized && headlineSentence(w)
        guard let threshold = word(w), !tokens[w].capitalized || w == 0 || !sameSentence(w - 1, w) || threshold == "past" || headline
        else {
            return false
        }
        // (Over a currency's prefix and symbol: "A$39", "HK$ 120".)
        var n = first
        while n < first + 2, n < tokens.count, tokens[n].kind != .number { n += 1 }
        guard n < tokens.count, tokens[n].kind == .number, sameSentence(w, n) else { return false }
        let amountOrScaled = first < n || scaleFollows(n) || percent(after: n) != nil
        let large = amountOrScaled || (Double(tokens[n].norm) ?? 0) >= 1000
        let before = word(w - 1)
        switch threshold {
        // ("Gold traded near $2,650": an amount or a percentage near a level; not "lives near 3 schools", a place.)
        case "near": return large || currency(after: n) != nil
        case "passed", "passes", "pass":
            // (A plain number of things is a bill's count: "The Senate passed 1,200 amendments"; a level is told with no
            // noun after it, "Subscribers passed 20,000.")
            return amountOrScaled || (large && !looksCounted(after: n))
        case "from":
            // (An amount after a noun of things sold, and no range or later level: "Tickets from HUF 4,900", not "from £25 to
            // £40", "prices from £250,000 in 2019 to £290,000".)
            let money = tokens[first].kind == .symbol || first < n || currency(after: n) != nil
            // (Nor a level of a year: "Homes from £250,000 in 2019 now fetch £400,000".)
            if word(n + 1) == "in" || word(n + 1) == "on", n + 2 < tokens.count, tokens[n + 2].kind == .number { return false }
            let rangeFollows =
                symbol(n + 1).map { $0 == "-" || $0 == "–" } == true
                || (n + 1...n + 5).contains { k in k < tokens.count && sameSentence(n, k) && word(k) == "to" }
            return money && !rangeFollows && (before.map { BoundRules.pricedFromNouns.contains($0) } ?? false)
        case "top":
            guard let b = before, !tokens[w - 1].capitalized || headline else { return false }
            // (In a headline only before an amount or a large number: not "Villa Move To Top Four".)
            if ChangeRules.beforeVerbs.contains(b) {
                return !headline || (large && (tokens[first].kind != .word || currencyAbbreviation(at: first) != nil))
            }
            return large && !DateRules.determiners.contains(b) && !b.hasSuffix("'s") && !SubjectRules.stopWords.contains(b)
        default:
            guard large, let b = before, !(word(n + 1).map(SubjectRules.durationUnits.contains) ?? false) else { return false }
            func verbBefore(_ v: String) -> Bool {
                ChangeRules.before[v] != nil || ChangeRules.verbsMovingUp.contains(v) || DateRules.isRegularPast(v) || v.hasSuffix("ing")
                    || ChangeRules.verbsTakingPast.contains(v)
            }
            if b == "it" || b == "them" || verbBefore(b) { return true }
            // ("taking the total past 200 crore", "pushing the index past 8,000": a verb's object of a determiner and a noun;
            // "taking outstanding card dues past ₹2.9 lakh crore": or of up to three words with none.)
            var v = w - 2
            while v >= 0, v >= w - 4, let o = word(v), !tokens[v].capitalized,
                !SubjectRules.stopWords.contains(o) || DateRules.determiners.contains(o),
                !o.hasSuffix("ing"), sameSentence(v, w)
            {
                if DateRules.determiners.contains(o) {
                    v -= 1
                    break
                }
                v -= 1
            }
            guard v >= 0, v < w - 1, let verb = word(v), !tokens[v].capitalized || !sameSentence(v - 1, v), sameSentence(v, w) else {
                return false
            }
            return verbBefore(verb) && (verb.hasSuffix("ing") || DateRules.determiners.contains(word(v + 1) ?? ""))
        }
    }

    /// A bound written after the figure: "or more", "or fewer", "and above".
    func boundAfter(_ last: Int) -> (bound: Bound, last: Int)? {
        // ("40-plus cities": "plus" after a hyphen.)
        if tightHyphen(last + 1), word(last + 2) == "plus" { return (.min, last + 2) }
        guard last + 1 < tokens.count, BoundRules.afterFirstWords.contains(tokens[last + 1].norm) else { return nil }
        for (phrase, bound) in BoundRules.after where matches(phrase, at: last + 1) && sameSentence(last, last + 1) {
            // "5000 or less than 6000": the words open the next figure's bound; "200 or greater than"
            // with nothing after it still bounds this one.
            let after = last + 1 + phrase.count
            // ("£55m plus £7m in add-ons": a sum, not a bound.)
            // ("£1,200 plus VAT": what is added to it.)
            if phrase == ["plus"], after < tokens.count, sameSentence(last, after),
                tokens[after].kind == .number || (tokens[after].kind == .symbol && currency(before: after + 1) != nil)
                    // (A prefixed dollar: "C$12.5 million plus C$1.8 million".)
                    || (after + 2 < tokens.count && symbol(after + 1) != nil && tokens[after + 2].kind == .number
                        && currency(before: after + 2) != nil)
                    || NumberRules.units[tokens[after].norm] != nil || currencyAbbreviation(at: after) != nil
                    || BoundRules.addedAfterPlus.contains(tokens[after].norm)
                    // ("a pay rise of 4% plus a one-off £1,500 payment": a thing added after an article.)
                    || ["a", "an", "the"].contains(tokens[after].norm)
                    // ("A$1.2 million plus stamp duty": a singular noun added to an amount; "40 plus cities" is a bound.)
                    || (word(after).map { !isPlural($0) && !SubjectRules.stopWords.contains($0) } == true && !tokens[after].capitalized
                        && word(after + 1).map { !isPlural($0) } != false
                        && (max(0, last - 4)...last).contains { k in
                            MoneyRules.symbols[tokens[k].norm] != nil || tokens[k].norm == "$" || currencyAbbreviation(at: k) != nil
                        })
            {
                continue
            }
            // ("€81.15 at the most expensive chain", "£5 at most stores": a superlative or a determiner of what follows.)
            if let end = phrase.last, end == "most" || end == "least", sameSentence(last, after),
                word(after).map({ !SubjectRules.stopWords.contains($0) }) == true
            {
                continue
            }
            if word(after) == "than" {
                let opensNext =
                    after + 1 < tokens.count && sameSentence(after, after + 1)
                    && (tokens[after + 1].kind == .number || NumberRules.units[tokens[after + 1].norm] != nil
                        || tokens[after + 1].norm == "a")
                if opensNext { continue }
                return (bound, after)
            }
            return (bound, last + phrase.count)
        }
        return nil
    }

    // MARK: - Changes

    /// The "of" before the figure `earlier` that names what its value is: "the minimum wage of Rs 1,000", "the price
    /// cap of £1,834" (the figure reads the cap as its bound).
    func valueOf(_ earlier: Candidate) -> Int? {
        if word(earlier.firstToken - 1) == "of" { return earlier.firstToken - 1 }
        if let w = word(earlier.firstToken), BoundRules.nounsOfLimits.contains(w), word(earlier.firstToken + 1) == "of" {
            return earlier.firstToken + 1
        }
        return nil
    }

    /// A change word before the figure: "surging 73.8 percent", "an increase of 17", "rose by 5%".
    /// `directOnly`: only a change word before the figure itself, not a level after "from … to" nor a
    /// change of an object "by" the figure (which decide nothing about a range after the figure:
    /// "cut costs by 40% to 50%" is a range).
    /// `amount`: the figure is a percentage or money, which `ChangeRules.beforeAmounts` may change too.
    func change(before first: Int, figureEnd: Int, directOnly: Bool = false, amount: Bool = false) -> Change? {
        // ("Prices rose 3 times last year": how often, not by how much.)
        if word(figureEnd + 1) == "times" { return nil }
        // ("The tower will rise to 4 storeys": a height reached is no new level.)
        if word(first - 1) == "to", word(figureEnd + 1).map(ChangeRules.heightUnits.contains) == true { return nil }
        // "rose from $2.1bn to $3.4bn", "fell from 5.2% to 4.8%": the figure after "to" is the new level
        // of the change stated before "from" and the earlier level (the figure just read).
        if !directOnly, word(first - 1) == "to", let earlier = levelBefore(to: first - 1) {
            var fromAt = word(earlier.firstToken) == "from" ? earlier.firstToken : earlier.firstToken - 1
            if word(fromAt) != "from", let measured = levelNamedBefore(earlier.firstToken) { fromAt = measured }
            // ("raised the minimum wage of Rs 1,000 to Rs 1,700", "cut the price cap of £1,834 to £1,690".)
            if word(fromAt) != "from", earlier.kind != .count, let of = valueOf(earlier), definiteObject(before: of),
                let stated = changeOfObject(preposition: of, figureEnd: figureEnd)
            {
                return stated
            }
            if word(fromAt) == "from", sameSentence(fromAt, first),
                let stated = change(before: fromAt, figureEnd: figureEnd, amount: amount)
                    ?? changeOfObject(preposition: fromAt, figureEnd: figureEnd)
                    ?? statedChange(before: fromAt, behind: 1).map({ Change(direction: $0, reference: nil) })
            {
                return stated
            }
        }
        if !directOnly, word(first - 1) == "to",
            // (To an amount only: not where a flow went or whom it reached, "a 10% rise in exports to 30 countries", "a 20% rise
            // in flights to 35 airlines".)
            let carried = changeCarriedToTotal(to: first - 1) ?? (amount ? changeOfNounBefore(to: first - 1) : nil)
        {
            return carried
        }
        var k = first - 1
        var skipped = 0
        var softened = 0
        while k >= 0, sameSentence(k, first), skipped < 4 {
            if let w = word(k), ChangeRules.linkers.contains(w) {
                skipped += 1
            } else if let w = word(k),
                ChangeRules.softeners.contains(w) || adverbInLy(k)
            {
                softened += 1
            } else if let q = symbol(k), ["\"", "“", "”", "'", "‘", "’"].contains(q) {
                softened += 1
            } else {
                break
            }
            if softened > 3 { return nil }
            k -= 1
        }
        if k + 1 < first, word(k + 1) == "to", let stated = changeAcrossAdverbial(to: k + 1, recipients: recipientsFollow(figureEnd)) {
            return stated
        }
        // A count followed by "to" and a number is a change with its new level as much as an amount is: "Jobless claims
        // dipped 5,000 to 227,000", "Claims rise 12,000 to 240,000" (not "Curry sank 8 three-pointers").
        // ("Fees rise from £150 to £195": an amount after "to" too.)
        let levelFollows =
            word(figureEnd + 1) == "to" && figureEnd + 2 < tokens.count
            && (tokens[figureEnd + 2].kind == .number
                || (figureEnd + 3 < tokens.count && tokens[figureEnd + 3].kind == .number
                    && currency(before: figureEnd + 3)?.first == figureEnd + 2))
        // (A verb's "to" before the figure makes it a new level the same: "Unemployment dipped to 3.59 million"; not a depth,
        // "The diver sank to 40 metres".)
        let changesAmount =
            amount || levelFollows
            || (k + 1 < first && word(k + 1) == "to" && !(word(figureEnd + 1).map(ChangeRules.depthUnits.contains) ?? false))
        // ("XRP off 2.1%", "shares were off 3%": a market's fall, after a name or a form of "be"; not "sold off 30% of", nor a
        // phrasal verb capitalised in a headline, "Card Lenders Write Off £1.2bn".)
        // (A sell-off is a fall of a percentage, "Bitcoin Sells Off 7%"; not a sale of an amount or a part, "Unilever Sells Off
        // £3bn Tea Business", "Sold Off 30% Of Its Tower Arm".)
        let sellOff =
            word(k - 1).map(ChangeRules.sellingBeforeOff.contains) == true
            && (!percentAt(figureEnd) || word(figureEnd + 1) == "of")
        // ("have laid off between 25,000 and 30,000 workers", "will lay off 8% of its staff".)
        // (Not negated, "has not laid off 50 workers"; not an adjective, "The laid off 2,000 workers"; of things counted, not of
        // a measure or an amount, "The ferry laid off 2 miles from the harbour", "laid off £2 million in bets".)
        if word(k) == "off", k > 1, sameSentence(k - 2, k), word(k - 1).map(ChangeRules.layOffVerbs.contains) == true,
            !(max(0, k - 4)..<(k - 1)).contains(where: { word($0).map(ChangeRules.negations.contains) == true }),
            !(word(k - 2).map(DateRules.determiners.contains) ?? false),
            percentAt(figureEnd)
                || (!amount
                    && word(figureEnd + 1).map {
                        $0 == "of"
                            || (isPlural($0) && !SubjectRules.durationUnits.contains($0) && !NumberRules.measurementUnits.contains($0)
                                && !SubjectRules.stopWords.contains($0))
                    } == true)
        {
            return Change(direction: .decrease, reference: nil)
        }
        if amount, word(k) == "off", k > 0, sameSentence(k - 1, k), !sellOff,
            (tokens[k - 1].capitalized && !(word(k - 1).map(ChangeRules.verbsBeforeOff.contains) ?? false))
                || (word(k - 1).map { ChangeRules.passiveAuxiliaries.contains($0) } ?? false)
        {
            return Change(direction: .decrease, reference: changeReference(at: figureEnd + 1)?.text)
        }
        // ("Careem cuts 300 jobs": a present "cuts", not of a rate of work, "The tailor cuts 40 suits a week", "The saw cuts 3
        // boards at once".)
        let cutsCount = { (w: String) -> ChangeDirection? in
            // (A participle only of what a cut takes away: "cutting 2,500 jobs", not "cutting 200 onions".)
            if ChangeRules.cutParticiples.contains(w), !changesAmount,
                // ("axed 6 of its 14 routes": over the whole's "of its 14" too.)
                !(figureEnd + 1...figureEnd + (self.partOfAWholeFollows(figureEnd) ? 6 : 3)).contains(where: {
                    self.word($0).map { ChangeRules.cutObjects.contains($0) } ?? false
                })
            {
                return nil
            }
            return ChangeRules.presentCuts.contains(w) && (changesAmount || !rateOfWorkFollows(figureEnd)) ? .decrease : nil
        }
        guard k >= 0, sameSentence(k, first), let w = word(k),
            // ("will shrink by about 400": a market's verb before "by" changes a count too.)
            let direction = ChangeRules.before[w] ?? (changesAmount || word(k + 1) == "by" ? ChangeRules.beforeAmounts[w] : nil)
                ?? cutsCount(w)
                // ("The budget was trimmed 7% to C$11.2 million": a verb that changes its object, in the passive, before an
                // amount.)
                ?? (changesAmount && (word(k - 1).map(ChangeRules.passiveAuxiliaries.contains) ?? false) ? ChangeRules.byObject[w] : nil)
        else {
            // ("raise fares by an average of 6.5%": the preposition before "an average of".)
            var p = first - 1
            if word(p) == "of", let lead = word(p - 1), ["average", "total"].contains(lead), let article = word(p - 2),
                article == "an" || article == "a", word(p - 3) == "by", sameSentence(p - 3, first)
            {
                p -= 3
                // ("will go up by an average of 5.7%": read as "go up by 5.7%".)
                if let stated = change(before: p + 1, figureEnd: figureEnd, directOnly: directOnly, amount: amount) { return stated }
            }
            if !directOnly, amount, let bare = changeOfBareObject(before: first, figureEnd: figureEnd) { return bare }
            if directOnly || (word(p) != "by" && word(p) != "to") { return nil }
            return changeOfObject(preposition: p, figureEnd: figureEnd, amount: amount)
                ?? (word(p) == "by" ? changeAcrossPeriod(by: p, figureEnd: figureEnd, amount: amount) : nil)
        }
        // "did not fall 20%", "won't rise 5%": no change stated.
        if let n = word(k - 1), ChangeRules.negations.contains(n) { return nil }
        // ("Barbers Raise Price Of Men's Cut To £25", "raised the price of a cut by 10%": after a noun of what it costs, "of" or
        // "for" and a determiner or a possessive the word is a noun, in the object of another verb of change, whose way it goes.)
        if let outer = changeVerbOver(nounAt: k) {
            return Change(direction: outer, reference: changeReference(at: figureEnd + 1)?.text)
        }
        // "each may grow up to three plants", "Farmers grow 40 varieties": to grow a count of things is to raise them.
        // ("Farmers grow 3,000 potato varieties": over a modifier too.)
        // (Not a new level after "to": "wants to grow to 203,000 troops".)
        if !amount, ChangeRules.cultivating.contains(w), word(k + 1) != "to",
            looksCounted(after: figureEnd)
                || (word(figureEnd + 1).map { !SubjectRules.stopWords.contains($0) } == true && looksCounted(after: figureEnd + 1))
        {
            return nil
        }
        // ("Farmers grew 40 varieties", "are growing 3,000 potato plants"; not "Output grew 5 million tonnes", "grew by 3,400".)
        if !amount, ChangeRules.cultivatingBeforePlants.contains(w), word(k + 1) != "by",
            (word(figureEnd + 1).map(ChangeRules.plantsGrown.contains) ?? false)
                || (word(figureEnd + 2).map(ChangeRules.plantsGrown.contains) ?? false)
        {
            return nil
        }
        // "have lost four of five", "dropped 9 of their last 12 games": a part of a whole, not a change
        // (a verb that changes its object still does: "cut 1,200 of its 10,000 jobs").
        if partOfAWholeFollows(figureEnd), ChangeRules.byObject[w] == nil, !ChangeRules.presentCuts.contains(w) { return nil }
        // "up" only as a change when it is not "up to" (a bound, read already) or a phrasal verb; but
        // "ticked up to 5.8%", "went up to 120" are a verb of motion's rise to a level.
        if w == "up", skipped + softened > 0, !(word(k - 1).map { ChangeRules.verbsMovingUp.contains($0) } ?? false) { return nil }
        // "made up 1% of imports", "shot up 5%": after "make" or "take", "up" belongs to the verb.
        if w == "up", let v = word(k - 1), ChangeRules.verbsTakingUp.contains(v) { return nil }
        // (Of things counted only, "knocked down 200 power lines", or an amount written down: "Profits turned down 2%", "The rate
        // was brought down 0.25 points" are falls.)
        // (A share of things counted, "brought down 40% of the trees", or an amount paid, "put down $500 deposits", "handed down
        // $2m in bonuses", too.)
        if w == "down", let v = word(k - 1), ChangeRules.verbsTakingDown.contains(v),
            ChangeRules.writingVerbs.contains(v) || ChangeRules.payingDownVerbs.contains(v)
                || (changesAmount && word(figureEnd + 1) == "of")
                || (!changesAmount && (looksCounted(after: figureEnd) || countedPastModifiers(after: figureEnd))
                    && !(word(figureEnd + 1).map { ["points", "point", "basis", "percentage"].contains($0) } ?? false))
        {
            return nil
        }
        // Nouns of change need their "of": "an increase of 17", not "increase 17" (unless a modal or "to"
        // makes the word a verb: "prices must fall 45%", "expected to rise 5%").
        // (A plural noun before the word makes it a verb too, in a headline's present: "Shares jump 8%", "Oil prices dip 2%".)
        // (Of a percentage or an amount: "Residents drop 200 complaints" withdraws them.)
        // ("Pitch fees at the Southbank Centre food market rise to £450": after the plural's phrase of place too.)
        let afterPluralSubject =
            changesAmount && k > 0 && sameSentence(k - 1, k)
            && ((word(k - 1).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } ?? false) || pluralBeforePhrase(k))
        // ("Heat Pump Sales In Germany Jump 48%": a headline's capitalised verb after its place.)
        let headlineVerb = changesAmount && tokens[k].capitalized && k > 0 && headlineSentence(k)
        if ChangeRules.nounsNeedingOf.contains(w), word(k + 1) != "of" && word(k + 1) != "by",
            // ("Voters may decline 2 of the 4 measures": a part, not a change.)
            !(word(k - 1).map { ChangeRules.beforeVerbs.contains($0) } ?? false) && !afterPluralSubject && !headlineVerb
                || ChangeRules.onlyNouns.contains(w) || word(figureEnd + 1) == "of"
        {
            return nil
        }
        // ("increase funding for the community pharmacy contract by £617m": a base form before "by" after a lower-case singular
        // noun is a noun of the object, and a verb that changes its object before it, past a determiner, tells the way.)
        if word(k + 1) == "by", let outer = verbOverCompoundNoun(k) {
            return Change(direction: outer, reference: changeReference(at: figureEnd + 1)?.text)
        }
        let reference = changeReference(at: figureEnd + 1)
        // "could cut growth by 1.5 percentage points", "slowed growth by 0.3 points": a noun of change that is
        // the object of a verb that changes it goes the verb's way.
        // ("cuts algae growth by up to 80%": over a modifier of the noun.)
        let verbAt =
            word(k - 1).map { ChangeRules.byObject[$0] == nil && !SubjectRules.stopWords.contains($0) } == true
                && !tokens[k - 1].capitalized
            ? k - 2 : k - 1
        if ChangeRules.nounsNeedingOf.contains(w), word(k + 1) == "by", let v = word(verbAt), let verb = ChangeRules.byObject[v],
            sameSentence(verbAt, k)
        {
            return Change(direction: verb, reference: reference?.text)
        }
        return Change(direction: direction, reference: reference?.text)
    }

    /// The direction of the `ChangeRules.byObject` verb before the word at `k` when that word is a base form after a lower-case
    /// singular noun, so a noun of a compound in the verb's object: "increase funding for the community pharmacy contract" (a
    /// determiner between, within `ChangeRules.maximumObjectWords`, no mark); nil when no such verb stands before ("Costs at
    /// the firm rise").
    func verbOverCompoundNoun(_ k: Int) -> ChangeDirection? {
        guard let w = word(k), !w.hasSuffix("s"), !w.hasSuffix("ed"), !w.hasSuffix("ing"), k >= 2, let noun = word(k - 1),
            !tokens[k - 1].capitalized, !isPlural(noun), !SubjectRules.stopWords.contains(noun), !ChangeRules.beforeVerbs.contains(noun),
            !noun.hasSuffix("ly"), !DateRules.isPastForm(noun)
        else { return nil }
        var v = k - 2
        var determiner = false
        // (Not past "and", "or", "to" or a verb whose object's verb is bare, "boost the economy and see unemployment fall by",
        // "let crime rise by": the verb of change is then the word's own.)
        while v >= 0, k - v <= ChangeRules.maximumObjectWords + 1, sameSentence(v, k), let x = word(v),
            x != "and", x != "or", x != "to", !ChangeRules.verbsBeforeBareInfinitives.contains(x), !DateRules.isPastForm(x) || v == k - 2
        {
            if DateRules.determiners.contains(x) || x.hasSuffix("'s") { determiner = true }
            if determiner, !tokens[v].capitalized, let verb = ChangeRules.byObject[x] { return verb }
            v -= 1
        }
        return nil
    }

    /// Whether the figure ending at `end` counts where or to whom a flow went (`ChangeRules.recipientNouns`, up to two
    /// words after it): "to 30 countries", "to 14 African nations".
    func recipientsFollow(_ end: Int) -> Bool {
        (end + 1...end + 2).contains { k in
            sameSentence(end, k) && (word(k).map(ChangeRules.recipientNouns.contains) ?? false)
                && !(end + 1..<k).contains { SubjectRules.stopWords.contains(tokens[$0].norm) || tokens[$0].kind != .word }
        }
    }

    /// Whether the noun before the verb at or before `v` (over "by") is a flow (`ChangeRules.flowNouns`): "Exports rose",
    /// "Chinese exports fell by".
    func flowBefore(verbBefore v: Int) -> Bool {
        let verb = word(v) == "by" ? v - 1 : v
        return word(verb - 1).map(ChangeRules.flowNouns.contains) ?? false
    }

    /// The change of a verb whose new level follows a date or a run of periods between it and the "to" at `to`:
    /// "Exports doubled in 2024 to 272,000 tonnes", "have trebled since 2008 to", "fell in the first half to £120 million",
    /// "rose for a seventh consecutive year to a record 419 tonnes" (not "added last year to its 300 shops", a phrasal
    /// "add to"); and a change figure's the same, "jumped 9% to $82", "rose 5% in March to 3,400", over its noun, "grew by
    /// 3,400 pathways to 798,000" (not a range's, nor across another figure).
    /// `recipients`: the level counts where or to whom a flow went (`recipientsFollow`), no level when the verb's subject is a
    /// flow ("Exports rose 12% to 30 countries"; "Enrolment grew for the fifth year to 24,500 students" is a level).
    func changeAcrossAdverbial(to: Int, recipients: Bool = false) -> Change? {
        // ("rose 3.5 percentage points as a share of EU trade, to 24.1%": over what the change figure is measured as, up to the
        // comma before "to", no verb or other mark in it.)
        if symbol(to - 1) == ",", let told = candidates.last(where: { $0.kind != .date }), let stated = told.change, told.bound != .range,
            word(told.lastToken + 1) == "as", to - 1 - told.lastToken <= 9, sameSentence(told.lastToken, to),
            !(told.lastToken + 1..<to - 1).contains(where: { k in
                consumed[k] || tokens[k].kind != .word || DateRules.isPastForm(tokens[k].norm)
            })
        {
            return Change(direction: stated.direction, reference: nil)
        }
        // (Over a comma before "to": "dropped 17 per cent compared with 2023, to about 9,600".)
        var m = symbol(to - 1) == "," ? to - 2 : to - 1
        var crossed = 0
        // ("grew by 3,400 pathways to 798,000": over the change figure's own noun.)
        if let told = candidates.last(where: { $0.kind != .date }), told.subjectEnd == m, told.lastToken < m, m - told.lastToken <= 4 {
            m = told.lastToken
        }
        // ("rose 45% year-on-year to 212 units", "rose 12% compared with 2025 to 3.1 million": over the change figure's reference.)
        if let told = candidates.last(where: { $0.kind != .date }), let reference = told.change?.reference, told.lastToken < m,
            m - told.lastToken <= 8, sameSentence(told.lastToken, to),
            !(told.lastToken + 1...m).contains(where: { symbol($0) == "," || symbol($0) == ";" }),
            text(told.lastToken + 1, m).lowercased().hasSuffix(reference.lowercased())
        {
            m = told.lastToken
        }
        // (Over a rate's unit after the change figure, "fell 2p a litre to 136p", and an adverb, "rose sharply in the second
        // quarter to".)
        let rateUnit = { (m: Int) -> Bool in
            m >= 2 && !self.consumed[m] && self.word(m - 1).map { $0 == "a" || $0 == "per" } == true && !self.tokens[m].capitalized
                && self.consumed[m - 2] && !(self.word(m).map(SubjectRules.stopWords.contains) ?? true)
        }
        // (The level's own noun, if it has one, is the change figure's, or both are of a workforce: "grew by 12 stores in 2029 to
        // 140 stores", "shed 1,200 jobs last year to 8,400 employees"; not where or to whom the things went, "added 300 troops
        // last month to 12 bases", "added 40 buses on Monday to 12 routes".)
        var levelEnd = to + 1
        while levelEnd < tokens.count, tokens[levelEnd].kind == .number || word(levelEnd).map({ NumberRules.scaleWords[$0] != nil }) == true
        {
            levelEnd += 1
        }
        let levelNoun = (levelEnd..<min(tokens.count, levelEnd + 3)).first { k in
            sameSentence(to, k) && (word(k).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } ?? false)
        }
        let toldNoun = candidates.last(where: { $0.kind != .date }).flatMap { t in t.subjectEnd.map { (end: $0, last: t.lastToken) } }
            .flatMap { noun -> (end: Int, last: Int)? in
                guard let levelNoun, let own = word(levelNoun), let told = word(noun.end) else { return noun }
                let workforce = SubjectRules.workforceNouns.contains(own) && SubjectRules.workforceNouns.contains(told)
                return own == told || workforce ? noun : nil
            }
        while m > 0, crossed < 8, sameSentence(m, to),
            consumed[m] || rateUnit(m) || measureOfChange(endingAt: m) != nil
                || (toldNoun.map { $0.end == m && $0.last < m && m - $0.last <= 4 } ?? false)
                || (word(m).map { ChangeRules.periodRunWords.contains($0) || NumberRules.ordinalUnits[$0] != nil } ?? false)
                || adverbInLy(m)
        {
            if rateUnit(m) {
                m -= 2
                crossed += 2
                continue
            }
            if let start = measureOfChange(endingAt: m) {
                crossed += m - start + 1
                m = start - 1
                continue
            }
            // ("rose by 2.1 gigawatts last year to 16.9 gigawatts": over the change figure's own noun after a date.)
            if !consumed[m], let noun = toldNoun, noun.end == m, noun.last < m, m - noun.last <= 4 {
                crossed += m - noun.last
                m = noun.last
                continue
            }
            // A change figure: the level after "to" goes its way ("rose 2% to 3,400", "rose 15 percent last year to 38
            // million"); no other figure may stand between.
            if consumed[m], let told = candidates.last(where: { $0.kind != .date }), told.lastToken >= m {
                guard told.lastToken == m, let stated = told.change, told.bound != .range, sameSentence(told.firstToken, to),
                    !recipients || !flowBefore(verbBefore: told.firstToken - 1)
                else {
                    return nil
                }
                return Change(direction: stated.direction, reference: nil)
            }
            m -= 1
            crossed += 1
        }
        guard m < to - 1, let w = word(m), !(word(m - 1).map { ChangeRules.negations.contains($0) } ?? false),
            !recipients || !flowBefore(verbBefore: m)
        else { return nil }
        if ChangeRules.multiples.contains(w) { return Change(direction: ChangeRules.before[w] ?? .increase, reference: nil) }
        // (A noun of change as a verb after a modal or "to": "will rise next year to 5%".)
        guard let direction = ChangeRules.before[w] ?? ChangeRules.beforeAmounts[w], !ChangeRules.addingVerbs.contains(w),
            !ChangeRules.nounsNeedingOf.contains(w) || (word(m - 1).map { ChangeRules.beforeVerbs.contains($0) } ?? false)
        else { return nil }
        return Change(direction: direction, reference: nil)
    }

    /// The start ("by" or "in") of what a change is measured by or in, ending at `m`: "fell 11.4% by value to €15.9 billion",
    /// "rose 2% in dollars to $1.02 billion", "in sterling terms", "in local currency", "in real terms".
    func measureOfChange(endingAt m: Int) -> Int? {
        guard let w = word(m), !tokens[m].capitalized else { return nil }
        var p = m - 1
        if ChangeRules.measureHeads.contains(w) {
            // (Over one modifier: "in sterling terms", "in local currency".)
            if let modifier = word(p), modifier != "in", modifier != "by", !SubjectRules.stopWords.contains(modifier) { p -= 1 }
        } else if !ChangeRules.measuresOfChange.contains(w) {
            return nil
        }
        guard let lead = word(p), lead == "by" || lead == "in", sameSentence(p, m) else { return nil }
        return p
    }

    /// The change of the change figure before a comma, carried to the level a participle after the comma brings a total to
    /// (`SubjectRules.totalBringingVerbs`): "House prices rose 5% last year, bringing the average to £300,000", "will rise
    /// by 4.1% in April, taking the full new state pension to £12,480" (only dates and words of a period between the figure
    /// and the comma; not a range).
    func changeCarriedToTotal(to: Int) -> Change? {
        var v = to - 1
        while v > to - 7, let w = word(v), !SubjectRules.totalBringingVerbs.contains(w),
            w.hasSuffix("'s") || DateRules.determiners.contains(w) || !SubjectRules.stopWords.contains(w)
        {
            v -= 1
        }
        guard v < to - 1, let verb = word(v), SubjectRules.totalBringingVerbs.contains(verb), symbol(v - 1) == ",",
            let told = candidates.last(where: { $0.kind != .date }), let stated = told.change, told.bound != .range,
            told.lastToken < v - 1, sameSentence(told.lastToken, v),
            (told.lastToken + 1..<v - 1).allSatisfy({
                dateCovers($0) || word($0).map(ChangeRules.periodRunWords.contains) == true || adverbOfTime($0)
            }),
            let head = word(to - 1),
            // (A participle that raises only after a rise: not "Oil fell 5%, boosting airline profits to $2bn".)
            stated.direction == .increase || !ChangeRules.raisingParticiples.contains(verb)
        else { return nil }
        // What the level measures is the changed thing: a total or an average of it, not an accumulated one ("Daily cases fell
        // by 300, taking the cumulative total to 45,000"), or the noun of the change's own subject or "it" ("Pensions will rise
        // …, taking the full new state pension to", "The club's debt fell by £20m, bringing it to £180m"); not another measure
        // ("The pound fell 1%, pushing import costs to £3bn").
        let sameThing = { (w: String) -> Bool in
            w == head || w == head + "s" || w + "s" == head
                || (w.hasSuffix("ies") && head.hasSuffix("y") && w.dropLast(3) == head.dropLast())
        }
        let ownSubject =
            head == "it" || head == "them"
            || (sentenceFirst(told.firstToken)..<told.firstToken).contains { word($0).map(sameThing) == true }
        // (A total after a fall may be what a daily figure adds to: "Deaths fell by 5 on Sunday, taking the total to 200".)
        let aggregate =
            SubjectRules.aggregateNouns.contains(head)
            && !(v + 1..<to).contains { word($0).map(SubjectRules.accumulatedModifiers.contains) == true }
            && (stated.direction == .increase || !SubjectRules.runningTotalNouns.contains(head))
        guard ownSubject || aggregate else { return nil }
        return Change(direction: stated.direction, reference: nil)
    }

    /// The change of the figure right before a noun of change (`ChangeRules.nounsAfter`), carried to the level after "to",
    /// over "in" and what changed: "a 19% rise in second-quarter revenue to $4.1bn", "a 19% rise to $4.1bn" (up to five words
    /// of what changed, its date among them; not a range).
    func changeOfNounBefore(to: Int) -> Change? {
        var k = to - 1
        // ("a 10% cut in the price cap to £1,568": a determiner or a possessive of what changed too.)
        while k > to - 7, k > 0, sameSentence(k, to), word(k) != "in",
            dateCovers(k) || tightHyphen(k) || determinerOrPossessive(k)
                || (word(k).map { !SubjectRules.stopWords.contains($0) } ?? false)
        {
            k -= 1
        }
        let nounAt = word(k) == "in" && k < to - 1 ? k - 1 : to - 1
        guard let noun = word(nounAt), ChangeRules.nounsAfter[noun] != nil, let told = candidates.last(where: { $0.kind != .date }),
            told.lastToken == nounAt - 1, let stated = told.change, told.bound != .range
        else { return nil }
        return Change(direction: stated.direction, reference: nil)
    }

    /// Whether the word at `k` is an adverb of when or how a change went: "overnight", "sharply" (in lower case, in "-ly").
    func adverbOfTime(_ k: Int) -> Bool {
        guard let w = word(k), !tokens[k].capitalized else { return false }
        return ChangeRules.adverbsOfWhen.contains(w) || adverbInLy(k)
    }

    /// Whether the word at `k` is an adverb in "-ly" of more than four letters, in lower case: "sharply", "slightly".
    @inline(__always) func adverbInLy(_ k: Int) -> Bool {
        guard let w = word(k), !tokens[k].capitalized else { return false }
        return w.hasSuffix("ly") && w.utf8.count > 4
    }

    /// The change of a verb of change whose "by" follows a date of it or a run of periods: "Exports rose in March by 4%",
    /// "Prices climbed for a third month by 0.4%", "Sales fell last year by 12%" (not across another figure or any other
    /// word, nor a passive's agent or a denied change).
    func changeAcrossPeriod(by p: Int, figureEnd: Int, amount: Bool) -> Change? {
        var m = p - 1
        while m > 0, p - m <= 8, sameSentence(m, p),
            consumed[m]
                ? dateCovers(m)
                : (word(m).map { ChangeRules.periodRunWords.contains($0) || NumberRules.ordinalUnits[$0] != nil } ?? false)
                    || adverbOfTime(m)
        {
            m -= 1
        }
        // ("Prices came down in March by 3%", "went up in March by 4"; before a count only after a verb of motion, not a particle
        // of another verb before its agent, "was drawn up in March by 40 MPs".)
        guard m < p - 1, let w = word(m), let direction = ChangeRules.before[w] ?? ChangeRules.beforeAmounts[w],
            amount || (w != "up" && w != "down") || (word(m - 1).map(ChangeRules.verbsMovingUp.contains) ?? false),
            !ChangeRules.nounsNeedingOf.contains(w) || (word(m - 1).map(ChangeRules.beforeVerbs.contains) ?? false),
            !(word(m - 1).map { ChangeRules.negations.contains($0) || ChangeRules.passiveAuxiliaries.contains($0) } ?? false)
        else { return nil }
        return Change(direction: direction, reference: changeReference(at: figureEnd + 1)?.text)
    }

    /// The figure read last before the "to" at `to`, not a date, with only dates of it (read before
    /// any number, so their tokens are consumed) and their prepositions between: "from $2.1bn to",
    /// "from 58 percent in January to".
    func levelBefore(to: Int) -> Candidate? {
        // (At most a few tokens between: "in early January", "people in 2022".)
        guard let earlier = candidates.last, earlier.kind != .date, earlier.lastToken < to, to - earlier.lastToken <= 8 else {
            return nil
        }
        var k = earlier.lastToken + 1
        // The level's noun first: "from 1,240 people in 2022 to 1,488"; or its rate's unit, "from $600 a kilogram in 2018 to".
        if word(k) == "a" || word(k) == "per", k + 1 < to, tokens[k + 1].kind == .word, !tokens[k + 1].capitalized, !consumed[k + 1],
            !SubjectRules.stopWords.contains(tokens[k + 1].norm)
        {
            k += 2
        }
        while k < to, k - earlier.lastToken <= 2, !consumed[k], tokens[k].kind == .word, !tokens[k].capitalized,
            !ChangeRules.levelDatePrepositions.contains(tokens[k].norm), !SubjectRules.stopWords.contains(tokens[k].norm)
        {
            k += 1
        }
        guard k == to || consumed[k] || word(k).map(ChangeRules.levelDatePrepositions.contains) == true else { return nil }
        while k < to {
            guard consumed[k] || (word(k).map { ChangeRules.levelDatePrepositions.contains($0) || $0 == "the" } ?? false) else {
                return nil
            }
            k += 1
        }
        return earlier
    }

    /// The direction of a change figure that ends just before the "from" at `fromAt` (a comma may stand
    /// between): "rose 18% from $214 million to $236 million", "jumped by 25 percent, from 40 to 50" give
    /// a before and an after, not a range.
    /// `behind`: how many figures have been read since (the earlier level after "from").
    func statedChange(before fromAt: Int, behind: Int = 0) -> ChangeDirection? {
        let end = symbol(fromAt - 1) == "," ? fromAt - 2 : fromAt - 1
        guard candidates.count > behind else { return nil }
        let stated = candidates[candidates.count - 1 - behind]
        guard stated.lastToken == end, stated.kind != .date,
            stated.bound != .range,
            sameSentence(stated.lastToken, fromAt)
        else { return nil }
        return stated.change?.direction
    }

    /// Whether "of", perhaps a determiner and a word, and a number follow the figure ending at `end`:
    /// "four of five", "9 of their last 12 games".
    func partOfAWholeFollows(_ end: Int) -> Bool {
        guard word(end + 1) == "of", sameSentence(end, end + 1) else { return false }
        var k = end + 2
        while k <= end + 4, let w = word(k), DateRules.determiners.contains(w) || SubjectRules.partOfWholeWords.contains(w) { k += 1 }
        guard k < tokens.count, sameSentence(end, k) else { return false }
        return tokens[k].kind == .number || NumberRules.units[tokens[k].norm] != nil
    }

    /// "$39,014, up from $38,373", "5.7 percent in October, down from 6.2 percent": a level followed by
    /// "up from" or "down from" and its earlier level states a change of that level (as "rose to
    /// $3.4bn" does). A date of the level may stand between; "up from simmering" is no level.
    /// `count`: the figure is a count, which an earlier level written as an amount is not of ("3.5 million members, up
    /// from A$300 billion" compares the amounts before).
    func changeOfLevel(after last: Int, count: Bool = false, ofThings: Bool = false) -> ChangeDirection? {
        var k = last + 1
        // "in October", "in 2018": read as a date already, so its tokens are consumed.
        if let w = word(k), ChangeRules.levelDatePrepositions.contains(w), k + 1 < consumed.count, consumed[k + 1] { k += 1 }
        while k < consumed.count, k <= last + 8, consumed[k], sameSentence(last, k) { k += 1 }
        // ("£3 (up from £2)": in brackets too.)
        if symbol(k) == "," || symbol(k) == "(" { k += 1 }
        // ("Sh200 in Nairobi, up from Sh150", "About 18,000 homes remain without power in Queensland, down from
        // a peak of 316,000": words of the level's own clause before the comma, no number or new clause among them.)
        let percentLevel = percentAt(last)
        if word(k).flatMap({ ChangeRules.levelChanges[$0] }) == nil, let comma = commaBeforeLevelChange(after: last, percent: percentLevel)
        {
            k = comma + 1
        }
        guard let w = word(k), let direction = ChangeRules.levelChanges[w], word(k + 1) == "from", k + 2 < tokens.count,
            sameSentence(last, k + 2)
        else { return nil }
        // The earlier level: a number, or a currency prefix against one ("$38,373", "A$78 billion", "Rs 40"),
        // perhaps after "a peak of" ("down from a peak of 4 million").
        var next = k + 2
        if let of = earlierLevelNounPhrase(at: next) {
            next = of + 1
        } else if word(next) == "the", next + 1 < tokens.count, tokens[next + 1].kind != .word {
            // ("$3.2 million, down from the $5 million sought by prosecutors".)
            next += 1
        } else if let w = word(next), ChangeRules.hedgesBeforeEarlierLevel.contains(w) {
            // ("will cap daily entries at 30,000, down from about 45,000".)
            next += 1
        } else if let w = word(next),
            (word(next + 1) == "than" && ["more", "fewer", "less"].contains(w)) || (w == "at" && word(next + 1) == "least")
        {
            // ("5,000 smallholders now farm crickets, up from fewer than 500".)
            next += 2
        }
        var n = next
        while n < next + 3, n < tokens.count, tokens[n].kind != .number,
            tokens[n].kind == .symbol || (tokens[n].capitalized && tokens[n].norm.utf8.count <= 3) || tokens[n].norm == "rs"
        {
            n += 1
        }
        // (In words too: "14 deaths, up from nine".)
        let inWords = n == next && (word(n).map { NumberRules.units[$0] != nil && $0 != "a" && $0 != "an" } ?? false)
        let earlier =
            n < tokens.count && (tokens[n].kind == .number || inWords) && sameSentence(last, n)
            && (n == next || attached(n) || n == next + 1)
        if count, n > next { return nil }
        // (Not an amount or a count of things before an earlier percentage: "31% of the $400bn global market, down from 38%",
        // "31% of the 650 seats, up from 22%" change the share; a level written with no sign or in points keeps it, "The
        // jobless rate was 4.1 in March, down from 4.3%", "on 29 points, up from 25%". Nor a percentage before an earlier
        // amount: "31% of the $400bn global market, down from $450bn" changes the market.)
        if earlier, ofThings {
            var after = n + 1
            if word(after).map({ NumberRules.scaleWords[$0] != nil }) == true { after += 1 }
            if percentAt(after) { return nil }
        }
        if earlier, percentLevel, (next..<n).contains(where: currencySign) { return nil }
        return earlier ? direction : nil
    }

    /// The last token of an amount written from `k`: a currency's sign, the number, and its scale or percentage sign ("£10,000",
    /// "€90bn", "25%", "₹15 lakh", "15 per cent").
    func amountEnd(from k: Int) -> Int {
        var e = currencySign(k) ? k + 1 : k
        guard e < tokens.count, tokens[e].kind == .number else { return k }
        while e + 1 < tokens.count, sameSentence(e, e + 1),
            attached(e + 1) && tokens[e + 1].kind != .symbol || percentAt(e + 1)
                || (tokens[e + 1].kind == .word && NumberRules.scaleWords[tokens[e + 1].norm] != nil)
        {
            e += word(e + 1) == "per" ? 2 : 1
        }
        return e
    }

    /// Whether the token at `k` writes a percentage after its number: "%", "percent", "pct", either word of "per cent".
    func percentAt(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count else { return false }
        if tokens[k].kind == .symbol { return PercentRules.symbols.contains(tokens[k].norm) }
        return tokens[k].kind == .word
            && (PercentRules.words.contains(tokens[k].norm) || (tokens[k].norm == "cent" && word(k - 1) == "per")
                || (tokens[k].norm == "per" && word(k + 1) == "cent"))
    }

    /// The "of" of the earlier level's noun phrase at `k`: "a peak of", "its forecast of", "the record of"
    /// (`ChangeRules.earlierLevelNouns`), as in "down from a peak of 4 million"; over one modifier, "an initial estimate of".
    func earlierLevelNounPhrase(at k: Int) -> Int? {
        guard let d = word(k), d == "a" || d == "an" || d == "its" || d == "the", var noun = word(k + 1) else { return nil }
        var of = k + 2
        let earlier = { (w: String) in ChangeRules.earlierLevelNouns.contains(w) || ChangeRules.earlierPriceNouns.contains(w) }
        if !earlier(noun), !SubjectRules.stopWords.contains(noun), !tokens[k + 1].capitalized, let next = word(k + 2) {
            noun = next
            of = k + 3
        }
        return earlier(noun) && word(of) == "of" && sameSentence(k, of) ? of : nil
    }

    /// The comma of ", up from" or ", down from" at most `ChangeRules.levelClauseReach` tokens after the
    /// level ending at `last`, with only words (and dates read already) between: no number, no word of
    /// another clause (`ChangeRules.notInLevelClause`).
    /// (A share's clause may name the amount it is a share of: "about 31% of the $400bn global market, down from 38%".)
    func commaBeforeLevelChange(after last: Int, percent: Bool = false) -> Int? {
        var k = last + 1
        while k < tokens.count, k <= last + ChangeRules.levelClauseReach, sameSentence(last, k) {
            if symbol(k) == ",", let w = word(k + 1), ChangeRules.levelChanges[w] != nil, word(k + 2) == "from" { return k }
            if percent, currencySign(k), k + 1 < tokens.count, tokens[k + 1].kind == .number, attached(k + 1),
                word(k - 1).map(DateRules.determiners.contains) == true
            {
                k += 2
                continue
            }
            // ("₹88,000 per 10 grams in Mumbai, up from ₹62,000": the quantity a price is of.)
            if word(k) == "per", k + 2 < tokens.count, tokens[k + 1].kind == .number, tokens[k + 2].kind == .word {
                k += 3
                continue
            }
            // ("£73.20 under the Band 2 charge, up from £70.70": over a name's number.)
            if tokens[k].kind == .number && !consumed[k] && !namesNumber(k) { return nil }
            if tokens[k].kind == .symbol && !consumed[k] && symbol(k) != "'" && symbol(k) != "-" { return nil }
            if let w = word(k), ChangeRules.notInLevelClause.contains(w) { return nil }
            k += 1
        }
        return nil
    }

    /// "cut deaths by a third", "raised prices by 5%": a `ChangeRules.byObject` verb, its object (a few
    /// words, no punctuation) and the preposition at `p`: "by" just before the figure, or the "from" of
    /// a level changed to the figure ("cut its workforce from 1,200 to 900"; the object of a "from" has
    /// no other preposition: "expanded its search to towns from 5 to 10 miles away" is a range).
    /// After "to", the figure is a new level only when it is an amount (`amount`: a percentage or money)
    /// or the object is itself a quantity ("cut its workforce to 900"); else it is where the verb goes
    /// ("cut flights to 20 cities", "raised concerns to 3 managers").
    func changeOfObject(preposition p: Int, figureEnd: Int, amount: Bool = true) -> Change? {
        var v = p - 1
        let from = word(p) == "from" || word(p) == "to"
        var quantityObject = false
        var hyphens = 0
        while v >= p - 1 - ChangeRules.maximumObjectWords - hyphens, v >= 0, sameSentence(v, p) {
            // ("raise on-street parking charges by 50%": a tight hyphen joins two words of the object.)
            guard let w = word(v) else {
                // ("shrinking Naspers' free float by about 30%": a possessive's apostrophe after a plural or a name in "s".)
                if let q = symbol(v), q == "'" || q == "’", attached(v), word(v - 1).map({ $0.hasSuffix("s") }) == true {
                    hyphens += 1
                    v -= 1
                    continue
                }
                // ("cut prices on about 8,000 products by 11%": a count read before, within the object, after "by"; and an amount,
                // "cut the face value of $13 billion of eurobonds by 37%".)
                if !from, consumed[v], tokens[v].kind == .number || tokens[v].kind == .symbol,
                    let within = candidates.last(where: { $0.lastToken < p }), within.kind == .count || within.kind == .money,
                    within.kind == .count || (within.firstToken <= v && v <= within.lastToken)
                {
                    hyphens += 1
                    v -= 1
                    continue
                }
                // ("cut taxi trips into Manhattan below 60th Street by 11 percent": a street's ordinal in a place's name.)
                if !from, tokens[v].kind == .number, word(v + 1).map(NumberRules.ordinalSuffixes.contains) == true, attached(v + 1),
                    v + 2 < p, tokens[v + 2].capitalized
                {
                    hyphens += 2
                    v -= 1
                    continue
                }
                guard tightHyphen(v) else { break }
                hyphens += 2
                v -= 1
                continue
            }
            // ("cut weekly sailings on the Irish Sea to 42 from 56", "cut its stores in Scotland from 60 to 48": over a place's
            // name right before the figure.)
            // ("cut its spending on dredging from £8m to £5.5m", "cut its penalty for overstaying from £70 to £50": before
            // "from", over a preposition's phrase after one thing's definite noun; not "expanded its search to towns from 5 to
            // 10 miles away".)
            // ("raised tariffs on Chinese steel from 25% to 50%": after a verb's bare noun too when the levels are amounts; not
            // "The increase in national insurance from 13.8 per cent to 15 per cent".)
            // (Not a band of what the phrase names: another change after it, "raise taxes on earnings from £50,270 to £125,140 by
            // 2p", a unit or a condition, "duty on wines from 11.5% to 14.5% ABV", "from $30,000 to $45,000 depending on trim",
            // or a participle before it, "on homes worth from £1m to £2m", "households earning from £20,000 to £40,000".)
            let ownEnd = amountEnd(from: figureEnd)
            let newLevelEnd = word(ownEnd + 1) == "to" ? amountEnd(from: ownEnd + 2) : ownEnd
            let verbsNoun =
                amount && word(v - 1).map { !SubjectRules.stopWords.contains($0) } == true && !tokens[v - 1].capitalized
                && objectChangeVerb(v - 2) != nil && !determinerOrPossessive(v - 3)
                && (clauseEnds(after: newLevelEnd) || word(newLevelEnd + 1).map(ChangeRules.wordsAfterNewLevels.contains) == true)
                && !(word(p - 1).map(ChangeRules.participlesBeforeBands.contains) ?? false)
            if from, ChangeRules.prepositionsEndingObject.contains(w),
                !(v + 1 < p && tokens[p - 1].capitalized
                    && (v + 1..<p).allSatisfy { tokens[$0].kind == .word && (tokens[$0].capitalized || tokens[$0].norm == "the") }),
                w == "to" || word(p) != "from" || (!definiteObject(before: v) && !verbsNoun)
            {
                return nil
            }
            if ChangeRules.quantityNouns.contains(w) || SubjectRules.countHeads.contains(w) { quantityObject = true }
            if let direction = objectChangeVerb(v) {
                // The verb needs an object ("rose by 5%" is read by the change words themselves), unless it
                // is passive before "from" or "to": "was slashed from $47 billion to $8 billion" (not "was
                // raised by 2 senators", the agent).
                // (An amount after "by" in the passive is the change too: "funding was lifted by A$200 million to A$1.1 billion".)
                guard v < p - 1 || ((from || amount) && (word(v - 1).map { ChangeRules.passiveAuxiliaries.contains($0) } ?? false)) else {
                    return nil
                }
                if word(p) == "to", !amount, !quantityObject, !earlierLevelFollows(figureEnd) { return nil }
                return Change(direction: direction, reference: changeReference(at: figureEnd + 1)?.text)
            }
            v -= 1
        }
        return nil
    }

    /// The direction of the `ChangeRules.byObject` verb whose object holds the word of change at `k` as a noun, after a noun of
    /// what it costs (`ChangeRules.measuredOfNouns`), "of" or "for" and a determiner or a possessive: "raised the price of a
    /// cut", "Raise Price Of Men's Cut" (not "raised expectations for a cut", "the chance of a cut"; nor across another verb or
    /// a preposition).
    func changeVerbOver(nounAt k: Int) -> ChangeDirection? {
        guard let d = word(k - 1), DateRules.determiners.contains(d) || d.hasSuffix("'s") else { return nil }
        // ("the price of a men's cut": a determiner before the possessive.)
        let ofAt = d.hasSuffix("'s") && word(k - 2).map(DateRules.determiners.contains) == true ? k - 3 : k - 2
        guard let of = word(ofAt), of == "of" || of == "for", word(ofAt - 1).map(ChangeRules.measuredOfNouns.contains) == true else {
            return nil
        }
        var v = ofAt - 1
        while v >= 0, v >= k - 8, sameSentence(v, k), let w = word(v) {
            if let direction = objectChangeVerb(v) { return direction }
            if (SubjectRules.stopWords.contains(w) && !DateRules.determiners.contains(w)) || isPastVerb(v) { return nil }
            v -= 1
        }
        return nil
    }

    /// The direction of a `ChangeRules.byObject` verb at `v` (not a multiple's adjective after a determiner: "a double
    /// murder").
    func objectChangeVerb(_ v: Int) -> ChangeDirection? {
        guard let w = word(v), let direction = ChangeRules.byObject[w] else { return nil }
        if ChangeRules.adjectivalMultiples.contains(w), word(v - 1).map({ DateRules.determiners.contains($0) || $0 == "than" }) == true {
            // (Nor a comparison: "more than double its $30 million low estimate".)
            return nil
        }
        return direction
    }

    /// A percentage or amount right after the object of a verb that changes it, with no "by": "cut
    /// rates 25 basis points", "trimmed its repo rate 25 basis points to 5.25%", "raised prices 5%".
    /// The object is one to four lower-case words, none a preposition or a stop word other than a
    /// determiner ("cut flights to 20 cities" has its "to"; "raised $5 million" has no object).
    func changeOfBareObject(before first: Int, figureEnd: Int) -> Change? {
        var v = first - 1
        var objectWords = 0
        while v >= 0, objectWords <= 4, sameSentence(v, first), let w = word(v), !tokens[v].capitalized {
            // ("raised a record £87.3m": "a record" qualifies the amount, no object.)
            if w == "record", word(v - 1) == "a", objectWords == 0 {
                v -= 2
                continue
            }
            if let direction = objectChangeVerb(v) {
                // ("tonnes of cut flowers worth KSh110 billion", "exported cut flowers worth": after a preposition, a determiner
                // or a verb, an adjective.)
                guard objectWords > 0, !(word(v - 1).map { ChangeRules.negations.contains($0) } ?? false),
                    !(word(v - 1).map { ChangeRules.beforeAdjectivalVerbs.contains($0) } ?? false),
                    v == 0 || word(v - 1) == nil || !isPastVerb(v - 1)
                else { return nil }
                return Change(direction: direction, reference: changeReference(at: figureEnd + 1)?.text)
            }
            if SubjectRules.stopWords.contains(w), !DateRules.determiners.contains(w) { return nil }
            // ("exports of cut flowers earned KES 118 billion": a verb of its own stands between, "cut" no verb of it.)
            // ("load shedding cost the economy about R900 million": a verb whose past is its present form, or in "-s", too.)
            if isPastVerb(v) || DateRules.unchangedPasts.contains(w) || SubjectRules.singularVerbs.contains(w) { return nil }
            objectWords += 1
            v -= 1
        }
        return nil
    }

    /// A reference phrase at token `k`: "from last year('s)", "year-on-year", "compared with …".
    /// Also reports a direction when the phrase carries one ("higher than last year").
    func changeReference(at k: Int) -> (text: String, direction: ChangeDirection?)? {
        guard k < tokens.count else { return nil }
        var start = k
        // "rose 2.0% in January from a year earlier": the level's date (read first, so consumed) is passed over.
        if let w = word(start), ChangeRules.levelDatePrepositions.contains(w), start + 1 < tokens.count, consumed[start + 1],
            tokens[start + 1].kind != .symbol
        {
            var n = start + 1
            while n < tokens.count, n <= start + 6, consumed[n], sameSentence(k, n) { n += 1 }
            if n < tokens.count, sameSentence(k, n), let r = word(n), r == "from" || r == "compared" || r == "than" || r == "on" {
                start = n
            }
        }
        var direction: ChangeDirection?
        // "17 more than last year", "5% higher from a year earlier"; "15% up on last year", "12 per cent down on the year before".
        if let w = word(start), let next = word(start + 1),
            let d = next == "than" || next == "from"
                ? ChangeRules.after[w] : next == "on" ? ChangeRules.levelChanges[w] ?? ChangeRules.after[w] : nil
        {
            direction = d
            start += 1
        }
        // A comma may separate: "…, year-on-year".
        if symbol(start) == ",", sameSentence(k, start + 1) { start += 1 }
        guard start < tokens.count, ChangeRules.referenceWords.contains(tokens[start].norm) else { return nil }
        for (phrase, reference) in ChangeRules.references {
            var probe = phrase
            if direction != nil, phrase.first == "from" || phrase.first == "than" || phrase.first == "over" {
                probe = Array(phrase.dropFirst())
                if word(start) == "than" || word(start) == "from" { probe = phrase; probe[0] = word(start) ?? "" }
            }
            if matches(probe, at: start), sameSentence(k, start) { return (reference, direction) }
        }
        if let written = periodReference(at: start), sameSentence(k, written.last) { return (written.text, direction) }
        return nil
    }

    /// A reference written as a period after "compared with", "from", "than (in)", "on", "over",
    /// "since": "compared with the previous year", "on the last general election", "than in 2022",
    /// "from a fortnight ago", "since February"; the period's words as written.
    private func periodReference(at s: Int) -> (text: String, last: Int)? {
        guard let lead = word(s) else { return nil }
        var j = s + 1
        if lead == "compared" {
            guard let w = word(j), w == "with" || w == "to" else { return nil }
            j += 1
        } else if !ChangeRules.periodReferenceLeads.contains(lead) {
            return nil
        }
        if lead == "than", word(j) == "in" { j += 1 }
        guard j < tokens.count, sameSentence(s, j) else { return nil }
        // The period ends its phrase: not "on the last day of trading", "on 2025 guidance".
        let ends = { (scanner: FigureScanner, n: Int) -> Bool in
            n + 1 >= scanner.tokens.count || !scanner.sameSentence(n, n + 1) || scanner.tokens[n + 1].kind == .symbol
                || (scanner.word(n + 1).map { ChangeRules.afterReference.contains($0) } ?? false)
        }
        // "2022", "since February".
        if let y = tokens[j].integer, (1900...2100).contains(y), tokens[j].norm.utf8.count == 4 {
            return ends(self, j) ? (text(j, j), j) : nil
        }
        // (Not "from April": as often the day a change starts, "Council tax will rise 4.99% from April".)
        // ("1,200 more than in April": a month after "than" too.)
        if lead == "since" || lead == "than", let w = word(j), DateRules.months[w] != nil, tokens[j].capitalized {
            return ends(self, j) ? (text(j, j), j) : nil
        }
        guard let first = word(j) else { return nil }
        // ("18% less fertiliser this spring than last": the period named before, "last" alone at its phrase's end.)
        if lead == "than", first == "last", ends(self, j) { return (text(j, j), j) }
        // "the previous year", "the same quarter last year", "the last general election", "last season".
        var k = j
        if first == "the" { k += 1 }
        if let w = word(k), ChangeRules.earlierPeriodWords.contains(w), first == "the" || w == "last" {
            var n = k + 1
            while n <= k + 3, let noun = word(n), sameSentence(s, n) {
                if ChangeRules.periodNouns.contains(noun) {
                    var named = w != "same"
                    if word(n + 1) == "last", word(n + 2) == "year" {
                        n += 2
                        named = true
                    }
                    // ("over the last year", "over the same period": the window of the change, not what it is
                    // measured against.)
                    if lead == "over", w == "last" || !named { return nil }
                    if !named, lead != "compared", lead != "from", lead != "than" { return nil }
                    return ends(self, n) ? (text(j, n), n) : nil
                }
                n += 1
            }
            return nil
        }
        // ("23% more than the week before", "fewer than the day before": a period before the one the sentence tells of.)
        if first == "the", let noun = word(j + 1), ChangeRules.periodNouns.contains(noun) || noun == "day",
            let after = word(j + 2), after == "before" || after == "earlier", sameSentence(s, j + 2), ends(self, j + 2)
        {
            return (text(j, j + 2), j + 2)
        }
        // "a year earlier", "two weeks ago", "a fortnight before".
        if first == "a" || first == "an" || NumberRules.units[first] != nil, let noun = word(j + 1),
            ChangeRules.periodNouns.contains(noun) || ChangeRules.periodNouns.contains(String(noun.dropLast())),
            let after = word(j + 2), after == "earlier" || after == "ago" || after == "before", sameSentence(s, j + 2)
        {
            return (text(j, j + 2), j + 2)
        }
        return nil
    }

    // MARK: - Subjects

    /// The noun phrase a count counts, after token `last`: "61 foreign investment projects",
    /// "4,230 of the companies", "15 countries and regions".
    func countSubject(after last: Int, singularAllowed: Bool = false) -> (text: String?, last: Int?, elided: Bool) {
        var k = last + 1
        guard k < tokens.count, sameSentence(last, k) else { return (nil, nil, false) }
        // ("Of the 40 candidates, 27 won seats": "won" read as no currency is the verb; what was won is no subject.)
        if word(k) == "won", !tokens[k].capitalized { return (nil, nil, true) }
        // ("412,000 sq ft", "80 sq m": an area's abbreviated unit, as "412,000 square feet".)
        if word(k) == "sq", let unit = word(k + 1), SubjectRules.squaredUnits.contains(unit), sameSentence(k, k + 1) {
            var end = k + 1
            if symbol(end + 1) == ".", attached(end + 1) { end += 1 }
            return (text(k, k + 1), end, false)
        }
        // ("Of the 1,120 works in the sale, 930 found buyers": after a whole that opens the sentence, a past verb; "Of these,
        // 480,000 included Social Security numbers".)
        // ("Of the 1,240 pupils who sat GCSEs, 812 achieved good grades": a regular past too; "Of 48.2 million registered
        // voters, 28.8 million cast a ballot", "3.1 million cast ballots": a past the same as its base.)
        // (The number's first token: "28.8 million" is two.)
        let first =
            last >= 1 && tokens[last - 1].kind == .number && word(last).map { NumberRules.scaleWords[$0] != nil } == true
            ? last - 1 : last
        if let w = word(k), !tokens[k].capitalized,
            DateRules.irregularPastVerbs.contains(w) || DateRules.pastOrParticiple.contains(w) || DateRules.isRegularPast(w)
                || DateRules.unchangedPasts.contains(w)
        {
            let ofThoseBefore =
                first >= 3 && (word(first - 2).map(SubjectRules.referringPronouns.contains) ?? false)
                && (word(first - 3) == "of" || word(first - 3) == "among")
            // ("Of the 212 skeletons, roughly a third showed signs": over a fraction's words and a bound.)
            var opening = first
            while opening >= 2, word(opening - 1).map(SubjectRules.wordsOfPartsBeforeVerbs.contains) == true { opening -= 1 }
            if opening >= 1, symbol(opening - 1) == ",", wholeOpensSentence(before: opening - 1) || ofThoseBefore {
                return (nil, nil, true)
            }
        }
        // ("Of the club's 60 members, 45 shoot recurve bows and 12 compete", "Of the 90 pupils, 60 walk to school": after a whole
        // that opens the sentence, a word that is no plural, nor a modifier before one, is the part's verb; not "Of the 60
        // members, 45 junior players joined", "45 full-time staff".)
        // ("Of the 300 firms, 120 plan layoffs.": nor is one before a plural that ends the clause, with no verb of its own.)
        if let w = word(k), !tokens[k].capitalized, !isPlural(w), !SubjectRules.stopWords.contains(w), w != "percent",
            NumberRules.units[w] == nil, !tightHyphen(k + 1),
            SubjectRules.baseVerbsAfterAnd.contains(w)
                || !(word(k + 1).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } ?? false) || clauseEnds(after: k + 1),
            partAfterOpeningWhole(first)
        {
            return (nil, nil, true)
        }
        // ("A crew of four cleans the tower", "A family of five lives here": after a group's "of", a verb of `singularVerbs` or a
        // present in "-s" before an object (a determiner or a count) is the group's verb, and the group is what is counted;
        // not "a team of 12 volunteers".)
        // (Not a plural with a verb of its own later in the clause: "A crew of 20 firefighters the next morning found the body", "A
        // panel of 5 experts the government appointed recommends a ban".)
        if let w = word(k), !tokens[k].capitalized, groupSubject(first: first, last: last) != nil,
            SubjectRules.singularVerbs.contains(w)
                || (Self.presentVerbForm(w) && word(k + 1).map(NameRules.determinersAfterPresentVerbs.contains) == true
                    && sameSentence(k, k + 1) && !verbLaterInClause(after: k + 1))
                // ("A family of five owns 3 cars", "A crew of four cleans 300 windows a day": or before a count, its object.)
                || (Self.presentVerbForm(w) && k + 1 < tokens.count && tokens[k + 1].kind == .number && sameSentence(k, k + 1))
        {
            return (nil, nil, false)
        }
        // "4,230 of the companies".
        // "47 wildfires, 12 of them out of control": the part counts what was counted before it.
        if word(k) == "of", let next = word(k + 1), ["them", "which", "whom"].contains(next), sameSentence(last, k + 1) {
            return (nil, nil, true)
        }
        // ("87 of 97 seats": the whole's number right after "of".)
        if word(k) == "of", k + 1 < tokens.count, sameSentence(last, k + 1),
            let next = word(k + 1) ?? (tokens[k + 1].kind == .number ? "" : nil)
        {
            if ["the", "its", "their", "these", "those", "our", "his", "her", "all"].contains(next) {
                k += 2
            } else if !SubjectRules.stopWords.contains(next) {
                k += 1
            }
            // "62 percent of the country's electricity", "40% of South Africa's exports": the possessor (a
            // capitalised name of up to three words, or one word) stands before the noun counted.
            var p = k
            while p < k + 2, let w = word(p), !w.hasSuffix("'s"), tokens[p].capitalized, p + 1 < tokens.count, tokens[p + 1].capitalized,
                sameSentence(last, p + 1)
            {
                p += 1
            }
            if let w = word(p), w.hasSuffix("'s"), w.utf8.count > 2, sameSentence(last, p + 1), let n = word(p + 1),
                !SubjectRules.stopWords.contains(n)
            {
                k = p + 1
            }
            // "30 of its 112 stores", "14 of the country's 18 provinces", "four of their past five games":
            // the whole's number (and a possessive or a word before it) stands between; the noun is the part's.
            var n = k
            while n < k + 2, let w = word(n), sameSentence(last, n), w.hasSuffix("'s") || SubjectRules.partOfWholeWords.contains(w) {
                n += 1
            }
            if n < tokens.count, n > last + 1, sameSentence(last, n), tokens[n].kind == .number || NumberRules.units[tokens[n].norm] != nil,
                let whole = try? readNumber(at: n, money: false)
            {
                k = whole.last + 1
            }
        }
        // "15 Airbus A350-900 jets", "two Boeing 787 jets": a maker and its model stand before the noun.
        // ("14 new Airbus A321XLR jets": over a modifier before the maker.)
        if let model = modelName(at: k), sameSentence(last, model + 1) {
            k = model + 1
        } else if let w = word(k), SubjectRules.droppedModifiers.contains(w), let model = modelName(at: k + 1),
            sameSentence(last, model + 1)
        {
            k = model + 1
        }
        // "11 more bodies", "five fewer flights": more of the same noun.
        // ("1,000 more heat pump engineers", "300 more trained lifeguards": over up to three modifiers before the plural; in a
        // headline of title case, "To 510,000 More Children", capitalised.)
        if let w = word(k), w == "more" || w == "fewer",
            (k + 1...k + 4).contains(where: { j in
                word(j).map { isPlural($0) && !SubjectRules.stopWords.contains($0) && !SubjectRules.verbsAfterCounts.contains($0) } == true
                    && (k + 1...j).allSatisfy { m in
                        word(m).map { !SubjectRules.stopWords.contains($0) } == true
                            // (Not before a duration in a headline, "Budget Adds 20 More Days Of Leave".)
                            && (!tokens[m].capitalized
                                || (tokens[k].capitalized && !SubjectRules.durationUnits.contains(tokens[m].norm)))
                            && sameSentence(k, m)
                    }
            })
        {
            k += 1
        }
        var words: [Int] = []
        var pluralAt: Int?
        while k < tokens.count, sameSentence(last, k), words.count < SubjectRules.maximumWords {
            let token = tokens[k]
            // "1.02 million 60-kg bags", "200 20-foot containers": a measure joined by a hyphen before the noun, a word of it.
            if token.kind == .number, words.isEmpty, tightHyphen(k + 1), let unit = word(k + 2),
                NumberRules.measurementUnits.contains(unit) || SubjectRules.durationUnits.contains(unit), let noun = word(k + 3),
                isPlural(noun), !SubjectRules.stopWords.contains(noun), sameSentence(k, k + 3)
            {
                words.append(k)
                words.append(k + 1)
                words.append(k + 2)
                k += 3
                continue
            }
            // "1.4 billion 70cl bottles": a measure written against its number before the noun, a word of it.
            if token.kind == .number, words.isEmpty, attached(k + 1), let unit = word(k + 1), NumberRules.measurementUnits.contains(unit),
                let noun = word(k + 2), isPlural(noun), !SubjectRules.stopWords.contains(noun), tokens[k + 2].spaceBefore,
                sameSentence(k, k + 2)
            {
                words.append(k)
                words.append(k + 1)
                k += 2
                continue
            }
            // "191 million 5G subscribers", "40 3D printers": digits and one capital letter are a word of the phrase.
            if token.kind == .number, attached(k + 1), k + 2 < tokens.count, tokens[k + 2].spaceBefore, let letter = word(k + 1),
                letter.utf8.count == 1, text(k + 1, k + 1) == letter.uppercased(), word(k + 2) != nil, sameSentence(k, k + 2)
            {
                words.append(k)
                words.append(k + 1)
                k += 2
                continue
            }
            guard token.kind == .word else {
                // ("26 million 'useless' tracks": a word in quotation marks before the noun, without them.)
                if let q = symbol(k), NameRules.openingQuotes.contains(q), attached(k + 1), let m = word(k + 1), !tokens[k + 1].capitalized,
                    let c = symbol(k + 2), NameRules.closingQuotes.contains(c), attached(k + 2), let n = word(k + 3), isPlural(n),
                    !SubjectRules.stopWords.contains(m), sameSentence(k, k + 3)
                {
                    k += 3
                    continue
                }
                // Hyphenated compounds: "high-end equipment".
                if token.norm == "-", attached(k), attached(k + 1), !words.isEmpty, word(k + 1) != nil {
                    k += 1
                    continue
                }
                // "U.S. adults", "U.K. households": a dotted initialism is one word of the phrase.
                if isInitialismDot(k) {
                    k += 1
                    continue
                }
                break
            }
            let w = token.norm
            // ("500 air-to-air missiles": a stop word inside a hyphenated compound is part of it.)
            let inCompound = !words.isEmpty && symbol(k - 1) == "-" && attached(k) && symbol(k + 1) == "-" && attached(k + 1)
            // ("1,350 at-risk customers", "40 in-house lawyers": one that opens a hyphenated compound too.)
            let opensCompound = tightHyphen(k + 1) && word(k + 2) != nil && sameSentence(k, k + 2)
            // ("9,870 plug-in hybrids", "40 walk-in clinics": one that closes a hyphenated compound before a word of the phrase.)
            let closesCompound =
                !words.isEmpty && tightHyphen(k - 1) && word(k - 2) != nil
                && word(k + 1).map { !SubjectRules.stopWords.contains($0) } == true && sameSentence(k, k + 1)
            // ("90,000 direct and indirect jobs", "70,000 Birkin and Kelly bags": two modifiers joined before the plural.)
            // ("16,000 new taxi and private hire licences", "400 full-time and part-time workers": two words or a hyphenated one on
            // the second side.)
            let secondSide = { (k: Int) -> Int? in
                (k + 2...k + 4).first { j in
                    word(j).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } == true && sameSentence(k, j)
                        && (k + 1..<j).allSatisfy { m in
                            tightHyphen(m) || (m > k + 1 && tightHyphen(m - 1) && word(m) != nil)
                                || word(m).map { !SubjectRules.stopWords.contains($0) && !isPlural($0) } == true
                        }
                        && !tightHyphen(k + 1) && (j == k + 2 || !tokens[k + 1].capitalized)
                }
            }
            if w == "and" || w == "or", pluralAt == nil, !words.isEmpty, let m = word(k + 1), !SubjectRules.stopWords.contains(m),
                !isPlural(m), let j = secondSide(k), !tokens[j].capitalized || tokens[k + 1].capitalized,
                words.count < SubjectRules.maximumWords - 1 - (k + 1..<j).filter({ word($0) != nil }).count
            {
                words.append(k)
                k += 1
                continue
            }
            // ("42 Gulf of Mexico platforms", "12 Bank of America branches": "of" inside a name before the noun counted.)
            if w == "of", !words.isEmpty, tokens[k - 1].capitalized, isNameWord(k + 1), sameSentence(k, k + 1) {
                var j = k + 1
                while j < k + 4, isNameWord(j), sameSentence(k, j) { j += 1 }
                // (A plural right after the name, or after one modifier: "42 Bay of Biscay fishing boats".)
                let plural = { (j: Int) -> Bool in
                    word(j).map { !tokens[j].capitalized && !SubjectRules.stopWords.contains($0) && self.isPlural($0) } == true
                        && self.sameSentence(k, j)
                }
                if plural(j) || (word(j).map { !tokens[j].capitalized && !SubjectRules.stopWords.contains($0) } == true && plural(j + 1)) {
                    // (The name's words after "of" taken whole: "Texas" in "University of Texas students" is no plural.)
                    words.append(contentsOf: k..<j)
                    k = j
                    continue
                }
            }
            if SubjectRules.stopWords.contains(w) && !(w == "percent") && !inCompound && !opensCompound && !closesCompound { break }
            // ("The crew of 24 includes three fishermen", "Of these, seven need new roofs", "About 160 needed urgent repairs": a verb
            // right after the number, no modifier of its noun.)
            // (Or any past in "-ed" before its object's determiner: "Only 34 delivered the reductions they claimed".)
            if words.isEmpty,
                SubjectRules.verbsAfterCounts.contains(w) || (w == "needs" && needsIsAVerb(k))
                    // ("Forty-one led to suspensions"; not "1.000 led lights".)
                    || ((w.hasSuffix("ed") && w.utf8.count > 4 && !DateRules.edAdjectives.contains(w)) || w == "led")
                        && word(k + 1).map({ ["the", "a", "an", "their", "its", "his", "her", "them", "it", "to"].contains($0) }) == true,
                !token.capitalized
            {
                break
            }
            // ("1,200 newly hired nurses", "51 exceptionally large stones": an adverb of a participle or an adjective before the
            // noun goes on.)
            if w.hasSuffix("ly") && w.count > 4 && !SubjectRules.lyModifiers.contains(w),
                !((word(k + 1).map { $0.hasSuffix("ed") && $0.utf8.count > 4 } == true
                    || word(k + 1).map {
                        !tokens[k + 1].capitalized && !SubjectRules.stopWords.contains($0) && !isPlural($0) && !$0.hasSuffix("ly")
                    } == true)
                    && word(k + 2).map { isPlural($0) && !tokens[k + 2].capitalized && !SubjectRules.stopWords.contains($0) } == true
                    && sameSentence(k, k + 2))
                    // ("3 million Monopoly sets", "40 holly bushes", "200 jelly babies": a word in "-ly" right before the plural it
                    // counts is a noun of it, no adverb.)
                    && !(word(k + 1).map { isPlural($0) && !SubjectRules.stopWords.contains($0) && !$0.hasSuffix("ly") } == true
                        && sameSentence(k, k + 1))
            {
                break
            }
            // ("lost four of five despite two solid performances": another number starts another phrase.)
            if NumberRules.units[w] != nil, !tightHyphen(k + 1) { break }  // ("40 two-bedroom apartments" goes on)
            // ("12 water-bombing aircraft", "36 road resurfacing schemes": a noun in "-ing" before the plural head goes on.)
            if w.hasSuffix("ing") && !SubjectRules.ingNouns.contains(w) && !words.isEmpty,
                !(word(k + 1).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } == true && sameSentence(k, k + 1)
                    && !tokens[k + 1].capitalized)
            {
                break
            }
            if !words.isEmpty, !token.spaceBefore, tokens[k - 1].norm != "-", !isInitialismDot(k - 1) { break }
            if token.capitalized, words.isEmpty, tokens[k].newlineBefore { break }
            // ("62 percent of the electricity came from coal", "40% of revenue comes from the iPhone": a verb
            // after a singular noun ends the phrase.)
            if singularAllowed, pluralAt == nil, !words.isEmpty, !token.capitalized,
                SubjectRules.singularVerbs.contains(w) || SubjectRules.elisionVerbs.contains(w)
                    || DateRules.irregularPastVerbs.contains(w)
                    || (w.hasSuffix("ed") && w.utf8.count > 3 && !DateRules.edAdjectives.contains(w))
            {
                break
            }
            words.append(k)
            if isPlural(bareWord(k) ?? w) || w.hasSuffix("'s") {
                pluralAt = k
                if w.hasSuffix("'s") { break }
                // ("550 farmers' markets", "30 workers' cooperatives": a plural's possessive before the places or bodies counted;
                // "12 members' fees" counts the members.)
                if let q = symbol(k + 1), q == "'" || q == "’", attached(k + 1), let n = word(k + 2), tokens[k + 2].spaceBefore,
                    !tokens[k + 2].capitalized, SubjectRules.headsAfterPossessives.contains(n), sameSentence(k, k + 2),
                    words.count < SubjectRules.maximumWords - 1
                {
                    words.append(k + 2)
                    pluralAt = k + 2
                    k += 3
                    continue
                }
                // ("3.7 million data-centre GPUs": a plural that opens a hyphenated compound modifies the noun after it.)
                if tightHyphen(k + 1), word(k + 2) != nil, sameSentence(k, k + 2), words.count < SubjectRules.maximumWords - 1 {
                    k += 1
                    continue
                }
                // "23 major singles titles", "300 sports clubs", "5,000 savings accounts": a noun in "s"
                // before another plural is its modifier; the head is the last.
                // (Only nouns used so, and acronyms: "two SLS missions"; not "three ad units results in".)
                // ("250 Abrams tanks", "15 Mercedes vans": a capitalised name in "s" before a lower-case plural too.)
                let raw = text(k, k)
                let modifier =
                    SubjectRules.pluralModifiers.contains(w) || (raw.utf8.count >= 2 && raw == raw.uppercased())
                    || token.capitalized
                if modifier, let n = word(k + 1), tokens[k + 1].spaceBefore, !tokens[k + 1].capitalized, sameSentence(k, k + 1),
                    !SubjectRules.stopWords.contains(n), isPlural(n), !SubjectRules.elisionVerbs.contains(n),
                    words.count < SubjectRules.maximumWords - 1, !(k + 2 < tokens.count && tokens[k + 2].kind == .number),
                    // (Nor a verb of price before an amount: "A pack of 1,000 V-Bucks costs £6.99"; not "Two Lakers tickets $800".)
                    !(SubjectRules.verbsOfPrice.contains(n) && currencySign(k + 2))
                {
                    k += 1
                    continue
                }
                // ("Nurses held 12 days of strikes", "10 days of industrial action": days or weeks given or taken are counted with
                // what they are of, a plural too, and a modifier's noun; not months or years, a period, "Three months of protests
                // forced him out", nor days a preposition of time spans, "Over 12 days of strikes, 300,000 operations were put off".)
                if SubjectRules.countedDaysUnits.contains(w), word(k + 1) == "of", let n = word(k + 2),
                    SubjectRules.countedDaysOf.contains(n),
                    sameSentence(k, k + 2), !(word(last - 1).map(SubjectRules.prepositionsOfTimeSpans.contains) ?? false)
                {
                    let modified = SubjectRules.modifiersOfCountedDays.contains(n)
                    let head =
                        modified && k + 3 < tokens.count && !tokens[k + 3].capitalized && sameSentence(k, k + 3)
                            && (word(k + 3).map { !SubjectRules.stopWords.contains($0) } ?? false) ? k + 3 : nil
                    if !modified || head != nil {
                        words.append(k + 1)
                        words.append(k + 2)
                        if let head { words.append(head) }
                        pluralAt = head ?? k + 2
                        break
                    }
                }
                // "heads of state", "members of parliament": "of" and one bare noun finish the phrase (not the first word of a
                // hyphenated compound, "tonnes of hand-rolling tobacco").
                if word(k + 1) == "of", let n = word(k + 2), sameSentence(k, k + 2), !SubjectRules.stopWords.contains(n),
                    !tightHyphen(k + 3),
                    !tokens[k + 2].capitalized, !isPlural(n) || n.hasSuffix("ss") || SubjectRules.sameInThePlural.contains(n),
                    word(k + 3).map({ SubjectRules.stopWords.contains($0) || SubjectRules.elisionVerbs.contains($0) || $0.hasSuffix("ed") })
                        ?? true
                {
                    words.append(k + 1)
                    words.append(k + 2)
                    pluralAt = k + 2
                    break
                }
                // "countries and regions", "buyers and sellers" (not "350 beds and treats 40,000 patients",
                // where a number with a plural noun, or an article not of a rate like "a month", after the
                // word makes it a verb).
                // ("won six matches and sits third": an ordinal or a possessive determiner after it too.)
                // (And "120 police officers and raises property taxes": a noun and a plural after it, the verb's object.)
                // ("25,000 two-wheelers and charges Rs 2 a minute": an amount after it, the verb's object.)
                let amountFollows =
                    k + 4 < tokens.count && tokens[k + 4].kind == .number && sameSentence(k, k + 4)
                    && (currencySign(k + 3) || currencyAbbreviation(at: k + 3) != nil)
                // ("25 cameras and plans 40 more next year": a number of more of them after it.)
                let moreFollow =
                    k + 4 < tokens.count && tokens[k + 3].kind == .number && sameSentence(k, k + 4)
                    && (word(k + 4).map { ["more", "fewer", "new", "extra", "additional", "others"].contains($0) } ?? false)
                // ("holds more than 170 million items and adds some 3 million": a bound before the verb's number.)
                let boundedNumberFollows = (k + 4...k + 5).contains { j in
                    j < tokens.count && tokens[j].kind == .number && sameSentence(k, j) && bound(before: j).1 == k + 3
                }
                let objectFollows =
                    amountFollows || moreFollow || boundedNumberFollows
                    || k + 3 < tokens.count && sameSentence(k, k + 3)
                        && ((tokens[k + 3].kind == .number
                            && (word(k + 4).map { isPlural($0) || NumberRules.scaleWords[$0] != nil } == true
                                // ("keeps 300 cows and milks 250 twice a day": a bare number after it, the verb's object; not a
                                // duration or a share, "300 doctors and nurses 24 hours a day", nor an age, "50 boys and girls 12
                                // and under", "aged 12-16".)
                                || !(word(k + 4).map(SubjectRules.durationUnits.contains) == true
                                    || symbol(k + 4).map { ["%", "-", "–"].contains($0) } == true
                                    || word(k + 4).map { ["percent", "per", "and", "or", "to", "through"].contains($0) } == true
                                    || word(k + 4).map(NameRules.ageBoundWords.contains) == true)
                                // ("employs nearly 200 workers and produces 24 different products": over its modifiers.)
                                || (k + 5...k + 6).contains { j in
                                    sameSentence(k, j) && word(j).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } == true
                                        && (k + 4..<j).allSatisfy { word($0).map { !SubjectRules.stopWords.contains($0) } == true }
                                }))
                            // (Not a past verb after a plural joined: "12 boys and girls received awards".)
                            || (word(k + 3).map { !SubjectRules.stopWords.contains($0) && !isPlural($0) && !DateRules.isPastForm($0) }
                                == true
                                && !tokens[k + 3].capitalized
                                && word(k + 4).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } == true
                                && sameSentence(k, k + 4))
                            || (["a", "an", "the"].contains(tokens[k + 3].norm) && !SubjectRules.rateUnits.contains(word(k + 4) ?? ""))
                            || SubjectRules.objectStarts.contains(tokens[k + 3].norm))
                // (Not a verb of intent before "to": "has 18 million customers and aims to reach 25 million".)
                if let c = word(k + 1), c == "and" || c == "or", let n = word(k + 2), sameSentence(k, k + 2),
                    !SubjectRules.stopWords.contains(n), isPlural(n), !(DateRules.intentBeforeTo.contains(n) && word(k + 3) == "to"),
                    // (Not a verb: "takes about 10 minutes and gives 470ml".)
                    !SubjectRules.singularVerbs.contains(n), !SubjectRules.verbsAfterCounts.contains(n),
                    !(word(k + 3).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } ?? false), !objectFollows
                {
                    words.append(k + 1)
                    words.append(k + 2)
                    pluralAt = k + 2
                } else if let c = word(k + 1), c == "and" || c == "or", let m = word(k + 2), let n = word(k + 3), sameSentence(k, k + 3),
                    !SubjectRules.stopWords.contains(m), !tokens[k + 2].capitalized, !isPlural(m), !DateRules.isPastForm(m),
                    NumberRules.units[m] == nil, isPlural(n), !SubjectRules.stopWords.contains(n), !tokens[k + 3].capitalized,
                    // (Before their verb, or at the clause's end: "trained 300 teachers and school leaders.", "plans to hire 50 nurses
                    // and junior doctors."; after an infinitive's or a modal's verb, a base verb after "and" starts its own object:
                    // "plans to open 30 stores and expand operations.")
                    word(k + 4).map({ DateRules.isPastForm($0) || SubjectRules.elisionVerbs.contains($0) }) == true
                        || (clauseEnds(after: k + 3)
                            && (!SubjectRules.baseVerbsAfterAnd.contains(m)
                                || !(max(0, last - 5)..<last).contains { j in
                                    sameSentence(j, last)
                                        && (word(j).map { $0 == "to" || DateRules.conditionalModals.contains($0) || $0 == "will" } ?? false)
                                }))
                {
                    // ("20 presidents and prime ministers met", "12 schools and local hospitals closed": a plural after a modifier,
                    // before its verb or the clause's end.)
                    words.append(contentsOf: [k + 1, k + 2, k + 3])
                    pluralAt = k + 3
                }
                break
            }
            k += 1
        }
        var end: Int?
        if let pluralAt { end = pluralAt } else if singularAllowed, let lastWord = words.last { end = lastWord }
        guard var endIndex = end, var startIndex = words.first else {
            // Nothing counted after the number: "25 have materialized", "an increase of 17 from".
            // Only a verb right after the number makes the subject clearly elided: one of
            // `SubjectRules.elisionVerbs`, or a lower-case past form that no noun follows ("3 people were
            // killed and 12 injured in the crash", "five swiped away"; not "a third undisclosed buyer", nor
            // a box score's "(10 combined)").
            // ("980 ran on time, 190 were delayed": an irregular past too.)
            // ("Thirteen made the longlist", "1,150 waited longer than 104 days": a past that is a participle too, and an
            // adverb of how long or how far after it.)
            let pastVerb = { (w: String) -> Bool in
                let regular = w.hasSuffix("ed") && w.utf8.count > 4 && !DateRules.edAdjectives.contains(w) && symbol(last - 1) != "("
                // ("while about 1.1 million missed it": a pronoun object too.)
                // ("Of the 1,480 reported assaults, 312 led to a charge": pasts too short for the "-ed" test.)
                return
                    (regular || DateRules.irregularPastVerbs.contains(w) || DateRules.pastOrParticiple.contains(w)
                    || SubjectRules.irregularParticiples.contains(w) || SubjectRules.participlesReferringBack.contains(w) || w == "led"
                    || w == "sped")
                    && !tokens[last + 1].capitalized
                    && (self.word(last + 2).map {
                        SubjectRules.stopWords.contains($0) || $0 == "it" || $0 == "them" || SubjectRules.adverbsAfterVerbs.contains($0)
                            // ("of which 620 collapsed entirely": an adverb in "-ly" that ends the clause or comes before a stop word.)
                            || (self.adverbInLy(last + 2) && (self.word(last + 3).map(SubjectRules.stopWords.contains) ?? true))
                    } ?? true)
            }
            // ("Some 15,000 of those had not upgraded", "with about 1,600 still open".)
            let partitive = word(last + 1) == "of" && (word(last + 2).map { SubjectRules.referringPronouns.contains($0) } ?? false)
            // ("and 12 now open only at weekends", "Forty have since closed": over an adverb of time before the verb.)
            let verbAt = word(last + 1).map(SubjectRules.adverbsBeforeElisionVerbs.contains) == true ? last + 2 : last + 1
            let elided =
                partitive || word(last + 1) == "still"
                || (word(verbAt).map {
                    SubjectRules.elisionVerbs.contains($0) || pastVerb($0) || SubjectRules.verbsAfterCounts.contains($0)
                }
                    ?? false)
            return (nil, nil, elided)
        }
        _ = endIndex
        // Drop modifiers that do not narrow the subject: "22 other activities" → "activities".
        // (Not one joined to another: "12 new and used cars"; nor "New" that opens a place's name: "3,000 New Zealanders", "40
        // New York firms", not "30 New Branches".)
        while startIndex < endIndex, let w = word(startIndex), SubjectRules.droppedModifiers.contains(w),
            !(word(startIndex + 1).map { $0 == "and" || $0 == "or" } ?? false),
            !(w == "new" && tokens[startIndex].capitalized && startIndex + 1 < tokens.count && tokens[startIndex + 1].capitalized
                && word(startIndex + 1).map(NameRules.namesAfterNew.contains) == true)
        {
            guard let nextIndex = words.first(where: { $0 > startIndex }) else { break }
            startIndex = nextIndex
        }
        if let w = word(endIndex), w.hasSuffix("'s") {
            // "26 companies' …" is rare; a possessive head is still the subject.
            endIndex = endIndex + 0
        }
        var subject = text(startIndex, endIndex)
        if subject.hasSuffix("'s") || subject.hasSuffix("’s") { subject = String(subject.dropLast(2)) }
        return (Self.collapse(subject), endIndex, false)
    }

    /// Where a model's number is at `k`: "787" itself, or after the model's letters ("A350", "F-35");
    /// nil when no number of at most five digits is there.
    func modelNumber(at k: Int) -> Int? {
        guard k < tokens.count else { return nil }
        var j = k
        if tokens[j].kind == .word, tokens[j].capitalized, tokens[j].norm.utf8.count <= 3 {
            if attached(j + 1), j + 1 < tokens.count, tokens[j + 1].kind == .number {
                j += 1
            } else if symbol(j + 1) == "-", attached(j + 1), attached(j + 2), j + 2 < tokens.count, tokens[j + 2].kind == .number {
                j += 2
            }
        }
        guard tokens[j].kind == .number, tokens[j].integer != nil, tokens[j].norm.utf8.count <= 5 else { return nil }
        return j
    }

    /// Whether the word at `k` starts in lower case and has a capital after it: "iPhone", "eBay", "iPad".
    func innerCapital(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word, !tokens[k].capitalized else { return false }
        return bytes[(tokens[k].start + 1)..<tokens[k].end].contains { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// Whether the token at `k` is a capitalised word that is no stop word: a part of a name.
    func isNameWord(_ k: Int) -> Bool {
        k < tokens.count && tokens[k].kind == .word && tokens[k].capitalized && !SubjectRules.stopWords.contains(tokens[k].norm)
    }

    /// The last token of a maker and model at `k` ("Airbus A350-900", "Boeing 737-800", "Boeing 787 Max")
    /// when a lower-case noun follows it; nil otherwise.
    func modelName(at k: Int) -> Int? {
        // ("52 million iPhone 16 handsets": a name with a capital inside it.)
        guard k + 2 < tokens.count, tokens[k].kind == .word, tokens[k].capitalized || innerCapital(k),
            !SubjectRules.stopWords.contains(tokens[k].norm)
        else { return nil }
        var j = k + 1
        // ("36 F-35A jets", "48 F-16 fighters", "50 A321neo aircraft": a model of letters and digits with no maker, and the
        // letters against its number.)
        if let number = modelNumber(at: k), number > k, sameSentence(k, number) {
            j = hyphenChain(from: number).last
            if attached(j + 1), j + 1 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].norm.utf8.count <= 3 { j += 1 }
        } else {
            // "Lockheed Martin F-35": a maker of two words, when a model follows.
            if isNameWord(j), modelNumber(at: j + 1) != nil { j += 1 }
            guard let number = modelNumber(at: j), sameSentence(k, number) else { return nil }
            j = hyphenChain(from: number).last
        }
        if let w = word(j + 1), SubjectRules.modelSuffixes.contains(w) { j += 1 }
        // "20 Boeing 787-9 Dreamliner aircraft": the model's name may follow its number.
        var named = 0
        while named < 2, isNameWord(j + 1), sameSentence(j, j + 1) {
            j += 1
            named += 1
        }
        // ("30 Airbus A350-900 widebody jets": one modifier may stand before the noun.)
        var n = j + 1
        if let m = word(n), !tokens[n].capitalized, !SubjectRules.stopWords.contains(m), !isPlural(m), let after = word(n + 1),
            !tokens[n + 1].capitalized, isPlural(after) || SubjectRules.singularUnits.contains(after), sameSentence(n, n + 1)
        {
            n += 1
        }
        guard let noun = word(n), !tokens[n].capitalized, !SubjectRules.stopWords.contains(noun),
            isPlural(noun) || SubjectRules.singularUnits.contains(noun)
        else { return nil }
        return j
    }

    /// Whether the "." at `k` belongs to a dotted initialism of capital letters: either dot of "U.S."
    /// before a word ("U.S. adults"), not a sentence's full stop after a word.
    func isInitialismDot(_ k: Int) -> Bool {
        guard symbol(k) == ".", attached(k), let letter = word(k - 1), letter.utf8.count == 1, tokens[k - 1].capitalized else {
            return false
        }
        // The inner dot: a capital letter follows against it.
        if attached(k + 1), let next = word(k + 1), next.utf8.count == 1, tokens[k + 1].capitalized { return true }
        // The last dot: a letter and a dot before, a word after, in one sentence.
        return symbol(k - 2) == "." && attached(k - 1) && word(k + 1) != nil && sameSentence(k, k + 1)
    }

    /// What a money amount measures, from the words before it: "a total investment of US$10.9 billion",
    /// "an anticipated purchasing volume exceeding $5 billion".
    func moneySubject(before first: Int) -> String? {
        var link = first - 1
        // "upwards of €21 billion", "just shy of £16bn": the bound's "of" links nothing; look before the bound.
        if word(link) == "of", let entries = BoundRules.byLastWord["of"] {
            if let entry = entries.first(where: { matches($0.words, at: link - $0.words.count + 1) }) { link -= entry.words.count }
        }
        guard link >= 0, sameSentence(link, first), let w = word(link) else { return nil }
        guard MoneyRules.subjectLinks.contains(w) else { return nil }
        if w == "at", word(link - 1) == "valued" { link -= 1 }
        // "The stock trades at $45", "Gold futures settled at $2,180", "was listed at $1.2 million":
        // the verb before "at" is not what is measured; the phrase before it may be.
        // ("14% higher at €2.3bn": a comparative names nothing.)
        if w == "at", let v = word(link - 1), ChangeRules.after[v] != nil || ChangeRules.comparativesOfMarkets[v] != nil { return nil }
        if w == "at", let v = word(link - 1), MoneyRules.priceVerbs.contains(v) || (v.hasSuffix("ed") && v != "valued") {
            link -= 1
            // "it's priced at $399", "was listed at": nothing named before the verb.
            if let b = word(link - 1), SubjectRules.stopWords.contains(b) || b.hasSuffix("'s") { return nil }
        }
        var k = link - 1
        var words: [Int] = []
        while k >= 0, sameSentence(k, first), words.count < 4 {
            // "full-year revenue": a hyphenated modifier is part of the phrase.
            if !words.isEmpty, tightHyphen(k), word(k - 1) != nil {
                k -= 1
                continue
            }
            guard let v = word(k) else { break }
            if ["a", "an", "the", "its", "their", "his", "her", "our", "this", "that"].contains(v) { break }
            if SubjectRules.stopWords.contains(v) || tokens[k].capitalized { break }
            if !tokens[k + 1].spaceBefore && tokens[k + 1].kind == .word { break }
            words.insert(k, at: 0)
            k -= 1
        }
        guard let start = words.first, let end = words.last else { return nil }
        // ("Tickets sold out within 12 days at €38": a span of time counted just before "at" is no thing priced; "Thunderbolt
        // 3 docks start at $199" still names the docks.)
        if w == "at", start > 0, tokens[start - 1].kind == .number || NumberRules.units[tokens[start - 1].norm] != nil,
            word(end).map(SubjectRules.durationUnits.contains) == true
        {
            return nil
        }
        // A verb left of the phrase ("has signed deals worth …", "expects operating profit of …") is not part of it.
        var from = start
        if let v = word(start), from < end,
            SubjectRules.reportingVerbs.contains(v) || SubjectRules.verbsBeforeAmountNouns.contains(v)
                || (v.hasSuffix("ed") && !(word(start - 1).map { ["a", "an", "the", "its", "their"].contains($0) } ?? false))
                // (", generating claims of about C$1.2 billion": a participle opening its clause after a comma; not "operating
                // profit of".)
                || (v.hasSuffix("ing") && symbol(start - 1) == ",")
        {
            from = words[1]
        }
        // "The firm expects revenue of $2 billion": a verb inside the phrase ends the part before it.
        // ("The gang stole goods worth Rs 4.5 crore": a past verb the same.)
        if let verb = words.dropLast().last(where: { k in
            word(k).map {
                SubjectRules.reportingVerbs.contains($0) || DateRules.irregularPastVerbs.contains($0)
                    || SubjectRules.pastVerbsBeforeAmounts.contains($0)
            } ?? false
        }),
            verb >= from, let next = words.first(where: { $0 > verb })
        {
            from = next
        }
        return Self.collapse(text(from, end))
    }

    /// Whether a verb stands in the clause after `k`, up to eight words on: a past form, or a present in "-s" before another
    /// ("the rig employs earns"; not "in two shifts", "the entries", plurals).
    func verbLaterInClause(after k: Int) -> Bool {
        var j = k + 1
        while j <= k + 8, !clauseEnds(after: j - 1), let w = word(j) {
            if !tokens[j].capitalized,
                DateRules.isPastForm(w) || (Self.presentVerbForm(w) && Self.presentVerbForm(word(j + 1)) && sameSentence(j, j + 1))
            {
                return true
            }
            j += 1
        }
        return false
    }

    /// "The number of cases hit 142": the subject named before the count.
    /// "A crowd of 90,185 watched", "a population of 5 million": the group whose size the number is (not
    /// "a fleet of 400 737 Max jets": a name or another number after it is what is counted).
    func groupSubject(first: Int, last: Int) -> String? {
        guard word(first - 1) == "of", let group = word(first - 2), SubjectRules.groupNouns.contains(group), sameSentence(first - 2, first)
        else { return nil }
        if last + 1 < tokens.count, sameSentence(last, last + 1), tokens[last + 1].kind == .number || tokens[last + 1].capitalized {
            return nil
        }
        return text(first - 2, first - 2)
    }

    func numberOfSubject(before first: Int) -> String? {
        var k = first - 1
        var steps = 0
        // ("The number of pupils eligible for free school meals in England rose 6% to 2.1 million": up to sixteen words back,
        // within the clause.)
        while k > 0, sameSentence(k, first), steps < 16, symbol(k) != ",", symbol(k) != ";" {
            if word(k) == "number", word(k + 1) == "of", let text = countSubject(after: k).text { return text }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// "Measles cases rose to 127", "Vacancies fell by 26,000 on the quarter to 932,000", "Complaints
    /// totalled 4,500": the plural noun before a verb of change or level, with the figure after the verb
    /// over words of its phrase only (no comma, no other verb).
    /// `overAnd`: read a second verb of change after "but" or "and" (once only: not again for the first verb's figure).
    func changeVerbSubject(before first: Int, figureEnd: Int, overAnd: Bool = true) -> String? {
        // Not a figure that modifies a noun ("slumped to a 2-3 defeat"), nor a score ("Rangers hit 40 in the first half").
        if let next = word(figureEnd + 1), sameSentence(figureEnd, figureEnd + 1), !tokens[figureEnd + 1].capitalized,
            !SubjectRules.stopWords.contains(next)
        {
            return nil
        }
        var v = first - 1
        while v >= first - ChangeRules.maximumPathTokens, v > 0, sameSentence(v, first) {
            let token = tokens[v]
            if token.kind == .word {
                // (A noun of change, or "up"/"down", is the verb after a plural: "transits rise to 36", "with poaching
                // deaths down to 9".)
                // (So is one after a modal, "to" or "are": "are likely to fall to about 1,600", "may dip below 90,000",
                // "Arrests are down to 120".)
                // (Read only for a word of change: most words of the path are none.)
                let afterPlural = { () -> Bool in
                    word(v - 1).map {
                        (isPlural($0) && !SubjectRules.stopWords.contains($0)) || ChangeRules.beforeVerbs.contains($0) || $0 == "are"
                            // ("Circulation is down 8% to 310,000": "is" after a noun of a count.)
                            || ($0 == "is" && v >= 2 && namesACount(v - 2))
                    } == true
                        // ("Avalanche Deaths Fall To 9": a capitalised plural in a headline in title case.)
                        && (!tokens[v - 1].capitalized || v == 1 || !sameSentence(v - 2, v - 1) || headlineSentence(v))
                        || pluralBeforePhrase(v)
                }
                // (A verb of markets too, before a count with its new level: "Jobless claims dipped 5,000 to 227,000".)
                if ChangeRules.levelVerbs.contains(token.norm)
                    || (ChangeRules.levelVerbsBeforeAt.contains(token.norm) && word(v + 1) == "at")
                    || (ChangeRules.beforeAmounts[token.norm] != nil && word(figureEnd + 1) == "to")
                    || (ChangeRules.before[token.norm] != nil
                        && (!ChangeRules.nounsNeedingOf.contains(token.norm) && ChangeRules.levelChanges[token.norm] == nil
                            || !ChangeRules.onlyNouns.contains(token.norm) && afterPlural()))
                {
                    break
                }
                // ("fell 82% between 1987 and 2024 to about 500", "fell 82% since 1987 to about 500": over a date and its
                // preposition.)
                // ("Fish kills have risen sharply, to 37": over an adverb in "-ly" too.)
                guard
                    ChangeRules.pathWords.contains(token.norm) || dateCovers(v)
                        || (DateRules.datePrepositions.contains(token.norm) && dateCovers(v + 1))
                        || adverbInLy(v)
                else { return nil }
            } else if token.kind == .symbol, [",", ";", ":", "(", ")", "\"", "“", "”"].contains(token.norm) {
                // (A comma just before "to" and the level: "dropped 17 per cent compared with 2023, to about 9,600".)
                if token.norm != "," || word(v + 1) != "to" { return nil }
            }
            v -= 1
        }
        guard v > 0, v >= first - ChangeRules.maximumPathTokens, sameSentence(v - 1, first) else { return nil }
        // ("Subway Ridership Tops 4 Million", "Attendance at Glastonbury passes 210,000", "Deaths From Heat Tops 2,000": a present
        // of a headline has a plural or a noun of a count right before it, or before a preposition's phrase of up to four
        // words; not a plural in such a phrase, "Temperature in northern states hits 48", nor one a count before counts,
        // "Survivor who saved 600 children hits 100".)
        if ChangeRules.presentLevelVerbs.contains(tokens[v].norm), !presentLevelVerbHasHead(v) { return nil }
        var end = v - 1
        // "Cases have risen to 127", "subscriptions are expected to pass 2.9 billion", "subscriptions worldwide rose".
        var skipped = 0
        // ("The firm aims to reach 25 million": a verb of intent before "to" too.)
        while skipped < 4, end > 0, let w = word(end),
            ChangeRules.auxiliaries.contains(w) || ChangeRules.beforeLevelVerbs.contains(w)
                || (DateRules.intentBeforeTo.contains(w) && word(end + 1) == "to"),
            sameSentence(end, first)
        {
            end -= 1
            skipped += 1
        }
        // ("Tourist arrivals fell 8% in May but rose 12% to 2.3 million": a second verb of change after "but" or "and" has
        // the first one's subject.)
        if overAnd, let w = word(end), w == "but" || w == "and",
            let earlier = candidates.last(where: { $0.kind != .date && $0.lastToken < end }), earlier.change != nil,
            end - earlier.lastToken <= 8, sameSentence(earlier.firstToken, end)
        {
            return changeVerbSubject(before: earlier.firstToken, figureEnd: earlier.lastToken, overAnd: false)
        }
        // ("Fruit and vegetable portions per child fell from 3.1 to 2.6": over a rate's "per" and its noun.)
        if end >= 2, word(end - 1) == "per", word(end).map({ !SubjectRules.stopWords.contains($0) }) == true, sameSentence(end - 2, first) {
            end -= 2
        }
        // (Up to two adverbs: "Overnight stays almost certainly topped 30 million".)
        var adverbs = 0
        while adverbs < 2, let w = word(end), !tokens[end].capitalized,
            ChangeRules.adverbsAfterSubject.contains(w) || (w.hasSuffix("ly") && w.utf8.count > 4 && !isPlural(w))
        {
            end -= 1
            adverbs += 1
        }
        // ("Ticket sales for 'Barbie 2' reached 12 million": over a title's closing quote and a name's number.)
        while end > 1, sameSentence(end, first), (symbol(end).map(NameRules.quoteMarks.contains) ?? false) || namesNumber(end) {
            end -= 1
        }
        // ("Traffic deaths in the U.S. fell 3.8%": over a dotted initialism, the place's last word.)
        var letters = 0
        var k = end
        while k >= 1, symbol(k) == ".", attached(k), let l = word(k - 1), tokens[k - 1].capitalized, l.utf8.count == 1,
            letters == 0 || attached(k + 1)
        {
            k -= 2
            letters += 1
        }
        if letters >= 2 { end = k }
        // (A level reached in a game is a score: "The Lakers' points reached 110 in the fourth quarter".)
        let levelVerb = ChangeRules.levelVerbs.contains(tokens[v].norm)
        if levelVerb, sportsSentence(first) { return nil }
        // "Burglaries in the borough rose to 2,341": a place or time after the noun is passed over.
        // ("Shoplifting offences in England and Wales hit a record 530,643": a capitalised place in "s" is no plural.)
        // (So is a plural after a plural: "Applications to nursing courses jumped to 41,000" counts applications; not
        // after a word of change, "Rises in prices hit 530".)
        var phraseStart: Int?
        if let head = word(end), !namesACount(end) {
            let pluralHead = isPlural(head) && !tokens[end].capitalized
            // ("Seizures of crystal meth rose to 1,120": a mass noun after a plural's "of", one or two words.)
            let massHead = !isPlural(head) && !tokens[end].capitalized && !SubjectRules.stopWords.contains(head)
            // (Back over up to six words and as many prepositions: "ticket sales for the Open at Royal Portrush reached
            // 278,000", "Entries for the Comrades Marathon in Durban closed at 25,000".)
            var p = end - 1
            var found: Int?
            var ofHeadEnd: Int?
            var phraseEnd: Int?
            var words = 0
            // (A tight hyphen is no word: "short-course".)
            // (Over a count after a determiner in the phrase too: "Volunteer hours logged by its 28 teams rose to more than
            // 41,000"; not a figure of another clause, "Sales rose in 12 markets and fell in 3".)
            // (And over a title in quotes or a name's number: "Ticket sales for 'Barbie 2' reached 12 million".)
            while words < 6, p > 0, end - p <= 14, sameSentence(p, end),
                word(p) != nil || tightHyphen(p)
                    || (tokens[p].kind == .number && (determinerOrPossessive(p - 1) || namesNumber(p)))
                    || (tokens[p].kind == .symbol && NameRules.quoteMarks.contains(tokens[p].norm))
            {
                guard let w = word(p) else {
                    if tokens[p].kind == .number, !namesNumber(p) { words += 1 }
                    p -= 1
                    continue
                }
                // (A place's capitalised words take none of the six: "at the open-air concerts in Hyde Park topped"; nor do
                // prepositions and determiners, "The death toll from the landslide at the jade mine in Hpakant rose to 174",
                // within fourteen tokens.)
                if !tokens[p].capitalized, !ChangeRules.subjectPrepositions.contains(w), !DateRules.determiners.contains(w) { words += 1 }
                // ("Membership of the union peaked at 860,000": "of" after a noun of a count only.)
                // (Not "count" or "roll", whose "of" names what is counted: "The count of homeless people rose to 3,200".)
                let ofCount =
                    w == "of"
                    && (word(p - 1).map { SubjectRules.countHeads.contains($0) && !SubjectRules.headsOfWhatTheyCount.contains($0) }
                        ?? false)
                // ("Loans of e-books rose 22 per cent to 3.1 million": a plural head before "of" and a plural opens the subject,
                // "Loans of e-books"; not a scale, a unit or a word of a count, "Thousands of jobs", "Tonnes of waste", "Numbers of
                // visitors", nor a change, "Rises of 4% in prices".)
                // ("Seizures of ketamine at the border rose": the head after "of" may stand before a place's preposition.)
                let ofEnd = ofHeadEnd ?? end
                let ofPlural = ofHeadEnd == nil ? pluralHead : word(ofEnd).map(isPlural) == true
                let ofMass = ofHeadEnd == nil ? massHead : !ofPlural
                if w == "of", ofEnd - p <= 4,
                    // ("Registrations of plug-in hybrids": a stop word after a tight hyphen is part of the compound.)
                    (p + 1..<ofEnd).allSatisfy({
                        tightHyphen($0) || (tightHyphen($0 - 1) && word($0) != nil)
                            || word($0).map(SubjectRules.stopWords.contains) == false
                    }),
                    ofPlural || (ofMass && ofEnd - p <= 2), let h = word(p - 1), isPlural(h),
                    !tokens[p - 1].capitalized || !sameSentence(p - 2, p - 1), !SubjectRules.stopWords.contains(h),
                    NumberRules.scaleWords[h] == nil, !NumberRules.measurementUnits.contains(h), ChangeRules.before[h] == nil,
                    !SubjectRules.pluralsOfWhatTheyCount.contains(h), !SubjectRules.groupNouns.contains(String(h.dropLast())),
                    !ChangeRules.earlierLevelNouns.contains(String(h.dropLast()))
                {
                    phraseStart = p - 1
                    phraseEnd = ofEnd
                }
                // (A participle's particle: "Emergency parcels handed out by the food bank network rose".)
                let particle = word(p - 1).map(SubjectRules.verbParticles.contains) == true && word(p - 2).map(DateRules.isPastForm) == true
                // ("Student visas issued by the UK fell", "Volunteer hours logged with the charity fell": a participle's agent.)
                // ("Passengers flying with Etihad rose 29%": a participle in "-ing" too.)
                let agent =
                    (w == "by" || w == "with")
                    && (particle || word(p - 1).map { DateRules.isPastForm($0) || Self.presentParticiple($0) } == true)
                if w != "of", ChangeRules.subjectPrepositions.contains(w), found == nil, ofHeadEnd == nil, let h = word(p - 1),
                    !tokens[p - 1].capitalized, !SubjectRules.stopWords.contains(h), !DateRules.isPastForm(h)
                {
                    ofHeadEnd = p - 1
                }
                if ChangeRules.subjectPrepositions.contains(w) || ofCount || agent {
                    // (A participle may stand between: "Parcels sent through Canada Post fell to 201 million".)
                    var n = particle ? p - 2 : p - 1
                    // ("Students living in halls rose to 12,000": a participle in "-ing" too.)
                    if let v = word(n), DateRules.isPastForm(v) || Self.presentParticiple(v), n > 0,
                        word(n - 1).map({ isPlural($0) && !SubjectRules.stopWords.contains($0) }) == true
                    {
                        n -= 1
                    }
                    // (The outermost such noun: "Attendance at the short-course worlds in Budapest reached 142,000".)
                    if n >= 0, sameSentence(n, end), let noun = word(n),
                        isPlural(noun) && !SubjectRules.stopWords.contains(noun) && (!pluralHead || ChangeRules.before[noun] == nil)
                            || namesACount(n)
                    {
                        found = n
                        phraseStart = nil
                    }
                } else if Self.presentParticiple(w), !tokens[p].capitalized, p > 0, sameSentence(p - 1, end),
                    word(p - 1).map({ isPlural($0) && !SubjectRules.stopWords.contains($0) }) == true,
                    !tokens[p - 1].capitalized || p == 1 || !sameSentence(p - 2, p - 1)
                {
                    // ("Migrants crossing the Channel rose to 45,000": a participle in "-ing" with its object.)
                    found = p - 1
                    phraseStart = nil
                }
                p -= 1
            }
            if let found {
                end = found
            } else if phraseStart != nil, let phraseEnd {
                end = phraseEnd
            }
        }
        // ("The death toll rose to 63": a noun that names a count is its own head.)
        // ("Avalanche Deaths Fall To 9 In Swiss Alps": a capitalised head in a headline in title case.)
        guard end >= 0, sameSentence(end, first), let head = word(end), isPlural(head) || namesACount(end) || phraseStart != nil,
            !SubjectRules.stopWords.contains(head),
            !tokens[end].capitalized || end == 0 || !sameSentence(end - 1, end) || headlineSentence(end)
        else { return nil }
        var start = phraseStart ?? end
        var modifiers = 0
        var hyphens = 0
        while modifiers < SubjectRules.maximumModifiersBeforeChangeVerbs, start > 0, sameSentence(start - 1, end) {
            // "single-core scores": a hyphenated modifier is one word.
            if tightHyphen(start - 1), start >= 2, word(start - 2) != nil, hyphens < 2 {
                start -= 2
                hyphens += 1
                continue
            }
            // (Not a past verb before the noun: "The weekend saw temperatures drop to minus 4".)
            // (Nor a possessor: "Japan's population fell" counts the population.)
            // (Nor a count's scale: "added 4.2 million subscribers to reach 470 million" counts subscribers.)
            // (Nor a word of a date read already: "Last year bus route closures rose" counts bus route closures.)
            // (Nor a sentence's first word that opens a clause: "However route closures rose".)
            guard let w = word(start - 1), !SubjectRules.stopWords.contains(w), !DateRules.determiners.contains(w), !w.hasSuffix("'s"),
                !DateRules.irregularPastVerbs.contains(w), !SubjectRules.verbsOpeningClauses.contains(w), NumberRules.scaleWords[w] == nil,
                !dateCovers(start - 1),
                !tokens[start - 1].capitalized
                    || (!NameRules.clauseOpenersBeforeCounts.contains(w) && !sameSentence(start - 2, start - 1))
                    // ("Honey Prices Jump 15% As Hive Losses Climb To 12,000", "Report Finds NHS Waiting Lists Hit 7.6 Million": in
                    // a headline every word is capitalised; not over a verb of saying or thinking, "Experts Fear Measles Cases Rise
                    // To 500".)
                    || (tokens[end].capitalized && headlineSentence(end) && !NameRules.capitalizedFunctionWords.contains(w)
                        && !NameRules.headlineVerbsBeforeClauses.contains(w))
            else { break }
            // (A third modifier only in a phrase of lower-case words, or the sentence's first word capitalised, and no verb's form
            // or function word: "Natural history museum visits rose", "Local bus route closures rose"; not "Rising bus fare
            // complaints", "Meanwhile bus route closures", nor a headline's, "Experts Fear Bus Route Closures Rise".)
            if modifiers == 2,
                headlineSentence(end) || (start...end).contains(where: { tokens[$0].capitalized })
                    || DateRules.isPastForm(w) || Self.presentParticiple(w) || w.hasSuffix("ly")
                    || NameRules.capitalizedFunctionWords.contains(w)
            {
                break
            }
            start -= 1
            modifiers += 1
        }
        // ("Wood-burning stove sales dropped", "Second-hand bike sales fell", "Out-of-town retail park closures rose": a
        // hyphenated compound is kept whole.)
        var joined = 0
        while joined < 3, tightHyphen(start - 1), start >= 2, word(start - 2) != nil, sameSentence(start - 2, end) {
            start -= 2
            joined += 1
        }
        return Self.collapse(text(start, end))
    }

    /// Whether the token at `v` is inside a date read already (the latest few only).
    func dateCovers(_ v: Int) -> Bool {
        for c in candidates.suffix(6).reversed() where c.kind == .date && c.firstToken <= v && v <= c.lastToken { return true }
        return false
    }

    /// Whether a rate of work follows a count within a few words: "40 suits a week", "4,000 logs a day for export", "3
    /// boards at once".
    func rateOfWorkFollows(_ figureEnd: Int) -> Bool {
        var k = figureEnd + 1
        while k < tokens.count, k <= figureEnd + 6, sameSentence(figureEnd, k) {
            guard let w = word(k) else {
                k += 1
                continue
            }
            // (Not a rate of service taken away: "cuts 25 trains a day from the timetable"; "cuts 6 blocks a day from the quarry
            // face" is work.)
            if ["a", "an", "per", "each", "every"].contains(w), let unit = word(k + 1), ChangeRules.workPeriods.contains(unit) {
                let taken =
                    word(k + 2) == "from"
                    && (k + 3...k + 6).contains { sameSentence(k, $0) && (word($0).map(ChangeRules.schedules.contains) ?? false) }
                return !taken
            }
            if w == "at", word(k + 1) == "once" { return true }
            k += 1
        }
        return false
    }

    /// Whether "from" and an earlier level follow the figure ending at `k`: "cut daily transits to 24 from 36" (then the
    /// object is what both count, not where the verb goes, as in "cut flights to 20 cities").
    func earlierLevelFollows(_ k: Int) -> Bool {
        // ("cut cruise calls to 80 in 2032 from 149", "to 24 next year from 36": over the new level's date.)
        var f = k + 1
        while f < tokens.count, f - k <= 6, sameSentence(k, f),
            consumed[f] || (word(f).map(ChangeRules.levelDatePrepositions.contains) == true && f + 1 < tokens.count && consumed[f + 1])
        {
            f += 1
        }
        guard word(f) == "from", sameSentence(k, f + 1) else { return false }
        // ("from about 36": over a bound of one word.)
        let n = word(f + 1).map { BoundRules.byLastWord[$0]?.contains { $0.words.count == 1 } ?? false } == true ? f + 2 : f + 1
        return n < tokens.count && tokens[n].kind == .number && sameSentence(k, n)
    }

    /// The object of a verb that changes it, a noun of a count, for its new level after "to": "cut the prison population
    /// (by 12%) to 341,000" → "prison population", "cut its workforce to 900" → "workforce"; any plural noun when an
    /// earlier level follows ("cut daily transits to 24 from 36" → "daily transits").
    /// So is the object of a verb of a cap before its "at" or "to": "will cap study permits at 437,000" → "study permits".
    func changedObjectSubject(before first: Int, figureEnd: Int) -> String? {
        var k = first - 1
        // ("cut its branches from 820 to 745": the level before, after "from", and the new one after it.)
        guard let preposition = word(k), preposition == "to" || preposition == "at" || preposition == "from", k >= 1 else { return nil }
        let capping = cappingVerb(before: k).flatMap { BoundRules.cappingVerbs[tokens[$0].norm] == preposition ? $0 : nil }
        guard preposition != "at" || capping != nil else { return nil }
        var fromTo = preposition == "from" && word(figureEnd + 1) == "to"
        k -= 1
        // (Over the change told before, "by 12%", or the level before, "from 820".)
        if consumed[k] {
            while k > 0, consumed[k], sameSentence(k, first) { k -= 1 }
            guard word(k) == "by" || word(k) == "from" else { return nil }
            fromTo = word(k) == "from"
            k -= 1
        }
        guard k >= 0 else { return nil }
        // ("cut weekly sailings on the Irish Sea to 42 from 56": over a place's name after the object.)
        if tokens[k].capitalized {
            var p = k
            while p > k - 4, p > 0, tokens[p].kind == .word, tokens[p].capitalized, sameSentence(p, first) { p -= 1 }
            if word(p) == "the" { p -= 1 }
            if p < k, let w = word(p), ChangeRules.prepositionsEndingObject.contains(w) { k = p - 1 }
        }
        let end = k
        // ("Quantum Firm IonQ Doubles Headcount To 1,200": in a headline of title case, capitalised.)
        let headline = titleCaseSentence(end)
        guard let head = word(end),
            SubjectRules.countHeads.contains(head) || ChangeRules.quantityNouns.contains(head)
                || (isPlural(head) && !SubjectRules.stopWords.contains(head)
                    && (capping != nil || fromTo || earlierLevelFollows(figureEnd))),
            !tokens[end].capitalized || headline
        else { return nil }
        var start = end
        while start > end - 2, let w = word(start - 1), !tokens[start - 1].capitalized || headline, !SubjectRules.stopWords.contains(w),
            !DateRules.determiners.contains(w), !w.hasSuffix("'s"), ChangeRules.byObject[w] == nil, start - 1 != capping
        {
            start -= 1
        }
        var v = start - 1
        if let w = word(v), DateRules.determiners.contains(w) || w.hasSuffix("'s") { v -= 1 }
        guard let verb = word(v), ChangeRules.byObject[verb] != nil || v == capping, sameSentence(v, first) else { return nil }
        return Self.collapse(text(start, end))
    }

    /// Whether "needs" at `k` after a number is the verb: before an object, "to" or a determiner ("The team of 40 needs a new
    /// coach", "One in 5 needs help", "needs to pass"), not the noun before a preposition, a conjunction, a plural or the
    /// clause's end ("40 needs in the community", "40 needs assessments", "12 needs and 30 wants").
    func needsIsAVerb(_ k: Int) -> Bool {
        guard let next = word(k + 1), sameSentence(k, k + 1), !clauseEnds(after: k) else { return false }
        if next == "to" || DateRules.determiners.contains(next) || next == "more" { return true }
        // (Not before a participle: "The 12 needs identified by the review".)
        return !SubjectRules.stopWords.contains(next) && !isPlural(next) && !DateRules.isPastForm(next) && !next.hasSuffix("ed")
    }

    /// "73.8 percent of the buyers" → "buyers".
    func ofSubject(after last: Int) -> String? {
        guard word(last + 1) == "of" else { return nil }
        return countSubject(after: last, singularAllowed: true).text
    }

    /// Counts whose subject is elided ("25 have materialized") take the subject of the nearest
    /// earlier count in the same sentence, or else in the sentence before.
    mutating func resolveElidedSubjects() {
        candidates.sort { $0.firstToken < $1.firstToken }
        // One pass: the subject of the latest count with one, and its sentence (a long sentence of
        // elided counts must not be walked back once per count).
        var latest: (subject: String, sentence: Int, first: Int, value: Double?)?
        var latestMain: (subject: String, sentence: Int, first: Int, value: Double?)?
        // (The count with a subject before the latest, when the latest is in a preposition's phrase after it in its sentence:
        // "destroyed 1,329 structures across five counties".)
        // (Or in a relative clause after it, for a count whose noun is elided that opens its clause: "Of the 14 tickets that
        // matched five numbers, 11 were bought online"; not "which destroyed 12 homes and damaged 30 more".)
        var whole: (subject: String, value: Double, relative: Bool)?
        for index in candidates.indices where candidates[index].kind == .count {
            // (Read once: nothing below writes the candidate before its subject is set.)
            let candidate = candidates[index]
            let sentence = tokens[candidate.firstToken].sentence
            // ("Reuters polled 64 economists. Of those, 51 expect a cut": a part of what was just counted, whatever follows.)
            let first = candidate.firstToken
            let partOfThose =
                candidate.subject == nil && first >= 3 && symbol(first - 1) == ","
                && (word(first - 2).map { SubjectRules.referringPronouns.contains($0) } ?? false)
                && (word(first - 3) == "of" || word(first - 3) == "among") && sameSentence(first - 3, first)
            // ("won 8.79 million votes, ahead of Atiku Abubakar's 6.98 million": a possessor's count of the same things,
            // nothing after it but the clause's end.)
            let last = candidate.lastToken
            let possessorsOwn =
                candidate.subject == nil && first >= 1 && !candidate.elided
                && (word(first - 1).map { $0.hasSuffix("'s") || $0.hasSuffix("’s") } ?? false) && comparedBefore(possessor: first - 1)
                && (clauseEnds(after: last) || possessorsCountFollows(last))
            // (The latest count with a subject is in this sentence, up to 16 tokens back.)
            let nearLatest = latest.map { $0.sentence == sentence && first - $0.first <= 16 } == true
            // ("has killed 63 people and infected 2,140 in Lagos", "destroyed 400 homes and damaged 1,200": a second verb's
            // count of the same things, a verb done to people of people and another of other things; not "felled 300 trees
            // and injured 14", "made 2,000 cars and employed 450", "carried 2 million passengers and operated 30,000".)
            // ("killing at least 27 people and injuring 140", "killed 27 people, injuring 140": a participle in "-ing" of a verb done
            // to people is read as its past, after "and" or a comma; not "five triple-doubles in 10 games, getting four in wins".)
            let ingAsPast = word(first - 1).flatMap { Self.presentParticiple($0) ? String($0.dropLast(3)) + "ed" : nil }
            let ingVerb = ingAsPast.map(SubjectRules.peopleVerbs.contains) == true
            // ("makes 4,000 loaves a day and sells 3,500", "employs 40 nurses and trains 12": a present after "and" where the count
            // before was a present's too, read as its past.)
            // (Not a verb of room, "serves 300 meals a night and seats 80", nor one of staff after another verb, "treats 5,000
            // patients a year and employs 800"; "employs 400 nurses and trains 30" counts nurses.)
            let pastOfVerb = first >= 2 && word(first - 2) == "and" ? word(first - 1).flatMap(Self.pastOfPresent) : nil
            let presentAsPast =
                pastOfVerb != nil
                    && latest.map { l in
                        l.sentence == sentence && Self.presentVerbForm(word(l.first - 1)) && !tokens[l.first - 1].capitalized
                            && (pastOfVerb.map(SubjectRules.staffVerbs.contains) != true
                                || word(l.first - 1).flatMap(Self.pastOfPresent).map(SubjectRules.staffVerbs.contains) == true)
                    } == true && !(word(first - 1).map(SubjectRules.capacityVerbs.contains) ?? false)
                ? pastOfVerb : nil
            let secondVerbs =
                candidate.subject == nil && !candidate.elided && first >= 2
                && (word(first - 2) == "and" || (ingVerb && symbol(first - 2) == ","))
                && !tokens[first - 1].capitalized && candidate.change == nil
                && ((ingVerb ? ingAsPast : presentAsPast ?? word(first - 1)).map { v in
                    // (People are named by their noun or by a verb done to them before: "trained 50 teachers and recruited 20".)
                    DateRules.isPastForm(v)
                        && (SubjectRules.eitherVerbs.contains(v) || SubjectRules.peopleVerbs.contains(v))
                            == (SubjectRules.eitherVerbs.contains(v)
                                || (latest.map({
                                    Self.namesPeople($0.subject)
                                        || (!Self.namesAnimals($0.subject)
                                            && (word($0.first - 1).map(SubjectRules.peopleVerbs.contains) ?? false))
                                }) ?? false))
                } ?? false)
            // ("Republicans hold 220 seats and Democrats hold 213", "74 votes in favour and 24 against": the same verb's, or a
            // tally's other side, count of the same things, at its clause's end; "passed 30 million users, adding 1 million
            // in a day": a gain after a comma.)
            let parallel =
                candidate.subject == nil && !candidate.elided && candidate.change == nil
                && nearLatest
                && ((clauseEnds(after: last) && sameVerbAsLatest(first, latest?.first)) || tallySide(first, last)
                    || (first >= 2 && symbol(first - 2) == "," && (word(first - 1).map(SubjectRules.gainParticiples.contains) ?? false)))
            // ("The farm lost 40 sheep in the storm and 30 before Christmas", "200 applications were lodged and 40 withdrawn": a
            // count after "and" with its verb left out, at its clause's end over a date or before a participle, counts the same
            // things.)
            // ("88 grandmasters, compared with 45 in 2019 and just one in 1988": over "just" or "only".)
            // (Then it counts what the sentence's first count does, not one in a phrase between: "won 37 seats in 2020, running 42
            // candidates, and just 30 in 2024", "flew 4 million passengers on 300 planes in 2019 and just 1 million in 2020".)
            let overJust = word(first - 1).map { $0 == "just" || $0 == "only" } == true
            let gappedAnd = overJust ? first - 2 : first - 1
            let gapped =
                candidate.subject == nil && !candidate.elided && candidate.change == nil && first >= 1
                && word(gappedAnd) == "and" && nearLatest
                && (clauseEnds(after: endOverDates(after: last) - 1)
                    || (word(last + 1).map { DateRules.isPastForm($0) || SubjectRules.irregularParticiples.contains($0) } == true
                        && clauseEnds(after: last + 1))
                    // ("rated 212 of the region's care homes as requiring improvement and 41 as inadequate": before "as", as the
                    // count before was.)
                    || (word(last + 1) == "as" && latest.map { l in (l.first + 1..<first).contains { word($0) == "as" } } == true))
            let firstOfSentence =
                gapped && overJust
                ? candidates[..<index].first { $0.kind == .count && tokens[$0.firstToken].sentence == sentence }.flatMap {
                    afterPreposition($0.firstToken, in: SubjectRules.prepositionsBeforeCounts) ? nil : $0.subject
                } : nil
            // ("Republicans hold 220 seats. Democrats hold 213.": the same verb's count ending the next sentence.)
            let parallelAcross =
                candidate.subject == nil && !candidate.elided && candidate.change == nil
                && latest.map { $0.sentence == sentence - 1 } == true && clauseEnds(after: last)
                && sameVerbAsLatest(first, latest?.first, acrossSentences: true)
            // ("rose to 36 a day from 24", "grew by 3,400 pathways to 798,000": the other level of a change, right after
            // the count of one with its noun; "added 4.2 million subscribers, taking its total to 478 million".)
            let pairedLevel =
                candidate.subject == nil && !candidate.elided && latest.map { $0.sentence == sentence } == true
                && levelPairedWithPrevious(index)
            // ("Thieves took 42 necklaces. Police have so far recovered 17.", "It expects to deliver about 45 in 2026", "Last
            // year there were 32": a verb's object with no noun of its own at its clause's end counts what was counted before.)
            let objectOf =
                candidate.subject == nil && !candidate.elided && candidate.change == nil
                    && candidate.bound != .range ? verbOfBareObject(first: first, last: last) : nil
            // (A verb done to people counts people: not "The storm felled 300 trees. It injured 14". After "closed", a part of
            // what was counted, no more than it: "Inspectors visited 80 restaurants. Inspectors closed 17"; not a market's
            // close, "The FTSE 100 rose 50 points. It closed 8,250".)
            var bareObject = false
            if let v = objectOf {
                let verb = tokens[v].norm
                bareObject = !SubjectRules.peopleVerbs.contains(verb) || latest.map { Self.namesPeople($0.subject) } == true
                // (In the next sentence, not more than a count in a preposition's phrase: "Tickets for 12 shows went on sale.
                // Fans snapped up 40,000"; but "bids for 1.2 billion shares. The company had offered 95 million".)
                if bareObject, let l = latest, l.sentence < sentence,
                    word(l.first - 1).map(SubjectRules.prepositionsBeforeCounts.contains) == true,
                    let whole = l.value, (candidate.value?.doubleValue).map({ $0 > whole }) ?? true
                {
                    bareObject = false
                }
                // (Not the group whose size was counted: "a top gang of six can shear 2,000 in a day" shears no gangs.)
                if bareObject, let l = latest, word(l.first - 1) == "of", word(l.first - 2) == l.subject.lowercased(),
                    SubjectRules.groupNouns.contains(l.subject.lowercased())
                {
                    bareObject = false
                }
                if bareObject, ChangeRules.levelVerbsBeforeAt.contains(verb) {
                    let whole = latest?.value
                    bareObject = whole.map { w in (candidate.value?.doubleValue).map { $0 <= w } ?? false } ?? false
                }
            }
            // ("2,912 cremations in 2026, 210 more than the year before", "61,000 recruits, 6,000 more than its goal": a
            // difference after a comma counts what the count before it did.)
            let difference =
                candidate.subject == nil && !candidate.elided && first >= 1 && symbol(first - 1) == ","
                && (word(last + 1).map { $0 == "more" || $0 == "fewer" || $0 == "less" } ?? false) && word(last + 2) == "than"
                && nearLatest
            // The main count before, for a count that refers back to it in its own sentence (or, for a level "the figure"
            // reaches, the one before): none in a preposition's phrase or a modifier ("over 2 nights of rioting", "in the
            // 100-member chamber"), none listed with another ("300 passengers and 40 crew"), and no clause opened between.
            let unclaimed = candidate.subject == nil && !candidate.elided && candidate.change == nil
            // ("recruited 9,720 soldiers, about 2,000 short of its target": a shortfall after a comma.)
            // ("drew an average audience of 6.1 million, peaking at 7.3 million": the level the count before went on to, after a
            // comma and a participle of a level.)
            // ("has 400 volunteers, with 120 based in Leeds", "lost 3,000 farms, with just 7,130 left": a part of the count before
            // after a comma and "with", its noun left out.)
            // ("welcomed 94 million tourists, and officials expect the figure to pass 100 million": a level "the figure" reaches.)
            // ("hit 80 lakh in September, beating the previous high of 77.5 lakh": a level before, `formerLevelSubject`.)
            let main =
                !unclaimed
                ? nil
                : (symbol(first - 1) == "," && word(last + 1).map(SubjectRules.shortfallWords.contains) == true
                    && word(last + 2) == "of") || levelParticipleBefore(first)
                    || (partAfterWith(first: first, last: last, part: candidate.value?.doubleValue, whole: latestMain?.value)
                        // (A part from somewhere of no count in a preposition's phrase: not "were arrested at 5 protests, with two
                        // from the same family".)
                        // ("involving 4 cars, with two from the same family": nor of a participle's object.)
                        && !(word(last + 1) == "from"
                            && latestMain.map {
                                afterPreposition($0.first, in: SubjectRules.prepositionsBeforeCounts)
                                    || word($0.first - 1).map(Self.presentParticiple) == true
                            } == true))
                    ? mainCount(latestMain, before: first, reach: 0, sameClause: true)
                    : aggregateReachesLevel(first)
                        ? mainCount(latestMain, before: first, reach: 1, sameClause: false) : formerLevelSubject(first, index: index)
            let total = candidate.subject == nil && !candidate.elided ? runningTotalSubject(index) : nil
            // ("About 4,000 of them will be reservists, up from 2,500": "of them" refers back past its sentence, changed or not.)
            let ofThem =
                word(last + 1) == "of" && (word(last + 2).map { SubjectRules.referringPronouns.contains($0) } ?? false)
            if let total {
                candidates[index].subject = total
            } else if let main {
                candidates[index].subject = main
            } else if let firstOfSentence {
                candidates[index].subject = firstOfSentence
            } else if candidates[index].elided || partOfThose || possessorsOwn || secondVerbs || parallel || pairedLevel || bareObject
                || difference || parallelAcross || (gapped && !overJust)
            {
                // A stated change ("an increase of 17") refers back within its sentence only, and so do a possessor's and a
                // second verb's.
                let reach =
                    (candidates[index].change == nil && !possessorsOwn && !secondVerbs && !parallel && !pairedLevel && !difference
                        && !gapped)
                        || ofThem ? 1 : 0
                candidates[index].subject = latest.flatMap { $0.sentence >= sentence - reach ? $0.subject : nil }
                // ("destroyed 1,329 structures across five counties. About 760 were homes": more than the things counted in a
                // preposition's phrase, a part of the whole counted before them.)
                if candidates[index].subject != nil, let part = candidates[index].value?.doubleValue, let l = latest, let w = whole,
                    let phrase = l.value, part > phrase, w.value >= part,
                    // (A count that opens its clause after a comma, or its sentence.)
                    !w.relative || partOfThose
                        || (candidates[index].elided && (symbol(first - 1) == "," || first == 0 || !sameSentence(first - 1, first)))
                {
                    candidates[index].subject = w.subject
                }
                // ("asked 1,000 adults about 12 brands. Of those, 300 named Apple": a part of the latest count it fits in.)
                // (Walked back over this sentence and the one before only: a long text may hold thousands.)
                if partOfThose, let part = candidates[index].value?.doubleValue {
                    var fits: String?
                    var c = index - 1
                    while c >= 0, tokens[candidates[c].firstToken].sentence >= sentence - 1 {
                        if candidates[c].kind == .count, let subject = candidates[c].subject,
                            (candidates[c].value?.doubleValue).map({ $0 >= part }) == true
                        {
                            fits = subject
                            break
                        }
                        c -= 1
                    }
                    candidates[index].subject = fits
                }
                // ("10 people dead and 33 missing": the dead and the missing are people; "buried 70 homes, leaving 12
                // dead" counts no homes.)
                // ("destroyed 40 shophouses. 12 were killed and 121 injured", "37 have died": what befell people.)
                if peopleFateFollows(candidates[index].lastToken), let subject = candidates[index].subject, !Self.namesPeople(subject),
                    !Self.namesAnimals(subject)
                {
                    candidates[index].subject = nil
                }
            }
            if let subject = candidates[index].subject {
                let first = candidates[index].firstToken
                let relativeClause = (max(0, first - 3)..<first).contains { r in
                    word(r).map { $0 == "that" || $0 == "who" || $0 == "which" } == true
                        && (r + 1..<first).allSatisfy { tokens[$0].kind == .word && !tokens[$0].capitalized }
                }
                let inPhrase = afterPreposition(first, in: SubjectRules.prepositionsBeforeCounts)
                if let l = latest, l.sentence == sentence, let value = l.value, inPhrase || relativeClause {
                    whole = (l.subject, value, !inPhrase)
                } else {
                    whole = nil
                }
                latest = (subject, sentence, first, candidates[index].value?.doubleValue)
                // (Listed with another count: "300 passengers and 40 crew"; not "900 pupils and a new headteacher".)
                let end = candidates[index].subjectEnd ?? candidates[index].lastToken
                let listed =
                    ((word(first - 1) == "and" || word(first - 1) == "or")
                        && candidates[..<index].last(where: { $0.kind == .count }).map { c in
                            sameSentence(c.lastToken, first) && first - (c.subjectEnd ?? c.lastToken) <= 3
                        } == true)
                    || (word(end + 1) == "and" && end + 2 < tokens.count && sameSentence(end, end + 2)
                        && (tokens[end + 2].kind == .number || (end + 3 < tokens.count && tokens[end + 3].kind == .number)))
                // (Not in a phrase of where or when the thing was done, "over 2 nights of rioting", "across 4 wards"; "an average
                // audience of 6.1 million", "stood at 1,200", "grew by 40,000", "has taken on 150 apprentices" are main counts.)
                // ("over 2 nights": a bound read into the figure may be the phrase's preposition.)
                let setting =
                    afterPreposition(first, in: SubjectRules.settingPrepositions)
                    || (word(first).map(SubjectRules.settingPrepositions.contains) ?? false)
                // (In such a phrase only after a main count of its sentence: "detected in 40 countries, with 12 in Europe" has
                // none before.)
                if !setting || latestMain.map({ $0.sentence != sentence }) ?? true, !tightHyphen(candidates[index].lastToken + 1) {
                    latestMain = listed ? nil : (subject, sentence, first, candidates[index].value?.doubleValue)
                }
            }
        }
    }

    /// Whether the token at `k` is a name's number of one or two digits after its capitalised word: "Barbie 2", "Terminal 5".
    func namesNumber(_ k: Int) -> Bool {
        k >= 1 && tokens[k].kind == .number && tokens[k].norm.utf8.count <= 2 && tokens[k - 1].kind == .word && tokens[k - 1].capitalized
    }

    /// The verb whose bare object is the count from `first` to `last`, ending its clause (over a date of it): a past
    /// form ("recovered 17", "had 70 million"), a verb after "to" or a modal ("expects to deliver about 45 in 2026", "will
    /// close 11 and"), or "there" and "be" ("there have been 1,140"); not a form of "be" alone ("Its population is 2
    /// million"), nor a verb of a level or a change ("reached 40 million", whose noun is before it).
    func verbOfBareObject(first: Int, last: Int) -> Int? {
        // (Over "another" and a phrasal verb's particle: "plans to sell another 40 by 2028", "has taken on about 1,200".)
        var at = first - 1
        if word(at).map(SubjectRules.moreOfTheSame.contains) == true { at -= 1 }
        // ("expect to recruit only 6,000": over an adverb of how few.)
        if word(at).map(SubjectRules.adverbsBeforeBareObjects.contains) == true { at -= 1 }
        // ("Operators won 49": "won" as a verb, `isPastVerb`.)
        let pastForm = { (w: String) -> Bool in DateRules.isPastForm(w) || SubjectRules.irregularParticiples.contains(w) }
        if word(at).map(SubjectRules.verbParticles.contains) == true, at >= 1, word(at - 1).map(pastForm) == true { at -= 1 }
        // ("Berlin accounted for 41.": the part of what was counted a thing accounts for.)
        if word(at) == "for", word(at - 1) == "accounted" { at -= 1 }
        // (A second verb after "and" is `secondVerbs`' to decide: "felled 300 trees and injured 14".)
        guard at >= 1, let v = word(at), !tokens[at].capitalized, sameSentence(at, first), word(at - 1) != "and" else { return nil }
        let e = endOverDates(after: last)
        let clauseEnd =
            clauseEnds(after: e - 1)
            || ((word(e) == "and" || word(e) == "but") && e + 1 < tokens.count && tokens[e + 1].kind == .word
                && !tokens[e + 1].capitalized && !isPlural(tokens[e + 1].norm) && !SubjectRules.stopWords.contains(tokens[e + 1].norm))
        guard clauseEnd else { return nil }
        if DateRules.beVerbs.contains(v) || v == "been" {
            let there = word(at - 1) == "there" || (word(at - 2) == "there" && word(at - 1).map(ChangeRules.auxiliaries.contains) == true)
            return there ? at : nil
        }
        guard !SubjectRules.stopWords.contains(v) || ChangeRules.auxiliaries.contains(v), !ChangeRules.levelVerbs.contains(v),
            ChangeRules.before[v] == nil,
            ChangeRules.beforeAmounts[v] == nil, ChangeRules.byObject[v] == nil, NumberRules.units[v] == nil
        else { return nil }
        // (A past form or "have", or a base form after "to" or a modal.)
        return ChangeRules.auxiliaries.contains(v) || pastForm(v) || (v == "won" && isPastVerb(at))
            || word(at - 1).map(ChangeRules.beforeVerbs.contains) == true ? at : nil
    }

    /// The token after what was read (dates, with their prepositions) and adverbs that end a clause (`SubjectRules.trailingAdverbs`)
    /// that follow the count ending at `last`, up to six tokens: "recovered 17 by Friday", "and 30 before Christmas", "seized 12
    /// in January alone".
    func endOverDates(after last: Int) -> Int {
        var e = last + 1
        while e < tokens.count, e - last <= 6, sameSentence(last, e),
            consumed[e]
                || (word(e).map { ChangeRules.levelDatePrepositions.contains($0) || SubjectRules.datePrepositionsAfterObject.contains($0) }
                    == true
                    && e + 1 < tokens.count
                    && consumed[e + 1])
        {
            e += 1
        }
        // ("snapped up 6,400 within a day", "sold 300 in an hour": the time it took.)
        if let p = word(e), p == "within" || p == "in", sameSentence(last, e + 2) {
            let unitAt = word(e + 1).map { $0 == "a" || $0 == "an" } == true ? e + 2 : e + 1
            if word(unitAt).map(SubjectRules.durationUnits.contains) == true, sameSentence(last, unitAt) { e = unitAt + 1 }
        }
        while e < tokens.count, e - last <= 8, sameSentence(last, e), word(e).map(SubjectRules.trailingAdverbs.contains) == true,
            word(e) != "so" || word(e + 1) == "far"
        {
            e += 1
        }
        return e
    }

    /// Whether the count at candidate `index` is after "to" or "from" within six tokens of the count before it, a count
    /// itself after "by", "to" or "from": "rose to 36 a day from 24", "grew by 3,400 pathways to 798,000" (not "sent 300
    /// troops to 12 countries").
    func levelPairedWithPrevious(_ index: Int) -> Bool {
        guard index > 0, candidates[index - 1].kind == .count, candidates[index - 1].subject != nil else { return false }
        let first = candidates[index].firstToken
        let previous = candidates[index - 1]
        guard let p = word(first - 1), p == "to" || p == "from", first - previous.lastToken <= 6, sameSentence(previous.lastToken, first),
            let q = word(previous.firstToken - 1), q == "by" || q == "to" || q == "from", q != p
        else { return false }
        return !(previous.lastToken + 1..<first - 1).contains {
            symbol($0) == ";" || (word($0).map(DateRules.clauseOpeners.contains) ?? false)
        }
    }

    /// The subject of the main count before `first` (`latestMain`), in its sentence or up to `reach` sentences before, within 24
    /// tokens; `sameClause`: with no clause opened between ("lost 3 games while crowds dwindled, hitting 12,000").
    func mainCount(_ m: (subject: String, sentence: Int, first: Int, value: Double?)?, before first: Int, reach: Int, sameClause: Bool)
        -> String?
    {
        let sentence = tokens[first].sentence
        guard let m, m.sentence >= sentence - reach, first - m.first <= 24 else { return nil }
        if sameClause,
            (m.first + 1..<first).contains(where: {
                symbol($0) == ";" || word($0).map(SubjectRules.clauseOpenersBetweenCounts.contains) == true
            })
        {
            return nil
        }
        return m.subject
    }

    /// Whether one of `prepositions` stands right before the count from `first`, or before a determiner right before it: "in 3
    /// counties", "across the 4 wards".
    func afterPreposition(_ first: Int, in prepositions: WordSet) -> Bool {
        word(first - 1).map(prepositions.contains) == true
            || (word(first - 2).map(prepositions.contains) == true && (word(first - 1).map(DateRules.determiners.contains) ?? false))
    }

    /// Whether the present of a level verb at `v` (`ChangeRules.presentLevelVerbs`) has its subject's head before it: a plural
    /// or a noun of a count right before it, not in a preposition's phrase, nor counted by a count before; or one before a
    /// preposition's phrase of up to four words.
    func presentLevelVerbHasHead(_ v: Int) -> Bool {
        // (Not the noun of another number, "Survived Two Wars Hits 110", nor one after "of" and another noun, "Speed of trains
        // on HS2 hits 360", "Age of Britain's oldest bus drivers hits 80", up to three modifiers before it.)
        let head = { (k: Int) -> Bool in
            guard self.word(k).map({ self.isPlural($0) && !SubjectRules.stopWords.contains($0) }) == true || self.namesACount(k),
                !self.candidates.contains(where: { $0.subjectEnd == k })
            else { return false }
            var j = k
            while j > max(k - 3, 0), self.sameSentence(j - 1, k), let w = self.word(j - 1), !SubjectRules.stopWords.contains(w),
                !SubjectRules.prepositionsBeforeCounts.contains(w)
            {
                j -= 1
            }
            if (j..<k).contains(where: { self.tokens[$0].kind == .number || NumberRules.units[self.tokens[$0].norm] != nil }) {
                return false
            }
            return self.word(j - 1) != "of" || self.namesACount(j - 2)
        }
        let preposition = { (k: Int) in self.word(k).map(SubjectRules.prepositionsBeforeCounts.contains) == true }
        if head(v - 1), !preposition(v - 2), !(preposition(v - 3) && !tokens[v - 2].capitalized) { return true }
        for k in stride(from: v - 3, through: max(v - 6, 0), by: -1) where sameSentence(k, v) && preposition(k + 1) {
            if head(k) { return true }
        }
        return false
    }

    /// The subject of the count a level before is compared with, when that level stands right before the count from `first`:
    /// "hit 80 lakh, beating the previous high of 77.5 lakh", "employs 300 people, well below its previous peak of 1,200"
    /// (`ChangeRules.formerModifiers`, a level's noun and "of"). It is the figure just before in its sentence, a count in no
    /// preposition's phrase but a group's "of" ("The crowd of 82,300 beat the previous record of 80,000"), within five times
    /// the level either way: not "The 3 judges gave her 9.8, beating the previous high of 9.6" (9.8 has no noun), "made 120 off
    /// 90 balls, beating the previous record of 113", "hit 41C in 3 towns, beating the previous record of 40.3", "ran 100
    /// metres in 9.55 seconds, beating the previous record of 9.58".
    func formerLevelSubject(_ first: Int, index: Int) -> String? {
        guard word(first - 1) == "of", let noun = word(first - 2), ChangeRules.earlierLevelNouns.contains(noun),
            word(first - 3).map(ChangeRules.formerModifiers.contains) == true, sameSentence(first - 3, first)
        else { return nil }
        let sentence = tokens[first].sentence
        guard let compared = candidates[..<index].last(where: { $0.kind != .date }), tokens[compared.firstToken].sentence == sentence,
            compared.kind == .count, let subject = compared.subject, word(compared.firstToken - 1) != "off",
            word(compared.firstToken - 1) == "of" || !afterPreposition(compared.firstToken, in: SubjectRules.prepositionsBeforeCounts),
            let a = compared.value?.doubleValue, let b = candidates[index].value?.doubleValue, a > 0, b > 0, a / b <= 5, b / a <= 5
        else { return nil }
        return subject
    }

    /// Whether a participle of a level stands before the count from `first`, after a comma: ", peaking at", ", reaching".
    func levelParticipleBefore(_ first: Int) -> Bool {
        var p = first - 1
        if word(p) == "at" || word(p) == "to" { p -= 1 }
        guard p >= 1, let w = word(p), SubjectRules.levelParticiples.contains(w), !tokens[p].capitalized else { return false }
        return symbol(p - 1) == "," && sameSentence(p - 1, first)
    }

    /// Whether the count from `first` to `last` follows ", with" (over an adverb of how few) and ends its clause, over a date,
    /// or goes on with a participle or a preposition of where: ", with 120 based in Leeds", ", with just 7,130 left".
    func partAfterWith(first: Int, last: Int, part: Double?, whole: Double?) -> Bool {
        var w = first - 1
        if word(w).map(SubjectRules.adverbsBeforeBareObjects.contains) == true { w -= 1 }
        guard w >= 1, word(w) == "with", symbol(w - 1) == ",", sameSentence(w - 1, first) else { return false }
        guard let next = word(last + 1), sameSentence(last, last + 1), !tokens[last + 1].capitalized else {
            return clauseEnds(after: endOverDates(after: last) - 1)
        }
        // (What is left of a loss may be more than was lost: "lost 3,000 farms, with just 7,130 left".)
        if SubjectRules.partsLeft.contains(next) { return true }
        // (A part is no more than its whole: not "sent 15 engines, with 80 at the height of the blaze".)
        guard let part, let whole, part <= whole else { return false }
        return clauseEnds(after: endOverDates(after: last) - 1) || SubjectRules.partsPlaced.contains(next) || DateRules.isPastForm(next)
            || SubjectRules.irregularParticiples.contains(next)
    }

    /// After "taking its total to", "bringing the tally to": the subject of the count in its sentence that the total
    /// adds up, one no larger than it, the object of a past verb first ("added 3 routes from 2 airports, taking its total
    /// to 45" → "routes"; "3 deaths and 40 injuries, taking the total to 17" → "deaths").
    func runningTotalSubject(_ index: Int) -> String? {
        let first = candidates[index].firstToken
        guard first >= 3, word(first - 1) == "to" else { return nil }
        // ("bringing the total this year to 9,400", "taking the number launched this year to 412": over a date of the total and
        // a participle before it.)
        var n = first - 2
        while n > first - 6, n > 0, sameSentence(n, first), dateCovers(n) || (word(n).map(DateRules.isPastForm) ?? false) { n -= 1 }
        guard let noun = word(n), SubjectRules.runningTotalNouns.contains(noun) || SubjectRules.wholesNamingTheirCount.contains(noun)
        else { return nil }
        // ("Taking Its UK Total To 226", "bringing the group's total to 40": over two modifiers or a possessive.)
        var v = n - 1
        while v > n - 3, let w = word(v), !SubjectRules.totalBringingVerbs.contains(w), !DateRules.determiners.contains(w),
            w.hasSuffix("'s") || !SubjectRules.stopWords.contains(w)
        {
            v -= 1
        }
        // ("600 sheep died, bringing losses to more than 2,500": the determiner may be left out.)
        if word(v).map(DateRules.determiners.contains) == true { v -= 1 }
        guard let verb = word(v), SubjectRules.totalBringingVerbs.contains(verb), sameSentence(v, first),
            let total = candidates[index].value?.doubleValue
        else { return nil }
        if SubjectRules.wholesNamingTheirCount.contains(noun) { return noun }
        var fitting: String?
        var c = index - 1
        while c >= 0, sameSentence(candidates[c].firstToken, first) {
            if candidates[c].kind == .count, let subject = candidates[c].subject,
                (candidates[c].value?.doubleValue).map({ $0 <= total }) == true
            {
                if candidates[c].firstToken > 0, isPastVerb(candidates[c].firstToken - 1) { return subject }
                if fitting == nil { fitting = subject }
            }
            c -= 1
        }
        return fitting
    }

    /// Whether the count from `first` is a part of a whole that opens its sentence: after its comma ("Of the 90 pupils, 60
    /// walk"), or after "and" joining it to such a part ("…, 60 walk to school and 20 take the bus").
    func partAfterOpeningWhole(_ first: Int) -> Bool {
        guard first >= 1 else { return false }
        if symbol(first - 1) == "," { return wholeOpensSentence(before: first - 1) }
        guard word(first - 1) == "and" else { return false }
        var c = first - 2
        while c > 0, first - c <= 12, sameSentence(c, first) {
            if symbol(c) == "," { return c + 1 < first - 1 && tokens[c + 1].kind == .number && wholeOpensSentence(before: c) }
            c -= 1
        }
        return false
    }

    /// Whether the sentence opens with "Of" or "Among" and a count up to twelve tokens before the comma at `comma`: "Of the
    /// 1,120 works in the sale,".
    func wholeOpensSentence(before comma: Int) -> Bool {
        var s = comma
        while s > 0, s > comma - 12, sameSentence(s - 1, comma) { s -= 1 }
        guard s == 0 || !sameSentence(s - 1, comma), let w = word(s), w == "of" || w == "among" else { return false }
        return (s + 1..<comma).contains { tokens[$0].kind == .number }
    }

    /// Whether `w` has the shape of a verb's present in "-s" ("sells", "employs"; not "access", "is").
    static func presentVerbForm(_ w: String?) -> Bool {
        guard let w else { return false }
        return w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("'s") && w.utf8.count >= 4 && !SubjectRules.stopWords.contains(w)
    }

    /// The regular past of a verb's present in "-s", to be read as the past is: "employs" → "employed", "hires" → "hired",
    /// "carries" → "carried".
    static func pastOfPresent(_ w: String) -> String? {
        guard presentVerbForm(w) else { return nil }
        if w.hasSuffix("ies") { return String(w.dropLast(3)) + "ied" }
        let base = w.dropLast()
        return base.hasSuffix("e") ? base + "d" : base + "ed"
    }

    /// Whether `w` is a participle in "-ing" of five letters or more ("living", "flying"), not a noun of `SubjectRules.ingNouns`.
    static func presentParticiple(_ w: String) -> Bool {
        w.hasSuffix("ing") && w.utf8.count >= 5 && !SubjectRules.ingNouns.contains(w)
    }

    /// Whether a plural and its phrase of place stand before the word of change at `v`, before "to" or "by": "Pitch fees at the
    /// Southbank Centre food market rise to £450", "Shares in the firm rise 12%" (a verb, not the noun of "a market rise").
    func pluralBeforePhrase(_ v: Int) -> Bool {
        // ("Adoption fees at the shelter rise from £150 to £195": before "from" too; not before heights, a span: "Buildings on
        // the site rise from six to 12 storeys".)
        guard
            word(v + 1) == "to" || word(v + 1) == "by"
                || (word(v + 1) == "from"
                    && !(v + 2...v + 8).contains { word($0).map(ChangeRules.heightUnits.contains) == true && sameSentence(v, $0) })
                || (v + 1 < tokens.count && (tokens[v + 1].kind == .number || MoneyRules.symbols[tokens[v + 1].norm] != nil))
        else { return false }
        var j = v - 1
        while j > 0, j >= v - 6, sameSentence(j, v), let w = word(j) {
            if ChangeRules.subjectPrepositions.contains(w) {
                // ("Smartphone Sales In Europe Fall To 31 Million": a capitalised plural in a headline.)
                return j < v - 1 && word(j - 1).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } == true
                    && (!tokens[j - 1].capitalized || j == 1 || !sameSentence(j - 2, j - 1) || headlineSentence(j - 1))
            }
            j -= 1
        }
        return false
    }

    /// Whether the word at `k` names a count (`SubjectRules.countHeads`), or is the "list" of "waiting list" ("The NHS waiting
    /// list in England fell to 7.36 million"; not "The list of banned books grew to 300", which counts books).
    func namesACount(_ k: Int) -> Bool {
        guard let w = word(k) else { return false }
        return SubjectRules.countHeads.contains(w) || (w == "list" && word(k - 1) == "waiting")
    }

    /// Whether nothing of the clause follows token `last`: the sentence's end, a comma, a semicolon or a closing bracket.
    func clauseEnds(after last: Int) -> Bool {
        last + 1 >= tokens.count || !sameSentence(last, last + 1)
            || (symbol(last + 1).map { [",", ";", ".", "!", "?", ")", ":"].contains($0) } ?? false)
    }

    /// Whether the lower-case verb before the count at `first` is the one before the earlier count at `earlier`: "hold 220
    /// seats, and Democrats hold 213" (not a preposition or a determiner: "in 12 cities and in 3").
    func sameVerbAsLatest(_ first: Int, _ earlier: Int?, acrossSentences: Bool = false) -> Bool {
        guard let earlier, first >= 1, earlier >= 1, let verb = word(first - 1), !tokens[first - 1].capitalized,
            word(earlier - 1) == verb, !SubjectRules.stopWords.contains(verb), !DateRules.determiners.contains(verb),
            NumberRules.units[verb] == nil, acrossSentences || sameSentence(earlier - 1, first)
        else { return false }
        return true
    }

    /// Whether the count from `first` to `last` is a side of a tally, at its clause's end or before "and": "and 24
    /// against", "24 in favour" (`SubjectRules.tallySides`).
    func tallySide(_ first: Int, _ last: Int) -> Bool {
        if let w = word(last + 1), SubjectRules.tallySides.contains(w), clauseEnds(after: last + 1) || word(last + 2) == "and" {
            return true
        }
        if word(last + 1) == "in", let w = word(last + 2), w == "favour" || w == "favor" { return true }
        return false
    }

    /// Whether "and" (or a comma), a possessive and a number follow the count ending at `last`: "Samsung's 3,800 and LG's 2,100".
    func possessorsCountFollows(_ last: Int) -> Bool {
        // (Over "the" or a possessive pronoun: "and the club's 11".)
        let o = word(last + 2).map(DateRules.possessiveDeterminers.contains) == true ? last + 3 : last + 2
        guard word(last + 1) == "and" || symbol(last + 1) == ",", let owner = word(o), owner.hasSuffix("'s") || owner.hasSuffix("’s"),
            o + 1 < tokens.count, tokens[o + 1].kind == .number
        else { return false }
        return sameSentence(last, o + 1)
    }

    /// Whether a comparison stands before the possessor ending at `k` (over up to three words of its name and "the"): "ahead
    /// of Atiku Abubakar's", "behind Samsung's", "compared with the Louvre's", "topped BYD's", or a share of it, "2% of Ford's" (not "a
    /// fraction of London's").
    /// (`listed`: how many possessors of a list were walked back over, at most `SubjectRules.maximumListedPossessors`, so a long
    /// list is not walked once per count.)
    func comparedBefore(possessor k: Int, listed: Int = 0) -> Bool {
        var j = k - 1
        while j > k - 4, j >= 0, tokens[j].kind == .word, tokens[j].capitalized { j -= 1 }
        // (Over "the" or a possessive pronoun: "ahead of its rival's 35".)
        if let d = word(j), DateRules.possessiveDeterminers.contains(d) { j -= 1 }
        guard let w = word(j) else { return false }
        // ("about 2% of Ford's 170,000": a share of the possessor's count of the same things.)
        if w == "of", j > 0, tokens[j - 1].kind == .number || symbol(j - 1) == "%" || word(j - 1) == "percent" || word(j - 1) == "cent" {
            return true
        }
        if [
            "than", "behind", "versus", "vs", "against", "beating", "beat", "trailing", "topped", "topping", "overtook", "outsold",
            "surpassed", "exceeded",
        ].contains(w) {
            return true
        }
        if w == "of", let a = word(j - 1), a == "ahead" || a == "short" { return true }
        // ("ahead of Samsung's 3,800 and LG's 2,100", "Spain's 4.2 million and Greece's 1.1 million": a list of possessors'
        // counts after one compared.)
        if w == "and" || symbol(j) == "," {
            let n = word(j - 1).map { NumberRules.scaleWords[$0] != nil } == true ? j - 2 : j - 1
            if n >= 1, tokens[n].kind == .number, let owner = word(n - 1), owner.hasSuffix("'s") || owner.hasSuffix("’s") {
                return listed < SubjectRules.maximumListedPossessors && comparedBefore(possessor: n - 1, listed: listed + 1)
            }
        }
        return w == "with" && (word(j - 1).map { $0 == "compared" || $0 == "comparison" } ?? false)
    }

    /// Whether what follows the count ending at `last` tells what befell people: "dead", "missing" (`SubjectRules.peopleStates`),
    /// "died", "injured", "were killed", "have been rescued" (`SubjectRules.peopleFates`, over a form of "be" or "have").
    func peopleFateFollows(_ last: Int) -> Bool {
        guard let w = word(last + 1) else { return false }
        if SubjectRules.peopleStates.contains(w) || SubjectRules.peopleFates.contains(w) { return true }
        var k = last + 1
        guard ["were", "was", "are", "have", "had", "has"].contains(w) else { return false }
        if word(k + 1) == "been" { k += 1 }
        guard let next = word(k + 1) else { return false }
        return SubjectRules.peopleFates.contains(next) || SubjectRules.peopleStates.contains(next)
    }

    /// Whether a subject's last word names animals, which die and are hurt as people are: "sheep", "cattle", "horses".
    static func namesAnimals(_ subject: String) -> Bool {
        lastWord(of: subject).map { SubjectRules.animalNouns.contains($0) } ?? false
    }

    /// A subject's last word, lower case: "passengers" of "air passengers".
    static func lastWord(of subject: String) -> String? { subject.lowercased().split(separator: " ").last.map(String.init) }

    /// Whether a subject's last word names people: "people", "passengers", "miners", "children".
    static func namesPeople(_ subject: String) -> Bool {
        guard let last = lastWord(of: subject) else { return false }
        if SubjectRules.peopleNouns.contains(last) || NameRules.personNouns.contains(last) { return true }
        return last.hasSuffix("s") && NameRules.personNouns.contains(String(last.dropLast()))
    }

    /// Whether a lower-case word is an adjective by its form ("artisanal", "elected", "parliamentary", "public") or one of
    /// `NameRules.plainAdjectives` ("small", "new", "lower"); not "emergency", "express", "area", "series", "overnight".
    static func adjectiveByForm(_ w: String) -> Bool {
        if NameRules.plainAdjectives.contains(w) { return true }
        return w.utf8.count > 4 && ["al", "ed", "ic", "ive", "ous", "ary", "ar", "an", "ful", "able", "ible"].contains { w.hasSuffix($0) }
    }

    /// Whether the word at `k` can name a person set off with an age: not a figure's noun, "The death toll, 15, later rose",
    /// "Ireland's lead, 5,", "the final score, 3,", "Monday's reading, 48," (`NameRules.figureNouns`, `namesACount`).
    func personOrRole(_ k: Int) -> Bool {
        guard let w = word(k), !namesACount(k) else { return false }
        return !NameRules.figureNouns.contains(w) && !isPlural(w)
    }

    static func collapse(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\u{A0}" || scalar == "\n" || scalar == "\t" || scalar == "\r" {
                space = !out.isEmpty
            } else {
                if space { out.unicodeScalars.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

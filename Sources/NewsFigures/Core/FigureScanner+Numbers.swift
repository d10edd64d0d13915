extension FigureScanner {
    // MARK: - Reading numbers

    /// Reads the number starting at token `i` (digits or words), with any scale after it.
    /// Returns nil when no number starts there; throws when one does but belongs to a name,
    /// code, time or ordinal.
    /// The date rules and then the numeric rules read the number at a token: it is read once.
    func readNumber(at i: Int, money: Bool) throws(NotAFigure) -> NumberMatch? {
        // Most tokens start no number: answered without the memo.
        guard i >= 0, i < tokens.count else { return nil }
        switch tokens[i].kind {
        case .word: if !tokens[i].wordClass.contains(.number) || articleStartsNoNumber(i) { return nil }
        case .symbol: if tokens[i].end - tokens[i].start == 1 { return nil }
        case .number: break
        }
        let key = i << 1 | (money ? 1 : 0)
        if memo.numberSlots.isEmpty { memo.numberSlots = [Int32](repeating: -1, count: tokens.count * 2) }
        let slot = memo.numberSlots[key]
        if slot >= 0 { return try memo.numbers[Int(slot)].get() }
        let result: Result<NumberMatch?, NotAFigure>
        do { result = .success(try readNumberOnce(at: i, money: money)) } catch { result = .failure(error) }
        memo.numberSlots[key] = Int32(memo.numbers.count)
        memo.numbers.append(result)
        return try result.get()
    }

    private func readNumberOnce(at i: Int, money: Bool) throws(NotAFigure) -> NumberMatch? {
        guard i >= 0, i < tokens.count else { return nil }
        let token = tokens[i]
        var match: NumberMatch?
        if token.kind == .number {
            match = try readDigits(at: i, money: money)
        } else if token.kind == .symbol, let fraction = NumberRules.vulgarFractions[token.norm] {
            match = NumberMatch(value: Self.decimal(fraction), first: i, last: i, words: false, scaled: false, plainInteger: false)
        } else if token.kind == .word {
            match = readWords(at: i) ?? aFraction(at: i) ?? boundedHalf(at: i)
        }
        guard let base = match else { return nil }
        let read = withFraction(base)
        // "9/11", "7/11": digits joined by a slash that make no fraction of prose (and no date, read
        // before) are a name or a code.
        let k = read.last + 1
        if tokens[read.last].kind == .number, symbol(k) == "/", attached(k), attached(k + 1), k + 1 < tokens.count,
            tokens[k + 1].kind == .number
        {
            throw NotAFigure(last: k + 1)
        }
        return read
    }

    /// "a half", "a third", "an eighth".
    private func aFraction(at i: Int) -> NumberMatch? {
        guard let w = word(i), w == "a" || w == "an" || w == "one",
            let d = denominator(at: w == "one" ? skippingTightHyphen(i + 1) : i + 1),
            !d.plural || d.value == 2,
            sameSentence(i, i + 1),
            !(w != "one" && !d.plural && adjectiveFraction(d.last))
        else { return nil }
        return NumberMatch(
            value: Self.decimal(1.0 / Double(d.value)), first: i, last: d.last, words: true, scaled: false, plainInteger: false)
    }

    /// Whether "a half" or "a quarter" ending at `k` is an adjective of the singular noun after it: "a half plot", "a half
    /// share", "a quarter stake" (not a fraction of a unit or a scale, "a half point", "a half percentage point", "a half
    /// dozen", nor one ending its phrase, "rose by a half last year", "a quarter more").
    func adjectiveFraction(_ k: Int) -> Bool {
        guard let d = word(k), d == "half" || d == "quarter", let w = word(k + 1), sameSentence(k, k + 1), !tokens[k + 1].capitalized,
            tokens[k + 1].spaceBefore,
            // (A change's fraction is one before any word: "fell by a half overnight", "rose by a quarter nationwide".)
            word(k - 2) != "by", !(word(k - 2).map { ChangeRules.before[$0] != nil } ?? false)
        else { return false }
        // (Nor an adverb, a participle or a comparative after it: "a quarter compared with", "a half lighter".)
        return !SubjectRules.stopWords.contains(w) && !isPlural(w) && NumberRules.scaleWords[w] == nil
            && !NumberRules.wordsAfterFractions.contains(w) && !PercentRules.words.contains(w) && !w.hasSuffix("ly")
            && !(w.hasSuffix("er") && w.utf8.count > 4) && !DateRules.isPastForm(w) && !Self.presentParticiple(w)
    }

    /// The kind, unit and value of a bare number before "to" and a new level that writes its unit and scale once:
    /// "rose from 53 to 65 per cent" (53 percent), "fell from 3 to 2.5 euros" (3 EUR), "from 1.2 to 1.5 billion
    /// dollars" ($1.2 billion). The scale is carried back only to a number below a thousand that it brings within ten
    /// times the new level ("from 800 to 1.2 million" stays 800). Nil when nothing is carried: "from 66 to 67", a year.
    func unitCarriedBack(to low: NumberMatch) -> (kind: FigureKind, unit: String?, value: DecimalValue)? {
        let to = low.last + 1
        guard word(to) == "to", !low.scaled, !low.words || low.first == low.last, sameSentence(low.last, to + 1),
            !(low.plainInteger && (1800...2199).contains(low.value.integerValue ?? 0)),
            let high = try? readNumber(at: to + 1, money: false)
        else { return nil }
        var value = low.value
        if high.scaled, let w = word(high.last),
            let power = NumberRules.scaleWords[w] ?? NumberRules.attachedScales[w] ?? NumberRules.moneyOnlyScales[w]
        {
            // (A scale that cannot be carried back leaves the unit too: "from 800 to 1.2 million euros" stays a bare 800.)
            let scaled = low.value.scaled(byPowerOfTen: power)
            let ratio = scaled.doubleValue / max(high.value.doubleValue, .leastNonzeroMagnitude)
            guard low.value.doubleValue < 10000, ratio >= 0.01, ratio <= 100 else { return nil }
            value = scaled
        }
        if let p = percent(after: high.last), p.unit == PercentRules.unitPercent, !p.hyphenated {
            return (.percent, p.unit, value)
        }
        if let named = currency(after: high.last) { return (.money, named.code, value) }
        return value == low.value ? nil : (.count, nil, value)
    }

    /// Whether the percentage `low` (first token `first`) and the one at `highAt` after "to" are a range: after a
    /// change noun's "of" or a forecast's verb: "growth of 3% to 4%", "a rise of 2 to 3 per cent", "expects sales to
    /// grow 5% to 7%" (ends within three times each other; "is expected to rise 0.2% to 3.1%" is a change and its new
    /// level).
    func percentRange(low: NumberMatch, lowUnit: String?, first: Int, highAt: Int) -> Bool {
        guard let lowUnit, let high = try? readNumber(at: highAt, money: false), percent(after: high.last)?.unit == lowUnit else {
            return false
        }
        let forecast = word(first - 1) == "of" || word(first - 2).map { ChangeRules.beforeVerbs.contains($0) } == true
        let value = low.value.doubleValue
        return forecast && value > 0 && high.value.doubleValue <= value * 3
    }

    /// A fraction below one before "of": "half of the budget", "two-thirds of the electorate".
    func fractionOfWhole(_ candidate: Candidate) -> Bool {
        guard let value = candidate.value?.doubleValue, value > 0, value < 1 else { return false }
        return word(candidate.lastToken + 1) == "of"
    }

    /// "more than half", "nearly half", "about half": a bare half after a bound is a fraction
    /// ("half an hour", "half a day" are durations, and "the second half" is no amount); and so is a
    /// change by half ("fell by half", "cut by half").
    private func boundedHalf(at i: Int) -> NumberMatch? {
        // ("grew by half as much as expected", "rose by half the rate of inflation": a comparison, no amount.)
        let byHalf =
            word(i - 1) == "by" && (word(i - 2).map { ChangeRules.before[$0] != nil } ?? false) && sameSentence(i - 2, i)
            && !(word(i + 1).map { ["as", "the", "a", "an", "of", "that", "its", "their"].contains($0) } ?? false)
        guard word(i) == "half", byHalf || bound(before: i).0 != .exact, !(word(i + 1).map { $0 == "a" || $0 == "an" } ?? false),
            !tightHyphen(i + 1)
        else { return nil }
        return NumberMatch(value: Self.decimal(0.5), first: i, last: i, words: true, scaled: false, plainInteger: false)
    }

    /// "two-thirds", "one-eighth": the token after a tight hyphen between numerator and denominator, else `k`.
    /// Also "one - fourth", "five - eighths": a hyphen spaced on both sides.
    private func skippingTightHyphen(_ k: Int) -> Int {
        if tightHyphen(k) { return k + 1 }
        if symbol(k) == "-", tokens[k].spaceBefore, k + 1 < tokens.count, tokens[k + 1].spaceBefore, word(k + 1) != nil {
            return k + 1
        }
        return k
    }

    /// Whether a plural denominator of a hundredth or smaller is at `k`: "trillionths", "thousandths".
    private func smallDenominatorFollows(_ k: Int) -> Bool {
        guard let w = word(k), w.hasSuffix("s"), let d = NumberRules.denominators[w] else { return false }
        return d >= 100
    }

    /// Whether a number ends in a scale of a thousand or more ("3 million", "two thousand"), which a
    /// fraction after it divides no further.
    private func endsInLargeScale(_ base: NumberMatch) -> Bool {
        guard let w = word(base.last) else { return base.scaled }
        return (NumberRules.scaleWords[w] ?? NumberRules.attachedScales[w] ?? 0) >= 3 || NumberRules.moneyOnlyScales[w] != nil
    }

    /// A denominator written as an ordinal word: "thirds", "a fifth", "twenty-firsts", "hundredths",
    /// "one hundred fifth".
    func denominator(at k: Int) -> (value: Int, last: Int, plural: Bool)? {
        guard let w = word(k) else { return nil }
        // "a third straight meeting", "a fifth consecutive loss": an ordinal; "in six quarters", "the past four
        // quarters": periods (not "three quarters", "three quarters of voters").
        if let next = word(k + 1), NumberRules.afterOrdinal.contains(next), sameSentence(k, k + 1) { return nil }
        // ("won a ninth global medal", "a fourth world title": after "a", an ordinal of no more than a half's or a quarter's
        // name before a lower-case word that is no word of a fraction's: not "a third of", "a fifth more", "a third higher",
        // "cut by a third in March", "a fifth as much".)
        if word(k - 1) == "a", w != "half", w != "quarter", !w.hasSuffix("s"), NumberRules.denominators[w] != nil, k + 1 < tokens.count,
            !(word(k - 2).map(NumberRules.beforeFractions.contains) ?? false), word(k + 1).map({ !$0.hasSuffix("ly") }) == true,
            sameSentence(k, k + 1), tokens[k + 1].kind == .word, !tokens[k + 1].capitalized, let next = word(k + 1),
            !SubjectRules.stopWords.contains(next), !NumberRules.afterFractions.contains(next), !next.hasSuffix("er"),
            DateRules.relativeShifts[next] == nil,
            // (Nor a verb's: "not the about a third stated", "a third voted against".)
            !DateRules.isPastForm(next), !Self.presentParticiple(next)
        {
            return nil
        }
        if w == "quarters", word(k + 1) != "of", let lead = word(k - 2), NumberRules.beforePeriodCount.contains(lead) { return nil }
        if let v = NumberRules.denominators[w] { return (v, k, w.hasSuffix("s") || w == "halves") }
        // "twenty-first", "twenty firsts", "thirty-seconds" is time, so only with a tens word before.
        if let tens = NumberRules.units[w], tens >= 20, tens % 10 == 0 {
            var n = k + 1
            if symbol(n) == "-", attached(n) { n += 1 }
            guard let u = word(n) else { return nil }
            let singular = u.hasSuffix("s") ? String(u.dropLast()) : u
            if let unit = NumberRules.ordinalUnits[singular] { return (tens + unit, n, u.hasSuffix("s")) }
        }
        // "one hundred fifth", "one hundred and fifth": a compound ordinal, after a numerator the
        // compound did not take ("one one hundred fifth" = 1/105).
        if NumberRules.units[w] != nil, let c = readCompound(at: k, leadingOne: false, fractions: false), c.scaled,
            let scale = word(c.last),
            NumberRules.scaleWords[scale] != nil
        {
            var n = c.last + 1
            if word(n) == "and" { n += 1 }
            if let w = word(n), NumberRules.units[w] == nil, let inner = denominator(at: n), inner.value < 100 {
                return (c.value + inner.value, inner.last, inner.plural)
            }
        }
        return nil
    }

    /// Fractions after a whole number: "two thirds", "one and a half", "5 and a quarter", "3/4", "2 1/4".
    private func withFraction(_ base: NumberMatch) -> NumberMatch {
        let whole = base.value.doubleValue
        let k = base.last + 1
        guard k < tokens.count, sameSentence(base.first, k) else { return base }
        // "3 million and a half", "one billion and three quarters": a fraction of the scale.
        if base.scaled, word(k) == "and", let next = word(k + 1), let scaleWord = word(base.last),
            let power = NumberRules.scaleWords[scaleWord], power >= 3
        {
            var numerator = 0.0
            if next == "a" || next == "an" {
                numerator = 1
            } else if let n = NumberRules.units[next], n > 0, n < 10 {
                numerator = Double(n)
            }
            if numerator > 0, let d = word(k + 2), let denominator = NumberRules.denominators[d] {
                var result = base
                var last = k + 2
                // "one billion and a half million" names the fraction's own scale.
                var fractionScale = power
                if let own = word(k + 3), let ownPower = NumberRules.scaleWords[own] { fractionScale = ownPower; last = k + 3 }
                result.value = Self.decimal(whole + numerator / Double(denominator) * pow10(fractionScale))
                result.last = last
                return result
            }
        }
        // "two thirds of a million".
        if !base.scaled, base.words, whole < 1, word(k) == "of", let a = word(k + 1), a == "a" || a == "an", let sc = word(k + 2),
            let power = NumberRules.scaleWords[sc], power >= 3
        {
            var result = base
            result.value = Self.decimal(whole * pow10(power))
            result.last = k + 2
            result.scaled = true
            return result
        }
        // A compound that ends in a unit or in "hundred" takes a fraction after it: "one hundred and
        // three and two thirds", "two hundred and fifty-four hundredths", "ninety - five hundred fifths".
        // ("a hundred thousand trillionths": a plural denominator of a hundredth or less divides any whole.)
        guard !base.scaled || !endsInLargeScale(base) || (base.words && smallDenominatorFollows(k)) else { return base }
        // "one hundred thirty fifths", "one hundred thirty-fifths": after a scale, a tens word and an
        // ordinal unit make one denominator (1/35 × 100); "one hundred and thirty fifths" is 130/5.
        if base.words, let tensWord = word(base.last), let tens = NumberRules.units[tensWord], tens >= 20, tens % 10 == 0,
            base.last > base.first, let before = word(base.last - 1), NumberRules.scaleWords[before] != nil,
            let u = word(skippingTightHyphen(k)), u != "second", u != "seconds"
        {
            let plural = u.hasSuffix("s")
            let singular = plural ? String(u.dropLast()) : u
            let numerator = whole - Double(tens)
            if let unit = NumberRules.ordinalUnits[singular], numerator >= 1, (numerator == 1) == !plural {
                var result = base
                result.value = Self.decimal(numerator / Double(tens + unit))
                result.last = skippingTightHyphen(k)
                return result
            }
        }
        // "two thirds", "five eighths", "twenty-three fifths", "three twenty-firsts" (the denominator
        // is plural unless the numerator is one).
        if base.words, let d = denominator(at: skippingTightHyphen(k)), whole >= 1, whole == whole.rounded(),
            (whole == 1) == !d.plural || d.value == 2
        {
            var result = base
            result.value = Self.decimal(whole / Double(d.value))
            result.last = d.last
            // "two thirds of a million".
            let e = d.last
            if word(e + 1) == "of", let a = word(e + 2), a == "a" || a == "an", let sc = word(e + 3),
                let power = NumberRules.scaleWords[sc], power >= 3
            {
                result.value = Self.decimal(whole / Double(d.value) * pow10(power))
                result.last = e + 3
                result.scaled = true
            }
            return result
        }
        // "one in five", "two out of three", "1 in twenty-one": a ratio, as a fraction; "one over three",
        // "2000 over 3": a quotient, when nothing is counted after it ("over 3 years" is a duration).
        // (Not a label's number: "met its endpoint at week 12 in 312 patients".)
        if whole >= 1, whole == whole.rounded(), !base.scaled, !(word(base.first - 1).map(NameRules.identifierWords.contains) ?? false) {
            var at = k
            let over = word(at) == "over"
            if word(at) == "out", word(at + 1) == "of" { at += 2 } else if word(at) == "in" || over { at += 1 } else { at = -1 }
            // ("one in every 182 people": over "every".)
            if at > 0, !over, word(at) == "every" { at += 1 }
            if at > 0, at < tokens.count, sameSentence(base.first, at),
                tokens[at].kind == .number || (tokens[at].kind == .word && NumberRules.units[tokens[at].norm] != nil),
                !(tokens[at].kind == .number && tokens[at].norm.utf8.count == 4),
                let denominator = try? readNumber(at: at, money: false),
                over
                    ? denominator.value.doubleValue > 0 && !quotientCounts(after: denominator.last) : denominator.value.doubleValue > whole,
                !denominator.scaled || word(k) == "out" || over
            {
                var result = base
                result.value = Self.decimal(whole / denominator.value.doubleValue)
                result.last = denominator.last
                result.plainInteger = false
                return result
            }
        }
        // "one and a half", "five and three quarters", "two and fifty-four hundredths".
        if word(k) == "and", let next = word(k + 1) {
            var numerator = 0.0
            var at = k + 2
            if next == "a" || next == "an" {
                numerator = 1
            } else if NumberRules.units[next] != nil, let n = readCompound(at: k + 1, leadingOne: false), n.value > 0, n.value < 100 {
                numerator = Double(n.value)
                at = skippingTightHyphen(n.last + 1)
            }
            if numerator > 0, let d = word(at), let denominator = NumberRules.denominators[d], numerator < Double(denominator) {
                var result = base
                result.value = Self.decimal(whole + numerator / Double(denominator))
                result.last = at
                at += 1
                // "one and a half million".
                if let sc = word(at), let power = NumberRules.scaleWords[sc], power >= 3 {
                    result.value = Self.decimal((whole + numerator / Double(denominator)) * pow10(power))
                    result.last = at
                    result.scaled = true
                }
                return result
            }
        }
        guard !base.words, base.plainInteger else { return base }
        // "2½".
        if attached(k), let s = symbol(k), let fraction = NumberRules.vulgarFractions[s] {
            var result = base
            result.value = Self.decimal(whole + fraction)
            result.last = k
            result.plainInteger = false
            return result
        }
        // "3/4" (dates were read before this rule) and "2 1/4".
        if symbol(k) == "/", attached(k), attached(k + 1), let d = tokens.indices.contains(k + 1) ? Double(tokens[k + 1].norm) : nil,
            tokens[k + 1].kind == .number, NumberRules.slashDenominators.contains(tokens[k + 1].norm), whole < d,
            !(attached(k + 2) && symbol(k + 2) == "/")
        {
            var result = base
            result.value = Self.decimal(whole / d)
            result.last = k + 1
            result.plainInteger = false
            return result
        }
        if tokens[k].kind == .number, tokens[k].spaceBefore, symbol(k + 1) == "/", attached(k + 1), attached(k + 2),
            let n = Double(tokens[k].norm), k + 2 < tokens.count, let d = Double(tokens[k + 2].norm), tokens[k + 2].kind == .number, d > n,
            n > 0, NumberRules.slashDenominators.contains(tokens[k + 2].norm)
        {
            var result = base
            result.value = Self.decimal(whole + n / d)
            result.last = k + 2
            result.plainInteger = false
            return result
        }
        return base
    }

    /// A power written after the number at `i`: "1.1^23", "2.5^-1", and scientific notation with its
    /// base written out, "1.3x10^6", "6.23×10^-4".
    private func power(after i: Int, value: DecimalValue) -> NumberMatch? {
        var k = i + 1
        var tenths = false
        if attached(k), symbol(k) == "^" {
            k += 1
        } else if attached(k), word(k) == "x" || symbol(k) == "×", attached(k + 1), k + 1 < tokens.count, tokens[k + 1].norm == "10",
            attached(k + 2), symbol(k + 2) == "^"
        {
            tenths = true
            k += 3
        } else {
            return nil
        }
        var negative = false
        while attached(k), let s = symbol(k), s == "-" || s == "+" || s == "−" {
            if s != "+" { negative.toggle() }
            k += 1
        }
        guard attached(k), let exponent = smallInteger(k, maxDigits: 6) else { return nil }
        let result: DecimalValue
        if tenths {
            result = value.scaled(byPowerOfTen: negative ? -exponent : exponent)
        } else {
            // By squaring: an exponent may have six digits.
            var raised = 1.0
            var square = value.doubleValue
            var left = exponent
            while left > 0 {
                if left & 1 == 1 { raised *= square }
                square *= square
                left >>= 1
            }
            if raised.isFinite, raised != 0 {
                result = Self.decimal(negative ? 1 / raised : raised)
            } else {
                // "10^400", "10^-400": one figure whose power of ten is out of range, reported as
                // such. The power comes from squaring, with mantissas kept between 1 and 10.
                guard var base = Self.powerOfTen(value.doubleValue.magnitude) else { return nil }
                var product = (mantissa: 1.0, power: 0)
                var left = exponent
                while left > 0 {
                    if left & 1 == 1 { product = Self.normalized(product.mantissa * base.mantissa, plus: product.power + base.power) }
                    base = Self.normalized(base.mantissa * base.mantissa, plus: 2 * base.power)
                    left >>= 1
                }
                let sign = value.negative && exponent & 1 == 1 ? -1 : 1
                result = DecimalValue(sign).scaled(byPowerOfTen: negative ? -product.power : product.power)
            }
        }
        return NumberMatch(value: result, first: i, last: k, words: false, scaled: true, plainInteger: false)
    }

    /// Whether a word or a unit follows a quotient's divisor in its sentence: "2000 over 3 years".
    private func quotientCounts(after last: Int) -> Bool {
        guard last + 1 < tokens.count, sameSentence(last, last + 1) else { return false }
        let next = tokens[last + 1]
        return next.kind == .word || PercentRules.symbols.contains(next.norm) || MoneyRules.symbols[next.norm] != nil
            || MoneyRules.symbolsAfter[next.norm] != nil
    }

    /// `value` as a mantissa between 1 and 10 and a power of ten; nil for zero or a value that is
    /// not finite.
    static func powerOfTen(_ value: Double) -> (mantissa: Double, power: Int)? {
        guard value > 0, value.isFinite else { return nil }
        return normalized(value, plus: 0)
    }

    /// A positive finite `value` × 10^`plus` as a mantissa between 1 and 10 and a power of ten.
    private static func normalized(_ value: Double, plus: Int) -> (mantissa: Double, power: Int) {
        var mantissa = value
        var power = plus
        while mantissa >= 10 { mantissa /= 10; power += 1 }
        while mantissa < 1 { mantissa *= 10; power -= 1 }
        return (mantissa, power)
    }

    private func pow10(_ power: Int) -> Double {
        var v = 1.0
        for _ in 0..<power { v *= 10 }
        return v
    }

    /// A decimal from a double, to 15 significant digits.
    static func decimal(_ value: Double) -> DecimalValue {
        if value == value.rounded(), abs(value) < 1e15 { return DecimalValue(Int(value)) }
        var text = String(value)
        if text.contains("e") { text = String(format15: value) }
        return DecimalValue(text) ?? DecimalValue(0)
    }

    private func readDigits(at i: Int, money: Bool) throws(NotAFigure) -> NumberMatch? {
        let token = tokens[i]
        // ".08": a decimal written without its leading zero.
        if i > 0, symbol(i - 1) == ".", attached(i), i == 1 || tokens[i - 1].spaceBefore || tokens[i - 1].newlineBefore,
            !token.norm.utf8.contains(UInt8(ascii: ".")), let parsed = DecimalValue("0." + token.norm)
        {
            // ".25ml" is a measurement, not a count; ".45-caliber" a compound modifier.
            if attached(i + 1), word(i + 1) != nil { throw NotAFigure(last: i + 1) }
            if tightHyphen(i + 1), word(i + 2) != nil { throw NotAFigure(last: i + 2) }
            return NumberMatch(value: parsed, first: i - 1, last: i, words: false, scaled: false, plainInteger: false)
        }
        // Written against letters or code symbols: "A320", "COVID-19", "a/2020", "#5", version "2.3.1".
        if attached(i) {
            let previous = tokens[i - 1]
            // "USD115" is money; "A320" is a name.
            // ("Rs500", "Rs.500": a currency abbreviation, capitalised.)
            let abbreviation = { (k: Int) in money && currencyAbbreviation(at: k) != nil }
            if previous.kind == .word && !(money && MoneyRules.codes.contains(previous.norm)) && !abbreviation(i - 1) {
                throw NotAFigure(last: i)
            }
            if previous.kind == .symbol {
                if NameRules.codeSymbols.contains(previous.norm) || (previous.norm == "." && !(attached(i - 1) && abbreviation(i - 2))) {
                    throw NotAFigure(last: i)
                }
                // "COVID-19" is a name; "5k-20k" is a range of scaled numbers.
                if previous.norm == "-" || previous.norm == "–", i >= 2, attached(i - 1), tokens[i - 2].kind == .word,
                    !(i >= 3 && attached(i - 2) && tokens[i - 3].kind == .number
                        && (NumberRules.attachedScales[tokens[i - 2].norm] != nil || NumberRules.moneyOnlyScales[tokens[i - 2].norm] != nil))
                {
                    throw NotAFigure(last: i)
                }
            }
        }
        var last = i
        var value: DecimalValue
        guard let parsed = DecimalValue(token.norm) else {
            // More digits than any real figure: an overflow, reported by skipping it.
            throw NotAFigure(last: i)
        }
        value = parsed
        var scaled = false
        let separators = tokens[i].end - tokens[i].start != token.norm.utf8.count
        let plainInteger = !separators && !token.norm.utf8.contains(UInt8(ascii: "."))
        // "1.3e6", "12.32e+14", "-12e-1": scientific notation.
        if attached(i + 1), word(i + 1) == "e", i + 2 < tokens.count, attached(i + 2) {
            var k = i + 2
            var sign = 1
            if let s = symbol(k), s == "+" || s == "-", attached(k + 1) { sign = s == "-" ? -1 : 1; k += 1 }
            if let e = smallInteger(k, maxDigits: 6) {
                return NumberMatch(
                    value: value.scaled(byPowerOfTen: sign * e), first: i, last: k, words: false, scaled: true, plainInteger: false)
            }
        }
        if let power = power(after: i, value: value) { return power }
        if attached(i + 1), i + 1 < tokens.count {
            let next = tokens[i + 1]
            if next.kind == .word {
                if NumberRules.ordinalSuffixes.contains(next.norm) { throw NotAFigure(last: i + 1) }
                if let power = NumberRules.attachedScales[next.norm] {
                    value = value.scaled(byPowerOfTen: power); scaled = true; last = i + 1
                } else if let power = NumberRules.moneyOnlyScales[next.norm],
                    money || ((next.norm == "k" || next.norm == "b") && !tokens[i + 1].capitalized) || millionsOfThings(i + 1)
                        || (next.norm == "mm" && (word(i + 2).map { Self.isCurrencyWord($0) } ?? false))
                        || (next.norm == "m"
                            && (word(i + 2).map { Self.isCurrencyWord($0) && !MoneyRules.wordsOfOtherUse.contains($0) } ?? false)
                            && !tightHyphen(i + 3)),
                    i + 2 >= tokens.count || !attached(i + 2) || tokens[i + 2].kind == .symbol
                {
                    // "10k", "1.2b" (lower case: "3M" and "5G" are names).
                    value = value.scaled(byPowerOfTen: power); scaled = true; last = i + 1
                } else if next.norm == "p", !next.capitalized,
                    // ("12p.3": no; "to 412p." ends a sentence.)
                    !(attached(i + 2) && symbol(i + 2) == "." && i + 3 < tokens.count && attached(i + 3)),
                    !NameRules.videoLines.contains(token.norm),
                    writesPounds() || pricePerUnit(after: i + 1) || sharePriceSentence(i) || penceBefore(i) || priceInPence(i),
                    i + 2 >= tokens.count || !attached(i + 2) || tokens[i + 2].kind == .symbol
                {
                    // "3p a litre", "155.2p": pence, read as hundredths after the number.
                } else if !PercentRules.words.contains(next.norm) && MoneyRules.symbolsAfter[next.norm] == nil
                    && !MoneyRules.codes.contains(next.norm) && !PercentRules.basisPointAbbreviations.contains(next.norm)
                {
                    // "3M", "5G", "10km": a name or a measurement, not a count.
                    throw NotAFigure(last: i + 1)
                }
            } else if next.kind == .symbol {
                // "16:50", "2.3.1", "8621-52920043", "1/2".
                let after = i + 2 < tokens.count && attached(i + 2) ? tokens[i + 2] : nil
                // "3/4": a fraction, when nothing else is attached to it (not "1/2/3" or "a/b").
                // (A proper fraction only: "287/6" is a cricket score, "50/50" a split.)
                let fraction =
                    next.norm == "/" && after?.kind == .number
                    && (Double(token.norm).flatMap { n in after.flatMap { Double($0.norm) }.map { n < $0 } } ?? false)
                    && !(i + 3 < tokens.count && attached(i + 3)
                        && (tokens[i + 3].kind != .symbol || tokens[i + 3].norm == "/"))
                    && !(i > 0 && attached(i) && tokens[i - 1].kind != .symbol)
                if let after, after.kind == .number || after.kind == .word, !fraction {
                    // "$9.99/month", "$0.03/kWh", "$6.99-a-month": a price rate; the amount stands.
                    if money, after.kind == .word,
                        (next.norm == "/" && MoneyRules.rateUnits.contains(after.norm))
                            || (next.norm == "-" && (after.norm == "a" || after.norm == "per") && symbol(i + 3) == "-" && attached(i + 3)
                                && word(i + 4).map { MoneyRules.rateUnits.contains($0) } == true)
                    {
                        return NumberMatch(value: value, first: i, last: i, words: false, scaled: scaled, plainInteger: false)
                    }
                    if NameRules.codeSymbols.contains(next.norm) || next.norm == "." { throw NotAFigure(last: i + 2) }
                    // Three or more groups joined by hyphens: "1-800-555-0199", "978-3-16".
                    let chain = hyphenChain(from: i)
                    if chain.groups >= 3 { throw NotAFigure(last: chain.last) }
                    // "a $1.5-billion round": a scale joined to an amount by a hyphen.
                    if money, next.norm == "-", after.kind == .word, let power = NumberRules.scaleWords[after.norm] {
                        return NumberMatch(
                            value: value.scaled(byPowerOfTen: power), first: i, last: i + 2, words: false, scaled: true, plainInteger: false
                        )
                    }
                    // ("40-plus cities", "200-plus staff": a bound after a hyphen, `boundAfter`.)
                    // (Not an age group, "the 40-plus age group".)
                    // (Before a plural counted or at the clause's end only: not "the 65-plus bracket", "a 20-plus-year career", nor
                    // people by their age under a hundred, "70-plus residents"; "200-plus staff", "The crowd was 40,000-plus.")
                    if next.norm == "-", after.norm == "plus", attached(i + 2) {
                        // ("The film is rated 12-plus", "those aged 18-plus": a rating, an age.)
                        if word(i - 1).map({ ["rated", "aged", "age", "ages"].contains($0) }) == true { throw NotAFigure(last: i + 2) }
                        let counted =
                            i + 3 < tokens.count && tokens[i + 3].spaceBefore
                            && word(i + 3).map({
                                (isPlural($0) || NameRules.groupsByAge.contains($0)) && !SubjectRules.stopWords.contains($0)
                                    && (!NameRules.groupsByAge.contains($0) || value.doubleValue > 100)
                            }) == true
                        guard counted || clauseEnds(after: i + 2) else { throw NotAFigure(last: i + 2) }
                        return NumberMatch(value: value, first: i, last: i, words: false, scaled: scaled, plainInteger: false)
                    }
                    // A compound modifier: "24-year-old", "100-meter race", "five-year plan" (not "60-percent");
                    // one of things counted before its noun stays a count: "the 1,000-bed hospital".
                    if next.norm == "-", after.kind == .word, !PercentRules.words.contains(after.norm),
                        !Self.isCurrencyWord(after.norm)
                    {
                        if countedModifier(at: i + 2) {
                            return NumberMatch(value: value, first: i, last: i, words: false, scaled: scaled, plainInteger: false)
                        }
                        throw NotAFigure(last: i + 2)
                    }
                    // A tennis set with its tie-break: "6-7(5)", "7-6 (8)".
                    if next.norm == "-", after.kind == .number, token.norm.utf8.count <= 2, after.norm.utf8.count <= 2,
                        symbol(i + 3) == "(", i + 4 < tokens.count, tokens[i + 4].kind == .number, symbol(i + 5) == ")"
                    {
                        throw NotAFigure(last: i + 5)
                    }
                    // A score or a descending pair: "52-48", "3-1", a draw "1-1".
                    if next.norm == "-", after.kind == .number, let a = Double(token.norm), let b = Double(after.norm), b <= a,
                        token.norm.utf8.count <= 3, after.norm.utf8.count <= 3
                    {
                        throw NotAFigure(last: i + 2)
                    }
                    // A bowler's figures, "Bumrah takes 6-33", "figures of 5-40"; a Gaelic score line, "0-26 to 1-15".
                    if next.norm == "-", after.kind == .number, token.norm.utf8.count <= 2, after.norm.utf8.count <= 3,
                        let a = Int(token.norm), let b = Int(after.norm), a <= 10, b > a, attached(i + 2), !looksCounted(after: i + 2),
                        percent(after: i + 2) == nil, !unitAfterPair(i + 2),
                        (word(i - 1).map { NumberRules.wicketVerbs.contains($0) } ?? false)
                            || (word(i - 1) == "of" && word(i - 2) == "figures") || scoreLineJoins(i)
                    {
                        throw NotAFigure(last: i + 2)
                    }
                    // A set's score in a list of them with a score in it, ascending or not: "won 25-21, 23-25, 25-18" (not
                    // bands of ages, "18-24, 25-34", all ascending).
                    let descendingPair = { (k: Int) -> Bool in
                        self.tightPair(at: k, maxDigits: 2) && (Int(self.tokens[k].norm) ?? 0) > (Int(self.tokens[k + 2].norm) ?? 0)
                    }
                    if next.norm == "-", after.kind == .number, token.norm.utf8.count <= 2, after.norm.utf8.count <= 2,
                        attached(i + 2), (symbol(i - 1) == "," && descendingPair(i - 4)) || (symbol(i + 3) == "," && descendingPair(i + 4))
                    {
                        throw NotAFigure(last: i + 2)
                    }
                    // (Not numbers grouped in thousands: "60,000-70,000 fans", "40-45,000".)
                    let grouped = text(i, i).contains(",") || text(i + 2, i + 2).contains(",")
                    if next.norm == "-", after.kind == .number, !grouped,
                        token.norm.utf8.count >= 5 || after.norm.utf8.count >= 5
                            || (token.norm.utf8.count == 3 && after.norm.utf8.count == 4)
                    {
                        throw NotAFigure(last: i + 2)
                    }
                }
            }
        }
        // Long digit runs are identifiers (licence, phone and record numbers).
        if plainInteger, token.norm.utf8.count >= NameRules.identifierDigits, !money { throw NotAFigure(last: i) }
        if last == i, let w = word(i + 1),
            let power = NumberRules.scaleWords[w]
                ?? (w == "mm" && (money || (word(i + 2).map { Self.isCurrencyWord($0) } ?? false)) ? 6 : nil)
                    // ("The budget is £2,300 m", "3.5 m people": a spaced "m" of an amount, or before things no length goes with.)
                    ?? (w == "m" && text(i + 1, i + 1) == "m"
                        && (money || millionsOfThings(i + 1) || (word(i + 2).map { Self.isCurrencyWord($0) } ?? false)) ? 6 : nil),
            sameSentence(i, i + 1)
        {
            // "4 thousand 3 hundred and 21", "6 crore and two hundred": digits and words in one compound.
            if plainInteger, let compound = readCompound(at: i, leadingOne: false), compound.last > i + 1 {
                return NumberMatch(
                    value: DecimalValue(compound.value), first: i, last: compound.last, words: false, scaled: true, plainInteger: false)
            }
            value = value.scaled(byPowerOfTen: power); scaled = true; last = i + 1
            // "1.5 lakh crore", "2 thousand million": a larger scale straight after multiplies.
            if power >= 3, let w2 = word(i + 2), let power2 = NumberRules.scaleWords[w2], power2 > power, sameSentence(i, i + 2) {
                value = value.scaled(byPowerOfTen: power2); last = i + 2
            }
        } else if last == i, let w = word(i + 1), let factor = NumberRules.multiplierWords[w], sameSentence(i, i + 1),
            let product = value.multiplied(by: factor)
        {
            value = product; last = i + 1
        }
        return NumberMatch(value: value, first: i, last: last, words: false, scaled: scaled, plainInteger: plainInteger && !scaled)
    }

    /// "six", "forty-two", "two hundred and five", "a dozen", "half a million", "3 million" words.
    private func readWords(at i: Int) -> NumberMatch? {
        guard let first = word(i) else { return nil }
        // "half a million", "half million", "a quarter million", "three quarters billion".
        var k0 = i
        var numerator = 1
        if first == "a" || first == "an" { k0 += 1 }
        if let n = word(k0), let units = NumberRules.units[n], units > 0, units < 10, let q = word(k0 + 1), q == "quarters" {
            numerator = units
            k0 += 1
        }
        if let part = word(k0), let fraction = NumberRules.fractionOfScale[part] {
            var k = k0 + 1
            if let a = word(k), a == "a" || a == "an" { k += 1 }
            // "half a dozen".
            // "half a percentage point", "a quarter percent": a fraction of a percent, read up to the article.
            if percent(after: k - 1) != nil {
                let v = DecimalValue(fraction.numerator * numerator).scaled(byPowerOfTen: -fraction.digits)
                return NumberMatch(value: v, first: i, last: k - 1, words: true, scaled: false, plainInteger: false)
            }
            if part == "half", k > k0 + 1, let d = word(k), let factor = NumberRules.multiplierWords[d], factor % 2 == 0 {
                return NumberMatch(value: DecimalValue(factor / 2), first: i, last: k, words: true, scaled: false, plainInteger: false)
            }
            if let sc = word(k), let power = NumberRules.scaleWords[sc], power >= 3,
                let v = DecimalValue(fraction.numerator * numerator).scaled(byPowerOfTen: power - fraction.digits).multiplied(by: 1)
            {
                return NumberMatch(value: v, first: i, last: k, words: true, scaled: true, plainInteger: false)
            }
        }
        if first == "a" || first == "an" {
            guard let s = word(i + 1), sameSentence(i, i + 1) else { return nil }
            // "a couple of protesters", "a couple hundred", "a couple of thousand", "a couple dozen".
            if s == "couple", first == "a" {
                var k = i + 2
                if word(k) == "of" { k += 1 }
                if let w = word(k), sameSentence(i, k), let power = NumberRules.scaleWords[w], !w.hasSuffix("s") {
                    return NumberMatch(
                        value: DecimalValue(2).scaled(byPowerOfTen: power), first: i, last: k, words: true, scaled: true,
                        plainInteger: false)
                }
                if let w = word(k), sameSentence(i, k), let factor = NumberRules.multiplierWords[w], !w.hasSuffix("s") {
                    return NumberMatch(value: DecimalValue(2 * factor), first: i, last: k, words: true, scaled: false, plainInteger: false)
                }
                guard word(i + 2) == "of" else { return nil }
                return NumberMatch(value: DecimalValue(2), first: i, last: i + 1, words: true, scaled: false, plainInteger: false)
            }
            if let factor = NumberRules.multiplierWords[s] {
                // ("won with a score of 312 votes", "a score of 98.5": a score's number, not twenty.)
                if s == "score", word(i + 2) == "of", i + 3 < tokens.count, tokens[i + 3].kind == .number { return nil }
                return NumberMatch(value: DecimalValue(factor), first: i, last: i + 1, words: true, scaled: false, plainInteger: false)
            }
            // "a hundred", "a thousand", "a hundred and twenty": the article stands for one before a scale.
            if NumberRules.scaleWords[s] != nil, let compound = readCompound(at: i + 1, leadingOne: true) {
                return NumberMatch(
                    value: DecimalValue(compound.value), first: i, last: compound.last, words: true, scaled: true, plainInteger: false)
            }
            return nil
        }
        guard NumberRules.units[first] != nil, let compound = readCompound(at: i, leadingOne: false) else { return nil }
        var last = compound.last
        var usedWords = compound.atoms
        let sawScale = compound.scaled
        let total = compound.value
        let current = 0
        guard last >= i else { return nil }
        // "nine point nought four", "two hundred point seventy-one".
        var decimals = ""
        if word(last + 1) == "point", sameSentence(i, last + 2) {
            var p = last + 2
            while let d = word(p), let digit = NumberRules.digitWords[d] {
                decimals += String(digit)
                p += 1
            }
            if decimals.isEmpty, let n = word(p), let v = NumberRules.units[n], v >= 10 {
                var value = v
                var end = p
                if symbol(p + 1) == "-", attached(p + 1), let u = word(p + 2), let uv = NumberRules.units[u], uv < 10 {
                    value += uv; end = p + 2
                }
                decimals = String(value)
                p = end + 1
            }
            if !decimals.isEmpty {
                last = p - 1
                usedWords += 1
            }
        }
        // A lone "one" is no figure, unless a fraction follows: "one and a half million".
        let fractionFollows = word(last + 1) == "and" && (word(last + 3).map { NumberRules.denominators[$0] != nil } ?? false)
        // "one penny", "one dollar", "a one-yen bid": a lone "one" with a currency is an amount.
        let currencyWord = { (w: String?) in
            w.map { isCurrencyWordStatic($0) } ?? false
        }
        let currencyFollows =
            currencyWord(word(last + 1)) || (symbol(last + 1) == "-" && attached(last + 1) && currencyWord(word(last + 2)))
        let signed = word(i - 1) == "minus" || word(i - 1) == "negative"
        // "one in five", "one out of three", "one in every 182".
        let denominatorAt = word(last + 2) == "every" && word(last + 1) == "in" ? last + 3 : last + 2
        let ratioFollows =
            (word(last + 1) == "in" || word(last + 1) == "over" || (word(last + 1) == "out" && word(last + 2) == "of"))
            && (tokens.indices.contains(denominatorAt)
                && (tokens[denominatorAt].kind == .number || NumberRules.units[tokens[denominatorAt].norm] != nil
                    || (word(denominatorAt + 1).map { NumberRules.units[$0] != nil } ?? false)))
        // "One person died", "one man was arrested": one of the people news counts, then a verb.
        let personCounted = first == "one" && personsVerb(after: last)
        // ("cut the rate by one percentage point", "one per cent", "one basis point": a percentage.)
        let percentFollows =
            word(last + 1).map { ["percent", "percentage", "pct", "basis"].contains($0) || ($0 == "per" && word(last + 2) == "cent") }
            ?? false
        if usedWords == 1, NumberRules.loneWordsNotFigures.contains(first), !fractionFollows, !currencyFollows, !signed, !ratioFollows,
            !personCounted, !percentFollows
        {
            return nil
        }
        // "the plan came to naught": an idiom, no figure.
        if usedWords == 1, NumberRules.zeroWords.contains(first), let w = word(i - 1), NumberRules.zeroIdiomBefore.contains(w) {
            return nil
        }
        let integer = DecimalValue(total + current)
        let value = decimals.isEmpty ? integer : (DecimalValue(integer.description + "." + decimals) ?? integer)
        return NumberMatch(value: value, first: i, last: last, words: true, scaled: sawScale, plainInteger: false)
    }

    /// Whether a plural noun of things follows the number ending at `last`, over one modifier: "650 seats", "55 penguin chicks"
    /// (not points, a share's unit: "29 points").
    func countsThings(after last: Int) -> Bool {
        for j in (last + 1)...(last + 2) {
            guard let w = word(j), sameSentence(last, j) else { return false }
            if isPlural(w), !SubjectRules.stopWords.contains(w) { return !ChangeRules.unitsLikePercentages.contains(w) }
        }
        return false
    }

    /// Whether one of the people news counts and their verb follow the number ending at `last`: "One person died", "one man
    /// was arrested", "One woman sent", over the place the person is of, "One woman in Kent sent", "One man in the crowd
    /// shouted" (not a ratio's number, "One woman in five experienced harassment").
    private func personsVerb(after last: Int) -> Bool {
        guard word(last + 1).map(NameRules.personNouns.contains) == true else { return false }
        var verbAt = last + 2
        if word(verbAt).map(NameRules.placePrepositionsAfterPeople.contains) == true {
            var j = word(verbAt + 1) == "the" ? verbAt + 2 : verbAt + 1
            if j < tokens.count, tokens[j].kind == .word, NumberRules.units[tokens[j].norm] == nil {
                j += tokens[j].capitalized && j + 1 < tokens.count && tokens[j + 1].kind == .word && tokens[j + 1].capitalized ? 2 : 1
                verbAt = j
            }
        }
        return sameSentence(last, verbAt)
            && (word(verbAt).map { SubjectRules.elisionVerbs.contains($0) || $0.hasSuffix("ed") || DateRules.isPastForm($0) } ?? false)
    }

    /// Whether a scale word follows the number's words and digits from `k` ("forty-two thousand", "40 thousand").
    private func scaleAfterNumberWords(from k: Int) -> Bool {
        var n = k
        while n < tokens.count, n < k + 5,
            tokens[n].kind == .number || word(n).map({ NumberRules.units[$0] != nil }) == true || tightHyphen(n)
        {
            n += 1
        }
        return n > k && word(n).map { NumberRules.scaleWords[$0] != nil } == true
    }

    /// A cardinal written as a compound from token `i`: "two hundred and five", "forty-two", "fifty - two",
    /// "twenty-one trillion three hundred", "three lakh crore", and with digits for the numbers before a
    /// scale or after "and": "4 thousand 3 hundred and 21", "6 crore and two hundred".
    /// Scales fall from left to right: "5 million and 3 million" and "three hundred and two hundred" are
    /// two numbers each, so a scale that cannot join takes the reading back to the last scale that did.
    /// `leadingOne`: an article before `i` counts one ("a hundred"). `fractions`: whether to look for a
    /// proper fraction after "and" (not when reading a denominator, so that the lookahead never nests).
    func readCompound(at i: Int, leadingOne: Bool, fractions: Bool = true) -> (value: Int, last: Int, atoms: Int, scaled: Bool)? {
        var total = 0
        var current = leadingOne ? 1 : 0
        var atoms = leadingOne ? 1 : 0
        var last = i - 1
        var k = i
        var sawScale = false
        var lastWasScale = false
        var hundreds = false
        var afterAnd = false
        var sawZero = false
        // The smallest scale of a thousand or more applied so far.
        var lastPower = Int.max
        var checkpoint = (total: 0, current: 0, last: i - 1, atoms: atoms)
        // Whether the number ends in words straight after a scale, with no "and" and no scale of their own: "A$300
        // billion two years ago" is A$300 billion, and "two" starts another number. (In words only before a unit of
        // time, "three million two years ago"; "one thousand twenty-five" is one number.)
        var plainTail = false
        while k < tokens.count, sameSentence(i, k) {
            let token = tokens[k]
            var atom: Int?
            var atomCeiling = 10
            var scale = false
            if token.kind == .word, let v = NumberRules.units[token.norm] {
                atom = v
                atomCeiling = v < 10 ? 10 : 100
            } else if token.kind == .number, let v = smallInteger(k, maxDigits: 3), v > 0, k == i || !attached(k),
                afterAnd || (word(k + 1).map { NumberRules.scaleWords[$0] != nil } ?? false)
            {
                // Digits in a compound: before a scale ("3 hundred") or after "and" ("hundred and 21").
                atom = v
                atomCeiling = v < 10 ? 10 : v < 100 ? 100 : 1000
            }
            if let v = atom {
                // "twenty twenty" and "three two" are two numbers, not one; "and 0" ends the compound, and
                // nothing joins a zero ("three-nought-four" is three numbers).
                if current % atomCeiling != 0 || (afterAnd && v == 0) || (atoms > 0 && v == 0) || sawZero { break }
                sawZero = v == 0
                if lastWasScale, !afterAnd { plainTail = true }
                current += v
                lastWasScale = false
                afterAnd = false
            } else if token.kind == .symbol {
                // "forty-two", "fifty - two": a hyphen between tens and a unit (spaced on both sides or neither).
                let tight = tightHyphen(k)
                let spaced = token.norm == "-" && token.spaceBefore && k + 1 < tokens.count && tokens[k + 1].spaceBefore
                if tight || spaced, atoms > 0, !lastWasScale, let n = word(k + 1), let unit = NumberRules.units[n],
                    tight || (unit > 0 && unit < 10 && current % 10 == 0 && current % 100 >= 20)
                {
                    k += 1
                    continue
                }
                break
            } else if let w = word(k), NumberRules.scaleWords[w] == 2, atoms > 0, !afterAnd {
                // "three hundred and two hundred": the second hundred starts a new number.
                if hundreds || current >= 1000 {
                    (total, current, last, atoms) = checkpoint
                    break
                }
                current = max(current, 1) * 100
                hundreds = true
                scale = true
            } else if let w = word(k), let power = NumberRules.scaleWords[w], power >= 3, atoms > 0, !afterAnd {
                var multiplier = 1
                for _ in 0..<power { multiplier *= 10 }
                if lastWasScale, current == 0, power > lastPower {
                    // "three lakh crore", "a thousand million": a larger scale straight after a smaller one multiplies it.
                    let (product, overflow) = total.multipliedReportingOverflow(by: multiplier)
                    if overflow { break }
                    total = product
                } else if power >= lastPower {
                    (total, current, last, atoms) = checkpoint
                    break
                } else {
                    let (product, overflow) = max(current, 1).multipliedReportingOverflow(by: multiplier)
                    if overflow { break }
                    total += product
                    current = 0
                }
                lastPower = power
                hundreds = false
                scale = true
            } else if let w = word(k), let factor = NumberRules.multiplierWords[w], atoms > 0, !afterAnd {
                // "three hundred and two dozens": the dozens are the part after the last scale.
                let part = current - checkpoint.current
                let (product, overflow) = max(part, 1).multipliedReportingOverflow(by: factor)
                if overflow || product > 1_000_000 { break }
                current = checkpoint.current + product
            } else if let w = word(k), w == "and", atoms > 0, sawScale, lastWasScale, !afterAnd,
                !fractions || !properFractionFollows(k + 1),
                // (After digits and a million or more, only a part with a scale of its own: "3 million and 40 thousand"; "N15
                // million and two motorcycles" are two things. In words it is one number: "forty-seven million and fifty-six".)
                tokens[i].kind != .number || (word(k - 1).flatMap { NumberRules.scaleWords[$0] } ?? 0) < 6
                    || scaleAfterNumberWords(from: k + 1)
            {
                afterAnd = true
                k += 1
                continue
            } else {
                break
            }
            atoms += 1
            last = k
            if scale {
                // A scale taken: the reading can fall back to here when the next one cannot join.
                sawScale = true
                lastWasScale = true
                plainTail = false
                checkpoint = (total, current, last, atoms)
            }
            k += 1
        }
        if plainTail, checkpoint.last >= i,
            tokens[i].kind == .number || (word(last + 1).map { SubjectRules.durationUnits.contains($0) } ?? false)
        {
            (total, current, last, atoms) = checkpoint
        }
        guard last >= i, atoms > 0 else { return nil }
        return (total + current, last, atoms, sawScale)
    }

    /// Whether a proper fraction in words starts at `k` ("three quarters", "fifty-four hundredths"):
    /// after "and" it is the fraction of a mixed number, not part of the whole.
    private func properFractionFollows(_ k: Int) -> Bool {
        var numerator = 0
        var e = k
        while let w = word(e), let v = NumberRules.units[w], numerator % (v < 10 ? 10 : 100) == 0 {
            numerator += v
            e += 1
            if tightHyphen(e) { e += 1 }
        }
        if word(k) == "a" || word(k) == "an" { numerator = 1; e = k + 1 }
        guard numerator > 0, let d = denominator(at: e) else { return false }
        return numerator < d.value
    }

    // MARK: - Units

    /// A currency written before token `i`: "$", "US$", "HK$", "€", "RMB", "USD".
    func currency(before i: Int) -> (code: String?, candidates: [String]?, first: Int)? {
        let t = i - 1
        // A currency word already taken by the amount before ("10 rmb 20 usd") is not this one's.
        guard t >= 0, sameSentence(t, i), !consumed[t] else { return nil }
        let token = tokens[t]
        if token.kind == .word, let code = Self.millionsCode(token.norm), text(t, t).first == "M" {
            return (code, nil, t)
        }
        if token.kind == .symbol {
            if token.norm == "$" || token.norm == "＄" {
                // "US$", "HK$", "C$", and as written in lower case or spaced out: "hk $", "c $", "cad$".
                // (A spaced "A" that opens its sentence, or follows a word of title case, is the article: "A $250 fine was
                // imposed", "Taking A $4bn Impairment"; "a profit of A $1.2 billion" is Australian.)
                // (After a mark that opens a phrase too: a quote, a colon, a dash, a bracket, `"A $5 fee is fair"`, `UPDATE 2-A $4bn`.)
                // (After a mark, only before a noun the amount modifies: "The verdict: A $2 million fine"; "Net profit: A $1.2
                // billion, up 5%", "Revenue (A $4.5bn) rose" are Australian.)
                let article =
                    word(t - 1) == "a" && !attached(t)
                    && (t < 2 || !sameSentence(t - 2, t - 1) || (tokens[t - 2].kind == .word && tokens[t - 2].capitalized)
                        || ((symbol(t - 2).map(MoneyRules.marksBeforeAnArticle.contains) ?? false) && nounAfterAmount(at: i)))
                if let letters = word(t - 1), let code = MoneyRules.dollarPrefixes[letters], sameSentence(t - 1, t), !article,
                    attached(t) || letters.count >= 2 || tokens[t - 1].capitalized || tokens[t - 1].norm == "c"
                {
                    return (code, nil, t - 1)
                }
                return (bareDollar, nil, t)
            }
            if let code = MoneyRules.symbols[token.norm] {
                // ("E£1,000": the letters written straight before "£" name another pound, `MoneyRules.poundPrefixes`.)
                if token.norm == "£", attached(t), t >= 1, let other = MoneyRules.poundPrefixes[text(t - 1, t - 1)] {
                    return (other, nil, t - 1)
                }
                // ("GH₵50": Ghana's letters before the cedi's sign are the amount's.)
                if token.norm == "₵", attached(t), t >= 1, text(t - 1, t - 1) == "GH" { return (code, nil, t - 1) }
                return (code, nil, t)
            }
            // "S/ 0.80", "S/1.50": the Peruvian sol (`MoneyRules.lettersBeforeSlash`).
            if token.norm == "/", t >= 1, attached(t), let code = MoneyRules.lettersBeforeSlash[text(t - 1, t - 1)] {
                return (code, nil, t - 1)
            }
            // "Rs. 5,000 crore": an abbreviation with its full stop.
            if token.norm == ".", attached(t), sameSentence(t - 1, i), let code = currencyAbbreviation(at: t - 1) {
                return abbreviation(code, at: t - 1)
            }
            if MoneyRules.yenYuanSymbols.contains(token.norm) {
                if let code = yenYuan { return (code, nil, t) }
                return (nil, ["CNY", "JPY"], t)
            }
            return nil
        }
        // "Rs 500 crore", "Rs500", "Rp 15,000": a capitalised abbreviation.
        if let code = currencyAbbreviation(at: t) { return abbreviation(code, at: t) }
        // ("zł 2,800": a sign written in lower case, `MoneyRules.lowerCaseSignsBefore`.)
        if let code = MoneyRules.lowerCaseSignsBefore[token.norm] { return (code, nil, t) }
        // ("COP 1,423,500": Colombian pesos before four digits or more; "COP 26", "COP30" are the climate summits.)
        if token.kind == .word, token.norm == "cop", text(t, t) == "COP", i < tokens.count, tokens[i].kind == .number,
            tokens[i].norm.utf8.count >= 4
        {
            return ("COP", nil, t)
        }
        if token.kind == .word, MoneyRules.codes.contains(token.norm) {
            let raw = text(t, t)
            // Codes that are also English words ("try", "cad") only in capitals.
            if MoneyRules.codesThatAreWords.contains(token.norm) && raw != raw.uppercased() { return nil }
            return (token.norm == "rmb" ? "CNY" : token.norm.uppercased(), nil, t)
        }
        return nil
    }

    /// Whether a lower-case noun follows the amount whose number is at `i` (over a scale word): "A $2 million fine", "A $5
    /// fee" (not "A $1.2 billion, up 5%", "A $1.5 billion in cash").
    func nounAfterAmount(at i: Int) -> Bool {
        var n = i + 1
        if let w = word(n), NumberRules.scaleWords[w] != nil || NumberRules.attachedScales[w] != nil { n += 1 }
        guard let w = word(n), sameSentence(i, n), !tokens[n].capitalized else { return false }
        return !SubjectRules.stopWords.contains(w) && !ChangeRules.subjectPrepositions.contains(w)
    }

    /// The code of a currency abbreviation written as one at `k`: "Rs", not "RS" ("the RS500") or "rs".
    func currencyAbbreviation(at k: Int) -> String? {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word, tokens[k].capitalized else { return nil }
        // (The first three kinds stand before a number: asked first, it spares their tables' lookups for most words.)
        let numberNext = k + 1 < tokens.count && tokens[k + 1].kind == .number
        // "RM1.2 billion", "QR 5.8 billion", "KD3 million": written in capitals, before the number.
        // (Only as an amount is written: with a scale, a decimal point or thousands, or two digits against it, "closed
        // RM42 lower"; not "an RM3 rating".)
        if numberNext, let code = MoneyRules.capitalAbbreviationsBefore[tokens[k].norm], text(k, k).allSatisfy({ $0.isUppercase }),
            tokens[k + 1].integer == nil || scaleFollows(k + 1) || (attached(k + 1) && tokens[k + 1].norm.utf8.count >= 2)
        {
            return code
        }
        // "R21.46", "N70,000", "KSh42.7 billion": a local letter, as written, against the amount, in a text
        // about its country.
        // ("KSh42.7 billion", "USh35,000", "TSh95 billion": a shilling that names its country, wherever the text is.)
        // (Spaced too: "USh 5,200", "KSh 500".)
        if numberNext, let own = MoneyRules.shillingsByCountry[tokens[k].norm], text(k, k) == own.written,
            attached(k + 1) || tokens[k + 1].spaceBefore
        {
            return own.code
        }
        if numberNext, let local = MoneyRules.localAbbreviationsBefore[tokens[k].norm], text(k, k) == local.written, attached(k + 1) {
            if let country = localCurrency(), local.codes.contains(country), writtenAsAnAmount(k + 1) { return country }
            // ("R5.3 billion", "N70,000": a letter of one currency before a large amount is that currency, whatever
            // places the text names.)
            let scaled = scaleFollows(k + 1) || scaleLetterFollows(k + 1)
            let grouped = tokens[k + 1].end - tokens[k + 1].start != tokens[k + 1].norm.utf8.count
            // (Not when the text's places name another currency's country: "Gazprom posted a R629 billion loss, Moscow analysts said".)
            guard local.codes.count == 1, MoneyRules.largeAmountLetters.contains(tokens[k].norm), scaled || grouped,
                localCurrency().map({ local.codes.contains($0) }) ?? true
            else { return nil }
            return local.codes[0]
        }
        guard let code = MoneyRules.abbreviationsBefore[tokens[k].norm], text(k, k).dropFirst().allSatisfy({ $0.isLowercase })
        else { return nil }
        return code
    }

    /// Whether the number at `k` is written as an amount is: with a decimal point, thousands, a scale
    /// word, or after a word of price ("costs R220"); not "the R21 near Pretoria" (a road).
    private func writtenAsAnAmount(_ k: Int) -> Bool {
        if tokens[k].integer == nil || tokens[k].end - tokens[k].start > 4 { return true }
        if scaleFollows(k) || scaleLetterFollows(k) { return true }
        if word(k - 2).map({ MoneyRules.priceWordsBefore.contains($0) }) == true { return true }
        // ("rose to R22 a loaf", "fell to Sh120": a new level after a verb of change, or a price per unit after it, "P52 a kilo".)
        // (Not a level of something else named after it: "rose to P3 signal level", "moved up to N9 on the scoring chart".)
        // ("rose to N950 a mudu", "to P150 each in Cebu", "to P13 in Metro Manila": a rate or a place after it too; not "rose
        // to R4 a day after the storm".)
        if word(k - 2) == "to", let v = word(k - 3), ChangeRules.before[v] != nil || ChangeRules.levelVerbs.contains(v),
            clauseEnds(after: k) || word(k + 1) == "from" || word(k + 1) == "each"
                || (word(k + 1) == "in" && k + 2 < tokens.count && tokens[k + 2].capitalized)
                || ((word(k + 1) == "a" || word(k + 1) == "per") && word(k + 2) != nil
                    && !(word(k + 3).map(DateRules.wordsAfterOffsets.contains) ?? false))
        {
            return true
        }
        if let a = word(k + 1), a == "a" || a == "per", word(k + 2).map(MoneyRules.unitsOfSale.contains) == true { return true }
        // ("paying each Sh700 a day", "earn R350 per shift": a span of time after a word of pay in the clause; not "one N95 a
        // day", "park on P2 a day", "a day after the storm".)
        if let a = word(k + 1), a == "a" || a == "per", word(k + 2).map(MoneyRules.unitsOfPay.contains) == true,
            !(word(k + 3).map(DateRules.wordsAfterOffsets.contains) ?? false),
            (max(0, k - 8)..<k - 1).contains(where: { sameSentence($0, k) && word($0).map(MoneyRules.wordsOfPay.contains) == true })
        {
            return true
        }
        // ("between Sh420 and Sh480", "from R15 to R20": the second end of a range of amounts in the same letter.)
        guard let joiner = word(k - 2), joiner == "and" || joiner == "to", k >= 4, tokens[k - 3].kind == .number, attached(k - 3),
            tokens[k - 4].norm == tokens[k - 1].norm
        else { return false }
        return writtenAsAnAmount(k - 3)
    }

    /// Whether a scale word, spaced or against it, follows the number at `n`: "R5.3 billion", "RM1.2bn".
    func scaleFollows(_ n: Int) -> Bool {
        word(n + 1).map { NumberRules.scaleWords[$0] != nil || NumberRules.attachedScales[$0] != nil } ?? false
    }

    /// Whether a lower-case letter of a scale stands against the number at `n` after the local letter at `n - 1`: "N500m",
    /// "R2bn"; not after a model's or a road's name, "Canon EOS R5m", "Route R40m".
    func scaleLetterFollows(_ n: Int) -> Bool {
        guard attached(n + 1), n + 1 < tokens.count, !tokens[n + 1].capitalized, let w = word(n + 1), NumberRules.moneyOnlyScales[w] != nil
        else { return false }
        let k = n - 1
        guard k >= 1, sameSentence(k - 1, k), tokens[k - 1].kind == .word else { return true }
        return !(tokens[k - 1].capitalized && !headlineSentence(k)) && !NameRules.identifierWords.contains(tokens[k - 1].norm)
            && !NameRules.roadWords.contains(tokens[k - 1].norm)
    }

    /// The dollar the text writes its amounts in: the one prefixed dollar it uses ("S$11.4 billion"), when
    /// it writes no other and no bare "$"; else the bare dollar (USD unless the caller says otherwise).
    func textDollar() -> String {
        if let known = memo.textDollar { return known }
        var found: String?
        var mixed = false
        for t in tokens.indices where tokens[t].kind == .symbol && (tokens[t].norm == "$" || tokens[t].norm == "＄") {
            guard let letters = word(t - 1), !letters.isEmpty, let code = MoneyRules.dollarPrefixes[letters], attached(t) else {
                mixed = true
                break
            }
            if found == nil { found = code } else if found != code { mixed = true; break }
        }
        // (A text of rand with no dollar sign writes its cents in rand: "Petrol rose 50 cents a litre in Johannesburg";
        // and a text of euros its euro cents: "petrol at €1.79, up 8 cent".)
        let euros =
            found == nil && !mixed
            && !tokens.contains {
                ($0.kind == .symbol && ($0.norm == "$" || $0.norm == "＄")) || $0.norm == "dollar" || $0.norm == "dollars"
            }
            && tokens.contains { $0.norm == "€" || $0.norm == "euro" || $0.norm == "euros" }
        let dollar =
            mixed ? bareDollar : found ?? (localCurrency() == "ZAR" ? "ZAR" : euros ? "EUR" : bareDollar)
        memo.textDollar = dollar
        return dollar
    }

    /// The currency the text's places name (`MoneyRules.countryClues`), once per text; nil when they
    /// name none or two.
    func localCurrency() -> String? {
        if let known = memo.localCurrency { return known }
        let countries = clues(in: MoneyRules.countryClues)
        var found = countries.found
        // (Kenya's towns only when no country is named; not the lake Kenya shares with Ethiopia, nor a fossil: "Lake Turkana",
        // "Turkana Boy"; "Lake Naivasha" is Kenya's.)
        if !countries.named,
            tokens.indices.contains(where: { k in
                MoneyRules.kenyanPlaces.contains(tokens[k].norm) && tokens[k].capitalized
                    && !(tokens[k].norm == "turkana" && (word(k - 1) == "lake" || word(k + 1) == "boy"))
            })
        {
            found = "KES"
        }
        memo.localCurrency = .some(found)
        return found
    }

    /// A currency abbreviation at `t`; "Rs" is the rupee the text's places name, or left open
    /// between the rupees when they name none or several.
    private func abbreviation(_ code: String, at t: Int) -> (code: String?, candidates: [String]?, first: Int) {
        guard code == "INR" else { return (code, nil, t) }
        if let rupee = rupee() { return (rupee, nil, t) }
        return (nil, MoneyRules.rupeeCodes, t)
    }

    /// The rupee the text's places name, once per text; nil when they name none or several.
    func rupee() -> String? {
        if let known = memo.rupee { return known }
        let found = clue(in: MoneyRules.rupeeClues)
        memo.rupee = .some(found)
        return found
    }

    /// The krone the text's places name, once per text; nil when they name none or both.
    func kroner() -> String? {
        if let known = memo.kroner { return known }
        let found = clue(in: MoneyRules.kronerClues)
        memo.kroner = .some(found)
        return found
    }

    /// The krona or krone a bare "kr" is, as the text's places say, once per text; nil when they name none or two.
    func kronaOrKrone() -> String? {
        if let known = memo.kr { return known }
        let found = clue(in: MoneyRules.krClues)
        memo.kr = .some(found)
        return found
    }

    /// The code the text's places name in `table`: places named plainly first, and only when none is,
    /// places in the possessive ("Mumbai's Bandra"; "India's board fined Pakistan's coach …, an Indian
    /// official said" is India's); nil when they name none, or two codes at the same rank.
    func clue(in table: WordTable<String>) -> String? { clues(in: table).found }

    /// `clue(in:)`'s answer, and whether the text names any of the table's places at all (several that disagree give no answer).
    func clues(in table: WordTable<String>) -> (found: String?, named: Bool) {
        var named = false
        for possessives in [false, true] {
            var found: String?
            for t in tokens.indices where tokens[t].kind == .word {
                let norm = tokens[t].norm
                let possessive = norm.hasSuffix("'s") || norm.hasSuffix("’s")
                guard possessive == possessives else { continue }
                let name = possessive ? String(norm.dropLast(2)) : norm
                // ("South Africa": a two-word place, keyed with its space; built only after a first word of one.)
                var hit = table[name]
                if hit == nil, t > 0, tokens[t - 1].kind == .word, MoneyRules.twoWordPlaceStarts.contains(tokens[t - 1].norm),
                    tokens[t - 1].end + 1 == tokens[t].start
                {
                    hit = table[tokens[t - 1].norm + " " + name]
                }
                guard let hit else { continue }
                named = true
                if found == nil {
                    found = hit
                } else if found != hit {
                    return (nil, true)
                }
            }
            if let found { return (found, true) }
        }
        return (nil, named)
    }

    private func isCurrencyWordStatic(_ w: String) -> Bool { Self.isCurrencyWord(w) }

    /// A single word that names a currency or its hundredths: "yen", "dollar", "cents".
    static func isCurrencyWord(_ w: String) -> Bool {
        MoneyRules.hundredths[w] != nil || MoneyRules.singleWordNames.contains(w)
    }

    /// "MUSD", "MEUR": a currency code in millions, as financial reports write it.
    static func millionsCode(_ norm: String) -> String? {
        guard norm.count == 4, norm.hasPrefix("m") else { return nil }
        let code = String(norm.dropFirst())
        return MoneyRules.codes.contains(code) && !MoneyRules.codesThatAreWords.contains(code) ? code.uppercased() : nil
    }

    /// "50 cents", "197 pence", "one penny": hundredths of a currency.
    func hundredths(after i: Int) -> (code: String, last: Int)? {
        let k = i + 1
        guard k < tokens.count, sameSentence(i, k) else { return nil }
        guard let w = word(k) else {
            // "12-cent dividend".
            if tightHyphen(k), let w = word(k + 1), let code = MoneyRules.hundredths[w] { return (code, k + 1) }
            return nil
        }
        if w.utf8.count <= 2 {
            // "8 p.m." is a time, not 8 pence.
            if w == "p", symbol(k + 1) == ".", attached(k + 1), word(k + 2) == "m", attached(k + 2) { return nil }
            // "50 US cents", "69 U.S. cents": the American cent, whatever dollar the text writes.
            if w == "us", let c = word(k + 1), c == "cents" || c == "cent" { return ("USD", k + 1) }
            if w == "u", symbol(k + 1) == ".", word(k + 2) == "s", symbol(k + 3) == ".", let c = word(k + 4), c == "cents" || c == "cent" {
                return ("USD", k + 4)
            }
        }
        // "2 euro cents": the euro's cent.
        if w == "euro", let c = word(k + 1), c == "cents" || c == "cent" { return ("EUR", k + 1) }
        guard let code = MoneyRules.hundredths[w] else { return nil }
        // ("The 1840 Penny Black", "99 Cents Only Stores": a capitalised word of cents before another capitalised word is a
        // name's; not one before a word of title case, "Raises Latte Price By 15 Cents To $5.45", "Rises 4 Pence A Litre",
        // "Costs 30 Cents More Than Last Year" (`MoneyRules.wordsAfterHeadlineCents`).)
        if tokens[k].capitalized, k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].capitalized,
            sameSentence(k, k + 1), !NameRules.titleCaseFunctionWords.contains(tokens[k + 1].norm),
            !MoneyRules.wordsAfterHeadlineCents.contains(tokens[k + 1].norm)
        {
            return nil
        }
        // (Piastres are Egypt's in a text of Egypt only; Syria's and Lebanon's are piastres too.)
        if code == "EGP", !tokens.contains(where: { MoneyRules.egyptClues.contains($0.norm) }) { return nil }
        // "a dividend of 60 cents a share" in a text of S$: the text's own dollar.
        if w == "cents" || w == "cent" { return (textDollar(), k) }
        return (code, k)
    }

    /// A currency named after token `i`: "yuan", "US dollars", "euros", "USD".
    func currency(after i: Int) -> (code: String, last: Int)? {
        var k = i + 1
        guard k < tokens.count, sameSentence(i, k) else { return nil }
        // "a one-yen bid", "a 5-dollar bill".
        if tightHyphen(k), let w = word(k + 1), Self.isCurrencyWord(w), MoneyRules.hundredths[w] == nil {
            k += 1
        }
        // ("4,40 zł", "49,90 Kč": a decimal comma, which this reader does not join; no amount rather than a wrong one.)
        if symbol(i - 1) == ",", attached(i), i >= 2, tokens[i - 2].kind == .number, attached(i - 1), tokens[i].norm.utf8.count == 2,
            let name = word(k), MoneyRules.decimalCommaCurrencies.contains(name)
        {
            return nil
        }
        // ("2 euro cents": hundredths, read by `hundredths(after:)`.)
        if tokens[k].norm == "euro", word(k + 1).map({ $0 == "cents" || $0 == "cent" }) == true { return nil }
        // A bare "kroner" is Danish or Norwegian, as the text's places say.
        if tokens[k].norm == "kroner" || tokens[k].norm == "krone" {
            return kroner().map { ($0, k) }
        }
        // ("5,000 rupees" in a text of Karachi, "48 billion rupees" in one of Colombo: a bare rupee is the one the text's places
        // name, as "Rs" is; the Indian with none or several.)
        if tokens[k].norm == "rupees" || tokens[k].norm == "rupee" { return (rupee() ?? "INR", k) }
        // "about 25,500 kr each" in a text of Sweden: "kr" is any of the four, as the text's places say.
        if tokens[k].norm == "kr", text(k, k) != "KR" { return kronaOrKrone().map { ($0, k) } }
        // "3 billion pesos" in Manila, "5 million shillings" in Kenya, "58 billion rand" in a text about South Africa.
        if let codes = MoneyRules.localNames[tokens[k].norm], let country = localCurrency(), codes.contains(country) {
            // ("2,800 CFA francs": the name of two words.)
            let end = tokens[k].norm == "cfa" && (word(k + 1).map { $0 == "francs" || $0 == "franc" } ?? false) ? k + 1 : k
            return (country, end)
        }
        if MoneyRules.localNames[tokens[k].norm] != nil, MoneyRules.namesByFirstWord[tokens[k].norm] == nil { return nil }
        for (phrase, code) in MoneyRules.namesByFirstWord[tokens[k].norm] ?? [] where matches(phrase, at: k) {
            let last = k + phrase.count - 1
            if let vetoes = MoneyRules.ambiguousNames[phrase[0]], phrase.count == 1 {
                // ("60,000 dong", "85 trillion dong": the Vietnamese dong in thousands or a scale, in a text naming no place.)
                let largeAmount = NumberRules.scaleWords[tokens[i].norm] != nil || text(i, k - 1).contains(",")
                if vetoes.isEmpty {
                    if !tokens[k].capitalized && phrase[0] == "rand" || (phrase[0] == "dong" && (tokens[k].capitalized || !largeAmount)) {
                        return nil
                    }
                }
                // ("no one won the draw": a number word alone before "won" is the verb's subject.)
                if phrase[0] == "won", tokens[i].kind == .word, NumberRules.scaleWords[tokens[i].norm] == nil { return nil }
                // ("Of the 40 candidates, 27 won seats", "4 won Oscars", "12 won awards on Friday": a small number with no scale
                // or thousands, a word after it, in a text not of Korea, is the verb's subject; so is a group's size, "A team of
                // 12 won 5-0", and one at its clause's end that opens the clause, "Of the 8 finalists, only 2 won."; not a
                // price, "Tickets cost 500 won.")
                let opensClause =
                    i == 0 || !sameSentence(i - 1, i) || symbol(i - 1) == ","
                    || (word(i - 1).map(MoneyRules.wordsOpeningCountsOfWinners.contains) ?? false)
                let groupSize = word(i - 1) == "of" && word(i - 2).map(SubjectRules.groupNouns.contains) == true
                // (A number after it too, when the one before is a label's, "Trap 6 won 21% of races", "Team 4 won 12 of their 15
                // games"; not an amount before a year or a span of time, "a 10 won 1959 coin", "cost 800 won 20 years ago".)
                let labelWon =
                    i >= 1 && tokens[i - 1].kind == .word && tokens[i - 1].capitalized && tokens[i].kind == .number
                    && last + 1 < tokens.count && tokens[last + 1].kind == .number && sameSentence(last, last + 1)
                    && year(last + 1) == nil && !(word(last + 2).map(SubjectRules.durationUnits.contains) ?? false)
                if phrase[0] == "won", !largeAmount, localCurrency() != "KRW",
                    groupSize || (opensClause && clauseEnds(after: last)) || labelWon
                        || (last + 1 < tokens.count && tokens[last + 1].kind == .word && sameSentence(last, last + 1))
                {
                    return nil
                }
                // ("spent 3 billion won in the campaign": after a scale word, the currency, unless a year or an agent
                // follows, "the 12.9 million won in 2017", "74 million won by Trump", or the text is about Korea.)
                if let next = word(last + 1), vetoes.contains(next) {
                    let afterScale = NumberRules.scaleWords[tokens[i].norm] != nil && phrase[0] == "won"
                    let verbOfVotes = next == "by" || (next == "in" && year(last + 2) != nil)
                    // ("4,900 won a month" in a text of Korea: the currency.)
                    if (!afterScale && localCurrency() != "KRW") || (verbOfVotes && localCurrency() != "KRW") { return nil }
                }
                // "The dog weighs 80 pounds", "he clocked in at 243 pounds": a weight.
                // (Not "weighing a 2 billion pound bid": weights come in no billions.)
                if MoneyRules.weightNames.contains(phrase[0]), NumberRules.scaleWords[tokens[i].norm] == nil,
                    (1...4).contains(where: {
                        sameSentence(i - $0, i) && (word(i - $0).map { MoneyRules.weightWords.contains($0) } ?? false)
                    })
                {
                    return nil
                }
            }
            // ("300 CFA francs a kilo, up from 250 francs": a bare name after the same name with a qualifier in its sentence, in
            // an amount compared with it, is that currency, as that amount was read; not another's, "a US investor later offered
            // 60 million dollars".)
            if phrase.count == 1, comparedLevel(endingAt: i), let qualified = qualifiedCurrency(phrase[0], before: k) {
                return (qualified, last)
            }
            return (code, last)
        }
        // A code written against the next number ("3 USD50 Cards") belongs to that number.
        if tokens[k].kind == .word, MoneyRules.codes.contains(tokens[k].norm),
            !(attached(k + 1) && tokens.indices.contains(k + 1) && tokens[k + 1].kind == .number)
        {
            let raw = text(k, k)
            if raw == raw.uppercased() || !MoneyRules.codesThatAreWords.contains(tokens[k].norm) {
                return (tokens[k].norm == "rmb" ? "CNY" : tokens[k].norm.uppercased(), k)
            }
        }
        // A symbol after the amount: "10 €", "100 ₡", "100元".
        // (Not one written against the next number, whose it is: "match-five £1,750, match-four £140".)
        if let code = MoneyRules.symbols[tokens[k].norm] ?? MoneyRules.symbolsAfter[tokens[k].norm],
            !(tokens[k].spaceBefore && attached(k + 1) && k + 1 < tokens.count && tokens[k + 1].kind == .number)
        {
            return (code, k)
        }
        // "10 $": a dollar sign after the amount, unless it opens the next one ("10 $ 30" alone is
        // read as "$ 30", but "10 $ 30 $" gives each its own sign).
        if tokens[k].norm == "$" {
            let nextIsNumber = k + 1 < tokens.count && tokens[k + 1].kind == .number && sameSentence(k, k + 1)
            let nextHasOwnSign = nextIsNumber && (symbol(k + 2) == "$" || (word(k + 2).map { MoneyRules.hundredths[$0] != nil } ?? false))
            if !nextIsNumber || nextHasOwnSign { return (bareDollar, k) }
        }
        return nil
    }

    /// A percent sign or word after token `i`: "%", "percent", "per cent", "pct", "percentage points",
    /// and the hyphenated adjective "60-percent".
    func percent(after i: Int) -> (unit: String, last: Int, hyphenated: Bool)? {
        var k = i + 1
        guard k < tokens.count, sameSentence(i, k) else { return nil }
        // "a quarter of a percentage point", "three-quarters of a percent".
        if word(k) == "of", let a = word(k + 1), a == "a" || a == "an", let w = word(k + 2), w == "percentage" || w == "percent",
            sameSentence(i, k + 2)
        {
            k += 2
        }
        if let s = symbol(k), PercentRules.symbols.contains(s) { return (PercentRules.unitPercent, k, false) }
        if let w = word(k) {
            // ("pc" only in lower case: "1 PC per student" is a computer.)
            if PercentRules.words.contains(w), w != "pc" || !tokens[k].capitalized { return (PercentRules.unitPercent, k, false) }
            if w == "per", word(k + 1) == "cent" { return (PercentRules.unitPercent, k + 1, false) }
            if w == "percentage", let p = word(k + 1), p == "point" || p == "points" { return (PercentRules.unitPoint, k + 1, false) }
            if w == "percentage" { return (PercentRules.unitPercent, k, false) }
            // "40 basis points", "12 bps", "50bp": hundredths of a percentage point.
            if w == "basis", let p = word(k + 1), p == "point" || p == "points" { return (PercentRules.unitPoint, k + 1, false) }
            if PercentRules.basisPointAbbreviations.contains(w), !tokens[k].capitalized { return (PercentRules.unitPoint, k, false) }
            // "rose 0.3 points to 4.2%", "cut its forecast 0.4 points to 1.1%": points before a percentage they lead
            // to or from are percentage points (not "rose 300 points to 39,000", an index's).
            // (After a word of change: not "He scored 20 points to 5% of the total".)
            if w == "points" || w == "point", let link = word(k + 1), link == "to" || link == "from", sameSentence(k, k + 3),
                k + 2 < tokens.count, tokens[k + 2].kind == .number, isPercentSign(after: k + 2),
                (max(0, i - 6)..<i).contains(where: { j in
                    sameSentence(j, i)
                        && (word(j).map {
                            ChangeRules.before[$0] != nil || ChangeRules.beforeAmounts[$0] != nil || ChangeRules.byObject[$0] != nil
                        }
                            ?? false)
                })
            {
                return (PercentRules.unitPoint, k, false)
            }
            // ("down three points on 29 per cent": a percentage after them.)
            if w == "points" || w == "point", let change = word(i - 1), change == "up" || change == "down",
                percentEndsBefore(i)
                    || (word(k + 1).map { $0 == "on" || $0 == "at" || $0 == "to" } == true && k + 2 < tokens.count
                        && tokens[k + 2].kind == .number && sameSentence(k, k + 2) && isPercentSign(after: k + 2))
            {
                return (PercentRules.unitPoint, k, false)
            }
        }
        if tightHyphen(k), let w = word(k + 1), PercentRules.words.contains(w) {
            return (PercentRules.unitPercent, k + 1, true)
        }
        return nil
    }

    /// Whether a percentage stands before the points up or down after `i` ("put Labour on 29 per cent, down three points"),
    /// for `percent(after:)`: asked only of "points" (it reads back up to nine words).
    private func percentEndsBefore(_ i: Int) -> Bool {
        // "put Labour on 29 per cent, down three points", "down three points on 29 per cent": points up or down
        // set off by a comma after a percentage, or before one (not "Shares rose 3% and the index was down 40 points").
        // (A level, not a change: "The Nasdaq dropped 2.1%, down 380 points" is an index's.)
        // ("Women made up 44% of finishers, up 3 points on last year", "Falls To 32% In Newspoll, Down Three Points": over
        // a few words of what the share is of, with no other number between.)
        // (Not a share of a game's results, "won 70% of their league games, up 6 points", nor past a comparative, "2.1%
        // lower, down 380 points".)
        var percentEnd = i - 3
        while percentEnd > i - 9, percentEnd > 0, sameSentence(percentEnd, i), tokens[percentEnd].kind == .word,
            !PercentRules.words.contains(tokens[percentEnd].norm), tokens[percentEnd].norm != "cent"
        {
            percentEnd -= 1
        }
        if percentEnd != i - 3,
            (percentEnd + 1..<i - 2).contains(where: { k in
                word(k).map { NameRules.resultsOfGames.contains($0) || ChangeRules.comparativesAfterShares.contains($0) } == true
            })
        {
            percentEnd = i - 3
        }
        let levelAt = word(percentEnd) == "cent" ? percentEnd - 2 : percentEnd - 1
        // (Not "made up 44%", a share.)
        let changedLevel =
            word(levelAt - 1).map { ChangeRules.before[$0] != nil || $0 == "by" } == true
            && !(word(levelAt - 1) == "up" && word(levelAt - 2).map { ["made", "make", "makes", "making"].contains($0) } == true)
        return symbol(i - 2) == "," && sameSentence(percentEnd, i) && !changedLevel
            && levelAt >= 0 && tokens[levelAt].kind == .number
            && (symbol(percentEnd).map { PercentRules.symbols.contains($0) } ?? word(percentEnd).map {
                $0 == "cent" || PercentRules.words.contains($0)
            }
                ?? false)
    }

    /// Whether the counts `low` (read from `first`) and the one at `highAt` are a range of things counted after a verb that
    /// takes them away or adds them (`ChangeRules.verbsCuttingCounts`): the high end above the low, at most three times it, with what is
    /// counted right after it ("will shed 700 to 800 positions", "cut 700 to 800 jobs"), over up to two words that modify it
    /// ("cut 7,000 to 7,500 office jobs") or as a part of things the text names ("shed 700 to 800 of its 5,000 workers", "of them");
    /// not "Jobless claims dipped 5,000 to 227,000", nor a quantity that changes itself, "Union membership fell 12,000 to
    /// 31,000 members", a change and its new level.
    func countRangeOfThings(low: NumberMatch, first: Int, highAt: Int) -> Bool {
        // (Over a bound or "a further": "shed some 700 to 800 positions", "cut a further 700 to 800 roles".)
        var v = first - 1
        while v > first - 4, let w = word(v), ChangeRules.wordsBeforeCountsCut.contains(w) { v -= 1 }
        guard word(v).map(ChangeRules.verbsCuttingCounts.contains) == true, sameSentence(v, first),
            let high = try? readNumber(at: highAt, money: false), let a = low.value.integerValue, let b = high.value.integerValue,
            a > 0, b > a, b <= 3 * a
        else { return false }
        if looksCounted(after: high.last) { return true }
        if word(high.last + 1) == "of", sameSentence(high.last, high.last + 2),
            determinerOrPossessive(high.last + 2) || word(high.last + 2).map(SubjectRules.referringPronouns.contains) == true
        {
            return true
        }
        // ("cut 700 to 800 part-time jobs": a word joined by a hyphen is one modifier.)
        var k = high.last + 1
        var modifiers = 0
        while modifiers < 2, let w = word(k), sameSentence(high.last, k), !tokens[k].capitalized, !SubjectRules.stopWords.contains(w),
            !isPlural(w)
        {
            while tightHyphen(k + 1), word(k + 2) != nil { k += 2 }
            if looksCounted(after: k) { return true }
            modifiers += 1
            k += 1
        }
        return false
    }

    /// Whether a percent sign or word follows the number at `k`: "4.2%", "4.2 percent", "4.2 per cent".
    func isPercentSign(after k: Int) -> Bool {
        if let s = symbol(k + 1), PercentRules.symbols.contains(s) { return true }
        guard let w = word(k + 1) else { return false }
        return PercentRules.words.contains(w) || (w == "per" && word(k + 2) == "cent")
    }

    // MARK: - Counts, money and percentages

    /// Tries to read a count, money amount or percentage at token `i`; returns the next index to scan.
    mutating func matchNumeric(at i: Int) -> Int? {
        let token = tokens[i]
        guard
            token.kind == .number || (token.kind == .symbol && NumberRules.vulgarFractions[token.norm] != nil)
                || (token.kind == .word
                    && (NumberRules.units[token.norm] != nil || token.norm == "a" || token.norm == "an" || token.norm == "half"
                        || token.norm == "quarter"))
        else {
            return nil
        }
        if token.kind == .word, articleStartsNoNumber(i) { return nil }
        let prefix = currency(before: i)
        let low: NumberMatch
        do {
            guard let match = try readNumber(at: i, money: prefix != nil) else { return nil }
            low = match
        } catch {
            consume(i, error.last)
            return error.last + 1
        }
        // "a five-year plan": a word number in a compound modifier is not a figure either
        // ("three-nought-four" is a run of numbers).
        if low.words, symbol(low.last + 1) == "-", attached(low.last + 1), attached(low.last + 2),
            let w = word(low.last + 2), !PercentRules.words.contains(w), !Self.isCurrencyWord(w), NumberRules.units[w] == nil,
            !countedModifier(at: low.last + 2)
        {
            consume(i, low.last + 2)
            return low.last + 3
        }
        var number = low
        // (".5 percent": a number read from the point before it starts there.)
        var first = prefix?.first ?? min(i, low.first)
        // A negative amount: "-5", "−3.2 percent" (the sign touches the number, not a word before it).
        if !low.words, prefix == nil, let s = symbol(i - 1), s == "-" || s == "−", attached(i),
            i - 1 == 0 || tokens[i - 1].spaceBefore || tokens[i - 1].newlineBefore
                || (i >= 2 && tokens[i - 2].kind == .symbol && ["<", ">", "=", "≤", "≥", "("].contains(tokens[i - 2].norm))
        {
            number.value = DecimalValue(digits: number.value.digits, exponent: number.value.exponent, negative: true)
            first = i - 1
        }
        // "percent of 10", "per cent of twenty-two": the unit written first.
        if prefix == nil, word(i - 1) == "of", let unitWord = word(i - 2), sameSentence(i - 2, i),
            ["percent", "percents", "cent", "pct"].contains(unitWord)
        {
            let start = unitWord == "cent" && word(i - 3) == "per" ? i - 3 : i - 2
            // (Not the unit of a percentage read before it: "62 per cent of 1,240 ads" counts the ads.)
            if !consumed[start] {
                let figure = Candidate(
                    kind: .percent, firstToken: start, lastToken: low.last, value: low.value, unit: PercentRules.unitPercent, bound: .exact)
                add(figure)
                return low.last + 1
            }
        }
        // "minus five percent", "negative 3"; not "plus or minus 3 percentage points", a margin either way.
        if prefix == nil, first == i, let w = word(i - 1), w == "minus" || w == "negative", sameSentence(i - 1, i) {
            if w == "minus", word(i - 2) == "or", word(i - 3) == "plus", sameSentence(i - 3, i) {
                first = i - 3
            } else {
                number.value = DecimalValue(digits: number.value.digits, exponent: number.value.exponent, negative: true)
                first = i - 1
            }
        }
        var candidate = Candidate(kind: .count, firstToken: first, lastToken: number.last, value: number.value)
        var percentHyphenated = false
        // Basis points are read as percentage points: the value (and a range's top) a hundredth.
        var basisPoints = false
        // ("5 to 10 cents": hundredths scale a range's top too.)
        var inHundredths = false

        // The high end of a range: "5–10", "$5 billion to $10 billion", "10 to 20 percent", "between 10 and 20".
        var rangeHigh: NumberMatch?
        var rangeAfterChangesFrom = false
        // Whether the number is the earlier level of a change "from" it "to" a new one.
        var earlierLevelOfChange = false
        var lowUnitPercent = percent(after: number.last)
        var joinAt = lowUnitPercent.map { $0.last + 1 } ?? number.last + 1
        if lowUnitPercent?.hyphenated == true { joinAt = number.last + 1; lowUnitPercent = nil }
        let between = word(candidate.firstToken - 1) == "between"
        // "180 yuan to 880 yuan": a currency's name written after both ends joins them as after the high end alone.
        if prefix == nil, lowUnitPercent == nil, let named = currency(after: number.last), named.last > number.last,
            word(named.last + 1) == "to" || symbol(named.last + 1).map({ $0 == "–" || $0 == "-" }) == true
                || (word(named.last + 1) == "and" && between),
            named.last + 2 < tokens.count, tokens[named.last + 2].kind == .number, sameSentence(i, named.last + 2),
            let high = try? readNumber(at: named.last + 2, money: false), currency(after: high.last)?.code == named.code
        {
            joinAt = named.last + 1
        }
        if joinAt < tokens.count, sameSentence(i, joinAt) {
            let joiner = tokens[joinAt].norm
            let isJoiner =
                (tokens[joinAt].kind == .symbol && (joiner == "–" || joiner == "—" || joiner == "-" || joiner == "~"))
                || (tokens[joinAt].kind == .word
                    && (joiner == "to" || joiner == "through" || joiner == "thru" || joiner == "or" || (joiner == "and" && between)))
            // "from 26 to 43" after a change word, or after a verb that changes its object ("raised the fare
            // from $2.50 to $2.75"), is a before and after; elsewhere it is a range.
            // ("increased by 30 from last year's 120 to 160": the earlier level's date may stand after "from".)
            var fromAt = candidate.firstToken - 1
            while fromAt >= 0, fromAt >= candidate.firstToken - 4, word(fromAt) != "from", consumed[fromAt] { fromAt -= 1 }
            // ("rose from an average of £180 to £255", "fell from a peak of 120 to 80": a level named after "from".)
            if word(fromAt) != "from", let measured = levelNamedBefore(candidate.firstToken) { fromAt = measured }
            // ("raised the minimum wage of Rs 1,000 to Rs 1,700", "cut its target of 5% to 4%": the value of a thing a verb
            // changes, named after "of", is its level before; not "raised loans of $5m to $10m", a range of things.)
            let ofValueChanged =
                (prefix != nil || lowUnitPercent != nil) && word(candidate.firstToken - 1) == "of"
                && definiteObject(before: candidate.firstToken - 1)
                && changeOfObject(preposition: candidate.firstToken - 1, figureEnd: number.last) != nil
            // (Not ends joined tight by a dash, a range as anywhere, "up from Tk 48-50", whose "from" stays the change's.)
            let tightDash = tokens[joinAt].kind == .symbol && attached(joinAt) && attached(joinAt + 1)
            let changesFrom =
                word(fromAt) == "from"
                && (change(before: fromAt, figureEnd: number.last, directOnly: true) != nil
                    || changeOfObject(preposition: fromAt, figureEnd: number.last) != nil
                    || (0..<3).contains { statedChange(before: fromAt, behind: $0) != nil }
                    || ((lowUnitPercent != nil || prefix != nil || !ageOrDurationAround(fromAt, joinAt: joinAt))
                        && changeNounIn(before: fromAt)))
            let fromBefore = (changesFrom || ofValueChanged) && !tightDash
            rangeAfterChangesFrom = changesFrom && tightDash
            earlierLevelOfChange = changesFrom && !tightDash && joiner == "to"
            // "rose 2 percent to 7.5 billion": after a change word, "to" gives the new level, not a range.
            // ("rose 10 to 20 percent", with the unit only after the high end, is a range.)
            let unitOnlyAtHighEnd =
                lowUnitPercent == nil && prefix == nil && joinAt + 1 < tokens.count
                && (try? readNumber(at: joinAt + 1, money: false)).map { percent(after: $0.last) != nil } == true
            // ("raised its plan by $1 to $11.99", "cut the rate by 0.5% to 1.75%": after a verb that changes one quantity,
            // by the low end, the high end is its new level, and so it is over five times the low end after any object,
            // "cut rates by 0.25% to 4.5%"; "cut costs by 10% to 35%", "raised council tax by 2% to 7%" are ranges.)
            let changeBefore =
                joiner == "to" && !unitOnlyAtHighEnd
                && (change(before: candidate.firstToken, figureEnd: number.last, directOnly: true, amount: prefix != nil) != nil
                    // ("Profits jumped in 2023 by £2.4bn to £11bn": over a date of the verb.)
                    || (word(candidate.firstToken - 1) == "by"
                        && changeAcrossPeriod(
                            by: candidate.firstToken - 1, figureEnd: number.last, amount: prefix != nil || lowUnitPercent != nil) != nil)
                    || (word(candidate.firstToken - 1) == "by"
                        && changeOfObject(preposition: candidate.firstToken - 1, figureEnd: number.last) != nil
                        && (oneQuantityBefore(by: candidate.firstToken - 1)
                            || highEndFarAbove(number, joinAt: joinAt, money: prefix != nil))))
                && !percentRange(low: number, lowUnit: lowUnitPercent?.unit, first: candidate.firstToken, highAt: joinAt + 1)
                && !(prefix == nil && lowUnitPercent == nil
                    && countRangeOfThings(low: number, first: candidate.firstToken, highAt: joinAt + 1))
            if isJoiner, !fromBefore, !changeBefore {
                var k = joinAt + 1
                // "$5 billion to $10 billion", "US$1 to US$2": the currency written again.
                if prefix != nil, k < tokens.count, tokens[k].kind != .number {
                    if let again = currency(before: k + 1), again.first == k {
                        k += 1
                    } else if let again = currency(before: k + 2), again.first == k {
                        k += 2
                    }
                }
                let hyphen = joiner == "-"
                // "5-10" tight, or "1000 - 5000" spaced on both sides (not "-5" after a number).
                let tight =
                    k < tokens.count
                    && ((!tokens[joinAt].spaceBefore && !tokens[k].spaceBefore) || (tokens[joinAt].spaceBefore && tokens[k].spaceBefore))
                var readHigh: NumberMatch?
                do throws(NotAFigure) {
                    if k < tokens.count, sameSentence(i, k), tokens[k].kind == .number || (low.words && tokens[k].kind == .word) {
                        readHigh = try readNumber(at: k, money: prefix != nil)
                    }
                } catch {
                    // "5-10cm", "20 to 30MW", "2-3pm": the high end glued to a unit or a name makes the whole
                    // range a measurement or a time, not a count of its low end.
                    if prefix == nil, lowUnitPercent == nil, (!hyphen || tight), tokens[k].kind == .number, attached(k + 1),
                        word(k + 1) != nil
                    {
                        consume(number.first, error.last)
                        return error.last + 1
                    }
                }
                if let high = readHigh {
                    // Both ends must be the same kind of thing: "10% to 20%", not "2 percent to 7.5 billion dollars".
                    let highUnitPercent = percent(after: high.last)
                    let highPercent = highUnitPercent != nil
                    let highMoney = currency(after: high.last) != nil
                    // (Percentage points to a percent, "0.5 percentage point to 4.5%", are a change and a level.)
                    let sameUnit =
                        lowUnitPercent == nil
                        ? !(prefix == nil && highMoney && lowUnitPercent != nil) : highUnitPercent?.unit == lowUnitPercent?.unit
                    // "three-nought-four": a chain of hyphenated number words is a run of numbers, not a range.
                    let chained =
                        hyphen && low.words
                        && ((tightHyphen(i - 1) && word(i - 2).map { NumberRules.units[$0] != nil } == true)
                            || (tightHyphen(high.last + 1) && word(high.last + 2).map { NumberRules.units[$0] != nil } == true))
                    // "1 or 2 percent", "two or three million": alternatives join into a range only when the scale
                    // or unit written once at the high end is what the low end lacks ("one or two" stay apart).
                    let alternative = joiner == "or"
                    let sharesHighEnd = (high.scaled && !number.scaled) || (highPercent && lowUnitPercent == nil && prefix == nil)
                    if (!hyphen || tight) && sameUnit && !(prefix != nil && highPercent) && !chained && (!alternative || sharesHighEnd) {
                        rangeHigh = high
                    }
                }
            }
        }
        if let high = rangeHigh {
            // "$5–10 billion", "two to three thousand": the scale written once applies to both ends
            // (the figure's value too, not only the number read).
            var lowValue = number.value
            // ("£20-30m": a single-letter scale read at the high end holds for the low end too.)
            if high.scaled, !number.scaled, let w = word(high.last),
                let power = NumberRules.scaleWords[w] ?? NumberRules.attachedScales[w] ?? NumberRules.moneyOnlyScales[w]
            {
                lowValue = lowValue.scaled(byPowerOfTen: power)
            }
            // ("40-45,000", "20-25,000 people": the thousands written once, at the high end.)
            if !number.scaled, number.plainInteger, let low = number.value.integerValue, low >= 2, low <= 999,
                text(high.first, high.first).contains(","), let h = high.value.integerValue, h % 1000 == 0, low * 1000 < h,
                h < low * 10_000
            {
                lowValue = lowValue.scaled(byPowerOfTen: 3)
            }
            if high.value < lowValue {
                rangeHigh = nil
            } else {
                number.value = lowValue
                candidate.value = lowValue
            }
        }
        let tail = rangeHigh?.last ?? number.last
        let carried = earlierLevelOfChange && prefix == nil && lowUnitPercent == nil ? unitCarriedBack(to: number) : nil
        if let carried {
            candidate.kind = carried.kind
            candidate.unit = carried.unit
            candidate.value = carried.value
            candidate.lastToken = tail
        } else if let prefix {
            candidate.kind = .money
            candidate.unit = prefix.code
            candidate.unitCandidates = prefix.candidates
            candidate.lastToken = tail
            if tokens[prefix.first].kind == .word, Self.millionsCode(tokens[prefix.first].norm) != nil {
                candidate.value = candidate.value?.scaled(byPowerOfTen: 6)
            }
        } else if let w = word(tail + 1), let code = Self.millionsCode(w), text(tail + 1, tail + 1).first == "M",
            sameSentence(tail, tail + 1)
        {
            // "30 MUSD", "120 MEUR".
            candidate.kind = .money
            candidate.unit = code
            candidate.value = candidate.value?.scaled(byPowerOfTen: 6)
            candidate.lastToken = tail + 1
        } else if let suffix = currency(after: tail) {
            candidate.kind = .money
            candidate.unit = suffix.code
            candidate.lastToken = suffix.last
            // "75 USD million": a scale after the code.
            if let w = word(suffix.last + 1), let power = NumberRules.scaleWords[w], power >= 3, !number.scaled {
                candidate.value = candidate.value?.scaled(byPowerOfTen: power)
                candidate.lastToken = suffix.last + 1
            }
            // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50".
            var k = candidate.lastToken + 1
            if word(k) == "and" { k += 1 }
            // (Not "24 euros a dozen": a quantity priced.)
            if candidate.lastToken == suffix.last, k < tokens.count, sameSentence(i, k), word(k) != "a", word(k) != "an",
                let cents = try? readNumber(at: k, money: false),
                cents.value.doubleValue < 100, cents.value.exponent >= 0,
                let sum = candidate.value?.adding(cents.value.scaled(byPowerOfTen: -2))
            {
                if let unit = hundredths(after: cents.last) {
                    candidate.value = sum
                    candidate.lastToken = unit.last
                } else if cents.last + 1 >= tokens.count || !sameSentence(cents.last, cents.last + 1)
                    || (tokens[cents.last + 1].kind == .symbol && tokens[cents.last + 1].norm != "-"
                        && MoneyRules.symbols[tokens[cents.last + 1].norm] == nil && tokens[cents.last + 1].norm != "$")
                    || (word(cents.last + 1).map { SubjectRules.stopWords.contains($0) } ?? false)
                {
                    // "15 dollars 50." — the cents written bare at the end of the phrase.
                    candidate.value = sum
                    candidate.lastToken = cents.last
                }
            }
        } else if let cents = hundredths(after: tail) {
            candidate.kind = .money
            candidate.unit = cents.code
            candidate.value = candidate.value?.scaled(byPowerOfTen: -2)
            candidate.lastToken = cents.last
            inHundredths = true
        } else if let p = percent(after: tail) {
            candidate.kind = .percent
            candidate.unit = p.unit
            candidate.lastToken = p.last
            percentHyphenated = p.hyphenated
            basisPoints = word(p.last - 1) == "basis" || PercentRules.basisPointAbbreviations.contains(word(p.last) ?? "")
        } else {
            candidate.lastToken = tail
        }

        if candidate.kind == .count {
            if let reason = notACount(number, tail: tail) {
                consume(number.first, reason)
                return reason + 1
            }
            // A year: "in 2019" is read by the date rules; a bare year is not a count.
            // ("the 1991, 2001 and 2011 censuses": the last of a list of years, whatever follows.)
            let yearListed =
                i >= 2 && (word(i - 1) == "and" || word(i - 1) == "or" || symbol(i - 1) == ",")
                && tokens[i - 2].kind == .number && (1800...2199).contains(tokens[i - 2].integer ?? 0) && tokens[i - 2].norm.utf8.count == 4
            // ("Police said 2000 were arrested": the subject of a plural verb is a count; not a name, "The 1975 are touring".)
            let pluralSubject =
                !yearListed && (word(tail + 1).map(DateRules.pluralVerbsAfterCountSubject.contains) ?? false)
                && sameSentence(tail, tail + 1) && !(word(i - 1).map { DateRules.datePrepositions.contains($0) || $0 == "the" } ?? false)
            if number.plainInteger, rangeHigh == nil, (1800...2199).contains(number.value.integerValue ?? 0),
                !looksCounted(after: tail) || yearListed, !pluralSubject
            {
                consume(number.first, tail)
                return tail + 1
            }
        }

        if basisPoints { candidate.value = candidate.value?.scaled(byPowerOfTen: -2) }
        let unboundedFirst = candidate.firstToken
        if let high = rangeHigh {
            candidate.bound = .range
            candidate.high = basisPoints || inHundredths ? high.value.scaled(byPowerOfTen: -2) : high.value
            if between || (word(candidate.firstToken - 1) == "from" && !rangeAfterChangesFrom) { candidate.firstToken -= 1 }
            // "rose 10 to 20 percent": the range states a change.
            candidate.change = change(before: candidate.firstToken, figureEnd: candidate.lastToken, amount: candidate.kind != .count)
            if lostAsResult(candidate, scaled: number.scaled, first: candidate.firstToken) { candidate.change = nil }
            if candidate.change == nil, let restated = restatedChange(candidate, at: candidate.firstToken) { candidate.change = restated }
        } else {
            var (bound, boundFirst) = self.bound(before: candidate.firstToken)
            // Starting prices bound amounts only: "the show starts at 7", "starts at 12 schools" are no bounds.
            if candidate.kind == .count, let b = boundFirst, let w = word(b), BoundRules.startingWords.contains(w) {
                (bound, boundFirst) = (.exact, nil)
            }
            // A threshold verb before a few things counted goes over or across them: "topped 12 charts", "crossed 3
            // borders" (not "crossed 124 lakh tonnes", "topped 1,000").
            if candidate.kind == .count, let b = boundFirst, let w = word(b), BoundRules.thresholdVerbs.contains(w),
                countedPastModifiers(after: candidate.lastToken) || word(candidate.lastToken + 1) == "of",
                (candidate.value?.doubleValue ?? 0) < 100
            {
                (bound, boundFirst) = (.exact, nil)
            }
            candidate.bound = bound
            // (A bound's noun is what a verb before it changes, not the figure: "raised the cap of £1,849 by 10%".)
            let changeFrom = boundFirst.flatMap { word($0).map(BoundRules.nounsOfLimits.contains) == true ? nil : $0 }
            candidate.change = change(
                before: changeFrom ?? candidate.firstToken, figureEnd: candidate.lastToken, amount: candidate.kind != .count)
            if candidate.change == nil,
                let direction = changeOfLevel(
                    after: candidate.lastToken, count: candidate.kind == .count,
                    ofThings: candidate.kind == .money || (candidate.kind == .count && countsThings(after: candidate.lastToken)))
            {
                candidate.change = Change(direction: direction, reference: nil)
            } else if candidate.kind == .percent, word(candidate.lastToken + 1) == "of", determinerOrPossessive(candidate.lastToken + 2),
                word(candidate.lastToken + 3).map({ isPlural($0) && !SubjectRules.stopWords.contains($0) }) == true,
                let told = candidate.change,
                let direction = changeOfLevel(after: candidate.lastToken), direction != told.direction
            {
                // ("lost about 30% of their colonies, up from 18% a year earlier": a share of things lost or won is a level,
                // whose earlier level tells which way it went; not "The pound lost 2% of its value, up from 1%".)
                candidate.change = Change(direction: direction, reference: nil)
            }
            if lostAsResult(candidate, scaled: number.scaled, first: boundFirst ?? candidate.firstToken) { candidate.change = nil }
            // "The Dow fell 102.2 points, or 0.36%", "an increase of 387,224 or 8%", "go up by £123 on average next year, or
            // 26%,": a percentage after "or" restates the change just told.
            // (Not a share of a whole named after it: "grew to 120 or 8% of the market", "climbed to $90 million, or 15% of
            // the group total".)
            // ("cuts a typical bill by £310 a year, or roughly 18%": over its bound word.)
            // (Nor a comparison with another level: "rose to 4,300, or roughly 18% above target".)
            if candidate.kind == .percent, candidate.change == nil, word((boundFirst ?? candidate.firstToken) - 1) == "or",
                word(candidate.lastToken + 1) != "of",
                !(word(candidate.lastToken + 1).map(ChangeRules.comparisonsAfterRestated.contains) ?? false),
                let told = candidates.last(where: { $0.kind != .date }), let change = told.change,
                candidate.firstToken - max(told.lastToken, told.subjectEnd ?? told.lastToken) <= 10,
                sameSentence(told.lastToken, candidate.firstToken)
            {
                candidate.change = change
            }
            if candidate.change == nil, let restated = restatedChange(candidate, at: boundFirst ?? candidate.firstToken) {
                candidate.change = restated
            }
            if let boundFirst, bound != .exact { candidate.firstToken = boundFirst }
        }
        if candidate.bound == nil { candidate.bound = .exact }
        // "a couple of" is about two.
        if candidate.bound == .exact, word(number.first) == "a", word(number.first + 1) == "couple" { candidate.bound = .approx }
        // "10,000 or more", "50 or fewer": a bound written after the figure.
        if candidate.bound == .exact || candidate.bound == .approx, let after = boundAfter(candidate.lastToken) {
            candidate.bound = after.bound
            candidate.lastToken = after.last
        }

        switch candidate.kind {
        case .count:
            // ("One person died": one of a person, in the singular; the noun alone is the subject.)
            let one = candidate.value?.integerValue == 1 && word(candidate.lastToken + 1).map { NameRules.personNouns.contains($0) } == true
            // ("the 1,000-bed hospital": the thing counted is the modifier's noun.)
            let modifier = tightHyphen(candidate.lastToken + 1) && countedModifier(at: candidate.lastToken + 2)
            let subject =
                modifier
                ? (text(candidate.lastToken + 2, candidate.lastToken + 2), candidate.lastToken + 2, false)
                : one
                    ? (text(candidate.lastToken + 1, candidate.lastToken + 1), candidate.lastToken + 1, false)
                    // ("two-thirds of the state's electorate": a fraction, like a share, may be of a singular whole.)
                    : countSubject(after: candidate.lastToken, singularAllowed: fractionOfWhole(candidate))
            // "over five years", "for 13 days": a duration, not a count of things.
            // ("thirty years old" is an age, and stays; so does a total of time, scaled, "Spills lasted 3.6 million hours", or
            // of a thousand hours or minutes or more, "spilled for 1,500 hours"; not "lasted 1,000 days", "in 1,500 hours' time".)
            // ("after 450 years of business", "150 years of experience", "10 years of data": so is a unit of time before "of"; not
            // days given or taken, "9 days of action", "20 more days of leave".)
            let unitAt = candidate.lastToken + 1
            let unitOf: String? =
                subject.text != nil && word(unitAt + 1) == "of" && sameSentence(unitAt, unitAt + 2)
                    && word(unitAt + 2).map({ !SubjectRules.countedDaysOf.contains($0) }) == true ? word(unitAt) : nil
            let unitEnd = unitOf != nil ? candidate.lastToken + 1 : subject.last ?? candidate.lastToken
            let unit = unitOf ?? subject.text?.lowercased()
            let total =
                candidate.bound != .range && word(candidate.firstToken - 1) != "in" && symbol(unitEnd + 1) != "'"
                && symbol(unitEnd + 1) != "’"
                && (number.scaled
                    || (number.value.doubleValue >= 1000 && unit.map { SubjectRules.totalledTimeUnits.contains($0) } == true))
            if let unit, candidate.bound != .range, SubjectRules.durationUnits.contains(unit), word(unitEnd + 1) != "old", !total {
                consume(candidate.firstToken, subject.last ?? candidate.lastToken)
                return (subject.last ?? candidate.lastToken) + 1
            }
            // ("arrested 5 times", "Prices rose 3 times last year": how often, the count of times.)
            let times = word(candidate.lastToken + 1) == "times" && sameSentence(candidate.lastToken, candidate.lastToken + 1)
            candidate.subject =
                subject.text ?? (times ? "times" : nil) ?? groupSubject(first: candidate.firstToken, last: candidate.lastToken)
                ?? numberOfSubject(before: candidate.firstToken)
                ?? changeVerbSubject(before: unboundedFirst, figureEnd: candidate.lastToken)
                ?? changedObjectSubject(before: unboundedFirst, figureEnd: candidate.lastToken)
            candidate.subjectEnd = subject.last
            // "625 points or more", "50 seats or fewer": a bound after the counted noun.
            if candidate.bound == .exact, let end = subject.last, word(end + 1) == "or", let after = boundAfter(end) {
                candidate.bound = after.bound
            }
            // "14 deaths, up from nine": the level change follows the counted noun.
            if candidate.change == nil, let end = subject.last, let direction = changeOfLevel(after: end, count: true, ofThings: true) {
                candidate.change = Change(direction: direction, reference: nil)
            }
            // "an increase of 17 from last year": a stated change counts the same thing as before.
            // And so do an earlier level ("down from 12 in 2022"), a part ("including 950,000 in the US") and
            // more of the same ("with options for 100 more") that name no noun of their own.
            candidate.elided = candidate.subject == nil && (subject.elided || candidate.change != nil || countsTheSameAsBefore(candidate))
        case .money:
            // "a purchasing volume exceeding $5 billion" (the bound word links), else
            // "a total investment of about $5 billion" (the link is before the bound).
            candidate.subject =
                moneySubject(before: unboundedFirst)
                ?? (candidate.firstToken != unboundedFirst ? moneySubject(before: candidate.firstToken) : nil)
        case .percent:
            candidate.subject =
                percentHyphenated
                ? countSubject(after: candidate.lastToken, singularAllowed: true).text
                : ofSubject(after: candidate.lastToken)
        case .date: break
        }
        // "The Conservatives are at 41 per cent, the Liberals at 24 and the NDP at 19": a poll's later shares
        // written without the unit after the same preposition.
        if candidate.kind == .count, candidate.subject == nil, candidate.bound == .exact, let p = word(candidate.firstToken - 1),
            p == "at" || p == "on", let v = candidate.value?.doubleValue, v >= 0, v <= 100,
            symbol(candidate.lastToken + 1) != nil || word(candidate.lastToken + 1).map(SubjectRules.stopWords.contains) == true
                || candidate.lastToken + 1 >= tokens.count,
            // (After a party's name: not "its leader, at 61", "its conference on 10 and 11 October".)
            candidate.firstToken >= 2, tokens[candidate.firstToken - 2].kind == .word, tokens[candidate.firstToken - 2].capitalized,
            let share = candidates.last(where: { $0.kind != .date }), share.kind == .percent, share.unit == "percent",
            word(share.firstToken - 1) == p, candidate.firstToken - share.lastToken <= 12,
            sameSentence(share.firstToken, candidate.firstToken)
        {
            candidate.kind = .percent
            candidate.unit = "percent"
        }
        // "a 5.4% increase", "a 12 percent drop": the change noun follows the figure.
        // ("a 9% funding increase", "a 3.75 per cent property tax increase": one or two nouns may stand between.)
        if candidate.change == nil, candidate.kind != .count {
            var at = candidate.lastToken + 1
            let a = plainNounBeforeChange(at), b = plainNounBeforeChange(at + 1)
            if a, word(at + 1).map({ ChangeRules.nounsAfter[$0] != nil }) == true {
                at += 1
            } else if a, b, word(at + 2).map({ ChangeRules.nounsAfter[$0] != nil }) == true, sameSentence(at, at + 2),
                // ("the 25% corporation tax rise": after "the", a rate's name, not the change.)
                word(candidate.firstToken - 1).map({ $0 == "a" || $0 == "an" }) ?? false
            {
                at += 2
            }
            // ("will add 25% more seats", "uses 30% less water": more or less of what follows, not a comparison "than".)
            // (Not a comparison with another thing: "20% more powerful than the current model", "130% more time online
            // than their parents", nor an adjective, "40 percent less likely"; but one with an earlier time is a change, "drew
            // 12% more visitors than a year earlier", "bought 7% fewer trees than in 2026".)
            let than = (at + 2...at + 8).first(where: { word($0) == "than" && sameSentence(at, $0) })
            // ("sold 30% more tickets than last year's event": a time's possessive too, as of a thing held yearly.)
            let earlier = than.flatMap { changeReference(at: $0) }
            if candidate.kind == .percent, candidate.unit == "percent", let w = word(at), w == "more" || w == "fewer" || w == "less",
                let noun = word(at + 1), !SubjectRules.stopWords.contains(noun), !tokens[at + 1].capitalized, sameSentence(at, at + 1),
                isPlural(noun) || NumberRules.massNouns.contains(noun)
                    || (!NumberRules.adjectiveEndings.contains(where: { noun.hasSuffix($0) }) && word(at + 2) != "to"),
                than == nil || earlier != nil
            {
                candidate.change = Change(direction: w == "more" ? .increase : .decrease, reference: earlier?.text)
            } else if let noun = word(at), let direction = ChangeRules.nounsAfter[noun], sameSentence(candidate.lastToken, at),
                // ("a 2.5% raise", "a 3% raise for nurses": a percentage's, before no noun; not "60% raise prices", a verb, nor
                // "a $50 million raise", a round of funding.)
                noun != "raise"
                    || (candidate.kind == .percent
                        && word(candidate.firstToken - 1).map({ $0 == "a" || $0 == "an" || $0.hasSuffix("'s") }) == true
                        && (word(at + 1).map(SubjectRules.stopWords.contains) ?? true)),
                // ("reported a A$12.5 million loss", "a net loss": an amount lost is a result, no change; "a 5% loss", "Oil
                // posted a $2 loss on the day" are one.)
                candidate.kind != .money || !ChangeRules.resultNouns.contains(noun)
                    || !(number.scaled || (candidate.value?.doubleValue ?? 0) >= 1_000_000
                        || (word(at - 1).map(ChangeRules.resultsAdjectives.contains) ?? false))
            {
                candidate.change = Change(direction: direction, reference: changeReference(at: at + 1)?.text)
            }
        }
        // "Operating profit was 14% higher at €2.3bn", "sales were 5% lower than in the same period",
        // "the stock ended 30 cents lower", "the FTSE closed 45 points higher": a percentage, an amount
        // or index points with a comparative after them state a change without a known reference.
        // "Prices grew 5% faster than wages": a gap between two rates of change, not a change of its own.
        // ("Patients declined 27% more slowly than those on placebo": "more" or "less" and an adverb of rate too.)
        if candidate.kind == .percent, let w = word(candidate.lastToken + 1), sameSentence(candidate.lastToken, candidate.lastToken + 1),
            ChangeRules.gapsBetweenRates.contains(w)
                || ((w == "more" || w == "less") && word(candidate.lastToken + 2).map(ChangeRules.adverbsOfRate.contains) == true
                    && sameSentence(candidate.lastToken, candidate.lastToken + 2))
        {
            candidate.change = nil
        }
        // ("weaker"/"stronger" not before "than": "5% stronger than iron".)
        if candidate.change == nil, let end = comparativeEnd(candidate), let w = word(end + 1),
            let direction = w == "higher" || w == "lower"
                ? ChangeRules.after[w] : word(end + 2) != "than" ? ChangeRules.comparativesOfMarkets[w] : nil,
            sameSentence(end, end + 1)
        {
            candidate.change = Change(direction: direction, reference: changeReference(at: end + 1)?.text)
        }
        if candidate.change == nil || candidate.change?.reference == nil {
            let referenceStart =
                max(candidate.lastToken, candidate.kind == .count ? (candidate.subjectEnd ?? candidate.lastToken) : candidate.lastToken) + 1
            if let reference = changeReference(at: referenceStart) ?? changeReference(at: candidate.lastToken + 1) {
                if candidate.change != nil {
                    candidate.change?.reference = reference.text
                } else if let direction = reference.direction {
                    candidate.change = Change(direction: direction, reference: reference.text)
                }
            }
        }
        // "rose 0.4% m/m and 2.1% y/y", "fell 1% on the month and 3% on the year": the same change against
        // another reference.
        if candidate.change == nil, candidate.kind == .percent, word(candidate.firstToken - 1) == "and",
            let earlier = candidates.last, earlier.kind == .percent, let direction = earlier.change?.direction,
            earlier.change?.reference != nil, candidate.firstToken - earlier.lastToken <= 7,
            sameSentence(earlier.firstToken, candidate.firstToken),
            !(earlier.lastToken + 1..<candidate.firstToken).contains(where: { symbol($0) == "," || symbol($0) == ";" }),
            let reference = changeReference(at: candidate.lastToken + 1)
        {
            candidate.change = Change(direction: direction, reference: reference.text)
        }
        add(candidate)
        return candidate.lastToken + 1
    }

    /// Whether the word at `k`, after a number and a tight hyphen, is a thing counted in a compound
    /// modifier before its noun: "a 1,000-bed hospital", "the 151-seat House", "a five-member panel".
    func countedModifier(at k: Int) -> Bool {
        guard let w = word(k), SubjectRules.compoundCountNouns.contains(w), k + 1 < tokens.count, tokens[k + 1].kind == .word,
            tokens[k + 1].spaceBefore, sameSentence(k, k + 1), !tokens[k - 1].spaceBefore
        else { return false }
        return true
    }

    /// Numbers joined by hyphens with nothing between: "1-800-555-0199" has four groups.
    /// (Each number of a chain asks; the answer for every number on it is kept the first time, or a long
    /// chain, "5-10-5-10-…", was walked once per number: quadratic, 200 KB took 7 s.)
    func hyphenChain(from i: Int) -> (groups: Int, last: Int) {
        if let known = memo.hyphenChains[i] { return known }
        var groups = 1
        var k = i
        while k + 2 < tokens.count, tightHyphen(k + 1), tokens[k + 2].kind == .number {
            groups += 1
            k += 2
        }
        if groups > 2 {
            for step in 0..<groups { memo.hyphenChains[i + 2 * step] = (groups - step, k) }
        }
        return (groups, k)
    }

    /// Whether the object before the "by" at `byAt` is one quantity: a singular noun after a determiner or a possessive,
    /// over up to two modifiers ("the rate", "its US individual plan", "its workforce"; not "prices", "council tax").
    func oneQuantityBefore(by byAt: Int) -> Bool {
        guard byAt >= 2, let head = word(byAt - 1), !isPlural(head), !SubjectRules.stopWords.contains(head) else { return false }
        // (No plural in the object before it: "cut their targets on the stock by 10% to 40%" changes many.)
        var v = byAt - 2
        while v >= 0, v >= byAt - 7, sameSentence(v, byAt), let w = word(v), ChangeRules.byObject[w] == nil {
            if isPlural(w), !SubjectRules.stopWords.contains(w) { return false }
            v -= 1
        }
        var j = byAt - 2
        while j >= 0, j >= byAt - 4, sameSentence(j, byAt), let w = word(j) {
            if DateRules.determiners.contains(w) || w.hasSuffix("'s") { return true }
            if SubjectRules.stopWords.contains(w) || ChangeRules.byObject[w] != nil { return false }
            j -= 1
        }
        return false
    }

    /// Whether the number after the joiner at `joinAt` (past a currency) is over five times `low`: a new level
    /// after a change by `low`, not the high end of a range.
    func highEndFarAbove(_ low: NumberMatch, joinAt: Int, money: Bool) -> Bool {
        // (Past a currency written again: "$", "A$", "NZ$".)
        guard let at = (joinAt + 1...joinAt + 3).first(where: { $0 < tokens.count && tokens[$0].kind == .number }),
            let high = try? readNumber(at: at, money: money)
        else { return false }
        return high.value.doubleValue > 5 * low.value.doubleValue
    }

    /// The "from" before a determiner and a noun of a measured level that end with the "of" before `first`: "from an
    /// average of", "from a peak of".
    func levelNamedBefore(_ first: Int) -> Int? {
        guard word(first - 1) == "of", let noun = word(first - 2), ChangeRules.levelNouns.contains(noun),
            let determiner = word(first - 3), ["a", "an", "the", "its", "their"].contains(determiner), word(first - 4) == "from"
        else { return nil }
        return first - 4
    }

    /// Whether the object that ends before the "of" at `of` opens with a definite determiner ("the minimum wage",
    /// "its target"), up to `ChangeRules.maximumObjectWords` words back: the value of one thing, not things of a size.
    func definiteObject(before of: Int) -> Bool {
        // (Of one thing, not of things: "cut the rate on its loans of £5,000 to £25,000" is a range of loans; the head before
        // an "of" inside the object, "the honorarium of anganwadi workers of Rs 10,000".)
        var k = of - 1
        var head = of - 1
        while k >= 0, k >= of - ChangeRules.maximumObjectWords, let w = word(k) {
            if ["the", "its", "their", "his", "her", "our", "this"].contains(w) { return !isPlural(word(head) ?? "") }
            if ChangeRules.byObject[w] != nil { return false }
            if w == "of" { head = k - 1 }
            k -= 1
        }
        return false
    }

    /// Whether `w` (and `next`) after "times the" name a period, how often: "met 12 times the previous year", "the same
    /// week" (not "three times the previous record", a multiple).
    func periodAfterTimesThe(_ w: String, next: String?) -> Bool {
        if DateRules.relativeShifts[w] != nil || NumberRules.periodAdjectivesAfterTimesThe.contains(w) {
            return next.map(NumberRules.periodsAfterTimesThe.contains) ?? true
        }
        return NumberRules.periodsAfterTimesThe.contains(w)
    }

    /// The last token of a street's name after the house number at `tail` (after "at"): one to three capitalised words, with
    /// a lower-case particle between ("Rue de Rivoli") and a road's number after ("Highway 82"), before a lower-case word
    /// that counts nothing ("doors at 110 Rue de Rivoli open", "shown at 9 Hatton Garden from 10am"). Not a weekday, month,
    /// time zone or capitals only ("at 7 Eastern", "at 9 GMT"), nor things counted after the name ("at 30 Premier League
    /// clubs").
    /// Whether the word at `k` is the plural of an identifier, "floors", "platforms", before a pair of its numbers.
    func pluralIdentifier(_ k: Int) -> Bool {
        // ("platforms 9-10", "zones 1–2": joined by a dash too, for labels only, `NameRules.labelsBeforeDashedPairs`; not
        // "The herd numbers 300-400", "In those days 20-30 would turn up".)
        // (Nor a plural counted before it: "Of the 24 episodes 3-4 were filmed in Belfast".)
        let dashed = symbol(k + 2).map { $0 == "-" || $0 == "–" } ?? false
        guard let w = word(k), w.hasSuffix("s"), !tokens[k].capitalized, k + 3 < tokens.count, tokens[k + 1].kind == .number,
            dashed || word(k + 2).map({ $0 == "and" || $0 == "to" || $0 == "or" }) == true, tokens[k + 3].kind == .number,
            !dashed || k == 0 || (tokens[k - 1].kind != .number && NumberRules.units[tokens[k - 1].norm] == nil)
        else { return false }
        return (dashed ? NameRules.labelsBeforeDashedPairs : NameRules.identifierWords).contains(String(w.dropLast()))
    }

    func addressName(after tail: Int) -> Int? {
        var k = tail + 1
        var names = 0
        var last = tail
        while k < tokens.count, sameSentence(tail, k), names < 3 {
            if tokens[k].kind == .word, tokens[k].capitalized, text(k, k).contains(where: \.isLowercase),
                DateRules.weekdays[tokens[k].norm] == nil, DateRules.months[tokens[k].norm] == nil,
                !NameRules.timeWords.contains(tokens[k].norm), !tokens[k].norm.hasSuffix("'s"), !isPlural(tokens[k].norm),
                !NumberRules.measurementUnits.contains(tokens[k].norm)
            {
                names += 1
                last = k
                k += 1
            } else if names > 0, let w = word(k), NameRules.nameParticles.contains(w), k + 1 < tokens.count, tokens[k + 1].capitalized {
                k += 1
            } else {
                break
            }
        }
        guard names > 0 else { return nil }
        if k < tokens.count, tokens[k].kind == .number, tokens[k].spaceBefore, sameSentence(tail, k),
            word(last).map(NameRules.identifierWords.contains) == true
        {
            last = k
        }
        if clauseEnds(after: last) { return last }
        guard let w = word(last + 1), !tokens[last + 1].capitalized, !isPlural(w), !countedPastModifiers(after: last, reach: 2),
            !SubjectRules.stopWords.contains(w) || NameRules.labelsAnyNoun.contains(w) || NameRules.wordsAfterAddresses.contains(w)
                // ("Residents at 12 Severn Side North should call": a modal after the street's name.)
                || NameRules.modalsAfterAddresses.contains(w)
        else { return nil }
        return last
    }

    /// Whether the lower-case singular noun before the plain number at `i` labels it, with nothing counted after the number
    /// (`NameRules.labelsAnyNoun`): after a preposition ("in trench 7", "on board 1", "under licence 20419"), after a verb in
    /// the past ("labelled burial 114", "checked box 7") or after "and" or "or" after another such label ("box 7 and hide 3").
    /// Not a verb ("Teams used 1,242", "Democrats hold 213" after their subject), nor a noun said as an adverb ("in total 30",
    /// "at present 30", `NameRules.adverbialNouns`).
    func nounLabel(before i: Int, tail: Int) -> Bool {
        let singularVerb = word(tail + 1).map(NameRules.singularVerbsAfterLabels.contains) == true && (tokens[i].integer ?? 0) != 1
        guard i >= 2, let w = word(i - 1), !tokens[i - 1].capitalized, w.utf8.count >= 3, w.utf8.allSatisfy({ (97...122).contains($0) }),
            !SubjectRules.stopWords.contains(w), !NameRules.capitalizedFunctionWords.contains(w), !NameRules.adverbialNouns.contains(w),
            !isPlural(w), !w.hasSuffix("ing"), bound(before: i).1 == nil,
            !w.hasSuffix("ly"), !w.hasSuffix("ed"), !DateRules.irregularPastVerbs.contains(w), !DateRules.pastOrParticiple.contains(w),
            NumberRules.scaleWords[w] == nil, NumberRules.units[w] == nil, singularVerb || !countedPastModifiers(after: tail, reach: 2),
            // (Not a count of a toll or of deaths in a headline: "Death toll in blaze 40".)
            !(word(i - 3).map(NameRules.tallyNounsBeforeLabels.contains) ?? false),
            !(word(tail + 1).map(NameRules.countedWithoutNoun.contains) ?? false)
        else { return false }
        // ("; clue 12 reads 'Catch-22 novelist'", "Chair 6 remains shut": at a clause's start, before a singular verb, the noun
        // and its number are one thing.)
        if singularVerb, !sameSentence(i - 2, i) || symbol(i - 2).map(NameRules.clauseMarks.contains) == true { return true }
        // (", store 1187, opens": a label set off by commas.)
        if symbol(i - 2) == ",", symbol(tail + 1) == ",", sameSentence(i - 2, tail + 1), tokens[i].integer != nil { return true }
        guard let context = word(i - 2), !tokens[i - 2].capitalized || !sameSentence(i - 3, i - 2), sameSentence(i - 2, i) else {
            return false
        }
        // ("Driver badge 4471 was suspended", "The driver's badge 4471 was": a determiner, a possessive or a modifier that opens
        // the sentence before the noun.)
        if singularVerb,
            DateRules.determiners.contains(context) || context.hasSuffix("'s") || context.hasSuffix("’s")
                || (tokens[i - 2].capitalized && !SubjectRules.stopWords.contains(context)
                    && !NameRules.capitalizedFunctionWords.contains(context))
                || determinerOverModifiers(before: i - 1)
        {
            return true
        }
        // ("to book shift 3.": an infinitive's verb before the label that ends its clause.)
        if word(i - 3) == "to", sameSentence(i - 3, i), !SubjectRules.stopWords.contains(context), clauseEnds(after: tail) { return true }
        // ("after lift 14 stalled", "when pump 3 failed", "After flight 370 vanished": after a word that opens a clause, a number
        // under a thousand before a past verb is the subject's label; "Since launch 300 have signed up" counts.)
        if NameRules.subordinatorsBeforeLabels.contains(context), (tokens[i].integer ?? 1000) < 1000,
            let v = word(tail + 1), DateRules.isPastForm(v), !["had", "were"].contains(v)
        {
            return true
        }
        // (Nothing after it but a preposition, a conjunction, a word of time or the clause's end: "By air 200 were evacuated",
        // "In silence 300 stood" start a clause; but "Pupils in year 9 will sit", "Mice in group 2 lost weight": a phrase
        // after a plural noun, before its verb.)
        let endsPhrase =
            clauseEnds(after: tail) || (word(tail + 1).map(NameRules.wordsAfterLabels.contains) ?? false) || invertedAfter(tail)
            || singularVerb
        let modifiesNoun = word(i - 3).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } == true && sameSentence(i - 3, i)
        // ("The skater was sent to rink 2.", "traced to turbine 12": after "to" too, but for a record, "grew to record 45,000".)
        // (After a verb of moving only: not "a deal to purchase 30 of Boeing's jets".)
        if NameRules.labelsAnyNoun.contains(context)
            || (context == "to" && !NameRules.headlineModifiersBeforeCounts.contains(w)
                && word(i - 3).map(NameRules.verbsOfMovingTo.contains) == true)
        {
            return endsPhrase || modifiesNoun
        }
        // ("ordering folio 33": after a verb in "-ing" too.)
        if context.hasSuffix("ed") || DateRules.irregularPastVerbs.contains(context) || (context.hasSuffix("ing") && context.utf8.count > 5)
        {
            return endsPhrase && !SubjectRules.stopWords.contains(context)
        }
        // ("checked box 7 and hide 3", "reached camp 4 and camp 3 was abandoned": the second of a list of labels.)
        guard context == "and" || context == "or", i >= 4, tokens[i - 3].kind == .number, consumed[i - 3],
            candidates.last.map({ $0.lastToken < i - 3 }) ?? true, let earlier = word(i - 4), !tokens[i - 4].capitalized
        else { return false }
        return NameRules.identifierWords.contains(earlier) || NameRules.labelsAnyNoun.contains(word(i - 5) ?? "")
            || (word(i - 5).map { $0.hasSuffix("ed") } ?? false)
    }

    /// Whether a determiner or a possessive comes before the noun at `k` over one to three modifiers, words joined by hyphens
    /// among them: "The resort's 45-year-old lift 12 remains closed", "the old east pier 3 is shut".
    func determinerOverModifiers(before k: Int) -> Bool {
        var j = k - 1
        var words = 0
        while j >= 0, j >= k - 7, sameSentence(j, k) {
            if tightHyphen(j) || (tokens[j].kind == .number && j + 1 < k && tightHyphen(j + 1)) {
                j -= 1
                continue
            }
            guard let w = word(j) else { return false }
            if words > 0, determinerOrPossessive(j) { return true }
            guard !tokens[j].capitalized, !SubjectRules.stopWords.contains(w), words < 3 else { return false }
            words += 1
            j -= 1
        }
        return false
    }

    /// Whether the count at `number` is the subject of its clause after a phrase that opens the sentence: a preposition and
    /// one to three words (no number), then the count and a plural or past verb ("In Gaza 30 died", "In the Commons 300 voted",
    /// "On polling day 12,000 turned out", "By Friday 12,000 had applied", "Within a day 6,400 were sold"): no name, label
    /// or weekday before it makes it one (not "Apollo 11 was launched", "In Windows 11 users can").
    func countAfterOpeningPhrase(_ number: NumberMatch, tail: Int) -> Bool {
        let i = number.first
        guard i >= 2, tokens[i].kind == .number, (number.value.integerValue ?? 0) >= 2, let next = word(tail + 1),
            !tokens[tail + 1].capitalized, sameSentence(i, tail + 1)
        else { return false }
        // The opening phrase first, which most numbers lack: a preposition and words only, from the sentence's start.
        var start = i - 1
        while start > 0, start >= i - 4, sameSentence(start - 1, i),
            !(symbol(start - 1).map(NameRules.phraseOpeningMarks.contains) ?? false)
        {
            start -= 1
        }
        // (After a kicker or a dateline's dash too: "Kenya: In Kisumu 15 died", "LAGOS (Reuters) - In Lagos 40 died".)
        guard !sameSentence(start - 1, i) || (start >= 1 && (symbol(start - 1).map(NameRules.phraseOpeningMarks.contains) ?? false)),
            i - start >= 2,
            let opener = word(start), NameRules.openingPrepositions.contains(opener),
            (start + 1..<i).allSatisfy({ tokens[$0].kind == .word })
        else { return false }
        // ("After lift 3 failed,", "After flight 370 vanished,": a label after a word that opens a clause.)
        if word(i - 2).map(NameRules.subordinatorsBeforeLabels.contains) == true, nounLabel(before: i, tail: tail) { return false }
        // (Or a number with thousands or a scale before things counted: "In Tokyo 10,500 fans packed", "Ahead of Valentine's
        // Day 30 million roses arrived"; not "In Windows 11 users can".)
        let large = number.scaled || text(i, i).contains(",")
        // ("In Jasper 358 homes and businesses were destroyed", "358 homes and 12 businesses were": the verb after two plurals
        // joined.)
        // ("In Japan 820 bowling centres remain open": over a modifier before the plural.)
        // ("In Ontario 5,300 long-term care residents are waiting": over words joined by hyphens too.)
        let pluralFound =
            (tail + 1...tail + 5).first { k in
                k < tokens.count && sameSentence(tail, k) && (word(k).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } ?? false)
                    && (tail + 1..<k).allSatisfy {
                        tightHyphen($0)
                            || (word($0).map { !SubjectRules.stopWords.contains($0) && NumberRules.units[$0] == nil } == true
                                && !tokens[$0].capitalized)
                    }
                    && (tail + 1..<k).filter { !tightHyphen($0) }.count <= 3
            }
        let pluralAt = pluralFound ?? tail + 1
        let joined = word(pluralAt + 1) == "and" || word(pluralAt + 1) == "or"
        let countedAt = joined && pluralAt + 2 < tokens.count && tokens[pluralAt + 2].kind == .number ? pluralAt + 3 : pluralAt + 2
        let verbAt =
            joined && word(countedAt).map({ isPlural($0) && !SubjectRules.stopWords.contains($0) }) == true ? countedAt + 1 : pluralAt + 1
        // (Not a verb put before its subject: "In trench 7 were found 30 coins".)
        guard !invertedAfter(tail) else { return false }
        // (Not a singular verb: "from kennel 12 was adopted" is a label's.)
        return DateRules.pluralVerbsAfterCountSubject.contains(next) || next == "had" || (DateRules.isPastForm(next) && next != "was")
            || (large && countedPastModifiers(after: tail))
            // ("In Lagos 18 buildings collapsed", "At Heathrow 120 flights were cancelled": ten or more things and their
            // verb, after no label or name of a model, "On Route 66 motels are closing", "On iPhone 15 users reported".)
            || ((number.value.integerValue ?? 0) >= 10
                && (looksCounted(after: tail) || countedPastModifiers(after: tail) || pluralFound != nil)
                && (word(verbAt).map {
                    DateRules.isPastForm($0) || NameRules.verbsAfterOpeningCounts.contains($0)
                        || (NameRules.verbsAfterModifiedOpeningCounts.contains($0) && (pluralAt > tail + 1 || large))
                } ?? false)
                && !(word(i - 1).map(NameRules.identifierWords.contains) ?? false) && !mixedCase(i - 1))
    }

    /// Whether the amount of `candidate`, a fall after a verb of losing before `first`, is a result with no change: "DB Cargo
    /// lost €357 million last year" (millions lost), "The show lost £210,000 in 2027", "lost between £20,000 and £50,000 each
    /// last year" (any amount lost in a year); not "lost $30 billion in market value", "the pound lost 2 cents".
    func lostAsResult(_ candidate: Candidate, scaled: Bool, first: Int) -> Bool {
        let last = candidate.lastToken
        // (In a year, a sum of a thousand or more that no price or asset lost: not "The shares lost $12 in 2027", "Bitcoin lost
        // $20,000 in 2026".)
        let lostInAYear =
            (candidate.value?.doubleValue ?? 0) >= 1000 && periodFollows(last)
            && !(max(0, first - 7)..<first).contains { k in
                sameSentence(k, first)
                    && (word(k).map { DateRules.marketNouns.contains($0) || ChangeRules.assetsLosingValue.contains($0) } ?? false)
            }
        return candidate.kind == .money && candidate.change?.direction == .decrease
            && (scaled || (candidate.value?.doubleValue ?? 0) >= 1_000_000 || lostInAYear)
            && word(first - 1).map(ChangeRules.losingVerbs.contains) == true
            && !(last + 1...last + 3).contains(where: { word($0) == "value" || word($0) == "to" })
            // ("lost $5 million, or 12%", "or about 30% of what they put in": a share of what it had, a fall; not "or 12 cents a
            // share", a loss per share.)
            && !(symbol(last + 1) == "," && word(last + 2) == "or"
                && !(last + 3...last + 7).contains { word($0) == "share" || word($0) == "shares" })
    }

    /// Whether a year or a season follows the figure ending at `last`, up to six tokens on: "lost £210,000 in 2027", "between
    /// £20,000 and £50,000 each last year", "a year", "in the 2026-27 season".
    func periodFollows(_ last: Int) -> Bool {
        (last + 1...last + 6).contains { k in
            k < tokens.count && sameSentence(last, k)
                && ((word(k).map(ChangeRules.periodsOfResults.contains) ?? false)
                    || (year(k).map { (1900...2100).contains($0) } == true && (word(k - 1) == "in" || word(k - 1) == "during")))
        }
    }

    /// Whether "were" or "was" after the number ending at `tail` is a verb put before its subject, a number up to two words on:
    /// "In trench 7 were found 30 coins", "In hall 5 were 200 exhibitors".
    func invertedAfter(_ tail: Int) -> Bool {
        (word(tail + 1) == "were" || word(tail + 1) == "was")
            && (tail + 2...tail + 3).contains { $0 < tokens.count && tokens[$0].kind == .number && sameSentence(tail, $0) }
    }

    /// Whether the word at `k` is written in mixed case past its first letter or with a lower-case first letter and a
    /// capital after: "GHz", "kWh", "mAh" (not "HP", "Hz").
    func mixedCase(_ k: Int) -> Bool {
        // (No token before a text's first: "300 boys ran." opens it.)
        guard k >= 0, k < tokens.count, tokens[k].kind == .word else { return false }
        // (An ASCII word read from its bytes: asked of most words before a number, where making its string and reading
        // its characters' case took a tenth of the time of the rules that ask.)
        let letters = UnsafeBufferPointer(rebasing: bytes[tokens[k].start..<tokens[k].end])
        if letters.allSatisfy({ $0 < 0x80 }) {
            return letters.contains { $0 >= 0x61 && $0 <= 0x7A } && letters.dropFirst().contains { $0 >= 0x41 && $0 <= 0x5A }
        }
        let raw = text(k, k)
        return raw.contains(where: \.isLowercase) && raw.dropFirst().contains(where: \.isUppercase)
    }

    /// Whether the levels of "from" at `fromAt` are ages or spans of time: "age" up to six words before it ("a rise in the
    /// pension age from 66 to 67") or a unit of time after the high end ("from 5 to 10 days"), which read alone are no counts.
    func ageOrDurationAround(_ fromAt: Int, joinAt: Int) -> Bool {
        if (max(0, fromAt - 6)..<fromAt).contains(where: { word($0).map { $0 == "age" || $0 == "ages" } ?? false }) { return true }
        guard let high = try? readNumber(at: joinAt + 1, money: false), let unit = word(high.last + 1) else { return false }
        return SubjectRules.durationUnits.contains(unit)
    }

    /// Whether a noun of change and "in" stand up to six words before the "from" at `fromAt`, with no comma between: "an
    /// increase in employer national insurance from 13.8 per cent to 15 per cent", "an increase in staff from 200 to 350
    /// people" (a before and after, not a range; not of ages or spans of time, `ageOrDurationAround`).
    func changeNounIn(before fromAt: Int) -> Bool {
        var k = fromAt - 1
        // (Not a range named so: "growth in the range from 2% to 3%".)
        while k >= 1, k >= fromAt - 6, sameSentence(k, fromAt), tokens[k].kind == .word, tokens[k].norm != "range" {
            if tokens[k].norm == "in", let noun = word(k - 1), ChangeRules.nounsNeedingOf.contains(noun) { return true }
            k -= 1
        }
        return false
    }

    /// Whether the number at `i` is a clock time "H.MM" or "HH.MM" (hours to 23) after "at", "by", "from", "until" or
    /// "till", with a verb of a timetable (`NameRules.timetableVerbs`) up to eight words before it: "leaves at 7.01",
    /// "reaches Paris by 10.20" (not "shares closed at 10.20").
    func timetableTime(_ i: Int, tail: Int) -> Bool {
        guard tail == i, tokens[i].kind == .number, let p = word(i - 1), ["at", "by", "from", "until", "till"].contains(p) else {
            return false
        }
        let parts = tokens[i].norm.split(separator: ".")
        guard parts.count == 2, parts[1].utf8.count == 2, let hour = Int(parts[0]), let minutes = Int(parts[1]), hour <= 23,
            minutes < 60
        else { return false }
        // (Not a market's period left at a level: "The euro leaves the week at 1.09", "leaves the session at 14.35".)
        // ("the reading room opens at 10.00", "Doors open at 7.30": a verb of opening right after a place that opens, before a
        // time on the quarter hour from six on; not a market's level, "The stock opened at 10.00", "The euro opened at 1.15".)
        // ("Polls open at 7.00 and close at 22.00": the second verb after "and" and the first time.)
        let opening =
            hour >= 6 && minutes % 15 == 0 && word(i - 2).map(NameRules.openingVerbs.contains) == true
            && (word(i - 3).map(NameRules.placesThatOpen.contains) == true
                // ("The rink opens at 9.30": any lower-case noun, with no market's before it: not "Shares in the firm opened at
                // 15.00".)
                || (word(i - 3).map { !SubjectRules.stopWords.contains($0) } == true && !tokens[i - 3].capitalized
                    && word(i - 4).map(DateRules.determiners.contains) == true
                    && !(max(0, i - 8)..<(i - 2)).contains { k in
                        sameSentence(k, i) && (word(k).map(DateRules.marketNouns.contains) ?? false)
                    })
                || (word(i - 3) == "and" && i >= 4 && tokens[i - 4].kind == .number && consumed[i - 4]
                    && candidates.last.map({ $0.lastToken < i - 4 }) != false)
                // ("Ringing starts at 7.30 on Sunday", "Mass begins at 10.00 tomorrow": the day of the time after a present
                // verb, with no market's noun before it; not "The stock opened at 7.30 on Friday", "MTN Nigeria opened at 22.30".)
                || (word(i - 2).map { !DateRules.isPastForm($0) && $0 != "began" } == true
                    && (word(i + 1).map { DateRules.weekdays[$0] != nil || DateRules.relativeDays[$0] != nil } == true
                        || (word(i + 1) == "on" && word(i + 2).map { DateRules.weekdays[$0] != nil } == true))
                    && !(max(0, i - 8)..<(i - 2)).contains { k in
                        sameSentence(k, i)
                            && (word(k).map { DateRules.marketNouns.contains($0) || NameRules.tradingPeriods.contains($0) } ?? false)
                    })
                // ("The market, which opens at 7.30": a relative pronoun after the place's comma, with a present of the hours kept,
                // or no market's noun before it; not "The stock, which opened at 7.30".)
                || (word(i - 3).map { $0 == "which" || $0 == "that" } == true && symbol(i - 4) == ","
                    && (word(i - 2).map { $0.hasSuffix("s") } == true
                        || !(max(0, i - 8)..<(i - 2)).contains { k in
                            sameSentence(k, i) && (word(k).map(DateRules.marketNouns.contains) ?? false)
                        })))
        // ("The postman starts his round at 5.45": a person's round, shift or day begun or ended at a time.)
        let personsRound =
            word(i - 4).map(NameRules.openingVerbs.contains) == true && word(i - 3).map(NameRules.possessivesOfPeople.contains) == true
            && word(i - 2).map { !SubjectRules.stopWords.contains($0) } == true && sameSentence(i - 4, i)
        guard
            let v = (max(0, i - 9)..<(i - 1)).last(where: { k in
                sameSentence(k, i) && (word(k).map { NameRules.timetableVerbs.contains($0) } ?? false)
            }) ?? (opening ? i - 2 : personsRound ? i - 4 : nil)
        else { return false }
        return !(v + 1..<(i - 1)).contains { word($0).map(NameRules.tradingPeriods.contains) ?? false }
    }

    /// Returns the last token to skip when the number at hand is a name, code, time or identifier.
    func notACount(_ number: NumberMatch, tail: Int) -> Int? {
        let i = number.first
        if countAfterOpeningPhrase(number, tail: tail) { return nil }
        // ("The 50 Cents Club", "99 Cents Only Stores": a capitalised word of cents that makes a name with the capitalised word
        // after it, which `hundredths(after:)` reads as no money, is no count of it either; "240 Penny Reds" counts stamps.)
        if let w = word(tail + 1), tokens[tail + 1].capitalized, MoneyRules.hundredths[w] != nil, tail + 2 < tokens.count,
            tokens[tail + 2].kind == .word, tokens[tail + 2].capitalized, sameSentence(tail, tail + 2), !isPlural(tokens[tail + 2].norm)
        {
            return tail + 1
        }
        // "after a 999 call", "the 111 hotline": a number to call before a singular noun of calling (not "999 calls").
        if number.plainInteger, word(i - 1).map({ $0 == "a" || $0 == "the" }) == true, let w = word(tail + 1),
            NameRules.callingNouns.contains(w), sameSentence(i - 1, tail + 1)
        {
            return tail + 1
        }
        // "+86 472 123 4567", "+44 20 7946 0018": a country's calling code and the groups after it are a phone number.
        // (From any of its groups: "472 123" may be read first as one number.)
        var code = symbol(i) == "+" ? i + 1 : i
        while code >= 1, code > i - 6, code < tokens.count, tokens[code].spaceBefore, tokens[code - 1].kind == .number,
            !tokens[code - 1].norm.contains("."), sameSentence(code - 1, code)
        {
            code -= 1
        }
        // (Three groups at least, the code of one to three digits; groups spaced as thousands may be one token, "86 472 123".)
        if symbol(code - 1) == "+", attached(code), code < 2 || !attached(code - 1), code < tokens.count, tokens[code].kind == .number,
            case let raw = text(code, code), raw.prefix(while: { $0.isNumber }).count <= 3
        {
            var groups = raw.split(separator: " ").count
            var end = max(tail, code)
            while end + 1 < tokens.count, tokens[end + 1].kind == .number, tokens[end + 1].spaceBefore, sameSentence(end, end + 1) {
                end += 1
            }
            groups += (code + 1...max(code + 1, end)).reduce(0) { n, k in k <= end ? n + text(k, k).split(separator: " ").count : n }
            if groups >= 3 { return end }
        }
        // ("(02) 9876 5432", "(65) 3644-2100": an area code in brackets before groups of three or four digits.)
        if number.plainInteger, tail == i, i >= 3, symbol(i - 1) == ")", symbol(i - 3) == "(", tokens[i - 2].kind == .number,
            tokens[i - 2].integer != nil, tokens[i - 2].norm.utf8.count <= 4, (3...4).contains(tokens[i].norm.utf8.count),
            sameSentence(i - 3, i)
        {
            let hyphened = hyphenChain(from: i).last
            if hyphened > i { return hyphened }
            if i + 1 < tokens.count, tokens[i + 1].kind == .number, tokens[i + 1].spaceBefore, tokens[i + 1].integer != nil,
                (3...4).contains(tokens[i + 1].norm.utf8.count), sameSentence(i, i + 1)
            {
                return i + 1
            }
        }
        // "<>30", "=>30": a number behind a malformed pair of operators is no figure.
        if i >= 2, attached(i), let a = symbol(i - 1), let b = symbol(i - 2), attached(i - 1),
            ["<", ">", "="].contains(a), ["<", ">", "="].contains(b), !(b == "<" && a == "=") && !(b == ">" && a == "=")
        {
            return tail
        }
        if let last = notCounted(number, tail: tail) { return last }
        // "text 21272", "call 999", "dial 112": a number to call or text; "contact police on 101", "call the
        // Samaritans on 116 123", "can be reached on 10655" (the number after "on" a few words after the verb); "quoting
        // incident 0423".
        // (With the groups after it: "Call 020 7946 0018".)
        let dialled =
            word(i - 1).map { NameRules.dialWords.contains($0) || NameRules.referenceWords.contains($0) } == true
            || (word(i - 1) == "on"
                && (max(0, i - 5)..<(i - 1)).contains { k in
                    sameSentence(k, i)
                        && (word(k).map { NameRules.dialWords.contains($0) || NameRules.contactWords.contains($0) } ?? false)
                })
            // ("Call 999 in an emergency or 111 for advice": another number to call after "or".)
            || (word(i - 1) == "or"
                && (max(0, i - 8)..<max(0, i - 1)).contains { k in
                    sameSentence(k, i) && tokens[k].kind == .number && (word(k - 1).map(NameRules.dialWords.contains) ?? false)
                })
        // "dial *334#", "*141*1#": a code of the keypad between "*" and "#" or "*".
        if number.plainInteger, symbol(i - 1) == "*", attached(i), let s = symbol(tail + 1), s == "#" || s == "*", attached(tail + 1) {
            return tail
        }
        // ("Lifeline on 1800 55 1800", a box score's "14 11 6 15": three or more bare numbers in a row are groups of a
        // code or a table's row, none a count.)
        // ("Ear tag UK 123456 700123": two such numbers of five digits or more are a code's groups.)
        if number.plainInteger, tail == i, let run = bareNumberRun(around: i),
            run.last - run.first >= 2 || (run.first...run.last).allSatisfy({ tokens[$0].norm.utf8.count >= 5 })
        {
            // ("+49 (0)40 890 85-433": with the groups joined by a hyphen after it.)
            return hyphenChain(from: run.last).last
        }
        if number.plainInteger, tokens[i].norm.utf8.count >= 3, dialled, sameSentence(i - 1, i), !looksCounted(after: tail) {
            var end = tail
            // (Groups read as one number too: "on 01595 693 000".)
            while end + 1 < tokens.count, tokens[end + 1].kind == .number, !tokens[end + 1].norm.contains("."), sameSentence(end, end + 1) {
                end += 1
            }
            // ("quoting reference 4471-889": its groups joined by hyphens too.)
            return max(end, hyphenChain(from: end).last)
        }
        // "three times as many", "more than 13 times the 100,000 needed", "three times as much": a multiple, no count.
        // (After "the", a figure: not "met 12 times the previous year".)
        // ("reached 50 times the level deemed safe", "18 times the number of cells", "25 to 30 times your expenses": a
        // determiner and a noun of what is multiplied; not a period, "met 12 times the previous year".)
        if word(tail + 1) == "times", let w = word(tail + 2), NumberRules.afterMultiple.contains(w), sameSentence(tail, tail + 2),
            w != "the" || (tail + 3 < tokens.count && tokens[tail + 3].kind != .word)
                || (word(tail + 3).map { !periodAfterTimesThe($0, next: word(tail + 4)) } ?? false)
        {
            return tail + 1
        }
        // ("The IPO was subscribed 2.37 times", "oversubscribed 12 times": a ratio, a fraction of times or after "subscribed", no
        // count; "arrested 5 times" counts times.)
        if word(tail + 1) == "times",
            number.value.integerValue == nil || (word(number.first - 1).map(NumberRules.ratioVerbs.contains) ?? false)
        {
            return tail + 1
        }
        // ("roughly 1.5 times a national university's ¥535,800", "three times the city's average": a determiner and a
        // possessor within four words; not "three times a day".)
        if word(tail + 1) == "times", let w = word(tail + 2), w == "a" || w == "an" || w == "the",
            (tail + 3...tail + 5).contains(where: { k in
                k < tokens.count && sameSentence(tail, k) && tokens[k].kind == .word && tokens[k].norm.hasSuffix("'s")
                    && !NameRules.contractionsInS.contains(tokens[k].norm)
            })
        {
            return tail + 1
        }
        // "A350-900": a number tight after a hyphen against a code of letters and digits.
        let hyphen = symbol(i) == "-" ? i : i - 1
        if hyphen >= 2, symbol(hyphen) == "-", attached(hyphen), attached(hyphen + 1), tokens[hyphen - 1].kind == .number,
            attached(hyphen - 1), tokens[hyphen - 2].kind == .word, tokens[hyphen - 2].capitalized
        {
            return max(tail, hyphenChain(from: tail).last)
        }
        // "16- to 24-year-olds", "three- and four-bedroom homes": the first half of a compound whose noun comes
        // with the second, read (or dropped) there.
        if symbol(tail + 1) == "-", attached(tail + 1), let joiner = word(tail + 2), ["to", "and", "or"].contains(joiner),
            tokens[tail + 2].spaceBefore, tail + 3 < tokens.count,
            tokens[tail + 3].kind == .number || NumberRules.units[tokens[tail + 3].norm] != nil,
            tightHyphen(tail + 4)
        {
            return tail + 1
        }
        // "Ocean's Twelve Returns To Cinemas": after a capitalised possessive, a name even in a headline of title case.
        if number.words, tokens[i].capitalized, i > 0, sameSentence(i - 1, i), tokens[i - 1].capitalized,
            tokens[i - 1].norm.hasSuffix("'s"), !NameRules.contractionsInS.contains(tokens[i - 1].norm)
        {
            return tail
        }
        // "Brooklyn Nine-Nine", "Ocean's Eleven", "Slaughterhouse-Five": a capitalised number word inside a name (not in a
        // headline of title case: "Fire Kills Five").
        if number.words, tokens[i].capitalized, i > 0, sameSentence(i - 1, i), tokens[i - 1].kind != .number, !titleCaseSentence(i),
            tightHyphen(i - 1) && i >= 2 && tokens[i - 2].kind == .word && tokens[i - 2].capitalized
                || (tokens[i - 1].kind == .word && tokens[i - 1].capitalized
                    && !NameRules.capitalizedFunctionWords.contains(tokens[i - 1].norm) && DateRules.months[tokens[i - 1].norm] == nil)
        {
            return tail
        }
        // ("Tickets for the Six Nations sold out", "a ride on the Seven Dwarfs": a capitalised number word after "the", before a
        // capitalised word, in a sentence of sentence case, opens a name; not "arrested Two Kenyans".)
        if number.words, tail == i, tokens[i].capitalized, i > 0, sameSentence(i - 1, i), word(i - 1) == "the", !tokens[i - 1].capitalized,
            i + 1 < tokens.count, sameSentence(i, i + 1), tokens[i + 1].kind == .word,
            tokens[i + 1].capitalized, !headlineSentence(i)
        {
            return tail
        }
        // ("Three UK raised monthly prices", "Seven Trent raised bills": a number word opening the sentence before one or two
        // capitalised words that are no plural and a verb names a company; "Three UK soldiers died", "Three Britons died" count.)
        if number.words, tail == i, tokens[i].capitalized, i == 0 || !sameSentence(i - 1, i), !headlineSentence(i) {
            var k = i + 1
            while k <= i + 2, k < tokens.count, sameSentence(i, k), tokens[k].kind == .word, tokens[k].capitalized,
                !isPlural(tokens[k].norm),
                // (Not a people's name: "Three Chinese died", "Two Dutch were hurt".)
                !tokens[k].norm.hasSuffix("ese"), !tokens[k].norm.hasSuffix("ish"), !tokens[k].norm.hasSuffix("ch"),
                !NameRules.capitalizedFunctionWords.contains(tokens[k].norm), DateRules.months[tokens[k].norm] == nil,
                DateRules.weekdays[tokens[k].norm] == nil
            {
                k += 1
            }
            if k > i + 1, let v = word(k), !tokens[k].capitalized, sameSentence(i, k),
                DateRules.isPastForm(v) || NameRules.singularVerbsAfterLabels.contains(v) || ["says", "said", "will", "plans"].contains(v)
            {
                return k - 1
            }
        }
        // "version two", "Chapter Eleven", "phase three": a number in words after an identifier noun
        // (only nouns that are not also verbs: "building two schools" and "question two witnesses" count).
        if number.words, i > 0, tokens[i].spaceBefore, let previous = word(i - 1), sameSentence(i - 1, i),
            NameRules.identifierNounsBeforeWords.contains(previous)
        {
            return tail
        }
        if !number.words {
            // "0800 123 4567", "020 7946 0018": a leading zero and more groups of digits make a phone number.
            if number.plainInteger, tail == i, tokens[i].norm.utf8.count >= 3, tokens[i].norm.utf8.first == UInt8(ascii: "0") {
                var last = i
                while last + 1 < tokens.count, tokens[last + 1].kind == .number, tokens[last + 1].spaceBefore, sameSentence(i, last + 1),
                    !tokens[last + 1].norm.contains(".")
                {
                    last += 1
                }
                if last > i { return last }
            }
            // "locomotive 66 001", "unit 43 002": a group of three digits led by a zero after a space makes a fleet or serial
            // number of both (thousands spaced so, "Some 12 050 visitors", are not read: the first group alone would be a wrong
            // value; "66 000" is a count).
            if number.plainInteger, tail == i, tokens[i].norm.utf8.count <= 3, i + 1 < tokens.count, tokens[i + 1].kind == .number,
                tokens[i + 1].spaceBefore, !tokens[i + 1].newlineBefore, sameSentence(i, i + 1),
                tokens[i + 1].end - tokens[i + 1].start == 3, tokens[i + 1].norm.utf8.first == UInt8(ascii: "0"),
                tokens[i + 1].norm != "000"
            {
                return i + 1
            }
            // "leaves at 07.01", "after a 000 call", "the 05 plates": digits after a leading zero (and more digits) are a time,
            // a code or a name, no figure ("0.5" is one).
            let digits = tokens[i].norm.utf8
            if tokens[i].kind == .number, digits.count >= 2, digits.first == UInt8(ascii: "0"),
                digits.dropFirst().first.map({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) == true
            {
                return tail
            }
            // "leaves London at 7.01 and reaches Paris by 10.20": a clock time after a verb of a timetable.
            if timetableTime(i, tail: tail) { return tail }
            // ("The show runs at 7 and 9.30pm", "between 6 and 8pm": an hour before "and" or "to" and a time of the clock is one
            // too.)
            if number.plainInteger, tail == i, (1...12).contains(tokens[i].integer ?? 0),
                let p = word(i - 1), NameRules.prepositionsBeforeHours.contains(p), let j = word(i + 1),
                NameRules.joinersOfHours.contains(j),
                i + 2 < tokens.count, tokens[i + 2].kind == .number, attached(i + 3),
                word(i + 3).map(NameRules.timeWords.contains) == true, sameSentence(i, i + 3)
            {
                return tail
            }
            // ("The film is rated 15", "dial 0 for the operator", "press 2 for bookings": a rating, a key; not "rated 5 stars".)
            // (A rating where its clause ends or a preposition follows: not "Inspectors rated 212 of the region's homes".)
            // ("Restaurants rated 5 rose to 400": a small rating before a verb too; "a rating of 0 or 1", "rated 4 or 5": a rating of
            // ten or under after "rating of", and the other side of "or".)
            let small = (tokens[i].integer ?? 11) <= 10
            // (Not one with its earlier level, "a rating of 2, down from 4", which keeps both.)
            let changeFollows = (tail + 1...tail + 2).contains { word($0).map(NameRules.wordsBeforeEarlierRatings.contains) ?? false }
            let ratingOf = word(i - 1) == "of" && word(i - 2).map(NameRules.ratingNouns.contains) == true && !changeFollows
            let ratedBefore =
                (word(i - 1) == "or" || word(i - 1) == "and") && i >= 3 && tokens[i - 2].kind == .number && consumed[i - 2]
                && (word(i - 3) == "rated" || (word(i - 3) == "of" && word(i - 4).map(NameRules.ratingNouns.contains) == true))
            if number.plainInteger, tail == i, let p = word(i - 1), !looksCounted(after: tail),
                NameRules.keyingVerbs.contains(p)
                    || (p == "rated"
                        && (clauseEnds(after: tail)
                            || word(tail + 1).map { ["by", "for", "and", "in", "on", "at", "or"].contains($0) } == true
                            || (small && word(tail + 1).map { DateRules.isPastForm($0) || SubjectRules.elisionVerbs.contains($0) } == true)))
                    || (small && (ratingOf || ratedBefore))
            {
                return tail
            }
            // "clocked 9.79 to win", "the 1.02 patch": a race time, a version number.
            if !number.plainInteger, tail == i, tokens[i].kind == .number,
                // (Not a bound after a hyphen: "scored 40-plus goals".)
                // (A time or a rating has a point; a number in thousands before a counted noun is a count: "scored 1,012 raid
                // points"; not "rated 2,500", "scored 1,200 on the SAT".)
                ((tokens[i].norm.contains(".") || !countedPastModifiers(after: tail, reach: 2))
                    && word(i - 1).map { NameRules.raceTimeVerbs.contains($0) || NameRules.ratingVerbs.contains($0) } == true
                    && !looksCounted(after: tail) && !(tightHyphen(tail + 1) && word(tail + 2) == "plus"))
                    // ("touched in 57.33", "finished in 9.58": a time of two decimals after a finishing verb and "in".)
                    || (word(i - 1) == "in" && word(i - 2).map(NameRules.finishingVerbs.contains) == true
                        && tokens[i].norm.split(separator: ".").last?.utf8.count == 2 && !looksCounted(after: tail))
                    || (word(tail + 1).map { NameRules.versionNouns.contains($0) } == true && !tokens[tail + 1].capitalized)
            {
                return tail
            }
            // "Fortune 500", "Windows 11", "iPhone 15", "Boeing 737": a name word straight before.
            if i > 0, tokens[i].spaceBefore, tokens[i - 1].kind == .word, sameSentence(i - 1, i) {
                let previous = tokens[i - 1]
                let mixedCase = self.mixedCase(i - 1)
                // ("Amazon's 1.5 million workers": a possessive ends the name.)
                // ("Boeing's 737 Max jets", "Porsche's 911": a model after a possessive is still a name; a round number may
                // count over one modifier, "Assam's 850 tea estates", and any number over two, "Scotland's 145 hydro schemes",
                // unless what follows is made in models, "Embraer's 190 regional jets".)
                // (Nor a number that is no round one before such goods: "The Levi's 501 jeans".)
                // (Whose possessive: a country's or a place's reaches further, below.)
                let possessor = previous.norm.hasSuffix("'s") ? String(previous.norm.dropLast(2)) : ""
                let country = NameRules.countries.contains(possessor) || NameRules.countriesAlsoNames.contains(possessor)
                let place = country || DateRules.canadianNames.contains(possessor) || MoneyRules.countryClues[possessor] != nil
                let reach = { () -> Int in
                    let value = number.value.doubleValue
                    if value < 100 { return 3 }
                    // (Over a hyphenated modifier too: "Embraer's 190 long-range jets".)
                    let hyphens = (tail + 1...tail + 4).count { self.tightHyphen($0) }
                    let goods = (tail + 1...tail + 3 + 2 * min(hyphens, 2)).contains {
                        self.word($0).map { SubjectRules.goodsOfModels.contains($0) } ?? false
                    }
                    // (Any number before things not made in models, over up to two words: "Scotland's 145 hydro schemes"; after a
                    // place's, over three when the first is an adjective, "Quebec's 130 artisanal cheese producers", "Canada's 338
                    // federal electoral districts"; not a number that is a name, "Alberta's 911 emergency call centres",
                    // "Ontario's 401 express toll lanes".)
                    let placeReach = place && word(tail + 1).map(Self.adjectiveByForm) == true ? 3 : 2
                    guard value.truncatingRemainder(dividingBy: 10) == 0 else { return goods ? 0 : placeReach }
                    return goods ? 1 : placeReach
                }
                let possessive =
                    previous.norm.hasSuffix("'s") && !NameRules.contractionsInS.contains(previous.norm)
                    && (!number.plainInteger || countedPastModifiers(after: tail, reach: reach())
                        // ("Scotland's 5 Ski Centres Share £4.5m": in a headline of title case, a capitalised plural within the
                        // same reach, a number under a hundred; not a model, "Boeing's 737 Max Jets", "BMW's 3 Series Cars",
                        // "Apple's 15 Pro Handsets", nor goods made in models, "Fiat's 50 Cars".)
                        || (headlineSentence(i) && tokens[i].norm.utf8.count <= 2 && headlinePluralFollows(tail)
                            && capitalisedPluralFollows(tail) && word(tail + 1).map(SubjectRules.modelWordsAfterNumbers.contains) != true
                            && !(tail + 1...tail + 3).contains { self.word($0).map(SubjectRules.goodsOfModels.contains) == true })
                        || tallyPartner(before: i)
                        // ("Canada's 343 MPs", "India's 23 IITs": an initialism's plural after a country's possessive; not a brand's
                        // model, "Boeing's 737 MAXs", "Nvidia's 5090 GPUs", "Toyota's 86 GTs".)
                        // (Over one lower-case word too, "Canada's 343 elected MPs"; not a model's, "India's 737 new MAXs".)
                        || (country && tail + 1 < tokens.count && tokens[tail + 1].kind == .word && sameSentence(tail, tail + 1)
                            && (initialismPlural(tail + 1)
                                || (!tokens[tail + 1].capitalized && tail + 2 < tokens.count && tokens[tail + 2].kind == .word
                                    && sameSentence(tail, tail + 2) && initialismPlural(tail + 2)
                                    && !SubjectRules.modelWordsAfterNumbers.contains(String(tokens[tail + 2].norm.dropLast())))))
                        || (comparedBefore(possessor: i - 1) && countBefore(i)
                            && !(tail + 1 < tokens.count && tokens[tail + 1].kind == .word && tokens[tail + 1].capitalized)))
                // (In a headline written in title case, a verb before the number is capitalised too: "Heat Kills 1,301 On
                // Hajj", "Knicks Sell Out 41 Straight Home Games".)
                // (A verb's base form before a number of ten or more only: "Police Arrest 14", not the sequel of "Search And
                // Destroy 2".)
                // ("Exports Hit Record 21,500 Tonnes": over a word of a record or another.)
                let modifier = NameRules.headlineModifiersBeforeCounts.contains(previous.norm) && i >= 2 && sameSentence(i - 2, i)
                let verb = modifier ? tokens[i - 2] : previous
                let headlineVerb =
                    headlineSentence(i)
                    && (verb.norm.hasSuffix("s") || number.value.doubleValue >= 10 || (word(i - 2).map(isPlural) ?? false))
                    && (NameRules.headlineVerbsBeforeCounts.contains(verb.norm) || (modifier && (verb.norm == "a" || verb.norm == "the"))
                        // (`capitalisedPluralFollows` already passes over a headline's units, "3 Metres".)
                        || (NameRules.headlineVerbsThatAreNouns.contains(verb.norm) && capitalisedPluralFollows(tail)
                            && word(tail + 1).map({ NumberRules.measurementUnits.contains($0) || SubjectRules.durationUnits.contains($0) })
                                != true)
                        || (NameRules.headlineThresholdsOfLargeNumbers.contains(verb.norm)
                            && (number.scaled || number.value.doubleValue >= 1000))
                        // (Any base after "To", an infinitive: "Faces £3m Bill To Relocate 40 Caravans".)
                        || (!modifier
                            && (NameRules.headlineVerbsBeforePlurals.contains(verb.norm)
                                || (word(i - 2) == "to" && !verb.norm.hasSuffix("s")))
                            && headlinePluralFollows(tail)
                            // (Not a unit's compound: "To Face 10 Hour Delays", "To Introduce 20 Minute Parking Limits".)
                            && word(tail + 1).map({ NameRules.unitsBeforeHeadlineNouns.contains($0) && !isPlural($0) }) != true
                            && !(number.plainInteger && tokens[i].norm.utf8.count == 4)
                            && !NameRules.emergencyNumbers.contains(tokens[i].norm))
                        || (!modifier
                            && NameRules.headlineVerbsBeforeParticles[previous.norm].map { verbs in
                                word(i - 2).map { verbs.contains($0) } ?? false
                            } ?? false))
                // ("SpaceX Launches 28 Starlink Satellites", "Helpline Answered 38,000 Calls", "Archaeologists Uncover 2,000 Roman
                // Coins", "Record 56,000 Runners Set For London Marathon": any verb by its form, in "-s" or "-ed" after a capitalised
                // subject or a base after a plural one, or a word of a record opening the headline, before a capitalised plural
                // counted over up to three capitalised words; not a name, "Microsoft Windows 11 Devices", "Paris 2024 Games".)
                let opensSentence = i == 1 || !sameSentence(i - 2, i - 1)
                let headlineByForm =
                    !headlineVerb && !possessive
                    // (Opening the sentence, a number of a hundred or more: "Record 21 Launches Today" may be a name.)
                    && (opensSentence
                        ? NameRules.headlineModifiersBeforeCounts.contains(previous.norm) && number.value.doubleValue >= 100
                            // (Not a distance, "Record 400 Metres", `capitalisedPluralFollows`, nor a jet's model before its orders,
                            // "Record 777 Orders", "Record 737 Max Orders".)
                            && !(word(tail + 1).map(NameRules.aircraftOrderWords.contains) == true
                                && tokens[i].norm.utf8.count == 3 && tokens[i].norm.hasPrefix("7") && tokens[i].norm.hasSuffix("7"))
                            && (capitalisedPluralFollows(tail)
                                || (word(tail + 1).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } == true
                                    && !tokens[tail + 1].capitalized))
                        : headlineSentence(i) && capitalisedPluralFollows(tail)
                            && !(number.plainInteger && tokens[i].norm.utf8.count == 4)
                            // ("Opens 25 Sites, Creating 300 Jobs": a participle in "-ing" after a comma too, or after an amount,
                            // "Spends €4.2m Restoring 12 Lighthouses", "Loses $2bn Grounding 40 Jets".)
                            && ((tokens[i - 2].kind == .word && tokens[i - 2].capitalized)
                                || ((symbol(i - 2) == "," || tokens[i - 2].kind == .number
                                    || (i >= 3 && tokens[i - 2].kind == .word && !tokens[i - 2].spaceBefore
                                        && tokens[i - 3].kind == .number))
                                    && Self.presentParticiple(previous.norm)))
                            && !NameRules.namesBeforeNumbers.contains(previous.norm)
                            // ("Awards Drew 1,400 Entries", "Festival Sold 40,000 Tickets": a past may be shorter; not a present's object,
                            // "Court Gives Firm 6 More Months".)
                            // ("Show Won 12 Awards", "Storm Cut 400 Trees": "won", no currency before a number, and a past the same
                            // as its base.)
                            // ("Dodgers Draw 3.9 Million Fans", "Shows Lure 30,000 Visitors": a base of four letters after a plural
                            // that opens the headline.)
                            && (previous.norm.utf8.count >= 5 || (previous.norm.utf8.count >= 3 && headlinePast(previous.norm))
                                // (Not a label before its number: "Schools Year 7 Places", "Parents Form 4 Results".)
                                // (Or opens a headline's clause: "Titmus Claims Gold As Dolphins Haul 14 Medals"; ten or more: "Kids
                                // Club 2 Closes" is a name's.)
                                || (previous.norm.utf8.count == 4 && i >= 2 && number.value.doubleValue >= 10
                                    && (i == 2 || !sameSentence(i - 3, i - 2) || symbol(i - 3) == ","
                                        || word(i - 3).map(NameRules.headlineClauseOpeners.contains) == true)
                                    && !NameRules.identifierWords.contains(previous.norm)
                                    && !NameRules.numberedLabels.contains(previous.norm)
                                    && word(i - 2).map { isPlural($0) && !SubjectRules.stopWords.contains($0) && !$0.hasSuffix("'s") }
                                        == true))
                            && !previous.norm.hasSuffix("'s")
                            // (Not a name in "-eed", "Need For Speed 2", "Assassin's Creed 3".)
                            && ((previous.norm.hasSuffix("s") && !previous.norm.hasSuffix("ss"))
                                || (previous.norm.hasSuffix("ed") && !previous.norm.hasSuffix("eed"))
                                || headlinePast(previous.norm)
                                // (A participle in "-ing" that is no noun: "Creating 300 Jobs", "Airline Adding 12 New Routes"; not
                                // "Building 7 Tenants".)
                                || Self.presentParticiple(previous.norm)
                                || (word(i - 2).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } == true)))
                // (Nor the end of a date read before it: "On Christmas Day 300 people died".)
                // (Nor a conjunction or an adverb opening a clause before a count: "Although 300 homes were built"; "Now 100 is the
                // best-selling album", "If 6 Was 9" are titles.)
                // (Not an age: "Now 18 is the voting age in Wales".)
                let opener =
                    NameRules.clauseOpenersBeforeCounts.contains(previous.norm) && tail + 1 < tokens.count
                    && tokens[tail + 1].kind == .word && !tokens[tail + 1].capitalized
                    && !(tail + 1...tail + 6).contains { k in
                        sameSentence(tail, k) && (word(k).map { $0 == "age" || $0 == "ages" } ?? false)
                    }
                // ("Killed 40 people, the storm moved north", "Rated 212 schools as good": a past opening a sentence that is no
                // headline, before a lower-case plural it counts; the capital is the sentence's, not a name's.)
                // (A clause that a comma ends: "Saw 11 trailers were released", "Tangled 2 rumours swirl" are films and sequels.)
                let pastOpener =
                    opensSentence && !headlineSentence(i) && DateRules.isPastForm(previous.norm) && looksCounted(after: tail)
                    && (tail + 2..<min(tokens.count, tail + 12)).contains { sameSentence(tail, $0) && symbol($0) == "," }
                if (previous.capitalized && !NameRules.capitalizedFunctionWords.contains(previous.norm) && !opener && !pastOpener
                    && DateRules.months[previous.norm] == nil && !possessive && !headlineVerb && !headlineByForm && !dateCovers(i - 1))
                    || (mixedCase && !possessive)
                {
                    // "Boeing 747-400": the model number's continuation goes with it.
                    return max(tail, hyphenChain(from: tail).last)
                }
                // (Not a verb of the same form: "can seat 45,000", "to seat 400 guests"; but "to platform 9".)
                // ("Volunteer crews number 70,000": "number" as a verb after a plural.)
                let verbUse =
                    word(i - 2).map {
                        (DateRules.beforeNonFinite.contains($0) && ($0 != "to" || looksCounted(after: tail)))
                            || (previous.norm == "number" && isPlural($0) && !SubjectRules.stopWords.contains($0)
                                && (!tokens[i - 2].capitalized || i == 2 || !sameSentence(i - 3, i - 2)))
                    } ?? false
                // (A label of `countedAfterLabels` before a counted noun counts: "set the fastest lap 12 times", "changed the
                // code 3 times", "each branch 40 miles away".)
                // ("Policy number 4471-889": the label's number with its parts.)
                // ("shut the reactor 4 times": how often, after any label.)
                // ("A band 40 miles wide": a band's measure after it counts.)
                if NameRules.identifierWords.contains(previous.norm), !verbUse, word(tail + 1) != "times",
                    previous.norm != "band" || !(word(tail + 1).map(NameRules.lengthsOfBands.contains) ?? false),
                    !NameRules.countedAfterLabels.contains(previous.norm)
                        || !(word(tail + 1).map {
                            $0 == "times"
                                || (isPlural($0) && !tokens[tail + 1].capitalized && !DateRules.isPresentEventWord($0))
                        } ?? false)
                {
                    return max(tail, hyphenChain(from: tail).last)
                }
                // "junction 47", "leave at exit 14" (not "exit 14 markets"); after a preposition or a determiner, whatever
                // follows ("near junction 52 uses 700-bar tanks").
                // ("between floors 9 and 10": the first of a pair after an identifier's plural.)
                if NameRules.roadLabels.contains(previous.norm) || pluralIdentifier(i - 1),
                    !looksCounted(after: tail)
                        || (word(i - 2).map {
                            DateRules.determiners.contains($0) || ChangeRules.subjectPrepositions.contains($0) || $0 == "near"
                        }
                            ?? false)
                {
                    return tail
                }
            }
            // ("on stand 4-21", "under reference 88-201": the number in groups joined by hyphens too.)
            if number.plainInteger, case let end = hyphenChain(from: i).last, tail == i || tail == end, nounLabel(before: i, tail: end) {
                return end
            }
            // "the agent's extension is 4402": a label's number after "is", ending its clause (not a label counting things,
            // "The lane is 40 ...").
            // ("its hygiene rating is 5", "The team's score is 4": a rating or a score.)
            if number.plainInteger, i >= 2, let be = word(i - 1), be == "is" || be == "was", let label = word(i - 2),
                NameRules.identifierWords.contains(label) || NameRules.scoreNouns.contains(label),
                !NameRules.countedAfterLabels.contains(label),
                sameSentence(i - 2, i),
                clauseEnds(after: tail)
            {
                return tail
            }
            // ("with an overall score of 98.5", "a hygiene rating of 4": a rating or a score after "of", ending its clause.)
            // (Not one compared with an earlier level: "a rating of 2, down from 4".)
            if i >= 2, word(i - 1) == "of", let label = word(i - 2), NameRules.scoreNouns.contains(label), sameSentence(i - 2, i),
                clauseEnds(after: tail), !(word(tail + 2).map { $0 == "up" || $0 == "down" } ?? false)
            {
                return tail
            }
            // "between junctions 10 and 11", "sections 3 to 5": the second label of a pair.
            // ("between floors 9 and 10": an identifier's plural too.)
            if number.plainInteger, i >= 3, let p = word(i - 1), p == "and" || p == "to" || p == "or", tokens[i - 2].kind == .number,
                let label = word(i - 3),
                NameRules.roadLabels.contains(label) || NameRules.identifierWords.contains(label) || pluralIdentifier(i - 3),
                sameSentence(i - 3, i), !looksCounted(after: tail)
            {
                return tail
            }
            // "No. 5", "Ref. 6239", "Vol. 3".
            // (Not a full word that ends a sentence: "landed 507 minke whales last season. 311 were taken", "ran for a day. 200
            // fans came".)
            if i > 1, symbol(i - 1) == ".", let w = word(i - 2),
                (NameRules.identifierWords.contains(w) && ((w.utf8.count <= 3 && w != "day") || sameSentence(i - 2, i)))
                    || Sentences.abbreviatesBeforeNumber(tokens[i - 2])
            {
                return tail
            }
            // ("must be 21 or older", "those 65 and over are eligible", "must be 18 or over": an age; not "250 or over staff".)
            if let joiner = word(tail + 1), joiner == "or" || joiner == "and", let w = word(tail + 2),
                NameRules.ageComparatives.contains(w)
                    || ((w == "over" || w == "above") && !looksCounted(after: tail + 2)
                        && !(tail + 3 < tokens.count && tokens[tail + 3].kind == .number && sameSentence(tail, tail + 3))
                        // (After "be", "aged" or people only: not "Groups of 8 or over must book".)
                        && (word(i - 1).map {
                            DateRules.beVerbs.contains($0) || $0 == "aged" || NameRules.groupsByAge.contains($0)
                                || NameRules.personNouns.contains($0)
                        } ?? false)),
                sameSentence(tail, tail + 2)
            {
                return tail + 2
            }
            // "a magnitude 7.4 earthquake".
            if let w = word(i - 1), sameSentence(i - 1, i), NumberRules.measurementWordsBefore.contains(w) { return tail }
            // Times of day: "5 pm", "10 a.m.".
            if meridiemFollows(tail) { return tail + 1 }
        }
        return nil
    }

    /// Returns the last token to skip when a bare number counts nothing: a measurement, an age, an
    /// address, a list or citation marker, "zero" as an idiom.
    func notCounted(_ number: NumberMatch, tail: Int) -> Int? {
        let i = number.first
        let next = tail + 1
        // "an 82 kWh battery", "130 mph", "95 degrees", "30°C": a measurement (a unit written as units
        // are, not "TB deaths", "HP printers", "PS5 consoles", "Foot Locker stores").
        // ("2.6 GHz bands", "a 100 kWh battery": a unit in mixed case is one before a plural noun too.)
        if let w = word(next), sameSentence(tail, next), NumberRules.measurementUnits.contains(w),
            !(attached(next + 1) && tokens[next + 1].kind != .symbol),
            !looksCounted(after: next) || NumberRules.measurementUnitsCased.contains(text(next, next)) && mixedCase(next)
        {
            let raw = text(next, next)
            if raw == w || NumberRules.measurementUnitsCased.contains(raw) { return next }
            // ("Thieves Strike As 1,400 Km Of Copper Is Stolen", "Storm Brings 120 Km/H Winds": a unit's abbreviation capitalised
            // in a headline; one that is also an initialism of other things only before "Of", "/" or a hyphen, or at the end:
            // "30 Tb Patients", "3 Ft Lauderdale", "3 Cm Candidates" stay counts.)
            if raw.first?.isUppercase == true, raw.dropFirst() == w.dropFirst(), headlineSentence(next),
                NumberRules.headlineUnits.contains(w)
                    || (w.utf8.count >= 2 && w.utf8.count <= 3 && w != "bar"
                        && (word(next + 1) == "of" || symbol(next + 1) == "/" || symbol(next + 1) == "-" || clauseEnds(after: next)))
            {
                return next
            }
        }
        if symbol(next) == "°", attached(next) { return next }
        // ("within 0.6 AU of Earth": astronomical units, a distance.)
        if next < tokens.count, text(next, next) == "AU", sameSentence(tail, next),
            clauseEnds(after: next) || (word(next + 1).map(NumberRules.afterAstronomicalUnits.contains) ?? false)
        {
            return next
        }
        // "at 2,300 m", "4,000 m high": metres, a spaced lower-case "m" before nothing counted (not "2,300 m euros", a scale
        // before its currency).
        if word(next) == "m", text(next, next) == "m", tokens[next].spaceBefore, sameSentence(tail, next), !looksCounted(after: next),
            currency(after: next) == nil, !(next + 1 < tokens.count && sameSentence(next, next + 1) && tokens[next + 1].capitalized)
        {
            return next
        }
        // "the flat at 9 Queen's Gate,", "Suite 405, 88 Kingsway;": a house's number before a name of one or two capitalised
        // words that ends its clause, after "at" or another label's number (not "at 7 Eastern", "closed at 8,250 Friday").
        if number.plainInteger, tail == i, !tokens[i].norm.contains(","),
            word(i - 1) == "at"
                || (symbol(i - 1) == "," && i >= 3 && tokens[i - 2].kind == .number
                    && (word(i - 3).map(NameRules.identifierWords.contains) ?? false)),
            let end = [next, next + 1].first(where: { clauseEnds(after: $0) }),
            (next...end).allSatisfy({ k in
                k < tokens.count && tokens[k].kind == .word && tokens[k].capitalized && sameSentence(tail, k)
                    && DateRules.weekdays[tokens[k].norm] == nil && DateRules.months[tokens[k].norm] == nil
                    && !NameRules.timeWords.contains(tokens[k].norm) && (tokens[k].norm.hasSuffix("'s") || !isPlural(tokens[k].norm))
                    && text(k, k).contains(where: { $0.isLowercase })
            })
        {
            return end
        }
        if number.plainInteger, tail == i, !tokens[i].norm.contains(","), word(i - 1) == "at", !titleCaseSentence(i),
            let end = addressName(after: tail)
        {
            return end
        }
        // "95 and 98 octane", "between 2 and 3 km": the first of a pair of measures; "between 3,400 and 3,100 BC": of years
        // of an era.
        if let joiner = word(next), joiner == "and" || joiner == "or" || joiner == "to", next + 1 < tokens.count,
            tokens[next + 1].kind == .number, let unit = word(next + 2), sameSentence(tail, next + 2),
            (NumberRules.measurementUnits.contains(unit) && text(next + 2, next + 2) == unit && !looksCounted(after: next + 2))
                || (NameRules.eraWords.contains(unit) && tokens[next + 2].capitalized && text(next + 2, next + 2) != "Ad")
        {
            return tail
        }
        if let end = labelOrCode(number, tail: tail) { return end }
        // "'99 Luftballons'", "“16 Carriages”": a number that opens a quoted title of capitalised words; "the Summer of
        // '69": a year cut to two digits.
        if let q = symbol(i - 1), NameRules.openingQuotes.contains(q), attached(i) {
            if number.plainInteger, tokens[i].norm.utf8.count == 2, q != "\"", q != "“", i >= 2, !attached(i - 1),
                !(next < tokens.count && tokens[next].kind == .word && !tokens[next].capitalized && isPlural(tokens[next].norm))
            {
                return tail
            }
            if word(next) != nil, tokens[next].capitalized, sameSentence(tail, next) {
                for k in (next + 1)...min(next + 4, tokens.count - 1) where NameRules.closingQuotes.contains(symbol(k) ?? "") {
                    return tail
                }
            }
        }
        if let close = quotedTitleEnd(number, tail: tail) { return close }
        // "around 1323 BC", "AD 79": a year of the calendar's era.
        // (Not an abbreviation before its noun, "The 500 BC Hydro workers", "300 AD campaigns"; after a word of time it is an
        // era, "By 500 BC Greeks had settled".)
        // ("3,100 BC": thousands of years written with a comma.)
        if number.plainInteger || (tail == i && number.value.integerValue != nil && text(i, i).contains(",")),
            let w = word(next), NameRules.eraWords.contains(w), tokens[next].capitalized,
            text(next, next) != "Ad",
            (word(i - 1).map { NameRules.beforeEraYears.contains($0) } ?? false)
                || !(next + 1 < tokens.count && sameSentence(next, next + 1) && tokens[next + 1].kind == .word
                    && (tokens[next + 1].capitalized || isPlural(tokens[next + 1].norm)))
        {
            return next
        }
        // "a 1721 Stradivarius", "a 1967 Mustang": a year before a name, what it was made in.
        if number.plainInteger, tokens[i].norm.utf8.count == 4, let y = number.value.integerValue, (1000...2100).contains(y),
            word(i - 1) == "a" || word(i - 1) == "the", next < tokens.count, tokens[next].kind == .word, tokens[next].capitalized,
            sameSentence(i, next)
        {
            return tail
        }
        // "Canada's 2 Billion Trees programme", "the Million Women March": a capitalised scale before a capitalised word inside a
        // sentence of lower case is a name.
        // (Before a name's head or another capitalised word: not a tally, "passed 5 Million Downloads last week".)
        if number.scaled, number.last > number.first, tokens[number.last].kind == .word, tokens[number.last].capitalized,
            NumberRules.scaleWords[tokens[number.last].norm] != nil, i > 0, sameSentence(i - 1, i), next < tokens.count,
            tokens[next].kind == .word, tokens[next].capitalized, sameSentence(i, next), !headlineSentence(i),
            next + 1 < tokens.count, sameSentence(next, next + 1),
            (tokens[next + 1].kind == .word && tokens[next + 1].capitalized)
                || word(next + 1).map(NameRules.headsOfNamedSchemes.contains) == true
        {
            return next
        }
        // "match-five £1,750", "the under-five mortality rate": a number word joined by a hyphen to a word before it (no
        // number word, "thirty-five") is part of that word.
        if number.words, i >= 2, tightHyphen(i - 1), let w = word(i - 2), NumberRules.units[w] == nil {
            return tail
        }
        // "its 2027 arrivals target", "The zoo's 2028 arrivals", "deposits for 2029 dates": a year within ten of the published
        // one after a possessive, before a plural that modifies a noun, or before "dates" (no year written with a comma).
        if number.plainInteger, tokens[i].norm.utf8.count == 4, let y = number.value.integerValue, let published,
            abs(y - published.year) <= 10, let noun = word(next), isPlural(noun), sameSentence(i, next)
        {
            let possessive =
                word(i - 1).map { ($0.hasSuffix("'s") && !NameRules.contractionsInS.contains($0)) || ["its", "their", "our"].contains($0) }
                == true
            let compound =
                word(next + 1).map { !isPlural($0) && !SubjectRules.stopWords.contains($0) && !DateRules.isPastForm($0) } == true
                && !tokens[next + 1].capitalized && sameSentence(next, next + 1) && !looksCounted(after: next + 1)
            if possessive || compound || noun == "dates" { return tail }
        }
        // "two summers ago", "three budgets ago": how far back, not a count (a period's units are read as dates).
        if word(next + 1) == "ago", let w = word(next), isPlural(w), sameSentence(i, next + 1) { return next + 1 }
        // "Thanks a million", "a million thanks": an idiom.
        if number.words, number.scaled, word(i) == "a",
            word(i - 1).map({ NumberRules.idiomsBeforeAScale.contains($0) }) == true
                || word(next).map({ NumberRules.idiomsAfterAScale.contains($0) }) == true
        {
            return tail
        }
        // "3.9 per 1,000 live births", "45 per 100,000": a rate's divisor counts nothing.
        if word(i - 1) == "per", sameSentence(i - 1, i), !number.words || number.value.doubleValue >= 10 { return tail }
        // ("one lifeguard for every 32 swimmers", "or one for every 32 people": so is the number after "for every".)
        // (Not one that opens its sentence, whose count the part after it refers back to: "For every 100 applicants, only 4 were
        // accepted".)
        if word(i - 1) == "every", word(i - 2) == "for", sameSentence(i - 3, i) { return tail }
        // "$3.12 a dozen", "£2 a dozen": the quantity a price is for.
        if number.words, word(i) == "a", let price = candidates.last, price.kind == .money, price.lastToken == i - 1 { return tail }
        // ("children aged 5 to 17 months", "aged between 6 and 59 months": a range of ages in an age's unit.)
        if tail != number.last, word(i - 1 - (word(i - 1) == "between" ? 1 : 0)).map({ $0 == "aged" || $0 == "ages" }) == true,
            word(next).map(NameRules.unitsOfAge.contains) == true, sameSentence(i, next)
        {
            return next
        }
        if looksCounted(after: tail) { return nil }
        // "(20)", "[3]", "(1) crew quarters", a record "(0-1)": a marker or reference in brackets.
        // ("The number of cases (45) rose", "deaths in Spain (1,200)": a figure in brackets after its noun and
        // inside its sentence stays; "… in 48 people (23)." is a citation.)
        if let open = symbol(i - 1), open == "(" || open == "[", attached(i), let close = symbol(next), close == ")" || close == "]",
            attached(next)
        {
            let inSentence =
                isPlural(word(i - 2) ?? "") && !(symbol(next + 1).map { [".", ";", ":"].contains($0) } ?? false)
            if !inSentence && !text(i, tail).contains(",") { return next }
        }
        // "3. Instead of …", "11) Mix …": a list marker opening a line.
        // (Or a sentence's, in text whose lines were joined: "… is on the line. 11. Put Plan A into action".)
        if i == 0 || tokens[i].newlineBefore || !sameSentence(i - 1, i), number.plainInteger, let mark = symbol(next),
            mark == "." || mark == ")",
            attached(next), next + 1 < tokens.count, tokens[next + 1].spaceBefore
        {
            return next
        }
        // "zero in on", "zero tolerance": "zero" before a word that is no plural counts nothing.
        // ("zero new cases" counts.)
        if number.words, tokens[i].norm == "zero", let w = word(next), sameSentence(tail, next),
            w == "in" || !(SubjectRules.stopWords.contains(w) || tokens[next].capitalized || looksCounted(after: next))
        {
            return tail
        }
        // "an average age of 62.9", "a median age of 41.2": an age with its decimals.
        if case let v = number.value.doubleValue, v > 0, v <= Double(NameRules.oldestAge), word(i - 1) == "of", word(i - 2) == "age",
            sameSentence(i - 2, i)
        {
            return tail
        }
        // A golf score: "won at 17-under 267", "a 4-under 68", "finished 12 under par".
        if number.plainInteger, let w = word(i - 1), w == "under" || w == "over", tightHyphen(i - 2), i >= 3, tokens[i - 3].kind == .number
        {
            return tail
        }
        if number.plainInteger, let w = word(next), w == "under" || w == "over", word(next + 1) == "par", sameSentence(i, next + 1) {
            return next + 1
        }
        // ("a 4-under-par 66", "a closing 65", "an opening 64", "carded a 68", "fired a 64": a round's score; not "shot a 66-year-old", "a closing 60 stores".)
        if number.plainInteger, (50...99).contains(number.value.integerValue ?? 0), !looksCounted(after: tail) {
            let afterPar = word(i - 1) == "par" && tightHyphen(i - 2) && (word(i - 3).map { $0 == "under" || $0 == "over" } ?? false)
            let round =
                word(i - 1).map { NameRules.golfRoundsBeforeScores.contains($0) } == true && (word(i - 2) == "a" || word(i - 2) == "an")
            let verb = word(i - 1) == "a" && (word(i - 2).map { NameRules.golfVerbsBeforeScores.contains($0) } ?? false)
            if (afterPar || round || verb) && sameSentence(i - 2, i) { return tail }
        }
        // "the 3.40 at Newmarket", "after the 2.05 at Cheltenham": a race by its time of day; "clocked 52.10": a time.
        if !number.words, tail == i, let whole = clockReading(tokens[i].norm) {
            let race =
                (1...12).contains(whole) && word(i - 1) == "the"
                && ((word(next).map { $0 == "at" || $0 == "from" || $0 == "to" } == true && next + 1 < tokens.count
                    && tokens[next + 1].capitalized
                    && sameSentence(i - 1, next + 1))
                    || (word(next).map { NameRules.departureNouns.contains($0) } ?? false))
            let clocked = (word(i - 1).map { NameRules.timingVerbs.contains($0) } ?? false) && !looksCounted(after: tail)
            if race || clocked { return tail }
        }
        // "an 18+ range", "the 12+ rating": an age rating (not "100+ countries").
        if number.plainInteger, let age = number.value.integerValue, NameRules.ageRatings.contains(age), symbol(next) == "+",
            attached(next), !looksCounted(after: next)
        {
            return next
        }
        // "children under five", "people over 65 in care": a group by its age (in words too).
        // ("A client under 18 was refused": one person too; "60 per cent of them were under 35": people after "be"; "38 of them
        // under 18".)
        // ("Of the 1,340 people helped, 412 were under 25 and 96 were veterans", "40% were under 25": after a count or a share of
        // them and "be", before the clause's end or "and".)
        // (In words too, or a part told by a word: "twelve were over 50", "Half were under 25".)
        let countBefore =
            i >= 3
            && (tokens[i - 3].kind == .number || symbol(i - 3) == "%"
                || word(i - 3).map { NumberRules.units[$0] != nil || SubjectRules.partWordsBeforeBe.contains($0) } == true)
        let beAfterPeople =
            word(i - 2).map(DateRules.beVerbs.contains) == true && i >= 3 && sameSentence(i - 3, i)
            && ((clauseEnds(after: tail)
                && word(i - 3).map {
                    ["them", "they", "who", "whom"].contains($0) || NameRules.groupsByAge.contains($0) || NameRules.isPeoplePlural($0)
                } == true)
                || (countBefore && (clauseEnds(after: tail) || word(tail + 1) == "and" || word(tail + 1) == "or")))
        if number.value.exponent >= 0, let age = number.value.integerValue, (1...NameRules.oldestAge).contains(age),
            let bound = word(i - 1), bound == "under" || bound == "over", let group = word(i - 2),
            // ("…, 38 of them under 18,": a part of a count of people.)
            NameRules.groupsByAge.contains(group) || NameRules.personNouns.contains(group) || beAfterPeople
                || (group == "them" && word(i - 3) == "of") || group == "aged",
            sameSentence(i - 2, i),
            // ("women aged under 35 reached 36 per cent": after "aged", an age whatever follows but a plural.)
            group == "aged" && !looksCounted(after: tail)
                || next >= tokens.count || tokens[next].kind == .symbol || !sameSentence(tail, next)
                || (word(next).map {
                    NameRules.afterAge.contains($0) || $0 == "years" || $0 == "year" || DateRules.isPastForm($0)
                        || NameRules.presentVerbsAfterAgeGroups.contains($0)
                        // ("Children under five now travel free": an adverb.)
                        || NameRules.adverbsAfterAge.contains($0)
                } ?? false)
        {
            return tail
        }
        // ("Collingwood kicked 15.9 (99) to Brisbane's 11.12 (78)": Australian football's goals and behinds, with the
        // total in brackets, six points a goal.)
        if tail == i, symbol(next) == "(", next + 2 < tokens.count, tokens[next + 1].kind == .number, symbol(next + 2) == ")",
            case let parts = tokens[i].norm.split(separator: "."), parts.count == 2, let goals = Int(parts[0]),
            let behinds = Int(parts[1]), goals >= 2, let total = tokens[next + 1].integer, total >= 15, total == 6 * goals + behinds
        {
            return next + 2
        }
        if number.plainInteger || (number.words && !number.scaled), let age = number.value.integerValue,
            (0...NameRules.oldestAge).contains(age)
        {
            // "aged 16", "died at 87", "who is 19", "at age 54 to".
            // (Only where an age ends: "turned 100 on Sunday", not "turned 3 of its stores into", "turned 40 away".)
            // (A range of ages ends before any word but a plural noun: "offenders aged 10 to 17 committed 8,125 offences".)
            let ageEnds =
                next >= tokens.count || tokens[next].kind == .symbol || !sameSentence(tail, next)
                || (word(next).map { NameRules.afterAge.contains($0) } ?? false)
                || (tail != number.last && word(next) != nil && !isPlural(word(next) ?? ""))
                // ("A child aged two lost his teeth", "a boy aged 12 losing": a verb after "aged" and the age.)
                || (word(i - 1) == "aged" && tail == number.last
                    && word(next).map { DateRules.isPastForm($0) || ($0.hasSuffix("ing") && $0.utf8.count > 4) } == true)
            // (The list's start read only where an age ends.)
            for end in ageEnds ? [i - 1, ageListStart(before: i)] : [] {
                for phrase in NameRules.ageBefore where end + 1 >= phrase.count {
                    let start = end + 1 - phrase.count
                    if matches(phrase, at: start), sameSentence(start, i) { return tail }
                }
                // ("Donors must be 17 to 65", "Players must be over 16": an age a group or a person must be.)
                if word(end) == "be", let modal = word(end - 1), NameRules.modalsOfAgeLimits.contains(modal), let group = word(end - 2),
                    NameRules.groupsByAge.contains(group) || NameRules.personNouns.contains(group), sameSentence(end - 2, i)
                {
                    return tail
                }
            }
            // "Assange, 47, over …", "The victim, 27, was …", "Carlineo Jr., 55, of Addison": an age set off by commas.
            // (Not a list: "Georgia, 16, and Arizona, 11", "Republicans, 51, and Democrats, 49".)
            // (After a given name hyphenated before a lower-case syllable, "and" goes on a list of people: "Choi Hee-jin, 33;
            // and Lim Ok-soon, 70", "Kim Jung-ho, 41, and Lee Min, 35".)
            // ("Smith, now 81, said": over "now".)
            let now = word(i - 1) == "now" && symbol(i - 2) == ","
            var k = now ? i - 3 : i - 2
            if symbol(k) == ".", let w = word(k - 1), w == "jr" || w == "sr" { k -= 1 }
            let hyphenatedGivenName =
                k >= 2 && word(k) != nil && !tokens[k].capitalized && tightHyphen(k - 1) && word(k - 2) != nil && tokens[k - 2].capitalized
            if hyphenatedGivenName { k -= 2 }
            // (A list of tallies goes on with a name or "the" after "and": "Georgia, 16, and Arizona, 11", "Kenya, 12, and the
            // US, 9"; "Anne-Marie Smith, 31, and her son, 6, were rescued" gives ages.)
            let listGoesOn =
                !hyphenatedGivenName && (word(next + 1).map { $0 == "and" || $0 == "or" } ?? false)
                && (word(next + 2) == "the" || (next + 2 < tokens.count && tokens[next + 2].capitalized))
            // (Nor a part restated as a share: "Of the 90 firms that bid in Leeds, 31, or 34 per cent, won contracts".)
            let restated = word(next + 1) == "or" && next + 2 < tokens.count && tokens[next + 2].kind == .number
            if i >= 2, symbol(now ? i - 2 : i - 1) == ",", let after = symbol(next), [",", ".", ";"].contains(after), attached(next),
                !listGoesOn, !restated
            {
                // (Over an adverb before the verb, after a name or a noun of a person: "The keeper, 71, first climbed", "Smith, 71,
                // later said"; not after a figure's noun, "The death toll, 15, later rose to 20", "His lead, 5, later shrank".)
                let verb =
                    word(next + 1).map { NameRules.adverbsAfterAge.contains($0) || NameRules.adverbsBeforeVerbAfterAge.contains($0) }
                        == true && (tokens[k].capitalized || personOrRole(k)) ? next + 2 : next + 1
                // (A name that opens its paragraph too, when a verb follows the age: "Djokovic, 36, is chasing".)
                // ("Djokovic, 38, held serve": any past verb too.)
                // ("Usyk, 39, defends his title", "Messi, 38, leads the attack": a present verb before its object's
                // determiner, after a name that is no country's: "Kenya, 12, leads the medal table" counts.)
                let presentVerb =
                    word(verb).map { $0.hasSuffix("s") && !$0.hasSuffix("ss") && !tokens[verb].capitalized } == true
                    && (word(verb + 1).map { NameRules.determinersAfterPresentVerbs.contains($0) } ?? false)
                    && (word(k).map { MoneyRules.countryClues[$0] == nil && MoneyRules.rupeeClues[$0] == nil } ?? false)
                    // (Nor a country or a team in a ranking of its kind: "Norway, 16, leads the medal table", "Inter, 20, tops
                    // the list of Italian title winners"; "Sinner, 24, leads the ATP rankings" is an age.)
                    && !teamRankingFollows(verb)
                let verbAfter =
                    presentVerb
                    || word(verb).map {
                        // ("Pogačar, 27, won stage 17": "won", which is no past form as Korea's currency.)
                        ["is", "was", "has", "had", "who", "said", "will", "would", "won"].contains($0) || DateRules.isPastForm($0)
                            || DateRules.unchangedPasts.contains($0)
                    }
                        ?? false
                // ("The setter, 24, signed for Modena", "The 2.08-metre opposite, 27, signed": a role after its determiner,
                // with a verb after the age.)
                // (Not a group's size: "The squad, 23, flew out".)
                // ("The concierge, 61, can be reached", "The show's star, 38, lives at": a modal, or "lives" or "says", after a
                // role.)
                let roleVerbAfter =
                    verbAfter || (word(verb).map { ["can", "could", "may", "must", "lives", "says"].contains($0) } ?? false)
                // (After "now" not a count's noun: "The death toll, now 15, is expected to rise", "The firm's workforce, now 90,";
                // "The veteran striker, now 38, signed" is an age.)
                let role =
                    !(now && (namesACount(k) || word(k).map(isPlural) == true)) && roleVerbAfter && !tokens[k].capitalized
                    && (word(k).map { !isPlural($0) && !SubjectRules.stopWords.contains($0) && !NameRules.groupNouns.contains($0) } ?? false)
                    && (max(0, k - 4)..<k).contains { j in
                        sameSentence(j, k)
                            && (word(j).map { DateRules.possessiveDeterminers.contains($0) || $0 == "a" } ?? false
                                // ("Oxford's keeper, 71, was taken", "Ireland's oldest cheesemaker, 93, retired": a name's
                                // possessive before a noun of a person; not before a figure's, "Kenya's tally, 12, was", "Ireland's
                                // lead, 5,", nor a day's, "Monday's reading, 48,".)
                                || (tokens[j].capitalized && word(j).map { $0.hasSuffix("'s") } == true && personOrRole(k)
                                    && word(j).map({ DateRules.weekdays[String($0.dropLast(2))] == nil }) == true))
                    }
                // ("Kiburi, 14, the silverback, died": a name set off with its age and what it is, at a paragraph's start too.)
                let appositive = word(next + 1).map { $0 == "the" || $0 == "a" || $0 == "an" } == true
                // (Not a country's count: "Norway, 8, heads the standings", "Kenya, 12, the most of any nation".)
                // (After "now", not a name in a preposition's phrase, a place's: "The number of cases in Kerala, now 120, has
                // doubled", "Cases at Manchester Airport, now 11,".)
                var nameStart = k
                while now, nameStart > 0, tokens[nameStart - 1].kind == .word, tokens[nameStart - 1].capitalized,
                    sameSentence(nameStart - 1, k)
                {
                    nameStart -= 1
                }
                let placeAfterNow = now && word(nameStart - 1).map(SubjectRules.prepositionsBeforeCounts.contains) == true
                if let w = word(k), sameSentence(k, i),
                    NameRules.personNouns.contains(w) || role
                        || (tokens[k].capitalized && !placeAfterNow && !NameRules.capitalizedFunctionWords.contains(w)
                            && (!tokens[k].newlineBefore || verbAfter || appositive) && DateRules.months[w] == nil
                            && !NameRules.countries.contains(w))
                {
                    return tail
                }
            }
        }
        // "10 Downing Street", "1600 Pennsylvania Avenue", "the 400 block of Elm Street": an address.
        if number.plainInteger, let street = streetNameEnd(after: tail) { return street }
        if number.plainInteger, word(next) == "block", word(next + 1) == "of" { return next }
        return nil
    }

    /// The token before a list, range or bound of ages that the number at `i` ends: walking back
    /// over ages and `NameRules.ageListJoiners` ("aged 18, 21 and 24", "aged between 5 and 11"), and
    /// over bound words straight before a number ("aged over 80").
    func ageListStart(before i: Int) -> Int {
        // ("Of those aged 18 to 29, 40 were vaccinated": after a comma a number is an age only while the
        // list goes on, "aged 18, 21 and 24".)
        if symbol(i - 1) == ",", !(word(i + 1).map { $0 == "and" || $0 == "or" } ?? false), symbol(i + 1) != "," { return i - 1 }
        var k = i - 1
        while k >= 0, k >= i - 10, sameSentence(k, i) {
            let t = tokens[k]
            if t.kind == .number, !t.norm.contains("."), let v = Int(t.norm), v <= NameRules.oldestAge {
                k -= 1
            } else if t.kind == .word, let v = NumberRules.units[t.norm], v > 0 {
                // ("aged eight to 12": an age in words.)
                k -= 1
            } else if NameRules.ageListJoiners.contains(t.norm) {
                k -= 1
            } else if t.kind == .word, NameRules.ageBoundWords.contains(t.norm), k + 1 < tokens.count,
                tokens[k + 1].kind == .number || NameRules.ageBoundWords.contains(tokens[k + 1].norm)
            {
                k -= 1
            } else {
                break
            }
        }
        return k
    }

    /// The last token of a street name after the number ending at `tail` ("1600 Pennsylvania Avenue",
    /// "1909 Jolinda Drive"): one or two capitalised words, the second a `NameRules.streetWords`.
    func streetNameEnd(after tail: Int) -> Int? {
        let next = tail + 1
        guard next < tokens.count, tokens[next].kind == .word, tokens[next].capitalized, sameSentence(tail, next) else { return nil }
        for k in (next + 1)...(next + 2) where k < tokens.count && tokens[k].capitalized && sameSentence(tail, k) {
            // (Not over a headline's function word: "To Cut 350 Jobs At St Helens Plant".)
            if (next..<k).contains(where: { NameRules.capitalizedFunctionWords.contains(tokens[$0].norm) }) { return nil }
            // ("221 Baker Street opens today": a present verb after the street is no noun counted.)
            // ("Council Hires 40 New Street Cleaners": a headline's plural in title case after it is what is counted, after no
            // preposition; "Fire At 40 New Street Destroys Shop" is an address.)
            let headlinePlural =
                word(k + 1).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } == true && sameSentence(k, k + 1)
                && !(word(tail - 1).map(NameRules.titleCaseFunctionWords.contains) ?? true)
                && headlineSentence(k)
            if NameRules.streetWords.contains(tokens[k].norm), !headlinePlural,
                !looksCounted(after: k) || (word(k + 1).map(DateRules.isPresentEventWord) ?? false) || verbBeforeAmount(after: k)
            {
                return k
            }
        }
        return nil
    }

    /// Whether the word in "-s" after `k` is a present verb before an amount it takes, with its bound: "12 High Street treats
    /// about 9,000 patients", "4 Market Street sells 300 loaves" (`verbWithObject`).
    func verbBeforeAmount(after k: Int) -> Bool {
        if verbWithObject(after: k) { return true }
        var j = k + 3
        while j <= k + 4, j < tokens.count, tokens[j].kind != .number { j += 1 }
        guard j <= k + 4, j < tokens.count, sameSentence(k, j) else { return false }
        return bound(before: j).1 == k + 2
    }

    /// A plain number at `i` that starts a street address: no year, no count.
    func isStreetNumber(_ i: Int) -> Bool {
        i < tokens.count && tokens[i].kind == .number && !tokens[i].norm.contains(".") && streetNameEnd(after: i) != nil
    }

    /// Whether the "m" at `k` means millions of what follows: a lower-case "m" before a plural noun
    /// that no length goes with ("1.5m people"; not "the 400m hurdles", "10m waves"), when the number
    /// has decimals or the text writes money in millions with "m" too ("£3m … 5m units"; in a text
    /// without, "1500m runners" and "50m pools" are lengths).
    /// ("5.3m foreign tourist arrivals": over up to two modifiers to the noun; "50m acres", "2m people": a noun no
    /// length goes with, `NumberRules.millionsCompanions`, is millions in any text.)
    func millionsOfThings(_ k: Int) -> Bool {
        guard word(k) == "m", !tokens[k].capitalized, word(k + 1) != nil else { return false }
        // (With decimals, over capitalised modifiers too, "4.6m Covid boosters", and before a capitalised plural in a
        // headline in title case, "1.9m Cruise Passengers Expected In 2027".)
        // (A capitalised modifier only straight before the plural: not "The 2.5m Channel swim attracts 40 entrants"; and not
        // after a determiner or a number, which make it a length: "the 1.8m Victorian railings", "two 3.5m Burmese pythons".)
        let decimals =
            tokens[k - 1].norm.utf8.contains(UInt8(ascii: "."))
            && !(word(k - 2).map { DateRules.determiners.contains($0) || NumberRules.units[$0] != nil } == true)
        let headline = decimals && headlineSentence(k)
        // ("Nintendo sold 4.1m Switch 2 consoles": over a maker's model and its number, `modelName`, before the plural.)
        if k + 1 < tokens.count, tokens[k + 1].capitalized || innerCapital(k + 1), let model = modelName(at: k + 1) {
            let noun = word(model + 1).map { isPlural($0) ? model + 1 : model + 2 } ?? model + 1
            guard let w = word(noun), !NumberRules.metreCompanions.contains(w) else { return false }
            return NumberRules.millionsCompanions.contains(w) || decimals || writesMoneyMillionsWithM()
        }
        var n = k + 1
        while n < k + 3, !looksCounted(after: n - 1), let w = word(n), !tokens[n].capitalized || (decimals && n == k + 1) || headline,
            !SubjectRules.stopWords.contains(w), !isPlural(w), sameSentence(k, n + 1)
        {
            n += 1
        }
        // ("Nearly 5m Britons", "helped 2m Americans": a capitalised plural of people straight after the "m", after a bound or
        // a verb; not a race's distance, "In the women's 200m Americans took gold", "Over 400m Britons led".)
        let boundOrVerb =
            k >= 2 && sameSentence(k - 2, k)
            && (bound(before: k - 1).0 != .exact && word(k - 2) != "over"
                || (word(k - 2).map { !SubjectRules.stopWords.contains($0) && !$0.hasSuffix("'s") } == true
                    && (!tokens[k - 2].capitalized || headlineSentence(k))))
        guard let w = word(n), !NumberRules.metreCompanions.contains(w),
            looksCounted(after: n - 1) && (headline || n <= k + 2 || !tokens[k + 1].capitalized)
                || (n == k + 1 && tokens[n].capitalized && NumberRules.millionsCompanions.contains(w) && sameSentence(k, n) && boundOrVerb)
                || (headline && tokens[n].capitalized && isPlural(w) && !SubjectRules.stopWords.contains(w) && sameSentence(k, n))
        else { return false }
        return NumberRules.millionsCompanions.contains(w) || decimals || writesMoneyMillionsWithM()
    }

    /// Whether the number ending at `i` (its scale words with it) follows a word that compares it with another level of the
    /// same thing: "up from 250", "than 4 million", "to 1,800" (`ChangeRules.levelComparisonWords`).
    func comparedLevel(endingAt i: Int) -> Bool {
        var j = i
        while j > 0, tokens[j - 1].kind == .number || (word(j - 1).map { NumberRules.scaleWords[$0] != nil } ?? false) { j -= 1 }
        return word(j - 1).map(ChangeRules.levelComparisonWords.contains) ?? false
    }

    /// The code of the latest currency named with a qualifier before `k` in its sentence whose last word is `name` (or its
    /// singular or plural), as the amount before it was read: "CFA francs" (XOF, or XAF in a text of Cameroon) before a bare
    /// "francs", "Hong Kong dollars" (HKD) before a bare "dollars".
    func qualifiedCurrency(_ name: String, before k: Int) -> String? {
        if memo.qualifiedCurrencies == nil {
            var found: [(last: Int, word: String, code: String)] = []
            for t in tokens.indices where tokens[t].kind == .word {
                guard let entries = MoneyRules.namesByFirstWord[tokens[t].norm] else { continue }
                for (phrase, code) in entries where phrase.count >= 2 && matches(phrase, at: t) {
                    found.append((t + phrase.count - 1, phrase[phrase.count - 1], code))
                    break
                }
            }
            memo.qualifiedCurrencies = found
        }
        guard
            let named = memo.qualifiedCurrencies?.last(where: {
                $0.last < k && ($0.word == name || $0.word + "s" == name || $0.word == name + "s")
            }), sameSentence(named.last, k)
        else { return nil }
        return candidates.last { $0.kind == .money && $0.lastToken == named.last }?.unit ?? named.code
    }

    /// Whether the text writes money in millions with a tight "m" ("£3m", "$1.2m"), found once.
    func writesMoneyMillionsWithM() -> Bool {
        if let known = memo.moneyMillionsM { return known }
        var found = false
        for t in tokens.indices where t >= 2 && tokens[t].kind == .word && tokens[t].norm == "m" && !tokens[t].capitalized {
            if attached(t), tokens[t - 1].kind == .number, attached(t - 1), let s = symbol(t - 2), MoneyRules.symbols[s] != nil {
                found = true
                break
            }
        }
        memo.moneyMillionsM = found
        return found
    }

    /// Whether the text speaks of pounds sterling ("£", "pence", "sterling"), found once: then a
    /// lower-case "p" against a number is pence ("3p a litre", "155.2p"), not a video mode ("1080p").
    /// "a litre", "per share" after an amount: a price of so much a unit ("25p a litre").
    func pricePerUnit(after k: Int) -> Bool {
        guard let w = word(k + 1), w == "a" || w == "per" || w == "an", let unit = word(k + 2), sameSentence(k, k + 2) else {
            return false
        }
        // (Not "24p a second", "60p per frame": frame rates.)
        return !SubjectRules.stopWords.contains(unit) && !tokens[k + 2].capitalized && NumberRules.scaleWords[unit] == nil
            && !["second", "seconds", "frame", "frames"].contains(unit)
    }

    /// Whether the sentence of token `i` speaks of share prices ("Shares jumped 9% to 412p", "raised its
    /// dividend by 5p"): then a lower-case "p" against a number is pence.
    /// Whether a count was read before token `i` in its sentence ("Leeds scored 70 goals, behind Burnley's 78": a possessor's
    /// number compared with it is a count too; not "drove Porsche's 911 faster than Ferrari's 488").
    func countBefore(_ i: Int) -> Bool {
        guard let last = candidates.last(where: { $0.kind == .count }) else { return false }
        return last.lastToken < i && sameSentence(last.lastToken, i)
    }

    /// Whether the token at `k` is a number with a "p" glued to it: "85p".
    func numberGluedToP(_ k: Int) -> Bool {
        k >= 0 && k + 1 < tokens.count && tokens[k].kind == .number && word(k + 1) == "p" && attached(k + 1)
    }

    func sharePriceSentence(_ i: Int) -> Bool { sentenceHasWord(i, in: MoneyRules.sharePriceWords) }

    /// Whether a word of `words` stands in the sentence of token `i` (up to 40 tokens either side).
    /// Whether a word of `words` stands in the clause of token `i`: its sentence, up to a semicolon or a comma before "and",
    /// "but" or "while" on either side ("Lawyers asked the judge to delay sentencing, and a hearing is set for Wednesday":
    /// "delay" is of another clause).
    func clauseHasWord(_ i: Int, in words: WordSet) -> Bool {
        let boundary = { (k: Int) -> Bool in
            self.symbol(k) == ";"
                || (self.symbol(k) == "," && (self.word(k + 1).map { $0 == "and" || $0 == "but" || $0 == "while" } ?? false))
        }
        var k = i
        while k > 0, sameSentence(k - 1, i), i - k < 40, !boundary(k - 1) { k -= 1 }
        while k < tokens.count, sameSentence(k, i), k - i < 40, k <= i || !boundary(k) {
            if words.contains(tokens[k].norm) { return true }
            k += 1
        }
        return false
    }

    func sentenceHasWord(_ i: Int, in words: WordSet) -> Bool {
        var k = i
        while k > 0, sameSentence(k - 1, i), i - k < 40 { k -= 1 }
        while k < tokens.count, sameSentence(k, i), k - i < 40 {
            if words.contains(tokens[k].norm) { return true }
            k += 1
        }
        return false
    }

    /// Whether the number at `i` glued to a "p" is a price by the words around it: a word of price before it ("Stamps cost
    /// 87p", "up from 85p", `MoneyRules.priceWordsBefore`), or "each" after it ("Apples were 45p each").
    func priceInPence(_ i: Int) -> Bool {
        if word(i + 2) == "each" { return true }
        // (A change in pence and the level it came to or from: "Stamps rose 5p to 85p", "were cut by 2p to 53p"; not a video
        // line's, "upgraded from 720p to 1080p".)
        let changeBefore = { (k: Int) -> Bool in
            let v = self.word(k - 1) == "by" ? k - 2 : k - 1
            return self.word(v).map { ChangeRules.before[$0] != nil } == true && self.sameSentence(v, k)
        }
        let toOrFrom = { (k: Int) -> Bool in self.word(k) == "to" || self.word(k) == "from" }
        // (Not in a sentence of video: "Frame rates rose 30p to 60p".)
        let pair =
            (changeBefore(i) && toOrFrom(i + 2) && numberGluedToP(i + 3) && sameSentence(i, i + 3))
            || (toOrFrom(i - 1) && numberGluedToP(i - 3) && changeBefore(i - 3) && sameSentence(i - 3, i))
        if pair, !sentenceHasWord(i, in: NameRules.videoWords) { return true }
        guard let before = word(i - 1), sameSentence(i - 1, i) else { return false }
        // ("a 5p charge", "the 10p rise", "A 50p coin", "The 5p Carrier Bag Charge": after a determiner, before a noun of what is
        // paid, over a headline's capitalised words.)
        if DateRules.determiners.contains(before),
            (i + 2...i + 4).contains(where: { k in
                k < tokens.count && sameSentence(i, k) && (word(k).map(MoneyRules.nounsOfPence.contains) ?? false)
                    && (i + 2..<k).allSatisfy { tokens[$0].kind == .word && tokens[$0].capitalized }
            })
        {
            return true
        }
        // ("Councils charge up to 50p to use a toilet", "Tickets cost about 50p": a verb of price before the bound.)
        if case let (kind, start?) = bound(before: i), kind != Bound.exact, let verb = word(start - 1), sameSentence(start - 1, i),
            MoneyRules.priceVerbsBeforeBounds.contains(verb)
        {
            return true
        }
        return MoneyRules.priceWordsBefore.contains(before) && before != "at" && before != "under" && before != "about"
            && before != "around"
    }

    /// Whether a capitalised plural follows the number ending at `tail` straight away, or over up to two capitalised words
    /// that are no model's: "To Protect 14,000 Homes", "Will Deliver 300 New Trains", "To Build 12 Offshore Wind Farms" (not
    /// "To Build 737 Max Jets").
    func headlinePluralFollows(_ tail: Int) -> Bool {
        (tail + 1...tail + 3).contains { k in
            k < tokens.count && sameSentence(tail, k) && tokens[k].capitalized
                && (word(k).map { isPlural($0) && !SubjectRules.stopWords.contains($0) } ?? false)
                && (tail + 1..<k).allSatisfy { m in
                    tokens[m].kind == .word && tokens[m].capitalized && !SubjectRules.modelSuffixes.contains(tokens[m].norm)
                        && !isPlural(tokens[m].norm)
                }
        }
    }

    /// Whether another amount in pence, priced per unit, stands before token `i` in its sentence: "79p per kWh, against 52p
    /// at home". (Read from the tokens alone, as `readNumber`'s answers are kept.)
    func penceBefore(_ i: Int) -> Bool {
        var k = i - 2
        while k >= 0, i - k < 40, sameSentence(k, i) {
            if numberGluedToP(k), pricePerUnit(after: k + 1) || priceInPence(k) {
                return true
            }
            k -= 1
        }
        return false
    }

    func writesPounds() -> Bool {
        if let known = memo.pounds { return known }
        let found = tokens.contains { MoneyRules.poundClues.contains($0.norm) }
        memo.pounds = found
        return found
    }

    /// Whether a count with no noun of its own counts what the count before it did: an earlier level
    /// ("Homicides fell to 9, down from 12"), a part ("1.5 million people, including 950,000 in the US"),
    /// more of it ("150 aircraft, with options for 100 more").
    /// Whether the count from `first` is a level that "the figure", "the total" or "the tally" reaches, over a modal or a
    /// forecast: "officials expect the figure to pass 100 million", "The total is expected to reach 2,000". Such a noun names
    /// no thing of its own; the count counts what was counted before.
    func aggregateReachesLevel(_ first: Int) -> Bool {
        // (The verb may be read as the figure's bound, "pass 100 million", or stand before it, "reach 100 million".)
        var v = first
        if tokens[first].kind != .word { v -= 1 }
        guard let verb = word(v), ChangeRules.levelVerbs.contains(verb) else { return false }
        v -= 1
        var skipped = 0
        while skipped < 4, let w = word(v),
            ChangeRules.beforeLevelVerbs.contains(w) || ChangeRules.auxiliaries.contains(w)
                || DateRules.intentBeforeTo.contains(w)
        {
            v -= 1
            skipped += 1
        }
        guard let noun = word(v), SubjectRules.aggregateNouns.contains(noun), noun != "average", word(v + 1) != "of",
            let d = word(v - 1), d == "the" || d == "this" || d == "that", sameSentence(v - 1, first)
        else { return false }
        return true
    }

    /// The change of a count of things a verb changed restated after ", or" as a share of their whole, or of a share changed
    /// restated as a count, from `restatedAt` (the figure's first token, its bound's if any): "will cut about 150 jobs, or
    /// roughly 5% of its UK workforce", "cut 15% of its workforce, or about 10,000 roles", "or between 10,000 and 13,000
    /// roles"; not a level after "to", "grew to 120, or 8% of the market".
    func restatedChange(_ candidate: Candidate, at restatedAt: Int) -> Change? {
        // (Over a bound a range leaves out of its text: "or about 10,000 to 13,000 roles".)
        guard
            word(restatedAt - 1) == "or"
                || (word(restatedAt - 2) == "or" && word(restatedAt - 1).map(BoundRules.wordsBeforeRanges.contains) == true),
            let told = candidates.last(where: { $0.kind != .date }), let change = told.change,
            candidate.firstToken - max(told.lastToken, told.subjectEnd ?? told.lastToken) <= 10,
            sameSentence(told.lastToken, candidate.firstToken),
            (candidate.kind == .percent && told.kind == .count && word(candidate.lastToken + 1) == "of"
                && determinerOrPossessive(candidate.lastToken + 2) && changedObjectCount(told))
                || (candidate.kind == .count && told.kind == .percent && word(told.lastToken + 1) == "of" && changedObjectCount(told))
        else { return nil }
        return Change(direction: change.direction, reference: nil)
    }

    /// Whether the figure `told` is what a verb that changes its object took or added, the verb right before it over a bound
    /// ("will cut about 150 jobs", "shed 2,000 jobs", "cut 15% of its workforce"), not a level after "to" or "from".
    func changedObjectCount(_ told: Candidate) -> Bool {
        // (A bound is read into the figure: the verb stands right before it.)
        let v = told.firstToken - 1
        guard let verb = word(v), !tokens[v].capitalized || headlineSentence(v) else { return false }
        return ChangeRules.byObject[verb] != nil || ChangeRules.presentCuts.contains(verb) || ChangeRules.cutParticiples.contains(verb)
    }

    func countsTheSameAsBefore(_ candidate: Candidate) -> Bool {
        let first = candidate.firstToken
        if let p = word(first - 1), SubjectRules.partLeads.contains(p), sameSentence(first - 1, first) { return true }
        // The next items of a list of parts: "including 4.1 million on domestic routes, 3.2 million on European routes
        // and 1.7 million on long-haul flights", "of which 410,000 were from abroad and 520,000 from the region" (within a
        // few words of the part before, no past verb but "be" between: not "arrested 40 and charged 20").
        if word(first - 1) == "and" || symbol(first - 1) == ",", let before = candidates.last, before.kind == .count, before.elided,
            sameSentence(before.lastToken, first), first - before.lastToken <= 8,
            !(before.lastToken + 1..<first).contains(where: { k in
                word(k).map { DateRules.isPastForm($0) && !DateRules.beVerbs.contains($0) } ?? false
            })
        {
            return true
        }
        if word(first - 1) == "from", let d = word(first - 2), d == "up" || d == "down", sameSentence(first - 2, first) { return true }
        // ("2,500, down from a peak of 4,000": over the earlier level's noun.)
        // ("up from an initial estimate of 1.1 billion": over a modifier too.)
        if let phrase = [first - 3, first - 4].first(where: { earlierLevelNounPhrase(at: $0) == first - 1 }), word(phrase - 1) == "from",
            let d = word(phrase - 2), d == "up" || d == "down", sameSentence(phrase - 2, first)
        {
            return true
        }
        // ("another 2,400", "compared with 19,100", "than the 300 initially feared": more of it, or what it is compared with.)
        // ("compared with just 4 a year earlier", "than only 300": over "just" or "only" too.)
        let lead = word(first - 1).map { $0 == "the" || $0 == "just" || $0 == "only" } == true ? first - 2 : first - 1
        if let p = word(lead), SubjectRules.sameThingLeads.contains(p) || (p == "with" && word(lead - 1) == "compared"),
            sameSentence(lead, first),
            candidates.last.map({ $0.kind == .count && tokens[$0.lastToken].sentence == tokens[first].sentence }) == true
        {
            return true
        }
        // ("short of its target of 40 million", "the previous year's 3,362": a target or a period's level, of what the
        // sentence counted before.)
        if word(first - 1) == "of", let noun = word(first - 2), ChangeRules.targetNouns.contains(noun) { return true }
        // ("replace 8,000 more by 2027, out of about 400,000 citywide": the whole the part before is out of, set off by a
        // comma; not "seven victories out of eight", of games.)
        if word(first - 1) == "of", word(first - 2) == "out", symbol(first - 3) == ",", sameSentence(first - 3, first) { return true }
        if let p = word(first - 1), p.hasSuffix("'s"), DateRules.offsetUnits[String(p.dropLast(2))] != nil,
            sameSentence(first - 1, first)
        {
            return true
        }
        // ("cut daily transits to 24 from 36", "fell to 58,400 in October from 65,200": the earlier level right after a new
        // one, over the new one's date.)
        // ("rose to 7.8 million in the year to March, from 6.1 million": over a comma too.)
        if word(first - 1) == "from", let before = candidates.last(where: { $0.kind != .date }), before.kind == .count,
            before.change != nil
        {
            var k = first - 2
            while k > (before.subjectEnd ?? before.lastToken), sameSentence(k, first),
                consumed[k] || (word(k).map { ["in", "on", "at", "during", "by"].contains($0) } ?? false)
                    || (k == first - 2 && symbol(k) == ",")
            {
                k -= 1
            }
            if k == (before.subjectEnd ?? before.lastToken) { return true }
        }
        // ("1.72 lakh road deaths in 2024, or roughly 470 a day": the same told another way.)
        // ("freed 9,500 people last year, nearly 26 a day": a rate after a comma alone too, further on: "freed 9,500 people
        // trapped in lifts in England last year, nearly 26 a day".)
        // ("lent out 48,500 books last year, an average of 133 a day": over "an average of".)
        let averageStart = word(first - 1) == "of" && word(first - 2) == "average" && word(first - 3) == "an" ? first - 3 : first
        let rate =
            symbol(averageStart - 1) == "," && (word(candidate.lastToken + 1) == "a" || word(candidate.lastToken + 1) == "per")
            && (word(candidate.lastToken + 2).map(SubjectRules.rateUnits.contains) ?? false) && clauseEnds(after: candidate.lastToken + 2)
        if (word(first - 1) == "or" && symbol(first - 2) == ",") || rate, let before = candidates.last, before.kind == .count,
            before.subject != nil, sameSentence(before.lastToken, first), first - before.lastToken <= (rate ? 14 : 8)
        {
            return true
        }
        // ("still short of the 6.8 million it attracted in 2019", "below the 1.4 billion of 2019": a level of the same
        // measure at another time.)
        if word(first - 1) == "the", let n = word(candidate.lastToken + 1), sameSentence(first, candidate.lastToken + 1),
            ["it", "they", "we", "he", "she"].contains(n) || (n == "of" && year(candidate.lastToken + 2) != nil)
        {
            return true
        }
        if let n = word(candidate.lastToken + 1), n == "more" || n == "fewer", sameSentence(candidate.lastToken, candidate.lastToken + 1),
            word(candidate.lastToken + 2) != "than"
        {
            return true
        }
        // "six tries to two", "passed by 283 votes to 44", "226 electoral votes to Trump's 312": a tally's
        // second number counts the first's noun.
        return tallyPartner(before: first)
    }

    /// The last token to skip when the number is a label, a code, an ordinal of a scale or a fraction of a long period,
    /// not a count: "the emirate's 10 millionth visitor", "its one millionth car" (not "one millionth of a second"), "in
    /// a quarter of a century", "on day two", "The winning numbers were 7, 19, 23, 31, 42 and 48", "text WATER to
    /// 60011", "CVE-2025-4427", "sailed at 0600", "accounts ending 4471", "FortiOS 7.2 and 7.4" (the second number of a
    /// name's pair, when the first was the name's).
    func labelOrCode(_ number: NumberMatch, tail: Int) -> Int? {
        let i = number.first
        let next = tail + 1
        let before = word(i - 1)
        if number.words {
            if let w = word(tail), NumberRules.scaleOrdinals.contains(w), word(next) != "of",
                before.map({ DateRules.determiners.contains($0) || $0.hasSuffix("'s") }) == true
            {
                return tail
            }
            if word(next) == "of", word(next + 1) == "a", let w = word(next + 2), NumberRules.longPeriods.contains(w),
                sameSentence(tail, next + 2)
            {
                return next + 2
            }
            if i >= 2, let label = before, NameRules.identifierWords.contains(label) || NameRules.wordNumberLabels.contains(label),
                !tokens[i - 1].capitalized,
                word(i - 2).map({ ["on", "of", "in", "by", "from", "until", "after", "before"].contains($0) }) == true,
                !looksCounted(after: tail)
            {
                return tail
            }
            return nil
        }
        if let w = word(next), NumberRules.scaleOrdinals.contains(w), word(next + 1) != "of", sameSentence(tail, next) { return next }
        if tightHyphen(i - 1), identifierChainReaches(i) { return max(tail, hyphenChain(from: tail).last) }
        if number.plainInteger {
            if let end = drawnNumbers(around: i) { return max(tail, end) }
            if before == "to", i >= 3, tokens[i - 2].kind == .word, word(i - 3).map({ NameRules.textingVerbs.contains($0) }) == true,
                text(i - 2, i - 2).allSatisfy({ $0.isUppercase || $0.isNumber })
            {
                return tail
            }
            if tokens[i].norm.utf8.count == 4, tokens[i].norm.utf8.first == UInt8(ascii: "0"),
                before.map({ NameRules.beforeClockTimes.contains($0) }) == true
            {
                return tail
            }
            if before == "ending" || (before == "in" && word(i - 2) == "ending") { return tail }
        }
        if i >= 3, before == "and" || before == "or", tokens[i - 2].kind == .number, tokens[i - 3].kind == .word,
            tokens[i - 3].capitalized, !NameRules.capitalizedFunctionWords.contains(tokens[i - 3].norm),
            DateRules.months[tokens[i - 3].norm] == nil, sameSentence(i - 3, i),
            candidates.last(where: { $0.kind != .date })?.lastToken != i - 2,
            !looksCounted(after: tail) || (tokens[i].integer == nil && tokens[i - 2].integer == nil)
        {
            return tail
        }
        return nil
    }

    /// Whether the number at `i` is in an identifier whose digits, joined by tight hyphens, follow capitals of two letters
    /// or more: "CVE-2025-4427".
    func identifierChainReaches(_ i: Int) -> Bool {
        var k = i
        // (Over a few groups only: a long chain of digits is walked once per number in it.)
        while k >= 2, i - k < 8, tightHyphen(k - 1), tokens[k - 2].kind == .number { k -= 2 }
        guard k >= 2, tightHyphen(k - 1), tokens[k - 2].kind == .word else { return false }
        let letters = text(k - 2, k - 2)
        return letters.count >= 2 && letters.allSatisfy({ $0.isUppercase })
    }

    /// The last token of a list of numbers drawn, when the number at `i` is in one: "The winning numbers were 7, 19, 23,
    /// 31, 42 and 48", "numbers drawn: 4, 9, 17": three bare integers or more, after "numbers" and a "be" or a colon
    /// (not "numbers were up 7%", a change).
    /// (A draw is of a few numbers: no more than `NumberRules.drawnNumbersAtMost`, which bounds the walk too, so that a
    /// long list of numbers is not walked again for each.)
    func drawnNumbers(around i: Int) -> Int? {
        let most = NumberRules.drawnNumbersAtMost
        var start = i
        while start >= 2, i - start <= 2 * most, symbol(start - 1) == "," || word(start - 1) == "and", tokens[start - 2].kind == .number,
            tokens[start - 2].integer != nil, sameSentence(start - 2, i)
        {
            start -= 2
        }
        var end = i
        var items = 1 + (i - start) / 2
        while items <= most, end + 2 < tokens.count, symbol(end + 1) == "," || word(end + 1) == "and", tokens[end + 2].kind == .number,
            tokens[end + 2].integer != nil, sameSentence(i, end + 2)
        {
            end += 2
            items += 1
        }
        guard items >= 3, items <= most, word(end + 1) == nil || !isPlural(tokens[end + 1].norm) else { return nil }
        let lead = symbol(start - 1) == ":" || (word(start - 1).map { DateRules.beVerbs.contains($0) } ?? false)
        let labelled = word(start - 2).map { $0 == "numbers" || $0 == "drawn" } ?? false
        return lead && labelled ? end : nil
    }

    /// The run of bare integers written one after another with spaces around token `i`: "1800 55 1800".
    func bareNumberRun(around i: Int) -> (first: Int, last: Int)? {
        let bare = { (k: Int) -> Bool in
            k >= 0 && k < self.tokens.count && self.tokens[k].kind == .number && self.tokens[k].integer != nil && self.sameSentence(i, k)
        }
        var first = i
        while bare(first - 1), tokens[first].spaceBefore { first -= 1 }
        var last = i
        while bare(last + 1), tokens[last + 1].spaceBefore { last += 1 }
        return last > first ? (first, last) : nil
    }

    /// Whether a word of a measure or an amount follows the pair ending at `k`: "took 2-3 days", "took 5-10 minutes".
    func unitAfterPair(_ k: Int) -> Bool {
        guard let w = word(k + 1), sameSentence(k, k + 1) else { return false }
        return SubjectRules.durationUnits.contains(w) || NumberRules.measurementUnits.contains(w) || NumberRules.scaleWords[w] != nil
    }

    /// Whether the pair at `i` ("0-26") is joined by "to" to another tight pair, before or after it: "0-26 to 1-15".
    func scoreLineJoins(_ i: Int) -> Bool {
        (word(i + 3) == "to" && tightPair(at: i + 4, maxDigits: 2)) || (word(i - 1) == "to" && tightPair(at: i - 4, maxDigits: 2))
    }

    /// Whether two numbers of at most `maxDigits` digits each are joined tight by a hyphen at `k`: "52-48", "0-26".
    func tightPair(at k: Int, maxDigits: Int) -> Bool {
        k >= 0 && k + 2 < tokens.count && tokens[k].kind == .number && tightHyphen(k + 1) && tokens[k + 2].kind == .number
            && tokens[k].norm.utf8.count <= maxDigits && tokens[k + 2].norm.utf8.count <= maxDigits
    }

    /// Where a figure a comparative may follow ends: a percentage's or an amount's last token, or the
    /// noun of a count of index points ("45 points higher"); nil for other counts ("five more people").
    func comparativeEnd(_ candidate: Candidate) -> Int? {
        switch candidate.kind {
        case .percent, .money: return candidate.lastToken
        case .count:
            guard let end = candidate.subjectEnd, end == candidate.lastToken + 1, let noun = word(end), noun == "points" || noun == "point"
            else { return nil }
            return end
        case .date: return nil
        }
    }

    /// Whether the word at `k` is a lower-case noun that may stand between a figure and its change noun:
    /// "funding" in "a 9% funding increase".
    func plainNounBeforeChange(_ k: Int) -> Bool {
        // ("Teachers Win 15% Pay Rise": capitalised in a headline in title case.)
        word(k).map {
            ChangeRules.nounsAfter[$0] == nil && (!tokens[k].capitalized || headlineSentence(k))
                && !SubjectRules.stopWords.contains($0)
        } ?? false
    }

    /// Whether the number at `first` is the second of a tally: "to", "against" or "versus" (and a name
    /// in the possessive: "to Trump's 312", "to the Republicans' 53") right after a count and its noun
    /// (not a change's: "rose 40 points to 7,700" is a level).
    func tallyPartner(before first: Int) -> Bool {
        var k = first - 1
        var skipped = 0
        while skipped < 3, k > 0, sameSentence(k, first), let w = word(k) ?? symbol(k),
            w == "'" || w == "’" || w == "the" || (tokens[k].kind == .word && tokens[k].capitalized)
        {
            k -= 1
            skipped += 1
        }
        guard let joiner = word(k), SubjectRules.tallyJoiners.contains(joiner), sameSentence(k, first),
            let earlier = candidates.last(where: { $0.kind == .count }), earlier.subject != nil, earlier.change == nil,
            earlier.subjectEnd.map({ $0 + 1 == k }) ?? false
        else { return false }
        // (A possessive name stands before the number when any name does: "to Trump's 312", not "to Trump 312".)
        return skipped == 0 || word(k + 1) == "the" || tokens[first - 1].norm.hasSuffix("'s") || symbol(first - 1) != nil
    }

    /// Whether a plural noun heads a phrase of at most three lower-case words after `i`: "312 electoral
    /// votes", "120 stores in China" (not "911 sports car": a plural that modifies a noun after it).
    /// (`reach`: how many words may stand there; after a possessive name and a number of 100 or more, one: "Virgin's
    /// 747 jumbo jets" is a model; "Apple's 12 retail stores" are stores.)
    func countedPastModifiers(after i: Int, reach: Int = 3) -> Bool {
        var k = i + 1
        var hyphens = 0
        while k <= i + reach + 2 * hyphens, let w = word(k), sameSentence(i, k), !tokens[k].capitalized, !SubjectRules.stopWords.contains(w)
        {
            if isPlural(w) {
                let modifies =
                    SubjectRules.pluralModifiers.contains(w) && sameSentence(k, k + 1)
                    && (word(k + 1).map { !tokens[k + 1].capitalized && !SubjectRules.stopWords.contains($0) } ?? false)
                if !modifies { return true }
            }
            // ("Scotland's 70 self-service laundries", "Kent's 12 open-air pools": a hyphenated modifier is one word.)
            if hyphens < 2, tightHyphen(k + 1), word(k + 2) != nil, sameSentence(k, k + 2) {
                hyphens += 1
                k += 2
                continue
            }
            k += 1
        }
        return false
    }

    /// Whether the word at `k` is written as an initialism's plural: two or more capitals and an "s" ("MPs", "NGOs").
    func initialismPlural(_ k: Int) -> Bool {
        let raw = Array(text(k, k).utf8)
        return raw.count >= 3 && raw.last == UInt8(ascii: "s") && raw.dropLast().allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// Whether a plural noun follows: then a four-digit number is a count, not a year.
    func looksCounted(after i: Int) -> Bool {
        guard let w = word(i + 1), sameSentence(i, i + 1), !SubjectRules.stopWords.contains(w) else { return false }
        // ("£3bn in 2012 prices", "in 2020 terms": the year of the prices an amount is told in.)
        // (After "in", or "at" before "prices" or "terms": "weighed in at 1800 pounds" is a weight.)
        if SubjectRules.yearMeasures.contains(w), word(i - 1) == "in" || (word(i - 1) == "at" && (w == "prices" || w == "terms")),
            tokens[i].kind == .number,
            tokens[i].norm.utf8.count == 4
        {
            return false
        }
        return isPlural(w) && !(tokens[i + 1].capitalized)
    }

    /// Whether the word in "-s" after `i` is a verb before its object, a number, an amount or "the"/"its"/"their":
    /// "The budget for 2025 allocates 58% to …", "for 2025 includes 300 buses", "for 2026 totals $4 billion",
    /// "for 2030 sets aside" (no plural counted), "for 2026 costs Tk 4,78,242" (a currency's letters before the amount).
    func verbWithObject(after i: Int) -> Bool {
        i + 2 < tokens.count && sameSentence(i, i + 2) && word(i + 1) != nil
            && (tokens[i + 2].kind == .number || ["the", "its", "their", "aside"].contains(tokens[i + 2].norm)
                || currencySign(i + 2)
                || currencyAbbreviation(at: i + 2) != nil || currency(before: i + 3)?.first == i + 2
                || currency(before: i + 4)?.first == i + 2)
    }

    /// Whether `w` is a past in a headline before a count: any past form, "won" and a past the same as its base ("Won", "Cut").
    func headlinePast(_ w: String) -> Bool { DateRules.isPastForm(w) || w == "won" || DateRules.unchangedPasts.contains(w) }

    /// Whether the sentence of token `i` is a headline: in title case (`titleCaseSentence`) or every word capitalised
    /// (`everyWordCapitalised`).
    func headlineSentence(_ i: Int) -> Bool { titleCaseSentence(i) || everyWordCapitalised(i) }

    /// Whether the word at `k` is a determiner or a possessive: "the", "its", "the council's".
    func determinerOrPossessive(_ k: Int) -> Bool { word(k).map { DateRules.determiners.contains($0) || $0.hasSuffix("'s") } ?? false }

    /// Whether the sentence of token `i` is a headline in title case: four words or more, nearly all capitalised,
    /// a short function word among them ("Heat Kills 1,301 On Hajj As Temperatures Top 51C").
    func titleCaseSentence(_ i: Int) -> Bool {
        sentenceIs(i, .titleCase) { first, last in
            var words = 0
            var capitalised = 0
            var functionWord = false
            for k in first...last where headlineWord(k) {
                words += 1
                if tokens[k].capitalized {
                    capitalised += 1
                    if k > first, NameRules.titleCaseFunctionWords.contains(tokens[k].norm) { functionWord = true }
                }
            }
            return words >= 4 && functionWord && capitalised * 10 >= words * 8
        }
    }

    /// Whether a ranking of countries or teams follows a present verb at `k` ("leads the medal table", "tops the league
    /// table", "tops the list of World Cup finalists"): a count before it, no age.
    func teamRankingFollows(_ k: Int) -> Bool {
        for n in (k + 1)...(k + 5) where sameSentence(k, n) {
            guard let w = word(n) else { return false }
            if w == "medal" || w == "medals" || w == "championship" { return true }
            if w == "table", word(n - 1) == "league" { return true }
            if ["list", "rankings", "league", "count"].contains(w), word(n + 1) == "of" || word(n + 1) == "for",
                (n + 2...n + 5).contains(where: { word($0).map { NameRules.teamRankingNouns.contains($0) } ?? false })
            {
                return true
            }
        }
        return false
    }

    /// The closing quote of a short quoted title the number stands in: "'The 39 Steps'", "'Six'", "'9 to 5'" (every word
    /// capitalised or a short function word, and more than a number of digits alone: "'500'" is a quoted figure).
    func quotedTitleEnd(_ number: NumberMatch, tail: Int) -> Int? {
        let i = number.first
        // "BTS's 'Map of the Soul: 7'": a number that closes a quoted title of capitalised words.
        if let q = symbol(tail + 1), NameRules.closingQuotes.contains(q), attached(tail + 1), !attached(i) {
            var k = i - 1
            while k >= 1, k >= i - 8, sameSentence(k, i) {
                if let o = symbol(k), NameRules.openingQuotes.contains(o), k + 1 < i, attached(k + 1), tokens[k].spaceBefore,
                    tokens[k + 1].capitalized
                {
                    return tail + 1
                }
                guard
                    (tokens[k].kind == .word && (tokens[k].capitalized || NameRules.titleFunctionWords.contains(tokens[k].norm)))
                        || symbol(k) == ":"
                else { break }
                k -= 1
            }
        }
        let open: Int
        if let q = symbol(i - 1), NameRules.openingQuotes.contains(q), attached(i) {
            open = i - 1
        } else if i >= 2, let q = symbol(i - 2), NameRules.openingQuotes.contains(q), tokens[i - 1].kind == .word,
            tokens[i - 1].capitalized,
            attached(i - 1)
        {
            open = i - 2
        } else {
            return nil
        }
        guard open == 0 || tokens[open].spaceBefore || tokens[open].newlineBefore else { return nil }
        var k = tail + 1
        while k < tokens.count, k <= tail + 5, sameSentence(tail, k) {
            if let q = symbol(k), NameRules.closingQuotes.contains(q), attached(k) {
                let capitalisedNumber = number.words && tokens[i].capitalized
                return k - open > 2 || capitalisedNumber ? k : nil
            }
            let token = tokens[k]
            guard token.kind == .number || (token.kind == .word && (token.capitalized || NameRules.titleFunctionWords.contains(token.norm)))
            else { return nil }
            k += 1
        }
        return nil
    }

    /// The whole part of a number written as a clock or a stopwatch reads, hours or seconds and two digits under 60
    /// ("3.40", "52.10"; not "2.75", "4.5").
    func clockReading(_ norm: String) -> Int? {
        // (One pass over the bytes, no allocation: read for every number with digits.)
        var whole = 0
        var position = 0
        var dotAt = -1
        var tens = 0
        for byte in norm.utf8 {
            // (At most "12.34": no long number is read further, nor overflows.)
            guard position < 5 else { return nil }
            if byte == UInt8(ascii: ".") {
                guard dotAt < 0 else { return nil }
                dotAt = position
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                let digit = Int(byte - UInt8(ascii: "0"))
                if dotAt < 0 { whole = whole * 10 + digit } else if position == dotAt + 1 { tens = digit }
            } else {
                return nil
            }
            position += 1
        }
        guard (1...2).contains(dotAt), position - dotAt == 3, tens < 6 else { return nil }
        return whole
    }

    /// Whether a capitalised plural follows the number ending at `tail`, over up to three capitalised words: "28 Starlink
    /// Satellites", "2,000 Roman Coins".
    /// (Not a measure's unit first, "3 Hour Queues", "400 Metres", nor a score line's team, "Texas Rangers 5 Houston Astros 3".)
    func capitalisedPluralFollows(_ tail: Int) -> Bool {
        if let unit = word(tail + 1), NameRules.unitsBeforeHeadlineNouns.contains(unit) { return false }
        var k = tail + 1
        while k <= tail + 4, k < tokens.count, sameSentence(tail, k), tokens[k].kind == .word, tokens[k].capitalized,
            tokens[k].spaceBefore
        {
            if capitalisedPlural(k, of: tail) {
                return !(k + 1 < tokens.count && sameSentence(k, k + 1) && tokens[k + 1].kind == .number)
            }
            k += 1
        }
        return false
    }

    /// Whether the token at `k` is a word a headline's case is read from: of two letters or more, and not a suffix written
    /// against a number ("Auction Attracts 11 Bids Worth £9bn", "Storm Brings 90km Winds").
    private func headlineWord(_ k: Int) -> Bool {
        tokens[k].kind == .word && tokens[k].norm.utf8.count > 1 && !(k > 0 && tokens[k - 1].kind == .number && attached(k))
    }

    /// Whether every word of three or more in the sentence of token `i` is capitalised, a headline in title case with no
    /// function word ("Kenya Plants 150 Million Seedlings", "Careem Cuts 300 Jobs"); only digits are read as counts in it
    /// ("Chelsea Five Nil").
    func everyWordCapitalised(_ i: Int) -> Bool {
        sentenceIs(i, .capitalised) { first, last in
            var words = 0
            for k in first...last where headlineWord(k) {
                guard tokens[k].capitalized else { return false }
                words += 1
            }
            return words >= 3
        }
    }

    func isPlural(_ w: String) -> Bool {
        if SubjectRules.irregularPlurals.contains(w) || SubjectRules.sameInThePlural.contains(w) { return true }
        if SubjectRules.notPlural.contains(w) { return false }
        if w.utf8.count > 4, SubjectRules.pluralEndings.contains(where: { w.hasSuffix($0) }), !SubjectRules.singularInMen.contains(w) {
            return true
        }
        // ("six autonomous universities", "a basis": adjectives in "-ous" and nouns in "-sis" are no plurals; "Israelis" is.)
        // ("74 wild poliovirus cases": nor are the viruses of `SubjectRules.notPlural`'s "virus" in one word.)
        return w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("'s") && !w.hasSuffix("ous") && !w.hasSuffix("sis")
            && !w.hasSuffix("virus") && w.count > 2
    }
}

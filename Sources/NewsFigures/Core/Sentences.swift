/// Assigns each token the index of its sentence.
///
/// A sentence ends at a line break, or at ".", "!", "?" followed by a capitalised word, a number
/// or a quote — unless the word before the period is an abbreviation or an initial.
enum Sentences {
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "co", "corp", "inc", "ltd", "vs", "etc", "no",
        "gov", "sen", "rep", "gen", "col", "lt", "capt", "sgt", "rev", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "a.m", "p.m", "e.g", "i.e", "approx",
        "dept", "est", "fig", "mt", "ft", "ave", "blvd", "rd", "univ", "assn", "bros", "rs", "rp",
    ]

    /// Abbreviations that end no sentence before a number only: "Ref. 6239", "Vol. 3", "Tel. 0123".
    static let abbreviationsBeforeNumbers: WordSet = [
        "ref", "vol", "vols", "art", "para", "sec", "ch", "chap", "tel", "ext", "nos", "op", "pt", "cat", "reg", "ord", "fig", "figs",
    ]
    /// Those that are no English word, so that they make a reference number in lower case too: "ref. 4471", "fig. 4".
    static let lowerCaseAbbreviationsBeforeNumbers: WordSet = ["ref", "vol", "vols", "tel", "ext", "nos", "fig", "figs", "chap", "para"]

    /// Whether the word `token` abbreviates what a number after its full stop refers to: "Ref. 6239", "ref. 4471" (not
    /// "art. 40": a capitalised abbreviation, or one that is no English word).
    static func abbreviatesBeforeNumber(_ token: Token) -> Bool {
        abbreviationsBeforeNumbers.contains(token.norm) && (token.capitalized || lowerCaseAbbreviationsBeforeNumbers.contains(token.norm))
    }

    static func assign(_ tokens: inout [Token]) {
        var startsNew = [Bool](repeating: false, count: tokens.count)
        // (Tokens are read by index, not copied: a copy retains and releases its `norm`, and this
        // loop meets every token of the text.)
        for index in tokens.indices where tokens[index].kind == .symbol {
            // ".", "!", "?" or "…" (U+2026: E2 80 A6), told apart by their bytes before any string is read.
            let isPeriod: Bool
            switch tokens[index].norm.utf8.first {
            case UInt8(ascii: "."): isPeriod = true
            case UInt8(ascii: "!"), UInt8(ascii: "?"): isPeriod = false
            case 0xE2:
                guard tokens[index].norm == "…" else { continue }
                isPeriod = false
            default: continue
            }
            // (An ASCII symbol's `norm` is its one byte: a "." is the period and nothing else.)
            // Closing quotes and brackets stay with the sentence they close.
            var next = index + 1
            while next < tokens.count, tokens[next].kind == .symbol, !tokens[next].spaceBefore,
                closers.contains(tokens[next].norm)
            {
                next += 1
            }
            guard next < tokens.count else { continue }
            guard tokens[next].spaceBefore else { continue }
            let startsSentence = tokens[next].capitalized || tokens[next].kind == .number || openers.contains(tokens[next].norm)
            guard startsSentence else { continue }
            let followingWord = tokens[next].kind == .word
            let followingNumber = tokens[next].kind == .number
            // "16. Nov. 2016": a day number's period before a month does not end a sentence.
            if isPeriod, index > 0, tokens[index - 1].kind == .number, tokens[index - 1].norm.utf8.count <= 2,
                followingWord,
                monthNames.contains(tokens[next].norm) || monthAbbreviations.contains(tokens[next].norm)
            {
                continue
            }
            if isPeriod, index > 0, !tokens[index].spaceBefore, tokens[index - 1].kind == .word {
                let before = index - 1
                if abbreviations.contains(tokens[before].norm) { continue }
                // "Ref. 6239", "Vol. 3", "Art. 5": an abbreviation before its number (not "He loves art. 40 came").
                if followingNumber, abbreviatesBeforeNumber(tokens[before]) { continue }
                // "October. 2": a month's period before a day number does not end a sentence.
                if followingNumber, monthNames.contains(tokens[before].norm) { continue }
                // An initial: "J. Smith".
                if tokens[before].norm.unicodeScalars.count == 1 && tokens[before].capitalized { continue }
                // "10 p.m. Tuesday", "6:30 a.m. Aug. 9", "5 p.m. ET": a time of day goes on with its day
                // or zone (news style); before any other capitalised word, "p.m." ends the sentence.
                if tokens[before].norm == "m", index > 2, !tokens[before].spaceBefore, tokens[index - 2].norm == ".",
                    !tokens[index - 2].spaceBefore,
                    tokens[index - 3].norm == "a" || tokens[index - 3].norm == "p",
                    followingWord,
                    monthNames.contains(tokens[next].norm) || monthAbbreviations.contains(tokens[next].norm)
                        || weekdaysAndZones.contains(tokens[next].norm)
                {
                    continue
                }
            }
            startsNew[next] = true
        }
        var sentence = 0
        for index in tokens.indices {
            if index > 0 && (tokens[index].newlineBefore || startsNew[index]) { sentence += 1 }
            tokens[index].sentence = sentence
        }
    }

    static let monthNames: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    static let monthAbbreviations: WordSet = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    /// With the months, the words that go on a sentence after "a.m." or "p.m.".
    static let weekdaysAndZones: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "et", "est", "edt", "ct", "cst", "cdt", "mt",
        "mst", "mdt", "pt", "pst", "pdt", "gmt", "bst", "utc", "cet", "cest",
    ]

    static let closers: WordSet = ["\"", "”", "’", "'", ")", "]"]
    static let openers: WordSet = ["\"", "“", "‘", "'", "("]
}

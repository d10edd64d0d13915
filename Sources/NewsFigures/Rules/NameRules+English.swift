/// Numbers that belong to names, codes and times and are not figures.
///
/// Negative (nothing extracted): "3M", "Fortune 500", "COVID-19", "G20", "Airbus A320", "5G",
/// "iPhone 15", "Windows 11", "7th", "16:50", "8621-52920043", "No. 5", "www.x.com/2020".
/// Positive (still figures): "In 2020 …" (a capitalised function word is not a name),
/// "About 40 …", "Nearly 30 …".
enum NameRules {
    /// Capitalised words that may stand before a figure without making it part of a name.
    static let capitalizedFunctionWords: WordSet = [
        "in", "on", "at", "about", "around", "some", "over", "nearly", "almost", "more", "less", "fewer",
        "only", "just", "the", "a", "an", "and", "but", "or", "of", "for", "from", "to", "with", "by",
        "after", "before", "since", "until", "between", "among", "of", "roughly", "approximately",
        "under", "up", "down", "exactly", "another", "all", "another", "by", "last", "this", "these",
        "those", "its", "their", "our", "his", "her", "it", "they", "we", "he", "she", "there", "some",
        "least", "most", "than", "than", "as", "at", "total", "of", "when", "while", "during", "within",
        "per", "each", "every", "both", "at", "above", "below", "beyond", "exceeding", "topping",
        "estimated", "additional", "another", "another", "numbering", "including", "excluding", "plus",
        "minus", "almost", "us", "rmb", "usd", "eur", "gbp", "cny", "jpy", "hkd", "inr",
    ]

    /// Words after which a number is an identifier: "No. 5", "Section 3", "page 12".
    static let identifierWords: WordSet = [
        "no", "nos", "number", "section", "article", "chapter", "page", "pages", "room", "route", "line", "gate", "hall", "booth",
        "platform", "flight", "case", "grade", "level", "phase", "version", "season", "episode", "step", "item", "rule", "clause",
        "paragraph", "figure", "table", "exhibit", "appendix", "act", "unit", "building", "floor", "lot", "block", "district", "zone",
        "ward", "row", "seat", "question", "round", "stage", "track", "channel", "highway", "interstate", "model", "type", "class",
        "category", "tier", "pier", "terminal", "bay", "dock",
    ]

    /// Words after which a number written in words is an identifier too: "version two", "Chapter
    /// Eleven". Only those of `identifierWords` that are not also common verbs ("building", "question",
    /// "stage", "level" and "seat" stand before counts: "building two schools").
    static let identifierNounsBeforeWords: WordSet = [
        "no", "nos", "number", "version", "chapter", "article", "section", "episode", "season", "phase", "page", "paragraph",
        "clause", "appendix", "exhibit", "category", "tier", "ward", "district", "zone", "highway", "interstate", "route",
        "flight", "gate", "platform", "terminal", "pier",
    ]

    /// Symbols that make a number part of a code when written against it: "a/2020", "x@5", "#5".
    static let codeSymbols: WordSet = ["/", "@", "_", "=", "#", "\\", "&", "+", ":", "|"]

    /// Times of day.
    static let timeWords: WordSet = [
        "am", "pm", "a.m", "p.m", "o'clock", "hrs", "gmt", "utc", "bst", "cet", "est", "pst", "edt", "pdt",
    ]

    /// "Round the clock" written as numbers: "open 24/7", "24/7/365", "24-7". The numbers (joined
    /// tight by "/" or "-", nothing else tight around them) are neither a date nor a fraction.
    static let roundTheClock: [[String]] = [["24", "7", "365"], ["24", "7"], ["24", "365"]]

    /// Digit runs at least this long without separators are identifiers, not figures.
    static let identifierDigits = 7
}

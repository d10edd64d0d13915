/// Vocabulary a user adds at run time, without recompiling: what they count, their currencies,
/// names that contain numbers, and page lines that are chrome on their sites.
///
/// Loaded from YAML by NewsPipeline (`RulePackFile`); applied after the built-in rules:
/// - `namesWithNumbers`: figures inside these phrases are dropped ("Vision 2030", "Formula 1");
/// - `currencies`: a number followed by one of these words is money in that currency
///   ("5 million ringgit" → 5000000 MYR);
/// - `countedNouns`: the nouns that matter; with `onlyCountedNouns`, counts of anything else are
///   dropped ("14,600 buyers" stays, "six areas" goes);
/// - `chromeLines`: body paragraphs starting with these are removed before extraction (used by
///   the pipeline, not by the extractor).
public struct RulePack: Sendable, Equatable {
    public var name: String
    public var countedNouns: [String]
    public var onlyCountedNouns: Bool
    public var currencies: [String: String]
    public var namesWithNumbers: [String]
    public var chromeLines: [String]

    public init(
        name: String, countedNouns: [String] = [], onlyCountedNouns: Bool = false, currencies: [String: String] = [:],
        namesWithNumbers: [String] = [], chromeLines: [String] = []
    ) {
        self.name = name
        self.countedNouns = countedNouns.map { $0.lowercased() }
        self.onlyCountedNouns = onlyCountedNouns
        self.currencies = Dictionary(currencies.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.namesWithNumbers = namesWithNumbers
        self.chromeLines = chromeLines
    }

    /// Applies the packs to figures found in `text` (offsets in Unicode scalars).
    static func apply(_ packs: [RulePack], to figures: [Figure], in text: String) -> [Figure] {
        guard !packs.isEmpty else { return figures }
        let scalars = Array(text.unicodeScalars)
        let lower = Array(text.lowercased().unicodeScalars)
        // Lower-casing can change the scalar count (rare: "İ"); then phrase search is skipped.
        let searchable = lower.count == scalars.count
        var blocked: [Range<Int>] = []
        for pack in packs where searchable {
            for phrase in pack.namesWithNumbers {
                let needle = Array(phrase.lowercased().unicodeScalars)
                guard !needle.isEmpty, needle.count <= lower.count else { continue }
                var i = 0
                while i + needle.count <= lower.count {
                    if lower[i] == needle[0], Array(lower[i..<(i + needle.count)]) == needle {
                        blocked.append(i..<(i + needle.count))
                        i += needle.count
                    } else {
                        i += 1
                    }
                }
            }
        }
        let currencies = packs.reduce(into: [String: String]()) { all, pack in all.merge(pack.currencies) { a, _ in a } }
        let nouns = Set(packs.flatMap(\.countedNouns))
        let onlyNouns = packs.contains { $0.onlyCountedNouns }
        var out: [Figure] = []
        for var figure in figures {
            if blocked.contains(where: { $0.overlaps(figure.start..<figure.end) }) { continue }
            if figure.kind == .count, searchable, let (word, end) = Self.nextWord(after: figure.end, in: lower), let code = currencies[word]
            {
                figure.kind = .money
                figure.unit = code
                figure.subject = nil
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[figure.start..<end])
                figure.text = String(view)
                figure.end = end
            }
            if figure.kind == .count, onlyNouns {
                let words = (figure.subject ?? "").lowercased().split(separator: " ").map(String.init)
                let counted = words.contains { word in nouns.contains(word) || Self.singulars(of: word).contains { nouns.contains($0) } }
                if !counted { continue }
            }
            out.append(figure)
        }
        return out
    }

    /// Singular forms a plural may come from: "buyers" → "buyer", "companies" → "company", "boxes" → "box".
    static func singulars(of word: String) -> [String] {
        var out: [String] = []
        if word.hasSuffix("ies") { out.append(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("es") { out.append(String(word.dropLast(2))) }
        if word.hasSuffix("s") { out.append(String(word.dropLast())) }
        return out
    }

    /// The next word after `offset` (letters only, spaces skipped), lower-cased, and where it ends.
    static func nextWord(after offset: Int, in lower: [Unicode.Scalar]) -> (String, Int)? {
        var i = offset
        while i < lower.count, lower[i] == " " { i += 1 }
        guard i > offset || offset == lower.count else { return nil }
        var j = i
        while j < lower.count, lower[j].properties.isAlphabetic { j += 1 }
        guard j > i else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: lower[i..<j])
        return (String(view), j)
    }
}

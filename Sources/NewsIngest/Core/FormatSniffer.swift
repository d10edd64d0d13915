/// Tells HTML from plain text by content, not by file name.
public enum FormatSniffer {
    /// Openings that make a document HTML.
    static let openings: [String] = ["<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<title"]
    /// Tags of which two or more in the first 4 KB make a document HTML.
    static let tags: [String] = [
        "<p>", "<p ", "<div", "</p>", "<br", "<span", "<a href", "<meta", "<title>", "<article", "<table", "</div>", "<h1", "<h2",
    ]

    public static func looksLikeHTML<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        // Lower-cased bytes of the first 4 KB; searched as bytes (a search by Characters costs
        // milliseconds per document).
        var head = Array(bytes.prefix(4096)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        var first = 0
        while first < head.count, case let width = spaceWidth(head, first), width > 0 { first += width }
        let trimmed = head[first...]
        if openings.contains(where: { trimmed.starts(with: $0.utf8) }) { return true }
        if trimmed.starts(with: "<?xml".utf8) { return contains(head, "<html") }
        // Only the places of "<" need looking at.
        var found = Set<Int>()
        var i = 0
        while let lt = head[i...].firstIndex(of: UInt8(ascii: "<")) {
            for (index, tag) in tags.enumerated() where head[lt...].starts(with: tag.utf8) { found.insert(index) }
            if found.count >= 2 { return true }
            i = lt + 1
        }
        return false
    }

    /// Whether `needle` (ASCII) occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        var i = 0
        while let lt = haystack[i...].firstIndex(of: needle.utf8.first ?? 0) {
            if haystack[lt...].starts(with: needle.utf8) { return true }
            i = lt + 1
        }
        return false
    }

    /// The byte width of the white-space character at `i` (Unicode White_Space), or 0.
    static func spaceWidth(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i]
        if c == 0x20 || (0x09...0x0D).contains(c) { return 1 }
        guard c >= 0xC2 else { return 0 }
        let scalarWidth = c >= 0xE0 ? 3 : 2
        guard i + scalarWidth <= b.count,
            let scalar = String(decoding: b[i..<(i + scalarWidth)], as: UTF8.self).unicodeScalars.first,
            scalar.properties.isWhitespace
        else { return 0 }
        return scalarWidth
    }
}

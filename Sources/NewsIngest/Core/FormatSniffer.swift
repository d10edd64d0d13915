/// Tells HTML from plain text by content, not by file name.
public enum FormatSniffer {
    /// Openings that make a document HTML.
    static let openings: [String] = ["<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<title"]
    /// Tags of which two or more in the first 4 KB make a document HTML.
    static let tags: [String] = [
        "<p>", "<p ", "<div", "</p>", "<br", "<span", "<a href", "<meta", "<title>", "<article", "<table", "</div>", "<h1", "<h2",
    ]

    public static func looksLikeHTML<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var head = Array(bytes.prefix(4096)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        let text = String(decoding: head, as: UTF8.self)
        var trimmed = Substring(text)
        while let f = trimmed.unicodeScalars.first, f.properties.isWhitespace { trimmed = trimmed.dropFirst() }
        if openings.contains(where: { trimmed.hasPrefix($0) }) { return true }
        if trimmed.hasPrefix("<?xml") { return text.contains("<html") }
        return tags.filter { text.contains($0) }.count >= 2
    }
}

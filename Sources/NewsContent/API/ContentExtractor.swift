/// Turns a page (HTML or a plain-text scrape) into an `Article`.
public enum ContentExtractor {
    /// Strips an HTML page given as UTF-8 text.
    public static func article(fromHTML html: String) -> Article {
        var copy = html
        let tree = copy.withUTF8 { HTMLParser.parse(utf8: $0) }
        var article = Article(text: "")
        guard tree.hasRoot else {
            article.diagnostics.append("the page has no HTML root element: the body is empty")
            return article
        }
        HTMLCleaner.explain(tree)
        let jsonLDBody = HTMLMetadata.fill(&article, from: tree)
        let body = HTMLCleaner.extractBody(tree, title: article.title, wantDateline: article.published == nil)
        article.text = body.text
        article.diagnostics += body.diagnostics
        if article.published == nil, let dateline = body.dateline {
            article.published = dateline
            article.metadataSources["published"] = .dateline
        }
        // Pages that render their text with scripts often still carry it in JSON-LD `articleBody`.
        if let jsonLDBody, ByteSearch.scalarCount(jsonLDBody) >= ChromeVocabulary.jsonLDBodyMinimumCharacters,
            Double(ByteSearch.scalarCount(article.text)) < Double(ByteSearch.scalarCount(jsonLDBody)) * ChromeVocabulary.jsonLDBodyShare
        {
            article.text = jsonLDBody
            article.diagnostics.append("the page's HTML holds little of the article; used the JSON-LD articleBody")
            article.diagnostics.removeAll { $0.hasPrefix("no article text found") }
        }
        return article
    }

    /// Parses a page with libxml2 as it is, without the pre-pass and without extraction: the floor
    /// the benchmark compares against. Returns the number of elements.
    public static func parseOnly(html: String) -> Int {
        var copy = html
        return copy.withUTF8 { HTMLParser.parseRaw(utf8: $0) }
    }

    /// The byte-level pre-pass and a libxml2 parse of what it leaves, without conversion or
    /// extraction: what the pre-pass buys, for the benchmark.
    public static func prepassAndParse(html: String) -> Int {
        var copy = html
        return copy.withUTF8 { bytes in
            let stripped = HTMLPrepass.strip(bytes)
            return stripped.withUnsafeBufferPointer { HTMLParser.parseRaw(utf8: $0) }
        }
    }

    /// Strips a page saved as plain text.
    public static func article(fromText text: String) -> Article {
        TextScrapeCleaner.clean(text)
    }

}

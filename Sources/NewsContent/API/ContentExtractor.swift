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
        HTMLMetadata.fill(&article, from: tree)
        let body = HTMLCleaner.extractBody(tree, title: article.title)
        article.text = body.text
        article.diagnostics += body.diagnostics
        return article
    }

    /// Strips a page saved as plain text.
    public static func article(fromText text: String) -> Article {
        TextScrapeCleaner.clean(text)
    }

}

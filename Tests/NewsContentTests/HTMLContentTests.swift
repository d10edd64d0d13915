import NewsContent
import TestSupport
import Testing

@Suite struct HTMLContentTests {
    static func page() throws -> Article {
        let html = try #require(TestFiles.readText(Paths.fixture("articles/ciie-2020-zhejiang-shine-page.html")))
        return ContentExtractor.article(fromHTML: html)
    }

    @Test func metadataFromJSONLDAndMeta() throws {
        let article = try Self.page()
        #expect(article.title == "Strategic cooperation fuels Zhejiang's industrial upgrade")
        #expect(article.byline == "Hu Min")
        #expect(article.published == "2020-11-07T16:50:00+08:00")
        #expect(article.modified == "2020-11-07T17:12:46+08:00")
        #expect(article.url == "https://www.shine.cn/news/metro/201107452816/")
        #expect(article.siteName == "SHINE")
        #expect(article.language == "en")
        #expect(article.metadataSources["title"] == .jsonLD)
        #expect(article.metadataSources["published"] == .jsonLD)
    }

    @Test func bodyEqualsTheTextScrapesBody() throws {
        let article = try Self.page()
        let expected = try #require(TestFiles.readText(Paths.fixture("bodies/ciie-2020-zhejiang.txt")))
        #expect(article.text + "\n" == expected)
        for chrome in ["3 new metro lines", "comments", "Newsletter", "Ti Gong", "brief the media", "Copyright", "EXPLORE SHINE"] {
            #expect(!article.text.contains(chrome), "chrome in body: \(chrome)")
        }
    }

    /// Without JSON-LD, OpenGraph and `<time>` supply the metadata; `<title>` loses its site suffix.
    /// Weak furniture words inside a sentence paragraph are article text; furniture lines are not.
    @Test func sentenceParagraphsWithFurnitureWordsAreKept() {
        let kept = [
            "Officials expect about US$2.5 billion in new investment by 2025, the authority said.",
            "The council granted planning permission for 300 homes on Tuesday, officials said.",
            "Readers who subscribe to the print edition fell by 12 percent last year, the publisher said.",
        ]
        let dropped = ["Subscribe to our newsletter", "Copyright 2021 Example News. All rights reserved.", "About us | Contact us"]
        let paragraphs = (kept + dropped).map { "<p>\($0)</p>" }.joined()
        let html =
            "<html><body><article><p>The port handled 14,600 containers in March, up 12 percent from a year earlier, the authority said.</p>\(paragraphs)</article></body></html>"
        let text = ContentExtractor.article(fromHTML: html).text
        for sentence in kept { #expect(text.contains(sentence), "dropped: \(sentence)") }
        for line in dropped { #expect(!text.contains(line), "kept: \(line)") }
    }

    @Test func metaFallbacks() {
        let html = """
            <html><head><title>Port volumes climb as exporters rush orders | Example News</title>
            <meta name="author" content="Jane Doe"></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Port volumes climb</h1><time datetime="2021-11-03T16:30:00-05:00">Nov 3</time>
            <p>Container throughput at the port rose 12 percent in October, the operator said on Wednesday, as exporters rushed orders.</p>
            <p>Officials said 3.2 million containers passed through the terminals, a record for any single month since the port opened.</p>
            <div class="share-bar"><a href="#">Share</a> this story with friends and family today</div>
            </article><footer>Copyright 2021 Example Media</footer></body></html>
            """
        let article = ContentExtractor.article(fromHTML: html)
        #expect(article.title == "Port volumes climb as exporters rush orders")
        #expect(article.byline == "Jane Doe")
        #expect(article.published == "2021-11-03T16:30:00-05:00")
        #expect(article.metadataSources["published"] == .timeElement)
        #expect(article.paragraphs.count == 2)
        // "article:published" without "_time", as The New York Times writes it (with a two-word itemprop).
        let nyt = ContentExtractor.article(
            fromHTML: """
                <html><head><meta property="article:published" itemprop="datePublished dateCreated" content="2021-11-04T08:00:00Z">
                <meta property="article:modified" content="2021-11-05T09:00:00Z"></head><body><article>
                <p>Container throughput at the port rose 12 percent in October, the operator said on Wednesday, as exporters rushed orders.</p>
                </article></body></html>
                """)
        #expect(nyt.published == "2021-11-04T08:00:00Z" && nyt.metadataSources["published"] == .meta)
        #expect(nyt.modified == "2021-11-05T09:00:00Z")
        #expect(!article.text.contains("Share"))
        #expect(!article.text.contains("Copyright"))
    }

    // NUL bytes are dropped before parsing (they used to end libxml2's reading of the page), so a page
    // of NULs and control bytes only is the rootless case.
    @Test(arguments: ["", "   \n", "\u{0}\u{1}\u{2}\u{0}", "\u{0}\u{0}"])
    func pagesWithoutARootGiveAnEmptyBodyAndADiagnostic(_ html: String) {
        let article = ContentExtractor.article(fromHTML: html)
        #expect(article.text.isEmpty)
        #expect(!article.diagnostics.isEmpty)
    }

    @Test func nulBytesDoNotCutThePage() {
        let html =
            "<html><body><p>The first paragraph\u{0} of the page is long enough to be part of the article body here.</p>\u{0}<p>The second paragraph comes after a NUL byte and must not be lost by the parser.</p></body></html>"
        let article = ContentExtractor.article(fromHTML: html)
        #expect(article.text.contains("The first paragraph of the page"))
        #expect(article.text.contains("The second paragraph comes after a NUL byte"))
        #expect(!article.text.unicodeScalars.contains("\u{0}"))
    }

    @Test func markupDeclarationsAndInternalSubsetsAreDropped() {
        let html =
            "<!DOCTYPE html [\n<!ENTITY a \"AAAA\">\n<!ENTITY b \"&a;&a;&a;\">\n]>\n<html><body><!ELEMENT x ANY><p>An ordinary paragraph of the article, long enough to be kept as the body of this page: &b;.</p></body></html>"
        let article = ContentExtractor.article(fromHTML: html)
        #expect(article.text == "An ordinary paragraph of the article, long enough to be kept as the body of this page: &b;.")
        // Not a declaration: "<!" inside text and comments stay as they are.
        let plain = ContentExtractor.article(
            fromHTML:
                "<html><body><p>Prices rose <!-- note --> 5 percent, and the sign read <! 42 in a paragraph long enough to keep.</p></body></html>"
        )
        #expect(plain.text == "Prices rose 5 percent, and the sign read <! 42 in a paragraph long enough to keep.")
    }

    @Test func scriptsAndStylesNeverLeak() {
        let html =
            "<html><body><script>var leaked = 'SCRIPT TEXT';</script><style>.x{color:red}</style><p>This paragraph is the only text on the page and it is long enough to be the article body of this test page, which has nothing else.</p></body></html>"
        let article = ContentExtractor.article(fromHTML: html)
        #expect(article.text.hasPrefix("This paragraph is the only text"))
        #expect(!article.text.contains("SCRIPT"))
        #expect(!article.text.contains("color"))
    }
}

@Suite struct HTMLFallbackTests {
    @Test func visibleDatelineWhenNoMetadataHasADate() {
        let html = """
            <html><head><title>Port volumes climb as exporters rush orders</title></head><body>
            <div class="byline">By Jane Doe | Nov. 3, 2021 4:30 PM EST</div>
            <article><p>Container throughput at the port rose 12 percent in October, the operator said on Wednesday, as exporters rushed orders.</p>
            <p>Officials said 3.2 million containers passed through the terminals, a record for any single month since the port opened.</p></article>
            </body></html>
            """
        let article = ContentExtractor.article(fromHTML: html)
        #expect(article.published == "2021-11-03T16:30:00-05:00")
        #expect(article.metadataSources["published"] == .dateline)
        #expect(article.paragraphs.count == 2)
    }

    /// Pages that draw their text with scripts still carry it in JSON-LD; its paragraphs end in
    /// "\n", "\r\n" (one Character, which a split on "\n" or "\r" missed) or "\r".
    @Test(arguments: ["\\n", "\\r\\n", "\\r", "\\n\\n"])
    func jsonLDArticleBodyWhenTheHTMLHasNoText(_ lineEnd: String) {
        let body =
            "The council approved a budget of $4.5 million for 12 new parks on Tuesday, officials said.\(lineEnd)Work starts in March and should finish within two years, the parks department added in a statement."
        let html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Council backs parks plan","articleBody":"\(body)"}</script>
            <script>render()</script></head><body><div id="app"></div><footer>Copyright 2021</footer></body></html>
            """
        let article = ContentExtractor.article(fromHTML: html)
        #expect(article.title == "Council backs parks plan")
        #expect(article.paragraphs.count == 2)
        #expect(article.text.hasPrefix("The council approved a budget of $4.5 million"))
        #expect(article.diagnostics.contains { $0.contains("JSON-LD articleBody") })
    }

    @Test(arguments: [
        "<html><frameset cols=\"50%,50%\"><frame src=\"a.html\"><frame src=\"b.html\"></frameset></html>",
        "<html><head><script>var a = 1;</script></head><body><script>document.write('x')</script></body></html>",
        "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></body></html>",
    ])
    func pagesWithoutTextGiveAnEmptyBodyAndADiagnostic(_ html: String) {
        let article = ContentExtractor.article(fromHTML: html)
        #expect(article.text.isEmpty)
        #expect(article.diagnostics.contains { $0.contains("empty") })
    }
}

/// Markup declarations and doctypes: what the pre-pass drops, what it keeps, and in linear time.
@Suite struct DeclarationTests {
    static let body = "<html><body><p>Body text with a note [1] about 61 projects that stays in the article body.</p></body></html>"

    @Test(arguments: [
        "<!DOCTYPE html PUBLIC \"about:legacy-compat[\" \"x\">", "<!DOCTYPE html>", "<!doctype html SYSTEM 'a[b'>",
        "<!DOCTYPE html [ <!ENTITY a \"b\"> ]>", "<!DOCTYPE html [\n<!ENTITY a \"b\">\n]  >",
    ])
    func doctypesLeaveTheBody(_ doctype: String) {
        let article = ContentExtractor.article(fromHTML: doctype + Self.body)
        #expect(article.text == "Body text with a note [1] about 61 projects that stays in the article body.", "\(doctype)")
    }

    /// A declaration with no ">" after it runs to the end of the page, as browsers read it.
    @Test func anUnclosedDeclarationEndsThePage() {
        let article = ContentExtractor.article(fromHTML: Self.body + "<!ENTITY never closed <p>Lost text of the page.</p>")
        #expect(article.text == "Body text with a note [1] about 61 projects that stays in the article body.")
    }

    /// Hundreds of thousands of declarations, doctypes and unclosed subsets cost linear time
    /// (each took quadratic time once: minutes for a few megabytes).
    @Test(arguments: ["<!a", "<!doctype>", "<!DOCTYPE x ["])
    func manyDeclarationsAreLinear(_ unit: String) {
        let html = Self.body + String(repeating: unit, count: 600_000)
        let started = ContinuousClock.now
        _ = ContentExtractor.article(fromHTML: html)
        #expect(ContinuousClock.now - started < .seconds(120), "\(unit)")
    }
}

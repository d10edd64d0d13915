import NewsContent
import TestSupport
import Testing

@Suite struct TextScrapeTests {
    static func seed2020() throws -> Article {
        let text = try #require(TestFiles.readText(Paths.fixture("articles/ciie-2020-zhejiang-shine-page.txt")))
        return ContentExtractor.article(fromText: text)
    }

    @Test func seedMetadata() throws {
        let article = try Self.seed2020()
        #expect(article.title == "Strategic cooperation fuels Zhejiang's industrial upgrade")
        #expect(article.byline == "Hu Min")
        #expect(article.published == "2020-11-07T16:50:00+08:00")
    }

    @Test func seedBodyIsTheParagraphsOnly() throws {
        let article = try Self.seed2020()
        let paragraphs = article.paragraphs
        #expect(paragraphs.count == 12)
        #expect(paragraphs.first?.hasPrefix("Neighboring Zhejiang Province has achieved fruitful results") == true)
        #expect(paragraphs.last?.hasSuffix("and 25 have materialized, according to the department.") == true)
        // The summary is repeated on the page; the body has it once.
        #expect(paragraphs.filter { $0.hasPrefix("Neighboring Zhejiang") }.count == 1)
        for chrome in [
            "Hu Min", "16:50", "Ti Gong", "Officials from Zhejiang Province brief the media", "Source:", "Editor:",
            "Special Reports", "EXPLORE SHINE", "Copyright", "Hotline", "31120180004", "沪", "Metro", "Follow Us",
        ] {
            #expect(!article.text.contains(chrome), "chrome in body: \(chrome)")
        }
        let expected = try #require(TestFiles.readText(Paths.fixture("bodies/ciie-2020-zhejiang.txt")))
        #expect(article.text + "\n" == expected)
    }

    @Test func cleanArticleIsKeptWhole() throws {
        let text = try #require(TestFiles.readText(Paths.fixture("articles/ciie-2024-zhejiang-article.txt")))
        let article = ContentExtractor.article(fromText: text)
        #expect(article.title == nil)
        #expect(article.byline == nil)
        #expect(article.published == nil)
        #expect(article.paragraphs.count == 7)
        #expect(article.text.hasPrefix("The 7th China International Import Expo (CIIE), set for Nov 5–10 in Shanghai"))
        #expect(article.text.hasSuffix("focusing on international trade partnerships and healthcare procurement."))
    }

    /// Another site's layout: "By" byline after the title, an English dateline, a subheading inside the
    /// body, a caption with a credit line after it, related links and a footer.
    @Test func anotherLayout() {
        let page = """
            Home | World | Business | Tech
            Business

            Port volumes climb as exporters rush orders

            By Jane Q. Doe
            Published Nov. 3, 2021 4:30 PM EST | Updated 2 hours ago

            Share on Facebook
            Share on Twitter

            Container throughput at the port rose 12 percent in October, the operator said on Wednesday, as exporters rushed orders ahead of the holidays.

            Officials said 3.2 million containers passed through the terminals, a record for any single month since the port opened.

            What comes next

            Analysts expect volumes to ease in the first quarter, when factories close for the new year holiday and orders slow.

            Related: Shipping rates fall for a third month
            Related: Ten ports to watch

            Copyright 2021 Example Media Group. All rights reserved.
            Privacy Policy | Terms of Use | Contact
            """
        let article = ContentExtractor.article(fromText: page)
        #expect(article.title == "Port volumes climb as exporters rush orders")
        #expect(article.byline == "Jane Q. Doe")
        #expect(article.published == "2021-11-03T16:30:00-05:00")
        #expect(article.paragraphs.count == 4)
        #expect(article.paragraphs[2] == "What comes next")
        #expect(article.text.hasPrefix("Container throughput at the port rose 12 percent"))
        #expect(article.text.hasSuffix("orders slow."))
        for chrome in ["Share on", "Related:", "Copyright", "Privacy", "Home |"] { #expect(!article.text.contains(chrome)) }
    }

    /// A caption after a credit line at the top of the body is dropped; without a credit line before it,
    /// a short first paragraph is kept (negative case).
    @Test func captionNeedsACredit() {
        let withCredit =
            "Headline goes right here today\n\nGetty Images\n\nPeople walk past the closed store on Monday.\n\nThe store closed after forty years of trading in the town centre, its owners said.\n\nIt had employed twelve people until the final day of business this week."
        let dropped = ContentExtractor.article(fromText: withCredit)
        #expect(!dropped.text.contains("People walk past"))
        let without =
            "Headline goes right here today\n\nPeople walk past the closed store on Monday.\n\nThe store closed after forty years of trading in the town centre, its owners said."
        #expect(ContentExtractor.article(fromText: without).text.hasPrefix("People walk past"))
    }

    /// Pages saved on Windows ("\r\n") or old Macs ("\r") are read line by line like "\n" pages:
    /// split as Characters, "\r\n" never equalled "\n" and the whole page was one line (menus,
    /// byline and copyright in the body; no title, byline or date).
    @Test(arguments: ["\r\n", "\r"])
    func otherLineEndingsGiveTheSameArticle(_ lineEnd: String) throws {
        let text = try #require(TestFiles.readText(Paths.fixture("articles/ciie-2020-zhejiang-shine-page.txt")))
        let expected = ContentExtractor.article(fromText: text)
        let converted = ContentExtractor.article(
            fromText: text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: lineEnd))
        #expect(converted.title == "Strategic cooperation fuels Zhejiang's industrial upgrade")
        #expect(converted.byline == expected.byline)
        #expect(converted.published == expected.published)
        #expect(converted.text == expected.text)
        #expect(converted.paragraphs.count == 12)
    }

    @Test func noParagraphsGivesEmptyBodyWithDiagnostic() {
        let article = ContentExtractor.article(fromText: "News\nSport\nWeather\n")
        #expect(article.text.isEmpty)
        #expect(!article.diagnostics.isEmpty)
    }
}

/// Body lines the text-scrape rules once dropped.
@Suite struct TextScrapeRegressionTests {
    static let lines = [
        "The fair opened on Monday with 1,200 exhibitors from 40 countries, organisers said in a statement.",
        "Visitors queued for hours at the main gate, and some stands ran out of samples by noon.",
        "Organisers expect more than 300,000 visitors over the six days of the fair this year.",
    ]

    @Test func aSentenceWithAFooterWordStaysInTheBody() {
        var page = Self.lines
        page.insert("The city council granted planning permission for the new pavilion last month, a spokesman said.", at: 1)
        let article = ContentExtractor.article(fromText: page.joined(separator: "\n"))
        #expect(article.paragraphs.count == 4)
    }

    @Test func shortSentencesInsideAndAtTheEndStay() {
        var page = Self.lines
        page.insert("\"We are thrilled,\" Li said.", at: 1)
        page.insert("Sales rose 5 percent.", at: 2)
        page.append("It also hired 40 workers.")
        let article = ContentExtractor.article(fromText: page.joined(separator: "\n\n"))
        #expect(article.paragraphs.count == 6)
        #expect(article.text.hasSuffix("It also hired 40 workers."))
    }

    @Test func aTwoSentenceTextIsAllBody() {
        let article = ContentExtractor.article(fromText: "Sales rose 5%.\n\nIt hired 40 workers.")
        #expect(article.title == nil)
        #expect(article.text == "Sales rose 5%.\n\nIt hired 40 workers.")
    }

    @Test func realFooterSentencesAreStillDropped() {
        let page = (Self.lines + ["Subscribe to our newsletter.", "Copyright 2024 Example Media. All rights reserved."]).joined(
            separator: "\n")
        let article = ContentExtractor.article(fromText: page)
        #expect(article.paragraphs.count == 3)
    }
}

import NewsContent
import TestSupport
import Testing

/// Random pages built from markup and furniture pieces never crash either stripper, and an HTML
/// body never holds the text of scripts or styles.
@Suite struct RandomPageTests {
    static let tags = [
        "<p>", "</p>", "<div class='content'>", "</div>", "<nav>", "</nav>", "<a href='x'>", "</a>", "<br>", "<h2>", "</h2>", "<li>",
        "<ul>", "</ul>", "<script>var leaked = 1;</script>", "<!--c-->", "<title>T | S</title>", "<article>", "</article>", "<aside>",
        "<footer>", "<time datetime='2020-11-07'>", "</time>", "<figure>", "<figcaption>cap</figcaption>", "</figure>", "&amp;",
        "&nbsp;", "<", ">", "</", "\"", "<svg><path d='1'/></svg>", "<style>p{color:red}</style>", "<html>", "<body>", "</body>",
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"H\"}</script>",
    ]
    static let words = [
        "The", "fair", "drew", "1,200", "visitors", "on", "Monday", "said", "$5 billion", "12%", "Nov 5–10", "Copyright", "©", "Source:",
        "By Jane Doe", "16:50 UTC+8, 2020-11-07", "Read more", "Advertisement", "\n", "\n\n", ".",
    ]

    @Test func randomPagesAreSafe() {
        var generator = SplitMix64(seed: 7)
        for round in 0..<600 {
            var page = ""
            for _ in 0..<(1 + generator.below(60)) {
                page += generator.pick(generator.below(2) == 0 ? Self.tags : Self.words) + " "
            }
            if round % 2 == 0 {
                let article = ContentExtractor.article(fromHTML: page)
                #expect(!article.text.contains("var leaked"), "\(page)")
                #expect(!article.text.contains("color:red"), "\(page)")
            } else {
                // Plain text is text: it must only come through without a crash.
                _ = ContentExtractor.article(fromText: page)
            }
        }
    }
}

import NewsContent
import Testing

@Suite struct DatelineTests {
    @Test(arguments: [
        ("16:50 UTC+8, 2020-11-07", "2020-11-07T16:50:00+08:00"),
        ("2020-11-07T16:50:00+08:00", "2020-11-07T16:50:00+08:00"),
        ("Published Nov. 3, 2021 4:30 PM EST", "2021-11-03T16:30:00-05:00"),
        ("Saturday 7 November 2020", "2020-11-07"),
        ("7th of November, 2020 09:05 GMT", "2020-11-07T09:05:00+00:00"),
        ("2021/03/04 12:00 +0530", "2021-03-04T12:00:00+05:30"),
        ("Updated: March 4, 2021, 12:00 a.m.", "2021-03-04T00:00:00"),
    ])
    func parses(_ input: String, _ expected: String) {
        #expect(Dateline.parse(input) == expected)
    }

    @Test(arguments: ["Hu Min", "News / Metro", "2020", "13/45/2020", "February 30, 2020 is not a day", "16:50"])
    func rejects(_ input: String) {
        #expect(Dateline.parse(input) == nil)
    }

    @Test(arguments: [
        ("https://www.nytimes.com/2019/11/19/opinion/republicans.html", "2019-11-19"),
        ("https://example.com/news/2020/02/29", "2020-02-29"),
        ("https://example.com/2019-11-19-trade-talks", "2019-11-19"),
        ("https://example.com/stories/2021_03_04_budget/", "2021-03-04"),
        ("https://example.com/archive/20191119/story", "2019-11-19"),
        ("/local/path/2018/07/01/page.html", "2018-07-01"),
    ])
    func dayInURL(_ url: String, _ day: String) {
        #expect(Dateline.dayInURL(url) == day)
    }

    @Test(arguments: [
        "https://example.com/2019/11/", "https://example.com/story?date=2019/11/19/", "https://example.com/a#2019/11/19/",
        "https://example.com/2019/02/30/story", "https://example.com/1889/11/19/story", "https://example.com/2019/11/195/",
        "https://example.com/a-20191119x", "https://example.com/id/201911190/", "https://2019.example.com/x",
        "https://example.com/2019/11-19/x", "https://example.com/2019-11-195",
    ])
    func noDayInURL(_ url: String) {
        #expect(Dateline.dayInURL(url) == nil)
    }
}

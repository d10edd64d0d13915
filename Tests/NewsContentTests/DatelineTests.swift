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
}

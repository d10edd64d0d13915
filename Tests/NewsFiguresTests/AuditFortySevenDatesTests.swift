import Testing

@testable import NewsFigures

/// Audit 47's date classes (published 2027-11-26 and 2028-10-01), each with the cases that must stay as they were.
@Suite struct AuditFortySevenDatesTests {
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func aYearRightAfterAnOrdinalWeekdayOrAHolidayWeekendIsItsOwn() {
        #expect(
            Self.dates("The festival was held on the second Saturday of July last year.", "2028-10-01") == [
                "the second Saturday of July last year=2027-07-10..2027-07-10"
            ])
        #expect(
            Self.dates("Turnout fell on the last Monday of August last year.", "2028-10-01") == [
                "the last Monday of August last year=2027-08-30..2027-08-30"
            ])
        #expect(
            Self.dates("The fair was held on the first Sunday of June last year.", "2028-10-01") == [
                "the first Sunday of June last year=2027-06-06..2027-06-06"
            ])
        #expect(
            Self.dates("The tyre plant, opened on Easter Monday 1998, will close on the last Friday of March next year.", "2028-10-01") == [
                "Easter Monday 1998=1998-04-13..1998-04-13", "the last Friday of March next year=2029-03-30..2029-03-30",
            ])
        #expect(
            Self.dates("The market was held on the first weekend of October last year.", "2028-10-01") == [
                "the first weekend of October last year=2027-10-02..2027-10-03"
            ])
        #expect(
            Self.dates("Online listings jumped 30% over the Thanksgiving weekend last year, according to the marketplace.", "2027-11-26")
                == [
                    "Thanksgiving weekend last year=2026-11-26..2026-11-29"
                ])
        #expect(
            Self.dates("The beaches were packed over the Easter weekend last year.", "2028-10-01") == [
                "Easter weekend last year=2027-03-26..2027-03-29"
            ])
        // A year not right after it stays its own figure; a year a change is measured from is no holiday's.
        #expect(
            Self.dates("Sales on the second Saturday of July rose, as they did last year.", "2028-10-01") == [
                "the second Saturday of July=2028-07-08..2028-07-08", "last year=2027-01-01..2027-12-31",
            ])
        #expect(
            Self.dates("Online listings jumped 30% over the Thanksgiving weekend, up from last year.", "2027-11-26") == [
                "Thanksgiving weekend=2027-11-25..2027-11-28", "last year=2026-01-01..2026-12-31",
            ])
        #expect(
            Self.dates("The fair is held on the first Sunday of June.", "2028-10-01") == ["the first Sunday of June=2029-06-03..2029-06-03"]
        )
    }

    @Test func theSamePeriodAYearEarlierIsTheSamePeriodLastYear() {
        #expect(
            Self.dates("Output in the year to June was 12% higher than in the same period a year earlier.", "2028-10-01") == [
                "the year to June=2027-07-01..2028-06-30", "the same period a year earlier=2026-07-01..2027-06-30",
            ])
        #expect(
            Self.dates("Output in the year to June was 12% higher than in the same period a year before.", "2028-10-01") == [
                "the year to June=2027-07-01..2028-06-30", "the same period a year before=2026-07-01..2027-06-30",
            ])
        #expect(
            Self.dates("Sales in the third quarter rose 4% from the same quarter a year ago.", "2028-10-01") == [
                "the third quarter=2028-07-01..2028-09-30", "the same quarter a year ago=2027-07-01..2027-09-30",
            ])
        #expect(
            Self.dates("Output in the year to June was 12% higher than in the same period last year.", "2028-10-01") == [
                "the year to June=2027-07-01..2028-06-30", "the same period last year=2026-07-01..2027-06-30",
            ])
        // A year earlier as a change's reference stays one; a year before something else is counted from that.
        #expect(Self.dates("Sales in September rose 3% from a year earlier.", "2028-10-01") == ["September=2028-09-01..2028-09-30"])
        #expect(
            Self.dates("Sales in September rose 3% from the same period a year before the pandemic.", "2028-10-01") == [
                "September=2028-09-01..2028-09-30"
            ])
    }

    @Test func aSeasonAfterANounOfChangeThatWasReported() {
        #expect(
            Self.dates(
                "Dry cleaners reported a 15% rise in wedding dress orders over the summer, the trade association said on Sunday.",
                "2028-10-01") == ["the summer=2028-06-01..2028-08-31", "on Sunday=2028-10-01..2028-10-01"])
        #expect(
            Self.dates("Dry cleaners reported a 15% rise in orders over the summer.", "2028-10-01") == ["the summer=2028-06-01..2028-08-31"]
        )
        #expect(
            Self.dates("Councils reported a fall in gritting costs during the winter.", "2028-10-01") == [
                "the winter=2027-12-01..2028-02-29"
            ])
        #expect(Self.dates("Retailers reported a jump in sales over the spring.", "2028-10-01") == ["the spring=2028-03-01..2028-05-31"])
        #expect(Self.dates("Orders rose 15% over the summer.", "2028-10-01") == ["the summer=2028-06-01..2028-08-31"])
        // A change expected, or told of in the present, is no report of one gone.
        #expect(Self.dates("Analysts expect a 15% rise in orders over the summer.", "2028-10-01") == ["the summer=2029-06-01..2029-08-31"])
        #expect(Self.dates("A rise in orders over the summer is likely, the association said.", "2028-10-01").isEmpty)
    }
}

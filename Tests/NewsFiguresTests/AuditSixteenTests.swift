import NewsFigures
import Testing

/// Audit 16's classes of dates, each with its near-misses.
@Suite struct AuditSixteenDatesTests {
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func aDayOrAWeekdayCountedFromAHoliday() {
        #expect(
            Self.dates("He was charged the day after Christmas.", "2027-01-01")
                == ["the day after=2026-12-26..2026-12-26", "Christmas=2026-12-25..2026-12-25"])
        #expect(
            Self.dates("Passengers were screened on the Sunday after Thanksgiving.", "2026-12-07")
                == ["the Sunday=2026-11-29..2026-11-29", "Thanksgiving=2026-11-26..2026-11-26"])
        #expect(
            Self.dates("Shops closed on the day before Easter.", "2027-04-10")
                == ["the day before=2027-03-27..2027-03-27", "Easter=2027-03-28..2027-03-28"])
        #expect(
            Self.dates("The count ended the Friday before the June 4 election.", "2026-12-07")
                == ["the Friday=2026-05-29..2026-05-29", "June 4=2026-06-04..2026-06-04"])
        // A weekday with no "the" is its own day; a day that is not after a date is not counted from one.
        #expect(Self.dates("He left on Friday after talks.", "2026-12-07") == ["on Friday=2026-12-04..2026-12-04"])
        #expect(Self.dates("He left the day after the talks.", "2026-12-07").isEmpty)
    }

    @Test func aNounAfterANumberOrAPastVerbIsNoPresentVerbOfAnEvent() {
        #expect(Self.dates("England won by 48 runs on Sunday.", "2027-06-30") == ["on Sunday=2027-06-27..2027-06-27"])
        #expect(
            Self.dates("England beat Australia by 48 runs at Lord's on Sunday to go 1-0 up.", "2027-06-30")
                == ["on Sunday=2027-06-27..2027-06-27"])
        #expect(Self.dates("Tesla beat forecasts on Sunday.", "2027-06-30") == ["on Sunday=2027-06-27..2027-06-27"])
        // The verbs of an event stay: after a relative clause's verb, and as a clause's own.
        #expect(Self.dates("The side that won returns on Sunday.", "2027-06-30") == ["on Sunday=2027-07-04..2027-07-04"])
        #expect(Self.dates("The festival runs on Sunday.", "2027-06-30") == ["on Sunday=2027-07-04..2027-07-04"])
        #expect(Self.dates("The new timetable comes in on Sunday.", "2026-12-07") == ["on Sunday=2026-12-13..2026-12-13"])
        #expect(Self.dates("The cold snap came in on Sunday.", "2026-12-07") == ["on Sunday=2026-12-06..2026-12-06"])
    }

    @Test func andWithAVerbOpensAClauseOfItsOwnTense() {
        #expect(
            Self.dates("The boxer lost his title in Riyadh on Saturday night and vowed to fight again next year.", "2026-12-07")
                == ["on Saturday=2026-12-05..2026-12-05", "next year=2027-01-01..2027-12-31"])
        #expect(
            Self.dates("The boxer lost his title on Saturday and fights again next year.", "2026-12-07")
                == ["on Saturday=2026-12-05..2026-12-05", "next year=2027-01-01..2027-12-31"])
        // A verb of saying is its clause's verb.
        #expect(
            Self.dates("The company reported a loss in May and will publish figures in August.", "2027-06-30")
                == ["May=2027-05-01..2027-05-31", "August=2027-08-01..2027-08-31"])
        // A participle of a passive in a future clause joins it.
        #expect(Self.dates("The ban will be lifted and replaced in April.", "2021-03-10") == ["April=2021-04-01..2021-04-30"])
    }

    @Test func offsetsCountedFromAnotherTime() {
        // "a year before" with no day after it is counted from a time told before, as "a year earlier": no date.
        #expect(Self.dates("Sales were 4% higher than a year before.", "2026-12-07").isEmpty)
        #expect(Self.dates("Sales were 4% higher than a year ago.", "2026-12-07") == ["a year ago=2025-12-07..2025-12-07"])
        #expect(
            Self.dates("This time last year, the club sat bottom of the league.", "2027-01-01")
                == ["This time last year=2026-01-01..2026-01-01"])
        #expect(Self.dates("This time, last year's champion lost.", "2027-01-01") == ["last year=2026-01-01..2026-12-31"])
        #expect(
            Self.dates("Exports fell 3.1% in the three months to May compared with the previous three months.", "2027-06-30")
                == ["the three months to May=2027-03-01..2027-05-31", "previous three months=2026-12-01..2027-02-28"])
        // With no date before it, the previous months are the ones before the published day.
        #expect(
            Self.dates("Sales rose 2% compared with the previous three months.", "2027-06-30")
                == ["previous three months=2027-03-30..2027-06-29"])
    }
}

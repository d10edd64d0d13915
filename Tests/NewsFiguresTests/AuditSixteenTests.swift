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
        // (Review 20: after a number a verb's plural form is a verb.)
        #expect(Self.dates("The remaining 32 compete on Thursday.", "2026-06-16") == ["on Thursday=2026-06-18..2026-06-18"])
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

/// Audit 16's classes of counts, money and percentages, each with its near-misses.
@Suite struct AuditSixteenCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func aLevelDownFromTheEarlierOne() {
        #expect(
            Self.read("Judge Hart fined the company $3.2 million, down from the $5 million sought by prosecutors.")
                == ["$3.2 million=3200000.0 decrease", "$5 million=5000000.0"])
        // "the" before no number is no earlier level.
        #expect(Self.read("Sales hit 300, up from the previous year.").allSatisfy { !$0.contains("increase") })
    }

    @Test func pastAfterAVerbsObjectAndCapsOfAnObject() {
        #expect(Self.read("The rally pushed the index past 8,000.") == ["past 8,000=8000.0 min"])
        #expect(Self.read("He walked the dog past 3 houses.") == ["3=3.0 [houses]"])
        // (Audit 18: the capped object is what the level counts.)
        #expect(
            Self.read("Australia will cap international student enrolments at 270,000.")
                == ["270,000=270000.0 max [international student enrolments]"])
        #expect(Self.read("The government will limit arrivals to 50,000.") == ["50,000=50000.0 max [arrivals]"])
        // A cut is a change, and a limit told as a noun bounds nothing.
        #expect(Self.read("The government will cut arrivals to 50,000.") == ["50,000=50000.0"])
        #expect(Self.read("The limit on arrivals rose to 50,000.") == ["50,000=50000.0 increase [arrivals]"])
        // (Review 20: a person held to a tally, and a past limit, as often of what came of it, bound nothing.)
        #expect(Self.read("Injuries limit him to 12 appearances.") == ["12=12.0 [appearances]"])
        #expect(Self.read("The drought limited the harvest to 2 million tonnes.") == ["2 million=2000000.0 [tonnes]"])
    }

    @Test func countsOfWhatWasCountedBefore() {
        #expect(
            Self.read("Reuters polled 64 economists. Of those, 51 expect the ECB to cut.")
                == ["64=64.0 [economists]", "51=51.0 [economists]"])
        #expect(
            Self.read("Tinubu won 8.79 million votes, ahead of Atiku Abubakar's 6.98 million.")
                == ["8.79 million=8790000.0 [votes]", "6.98 million=6980000.0 [votes]"])
        #expect(
            Self.read("Cholera has killed 63 people and infected 2,140 in Lagos State.")
                == ["63=63.0 [people]", "2,140=2140.0 [people]"])
        #expect(Self.read("The storm destroyed 400 homes and damaged 1,200.") == ["400=400.0 [homes]", "1,200=1200.0 [homes]"])
        #expect(Self.read("Police arrested 30 men and charged 12.") == ["30=30.0 [men]", "12=12.0 [men]"])
        #expect(
            Self.read("The museum drew 40,000 visitors, compared with the Louvre's 8.7 million.") == [
                "40,000=40000.0 [visitors]", "8.7 million=8700000.0 [visitors]",
            ])
        // (Review 20: a verb done to people after things counted, another after people, a part too large for the count
        // before, a possessor's count of another whole.)
        #expect(Self.read("The storm felled 300 trees and injured 14.") == ["300=300.0 [trees]", "14=14.0"])
        #expect(Self.read("The company made 2,000 cars and employed 450.") == ["2,000=2000.0 [cars]", "450=450.0"])
        #expect(
            Self.read("The airline carried 2 million passengers and operated 30,000.")
                == ["2 million=2000000.0 [passengers]", "30,000=30000.0"])
        #expect(
            Self.read("The survey asked 1,000 adults about 12 brands. Of those, 300 named Apple.")
                == ["1,000=1000.0 [adults]", "about 12=12.0 approx [brands]", "300=300.0 [adults]"])
        #expect(
            Self.read("The council housed 200 families, a fraction of London's 8.9 million.")
                == ["200=200.0 [families]", "8.9 million=8900000.0"])
        // With nothing counted before, no subject.
        #expect(Self.read("Of those, 51 expect a cut.") == ["51=51.0"])
        #expect(Self.read("The budget is £5m. The council's 2025 plan failed.") == ["£5m=5000000.0"])
    }

    @Test func namesWithOfBeforeTheNounCounted() {
        #expect(Self.read("The storm shut 42 Gulf of Mexico platforms.") == ["42=42.0 [Gulf of Mexico platforms]"])
        #expect(Self.read("The storm shut 42 Bay of Biscay fishing boats.") == ["42=42.0 [Bay of Biscay fishing boats]"])
        // A name with no plural after it is no phrase of the noun.
        #expect(Self.read("He visited 12 Friends of the Earth groups.") == ["12=12.0 [Friends]"])
        // (Review 20: the name's words are not read for a plural, "Texas".)
        #expect(Self.read("The study covered 300 University of Texas students.") == ["300=300.0 [University of Texas students]"])
    }
}

/// Audit 17's classes, each with its near-misses.
@Suite struct AuditSeventeenTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func multiplesAreNoCounts() {
        #expect(
            Self.read("Controllers handled 1,450 movements, three times as many as on a normal weekend.") == ["1,450=1450.0 [movements]"])
        #expect(Self.read("That is more than 13 times the 100,000 needed.") == ["100,000=100000.0"])
        #expect(Self.read("Britain pledged £10m, three times as much as in 2023.") == ["£10m=10000000.0"])
        #expect(Self.read("In-feed ads are 2.5 times greater than others.").isEmpty)
        #expect(Self.read("The bridge is 10 times longer than the old one.").isEmpty)
        #expect(Self.read("The firm is valued at 20 times earnings.").isEmpty)
        // How often stays a count, after a label too (review 21).
        #expect(Self.read("The board met 12 times the previous year.") == ["12=12.0 [times]"])
        #expect(Self.read("The plant shut the reactor 4 times last year.") == ["4=4.0 [times]"])
    }

    @Test func labelsReferencesAndAges() {
        #expect(Self.read("Zookeeper Anna Li, 31, said enclosure 7 will reopen.").isEmpty)
        #expect(Self.read("Version 2.1 fixed error 404.").isEmpty)
        #expect(Self.read("Call us, quoting reference 4471-889.").isEmpty)
        #expect(Self.read("Pogačar, 27, won stage 17 by a wheel.").isEmpty)
        #expect(Self.read("Alcaraz, 23, beat Sinner in five sets.") == ["five=5.0 [sets]"])
        // A plural after the number counts.
        #expect(Self.read("The site logged 404 errors.") == ["404=404.0 [errors]"])
        // (Review 21: a small number before "won" and a word, in a text not of Korea, is the verb's subject.)
        #expect(Self.read("Of the 40 candidates, 27 won seats.") == ["40=40.0 [candidates]", "27=27.0 [candidates]"])
        #expect(Self.read("A total of 27 won medals at the games.") == ["27=27.0"])
        #expect(Self.read("The deal is worth 3 billion won in cash.") == ["3 billion won=3000000000.0"])
        #expect(Self.read("A coffee in Seoul costs 4,900 won a cup.") == ["4,900 won=4900.0"])
    }

    @Test func moreOfWhatWasCountedAndWhatItIsComparedWith() {
        #expect(
            Self.read("The contractor has built 1,800 homes and has permission for another 2,400.")
                == ["1,800=1800.0 [homes]", "2,400=2400.0 [homes]"])
        #expect(
            Self.read("Safaricom will let go of 113 staff, fewer than the 300 initially feared.")
                == ["113=113.0 [staff]", "300=300.0 [staff]"])
        #expect(
            Self.read("There were 12,400 postings in May compared with 19,100.")
                == ["12,400=12400.0 [postings]", "19,100=19100.0 [postings]"])
        // With no count before in the sentence, nothing to take.
        #expect(Self.read("Another 40 were hurt.") == ["40=40.0"])
        #expect(Self.read("Contributions will double to KSh 2,160 a month.") == ["KSh 2,160=2160.0 increase"])
        #expect(Self.read("He scored a double 20.") == ["20=20.0"])
        // (Review 21: verbs done to people after people, a comparison of a possessor's count, no animals as people.)
        #expect(Self.read("The club signed 5 players and released 8.") == ["5=5.0 [players]", "8=8.0 [players]"])
        #expect(Self.read("The school trained 50 teachers and recruited 20.") == ["50=50.0 [teachers]", "20=20.0 [teachers]"])
        #expect(Self.read("The flood killed 20 cattle and injured 3.") == ["20=20.0 [cattle]", "3=3.0"])
        #expect(
            Self.read("Tesla's 1.8 million deliveries topped BYD's 1.6 million.")
                == ["1.8 million=1800000.0 [deliveries]", "1.6 million=1600000.0 [deliveries]"])
    }

    @Test func daysBeforeStatesAheadAndEveryYear() {
        #expect(
            Self.dates("The jury returned its verdict on Friday, having retired the previous day.", "2027-03-01")
                == ["on Friday=2027-02-26..2027-02-26", "the previous day=2027-02-25..2027-02-25"])
        #expect(
            Self.dates("A yellow warning for thunderstorms is in force from Friday to Sunday.", "2027-04-15")
                == ["from Friday to Sunday=2027-04-16..2027-04-18"])
        #expect(
            Self.dates("A warning was in force from Friday to Sunday.", "2027-04-15") == ["from Friday to Sunday=2027-04-09..2027-04-11"])
        #expect(
            Self.dates("The band announced a stadium tour on Monday.", "2027-04-15") == ["on Monday=2027-04-12..2027-04-12"])
        #expect(Self.dates("A new tour starts on Monday.", "2027-04-15") == ["on Monday=2027-04-19..2027-04-19"])
        #expect(Self.dates("The clocks change on the last Sunday of October every year.", "2026-10-30").isEmpty)
        #expect(Self.dates("The festival is held on 4 July each year.", "2026-10-30").isEmpty)
        #expect(Self.dates("The sale starts the Sunday after Thanksgiving every year.", "2026-06-16").isEmpty)
        #expect(Self.dates("The parade is held every year on 17 March.", "2026-10-30").isEmpty)
        #expect(Self.dates("Prices rose every year since 17 March.", "2026-10-30") == ["17 March=2026-03-17..2026-03-17"])
        // (Review 21: "the previous Monday" and "the next Monday" after a dated day count from it.)
        #expect(
            Self.dates("The vote was held on 12 May; the previous Monday, talks had failed.", "2026-06-15")
                == ["12 May=2026-05-12..2026-05-12", "the previous Monday=2026-05-11..2026-05-11"])
        #expect(Self.dates("Talks failed the previous Monday.", "2026-06-15") == ["previous Monday=2026-06-08..2026-06-08"])
        #expect(Self.dates("The festival was held on 4 July 2024.", "2026-10-30") == ["4 July 2024=2024-07-04..2024-07-04"])
    }
}

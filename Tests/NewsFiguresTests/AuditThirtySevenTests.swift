import Testing

@testable import NewsFigures

/// Review 42's misses and audit 37's classes (counts in twenty new genres; dates on 2027-02-28, 2028-02-29 and 2027-07-05),
/// each with the cases that must stay as they were.
@Suite struct AuditThirtySevenCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func aRangeOfThingsCutOverModifiersOrAsAPart() {
        #expect(
            Self.read("The bank will cut 7,000 to 7,500 office jobs.") == ["7,000 to 7,500=7000.0..7500.0 range decrease [office jobs]"])
        #expect(
            Self.read("The airline will cut 1,000 to 1,200 cabin crew posts.") == [
                "1,000 to 1,200=1000.0..1200.0 range decrease [cabin crew posts]"
            ])
        #expect(
            Self.read("The carmaker plans to shed 700 to 800 of its 5,000 workers.") == [
                "700 to 800=700.0..800.0 range decrease [workers]", "5,000=5000.0 [workers]",
            ])
        #expect(Self.read("The council will cut 40 to 50 of the posts.") == ["40 to 50=40.0..50.0 range decrease [posts]"])
        // No thing after the modifiers, or a verb of a quantity that changes itself: a change and its new level.
        #expect(Self.read("Retailers cut 30 to 40 last year.") == ["30=30.0 decrease [Retailers]", "40=40.0 decrease [Retailers]"])
        #expect(Self.read("Exports fell 700 to 800 tonnes a day.") == ["700=700.0 decrease [Exports]", "800=800.0 decrease [tonnes]"])
    }

    @Test func aStreetBeforeAPresentVerbAndItsAmount() {
        #expect(Self.read("The practice on 12 High Street treats about 9,000 patients.") == ["about 9,000=9000.0 approx [patients]"])
        #expect(Self.read("The shop at 4 Market Street sells 300 loaves a day.") == ["300=300.0 [loaves]"])
        // Things counted after the street's words are still counted.
        #expect(Self.read("Volunteers cleaned 40 Market Street stalls.") == ["40=40.0 [Market Street stalls]"])
    }

    @Test func labelsAfterSinceAndAfterModifiers() {
        #expect(Self.read("It was the highest rate since inspector 14 joined the scheme.").isEmpty)
        #expect(Self.read("The resort's 45-year-old lift 12 remains closed.").isEmpty)
        #expect(Self.read("The old east pier 3 remains shut.").isEmpty)
        // Not before "have", nor a plural with its count.
        #expect(Self.read("Since launch 300 have signed up.") == ["300=300.0"])
        #expect(Self.read("The resort's 12 old lifts remain closed.") == ["12=12.0 [old lifts]"])
    }

    @Test func aFleetNumberInTwoGroups() {
        #expect(Self.read("The train was hauled by locomotive 66 001 today.").isEmpty)
        // Thousands spaced as a group of zeros, and a year before a count, are no such number.
        #expect(Self.read("The fleet has 66 000 engines.") == ["66 000=66000.0 [engines]"])
        // (Thousands spaced so are not read: the first group alone would be a wrong value.)
        #expect(Self.read("Some 12 050 visitors came.").isEmpty)
        #expect(Self.read("The depot serviced 66 trains and 001 was the code.").first == "66=66.0 [trains]")
    }

    @Test func anAgeBeforeAVerb() {
        #expect(Self.read("A child aged two lost his teeth.").isEmpty)
        #expect(Self.read("A boy aged 12 riding a bike was hurt.").isEmpty)
        #expect(Self.read("A child aged two lost 20 teeth.") == ["20=20.0 decrease [teeth]"])
    }

    @Test func aPartCastFromAWhole() {
        #expect(
            Self.read("Of 48.2 million registered voters, 28.8 million cast a ballot.") == [
                "48.2 million=48200000.0 [registered voters]", "28.8 million=28800000.0 [registered voters]",
            ])
        #expect(
            Self.read("Of the 480 registered voters, 288 cast a ballot.") == [
                "480=480.0 [registered voters]", "288=288.0 [registered voters]",
            ])
    }

    @Test func aHeadlinesThresholdAndModifiers() {
        #expect(
            Self.read("Esports Revenue To Top $2bn As Sponsorship Grows 12%") == ["Top $2bn=2000000000.0 min", "12%=12.0 increase"])
        #expect(
            Self.read("Honey Prices Jump 15% As Hive Losses Climb To 12,000") == [
                "15%=15.0 increase", "12,000=12000.0 increase [Hive Losses]",
            ])
        // A place in a table is no threshold; a verb before capitalised words is no modifier.
        #expect(Self.read("Villa Move To Top Four With 2-0 Win") == ["Four=4.0"])
        #expect(Self.read("Experts Fear Measles Cases Rise To 500") == ["500=500.0 increase [Measles Cases]"])
        #expect(Self.read("Report Finds NHS Waiting Lists Hit 7.6 Million") == ["7.6 Million=7600000.0 [NHS Waiting Lists]"])
        #expect(Self.read("Storm Ciara Deaths Rise To 12") == ["12=12.0 increase [Storm Ciara Deaths]"])
        // "The Top 10" is a rank, and a lower-case sentence's capitals are no modifiers.
        #expect(Self.read("The Top 10 Firms Hire 500 Staff").last == "500=500.0 [Staff]")
        #expect(Self.read("Revenue will top $2bn this year.") == ["top $2bn=2000000000.0 min"])
    }

    @Test func aShareLostWithItsEarlierLevel() {
        #expect(
            Self.read("Beekeepers in Devon lost about 30% of their colonies over the winter, up from 18% a year earlier.") == [
                "about 30%=30.0 approx increase [colonies]", "18%=18.0",
            ])
        #expect(Self.read("Farmers lost 12% of the harvest, down from 15%.") == ["12%=12.0 decrease [harvest]", "15%=15.0"])
        // A change with no share of things keeps its verb's direction.
        #expect(
            Self.read("The pound lost 2% of its value, up from 1% in May.") == ["2%=2.0 decrease [value]", "1%=1.0"])
        #expect(Self.read("Inflation rose 3% in May, down from 4% in April.") == ["3%=3.0 increase", "4%=4.0"])
    }

    @Test func aPluralHeadBeforeOf() {
        #expect(Self.read("Loans of e-books rose to 3.1 million.") == ["3.1 million=3100000.0 increase [Loans of e-books]"])
        #expect(Self.read("Sales of electric cars rose to 3.1 million.") == ["3.1 million=3100000.0 increase [Sales of electric cars]"])
        // A word of a count, a scale or a change before "of" leaves what follows counted.
        #expect(Self.read("Numbers of visitors rose to 12,000.") == ["12,000=12000.0 increase [visitors]"])
        #expect(Self.read("Thousands of jobs fell to 300.") == ["300=300.0 decrease [jobs]"])
        #expect(Self.read("Membership of the union peaked at 860,000.") == ["860,000=860000.0 [Membership]"])
        #expect(Self.read("Crowds of fans reached 40,000.") == ["40,000=40000.0 [fans]"])
        #expect(Self.read("Predictions of job cuts reached 5,000.") == ["5,000=5000.0 [job cuts]"])
    }

    @Test func anAverageRestatesTheCountBefore() {
        #expect(
            Self.read("The library lent out 48,500 books last year, an average of 133 a day.") == [
                "48,500=48500.0 [books]", "133=133.0 [books]",
            ])
        // No count of things before it: nothing to refer to.
        #expect(Self.read("Rainfall was low last year, an average of 3 a day.") == ["3=3.0"])
    }
    @Test func audit39PlacesPossessionsAndAgesOfAPart() {
        // Any number after a place's possessive before things not made in models, over two words.
        #expect(Self.read("Scotland's 146 small dams are ageing.") == ["146=146.0 [small dams]"])
        #expect(Self.read("Embraer's 190 regional jets are in service.").isEmpty)
        #expect(Self.read("Boeing's 737 Max jets were grounded.").isEmpty)
        #expect(Self.read("Bombardier's 415 water bombers were grounded.").isEmpty)
        #expect(Self.read("Norway's 145 ships sailed.") == ["145=145.0 [ships]"])
        // A part of a count of people under or over an age.
        #expect(
            Self.read("The shelter housed 120 children, 38 of them under 18, and 40 of them over 65.") == [
                "120=120.0 [children]", "38=38.0 [children]", "40=40.0 [children]",
            ])
        #expect(
            Self.read("The club has 120 members, 38 of them under 300 miles away.") == [
                "120=120.0 [members]", "38=38.0 [members]", "under 300=300.0 max [miles]",
            ])
    }

    @Test func audit38ScalesNamesRangesAndEarlierLevels() {
        // A count's scale is no modifier of the subject taken before a verb.
        #expect(
            Self.read("The streamer added 4.2 million subscribers to reach 470 million.") == [
                "4.2 million=4200000.0 increase [subscribers]", "470 million=470000000.0 [subscribers]",
            ])
        // A number word opening the sentence before a capitalised name and a verb.
        #expect(Self.read("Three UK raised monthly prices by 8.8%.") == ["8.8%=8.8 increase"])
        #expect(Self.read("Three UK soldiers died.") == ["Three=3.0 [UK soldiers]"])
        #expect(Self.read("Three Britons died.") == ["Three=3.0 [Britons]"])
        #expect(Self.read("Three Chinese died in the crash.") == ["Three=3.0"])
        // A range over a modifier joined by a hyphen.
        #expect(Self.read("The firm will cut 700 to 800 part-time jobs.") == ["700 to 800=700.0..800.0 range decrease [part-time jobs]"])
        // An earlier level after "a peak of" counts what the level counts.
        #expect(
            Self.read("The charity had 2,500 volunteers, down from a peak of 4,000.") == [
                "2,500=2500.0 decrease [volunteers]", "4,000=4000.0 [volunteers]",
            ])
        #expect(
            Self.read("Of 5.5 million eligible voters, 3.1 million cast ballots.") == [
                "5.5 million=5500000.0 [eligible voters]", "3.1 million=3100000.0 [eligible voters]",
            ])
    }
}

@Suite struct AuditThirtySevenDatesTests {
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func aParticipleAfterHavingIsOfNoClausesTense() {
        #expect(
            Self.dates("The council meets on Wednesday, having delayed the vote.", "2027-07-05") == ["on Wednesday=2027-07-07..2027-07-07"])
        #expect(
            Self.dates("Having reached the final, the team travel to Paris on Friday.", "2027-07-05") == [
                "on Friday=2027-07-09..2027-07-09"
            ])
        #expect(
            Self.dates("He faces Djokovic on Wednesday, having beaten Murray on Saturday.", "2027-07-05") == [
                "on Wednesday=2027-07-07..2027-07-07", "on Saturday=2027-07-03..2027-07-03",
            ])
        // A month the participle dates is gone by, in a sentence of what is to come too.
        #expect(
            Self.dates("She will return in March, having left in January.", "2025-02-16") == [
                "March=2025-03-01..2025-03-31", "January=2025-01-01..2025-01-31",
            ])
        #expect(
            Self.dates("Having been elected in May, she will take office in June.", "2025-02-16") == [
                "May=2024-05-01..2024-05-31", "June=2025-06-01..2025-06-30",
            ])
        // A past main clause stays past.
        #expect(
            Self.dates("The council met on Wednesday, having delayed the vote.", "2027-07-05") == ["on Wednesday=2027-06-30..2027-06-30"])
    }

    @Test func aPeriodBeforeOneNamed() {
        #expect(
            Self.dates("Merchant sales in the third quarter rose 24% from the previous quarter.", "2027-10-11") == [
                "the third quarter=2027-07-01..2027-09-30", "the previous quarter=2027-04-01..2027-06-30",
            ])
        #expect(
            Self.dates(
                "Like-for-like sales in the 13 weeks to 25 March rose 3.4%, compared with 2.9% in the previous quarter.", "2028-04-14")
                == ["the 13 weeks to 25 March=2027-12-26..2028-03-25", "the previous quarter=2027-09-26..2027-12-25"])
        #expect(
            Self.dates("Footfall in December was 6% lower than in the same month last year.", "2027-12-24") == [
                "December=2027-12-01..2027-12-31", "the same month last year=2026-12-01..2026-12-31",
            ])
        #expect(
            Self.dates("Sales in the third quarter rose 31% from the same period last year.", "2027-10-11") == [
                "the third quarter=2027-07-01..2027-09-30", "the same period last year=2026-07-01..2026-09-30",
            ])
        // With no period named before, or one of another length (a day, a year): counted from the published day.
        #expect(
            Self.dates("The figures, released on March 15, show exports up 4% on the same period last year.", "2023-04-02") == [
                "March 15=2023-03-15..2023-03-15", "last year=2022-01-01..2022-12-31",
            ])
        #expect(
            Self.dates("Sales rose 4% in the week to Sunday, compared with the same week last year.", "2022-10-25") == [
                "the week to Sunday=2022-10-17..2022-10-23", "the same week last year=2021-10-17..2021-10-23",
            ])
        #expect(
            Self.dates("In 2022, sales rose 4% from the same period last year.", "2023-03-01") == [
                "2022=2022-01-01..2022-12-31", "the same period last year=2021-01-01..2021-12-31",
            ])
        #expect(
            Self.dates("The bank, founded in 1850, said profits rose on the same period last year.", "2023-04-02") == [
                "1850=1850-01-01..1850-12-31", "last year=2022-01-01..2022-12-31",
            ])
        #expect(Self.dates("Profits fell in the previous quarter.", "2027-10-11") == ["the previous quarter=2027-07-01..2027-09-30"])
        #expect(
            Self.dates("Sales rose in 2026 and fell in the previous quarter.", "2027-10-11") == [
                "2026=2026-01-01..2026-12-31", "the previous quarter=2027-07-01..2027-09-30",
            ])
    }

    @Test func aVerbOfSayingOpeningARelativeClause() {
        #expect(
            Self.dates("A lorry driver who admitted causing the deaths of two cyclists in March was jailed on Wednesday.", "2027-12-24")
                == [
                    "March=2027-03-01..2027-03-31", "on Wednesday=2027-12-22..2027-12-22",
                ])
        // A present verb of an event after it ends the clause.
        #expect(
            Self.dates("The councillor who admitted fraud in January faces a hearing in July.", "2024-06-20") == [
                "January=2024-01-01..2024-01-31", "July=2024-07-01..2024-07-31",
            ])
        // A present verb there keeps what is to come.
        #expect(
            Self.dates("The firm that announced cuts in March will close in June.", "2027-12-24") == [
                "March=2027-03-01..2027-03-31", "June=2028-06-01..2028-06-30",
            ])
    }

    @Test func theEndOfAYearNamedBefore() {
        #expect(
            Self.dates("Sales fell in 2024 but recovered by the end of the year.", "2028-02-29") == [
                "2024=2024-01-01..2024-12-31", "end of the year=2024-09-01..2024-12-31",
            ])
        #expect(
            Self.dates("In 2030 the plant will close at the end of the year.", "2028-02-29") == [
                "2030=2030-01-01..2030-12-31", "end of the year=2030-09-01..2030-12-31",
            ])
        // Of what is to come after a year gone by: the published year or month; after "would" either, so none.
        #expect(
            Self.dates("Inflation, which peaked in 2022, should fall to 2% by the end of the year.", "2025-03-01") == [
                "2022=2022-01-01..2022-12-31", "end of the year=2025-09-01..2025-12-31",
            ])
        #expect(
            Self.dates("The mine produced 2 million tonnes in 2023 and aims for 3 million by the end of the year.", "2025-03-01") == [
                "2023=2023-01-01..2023-12-31", "end of the year=2025-09-01..2025-12-31",
            ])
        #expect(
            Self.dates("In 2023 the company said it would close the plant by the end of the year.", "2025-03-01") == [
                "2023=2023-01-01..2023-12-31"
            ])
        #expect(
            Self.dates("In 2022 the minister said the law could pass by the end of the year.", "2024-03-01") == [
                "2022=2022-01-01..2022-12-31"
            ])
        #expect(
            Self.dates("In 2019 it was feared the deal could collapse by the end of the year.", "2024-03-01") == [
                "2019=2019-01-01..2019-12-31"
            ])
        #expect(
            Self.dates("Inflation hit 6% in 2023 and could fall to 2% by the end of the year.", "2024-04-02") == [
                "2023=2023-01-01..2023-12-31", "end of the year=2024-09-01..2024-12-31",
            ])
        #expect(
            Self.dates("The plant opened in 2019 and will close at the end of the month.", "2028-02-29") == [
                "2019=2019-01-01..2019-12-31", "end of the month=2028-02-16..2028-02-29",
            ])
        // A year named after the phrase only: no year to take.
        #expect(Self.dates("At the end of the year, in 2008, he left.", "2028-02-29") == ["2008=2008-01-01..2008-12-31"])
    }
}

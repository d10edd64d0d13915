import Testing

@testable import NewsFigures

/// Audit 20's classes (200 count sentences in 20 more genres; 135 dates on 2026-12-25, 2027-01-03 and 2027-03-31), each
/// with the cases that must stay as they were.
@Suite struct AuditTwentyDatesTests {
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func whatIsCalledOffKeepsTheNearestYear() {
        #expect(
            Self.dates("The ferry operator has cancelled sailings on Dec 28–30 because of forecast gales.", "2026-12-25")
                == ["Dec 28–30=2026-12-28..2026-12-30"])
        #expect(Self.dates("The council called off the parade on December 31.", "2026-12-25") == ["December 31=2026-12-31..2026-12-31"])
        // A day gone stays gone, and another past verb's day is past.
        #expect(
            Self.dates("The airline cancelled flights on December 20 after the storm.", "2026-12-25")
                == ["December 20=2026-12-20..2026-12-20"])
        #expect(Self.dates("Residents phoned the hotline on January 20.", "2026-12-25") == ["January 20=2026-01-20..2026-01-20"])
    }

    @Test func anEdAdjectiveAfterAPrepositionIsNoPastVerb() {
        #expect(
            Self.dates("New tariffs on imported steel take effect on April 1.", "2027-03-31") == ["April 1=2027-04-01..2027-04-01"])
        #expect(Self.dates("Fares for reserved seats rise on January 2.", "2026-12-25") == ["January 2=2027-01-02..2027-01-02"])
        #expect(Self.dates("The fee for licensed taxis rises on Thursday.", "2027-03-31") == ["on Thursday=2027-04-01..2027-04-01"])
        // A past verb after its subject still dates the sentence.
        #expect(Self.dates("Fares for seats rose on January 2.", "2026-12-25") == ["January 2=2026-01-02..2026-01-02"])
        #expect(Self.dates("The fee for taxis rose on Thursday.", "2027-03-31") == ["on Thursday=2027-03-25..2027-03-25"])
    }

    @Test func aQuarterAheadInAFutureSentence() {
        #expect(
            Self.dates("The chipmaker plans to launch its new laptop processor in Q1.", "2026-12-25") == ["Q1=2027-01-01..2027-03-31"])
        #expect(
            Self.dates("The chipmaker will launch its new processor in the second quarter.", "2026-12-25")
                == ["the second quarter=2027-04-01..2027-06-30"])
        #expect(
            Self.dates("The chipmaker will launch its new processor in the first half.", "2026-12-25")
                == ["the first half=2027-01-01..2027-06-30"])
        // Past, or under way: this year's.
        #expect(
            Self.dates("The chipmaker launched its new processor in the second quarter.", "2026-12-25")
                == ["the second quarter=2026-04-01..2026-06-30"])
        #expect(Self.dates("The chipmaker will launch its new processor in Q1.", "2027-03-31") == ["Q1=2027-01-01..2027-03-31"])
    }

    @Test func aYearThatOpensItsClause() {
        #expect(
            Self.dates("The Met Office said on Thursday that 2026 was the warmest year on record.", "2027-01-03")
                == ["on Thursday=2026-12-31..2026-12-31", "2026=2026-01-01..2026-12-31"])
        #expect(Self.dates("2027 will be a tough year for retailers.", "2027-01-03") == ["2027=2027-01-01..2027-12-31"])
        // Not an amount, nor a number after another word.
        #expect(Self.dates("£2000 was spent on repairs.", "2027-01-03").isEmpty)
        #expect(Self.dates("Around 2000 was raised for the charity.", "2027-01-03").isEmpty)
    }

    @Test func reviewTwentyFourDates() {
        // The day of a cancelling act, not of a thing held: the day gone.
        #expect(
            Self.dates("The council cancelled the order on December 28 after complaints.", "2025-12-25")
                == ["December 28=2024-12-28..2024-12-28"])
        #expect(
            Self.dates("Police cancelled all leave on December 29 and 30.", "2025-12-25") == ["December 29 and 30=2025-12-29..2025-12-30"])
        // A half reported on is this year's; one a thing is done in is ahead.
        #expect(
            Self.dates("The company will restate its first-half accounts.", "2025-12-25") == ["first-half=2025-01-01..2025-06-30"])
        #expect(
            Self.dates("The firm will pay a dividend for the first half.", "2025-08-10") == ["the first half=2025-01-01..2025-06-30"])
    }
}

@Suite struct AuditTwentyCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func aChangeToALevelAcrossAPeriod() {
        #expect(
            Self.read("Exports rose for a seventh consecutive year to a record 419 tonnes.") == ["419=419.0 increase [tonnes]"])
        #expect(Self.read("Sales grew for a third straight quarter to $4.2 billion.") == ["$4.2 billion=4200000000.0 increase"])
        #expect(Self.read("Prices climbed last year to 1,200 rupees a tonne.") == ["1,200 rupees=1200.0 increase"])
        // Not across a figure (a level after a change has no direction), nor "add to".
        #expect(Self.read("The index fell 2% in March to 3,400.") == ["2%=2.0 decrease", "3,400=3400.0 decrease"])
        #expect(Self.read("The chain added last year to its 300 shops.") == ["300=300.0 [shops]"])
    }

    @Test func aMarketVerbBeforeToChangesACount() {
        #expect(Self.read("Unemployment dipped to 3.59 million in March.") == ["3.59 million=3590000.0 decrease"])
        // Not with the count its object.
        #expect(Self.read("Curry sank 8 three-pointers.") == ["8=8.0 [three-pointers]"])
    }

    @Test func aVerbsBareObjectCountsWhatWasCountedBefore() {
        #expect(
            Self.read("Thieves took 42 gold necklaces from a shop. Police have so far recovered 17.")
                == ["42=42.0 [gold necklaces]", "17=17.0 [gold necklaces]"])
        #expect(
            Self.read("Hanwha Ocean delivered 38 vessels last year. It expects to deliver about 45 in 2026.")
                == ["38=38.0 [vessels]", "about 45=45.0 approx [vessels]"])
        #expect(
            Self.read("Bursa Malaysia expects 50 listings this year. Last year there were 32.") == [
                "50=50.0 [listings]", "32=32.0 [listings]",
            ])
        #expect(
            Self.read("The council runs 43 libraries. It plans to close 11 and hand 9 to volunteers.")
                == ["43=43.0 [libraries]", "11=11.0 [libraries]", "9=9.0"])
        // Not after "be" alone, a verb of a level, a verb done to people of things, nor a list's first number.
        #expect(Self.read("The city has 40 parks. Its population is 2 million.") == ["40=40.0 [parks]", "2 million=2000000.0"])
        #expect(Self.read("The firm sold 300 cars. Revenue reached 40 million.") == ["300=300.0 [cars]", "40 million=40000000.0"])
        #expect(Self.read("The storm felled 300 trees. It injured 14.") == ["300=300.0 [trees]", "14=14.0"])
        #expect(Self.read("The firm sold 1,500 and 2,000 units.") == ["1,500=1500.0", "2,000=2000.0 [units]"])
    }

    @Test func penceInASentenceOfPrices() {
        #expect(Self.read("The price of milk rose 3p to 48p.") == ["3p=0.03 increase", "48p=0.48 increase"])
        // A video line stays no amount.
        #expect(Self.read("The price of the 1080p model fell.").isEmpty)
    }

    @Test func notCountsOfTheRound() {
        // An address, a number to reach, a time with its zone, a concentration, a ratio of times.
        #expect(Self.read("The ward, at 111 Denmark Hill, reopened.").isEmpty)
        #expect(Self.read("Form S-1 lists 3 World Trade Center as the address.").isEmpty)
        #expect(Self.read("The ward can be reached on 10655.").isEmpty)
        #expect(Self.read("Smith can be reached on 01595 693 000.").isEmpty)
        #expect(Self.read("The station logged the reading at 2300 KST.").isEmpty)
        #expect(Self.read("PM2.5 read 180 µg/m³ at the monitor.").isEmpty)
        #expect(Self.read("The IPO was subscribed 2.37 times.").isEmpty)
        #expect(Self.read("Pollution reached 50 times the level deemed safe.").isEmpty)
        // Still counts: a street's count of things, a sales figure "reached", times counted.
        #expect(Self.read("The council owns 12 Denmark Hill flats.") == ["12=12.0 [Denmark Hill flats]"])
        #expect(Self.read("Sales reached 10655 units.") == ["10655=10655.0 [units]"])
        #expect(Self.read("Prices rose 3 times last year.") == ["3=3.0 [times]"])
    }

    @Test func amountsOfTheRound() {
        #expect(
            Self.read("Israel's advertising market shrank 4% to NIS 4.2 billion.") == [
                "4%=4.0 decrease", "NIS 4.2 billion=4200000000.0 decrease",
            ])
        // A range after "up from" is a range, the earlier level.
        #expect(Self.read("Rice sold at Tk 52-55, up from Tk 48-50.") == ["Tk 52-55=52.0..55.0 range", "Tk 48-50=48.0..50.0 range"])
        // An amount before "in" and a month is no day.
        #expect(Self.read("The fare rose to $3 in August.") == ["$3=3.0 increase"])
        // A split year before a verb with its object.
        #expect(Self.read("The budget for 2026-27 totals Rs 49 billion.") == ["Rs 49 billion=49000000000.0"])
    }

    @Test func reviewTwentyFourCounts() {
        // A count of where a flow went is no new level; a count of what a count noun counts is.
        #expect(Self.read("Exports rose 12% to 30 countries.") == ["12%=12.0 increase", "30=30.0 [countries]"])
        #expect(Self.read("Exports rose last year to 40 countries.") == ["40=40.0 [countries]"])
        #expect(Self.read("Enrolment grew for the fifth consecutive year to 24,500 students.") == ["24,500=24500.0 increase [students]"])
        // A depth is no fall of a market.
        #expect(Self.read("The diver sank to 40 metres before surfacing.") == ["40=40.0 [metres]"])
        // A verb done to people refers back to people only.
        #expect(Self.read("The airline cancelled 120 flights. It stranded 9,000.") == ["120=120.0 [flights]", "9,000=9000.0"])
        // Over a dotted initialism to the noun counted.
        #expect(
            Self.read("Traffic deaths in the U.S. fell 3.8% to 39,345.")
                == ["3.8%=3.8 decrease", "39,345=39345.0 decrease [Traffic deaths]"])
    }

    @Test func aLevelOverAnAdverbARateAndAReference() {
        #expect(
            Self.read("Rents rose sharply in the second quarter to £1,420 a month.") == ["£1,420=1420.0 increase"])
        #expect(Self.read("Petrol fell 2p a litre to 136p.") == ["2p=0.02 decrease", "136p=1.36 decrease"])
        #expect(
            Self.read("Home sales rose 4.2 percent from a year earlier to 410,000 units.")
                == ["4.2 percent=4.2 increase", "410,000=410000.0 increase [units]"])
        #expect(Self.read("Wages rose 4.8% to an average of £712 a week.") == ["4.8%=4.8 increase", "£712=712.0 increase [average]"])
        // A market verb's "by" and "to" of one amount: a change and its level.
        #expect(
            Self.read("The deficit narrowed by $12 billion to $98 billion.")
                == ["$12 billion=12000000000.0 decrease", "$98 billion=98000000000.0 decrease"])
        // Not a percentage's own "per cent" as a rate.
        #expect(
            Self.read("Arrivals rose 11 per cent to 3.2 million.") == [
                "11 per cent=11.0 increase", "3.2 million=3200000.0 increase [Arrivals]",
            ])
    }
}

/// Audit 21's classes (200 count sentences in 20 more genres; 135 dates on 2027-02-28, 2026-10-31 and 2027-06-21).
@Suite struct AuditTwentyOneTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func moreBareObjectsReferBack() {
        // Not a market's close: "closed" is a verb of a level.
        #expect(Self.read("The FTSE 100 rose 50 points. It closed 8,250.") == ["50=50.0 increase [points]", "8,250=8250.0"])
        #expect(
            Self.read("CATL plans to hire 9,000 workers. So far it has taken on about 1,200.")
                == ["9,000=9000.0 [workers]", "about 1,200=1200.0 approx [workers]"])
        #expect(
            Self.read("Marstons sold 61 of its managed pubs. It plans to sell another 40 by 2028.")
                == ["61=61.0 [managed pubs]", "40=40.0 [managed pubs]"])
        #expect(
            Self.read("The breach exposed records of 2.7 million patients. Of these, 480,000 included Social Security numbers.")
                == ["2.7 million=2700000.0 [patients]", "480,000=480000.0 [patients]"])
        #expect(
            Self.read("Phishing reports rose to 7.8 million in the year to March, from 6.1 million.")
                == ["7.8 million=7800000.0 increase [Phishing reports]", "6.1 million=6100000.0 [Phishing reports]"])
        // A level verb before "at" stays no verb of an object.
        #expect(Self.read("Entries closed at 25,000.") == ["25,000=25000.0 [Entries]"])
    }

    @Test func labelsOfTheRound() {
        #expect(Self.read("The bridge reopens after work by crew 7.").isEmpty)
        #expect(Self.read("Faker won game 5 on patch 25.19.").isEmpty)
        #expect(Self.read("Guests in cabin 9214 must be back by 17:30.").isEmpty)
        #expect(Self.read("Biscuit, from kennel 12, was adopted.").isEmpty)
        #expect(Self.read("Call extension 4402 for help.").isEmpty)
        #expect(Self.read("He was discharged on day 12 after surgery.").isEmpty)
        // A label's word before a plural counted counts.
        #expect(Self.read("Every day 12 people die on the roads.") == ["12=12.0 [people]"])
        // A year before bonds is the year they mature.
        #expect(Self.read("The Swiss Confederation sold CHF 450 million of 2036 bonds.") == ["CHF 450 million=450000000.0"])
    }

    @Test func datesOfTheRound() {
        #expect(
            Self.dates("The ferry company has cancelled all sailings on Tuesday and Wednesday.", "2027-02-28")
                == ["on Tuesday=2027-03-02..2027-03-02", "Wednesday=2027-03-03..2027-03-03"])
        // What was called off two days ago is the day gone.
        #expect(
            Self.dates("The airline cancelled flights on Monday after the storm.", "2027-03-03") == ["on Monday=2027-03-01..2027-03-01"])
        #expect(
            Self.dates("Campaigning ends tomorrow night ahead of Tuesday's vote.", "2026-10-31")
                == ["tomorrow night=2026-11-01..2026-11-01", "Tuesday=2026-11-03..2026-11-03"])
        // In a past sentence, the one just gone.
        #expect(
            Self.dates("Shares rose on Monday ahead of Tuesday's vote.", "2026-11-04")
                == ["on Monday=2026-11-02..2026-11-02", "Tuesday=2026-11-03..2026-11-03"])
        #expect(Self.dates("The new mayor was sworn in a week ago.", "2026-10-31") == ["a week ago=2026-10-24..2026-10-24"])
        #expect(Self.dates("The bridge will reopen in a week.", "2026-10-31") == ["in a week=2026-11-07..2026-11-07"])
    }

    @Test func reviewTwentyFiveAndMoreDates() {
        // A count after "to" is a place the flow went only after a flow's noun.
        #expect(Self.read("Applications rose 8% to 310,000 students.") == ["8%=8.0 increase", "310,000=310000.0 increase [students]"])
        #expect(Self.read("The franchise grew 15% to 230 stores.") == ["15%=15.0 increase", "230=230.0 increase [stores]"])
        #expect(Self.read("Payouts jumped 20% to 4,000 families.") == ["20%=20.0 increase", "4,000=4000.0 [families]"])
        // "closed" refers back only to a part of the whole.
        #expect(
            Self.read("Inspectors visited 80 restaurants. Inspectors closed 17.") == ["80=80.0 [restaurants]", "17=17.0 [restaurants]"])
        #expect(Self.read("The kennel 12 dogs were rehomed.") == ["12=12.0 [dogs]"])
        #expect(
            Self.dates("Mortgage approvals have fallen over the past fortnight.", "2027-06-21") == ["past fortnight=2027-06-07..2027-06-20"]
        )
        #expect(Self.dates("Last summer's heatwave killed crops.", "2027-06-21") == ["Last summer=2026-06-01..2026-08-31"])
        #expect(
            Self.dates("Rail unions announced walkouts on June 29 and 30.", "2027-06-21") == ["June 29 and 30=2027-06-29..2027-06-30"])
        // An infinitive is no thing held: what is planned is ahead.
        #expect(Self.dates("Unions announced their plans to strike on Friday.", "2023-10-09") == ["on Friday=2023-10-13..2023-10-13"])
        #expect(
            Self.dates("Ahead of Tuesday's vote, the party launched its manifesto.", "2025-11-02") == ["Tuesday=2025-11-04..2025-11-04"])
        #expect(
            Self.dates("The government will publish its first-quarter data.", "2025-12-28") == ["first-quarter=2026-01-01..2026-03-31"])
    }
}

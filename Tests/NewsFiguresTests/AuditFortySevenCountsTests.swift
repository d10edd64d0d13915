import Testing

@testable import NewsFigures

/// Audit 47's classes (counts in twenty new genres, published 2027-09-13), each with the cases that must stay as they were.
@Suite struct AuditFortySevenCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func kinds(_ text: String) -> [String] { AuditFortyThreeCountsTests.kinds(text) }

    @Test func aPluralBeforeAVerbOfChangeKeepsItsHyphenatedCompoundAndAThirdLowerCaseModifier() {
        #expect(
            Self.read("Wood-burning stove sales dropped from 200,000 in 2022 to 140,000 last year.") == [
                "200,000=200000.0 [Wood-burning stove sales]", "140,000=140000.0 decrease [Wood-burning stove sales]",
            ])
        #expect(
            Self.read("Second-hand bike sales fell 9% to 31,000.") == [
                "9%=9.0 decrease", "31,000=31000.0 decrease [Second-hand bike sales]",
            ])
        #expect(
            Self.read("Long-distance coach journeys fell to 18 million.") == [
                "18 million=18000000.0 decrease [Long-distance coach journeys]"
            ])
        #expect(
            Self.read("Natural history museum visits rose 7 per cent to 5.4 million.") == [
                "7 per cent=7.0 increase", "5.4 million=5400000.0 increase [Natural history museum visits]",
            ])
        #expect(Self.read("Local bus route closures rose to 40.") == ["40=40.0 increase [Local bus route closures]"])
        #expect(
            Self.read("Rural post office closures fell 12% to 85.") == [
                "12%=12.0 decrease", "85=85.0 decrease [Rural post office closures]",
            ])
        // Stay: three words or fewer, a date's word, a word that opens the clause, a verb's form, a headline's words.
        #expect(Self.read("Outdoor swimming lessons rose to 4,000.") == ["4,000=4000.0 increase [Outdoor swimming lessons]"])
        #expect(Self.read("Last year bus route closures rose to 40.") == ["40=40.0 increase [bus route closures]"])
        #expect(Self.read("Meanwhile bus route closures rose to 40.") == ["40=40.0 increase [bus route closures]"])
        #expect(Self.read("However route closures rose to 40.") == ["40=40.0 increase [route closures]"])
        #expect(Self.read("Rising bus fare complaints rose to 400.") == ["400=400.0 increase [bus fare complaints]"])
        #expect(Self.read("Overnight stays almost certainly topped 30 million.") == ["topped 30 million=30000000.0 min [Overnight stays]"])
        #expect(Self.read("Experts Fear Bus Route Closures Rise To 500") == ["500=500.0 increase [Bus Route Closures]"])
    }

    @Test func aPlacesPossessiveBeforeACountOverAHyphenatedModifier() {
        #expect(
            Self.read("Scotland's 70 self-service laundries employ 300 people.") == [
                "70=70.0 [self-service laundries]", "300=300.0 [people]",
            ])
        #expect(Self.read("Kent's 12 open-air pools reopened.") == ["12=12.0 [open-air pools]"])
        #expect(
            Self.read("Paris's 20 open-air markets drew 3 million shoppers.") == [
                "20=20.0 [open-air markets]", "3 million=3000000.0 [shoppers]",
            ])
        #expect(
            Self.read("Revenue at Scotland's 70 self-service laundries rose 4.2%.") == [
                "70=70.0 [self-service laundries]", "4.2%=4.2 increase",
            ])
        // Stay: no hyphen, a determiner's possessive, a model before goods made in models.
        #expect(Self.read("Scotland's 70 laundries closed.") == ["70=70.0 [laundries]"])
        #expect(Self.read("The county's 45 self-catering cottages are full.") == ["45=45.0 [self-catering cottages]"])
        #expect(Self.read("Embraer's 190 long-range jets fly.").isEmpty)
        #expect(Self.read("Boeing's 737 Max jets are grounded.").isEmpty)
    }

    @Test(arguments: [
        "The foundry cast its last bell in 2017 after 450 years of business.", "The shop closed after 120 years of trading.",
        "The firm is celebrating 200 years of business.", "Staff bring 150 years of experience.", "Researchers used 10 years of data.",
        "The archive holds 300 years of records.", "Egypt has 5,000 years of history.", "Children 5 years of age go free.",
        "He has worked there for three years.",
    ])
    func aUnitOfTimeBeforeOfIsADuration(text: String) {
        #expect(Self.read(text).isEmpty)
    }

    @Test func durationsNearMisses() {
        // A total of hours, scaled, stays; so do things counted beside a period.
        #expect(Self.read("Volunteers gave 1.2 million hours of service.") == ["1.2 million=1200000.0 [hours of service]"])
        #expect(Self.read("Spills lasted 3.6 million hours.") == ["3.6 million=3600000.0 [hours]"])
        #expect(Self.read("The firm hired 12 staff in the first 12 months of 2027.") == ["12=12.0 [staff]"])
        #expect(Self.read("The shop sold 450 bells.") == ["450=450.0 [bells]"])
    }

    @Test func theNumberAfterForEveryIsARatesDivisor() {
        #expect(
            Self.read("Japan has about 3.9 million vending machines, or one for every 32 people.") == [
                "about 3.9 million=3900000.0 approx [vending machines]"
            ])
        #expect(Self.read("The beach has one lifeguard for every 32 swimmers.").isEmpty)
        #expect(Self.read("There is one toilet for every 50 people.").isEmpty)
        // Stay: "per", and counts with no "for every".
        #expect(Self.read("The rate was 3.9 per 1,000 live births.") == ["3.9=3.9"])
        #expect(Self.read("The pool hired 12 lifeguards and 32 swimmers joined.") == ["12=12.0 [lifeguards]", "32=32.0 [swimmers]"])
        #expect(Self.read("Every 32 swimmers share a lane.") == ["32=32.0 [swimmers]"])
    }
}

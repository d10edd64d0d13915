import Testing

@testable import NewsFigures

/// Audit 50's classes (counts in twenty new genres, published 2029-02-05; dates on 2027-11-28, 2028-01-03 and 2028-07-01),
/// each with the cases that must stay as they were.
@Suite struct AuditFiftyTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func kinds(_ text: String) -> [String] { AuditFortyThreeCountsTests.kinds(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func aPhrasalVerbWithOffIsNoMarketsFall() {
        #expect(
            Self.kinds("Card Lenders Write Off £1.2bn As Defaults Rise To 2.6%") == [
                "£1.2bn=1200000000.0 money GBP", "2.6%=2.6 percent percent increase",
            ])
        #expect(Self.kinds("The bank wrote off $300 million of loans.") == ["$300 million=300000000.0 money USD"])
        // A market's name or a form of "be" before "off" is its fall.
        #expect(Self.kinds("Bitcoin Off 2% As Markets Slide") == ["2%=2.0 percent percent decrease"])
        #expect(Self.kinds("Shares were off 2% at midday.") == ["2%=2.0 percent percent decrease"])
    }

    @Test func aRestatedPercentageOverItsBoundWord() {
        #expect(
            Self.kinds("Each installation cuts a typical bill by £310 a year, or roughly 18%.") == [
                "£310=310.0 money GBP decrease", "roughly 18%=18.0 percent percent decrease",
            ])
        // A share of a whole named after it restates nothing.
        #expect(
            Self.kinds("Revenue grew to $90 million, or about 15% of the group total.") == [
                "$90 million=90000000.0 money USD increase", "about 15%=15.0 percent percent",
            ])
    }

    @Test func anEarlierPercentageChangesTheShareNotTheAmountOfItsWhole() {
        #expect(
            Self.kinds("Chinese shoppers account for about 31% of the $400bn global market, down from 38% in 2019.") == [
                "about 31%=31.0 percent percent decrease", "$400bn=400000000000.0 money USD", "38%=38.0 percent percent",
            ])
        #expect(
            Self.kinds("The firm holds 12% of the $3bn market, up from 9%.") == [
                "12%=12.0 percent percent increase", "$3bn=3000000000.0 money USD", "9%=9.0 percent percent",
            ])
        // An amount is no change of an earlier percentage; an earlier level with no sign of its own stays one.
        #expect(Self.kinds("Sales were $4m, down from 38%.") == ["$4m=4000000.0 money USD", "38%=38.0 percent percent"])
        #expect(
            Self.kinds("Inflation was 5.7 percent in October, down from 6.2.") == [
                "5.7 percent=5.7 percent percent decrease", "6.2=6.2 count",
            ])
    }

    @Test func aVerbsBareNounAndItsPhraseBeforeFromAndTo() {
        #expect(
            Self.kinds("Washington raised tariffs on Chinese steel from 25% to 50%.") == [
                "25%=25.0 percent percent", "50%=50.0 percent percent increase",
            ])
        #expect(
            Self.kinds("The council cut spending on schools from £5m to £3m.") == [
                "£5m=5000000.0 money GBP", "£3m=3000000.0 money GBP decrease",
            ])
        // Not a noun of change, nor counts of a distance.
        #expect(
            Self.read("The increase in national insurance from 13.8 per cent to 15 per cent hit firms.")
                == ["13.8 per cent=13.8", "15 per cent=15.0"])
        #expect(Self.read("The firm expanded its search to towns from 5 to 10 miles away.") == ["from 5 to 10=5.0..10.0 range [miles]"])
    }

    @Test func aGappedCountBeforeAsLikeTheCountBefore() {
        #expect(
            Self.read("Inspectors rated 212 of the region's care homes as requiring improvement and 41 as inadequate.") == [
                "212=212.0 [care homes]", "41=41.0 [care homes]",
            ])
        // Not when the count before had no "as".
        #expect(
            Self.read("Inspectors closed 12 of the city's restaurants for a week and 4 for a month.") == [
                "12=12.0 [restaurants]", "4=4.0",
            ])
    }

    @Test func aCapitalisedHyphenatedPluralBeforeAVerbOfPrice() {
        #expect(Self.read("A pack of 1,000 V-Bucks costs £6.99.") == ["1,000=1000.0 [V-Bucks]", "£6.99=6.99"])
        #expect(Self.read("250 Abrams tanks were sent.") == ["250=250.0 [Abrams tanks]"])
    }

    @Test func aDayModifyingANounCloseAheadIsThatOne() {
        #expect(
            Self.dates("Tickets for the Dec 3–5 festival went on sale on Saturday.", "2027-11-28") == [
                "Dec 3–5=2027-12-03..2027-12-05", "on Saturday=2027-11-27..2027-11-27",
            ])
        #expect(Self.dates("The Dec 3–5 festival sold out.", "2027-11-28") == ["Dec 3–5=2027-12-03..2027-12-05"])
        // Not far ahead, nor another event's day the past is of.
        #expect(Self.dates("The March 3 vote was won by Labour.", "2027-11-28") == ["March 3=2027-03-03..2027-03-03"])
        #expect(
            Self.dates("Talks collapsed a week before the April 9 deadline.", "2027-03-05") == [
                "a week before=2026-04-02..2026-04-02", "April 9=2026-04-09..2026-04-09",
            ])
    }

    @Test func aMonthThatIsAFirstNameBeforeAWordNoSurnameIs() {
        #expect(Self.dates("Hot August Predicted By Forecasters", "2028-07-01") == ["August=2028-08-01..2028-08-31"])
        #expect(Self.dates("Busy August For Seaside Towns", "2028-01-10") == ["August=2027-08-01..2027-08-31"])
        #expect(Self.dates("Critics Praise Strong August Wilson Revival", "2028-01-10").isEmpty)
    }
}

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
        #expect(Self.dates("Tickets for the Dec 3–5 festival sold out.", "2027-11-28") == ["Dec 3–5=2027-12-03..2027-12-05"])
        #expect(Self.dates("The council postponed its Dec 3 vote.", "2027-11-28") == ["Dec 3=2027-12-03..2027-12-03"])
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

    // Review 56's near misses of the rules above.

    @Test func aSellOffOfAPercentageIsAFallASaleOfAnAmountIsNot() {
        #expect(Self.kinds("Bitcoin Sells Off 7% As Liquidations Mount") == ["7%=7.0 percent percent decrease"])
        #expect(Self.kinds("Unilever Sells Off £3bn Tea Business To Private Equity") == ["£3bn=3000000000.0 money GBP"])
        #expect(Self.kinds("Vodafone Sold Off 30% Of Its Tower Arm") == ["30%=30.0 percent percent"])
        #expect(Self.kinds("Steelmaker Lays Off 12% Of Staff") == ["12%=12.0 percent percent decrease"])
    }

    @Test func aRestatedPercentageIsNoComparisonWithAnotherLevel() {
        #expect(
            Self.kinds("Staff numbers rose to 4,300, or roughly 18% above target.") == [
                "4,300=4300.0 count increase", "roughly 18%=18.0 percent percent",
            ])
    }

    @Test func theKindsOfALevelAndItsEarlierLevel() {
        // A percentage before an earlier amount: the amount of the whole changed.
        #expect(
            Self.kinds("The firm holds 31% of the $400bn global market, down from $450bn in 2025.") == [
                "31%=31.0 percent percent", "$400bn=400000000000.0 money USD decrease", "$450bn=450000000000.0 money USD",
            ])
        // A count of things before an earlier percentage: the share changed.
        #expect(
            Self.kinds("Women hold 31% of the 650 seats, up from 22% in 2019.") == [
                "31%=31.0 percent percent", "650=650.0 count", "22%=22.0 percent percent",
            ])
        // A level with no sign, or in points, keeps the change of its earlier percentage.
        #expect(
            Self.kinds("The jobless rate was 4.1 in March, down from 4.3% in February.") == [
                "4.1=4.1 count decrease", "4.3%=4.3 percent percent",
            ])
        #expect(
            Self.kinds("Reform is on 29 points, up from 25% last month.") == [
                "29=29.0 count increase", "25%=25.0 percent percent",
            ])
    }

    @Test func fromAndToAfterAVerbsNounIsABandWithAnotherChangeOrAParticiple() {
        #expect(
            Self.kinds("The council increased fines for littering from £100 to £150.") == [
                "£100=100.0 money GBP", "£150=150.0 money GBP increase",
            ])
        #expect(
            Self.kinds("The plan would raise taxes on earnings from £50,270 to £125,140 by 2p in the pound.") == [
                "from £50,270 to £125,140=50270.0 money GBP", "2p=0.02 money GBP increase",
            ])
        #expect(
            Self.kinds("The council raised fees for homes valued from £300,000 to £500,000.") == [
                "from £300,000 to £500,000=300000.0 money GBP"
            ])
        #expect(
            Self.kinds("The firm raised prices on models from $30,000 to $45,000 depending on trim.") == [
                "from $30,000 to $45,000=30000.0 money USD"
            ])
    }

    @Test func aCapitalisedPluralBeforeAnAmountWithNoVerbOfPrice() {
        #expect(Self.read("Two Lakers tickets $800 on StubHub.") == ["Two=2.0 [Lakers tickets]", "$800=800.0"])
    }

    @Test func aDayModifyingANounAheadOnlyOfWhatIsAheadOrMoved() {
        #expect(Self.dates("The March 3 vote was won by Labour.", "2028-02-20") == ["March 3=2027-03-03..2027-03-03"])
        #expect(Self.dates("Police arrested 14 people at the March 8 protest.", "2028-02-20") == ["March 8=2027-03-08..2027-03-08"])
        #expect(
            Self.dates("The Dec 26 sales brought record takings for the high street.", "2028-11-28") == [
                "Dec 26=2027-12-26..2027-12-26"
            ])
        #expect(
            Self.dates("The council postponed its March 3 vote on the bypass.", "2028-02-20") == ["March 3=2028-03-03..2028-03-03"])
        #expect(
            Self.dates("The March 10 strike was called off after a late offer.", "2028-02-20") == [
                "March 10=2028-03-10..2028-03-10"
            ])
    }

    @Test func aHeadlinesMonthAfterAnAdjectiveCloseAheadIsTheComingOne() {
        #expect(Self.dates("Busy August For Seaside Towns", "2028-06-25") == ["August=2028-08-01..2028-08-31"])
        #expect(Self.dates("Dismal December For High Street", "2028-06-20") == ["December=2027-12-01..2027-12-31"])
    }

    @Test func aGroupsVerbBeforeACountedObject() {
        #expect(Self.read("A family of five owns 3 cars.") == ["five=5.0 [family]", "3=3.0 [cars]"])
        #expect(Self.read("A crew of four cleans 300 windows a day.") == ["four=4.0 [crew]", "300=300.0 [windows]"])
        // A plural after the size stays what is counted.
        #expect(Self.read("A team of 12 volunteers runs 5 shops.") == ["12=12.0 [volunteers]", "5=5.0 [shops]"])
        #expect(Self.read("A fleet of 40 buses carries 9,000 pupils.") == ["40=40.0 [buses]", "9,000=9000.0 [pupils]"])
    }
}

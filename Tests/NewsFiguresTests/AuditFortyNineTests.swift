import Testing

@testable import NewsFigures

/// Audit 49's classes (counts in twenty new genres, published 2028-09-18; dates on 2027-07-01, 2028-04-16 and 2028-12-31),
/// and two left alone before it, each with the cases that must stay as they were.
@Suite struct AuditFortyNineTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func kinds(_ text: String) -> [String] { AuditFortyThreeCountsTests.kinds(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func daysGivenOrTakenOfAPluralAreCountedWithIt() {
        #expect(Self.read("Nurses held 12 days of strikes last winter.") == ["12=12.0 [days of strikes]"])
        #expect(Self.read("The union called 20 days of walkouts.") == ["20=20.0 [days of walkouts]"])
        #expect(Self.read("Junior doctors staged 10 days of industrial action.") == ["10=10.0 [days of industrial action]"])
        #expect(Self.read("Staff get 25 days of paid leave.") == ["25=25.0 [days of paid leave]"])
        // Days of anything else stay a duration.
        #expect(Self.read("The festival offers 4 days of music.").isEmpty)
        #expect(Self.read("It took 20 years of work.").isEmpty)
        #expect(Self.read("They endured three days of rain.").isEmpty)
    }

    @Test func aVerbAfterAGroupsSizeLeavesTheGroupCounted() {
        #expect(Self.read("A crew of four cleans the tower every week.") == ["four=4.0 [crew]"])
        #expect(Self.read("A family of five lives in the flat.") == ["five=5.0 [family]"])
        #expect(Self.read("A panel of three judges the entries.") == ["three=3.0 [panel]"])
        #expect(Self.read("A top gang of six can shear 2,000 in a day.") == ["six=6.0 [gang]", "2,000=2000.0"])
        // A plural after the size is what is counted, and a verb after it is its own.
        #expect(Self.read("A team of 12 volunteers runs the shop.") == ["12=12.0 [volunteers]"])
        #expect(Self.read("A fleet of 40 buses serves the town.") == ["40=40.0 [buses]"])
        // A bare object after another verb still counts what was counted before, when that was no group's size.
        #expect(
            Self.read("In 2022 the agency hired 400 staff and by the end of the year it had 3,000.") == [
                "400=400.0 [staff]", "3,000=3000.0 [staff]",
            ])
    }

    @Test func aSmallNumberBeforeWonIsTheVerbsSubject() {
        #expect(Self.kinds("A top team of 12 won.") == ["12=12.0 count"])
        #expect(Self.kinds("Of the 30 bids, 4 won.") == ["30=30.0 count", "4=4.0 count"])
        // Thousands or a scale are the currency.
        #expect(Self.kinds("Prices rose to 12,000 won.") == ["12,000 won=12000.0 money KRW increase"])
        #expect(Self.kinds("The party spent 3 billion won on the campaign.") == ["3 billion won=3000000000.0 money KRW"])
    }

    @Test func presentsOfWideningAndNarrowingStateAChange() {
        #expect(Self.kinds("Hospice Funding Gap Widens To £77m") == ["£77m=77000000.0 money GBP increase"])
        #expect(Self.kinds("Pay Gap Narrows To 7%") == ["7%=7.0 percent percent decrease"])
        #expect(Self.kinds("The deficit is narrowing to 2.1% of GDP.") == ["2.1%=2.1 percent percent decrease"])
        // As their pasts do ("The road widened to 4 lanes"); an adjective is no change.
        #expect(Self.kinds("The road widens to 4 lanes near the bridge.") == ["4=4.0 count increase"])
        #expect(Self.kinds("The gap is narrow at 7%.") == ["7%=7.0 percent percent"])
    }

    @Test func anEarlierPriceAfterDownFrom() {
        #expect(
            Self.kinds("The pub was sold for £475,000, down from an asking price of £550,000.") == [
                "£475,000=475000.0 money GBP decrease", "£550,000=550000.0 money GBP",
            ])
        #expect(
            Self.kinds("The painting fetched £2.4m, up from a guide price of £1.5m.") == [
                "£2.4m=2400000.0 money GBP increase", "£1.5m=1500000.0 money GBP",
            ])
        // No word of change, no direction.
        #expect(
            Self.kinds("The pub was sold for £475,000 against an asking price of £550,000.") == [
                "£475,000=475000.0 money GBP", "£550,000=550000.0 money GBP",
            ])
    }

    @Test func moreOrLessAndAnAdverbOfRateIsAGapBetweenRates() {
        #expect(Self.kinds("Patients declined 27% more slowly than those on placebo.") == ["27%=27.0 percent percent"])
        #expect(
            Self.kinds("Those on lecanemab declined 27% more slowly over 18 months than those given a placebo.").first
                == "27%=27.0 percent percent")
        #expect(Self.kinds("Wages grew 5% faster than prices.") == ["5%=5.0 percent percent"])
        // "more" alone after a change is no gap.
        #expect(Self.kinds("Sales fell 5% more than expected.") == ["5%=5.0 percent percent decrease"])
    }

    @Test func onePersonOfAPlaceBeforeAPast() {
        #expect(
            Self.read("One woman in Kent sent more than $90,000 in gift cards.") == [
                "One=1.0 [woman]", "more than $90,000=90000.0 min",
            ])
        #expect(Self.read("One man from Leeds lost £40,000.") == ["One=1.0 [man]", "£40,000=40000.0 decrease"])
        #expect(Self.read("One woman sent a letter.") == ["One=1.0 [woman]"])
        // Not "one of", nor a person before a noun.
        #expect(Self.read("One of the men sent a letter.").isEmpty)
        #expect(Self.read("One man in the crowd shouted.") == ["One=1.0 [man]"])
        #expect(Self.read("One woman in Kent said the scheme works.") == ["One=1.0 [woman]"])
    }

    @Test func aCountBeforeInAUnitIsARate() {
        #expect(Self.dates("A top gang of six can shear 2,000 in a day.", "2028-12-31").isEmpty)
        #expect(Self.dates("She raised $500 in an hour.", "2028-12-31").isEmpty)
        #expect(Self.dates("The firm will open in a week.", "2028-12-31") == ["in a week=2029-01-07..2029-01-07"])
    }

    @Test func aPastInTheBaseFormAfterASingularNoun() {
        #expect(Self.dates("Inflation hit 5% in March.", "2028-12-31") == ["March=2028-03-01..2028-03-31"])
        #expect(
            Self.dates("Thanksgiving travel hit a record in November, the airline said.", "2028-12-31") == [
                "Thanksgiving=2028-11-23..2028-11-23", "November=2028-11-01..2028-11-30",
            ])
        #expect(Self.dates("A storm hit the coast in March.", "2028-12-31") == ["March=2028-03-01..2028-03-31"])
        // Not a noun's modifier, a verb of being, a day, a request or a habit; nor "set", which schedules.
        #expect(
            Self.dates("Traders expect a rate cut by June.", "2027-02-14") == ["June=2027-06-01..2027-06-30"])
        #expect(
            Self.dates("Supermarkets will stay shut on Christmas Day.", "2027-12-24") == ["Christmas Day=2027-12-25..2027-12-25"])
        #expect(Self.dates("Shops often shut in January.", "2028-12-31") == ["January=2029-01-01..2029-01-31"])
        #expect(Self.dates("Can you please set something up for October?", "2016-11-07") == ["October=2017-10-01..2017-10-31"])
        #expect(Self.dates("The union set a Friday deadline for an offer of 5%.", "2025-06-18").isEmpty)
    }

    @Test func aMonthAfterAnAdjectiveOfHowItWentInAHeadline() {
        #expect(
            Self.dates("Retailers Report Strong December As Shoppers Return", "2028-12-31") == [
                "December=2028-12-01..2028-12-31"
            ])
        #expect(Self.dates("Retailers Enjoy Strong December", "2028-12-31") == ["December=2028-12-01..2028-12-31"])
        // A name is no month.
        #expect(Self.dates("Actress June Carter Dies", "2028-12-31").isEmpty)
        #expect(Self.dates("Singer April Wine Tours", "2028-12-31").isEmpty)
    }

    // Review 55's near misses of the rules above.

    @Test func wonAfterAPriceIsTheCurrencyAndAfterAWinnersCountTheVerb() {
        #expect(Self.kinds("Tickets cost 500 won.") == ["500 won=500.0 money KRW"])
        #expect(Self.kinds("The coin is worth 10 won.") == ["10 won=10.0 money KRW"])
        #expect(Self.read("Of the 8 finalists, only 2 won.") == ["8=8.0 [finalists]", "2=2.0 [finalists]"])
        #expect(Self.read("Of the 11 films nominated, 4 won Oscars.") == ["11=11.0 [films]", "4=4.0 [films]"])
        #expect(Self.read("The team of 12 won 5-0.") == ["12=12.0 [team]"])
    }

    @Test func daysOfSomethingOnlyWhenDaysOrWeeksAreGivenOrTaken() {
        #expect(Self.read("Three months of protests forced the prime minister out.").isEmpty)
        #expect(Self.read("Over 12 days of strikes, 300,000 operations were postponed.") == ["300,000=300000.0 [operations]"])
        #expect(Self.read("Staff will receive 5 days of paid Christmas leave.").isEmpty)
        #expect(Self.read("The union called two weeks of strikes.") == ["two=2.0 [weeks of strikes]"])
    }

    @Test func aPluralWithAVerbOfItsOwnLaterStaysCounted() {
        #expect(Self.read("A crew of 20 firefighters the next morning found the body.") == ["20=20.0 [firefighters]"])
        #expect(Self.read("A panel of 5 experts the government appointed recommends a ban.") == ["5=5.0 [experts]"])
        #expect(Self.read("A troupe of 15 performs the show in three languages.") == ["15=15.0 [troupe]", "three=3.0 [languages]"])
    }

    @Test func oneOfARatioIsNoPerson() {
        #expect(Self.read("One woman in five experienced harassment at work.") == ["five=5.0"])
        #expect(Self.read("One child in 4 lived in poverty.").allSatisfy { !$0.hasPrefix("One") })
    }

    @Test func aCurrencysLevelQuotedPerAnotherMovesAgainstItsVerb() {
        #expect(Self.kinds("The yen weakened to 150 per dollar.") == ["150=150.0 count increase"])
        #expect(Self.kinds("The yen weakens to 150 per dollar.") == ["150=150.0 count increase"])
        #expect(Self.kinds("The rupee rose to 82 against the dollar.") == ["82=82.0 count decrease"])
        #expect(
            Self.kinds("The yen strengthened 1.1% to 140 per dollar.") == [
                "1.1%=1.1 percent percent increase", "140=140.0 count decrease",
            ])
        // Quoted in the other currency, or a price per unit: the verb's direction.
        #expect(Self.kinds("The euro rose to $1.12.") == ["$1.12=1.12 money USD increase"])
        #expect(Self.kinds("Prices rose to 40 per tonne.") == ["40=40.0 count increase"])
    }

    @Test func aBaseFormAfterANounNeedsItsObjectAndNoBareInfinitive() {
        #expect(Self.dates("Markets are pricing in a 25 basis point cut in June.", "2028-01-10") == ["June=2028-06-01..2028-06-30"])
        #expect(
            Self.dates("Tax cut in April will boost incomes, says Treasury.", "2028-01-10") == ["April=2028-04-01..2028-04-30"])
        #expect(Self.dates("Power cut on Friday expected to last six hours.", "2028-01-10") == ["on Friday=2028-01-14..2028-01-14"])
        #expect(
            Self.dates("The policy could see inflation hit 4% in October.", "2028-01-10") == ["October=2028-10-01..2028-10-31"])
        #expect(
            Self.dates("If inflation hit 5% in March, rates would rise.", "2028-01-10") == ["March=2028-03-01..2028-03-31"])
        #expect(
            Self.dates("Fishermen cast their nets in March when the herring arrive.", "2028-01-10") == [
                "March=2028-03-01..2028-03-31"
            ])
        // A verb that is seldom a noun needs no object; a name is an object.
        #expect(
            Self.dates("The chief executive quit in February after a row with investors.", "2028-01-10") == [
                "February=2027-02-01..2027-02-28"
            ])
        #expect(Self.dates("Trump hit China with tariffs in April.", "2028-01-10") == ["April=2027-04-01..2027-04-30"])
    }

    @Test func aRateOnlyInADayOrLessAndAHeadlinesMonthByItsWords() {
        #expect(Self.dates("He turns 18 in a week.", "2028-01-10") == ["in a week=2028-01-17..2028-01-17"])
        #expect(Self.dates("Critics Praise Strong August Wilson Revival", "2028-01-10").isEmpty)
        #expect(Self.dates("Hot July Predicted By Forecasters", "2028-01-10") == ["July=2028-07-01..2028-07-31"])
        #expect(Self.dates("Dismal December For High Street", "2028-06-20") == ["December=2027-12-01..2027-12-31"])
        #expect(
            Self.dates("Retailers Report Strong December As Shoppers Return", "2028-01-10") == [
                "December=2027-12-01..2027-12-31"
            ])
    }

    @Test func aRelativeYearRightBeforeAHolidayIsItsYear() {
        #expect(
            Self.dates("Last year Black Friday sales rose 7%.", "2025-11-10") == [
                "Last year=2024-01-01..2024-12-31", "Black Friday=2024-11-29..2024-11-29",
            ])
        #expect(
            Self.dates("Organisers cancelled last year's Bonfire Night displays.", "2024-10-20") == [
                "last year=2023-01-01..2023-12-31", "Bonfire Night=2023-11-05..2023-11-05",
            ])
        // Without one, the nearest as before; and the weekday a day falls on is no day.
        #expect(Self.dates("Black Friday sales rose 7%.", "2025-11-10") == ["Black Friday=2025-11-28..2025-11-28"])
        #expect(
            Self.dates("Christmas Day last year fell on a Wednesday.", "2025-03-10") == [
                "Christmas Day last year=2024-12-25..2024-12-25"
            ])
        #expect(Self.dates("The ceremony was held on a Monday.", "2027-12-01") == ["Monday=2027-11-29..2027-11-29"])
    }
}

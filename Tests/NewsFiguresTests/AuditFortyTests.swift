import Testing

@testable import NewsFigures

/// Audit 40's classes (counts in twenty new genres; dates on 2027-03-31, 2028-11-23 and 2028-01-02) and the left-alone cases
/// of the sessions before, each with the cases that must stay as they were.
@Suite struct AuditFortyCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func aStopWordClosingAHyphenatedCompound() {
        #expect(Self.read("The firm sold 9,870 plug-in hybrids.") == ["9,870=9870.0 [plug-in hybrids]"])
        #expect(Self.read("The city has 40 walk-in clinics.") == ["40=40.0 [walk-in clinics]"])
        #expect(
            Self.read("Registrations of plug-in hybrids jumped 41 per cent to 9,870.") == [
                "41 per cent=41.0 increase", "9,870=9870.0 increase [Registrations of plug-in hybrids]",
            ])
        // A stop word after the compound still ends the phrase.
        #expect(Self.read("The firm sold 9,870 plug-in hybrids in March.") == ["9,870=9870.0 [plug-in hybrids]"])
        #expect(Self.read("It sold 40 in March.") == ["40=40.0"])
    }

    @Test func aSecondVerbInIngDoneToPeople() {
        #expect(
            Self.read("The quake struck at dawn, killing at least 27 people and injuring 140.") == [
                "at least 27=27.0 min [people]", "140=140.0 [people]",
            ])
        #expect(Self.read("The blast killed 27 people, injuring 140.") == ["27=27.0 [people]", "140=140.0 [people]"])
        // Not a verb done to people after things, nor any other verb in "-ing".
        #expect(Self.read("The storm felled 300 trees, injuring 14.") == ["300=300.0 [trees]", "14=14.0"])
        #expect(
            Self.read("He has five triple-doubles in the last 10 games, getting four in victories.") == [
                "five=5.0 [triple-doubles]", "10=10.0 [games]", "four=4.0",
            ])
    }

    @Test func ofWhichAPastVerbAndAnAdverb() {
        #expect(
            Self.read("The quake damaged 4,800 buildings, of which 620 collapsed entirely.") == [
                "4,800=4800.0 [buildings]", "620=620.0 [buildings]",
            ])
        // An adverb in "-ly" before a plural is a modifier of the noun counted.
        #expect(Self.read("The couple adopted 5 family members.") == ["5=5.0 [family members]"])
    }

    @Test func atTheMostBeforeASuperlative() {
        #expect(Self.read("Tickets cost £40 at the most popular venues.") == ["£40=40.0"])
        #expect(Self.read("Rents rose 12% at the most sought-after blocks.") == ["12%=12.0 increase"])
        #expect(Self.read("It costs £5 at most stores.") == ["£5=5.0"])
        // At the clause's end, or before a comma, the bound.
        #expect(Self.read("It costs £40 at most.") == ["£40 at most=40.0 max"])
        #expect(Self.read("It costs £40 at the most, officials said.") == ["£40 at the most=40.0 max"])
    }

    @Test func aCapitalisedNameInSBeforeThePlural() {
        #expect(Self.read("Poland plans to buy 250 Abrams tanks.") == ["250=250.0 [Abrams tanks]"])
        #expect(Self.read("The firm bought 15 Mercedes vans.") == ["15=15.0 [Mercedes vans]"])
        // A capitalised plural alone is what is counted, before an adverb in "s" too.
        #expect(Self.read("Police arrested 12 Saudis.") == ["12=12.0 [Saudis]"])
        #expect(Self.read("About 40 Democrats sometimes vote with the government.") == ["About 40=40.0 approx [Democrats]"])
        #expect(Self.read("Police arrested 12 Saudis on Monday.") == ["12=12.0 [Saudis]"])
    }

    @Test func anEarlierLevelOverAModifier() {
        #expect(
            Self.read("The contract is worth A$1.4 billion, up from an initial estimate of A$1.1 billion.") == [
                "A$1.4 billion=1400000000.0 increase", "A$1.1 billion=1100000000.0 [initial estimate]",
            ])
        #expect(
            Self.read("The cost rose to £52 million, up from an original budget of £37 million.") == [
                "£52 million=52000000.0 increase", "£37 million=37000000.0 [original budget]",
            ])
        // A name after the article is no modifier of an earlier level: no change.
        #expect(
            Self.read("The fund holds £52 million, up from a Barclays estimate.") == ["£52 million=52000000.0"])
    }

    @Test func axeAndSlashInEveryForm() {
        #expect(Self.read("Meta To Axe 3,600 Jobs In Review") == ["3,600=3600.0 decrease [Jobs]"])
        #expect(Self.read("The bank axed 40 branches.") == ["40=40.0 decrease [branches]"])
        #expect(Self.read("The airline slashed 400 flights.") == ["400=400.0 decrease [flights]"])
        // Only what a cut takes away.
        #expect(Self.read("The chef slashed 20 onions.") == ["20=20.0 [onions]"])
    }

    @Test func coversOfARestaurant() {
        #expect(Self.read("The 120-cover bistro opens in May.") == ["120=120.0 [cover]"])
        // A book's cover is no count of covers.
        #expect(Self.read("The 120-page book has a cover by Hockney.") == ["120=120.0 [page]"])
    }

    @Test func aModelWithACapitalInsideIt() {
        #expect(Self.read("Apple sold 52 million iPhone 16 handsets.") == ["52 million=52000000.0 [handsets]"])
        #expect(Self.read("Samsung shipped 58 million Galaxy S25 phones.") == ["58 million=58000000.0 [phones]"])
        // A lower-case word before a number is no name.
        #expect(Self.read("They sold 52 million model 16 handsets.") == ["52 million=52000000.0"])
    }

    @Test func aHeadlineSubjectOverAPlace() {
        #expect(
            Self.read("Smartphone Sales In Europe Fall To 31 Million") == ["31 Million=31000000.0 decrease [Smartphone Sales]"])
        #expect(Self.read("Avalanche Deaths In Austria Fall To 9") == ["9=9.0 decrease [Avalanche Deaths]"])
        // In prose, a capitalised word before the place is a name, no plural counted.
        #expect(Self.read("Visits to Sales In Europe fell to 31 million.") == ["31 million=31000000.0 decrease [Visits]"])
    }

    @Test func overSpreadingThingsCountedOverOthers() {
        #expect(
            Self.read("The 176 riders face 3,338 kilometres over 21 stages.") == [
                "176=176.0 [riders]", "3,338=3338.0 [kilometres]", "21=21.0 [stages]",
            ])
        #expect(Self.read("Police seized 300 guns over 40 raids.") == ["300=300.0 [guns]", "40=40.0 [raids]"])
        // A bound elsewhere: after no count, before no plural, or before a span of time.
        #expect(Self.read("Attendance reached over 40,000.") == ["over 40,000=40000.0 min [Attendance]"])
        #expect(Self.read("The firm employs over 300 drivers.") == ["over 300=300.0 min [drivers]"])
        #expect(Self.read("The club has 3,000 members over 18 years old.").first == "3,000=3000.0 [members]")
        #expect(Self.read("The club has 3,000 members over 18 years old.").count == 2)
        #expect(Self.read("The club has 3,000 members over 18 years old.").last?.contains("min") == true)
    }

    @Test func aYearBeforeTheVerbOfAPhrasesSubject() {
        #expect(Self.read("The law passed in 2024 comes into force in May.") == [])
        #expect(Self.read("The plan agreed in 2022 remains in place.") == [])
        // A plural after the year is counted, and so is one after a verb's "in".
        #expect(Self.read("The storm resulted in 2000 deaths.") == ["2000=2000.0 [deaths]"])
        #expect(Self.read("The firm opened 2024 homes last year.") == ["2024=2024.0 [homes]"])
    }
}

@Suite struct AuditFortyDatesTests {
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func aYearBeforeTheVerbOfAPhrasesSubject() {
        #expect(
            Self.dates("The law passed in 2024 comes into force next month.", "2027-05-01") == [
                "2024=2024-01-01..2024-12-31", "next month=2027-06-01..2027-06-30",
            ])
        #expect(Self.dates("The rule adopted in 2023 takes effect in May.", "2027-03-01").first == "2023=2023-01-01..2023-12-31")
    }

    @Test func daysCountedToAWeekday() {
        #expect(
            Self.dates("Cases fell 10% in the seven days to Sunday.", "2027-10-11") == [
                "the seven days to Sunday=2027-10-04..2027-10-10"
            ])
        #expect(
            Self.dates("In the 14 days to Friday, 300 arrests were made.", "2027-10-11") == ["the 14 days to Friday=2027-09-25..2027-10-08"]
        )
        #expect(
            Self.dates("The plant was shut in the fortnight to Sunday.", "2027-03-31") == ["the fortnight to Sunday=2027-03-15..2027-03-28"]
        )
        #expect(
            Self.dates("The plant was shut in the two weeks to Sunday.", "2027-03-31") == ["the two weeks to Sunday=2027-03-15..2027-03-28"]
        )
        // The period before it counts back from its first day.
        #expect(
            Self.dates("In the seven days to Sunday, 4,200 people tested positive, up from 3,900 in the previous seven days.", "2027-10-11")
                == ["the seven days to Sunday=2027-10-04..2027-10-10", "previous seven days=2027-09-27..2027-10-03"])
        // One day counted back with "a", and a day with no "the" before its count, stay one day.
        #expect(
            Self.dates("Sales rose three days before Christmas.", "2027-12-28") == [
                "three days before=2027-12-22..2027-12-22", "Christmas=2027-12-25..2027-12-25",
            ])
        #expect(Self.dates("Cases fell 10% in the week to Sunday.", "2027-10-11") == ["the week to Sunday=2027-10-04..2027-10-10"])
    }

    @Test func daysBeforeAHolidayUnderWay() {
        #expect(
            Self.dates("Traffic peaked in the week before Christmas.", "2027-12-24") == ["the week before Christmas=2027-12-18..2027-12-24"]
        )
        #expect(
            Self.dates("Traffic peaked in the two weeks before Christmas.", "2027-12-24") == [
                "the two weeks before Christmas=2027-12-11..2027-12-24"
            ])
        // Not yet begun: last year's; a year named before it keeps it, and one after it that dates another leaves it.
        #expect(
            Self.dates("Last year traffic peaked in the week before Christmas.", "2027-12-24") == [
                "Last year=2026-01-01..2026-12-31", "the week before Christmas=2026-12-18..2026-12-24",
            ])
        #expect(
            Self.dates(
                "Retailers reported a 5% rise in the week before Christmas, compared with the week before Christmas 2026.", "2027-12-24")
                == ["the week before Christmas=2027-12-18..2027-12-24", "the week before Christmas 2026=2026-12-18..2026-12-24"])
        #expect(
            Self.dates("Traffic peaked in the week before Christmas.", "2027-12-10") == ["the week before Christmas=2026-12-18..2026-12-24"]
        )
        #expect(
            Self.dates("Shoppers spent £2bn in the week before Christmas last year.", "2027-12-24") == [
                "the week before Christmas last year=2026-12-18..2026-12-24"
            ])
        #expect(
            Self.dates("Retail sales in the week before Christmas were 4% higher than in the same week last year.", "2028-01-02") == [
                "the week before Christmas=2027-12-18..2027-12-24", "the same week last year=2026-12-18..2026-12-24",
            ])
    }

    @Test func wouldOfAQuarterOrHalf() {
        #expect(
            Self.dates("He told analysts that margins would recover in the second half of the year.", "2027-03-31") == [
                "the second half=2027-07-01..2027-12-31"
            ])
        #expect(
            Self.dates("He said margins would recover in the third quarter.", "2027-03-31") == ["the third quarter=2027-07-01..2027-09-30"])
        // Told in the past, gone by; one just ended, or a year named before it, keeps the reported one.
        #expect(Self.dates("He said margins recovered in the third quarter.", "2027-03-31") == ["the third quarter=2026-07-01..2026-09-30"])
        #expect(
            Self.dates("The company said profit would rise 5% in the fourth quarter.", "2028-01-02") == [
                "the fourth quarter=2027-10-01..2027-12-31"
            ])
        #expect(
            Self.dates("Last year the company said profit would rise 5% in the fourth quarter.", "2027-06-14") == [
                "Last year=2026-01-01..2026-12-31", "the fourth quarter=2026-10-01..2026-12-31",
            ])
    }

    @Test func havingWithAParticipleLikeItsBase() {
        #expect(
            Self.dates("Having cut rates in September, the Fed is widely expected to hold them in December.", "2028-11-23") == [
                "September=2028-09-01..2028-09-30", "December=2028-12-01..2028-12-31",
            ])
        #expect(Self.dates("The Fed will hold rates, having cut them in September.", "2028-11-23") == ["September=2028-09-01..2028-09-30"])
        // Irregular participles too; not "set", whose object is as often a day to come.
        #expect(
            Self.dates("Having beaten Spain in March, England will play France in September.", "2027-06-14") == [
                "March=2027-03-01..2027-03-31", "September=2027-09-01..2027-09-30",
            ])
        #expect(
            Self.dates("Having set a deadline of September, the union will strike if talks fail.", "2027-06-14") == [
                "September=2027-09-01..2027-09-30"
            ])
        // "cut" with no "having" in a sentence of what is to come is ahead.
        #expect(Self.dates("The Fed will cut rates in September.", "2028-11-23") == ["September=2029-09-01..2029-09-30"])
    }

    @Test func aPastVerbInTheOtherEventsClause() {
        #expect(
            Self.dates("Retailers are counting on Black Friday to rescue the season after sales in October fell.", "2028-11-23") == [
                "Black Friday=2028-11-24..2028-11-24", "October=2028-10-01..2028-10-31",
            ])
        #expect(Self.dates("The shop reopens on Black Friday after sales fell.", "2028-11-23") == ["Black Friday=2028-11-24..2028-11-24"])
        // With no present verb before it, the past verb is the sentence's.
        #expect(
            Self.dates("Traffic on New Year's Eve after the storm was light.", "2028-11-23") == [
                "New Year's Eve=2027-12-31..2027-12-31"
            ])
    }

    @Test func aParticipleOfSayingOpensItsClause() {
        #expect(
            Self.dates("Footfall on Saturday was flat, the firm said, adding that it expected trading to weaken.", "2028-01-02") == [
                "on Saturday=2028-01-01..2028-01-01"
            ])
        #expect(
            Self.dates(
                "The office said on Friday in a flash estimate, adding that it would publish the figures on February 16.", "2028-01-02")
                == ["on Friday=2027-12-31..2027-12-31", "February 16=2028-02-16..2028-02-16"])
        // A future after the participle stays ahead.
        #expect(
            Self.dates("Sales fell, the firm said, adding that it expected to reopen on Saturday.", "2028-01-02") == [
                "on Saturday=2028-01-08..2028-01-08"
            ])
    }

    @Test func aPresentEventVerbAfterAModelsNumber() {
        #expect(Self.dates("The iPhone 19 goes on sale on 20 September.", "2028-01-02") == ["20 September=2028-09-20..2028-09-20"])
        #expect(Self.dates("Windows 12 launches on Tuesday.", "2028-01-02") == ["on Tuesday=2028-01-04..2028-01-04"])
        // A plural after a number is no verb.
        #expect(Self.dates("England won by 48 runs on Sunday.", "2028-01-04") == ["on Sunday=2028-01-02..2028-01-02"])
    }

    @Test func theFollowingWeek() {
        #expect(
            Self.dates("The PM will address parliament on Thursday before travelling to Washington the following week.", "2027-03-31")
                == ["on Thursday=2027-04-01..2027-04-01", "the following week=2027-04-05..2027-04-11"])
        #expect(
            Self.dates("Unions will strike from Thursday to Saturday, and services the following week could be disrupted.", "2027-03-31")
                == ["from Thursday to Saturday=2027-04-01..2027-04-03", "the following week=2027-04-05..2027-04-11"])
        // Not from a month, nor with no day in its sentence or the one before.
        #expect(Self.dates("The bill passed in March and was signed the following week.", "2027-06-14") == ["March=2027-03-01..2027-03-31"])
        #expect(
            Self.dates("The talks ended on Friday. Officials left. The following week the strike began.", "2027-03-31") == [
                "on Friday=2027-03-26..2027-03-26"
            ])
        #expect(Self.dates("Services the following week could be disrupted.", "2027-03-31").isEmpty)
    }
}

/// Audit 41's classes (counts in twenty more genres; dates on 2027-09-30, 2028-03-01 and 2027-11-01).
@Suite struct AuditFortyOneCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func anAgeAfterACountAndBe() {
        #expect(
            Self.read("Of the 1,340 people helped, 412 were under 25 and 96 were veterans.") == [
                "1,340=1340.0 [people]", "412=412.0 [people]", "96=96.0 [people]",
            ])
        #expect(Self.read("Of the guests, 40% were under 25.") == ["40%=40.0"])
        #expect(Self.read("Of the 30 candidates, twelve were over 50.") == ["30=30.0 [candidates]", "twelve=12.0 [candidates]"])
        #expect(Self.read("Half were under 25.").isEmpty)
        // Not after a noun counted before "be", nor before a noun of its own.
        #expect(Self.read("Prices were under 25 pence.").count == 1)
        #expect(Self.read("Of the 300 tests, 12 were over 50 units.").last?.contains("min") == true)
    }

    @Test func aPrepositionsPhraseOfTwoNouns() {
        #expect(Self.read("Collisions between cyclists and buses rose to 92.") == ["92=92.0 increase [Collisions]"])
        #expect(Self.read("Households with children rose to 3 million.") == ["3 million=3000000.0 increase [Households]"])
        // A plural after the verb is what is counted.
        #expect(Self.read("Collisions between cyclists and buses killed 12 riders.") == ["12=12.0 [riders]"])
    }

    @Test func aMassNounAfterAPluralsOf() {
        #expect(
            Self.read("Seizures of crystal meth rose to 1,120 last year from 870.") == [
                "1,120=1120.0 increase [Seizures of crystal meth]", "870=870.0 [Seizures of crystal meth]",
            ])
        #expect(Self.read("Seizures of heroin rose to 1,120.") == ["1,120=1120.0 increase [Seizures of heroin]"])
        // As a plural after a unit's "of" does; not a name after it.
        #expect(Self.read("Tonnes of waste rose to 1,120.") == ["1,120=1120.0 increase [Tonnes of waste]"])
        #expect(Self.read("Tonnes of plastics rose to 1,120.") == ["1,120=1120.0 increase [Tonnes of plastics]"])
        #expect(Self.read("Shares of Apple rose to 1,120.") == ["1,120=1120.0 increase"])
    }

    @Test func nounsInIsAndAsAreNoPlurals() {
        #expect(Self.read("Police found 2,300 cannabis plants.") == ["2,300=2300.0 [cannabis plants]"])
        #expect(Self.read("The park has 12 tennis courts.") == ["12=12.0 [tennis courts]"])
        // Plurals in "-as" and "-is" still are.
        #expect(Self.read("The city has 40 cinemas.") == ["40=40.0 [cinemas]"])
        #expect(Self.read("The rank holds 12 taxis.") == ["12=12.0 [taxis]"])
    }

    @Test func aLabelAfterAParticiplesIn() {
        #expect(Self.read("Archaeologists working in trench 7 have uncovered 87 amphorae.") == ["87=87.0 [amphorae]"])
        // Before a plural it counts: a measure, or things in the place.
        #expect(Self.read("He fell into a trench 3 metres deep.") == ["3=3.0 [metres]"])
        #expect(Self.read("In the pit 12 miners were trapped.") == ["12=12.0 [miners]"])
        #expect(Self.read("The team dug 7 trenches.") == ["7=7.0 [trenches]"])
    }
}

@Suite struct AuditFortyOneDatesTests {
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func aPastVerbsObjectOverAModifier() {
        #expect(
            Self.dates("Ministers, who announced the tax rise on Monday, will face MPs next week.", "2027-09-30") == [
                "on Monday=2027-09-27..2027-09-27", "next week=2027-10-04..2027-10-10",
            ])
        #expect(Self.dates("Ministers announced the housing plans on Monday.", "2027-09-30") == ["on Monday=2027-09-27..2027-09-27"])
        // A subject and its present verb at the sentence's start are ahead.
        #expect(Self.dates("The tax rises on Monday.", "2027-09-30") == ["on Monday=2027-10-04..2027-10-04"])
    }

    @Test func bringAndDelayThatMoveNoDay() {
        #expect(
            Self.dates("Forecasters warned on Wednesday that Storm Ada would bring gales from Saturday to Monday.", "2027-09-30") == [
                "on Wednesday=2027-09-29..2027-09-29", "from Saturday to Monday=2027-10-02..2027-10-04",
            ])
        #expect(
            Self.dates("Commuters faced delays from Monday to Wednesday.", "2028-03-01") == [
                "from Monday to Wednesday=2028-02-28..2028-03-01"
            ])
        // With its particle, or a thing held on a day as its object, "bring" moves a day.
        #expect(
            Self.dates("The council brought the meeting from Thursday to Tuesday.", "2028-01-02") == [
                "Thursday=2028-01-06..2028-01-06", "Tuesday=2028-01-04..2028-01-04",
            ])
        #expect(
            Self.dates("The council brought the vote forward from Friday to Thursday.", "2027-09-30") == [
                "Friday=2027-10-01..2027-10-01", "Thursday=2027-09-30..2027-09-30",
            ])
    }

    @Test func aRelativeYearAfterARange() {
        #expect(
            Self.dates("The accord will be signed between March and May next year.", "2027-09-30") == [
                "between March and May next year=2028-03-01..2028-05-31"
            ])
        #expect(
            Self.dates("Sales fell between March and May last year.", "2027-09-30") == [
                "between March and May last year=2026-03-01..2026-05-31"
            ])
        #expect(
            Self.dates("The works ran between January and February next year.", "2027-09-30") == [
                "between January and February next year=2028-01-01..2028-02-29"
            ])
        // A range across the new year is of the year it ends in.
        #expect(
            Self.dates("Shoppers spent more from December to February this year.", "2027-06-14") == [
                "from December to February this year=2026-12-01..2027-02-28"
            ])
        // Not one of another clause.
        #expect(
            Self.dates("Sales fell between March and May, and next year they will rise.", "2027-09-30") == [
                "between March and May=2027-03-01..2027-05-31", "next year=2028-01-01..2028-12-31",
            ])
    }

    @Test func theNextDayIsNoTimeAhead() {
        #expect(
            Self.dates("Police were called on Saturday and he was charged the next day.", "2027-11-01") == [
                "on Saturday=2027-10-30..2027-10-30", "the next day=2027-10-31..2027-10-31",
            ])
        // Nor is "the next morning" a time ahead of the published day: the day after the one told, as a part of a day.
        #expect(
            Self.dates("Firefighters were called on Saturday and the blaze was not controlled until the next morning.", "2027-11-01")
                == ["on Saturday=2027-10-30..2027-10-30", "the next morning=2027-10-31..2027-10-31"])
        #expect(
            Self.dates("The suspect was arrested on Friday; he had been seen the previous evening.", "2027-11-01") == [
                "on Friday=2027-10-29..2027-10-29", "the previous evening=2027-10-28..2027-10-28",
            ])
        // With no day told before, none.
        #expect(Self.dates("The next morning the roads were clear.", "2027-11-01").isEmpty)
    }

    @Test func andSaidOpensAClause() {
        #expect(
            Self.dates("The retailer posted a loss on Tuesday and said it expected trading to remain weak.", "2028-03-01") == [
                "on Tuesday=2028-02-29..2028-02-29"
            ])
        #expect(
            Self.dates("The retailer will post results on Tuesday and said it expected a loss.", "2028-03-01") == [
                "on Tuesday=2028-03-07..2028-03-07"
            ])
    }

    @Test func twoDaysRunningBeforeAPreposition() {
        #expect(
            Self.dates("The line will be closed over the weekend of March 11 and 12 for further repairs.", "2028-03-01") == [
                "March 11 and 12=2028-03-11..2028-03-12"
            ])
        #expect(Self.dates("Voting takes place on May 6 and 7 in Scotland.", "2028-01-02") == ["May 6 and 7=2028-05-06..2028-05-07"])
        // Not before a verb or "of", a range's "to", a day's "by", or with a verb later that wants it as its subject.
        #expect(Self.dates("On July 29 and 30 were killed in the fighting.", "2028-03-01") == ["July 29=2027-07-29..2027-07-29"])
        #expect(
            Self.dates("Four had been arrested by March 11 and 12 by March 20.", "2027-09-30") == [
                "March 11=2027-03-11..2027-03-11", "March 20=2027-03-20..2027-03-20",
            ])
        #expect(
            Self.dates("On August 14 and 15 with injuries were taken to hospital.", "2027-11-01") == ["August 14=2027-08-14..2027-08-14"])
    }
}

/// Audit 42's classes (a held-out measure on 1f1a21e: counts in twenty more genres; dates on 2027-04-19, 2028-07-04 and
/// 2027-12-31).
@Suite struct AuditFortyTwoTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func anAdverbAfterTheVerbOfChange() {
        #expect(Self.read("Fish kills on the river have risen sharply, to 37.") == ["37=37.0 increase [Fish kills]"])
        #expect(Self.read("Fish kills rose sharply to 37.") == ["37=37.0 increase [Fish kills]"])
        // A capitalised word there is no adverb of the path, nor is a word not in "-ly".
        #expect(Self.read("Fish kills rose Sharply to 37.") == ["37=37.0"])
        #expect(Self.read("Fish kills rose fast to 37.") == ["37=37.0"])
    }

    @Test func placesOutsideAndWithin() {
        #expect(
            Self.read("Bus journeys outside London fell 4% to around 800,000.") == [
                "4%=4.0 decrease", "around 800,000=800000.0 approx decrease [Bus journeys]",
            ])
        // Not the plural of the place: "Homes within flood zones" counts homes.
        #expect(Self.read("Homes within flood zones rose to 5.2 million.") == ["5.2 million=5200000.0 increase [Homes]"])
    }

    @Test func ledAsAPastAfterAPart() {
        #expect(
            Self.read("Of the 1,480 reported assaults, 312 led to a charge.") == [
                "1,480=1480.0 [reported assaults]", "312=312.0 [reported assaults]",
            ])
        // Before a plural it is the lights'.
        #expect(Self.read("The firm installed 1,000 led lights.") == ["1,000=1000.0 [led lights]"])
    }

    @Test func moreThingsCountedInACompound() {
        #expect(Self.read("The farm runs a 450-cow unit.") == ["450=450.0 [cow]"])
        #expect(Self.read("The band announced a 20-date tour.") == ["20=20.0 [date]"])
        // Not a span of time.
        #expect(Self.read("The band signed a 5-year deal.").isEmpty)
    }

    @Test func sinceADayIsGone() {
        #expect(
            Self.dates("The road has been closed since Saturday and will reopen on Thursday.", "2028-07-04") == [
                "Saturday=2028-07-01..2028-07-01", "on Thursday=2028-07-06..2028-07-06",
            ])
        // Not a "since" of cause.
        #expect(
            Self.dates("Since Friday is a holiday, the office will close early on Thursday.", "2027-04-19") == [
                "Friday=2027-04-23..2027-04-23", "on Thursday=2027-04-22..2027-04-22",
            ])
    }

    @Test func havingAndAnAdverbNotInLy() {
        #expect(
            Self.dates("The firm said sales would fall, having already cut its forecast in October.", "2027-12-31") == [
                "October=2027-10-01..2027-10-31"
            ])
    }

    @Test func weekdaysToADayOfNextWeek() {
        #expect(
            Self.dates("Trains will run from Monday to Thursday next week.", "2027-04-19") == [
                "from Monday to Thursday next week=2027-04-26..2027-04-29"
            ])
        #expect(
            Self.dates("Trains ran from Monday to Thursday last week.", "2027-04-19") == [
                "from Monday to Thursday last week=2027-04-12..2027-04-15"
            ])
        #expect(
            Self.dates("The festival runs from Friday to Monday next week.", "2028-07-04") == [
                "from Friday to Monday next week=2028-07-07..2028-07-10"
            ])
    }

    @Test func thePreviousWeekOfADayTold() {
        #expect(
            Self.dates("The firm met the union on Thursday and had met it the previous week.", "2027-03-31") == [
                "on Thursday=2027-03-25..2027-03-25", "the previous week=2027-03-15..2027-03-21",
            ])
        // With no day told before, the week before the published day's.
        #expect(Self.dates("Sales were up 5% on the previous week.", "2027-03-31") == ["previous week=2027-03-22..2027-03-28"])
    }
}

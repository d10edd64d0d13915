import Testing

@testable import NewsFigures

/// Audit 54's classes (counts in twenty new genres, published 2030-07-19; dates on 2028-03-17, St Patrick's Day, 2029-11-22,
/// Thanksgiving, and 2030-04-21, Easter Sunday), and audit 53's refer-back classes beside them, each with its near misses.
@Suite struct AuditFiftyFourTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func kinds(_ text: String) -> [String] { AuditFortyThreeCountsTests.kinds(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func aLevelAParticipleGoesOnToCountsWhatWasCounted() {
        #expect(
            Self.read("The final drew an average audience of 6.1 million, peaking at 7.3 million, the BBC said.") == [
                "6.1 million=6100000.0 [audience]", "7.3 million=7300000.0 [audience]",
            ])
        #expect(
            Self.read("The show drew 4.2 million viewers, reaching 5 million in the final minutes.") == [
                "4.2 million=4200000.0 [viewers]", "5 million=5000000.0 [viewers]",
            ])
        // Not with no comma, nor past a change's own figure.
        #expect(
            Self.read("The show drew 4.2 million viewers before peaking at 5 million.") == [
                "4.2 million=4200000.0 [viewers]", "5 million=5000000.0",
            ])
    }

    @Test func aShortfallAfterACommaCountsWhatWasCounted() {
        #expect(
            Self.read("The Army recruited 9,720 regular soldiers last year, about 2,000 short of its target.") == [
                "9,720=9720.0 [regular soldiers]", "about 2,000=2000.0 approx [regular soldiers]",
            ])
        // A shortfall of the amount before it is no count of things.
        #expect(Self.read("The club scored 40 goals, 12 shy of the record.") == ["40=40.0 [goals]", "12=12.0 [goals]"])
        #expect(Self.read("Turnout was 40 short of the quorum.") == ["40=40.0"])
    }

    @Test func aPartAfterWithCountsWhatWasCounted() {
        #expect(
            Self.read("The carmaker will take on 150 apprentices this year, with 90 in engineering roles.") == [
                "150=150.0 [apprentices]", "90=90.0 [apprentices]",
            ])
        #expect(
            Self.read("Britain has lost 3,000 dairy farms in 20 years, with just 7,130 left.") == [
                "3,000=3000.0 decrease [dairy farms]", "7,130=7130.0 [dairy farms]",
            ])
        // Its own noun keeps it; no comma, no part.
        #expect(Self.read("The team has 400 volunteers, with 120 new recruits.") == ["400=400.0 [volunteers]", "120=120.0 [recruits]"])
        #expect(Self.read("The charity has 400 volunteers with 120 in Leeds.") == ["400=400.0 [volunteers]", "120=120.0"])
    }

    @Test func theFigureOrTheTotalReachingALevelCountsWhatWasCounted() {
        #expect(
            Self.read("Spain welcomed 94 million tourists in 2026, and officials expect the figure to pass 100 million this year.") == [
                "94 million=94000000.0 [tourists]", "pass 100 million=100000000.0 min [tourists]",
            ])
        #expect(
            Self.read("Spain welcomed 94 million tourists in 2026. The total is expected to reach 100 million.") == [
                "94 million=94000000.0 [tourists]", "100 million=100000000.0 [tourists]",
            ])
        // With nothing counted before, nothing to refer to; "the number of" names its own.
        #expect(Self.read("The figure is expected to reach 100 million this year.") == ["100 million=100000000.0"])
        #expect(
            Self.read("Police made 40 arrests. The number of fines is expected to reach 100.") == [
                "40=40.0 [arrests]", "100=100.0 [fines]",
            ])
    }

    @Test func irregularPluralsAreCounted() {
        #expect(Self.read("Inspectors found 8 lice on each fish.") == ["8=8.0 [lice]"])
        #expect(Self.read("The farm keeps 30 oxen.") == ["30=30.0 [oxen]"])
        #expect(Self.read("The casino seized 400 dice.") == ["400=400.0 [dice]"])
    }

    @Test func anInfinitiveAfterToInAHeadlineCountsItsPlural() {
        #expect(Self.read("Yorkshire Coast Village Faces £3m Bill To Relocate 40 Caravans") == ["£3m=3000000.0", "40=40.0 [Caravans]"])
        #expect(Self.read("Council Plans To Demolish 40 Garages") == ["40=40.0 [Garages]"])
        // Not under ten (a title's sequel), a model, a year or a number to call.
        #expect(Self.read("Road To Perdition 2 Opens In Cinemas").isEmpty)
        #expect(Self.read("Boeing To Build 737 Max Jets In Seattle").isEmpty)
        #expect(Self.read("Government To Protect 999 Services").isEmpty)
    }

    @Test func aHeadlinePossessorsCountBeforeACapitalisedPlural() {
        #expect(Self.read("Scotland's 5 Ski Centres Share £4.5m") == ["5=5.0 [Ski Centres]", "£4.5m=4500000.0"])
        // A model after a possessive stays a name; so does a number word, "Ocean's Twelve".
        #expect(Self.read("Boeing's 737 Max Jets Grounded Again").isEmpty)
        #expect(Self.read("Ocean's Twelve Returns To Cinemas").isEmpty)
    }

    @Test func anAgeAfterAgedAndABound() {
        #expect(
            Self.kinds("The birth rate for women aged under 35 reached 36 per cent.") == ["36 per cent=36.0 percent percent"])
        #expect(Self.read("Women aged over 40 were invited.").isEmpty)
        // A count of people after it is still one.
        #expect(Self.read("The clinic treated women aged under 35 and 120 men.") == ["120=120.0 [men]"])
    }

    @Test func aChangeMeasuredInACurrencyOrTermsCarriesToItsLevel() {
        #expect(
            Self.kinds("Sales fell 3% in units but rose 2% in dollars to $1.02 billion.") == [
                "3%=3.0 percent percent decrease", "2%=2.0 percent percent increase",
                "$1.02 billion=1020000000.0 money USD increase",
            ])
        #expect(
            Self.kinds("Sales rose 2% in sterling terms to £40m.") == [
                "2%=2.0 percent percent increase", "£40m=40000000.0 money GBP increase",
            ])
        #expect(
            Self.kinds("Revenue fell 4% in local currency to €3bn.") == [
                "4%=4.0 percent percent decrease", "€3bn=3000000000.0 money EUR decrease",
            ])
        // Not a place after "in": where the level went.
        #expect(
            Self.kinds("Exports rose 2% in March to 30 countries.") == ["2%=2.0 percent percent increase", "30=30.0 count"])
    }

    @Test func aBaseFormAfterASingularNounIsANounOfTheObject() {
        #expect(
            Self.kinds("The government will increase funding for the community pharmacy contract by £617m to £3.1bn.") == [
                "£617m=617000000.0 money GBP increase", "£3.1bn=3100000000.0 money GBP increase",
            ])
        // The verb itself: after a modal, or a plural's phrase with no verb of change before.
        #expect(Self.kinds("The economy will contract by 2%.") == ["2%=2.0 percent percent decrease"])
        #expect(Self.kinds("Costs at the firm rise by 5%.") == ["5%=5.0 percent percent increase"])
    }

    @Test func aHeadOfOfBeforeAPlaceIsTheSubjectOfItsChange() {
        #expect(
            Self.read("Seizures of ketamine at the border rose from 310 in 2027 to 1,050 last year.") == [
                "310=310.0 [Seizures of ketamine]", "1,050=1050.0 increase [Seizures of ketamine]",
            ])
        #expect(
            Self.read("Breeding pairs of puffins on the Farne Islands fell by 42% to about 21,700.") == [
                "42%=42.0 decrease", "about 21,700=21700.0 approx decrease [Breeding pairs of puffins]",
            ])
        // Not a word of a count before "of", as without the place.
        #expect(Self.read("Numbers of visitors at the park rose to 4,000.") == ["4,000=4000.0 increase [visitors]"])
    }

    @Test func anOrdinalJoinedToAnotherBeforeANounIsNoDay() {
        #expect(Self.dates("The 18th green was closed after the 4th and 5th fairways flooded overnight.", "2028-03-17").isEmpty)
        // With its month, or ending the phrase, days.
        #expect(
            Self.dates("The sale runs on the 24th and 25th of March.", "2028-03-17") == [
                "the 24th=2028-03-24..2028-03-24", "25th of March=2028-03-25..2028-03-25",
            ])
        #expect(
            Self.dates("The fair opens on the 24th and closes on the 25th.", "2028-03-17") == [
                "the 24th=2028-03-24..2028-03-24", "the 25th=2028-03-25..2028-03-25",
            ])
    }

    @Test func aComparisonWithWhatWasForeseenIsNoPast() {
        #expect(
            Self.dates("The new terminal is now due to open on Jan. 15, two weeks later than planned.", "2029-11-22") == [
                "Jan. 15=2030-01-15..2030-01-15"
            ])
        #expect(Self.dates("The terminal will open on Jan. 15, later than expected.", "2029-11-22") == ["Jan. 15=2030-01-15..2030-01-15"])
        // A past of its own still dates the day gone.
        #expect(Self.dates("The terminal opened on Jan. 15, later than planned.", "2029-11-22") == ["Jan. 15=2029-01-15..2029-01-15"])
    }

    @Test func aPastIntentDatesTheNearestDay() {
        #expect(
            Self.dates("A judge on Monday blocked the rule, which had been set to take effect on Dec. 1.", "2029-11-22") == [
                "on Monday=2029-11-19..2029-11-19", "Dec. 1=2029-12-01..2029-12-01",
            ])
        #expect(Self.dates("The plant was due to open on Oct. 3 but never did.", "2029-11-22") == ["Oct. 3=2029-10-03..2029-10-03"])
        // Not a past with no intent.
        #expect(Self.dates("The rule took effect on Dec. 1.", "2029-11-22") == ["Dec. 1=2028-12-01..2028-12-01"])
    }

    @Test func aDayRearrangedForIsTheNearest() {
        #expect(
            Self.dates("The match was called off because of a waterlogged pitch and has been rearranged for April 3.", "2028-03-17") == [
                "April 3=2028-04-03..2028-04-03"
            ])
        #expect(Self.dates("The match has been rearranged for March 3.", "2028-03-17") == ["March 3=2028-03-03..2028-03-03"])
    }

    @Test func aParticipleAfterAPrepositionsNounIsNoPast() {
        #expect(
            Self.dates("UPS said it could not guarantee delivery before Christmas for ground parcels shipped after Dec. 14.", "2029-11-22")
                == ["Christmas=2029-12-25..2029-12-25", "Dec. 14=2029-12-14..2029-12-14"])
        // The clause's own verb after a preposition's phrase, with no modal or "be" before it.
        #expect(Self.dates("Talks on the deal collapsed on Monday.", "2029-11-22") == ["on Monday=2029-11-19..2029-11-19"])
        #expect(Self.dates("Sales of the cars jumped on Dec. 14.", "2029-11-22") == ["Dec. 14=2028-12-14..2028-12-14"])
    }

    @Test func aHolidayListedAfterAnotherTakesTheDayNearestIt() {
        #expect(
            Self.dates(
                "The FTSE 100 closed at a record high on Thursday, with London markets shut on Good Friday and Easter Monday.", "2030-04-21"
            )
                == [
                    "on Thursday=2030-04-18..2030-04-18", "Good Friday=2030-04-19..2030-04-19", "Easter Monday=2030-04-22..2030-04-22",
                ])
        #expect(
            Self.dates("Ski resorts say they are almost fully booked between Christmas and New Year's Day.", "2029-11-22") == [
                "between Christmas and New Year's Day=2029-12-25..2030-01-01"
            ])
        // Not a choice between two holidays.
        #expect(
            !Self.dates("Some staff will choose between Christmas and Hanukkah celebrations.", "2029-12-15").contains {
                $0.hasPrefix("between")
            })
        // A holiday alone keeps its own reading.
        #expect(Self.dates("Markets were shut on Easter Monday.", "2030-04-21") == ["Easter Monday=2029-04-02..2029-04-02"])
    }

    @Test func anEarlierPartComparedWithOneOfAYearWrittenIsOfThatYear() {
        #expect(
            Self.dates("Client companies created 9,400 jobs in H2 2027, up from 7,100 in the first half.", "2028-03-17") == [
                "H2 2027=2027-07-01..2027-12-31", "the first half=2027-01-01..2027-06-30",
            ])
        #expect(
            Self.dates("Sales rose 4% in Q4 2027 compared with the third quarter.", "2028-03-17") == [
                "Q4 2027=2027-10-01..2027-12-31", "the third quarter=2027-07-01..2027-09-30",
            ])
        // No comparison: the part is read on its own.
        #expect(
            Self.dates("Sales rose in Q4 2027 and the firm expects growth in the first quarter.", "2028-03-17") == [
                "Q4 2027=2027-10-01..2027-12-31", "the first quarter=2028-01-01..2028-03-31",
            ])
    }

    @Test func aBareCountRefersBackToTheMainCountOnly() {
        // Not one in a phrase of where or when, a modifier, a list of two, or another clause.
        #expect(
            Self.read("Police said 60 people were arrested over 2 nights of rioting, hitting 90 by Sunday.") == [
                "60=60.0 [people]", "over 2=2.0 min [nights of rioting]", "90=90.0 [people]",
            ])
        #expect(
            Self.read("Republicans hold 49 seats in the 100-member chamber, 2 short of a working majority.") == [
                "49=49.0 [seats]", "100=100.0 [member]", "2=2.0 [seats]",
            ])
        #expect(
            Self.read("The ferry was carrying 300 passengers and 40 crew, around 100 short of capacity.") == [
                "300=300.0 [passengers]", "40=40.0 [crew]", "around 100=100.0 approx",
            ])
        #expect(
            Self.read("The company sold 4 million cars and 2 million vans last year. The total is set to reach 7 million in 2031.") == [
                "4 million=4000000.0 [cars]", "2 million=2000000.0 [vans]", "7 million=7000000.0",
            ])
        #expect(
            Self.read("The team lost 3 games in March while crowds dwindled, hitting 12,000 for the final home match.") == [
                "3=3.0 decrease [games]", "12,000=12000.0",
            ])
        // A part is no more than its whole.
        #expect(
            Self.read("The council built 450 homes last year, with 1,200 on the waiting list.") == ["450=450.0 [homes]", "1,200=1200.0"])
        #expect(Self.read("The orchestra has 90 musicians, with 40 on strike.") == ["90=90.0 [musicians]", "40=40.0 [musicians]"])
    }

    @Test func headlineNearMissesOfTheInfinitiveAndThePossessive() {
        #expect(Self.read("Lorry Drivers To Face 10 Hour Delays At Dover").isEmpty)
        #expect(Self.read("Mum Vows To Walk 100 Miles For Hospice") == ["100=100.0 [Miles]"])
        #expect(Self.read("Britain's 999 Calls Hit Record High").isEmpty)
        #expect(Self.read("BMW's 3 Series Cars Recalled").isEmpty)
        #expect(Self.read("Fiat's 50 Cars Recalled").isEmpty)
    }

    @Test func aVerbOverACompoundNounStopsAtAnotherVerbsObject() {
        #expect(
            Self.kinds("Officials want to boost the economy and see unemployment fall by 200,000.") == ["200,000=200000.0 count decrease"])
        #expect(
            Self.kinds("A plan to cut costs at the plant saw the output rise by 12%.") == ["12%=12.0 percent percent increase"])
        #expect(
            Self.kinds("The cuts will reduce the number of officers and let crime rise by 10%.") == ["10%=10.0 percent percent increase"])
    }

    @Test func aCutRestatedAsAShareGoesTheSameWay() {
        #expect(
            Self.kinds("HarperCollins will cut about 150 jobs, or roughly 5% of its UK workforce.") == [
                "about 150=150.0 count decrease", "roughly 5%=5.0 percent percent decrease",
            ])
        #expect(
            Self.kinds("Intel will cut 15% of its workforce, or about 10,000 roles.") == [
                "15%=15.0 percent percent decrease", "about 10,000=10000.0 count decrease",
            ])
        // A range restating it too, with "between" or a bound its text leaves out.
        #expect(
            Self.kinds("Intel will cut 15% of its workforce, or between 10,000 and 13,000 roles.") == [
                "15%=15.0 percent percent decrease", "between 10,000 and 13,000=10000.0 count decrease",
            ])
        #expect(
            Self.kinds("Intel will cut between 15% and 20% of its workforce, or about 10,000 to 13,000 roles.") == [
                "between 15% and 20%=15.0 percent percent decrease", "10,000 to 13,000=10000.0 count decrease",
            ])
        // Not a level after "to", nor a count no verb changed.
        #expect(
            Self.kinds("The firm's headcount grew to 120, or 8% of the market.") == [
                "120=120.0 count increase", "8%=8.0 percent percent",
            ])
        #expect(
            Self.kinds("The company employs 500 staff, or 5% of the town's workforce.") == [
                "500=500.0 count", "5%=5.0 percent percent",
            ])
    }

    @Test func aStreetsOrdinalInTheObjectOfAChange() {
        #expect(
            Self.kinds("Congestion pricing has cut taxi trips into Manhattan below 60th Street by 11 percent.") == [
                "11 percent=11.0 percent percent decrease"
            ])
    }

    @Test func anIncidentOnARoadNearAPlaceIsGone() {
        #expect(
            Self.dates("Gardaí are appealing for witnesses to a hit-and-run on the N7 near Naas on March 9.", "2028-03-17") == [
                "March 9=2028-03-09..2028-03-09"
            ])
        // Not an event to come.
        #expect(
            Self.dates("Gardaí are appealing for volunteers for a fun run on the N7 near Naas on March 29.", "2028-03-17") == [
                "March 29=2028-03-29..2028-03-29"
            ])
    }

    @Test func aReportToALongObjectOnAWeekday() {
        #expect(
            Self.dates(
                "The trial is expected to last until the end of April, the judge told the jury of eight men and four women on Wednesday.",
                "2028-03-17"
            )
            .contains("on Wednesday=2028-03-15..2028-03-15"))
        #expect(
            Self.dates("The trial is expected to last until the end of April, the judge said on Wednesday.", "2028-03-17")
                .contains("on Wednesday=2028-03-15..2028-03-15"))
    }

    @Test func aQuarterUnderWayInAnOutlookIsThisOne() {
        #expect(
            Self.dates("Kerry Group said first-quarter revenue would be broadly flat.", "2028-03-17") == [
                "first-quarter=2028-01-01..2028-03-31"
            ])
        // Results told as done are of the last quarter ended.
        #expect(Self.dates("Kerry Group said first-quarter revenue fell 3%.", "2028-03-17") == ["first-quarter=2027-01-01..2027-03-31"])
    }

    @Test func nearMissesOfPastIntentsAndOrdinalPairs() {
        // "due to" as "because of", "set to" a value, a past of its own between.
        #expect(Self.dates("The cancellation was due to a strike called on Feb. 20.", "2029-09-18") == ["Feb. 20=2029-02-20..2029-02-20"])
        #expect(Self.dates("The thermostat was set to 18C on Jan. 5.", "2030-09-20") == ["Jan. 5=2030-01-05..2030-01-05"])
        #expect(
            Self.dates("The suspect who was due to stand trial fled the country on June 2.", "2030-01-10") == [
                "June 2=2029-06-02..2029-06-02"
            ])
        #expect(Self.dates("Bondholders were due to be repaid on Sept. 15.", "2029-09-05") == ["Sept. 15=2029-09-15..2029-09-15"])
        // Two ordinals before no noun are days.
        #expect(
            Self.dates("The hearings are on the 9th and 10th respectively.", "2030-07-07").contains("the 9th=2030-07-09..2030-07-09"))
        #expect(
            Self.dates("The tunnel shuts on the 27th and 28th overnight.", "2030-11-20").contains("the 27th=2030-11-27..2030-11-27"))
    }

    @Test func nearMissesOfParticiplesHolidaysAndComparedParts() {
        // A participle after "as" is no past, in a headline too: what was planned is ahead.
        #expect(Self.dates("Schools reopen on Monday as planned", "2030-07-19") == ["on Monday=2030-07-22..2030-07-22"])
        // The verb of a clause a subordinator opens.
        #expect(
            Self.dates("Investors will be watching after profits at the bank plunged in June.", "2029-07-16") == [
                "June=2029-06-01..2029-06-30"
            ])
        // Holidays of different seasons keep their own readings.
        #expect(
            Self.dates("Hotels in the resort expect to be full at Easter and Christmas.", "2030-01-10") == [
                "Easter=2030-04-21..2030-04-21", "Christmas=2030-12-25..2030-12-25",
            ])
        // A part in a later clause after "and" is read on its own.
        #expect(
            Self.dates("Profit in Q4 2027 rose from a year earlier, and the company said the first quarter would be tougher.", "2028-01-18")
                == ["Q4 2027=2027-10-01..2027-12-31", "the first quarter=2028-01-01..2028-03-31"])
    }

    @Test func audit55sCountClasses() {
        // A fraction opening its clause after a whole, before its verb, refers back.
        #expect(
            Self.read("Of the 212 skeletons, roughly a third showed signs of malnutrition.") == [
                "212=212.0 [skeletons]", "roughly a third=0.3333333333333333 approx [skeletons]",
            ])
        // What befell peacekeepers befell people.
        #expect(
            Self.read("Nine peacekeepers were killed and 23 injured.") == ["Nine=9.0 [peacekeepers]", "23=23.0 [peacekeepers]"])
        #expect(Self.read("The storm felled 300 trees and injured 14.") == ["300=300.0 [trees]", "14=14.0"])
        // A year of the prices an amount is told in is no count; officers are.
        #expect(Self.read("Spending was £3bn in 2012 prices.") == ["£3bn=3000000000.0"])
        #expect(Self.read("Police sent 2028 officers.") == ["2028=2028.0 [officers]"])
        // A change over its figure's own noun and a date carries to the level.
        #expect(
            Self.kinds("Output rose by 2.1 gigawatts last year to 16.9 gigawatts.") == [
                "2.1=2.1 count increase", "16.9=16.9 count increase",
            ])
    }

    @Test func audit55sDateClasses() {
        // An adjective in "-ed" after a possessive is no past.
        #expect(
            Self.dates("Kew Gardens' illuminated trail will return from November 21 to January 4.", "2029-07-04") == [
                "November 21 to January 4=2029-11-21..2030-01-04"
            ])
        // "late" after a length of time is a delay.
        #expect(Self.dates("Bin collections will run a day late this week.", "2028-05-29") == ["this week=2028-05-29..2028-06-04"])
        #expect(Self.dates("Sales will pick up late this week.", "2030-10-31") == ["late this week=2030-10-31..2030-11-03"])
        // A holiday in a quoted title of capitalised words is no date; in a quoted phrase of lower case it is.
        #expect(Self.dates("Fans flocked to see 'The Nightmare Before Christmas' on stage.", "2030-10-31").isEmpty)
        #expect(Self.dates("Wham's 'Last Christmas' topped the chart.", "2030-10-31").isEmpty)
        #expect(
            Self.dates("He said 'see you at Christmas' before leaving.", "2030-10-31") == ["Christmas=2030-12-25..2030-12-25"])
        // Bookings for a holiday close ahead are for that one, whatever the comparison with last year.
        #expect(
            Self.dates("The airline warned that bookings for the Easter weekend were running behind last year.", "2028-03-17") == [
                "Easter weekend=2028-04-14..2028-04-17", "last year=2027-01-01..2027-12-31",
            ])
        // "behind last year" is a comparison, no year of the holiday; "fell behind last year" is a time.
        #expect(
            Self.dates("Bookings for Christmas were running behind last year until the final week.", "2026-12-30") == [
                "Christmas=2026-12-25..2026-12-25", "last year=2025-01-01..2025-12-31",
            ])
        #expect(
            Self.dates("Preparations for Christmas fell behind last year because of the strike.", "2026-11-10") == [
                "Christmas=2025-12-25..2025-12-25", "last year=2025-01-01..2025-12-31",
            ])
        // Days joined inside a plural subject with no verb yet: the verb after is the subject's.
        #expect(
            Self.dates("Tickets for the two concerts on June 2 and 3 go on sale next Friday.", "2028-03-17") == [
                "June 2 and 3=2028-06-02..2028-06-03", "next Friday=2028-03-24..2028-03-24",
            ])
        #expect(Self.dates("Floods on July 29 and 30 people were reported.", "2028-03-17") == ["July 29=2027-07-29..2027-07-29"])
    }

    @Test func penceBeforeANounOfWhatIsPaidAndAreasInSquareUnits() {
        #expect(Self.kinds("Shoppers pay a 5p charge for bags.") == ["5p=0.05 money GBP"])
        #expect(Self.kinds("A 50p coin was found.") == ["50p=0.5 money GBP"])
        #expect(Self.kinds("The 5p Carrier Bag Charge Rises To 10p") == ["5p=0.05 money GBP", "10p=0.1 money GBP increase"])
        // Not a video line nor another noun.
        #expect(Self.kinds("The 1080p screen is sharp.").isEmpty)
        #expect(Self.kinds("The 5p stage of the race.").isEmpty)
        #expect(Self.read("The warehouse covers 412,000 sq ft.") == ["412,000=412000.0 [sq ft]"])
        #expect(Self.read("Flats of 80 sq m sell fast.") == ["80=80.0 [sq m]"])
    }

    @Test func reviewSixtyOnesNearMisses() {
        // A count in a phrase of where is the main one when none came before; a bound read into the figure is none.
        #expect(
            Self.read("The virus was detected in 40 countries, with 12 in Europe.") == ["40=40.0 [countries]", "12=12.0 [countries]"])
        #expect(
            Self.read("The firm employs over 5,000 people, with 1,200 in the UK.") == [
                "over 5,000=5000.0 min [people]", "1,200=1200.0 [people]",
            ])
        // "and" joining no count lists none.
        #expect(
            Self.read("The school has 900 pupils and a new headteacher, with 120 on free school meals.") == [
                "900=900.0 [pupils]", "120=120.0 [pupils]",
            ])
        // The doers of a deed take no fate.
        #expect(Self.read("Six gunmen stormed the hotel, and 23 were killed.") == ["Six=6.0 [gunmen]", "23=23.0"])
        // A weight in pounds is no year; a price base "at" a year is.
        #expect(Self.read("The bull weighed in at 1800 pounds.") == ["1800=1800.0 [pounds]"])
        #expect(Self.read("The subsidy is worth €1.2bn at 2015 prices.") == ["€1.2bn=1200000000.0"])
        // A level over a date counts the change figure's things or a workforce, not where they went.
        #expect(
            Self.kinds("The company shed 1,200 jobs last year to 8,400 employees.") == [
                "1,200=1200.0 count decrease", "8,400=8400.0 count decrease",
            ])
        #expect(
            Self.kinds("The chain grew by 12 stores in 2029 to 140 stores.") == ["12=12.0 count increase", "140=140.0 count increase"])
        #expect(Self.kinds("The council added 40 buses on Monday to 12 routes.") == ["40=40.0 count increase", "12=12.0 count"])
    }

    @Test func reviewSixtyOnesDateNearMisses() {
        // A past intent over an adjective after a possessive, and before "have"; not before a noun in "-ing".
        #expect(
            Self.dates("The chain was due to unveil its revamped menu on March 3.", "2030-02-20") == ["March 3=2030-03-03..2030-03-03"])
        #expect(
            Self.dates("The board was due to have its final meeting on March 3.", "2030-02-20") == ["March 3=2030-03-03..2030-03-03"])
        // Told of a thing on a day, the day is the thing's; told to a possessor's noun, the report's.
        #expect(
            Self.dates("Forecasters warned the public of heavy snow on Sunday that could close roads.", "2030-02-20") == [
                "on Sunday=2030-02-24..2030-02-24"
            ])
        #expect(
            Self.dates("Officials warned the owners of the flats on Monday that repairs could take months.", "2028-04-06") == [
                "on Monday=2028-04-03..2028-04-03"
            ])
        // A quarter told with "last year's" is not the one under way.
        #expect(
            Self.dates("The firm said last year's first-quarter revenue would be restated.", "2027-03-10").contains(
                "first-quarter=2026-01-01..2026-03-31"))
        // "late" after a length something lasted is the period's part.
        #expect(Self.dates("Talks met for three days late last month.", "2026-08-17") == ["late last month=2026-07-16..2026-07-31"])
        // A quoted slogan in a headline is no title.
        #expect(
            Self.dates("Ministers Make 'Stay Home This Christmas' Plea", "2026-12-01") == ["This Christmas=2026-12-25..2026-12-25"])
        // "more than" after two days does not make a count of the second.
        #expect(
            Self.dates("Rallies on January 20 and 21 more than doubled in size.", "2028-01-10") == [
                "January 20 and 21=2028-01-20..2028-01-21"
            ])
        #expect(Self.dates("Arrests on June 2 and 3 more on June 4 were made.", "2028-05-10").contains("June 2=2027-06-02..2027-06-02"))
        // "as expected" after a present marks no past.
        #expect(Self.dates("Rail fares rise on March 1 as expected", "2026-02-03") == ["March 1=2026-03-01..2026-03-01"])
    }

    @Test func audit56sDateClasses() {
        // A plural after a preposition and a modifier is a noun, no present verb of an event.
        #expect(Self.dates("Coco Gauff beat Iga Swiatek in straight sets on Monday.", "2028-07-04") == ["on Monday=2028-07-03..2028-07-03"])
        #expect(Self.dates("The tour sets off on Saturday.", "2028-07-04") == ["on Saturday=2028-07-08..2028-07-08"])
        // A present outlook told in the past is the outlook's own: the quarter ahead.
        #expect(
            Self.dates("Tesla said it expects first-quarter deliveries to rise.", "2027-12-26") == [
                "first-quarter=2028-01-01..2028-03-31"
            ])
        #expect(Self.dates("Tesla said first-quarter deliveries rose.", "2027-12-26") == ["first-quarter=2027-01-01..2027-03-31"])
        // "since" an event in a month: the month gone.
        #expect(Self.dates("Shares have fallen 40% since its IPO in November.", "2028-07-04") == ["November=2027-11-01..2027-11-30"])
        #expect(
            Self.dates("Shares have risen since the company said it would list in November.", "2028-07-04") == [
                "November=2028-11-01..2028-11-30"
            ])
    }
}

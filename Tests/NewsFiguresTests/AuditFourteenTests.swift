import NewsFigures
import Testing

/// Audit 14's classes of dates, each with its near-misses.
@Suite struct AuditFourteenDatesTests {
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func aPastClauseBeforeAndWithAnAuxiliaryKeepsItsTense() {
        #expect(
            Self.dates("A man appeared before magistrates on Saturday and will return to court on Monday.", "2027-02-28")
                == ["on Saturday=2027-02-27..2027-02-27", "on Monday=2027-03-01..2027-03-01"])
        #expect(
            Self.dates("Junior doctors walked out on Wednesday and have announced a strike.", "2027-02-28")
                == ["on Wednesday=2027-02-24..2027-02-24"])
        // A bare "and" with no auxiliary after it joins no clause: the future reaches over it.
        #expect(
            Self.dates("The firm will open a store on Monday and a depot on Friday.", "2027-02-24")
                == ["on Monday=2027-03-01..2027-03-01", "on Friday=2027-02-26..2027-02-26"])
    }

    @Test func progressiveEventsAreAhead() {
        #expect(
            Self.dates("Unions are holding a rally outside parliament on Wednesday.", "2027-02-28") == [
                "on Wednesday=2027-03-03..2027-03-03"
            ])
        #expect(Self.dates("Teachers are staging a walkout on Tuesday.", "2027-02-25") == ["on Tuesday=2027-03-02..2027-03-02"])
        // What is looked into happened.
        #expect(Self.dates("Police are investigating a burglary on Tuesday.", "2027-02-25") == ["on Tuesday=2027-02-23..2027-02-23"])
        #expect(
            Self.dates("Police are appealing for witnesses to a crash on Tuesday.", "2027-02-25") == ["on Tuesday=2027-02-23..2027-02-23"])
    }

    @Test func handsDownIsAnEventVerb() {
        #expect(
            Self.dates("The Supreme Court hands down its judgment in the data-retention case on Wednesday.", "2028-02-29")
                == ["on Wednesday=2028-03-01..2028-03-01"])
        #expect(Self.dates("The court handed down its judgment on Wednesday.", "2028-02-29") == ["on Wednesday=2028-02-23..2028-02-23"])
    }

    @Test func aWarningForWhatFromAWeekdayIsAhead() {
        #expect(
            Self.dates("The Met Office has issued a yellow warning for snow from Monday to Wednesday.", "2027-02-25")
                == ["from Monday to Wednesday=2027-03-01..2027-03-03"])
        #expect(Self.dates("A warning for heavy rain on Saturday covers Wales.", "2027-02-25") == ["on Saturday=2027-02-27..2027-02-27"])
        // The day a warning was issued, and one told of after its day, are past.
        #expect(Self.dates("Forecasters issued a warning on Monday about the storm.", "2027-02-25") == ["on Monday=2027-02-22..2027-02-22"])
        #expect(
            Self.dates("The warning for snow on Monday turned out to be unnecessary.", "2027-02-25") == ["on Monday=2027-02-22..2027-02-22"]
        )
    }

    @Test func aSpanWithThePublishedDayInItIsThatOne() {
        #expect(
            Self.dates("Engineering works from Feb 27 to March 3 have closed the line.", "2027-02-28")
                == ["Feb 27 to March 3=2027-02-27..2027-03-03"])
        #expect(
            Self.dates("Roadworks from June 16 to June 20 have closed the bridge.", "2025-06-18") == [
                "June 16 to June 20=2025-06-16..2025-06-20"
            ])
        // A span wholly after the published day in a past sentence is last year's.
        #expect(
            Self.dates("Roadworks from June 20 to June 24 closed the bridge.", "2025-06-18") == [
                "June 20 to June 24=2024-06-20..2024-06-24"
            ])
    }

    @Test func anOutlookForAQuarterLongGoneIsOfTheNext() {
        #expect(
            Self.dates("The airline expects first-quarter bookings to rise 12%.", "2026-12-31") == ["first-quarter=2027-01-01..2027-03-31"])
        #expect(
            Self.dates("The airline reported first-quarter bookings rose 12%.", "2026-12-31") == ["first-quarter=2026-01-01..2026-03-31"])
    }

    @Test func aQuarterNamedByItsLastMonthAfterAPossessive() {
        #expect(
            Self.dates("Analysts expect Apple's March quarter revenue to rise 6%.", "2027-02-28") == [
                "March quarter=2027-01-01..2027-03-31"
            ])
        // No quarter after the month: no date of a quarter.
        #expect(Self.dates("Apple's March sales rose.", "2027-05-28").isEmpty)
    }

    @Test func theFollowingWeekdayCountsFromTheDayBefore() {
        #expect(
            Self.dates("The match was postponed from Thursday to the following Monday.", "2026-12-04")
                == ["Thursday=2026-12-03..2026-12-03", "the following Monday=2026-12-07..2026-12-07"])
        #expect(
            Self.dates("The vote was held on November 3. The results came the following Tuesday.", "2026-12-04")
                == ["November 3=2026-11-03..2026-11-03", "the following Tuesday=2026-11-10..2026-11-10"])
        #expect(
            Self.dates("She arrived on May 2 and left the next day.", "2026-12-04")
                == ["May 2=2026-05-02..2026-05-02", "the next day=2026-05-03..2026-05-03"])
        // With no day before it, "the next day" is none, and "the following Monday" the weekday as usual.
        #expect(Self.dates("The next day, shares rose.", "2026-12-04").isEmpty)
        #expect(Self.dates("The following Monday is a holiday.", "2026-12-04") == ["Monday=2026-11-30..2026-11-30"])
    }
}

/// Audit 14's classes of counts and money, each with its near-misses.
@Suite struct AuditFourteenCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func aRoundNumberAfterAPossessiveCountsOverAModifier() {
        #expect(Self.read("Assam's 850 tea estates employ many.") == ["850=850.0 [tea estates]"])
        // Not a model, nor what is made in models.
        #expect(Self.read("Boeing's 747 jumbo jets were retired.").isEmpty)
        #expect(Self.read("Embraer's 190 regional jets were grounded.").isEmpty)
    }

    @Test func millionsInMOverModifiersAndBeforeNounsOfNoLength() {
        #expect(Self.read("Bali recorded 5.3m foreign tourist arrivals last year.") == ["5.3m=5300000.0 [foreign tourist arrivals]"])
        #expect(Self.read("The goal is 50m acres.") == ["50m=50000000.0 [acres]"])
        // Lengths stay lengths.
        #expect(Self.read("He swam in 50m pools.").isEmpty)
        #expect(Self.read("The 400m hurdles final was fast.").isEmpty)
    }

    @Test func nearIsApproximate() {
        #expect(Self.read("Gold traded near $2,650 an ounce.") == ["near $2,650=2650.0 approx"])
    }

    @Test func aVerbsOwnUpIsNoRise() {
        #expect(Self.read("Growers will grub up about 9,500 hectares of vineyards.") == ["about 9,500=9500.0 approx [hectares]"])
        #expect(Self.read("Shares were up 2% on Friday.") == ["2%=2.0 increase"])
    }

    @Test func aPluralObjectIsCountedWhenAnEarlierLevelFollows() {
        #expect(
            Self.read("The authority cut daily transits to 24 from 36 because of drought.")
                == ["24=24.0 decrease [daily transits]", "36=36.0 [daily transits]"])
        #expect(
            Self.read("The firm cut jobs to 2,400 from about 3,000.") == [
                "2,400=2400.0 decrease [jobs]", "about 3,000=3000.0 approx [jobs]",
            ])
        // Where the verb goes is no level.
        #expect(Self.read("The firm cut flights to 20 cities.") == ["20=20.0 [cities]"])
    }

    @Test func labelsDrawnNumbersCodesAndTitlesAreNoCounts() {
        #expect(Self.read("Policy number 4471-889 was among those flagged.").isEmpty)
        #expect(Self.read("The winning numbers were 7, 19, 23, 31, 42 and 48, with bonus ball 11.").isEmpty)
        #expect(Self.read("Residents can text WATER to 60011.").isEmpty)
        #expect(Self.read("BTS's 'Map of the Soul: 7' topped charts in 12 countries.") == ["12=12.0 [countries]"])
        #expect(Self.read("The fire started near kilometre 27 of Route 68.").isEmpty)
        // Numbers of things listed are counts.
        #expect(Self.read("The numbers were 7, 19 and 23 students.").count == 3)
        #expect(Self.read("He sent 40 texts to 12 friends.") == ["40=40.0 [texts]", "12=12.0 [friends]"])
    }

    @Test func ordinalsOfScalesAndFractionsOfACenturyAreNoCounts() {
        #expect(Self.read("It carried the emirate's 10 millionth visitor of the year.").isEmpty)
        #expect(Self.read("The one millionth car rolled off the line.").isEmpty)
        #expect(Self.read("Its lowest in a quarter of a century.").isEmpty)
        // A fraction of a scale is a count; a millionth of a unit is a fraction.
        #expect(Self.read("A quarter of a million people marched.") == ["A quarter of a million=250000.0 [people]"])
        #expect(Self.read("It took one millionth of a second.") == ["one millionth=1e-06"])
    }

    @Test func countsThatReferBack() {
        #expect(
            Self.read("Some 3,400 cancer patients missed the target. Of these, 1,150 waited longer.")
                == ["Some 3,400=3400.0 approx [cancer patients]", "1,150=1150.0 [cancer patients]"])
        #expect(
            Self.read("The jury read 156 novels this year. Thirteen made the longlist.")
                == ["156=156.0 [novels]", "Thirteen=13.0 [novels]"])
        #expect(
            Self.read("The outage hit about 200,000 customers. Some 15,000 of those had not upgraded.")
                == ["about 200,000=200000.0 approx [customers]", "Some 15,000=15000.0 approx [customers]"])
        #expect(
            Self.read("The board has settled 9,400 claims, with about 1,600 still open.")
                == ["9,400=9400.0 [claims]", "about 1,600=1600.0 approx [claims]"])
        #expect(
            Self.read("Thailand drew 35.5 million foreign arrivals, short of its target of 40 million.")
                == ["35.5 million=35500000.0 [foreign arrivals]", "40 million=40000000.0 [foreign arrivals]"])
        #expect(
            Self.read("Bans rose to 10,046 instances, nearly triple the previous year's 3,362.")
                == ["10,046=10046.0 increase [instances]", "3,362=3362.0 [instances]"])
        #expect(
            Self.read("It replaced 1,650 lead pipes. It aims to replace 8,000 more, out of about 400,000 citywide.")
                == ["1,650=1650.0 [lead pipes]", "8,000=8000.0 [lead pipes]", "about 400,000=400000.0 approx [lead pipes]"])
        // A ratio's whole counts something else; so may a count after a past verb with an object of its own.
        #expect(Self.read("They made it seven victories out of eight.") == ["seven=7.0 [victories]", "eight=8.0"])
        #expect(Self.read("The shop sold 40 hats. Twelve made money.") == ["40=40.0 [hats]", "Twelve=12.0"])
    }
}

/// Audit 15's classes of dates, and review 18's corrections of audit 14's, each with its near-misses.
@Suite struct AuditFifteenDatesTests {
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func cancelsIsAnEventVerbAndFollowsOnlyOnADay() {
        #expect(
            Self.dates("Ryanair cancels 400 flights on Monday as controllers strike.", "2027-03-28") == ["on Monday=2027-03-29..2027-03-29"]
        )
        #expect(Self.dates("Ryanair cancelled 400 flights on Monday.", "2027-03-28") == ["on Monday=2027-03-22..2027-03-22"])
        // What follows something follows what came before.
        #expect(
            Self.dates("The arrest follows a raid on Tuesday at a house in Leeds.", "2025-03-14") == ["on Tuesday=2025-03-11..2025-03-11"])
        // What follows on a day is ahead.
        #expect(Self.dates("The second leg follows on Wednesday at Anfield.", "2025-03-14") == ["on Wednesday=2025-03-19..2025-03-19"])
    }

    @Test func aVerbWhosePastIsItsBaseFormKeepsItsClause() {
        #expect(
            Self.dates("Temperatures hit 31C at Heathrow on Saturday, but forecasters say this week will be cooler.", "2026-08-31")
                == ["on Saturday=2026-08-29..2026-08-29", "this week=2026-08-31..2026-09-06"])
        #expect(
            Self.dates("The storm will hit on Saturday, but forecasters say it will pass.", "2026-08-31") == [
                "on Saturday=2026-09-05..2026-09-05"
            ])
    }

    @Test func aScoreBeforeTheDayIsAResult() {
        #expect(
            Self.dates("Leinster beat Munster 31-17 on Saturday and meet Toulouse next weekend.", "2027-03-28")
                == ["on Saturday=2027-03-27..2027-03-27", "next weekend=2027-04-03..2027-04-04"])
        #expect(
            Self.dates("Leinster meet Munster on Saturday and Toulouse next weekend.", "2027-03-24").first
                == "on Saturday=2027-03-27..2027-03-27")
        // A score wished for is no result.
        #expect(Self.dates("A 2-1 win on Saturday will secure the title.", "2025-03-14") == ["on Saturday=2025-03-15..2025-03-15"])
        // A weekday first in the text.
        #expect(Self.dates("Saturday saw a 3-1 win.", "2027-03-28") == ["Saturday=2027-03-27..2027-03-27"])
    }

    @Test func anOutlookVerbKeepsAHalfAhead() {
        #expect(
            Self.dates("The retailer has guided for sales growth of 3% in the second half.", "2027-03-28")
                == ["the second half=2027-07-01..2027-12-31"])
        #expect(
            Self.dates("The retailer sees growth of 3% in the second half.", "2027-03-28") == ["the second half=2027-07-01..2027-12-31"])
        // A noun of an outlook, or a forecast that had been made, does not.
        #expect(
            Self.dates("The company cut its guidance after a weak fourth quarter.", "2024-03-14") == [
                "fourth quarter=2023-10-01..2023-12-31"
            ])
        #expect(
            Self.dates("Analysts had forecast growth of 2% for the second quarter.", "2025-12-02")
                == ["the second quarter=2025-04-01..2025-06-30"])
    }

    @Test func aHolidaysYearIsNotTheYearComparedWith() {
        #expect(
            Self.dates("Footfall on St Patrick's Day was 18% higher than last year.", "2027-03-28")
                == ["St Patrick's Day=2027-03-17..2027-03-17", "last year=2026-01-01..2026-12-31"])
        #expect(
            Self.dates("Footfall on St Patrick's Day last year was high.", "2027-03-28")
                == ["St Patrick's Day last year=2026-03-17..2026-03-17"])
    }

    @Test func anOffsetThatIsTheBaseOfAChangeFromADayIsNoDate() {
        #expect(
            Self.dates("Profit, due on October 28, is expected to fall by a fifth from a year earlier.", "2027-10-01")
                == ["October 28=2027-10-28..2027-10-28"])
        // From a year it is that year's; and a day after a day is counted.
        #expect(
            Self.dates("The airline carried 180 million passengers in 2024, up 8% from a year earlier.", "2025-03-14")
                == ["2024=2024-01-01..2024-12-31", "a year earlier=2023-01-01..2023-12-31"])
        #expect(
            Self.dates("The plant opened on March 3 and closed a week later.", "2027-03-28")
                == ["March 3=2027-03-03..2027-03-03", "a week later=2027-03-10..2027-03-10"])
    }

    @Test func theNextDayCountsFromTheNearestDayNotAnAside() {
        #expect(
            Self.dates("Mr Smith, who was born on 3 March 1960, was arrested on Tuesday. He appeared in court the next day.", "2025-03-14")
                == ["3 March 1960=1960-03-03..1960-03-03", "on Tuesday=2025-03-11..2025-03-11", "the next day=2025-03-12..2025-03-12"])
        #expect(
            Self.dates("The company, founded on 3 March 1998, was sold. Its shares fell the next day.", "2025-03-14")
                == ["3 March 1998=1998-03-03..1998-03-03"])
        // The clause's own verb is no aside.
        #expect(
            Self.dates("The company was founded on 3 March 1998. The next day, it hired its first employee.", "2025-03-14")
                == ["3 March 1998=1998-03-03..1998-03-03", "The next day=1998-03-04..1998-03-04"])
        #expect(
            Self.dates("Fans are celebrating a victory on Saturday over their rivals.", "2025-03-14") == [
                "on Saturday=2025-03-08..2025-03-08"
            ])
        #expect(
            Self.dates("The school is celebrating its centenary on Saturday with an open day.", "2025-03-14")
                == ["on Saturday=2025-03-15..2025-03-15"])
        #expect(
            Self.dates("He was arrested on Tuesday, a week after a raid on 4 March, and charged the next day.", "2025-03-14")
                == ["on Tuesday=2025-03-11..2025-03-11", "4 March=2025-03-04..2025-03-04", "the next day=2025-03-12..2025-03-12"])
    }
}

/// Audit 15's classes of counts and money, and review 18's corrections of audit 14's, each with its near-misses.
@Suite struct AuditFifteenCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static let money = CountryCurrenciesAndSharesOfCountsTests.money

    @Test func identifiersTimesLastDigitsAndLabelsAreNoCounts() {
        #expect(Self.read("Attackers exploited CVE-2025-4427 in Ivanti's software.").isEmpty)
        #expect(Self.read("The flaw affects FortiOS 7.2 and 7.4 installations.").isEmpty)
        #expect(Self.read("HMS Dragon sailed at 0600.").isEmpty)
        #expect(Self.read("Fraudsters targeted accounts ending 4471.").isEmpty)
        #expect(Self.read("Rain stopped play on day two.").isEmpty)
        // Counts beside them stay.
        #expect(Self.read("The show ran for a day. 200 fans came.") == ["200=200.0 [fans]"])
        #expect(Self.read("He sold 7 cars and 4 vans.") == ["7=7.0 [cars]", "4=4.0 [vans]"])
        #expect(Self.read("The store opened at 9am with 0600 staff.").count <= 1)
    }

    @Test func otherPoundsAndKronor() {
        #expect(Self.money("Tickets cost at least E£1,000.") == ["1000.0 EGP"])
        #expect(Self.money("A ticket in Oslo costs 120 kr.") == ["120.0 NOK"])
        #expect(Self.money("Songwriters in Sweden got about 25,500 kr each.") == ["25500.0 SEK"])
        // No place named: no krona guessed.
        #expect(Self.money("A ticket costs 120 kr.").isEmpty)
    }

    @Test func boundsOfSumsAndPlaces() {
        #expect(Self.read("The package is worth £55m plus £7m in add-ons.") == ["£55m=55000000.0", "£7m=7000000.0"])
        #expect(Self.read("Crowds of 5,000 plus are expected.") == ["5,000 plus=5000.0 min"])
        #expect(Self.read("The course costs £1,200 plus VAT.") == ["£1,200=1200.0"])
        #expect(Self.read("He lives near 3 schools.") == ["3=3.0 [schools]"])
        #expect(Self.read("The town drew near 40,000 visitors.") == ["near 40,000=40000.0 approx [visitors]"])
    }

    @Test func moreOrLessOfWhatFollowsIsAChange() {
        #expect(Self.read("Qantas will add 25% more seats on the route.") == ["25%=25.0 increase"])
        #expect(Self.read("The new engine uses 30% less fuel.") == ["30%=30.0 decrease"])
        #expect(Self.read("Farmers planted 15 percent more wheat this year.") == ["15 percent=15.0 increase"])
        #expect(Self.read("Men are 20 percent more likely to smoke.") == ["20 percent=20.0"])
        #expect(Self.read("The new bulbs are 80% more efficient.") == ["80%=80.0"])
        // A comparison with another thing is none.
        #expect(Self.read("The engine is 20% more powerful than the old one.") == ["20%=20.0"])
        #expect(Self.read("Children from poor homes are 40 percent less likely to go to university.") == ["40 percent=40.0"])
        #expect(Self.read("Teenagers spend 130% more time online than their parents.") == ["130%=130.0"])
        #expect(Self.read("Lithium prices have collapsed more than 80% since 2022.") == ["more than 80%=80.0 min decrease"])
    }

    @Test func subjectsOverModelsMeasuresAndQuotes() {
        #expect(Self.read("Qantas will deploy 14 new Airbus A321XLR jets.") == ["14=14.0 [jets]"])
        #expect(Self.read("Distillers shipped 1.4 billion 70cl bottles.") == ["1.4 billion=1400000000.0 [70cl bottles]"])
        #expect(Self.read("Deezer will remove about 26 million 'useless' tracks.") == ["about 26 million=26000000.0 approx [tracks]"])
        #expect(Self.read("Its subscriber base shrank to 75.9 million.") == ["75.9 million=75900000.0 decrease [subscriber base]"])
        #expect(Self.read("The base price rose to 300.") == ["300=300.0 increase"])
    }

    @Test func earlierLevelsRestatementsAndLevelsOfAnotherTime() {
        #expect(
            Self.read("Mortgage approvals fell to 58,400 in October from 65,200 in September.")
                == ["58,400=58400.0 decrease [Mortgage approvals]", "65,200=65200.0 [Mortgage approvals]"])
        #expect(
            Self.read("India recorded 1.72 lakh road deaths in 2024, or roughly 470 a day.")
                == ["1.72 lakh=172000.0 [road deaths]", "roughly 470=470.0 approx [road deaths]"])
        #expect(
            Self.read("Visitors reached 5.1 million, still short of the 6.8 million it attracted in 2019.")
                == ["5.1 million=5100000.0 [Visitors]", "6.8 million=6800000.0 [Visitors]"])
        // Not the whole of a share, nor another noun.
        #expect(Self.read("Visitors reached 5.1 million, or 8% of the total.") == ["5.1 million=5100000.0 [Visitors]", "8%=8.0 [total]"])
        #expect(Self.read("The club sold 22,000 tickets, 3,000 fewer than the 24,000 seats it has.").last == "24,000=24000.0 [seats]")
    }
}

import Testing

@testable import NewsFigures

/// Audit 22's classes (200 count sentences in 20 more genres; 135 dates on 2028-03-01, 2027-08-15 and 2027-11-30) and
/// the older left-alone cases fixed with them, each with the cases that must stay as they were.
@Suite struct AuditTwentyTwoTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func startingPricesAfterAPrefixedDollar() {
        #expect(Self.read("Tickets from A$39 are on sale now.") == ["from A$39=39.0 min"])
        #expect(Self.read("Heli-skiing trips in Canada cost from C$1,900 a day.") == ["from C$1,900=1900.0 min"])
        // A range, or a price after another verb's object, stays as it was.
        #expect(Self.read("Fares from A$39 to A$49 apply.") == ["from A$39 to A$49=39.0..49.0 range"])
        #expect(Self.read("The promoter sold tickets from A$39 to fans.") == ["A$39=39.0"])
        #expect(Self.read("Return flights from Sydney cost A$399.") == ["A$399=399.0"])
    }

    @Test func aPrefixedDollarAfterPlusIsASum() {
        #expect(
            Self.read("The court awarded damages of C$12.5 million plus C$1.8 million in costs.") == [
                "C$12.5 million=12500000.0 [court awarded damages]", "C$1.8 million=1800000.0",
            ])
        // "plus" alone after it still bounds it.
        #expect(Self.read("The deal is worth C$12.5 million plus.") == ["C$12.5 million plus=12500000.0 min"])
    }

    @Test func aNumberOfAYearsShapeBeforeAPluralVerb() {
        #expect(Self.read("Police said 2000 were arrested over the weekend.") == ["2000=2000.0"])
        #expect(Self.read("Some 1990 are still missing.") == ["Some 1990=1990.0 approx"])
        // A year after a date preposition, a name after "the", a year before a singular verb.
        #expect(Self.read("In 2000 were born the twins.").isEmpty)
        #expect(Self.read("The 1975 are touring.").isEmpty)
        #expect(Self.read("Officials said 2000 was a bad year.").isEmpty)
    }

    @Test func aChangeInPenceAndItsLevel() {
        #expect(Self.read("Stamps rose 5p to 85p.") == ["5p=0.05 increase", "85p=0.85 increase"])
        #expect(Self.read("Bus tickets were cut by 2p to 53p.") == ["2p=0.02 decrease", "53p=0.53 decrease"])
        // Video lines stay no amount.
        #expect(Self.read("The stream was upgraded from 720p to 1080p.").isEmpty)
        #expect(Self.read("The camera rose 720p to 1080p.").isEmpty)
    }

    @Test func aNewLevelOverTheChangesReference() {
        #expect(
            Self.read("Electrolyser orders rose 45% year-on-year to 212 units.") == ["45%=45.0 increase", "212=212.0 increase [units]"])
        #expect(
            Self.read("Sales climbed 12% from a year before to 1.46 million.") == [
                "12%=12.0 increase", "1.46 million=1460000.0 increase [Sales]",
            ])
        #expect(
            Self.read("Emergency parcels handed out by the food bank network rose 12% compared with 2025 to 3.1 million.") == [
                "12%=12.0 increase", "3.1 million=3100000.0 increase [Emergency parcels]",
            ])
        // A count of where a flow went stays no level; a comma before "to" is crossed.
        #expect(Self.read("Exports rose 12% year-on-year to 30 countries.") == ["12%=12.0 increase", "30=30.0 [countries]"])
        #expect(
            Self.read("Sales climbed 12% from a year before, to 1.46 million.") == [
                "12%=12.0 increase", "1.46 million=1460000.0 increase [Sales]",
            ])
    }

    @Test func aSubjectOverAParticiplesAgent() {
        #expect(
            Self.read("International student visas issued by the UK fell 14% to 393,000.") == [
                "14%=14.0 decrease", "393,000=393000.0 decrease [International student visas]",
            ])
        #expect(
            Self.read("Volunteer hours logged with the charity fell by 25% to 2.4 million.") == [
                "25%=25.0 decrease", "2.4 million=2400000.0 decrease [Volunteer hours]",
            ])
        #expect(
            Self.read("Attendance at Premiership Rugby matches rose 8% to an average of 14,900 a game.") == [
                "8%=8.0 increase", "14,900=14900.0 increase [Attendance]",
            ])
        // Not a singular noun before the participle.
        #expect(Self.read("The firm hired by the council rose to 300.") == ["300=300.0 increase"])
    }

    @Test func aDifferenceAndPossessorsCountsOfTheSameThings() {
        #expect(
            Self.read("The crematorium carried out 2,912 cremations in 2026, 210 more than the year before.") == [
                "2,912=2912.0 [cremations]", "210=210.0 increase [cremations]",
            ])
        #expect(
            Self.read("The Army signed 61,000 recruits, 6,000 more than its goal.") == [
                "61,000=61000.0 [recruits]", "6,000=6000.0 [recruits]",
            ])
        #expect(
            Self.read("Huawei topped the list with 4,900 filings, ahead of Samsung's 3,800 and LG's 2,100.") == [
                "4,900=4900.0 [filings]", "3,800=3800.0 [filings]", "2,100=2100.0 [filings]",
            ])
        // Not a difference without a comma before it, nor one that counts on with its own clause.
        #expect(Self.read("The firm has 300 staff, and 20 more than that work from home.") == ["300=300.0 [staff]", "20=20.0"])
        #expect(Self.read("Samsung's 3,800 and LG's 2,100 were sold.") == ["3,800=3800.0", "2,100=2100.0"])
    }

    @Test func bareObjectsAcrossASentence() {
        #expect(
            Self.read("The Marines discharged 420 recruits during basic training. The Army discharged 1,300.") == [
                "420=420.0 [recruits]", "1,300=1300.0 [recruits]",
            ])
        #expect(Self.read("Republicans hold 220 seats. Democrats hold 213.") == ["220=220.0 [seats]", "213=213.0 [seats]"])
        #expect(
            Self.read("The charity collected 18,600 toys. Volunteers delivered 12,000 before Christmas Eve.") == [
                "18,600=18600.0 [toys]", "12,000=12000.0 [toys]",
            ])
        #expect(
            Self.read("The authority inspected 52 river ferries. It has since withdrawn 8.") == [
                "52=52.0 [river ferries]", "8=8.0 [river ferries]",
            ])
        // A verb done to people still counts no things, and another verb's count two sentences on nothing.
        #expect(Self.read("The storm felled 300 trees. It injured 14.") == ["300=300.0 [trees]", "14=14.0"])
        #expect(Self.read("Republicans hold 220 seats. The vote was close. Democrats hold 213.") == ["220=220.0 [seats]", "213=213.0"])
    }

    @Test func labelsAddressesAndNumbersToCall() {
        #expect(Self.read("The station near junction 52 uses 700-bar tanks.").isEmpty)
        #expect(Self.read("It was serviced under work order 4471-20.").isEmpty)
        #expect(Self.read("The flat comes with parking space 114.").isEmpty)
        #expect(Self.read("The agent's extension is 4402.").isEmpty)
        #expect(Self.read("Crews were called after a 999 call.").isEmpty)
        #expect(Self.read("Rescuers were called on 112 from the hotel.").isEmpty)
        #expect(Self.read("The hotline is +86 472 123 4567.").isEmpty)
        #expect(Self.read("The couple married at Chapel 2, Suite 405, 88 Kingsway; the table was No. 7.").isEmpty)
        #expect(Self.read("Lot 27, the flat at 9 Queen's Gate, comes with a garage.").isEmpty)
        #expect(Self.read("The avalanche at 2,300 m hit the lift.").isEmpty)
        #expect(Self.read("The station sells 95 and 98 octane.").isEmpty)
        // Still counts: things after a road's verb, calls counted, members called on, a level at a weekday, millions of people.
        #expect(Self.read("Trucks exit 14 markets a day.") == ["14=14.0 [markets]"])
        #expect(Self.read("Police took 999 calls on Friday.") == ["999=999.0 [calls]"])
        #expect(Self.read("The union called on 300 members to strike.") == ["300=300.0 [members]"])
        #expect(Self.read("Shares rose +5 12 times.") == ["12=12.0 [times]"])
        #expect(Self.read("The budget is 2,300 m euros.").count == 1)
        #expect(Self.read("The lane is 40 metres wide.") == ["40=40.0 [metres]"])
    }

    @Test func datesOfTheRound() {
        // Put off to a day, "for" as well as "to": the nearest.
        #expect(
            Self.dates("The sentencing hearing was rescheduled for December 14.", "2027-11-30")
                == ["December 14=2027-12-14..2027-12-14"])
        #expect(Self.dates("The vote was rescheduled for March 20.", "2028-03-01") == ["March 20=2028-03-20..2028-03-20"])
        // Not another past verb's day after "for".
        #expect(Self.dates("The vote was held for March 20 tallies.", "2028-03-01") == ["March 20=2027-03-20..2027-03-20"])
        // A weekday's possessive of a thing called off or put off: the nearest.
        #expect(
            Self.dates("Unions called off Thursday's strike after a late pay offer.", "2027-11-30")
                == ["Thursday=2027-12-02..2027-12-02"])
        #expect(Self.dates("Saturday's match has been cancelled.", "2028-03-01") == ["Saturday=2028-03-04..2028-03-04"])
        #expect(Self.dates("The club postponed Saturday's home match.", "2028-03-01") == ["Saturday=2028-03-04..2028-03-04"])
        // Not one won or one that closed schools.
        #expect(Self.dates("The club won Saturday's match.", "2028-03-01") == ["Saturday=2028-02-26..2028-02-26"])
        #expect(Self.dates("Friday's strike closed 300 schools.", "2028-03-01") == ["Friday=2028-02-25..2028-02-25"])
        // "the last decade of" something else is no span of ours; "the next decade" is.
        #expect(
            Self.dates("The 1990s were the last decade of strong productivity growth.", "2028-03-01")
                == ["The 1990s=1990-01-01..1999-12-31"])
        #expect(Self.dates("The next decade will be tough.", "2028-03-01") == ["The next decade=2030-01-01..2039-12-31"])
        // The year to date, and the same span a year before.
        #expect(Self.dates("Sales are up 4% year to date.", "2028-03-01") == ["year to date=2028-01-01..2028-03-01"])
        #expect(Self.dates("Year-to-date sales rose 4%.", "2028-03-01") == ["Year-to-date=2028-01-01..2028-03-01"])
        #expect(
            Self.dates("Sales fell 5 percent from the year-to-date period last year.", "2019-11-20")
                == ["the year-to-date period last year=2018-01-01..2018-11-20"])
        #expect(Self.dates("Fiscal year to date sales rose.", "2028-03-01").isEmpty)
    }

    @Test func capsVerbsOfANumberAndGrowingToALevel() {
        #expect(
            Self.read("Stations ran short when the price cap of 480 forints a litre was in force.") == ["cap of 480 forints=480.0 max"])
        // A verb before the cap changes the cap, not the figure; its "by" is the change (over the amount in the object).
        #expect(Self.read("Ofgem raised the cap of £1,849 by 10%.") == ["cap of £1,849=1849.0 max", "10%=10.0 increase"])
        #expect(Self.read("Volunteer crews number about 70,000.") == ["about 70,000=70000.0 approx [Volunteer crews]"])
        #expect(Self.read("Crews number 70,000.") == ["70,000=70000.0 [Crews]"])
        #expect(Self.read("The army wants to grow to 203,000 troops.") == ["203,000=203000.0 increase [troops]"])
        // "number" as a label, and "grow" of things raised, stay as they were.
        #expect(Self.read("The number 10 bus was late.").isEmpty)
        #expect(Self.read("Farmers grow 40 varieties.") == ["40=40.0 [varieties]"])
    }

    @Test func reviewTwentySix() {
        // "year to date" as a period only after "the", a figure or the sentence's start, and before no object.
        #expect(Self.dates("It took a year to date the remains.", "2026-03-10").isEmpty)
        #expect(Self.dates("2025 was his best year to date.", "2026-03-10") == ["2025=2025-01-01..2025-12-31"])
        #expect(Self.dates("Year to date, the fund has returned 8%.", "2026-03-10") == ["Year to date=2026-01-01..2026-03-10"])
        #expect(Self.dates("Sales in the year to date rose 5%.", "2026-03-10") == ["the year to date=2026-01-01..2026-03-10"])
        // Only "the last decade of" is a part of something else.
        #expect(
            Self.dates("The past decade of austerity hit councils hard.", "2026-03-10")
                == ["The past decade=2010-01-01..2019-12-31"])
        #expect(
            Self.dates("The next decade of growth will be driven by AI.", "2026-03-10")
                == ["The next decade=2030-01-01..2039-12-31"])
        // A change in "p" in a sentence of video is no pence.
        #expect(Self.read("Frame rates rose 30p to 60p on the new model.").isEmpty)
        // Possessors' numbers compared with a count are counts of the same things; a model after one is not.
        #expect(
            Self.read("Leeds scored 70 goals, behind Burnley's 78 and Sheffield's 74.") == [
                "70=70.0 [goals]", "78=78.0 [goals]", "74=74.0 [goals]",
            ])
        #expect(Self.read("The airline owns 40 jets, ahead of its rival's 35.") == ["40=40.0 [jets]", "35=35.0 [jets]"])
        #expect(
            Self.read("Italy produced 5.1 million tonnes, ahead of Spain's 4.2 million and Greece's 1.1 million.") == [
                "5.1 million=5100000.0 [tonnes]", "4.2 million=4200000.0 [tonnes]", "1.1 million=1100000.0 [tonnes]",
            ])
        #expect(Self.read("He drove Porsche's 911 faster than Ferrari's 488.").isEmpty)
        #expect(Self.read("The firm sold 40 jets, ahead of Boeing's 737 Max line.") == ["40=40.0 [jets]"])
    }

    @Test func gappedCountsAndTrailingAdverbs() {
        #expect(
            Self.read("The farm lost 40 sheep in the storm and 30 before Christmas.") == [
                "40=40.0 decrease [sheep]", "30=30.0 [sheep]",
            ])
        #expect(
            Self.read("Some 200 applications were lodged and 40 withdrawn.") == [
                "Some 200=200.0 approx [applications]", "40=40.0 [applications]",
            ])
        #expect(
            Self.read("Police seized 38 drones near prisons in 2025. Officers seized 12 in January alone.") == [
                "38=38.0 [drones]", "12=12.0 [drones]",
            ])
        #expect(
            Self.read("Angola has 1,100 minefields still to clear. Donors have paid to clear 400 so far.") == [
                "1,100=1100.0 [minefields]", "400=400.0 [minefields]",
            ])
        // Not a count with a noun of its own, nor one before another clause's words.
        #expect(Self.read("The firm hired 40 staff and 12 percent left.") == ["40=40.0 [staff]", "12 percent=12.0"])
        #expect(Self.read("The firm sold 1,500 and 2,000 units.") == ["1,500=1500.0", "2,000=2000.0 [units]"])
    }

    @Test func totalsOfTimeAndSpacedMillions() {
        #expect(
            Self.read("Spills lasted a total of 3.6 million hours, up from 1.75 million hours.") == [
                "3.6 million=3600000.0 increase [hours]", "1.75 million=1750000.0 [hours]",
            ])
        #expect(Self.read("Sewage spilled into the lake for 1,500 hours.") == ["1,500=1500.0 [hours]"])
        #expect(Self.read("The budget is £2,300 m over five years.") == ["£2,300 m=2300000000.0"])
        #expect(Self.read("The region has 3.5 m people.") == ["3.5 m=3500000.0 [people]"])
        // A duration stays none, and a spaced "m" before nothing counted is metres.
        #expect(Self.read("The strike lasted 14 days.").isEmpty)
        #expect(Self.read("The outage lasted 36 hours.").isEmpty)
        #expect(Self.read("The avalanche at 2,300 m hit the lift.").isEmpty)
    }

    @Test func auditTwentyThreeCounts() {
        // Colombian pesos before four digits or more; the summit stays none.
        #expect(
            Self.read("The minimum wage rose 9.5% to COP 1,423,500 a month.") == ["9.5%=9.5 increase", "COP 1,423,500=1423500.0 increase"])
        #expect(Self.read("Delegates at COP 26 agreed.").isEmpty)
        // Labels, a frequency and a model.
        #expect(Self.read("Hymn 512 and Psalm 23 will be sung.").isEmpty)
        #expect(Self.read("Kane scored on matchday 4.").isEmpty)
        #expect(Self.read("Listeners can tune in on 92.4 FM.").isEmpty)
        #expect(Self.read("The Levi's 501 jeans were listed.").isEmpty)
        #expect(Self.read("This week 300 people died.") == ["300=300.0 [people]"])
        #expect(Self.read("Tesla's 350 cars were recalled.") == ["350=350.0 [cars]"])
        // A level over the terms of the change, a comma before "to", a rate's unit of the earlier level.
        #expect(
            Self.read("Aid fell 7.1% in real terms to $212.1 billion.") == ["7.1%=7.1 decrease", "$212.1 billion=212100000000.0 decrease"])
        #expect(
            Self.read("Car thefts in Toronto dropped 17 per cent compared with 2023, to about 9,600.") == [
                "17 per cent=17.0 decrease", "about 9,600=9600.0 approx decrease [Car thefts]",
            ])
        #expect(
            Self.read("Vanilla prices have dropped from $600 a kilogram in 2018 to about $50.") == [
                "$600=600.0", "about $50=50.0 approx decrease",
            ])
        #expect(Self.read("Exports rose 12%, to 30 countries.") == ["12%=12.0 increase", "30=30.0 [countries]"])
        // Subjects: fish counted in the singular, over a rate's "per", a headline's "Make".
        #expect(Self.read("About 3,400 farmed salmon escaped from a pen.") == ["About 3,400=3400.0 approx [farmed salmon]"])
        #expect(Self.read("Fishermen landed 300 tonnes of cod.") == ["300=300.0 [tonnes of cod]"])
        #expect(Self.read("Visits per patient rose to 12.") == ["12=12.0 increase [Visits]"])
        #expect(Self.read("Drone Incursions Rise 60% As Police Make 40 Arrests") == ["60%=60.0 increase", "40=40.0 [Arrests]"])
    }

    @Test func auditTwentyThreeDates() {
        // A possessive weekday of a thing called off or moved, over its phrase: the nearest.
        #expect(
            Self.dates("Friday's meeting of finance ministers has been postponed until next month.", "2027-03-29")
                == ["Friday=2027-03-26..2027-03-26", "next month=2027-04-01..2027-04-30"])
        #expect(
            Self.dates("Friday's match against Italy has been moved to Saturday.", "2026-09-01")
                == ["Friday=2026-09-04..2026-09-04", "Saturday=2026-09-05..2026-09-05"])
        #expect(Self.dates("Friday's match against Italy was won easily.", "2026-09-01") == ["Friday=2026-08-28..2026-08-28"])
        // The day a thing was set for: the nearest.
        #expect(
            Self.dates("The election, originally set for April 11, has been rescheduled for May 2.", "2027-03-29")
                == ["April 11=2027-04-11..2027-04-11", "May 2=2027-05-02..2027-05-02"])
        #expect(Self.dates("The match, set for Friday, has been postponed.", "2026-09-01") == ["Friday=2026-09-04..2026-09-04"])
    }

    @Test func reviewTwentySeven() {
        // A long stretch of days or years is a duration, and so is a point ahead in hours; a total of hours counts.
        #expect(Self.read("The ruins stood for 1,000 years.").isEmpty)
        #expect(Self.read("The strike lasted 1,000 days.").isEmpty)
        #expect(Self.read("The dam will be finished in 1,500 hours' time.").isEmpty)
        #expect(Self.read("Volunteers gave 2 million hours.") == ["2 million=2000000.0 [hours]"])
        // A spaced "m" before a currency word is millions.
        #expect(Self.read("The club paid 40 m euros for the striker.") == ["40 m euros=40000000.0"])
        // A weekday a thing called off was set for: the nearest; one that went ahead, by tense.
        #expect(
            Self.dates("The hearing, set for Tuesday, was adjourned to July 12.", "2024-05-08") == [
                "Tuesday=2024-05-07..2024-05-07", "July 12=2024-07-12..2024-07-12",
            ])
        #expect(Self.dates("The ceremony, set for Saturday, was called off.", "2024-05-13") == ["Saturday=2024-05-11..2024-05-11"])
        #expect(Self.dates("The final, set for Sunday, went ahead as planned.", "2024-05-13") == ["Sunday=2024-05-12..2024-05-12"])
        #expect(Self.dates("The vote is set for 15 October.", "2024-03-13") == ["15 October=2024-10-15..2024-10-15"])
        // A long list of possessors' counts is read in linear time: each looks back over at most eight.
        let list = (0..<2_000).map { "the club's \($0 % 90 + 10)" }.joined(separator: " and ")
        let figures = Self.read("Leeds scored 70 goals, behind \(list).")
        #expect(figures.count == 2_001)
        #expect(figures.prefix(3) == ["70=70.0 [goals]", "10=10.0 [goals]", "11=11.0 [goals]"])
        #expect(figures.last == "29=29.0")
    }

    @Test func moreFishAndThingsCalledOff() {
        #expect(Self.read("About 12 million herring spawn here.") == ["About 12 million=12000000.0 approx [herring]"])
        #expect(Self.read("The firm landed 300 tonnes of herring.") == ["300=300.0 [tonnes of herring]"])
        // A weekday's possessive over a place in the thing's phrase, and a summit or an election called off or moved.
        #expect(Self.dates("Friday's concert at the O2 has been cancelled.", "2024-05-08") == ["Friday=2024-05-10..2024-05-10"])
        #expect(
            Self.dates("Thursday's summit of EU leaders has been moved to Brussels.", "2024-05-08") == ["Thursday=2024-05-09..2024-05-09"])
        #expect(Self.dates("Officials postponed Thursday's election.", "2024-05-08") == ["Thursday=2024-05-09..2024-05-09"])
        // Not one held: by tense.
        #expect(Self.dates("Friday's concert at the O2 sold out.", "2024-05-08") == ["Friday=2024-05-03..2024-05-03"])
        #expect(Self.dates("The party won Thursday's election.", "2024-05-08") == ["Thursday=2024-05-02..2024-05-02"])
    }
}

import Testing

@testable import NewsFigures

/// Audit 32's classes (400 count sentences in 40 more genres; 135 dates on 2027-06-14, 2028-02-29 and 2027-11-25) and the
/// older left-alone cases fixed with them, each with the cases that must stay as they were.
@Suite struct AuditThirtyTwoDatesTests {
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func weekdaysListedAreDaysOfOneStretchInTheOrderTold() {
        // A past report on a Monday: "Monday" is the week before, as "Tuesday" is.
        #expect(
            Self.dates("Staff walked out on Monday and Tuesday.", "2026-06-15") == [
                "on Monday=2026-06-08..2026-06-08", "Tuesday=2026-06-09..2026-06-09",
            ])
        #expect(
            Self.dates("Strikes were held on Monday, Wednesday and Friday.", "2026-06-17") == [
                "on Monday=2026-06-08..2026-06-08", "Wednesday=2026-06-10..2026-06-10", "Friday=2026-06-12..2026-06-12",
            ])
        #expect(
            Self.dates("Staff walked out on Monday and Tuesday last week.", "2026-06-15") == [
                "on Monday=2026-06-08..2026-06-08", "Tuesday last week=2026-06-09..2026-06-09",
            ])
        // Ahead: on from the first.
        #expect(
            Self.dates("Unions will strike on Monday, Wednesday and Friday.", "2026-06-17") == [
                "on Monday=2026-06-22..2026-06-22", "Wednesday=2026-06-24..2026-06-24", "Friday=2026-06-26..2026-06-26",
            ])
        // In order already: unchanged.
        #expect(
            Self.dates("The shop will close on Monday and Tuesday.", "2026-06-15") == [
                "on Monday=2026-06-15..2026-06-15", "Tuesday=2026-06-16..2026-06-16",
            ])
        #expect(
            Self.dates("Fans queued on Sunday and Monday.", "2026-06-15") == [
                "on Sunday=2026-06-14..2026-06-14", "Monday=2026-06-15..2026-06-15",
            ])
        // Not weekdays with other words between.
        #expect(
            Self.dates("Police arrested him on Monday and charged him on Tuesday.", "2026-06-15") == [
                "on Monday=2026-06-15..2026-06-15", "on Tuesday=2026-06-09..2026-06-09",
            ])
    }

    @Test func daysListedBeforeTheirMonth() {
        #expect(
            Self.dates("Nurses will walk out on 2 and 4 December.", "2027-11-25") == [
                "2=2027-12-02..2027-12-02", "4 December=2027-12-04..2027-12-04",
            ])
        #expect(
            Self.dates("Nurses will walk out on 2, 4 and 6 December.", "2027-11-25") == [
                "2=2027-12-02..2027-12-02", "4=2027-12-04..2027-12-04", "6 December=2027-12-06..2027-12-06",
            ])
        // Two days running stay one span; no preposition of days, no list.
        #expect(Self.dates("Talks will be held on 14 and 15 October.", "2024-03-13") == ["14 and 15 October=2024-10-14..2024-10-15"])
        #expect(Self.dates("He won 3 and 10 October.", "2024-03-13").count == 1)
    }

    @Test func aRelativeClausesOwnPastVerb() {
        #expect(
            Self.dates("Leinster, who lost 24-20 to Munster on Saturday, travel to Cardiff next week.", "2028-03-01") == [
                "on Saturday=2028-02-26..2028-02-26", "next week=2028-03-06..2028-03-12",
            ])
        #expect(
            Self.dates("Leinster, who beat Munster on Saturday, travel to Cardiff next week.", "2028-03-01") == [
                "on Saturday=2028-02-26..2028-02-26", "next week=2028-03-06..2028-03-12",
            ])
        // A clause of what is to come keeps its day ahead.
        #expect(
            Self.dates("Leinster, who play Munster on Saturday, travel to Cardiff next week.", "2028-03-01") == [
                "on Saturday=2028-03-04..2028-03-04", "next week=2028-03-06..2028-03-12",
            ])
    }

    @Test func theMonthOfEveryWeekdayAheadAndQuotedTitles() {
        #expect(
            Self.dates("The farmers' market will be held every Saturday in July on the village green.", "2027-06-14") == [
                "July=2027-07-01..2027-07-31"
            ])
        // A habit told in the present stays undated.
        #expect(Self.dates("The market is held every Saturday in July.", "2027-06-14").isEmpty)
        #expect(Self.dates("The market opens each weekend in January.", "2024-03-13").isEmpty)
        #expect(Self.dates("The market will be held every year in July.", "2027-06-14").isEmpty)
        // A short title of capitalised words in quotes.
        #expect(Self.dates("The choir closed the concert with a rendition of 'Friday's Child'.", "2027-06-14").isEmpty)
        #expect(Self.dates("'Monday Blues' topped the charts on Friday.", "2027-06-14") == ["on Friday=2027-06-11..2027-06-11"])
        // The weekday as the subject of a present verb after a colon or a quote, or before an article.
        #expect(Self.dates("She said: 'Friday is the deadline.'", "2027-06-14") == ["Friday=2027-06-18..2027-06-18"])
        #expect(Self.dates("He said: 'Friday was the worst day.'", "2027-06-14") == ["Friday=2027-06-11..2027-06-11"])
        #expect(Self.dates("\"Monday marks a new start,\" he said.", "2027-06-16") == ["Monday=2027-06-21..2027-06-21"])
        #expect(Self.dates("Sunday services start an hour later.", "2027-06-14").isEmpty)
    }

    @Test func listsEndWhereTheNextClauseBeginsAndCalledOffDaysAreTheNearest() {
        // (Review 37.) A weekday that opens the next clause is no day of the list.
        #expect(
            Self.dates("The council met on Tuesday and Wednesday is the deadline for objections.", "2026-05-19") == [
                "on Tuesday=2026-05-19..2026-05-19", "Wednesday=2026-05-20..2026-05-20",
            ])
        #expect(
            Self.dates("He was injured on Saturday and Sunday's match is now in doubt.", "2026-10-10").first
                == "on Saturday=2026-10-10..2026-10-10")
        // Over a preposition after the list.
        #expect(
            Self.dates("Snow fell on Sunday, Monday and Tuesday across the Highlands.", "2028-01-17") == [
                "on Sunday=2028-01-09..2028-01-09", "Monday=2028-01-10..2028-01-10", "Tuesday=2028-01-11..2028-01-11",
            ])
        // What is called off from today on.
        #expect(
            Self.dates("The airport cancelled 300 flights on Wednesday and Thursday.", "2026-12-09") == [
                "on Wednesday=2026-12-09..2026-12-09", "Thursday=2026-12-10..2026-12-10",
            ])
        #expect(Self.dates("Ryanair cancelled 400 flights on Monday.", "2027-03-28") == ["on Monday=2027-03-22..2027-03-22"])
        // Days listed before their month: all in the year of a stretch with the published day in it.
        #expect(
            Self.dates("Flights were cancelled on 27 and 29 December because of fog.", "2027-12-28") == [
                "27=2027-12-27..2027-12-27", "29 December=2027-12-29..2027-12-29",
            ])
        #expect(
            Self.dates("Members walked out on 12, 14 and 16 January.", "2028-01-13") == [
                "12=2028-01-12..2028-01-12", "14=2028-01-14..2028-01-14", "16 January=2028-01-16..2028-01-16",
            ])
        // A quoted headline of more than two words after the weekday is no title.
        #expect(Self.dates("The headline read: 'Friday Chaos On The Roads'.", "2026-12-21") == ["Friday=2026-12-18..2026-12-18"])
    }

    @Test func audit33SubjectsOfWouldHolidaysAheadAndCohorts() {
        // The weekday as the subject of "would" after a verb of saying looks ahead; "was" stays the day gone.
        #expect(
            Self.dates("The Met Office said Saturday would be warm and sunny, with highs of 19C.", "2027-04-02") == [
                "Saturday=2027-04-03..2027-04-03"
            ])
        #expect(Self.dates("The Met Office said Saturday was warm.", "2027-04-02") == ["Saturday=2027-03-27..2027-03-27"])
        // A present verb of an event before a holiday in a sentence of no past puts it ahead.
        #expect(
            Self.dates("Ulster and Munster meet again on Boxing Day at Kingspan Stadium.", "2027-03-17") == [
                "Boxing Day=2027-12-26..2027-12-26"
            ])
        #expect(Self.dates("Sales rose on Boxing Day.", "2027-03-17") == ["Boxing Day=2026-12-26..2026-12-26"])
        // A cohort named after its year is no date.
        #expect(Self.dates("The Class of 2027 will be the first to sit the new exams.", "2027-03-17").isEmpty)
        #expect(Self.dates("The class of 2028 graduated in June.", "2028-12-31") == ["June=2028-06-01..2028-06-30"])
        #expect(Self.dates("Classes of 30 pupils were common in 2027.", "2027-03-17") == ["2027=2027-01-01..2027-12-31"])
    }

    @Test func review38ListsInsideTheSubjectAndWordsOfThePast() {
        // A list inside the subject, before the clause's verb, is one stretch whatever follows it.
        #expect(
            Self.dates("Strikes on Monday and Tuesday cancelled 120 operations.", "2026-07-27") == [
                "on Monday=2026-07-20..2026-07-20", "Tuesday=2026-07-21..2026-07-21",
            ])
        #expect(
            Self.dates("Rain on Monday and Tuesday means the pitch is waterlogged.", "2027-12-08") == [
                "on Monday=2027-12-06..2027-12-06", "Tuesday=2027-12-07..2027-12-07",
            ])
        // After a clause with its own past verb, the next clause's subject is ahead.
        #expect(
            Self.dates("Leeds won on Saturday and Tuesday brings another home game.", "2026-09-20") == [
                "on Saturday=2026-09-19..2026-09-19", "Tuesday=2026-09-22..2026-09-22",
            ])
        // What is called off stays in the past with a word of the past after it.
        #expect(
            Self.dates("The airline cancelled 300 flights on Wednesday and Thursday last week.", "2028-05-10") == [
                "on Wednesday=2028-05-03..2028-05-03", "Thursday last week=2028-05-04..2028-05-04",
            ])
        #expect(
            Self.dates("Ryanair cancelled flights on Wednesday and Thursday a week ago.", "2028-11-22").prefix(2) == [
                "on Wednesday=2028-11-15..2028-11-15", "Thursday=2028-11-16..2028-11-16",
            ])
        // A relative year after the month of days listed.
        #expect(
            Self.dates("Strikes are planned on 27 and 29 December next year.", "2027-12-28") == [
                "27=2028-12-27..2028-12-27", "29 December next year=2028-12-29..2028-12-29",
            ])
        // In a quoted headline a weekday before a capitalised plural is any such day; "Chaos" is no plural.
        #expect(Self.dates("The headline read: 'Sunday Trading Laws To Change'.", "2028-08-16").isEmpty)
        #expect(Self.dates("The headline read: 'Monday Blues Cost Economy Billions'.", "2026-01-07").isEmpty)
        #expect(Self.dates("The headline read: 'Friday Chaos On The Roads'.", "2026-07-15") == ["Friday=2026-07-10..2026-07-10"])
    }

    @Test func review39EventsOfTheDayReportsNowAndWill() {
        // A plural of the day's own events keeps the date in a quoted headline; a plural of every week's does not.
        #expect(
            Self.dates("'Friday Strikes Cancel 200 Trains' was the headline.", "2027-07-29").first == "Friday=2027-07-23..2027-07-23")
        #expect(Self.dates("'Monday Mornings Are Worst For Commuters' read the front page.", "2028-11-10").isEmpty)
        // A holiday in a report told in the present stays the one gone; an event ahead otherwise.
        #expect(
            Self.dates("The ceasefire holds on Christmas Day, officials say.", "2027-01-11") == ["Christmas Day=2026-12-25..2026-12-25"])
        #expect(
            Self.dates("The teams play on Boxing Day in front of 40,000 fans.", "2027-01-08") == ["Boxing Day=2027-12-26..2027-12-26"])
        // "will" after the weekday looks ahead, as "would" does after saying.
        #expect(Self.dates("Organisers said Friday will be the busiest day.", "2028-08-24") == ["Friday=2028-08-25..2028-08-25"])
    }

    @Test func calledOffDaysTakenAheadGoBackWithAWordOfThePast() {
        #expect(
            Self.dates("The airline cancelled flights on Monday and Tuesday a week ago.", "2027-01-08").prefix(2) == [
                "on Monday=2027-01-04..2027-01-04", "Tuesday=2027-01-05..2027-01-05",
            ])
        #expect(
            Self.dates("The airline cancelled flights on Thursday and Friday earlier this month.", "2027-12-20").prefix(2) == [
                "on Thursday=2027-12-16..2027-12-16", "Friday=2027-12-17..2027-12-17",
            ])
        // Not in a sentence of what is to come.
        #expect(
            Self.dates("Unions will strike on Thursday and Friday, the last days before Christmas.", "2027-12-20").prefix(2) == [
                "on Thursday=2027-12-23..2027-12-23", "Friday=2027-12-24..2027-12-24",
            ])
    }
}

@Suite struct AuditThirtyTwoCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    /// Counts, amounts and shares as `read` gives them, for an article published on `published`.
    static func read(_ text: String, published: String) -> [String] {
        FigureExtractor.extract(from: text, options: ExtractionOptions(published: CalendarDate(iso: published)))
            .filter { $0.kind != .date }
            .map { f in
                var s = "\(f.text)=\(f.value?.doubleValue ?? -1)"
                if let subject = f.subject { s += " [\(subject)]" }
                return s
            }
    }

    @Test func aLevelBeforeItsChangeAfterACommaStatesNone() {
        // The change after the comma is the percentage's; the level before it carries none (validation derives the earlier
        // level from the two).
        #expect(
            Self.read("Builders started work on 1.31 million homes in October, down 4.2% from September.") == [
                "1.31 million=1310000.0 [homes]", "4.2%=4.2 decrease",
            ])
        #expect(Self.read("Profit was £40m, down by 12%.") == ["£40m=40000000.0", "12%=12.0 decrease"])
        // An earlier level after "up from" does.
        #expect(Self.read("Profit was £40m, up from £30m.") == ["£40m=40000000.0 increase", "£30m=30000000.0"])
    }

    @Test func pointsAfterAShareOverItsWords() {
        #expect(
            Self.read("Women made up 44% of finishers, up 3 points on last year.") == [
                "44%=44.0 [finishers]", "3 points=3.0 increase",
            ])
        #expect(Self.read("Australia's Coalition Falls To 32% In Newspoll, Down Three Points").last == "Three Points=3.0 decrease")
        // Not an index's points after a change of its own.
        #expect(Self.read("The Nasdaq dropped 2.1%, down 380 points.").last == "380=380.0 decrease [points]")
    }

    @Test func headlineVerbsByTheirForm() {
        #expect(Self.read("Archaeologists Uncover 2,000 Roman Coins In Norfolk Field") == ["2,000=2000.0 [Roman Coins]"])
        #expect(Self.read("SpaceX Launches 28 Starlink Satellites On 400th Falcon 9 Flight") == ["28=28.0 [Starlink Satellites]"])
        #expect(Self.read("Helpline Answered 38,000 Calls Last Year") == ["38,000=38000.0 [Calls]"])
        #expect(Self.read("Offshore Wind Auction Attracts 11 Bids Worth £9bn").first == "11=11.0 [Bids]")
        #expect(Self.read("Record 56,000 Runners Set For London Marathon") == ["56,000=56000.0 [Runners]"])
        // Names stay names.
        #expect(Self.read("Microsoft Windows 11 Devices Get Update").isEmpty)
        #expect(Self.read("Apollo 11 Astronauts Honoured At Gala").isEmpty)
        #expect(Self.read("Boeing 737 Jets Grounded").isEmpty)
        #expect(Self.read("Record 21 Launches Today").isEmpty)
    }

    @Test func yearsBeforeTheirNounsAndNumberWordsInsideWords() {
        #expect(Self.read("The airline cut its 2027 arrivals target.", published: "2027-11-25").isEmpty)
        #expect(Self.read("The zoo's 2028 arrivals include two tigers.", published: "2028-06-14") == ["two=2.0 [tigers]"])
        #expect(Self.read("Couples are paying deposits for 2029 dates.", published: "2028-06-14").isEmpty)
        // Counts: far from the published year, or with no possessive, compound or "dates".
        #expect(Self.read("The zoo's 1500 visitors left.", published: "2028-06-14") == ["1500=1500.0 [visitors]"])
        #expect(Self.read("Police sent 2028 officers.", published: "2028-06-14") == ["2028=2028.0 [officers]"])
        // "match-five £1,750": the number word is part of the word before.
        #expect(
            Self.read("Prizes were match-five £1,750, match-four £140 and match-three £30.") == [
                "£1,750=1750.0", "£140=140.0", "£30=30.0",
            ])
        #expect(Self.read("The under-five mortality rate fell.").isEmpty)
        #expect(Self.read("The fifty-five members met.") == ["fifty-five=55.0 [members]"])
    }

    @Test func agesPlusBoundsAfterRatingVerbsAndParticiplesWithObjects() {
        #expect(Self.read("Residents aged 65 plus can apply.").isEmpty)
        #expect(Self.read("40 plus cities signed up.").first == "40 plus=40.0 min [cities]")
        #expect(Self.read("He scored 40-plus goals.") == ["40-plus=40.0 min [goals]"])
        #expect(Self.read("He scored 9.87 on his second wave.").isEmpty)
        #expect(Self.read("Migrants crossing the Channel rose to 45,000.") == ["45,000=45000.0 increase [Migrants]"])
        #expect(Self.read("Households using food banks rose to 2.9 million.") == ["2.9 million=2900000.0 increase [Households]"])
        // Not over a preposition's noun: the number of what is counted still wins.
        #expect(
            Self.read("The number of people using food banks rose to 2.9 million.") == ["2.9 million=2900000.0 increase [people]"])
    }

    @Test func labelsRatingsKeysAndVerbsAfterBareCounts() {
        #expect(Self.read("The film is rated 15.").isEmpty)
        #expect(Self.read("Callers should dial 0 for the operator.").isEmpty)
        #expect(Self.read("Press 2 for bookings.").isEmpty)
        #expect(Self.read("The hotel is rated 5 stars by guests.") == ["5=5.0 [stars]"])
        #expect(Self.read("Inspectors rated 212 of the region's 1,040 care homes as inadequate.").first == "212=212.0 [care homes]")
        #expect(Self.read("The central bank raised rates 4 times.") == ["4=4.0 [times]"])
        #expect(Self.read("The update brings firmware 25.02 to the devices.").isEmpty)
        #expect(Self.read("The drug worked at week 12 in 312 patients.") == ["312=312.0 [patients]"])
        #expect(Self.read("One in 5 patients improved.") == ["One in 5=0.2 [patients]"])
        // A capitalised scale before a capitalised word inside a sentence of lower case is a name.
        #expect(Self.read("Canada's 2 Billion Trees programme is behind schedule.").isEmpty)
        #expect(Self.read("Sales hit 2 Billion Dollars").first == "2 Billion Dollars=2000000000.0")
        #expect(Self.read("Prizes go to runners over 60.").isEmpty)
        // A verb right after a bare number refers back.
        #expect(
            Self.read("The firm recycled 300 lithium batteries last month, and two caused lorry fires.") == [
                "300=300.0 [lithium batteries]", "two=2.0 [lithium batteries]",
            ])
        #expect(Self.read("The charity logged 2,400 calls, with 1,130 involving people in crisis.").last == "1,130=1130.0 [calls]")
        #expect(Self.read("Of 200 bids, 40 passed the test.").last == "40=40.0 [bids]")
        // Not a participle that modifies the noun.
        #expect(Self.read("About 300 trained staff joined.") == ["About 300=300.0 approx [trained staff]"])
        #expect(Self.read("The installation has 1,000 led lights.") == ["1,000=1000.0 [led lights]"])
    }

    @Test func headlineNamesUnitsAndRatingsStayOut() {
        // (Review 37.) Score lines, measures, models, distances, sequels and ratings.
        #expect(Self.read("Texas Rangers 5 Houston Astros 3").isEmpty)
        #expect(Self.read("Leeds Rhinos 24 Wigan Warriors 18").isEmpty)
        #expect(Self.read("Travellers Faced 3 Hour Queues").isEmpty)
        #expect(Self.read("Drivers Endure 5 Mile Tailbacks").isEmpty)
        #expect(Self.read("Record 777 Orders For Boeing At Dubai Show").isEmpty)
        #expect(Self.read("Record 400 Metres Win For Olympic Champion").isEmpty)
        #expect(Self.read("Need For Speed 2 Players Hit By Outage").isEmpty)
        #expect(Self.read("Extra 300 Buses For Commuters") == ["300=300.0 [Buses]"])
        #expect(Self.read("Record 3.2 Million Tourists Visit Iceland") == ["3.2 Million=3200000.0 [Tourists]"])
        #expect(Self.read("The film is rated 12-plus.").isEmpty)
        #expect(Self.read("Entry is for those aged 18-plus.").isEmpty)
        // League points after a share of games, and index points after a comparative, are no percentage points.
        #expect(
            Self.read("Arsenal have won 70% of their league games, up 6 points on last season's tally.").last
                == "6=6.0 increase [points]")
        #expect(Self.read("The Nasdaq ended 2.1% lower, down 380 points.").last == "380=380.0 decrease [points]")
        #expect(Self.read("Labour was on 44% of the vote, up 3 points on the last election.").last == "3 points=3.0 increase")
    }

    @Test func review38SharesPointsRecordsAndNamedTallies() {
        // Points after a share over any words but a comparative or games.
        #expect(Self.read("In Scotland, 48% back independence, up 2 points.").last == "2 points=2.0 increase")
        #expect(Self.read("58% approved of the plan, up 7 points.").last == "7 points=7.0 increase")
        #expect(Self.read("The index closed at 7,900, 1.1% higher, up 85 points.").last == "85=85.0 increase [points]")
        // A record word before any number of things, but not a jet's model before its orders.
        #expect(Self.read("Record 312 Arrests At Notting Hill Carnival") == ["312=312.0 [Arrests]"])
        #expect(Self.read("Record 737 Migrants Cross Channel") == ["737=737.0 [Migrants]"])
        #expect(Self.read("Record 777 Orders For Boeing At Dubai Show").isEmpty)
        // A capitalised tally in running text counts, unless a scheme's head or another capitalised word follows.
        #expect(Self.read("The app passed 5 Million Downloads last week.") == ["passed 5 Million=5000000.0 min [Downloads]"])
        #expect(Self.read("The UK's 1 Million Homes target was missed.").isEmpty)
        // Labels: bands and page ranges.
        #expect(Self.read("She is a band 5 nurse.").isEmpty)
        #expect(Self.read("See pp. 112-118 of the report.").isEmpty)
        #expect(Self.read("A band of 40 musicians played.") == ["40=40.0 [musicians]"])
    }

    @Test func audit33CompoundsOfPlacesAndWeekendsAsDurations() {
        #expect(Self.read("The new 1,200-space multi-storey car park opens in May.") == ["1,200=1200.0 [space]"])
        #expect(Self.read("A 60-place nursery opened.") == ["60=60.0 [place]"])
        #expect(Self.read("Coachella grossed $114.6m over two weekends.") == ["$114.6m=114600000.0"])
        // Not a compound of another word.
        #expect(Self.read("The firm bought a 10-year lease.").isEmpty)
    }

    @Test func review39BandsOfWeatherAndJetsOnFlights() {
        #expect(Self.read("A band 40 miles wide crossed the county.") == ["40=40.0 [miles]"])
        #expect(Self.read("Wage band 7 covers 3,000 staff.") == ["3,000=3000.0 [staff]"])
        #expect(Self.read("Extra 747 Flights Planned For Hajj").isEmpty)
        #expect(Self.read("Record 312 Arrests At Notting Hill Carnival") == ["312=312.0 [Arrests]"])
    }
}

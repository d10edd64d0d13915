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
}

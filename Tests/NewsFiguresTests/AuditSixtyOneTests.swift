import Testing

@testable import NewsFigures

/// Audit 61's classes (counts in twenty new genres, published 2031-10-14; dates on 2031-11-03, 2032-02-29 and
/// 2031-12-31), each with the cases that must stay as they were.
@Suite struct AuditSixtyOneTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }
    static func units(_ text: String) -> [String?] { NewsCopyRuleTests.figures(text).filter { $0.kind == .money }.map(\.unit) }

    @Test func anAddressBeforeTheTimeOfTheEventIsNoDate() {
        #expect(
            Self.dates("A fire broke out at 12 October Road late on Tuesday night.", "2031-12-31") == ["on Tuesday=2031-12-30..2031-12-30"])
        #expect(Self.dates("Police were called to 31 May Street early on Friday.", "2031-12-31") == ["on Friday=2031-12-26..2031-12-26"])
        #expect(Self.dates("Crowds gathered at 12 October Road late last night.", "2031-12-31") == ["last night=2031-12-30..2031-12-30"])
        // A day before a street word that a preposition of time opens, or before a noun, is still a date.
        #expect(Self.dates("From 1 April Road tax rises.", "2031-12-31") == ["1 April=2032-04-01..2032-04-01"])
        #expect(Self.dates("On 4 July Street parties were held.", "2031-12-31") == ["4 July=2031-07-04..2031-07-04"])
    }

    @Test func aSlashedDateDayFirstForTheDayAVerbOfTheFutureIsOn() {
        // The month first is gone in a sentence of the future: the day first.
        #expect(Self.dates("Polling will be held on 07/12/2031.", "2031-11-03") == ["07/12/2031=2031-12-07..2031-12-07"])
        #expect(Self.dates("The new terminal will open on 6/12/2031.", "2031-11-03") == ["6/12/2031=2031-12-06..2031-12-06"])
        // Month first as before: a future still ahead month first, a date before a noun or after a past participle, and
        // whatever country the text names.
        #expect(Self.dates("The vote in Ohio will be held on 12/07/2031.", "2031-11-03") == ["12/07/2031=2031-12-07..2031-12-07"])
        #expect(Self.dates("Ballots from the 03/05/2031 primary will be recounted.", "2031-03-10") == ["03/05/2031=2031-03-05..2031-03-05"])
        #expect(
            Self.dates("Orders placed after 09/10/2031 will ship in November.", "2031-09-20").first == "09/10/2031=2031-09-10..2031-09-10")
        #expect(Self.dates("The Sydney Test starts on 3/1/2032.", "2031-12-31") == ["3/1/2032=2032-03-01..2032-03-01"])
    }

    @Test func aHeadlinesFourLetterBaseAfterAnOpeningPlural() {
        #expect(Self.read("Dodgers Draw 3.9 Million Fans As Payroll Grows") == ["3.9 Million=3900000.0 [Fans]"])
        #expect(Self.read("Shows Lure 30,000 Visitors To Town") == ["30,000=30000.0 [Visitors]"])
        // Not after a verb in "-s" that follows a singular subject, nor a label before its number.
        #expect(Self.read("Court Gives Firm 6 More Months").isEmpty)
        #expect(Self.read("Schools Year 7 Places Offered To Pupils").isEmpty)
        #expect(Self.read("Parents Form 4 Results Released In Nairobi").isEmpty)
    }

    @Test func aCapitalisedUnitInAHeadlineIsAMeasurement() {
        #expect(Self.read("Thieves Strike As 1,400 Km Of Copper Is Stolen").isEmpty)
        #expect(Self.read("Floods As 80 Mm Of Rain Falls").isEmpty)
        // Not "Bar", a word, nor an initialism that is also a unit before a name or a noun.
        #expect(Self.read("Pub Opens 24 Bar Stools") == ["24=24.0 [Bar Stools]"])
        #expect(Self.read("Clinic Treats 30 Tb Patients A Day") == ["30=30.0 [Tb Patients]"])
        #expect(Self.read("State Names 3 Cm Candidates For Polls") == ["3=3.0 [Cm Candidates]"])
    }

    @Test func aChangeAfterAPercentage() {
        #expect(Self.read("Sales were 15% up on last year.") == ["15%=15.0 increase"])
        #expect(Self.read("Sales were 12 per cent down on the year before.") == ["12 per cent=12.0 decrease"])
        #expect(Self.read("Sales were 23% more than the week before.") == ["23%=23.0 increase"])
        #expect(Self.read("Visits were 23% fewer than the day before.") == ["23%=23.0 decrease"])
        // No period after "on": no change.
        #expect(Self.read("He turned the volume up on the radio by 20%.") == ["20%=20.0"])
    }

    @Test func aLocalLettersAmountPerDay() {
        #expect(Self.units("Kenya deployed 1,150 recruits to track hoppers, paying each Sh700 a day.") == ["KES"])
        #expect(Self.units("In Nairobi, guards earn Sh500 per shift.") == ["KES"])
        // Not a span of time before "after", nor one with no word of pay before it.
        #expect(Self.units("In Johannesburg, it rose to R4 a day after the storm.").isEmpty)
        #expect(Self.units("Nurses at the Lagos hospital go through one N95 a day.").isEmpty)
        #expect(Self.units("Passengers at Manila airport can park on P2 a day for free.").isEmpty)
    }

    @Test func aNamesFirstWordAndAWholeThatNamesItsCount() {
        #expect(Self.read("About 1,900 New Zealanders were sworn in.") == ["About 1,900=1900.0 approx [New Zealanders]"])
        #expect(Self.read("About 1,900 new homes were built.") == ["About 1,900=1900.0 approx [homes]"])
        #expect(Self.read("Council Hires 300 New Staff") == ["300=300.0 [Staff]"])
        #expect(Self.read("The bank opened 30 New Branches in Lagos.") == ["30=30.0 [Branches]"])
        #expect(Self.read("The firm employs 40 New York bankers.") == ["40=40.0 [New York bankers]"])
        #expect(
            Self.read("The club signed 40 players, bringing membership to 1,250.") == ["40=40.0 [players]", "1,250=1250.0 [membership]"])
        #expect(
            Self.read("Dublin Port will cut cruise calls to 80 in 2032 from 149.")
                == ["80=80.0 decrease [cruise calls]", "149=149.0 [cruise calls]"])
    }
}

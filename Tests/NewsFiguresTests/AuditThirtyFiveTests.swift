import Testing

@testable import NewsFigures

/// Audit 35's classes (90 long dated sentences of wire copy on 2027-10-11, Canadian Thanksgiving; 2028-04-14, Good Friday;
/// 2027-12-24, Christmas Eve), each with the cases that must stay as they were.
@Suite struct AuditThirtyFiveDatesTests {
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func canadasThanksgivingByItsProvincesAndPossessive() {
        #expect(
            Self.dates("Canada's House of Commons returns on Monday, October 18, after the Thanksgiving recess.", "2027-10-11") == [
                "Monday, October 18=2027-10-18..2027-10-18", "Thanksgiving=2027-10-11..2027-10-11",
            ])
        #expect(Self.dates("Ontario's legislature returns after Thanksgiving.", "2027-10-11") == ["Thanksgiving=2027-10-11..2027-10-11"])
        // A text of the US too is the US's, "U.S." written in four tokens.
        #expect(
            Self.dates("The Toronto Raptors play in New York on Thanksgiving, the U.S. holiday.", "2027-10-11") == [
                "Thanksgiving=2027-11-25..2027-11-25"
            ])
    }

    @Test func aRelativeClauseWithNoCommasHasItsOwnTense() {
        #expect(
            Self.dates("Hospital consultants who walked out on Monday and Tuesday will meet health officials on Wednesday.", "2028-04-14")
                == ["on Monday=2028-04-10..2028-04-10", "Tuesday=2028-04-11..2028-04-11", "on Wednesday=2028-04-19..2028-04-19"])
        #expect(
            Self.dates("The Ontario Energy Board approved on Thursday a rise in rates that takes effect on November 1.", "2027-10-11") == [
                "on Thursday=2027-10-07..2027-10-07", "November 1=2027-11-01..2027-11-01",
            ])
        // Both past; a "that" after a verb of saying opens no relative clause.
        #expect(
            Self.dates("The man who stole the car on Friday was arrested on Saturday.", "2027-10-11") == [
                "on Friday=2027-10-08..2027-10-08", "on Saturday=2027-10-09..2027-10-09",
            ])
        #expect(Self.dates("Officials said that prices rose in March.", "2027-10-11") == ["March=2027-03-01..2027-03-31"])
        // A present verb of an event there tells of one to come; a past form after it is the main clause's.
        #expect(
            Self.dates("The law that takes effect on Saturday will ban disposable vapes.", "2025-03-12") == [
                "on Saturday=2025-03-15..2025-03-15"
            ])
        #expect(
            Self.dates("The strike that starts on Thursday was called after talks collapsed last week.", "2025-03-12") == [
                "on Thursday=2025-03-13..2025-03-13", "last week=2025-03-03..2025-03-09",
            ])
        #expect(Self.dates("The team that hosts the final lost on Saturday.", "2024-11-04") == ["on Saturday=2024-11-02..2024-11-02"])
        // "will be" after a weekday still makes it the subject.
        #expect(Self.dates("The council said Friday will be the busiest day.", "2027-10-11") == ["Friday=2027-10-15..2027-10-15"])
    }

    @Test func nextBeforeAPossessiveDatesNoClause() {
        #expect(
            Self.dates("He withdrew on Thursday from next week's tournament.", "2028-04-14") == [
                "on Thursday=2028-04-13..2028-04-13", "next week=2028-04-17..2028-04-23",
            ])
        #expect(
            Self.dates("The final will be played on Thursday next week.", "2028-04-14") == ["on Thursday next week=2028-04-20..2028-04-20"])
    }

    @Test func theEndOfASeasonOfTwoYears() {
        #expect(
            Self.dates("Sunderland were relegated at the end of the 2026-27 season.", "2028-04-14") == ["2026-27=2026-01-01..2027-12-31"])
        #expect(Self.dates("The deal runs until the end of 2026.", "2026-11-10") == ["end of 2026=2026-09-01..2026-12-31"])
    }

    @Test func aCountOfThingsInASpanIsARate() {
        #expect(Self.dates("Liverpool host Manchester United, the first of three games in eight days.", "2027-12-24").isEmpty)
        #expect(Self.dates("The squad will play four matches in 10 days.", "2025-12-22").isEmpty)
        // Not things known before, after a determiner, nor a span with no count before it.
        #expect(
            Self.dates("The council will vote on the 12 proposals in two weeks.", "2025-12-22") == ["in two weeks=2026-01-05..2026-01-05"])
        #expect(Self.dates("The vote will be held in eight days.", "2027-12-24") == ["in eight days=2028-01-01..2028-01-01"])
    }

    @Test func warningsAndWhatWasSaidWouldComeOverMoreWords() {
        // A warning's day over its places.
        #expect(
            Self.dates("The Met Office is issuing a yellow warning for rain across Wales and south-west England on Sunday.", "2028-04-14")
                == ["on Sunday=2028-04-16..2028-04-16"])
        #expect(Self.dates("The Met Office issued a warning on Monday.", "2028-04-14") == ["on Monday=2028-04-10..2028-04-10"])
        // "would" after a verb of saying over a relative clause set off by commas.
        #expect(
            Self.dates(
                "The National Hurricane Center said the storm, which made landfall near Cedar Key on Saturday night, would weaken over "
                    + "Georgia on Tuesday.", "2027-10-11") == ["on Saturday=2027-10-09..2027-10-09", "on Tuesday=2027-10-12..2027-10-12"])
        #expect(
            Self.dates("The minister, who resigned on Friday, said on Saturday he would stay on.", "2027-10-11") == [
                "on Friday=2027-10-08..2027-10-08", "on Saturday=2027-10-09..2027-10-09",
            ])
    }

    @Test func holidaysCloseAhead() {
        // A deadline "by" a holiday close ahead, whatever the tense.
        #expect(
            Self.dates("Snow left 4,000 homes without power, with engineers hoping to reconnect them all by Boxing Day.", "2027-12-24") == [
                "Boxing Day=2027-12-26..2027-12-26"
            ])
        #expect(Self.dates("The work was finished by Christmas.", "2028-01-10") == ["Christmas=2027-12-25..2027-12-25"])
        // A thing on a holiday called off after it.
        #expect(
            Self.dates("Edinburgh's street party on New Year's Eve has been cancelled.", "2027-12-24") == [
                "New Year's Eve=2027-12-31..2027-12-31"
            ])
        #expect(Self.dates("Bus drivers will strike on Easter Saturday.", "2028-04-14") == ["Easter Saturday=2028-04-15..2028-04-15"])
    }
}

/// Audit 36's count classes (100 sentences in 20 more genres: trams, vineyards, marathons, archives, air cargo, flood
/// defences, exam results, vets, box office, wind farms, fishing quotas, waiting times, fundraising, coffee chains, motor
/// racing, cyber attacks, housing associations, zoos, steelworks, council budgets).
@Suite struct AuditThirtySixCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func aRangeOfThingsAfterAVerbOfChange() {
        #expect(Self.read("The steelworks will shed 700 to 800 positions.") == ["700 to 800=700.0..800.0 range decrease [positions]"])
        #expect(Self.read("The bank will cut 1,000 to 1,200 roles.") == ["1,000 to 1,200=1000.0..1200.0 range decrease [roles]"])
        // A change and its new level: ends far apart, or nothing counted after the high end.
        #expect(Self.read("Claims dipped 5,000 to 227,000.") == ["5,000=5000.0 decrease [Claims]", "227,000=227000.0 decrease [Claims]"])
        #expect(Self.read("The firm cut 700 jobs to 800.") == ["700=700.0 decrease [jobs]", "800=800.0 decrease [jobs]"])
        // Over a bound; not after a verb of a quantity that changes itself.
        #expect(Self.read("The bank is set to shed some 700 to 800 positions.") == ["700 to 800=700.0..800.0 range decrease [positions]"])
        #expect(
            Self.read("Union membership fell 12,000 to 31,000 members.") == [
                "12,000=12000.0 decrease [Union membership]", "31,000=31000.0 decrease [members]",
            ])
    }

    @Test func subjectsOfAmountsAndParts() {
        // A span of time counted before "at" is no thing priced; a model's number before the thing still is.
        #expect(Self.read("Tickets sold out within 12 days at €38 each.") == ["€38=38.0"])
        #expect(Self.read("Thunderbolt 3 docks start at $199 retail.") == ["start at $199=199.0 min [docks]"])
        // A verb before a noun of an amount is no part of it.
        #expect(Self.read("The council must make savings of £148m by 2029.") == ["£148m=148000000.0 [savings]"])
        // A part of a whole opening the sentence, before a regular past too.
        #expect(
            Self.read("Of the 1,240 pupils who sat GCSEs, 812 achieved good grades.") == ["1,240=1240.0 [pupils]", "812=812.0 [pupils]"])
    }

    @Test func capitalsJoinedByAnAmpersandAreOneWord() {
        #expect(Self.read("Some 58% of A&E patients were seen within four hours.") == ["Some 58%=58.0 approx [A&E patients]"])
        #expect(Self.read("The firm hired 300 R&D engineers.") == ["300=300.0 [R&D engineers]"])
        // Still a name before a number; spaced, no word.
        #expect(Self.read("The S&P 500 rose 1.2% to 5,200.") == ["1.2%=1.2 increase", "5,200=5200.0 increase"])
        #expect(Self.read("Smith & Jones sold 3 homes.") == ["3=3.0 [homes]"])
    }

    @Test func headlineVerbsWithOut() {
        #expect(Self.read("Volunteers Hand Out 95,000 Energy Gels") == ["95,000=95000.0 [Energy Gels]"])
        #expect(Self.read("Council Gives Out 2,000 Free Trees") == ["2,000=2000.0 [Free Trees]"])
    }
}

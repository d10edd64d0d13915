import NewsFigures
import Testing

@testable import NewsValidation

/// Overlap of the things counted told in other words than a poll's: no whole to add up to.
@Suite struct OverlapInOtherWordsTests {
    static let horses =
        "Of the horses examined by the charity's vets last year, 41% had joint problems, 36% had dental problems and 29% were underweight."
    static let companies =
        "Of the companies fined by the regulator last year, 64% broke the rules on pricing, 38% on advertising and 21% on data protection"

    @Test(arguments: [
        horses + " Many horses suffered from two or three of the problems at once.",
        horses + " Some horses had several of these problems.",
        horses + " The problems often occurred together.",
        companies + "; these shares add up to over 100 since some companies broke several rules, the regulator said.",
        companies + ", and some companies broke several rules, the regulator said.",
        companies + ", the regulator said. The total exceeds 100 percent because many companies broke more than one rule.",
    ])
    func overlapTold(_ text: String) {
        #expect(RuleTests.rules(text, SharesRule()).isEmpty)
    }

    /// "some" or "several" before a number is a count, and a sentence of other things is no overlap of these.
    @Test(arguments: [
        horses + " Some 300 horses were examined in all.",
        horses + " Many horses were later rehomed.",
        "Among the several thousand buyers polled, 63.9 percent chose food, 37.5 percent technology and 18.6 percent goods.",
    ])
    func noOverlapTold(_ text: String) {
        #expect(RuleTests.rules(text, SharesRule()) == ["shares.total"])
    }

    @Test func distributiveOverlap() {
        #expect(SharesRule.distributiveOverlap("Most members held two or more of the posts."))
        #expect(!SharesRule.distributiveOverlap("Some 40 percent held more than one in five posts."))
        #expect(!SharesRule.distributiveOverlap("Many members left; several others joined."))
    }
}

/// A change against the same period a year before, and a level of another period in its sentence.
@Suite struct YearOnYearChangeBesideAnotherPeriodTests {
    static func errors(_ text: String) -> [String] { LevelsAcrossPeriodsAndComparisonsTests.errors(text) }

    @Test func levelOfAnotherMonthIsNoEarlierLevel() {
        #expect(
            Self.errors("Builders started 2,160 homes in June, 8% more than a year earlier, and 1,900 homes were started in May.").isEmpty)
        #expect(
            Self.errors("Builders started 2,160 homes in June, up 8% from a year earlier, and 1,900 homes were started in May.").isEmpty)
        #expect(
            Self.errors(
                "The airport handled 2.16 million passengers in June, 8% more than a year earlier, and 1.9 million passengers in May."
            )
            .isEmpty)
    }

    @Test func earlierLevelWithNoPeriodOrTheYearBefore() {
        let message = "2,160 with 8% implies about 2,000 a year earlier, but the article states 1,900"
        #expect(
            Self.errors("Builders started 2,160 homes in June, 8% more than a year earlier, when 1,900 homes were started.") == [message])
        #expect(
            Self.errors("Builders started 2,160 homes in June 2026, 8% more than a year earlier, compared with 1,900 homes in June 2025.")
                == [message])
    }
}

/// An earlier level before the change, with the levels' unit noun between them.
@Suite struct EarlierLevelWithAUnitNounTests {
    static func errors(_ text: String) -> [String] { LevelsAcrossPeriodsAndComparisonsTests.errors(text) }

    @Test func mismatches() {
        #expect(
            Self.errors("Rainfall at the station fell to 412 millimetres last year from 530 millimetres, a drop of 12 percent.")
                == ["412 with 12 percent implies about 468 before, but the article states 530"])
        #expect(
            Self.errors("The harvest fell to 412,000 tonnes from 530,000 tonnes, a drop of 12 percent.")
                == ["412,000 with 12 percent implies about 468,182 before, but the article states 530,000"])
    }

    @Test func agreements() {
        #expect(Self.errors("The harvest fell to 412 tonnes last year from 468 tonnes, a drop of 12 percent.").isEmpty)
        #expect(Self.errors("Rainfall fell to 412 millimetres from 468 millimetres, a drop of 12 percent.").isEmpty)
    }
}

/// "Of the N …" with parts after the first that leave its verb out.
@Suite struct PartsWithAGappedVerbTests {
    static func rules(_ text: String) -> [String] {
        RuleTests.findings(text, published: "2026-02-04", rule: TotalsRule()).filter { $0.severity != .info }.map(\.message)
    }

    @Test func partsExceedTheWhole() {
        let message = ["parts 1,480 + 390 + 340 = 2,210 exceed the total 2,150"]
        #expect(Self.rules("Of the 2,150 cases, 1,480 ended in fines, 390 in community orders and 340 in prison sentences.") == message)
        #expect(
            Self.rules(
                "Of the 2,150 cases dealt with by the magistrates' court last year, 1,480 ended in fines, 390 in community orders and 340 in prison sentences."
            ) == message)
        #expect(Self.rules("Of the 2,150 offenders, 1,480 were sent to prison, 390 to hospital and 340 to probation.").count == 1)
    }

    @Test func partsThatFitOrAreNoneOfTheWhole() {
        #expect(Self.rules("Of the 2,250 cases, 1,480 ended in fines, 390 in community orders and 340 in prison sentences.").isEmpty)
        // (Counts after another preposition than the verb's are of something else: places of the 1,480.)
        #expect(Self.rules("Of the 2,150 cases, 1,480 were sent to court, 390 in Leeds and 340 in York.").isEmpty)
        #expect(Self.rules("Of the 2,150 cases, 1,480 ended in fines in 2024 and 390 in 2025.").isEmpty)
    }
}

/// A part restated after ", or" past the whole's date or a possessive of two words.
@Suite struct RestatementsPastADateOrALongPossessiveTests {
    static func rules(_ text: String) -> [String] { RuleTests.rules(text, PartWholeRule()) }

    @Test func disagreeing() {
        #expect(
            Self.rules(
                "The council said 1,450 of the 5,800 people who settled in the district last year, or about a third, had moved from abroad."
            )
                == ["part-whole"])
        #expect(
            Self.rules("The council said 1,450 of its 5,800 new residents last year, or about a third, had moved from abroad.") == [
                "part-whole"
            ])
        #expect(
            RuleTests.findings(
                "About 35 per cent of the streaming service's 2,400 film titles, or 1,100 films, will leave.", rule: PartWholeRule()
            )
            .map(\.message) == ["About 35 per cent of 2,400 is about 840, not the 1,100 stated"])
        #expect(Self.rules("About 35 per cent of the bus company's 2,400 buses, or 1,100 vehicles, will be replaced.") == ["part-whole"])
    }

    @Test func agreeing() {
        #expect(
            Self.rules(
                "The council said 1,450 of the 5,800 people who settled in the district last year, or about a quarter, had moved from abroad."
            )
            .isEmpty)
        #expect(Self.rules("About 35 per cent of the streaming service's 2,400 film titles, or 840 films, will leave.").isEmpty)
        // (A comma inside the possessive's phrase is no whole of the share.)
        #expect(PartWholeRule.ofWhole(" of the streaming service's "))
        #expect(!PartWholeRule.ofWhole(" of sales, and service's "))
        #expect(!PartWholeRule.ofWhole(" of the new streaming "))
    }
}

/// A past verb in the date's own clause with a place between it and the date.
@Suite struct PastVerbBeforeAPlaceTests {
    static func rules(_ text: String) -> [String] {
        RuleTests.findings(text, published: "2026-03-10", rule: DateConsistencyRule()).map(\.rule)
    }

    @Test(arguments: [
        "Customs officers seized 2,300 counterfeit handbags at the port on 24 March 2026, the revenue authority said.",
        "Police arrested three men at a house in the north of the city on 24 March 2026, the force said.",
        "The ship sank off the coast of Norway on 24 March 2026, the coastguard said.",
    ])
    func pastVerbFarBeforeTheDate(_ text: String) {
        #expect(Self.rules(text) == ["dates.future-in-past"])
    }

    @Test(arguments: [
        "Customs officers who seized fake goods last year will destroy 2,300 handbags at the port on 24 March 2026.",
        "The ruling, issued on Thursday, takes effect at all the ports in the north of the country on 24 March 2026.",
        "The festival that drew 5,000 people to the town last year returns to the park by the river on 24 March 2026.",
    ])
    func aFutureWordOrAnotherClause(_ text: String) {
        #expect(Self.rules(text).isEmpty)
    }
}

/// Review 12's false alarms: parts after a verb of what members may do in several things overlap, and a participle
/// before a present verb of the date's own clause tells no past.
@Suite struct OverlappingGappedPartsAndParticiplesTests {
    @Test func gappedPartsOfOverlappingVerbs() {
        #expect(
            RuleTests.rules("Of the 820 pupils, 500 passed in maths, 400 in English and 300 in science.", TotalsRule()).isEmpty)
        // Parts of an outcome still add up against their total.
        #expect(
            RuleTests.rules(
                "Of the 2,150 cases heard, 1,480 ended in fines, 390 in community orders and 340 in prison sentences.", TotalsRule())
                == ["totals.parts"])
    }

    @Test func participlesBeforePresentVerbs() {
        for text in [
            "The concert series launched by the orchestra last year resumes on 9 January 2026.",
            "The festival founded in 1990 returns on 14 August 2026.",
        ] {
            #expect(RuleTests.findings(text, published: "2025-12-05", rule: DateConsistencyRule()).isEmpty, "\(text)")
        }
        #expect(
            RuleTests.findings(
                "Police seized 2,300 counterfeit handbags at the port on 24 March 2026.", published: "2025-12-05",
                rule: DateConsistencyRule()
            ).map(\.rule) == ["dates.future-in-past"])
    }
}

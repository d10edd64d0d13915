import NewsFigures
import Testing

@testable import NewsValidation

/// Review 18's false alarms of audit 14's checks, and the catches kept beside them.
enum ReviewEighteen {
    static func errors(_ text: String, _ rule: any ValidationRule) -> [String] {
        RuleTests.findings(text, published: "2025-03-14", rule: rule).filter { $0.severity == .error }.map(\.rule)
    }
}

/// A change total's two parts are one whole only when their kinds exclude each other ("fibre connections … cable
/// upgrades", "permanent … temporary"); kinds that may overlap are two cuts of it.
@Suite struct ChangeTotalOfExclusiveKindsTests {
    @Test(arguments: [
        "The operator added 310,000 broadband customers, of which 190,000 were fibre connections and 160,000 were cable upgrades.",
        "The firm added 400 jobs, of which 250 were permanent roles and 200 were temporary roles.",
        "The firm added 400 jobs, of which 250 were full-time positions and 200 were part-time positions.",
        "The bank added 20,000 customers, of which 12,000 were domestic customers and 10,000 were international customers.",
    ])
    func exclusive(_ text: String) {
        #expect(ReviewEighteen.errors(text, TotalsRule()) == ["totals.parts"])
    }

    @Test(arguments: [
        "The company added 1,000 staff, of which 600 were software engineers and 500 were remote workers.",
        "The service added 80,000 subscribers, of which 50,000 were annual subscriptions and 40,000 were family plans.",
        "The city added 5,000 homes, of which 3,000 were social housing units and 2,500 were brick buildings.",
        "The firm added 400 jobs, of which 250 were permanent roles and 200 were part-time positions.",
        "The airline added 900 flights, of which 500 were new routes and 450 were weekend services.",
        "The fund gained 2,000 clients, of which 1,200 were retail investors and 900 were first-time savers.",
        "The bank added 20,000 customers, of which 12,000 were young savers and 10,000 were online accounts.",
        // Exclusive kinds that fit.
        "The firm added 400 jobs, of which 250 were permanent roles and 150 were temporary roles.",
    ])
    func overlappingOrFitting(_ text: String) {
        #expect(ReviewEighteen.errors(text, TotalsRule()).isEmpty)
    }
}

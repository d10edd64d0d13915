import Testing

@testable import NewsFigures

/// Audit 57's classes (counts in twenty new genres, published 2029-10-09; dates on 2029-12-30, 2030-11-25 and
/// 2031-04-14), each with the cases that must stay as they were.
@Suite struct AuditFiftySevenTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func hogmanayWaitangiDayAndTheSaintsDaysOfBritainAndIrelandAreDays() {
        #expect(
            Self.dates("Edinburgh's Hogmanay street party will go ahead despite a yellow wind warning.", "2029-12-30") == [
                "Hogmanay=2029-12-31..2029-12-31"
            ])
        #expect(
            Self.dates("Police made 40 arrests on Hogmanay last year.", "2029-12-30") == ["Hogmanay last year=2028-12-31..2028-12-31"])
        #expect(
            Self.dates("Racing at Leopardstown on St Stephen's Day attracted 14,000 people.", "2029-12-30") == [
                "St Stephen's Day=2029-12-26..2029-12-26"
            ])
        #expect(
            Self.dates("Events are planned for St. Andrew's Day across Scotland.", "2030-11-25") == [
                "St. Andrew's Day=2030-11-30..2030-11-30"
            ])
        #expect(
            Self.dates("Saint Andrew's Day falls on a Saturday this year.", "2030-11-25") == [
                "Saint Andrew's Day=2030-11-30..2030-11-30", "this year=2030-01-01..2030-12-31",
            ])
        #expect(Self.dates("Morris dancers will perform on St George's Day.", "2031-04-14") == ["St George's Day=2031-04-23..2031-04-23"])
        #expect(
            Self.dates("Schools marked St David's Day last month.", "2031-04-14") == [
                "St David's Day=2031-03-01..2031-03-01", "last month=2031-03-01..2031-03-31",
            ])
        #expect(
            Self.dates("Crowds gathered at Waitangi Day celebrations in Wellington.", "2031-04-14") == [
                "Waitangi Day=2031-02-06..2031-02-06"
            ])
        // Places and names of saints are no days, nor is a day without its "Day".
        #expect(Self.dates("He played at St Andrews and St George's Park last year.", "2031-04-14") == ["last year=2030-01-01..2030-12-31"])
        #expect(Self.dates("St Stephen's Green and St David's Hospital were busy.", "2031-04-14").isEmpty)
        #expect(Self.dates("The St Andrew's Society met in Glasgow.", "2031-04-14").isEmpty)
        #expect(Self.dates("Scheffler Leads After Windy St Andrews Day", "2029-07-14").isEmpty)
        // A saint's day its text's country keeps on another day is none.
        #expect(Self.dates("Hungary celebrated St Stephen's Day on August 20.", "2029-08-10") == ["August 20=2028-08-20..2028-08-20"])
        #expect(Self.dates("Bulgarians marked St George's Day with lamb feasts.", "2029-05-10").isEmpty)
    }

    @Test func presentLevelVerbsOfHeadlinesFindTheirSubject() {
        #expect(
            Self.read("Subway Ridership Tops 4 Million For First Time Since 2019") == ["Tops 4 Million=4000000.0 min [Subway Ridership]"])
        #expect(Self.read("Footfall Passes 4 Million") == ["Passes 4 Million=4000000.0 min [Footfall]"])
        #expect(Self.read("Subway ridership tops 4 million for first time.") == ["tops 4 million=4000000.0 min [Subway ridership]"])
        #expect(Self.read("Attendance at Glastonbury passes 210,000 for first time") == ["passes 210,000=210000.0 min [Attendance]"])
        #expect(Self.read("Deaths From Heat Tops 2,000 in Europe") == ["Tops 2,000=2000.0 min [Deaths]"])
        // What the verb hits or passes is counted after it; a singular name before it is no subject.
        #expect(Self.read("She Passes 40 Exams") == ["40=40.0 [Exams]"])
        #expect(Self.read("Storm Hits 40,000 Homes") == ["40,000=40000.0 [Homes]"])
        // Nor is a plural in a phrase of a singular head, nor one another number counts.
        #expect(Self.read("Temperature in northern states hits 48 as heatwave grips India") == ["48=48.0"])
        #expect(Self.read("Speed of trains on HS2 hits 360 in trials") == ["360=360.0"])
        #expect(Self.read("Woman Who Survived Two Wars Hits 110") == ["110=110.0"])
    }

    @Test func aPluralLabelBeforeADashedPairIsNoCount() {
        #expect(Self.read("Fares in zones 1-2 rise to £3.10.") == ["£3.10=3.1"])
        #expect(Self.read("Trains will not stop at platforms 9-10 until Monday.").isEmpty)
        #expect(Self.read("The hotel has rooms 12–14 free.").isEmpty)
        #expect(Self.read("He led laps 3-4 before pitting.").isEmpty)
        // A pair before what it counts, or after a plural that is no label, still counts.
        #expect(Self.read("The firm sold 10-12 trucks.") == ["10-12=10.0..12.0 range [trucks]"])
        #expect(Self.read("It hired 10-12 engineers.") == ["10-12=10.0..12.0 range [engineers]"])
        // Nor after a plural that labels nothing, nor one counted before it.
        #expect(Self.read("The herd now numbers 300-400.") == ["300-400=300.0..400.0 range"])
        #expect(Self.read("In those days 20-30 would turn up.") == ["20-30=20.0..30.0 range"])
        #expect(
            Self.read("Of the 24 episodes 3-4 were filmed in Belfast.") == ["24=24.0 [episodes]", "3-4=3.0..4.0 range [episodes]"])
    }

    @Test func pluralsOfOtherLanguagesAreCounted() {
        #expect(Self.read("About 30 paparazzi waited outside.") == ["About 30=30.0 approx [paparazzi]"])
        #expect(Self.read("There are 270 kibbutzim in Israel.") == ["270=270.0 [kibbutzim]"])
        // "series" is singular too, a year's or a model's: no plural ("the 2027 series in India", "BMW's 2 series coupe").
        #expect(Self.read("The 2027 series in India drew 4 million viewers.") == ["4 million=4000000.0 [viewers]"])
        #expect(Self.read("A series of 12 concerts was held.") == ["12=12.0 [concerts]"])
        #expect(Self.read("Series 3 of the show drew 4 million viewers.") == ["4 million=4000000.0 [viewers]"])
    }

    @Test func aFormerLevelAfterACountCountsTheSame() {
        #expect(
            Self.read("Passenger numbers hit 80 lakh in September, beating the previous high of 77.5 lakh set in August.") == [
                "80 lakh=8000000.0 [Passenger numbers]", "77.5 lakh=7750000.0 [Passenger numbers]",
            ])
        #expect(Self.read("The club signed 12 players, beating the old record of 10.") == ["12=12.0 [players]", "10=10.0 [players]"])
        // A level with its own noun keeps it; a level with no count before it is nobody's.
        #expect(
            Self.read("Visitor numbers hit a record 4 million, beating the previous record of 3.5 million visitors.") == [
                "4 million=4000000.0 [Visitor numbers]", "3.5 million=3500000.0 [visitors]",
            ])
        #expect(Self.read("Rainfall beat the previous record of 120 set in 1990.") == ["120=120.0"])
        #expect(
            Self.read("The company now employs 300 people, well below its previous peak of 1,200.") == [
                "300=300.0 [people]", "1,200=1200.0 [people]",
            ])
        // Not a record of a figure with no noun, of one in a preposition's phrase, or far from it.
        #expect(
            Self.read("Kohli made 120 off 90 balls, beating the previous record of 113.") == [
                "120=120.0", "90=90.0 [balls]", "113=113.0",
            ])
        #expect(Self.read("The 3 judges gave her 9.8, beating the previous high of 9.6.") == ["3=3.0 [judges]", "9.8=9.8", "9.6=9.6"])
        #expect(Self.read("Temperatures hit 41C in 3 towns, beating the previous record of 40.3.") == ["3=3.0 [towns]", "40.3=40.3"])
    }

    @Test func aGappedCountAfterAndJustOrOnlyCountsTheSame() {
        #expect(
            Self.read("India now has 88 grandmasters, compared with 45 in 2019 and just one in 1988.") == [
                "88=88.0 [grandmasters]", "45=45.0 [grandmasters]", "one=1.0 [grandmasters]",
            ])
        #expect(Self.read("The region had 300 breweries in 2020 and only 12 in 1990.") == ["300=300.0 [breweries]", "12=12.0 [breweries]"])
        // The sentence's first count, not one in a phrase between.
        #expect(
            Self.read("Sinn Féin won 37 seats in 2020, running 42 candidates, and just 30 in 2024.") == [
                "37=37.0 [seats]", "42=42.0 [candidates]", "30=30.0 [seats]",
            ])
        #expect(
            Self.read("Ryanair flew 4 million passengers on 300 planes in 2019 and just 1 million in 2020.") == [
                "4 million=4000000.0 [passengers]", "300=300.0 [planes]", "1 million=1000000.0 [passengers]",
            ])
        // Not a count with a noun of its own.
        #expect(Self.read("The firm made 300 cars in 2020 and just 12 vans in 2021.") == ["300=300.0 [cars]", "12=12.0 [vans]"])
    }

    @Test func indianStatesAndTownsMakeRupeesIndian() {
        for text in [
            "The Tea Board approved a Rs 1,000 crore package for growers in Tamil Nadu's Nilgiris district.",
            "The Madhya Pradesh government set aside Rs 500 crore.",
            "Fireworks makers in Sivakasi lost Rs 200 crore.",
        ] {
            #expect(NewsCopyRuleTests.figures(text).first?.unit == "INR", "\(text)")
        }
        // Sri Lanka's Tamils and Pakistan's cities keep their own rupees.
        #expect(NewsCopyRuleTests.figures("Tamil groups in Jaffna raised Rs 2 million.").first?.unit == "LKR")
        #expect(NewsCopyRuleTests.figures("A Rs 300 crore plant will be built in Lahore.").first?.unit == "PKR")
    }
}

import NewsFigures
import Testing

/// Audit 12's classes of counts, money and percentages, each with its near-misses.
@Suite struct AuditTwelveNotCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func labelsAndStreetsAreNoCounts() {
        #expect(Self.read("The fireworks were loaded on barge 3 and barge 4.").isEmpty)
        #expect(Self.read("The court hosted match 47 at 19:30.").isEmpty)
        #expect(Self.read("Parts are kept in aisle 14, bin 22, of the warehouse.").isEmpty)
        #expect(Self.read("The plant at 18 Loveton Circle makes sauces.").isEmpty)
        // A label before a counted noun still counts.
        #expect(Self.read("He won the match 3 times.") == ["3=3.0 [times]"])
        #expect(Self.read("They changed boat 4 times.") == ["4=4.0 [times]"])
    }

    @Test func aYearAfterTheOrAPossessiveBeforeAnEventIsAYear() {
        let figures = FigureExtractor.extract(from: "Guy Fawkes' 1605 plot failed, and 13 conspirators were named.")
        #expect(figures.map(\.text) == ["1605", "13"])
        #expect(figures.first?.kind == .date && figures.first?.date == DateSpan(start: "1605-01-01", end: "1605-12-31"))
        #expect(Self.read("The 1666 fire destroyed 13,200 houses.") == ["13,200=13200.0 [houses]"])
        // Not before a plural, nor with no determiner or possessive.
        #expect(Self.read("The hotel has the 1500 rooms it needs.") == ["1500=1500.0 [rooms]"])
        #expect(Self.read("Police found 1605 plot holders.").contains("1605=1605.0 [plot holders]"))
    }

    @Test func anAgeAfterARoleBetweenCommas() {
        #expect(Self.read("The setter, 24, signed for Modena.").isEmpty)
        #expect(Self.read("The 2.08-metre opposite, 27, signed a new deal.").filter { $0.hasPrefix("27") }.isEmpty)
        // Not with no verb after it, nor a plural before it.
        #expect(Self.read("Of the injured, 27 were children.") == ["27=27.0"])
        #expect(Self.read("The seats, 24, and the tables, 12, were sold.").count == 2)
    }

    @Test func aSetScoreInAListOfScores() {
        #expect(Self.read("Brazil won 25-21, 23-25, 25-18.").isEmpty)
        // Bands of ages, all ascending, are no scores.
        #expect(Self.read("Sales to buyers in the 18-24, 25-34 bands rose.").count == 2)
    }

    @Test func aDozenAfterAPriceIsWhatItIsFor() {
        #expect(Self.read("Eggs sold at an average of $3.12 a dozen.") == ["$3.12=3.12 [average]"])
        #expect(Self.read("She bought a dozen eggs.") == ["a dozen=12.0 [eggs]"])
    }
}

@Suite struct AuditTwelveMoneyTests {
    static let money = CountryCurrenciesAndSharesOfCountsTests.money

    @Test func shillingsAndFrancsByTheirCountry() {
        #expect(Self.money("A bag of maize in Kampala costs USh120,000.") == ["120000.0 UGX"])
        #expect(Self.money("Farmers in Dar es Salaam earn TSh300,000 a month.") == ["300000.0 TZS"])
        #expect(Self.money("Coffee farmers earn 8,000 Ugandan shillings a kilo.") == ["8000.0 UGX"])
        #expect(Self.money("A moto ride costs 1,500 Rwandan francs.") == ["1500.0 RWF"])
        #expect(Self.money("A moto ride in Kigali costs RWF 1,500.") == ["1500.0 RWF"])
        // As written only: not "Ush" nor "USH".
        #expect(Self.money("The USH120 chip ships today.").isEmpty)
    }

    @Test func zlotyAndEuroCents() {
        #expect(Self.money("The club pays him 40,000 złoty a month.") == ["40000.0 PLN"])
        #expect(Self.money("Arla cut its milk price by 2 euro cents a kilo.") == ["0.02 EUR"])
        #expect(Self.money("Arla Cuts Milk Price By 2 Euro Cents") == ["0.02 EUR"])
        #expect(Self.money("He paid 3 euros.") == ["3.0 EUR"])
    }

    @Test func aRangeOfLocalLetters() {
        #expect(
            ThresholdsHeadlinesAndModifiersTests.read("Bread in Nairobi costs between Sh60 and Sh75.") == [
                "between Sh60 and Sh75=60.0..75.0 range"
            ])
        #expect(
            ThresholdsHeadlinesAndModifiersTests.read("Bread in Johannesburg costs between R15 and R20.") == [
                "between R15 and R20=15.0..20.0 range"
            ])
        // No letter of a currency before the second: "N1 and N2" in a British text are roads.
        #expect(Self.money("Traffic on the N1 and N2 was slow.").isEmpty)
    }
}

@Suite struct AuditTwelveSubjectsAndChangesTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func whatBefellPeopleReferBackToPeopleOnly() {
        #expect(
            Self.read("The warehouse blast destroyed 40 shophouses. 12 were killed and 121 injured.") == [
                "40=40.0 [shophouses]", "12=12.0", "121=121.0",
            ])
        #expect(
            Self.read("The quake destroyed 900 buildings. 45 were injured and 8 are missing.") == [
                "900=900.0 [buildings]", "45=45.0", "8=8.0",
            ])
        #expect(Self.read("The floods submerged 12,000 homes. 37 have died.") == ["12,000=12000.0 [homes]", "37=37.0"])
        #expect(
            Self.read("The boat carried 80 migrants. 12 were rescued and 30 drowned.") == [
                "80=80.0 [migrants]", "12=12.0 [migrants]", "30=30.0 [migrants]",
            ])
        #expect(Self.read("Police stopped 300 cars. 12 were seized.") == ["300=300.0 [cars]", "12=12.0 [cars]"])
    }

    @Test func titleCaseHeadlines() {
        #expect(Self.read("Starbucks To Close 400 Stores And Cut 900 Jobs").first == "400=400.0 [Stores]")
        #expect(Self.read("Retailer Collapses, Putting 1,100 Jobs At Risk") == ["1,100=1100.0 [Jobs]"])
        #expect(Self.read("Sri Lanka Cinnamon Exports Hit Record 21,500 Tonnes") == ["21,500=21500.0 [Tonnes]"])
        #expect(Self.read("A Record 21 Boats Finished") == ["21=21.0 [Boats]"])
        #expect(Self.read("Teachers Win 15% Pay Rise") == ["15%=15.0 increase"])
        // A name before the number is still a name.
        #expect(Self.read("Road To Perdition 2 Opens In Cinemas").isEmpty)
        #expect(Self.read("Record 21 Launches Today").isEmpty)
    }

    @Test func pointsBesideAPercentageArePercentagePoints() {
        let poll = NewsCopyRuleTests.figures("A survey put Labour on 29 per cent, down three points, and Reform UK on 27 per cent.")
        #expect(poll.map(\.text) == ["29 per cent", "three points", "27 per cent"])
        #expect(poll[1].unit == "percentage point" && poll[1].change?.direction == .decrease)
        let after = NewsCopyRuleTests.figures("Labour is down three points on 29 per cent.")
        #expect(after.first?.unit == "percentage point")
        // Not points of another clause: an index's.
        let index = NewsCopyRuleTests.figures("Shares rose 3% and the index was down 40 points.")
        #expect(index.map(\.kind) == [.percent, .count] && index[1].subject == "points")
    }

    @Test func aCountInTheObjectOfAChangeByAPercentage() {
        #expect(
            Self.read("IKEA cut prices on about 8,000 products by an average of 11%.") == [
                "about 8,000=8000.0 approx [products]", "11%=11.0 decrease",
            ])
        #expect(Self.read("He sold 40 cars by 5pm.") == ["40=40.0 [cars]"])
    }

    @Test func subjectsOverMeasuresAndClauseVerbs() {
        #expect(Self.read("Output fell to 1.02 million 60-kg bags.").first == "1.02 million=1020000.0 decrease [60-kg bags]")
        #expect(Self.read("The port handled 200 20-foot containers.") == ["200=200.0 [20-foot containers]"])
        #expect(Self.read("Figures show burglaries in Leeds climbed to 412.") == ["412=412.0 increase [burglaries]"])
        #expect(Self.read("The firm operates 25,000 scooters and charges $2 a minute.") == ["25,000=25000.0 [scooters]", "$2=2.0"])
        #expect(Self.read("The zoo has 40 lions and tigers.") == ["40=40.0 [lions and tigers]"])
    }
}

/// Review 16's worse cases and still-wrong ones, each with its near-miss.
@Suite struct ReviewSixteenCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static let money = CountryCurrenciesAndSharesOfCountsTests.money

    @Test func indexPointsAfterAChangeAreNoPercentagePoints() {
        let nasdaq = NewsCopyRuleTests.figures("The Nasdaq dropped 2.1%, down 380 points, as chip stocks slid.")
        #expect(nasdaq.map(\.kind) == [.percent, .count] && nasdaq[1].subject == "points")
        let poll = NewsCopyRuleTests.figures("The Greens are on 12%, up two points.")
        #expect(poll.last?.unit == "percentage point")
    }

    @Test func whatBefallsAnimalsReferBackToThem() {
        #expect(Self.read("Rescuers found 20 sheep trapped in the drifts. 6 were killed.") == ["20=20.0 [sheep]", "6=6.0 [sheep]"])
        #expect(Self.read("The fire gutted 18 barns. 4 were injured.") == ["18=18.0 [barns]", "4=4.0"])
    }

    @Test func aGroupBetweenCommasHasItsSize() {
        #expect(Self.read("The squad, 23, flew out on Thursday.") == ["23=23.0"])
        #expect(Self.read("The goalkeeper, 23, flew out on Thursday.").isEmpty)
    }

    @Test func agesAndCountriesBetweenCommas() {
        #expect(Self.read("Kiburi, 14, the silverback, died on Monday.").isEmpty)
        #expect(Self.read("Norway, 8, heads the standings after the first week.") == ["8=8.0"])
        #expect(Self.read("Kenya, 12, the most of any nation, topped the table.") == ["12=12.0"])
    }

    @Test func aDozenAfterAnAmountIsNoCents() {
        #expect(Self.money("Oysters cost 24 euros a dozen.") == ["24.0 EUR"])
        #expect(Self.money("It costs 3 dollars 50 cents.") == ["3.5 USD"])
        #expect(Self.money("A kilo of sugar costs USh 5,200 in Kampala.") == ["5200.0 UGX"])
    }

    @Test func multiplesOverADateToTheirLevel() {
        #expect(Self.read("Exports have trebled since 2008 to 272,000 tonnes.") == ["272,000=272000.0 increase [tonnes]"])
        #expect(Self.read("The number of beds halved in 2019 to 40.") == ["40=40.0 decrease [beds]"])
        #expect(Self.read("He moved in 2019 to 12 Downing Street.").isEmpty)
    }
}

/// Audit 13's classes of counts and money, each with its near-miss.
@Suite struct AuditThirteenCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static let money = CountryCurrenciesAndSharesOfCountsTests.money

    @Test func currencyForms() {
        #expect(Self.money("Fiji charges a FJ$10 reef levy.") == ["10.0 FJD"])
        #expect(Self.money("The festival in Kingston cost J$1.5 million.") == ["1500000.0 JMD"])
        #expect(Self.money("Grants of up to 35,000 zł per heat pump are available.") == ["35000.0 PLN"])
        #expect(Self.money("The plant will cost about Kč 200 billion.") == ["200000000000.0 CZK"])
        #expect(Self.money("In Egypt, bread rose fourfold to 20 piastres a loaf.") == ["0.2 EGP"])
        #expect(Self.money("Farmers in Peru earn about S/ 0.80 a kilo.") == ["0.8 PEN"])
        #expect(Self.money("Charging costs 79p per kWh, against 52p at home.") == ["0.79 GBP", "0.52 GBP"])
        // Not "and/or", nor a video mode with no price per unit.
        #expect(Self.money("He scored 52 points and/or 3 goals.").isEmpty)
        #expect(Self.money("The camera records 1080p video and 4K clips.").isEmpty)
    }

    @Test func headlineVerbsAndPlaces() {
        #expect(Self.read("Pilkington To Cut 350 Jobs At St Helens Float Plant") == ["350=350.0 decrease [Jobs]"])
        #expect(Self.read("Speed Cameras Catch 2.1 Million Drivers") == ["2.1 Million=2100000.0 [Drivers]"])
        #expect(Self.read("India Records 1.72 Lakh Road Deaths, Highest Ever") == ["1.72 Lakh=172000.0 [Road Deaths]"])
        #expect(Self.read("Heat Pump Sales In Germany Jump 48%") == ["48%=48.0 increase"])
        // An address stays one.
        #expect(Self.read("He lives at 221 Baker Street.").isEmpty)
    }

    @Test func cuttingAndGrowing() {
        #expect(Self.read("The group will close two plants, cutting 2,500 jobs.") == ["two=2.0 [plants]", "2,500=2500.0 decrease [jobs]"])
        #expect(Self.read("Stora Enso To Shut Finnish Mill, Cutting 470 Jobs") == ["470=470.0 decrease [Jobs]"])
        #expect(Self.read("The tailor is cutting 40 suits a week.") == ["40=40.0 [suits]"])
        #expect(Self.read("Farmers in Peru grow 3,000 potato varieties.") == ["3,000=3000.0 [potato varieties]"])
        #expect(Self.read("Sales grow 30 percent a year.") == ["30 percent=30.0 increase"])
    }

    @Test func notCounts() {
        #expect(Self.read("Units from batch 2217 must be returned.").isEmpty)
        #expect(Self.read("Toyota stores hydrogen at 700 bar.").isEmpty)
        #expect(Self.read("The bar has 40 seats.") == ["40=40.0 [seats]"])
        // A word that ends a sentence is no label of the number after it.
        #expect(
            Self.read("The fleet landed 507 minke whales last season. 311 were taken in the Barents Sea.") == [
                "507=507.0 [minke whales]", "311=311.0 [minke whales]",
            ])
        #expect(Self.read("See No. 5 for details.").isEmpty)
    }

    @Test func subjectsOfMoreAfterAVerb() {
        #expect(
            Self.read("The city put up 25 average-speed cameras and plans 40 more next year.") == [
                "25=25.0 [average-speed cameras]", "40=40.0 [average-speed cameras]",
            ])
        #expect(Self.read("Prices shot up 5%.") == ["5%=5.0 increase"])
    }
}

/// Review 17's worse cases: decimal commas before zł and Kč, piastres outside Egypt, cuts of what is not taken away.
@Suite struct ReviewSeventeenCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static let money = CountryCurrenciesAndSharesOfCountsTests.money

    @Test func aDecimalCommaMakesNoWrongAmount() {
        #expect(Self.money("A tram ticket costs 4,40 zł in Warsaw.").isEmpty)
        #expect(Self.money("A beer costs 49,90 Kč.").isEmpty)
        #expect(Self.money("A flat costs 4,400 zł a month.") == ["4400.0 PLN"])
    }

    @Test func piastresOfEgyptOnly() {
        #expect(Self.money("In Cairo, bread rose to 20 piastres a loaf.") == ["0.2 EGP"])
        #expect(Self.money("Syrian coins of 50 piastres are collectors' items.").isEmpty)
    }

    @Test func cuttingWhatIsNotTakenAway() {
        #expect(Self.read("The chef is cutting 200 onions for the feast.") == ["200=200.0 [onions]"])
        #expect(Self.read("Siemens is cutting 1,200 jobs.") == ["1,200=1200.0 decrease [jobs]"])
    }
}

/// Pence told by a word of price before them or "each" after them, in a text that names no pound.
@Suite struct PenceByTheirPriceWordsTests {
    static let money = CountryCurrenciesAndSharesOfCountsTests.money

    @Test func penceByPriceWords() {
        #expect(Self.money("Apples were 45p each and pears 60p.") == ["0.45 GBP", "0.6 GBP"])
        #expect(Self.money("Stamps cost 87p, up from 85p.") == ["0.87 GBP", "0.85 GBP"])
        // Not a video's lines or frames.
        #expect(Self.money("The camera records 1080p video at 60p.").isEmpty)
        #expect(Self.money("It streams for 720p screens.").isEmpty)
    }
}

@Suite struct ZlotySignBeforeTests {
    @Test func cases() {
        #expect(CountryCurrenciesAndSharesOfCountsTests.money("Rent for the flat is zł 2,800 a month.") == ["2800.0 PLN"])
        #expect(CountryCurrenciesAndSharesOfCountsTests.money("It costs 40 zł.") == ["40.0 PLN"])
    }
}

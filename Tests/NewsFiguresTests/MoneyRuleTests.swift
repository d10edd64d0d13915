import NewsFigures
import Testing

/// MoneyRules+English: symbols, prefixes, codes, currency words; scale applied.
@Suite struct MoneyRuleTests {
    @Test(arguments: [
        ("a total investment of «US$10.9 billion» so far", "10900000000", "USD"),
        ("volume «exceeding $5 billion».", "5000000000", "USD"),
        ("sold for «HK$3m», the agent said", "3000000", "HKD"),
        ("a fine of «€2m» was paid", "2000000", "EUR"),
        ("revenue of «3 billion yuan» last year", "3000000000", "CNY"),
        ("a budget of «RMB 5 billion» was set", "5000000000", "CNY"),
        ("it cost «£450,000» to build", "450000", "GBP"),
        ("a deal worth «500 million euros» was signed", "500000000", "EUR"),
        ("tickets at «₹1,500» each", "1500", "INR"),
        ("the «$10K» prize", "10000", "USD"),
        ("sales of «USD 12.5 million» in May", "12500000", "USD"),
        ("grants of «S$40,000» each", "40000", "SGD"),
        ("it raised «A$1.2bn» in bonds", "1200000000", "AUD"),
        ("a «50 million US dollars» loan", "50000000", "USD"),
        // A scale word written against the number, as British papers do.
        ("paid the «£71.6million» fee", "71600000", "GBP"),
        // A price rate: the amount, not a code.
        ("paying «$9.99»/month for the service", "9.99", "USD"),
        ("or «$7.99»/mo for members", "7.99", "USD"),
        ("costs fell to «$0.03»/kWh by 2030", "0.03", "USD"),
        ("Disney's «$6.99»-a-month service", "6.99", "USD"),
        // "mm" is millions after a currency.
        ("the fund raised «$450mm» last year", "450000000", "USD"),
        ("the fund raised «$450 mm» last year", "450000000", "USD"),
        ("the fund raised «450mm euros» last year", "450000000", "EUR"),
        // So is a tight "m" before a currency word ("3m pounds of beef" is a weight, below).
        ("the club paid «10m euros» for him", "10000000", "EUR"),
        ("the state paid «5-10m rupees» in fees", "5000000", "INR"),
        // Pence against the number in a text about pounds; paise.
        ("Petrol rose to «155.2p» a litre, a record in pence.", "1.552", "GBP"),
        ("The rupee fell «14 paise» against the dollar.", "0.14", "INR"),
        // Pence priced per unit, or in a text of litres, without a pound sign anywhere.
        ("Farmers received «25p» a litre for milk.", "0.25", "GBP"),
        ("The dividend is «12p» per share.", "0.12", "GBP"),
        // Ringgit in capitals against the number; kroner by the text's places or a nationality.
        ("Malaysia's budget rose to «RM1.2 billion».", "1200000000", "MYR"),
        ("Norway's fund made a profit of «2.22 trillion kroner».", "2220000000000", "NOK"),
        ("The fine was «2.5 million Danish kroner».", "2500000", "DKK"),
        ("H&M reported sales of «236 billion kronor».", "236000000000", "SEK"),
        // A place in the possessive names the rupee.
        ("A flat in Mumbai's Bandra costs «Rs 3.5 crore».", "35000000", "INR"),
    ])
    func positive(_ marked: String, _ value: String, _ unit: String) throws {
        let figures = expectSpans(marked, kind: .money)
        let figure = try #require(figures.first)
        #expect(figure.value?.description == value)
        #expect(figure.unit == unit)
    }

    /// A slash or a hyphen after an amount still makes a code or a compound when no rate unit follows.
    @Test(arguments: ["The code is $5/abc7 in the file.", "He bought a $5-bill pack."])
    func noRateWithoutItsUnit(_ text: String) {
        #expect(FigureExtractor.extract(from: text).filter { $0.kind == .money }.allSatisfy { $0.text != "$5" }, "\(text)")
    }

    @Test func yenSignFollowsAPossessivePlace() throws {
        let yen = try #require(only("Toyota, Japan's largest carmaker, earned ¥300 billion.", kind: .money))
        #expect(yen.unit == "JPY")
    }

    @Test func yenSignFollowsTheText() throws {
        let yuan = try #require(only("The Chinese firm paid ¥300 million for the plant.", kind: .money))
        #expect(yuan.unit == "CNY")
        let ambiguous = try #require(only("The bill came to ¥3,000 in total.", kind: .money))
        #expect(ambiguous.unit == nil)
        #expect(ambiguous.unitCandidates == ["CNY", "JPY"])
    }

    @Test(arguments: [
        "He lost 5 pounds of weight over the summer.",  // weight, not sterling
        "They recalled 3m pounds of beef.",  // a weight in millions
        "The camera shoots 4K at 60p.",  // a frame rate, not pence, with no rate after it
        "Real Madrid RM 3 goals.",  // capitals apart from the number: no ringgit
        "The $ sign was printed in red.",  // no amount
        "Try 3 times before giving up.",  // "try" is not TRY
        "The phone records video in 1080p.",  // no pounds in the text: a video mode
        "Stream it in 1080p for a month, it costs nothing.",
        "The 3P candidate won.",
    ])
    func negative(_ text: String) {
        expectSpans(text, kind: .money)
    }
}

/// MoneyRules.weightNames and weightWords: "pounds" after a word of weighing is a weight.
@Suite struct WeightRuleTests {
    @Test(arguments: ["The dog weighs 80 pounds.", "He clocked in at 243 pounds.", "She tipped the scales at 130 pounds."])
    func weightsAreNoMoney(_ text: String) {
        expectSpans(text, kind: .money)
    }

    @Test(arguments: [
        ("The deal is worth «80 million pounds».", 80_000_000.0),
        ("He paid «500 pounds» for the weight bench.", 500.0),
        ("The company is weighing a «2 billion pound» bid.", 2_000_000_000.0),
    ])
    func poundsStayMoney(_ marked: String, _ value: Double) {
        let figures = expectSpans(marked, kind: .money)
        #expect(figures.first?.unit == "GBP")
        #expect(figures.first?.value?.doubleValue == value)
    }
}

/// MoneyRules.abbreviationsBefore and rupeeClues: "Rs" is the rupee the text's places name, or left
/// open between the rupees.
@Suite struct RupeeAbbreviationTests {
    @Test(arguments: [
        ("The Mumbai project costs «Rs 500 crore».", "INR", 5_000_000_000.0),
        ("The fine in India was «Rs. 5,000 crore».", "INR", 50_000_000_000.0),
        ("It sold for «Rs500» in Karachi.", "PKR", 500.0),
        ("Tickets in Colombo cost «Rs.1,500».", "LKR", 1500.0),
        ("Jakarta stalls charge «Rp 15,000».", "IDR", 15000.0),
    ])
    func resolved(_ marked: String, _ code: String, _ value: Double) {
        let figures = expectSpans(marked, kind: .money)
        #expect(figures.first?.unit == code)
        #expect(figures.first?.value?.doubleValue == value)
    }

    @Test func leftOpenWithoutOrWithTwoClues() {
        for text in ["The coin costs Rs 2.", "Rs 20 in Delhi and Rs 30 in Lahore."] {
            let money = FigureExtractor.extract(from: text).filter { $0.kind == .money }
            #expect(!money.isEmpty && money.allSatisfy { $0.unit == nil && $0.unitCandidates == ["INR", "PKR", "LKR", "NPR"] }, "\(text)")
        }
    }

    @Test(arguments: ["The RS500 model was a hit in India.", "Its rs 500 value.", "The Rs of the team."])
    func notRupees(_ text: String) {
        expectSpans(text, kind: .money)
    }
}

/// MoneyRules.priceVerbs: the verb before "at" is not what a price measures.
@Suite struct PriceVerbSubjectTests {
    @Test(arguments: [
        ("The stock trades at $45 a share.", "stock" as String?),
        ("Gold futures settled at $2,180.20.", "futures"),
        ("The house was listed at $1.2 million.", nil),
        ("It's priced at $399.", nil),
        ("The chain reported net profit of €12.3 million.", "net profit"),
        ("The firm expects revenue of $2 billion.", "revenue"),
        ("A deal valued at $2 billion.", "deal"),
        ("The gang stole goods worth $4.5 million.", "goods"),  // a past verb inside the phrase ends the part before it
        ("The club sold players worth £40m.", "players"),
    ])
    func subjects(_ text: String, _ subject: String?) {
        let money = FigureExtractor.extract(from: text).filter { $0.kind == .money }
        #expect(money.count == 1 && money.first?.subject == subject, "\(text): \(money.map { $0.subject ?? "nil" })")
    }

    /// Local letters and shared names, read as the currency of the country the text's places name.
    @Test(arguments: [
        ("Shares in the Johannesburg firm dropped 39% to R21.46.", "R21.46", "21.46", "ZAR"),
        ("The R160 million PowerBall jackpot was won in Durban.", "R160 million", "160000000", "ZAR"),
        ("The ticket to Johannesburg costs R220.", "R220", "220", "ZAR"),
        ("Revenue at the Lagos lender rose 87 per cent to N3.58 trillion.", "N3.58 trillion", "3580000000000", "NGN"),
        ("The minimum wage of N70,000 was signed by Tinubu.", "N70,000", "70000", "NGN"),
        ("The Kenya Revenue Authority collected Sh1.36 trillion.", "Sh1.36 trillion", "1360000000000", "KES"),
        ("Profit rose to KSh42.7 billion.", "KSh42.7 billion", "42700000000", "KES"),
        ("Families in Mindoro got P5,000 in cash aid.", "P5,000", "5000", "PHP"),
        ("It costs KES 2,000.", "KES 2,000", "2000", "KES"),
        ("Eskom needs 58 billion rand to fix its plants.", "58 billion rand", "58000000000", "ZAR"),
        ("The budget of 300 billion naira was approved.", "300 billion naira", "300000000000", "NGN"),
        ("Farmers in Kenya lost 5 million shillings.", "5 million shillings", "5000000", "KES"),
        ("The province in Manila gave 3 billion pesos in aid.", "3 billion pesos", "3000000000", "PHP"),
        ("The Mexico City firm paid 3 billion pesos.", "3 billion pesos", "3000000000", "MXN"),
        ("Samsung will invest 50 billion won in the plant.", "50 billion won", "50000000000", "KRW"),
        // "R" and "N" before a large amount, whatever the text's places; "rand" names its country.
        ("Shoprite grew its trading profit by 10.7% to R5.3 billion.", "R5.3 billion", "5300000000", "ZAR"),
        ("The Federal Government approved a new minimum wage of N70,000 per month.", "N70,000", "70000", "NGN"),
        ("The rand weakened 1.1 per cent to R18.62 against the dollar.", "R18.62", "18.62", "ZAR"),
        // Cents: "US cents" are American, bare cents the text's own dollar.
        ("BHP declared an interim dividend of 50 US cents a share.", "50 US cents", "0.5", "USD"),
        ("A loonie that buys just 69 U.S. cents.", "69 U.S. cents", "0.69", "USD"),
        ("Gas rose 10 cents a gallon.", "10 cents", "0.1", "USD"),
        ("Petrol rose 50 cents a litre in Johannesburg.", "50 cents", "0.5", "ZAR"),
        ("Namibia's budget is N$100 billion.", "N$100 billion", "100000000000", "NAD"),
        ("Marcos signed the P5.768 trillion budget.", "P5.768 trillion", "5768000000000", "PHP"),
    ])
    func localCurrencies(_ text: String, _ written: String, _ value: String, _ code: String) {
        let money = FigureExtractor.extract(from: text).filter { $0.kind == .money }
        #expect(money.map(\.text) == [written] && money.first?.value?.description == value && money.first?.unit == code, "\(text)")
    }

    /// No country named, or letters that are roads, masks and classes: no money.
    @Test(arguments: [
        "Lagos hospitals ran out of N95 masks.", "The crash closed the R21 near Pretoria for hours.",
        "Durban drivers use the N2 and the N3 every day.", "Pupils in P5 at the Glasgow school won a prize.",
        "The P2 billion deal was signed in London.", "In Kenya, Sh 500 is the fare (a space: no local letter).",
        "He lost 5 million shillings.", "The team of 11 won in Lagos.",
    ])
    func localLettersWithoutTheirCountry(_ text: String) {
        #expect(FigureExtractor.extract(from: text).filter { $0.kind == .money }.isEmpty, "\(text)")
    }

    /// Bare cents in a text that writes one prefixed dollar are that dollar's.
    @Test func centsOfTheTextsDollar() {
        let money = FigureExtractor.extract(
            from: "DBS reported a net profit of S$11.4 billion and will pay a dividend of 60 cents a share."
        )
        .filter { $0.kind == .money }
        #expect(money.map(\.unit) == ["SGD", "SGD"])
        let mixed = FigureExtractor.extract(from: "The A$ fell 2 cents; the US$ was flat.").filter { $0.kind == .money }
        #expect(mixed.map(\.unit) == ["USD"])
    }

    /// Bounds ending in "of" link no subject: the phrase before the bound does.
    @Test func boundsEndingInOf() {
        let shy = FigureExtractor.extract(from: "Thames Water's debts stand at just shy of £16bn.").filter { $0.kind == .money }
        #expect(shy.map(\.bound) == [.max] && shy.map(\.subject) == ["debts"])
        let north = FigureExtractor.extract(from: "The deal values the firm at north of £50bn.").filter { $0.kind == .money }
        #expect(north.map(\.bound) == [.min])
        let upwards = FigureExtractor.extract(from: "The fund has assets of upwards of €21 billion.").filter { $0.kind == .money }
        #expect(upwards.map(\.subject) == ["assets"])
        // Directions of places are no bounds: "30 miles north of London" counts miles.
        #expect(FigureExtractor.extract(from: "The town lies 30 miles north of London.").map(\.bound) == [.exact])
    }

    /// "won" after a scale word: the currency, unless a year or an agent follows (votes won).
    @Test func wonAfterAScaleWord() {
        let money = { (text: String) in FigureExtractor.extract(from: text).filter { $0.kind == .money }.map(\.text) }
        #expect(money("Lee's party spent 3 billion won in the campaign.") == ["3 billion won"])
        #expect(money("Labour's vote fell from the 12.9 million won in 2017 to 10.3 million.").isEmpty)
        #expect(money("Trump's 74 million won in 2020 was a record for a losing candidate.").isEmpty)
        #expect(money("Samsung said the 50 billion won by its chip unit in 2020 was a record.") == ["50 billion won"])
        // An "R" before a large amount in a text about Russia is no rand.
        #expect(money("Gazprom posted a R629 billion loss, Moscow analysts said.").isEmpty)
    }
}

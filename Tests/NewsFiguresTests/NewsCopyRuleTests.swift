import NewsFigures
import Testing

/// Rules added for the constructions of an audit of 250 new news sentences (counts, money, percent):
/// each with the sentences it must read and those it must leave alone.
@Suite struct NewsCopyRuleTests {
    static func figures(_ text: String) -> [Figure] {
        FigureExtractor.extract(from: text, options: ExtractionOptions(published: CalendarDate(year: 2024, month: 3, day: 15)))
            .filter { $0.kind != .date }
    }

    static func one(_ text: String) throws -> Figure {
        let found = figures(text)
        #expect(found.count == 1, "\(text): \(found.map(\.text))")
        return try #require(found.first)
    }

    /// BoundRules: "up to" after a verb of motion is the verb's, and "to" gives the level it rose to.
    @Test func upToAfterAVerbOfMotion() throws {
        let rate = try Self.one("The unemployment rate ticked up to 5.8 per cent.")
        #expect(rate.bound == .exact && rate.change?.direction == .increase && rate.text == "5.8 per cent")
        let deaths = try Self.one("Deaths went up to 120 on the island.")
        #expect(deaths.bound == .exact && deaths.change?.direction == .increase)
        // A bound still: "could rise by up to 5%", "a fine of up to $500".
        #expect(try Self.one("Prices could rise by up to 5%.").bound == .max)
        #expect(try Self.one("The fine is up to $500.").bound == .max)
        #expect(try Self.one("Prices can go up to 10% a year.").bound == .max)
    }

    /// NameRules: an age set off by commas after a name that opens its paragraph, when a verb follows;
    /// the first half of a suspended compound ("16- to 24-year-olds").
    @Test func agesAfterANameAndSuspendedCompounds() {
        #expect(Self.figures("Djokovic, 36, is chasing another title.").isEmpty)
        #expect(Self.figures("Unemployment among 16- to 24-year-olds rose sharply.").isEmpty)
        // A list of places and counts goes on: "London, 36, and Paris".
        #expect(Self.figures("Sales in London, 36, and Paris rose.").map(\.text) == ["36"])
    }

    /// NumberRules: "third", "fifth" before "straight", "term", "time" … are ordinals; quarters after "in",
    /// "past" … are periods, not fractions ("three quarters of voters" is one).
    @Test func ordinalsAndQuartersThatAreNoFractions() throws {
        #expect(Self.figures("The bank held the rate for a third straight meeting.").isEmpty)
        #expect(Self.figures("The team lost for a fifth consecutive time.").isEmpty)
        #expect(Self.figures("Growth was the fastest pace in six quarters.").isEmpty)
        #expect(Self.figures("Profits fell in the past four quarters.").isEmpty)
        #expect(try Self.one("Three quarters of voters backed the plan.").value?.doubleValue == 0.75)
        #expect(try Self.one("A third of the staff left.").value?.doubleValue == 1.0 / 3)
    }

    /// ChangeRules: references written in wire shorthand, after the level's date, or as a month; a second
    /// percentage after "and" with its own reference states the same change.
    @Test func changeReferences() throws {
        #expect(try Self.one("Output rose 2.1% y/y.").change == Change(direction: .increase, reference: "year-on-year"))
        #expect(try Self.one("Output rose 2.1% YoY.").change?.reference == "year-on-year")
        #expect(try Self.one("Sales rose 3% on-year.").change?.reference == "year-on-year")
        // ("from April" is as often when a change starts: "Council tax will rise 4.99% from April".)
        #expect(try Self.one("Council tax will rise 4.99% from April.").change?.reference == nil)
        #expect(try Self.one("Prices rose 2.0% in January from a year earlier.").change?.reference == "a year earlier")
        let both = Self.figures("Output rose 0.4% m/m and 2.1% y/y.")
        #expect(both.map { $0.change?.reference } == ["month-on-month", "year-on-year"])
        #expect(both.map { $0.change?.direction } == [.increase, .increase])
        // No reference: "from December to March" is a span; a second percentage with none states no change.
        #expect(try Self.one("Prices fell 1.4 percent from December to March.").change?.reference == nil)
        #expect(Self.figures("Output rose 0.4% m/m and 2.1% of firms expanded.").last?.change == nil)
    }

    /// SubjectRules: a noun in "-s" that is no plural ("measles") and a plural before another ("police")
    /// are modifiers; a place after the subject of a change verb is passed over; a noun that names a count
    /// is a head; a count with no noun after "including", "up/down from", before "more", or "N of them"
    /// counts what the count before it did.
    @Test func subjects() throws {
        let counts = Self.figures("Officials confirmed 23 measles cases and 25 police officers were hurt.")
        #expect(counts.map(\.subject) == ["measles cases", "police officers"])
        #expect(try Self.one("Burglaries in the borough rose to 2,341.").subject == "Burglaries")
        #expect(try Self.one("The death toll from the landslide rose to 63.").subject == "death toll")
        #expect(
            try Self.one("The borough will install 300 electric vehicle charging points.").subject == "electric vehicle charging points")
        #expect(Self.figures("Homicides fell to 9, down from 12 in 2022.").map(\.subject) == ["Homicides", "Homicides"])
        #expect(Self.figures("Amazon employs 1.5 million people, including 950,000 in the US.").map(\.subject) == ["people", "people"])
        #expect(Self.figures("The airline ordered 150 aircraft, with options for 100 more.").map(\.subject) == ["aircraft", "aircraft"])
        #expect(Self.figures("Crews battled 47 wildfires, 12 of them out of control.").map(\.subject) == ["wildfires", "wildfires"])
        // Not: a singular noun before a change verb that names no count; "of these deaths" names its own. (A difference
        // after a comma counts the same things: "150 cars, 100 more than planned".)
        #expect(try Self.one("The bridge in the town rose to 63.").subject == nil)
        #expect(Self.figures("It sold 150 cars, 100 more than planned.").last?.subject == "cars")
        #expect(Self.figures("It recorded 9 million deaths, with 2.5 million of these deaths in India.").last?.subject == "deaths")
    }

    /// PercentRules: a poll's later shares written without the unit after the same preposition.
    @Test func pollSharesWithoutTheUnit() {
        let poll = Self.figures("The Conservatives are at 41 per cent, the Liberals at 24 and the NDP at 19.")
        #expect(poll.map(\.kind) == [.percent, .percent, .percent] && poll.map { $0.value?.doubleValue } == [41, 24, 19])
        let uk = Self.figures("Labour is on 44%, the Tories on 24% and the Lib Dems on 10.")
        #expect(uk.map(\.kind) == [.percent, .percent, .percent])
        // Not after another preposition, nor a number with its own noun.
        #expect(Self.figures("Labour is on 44%, and 12 seats changed hands.").map(\.kind) == [.percent, .count])
        #expect(Self.figures("Labour is on 44%, with the Tories at 24 seats.").map(\.kind) == [.percent, .count])
        #expect(Self.figures("Labour is at 44%, and its leader, at 61, is the oldest.").map(\.kind) == [.percent, .count])
    }

    /// MoneyRules: a glued "p" in a sentence of share prices is pence, at the end of a sentence too.
    @Test func pence() throws {
        let price = Self.figures("Shares jumped 9% to 412p.")
        #expect(price.last.map { $0.unit == "GBP" && $0.value?.doubleValue == 4.12 } == true)
        #expect(try Self.one("The firm raised its dividend by 5p.").value?.doubleValue == 0.05)
        // Not a video mode, nor a "p" with no share price in sight.
        #expect(Self.figures("The stock video streams in 1080p.").isEmpty)
        #expect(Self.figures("The camera records at 60p.").isEmpty)
    }

    /// This round's audit (250 new sentences from African, Asian, Australian and Canadian copy too).
    @Test func groupsByAgeRoadPairsModelsAndNumbersToCall() throws {
        #expect(Self.figures("Malaria killed 597,000 people, most of them children under five in Africa.").map(\.text) == ["597,000"])
        #expect(Self.figures("People over 65 will get the jab first.").isEmpty)
        #expect(Self.figures("The loss affected people over five countries.").map(\.value?.description) == ["5"])
        #expect(Self.figures("The M25 will be closed between junctions 10 and 11.").isEmpty)
        #expect(Self.figures("Call the helpline or text 21272 if you need help.").isEmpty)
        #expect(Self.figures("In an emergency call 999.").isEmpty)
        #expect(Self.figures("They made 911 calls.").map(\.subject) == ["calls"])
        #expect(Self.figures("The firm will call 300 workers back.").map(\.subject) == ["workers"])
        let jets = Self.figures("SIA will take delivery of 15 Airbus A350-900 jets.")
        #expect(jets.map(\.text) == ["15"] && jets.map(\.subject) == ["jets"])
        #expect(Self.figures("Qantas will upgrade its fleet of 20 Boeing 737-800 aircraft.").map(\.subject) == ["aircraft"])
        #expect(Self.figures("Air New Zealand grounded two Boeing 787 jets.").map(\.subject) == ["jets"])
        // Capitalised words with no model number stay in the noun phrase.
        #expect(Self.figures("He scored in 12 Premier League games.").map(\.subject) == ["Premier League games"])
        #expect(Self.figures("She owns 3 Tesla cars.").map(\.subject) == ["Tesla cars"])
    }

    /// ", up from" after words of the level's own clause states the level's change.
    @Test func upFromAfterTheLevelsClause() throws {
        #expect(Self.figures("A kilo of sugar now retails at Sh200 in Nairobi, up from Sh150.").first?.change?.direction == .increase)
        let homes = Self.figures("About 18,000 homes remain without power in Queensland after the cyclone, down from a peak of 316,000.")
        #expect(homes.first?.change?.direction == .decrease)
        // Not across another clause or a number: "said", "and".
        let said = Self.figures("The survey of 1,000 adults said prices were rising, down from a peak of 9%.")
        #expect(said.first?.change == nil)
        let other = Self.figures("About 500 homes were hit and 20 schools closed, down from 40.")
        #expect(other.first?.change == nil)
    }
}

/// SubjectRules: a tally's second number counts the first's noun; a group's size after "of" counts the group; a
/// possessive name before a count with modifiers ends the name.
@Suite struct TallyAndGroupSubjectTests {
    static func subjects(_ text: String) -> [String] {
        NewsCopyRuleTests.figures(text).map { "\($0.text)=\($0.subject ?? "-")" }
    }

    @Test func aTallysSecondNumberCountsTheFirstsNoun() {
        #expect(Self.subjects("England scored six tries to two at Twickenham.") == ["six=tries", "two=tries"])
        #expect(Self.subjects("The bill passed by 283 votes to 44 on Wednesday.") == ["283=votes", "44=votes"])
        #expect(Self.subjects("The Democrats hold 47 seats to the Republicans' 53.") == ["47=seats", "53=seats"])
        #expect(Self.subjects("Harris won 226 electoral votes to Trump's 312.") == ["226=electoral votes", "312=electoral votes"])
        // Its own noun stays its own; a number not right after the first's noun takes none.
        #expect(Self.subjects("The firm sold 300 cars to 44 dealers.") == ["300=cars", "44=dealers"])
        #expect(Self.subjects("The museum lent 40 paintings to 12 galleries.") == ["40=paintings", "12=galleries"])
        #expect(Self.subjects("It handed 40 paintings to Tate's 12.") == ["40=paintings", "12=paintings"])
        // A possessive name before a number that counts nothing stays a name: "Levi's 501".
        #expect(Self.subjects("He wore Levi's 501 on stage.").isEmpty)
    }

    @Test func aPossessiveBeforeACountWithModifiers() {
        #expect(Self.subjects("Apple's 12 retail stores in China were closed.") == ["12=retail stores"])
        #expect(Self.subjects("Amazon's 1.5 million full-time workers got a raise.") == ["1.5 million=full-time workers"])
        #expect(Self.subjects("Apple's 500 stores in China closed.") == ["500=stores"])
        // A number of 100 or more before goods made in models is a model: left alone; before other things it counts.
        #expect(Self.subjects("Virgin's 747 jumbo jets were retired.").isEmpty)
        #expect(Self.subjects("Trump's 312 electoral votes were certified.") == ["312=electoral votes"])
        // A model after a possessive is still a name: a noun follows the plural that modifies it.
        #expect(Self.subjects("Porsche's 911 sports car is iconic.").isEmpty)
    }

    @Test func aGroupsSizeAfterOf() {
        #expect(Self.subjects("A crowd of 90,185 watched the final.") == ["90,185=crowd"])
        #expect(
            Self.subjects("The city has a population of 5 million and a workforce of 3,000.")
                == ["5 million=population", "3,000=workforce"])
        // What follows the number is counted when there is something: a noun, or a model and its noun.
        #expect(Self.subjects("The airline operates a fleet of 40 aircraft.") == ["40=aircraft"])
        #expect(Self.subjects("Its fleet of roughly 400 737 Max jets was grounded.").first == "roughly 400=-")
        // Not any noun before "of".
        #expect(Self.subjects("It raised the price of 20 items.") == ["20=items"])
        #expect(Self.subjects("It is the cost of 20.").first == "20=-")
    }
}

/// BoundRules thresholds, headline verbs, modifiers inside a subject and thousands written once in a range.
@Suite struct ThresholdsHeadlinesAndModifiersTests {
    static func read(_ text: String) -> [String] {
        NewsCopyRuleTests.figures(text).map { f in
            var s = "\(f.text)=\(f.value?.doubleValue ?? -1)"
            if let h = f.high?.doubleValue { s += "..\(h)" }
            if let b = f.bound, b != .exact { s += " \(b.rawValue)" }
            if let d = f.change?.direction { s += " \(d.rawValue)" }
            if let subject = f.subject { s += " [\(subject)]" }
            return s
        }
    }

    @Test func thresholdWordsAreBounds() {
        #expect(Self.read("Bitcoin topped $111,000.") == ["topped $111,000=111000.0 min"])
        #expect(Self.read("Output crossed 124 lakh tonnes.") == ["crossed 124 lakh=12400000.0 min [tonnes]"])
        #expect(Self.read("Flats are priced from N45 million in Lagos.") == ["priced from N45 million=45000000.0 min"])
        #expect(Self.read("Rent rises are capped at 5%.") == ["capped at 5%=5.0 max"])
        #expect(Self.read("The fine is a maximum of $500.") == ["a maximum of $500=500.0 max"])
        // Not a threshold: "the House passed 12 bills".
        #expect(Self.read("The House passed 12 bills.") == ["12=12.0 [bills]"])
    }

    @Test func headlineVerbsInThePresent() {
        #expect(Self.read("Shares jump 8% after results.") == ["8%=8.0 increase"])
        #expect(Self.read("Oil prices dip 2%.") == ["2%=2.0 decrease"])
        #expect(Self.read("Nikkei soars 3%.") == ["3%=3.0 increase"])
        #expect(Self.read("Exports increase 12% in May.") == ["12%=12.0 increase"])
        // A noun after an article is still a noun: no change without "of".
        #expect(Self.read("The jump 8% was a surprise.") == ["8%=8.0"])
        #expect(Self.read("The council will raise fares by an average of 6.5%.") == ["6.5%=6.5 increase"])
        #expect(Self.read("Homeowners face a 3.75 per cent property tax increase.") == ["3.75 per cent=3.75 increase"])
    }

    @Test func modifiersInsideASubject() {
        #expect(Self.read("Police recovered 11 more bodies.") == ["11=11.0 [bodies]"])
        #expect(Self.read("The operator has 191 million 5G subscribers.") == ["191 million=191000000.0 [5G subscribers]"])
        #expect(Self.read("The state deployed 12 water-bombing aircraft.") == ["12=12.0 [water-bombing aircraft]"])
        #expect(Self.read("The trust recruited 1,200 newly hired nurses.") == ["1,200=1200.0 [newly hired nurses]"])
        #expect(Self.read("The council approved 36 road resurfacing schemes.") == ["36=36.0 [road resurfacing schemes]"])
        #expect(Self.read("The party won 87 of 97 seats.") == ["87=87.0 [seats]", "97=97.0 [seats]"])
        // An adverb before no participle, or "-ing" before no plural, still ends the phrase.
        #expect(Self.read("He hired 12 workers quickly.") == ["12=12.0 [workers]"])
        #expect(Self.read("Police held 3 men fleeing the scene.") == ["3=3.0 [men]"])
        #expect(Self.read("It needs 11 more than last year.") == ["11=11.0 increase"])
        // "two more years" is a duration.
        #expect(Self.read("After two more years of this, it closed.").isEmpty)
    }

    @Test func thousandsWrittenOnceInARange() {
        #expect(Self.read("The stadium will hold 60,000-70,000 fans.") == ["60,000-70,000=60000.0..70000.0 range [fans]"])
        #expect(Self.read("About 20-25,000 people attended.") == ["20-25,000=20000.0..25000.0 range [people]"])
        #expect(Self.read("The venue can seat 40-45,000.") == ["40-45,000=40000.0..45000.0 range"])
        // "1-1,000" keeps its ends; a code of long digit groups is no range.
        #expect(Self.read("Rate it on a scale of 1-1,000 points.") == ["1-1,000=1.0..1000.0 range [points]"])
        #expect(Self.read("Call 8621-52920043 now.").isEmpty)
        // "seat" as a verb counts; as a label it does not.
        #expect(Self.read("The hall can seat 400 guests.") == ["400=400.0 [guests]"])
        #expect(Self.read("She sat in seat 14.").isEmpty)
    }
}

/// NameRules and NumberRules: numbers to call and references, bowlers' figures and score lines, runs of bare
/// numbers; "tr" for trillion; a changed noun's verb; euro cents.
@Suite struct CodesScoresAndCurrencyTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func numbersToCallAndReferences() {
        #expect(Self.read("Call Samaritans on 116 123 or Lifeline on 1800 55 1800.").isEmpty)
        #expect(Self.read("Contact police on 101, quoting incident 0423.").isEmpty)
        // (A box score's row is no count; its total after the dash stands alone.)
        #expect(Self.read("Rockledge 14 11 6 15 — 44.") == ["44=44.0"])
        // "on" after a verb of calling only; two bare numbers alone are not a code.
        #expect(Self.read("He called on 300 supporters to march.") == ["300=300.0 [supporters]"])
        #expect(Self.read("Police were contacted on 12 occasions.") == ["12=12.0 [occasions]"])
        // (Digits led by a zero are a code or a time, "0000 GMT", "a 000 call": audit 18.)
        #expect(Self.read("423 0000 will be recognized as two numbers.") == ["423=423.0", "two=2.0 [numbers]"])
        #expect(Self.read("The ceasefire began at 0000 GMT.").isEmpty)
    }

    @Test func bowlersFiguresAndScoreLines() {
        #expect(Self.read("Bumrah takes 6-33 as India win.").isEmpty)
        #expect(Self.read("He finished with figures of 5-40.").isEmpty)
        #expect(Self.read("Kerry won 0-26 to 1-15.").isEmpty)
        // Ranges stay: of a unit, a percent, a noun, or with no cue.
        #expect(Self.read("He took 2-3 days off.") == ["2-3=2.0..3.0 range [days]"])
        #expect(Self.read("Groups of 5-10 took part.") == ["5-10=5.0..10.0 range"])
        #expect(Self.read("The firm took 5-10% of the market.") == ["5-10%=5.0..10.0 range [market]"])
    }

    @Test func trillionsChangedNounsAndEuroCents() {
        #expect(Self.read("Spending hit $1.2tr last year.") == ["$1.2tr=1200000000000.0"])
        #expect(Self.read("The 5tr option is out.").isEmpty)
        #expect(Self.read("Tariffs could cut growth by 1.5 percentage points.") == ["1.5 percentage points=1.5 decrease"])
        #expect(Self.read("Growth by 2% is expected.") == ["2%=2.0 increase"])
        let cents = NewsCopyRuleTests.figures("Petrol costs €1.79 a litre, up 8 cent on last month.")
        #expect(cents.map(\.unit) == ["EUR", "EUR"])
        // A dollar in the text keeps cents in dollars.
        #expect(NewsCopyRuleTests.figures("The euro rose 2 cents against the dollar.").map(\.unit) == ["USD"])
    }
}

/// Near misses of this round's count rules, from an independent review: each must read as before.
@Suite struct CountNearMissTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func nearMisses() {
        #expect(Self.read("The singer topped 12 charts worldwide.") == ["12=12.0 [charts]"])
        #expect(Self.read("Hamilton topped 3 practice sessions in Bahrain.") == ["3=3.0 [practice sessions]"])
        #expect(Self.read("Migrants crossed 12 countries on foot.") == ["12=12.0 [countries]"])
        #expect(Self.read("Average house prices from £250,000 in 2019 to £290,000 now.").first?.hasSuffix(" min") == false)
        #expect(Self.read("Ministers abandoned the 45% top rate cut.") == ["45%=45.0"])
        #expect(Self.read("Residents drop 200 complaints.") == ["200=200.0 [complaints]"])
        #expect(Self.read("The economy grew by half as much as expected.").isEmpty)
        #expect(Self.read("Embraer's 190 regional jets were grounded.").isEmpty)
    }
}

/// SubjectRules: a share's or a part's noun after a possessor ("of the country's electricity"), a
/// singular whole's noun ending before its verb, and fractions of a singular whole.
@Suite struct PossessorAndSingularWholeTests {
    static let read = ThresholdsHeadlinesAndModifiersTests.read

    @Test func theNounAfterAPossessor() {
        #expect(Self.read("Eskom said 62 percent of the country's electricity came from coal.") == ["62 percent=62.0 [electricity]"])
        #expect(Self.read("Some 70 percent of South Africa's exports go to Europe.") == ["Some 70 percent=70.0 approx [exports]"])
        #expect(Self.read("Nearly 30 of the company's stores will close.") == ["Nearly 30=30.0 max [stores]"])
        #expect(Self.read("Seven of LeBron's assists came on baskets by Davis.") == ["Seven=7.0 [assists]"])
        // The whole's number after the possessor still gives the part its noun.
        #expect(Self.read("Police said 34 of the country's 47 counties were affected.") == ["34=34.0 [counties]", "47=47.0 [counties]"])
        // Nothing after the possessor: the possessor is all there is.
        #expect(Self.read("Some 40 percent of the world's.") == ["Some 40 percent=40.0 approx [world]"])
    }

    @Test func aSingularWholeEndsBeforeItsVerb() {
        #expect(Self.read("About 40% of revenue comes from the iPhone.") == ["About 40%=40.0 approx [revenue]"])
        #expect(Self.read("Roughly 30% of the budget goes to health.") == ["Roughly 30%=30.0 approx [budget]"])
        #expect(Self.read("About 62 percent of the electricity used came from coal.") == ["About 62 percent=62.0 approx [electricity]"])
        // Nouns that compound stay: "bank accounts", "health spending".
        #expect(Self.read("About 20% of the bank accounts were frozen.") == ["About 20%=20.0 approx [bank accounts]"])
        #expect(Self.read("Nearly 30% of health spending is wasted.") == ["Nearly 30%=30.0 max [health spending]"])
    }

    @Test func fractionsOfASingularWhole() {
        #expect(
            Self.read("Black voters make up roughly two-thirds of the state's Democratic electorate.")
                == ["roughly two-thirds=0.6666666666666666 approx [Democratic electorate]"])
        #expect(
            Self.read("The plague wiped out nearly one-third of Europe's population.") == [
                "nearly one-third=0.3333333333333333 max [population]"
            ])
        // A whole number needs a plural noun: "two of the team" counts nothing named.
        #expect(Self.read("Two of the team were injured.") == ["Two=2.0"])
    }
}

/// Audit 7 of counts and money: Gulf and Nordic currencies, "won" after a number word, idioms of
/// "a million", a bound after the counted noun, ranges of ages, and the adjectives of a disaster's count.
@Suite struct GulfCurrenciesIdiomsAndAgesTests {
    static let read = ThresholdsHeadlinesAndModifiersTests.read
    static func money(_ text: String) -> [String] {
        NewsCopyRuleTests.figures(text).filter { $0.kind == .money }.map { "\($0.text)=\($0.value?.doubleValue ?? -1) \($0.unit ?? "-")" }
    }

    @Test func currencies() {
        #expect(Self.money("The deal is worth Dh57.3 billion, Gulf News reported.") == ["Dh57.3 billion=57300000000.0 AED"])
        #expect(Self.money("Sales rose 18% to 19.1 billion Danish crowns.") == ["19.1 billion Danish crowns=19100000000.0 DKK"])
        #expect(Self.money("Nestle targets 3 bln Swiss franc savings.") == ["3 bln Swiss franc=3000000000.0 CHF"])
        #expect(
            Self.money("The ministry approved OMR1.3 billion and QAR2 billion.") == [
                "OMR1.3 billion=1300000000.0 OMR", "QAR2 billion=2000000000.0 QAR",
            ])
        #expect(Self.money("The fund holds 1.3 billion Omani rials.") == ["1.3 billion Omani rials=1300000000.0 OMR"])
        // Codes in capitals; not a summit's or a broadcaster's name, nor a name in title case.
        #expect(Self.money("The fund paid RON 500 million.") == ["RON 500 million=500000000.0 RON"])
        #expect(Self.money("Leaders met at COP30 in Belem.").isEmpty)
        #expect(Self.money("Ron 500 was the name of the horse.").isEmpty)
        // Not money: the dental crowns, a lone "Dh" with no number.
        #expect(Self.money("The dentist fitted 12 crowns.").isEmpty)
        #expect(Self.money("Dh is the dirham's symbol.").isEmpty)
    }

    @Test func wonAfterANumberWord() {
        #expect(Self.money("The jackpot grew after no one won Saturday's draw.").isEmpty)
        #expect(Self.money("No one won the 2 billion won jackpot.") == ["2 billion won=2000000000.0 KRW"])
        #expect(Self.money("He took home 1 billion won.") == ["1 billion won=1000000000.0 KRW"])
    }

    @Test func idiomsOfAMillion() {
        #expect(Self.read("The principal sent a million thanks to the staff.").isEmpty)
        #expect(Self.read("\"Thanks a million,\" the singer wrote.").isEmpty)
        #expect(Self.read("A million people marched in Paris.") == ["A million=1000000.0 [people]"])
        #expect(Self.read("Solar panels were installed in a million homes.") == ["a million=1000000.0 [homes]"])
    }

    @Test func aBoundAfterTheCountedNoun() {
        #expect(Self.read("The party needs 326 seats or more to govern.") == ["326=326.0 min [seats]"])
        #expect(Self.read("Schools with 300 pupils or fewer get extra funds.") == ["300=300.0 max [pupils]"])
        // "or" with no bound word after it: no bound.
        #expect(Self.read("The party needs 326 seats or a deal.") == ["326=326.0 [seats]"])
    }

    @Test func rangesOfAges() {
        #expect(Self.read("Offenders aged 10 to 17 committed 8,125 offences.") == ["8,125=8125.0 [offences]"])
        #expect(Self.read("Children aged eight to 12 used social media.").isEmpty)
        #expect(Self.read("A boy aged eight was arrested.").isEmpty)
        // A plural noun after the range counts it: "aged 10 to 17 years" is still an age, "teams of 10 to 15 players" a count.
        #expect(Self.read("Teams of 10 to 15 players took part.") == ["10 to 15=10.0..15.0 range [players]"])
    }

    @Test func adjectivesOfADisastersCount() {
        #expect(Self.read("The landslide left 10 people dead and 33 missing.") == ["10=10.0 [people]", "33=33.0 [people]"])
        #expect(Self.read("Officials said 33 missing persons were found.") == ["33=33.0 [missing persons]"])
        // The dead are people: no refer-back to things.
        #expect(Self.read("The landslide buried 70 homes, leaving 12 dead.") == ["70=70.0 [homes]", "12=12.0"])
        #expect(Self.read("The crash killed 40 passengers and left 12 missing.") == ["40=40.0 [passengers]", "12=12.0 [passengers]"])
    }
}

/// SubjectRules and NameRules from audit 7: a modifier after a maker's model, a hyphenated compound
/// with a stop word, "-ous" adjectives, a verb and its object after "and"; numbers that open a quoted
/// title, and years cut to two digits after an apostrophe.
@Suite struct ModelsCompoundsAndQuotedTitlesTests {
    static let read = ThresholdsHeadlinesAndModifiersTests.read

    @Test func subjects() {
        #expect(Self.read("Emirates ordered 30 Airbus A350-900 widebody jets.") == ["30=30.0 [widebody jets]"])
        #expect(Self.read("Emirates ordered 30 Airbus A350-900 jets.") == ["30=30.0 [jets]"])
        #expect(Self.read("The army bought 500 air-to-air missiles.") == ["500=500.0 [air-to-air missiles]"])
        #expect(Self.read("The state has six autonomous universities.") == ["six=6.0 [autonomous universities]"])
        #expect(Self.read("The budget adds 120 police officers and raises property taxes.") == ["120=120.0 [police officers]"])
        // Two plural nouns joined by "and" stay one subject; "Israelis" is a plural.
        #expect(Self.read("He signed 40 players and coaches.") == ["40=40.0 [players and coaches]"])
        #expect(Self.read("More than 600,000 Israelis live there.") == ["More than 600,000=600000.0 min [Israelis]"])
    }

    @Test func quotedTitlesAndShortYears() {
        #expect(Self.read("The band played '99 Luftballons' and 'Summer of '69' to close the show.").isEmpty)
        #expect(Self.read("Beyonce's \"16 Carriages\" topped the chart.").isEmpty)
        #expect(Self.read("'12 Years a Slave' won best picture.").isEmpty)
        // A quote that opens a sentence or a count in lower case stays a count.
        #expect(Self.read("\"25 people were hurt,\" the mayor said.") == ["25=25.0 [people]"])
        #expect(Self.read("He said '20 homes' were damaged.") == ["20=20.0 [homes]"])
    }
}

/// Review 7's remaining errors: Gulf papers' capital letters before an amount, a short amount against
/// "RM", a verb with a scaled count after "and", "overseas" as no plural, a year cut to two digits before a verb.
@Suite struct GulfLettersAndReviewNearMissesTests {
    static let read = ThresholdsHeadlinesAndModifiersTests.read
    static let money = GulfCurrenciesIdiomsAndAgesTests.money

    @Test func capitalLetters() {
        #expect(
            Self.money("The deal is worth QR2 billion and KD3 million and BD50 million.")
                == ["QR2 billion=2000000000.0 QAR", "KD3 million=3000000.0 KWD", "BD50 million=50000000.0 BHD"])
        #expect(Self.money("Qatar Airways posted a profit of QR 5.8 billion.") == ["QR 5.8 billion=5800000000.0 QAR"])
        #expect(Self.money("Palm oil closed RM42 lower at RM4,415 per tonne.") == ["RM42=42.0 MYR", "RM4,415=4415.0 MYR"])
        // A single digit, or a letter pair apart from a plain number, is no amount.
        #expect(Self.money("An RM3 rating was given.").isEmpty)
        #expect(Self.money("Scan the QR 5 times.").isEmpty)
    }

    @Test func subjectsAndShortYears() {
        #expect(
            Self.read("The airline flies 40 routes and carries 9 million passengers a year.") == [
                "40=40.0 [routes]", "9 million=9000000.0 [passengers]",
            ])
        #expect(
            Self.read("The number of overseas visitors rose to 4.1 million.").first == "4.1 million=4100000.0 increase [overseas visitors]")
        #expect(Self.read("The class of '98 held its reunion in the school hall.").isEmpty)
    }
}

/// Changes and rupees from audit 7: "go up by an average of", a shortfall is no fall, more Indian and
/// Pakistani places.
@Suite struct AveragesOfChangeShortfallsAndRupeePlacesTests {
    static let read = ThresholdsHeadlinesAndModifiersTests.read

    @Test func changes() {
        #expect(Self.read("Council tax bills will go up by an average of 5.7%.") == ["5.7%=5.7 increase"])
        #expect(Self.read("Fares will rise by an average of 3%.") == ["3%=3.0 increase"])
        #expect(Self.read("The council must cover a $42 million budget shortfall.") == ["$42 million=42000000.0"])
        // A fall is still a fall.
        #expect(Self.read("The firm reported a 5% fall in sales.") == ["5%=5.0 decrease"])
    }

    @Test func rupeePlaces() {
        #expect(
            GulfCurrenciesIdiomsAndAgesTests.money("Rs 4 lakh was paid to the families of those killed near Dehradun.")
                == ["Rs 4 lakh=400000.0 INR"])
        #expect(GulfCurrenciesIdiomsAndAgesTests.money("Rs 500 was paid in Quetta.") == ["Rs 500=500.0 PKR"])
        // No place: no unit, the rupees stay candidates.
        #expect(GulfCurrenciesIdiomsAndAgesTests.money("Rs 500 was paid.") == ["Rs 500=500.0 -"])
    }
}

/// A count after a verb of level counts the plural noun before a place in "s" ("England and Wales").
@Suite struct SubjectBeforeAPlaceInSTests {
    @Test func placeInS() {
        let read = ThresholdsHeadlinesAndModifiersTests.read
        #expect(read("Shoplifting offences in England and Wales hit a record 530,643.") == ["530,643=530643.0 [Shoplifting offences]"])
        #expect(read("Shoplifting offences in Wales rose to 530.") == ["530=530.0 increase [Shoplifting offences]"])
        // A lower-case plural after "in" is the head itself: no noun before it counts.
        #expect(read("Rises in prices hit 530.") == ["530=530.0 [prices]"])
    }
}

/// Market closes with a comparative after an amount or index points, forecasts' base-form verbs, and
/// makers of two words or models with a name before the counted noun.
@Suite struct ClosesForecastsAndModelNamesTests {
    static let read = ThresholdsHeadlinesAndModifiersTests.read

    @Test func comparativeAfterAnAmountOrPoints() {
        #expect(Self.read("The stock ended 30 cents lower at $12.40.") == ["30 cents=0.3 decrease", "$12.40=12.4"])
        #expect(Self.read("Brent settled $1.20 higher.") == ["$1.20=1.2 increase"])
        #expect(Self.read("The index ended 0.8 points weaker.") == ["0.8=0.8 decrease [points]"])
        // A comparison with something else is no change: "5% stronger than iron".
        #expect(Self.read("Steel is 5% stronger than iron.") == ["5%=5.0"])
        #expect(Self.read("The team looks 10 points weaker than last year's side.") == ["10=10.0 [points]"])
        #expect(Self.read("The pound closed 0.9 cents stronger at $1.34.") == ["0.9 cents=0.009 increase", "$1.34=1.34"])
        #expect(Self.read("The FTSE 100 closed 45 points higher.") == ["45=45.0 increase [points]"])
        // Not other counts: "five more people" is no comparative of a level.
        #expect(Self.read("The team fielded 11 players higher up the pitch.") == ["11=11.0 [players]"])
        #expect(Self.read("The stock ended 30 cents.") == ["30 cents=0.3"])
    }

    @Test func forecastBaseForms() {
        #expect(Self.read("The economy will expand 2.5% this year.") == ["2.5%=2.5 increase"])
        #expect(Self.read("The economy is expected to contract 1.2% to 1.5%.") == ["1.2% to 1.5%=1.2..1.5 range decrease"])
        #expect(Self.read("Analysts forecast it will expand 2.5% to 3%.") == ["2.5% to 3%=2.5..3.0 range increase"])
        // Not a count after the verb: "expand 40 schools" is no change of a level.
        #expect(Self.read("The city will expand 40 schools.") == ["40=40.0 [schools]"])
        // Nor a gap between two rates: "5% faster than wages".
        #expect(Self.read("Prices could expand 5% faster than wages.") == ["5%=5.0"])
        #expect(Self.read("Prices grew 5% faster than wages.") == ["5%=5.0"])
    }

    @Test func changeOfAnObjectWithoutBy() {
        #expect(
            Self.read("The RBI trimmed its repo rate 25 basis points to 5.25%.") == [
                "25 basis points=0.25 decrease", "5.25%=5.25 decrease",
            ])
        #expect(Self.read("The central bank raised its key rate 75 basis points.") == ["75 basis points=0.75 increase"])
        #expect(Self.read("The shop raised prices 5%.") == ["5%=5.0 increase"])
        #expect(
            Self.read("The monetary authority pared its policy rate 25 basis points to 6.25%.")
                == ["25 basis points=0.25 decrease", "6.25%=6.25 decrease"])
        #expect(Self.read("The company shed 32,000 positions.") == ["32,000=32000.0 decrease [positions]"])
        // No object, a negation, or a verb that changes nothing: no change.
        #expect(Self.read("He raised $5 million.") == ["$5 million=5000000.0"])
        #expect(Self.read("The council did not cut rates 25 basis points.") == ["25 basis points=0.25"])
        #expect(Self.read("She won the race 5% faster.") == ["5%=5.0"])
    }

    @Test func pointsBeforeAPercentage() {
        #expect(Self.read("Unemployment rose 0.3 points to 4.2%.") == ["0.3 points=0.3 increase", "4.2%=4.2 increase"])
        #expect(Self.read("The IMF cut its growth forecast 0.4 points to 1.1%.") == ["0.4 points=0.4 decrease", "1.1%=1.1 decrease"])
        // An index's points, and points with no change before them, stay counts.
        #expect(Self.read("The Dow rose 300 points to 39,000.") == ["300=300.0 increase [points]", "39,000=39000.0 increase [points]"])
        #expect(Self.read("He scored 20 points to 5% of the team total.") == ["20=20.0 [points]", "5%=5.0 [team total]"])
    }

    @Test func makersAndModelNames() {
        #expect(Self.read("The navy bought 6 Lockheed Martin F-35 fighters.") == ["6=6.0 [fighters]"])
        #expect(Self.read("The airline ordered 20 Boeing 787-9 Dreamliner aircraft.") == ["20=20.0 [aircraft]"])
        #expect(Self.read("About 300 Tesla Model 3 cars were recalled.") == ["About 300=300.0 approx [cars]"])
        // Without a model number the capitalised words are the subject's.
        #expect(Self.read("The airline ordered 20 Boeing Dreamliner aircraft.") == ["20=20.0 [Boeing Dreamliner aircraft]"])
        // No number after the capitalised words: no model, they stay in the subject.
        #expect(Self.read("The club signed 3 Premier League players.") == ["3=3.0 [Premier League players]"])
    }
}

/// The subject of a verb of change or level before the count, past modals, adverbs, a headline's
/// present and a change with its reference.
@Suite struct SubjectsOfForecastsAndHeadlinePresentsTests {
    static let read = ThresholdsHeadlinesAndModifiersTests.read

    @Test func subjects() {
        #expect(
            Self.read("Subscriptions worldwide are expected to pass 2.9 billion.") == [
                "pass 2.9 billion=2900000000.0 min [Subscriptions]"
            ])
        #expect(Self.read("Arrivals will top 5 million.") == ["top 5 million=5000000.0 min [Arrivals]"])
        #expect(
            Self.read("Motor claims climbed 12% from a year before to 1.46 million.")
                == ["12%=12.0 increase", "1.46 million=1460000.0 increase [Motor claims]"])
        #expect(Self.read("Transits rise to 36 a day") == ["36=36.0 increase [Transits]"])
        #expect(
            Self.read("Elephant numbers have increased to 36,280, with poaching deaths down to 9.")
                == ["36,280=36280.0 increase [Elephant numbers]", "9=9.0 decrease [poaching deaths]"])
        #expect(Self.read("Road deaths are likely to fall to about 1,600.") == ["about 1,600=1600.0 approx decrease [Road deaths]"])
        #expect(Self.read("Job vacancies in the capital may dip below 90,000.") == ["below 90,000=90000.0 max decrease [Job vacancies]"])
        #expect(Self.read("Overnight stays almost certainly topped 30 million.") == ["topped 30 million=30000000.0 min [Overnight stays]"])
        #expect(Self.read("Arrests are down to 120 a month.") == ["120=120.0 decrease [Arrests]"])
        // No plural before the verb: no subject; a noun after the count is its own.
        #expect(Self.read("The index could top 500.") == ["top 500=500.0 min"])
        #expect(Self.read("The price may fall to 40.") == ["40=40.0 decrease"])
        #expect(Self.read("Sales rise to 36 stores.") == ["36=36.0 increase [stores]"])
        // A past verb before the plural is no modifier of it.
        #expect(Self.read("The weekend saw temperatures drop to minus 4.") == ["minus 4=-4.0 decrease [temperatures]"])
    }
}

/// Not figures from audit 8: a year before a verb and its object, squares and places of addresses, an
/// age after "he was", a keypad code.
@Suite struct YearsBeforeVerbsAddressesAgesAndCodesTests {
    static let read = ThresholdsHeadlinesAndModifiersTests.read

    @Test func notCounts() {
        #expect(Self.read("The plan for 2025 includes 300 buses.") == ["300=300.0 [buses]"])
        #expect(Self.read("The bank moved to 5 Hanover Square.").isEmpty)
        #expect(Self.read("He was 78.").isEmpty)
        #expect(Self.read("Customers can dial *334# for help.").isEmpty)
        #expect(Self.read("The budget for 2026 totals $4 billion.") == ["$4 billion=4000000000.0"])
        // Still counts: a plural after the year with no object, a court's plural, points after "was".
        #expect(Self.read("The firm hired 2000 workers.") == ["2000=2000.0 [workers]"])
        #expect(Self.read("Nine judges heard 3 Supreme Court cases.") == ["Nine=9.0 [judges]", "3=3.0 [Supreme Court cases]"])
        #expect(Self.read("She was 3 points clear.") == ["3=3.0 [points]"])
    }
}

/// A count after a market verb with its new level after "to", subjects across a preposition, and reference numbers
/// written with an abbreviation.
@Suite struct LevelsAfterCountsAndReferenceNumbersTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func countChangedToALevel() {
        #expect(
            Self.read("Jobless claims dipped 5,000 to 227,000.") == [
                "5,000=5000.0 decrease [Jobless claims]", "227,000=227000.0 decrease [Jobless claims]",
            ])
        #expect(
            Self.read("Jobless claims rise 12,000 to 240,000.") == [
                "12,000=12000.0 increase [Jobless claims]", "240,000=240000.0 increase [Jobless claims]",
            ])
        // Without a level after it, a market verb changes no count, and a plural before a noun of change makes no verb.
        #expect(Self.read("Curry sank 8 three-pointers.") == ["8=8.0 [three-pointers]"])
        #expect(Self.read("Residents drop 200 complaints.") == ["200=200.0 [complaints]"])
        // A range with no verb of change stays a range.
        #expect(Self.read("Claims of 5,000 to 7,000 were filed.") == ["5,000 to 7,000=5000.0..7000.0 range"])
    }

    @Test func subjectAcrossAPreposition() {
        #expect(
            Self.read("Applications to nursing courses jumped 12% to 41,000.") == [
                "12%=12.0 increase", "41,000=41000.0 increase [Applications]",
            ])
        #expect(Self.read("Complaints about noise rose to 400.") == ["400=400.0 increase [Complaints]"])
        #expect(Self.read("Burglaries in the borough rose to 2,341.") == ["2,341=2341.0 increase [Burglaries]"])
        // A noun that names a count before a plural is no subject: the plural is.
        #expect(Self.read("The number of applications to nursing courses rose to 41,000.") == ["41,000=41000.0 increase [applications]"])
    }

    @Test func referenceNumbers() {
        #expect(Self.read("Collectors paid for Ref. 6239 watches.").isEmpty)
        #expect(Self.read("See Vol. 3 of the report.").isEmpty)
        #expect(Self.read("The watch, Ref. 6239, sold for $17.8 million.") == ["$17.8 million=17800000.0"])
        // A lower-case word before its period still ends the sentence: "art." is no abbreviation.
        #expect(Self.read("He loves art. 40 people came to see him.") == ["40=40.0 [people]"])
    }
}

/// A number in words after an amount's scale starts another number: the years of "two years ago" are no part of
/// "A$300 billion".
@Suite struct ScaleThenNumberWordTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func scaleThenWords() {
        #expect(Self.read("The fund had A$300 billion two years ago.") == ["A$300 billion=300000000000.0"])
        #expect(Self.read("The club paid £20 million five years ago.") == ["£20 million=20000000.0"])
        #expect(Self.read("It sold 5 million three years ago.") == ["5 million=5000000.0"])
        #expect(Self.read("Sales hit three million two years ago.") == ["three million=3000000.0"])
        // A compound in words, or digits and words joined by "and", is still one number.
        #expect(Self.read("Sales hit three million two.") == ["three million two=3000002.0 [Sales]"])
        #expect(Self.read("It costs 4 thousand 3 hundred and 21 dollars.") == ["4 thousand 3 hundred and 21 dollars=4321.0"])
        #expect(Self.read("They counted one thousand twenty-five ballots.") == ["one thousand twenty-five=1025.0 [ballots]"])
    }
}

/// Currencies of one country by their English names and local abbreviations, and thresholds passed, topped or
/// gone past, read only where they bound a level.
@Suite struct MoreCurrenciesAndThresholdsTests {
    static func money(_ text: String) -> [String] { GulfCurrenciesIdiomsAndAgesTests.money(text) }
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func currencyNames() {
        #expect(Self.money("The average wage is 8,900 zlotys a month.") == ["8,900 zlotys=8900.0 PLN"])
        #expect(Self.money("Macau's casinos earned 18.5 billion patacas in May.") == ["18.5 billion patacas=18500000000.0 MOP"])
        #expect(Self.money("Diamond sales hit 2.1 billion pula.") == ["2.1 billion pula=2100000000.0 BWP"])
        #expect(Self.money("The fine was 40,000 shekels.") == ["40,000 shekels=40000.0 ILS"])
        #expect(Self.money("Saudi Aramco paid SR 283 billion in dividends.") == ["SR 283 billion=283000000000.0 SAR"])
        #expect(Self.money("The budget allocates Tk 21,000 crore to schools.") == ["Tk 21,000 crore=210000000000.0 BDT"])
        // Not money: a road's letters before a short number, a name.
        #expect(Self.money("He drove the SR 520 highway.") == [])
        #expect(Self.read("The Lei family donated 200 books.") == ["200=200.0 [books]"])
    }

    @Test func thresholds() {
        #expect(Self.read("USDT in circulation passed 160 billion tokens.") == ["passed 160 billion=160000000000.0 min [tokens]"])
        #expect(Self.read("Revenue passed $2 billion.") == ["passed $2 billion=2000000000.0 min"])
        #expect(Self.read("Daily ridership will top 10 lakh.") == ["top 10 lakh=1000000.0 min [Daily ridership]"])
        #expect(
            Self.read("It will open 1,600 stores, taking it past 20,000 locations.") == [
                "1,600=1600.0 [stores]", "past 20,000=20000.0 min [locations]",
            ])
        // Not thresholds: bills passed, a ranking, a walk past houses.
        #expect(Self.read("The House passed 12 bills.") == ["12=12.0 [bills]"])
        #expect(Self.read("The Senate passed 1,200 amendments.") == ["1,200=1200.0 [amendments]"])
        #expect(Self.read("The top 10 firms earned $3 billion.") == ["10=10.0 [firms]", "$3 billion=3000000000.0"])
        #expect(Self.read("Asia's top 20 universities are listed.") == ["20=20.0 [universities]"])
        #expect(Self.read("He walked past 3 houses.") == ["3=3.0 [houses]"])
    }
}

/// The subject of a level verb past a participle's phrase, a singular noun of a count, and a level given after
/// "closed at", "was set at", "are capped at".
@Suite struct SubjectsOfLevelsAtAndPastPhrasesTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func subjects() {
        #expect(Self.read("Parcels sent through Canada Post fell to 201 million.") == ["201 million=201000000.0 decrease [Parcels]"])
        #expect(Self.read("Entries for the race closed at 25,000.") == ["25,000=25000.0 [Entries]"])
        #expect(Self.read("The hajj quota was set at 221,000.") == ["221,000=221000.0 [hajj quota]"])
        #expect(Self.read("Ground passes are capped at 60,000 a day.") == ["capped at 60,000=60000.0 max [Ground passes]"])
        #expect(
            Self.read("Visitor volume slipped 7.5% to 38.5 million.") == [
                "7.5%=7.5 decrease", "38.5 million=38500000.0 decrease [Visitor volume]",
            ])
        #expect(
            Self.read("Attendance at Blue Jays games rose 19% to 3.1 million.") == [
                "19%=19.0 increase", "3.1 million=3100000.0 increase [Attendance]",
            ])
        // No count's noun before the verb: no subject; a noun after the count is its own.
        #expect(Self.read("The shop closed at 9.") == ["9=9.0"])
        #expect(Self.read("The museum set 25 records.") == ["25=25.0 [records]"])
    }
}

/// A counted noun with a hyphenated compound that opens with a plural or a stop word, two modifiers joined by
/// "and"/"or", and a virus's name in one word.
@Suite struct CompoundAndJoinedModifiersTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func modifiers() {
        #expect(Self.read("Nvidia shipped 3.7 million data-centre GPUs.") == ["3.7 million=3700000.0 [data-centre GPUs]"])
        #expect(Self.read("The regulator found 1,350 at-risk customers.") == ["1,350=1350.0 [at-risk customers]"])
        #expect(Self.read("Micron will create 90,000 direct and indirect jobs.") == ["90,000=90000.0 [direct and indirect jobs]"])
        #expect(Self.read("The dealer sold 12 new and used cars.") == ["12=12.0 [new and used cars]"])
        #expect(Self.read("Pakistan reported 74 wild poliovirus cases.") == ["74=74.0 [wild poliovirus cases]"])
        // Still one plural noun, and a number between two modifiers ends the first phrase.
        #expect(Self.read("Nvidia shipped 3.7 million GPUs.") == ["3.7 million=3700000.0 [GPUs]"])
        #expect(Self.read("The firm has 300 men and women on staff.") == ["300=300.0 [men and women]"])
        #expect(Self.read("5 red and 3 blue balls were drawn.") == ["5=5.0", "3=3.0 [blue balls]"])
        #expect(Self.read("He scored 12 and assisted 4 goals.") == ["12=12.0", "4=4.0 [goals]"])
    }
}

/// Changes told with "a record", by "lifting", restated after "or", or against "the year before"; subjects past
/// several prepositions and without their possessor; a subject elided before a verb and "it".
@Suite struct RecordsRestatementsAndLongSubjectsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func changes() {
        #expect(
            Self.read("Japan's population fell by a record 908,574 to 120.3 million.") == [
                "908,574=908574.0 decrease [population]", "120.3 million=120300000.0 decrease [population]",
            ])
        #expect(Self.read("Chile raised contributions, lifting the average pension by about 35%.") == ["about 35%=35.0 approx increase"])
        #expect(
            Self.read("Ireland counted 5,149,139 people, an increase of 387,224 or 8% since 2016.") == [
                "5,149,139=5149139.0 [people]", "387,224=387224.0 increase [people]", "8%=8.0 increase",
            ])
        #expect(Self.read("Sales were 10 per cent more than the year before.") == ["10 per cent=10.0 increase"])
        // "a record" qualifies an amount raised, no change; a percentage after "or" with no change before is none.
        #expect(Self.read("The London Marathon raised a record £87.3m for charity.") == ["£87.3m=87300000.0"])
        #expect(Self.read("Voters picked 3 or 4% of seats.") == ["3 or 4%=3.0..4.0 range [seats]"])
    }

    @Test func subjects() {
        #expect(
            Self.read("The R&A said ticket sales for the Open at Royal Portrush reached 278,000.") == ["278,000=278000.0 [ticket sales]"])
        #expect(
            Self.read("The number of centenarians in South Korea has doubled in a decade to 9,400.") == [
                "9,400=9400.0 increase [centenarians]"
            ])
        #expect(
            Self.read("Nearly 9.2 million taxpayers filed returns, HMRC said, while about 1.1 million missed it.") == [
                "Nearly 9.2 million=9200000.0 max [taxpayers]", "about 1.1 million=1100000.0 approx [taxpayers]",
            ])
    }
}

/// Numbers that are golf and tennis scores, ages with decimals or before any past verb, and codes after a label.
@Suite struct ScoresAgesAndLabelledCodesTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func notFigures() {
        #expect(Self.read("Scheffler won at 17-under 267.").isEmpty)
        #expect(Self.read("He finished 12 under par.").isEmpty)
        #expect(Self.read("Gauff won 6-7(5) 6-4 7-6(8).").isEmpty)
        #expect(Self.read("Djokovic, 38, held serve at 5-5.").isEmpty)
        #expect(Self.read("In France, people retired at an average age of 62.9.").isEmpty)
        #expect(Self.read("Enter code 448213 when prompted.").isEmpty)
        #expect(Self.read("Car 44 pitted on lap 33.").isEmpty)
    }

    @Test func stillFigures() {
        #expect(Self.read("The race lasted 33 laps.") == ["33=33.0 [laps]"])
        // A label before a count of something else: still a count.
        #expect(Self.read("Verstappen set the fastest lap 12 times this season.") == ["12=12.0 [times]"])
        #expect(Self.read("Each branch 40 miles from the city.") == ["40=40.0 [miles]"])
        #expect(Self.read("He hit 12 under-par rounds.") == ["12=12.0 [under-par rounds]"])
        #expect(Self.read("Sales rose 6-7% last year.") == ["6-7%=6.0..7.0 range increase"])
        #expect(Self.read("The average age of 1,200 residents was high.") == ["1,200=1200.0 [residents]"])
    }
}

/// Capitalised number words inside names and titles, title-case headlines, and reference numbers in lower case.
@Suite struct NamesTitleCaseHeadlinesAndReferencesTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func namesAndHeadlines() {
        #expect(Self.read("Vonnegut's 'Slaughterhouse-Five' sold well.").isEmpty)
        #expect(Self.read("'Brooklyn Nine-Nine' returns on E4.").isEmpty)
        #expect(Self.read("Ocean's Eleven opened in 2001.").isEmpty)
        #expect(Self.read("Heat Kills 1,301 On Hajj As Temperatures Top 51C") == ["1,301=1301.0"])
        #expect(Self.read("Fire Kills Five In Paris") == ["Five=5.0"])
        // A count at a sentence's start, after a function word, or in a title-case headline's model name stays as it was.
        #expect(Self.read("Seven people died.") == ["Seven=7.0 [people]"])
        #expect(Self.read("Boeing 737 Orders Rise As Airlines Expand").isEmpty)
    }

    @Test func referencesAndShares() {
        #expect(Self.read("Quote ref. 4471 when you call.").isEmpty)
        #expect(Self.read("See fig. 4 for a 12% fall.") == ["12%=12.0 decrease"])
        // A share of a whole after "or" restates no change.
        #expect(Self.read("The fleet grew to 120 or 8% of the market.") == ["120=120.0 increase [fleet]", "8%=8.0 [market]"])
        #expect(
            Self.read("Revenue climbed to $90 million, or 15% of the group total.") == [
                "$90 million=90000000.0 increase", "15%=15.0 [group total]",
            ])
        #expect(Self.read("The Dow fell 102.2 points, or 0.36%.") == ["102.2=102.2 decrease [points]", "0.36%=0.36 decrease"])
    }
}

/// An earlier level after "up from" is of the figure of its own kind, in words too; a year before a verb whose object
/// is an amount in a currency's letters.
@Suite struct EarlierLevelsOfTheirKindTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func levels() {
        #expect(
            Self.read("The fund manages A$365 billion for more than 3.5 million members, up from A$300 billion.") == [
                "A$365 billion=365000000000.0", "more than 3.5 million=3500000.0 min [members]", "A$300 billion=300000000000.0",
            ])
        #expect(
            Self.read("The fund has 3.5 million members, up from 3.1 million.") == [
                "3.5 million=3500000.0 increase [members]", "3.1 million=3100000.0 [members]",
            ])
        #expect(Self.read("14 deaths, up from nine.") == ["14=14.0 increase [deaths]", "nine=9.0 [deaths]"])
        #expect(Self.read("Sales hit $5 billion, up from $4 billion.") == ["$5 billion=5000000000.0 increase", "$4 billion=4000000000.0"])
    }

    @Test func offAndAgesBeforeAgainst() {
        #expect(Self.read("XRP off 2.1%.") == ["2.1%=2.1 decrease"])
        #expect(Self.read("Shares were off 3% at midday.") == ["3%=3.0 decrease"])
        #expect(Self.read("The firm sold off 30% of its stake.") == ["30%=30.0 [stake]"])
        #expect(Self.read("The coupon takes 20% off.") == ["20%=20.0"])
        #expect(
            Self.read("Health workers aim to vaccinate 2.3 million children under five against polio.") == [
                "2.3 million=2300000.0 [children]"
            ])
    }

    @Test func addressesBeforeAPresentVerb() {
        #expect(Self.read("The outlet at 221 Baker Street opens on Friday.").isEmpty)
        // A plural after the street's name is counted.
        #expect(Self.read("The 5 Wall Street banks cut 300 jobs.") == ["5=5.0 [Wall Street banks]", "300=300.0 decrease [jobs]"])
    }

    @Test func yearBeforeAVerbOfAnAmount() {
        #expect(Self.read("The package for 2026 costs Tk 4,78,242.") == ["Tk 4,78,242=478242.0"])
        #expect(Self.read("The budget for 2026 totals US$4 billion.") == ["US$4 billion=4000000000.0"])
    }
}

/// A golf round's score after "-under-par", "a closing"/"an opening" or a verb of scoring and "a" is no count; a title-case
/// headline's verb before a count ("Floods Force 12,000", "Lays Off 500") and its function words ("Without") in a wider set.
@Suite struct GolfRoundsAndHeadlineVerbsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func golfRounds() {
        #expect(Self.read("Woods shot a 4-under-par 66 at Augusta.").isEmpty)
        #expect(Self.read("He carded a closing 65 to take the title.").isEmpty)
        #expect(Self.read("McIlroy fired an opening 64 in the wind.").isEmpty)
        #expect(Self.read("She shot a 70 in the rain.").isEmpty)
        // Counts after the same words stay: a plural counted, a number out of a round's range, no "a".
        #expect(Self.read("The chain is closing 60 stores.") == ["60=60.0 [stores]"])
        #expect(Self.read("The firm fired a further 60 workers.") == ["60=60.0 [workers]"])
        #expect(Self.read("The new mall has an opening 120 shops.") == ["120=120.0 [shops]"])
        #expect(Self.read("Police shot a 66-year-old man.").isEmpty)
    }

    @Test func headlineVerbs() {
        #expect(Self.read("Floods Force 12,000 From Homes in Assam") == ["12,000=12000.0"])
        #expect(Self.read("Storm Leaves 40,000 Without Power") == ["40,000=40000.0"])
        #expect(Self.read("Tech Giant Lays Off 500 Staff") == ["500=500.0 decrease [Staff]"])
        // A name's number stays a name in title case; a sentence in title case needs a function word.
        #expect(Self.read("Microsoft Ends Windows 10 Support Without Warning").isEmpty)
        #expect(Self.read("Airline Strands Boeing 737 Fleet").isEmpty)
        // A particle is a headline's verb only after its verb ("Lays Off"), not after a discount.
        #expect(Self.read("Deals Today: 45% Off 65\" LG Smart TV With Free Delivery") == ["45%=45.0"])
    }
}

/// Pesos, dinars and dirhams named by their country, or bare in a text whose places name it; the dong in thousands or
/// with a scale; soles in a Peruvian text; soums; "JD" against an amount. A percentage's unit before "of" and a number
/// is no percentage of that number.
@Suite struct CountryCurrenciesAndSharesOfCountsTests {
    static func money(_ text: String) -> [String] {
        NewsCopyRuleTests.figures(text).filter { $0.kind == .money }.map { "\($0.value?.doubleValue ?? -1) \($0.unit ?? "-")" }
    }
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func currencies() {
        #expect(
            Self.money("In Bogotá the fare is 18,500 Colombian pesos, against 9,800 pesos for a taxi.") == ["18500.0 COP", "9800.0 COP"])
        #expect(Self.money("Fines reach up to 690 million Chilean pesos.") == ["690000000.0 CLP"])
        #expect(Self.money("Growers are paid 450 Argentine pesos a kilo.") == ["450.0 ARS"])
        #expect(Self.money("Pool halls charge about 60,000 dong an hour.") == ["60000.0 VND"])
        #expect(Self.money("The group will spend 85 trillion dong on the plant.") == ["85000000000000.0 VND"])
        #expect(Self.money("Lessons at Lima's pools cost 15 soles a month.") == ["15.0 PEN"])
        #expect(Self.money("Uzbekistan's budget rose to 12 billion soums.") == ["12000000000.0 UZS"])
        #expect(
            Self.money("A pack costs JD2.75 in Amman, which expects 730 million dinars from duties.") == ["2.75 JOD", "730000000.0 JOD"])
        #expect(Self.money("Morocco's textile sector exported 42 billion dirhams of goods.") == ["42000000000.0 MAD"])
        // Bare names with no place of theirs keep their default or stay no money.
        #expect(Self.money("Dubai's budget is 42 billion dirhams.") == ["42000000000.0 AED"])
        #expect(Self.money("Prices rose to 900 pesos.") == ["900.0 MXN"])
        #expect(Self.money("He bought 15 soles and 3 dinars' worth of tea.").isEmpty)
        #expect(Self.money("The band played 5 dong solos.").isEmpty)
    }

    @Test func sharesOfCounts() {
        #expect(Self.read("It said 62 per cent of 1,240 ads broke the code.") == ["62 per cent=62.0 [ads]", "1,240=1240.0 [ads]"])
        #expect(
            Self.read("About 40 percent of 500 workers were women.") == ["About 40 percent=40.0 approx [workers]", "500=500.0 [workers]"])
        // The unit written first is still a percentage: "per cent of 12".
        #expect(Self.read("The tax is set at per cent of 12 on imports.").contains { $0.hasPrefix("per cent of 12=12.0") })
    }
}

/// Numbers that are no figures: labels of places and things (`aisle 6`, `port 8443`, `frame 7`), a race by its time
/// (`the 3.40 at Ascot`) and a stopwatch's time (`clocked 52.10`), an age rating (`the 18+ range`), an age set off by
/// commas before a present verb (`Usyk, 39, defends his title`), short quoted titles (`'The 39 Steps'`, `'9 to 5'`), and
/// rates of output in abbreviated units (`3 mtpa`, `500,000 bpd`).
@Suite struct LabelsRaceTimesTitlesAndRatesTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func notFigures() {
        for text in [
            "The dress was recalled from aisle 6.", "Connect on port 8443.", "Monitor station 7 was offline.", "He won frame 7.",
            "Frankel won the 3.40 at Ascot.", "The rider was banned after the 2.05 at Cheltenham.", "She clocked 52.10 in the final.",
            "The 18+ Lego Icons range targets adults.", "Usyk, 39, defends his title at Wembley.", "'The 39 Steps' opens tonight.",
            "Tickets for '9 to 5' sold out.", "'Six' and 'Hamilton' are touring.", "The plant produces 3 mtpa.", "Output hit 500,000 bpd.",
        ] {
            #expect(Self.read(text).isEmpty, "\(text)")
        }
    }

    @Test func figuresNextToTheSameWords() {
        // A label's word before a plural counted, a share price at a place, a price with its decimals, an age list.
        #expect(Self.read("The port handled 8,443 ships.") == ["8,443=8443.0 [ships]"])
        #expect(Self.read("Each station 40 trains a day.").first == "40=40.0 [trains]")
        #expect(Self.read("Shares closed at 3.40 at the LSE.").count == 1)
        #expect(Self.read("The firm clocked 52.10 million visits.") == ["52.10 million=52100000.0 [visits]"])
        #expect(Self.read("More than 100+ countries signed.").first?.hasPrefix("More than 100=100.0 min") == true)
        #expect(Self.read("He said \"500 jobs\" would go.") == ["500=500.0 [jobs]"])
    }
}

/// Headlines with every word capitalised and no function word; "cuts" of a count; "grow" before a count of things
/// raised; a price "from" after a noun of things sold; "N summers ago" as a change's reference; a currency's name
/// after both ends of a range.
@Suite struct CapitalisedHeadlinesPricesFromAndRangesTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func headlinesAndCuts() {
        #expect(Self.read("Kenya Plants 150 Million Seedlings") == ["150 Million=150000000.0 [Seedlings]"])
        #expect(Self.read("Careem Cuts 300 Jobs") == ["300=300.0 decrease [Jobs]"])
        #expect(Self.read("Careem cuts 300 jobs.") == ["300=300.0 decrease [jobs]"])
        // A name's number and a number word in such a headline stay names.
        #expect(Self.read("Boeing 737 Orders Rise").isEmpty)
        #expect(Self.read("Manchester United Beat Chelsea Five Nil").isEmpty)
    }

    @Test func growingThings() {
        #expect(Self.read("Each member may grow up to three plants.") == ["up to three=3.0 max [plants]"])
        #expect(Self.read("Farmers grow 40 varieties of rice.") == ["40=40.0 [varieties of rice]"])
        // A rise of a quantity or a percentage stays a change.
        #expect(Self.read("Output grew 5 million tonnes.") == ["5 million=5000000.0 increase [tonnes]"])
        #expect(Self.read("Sales grow 5% a year.") == ["5%=5.0 increase"])
    }

    @Test func pricesFrom() {
        #expect(Self.read("Tickets from HUF 4,900 are on sale.") == ["from HUF 4,900=4900.0 min"])
        #expect(Self.read("Rooms from $99 a night.") == ["from $99=99.0 min"])
        // Not a range, a change's earlier level, or an amount after a noun of no sale.
        #expect(Self.read("Tickets from £25 to £100 are on sale.") == ["from £25 to £100=25.0..100.0 range"])
        #expect(Self.read("Fares rose from £25 to £30.") == ["£25=25.0", "£30=30.0 increase"])
        #expect(Self.read("Revenue from $5 million in fees.") == ["$5 million=5000000.0"])
    }

    @Test func agoAndRanges() {
        #expect(Self.read("Berths cost 50 per cent more than two summers ago.") == ["50 per cent=50.0 increase"])
        #expect(Self.read("The store has more than two floors.") == ["more than two=2.0 min [floors]"])
        #expect(Self.read("Seats are priced at 180 yuan to 880 yuan.") == ["180 yuan to 880 yuan=180.0..880.0 range"])
        #expect(Self.read("The fare rose 180 yuan to 880 yuan.") == ["180 yuan=180.0 increase", "880 yuan=880.0 increase"])
    }
}

/// A verb that changes its object is no change of an amount when a verb of its own stands between ("exports of cut
/// flowers earned KES 118 billion").
@Suite struct VerbsBetweenObjectAndAmountTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func cases() {
        #expect(Self.read("Exports of cut flowers earned $1.2 billion.") == ["$1.2 billion=1200000000.0"])
        #expect(Self.read("The firm cut costs to $5 million.") == ["$5 million=5000000.0 decrease"])
        #expect(Self.read("The board trimmed its repo rate 25 basis points.").first?.contains("decrease") == true)
    }
}

/// Subjects of levels: "peaked at", the unit of a change before the new level, the object of a verb that changes it, and
/// the outermost noun before prepositions over a hyphenated modifier.
@Suite struct SubjectsOfPeaksObjectsAndOuterNounsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func subjects() {
        #expect(Self.read("Viewing figures peaked at 3.7 million.") == ["3.7 million=3700000.0 [Viewing figures]"])
        #expect(Self.read("The firm cut its workforce to 900.") == ["900=900.0 decrease [workforce]"])
        #expect(
            Self.read("The amnesty cut the prison population by 12% to 341,000.") == [
                "12%=12.0 decrease", "341,000=341000.0 decrease [prison population]",
            ])
        #expect(
            Self.read("Attendance at the short-course worlds in Budapest reached 142,000.") == ["142,000=142000.0 [Attendance]"])
        // Not the object of a verb that changes nothing counted, nor a place's plural.
        #expect(Self.read("The council cut flights to 20 cities.") == ["20=20.0 [cities]"])
        #expect(Self.read("Burglaries in the borough rose to 2,341.") == ["2,341=2341.0 increase [Burglaries]"])
    }
}

/// Review 12's cases: "cuts" only of what businesses cut (and any percentage or amount), an age before a present verb
/// only before a possessive, dirhams in the Emirates, a departure by its time, a name's number word after a possessive in
/// title case, an age after "Dies At", a year before a present verb of an event, a price "from" before a year's "in".
@Suite struct ReviewTwelveCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func cases() {
        #expect(Self.read("The tailor cuts 40 suits a week by hand.") == ["40=40.0 [suits]"])
        #expect(Self.read("Meta cuts 5% of its workforce.").first == "5%=5.0 decrease [workforce]")
        #expect(Self.read("Kenya, 12, leads the medal table.") == ["12=12.0"])
        #expect(CountryCurrenciesAndSharesOfCountsTests.money("A Moroccan worker in Dubai earns 3,000 dirhams a month.") == ["3000.0 AED"])
        #expect(Self.read("The 3.40 train from Leeds was cancelled.").isEmpty)
        #expect(Self.read("Ocean's Twelve Returns To Cinemas").isEmpty)
        #expect(Self.read("Apollo 13 Astronaut Dies At 94").isEmpty)
        #expect(Self.read("Fares vary between 30 yuan and 90 yuan.") == ["between 30 yuan and 90 yuan=30.0..90.0 range"])
        #expect(Self.read("Homes from £250,000 in 2019 now fetch £400,000.") == ["£250,000=250000.0", "£400,000=400000.0"])
        #expect(Self.read("Cars from $25,000 qualify.") == ["from $25,000=25000.0 min"])
    }

    @Test func yearsBeforeEventVerbs() {
        #expect(
            DateAuditThreeTests.dates("The festival founded in 1990 returns on 14 August 2026.", "2026-02-17") == [
                "1990=1990-01-01..1990-12-31", "14 August 2026=2026-08-14..2026-08-14",
            ])
        // A plural counted after a year stays a count: "in 2,019 returns filed" has its separator, "1990 returns were filed".
        #expect(Self.read("Of the 1990 returns filed, most were late.").first == "1990=1990.0 [returns]")
    }
}

/// Review 13's cases: an age before a present verb and "the" after a person's name, not a country's; "cuts" of a count
/// unless of a rate of work; a headline verb's base form before ten or more only; dirhams by the place paid.
@Suite struct ReviewThirteenCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func cases() {
        #expect(Self.read("Federer, 44, joins the board of the foundation.").isEmpty)
        #expect(Self.read("Kenya, 12, leads the medal table.") == ["12=12.0"])
        #expect(Self.read("The council cuts 15 bus services from Monday.") == ["15=15.0 decrease [bus services]"])
        #expect(Self.read("The mill cuts 4,000 logs a day for export.") == ["4,000=4000.0 [logs]"])
        #expect(Self.read("The saw cuts 3 boards at once.") == ["3=3.0 [boards]"])
        #expect(Self.read("Farmers Drive 600 Tractors Into Paris") == ["600=600.0 [Tractors]"])
        #expect(Self.read("Ocean Drive 2 Hotel Sold For $40m") == ["$40m=40000000.0"])
        #expect(
            CountryCurrenciesAndSharesOfCountsTests.money("An Emirati tourist in Marrakech paid 200 dirhams for a rug.") == [
                "200.0 MAD"
            ])
        #expect(
            DateAuditThreeTests.dates("Germany plays today, France on Saturday.", "2025-10-02") == [
                "today=2025-10-02..2025-10-02", "on Saturday=2025-10-04..2025-10-04",
            ])
        #expect(
            DateAuditThreeTests.dates("Ford reports results today, and the others reported on Monday.", "2025-10-02").last
                == "on Monday=2025-09-29..2025-09-29")
    }
}

/// Audit 11's counts: CFA francs by the text's places, "won" after an amount in a text of Korea, an age group before a
/// past verb, a year of an era ("1323 BC") or before a name ("a 1721 Stradivarius"), "tooth 36", headline "Scraps" and
/// "Slide", "cut" as an adjective after a preposition, a hyphenated object of a change, the yen by Tokyo.
@Suite struct AuditElevenCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static let money = CountryCurrenciesAndSharesOfCountsTests.money

    @Test func money() {
        #expect(Self.money("Ivory Coast raised the price to 2,800 CFA francs per kilogram.") == ["2800.0 XOF"])
        #expect(Self.money("Farmers in Cameroon earn less than 1,000 CFA francs a day.") == ["1000.0 XAF"])
        #expect(Self.money("Korean platform Podbbang charges 4,900 won a month.") == ["4900.0 KRW"])
        #expect(Self.money("Tickets range from ¥4,000 to ¥18,500 at Suntory Hall in Tokyo.") == ["4000.0 JPY"])
        // No Korea: a number before "won a" is who won.
        #expect(Self.money("In the final round, 3 won a medal.").isEmpty)
    }

    @Test func notCounts() {
        #expect(Self.read("Applications for children under five dropped by 18,400.") == ["18,400=18400.0 decrease [Applications]"])
        #expect(Self.read("The tomb dates to around 1323 BC.").isEmpty)
        #expect(Self.read("The violinist played a 1721 Stradivarius.").isEmpty)
        #expect(Self.read("Tooth 36 was extracted, and tooth 12 was filled.").isEmpty)
        // A year before a plural noun in lower case still counts it: "a 1500 metre race" is a measure, "the 1500 rooms".
        #expect(Self.read("The hotel has the 1500 rooms it needs.") == ["1500=1500.0 [rooms]"])
    }

    @Test func changes() {
        #expect(Self.read("Council Scraps 4,200 Free Breakfasts") == ["4,200=4200.0 [Free Breakfasts]"])
        #expect(Self.read("Albemarle Shares Sink 9% As Lithium Glut Deepens") == ["9%=9.0 decrease"])
        #expect(
            Self.read("Kenya exported cut flowers worth KSh110 billion, up 9% by value.") == [
                "KSh110 billion=110000000000.0 [flowers]", "9%=9.0 increase",
            ])
        #expect(Self.read("Westminster will raise on-street parking charges by 50%.") == ["50%=50.0 increase"])
    }
}

/// A subject before "of" only when it is a noun of a count; a place's capitalised words take none of the six words of a
/// subject's phrase.
@Suite struct SubjectsOfCountNounsAndLongPlacesTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func cases() {
        #expect(Self.read("Membership of the union peaked at 860,000.") == ["860,000=860000.0 [Membership]"])
        #expect(
            Self.read("Attendance at the open-air concerts in Hyde Park topped 65,000.") == ["topped 65,000=65000.0 min [Attendance]"])
        // "of" after a noun of no count is no subject's: the plural after it stays.
        #expect(
            Self.read("Sales of the single-use vapes fell to 2 million.") == ["2 million=2000000.0 decrease [single-use vapes]"])
    }
}

/// Review 14's cases: a place in a ranking keeps its count; a headline's base verb after a plural; BC and AD before
/// their nouns; a departure "to" a place; CFA francs in central Africa; age groups before present verbs; a rate of
/// service taken away.
@Suite struct ReviewFourteenCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func cases() {
        #expect(Self.read("Norway, 16, leads the medal table after the relay.") == ["16=16.0"])
        #expect(Self.read("Firms Add 3 New Routes To Iceland") == ["3=3.0 [Routes]"])
        #expect(Self.read("The 500 BC Hydro workers went on strike.") == ["500=500.0 [BC Hydro workers]"])
        #expect(Self.read("The 6.42 to Brighton ran late.").isEmpty)
        #expect(CountryCurrenciesAndSharesOfCountsTests.money("Traders in Brazzaville pay 500 CFA francs a day.") == ["500.0 XAF"])
        #expect(Self.read("Children under five make up 14% of the population.") == ["14%=14.0 [population]"])
        #expect(Self.read("The operator cuts 25 trains a day from the timetable.") == ["25=25.0 decrease [trains]"])
        #expect(DateAuditThreeTests.dates("The resort opens from December to March every winter.", "2025-11-20").isEmpty)
    }
}

/// Review 15's cases: a count before a ranking of countries or teams only, not a person's ranking; an era after a word of
/// time even before a capitalised plural; services taken from a schedule.
@Suite struct ReviewFifteenCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func cases() {
        #expect(Self.read("Sinner, 24, leads the ATP rankings.").isEmpty)
        #expect(Self.read("Kane, 32, leads the scoring chart.").isEmpty)
        #expect(Self.read("Chelsea, 6, tops the league table on goal difference.") == ["6=6.0"])
        #expect(Self.read("Bayern, 33, heads the rankings of German champions.") == ["33=33.0"])
        #expect(Self.read("By 500 BC Greeks had settled across Sicily.").isEmpty)
        #expect(Self.read("About 70 BC Housing tenants protested.") == ["About 70=70.0 approx [BC Housing tenants]"])
        #expect(Self.read("The airline cuts 12 flights a week from its winter schedule.") == ["12=12.0 decrease [flights]"])
        #expect(Self.read("The mason cuts 6 blocks a day from the quarry face.") == ["6=6.0 [blocks]"])
    }
}

/// More groups told by an age before their verb ("Visitors over 18 pay £15", "Passengers under 16 travel free"), and more
/// headline verbs ("Banks Open 3 New Branches", "Factories Shut 12 Lines").
@Suite struct MoreAgeGroupsAndHeadlineVerbsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func cases() {
        #expect(Self.read("Visitors over 18 pay £15 for entry.") == ["£15=15.0"])
        #expect(Self.read("Passengers under 16 travel free.").isEmpty)
        #expect(Self.read("Banks Open 3 New Branches") == ["3=3.0 [Branches]"])
        #expect(Self.read("Factories Shut 12 Lines") == ["12=12.0 [Lines]"])
        // A count after the same words stays: a plural counted after the number.
        #expect(Self.read("Visitors from over 18 countries attended.") == ["over 18=18.0 min [countries]"])
    }
}

import NewsJSON
import Testing

@Suite struct NewsJSONTests {
    @Test func roundTripKeepsOrderAndNumbers() throws {
        let text = #"{"b":1,"a":[true,false,null,10900000000,73.8,-1e3],"s":"q\"\\\n\u00e9\ud83d\ude00"}"#
        let value = try JSONParser.parse(text)
        var w = JSONWriter()
        w.value(value)
        #expect(w.string == #"{"b":1,"a":[true,false,null,10900000000,73.8,-1e3],"s":"q\"\\\né😀"}"#)
        #expect(value["a"]?.arrayValue?[3] == .number("10900000000"))
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "tru", "\"\u{1}\"", "01x", "[1] 2", "{\"a\":\"\\x\"}"])
    func rejectsInvalid(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
    }

    @Test func writerEscapesControlsAndLineSeparators() {
        var w = JSONWriter()
        w.beginObject(); w.key("t"); w.string("a\u{1}\u{2028}b\t"); w.endObject()
        #expect(w.string == #"{"t":"a\u0001\u2028b\t"}"#)
    }
}

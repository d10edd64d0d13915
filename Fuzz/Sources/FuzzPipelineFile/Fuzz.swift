import FuzzSupport
import NewsPipeline

/// Pipeline and rule pack files (YAML): types, unknown keys, anchors and aliases.
func fuzzOne(_ bytes: [UInt8]) -> Int {
    let text = String(decoding: bytes, as: UTF8.self)
    var total = 0
    // Rule packs named in the file are not read: a fuzzed path could be "-" (standard input) or a device.
    let noFiles = { (path: String) throws(SpecProblem) -> RulePack in throw SpecProblem(description: "\(path): not read") }
    if let spec = try? PipelineSpec.parse(yaml: text, file: "fuzz.yml", loadPack: noFiles) { total &+= spec.inputs.count }
    if let pack = try? RulePackFile.parse(yaml: text, file: "fuzz.yml") { total &+= pack.countedNouns.count }
    return total
}

@_cdecl("FuzzPipelineFile_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    fuzzMain(argc, argv, fuzzOne)
}

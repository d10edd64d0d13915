// swift-tools-version: 6.0
// libFuzzer targets for NewsFigures. Built only by scripts/fuzz.sh, with
// `swift build -c debug -Xswiftc -sanitize=fuzzer,address` (libFuzzer supplies the program's main).
import PackageDescription

let targets = ["FuzzHTML", "FuzzScrape", "FuzzFigures", "FuzzWARC", "FuzzGzip", "FuzzJSONL", "FuzzPipelineFile"]

let package = Package(
    name: "NewsFiguresFuzz",
    dependencies: [.package(name: "NewsFigures", path: "..")],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "NewsPipeline", package: "NewsFigures")]
        )
    ]
        + targets.map { name in
            .executableTarget(
                name: name,
                dependencies: ["FuzzSupport", .product(name: "NewsPipeline", package: "NewsFigures")],
                swiftSettings: [.unsafeFlags(["-parse-as-library"])]
            )
        },
    swiftLanguageModes: [.v6]
)

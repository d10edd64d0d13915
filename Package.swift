// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "NewsFigures",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsfigures", targets: ["newsfigures"]),
        .library(name: "NewsPipeline", targets: ["NewsPipeline"]),
        .library(name: "NewsFigures", targets: ["NewsFigures"]),
        .library(name: "NewsContent", targets: ["NewsContent"]),
        .library(name: "NewsRecords", targets: ["NewsRecords"]),
        .library(name: "NewsReport", targets: ["NewsReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // libxml2 through pkg-config; the shim hides ICU (see shim.h).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib through pkg-config: gzip files, .warc.gz members, gzip/deflate HTTP payloads.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // SQLite through pkg-config: the embedded record store.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // A small JSON reader and writer shared by every module (no Foundation).
        .target(name: "NewsJSON"),
        // Sources → RawDocument: files, directories, stdin, JSONL, gzip, WARC; encoding decisions.
        // SHA-256 for document ids, in C: the x86 SHA extensions when present (about 10× the Swift loop).
        .target(name: "CSHA256"),
        .target(name: "NewsIngest", dependencies: ["NewsJSON", "CZlib", "CSHA256"]),
        // Chrome stripping and metadata: HTML via libxml2, text scrapes via line rules.
        .target(name: "NewsContent", dependencies: ["CLibXML2", "NewsJSON"]),
        // The rule-based figure extractor: pure Swift, knows nothing about HTML.
        .target(name: "NewsFigures"),
        // Checks over figures and records.
        .target(name: "NewsValidation", dependencies: ["NewsFigures"]),
        // The record contract and its encoders.
        .target(name: "NewsRecords", dependencies: ["NewsFigures", "NewsValidation", "NewsJSON", "CSQLite"]),
        // Orchestration: raw document → article → figures → record; batch runs.
        .target(
            name: "NewsPipeline",
            dependencies: [
                "NewsIngest", "NewsContent", "NewsFigures", "NewsValidation", "NewsRecords", .product(name: "Yams", package: "Yams"),
            ]
        ),
        // One self-contained HTML page of records: overview, highlighted articles, series charts.
        .target(name: "NewsReport", dependencies: ["NewsPipeline", "NewsRecords", "NewsFigures", "NewsValidation"]),
        .executableTarget(
            name: "newsfigures",
            dependencies: [
                "NewsPipeline", "NewsReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["NewsJSON"], path: "Tests/TestSupport"),
        .testTarget(name: "NewsJSONTests", dependencies: ["NewsJSON"]),
        .testTarget(name: "NewsIngestTests", dependencies: ["NewsIngest", "TestSupport"]),
        .testTarget(name: "NewsContentTests", dependencies: ["NewsContent", "TestSupport"]),
        .testTarget(name: "NewsFiguresTests", dependencies: ["NewsFigures", "NewsJSON", "TestSupport"]),
        .testTarget(name: "NewsPipelineTests", dependencies: ["NewsPipeline", "NewsRecords", "NewsJSON", "TestSupport"]),
        .testTarget(name: "NewsReportTests", dependencies: ["NewsReport", "NewsRecords", "NewsFigures", "TestSupport"]),
        .testTarget(name: "LibraryAPITests", dependencies: ["NewsPipeline"]),
        .testTarget(name: "NewsValidationTests", dependencies: ["NewsValidation", "NewsFigures"]),
        .testTarget(name: "CLITests", dependencies: ["newsfigures", "NewsJSON", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

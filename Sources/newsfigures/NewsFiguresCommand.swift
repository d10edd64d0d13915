import ArgumentParser
import NewsPipeline

#if canImport(Glibc)
    import Glibc
#endif

@main
struct NewsFiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsfigures",
        abstract: "Turn archived news articles into validated, structured figure records.",
        discussion: """
            Exit status: 0 when every input became a record, 1 when some input failed, 2 on a usage error.
            """,
        subcommands: [Extract.self, Run.self, Validate.self, Report.self, Clean.self, Bench.self, Serve.self]
    )

    /// Usage errors exit with 2 (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            } else if let exit = error as? ExitCode {
                Glibc.exit(exit.rawValue)
            } else if code == .validationFailure || error is ValidationError {
                FileOutput.standardError.write(fullMessage(for: error) + "\n")
                Glibc.exit(2)
            } else {
                exit(withError: error)
            }
        }
    }
}

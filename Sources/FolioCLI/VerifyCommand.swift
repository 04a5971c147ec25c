import ArgumentParser
import FolioBatch
import FolioCore
import Foundation

/// `folio verify DIR`: every snapshot file against its manifest.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Re-hash snapshot files against their manifests; exit 1 on any difference.")

    @Argument(help: "An archive, a project folder in it, or one snapshot.")
    var folder: String

    func run() throws {
        let (count, problems) = try SnapshotVerifier.verify(URL(fileURLWithPath: folder))
        guard count > 0 else { throw FolioError("no snapshot here (no manifest.json)", file: folder) }
        for p in problems { print(p) }
        FileHandle.standardError.write(Data("folio: \(count) snapshot(s) checked, \(problems.count) difference(s)\n".utf8))
        if !problems.isEmpty { throw ExitCode(1) }
    }
}

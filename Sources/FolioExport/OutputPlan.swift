import FolioCore
import Foundation

/// Where each format's files go: one format writes OUTPUT itself (PNG: OUTPUT-N.png); several
/// formats treat OUTPUT as a directory holding `<name>.pdf`, `<name>.html`, `<name>-N.png`.
struct OutputPlan {
    let baseName: String
    let output: URL?
    let formats: [ExportFormat]

    func url(for format: ExportFormat, page: Int? = nil) -> URL {
        let single = formats.count == 1
        if single, let out = output, !out.hasDirectoryPath, !isExistingDirectory(out) {
            if let page {
                let stem = out.deletingPathExtension().lastPathComponent
                return out.deletingLastPathComponent().appendingPathComponent("\(stem)-\(page).png")
            }
            return out
        }
        let dir = output ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let name = page.map { "\(baseName)-\($0)" } ?? baseName
        return dir.appendingPathComponent("\(name).\(format.fileExtension)")
    }

    private func isExistingDirectory(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }
}

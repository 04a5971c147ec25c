import Crypto
import Foundation
import GRDB

extension Workspace {
    /// SHA-256 over every task's id and session digest: it changes exactly when an import adds,
    /// replaces or changes a session, which is the only way a workspace's answers change.
    public func contentFingerprint() -> String? {
        guard let rows = try? db.read({ db in try Row.fetchAll(db, sql: "SELECT id, digest FROM task ORDER BY id") }) else { return nil }
        var hasher = SHA256()
        for row in rows {
            let id: String = row["id"], digest: String = row["digest"]
            hasher.update(data: Data("\(id) \(digest)\n".utf8))
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

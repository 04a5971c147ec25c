import FolioCore
import FolioExport
import FolioServer
import Foundation

/// Runs async throwing work from a worker thread; server errors become Folio errors (their text).
func blockingThrowing<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let result: Result<T, Error> = blocking {
        do { return .success(try await work()) } catch { return .failure(error) }
    }
    do { return try result.get() } catch let error as ServerError { throw FolioError(error.description) }
}

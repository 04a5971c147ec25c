import Foundation

/// Loads a remote image (`https://…`) for `ImageStore`: a server's files with its token, or a
/// bundle's stored copy. Failures carry the reason shown in the report.
public typealias RemoteImageFetcher = @Sendable (String) -> Result<Data, FolioError>

/// Images a report uses, loaded before layout so layout and HTML stay free of I/O.
/// Keys are the sources exactly as written in the Markdown.
public struct ImageStore: Sendable {
    public var images: [String: ImageData] = [:]
    /// Why a source could not be loaded ("not found", "not a PNG or JPEG").
    public var failures: [String: String] = [:]

    public init() {}

    /// Loads every image of `document`: local paths relative to `baseDirectory`, `data:` URIs.
    /// Remote URLs go to `remote` when given, else are recorded as failures.
    public static func load(for document: Document, baseDirectory: URL, remote: RemoteImageFetcher? = nil) -> ImageStore {
        var store = ImageStore()
        for source in document.imageSources where store.images[source] == nil && store.failures[source] == nil {
            let loaded = remote.flatMap { fetch in isRemote(source) ? fetch(source).flatMap(decode) : nil }
            switch loaded ?? Self.read(source, baseDirectory: baseDirectory) {
            case .success(let img): store.images[source] = img
            case .failure(let reason): store.failures[source] = reason.message
            }
        }
        return store
    }

    static func read(_ source: String, baseDirectory: URL) -> Result<ImageData, FolioError> {
        let bytes: Data
        if source.hasPrefix("data:") {
            guard let comma = source.firstIndex(of: ","), source[..<comma].hasSuffix(";base64"),
                let d = Data(base64Encoded: String(source[source.index(after: comma)...]))
            else { return .failure(FolioError("unreadable data: URI")) }
            bytes = d
        } else if isRemote(source) {
            return .failure(FolioError("remote image not fetched (no server configured)"))
        } else {
            var path = source.hasPrefix("file://") ? String(source.dropFirst(7)) : source
            path = (try? path.percentDecoding()) ?? path
            // Joined as strings: URL's `appendingPathComponent` costs a runtime conformance
            // scan on first use, on the critical path of a short export.
            let base = baseDirectory.path
            let url = URL(fileURLWithPath: path.hasPrefix("/") ? path : base.hasSuffix("/") ? base + path : base + "/" + path)
            guard let d = try? Data(contentsOf: url) else { return .failure(FolioError("file not found: \(url.path)")) }
            bytes = d
        }
        return decode(bytes)
    }

    /// Whether a source is fetched over the network rather than read from disk.
    public static func isRemote(_ source: String) -> Bool {
        source.contains("://") && !source.hasPrefix("file://")
    }

    static func decode(_ bytes: Data) -> Result<ImageData, FolioError> {
        guard let image = ImageData(bytes) else { return .failure(FolioError("not a PNG or JPEG image")) }
        return .success(image)
    }
}

extension Document {
    /// Every image source in reading order, blocks and inlines alike.
    public var imageSources: [String] {
        var out: [String] = []
        func inl(_ xs: [Inline]) {
            for x in xs {
                switch x {
                case .image(let i): out.append(i.source)
                case .emphasis(let c), .strong(let c), .strikethrough(let c), .superscript(let c), .subscript(let c),
                    .keyboard(let c), .link(_, _, let c):
                    inl(c)
                default: break
                }
            }
        }
        func walk(_ blocks: [Block]) {
            for b in blocks {
                switch b {
                case .image(let i): out.append(i.source)
                case .paragraph(let c): inl(c)
                case .heading(let h): inl(h.content)
                case .blockquote(let inner): walk(inner)
                case .list(let l): l.items.forEach { walk($0.blocks) }
                case .details(let d): inl(d.summary); walk(d.blocks)
                case .table(let t): t.header.forEach(inl); t.rows.forEach { $0.forEach(inl) }
                default: break
                }
            }
        }
        walk(blocks)
        return out
    }
}

/// Path pieces from plain strings: URL's path methods cost a runtime conformance scan on their
/// first use, on the critical path of a short export.
public enum PathString {
    /// The folder part: `/a/b` for `/a/b/c.md`, `/` for `/c.md`, `.` for `c.md`.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component: `c.md` for `/a/b/c.md` (the whole path when it has no `/`).
    public static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}

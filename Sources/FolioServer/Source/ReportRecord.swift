import Foundation

/// A report as `reports.get_all_ex` returns it (reference §3.2), minus the Markdown when stored
/// in a bundle's `report.json` (it has its own file there).
public struct ReportRecord: Codable, Sendable, Equatable {
    /// A referenced entity, expanded by the server as `{"id", "name"}`.
    public struct Ref: Codable, Sendable, Equatable {
        /// The entity id.
        public var id: String?
        /// Its name, when asked for.
        public var name: String?
    }

    /// The report (task) id.
    public var id: String
    /// The title.
    public var name: String
    /// The description shown on the report card.
    public var comment: String?
    /// The Markdown source.
    public var report: String?
    /// Uploaded files the report uses (files-server URLs).
    public var reportAssets: [String]?
    /// User tags.
    public var tags: [String]?
    /// `reports`, `hidden`, maybe `archived`.
    public var systemTags: [String]?
    /// `created` (Draft) or `published`.
    public var status: String?
    /// ISO-8601 creation time.
    public var created: String?
    /// ISO-8601 time of the last edit.
    public var lastUpdate: String?
    /// ISO-8601 publication time.
    public var published: String?
    /// ISO-8601 time of the last status change.
    public var statusChanged: String?
    /// The hidden `<project>/.reports` project.
    public var project: Ref?
    /// The author.
    public var user: Ref?

    enum CodingKeys: String, CodingKey {
        case id, name, comment, report, tags, status, created, published, project, user
        case reportAssets = "report_assets"
        case systemTags = "system_tags"
        case lastUpdate = "last_update"
        case statusChanged = "status_changed"
    }

    /// The fields asked of the server (what the web app's report page reads, plus dates and names).
    public static let fields = [
        "id", "name", "comment", "report", "report_assets", "tags", "system_tags", "status", "created",
        "last_update", "published", "status_changed", "project.name", "user.name",
    ]

    /// The user-visible project: the `.reports` project's name without its `/.reports` suffix.
    public var projectName: String? {
        guard var name = project?.name else { return nil }
        if name == ".reports" { return "" }
        if name.hasSuffix("/.reports") { name.removeLast("/.reports".count) }
        return name
    }

    /// The report's own date: last update, else publication, else creation.
    public var date: Date? {
        [lastUpdate, published, created].lazy.compactMap { $0.flatMap(ReportRecord.parseDate) }.first
    }

    /// ISO-8601 with optional fraction and offset (`2024-05-01T10:00:00.123000+00:00`), as rapidjson writes it.
    static func parseDate(_ text: String) -> Date? {
        let chars = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count else { return nil }
            return Int(String(decoding: chars[range], as: UTF8.self))
        }
        guard let y = number(0..<4), let mo = number(5..<7), let d = number(8..<10), let h = number(11..<13),
            let mi = number(14..<16), let s = number(17..<19)
        else { return nil }
        var i = 19
        var fraction = 0.0
        if i < chars.count, chars[i] == UInt8(ascii: ".") {
            var digits = ""
            i += 1
            while i < chars.count, chars[i] >= 48, chars[i] <= 57 {
                digits.append(Character(UnicodeScalar(chars[i])))
                i += 1
            }
            fraction = Double("0." + digits) ?? 0
        }
        var offset = 0
        if i < chars.count, chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-") {
            let sign = chars[i] == UInt8(ascii: "+") ? 1 : -1
            guard let oh = number(i + 1..<i + 3), let om = number(i + 4..<i + 6) else { return nil }
            offset = sign * (oh * 3600 + om * 60)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let base = calendar.date(from: DateComponents(year: y, month: mo, day: d, hour: h, minute: mi, second: s)) else { return nil }
        return base.addingTimeInterval(fraction - Double(offset))
    }
}

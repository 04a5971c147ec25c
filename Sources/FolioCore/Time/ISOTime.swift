import Foundation

/// Epoch milliseconds to ISO-8601 text, computed by hand so that no locale, calendar or
/// formatter state can change the output (and no formatter set-up lands on start-up: the PDF's
/// creation date is formatted on every export).
public enum ISOTime {
    /// Whole seconds in UTC, RFC 3339 "internet date-time": `2026-11-27T08:13:00Z` (what cairo's
    /// PDF metadata and Folio's manifests take). Milliseconds are dropped, rounding down.
    public static func internetDateTime(_ ms: Int64) -> String {
        let (date, time, _) = parts(ms)
        return "\(date)T\(time)Z"
    }

    /// Elasticsearch `strict_date_time`: `2026-11-27T08:13:00.123Z`.
    public static func strictDateTime(_ ms: Int64) -> String {
        let (date, time, millis) = parts(ms)
        return "\(date)T\(time).\(pad(millis, 3))Z"
    }

    /// The API server's dates (rapidjson ISO mode): `2026-11-27T08:13:00.123000+00:00`.
    public static func serverDate(_ ms: Int64) -> String {
        let (date, time, millis) = parts(ms)
        return "\(date)T\(time).\(pad(millis * 1000, 6))+00:00"
    }

    private static func parts(_ ms: Int64) -> (String, String, Int64) {
        let millis = ((ms % 1000) + 1000) % 1000
        let seconds = (ms - millis) / 1000
        let secOfDay = ((seconds % 86400) + 86400) % 86400
        let days = (seconds - secOfDay) / 86400
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        let time = "\(pad(secOfDay / 3600, 2)):\(pad(secOfDay / 60 % 60, 2)):\(pad(secOfDay % 60, 2))"
        return (date, time, millis)
    }

    private static func pad(_ v: Int64, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

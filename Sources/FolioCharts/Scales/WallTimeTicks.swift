import Foundation

/// Date/time ticks for a wall-clock axis (epoch milliseconds) in an injected time zone.
enum WallTimeTicks {
    /// Fixed steps in seconds below a month; months and years step on the calendar.
    private static let fixedSteps: [Double] = [
        1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
        172_800, 604_800, 1_209_600,
    ]
    private static let monthSteps = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200]
    private static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// Ticks inside `lo...hi` (ms) aiming at about `target` intervals.
    static func ticks(lo: Double, hi: Double, target: Int, timeZone: TimeZone) -> AxisTicks {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let spanSeconds = max((hi - lo) / 1000, 1)
        let wanted = spanSeconds / Double(max(target, 1))
        var values: [Double] = []
        let stepSeconds: Double
        if let step = fixedSteps.first(where: { $0 >= wanted }) {
            stepSeconds = step
            // Align to the local clock: offsets are taken at the range start (DST shifts inside
            // a range move ticks by an hour, which is acceptable for labels).
            let offset = Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: lo / 1000)))
            var t = ((lo / 1000 + offset) / step).rounded(.up) * step - offset
            while t * 1000 <= hi && values.count < 1000 {
                values.append(t * 1000)
                t += step
            }
        } else {
            let months = monthSteps.first { Double($0) * 30 * 86400 >= wanted } ?? monthSteps.last!
            stepSeconds = Double(months) * 30 * 86400
            let start = calendar.dateComponents([.year, .month], from: Date(timeIntervalSince1970: lo / 1000))
            var index = (start.year! * 12 + start.month! - 1)
            index = (index + months - 1) / months * months
            while values.count < 1000 {
                let date = calendar.date(from: DateComponents(year: index / 12, month: index % 12 + 1, day: 1))!
                let ms = date.timeIntervalSince1970 * 1000
                if ms > hi { break }
                if ms >= lo { values.append(ms) }
                index += months
            }
        }
        // Below a day's step the date is shown on the first tick and wherever the day changes.
        var previousDay: DateComponents?
        let labels = values.map { ms -> String in
            let c = calendar.dateComponents(
                [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: ms / 1000))
            let day = DateComponents(year: c.year, month: c.month, day: c.day)
            defer { previousDay = day }
            return label(c, stepSeconds: stepSeconds, withDate: previousDay != day)
        }
        return AxisTicks(values: values, labels: labels)
    }

    private static func label(_ c: DateComponents, stepSeconds: Double, withDate: Bool) -> String {
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        let month = monthNames[(c.month ?? 1) - 1]
        let day = "\(month) \(c.day ?? 1)"
        if stepSeconds < 86400 {
            let time = "\(two(c.hour)):\(two(c.minute))" + (stepSeconds < 60 ? ":\(two(c.second))" : "")
            return withDate ? "\(day) \(time)" : time
        }
        if stepSeconds < 28 * 86400 { return day }
        if stepSeconds < 365 * 86400 { return "\(month) \(c.year ?? 0)" }
        return "\(c.year ?? 0)"
    }
}

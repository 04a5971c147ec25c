import FolioCore

/// Joins plain background rectangles that continue one another on a page (a code block's
/// per-line tints, a quote bar's per-item pieces) into one rectangle each.
///
/// Every line of a code block carries its own tint so that a page break can fall between any
/// two lines; painted as is, each tint is a separate fill that also ends the PDF text object
/// around it. The joined rectangle is painted where the first piece was, before anything that
/// the later pieces would have been painted under, so the page looks the same.
enum BackgroundMerge {
    private struct Key: Hashable {
        let fill: Color, x: Double, width: Double
    }

    static func merge(_ frames: [FrameItem]) -> [FrameItem] {
        var out: [FrameItem] = []
        out.reserveCapacity(frames.count)
        // For each run of tints: where its rectangle sits in `out`, and that rectangle.
        var open: [Key: (index: Int, rect: SceneRect)] = [:]
        for frame in frames {
            guard case .rect(let r, let fill?, nil, _, let radius) = frame, radius == 0 else {
                out.append(frame)
                continue
            }
            let key = Key(fill: fill, x: r.x, width: r.width)
            if let run = open[key], abs(run.rect.maxY - r.y) < 0.001 {
                let joined = SceneRect(x: run.rect.x, y: run.rect.y, width: run.rect.width, height: r.maxY - run.rect.y)
                out[run.index] = .rect(joined, fill: fill, stroke: nil, lineWidth: 0, radius: 0)
                open[key] = (run.index, joined)
            } else {
                open[key] = (out.count, r)
                out.append(frame)
            }
        }
        return out
    }
}

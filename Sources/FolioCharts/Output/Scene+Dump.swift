import FolioCore

extension Scene {
    /// A deterministic indented text dump, one line per item with two-decimal numbers, used by
    /// every scene snapshot test. Paths longer than `maxPathElements` are summarised as element
    /// count, bounding box and first/last points so million-point charts stay reviewable.
    public func dump(maxPathElements: Int = 12) -> String {
        var lines = ["scene \(Fixed.two(width)) x \(Fixed.two(height))"]
        for item in items { SceneDumper.dump(item, depth: 1, maxPathElements: maxPathElements, into: &lines) }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The per-item formatting behind `Scene.dump()`.
enum SceneDumper {
    static func dump(_ item: SceneItem, depth: Int, maxPathElements: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        switch item {
        case .path(let path, let fill, let stroke):
            var line = indent + "path fill=\(fill?.hex ?? "none")"
            if let stroke {
                line += " stroke=\(stroke.color.hex) w=\(Fixed.two(stroke.width))"
                if !stroke.dash.isEmpty { line += " dash=" + stroke.dash.map(Fixed.two).joined(separator: ",") }
            } else {
                line += " stroke=none"
            }
            lines.append(line + " " + describe(path, maxElements: maxPathElements))
        case .text(let t):
            var line = indent + "text \(quoted(t.text)) at \(point(t.position)) size=\(Fixed.two(t.font.size))"
            if t.font.bold { line += " bold" }
            if t.font.italic { line += " italic" }
            if t.font.monospace { line += " mono" }
            line += " anchor=\(t.anchor.rawValue) color=\(t.color.hex)"
            if t.rotation != 0 { line += " rot=\(Fixed.two(t.rotation))" }
            lines.append(line)
        case .image(let image):
            lines.append(indent + "image \(image.mimeType) \(image.data.count) bytes rect \(rect(image.rect))")
        case .group(let clip, let items):
            lines.append(indent + "group" + (clip.map { " clip=" + rect($0) } ?? ""))
            for child in items { dump(child, depth: depth + 1, maxPathElements: maxPathElements, into: &lines) }
        }
    }

    static func describe(_ path: ScenePath, maxElements: Int) -> String {
        if path.elements.count <= maxElements {
            return path.elements.map { e in
                switch e {
                case .move(let p): "M \(point(p))"
                case .line(let p): "L \(point(p))"
                case .curve(let a, let b, let c): "C \(point(a)) \(point(b)) \(point(c))"
                case .close: "Z"
                }
            }.joined(separator: " ")
        }
        var lo = ScenePoint(.infinity, .infinity)
        var hi = ScenePoint(-.infinity, -.infinity)
        var moves = 0
        var first: ScenePoint?
        var last: ScenePoint?
        for e in path.elements {
            let points: [ScenePoint]
            switch e {
            case .move(let p):
                moves += 1
                points = [p]
            case .line(let p): points = [p]
            case .curve(let a, let b, let c): points = [a, b, c]
            case .close: points = []
            }
            for p in points {
                lo = ScenePoint(min(lo.x, p.x), min(lo.y, p.y))
                hi = ScenePoint(max(hi.x, p.x), max(hi.y, p.y))
                if first == nil { first = p }
                last = p
            }
        }
        return "[\(path.elements.count) elements, \(moves) subpaths, bbox \(point(lo))..\(point(hi)), "
            + "first \(first.map(point) ?? "-"), last \(last.map(point) ?? "-")]"
    }

    static func point(_ p: ScenePoint) -> String { Fixed.two(p.x) + "," + Fixed.two(p.y) }

    static func rect(_ r: SceneRect) -> String {
        "\(Fixed.two(r.x)),\(Fixed.two(r.y)) \(Fixed.two(r.width))x\(Fixed.two(r.height))"
    }

    /// Text in double quotes with quotes, backslashes and control characters escaped.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default:
                if scalar.value < 0x20 {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

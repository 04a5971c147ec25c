import Foundation

/// A vector display list in points, origin top-left, y down: what charts produce and what the
/// Cairo painter and the SVG writer both consume. It holds no C handles and no theme lookups.
public struct Scene: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var items: [SceneItem]

    public init(width: Double, height: Double, items: [SceneItem] = []) {
        self.width = width
        self.height = height
        self.items = items
    }
}

/// One drawing instruction of a `Scene`.
public indirect enum SceneItem: Sendable, Equatable {
    /// A path, filled and/or stroked.
    case path(ScenePath, fill: Color?, stroke: SceneStroke?)
    /// One run of real text (selectable in PDF, text in SVG).
    case text(SceneText)
    /// An encoded PNG or JPEG image drawn into a rectangle.
    case image(SceneImage)
    /// Items drawn together, optionally clipped to a rectangle.
    case group(clip: SceneRect?, items: [SceneItem])
}

/// A point in scene coordinates.
public struct ScenePoint: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle in scene coordinates.
public struct SceneRect: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
}

/// One segment command of a path.
public enum PathElement: Sendable, Equatable {
    case move(ScenePoint)
    case line(ScenePoint)
    case curve(ScenePoint, ScenePoint, ScenePoint)
    case close
}

/// A sequence of path elements.
public struct ScenePath: Sendable, Equatable {
    public var elements: [PathElement]
    public init(_ elements: [PathElement] = []) { self.elements = elements }

    /// A closed rectangle.
    public static func rect(_ r: SceneRect) -> ScenePath {
        ScenePath([
            .move(ScenePoint(r.x, r.y)), .line(ScenePoint(r.maxX, r.y)), .line(ScenePoint(r.maxX, r.maxY)),
            .line(ScenePoint(r.x, r.maxY)), .close,
        ])
    }

    /// An open polyline through the points.
    public static func polyline(_ points: [ScenePoint]) -> ScenePath {
        guard let first = points.first else { return ScenePath() }
        return ScenePath([.move(first)] + points.dropFirst().map { .line($0) })
    }

    /// A circle approximated with four cubic Béziers.
    public static func circle(center c: ScenePoint, radius r: Double) -> ScenePath {
        let k = 0.5522847498 * r
        return ScenePath([
            .move(ScenePoint(c.x + r, c.y)),
            .curve(ScenePoint(c.x + r, c.y + k), ScenePoint(c.x + k, c.y + r), ScenePoint(c.x, c.y + r)),
            .curve(ScenePoint(c.x - k, c.y + r), ScenePoint(c.x - r, c.y + k), ScenePoint(c.x - r, c.y)),
            .curve(ScenePoint(c.x - r, c.y - k), ScenePoint(c.x - k, c.y - r), ScenePoint(c.x, c.y - r)),
            .curve(ScenePoint(c.x + k, c.y - r), ScenePoint(c.x + r, c.y - k), ScenePoint(c.x + r, c.y)),
            .close,
        ])
    }
}

/// How a path outline is drawn.
public struct SceneStroke: Sendable, Equatable {
    public var color: Color
    public var width: Double
    /// Dash lengths in points; empty means solid.
    public var dash: [Double]
    public init(color: Color, width: Double = 1, dash: [Double] = []) {
        self.color = color
        self.width = width
        self.dash = dash
    }
}

/// Font request for scene text; the painter maps it onto the theme's bundled fonts.
public struct SceneFont: Sendable, Equatable, Hashable {
    public var size: Double
    public var bold: Bool
    public var italic: Bool
    public var monospace: Bool
    public init(size: Double, bold: Bool = false, italic: Bool = false, monospace: Bool = false) {
        self.size = size
        self.bold = bold
        self.italic = italic
        self.monospace = monospace
    }
}

/// Where a text run sits relative to its position.
public enum TextAnchor: String, Sendable, Equatable {
    case start, middle, end
}

/// A single line of text; `position` is on the baseline at the anchor.
public struct SceneText: Sendable, Equatable {
    public var text: String
    public var position: ScenePoint
    public var font: SceneFont
    public var color: Color
    public var anchor: TextAnchor
    /// Clockwise rotation in degrees around `position`.
    public var rotation: Double
    public init(
        _ text: String, at position: ScenePoint, font: SceneFont, color: Color, anchor: TextAnchor = .start,
        rotation: Double = 0
    ) {
        self.text = text
        self.position = position
        self.font = font
        self.color = color
        self.anchor = anchor
        self.rotation = rotation
    }
}

/// An encoded image placed in a rectangle (aspect ratio is the producer's business).
public struct SceneImage: Sendable, Equatable {
    public var data: Data
    /// `image/png` or `image/jpeg`.
    public var mimeType: String
    public var rect: SceneRect
    public init(data: Data, mimeType: String, rect: SceneRect) {
        self.data = data
        self.mimeType = mimeType
        self.rect = rect
    }
}

import FolioCore

/// Shortening and wrapping single-font text to a width, through a `TextMeasurer`.
struct TextFitting {
    let measurer: any TextMeasurer
    let font: SceneFont
    /// Widths computed as sums of other widths differ in the last bits: treat them as equal.
    private let tolerance = 0.01

    /// `text` itself if it fits, else the longest prefix that fits followed by "…".
    func truncated(_ text: String, to maxWidth: Double) -> String {
        if measurer.width(of: text, font: font) <= maxWidth + tolerance { return text }
        let chars = Array(text)
        // Binary search for the longest prefix: measuring is O(length), so O(n log n) overall.
        var lo = 0
        var hi = chars.count
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if measurer.width(of: String(chars[..<mid]) + "…", font: font) <= maxWidth + tolerance {
                lo = mid
            } else {
                hi = mid - 1
            }
        }
        return String(chars[..<lo]).trimmingTrailingSpaces() + "…"
    }

    /// Lines of at most `maxWidth`, broken at spaces when possible and inside words otherwise.
    /// Explicit newlines are kept; tabs become four spaces.
    func wrapped(_ text: String, to maxWidth: Double) -> [String] {
        var lines: [String] = []
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\t", with: "    ")
        for paragraph in normalised.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if measurer.width(of: candidate, font: font) <= maxWidth + tolerance {
                    current = candidate
                    continue
                }
                if !current.isEmpty { lines.append(current) }
                current = ""
                // A word wider than the line is cut into pieces that fit.
                var rest = Substring(word)
                while !rest.isEmpty {
                    let piece = longestFittingPrefix(rest, maxWidth)
                    if piece.count == rest.count {
                        current = String(rest)
                        break
                    }
                    lines.append(String(piece))
                    rest = rest.dropFirst(piece.count)
                }
            }
            lines.append(current)
        }
        return lines
    }

    private func longestFittingPrefix(_ text: Substring, _ maxWidth: Double) -> Substring {
        var lo = 1
        var hi = text.count
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if measurer.width(of: String(text.prefix(mid)), font: font) <= maxWidth + tolerance {
                lo = mid
            } else {
                hi = mid - 1
            }
        }
        return text.prefix(lo)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.hasSuffix(" ") { s = s.dropLast() }
        return String(s)
    }
}

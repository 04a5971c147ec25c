/// GitHub-style heading anchors, made unique with `-1`, `-2`… suffixes.
struct SlugRegistry {
    private var used: [String: Int] = [:]

    mutating func unique(for text: String) -> String {
        var slug = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "-" || ch == "_" { slug.append(ch) } else if ch == " " { slug.append("-") }
        }
        if slug.isEmpty { slug = "section" }
        if let n = used[slug] {
            used[slug] = n + 1
            var candidate = "\(slug)-\(n + 1)"
            while used[candidate] != nil { candidate += "-1" }
            used[candidate] = 0
            return candidate
        }
        used[slug] = 0
        return slug
    }
}

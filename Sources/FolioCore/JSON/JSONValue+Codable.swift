import Foundation

/// Codable so request bodies and dynamic filters can travel inside snapshots and bundles.
/// Decoding cannot see the key order of the source text; keys are then sorted for determinism.
extension JSONValue: Codable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: Key.self) {
            var object = JSONObject()
            for key in keyed.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
                object[key.stringValue] = try keyed.decode(JSONValue.self, forKey: key)
            }
            self = .object(object)
            return
        }
        if var unkeyed = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !unkeyed.isAtEnd { items.append(try unkeyed.decode(JSONValue.self)) }
            self = .array(items)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let b = try? single.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? single.decode(Int.self) {
            self = .int(i)
        } else if let d = try? single.decode(Double.self) {
            self = .double(d)
        } else {
            self = .string(try single.decode(String.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .object(let object):
            var keyed = encoder.container(keyedBy: Key.self)
            for member in object.members {
                try keyed.encode(member.value, forKey: Key(stringValue: member.key))
            }
        case .array(let items):
            var unkeyed = encoder.unkeyedContainer()
            for item in items { try unkeyed.encode(item) }
        case .null, .bool, .int, .double, .string:
            var single = encoder.singleValueContainer()
            switch self {
            case .bool(let b): try single.encode(b)
            case .int(let i): try single.encode(i)
            case .double(let d): try single.encode(d)
            case .string(let s): try single.encode(s)
            default: try single.encodeNil()
            }
        }
    }
}

extension JSONObject: Codable {
    public init(from decoder: Decoder) throws {
        guard case .object(let o) = try JSONValue(from: decoder) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected a JSON object"))
        }
        self = o
    }

    public func encode(to encoder: Encoder) throws {
        try JSONValue.object(self).encode(to: encoder)
    }
}

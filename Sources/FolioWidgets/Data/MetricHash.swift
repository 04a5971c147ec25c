import Crypto
import Foundation

/// The server's hashed field names (`database/utils.py` `hash_field_name`): hex md5 of the
/// UTF-8 name. `last_metrics` keys and parcoords `metrics=` entries use them.
public enum MetricHash {
    /// Lower-case hex md5 of `name`'s UTF-8 bytes.
    public static func md5Hex(_ name: String) -> String {
        let digest = Insecure.MD5.hash(data: Data(name.utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    /// The `<md5(metric)>.<md5(variant)>` path of a series in `last_metrics`.
    public static func path(metric: String, variant: String) -> String {
        md5Hex(metric) + "." + md5Hex(variant)
    }
}

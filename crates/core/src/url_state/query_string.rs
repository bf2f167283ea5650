//! The query string's text form: encoding our values, and decoding a query string into pairs
//! exactly once.
//!
//! Why not the router's query map: leptos_router 0.8 decodes each value twice (the browser's
//! `URLSearchParams`, then its own `unescape`), so a search for `a%41` came back as `aA`. The app
//! hands the raw `location.search` to [`decode_pairs`] instead.

/// Percent-encodes a query value; commas and colons stay readable since they separate ids.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' | b':' => out.push(byte as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// `?a=1&b=x+y` (with or without the `?`) → `[("a", "1"), ("b", "x y")]`, each key and value
/// percent-decoded once, `+` read as a space (the form encoding browsers and [`encode`] use).
/// Malformed escapes stay as typed; invalid UTF-8 becomes U+FFFD. Never fails.
pub fn decode_pairs(search: &str) -> Vec<(String, String)> {
    let search = search.strip_prefix('?').unwrap_or(search);
    let search = search.split_once('#').map_or(search, |(query, _)| query);
    search
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
        .collect()
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() && hex(bytes[i + 1]).is_some() && hex(bytes[i + 2]).is_some() => {
                out.push(hex(bytes[i + 1]).unwrap_or(0) * 16 + hex(bytes[i + 2]).unwrap_or(0));
                i += 2;
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(byte: u8) -> Option<u8> {
    (byte as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_percent_encoded() {
        assert_eq!(encode("成都 & co"), "%E6%88%90%E9%83%BD+%26+co");
        assert_eq!(encode("a%41"), "a%2541");
    }

    #[test]
    fn values_are_decoded_exactly_once() {
        assert_eq!(decode_pairs("?q=a%2541"), [("q".to_owned(), "a%41".to_owned())]);
        assert_eq!(decode_pairs("q=smart+city&view=map"), [("q".into(), "smart city".into()), ("view".into(), "map".into())]);
        assert_eq!(decode_pairs("?q=%E6%88%90%E9%83%BD"), [("q".to_owned(), "成都".to_owned())]);
    }

    #[test]
    fn odd_query_strings_do_not_fail() {
        assert_eq!(decode_pairs(""), []);
        assert_eq!(decode_pairs("?&&embed"), [("embed".to_owned(), String::new())]);
        assert_eq!(decode_pairs("?q=100%&x=%zz%4"), [("q".into(), "100%".into()), ("x".into(), "%zz%4".into())]);
        assert_eq!(decode_pairs("?q=%FF"), [("q".to_owned(), "\u{FFFD}".to_owned())]);
        assert_eq!(decode_pairs("?a=b=c#frag"), [("a".to_owned(), "b=c".to_owned())]);
    }

    #[test]
    fn encoding_then_decoding_gives_the_value_back() {
        for value in ["a%41", "a+b c", "成都, Málaga", "=cmd|' /C calc'!A0", "\u{202E}rtl", "x&y=z#w"] {
            assert_eq!(decode_pairs(&format!("q={}", encode(value))), [("q".to_owned(), value.to_owned())]);
        }
    }
}

//! Text made safe to put into HTML markup, for the few places that write markup as one string
//! instead of building elements one by one (the city list, the embed code). Everything in the
//! bundle may be hostile, so every text and attribute value goes through [`push_escaped`].

/// Appends `text` to `out` with the five characters that markup gives a meaning escaped, so it
/// reads as the same text both between tags and inside a quoted attribute value.
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// `text` escaped as by [`push_escaped`].
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped_and_everything_else_kept() {
        assert_eq!(escaped(r#"<a href="x" title='y'>R&D</a>"#), "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;R&amp;D&lt;/a&gt;");
        assert_eq!(escaped("成都 · Ürümqi ?q=a%41&b"), "成都 · Ürümqi ?q=a%41&amp;b");
        assert_eq!(escaped(""), "");
    }

    #[test]
    fn escaped_text_cannot_close_a_tag_or_an_attribute() {
        for hostile in [r#""><script>alert(1)</script>"#, "'onmouseover='x", "</li></ul><img src=x onerror=y>", "&lt;"] {
            let out = escaped(hostile);
            assert!(!out.contains(['<', '>', '"', '\'']), "{out}");
            // Every ampersand starts one of the escapes, so the text reads back as it was.
            let back = out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
            assert_eq!(back, hostile);
        }
    }
}

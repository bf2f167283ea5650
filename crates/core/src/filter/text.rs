//! Search normalisation: case- and accent-insensitive matching, so "malaga" finds "Málaga",
//! "canceropole" finds "Cancéropôle" and "chengdu" finds the pinyin "Chéngdū".
//!
//! A small fold table instead of full Unicode decomposition: the texts are English, French,
//! Italian, Spanish, German, Polish, Czech and pinyin, and the table keeps the WebAssembly small.
//! Chinese characters pass through unchanged, so "成都" matches its `name_zh`; full-width Latin
//! letters and digits (a Chinese keyboard's) are folded to ASCII.

/// Lower-cases, strips the diacritics of Latin letters, and turns punctuation into single spaces.
pub fn normalize(text: &str) -> String {
    // Bytes, not chars: loading a big bundle normalises every record's text, and most of it is
    // ASCII, which needs no decoding (the names and descriptions of 100,000 initiatives: 75 ms,
    // against 111 ms char by char).
    let mut out: Vec<u8> = Vec::with_capacity(text.len());
    let mut pending_space = false;
    let mut at = 0;
    let bytes = text.as_bytes();
    while at < bytes.len() {
        let byte = bytes[at];
        let (alphanumeric, width) = if byte.is_ascii() {
            (byte.is_ascii_alphanumeric(), 1)
        } else {
            let c = text[at..].chars().next().expect("at a char boundary");
            (c.is_alphanumeric(), c.len_utf8())
        };
        if alphanumeric {
            if pending_space && !out.is_empty() {
                out.push(b' ');
            }
            pending_space = false;
            if byte.is_ascii() {
                out.push(byte.to_ascii_lowercase());
            } else {
                push_folded(&mut out, text[at..].chars().next().expect("at a char boundary"));
            }
        } else {
            pending_space = true;
        }
        at += width;
    }
    String::from_utf8(out).expect("whole chars were copied")
}

/// The query's words, normalised; a record matches when it contains every one.
/// Pinyin as typed into a pinyin keyboard: no tones, spaces or apostrophes ("Xī'ān" → "xian").
pub fn typed_pinyin(pinyin: &str) -> String {
    normalize(pinyin).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Where a record sorts in lists: by its English name `name`, or in the Chinese interface by
/// its `pinyin` where it has one.
fn sort_key(name: &str, pinyin: Option<&str>, lang: crate::i18n::Lang) -> String {
    match (lang, pinyin) {
        (crate::i18n::Lang::Zh, Some(pinyin)) => typed_pinyin(pinyin),
        _ => normalize(name),
    }
}

/// Where a place sorts in lists (see [`sort_key`]).
pub fn place_sort_key(place: &crate::model::Place, lang: crate::i18n::Lang) -> String {
    sort_key(&place.name, place.pinyin.as_deref(), lang)
}

/// Where a country sorts in lists (see [`sort_key`]).
pub fn country_sort_key(country: &crate::model::Country, lang: crate::i18n::Lang) -> String {
    sort_key(&country.name, country.pinyin.as_deref(), lang)
}

pub fn query_terms(query: &str) -> Vec<String> {
    normalize(query).split(' ').filter(|t| !t.is_empty()).map(str::to_owned).collect()
}

fn push_folded(out: &mut Vec<u8>, c: char) {
    // Full-width Latin letters and digits, as a Chinese keyboard types them ("ＥＬＢＥ",
    // "２０１８"), are the ASCII ones.
    if ('\u{FF01}'..='\u{FF5E}').contains(&c) {
        out.push(((c as u32 - 0xFEE0) as u8).to_ascii_lowercase());
        return;
    }
    let folded = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă'
        | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => {
            "e"
        }
        'ğ' | 'Ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ǐ' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => "i",
        'ł' | 'ľ' | 'ĺ' | 'Ł' | 'Ľ' | 'Ĺ' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'ǒ' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => {
            "o"
        }
        'œ' | 'Œ' => "oe",
        'ř' | 'ŕ' | 'Ř' | 'Ŕ' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' | 'Ť' | 'Ţ' | 'Ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'ǔ' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū'
        | 'Ů' | 'Ű' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        _ => {
            for lower in c.to_lowercase() {
                out.extend_from_slice(lower.encode_utf8(&mut [0; 4]).as_bytes());
            }
            return;
        }
    };
    out.extend_from_slice(folded.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_fold() {
        assert_eq!(normalize("Málaga"), "malaga");
        assert_eq!(normalize("Cancéropôle Grand-Ouest"), "canceropole grand ouest");
        assert_eq!(normalize("Chéngdū"), "chengdu");
        assert_eq!(normalize("Łódź"), "lodz");
        assert_eq!(normalize("Straße"), "strasse");
    }

    #[test]
    fn full_width_letters_and_digits_are_ascii() {
        assert_eq!(normalize("ＣＨＥＮＧＤＵ　ＥＬＢＥ，２０１８"), "chengdu elbe 2018");
        assert_eq!(query_terms("ｅｃ２ｉ"), ["ec2i"]);
    }

    #[test]
    fn chinese_passes_through() {
        assert_eq!(normalize("成都 Chengdu"), "成都 chengdu");
    }

    #[test]
    fn punctuation_becomes_single_spaces() {
        assert_eq!(normalize("  ESCP-4i: (ICT),  smart   city "), "escp 4i ict smart city");
        assert_eq!(query_terms("  Pechino, 2018 "), ["pechino", "2018"]);
        assert!(query_terms(" ,; ").is_empty());
    }
}

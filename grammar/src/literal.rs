//! Decoding of literal tokens into values, for the checker. The lexer has already reported
//! malformed literals with gc's wording; these functions only need to refuse them (with the
//! same wording, where one applies) rather than decode them wrongly.

use std::str::Chars;

/// One decoded unit of an interpreted literal: a byte (`\x`, octal escapes) or a code point.
enum Unit {
    Byte(u8),
    Char(u32),
}

/// Decodes the escape after a backslash (the backslash already consumed). `quote` is the
/// literal's quote, the only one of `'` and `"` that may be escaped.
fn escape(chars: &mut Chars, quote: char) -> Result<Unit, String> {
    let c = chars.next().ok_or("escape sequence not terminated")?;
    let simple = match c {
        'a' => Some(7),
        'b' => Some(8),
        'f' => Some(12),
        'n' => Some(10),
        'r' => Some(13),
        't' => Some(9),
        'v' => Some(11),
        '\\' => Some(u32::from('\\')),
        c if c == quote => Some(u32::from(c)),
        _ => None,
    };
    if let Some(v) = simple {
        return Ok(Unit::Char(v));
    }
    let (n, base, octal_first) = match c {
        '0'..='7' => (2, 8, c.to_digit(8)),
        'x' => (2, 16, None),
        'u' => (4, 16, None),
        'U' => (8, 16, None),
        _ => return Err("unknown escape".to_string()),
    };
    let mut x = octal_first.unwrap_or(0);
    for _ in 0..n {
        let c = chars.next().ok_or("escape sequence not terminated")?;
        let d = c.to_digit(base).ok_or_else(|| {
            let name = if base == 8 { "octal" } else { "hexadecimal" };
            format!("invalid character {c:?} in {name} escape")
        })?;
        x = x * base + d;
    }
    match c {
        '0'..='7' if x > 255 => Err(format!("octal escape value {x} > 255")),
        '0'..='7' | 'x' => Ok(Unit::Byte(x as u8)),
        _ if x > 0x10FFFF || (0xD800..0xE000).contains(&x) => {
            Err(format!("escape is invalid Unicode code point U+{x:04X}"))
        }
        _ => Ok(Unit::Char(x)),
    }
}

fn push_char(out: &mut Vec<u8>, c: u32) {
    let c = char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER);
    let mut buf = [0; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// The bytes of a string literal's value: `"…"` with its escapes decoded, or `` `…` `` with
/// carriage returns removed (as the spec says for raw strings).
pub fn unquote_string(raw: &str) -> Result<Vec<u8>, String> {
    if let Some(body) = raw.strip_prefix('`') {
        let body = body.strip_suffix('`').ok_or("string not terminated")?;
        return Ok(body.bytes().filter(|&b| b != b'\r').collect());
    }
    let body = raw.strip_prefix('"').ok_or("not a string literal")?;
    let body = body.strip_suffix('"').ok_or("string not terminated")?;
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match escape(&mut chars, '"')? {
                Unit::Byte(b) => out.push(b),
                Unit::Char(c) => push_char(&mut out, c),
            },
            '\n' => return Err("newline in string".to_string()),
            '"' => return Err("unescaped \" in string literal".to_string()),
            c => push_char(&mut out, u32::from(c)),
        }
    }
    Ok(out)
}

/// The value of a rune literal `'…'`: a code point, or a byte value for `\x` and octal escapes.
pub fn unquote_char(raw: &str) -> Result<u32, String> {
    let body = raw.strip_prefix('\'').ok_or("not a rune literal")?;
    let body = body.strip_suffix('\'').ok_or("rune literal not terminated")?;
    let mut chars = body.chars();
    let value = match chars.next() {
        None | Some('\'') => return Err("empty rune literal or unescaped '".to_string()),
        Some('\n') => return Err("newline in rune literal".to_string()),
        Some('\\') => match escape(&mut chars, '\'')? {
            Unit::Byte(b) => u32::from(b),
            Unit::Char(c) => c,
        },
        Some(c) => u32::from(c),
    };
    if chars.next().is_some() {
        return Err("more than one character in rune literal".to_string());
    }
    Ok(value)
}

/// The base and the digits (prefix and `_` separators removed) of a well-formed integer
/// literal: `0x1F` → (16, "1F"), `0777` → (8, "777"), `1_000` → (10, "1000"), `0` → (10, "0").
/// `None` if the text is not a valid integer literal.
pub fn parse_int_digits(raw: &str) -> Option<(u32, String)> {
    let bytes = raw.as_bytes();
    let (base, body) = match bytes {
        [b'0', b'x' | b'X', ..] => (16, &raw[2..]),
        [b'0', b'o' | b'O', ..] => (8, &raw[2..]),
        [b'0', b'b' | b'B', ..] => (2, &raw[2..]),
        [b'0', _, ..] => (8, &raw[1..]),
        _ => (10, raw),
    };
    if crate::lexer::invalid_sep(bytes).is_some() {
        return None;
    }
    let digits: String = body.chars().filter(|&c| c != '_').collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    Some((base, digits))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings() {
        assert_eq!(unquote_string(r#""hi\n""#).unwrap(), b"hi\n");
        assert_eq!(unquote_string(r#""\a\b\f\n\r\t\v\\\"""#).unwrap(), b"\x07\x08\x0c\n\r\t\x0b\\\"");
        assert_eq!(unquote_string(r#""\377\x41\u00e9\U0001F600""#).unwrap(), b"\xffA\xc3\xa9\xf0\x9f\x98\x80");
        assert_eq!(unquote_string("\"é\"").unwrap(), "é".as_bytes());
        assert_eq!(unquote_string("`a\r\nb\\n`").unwrap(), b"a\nb\\n");
        assert_eq!(unquote_string(r#""""#).unwrap(), b"");
        assert_eq!(unquote_string(r#""\'""#).unwrap_err(), "unknown escape");
        assert_eq!(unquote_string(r#""\400""#).unwrap_err(), "octal escape value 256 > 255");
        assert_eq!(unquote_string(r#""\uD800""#).unwrap_err(), "escape is invalid Unicode code point U+D800");
        assert_eq!(unquote_string(r#""\U00110000""#).unwrap_err(), "escape is invalid Unicode code point U+110000");
        assert_eq!(unquote_string(r#""\xg0""#).unwrap_err(), "invalid character 'g' in hexadecimal escape");
        assert!(unquote_string(r#""abc"#).is_err());
        assert!(unquote_string("`abc").is_err());
        assert!(unquote_string(r#""\"#).is_err());
        assert!(unquote_string("x").is_err());
    }

    #[test]
    fn chars() {
        assert_eq!(unquote_char("'a'"), Ok(97));
        assert_eq!(unquote_char("'é'"), Ok(0xE9));
        assert_eq!(unquote_char(r"'\''"), Ok(39));
        assert_eq!(unquote_char(r"'\n'"), Ok(10));
        assert_eq!(unquote_char(r"'\377'"), Ok(255));
        assert_eq!(unquote_char(r"'\xff'"), Ok(255));
        assert_eq!(unquote_char(r"'\u12e4'"), Ok(0x12E4));
        assert_eq!(unquote_char(r"'\U00101234'"), Ok(0x101234));
        assert_eq!(unquote_char(r#"'\"'"#).unwrap_err(), "unknown escape");
        assert_eq!(unquote_char("''").unwrap_err(), "empty rune literal or unescaped '");
        assert_eq!(unquote_char("'ab'").unwrap_err(), "more than one character in rune literal");
        assert!(unquote_char("'a").is_err());
        assert!(unquote_char("'").is_err());
    }

    #[test]
    fn int_digits() {
        let p = |s| parse_int_digits(s);
        assert_eq!(p("0"), Some((10, "0".into())));
        assert_eq!(p("42"), Some((10, "42".into())));
        assert_eq!(p("1_000_000"), Some((10, "1000000".into())));
        assert_eq!(p("0x1F"), Some((16, "1F".into())));
        assert_eq!(p("0X_1f"), Some((16, "1f".into())));
        assert_eq!(p("0o17"), Some((8, "17".into())));
        assert_eq!(p("0777"), Some((8, "777".into())));
        assert_eq!(p("0_7"), Some((8, "7".into())));
        assert_eq!(p("00"), Some((8, "0".into())));
        assert_eq!(p("0b1010"), Some((2, "1010".into())));
        assert_eq!(p("08"), None);
        assert_eq!(p("0x"), None);
        assert_eq!(p("0b2"), None);
        assert_eq!(p("1__0"), None);
        assert_eq!(p("1_"), None);
        assert_eq!(p("1.5"), None);
        assert_eq!(p("1i"), None);
        assert_eq!(p(""), None);
    }
}

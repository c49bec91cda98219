//! Go's quoting of strings and runes (strconv.Quote and friends, fmt's %q), and which runes
//! are printable (strconv.IsPrint, IsGraphic).

use super::isprint::PRINT;

/// strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
pub(crate) fn is_print(r: u32) -> bool {
    if r < 0x80 {
        return (0x20..0x7f).contains(&r);
    }
    PRINT
        .binary_search_by(|&(lo, hi)| {
            if hi < r {
                std::cmp::Ordering::Less
            } else if lo > r {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// strconv.IsGraphic: printable, or one of the Unicode spaces (category Zs).
pub(crate) fn is_graphic(r: u32) -> bool {
    is_print(r) || matches!(r, 0xa0 | 0x1680 | 0x2000..=0x200a | 0x202f | 0x205f | 0x3000)
}

/// How a quoted form escapes runes: `ascii` escapes everything outside printable ASCII,
/// `graphic` keeps the Unicode spaces too.
#[derive(Clone, Copy, Default)]
pub(crate) struct Escape {
    pub ascii: bool,
    pub graphic: bool,
}

/// Decodes the first rune of `b` as Go does: an invalid encoding is U+FFFD of width 1.
pub(crate) fn decode_rune(b: &[u8]) -> (u32, usize) {
    let n = match b.first() {
        None => return (0xfffd, 0),
        Some(&c) if c < 0x80 => return (c as u32, 1),
        Some(&c) if c & 0xe0 == 0xc0 => 2,
        Some(&c) if c & 0xf0 == 0xe0 => 3,
        Some(&c) if c & 0xf8 == 0xf0 => 4,
        _ => return (0xfffd, 1),
    };
    match b.get(..n).and_then(|s| std::str::from_utf8(s).ok()) {
        Some(s) => (s.chars().next().map_or(0xfffd, |c| c as u32), n),
        None => (0xfffd, 1),
    }
}

/// Appends the UTF-8 encoding of `r` (U+FFFD for an invalid rune).
pub(crate) fn push_rune(out: &mut Vec<u8>, r: u32) {
    let c = char::from_u32(r).unwrap_or('\u{fffd}');
    let mut b = [0; 4];
    out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
}

/// `s` quoted with `quote` (`"` for strings), escapes as Go writes them.
pub(crate) fn quote_with(out: &mut Vec<u8>, s: &[u8], quote: u8, esc: Escape) {
    out.push(quote);
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        if w == 1 && r == 0xfffd {
            out.extend_from_slice(b"\\x");
            out.extend_from_slice(format!("{:02x}", s[i]).as_bytes());
        } else {
            escaped_rune(out, r, quote, esc);
        }
        i += w;
    }
    out.push(quote);
}

/// A rune quoted with single quotes (strconv.QuoteRune).
pub(crate) fn quote_rune(out: &mut Vec<u8>, r: u32, esc: Escape) {
    let r = if char::from_u32(r).is_some() { r } else { 0xfffd };
    out.push(b'\'');
    escaped_rune(out, r, b'\'', esc);
    out.push(b'\'');
}

fn escaped_rune(out: &mut Vec<u8>, r: u32, quote: u8, esc: Escape) {
    if r == quote as u32 || r == '\\' as u32 {
        out.push(b'\\');
        out.push(r as u8);
        return;
    }
    if esc.ascii {
        if r < 0x80 && is_print(r) {
            out.push(r as u8);
            return;
        }
    } else if is_print(r) || esc.graphic && is_graphic(r) {
        push_rune(out, r);
        return;
    }
    let e: &[u8] = match r {
        7 => b"\\a",
        8 => b"\\b",
        0xc => b"\\f",
        0xa => b"\\n",
        0xd => b"\\r",
        9 => b"\\t",
        0xb => b"\\v",
        r if r < 0x20 || r == 0x7f => {
            out.extend_from_slice(format!("\\x{r:02x}").as_bytes());
            return;
        }
        r => {
            let r = if char::from_u32(r).is_some() { r } else { 0xfffd };
            let s = if r < 0x10000 { format!("\\u{r:04x}") } else { format!("\\U{r:08x}") };
            out.extend_from_slice(s.as_bytes());
            return;
        }
    };
    out.extend_from_slice(e);
}

/// strconv.CanBackquote: whether `s` can be a raw string literal unchanged.
pub(crate) fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        i += w;
        if w > 1 {
            if r == 0xfeff {
                return false;
            }
            continue;
        }
        if r == 0xfffd || (r < 0x20 && r != b'\t' as u32) || r == b'`' as u32 || r == 0x7f {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(s: &[u8], esc: Escape) -> String {
        let mut b = Vec::new();
        quote_with(&mut b, s, b'"', esc);
        String::from_utf8(b).unwrap_or_default()
    }

    #[test]
    fn quotes_as_go() {
        assert_eq!(quoted(b"a\tb\"\\", Escape::default()), r#""a\tb\"\\""#);
        assert_eq!(quoted("é\u{2028}".as_bytes(), Escape::default()), "\"é\\u2028\"");
        assert_eq!(quoted("é".as_bytes(), Escape { ascii: true, graphic: false }), r#""\u00e9""#);
        assert_eq!(quoted(b"\xff\x00", Escape::default()), r#""\xff\x00""#);
        assert!(is_print('日' as u32) && !is_print(0xad) && is_graphic(0xa0) && !is_print(0xa0));
        assert!(can_backquote(b"a\tb") && !can_backquote(b"a`b") && !can_backquote("\u{feff}".as_bytes()));
    }
}

//! Hand-written scanners for the tokens whose extent and errors depend on more than a regular
//! expression: numbers, strings, runes, block comments and identifiers that leave ASCII.
//!
//! They follow gc's `cmd/compile/internal/syntax/scanner.go` rule for rule, so that the same
//! input yields the same token extent and the same error, with the same wording, at the same
//! position. Invariant: a `Cursor` only ever stops on a char boundary of the source, so the
//! offsets it hands back can be used to slice the source and to bump the logos lexer.

use super::unicode_tables::{DIGIT, LETTER, PRINT};
use crate::error::SyntaxError;

const BOM: char = '\u{FEFF}';

/// A reader over the source with gc's `nextch` semantics: NUL bytes and byte order marks are
/// reported and then skipped, as if they were not there.
pub(super) struct Cursor<'a> {
    src: &'a str,
    /// Offset of `ch`.
    pub pos: usize,
    /// The current character, or -1 at the end of the source.
    pub ch: i32,
    /// Width of `ch` in bytes.
    width: usize,
    pub errors: &'a mut Vec<SyntaxError>,
}

impl<'a> Cursor<'a> {
    /// A cursor whose current character is the one at `pos` (or the first one after it that
    /// is neither NUL nor a BOM).
    pub fn at(src: &'a str, pos: usize, errors: &'a mut Vec<SyntaxError>) -> Cursor<'a> {
        let mut c = Cursor { src, pos, ch: -1, width: 0, errors };
        c.load();
        c
    }

    fn load(&mut self) {
        loop {
            let Some(&b) = self.src.as_bytes().get(self.pos) else {
                self.ch = -1;
                self.width = 0;
                return;
            };
            if b == 0 {
                self.error_at(self.pos, "invalid NUL character");
                self.pos += 1;
                continue;
            }
            if b < 0x80 {
                self.ch = i32::from(b);
                self.width = 1;
                return;
            }
            let Some(c) = self.src.get(self.pos..).and_then(|rest| rest.chars().next()) else {
                // Unreachable for a `&str` and a cursor on char boundaries; end defensively.
                self.ch = -1;
                self.width = 0;
                return;
            };
            if c == BOM {
                if self.pos > 0 {
                    self.error_at(self.pos, "invalid BOM in the middle of the file");
                }
                self.pos += c.len_utf8();
                continue;
            }
            self.ch = c as i32;
            self.width = c.len_utf8();
            return;
        }
    }

    /// Moves to the next character.
    pub fn bump(&mut self) {
        self.pos += self.width;
        self.load();
    }

    /// Records an error at byte offset `at`, covering the character there.
    pub fn error_at(&mut self, at: usize, msg: impl Into<String>) {
        let hi = at + char_width(self.src.as_bytes(), at);
        self.errors.push(SyntaxError::new(at, hi, msg));
    }

    /// Records an error at the current character.
    fn error(&mut self, msg: impl Into<String>) {
        self.error_at(self.pos, msg);
    }

    fn is(&self, c: u8) -> bool {
        self.ch == i32::from(c)
    }
}

/// Width of the UTF-8 sequence that starts at `at` (0 at the end of the source).
fn char_width(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at) {
        None => 0,
        Some(&b) if b < 0x80 => 1,
        Some(&b) if b >= 0xF0 => 4,
        Some(&b) if b >= 0xE0 => 3,
        Some(_) => 2,
    }
}

fn in_table(table: &[(u32, u32)], c: u32) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Go's `unicode.IsLetter`.
pub(super) fn is_letter(c: i32) -> bool {
    match u8::try_from(c) {
        Ok(b) if b < 0x80 => b.is_ascii_alphabetic(),
        _ => c >= 0 && in_table(LETTER, c as u32),
    }
}

/// Go's `unicode.IsDigit` (category Nd).
pub(super) fn is_digit(c: i32) -> bool {
    match u8::try_from(c) {
        Ok(b) if b < 0x80 => b.is_ascii_digit(),
        _ => c >= 0 && in_table(DIGIT, c as u32),
    }
}

/// Go's `strconv.IsPrint`.
fn is_print(c: u32) -> bool {
    if c < 0x80 {
        (0x20..0x7F).contains(&c)
    } else {
        in_table(PRINT, c)
    }
}

/// Go's `fmt` verb `%#U`: `U+0040 '@'`, or just `U+00A0` when not printable.
pub(super) fn unicode_name(c: u32) -> String {
    match char::from_u32(c) {
        Some(ch) if is_print(c) => format!("U+{c:04X} '{ch}'"),
        _ => format!("U+{c:04X}"),
    }
}

/// Go's `fmt` verb `%q` on a rune: `'g'`, `'\n'`, `'\x01'`, `'\u00a0'`.
pub(super) fn quote_rune(c: i32) -> String {
    let c = u32::try_from(c).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
    let body = match c {
        '\'' => "\\'".to_string(),
        '\\' => "\\\\".to_string(),
        '\x07' => "\\a".to_string(),
        '\x08' => "\\b".to_string(),
        '\x0C' => "\\f".to_string(),
        '\n' => "\\n".to_string(),
        '\r' => "\\r".to_string(),
        '\t' => "\\t".to_string(),
        '\x0B' => "\\v".to_string(),
        c if is_print(c as u32) => c.to_string(),
        c if (c as u32) < 0x80 => format!("\\x{:02x}", c as u32),
        c if (c as u32) < 0x10000 => format!("\\u{:04x}", c as u32),
        c => format!("\\U{:08x}", c as u32),
    };
    format!("'{body}'")
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

fn is_decimal(c: i32) -> bool {
    (i32::from(b'0')..=i32::from(b'9')).contains(&c)
}

fn is_hex(c: i32) -> bool {
    is_decimal(c) || (i32::from(b'a')..=i32::from(b'f')).contains(&lower(c))
}

/// Lower-cases an ASCII letter; other characters may change but never into letters.
fn lower(c: i32) -> i32 {
    c | 0x20
}

/// Scans the rest of an identifier whose first character is at the cursor (`first`) or
/// which has already begun (`!first`), complaining about characters gc rejects but keeping
/// them in the identifier as gc does.
pub(super) fn ident(c: &mut Cursor, mut first: bool) {
    loop {
        let ch = c.ch;
        if ch < 0 {
            return;
        }
        if ch < 0x80 {
            let b = ch as u8;
            if !(b.is_ascii_alphanumeric() || b == b'_') {
                return;
            }
        } else if is_letter(ch) {
            // A letter: fine anywhere.
        } else if is_digit(ch) {
            if first {
                c.error(format!("identifier cannot begin with digit {}", unicode_name(ch as u32)));
            }
        } else {
            c.error(format!("invalid character {} in identifier", unicode_name(ch as u32)));
        }
        first = false;
        c.bump();
    }
}

/// What kind of number literal `number` found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NumKind {
    Int,
    Float,
    Imag,
}

/// Scans `{ digit | '_' }` in `base`; bases up to 10 accept every decimal digit but remember
/// the offset (from `start`) of the first one too large in `invalid`. Returns bit 0 set when a
/// digit was seen and bit 1 set when a separator was.
fn digits(c: &mut Cursor, start: usize, base: u32, invalid: &mut Option<usize>) -> u8 {
    let mut digsep = 0;
    if base <= 10 {
        let max = i32::from(b'0') + base as i32;
        while is_decimal(c.ch) || c.is(b'_') {
            if c.is(b'_') {
                digsep |= 2;
            } else {
                digsep |= 1;
                if c.ch >= max && invalid.is_none() {
                    *invalid = Some(c.pos - start);
                }
            }
            c.bump();
        }
    } else {
        while is_hex(c.ch) || c.is(b'_') {
            digsep |= if c.is(b'_') { 2 } else { 1 };
            c.bump();
        }
    }
    digsep
}

/// Scans a number literal starting at the cursor (a decimal digit, or a '.' followed by one).
pub(super) fn number(c: &mut Cursor) -> NumKind {
    let start = c.pos;
    let mut ok = true;
    let mut kind = NumKind::Int;
    let mut base = 10;
    // One of 0 (decimal), b'0' (legacy octal), b'x', b'o' or b'b'.
    let mut prefix = 0u8;
    let mut digsep = 0u8;
    let mut invalid = None;

    let mut seen_point = c.is(b'.');
    if seen_point {
        c.bump();
    } else {
        if c.is(b'0') {
            c.bump();
            let x = if c.ch < 0x80 { lower(c.ch) } else { -1 };
            match u8::try_from(x).unwrap_or(0) {
                b'x' => (base, prefix) = (16, b'x'),
                b'o' => (base, prefix) = (8, b'o'),
                b'b' => (base, prefix) = (2, b'b'),
                _ => (base, prefix, digsep) = (8, b'0', 1),
            }
            if prefix != b'0' {
                c.bump();
            }
        }
        digsep |= digits(c, start, base, &mut invalid);
        if c.is(b'.') {
            if prefix == b'o' || prefix == b'b' {
                c.error(format!("invalid radix point in {} literal", base_name(base)));
                ok = false;
            }
            c.bump();
            seen_point = true;
        }
    }

    if seen_point {
        kind = NumKind::Float;
        digsep |= digits(c, start, base, &mut invalid);
    }

    if digsep & 1 == 0 && ok {
        c.error(format!("{} literal has no digits", base_name(base)));
        ok = false;
    }

    let e = lower(c.ch);
    if e == i32::from(b'e') || e == i32::from(b'p') {
        if ok {
            if e == i32::from(b'e') && prefix != 0 && prefix != b'0' {
                c.error(format!("{} exponent requires decimal mantissa", quote_rune(c.ch)));
                ok = false;
            } else if e == i32::from(b'p') && prefix != b'x' {
                c.error(format!("{} exponent requires hexadecimal mantissa", quote_rune(c.ch)));
                ok = false;
            }
        }
        c.bump();
        kind = NumKind::Float;
        if c.is(b'+') || c.is(b'-') {
            c.bump();
        }
        let ds = digits(c, start, 10, &mut None);
        digsep = ds | (digsep & 2);
        if ds & 1 == 0 && ok {
            c.error("exponent has no digits");
            ok = false;
        }
    } else if prefix == b'x' && kind == NumKind::Float && ok {
        c.error("hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }

    if c.is(b'i') {
        kind = NumKind::Imag;
        c.bump();
    }

    let lit = c.src.as_bytes().get(start..c.pos).unwrap_or_default();
    if let (NumKind::Int, Some(i), true) = (kind, invalid, ok) {
        let digit = lit.get(i).copied().unwrap_or(b'0');
        let msg = format!("invalid digit {} in {} literal", quote_rune(i32::from(digit)), base_name(base));
        c.error_at(start + i, msg);
        ok = false;
    }
    if digsep & 2 != 0 && ok {
        if let Some(i) = invalid_sep(lit) {
            c.error_at(start + i, "'_' must separate successive digits");
        }
    }
    kind
}

/// The offset of the first '_' in a number literal that does not separate two digits (a base
/// prefix counts as a digit), if any.
pub(crate) fn invalid_sep(lit: &[u8]) -> Option<usize> {
    let mut hex = false;
    // The previous character class: b'_', b'0' (a digit) or b'.' (anything else).
    let mut d = b'.';
    let mut i = 0;
    if lit.len() >= 2 && lit[0] == b'0' {
        let x = lit[1] | 0x20;
        if x == b'x' || x == b'o' || x == b'b' {
            hex = x == b'x';
            d = b'0';
            i = 2;
        }
    }
    while i < lit.len() {
        let p = d;
        let b = lit[i];
        if b == b'_' {
            if p != b'0' {
                return Some(i);
            }
            d = b'_';
        } else if b.is_ascii_digit() || hex && b.is_ascii_hexdigit() {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    (d == b'_').then(|| lit.len() - 1)
}

/// Scans an escape sequence; the cursor is on the character after the backslash. Returns
/// false if an error was reported. At the end of the source it reports nothing: the caller
/// complains about the unterminated literal.
fn escape(c: &mut Cursor, quote: u8) -> bool {
    let (n, base, max): (u32, u32, u32) = match c.ch {
        -1 => return true,
        ch if ch == i32::from(quote) || b"abfnrtv\\".contains(&(ch as u8)) && ch < 0x80 => {
            c.bump();
            return true;
        }
        ch if (i32::from(b'0')..=i32::from(b'7')).contains(&ch) => (3, 8, 255),
        ch if ch == i32::from(b'x') => (2, 16, 255),
        ch if ch == i32::from(b'u') => (4, 16, 0x10FFFF),
        ch if ch == i32::from(b'U') => (8, 16, 0x10FFFF),
        _ => {
            c.error("unknown escape");
            return false;
        }
    };
    if base == 16 {
        c.bump();
    }
    let mut x: u32 = 0;
    for _ in 0..n {
        if c.ch < 0 {
            return true;
        }
        let d = if is_decimal(c.ch) {
            (c.ch - i32::from(b'0')) as u32
        } else if is_hex(c.ch) {
            (lower(c.ch) - i32::from(b'a')) as u32 + 10
        } else {
            base
        };
        if d >= base {
            c.error(format!("invalid character {} in {} escape", quote_rune(c.ch), base_name(base)));
            return false;
        }
        x = x.wrapping_mul(base).wrapping_add(d);
        c.bump();
    }
    if x > max && base == 8 {
        c.error(format!("octal escape value {x} > 255"));
        return false;
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        c.error(format!("escape is invalid Unicode code point {}", unicode_name(x)));
        return false;
    }
    true
}

/// Scans a rune literal; the cursor is on the opening quote.
pub(super) fn rune(c: &mut Cursor) {
    let start = c.pos;
    let mut ok = true;
    let mut n = 0;
    c.bump();
    loop {
        if c.is(b'\'') {
            if ok {
                if n == 0 {
                    c.error("empty rune literal or unescaped '");
                } else if n != 1 {
                    c.error_at(start, "more than one character in rune literal");
                }
            }
            c.bump();
            return;
        }
        if c.is(b'\\') {
            c.bump();
            ok &= escape(c, b'\'');
        } else if c.is(b'\n') {
            if ok {
                c.error("newline in rune literal");
            }
            return;
        } else if c.ch < 0 {
            if ok {
                c.error_at(start, "rune literal not terminated");
            }
            return;
        } else {
            c.bump();
        }
        n += 1;
    }
}

/// Scans an interpreted string literal; the cursor is on the opening quote.
pub(super) fn string(c: &mut Cursor) {
    let start = c.pos;
    c.bump();
    loop {
        if c.is(b'"') {
            c.bump();
            return;
        }
        if c.is(b'\\') {
            c.bump();
            escape(c, b'"');
        } else if c.is(b'\n') {
            c.error("newline in string");
            return;
        } else if c.ch < 0 {
            c.error_at(start, "string not terminated");
            return;
        } else {
            c.bump();
        }
    }
}

/// Scans a raw string literal; the cursor is on the opening backquote. Carriage returns stay
/// in the token: they are part of the literal's text, though not of its value.
pub(super) fn raw_string(c: &mut Cursor) {
    let start = c.pos;
    c.bump();
    loop {
        if c.is(b'`') {
            c.bump();
            return;
        }
        if c.ch < 0 {
            c.error_at(start, "string not terminated");
            return;
        }
        c.bump();
    }
}

/// Scans a `/* … */` comment; the cursor is on the '/'. Returns whether the comment (closed
/// or not) contains a newline, in which case it acts like one.
pub(super) fn block_comment(c: &mut Cursor) -> bool {
    let start = c.pos;
    let mut multiline = false;
    c.bump();
    c.bump();
    while c.ch >= 0 {
        while c.is(b'*') {
            c.bump();
            if c.is(b'/') {
                c.bump();
                return multiline;
            }
        }
        multiline |= c.is(b'\n');
        c.bump();
    }
    c.error_at(start, "comment not terminated");
    multiline
}

/// Reports the NUL bytes and byte order marks in `lo..hi`, text the cursor did not read
/// (line comments, which logos matches whole).
pub(super) fn check_nul_bom(src: &str, lo: usize, hi: usize, errors: &mut Vec<SyntaxError>) {
    let bytes = src.as_bytes();
    let Some(text) = bytes.get(lo..hi) else { return };
    if !text.iter().any(|&b| b == 0 || b == 0xEF) {
        return;
    }
    for (i, &b) in text.iter().enumerate() {
        let at = lo + i;
        if b == 0 {
            errors.push(SyntaxError::new(at, at + 1, "invalid NUL character"));
        } else if b == 0xEF && bytes.get(at..at + 3) == Some(&[0xEF, 0xBB, 0xBF]) && at > 0 {
            errors.push(SyntaxError::new(at, at + 3, "invalid BOM in the middle of the file"));
        }
    }
}

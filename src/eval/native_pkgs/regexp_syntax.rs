//! Go's regular expression syntax (regexp/syntax, Perl flags) checked and rewritten into
//! the regex crate's: the semantics are the same (RE2: leftmost-first, no backreferences),
//! the syntax differs in details this pass settles.
//!
//! - Errors are Go's, found in Go's order (one left-to-right pass, as Go's parser) with
//!   the fragment Go quotes: `missing closing ): ` + the whole expression, and so on.
//! - `\d \s \w \b` are ASCII in Go: written out as ASCII classes.
//! - A `{` that does not start a valid repeat is a literal; `\Q…\E`, octal escapes.
//! - Capture groups are emitted unnamed: Go allows repeated names, the crate does not; the
//!   names are returned apart (`names[i]` for group i, "" for group 0 and unnamed ones).
//! - Every literal that is not an ASCII letter or digit is written `\x{…}`, so no character
//!   is ever a metacharacter of the crate's syntax by accident.

/// A Go syntax error: its code's text and the fragment of the expression it quotes.
pub struct SyntaxError {
    pub code: &'static str,
    pub expr: Vec<u8>,
}

pub const ERR_MISSING_PAREN: &str = "missing closing )";
pub const ERR_UNEXPECTED_PAREN: &str = "unexpected )";
pub const ERR_MISSING_BRACKET: &str = "missing closing ]";
pub const ERR_MISSING_REPEAT_ARG: &str = "missing argument to repetition operator";
pub const ERR_INVALID_REPEAT_OP: &str = "invalid nested repetition operator";
pub const ERR_INVALID_REPEAT_SIZE: &str = "invalid repeat count";
pub const ERR_INVALID_CHAR_RANGE: &str = "invalid character class range";
pub const ERR_INVALID_ESCAPE: &str = "invalid escape sequence";
pub const ERR_INVALID_NAMED_CAPTURE: &str = "invalid named capture";
pub const ERR_INVALID_PERL_OP: &str = "invalid or unsupported Perl syntax";
pub const ERR_TRAILING_BACKSLASH: &str = "trailing backslash at end of expression";
pub const ERR_INVALID_UTF8: &str = "invalid UTF-8";

/// The pattern in the crate's syntax and the capture names (group 0 first).
pub struct Translated {
    pub pattern: String,
    pub names: Vec<String>,
}

/// What the item before the current position was, for the repetition checks.
#[derive(Clone, Copy, PartialEq)]
enum Last {
    /// Nothing to repeat: the start, or just after `(` or `|`.
    Nothing,
    Atom,
    /// A repetition operator starting at this byte offset.
    Repeat(usize),
}

pub fn translate(expr: &[u8]) -> Result<Translated, SyntaxError> {
    let s = match std::str::from_utf8(expr) {
        Ok(s) => s,
        Err(e) => return Err(SyntaxError { code: ERR_INVALID_UTF8, expr: expr[e.valid_up_to()..].to_vec() }),
    };
    let mut t = Translator { s, out: String::new(), names: vec![String::new()], depth: 0, last: Last::Nothing };
    t.run()?;
    Ok(Translated { pattern: t.out, names: t.names })
}

struct Translator<'a> {
    s: &'a str,
    out: String,
    names: Vec<String>,
    depth: usize,
    last: Last,
}

fn err(code: &'static str, expr: &str) -> SyntaxError {
    SyntaxError { code, expr: expr.as_bytes().to_vec() }
}

impl Translator<'_> {
    fn run(&mut self) -> Result<(), SyntaxError> {
        let s = self.s;
        let mut i = 0;
        while i < s.len() {
            let c = s[i..].chars().next().unwrap_or('\0');
            match c {
                '(' if s[i..].starts_with("(?") => i = self.perl_group(i)?,
                '(' => {
                    self.names.push(String::new());
                    self.open("(");
                    i += 1;
                }
                '|' => {
                    self.out.push('|');
                    self.last = Last::Nothing;
                    i += 1;
                }
                ')' => {
                    if self.depth == 0 {
                        return Err(err(ERR_UNEXPECTED_PAREN, s));
                    }
                    self.depth -= 1;
                    self.atom(")");
                    i += 1;
                }
                '^' | '$' | '.' => {
                    self.atom(&c.to_string());
                    i += 1;
                }
                '[' => i = self.class(i)?,
                '*' | '+' | '?' => i = self.repeat(i, i + 1)?,
                '{' => match parse_repeat(&s[i..]) {
                    Some((min, max, len)) => {
                        if min < 0 || min > 1000 || max > 1000 || (max >= 0 && min > max) {
                            return Err(err(ERR_INVALID_REPEAT_SIZE, &s[i..i + len]));
                        }
                        i = self.repeat(i, i + len)?;
                    }
                    None => {
                        self.literal('{');
                        i += 1;
                    }
                },
                '\\' => i = self.escape(i)?,
                c => {
                    self.literal(c);
                    i += c.len_utf8();
                }
            }
        }
        if self.depth > 0 {
            return Err(err(ERR_MISSING_PAREN, s));
        }
        Ok(())
    }

    fn open(&mut self, text: &str) {
        self.out.push_str(text);
        self.depth += 1;
        self.last = Last::Nothing;
    }

    fn atom(&mut self, text: &str) {
        self.out.push_str(text);
        self.last = Last::Atom;
    }

    fn literal(&mut self, c: char) {
        push_literal(&mut self.out, c);
        self.last = Last::Atom;
    }

    /// The repetition operator `s[start..end]` (and a `?` after it, making it non-greedy).
    fn repeat(&mut self, start: usize, mut end: usize) -> Result<usize, SyntaxError> {
        if self.s[end..].starts_with('?') {
            end += 1;
        }
        match self.last {
            Last::Repeat(prev) => return Err(err(ERR_INVALID_REPEAT_OP, &self.s[prev..end])),
            Last::Nothing => return Err(err(ERR_MISSING_REPEAT_ARG, &self.s[start..end])),
            Last::Atom => {}
        }
        self.out.push_str(&self.s[start..end]);
        self.last = Last::Repeat(start);
        Ok(end)
    }

    /// `(?P<name>`, `(?<name>`, `(?flags)` or `(?flags:` at `at`, as Go's parsePerlFlags.
    fn perl_group(&mut self, at: usize) -> Result<usize, SyntaxError> {
        let t = &self.s[at..];
        let b = t.as_bytes();
        if (b.len() > 4 && b[2] == b'P' && b[3] == b'<') || (b.len() > 3 && b[2] == b'<') {
            let begin = if b[2] == b'P' { 4 } else { 3 };
            let Some(end) = t.find('>') else { return Err(err(ERR_INVALID_NAMED_CAPTURE, t)) };
            let name = &t[begin..end];
            if name.is_empty() || !name.bytes().all(|c| c == b'_' || c.is_ascii_alphanumeric()) {
                return Err(err(ERR_INVALID_NAMED_CAPTURE, &t[..end + 1]));
            }
            self.names.push(name.to_string());
            self.open("(");
            return Ok(at + end + 1);
        }
        let mut negated = false;
        let mut saw_flag = false;
        for (k, c) in t[2..].char_indices() {
            let end = 2 + k + c.len_utf8();
            match c {
                'i' | 'm' | 's' | 'U' => saw_flag = true,
                '-' if !negated => {
                    negated = true;
                    saw_flag = false;
                }
                ':' | ')' if !negated || saw_flag => {
                    let flags = &t[2..2 + k];
                    if c == ':' {
                        self.open(&format!("(?{flags}:"));
                    } else {
                        if !flags.is_empty() {
                            self.out.push_str(&format!("(?{flags})"));
                        }
                        // Flags set no operand; a repetition after them repeats what came
                        // before, which is then no longer a repetition itself.
                        if let Last::Repeat(_) = self.last {
                            self.last = Last::Atom;
                        }
                    }
                    return Ok(at + end);
                }
                _ => return Err(err(ERR_INVALID_PERL_OP, &t[..end])),
            }
        }
        Err(err(ERR_INVALID_PERL_OP, t))
    }

    /// A backslash at `at` outside a class.
    fn escape(&mut self, at: usize) -> Result<usize, SyntaxError> {
        let t = &self.s[at..];
        match t.as_bytes().get(1) {
            Some(b'A') => self.atom(r"\A"),
            Some(b'z') => self.atom(r"\z"),
            Some(b'b') => self.atom(r"(?-u:\b)"),
            Some(b'B') => self.atom(r"(?-u:\B)"),
            Some(b'C') => return Err(err(ERR_INVALID_ESCAPE, &t[..2])),
            Some(b'Q') => {
                let lit = &t[2..];
                let (lit, len) = match lit.find(r"\E") {
                    Some(e) => (&lit[..e], 2 + e + 2),
                    None => (lit, t.len()),
                };
                for c in lit.chars() {
                    self.literal(c);
                }
                return Ok(at + len);
            }
            _ => {
                let mut class = String::new();
                if let Some(len) = perl_or_unicode_class(t, &mut class)? {
                    self.atom(&class);
                    return Ok(at + len);
                }
                let (c, len) = parse_escape(t)?;
                self.literal(c);
                return Ok(at + len);
            }
        }
        Ok(at + 2)
    }

    /// A bracketed class starting at `at`, as Go's parseClass.
    fn class(&mut self, at: usize) -> Result<usize, SyntaxError> {
        let whole = &self.s[at..];
        let mut i = 1;
        let mut out = String::from("[");
        if whole[i..].starts_with('^') {
            out.push('^');
            i += 1;
        }
        let mut first = true;
        loop {
            let t = &whole[i..];
            if t.starts_with(']') && !first {
                break;
            }
            first = false;
            if t.starts_with("[:") {
                if let Some(e) = t[2..].find(":]") {
                    let name = &t[..e + 4];
                    if !is_posix_class(name) {
                        return Err(err(ERR_INVALID_CHAR_RANGE, name));
                    }
                    out.push_str(name);
                    i += name.len();
                    continue;
                }
            }
            if let Some(len) = perl_or_unicode_class(t, &mut out)? {
                i += len;
                continue;
            }
            let (lo, len) = class_char(t, whole)?;
            let mut hi = lo;
            let mut used = len;
            let rest = &t[len..];
            if rest.len() >= 2 && rest.starts_with('-') && !rest[1..].starts_with(']') {
                let (h, hlen) = class_char(&rest[1..], whole)?;
                used += 1 + hlen;
                if h < lo {
                    return Err(err(ERR_INVALID_CHAR_RANGE, &t[..used]));
                }
                hi = h;
            }
            push_literal(&mut out, lo);
            if hi != lo {
                out.push('-');
                push_literal(&mut out, hi);
            }
            i += used;
        }
        out.push(']');
        self.atom(&out);
        Ok(at + i + 1)
    }
}

/// `{n}`, `{n,}` or `{n,m}` at the start of `t`: (min, max, length); max is -1 for no
/// bound, and a count over 1e8 is -1 (too large). None if `t` starts no repeat (then
/// the `{` is a literal).
fn parse_repeat(t: &str) -> Option<(i64, i64, usize)> {
    let b = t.as_bytes();
    let mut i = 1;
    let min = parse_int(b, &mut i)?;
    let max = match b.get(i) {
        Some(b'}') => min,
        Some(b',') => {
            i += 1;
            if b.get(i) == Some(&b'}') {
                -1
            } else {
                parse_int(b, &mut i)?
            }
        }
        _ => return None,
    };
    if b.get(i) != Some(&b'}') {
        return None;
    }
    Some((min, max, i + 1))
}

/// Decimal digits at `b[*i..]`, without leading zeros; -1 if the value passes 1e8.
fn parse_int(b: &[u8], i: &mut usize) -> Option<i64> {
    let start = *i;
    while b.get(*i).is_some_and(u8::is_ascii_digit) {
        *i += 1;
    }
    let digits = &b[start..*i];
    if digits.is_empty() || (digits.len() >= 2 && digits[0] == b'0') {
        return None;
    }
    let mut n: i64 = 0;
    for &d in digits {
        if n >= 100_000_000 {
            return Some(-1);
        }
        n = n * 10 + (d - b'0') as i64;
    }
    Some(n)
}

/// A class character at the start of `t` (in the class `whole`): (char, length).
fn class_char(t: &str, whole: &str) -> Result<(char, usize), SyntaxError> {
    match t.chars().next() {
        None => Err(err(ERR_MISSING_BRACKET, whole)),
        Some('\\') => parse_escape(t),
        Some(c) => Ok((c, c.len_utf8())),
    }
}

/// `\d \D \s \S \w \W` (ASCII in Go) or `\p…`/`\P…` at the start of `t`, written to
/// `out` as a class; its length in `t`, or None if `t` starts with neither.
fn perl_or_unicode_class(t: &str, out: &mut String) -> Result<Option<usize>, SyntaxError> {
    let b = t.as_bytes();
    if b.len() < 2 || b[0] != b'\\' {
        return Ok(None);
    }
    let class = match b[1] {
        b'd' => "[0-9]",
        b'D' => "[^0-9]",
        b's' => r"[\t\n\x0C\r ]",
        b'S' => r"[^\t\n\x0C\r ]",
        b'w' => "[0-9A-Za-z_]",
        b'W' => "[^0-9A-Za-z_]",
        b'p' | b'P' => return unicode_class(t, out).map(Some),
        _ => return Ok(None),
    };
    out.push_str(class);
    Ok(Some(2))
}

/// `\pN`, `\p{Name}`, `\P…`, `\p{^Name}` at the start of `t`, as Go's parseUnicodeClass;
/// a name is valid if the regex crate knows it (it knows every name Go does).
fn unicode_class(t: &str, out: &mut String) -> Result<usize, SyntaxError> {
    let mut negated = t.as_bytes()[1] == b'P';
    let (seq, name) = match t[2..].chars().next() {
        Some('{') => match t.find('}') {
            Some(end) => (&t[..end + 1], &t[3..end]),
            None => return Err(err(ERR_INVALID_CHAR_RANGE, t)),
        },
        Some(c) => (&t[..2 + c.len_utf8()], &t[2..2 + c.len_utf8()]),
        None => (t, ""),
    };
    let name = match name.strip_prefix('^') {
        Some(n) => {
            negated = !negated;
            n
        }
        None => name,
    };
    let valid = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && regex::Regex::new(&format!(r"\p{{{name}}}")).is_ok();
    if !valid {
        return Err(err(ERR_INVALID_CHAR_RANGE, seq));
    }
    out.push_str(&format!(r"\{}{{{name}}}", if negated { 'P' } else { 'p' }));
    Ok(seq.len())
}

fn is_posix_class(name: &str) -> bool {
    const NAMES: [&str; 14] = [
        "alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper",
        "word", "xdigit",
    ];
    let inner = &name[2..name.len() - 2];
    NAMES.contains(&inner.strip_prefix('^').unwrap_or(inner))
}

/// A single-character escape at the start of `t` (a backslash), as Go's parseEscape:
/// (char, length), or Go's error quoting what was read.
fn parse_escape(t: &str) -> Result<(char, usize), SyntaxError> {
    let mut it = t[1..].char_indices().map(|(k, c)| (k + 1, c));
    let Some((_, c)) = it.next() else { return Err(err(ERR_TRAILING_BACKSLASH, "")) };
    let mut len = 1 + c.len_utf8();
    let b = t.as_bytes();
    let octal = |i: usize| b.get(i).is_some_and(|d| (b'0'..=b'7').contains(d));
    match c {
        '1'..='7' | '0' if c == '0' || octal(len) => {
            let mut r = c as u32 - '0' as u32;
            for _ in 1..3 {
                if !octal(len) {
                    break;
                }
                r = r * 8 + (b[len] - b'0') as u32;
                len += 1;
            }
            return Ok((char::from_u32(r).unwrap_or('\0'), len));
        }
        'x' => return hex_escape(t),
        'a' => return Ok(('\x07', len)),
        'f' => return Ok(('\x0C', len)),
        'n' => return Ok(('\n', len)),
        'r' => return Ok(('\r', len)),
        't' => return Ok(('\t', len)),
        'v' => return Ok(('\x0B', len)),
        c if c.is_ascii() && !c.is_ascii_alphanumeric() => return Ok((c, len)),
        _ => {}
    }
    Err(err(ERR_INVALID_ESCAPE, &t[..len]))
}

/// `\xHH` or `\x{H…}` at the start of `t`.
fn hex_escape(t: &str) -> Result<(char, usize), SyntaxError> {
    let mut chars = t[2..].chars();
    let mut len = 2;
    let bad = |len: usize| Err(err(ERR_INVALID_ESCAPE, &t[..len.min(t.len())]));
    let Some(c) = chars.next() else { return bad(len) };
    len += c.len_utf8();
    if c == '{' {
        let mut r: u32 = 0;
        let mut digits = 0;
        loop {
            let Some(c) = chars.next() else { return bad(len) };
            len += c.len_utf8();
            if c == '}' {
                break;
            }
            let Some(v) = c.to_digit(16) else { return bad(len) };
            r = r * 16 + v;
            if r > 0x10FFFF {
                return bad(len);
            }
            digits += 1;
        }
        if digits == 0 {
            return bad(len);
        }
        return Ok((char::from_u32(r).unwrap_or('\u{FFFD}'), len));
    }
    let x = c.to_digit(16);
    let y = chars.next().map(|c| {
        len += c.len_utf8();
        c.to_digit(16)
    });
    match (x, y) {
        (Some(x), Some(Some(y))) => Ok((char::from_u32(x * 16 + y).unwrap_or('\0'), len)),
        _ => bad(len),
    }
}

/// A literal character in the crate's syntax, the same inside and outside classes.
fn push_literal(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() || (!c.is_ascii() && !c.is_whitespace() && !c.is_control()) {
        out.push(c);
    } else {
        out.push_str(&format!(r"\x{{{:X}}}", c as u32));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(p: &str) -> String {
        match translate(p.as_bytes()) {
            Ok(t) => t.pattern,
            Err(e) => format!("{}: `{}`", e.code, String::from_utf8_lossy(&e.expr)),
        }
    }

    #[test]
    fn go_errors() {
        assert_eq!(tr("(abc"), "missing closing ): `(abc`");
        assert_eq!(tr("a**"), "invalid nested repetition operator: `**`");
        assert_eq!(tr("x{2}{3}"), "invalid nested repetition operator: `{2}{3}`");
        assert_eq!(tr("*a"), "missing argument to repetition operator: `*`");
        assert_eq!(tr("[z-a]"), "invalid character class range: `z-a`");
        assert_eq!(tr("a["), "missing closing ]: `[`");
        assert_eq!(tr(r"\x{110000}"), "invalid escape sequence: `\\x{110000`");
        assert_eq!(tr("(?i-)"), "invalid or unsupported Perl syntax: `(?i-)`");
        assert_eq!(tr("(?P=n)"), "invalid or unsupported Perl syntax: `(?P`");
    }

    #[test]
    fn rewrites() {
        assert_eq!(tr(r"\d+"), "[0-9]+");
        assert_eq!(tr("a{,3}"), r"a\x{7B}\x{2C}3\x{7D}");
        assert_eq!(tr("(?P<x>a)"), "(a)");
    }
}

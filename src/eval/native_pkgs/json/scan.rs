//! The JSON scanner: parses input into a tree of `Node`s, or reports the first syntax
//! error in the words and at the offset Go's encoding/json (v2 under the v1 API, Go's
//! default since 1.25) reports it; and Compact and Indent over valid input.
//!
//! Invariants: a node's `start..end` spans its text in the input (for strings, the quotes
//! included), so an `UnmarshalJSON` method gets exactly the value's bytes; an error's
//! offset is the end of the offending character, or the input's length at its end.

/// Nesting deeper than this is a syntax error, as in Go (and keeps recursion bounded).
const MAX_DEPTH: usize = 10000;

pub struct Node {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

pub enum Kind {
    Null,
    Bool(bool),
    /// A number's literal text.
    Num(String),
    /// A string's decoded bytes (invalid UTF-8 replaced by U+FFFD).
    Str(Vec<u8>),
    Arr(Vec<Node>),
    Obj(Vec<(Vec<u8>, Node)>),
}

impl Kind {
    /// The JSON value's kind as an UnmarshalTypeError names it (a number with its text
    /// when the destination is numeric: then it did not fit).
    pub fn what(&self, numeric: bool) -> String {
        match self {
            Kind::Null => "null".into(),
            Kind::Bool(_) => "bool".into(),
            Kind::Num(n) if numeric => format!("number {n}"),
            Kind::Num(_) => "number".into(),
            Kind::Str(_) => "string".into(),
            Kind::Arr(_) => "array".into(),
            Kind::Obj(_) => "object".into(),
        }
    }
}

pub struct SyntaxError {
    pub msg: String,
    pub offset: usize,
}

/// Parses `data` as exactly one JSON value (with surrounding white space).
pub fn parse(data: &[u8], stack_limit: usize) -> Result<Node, SyntaxError> {
    let mut p = Parser { data, pos: 0, stack_limit };
    p.skip_space();
    let n = p.value(0)?;
    p.skip_space();
    if p.pos < data.len() {
        return Err(p.invalid("after top-level value"));
    }
    Ok(n)
}

/// The length of the first JSON value of `data` (white space before it included): None
/// when `data` ends before the value does (more input may complete it).
pub fn value_end(data: &[u8], stack_limit: usize) -> Result<Option<usize>, SyntaxError> {
    let mut p = Parser { data, pos: 0, stack_limit };
    p.skip_space();
    if p.pos == data.len() {
        return Ok(None);
    }
    match p.value(0) {
        Ok(_) => {
            // A number is complete only when something follows it.
            if p.pos == data.len() && matches!(data.last(), Some(b'0'..=b'9')) {
                return Ok(None);
            }
            Ok(Some(p.pos))
        }
        Err(e) if e.offset >= data.len() && e.msg == EOF => Ok(None),
        Err(e) => Err(e),
    }
}

const EOF: &str = "unexpected end of JSON input";

struct Parser<'a> {
    data: &'a [u8],
    pos: usize,
    /// The goroutine's stack limit (`Frame::stack_limit`), checked at each nesting.
    stack_limit: usize,
}

impl Parser<'_> {
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\r' | b'\n') = self.data.get(self.pos) {
            self.pos += 1;
        }
    }

    fn eof(&self) -> SyntaxError {
        SyntaxError { msg: EOF.into(), offset: self.data.len() }
    }

    /// "invalid character 'c' <context>" for the character at `pos`.
    fn invalid(&self, context: &str) -> SyntaxError {
        let (c, n) = char_at(self.data, self.pos);
        SyntaxError { msg: format!("invalid character {} {context}", quote_char(c)), offset: self.pos + n }
    }

    fn peek(&self) -> Result<u8, SyntaxError> {
        self.data.get(self.pos).copied().ok_or_else(|| self.eof())
    }

    fn value(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        super::check_stack(self.stack_limit);
        let start = self.pos;
        let kind = match self.peek()? {
            b'{' => self.object(depth)?,
            b'[' => self.array(depth)?,
            b'"' => Kind::Str(self.string()?),
            b't' => self.literal("true", Kind::Bool(true))?,
            b'f' => self.literal("false", Kind::Bool(false))?,
            b'n' => self.literal("null", Kind::Null)?,
            b'-' | b'0'..=b'9' => Kind::Num(self.number()?),
            _ => return Err(self.invalid("looking for beginning of value")),
        };
        Ok(Node { kind, start, end: self.pos })
    }

    fn nest(&self, depth: usize) -> Result<(), SyntaxError> {
        if depth >= MAX_DEPTH {
            return Err(SyntaxError { msg: "exceeded max depth".into(), offset: self.pos });
        }
        Ok(())
    }

    fn object(&mut self, depth: usize) -> Result<Kind, SyntaxError> {
        self.nest(depth)?;
        self.pos += 1;
        let mut members = Vec::new();
        self.skip_space();
        if self.peek()? == b'}' {
            self.pos += 1;
            return Ok(Kind::Obj(members));
        }
        loop {
            self.skip_space();
            if self.peek()? != b'"' {
                return Err(self.invalid("looking for beginning of object key string"));
            }
            let key = self.string()?;
            self.skip_space();
            if self.peek()? != b':' {
                return Err(self.invalid("after object key"));
            }
            self.pos += 1;
            self.skip_space();
            let v = self.value(depth + 1)?;
            members.push((key, v));
            self.skip_space();
            match self.peek()? {
                b',' => self.pos += 1,
                b'}' => {
                    self.pos += 1;
                    return Ok(Kind::Obj(members));
                }
                _ => return Err(self.invalid("after object key:value pair")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Kind, SyntaxError> {
        self.nest(depth)?;
        self.pos += 1;
        let mut elems = Vec::new();
        self.skip_space();
        if self.peek()? == b']' {
            self.pos += 1;
            return Ok(Kind::Arr(elems));
        }
        loop {
            self.skip_space();
            elems.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek()? {
                b',' => self.pos += 1,
                b']' => {
                    self.pos += 1;
                    return Ok(Kind::Arr(elems));
                }
                _ => return Err(self.invalid("after array element")),
            }
        }
    }

    fn literal(&mut self, word: &str, kind: Kind) -> Result<Kind, SyntaxError> {
        for &w in &word.as_bytes()[1..] {
            self.pos += 1;
            let c = self.peek()?;
            if c != w {
                return Err(self.invalid(&format!("in literal {word} (expecting '{}')", w as char)));
            }
        }
        self.pos += 1;
        Ok(kind)
    }

    fn digits(&mut self) -> Result<(), SyntaxError> {
        if !self.peek()?.is_ascii_digit() {
            return Err(self.invalid("in numeric literal"));
        }
        while self.data.get(self.pos).is_some_and(u8::is_ascii_digit) {
            self.pos += 1;
        }
        Ok(())
    }

    fn number(&mut self) -> Result<String, SyntaxError> {
        let start = self.pos;
        if self.peek()? == b'-' {
            self.pos += 1;
        }
        if self.peek()? == b'0' {
            self.pos += 1;
        } else {
            self.digits()?;
        }
        if self.data.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            self.digits()?;
        }
        if let Some(b'e' | b'E') = self.data.get(self.pos) {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.data.get(self.pos) {
                self.pos += 1;
            }
            self.digits()?;
        }
        Ok(String::from_utf8_lossy(&self.data[start..self.pos]).into_owned())
    }

    /// A string literal at `pos` (its opening quote): its decoded bytes.
    fn string(&mut self) -> Result<Vec<u8>, SyntaxError> {
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let c = self.peek()?;
            match c {
                b'"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                b'\\' => self.escape(&mut out)?,
                0..=0x1f => return Err(self.invalid("in string")),
                0x80.. => {
                    let (ch, n) = char_at(self.data, self.pos);
                    let mut buf = [0; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                    self.pos += n;
                }
                _ => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn escape(&mut self, out: &mut Vec<u8>) -> Result<(), SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        let c = self.peek()?;
        self.pos += 1;
        let simple = match c {
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'b' => 8,
            b'f' => 12,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => {
                let r = self.hex4(start)?;
                let r = if (0xD800..0xDC00).contains(&r) {
                    // A high surrogate pairs with a following \uDC00-\uDFFF escape.
                    let save = self.pos;
                    if self.data.get(self.pos) == Some(&b'\\') && self.data.get(self.pos + 1) == Some(&b'u') {
                        let at = self.pos;
                        self.pos += 2;
                        let lo = self.hex4(at)?;
                        if (0xDC00..0xE000).contains(&lo) {
                            0x10000 + ((r - 0xD800) << 10) + (lo - 0xDC00)
                        } else {
                            self.pos = save;
                            0xFFFD
                        }
                    } else {
                        0xFFFD
                    }
                } else if (0xDC00..0xE000).contains(&r) {
                    0xFFFD
                } else {
                    r
                };
                let ch = char::from_u32(r).unwrap_or('\u{FFFD}');
                let mut buf = [0; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                return Ok(());
            }
            _ => {
                let (_, n) = char_at(self.data, start + 1);
                self.pos = start + 1 + n;
                let text = String::from_utf8_lossy(&self.data[start..self.pos]).into_owned();
                return Err(SyntaxError {
                    msg: format!("invalid escape sequence `{text}` in string"),
                    offset: self.pos,
                });
            }
        };
        out.push(simple);
        Ok(())
    }

    /// The four hex digits after `\u` (the escape starting at `start`).
    fn hex4(&mut self, start: usize) -> Result<u32, SyntaxError> {
        let mut r = 0;
        for _ in 0..4 {
            let c = self.peek()?;
            let Some(d) = (c as char).to_digit(16) else {
                let (_, n) = char_at(self.data, self.pos);
                self.pos += n;
                let text = String::from_utf8_lossy(&self.data[start..self.pos]).into_owned();
                return Err(SyntaxError {
                    msg: format!("invalid escape sequence `{text}` in string"),
                    offset: self.pos,
                });
            };
            r = r * 16 + d;
            self.pos += 1;
        }
        Ok(r)
    }
}

/// The character at `i` (U+FFFD for a byte of invalid UTF-8) and its length in bytes.
pub fn char_at(b: &[u8], i: usize) -> (char, usize) {
    let end = (i + 4).min(b.len());
    let chunk = &b[i.min(end)..end];
    match std::str::from_utf8(chunk) {
        Ok(s) => s.chars().next().map_or(('\u{FFFD}', 1), |c| (c, c.len_utf8())),
        Err(e) if e.valid_up_to() > 0 => {
            let s = std::str::from_utf8(&chunk[..e.valid_up_to()]).unwrap_or("");
            s.chars().next().map_or(('\u{FFFD}', 1), |c| (c, c.len_utf8()))
        }
        Err(_) => ('\u{FFFD}', 1),
    }
}

/// A character as Go's scanner quotes it in messages: `'x'`, `'\n'`, `'\''`, `'"'`.
fn quote_char(c: char) -> String {
    match c {
        '\'' => r"'\''".into(),
        '"' => "'\"'".into(),
        _ => {
            use crate::eval::fmt::quote::{quote_rune, Escape};
            let mut q = Vec::new();
            quote_rune(&mut q, c as u32, Escape::default());
            String::from_utf8_lossy(&q).into_owned()
        }
    }
}

/// `src` without insignificant white space (src already valid); with `escape_html`, `<`,
/// `>`, `&`, U+2028 and U+2029 in strings escaped.
pub fn compact(src: &[u8], escape_html: bool, out: &mut Vec<u8>) {
    let mut in_str = false;
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        if in_str {
            match c {
                b'\\' => {
                    out.extend_from_slice(&src[i..i + 2]);
                    i += 2;
                    continue;
                }
                b'"' => in_str = false,
                b'<' | b'>' | b'&' if escape_html => {
                    out.extend_from_slice(format!("\\u00{:02x}", c).as_bytes());
                    i += 1;
                    continue;
                }
                0xE2 if escape_html && src.get(i + 1) == Some(&0x80) && matches!(src.get(i + 2), Some(0xA8 | 0xA9)) => {
                    out.extend_from_slice(format!("\\u202{}", src[i + 2] & 0xF).as_bytes());
                    i += 3;
                    continue;
                }
                _ => {}
            }
            out.push(c);
        } else if !matches!(c, b' ' | b'\t' | b'\r' | b'\n') {
            if c == b'"' {
                in_str = true;
            }
            out.push(c);
        }
        i += 1;
    }
}

/// `src` (already valid) indented as Go's Indent does: each element on a line of its own,
/// starting with `prefix` and one `indent` per level; empty arrays and objects stay `[]`
/// and `{}`.
pub fn indent(src: &[u8], prefix: &[u8], ind: &[u8], out: &mut Vec<u8>) {
    let mut depth = 0usize;
    let mut in_str = false;
    let newline = |out: &mut Vec<u8>, depth: usize| {
        out.push(b'\n');
        out.extend_from_slice(prefix);
        for _ in 0..depth {
            out.extend_from_slice(ind);
        }
    };
    let mut i = 0;
    // Leading white space is dropped; trailing white space is kept.
    let end = src.iter().rposition(|c| !matches!(c, b' ' | b'\t' | b'\r' | b'\n')).map_or(0, |p| p + 1);
    while i < end {
        let c = src[i];
        if in_str {
            out.push(c);
            if c == b'\\' {
                out.push(src[i + 1]);
                i += 1;
            } else if c == b'"' {
                in_str = false;
            }
            i += 1;
            continue;
        }
        match c {
            b' ' | b'\t' | b'\r' | b'\n' => {}
            b'"' => {
                in_str = true;
                out.push(c);
            }
            b'{' | b'[' => {
                out.push(c);
                let next = src[i + 1..].iter().position(|c| !matches!(c, b' ' | b'\t' | b'\r' | b'\n'));
                let close = if c == b'{' { b'}' } else { b']' };
                if let Some(n) = next.filter(|&n| src[i + 1 + n] == close) {
                    out.push(close);
                    i += n + 2;
                    continue;
                }
                depth += 1;
                newline(out, depth);
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                newline(out, depth);
                out.push(c);
            }
            b',' => {
                out.push(c);
                newline(out, depth);
            }
            b':' => {
                out.push(c);
                out.push(b' ');
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out.extend_from_slice(&src[end..]);
}

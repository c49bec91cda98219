//! Scanning (Go's `fmt/scan.go`) from a string: Sscan, Sscanln and Sscanf into pointer
//! operands of integer, float, string, []byte and bool types, with Go's error texts.
//!
//! The scanner returns the values to store, in order; the caller stores them through the
//! pointers, so this module needs no evaluator.

use super::quote::decode_rune;
use super::rtype_name;
use crate::runtime::value::{IntKind, RType, Value};

/// What one scan produced: how many operands were filled (with the values to store in
/// them, in order), and the error's text if it stopped early.
pub(crate) struct Scanned {
    pub values: Vec<Value>,
    pub err: Option<String>,
}

struct Ss<'a> {
    s: &'a [u8],
    pos: usize,
    nl_is_space: bool,
    /// The most runes the current operand may take (a width in Sscanf).
    limit: usize,
    count: usize,
}

/// A scan stops with an error text ("EOF" for input that ran out).
type Res<T> = Result<T, String>;

fn is_space(r: u32) -> bool {
    matches!(r, 0x09..=0x0d | 0x20 | 0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000)
}

impl Ss<'_> {
    fn peek_rune(&self) -> Option<u32> {
        if self.pos >= self.s.len() || self.count >= self.limit {
            return None;
        }
        Some(decode_rune(&self.s[self.pos..]).0)
    }

    fn get_rune(&mut self) -> Option<u32> {
        let r = self.peek_rune()?;
        self.pos += decode_rune(&self.s[self.pos..]).1;
        self.count += 1;
        Some(r)
    }

    fn not_eof(&self) -> Res<()> {
        self.peek_rune().map(|_| ()).ok_or_else(|| "EOF".to_string())
    }

    /// Takes the next rune if it is one of `ok`, appending it to `buf`.
    fn accept(&mut self, ok: &str, buf: &mut String) -> bool {
        match self.peek_rune().and_then(char::from_u32) {
            Some(c) if ok.contains(c) => {
                self.get_rune();
                buf.push(c);
                true
            }
            _ => false,
        }
    }

    fn skip_space(&mut self) -> Res<()> {
        while let Some(r) = self.peek_rune() {
            if r == '\r' as u32 && self.s.get(self.pos + 1) == Some(&b'\n') {
                self.get_rune();
                continue;
            }
            if r == '\n' as u32 {
                if self.nl_is_space {
                    self.get_rune();
                    continue;
                }
                return Err("unexpected newline".into());
            }
            if !is_space(r) {
                break;
            }
            self.get_rune();
        }
        Ok(())
    }

    /// A run of runes that are not spaces.
    fn token(&mut self) -> String {
        let start = self.pos;
        while let Some(r) = self.peek_rune() {
            if is_space(r) {
                break;
            }
            self.get_rune();
        }
        String::from_utf8_lossy(&self.s[start..self.pos]).into_owned()
    }

    /// An integer's text: sign (if signed), base prefix (under %v), digits.
    fn int_token(&mut self, verb: char, signed: bool) -> Res<(String, u32)> {
        let mut tok = String::new();
        if signed {
            self.accept("+-", &mut tok);
        }
        let (mut base, mut digits, mut have) = match verb {
            'b' => (2, "01", false),
            'o' => (8, "01234567", false),
            'x' | 'X' => (16, "0123456789aAbBcCdDeEfF", false),
            _ => (10, "0123456789", false),
        };
        if verb == 'v' && self.accept("0", &mut tok) {
            have = true;
            base = 0;
            digits = if self.accept("bB", &mut tok) {
                "01_"
            } else if self.accept("oO", &mut tok) {
                "01234567_"
            } else if self.accept("xX", &mut tok) {
                "0123456789aAbBcCdDeEfF_"
            } else {
                "01234567_"
            };
        } else if verb == 'v' {
            digits = "0123456789_";
        }
        while self.accept(digits, &mut tok) {
            have = true;
        }
        if !have {
            return Err("expected integer".into());
        }
        Ok((tok, base))
    }

    fn scan_int(&mut self, verb: char, k: IntKind) -> Res<Value> {
        if verb == 'c' {
            return self.get_rune().map(|r| Value::Int(k.wrap(r as i64))).ok_or_else(|| "EOF".to_string());
        }
        if !matches!(verb, 'b' | 'd' | 'o' | 'x' | 'X' | 'v') {
            return Err(format!("bad verb '%{verb}' for integer"));
        }
        self.skip_space()?;
        self.not_eof()?;
        let (tok, base) = self.int_token(verb, !k.is_unsigned())?;
        let func = if k.is_unsigned() { "ParseUint" } else { "ParseInt" };
        let v = parse_int(&tok, base, !k.is_unsigned())
            .map_err(|e| format!("strconv.{func}: parsing {}: {e}", go_quoted(&tok)))?;
        let bits = k.bits();
        let fits = if k.is_unsigned() {
            bits == 64 || (v as u64) >> bits == 0
        } else {
            let shift = 64 - bits;
            (v << shift) >> shift == v
        };
        if !fits {
            let what = if k.is_unsigned() { "unsigned integer" } else { "integer" };
            return Err(format!("{what} overflow on token {tok}"));
        }
        Ok(Value::Int(k.wrap(v)))
    }

    fn scan_float(&mut self, verb: char, bits: u8) -> Res<Value> {
        if !matches!(verb, 'b' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'x' | 'X' | 'v') {
            return Err(format!("bad verb '%{verb}' for float"));
        }
        self.skip_space()?;
        self.not_eof()?;
        let mut tok = String::new();
        self.accept("+-", &mut tok);
        if self.accept("nN", &mut tok) && self.accept("aA", &mut tok) && self.accept("nN", &mut tok) {
        } else if self.accept("iI", &mut tok) && self.accept("nN", &mut tok) && self.accept("fF", &mut tok) {
        } else {
            let mut digits = "0123456789_";
            let mut exp = "eEpP";
            if self.accept("0", &mut tok) && self.accept("xX", &mut tok) {
                digits = "0123456789aAbBcCdDeEfF_";
                exp = "pP";
            }
            while self.accept(digits, &mut tok) {}
            if self.accept(".", &mut tok) {
                while self.accept(digits, &mut tok) {}
            }
            if self.accept(exp, &mut tok) {
                self.accept("+-", &mut tok);
                while self.accept("0123456789_", &mut tok) {}
            }
        }
        let (x, status) = crate::eval::strconv::parse_float(tok.as_bytes(), bits == 32);
        match status {
            0 => Ok(Value::Float(x)),
            1 => Err(format!("strconv.ParseFloat: parsing {}: invalid syntax", go_quoted(&tok))),
            _ => Err(format!("strconv.ParseFloat: parsing {}: value out of range", go_quoted(&tok))),
        }
    }

    fn scan_bool(&mut self, verb: char) -> Res<Value> {
        if !matches!(verb, 't' | 'v') {
            return Err(format!("bad verb '%{verb}' for boolean"));
        }
        self.skip_space()?;
        self.not_eof()?;
        let mut t = String::new();
        let bad = || "syntax error scanning boolean".to_string();
        let v = match self.get_rune().and_then(char::from_u32) {
            Some('1') => true,
            Some('t' | 'T') => {
                if self.accept("rR", &mut t) && (!self.accept("uU", &mut t) || !self.accept("eE", &mut t)) {
                    return Err(bad());
                }
                true
            }
            Some('f' | 'F') => {
                if self.accept("aA", &mut t)
                    && (!self.accept("lL", &mut t) || !self.accept("sS", &mut t) || !self.accept("eE", &mut t))
                {
                    return Err(bad());
                }
                false
            }
            _ => false,
        };
        Ok(Value::Bool(v))
    }

    fn scan_string(&mut self, verb: char) -> Res<String> {
        if !matches!(verb, 'v' | 's' | 'q' | 'x' | 'X') {
            return Err(format!("bad verb '%{verb}' for string"));
        }
        self.skip_space()?;
        self.not_eof()?;
        Ok(self.token())
    }

    /// One operand: the value to store through pointer `arg`.
    fn scan_one(&mut self, verb: char, arg: &Value) -> Res<Value> {
        let Value::Iface(iv) = arg else { return Err("can't scan type: <nil>".into()) };
        let RType::Pointer(et) = &iv.0 else { return Err(format!("type not a pointer: {}", rtype_name(&iv.0))) };
        match et.underlying() {
            RType::Int(k) => self.scan_int(verb, *k),
            RType::Float(bits) => self.scan_float(verb, *bits),
            RType::Bool => self.scan_bool(verb),
            RType::String => {
                Ok(Value::Str(crate::runtime::value::Str::from_bytes(self.scan_string(verb)?.into_bytes())))
            }
            RType::Slice(b) if matches!(b.underlying(), RType::Int(IntKind::U8)) => {
                let s = self.scan_string(verb)?;
                Ok(crate::runtime::slice::from_words(s.bytes().map(u64::from).collect()))
            }
            _ => Err(format!("can't scan type: {}", rtype_name(&iv.0))),
        }
    }
}

fn go_quoted(s: &str) -> String {
    let mut b = Vec::new();
    super::quote::quote_with(&mut b, s.as_bytes(), b'"', super::quote::Escape::default());
    String::from_utf8_lossy(&b).into_owned()
}

/// strconv.ParseInt/ParseUint(tok, base, 64) as scanning uses them: the value, or the
/// reason ("invalid syntax", "value out of range").
fn parse_int(tok: &str, base: u32, signed: bool) -> Result<i64, &'static str> {
    let (neg, body) = match tok.as_bytes().first() {
        Some(b'-') => (true, &tok[1..]),
        Some(b'+') => (false, &tok[1..]),
        _ => (false, tok),
    };
    let (base, digits) = if base == 0 {
        let lower = body.to_ascii_lowercase();
        if lower.starts_with("0x") {
            (16, &body[2..])
        } else if lower.starts_with("0b") {
            (2, &body[2..])
        } else if lower.starts_with("0o") {
            (8, &body[2..])
        } else if body.len() > 1 && body.starts_with('0') {
            (8, &body[1..])
        } else {
            (10, body)
        }
    } else {
        (base, body)
    };
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if clean.is_empty() || clean.starts_with('+') || clean.starts_with('-') {
        return Err("invalid syntax");
    }
    let u = u64::from_str_radix(&clean, base).map_err(|e| match e.kind() {
        std::num::IntErrorKind::PosOverflow => "value out of range",
        _ => "invalid syntax",
    })?;
    if !signed {
        return if neg { Err("invalid syntax") } else { Ok(u as i64) };
    }
    match (neg, u) {
        (true, u) if u <= 1 << 63 => Ok((u as i64).wrapping_neg()),
        (false, u) if u < 1 << 63 => Ok(u as i64),
        _ => Err("value out of range"),
    }
}

/// Sscan (`newline` false: newlines count as space) and Sscanln (`newline` true).
pub(crate) fn sscan(input: &[u8], args: &[Value], newline: bool) -> Scanned {
    let mut ss = Ss { s: input, pos: 0, nl_is_space: !newline, limit: usize::MAX, count: 0 };
    let mut values = Vec::new();
    for a in args {
        match ss.scan_one('v', a) {
            Ok(v) => values.push(v),
            Err(e) => return Scanned { values, err: Some(e) },
        }
    }
    if newline {
        while let Some(r) = ss.get_rune() {
            if r == '\n' as u32 {
                break;
            }
            if !is_space(r) {
                return Scanned { values, err: Some("expected newline".into()) };
            }
        }
    }
    Scanned { values, err: None }
}

/// Sscanf: `format`'s verbs scan operands, its spaces match spaces, other text matches itself.
pub(crate) fn sscanf(input: &[u8], format: &[u8], args: &[Value]) -> Scanned {
    let mut ss = Ss { s: input, pos: 0, nl_is_space: false, limit: usize::MAX, count: 0 };
    let mut values = Vec::new();
    let mut i = 0;
    let fail = |values, e: &str| Scanned { values, err: Some(e.to_string()) };
    while i < format.len() {
        let c = format[i];
        if c != b'%' {
            if c == b' ' || c == b'\t' || c == b'\r' {
                // Spaces in the format match zero or more spaces in the input.
                while ss.peek_rune().is_some_and(|r| is_space(r) && r != '\n' as u32) {
                    ss.get_rune();
                }
                i += 1;
                let format_nl = format[i..].iter().take_while(|c| matches!(c, b' ' | b'\t' | b'\r')).count();
                if ss.peek_rune() == Some('\n' as u32) && format.get(i + format_nl) != Some(&b'\n') {
                    return fail(values, "newline in input does not match format");
                }
                continue;
            }
            if c == b'\n' {
                // A newline in the format matches one in the input (after spaces), or its end.
                while ss.peek_rune().is_some_and(|r| is_space(r) && r != '\n' as u32) {
                    ss.get_rune();
                }
                match ss.peek_rune() {
                    Some(r) if r == '\n' as u32 => {
                        ss.get_rune();
                    }
                    None => {}
                    Some(_) => return fail(values, "newline in format does not match input"),
                }
                i += 1;
                continue;
            }
            match ss.peek_rune() {
                Some(r) if r == decode_rune(&format[i..]).0 => {
                    ss.get_rune();
                    i += decode_rune(&format[i..]).1;
                    continue;
                }
                Some(_) => return fail(values, "input does not match format"),
                None => break,
            }
        }
        i += 1;
        let start = i;
        while i < format.len() && format[i].is_ascii_digit() {
            i += 1;
        }
        let wid: Option<usize> = std::str::from_utf8(&format[start..i]).ok().and_then(|w| w.parse().ok());
        let Some(&v) = format.get(i) else { return fail(values, "EOF") };
        let (r, w) = decode_rune(&format[i..]);
        i += w;
        let verb = char::from_u32(r).unwrap_or('\u{fffd}');
        if verb != 'c' {
            if let Err(e) = ss.skip_space() {
                return fail(values, &e);
            }
        }
        if v == b'%' {
            match ss.get_rune() {
                Some(r) if r == '%' as u32 => continue,
                Some(_) => return fail(values, "missing literal %"),
                None => return fail(values, "EOF"),
            }
        }
        let Some(arg) = args.get(values.len()) else {
            let rest = String::from_utf8_lossy(&format[i - w..]);
            return fail(values, &format!("too few operands for format '%{rest}'"));
        };
        ss.count = 0;
        ss.limit = wid.unwrap_or(usize::MAX);
        let r = ss.scan_one(verb, arg);
        ss.limit = usize::MAX;
        match r {
            Ok(x) => values.push(x),
            Err(e) => return fail(values, &e),
        }
    }
    if values.len() < args.len() {
        return fail(values, "too many operands");
    }
    Scanned { values, err: None }
}

#[cfg(test)]
mod tests {
    use super::parse_int;

    #[test]
    fn parses_integers_as_strconv() {
        assert_eq!(parse_int("0x1F", 0, true), Ok(31));
        assert_eq!(parse_int("010", 0, true), Ok(8));
        assert_eq!(parse_int("-0b11", 0, true), Ok(-3));
        assert_eq!(parse_int("1_000", 0, true), Ok(1000));
        assert_eq!(parse_int("-9223372036854775808", 10, true), Ok(i64::MIN));
        assert_eq!(parse_int("9223372036854775808", 10, true), Err("value out of range"));
        assert_eq!(parse_int("18446744073709551615", 10, false), Ok(-1));
        assert_eq!(parse_int("-1", 10, false), Err("invalid syntax"));
    }
}

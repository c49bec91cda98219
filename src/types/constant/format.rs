//! Constants as gc prints them in error messages (go/constant's `String`): integers in full,
//! floats with six significant digits (`%.6g`), complex numbers as `(re + imi)`, strings
//! quoted as Go's `strconv.Quote` does and cut to 72 characters.

use std::fmt;
use std::fmt::Write as _;

use num_rational::BigRational;
use num_traits::{Signed, Zero};

use super::{rat_to_f64, round_bits, Value};

/// The text gc shows for a constant's value: `1267650600228229401496703205376`, `1e+100`,
/// `0.333333`, `(1 + 2i)`, `"abc"`, `true`. `Unknown` prints as `unknown`, as in Go.
pub fn format_for_error(v: &Value) -> String {
    match v {
        Value::Unknown => "unknown".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::String(s) => shorten(quote(s)),
        Value::Int(i) => i.to_string(),
        Value::Float(r) => float_string(r),
        Value::Complex(re, im) => format!("({} + {}i)", float_string(re), float_string(im)),
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&format_for_error(self))
    }
}

/// go/constant's float `String`: `%.6g` of the nearest float64 (falling back to the shortest
/// `%g` when six digits would make a fraction look integral, as `1.0000015e+06`), and an
/// approximate decimal form, computed as Go computes it, outside float64's range.
fn float_string(r: &BigRational) -> String {
    let x = rat_to_f64(r);
    if r.is_zero() == (x == 0.0) && x.is_finite() {
        let s = format_g(x, Some(6));
        if !r.is_integer() && !s.contains('.') {
            return format_g(x, None);
        }
        return s;
    }
    // r = mant·2^exp with 0.5 ≤ |mant| < 1; then r ≈ m·10^e. Go takes the exponent `e` by
    // truncating toward zero and adjusts `m` once, so tiny values can print as
    // `0.771978e-325`: that is gc's text, kept here.
    let (num, den) = (r.numer().magnitude(), r.denom().magnitude());
    let (q, lsb) = round_bits(num, den, 53, None);
    let q = q.iter_u64_digits().next().unwrap_or(0) as f64; // q < 2^53
    let exp = lsb + 53;
    let mut m = q / (1u64 << 53) as f64;
    if r.is_negative() {
        m = -m;
    }
    let d = exp as f64 * std::f64::consts::LOG10_2;
    let mut e = d as i64;
    m *= 10f64.powf(d - e as f64);
    let am = m.abs();
    if am < 1.0 - 0.5e-6 {
        m *= 10.0;
        e -= 1;
    } else if am >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    format!("{}e{:+}", format_g(m, Some(6)), e)
}

/// Go's `strconv.FormatFloat(x, 'g', prec, 64)`, `prec` `None` meaning shortest. The digits
/// come from Rust's formatting, which like Go's rounds the exact binary value, ties to even.
fn format_g(x: f64, prec: Option<usize>) -> String {
    let mut out = String::new();
    if x.is_sign_negative() && x != 0.0 {
        out.push('-');
    }
    // The decimal digits without trailing zeros, and the decimal point's position:
    // x = 0.d1d2d3… × 10^dp.
    let (digits, dp) = if x == 0.0 {
        (String::new(), 0i64)
    } else {
        let s = match prec {
            Some(p) => format!("{:.*e}", p.max(1) - 1, x.abs()),
            None => format!("{:e}", x.abs()),
        };
        let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let digits: String = mant.chars().filter(|&c| c != '.').collect();
        (digits.trim_end_matches('0').to_string(), exp.parse::<i64>().unwrap_or(0) + 1)
    };
    let digits = digits.as_bytes();
    let nd = digits.len() as i64;
    let shortest = prec.is_none();
    let mut prec = prec.map_or(nd, |p| p.max(1) as i64);
    let mut eprec = prec;
    if eprec > nd && nd >= dp {
        eprec = nd;
    }
    if shortest {
        eprec = 6;
    }
    let exp = dp - 1;
    let digit = |i: i64| if (0..nd).contains(&i) { digits[i as usize] as char } else { '0' };
    if exp < -4 || exp >= eprec {
        // %e with prec-1 digits after the point.
        prec = prec.min(nd);
        out.push(digit(0));
        if prec > 1 {
            out.push('.');
            (1..prec).for_each(|i| out.push(digit(i)));
        }
        let e = if nd == 0 { 0 } else { exp };
        let _ = write!(out, "e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
        return out;
    }
    // %f with max(prec-dp, 0) digits after the point.
    if prec > dp {
        prec = nd;
    }
    if dp > 0 {
        (0..dp).for_each(|i| out.push(digit(i)));
    } else {
        out.push('0');
    }
    let frac = (prec - dp).max(0);
    if frac > 0 {
        out.push('.');
        (0..frac).for_each(|i| out.push(digit(dp + i)));
    }
    out
}

/// Go's `strconv.Quote`: printable runes as they are, the usual backslash escapes, `\x` for
/// bytes that are not UTF-8, `\u`/`\U` for other runes.
fn quote(bytes: &[u8]) -> String {
    let mut out = String::from("\"");
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            escape_rune(&mut out, c);
        }
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
    out.push('"');
    out
}

fn escape_rune(out: &mut String, c: char) {
    let escaped = match c {
        '"' => "\\\"",
        '\\' => "\\\\",
        c if is_print(c) => {
            out.push(c);
            return;
        }
        '\x07' => "\\a",
        '\x08' => "\\b",
        '\x0c' => "\\f",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\x0b' => "\\v",
        c if c < ' ' || c == '\x7f' => {
            let _ = write!(out, "\\x{:02x}", c as u32);
            return;
        }
        c if (c as u32) < 0x10000 => {
            let _ = write!(out, "\\u{:04x}", c as u32);
            return;
        }
        c => {
            let _ = write!(out, "\\U{:08x}", c as u32);
            return;
        }
    };
    out.push_str(escaped);
}

/// An approximation of Go's `unicode.IsPrint` (letters, marks, numbers, punctuation, symbols
/// and the ASCII space) without Unicode category tables: it refuses controls, spaces other
/// than U+0020, the format characters, private use and noncharacters, but not unassigned
/// code points, which Go escapes and this prints as they are.
fn is_print(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return (0x20..0x7f).contains(&u);
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let format_or_private = matches!(
        u,
        0xAD | 0x600..=0x605
            | 0x61C
            | 0x6DD
            | 0x70F
            | 0x890..=0x891
            | 0x8E2
            | 0x180E
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0x110BD
            | 0x110CD
            | 0x13430..=0x1343F
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0001
            | 0xE0020..=0xE007F
            | 0xE000..=0xF8FF
            | 0xF0000..=0x10FFFF
            | 0xFDD0..=0xFDEF
    );
    !format_or_private && u & 0xFFFE != 0xFFFE
}

/// go/constant cuts a quoted string longer than 72 characters to its first 69 and `...`.
fn shorten(s: String) -> String {
    const MAX_LEN: usize = 72;
    if s.chars().count() <= MAX_LEN {
        return s;
    }
    let mut out: String = s.chars().take(MAX_LEN - 3).collect();
    out.push_str("...");
    out
}

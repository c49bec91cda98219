//! strconv's natives: formatting and parsing floats, and which runes are printable. Each
//! leaves its result where a call's result goes (`ret_word` for numbers and booleans,
//! `ret_val` for strings); the rest of strconv is Go code in `stdlib/strconv/`.

use gint_syntax::ast;

use super::fmt::quote;
use super::lower::Lower;
use crate::runtime::format::format_float;
use crate::runtime::frame::Frame;
use crate::runtime::value::{Str, Value};

type StmtE = Box<dyn Fn(&mut Frame)>;

/// The code of a call of strconv native `name`, or None if it is not one.
pub fn lower_native(lw: &mut Lower<'_>, name: &str, args: &[ast::Expr]) -> Option<StmtE> {
    Some(match (name, args) {
        ("strconv.FormatFloat", [f, fmt, prec, bits]) => {
            let (f, fmt, prec, bits) = (lw.float(f), lw.int(fmt), lw.int(prec), lw.int(bits));
            Box::new(move |fr| {
                let (x, c, p, b) = (f(fr), fmt(fr) as u8, prec(fr), bits(fr));
                if b != 32 && b != 64 {
                    go_panic(fr, "strconv: illegal FormatFloat bitSize");
                }
                let p = p.clamp(-1, i32::MAX as i64) as i32;
                let s = format_float(x, c, p, b as u32);
                fr.ret_val = Value::Str(Str::from_bytes(s.into_bytes()));
            })
        }
        ("strconv.parseFloat", [s, bits]) => {
            let (s, bits) = (lw.value(s), lw.int(bits));
            Box::new(move |fr| {
                let (x, _) = parse_float(s(fr).str(), bits(fr) == 32);
                fr.ret_word = x.to_bits();
            })
        }
        ("strconv.parseFloatStatus", [s, bits]) => {
            let (s, bits) = (lw.value(s), lw.int(bits));
            Box::new(move |fr| {
                let (_, status) = parse_float(s(fr).str(), bits(fr) == 32);
                fr.ret_word = status as u64;
            })
        }
        ("strconv.IsPrint" | "strconv.IsGraphic", [r]) => {
            let r = lw.int(r);
            let graphic = name == "strconv.IsGraphic";
            Box::new(move |fr| {
                let r = r(fr);
                let ok =
                    u32::try_from(r).is_ok_and(|r| if graphic { quote::is_graphic(r) } else { quote::is_print(r) });
                fr.ret_word = ok as u64;
            })
        }
        _ => return None,
    })
}

/// Panics as Go's `panic("msg")` does.
fn go_panic(fr: &mut Frame, msg: &str) -> ! {
    let v = Value::Str(Str::from_bytes(msg.as_bytes().to_vec()));
    fr.panic_value = Some(Value::Iface(std::rc::Rc::new((crate::runtime::value::RType::String, v))));
    std::panic::resume_unwind(Box::new(crate::runtime::panic::GoPanic::Go { shown: msg.to_string() }))
}

/// How a float parse ended: 0 well, 1 bad syntax, 2 out of range (the value is ±Inf).
type Status = u8;

/// strconv.ParseFloat's value and status: decimal and hexadecimal (`0x1.8p3`) forms with
/// underscores between digits, "inf", "infinity" and "nan" in any case; correctly rounded
/// to a float of 32 bits when `bits32`.
pub(crate) fn parse_float(s: &[u8], bits32: bool) -> (f64, Status) {
    let (neg, body) = match s.first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    let lower: Vec<u8> = body.to_ascii_lowercase();
    let signed = |x: f64| if neg { -x } else { x };
    if lower == b"inf" || lower == b"infinity" {
        return (signed(f64::INFINITY), 0);
    }
    if lower == b"nan" && body.len() == s.len() {
        return (f64::NAN, 0);
    }
    if !underscores_ok(body) {
        return (0.0, 1);
    }
    let clean: Vec<u8> = body.iter().copied().filter(|&c| c != b'_').collect();
    let x = if clean.len() > 2 && clean[0] == b'0' && (clean[1] | 0x20) == b'x' {
        match parse_hex(&clean[2..], bits32) {
            Some(x) => x,
            None => return (0.0, 1),
        }
    } else {
        if !decimal_ok(&clean) {
            return (0.0, 1);
        }
        let Ok(text) = std::str::from_utf8(&clean) else { return (0.0, 1) };
        let parsed = if bits32 { text.parse::<f32>().map(|x| x as f64) } else { text.parse::<f64>() };
        match parsed {
            Ok(x) => x,
            Err(_) => return (0.0, 1),
        }
    };
    let x = signed(x);
    (x, if x.is_infinite() { 2 } else { 0 })
}

/// digits [. digits] [e [+-] digits], with at least one mantissa digit.
fn decimal_ok(s: &[u8]) -> bool {
    let mut i = 0;
    let mut digits = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return false;
    }
    if i < s.len() && (s[i] | 0x20) == b'e' {
        i += 1;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    i == s.len()
}

/// The part after `0x`: hex digits [. hex digits] p [+-] digits, rounded to nearest even.
fn parse_hex(s: &[u8], bits32: bool) -> Option<f64> {
    let mut i = 0;
    let (mut mant, mut exp, mut digits, mut sticky) = (0u64, 0i64, 0, false);
    let mut seen_point = false;
    while i < s.len() {
        let c = s[i];
        if c == b'.' && !seen_point {
            seen_point = true;
            i += 1;
            continue;
        }
        let Some(d) = (c as char).to_digit(16) else { break };
        digits += 1;
        if mant >> 56 == 0 {
            mant = mant << 4 | d as u64;
            if seen_point {
                exp -= 4;
            }
        } else {
            sticky |= d != 0;
            if !seen_point {
                exp += 4;
            }
        }
        i += 1;
    }
    if digits == 0 || i >= s.len() || (s[i] | 0x20) != b'p' {
        return None;
    }
    i += 1;
    let neg = match s.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let start = i;
    let mut e: i64 = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        e = (e * 10 + (s[i] - b'0') as i64).min(1 << 40);
        i += 1;
    }
    if i == start || i != s.len() {
        return None;
    }
    let exp = exp + if neg { -e } else { e };
    Some(round_binary(mant, sticky, exp, bits32))
}

/// `mant * 2^exp` (plus a little when `sticky`) rounded to the nearest float (ties to even).
fn round_binary(mut mant: u64, sticky: bool, mut exp: i64, bits32: bool) -> f64 {
    if mant == 0 {
        return 0.0;
    }
    let (mbits, emin, emax) = if bits32 { (24, -149i64, 127i64) } else { (53, -1074i64, 1023i64) };
    let mut sticky = sticky;
    // Normalise so the mantissa has exactly `mbits` bits, or fewer for subnormals.
    let len = 64 - mant.leading_zeros() as i64;
    let top = exp + len - 1; // the exponent of the leading bit
    if top > emax {
        return f64::INFINITY;
    }
    let keep = (top - emin + 1).min(mbits);
    if keep <= 0 {
        // Below the smallest subnormal: it, if more than halfway there, else zero.
        let above_half = top == emin - 1 && (mant & (mant - 1) != 0 || sticky);
        return if above_half { tiny(bits32) } else { 0.0 };
    }
    let drop = len - keep;
    if drop > 0 {
        let half = 1u64 << (drop - 1);
        let rest = mant & ((half << 1) - 1);
        mant >>= drop;
        exp += drop;
        sticky |= rest & (half - 1) != 0;
        if rest > half || rest == half && (sticky || mant & 1 == 1) {
            mant += 1;
        }
    }
    let x = mant as f64 * (2f64).powi((exp - (exp.max(-1000))) as i32) * 2f64.powi(exp.max(-1000) as i32);
    if bits32 {
        let y = x as f32;
        if y.is_infinite() {
            return f64::INFINITY;
        }
        return y as f64;
    }
    x
}

/// The smallest subnormal.
fn tiny(bits32: bool) -> f64 {
    if bits32 {
        f32::from_bits(1) as f64
    } else {
        f64::from_bits(1)
    }
}

/// Go's underscoreOK: underscores only between digits (or after a base prefix).
fn underscores_ok(s: &[u8]) -> bool {
    if !s.contains(&b'_') {
        return true;
    }
    let mut saw = b'^';
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(s[1] | 0x20, b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = (s[1] | 0x20) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() || hex && (c | 0x20).is_ascii_hexdigit() {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
        i += 1;
    }
    saw != b'_'
}

//! The printer's flags, width and precision, and the padded output of numbers, strings and
//! bytes under them (Go's `fmt/format.go`).

use super::quote::{self, Escape};
use crate::runtime::format::format_float;

const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// The digits of a base: lower or upper case hexadecimal.
pub(crate) fn digits(upper: bool) -> &'static [u8; 17] {
    if upper {
        UDIGITS
    } else {
        LDIGITS
    }
}

/// The options of one verb. `sharp_v` and `plus_v` are `#` and `+` given to `%v`.
#[derive(Clone, Copy, Default)]
pub(crate) struct Flags {
    pub sharp: bool,
    pub zero: bool,
    pub plus: bool,
    pub minus: bool,
    pub space: bool,
    pub sharp_v: bool,
    pub plus_v: bool,
    pub wid: Option<usize>,
    pub prec: Option<usize>,
}

/// The output buffer and the current verb's options.
#[derive(Default)]
pub(crate) struct Fmt {
    pub buf: Vec<u8>,
    pub f: Flags,
}

impl Fmt {
    pub fn clear_flags(&mut self) {
        self.f = Flags::default();
    }

    fn write_padding(&mut self, n: usize) {
        let pad = if self.f.zero && !self.f.minus { b'0' } else { b' ' };
        self.buf.extend(std::iter::repeat_n(pad, n));
    }

    /// Appends `b`, padded to the width with spaces (or zeros) on the left, or on the right
    /// under `-`. The width counts runes.
    pub fn pad(&mut self, b: &[u8]) {
        let Some(wid) = self.f.wid.filter(|&w| w != 0) else {
            self.buf.extend_from_slice(b);
            return;
        };
        let n = wid.saturating_sub(rune_count(b));
        if self.f.minus {
            self.buf.extend_from_slice(b);
            self.write_padding(n);
        } else {
            self.write_padding(n);
            self.buf.extend_from_slice(b);
        }
    }

    fn pad_no_zero(&mut self, b: &[u8]) {
        let zero = self.f.zero;
        self.f.zero = false;
        self.pad(b);
        self.f.zero = zero;
    }

    pub fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// %U: U+0078, and with `#` U+0078 'x'.
    pub fn fmt_unicode(&mut self, u: u64) {
        let prec = self.f.prec.filter(|&p| p > 4).unwrap_or(4);
        let mut s = format!("U+{u:0prec$X}").into_bytes();
        if self.f.sharp && u <= 0x10ffff && quote::is_print(u as u32) {
            s.extend_from_slice(b" '");
            quote::push_rune(&mut s, u as u32);
            s.push(b'\'');
        }
        self.pad_no_zero(&s);
    }

    /// An integer in `base` (2, 8, 10 or 16): sign, `#` prefixes, precision as a minimum
    /// number of digits, zero padding to the width.
    pub fn fmt_integer(&mut self, u: u64, base: u64, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative { (u as i64).unsigned_abs() } else { u };
        let mut prec = 0;
        if let Some(p) = self.f.prec {
            prec = p;
            if p == 0 && u == 0 {
                let zero = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid.unwrap_or(0));
                self.f.zero = zero;
                return;
            }
        } else if let (true, false, Some(w)) = (self.f.zero, self.f.minus, self.f.wid) {
            prec = w;
            if negative || self.f.plus || self.f.space {
                prec = prec.saturating_sub(1); // room for the sign
            }
        }
        // Digits are written backwards, then reversed: on the stack unless a precision or
        // width asks for many.
        let mut stack = [0u8; 80];
        let mut heap = Vec::new();
        let mut rev = Digits { stack: &mut stack, len: 0, heap: &mut heap, big: prec > 70 };
        loop {
            rev.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
        while rev.len() < prec {
            rev.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => {
                    rev.push(digits[16]);
                    rev.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if self.f.plus {
            rev.push(b'+');
        } else if self.f.space {
            rev.push(b' ');
        }
        let b = rev.reversed();
        self.pad_no_zero(b);
    }

    /// `s` cut to the precision, counted in runes.
    fn truncate<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if let Some(p) = self.f.prec {
            let mut i = 0;
            for _ in 0..p {
                if i >= s.len() {
                    break;
                }
                i += quote::decode_rune(&s[i..]).1;
            }
            return &s[..i.min(s.len())];
        }
        s
    }

    /// %s of a string or byte slice.
    pub fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// %x and %X of a string or byte slice: two digits per byte, `#` adds 0x, space
    /// separates bytes.
    pub fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let length = self.f.prec.map_or(s.len(), |p| p.min(s.len()));
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if let Some(w) = self.f.wid {
                self.write_padding(w);
            }
            return;
        }
        let wid = self.f.wid.unwrap_or(0);
        if wid > width && !self.f.minus {
            self.write_padding(wid - width);
        }
        if self.f.sharp {
            self.buf.extend_from_slice(&[b'0', digits[16]]);
        }
        for (i, &c) in s[..length].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.extend_from_slice(&[b'0', digits[16]]);
                }
            }
            self.buf.extend_from_slice(&[digits[(c >> 4) as usize], digits[(c & 15) as usize]]);
        }
        if wid > width && self.f.minus {
            self.write_padding(wid - width);
        }
    }

    /// %q of a string: Go-quoted (ASCII only under `+`), or backquoted under `#` when it can be.
    pub fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.f.sharp && quote::can_backquote(s) {
            let mut b = vec![b'`'];
            b.extend_from_slice(s);
            b.push(b'`');
            self.pad(&b);
            return;
        }
        let mut b = Vec::with_capacity(s.len() + 2);
        quote::quote_with(&mut b, s, b'"', Escape { ascii: self.f.plus, graphic: false });
        self.pad(&b);
    }

    /// %c: the rune (U+FFFD if out of range).
    pub fn fmt_c(&mut self, c: u64) {
        let r = if c > 0x10ffff { 0xfffd } else { c as u32 };
        let mut b = Vec::new();
        quote::push_rune(&mut b, r);
        self.pad(&b);
    }

    /// %q of an integer: a single-quoted rune.
    pub fn fmt_qc(&mut self, c: u64) {
        let r = if c > 0x10ffff { 0xfffd } else { c as u32 };
        let mut b = Vec::new();
        quote::quote_rune(&mut b, r, Escape { ascii: self.f.plus, graphic: false });
        self.pad(&b);
    }

    /// A float in strconv format `verb` with `prec` digits unless the precision flag is set;
    /// sign, `#` (keep the point and trailing zeros) and zero padding as Go does.
    pub fn fmt_float(&mut self, v: f64, size: u32, verb: char, prec: i32) {
        let prec = self.f.prec.map_or(prec, |p| p.min(i32::MAX as usize) as i32);
        let mut num = vec![b'+'];
        num.extend_from_slice(format_float(v, verb as u8, prec, size).as_bytes());
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad_no_zero(&num);
            return;
        }
        if self.f.sharp && verb != 'b' {
            self.sharp_float(&mut num, verb, prec);
        }
        if self.f.plus || num[0] != b'+' {
            if let (true, false, Some(w)) = (self.f.zero, self.f.minus, self.f.wid) {
                if w > num.len() {
                    self.buf.push(num[0]);
                    self.write_padding(w - num.len());
                    self.buf.extend_from_slice(&num[1..]);
                    return;
                }
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    /// `#` on a float: a decimal point always, and %g's trailing zeros kept.
    fn sharp_float(&mut self, num: &mut Vec<u8>, verb: char, prec: i32) {
        let mut digits: i32 = match verb {
            'v' | 'g' | 'G' | 'x' => {
                if prec == -1 {
                    6
                } else {
                    prec
                }
            }
            _ => 0,
        };
        let mut tail = Vec::new();
        let mut has_point = false;
        let mut saw_nonzero = false;
        let mut i = 1;
        while i < num.len() {
            match num[i] {
                b'.' => has_point = true,
                b'p' | b'P' => {
                    tail = num.split_off(i);
                    break;
                }
                b'e' | b'E' if verb != 'x' && verb != 'X' => {
                    tail = num.split_off(i);
                    break;
                }
                c => {
                    if c != b'0' {
                        saw_nonzero = true;
                    }
                    if saw_nonzero {
                        digits -= 1;
                    }
                }
            }
            i += 1;
        }
        if !has_point {
            if num.len() == 2 && num[1] == b'0' {
                digits -= 1;
            }
            num.push(b'.');
        }
        while digits > 0 {
            num.push(b'0');
            digits -= 1;
        }
        num.extend_from_slice(&tail);
    }
}

/// A number's characters, pushed last first.
struct Digits<'a> {
    stack: &'a mut [u8; 80],
    len: usize,
    heap: &'a mut Vec<u8>,
    big: bool,
}

impl Digits<'_> {
    fn push(&mut self, c: u8) {
        if self.big {
            self.heap.push(c);
        } else {
            self.stack[self.len] = c;
            self.len += 1;
        }
    }

    fn extend_from_slice(&mut self, cs: &[u8]) {
        for &c in cs {
            self.push(c);
        }
    }

    fn len(&self) -> usize {
        if self.big {
            self.heap.len()
        } else {
            self.len
        }
    }

    fn last(&self) -> Option<&u8> {
        if self.big {
            self.heap.last()
        } else {
            self.stack[..self.len].last()
        }
    }

    /// The characters in reading order.
    fn reversed(&mut self) -> &[u8] {
        let b: &mut [u8] = if self.big { self.heap } else { &mut self.stack[..self.len] };
        b.reverse();
        b
    }
}

/// The number of runes in `b` (each invalid byte counts as one).
pub(crate) fn rune_count(b: &[u8]) -> usize {
    if b.is_ascii() {
        return b.len();
    }
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        i += quote::decode_rune(&b[i..]).1.max(1);
        n += 1;
    }
    n
}

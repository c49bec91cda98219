//! Printf's format strings (Go's `doPrintf`): flags, width and precision (literal or `*`),
//! explicit argument indexes `%[n]`, and the `%!` forms of what goes wrong.

use super::rtype_name;
use super::values::Printer;
use crate::runtime::value::{RType, Value};

/// Go's bound on widths and precisions: larger numbers are errors, not allocations.
fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// A decimal number at `s[start..end]`: its value, whether there was one, and where it ends.
fn parse_num(s: &[u8], start: usize, end: usize) -> (usize, bool, usize) {
    let (mut num, mut isnum, mut i) = (0i64, false, start);
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + (s[i] - b'0') as i64;
        isnum = true;
        i += 1;
    }
    (num as usize, isnum, i)
}

/// The operand at `arg_num` as a width or precision: an integer of any kind that fits.
fn int_from_arg(a: &[Value], arg_num: usize) -> (i64, bool, usize) {
    let Some(arg) = a.get(arg_num) else { return (0, false, arg_num) };
    let (mut num, mut ok) = (0, false);
    if let Value::Iface(iv) = arg {
        if let RType::Int(k) = iv.0.underlying() {
            let n = iv.1.int();
            if !k.is_unsigned() || n >= 0 {
                (num, ok) = (n, true);
            }
        }
    }
    if too_large(num) {
        (num, ok) = (0, false);
    }
    (num, ok, arg_num + 1)
}

/// Printf state beyond the printer: which operand is next and whether indexes reordered them.
struct Cursor {
    arg_num: usize,
    reordered: bool,
    good_arg_num: bool,
}

impl Cursor {
    /// An argument index `[n]` at `i`, if any: the new operand number and position, and
    /// whether one was found.
    fn arg_number(&mut self, format: &[u8], i: usize, num_args: usize) -> (usize, bool) {
        if format.get(i) != Some(&b'[') {
            return (i, false);
        }
        self.reordered = true;
        let rest = &format[i..];
        let (index, wid, ok) = parse_arg_number(rest);
        if ok && index >= 0 && (index as usize) < num_args {
            self.arg_num = index as usize;
            return (i + wid, true);
        }
        self.good_arg_num = false;
        (i + wid, ok)
    }
}

/// `[n]` at the start of `format`: n-1, the length taken, whether it parsed.
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parse_num(format, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width as i64 - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

impl Printer<'_> {
    /// Printf: `format` with operands `a`.
    pub fn do_printf(&mut self, format: &[u8], a: &[Value]) {
        let end = format.len();
        let mut c = Cursor { arg_num: 0, reordered: false, good_arg_num: true };
        let mut after_index;
        let mut i = 0;
        'format: while i < end {
            c.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            self.fmt.buf.extend_from_slice(&format[lasti..i]);
            if i >= end {
                break;
            }
            i += 1;
            self.fmt.clear_flags();
            while i < end {
                match format[i] {
                    b'#' => self.fmt.f.sharp = true,
                    b'0' => self.fmt.f.zero = true,
                    b'+' => self.fmt.f.plus = true,
                    b'-' => self.fmt.f.minus = true,
                    b' ' => self.fmt.f.space = true,
                    ch => {
                        // The common case: a lower-case verb and no more options.
                        if ch.is_ascii_lowercase() && c.arg_num < a.len() {
                            if ch == b'w' {
                                self.wrapped_errs.push(c.arg_num);
                            }
                            if ch == b'v' || ch == b'w' {
                                self.fmt.f.sharp_v = self.fmt.f.sharp;
                                self.fmt.f.sharp = false;
                                self.fmt.f.plus_v = self.fmt.f.plus;
                                self.fmt.f.plus = false;
                            }
                            self.print_arg(&a[c.arg_num], ch as char);
                            c.arg_num += 1;
                            i += 1;
                            continue 'format;
                        }
                        break;
                    }
                }
                i += 1;
            }
            (i, after_index) = c.arg_number(format, i, a.len());
            if i < end && format[i] == b'*' {
                i += 1;
                let (w, ok, n) = int_from_arg(a, c.arg_num);
                c.arg_num = n;
                self.fmt.f.wid = ok.then_some(w.unsigned_abs() as usize);
                if !ok {
                    self.fmt.buf.extend_from_slice(b"%!(BADWIDTH)");
                }
                if w < 0 {
                    self.fmt.f.minus = true;
                    self.fmt.f.zero = false;
                }
                after_index = false;
            } else {
                let (w, present, ni) = parse_num(format, i, end);
                i = ni;
                self.fmt.f.wid = present.then_some(w);
                if after_index && present {
                    c.good_arg_num = false;
                }
            }
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    c.good_arg_num = false;
                }
                (i, after_index) = c.arg_number(format, i, a.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (p, ok, n) = int_from_arg(a, c.arg_num);
                    c.arg_num = n;
                    self.fmt.f.prec = (ok && p >= 0).then_some(p as usize);
                    if !ok || p < 0 {
                        self.fmt.buf.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (p, _, ni) = parse_num(format, i, end);
                    i = ni;
                    self.fmt.f.prec = Some(p);
                }
            }
            if !after_index {
                (i, _) = c.arg_number(format, i, a.len());
            }
            if i >= end {
                self.fmt.buf.extend_from_slice(b"%!(NOVERB)");
                break;
            }
            let (r, size) = super::quote::decode_rune(&format[i..]);
            let verb = char::from_u32(r).unwrap_or('\u{fffd}');
            i += size;
            match verb {
                '%' => self.fmt.buf.push(b'%'),
                _ if !c.good_arg_num => self.bad_arg(verb, "(BADINDEX)"),
                _ if c.arg_num >= a.len() => self.bad_arg(verb, "(MISSING)"),
                _ => {
                    if verb == 'w' {
                        self.wrapped_errs.push(c.arg_num);
                    }
                    if verb == 'v' || verb == 'w' {
                        self.fmt.f.sharp_v = self.fmt.f.sharp;
                        self.fmt.f.sharp = false;
                        self.fmt.f.plus_v = self.fmt.f.plus;
                        self.fmt.f.plus = false;
                    }
                    self.print_arg(&a[c.arg_num], verb);
                    c.arg_num += 1;
                }
            }
        }
        self.reordered = c.reordered;
        if !c.reordered && c.arg_num < a.len() {
            self.fmt.clear_flags();
            self.fmt.buf.extend_from_slice(b"%!(EXTRA ");
            for (k, arg) in a[c.arg_num..].iter().enumerate() {
                if k > 0 {
                    self.fmt.buf.extend_from_slice(b", ");
                }
                match arg {
                    Value::Iface(iv) => {
                        self.fmt.buf.extend_from_slice(rtype_name(&iv.0).as_bytes());
                        self.fmt.buf.push(b'=');
                        self.print_arg(arg, 'v');
                    }
                    _ => self.fmt.buf.extend_from_slice(b"<nil>"),
                }
            }
            self.fmt.buf.push(b')');
        }
    }

    fn bad_arg(&mut self, verb: char, what: &str) {
        self.fmt.buf.extend_from_slice(b"%!");
        let mut b = [0; 4];
        self.fmt.buf.extend_from_slice(verb.encode_utf8(&mut b).as_bytes());
        self.fmt.buf.extend_from_slice(what.as_bytes());
    }

    /// Print: spaces between operands when neither is a string.
    pub fn do_print(&mut self, a: &[Value]) {
        let mut prev_string = false;
        for (i, arg) in a.iter().enumerate() {
            let is_string = matches!(arg, Value::Iface(iv) if *iv.0.underlying() == RType::String);
            if i > 0 && !is_string && !prev_string {
                self.fmt.buf.push(b' ');
            }
            self.print_arg(arg, 'v');
            prev_string = is_string;
        }
    }

    /// Println: spaces between all operands, and a newline.
    pub fn do_println(&mut self, a: &[Value]) {
        for (i, arg) in a.iter().enumerate() {
            if i > 0 {
                self.fmt.buf.push(b' ');
            }
            self.print_arg(arg, 'v');
        }
        self.fmt.buf.push(b'\n');
    }
}

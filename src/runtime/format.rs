//! Formatting scalars as Go prints them (`fmt`'s `%v` and friends, strconv's shortest
//! floats). Shared by the fmt natives and by panic messages.

/// A float as `%v` prints it (strconv's shortest 'g'): the shortest decimal that round-trips,
/// in %e form when the exponent is < -4 or >= 6 (or the digit count), e.g. `3.14`, `1e+06`, `1e-05`.
pub fn float_v(f: f64, bits32: bool) -> String {
    format_float(f, b'g', -1, if bits32 { 32 } else { 64 })
}

/// A float in fixed notation with `prec` digits after the point (`%.2f`).
pub fn float_f(f: f64, prec: usize) -> String {
    format_float(f, b'f', prec.min(i32::MAX as usize) as i32, 64)
}

/// strconv.FormatFloat: `f` (rounded to a float32 first when `bits` is 32) in format `fmt`
/// ('b' 'e' 'E' 'f' 'g' 'G' 'x' 'X'; any other prints as `%` and the byte) with `prec`
/// digits (-1: the fewest that read back exactly). After Go's `internal/strconv/ftoa.go`.
pub fn format_float(f: f64, fmt: u8, prec: i32, bits: u32) -> String {
    let mut out = String::new();
    let (neg, mant, exp, mant_bits) = if bits == 32 {
        let b = (f as f32).to_bits();
        (b >> 31 != 0, (b & 0x7f_ffff) as u64, ((b >> 23) & 0xff) as i32, 23)
    } else {
        let b = f.to_bits();
        (b >> 63 != 0, b & ((1 << 52) - 1), ((b >> 52) & 0x7ff) as i32, 52)
    };
    let (exp_max, bias) = if bits == 32 { (0xff, -127) } else { (0x7ff, -1023) };
    if exp == exp_max {
        return if mant != 0 {
            "NaN"
        } else if neg {
            "-Inf"
        } else {
            "+Inf"
        }
        .to_string();
    }
    // The value as mant * 2^(exp - mant_bits), with the implicit bit made explicit.
    let (mant, exp) = if exp == 0 { (mant, 1 + bias) } else { (mant | 1 << mant_bits, exp + bias) };
    match fmt {
        b'b' => {
            if neg {
                out.push('-');
            }
            let e = exp - mant_bits;
            out.push_str(&format!("{mant}p{}{e}", if e >= 0 { "+" } else { "" }));
            return out;
        }
        b'x' | b'X' => return fmt_x(prec, fmt, neg, mant, exp, mant_bits),
        b'e' | b'E' | b'f' | b'g' | b'G' => {}
        _ => return format!("%{}", fmt as char),
    }
    let abs = if bits == 32 { (f as f32).abs() as f64 } else { f.abs() };
    if fmt == b'f' && prec >= 0 {
        // Rust's fixed notation rounds exactly as Go's does (correctly, ties to even).
        let digits = format!("{abs:.*}", prec as usize);
        return if neg { format!("-{digits}") } else { digits };
    }
    let (digits, dp, prec, shortest) = if mant == 0 {
        (Vec::new(), 0, prec, prec < 0)
    } else if prec < 0 {
        let (d, dp) = shortest_digits(abs, bits == 32);
        let nd = d.len() as i32;
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - dp).max(0),
            _ => nd,
        };
        (d, dp, prec, true)
    } else {
        match fmt {
            b'f' => {
                let (d, dp) = fixed_digits(abs, prec);
                (d, dp, prec, false)
            }
            _ => {
                let prec = if matches!(fmt, b'g' | b'G') { prec.max(1) } else { prec };
                let n = if matches!(fmt, b'e' | b'E') { prec.saturating_add(1) } else { prec };
                let (d, dp) = sig_digits(abs, n);
                (d, dp, prec, false)
            }
        }
    };
    fmt_efg(&mut out, neg, &digits, dp, prec, fmt, shortest);
    out
}

/// The shortest decimal digits that read back as `f` (> 0), and where the point goes.
fn shortest_digits(f: f64, bits32: bool) -> (Vec<u8>, i32) {
    let sci = if bits32 { format!("{:e}", f as f32) } else { format!("{f:e}") };
    let (digits, dp) = split_sci(&sci);
    // Of the decimals with that many digits that read back as `f`, Go prints the one
    // closest to `f` (ties to even); Rust may print another (2023347301156851.25 has
    // both …851.2 and …851.3): take the correctly rounded one when it reads back.
    let n = digits.len();
    let rounded = format!("{:.*e}", n - 1, f);
    let reads_back = if bits32 {
        rounded.parse::<f32>().is_ok_and(|r| r == f as f32)
    } else {
        rounded.parse::<f64>().is_ok_and(|r| r == f)
    };
    if reads_back {
        return split_sci(&rounded);
    }
    (digits, dp)
}

/// `f` (> 0) rounded to `n` significant digits (ties to even, as Go does), without the
/// trailing zeros, and where the point goes.
fn sig_digits(f: f64, n: i32) -> (Vec<u8>, i32) {
    let sci = format!("{:.*e}", (n.max(1) - 1) as usize, f);
    let (mut d, dp) = split_sci(&sci);
    while d.last() == Some(&b'0') {
        d.pop();
    }
    (d, dp)
}

/// `f` (> 0) rounded to `prec` digits after the point: its significant digits (none if it
/// rounds to zero) and where the point goes.
fn fixed_digits(f: f64, prec: i32) -> (Vec<u8>, i32) {
    let s = format!("{:.*}", prec as usize, f);
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let all: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let lead = all.iter().take_while(|&&c| c == b'0').count();
    if lead == all.len() {
        return (Vec::new(), 0);
    }
    let dp = int.len() as i32 - lead as i32;
    let mut d = all[lead..].to_vec();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    (d, dp)
}

/// Rust's "d.ddde±x" as digits and decimal point position.
fn split_sci(sci: &str) -> (Vec<u8>, i32) {
    let (m, e) = sci.split_once('e').unwrap_or((sci, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    (m.bytes().filter(u8::is_ascii_digit).collect(), e + 1)
}

/// %e, %f and %g of decimal digits `s` with the point at `dp` (Go's fmtEFG).
fn fmt_efg(out: &mut String, neg: bool, s: &[u8], dp: i32, mut prec: i32, mut fmt: u8, shortest: bool) {
    let nd = s.len() as i32;
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        // %e when the exponent is < -4 or >= the precision (6 for the shortest digits).
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    if neg {
        out.push('-');
    }
    let digit = |i: i32| -> char {
        if i >= 0 && i < nd {
            s[i as usize] as char
        } else {
            '0'
        }
    };
    if fmt == b'e' || fmt == b'E' {
        out.push(if nd != 0 { s[0] as char } else { '0' });
        if prec > 0 {
            out.push('.');
            for i in 1..=prec {
                out.push(digit(i));
            }
        }
        out.push(fmt as char);
        let exp = if nd == 0 { 0 } else { dp - 1 };
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
        return;
    }
    // %f
    if dp > 0 {
        for i in 0..dp {
            out.push(digit(i));
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 0..prec {
            out.push(digit(dp + i));
        }
    }
}

/// %x and %X: -0x1.yyyyyyp±dd (Go's fmtX).
fn fmt_x(prec: i32, fmt: u8, neg: bool, mant: u64, exp: i32, mant_bits: i32) -> String {
    let mut exp = if mant == 0 { 0 } else { exp };
    let mut mant = mant << (60 - mant_bits);
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push('0');
    out.push(fmt as char);
    out.push((b'0' + ((mant >> 60) & 1) as u8) as char);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push('.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize] as char);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push('.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize] as char);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { 'P' } else { 'p' });
    out.push(if exp < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", exp.abs()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortest_floats_as_go_prints_them() {
        assert_eq!(float_v(3.14, false), "3.14");
        assert_eq!(float_v(1e21, false), "1e+21");
        assert_eq!(float_v(1e20, false), "1e+20");
        assert_eq!(float_v(123456.0, false), "123456");
        assert_eq!(float_v(1234567.0, false), "1.234567e+06");
        assert_eq!(float_v(0.00001, false), "1e-05");
        assert_eq!(float_v(0.0001, false), "0.0001");
        assert_eq!(float_v(-2.5, false), "-2.5");
        assert_eq!(float_v(100.0, false), "100");
        assert_eq!(float_v(1.0 / 3.0, false), "0.3333333333333333");
        assert_eq!(float_v(0.1, true), "0.1");
        assert_eq!(float_v(f64::INFINITY, false), "+Inf");
        assert_eq!(float_v(-0.0, false), "-0");
        assert_eq!(float_v(123456789.0, false), "1.23456789e+08");
    }

    #[test]
    fn format_float_as_strconv() {
        assert_eq!(format_float(1234.5678, b'e', 3, 64), "1.235e+03");
        assert_eq!(format_float(0.0, b'e', -1, 64), "0e+00");
        assert_eq!(format_float(1.0, b'x', -1, 64), "0x1p+00");
        assert_eq!(format_float(-1.5, b'b', -1, 64), "-6755399441055744p-52");
        assert_eq!(format_float(100000.0, b'g', 5, 64), "1e+05");
        assert_eq!(format_float(0.1, b'g', -1, 32), "0.1");
        assert_eq!(format_float(2.5, b'f', 0, 64), "2");
        assert_eq!(format_float(1.0, b'z', 2, 64), "%z");
    }

    #[test]
    fn fixed_floats() {
        assert_eq!(float_f(3.14159, 2), "3.14");
        assert_eq!(float_f(2.5, 0), "2");
        assert_eq!(float_f(1.0, 3), "1.000");
    }
}

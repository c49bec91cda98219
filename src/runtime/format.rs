//! Formatting scalars as Go prints them (`fmt`'s `%v` and friends, strconv's shortest
//! floats). Shared by the fmt natives and by panic messages.

/// A float as `%v` prints it (strconv's shortest 'g'): the shortest decimal that round-trips,
/// in %e form when the exponent is < -4 or >= the precision (6 for shortest, or the digit
/// count when that is smaller and covers the integer part), e.g. `3.14`, `1e+06`, `1e-05`.
pub fn float_v(f: f64, bits32: bool) -> String {
    if f.is_nan() {
        return "NaN".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".to_string() } else { "-Inf".to_string() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0".to_string() } else { "0".to_string() };
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddde±x".
    let sci = if bits32 { format!("{:e}", f as f32) } else { format!("{f:e}") };
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    let (nd, dp) = (digits.len() as i32, exp + 1);
    let mut eprec = 6;
    if eprec > nd && nd >= dp {
        eprec = nd;
    }
    if exp < -4 || exp >= eprec {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    } else if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let point = exp as usize + 1;
        if digits.len() <= point {
            out.push_str(&digits);
            for _ in digits.len()..point {
                out.push('0');
            }
        } else {
            out.push_str(&digits[..point]);
            out.push('.');
            out.push_str(&digits[point..]);
        }
    }
    out
}

/// A float in fixed notation with `prec` digits after the point (`%.2f`), rounded as Go
/// does (correctly, half to even on exact ties).
pub fn float_f(f: f64, prec: usize) -> String {
    if f.is_nan() {
        return "NaN".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".to_string() } else { "-Inf".to_string() };
    }
    format!("{f:.prec$}")
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
    fn fixed_floats() {
        assert_eq!(float_f(3.14159, 2), "3.14");
        assert_eq!(float_f(2.5, 0), "2");
        assert_eq!(float_f(1.0, 3), "1.000");
    }
}

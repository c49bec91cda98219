//! Printf: the format string, its verbs, flags, width and precision.

use super::type_name;
use super::values::{format_v, format_verb};
use crate::runtime::value::Value;

/// fmt.Sprintf for the common verbs: %v %d %s %t %f %e %g %x %X %c %q %T %%, with flags
/// `-`, `0`, `+`, width and precision. Other verbs print as Go prints a bad verb.
pub(crate) fn sprintf(format: &[u8], vs: &[Value]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut args = vs.iter();
    let mut i = 0;
    while i < format.len() {
        let c = format[i];
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let (mut minus, mut zero, mut plus) = (false, false, false);
        while i < format.len() && matches!(format[i], b'-' | b'0' | b'+') {
            match format[i] {
                b'-' => minus = true,
                b'0' => zero = true,
                _ => plus = true,
            }
            i += 1;
        }
        let mut width = None;
        while i < format.len() && format[i].is_ascii_digit() {
            width = Some(width.unwrap_or(0) * 10 + (format[i] - b'0') as usize);
            i += 1;
        }
        let mut prec = None;
        if i < format.len() && format[i] == b'.' {
            i += 1;
            let mut p = 0;
            while i < format.len() && format[i].is_ascii_digit() {
                p = p * 10 + (format[i] - b'0') as usize;
                i += 1;
            }
            prec = Some(p);
        }
        let Some(&verb) = format.get(i) else {
            out.extend_from_slice(b"%!(NOVERB)");
            break;
        };
        i += 1;
        if verb == b'%' {
            out.push(b'%');
            continue;
        }
        let Some(arg) = args.next() else {
            out.extend_from_slice(format!("%!{}(MISSING)", verb as char).as_bytes());
            continue;
        };
        let mut text = format_verb(verb, arg, prec, plus);
        if let Some(w) = width {
            let len = String::from_utf8_lossy(&text).chars().count();
            if len < w {
                let pad = w - len;
                if minus {
                    text.extend(std::iter::repeat_n(b' ', pad));
                } else if zero && !matches!(verb, b's' | b'q' | b'c' | b'v' | b't') {
                    let sign = text.first().is_some_and(|c| *c == b'-' || *c == b'+');
                    let at = sign as usize;
                    text.splice(at..at, std::iter::repeat_n(b'0', pad));
                } else {
                    text.splice(0..0, std::iter::repeat_n(b' ', pad));
                }
            }
        }
        out.extend(text);
    }
    let extra: Vec<&Value> = args.collect();
    if !extra.is_empty() {
        out.extend_from_slice(b"%!(EXTRA ");
        for (k, v) in extra.iter().enumerate() {
            if k > 0 {
                out.extend_from_slice(b", ");
            }
            out.extend(type_name(v).into_bytes());
            out.push(b'=');
            out.extend(format_v(v));
        }
        out.push(b')');
    }
    out
}

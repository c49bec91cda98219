//! Package time's calendar natives: `Date`, `Time.Date`, `Clock`, `Weekday`, `YearDay`,
//! `Zone`, `Format`, `String`, `Round` and `Truncate`, after Go's time/time.go and format.go.
//!
//! A `Time` is `{sec, nsec, hasMono, mono, loc}`, `sec` counted from January 1, year 1
//! UTC; a `*Location` is `{name, offset, native}`. Zones: UTC (a nil location), fixed zones
//! (`FixedZone`), and zones of the system's database (`native` a handle of `time_zone.rs`;
//! -1 for Local).

use std::rc::Rc;

use super::time_zone;
use super::NativeFn;
use crate::runtime::frame::Frame;
use crate::runtime::panic::plain_error;
use crate::runtime::sync::with_fields;
use crate::runtime::value::{Str, Value};

const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "time.Date" => date,
        "time.Time.Date" => |fr, a| {
            let c = civil(&a[0]);
            fr.ret_multi = vec![Value::Int(c.year), Value::Int(c.month), Value::Int(c.day)];
        },
        "time.Time.Clock" => |fr, a| {
            let c = civil(&a[0]);
            fr.ret_multi = vec![Value::Int(c.hour), Value::Int(c.min), Value::Int(c.sec)];
        },
        "time.Time.Weekday" => |fr, a| fr.ret_word = civil(&a[0]).weekday as u64,
        "time.Time.YearDay" => |fr, a| fr.ret_word = civil(&a[0]).yday as u64,
        "time.Time.Zone" => |fr, a| {
            let (name, offset) = zone(&a[0]);
            fr.ret_multi = vec![str_value(name), Value::Int(offset)];
        },
        "time.Time.Format" => |fr, a| {
            let layout = String::from_utf8_lossy(a[1].str()).into_owned();
            fr.ret_val = str_value(format(&a[0], &layout));
        },
        "time.Time.String" => |fr, a| {
            let mut s = format(&a[0], "2006-01-02 15:04:05.999999999 -0700 MST");
            if let Value::Struct(f) = &a[0] {
                if f[2].bool() {
                    // The monotonic reading, in seconds since the program started.
                    let m = f[3].int();
                    let sign = if m < 0 { '-' } else { '+' };
                    let m = m.unsigned_abs();
                    s.push_str(&format!(" m={sign}{}.{:09}", m / 1_000_000_000, m % 1_000_000_000));
                }
            }
            fr.ret_val = str_value(s);
        },
        "time.loadZone" => |fr, a| fr.ret_word = time_zone::load(&String::from_utf8_lossy(a[0].str())) as u64,
        "time.lookupName" => |fr, a| {
            let name = String::from_utf8_lossy(a[1].str()).into_owned();
            let handle = with_fields(&a[0], |fs| fs[2].int());
            let zone = if handle == 0 { None } else { time_zone::get(handle) };
            let offset = zone.and_then(|z| z.lookup_name(&name, a[2].int()));
            fr.ret_multi = vec![Value::Int(offset.unwrap_or(0)), Value::Bool(offset.is_some())];
        },
        "time.Time.IsDST" => |fr, a| {
            let dst = match &a[0] {
                Value::Struct(f) => loc_lookup(&f[4], f[0].int() - UNIX_TO_INTERNAL).dst,
                _ => false,
            };
            fr.ret_word = dst as u64;
        },
        "time.Time.Round" => |fr, a| fr.ret_val = round(&a[0], a[1].int(), true),
        "time.Time.Truncate" => |fr, a| fr.ret_val = round(&a[0], a[1].int(), false),
        _ => return None,
    })
}

/// `t.Round(d)` and `t.Truncate(d)`: t without its monotonic reading, rounded (half up) or
/// truncated to a multiple of d since the zero time; d <= 0 only strips the reading.
fn round(t: &Value, d: i64, half_up: bool) -> Value {
    let Value::Struct(f) = t else { return t.clone() };
    let mut fields = (**f).clone();
    fields[2] = Value::Bool(false);
    fields[3] = Value::Int(0);
    if d > 0 {
        let total = fields[0].int() as i128 * 1_000_000_000 + fields[1].int() as i128;
        let d = d as i128;
        let r = total.rem_euclid(d);
        let t = if half_up && r + r >= d { total - r + d } else { total - r };
        fields[0] = Value::Int(t.div_euclid(1_000_000_000) as i64);
        fields[1] = Value::Int(t.rem_euclid(1_000_000_000) as i64);
    }
    Value::Struct(Rc::new(fields))
}

fn str_value(s: String) -> Value {
    Value::Str(Str::from_bytes(s.into_bytes()))
}

/// The zone name and offset (seconds east of UTC) of a `*Location` at `unix`.
fn loc_zone(loc: &Value, unix: i64) -> (String, i64) {
    let l = loc_lookup(loc, unix);
    (l.name, l.offset)
}

/// The zone of a `*Location` in effect at `unix`, and the interval it holds for.
fn loc_lookup(loc: &Value, unix: i64) -> time_zone::Lookup {
    let fixed = |name: String, offset| time_zone::Lookup { name, offset, start: i64::MIN, end: i64::MAX, dst: false };
    if matches!(loc, Value::Nil) {
        return fixed("UTC".to_string(), 0);
    }
    let (name, offset, handle) =
        with_fields(loc, |fs| (String::from_utf8_lossy(fs[0].str()).into_owned(), fs[1].int(), fs[2].int()));
    if handle == 0 {
        return fixed(name, offset);
    }
    match time_zone::get(handle) {
        Some(z) => z.lookup(unix),
        // Local time without a zone database entry is UTC.
        None => fixed("UTC".to_string(), 0),
    }
}

fn zone(t: &Value) -> (String, i64) {
    match t {
        Value::Struct(f) => loc_zone(&f[4], f[0].int() - UNIX_TO_INTERNAL),
        _ => ("UTC".to_string(), 0),
    }
}

/// A time's fields in its zone.
struct Civil {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    min: i64,
    sec: i64,
    nsec: i64,
    weekday: i64,
    yday: i64,
    zone: String,
    offset: i64,
}

fn civil(t: &Value) -> Civil {
    let Value::Struct(f) = t else { return civil_at(0, 0, "UTC".to_string(), 0) };
    let unix = f[0].int() - UNIX_TO_INTERNAL;
    let (zone, offset) = loc_zone(&f[4], unix);
    civil_at(unix, f[1].int(), zone, offset)
}

fn civil_at(unix: i64, nsec: i64, zone: String, offset: i64) -> Civil {
    let local = unix + offset;
    let days = local.div_euclid(86400);
    let secs = local.rem_euclid(86400);
    let (year, month, day) = civil_from_days(days);
    let yday = days - days_from_civil(year, 1, 1) + 1;
    Civil {
        year,
        month,
        day,
        hour: secs / 3600,
        min: secs / 60 % 60,
        sec: secs % 60,
        nsec,
        weekday: (days + 4).rem_euclid(7),
        yday,
        zone,
        offset,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub(super) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

pub(super) fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + (m <= 2) as i64;
    (y, m, d)
}

/// `time.Date(year, month, day, hour, min, sec, nsec, loc)`: out-of-range values carry
/// into the next larger unit, as Go normalizes them.
fn date(fr: &mut Frame, a: &[Value]) {
    let loc = a[7].clone();
    if matches!(loc, Value::Nil) {
        plain_error("time: missing Location in call to Date".to_string());
    }
    let (mut year, month, mut day) = (a[0].int(), a[1].int(), a[2].int());
    let (mut hour, mut min, mut sec, mut nsec) = (a[3].int(), a[4].int(), a[5].int(), a[6].int());
    let m = month - 1;
    year += m.div_euclid(12);
    let month = m.rem_euclid(12) + 1;
    sec += nsec.div_euclid(1_000_000_000);
    nsec = nsec.rem_euclid(1_000_000_000);
    min += sec.div_euclid(60);
    sec = sec.rem_euclid(60);
    hour += min.div_euclid(60);
    min = min.rem_euclid(60);
    day += hour.div_euclid(24);
    hour = hour.rem_euclid(24);
    let days = days_from_civil(year, month, 1) + day - 1;
    // The offset in effect at the local time, found as Go's Date does: look up the
    // instant as if it were UTC, and again if the result falls outside that zone's interval.
    let mut unix = days * 86400 + hour * 3600 + min * 60 + sec;
    let l = loc_lookup(&loc, unix);
    if l.offset != 0 {
        let utc = unix - l.offset;
        let offset = if utc < l.start || utc >= l.end { loc_lookup(&loc, utc).offset } else { l.offset };
        unix -= offset;
    }
    fr.ret_val = Value::Struct(Rc::new(vec![
        Value::Int(unix + UNIX_TO_INTERNAL),
        Value::Int(nsec),
        Value::Bool(false),
        Value::Int(0),
        loc,
    ]));
}

const LONG_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const LONG_DAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/// `t.Format(layout)`: each of Go's reference-time elements in the layout is replaced by
/// t's value; everything else is copied.
fn format(t: &Value, layout: &str) -> String {
    let c = civil(t);
    let mut out = String::new();
    let b = layout.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let rest = &layout[i..];
        let (n, text) = element(&c, rest);
        if n == 0 {
            let ch = rest.chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
        } else {
            out.push_str(&text);
            i += n;
        }
    }
    out
}

/// The reference-time element at the start of `s`: its length and t's text for it
/// (0: not an element).
fn element(c: &Civil, s: &str) -> (usize, String) {
    let hour12 = if c.hour % 12 == 0 { 12 } else { c.hour % 12 };
    // "Jan" and "Mon" followed by a lower-case letter are words, not elements ("Janet");
    // "_2006" is a literal "_" before the year.
    let word = |n: usize| s.len() > n && s.as_bytes()[n].is_ascii_lowercase();
    if (s.starts_with("Jan") && !s.starts_with("January") && word(3))
        || (s.starts_with("Mon") && !s.starts_with("Monday") && word(3))
    {
        return (1, s[..1].to_string());
    }
    if s.starts_with("_2006") {
        return (1, "_".to_string());
    }
    let z = |text: String| if c.offset == 0 { "Z".to_string() } else { text };
    let pairs: [(&str, &dyn Fn() -> String); 28] = [
        ("January", &|| LONG_MONTHS[(c.month - 1) as usize].to_string()),
        ("Jan", &|| LONG_MONTHS[(c.month - 1) as usize][..3].to_string()),
        ("Monday", &|| LONG_DAYS[c.weekday as usize].to_string()),
        ("Mon", &|| LONG_DAYS[c.weekday as usize][..3].to_string()),
        ("MST", &|| {
            if c.zone.is_empty() {
                offset_text(c.offset - c.offset % 60, false, false, false)
            } else {
                c.zone.clone()
            }
        }),
        ("2006", &|| format!("{:04}", c.year)),
        ("-070000", &|| offset_text(c.offset, false, true, false)),
        ("-07:00:00", &|| offset_text(c.offset, true, true, false)),
        ("-0700", &|| offset_text(c.offset, false, false, false)),
        ("-07:00", &|| offset_text(c.offset, true, false, false)),
        ("-07", &|| offset_text(c.offset, false, false, true)),
        ("Z070000", &|| z(offset_text(c.offset, false, true, false))),
        ("Z07:00:00", &|| z(offset_text(c.offset, true, true, false))),
        ("Z0700", &|| z(offset_text(c.offset, false, false, false))),
        ("Z07:00", &|| z(offset_text(c.offset, true, false, false))),
        ("Z07", &|| z(offset_text(c.offset, false, false, true))),
        ("__2", &|| format!("{:>3}", c.yday)),
        ("002", &|| format!("{:03}", c.yday)),
        ("01", &|| format!("{:02}", c.month)),
        ("02", &|| format!("{:02}", c.day)),
        ("_2", &|| format!("{:>2}", c.day)),
        ("03", &|| format!("{:02}", hour12)),
        ("04", &|| format!("{:02}", c.min)),
        ("05", &|| format!("{:02}", c.sec)),
        ("06", &|| format!("{:02}", c.year.rem_euclid(100))),
        ("15", &|| format!("{:02}", c.hour)),
        ("PM", &|| if c.hour >= 12 { "PM" } else { "AM" }.to_string()),
        ("pm", &|| if c.hour >= 12 { "pm" } else { "am" }.to_string()),
    ];
    for (pat, f) in pairs.iter() {
        if s.starts_with(pat) {
            return (pat.len(), f());
        }
    }
    // Fractional seconds: ".000" (fixed digits) or ".999" (trailing zeros dropped), also
    // with a comma, when not followed by another digit.
    let bytes = s.as_bytes();
    if bytes.len() >= 2 && (bytes[0] == b'.' || bytes[0] == b',') && (bytes[1] == b'0' || bytes[1] == b'9') {
        let digit = bytes[1];
        let n = bytes[1..].iter().take_while(|&&b| b == digit).count();
        let next_is_digit = bytes.get(1 + n).is_some_and(|b| b.is_ascii_digit());
        if !next_is_digit {
            let frac = format!("{:09}", c.nsec);
            let mut digits = frac[..n.min(9)].to_string();
            if digit == b'9' {
                while digits.ends_with('0') {
                    digits.pop();
                }
                if digits.is_empty() {
                    return (1 + n, String::new());
                }
            }
            return (1 + n, format!("{}{}", bytes[0] as char, digits));
        }
    }
    let single: [(&str, i64); 5] = [("1", c.month), ("2", c.day), ("3", hour12), ("4", c.min), ("5", c.sec)];
    for (pat, v) in single {
        if s.starts_with(pat) {
            return (1, v.to_string());
        }
    }
    (0, String::new())
}

/// A zone offset as `-0700`, `-07:00`, `-07:00:00` (`seconds`) or `-07` (`hours_only`).
fn offset_text(offset: i64, colon: bool, seconds: bool, hours_only: bool) -> String {
    let sign = if offset < 0 { '-' } else { '+' };
    let o = offset.abs();
    let (h, m, s) = (o / 3600, o / 60 % 60, o % 60);
    if hours_only {
        return format!("{sign}{h:02}");
    }
    let sep = if colon { ":" } else { "" };
    let mut t = format!("{sign}{h:02}{sep}{m:02}");
    if seconds {
        t.push_str(&format!("{sep}{s:02}"));
    }
    t
}

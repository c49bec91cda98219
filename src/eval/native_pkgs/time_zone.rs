//! Time zones from the system's zone database (TZif files under /usr/share/zoneinfo), for
//! `time.LoadLocation` and the local zone (`$TZ`, else /etc/localtime), after Go's
//! time/zoneinfo.go, zoneinfo_read.go and the POSIX TZ rules of its `tzset`.
//!
//! Loaded zones live in a table of the (single) interpreter thread; a `*Location` holds
//! its handle (index + 1; -1 is Local, loaded on first use).

use std::cell::RefCell;
use std::rc::Rc;

/// One kind of local time: its abbreviation, offset (seconds east of UTC), and whether it
/// is daylight saving time.
#[derive(Clone)]
struct Kind {
    name: String,
    offset: i64,
    dst: bool,
}

pub struct Zone {
    kinds: Vec<Kind>,
    /// Transitions: from `when` (Unix seconds) on, kind `kinds[k]`.
    trans: Vec<(i64, usize)>,
    /// The POSIX TZ rule for times after the last transition ("PST8PDT,M3.2.0,M11.1.0").
    extend: String,
}

/// What `lookup` tells of an instant: the zone in effect and the interval it holds for.
pub struct Lookup {
    pub name: String,
    pub offset: i64,
    pub start: i64,
    pub end: i64,
    pub dst: bool,
}

const ALPHA: i64 = i64::MIN;
const OMEGA: i64 = i64::MAX;

thread_local! {
    static ZONES: RefCell<Vec<Rc<Zone>>> = const { RefCell::new(Vec::new()) };
    static LOCAL: RefCell<Option<Option<Rc<Zone>>>> = const { RefCell::new(None) };
}

/// Loads the named zone; its handle, 0 if there is no such zone.
pub fn load(name: &str) -> i64 {
    let Some(zone) = read_zone(name) else { return 0 };
    ZONES.with(|z| {
        let mut z = z.borrow_mut();
        z.push(Rc::new(zone));
        z.len() as i64
    })
}

/// The zone of a handle: Local's (None when local time is UTC) for -1.
pub fn get(handle: i64) -> Option<Rc<Zone>> {
    if handle == -1 {
        return LOCAL.with(|l| {
            l.borrow_mut()
                .get_or_insert_with(|| match std::env::var("TZ") {
                    Err(_) => parse_tzif(&std::fs::read("/etc/localtime").ok()?).map(Rc::new),
                    Ok(tz) if tz.is_empty() || tz == "UTC" => None,
                    Ok(tz) => read_zone(tz.strip_prefix(':').unwrap_or(&tz)).map(Rc::new),
                })
                .clone()
        });
    }
    ZONES.with(|z| z.borrow().get(handle as usize - 1).cloned())
}

fn read_zone(name: &str) -> Option<Zone> {
    if name.contains("..") || name.starts_with('/') {
        return None;
    }
    let dirs = ["/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo/"];
    let zoneinfo = std::env::var("ZONEINFO").ok().map(|d| format!("{d}/"));
    let found = zoneinfo.iter().map(String::as_str).chain(dirs).find_map(|d| std::fs::read(format!("{d}{name}")).ok());
    parse_tzif(&found?)
}

/// A TZif file (RFC 8536): version 1 data, then for version 2 and later the same with
/// 64-bit times and the footer's TZ rule.
fn parse_tzif(b: &[u8]) -> Option<Zone> {
    if b.len() < 44 || &b[..4] != b"TZif" {
        return None;
    }
    let be32 = |p: usize| -> Option<i64> { Some(i32::from_be_bytes(b.get(p..p + 4)?.try_into().ok()?) as i64) };
    let counts = |at: usize| -> Option<[usize; 6]> {
        let mut c = [0; 6];
        for (i, x) in c.iter_mut().enumerate() {
            *x = be32(at + 20 + 4 * i)? as usize;
        }
        Some(c)
    };
    // [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt]
    let c1 = counts(0)?;
    let v1_len = c1[3] * 5 + c1[4] * 6 + c1[5] + c1[2] * 8 + c1[1] + c1[0];
    let (at, c, tsize) = if b[4] >= b'2' {
        let at = 44 + v1_len;
        (at, counts(at)?, 8)
    } else {
        (0, c1, 4)
    };
    let mut p = at + 44;
    let time = |p: usize| -> Option<i64> {
        if tsize == 8 {
            Some(i64::from_be_bytes(b.get(p..p + 8)?.try_into().ok()?))
        } else {
            be32(p)
        }
    };
    let mut whens = Vec::with_capacity(c[3]);
    for i in 0..c[3] {
        whens.push(time(p + i * tsize)?);
    }
    p += c[3] * tsize;
    let idx = b.get(p..p + c[3])?.to_vec();
    p += c[3];
    let mut raw = Vec::with_capacity(c[4]);
    for i in 0..c[4] {
        let q = p + 6 * i;
        raw.push((be32(q)?, *b.get(q + 4)? != 0, *b.get(q + 5)? as usize));
    }
    p += 6 * c[4];
    let chars = b.get(p..p + c[5])?;
    p += c[5] + c[2] * (tsize + 4) + c[1] + c[0];
    let kinds = raw
        .iter()
        .map(|&(offset, dst, ai)| {
            let s = chars.get(ai..).unwrap_or(&[]);
            let end = s.iter().position(|&x| x == 0).unwrap_or(s.len());
            Kind { name: String::from_utf8_lossy(&s[..end]).into_owned(), offset, dst }
        })
        .collect::<Vec<_>>();
    if kinds.is_empty() {
        return None;
    }
    let mut trans: Vec<(i64, usize)> =
        whens.into_iter().zip(idx).map(|(w, k)| (w, (k as usize).min(kinds.len() - 1))).collect();
    if trans.is_empty() {
        // One transition covering all time, so the footer's rule applies (as Go builds it).
        trans.push((ALPHA, 0));
    }
    let mut extend = String::new();
    if tsize == 8 && b.get(p) == Some(&b'\n') {
        let rest = &b[p + 1..];
        if let Some(n) = rest.iter().position(|&x| x == b'\n') {
            extend = String::from_utf8_lossy(&rest[..n]).into_owned();
        }
    }
    Some(Zone { kinds, trans, extend })
}

impl Zone {
    /// The zone in effect at `unix` (Go's `Location.lookup`).
    pub fn lookup(&self, unix: i64) -> Lookup {
        let of = |k: &Kind, start, end| Lookup { name: k.name.clone(), offset: k.offset, start, end, dst: k.dst };
        if unix < self.trans[0].0 {
            return of(&self.kinds[self.first_kind()], ALPHA, self.trans[0].0);
        }
        let i = self.trans.partition_point(|t| t.0 <= unix) - 1;
        let start = self.trans[i].0;
        let end = self.trans.get(i + 1).map_or(OMEGA, |t| t.0);
        if i + 1 == self.trans.len() && !self.extend.is_empty() {
            if let Some(l) = tzset(&self.extend, start, unix) {
                return l;
            }
        }
        of(&self.kinds[self.trans[i].1], start, end)
    }

    /// The kind before the first transition (Go's `lookupFirstZone`): the first
    /// transition's if it is standard time, else the first standard kind before it in
    /// the list, else the first kind.
    fn first_kind(&self) -> usize {
        if !self.trans.iter().any(|t| t.1 == 0) {
            return 0;
        }
        if let Some(&(_, k)) = self.trans.first() {
            if self.kinds[k].dst {
                if let Some(z) = (0..k).rev().find(|&z| !self.kinds[z].dst) {
                    return z;
                }
            }
        }
        self.kinds.iter().position(|k| !k.dst).unwrap_or(0)
    }

    /// The offset of a zone named `name` in effect around `unix`, or of any zone of that
    /// name (Go's `Location.lookupName`).
    pub fn lookup_name(&self, name: &str, unix: i64) -> Option<i64> {
        for k in self.kinds.iter().filter(|k| k.name == name) {
            let l = self.lookup(unix - k.offset);
            if l.name == k.name {
                return Some(l.offset);
            }
        }
        self.kinds.iter().find(|k| k.name == name).map(|k| k.offset)
    }
}

/// Go's `tzset`: the zone a POSIX TZ rule gives at `sec`, for times after `last`.
fn tzset(s: &str, last: i64, sec: i64) -> Option<Lookup> {
    let (std_name, s) = tz_name(s)?;
    let (std_off, s) = tz_offset(s)?;
    let std_off = -std_off;
    if s.is_empty() || s.starts_with(',') {
        return Some(Lookup { name: std_name, offset: std_off, start: last, end: OMEGA, dst: false });
    }
    let (dst_name, mut s) = tz_name(s)?;
    let mut dst_off = std_off + 3600;
    if !s.is_empty() && !s.starts_with(',') {
        let (o, rest) = tz_offset(s)?;
        dst_off = -o;
        s = rest;
    }
    if s.is_empty() {
        s = ",M3.2.0,M11.1.0"; // default US rules
    }
    let s = s.strip_prefix(',')?;
    let (start_rule, s) = tz_rule(s)?;
    let s = s.strip_prefix(',')?;
    let (end_rule, s) = tz_rule(s)?;
    if !s.is_empty() {
        return None;
    }
    let year = civil_year(sec);
    let ystart = super::time_fmt::days_from_civil(year, 1, 1) * 86400;
    let yday_sec = sec - ystart;
    // Rule times are local: the start in standard time, the end in daylight time.
    let startsec = tz_rule_time(year, &start_rule, std_off);
    let endsec = tz_rule_time(year, &end_rule, dst_off);
    let (dst_is_first, first, second) =
        if startsec < endsec { (true, startsec, endsec) } else { (false, endsec, startsec) };
    let (name, off, dst, lo, hi) = if yday_sec < first {
        if dst_is_first {
            (std_name, std_off, false, ystart, ystart + first)
        } else {
            (dst_name, dst_off, true, ystart, ystart + first)
        }
    } else if yday_sec >= second {
        if dst_is_first {
            (std_name, std_off, false, ystart + second, ystart + 365 * 86400)
        } else {
            (dst_name, dst_off, true, ystart + second, ystart + 365 * 86400)
        }
    } else if dst_is_first {
        (dst_name, dst_off, true, ystart + first, ystart + second)
    } else {
        (std_name, std_off, false, ystart + first, ystart + second)
    };
    Some(Lookup { name, offset: off, start: lo, end: hi, dst })
}

fn civil_year(unix: i64) -> i64 {
    super::time_fmt::civil_from_days(unix.div_euclid(86400)).0
}

/// A zone abbreviation: letters, or anything in `<...>`.
fn tz_name(s: &str) -> Option<(String, &str)> {
    if let Some(rest) = s.strip_prefix('<') {
        let n = rest.find('>')?;
        return Some((rest[..n].to_string(), &rest[n + 1..]));
    }
    let n = s.find(|c: char| c.is_ascii_digit() || c == ',' || c == '-' || c == '+').unwrap_or(s.len());
    if n < 3 {
        return None;
    }
    Some((s[..n].to_string(), &s[n..]))
}

/// `[+-]hh[:mm[:ss]]`, as seconds.
fn tz_offset(s: &str) -> Option<(i64, &str)> {
    let (neg, s) = match s.as_bytes().first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    let (secs, rest) = tz_clock(s)?;
    Some((if neg { -secs } else { secs }, rest))
}

fn tz_clock(s: &str) -> Option<(i64, &str)> {
    let mut total = 0;
    let mut rest = s;
    for (i, unit) in [3600, 60, 1].into_iter().enumerate() {
        if i > 0 {
            match rest.strip_prefix(':') {
                Some(r) => rest = r,
                None => break,
            }
        }
        let n = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        if n == 0 {
            return None;
        }
        total += rest[..n].parse::<i64>().ok()? * unit;
        rest = &rest[n..];
    }
    Some((total, rest))
}

/// When a rule takes effect: `Jn` (day n of 1..365, no Feb 29), `n` (day of 0..365), or
/// `Mm.w.d` (day d of week w of month m), with a time of day (default 02:00).
enum RuleDay {
    Julian(i64),
    DayOfYear(i64),
    MonthWeekDay(i64, i64, i64),
}

fn tz_rule(s: &str) -> Option<((RuleDay, i64), &str)> {
    let num = |s: &str| -> Option<(i64, usize)> {
        let n = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        Some((s[..n].parse().ok()?, n))
    };
    let (day, mut rest) = if let Some(r) = s.strip_prefix('J') {
        let (n, k) = num(r)?;
        (RuleDay::Julian(n), &r[k..])
    } else if let Some(r) = s.strip_prefix('M') {
        let (m, k) = num(r)?;
        let r = r[k..].strip_prefix('.')?;
        let (w, k) = num(r)?;
        let r = r[k..].strip_prefix('.')?;
        let (d, k) = num(r)?;
        (RuleDay::MonthWeekDay(m, w, d), &r[k..])
    } else {
        let (n, k) = num(s)?;
        (RuleDay::DayOfYear(n), &s[k..])
    };
    let mut time = 2 * 3600;
    if let Some(r) = rest.strip_prefix('/') {
        let (t, r) = tz_offset(r)?;
        time = t;
        rest = r;
    }
    Some(((day, time), rest))
}

/// Seconds since the start of `year` (UTC) at which a rule takes effect, for a zone
/// whose offset before it is `off`.
fn tz_rule_time(year: i64, rule: &(RuleDay, i64), off: i64) -> i64 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let day = match rule.0 {
        RuleDay::Julian(n) => (n - 1) + (leap && n >= 60) as i64,
        RuleDay::DayOfYear(n) => n,
        RuleDay::MonthWeekDay(m, w, d) => {
            let first = super::time_fmt::days_from_civil(year, m, 1);
            let ystart = super::time_fmt::days_from_civil(year, 1, 1);
            // Weekday of the month's first day (0 is Sunday; 1970-01-01 was a Thursday).
            let wd1 = (first + 4).rem_euclid(7);
            let mut mday = (d - wd1).rem_euclid(7) + 1 + 7 * (w - 1);
            let mlen = super::time_fmt::days_from_civil(year + (m == 12) as i64, m % 12 + 1, 1) - first;
            while mday > mlen {
                mday -= 7;
            }
            first - ystart + mday - 1
        }
    };
    day * 86400 + rule.1 - off
}

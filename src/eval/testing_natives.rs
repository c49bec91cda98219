//! The natives of gint's `testing` package (`stdlib/testing/natives.go`): the clock, `-run`
//! patterns (Go's RE2 syntax, through the regex crate), capturing an example's standard
//! output, and the call sites recorded under `gint test` (`lower/sites.rs`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::{SystemTime, UNIX_EPOCH};

use gint_syntax::ast;

use super::lower::{Lower, ValE};
use crate::runtime::frame::Frame;
use crate::runtime::value::{Str, Value};

thread_local! {
    /// Compiled patterns (`None`: not a valid pattern), as `-run` is matched per test.
    static PATTERNS: RefCell<HashMap<String, Option<regex::Regex>>> = RefCell::new(HashMap::new());
}

/// 1 if `pat` matches (anywhere in) `s`, 0 if not, -1 if `pat` is not a valid pattern.
fn match_string(pat: &str, s: &str) -> u64 {
    PATTERNS.with(|p| {
        let mut p = p.borrow_mut();
        let re = p.entry(pat.to_string()).or_insert_with(|| regex::Regex::new(pat).ok());
        match re {
            Some(re) => re.is_match(s) as u64,
            None => u64::MAX,
        }
    })
}

fn now_nanos() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64)
}

fn string(v: &Value) -> String {
    String::from_utf8_lossy(v.str()).into_owned()
}

/// The natives whose result is a scalar (left in `ret_word`) or that have none.
pub fn lower(lw: &mut Lower<'_>, name: &str, args: &[ast::Expr]) -> Option<Box<dyn Fn(&mut Frame)>> {
    let sites = lw.sites.clone();
    Some(match name {
        "nanotime" => Box::new(|fr| fr.ret_word = now_nanos()),
        "matchString" => {
            let (pat, s) = (lw.value(args.first()?), lw.value(args.get(1)?));
            Box::new(move |fr| {
                let (p, s) = (pat(fr), s(fr));
                fr.ret_word = match_string(&string(&p), &string(&s));
            })
        }
        "outputMark" => Box::new(|fr| fr.ret_word = fr.out.len() as u64),
        "envHas" => {
            let k = lw.value(args.first()?);
            Box::new(move |fr| {
                let k = k(fr);
                fr.ret_word = std::env::var_os(string(&k)).is_some() as u64;
            })
        }
        "envSet" => {
            let (k, v) = (lw.value(args.first()?), lw.value(args.get(1)?));
            Box::new(move |fr| {
                let (k, v) = (string(&k(fr)), string(&v(fr)));
                if !k.is_empty() && !k.contains(['=', '\0']) && !v.contains('\0') {
                    std::env::set_var(k, v);
                }
            })
        }
        "envUnset" => {
            let k = lw.value(args.first()?);
            Box::new(move |fr| {
                let k = string(&k(fr));
                if !k.is_empty() && !k.contains(['=', '\0']) {
                    std::env::remove_var(k);
                }
            })
        }
        "statusSet" => {
            let text = lw.value(args.first()?);
            Box::new(move |fr| {
                if let Some(path) = std::env::var_os("GINT_TEST_STATUS") {
                    let _ = std::fs::write(path, text(fr).str());
                }
            })
        }
        "removeAll" => {
            let p = lw.value(args.first()?);
            Box::new(move |fr| {
                let _ = std::fs::remove_dir_all(string(&p(fr)));
            })
        }
        "sitesLen" => Box::new(|fr| fr.ret_word = fr.sites.len() as u64),
        "sitesTruncate" => {
            let n = lw.int(args.first()?);
            Box::new(move |fr| {
                let n = n(fr).max(0) as usize;
                fr.sites.truncate(n);
            })
        }
        "siteFunc" => {
            let i = lw.int(args.first()?);
            Box::new(move |fr| {
                let i = i(fr) as usize;
                let site = fr.sites.get(i).copied();
                fr.ret_word = site.and_then(|s| sites.borrow().get(s as usize).map(|s| site_func(s.func))).unwrap_or(0);
            })
        }
        _ => {
            lw.unsupported_at(args.first().map_or_else(Default::default, |a| a.span), &format!("testing.{name}"));
            return None;
        }
    })
}

/// A number for the function a site is in (never 0, which means "no site").
fn site_func((file, lo): (u32, u32)) -> u64 {
    ((file as u64) << 32 | lo as u64) + 1
}

/// The natives whose result is a string.
pub fn lower_value(lw: &mut Lower<'_>, name: &str, args: &[ast::Expr]) -> Option<ValE> {
    let sites: Rc<RefCell<Vec<super::lower::Site>>> = lw.sites.clone();
    Some(match name {
        "outputTake" => {
            let mark = lw.int(args.first()?);
            Box::new(move |fr| {
                let m = (mark(fr).max(0) as usize).min(fr.out.len());
                Value::Str(Str::from_bytes(fr.out.split_off(m)))
            })
        }
        "envGet" => {
            let k = lw.value(args.first()?);
            Box::new(move |fr| {
                let v = std::env::var_os(string(&k(fr))).unwrap_or_default();
                Value::Str(Str::from_bytes(v.to_string_lossy().into_owned().into_bytes()))
            })
        }
        "tempDirCreate" => {
            let p = lw.value(args.first()?);
            Box::new(move |fr| Value::Str(Str::from_bytes(temp_dir_create(&string(&p(fr))).into_bytes())))
        }
        "sitePos" => {
            let i = lw.int(args.first()?);
            Box::new(move |fr| {
                let i = i(fr) as usize;
                let pos = fr.sites.get(i).and_then(|&s| sites.borrow().get(s as usize).map(|s| s.pos.clone()));
                Value::Str(Str::from_bytes(pos.map_or_else(Vec::new, |p| p.as_bytes().to_vec())))
            })
        }
        _ => return None,
    })
}

/// Makes `prefix` if it is an absolute path, else a new folder named `prefix` and a number
/// in the system's temporary folder; its path, or "" if it cannot.
fn temp_dir_create(prefix: &str) -> String {
    if prefix.starts_with('/') {
        return std::fs::create_dir(prefix).map_or(String::new(), |_| prefix.to_string());
    }
    let base = std::env::temp_dir();
    for attempt in 0..1000u64 {
        let n = now_nanos().wrapping_add(attempt.wrapping_mul(7919)) % 1_000_000_000;
        let dir = base.join(format!("{prefix}{n}"));
        if std::fs::create_dir(&dir).is_ok() {
            return dir.to_string_lossy().into_owned();
        }
    }
    String::new()
}

//! The natives that read the call sites recorded for the running calls (`lower/sites.rs`):
//! package log's file and line for `Lshortfile` and `Llongfile`, and `runtime.Caller`.

use gint_syntax::ast;

use std::rc::Rc;

use super::lower::{Lower, Site, ValE};
use crate::runtime::frame::Frame;
use crate::runtime::value::{Str, Value};

/// `log.callerLine()`: the line of the innermost recorded call site (0 if none).
/// `runtime.Caller(skip)`: the site `skip` calls out from the call of Caller itself.
pub fn lower(lw: &mut Lower<'_>, name: &str, args: &[ast::Expr]) -> Option<Box<dyn Fn(&mut Frame)>> {
    let sites = lw.sites.clone();
    match name {
        "runtime.Caller" => {
            let skip = lw.int(args.first()?);
            Some(Box::new(move |fr| {
                let skip = skip(fr);
                let i = (fr.sites.len() as i64) - 1 - skip;
                let site = usize::try_from(i).ok().and_then(|i| fr.sites.get(i).copied());
                let found = site.and_then(|s| sites.borrow().get(s as usize).map(|st| (s, absolute(st), st.line)));
                fr.ret_multi = match found {
                    Some((id, file, line)) => {
                        vec![
                            Value::Int(id as i64 + 1),
                            Value::Str(Str::from_bytes(file.as_bytes().to_vec())),
                            Value::Int(line as i64),
                            Value::Bool(true),
                        ]
                    }
                    None => {
                        vec![Value::Int(0), Value::Str(Str::from_bytes(Vec::new())), Value::Int(0), Value::Bool(false)]
                    }
                };
            }))
        }
        "log.callerLine" => Some(Box::new(move |fr| {
            let line = fr.sites.last().and_then(|&s| sites.borrow().get(s as usize).map(|s| s.line));
            fr.ret_word = line.unwrap_or(0) as u64;
        })),
        _ => None,
    }
}

/// `log.callerFile()`: the absolute path of the innermost recorded call site's file, or
/// "???" when no site is recorded.
pub fn lower_value(lw: &mut Lower<'_>, name: &str, _args: &[ast::Expr]) -> Option<ValE> {
    let sites = lw.sites.clone();
    match name {
        "log.callerFile" => Some(Box::new(move |fr| {
            let file = fr.sites.last().and_then(|&s| sites.borrow().get(s as usize).map(absolute));
            let text = file.map_or_else(|| "???".to_string(), |f| f.to_string());
            Value::Str(Str::from_bytes(text.into_bytes()))
        })),
        _ => None,
    }
}

/// A site's file as Go's runtime shows it: absolute (made once per site).
fn absolute(site: &Site) -> Rc<str> {
    site.abs
        .get_or_init(|| {
            let path = &*site.file;
            let abs = std::path::absolute(path).map_or_else(|_| path.to_string(), |p| p.to_string_lossy().into_owned());
            Rc::from(abs)
        })
        .clone()
}

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
        "runtime.funcInfo" => {
            let pc = lw.int(args.first()?);
            Some(Box::new(move |fr| {
                let pc = pc(fr) as u64;
                let info = match pc.checked_sub(RUNTIME_PC) {
                    Some(k) => RUNTIME_FUNCS.get(k as usize).map(|&(n, f, l)| (Rc::from(n), Rc::from(f), l)),
                    None => {
                        let sites = sites.borrow();
                        let site = pc.checked_sub(1).and_then(|i| sites.get(usize::try_from(i).ok()?));
                        site.map(|s| (s.func_name.clone(), absolute(s), s.line))
                    }
                };
                let str = |s: &str| Value::Str(Str::from_bytes(s.as_bytes().to_vec()));
                fr.ret_multi = match info {
                    Some((name, file, line)) => {
                        vec![str(&name), str(&file), Value::Int(line as i64), Value::Bool(true)]
                    }
                    None => vec![str(""), str(""), Value::Int(0), Value::Bool(false)],
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
pub fn lower_value(lw: &mut Lower<'_>, name: &str, args: &[ast::Expr]) -> Option<ValE> {
    let sites = lw.sites.clone();
    match name {
        "log.callerFile" => Some(Box::new(move |fr| {
            let file = fr.sites.last().and_then(|&s| sites.borrow().get(s as usize).map(absolute));
            let text = file.map_or_else(|| "???".to_string(), |f| f.to_string());
            Value::Str(Str::from_bytes(text.into_bytes()))
        })),
        "runtime.callerPCs" => {
            let skip = lw.int(args.first()?);
            Some(Box::new(move |fr| {
                // runtime.Callers itself, the sites of the calls running (innermost first),
                // then the runtime's frames below the goroutine's first function.
                let mut pcs = vec![RUNTIME_PC];
                pcs.extend(fr.sites.iter().rev().map(|&s| s as u64 + 1));
                if crate::runtime::sched::current_id() == 1 {
                    pcs.push(RUNTIME_PC + 1);
                }
                pcs.push(RUNTIME_PC + 2);
                let skip = usize::try_from(skip(fr)).unwrap_or(0).min(pcs.len());
                crate::runtime::slice::from_words(pcs.split_off(skip))
            }))
        }
        _ => None,
    }
}

/// The program counter standing for the first of `RUNTIME_FUNCS` (a site's is its number
/// plus one).
const RUNTIME_PC: u64 = 1 << 32;

/// The runtime's functions a program counter can stand for: name, file and line.
const RUNTIME_FUNCS: [(&str, &str, u32); 3] = [
    ("runtime.Callers", "$GOROOT/src/runtime/extern.go", 331),
    ("runtime.main", "$GOROOT/src/runtime/proc.go", 283),
    ("runtime.goexit", "$GOROOT/src/runtime/asm_amd64.s", 1700),
];

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

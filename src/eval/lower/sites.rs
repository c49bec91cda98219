//! Call sites: under `gint test` each call in the user's code pushes its site on the
//! goroutine's `Frame::sites` while it runs, so that `testing` can print `file.go:LINE:`
//! before a message and skip the functions that called `t.Helper()`. A site knows the
//! function it is written in, statically. Under `gint run` only the user's calls into
//! package log record theirs (what `log.Lshortfile` prints); other calls pay nothing.
//! A panic leaves the sites of the calls it unwound; `testing` truncates the stack to the
//! depth it saved before running a test.

use std::rc::Rc;

use super::*;

/// A call site: where it is (`file.go:12`), its file as shown and line, and the function
/// containing it (its span's file and start).
pub(in crate::eval) struct Site {
    pub pos: Rc<str>,
    pub file: Rc<str>,
    /// The file's absolute path, made when first asked for (log, runtime.Caller).
    pub abs: std::cell::OnceCell<Rc<str>>,
    pub line: u32,
    pub func: (u32, u32),
    /// The Go name of that function, as runtime.FuncForPC and CallersFrames give it.
    pub func_name: Rc<str>,
}

impl<'a> Lower<'a> {
    /// Whether `track_site` records the site of call `e` (it then wraps the call's code).
    pub(super) fn site_tracked(&self, e: &ast::Expr) -> bool {
        let Some(sources) = self.sites_of else { return false };
        if sources.get(e.span.file).path().starts_with("$GOROOT/") {
            return false;
        }
        self.track_all || self.callee_package(e).as_deref() == Some("log")
    }

    /// `c`, the code of the call `e`, recording its site while it runs when the call is in
    /// the user's code and sites are tracked for it. A deferred call records its site (the
    /// end of the function running it) when it runs (`c` then only pushes the deferred call).
    pub(super) fn track_site(&mut self, e: &ast::Expr, c: CallE, deferring: bool) -> CallE {
        let Some(sources) = self.sites_of else { return c };
        let span = e.span;
        let file = sources.get(span.file);
        if file.path().starts_with("$GOROOT/") {
            return c;
        }
        let into_log = self.callee_package(e).as_deref() == Some("log");
        if !self.track_all && !into_log {
            return c;
        }
        // gc places a call at its opening parenthesis, right after the function operand
        // (`func() {…}()` is at its last line).
        let at = match &e.kind {
            ExprKind::Call { fun, .. } => fun.span.hi,
            _ => span.lo,
        };
        let (line, _) = file.line_col(at);
        let name = file.path().rsplit('/').next().unwrap_or("");
        let func = self.lit_span.unwrap_or(self.cur_decl);
        let func_name = self.func_names.last().map_or_else(|| Rc::from("main.init"), |(n, _, _)| n.clone());
        let mut sites = self.sites.borrow_mut();
        let id = sites.len() as u32;
        sites.push(Site {
            pos: Rc::from(format!("{name}:{line}")),
            file: Rc::from(file.path()),
            abs: Default::default(),
            line: line as u32,
            func: (func.file.0, func.lo),
            func_name: func_name.clone(),
        });
        if deferring {
            // Go shows a deferred call as made at the end of the function that runs it.
            let (end_line, _) = sources.get(func.file).line_col(func.hi.saturating_sub(1));
            let id = sites.len() as u32;
            sites.push(Site {
                pos: Rc::from(format!("{name}:{end_line}")),
                file: Rc::from(file.path()),
                abs: Default::default(),
                line: end_line as u32,
                func: (func.file.0, func.lo),
                func_name,
            });
            return Box::new(move |fr| {
                c(fr);
                if let Some(call) = fr.defers.pop() {
                    fr.defers.push(Box::new(move |fr: &mut Frame| {
                        fr.sites.push(id);
                        call(fr);
                        fr.sites.pop();
                    }));
                }
            });
        }
        Box::new(move |fr| {
            fr.sites.push(id);
            c(fr);
            fr.sites.pop();
        })
    }

    /// Starts naming the body of declared function `obj` (`f`) as Go's runtime names it:
    /// `main.f`, `main.T.m`, `main.(*T).m`, `main.f[...]` for an instance of generic code.
    pub(super) fn enter_decl(&mut self, obj: ObjId, f: &ast::FuncDecl, generic: bool) -> bool {
        let o = self.prog.objs.get(obj);
        let pkg = o.pkg.and_then(|p| self.prog.packages.get(p.0 as usize)).map_or("main", |p| p.path.as_str());
        let targs = if generic { "[...]" } else { "" };
        let name = match &f.recv {
            // The package's `init` functions are `init.0`, `init.1`, … in order.
            None if &*f.name.name == "init" => {
                self.init_funcs += 1;
                format!("{pkg}.init.{}", self.init_funcs - 1)
            }
            None => format!("{pkg}.{}{targs}", f.name.name),
            Some(r) => {
                let mut t = &r.typ;
                let mut ptr = false;
                loop {
                    match &t.kind {
                        ExprKind::Paren(x) => t = x,
                        ExprKind::Unary { op: ast::UnaryOp::Deref, x } => {
                            ptr = true;
                            t = x;
                        }
                        ExprKind::Index { x, .. } => t = x,
                        _ => break,
                    }
                }
                let base = match &t.kind {
                    ExprKind::Ident(id) => id.name.to_string(),
                    _ => "?".to_string(),
                };
                if ptr {
                    format!("{pkg}.(*{base}{targs}).{}", f.name.name)
                } else {
                    format!("{pkg}.{base}{targs}.{}", f.name.name)
                }
            }
        };
        self.func_names.push((Rc::from(name), 0, false));
        true
    }

    /// Starts naming a function literal: the next `funcN` of a declared function (or of
    /// package initialization, `main.init.funcN`), the next `N` of another literal.
    pub(super) fn enter_lit(&mut self) -> bool {
        if self.func_names.is_empty() {
            self.func_names.push((Rc::from("main.init"), 0, false));
        }
        let Some((parent, n, in_lit)) = self.func_names.last_mut() else { return false };
        *n += 1;
        // (gc names a literal in an inlined literal after the function it was inlined
        // into, `main.main.func1.func1`: inlining is not followed here.)
        let name = if *in_lit { format!("{parent}.{n}") } else { format!("{parent}.func{n}") };
        self.func_names.push((Rc::from(name), 0, true));
        true
    }

    /// The import path of the package declaring the function or method the call `e`
    /// calls, when it is known statically.
    fn callee_package(&self, e: &ast::Expr) -> Option<String> {
        let ExprKind::Call { fun, .. } = &e.kind else { return None };
        let mut fun = &**fun;
        while let ExprKind::Paren(x) = &fun.kind {
            fun = x;
        }
        let obj = match self.prog.info.selection(fun.id) {
            Some(crate::types::lookup::Selection::Method { obj, .. }) => *obj,
            Some(_) => return None,
            None => match &fun.kind {
                ExprKind::Ident(id) => self.prog.info.object_of(id.id)?,
                ExprKind::Selector { sel, .. } => self.prog.info.object_of(sel.id)?,
                _ => return None,
            },
        };
        let pkg = self.prog.objs.get(obj).pkg?;
        self.prog.packages.get(pkg.0 as usize).map(|p| p.path.clone())
    }
}

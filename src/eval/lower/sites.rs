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
}

impl<'a> Lower<'a> {
    /// `c`, the code of the call `e`, recording its site while it runs when the call is in
    /// the user's code and sites are tracked for it. A deferred call into log records its
    /// site when it runs (`c` then only pushes the deferred call).
    /// Whether `track_site` records the site of call `e` (it then wraps the call's code).
    pub(super) fn site_tracked(&self, e: &ast::Expr) -> bool {
        let Some(sources) = self.sites_of else { return false };
        if sources.get(e.span.file).path().starts_with("$GOROOT/") {
            return false;
        }
        self.track_all || self.callee_package(e).as_deref() == Some("log")
    }

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
        let (line, _) = file.line_col(span.lo);
        let name = file.path().rsplit('/').next().unwrap_or("");
        let func = self.lit_span.unwrap_or(self.cur_decl);
        let mut sites = self.sites.borrow_mut();
        let id = sites.len() as u32;
        sites.push(Site {
            pos: Rc::from(format!("{name}:{line}")),
            file: Rc::from(file.path()),
            abs: Default::default(),
            line: line as u32,
            func: (func.file.0, func.lo),
        });
        if deferring && into_log {
            // Go shows a deferred call at the end of the function that runs it.
            let (end_line, _) = sources.get(func.file).line_col(func.hi.saturating_sub(1));
            let id = sites.len() as u32;
            sites.push(Site {
                pos: Rc::from(format!("{name}:{end_line}")),
                file: Rc::from(file.path()),
                abs: Default::default(),
                line: end_line as u32,
                func: (func.file.0, func.lo),
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

//! Call sites under `gint test`: each call in the user's code pushes its site on the
//! goroutine's `Frame::sites` while it runs, so that `testing` can print `file.go:LINE:`
//! before a message and skip the functions that called `t.Helper()`. A site knows the
//! function it is written in, statically. `gint run` records nothing and pays nothing.
//! A panic leaves the sites of the calls it unwound; `testing` truncates the stack to the
//! depth it saved before running a test.

use std::rc::Rc;

use super::*;

/// A call site: where it is (`file.go:12`) and the function containing it (its span's
/// file and start).
pub(in crate::eval) struct Site {
    pub pos: Rc<str>,
    pub func: (u32, u32),
}

impl<'a> Lower<'a> {
    /// `c`, recording its site while it runs when the program is a test program and the
    /// call is in the user's code.
    pub(super) fn track_site(&mut self, span: Span, c: CallE) -> CallE {
        let Some(sources) = self.sites_of else { return c };
        let file = sources.get(span.file);
        if file.path().starts_with("$GOROOT/") {
            return c;
        }
        let (line, _) = file.line_col(span.lo);
        let name = file.path().rsplit('/').next().unwrap_or("");
        let func = self.lit_span.unwrap_or(self.cur_decl);
        let mut sites = self.sites.borrow_mut();
        let id = sites.len() as u32;
        sites.push(Site { pos: Rc::from(format!("{name}:{line}")), func: (func.file.0, func.lo) });
        Box::new(move |fr| {
            fr.sites.push(id);
            c(fr);
            fr.sites.pop();
        })
    }
}

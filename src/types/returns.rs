//! Terminating statements (the spec's "Terminating statements"), for "missing return".

use gint_syntax::ast::{self, BranchKind, StmtKind};

use super::check::Checker;

impl<'a> Checker<'a> {
    /// Whether a statement list ends in a terminating statement. `label` is the label of
    /// the enclosing statement, for `break L` inside it.
    pub(super) fn is_terminating_list(&self, stmts: &[ast::Stmt], label: &str) -> bool {
        // Trailing empty statements do not count.
        match stmts.iter().rev().find(|s| !matches!(s.kind, StmtKind::Empty)) {
            Some(s) => self.is_terminating(s, label),
            None => false,
        }
    }

    fn is_terminating(&self, s: &ast::Stmt, label: &str) -> bool {
        match &s.kind {
            StmtKind::Return(_) => true,
            StmtKind::Branch { kind: BranchKind::Goto | BranchKind::Fallthrough, .. } => true,
            StmtKind::Expr(e) => self.is_panic_call(e),
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, ""),
            StmtKind::Labeled { label: l, stmt } => self.is_terminating(stmt, &l.name),
            StmtKind::If { then, els, .. } => {
                els.as_ref().is_some_and(|e| self.is_terminating(e, "")) && self.is_terminating_list(&then.stmts, "")
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                clauses.iter().any(|c| c.list.is_none())
                    && clauses.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.is_terminating_list(&c.body, "") || ends_in_fallthrough(&c.body))
                    })
            }
            StmtKind::Select { clauses, .. } => {
                clauses.iter().all(|c| !has_break(&c.body, label, true) && self.is_terminating_list(&c.body, ""))
            }
            StmtKind::For { cond: None, body, .. } => !has_break(&body.stmts, label, true),
            _ => false,
        }
    }

    fn is_panic_call(&self, e: &ast::Expr) -> bool {
        let ast::ExprKind::Call { fun, .. } = &super::expr::unparen(e).kind else { return false };
        let ast::ExprKind::Ident(id) = &super::expr::unparen(fun).kind else { return false };
        id.name == "panic"
            && self.info.object_of(id.id).is_some_and(|o| {
                matches!(self.objs.get(o).kind, super::object::ObjKind::Builtin(super::object::Builtin::Panic))
            })
    }
}

fn ends_in_fallthrough(stmts: &[ast::Stmt]) -> bool {
    matches!(stmts.last().map(|s| &s.kind), Some(StmtKind::Branch { kind: BranchKind::Fallthrough, .. }))
}

/// Whether `stmts` contain a `break` that leaves the enclosing statement: an unlabeled one
/// not inside a nested loop/switch/select (when `implicit`), or `break label`.
fn has_break(stmts: &[ast::Stmt], label: &str, implicit: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, implicit))
}

fn stmt_has_break(s: &ast::Stmt, label: &str, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Branch { kind: BranchKind::Break, label: l } => match l {
            None => implicit,
            Some(l) => l.name == label,
        },
        StmtKind::Block(b) => has_break(&b.stmts, label, implicit),
        StmtKind::Labeled { stmt, .. } => stmt_has_break(stmt, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, implicit) || els.as_ref().is_some_and(|e| stmt_has_break(e, label, implicit))
        }
        // Inside these, an unlabeled break refers to them.
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            !label.is_empty() && clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { clauses, .. } => {
            !label.is_empty() && clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            !label.is_empty() && has_break(&body.stmts, label, false)
        }
        _ => false,
    }
}

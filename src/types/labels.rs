//! Labels and the branch statements that name them (gc's syntax/branches.go, which gc runs
//! with its parser and go/types then skips): labeled `break` and `continue`, `goto`, and
//! label declarations, once per function body (a function literal's labels are its own).
//!
//! Invariants: labels live in one scope per function body, declared in source order, so a
//! `break L` before `L:` finds no label; a `goto` to a label not yet seen is kept as a
//! forward goto until its label turns up in the same or an enclosing block. Unlabeled
//! `break`, `continue` and `fallthrough` are checked with the statements (stmt.rs).

use std::collections::HashMap;

use gint_syntax::ast::{self, AssignOp, BranchKind, StmtKind};
use gint_syntax::span::Span;

use super::check::Checker;

/// A declared label: the block it is in and the labeled statement.
struct Label<'a> {
    block: usize,
    stmt: &'a ast::Stmt,
    name: &'a ast::Ident,
    used: bool,
}

/// A block of statements: where it starts and the labeled statement it belongs to (the
/// body of `L: for { … }` belongs to `L`).
struct Block<'a> {
    parent: Option<usize>,
    start: Span,
    lstmt: Option<&'a ast::Stmt>,
}

/// What a labeled `break` or `continue` refers to.
enum Target<'a> {
    NotDefined,
    /// The label exists but labels no enclosing statement.
    Invalid,
    Stmt(&'a ast::Stmt),
}

struct Branches<'c, 'a> {
    check: &'c mut Checker<'a>,
    labels: HashMap<&'a str, Label<'a>>,
    blocks: Vec<Block<'a>>,
}

impl<'a> Checker<'a> {
    /// Checks the labels and gotos of a function body.
    pub(super) fn check_branches(&mut self, body: &'a ast::Block) {
        let mut b = Branches { check: self, labels: HashMap::new(), blocks: Vec::new() };
        let fwd = b.block_branches(None, None, body.span, &body.stmts);
        // Forward gotos left found no label in an enclosing block.
        for g in fwd {
            match b.labels.get_mut(g.name.as_str()) {
                Some(l) => {
                    l.used = true;
                    let at = b.check.pos_string(b.blocks[l.block].start);
                    b.check.error(g.span, format!("goto {} jumps into block starting at {at}", g.name));
                }
                None => b.check.error(g.span, format!("label {} not defined", g.name)),
            }
        }
        // "It is illegal to define a label that is never used."
        let mut unused: Vec<&ast::Ident> = b.labels.values().filter(|l| !l.used).map(|l| l.name).collect();
        unused.sort_by_key(|n| n.span);
        for n in unused {
            b.check.error(n.span, format!("label {} defined and not used", n.name));
        }
    }
}

impl<'c, 'a> Branches<'c, 'a> {
    /// Declares the label of the labeled statement `s`; a second label of the same name
    /// is an error (and the first stays).
    fn declare(&mut self, block: usize, name: &'a ast::Ident, s: &'a ast::Stmt) {
        if let Some(alt) = self.labels.get(name.name.as_str()) {
            let at = self.check.pos_string(alt.name.span);
            self.check.error(name.span, format!("label {} already defined at {at}", name.name));
            return;
        }
        self.labels.insert(&name.name, Label { block, stmt: s, name, used: false });
    }

    /// The label `name` if it is declared in `block` or a block enclosing it.
    fn goto_target(&mut self, block: usize, goto: &ast::Ident) -> bool {
        let Some(l) = self.labels.get_mut(goto.name.as_str()) else { return false };
        l.used = true;
        let mut b = Some(block);
        while let Some(i) = b {
            if l.block == i {
                self.check.info.record_goto(goto.id, l.name.id);
                return true;
            }
            b = self.blocks[i].parent;
        }
        false
    }

    /// The innermost enclosing statement labeled `name`.
    fn enclosing_target(&mut self, block: usize, name: &str) -> Target<'a> {
        let Some(l) = self.labels.get_mut(name) else { return Target::NotDefined };
        l.used = true;
        let mut b = Some(block);
        while let Some(i) = b {
            if self.blocks[i].lstmt.is_some_and(|s| std::ptr::eq(s, l.stmt)) {
                return match &l.stmt.kind {
                    StmtKind::Labeled { stmt, .. } => Target::Stmt(stmt),
                    _ => Target::Invalid,
                };
            }
            b = self.blocks[i].parent;
        }
        Target::Invalid
    }

    /// Checks a block's statements; returns its gotos whose label is not (yet) declared.
    fn block_branches(
        &mut self,
        parent: Option<usize>,
        lstmt: Option<&'a ast::Stmt>,
        start: Span,
        body: &'a [ast::Stmt],
    ) -> Vec<&'a ast::Ident> {
        let b = self.blocks.len();
        self.blocks.push(Block { parent, start, lstmt });
        // The last variable declared so far in this block, and the forward gotos made
        // before it (which jump over it if their label turns up later in this block).
        let mut var: Option<(Span, String)> = None;
        let mut fwd: Vec<&'a ast::Ident> = Vec::new();
        let mut bad: Vec<&'a ast::Ident> = Vec::new();
        for stmt in body {
            let mut s = stmt;
            let mut lstmt = None;
            loop {
                match &s.kind {
                    StmtKind::Decl(g) if g.kind == ast::DeclKind::Var => {
                        let first = g.specs.iter().find_map(|sp| match sp {
                            ast::Spec::Value(v) => v.names.first(),
                            _ => None,
                        });
                        if let Some(n) = first {
                            var = Some((n.span, n.name.clone()));
                            bad = fwd.clone();
                        }
                    }
                    StmtKind::Assign { lhs, op: AssignOp::Define, rhs } => {
                        if let (Some(l0), Some(ln)) = (lhs.first(), lhs.last()) {
                            // gc puts a short variable declaration at its `:=`.
                            let between =
                                Span { lo: ln.span.hi, hi: rhs.first().map_or(s.span.hi, |r| r.span.lo), ..s.span };
                            let at = self
                                .check
                                .source_text(between)
                                .find(":=")
                                .map_or(l0.span.lo, |i| between.lo + i as u32);
                            let names = self.check.span_text(Span { lo: l0.span.lo, hi: ln.span.hi, ..s.span });
                            var = Some((Span { lo: at, hi: at + 2, ..s.span }, names));
                            bad = fwd.clone();
                        }
                    }
                    StmtKind::Labeled { label, stmt: inner } => {
                        if label.name != "_" {
                            self.declare(b, label, s);
                            // Resolve the forward gotos to this label.
                            let mut keep = Vec::new();
                            for g in fwd {
                                if g.name != label.name {
                                    keep.push(g);
                                    continue;
                                }
                                if let Some(l) = self.labels.get_mut(label.name.as_str()) {
                                    l.used = true;
                                }
                                self.check.info.record_goto(g.id, label.id);
                                if let Some((pos, name)) =
                                    var.as_ref().filter(|_| bad.iter().any(|x| std::ptr::eq(*x, g)))
                                {
                                    let at = self.check.pos_string(*pos);
                                    self.check.error(
                                        g.span,
                                        format!("goto {} jumps over declaration of {name} at {at}", g.name),
                                    );
                                }
                            }
                            fwd = keep;
                            lstmt = Some(s);
                        }
                        s = inner;
                        continue;
                    }
                    StmtKind::Branch { kind, label: Some(l) } => match kind {
                        BranchKind::Break => match self.enclosing_target(b, &l.name) {
                            Target::Stmt(t)
                                if matches!(
                                    t.kind,
                                    StmtKind::For { .. }
                                        | StmtKind::Range { .. }
                                        | StmtKind::Switch { .. }
                                        | StmtKind::TypeSwitch { .. }
                                        | StmtKind::Select { .. }
                                ) => {}
                            Target::NotDefined => {
                                self.check.error(l.span, format!("break label not defined: {}", l.name))
                            }
                            _ => self.check.error(l.span, format!("invalid break label {}", l.name)),
                        },
                        BranchKind::Continue => match self.enclosing_target(b, &l.name) {
                            Target::Stmt(t) if matches!(t.kind, StmtKind::For { .. } | StmtKind::Range { .. }) => {}
                            Target::NotDefined => {
                                self.check.error(l.span, format!("continue label not defined: {}", l.name))
                            }
                            _ => self.check.error(l.span, format!("invalid continue label {}", l.name)),
                        },
                        BranchKind::Goto => {
                            if !self.goto_target(b, l) {
                                fwd.push(l);
                            }
                        }
                        BranchKind::Fallthrough => {}
                    },
                    StmtKind::Block(bl) => fwd.extend(self.block_branches(Some(b), lstmt, bl.span, &bl.stmts)),
                    StmtKind::If { then, els, .. } => {
                        fwd.extend(self.block_branches(Some(b), lstmt, then.span, &then.stmts));
                        if let Some(e) = els {
                            fwd.extend(self.block_branches(Some(b), lstmt, e.span, std::slice::from_ref(&**e)));
                        }
                    }
                    StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                        fwd.extend(self.block_branches(Some(b), lstmt, body.span, &body.stmts));
                    }
                    StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                        for c in clauses {
                            fwd.extend(self.block_branches(Some(b), lstmt, c.span, &c.body));
                        }
                    }
                    StmtKind::Select { clauses, .. } => {
                        for c in clauses {
                            fwd.extend(self.block_branches(Some(b), lstmt, c.span, &c.body));
                        }
                    }
                    _ => {}
                }
                break;
            }
        }
        fwd
    }
}

//! Checking the bodies of standard packages' functions only when the program can reach them,
//! so that start-up does not pay for the whole of every imported package.
//!
//! The user's packages are checked in full. A standard package's declarations are checked in
//! full too (types must be complete wherever they are used), but the body of one of its
//! functions or methods is checked only when the function is *needed*: when checked code of
//! the user's refers to it, or checked code of a needed standard entity does. What each
//! standard entity (a function, a package-level variable, constant or type) refers to is kept
//! in `Checker::refs` until it is needed. A needed type name makes all its methods needed,
//! since a value of the type may reach them through an interface, a method value or
//! reflect; a needed variable, what its initializer refers to; a needed function, what its
//! signature and body refer to. Lowering reaches nothing else, so everything it lowers has
//! been checked (it refuses a body the checker never saw rather than run it unchecked).
//!
//! Bodies that package initialization needs to order its variables (go/types' initorder: a
//! variable's initializer depends on what the functions it calls refer to) are checked with
//! their package, so the initialization order stays Go's.
//!
//! Errors in standard bodies are gint's bugs, never the user's, so reporting them only when
//! the body is reached changes nothing for a correct standard library;
//! `CheckOptions::all_bodies` checks every body (the test suite does, over all of std).

use std::collections::HashSet;

use gint_syntax::ast;

use super::check::{Checker, DeclRef};
use super::object::{ObjId, ObjKind};
use super::scope::ScopeId;
use super::types::{PkgId, Type};

/// A standard function's body, not checked yet, with the scopes it is checked in.
#[derive(Clone, Copy)]
pub(super) struct LazyBody<'a> {
    pub decl: &'a ast::FuncDecl,
    pub pkg: PkgId,
    pub pkg_scope: ScopeId,
    pub file_scope: ScopeId,
}

/// Package-level names the evaluator reaches by name rather than through checked code:
/// fmt's `state`, the fmt.State it passes to Format methods.
const REACHED_BY_NAME: &[(&str, &str)] = &[("fmt", "state")];

impl<'a> Checker<'a> {
    /// Whether the package being checked is one of the user's (checked in full).
    pub(super) fn checking_user_package(&self) -> bool {
        self.user_pkgs.get(self.pkg.0 as usize).copied().unwrap_or(true)
    }

    /// Starts recording what the entity checked next refers to; returns what was recorded
    /// for the enclosing entity, to give back to `end_uses`.
    pub(super) fn begin_uses(&mut self) -> Vec<ObjId> {
        self.info.take_uses()
    }

    /// Ends recording for `entity` (None: code that is always needed), restoring the
    /// enclosing entity's record.
    pub(super) fn end_uses(&mut self, entity: Option<ObjId>, outer: Vec<ObjId>) {
        let uses = self.info.replace_uses(outer);
        match entity {
            Some(e) if !self.checking_user_package() && !self.needed.contains(&e) => {
                let kept: Vec<ObjId> = uses.into_iter().filter(|&o| self.is_reachable_kind(o)).collect();
                if !kept.is_empty() {
                    self.refs.entry(e).or_default().extend(kept);
                }
            }
            _ => {
                for o in uses {
                    self.need(o);
                }
            }
        }
    }

    /// Whether reaching `obj` can reach code: functions, package-level variables and
    /// constants, and type names (through their methods).
    fn is_reachable_kind(&self, obj: ObjId) -> bool {
        match &self.objs.get(obj).kind {
            ObjKind::Var(v) => v.global,
            ObjKind::Func(_) | ObjKind::TypeName | ObjKind::Const(_) => true,
            _ => false,
        }
    }

    /// Marks a standard package's entity as needed (what the user's code can reach).
    pub(super) fn need(&mut self, obj: ObjId) {
        if !self.is_reachable_kind(obj) {
            return;
        }
        let user = self.objs.get(obj).pkg.is_none_or(|p| self.user_pkgs.get(p.0 as usize).copied().unwrap_or(true));
        if !user && self.needed.insert(obj) {
            self.need_queue.push(obj);
        }
    }

    /// Gives every variable of a spec with one multi-valued initializer what `obj`'s
    /// declaration (which checked that initializer) refers to.
    pub(super) fn share_refs(&mut self, obj: ObjId, spec: &ast::ValueSpec) {
        let Some(refs) = self.refs.get(&obj).cloned() else { return };
        for n in &spec.names {
            if let Some(o) = self.info.object_of(n.id).filter(|&o| o != obj) {
                self.refs.entry(o).or_default().extend(refs.iter().copied());
            }
        }
    }

    /// Keeps a standard function's body to check when the function is needed.
    pub(super) fn defer_body(&mut self, decl: &'a ast::FuncDecl, file_scope: ScopeId, obj: ObjId) {
        let body = LazyBody { decl, pkg: self.pkg, pkg_scope: self.pkg_scope, file_scope };
        self.lazy_bodies.insert(obj, body);
    }

    /// Checks a function's body now, recording what it refers to.
    pub(super) fn check_body_now(&mut self, decl: &'a ast::FuncDecl, file_scope: ScopeId, obj: ObjId) {
        let outer = self.begin_uses();
        self.current_decl = Some(obj);
        self.check_func_body(decl, file_scope, obj);
        self.current_decl = None;
        self.end_uses(Some(obj), outer);
    }

    /// Checks the deferred bodies of the package being checked that its variables'
    /// initializers reach (directly or through other functions), so `init_order` sees
    /// everything they refer to.
    pub(super) fn check_init_bodies(&mut self) {
        let mut stack: Vec<ObjId> = self
            .decls
            .iter()
            .filter(|(_, d)| matches!(d.decl, DeclRef::Var { .. }))
            .flat_map(|(o, _)| self.deps.get(o).into_iter().flatten().copied())
            .collect();
        let mut seen: HashSet<ObjId> = HashSet::new();
        while let Some(o) = stack.pop() {
            if !seen.insert(o) {
                continue;
            }
            if let Some(body) = self.lazy_bodies.remove(&o) {
                self.check_body_now(body.decl, body.file_scope, o);
            }
            stack.extend(self.deps.get(&o).into_iter().flatten().copied());
        }
    }

    /// After all packages: checks every needed standard body, and what it needs in turn.
    pub(super) fn check_needed_bodies(&mut self) {
        for &(path, name) in REACHED_BY_NAME {
            let scope = self.by_path.get(path).map(|p| p.1);
            if let Some(obj) = scope.and_then(|s| self.scopes.lookup_local(s, name)) {
                self.need(obj);
            }
        }
        // Nothing package-specific is kept from the last package checked: its
        // declarations are all done (see `obj_decl`).
        self.decls.clear();
        self.color.clear();
        self.deps.clear();
        while let Some(obj) = self.need_queue.pop() {
            if let Some(body) = self.lazy_bodies.remove(&obj) {
                self.pkg = body.pkg;
                self.pkg_scope = body.pkg_scope;
                self.check_body_now(body.decl, body.file_scope, obj);
            }
            for r in self.refs.remove(&obj).unwrap_or_default() {
                self.need(r);
            }
            if matches!(self.objs.get(obj).kind, ObjKind::TypeName) {
                let methods = match self.types.get(self.objs.get(obj).typ) {
                    Type::Named(n) => n.methods.clone(),
                    _ => Vec::new(),
                };
                for m in methods {
                    self.need(m);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::source::{SourceFile, SourceMap};
    use crate::types::{check_program_with, CheckOptions, PackageSource};

    /// The short diagnostics of checking a standard-like package `p` and a main package
    /// importing it, given their sources.
    fn check_two(p: &str, main: &str, options: CheckOptions) -> String {
        let mut sources = SourceMap::new();
        let ids = [sources.add(SourceFile::new("p.go", p)), sources.add(SourceFile::new("x.go", main))];
        let mut next = 0;
        let mut files = Vec::new();
        for id in ids {
            let parsed = crate::parse::parse(&sources, id, next);
            next = parsed.next_id;
            files.push(parsed.ast.unwrap_or_else(|| panic!("{:?}", parsed.diagnostics)));
        }
        let packages = [
            PackageSource { path: "p".into(), files: vec![&files[0]], user: false },
            PackageSource { path: "main".into(), files: vec![&files[1]], user: true },
        ];
        let diags = check_program_with(&sources, &packages, options).err().unwrap_or_default();
        let diags = crate::diag::finalize(&sources, diags);
        crate::diag::render(&sources, &diags, crate::diag::Format::Short)
    }

    const P: &str = "package p\n\ntype T struct{}\n\nfunc (T) String() string { return 1 }\n\nfunc Bad() int { return \"x\" }\n\nfunc Good() int { return 1 }\n";

    #[test]
    fn a_standard_body_is_checked_only_when_the_program_reaches_it() {
        let opts = CheckOptions::default();
        assert_eq!(check_two(P, "package main\n\nimport \"p\"\n\nfunc main() { p.Good() }\n", opts), "");
        let got = check_two(P, "package main\n\nimport \"p\"\n\nfunc main() { p.Bad() }\n", opts);
        assert!(got.starts_with("p.go:7:"), "{got}");
        // A type's methods are reached with the type (through an interface, say).
        let got = check_two(P, "package main\n\nimport \"p\"\n\nfunc main() { var x any = p.T{}; _ = x }\n", opts);
        assert!(got.starts_with("p.go:5:"), "{got}");
        let all = CheckOptions { all_bodies: true, ..opts };
        let got = check_two(P, "package main\n\nimport \"p\"\n\nfunc main() { p.Good() }\n", all);
        assert!(got.contains("p.go:5:") && got.contains("p.go:7:"), "{got}");
    }

    #[test]
    fn every_standard_body_checks() {
        // Bodies are checked only when reached, so a standard body with an error would go
        // unnoticed until a program reaches it: check them all here.
        let mut src = String::from("package main\n\nimport (\n");
        for p in crate::stdlib::packages() {
            src.push_str(&format!("\t_ {p:?}\n"));
        }
        src.push_str(")\n\nfunc main() {}\n");
        let mut sources = SourceMap::new();
        let id = sources.add(SourceFile::new("x.go", src.as_str()));
        let program = crate::program::load(&mut sources, &[id]).unwrap_or_else(|d| panic!("{d:?}"));
        let opts = CheckOptions { all_bodies: true, ..CheckOptions::default() };
        if let Err(diags) = crate::program::check_with(&sources, &program, opts) {
            let diags = crate::diag::finalize(&sources, diags);
            panic!("{}", crate::diag::render(&sources, &diags, crate::diag::Format::Short));
        }
    }
}

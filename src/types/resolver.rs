//! Collecting a package's objects: imports into file scopes, package-level declarations into
//! the package scope, methods onto their receiver base types (go/types' resolver.go).

use std::rc::Rc;

use gint_syntax::ast::{self, DeclKind, Spec};
use gint_syntax::literal::unquote_string;
use gint_syntax::span::Span;

use super::check::{Checker, Color, Decl, DeclRef, PackageSource};
use super::object::{FuncInfo, ObjId, ObjKind, Object, VarInfo};
use super::scope::{ScopeId, ScopeKind};

/// A function declaration whose body is checked after all package-level declarations.
pub(super) type PendingBody<'a> = (&'a ast::FuncDecl, ScopeId, ObjId);

impl<'a> Checker<'a> {
    pub(super) fn new_object(&mut self, name: &str, mut kind: ObjKind, pos: Span) -> ObjId {
        let typ = self.invalid_type();
        // Local variables get the next slot of their function's frame.
        if let (ObjKind::Var(v), Some(f)) = (&mut kind, self.func.as_mut()) {
            if !v.global && !v.is_field && !v.is_param {
                v.slot = f.next_slot;
                f.next_slot += 1;
            }
        }
        self.objs.add(Object { name: Rc::from(name), kind, typ, pkg: Some(self.pkg), pos })
    }

    /// Declares `obj` in `scope`, reporting a redeclaration as gc does.
    pub(super) fn declare(&mut self, scope: ScopeId, ident: &ast::Ident, obj: ObjId) {
        self.info.record_object(ident.id, obj);
        if ident.name == "_" {
            return;
        }
        if let Some(prev) = self.scopes.insert(scope, Rc::from(ident.name.as_str()), obj) {
            let other = self.objs.get(prev).pos;
            let d = crate::diag::Diagnostic::error(ident.span, format!("{} redeclared in this block", ident.name))
                .with_label(other, format!("other declaration of {}", ident.name));
            self.diags.push(d);
            // The redeclared object is in no scope, so it is never "declared and not used".
            if let Some(v) = self.objs.var_mut(obj) {
                v.used = true;
            }
        }
    }

    /// Collects the objects of all files; returns the functions whose bodies are to be checked.
    pub(super) fn collect_objects(&mut self, src: &PackageSource<'a>) -> Vec<PendingBody<'a>> {
        let mut bodies = Vec::new();
        let mut methods = Vec::new();
        let mut file_scopes = Vec::new();
        for file in &src.files {
            let file_scope = self.scopes.new_scope(Some(self.pkg_scope), ScopeKind::File);
            file_scopes.push(file_scope);
            for decl in &file.decls {
                match decl {
                    ast::Decl::Gen(g) => self.collect_gen_decl(g, file_scope),
                    ast::Decl::Func(f) => {
                        let obj = self.collect_func(f, file_scope);
                        if f.recv.is_some() {
                            methods.push((f, obj));
                        }
                        if f.body.is_some() {
                            bodies.push((f, file_scope, obj));
                        } else if f.recv.is_none() && self.pkg_path_is_user() {
                            self.error(f.name.span, "missing function body");
                        }
                    }
                    ast::Decl::Bad(_) => {}
                }
            }
        }
        for file_scope in file_scopes {
            self.import_conflicts(file_scope);
        }
        for (f, obj) in methods {
            self.associate_method(f, obj);
        }
        self.check_main_func();
        bodies
    }

    /// A package-level name may not also be a name a file imports (go/types' resolver).
    fn import_conflicts(&mut self, file_scope: ScopeId) {
        for (name, obj) in self.scopes.names(file_scope) {
            let Some(alt) = self.scopes.lookup_local(self.pkg_scope, &name) else { continue };
            let (how, pkg) = match self.objs.get(obj).kind {
                ObjKind::PkgName(pkg) => ("import", pkg),
                _ => match self.objs.get(obj).pkg {
                    Some(pkg) => ("dot-import", pkg),
                    None => continue,
                },
            };
            let Some(p) = self.packages.get(pkg.0 as usize) else { continue };
            let msg = format!("{name} already declared through {how} of package {} (\"{}\")", p.name, p.path);
            let d = crate::diag::Diagnostic::error(self.objs.get(alt).pos, msg)
                .with_label(self.objs.get(obj).pos, format!("other declaration of {name}"));
            self.diags.push(d);
        }
    }

    /// The user's own package (as opposed to one of gint's standard library packages, whose
    /// body-less functions are implemented natively).
    pub(super) fn pkg_path_is_user(&self) -> bool {
        self.packages.last().is_some_and(|p| p.name == "main")
    }

    fn collect_gen_decl(&mut self, g: &'a ast::GenDecl, file_scope: ScopeId) {
        match g.kind {
            DeclKind::Import => {
                for spec in &g.specs {
                    if let Spec::Import(i) = spec {
                        self.collect_import(i, file_scope);
                    }
                }
            }
            DeclKind::Const => {
                // An omitted value list repeats the last one (with its type), as the spec says.
                let mut last: Option<(Option<&'a ast::Expr>, &'a [ast::Expr])> = None;
                for spec in &g.specs {
                    let Spec::Value(v) = spec else { continue };
                    if !v.values.is_empty() || v.typ.is_some() {
                        last = Some((v.typ.as_ref(), &v.values));
                    }
                    let (typ, values) = last.unwrap_or((None, &[]));
                    for (index, name) in v.names.iter().enumerate() {
                        let obj =
                            self.new_object(&name.name, ObjKind::Const(super::constant::Value::Unknown), name.span);
                        if !self.declare_pkg_obj(name, obj) {
                            continue;
                        }
                        let decl = DeclRef::Const { index, typ, values, iota: v.iota };
                        self.decls.insert(obj, Decl { file_scope, decl });
                        self.color.insert(obj, Color::White);
                    }
                    if let Some(extra) = v.values.get(v.names.len()) {
                        let s = self.expr_string(extra);
                        self.error(extra.span, format!("extra init expr {s}"));
                    }
                }
            }
            DeclKind::Var => {
                for spec in &g.specs {
                    let Spec::Value(v) = spec else { continue };
                    for (index, name) in v.names.iter().enumerate() {
                        let info = VarInfo { global: true, used: true, slot: self.global_count, ..VarInfo::default() };
                        self.global_count += 1;
                        let obj = self.new_object(&name.name, ObjKind::Var(info), name.span);
                        if !self.declare_pkg_obj(name, obj) {
                            continue;
                        }
                        self.decls.insert(obj, Decl { file_scope, decl: DeclRef::Var { spec: v, index } });
                        self.color.insert(obj, Color::White);
                    }
                }
            }
            DeclKind::Type => {
                for spec in &g.specs {
                    let Spec::Type(t) = spec else { continue };
                    let obj = self.new_object(&t.name.name, ObjKind::TypeName, t.name.span);
                    if !self.declare_pkg_obj(&t.name, obj) {
                        continue;
                    }
                    self.decls.insert(obj, Decl { file_scope, decl: DeclRef::Type { spec: t } });
                    self.color.insert(obj, Color::White);
                }
            }
        }
    }

    /// Declares a package-level const, var or type; false (reported) for the names only a
    /// function may have: "A package-scope identifier with name init may only be declared
    /// to be a function", and so must main in package main.
    fn declare_pkg_obj(&mut self, name: &ast::Ident, obj: ObjId) -> bool {
        if name.name == "init" || (name.name == "main" && self.pkg_path_is_user()) {
            self.error(name.span, format!("cannot declare {} - must be func", name.name));
            return false;
        }
        self.declare(self.pkg_scope, name, obj);
        true
    }

    fn collect_import(&mut self, spec: &'a ast::ImportSpec, file_scope: ScopeId) {
        let path = match unquote_string(&spec.path.raw) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(_) => {
                self.error(spec.path.span, format!("invalid import path: {}", spec.path.raw));
                return;
            }
        };
        let Some(&(pkg, pkg_scope, ref pkg_name)) = self.by_path.get(&path) else {
            self.error(spec.path.span, format!("package {path} is not in std (gint)"));
            return;
        };
        let pkg_name = pkg_name.clone();
        match spec.name.as_ref().map(|n| n.name.as_str()) {
            Some("_") => {}
            Some(".") => {
                for (name, obj) in self.scopes.names(pkg_scope) {
                    if self.objs.get(obj).is_exported() {
                        self.scopes.insert(file_scope, name, obj);
                    }
                }
            }
            explicit => {
                let name = explicit.unwrap_or(&pkg_name);
                let pos = spec.name.as_ref().map_or(spec.path.span, |n| n.span);
                let obj = self.new_object(name, ObjKind::PkgName(pkg), pos);
                self.imports_used.insert(obj, false);
                let ident = match &spec.name {
                    Some(n) => n.clone(),
                    None => ast::Ident { id: ast::NodeId(u32::MAX), span: spec.path.span, name: name.to_string() },
                };
                if self.scopes.insert(file_scope, Rc::from(name), obj).is_some() {
                    self.error(ident.span, format!("{} redeclared in this block", name));
                }
                let _ = pkg;
            }
        }
    }

    fn collect_func(&mut self, f: &'a ast::FuncDecl, file_scope: ScopeId) -> ObjId {
        let obj = self.new_object(&f.name.name, ObjKind::Func(FuncInfo::default()), f.name.span);
        self.info.record_object(f.name.id, obj);
        self.decls.insert(obj, Decl { file_scope, decl: DeclRef::Func { decl: f } });
        self.color.insert(obj, Color::White);
        if f.recv.is_none() {
            if f.name.name == "init" {
                if !f.type_params.is_empty() {
                    self.error(f.name.span, "func init must have no type parameters");
                }
                if !f.sig.params.is_empty() || !f.sig.results.is_empty() {
                    self.error(f.name.span, "func init must have no arguments and no return values");
                }
                if let Some(p) = self.packages.last_mut() {
                    p.inits.push(obj);
                }
            } else if f.name.name == "main" && self.pkg_path_is_user() {
                if !f.type_params.is_empty() {
                    self.error(f.name.span, "func main must have no type parameters");
                }
                if !f.sig.params.is_empty() || !f.sig.results.is_empty() {
                    self.error(f.name.span, "func main must have no arguments and no return values");
                }
                self.declare(self.pkg_scope, &f.name, obj);
            } else {
                self.declare(self.pkg_scope, &f.name, obj);
            }
        }
        obj
    }

    /// Adds a method to its receiver's base type (`T` in `func (r *T) M()`).
    fn associate_method(&mut self, f: &'a ast::FuncDecl, obj: ObjId) {
        let Some(recv) = &f.recv else { return };
        let (base, ptr) = receiver_base(&recv.typ);
        let Some(base) = base else { return };
        let Some(base_obj) = self.scopes.lookup_local(self.pkg_scope, &base.name) else {
            // Reported when the signature is checked ("undefined: T").
            return;
        };
        if let ObjKind::Func(info) = &mut self.objs.get_mut(obj).kind {
            info.recv_base = Some(base_obj);
            info.ptr_recv = ptr;
        }
        self.methods_of.entry(base_obj).or_default().push(obj);
    }

    /// `package main` must declare `func main()`.
    fn check_main_func(&mut self) {
        if !self.pkg_path_is_user() {
            return;
        }
        let has_main = self
            .scopes
            .lookup_local(self.pkg_scope, "main")
            .is_some_and(|o| matches!(self.objs.get(o).kind, ObjKind::Func(_)));
        if !has_main {
            self.error(Span::default(), "function main is undeclared in the main package");
        }
    }

    /// `"os" imported and not used`, for each import no file used.
    pub(super) fn report_unused_imports(&mut self) {
        // A standard package's bodies may be left unchecked, so its imports' uses are unknown.
        if !self.report_unused || !self.checking_user_package() {
            return;
        }
        let mut unused: Vec<ObjId> = self.imports_used.iter().filter(|(_, &u)| !u).map(|(&o, _)| o).collect();
        unused.sort();
        for obj in unused {
            let o = self.objs.get(obj);
            let ObjKind::PkgName(pkg) = o.kind else { continue };
            let path = self.packages.get(pkg.0 as usize).map(|p| p.path.clone()).unwrap_or_default();
            let last = path.rsplit('/').next().unwrap_or(&path).to_string();
            let msg = if *o.name == *last {
                format!("\"{path}\" imported and not used")
            } else {
                format!("\"{path}\" imported as {} and not used", o.name)
            };
            self.error(o.pos, msg);
        }
    }
}

/// The base type name of a receiver type expression, and whether it is a pointer.
pub(super) fn receiver_base(t: &ast::Expr) -> (Option<&ast::Ident>, bool) {
    let mut t = t;
    let mut ptr = false;
    loop {
        match &t.kind {
            ast::ExprKind::Paren(x) => t = x,
            ast::ExprKind::Unary { op: ast::UnaryOp::Deref, x } if !ptr => {
                ptr = true;
                t = x;
            }
            ast::ExprKind::Index { x, .. } => t = x,
            ast::ExprKind::Ident(i) => return (Some(i), ptr),
            _ => return (None, ptr),
        }
    }
}

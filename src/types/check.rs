//! The checker's state and its driver: packages are checked one at a time, in import order;
//! within a package, objects are collected first (`resolver`), package-level declarations
//! are checked on demand in dependency order (`decl`), then function bodies.

use std::collections::HashMap;
use std::rc::Rc;

use gint_syntax::ast;
use gint_syntax::span::Span;

use crate::diag::Diagnostic;

use super::constant::Value;
use super::info::Info;
use super::object::{ObjId, Objects};
use super::scope::{ScopeId, Scopes};
use super::types::{BasicKind, PkgId, TypeId, TypeTable};
use super::universe::{self, Universe};

/// One package to check: its import path and its parsed files.
pub struct PackageSource<'a> {
    pub path: String,
    pub files: Vec<&'a ast::File>,
    /// One of the user's packages (all its function bodies are checked), not a standard one
    /// (its bodies are checked when the program can reach them: `lazy.rs`).
    pub user: bool,
}

/// A checked package.
pub struct CheckedPackage {
    pub path: String,
    pub name: String,
    pub id: PkgId,
    pub scope: ScopeId,
    /// Package-level variables in initialization order, each with the index of its spec
    /// value (see `InitEntry`).
    pub init_order: Vec<InitEntry>,
    /// The `init` functions, in source order.
    pub inits: Vec<ObjId>,
}

/// One step of package initialization: assign the values of a var spec to its variables.
#[derive(Clone, Debug)]
pub struct InitEntry {
    /// The variables of the spec (several for `var a, b = f()`).
    pub lhs: Vec<ObjId>,
    /// The span of the spec (to find it in the AST).
    pub spec: Span,
}

/// Everything the evaluator needs from the checker.
pub struct CheckedProgram {
    /// The number of package-level variables (slots of the globals).
    pub global_count: u32,
    pub types: TypeTable,
    pub objs: Objects,
    pub scopes: Scopes,
    pub info: Info,
    pub universe: Universe,
    pub packages: Vec<CheckedPackage>,
}

/// What a check reports beyond Go's rules as gc applies them.
#[derive(Clone, Copy, Debug)]
pub struct CheckOptions {
    /// `declared and not used` and `imported and not used`: off in a REPL session, where
    /// a variable or an import is made now and used in a later input.
    pub report_unused: bool,
    /// Check the bodies of all standard functions, not only those the program can reach
    /// (the tests check that the whole standard library is free of errors).
    pub all_bodies: bool,
}

impl Default for CheckOptions {
    fn default() -> CheckOptions {
        CheckOptions { report_unused: true, all_bodies: false }
    }
}

/// Checks the packages of a program, given in dependency order (imports first, `main` last).
pub fn check_program<'a>(
    sources: &'a crate::source::SourceMap,
    packages: &[PackageSource<'a>],
) -> Result<CheckedProgram, Vec<Diagnostic>> {
    check_program_with(sources, packages, CheckOptions::default())
}

/// `check_program` with options.
pub fn check_program_with<'a>(
    sources: &'a crate::source::SourceMap,
    packages: &[PackageSource<'a>],
    options: CheckOptions,
) -> Result<CheckedProgram, Vec<Diagnostic>> {
    check_program_lazy(sources, packages, options, None)
}

/// `check_program_with` for packages whose function bodies may be parsed only when needed
/// (`bodies`: see `program/bodies.rs`).
pub fn check_program_lazy<'a>(
    sources: &'a crate::source::SourceMap,
    packages: &[PackageSource<'a>],
    options: CheckOptions,
    bodies: Option<&'a crate::program::Bodies>,
) -> Result<CheckedProgram, Vec<Diagnostic>> {
    let mut types = TypeTable::new();
    let mut objs = Objects::default();
    let mut scopes = Scopes::default();
    let universe = universe::declare(&mut types, &mut objs, &mut scopes);
    let mut checker = Checker {
        types,
        objs,
        scopes,
        info: Info::default(),
        universe,
        diags: Vec::new(),
        packages: Vec::new(),
        by_path: HashMap::new(),
        pkg: PkgId(0),
        pkg_scope: ScopeId(0),
        decls: HashMap::new(),
        color: HashMap::new(),
        scope: ScopeId(0),
        iota: None,
        func: None,
        imports_used: HashMap::new(),
        current_decl: None,
        deps: HashMap::new(),
        methods_of: HashMap::new(),
        global_count: 0,
        sources,
        report_unused: options.report_unused,
        literal_bodies: Default::default(),
        slice_brackets: Default::default(),
        tparam_scopes: HashMap::new(),
        generic_aliases: HashMap::new(),
        generic_value_ok: false,
        constraint_ok: false,
        mono_edges: Vec::new(),
        obj_path: Vec::new(),
        user_pkgs: packages.iter().map(|p| p.user || options.all_bodies).collect(),
        lazy_bodies: HashMap::new(),
        refs: HashMap::new(),
        needed: Default::default(),
        need_queue: Vec::new(),
        bodies,
    };
    for (i, p) in packages.iter().enumerate() {
        checker.check_package(PkgId(i as u32), p);
        if !checker.diags.is_empty() {
            return Err(checker.diags);
        }
    }
    checker.check_needed_bodies();
    checker.diags.extend(bodies.map(|b| b.take_errors()).unwrap_or_default());
    if !checker.diags.is_empty() {
        return Err(checker.diags);
    }
    Ok(CheckedProgram {
        global_count: checker.global_count,
        types: checker.types,
        objs: checker.objs,
        scopes: checker.scopes,
        info: checker.info,
        universe: checker.universe,
        packages: checker.packages,
    })
}

/// Whether a package-level object's declaration has been checked (go/types' object colors,
/// used to find initialization and type declaration cycles).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Color {
    White,
    Grey,
    Black,
}

/// The declaration of a package-level object.
#[derive(Clone, Copy)]
pub(super) enum DeclRef<'a> {
    /// `index`-th name of a const spec; `values`/`typ` come from the spec or, for an
    /// implicit repetition, from the last spec in the group that had values.
    Const {
        index: usize,
        typ: Option<&'a ast::Expr>,
        values: &'a [ast::Expr],
        iota: u32,
    },
    Var {
        spec: &'a ast::ValueSpec,
        index: usize,
    },
    Type {
        spec: &'a ast::TypeSpec,
    },
    Func {
        decl: &'a ast::FuncDecl,
    },
}

#[derive(Clone, Copy)]
pub(super) struct Decl<'a> {
    pub file_scope: ScopeId,
    pub decl: DeclRef<'a>,
}

/// The function whose body is being checked.
#[derive(Clone)]
pub(super) struct FuncCtx {
    pub sig: TypeId,
    /// The named result variables, if the results are named.
    pub named_results: Vec<ObjId>,
    /// The next free slot of the function's frame.
    pub next_slot: u32,
}

pub(super) struct Checker<'a> {
    pub types: TypeTable,
    pub objs: Objects,
    pub scopes: Scopes,
    pub info: Info,
    pub universe: Universe,
    pub diags: Vec<Diagnostic>,
    pub packages: Vec<CheckedPackage>,
    /// Checked packages by import path: their id and scope.
    pub by_path: HashMap<String, (PkgId, ScopeId, Rc<str>)>,

    // The package being checked.
    pub pkg: PkgId,
    pub pkg_scope: ScopeId,
    pub decls: HashMap<ObjId, Decl<'a>>,
    pub color: HashMap<ObjId, Color>,

    // Where checking is.
    pub scope: ScopeId,
    /// The value of `iota` inside a constant declaration.
    pub iota: Option<Value>,
    pub func: Option<FuncCtx>,
    /// Import objects of the package's files, and whether each was used.
    pub imports_used: HashMap<ObjId, bool>,
    /// The package-level declaration (or function body) being checked, and what each
    /// package-level object refers to (for initialization order).
    pub current_decl: Option<ObjId>,
    pub deps: HashMap<ObjId, std::collections::HashSet<ObjId>>,
    /// The methods declared for each package-level type name, in source order; they are
    /// checked together with the type, so a type is complete wherever it is used.
    pub methods_of: HashMap<ObjId, Vec<ObjId>>,
    /// Package-level variables of all packages so far (each has its slot in the globals).
    pub global_count: u32,
    /// The program's source text, for expressions in messages.
    pub sources: &'a crate::source::SourceMap,
    /// `CheckOptions::report_unused`.
    pub report_unused: bool,
    /// The bodies of the composite and function literals checked so far, with the short
    /// text messages print for them (`{…}`, or `{}` if empty), as gc's syntax.String does.
    pub literal_bodies: std::collections::BTreeMap<Span, &'static str>,
    /// The slice expressions checked so far, with the offset of their `[`: gc reports an
    /// error about an operand at the operand's start (syntax.StartPos), which stops at a
    /// slice expression's `[` instead of going on into its left operand.
    pub slice_brackets: std::collections::BTreeMap<Span, u32>,
    /// The package-level objects whose declarations are being checked, outermost first
    /// (go/types' objPath): an object met again is part of a cycle, which this path names.
    pub obj_path: Vec<ObjId>,
    /// The scope holding a generic function's (or generic type's method's) type
    /// parameters, which its body is checked in.
    pub tparam_scopes: HashMap<ObjId, ScopeId>,
    /// Generic aliases (`type A[T any] = []T`): the stand-in type of the alias name (a
    /// named type holding the type parameters) → the aliased type.
    pub generic_aliases: HashMap<TypeId, TypeId>,
    /// Set while checking an operand that may be a generic function not instantiated yet:
    /// an argument or a value assigned to a function type, whose type arguments are then
    /// inferred from the type it is assigned to (Go 1.21).
    pub generic_value_ok: bool,
    /// Set for the next type expression checked where a constraint interface (one with
    /// type terms, or comparable) may stand: a constraint, an embedded interface element,
    /// the right side of a type declaration.
    pub constraint_ok: bool,
    /// Instantiations inside generic code, for the instantiation-cycle check (go/types'
    /// monomorph.go): callee type parameter, caller type parameter its argument mentions,
    /// whether the argument is more than that parameter (`[]T` for `T`), and where.
    pub mono_edges: Vec<super::generics::MonoEdge>,

    // Checking standard bodies only when needed (`lazy.rs`).
    /// By package: whether all its bodies are checked (the user's packages).
    pub user_pkgs: Vec<bool>,
    /// Standard function bodies not checked yet.
    pub lazy_bodies: HashMap<ObjId, super::lazy::LazyBody<'a>>,
    /// What each standard entity not needed yet refers to.
    pub refs: HashMap<ObjId, Vec<ObjId>>,
    /// The standard entities the program can reach, and those whose references are still
    /// to be followed.
    pub needed: std::collections::HashSet<ObjId>,
    pub need_queue: Vec<ObjId>,
    /// Where the real bodies of functions parsed without them are.
    pub bodies: Option<&'a crate::program::Bodies>,
}

impl<'a> Checker<'a> {
    /// The source text of a span.
    pub fn source_text(&self, span: Span) -> &str {
        let text = self.sources.get(span.file).text();
        text.get(span.lo as usize..span.hi as usize).unwrap_or("")
    }

    /// A position as gc prints it inside a message ("first at x.go:20:2").
    pub fn pos_string(&self, span: Span) -> String {
        let file = self.sources.get(span.file);
        let (line, col) = file.line_col(span.lo);
        format!("{}:{line}:{col}", file.path())
    }

    /// Reports an error in gc's words.
    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        let span = self.gc_error_span(span);
        self.diags.push(Diagnostic::error(span, msg));
    }

    /// Where gc puts an error about the expression spanning `span`: at the `[` of the
    /// outermost slice expression its leftmost operands lead to (see `slice_brackets`), else
    /// at its start.
    fn gc_error_span(&self, span: Span) -> Span {
        let from = Span { hi: 0, ..span };
        match self.slice_brackets.range(from..=span).next_back() {
            Some((_, &lbrack)) => Span { lo: lbrack, ..span },
            None => span,
        }
    }

    pub fn invalid_type(&self) -> TypeId {
        self.types.basic(BasicKind::Invalid)
    }

    pub fn basic(&self, kind: BasicKind) -> TypeId {
        self.types.basic(kind)
    }

    fn check_package(&mut self, id: PkgId, src: &PackageSource<'a>) {
        self.pkg = id;
        self.decls.clear();
        self.color.clear();
        self.imports_used.clear();
        self.deps.clear();
        self.methods_of.clear();
        let name = src.files.first().map_or_else(String::new, |f| f.package.name.clone());
        self.pkg_scope = self.scopes.new_scope(Some(self.universe.scope), super::scope::ScopeKind::Package);
        self.packages.push(CheckedPackage {
            path: src.path.clone(),
            name: name.clone(),
            id,
            scope: self.pkg_scope,
            init_order: Vec::new(),
            inits: Vec::new(),
        });

        let funcs = self.collect_objects(src);
        let _ = self.info.take_uses(); // the package's own declarations
        self.check_package_decls();
        let _ = self.info.take_uses();
        for (decl, file_scope, obj) in funcs {
            if self.checking_user_package() {
                self.check_body_now(decl, file_scope, obj);
            } else {
                self.defer_body(decl, file_scope, obj);
            }
        }
        self.check_init_bodies();
        self.report_unused_imports();
        self.check_instantiation_cycles();
        let order = self.init_order();
        if let Some(p) = self.packages.last_mut() {
            p.init_order = order;
        }
        self.by_path.insert(src.path.clone(), (id, self.pkg_scope, Rc::from(name.as_str())));
    }
}

#[cfg(test)]
mod tests {
    use crate::source::{SourceFile, SourceMap};
    use crate::types::info::FrameOwner;
    use crate::types::object::ObjKind;

    /// Checks a program and returns (name, slot, escapes) of every local variable, and the
    /// frame size of `f`.
    fn locals(src: &str) -> (Vec<(String, u32, bool)>, Option<u32>) {
        let mut sources = SourceMap::new();
        let id = sources.add(SourceFile::new("x.go", src));
        let program = crate::program::load(&mut sources, &[id]).unwrap_or_else(|d| panic!("{d:?}"));
        let checked = crate::program::check(&sources, &program).unwrap_or_else(|d| panic!("{d:?}"));
        let mut out = Vec::new();
        let mut frame = None;
        for i in 0..checked.objs.len() {
            let o = checked.objs.get(super::ObjId(i as u32));
            if o.pkg != Some(super::PkgId(checked.packages.len() as u32 - 1)) {
                continue;
            }
            match &o.kind {
                ObjKind::Var(v) if !v.global && !v.is_field => out.push((o.name.to_string(), v.slot, v.escapes)),
                ObjKind::Func(_) if &*o.name == "f" => {
                    frame = checked.info.frame_size(FrameOwner::Func(super::ObjId(i as u32)))
                }
                _ => {}
            }
        }
        (out, frame)
    }

    /// gc's short diagnostics for `src`.
    fn errors(src: &str) -> String {
        let mut sources = SourceMap::new();
        let id = sources.add(SourceFile::new("x.go", src));
        let program = crate::program::load(&mut sources, &[id]).unwrap_or_else(|d| panic!("{d:?}"));
        let diags = crate::program::check(&sources, &program).err().unwrap_or_default();
        let diags = crate::diag::finalize(&sources, diags);
        crate::diag::render(&sources, &diags, crate::diag::Format::Short)
    }

    #[test]
    fn errors_about_slice_expressions_point_at_their_bracket() {
        // The positions gc gives (syntax.StartPos does not enter a slice expression).
        let src = "package main\n\nfunc main() {\n\tvar s []int\n\t_ = string(s[1:2])\n\t_ = string(s)\n\t_ = s[1:2][0] + \"a\"\n}\n";
        let got = errors(src);
        let at = |s: &str| got.lines().find(|l| l.contains(s)).map(|l| l.split(": ").next().unwrap_or("").to_string());
        assert_eq!(at("convert s[1:2]").as_deref(), Some("x.go:5:14"), "{got}");
        assert_eq!(at("convert s (").as_deref(), Some("x.go:6:13"), "{got}");
        assert_eq!(at("mismatched").as_deref(), Some("x.go:7:7"), "{got}");
    }

    #[test]
    fn parameters_then_locals_get_frame_slots_and_captured_variables_escape() {
        let src = "package main\n\nfunc f(a, b int) (r int) {\n\tx := a\n\tg := func() { x++ }\n\tg()\n\tp := &b\n\t_ = p\n\treturn x\n}\n\nfunc main() { f(1, 2) }\n";
        let (vars, frame) = locals(src);
        let get = |n: &str| vars.iter().find(|v| v.0 == n).cloned().unwrap_or_else(|| panic!("no {n}"));
        assert_eq!(get("a").1, 0);
        assert_eq!(get("b").1, 1);
        assert_eq!(get("r").1, 2);
        assert_eq!(get("x").1, 3);
        assert!(get("x").2, "x is captured by the closure");
        assert!(get("b").2, "b has its address taken");
        assert!(!get("a").2);
        assert_eq!(frame, Some(6)); // a, b, r, x, g, p
    }
}

//! A REPL session: one growing Go program.
//!
//! Top-level declarations typed by the user go into the program's package scope (a later
//! declaration of a name replaces the earlier one); statements are appended to the body
//! of a synthetic `main`, which runs on one goroutine whose frame the session keeps. Each
//! input rebuilds the program's source, loads and checks it (unused variables and imports
//! are not errors here), lowers it, and runs only the new statements in the kept frame,
//! so earlier side effects are not repeated and earlier variables keep their values
//! (`layout` says how the state survives the rebuild). An error or a panic leaves the
//! session as it was before the input.
//!
//! An expression typed alone is printed with its type: each value as `%q` if its type is a
//! string kind, as `%v` otherwise, then its static type as `%T` spells types (`3 int`,
//! `"hi" string`, `[1 2 3] []int`, `<nil> error`); a multi-valued call prints one line per
//! value. (`%#v`, `[]int{1, 2, 3}`, would be the better choice for composite values once
//! gint's fmt has the `#` flag: one line in `type_display`.) The printing is a statement
//! run once and dropped; the expression stays in `main` as `_ = E` (not run again).
//!
//! Goroutines started by `go` stay in the scheduler between inputs (the session is one
//! run of the program); they run only while an input runs, and each input ends with one
//! round of the run queue (`sched::yield_now`), so `go f()` starts at once. They cannot run
//! while the REPL waits for a line: the scheduler has one thread, and it is reading.
//!
//! The library does no I/O: output goes to the `Host`, errors come back as `Failure`.

pub mod doc;
pub mod input;
mod layout;
mod source;

use std::collections::HashSet;

use gint_syntax::ast::{self, Decl, ExprKind, StmtKind};

use crate::diag::Diagnostic;
use crate::eval::{Host, Lowered, Outcome};
use crate::program::Program;
use crate::runtime::frame::Frame;
use crate::source::{SourceFile, SourceMap};
use crate::types::types::{Type, TypeId};
use crate::types::{CheckOptions, CheckedProgram};

use input::Input;
use layout::{GlobalKey, Layout};
pub use source::Code;
use source::{Origin, Piece};

/// Why an input did not run to its end.
pub enum Failure {
    /// Compile errors: in the input (file `<stdin>`, the input's text) if there are any
    /// there, else in the session's program (`session.go`).
    Compile(SourceMap, Vec<Diagnostic>),
    /// A panic or fatal error, as Go reports it.
    Panic(String),
    /// `os.Exit(n)` was called.
    Exit(i32),
    /// Something the REPL itself refuses.
    Refused(String),
}

/// A checked program of the session, with its sources and where the input is in them.
struct Checked {
    program: Program,
    checked: CheckedProgram,
    sources: SourceMap,
    ranges: Vec<(usize, usize, usize)>,
}

/// The program of the last input that ran.
struct Built {
    program: Program,
    checked: CheckedProgram,
    lowered: Lowered,
}

pub struct Session {
    code: Code,
    frame: Frame,
    layout: Layout,
    /// Package-level variables whose initializers have run.
    initialized: HashSet<GlobalKey>,
    /// The last program run. Goroutines started by earlier programs need none of them: the
    /// lowered closures own (through `Rc`s) all the code they run.
    last: Option<Built>,
    /// The name errors in the current input are shown under.
    input_name: String,
}

const STDIN: &str = "<stdin>";

impl Default for Session {
    fn default() -> Self {
        Session::new()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        crate::eval::session_end();
    }
}

impl Session {
    pub fn new() -> Session {
        crate::eval::session_begin();
        Session {
            code: Code::default(),
            frame: Frame::new(0),
            layout: Layout::default(),
            initialized: HashSet::new(),
            last: None,
            input_name: STDIN.to_string(),
        }
    }

    /// Runs one complete input (see `input::needs_more`).
    pub fn eval(&mut self, text: &str, host: &mut dyn Host) -> Result<(), Failure> {
        let (parsed, prefix) = input::parse(text).map_err(|errs| syntax_failure(text, errs))?;
        match parsed {
            Input::Decls(file) => self.declare(text, &file, prefix, host),
            Input::Stmts(stmts) => self.statements(text, &stmts, prefix, host),
            Input::Expr(e) => self.expression(text, &e, prefix, host),
        }
    }

    /// Package-level declarations: each replaces the declarations of the same names.
    fn declare(&mut self, text: &str, file: &ast::File, prefix: usize, host: &mut dyn Host) -> Result<(), Failure> {
        let mut code = self.base_code(text);
        let mut redeclared = Vec::new();
        let mut runs_init = false;
        for spec in &file.imports {
            let path =
                String::from_utf8_lossy(&gint_syntax::literal::unquote_string(&spec.path.raw).unwrap_or_default())
                    .into_owned();
            if !crate::stdlib::has_package(&path) {
                let (lo, hi) = (spec.path.span.lo as usize - prefix, spec.path.span.hi as usize - prefix);
                let msg = format!("package {path} is not in std (gint)");
                let mut sources = SourceMap::new();
                let id = sources.add(SourceFile::new(self.input_name.as_str(), text));
                let d = Diagnostic::error(gint_syntax::span::Span::new(id, lo, hi), msg);
                return Err(Failure::Compile(sources, vec![d]));
            }
            code.add_import(spec.name.as_ref().map(|n| n.name.clone()), path);
        }
        for d in &file.decls {
            let (span, keys) = match d {
                Decl::Func(f) => {
                    if f.recv.is_none() && f.name.name == "main" {
                        return Err(Failure::Refused(
                            "func main cannot be declared in a session: type its statements instead".into(),
                        ));
                    }
                    runs_init |= f.recv.is_none() && f.name.name == "init";
                    (f.span, vec![source::func_key(f, text, prefix)])
                }
                Decl::Gen(g) if g.kind == ast::DeclKind::Import => continue,
                Decl::Gen(g) => {
                    let keys = source::gen_keys(g);
                    if g.kind == ast::DeclKind::Var {
                        redeclared.extend(keys.iter().cloned());
                    }
                    (g.span, keys)
                }
                Decl::Bad(_) => continue,
            };
            let (lo, hi) = (span.lo as usize - prefix, span.hi as usize - prefix);
            code.replace_decl(Piece::new(&text[lo..hi], keys, Some(Origin { at: 0, input: lo, len: hi - lo })));
        }
        let built = self.build(&mut code, text)?;
        for name in redeclared {
            self.initialized.remove(&("main".to_string(), name));
        }
        self.run(built, code, None, runs_init, host)
    }

    /// Statements for `main`'s body.
    fn statements(
        &mut self,
        text: &str,
        stmts: &[ast::Stmt],
        prefix: usize,
        host: &mut dyn Host,
    ) -> Result<(), Failure> {
        let mut code = self.base_code(text);
        let from = code.body.len();
        for s in stmts {
            let (lo, hi) = (s.span.lo as usize - prefix, s.span.hi as usize - prefix);
            code.body.push(Piece::new(&text[lo..hi], Vec::new(), Some(Origin { at: 0, input: lo, len: hi - lo })));
            code.saved.push(text[lo..hi].to_string());
        }
        let built = self.build(&mut code, text)?;
        self.run(built, code, Some(from), false, host)
    }

    /// An expression typed alone: run, and its values printed with their types.
    fn expression(&mut self, text: &str, e: &ast::Expr, prefix: usize, host: &mut dyn Host) -> Result<(), Failure> {
        let (lo, hi) = (e.span.lo as usize - prefix, e.span.hi as usize - prefix);
        let etext = &text[lo..hi];
        if input::is_fmt_call(e) {
            return self.statements(
                text,
                &[ast::Stmt { span: e.span, kind: StmtKind::Expr(e.clone()), depth: 1 }],
                prefix,
                host,
            );
        }
        let (types, mut code) = match self.expr_types(text, lo, hi) {
            Ok(t) => t,
            // A call with no result is run as a statement.
            Err(Failure::Compile(_, d)) if d.iter().any(|d| d.message.ends_with("(no value) used as value")) => {
                let s = ast::Stmt { span: e.span, kind: StmtKind::Expr(e.clone()), depth: 1 };
                return self.statements(text, &[s], prefix, host);
            }
            Err(f) => return Err(f),
        };
        code.needs_fmt = true;
        // The expression stays in main's body as `_ = E`, never run again: a closure in it
        // keeps the variables it captures escaping (held in cells) in every later program,
        // as they were when it ran. The statement printing it is run once and dropped.
        let kept = format!("{} = {etext}", vec!["_"; types.len()].join(", "));
        code.body.push(Piece::new(&kept, Vec::new(), None));
        code.saved.push(kept);
        let from = code.body.len();
        let (stmt, at) = source::show_values(etext, &types);
        code.body.push(Piece::new(&stmt, Vec::new(), Some(Origin { at, input: lo, len: hi - lo })));
        let built = self.build(&mut code, text)?;
        code.body.pop();
        self.run(built, code, Some(from), false, host)
    }
}

impl Session {
    /// The session's code with the imports `text` obviously needs: each `pkg.` where `pkg`
    /// is a standard package not imported and not a name of the session. (The check adds
    /// the ones this misses, one more check each.)
    fn base_code(&self, text: &str) -> Code {
        let mut code = self.code.clone();
        let names = self.names();
        let (tokens, _) = gint_syntax::lexer::tokenize(text);
        use gint_syntax::token::Tok;
        for (i, w) in tokens.windows(2).enumerate() {
            let (Tok::Ident(name), Tok::Period) = (&w[0].1, &w[1].1) else { continue };
            let selected = i > 0 && matches!(tokens[i - 1].1, Tok::Period);
            if selected || code.imports_name(name) || names.iter().any(|n| n == name) {
                continue;
            }
            if let Some(path) = crate::stdlib::package_named(name) {
                code.add_import(None, path.to_string());
            }
        }
        code
    }

    /// `:type EXPR`: the types of an expression's values, without running it.
    pub fn type_of(&mut self, text: &str) -> Result<String, Failure> {
        let (parsed, prefix) = input::parse(text).map_err(|errs| syntax_failure(text, errs))?;
        let Input::Expr(e) = parsed else {
            return Err(Failure::Refused(":type takes an expression".into()));
        };
        let (lo, hi) = (e.span.lo as usize - prefix, e.span.hi as usize - prefix);
        let (types, _) = self.expr_types(text, lo, hi)?;
        let names: Vec<String> = types.into_iter().map(|(t, _)| t).collect();
        Ok(if names.len() == 1 { names.join("") } else { format!("({})", names.join(", ")) })
    }

    /// `:vars`: the session's variables (`main`'s, then the package-level ones it does not
    /// hide), each as `name type = value`.
    pub fn vars(&mut self, host: &mut dyn Host) -> Result<(), Failure> {
        let Some(last) = &self.last else { return Ok(()) };
        let checked = &last.checked;
        let mut shown: Vec<(String, String, &str)> = Vec::new();
        for v in &self.layout.vars {
            let (t, verb) = type_display(checked, v.typ);
            shown.retain(|(n, _, _)| *n != v.name);
            shown.push((v.name.clone(), t, verb));
        }
        let mut globals: Vec<&String> =
            self.layout.globals.keys().filter(|(p, n)| p == "main" && n != "_").map(|(_, n)| n).collect();
        globals.sort();
        let scope = checked.packages.last().map(|p| p.scope);
        for name in globals {
            if shown.iter().any(|(n, _, _)| n == name) {
                continue;
            }
            let Some(obj) = scope.and_then(|s| checked.scopes.lookup_local(s, name)) else { continue };
            let (t, verb) = type_display(checked, checked.objs.get(obj).typ);
            shown.push((name.clone(), t, verb));
        }
        if shown.is_empty() {
            return Ok(());
        }
        let mut code = self.code.clone();
        code.needs_fmt = true;
        let from = code.body.len();
        code.body.push(Piece::new(&source::show_vars(&shown), Vec::new(), None));
        let built = self.build(&mut code, "")?;
        code.body.pop();
        code.needs_fmt = self.code.needs_fmt;
        self.run(built, code, Some(from), false, host)
    }

    /// `:save`: the session so far as a program `go run` takes.
    pub fn save(&self) -> String {
        let first = self.code.save_text(&[], &[]);
        let mut sources = SourceMap::new();
        let id = sources.add(SourceFile::new("saved.go", first.as_str()));
        let diags = match crate::program::load(&mut sources, &[id]) {
            Ok(p) => crate::program::check(&sources, &p).err().unwrap_or_default(),
            Err(d) => d,
        };
        let (mut unused, mut unread) = (Vec::new(), Vec::new());
        for d in diags {
            if let Some(v) = d.message.strip_prefix("declared and not used: ") {
                unread.push(v.to_string());
            } else if let Some(rest) = d.message.strip_prefix('"') {
                if d.message.contains("imported") && d.message.ends_with("not used") {
                    unused.push(rest.split('"').next().unwrap_or("").to_string());
                }
            }
        }
        self.code.save_text(&unused, &unread)
    }

    /// `:load`: the declarations of a Go file (its `func main`, if any, is left out).
    pub fn load(&mut self, name: &str, text: &str, host: &mut dyn Host) -> Result<(), Failure> {
        let parsed = gint_syntax::parse_file(text, gint_syntax::span::FileId(0), 0);
        let Some(file) = parsed.ast.filter(|_| parsed.errors.is_empty()) else {
            let mut sources = SourceMap::new();
            let id = sources.add(SourceFile::new(name, text));
            let diags = parsed.errors.iter().map(|e| Diagnostic::from_syntax(id, e)).collect();
            return Err(Failure::Compile(sources, diags));
        };
        // Blank out the package clause and main, keeping every other byte where it was.
        let mut bytes = text.as_bytes().to_vec();
        let mut blank = |lo: usize, hi: usize| {
            for b in &mut bytes[lo.min(hi)..hi.min(text.len())] {
                if *b != b'\n' {
                    *b = b' ';
                }
            }
        };
        blank(0, file.package.span.hi as usize);
        for d in &file.decls {
            if let Decl::Func(f) = d {
                if f.recv.is_none() && f.name.name == "main" {
                    blank(f.span.lo as usize, f.span.hi as usize);
                }
            }
        }
        let kept = String::from_utf8_lossy(&bytes).into_owned();
        if !input::starts_declaration(&kept) {
            return Ok(());
        }
        let (parsed, prefix) = input::parse(&kept).map_err(|errs| syntax_failure(&kept, errs))?;
        self.input_name = name.to_string();
        let r = match parsed {
            Input::Decls(f) => self.declare(&kept, &f, prefix, host),
            _ => Ok(()),
        };
        self.input_name = STDIN.to_string();
        r
    }

    /// `:reset`: a new, empty session (goroutines still running are dropped).
    pub fn reset(&mut self) {
        crate::eval::session_end();
        crate::eval::session_begin();
        self.code = Code::default();
        self.frame = Frame::new(0);
        self.layout = Layout::default();
        self.initialized.clear();
        self.last = None;
    }

    /// Names in scope after the last input, for completion: the session's variables, its
    /// package-level names, and the imported packages.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.layout.vars.iter().map(|v| v.name.clone()).collect();
        if let Some(last) = &self.last {
            if let Some(p) = last.checked.packages.last() {
                names.extend(last.checked.scopes.names(p.scope).into_iter().map(|(n, _)| n.to_string()));
            }
        }
        names.extend(
            self.code
                .imports
                .iter()
                .map(|(n, p)| n.clone().unwrap_or_else(|| p.rsplit('/').next().unwrap_or(p).to_string())),
        );
        names.retain(|n| !n.starts_with("__gint") && n != "main");
        names.sort();
        names.dedup();
        names
    }

    /// The types of an expression's values (checked as `__gint_show(E)`, not run), with
    /// the code its check needed (auto-imports added).
    fn expr_types(&self, text: &str, lo: usize, hi: usize) -> Result<(Vec<(String, &'static str)>, Code), Failure> {
        let mut code = self.base_code(text);
        let call = format!("{}(", source::SHOW);
        let piece = format!("{call}{})", &text[lo..hi]);
        code.body.push(Piece::new(&piece, Vec::new(), Some(Origin { at: call.len(), input: lo, len: hi - lo })));
        let Checked { program, checked, .. } = self.check(&mut code, text)?;
        code.body.pop();
        let t = shown_expr(&program).and_then(|e| checked.info.type_of(e.id)).map(|tv| tv.typ);
        let Some(t) = t else { return Err(Failure::Refused("internal error: the expression has no type".into())) };
        let types = value_types(&checked, t).into_iter().map(|t| type_display(&checked, t)).collect();
        Ok((types, code))
    }

    /// Checks the program of `code`, adding the imports of standard packages it uses
    /// without importing them.
    fn check(&self, code: &mut Code, text: &str) -> Result<Checked, Failure> {
        loop {
            let (src, ranges) = code.render();
            let mut sources = SourceMap::new();
            let id = sources.add(SourceFile::new("session.go", src));
            let result = crate::program::load(&mut sources, &[id]).and_then(|p| {
                crate::program::check_with(&sources, &p, CheckOptions { report_unused: false, ..Default::default() })
                    .map(|c| (p, c))
            });
            let diags = match result {
                Ok((program, mut checked)) => {
                    layout::box_all_globals(&mut checked);
                    return Ok(Checked { program, checked, sources, ranges });
                }
                Err(d) => d,
            };
            let missing: Vec<&str> = diags
                .iter()
                .filter_map(|d| d.message.strip_prefix("undefined: "))
                .filter(|name| !code.imports_name(name))
                .filter_map(crate::stdlib::package_named)
                .collect();
            if missing.is_empty() {
                return Err(compile_failure(sources, diags, &ranges, text, &self.input_name));
            }
            for path in missing {
                code.add_import(None, path.to_string());
            }
        }
    }

    /// Checks and lowers the program of `code`.
    fn build(&self, code: &mut Code, text: &str) -> Result<Built, Failure> {
        let Checked { program, checked, sources, ranges } = self.check(code, text)?;
        let lowered = match crate::eval::prepare_session(&checked, &program) {
            Ok(l) => l,
            Err(diags) => {
                let diags = crate::diag::finalize(&sources, diags);
                return Err(compile_failure(sources, diags, &ranges, text, &self.input_name));
            }
        };
        Ok(Built { program, checked, lowered })
    }

    /// Runs a built program on the session's frame: its new initializers, then `main`'s
    /// statements from `from` (none if None). On success the session becomes `code`; on a
    /// panic it stays as it was.
    fn run(
        &mut self,
        built: Built,
        mut code: Code,
        from: Option<usize>,
        runs_init: bool,
        host: &mut dyn Host,
    ) -> Result<(), Failure> {
        let layout = layout::layout(&built.checked, &built.program, built.lowered.session_size());
        layout::reconcile(&mut self.frame, &self.layout, &layout).map_err(Failure::Refused)?;
        let old_globals = std::mem::take(&mut self.frame.globals);
        self.frame.globals =
            layout::remap_globals(&old_globals, &self.layout, &layout, &self.initialized, built.lowered.globals);
        let old_initialized = self.initialized.clone();
        let checked = &built.checked;
        let initialized = &mut self.initialized;
        let mut want = |lhs: &[crate::types::object::ObjId]| -> bool {
            if lhs.is_empty() {
                return runs_init;
            }
            let keys: Vec<GlobalKey> = lhs.iter().filter_map(|&o| layout::global_key(checked, o)).collect();
            if keys.iter().all(|k| initialized.contains(k)) {
                return false;
            }
            initialized.extend(keys);
            true
        };
        let from = from.unwrap_or(usize::MAX);
        let result = crate::eval::run_session_input(&built.lowered, &mut self.frame, from, &mut want, host);
        match result {
            Ok(()) => {
                code.clear_origins();
                self.code = code;
                self.layout = layout;
                self.last = Some(built);
                Ok(())
            }
            Err(Outcome::Exit(n)) => Err(Failure::Exit(n)),
            Err(Outcome::Panic(report)) => {
                let _ = layout::reconcile(&mut self.frame, &layout, &self.layout);
                self.frame.globals = old_globals;
                self.initialized = old_initialized;
                Err(Failure::Panic(report))
            }
        }
    }
}

/// Compile errors of a session's program: the ones in the current input, in the input's
/// coordinates, if there are any; else all of them, in the program.
fn compile_failure(
    sources: SourceMap,
    diags: Vec<Diagnostic>,
    ranges: &[(usize, usize, usize)],
    text: &str,
    name: &str,
) -> Failure {
    let mut input = SourceMap::new();
    let id = input.add(SourceFile::new(name, text));
    let inside = |lo: u32| {
        let lo = lo as usize;
        ranges.iter().find(|(at, len, _)| lo >= *at && lo <= at + len).map(|(at, _, input)| (lo - at + input) as u32)
    };
    // session.go is the first file of `sources`; the others are standard packages.
    let session = gint_syntax::span::FileId(0);
    let mut moved = Vec::new();
    for d in diags.iter().filter(|d| d.span.file == session) {
        if let Some(lo) = inside(d.span.lo) {
            let hi = inside(d.span.hi).unwrap_or(lo).max(lo);
            let mut m = Diagnostic::error(gint_syntax::span::Span { file: id, lo, hi }, d.message.clone());
            m.notes = d.notes.clone();
            moved.push(m);
        }
    }
    if moved.is_empty() {
        Failure::Compile(sources, diags)
    } else {
        Failure::Compile(input, moved)
    }
}

/// Syntax errors of an input, as compile errors in `<stdin>`.
fn syntax_failure(text: &str, errs: Vec<gint_syntax::error::SyntaxError>) -> Failure {
    let mut sources = SourceMap::new();
    let id = sources.add(SourceFile::new(STDIN, text));
    let diags = errs.into_iter().map(|e| Diagnostic::from_syntax(id, &e)).collect();
    Failure::Compile(sources, diags)
}

/// The display of a value's type (`%T`'s spelling), and the verb printing it.
pub(crate) fn type_display(checked: &CheckedProgram, t: TypeId) -> (String, &'static str) {
    let t = crate::types::predicates::default_type(&checked.types, t);
    let name = crate::types::typestring::type_string(&checked.types, &checked.objs, t, &|p| {
        checked.packages.get(p.0 as usize).map(|p| p.name.clone())
    });
    let quoted = checked.types.basic_kind(t).is_some_and(|k| k.is_string());
    (name, if quoted { "%q" } else { "%v" })
}

/// The types of an expression's values (one per result of a multi-valued call).
fn value_types(checked: &CheckedProgram, t: TypeId) -> Vec<TypeId> {
    match checked.types.get(t) {
        Type::Tuple(v) => v.clone(),
        _ => vec![t],
    }
}

/// The expression shown by the last statement of `main` (`__gint_show(E)`).
fn shown_expr(program: &Program) -> Option<&ast::Expr> {
    let body = layout::main_decl(program)?.body.as_ref()?;
    let StmtKind::Expr(call) = &body.stmts.last()?.kind else { return None };
    let ExprKind::Call { args, .. } = &call.kind else { return None };
    args.first()
}

//! Loading a program: the user's files (package main), then the standard packages they
//! import, transitively; everything parsed, ordered so that imports come before importers,
//! and type-checked.

use std::collections::HashMap;

use gint_syntax::ast;
use gint_syntax::literal::unquote_string;
use gint_syntax::span::{FileId, Span};

use crate::diag::{self, Diagnostic};
use crate::parse;
use crate::source::{SourceFile, SourceMap};
use crate::types::{check_program_lazy, CheckOptions, CheckedProgram, PackageSource};

mod bodies;
pub use bodies::Bodies;

/// A parsed package.
pub struct LoadedPackage {
    pub path: String,
    pub files: Vec<ast::File>,
    /// One of the user's packages (whose initialization runs in full), not a standard one.
    pub user: bool,
}

/// A parsed program: its packages in dependency order, `main` last.
pub struct Program {
    pub packages: Vec<LoadedPackage>,
    /// The standard packages' function bodies, parsed when needed.
    pub bodies: Bodies,
}

/// Parses the user's files (already in `sources`) and the packages they import. Errors
/// are finalized (sorted, limited) as gc prints them.
pub fn load(sources: &mut SourceMap, user_files: &[FileId]) -> Result<Program, Vec<Diagnostic>> {
    load_in_module(sources, user_files, None)
}

/// `load` for files inside a module: imports of the module's own packages are loaded
/// through `module`, as `go run` does.
pub fn load_in_module(
    sources: &mut SourceMap,
    user_files: &[FileId],
    module: Option<&ModulePackages<'_>>,
) -> Result<Program, Vec<Diagnostic>> {
    let main = UserPackage { path: "main".to_string(), files: user_files.to_vec() };
    load_packages(sources, &[main], true, module)
}

/// The packages of the module the user's code is in (go.mod's `module` path): an import
/// of `path/...` is one of the user's packages, read by `load` (the library does no I/O),
/// which gives its non-test files or the message go prints when it cannot.
pub struct ModulePackages<'a> {
    pub path: &'a str,
    pub load: &'a dyn Fn(&str) -> Result<Vec<SourceFile>, String>,
}

impl ModulePackages<'_> {
    /// Whether an import path names a package of this module.
    fn contains(&self, import: &str) -> bool {
        import == self.path || import.strip_prefix(self.path).is_some_and(|rest| rest.starts_with('/'))
    }
}

/// A package of the user's: its import path and its files (already in the source map).
pub struct UserPackage {
    pub path: String,
    pub files: Vec<FileId>,
}

/// Parses the user's packages and the standard packages they import. The last user package
/// is the program's main; the others can be imported by their paths (as `go test` builds a
/// package, its external tests and a generated main). `main_only`: all files of the last
/// package must say `package main`, as `go run` requires.
pub fn load_packages(
    sources: &mut SourceMap,
    user: &[UserPackage],
    main_only: bool,
    module: Option<&ModulePackages<'_>>,
) -> Result<Program, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut next_id = 0;
    let parse_files = |sources: &SourceMap, ids: &[FileId], next_id: &mut u32, diags: &mut Vec<Diagnostic>| {
        let mut files = Vec::new();
        for &id in ids {
            let parsed = parse::parse(sources, id, *next_id);
            *next_id = parsed.next_id;
            diags.extend(parsed.diagnostics);
            files.extend(parsed.ast);
        }
        files
    };
    let mut bodies = Bodies::default();
    let mut loaded: HashMap<String, LoadedPackage> = HashMap::new();
    let mut imports_of: HashMap<String, Vec<String>> = HashMap::new();
    let mut queue: Vec<String> = Vec::new();
    // The module's packages the user's code imports, with where each was first imported.
    let mut local_queue: Vec<(String, Span)> = Vec::new();
    let user_paths: Vec<&str> = user.iter().map(|p| p.path.as_str()).collect();
    for p in user {
        let files = parse_files(sources, &p.files, &mut next_id, &mut diags);
        if !diags.is_empty() {
            return Err(diag::finalize(sources, diags));
        }
        let imports = import_paths(&files, &mut diags, &user_paths, module, &mut local_queue);
        queue.extend(imports.iter().cloned());
        imports_of.insert(p.path.clone(), imports);
        loaded.insert(p.path.clone(), LoadedPackage { path: p.path.clone(), files, user: true });
    }
    let main_path = user.last().map_or("main".to_string(), |p| p.path.clone());
    if main_only {
        if let Some(main) = loaded.get(&main_path) {
            check_package_clauses(&main.files, &mut diags);
        }
    }

    // The module's packages the user's code imports, and theirs, transitively.
    while let Some((path, at)) = local_queue.pop() {
        if loaded.contains_key(&path) {
            continue;
        }
        let Some(module) = module else { continue };
        let files = match (module.load)(&path) {
            Ok(files) => files,
            Err(msg) => {
                diags.push(Diagnostic::error(at, msg));
                loaded.insert(path.clone(), LoadedPackage { path, files: Vec::new(), user: true });
                continue;
            }
        };
        let ids: Vec<FileId> = files.into_iter().map(|f| sources.add(f)).collect();
        let asts = parse_files(sources, &ids, &mut next_id, &mut diags);
        let imports = import_paths(&asts, &mut diags, &user_paths, Some(module), &mut local_queue);
        queue.extend(imports.iter().filter(|p| !module.contains(p)).cloned());
        imports_of.insert(path.clone(), imports);
        loaded.insert(path.clone(), LoadedPackage { path, files: asts, user: true });
    }
    if !diags.is_empty() {
        return Err(diag::finalize(sources, diags));
    }

    // Standard packages, breadth first from the user's imports.
    while let Some(path) = queue.pop() {
        if loaded.contains_key(&path) {
            continue;
        }
        let files = crate::stdlib::package_files(&path);
        let ids: Vec<FileId> = files
            .iter()
            .map(|(name, src)| sources.add(SourceFile::new(format!("$GOROOT/src/{path}/{name}"), *src)))
            .collect();
        // Parsed with their function bodies blanked (`bodies.rs`).
        let mut asts = Vec::new();
        for (&id, (_, src)) in ids.iter().zip(&files) {
            let parsed = gint_syntax::parse_file(&bodies.blank(id, src), id, next_id);
            next_id = parsed.next_id;
            diags.extend(parsed.errors.iter().map(|e| Diagnostic::from_syntax(id, e)));
            asts.extend(parsed.ast);
        }
        let imports = import_paths(&asts, &mut diags, &[], None, &mut Vec::new());
        queue.extend(imports.iter().filter(|p| !loaded.contains_key(*p)).cloned());
        imports_of.insert(path.clone(), imports);
        loaded.insert(path.clone(), LoadedPackage { path, files: asts, user: false });
    }
    if !diags.is_empty() {
        return Err(diag::finalize(sources, diags));
    }

    // Dependency order: each package after the packages it imports.
    let mut order: Vec<String> = Vec::new();
    let mut state: HashMap<String, bool> = HashMap::new();
    fn visit(
        p: &str,
        imports_of: &HashMap<String, Vec<String>>,
        state: &mut HashMap<String, bool>,
        order: &mut Vec<String>,
    ) {
        match state.get(p) {
            Some(_) => return,
            None => {
                state.insert(p.to_string(), false);
            }
        }
        let mut deps = imports_of.get(p).cloned().unwrap_or_default();
        deps.sort();
        for d in deps {
            visit(&d, imports_of, state, order);
        }
        state.insert(p.to_string(), true);
        order.push(p.to_string());
    }
    visit(&main_path, &imports_of, &mut state, &mut order);
    let mut packages: Vec<LoadedPackage> = Vec::new();
    for p in order {
        if p == main_path {
            continue;
        }
        if let Some(pkg) = loaded.remove(&p) {
            packages.push(pkg);
        }
    }
    if let Some(main) = loaded.remove(&main_path) {
        packages.push(main);
    }
    bodies.set_next_id(next_id);
    Ok(Program { packages, bodies })
}

/// Type-checks a loaded program.
pub fn check(sources: &SourceMap, program: &Program) -> Result<CheckedProgram, Vec<Diagnostic>> {
    check_with(sources, program, CheckOptions::default())
}

/// `check` with options (a REPL session does not report unused variables and imports).
pub fn check_with(
    sources: &SourceMap,
    program: &Program,
    options: CheckOptions,
) -> Result<CheckedProgram, Vec<Diagnostic>> {
    let packages: Vec<PackageSource<'_>> = program
        .packages
        .iter()
        .map(|p| PackageSource { path: p.path.clone(), files: p.files.iter().collect(), user: p.user })
        .collect();
    check_program_lazy(sources, &packages, options, Some(&program.bodies)).map_err(|d| diag::finalize(sources, d))
}

/// All files of the program must be `package main`, as `go run` requires.
fn check_package_clauses(files: &[ast::File], diags: &mut Vec<Diagnostic>) {
    for f in files {
        if f.package.name != "main" {
            let msg = format!("package {} is not a main package", f.package.name);
            diags.push(Diagnostic::error(f.package.span, msg));
        }
    }
}

/// The import paths of a package's files (standard packages, the user's by `user`, or the
/// module's, which are also queued on `local` with the import's span); reports the ones
/// gint lacks.
fn import_paths(
    files: &[ast::File],
    diags: &mut Vec<Diagnostic>,
    user: &[&str],
    module: Option<&ModulePackages<'_>>,
    local: &mut Vec<(String, Span)>,
) -> Vec<String> {
    let mut paths = Vec::new();
    for f in files {
        for spec in &f.imports {
            let Ok(bytes) = unquote_string(&spec.path.raw) else { continue };
            let path = String::from_utf8_lossy(&bytes).into_owned();
            let in_module = module.is_some_and(|m| m.contains(&path)) && !user.contains(&path.as_str());
            if in_module {
                local.push((path.clone(), spec.path.span));
            } else if !crate::stdlib::has_package(&path) && !user.contains(&path.as_str()) {
                diags.push(Diagnostic::error(spec.path.span, format!("package {path} is not in std (gint)")));
                continue;
            }
            if !paths.contains(&path) {
                paths.push(path);
            }
        }
    }
    paths
}

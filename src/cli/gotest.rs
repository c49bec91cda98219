//! `go test` packages under `gint test`: a folder with `*_test.go` files is one package
//! case. The runner (`test.rs`) starts a child `gint test-main` in that folder, as go test
//! starts the test binary; the child loads the package's files (with its same-package test
//! files), the external `X_test` package if there is one, and a generated main
//! (`gint::testmain`), then runs them. The runner prints the child's output and the
//! `ok`/`FAIL` line with the package's import path (from `go.mod`, as go shows it).

use std::fs;
use std::path::{Path, PathBuf};

use gint::diag::{self, Format};
use gint::program::UserPackage;
use gint::source::{SourceFile, SourceMap};
use gint::testmain::{self, Flags, TestFunc};

use super::{output, Exit};

/// The name the generated main is shown under in compile errors.
const MAIN_FILE: &str = "_testmain.go";

/// The `.go` files of a folder that go test builds: the package's and its tests (not those
/// whose names start with `_` or `.`, nor those for another system or excluded by their
/// `//go:build` line).
pub fn go_files(dir: &Path) -> Vec<String> {
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".go") && !n.starts_with(['_', '.']) && super::buildtags::name_matches(n))
        .filter(|n| fs::read_to_string(dir.join(n)).map_or(true, |t| super::buildtags::constraint_holds(&t)))
        .collect();
    names.sort();
    names
}

/// Whether a folder holds go test files.
pub fn is_test_package(dir: &Path) -> bool {
    go_files(dir).iter().any(|n| n.ends_with("_test.go"))
}

/// The import path of the package in `dir`: the module's path (from the nearest `go.mod`
/// above) joined with the folder's path inside the module; without a module, the folder
/// as given.
pub fn import_path(dir: &Path) -> String {
    if let Some(m) = super::module::find(dir) {
        let abs = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        let rel = abs.strip_prefix(&m.root).map(PathBuf::from).unwrap_or_default();
        let rel = rel.to_string_lossy();
        return if rel.is_empty() { m.path } else { format!("{}/{rel}", m.path) };
    }
    let shown = dir.to_string_lossy();
    let shown = shown.strip_prefix("./").unwrap_or(&shown);
    if shown.is_empty() {
        ".".to_string()
    } else {
        shown.trim_end_matches('/').to_string()
    }
}

/// The package clause's name of a Go source (after comments), if it has one.
fn package_name(text: &str) -> Option<String> {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("//") {
            rest = r.split_once('\n').map_or("", |(_, after)| after);
        } else if let Some(r) = rest.strip_prefix("/*") {
            rest = r.split_once("*/").map_or("", |(_, after)| after);
        } else {
            break;
        }
    }
    let rest = rest.strip_prefix("package")?;
    let name: String = rest.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    (!name.is_empty()).then_some(name)
}

/// The names a standard package declares (for go vet's check of example names).
fn imported_names(path: &str, out: &mut Vec<String>) {
    let mut sources = SourceMap::new();
    for (name, src) in gint::stdlib::package_files(path) {
        let id = sources.add(SourceFile::new(name.to_string(), src));
        if let Some(file) = gint::parse::parse(&sources, id, 0).ast {
            testmain::declared_names(&file, out);
        }
    }
}

/// go's error for a folder whose files are not one package (and its `_test` package):
/// `found packages a (a.go) and b (b_test.go) in DIR`.
fn mixed_packages(clauses: &[(String, &str)]) -> Option<String> {
    let is_test = |f: &str| f.ends_with("_test.go");
    let (base, base_file) = clauses
        .iter()
        .find(|(_, f)| !is_test(f))
        .or_else(|| clauses.iter().find(|(n, _)| !n.ends_with("_test")))
        .map(|(n, f)| (n.clone(), *f))
        .or_else(|| clauses.first().map(|(n, f)| (n.trim_end_matches("_test").to_string(), *f)))?;
    let external = format!("{base}_test");
    let (other, file) = clauses.iter().find(|(n, f)| *n != base && !(is_test(f) && *n == external))?;
    let dir = std::env::current_dir().map(|d| d.display().to_string()).unwrap_or_default();
    Some(format!("found packages {base} ({base_file}) and {other} ({file}) in {dir}"))
}

/// `gint test-main`: runs the tests of the package in the current folder, printing what a
/// go test binary prints; the exit status is the binary's (1 for a compile error, after a
/// `# pkg [pkg.test]` header).
pub fn test_main(pkg: &str, flags: &Flags) -> Exit {
    let flags = &Flags { bench_header: bench_header(pkg), ..flags.clone() };
    let names = go_files(Path::new("."));
    let mut sources = SourceMap::new();
    let (mut base, mut internal_tests, mut external) = (Vec::new(), Vec::new(), Vec::new());
    let mut clauses: Vec<(String, &str)> = Vec::new();
    for n in &names {
        let file = match super::files::load_as_go(n) {
            Ok(f) => f,
            Err(msg) => {
                output::stderr(&format!("{msg}\n"));
                return Exit::Failed;
            }
        };
        let pkg_name = package_name(file.text()).unwrap_or_default();
        clauses.push((pkg_name.clone(), n));
        let is_test = n.ends_with("_test.go");
        let id = sources.add(file);
        match (is_test, pkg_name.ends_with("_test")) {
            (false, _) => base.push(id),
            (true, true) => external.push(id),
            (true, false) => internal_tests.push(id),
        }
    }
    if let Some(msg) = mixed_packages(&clauses) {
        output::stderr(&format!("# {pkg}\n{msg}\n"));
        return Exit::Failed;
    }
    // Which functions to run, from the test files alone, and go vet's signature errors.
    let mut funcs: Vec<TestFunc> = Vec::new();
    let mut bad = Vec::new();
    let mut vet = Vec::new();
    let mut declared = Vec::new();
    for &id in base.iter().chain(&internal_tests) {
        if let Some(file) = gint::parse::parse(&sources, id, 0).ast {
            testmain::declared_names(&file, &mut declared);
        }
    }
    for (&id, ext) in internal_tests.iter().map(|i| (i, false)).chain(external.iter().map(|i| (i, true))) {
        if let Some(file) = gint::parse::parse(&sources, id, 0).ast {
            testmain::collect(&file, sources.get(id).text(), ext, &mut funcs, &mut bad);
            // go vet: an example must be named after what the package, or a package the
            // file imports, declares.
            let mut declared = declared.clone();
            for spec in &file.imports {
                let Ok(path) = gint::syntax::literal::unquote_string(&spec.path.raw) else { continue };
                imported_names(&String::from_utf8_lossy(&path), &mut declared);
            }
            for d in &file.decls {
                let gint::syntax::ast::Decl::Func(f) = d else { continue };
                if f.recv.is_none() && testmain::is_test_name(&f.name.name, "Example") {
                    if let Some(msg) = testmain::check_example_name(&f.name.name, &declared) {
                        vet.push(testmain::BadFunc { at: f.span, message: msg });
                    }
                }
            }
        }
    }
    if let Some(b) = bad.first() {
        // go test's own check of the signatures stops at the first, named by its absolute
        // path; the runner says "[setup failed]".
        let file = sources.get(b.at.file);
        let (line, col) = file.line_col(b.at.lo);
        let name = file.path().trim_start_matches("./");
        let abs = std::env::current_dir().map(|d| d.join(name)).unwrap_or_else(|_| PathBuf::from(name));
        output::stderr(&format!("# {pkg}\n{}:{line}:{col}: {}\n", abs.display(), b.message));
        return Exit::Failed;
    }
    if !vet.is_empty() {
        // go vet's findings stop go test before the build, under "# pkg" and "# [pkg]".
        let diags: Vec<_> = vet.into_iter().map(|b| gint::diag::Diagnostic::error(b.at, b.message)).collect();
        let diags = diag::finalize(&sources, diags);
        output::stderr(&format!("# {pkg}\n# [{pkg}]\n{}", diag::render(&sources, &diags, Format::Short)));
        return Exit::Failed;
    }
    let xpkg = format!("{pkg}_test");
    let mut user = Vec::new();
    let has_internal = !base.is_empty() || !internal_tests.is_empty();
    if has_internal {
        user.push(UserPackage { path: pkg.to_string(), files: base.into_iter().chain(internal_tests).collect() });
    }
    if !external.is_empty() {
        user.push(UserPackage { path: xpkg.clone(), files: external });
    }
    let main_src = testmain::generate(
        has_internal.then_some(pkg),
        (user.len() > usize::from(has_internal)).then_some(xpkg.as_str()),
        &funcs,
        flags,
    );
    let main_id = sources.add(SourceFile::new(MAIN_FILE.to_string(), &main_src));
    user.push(UserPackage { path: "main".to_string(), files: vec![main_id] });

    let show = |sources: &SourceMap, d: Vec<gint::diag::Diagnostic>| {
        let d = diag::finalize(sources, d);
        output::stderr(&format!("# {pkg} [{pkg}.test]\n{}", diag::render(sources, &d, Format::Short)));
        Exit::Failed
    };
    // The module's other packages the tests (or the package) import.
    let module = super::module::find(Path::new("."));
    let load = |import: &str| module.as_ref().map_or_else(|| Err(String::new()), |m| m.load(import));
    let local = module.as_ref().map(|m| gint::program::ModulePackages { path: &m.path, load: &load });
    let program = match gint::program::load_packages(&mut sources, &user, false, local.as_ref()) {
        Ok(p) => p,
        Err(d) => {
            // Errors found while loading (syntax, imports) stop go test before the build:
            // "# pkg", files named without "./", and the runner says "[setup failed]".
            let d = diag::finalize(&sources, d);
            let text = diag::render(&sources, &d, Format::Short);
            let text: String = text.split_inclusive('\n').map(|l| l.strip_prefix("./").unwrap_or(l)).collect();
            output::stderr(&format!("# {pkg}\n{text}"));
            return Exit::Failed;
        }
    };
    let checked = match gint::program::check(&sources, &program) {
        Ok(c) => c,
        Err(d) => return show(&sources, d),
    };
    let lowered = match gint::eval::prepare_tests(&checked, &program, &sources) {
        Ok(l) => l,
        Err(d) => return show(&sources, d),
    };
    let mut host = output::ProcessHost;
    match gint::eval::run(&lowered, &mut host) {
        gint::eval::Outcome::Exit(code) => Exit::Status(code),
        gint::eval::Outcome::Panic(report) => {
            // go test, not the test binary, says "exit status 2".
            output::stderr(report.strip_suffix("exit status 2\n").unwrap_or(&report));
            Exit::Status(2)
        }
    }
}

/// The flags the generated main gets, from `gint test`'s.
pub fn flags(verbose: bool, run: Option<String>, go: &super::args::GoTestArgs) -> Result<Flags, String> {
    let (mut benchtime_ns, mut benchtime_n) = (0, 0);
    if let Some(bt) = &go.benchtime {
        if let Some(n) = bt.strip_suffix('x') {
            benchtime_n = n.parse().map_err(|_| format!("invalid -benchtime {bt:?}"))?;
        } else {
            let d = super::test::parse_duration(bt).ok_or_else(|| format!("invalid -benchtime {bt:?}"))?;
            benchtime_ns = d.as_nanos() as i64;
        }
    }
    // Benchmarks are named with GOMAXPROCS, as go test names them (`BenchmarkX-2`).
    let procs = std::env::var("GOMAXPROCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    Ok(Flags {
        verbose: verbose || go.json,
        run: run.unwrap_or_default(),
        skip: go.skip.clone().unwrap_or_default(),
        bench: go.bench.clone().unwrap_or_default(),
        benchtime_ns,
        benchtime_n,
        count: go.count,
        short: go.short,
        failfast: go.failfast,
        procs,
        bench_header: String::new(),
        json: go.json,
    })
}

/// The lines go test prints before the first benchmark of a package.
pub fn bench_header(pkg: &str) -> String {
    let goarch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        other => other,
    };
    let mut s = format!("goos: {}\ngoarch: {goarch}\npkg: {pkg}\n", std::env::consts::OS);
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    if let Some(model) = cpuinfo.lines().find_map(|l| l.strip_prefix("model name")) {
        let model = model.trim_start_matches([' ', '\t', ':']).trim();
        s.push_str(&format!("cpu: {model}\n"));
    }
    s
}

/// The arguments of the child `gint test-main` for these flags.
pub fn child_args(pkg: &str, verbose: bool, run: Option<&str>, go: &super::args::GoTestArgs) -> Vec<String> {
    let mut a = vec!["test-main".to_string(), "--pkg".to_string(), pkg.to_string()];
    if verbose {
        a.push("-v".to_string());
    }
    let mut opt = |name: &str, v: Option<&str>| {
        if let Some(v) = v {
            a.push(format!("--{name}={v}"));
        }
    };
    opt("run", run);
    opt("skip", go.skip.as_deref());
    opt("bench", go.bench.as_deref());
    opt("benchtime", go.benchtime.as_deref());
    a.push(format!("--count={}", go.count));
    for (on, name) in [(go.short, "--short"), (go.failfast, "--failfast"), (go.json, "--json")] {
        if on {
            a.push(name.to_string());
        }
    }
    a
}

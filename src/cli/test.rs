//! `gint test`: a golden-file test runner. A case is a program `NAME.go` with its expected
//! standard output in `NAME.out` (or in an `// Output:` comment block at its end), its exit
//! status in `NAME.exit` (0 if absent) and, optionally, its standard error in `NAME.err`
//! (only the first line is compared when the program panics). A first line `// skip` skips
//! the case. Each case runs as a child `gint run` process with a time limit, so a hang or
//! crash of one case cannot take the runner down; `-j` of them run at once.

use std::fs;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::output;
use super::Exit;

pub struct Options {
    pub paths: Vec<String>,
    pub jobs: Option<usize>,
    pub timeout: String,
    pub update: bool,
    pub list: bool,
    pub verbose: bool,
    pub filter: Option<String>,
    pub go: super::args::GoTestArgs,
}

/// One case and what it expects.
struct Case {
    path: PathBuf,
    skip: bool,
    /// Where the expected output lives.
    out: Golden,
    exit: i32,
    err: Option<String>,
    /// Listed in the folder's `KNOWN_FAILURES` (as the golden harness reads it).
    known_failure: bool,
}

enum Golden {
    File(String),
    /// An `// Output:` block: the expected text, and the byte offset where the block starts.
    Block(String, usize),
}

impl Golden {
    fn text(&self) -> &str {
        match self {
            Golden::File(t) | Golden::Block(t, _) => t,
        }
    }
}

/// How a case ran.
struct Ran {
    stdout: String,
    stderr: String,
    exit: Option<i32>,
    timed_out: bool,
    time: Duration,
}

enum Verdict {
    Pass,
    Fail(String),
    Skip,
}

pub fn run(opts: &Options) -> Exit {
    let Some(timeout) = parse_duration(&opts.timeout) else {
        output::stderr(&format!("gint: invalid -timeout {:?}: want a duration such as 10s or 500ms\n", opts.timeout));
        return Exit::Failed;
    };
    let paths = if opts.paths.is_empty() { vec![".".to_string()] } else { opts.paths.clone() };
    let mut cases = Vec::new();
    let mut packages = Vec::new();
    for p in &paths {
        if let Err(msg) = discover(p, &mut cases, &mut packages) {
            output::stderr(&format!("gint: {msg}\n"));
            return Exit::Failed;
        }
    }
    if let Some(f) = &opts.filter {
        cases.retain(|c| c.path.to_string_lossy().contains(f.as_str()));
    }
    if opts.list {
        let list: String = packages
            .iter()
            .map(|p| p.display())
            .chain(cases.iter().map(|c| c.path.display()))
            .map(|p| format!("{p}\n"))
            .collect();
        output::stdout(&list);
        return Exit::Ok;
    }
    let jobs = opts.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
    let exe = match std::env::current_exe() {
        Ok(e) => e,
        Err(e) => {
            output::stderr(&format!("gint: cannot find its own executable: {e}\n"));
            return Exit::Failed;
        }
    };
    let mut failed = false;
    if !packages.is_empty() {
        let seq = std::sync::atomic::AtomicUsize::new(0);
        let runs = run_all(packages, jobs, |dir| {
            let pkg = super::gotest::import_path(dir);
            if !super::gotest::is_test_package(dir) {
                let none = Ran {
                    stdout: String::new(),
                    stderr: String::new(),
                    exit: Some(0),
                    timed_out: false,
                    time: Duration::ZERO,
                };
                return (pkg, none, String::new());
            }
            let args = super::gotest::child_args(&pkg, opts.verbose, opts.filter.as_deref(), &opts.go);
            // Where the test binary keeps the list of running tests, for a timeout's report.
            let n = seq.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let status = std::env::temp_dir().join(format!("gint-test-status-{}-{n}", std::process::id()));
            let ran = run_child(&exe, dir, &args, timeout, Some(&status));
            let running = fs::read_to_string(&status).unwrap_or_default();
            let _ = fs::remove_file(&status);
            (pkg, ran, running)
        });
        for (dir, (pkg, ran, running)) in &runs {
            if !super::gotest::is_test_package(dir) {
                // A package without test files, found by `dir/...`: go test's "?" line.
                if !opts.go.json {
                    output::stdout(&format!("?   \t{pkg}\t[no test files]\n"));
                }
                continue;
            }
            let (text, ok) = package_report(
                pkg,
                ran,
                running,
                &opts.timeout,
                opts.verbose || opts.go.json || opts.go.bench.is_some(),
            );
            failed |= !ok;
            if opts.go.json {
                output::stdout(&super::testjson::events(pkg, &text, ran.time.as_secs_f64(), ok));
            } else {
                output::stdout(&text);
            }
        }
        if failed && !opts.go.json {
            // go test's own last word when a package failed.
            output::stdout("FAIL\n");
        }
        if cases.is_empty() {
            return if failed { Exit::Failed } else { Exit::Ok };
        }
    }
    let results = run_all(cases, jobs, |case| {
        if case.skip {
            None
        } else {
            let dir = case.path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let name = case.path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            Some(run_child(&exe, dir, &["run".to_string(), name], timeout, None))
        }
    });
    match report(results, opts) {
        Exit::Ok if failed => Exit::Failed,
        other => other,
    }
}

/// A go test package's report as go test prints it: the test binary's output, then
/// `ok  \tpkg\t0.012s` or `FAIL\tpkg\t0.012s` (after `exit status N` when it failed silently);
/// and whether it passed.
fn package_report(pkg: &str, ran: &Ran, running: &str, timeout_text: &str, verbose: bool) -> (String, bool) {
    let secs = ran.time.as_secs_f64();
    let mut text = ran.stdout.clone();
    if ran.exit == Some(1) && ran.stdout.is_empty() && ran.stderr.starts_with("# ") {
        // Compile and vet errors say "[build failed]"; go test's own checks of the test
        // functions (the error right under "# pkg") "[setup failed]".
        text.push_str(&ran.stderr);
        let mut lines = ran.stderr.lines();
        let setup = lines.next() == Some(&format!("# {pkg}")) && lines.next().is_some_and(|l| !l.starts_with("# ["));
        let why = if setup { "setup failed" } else { "build failed" };
        text.push_str(&format!("FAIL\t{pkg} [{why}]\n"));
        return (text, false);
    }
    text.push_str(&ran.stderr);
    if ran.timed_out {
        text.push_str(&format!("panic: test timed out after {timeout_text}\n"));
        if !running.is_empty() {
            // "TestX (1s)": how long each has run, in whole seconds as Go rounds it.
            let now =
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i128);
            text.push_str("\trunning tests:\n");
            for line in running.lines() {
                let (name, start) = line.split_once('\t').unwrap_or((line, "0"));
                let ns = now - start.parse::<i128>().unwrap_or(now as i128);
                text.push_str(&format!("\t\t{name} ({}s)\n", (ns + 500_000_000) / 1_000_000_000));
            }
        }
        text.push_str(&format!("FAIL\t{pkg}\t{secs:.3}s\n"));
        return (text, false);
    }
    match ran.exit {
        Some(0) if !verbose => {
            // go test ./pkg (package list mode) shows only the summary of a package that
            // passed, with what it says when nothing ran.
            let none = ran.stdout.lines().any(|l| l == "testing: warning: no tests to run");
            let none = if none { " [no tests to run]" } else { "" };
            (format!("ok  \t{pkg}\t{secs:.3}s{none}\n"), true)
        }
        Some(0) => {
            text.push_str(&format!("ok  \t{pkg}\t{secs:.3}s\n"));
            (text, true)
        }
        code => {
            // The exit status says why only when the test binary printed nothing.
            if code.is_none() || text.is_empty() {
                let code = code.map_or("killed".to_string(), |c| c.to_string());
                text.push_str(&format!("exit status {code}\n"));
            }
            text.push_str(&format!("FAIL\t{pkg}\t{secs:.3}s\n"));
            (text, false)
        }
    }
}

/// Runs `f` over the items on `jobs` threads; results come back in the items' order. On a
/// terminal, a progress line counts the items done.
fn run_all<T: Send, R: Send>(items: Vec<T>, jobs: usize, f: impl Fn(&T) -> R + Sync) -> Vec<(T, R)> {
    let total = items.len();
    let queue = Mutex::new(items.into_iter().enumerate().rev().collect::<Vec<_>>());
    let done = Mutex::new(Vec::new());
    let progress = std::io::stderr().is_terminal() && total > 1;
    std::thread::scope(|s| {
        for _ in 0..jobs.min(total.max(1)) {
            s.spawn(|| loop {
                let next = queue.lock().ok().and_then(|mut q| q.pop());
                let Some((i, item)) = next else { break };
                let r = f(&item);
                if let Ok(mut d) = done.lock() {
                    d.push((i, item, r));
                    if progress {
                        output::stderr(&format!("\r{} of {total} cases", d.len()));
                    }
                }
            });
        }
    });
    if progress {
        output::stderr("\r\x1b[K");
    }
    let mut done = done.into_inner().unwrap_or_default();
    done.sort_by_key(|(i, _, _)| *i);
    done.into_iter().map(|(_, c, r)| (c, r)).collect()
}

/// Runs gint with `args` in `dir` (`gint run NAME.go` for a golden case, as `go run` would
/// be run there; `gint test-main` for a go test package).
fn run_child(exe: &Path, dir: &Path, args: &[String], timeout: Duration, status: Option<&Path>) -> Ran {
    let start = Instant::now();
    let mut command = Command::new(exe);
    if let Some(status) = status {
        command.env("GINT_TEST_STATUS", status);
    }
    let child =
        command.args(args).current_dir(dir).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => {
            return Ran {
                stdout: String::new(),
                stderr: format!("cannot start gint: {e}"),
                exit: None,
                timed_out: false,
                time: start.elapsed(),
            }
        }
    };
    // Read the pipes on threads so a chatty case cannot block on a full pipe.
    let mut out_pipe = child.stdout.take();
    let mut err_pipe = child.stderr.take();
    let out_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        if let Some(p) = out_pipe.as_mut() {
            let _ = p.read_to_end(&mut s);
        }
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        if let Some(p) = err_pipe.as_mut() {
            let _ = p.read_to_end(&mut s);
        }
        s
    });
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) if start.elapsed() >= timeout => {
                let _ = child.kill();
                timed_out = true;
                break child.wait().ok();
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(_) => break None,
        }
    };
    let stdout = String::from_utf8_lossy(&out_t.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().unwrap_or_default()).into_owned();
    Ran { stdout, stderr, exit: status.and_then(|s| s.code()), timed_out, time: start.elapsed() }
}

fn verdict(case: &Case, ran: &Option<Ran>) -> Verdict {
    let Some(ran) = ran else { return Verdict::Skip };
    if ran.timed_out {
        return Verdict::Fail(format!("timed out after {:.1}s", ran.time.as_secs_f64()));
    }
    let mut why = String::new();
    let diff = crate_diff(case.out.text(), &ran.stdout);
    if !diff.is_empty() {
        why.push_str(&format!("stdout differs (- expected, + actual):\n{diff}"));
    }
    if ran.exit != Some(case.exit) {
        let got = ran.exit.map_or("killed by a signal".to_string(), |c| c.to_string());
        why.push_str(&format!("exit status {got}, want {}\n", case.exit));
        if !ran.stderr.is_empty() && case.err.is_none() {
            why.push_str(&format!("stderr:\n{}", ran.stderr));
        }
    }
    if let Some(want) = &case.err {
        let (want, got) = if case.exit == 2 {
            (want.lines().next().unwrap_or(""), ran.stderr.lines().next().unwrap_or(""))
        } else {
            (want.as_str(), ran.stderr.as_str())
        };
        let diff = crate_diff(want, got);
        if !diff.is_empty() {
            why.push_str(&format!("stderr differs (- expected, + actual):\n{diff}"));
        }
    }
    if why.is_empty() {
        Verdict::Pass
    } else {
        Verdict::Fail(why)
    }
}

fn crate_diff(a: &str, b: &str) -> String {
    if a == b {
        return String::new();
    }
    let d = gint::textdiff::unified(a, b, 3);
    if d.is_empty() {
        // Equal lines, different line endings.
        "(the texts differ only in their final newline)\n".to_string()
    } else {
        d
    }
}

fn report(results: Vec<(Case, Option<Ran>)>, opts: &Options) -> Exit {
    if opts.go.json {
        return json_report(&results);
    }
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    let mut out = String::new();
    for (case, ran) in &results {
        let secs = ran.as_ref().map_or(0.0, |r| r.time.as_secs_f64());
        // A case listed in its folder's KNOWN_FAILURES is expected to fail (and counts
        // as skipped); one that passes must come off the list.
        let verdict = match (case.known_failure, verdict(case, ran)) {
            (true, Verdict::Fail(_)) if !opts.update => Verdict::Skip,
            (true, Verdict::Pass) => Verdict::Fail(format!(
                "unexpected success: remove it from {}\n",
                case.path.with_file_name("KNOWN_FAILURES").display()
            )),
            (_, v) => v,
        };
        match verdict {
            Verdict::Pass => {
                passed += 1;
                if opts.verbose {
                    out.push_str(&format!("--- PASS: {} ({secs:.2}s)\n", case.path.display()));
                }
            }
            Verdict::Skip => {
                skipped += 1;
                if opts.verbose {
                    out.push_str(&format!("--- SKIP: {}\n", case.path.display()));
                }
            }
            Verdict::Fail(why) => {
                if opts.update {
                    if let Some(ran) = ran {
                        match update(case, ran) {
                            Ok(()) => {
                                out.push_str(&format!("updated: {}\n", case.path.display()));
                                passed += 1;
                                continue;
                            }
                            Err(e) => out.push_str(&format!("cannot update {}: {e}\n", case.path.display())),
                        }
                    }
                }
                failed += 1;
                out.push_str(&format!("--- FAIL: {} ({secs:.2}s)\n", case.path.display()));
                for line in why.lines() {
                    out.push_str(&format!("    {line}\n"));
                }
                out.push_str(&format!("    rerun: gint test {}\n", case.path.display()));
            }
        }
    }
    out.push_str(&format!("{passed} passed, {failed} failed, {skipped} skipped\n"));
    output::stdout(&out);
    if failed > 0 {
        Exit::Failed
    } else {
        Exit::Ok
    }
}

/// `-json`: go test's events for golden cases, a folder being a package and a case file
/// a test.
fn json_report(results: &[(Case, Option<Ran>)]) -> Exit {
    let mut folders: Vec<(String, String, f64, bool)> = Vec::new();
    for (case, ran) in results {
        let dir = case.path.parent().map_or(".".to_string(), |d| d.display().to_string());
        let name = case.path.file_name().map_or(String::new(), |n| n.to_string_lossy().into_owned());
        if folders.last().is_none_or(|f| f.0 != dir) {
            folders.push((dir, String::new(), 0.0, true));
        }
        let Some(folder) = folders.last_mut() else { continue };
        let secs = ran.as_ref().map_or(0.0, |r| r.time.as_secs_f64());
        folder.2 += secs;
        folder.1.push_str(&format!("=== RUN   {name}\n"));
        let status = match verdict(case, ran) {
            Verdict::Pass => "PASS",
            Verdict::Skip => "SKIP",
            Verdict::Fail(why) => {
                folder.3 = false;
                for line in why.lines() {
                    folder.1.push_str(&format!("    {line}\n"));
                }
                "FAIL"
            }
        };
        folder.1.push_str(&format!("--- {status}: {name} ({secs:.2}s)\n"));
    }
    let mut ok = true;
    for (dir, mut text, secs, passed) in folders {
        ok &= passed;
        text.push_str(if passed { "PASS\n" } else { "FAIL\n" });
        output::stdout(&super::testjson::events(&dir, &text, secs, passed));
    }
    if ok {
        Exit::Ok
    } else {
        Exit::Failed
    }
}

/// Rewrites a case's goldens from what it did.
fn update(case: &Case, ran: &Ran) -> std::io::Result<()> {
    match &case.out {
        Golden::File(_) => fs::write(case.path.with_extension("out"), &ran.stdout)?,
        Golden::Block(_, at) => {
            let src = fs::read_to_string(&case.path)?;
            let mut new = src[..*at].to_string();
            new.push_str("// Output:\n");
            for line in ran.stdout.lines() {
                if line.is_empty() {
                    new.push_str("//\n");
                } else {
                    new.push_str(&format!("// {line}\n"));
                }
            }
            fs::write(&case.path, new)?;
        }
    }
    let exit_file = case.path.with_extension("exit");
    match ran.exit {
        Some(0) | None => {
            if exit_file.exists() {
                fs::remove_file(exit_file)?;
            }
        }
        Some(c) => fs::write(exit_file, format!("{c}\n"))?,
    }
    if case.err.is_some() {
        fs::write(case.path.with_extension("err"), &ran.stderr)?;
    }
    Ok(())
}

/// Finds the cases of a path: a `.go` file, a folder, or `folder/...` (recursively); a
/// folder with `_test.go` files is a go test package.
fn discover(path: &str, cases: &mut Vec<Case>, packages: &mut Vec<PathBuf>) -> Result<(), String> {
    let (root, recursive) = match path.strip_suffix("/...").or_else(|| (path == "...").then_some(".")) {
        Some(r) => (if r.is_empty() { "." } else { r }, true),
        None => (path, false),
    };
    let root = Path::new(root);
    if root.is_file() {
        if let Some(c) = case_of(root) {
            cases.push(c);
        }
        return Ok(());
    }
    if !root.is_dir() {
        return Err(format!("{path}: no such file or directory"));
    }
    walk(root, recursive, cases, packages);
    Ok(())
}

fn walk(dir: &Path, recursive: bool, cases: &mut Vec<Case>, packages: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    let is_package = super::gotest::is_test_package(dir);
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    if is_package || (recursive && is_untested_package(dir, &paths)) {
        packages.push(dir.to_path_buf());
    }
    for p in paths {
        if p.is_dir() {
            let hidden = p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(['.', '_']) || n == "testdata");
            if recursive && !hidden {
                walk(&p, true, cases, packages);
            }
        } else if !is_package && p.extension().is_some_and(|e| e == "go") {
            if let Some(c) = case_of(&p) {
                cases.push(c);
            }
        }
    }
}

/// Whether a folder of a module, with no test files, holds a Go package (`.go` files none of
/// which is a golden case): `go test ./...` lists it as having no test files.
fn is_untested_package(dir: &Path, paths: &[PathBuf]) -> bool {
    let go: Vec<&PathBuf> = paths.iter().filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "go")).collect();
    !go.is_empty() && go.iter().all(|p| case_of(p).is_none()) && super::module::find(dir).is_some()
}

/// The case a `.go` file is, if it has a golden (`NAME.out` or an `// Output:` block).
fn case_of(path: &Path) -> Option<Case> {
    if path.to_string_lossy().ends_with("_test.go") {
        return None;
    }
    let src = fs::read_to_string(path).ok()?;
    let skip = src.lines().next().is_some_and(|l| l.trim() == "// skip");
    let out = match fs::read_to_string(path.with_extension("out")) {
        Ok(t) => Golden::File(t),
        Err(_) => {
            let (text, at) = output_block(&src)?;
            Golden::Block(text, at)
        }
    };
    let exit = fs::read_to_string(path.with_extension("exit")).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
    let err = fs::read_to_string(path.with_extension("err")).ok();
    let known = fs::read_to_string(path.with_file_name("KNOWN_FAILURES")).unwrap_or_default();
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let known_failure = known.lines().any(|l| l.split('#').next().unwrap_or("").trim() == stem);
    Some(Case { path: path.to_path_buf(), skip, out, exit, err, known_failure })
}

/// The `// Output:` comment block that ends a program: its text and where it starts.
fn output_block(src: &str) -> Option<(String, usize)> {
    let at = src.rfind("// Output:")?;
    // Only comment lines (or blank ones) may follow the block's start.
    let block = &src[at..];
    let mut lines = block.lines();
    let first = lines.next()?.trim_start_matches("// Output:").trim();
    let mut text = String::new();
    if !first.is_empty() {
        text.push_str(first);
        text.push('\n');
    }
    for line in lines {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let body = t.strip_prefix("//")?;
        text.push_str(body.strip_prefix(' ').unwrap_or(body));
        text.push('\n');
    }
    Some((text, at))
}

/// `10s`, `500ms`, `2m`, `1.5s`.
pub fn parse_duration(s: &str) -> Option<Duration> {
    let (num, unit) = s.find(|c: char| c.is_ascii_alphabetic()).map_or((s, "s"), |i| (&s[..i], &s[i..]));
    let n: f64 = num.parse().ok()?;
    let secs = match unit {
        "ms" => n / 1000.0,
        "s" => n,
        "m" => n * 60.0,
        "h" => n * 3600.0,
        _ => return None,
    };
    (secs > 0.0).then(|| Duration::from_secs_f64(secs))
}

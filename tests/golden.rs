//! The golden tests: every case under `testdata/<mode>/` is one named test `MODE/NAME`.
//!
//! The folder decides the mode (the `MODES` table): a case is a `.go` file, its expected
//! output a golden file beside it. `UPDATE_GOLDEN=1` rewrites the goldens gint owns; goldens
//! that come from the real Go toolchain (`.err`) are never written here. A missing golden is
//! created, except when `CI` is set, where it fails. Every case runs on its own thread and
//! fails after `TIME_LIMIT`, so that a hang fails instead of blocking the run.

use gint::diag::{self, Format};
use gint::source::{SourceFile, SourceMap};
use gint::{dump, parse};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;
use std::{env, fs, io, panic, thread};

const TIME_LIMIT: Duration = Duration::from_secs(10);
/// A REPL transcript is one program checked anew per input (with every standard package it
/// imports: `strings` brings `unicode`'s tables), which an unoptimised build takes seconds
/// for: its limit is the whole transcript's.
const REPL_TIME_LIMIT: Duration = Duration::from_secs(30);

/// One kind of case.
struct Mode {
    /// The folder under `testdata/`, also the first part of each test's name.
    dir: &'static str,
    /// The cases of this mode are the `.go` files of `dir` whose names start with this.
    prefix: &'static str,
    /// The golden's extension; the golden sits beside the `.go` file.
    golden: &'static str,
    /// Whether gint writes this golden (`UPDATE_GOLDEN=1`); if not, it comes from Go.
    owned_by_gint: bool,
    /// The actual text for a case, from the case's file name and bytes; `Err` fails it.
    actual: fn(&Case) -> Result<String, String>,
    /// How to make a golden gint does not own.
    regenerate: &'static str,
}

const MODES: &[Mode] = &[
    Mode {
        dir: "lex",
        prefix: "",
        golden: "tokens",
        owned_by_gint: true,
        actual: lex,
        regenerate: "UPDATE_GOLDEN=1 cargo test --test golden",
    },
    Mode {
        dir: "parse",
        prefix: "err_",
        golden: "err",
        owned_by_gint: false,
        actual: parse_errors,
        regenerate: "tools/gc_errs.sh --write",
    },
    Mode {
        dir: "parse",
        prefix: "ok_",
        golden: "ast",
        owned_by_gint: true,
        actual: parse_ok,
        regenerate: "UPDATE_GOLDEN=1 cargo test --test golden",
    },
    Mode {
        dir: "run",
        prefix: "",
        golden: "out",
        owned_by_gint: false,
        actual: run_program,
        regenerate: "tools/run_goldens.sh --write FILE.go (runs the real Go)",
    },
    Mode {
        dir: "check",
        prefix: "",
        golden: "go",
        owned_by_gint: false,
        actual: check_errors,
        regenerate: "tools/check_errs.sh --write FILE.go (from go build -gcflags=-e)",
    },
];

/// A case: its `.go` file, read, and the exit status expected of it (`NAME.exit`).
struct Case {
    bytes: Vec<u8>,
    exit: Option<i32>,
}

/// `testdata/lex`: the token dump.
fn lex(case: &Case) -> Result<String, String> {
    let text = String::from_utf8_lossy(&case.bytes);
    Ok(dump::tokens(&text))
}

/// `testdata/parse/err_*`: the errors as the CLI prints them in short form, the path
/// replaced by `FILE` as tools/gc_errs.sh does with gc's.
fn parse_errors(case: &Case) -> Result<String, String> {
    let (sources, parsed) = parse_case(case);
    let diags = diag::finalize(&sources, parsed.diagnostics);
    Ok(diag::render(&sources, &diags, Format::Short))
}

/// `testdata/parse/ok_*`: no error at all, and the AST dump.
fn parse_ok(case: &Case) -> Result<String, String> {
    let (sources, parsed) = parse_case(case);
    let diags = diag::finalize(&sources, parsed.diagnostics);
    if !diags.is_empty() {
        let shown = diag::render(&sources, &diags, Format::Short);
        return Err(format!("a valid program gave errors:\n{shown}"));
    }
    let file = parsed.ast.ok_or("no AST although there was no error")?;
    Ok(dump::ast(&file, sources.get(file.span.file).text()))
}

/// `testdata/check`: Go's errorcheck convention. Each line gint reports errors on ends
/// with `// ERROR "message" …` (the exact messages, Go-quoted); the actual text is the file
/// with those comments rewritten from gint's diagnostics, so the case is its own golden.
fn check_errors(case: &Case) -> Result<String, String> {
    let text = String::from_utf8_lossy(&case.bytes).into_owned();
    let mut sources = SourceMap::new();
    let id = sources.add(SourceFile::from_bytes("FILE.go", case.bytes.clone()));
    let diags = match gint::program::load(&mut sources, &[id]) {
        Ok(program) => match gint::program::check(&sources, &program) {
            Ok(_) => Vec::new(),
            Err(d) => d,
        },
        Err(d) => d,
    };
    let mut by_line: std::collections::BTreeMap<usize, Vec<String>> = Default::default();
    for d in diags.iter().filter(|d| d.span.file == id && d.message != "too many errors") {
        let (line, _) = sources.get(id).line_col(d.span.lo);
        by_line.entry(line).or_default().push(d.message.clone());
    }
    let mut out = String::new();
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let (body, nl) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        let body = match body.find("// ERROR ") {
            Some(at) => body[..at].trim_end(),
            None => body,
        };
        out.push_str(body);
        if let Some(msgs) = by_line.get(&(i + 1)) {
            out.push_str(" // ERROR");
            for m in msgs {
                out.push_str(&format!(" {}", go_quote(m)));
            }
        }
        out.push_str(nl);
    }
    Ok(out)
}

/// `testdata/run`: the program's standard output, from the real Go; the exit status must be
/// the one in `NAME.exit` (0 if there is none). The case's path is passed in `Case`.
fn run_program(case: &Case) -> Result<String, String> {
    struct Capture(Vec<u8>, Vec<u8>);
    impl gint::eval::Host for Capture {
        fn stdout(&mut self, b: &[u8]) {
            self.0.extend_from_slice(b);
        }
        fn stderr(&mut self, b: &[u8]) {
            self.1.extend_from_slice(b);
        }
    }
    let mut sources = SourceMap::new();
    let id = sources.add(SourceFile::from_bytes("prog.go", case.bytes.clone()));
    let show = |sources: &SourceMap, d: Vec<gint::diag::Diagnostic>| {
        diag::render(sources, &diag::finalize(sources, d), Format::Short)
    };
    let program = gint::program::load(&mut sources, &[id]).map_err(|d| show(&sources, d))?;
    let checked = gint::program::check(&sources, &program).map_err(|d| show(&sources, d))?;
    let lowered = gint::eval::prepare(&checked, &program, &sources).map_err(|d| show(&sources, d))?;
    let mut host = Capture(Vec::new(), Vec::new());
    // Signals belong to the process: the cases that send or catch them run one at a time.
    static SIGNALS: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let uses_signals = case.bytes.windows(7).any(|w| w == b"syscall");
    let _alone = uses_signals.then(|| SIGNALS.lock().unwrap_or_else(|e| e.into_inner()));
    let code = match gint::eval::run(&lowered, &mut host) {
        gint::eval::Outcome::Exit(c) => c,
        gint::eval::Outcome::Panic(report) => {
            host.1.extend_from_slice(report.as_bytes());
            2
        }
    };
    let want = case.exit.unwrap_or(0);
    if code != want {
        return Err(format!("exit status {code}, want {want}; stderr:\n{}", String::from_utf8_lossy(&host.1)));
    }
    Ok(String::from_utf8_lossy(&host.0).into_owned())
}

/// A string as a Go interpreted string literal.
fn go_quote(s: &str) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\t' => q.push_str("\\t"),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

fn parse_case(case: &Case) -> (SourceMap, parse::Parsed) {
    let mut sources = SourceMap::new();
    let id = sources.add(SourceFile::from_bytes("FILE", case.bytes.clone()));
    let parsed = parse::parse(&sources, id, 0);
    (sources, parsed)
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let mut trials = Vec::new();
    let mut dirs: Vec<&str> = MODES.iter().map(|m| m.dir).collect();
    dirs.dedup();
    for dir in dirs {
        let known = known_failures(&root.join(dir));
        for go in go_files(&root.join(dir)) {
            let name = go.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            let mode = MODES.iter().find(|m| m.dir == dir && name.starts_with(m.prefix));
            let expect_failure = known.contains(&name);
            let trial = match mode {
                Some(mode) => Trial::test(format!("{dir}/{name}"), move || {
                    let result = run_case(mode, &go);
                    match (expect_failure, result) {
                        (false, r) => r,
                        (true, Err(_)) => Ok(()),
                        (true, Ok(())) => Err(format!(
                            "unexpected success: remove {} from {}",
                            go.file_stem().unwrap_or_default().to_string_lossy(),
                            go.with_file_name(KNOWN_FAILURES).display()
                        )
                        .into()),
                    }
                }),
                None => Trial::test(format!("{dir}/{name}"), move || {
                    Err(format!("{}: no mode of testdata/{dir} takes this name", go.display()).into())
                }),
            };
            trials.push(trial);
        }
    }
    trials.extend(testrunner_trials(&root.join("testrunner")));
    trials.push(update_round_trip(&root));
    trials.extend(repl_trials(&root.join("repl")));
    libtest_mimic::run(&args, trials).exit();
}

/// `testdata/testrunner/SUITE/`: a folder of golden cases (or a go test package) run by
/// `gint test -j 1 -timeout 1s SUITE` plus the flags in `SUITE.args` if there is one (which
/// may set another `-timeout`), with
/// `GOMAXPROCS=2`; its report (times blanked) and exit status must equal `SUITE.want`,
/// which gint owns (`UPDATE_GOLDEN=1` rewrites it).
fn testrunner_trials(dir: &Path) -> Vec<Trial> {
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    let mut suites: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect();
    suites.sort();
    suites
        .into_iter()
        .map(|suite| {
            let name = suite.file_name().unwrap_or_default().to_string_lossy().into_owned();
            let dir = dir.to_path_buf();
            Trial::test(format!("testrunner/{name}"), move || {
                let extra = fs::read_to_string(dir.join(format!("{name}.args"))).unwrap_or_default();
                // go test packages load the testing package: slow in a debug build, so
                // their suites give a time limit of their own.
                let limit: &[&str] = if extra.contains("-timeout") { &[] } else { &["-timeout", "1s"] };
                let out = std::process::Command::new(env!("CARGO_BIN_EXE_gint"))
                    .args(["test", "-j", "1"])
                    .args(limit)
                    .args(extra.split_whitespace())
                    .arg(&name)
                    .env("GOMAXPROCS", "2")
                    .current_dir(&dir)
                    .output()
                    .map_err(|e| format!("cannot run gint: {e}"))?;
                // go test names a file by its absolute path in some errors.
                let report = String::from_utf8_lossy(&out.stdout).replace(&*dir.to_string_lossy(), "TESTRUNNER");
                let report = blank_times(&report);
                let actual = format!("{report}exit status {}\n", out.status.code().unwrap_or(-1));
                let mode = Mode {
                    dir: "testrunner",
                    prefix: "",
                    golden: "want",
                    owned_by_gint: true,
                    actual: lex,
                    regenerate: "UPDATE_GOLDEN=1 cargo test --test golden",
                };
                compare(&mode, &dir.join(format!("{name}.want")), &actual)
            })
        })
        .collect()
}

/// `testdata/testrunner_update/`: golden cases with wrong or missing goldens, copied to a
/// temporary folder where `gint test -update` rewrites them and a second `gint test` must
/// pass; both reports and the files after the update must equal
/// `testdata/testrunner_update.want` (gint owns it).
fn update_round_trip(root: &Path) -> Trial {
    let src = root.join("testrunner_update");
    let want = root.join("testrunner_update.want");
    Trial::test("testrunner/update_round_trip", move || {
        let tmp = env::temp_dir().join(format!("gint-update-{}", std::process::id()));
        let _ = fs::remove_dir_all(&tmp);
        let dir = tmp.join("cases");
        fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let mut names: Vec<PathBuf> = fs::read_dir(&src)
            .map_err(|e| format!("{}: {e}", src.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        names.sort();
        for p in &names {
            if let Some(name) = p.file_name() {
                fs::copy(p, dir.join(name)).map_err(|e| format!("{}: {e}", p.display()))?;
            }
        }
        let gint = |extra: &[&str]| -> Result<String, String> {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_gint"))
                .args(["test", "-j", "1"])
                .args(extra)
                .arg("cases")
                .current_dir(&tmp)
                .output()
                .map_err(|e| format!("cannot run gint: {e}"))?;
            Ok(format!(
                "{}exit status {}\n",
                blank_times(&String::from_utf8_lossy(&out.stdout)),
                out.status.code().unwrap_or(-1)
            ))
        };
        let mut actual = format!("$ gint test -update cases\n{}", gint(&["-update"])?);
        actual.push_str(&format!("$ gint test cases\n{}", gint(&[])?));
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        for f in files {
            let text = fs::read_to_string(&f).unwrap_or_default();
            let name = f.file_name().unwrap_or_default().to_string_lossy().into_owned();
            if name.ends_with(".go") && !text.contains("// Output:") {
                continue;
            }
            actual.push_str(&format!("==> {name} <==\n{text}"));
        }
        let _ = fs::remove_dir_all(&tmp);
        let mode = Mode {
            dir: "testrunner",
            prefix: "",
            golden: "want",
            owned_by_gint: true,
            actual: lex,
            regenerate: "UPDATE_GOLDEN=1 cargo test --test golden",
        };
        compare(&mode, &want, &actual)
    })
}

/// Replaces what varies from run to run in a `gint test` report by `T`: durations
/// (`(0.01s)`, `after 1.0s`), a benchmark's time per operation, the machine's lines, and the
/// `Time` and `Elapsed` of `-json` events.
/// `testdata/repl/NAME.txt`: a transcript of inputs piped into `gint repl`; what it prints
/// (stdout and stderr together, in order, then `[exit status N]` if not 0) must equal
/// `NAME.out`, which gint owns (`UPDATE_GOLDEN=1` rewrites it). The case runs in the
/// folder, so `:load`/`:save` of relative paths work there.
fn repl_trials(dir: &Path) -> Vec<Trial> {
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    let mut cases: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    cases.sort();
    let known = known_failures(dir);
    cases
        .into_iter()
        .map(|case| {
            let name = case.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            let expect_failure = known.contains(&name);
            let dir = dir.to_path_buf();
            Trial::test(format!("repl/{name}"), move || {
                let result = run_repl_case(&dir, &case);
                match (expect_failure, result) {
                    (false, r) => r,
                    (true, Err(_)) => Ok(()),
                    (true, Ok(())) => {
                        Err(format!("unexpected success: remove {name} from repl/{KNOWN_FAILURES}").into())
                    }
                }
            })
        })
        .collect()
}

fn run_repl_case(dir: &Path, case: &Path) -> Result<(), Failed> {
    let input = fs::File::open(case).map_err(|e| format!("{}: {e}", case.display()))?;
    let mut child = std::process::Command::new("sh")
        .args(["-c", "exec \"$0\" repl 2>&1", env!("CARGO_BIN_EXE_gint")])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(input)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run gint: {e}"))?;
    let mut stdout = child.stdout.take().ok_or("no stdout")?;
    let reader = thread::spawn(move || {
        let mut out = Vec::new();
        let _ = io::Read::read_to_end(&mut stdout, &mut out);
        out
    });
    let start = std::time::Instant::now();
    let status = loop {
        match child.try_wait().map_err(|e| format!("{e}"))? {
            Some(status) => break status,
            None if start.elapsed() > REPL_TIME_LIMIT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {}s", REPL_TIME_LIMIT.as_secs()).into());
            }
            None => thread::sleep(Duration::from_millis(5)),
        }
    };
    let out = reader.join().map_err(|_| "reader thread died")?;
    let mut actual = String::from_utf8_lossy(&out).into_owned();
    let code = status.code().unwrap_or(-1);
    if code != 0 {
        actual.push_str(&format!("[exit status {code}]\n"));
    }
    let mode = Mode {
        dir: "repl",
        prefix: "",
        golden: "out",
        owned_by_gint: true,
        actual: lex,
        regenerate: "UPDATE_GOLDEN=1 cargo test --test golden -- repl/",
    };
    compare(&mode, &case.with_extension("out"), &actual)
}

/// Replaces the durations of a `gint test` report (`(0.01s)`, `after 1.0s`) by `T`.
fn blank_times(s: &str) -> String {
    let lines: Vec<String> = s
        .split_inclusive('\n')
        .map(|l| {
            for machine in ["cpu: ", "goos: ", "goarch: "] {
                if l.starts_with(machine) {
                    return format!("{machine}T\n");
                }
            }
            // A timed-out test binary's "running tests:" list: `\t\tTestX (1s)`.
            if let (true, Some(at)) = (l.starts_with("\t\t") && l.ends_with("s)\n"), l.rfind(" (")) {
                return format!("{} (T)\n", &l[..at]);
            }
            if let Some(at) = l.find(" ns/op") {
                let start = l[..at].rfind('\t').map_or(0, |t| t + 1);
                let mut l = format!("{}T{}", &l[..start], &l[at..]);
                if let Some(at) = l.find(" MB/s") {
                    let start = l[..at].rfind('\t').map_or(0, |t| t + 1);
                    l = format!("{}T{}", &l[..start], &l[at..]);
                }
                return l;
            }
            let mut l = l.to_string();
            for key in ["\"Time\":\"", "\"Elapsed\":"] {
                if let Some(at) = l.find(key) {
                    let from = at + key.len();
                    let end = l[from..].find([',', '}']).map_or(l.len(), |e| from + e);
                    let end = if key.ends_with('"') { end - 1 } else { end };
                    l.replace_range(from..end, "T");
                }
            }
            l
        })
        .collect();
    blank_durations(&lines.concat())
}

fn blank_durations(s: &str) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // A number starts a word, or follows a JSON-escaped tab (`\t0.01s`).
        let starts = i == 0 || !b[i - 1].is_ascii_alphanumeric() || (i >= 2 && &b[i - 2..i] == b"\\t");
        if b[i].is_ascii_digit() && starts {
            let mut j = i;
            while j < b.len() && (b[j].is_ascii_digit() || b[j] == b'.') {
                j += 1;
            }
            if j < b.len() && b[j] == b's' && s[i..j].contains('.') {
                out.push(b'T');
                i = j + 1;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The file of a testdata folder listing cases known to fail, one name per line, each with
/// its reason after a `#`. A listed case that passes fails the run, so the list stays true.
const KNOWN_FAILURES: &str = "KNOWN_FAILURES";

fn known_failures(dir: &Path) -> Vec<String> {
    let text = fs::read_to_string(dir.join(KNOWN_FAILURES)).unwrap_or_default();
    text.lines().map(|l| l.split('#').next().unwrap_or("").trim().to_string()).filter(|l| !l.is_empty()).collect()
}

/// The `.go` files of a folder, sorted; none if it does not exist.
fn go_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<PathBuf> =
        entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "go")).collect();
    files.sort();
    files
}

fn run_case(mode: &'static Mode, go: &Path) -> Result<(), Failed> {
    let bytes = fs::read(go).map_err(|e| format!("{}: {e}", go.display()))?;
    let exit = fs::read_to_string(go.with_extension("exit")).ok().and_then(|s| s.trim().parse().ok());
    let actual = with_time_limit(move || (mode.actual)(&Case { bytes, exit }))?;
    compare(mode, &go.with_extension(mode.golden), &actual)
}

/// Runs `f` on a thread of its own and gives up on it after `TIME_LIMIT`; a panic fails the
/// case with its message.
fn with_time_limit(f: impl FnOnce() -> Result<String, String> + Send + 'static) -> Result<String, Failed> {
    let (tx, rx) = mpsc::channel();
    thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let _ = tx.send(panic::catch_unwind(panic::AssertUnwindSafe(f)));
        })
        .map_err(|e| format!("cannot start the case's thread: {e}"))?;
    match rx.recv_timeout(TIME_LIMIT) {
        Ok(Ok(result)) => result.map_err(Failed::from),
        Ok(Err(payload)) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Err(format!("panicked: {msg}").into())
        }
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!("timed out after {}s", TIME_LIMIT.as_secs()).into()),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err("the case's thread died".into()),
    }
}

fn compare(mode: &Mode, golden: &Path, actual: &str) -> Result<(), Failed> {
    let update = env::var_os("UPDATE_GOLDEN").is_some_and(|v| !v.is_empty() && v != "0");
    let ci = env::var_os("CI").is_some();
    match fs::read_to_string(golden) {
        Ok(expected) if expected == actual => Ok(()),
        Ok(_) if update && mode.owned_by_gint => write_golden(golden, actual),
        Ok(expected) => {
            let fix = if mode.owned_by_gint {
                "if the new output is right: UPDATE_GOLDEN=1 cargo test --test golden"
            } else {
                "this golden comes from the Go toolchain: fix gint, not the golden"
            };
            Err(format!("{} differs (- expected, + actual; {fix}):\n{}", golden.display(), diff(&expected, actual))
                .into())
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            if ci {
                Err(format!("{} is missing (CI is set; make it with: {})", golden.display(), mode.regenerate).into())
            } else if mode.owned_by_gint {
                eprintln!("golden: created {}", golden.display());
                write_golden(golden, actual)
            } else {
                Err(format!("{} is missing; make it with: {}", golden.display(), mode.regenerate).into())
            }
        }
        Err(e) => Err(format!("{}: {e}", golden.display()).into()),
    }
}

fn write_golden(golden: &Path, actual: &str) -> Result<(), Failed> {
    fs::write(golden, actual).map_err(|e| format!("{}: {e}", golden.display()).into())
}

/// A line diff of expected and actual with three lines of context around each change.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    if a.len() * b.len() > 4_000_000 {
        return first_difference(&a, &b);
    }
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let mut script = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            script.push((' ', a[i]));
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            script.push(('-', a[i]));
            i += 1;
        } else {
            script.push(('+', b[j]));
            j += 1;
        }
    }
    let near_change = |k: usize| {
        let lo = k.saturating_sub(3);
        let hi = (k + 4).min(script.len());
        script[lo..hi].iter().any(|(c, _)| *c != ' ')
    };
    let mut out = String::new();
    let mut skipped = false;
    for (k, (c, line)) in script.iter().enumerate() {
        if near_change(k) {
            out.push_str(&format!("{c}{line}\n"));
            skipped = false;
        } else if !skipped {
            out.push_str("  …\n");
            skipped = true;
        }
    }
    out
}

/// For outputs too large to diff: the first line that differs, with its neighbours.
fn first_difference(a: &[&str], b: &[&str]) -> String {
    let k = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let show = |lines: &[&str], sign| {
        lines[k.saturating_sub(3)..(k + 4).min(lines.len())].iter().map(|l| format!("{sign}{l}\n")).collect::<String>()
    };
    format!("first difference at line {}:\n{}{}", k + 1, show(a, '-'), show(b, '+'))
}

//! One function per subcommand. Each loads its files, calls the library, writes what the
//! library returns and says how the process should exit.

use super::args::{Cli, Command, ErrorFormat};
use super::{files, output, Exit};
use gint::diag::{self, Diagnostic, Format};
use gint::source::SourceMap;
use gint::{dump, parse};
use std::io::IsTerminal;

pub fn dispatch(cli: Cli) -> Exit {
    let format = diagnostic_format(cli.error_format);
    match cli.command.unwrap_or(Command::Repl) {
        Command::Run { args, timeout, max_steps, max_memory, sandbox } => {
            let limits = match super::limits::Limits::new(timeout.as_deref(), max_steps, max_memory.as_deref()) {
                Ok(l) => l,
                Err(msg) => {
                    output::stderr(&format!("gint: {msg}\n"));
                    return Exit::Failed;
                }
            };
            run(&args, format, &limits, sandbox)
        }
        Command::Check { files } => check(&files, format),
        Command::Test { paths, jobs, timeout, update, list, verbose, run, go } => {
            super::test::run(&super::test::Options { paths, jobs, timeout, update, list, verbose, filter: run, go })
        }
        Command::TestMain { pkg, verbose, run, go } => match super::gotest::flags(verbose, run, &go) {
            Ok(flags) => super::gotest::test_main(&pkg, &flags),
            Err(msg) => {
                output::stderr(&format!("gint: {msg}\n"));
                Exit::Failed
            }
        },
        Command::Repl => super::repl::run(format),
        Command::DumpAst { quiet, files } => dump_ast(&files, quiet),
        Command::DumpTokens { files } => dump_tokens(&files),
        Command::Version => {
            output::stdout(&format!("gint version {}\n", env!("CARGO_PKG_VERSION")));
            Exit::Ok
        }
        Command::DebugPanic => panic!("debug-panic was asked for"),
    }
}

/// `--error-format`, or by default the graphical report on a terminal and gc's lines
/// otherwise. Color only on a terminal and when `NO_COLOR` is not set (no-color.org).
fn diagnostic_format(choice: Option<ErrorFormat>) -> Format {
    let tty = std::io::stderr().is_terminal();
    match choice {
        Some(ErrorFormat::Short) => Format::Short,
        None if !tty => Format::Short,
        _ => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            Format::Human { color: tty && !no_color }
        }
    }
}

/// `gint run FILE.go… [ARGS…]`: the leading `.go` arguments are the program, as for
/// `go run`; the rest are its arguments.
fn run(args: &[String], format: Format, limits: &super::limits::Limits, sandbox: bool) -> Exit {
    let n = args.iter().take_while(|a| a.ends_with(".go")).count();
    if n == 0 {
        output::stderr("gint: no go files listed\n");
        return Exit::Failed;
    }
    let Some(mut sources) = load_sources(&args[..n]) else { return Exit::Failed };
    let user: Vec<_> = sources.ids().collect();
    // In a module, imports of its own packages are its folders, as for `go run`.
    let dir = std::path::Path::new(&args[0]).parent().filter(|d| !d.as_os_str().is_empty());
    let module = super::module::find(dir.unwrap_or(std::path::Path::new(".")));
    let load = |import: &str| module.as_ref().map_or_else(|| Err(String::new()), |m| m.load(import));
    let local = module.as_ref().map(|m| gint::program::ModulePackages { path: &m.path, load: &load });
    let program = match gint::program::load_in_module(&mut sources, &user, local.as_ref()) {
        Ok(p) => p,
        Err(diags) => {
            print_compile_errors(&sources, &diags, format);
            return Exit::Failed;
        }
    };
    let checked = match gint::program::check(&sources, &program) {
        Ok(c) => c,
        Err(diags) => {
            print_compile_errors(&sources, &diags, format);
            return Exit::Failed;
        }
    };
    let lowered = match gint::eval::prepare(&checked, &program, &sources) {
        Ok(l) => l,
        Err(diags) => {
            let diags = diag::finalize(&sources, diags);
            output::stderr(&diag::render(&sources, &diags, format));
            return Exit::Failed;
        }
    };
    // os.Args: the program's name (its first file without `.go`), then its arguments.
    let name = std::path::Path::new(&args[0]).file_stem().map_or("prog".into(), |s| s.to_string_lossy().into_owned());
    gint::eval::set_program_args(std::iter::once(name).chain(args[n..].iter().cloned()).collect());
    if sandbox {
        let script = std::path::Path::new(&args[0]);
        let dir = script.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
        gint::eval::sandbox::enable(dir);
    }
    let mut host = output::ProcessHost;
    limits.start();
    gint::runtime::signal::install_defaults();
    let outcome = gint::eval::run(&lowered, &mut host);
    // The process ends now: freeing the program's trees and tables one by one would only
    // cost time (a few milliseconds of a hello world's start-to-exit); the OS takes it all.
    std::mem::forget((lowered, checked, program, sources));
    // Ended by a signal (Ctrl-C): its output is written; now die of it, as Go does.
    if let Some(n) = gint::runtime::signal::exit_signal() {
        gint::runtime::signal::die(n);
    }
    match outcome {
        gint::eval::Outcome::Exit(code) => Exit::Status(code),
        gint::eval::Outcome::Panic(report) => match limits.exceeded(&report) {
            Some(msg) => {
                output::stderr(&format!("gint: {msg}\n"));
                Exit::Status(super::limits::EXIT_LIMIT)
            }
            None => {
                output::stderr(&report);
                Exit::Status(2)
            }
        },
    }
}

/// Compile errors as `go run` prints them: the compiler's under a
/// "# command-line-arguments" header, the go command's own without.
fn print_compile_errors(sources: &SourceMap, diags: &[Diagnostic], format: Format) {
    let mut out = String::new();
    if diags.iter().any(|d| !d.is_go_command_error()) {
        out.push_str("# command-line-arguments\n");
    }
    out.push_str(&diag::render(sources, diags, format));
    output::stderr(&out);
}

/// `gint check FILE.go…`: the files are one package, as for `go build FILES`; parses and
/// type-checks it with the packages it imports.
fn check(paths: &[String], format: Format) -> Exit {
    let Some(mut sources) = load_sources(paths) else { return Exit::Failed };
    let user: Vec<_> = sources.ids().collect();
    let result = gint::program::load(&mut sources, &user).and_then(|p| gint::program::check(&sources, &p).map(|_| ()));
    match result {
        Ok(()) => Exit::Ok,
        Err(diags) => {
            print_compile_errors(&sources, &diags, format);
            Exit::Failed
        }
    }
}

/// Loads the named Go files; prints go's message and returns None if one cannot be read.
fn load_sources(paths: &[String]) -> Option<SourceMap> {
    let mut sources = SourceMap::new();
    for path in paths {
        match files::load_as_go(path) {
            Ok(file) => sources.add(file),
            Err(msg) => {
                output::stderr(&format!("{msg}\n"));
                return None;
            }
        };
    }
    Some(sources)
}

/// Loads one file as given (any extension) into a source map of its own; prints go's
/// message and returns None if it cannot be read.
fn load_one(path: &str) -> Option<(SourceMap, gint::syntax::span::FileId)> {
    let mut sources = SourceMap::new();
    match files::load(path) {
        Ok(file) => {
            let id = sources.add(file);
            Some((sources, id))
        }
        Err(msg) => {
            output::stderr(&format!("{msg}\n"));
            None
        }
    }
}

/// `gint dump-ast [--quiet] FILE…`: each file on its own; errors always as
/// `path:line:col: msg` so that the output of a batch can be attributed to its files.
fn dump_ast(paths: &[String], quiet: bool) -> Exit {
    let mut exit = Exit::Ok;
    for path in paths {
        let Some((sources, id)) = load_one(path) else {
            exit = Exit::Failed;
            continue;
        };
        let parsed = parse::parse(&sources, id, 0);
        if let (false, Some(file)) = (quiet, &parsed.ast) {
            header(paths, path);
            output::stdout(&dump::ast(file, sources.get(id).text()));
        }
        let diags = diag::finalize(&sources, parsed.diagnostics);
        if !diags.is_empty() {
            output::stderr(&diag::render(&sources, &diags, Format::Short));
            exit = Exit::Failed;
        }
    }
    exit
}

/// `gint dump-tokens FILE…`: the lexer's errors are part of the dump.
fn dump_tokens(paths: &[String]) -> Exit {
    let mut exit = Exit::Ok;
    for path in paths {
        let Some((sources, id)) = load_one(path) else {
            exit = Exit::Failed;
            continue;
        };
        header(paths, path);
        output::stdout(&dump::tokens(sources.get(id).text()));
        let invalid = parse::encoding_errors(&sources, id);
        if !invalid.is_empty() {
            let diags = diag::finalize(&sources, invalid);
            output::stderr(&diag::render(&sources, &diags, Format::Short));
            exit = Exit::Failed;
        }
    }
    exit
}

/// A `==> path <==` line before each file's dump when there are several, as `head` does.
fn header(paths: &[String], path: &str) {
    if paths.len() > 1 {
        output::stdout(&format!("==> {path} <==\n"));
    }
}

//! The command line, as clap sees it, and the one rewrite clap cannot do itself:
//! `gint prog.go args…` means `gint run prog.go args…`.

use clap::{Parser, Subcommand, ValueEnum};

/// gint runs Go programs.
#[derive(Parser, Debug)]
#[command(name = "gint", version, about, long_about = None)]
pub struct Cli {
    /// How compile errors are shown (default: human on a terminal, short otherwise).
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub error_format: Option<ErrorFormat>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ErrorFormat {
    /// `file:line:col: message`, as `go build` prints them.
    Short,
    /// A report with the source line.
    Human,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run a Go program: `gint run prog.go [args…]` (or just `gint prog.go [args…]`).
    Run {
        /// End the program after this long (Go's duration syntax: 500ms, 2s, 1m): it stops
        /// with a message and exit status 124.
        #[arg(long, value_name = "DURATION")]
        timeout: Option<String>,
        /// End the program after about this many steps (calls and loop iterations): a
        /// limit for running code you do not trust; exit status 124.
        #[arg(long = "max-steps", value_name = "N")]
        max_steps: Option<u64>,
        /// End the program with Go's "fatal error: runtime: out of memory" (exit status 2)
        /// when gint's memory would grow past this size (512MiB, 2GB, 100000).
        #[arg(long = "max-memory", value_name = "SIZE")]
        max_memory: Option<String>,
        /// Deny the program file system writes, reads outside the script's folder, and
        /// the environment: such calls fail with "operation not permitted".
        #[arg(long)]
        sandbox: bool,
        /// The program's .go files, then the arguments passed to it.
        #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true, value_name = "FILE.go [ARGS]")]
        args: Vec<String>,
    },
    /// Check Go files for compile errors without running them.
    Check {
        #[arg(required = true, value_name = "FILE.go")]
        files: Vec<String>,
    },
    /// Run golden-file tests: NAME.go beside NAME.out (and NAME.exit, NAME.err), or a
    /// program ending in an `// Output:` comment block. `dir/...` searches recursively.
    Test {
        #[arg(value_name = "PATH")]
        paths: Vec<String>,
        /// Cases run at once (default: the number of cores).
        #[arg(short = 'j', value_name = "N")]
        jobs: Option<usize>,
        /// Time limit of each case, e.g. 10s, 500ms, 2m.
        #[arg(long = "timeout", short = 't', value_name = "DURATION", default_value = "10s")]
        timeout: String,
        /// Rewrite the goldens (.out, .exit, .err, `// Output:` blocks) from actual results.
        #[arg(long)]
        update: bool,
        /// List the cases without running them.
        #[arg(long)]
        list: bool,
        /// Report every case, not only failures.
        #[arg(short, long)]
        verbose: bool,
        /// Run only cases whose path contains this text; in go test packages, only the
        /// tests whose names match this regular expression (split on `/` for subtests).
        #[arg(long = "run", value_name = "TEXT")]
        run: Option<String>,
        #[command(flatten)]
        go: GoTestArgs,
    },
    /// Run the tests of the go test package in the current folder (the child process of
    /// `gint test`, as a test binary is go test's).
    #[command(hide = true)]
    TestMain {
        /// The package's import path.
        #[arg(long)]
        pkg: String,
        #[arg(short, long)]
        verbose: bool,
        #[arg(long = "run", value_name = "REGEX")]
        run: Option<String>,
        #[command(flatten)]
        go: GoTestArgs,
    },
    /// Start an interactive session (also what a bare `gint` does).
    Repl,
    /// Print the syntax tree of Go files; syntax errors go to stderr as `path:line:col: msg`.
    DumpAst {
        /// Only parse and report errors; print no tree.
        #[arg(long)]
        quiet: bool,
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
    },
    /// Print the tokens of Go files, with the semicolons the lexer inserts.
    DumpTokens {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
    },
    /// Print gint's version.
    Version,
    /// Panic on purpose, to test how gint reports its own bugs.
    #[command(hide = true)]
    DebugPanic,
}

/// The flags of `gint test` that only go test packages use.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct GoTestArgs {
    /// Skip the tests whose names match this regular expression.
    #[arg(long, value_name = "REGEX")]
    pub skip: Option<String>,
    /// Run the benchmarks whose names match this regular expression.
    #[arg(long, value_name = "REGEX")]
    pub bench: Option<String>,
    /// How long to run each benchmark (`1s`) or how many times (`100x`).
    #[arg(long, value_name = "D")]
    pub benchtime: Option<String>,
    /// Run each test, example and benchmark this many times.
    #[arg(long, default_value_t = 1)]
    pub count: u32,
    /// Tell long-running tests to shorten (`testing.Short()`).
    #[arg(long)]
    pub short: bool,
    /// Do not start new tests after the first failure.
    #[arg(long)]
    pub failfast: bool,
    /// Print go test -json events.
    #[arg(long)]
    pub json: bool,
}

/// Inserts `run` before the first argument that is not an option when it names a `.go`
/// file, so that `gint prog.go a b` is `gint run prog.go a b`.
pub fn rewrite_implicit_run(mut argv: Vec<String>) -> Vec<String> {
    // `gint test` takes go test's single-dash long flags (`-timeout 5s`, `-update`).
    if let Some(t) = argv.iter().position(|a| a == "test") {
        for a in &mut argv[t + 1..] {
            let long = [
                "-timeout",
                "-update",
                "-list",
                "-run",
                "-verbose",
                "-skip",
                "-bench",
                "-benchtime",
                "-count",
                "-short",
                "-failfast",
                "-json",
            ];
            if let Some(flag) = long.iter().find(|f| a.as_str() == **f || a.starts_with(&format!("{f}="))) {
                let _ = flag;
                a.insert(0, '-');
            }
        }
    }
    let mut i = 1;
    while i < argv.len() {
        let arg = &argv[i];
        if arg == "--error-format" {
            i += 2;
        } else if arg.starts_with('-') {
            i += 1;
        } else {
            if arg.ends_with(".go") {
                argv.insert(i, "run".to_string());
            }
            break;
        }
    }
    argv
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn implicit_run() {
        assert_eq!(rewrite_implicit_run(argv("gint p.go -x")), argv("gint run p.go -x"));
        assert_eq!(
            rewrite_implicit_run(argv("gint --error-format short p.go")),
            argv("gint --error-format short run p.go")
        );
        assert_eq!(rewrite_implicit_run(argv("gint check p.go")), argv("gint check p.go"));
        assert_eq!(rewrite_implicit_run(argv("gint")), argv("gint"));
    }

    #[test]
    fn clap_definition_is_valid() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}

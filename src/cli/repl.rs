//! `gint repl` (and bare `gint` on a terminal): the terminal side of a REPL session.
//!
//! On a terminal: line editing with rustyline, history in `~/.gint_history`, a `... `
//! prompt while an input is unfinished (`repl::input::needs_more` decides), Ctrl-C
//! cancelling the input being typed or interrupting the statement running (a SIGINT
//! handler sets the flag the evaluator checks at its preemption points), Ctrl-D quitting,
//! tab completion. Piped (`echo 'fmt.Println(1)' | gint repl`): no prompt, no color, only
//! what the inputs print; errors on stderr.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{BufRead, IsTerminal, Write};
use std::rc::Rc;

use gint::diag::{self, Format};
use gint::repl::{input, Failure, Session};
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};

use super::output::{self, ProcessHost};
use super::Exit;

const PROMPT: &str = "gint> ";
const MORE: &str = "...   ";

const HELP: &str = "\
Type Go: declarations (func, type, var, const, import) stay for the session and can be
redefined; statements run at once in main; an expression alone prints its values and type.
Standard packages are imported on first use (strings.ToUpper(\"a\") needs no import).
Commands:
  :help             this text
  :type EXPR        the type of EXPR, without running it
  :doc PKG.NAME     the declaration of a standard function, type or method (strings.Builder.WriteString)
  :vars             the session's variables, with their types and values
  :reset            forget everything
  :load FILE.go     add the declarations of FILE.go (not its main)
  :save FILE.go     write the session as a program go run takes
  :quit             leave (or Ctrl-D)
Ctrl-C cancels the input being typed, or interrupts the one running.
";

/// What the loop does after a line.
enum Next {
    Go,
    Quit(Exit),
}

pub fn run(format: Format) -> Exit {
    let tty = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let mut session = Session::new();
    if tty {
        terminal(&mut session, format)
    } else {
        piped(&mut session, format)
    }
}

/// Reads inputs from a pipe or a file: lines are joined until the input is complete.
fn piped(session: &mut Session, format: Format) -> Exit {
    let mut buf = String::new();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        if buf.is_empty() && line.trim_start().starts_with(':') {
            if let Next::Quit(exit) = command(session, line.trim(), format) {
                return exit;
            }
            continue;
        }
        buf.push_str(&line);
        buf.push('\n');
        if input::needs_more(&buf) {
            continue;
        }
        let text = std::mem::take(&mut buf);
        if let Next::Quit(exit) = eval(session, &text, format, false) {
            return exit;
        }
    }
    if !buf.trim().is_empty() {
        if let Next::Quit(exit) = eval(session, &buf, format, false) {
            return exit;
        }
    }
    Exit::Ok
}

/// The interactive loop.
fn terminal(session: &mut Session, format: Format) -> Exit {
    let names = Rc::new(RefCell::new(Vec::new()));
    let config = rustyline::Config::builder().auto_add_history(false).max_history_size(10_000).map(|c| c.build());
    let editor = config.and_then(rustyline::Editor::<GoHelper, rustyline::history::DefaultHistory>::with_config);
    let mut editor = match editor {
        Ok(e) => e,
        Err(e) => {
            output::stderr(&format!("gint: cannot use the terminal ({e}); reading stdin as a pipe\n"));
            return piped(session, format);
        }
    };
    editor.set_helper(Some(GoHelper { names: names.clone() }));
    let history = std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".gint_history"));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    install_sigint();
    output::stdout(&format!(
        "gint {} — Go, interactively. :help for help, Ctrl-D to quit.\n",
        env!("CARGO_PKG_VERSION")
    ));
    let mut buf = String::new();
    let exit = loop {
        let prompt = if buf.is_empty() { PROMPT } else { MORE };
        match editor.readline(prompt) {
            Ok(line) => {
                if buf.is_empty() && line.trim_start().starts_with(':') {
                    let _ = editor.add_history_entry(line.trim());
                    if let Next::Quit(exit) = command(session, line.trim(), format) {
                        break exit;
                    }
                    *names.borrow_mut() = session.names();
                    continue;
                }
                buf.push_str(&line);
                buf.push('\n');
                if input::needs_more(&buf) {
                    continue;
                }
                let text = std::mem::take(&mut buf);
                if text.trim().is_empty() {
                    continue;
                }
                let _ = editor.add_history_entry(text.trim_end());
                if let Next::Quit(exit) = eval(session, &text, format, true) {
                    break exit;
                }
                *names.borrow_mut() = session.names();
            }
            // Ctrl-C: drop the input being typed.
            Err(ReadlineError::Interrupted) => {
                if buf.is_empty() {
                    output::stdout("(Ctrl-D or :quit to leave)\n");
                }
                buf.clear();
            }
            Err(ReadlineError::Eof) => break Exit::Ok,
            Err(e) => {
                output::stderr(&format!("gint: {e}\n"));
                break Exit::Failed;
            }
        }
    };
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    exit
}

/// Runs one input and shows how it failed, if it did. On a terminal, output that did not
/// end its line gets a newline, so the next prompt starts a line of its own.
fn eval(session: &mut Session, text: &str, format: Format, tty: bool) -> Next {
    gint::runtime::frame::INTERRUPT.store(false, std::sync::atomic::Ordering::Relaxed);
    let mut host = LineHost { open_line: false };
    let r = session.eval(text, &mut host);
    if tty && host.open_line {
        output::stdout("\n");
    }
    show(r, format)
}

/// The process's streams, remembering whether the last byte written ended a line.
struct LineHost {
    open_line: bool,
}

impl gint::eval::Host for LineHost {
    fn stdout(&mut self, bytes: &[u8]) {
        if let Some(&last) = bytes.last() {
            self.open_line = last != b'\n';
        }
        ProcessHost.stdout(bytes);
    }

    fn stderr(&mut self, bytes: &[u8]) {
        ProcessHost.stderr(bytes);
    }
}

fn show(r: Result<(), Failure>, format: Format) -> Next {
    let _ = std::io::stdout().flush();
    match r {
        Ok(()) => Next::Go,
        Err(Failure::Compile(sources, diags)) => {
            let diags = diag::finalize(&sources, diags);
            output::stderr(&diag::render(&sources, &diags, format));
            Next::Go
        }
        Err(Failure::Panic(report)) => {
            // Go's report up to the goroutine trace (which says nothing more here).
            let head: Vec<&str> = report.lines().take_while(|l| !l.is_empty()).collect();
            let text = head.join("\n");
            if text == format!("fatal error: {}", gint::runtime::frame::INTERRUPTED) {
                output::stderr("interrupted\n");
            } else {
                output::stderr(&format!("{text}\n"));
            }
            Next::Go
        }
        Err(Failure::Exit(code)) => Next::Quit(Exit::Status(code)),
        Err(Failure::Refused(msg)) => {
            output::stderr(&format!("gint: {msg}\n"));
            Next::Go
        }
    }
}

/// A `:command` line.
fn command(session: &mut Session, line: &str, format: Format) -> Next {
    let (cmd, arg) = match line.split_once(char::is_whitespace) {
        Some((c, a)) => (c, a.trim()),
        None => (line, ""),
    };
    match cmd {
        ":help" | ":h" | ":?" => output::stdout(HELP),
        ":quit" | ":q" | ":exit" => return Next::Quit(Exit::Ok),
        ":type" | ":t" => match session.type_of(arg) {
            Ok(t) => output::stdout(&format!("{t}\n")),
            Err(f) => return show(Err(f), format),
        },
        ":doc" | ":d" => match gint::repl::doc::doc(arg) {
            Ok(text) => output::stdout(&text),
            Err(msg) => output::stderr(&format!("gint: {msg}\n")),
        },
        ":vars" | ":v" => {
            let r = session.vars(&mut ProcessHost);
            return show(r, format);
        }
        ":reset" => session.reset(),
        ":load" | ":l" => match std::fs::read_to_string(arg) {
            Ok(text) => {
                let r = session.load(arg, &text, &mut ProcessHost);
                return show(r, format);
            }
            Err(e) => output::stderr(&format!("gint: {arg}: {e}\n")),
        },
        ":save" | ":s" => {
            if arg.is_empty() {
                output::stderr("gint: :save takes a file name\n");
            } else if let Err(e) = std::fs::write(arg, session.save()) {
                output::stderr(&format!("gint: {arg}: {e}\n"));
            }
        }
        _ => output::stderr(&format!("gint: unknown command {cmd} (:help lists them)\n")),
    }
    Next::Go
}

/// Ctrl-C while a statement runs: the evaluator stops it at its next preemption point.
/// (While a line is being typed the terminal is in raw mode: Ctrl-C is a key rustyline
/// reads, not a signal.)
fn install_sigint() {
    extern "C" fn on_sigint(_: libc::c_int) {
        gint::runtime::frame::INTERRUPT.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    let handler: extern "C" fn(libc::c_int) = on_sigint;
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGINT, handler as libc::sighandler_t);
    }
}

/// Tab completion: identifiers in scope, package names, and a package's members after
/// `pkg.`.
struct GoHelper {
    names: Rc<RefCell<Vec<String>>>,
}

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
    "append",
    "cap",
    "clear",
    "close",
    "complex",
    "copy",
    "delete",
    "imag",
    "len",
    "make",
    "max",
    "min",
    "new",
    "panic",
    "print",
    "println",
    "real",
    "recover",
    "bool",
    "byte",
    "error",
    "float32",
    "float64",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "rune",
    "string",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "any",
    "true",
    "false",
    "nil",
    "iota",
];

impl Completer for GoHelper {
    type Candidate = String;

    fn complete(&self, line: &str, pos: usize, _: &Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        let start = before.rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')).map_or(0, |i| i + 1);
        let word = &before[start..];
        if let Some((pkg, prefix)) = word.rsplit_once('.') {
            let Some(path) = gint::stdlib::package_named(pkg) else { return Ok((pos, Vec::new())) };
            let found = gint::repl::doc::members(path).into_iter().filter(|m| m.starts_with(prefix)).collect();
            return Ok((pos - prefix.len(), found));
        }
        let mut found: Vec<String> = self.names.borrow().iter().filter(|n| n.starts_with(word)).cloned().collect();
        found.extend(KEYWORDS.iter().filter(|k| k.starts_with(word)).map(|k| k.to_string()));
        found.extend(
            gint::stdlib::packages()
                .into_iter()
                .map(|p| p.rsplit('/').next().unwrap_or(p).to_string())
                .filter(|n| n.starts_with(word)),
        );
        found.sort();
        found.dedup();
        Ok((start, found))
    }
}

impl Hinter for GoHelper {
    type Hint = String;
}

impl Highlighter for GoHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        Cow::Borrowed(line)
    }
}

impl Validator for GoHelper {}

impl Helper for GoHelper {}

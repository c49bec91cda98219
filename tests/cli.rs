//! `gint run` as a process: standard input and arguments reach the program
//! (`testdata/cli/`), and `--timeout` / `--max-steps` (limits for running code you do not
//! trust) end their programs (`testdata/limits/`) with exit status 124 and a message.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn gint(args: &[&str]) -> (i32, String, String, Duration) {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_gint"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("gint runs");
    let code = out.status.code().unwrap_or(-1);
    (code, String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into(), start.elapsed())
}

#[test]
fn timeout_ends_a_spinning_program() {
    let (code, stdout, stderr, took) = gint(&["run", "--timeout", "500ms", "testdata/limits/spin.go"]);
    assert_eq!(code, 124, "stderr: {stderr}");
    assert_eq!(stdout, "before\n");
    assert_eq!(stderr, "gint: program timed out after 500ms\n");
    assert!(took < Duration::from_secs(8), "took {took:?}");
}

#[test]
fn timeout_ends_a_sleeping_program() {
    let (code, stdout, stderr, took) = gint(&["run", "--timeout", "300ms", "testdata/limits/sleepy.go"]);
    assert_eq!(code, 124);
    // The scheduler sees the timeout while the program sleeps: its output is flushed.
    assert_eq!(stdout, "sleeping\n");
    assert_eq!(stderr, "gint: program timed out after 300ms\n");
    assert!(took < Duration::from_secs(8), "took {took:?}");
}

#[test]
fn max_steps_ends_a_spinning_program() {
    let (code, stdout, stderr, _) = gint(&["run", "--max-steps", "100000", "testdata/limits/spin.go"]);
    assert_eq!(code, 124);
    assert_eq!(stdout, "before\n");
    assert_eq!(stderr, "gint: program exceeded --max-steps 100000\n");
}

#[test]
fn a_bad_timeout_is_refused() {
    let (code, _, stderr, _) = gint(&["run", "--timeout", "soon", "testdata/limits/spin.go"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("invalid --timeout"), "{stderr}");
}

#[test]
fn stdin_and_arguments_reach_the_program() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gint"))
        .args(["run", "testdata/cli/stdin_sum.go", "x", "-y"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("gint runs");
    child.stdin.take().expect("stdin").write_all(b"1 2 3\n4 five 6\n").expect("input written");
    let out = child.wait_with_output().expect("gint ends");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "3 [x -y]\nlines 2 sum 16\n");
}

#[test]
fn a_goroutine_reading_stdin_does_not_stop_the_others() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gint"))
        .args(["run", "testdata/cli/stdin_with_ticker.go"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("gint runs");
    let mut input = child.stdin.take().expect("stdin");
    // The input comes late: meanwhile the ticking goroutine must run (late enough for a
    // debug build starting on a machine busy with the other tests' spinning programs).
    std::thread::sleep(Duration::from_millis(1500));
    input.write_all(b"hello\n").expect("input written");
    drop(input);
    let out = child.wait_with_output().expect("gint ends");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "read \"hello\\n\", the other goroutine ran: true\n");
}

/// Runs `file` with `input` on its standard input; its standard output.
fn run_with_input(file: &str, input: &[u8]) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gint"))
        .args(["run", file])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("gint runs");
    child.stdin.take().expect("stdin").write_all(input).expect("input written");
    let out = child.wait_with_output().expect("gint ends");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

// The expected outputs below are real Go's (go run, same input).
#[test]
fn fmt_scan_reads_standard_input() {
    assert_eq!(
        run_with_input("testdata/cli/scan_stdin.go", b"3\n10 20\n30\nbob 42\n1.5 2.25\n"),
        "60 2 <nil> bob 42\n2 <nil> 3.75\n0 EOF\n"
    );
}

#[test]
fn fmt_scanln_on_malformed_lines_reads_as_go_does() {
    assert_eq!(
        run_with_input("testdata/cli/scanln_edges.go", b"1 2 3\n4 5\n"),
        "2 expected newline 1 2\n0 unexpected newline 1 2\n2 <nil> 4\n0 EOF\n"
    );
    assert_eq!(
        run_with_input("testdata/cli/scanln_edges.go", b"5 6   \n7\n8 9"),
        "2 <nil> 5 6\n1 unexpected newline 7 6\n2 <nil> 8\n0 EOF\n"
    );
}

#[test]
fn fmt_scanf_reads_standard_input_as_go_does() {
    // Go's output for these inputs (the built program, same input).
    let input = b"3 4\nname=bob age=42\n7,8\n2.5x\nff 17 101\nabc\nabcdef ghi\ntrue 123456\nfoo 1\nbar 2\nbaz x\n";
    assert_eq!(run_with_input("testdata/cli/scanf_stdin.go", input), "2 <nil> 3 4\n2 <nil> bob 42\n2 <nil> 7 8\n2 <nil> 2.5 x\n3 <nil> 255 15 5\n0 expected integer 15\n1 unexpected newline bc \n1 expected space in input to match format false 15\nstop: 1 expected integer\n");
    assert_eq!(run_with_input("testdata/cli/scanf_stdin.go", b"5\n"), "1 newline in input does not match format 5 0\n0 unexpected EOF  5\n0 EOF 0 0\n0 EOF 0 \0\n0 EOF 0 5 0\n0 EOF 5\n0 EOF  \n0 EOF false 5\nstop: 0 EOF\n");
}

/// The usage text of testdata/cli/flag_args.go after its first line (which names the
/// program: `go build`'s binary path there, the file's stem under gint).
const FLAG_ARGS_DEFAULTS: &str =
    "  -n int\n    \trepetitions (default 1)\n  -sep string\n    \tseparator (default \" \")\n  -v\tverbose\n";

#[test]
fn flag_parses_the_command_line_as_go_does() {
    let (code, stdout, _, _) = gint(&["run", "testdata/cli/flag_args.go", "-n", "2", "-sep=,", "a", "b", "c"]);
    assert_eq!((code, stdout.as_str()), (0, "2 false , 2 3\na,b,c\na,b,c\n"));
    let (code, stdout, _, _) = gint(&["run", "testdata/cli/flag_args.go", "-v", "--", "-x", "y"]);
    assert_eq!((code, stdout.as_str()), (0, "1 true   1 2\n-x y\n"));
    let (code, stdout, stderr, _) = gint(&["run", "testdata/cli/flag_args.go", "-zz"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(stderr, format!("flag provided but not defined: -zz\nUsage of flag_args:\n{FLAG_ARGS_DEFAULTS}"));
    let (code, _, stderr, _) = gint(&["run", "testdata/cli/flag_args.go", "-h"]);
    assert_eq!((code, stderr), (0, format!("Usage of flag_args:\n{FLAG_ARGS_DEFAULTS}")));
    let (code, _, stderr, _) = gint(&["run", "testdata/cli/flag_args.go", "-n", "x"]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        format!("invalid value \"x\" for flag -n: parse error\nUsage of flag_args:\n{FLAG_ARGS_DEFAULTS}")
    );
}

/// A child `gint run` of a program that creates `marker` once it runs; returns the child
/// when it does.
fn start_until_marker(program: &str, marker: &std::path::Path) -> std::process::Child {
    let _ = std::fs::remove_file(marker);
    let child = Command::new(env!("CARGO_BIN_EXE_gint"))
        .args(["run", program])
        .arg(marker)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gint starts");
    let start = Instant::now();
    while !marker.exists() {
        assert!(start.elapsed() < Duration::from_secs(30), "{program} never started");
        std::thread::sleep(Duration::from_millis(20));
    }
    child
}

fn marker(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()))
}

fn send(child: &std::process::Child, sig: libc::c_int) {
    // SAFETY: kill(2) of our own child.
    unsafe { libc::kill(child.id() as libc::pid_t, sig) };
}

#[test]
fn ctrl_c_flushes_the_output_then_dies_of_sigint() {
    use std::os::unix::process::ExitStatusExt;
    let m = marker("interrupt");
    let child = start_until_marker("testdata/limits/interrupt.go", &m);
    send(&child, libc::SIGINT);
    let out = child.wait_with_output().expect("gint ends");
    // As a Go binary: killed by SIGINT (the shell shows 130), no message.
    assert_eq!(out.status.signal(), Some(libc::SIGINT), "{:?}", out.status);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn sigterm_also_flushes_the_output() {
    use std::os::unix::process::ExitStatusExt;
    let m = marker("term");
    let child = start_until_marker("testdata/limits/interrupt.go", &m);
    send(&child, libc::SIGTERM);
    let out = child.wait_with_output().expect("gint ends");
    assert_eq!(out.status.signal(), Some(libc::SIGTERM), "{:?}", out.status);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
}

#[test]
fn os_signal_notify_catches_ctrl_c() {
    let m = marker("catch");
    let child = start_until_marker("testdata/limits/catch_interrupt.go", &m);
    send(&child, libc::SIGINT);
    let out = child.wait_with_output().expect("gint ends");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "waiting\ncaught interrupt\n");
}

#[test]
fn a_signal_not_asked_for_ends_the_program_by_it() {
    use std::os::unix::process::ExitStatusExt;
    let out = Command::new(env!("CARGO_BIN_EXE_gint"))
        .args(["run", "testdata/limits/self_usr1.go"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("gint runs");
    assert_eq!(out.status.signal(), Some(libc::SIGUSR1), "{:?}", out.status);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
}

#[test]
fn max_memory_ends_growth_with_go_s_out_of_memory() {
    for program in ["append_grow", "string_grow", "map_grow"] {
        let path = format!("testdata/limits/{program}.go");
        let (code, _, stderr, took) = gint(&["run", "--max-memory", "200MiB", &path]);
        assert_eq!(code, 2, "{program}: {stderr}");
        assert!(stderr.starts_with("fatal error: runtime: out of memory\n"), "{program}: {stderr}");
        assert!(took < Duration::from_secs(60), "{program} took {took:?}");
    }
}

#[test]
fn a_bad_max_memory_is_refused() {
    let (code, _, stderr, _) = gint(&["run", "--max-memory", "lots", "testdata/limits/spin.go"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("invalid --max-memory"), "{stderr}");
}

#[test]
fn sandbox_denies_writes_outside_reads_and_the_environment() {
    let (code, stdout, stderr, _) = gint(&["run", "--sandbox", "testdata/limits/sandbox.go"]);
    assert_eq!(code, 0, "{stderr}");
    let want = "\
read own folder: true <nil>
read /etc/passwd: open /etc/passwd: operation not permitted true
open /etc/hostname: true open /etc/hostname: operation not permitted
read through ..: open testdata/limits/../../Cargo.toml: operation not permitted
write: open testdata/limits/new.txt: operation not permitted true
create: open /tmp/gint-sandbox-test.txt: operation not permitted
remove: remove testdata/limits/spin.go: operation not permitted
mkdir: mkdir testdata/limits/d: operation not permitted
getenv HOME: \"\"
lookup PATH: \"\" false
environ: 0
setenv: setenv: operation not permitted
unsetenv: unsetenv: operation not permitted
signal pid 1: operation not permitted
";
    assert_eq!(stdout, want);
    assert!(std::path::Path::new("testdata/limits/spin.go").exists());
}

/// gint's own bugs, wherever they happen, are one "internal error" report and exit 3.
#[test]
fn an_internal_error_is_reported_not_dumped() {
    for (place, args) in [
        ("run", vec!["run", "testdata/limits/spin.go"]),
        ("goroutine", vec!["run", "testdata/run/goroutine_stack_overflow.go"]),
        ("", vec!["debug-panic"]),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_gint"))
            .args(&args)
            .env("GINT_DEBUG_PANIC", place)
            .env_remove("RUST_BACKTRACE")
            .env_remove("GINT_BACKTRACE")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("gint runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{place}: {stderr}");
        assert!(stderr.starts_with("gint: internal error: "), "{place}: {stderr}");
        assert!(stderr.contains("please report this"), "{place}: {stderr}");
        assert!(!stderr.contains("panicked at") && !stderr.contains("backtrace"), "{place}: {stderr}");
    }
}

#[test]
fn an_internal_error_in_the_repl_is_reported() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gint"))
        .arg("repl")
        .env("GINT_DEBUG_PANIC", "goroutine")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gint starts");
    child.stdin.take().expect("stdin").write_all(b"go func() {}()\n").expect("input");
    let out = child.wait_with_output().expect("gint ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.starts_with("gint: internal error: "), "{stderr}");
}

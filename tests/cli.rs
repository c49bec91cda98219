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
    // The input comes late: meanwhile the ticking goroutine must run. (Late enough for an
    // unoptimised gint on a loaded machine to have started: loading fmt, os and time
    // takes it a few tenths of a second.)
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

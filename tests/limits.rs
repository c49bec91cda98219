//! `gint run --timeout` and `--max-steps` (limits for running code you do not trust), on
//! the programs of `testdata/limits/`: each limit ends its program with exit status 124
//! and a message on stderr.

use std::process::Command;
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

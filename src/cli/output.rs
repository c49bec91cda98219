//! Where the CLI's text goes: stdout and stderr, written whole, with errors ignored — a
//! closed pipe (`gint dump-ast x.go | head`) must not turn into a panic.

use std::io::Write;

pub fn stdout(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

pub fn stderr(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// The host of a running Go program: this process's standard streams.
pub struct ProcessHost;

impl gint::eval::Host for ProcessHost {
    fn stdout(&mut self, bytes: &[u8]) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(bytes);
        let _ = out.flush();
    }

    fn stderr(&mut self, bytes: &[u8]) {
        let _ = std::io::stderr().lock().write_all(bytes);
    }
}

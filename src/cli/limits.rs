//! Limits for running code you do not trust: `gint run --timeout 2s` and `--max-steps N`.
//! Either ends the program with a message and exit status 124 (as `timeout(1)` does).
//! `--max-memory SIZE` is the runtime's (`runtime::memory`): past it, Go's fatal
//! "out of memory", exit status 2.
//!
//! Both stop the program at its next preemption point (`Frame::preempt`, every few
//! thousand calls or loop iterations) through the runtime's interrupt flag; a program
//! blocked where no preemption point comes (a long sleep) is ended by the watchdog itself.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use gint::runtime::{frame, memory};

/// The exit status of a run ended by a limit.
pub const EXIT_LIMIT: i32 = 124;

/// How long after the interrupt the watchdog waits for the program to stop by itself.
const GRACE: Duration = Duration::from_secs(2);

static TIMED_OUT: AtomicBool = AtomicBool::new(false);

pub struct Limits {
    timeout: Option<(Duration, String)>,
    max_steps: Option<u64>,
    max_memory: Option<u64>,
}

impl Limits {
    pub fn new(timeout: Option<&str>, max_steps: Option<u64>, max_memory: Option<&str>) -> Result<Limits, String> {
        let timeout = match timeout {
            Some(text) => Some((parse_duration(text).ok_or(format!("invalid --timeout {text:?}"))?, text.to_string())),
            None => None,
        };
        let max_memory = match max_memory {
            Some(text) => Some(memory::parse_size(text).ok_or(format!("invalid --max-memory {text:?}"))?),
            None => None,
        };
        Ok(Limits { timeout, max_steps, max_memory })
    }

    /// Arms the limits for the run about to start.
    pub fn start(&self) {
        if let Some(n) = self.max_memory {
            memory::set_limit(n);
        }
        if let Some(n) = self.max_steps {
            frame::STEPS_LEFT.store(n, Ordering::Relaxed);
        }
        if let Some((d, text)) = self.timeout.clone() {
            std::thread::spawn(move || {
                std::thread::sleep(d);
                TIMED_OUT.store(true, Ordering::Relaxed);
                frame::INTERRUPT.store(true, Ordering::Relaxed);
                std::thread::sleep(GRACE);
                eprintln!("gint: program timed out after {text}");
                std::process::exit(EXIT_LIMIT);
            });
        }
    }

    /// The message for a run a limit ended (its report is the runtime's fatal error).
    pub fn exceeded(&self, report: &str) -> Option<String> {
        if report.starts_with(&format!("fatal error: {}", frame::INTERRUPTED)) && TIMED_OUT.load(Ordering::Relaxed) {
            return self.timeout.as_ref().map(|(_, text)| format!("program timed out after {text}"));
        }
        if report.starts_with(&format!("fatal error: {}", frame::STEPS_EXCEEDED)) {
            return self.max_steps.map(|n| format!("program exceeded --max-steps {n}"));
        }
        None
    }
}

/// A duration in Go's syntax: a sequence of numbers with units (`1h30m`, `2.5s`, `300ms`).
fn parse_duration(s: &str) -> Option<Duration> {
    let mut total = 0f64;
    let mut rest = s;
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let n = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        let value: f64 = rest[..n].parse().ok()?;
        rest = &rest[n..];
        let u = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        let scale = match &rest[..u] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        rest = &rest[u..];
        total += value * scale;
    }
    Some(Duration::from_secs_f64(total))
}

#[cfg(test)]
mod tests {
    use super::parse_duration;
    use std::time::Duration;

    #[test]
    fn durations_in_go_syntax() {
        assert_eq!(parse_duration("2s"), Some(Duration::from_secs(2)));
        assert_eq!(parse_duration("500ms"), Some(Duration::from_millis(500)));
        assert_eq!(parse_duration("1m30s"), Some(Duration::from_secs(90)));
        assert_eq!(parse_duration("1.5h"), Some(Duration::from_secs(5400)));
        assert_eq!(parse_duration("10"), None);
        assert_eq!(parse_duration(""), None);
    }
}

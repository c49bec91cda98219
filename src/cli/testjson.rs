//! `gint test -json`: a package's `-v` output turned into `go test -json` events, one
//! JSON object a line, as cmd/test2json does: `start`, `run`, `output` (framing lines
//! marked `"OutputType":"frame"`), `pass`/`fail`/`skip` with `Elapsed`, and the package's
//! own result last.

use std::time::{SystemTime, UNIX_EPOCH};

/// What the testing package starts the lines of error messages with under -json.
const ERROR_MARK: char = '\x17';

/// The events of one package, from its report (the test binary's `-v` output and the
/// `ok`/`FAIL` line).
pub fn events(pkg: &str, report: &str, elapsed: f64, ok: bool) -> String {
    let mut out = String::new();
    out.push_str(&event(pkg, "start", None, None, false, None));
    let mut running: Vec<String> = Vec::new();
    // A result waits for the plain lines that follow its `--- FAIL:` line (an example's
    // got/want), which belong to that test, as test2json reports them.
    let mut pending: Option<(&str, String, f64)> = None;
    for line in report.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let plain = !line.starts_with("=== ")
            && !trimmed.starts_with("--- ")
            && !line.starts_with(ERROR_MARK)
            && !matches!(line.trim_end(), "PASS" | "FAIL")
            && !line.starts_with("FAIL\t");
        if let Some((_, name, _)) = pending.as_ref().filter(|_| plain) {
            out.push_str(&event(pkg, "output", Some(name), Some(line), false, None));
            continue;
        }
        if let Some((action, name, secs)) = pending.take() {
            out.push_str(&event(pkg, action, Some(&name), None, false, Some(secs)));
        }
        if let Some(name) = line.strip_prefix("=== RUN   ") {
            let name = name.trim_end().to_string();
            out.push_str(&event(pkg, "run", Some(&name), None, false, None));
            out.push_str(&event(pkg, "output", Some(&name), Some(line), true, None));
            running.push(name);
            continue;
        }
        if let Some(name) = line.strip_prefix("=== NAME  ").or_else(|| line.strip_prefix("=== CONT  ")) {
            let name = name.trim_end().to_string();
            out.push_str(&event(pkg, "output", Some(&name), Some(line), true, None));
            running.retain(|n| *n != name);
            running.push(name);
            continue;
        }
        let result = [("--- PASS: ", "pass"), ("--- FAIL: ", "fail"), ("--- SKIP: ", "skip")]
            .iter()
            .find_map(|(p, a)| trimmed.strip_prefix(p).map(|rest| (*a, rest)));
        if let Some((action, rest)) = result {
            let (name, secs) = match rest.trim_end().rsplit_once(" (") {
                Some((n, t)) => (n.to_string(), t.trim_end_matches(')').trim_end_matches('s').parse::<f64>().ok()),
                None => (rest.trim_end().to_string(), None),
            };
            out.push_str(&event(pkg, "output", Some(&name), Some(line), true, None));
            running.retain(|n| *n != name);
            pending = Some((action, name, secs.unwrap_or(0.0)));
            continue;
        }
        if let Some(text) = line.strip_prefix(ERROR_MARK) {
            let test = running.last().map(String::as_str);
            let ev = event(pkg, "output", test, Some(text), false, None);
            out.push_str(ev.strip_suffix("}\n").unwrap_or(&ev));
            out.push_str(",\"OutputType\":\"error\"}\n");
            continue;
        }
        let frame = matches!(line.trim_end(), "PASS" | "FAIL") || line.starts_with("FAIL\t");
        let test = if frame { None } else { running.last().map(String::as_str) };
        out.push_str(&event(pkg, "output", test, Some(line), frame, None));
    }
    if let Some((action, name, secs)) = pending {
        out.push_str(&event(pkg, action, Some(&name), None, false, Some(secs)));
    }
    let action = if ok { "pass" } else { "fail" };
    out.push_str(&event(pkg, action, None, None, false, Some((elapsed * 1000.0).round() / 1000.0)));
    out
}

fn event(
    pkg: &str,
    action: &str,
    test: Option<&str>,
    output: Option<&str>,
    frame: bool,
    elapsed: Option<f64>,
) -> String {
    let mut s = format!("{{\"Time\":{},\"Action\":\"{action}\",\"Package\":{}", quote(&now_rfc3339()), quote(pkg));
    if let Some(t) = test {
        s.push_str(&format!(",\"Test\":{}", quote(t)));
    }
    if let Some(o) = output {
        s.push_str(&format!(",\"Output\":{}", quote(o)));
        if frame {
            s.push_str(",\"OutputType\":\"frame\"");
        }
    }
    if let Some(e) = elapsed {
        s.push_str(&format!(",\"Elapsed\":{}", json_number(e)));
    }
    s.push_str("}\n");
    s
}

/// A float as Go's encoding/json writes it for these small values: `0`, `0.01`, `1.5`.
fn json_number(x: f64) -> String {
    let s = format!("{x:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s.is_empty() || s == "-" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// A JSON string as Go's encoding/json writes it (HTML characters escaped).
fn quote(s: &str) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\r' => q.push_str("\\r"),
            '\t' => q.push_str("\\t"),
            '<' | '>' | '&' => q.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => q.push_str(&format!("\\u{:04x}", c as u32)),
            '\u{2028}' | '\u{2029}' => q.push_str(&format!("\\u{:04x}", c as u32)),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

/// The time now as RFC 3339 with nanoseconds in UTC (`2026-12-02T00:02:33.969807136Z`).
fn now_rfc3339() -> String {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = d.as_secs() as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let nanos = format!("{:09}", d.subsec_nanos());
    let nanos = nanos.trim_end_matches('0');
    let frac = if nanos.is_empty() { String::new() } else { format!(".{nanos}") };
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}{frac}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_strings() {
        assert_eq!(json_number(0.0), "0");
        assert_eq!(json_number(0.007), "0.007");
        assert_eq!(json_number(1.5), "1.5");
        assert_eq!(quote("a<b\n"), "\"a\\u003cb\\n\"");
    }

    #[test]
    fn events_of_a_run() {
        let report = "=== RUN   TestA\n    a_test.go:3: hi\n--- PASS: TestA (0.00s)\nPASS\nok  \tx\t0.010s\n";
        let ev = events("x", report, 0.01, true);
        let actions: Vec<&str> =
            ev.lines().map(|l| l.split("\"Action\":\"").nth(1).unwrap_or("").split('"').next().unwrap_or("")).collect();
        assert_eq!(actions, ["start", "run", "output", "output", "output", "pass", "output", "output", "pass"]);
        assert!(ev.contains("\"Test\":\"TestA\",\"Output\":\"    a_test.go:3: hi\\n\"}"));
    }

    #[test]
    fn an_examples_got_and_want_belong_to_it() {
        let report = "=== RUN   ExampleA\n--- FAIL: ExampleA (0.00s)\ngot:\na\nwant:\nb\nFAIL\n";
        let ev = events("x", report, 0.01, false);
        let actions: Vec<&str> =
            ev.lines().map(|l| l.split("\"Action\":\"").nth(1).unwrap_or("").split('"').next().unwrap_or("")).collect();
        let outputs = ["output"; 6];
        assert_eq!(actions[..8], [["start", "run"].as_slice(), &outputs].concat());
        assert_eq!(actions[8..], ["fail", "output", "fail"]);
        assert!(ev.contains("\"Test\":\"ExampleA\",\"Output\":\"want:\\n\"}"));
    }
}

//! Deep-nesting check for the front end: parses generated Go files with very deep nesting via
//! `parse_file` + `dump_ast`, on an 8 MiB thread or on the main thread.
//!
//!     cargo run --release --example deep_nesting            # every case, each in a child process
//!     cargo run --release --example deep_nesting parens 100000 thread   # one case
//!
//! Cases: parens (`((…1…))`), blocks (`{{…}}` in a func body), slices (`[][]…int`),
//! Set NO_DUMP=1 to parse and drop only.
//! funclits (`func() { _ = func() { … } }`). A stack overflow aborts the child with SIGABRT/SIGSEGV.

use std::process::Command;
use std::time::Instant;

fn source(case: &str, n: usize) -> String {
    let mut s = String::from("package p\n\n");
    match case {
        "parens" => {
            s.push_str("var x = ");
            s.push_str(&"(".repeat(n));
            s.push('1');
            s.push_str(&")".repeat(n));
            s.push('\n');
        }
        "blocks" => {
            s.push_str("func f() {\n");
            s.push_str(&"{".repeat(n));
            s.push_str(&"}".repeat(n));
            s.push_str("\n}\n");
        }
        "slices" => {
            s.push_str("var x ");
            s.push_str(&"[]".repeat(n));
            s.push_str("int\n");
        }
        "funclits" => {
            s.push_str("var x = ");
            s.push_str(&"func() { _ = ".repeat(n));
            s.push_str("func() {}");
            s.push_str(&" }".repeat(n));
            s.push('\n');
        }
        _ => panic!("unknown case {case}"),
    }
    s
}

fn run_one(case: &str, n: usize) {
    let src = source(case, n);
    let t = Instant::now();
    let parsed = gint_syntax::parse_file(&src, gint_syntax::span::FileId(0), 0);
    let parse_ms = t.elapsed().as_millis();
    eprintln!("stage: parsed");
    let ok = parsed.ast.is_some();
    let mut dump_len = 0;
    let no_dump = std::env::var_os("NO_DUMP").is_some();
    if let Some(ast) = parsed.ast.as_ref().filter(|_| !no_dump) {
        dump_len = gint_syntax::dump::dump_ast(ast, &src).len();
        eprintln!("stage: dumped");
    }
    let first_err = parsed.errors.first().map(|e| format!("{e:?}")).unwrap_or_default();
    drop(parsed);
    eprintln!("stage: dropped");
    println!(
        "ok ast={ok} errors={} parse={}ms total={}ms dump_bytes={dump_len} {}",
        if first_err.is_empty() { 0 } else { 1 },
        parse_ms,
        t.elapsed().as_millis(),
        first_err.chars().take(120).collect::<String>()
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() == 4 {
        let (case, n, on) = (args[1].clone(), args[2].parse::<usize>().unwrap(), args[3].clone());
        if on == "thread" {
            std::thread::Builder::new()
                .stack_size(8 << 20)
                .spawn(move || run_one(&case, n))
                .unwrap()
                .join()
                .unwrap();
        } else {
            run_one(&case, n);
        }
        return;
    }
    let exe = std::env::current_exe().unwrap();
    let cases = [
        ("parens", 10_000),
        ("parens", 100_000),
        ("blocks", 10_000),
        ("slices", 10_000),
        ("funclits", 10_000),
    ];
    for (case, n) in cases {
        for on in ["thread", "main"] {
            let out = Command::new(&exe).args([case, &n.to_string(), on]).output().unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            let stderr = String::from_utf8_lossy(&out.stderr);
            let verdict = if out.status.success() {
                stdout.trim().to_string()
            } else {
                let last = stderr.lines().find(|l| l.contains("overflow")).unwrap_or(stderr.lines().last().unwrap_or(""));
                let stage = stderr.lines().filter(|l| l.starts_with("stage: ")).last().unwrap_or("stage: (none)");
                format!("FAILED ({}) {} [last {stage}]", out.status, last)
            };
            println!("{case:>8} {n:>7} {on:>6}: {verdict}");
        }
    }
}

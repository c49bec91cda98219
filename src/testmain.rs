//! `go test`'s view of a package's `_test.go` files: which functions are tests, benchmarks,
//! examples (with their `// Output:` comments) and `TestMain`, and the main program that
//! runs them, generated as Go source and then loaded, checked and run like the user's code.

use gint_syntax::ast;

/// What a function of a test file is to `go test`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Test,
    Benchmark,
    /// A fuzz test (`FuzzX(f *testing.F)`), run on its seed corpus.
    Fuzz,
    /// An example with an output comment (one without is compiled, not run).
    Example {
        output: String,
        unordered: bool,
    },
    TestMain,
}

/// A function `go test` runs, and whether it is in the external test package (`X_test`).
#[derive(Clone, Debug)]
pub struct TestFunc {
    pub name: String,
    pub kind: Kind,
    pub external: bool,
}

/// A problem go test reports before building (`wrong signature for TestX, ...`) or go vet
/// does (example names): where, and the message.
pub struct BadFunc {
    pub at: gint_syntax::span::Span,
    pub message: String,
}

/// The test functions of one parsed file, in source order; `text` is the file's source.
pub fn collect(file: &ast::File, text: &str, external: bool, out: &mut Vec<TestFunc>, bad: &mut Vec<BadFunc>) {
    for d in &file.decls {
        let ast::Decl::Func(f) = d else { continue };
        if f.recv.is_some() || !f.type_params.is_empty() {
            continue;
        }
        let name = f.name.name.to_string();
        let nparams: usize = f.sig.params.iter().map(|p| p.names.len().max(1)).sum();
        let no_results = f.sig.results.is_empty();
        // One parameter `*testing.X` (under whatever name the file imports testing as).
        let takes = |x: &str| nparams == 1 && no_results && f.sig.params.first().is_some_and(|p| is_ptr_to(&p.typ, x));
        let kind = if name == "TestMain" {
            Some((Kind::TestMain, takes("M"), "func TestMain(m *testing.M)"))
        } else if is_test_name(&name, "Test") {
            Some((Kind::Test, takes("T"), "func NAME(t *testing.T)"))
        } else if is_test_name(&name, "Benchmark") {
            Some((Kind::Benchmark, takes("B"), "func NAME(b *testing.B)"))
        } else if is_test_name(&name, "Fuzz") {
            Some((Kind::Fuzz, takes("F"), "func NAME(f *testing.F)"))
        } else if is_test_name(&name, "Example") {
            let body = f.body.as_ref().map_or("", |b| text.get(b.span.lo as usize..b.span.hi as usize).unwrap_or(""));
            match example_output(body) {
                Some((output, unordered)) => {
                    Some((Kind::Example { output, unordered }, nparams == 0 && no_results, "func NAME()"))
                }
                None => None,
            }
        } else {
            None
        };
        let Some((kind, ok, want)) = kind else { continue };
        if !ok {
            bad.push(BadFunc {
                at: f.span,
                message: format!("wrong signature for {name}, must be: {}", want.replace("NAME", &name)),
            });
            continue;
        }
        out.push(TestFunc { name, kind, external });
    }
}

/// The package-level names of the package under test (`Add`, and `Rect.Area` for
/// methods), for go vet's check of example names.
pub fn declared_names(file: &ast::File, out: &mut Vec<String>) {
    for d in &file.decls {
        match d {
            ast::Decl::Func(f) => match &f.recv {
                None => out.push(f.name.name.to_string()),
                Some(r) => {
                    if let Some(base) = receiver_base(&r.typ) {
                        out.push(format!("{base}.{}", f.name.name));
                    }
                }
            },
            ast::Decl::Gen(g) => {
                for spec in &g.specs {
                    match spec {
                        ast::Spec::Value(v) => out.extend(v.names.iter().map(|n| n.name.to_string())),
                        ast::Spec::Type(t) => {
                            out.push(t.name.name.to_string());
                            // An interface's methods and a struct's fields are members too
                            // (`ExampleSeeker_Seek`), as go vet looks them up.
                            let members = match &t.typ.kind {
                                ast::ExprKind::InterfaceType { elems } => elems,
                                ast::ExprKind::StructType { fields } => fields,
                                _ => continue,
                            };
                            for m in members.iter().flat_map(|f| &f.names) {
                                out.push(format!("{}.{}", t.name.name, m.name));
                            }
                        }
                        _ => {}
                    }
                }
            }
            ast::Decl::Bad(_) => {}
        }
    }
}

/// `T` of a receiver type `T`, `*T`, `T[P]`.
fn receiver_base(e: &ast::Expr) -> Option<String> {
    match &e.kind {
        ast::ExprKind::Ident(id) => Some(id.name.to_string()),
        ast::ExprKind::Unary { op: ast::UnaryOp::Deref, x } | ast::ExprKind::Paren(x) => receiver_base(x),
        ast::ExprKind::Index { x, .. } => receiver_base(x),
        _ => None,
    }
}

/// go vet's check of an example's name: `ExampleF`, `ExampleT_M` and their `_suffix`
/// forms must name what the package declares; the message if not.
pub fn check_example_name(name: &str, declared: &[String]) -> Option<String> {
    let ex = name.strip_prefix("Example")?;
    let elems: Vec<&str> = ex.splitn(3, '_').collect();
    let ident = elems[0];
    let is_suffix = |s: &str| s.chars().next().is_some_and(|c| c.is_lowercase());
    if !ident.is_empty() && !declared.iter().any(|d| d == ident) {
        return Some(format!("{name} refers to unknown identifier: {ident}"));
    }
    if elems.len() < 2 {
        return None;
    }
    if ident.is_empty() {
        let residual = &ex[1..];
        return (!is_suffix(residual)).then(|| format!("{name} has malformed example suffix: {residual}"));
    }
    let member = elems[1];
    if !is_suffix(member) && !declared.iter().any(|d| *d == format!("{ident}.{member}")) {
        return Some(format!("{name} refers to unknown field or method: {ident}.{member}"));
    }
    if elems.len() == 3 && !is_suffix(elems[2]) {
        return Some(format!("{name} has malformed example suffix: {}", elems[2]));
    }
    None
}

/// Whether a type expression is `*pkg.name`.
fn is_ptr_to(e: &ast::Expr, name: &str) -> bool {
    match &e.kind {
        ast::ExprKind::Unary { op: ast::UnaryOp::Deref, x } => {
            matches!(&x.kind, ast::ExprKind::Selector { sel, .. } if &*sel.name == name)
        }
        ast::ExprKind::Paren(x) => is_ptr_to(x, name),
        _ => false,
    }
}

/// Whether `name` is `prefix` alone or followed by a character that is not a lower-case
/// letter (`TestFoo`, `Test_foo`, not `Testing`).
pub fn is_test_name(name: &str, prefix: &str) -> bool {
    match name.strip_prefix(prefix) {
        Some(rest) => rest.chars().next().is_none_or(|c| !c.is_lowercase()),
        None => false,
    }
}

/// A comment of a function body: its text with the markers, and whether code precedes it
/// on its line.
struct Comment<'a> {
    text: &'a str,
    line: usize,
    end_line: usize,
    after_code: bool,
}

/// The comments of a block of Go source, skipping string and rune literals.
fn comments(src: &str) -> Vec<Comment<'_>> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let mut code_on_line = false;
    while i < b.len() {
        match b[i] {
            b'\n' => {
                line += 1;
                code_on_line = false;
                i += 1;
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                let end = src[i..].find('\n').map_or(b.len(), |n| i + n);
                out.push(Comment { text: &src[i..end], line, end_line: line, after_code: code_on_line });
                i = end;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let end = src[i + 2..].find("*/").map_or(b.len(), |n| i + 2 + n + 2);
                let text = &src[i..end];
                let nl = text.matches('\n').count();
                out.push(Comment { text, line, end_line: line + nl, after_code: code_on_line });
                line += nl;
                i = end;
            }
            q @ (b'"' | b'\'' | b'`') => {
                code_on_line = true;
                i += 1;
                while i < b.len() && b[i] != q {
                    if b[i] == b'\\' && q != b'`' {
                        i += 1;
                    } else if b[i] == b'\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 1;
            }
            c => {
                if !c.is_ascii_whitespace() {
                    code_on_line = true;
                }
                i += 1;
            }
        }
    }
    out
}

/// The last comment group of a body as go/doc's `CommentGroup.Text` gives it: markers
/// and the first space of line comments removed, trailing spaces trimmed, blank lines
/// at the ends dropped and runs of them made one.
fn last_group_text(body: &str) -> Option<String> {
    let cs = comments(body);
    let last = cs.last()?;
    // A group: comments on consecutive lines; a comment after code on its line is a
    // group of its own (go/parser's line comment).
    let mut start = cs.len() - 1;
    if !last.after_code {
        while start > 0 {
            let (prev, cur) = (&cs[start - 1], &cs[start]);
            if prev.after_code || cur.line > prev.end_line + 1 {
                break;
            }
            start -= 1;
        }
    }
    let mut lines: Vec<String> = Vec::new();
    for c in &cs[start..] {
        if let Some(t) = c.text.strip_prefix("//") {
            lines.push(t.strip_prefix(' ').unwrap_or(t).to_string());
        } else {
            let t = c.text.trim_start_matches("/*").trim_end_matches("*/");
            lines.extend(t.split('\n').map(String::from));
        }
    }
    let mut out: Vec<String> = Vec::new();
    for l in lines {
        let l = l.trim_end().to_string();
        if l.is_empty() && out.last().is_none_or(|p: &String| p.is_empty()) {
            continue;
        }
        out.push(l);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    if out.is_empty() {
        return Some(String::new());
    }
    Some(out.join("\n") + "\n")
}

/// The expected output of an example body, and whether it is unordered; None without an
/// output comment (go/doc's `(?i)^[[:space:]]*(unordered )?output:` on the last group).
pub fn example_output(body: &str) -> Option<(String, bool)> {
    let text = last_group_text(body)?;
    let trimmed = text.trim_start();
    let lower = trimmed.to_lowercase();
    let (unordered, rest) = if lower.starts_with("unordered output:") {
        (true, &trimmed["unordered output:".len()..])
    } else if lower.starts_with("output:") {
        (false, &trimmed["output:".len()..])
    } else {
        return None;
    };
    let rest = rest.trim_start_matches(' ');
    let rest = rest.strip_prefix('\n').unwrap_or(rest);
    Some((rest.to_string(), unordered))
}

/// The flags of `go test` the generated main hands to the testing package.
#[derive(Clone, Debug, Default)]
pub struct Flags {
    pub verbose: bool,
    pub run: String,
    pub skip: String,
    pub bench: String,
    pub benchtime_ns: i64,
    pub benchtime_n: i64,
    pub count: u32,
    pub short: bool,
    pub failfast: bool,
    pub procs: usize,
    /// The `goos:`/`goarch:`/`pkg:`/`cpu:` lines printed before the first benchmark.
    pub bench_header: String,
    /// `-json`: -v output marked for the converter (subtests report at once, errors marked).
    pub json: bool,
}

/// The source of the main program of a package's tests. `internal`: the import path of
/// the package under test (with its `_test.go` files of the same package), if it has
/// files; `external`: that of the `X_test` package, if any.
pub fn generate(internal: Option<&str>, external: Option<&str>, funcs: &[TestFunc], flags: &Flags) -> String {
    let qual = |f: &TestFunc| if f.external { "_xtest" } else { "_test" };
    let uses = |ext: bool| funcs.iter().any(|f| f.external == ext);
    let mut s = String::from("package main\n\nimport (\n\t\"os\"\n\t\"testing\"\n");
    // Fuzz functions are checked and called with reflect, imported only where needed.
    let fuzz = funcs.iter().any(|f| f.kind == Kind::Fuzz);
    if fuzz {
        s.push_str("\t_fuzzcall \"testing/internal/fuzzcall\"\n");
    }
    if let Some(p) = internal {
        let name = if uses(false) { "_test" } else { "_" };
        s.push_str(&format!("\t{name} {}\n", quote(p)));
    }
    if let Some(p) = external {
        let name = if uses(true) { "_xtest" } else { "_" };
        s.push_str(&format!("\t{name} {}\n", quote(p)));
    }
    s.push_str(")\n\nvar tests = []testing.InternalTest{\n");
    // Each function is wrapped in a literal that calls it (gint's evaluator takes calls of
    // another package's functions, not yet those functions as values).
    for f in funcs.iter().filter(|f| f.kind == Kind::Test) {
        let call = format!("func(t *testing.T) {{ {}.{}(t) }}", qual(f), f.name);
        s.push_str(&format!("\t{{{}, {call}}},\n", quote(&f.name)));
    }
    s.push_str("}\n\nvar benchmarks = []testing.InternalBenchmark{\n");
    for f in funcs.iter().filter(|f| f.kind == Kind::Benchmark) {
        let call = format!("func(b *testing.B) {{ {}.{}(b) }}", qual(f), f.name);
        s.push_str(&format!("\t{{{}, {call}}},\n", quote(&f.name)));
    }
    s.push_str("}\n\nvar fuzzTargets = []testing.InternalFuzzTarget{\n");
    for f in funcs.iter().filter(|f| f.kind == Kind::Fuzz) {
        let call = format!("func(f *testing.F) {{ {}.{}(f) }}", qual(f), f.name);
        s.push_str(&format!("\t{{{}, {call}}},\n", quote(&f.name)));
    }
    s.push_str("}\n\nvar examples = []testing.InternalExample{\n");
    for f in funcs {
        if let Kind::Example { output, unordered } = &f.kind {
            let call = format!("func() {{ {}.{}() }}", qual(f), f.name);
            s.push_str(&format!("\t{{{}, {call}, {}, {unordered}}},\n", quote(&f.name), quote(output)));
        }
    }
    s.push_str("}\n\nfunc main() {\n");
    s.push_str(&format!(
        "\topts := testing.Options{{Verbose: {}, Run: {}, Skip: {}, Bench: {}, BenchtimeNs: {}, BenchtimeN: {}, Count: {}, Short: {}, FailFast: {}, Procs: {}, BenchHeader: {}, JSON: {}}}\n",
        flags.verbose,
        quote(&flags.run),
        quote(&flags.skip),
        quote(&flags.bench),
        flags.benchtime_ns,
        flags.benchtime_n,
        flags.count,
        flags.short,
        flags.failfast,
        flags.procs,
        quote(&flags.bench_header),
        flags.json,
    ));
    if fuzz {
        s.push_str(
            "\topts.FuzzCheck, opts.FuzzRead, opts.FuzzCall = _fuzzcall.Check, _fuzzcall.ReadCorpus, _fuzzcall.Call\n",
        );
    }
    s.push_str("\tm := testing.MainStart(opts, tests, benchmarks, fuzzTargets, examples)\n");
    let test_main = funcs.iter().find(|f| f.kind == Kind::TestMain);
    match test_main {
        Some(f) => {
            s.push_str(&format!("\tos.Exit(testing.RunMain(m, func(m *testing.M) {{ {}.TestMain(m) }}))\n", qual(f)))
        }
        None => s.push_str("\tos.Exit(testing.RunMain(m, nil))\n"),
    }
    s.push_str("}\n");
    s
}

/// A Go interpreted string literal of `s`.
fn quote(s: &str) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\t' => q.push_str("\\t"),
            '\r' => q.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => q.push_str(&format!("\\x{:02x}", c as u32)),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_comments() {
        let body = "{\n\tfmt.Println(1) // one\n\t// Output:\n\t// 1\n\t//\n\t//  two  \n}";
        assert_eq!(example_output(body), Some(("1\n\n two\n".to_string(), false)));
        let body = "{\n\tf()\n\t// Unordered output: b\n\t// a\n}";
        assert_eq!(example_output(body), Some(("b\na\n".to_string(), true)));
        assert_eq!(example_output("{\n\t// just a comment\n\tf()\n}"), None);
        assert_eq!(example_output("{\n\tf()\n\t// Output:\n}"), Some((String::new(), false)));
        assert_eq!(example_output("{ s := \"// Output: x\" }"), None);
    }

    #[test]
    fn test_names() {
        assert!(is_test_name("Test", "Test"));
        assert!(is_test_name("TestX", "Test"));
        assert!(is_test_name("Test_x", "Test"));
        assert!(!is_test_name("Testing", "Test"));
    }
}

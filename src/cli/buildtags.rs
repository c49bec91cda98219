//! Which `.go` files of a folder go build compiles here (linux, the host's architecture):
//! a file named `x_windows.go` or `x_arm64.go` is for another system, and a
//! `//go:build EXPR` line before the package clause must hold (go/build's rules).

/// The systems and architectures go/build knows in file names.
const KNOWN_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "wasip1",
    "windows",
    "zos",
];
const KNOWN_ARCH: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

/// The language version gint implements, for `go1.N` tags.
const GO_MINOR: u32 = 27;

/// Go's name of the host's architecture.
fn host_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        other => other,
    }
}

/// Whether a build tag holds here.
fn tag_holds(tag: &str) -> bool {
    if let Some(minor) = tag.strip_prefix("go1.") {
        return minor.parse::<u32>().is_ok_and(|m| m <= GO_MINOR);
    }
    matches!(tag, "linux" | "unix" | "gc") || tag == host_arch()
}

/// Whether a file named `name` is built here by its name's _GOOS/_GOARCH suffix.
pub fn name_matches(name: &str) -> bool {
    let stem = name.strip_suffix(".go").unwrap_or(name);
    let stem = stem.strip_suffix("_test").unwrap_or(stem);
    let Some(i) = stem.find('_') else { return true };
    let parts: Vec<&str> = stem[i..].split('_').collect();
    let n = parts.len();
    if n >= 2 && KNOWN_OS.contains(&parts[n - 2]) && KNOWN_ARCH.contains(&parts[n - 1]) {
        return tag_holds(parts[n - 2]) && tag_holds(parts[n - 1]);
    }
    if n >= 1 && (KNOWN_OS.contains(&parts[n - 1]) || KNOWN_ARCH.contains(&parts[n - 1])) {
        return tag_holds(parts[n - 1]);
    }
    true
}

/// Whether the `//go:build` line of a source (among the comments before its package
/// clause), if any, holds here. A line that does not parse holds (go build reports it).
pub fn constraint_holds(text: &str) -> bool {
    let mut in_block = false;
    for line in text.lines() {
        let line = line.trim();
        if in_block || line.starts_with("/*") {
            // A block comment before the package clause: skipped to its end.
            in_block = !line.contains("*/");
            continue;
        }
        if line.is_empty() {
            continue;
        }
        let Some(comment) = line.strip_prefix("//") else { break };
        if let Some(expr) = comment.strip_prefix("go:build") {
            if expr.starts_with([' ', '\t']) {
                let mut p = Parser { toks: tokens(expr), at: 0 };
                return match p.or() {
                    Some(v) if p.at == p.toks.len() => v,
                    _ => true,
                };
            }
        }
    }
    true
}

/// The tokens of a build expression: `(`, `)`, `!`, `&&`, `||`, tags.
fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => {}
            '(' | ')' | '!' => out.push(c.to_string()),
            '&' | '|' => {
                chars.next();
                out.push(format!("{c}{c}"));
            }
            _ => {
                let mut tag = c.to_string();
                while let Some(&d) = chars.peek() {
                    if d.is_alphanumeric() || d == '_' || d == '.' {
                        tag.push(d);
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push(tag);
            }
        }
    }
    out
}

/// A recursive-descent evaluator of `||` over `&&` over `!` and parentheses.
struct Parser {
    toks: Vec<String>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.toks.get(self.at).map(String::as_str)
    }

    fn or(&mut self) -> Option<bool> {
        let mut v = self.and()?;
        while self.peek() == Some("||") {
            self.at += 1;
            v |= self.and()?;
        }
        Some(v)
    }

    fn and(&mut self) -> Option<bool> {
        let mut v = self.not()?;
        while self.peek() == Some("&&") {
            self.at += 1;
            v &= self.not()?;
        }
        Some(v)
    }

    fn not(&mut self) -> Option<bool> {
        match self.peek()? {
            "!" => {
                self.at += 1;
                Some(!self.not()?)
            }
            "(" => {
                self.at += 1;
                let v = self.or()?;
                (self.peek() == Some(")")).then(|| self.at += 1)?;
                Some(v)
            }
            ")" | "&&" | "||" => None,
            tag => {
                let v = tag_holds(tag);
                self.at += 1;
                Some(v)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names() {
        assert!(name_matches("x.go"));
        assert!(name_matches("x_linux.go"));
        assert!(!name_matches("x_windows.go"));
        assert!(!name_matches("x_windows_test.go"));
        assert!(name_matches("windows.go"));
        assert!(!name_matches("x_darwin_arm64.go"));
        assert!(name_matches("x_linux_test.go"));
    }

    #[test]
    fn constraints() {
        assert!(constraint_holds("package x\n"));
        assert!(!constraint_holds("//go:build ignore\n\npackage main\n"));
        assert!(constraint_holds("// Copyright\n\n//go:build linux || windows\n\npackage x\n"));
        assert!(!constraint_holds("//go:build !linux\npackage x\n"));
        assert!(constraint_holds("//go:build (linux && !cgo) || js\npackage x\n"));
        assert!(!constraint_holds("//go:build go1.99\npackage x\n"));
        assert!(constraint_holds("package x\n//go:build ignore\n"));
        assert!(!constraint_holds("/* a\nblock */\n//go:build ignore\npackage x\n"));
    }
}

//! The text of a session's program: its imports, its declarations, and `main`'s body, as
//! typed; plus where the current input's pieces are in it, so that errors can be shown in
//! the input's own coordinates.

use gint_syntax::ast;

/// Where a piece of the program came from in the current input: `len` bytes at offset
/// `at` of the piece are the input's bytes from `input` on.
#[derive(Clone, Copy, Debug)]
pub struct Origin {
    pub at: usize,
    pub input: usize,
    pub len: usize,
}

/// A declaration or a statement of the program.
#[derive(Clone, Debug)]
pub struct Piece {
    pub text: String,
    /// The names a declaration declares (a method's is `T.M`): a later declaration with
    /// one of them replaces it.
    pub keys: Vec<String>,
    pub origin: Option<Origin>,
}

impl Piece {
    pub fn new(text: &str, keys: Vec<String>, origin: Option<Origin>) -> Piece {
        Piece { text: text.to_string(), keys, origin }
    }
}

/// The session's program, as text.
#[derive(Clone, Debug, Default)]
pub struct Code {
    /// Imports: (name, path).
    pub imports: Vec<(Option<String>, String)>,
    pub decls: Vec<Piece>,
    /// `main`'s statements run so far.
    pub body: Vec<Piece>,
    /// `main`'s body as `:save` writes it (an expression typed alone is kept as `_ = E`).
    pub saved: Vec<String>,
    /// Whether the program imports fmt as `__gint_fmt`, for printing values.
    pub needs_fmt: bool,
}

/// The name the REPL's own import of fmt has (no Go program can collide with it by chance).
pub const FMT: &str = "__gint_fmt";
/// A function taking any values: an expression passed to it is checked, not printed.
pub const SHOW: &str = "__gint_show";

impl Code {
    pub fn add_import(&mut self, name: Option<String>, path: String) {
        if !self.imports.iter().any(|(n, p)| *n == name && *p == path) {
            self.imports.push((name, path));
        }
    }

    /// Whether some import is named `name` (explicitly or by its path's last element).
    pub fn imports_name(&self, name: &str) -> bool {
        self.imports.iter().any(|(n, p)| n.as_deref().unwrap_or(p.rsplit('/').next().unwrap_or(p)) == name)
    }

    /// Adds a declaration, dropping the earlier ones that declare one of its names.
    pub fn replace_decl(&mut self, piece: Piece) {
        self.decls.retain(|d| !d.keys.iter().any(|k| piece.keys.contains(k)));
        self.decls.push(piece);
    }

    pub fn clear_origins(&mut self) {
        for p in self.decls.iter_mut().chain(self.body.iter_mut()) {
            p.origin = None;
        }
    }

    /// The program's text, and where the current input's pieces are in it:
    /// (offset in the program, length, offset in the input).
    pub fn render(&self) -> (String, Vec<(usize, usize, usize)>) {
        let mut out = String::from("package main\n\n");
        for (name, path) in &self.imports {
            match name {
                Some(n) => out.push_str(&format!("import {n} {path:?}\n")),
                None => out.push_str(&format!("import {path:?}\n")),
            }
        }
        if self.needs_fmt {
            out.push_str(&format!("import {FMT} \"fmt\"\n"));
        }
        out.push_str(&format!("\nfunc {SHOW}(...any) {{}}\n\n"));
        let mut ranges = Vec::new();
        let mut place = |out: &mut String, p: &Piece| {
            if let Some(o) = p.origin {
                ranges.push((out.len() + o.at, o.len, o.input));
            }
            out.push_str(&p.text);
            out.push('\n');
        };
        for d in &self.decls {
            place(&mut out, d);
            out.push('\n');
        }
        out.push_str("func main() {\n");
        for s in &self.body {
            place(&mut out, s);
        }
        out.push_str("}\n");
        (out, ranges)
    }

    /// The session as a program `go run` takes: without the REPL's own helpers, with the
    /// imports in `unused` left out and `_ = x` for each variable in `unread`.
    pub fn save_text(&self, unused: &[String], unread: &[String]) -> String {
        let mut out = String::from("package main\n");
        let imports: Vec<_> = self.imports.iter().filter(|(_, p)| !unused.contains(p)).collect();
        if !imports.is_empty() {
            out.push_str("\nimport (\n");
            for (name, path) in imports {
                match name {
                    Some(n) => out.push_str(&format!("\t{n} {path:?}\n")),
                    None => out.push_str(&format!("\t{path:?}\n")),
                }
            }
            out.push_str(")\n");
        }
        for d in &self.decls {
            out.push('\n');
            out.push_str(&d.text);
            out.push('\n');
        }
        out.push_str("\nfunc main() {\n");
        for s in &self.saved {
            for line in s.lines() {
                out.push('\t');
                out.push_str(line);
                out.push('\n');
            }
        }
        for v in unread {
            out.push_str(&format!("\t_ = {v}\n"));
        }
        out.push_str("}\n");
        out
    }
}

/// The key of a function declaration: its name, or `T.M` for method `M` of `T`.
pub fn func_key(f: &ast::FuncDecl, text: &str, prefix: usize) -> String {
    let Some(recv) = &f.recv else { return f.name.name.clone() };
    let (lo, hi) = (recv.typ.span.lo as usize - prefix, recv.typ.span.hi as usize - prefix);
    let t = text.get(lo..hi).unwrap_or("");
    let base = t.trim_start_matches('*').split('[').next().unwrap_or("").trim();
    format!("{base}.{}", f.name.name)
}

/// The names a `const`, `type` or `var` declaration declares.
pub fn gen_keys(g: &ast::GenDecl) -> Vec<String> {
    g.specs
        .iter()
        .flat_map(|s| match s {
            ast::Spec::Value(v) => v.names.iter().map(|n| n.name.clone()).collect(),
            ast::Spec::Type(t) => vec![t.name.name.clone()],
            ast::Spec::Import(_) => Vec::new(),
        })
        .collect()
}

/// The statement printing the values of expression `e` of the given (type, verb) each:
/// the statement, and the offset of `e` in it.
pub fn show_values(e: &str, types: &[(String, &str)]) -> (String, usize) {
    let names: Vec<String> = (0..types.len()).map(|i| format!("__gint_v{i}")).collect();
    let head = format!("{{\n{} := ", names.join(", "));
    let mut s = format!("{head}{e}\n");
    for (n, (t, verb)) in names.iter().zip(types) {
        s.push_str(&format!("{FMT}.Printf(\"{verb} %s\\n\", {n}, {t:?})\n"));
    }
    s.push('}');
    (s, head.len())
}

/// The statement printing variables: (name, type, verb) each, as `name type = value`.
pub fn show_vars(vars: &[(String, String, &str)]) -> String {
    let mut s = String::from("{\n");
    for (n, t, verb) in vars {
        s.push_str(&format!("{FMT}.Printf(\"%s %s = {verb}\\n\", {n:?}, {t:?}, {n})\n"));
    }
    s.push('}');
    s
}

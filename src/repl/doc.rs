//! `:doc PKG.NAME`: the declaration of a standard function, type, method, constant or
//! variable as gint's standard library declares it, with its doc comment.

use gint_syntax::ast::{Decl, Spec};
use gint_syntax::parse_file;
use gint_syntax::span::FileId;

/// The documentation of `query`: `strings.ToUpper`, `strings.Builder`,
/// `strings.Builder.WriteString`, `math/bits.Len` (a path for nested packages).
pub fn doc(query: &str) -> Result<String, String> {
    let (dir, rest) = match query.rfind('/') {
        Some(i) => (&query[..=i], &query[i + 1..]),
        None => ("", query),
    };
    let mut parts = rest.splitn(3, '.');
    let (Some(pkg), Some(name)) = (parts.next(), parts.next()) else {
        return Err(format!("usage: :doc PKG.NAME (e.g. :doc strings.ToUpper), not {query}"));
    };
    let method = parts.next();
    let path = if dir.is_empty() {
        crate::stdlib::package_named(pkg).map(str::to_string)
    } else {
        Some(format!("{dir}{pkg}"))
    };
    let path =
        path.filter(|p| crate::stdlib::has_package(p)).ok_or(format!("no standard package {dir}{pkg} in gint"))?;
    let mut found = Vec::new();
    for (_, src) in crate::stdlib::package_files(&path) {
        let Some(file) = parse_file(src, FileId(0), 0).ast else { continue };
        for d in &file.decls {
            match d {
                Decl::Func(f) => {
                    let recv = f.recv.as_ref().map(|r| {
                        let t = &src[r.typ.span.lo as usize..r.typ.span.hi as usize];
                        t.trim_start_matches('*').split('[').next().unwrap_or("").to_string()
                    });
                    let hit = match (method, recv.as_deref()) {
                        (None, None) => f.name.name == name,
                        (Some(m), Some(r)) => r == name && f.name.name == m,
                        _ => false,
                    };
                    if hit {
                        let end = f.body.as_ref().map_or(f.span.hi, |b| b.span.lo) as usize;
                        found.push(with_comment(src, f.span.lo as usize, src[f.span.lo as usize..end].trim_end()));
                    }
                }
                Decl::Gen(g) if method.is_none() => {
                    for spec in &g.specs {
                        let (names, span): (Vec<&str>, _) = match spec {
                            Spec::Type(t) => (vec![t.name.name.as_str()], t.span),
                            Spec::Value(v) => (v.names.iter().map(|n| n.name.as_str()).collect(), v.span),
                            Spec::Import(_) => continue,
                        };
                        if !names.contains(&name) {
                            continue;
                        }
                        let text = if g.specs.len() == 1 {
                            with_comment(src, g.span.lo as usize, &src[g.span.lo as usize..g.span.hi as usize])
                        } else {
                            let kw = &src[g.span.lo as usize..].split_whitespace().next().unwrap_or("");
                            with_comment(
                                src,
                                span.lo as usize,
                                &format!("{kw} {}", &src[span.lo as usize..span.hi as usize]),
                            )
                        };
                        found.push(text);
                    }
                }
                _ => {}
            }
        }
    }
    if found.is_empty() {
        return Err(format!("no {query} in gint's package {path}"));
    }
    if method.is_none() {
        let methods = methods_of(&path, name);
        if !methods.is_empty() {
            found.push(format!("// methods\n{}", methods.join("")));
        }
    }
    Ok(found.join("\n"))
}

/// The signatures of the exported methods of type `name` of a package, one a line.
fn methods_of(path: &str, name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (_, src) in crate::stdlib::package_files(path) {
        let Some(file) = parse_file(src, FileId(0), 0).ast else { continue };
        for d in &file.decls {
            let Decl::Func(f) = d else { continue };
            let Some(r) = &f.recv else { continue };
            let t = &src[r.typ.span.lo as usize..r.typ.span.hi as usize];
            if t.trim_start_matches('*').split('[').next() != Some(name) || !f.name.name.starts_with(char::is_uppercase)
            {
                continue;
            }
            let end = f.body.as_ref().map_or(f.span.hi, |b| b.span.lo) as usize;
            out.push(format!("{}\n", src[f.span.lo as usize..end].trim_end()));
        }
    }
    out
}

/// A declaration's text after the `//` comment lines just above `at`.
fn with_comment(src: &str, at: usize, decl: &str) -> String {
    let before = &src[..at];
    let mut lines: Vec<&str> = before.lines().collect();
    if !before.ends_with('\n') {
        lines.pop();
    }
    let mut comment: Vec<&str> =
        lines.iter().rev().take_while(|l| l.trim_start().starts_with("//")).map(|l| l.trim()).collect();
    // gint's own marks (`// native`: implemented in Rust) say nothing about the API.
    comment.retain(|l| *l != "// native");
    while comment.first() == Some(&"//") {
        comment.remove(0);
    }
    let mut out: String = comment.iter().rev().map(|l| format!("{l}\n")).collect();
    out.push_str(decl);
    out.push('\n');
    out
}

/// The exported package-level names of a standard package (for completion).
pub fn members(path: &str) -> Vec<String> {
    let mut names = Vec::new();
    for (_, src) in crate::stdlib::package_files(path) {
        let Some(file) = parse_file(src, FileId(0), 0).ast else { continue };
        for d in &file.decls {
            match d {
                Decl::Func(f) if f.recv.is_none() => names.push(f.name.name.clone()),
                Decl::Gen(g) => {
                    for spec in &g.specs {
                        match spec {
                            Spec::Type(t) => names.push(t.name.name.clone()),
                            Spec::Value(v) => names.extend(v.names.iter().map(|n| n.name.clone())),
                            Spec::Import(_) => {}
                        }
                    }
                }
                _ => {}
            }
        }
    }
    names.retain(|n| n.starts_with(|c: char| c.is_uppercase()));
    names.sort();
    names.dedup();
    names
}

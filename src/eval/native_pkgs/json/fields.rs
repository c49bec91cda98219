//! The JSON fields of a struct type, after Go's `typeFields`: exported fields named by
//! their tag or Go name, fields of untagged embedded structs promoted, and of several
//! fields with one name only the dominant one kept (the shallowest; at equal depth the
//! only tagged one; else none).

use std::rc::Rc;

use crate::runtime::rtype::{RType, StructField};

pub struct Field {
    pub name: String,
    /// Field indexes from the outer struct down to this field.
    pub path: Vec<usize>,
    pub typ: RType,
    pub omit_empty: bool,
    pub omit_zero: bool,
    /// The `string` option: a scalar encoded inside a JSON string.
    pub quoted: bool,
    tagged: bool,
}

/// The tag's value for `key` (reflect.StructTag.Get).
pub fn tag_get<'t>(tag: &'t str, key: &str) -> Option<&'t str> {
    let mut t = tag;
    loop {
        t = t.trim_start_matches(' ');
        let colon = t.find(':')?;
        let name = &t[..colon];
        if name.is_empty() || name.contains(|c: char| c <= ' ' || c == '"' || c == '\x7f') {
            return None;
        }
        let rest = &t[colon + 1..];
        if !rest.starts_with('"') {
            return None;
        }
        // The quoted value ends at the first unescaped quote.
        let b = rest.as_bytes();
        let mut i = 1;
        while i < b.len() && b[i] != b'"' {
            if b[i] == b'\\' {
                i += 1;
            }
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        if name == key {
            return Some(&rest[1..i]);
        }
        t = &rest[i + 1..];
    }
}

/// Whether `s` may be a JSON object key taken from a tag (Go's `isValidTag`).
fn valid_tag(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| "!#$%&()*+-./:;<=>?@[]^_{|}~ ".contains(c) || c.is_alphanumeric())
}

/// Whether a field's type is a struct, or a pointer to one (promoted when embedded).
fn struct_of(t: &RType) -> Option<Rc<[StructField]>> {
    let t = match t.underlying() {
        RType::Pointer(e) => e.underlying(),
        t => t,
    };
    match t {
        RType::Struct(fs) => Some(fs.clone()),
        _ => None,
    }
}

/// The JSON fields of struct type `fs`, in the order of their index paths.
pub fn fields(fs: &Rc<[StructField]>) -> Vec<Field> {
    let mut found: Vec<(usize, Field)> = Vec::new();
    let mut level: Vec<(Vec<usize>, Rc<[StructField]>)> = vec![(Vec::new(), fs.clone())];
    let mut visited: Vec<*const [StructField]> = Vec::new();
    let mut depth = 0;
    while !level.is_empty() {
        let mut next = Vec::new();
        for (path, fs) in level {
            if visited.contains(&Rc::as_ptr(&fs)) {
                continue;
            }
            visited.push(Rc::as_ptr(&fs));
            for (i, f) in fs.iter().enumerate() {
                let tag = tag_get(&f.tag, "json");
                if tag == Some("-") {
                    continue;
                }
                let inner = if f.embedded { struct_of(&f.typ) } else { None };
                if f.pkg_path.is_some() && inner.is_none() {
                    continue; // unexported, and not an embedded struct
                }
                let (tname, opts) = match tag {
                    Some(t) => t.split_once(',').unwrap_or((t, "")),
                    None => ("", ""),
                };
                let mut p = path.clone();
                p.push(i);
                if let (Some(inner), "") = (&inner, tname) {
                    next.push((p, inner.clone()));
                    continue;
                }
                if f.pkg_path.is_some() {
                    continue;
                }
                let tagged = valid_tag(tname);
                let name = if tagged { tname.to_string() } else { f.name.to_string() };
                let opts: Vec<&str> = opts.split(',').collect();
                // The `string` option applies to scalars, also behind one pointer.
                let scalar = match f.typ.underlying() {
                    RType::Pointer(e) => e.underlying(),
                    t => t,
                };
                let quoted = opts.contains(&"string")
                    && matches!(scalar, RType::Bool | RType::Int(_) | RType::Float(_) | RType::String);
                found.push((
                    depth,
                    Field {
                        name,
                        path: p,
                        typ: f.typ.clone(),
                        omit_empty: opts.contains(&"omitempty"),
                        omit_zero: opts.contains(&"omitzero"),
                        quoted,
                        tagged,
                    },
                ));
            }
        }
        level = next;
        depth += 1;
    }
    dominant(found)
}

/// Of the fields sharing a name, the dominant one.
fn dominant(found: Vec<(usize, Field)>) -> Vec<Field> {
    let mut names: Vec<&str> = found.iter().map(|(_, f)| f.name.as_str()).collect();
    names.sort();
    names.dedup();
    let mut keep = vec![false; found.len()];
    for name in names {
        let same: Vec<usize> = (0..found.len()).filter(|&i| found[i].1.name == name).collect();
        let min = same.iter().map(|&i| found[i].0).min().unwrap_or(0);
        let top: Vec<usize> = same.into_iter().filter(|&i| found[i].0 == min).collect();
        let tagged: Vec<usize> = top.iter().copied().filter(|&i| found[i].1.tagged).collect();
        match (top.len(), tagged.len()) {
            (1, _) => keep[top[0]] = true,
            (_, 1) => keep[tagged[0]] = true,
            _ => {}
        }
    }
    let mut out: Vec<Field> = found.into_iter().zip(keep).filter(|(_, k)| *k).map(|((_, f), _)| f).collect();
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

//! Embeds the Go sources of gint's standard library (`stdlib/<import path>/*.go`) in the
//! binary: generates a table of (import path, file name, contents) for `src/stdlib.rs`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("stdlib");
    println!("cargo:rerun-if-changed=stdlib");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut out = String::from("/// (import path, file name, source) of every embedded standard library file.\n");
    out.push_str("pub static FILES: &[(&str, &str, &str)] = &[\n");
    for (pkg, name, path) in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(out, "    ({pkg:?}, {name:?}, include_str!({:?})),", path.display().to_string());
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("stdlib_files.rs");
    std::fs::write(dest, out).expect("cannot write the stdlib table");
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "go") && !path.to_string_lossy().ends_with("_test.go") {
            let pkg = dir.strip_prefix(root).unwrap_or(dir).to_string_lossy().replace('\\', "/");
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            out.push((pkg, name, path.clone()));
        }
    }
}

//! The module a folder is in (the nearest `go.mod` above it) and its packages: an import
//! of `MODULE/sub/dir` names the folder `sub/dir` under the module's root, whose non-test
//! `.go` files are the package, as `go build` finds them.

use std::fs;
use std::path::{Path, PathBuf};

use gint::source::SourceFile;

/// A module: its root folder and its path (go.mod's `module` line).
pub struct Module {
    pub root: PathBuf,
    pub path: String,
}

/// The module holding `dir`, if a `go.mod` with a `module` line is in it or above it.
pub fn find(dir: &Path) -> Option<Module> {
    let abs = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut at: Option<&Path> = Some(&abs);
    while let Some(d) = at {
        if let Ok(text) = fs::read_to_string(d.join("go.mod")) {
            let path = text
                .lines()
                .find_map(|l| l.trim().strip_prefix("module "))
                .map(|m| m.trim().trim_matches('"').to_string());
            if let Some(path) = path {
                return Some(Module { root: d.to_path_buf(), path });
            }
        }
        at = d.parent();
    }
    None
}

impl Module {
    /// The non-test files of the module's package `import`, named as go names them in
    /// compile errors (relative to the current folder); go's message if there are none.
    pub fn load(&self, import: &str) -> Result<Vec<SourceFile>, String> {
        let rel = import.strip_prefix(&self.path).unwrap_or(import).trim_start_matches('/');
        let dir = self.root.join(rel);
        let missing = || format!("no required module provides package {import}; to add it:\n\tgo get {import}");
        if !dir.is_dir() {
            return Err(missing());
        }
        let names = super::gotest::go_files(&dir);
        if names.is_empty() {
            return Err(missing());
        }
        let names: Vec<&String> = names.iter().filter(|n| !n.ends_with("_test.go")).collect();
        if names.is_empty() {
            return Err(format!("no non-test Go files in {}", dir.display()));
        }
        let cwd = std::env::current_dir().unwrap_or_default();
        let mut files = Vec::new();
        for n in names {
            let path = dir.join(n);
            let text = path.to_string_lossy().into_owned();
            let file = super::files::load(&text)?;
            files.push(file.renamed(super::files::display_path(&cwd, &text)));
        }
        Ok(files)
    }
}

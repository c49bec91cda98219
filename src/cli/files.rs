//! Loading the files named on the command line, with the messages `go run` gives when it
//! cannot (`stat x.go: no such file or directory`), and the path go shows in compile errors.

use gint::source::SourceFile;
use std::path::{Component, Path, PathBuf};
use std::{env, fs, io};

/// Reads a source file, named in diagnostics as `go build` would name it (see
/// `display_path`); on failure, the line go prints for it.
pub fn load_as_go(path: &str) -> Result<SourceFile, String> {
    let file = load(path)?;
    let shown = match env::current_dir() {
        Ok(cwd) => display_path(&cwd, path),
        Err(_) => path.to_string(),
    };
    Ok(file.renamed(shown))
}

/// The name `go build` gives a file of the command line in compile errors: `./x.go` for a
/// file in the current directory; otherwise its directory relative to the current one or
/// absolute, whichever is shorter (cmd/go's `base.ShortPath` on the package directory).
/// Paths are compared as text, as Go's `filepath` does, without resolving symbolic links.
pub fn display_path(cwd: &Path, given: &str) -> String {
    let abs = clean(&cwd.join(given));
    let (Some(dir), Some(name)) = (abs.parent(), abs.file_name()) else {
        return given.to_string();
    };
    let name = name.to_string_lossy();
    let cwd = clean(cwd);
    if dir == cwd {
        return format!("./{name}");
    }
    let rel = relative(&cwd, dir);
    let dir = dir.to_string_lossy();
    let shorter = if rel.len() < dir.len() { rel } else { dir.into_owned() };
    format!("{}/{name}", shorter.trim_end_matches('/'))
}

/// `path` with `.` and `..` resolved lexically, as Go's `filepath.Clean`.
fn clean(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// The relative path from directory `from` to `to`, both absolute and clean.
fn relative(from: &Path, to: &Path) -> String {
    let a: Vec<_> = from.components().collect();
    let b: Vec<_> = to.components().collect();
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = vec!["..".to_string(); a.len() - common];
    parts.extend(b[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()));
    parts.join("/")
}

/// Reads a source file, named in diagnostics as given; on failure, the line go prints.
pub fn load(path: &str) -> Result<SourceFile, String> {
    let meta = fs::metadata(path).map_err(|e| format!("stat {path}: {}", errno_text(&e)))?;
    if meta.is_dir() {
        return Err(format!("{path} is a directory, should be a Go file"));
    }
    let bytes = fs::read(path).map_err(|e| format!("open {path}: {}", errno_text(&e)))?;
    Ok(SourceFile::from_bytes(path, bytes))
}

/// An OS error as Go's `syscall.Errno` prints it: "no such file or directory", without
/// Rust's " (os error 2)" and in lower case.
fn errno_text(e: &io::Error) -> String {
    let text = e.to_string();
    let text = text.find(" (os error ").map_or(text.as_str(), |i| &text[..i]);
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file() {
        let err = load("/nonexistent/x.go").unwrap_err();
        assert_eq!(err, "stat /nonexistent/x.go: no such file or directory");
    }

    #[test]
    fn paths_as_go_shows_them() {
        let cwd = Path::new("/tmp/gt");
        assert_eq!(display_path(cwd, "bad.go"), "./bad.go");
        assert_eq!(display_path(cwd, "./bad.go"), "./bad.go");
        assert_eq!(display_path(cwd, "sub/bad.go"), "sub/bad.go");
        assert_eq!(display_path(cwd, "./sub/bad.go"), "sub/bad.go");
        assert_eq!(display_path(cwd, "/tmp/gt/sub/bad.go"), "sub/bad.go");
        assert_eq!(display_path(cwd, "../bad.go"), "../bad.go");
        assert_eq!(display_path(cwd, "/x.go"), "/x.go");
        assert_eq!(display_path(Path::new("/a/b/c/d"), "/a/x/y.go"), "/a/x/y.go");
    }
}

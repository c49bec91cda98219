//! gint's standard library as Go source embedded in the binary (`stdlib/<path>/*.go`,
//! collected by `build.rs`). Native halves of packages come later, behind one registry.

include!(concat!(env!("OUT_DIR"), "/stdlib_files.rs"));

/// The files of a standard package, by import path: (file name, source).
pub fn package_files(path: &str) -> Vec<(&'static str, &'static str)> {
    FILES.iter().filter(|(p, _, _)| *p == path).map(|(_, name, src)| (*name, *src)).collect()
}

/// Whether gint provides the package.
pub fn has_package(path: &str) -> bool {
    FILES.iter().any(|(p, _, _)| *p == path)
}

/// The import path of the standard package gint provides under `name` (the last element of
/// its path), for the REPL's automatic imports.
pub fn package_named(name: &str) -> Option<&'static str> {
    FILES.iter().map(|(p, _, _)| *p).find(|p| p.rsplit('/').next() == Some(name))
}

/// The import paths of the standard packages gint provides.
pub fn packages() -> Vec<&'static str> {
    let mut paths: Vec<&'static str> = FILES.iter().map(|(p, _, _)| *p).collect();
    paths.dedup();
    paths
}

#![no_main]
//! The whole front half of the pipeline on arbitrary input: load (parse the file and the
//! standard packages it imports), type-check, and lower to closures. Nothing is run.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let mut sources = gint::source::SourceMap::new();
    let id = sources.add(gint::source::SourceFile::new("fuzz.go", src.as_ref()));
    let Ok(program) = gint::program::load(&mut sources, &[id]) else { return };
    let Ok(checked) = gint::program::check(&sources, &program) else { return };
    let _ = gint::eval::prepare(&checked, &program);
});

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let parsed = gint_syntax::parse_file(&src, gint_syntax::span::FileId(0), 0);
    if let Some(ast) = &parsed.ast {
        let _ = gint_syntax::dump::dump_ast(ast, &src);
    }
    let _ = gint_syntax::dump::dump_tokens(&src);
});

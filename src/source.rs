//! Source files as the driver loaded them, and the map from `FileId` to file.
//!
//! Invariants: `SourceFile::text` is valid UTF-8 and is exactly what the lexer sees, so every
//! offset in a `Span` indexes it; positions printed for the user are gc's — 1-based line and
//! byte column *of the original file*, which differs from the text only after invalid UTF-8.

use gint_syntax::span::FileId;

/// One source file: its path as the user gave it, and its text.
#[derive(Clone, Debug)]
pub struct SourceFile {
    path: String,
    text: String,
    /// Where bytes of the original file that were not valid UTF-8 were left out of `text`:
    /// (offset in `text` where they were, how many bytes). Sorted by offset.
    dropped: Vec<(u32, u32)>,
}

impl SourceFile {
    /// A file whose text is already valid UTF-8.
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> SourceFile {
        SourceFile { path: path.into(), text: text.into(), dropped: Vec::new() }
    }

    /// A file from raw bytes. Bytes that are not valid UTF-8 are left out of the text, as
    /// gc's scanner skips them after reporting "invalid UTF-8 encoding"
    /// (cmd/compile/internal/syntax/source.go); `invalid_utf8` says where they were.
    pub fn from_bytes(path: impl Into<String>, bytes: Vec<u8>) -> SourceFile {
        let path = path.into();
        let bytes = match String::from_utf8(bytes) {
            Ok(text) => return SourceFile::new(path, text),
            Err(e) => e.into_bytes(),
        };
        let mut text = String::with_capacity(bytes.len());
        let mut dropped = Vec::new();
        for chunk in bytes.utf8_chunks() {
            text.push_str(chunk.valid());
            // A chunk's invalid part is one maximal bad sequence; gc reports every bad byte,
            // but they share a line, and the driver keeps one equal message per line.
            if !chunk.invalid().is_empty() {
                dropped.push((text.len() as u32, chunk.invalid().len() as u32));
            }
        }
        SourceFile { path, text, dropped }
    }

    /// The same file under another name, e.g. the one go shows for it in errors.
    pub fn renamed(self, path: impl Into<String>) -> SourceFile {
        SourceFile { path: path.into(), ..self }
    }

    /// The path shown in diagnostics (`./prog.go`, `x/prog.go`).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The text the lexer sees.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Offsets in `text` where invalid UTF-8 was left out, in order.
    pub fn invalid_utf8(&self) -> impl Iterator<Item = u32> + '_ {
        self.dropped.iter().map(|&(at, _)| at)
    }

    /// gc's line and column (1-based, column in bytes of the original file) of an offset
    /// into `text`. Where bytes were dropped, the offset names the first dropped byte (the
    /// position of the "invalid UTF-8 encoding" error), not the character after them.
    pub fn line_col(&self, offset: u32) -> (usize, usize) {
        let offset = (offset as usize).min(self.text.len());
        let before = &self.text.as_bytes()[..offset];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let dropped_on_line: usize = self
            .dropped
            .iter()
            .filter(|&&(at, _)| line_start <= at as usize && (at as usize) < offset)
            .map(|&(_, len)| len as usize)
            .sum();
        (line, offset - line_start + dropped_on_line + 1)
    }
}

/// Every file of one run of the driver, indexed by `FileId`.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }

    /// Panics on an id that this map did not hand out: that is a bug of the caller.
    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn ids(&self) -> impl Iterator<Item = FileId> {
        (0..self.files.len() as u32).map(FileId)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_dropped_bytes() {
        let f = SourceFile::from_bytes("x.go", b"ab\xffc\xfe\xfed\nx\xffy".to_vec());
        assert_eq!(f.text(), "abcd\nxy");
        assert_eq!(f.invalid_utf8().collect::<Vec<_>>(), vec![2, 3, 3, 6]);
        assert_eq!(f.line_col(2), (1, 3)); // the first bad byte
                                           // An offset where bytes were dropped names the first of them, not the next char.
        assert_eq!(f.line_col(3), (1, 5));
        assert_eq!(f.line_col(6), (2, 2));
        assert_eq!(f.line_col(7), (2, 4));
    }
}

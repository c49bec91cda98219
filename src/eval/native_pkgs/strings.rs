//! strings.Builder's buffer: the bytes written are a Go string in the Builder's `buf`
//! field, which these natives grow in place while no other string shares it (`String()`
//! hands it out; the next write then copies it). A `[]byte` buffer would hold each byte
//! in a word of its own, eight times the memory.

use super::NativeFn;
use crate::eval::lower::update_ptr;
use crate::runtime::frame::Frame;
use crate::runtime::slice::{grow_cap, ElemLayout};
use crate::runtime::value::{Str, Value};

/// The index of `buf` in `strings.Builder` (`stdlib/strings/builder.go`).
const BUF_FIELD: usize = 1;

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "strings.writeString" => write_string,
        "strings.writeBytes" => write_bytes,
        "strings.writeByte" => write_byte,
        "strings.appendCap" => append_cap,
        _ => return None,
    })
}

/// `writeString(b *Builder, s string)`.
fn write_string(_: &mut Frame, a: &[Value]) {
    append(&a[0], a[1].str());
}

/// `writeBytes(b *Builder, p []byte)`.
fn write_bytes(_: &mut Frame, a: &[Value]) {
    let p: Vec<u8> = match &a[1] {
        Value::Slice(s) => s.words().iter().map(|w| w.get() as u8).collect(),
        _ => return,
    };
    append(&a[0], &p);
}

/// `writeByte(b *Builder, c byte)`.
fn write_byte(_: &mut Frame, a: &[Value]) {
    append(&a[0], &[a[1].int() as u8]);
}

/// `appendCap(oldCap, newLen int) int`: the capacity `append` gives a `[]byte` of
/// capacity oldCap growing to newLen (what Builder.Cap reports).
fn append_cap(fr: &mut Frame, a: &[Value]) {
    let (old_cap, new_len) = (a[0].int().max(0) as usize, a[1].int().max(0) as usize);
    fr.ret_word = grow_cap(new_len, old_cap, ElemLayout { size: 1, noscan: true }) as u64;
}

fn append(b: &Value, add: &[u8]) {
    if add.is_empty() {
        return;
    }
    update_ptr(b, &[BUF_FIELD], |v| {
        if let Value::Str(s) = v {
            if let Some(buf) = s.unshared_bytes() {
                buf.extend_from_slice(add);
                return;
            }
        }
        // Shared (or still the empty string): a buffer of its own, with room to grow.
        let old = v.str();
        let mut buf = Vec::with_capacity((old.len() + add.len()).max(2 * old.len()));
        buf.extend_from_slice(old);
        buf.extend_from_slice(add);
        *v = Value::Str(Str::from_bytes(buf));
    });
}

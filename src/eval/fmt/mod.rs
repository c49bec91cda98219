//! fmt's formatting engine: Print, Println and Printf over interface values, after Go's
//! `fmt/print.go` and `fmt/format.go`. `printf.rs` parses format strings, `values.rs` prints
//! values by kind. The natives in `eval/natives.rs` only gather the arguments and call in here.

mod printf;
mod values;

pub(crate) use printf::sprintf;
pub(crate) use values::format_v;
use values::{addr_of, fake_addr};

use crate::runtime::value::{RType, Value};

/// A panic's value as Go prints it after "panic: " when it has no Error or String method:
/// basic values as they are, values of declared basic types as `main.T(v)`, anything else
/// as its type and an address.
pub(crate) fn panic_shown(v: &Value) -> String {
    let Value::Iface(iv) = v else { return "nil".to_string() };
    let text = |v: &Value| String::from_utf8_lossy(&format_v(v)).into_owned();
    match &iv.0 {
        RType::Bool | RType::Int(_) | RType::Float(_) | RType::Complex(_) | RType::String => text(v),
        RType::Named(d) => match d.underlying.get() {
            Some(u @ (RType::Bool | RType::Int(_) | RType::Float(_) | RType::Complex(_))) => {
                format!("{}({})", d.name, text(&Value::Iface(std::rc::Rc::new((u.clone(), iv.1.clone())))))
            }
            Some(RType::String) => format!("{}({:?})", d.name, String::from_utf8_lossy(iv.1.str())),
            _ => format!("({}) {}", d.name, fake_addr(addr_of(&iv.1))),
        },
        rt => format!("({}) {}", rtype_name(rt), fake_addr(addr_of(&iv.1))),
    }
}

pub(crate) fn is_string(v: &Value) -> bool {
    matches!(v, Value::Iface(iv) if *iv.0.underlying() == RType::String)
}

/// fmt.Sprintln: operands separated by spaces, and a newline.
pub(crate) fn sprintln(vs: &[Value]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, v) in vs.iter().enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        out.extend(format_v(v));
    }
    out.push(b'\n');
    out
}

/// fmt.Sprint: spaces between operands when neither is of a string kind (`strings`).
pub(crate) fn sprint(vs: &[Value], strings: &[bool]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, v) in vs.iter().enumerate() {
        if i > 0 && !strings[i] && !strings[i - 1] {
            out.push(b' ');
        }
        out.extend(format_v(v));
    }
    out
}

pub(crate) fn type_name(v: &Value) -> String {
    match v {
        Value::Iface(iv) => match &iv.0 {
            RType::Bool => "bool".into(),
            RType::Int(k) => k.name().into(),
            RType::Float(b) => format!("float{b}"),
            RType::Complex(b) => format!("complex{b}"),
            RType::String => "string".into(),
            RType::Slice(_) | RType::Array(..) | RType::Pointer(_) | RType::Struct(_) | RType::Map(..) => {
                rtype_name(&iv.0)
            }
            RType::Named(n) => n.name.to_string(),
            RType::Other(n) => n.to_string(),
        },
        _ => "<nil>".into(),
    }
}

/// A runtime type as `%T` and Go's panic messages write it.
pub(crate) fn rtype_name(rt: &RType) -> String {
    match rt {
        RType::Slice(et) => format!("[]{}", rtype_name(et)),
        RType::Array(n, et) => format!("[{n}]{}", rtype_name(et)),
        RType::Pointer(et) => format!("*{}", rtype_name(et)),
        RType::Map(kt, vt) => format!("map[{}]{}", rtype_name(kt), rtype_name(vt)),
        RType::Struct(fs) => {
            let fs: Vec<String> = fs.iter().map(|(n, t)| format!("{n} {}", rtype_name(t))).collect();
            format!("struct {{ {} }}", fs.join("; "))
        }
        _ => type_name(&Value::Iface(std::rc::Rc::new((rt.clone(), Value::Nil)))),
    }
}

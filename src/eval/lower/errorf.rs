//! The dynamic types of the errors `fmt.Errorf` makes: `*errors.errorString` (no `%w`) and
//! `*fmt.wrapError` (one `%w`), pointers to a struct `{msg string; err error}` whose
//! methods are native code, as `runtime_error_type` makes `runtime.Error`.

use std::cell::OnceCell;

use super::*;
use crate::runtime::rtype::StructField;
use crate::runtime::value::{MethodEntry, NamedType};

/// A method body returning field `i` of the struct its pointer receiver points to.
fn field_method(name: u32, sym: &str, result: RType, i: usize) -> MethodEntry {
    let code = Rc::new(FuncCode { size: 1, body: OnceCell::new(), results: vec![Class::Val] });
    let body: StmtE = Box::new(move |fr| {
        fr.ret_val = match fr.val(0) {
            Value::Cell(c) => match &*c.borrow() {
                Value::Struct(fs) => fs[i].clone(),
                _ => Value::Nil,
            },
            _ => Value::Nil,
        };
        Flow::Return
    });
    let _ = code.body.set(body);
    let func = Rc::new(FuncValue { code, env: Rc::from(Vec::new()) });
    let (sym, typ) = (Rc::from(sym), crate::runtime::rtype::func_type(&[], &[result]));
    MethodEntry { name, sym, typ, func, ptr_recv: true, recv_slot: true, recv_word: false }
}

impl<'a> Lower<'a> {
    /// The runtime type of `fmt.Errorf`'s result: with an `Unwrap` method when `wrap`.
    pub(in crate::eval) fn errorf_type(&mut self, wrap: bool) -> RType {
        let cached = if wrap { &self.errorf_types.1 } else { &self.errorf_types.0 };
        if let Some(d) = cached {
            return RType::Pointer(Rc::new(RType::Named(d.clone())));
        }
        let error_id = self.print_method_ids()[0];
        let error_rt = self.rtype(self.prog.universe.error);
        let mut methods = vec![field_method(error_id, "Error", RType::String, 0)];
        if wrap {
            methods.push(field_method(self.method_key_id("Unwrap func() error"), "Unwrap", error_rt.clone(), 1));
        }
        let (pkg, bare) = if wrap { ("fmt", "wrapError") } else { ("errors", "errorString") };
        let d = Rc::new(NamedType::new(&format!("{pkg}.{bare}"), bare, pkg));
        let field = |name: &str, typ: RType| StructField {
            name: Rc::from(name),
            typ,
            tag: Rc::from(""),
            embedded: false,
            pkg_path: Some(Rc::from(pkg)),
        };
        let fields = vec![field("msg", RType::String), field("err", error_rt)];
        let _ = d.underlying.set(RType::Struct(Rc::from(fields)));
        let _ = d.methods.set(methods);
        if wrap {
            self.errorf_types.1 = Some(d.clone());
        } else {
            self.errorf_types.0 = Some(d.clone());
        }
        RType::Pointer(Rc::new(RType::Named(d)))
    }
}

//! The dynamic types of the errors `fmt.Errorf` makes: `*errors.errorString` (no `%w`),
//! `*fmt.wrapError` (one `%w`) and `*fmt.wrapErrors` (several): pointers to a struct
//! `{msg string; err error}` (or `errs []error`) whose
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

/// Which error `fmt.Errorf` makes, by the number of `%w` verbs in its format.
#[derive(Clone, Copy)]
pub(in crate::eval) enum ErrorfKind {
    /// None: `*errors.errorString`.
    Plain,
    /// One: `*fmt.wrapError`, whose `Unwrap() error` returns the operand.
    Wrap,
    /// Several: `*fmt.wrapErrors`, whose `Unwrap() []error` returns them.
    WrapSeveral,
}

impl<'a> Lower<'a> {
    /// The runtime type of `fmt.Errorf`'s result of kind `kind`: a pointer to a struct of the
    /// message and what it wraps (`err error` or `errs []error`).
    pub(in crate::eval) fn errorf_type(&mut self, kind: ErrorfKind) -> RType {
        if let Some(d) = &self.errorf_types[kind as usize] {
            return RType::Pointer(Rc::new(RType::Named(d.clone())));
        }
        let error_id = self.print_method_ids()[0];
        let error_rt = self.rtype(self.prog.universe.error);
        let mut methods = vec![field_method(error_id, "Error", RType::String, 0)];
        let (pkg, bare, wrapped) = match kind {
            ErrorfKind::Plain => ("errors", "errorString", None),
            ErrorfKind::Wrap => {
                methods.push(field_method(self.method_key_id("Unwrap func() error"), "Unwrap", error_rt.clone(), 1));
                ("fmt", "wrapError", Some(("err", error_rt)))
            }
            ErrorfKind::WrapSeveral => {
                let errs = RType::Slice(Rc::new(error_rt));
                methods.push(field_method(self.method_key_id("Unwrap func() []error"), "Unwrap", errs.clone(), 1));
                ("fmt", "wrapErrors", Some(("errs", errs)))
            }
        };
        let d = Rc::new(NamedType::new(&format!("{pkg}.{bare}"), bare, pkg));
        let field = |name: &str, typ: RType| StructField {
            name: Rc::from(name),
            typ,
            tag: Rc::from(""),
            embedded: false,
            pkg_path: Some(Rc::from(pkg)),
        };
        let mut fields = vec![field("msg", RType::String)];
        fields.extend(wrapped.map(|(name, typ)| field(name, typ)));
        let _ = d.underlying.set(RType::Struct(Rc::from(fields)));
        let _ = d.methods.set(methods);
        self.errorf_types[kind as usize] = Some(d.clone());
        RType::Pointer(Rc::new(RType::Named(d)))
    }
}

//! The per-goroutine evaluation state. `vals` is the goroutine's value stack; a call's frame is
//! the window `vals[base .. base+nslots]`. With feature `words`, scalar locals (int, float,
//! bool) live in a parallel untagged `u64` stack at the same indices instead ("typed slot
//! array"); `Value` slots are then used only for heap references.
use crate::value::{ClosureObj, Value};
use std::rc::Rc;

pub const STACK_SLOTS: usize = 1 << 16;
pub const BUDGET: u32 = 10_000;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flow { Normal, Break, Continue, Return }

pub struct Frame {
    pub vals: Vec<Value>,
    pub words: Vec<u64>,
    pub base: usize,
    pub top: usize,
    /// The running closure (captured cells), if any.
    pub env: Option<Rc<ClosureObj>>,
    pub ret: Value,
    pub ret_word: u64,
    /// Preemption: decremented on calls and loop back-edges; at 0 we yield to the scheduler.
    pub budget: u32,
}

impl Frame {
    pub fn new() -> Frame {
        Frame {
            vals: vec![Value::Nil; STACK_SLOTS],
            words: if cfg!(feature = "words") { vec![0; STACK_SLOTS] } else { Vec::new() },
            base: 0,
            top: 0,
            env: None,
            ret: Value::Nil,
            ret_word: 0,
            budget: BUDGET,
        }
    }

    #[inline(always)]
    pub fn slot(&mut self, s: u32) -> &mut Value {
        let i = self.base + s as usize;
        #[cfg(feature = "unchecked")]
        unsafe { self.vals.get_unchecked_mut(i) }
        #[cfg(not(feature = "unchecked"))]
        &mut self.vals[i]
    }

    #[inline(always)]
    pub fn word(&mut self, s: u32) -> &mut u64 {
        let i = self.base + s as usize;
        #[cfg(feature = "unchecked")]
        unsafe { self.words.get_unchecked_mut(i) }
        #[cfg(not(feature = "unchecked"))]
        &mut self.words[i]
    }

    // Typed scalar slot access: the only place that knows the frame layout.
    #[inline(always)]
    pub fn get_int(&mut self, s: u32) -> i64 {
        if cfg!(feature = "words") { *self.word(s) as i64 } else { self.slot(s).as_int() }
    }
    #[inline(always)]
    pub fn set_int(&mut self, s: u32, v: i64) {
        if cfg!(feature = "words") { *self.word(s) = v as u64 } else { *self.slot(s) = Value::Int(v) }
    }
    #[inline(always)]
    pub fn get_float(&mut self, s: u32) -> f64 {
        if cfg!(feature = "words") { f64::from_bits(*self.word(s)) } else { self.slot(s).as_float() }
    }
    #[inline(always)]
    pub fn set_float(&mut self, s: u32, v: f64) {
        if cfg!(feature = "words") { *self.word(s) = v.to_bits() } else { *self.slot(s) = Value::Float(v) }
    }
    #[inline(always)]
    pub fn get_bool(&mut self, s: u32) -> bool {
        if cfg!(feature = "words") { *self.word(s) != 0 } else { self.slot(s).as_bool() }
    }
    #[inline(always)]
    pub fn set_bool(&mut self, s: u32, v: bool) {
        if cfg!(feature = "words") { *self.word(s) = v as u64 } else { *self.slot(s) = Value::Bool(v) }
    }

    #[inline(always)]
    pub fn tick(&mut self) {
        self.budget -= 1;
        if self.budget == 0 {
            self.preempt()
        }
    }
    #[cold]
    #[inline(never)]
    fn preempt(&mut self) {
        self.budget = BUDGET;
        crate::sched::yield_now();
    }

    /// Read a captured cell of the running closure.
    #[inline(always)]
    pub fn captured(&self, i: u32) -> &Value {
        match &self.env {
            Some(c) => &c.env[i as usize],
            None => crate::value::type_confusion(),
        }
    }

    /// Enter a callee frame whose arguments were pushed at `nb..top`. Returns the saved base.
    #[inline(always)]
    pub fn enter(&mut self, nb: usize, nslots: usize) -> usize {
        if nb + nslots > STACK_SLOTS {
            stack_overflow()
        }
        let saved = self.base;
        self.base = nb;
        self.top = nb + nslots;
        #[cfg(feature = "stackprobe")]
        crate::sched::probe();
        saved
    }
    #[inline(always)]
    pub fn leave(&mut self, saved: usize, nb: usize, ref_slots: &[u32]) {
        // Drop references held by the dead frame now (memory is reclaimed by refcounting).
        for &s in ref_slots {
            self.vals[nb + s as usize] = Value::Nil;
        }
        self.base = saved;
        self.top = nb;
    }
    /// Push one evaluated argument for a call being set up.
    #[inline(always)]
    pub fn push_val(&mut self, v: Value) {
        let t = self.top;
        if t >= STACK_SLOTS { stack_overflow() }
        self.vals[t] = v;
        self.top = t + 1;
    }
    #[inline(always)]
    pub fn push_word(&mut self, w: u64) {
        let t = self.top;
        if t >= STACK_SLOTS { stack_overflow() }
        self.words[t] = w;
        self.top = t + 1;
    }
}

#[cold]
#[inline(never)]
pub fn stack_overflow() -> ! {
    panic!("fatal error: stack overflow")
}

impl Frame {
    #[inline(always)]
    pub fn push_int(&mut self, v: i64) {
        if cfg!(feature = "words") { self.push_word(v as u64) } else { self.push_val(Value::Int(v)) }
    }
    #[inline(always)]
    pub fn push_float(&mut self, v: f64) {
        if cfg!(feature = "words") { self.push_word(v.to_bits()) } else { self.push_val(Value::Float(v)) }
    }
    #[inline(always)]
    pub fn ret_int(&mut self) -> i64 {
        if cfg!(feature = "words") { self.ret_word as i64 } else { self.ret.as_int() }
    }
    #[inline(always)]
    pub fn set_ret_int(&mut self, v: i64) {
        if cfg!(feature = "words") { self.ret_word = v as u64 } else { self.ret = Value::Int(v) }
    }
    #[inline(always)]
    pub fn ret_float(&mut self) -> f64 {
        if cfg!(feature = "words") { f64::from_bits(self.ret_word) } else { self.ret.as_float() }
    }
    #[inline(always)]
    pub fn set_ret_float(&mut self, v: f64) {
        if cfg!(feature = "words") { self.ret_word = v.to_bits() } else { self.ret = Value::Float(v) }
    }
}

/// Binary operators as zero-sized types, so generic lowering code inlines the operation into
/// each specialised node (used by designs B and C).
pub trait Op2 {
    type Out;
    fn ap(a: i64, b: i64) -> Self::Out;
}
macro_rules! op2 {
    ($name:ident, $out:ty, |$a:ident, $b:ident| $e:expr) => {
        pub struct $name;
        impl Op2 for $name {
            type Out = $out;
            #[inline(always)]
            fn ap($a: i64, $b: i64) -> $out { $e }
        }
    };
}
pub mod ops {
    use super::Op2;
    op2!(Add, i64, |a, b| a.wrapping_add(b));
    op2!(Sub, i64, |a, b| a.wrapping_sub(b));
    op2!(Mul, i64, |a, b| a.wrapping_mul(b));
    op2!(Rem, i64, |a, b| crate::a_dyn::rem(a, b));
    op2!(And, i64, |a, b| a & b);
    op2!(Lt, bool, |a, b| a < b);
    op2!(Le, bool, |a, b| a <= b);
    op2!(Eq, bool, |a, b| a == b);
    op2!(Ne, bool, |a, b| a != b);
    op2!(Gt, bool, |a, b| a > b);
}

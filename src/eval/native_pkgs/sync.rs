//! Package sync's natives: the operations of `Mutex`, `RWMutex` and `WaitGroup` that must
//! not be interrupted by a goroutine switch (`runtime::sync` parks and wakes), and the
//! dynamic type check of sync/atomic's `Value`.

use super::NativeFn;
use crate::runtime::sync;
use crate::runtime::value::Value;

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "*sync.Mutex.Lock" => |fr, a| sync::mutex_lock(fr, &a[0]),
        "*sync.Mutex.TryLock" => |fr, a| fr.ret_word = sync::mutex_try_lock(&a[0]) as u64,
        "*sync.Mutex.Unlock" => |_, a| sync::mutex_unlock(&a[0]),
        "*sync.RWMutex.Lock" => |fr, a| sync::rw_lock(fr, &a[0]),
        "*sync.RWMutex.TryLock" => |fr, a| fr.ret_word = sync::rw_try_lock(&a[0]) as u64,
        "*sync.RWMutex.Unlock" => |_, a| sync::rw_unlock(&a[0]),
        "*sync.RWMutex.RLock" => |fr, a| sync::rw_rlock(fr, &a[0]),
        "*sync.RWMutex.TryRLock" => |fr, a| fr.ret_word = sync::rw_try_rlock(&a[0]) as u64,
        "*sync.RWMutex.RUnlock" => |_, a| sync::rw_runlock(&a[0]),
        "*sync.WaitGroup.Add" => |_, a| sync::waitgroup_add(&a[0], a[1].int()),
        "*sync.WaitGroup.Wait" => |fr, a| sync::waitgroup_wait(fr, &a[0]),
        "sync.notifyListAdd" => |fr, a| fr.ret_word = sync::notify_add(&a[0]) as u64,
        "sync.notifyListWait" => |fr, a| sync::notify_wait(fr, &a[0], a[1].int() as u32),
        "sync.notifyListNotifyOne" => |_, a| sync::notify(&a[0], false),
        "sync.notifyListNotifyAll" => |_, a| sync::notify(&a[0], true),
        "sync/atomic.sameType" => |fr, a| fr.ret_word = same_type(&a[0], &a[1]) as u64,
        _ => return None,
    })
}

/// Whether two interface values hold the same dynamic type.
fn same_type(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Iface(x), Value::Iface(y)) => x.0 == y.0,
        _ => false,
    }
}

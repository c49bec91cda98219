//! Natives of package `os` for the environment: LookupEnv, Environ, Unsetenv, Clearenv
//! (Setenv is `natives_os`'s `sysSetenv`). Under `gint run --sandbox` the program sees an
//! empty environment and may not change it (`eval::sandbox`).

use super::*;

type NativeFn = fn(&mut Frame, &[Value]);

/// The native `os.Name`, if this module has it.
pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "os.LookupEnv" => lookup_env,
        "os.Environ" => environ,
        "os.sysUnsetenv" => unsetenv,
        "os.Clearenv" => |_, _| {
            if crate::eval::sandbox::env_allowed() {
                for (k, _) in std::env::vars_os() {
                    std::env::remove_var(k);
                }
            }
        },
        _ => return None,
    })
}

fn string(b: &[u8]) -> Value {
    Value::Str(Str::from_bytes(b.to_vec()))
}

/// A key the C library cannot hold (Go's syscall.Getenv finds nothing for it).
fn bad_key(k: &[u8]) -> bool {
    k.is_empty() || k.contains(&b'=') || k.contains(&0)
}

fn lookup_env(fr: &mut Frame, a: &[Value]) {
    let key = a[0].str();
    let found = if !crate::eval::sandbox::env_allowed() || bad_key(key) {
        None
    } else {
        std::env::var_os(String::from_utf8_lossy(key).as_ref())
    };
    fr.ret_multi = match found {
        Some(v) => vec![string(v.as_encoded_bytes()), Value::Bool(true)],
        None => vec![string(b""), Value::Bool(false)],
    };
}

fn environ(fr: &mut Frame, _: &[Value]) {
    let mut vars = Vec::new();
    if crate::eval::sandbox::env_allowed() {
        for (k, v) in std::env::vars_os() {
            let mut kv = k.as_encoded_bytes().to_vec();
            kv.push(b'=');
            kv.extend_from_slice(v.as_encoded_bytes());
            vars.push(string(&kv));
        }
    }
    fr.ret_val = crate::runtime::slice::from_vals(vars);
}

fn unsetenv(fr: &mut Frame, a: &[Value]) {
    fr.ret_word = if !crate::eval::sandbox::env_allowed() {
        crate::eval::sandbox::EPERM as u64
    } else {
        let key = a[0].str();
        if !bad_key(key) {
            std::env::remove_var(String::from_utf8_lossy(key).as_ref());
        }
        0
    };
}

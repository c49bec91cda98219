//! Package math/big's natives: arithmetic on `Int`'s magnitude and sign through
//! num-bigint (already a dependency, for exact constants). The Go side
//! (`stdlib/math/big/`) keeps Go's `Int` shape (a sign and a `nat` of 64-bit words, least
//! significant first, no leading zero words) and Go's API rules (aliasing, panics).

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::NativeFn;
use crate::runtime::frame::Frame;
use crate::runtime::slice;
use crate::runtime::value::{Str, Value};

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "math/big.intOp" => int_op,
        "math/big.intText" => int_text,
        "math/big.natParse" => nat_parse,
        "math/big.natExp" => nat_exp,
        "math/big.natSqrt" => nat_sqrt,
        "math/big.natProbablyPrime" => nat_probably_prime,
        _ => return None,
    })
}

fn nat_of(v: &Value) -> BigUint {
    let Value::Slice(s) = v else { return BigUint::zero() };
    let mut digits = Vec::with_capacity(2 * s.words().len());
    for w in s.words() {
        let w = w.get();
        digits.push(w as u32);
        digits.push((w >> 32) as u32);
    }
    BigUint::new(digits)
}

fn nat_val(n: &BigUint) -> Value {
    if n.is_zero() {
        return Value::Nil;
    }
    slice::from_words(n.to_u64_digits())
}

fn int_of(neg: &Value, abs: &Value) -> BigInt {
    let sign = if neg.bool() { Sign::Minus } else { Sign::Plus };
    BigInt::from_biguint(sign, nat_of(abs))
}

fn ret_int(fr: &mut Frame, x: &BigInt) {
    fr.ret_multi = vec![Value::Bool(x.is_negative()), nat_val(x.magnitude())];
}

/// `intOp(op int, xneg bool, x nat, yneg bool, y nat) (neg bool, z nat)`: op is one of
/// the codes of stdlib/math/big/int.go; the Go side has checked divisors for zero. Bit
/// operations are on two's complement, as Go's.
fn int_op(fr: &mut Frame, a: &[Value]) {
    let x = int_of(&a[1], &a[2]);
    let y = int_of(&a[3], &a[4]);
    let z = match a[0].int() {
        0 => x + y,
        1 => x - y,
        2 => x * y,
        3 => x / y,
        4 => x % y,
        5 => euclid(&x, &y).0,
        6 => euclid(&x, &y).1,
        7 => x & y,
        8 => x | y,
        9 => x ^ y,
        10 => x & !y,
        11 => x << y.to_usize().unwrap_or(0),
        // Shifting right rounds toward negative infinity, as Go's Rsh.
        12 => x.div_floor(&(BigInt::one() << y.to_usize().unwrap_or(0))),
        13 => x.gcd(&y),
        _ => BigInt::zero(),
    };
    ret_int(fr, &z);
}

/// Euclidean division: the remainder is never negative.
fn euclid(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    let (mut q, mut r) = x.div_rem(y);
    if r.is_negative() {
        if y.is_positive() {
            q -= 1;
            r += y;
        } else {
            q += 1;
            r -= y;
        }
    }
    (q, r)
}

/// `intText(neg bool, x nat, base int) string`, lower-case digits.
fn int_text(fr: &mut Frame, a: &[Value]) {
    let x = int_of(&a[0], &a[1]);
    let text = x.to_str_radix(a[2].int().clamp(2, 36) as u32);
    fr.ret_val = Value::Str(Str::from_bytes(text.into_bytes()));
}

/// `natParse(digits string, base int) (nat, bool)`: the Go side has removed the sign,
/// prefix and underscores, and checked the digits.
fn nat_parse(fr: &mut Frame, a: &[Value]) {
    match BigUint::parse_bytes(a[0].str(), a[1].int().clamp(2, 36) as u32) {
        Some(n) => fr.ret_multi = vec![nat_val(&n), Value::Bool(true)],
        None => fr.ret_multi = vec![Value::Nil, Value::Bool(false)],
    }
}

/// `natExp(x, y, m nat) nat`: x**y mod m, or x**y when m is empty.
fn nat_exp(fr: &mut Frame, a: &[Value]) {
    let (x, y, m) = (nat_of(&a[0]), nat_of(&a[1]), nat_of(&a[2]));
    let z = if m.is_zero() { num_traits::pow::Pow::pow(&x, &y) } else { x.modpow(&y, &m) };
    fr.ret_val = nat_val(&z);
}

fn nat_sqrt(fr: &mut Frame, a: &[Value]) {
    fr.ret_val = nat_val(&nat_of(&a[0]).sqrt());
}

/// `natProbablyPrime(x nat) bool`: Miller-Rabin with the first 24 primes as bases, exact
/// below 3.3e24 and wrong for larger composites with negligible probability (Go adds
/// random bases and a Lucas test; for a prime both say true).
fn nat_probably_prime(fr: &mut Frame, a: &[Value]) {
    let n = nat_of(&a[0]);
    fr.ret_word = miller_rabin(&n) as u64;
}

fn miller_rabin(n: &BigUint) -> bool {
    const BASES: [u32; 24] =
        [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89];
    let two = BigUint::from(2u32);
    if *n < two {
        return false;
    }
    for &p in &BASES {
        let p = BigUint::from(p);
        if *n == p {
            return true;
        }
        if (n % &p).is_zero() {
            return false;
        }
    }
    let n1 = n - 1u32;
    let s = n1.trailing_zeros().unwrap_or(0);
    let d = &n1 >> s;
    'bases: for &b in &BASES {
        let mut x = BigUint::from(b).modpow(&d, n);
        if x.is_one() || x == n1 {
            continue;
        }
        for _ in 1..s {
            x = x.modpow(&two, n);
            if x == n1 {
                continue 'bases;
            }
        }
        return false;
    }
    true
}

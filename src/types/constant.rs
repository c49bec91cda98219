//! Constant values and exact constant arithmetic: the spec's "Constants" and "Constant
//! expressions", after Go's go/constant.
//!
//! Invariants (every function here keeps them, and never panics or runs long on any input):
//! - `Int` is an exact integer of at most `INT_LIMIT_BITS` bits; a result that would be
//!   larger is `Unknown` (the checker reports gc's "constant overflow" at 512 bits, long
//!   before, so the limit only guards against a caller that forgets).
//! - `Float` is an exact rational whose magnitude is 0 or lies in `[2^-MAX_EXP, 2^MAX_EXP)`:
//!   larger magnitudes are `Unknown`, smaller ones become 0 (as big.Float underflows in gc).
//!   It stays exact while its numerator and denominator fit in `EXACT_BITS` bits; past that
//!   it is rounded to a 512-bit mantissa, which is what go/constant does when it switches
//!   from big.Rat to a 512-bit big.Float.
//! - `Complex` holds two parts that each keep `Float`'s invariant.
//! - `Unknown` is the value of an erroneous operation: operations on it give `Unknown` and
//!   comparisons with it are false, so one error is reported once.

mod format;
#[cfg(test)]
mod tests;

pub use format::format_for_error;

use std::cmp::Ordering;
use std::rc::Rc;

use gint_syntax::ast::{BinaryOp, LitKind, UnaryOp};
use gint_syntax::literal::{parse_int_digits, unquote_char, unquote_string};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::types::BasicKind;

/// The value of a constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Unknown,
    Bool(bool),
    /// The bytes of a string: Go strings are byte sequences and need not be valid UTF-8.
    String(Rc<[u8]>),
    Int(BigInt),
    Float(BigRational),
    Complex(BigRational, BigRational),
}

/// Why an operation has no constant result; the checker words the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstError {
    /// gc: "invalid operation: division by zero".
    DivByZero,
    /// gc: "invalid operation: invalid shift count s" (more than `SHIFT_BOUND`).
    InvalidShiftCount,
}

/// Why a constant is not representable in a type. gc picks the word by the operand's type,
/// which tracks the value's kind: an integer type and a non-integer value give `Truncated`,
/// other numeric cases `Overflow`, anything else `Invalid` (no parenthesized reason).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repr {
    /// "(overflows)", "constant 256 overflows byte".
    Overflow,
    /// "(truncated)", "constant 0.1 truncated to int".
    Truncated,
    /// The kinds do not match: a string as an int, a number as a bool.
    Invalid,
}

/// The largest constant shift count gc accepts (`1023 - 1 + 52`, so that the smallest
/// float64 can be written as `1.0 / (1 << 1074)`).
pub const SHIFT_BOUND: u64 = 1074;
/// The bits of an integer constant beyond which a result is `Unknown` (see the invariants).
pub const INT_LIMIT_BITS: u64 = 1 << 16;
/// Float magnitudes must be below `2^MAX_EXP` (about 1e9864) and are 0 below `2^-MAX_EXP`.
pub const MAX_EXP: i64 = 1 << 15;
/// The mantissa of a float that has become too big to keep exact (go/constant's `prec`).
const MANT_BITS: u64 = 512;
/// Rationals stay exact while both their parts fit in this many bits. It exceeds
/// `MAX_EXP + MANT_BITS`, so a rounded float is exact from then on and is not rounded again.
const EXACT_BITS: u64 = MAX_EXP as u64 + 2 * MANT_BITS;
/// Longer literals are `Unknown` (gc's "malformed constant"): decoding them costs time
/// quadratic in their length and no program needs them.
const MAX_LITERAL_DIGITS: usize = 10_000;

// ---- literals ------------------------------------------------------------------------------

/// The value of a literal token as written in the source (the lexer has checked its syntax):
/// `Int` for integer and rune literals, `Float`, `Complex` for imaginary literals, `String`.
/// `Unknown` for a malformed literal and for a float beyond `2^MAX_EXP`.
pub fn from_literal(kind: LitKind, raw: &str) -> Value {
    let v = match kind {
        LitKind::Int => parse_int_digits(raw).and_then(|(base, digits)| int_from_digits(base, &digits)),
        LitKind::Float => Some(float_literal(raw)),
        LitKind::Imag => imag_literal(raw),
        LitKind::Char => unquote_char(raw).ok().map(|c| Value::Int(c.into())),
        LitKind::String => unquote_string(raw).ok().map(|b| Value::String(b.into())),
    };
    v.unwrap_or(Value::Unknown)
}

/// An integer from its digits; `None` past `INT_LIMIT_BITS` (checked on the digit count
/// first, so that an absurd literal is refused before its quadratic-time decoding).
fn int_from_digits(base: u32, digits: &str) -> Option<Value> {
    if digits.len() > MAX_LITERAL_DIGITS * 4 {
        return None;
    }
    match BigInt::parse_bytes(digits.as_bytes(), base).map(make_int) {
        Some(Value::Unknown) | None => None,
        v => v,
    }
}

/// The spec: "for backward compatibility, an imaginary literal's integer part consisting
/// entirely of decimal digits (and possibly underscores) is considered a decimal integer,
/// even if it starts with a leading 0" — `017i` is `17i`.
fn imag_literal(raw: &str) -> Option<Value> {
    let body = raw.strip_suffix('i')?;
    let im = if body.bytes().all(|b| b.is_ascii_digit() || b == b'_') {
        let digits: String = body.chars().filter(|&c| c != '_').collect();
        int_from_digits(10, &digits)?
    } else if let Some((base, digits)) = parse_int_digits(body) {
        int_from_digits(base, &digits)?
    } else {
        float_literal(body)
    };
    let (im, _) = complex_parts(&im)?;
    Some(make_complex(BigRational::zero(), im))
}

fn float_literal(raw: &str) -> Value {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let v = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(hex) => hex_float(hex),
        None => decimal_float(&s),
    };
    v.unwrap_or(Value::Unknown)
}

/// `mantissa [e exponent]` in decimal.
fn decimal_float(s: &str) -> Option<Value> {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], parse_exponent(&s[i + 1..])?),
        None => (s, 0),
    };
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int_part}{frac}");
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return Some(Value::Float(BigRational::zero()));
    }
    if digits.len() > MAX_LITERAL_DIGITS {
        return None;
    }
    // The value lies in [10^(top-1), 10^top); refuse or flush absurd exponents before
    // computing a power of ten of that size (make_float then applies the exact limits).
    let exp10 = exp - frac.len() as i64;
    let top = exp10 + digits.len() as i64;
    let log2_10 = std::f64::consts::LOG2_10;
    if (top - 1) as f64 * log2_10 > (MAX_EXP + 2) as f64 {
        return None;
    }
    if (top as f64) * log2_10 < -(MAX_EXP + 2) as f64 {
        return Some(Value::Float(BigRational::zero()));
    }
    let m = BigInt::parse_bytes(digits.as_bytes(), 10)?;
    let pow = BigInt::from(10u32).pow(exp10.unsigned_abs() as u32);
    let r = if exp10 >= 0 { BigRational::from_integer(m * pow) } else { BigRational::new(m, pow) };
    Some(make_float(r))
}

/// `hexmantissa p exponent`, after the `0x`: the mantissa's value times 2^exponent.
fn hex_float(s: &str) -> Option<Value> {
    let (mant, exp) = match s.find(['p', 'P']) {
        Some(i) => (&s[..i], parse_exponent(&s[i + 1..])?),
        None => (s, 0),
    };
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int_part}{frac}");
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return Some(Value::Float(BigRational::zero()));
    }
    if digits.len() > MAX_LITERAL_DIGITS {
        return None;
    }
    let m = BigUint::parse_bytes(digits.as_bytes(), 16)?;
    let exp2 = exp - 4 * frac.len() as i64;
    let top = m.bits() as i64 + exp2; // the value lies in [2^(top-1), 2^top)
    if top > MAX_EXP {
        return None;
    }
    if top < -MAX_EXP {
        return Some(Value::Float(BigRational::zero()));
    }
    Some(make_float(dyadic(false, m, exp2)))
}

/// A decimal exponent with an optional sign, saturated far beyond any limit used here.
fn parse_exponent(s: &str) -> Option<i64> {
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    const CAP: i64 = 1 << 40;
    let n = digits.bytes().fold(0i64, |n, b| (n * 10 + i64::from(b - b'0')).min(CAP));
    Some(if neg { -n } else { n })
}

// ---- making values -------------------------------------------------------------------------

/// An `Int`, or `Unknown` past `INT_LIMIT_BITS`.
fn make_int(z: BigInt) -> Value {
    if z.bits() > INT_LIMIT_BITS {
        Value::Unknown
    } else {
        Value::Int(z)
    }
}

/// A `Float` keeping the invariants of this module: `Unknown` when too large, 0 when too
/// small, rounded to a 512-bit mantissa when its parts are too long to stay exact.
pub fn make_float(r: BigRational) -> Value {
    if r.is_zero() {
        return Value::Float(r);
    }
    let (num, den) = (r.numer().magnitude(), r.denom().magnitude());
    let e = floor_log2(num, den);
    if e >= MAX_EXP {
        return Value::Unknown;
    }
    if e < -MAX_EXP {
        return Value::Float(BigRational::zero());
    }
    if num.bits() <= EXACT_BITS && den.bits() <= EXACT_BITS {
        return Value::Float(r);
    }
    let (q, lsb) = round_bits(num, den, MANT_BITS, None);
    if lsb + q.bits() as i64 > MAX_EXP {
        return Value::Unknown;
    }
    Value::Float(dyadic(r.is_negative(), q, lsb))
}

fn make_complex(re: BigRational, im: BigRational) -> Value {
    match (make_float(re), make_float(im)) {
        (Value::Float(re), Value::Float(im)) => Value::Complex(re, im),
        _ => Value::Unknown,
    }
}

/// `±q·2^lsb` as a reduced rational (without a gcd: only powers of two can cancel).
fn dyadic(neg: bool, q: BigUint, lsb: i64) -> BigRational {
    if q.is_zero() {
        return BigRational::zero();
    }
    let (num, den) = if lsb >= 0 {
        (q << lsb as u64, BigUint::one())
    } else {
        let k = lsb.unsigned_abs();
        let tz = q.trailing_zeros().unwrap_or(0).min(k);
        (q >> tz, BigUint::one() << (k - tz))
    };
    let sign = if neg { Sign::Minus } else { Sign::Plus };
    BigRational::new_raw(BigInt::from_biguint(sign, num), BigInt::from(den))
}

// ---- rounding ------------------------------------------------------------------------------

/// `floor(log2(num/den))` for `num, den > 0`.
fn floor_log2(num: &BigUint, den: &BigUint) -> i64 {
    let e = num.bits() as i64 - den.bits() as i64;
    let below = if e >= 0 { *num < (den << e as u64) } else { (num << e.unsigned_abs()) < *den };
    if below {
        e - 1
    } else {
        e
    }
}

/// `num/den` (both > 0) rounded to nearest, ties to even, at `prec` significant bits, but
/// with a least significant bit worth at least `2^min_lsb` (the subnormals of a machine
/// float). Returns `(q, lsb)` with `num/den ≈ q·2^lsb` and `q < 2^prec`.
fn round_bits(num: &BigUint, den: &BigUint, prec: u64, min_lsb: Option<i64>) -> (BigUint, i64) {
    let e = floor_log2(num, den);
    let mut lsb = e - (prec as i64 - 1);
    if let Some(m) = min_lsb {
        lsb = lsb.max(m);
    }
    let (n, d) = if lsb >= 0 { (num.clone(), den << lsb as u64) } else { (num << lsb.unsigned_abs(), den.clone()) };
    let (mut q, r) = n.div_rem(&d);
    let twice = r << 1u32;
    if twice > d || (twice == d && q.is_odd()) {
        q += 1u32;
    }
    if q.bits() > prec {
        // Rounding carried into a new bit: q is exactly 2^prec.
        q >>= 1u32;
        lsb += 1;
    }
    (q, lsb)
}

/// An IEEE 754 binary format.
struct FloatFormat {
    /// Significand bits, counting the implicit one.
    prec: u64,
    /// The exponent of the largest finite value's leading bit.
    emax: i64,
    /// The weight of the smallest subnormal's bit.
    min_lsb: i64,
}

const F64: FloatFormat = FloatFormat { prec: 53, emax: 1023, min_lsb: -1074 };
const F32: FloatFormat = FloatFormat { prec: 24, emax: 127, min_lsb: -149 };

/// A rational correctly rounded to a machine float: `±q·2^lsb` (q = 0 for zero), or an
/// infinity when it overflows.
enum Rounded {
    Finite { neg: bool, q: u64, lsb: i64 },
    Inf { neg: bool },
}

fn round_to(r: &BigRational, f: &FloatFormat) -> Rounded {
    let neg = r.is_negative();
    if r.is_zero() {
        return Rounded::Finite { neg, q: 0, lsb: 0 };
    }
    let (num, den) = (r.numer().magnitude(), r.denom().magnitude());
    let e = floor_log2(num, den);
    if e > f.emax {
        return Rounded::Inf { neg };
    }
    if e < f.min_lsb - 1 {
        // Below half the smallest subnormal.
        return Rounded::Finite { neg, q: 0, lsb: 0 };
    }
    let (q, lsb) = round_bits(num, den, f.prec, Some(f.min_lsb));
    let q = q.to_u64().unwrap_or(0); // q < 2^prec ≤ 2^53
    if lsb + (64 - q.leading_zeros() as i64) - 1 > f.emax {
        return Rounded::Inf { neg };
    }
    Rounded::Finite { neg, q, lsb }
}

/// The bits of `±q·2^lsb` in format `f`, for a rounded finite value.
fn float_bits(neg: bool, q: u64, lsb: i64, f: &FloatFormat) -> u64 {
    let width = if f.prec == 53 { 64 } else { 32 };
    let sign = u64::from(neg) << (width - 1);
    let digits = 64 - q.leading_zeros() as i64;
    if digits < f.prec as i64 {
        // Zero or subnormal: the biased exponent is 0 and lsb is min_lsb.
        return sign | q;
    }
    let bias = f.emax;
    let biased = (lsb + digits - 1 + bias) as u64;
    let frac_bits = f.prec - 1;
    sign | (biased << frac_bits) | (q & ((1 << frac_bits) - 1))
}

/// The nearest float64 (ties to even); ±Inf when out of range, ±0 when too small.
fn rat_to_f64(r: &BigRational) -> f64 {
    match round_to(r, &F64) {
        Rounded::Finite { neg, q, lsb } => f64::from_bits(float_bits(neg, q, lsb, &F64)),
        Rounded::Inf { neg } => {
            if neg {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            }
        }
    }
}

fn rat_to_f32(r: &BigRational) -> f32 {
    match round_to(r, &F32) {
        Rounded::Finite { neg, q, lsb } => f32::from_bits(float_bits(neg, q, lsb, &F32) as u32),
        Rounded::Inf { neg } => {
            if neg {
                f32::NEG_INFINITY
            } else {
                f32::INFINITY
            }
        }
    }
}

/// `r` rounded to format `f`, as an exact rational; `None` if it overflows.
fn round_rat(r: &BigRational, f: &FloatFormat) -> Option<BigRational> {
    match round_to(r, f) {
        Rounded::Finite { neg, q, lsb } => Some(dyadic(neg, q.into(), lsb)),
        Rounded::Inf { .. } => None,
    }
}

// ---- operations ----------------------------------------------------------------------------

/// The operands of a binary operation, promoted to a common kind as go/constant's `match`
/// does: Int → Float → Complex.
enum Pair {
    Unknown,
    Mismatch,
    Bool(bool, bool),
    Str(Rc<[u8]>, Rc<[u8]>),
    Int(BigInt, BigInt),
    Float(BigRational, BigRational),
    Complex((BigRational, BigRational), (BigRational, BigRational)),
}

/// A numeric value as (real, imaginary) rationals.
fn complex_parts(v: &Value) -> Option<(BigRational, BigRational)> {
    match v {
        Value::Int(i) => Some((BigRational::from_integer(i.clone()), BigRational::zero())),
        Value::Float(r) => Some((r.clone(), BigRational::zero())),
        Value::Complex(re, im) => Some((re.clone(), im.clone())),
        _ => None,
    }
}

fn pair(x: &Value, y: &Value) -> Pair {
    use Value::*;
    match (x, y) {
        (Unknown, _) | (_, Unknown) => Pair::Unknown,
        (Bool(a), Bool(b)) => Pair::Bool(*a, *b),
        (String(a), String(b)) => Pair::Str(a.clone(), b.clone()),
        (Int(a), Int(b)) => Pair::Int(a.clone(), b.clone()),
        _ => match (complex_parts(x), complex_parts(y)) {
            (Some(a), Some(b)) if matches!(x, Complex(..)) || matches!(y, Complex(..)) => Pair::Complex(a, b),
            (Some(a), Some(b)) => Pair::Float(a.0, b.0),
            _ => Pair::Mismatch,
        },
    }
}

/// `op x`. `prec` is 0 for untyped and signed operands; for an unsigned type it is the
/// type's size in bits, to which `^x` is limited (`^uint8(1)` is 254, not -2). Operations
/// that are not defined on the operand give `Unknown` (the checker has reported them).
pub fn unary_op(op: UnaryOp, x: &Value, prec: u32) -> Value {
    match (op, x) {
        (UnaryOp::Pos, Value::Int(_) | Value::Float(_) | Value::Complex(..)) => x.clone(),
        (UnaryOp::Neg, Value::Int(a)) => Value::Int(-a),
        (UnaryOp::Neg, Value::Float(r)) => Value::Float(-r),
        (UnaryOp::Neg, Value::Complex(re, im)) => Value::Complex(-re, -im),
        (UnaryOp::Xor, Value::Int(a)) => {
            let z = !a;
            if prec == 0 {
                return Value::Int(z);
            }
            if u64::from(prec) > INT_LIMIT_BITS {
                return Value::Unknown;
            }
            let mask = (BigInt::one() << prec) - 1;
            Value::Int(z & mask)
        }
        (UnaryOp::Not, Value::Bool(b)) => Value::Bool(!b),
        _ => Value::Unknown,
    }
}

/// `x op y` for the arithmetic, bitwise, logical and string operators; comparisons are
/// `compare`'s and shifts `shift`'s. Mixed numeric kinds are promoted (Int → Float →
/// Complex). `int_div` says that the operands' type is an integer type (types2's
/// `isInteger(x.typ)`): `/` of two `Int`s then truncates toward zero (`7/2` is 3), else
/// it is exact (`7.0/2` is 3.5). A zero divisor is an error for every kind.
pub fn binary_op(x: &Value, op: BinaryOp, y: &Value, int_div: bool) -> Result<Value, ConstError> {
    Ok(match pair(x, y) {
        Pair::Unknown | Pair::Mismatch => Value::Unknown,
        Pair::Bool(a, b) => match op {
            BinaryOp::LAnd => Value::Bool(a && b),
            BinaryOp::LOr => Value::Bool(a || b),
            _ => Value::Unknown,
        },
        Pair::Str(a, b) if op == BinaryOp::Add => Value::String([&a[..], &b[..]].concat().into()),
        Pair::Str(..) => Value::Unknown,
        Pair::Int(a, b) => int_op(&a, op, &b, int_div)?,
        Pair::Float(a, b) => float_op(&a, op, &b)?,
        Pair::Complex(a, b) => complex_op(a, op, b)?,
    })
}

fn int_op(a: &BigInt, op: BinaryOp, b: &BigInt, int_div: bool) -> Result<Value, ConstError> {
    if matches!(op, BinaryOp::Quo | BinaryOp::Rem) && b.is_zero() {
        return Err(ConstError::DivByZero);
    }
    let z = match op {
        BinaryOp::Add => a + b,
        BinaryOp::Sub => a - b,
        BinaryOp::Mul if a.bits() + b.bits() > INT_LIMIT_BITS + 1 => return Ok(Value::Unknown),
        BinaryOp::Mul => a * b,
        // BigInt's `/` and `%` truncate toward zero, as Go's do.
        BinaryOp::Quo if int_div => a / b,
        BinaryOp::Quo => return Ok(make_float(BigRational::new(a.clone(), b.clone()))),
        BinaryOp::Rem => a % b,
        // BigInt's bitwise operators act on the infinite two's complement, as Go's do.
        BinaryOp::And => a & b,
        BinaryOp::Or => a | b,
        BinaryOp::Xor => a ^ b,
        BinaryOp::AndNot => a & !b,
        _ => return Ok(Value::Unknown),
    };
    Ok(make_int(z))
}

fn float_op(a: &BigRational, op: BinaryOp, b: &BigRational) -> Result<Value, ConstError> {
    let r = match op {
        BinaryOp::Add => a + b,
        BinaryOp::Sub => a - b,
        BinaryOp::Mul => a * b,
        BinaryOp::Quo if b.is_zero() => return Err(ConstError::DivByZero),
        BinaryOp::Quo => a / b,
        _ => return Ok(Value::Unknown),
    };
    Ok(make_float(r))
}

type Complex = (BigRational, BigRational);

fn complex_op((a, b): Complex, op: BinaryOp, (c, d): Complex) -> Result<Value, ConstError> {
    let (re, im) = match op {
        BinaryOp::Add => (a + c, b + d),
        BinaryOp::Sub => (a - c, b - d),
        // (a+bi)(c+di) = (ac-bd) + (bc+ad)i
        BinaryOp::Mul => (&a * &c - &b * &d, &b * &c + &a * &d),
        // (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²)
        BinaryOp::Quo => {
            let s = &c * &c + &d * &d;
            if s.is_zero() {
                return Err(ConstError::DivByZero);
            }
            ((&a * &c + &b * &d) / &s, (&b * &c - &a * &d) / &s)
        }
        _ => return Ok(Value::Unknown),
    };
    Ok(make_complex(re, im))
}

/// `x << s` or `x >> s` (`op` is `Shl` or `Shr`; any other operator gives `Unknown`). An
/// untyped float operand with an integral value (`2.0 << 3`) shifts as an integer; `>>`
/// rounds toward negative infinity, as Go's does. Counts over `SHIFT_BOUND` are an error,
/// as in gc, except that an `Unknown` operand stays `Unknown` without one.
pub fn shift(x: &Value, op: BinaryOp, s: u64) -> Result<Value, ConstError> {
    if matches!(x, Value::Unknown) {
        return Ok(Value::Unknown);
    }
    if s > SHIFT_BOUND {
        return Err(ConstError::InvalidShiftCount);
    }
    let Some(Value::Int(i)) = to_int(x) else { return Ok(Value::Unknown) };
    Ok(match op {
        BinaryOp::Shl => make_int(i << s),
        BinaryOp::Shr => Value::Int(i >> s),
        _ => Value::Unknown,
    })
}

/// `x op y` for the comparison operators. False when either operand is `Unknown`, the kinds
/// do not match, or the operator is not defined on them (`<` on complex numbers or bools).
/// Strings compare bytewise, as Go's do.
pub fn compare(x: &Value, op: BinaryOp, y: &Value) -> bool {
    let ordered = |o: Ordering| match op {
        BinaryOp::Eql => o == Ordering::Equal,
        BinaryOp::Neq => o != Ordering::Equal,
        BinaryOp::Lss => o == Ordering::Less,
        BinaryOp::Leq => o != Ordering::Greater,
        BinaryOp::Gtr => o == Ordering::Greater,
        BinaryOp::Geq => o != Ordering::Less,
        _ => false,
    };
    let equality = |eq: bool| match op {
        BinaryOp::Eql => eq,
        BinaryOp::Neq => !eq,
        _ => false,
    };
    match pair(x, y) {
        Pair::Unknown | Pair::Mismatch => false,
        Pair::Bool(a, b) => equality(a == b),
        Pair::Str(a, b) => ordered(a.cmp(&b)),
        Pair::Int(a, b) => ordered(a.cmp(&b)),
        Pair::Float(a, b) => ordered(a.cmp(&b)),
        Pair::Complex(a, b) => equality(a == b),
    }
}

/// Whether `v` is a numeric zero (a divisor gc refuses). `Unknown` is not, so that an error
/// is not followed by a spurious "division by zero".
pub fn is_zero(v: &Value) -> bool {
    match v {
        Value::Int(i) => i.is_zero(),
        Value::Float(r) => r.is_zero(),
        Value::Complex(re, im) => re.is_zero() && im.is_zero(),
        _ => false,
    }
}

// ---- conversions ---------------------------------------------------------------------------

/// `v` as an `Int`, if it is a number with an integral value and no imaginary part.
pub fn to_int(v: &Value) -> Option<Value> {
    match v {
        Value::Int(_) => Some(v.clone()),
        Value::Float(r) if r.is_integer() => Some(Value::Int(r.to_integer())),
        Value::Complex(re, im) if im.is_zero() && re.is_integer() => Some(Value::Int(re.to_integer())),
        _ => None,
    }
}

/// `v` as a `Float`, if it is a number with no imaginary part (and, for an `Int`, below
/// `2^MAX_EXP`).
pub fn to_float(v: &Value) -> Option<Value> {
    match v {
        Value::Int(i) => match make_float(BigRational::from_integer(i.clone())) {
            Value::Unknown => None,
            f => Some(f),
        },
        Value::Float(_) => Some(v.clone()),
        Value::Complex(re, im) if im.is_zero() => Some(Value::Float(re.clone())),
        _ => None,
    }
}

/// `v` as a `Complex`, if it is a number.
pub fn to_complex(v: &Value) -> Option<Value> {
    match to_float(v) {
        Some(Value::Float(r)) => Some(Value::Complex(r, BigRational::zero())),
        _ if matches!(v, Value::Complex(..)) => Some(v.clone()),
        _ => None,
    }
}

/// `v` as a constant of kind `kind` (the spec's "representable by a value of type T"): the
/// value converted to the kind's class (Int for integer kinds, Float, Complex) and, for
/// sized float kinds, rounded to the nearest float32 or float64. `Unknown` is representable
/// in every kind, and so is every value in the invalid type, to avoid follow-up errors.
/// Sizes are those of amd64: int, uint and uintptr have 64 bits.
pub fn representable(v: &Value, kind: BasicKind) -> Result<Value, Repr> {
    let kind = kind.canonical();
    if matches!(v, Value::Unknown) || kind == BasicKind::Invalid {
        return Ok(v.clone());
    }
    let numeric = matches!(v, Value::Int(_) | Value::Float(_) | Value::Complex(..));
    let reason = |to_integer: bool| match v {
        _ if !numeric => Repr::Invalid,
        Value::Int(_) => Repr::Overflow,
        _ if to_integer => Repr::Truncated,
        _ => Repr::Overflow,
    };
    if kind.is_integer() {
        return match to_int(v) {
            Some(Value::Int(i)) if int_fits(&i, kind) => Ok(Value::Int(i)),
            _ => Err(reason(true)),
        };
    }
    if kind.is_float() {
        let Some(Value::Float(r)) = to_float(v) else { return Err(reason(false)) };
        let rounded = match kind {
            BasicKind::Float32 => round_rat(&r, &F32),
            BasicKind::Float64 => round_rat(&r, &F64),
            _ => Some(r),
        };
        return rounded.map(Value::Float).ok_or(Repr::Overflow);
    }
    if kind.is_complex() {
        let Some(Value::Complex(re, im)) = to_complex(v) else { return Err(reason(false)) };
        let f = match kind {
            BasicKind::Complex64 => &F32,
            BasicKind::Complex128 => &F64,
            _ => return Ok(Value::Complex(re, im)),
        };
        return match (round_rat(&re, f), round_rat(&im, f)) {
            (Some(re), Some(im)) => Ok(Value::Complex(re, im)),
            _ => Err(Repr::Overflow),
        };
    }
    match v {
        Value::Bool(_) if kind.is_boolean() => Ok(v.clone()),
        Value::String(_) if kind.is_string() => Ok(v.clone()),
        _ => Err(Repr::Invalid),
    }
}

fn int_fits(i: &BigInt, kind: BasicKind) -> bool {
    if kind.is_untyped() {
        return true;
    }
    let bits = kind.bits();
    match i.to_i128() {
        Some(n) if kind.is_unsigned() => 0 <= n && n < 1i128 << bits,
        Some(n) => -(1i128 << (bits - 1)) <= n && n < 1i128 << (bits - 1),
        None => false,
    }
}

// ---- machine values ------------------------------------------------------------------------

/// The real rational value of a number with no imaginary part.
fn real_value(v: &Value) -> Option<BigRational> {
    match v {
        Value::Int(i) => Some(BigRational::from_integer(i.clone())),
        Value::Float(r) => Some(r.clone()),
        Value::Complex(re, im) if im.is_zero() => Some(re.clone()),
        _ => None,
    }
}

/// `v` as an int64, if it is an integral value in range.
pub fn to_i64(v: &Value) -> Option<i64> {
    match to_int(v)? {
        Value::Int(i) => i.to_i64(),
        _ => None,
    }
}

/// `v` as a uint64, if it is an integral value in range.
pub fn to_u64(v: &Value) -> Option<u64> {
    match to_int(v)? {
        Value::Int(i) => i.to_u64(),
        _ => None,
    }
}

/// The float64 nearest to `v` (ties to even, directly from the exact value), ±Inf when out
/// of range; `None` if `v` is not a real number.
pub fn to_f64(v: &Value) -> Option<f64> {
    real_value(v).map(|r| rat_to_f64(&r))
}

/// The float32 nearest to `v`, rounded once (not through float64), ±Inf when out of range.
pub fn to_f32(v: &Value) -> Option<f32> {
    real_value(v).map(|r| rat_to_f32(&r))
}

/// The complex128 nearest to `v`, as (real, imaginary).
pub fn to_complex128(v: &Value) -> Option<(f64, f64)> {
    match to_complex(v)? {
        Value::Complex(re, im) => Some((rat_to_f64(&re), rat_to_f64(&im))),
        _ => None,
    }
}

/// The complex64 nearest to `v`, as (real, imaginary).
pub fn to_complex64(v: &Value) -> Option<(f32, f32)> {
    match to_complex(v)? {
        Value::Complex(re, im) => Some((rat_to_f32(&re), rat_to_f32(&im))),
        _ => None,
    }
}

//! Unit tests of constant values; expected values and texts were checked against gc
//! (`go build` / `go run`) where they are not plain arithmetic.

use super::*;

fn int(n: i64) -> Value {
    Value::Int(n.into())
}

fn big(s: &str) -> Value {
    Value::Int(s.parse().expect("test integer"))
}

fn lit(kind: LitKind, raw: &str) -> Value {
    from_literal(kind, raw)
}

fn i(raw: &str) -> Value {
    lit(LitKind::Int, raw)
}

fn f(raw: &str) -> Value {
    lit(LitKind::Float, raw)
}

fn ratio(n: i64, d: i64) -> Value {
    Value::Float(BigRational::new(n.into(), d.into()))
}

fn cplx(re: i64, im: i64) -> Value {
    Value::Complex(BigRational::from_integer(re.into()), BigRational::from_integer(im.into()))
}

fn string(s: &[u8]) -> Value {
    Value::String(s.into())
}

/// `x op y`, with integer division when both are Int (as the checker does for integer types).
fn op(x: &Value, op: BinaryOp, y: &Value) -> Value {
    let int_div = matches!((x, y), (Value::Int(_), Value::Int(_)));
    binary_op(x, op, y, int_div).expect("no constant error")
}

fn show(v: &Value) -> String {
    format_for_error(v)
}

fn pow2(n: u32) -> BigInt {
    BigInt::one() << n
}

// ---- literals ------------------------------------------------------------------------------

#[test]
fn int_literals() {
    assert_eq!(i("0"), int(0));
    assert_eq!(i("42"), int(42));
    assert_eq!(i("0x_1F"), int(31));
    assert_eq!(i("0X1f"), int(31));
    assert_eq!(i("0o17"), int(15));
    assert_eq!(i("017"), int(15));
    assert_eq!(i("0b101"), int(5));
    assert_eq!(i("1_000"), int(1000));
    assert_eq!(i("0xFFFFFFFFFFFFFFFFFFFF"), Value::Int(pow2(80) - 1));
    assert_eq!(i("08"), Value::Unknown);
    assert_eq!(i("1__0"), Value::Unknown);
    assert_eq!(i(""), Value::Unknown);
}

#[test]
fn float_literals() {
    assert_eq!(f("0x1p-2"), ratio(1, 4));
    assert_eq!(f("0x1.8p1"), ratio(3, 1));
    assert_eq!(f("0X_1FFFP-16"), ratio(0x1FFF, 65536));
    assert_eq!(f("0x.8p0"), ratio(1, 2));
    assert_eq!(f("1e3"), ratio(1000, 1));
    assert_eq!(f(".5"), ratio(1, 2));
    assert_eq!(f("1."), ratio(1, 1));
    assert_eq!(f("0."), ratio(0, 1));
    assert_eq!(f("0e+5"), ratio(0, 1));
    assert_eq!(f("1e-0"), ratio(1, 1));
    assert_eq!(f("1_000.000_1"), ratio(10_000_001, 10_000));
    assert_eq!(f("2.5E-3"), ratio(1, 400));
    assert_eq!(f("0.1"), ratio(1, 10));
    assert_eq!(f("1e9000"), Value::Float(BigRational::from_integer(BigInt::from(10).pow(9000))));
    assert_eq!(f("1e"), Value::Unknown);
    assert_eq!(f("1.2.3"), Value::Unknown);
    assert_eq!(f("abc"), Value::Unknown);
}

#[test]
fn huge_float_literals() {
    // gc accepts up to big.Float's exponent range and reports "malformed constant" beyond;
    // here the range is 2^±MAX_EXP, about 1e±9864, and tiny values become 0 as in gc.
    assert_eq!(f("1e1000000000"), Value::Unknown);
    assert_eq!(f("1e99999999999999999999999"), Value::Unknown);
    assert_eq!(f("1e10000"), Value::Unknown);
    assert_eq!(f("0x1p40000"), Value::Unknown);
    assert_eq!(f("1e-1000000000"), ratio(0, 1));
    assert_eq!(f("1e-10000"), ratio(0, 1));
    assert_eq!(f("0x1p-40000"), ratio(0, 1));
    assert!(matches!(f("1e9800"), Value::Float(_)));
    assert!(matches!(f("1e-9800"), Value::Float(r) if !r.is_zero()));
    assert_eq!(f(&"9".repeat(MAX_LITERAL_DIGITS + 1)), Value::Unknown);
}

#[test]
fn imaginary_literals() {
    let im = |raw| lit(LitKind::Imag, raw);
    assert_eq!(im("1i"), cplx(0, 1));
    assert_eq!(im("0i"), cplx(0, 0));
    assert_eq!(im("00i"), cplx(0, 0));
    assert_eq!(im("017i"), cplx(0, 17)); // decimal, for backward compatibility
    assert_eq!(im("0o17i"), cplx(0, 15));
    assert_eq!(im("0x1Fi"), cplx(0, 31));
    assert_eq!(im("0b101i"), cplx(0, 5));
    assert_eq!(im("1_0i"), cplx(0, 10));
    assert_eq!(im("1e3i"), cplx(0, 1000));
    assert_eq!(im(".5i"), Value::Complex(BigRational::zero(), BigRational::new(1.into(), 2.into())));
    assert_eq!(im("0x1p-2i"), Value::Complex(BigRational::zero(), BigRational::new(1.into(), 4.into())));
    assert_eq!(im("1"), Value::Unknown);
}

#[test]
fn rune_and_string_literals() {
    let c = |raw| lit(LitKind::Char, raw);
    assert_eq!(c("'a'"), int(97));
    assert_eq!(c(r"'\n'"), int(10));
    assert_eq!(c(r"'\u00e9'"), int(0xE9));
    assert_eq!(c(r"'\xff'"), int(255));
    assert_eq!(c("'é'"), int(0xE9));
    assert_eq!(c("''"), Value::Unknown);
    let s = |raw| lit(LitKind::String, raw);
    assert_eq!(s(r#""\xff""#), string(b"\xff"));
    assert_eq!(s(r#""a\tb""#), string(b"a\tb"));
    assert_eq!(s("\"é\""), string("é".as_bytes()));
    assert_eq!(s("`a\\n`"), string(b"a\\n"));
    assert_eq!(s(r#""\q""#), Value::Unknown);
}

// ---- arithmetic ----------------------------------------------------------------------------

#[test]
fn exact_arithmetic() {
    use BinaryOp::*;
    let x = shift(&int(1), Shl, 100).expect("shift");
    assert_eq!(shift(&x, Shr, 98), Ok(int(4)));
    let sum = op(&f("0.1"), Add, &f("0.2"));
    assert!(compare(&sum, Eql, &f("0.3")));
    assert_eq!(sum, ratio(3, 10));
    let third = op(&int(1), Quo, &f("3.0"));
    assert_eq!(op(&third, Mul, &int(3)), ratio(1, 1));
    assert_eq!(op(&int(2), Sub, &int(5)), int(-3));
    assert_eq!(op(&big("123456789012345678901234567890"), Mul, &int(10)), big("1234567890123456789012345678900"));
    assert_eq!(op(&f("1.5"), Sub, &int(2)), ratio(-1, 2));
}

#[test]
fn division() {
    use BinaryOp::*;
    assert_eq!(op(&int(7), Quo, &int(2)), int(3));
    assert_eq!(op(&int(-7), Quo, &int(2)), int(-3));
    assert_eq!(op(&int(7), Quo, &int(-2)), int(-3));
    assert_eq!(op(&int(-7), Quo, &int(-2)), int(3));
    assert_eq!(op(&f("7.0"), Quo, &int(2)), ratio(7, 2));
    // Without int_div (operands of a float type holding integral values): exact.
    assert_eq!(binary_op(&int(7), Quo, &int(2), false), Ok(ratio(7, 2)));
    assert_eq!(op(&int(7), Rem, &int(2)), int(1));
    assert_eq!(op(&int(-7), Rem, &int(2)), int(-1));
    assert_eq!(op(&int(7), Rem, &int(-2)), int(1));
    assert_eq!(op(&int(-7), Rem, &int(-2)), int(-1));
    assert_eq!(op(&f("7.5"), Rem, &int(2)), Value::Unknown);
}

#[test]
fn division_by_zero() {
    use BinaryOp::*;
    let err = Err(ConstError::DivByZero);
    assert_eq!(binary_op(&int(7), Quo, &int(0), true), err);
    assert_eq!(binary_op(&int(7), Quo, &int(0), false), err);
    assert_eq!(binary_op(&int(7), Rem, &int(0), true), err);
    assert_eq!(binary_op(&f("7.0"), Quo, &int(0), false), err);
    assert_eq!(binary_op(&int(1), Quo, &f("0.0"), false), err);
    assert_eq!(binary_op(&cplx(1, 1), Quo, &cplx(0, 0), false), err);
    assert_eq!(binary_op(&Value::Unknown, Quo, &int(0), true), Ok(Value::Unknown));
    assert!(is_zero(&int(0)) && is_zero(&f("0.0")) && is_zero(&cplx(0, 0)));
    assert!(!is_zero(&Value::Unknown) && !is_zero(&cplx(0, 1)) && !is_zero(&string(b"")));
}

#[test]
fn bitwise() {
    use BinaryOp::*;
    assert_eq!(unary_op(UnaryOp::Xor, &int(-1), 0), int(0));
    assert_eq!(unary_op(UnaryOp::Xor, &int(0), 0), int(-1));
    assert_eq!(unary_op(UnaryOp::Xor, &int(5), 0), int(-6));
    assert_eq!(op(&int(-5), And, &int(3)), int(3));
    assert_eq!(op(&int(-5), Or, &int(3)), int(-5));
    assert_eq!(op(&int(-5), Xor, &int(3)), int(-8));
    assert_eq!(op(&int(-5), AndNot, &int(3)), int(-8));
    assert_eq!(op(&int(5), AndNot, &int(3)), int(4));
    assert_eq!(op(&f("1.0"), And, &int(3)), Value::Unknown);
}

#[test]
fn unsigned_complement() {
    let xor = |v: i64, prec| unary_op(UnaryOp::Xor, &int(v), prec);
    assert_eq!(xor(1, 8), int(254));
    assert_eq!(xor(0, 8), int(255));
    assert_eq!(xor(0, 16), int(0xFFFF));
    assert_eq!(xor(0, 32), int(0xFFFF_FFFF));
    assert_eq!(xor(0, 64), Value::Int(BigInt::from(u64::MAX)));
    assert_eq!(xor(0, u32::MAX), Value::Unknown);
}

#[test]
fn unary() {
    assert_eq!(unary_op(UnaryOp::Neg, &int(5), 0), int(-5));
    assert_eq!(unary_op(UnaryOp::Neg, &f("1.5"), 0), ratio(-3, 2));
    assert_eq!(unary_op(UnaryOp::Neg, &cplx(1, -2), 0), cplx(-1, 2));
    assert_eq!(unary_op(UnaryOp::Pos, &f("1.5"), 0), ratio(3, 2));
    assert_eq!(unary_op(UnaryOp::Not, &Value::Bool(true), 0), Value::Bool(false));
    assert_eq!(unary_op(UnaryOp::Not, &int(1), 0), Value::Unknown);
    assert_eq!(unary_op(UnaryOp::Neg, &string(b"a"), 0), Value::Unknown);
    assert_eq!(unary_op(UnaryOp::Xor, &f("1.0"), 0), Value::Unknown);
    assert_eq!(unary_op(UnaryOp::Neg, &Value::Unknown, 0), Value::Unknown);
}

#[test]
fn complex_arithmetic() {
    use BinaryOp::*;
    assert_eq!(op(&cplx(1, 2), Add, &cplx(3, 4)), cplx(4, 6));
    assert_eq!(op(&cplx(1, 2), Sub, &int(1)), cplx(0, 2));
    assert_eq!(op(&cplx(1, 2), Mul, &cplx(3, 4)), cplx(-5, 10));
    assert_eq!(op(&cplx(-5, 10), Quo, &cplx(3, 4)), cplx(1, 2));
    let i = lit(LitKind::Imag, "1i");
    assert_eq!(op(&i, Mul, &i), cplx(-1, 0));
    assert_eq!(op(&f("1.5"), Add, &i), Value::Complex(BigRational::new(3.into(), 2.into()), BigRational::one()));
}

#[test]
fn bools_and_strings() {
    use BinaryOp::*;
    let (t, fl) = (Value::Bool(true), Value::Bool(false));
    assert_eq!(op(&t, LAnd, &fl), fl);
    assert_eq!(op(&t, LOr, &fl), t);
    assert_eq!(op(&string(b"ab"), Add, &string(b"\xffc")), string(b"ab\xffc"));
    assert_eq!(op(&string(b"ab"), Sub, &string(b"c")), Value::Unknown);
    assert_eq!(op(&string(b"ab"), Add, &int(1)), Value::Unknown);
    assert_eq!(op(&Value::Unknown, Add, &int(1)), Value::Unknown);
    assert_eq!(op(&int(1), Lss, &int(2)), Value::Unknown); // comparisons are compare's
}

#[test]
fn shifts() {
    use BinaryOp::*;
    assert_eq!(shift(&int(1), Shl, 100), Ok(Value::Int(pow2(100))));
    assert_eq!(shift(&int(-5), Shr, 1), Ok(int(-3)));
    assert_eq!(shift(&int(5), Shr, 1), Ok(int(2)));
    assert_eq!(shift(&int(-1), Shr, 1074), Ok(int(-1)));
    assert_eq!(shift(&int(1), Shl, 1074), Ok(Value::Int(pow2(1074))));
    assert_eq!(shift(&int(7), Shl, 0), Ok(int(7)));
    assert_eq!(shift(&int(1), Shl, 1075), Err(ConstError::InvalidShiftCount));
    assert_eq!(shift(&int(1), Shr, 2000), Err(ConstError::InvalidShiftCount));
    assert_eq!(shift(&int(1), Shl, u64::MAX), Err(ConstError::InvalidShiftCount));
    assert_eq!(shift(&Value::Unknown, Shl, 5000), Ok(Value::Unknown));
    assert_eq!(shift(&f("2.0"), Shl, 3), Ok(int(16)));
    assert_eq!(shift(&f("2.5"), Shl, 1), Ok(Value::Unknown));
    assert_eq!(shift(&int(1), Add, 1), Ok(Value::Unknown));
}

#[test]
fn comparisons() {
    use BinaryOp::*;
    let all = [Eql, Neq, Lss, Leq, Gtr, Geq];
    let table = |x: &Value, y: &Value| all.map(|o| compare(x, o, y));
    assert_eq!(table(&int(1), &int(2)), [false, true, true, true, false, false]);
    assert_eq!(table(&int(2), &int(2)), [true, false, false, true, false, true]);
    assert_eq!(table(&f("2.5"), &int(2)), [false, true, false, false, true, true]);
    assert_eq!(table(&int(1), &f("1.0")), [true, false, false, true, false, true]);
    assert_eq!(table(&big("-100000000000000000000000"), &int(0)), [false, true, true, true, false, false]);
    assert_eq!(table(&string(b"a"), &string(b"b")), [false, true, true, true, false, false]);
    assert_eq!(table(&string(b"\xff"), &string(b"a")), [false, true, false, false, true, true]);
    assert_eq!(table(&string(b"ab"), &string(b"ab")), [true, false, false, true, false, true]);
    assert_eq!(table(&cplx(1, 2), &cplx(1, 2)), [true, false, false, false, false, false]);
    assert_eq!(table(&cplx(1, 2), &cplx(1, 3)), [false, true, false, false, false, false]);
    assert_eq!(table(&cplx(1, 0), &int(1)), [true, false, false, false, false, false]);
    assert_eq!(table(&Value::Bool(true), &Value::Bool(true)), [true, false, false, false, false, false]);
    assert_eq!(table(&Value::Bool(true), &Value::Bool(false)), [false, true, false, false, false, false]);
    assert_eq!(table(&Value::Unknown, &int(1)), [false; 6]);
    assert_eq!(table(&string(b"1"), &int(1)), [false; 6]);
    assert!(compare(&op(&f("0.1"), Add, &f("0.2")), Eql, &f("0.3")));
    assert!(!compare(&int(1), Add, &int(1)));
}

// ---- conversions and representability ------------------------------------------------------

#[test]
fn conversions() {
    assert_eq!(to_int(&f("2.0")), Some(int(2)));
    assert_eq!(to_int(&f("2.5")), None);
    assert_eq!(to_int(&cplx(3, 0)), Some(int(3)));
    assert_eq!(to_int(&cplx(3, 1)), None);
    assert_eq!(to_int(&string(b"3")), None);
    assert_eq!(to_int(&Value::Unknown), None);
    assert_eq!(to_float(&int(3)), Some(ratio(3, 1)));
    assert_eq!(to_float(&cplx(3, 0)), Some(ratio(3, 1)));
    assert_eq!(to_float(&cplx(3, 1)), None);
    assert_eq!(to_complex(&int(3)), Some(cplx(3, 0)));
    assert_eq!(to_complex(&cplx(3, 1)), Some(cplx(3, 1)));
    assert_eq!(to_complex(&Value::Bool(true)), None);
}

#[test]
fn representable_integers() {
    use BasicKind::*;
    assert_eq!(representable(&int(127), Int8), Ok(int(127)));
    assert_eq!(representable(&int(128), Int8), Err(Repr::Overflow));
    assert_eq!(representable(&int(-128), Int8), Ok(int(-128)));
    assert_eq!(representable(&int(-129), Int8), Err(Repr::Overflow));
    assert_eq!(representable(&int(255), Uint8), Ok(int(255)));
    assert_eq!(representable(&int(256), Uint8), Err(Repr::Overflow));
    assert_eq!(representable(&int(-1), Uint), Err(Repr::Overflow));
    assert_eq!(representable(&int(65535), Uint16), Ok(int(65535)));
    assert_eq!(representable(&int(-32769), Int16), Err(Repr::Overflow));
    assert_eq!(representable(&int(i64::from(u32::MAX)), Uint32), Ok(int(i64::from(u32::MAX))));
    assert_eq!(representable(&int(i64::from(i32::MIN)), Int32), Ok(int(i64::from(i32::MIN))));
    let u64_max = Value::Int(BigInt::from(u64::MAX));
    assert_eq!(representable(&u64_max, Uint64), Ok(u64_max.clone()));
    assert_eq!(representable(&u64_max, Uintptr), Ok(u64_max.clone()));
    assert_eq!(representable(&u64_max, Int64), Err(Repr::Overflow));
    assert_eq!(representable(&Value::Int(pow2(64)), Uint64), Err(Repr::Overflow));
    assert_eq!(representable(&int(i64::MIN), Int), Ok(int(i64::MIN)));
    assert_eq!(representable(&big("-9223372036854775809"), Int64), Err(Repr::Overflow));
    assert_eq!(representable(&Value::Int(pow2(1000)), UntypedInt), Ok(Value::Int(pow2(1000))));
    assert_eq!(representable(&lit(LitKind::Char, "'a'"), Int), Ok(int(97)));
    assert_eq!(representable(&lit(LitKind::Char, "'a'"), UntypedRune), Ok(int(97)));
}

#[test]
fn representable_floats_as_integers() {
    use BasicKind::*;
    // gc says "(truncated)" whenever a float or complex constant does not fit an integer
    // type, even when its value is integral: 300.0 as int8, 1e100 as int8.
    assert_eq!(representable(&f("0.1"), Int), Err(Repr::Truncated));
    assert_eq!(representable(&f("2.0"), Int), Ok(int(2)));
    assert_eq!(representable(&f("300.0"), Int8), Err(Repr::Truncated));
    assert_eq!(representable(&f("1e100"), Int8), Err(Repr::Truncated));
    assert_eq!(representable(&f("1e100"), UntypedInt), Ok(Value::Int(BigInt::from(10).pow(100))));
    assert_eq!(representable(&cplx(300, 0), Int8), Err(Repr::Truncated));
    assert_eq!(representable(&cplx(1, 0), Int8), Ok(int(1)));
    assert_eq!(representable(&cplx(1, 1), Int), Err(Repr::Truncated));
}

#[test]
fn representable_floats() {
    use BasicKind::*;
    let max32 = f("0x1.fffffep127");
    assert_eq!(representable(&max32, Float32), Ok(max32.clone()));
    // MaxFloat32 as gc prints it is above the exact value but within half an ulp.
    assert_eq!(representable(&f("3.4028235e38"), Float32), Ok(max32.clone()));
    assert_eq!(representable(&f("3.4028236e38"), Float32), Err(Repr::Overflow));
    assert_eq!(representable(&f("1e39"), Float32), Err(Repr::Overflow));
    assert_eq!(representable(&unary_op(UnaryOp::Neg, &f("1e39"), 0), Float32), Err(Repr::Overflow));
    let nearest: BigInt = "999999999999999939709166371603178586112".parse().expect("test integer");
    assert_eq!(representable(&f("1e39"), Float64), Ok(Value::Float(BigRational::from_integer(nearest))));
    assert_eq!(representable(&f("1.7976931348623158e308"), Float64), Ok(f("0x1.fffffffffffffp1023")));
    assert_eq!(representable(&f("1.7976931348623159e308"), Float64), Err(Repr::Overflow));
    assert_eq!(representable(&f("0x1p-1074"), Float64), Ok(f("0x1p-1074")));
    assert_eq!(representable(&f("0x1p-1075"), Float64), Ok(ratio(0, 1))); // tie, to even
    assert_eq!(representable(&f("0x1.8p-1075"), Float64), Ok(f("0x1p-1074")));
    assert_eq!(representable(&f("0x1p-150"), Float32), Ok(ratio(0, 1)));
    assert_eq!(representable(&f("0x1p-149"), Float32), Ok(f("0x1p-149")));
    assert_eq!(representable(&f("0.1"), Float32), Ok(f("0x1.99999ap-4")));
    assert_eq!(representable(&f("0.1"), Float64), Ok(f("0x1.999999999999ap-4")));
    assert_eq!(representable(&f("0.1"), UntypedFloat), Ok(f("0.1")));
    assert_eq!(representable(&int(3), Float64), Ok(ratio(3, 1)));
    assert_eq!(representable(&int(3), UntypedFloat), Ok(ratio(3, 1)));
    assert_eq!(representable(&Value::Int(pow2(2000)), Float64), Err(Repr::Overflow));
    assert_eq!(representable(&cplx(1, 2), Float64), Err(Repr::Overflow));
    assert_eq!(representable(&cplx(1, 0), Float64), Ok(ratio(1, 1)));
}

#[test]
fn representable_complex_and_others() {
    use BasicKind::*;
    assert_eq!(representable(&int(1), Complex128), Ok(cplx(1, 0)));
    assert_eq!(representable(&cplx(1, 2), Complex64), Ok(cplx(1, 2)));
    let big_re = op(&f("1e39"), BinaryOp::Add, &lit(LitKind::Imag, "0i"));
    assert_eq!(representable(&big_re, Complex64), Err(Repr::Overflow));
    assert!(representable(&big_re, Complex128).is_ok());
    assert_eq!(representable(&big_re, UntypedComplex), Ok(big_re.clone()));
    assert_eq!(representable(&Value::Bool(true), Bool), Ok(Value::Bool(true)));
    assert_eq!(representable(&Value::Bool(true), UntypedBool), Ok(Value::Bool(true)));
    assert_eq!(representable(&int(1), Bool), Err(Repr::Invalid));
    assert_eq!(representable(&int(1), String), Err(Repr::Invalid));
    assert_eq!(representable(&string(b"abc"), Int8), Err(Repr::Invalid));
    assert_eq!(representable(&string(b"abc"), String), Ok(string(b"abc")));
    assert_eq!(representable(&string(b"abc"), UntypedString), Ok(string(b"abc")));
    assert_eq!(representable(&string(b"abc"), Float64), Err(Repr::Invalid));
    assert_eq!(representable(&Value::Bool(true), Complex128), Err(Repr::Invalid));
    assert_eq!(representable(&int(0), UntypedNil), Err(Repr::Invalid));
    assert_eq!(representable(&Value::Unknown, Int8), Ok(Value::Unknown));
    assert_eq!(representable(&int(300), Invalid), Ok(int(300)));
}

// ---- machine values ------------------------------------------------------------------------

#[test]
fn machine_integers() {
    assert_eq!(to_i64(&int(i64::MIN)), Some(i64::MIN));
    assert_eq!(to_i64(&big("9223372036854775807")), Some(i64::MAX));
    assert_eq!(to_i64(&big("9223372036854775808")), None);
    assert_eq!(to_u64(&big("18446744073709551615")), Some(u64::MAX));
    assert_eq!(to_u64(&big("18446744073709551616")), None);
    assert_eq!(to_u64(&int(-1)), None);
    assert_eq!(to_i64(&f("2.0")), Some(2));
    assert_eq!(to_i64(&f("2.5")), None);
    assert_eq!(to_i64(&string(b"2")), None);
}

/// A small deterministic generator, so the tests need no dependency and never flake.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Decimal literals whose nearest float64 and float32 Rust's (correctly rounding) parser
/// knows: to_f64 and to_f32 must agree with it exactly, subnormals and overflow included.
#[test]
fn machine_floats_are_correctly_rounded() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut cases: Vec<String> = [
        "0.1",
        "0.3",
        "2.2250738585072011e-308",
        "2.2250738585072014e-308",
        "4.9406564584124654e-324",
        "2.4703282292062328e-324",
        "2.4703282292062327e-324",
        "1.7976931348623158e308",
        "1.7976931348623159e308",
        "9007199254740993",
        "3.4028235e38",
        "3.4028236e38",
        "1.4e-45",
        "7.006492321624085e-46",
        "7.006492321624086e-46",
        "1.1754942e-38",
        "123456789012345678901234567890e-20",
    ]
    .map(String::from)
    .to_vec();
    for _ in 0..2000 {
        let digits: String = (0..1 + rng.below(25)).map(|_| char::from(b'0' + rng.below(10) as u8)).collect();
        let exp = rng.below(700) as i64 - 350;
        cases.push(format!("{digits}e{exp}"));
        let digits: String = (0..1 + rng.below(12)).map(|_| char::from(b'0' + rng.below(10) as u8)).collect();
        let exp = rng.below(110) as i64 - 55;
        cases.push(format!("{digits}e{exp}"));
    }
    for s in &cases {
        let v = f(s);
        let want64: f64 = s.parse().expect("test literal");
        let want32: f32 = s.parse().expect("test literal");
        assert_eq!(to_f64(&v).map(f64::to_bits), Some(want64.to_bits()), "float64 of {s}");
        assert_eq!(to_f32(&v).map(f32::to_bits), Some(want32.to_bits()), "float32 of {s}");
        // Constants have no negative zero, but a tiny negative one rounds to -0.0 (as Go's
        // Float64Val keeps the sign).
        let neg = unary_op(UnaryOp::Neg, &v, 0);
        let want = if is_zero(&v) { 0.0 } else { -want64 };
        assert_eq!(to_f64(&neg).map(f64::to_bits), Some(want.to_bits()), "float64 of -{s}");
    }
}

#[test]
fn machine_floats() {
    // Rounding straight to float32 differs from rounding through float64 here.
    let v = f("0x1.000001000000001p0");
    assert_eq!(to_f32(&v), Some(1.000_000_1_f32));
    assert_eq!(to_f64(&v).map(|x| x as f32), Some(1.0));
    assert_eq!(to_f64(&int(3)), Some(3.0));
    assert_eq!(to_f64(&Value::Int(pow2(2000))), Some(f64::INFINITY));
    assert_eq!(to_f64(&cplx(2, 0)), Some(2.0));
    assert_eq!(to_f64(&cplx(2, 1)), None);
    assert_eq!(to_f64(&string(b"1")), None);
    assert_eq!(to_complex128(&cplx(1, -2)), Some((1.0, -2.0)));
    assert_eq!(to_complex128(&f("0.5")), Some((0.5, 0.0)));
    assert_eq!(to_complex64(&cplx(1, -2)), Some((1.0, -2.0)));
    assert_eq!(to_complex128(&Value::Bool(false)), None);
}

// ---- formatting ----------------------------------------------------------------------------

#[test]
fn format_numbers() {
    use BinaryOp::*;
    assert_eq!(show(&shift(&int(1), Shl, 100).expect("shift")), "1267650600228229401496703205376");
    assert_eq!(show(&int(-42)), "-42");
    let cases = [
        ("1e100", "1e+100"),
        ("0.1", "0.1"),
        ("1.5", "1.5"),
        ("-1.5", "-1.5"),
        ("300.0", "300"),
        ("100000.0", "100000"),
        ("1e6", "1e+06"),
        ("0.0001", "0.0001"),
        ("1e-7", "1e-07"),
        ("0.0", "0"),
        ("1e39", "1e+39"),
        ("123456789012.5", "1.23457e+11"),
        ("1.0000015e6", "1.0000015e+06"),
        ("1234565.0", "1.23456e+06"),
        ("1234575.0", "1.23458e+06"),
        ("3.4028236e38", "3.40282e+38"),
        ("0x1p-1074", "4.94066e-324"),
        ("1e400", "1e+400"),
        ("-1e400", "-1e+400"),
        ("0x1p-1080", "0.771978e-325"),
        ("1e-400", "1e-400"),
        ("1.5e-400", "1.5e-400"),
        ("9.99999e-400", "0.999999e-399"),
        ("1.23456789e-5000", "1.23457e-5000"),
        ("-7.5e3000", "-7.5e+3000"),
    ];
    for (raw, want) in cases {
        let v = if let Some(rest) = raw.strip_prefix('-') { unary_op(UnaryOp::Neg, &f(rest), 0) } else { f(raw) };
        assert_eq!(show(&v), want, "{raw}");
    }
    assert_eq!(show(&op(&int(1), Quo, &f("3.0"))), "0.333333");
    assert_eq!(show(&op(&f("1e6"), Add, &f("1.5"))), "1.0000015e+06");
    assert_eq!(show(&op(&f("1e20"), Add, &f("0.5"))), "1e+20");
    assert_eq!(show(&op(&f("1e400"), Quo, &int(3))), "3.33333e+399");
    assert_eq!(show(&op(&f("0x1p-1074"), Quo, &int(2))), "2.47033e-324");
    assert_eq!(show(&op(&f("1e308"), Mul, &int(10))), "1e+309");
    assert_eq!(show(&op(&Value::Int(pow2(500)), Mul, &f("1.5"))), "4.91009e+150");
    assert_eq!(show(&op(&op(&int(1), Quo, &f("3.0")), Mul, &f("1e-300"))), "3.33333e-301");
}

#[test]
fn format_complex_and_others() {
    use BinaryOp::*;
    let im = |raw| lit(LitKind::Imag, raw);
    assert_eq!(show(&op(&int(300), Add, &im("0i"))), "(300 + 0i)");
    assert_eq!(show(&op(&f("1e6"), Add, &im("1i"))), "(1e+06 + 1i)");
    let neg = |v: &Value| unary_op(UnaryOp::Neg, v, 0);
    assert_eq!(show(&op(&neg(&f("0.5")), Add, &neg(&im("2.5i")))), "(-0.5 + -2.5i)");
    assert_eq!(show(&cplx(1, 2)), "(1 + 2i)");
    assert_eq!(show(&Value::Bool(true)), "true");
    assert_eq!(show(&Value::Unknown), "unknown");
    assert_eq!(Value::Bool(false).to_string(), "false");
}

#[test]
fn format_strings() {
    assert_eq!(show(&string(b"abc")), r#""abc""#);
    assert_eq!(show(&string(b"")), r#""""#);
    assert_eq!(show(&string(b"a\"b\\c")), r#""a\"b\\c""#);
    assert_eq!(show(&string(b"\x07\x08\x0c\n\r\t\x0b\x00\x1f")), r#""\a\b\f\n\r\t\v\x00\x1f""#);
    let s = lit(LitKind::String, r#""\xff\u00e9\u200b\U0001F600\x7f\a""#);
    assert_eq!(show(&s), "\"\\xffé\\u200b😀\\x7f\\a\"");
    let s = lit(LitKind::String, r#""\u00a0\u00ad\ufeff\U000e0001\u2028 x""#);
    assert_eq!(show(&s), r#""\u00a0\u00ad\ufeff\U000e0001\u2028 x""#);
    assert_eq!(show(&string(b"\xe2\x82")), r#""\xe2\x82""#);
    assert_eq!(show(&string("\u{fffd}".as_bytes())), "\"\u{fffd}\"");
    // Cut to 69 characters and "..." past 72, as gc prints long strings.
    let long = string("a".repeat(86).as_bytes());
    assert_eq!(show(&long), format!("\"{}...", "a".repeat(68)));
    let fits = string("a".repeat(70).as_bytes());
    assert_eq!(show(&fits), format!("\"{}\"", "a".repeat(70)));
    let just_over = string("a".repeat(71).as_bytes());
    assert_eq!(show(&just_over), format!("\"{}...", "a".repeat(68)));
    let wide = string("é".repeat(80).as_bytes());
    assert_eq!(show(&wide), format!("\"{}...", "é".repeat(68)));
}

// ---- limits: errors or Unknown, never a panic or a hang ------------------------------------

#[test]
fn limits() {
    use BinaryOp::*;
    // Integer literals and results past INT_LIMIT_BITS.
    assert_eq!(i(&"9".repeat(20_000)), Value::Unknown);
    assert_eq!(i(&format!("0x{}", "f".repeat(20_000))), Value::Unknown);
    let wide = Value::Int(pow2(40_000));
    assert_eq!(op(&wide, Mul, &wide), Value::Unknown);
    assert_eq!(op(&wide, Add, &wide), Value::Int(pow2(40_001)));
    // Repeated squaring of floats ends in Unknown (too large) or 0 (too small).
    let mut x = f("1e300");
    let mut y = f("1e-300");
    for _ in 0..10 {
        x = op(&x, Mul, &x);
        y = op(&y, Mul, &y);
    }
    assert_eq!(x, Value::Unknown);
    assert_eq!(y, ratio(0, 1));
    assert_eq!(op(&x, Add, &int(1)), Value::Unknown);
    // A rational whose parts outgrow EXACT_BITS is rounded to a 512-bit mantissa.
    let p = BigInt::from(3).pow(22_000);
    let near_one = op(&Value::Int(&p + 1), Quo, &Value::Float(BigRational::from_integer(p.clone())));
    assert_eq!(near_one, ratio(1, 1));
    let third = op(&Value::Int(p.clone()), Quo, &Value::Float(BigRational::from_integer(&p * 3 + 1)));
    let Value::Float(r) = &third else { panic!("expected a float, got {third:?}") };
    assert!(r.denom().bits() <= 600 && r.numer().bits() <= 600);
    assert_eq!(show(&third), "0.333333");
    // Out-of-range values convert to nothing rather than to huge integers.
    assert_eq!(to_float(&Value::Int(pow2(40_000))), None);
    assert_eq!(to_f64(&f("1e9800")), Some(f64::INFINITY));
    assert_eq!(show(&f("1e9800")), "1e+9800");
    assert_eq!(show(&f("1e-9800")), "1e-9800");
}

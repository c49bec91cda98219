//! Go's own algorithms for the elementary functions of package `math` whose results differ
//! from the host's libm: Go's programs must print Go's bits, not glibc's.
//!
//! Invariant: each function performs the same IEEE operations in the same order as Go's
//! implementation for linux/amd64 (the oracle's platform), including its use of fused
//! multiply-add where Go's assembly uses it on CPUs that have it.

/// Whether Go's amd64 assembly takes its FMA path (`cpu.X86.HasAVX && cpu.X86.HasFMA`).
fn use_fma() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// `math.Exp` as Go's amd64 assembly computes it: x = k·ln2 + r, a Taylor series for
/// e^(r/16), squared four times, scaled by 2^k.
pub(super) fn exp(x: f64) -> f64 {
    const LOG2E: f64 = 1.442_695_040_888_963_4;
    const LN2U: f64 = 0.693_147_180_559_662_956_511_601_805_686_950_683_593_75;
    const LN2L: f64 = 0.282_352_905_630_315_771_225_884_481_750_134_360_255_254_120_68e-12;
    const OVERFLOW: f64 = 7.097_827_128_933_84e+02;
    // 1/n! for n = 8 down to 2 (then 1), the series' coefficients.
    const T: [f64; 8] = [
        2.480_158_730_158_730_158_7e-5,
        1.984_126_984_126_984_127e-4,
        1.388_888_888_888_888_888_9e-3,
        8.333_333_333_333_333_333_3e-3,
        4.166_666_666_666_666_666_7e-2,
        1.666_666_666_666_666_666_7e-1,
        0.5,
        1.0,
    ];
    if !x.is_finite() {
        return if x == f64::NEG_INFINITY { 0.0 } else { x };
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    // CVTSD2SL: round to nearest even; out of range gives i32::MIN, as `as` saturates to.
    let k = (LOG2E * x).round_ties_even() as i32;
    let kf = k as f64;
    let fma = use_fma();
    let mut r = x;
    let mut p;
    if fma {
        r = (-LN2U).mul_add(kf, r);
        r = (-LN2L).mul_add(kf, r);
        r *= 0.0625;
        p = T[0];
        for &t in &T[1..] {
            p = p.mul_add(r, t);
        }
    } else {
        r -= LN2U * kf;
        r -= LN2L * kf;
        r *= 0.0625;
        p = T[0];
        for &t in &T[1..] {
            p = p * r + t;
        }
    }
    // r·p is e^(r/16) - 1; (e-1)(e+1) = e²-1, four times.
    r *= p;
    for i in 0..4 {
        let q = r + 2.0;
        if fma && i == 3 {
            r = r.mul_add(q, 1.0);
        } else {
            r *= q;
        }
    }
    if !fma {
        r += 1.0;
    }
    ldexp_asm(r, k)
}

/// The scaling by 2^k at the end of Go's amd64 `Exp`.
fn ldexp_asm(r: f64, k: i32) -> f64 {
    let mut e = k.wrapping_add(0x3ff);
    let mut r = r;
    if e <= 0 {
        if e < -52 {
            return 0.0;
        }
        e += 0x3fe;
        r *= f64::from_bits((e as u64) << 52);
        e = 1;
    } else if e >= 0x7ff {
        return f64::INFINITY;
    }
    r * f64::from_bits((e as u64) << 52)
}

/// `math.Log` as Go's amd64 assembly computes it (FreeBSD's e_log.c algorithm, but the
/// exponent is read from the bits without normalizing subnormals first).
pub(super) fn log(x: f64) -> f64 {
    const HSQRT2: f64 = 7.071_067_811_865_475_244_01e-01;
    const LN2HI: f64 = 6.931_471_803_691_238_164_90e-01;
    const LN2LO: f64 = 1.908_214_929_270_587_700_02e-10;
    const L: [f64; 7] = [
        6.666_666_666_666_735_130e-01,
        3.999_999_999_940_941_908e-01,
        2.857_142_874_366_239_149e-01,
        2.222_219_843_214_978_396e-01,
        1.818_357_216_161_805_012e-01,
        1.531_383_769_920_937_332e-01,
        1.479_819_860_511_658_591e-01,
    ];
    let bits = x.to_bits();
    if bits & !(1 << 63) == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return f64::from_bits(0x7FF8_0000_0000_0001);
    }
    if bits >= 0x7FF0_0000_0000_0000 {
        return x;
    }
    let mut f1 = f64::from_bits(bits & 0x000F_FFFF_FFFF_FFFF | 0.5f64.to_bits());
    let mut k = (((bits >> 52) & 0x7ff) as i32 - 0x3fe) as f64;
    if f1 < HSQRT2 {
        k -= 1.0;
        f1 *= 2.0;
    } else {
        f1 *= 1.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (L[0] + s4 * (L[2] + s4 * (L[4] + s4 * L[6])));
    let t2 = s4 * (L[1] + s4 * (L[3] + s4 * L[5]));
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * LN2HI - ((hfsq - (s * (hfsq + r) + k * LN2LO)) - f)
}

/// Coefficients of Cephes' sin and cos polynomials on [-π/4, π/4], highest degree first.
const SIN: [f64; 6] = [
    1.589_623_015_765_465_680_60e-10,
    -2.505_074_776_285_780_728_66e-8,
    2.755_731_362_138_572_452_13e-6,
    -1.984_126_982_958_953_859_96e-4,
    8.333_333_333_322_118_588_78e-3,
    -1.666_666_666_666_663_072_95e-1,
];
const COS: [f64; 6] = [
    -1.135_853_652_138_768_173_00e-11,
    2.087_570_084_197_473_167_78e-9,
    -2.755_731_417_929_673_881_12e-7,
    2.480_158_728_885_170_453_48e-5,
    -1.388_888_888_887_305_641_16e-3,
    4.166_666_666_666_659_292_18e-2,
];

fn sin_poly(z: f64) -> f64 {
    let zz = z * z;
    z + z * zz * ((((((SIN[0] * zz) + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5])
}

fn cos_poly(z: f64) -> f64 {
    let zz = z * z;
    1.0 - 0.5 * zz + zz * zz * ((((((COS[0] * zz) + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5])
}

/// x ≥ 0 reduced as Go's sin.go does: the octant j (even, 0..6) and z = x - j·π/4.
fn reduce(x: f64) -> (u64, f64) {
    // π/4 in three parts, so that y·PI4A and y·PI4B are exact.
    const PI4A: f64 = 7.853_981_256_484_985_351_56e-1;
    const PI4B: f64 = 3.774_894_707_930_798_176_68e-8;
    const PI4C: f64 = 2.695_151_429_079_059_526_45e-15;
    if x >= (1u64 << 29) as f64 {
        return trig_reduce(x);
    }
    let four_over_pi = std::f64::consts::FRAC_2_PI * 2.0;
    let mut j = (x * four_over_pi) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    j &= 7;
    (j, ((x - y * PI4A) - y * PI4B) - y * PI4C)
}

/// Payne–Hanek reduction for huge x, after Go's trig_reduce.go: multiply by the bits of
/// 4/π that matter for x's exponent.
fn trig_reduce(x: f64) -> (u64, f64) {
    /// The bits of 4/π, 64 to a word.
    const M_PI4: [u64; 20] = [
        0x0000000000000001,
        0x45f306dc9c882a53,
        0xf84eafa3ea69bb81,
        0xb6c52b3278872083,
        0xfca2c757bd778ac3,
        0x6e48dc74849ba5c0,
        0x0c925dd413a32439,
        0xfc3bd63962534e7d,
        0xd1046bea5d768909,
        0xd338e04d68befc82,
        0x7323ac7306a673e9,
        0x3908bf177bf25076,
        0x3ff12fffbc0b301f,
        0xde5e2316b414da3e,
        0xda6cfd9e4f96136e,
        0x9e8c7ecd3cbfd45a,
        0xea4f758fd7cbe2f6,
        0x7a0e73ef14a525d4,
        0xd7f6bf623f1aba10,
        0xac06608df8f6d757,
    ];
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1023 - 52;
    let ix = (bits & 0x000F_FFFF_FFFF_FFFF) | 1 << 52;
    let (digit, shift) = (((exp + 61) / 64) as usize, ((exp + 61) % 64) as u32);
    // Words shifted left by `shift`, the bits shifted out coming from the next word
    // (Go's shift by 64 yields 0).
    let word = |i: usize| -> u64 {
        let hi = M_PI4[i].checked_shl(shift).unwrap_or(0);
        let lo = M_PI4[i + 1].checked_shr(64 - shift).unwrap_or(0);
        hi | lo
    };
    let (z0, z1, z2) = (word(digit), word(digit + 1), word(digit + 2));
    let z2hi = ((z2 as u128 * ix as u128) >> 64) as u64;
    let p1 = z1 as u128 * ix as u128;
    let (z1hi, z1lo) = ((p1 >> 64) as u64, p1 as u64);
    let z0lo = z0.wrapping_mul(ix);
    let (lo, carry) = z1lo.overflowing_add(z2hi);
    let hi = z0lo.wrapping_add(z1hi).wrapping_add(carry as u64);
    let mut j = hi >> 61;
    let hi = hi << 3 | lo >> 61;
    let lz = hi.leading_zeros();
    let e = (1023 - (lz as u64 + 1)) as u64;
    let mut hi = hi.checked_shl(lz + 1).unwrap_or(0) | lo.checked_shr(64 - (lz + 1)).unwrap_or(0);
    hi >>= 64 - 52;
    hi |= e << 52;
    let mut z = f64::from_bits(hi);
    if j & 1 == 1 {
        j += 1;
        j &= 7;
        z -= 1.0;
    }
    (j, z * std::f64::consts::FRAC_PI_4)
}

/// Go's NaN, which `math.NaN()` returns and Sin/Cos give for ±Inf.
const GO_NAN: u64 = 0x7FF8_0000_0000_0001;

/// `math.Sin` as Go computes it (Cephes' sin.c, Payne–Hanek above 2^29).
pub(super) fn sin(x: f64) -> f64 {
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return f64::from_bits(GO_NAN);
    }
    let (mut j, z) = reduce(x.abs());
    let mut neg = x < 0.0;
    if j > 3 {
        neg = !neg;
        j -= 4;
    }
    let y = if j == 1 || j == 2 { cos_poly(z) } else { sin_poly(z) };
    if neg {
        -y
    } else {
        y
    }
}

/// `math.Cos` as Go computes it.
pub(super) fn cos(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::from_bits(GO_NAN);
    }
    let (mut j, z) = reduce(x.abs());
    let mut neg = false;
    if j > 3 {
        j -= 4;
        neg = !neg;
    }
    if j > 1 {
        neg = !neg;
    }
    let y = if j == 1 || j == 2 { sin_poly(z) } else { cos_poly(z) };
    if neg {
        -y
    } else {
        y
    }
}

/// Go's `normalize`: a subnormal x scaled into the normal range, and the exponent taken.
fn normalize(x: f64) -> (f64, i64) {
    if x.abs() < f64::MIN_POSITIVE {
        return (x * (1u64 << 52) as f64, -52);
    }
    (x, 0)
}

/// Go's `math.Frexp`.
fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let (f, e) = normalize(f);
    let bits = f.to_bits();
    let exp = e + ((bits >> 52) & 0x7ff) as i64 - 1023 + 1;
    (f64::from_bits(bits & !(0x7ff << 52) | (1022 << 52)), exp)
}

/// Go's `math.Ldexp`.
fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || !frac.is_finite() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let bits = frac.to_bits();
    let mut exp = exp + e + ((bits >> 52) & 0x7ff) as i64 - 1023;
    if exp < -1075 {
        return 0f64.copysign(frac);
    }
    if exp > 1023 {
        return if frac < 0.0 { f64::NEG_INFINITY } else { f64::INFINITY };
    }
    let mut m = 1.0;
    if exp < -1022 {
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    m * f64::from_bits(bits & !(0x7ff << 52) | ((exp + 1023) as u64) << 52)
}

fn is_odd_int(x: f64) -> bool {
    if x.abs() >= (1u64 << 53) as f64 {
        return false; // every float this large is even
    }
    x.trunc() == x && (x as i64) & 1 == 1
}

/// `math.Pow` as Go computes it: the special cases Go documents, then repeated squaring
/// of Frexp's fraction for the integer part of y and Exp(yf·Log(x)) for the rest.
pub(super) fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return f64::from_bits(GO_NAN);
    }
    if x == 0.0 {
        let odd = x.is_sign_negative() && is_odd_int(y);
        return if y < 0.0 {
            if odd {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            }
        } else if odd {
            x
        } else {
            0.0
        };
    }
    if y.is_infinite() {
        return if x == -1.0 {
            1.0
        } else if (x.abs() < 1.0) == (y > 0.0) {
            0.0
        } else {
            f64::INFINITY
        };
    }
    if x.is_infinite() {
        if x < 0.0 {
            return pow(1.0 / x, -y); // Pow(-0, -y)
        }
        return if y < 0.0 { 0.0 } else { f64::INFINITY };
    }
    if y == 0.5 {
        return x.sqrt();
    }
    if y == -0.5 {
        return 1.0 / x.sqrt();
    }
    let ay = y.abs();
    let (mut yi, mut yf) = (ay.trunc(), ay - ay.trunc());
    if yf != 0.0 && x < 0.0 {
        return f64::from_bits(GO_NAN);
    }
    if yi >= 9.223_372_036_854_775_808e18 {
        return if x == -1.0 {
            1.0
        } else if (x.abs() < 1.0) == (y > 0.0) {
            0.0
        } else {
            f64::INFINITY
        };
    }
    let mut a1 = 1.0;
    let mut ae: i64 = 0;
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = exp(yf * log(x));
    }
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

/// `math.Log10` as Go computes it: Log(x) · (1/ln 10).
pub(super) fn log10(x: f64) -> f64 {
    log(x) * std::f64::consts::LOG10_E
}

/// `math.Log2` as Go computes it: exact for powers of two, else Log(frac)/ln 2 + exp.
pub(super) fn log2(x: f64) -> f64 {
    let (frac, exp) = frexp(x);
    if frac == 0.5 {
        return (exp - 1) as f64;
    }
    log(frac) * std::f64::consts::LOG2_E + exp as f64
}

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

/// Go's `NaN()`, the result of a function outside its domain.
fn go_nan() -> f64 {
    f64::from_bits(GO_NAN)
}

/// Go's `if x < 0 { x = -x; sign = true }`: unlike `abs`, it keeps -0 as it is.
fn split_sign(x: f64) -> (f64, bool) {
    if x < 0.0 {
        (-x, true)
    } else {
        (x, false)
    }
}

/// `math.Tan` as Go computes it (Cephes' tan.c, the reduction Sin uses).
pub(super) fn tan(x: f64) -> f64 {
    const P: [f64; 3] =
        [-1.309_369_391_813_837_776_46e4, 1.153_516_648_385_874_161_40e6, -1.795_652_519_764_848_779_88e7];
    const Q: [f64; 4] = [
        1.368_129_634_706_929_546_78e4,
        -1.320_892_344_402_109_674_47e6,
        2.500_838_018_233_579_158_39e7,
        -5.386_957_559_294_546_298_81e7,
    ];
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return go_nan();
    }
    // `reduce` masks j to 0..7 for small x too; only bit 1 of j matters here.
    let (j, z) = reduce(x.abs());
    let zz = z * z;
    let mut y = if zz > 1e-14 {
        z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) / ((((zz + Q[0]) * zz + Q[1]) * zz + Q[2]) * zz + Q[3]))
    } else {
        z
    };
    if j & 2 == 2 {
        y = -1.0 / y;
    }
    if x < 0.0 {
        -y
    } else {
        y
    }
}

/// Cephes' rational approximation of atan on [0, 0.66].
fn xatan(x: f64) -> f64 {
    const P: [f64; 5] = [
        -8.750_608_600_031_904_122_785e-01,
        -1.615_753_718_733_365_076_637e+01,
        -7.500_855_792_314_704_667_340e+01,
        -1.228_866_684_490_136_173_410e+02,
        -6.485_021_904_942_025_371_773e+01,
    ];
    const Q: [f64; 5] = [
        2.485_846_490_142_306_297_962e+01,
        1.650_270_098_316_988_542_046e+02,
        4.328_810_604_912_902_668_951e+02,
        4.853_903_996_359_136_964_868e+02,
        1.945_506_571_482_613_964_425e+02,
    ];
    let z = x * x;
    let z = z * ((((P[0] * z + P[1]) * z + P[2]) * z + P[3]) * z + P[4])
        / (((((z + Q[0]) * z + Q[1]) * z + Q[2]) * z + Q[3]) * z + Q[4]);
    x * z + x
}

/// atan of x ≥ 0, reduced to [0, 0.66] as Go's satan does.
fn satan(x: f64) -> f64 {
    const MOREBITS: f64 = 6.123_233_995_736_765_886_130e-17; // π/2 = FRAC_PI_2 + MOREBITS
    const TAN3PIO8: f64 = 2.414_213_562_373_095_048_80;
    use std::f64::consts::{FRAC_PI_2, FRAC_PI_4};
    if x <= 0.66 {
        return xatan(x);
    }
    if x > TAN3PIO8 {
        return FRAC_PI_2 - xatan(1.0 / x) + MOREBITS;
    }
    FRAC_PI_4 + xatan((x - 1.0) / (x + 1.0)) + 0.5 * MOREBITS
}

/// `math.Atan` as Go computes it.
pub(super) fn atan(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    if x > 0.0 {
        return satan(x);
    }
    -satan(-x)
}

/// `math.Atan2` as Go computes it: its special cases, then Atan(y/x) moved to x's half-plane.
pub(super) fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI};
    /// 3π/4 rounded once, as Go's constant expression 3*Pi/4.
    const PI3_4: f64 = 2.356_194_490_192_344_928_846_982_537_459_627_163;
    if y.is_nan() || x.is_nan() {
        return go_nan();
    }
    if y == 0.0 {
        if x >= 0.0 && !x.is_sign_negative() {
            return 0f64.copysign(y);
        }
        return PI.copysign(y);
    }
    if x == 0.0 {
        return FRAC_PI_2.copysign(y);
    }
    if x.is_infinite() {
        return match (x > 0.0, y.is_infinite()) {
            (true, true) => FRAC_PI_4.copysign(y),
            (true, false) => 0f64.copysign(y),
            (false, true) => PI3_4.copysign(y),
            (false, false) => PI.copysign(y),
        };
    }
    if y.is_infinite() {
        return FRAC_PI_2.copysign(y);
    }
    let q = atan(y / x);
    if x < 0.0 {
        if q <= 0.0 {
            return q + PI;
        }
        return q - PI;
    }
    q
}

/// `math.Asin` as Go computes it, through satan.
pub(super) fn asin(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    let (ax, sign) = split_sign(x);
    if ax > 1.0 {
        return go_nan();
    }
    let mut temp = (1.0 - ax * ax).sqrt();
    temp = if ax > 0.7 { std::f64::consts::FRAC_PI_2 - satan(temp / ax) } else { satan(ax / temp) };
    if sign {
        -temp
    } else {
        temp
    }
}

/// `math.Acos`: π/2 - Asin(x).
pub(super) fn acos(x: f64) -> f64 {
    std::f64::consts::FRAC_PI_2 - asin(x)
}

/// `math.Sinh` as Go computes it: a rational series below 0.5, else from Exp.
pub(super) fn sinh(x: f64) -> f64 {
    const P: [f64; 4] = [
        -0.630_767_364_049_771_699_118_478_725_1e+6,
        -0.899_127_202_203_950_935_539_801_351_1e+5,
        -0.289_421_135_598_956_380_728_466_036_6e+4,
        -0.263_056_321_339_749_706_281_948_9e+2,
    ];
    const Q: [f64; 3] = [
        -0.630_767_364_049_771_699_121_207_727_7e+6,
        0.152_151_737_879_001_907_069_648_517_6e+5,
        -0.173_678_953_558_233_699_533_450_911e+3,
    ];
    let (ax, sign) = split_sign(x);
    let temp = if ax > 21.0 {
        exp(ax) * 0.5
    } else if ax > 0.5 {
        let ex = exp(ax);
        (ex - 1.0 / ex) * 0.5
    } else {
        let sq = ax * ax;
        let t = (((P[3] * sq + P[2]) * sq + P[1]) * sq + P[0]) * ax;
        t / (((sq + Q[2]) * sq + Q[1]) * sq + Q[0])
    };
    if sign {
        -temp
    } else {
        temp
    }
}

/// `math.Cosh` as Go computes it, from Exp.
pub(super) fn cosh(x: f64) -> f64 {
    let x = x.abs();
    if x > 21.0 {
        return exp(x) * 0.5;
    }
    let ex = exp(x);
    (ex + 1.0 / ex) * 0.5
}

/// `math.Tanh` as Go computes it: a rational function below 0.625, else from Exp.
pub(super) fn tanh(x: f64) -> f64 {
    const P: [f64; 3] =
        [-9.643_991_794_250_522_386_28e-1, -9.928_772_310_019_185_865_64e1, -1.614_687_684_417_084_479_52e3];
    const Q: [f64; 3] =
        [1.128_116_784_916_329_314_02e2, 2.235_488_390_601_004_485_83e3, 4.844_063_053_251_254_860_48e3];
    const MAXLOG: f64 = 8.802_969_193_111_305_429_598_8e+01; // log(2**127)
    let z = x.abs();
    if z > 0.5 * MAXLOG {
        return if x < 0.0 { -1.0 } else { 1.0 };
    }
    if z >= 0.625 {
        let s = exp(2.0 * z);
        let z = 1.0 - 2.0 / (s + 1.0);
        return if x < 0.0 { -z } else { z };
    }
    if x == 0.0 {
        return x;
    }
    let s = x * x;
    x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2])
}

/// `math.Cbrt` as Go computes it (FreeBSD's s_cbrt.c): a bit-level estimate, then
/// polynomial and Newton refinement.
pub(super) fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715_094_163;
    const B2: u64 = 696_219_795;
    const C: f64 = 5.428_571_428_571_428_159_06e-01;
    const D: f64 = -7.053_061_224_489_796_110_50e-01;
    const E: f64 = 1.414_285_714_285_714_368_19e+00;
    const F: f64 = 1.607_142_857_142_857_206_30e+00;
    const G: f64 = 3.571_428_571_428_571_507_87e-01;
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let ax = x.abs();
    let mut t = f64::from_bits(ax.to_bits() / 3 + (B1 << 32));
    if ax < f64::MIN_POSITIVE {
        t = (1u64 << 54) as f64 * ax;
        t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
    }
    let mut r = t * t / ax;
    let mut s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = f64::from_bits((t.to_bits() & (0xF_FFFF_FFFC << 28)).wrapping_add(1 << 30));
    s = t * t;
    r = ax / s;
    let w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    if x < 0.0 {
        -t
    } else {
        t
    }
}

/// `math.Exp2` as Go computes it: 2^k · e^(t·ln2) for the nearest integer k.
pub(super) fn exp2(x: f64) -> f64 {
    const LN2HI: f64 = 6.931_471_803_691_238_164_90e-01;
    const LN2LO: f64 = 1.908_214_929_270_587_700_02e-10;
    if x.is_nan() {
        return x;
    }
    if x > 1.023_999_999_999_999_9e+03 {
        return f64::INFINITY;
    }
    if x < -1.074e+03 {
        return 0.0;
    }
    let k = if x > 0.0 {
        (x + 0.5) as i64
    } else if x < 0.0 {
        (x - 0.5) as i64
    } else {
        0
    };
    let t = x - k as f64;
    expmulti(t * LN2HI, -t * LN2LO, k)
}

/// e^r · 2^k for r = hi - lo, |r| ≤ ln2/2 (Go's expmulti).
fn expmulti(hi: f64, lo: f64, k: i64) -> f64 {
    const P1: f64 = 1.666_666_666_666_666_574_15e-01;
    const P2: f64 = -2.777_777_777_701_559_338_42e-03;
    const P3: f64 = 6.613_756_321_437_934_361_17e-05;
    const P4: f64 = -1.653_390_220_546_525_153_90e-06;
    const P5: f64 = 4.138_136_797_057_238_460_39e-08;
    let r = hi - lo;
    let t = r * r;
    let c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    ldexp(y, k)
}

const LN2HI: f64 = 6.931_471_803_691_238_164_90e-01;
const LN2LO: f64 = 1.908_214_929_270_587_700_02e-10;

/// `math.Log1p` as Go computes it (FreeBSD's s_log1p.c).
pub(super) fn log1p(x: f64) -> f64 {
    const SQRT2M1: f64 = 4.142_135_623_730_950_488_017e-01;
    const SQRT2HALFM1: f64 = -2.928_932_188_134_524_755_992e-01;
    const SMALL: f64 = 1.0 / (1u64 << 29) as f64;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const TWO53: f64 = (1u64 << 53) as f64;
    const LP: [f64; 7] = [
        6.666_666_666_666_735_130e-01,
        3.999_999_999_940_941_908e-01,
        2.857_142_874_366_239_149e-01,
        2.222_219_843_214_978_396e-01,
        1.818_357_216_161_805_012e-01,
        1.531_383_769_920_937_332e-01,
        1.479_819_860_511_658_591e-01,
    ];
    if x < -1.0 || x.is_nan() {
        return go_nan();
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    if x == f64::INFINITY {
        return f64::INFINITY;
    }
    let absx = x.abs();
    let mut f = 0.0;
    let mut iu: u64 = 0;
    let mut k: i64 = 1;
    if absx < SQRT2M1 {
        if absx < SMALL {
            if absx < TINY {
                return x;
            }
            return x - x * x * 0.5;
        }
        if x > SQRT2HALFM1 {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    let mut c = 0.0;
    if k != 0 {
        let mut u;
        if absx < TWO53 {
            u = 1.0 + x;
            iu = u.to_bits();
            k = (iu >> 52) as i64 - 1023;
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            iu = u.to_bits();
            k = (iu >> 52) as i64 - 1023;
            c = 0.0;
        }
        iu &= 0x000F_FFFF_FFFF_FFFF;
        if iu < 0x0006_A09E_667F_3BCD {
            u = f64::from_bits(iu | 0x3FF0_0000_0000_0000);
        } else {
            k += 1;
            u = f64::from_bits(iu | 0x3FE0_0000_0000_0000);
            iu = (0x0010_0000_0000_0000 - iu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = 0.5 * f * f;
    let kf = k as f64;
    if iu == 0 {
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c += kf * LN2LO;
            return kf * LN2HI + c;
        }
        let r = hfsq * (1.0 - 0.666_666_666_666_666_66 * f);
        if k == 0 {
            return f - r;
        }
        return kf * LN2HI - ((r - (kf * LN2LO + c)) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * (LP[0] + z * (LP[1] + z * (LP[2] + z * (LP[3] + z * (LP[4] + z * (LP[5] + z * LP[6]))))));
    if k == 0 {
        return f - (hfsq - s * (hfsq + r));
    }
    kf * LN2HI - ((hfsq - (s * (hfsq + r) + (kf * LN2LO + c))) - f)
}

/// `math.Expm1` as Go computes it (FreeBSD's s_expm1.c).
pub(super) fn expm1(x: f64) -> f64 {
    const OTHRESHOLD: f64 = 7.097_827_128_933_839_730_96e+02;
    const LN2X56: f64 = 3.881_624_211_135_693_732_74e+01;
    const LN2HALFX3: f64 = 1.039_720_770_839_917_964_13e+00;
    const LN2HALF: f64 = 3.465_735_902_799_726_547_09e-01;
    const INVLN2: f64 = 1.442_695_040_888_963_387_00e+00;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const Q: [f64; 5] = [
        -3.333_333_333_333_313_164_28e-02,
        1.587_301_587_254_814_601_65e-03,
        -7.936_507_578_674_879_424_73e-05,
        4.008_217_827_329_362_395_52e-06,
        -2.010_992_181_836_243_713_26e-07,
    ];
    if x == f64::INFINITY || x.is_nan() {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return -1.0;
    }
    let sign = x < 0.0;
    let absx = x.abs();
    if absx >= LN2X56 {
        if sign {
            return -1.0;
        }
        if absx >= OTHRESHOLD {
            return f64::INFINITY;
        }
    }
    let mut x = x;
    let mut c = 0.0;
    let k: i64;
    if absx > LN2HALF {
        let (hi, lo);
        if absx < LN2HALFX3 {
            if !sign {
                hi = x - LN2HI;
                lo = LN2LO;
                k = 1;
            } else {
                hi = x + LN2HI;
                lo = -LN2LO;
                k = -1;
            }
        } else {
            k = if !sign { (INVLN2 * x + 0.5) as i64 } else { (INVLN2 * x - 0.5) as i64 };
            let t = k as f64;
            hi = x - t * LN2HI;
            lo = t * LN2LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if absx < TINY {
        return x;
    } else {
        k = 0;
    }
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let r1 = 1.0 + hxs * (Q[0] + hxs * (Q[1] + hxs * (Q[2] + hxs * (Q[3] + hxs * Q[4]))));
    let t = 3.0 - r1 * hfx;
    let mut e = hxs * ((r1 - t) / (6.0 - x * t));
    if k == 0 {
        return x - (x * e - hxs);
    }
    e = x * (e - c) - c;
    e -= hxs;
    // Adds k to y's exponent.
    let scale = |y: f64| f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52));
    if k == -1 {
        return 0.5 * (x - e) - 0.5;
    }
    if k == 1 {
        if x < -0.25 {
            return -2.0 * (e - (x + 0.5));
        }
        return 1.0 + 2.0 * (x - e);
    }
    if k <= -2 || k > 56 {
        return scale(1.0 - (e - x)) - 1.0;
    }
    if k < 20 {
        let t = f64::from_bits(0x3FF0_0000_0000_0000 - (0x0020_0000_0000_0000 >> k));
        return scale(t - (e - x));
    }
    let t = f64::from_bits(((0x3ff - k) as u64) << 52);
    let y = x - (e + t) + 1.0;
    scale(y)
}

/// `math.Asinh` as Go computes it.
pub(super) fn asinh(x: f64) -> f64 {
    const LN2: f64 = 6.931_471_805_599_452_862_27e-01;
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    const LARGE: f64 = (1u64 << 28) as f64;
    if !x.is_finite() {
        return x;
    }
    let (ax, sign) = split_sign(x);
    let temp = if ax > LARGE {
        log(ax) + LN2
    } else if ax > 2.0 {
        log(2.0 * ax + 1.0 / ((ax * ax + 1.0).sqrt() + ax))
    } else if ax < NEAR_ZERO {
        ax
    } else {
        log1p(ax + ax * ax / (1.0 + (1.0 + ax * ax).sqrt()))
    };
    if sign {
        -temp
    } else {
        temp
    }
}

/// `math.Acosh` as Go computes it.
pub(super) fn acosh(x: f64) -> f64 {
    const LARGE: f64 = (1u64 << 28) as f64;
    if x < 1.0 || x.is_nan() {
        return go_nan();
    }
    if x == 1.0 {
        return 0.0;
    }
    if x >= LARGE {
        return log(x) + std::f64::consts::LN_2;
    }
    if x > 2.0 {
        return log(2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt()));
    }
    let t = x - 1.0;
    log1p(t + (2.0 * t + t * t).sqrt())
}

/// `math.Atanh` as Go computes it.
pub(super) fn atanh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    if x < -1.0 || x > 1.0 || x.is_nan() {
        return go_nan();
    }
    if x == 1.0 {
        return f64::INFINITY;
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    let (ax, sign) = split_sign(x);
    let temp = if ax < NEAR_ZERO {
        ax
    } else if ax < 0.5 {
        let t = ax + ax;
        0.5 * log1p(t + t * ax / (1.0 - ax))
    } else {
        0.5 * log1p((ax + ax) / (1.0 - ax))
    };
    if sign {
        -temp
    } else {
        temp
    }
}

/// `math.Hypot` as Go's amd64 assembly computes it: max · √(1 + (min/max)²).
pub(super) fn hypot(p: f64, q: f64) -> f64 {
    let (p, q) = (p.abs(), q.abs());
    if !p.is_finite() || !q.is_finite() {
        return if p.is_infinite() || q.is_infinite() { f64::INFINITY } else { go_nan() };
    }
    if p == 0.0 && q == 0.0 {
        return 0.0;
    }
    let (big, small) = if p >= q { (p, q) } else { (q, p) };
    let r = small / big;
    big * (1.0 + r * r).sqrt()
}

//! Complex arithmetic as Go compiles it: `+ - *` part by part in float64, rounded to the kind,
//! `/` by the runtime's `complex128div` (Smith's algorithm with C99's fix-ups for
//! infinities and zeros), also for complex64, whose quotient is then rounded.

/// A complex value as its two parts (a complex64's parts are float32 values held as f64).
pub type Complex = (f64, f64);

/// Rounds both parts to float32 when `c64`.
#[inline]
pub fn round(c: Complex, c64: bool) -> Complex {
    if c64 {
        (c.0 as f32 as f64, c.1 as f32 as f64)
    } else {
        c
    }
}

pub fn add((a, b): Complex, (c, d): Complex, c64: bool) -> Complex {
    round((a + c, b + d), c64)
}

pub fn sub((a, b): Complex, (c, d): Complex, c64: bool) -> Complex {
    round((a - c, b - d), c64)
}

pub fn mul((a, b): Complex, (c, d): Complex, c64: bool) -> Complex {
    // Go computes a complex64 product in float64 too (less cancellation), then rounds.
    round((a * c - b * d, a * d + b * c), c64)
}

pub fn div(n: Complex, m: Complex, c64: bool) -> Complex {
    round(div128(n, m), c64)
}

/// `inf2one` of Go's runtime: ±1 for an infinity, ±0 otherwise, with `f`'s sign.
fn inf2one(f: f64) -> f64 {
    let g: f64 = if f.is_infinite() { 1.0 } else { 0.0 };
    g.copysign(f)
}

/// Go's `runtime.complex128div`.
fn div128((nr, ni): Complex, (mr, mi): Complex) -> Complex {
    let (mut e, mut f);
    if mr.abs() >= mi.abs() {
        let ratio = mi / mr;
        let denom = mr + ratio * mi;
        e = (nr + ni * ratio) / denom;
        f = (ni - nr * ratio) / denom;
    } else {
        let ratio = mr / mi;
        let denom = mi + ratio * mr;
        e = (nr * ratio + ni) / denom;
        f = (ni * ratio - nr) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let (mut a, mut b) = (nr, ni);
        let (mut c, mut d) = (mr, mi);
        let inf = f64::INFINITY;
        if mr == 0.0 && mi == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            a = inf2one(a);
            b = inf2one(b);
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            c = inf2one(c);
            d = inf2one(d);
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    (e, f)
}

//! Discrete variates: NumPy's `random_poisson` (multiplication for lam < 10, Hörmann's PTRS
//! above), `random_binomial` (inversion when min(p, 1-p)·n ≤ 30, Kachitvichyanukul &
//! Schmeiser's BTPE above), `random_geometric` (search for p ≥ 1/3, inversion below) and the
//! `random_loggam` they need (distributions.c).

use super::exponential::random_standard_exponential;
use crate::common::RawBits;

/// C's `(int64_t)floor(x)` as NumPy's x86-64 build runs it (`cvttsd2si`): NaN and values
/// outside the int64 range give `i64::MIN`, where Rust's `as` would saturate. Out-of-range
/// values come from BTPE's tails at v = 0 (rejected either way) and from PTRS when U is within
/// about 1e-11 of 0.5 for a huge lam; NumPy then rejects k as negative, whereas a saturated
/// `i64::MAX` could pass PTRS's final test when V = 0.
#[inline(always)]
fn c_double_to_i64(x: f64) -> i64 {
    let x = x.floor();
    if (i64::MIN as f64..-(i64::MIN as f64)).contains(&x) {
        x as i64
    } else {
        i64::MIN
    }
}

/// `random_loggam`: log Γ(x) for x > 0 by the SPECFUN series (Zhang & Jin), shifting x < 7 up
/// to 7 and subtracting the logs again.
#[allow(clippy::excessive_precision)] // NumPy's literals, verbatim
pub fn random_loggam(x: f64) -> f64 {
    const A: [f64; 10] = [
        8.333333333333333e-02,
        -2.777777777777778e-03,
        7.936507936507937e-04,
        -5.952380952380952e-04,
        8.417508417508418e-04,
        -1.917526917526918e-03,
        6.410256410256410e-03,
        -2.955065359477124e-02,
        1.796443723688307e-01,
        -1.39243221690590e+00,
    ];
    /// log(2π)
    const LG2PI: f64 = 1.8378770664093453e+00;
    if x == 1.0 || x == 2.0 {
        return 0.0;
    }
    // C's (int64_t)(7 - x): truncation toward zero.
    let n: i64 = if x < 7.0 { (7.0 - x) as i64 } else { 0 };
    let mut x0 = x + n as f64;
    let x2 = (1.0 / x0) * (1.0 / x0);
    let mut gl0 = A[9];
    for &a in A[..9].iter().rev() {
        gl0 *= x2;
        gl0 += a;
    }
    let mut gl = gl0 / x0 + 0.5 * LG2PI + (x0 - 0.5) * x0.ln() - x0;
    if x < 7.0 {
        for _ in 0..n {
            gl -= (x0 - 1.0).ln();
            x0 -= 1.0;
        }
    }
    gl
}

/// `random_poisson`: 0 for lam = 0 (no draw); lam is finite, ≥ 0 and at most NumPy's
/// `POISSON_LAM_MAX` (checked by the caller).
#[inline]
pub fn random_poisson<R: RawBits + ?Sized>(bitgen: &mut R, lam: f64) -> i64 {
    if lam >= 10.0 {
        PoissonPtrs::new(lam).sample(bitgen)
    } else if lam == 0.0 {
        0
    } else {
        poisson_mult(bitgen, lam)
    }
}

/// `random_poisson_mult`: count uniforms until their product drops to exp(-lam).
#[inline]
fn poisson_mult<R: RawBits + ?Sized>(bitgen: &mut R, lam: f64) -> i64 {
    let enlam = (-lam).exp();
    let mut x = 0;
    let mut prod = 1.0;
    loop {
        prod *= bitgen.next_double();
        if prod > enlam {
            x += 1;
        } else {
            return x;
        }
    }
}

/// The constants of `random_poisson_ptrs` (transformed rejection with squeeze, W. Hörmann,
/// Insurance: Mathematics and Economics 12, 1993), which depend on lam only.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PoissonPtrs {
    lam: f64,
    loglam: f64,
    a: f64,
    b: f64,
    invalpha: f64,
    vr: f64,
}

impl PoissonPtrs {
    pub(crate) fn new(lam: f64) -> Self {
        let slam = lam.sqrt();
        let loglam = lam.ln();
        let b = 0.931 + 2.53 * slam;
        let a = -0.059 + 0.02483 * b;
        let invalpha = 1.1239 + 1.1328 / (b - 3.4);
        let vr = 0.9277 - 3.6224 / (b - 2.0);
        PoissonPtrs {
            lam,
            loglam,
            a,
            b,
            invalpha,
            vr,
        }
    }

    pub(crate) fn sample<R: RawBits + ?Sized>(&self, bitgen: &mut R) -> i64 {
        let &PoissonPtrs {
            lam,
            loglam,
            a,
            b,
            invalpha,
            vr,
        } = self;
        loop {
            let u = bitgen.next_double() - 0.5;
            let v = bitgen.next_double();
            let us = 0.5 - u.abs();
            let k = c_double_to_i64((2.0 * a / us + b) * u + lam + 0.43);
            if us >= 0.07 && v <= vr {
                return k;
            }
            if k < 0 || (us < 0.013 && v > us) {
                continue;
            }
            // log(0) = -inf is fine here.
            if v.ln() + invalpha.ln() - (a / (us * us) + b).ln()
                <= -lam + k as f64 * loglam - random_loggam(k as f64 + 1.0)
            {
                return k;
            }
        }
    }
}

/// NumPy's threshold between the geometric search and inversion samplers.
#[allow(clippy::excessive_precision)] // NumPy's literal (= 1/3 as a double)
const GEOMETRIC_SEARCH_MIN_P: f64 = 0.333333333333333333333333;

/// `random_geometric`: trials until the first success, p in (0, 1].
#[inline]
pub fn random_geometric<R: RawBits + ?Sized>(bitgen: &mut R, p: f64) -> i64 {
    if p >= GEOMETRIC_SEARCH_MIN_P {
        geometric_search(bitgen, p)
    } else {
        geometric_inversion(bitgen, p)
    }
}

/// `random_geometric_search`: walk the CDF with one uniform.
#[inline]
fn geometric_search<R: RawBits + ?Sized>(bitgen: &mut R, p: f64) -> i64 {
    let mut x = 1;
    let mut sum = p;
    let mut prod = p;
    let q = 1.0 - p;
    let u = bitgen.next_double();
    while u > sum {
        prod *= q;
        sum += prod;
        x += 1;
    }
    x
}

/// `random_geometric_inversion`: `ceil(-E / log1p(-p))`, clamped to `i64::MAX`.
#[inline]
fn geometric_inversion<R: RawBits + ?Sized>(bitgen: &mut R, p: f64) -> i64 {
    let z = (-random_standard_exponential(bitgen) / (-p).ln_1p()).ceil();
    // 9.223372036854776e18 = 2^63 is the smallest double above i64::MAX.
    if z >= 9.223372036854776e18 {
        i64::MAX
    } else {
        z as i64
    }
}

/// `random_binomial`, with NumPy's `binomial_t` setup computed once: `Binomial::new(n, p)`
/// then `sample` per value gives the same stream as NumPy's cached calls.
#[derive(Clone, Copy, Debug)]
pub struct Binomial {
    n: i64,
    kind: BinomialKind,
}

#[derive(Clone, Copy, Debug)]
enum BinomialKind {
    /// n = 0 or p = 0: always 0, no draw.
    Zero,
    /// `random_binomial_inversion` on min(p, 1-p); `flip` returns n - X (p > 0.5).
    Inversion { setup: InversionSetup, flip: bool },
    /// `random_binomial_btpe` on min(p, 1-p); `flip` returns n - Y.
    Btpe { setup: BtpeSetup, flip: bool },
}

impl Binomial {
    /// The setup for `n ≥ 0` and `p` in [0, 1] (checked by the caller).
    pub fn new(n: i64, p: f64) -> Binomial {
        let kind = if n == 0 || p == 0.0 {
            BinomialKind::Zero
        } else {
            let (pp, flip) = if p <= 0.5 {
                (p, false)
            } else {
                (1.0 - p, true)
            };
            if pp * n as f64 <= 30.0 {
                BinomialKind::Inversion {
                    setup: InversionSetup::new(n, pp),
                    flip,
                }
            } else {
                BinomialKind::Btpe {
                    setup: BtpeSetup::new(n, pp),
                    flip,
                }
            }
        };
        Binomial { n, kind }
    }

    /// One value.
    #[inline]
    pub fn sample<R: RawBits + ?Sized>(&self, bitgen: &mut R) -> i64 {
        let (y, flip) = match &self.kind {
            BinomialKind::Zero => return 0,
            BinomialKind::Inversion { setup, flip } => (setup.sample(bitgen, self.n), *flip),
            BinomialKind::Btpe { setup, flip } => (setup.sample(bitgen, self.n), *flip),
        };
        if flip { self.n - y } else { y }
    }
}

impl Binomial {
    /// The inversion setup, for samplers that tabulate its pmf walk: `(n, p, q, (1-p)^n,
    /// bound, flip)` as `random_binomial_inversion` uses them; `None` for the other kinds.
    pub(crate) fn inversion_parts(&self) -> Option<(i64, f64, f64, f64, i64, bool)> {
        match self.kind {
            BinomialKind::Inversion { setup, flip } => {
                Some((self.n, setup.p, setup.q, setup.qn, setup.bound, flip))
            }
            _ => None,
        }
    }
}

/// `random_binomial(bitgen, p, n, binomial)` for one value (setup included).
pub fn random_binomial<R: RawBits + ?Sized>(bitgen: &mut R, p: f64, n: i64) -> i64 {
    Binomial::new(n, p).sample(bitgen)
}

/// What `random_binomial_inversion` keeps in `binomial_t`.
#[derive(Clone, Copy, Debug)]
struct InversionSetup {
    p: f64,
    q: f64,
    /// (1 - p)^n
    qn: f64,
    /// Give up and restart past this count.
    bound: i64,
}

impl InversionSetup {
    fn new(n: i64, p: f64) -> Self {
        let nf = n as f64;
        let q = 1.0 - p;
        let qn = (nf * (-p).ln_1p()).exp();
        let np = nf * p;
        // C's MIN(n, np + 10 sqrt(np q + 1)) compares and yields a double, then truncates.
        let limit = np + 10.0 * (np * q + 1.0).sqrt();
        let bound = (if nf < limit { nf } else { limit }) as i64;
        InversionSetup { p, q, qn, bound }
    }

    /// Walk the pmf from 0 with one uniform, restarting with a fresh one past `bound`.
    #[inline]
    fn sample<R: RawBits + ?Sized>(&self, bitgen: &mut R, n: i64) -> i64 {
        let InversionSetup { p, q, qn, bound } = *self;
        let mut x: i64 = 0;
        let mut px = qn;
        let mut u = bitgen.next_double();
        while u > px {
            x += 1;
            if x > bound {
                x = 0;
                px = qn;
                u = bitgen.next_double();
            } else {
                u -= px;
                px = ((n - x + 1) as f64 * p * px) / (x as f64 * q);
            }
        }
        x
    }
}

/// What `random_binomial_btpe` keeps in `binomial_t`.
#[derive(Clone, Copy, Debug)]
struct BtpeSetup {
    p: f64,
    r: f64,
    q: f64,
    m: i64,
    p1: f64,
    xm: f64,
    xl: f64,
    xr: f64,
    c: f64,
    laml: f64,
    lamr: f64,
    p2: f64,
    p3: f64,
    p4: f64,
}

impl BtpeSetup {
    fn new(n: i64, p: f64) -> Self {
        let nf = n as f64;
        let r = if p < 1.0 - p { p } else { 1.0 - p };
        let q = 1.0 - r;
        let fm = nf * r + r;
        let m = fm.floor() as i64;
        let mf = m as f64;
        let p1 = (2.195 * (nf * r * q).sqrt() - 4.6 * q).floor() + 0.5;
        let xm = mf + 0.5;
        let xl = xm - p1;
        let xr = xm + p1;
        let c = 0.134 + 20.5 / (15.3 + mf);
        let a = (fm - xl) / (fm - xl * r);
        let laml = a * (1.0 + a / 2.0);
        let a = (xr - fm) / (xr * q);
        let lamr = a * (1.0 + a / 2.0);
        let p2 = p1 * (1.0 + 2.0 * c);
        let p3 = p2 + c / laml;
        let p4 = p3 + c / lamr;
        BtpeSetup {
            p,
            r,
            q,
            m,
            p1,
            xm,
            xl,
            xr,
            c,
            laml,
            lamr,
            p2,
            p3,
            p4,
        }
    }

    /// BTPE (Kachitvichyanukul & Schmeiser 1988): a triangle, two parallelograms and two
    /// exponential tails, with NumPy's Step labels. Each `continue` is NumPy's `goto Step10`.
    fn sample<R: RawBits + ?Sized>(&self, bitgen: &mut R, n: i64) -> i64 {
        let BtpeSetup {
            p,
            r,
            q,
            m,
            p1,
            xm,
            xl,
            xr,
            c,
            laml,
            lamr,
            p2,
            p3,
            p4,
        } = *self;
        let nf = n as f64;
        let mf = m as f64;
        let y = loop {
            // Step10
            let nrq = nf * r * q;
            let u = bitgen.next_double() * p4;
            let mut v = bitgen.next_double();
            if u <= p1 {
                // Triangle: accept at once.
                break c_double_to_i64(xm - p1 * v + u);
            }
            let y;
            if u <= p2 {
                // Step20: parallelograms.
                let x = xl + (u - p1) / c;
                v = v * c + 1.0 - (mf - x + 0.5).abs() / p1;
                if v > 1.0 {
                    continue;
                }
                y = c_double_to_i64(x);
            } else if u <= p3 {
                // Step30: left tail (v = 0 gives -inf: rejected).
                y = c_double_to_i64(xl + v.ln() / laml);
                if y < 0 || v == 0.0 {
                    continue;
                }
                v = v * (u - p2) * laml;
            } else {
                // Step40: right tail.
                y = c_double_to_i64(xr - v.ln() / lamr);
                if y > n || v == 0.0 {
                    continue;
                }
                v = v * (u - p3) * lamr;
            }
            // Step50
            let k = (y - m).abs();
            if !(k > 20 && (k as f64) < nrq / 2.0 - 1.0) {
                // Explicit evaluation of f(y) / f(m) by recursion.
                let s = r / q;
                let a = s * (n + 1) as f64;
                let mut f = 1.0;
                if m < y {
                    for i in m + 1..=y {
                        f *= a / i as f64 - s;
                    }
                } else if m > y {
                    for i in y + 1..=m {
                        f /= a / i as f64 - s;
                    }
                }
                if v > f {
                    continue;
                }
                break y;
            }
            // Step52: squeeze on log f(y) / f(m), then the Stirling-series bound.
            let kf = k as f64;
            let rho = (kf / nrq) * ((kf * (kf / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
            // C computes -k * k in int64 before converting.
            let t = (-k).wrapping_mul(k) as f64 / (2.0 * nrq);
            let big_a = v.ln();
            if big_a < t - rho {
                break y;
            }
            if big_a > t + rho {
                continue;
            }
            let x1 = y as f64 + 1.0;
            let f1 = mf + 1.0;
            let z = nf + 1.0 - mf;
            let w = nf - y as f64 + 1.0;
            let (x2, f2, z2, w2) = (x1 * x1, f1 * f1, z * z, w * w);
            let stirling = |v2: f64, v: f64| {
                (13680. - (462. - (132. - (99. - 140. / v2) / v2) / v2) / v2) / v / 166320.
            };
            let bound = xm * (f1 / x1).ln()
                + ((n - m) as f64 + 0.5) * (z / w).ln()
                + (y - m) as f64 * (w * r / (x1 * q)).ln()
                + stirling(f2, f1)
                + stirling(z2, z)
                + stirling(x2, x1)
                + stirling(w2, w);
            if big_a > bound {
                continue;
            }
            break y;
        };
        // Step60 (never taken from `Binomial`, which passes min(p, 1-p); kept as NumPy has it).
        if p > 0.5 { n - y } else { y }
    }
}

/// `random_logseries` (Kemp's algorithm LK, numpy/random/src/distributions/distributions.c), p in
/// [0, 1): its setup `r = log1p(-p)`, then `sample` per value.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Logseries {
    p: f64,
    r: f64,
}

impl Logseries {
    pub(crate) fn new(p: f64) -> Self {
        Logseries { p, r: (-p).ln_1p() }
    }

    /// V, then U only when V < p; `continue` (a result below 1, or V = 0) draws both again.
    #[inline]
    pub(crate) fn sample<R: RawBits + ?Sized>(&self, bitgen: &mut R) -> i64 {
        let Logseries { p, r } = *self;
        loop {
            let v = bitgen.next_double();
            if v >= p {
                return 1;
            }
            let u = bitgen.next_double();
            let q = -(r * u).exp_m1();
            if v <= q * q {
                // NaN (V = q = 0) and out-of-range values give i64::MIN, as C's cast: rejected.
                let result = c_double_to_i64(1.0 + v.ln() / q.ln());
                if result < 1 || v == 0.0 {
                    continue;
                }
                return result;
            }
            return if v >= q { 1 } else { 2 };
        }
    }
}

/// `random_logseries(bitgen, p)` for one value (setup included).
pub fn random_logseries<R: RawBits + ?Sized>(bitgen: &mut R, p: f64) -> i64 {
    Logseries::new(p).sample(bitgen)
}

/// `(double)INT64_MAX`, which rounds to 2^63.
const RAND_INT_MAX_F64: f64 = i64::MAX as f64;

/// `pow(base, y)` with a constant base kept opaque: LLVM rewrites `pow(2.0, y)` as `exp2(y)`,
/// which glibc rounds differently from `pow` for some y.
#[inline(always)]
fn pow_of_constant(base: f64, y: f64) -> f64 {
    core::hint::black_box(base).powf(y)
}

/// `random_zipf` (rejection from a Pareto-like envelope, truncated to int64), with its setup
/// computed once. a > 1 (checked by the caller); `None` for a ≥ 1025, where NumPy returns 1
/// without drawing.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Zipf {
    am1: f64,
    b: f64,
    umin: f64,
}

impl Zipf {
    pub(crate) fn new(a: f64) -> Option<Self> {
        if a >= 1025.0 {
            return None;
        }
        let am1 = a - 1.0;
        Some(Zipf {
            am1,
            b: pow_of_constant(2.0, am1),
            umin: pow_of_constant(RAND_INT_MAX_F64, -am1),
        })
    }

    /// Two uniforms per attempt; U is drawn in [Umin, 1] so that X stays below about 2^63.
    #[inline]
    pub(crate) fn sample<R: RawBits + ?Sized>(&self, bitgen: &mut R) -> i64 {
        let Zipf { am1, b, umin } = *self;
        loop {
            let u01 = bitgen.next_double();
            let u = u01 * umin + (1.0 - u01);
            let v = bitgen.next_double();
            let x = u.powf(-1.0 / am1).floor();
            // NumPy's `X > RAND_INT_MAX || X < 1.0` (X is never NaN: U > 0).
            if !(1.0..=RAND_INT_MAX_F64).contains(&x) {
                continue;
            }
            let t = (1.0 + 1.0 / x).powf(am1);
            if v * x * (t - 1.0) / (b - 1.0) <= t / b {
                // X = 2^63 passes the bound test; C's cast makes it i64::MIN.
                return c_double_to_i64(x);
            }
        }
    }
}

/// `random_zipf(bitgen, a)` for one value (setup included).
pub fn random_zipf<R: RawBits + ?Sized>(bitgen: &mut R, a: f64) -> i64 {
    match Zipf::new(a) {
        Some(zipf) => zipf.sample(bitgen),
        None => 1,
    }
}

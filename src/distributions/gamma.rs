//! Gamma and its relatives: NumPy's `random_standard_gamma`, `random_standard_gamma_f`,
//! `random_gamma`, `random_beta`, `random_chisquare`, `random_f`,
//! `random_noncentral_chisquare` and `random_noncentral_f` (distributions.c).

use super::discrete::{PoissonPtrs, random_poisson};
use super::exponential::{random_standard_exponential, random_standard_exponential_f};
use super::normal::{random_standard_normal, random_standard_normal_f};
use super::uniform::random_standard_uniform_f;
use crate::common::RawBits;

/// `random_standard_gamma`: shape 1 is an exponential, shape 0 is 0 without a draw, shape < 1
/// uses rejection from the exponential/power mixture (Johnk-type), shape > 1 Marsaglia–Tsang.
/// A NaN shape takes the Marsaglia–Tsang branch and returns NaN, as in NumPy.
#[inline]
pub fn random_standard_gamma<R: RawBits + ?Sized>(bitgen: &mut R, shape: f64) -> f64 {
    if shape == 1.0 {
        random_standard_exponential(bitgen)
    } else if shape == 0.0 {
        0.0
    } else if shape < 1.0 {
        loop {
            let u = bitgen.next_double();
            let v = random_standard_exponential(bitgen);
            if u <= 1.0 - shape {
                let x = u.powf(1.0 / shape);
                if x <= v {
                    return x;
                }
            } else {
                let y = -((1.0 - u) / shape).ln();
                let x = (1.0 - shape + shape * y).powf(1.0 / shape);
                if x <= v + y {
                    return x;
                }
            }
        }
    } else {
        let b = shape - 1.0 / 3.0;
        let c = 1.0 / (9.0 * b).sqrt();
        loop {
            let (mut x, mut v);
            loop {
                x = random_standard_normal(bitgen);
                v = 1.0 + c * x;
                if v > 0.0 || v.is_nan() {
                    break;
                }
            }
            v = v * v * v;
            let u = bitgen.next_double();
            if u < 1.0 - 0.0331 * (x * x) * (x * x) {
                return b * v;
            }
            // log(0) = -inf is fine here.
            if u.ln() < 0.5 * x * x + b * (1.0 - v + v.ln()) {
                return b * v;
            }
        }
    }
}

/// `random_standard_gamma_f`: the same algorithm in float arithmetic (`powf`, `logf`,
/// `sqrtf`), on float normals, exponentials and uniforms.
#[inline]
pub fn random_standard_gamma_f<R: RawBits + ?Sized>(bitgen: &mut R, shape: f32) -> f32 {
    if shape == 1.0 {
        random_standard_exponential_f(bitgen)
    } else if shape == 0.0 {
        0.0
    } else if shape < 1.0 {
        loop {
            let u = random_standard_uniform_f(bitgen);
            let v = random_standard_exponential_f(bitgen);
            if u <= 1.0 - shape {
                let x = u.powf(1.0 / shape);
                if x <= v {
                    return x;
                }
            } else {
                let y = -((1.0 - u) / shape).ln();
                let x = (1.0 - shape + shape * y).powf(1.0 / shape);
                if x <= v + y {
                    return x;
                }
            }
        }
    } else {
        let b = shape - 1.0 / 3.0;
        let c = 1.0 / (9.0 * b).sqrt();
        loop {
            let (mut x, mut v);
            loop {
                x = random_standard_normal_f(bitgen);
                v = 1.0 + c * x;
                if v > 0.0 || v.is_nan() {
                    break;
                }
            }
            v = v * v * v;
            let u = random_standard_uniform_f(bitgen);
            if u < 1.0 - 0.0331 * (x * x) * (x * x) {
                return b * v;
            }
            if u.ln() < 0.5 * x * x + b * (1.0 - v + v.ln()) {
                return b * v;
            }
        }
    }
}

/// `random_gamma`: `scale * standard_gamma(shape)`.
#[inline]
pub fn random_gamma<R: RawBits + ?Sized>(bitgen: &mut R, shape: f64, scale: f64) -> f64 {
    scale * random_standard_gamma(bitgen, shape)
}

/// NumPy's `BETA_TINY_THRESHOLD`.
const BETA_TINY_THRESHOLD: f64 = 3e-103;

/// `random_beta` (a, b > 0 or NaN, checked by the caller): Johnk's algorithm when both are at
/// most 1, with a log-space fallback when a power underflows, and a Bernoulli(a / (a + b)) for
/// tiny a and b; otherwise `Ga / (Ga + Gb)` from two standard gammas.
#[inline]
pub fn random_beta<R: RawBits + ?Sized>(bitgen: &mut R, a: f64, b: f64) -> f64 {
    if a <= 1.0 && b <= 1.0 {
        if a < BETA_TINY_THRESHOLD && b < BETA_TINY_THRESHOLD {
            let u = bitgen.next_double();
            return if (a + b) * u < a { 1.0 } else { 0.0 };
        }
        loop {
            let u = bitgen.next_double();
            let v = bitgen.next_double();
            let x = u.powf(1.0 / a);
            let y = v.powf(1.0 / b);
            let xpy = x + y;
            // Reject U = V = 0 as well as X + Y > 1.
            if xpy <= 1.0 && u + v > 0.0 {
                if x > 0.0 && y > 0.0 {
                    return x / xpy;
                }
                // One power underflowed: X / (X + Y) from the logarithms.
                let log_x = u.ln() / a;
                let log_y = v.ln() / b;
                let delta = log_x - log_y;
                return if delta > 0.0 {
                    (-(-delta).exp().ln_1p()).exp()
                } else {
                    (delta - delta.exp().ln_1p()).exp()
                };
            }
        }
    } else {
        let ga = random_standard_gamma(bitgen, a);
        let gb = random_standard_gamma(bitgen, b);
        ga / (ga + gb)
    }
}

/// `random_chisquare`: `2 * standard_gamma(df / 2)`.
#[inline]
pub fn random_chisquare<R: RawBits + ?Sized>(bitgen: &mut R, df: f64) -> f64 {
    2.0 * random_standard_gamma(bitgen, df / 2.0)
}

/// `random_f`: `(χ²(dfnum) · dfden) / (χ²(dfden) · dfnum)`; NumPy assigns each product to a
/// temporary, so the numerator's chi-square is drawn first.
#[inline]
pub fn random_f<R: RawBits + ?Sized>(bitgen: &mut R, dfnum: f64, dfden: f64) -> f64 {
    let subexpr1 = random_chisquare(bitgen, dfnum) * dfden;
    let subexpr2 = random_chisquare(bitgen, dfden) * dfnum;
    subexpr1 / subexpr2
}

/// `random_noncentral_chisquare`: NaN without a draw for a NaN `nonc`; a chi-square for
/// `nonc == 0`; `χ²(df - 1) + (N + sqrt(nonc))²` for `df > 1`; otherwise (df ≤ 1, or NaN) a
/// Poisson mixture `χ²(df + 2i)`, `i = P(nonc / 2)`.
///
/// NumPy does not bound `nonc`: `2 * i` is its int64 product, which wraps (x86-64), and a `nonc`
/// beyond the Poisson sampler's range gives its `i64::MIN` (2i = 0), as here.
#[inline]
pub fn random_noncentral_chisquare<R: RawBits + ?Sized>(bitgen: &mut R, df: f64, nonc: f64) -> f64 {
    NoncentralChisquare::new(df, nonc).sample(bitgen)
}

/// `random_noncentral_chisquare` for one `(df, nonc)`: what depends on them alone
/// (`sqrt(nonc)`, or the Poisson sampler's constants for `nonc / 2 >= 10`) computed once, then
/// [`NoncentralChisquare::sample`] per value, by the operations NumPy repeats per value.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NoncentralChisquare {
    df: f64,
    nonc: f64,
    /// `sqrt(nonc)`, for `df > 1`.
    sqrt_nonc: f64,
    /// The constants of `random_poisson(nonc / 2)`'s PTRS branch, for `df <= 1`.
    ptrs: Option<PoissonPtrs>,
}

impl NoncentralChisquare {
    pub(crate) fn new(df: f64, nonc: f64) -> Self {
        // The mixture's random_poisson(nonc / 2) takes PTRS for lam >= 10.
        let uses_ptrs = (df <= 1.0 || df.is_nan()) && nonc / 2.0 >= 10.0;
        NoncentralChisquare {
            df,
            nonc,
            sqrt_nonc: nonc.sqrt(),
            ptrs: uses_ptrs.then(|| PoissonPtrs::new(nonc / 2.0)),
        }
    }

    #[inline]
    pub(crate) fn sample<R: RawBits + ?Sized>(&self, bitgen: &mut R) -> f64 {
        let NoncentralChisquare {
            df,
            nonc,
            sqrt_nonc,
            ptrs,
        } = *self;
        if nonc.is_nan() {
            return f64::NAN;
        }
        if nonc == 0.0 {
            return random_chisquare(bitgen, df);
        }
        if 1.0 < df {
            let chi2 = random_chisquare(bitgen, df - 1.0);
            let n = random_standard_normal(bitgen) + sqrt_nonc;
            chi2 + n * n
        } else {
            let i = match ptrs {
                Some(ptrs) => ptrs.sample(bitgen),
                None => random_poisson(bitgen, nonc / 2.0),
            };
            random_chisquare(bitgen, df + i.wrapping_mul(2) as f64)
        }
    }
}

/// `random_noncentral_f`: `(ncχ²(dfnum, nonc) · dfden) / (χ²(dfden) · dfnum)`, the numerator
/// first; a NaN `nonc` still draws the denominator.
#[inline]
pub fn random_noncentral_f<R: RawBits + ?Sized>(
    bitgen: &mut R,
    dfnum: f64,
    dfden: f64,
    nonc: f64,
) -> f64 {
    noncentral_f(bitgen, &NoncentralChisquare::new(dfnum, nonc), dfnum, dfden)
}

/// `random_noncentral_f` with the numerator's setup `ncx2` (of `dfnum` and `nonc`) made once.
#[inline]
pub(crate) fn noncentral_f<R: RawBits + ?Sized>(
    bitgen: &mut R,
    ncx2: &NoncentralChisquare,
    dfnum: f64,
    dfden: f64,
) -> f64 {
    let t = ncx2.sample(bitgen) * dfden;
    t / (random_chisquare(bitgen, dfden) * dfnum)
}

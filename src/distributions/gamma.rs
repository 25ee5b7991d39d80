//! Gamma and its relatives: NumPy's `random_standard_gamma`, `random_standard_gamma_f`,
//! `random_gamma`, `random_beta`, `random_chisquare` and `random_f` (distributions.c).

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

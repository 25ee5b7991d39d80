//! The continuous distributions built on the ziggurat normal and exponential and on uniform
//! doubles (numpy/random/src/distributions/distributions.c), one kernel per NumPy C function.

use super::blocks::{Draw64, Single};
use super::exponential::random_standard_exponential;
use super::gamma::random_standard_gamma;
use super::normal::{random_standard_normal, standard_normal};
use crate::common::RawBits;

/// `random_standard_cauchy`: `n1 / n2` of two standard normals, `n1` drawn first (NumPy
/// assigns each to a temporary, so the order is fixed).
#[inline]
pub fn random_standard_cauchy<R: RawBits + ?Sized>(bitgen: &mut R) -> f64 {
    let n1 = random_standard_normal(bitgen);
    let n2 = random_standard_normal(bitgen);
    n1 / n2
}

/// `random_standard_t`: `num = N` first, then `denom = Gamma(df / 2)`; the value is
/// `sqrt(df / 2) * num / sqrt(denom)`, in that order. `df = inf` or NaN gives NaN (with draws).
#[inline]
pub fn random_standard_t<R: RawBits + ?Sized>(bitgen: &mut R, df: f64) -> f64 {
    let num = random_standard_normal(bitgen);
    let denom = random_standard_gamma(bitgen, df / 2.0);
    (df / 2.0).sqrt() * num / denom.sqrt()
}

/// `random_pareto`: `expm1(E / a)`, Pareto II (Lomax, support from 0).
#[inline]
pub fn random_pareto<R: RawBits + ?Sized>(bitgen: &mut R, a: f64) -> f64 {
    pareto_of(random_standard_exponential(bitgen), a)
}

/// [`random_pareto`] of the exponential `e`.
#[inline(always)]
pub(crate) fn pareto_of(e: f64, a: f64) -> f64 {
    (e / a).exp_m1()
}

/// `random_weibull`: `pow(E, 1 / a)`; `a == 0` gives 0 without a draw.
#[inline]
pub fn random_weibull<R: RawBits + ?Sized>(bitgen: &mut R, a: f64) -> f64 {
    if a == 0.0 {
        return 0.0;
    }
    weibull_of(random_standard_exponential(bitgen), a)
}

/// [`random_weibull`] of the exponential `e`, for `a != 0`.
#[inline(always)]
pub(crate) fn weibull_of(e: f64, a: f64) -> f64 {
    e.powf(1.0 / a)
}

/// `random_power`: `pow(-expm1(-E), 1 / a)`.
#[inline]
pub fn random_power<R: RawBits + ?Sized>(bitgen: &mut R, a: f64) -> f64 {
    power_of(random_standard_exponential(bitgen), a)
}

/// [`random_power`] of the exponential `e`.
#[inline(always)]
pub(crate) fn power_of(e: f64, a: f64) -> f64 {
    (-(-e).exp_m1()).powf(1.0 / a)
}

/// The first `f(u)` of NumPy's `next_double` draws `u` that `f` accepts (`None`: NumPy draws
/// again, as for a zero uniform in laplace, gumbel and logistic).
#[inline(always)]
fn first_accepted<R: RawBits + ?Sized>(bitgen: &mut R, f: impl Fn(f64) -> Option<f64>) -> f64 {
    loop {
        if let Some(x) = f(bitgen.next_double()) {
            return x;
        }
    }
}

/// `random_laplace`: `U >= 0.5` gives `loc - scale * log(2 - U - U)`, `U > 0` gives
/// `loc + scale * log(U + U)`; `U == 0` is rejected and NumPy starts again on a new `next_double`.
#[inline]
pub fn random_laplace<R: RawBits + ?Sized>(bitgen: &mut R, loc: f64, scale: f64) -> f64 {
    first_accepted(bitgen, |u| laplace_of(u, loc, scale))
}

/// [`random_laplace`] of the uniform `u`; `None` where NumPy draws again (`u == 0`).
#[inline(always)]
pub(crate) fn laplace_of(u: f64, loc: f64, scale: f64) -> Option<f64> {
    if u >= 0.5 {
        Some(loc - scale * (2.0 - u - u).ln())
    } else if u > 0.0 {
        Some(loc + scale * (u + u).ln())
    } else {
        None
    }
}

/// `random_gumbel`: `U = 1 - next_double`, then `loc - scale * log(-log(U))`; `U == 1` is
/// rejected and NumPy starts again on a new `next_double`.
#[inline]
pub fn random_gumbel<R: RawBits + ?Sized>(bitgen: &mut R, loc: f64, scale: f64) -> f64 {
    first_accepted(bitgen, |u| gumbel_of(u, loc, scale))
}

/// [`random_gumbel`] of the uniform `d` (NumPy's `next_double`, before `1 - d`); `None` where
/// NumPy draws again (`d == 0`).
#[inline(always)]
pub(crate) fn gumbel_of(d: f64, loc: f64, scale: f64) -> Option<f64> {
    let u = 1.0 - d;
    (u < 1.0).then(|| loc - scale * (-u.ln()).ln())
}

/// `random_logistic`: `loc + scale * log(U / (1 - U))`; `U == 0` is rejected and NumPy starts
/// again on a new `next_double`.
#[inline]
pub fn random_logistic<R: RawBits + ?Sized>(bitgen: &mut R, loc: f64, scale: f64) -> f64 {
    first_accepted(bitgen, |u| logistic_of(u, loc, scale))
}

/// [`random_logistic`] of the uniform `u`; `None` where NumPy draws again (`u == 0`).
#[inline(always)]
pub(crate) fn logistic_of(u: f64, loc: f64, scale: f64) -> Option<f64> {
    (u > 0.0).then(|| loc + scale * (u / (1.0 - u)).ln())
}

/// `random_rayleigh` (NumPy 2.x's `Generator` form): `scale * sqrt(2 * E)`.
#[inline]
pub fn random_rayleigh<R: RawBits + ?Sized>(bitgen: &mut R, scale: f64) -> f64 {
    rayleigh_of(random_standard_exponential(bitgen), scale)
}

/// [`random_rayleigh`] of the exponential `e`.
#[inline(always)]
pub(crate) fn rayleigh_of(e: f64, scale: f64) -> f64 {
    scale * (2.0 * e).sqrt()
}

/// `random_wald` (NumPy 2.x's form): `Y = mean * N * N`, `d = 1 + sqrt(1 + 4 * scale / Y)`,
/// `X = mean * (1 - 2 / d)`; then `U = next_double` gives `X` if `U <= mean / (mean + X)`, else
/// `mean * mean / X`.
#[inline]
pub fn random_wald<R: RawBits + ?Sized>(bitgen: &mut R, mean: f64, scale: f64) -> f64 {
    wald(&mut Single(bitgen), mean, scale)
}

/// `random_wald` on any source.
#[inline(always)]
pub(crate) fn wald<D: Draw64>(d: &mut D, mean: f64, scale: f64) -> f64 {
    let y = standard_normal(d);
    let y = mean * y * y;
    let dd = 1.0 + (1.0 + 4.0 * scale / y).sqrt();
    let x = mean * (1.0 - 2.0 / dd);
    let u = d.double();
    if u <= mean / (mean + x) {
        x
    } else {
        mean * mean / x
    }
}

/// `random_triangular`: with `base = right - left`, `leftbase = mode - left`, one
/// `U = next_double` gives `left + sqrt(U * leftbase * base)` if `U <= leftbase / base`, else
/// `right - sqrt((1 - U) * (right - mode) * base)` (each product as NumPy groups it).
#[inline]
pub fn random_triangular<R: RawBits + ?Sized>(
    bitgen: &mut R,
    left: f64,
    mode: f64,
    right: f64,
) -> f64 {
    Triangular::new(left, mode, right).of(bitgen.next_double())
}

/// The constants of [`random_triangular`] for one parameter set (NumPy computes them per value,
/// the same way, so computing them once gives the same values).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Triangular {
    left: f64,
    right: f64,
    ratio: f64,
    leftprod: f64,
    rightprod: f64,
}

impl Triangular {
    #[inline(always)]
    pub(crate) fn new(left: f64, mode: f64, right: f64) -> Self {
        let base = right - left;
        let leftbase = mode - left;
        Triangular {
            left,
            right,
            ratio: leftbase / base,
            leftprod: leftbase * base,
            rightprod: (right - mode) * base,
        }
    }

    /// The value for the uniform `u`.
    #[inline(always)]
    pub(crate) fn of(&self, u: f64) -> f64 {
        if u <= self.ratio {
            self.left + (u * self.leftprod).sqrt()
        } else {
            self.right - ((1.0 - u) * self.rightprod).sqrt()
        }
    }
}

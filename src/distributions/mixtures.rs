//! The gamma-Poisson mixtures: NumPy's `random_noncentral_chisquare`, `random_noncentral_f` and
//! `random_negative_binomial` (numpy/random/src/distributions/distributions.c), each a Poisson
//! draw with a gamma-family draw around it, so they sit above both `gamma` and `discrete`.

use super::discrete::{PoissonPtrs, random_poisson};
use super::gamma::{random_chisquare, random_gamma};
use super::normal::random_standard_normal;
use crate::common::RawBits;

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

/// `random_negative_binomial`: a Poisson draw whose mean is the gamma variate
/// `Γ(n) · (1 - p) / p` (`random_gamma`). p = 1 still draws the gamma; P(0) then draws nothing.
#[inline]
pub fn random_negative_binomial<R: RawBits + ?Sized>(bitgen: &mut R, n: f64, p: f64) -> i64 {
    negative_binomial_scaled(bitgen, n, (1.0 - p) / p)
}

/// `random_negative_binomial` with its gamma scale `(1 - p) / p` computed by the caller.
#[inline]
pub(crate) fn negative_binomial_scaled<R: RawBits + ?Sized>(
    bitgen: &mut R,
    n: f64,
    scale: f64,
) -> i64 {
    let y = random_gamma(bitgen, n, scale);
    random_poisson(bitgen, y)
}

//! Array parameters: NumPy's call with one parameter value per output element
//! (`g.normal(loc_array, scale_array)` after broadcasting), as `fill_<name>_v`.
//!
//! NumPy's broadcast drivers (`cont`/`disc` and their `*_broadcast_*` loops in _common.pyx, the
//! custom loops of `uniform`, `triangular`, `binomial`, `negative_binomial` and `hypergeometric`
//! in _generator.pyx, `_rand_<dtype>_broadcast` in _bounded_integers.pyx.in) first check every
//! parameter array in full, parameter by parameter, with the array messages of
//! `check_array_constraint`, and then draw one kernel value per element in C order. So does
//! every fill here: a rejected call draws and writes nothing, and the message names the first
//! offending element of the parameter NumPy complains about. Each element is the single-value
//! kernel on its own parameters, except for the 16-bit, 8-bit and bool integers, whose one
//! 32-bit word buffer lives across the elements of the call, as NumPy's does.

use super::integers::{Buffered, bounded_u32_one, bounded_u64_one};
use super::{
    Generator, checks, continuous, discrete, exponential, gamma, hypergeometric, mixtures, normal,
    vonmises,
};
use crate::common::RawBits;
use crate::error::{Error, Result};
use std::fmt::Debug;

/// Every parameter array has one value per output element.
fn lengths(params: &[(&str, usize)], n: usize) -> Result<()> {
    for &(name, len) in params {
        if len != n {
            return Err(Error::invalid(format!(
                "{name} has {len} values for {n} outputs"
            )));
        }
    }
    Ok(())
}

/// The first element `bad` rejects, reported with NumPy's array message `why`.
fn first<T: Copy + Debug>(
    name: &str,
    values: &[T],
    why: &str,
    bad: impl Fn(T) -> bool,
) -> Result<()> {
    match values.iter().position(|&v| bad(v)) {
        Some(i) => Err(Error::invalid(format!(
            "{why} (got {name}[{i}] = {:?})",
            values[i]
        ))),
        None => Ok(()),
    }
}

/// The first index where `bad(i)` holds, reported with `why` and the named arrays' values there.
fn first_at(
    why: &str,
    n: usize,
    shown: &[(&str, &dyn Fn(usize) -> String)],
    bad: impl Fn(usize) -> bool,
) -> Result<()> {
    first_at_with(why, n, shown, "", bad)
}

/// [`first_at`] with `extra` after the values (`; endpoint = true, dtype int8`).
fn first_at_with(
    why: &str,
    n: usize,
    shown: &[(&str, &dyn Fn(usize) -> String)],
    extra: &str,
    bad: impl Fn(usize) -> bool,
) -> Result<()> {
    match (0..n).find(|&i| bad(i)) {
        Some(i) => {
            let got: Vec<String> = shown
                .iter()
                .map(|(name, v)| format!("{name}[{i}] = {}", v(i)))
                .collect();
            Err(Error::invalid(format!(
                "{why} (got {}{extra})",
                got.join(", ")
            )))
        }
        None => Ok(()),
    }
}

/// `check_array_constraint` (_common.pyx) on one parameter array.
mod array {
    use super::{Result, first};

    /// `CONS_NON_NEGATIVE`: the sign bit (so -0.0), NaN passes.
    pub(super) fn non_negative(name: &str, v: &[f64]) -> Result<()> {
        first(name, v, &format!("{name} < 0"), |x| {
            !x.is_nan() && x.is_sign_negative()
        })
    }

    /// `CONS_POSITIVE`: `<= 0`, NaN passes.
    pub(super) fn positive(name: &str, v: &[f64]) -> Result<()> {
        first(name, v, &format!("{name} <= 0"), |x| x <= 0.0)
    }

    /// `CONS_POSITIVE_NOT_NAN`: any NaN first, then `<= 0`.
    pub(super) fn positive_not_nan(name: &str, v: &[f64]) -> Result<()> {
        first(name, v, &format!("{name} must not be NaN"), f64::is_nan)?;
        positive(name, v)
    }

    /// `CONS_BOUNDED_0_1`: outside [0, 1] or NaN.
    pub(super) fn bounded_0_1(name: &str, v: &[f64]) -> Result<()> {
        let why = format!("{name} < 0, {name} > 1 or {name} contains NaNs");
        first(name, v, &why, |x| !(0.0..=1.0).contains(&x))
    }

    /// `CONS_BOUNDED_GT_0_1`: outside (0, 1] or NaN.
    pub(super) fn bounded_gt_0_1(name: &str, v: &[f64]) -> Result<()> {
        let why = format!("{name} <= 0, {name} > 1 or {name} contains NaNs");
        first(name, v, &why, |x| !(x > 0.0 && x <= 1.0))
    }

    /// `CONS_BOUNDED_LT_0_1`: outside [0, 1) or NaN.
    pub(super) fn bounded_lt_0_1(name: &str, v: &[f64]) -> Result<()> {
        let why = format!("{name} < 0, {name} >= 1 or {name} contains NaNs");
        first(name, v, &why, |x| !(0.0..1.0).contains(&x))
    }

    /// `CONS_GT_1`: not above 1 (NaN too).
    pub(super) fn gt_1(name: &str, v: &[f64]) -> Result<()> {
        first(
            name,
            v,
            &format!("{name} <= 1 or {name} contains NaNs"),
            |x| x.is_nan() || x <= 1.0,
        )
    }

    /// `CONS_POISSON` on arrays: "too large" first (NaN fails it), then the sign.
    pub(super) fn poisson(name: &str, v: &[f64]) -> Result<()> {
        let max = super::checks::POISSON_LAM_MAX;
        first(name, v, &format!("{name} value too large"), |x| {
            x.is_nan() || x > max
        })?;
        first(
            name,
            v,
            &format!("{name} < 0 or {name} contains NaNs"),
            |x| x.is_nan() || x < 0.0,
        )
    }
}

/// The checks of `_rand_<dtype>_broadcast`: a closed-interval high above the dtype (only bool's
/// can be, with typed bounds), then `low > high` (`low >= high` without endpoint), worded
/// `high < 0` / `high <= 0` when every low is 0 (`format_bounds_error`).
fn integer_bounds<T: Copy + Into<i128> + Debug>(
    dtype: &str,
    low: &[T],
    high: &[T],
    endpoint: bool,
    ub: i128,
) -> Result<()> {
    let closed = |i: usize| high[i].into() - i128::from(!endpoint);
    let shown: [(&str, &dyn Fn(usize) -> String); 2] = [
        ("low", &|i| format!("{:?}", low[i])),
        ("high", &|i| format!("{:?}", high[i])),
    ];
    let extra = format!("; endpoint = {endpoint}, dtype {dtype}");
    let oob = format!("high is out of bounds for {dtype}");
    first_at_with(&oob, high.len(), &shown, &extra, |i| closed(i) > ub)?;
    let why = match (low.iter().all(|&l| l.into() == 0), endpoint) {
        (true, false) => "high <= 0",
        (true, true) => "high < 0",
        (false, false) => "low >= high",
        (false, true) => "low > high",
    };
    first_at_with(why, low.len(), &shown, &extra, |i| {
        low[i].into() > closed(i)
    })
}

/// `fill_<name>_v` for methods whose parameters are checked one array at a time and whose
/// elements are one kernel call each.
macro_rules! each_element {
    ($(
        $(#[$doc:meta])*
        $fill:ident($($p:ident: $t:ty),*) -> $out:ty;
        checks: { $($check:expr;)* }
        |$g:ident| $value:expr;
    )*) => {$(
        $(#[$doc])*
        pub fn $fill(&mut self, $($p: &[$t],)* out: &mut [$out]) -> Result<()> {
            lengths(&[$((stringify!($p), $p.len())),*], out.len())?;
            $($check?;)*
            let $g = &mut self.bitgen;
            for (i, o) in out.iter_mut().enumerate() {
                $(let $p = $p[i];)*
                *o = $value;
            }
            Ok(())
        }
    )*};
}

macro_rules! integers_v {
    ($(($fill:ident, $t:ty, $dtype:literal, |$g:ident, $buf:ident, $off:ident, $rng:ident| $value:expr)),* $(,)?) => {$(
        #[doc = concat!(
            "`integers(low, high, dtype=np.", $dtype, ", endpoint=endpoint)` with one bound ",
            "pair per element (NumPy's broadcast path: its checks and messages, then one value ",
            "per element in order).")]
        pub fn $fill(&mut self, low: &[$t], high: &[$t], endpoint: bool, out: &mut [$t]) -> Result<()> {
            lengths(&[("low", low.len()), ("high", high.len())], out.len())?;
            integer_bounds($dtype, low, high, endpoint, i128::from(<$t>::MAX))?;
            #[allow(unused_mut, unused_variables)]
            let mut $buf = Buffered::default();
            let $g = &mut self.bitgen;
            for ((o, &l), &h) in out.iter_mut().zip(low).zip(high) {
                // The closed interval [off, off + rng] in the dtype's width (wrapping).
                let $rng = (i128::from(h) - i128::from(!endpoint) - i128::from(l)) as u64;
                let $off = l;
                *o = $value;
            }
            Ok(())
        }
    )*};
}

impl<R: RawBits> Generator<R> {
    /// `uniform(low, high)` with one `(low, high)` per element: NumPy's array checks, in order
    /// `Range exceeds valid bounds` (a non-finite `high - low`) and `high - low < 0`.
    pub fn fill_uniform_v(&mut self, low: &[f64], high: &[f64], out: &mut [f64]) -> Result<()> {
        lengths(&[("low", low.len()), ("high", high.len())], out.len())?;
        let shown: [(&str, &dyn Fn(usize) -> String); 2] = [
            ("low", &|i| format!("{:?}", low[i])),
            ("high", &|i| format!("{:?}", high[i])),
        ];
        let range = |i: usize| high[i] - low[i];
        first_at("Range exceeds valid bounds", out.len(), &shown, |i| {
            !range(i).is_finite()
        })?;
        first_at("high - low < 0", out.len(), &shown, |i| {
            range(i).is_sign_negative()
        })?;
        for (i, o) in out.iter_mut().enumerate() {
            *o = low[i] + range(i) * self.bitgen.next_double();
        }
        Ok(())
    }

    /// `triangular(left, mode, right)` with one set per element: `left > mode`, then
    /// `mode > right`, then `left == right`, each over the whole arrays.
    pub fn fill_triangular_v(
        &mut self,
        left: &[f64],
        mode: &[f64],
        right: &[f64],
        out: &mut [f64],
    ) -> Result<()> {
        let n = out.len();
        lengths(
            &[
                ("left", left.len()),
                ("mode", mode.len()),
                ("right", right.len()),
            ],
            n,
        )?;
        let shown: [(&str, &dyn Fn(usize) -> String); 3] = [
            ("left", &|i| format!("{:?}", left[i])),
            ("mode", &|i| format!("{:?}", mode[i])),
            ("right", &|i| format!("{:?}", right[i])),
        ];
        first_at("left > mode", n, &shown, |i| left[i] > mode[i])?;
        first_at("mode > right", n, &shown, |i| mode[i] > right[i])?;
        first_at("left == right", n, &shown, |i| left[i] == right[i])?;
        for (i, o) in out.iter_mut().enumerate() {
            *o = continuous::random_triangular(&mut self.bitgen, left[i], mode[i], right[i]);
        }
        Ok(())
    }

    /// `binomial(n, p)` with one `(ntrials, p)` per element: `p` over the whole array, then
    /// `n < 0`. The sampler's setup is kept while the parameters repeat (NumPy's `binomial_t`
    /// cache; the values do not depend on it).
    pub fn fill_binomial_v(&mut self, ntrials: &[i64], p: &[f64], out: &mut [i64]) -> Result<()> {
        lengths(&[("ntrials", ntrials.len()), ("p", p.len())], out.len())?;
        array::bounded_0_1("p", p)?;
        first("n", ntrials, "n < 0", |x| x < 0)?;
        let mut last: Option<(i64, u64, discrete::Binomial)> = None;
        for (i, o) in out.iter_mut().enumerate() {
            let (n, p) = (ntrials[i], p[i]);
            let b = match &last {
                Some((ln, lp, b)) if *ln == n && *lp == p.to_bits() => b,
                _ => {
                    &last
                        .insert((n, p.to_bits(), discrete::Binomial::new(n, p)))
                        .2
                }
            };
            *o = b.sample(&mut self.bitgen);
        }
        Ok(())
    }

    /// `negative_binomial(n, p)` with one `(n, p)` per element: `n` (NaN, then `<= 0`), `p`,
    /// then `n too large or p too small` over the arrays.
    pub fn fill_negative_binomial_v(
        &mut self,
        n: &[f64],
        p: &[f64],
        out: &mut [i64],
    ) -> Result<()> {
        let count = out.len();
        lengths(&[("n", n.len()), ("p", p.len())], count)?;
        array::positive_not_nan("n", n)?;
        array::bounded_gt_0_1("p", p)?;
        let shown: [(&str, &dyn Fn(usize) -> String); 2] = [
            ("n", &|i| format!("{:?}", n[i])),
            ("p", &|i| format!("{:?}", p[i])),
        ];
        first_at(
            "n too large or p too small, see Generator.negative_binomial Notes",
            count,
            &shown,
            |i| (1.0 - p[i]) / p[i] * (n[i] + 10.0 * n[i].sqrt()) > checks::POISSON_LAM_MAX,
        )?;
        for (i, o) in out.iter_mut().enumerate() {
            *o = mixtures::random_negative_binomial(&mut self.bitgen, n[i], p[i]);
        }
        Ok(())
    }

    /// `hypergeometric(ngood, nbad, nsample)` with one set per element: NumPy's array checks in
    /// its order (`both ngood and nbad must be less than 1000000000`, `ngood + nbad < nsample`,
    /// then `ngood < 0`, `nbad < 0`, `nsample < 0`).
    pub fn fill_hypergeometric_v(
        &mut self,
        ngood: &[i64],
        nbad: &[i64],
        nsample: &[i64],
        out: &mut [i64],
    ) -> Result<()> {
        let n = out.len();
        lengths(
            &[
                ("ngood", ngood.len()),
                ("nbad", nbad.len()),
                ("nsample", nsample.len()),
            ],
            n,
        )?;
        let shown: [(&str, &dyn Fn(usize) -> String); 3] = [
            ("ngood", &|i| ngood[i].to_string()),
            ("nbad", &|i| nbad[i].to_string()),
            ("nsample", &|i| nsample[i].to_string()),
        ];
        const MAX: i64 = 1_000_000_000;
        first_at(
            "both ngood and nbad must be less than 1000000000",
            n,
            &shown,
            |i| ngood[i] >= MAX,
        )?;
        first_at(
            "both ngood and nbad must be less than 1000000000",
            n,
            &shown,
            |i| nbad[i] >= MAX,
        )?;
        // NumPy's int64 sum wraps.
        first_at("ngood + nbad < nsample", n, &shown, |i| {
            ngood[i].wrapping_add(nbad[i]) < nsample[i]
        })?;
        first("ngood", ngood, "ngood < 0", |x| x < 0)?;
        first("nbad", nbad, "nbad < 0", |x| x < 0)?;
        first("nsample", nsample, "nsample < 0", |x| x < 0)?;
        for (i, o) in out.iter_mut().enumerate() {
            *o = hypergeometric::random_hypergeometric(
                &mut self.bitgen,
                ngood[i],
                nbad[i],
                nsample[i],
            );
        }
        Ok(())
    }

    each_element! {
        /// `normal(loc, scale)` with one `(loc, scale)` per element.
        fill_normal_v(loc: f64, scale: f64) -> f64;
        checks: { array::non_negative("scale", scale); }
        |g| normal::random_normal(g, loc, scale);

        /// `exponential(scale)` with one `scale` per element.
        fill_exponential_v(scale: f64) -> f64;
        checks: { array::non_negative("scale", scale); }
        |g| exponential::random_exponential(g, scale);

        /// `lognormal(mean, sigma)` with one `(mean, sigma)` per element.
        fill_lognormal_v(mean: f64, sigma: f64) -> f64;
        checks: { array::non_negative("sigma", sigma); }
        |g| normal::random_lognormal(g, mean, sigma);

        /// `standard_gamma(shape)` with one `shape` per element.
        fill_standard_gamma_v(shape: f64) -> f64;
        checks: { array::non_negative("shape", shape); }
        |g| gamma::random_standard_gamma(g, shape);

        /// `gamma(shape, scale)` with one `(shape, scale)` per element.
        fill_gamma_v(shape: f64, scale: f64) -> f64;
        checks: { array::non_negative("shape", shape); array::non_negative("scale", scale); }
        |g| gamma::random_gamma(g, shape, scale);

        /// `beta(a, b)` with one `(a, b)` per element.
        fill_beta_v(a: f64, b: f64) -> f64;
        checks: { array::positive("a", a); array::positive("b", b); }
        |g| gamma::random_beta(g, a, b);

        /// `chisquare(df)` with one `df` per element.
        fill_chisquare_v(df: f64) -> f64;
        checks: { array::positive("df", df); }
        |g| gamma::random_chisquare(g, df);

        /// `f(dfnum, dfden)` with one `(dfnum, dfden)` per element.
        fill_f_v(dfnum: f64, dfden: f64) -> f64;
        checks: { array::positive("dfnum", dfnum); array::positive("dfden", dfden); }
        |g| gamma::random_f(g, dfnum, dfden);

        /// `noncentral_chisquare(df, nonc)` with one `(df, nonc)` per element.
        fill_noncentral_chisquare_v(df: f64, nonc: f64) -> f64;
        checks: { array::positive("df", df); array::non_negative("nonc", nonc); }
        |g| mixtures::random_noncentral_chisquare(g, df, nonc);

        /// `noncentral_f(dfnum, dfden, nonc)` with one set per element.
        fill_noncentral_f_v(dfnum: f64, dfden: f64, nonc: f64) -> f64;
        checks: {
            array::positive("dfnum", dfnum);
            array::positive("dfden", dfden);
            array::non_negative("nonc", nonc);
        }
        |g| mixtures::random_noncentral_f(g, dfnum, dfden, nonc);

        /// `vonmises(mu, kappa)` with one `(mu, kappa)` per element.
        fill_vonmises_v(mu: f64, kappa: f64) -> f64;
        checks: { array::non_negative("kappa", kappa); }
        |g| vonmises::random_vonmises(g, mu, kappa);

        /// `poisson(lam)` with one `lam` per element (the array check says "too large" first).
        fill_poisson_v(lam: f64) -> i64;
        checks: { array::poisson("lam", lam); }
        |g| discrete::random_poisson(g, lam);

        /// `geometric(p)` with one `p` per element.
        fill_geometric_v(p: f64) -> i64;
        checks: { array::bounded_gt_0_1("p", p); }
        |g| discrete::random_geometric(g, p);

        /// `logseries(p)` with one `p` per element.
        fill_logseries_v(p: f64) -> i64;
        checks: { array::bounded_lt_0_1("p", p); }
        |g| discrete::random_logseries(g, p);

        /// `zipf(a)` with one `a` per element.
        fill_zipf_v(a: f64) -> i64;
        checks: { array::gt_1("a", a); }
        |g| discrete::random_zipf(g, a);

        /// `standard_t(df)` with one `df` per element.
        fill_standard_t_v(df: f64) -> f64;
        checks: { array::positive("df", df); }
        |g| continuous::random_standard_t(g, df);

        /// `pareto(a)` with one `a` per element.
        fill_pareto_v(a: f64) -> f64;
        checks: { array::positive("a", a); }
        |g| continuous::random_pareto(g, a);

        /// `weibull(a)` with one `a` per element.
        fill_weibull_v(a: f64) -> f64;
        checks: { array::non_negative("a", a); }
        |g| continuous::random_weibull(g, a);

        /// `power(a)` with one `a` per element.
        fill_power_v(a: f64) -> f64;
        checks: { array::positive("a", a); }
        |g| continuous::random_power(g, a);

        /// `laplace(loc, scale)` with one `(loc, scale)` per element.
        fill_laplace_v(loc: f64, scale: f64) -> f64;
        checks: { array::non_negative("scale", scale); }
        |g| continuous::random_laplace(g, loc, scale);

        /// `gumbel(loc, scale)` with one `(loc, scale)` per element.
        fill_gumbel_v(loc: f64, scale: f64) -> f64;
        checks: { array::non_negative("scale", scale); }
        |g| continuous::random_gumbel(g, loc, scale);

        /// `logistic(loc, scale)` with one `(loc, scale)` per element.
        fill_logistic_v(loc: f64, scale: f64) -> f64;
        checks: { array::non_negative("scale", scale); }
        |g| continuous::random_logistic(g, loc, scale);

        /// `rayleigh(scale)` with one `scale` per element.
        fill_rayleigh_v(scale: f64) -> f64;
        checks: { array::non_negative("scale", scale); }
        |g| continuous::random_rayleigh(g, scale);

        /// `wald(mean, scale)` with one `(mean, scale)` per element.
        fill_wald_v(mean: f64, scale: f64) -> f64;
        checks: { array::positive("mean", mean); array::positive("scale", scale); }
        |g| continuous::random_wald(g, mean, scale);
    }

    /// `standard_gamma(shape, dtype=np.float32)` with one float `shape` per element.
    pub fn fill_standard_gamma_f32_v(&mut self, shape: &[f32], out: &mut [f32]) -> Result<()> {
        lengths(&[("shape", shape.len())], out.len())?;
        first("shape", shape, "shape < 0", |x| {
            !x.is_nan() && x.is_sign_negative()
        })?;
        for (o, &s) in out.iter_mut().zip(shape) {
            *o = gamma::random_standard_gamma_f(&mut self.bitgen, s);
        }
        Ok(())
    }

    integers_v! {
        (fill_integers_i64_v, i64, "int64", |g, _b, off, rng| bounded_u64_one(g, off as u64, rng) as i64),
        (fill_integers_i32_v, i32, "int32", |g, _b, off, rng| bounded_u32_one(g, off as u32, rng as u32) as i32),
        (fill_integers_i16_v, i16, "int16", |g, b, off, rng| b.u16(g, off as u16, rng as u16) as i16),
        (fill_integers_i8_v, i8, "int8", |g, b, off, rng| b.u8(g, off as u8, rng as u8) as i8),
        (fill_integers_u64_v, u64, "uint64", |g, _b, off, rng| bounded_u64_one(g, off, rng)),
        (fill_integers_u32_v, u32, "uint32", |g, _b, off, rng| bounded_u32_one(g, off, rng as u32)),
        (fill_integers_u16_v, u16, "uint16", |g, b, off, rng| b.u16(g, off, rng as u16)),
        (fill_integers_u8_v, u8, "uint8", |g, b, off, rng| b.u8(g, off, rng as u8)),
    }

    /// `integers(low, high, dtype=bool, endpoint=endpoint)` with one bound pair per element
    /// (bounds as `u8`, as [`Generator::fill_integers_bool`]); one bit buffer for the call.
    pub fn fill_integers_bool_v(
        &mut self,
        low: &[u8],
        high: &[u8],
        endpoint: bool,
        out: &mut [bool],
    ) -> Result<()> {
        lengths(&[("low", low.len()), ("high", high.len())], out.len())?;
        integer_bounds("bool", low, high, endpoint, 1)?;
        let mut buf = Buffered::default();
        for ((o, &l), &h) in out.iter_mut().zip(low).zip(high) {
            let rng = i128::from(h) - i128::from(!endpoint) - i128::from(l);
            *o = buf.bool(&mut self.bitgen, l != 0, rng != 0);
        }
        Ok(())
    }
}

//! The vector-valued methods: `multinomial` (numpy/random/_generator.pyx and
//! `random_multinomial` in distributions.c), `dirichlet` (_generator.pyx) and
//! `multivariate_hypergeometric` (_generator.pyx, random_mvhg_count.c, random_mvhg_marginals.c).
//!
//! Each fills `out` with rows of `k` values, row-major, as NumPy's `size=rows` call gives them
//! (NumPy's output starts zeroed; so does each row here). Every check runs before any draw.

use super::Generator;
use super::checks::kahan_sum;
use super::discrete::Binomial;
use super::gamma::{random_beta, random_standard_gamma};
use super::hypergeometric::Hypergeometric;
use super::integers::random_interval;
use crate::common::RawBits;
use crate::error::{Error, Result};

/// The rows of `out` for `k` values a row: `out.len()` must be a multiple of `k` (any length
/// is refused for k = 0 but 0).
fn rows(what: &str, k: usize, out_len: usize) -> Result<usize> {
    if k == 0 {
        if out_len == 0 {
            return Ok(0);
        }
        return Err(Error::invalid(format!(
            "{what}: {out_len} output values for rows of 0 values"
        )));
    }
    if !out_len.is_multiple_of(k) {
        return Err(Error::invalid(format!(
            "{what}: {out_len} output values are not whole rows of {k}"
        )));
    }
    Ok(out_len / k)
}

// ---- multinomial -----------------------------------------------------------------------------

/// NumPy's checks on `pvals` in its order, for rows of `k` (all rows' bounds, then each row's
/// sum): `k` = 0, a value outside [0, 1] or NaN, `kahan_sum(row[:-1]) > 1 + 1e-12`. `slice` is
/// NumPy's text for the sum (`[:-1]`, or `[...,:-1]` for several rows).
fn check_pvals(pvals: &[f64], k: usize, slice: &str) -> Result<()> {
    if k == 0 {
        return Err(Error::invalid(
            "pvals must have at least 1 dimension and the last dimension of pvals must be \
             greater than 0.",
        ));
    }
    if let Some((i, p)) = pvals
        .iter()
        .enumerate()
        .find(|(_, p)| !(0.0..=1.0).contains(*p))
    {
        return Err(Error::invalid(format!(
            "pvals < 0, pvals > 1 or pvals contains NaNs (got pvals[{i}] = {p:?})"
        )));
    }
    for (r, row) in pvals.chunks(k).enumerate() {
        let sum = kahan_sum(&row[..k - 1]);
        if sum > 1.0 + 1e-12 {
            return Err(Error::invalid(format!(
                "sum(pvals{slice}) > 1.0 (got {sum:?} for row {r})"
            )));
        }
    }
    Ok(())
}

fn check_n(n: i64) -> Result<()> {
    if n < 0 {
        return Err(Error::invalid(format!("n < 0 (got n = {n})")));
    }
    Ok(())
}

/// Sampler setups by key (which determines the setup), direct-mapped: up to 64 slots per
/// category, at most `SETUP_CACHE_SLOTS` in all. NumPy keeps one `binomial_t` for all calls,
/// refreshed whenever (n, p) changes, and computes every hypergeometric setup afresh; a setup
/// is a function of its key alone, so any cache gives the same values. Here the first
/// category's setup is computed once, and the next ones' once per number of trials (or items)
/// left, instead of once per draw.
struct SetupCache<K, V> {
    slots: Vec<Option<(K, V)>>,
    per_group: usize,
}

/// The most slots a cache holds (a few hundred KB), however many categories there are; with
/// more categories than slots, categories share them.
const SETUP_CACHE_SLOTS: usize = 4096;

impl<K: PartialEq + Copy, V> SetupCache<K, V> {
    /// For `groups` categories and `rows` rows (a table no larger than the rows need).
    fn new(groups: usize, rows: usize) -> Self {
        let fair_share = (SETUP_CACHE_SLOTS / groups.max(1)).max(1);
        // Powers of two, the smaller of what the rows can use and the category's share.
        let per_group = rows
            .clamp(1, 64)
            .next_power_of_two()
            .min(1 << fair_share.ilog2());
        let mut slots = Vec::new();
        slots.resize_with((groups * per_group).clamp(1, SETUP_CACHE_SLOTS), || None);
        SetupCache { slots, per_group }
    }

    /// The setup of `key` for category `group`; `hash` picks its slot.
    #[inline]
    fn get(&mut self, group: usize, hash: u64, key: K, make: impl FnOnce() -> V) -> &mut V {
        let i = group * self.per_group + (hash as usize & (self.per_group - 1));
        let n = self.slots.len();
        let slot = &mut self.slots[if i < n { i } else { i % n }];
        match slot {
            Some((k, _)) if *k == key => {}
            _ => *slot = Some((key, make())),
        }
        &mut slot.as_mut().expect("just set").1
    }
}

type BinomialCache = SetupCache<(i64, u64), TabulatedBinomial>;

/// A cached binomial sampler. For inversion, the pmf values its walk computes one by one
/// (`px = ((n - x + 1) p px) / (x q)`, a division on every step of every draw) are kept in a
/// table as they are first reached, with the same operations, so later draws only subtract
/// and compare: the same values and draws as `Binomial::sample`.
pub(crate) enum TabulatedBinomial {
    Inversion {
        n: i64,
        p: f64,
        q: f64,
        bound: i64,
        flip: bool,
        /// px[x] for x = 0 ..= the largest x reached so far (at most bound).
        px: Vec<f64>,
    },
    Other(Binomial),
}

impl TabulatedBinomial {
    pub(crate) fn new(n: i64, p: f64) -> Self {
        let b = Binomial::new(n, p);
        match b.inversion_parts() {
            Some((n, p, q, qn, bound, flip)) => TabulatedBinomial::Inversion {
                n,
                p,
                q,
                bound,
                flip,
                px: vec![qn],
            },
            None => TabulatedBinomial::Other(b),
        }
    }

    /// `random_binomial_inversion`'s walk (restarting with a fresh uniform past `bound`).
    #[inline]
    pub(crate) fn sample<R: RawBits + ?Sized>(&mut self, bitgen: &mut R) -> i64 {
        let TabulatedBinomial::Inversion {
            n,
            p,
            q,
            bound,
            flip,
            px,
        } = self
        else {
            let TabulatedBinomial::Other(b) = self else {
                unreachable!()
            };
            return b.sample(bitgen);
        };
        let (n, p, q, bound) = (*n, *p, *q, *bound);
        let mut x = 0usize;
        let mut u = bitgen.next_double();
        while u > px[x] {
            x += 1;
            if x as i64 > bound {
                x = 0;
                u = bitgen.next_double();
            } else {
                u -= px[x - 1];
                if x == px.len() {
                    let xi = x as i64;
                    px.push(((n - xi + 1) as f64 * p * px[x - 1]) / (xi as f64 * q));
                }
            }
        }
        if *flip { n - x as i64 } else { x as i64 }
    }
}

/// `random_multinomial`: `out[j] = binomial(dn, p[j] / remaining_p)` for all but the last
/// category, where `dn` is what is left of n (stopping once nothing is), and the last gets
/// the rest. `remaining_p` drops by `p[j]` only after the stop test, as NumPy's; a ratio past
/// 1 by rounding takes everything left, as NumPy's binomial does. `out` is zeroed first.
#[inline]
fn multinomial_row<R: RawBits + ?Sized>(
    bitgen: &mut R,
    n: i64,
    p: &[f64],
    out: &mut [i64],
    cache: &mut BinomialCache,
) {
    out.fill(0);
    let d = p.len();
    let mut remaining_p = 1.0;
    let mut dn = n;
    for j in 0..d - 1 {
        let pj = p[j] / remaining_p;
        let x = cache
            .get(j, dn as u64, (dn, pj.to_bits()), || {
                TabulatedBinomial::new(dn, pj)
            })
            .sample(bitgen);
        out[j] = x;
        dn -= x;
        if dn <= 0 {
            break;
        }
        remaining_p -= p[j];
    }
    if dn > 0 {
        out[d - 1] = dn;
    }
}

// ---- dirichlet -------------------------------------------------------------------------------

/// dirichlet's stick-breaking (every alpha below 0.1, not all 0) draws a beta per category;
/// otherwise a gamma per category, normalised.
#[derive(Debug)]
enum Dirichlet {
    /// All alphas 0: zeros, no draw.
    Zeros,
    /// `csum[j]`: the sum of alpha[j..], summed from the right.
    Stick {
        csum: Vec<f64>,
    },
    Gamma,
}

impl Dirichlet {
    fn new(alpha: &[f64]) -> Self {
        // NumPy's `alpha_arr.max() < 0.1`: a NaN maximum compares false.
        let small = !alpha.is_empty()
            && !alpha.iter().any(|a| a.is_nan())
            && alpha.iter().all(|&a| a < 0.1);
        if !small {
            return Dirichlet::Gamma;
        }
        let mut csum = vec![0.0; alpha.len()];
        let mut s = 0.0;
        for (c, &a) in csum.iter_mut().zip(alpha).rev() {
            s += a;
            *c = s;
        }
        if s > 0.0 {
            Dirichlet::Stick { csum }
        } else {
            Dirichlet::Zeros
        }
    }

    #[inline]
    fn row<R: RawBits + ?Sized>(&self, bitgen: &mut R, alpha: &[f64], out: &mut [f64]) {
        let k = alpha.len();
        match self {
            Dirichlet::Zeros => out.fill(0.0),
            Dirichlet::Stick { csum } => {
                let mut acc = 1.0;
                let mut j = 0;
                while j < k - 1 {
                    let v = random_beta(bitgen, alpha[j], csum[j + 1]);
                    out[j] = acc * v;
                    acc *= 1.0 - v;
                    j += 1;
                    if csum[j] == 0.0 {
                        // v is 1, acc 0: the rest stay 0.
                        break;
                    }
                }
                out[j..k - 1].fill(0.0);
                out[k - 1] = acc;
            }
            Dirichlet::Gamma => {
                let mut acc = 0.0;
                for (o, &a) in out.iter_mut().zip(alpha) {
                    *o = random_standard_gamma(bitgen, a);
                    acc += *o;
                }
                // A multiply by the reciprocal, as NumPy's.
                let invacc = 1.0 / acc;
                for o in out.iter_mut() {
                    *o *= invacc;
                }
            }
        }
    }
}

// ---- multivariate_hypergeometric -----------------------------------------------------------

/// `multivariate_hypergeometric`'s `method`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MvhgMethod {
    /// `'marginals'`: one hypergeometric draw per color; sum(colors) < 10^9.
    Marginals,
    /// `'count'`: a partial shuffle of every item; memory for sum(colors) items.
    Count,
}

impl MvhgMethod {
    /// NumPy's method names; anything else is `method must be "count" or "marginals".`
    pub fn parse(text: &str) -> Result<Self> {
        match text {
            "marginals" => Ok(MvhgMethod::Marginals),
            "count" => Ok(MvhgMethod::Count),
            _ => Err(Error::invalid(format!(
                "method must be \"count\" or \"marginals\". (got method = {text:?})"
            ))),
        }
    }
}

/// NumPy's marginals limit: `random_hypergeometric` takes counts below 10^9.
const MVHG_MARGINALS_MAX: i64 = 1_000_000_000;
/// NumPy's count limit, `INT64_MAX // sizeof(size_t)` on 64-bit platforms.
const MVHG_COUNT_MAX: i64 = i64::MAX / 8;

/// NumPy's checks after the method's (which `MvhgMethod::parse` makes), in its order; returns
/// sum(colors).
fn check_mvhg(colors: &[i64], nsample: i64, method: MvhgMethod) -> Result<i64> {
    if nsample < 0 {
        return Err(Error::invalid(format!(
            "nsample must be nonnegative. (got nsample = {nsample})"
        )));
    }
    if let Some((i, c)) = colors.iter().enumerate().find(|(_, c)| **c < 0) {
        return Err(Error::invalid(format!(
            "colors must be a one-dimensional sequence of nonnegative integers not exceeding \
             {}. (got colors[{i}] = {c})",
            i64::MAX
        )));
    }
    let total = colors
        .iter()
        .try_fold(0i64, |s, &c| s.checked_add(c))
        .ok_or_else(|| {
            Error::invalid(format!(
                "sum(colors) must not exceed the maximum value of a 64 bit signed integer ({})",
                i64::MAX
            ))
        })?;
    if method == MvhgMethod::Marginals && total >= MVHG_MARGINALS_MAX {
        return Err(Error::invalid(format!(
            "When method is \"marginals\", sum(colors) must be less than {MVHG_MARGINALS_MAX}. \
             (got sum(colors) = {total})"
        )));
    }
    if method == MvhgMethod::Count && total > MVHG_COUNT_MAX {
        return Err(Error::invalid(format!(
            "When method is 'count', sum(colors) must not exceed {MVHG_COUNT_MAX} \
             (got sum(colors) = {total})"
        )));
    }
    if nsample > total {
        return Err(Error::invalid(format!(
            "nsample > sum(colors) (got nsample = {nsample}, sum(colors) = {total})"
        )));
    }
    Ok(total)
}

/// A color index in the count method's item array: the narrowest type that holds every
/// index, so that the array is smaller than NumPy's `size_t` one (same values).
trait ColorIndex: Copy {
    fn from_index(i: usize) -> Self;
    fn index(self) -> usize;
}

macro_rules! color_index {
    ($($t:ty),*) => {$(
        impl ColorIndex for $t {
            #[inline(always)]
            fn from_index(i: usize) -> Self {
                i as $t
            }
            #[inline(always)]
            fn index(self) -> usize {
                self as usize
            }
        }
    )*};
}
color_index!(u8, u16, u32, usize);

/// `random_multivariate_hypergeometric_count`: `choices` lists each color's index once per
/// item, in order; each variate shuffles its first `nsample` places (Fisher–Yates from the
/// front, `random_interval`) and counts them. The array is permuted in place and carried over
/// to the next variate, as NumPy's. With more than half the items sampled, the complement is
/// sampled and subtracted from colors.
fn mvhg_count<R: RawBits + ?Sized, T: ColorIndex>(
    bitgen: &mut R,
    colors: &[i64],
    total: i64,
    nsample: i64,
    out: &mut [i64],
) -> Result<()> {
    let k = colors.len();
    let no_memory = || {
        Error::out_of_memory(format!(
            "Insufficient memory for multivariate_hypergeometric with method='count' and \
             sum(colors)={total}"
        ))
    };
    let len = usize::try_from(total).map_err(|_| no_memory())?;
    let mut choices: Vec<T> = Vec::new();
    choices.try_reserve_exact(len).map_err(|_| no_memory())?;
    for (i, &c) in colors.iter().enumerate() {
        choices.extend(std::iter::repeat_n(T::from_index(i), c as usize));
    }
    let more_than_half = nsample > total / 2;
    let nsample = if more_than_half {
        total - nsample
    } else {
        nsample
    } as usize;
    let top = total as u64 - 1;
    for row in out.chunks_exact_mut(k) {
        row.fill(0);
        for j in 0..nsample {
            let m = j + random_interval(bitgen, top - j as u64) as usize;
            choices.swap(m, j);
        }
        for c in &choices[..nsample] {
            row[c.index()] += 1;
        }
        if more_than_half {
            for (v, &c) in row.iter_mut().zip(colors) {
                *v = c - *v;
            }
        }
    }
    Ok(())
}

/// `random_multivariate_hypergeometric_marginals`: per color but the last, a hypergeometric
/// draw of the colour against the items after it, until the sample is used up; the last
/// color takes the rest. The complement as in `mvhg_count`.
fn mvhg_marginals<R: RawBits + ?Sized>(
    bitgen: &mut R,
    colors: &[i64],
    total: i64,
    nsample: i64,
    out: &mut [i64],
) {
    let k = colors.len();
    let more_than_half = nsample > total / 2;
    let nsample = if more_than_half {
        total - nsample
    } else {
        nsample
    };
    let mut cache = SetupCache::new(k, out.len() / k);
    for row in out.chunks_exact_mut(k) {
        row.fill(0);
        let mut num_to_sample = nsample;
        let mut remaining = total;
        let mut j = 0;
        while num_to_sample > 0 && j + 1 < k {
            remaining -= colors[j];
            let (good, bad) = (colors[j], remaining);
            let r = cache
                .get(j, num_to_sample as u64, (good, bad, num_to_sample), || {
                    Hypergeometric::new(good, bad, num_to_sample)
                })
                .sample(bitgen);
            row[j] = r;
            num_to_sample -= r;
            j += 1;
        }
        if num_to_sample > 0 {
            row[k - 1] = num_to_sample;
        }
        if more_than_half {
            for (v, &c) in row.iter_mut().zip(colors) {
                *v = c - *v;
            }
        }
    }
}

impl<R: RawBits> Generator<R> {
    /// `multinomial(n, pvals, size=rows)` with `rows = out.len() / pvals.len()`: rows of
    /// `pvals.len()` counts, row-major. NumPy's checks in its order: an empty `pvals`, a
    /// value outside [0, 1] or NaN, `sum(pvals[:-1]) > 1.0` (a Kahan sum, with 1e-12 of
    /// slack), `n < 0`; `out.len()` must be whole rows. The last pval is never used beyond its
    /// check: the last category takes what is left. n = 0 and zero pvals draw nothing.
    pub fn fill_multinomial(&mut self, n: i64, pvals: &[f64], out: &mut [i64]) -> Result<()> {
        let k = pvals.len();
        check_pvals(pvals, k, "[:-1]")?;
        check_n(n)?;
        rows("multinomial", k, out.len())?;
        let mut cache = BinomialCache::new(k, out.len() / k);
        for row in out.chunks_exact_mut(k) {
            multinomial_row(&mut self.bitgen, n, pvals, row, &mut cache);
        }
        Ok(())
    }

    /// NumPy's vector path, `multinomial(n_array, pvals_2d)` after broadcasting: row `i` of
    /// `out` draws with `ns[i]` trials and `pvals[i*k..(i+1)*k]`. All of `pvals` is checked as
    /// NumPy checks it (`sum(pvals[...,:-1]) > 1.0` for a row's sum), then every `ns[i] < 0`;
    /// `pvals` and `out` must hold `ns.len()` rows of `k`.
    pub fn fill_multinomial_v(
        &mut self,
        ns: &[i64],
        pvals: &[f64],
        k: usize,
        out: &mut [i64],
    ) -> Result<()> {
        if k != 0 && pvals.len() != ns.len() * k {
            return Err(Error::invalid(format!(
                "multinomial: {} pvals for {} rows of {k}",
                pvals.len(),
                ns.len()
            )));
        }
        check_pvals(pvals, k, "[...,:-1]")?;
        if let Some(&n) = ns.iter().find(|&&n| n < 0) {
            check_n(n)?;
        }
        if out.len() != ns.len() * k {
            return Err(Error::invalid(format!(
                "multinomial: {} output values for {} rows of {k}",
                out.len(),
                ns.len()
            )));
        }
        let mut cache = BinomialCache::new(k, ns.len());
        for ((row, &n), p) in out.chunks_exact_mut(k).zip(ns).zip(pvals.chunks_exact(k)) {
            multinomial_row(&mut self.bitgen, n, p, row, &mut cache);
        }
        Ok(())
    }

    /// `multinomial(n, pvals)` with `size=None`: one row of `pvals.len()` counts.
    pub fn next_multinomial(&mut self, n: i64, pvals: &[f64]) -> Result<Vec<i64>> {
        let mut out = vec![0; pvals.len()];
        self.fill_multinomial(n, pvals, &mut out)?;
        Ok(out)
    }

    /// `dirichlet(alpha, size=rows)` with `rows = out.len() / alpha.len()`, row-major. NumPy
    /// rejects `alpha < 0` only (so -0.0, 0 and NaN pass). When every alpha is below 0.1 (and
    /// none is NaN) each row is stick-breaking with betas, and all-zero alphas give zeros
    /// without drawing; otherwise a standard gamma per alpha (none for alpha 0), each
    /// multiplied by the reciprocal of their sum. An empty `alpha` gives nothing.
    pub fn fill_dirichlet(&mut self, alpha: &[f64], out: &mut [f64]) -> Result<()> {
        if let Some((i, a)) = alpha.iter().enumerate().find(|(_, a)| **a < 0.0) {
            return Err(Error::invalid(format!(
                "alpha < 0 (got alpha[{i}] = {a:?})"
            )));
        }
        let k = alpha.len();
        rows("dirichlet", k, out.len())?;
        if k == 0 {
            return Ok(());
        }
        let dirichlet = Dirichlet::new(alpha);
        for row in out.chunks_exact_mut(k) {
            dirichlet.row(&mut self.bitgen, alpha, row);
        }
        Ok(())
    }

    /// `dirichlet(alpha)` with `size=None`: one row.
    pub fn next_dirichlet(&mut self, alpha: &[f64]) -> Result<Vec<f64>> {
        let mut out = vec![0.0; alpha.len()];
        self.fill_dirichlet(alpha, &mut out)?;
        Ok(out)
    }

    /// `multivariate_hypergeometric(colors, nsample, size=rows, method=method)` with
    /// `rows = out.len() / colors.len()`, row-major. NumPy's checks in its order: `nsample`
    /// negative, a negative color, sum(colors) overflowing int64, the method's limit (below
    /// 10^9 for marginals, at most 2^60 - 1 for count), `nsample > sum(colors)`. Nothing is
    /// drawn when sum(colors), nsample or the rows are 0 (nor for nsample = sum(colors)).
    /// The count method allocates sum(colors) small integers and reports a failure as
    /// `ErrorKind::OutOfMemory`, before drawing.
    pub fn fill_multivariate_hypergeometric(
        &mut self,
        colors: &[i64],
        nsample: i64,
        method: MvhgMethod,
        out: &mut [i64],
    ) -> Result<()> {
        let total = check_mvhg(colors, nsample, method)?;
        let k = colors.len();
        rows("multivariate_hypergeometric", k, out.len())?;
        if total == 0 || nsample == 0 || out.is_empty() {
            out.fill(0);
            return Ok(());
        }
        let bitgen = &mut self.bitgen;
        match method {
            MvhgMethod::Marginals => mvhg_marginals(bitgen, colors, total, nsample, out),
            MvhgMethod::Count if k <= 1 << 8 => {
                mvhg_count::<_, u8>(bitgen, colors, total, nsample, out)?
            }
            MvhgMethod::Count if k <= 1 << 16 => {
                mvhg_count::<_, u16>(bitgen, colors, total, nsample, out)?
            }
            MvhgMethod::Count if k as u64 <= 1 << 32 => {
                mvhg_count::<_, u32>(bitgen, colors, total, nsample, out)?
            }
            MvhgMethod::Count => mvhg_count::<_, usize>(bitgen, colors, total, nsample, out)?,
        }
        Ok(())
    }

    /// `multivariate_hypergeometric(colors, nsample, method=method)` with `size=None`.
    pub fn next_multivariate_hypergeometric(
        &mut self,
        colors: &[i64],
        nsample: i64,
        method: MvhgMethod,
    ) -> Result<Vec<i64>> {
        let mut out = vec![0; colors.len()];
        self.fill_multivariate_hypergeometric(colors, nsample, method, &mut out)?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kahan_sum_is_numpys() {
        assert_eq!(kahan_sum(&[]), 0.0);
        assert_eq!(kahan_sum(&[0.1; 10]), 1.0);
        assert_eq!([0.1; 10].iter().sum::<f64>(), 0.9999999999999999);
    }

    /// The tabulated walk gives `Binomial::sample`'s values and draws, table grown or not.
    #[test]
    #[cfg_attr(miri, ignore = "a million draws")]
    fn tabulated_binomial_is_binomial() {
        let ss = crate::SeedSequence::from_u64(99);
        for &n in &[1i64, 2, 5, 30, 31, 100, 1000, 1 << 40] {
            for &p in &[1e-9, 0.01, 0.2, 0.5, 0.7, 0.99, 1.0, 1.0000000000000002] {
                let mut a = crate::Pcg64::new(&ss);
                let mut b = a.clone();
                let mut t = TabulatedBinomial::new(n, p);
                let plain = Binomial::new(n, p);
                for _ in 0..2000 {
                    assert_eq!(t.sample(&mut a), plain.sample(&mut b), "n {n}, p {p}");
                }
                assert!(a == b);
            }
        }
    }

    /// NumPy's MemoryError: the count method's 2^59 items do not fit in any address space.
    /// Reported before any draw, with nothing written.
    #[test]
    #[cfg_attr(
        miri,
        ignore = "Miri reports the huge allocation instead of failing it"
    )]
    fn count_method_out_of_memory_is_an_error() {
        let mut bits = crate::Pcg64::new(&crate::SeedSequence::from_u64(5));
        let before = bits.clone();
        let mut g = Generator::new(&mut bits);
        let mut out = [7i64; 4];
        let e = g
            .fill_multivariate_hypergeometric(&[1 << 59, 1], 1, MvhgMethod::Count, &mut out)
            .unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::OutOfMemory);
        assert_eq!(
            e.message(),
            "Insufficient memory for multivariate_hypergeometric with method='count' and \
             sum(colors)=576460752303423489"
        );
        assert_eq!(out, [7; 4]);
        assert!(bits == before);
    }
}

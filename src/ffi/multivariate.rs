//! The vector-valued Generator methods from C (written by hand: their parameters are arrays):
//! `rng_multinomial`, `rng_multinomial_v`, `rng_dirichlet`, `rng_multivariate_hypergeometric`.
//! Each writes `n` rows of `k` values, row-major, as NumPy's `size=n` call; every parameter is
//! checked before anything is drawn or written.

use super::boundary::{Fail, FfiResult, handle_mut, input, output, status, text};
use super::{rng_bitgen, with_source};
use crate::distributions::Generator;
use crate::distributions::multivariate::MvhgMethod;
use std::ffi::c_char;

/// `n * k`, or the failure of an output that cannot exist.
fn cells(n: usize, k: usize) -> FfiResult<usize> {
    n.checked_mul(k).ok_or_else(|| {
        Fail::invalid(format!(
            "out: {n} rows of {k} values overflow the element count"
        ))
    })
}

/// @brief `Generator(bg).multinomial(ntrials, pvals, size=n)`: `n` rows of `k` counts in `out`
///        (row-major, `n * k` values).
///
/// Row `i` holds `ntrials` trials over the `k` categories of `pvals`. NumPy's checks, in its
/// order: `k == 0`, a value of `pvals` outside [0, 1] or NaN, the (Kahan) sum of all but the
/// last `pvals` above 1 + 1e-12, `ntrials < 0`; as NumPy, they run even for `n == 0`. The last category takes what the others leave,
/// so its `pvals` entry is only checked. `ntrials == 0` and zero `pvals` draw nothing.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER (`pvals` with `k > 0`, `out` with `n * k > 0`);
///         #RNG_ERR_INVALID_ARGUMENT for rejected parameters or an overflowing count (then
///         nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `pvals` points to `k` values and
/// `out` to `n * k` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_multinomial(
    bg: *mut rng_bitgen,
    ntrials: i64,
    pvals: *const f64,
    k: usize,
    out: *mut i64,
    n: usize,
) -> i32 {
    status("rng_multinomial", || {
        // SAFETY: forwarded contract.
        let (g, pvals, out) = unsafe {
            (
                handle_mut(bg, "bg")?,
                input(pvals, k, "pvals")?,
                output(out, cells(n, k)?, "out")?,
            )
        };
        with_source!(&mut g.src, s => Ok(Generator::new(s).fill_multinomial(ntrials, pvals, out)?))
    })
}

/// @brief NumPy's vector path of multinomial, `Generator(bg).multinomial(ntrials_array,
///        pvals_2d)` after broadcasting: row `i` of `out` draws `ntrials[i]` trials over row
///        `i` of `pvals` (`n` rows of `k`).
///
/// NumPy's checks, in its order: `k == 0`, a value of `pvals` outside [0, 1] or NaN, a row's
/// sum of all but its last value above 1 + 1e-12, a negative `ntrials[i]`.
/// As NumPy, the checks run even for `n == 0` (so `k == 0` is always refused).
/// @return as #rng_multinomial; `ntrials` may be NULL when `n == 0`, `pvals` when `n * k == 0`.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `ntrials` points to `n` values,
/// `pvals` to `n * k` and `out` to `n * k` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_multinomial_v(
    bg: *mut rng_bitgen,
    ntrials: *const i64,
    pvals: *const f64,
    k: usize,
    out: *mut i64,
    n: usize,
) -> i32 {
    status("rng_multinomial_v", || {
        let m = cells(n, k)?;
        // SAFETY: forwarded contract.
        let (g, ntrials, pvals, out) = unsafe {
            (
                handle_mut(bg, "bg")?,
                input(ntrials, n, "ntrials")?,
                input(pvals, m, "pvals")?,
                output(out, m, "out")?,
            )
        };
        with_source!(&mut g.src, s => Ok(Generator::new(s).fill_multinomial_v(ntrials, pvals, k, out)?))
    })
}

/// @brief `Generator(bg).dirichlet(alpha, size=n)`: `n` rows of `k` values in `out`
///        (row-major, `n * k` values).
///
/// Rejected: a negative `alpha` (NumPy's only check: -0.0, 0 and NaN pass). When every alpha
/// is below 0.1 each row is stick-breaking with betas (all-zero alphas give zeros, drawing
/// nothing); otherwise a standard gamma per alpha, normalised. `k == 0` writes nothing.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER (`alpha` with `k > 0`, `out` with `n * k > 0`);
///         #RNG_ERR_INVALID_ARGUMENT for a rejected alpha or an overflowing count (then nothing
///         is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `alpha` points to `k` values and
/// `out` to `n * k` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_dirichlet(
    bg: *mut rng_bitgen,
    alpha: *const f64,
    k: usize,
    out: *mut f64,
    n: usize,
) -> i32 {
    status("rng_dirichlet", || {
        // SAFETY: forwarded contract.
        let (g, alpha, out) = unsafe {
            (
                handle_mut(bg, "bg")?,
                input(alpha, k, "alpha")?,
                output(out, cells(n, k)?, "out")?,
            )
        };
        with_source!(&mut g.src, s => Ok(Generator::new(s).fill_dirichlet(alpha, out)?))
    })
}

/// @brief `Generator(bg).multivariate_hypergeometric(colors, nsample, size=n, method=method)`:
///        `n` rows of `k` counts in `out` (row-major, `n * k` values).
///
/// `method` is `"marginals"` (one hypergeometric draw per color; sum(colors) below 10^9) or
/// `"count"` (a partial shuffle of all sum(colors) items, kept from row to row as NumPy's;
/// at most 2^60 - 1 items, memory for each). NumPy's checks, in its order: the method, a
/// negative `nsample`, a negative color, sum(colors) overflowing int64, the method's limit,
/// `nsample > sum(colors)`. Nothing is drawn when sum(colors), `nsample` or `n` is 0.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER (`method`, `colors` with `k > 0`, `out` with
///         `n * k > 0`); #RNG_ERR_INVALID_ARGUMENT for rejected parameters or an overflowing
///         count; #RNG_ERR_OUT_OF_MEMORY when the count method's items cannot be allocated.
///         Nothing is drawn or written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `colors` points to `k` values,
/// `method` is NULL or NUL-terminated, `out` points to `n * k` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_multivariate_hypergeometric(
    bg: *mut rng_bitgen,
    colors: *const i64,
    k: usize,
    nsample: i64,
    method: *const c_char,
    out: *mut i64,
    n: usize,
) -> i32 {
    status("rng_multivariate_hypergeometric", || {
        // SAFETY: forwarded contract.
        let (g, method, colors, out) = unsafe {
            (
                handle_mut(bg, "bg")?,
                text(method, "method")?,
                input(colors, k, "colors")?,
                output(out, cells(n, k)?, "out")?,
            )
        };
        let method = MvhgMethod::parse(method)?;
        with_source!(&mut g.src, s => Ok(Generator::new(s)
            .fill_multivariate_hypergeometric(colors, nsample, method, out)?))
    })
}

//! `rng_multivariate_normal`: the hand-written C form of `Generator.multivariate_normal`.

use super::boundary::{Fail, handle_mut, input, output, set_last_error, status_of, text};
use super::{RNG_OK, RNG_WARN_NOT_PSD, rng_bitgen, with_source};
use crate::distributions::Generator;
use crate::distributions::mvnormal::{MvnFactor, NOT_PSD};
use std::ffi::c_char;

/// @brief `Generator(bg).multivariate_normal(mean, cov, size=n, check_valid=check_valid,
///        tol=tol, method=method)`: `n` rows of `k` values into `out` (row `i` is
///        `out[i*k .. i*k+k]`).
///
/// `mean` holds `k` values; `cov` holds `k*k`, row-major (`cov[i*k + j]`). `method` is "svd"
/// (NumPy's default), "eigh" or "cholesky"; `check_valid` is "warn" (NumPy's default), "raise"
/// or "ignore" (not looked at for "cholesky", as in NumPy); `tol` is NumPy's (1e-8 by default).
/// svd reads the whole of `cov`; eigh and cholesky read its lower triangle (`j <= i`), as
/// LAPACK does in NumPy.
///
/// The covariance is factorised and checked before anything is drawn: a failed call draws
/// nothing and writes nothing (NumPy draws first; docs/guarantees.md). Then the `n*k` standard
/// normals are NumPy's, in row order, and each value agrees with NumPy's to the tolerance that
/// docs/guarantees.md states.
///
/// @return #RNG_OK; #RNG_WARN_NOT_PSD when `check_valid` is "warn" and NumPy's check finds the
///         covariance not positive-semidefinite: the output is written all the same, as NumPy
///         warns and draws, and #rng_last_error holds the warning; #RNG_ERR_NULL_POINTER;
///         #RNG_ERR_INVALID_ARGUMENT with NumPy's message (an unknown `method` or
///         `check_valid`, "Matrix is not positive definite" for cholesky, "covariance is not
///         symmetric positive-semidefinite." for "raise") or for `k == 0`, a NaN or infinite
///         `cov` (refused where NumPy fails or gives NaNs), or sizes that overflow;
///         #RNG_ERR_UNSUPPORTED when the library was built without LAPACK. `n == 0` succeeds
///         (after the checks) and draws nothing.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `mean` points to `k` values, `cov` to
/// `k*k`; `check_valid` and `method` are NUL-terminated strings; `out` points to `n*k` writable
/// values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_multivariate_normal(
    bg: *mut rng_bitgen,
    mean: *const f64,
    cov: *const f64,
    k: usize,
    check_valid: *const c_char,
    tol: f64,
    method: *const c_char,
    out: *mut f64,
    n: usize,
) -> i32 {
    const NAME: &str = "rng_multivariate_normal";
    status_of(NAME, || {
        let kk = k
            .checked_mul(k)
            .ok_or_else(|| Fail::invalid(format!("cov of size {k}: k*k overflows")))?;
        let total = n
            .checked_mul(k)
            .ok_or_else(|| Fail::invalid(format!("out: {n} rows of {k} values overflow")))?;
        // SAFETY: forwarded contract.
        let (g, mean, cov, method, check_valid, out) = unsafe {
            (
                handle_mut(bg, "bg")?,
                input(mean, k, "mean")?,
                input(cov, kk, "cov")?,
                text(method, "method")?,
                text(check_valid, "check_valid")?,
                output(out, total, "out")?,
            )
        };
        let factor = MvnFactor::new(cov, k, method, check_valid, tol)?;
        with_source!(&mut g.src, s => Generator::new(s).fill_multivariate_normal_with(&factor, mean, out))?;
        if factor.warned() {
            set_last_error(NAME, NOT_PSD);
            return Ok(RNG_WARN_NOT_PSD);
        }
        Ok(RNG_OK)
    })
}
